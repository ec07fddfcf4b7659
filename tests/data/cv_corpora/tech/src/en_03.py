from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-en-021", text="""
Niamh Quinn — Data Analyst (Power BI / SQL)
Belfast BT7 · niamh.quinn.analytics@outlook.com · 07455 632 018

Profile
Analyst with five years turning messy operational data into dashboards people actually open. I'm 31, based in south Belfast, happy hybrid.

Experience
Kainos — Data Analyst (2021–present)
• Power BI reporting for an NHS trust client: waiting lists, bed occupancy, A&E health checks on data freshness.
• Built the age-verification report for a gambling regulator client (test data only, no real DOBs stored).
• Modelled data in a star schema; DAX measures reviewed by the client's BI team.

Allstate NI — Junior BI Developer (2019–2021)
• SSIS packages, SQL Server; union-find clustering to deduplicate policy-holder records.

Education
BSc Mathematics with Statistics, Queen's University Belfast, 2019
Microsoft Certified: Power BI Data Analyst Associate

Beyond work
• Member of Prospect; I sit on the Kainos branch committee.
• Alliance Party member and volunteer data cruncher for our local canvass returns.
• My wife Aoife and I run a Saturday parkrun volunteer crew.
• Both my mum and I carry the HFE C282Y gene for haemochromatosis, found when she was diagnosed; I'm just monitored yearly.
""", s=[(D, "I'm 31"), (TU, "Member of Prospect; I sit on the Kainos branch committee"), (P, "Alliance Party member"), (S, "My wife Aoife"), (G, "Both my mum and I carry the HFE C282Y gene for haemochromatosis"), (H, "I'm just monitored yearly")],
keep=["Power BI reporting for an NHS trust client", "A&E health checks on data freshness", "age-verification report for a gambling regulator client", "Junior BI Developer", "union-find clustering to deduplicate policy-holder records", "BSc Mathematics with Statistics, Queen's University Belfast", "Microsoft Certified: Power BI Data Analyst Associate"],
contact=["Niamh Quinn", "Belfast BT7", "niamh.quinn.analytics@outlook.com", "07455 632 018"]),

dict(id="tech-en-022", text="""
DeShawn Carter
Senior Software Engineer (Embedded / Automotive)
Detroit, MI · deshawn.carter.dev@gmail.com · (313) 555-0128 · github.com/dcarter-embedded

SUMMARY
Embedded C and Rust engineer, 10 years in automotive. AUTOSAR, CAN, over-the-air updates. I came up through the plant: I was a line worker and a UAW member at Stellantis Warren Truck before I went back to school, and I still carry my card.

EXPERIENCE
General Motors — Senior Software Engineer, Vehicle OTA (2018–present)
 • Designed the A/B partition updater; rollback without a dealer visit.
 • Found a race condition in the bootloader handoff that bricked 1 in 20k ECUs.
 • Watchdog and kill-switch logic reviewed for ISO 26262 ASIL-B.
Continental — Software Engineer (2014–2018)
 • CAN stack, MISRA C, HIL testing.

EDUCATION
B.S. Computer Engineering, Wayne State University, 2014

COMMUNITY
 • Volunteer instructor at Grand Circus, Detroit.
 • Deacon at Greater Grace Temple; I run the church's A/V and livestream.
 • Precinct delegate for the Michigan Democratic Party (elected 2022).

NOTE FOR EMPLOYERS
I have a 2009 misdemeanor for marijuana possession that was set aside under Michigan's Clean Slate law. Black engineer, first in my family to get a degree, and I mentor NSBE students.
""", s=[(TU, "a UAW member at Stellantis Warren Truck"), (TU, "I still carry my card"), (R, "Deacon at Greater Grace Temple"), (P, "Precinct delegate for the Michigan Democratic Party (elected 2022)"), (C, "a 2009 misdemeanor for marijuana possession that was set aside under Michigan's Clean Slate law"), (E, "Black engineer")],
keep=["Senior Software Engineer, Vehicle OTA", "Designed the A/B partition updater", "Found a race condition in the bootloader handoff", "Watchdog and kill-switch logic reviewed for ISO 26262 ASIL-B", "CAN stack, MISRA C, HIL testing", "B.S. Computer Engineering, Wayne State University", "Volunteer instructor at Grand Circus"],
contact=["DeShawn Carter", "deshawn.carter.dev@gmail.com", "(313) 555-0128", "github.com/dcarter-embedded"]),

dict(id="tech-en-023", text="""
Mei Lin Zhang
Full-stack developer · Brisbane QLD
meilin.zhang.dev@gmail.com · 0402 771 388 · github.com/meilinz · meilin.dev

