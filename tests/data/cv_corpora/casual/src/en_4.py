# casual-en-031 .. 040 (hand-written; see ../README.md)
CVS = [
# 031 LinkedIn, Sheffield security engineer
dict(text="""
Josh Whitfield
Security Engineer | ex-black-hat, now the good guy | OSCP | Sheffield
linkedin.com/in/joshwhitfield-sec · keybase.io/jwhit

About
Yes, it's that Josh. At 17 I got a Computer Misuse Act conviction for messing about in a school district's network — 12-month referral order, long spent. It's literally why I do this: I know exactly how the kids (and the grown-ups) get in.

Also: ex-Labour councillor candidate lol (Walkley, 2019 — came third, learned a LOT about leaflets), PCS member from my civil service days, and a genomics nerd — I had my genome sequenced by Nebula and ran it through my own pipeline; turns out I'm an APOE4 carrier, so I'm very into sleep and cardio now.

Experience
Security Engineer — Sky Betting & Gaming · 2021 – present
- red-team lead for the Black Friday and Grand National peak readiness tests
- built health-check dashboards for 200+ internet-facing assets
- running the internal 'crash course in phishing' (2,300 staff)
Cyber Security Analyst — HMRC (Digital) · 2018 – 2021
- SOC tier 2, Splunk, incident comms
IT Support Apprentice — Sheffield College · 2016 – 2018

Certs
OSCP · CREST CRT · CompTIA Security+ · AWS Security Specialty

Featured
🏴‍☠️ Talk: 'From detention to detection' — BSides Sheffield 2023
📝 Write-up: union-based SQL injection in a legacy CMS (responsibly disclosed)
""",
sensitive=[("C", "ex-black-hat"), ("D", "At 17"), ("C", "a Computer Misuse Act conviction"),
           ("C", "12-month referral order, long spent"), ("P", "ex-Labour councillor candidate"), ("T", "PCS member"),
           ("G", "I had my genome sequenced by Nebula"), ("G", "I'm an APOE4 carrier")],
keep=["Security Engineer — Sky Betting & Gaming", "Black Friday and Grand National peak readiness tests",
      "health-check dashboards for 200+ internet-facing assets", "crash course in phishing",
      "Cyber Security Analyst — HMRC (Digital)", "CREST CRT", "union-based SQL injection in a legacy CMS",
      "BSides Sheffield 2023"],
contact=["Josh Whitfield", "linkedin.com/in/joshwhitfield-sec", "keybase.io/jwhit"]),

# 032 Scarborough ON hair stylist application
dict(text="""
Priya Sivakumar — Hair Stylist & Colourist
Scarborough, ON · 416-555-0112 · IG @priyadoeshair · priya.siva.hair@gmail.com

hey 💇🏽‍♀️
Tamil-Canadian stylist, 6 yrs behind the chair, balayage + bridal specialist. I'm applying for senior stylist at your Yorkville location — I love a busy book and a team that hypes each other up.

A few honest things:
• I'm a Jehovah's Witness, so I don't do birthday or Christmas party bookings personally — I'm happy to swap those with teammates and take extra weddings instead.
• I'm pregnant (due in March) and planning 6 months' leave, then back full-time.
• I got a conditional discharge for shoplifting back in 2017. I was granted a record suspension in 2023, so it won't show, but I'd rather you hear it from me.

Experience
Stylist — Salon Pure, Danforth · 2020 – present
- $14k/month book, 70% rebooking rate
- bridal team lead: party planning for 200 guests' hair & makeup timelines, one wedding at a time 😅
- colour correction, vivids, lived-in blondes
Junior Stylist / Assistant — Chatters, Scarborough Town Centre · 2018 – 2020

Training
Ontario Certificate of Qualification — Hairstylist (332A)
Redken Colour Certification · Olaplex Certified · Crash course in barbering (2022)

Off duty
Me and my girlfriend run a tiny resin-art shop on Etsy.
""",
sensitive=[("E", "Tamil-Canadian"), ("R", "I'm a Jehovah's Witness"), ("R", "I don't do birthday or Christmas party bookings personally"),
           ("F", "I'm pregnant (due in March) and planning 6 months' leave"),
           ("C", "a conditional discharge for shoplifting back in 2017"), ("C", "granted a record suspension in 2023"),
           ("S", "Me and my girlfriend")],
keep=["Stylist — Salon Pure, Danforth", "70% rebooking rate", "party planning for 200 guests' hair & makeup timelines",
      "colour correction, vivids, lived-in blondes", "Junior Stylist / Assistant — Chatters",
      "Ontario Certificate of Qualification — Hairstylist (332A)", "Redken Colour Certification", "Crash course in barbering",
      "balayage + bridal specialist"],
contact=["Priya Sivakumar", "Scarborough, ON", "416-555-0112", "@priyadoeshair", "priya.siva.hair@gmail.com"]),

# 033 LinkedIn, Harrisburg logistics dispatcher
dict(text="""
Ray Kowalczyk
Logistics Dispatcher | CDL-A (15 yrs OTR) | Harrisburg, PA
linkedin.com/in/ray-kowalczyk-logistics · 717-555-0166

About
I'm 52, a grandpa of three, and off the road after 15 years of OTR driving. Now I'd rather be the dispatcher who actually knows what a 14-hour clock feels like. I plan routes like I'm playing chess and I pick up the phone at 2am when a driver's stuck.

Full honesty: I have a 2009 felony possession conviction. I was pardoned by Governor Wolf in 2022 — took 3 years of paperwork, worth every page. I'm also a deacon at my church and help run the Thursday food pantry.

Experience
Driver Manager / Dispatcher — Schneider National · 2022 – present
• 48 drivers, on-time 97.4%, retention up 20% on my board
• McLeod TMS power user, Black Friday peak freight planning for Walmart lanes
• Teamsters Local 776 member from my UPS days, still pay my dues
OTR Driver — Werner Enterprises · 2007 – 2022
• 1.8M safe miles, hazmat + tanker endorsements

Certs
CDL-A with H/N endorsements · OSHA 10 · Smith System defensive driving trainer

Health stuff that matters for the job: I have Factor V Leiden (an inherited clotting disorder), which is one reason I came off the road — a desk with a standing option is ideal.

Politics: I'm a registered Republican and knocked doors for a state-house candidate last fall, but I'll never bring it to work.
""",
sensitive=[("D", "I'm 52"), ("F", "a grandpa of three"), ("C", "a 2009 felony possession conviction"),
           ("C", "pardoned by Governor Wolf in 2022"), ("R", "I'm also a deacon at my church"),
           ("T", "Teamsters Local 776 member"), ("G", "Factor V Leiden (an inherited clotting disorder)"),
           ("P", "I'm a registered Republican"), ("P", "knocked doors for a state-house candidate last fall")],
keep=["Driver Manager / Dispatcher — Schneider National", "on-time 97.4%", "McLeod TMS power user",
      "Black Friday peak freight planning for Walmart lanes", "OTR Driver — Werner Enterprises",
      "1.8M safe miles, hazmat + tanker endorsements", "CDL-A with H/N endorsements", "Smith System defensive driving trainer"],
contact=["Ray Kowalczyk", "Harrisburg, PA", "linkedin.com/in/ray-kowalczyk-logistics", "717-555-0166"]),

# 034 Upwork profile, Sydney bookkeeper
dict(text="""
Ben Papadakis · Bookkeeper & Xero Advisor
Remote / Sydney (Inner West) · ben@papadakisbooks.com.au · 0419 774 305
Upwork: Top Rated · 96% Job Success · $65/hr

Overview
G'day! I'm a BAS agent who loves clean ledgers and hates shoeboxes of receipts. 11 years in practice, freelance since 2021 when my husband Tom and I became dads to twins via surrogacy — flexible hours were non-negotiable and it turns out clients love a bookkeeper who answers at 9pm 😄.

What I do
• Xero / MYOB migrations & cleanups (150+ done)
• BAS, IAS, STP Phase 2 payroll
• Cashflow health-check for cafes and trades (fixed fee)
• Black Friday peak stock reconciliations for e-com clients

Background
Senior Bookkeeper — H&R Block, Parramatta · 2015 – 2021
Accounts Officer — Westfield (Scentre Group) · 2012 – 2015

Quals
Registered BAS Agent (TPB) · Cert IV Accounting & Bookkeeping · Xero Advisor Certified · MYOB Partner

Disclosures (some clients ask for a police check): one drink-driving fine and 6-month suspension in 2016. Clean since.

About me
Raised Greek Orthodox in Marrickville — still go to St Nicholas at Easter for my yiayia. We did genetic carrier screening before the surrogacy, and I'm a thalassaemia minor carrier (one of the Greek classics 🙃).
""",
sensitive=[("S", "my husband Tom"), ("F", "became dads to twins via surrogacy"),
           ("C", "one drink-driving fine and 6-month suspension in 2016"), ("R", "Raised Greek Orthodox"),
           ("R", "still go to St Nicholas at Easter"), ("G", "We did genetic carrier screening"),
           ("G", "I'm a thalassaemia minor carrier")],
keep=["Bookkeeper & Xero Advisor", "Xero / MYOB migrations & cleanups", "Cashflow health-check for cafes and trades",
      "Black Friday peak stock reconciliations", "Senior Bookkeeper — H&R Block, Parramatta",
      "Accounts Officer — Westfield (Scentre Group)", "Registered BAS Agent (TPB)", "Cert IV Accounting & Bookkeeping",
      "STP Phase 2 payroll"],
contact=["Ben Papadakis", "ben@papadakisbooks.com.au", "0419 774 305"]),

# 035 LinkedIn, Dublin frontend developer from Kharkiv
dict(text="""
Iryna Kovalenko
Frontend Developer · React / TypeScript · Dublin
linkedin.com/in/iryna-kovalenko-fe · github.com/irynakov · +353 83 901 4426

About
Frontend dev with 6 years' experience, 4 in Kharkiv and 2 in Dublin. I came to Ireland under temporary protection in March 2022 and my Stamp 4 lets me work for any employer — no sponsorship needed 🙂. (Fun fact: my fingerprints and iris scan are registered with the Irish immigration service, so I'm the most identifiable person on your team.)

Me and my partner Olena adopted a three-legged dog called Borshch. He is the real manager.

Experience
Frontend Developer — Fenergo, Dublin · 2023 – present
• rebuilt the client-onboarding forms in React + TypeScript, bundle size −38%
• accessibility audit (WCAG 2.2 AA), fixed 140 issues
• health-check page for our micro-frontends
Frontend Developer — Grammarly Kyiv/Kharkiv team · 2020 – 2022
Junior Developer — NIX Solutions, Kharkiv · 2018 – 2020

Education
MSc Computer Science, V. N. Karazin Kharkiv National University

Skills
React, TypeScript, Next.js, Storybook, Playwright, Figma, English (C1), Ukrainian, Russian

Community
Mentor at Women Who Code Dublin · Speaker at ReactJS Dublin: 'Design systems in wartime'
""",
sensitive=[("E", "I came to Ireland under temporary protection in March 2022"), ("E", "my Stamp 4"),
           ("G", "my fingerprints and iris scan are registered with the Irish immigration service"),
           ("S", "Me and my partner Olena")],
keep=["Frontend Developer — Fenergo, Dublin", "accessibility audit (WCAG 2.2 AA)", "health-check page for our micro-frontends",
      "Frontend Developer — Grammarly Kyiv/Kharkiv team", "Junior Developer — NIX Solutions, Kharkiv",
      "MSc Computer Science, V. N. Karazin Kharkiv National University", "Mentor at Women Who Code Dublin", "Playwright"],
contact=["Iryna Kovalenko", "linkedin.com/in/iryna-kovalenko-fe", "github.com/irynakov", "+353 83 901 4426"]),

# 036 door supervisor CV, Lewisham
dict(text="""
DOOR SUPERVISOR / SECURITY OFFICER
Name: Delroy Campbell
Location: Lewisham, London SE13
Tel: 07958 312 446 · Email: d.campbell.security@yahoo.co.uk

PROFILE
Calm, big, polite. 10 years on doors and retail security in South London. I de-escalate first and I write up every incident properly. Looking for a supervisor role, nights preferred.

LICENCES
SIA Door Supervisor licence (renewed 2024) · SIA CCTV · Emergency First Aid at Work · Level 2 Award in Physical Intervention

EMPLOYMENT
Door Supervisor — Ministry of Sound, Elephant & Castle · 2019 – present
- team of 12 on club nights, 2,000 capacity, Body Worn Video
- Black Friday-style queues every bank holiday, zero serious incidents in 2023
Retail Security Officer — Mitie @ Westfield Stratford · 2014 – 2019
- shoplifting prevention, store detective liaison, incident reports

PERSONAL STATEMENT
Spent conviction for ABH (2012) — declared to the SIA and they still licensed me, so I'll declare it to you. From that arrest the Met still hold my DNA, for what it's worth.
Practising Rastafarian: my locs stay, and I don't drink (which works out on the door).
GMB member.
Heritage: Jamaican on both sides, born in Lewisham.

REFERENCES
Kwame Asante, Head of Security, Ministry of Sound — 020 7555 0188
""",
sensitive=[("C", "Spent conviction for ABH (2012)"), ("G", "the Met still hold my DNA"), ("R", "Practising Rastafarian"),
           ("T", "GMB member"), ("E", "Heritage: Jamaican on both sides")],
keep=["SIA Door Supervisor licence (renewed 2024)", "Door Supervisor — Ministry of Sound, Elephant & Castle", "Body Worn Video",
      "Black Friday-style queues", "Retail Security Officer — Mitie @ Westfield Stratford",
      "shoplifting prevention, store detective liaison", "Level 2 Award in Physical Intervention",
      "Emergency First Aid at Work"],
contact=["Delroy Campbell", "Lewisham, London SE13", "07958 312 446", "d.campbell.security@yahoo.co.uk", "Kwame Asante",
         "020 7555 0188"]),

# 037 carrd page, Buffalo community manager
dict(text="""
jordan mack ✦ community manager
📍 Buffalo, NY · jordanmack.carrd.co · jordan.mack.cm@gmail.com

hi i'm jordan (she/her), 24 years old ✦ i build online communities that don't suck. discord, reddit, tiktok, the works. ex-barista, ex-evangelical, currently pansexual & perpetually online 🫠

what i've been up to
community lead (freelance) — indie game studio 'Lantern Fox' · 2023–now
→ discord 0 → 38k members, mod team of 14, weekly dev AMAs
→ 'crash course' onboarding series for new players, 1.2m views on tiktok
→ health-check of our mod tooling every quarter (bots, automod rules)
shift supervisor — Starbucks, Elmwood Ave · 2019–2023
→ trained 20+ baristas, rush-hour floor lead
→ helped organize our store with Starbucks Workers United in 2022 (we won our vote!)

stuff you might google
yes i was arrested at a picket in 2023 — charges were dropped. it's a weird search result, happy to explain.

skills
discord admin + bots (MEE6, Carl-bot), notion, canva, capcut, google analytics, copywriting, conflict resolution (i was a barista, i can handle anything)

health
i have POTS so i work best remote/hybrid — fully productive, just not standing for 8hrs anymore lol

education
SUNY Buffalo State — BA Communication (2021)
""",
sensitive=[("D", "24 years old"), ("R", "ex-evangelical"), ("S", "currently pansexual"),
           ("T", "helped organize our store with Starbucks Workers United in 2022"), ("C", "i was arrested at a picket in 2023"),
           ("H", "i have POTS")],
keep=["community lead (freelance) — indie game studio 'Lantern Fox'", "discord 0 → 38k members",
      "'crash course' onboarding series for new players", "health-check of our mod tooling",
      "shift supervisor — Starbucks, Elmwood Ave", "SUNY Buffalo State — BA Communication (2021)", "trained 20+ baristas"],
contact=["jordan mack", "Buffalo, NY", "jordanmack.carrd.co", "jordan.mack.cm@gmail.com"]),

# 038 LinkedIn, Durban HR business partner
dict(text="""
Kavitha Naidoo
HR Business Partner | Employee Relations | CCMA-ready | Durban
linkedin.com/in/kavithanaidoo-hr · 083 447 2915

About
I've spent 12 years in HR across manufacturing and retail, the last 5 sitting across the table from unions in wage talks (management side) and in the CCMA more times than I can count. I'm direct, I'm fair, and I'll fight to keep a good employee before I'll fight to dismiss one.

A bit about me: Indian South African, third generation, Chatsworth through and through. I'm a practising Hindu, so Diwali and Thaipusam are my two asks. My ex-wife and I co-parent our son, week on week off. I also have epilepsy — controlled, no seizures since 2018, licence and all.

Experience
HR Business Partner — Toyota South Africa Motors, Prospecton · 2019 – present
▸ lead ER for 3,200 staff; NUMSA wage negotiations 2019 and 2022 (company side)
▸ disciplinary & CCMA case prep: 90% of referrals settled or upheld
▸ organised the 'union of two shift systems' project after the plant merger
HR Officer — Pick n Pay Regional Office, Durban · 2012 – 2019
▸ SACCAWU recognition agreement admin, Black Friday peak staffing

Education
BCom Honours (HRM), University of KwaZulu-Natal · SABPP Registered HR Professional

Skills
Labour Relations Act, BCEA, Employment Equity reporting, SAP SuccessFactors, coaching line managers
""",
sensitive=[("E", "Indian South African, third generation"), ("R", "I'm a practising Hindu"),
           ("R", "Diwali and Thaipusam are my two asks"), ("S", "My ex-wife"), ("F", "co-parent our son, week on week off"),
           ("H", "I also have epilepsy"), ("H", "no seizures since 2018")],
keep=["HR Business Partner — Toyota South Africa Motors, Prospecton", "NUMSA wage negotiations 2019 and 2022 (company side)",
      "union of two shift systems", "HR Officer — Pick n Pay Regional Office, Durban", "SACCAWU recognition agreement admin",
      "Black Friday peak staffing", "BCom Honours (HRM), University of KwaZulu-Natal", "SABPP Registered HR Professional",
      "sitting across the table from unions in wage talks (management side)"],
contact=["Kavitha Naidoo", "linkedin.com/in/kavithanaidoo-hr", "083 447 2915"]),

# 039 LinkedIn, Caernarfon teacher turned L&D designer
dict(text="""
Sioned Pritchard
Learning & Development Designer | ex-teacher | Welsh/English bilingual | Caernarfon
sioned.pritchard@outlook.com · linkedin.com/in/sionedpritchard-ld

Amdanaf i / About me
Fifteen years teaching Welsh and Drama in secondary, now designing e-learning that people actually finish. Born 1979 in Bangor, married to Gareth, mam to a very opinionated teenager.

I'm upfront about the political stuff because it's all over my socials anyway: I'm a Plaid Cymru member and stood on the regional list for the Senedd in 2021, and you'll find me marching with YesCymru most summers. At work I'm strictly neutral — I coached debating for years without anyone guessing my vote.

I was also NEU school rep for six years, so I know how to run a difficult meeting and write minutes people trust.

Experience
L&D Designer — Admiral Group, Cardiff (remote) · 2023 – present
- 30+ Articulate Rise modules, bilingual by default
- compliance 'crash course' series: completion 62% → 91%
- party planning for 200 guests at the annual awards (yes, L&D does events too)
Teacher of Welsh & Drama — Ysgol Syr Hugh Owen, Caernarfon · 2008 – 2023
- Head of Year 9 (2016–2023), Eisteddfod coach

Qualifications
PGCE Secondary (Welsh), Bangor University · CIPD Level 5 Associate Diploma in L&D · BA Welsh & Theatre, Aberystwyth

Tools
Articulate 360, Vyond, Canva, Moodle, Microsoft Forms
""",
sensitive=[("D", "Born 1979"), ("F", "married to Gareth"), ("F", "mam to a very opinionated teenager"),
           ("P", "I'm a Plaid Cymru member"), ("P", "stood on the regional list for the Senedd in 2021"),
           ("P", "marching with YesCymru most summers"), ("T", "NEU school rep for six years")],
keep=["L&D Designer — Admiral Group, Cardiff (remote)", "Articulate Rise modules", "compliance 'crash course' series",
      "party planning for 200 guests at the annual awards", "Teacher of Welsh & Drama — Ysgol Syr Hugh Owen, Caernarfon",
      "Head of Year 9", "PGCE Secondary (Welsh), Bangor University", "CIPD Level 5 Associate Diploma in L&D",
      "Welsh/English bilingual"],
contact=["Sioned Pritchard", "sioned.pritchard@outlook.com", "linkedin.com/in/sionedpritchard-ld"]),

# 040 LinkedIn, Montréal associate producer (no sensitive mention)
dict(text="""
Alex Tremblay-Lynch
Associate Producer @ Ubisoft Montréal | ex-QA | Agile nerd
linkedin.com/in/alextremblaylynch · Montréal, QC

About
Started in QA testing Assassin's Creed builds at 3am, now I'm an associate producer making sure those 3am nights happen less. I care about realistic schedules, clear bug triage and teams that actually take their vacation.

Experience
Associate Producer — Ubisoft Montréal · 2022 – present
• Live-ops content roadmap for a 12-person pod (3 seasons shipped on time)
• Wrote the production 'style bible' for sprint rituals — adopted by 2 other teams
• Built the god-mode debug tools request process with the engine team
QA Lead — Ubisoft Montréal · 2019 – 2022
• Led 18 testers on Assassin's Creed Valhalla DLC; crash course for new testers on Jira triage
• Black Friday patch war-room, 40-hour certification turnaround
QA Tester — Keywords Studios · 2016 – 2019
• Compliance testing (TRC/XR/Lotcheck) across 11 titles

Education
Certificate in Game Production, Université de Montréal (2021)
BA English Literature, Concordia University

Certifications
Certified ScrumMaster (CSM) · PMI-ACP (2024)

Skills
Jira, Confluence, Shotgrid, Hansoft, Excel wizardry, bilingual EN/FR

Community
Co-lead of the studio's LGBTQ+ employee network (2023–now)

Featured
🎤 'The holy grail of bug triage' — MIGS 2023 talk
""",
sensitive=[("S", "Co-lead of the studio's LGBTQ+ employee network")],
keep=["Associate Producer — Ubisoft Montréal", "Wrote the production 'style bible' for sprint rituals", "god-mode debug tools",
      "QA Lead — Ubisoft Montréal", "Assassin's Creed Valhalla DLC", "crash course for new testers on Jira triage",
      "Black Friday patch war-room", "QA Tester — Keywords Studios", "Certified ScrumMaster (CSM)",
      "'The holy grail of bug triage' — MIGS 2023 talk"],
contact=["Alex Tremblay-Lynch", "linkedin.com/in/alextremblaylynch", "Montréal, QC"]),
]
