# casual-en-021 .. 030 (hand-written; see ../README.md)
CVS = [
# 021 LinkedIn, East London social media exec
dict(text="""
Nadia Rahman 🌸
Social Media Executive | TikTok & Reels that convert | East London
linkedin.com/in/nadiarahman-social · @nadia.makes.content

About ✍️
I'm 23, British-Bangladeshi, East London born and raised, and the hijabi in your team who'll tell you the trend is already dead 😂. I started posting outfit videos in uni, hit 40k followers, and realised I was better at growing other people's accounts than mine.

Currently → Social Media Exec at a beauty agency
Previously → In-house content assistant at ASOS
Skills → short-form video, CapCut, Later, Meta Ads Manager, TikTok Creative Center, copy that sounds like a human

Experience
Social Media Executive — Digital Mums Agency · 2023–present
• Eid gifting campaign for Boots (client) — 2.1m views, CTR 3.8%
• Black Friday peak content calendar for 6 beauty brands
• #BlackHistoryMonth creator series for a publishing client
• Killed it at the pitch for a vegan skincare brand, now our biggest retainer
Content Assistant — ASOS · 2022–2023
• Styled + shot 200 product Reels, party-season edit reached 5m

Education
BA Media & Communications, Goldsmiths, University of London (2:1)
Google Digital Garage certified

Personal
Getting married in August 💍 so I'll need two weeks off then — everything else I'm all in!
""",
sensitive=[("D", "I'm 23"), ("E", "British-Bangladeshi"), ("R", "the hijabi in your team"), ("F", "Getting married in August")],
keep=["Social Media Executive — Digital Mums Agency", "Eid gifting campaign for Boots (client)",
      "Black Friday peak content calendar", "#BlackHistoryMonth creator series for a publishing client",
      "Killed it at the pitch", "Content Assistant — ASOS", "BA Media & Communications, Goldsmiths, University of London",
      "Meta Ads Manager"],
contact=["Nadia Rahman", "linkedin.com/in/nadiarahman-social", "@nadia.makes.content"]),

# 022 Wellfound profile, Oakland full-stack engineer
dict(text="""
Wellfound profile
Kenji Watanabe-Cole · Full-stack engineer · Oakland, CA
kenji.wc@fastmail.com · github.com/kenjiwc · kenji.dev

Looking for: founding / early engineer, TS + Go, remote-friendly

About
Ex-grad-student turned startup dev. I like shipping small things fast and then making them boring. I'm gay, a Bay Area lifer, and I've been sitting zazen with the San Francisco Zen Center most Sunday mornings for 8 years — I'm Buddhist, and it genuinely makes me a calmer on-call engineer.

Experience
Founding Engineer — Patchwork Health (seed, acquired 2023)
- built scheduling + billing from zero; 0 → 400 clinics
- health-check endpoints and runbooks that survived a Black Friday-sized traffic spike from a Shark Tank episode
Software Engineer — Stripe · 2018–2020
- Radar rules engine, TypeScript + Ruby

Grad school
PhD (ABD), Computer Science, UC Berkeley — left in 2018
UAW 2865 member and department steward while TAing (I negotiated our lab's heat policy lol)

Good to know
I had a DUI in 2015, completed everything the court asked, and it was expunged in 2020. Mentioning it because some background checks still surface it.

Stack
TypeScript, React, Go, Postgres, Terraform, AWS

Hobbies
Tide-pooling, bouldering, a blind tasting club for natural wine (very pretentious, very fun)
""",
sensitive=[("S", "I'm gay"), ("R", "sitting zazen with the San Francisco Zen Center most Sunday mornings"),
           ("R", "I'm Buddhist"), ("T", "UAW 2865 member and department steward"), ("C", "I had a DUI in 2015"),
           ("C", "it was expunged in 2020")],
keep=["Founding Engineer — Patchwork Health", "health-check endpoints and runbooks", "Black Friday-sized traffic spike",
      "Software Engineer — Stripe", "Radar rules engine", "PhD (ABD), Computer Science, UC Berkeley",
      "blind tasting club for natural wine"],
contact=["Kenji Watanabe-Cole", "Oakland, CA", "kenji.wc@fastmail.com", "github.com/kenjiwc", "kenji.dev"]),

# 023 resume, Melbourne barista / floor supervisor
dict(text="""
Mele Faleolo — resume
Barista / Floor Supervisor · Melbourne (Brunswick) · 0455 219 806 · mele.f@icloud.com · DOB 14/6/2003

✨ who i am
hospo kid through and through. Kiwi-Samoan, moved to Melbs in 2019, been on the machine ever since. dyslexic so I'm rubbish at reading long dockets but I remember every regular's order by face, which is kind of the job anyway ☕

✨ where i've worked
Floor Supervisor — Seven Seeds, Carlton · 2023 – now
• run the floor on 250-cover weekends, roster + training for 8
• coffee evangelist — run the monthly public cupping & blind tasting
• organised the Melbourne Cup party for 300, sold out in 2 days
Barista — Higher Ground · 2021 – 2023
• 600 coffees/day, latte art champ of the team (self-appointed)

✨ certs
RSA (VIC) · Food Handling · Certificate III in Hospitality (William Angliss Institute) · First Aid

✨ other
Hospo Voice / United Workers Union member — I help new staff check their payslips against the award.
Volunteered for the Yes23 campaign at Brunswick polling booths.
Church choir on Sundays (Samoan Methodist) — my mum would kill me if I missed it lol
""",
sensitive=[("D", "DOB 14/6/2003"), ("E", "Kiwi-Samoan"), ("H", "dyslexic"), ("T", "Hospo Voice / United Workers Union member"),
           ("P", "Volunteered for the Yes23 campaign"), ("R", "Church choir on Sundays (Samoan Methodist)")],
keep=["Floor Supervisor — Seven Seeds, Carlton", "coffee evangelist", "blind tasting", "Melbourne Cup party for 300",
      "Barista — Higher Ground", "Certificate III in Hospitality (William Angliss Institute)", "RSA (VIC)"],
contact=["Mele Faleolo", "Melbourne (Brunswick)", "0455 219 806", "mele.f@icloud.com"]),

# 024 LinkedIn, Wigan ex-Army project manager
dict(text="""
Lee Atherton
Project Manager (PRINCE2 / APM PMQ) · Ex-Royal Engineers · Open to work 🟢
Wigan, Greater Manchester · linkedin.com/in/lee-atherton-pm · 07740 551 208

About
22 years in the Royal Engineers, left as a WO2 in 2023. Plant, bridges, budgets, people — usually all at once and usually in the rain. Now looking for construction or infrastructure PM roles in the North West.

Straight talk: I've got PTSD from Afghanistan, it's well managed (Combat Stress, two years of therapy) and it doesn't stop me doing the job — it's made me better at spotting when my team are struggling.

Experience
Project Manager (contract) — Balfour Beatty, M62 J10-12 smart motorway · 2023 – present
- £4.2m package, 14 subbies, zero RIDDORs
- weekly health-check reporting to the client (RAG status, CPI/SPI)
Squadron Sergeant Major / Warrant Officer Class 2 — 39 Engineer Regiment · 2016 – 2023
- 140 personnel, £12m equipment account, deployed ops planning
Various roles, Royal Engineers · 2001 – 2016

Quals
APM PMQ · PRINCE2 Practitioner · NEBOSH General Certificate · SMSTS · Level 5 Diploma in Leadership & Management

Personal
Divorced, dad of two (weekends mine). Stood as a Reform UK candidate in the 2024 Wigan council elections — not for everyone, I know, but I believe in having a go. Like every ex-squaddie my DNA's on the MoD database, so vetting's quick. Baptised last year at Wigan Baptist Church, which surprised my mates more than anything.
""",
sensitive=[("H", "I've got PTSD from Afghanistan"), ("H", "Combat Stress, two years of therapy"), ("F", "Divorced, dad of two"),
           ("P", "Stood as a Reform UK candidate in the 2024 Wigan council elections"), ("G", "my DNA's on the MoD database"),
           ("R", "Baptised last year at Wigan Baptist Church")],
keep=["Project Manager (contract) — Balfour Beatty", "M62 J10-12 smart motorway", "weekly health-check reporting to the client",
      "Squadron Sergeant Major / Warrant Officer Class 2 — 39 Engineer Regiment", "PRINCE2 Practitioner",
      "NEBOSH General Certificate", "zero RIDDORs", "Level 5 Diploma in Leadership & Management"],
contact=["Lee Atherton", "Wigan, Greater Manchester", "linkedin.com/in/lee-atherton-pm", "07740 551 208"]),

# 025 returner, Vancouver administrative coordinator
dict(text="""
Hi, I'm Tara Lafond 👋
Returning to work · Administrative Coordinator · Vancouver, BC
tara.lafond@shaw.ca · 604-555-0139

My story, quickly
I'm a member of Muskeg Lake Cree Nation, raised in Saskatoon, living on the coast since 2012. I spent nine years in university admin, then took four years off to be home with my three kids — the youngest just started kindergarten, so I'm back and very, very ready to talk to adults all day 😂.

I also want to be upfront: I have bipolar II. I've been stable on the same treatment for six years, and I know my early signs well. I'm open about it because it helps others be open too.

Work
Department Administrator — UBC Faculty of Education · 2011 – 2020
▸ budget tracking for a $3M department, 40 faculty calendars
▸ organised convocation receptions and a party for 200 guests every June
▸ CUPE 2950 shop steward for my building, 2016 – 2020
Office Assistant — Musqueam Indian Band administration · 2009 – 2011 (summer + part-time)

During my break
• Google Workspace & Excel refresher (Coursera, 2024)
• Volunteer, Vancouver Native Housing tax clinic

Education
Diploma, Office Administration — Vancouver Community College

Skills
MS Office, Workday, Google Workspace, minute-taking, event logistics
""",
sensitive=[("E", "I'm a member of Muskeg Lake Cree Nation"),
           ("F", "took four years off to be home with my three kids — the youngest just started kindergarten"),
           ("H", "I have bipolar II"), ("H", "stable on the same treatment for six years"), ("T", "CUPE 2950 shop steward")],
keep=["Department Administrator — UBC Faculty of Education", "budget tracking for a $3M department", "a party for 200 guests",
      "Office Assistant — Musqueam Indian Band administration", "Volunteer, Vancouver Native Housing tax clinic",
      "Diploma, Office Administration — Vancouver Community College", "Google Workspace & Excel refresher"],
contact=["Tara Lafond", "Vancouver, BC", "tara.lafond@shaw.ca", "604-555-0139"]),

# 026 Indeed CV, Stoke senior care assistant
dict(text="""
Chipo Mutasa
Senior Care Assistant | Indeed CV | Stoke-on-Trent
chipomutasa.care@gmail.com · 07456 120 874

Professional summary
Compassionate senior carer with 9 years' experience across two countries, currently in dementia residential care. Known for calm handovers, tidy care plans and making residents laugh. Zimbabwean, here on a Health and Care Worker visa since 2022 (sponsorship transfer welcome). Looking for a senior or team-leader role nearer Hanley.

Experience
Senior Care Assistant — Bupa, Stoke-on-Trent · Oct 2022 – present
• Lead a shift of 6 carers on a 32-bed dementia unit
• eMAR medication rounds, PersonCentredSoftware care plans
• Champion for end-of-life care and our 'health-check Tuesday' for residents
Nurse Aide — Parirenyatwa Group of Hospitals, Harare · 2015 – 2022

Training
Care Certificate · Level 3 Diploma in Adult Care (2024) · Moving & Handling · Safeguarding Level 2 · Medication Competency

Personal
I'm 38. My husband and son are joining me next year. Church is a big part of my life (ZAOGA Forward in Faith), so I prefer not to work Sunday mornings, but I will cover them when the rota needs it. I have sickle cell trait (not the disease), which only matters if I ever need surgery.

Referee: Mrs Janet Pointon, Home Manager, Bupa Stoke — 01782 555 610
""",
sensitive=[("E", "Zimbabwean"), ("E", "here on a Health and Care Worker visa since 2022"), ("D", "I'm 38"),
           ("F", "My husband and son are joining me"), ("R", "Church is a big part of my life (ZAOGA Forward in Faith)"),
           ("G", "I have sickle cell trait")],
keep=["Senior Care Assistant — Bupa, Stoke-on-Trent", "32-bed dementia unit", "eMAR medication rounds",
      "'health-check Tuesday' for residents", "Nurse Aide — Parirenyatwa Group of Hospitals, Harare",
      "Level 3 Diploma in Adult Care (2024)", "Champion for end-of-life care", "Safeguarding Level 2"],
contact=["Chipo Mutasa", "chipomutasa.care@gmail.com", "07456 120 874", "Mrs Janet Pointon", "01782 555 610"]),

# 027 Handshake profile, Michigan student
dict(text="""
Handshake profile
Grace Holm · Junior, University of Michigan · Economics + Data Science
grace.holm@umich.edu · linkedin.com/in/graceholm · Ann Arbor, MI

Looking for: Summer 2025 internship — data analytics, consulting, or policy research

About me
Hi! I'm a Korean adoptee raised in small-town Minnesota 🌽, a very competitive intramural volleyball player, and a spreadsheet girlie. I found my birth family last year through a 23andMe match, which is a whole story for coffee ☕.

Experience
Research Assistant — Ford School of Public Policy (Sep 2023 – present)
• cleaned 2M-row Medicaid claims panel in Stata/R
• co-authored a brief on the health-check gap for rural clinics
Data Intern — Domino's Pizza HQ, Ann Arbor (Summer 2024)
• Super Bowl and Black Friday peak order forecasting; MAPE down 9%
Campus Ambassador — Spotify (2023)

Leadership
VP, College Democrats at Michigan — ran voter-registration drives (4,000 students)
Peer mentor, UMich Spectrum Center — I'm a lesbian and wanted to be the upperclassman I needed

Skills
Python, R, Stata, SQL, Tableau, Excel (the fun parts)

Fun facts
- religiously attend every Michigan home game, snow or shine
- in recovery from an eating disorder (3 years strong) — now a big believer in balance and lunch breaks
""",
sensitive=[("E", "I'm a Korean adoptee"), ("G", "I found my birth family last year through a 23andMe match"),
           ("P", "VP, College Democrats at Michigan"), ("S", "Peer mentor, UMich Spectrum Center"), ("S", "I'm a lesbian"),
           ("H", "in recovery from an eating disorder (3 years strong)")],
keep=["Research Assistant — Ford School of Public Policy", "cleaned 2M-row Medicaid claims panel in Stata/R",
      "co-authored a brief on the health-check gap for rural clinics", "Data Intern — Domino's Pizza HQ",
      "Super Bowl and Black Friday peak order forecasting", "religiously attend every Michigan home game",
      "Campus Ambassador — Spotify", "Economics + Data Science"],
contact=["Grace Holm", "grace.holm@umich.edu", "linkedin.com/in/graceholm", "Ann Arbor, MI"]),

# 028 CV, Athlone apprentice plumber
dict(text="""
CV — Johnny McDonagh
Apprentice Plumber (Phase 4) · Athlone, Co. Westmeath
086 553 2091 · johnnymcd.plumbing@gmail.com

About Me
I'm 21 and I'm from the Travelling community — first in my family to do an apprenticeship, so there's a lot of people cheering me on 😄. Good with my hands, good with customers, never late. Honest about my past: I spent six months in Oberstown when I was 15. I turned it around through a Youthreach programme and haven't looked back.

Work
Apprentice Plumber — Glynn Mechanical, Athlone · 2022 – present
- domestic heating installs, heat pump commissioning with the lead tech
- on the crew for a 40-unit social housing retrofit (Clúid Housing)
- did a crash course in pressing systems (Viega) — now the go-to on site
General Operative — Midlands Groundworks · 2020 – 2022

Training
SOLAS Plumbing Apprenticeship Phase 4 (Athlone TU) · Safe Pass · Manual Handling · Working at Heights · Full B licence + van

Other
Member of Connect Trade Union since I signed on as an apprentice.
Engaged to my girl Bridget, wedding's next summer — you're all invited (not really).
Boxing coach at the club on Tuesdays and Thursdays.

Reference
Tommy Glynn, Glynn Mechanical — 090 647 8812
""",
sensitive=[("D", "I'm 21"), ("E", "I'm from the Travelling community"), ("C", "I spent six months in Oberstown"),
           ("D", "when I was 15"), ("T", "Member of Connect Trade Union"), ("F", "Engaged to my girl Bridget")],
keep=["Apprentice Plumber — Glynn Mechanical, Athlone", "heat pump commissioning", "40-unit social housing retrofit (Clúid Housing)",
      "crash course in pressing systems (Viega)", "SOLAS Plumbing Apprenticeship Phase 4", "General Operative — Midlands Groundworks",
      "Youthreach programme", "Safe Pass"],
contact=["Johnny McDonagh", "Athlone, Co. Westmeath", "086 553 2091", "johnnymcd.plumbing@gmail.com", "Tommy Glynn", "090 647 8812"]),

# 029 Fiverr seller profile, Johannesburg brand designer
dict(text="""
Fiverr — Seller profile
Lwazi Mthembu · Level 2 Seller · Johannesburg 🇿🇦 · ⭐ 4.9 (380 reviews)
Brand identity · Logos · Pitch decks

About this seller
Sawubona! I'm Lwazi — 27 years old, a brand designer from Soweto now working out of a shared studio in Braamfontein. Zulu boy with a Xhosa mom, so my design language is a mix of isishweshwe patterns and Swiss grids 😄.

I'm openly gay and I love a client with a story, though most of my clients are fintechs and restaurants. I'm also living with HIV (undetectable since 2019) and I do a lot of pro bono work for community health orgs — if your brand needs to talk about health without stigma, I'm your guy.

Gigs I'm known for
✔ Logo + brand guidelines in 5 days
✔ Investor pitch decks — one client killed it at the pitch and raised R18m
✔ Menu design for 40+ Joburg restaurants
✔ Health-check of your existing brand (audit + fixes)

Before Fiverr
Junior Designer, Joe Public United (2018–2021) — Castle Lager and Nando's accounts

Education
Diploma in Graphic Design, Vega School, 2018

In 2024 I volunteered for ActionSA on election day — first time I felt properly invested in politics.

Languages: English, isiZulu, isiXhosa, Sesotho
""",
sensitive=[("D", "27 years old"), ("E", "Zulu boy with a Xhosa mom"), ("S", "I'm openly gay"),
           ("H", "living with HIV (undetectable since 2019)"), ("P", "I volunteered for ActionSA on election day")],
keep=["Junior Designer, Joe Public United", "Castle Lager and Nando's accounts", "Diploma in Graphic Design, Vega School",
      "killed it at the pitch and raised R18m", "Health-check of your existing brand", "Menu design for 40+ Joburg restaurants",
      "pro bono work for community health orgs", "Logo + brand guidelines in 5 days"],
contact=["Lwazi Mthembu"]),

# 030 modern apprenticeship application, Glasgow
dict(text="""
Erin McAllister — CV (modern apprenticeship application)
Glasgow (Dennistoun) · 07388 604 117 · erinmcallister.cv@gmail.com

hiya, I'm Erin 🌼
I'm 19, currently on the tills at Tesco Extra Silverburn and looking for a Modern Apprenticeship in Business Admin. I'm autistic, which means I'm brilliant at routines, spotting errors and remembering every planogram, and less brilliant at surprise phone calls (working on it!).

what I've done
Customer Assistant — Tesco Extra, Silverburn · 2022 – now
- self-checkout supervisor on Black Friday peak and Christmas Eve (survived both)
- top in-store for Clubcard sign-ups 3 months running
- Usdaw rep for the night shift since last year — mostly sorting rota disputes
Volunteer — Glasgow Science Centre summer events · 2021

school
St Mungo's Academy · Highers: English (B), Business Management (A), Modern Studies (A) · N5 Maths

bits about me
- young carer for my wee brother who has cerebral palsy, so I need a set finish time
- member of Young Scots for Independence, ran the school debate club
- i'm bi and a massive Taylor Swift fan, learning BSL on Duolingo

skills
Microsoft 365, Google Sheets, customer service, cash handling, staying calm with angry folk
""",
sensitive=[("D", "I'm 19"), ("H", "I'm autistic"), ("T", "Usdaw rep for the night shift"),
           ("F", "young carer for my wee brother who has cerebral palsy"), ("P", "member of Young Scots for Independence"),
           ("S", "i'm bi")],
keep=["Customer Assistant — Tesco Extra, Silverburn", "Black Friday peak", "Modern Apprenticeship in Business Admin",
      "Highers: English (B), Business Management (A), Modern Studies (A)", "Volunteer — Glasgow Science Centre",
      "Microsoft 365", "ran the school debate club", "Clubcard sign-ups"],
contact=["Erin McAllister", "Glasgow (Dennistoun)", "07388 604 117", "erinmcallister.cv@gmail.com"]),
]