---
**Born in Chengdu in 1990, moved to Brisbane at 14.** Full-stack dev (TypeScript, Node, Postgres) with 7 years in agencies and startups.

**Work**
*Employment Hero* — Software Engineer II (2021–now)
- Built the parental-leave and maternity-leave calculator in the payroll module (client-facing HR feature).
- Node.js services on AWS Lambda; Postgres row-level security for multi-tenant data.
- Cleaned up an orphan branch strategy in git that had confused three teams.

*Zeller* — Developer (2019–2021)
- Merchant dashboard in React; Stripe-like onboarding.

*Bootcamp*: Coder Academy Fast Track, 2018 (career change from accounting).

**Side projects**
- `familytree.js` — small graph library for rendering parent/child tree structures (used in two genealogy hobby sites).

**Life**
- My partner Jess and I have a toddler and a very patient kelpie.
- Buddhist; I volunteer at the Chung Tian Temple's Sunday school doing their website.
- I did an AncestryDNA test for fun and then built a visualiser for my own results — 91% Southwestern China.
""", s=[(D, "Born in Chengdu in 1990"), (E, "moved to Brisbane at 14"), (S, "My partner Jess"), (F, "have a toddler"), (R, "Buddhist; I volunteer at the Chung Tian Temple's Sunday school"), (G, "I did an AncestryDNA test for fun and then built a visualiser for my own results — 91% Southwestern China")],
keep=["Software Engineer II", "parental-leave and maternity-leave calculator in the payroll module", "Postgres row-level security for multi-tenant data", "orphan branch strategy in git", "Coder Academy Fast Track", "rendering parent/child tree structures", "Merchant dashboard in React"],
contact=["Mei Lin Zhang", "Brisbane QLD", "meilin.zhang.dev@gmail.com", "0402 771 388", "github.com/meilinz", "meilin.dev"]),

dict(id="tech-en-024", text="""
SAM OKAFOR-REID
Engineering Manager · Bristol, UK
sam.okaforreid@gmail.com · 07534 880 219 · linkedin.com/in/samokaforreid

SUMMARY
Engineering manager for 4 years, developer for 8 before that. I run calm teams that ship weekly. Strong on hiring, incident culture and growing new managers.

EXPERIENCE
OVO Energy — Engineering Manager, Smart Meter Platform (2020–present)
- Manage 2 squads (11 engineers); introduced blameless postmortems and error budgets.
- Led the Raft leader election rewrite for the meter-reading cluster; fewer split-brain incidents.
- Chair of the company's Pride network (2021–2023); I'm bi and was the first out manager in the department.
Ovo / SSE migration — Tech Lead (2016–2020)
- Kotlin services, Kafka; customer-switch pipeline.

EDUCATION
BEng Computer Systems Engineering, University of Bristol, 2012

OTHER THINGS ABOUT ME
- I'm a member of the Green Party and stood as a council candidate in Easton in 2021.
- I'm a Unite member (Unite's tech branch).
- In 2010, aged 20, I received a caution for criminal damage at a climate protest; it is now spent.
- I manage bipolar disorder well with medication and a routine; I ask for no late-night on-call.

Interests: cycling, climbing, volunteering at Bristol Hackspace.
""", s=[(S, "Chair of the company's Pride network (2021–2023); I'm bi"), (S, "the first out manager in the department"), (P, "I'm a member of the Green Party and stood as a council candidate in Easton in 2021"), (TU, "I'm a Unite member (Unite's tech branch)"), (D, "aged 20"), (C, "I received a caution for criminal damage at a climate protest"), (H, "I manage bipolar disorder well with medication")],
keep=["Engineering Manager, Smart Meter Platform", "introduced blameless postmortems and error budgets", "Led the Raft leader election rewrite for the meter-reading cluster", "Kotlin services, Kafka; customer-switch pipeline", "BEng Computer Systems Engineering, University of Bristol", "volunteering at Bristol Hackspace"],
contact=["SAM OKAFOR-REID", "sam.okaforreid@gmail.com", "07534 880 219", "linkedin.com/in/samokaforreid"]),

dict(id="tech-en-025", text="""
RESUME
Name            : Lakshmi Narayanan Iyer
Date of Birth   : 02 March 1988 (36 years)
Religion/Caste  : Hindu / Iyer (Brahmin)
Marital Status  : Married, one son
Address         : Flat 4C, Sri Balaji Apartments, Velachery, Chennai 600042
Mobile          : +91 94440 83127
E-mail          : lakshmi.n.iyer@rediffmail.com

