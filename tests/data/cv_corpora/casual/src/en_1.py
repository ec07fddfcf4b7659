# casual-en-001 .. 010 (hand-written; see ../README.md)
CVS = [
# 001 LinkedIn export, Manchester data analyst
dict(text="""
Chloe Barnwell
Data Analyst @ Boohoo | SQL • dbt • Looker | proud #neurodivergent dev 🧠✨
Manchester, England · linkedin.com/in/chloebarnwell-data

About
hiya 👋 i'm chloe — i turn messy spreadsheets into dashboards people actually open. i religiously document everything (my team will confirm lol) and i'm happiest knee-deep in a gnarly join. my brain = hyperfocus superpower, just give me noise-cancelling headphones and a clear ticket 🎧
Outside work it's me and my wife Sarah, two rescue greyhounds and way too many houseplants 🌿

Experience
Data Analyst — Boohoo Group · Full-time
Jan 2023 – Present · Manchester
- built the Black Friday peak forecasting model (error down 18% vs 2022)
- health-check dashboards for 40+ dbt models, alerting in Slack
- wrote the union of two datasets that finally killed the 'which revenue number is right' argument

Junior Data Analyst — Auto Trader UK
Sep 2021 – Dec 2022
- Looker explores for the dealer team, A/B test readouts

Education
BSc Mathematics, University of Salford (2:1), 2018–2021

Skills
SQL · dbt · Python (pandas) · Looker · BigQuery · stakeholder comms

Featured
🔗 'How we stopped arguing about revenue' — blog post, Medium
""",
sensitive=[("H", "#neurodivergent"), ("S", "my wife Sarah")],
keep=["Data Analyst — Boohoo Group", "i religiously document everything", "Black Friday peak forecasting model",
      "health-check dashboards for 40+ dbt models", "union of two datasets", "Junior Data Analyst — Auto Trader UK",
      "BSc Mathematics, University of Salford"],
contact=["Chloe Barnwell", "linkedin.com/in/chloebarnwell-data"]),

# 002 Indeed resume, Cork bar supervisor
dict(text="""
Indeed Resume — Tolu Adeyemi-Walsh
Cork, Co. Cork · 087 412 9930 · tolu.aw@gmail.com
Wants: Bar supervisor / senior barista, full-time, nights ok

Summary
Friendly, fast, and not fazed by a three-deep bar on a Saturday. 6 yrs hospitality. Moved over from Lagos in 2019 and honestly Cork feels like home now 🇮🇪. Single mum of one so I'd love a rota that's set a week ahead where possible.

Work Experience
Bar Supervisor
The Oliver Plunkett — Cork
March 2022 to Present
• Cash-up, stock orders, training 5 new staff
• Ran party planning for 200 guests at the venue's Christmas bookings (hen dos, work do's, the lot)
• Cocktail menu refresh — 2 of my drinks still on it
Barista
Filter Espresso Bar — Cork
June 2019 to Feb 2022
• 300+ coffees a shift, did a crash course in latte art and now I teach it
• Blind tasting panel for the new house blend

Education
QQI Level 5 Certificate in Hospitality Operations — Cork College of FET, 2021
Safe Pass & Manual Handling (2023)

Certifications
Responsible Serving of Alcohol (RSA), HACCP Level 2

Additional Info
Full clean licence. Heads up: my Garda vetting will show a caution for possession from when I was 17 — it was a long time ago and I'm happy to chat about it.
Reference: Declan Murphy, GM, The Oliver Plunkett — 021 422 2779
""",
sensitive=[("E", "Moved over from Lagos in 2019"), ("F", "Single mum of one"),
           ("C", "a caution for possession"), ("D", "when I was 17")],
keep=["Bar Supervisor", "The Oliver Plunkett — Cork", "party planning for 200 guests", "crash course in latte art",
      "Blind tasting panel", "QQI Level 5 Certificate in Hospitality Operations", "HACCP Level 2",
      "Responsible Serving of Alcohol (RSA)"],
contact=["Tolu Adeyemi-Walsh", "Cork, Co. Cork", "087 412 9930", "tolu.aw@gmail.com", "Declan Murphy", "021 422 2779"]),

# 003 Upwork profile, Brooklyn copywriter
dict(text="""
Upwork profile
Eli Rosenbaum — Conversion Copywriter | SaaS & DTC emails that actually get opened
Brooklyn, NY · $85/hr · 100% Job Success · Top Rated Plus
portfolio: elirosenbaum.co

hey, I'm Eli 👋 33yo, ex-agency, freelancing full-time since 2019. I write landing pages, onboarding flows and welcome sequences for SaaS and DTC brands. Clients say I'm a bit of a conversion evangelist — I'll A/B test your button copy till it begs for mercy.

Quick practical stuff: I'm Shabbat-observant, so no calls Friday sundown to Saturday night. Everything else is flexible, I'm async-first and live in Notion.

What I've done
⭐ Rewrote the onboarding emails for a Series B fintech — activation +22%
⭐ Killed it at the pitch for a Nike-adjacent DTC sneaker brand, now on retainer
⭐ Ghostwriting for a church-planting nonprofit's donor newsletter (client work, 2 years)
⭐ Landing page rebuild for a Shopify Plus store, CVR 1.9% → 3.4%

Before freelance
Senior Copywriter, Mekanism (NYC) 2016–2019
Copywriter, BuzzFeed Branded 2014–2016

Off the clock: canvassed for Bernie in 2020 and I'm still on every DSA mailing list, long runs over the Brooklyn Bridge, bad sourdough.

Tools: Figma, Webflow, Klaviyo, HubSpot, Notion, GA4
""",
sensitive=[("D", "33yo"), ("R", "I'm Shabbat-observant"), ("P", "canvassed for Bernie in 2020"),
           ("P", "I'm still on every DSA mailing list")],
keep=["Conversion Copywriter", "conversion evangelist", "Killed it at the pitch",
      "Ghostwriting for a church-planting nonprofit's donor newsletter (client work, 2 years)",
      "Senior Copywriter, Mekanism (NYC)", "Copywriter, BuzzFeed Branded", "Klaviyo"],
contact=["Eli Rosenbaum", "Brooklyn, NY", "elirosenbaum.co"]),

# 004 returner after cancer treatment, Leeds accountant
dict(text="""
Priya Nair-Holloway
Management Accountant (ACCA) · Returner · Leeds
priya.nairholloway@outlook.com | 07700 914 362 | linkedin.com/in/priyanairholloway

✨ Back at it post-chemo 💪 ✨
Hi! I'm a qualified management accountant returning after an 18-month break. I finished treatment for breast cancer last spring, I'm now in remission, and honestly I've never been more ready to get stuck into a month-end close. Looking for 4 days/week initially (hospital check-ups every 3 months, easily worked around).

What I bring
→ 9 years in FP&A and management accounts (retail and logistics)
→ ACCA qualified 2016
→ Strong Excel / Power BI, some SQL, SAP and Oracle Fusion
→ I'm the person who builds the variance bridge everyone then steals

Career
2019 – 2022 · Senior Management Accountant · Arco Ltd, Hull
- Monthly reporting pack for 6 business units, budget & reforecast cycles
- Led the move from spreadsheets to Power BI; close shortened from 9 to 6 days
2014 – 2019 · Management Accountant · Asda, Leeds head office
- Store P&L, Black Friday peak labour modelling
2022 – 2023 · Career break (health)
2023 – now · Assistant Manager, Cancer Research UK shop, Headingley (paid retail role, 16 hrs/week) — kept my brain ticking with rotas, cash and Gift Aid reporting

Personal
Mum to twins (age 7). Married to the job? Not anymore 😅 — I've learned balance.
Returner programme alumni: Women Returners 2024 cohort.
""",
sensitive=[("H", "Back at it post-chemo"), ("H", "treatment for breast cancer"), ("H", "I'm now in remission"),
           ("H", "hospital check-ups every 3 months"), ("H", "Career break (health)"), ("F", "Mum to twins (age 7)")],
keep=["Senior Management Accountant · Arco Ltd, Hull", "ACCA qualified 2016", "Black Friday peak labour modelling",
      "Assistant Manager, Cancer Research UK shop, Headingley (paid retail role, 16 hrs/week)",
      "Married to the job?", "Women Returners 2024 cohort", "Oracle Fusion"],
contact=["Priya Nair-Holloway", "priya.nairholloway@outlook.com", "07700 914 362", "linkedin.com/in/priyanairholloway"]),

# 005 apprentice application, Dubbo NSW
dict(text="""
hey! 👋 Jarrah Collins here
📍 Dubbo NSW | 📱 0412 558 203 | ✉️ jarrahcollins04@hotmail.com

applying for: 1st year electrical apprenticeship (Cert III Electrotechnology)

about me
I'm 19, finished Year 12 at Dubbo College last year and I've been working at Bunnings since. Proud Wiradjuri man 🖤💛❤️ — my uncle's a sparky and I've been tagging along on jobs since I was a kid so I know what I'm getting into lol. Crossfit fanatic, up at 5 most days, so early starts = no drama.

work
Team Member — Bunnings Warehouse Dubbo (casual) | 2022 – now
- trade desk + forklift (LF licence)
- helped with the Black Friday peak stocktake + nightfill
Labourer — Orana Solar Installs | summer 2023
- carried panels, ran conduit, learned to read a single-line diagram

tickets
White Card ✅ | Forklift LF ✅ | First Aid HLTAID011 ✅ | P2 licence + own ute

honest bit
got a good behaviour bond for graffiti when I was 16. finished it no dramas and haven't been in trouble since. happy to explain in person.

refs
Shane Collins (uncle, A-grade electrician) 0428 117 904
Kylie Brennan, Store Manager Bunnings Dubbo 02 6884 7700
""",
sensitive=[("D", "I'm 19"), ("E", "Proud Wiradjuri man"), ("C", "good behaviour bond for graffiti"),
           ("D", "when I was 16")],
keep=["Cert III Electrotechnology", "Team Member — Bunnings Warehouse Dubbo", "Crossfit fanatic",
      "Black Friday peak stocktake", "Labourer — Orana Solar Installs", "White Card", "First Aid HLTAID011"],
contact=["Jarrah Collins", "Dubbo NSW", "0412 558 203", "jarrahcollins04@hotmail.com", "Shane Collins",
         "0428 117 904", "Kylie Brennan", "02 6884 7700"]),

# 006 portfolio about page, Toronto career changer
dict(text="""
about me — Daniel Reyes

Hi, I'm Daniel (he/him). I spent eight years teaching Grade 6 at a Toronto Catholic District School Board school before I realised the thing I loved most was redesigning worksheets so every kid could use them. So: bootcamp, portfolio, here we are. 🎨

I'm a hard-of-hearing designer — I lip-read, live on captions, and I'll politely insist your video demo has them too. That lived experience is a big part of why I care about inclusive design, not just WCAG checkboxes.

I'm Filipino-Canadian, grew up in Scarborough, and my partner Mateo and I just adopted a very loud cat.

Recent work
• Brightspace parent-portal redesign (capstone, Juno College) — task success 61% → 88% in moderated tests
• Volunteer UX audit for a Scarborough food bank, fixing blind spots in the donor sign-up flow
• Design-system starter kit in Figma (tokens, 40 components, dark mode)

Experience
UX Design Intern, Wealthsimple — Summer 2024
Teacher, Grade 6 — Toronto Catholic District School Board, 2015–2023
Certificate: UX Design Bootcamp, Juno College of Technology (2024)
B.Ed., York University

Toolbox: Figma, FigJam, Maze, Dovetail, a bit of HTML/CSS

Say hi: daniel@danielreyes.design · linkedin.com/in/danielreyesux · 647-555-0182
""",
sensitive=[("H", "hard-of-hearing designer"), ("H", "I lip-read"), ("E", "I'm Filipino-Canadian"),
           ("S", "my partner Mateo")],
keep=["Toronto Catholic District School Board", "UX Design Intern, Wealthsimple", "blind spots in the donor sign-up flow",
      "Brightspace parent-portal redesign", "UX Design Bootcamp, Juno College of Technology", "B.Ed., York University",
      "WCAG checkboxes"],
contact=["Daniel Reyes", "daniel@danielreyes.design", "linkedin.com/in/danielreyesux", "647-555-0182"]),

# 007 LinkedIn, Cape Town backend engineer (no sensitive mention)
dict(text="""
Sipho Dlamini
Backend Engineer | Python evangelist | Fintech | Cape Town 🇿🇦
linkedin.com/in/siphodlamini-dev · github.com/sdlamini

About
I build boring, reliable payment backends so other people can build exciting things on top. 7 years of Python/Django, the last 3 at a Cape Town fintech moving R2bn a month. I religiously write tests before I touch anything that touches money, and I'm a self-confessed Python evangelist at every meetup that'll have me.

Experience
Senior Backend Engineer — Yoco
Mar 2021 – Present
• Designed the settlement service (Django, Postgres, Kafka) handling peak Black Friday loads of 40k tx/min
• Health-check endpoints and SLO dashboards across 30 services — p99 alerting in Grafana
• Third-party integrations with 4 card acquirers and 2 banks
Software Engineer — Takealot
Jan 2018 – Feb 2021
• Checkout and promotions APIs; Blue Dot Sale capacity planning
Graduate Developer — Entelect
2017

Education
BSc Computer Science, University of Cape Town (2016)
AWS Certified Solutions Architect – Associate

Skills
Python · Django · FastAPI · PostgreSQL · Kafka · Kubernetes · Terraform · mentoring

Featured
🎤 'Idempotency keys or it didn't happen' — PyCon Africa 2023 talk
Volunteers
Code mentor, Ikamva Youth (weekends)
""",
sensitive=[],
keep=["Python evangelist", "Senior Backend Engineer — Yoco", "peak Black Friday loads", "Health-check endpoints",
      "Third-party integrations", "I religiously write tests", "BSc Computer Science, University of Cape Town",
      "AWS Certified Solutions Architect – Associate", "PyCon Africa 2023", "Code mentor, Ikamva Youth"],
contact=["Sipho Dlamini", "linkedin.com/in/siphodlamini-dev", "github.com/sdlamini"]),

# 008 gig-economy rider to ops, Bristol
dict(text="""
Marcus Oyelaran-Price · Ops Coordinator (applying)
📍 Bristol · 07831 266 590 · marcusop@proton.me

TL;DR
- 4 yrs delivery riding → team lead → wants ops/logistics role
- knows the gig economy from the saddle up 🚲
- stood for Labour in the 2021 Easton by-election (didn't win, learned loads about door-knocking and spreadsheets)
- IWGB rider rep for south Bristol riders 2021-23, sat in the meetings w/ Deliveroo about safety

Experience
Rider Team Lead — Deliveroo (self-employed, Bristol) · 2020 – 2024
• onboarding buddy for 60+ new riders, built the WhatsApp shift-swap system everyone uses
• cut the zone's late-order rate on match days with a simple heat-map I made in Google Sheets
Warehouse Operative — Amazon BRS1, Avonmouth · 2018 – 2020
• Black Friday peak: 11-hour shifts, pick rate top 10%
Kitchen Porter — Bocabar · 2016 – 2018

Skills
Google Sheets (pivot tables, QUERY), Excel basics, rota planning, conflict resolution, route optimisation, Level 2 Food Hygiene

Courses
Crash course in Lean Six Sigma Yellow Belt (2023) · Open University: Intro to Logistics

Bit about me
30 this year. 4 years sober and running marathons instead — Bristol Half PB 1:38. Dad to Leo (3) who thinks my bike is a spaceship.
""",
sensitive=[("P", "stood for Labour in the 2021 Easton by-election"), ("T", "IWGB rider rep"), ("D", "30 this year"),
           ("H", "4 years sober"), ("F", "Dad to Leo (3)")],
keep=["Rider Team Lead — Deliveroo", "Warehouse Operative — Amazon BRS1, Avonmouth", "Black Friday peak",
      "Crash course in Lean Six Sigma Yellow Belt", "Level 2 Food Hygiene", "route optimisation",
      "Open University: Intro to Logistics"],
contact=["Marcus Oyelaran-Price", "07831 266 590", "marcusop@proton.me"]),

# 009 Otta profile, London PM back after caring
dict(text="""
Otta profile · Hannah Okafor-Reid
Product Manager · London (hybrid) · open to Series A–C
hannah.okaforreid@gmail.com · otta.com/u/hannah-okafor-reid

Hey! Quick context on the gap in my CV 👇
2021–2023 I was a full-time carer for my mum with Huntington's. (Before anyone worries on my behalf: I've tested negative.) She's now in a great specialist home and I'm properly back.

What I'm looking for
A PM role where discovery is real, not theatre. Health-tech, climate or marketplace.

Where I've been
Product Manager — Cazoo (2019–2021)
- owned the part-exchange funnel; +14% completed valuations
- ran the Black Friday peak war-room with eng + ops
Associate PM — Deliveroo (2017–2019)
- restaurant onboarding tool, time-to-live down from 9 to 4 days
Analyst — Accenture (2015–2017)

During the gap (because brains need food)
- Reforge Product Strategy (2022)
- Volunteer product lead for a carers' support app at a small charity — 2k users
- Crash course in SQL on Mode, now dangerous with window functions

Things people say about me
'Killed it at the pitch to the board' — former CPO
'Asks the annoying question early, which saves us months'

Education
BA Economics, University of Nottingham

Misc: Black British, first in my family to go to uni, turned 34 this year and finally good at sleep.
""",
sensitive=[("F", "full-time carer"), ("G", "my mum with Huntington's"), ("G", "I've tested negative"),
           ("E", "Black British"), ("D", "turned 34")],
keep=["Product Manager — Cazoo", "Black Friday peak war-room", "Associate PM — Deliveroo", "Reforge Product Strategy (2022)",
      "Volunteer product lead for a carers' support app", "Crash course in SQL", "Killed it at the pitch to the board",
      "BA Economics, University of Nottingham"],
contact=["Hannah Okafor-Reid", "hannah.okaforreid@gmail.com", "otta.com/u/hannah-okafor-reid"]),

# 010 Gen-Z server/bartender, Austin TX
dict(text="""
SERVER / BARTENDER — Austin TX
Riley Sandoval (they/them) ✌️ · 512-555-0147 · @rileypours on IG · rileysandoval.tx@gmail.com

hi!! I'm 21, bartending license in hand, 4 years FOH. I'm fast, I remember regulars' orders, and I can handle a party of 20 walking in at 7:55 without crying (in front of them).

quick facts abt me
🌈 queer & proud, happiest on a slammed Saturday
🧠 ADHD (medicated, thriving) — multitasking a full section is literally my happy place
✨ raised Mormon in Utah, moved to Austin for college, now pretty firmly atheist lol

experience
Server → Bartender, Loro Austin · 2022–now
- designed the Sober October mocktail menu, 3 drinks sold 1,100+ units
- trained 6 new servers on Toast POS
Server, Torchy's Tacos · 2020–2022
- top upsell numbers 5 months running

certs
TABC Seller-Server Certification · Texas Food Handler · crash course in wine at Austin Wine Merchant (blind tasting = my new hobby)

availability
nights + weekends, any shift except Sunday brunch (I coach a little league team lol)
""",
sensitive=[("D", "I'm 21"), ("S", "queer & proud"), ("H", "ADHD (medicated, thriving)"), ("R", "raised Mormon in Utah"),
           ("R", "now pretty firmly atheist")],
keep=["Server → Bartender, Loro Austin", "party of 20", "Sober October mocktail menu", "Toast POS",
      "TABC Seller-Server Certification", "Texas Food Handler", "blind tasting", "Server, Torchy's Tacos"],
contact=["Riley Sandoval", "512-555-0147", "@rileypours", "rileysandoval.tx@gmail.com"]),
]
