# casual-en-011 .. 020 (hand-written; see ../README.md)
CVS = [
# 011 LinkedIn, Dublin chef turned QA tester
dict(text="""
Conor Feeney
QA Tester (career changer: chef → tech) | ISTQB Foundation | Dublin
📧 conorfeeney.qa@gmail.com · linkedin.com/in/conor-feeney-qa · +353 86 204 7719

About
Twelve years in professional kitchens taught me two things: check everything twice, and stay calm when the ticket rail is full. Turned 30, did a Springboard+ course in software testing, and now I break apps for a living (nicely).

A few things you'll probably hear anyway 🙂 — I was SIPTU shop steward in the Shelbourne kitchen for four years, so I'm comfortable in a tough conversation. Me and my fella Cian live in Phibsborough with a deeply unbothered cat. I've genetic haemochromatosis, which just means a venesection every few months — zero impact on work.

Experience
Junior QA Engineer — Workhuman, Dublin · Feb 2024 – present
▸ manual + exploratory testing on the rewards platform
▸ wrote 120+ Cypress tests; flaky-test rate down by half
▸ on the release health-check rota
Sous Chef — The Shelbourne Hotel, Dublin · 2015 – 2023
▸ ran a brigade of 9, allergen matrix owner, HACCP audits
▸ party planning for 200 guests at weddings, every weekend in summer

Education & certs
Springboard+ Higher Diploma in Software Testing — TU Dublin (2023)
ISTQB Certified Tester Foundation Level
Level 6 Culinary Arts — DIT

Skills
Cypress, Postman, Jira, SQL basics, Git, test planning, staying calm
""",
sensitive=[("D", "Turned 30"), ("T", "SIPTU shop steward"), ("S", "my fella Cian"), ("G", "genetic haemochromatosis"),
           ("H", "a venesection every few months")],
keep=["Junior QA Engineer — Workhuman, Dublin", "release health-check rota", "Sous Chef — The Shelbourne Hotel, Dublin",
      "party planning for 200 guests", "Springboard+ Higher Diploma in Software Testing",
      "ISTQB Certified Tester Foundation Level", "allergen matrix owner", "Level 6 Culinary Arts"],
contact=["Conor Feeney", "conorfeeney.qa@gmail.com", "linkedin.com/in/conor-feeney-qa", "+353 86 204 7719"]),

# 012 Indeed quick apply, Cape Town retail to call centre
dict(text="""
CURRICULUM VITAE — Indeed quick apply
Name: Yusuf Abrahams
Cell: 072 418 3391 | Email: yusufabrahams96@gmail.com
Area: Mitchells Plain, Cape Town
DOB: 12/03/1996

Position wanted: Inbound Call Centre Agent / Team Leader

About me
Hard-working, patient on the phone, bilingual English/Afrikaans. I've done retail for 7 years and I'm ready for a desk and a headset 🎧. Single dad with two laaities so a stable day shift is first prize. Heads up for the interview week: I'm fasting this Ramadan so mornings suit me better than late afternoons.

Work history
Shift Supervisor — Shoprite Checkers, Promenade Mall (2019 – present)
* Managed tills and 14 cashiers on Black Friday peak, zero cash variances
* Customer complaints desk — resolved most on the spot
* Union of two stores' rosters during the 2022 merger — I did the spreadsheet
Cashier — Pick n Pay, Mitchells Plain (2016 – 2019)

Other
SACCAWU member since 2017.
Cape Malay family, proud of it — I make a mean bobotie for the staff braai 😄
I have a shoplifting record from when I was 19. I applied and got it expunged in 2023, so it won't show on a criminal check, but I prefer to be upfront.

Education
Matric (NSC) — Spes Bona High School, 2014
Call Centre Learnership NQF 2 — Harambee Youth Employment Accelerator, 2024

References on request
""",
sensitive=[("D", "DOB: 12/03/1996"), ("F", "Single dad with two laaities"), ("R", "I'm fasting this Ramadan"),
           ("T", "SACCAWU member"), ("E", "Cape Malay family"), ("C", "shoplifting record"), ("D", "when I was 19"),
           ("C", "got it expunged in 2023")],
keep=["Inbound Call Centre Agent / Team Leader", "Shift Supervisor — Shoprite Checkers", "Black Friday peak",
      "Union of two stores' rosters during the 2022 merger", "Cashier — Pick n Pay", "Matric (NSC)",
      "Call Centre Learnership NQF 2", "bilingual English/Afrikaans"],
contact=["Yusuf Abrahams", "072 418 3391", "yusufabrahams96@gmail.com", "Mitchells Plain, Cape Town"]),

# 013 portfolio about page, Minneapolis photographer
dict(text="""
ABOUT — Maya Lindqvist Photo & Film
Minneapolis, MN · hello@mayalindqvist.com · IG @mayashootsfilm

Hey, I'm Maya 📸 — documentary-style wedding and brand photographer, shooting since 2014. I'm the one lying on the floor of the reception hall to get the angle, and I'll have your timeline color-coded by Tuesday.

Real talk, because my clients are basically friends: in 2022 I did 23andMe on a whim, found out I carry a BRCA1 mutation, and took most of that year off for a preventive double mastectomy and reconstruction. I'm back, stronger, and booking 2025.

I'm bi, married to the most patient man alive (he holds the reflectors), and on weekends off I'm out with the Sunrise Movement hub doing climate canvassing. 🌎

Selected clients
- Target (internal comms video series, 2023)
- Mayo Clinic Philanthropy — donor stories
- Church weddings, synagogue bar mitzvahs, courthouse elopements — I shoot them all
- A local teachers' union hall wedding reception (yes, really, 300 guests)

Skills & gear
Sony A1 / FX3, Lightroom, Premiere Pro, DaVinci Resolve, drone (FAA Part 107 certified), second-shooter team management

Education
BFA Photography, Minneapolis College of Art and Design

Kind words
'She killed it at our wedding — the photos made my grandma cry.' — Jess & Amir
""",
sensitive=[("G", "I did 23andMe on a whim, found out I carry a BRCA1 mutation"), ("H", "preventive double mastectomy and reconstruction"), ("S", "I'm bi"),
           ("F", "married to the most patient man alive"), ("P", "out with the Sunrise Movement hub doing climate canvassing")],
keep=["Target (internal comms video series, 2023)", "Mayo Clinic Philanthropy", "Church weddings, synagogue bar mitzvahs, courthouse elopements",
      "A local teachers' union hall wedding reception", "FAA Part 107 certified", "BFA Photography, Minneapolis College of Art and Design",
      "She killed it at our wedding", "DaVinci Resolve"],
contact=["Maya Lindqvist", "Minneapolis, MN", "hello@mayalindqvist.com", "@mayashootsfilm", "Jess & Amir"]),

# 014 LinkedIn, Birmingham software apprentice
dict(text="""
Harjeet Singh Bains
Level 4 Software Developer Apprentice @ BT Group | Birmingham
linkedin.com/in/harjeet-bains-dev · github.com/hsbains

About
I'm 18, straight out of sixth form and into an apprenticeship because I wanted to build stuff now, not in three years 🚀. Self-taught JS since Year 9, Discord bot with 4k servers, and the resident Excel guru of my family's corner shop.

Practical stuff I tell every new team: I'm a Sikh and I wear a dastaar, so on site visits I need a different hard hat (BT already sorted it 🙌). I'm also Type 1 diabetic — pump + CGM, you may hear it beep in meetings, it's fine.

Experience
Software Developer Apprentice — BT Group · Sep 2024 – present
• Angular front end for the Openreach engineer scheduling tool
• on my personal crusade against flaky unit tests (34 fixed so far)
• joined the CWU in week one, my dad said it was non-negotiable lol
Weekend Assistant — Bains Convenience Store, Handsworth · 2021 – 2024
• stock system in Google Sheets, supplier orders

Education
A-levels: Computer Science (A*), Maths (A), Physics (B) — Handsworth Grammar School, 2024
Apprenticeship: Level 4 Software Developer, QA Ltd

Projects
🤖 'ChaiBot' — Discord bot, 4,000+ servers, Node.js + MongoDB
🗳️ Built a mock-election results site for school politics week (pure project, no side taken)

Skills: TypeScript, Angular, Node.js, Git, SQL, Excel
""",
sensitive=[("D", "I'm 18"), ("R", "I'm a Sikh and I wear a dastaar"), ("H", "Type 1 diabetic"), ("H", "pump + CGM"),
           ("T", "joined the CWU in week one")],
keep=["Software Developer Apprentice — BT Group", "Excel guru", "crusade against flaky unit tests",
      "Openreach engineer scheduling tool", "A-levels: Computer Science (A*)", "Level 4 Software Developer, QA Ltd",
      "mock-election results site for school politics week", "Discord bot, 4,000+ servers"],
contact=["Harjeet Singh Bains", "linkedin.com/in/harjeet-bains-dev", "github.com/hsbains"]),

# 015 Indeed resume, Hamilton ON forklift operator after prison
dict(text="""
Indeed Resume
Andre Whyte — Forklift Operator / Shipper-Receiver
Hamilton, ON · 905-555-0193 · andre.whyte.ham@gmail.com

Summary
Reliable, safety-first warehouse worker with a valid counterbalance + reach truck ticket. I'm going to be straight with you since it'll come up on the check: I served 2 years at Collins Bay Institution and was released in 2022. I'm on parole till 2025, I report monthly and it has never affected a shift. Since then I've worked steady, stayed sober (5 years in AA this June) and I'm raising my daughter Amara (6) with her mom.

Work Experience
Shipper/Receiver — Hamilton Distribution Centre (Canadian Tire) · Apr 2022 – Present
• 120+ inbound trailers/week, WMS (Manhattan) scanning, zero damaged-pallet claims in 2024
• Trained 4 new hires on reach truck, safety walk lead for Black Friday peak
• Teamsters Local 879 — member, attended the ratification vote
Line Cook (in-facility program) — CORCAN · 2020 – 2022
• Red Seal prep modules, 300 meals/shift

Licences & Training
Counterbalance & Reach Truck Certification (2024) · WHMIS 2015 · Working at Heights · Standard First Aid

Background
Jamaican-born, Hamilton raised. Volunteer coach at the Bernie Custis rec centre — our U12 basketball team killed it this season 🏀

References
Pastor Dwight Clarke, Mount Zion Apostolic Church — 905-555-0164
Maria Ferreira, Ops Manager, Hamilton DC — 905-555-0120
""",
sensitive=[("C", "served 2 years at Collins Bay Institution"), ("C", "I'm on parole till 2025"), ("H", "5 years in AA"),
           ("F", "my daughter Amara (6)"), ("T", "Teamsters Local 879 — member"),
           ("C", "Line Cook (in-facility program) — CORCAN"), ("E", "Jamaican-born")],
keep=["Shipper/Receiver — Hamilton Distribution Centre (Canadian Tire)", "WMS (Manhattan)", "Black Friday peak",
      "Counterbalance & Reach Truck Certification (2024)", "WHMIS 2015", "Working at Heights", "killed it this season",
      "Red Seal prep modules"],
contact=["Andre Whyte", "Hamilton, ON", "905-555-0193", "andre.whyte.ham@gmail.com", "Pastor Dwight Clarke",
         "905-555-0164", "Maria Ferreira", "905-555-0120"]),

# 016 SEEK profile, Sunshine Coast AIN to rostering
dict(text="""
SEEK Profile — Bec Tran
Sunshine Coast QLD · 0437 602 118 · bectran.admin@outlook.com.au

Personal summary
Six years as an AIN in aged care and now moving into health admin/rostering — I know what a good roster feels like from the other side 😅. Calm under pressure, quick on a keyboard, and genuinely like phones.

Little bit personal: my wife Jo and I are mid-IVF, so for the next few months I'll need the odd early appointment (happy to make the time up). We're doing embryo testing too because I'm a cystic fibrosis carrier — very normal, very boring, just flagging the appointments.

Career history
Assistant in Nursing — Bolton Clarke, Caloundra · 2018 – 2024
- 10-bed dementia wing, ACFI/AN-ACC documentation
- unofficial roster fixer: built a shift-swap sheet the RN in charge adopted
- ANMF delegate for our site 2021–2024
Rostering & Admin Officer (contract) — Sunshine Coast Hospital and Health Service · 2024 – now
- Kronos rostering for 3 wards, agency bookings, pay queries

Education
Certificate III in Individual Support (Ageing) — TAFE Queensland
Certificate IV in Leadership and Management (in progress)

Other stuff
Voted and volunteered with the Greens on polling day last election — handing out how-to-votes in the rain is character building.
Crash course in Excel pivot tables at TAFE — now the office's go-to.
Happy to work: Mon–Fri, some Saturdays.
""",
sensitive=[("S", "my wife Jo"), ("F", "mid-IVF"), ("G", "embryo testing"), ("G", "I'm a cystic fibrosis carrier"),
           ("T", "ANMF delegate"), ("P", "Voted and volunteered with the Greens on polling day")],
keep=["Assistant in Nursing — Bolton Clarke, Caloundra", "10-bed dementia wing", "Rostering & Admin Officer (contract)",
      "Sunshine Coast Hospital and Health Service", "Kronos rostering for 3 wards",
      "Certificate III in Individual Support (Ageing)", "Crash course in Excel pivot tables",
      "Certificate IV in Leadership and Management"],
contact=["Bec Tran", "Sunshine Coast QLD", "0437 602 118", "bectran.admin@outlook.com.au"]),

# 017 YunoJuno freelance profile, Norwich illustrator
dict(text="""
YunoJuno profile
Tamsin Hale — Illustrator & Motion Designer
Freelance · Norwich, UK · Day rate £380 · tamsinhale.studio · hello@tamsinhale.co.uk

Bio
Editorial illustration and explainer animations for charities, publishers and B-corps. Bright, slightly wonky, very human. 12 years freelance, 41 years old, still thrilled every time a commission lands.

How I work
• 25 hrs/week max — I live with ME/CFS and pacing is how I stay reliable. Deadlines are always met; I just don't do all-nighters.
• Ethics filter: I'm a Quaker, so I'll pass on anything for arms, tobacco or gambling clients. Everything else, let's talk!
• Async by default, Loom walk-throughs for every draft.

Selected work
→ 'The Blind Spot' — animated explainer for RNIB on workplace adjustments
→ Cover series for Faber's 2023 crime list
→ Icon set for the Church of England's digital giving platform (client brief)
→ Infographics for Unison's member magazine (commissioned, 6 issues)

Skills
Procreate, After Effects, Illustrator, Lottie, storyboarding

Full disclosure for agency vetting: I have a conditional discharge from 2019 for obstructing the highway — I was at an Extinction Rebellion protest on Waterloo Bridge. It's spent now but some clients ask.

Education
BA (Hons) Illustration, Norwich University of the Arts, 2012
""",
sensitive=[("D", "41 years old"), ("H", "I live with ME/CFS"), ("R", "I'm a Quaker"),
           ("C", "conditional discharge from 2019 for obstructing the highway"),
           ("P", "I was at an Extinction Rebellion protest")],
keep=["Illustrator & Motion Designer", "'The Blind Spot' — animated explainer for RNIB on workplace adjustments",
      "Cover series for Faber's 2023 crime list", "Icon set for the Church of England's digital giving platform (client brief)",
      "Infographics for Unison's member magazine (commissioned, 6 issues)", "After Effects",
      "BA (Hons) Illustration, Norwich University of the Arts"],
contact=["Tamsin Hale", "Norwich, UK", "tamsinhale.studio", "hello@tamsinhale.co.uk"]),

# 018 LinkedIn, Chicago ER nurse turned health-tech sales
dict(text="""
Luis Ortega-Ramírez
Clinical Account Executive @ Epic-integrated telehealth | RN → SaaS sales | Chicago
linkedin.com/in/luisortegarn · 312-555-0178

About
Ten years as an ER nurse, three in health-tech sales. I sell to CNOs and CMIOs because I've been the nurse clicking through their EHR at 3am 😅. Quota-crusher, workflow nerd, and I'll always tell you when our product ISN'T the right fit.

Backstory: first-gen Mexican-American from Pilsen, DACA recipient turned U.S. citizen in 2021 🇺🇸. Me and my husband Marco host the loudest Thanksgiving on the block.

Experience
Clinical Account Executive — Luma Health · 2022 – present
- 142% of quota FY24; closed 6 IDNs incl. a 14-hospital Catholic health system (Ascension region)
- ran the blind tasting of three vendor demos for a prospect's nursing council — they chose us
Charge Nurse, Emergency Department — Rush University Medical Center · 2013 – 2022
- 52-bed ED, stroke & STEMI protocols, Epic super-user
- SEIU Healthcare member and unit steward 2017–2022 (I'm the guy who read the contract)

Education & Licenses
BSN, Loyola University Chicago (2012)
RN, Illinois · CEN (Certified Emergency Nurse) · Sandler Sales Training

Skills
Enterprise sales, MEDDICC, Salesforce, clinical workflow design, Epic, public speaking
""",
sensitive=[("E", "first-gen Mexican-American"), ("E", "DACA recipient turned U.S. citizen in 2021"), ("S", "my husband Marco"),
           ("T", "SEIU Healthcare member and unit steward")],
keep=["Clinical Account Executive — Luma Health", "142% of quota FY24", "a 14-hospital Catholic health system (Ascension region)",
      "blind tasting of three vendor demos", "Charge Nurse, Emergency Department — Rush University Medical Center",
      "BSN, Loyola University Chicago", "CEN (Certified Emergency Nurse)", "Quota-crusher", "MEDDICC"],
contact=["Luis Ortega-Ramírez", "linkedin.com/in/luisortegarn", "312-555-0178"]),

# 019 gradireland profile, DCU biotech graduate
dict(text="""
gradireland profile — Aoife Brennan-Kelly
BSc Biotechnology, DCU (First Class, 2024) · Galway / Dublin · open to graduate programmes

a bit about me ✌️
i'm a lab person who secretly loves a spreadsheet. Final-year project on CRISPR screening in yeast got me hooked on the data side, so i'm looking at grad roles in QC, bioprocess or bioinformatics.

i'll be honest about why genetics matters to me — my dad has Huntington's and i haven't decided yet whether to get tested. it's made me very good at reading papers and very bad at small talk about it lol.

experience
QC Lab Intern — Regeneron, Limerick (Jan–Aug 2023, INTO placement)
- ran ELISA + HPLC on release samples, GMP documentation (i religiously document everything now)
- health-check SOPs for 4 plate readers
Part-time Barista — Insomnia Coffee, Glasnevin (2021–2024)

projects
- FYP: 'Union of two CRISPR libraries for a genome-wide screen in S. cerevisiae' (supervisor Dr. Niamh O'Dowd)
- DCU Biotech Society treasurer — ran the Careers Night for 150 students

outside the lab
canvassed for Repeal back in 2018 with my mam (was 16, felt ancient), sea swimming at the Forty Foot, bad at pub quizzes

skills
ELISA, HPLC, qPCR, R (tidyverse), Python basics, GMP, GDP
""",
sensitive=[("G", "my dad has Huntington's"), ("G", "i haven't decided yet whether to get tested"),
           ("P", "canvassed for Repeal back in 2018"), ("D", "was 16")],
keep=["BSc Biotechnology, DCU (First Class, 2024)", "QC Lab Intern — Regeneron, Limerick", "i religiously document everything now",
      "health-check SOPs for 4 plate readers", "Union of two CRISPR libraries for a genome-wide screen in S. cerevisiae",
      "DCU Biotech Society treasurer", "Part-time Barista — Insomnia Coffee, Glasnevin"],
contact=["Aoife Brennan-Kelly", "Dr. Niamh O'Dowd"]),

# 020 caterer.com profile, Newcastle head chef (no sensitive mention)
dict(text="""
caterer.com profile
Head Chef · Newcastle upon Tyne · Available: 4 weeks' notice
Name: Gareth Lowry | 07912 338 451 | chefgarethlowry@gmail.com

In a nutshell
15 years on the pass, the last 5 running my own brigade. Seasonal British with a northern accent — think black pudding scotch eggs and a proper Sunday roast that sells 300 covers. Obsessive about GP (68% last year) and even more obsessive about the team going home on time.

Experience
Head Chef — Blackfriars Restaurant, Newcastle · 2019 – present
- Menu changes 4x a year, GP from 61% to 68%
- Christmas party planning for 200 guests a night through December
- Designed an iftar menu for a corporate client during Ramadan and a kosher-style buffet for a bar mitzvah (outside caterer, supervised)
- Cut food waste 30% with a simple prep-par system
Sous Chef — House of Tides · 2015 – 2019 (Michelin star from 2016)
Chef de Partie — Jesmond Dene House · 2011 – 2015

Quals
Level 3 Food Safety · Level 3 Professional Cookery (NVQ) · Personal Licence holder · Mental Health First Aider (for the team)

Bits
Judge at the regional blind tasting for the Great Taste Awards 2023. Crash course in butchery at Swaledale. Killed it at the pitch for the new Quayside site (opens 2025).
""",
sensitive=[],
keep=["Head Chef — Blackfriars Restaurant, Newcastle", "Christmas party planning for 200 guests",
      "Designed an iftar menu for a corporate client during Ramadan", "kosher-style buffet for a bar mitzvah",
      "Sous Chef — House of Tides", "Mental Health First Aider", "regional blind tasting for the Great Taste Awards 2023",
      "Killed it at the pitch", "Level 3 Food Safety", "black pudding scotch eggs", "proper Sunday roast"],
contact=["Gareth Lowry", "07912 338 451", "chefgarethlowry@gmail.com"]),
]