OBJECTIVE
Seeking a QA Lead role where I can build automation frameworks and mentor testers.

EXPERIENCE (12 years)
Zoho Corporation — QA Lead, Zoho Books (2016 – till date)
  * Own the regression suite (Selenium + TestNG, 3,200 cases) and the release sign-off.
  * Introduced mutation testing for the tax-computation engine; caught 40 weak tests.
  * Black-box and white-box testing for GST e-invoicing.
Cognizant Technology Solutions — Test Engineer (2012 – 2016)
  * Manual and automation testing for a US insurer; defect triage with onsite team.

EDUCATION
B.E. Electronics and Communication, Anna University, 2011 — 78%

CERTIFICATIONS
ISTQB Advanced Level Test Manager; Certified Selenium Professional

HEALTH / OTHER
I am a carrier of beta-thalassaemia trait (tested before marriage), no work impact.

LANGUAGES KNOWN
Tamil, English, Hindi

I hereby declare that the details furnished above are true.
""", s=[(D, "Date of Birth   : 02 March 1988 (36 years)"), (R, "Religion/Caste  : Hindu"), (E, "Iyer (Brahmin)"), (F, "Marital Status  : Married, one son"), (G, "I am a carrier of beta-thalassaemia trait")],
keep=["QA Lead, Zoho Books", "Selenium + TestNG, 3,200 cases", "Introduced mutation testing for the tax-computation engine", "Black-box and white-box testing for GST e-invoicing", "Cognizant Technology Solutions — Test Engineer", "B.E. Electronics and Communication, Anna University", "ISTQB Advanced Level Test Manager"],
contact=["Lakshmi Narayanan Iyer", "Flat 4C, Sri Balaji Apartments, Velachery, Chennai 600042", "+91 94440 83127", "lakshmi.n.iyer@rediffmail.com"]),

dict(id="tech-en-026", text="""
# Alex Moreno-Tate

Site Reliability / Production Engineering — Seattle, WA
[alex@morenotate.dev](mailto:alex@morenotate.dev) · 206-555-0194 · github.com/amtate

## Experience

**Google** · Site Reliability Engineer, Cloud Spanner (2019–present)
- Owned capacity planning and health checks for 14 regions.
- Wrote the postmortem for the 2022 replica-lag incident; action items now in the SRE bible (internal playbook).
- Alphabet Workers Union-CWA member since its founding in 2021.

**Amazon** · Systems Engineer, EC2 fleet (2015–2019)
- Automated kernel patching; hunted zombie processes that survived instance reboots.

## Stack
`Go` `Borgmon/Prometheus` `Terraform` `Python` `Linux perf` `eBPF`

## Talks
- SREcon Americas 2023 — "Toil budgets".
- Seattle Queer Tech meetup — a lightning talk on coming out as queer at a big company, and what I'd tell managers.

## Education
B.S. Computer Science, University of Washington, 2015

## The rest
- I'm a DSA member (Democratic Socialists of America) and help with the local chapter's website.
- My partner Lena and I got married last year.
- Pleaded guilty to a trespass charge after a 2020 sit-in; paid a fine.
- Participant in the All of Us research program; my genotype data is shared with researchers.
""", s=[(TU, "Alphabet Workers Union-CWA member since its founding in 2021"), (S, "coming out as queer"), (P, "I'm a DSA member (Democratic Socialists of America)"), (S, "My partner Lena and I got married last year"), (C, "Pleaded guilty to a trespass charge after a 2020 sit-in; paid a fine"), (G, "my genotype data is shared with researchers")],
keep=["Site Reliability Engineer, Cloud Spanner", "Owned capacity planning and health checks for 14 regions", "the SRE bible (internal playbook)", "hunted zombie processes that survived instance reboots", "SREcon Americas 2023", "B.S. Computer Science, University of Washington", "Automated kernel patching"],
contact=["Alex Moreno-Tate", "alex@morenotate.dev", "206-555-0194", "github.com/amtate"]),

dict(id="tech-en-027", text="""
Thomas Beaumont
Solutions Architect — Cloud & Integration
Leeds · tom.beaumont.arch@gmail.com · 07980 332 741

Profile
Solutions architect with 14 years in integration, the last six designing AWS and Azure landing zones for retail and logistics. I write short architecture decision records, and I'd rather remove a component than add one.

Experience
Asda — Lead Solutions Architect (2019–present)
• Target architecture for the store-systems estate: event-driven, 1,200 stores.
• Killed the legacy master/slave terminology in our runbooks (now primary/replica) and planned the Oracle-to-Aurora migration.
• Set up the architecture review board; 90% of decisions now documented as ADRs.

Sky — Integration Architect (2014–2019)
• MuleSoft and Kafka integration layer for billing and CRM.
• Designed dead-letter queue handling and retry budgets.

BT — Software Developer (2010–2014)
• Java EE, SOAP services, later REST.

Certifications
AWS Certified Solutions Architect – Professional; TOGAF 9; Azure Solutions Architect Expert

Education
BSc Computing, Leeds Beckett University, 2010

Speaking
AWS Summit London 2022 — "Strangling a 20-year-old monolith, one store at a time".

Interests
Fell running, Yorkshire cricket, restoring a 1970s Raleigh road bike.
""", s=[],
keep=["Lead Solutions Architect", "Killed the legacy master/slave terminology in our runbooks", "Set up the architecture review board", "Integration Architect", "dead-letter queue handling and retry budgets", "AWS Certified Solutions Architect – Professional; TOGAF 9", "BSc Computing, Leeds Beckett University"],
contact=["Thomas Beaumont", "tom.beaumont.arch@gmail.com", "07980 332 741"]),

dict(id="tech-en-028", text="""
Otieno Odhiambo
Software Engineer — Kisumu / Remote
otieno.odhiambo.ke@gmail.com · +254 733 519 002 · github.com/otienocodes

About me
Luo, 27 years old, from Kisumu. Python/Go backend engineer who learned on a borrowed laptop at a cyber café. I live with epilepsy (well controlled), so I don't drive and I prefer remote or a short commute. My faith matters to me: I'm Muslim and pray at Kisumu Jamia Mosque, so I'd like a short break on Fridays for Jumu'ah.

Experience
Andela — Software Engineer (remote, 2021–present)
- Go microservices for a US logistics client; fixed a goroutine leak and a race condition in the rate limiter.
- Health checks and graceful shutdown so Kubernetes stopped killing pods mid-request.
Kenya Power — ICT Intern (2019–2020)
- Meter-token vending API; blue/green deployments.

Education
BSc Computer Science, Maseno University, 2020

Community & the rest
- Member of the Communication Workers Union of Kenya from my Kenya Power days.
- ODM youth-league volunteer; I built the ward mobilisation SMS tool in 2022.
- In 2017 I spent four months in remand at Kodiak prison on a charge that was later dropped — I talk about it because it's why I care about legal-tech.
- Genotype: AA; I donate blood twice a year.
""", s=[(E, "Luo"), (D, "27 years old"), (H, "I live with epilepsy (well controlled)"), (R, "I'm Muslim and pray at Kisumu Jamia Mosque"), (R, "a short break on Fridays for Jumu'ah"), (TU, "Member of the Communication Workers Union of Kenya"), (P, "ODM youth-league volunteer"), (C, "I spent four months in remand at Kodiak prison"), (G, "Genotype: AA")],
keep=["Go microservices for a US logistics client", "fixed a goroutine leak and a race condition in the rate limiter", "Health checks and graceful shutdown", "ICT Intern", "Meter-token vending API; blue/green deployments", "BSc Computer Science, Maseno University", "Software Engineer (remote, 2021–present)"],
contact=["Otieno Odhiambo", "Kisumu / Remote", "otieno.odhiambo.ke@gmail.com", "+254 733 519 002", "github.com/otienocodes"]),

dict(id="tech-en-029", text="""
Gabriel Tremblay-Wong
Game Developer (Gameplay & Tools) — Montréal, QC
gabe.tw@protonmail.com · 514-555-0138 · github.com/gtremblaywong · itch.io/gabetw

SUMMARY
Gameplay programmer, C++ and Unreal, 8 years. Shipped 3 AAA titles. I like tools that make designers faster.

EXPERIENCE
Ubisoft Montréal — Senior Gameplay Programmer (2019–present)
 - Combat systems for Assassin's Creed Mirage; AI perception with a genetic-algorithm tuner for enemy patrols.
 - Party-mode stress tests with 64 bots to reproduce desyncs.
 - Active in the Syndicat des travailleurs et travailleuses du jeu vidéo (STTJV) since 2022.
Eidos-Montréal — Gameplay Programmer (2016–2019)
 - Scripting tools in Python for level designers.

GAME JAMS
 - Global Game Jam 2023 (Montréal site) — "Roots", best use of theme.
 - My own indie game, "Queer Ghosts of Mile End", is a visual novel about my first year out as a gay man in the city.

EDUCATION
B.Eng. Software Engineering, Concordia University, 2016

OTHER
 - I was a Québec solidaire volunteer in Mercier during the 2022 provincial campaign.
 - Young-offender record (shoplifting, 2008) — sealed under the YCJA; mentioning it for full honesty.
 - My dad has Huntington's disease, and I'm part of a genetic-counselling research cohort.
""", s=[(TU, "Active in the Syndicat des travailleurs et travailleuses du jeu vidéo (STTJV) since 2022"), (S, "my first year out as a gay man"), (P, "I was a Québec solidaire volunteer in Mercier during the 2022 provincial campaign"), (C, "Young-offender record (shoplifting, 2008) — sealed under the YCJA"), (G, "My dad has Huntington's disease"), (G, "I'm part of a genetic-counselling research cohort")],
keep=["Senior Gameplay Programmer", "AI perception with a genetic-algorithm tuner for enemy patrols", "Party-mode stress tests with 64 bots to reproduce desyncs", "Scripting tools in Python for level designers", "Global Game Jam 2023", "B.Eng. Software Engineering, Concordia University", "Queer Ghosts of Mile End"],
contact=["Gabriel Tremblay-Wong", "gabe.tw@protonmail.com", "514-555-0138", "github.com/gtremblaywong", "itch.io/gabetw"]),

dict(id="tech-en-030", text="""
Siobhán Ní Bhriain
Technical Product Owner · Galway
siobhan.nibhriain@gmail.com | 087 219 4406

Hi! I'm a product owner with a developer's background (Java, then Angular) and six years in medtech software.

WHERE I'VE WORKED
Medtronic, Galway — Technical Product Owner (2020–)
 ▹ Backlog owner for the clinician portal of a diabetes-tracking app for a medtech client programme.
 ▹ Ran the Spotify model pilot (squads, tribes, guilds) across 40 engineers, with mixed results.
 ▹ Regulatory stories: IEC 62304, GDPR DPIAs.
Fidelity Investments, Galway — Software Engineer (2016–2020)
 ▹ Angular front ends for pension dashboards.

EDUCATION
BSc Computer Science & IT, University of Galway, 2016
Professional Scrum Product Owner I & II

THINGS PEOPLE ASK ABOUT
 ▹ I'm a Traveller, and I set up the Traveller tech mentoring scheme with Pavee Point in 2022.
 ▹ Fórsa member (I joined in my public-sector days and kept it).
 ▹ Campaigned with Sinn Féin in Galway West in 2020 — leaflets, and the doors.
 ▹ My girlfriend Róisín is a nurse, so we're a shift-work household.
 ▹ I'm one of four, and the main carer for my mam since dad passed.
 ▹ I took part in the Genomics Medicine Ireland study, which sequenced my DNA.
 ▹ Mass on Sundays, sean-nós singing on Thursdays.
""", s=[(E, "I'm a Traveller"), (TU, "Fórsa member"), (P, "Campaigned with Sinn Féin in Galway West in 2020"), (S, "My girlfriend Róisín"), (F, "the main carer for my mam since dad passed"), (G, "the Genomics Medicine Ireland study, which sequenced my DNA"), (R, "Mass on Sundays")],
keep=["Technical Product Owner", "diabetes-tracking app for a medtech client programme", "Ran the Spotify model pilot (squads, tribes, guilds)", "Regulatory stories: IEC 62304, GDPR DPIAs", "Angular front ends for pension dashboards", "BSc Computer Science & IT, University of Galway", "Professional Scrum Product Owner I & II"],
contact=["Siobhán Ní Bhriain", "siobhan.nibhriain@gmail.com", "087 219 4406"]),
]
