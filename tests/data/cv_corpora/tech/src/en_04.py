from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-en-031", text="""
KAYLA JOHNSON
QA Automation Engineer | Columbus, OH | kayla.johnson.qa@gmail.com | 614-555-0152

SUMMARY
Test automation engineer (6 yrs). Cypress, Playwright, Postman, Java + RestAssured. I break things on purpose so customers don't break them by accident. Age 41 — career changer from retail management via a bootcamp.

EXPERIENCE
Nationwide — QA Automation Engineer II (2021–present)
  • Built a contract-testing suite with Pact for 30 microservices.
  • Chaos tests: kill -9 on random pods during checkout runs; found two data-loss bugs.
  • Accessibility regression checks (axe-core) in CI.
Root Insurance — QA Analyst (2018–2021)
  • Exploratory and smoke tests for the mobile quote flow; sanity tests after every hotfix.

TRAINING
Tech Elevator — Java Full-Stack Bootcamp, 2018
ISTQB Foundation; Certified Agile Tester

A BIT MORE
  • I've been in recovery from opioid use disorder since 2016 and on maintenance treatment — it's why I left retail, and why I'm so steady now.
  • Felony record: a 2015 drug-possession conviction in Franklin County (I completed drug court).
  • My sister and I both tested positive for Lynch syndrome after our mom's colon cancer; I do yearly screening.
  • Worship team guitarist at Vineyard Columbus.
""", s=[(D, "Age 41"), (H, "I've been in recovery from opioid use disorder since 2016 and on maintenance treatment"), (C, "Felony record: a 2015 drug-possession conviction in Franklin County"), (C, "I completed drug court"), (G, "My sister and I both tested positive for Lynch syndrome after our mom's colon cancer"), (H, "I do yearly screening"), (R, "Worship team guitarist at Vineyard Columbus")],
keep=["QA Automation Engineer II", "Built a contract-testing suite with Pact for 30 microservices", "Chaos tests: kill -9 on random pods during checkout runs", "Accessibility regression checks (axe-core) in CI", "sanity tests after every hotfix", "Tech Elevator — Java Full-Stack Bootcamp", "ISTQB Foundation; Certified Agile Tester"],
contact=["KAYLA JOHNSON", "kayla.johnson.qa@gmail.com", "614-555-0152"]),

dict(id="tech-en-032", text="""
**Kwame Asante-Boateng**
Principal Engineer, Public Sector Digital
London E8 · kwame.ab@fastmail.co.uk · 07393 550 126 · github.com/kwameab

**Summary**
Principal engineer at GDS-style organisations for a decade. Ruby, Python, Go; I care about services that work for everyone, on any device, first time.

**Experience**
*Government Digital Service* — Principal Engineer, GOV.UK One Login (2020–present)
- Technical lead for identity proofing; evaluated face-matching vendors and a biometric login SDK, documented bias testing.
- Built the criminal-records-check integration with DBS for employers (service design + API).
- Introduced health checks and synthetic monitoring for 40 services.
*Home Office Digital* — Senior Developer (2015–2020)
- EU Settlement Scheme API; 6 million applications processed.

**Education**
MEng Computer Science, UCL, 2012

**Talks**
- "Designing out bias in identity verification", Services Week 2022.
- PyCon UK 2019: "Legacy Python 2 is a trade-off, not a crime".

**Personal**
British-Ghanaian, grew up in Hackney. PCS union rep for our digital teams since 2021. Labour Party member; I sat on my CLP's executive for two years. My husband Daniel teaches maths. I was given a conditional discharge in 2008 for a fight outside a club, and I talk about it with the young people I mentor.
""", s=[(E, "British-Ghanaian"), (TU, "PCS union rep for our digital teams since 2021"), (P, "Labour Party member; I sat on my CLP's executive for two years"), (S, "My husband Daniel"), (C, "I was given a conditional discharge in 2008 for a fight outside a club")],
keep=["Principal Engineer, GOV.UK One Login", "evaluated face-matching vendors and a biometric login SDK", "criminal-records-check integration with DBS for employers", "Introduced health checks and synthetic monitoring", "EU Settlement Scheme API", "MEng Computer Science, UCL", "Legacy Python 2 is a trade-off, not a crime"],
contact=["Kwame Asante-Boateng", "London E8", "kwame.ab@fastmail.co.uk", "07393 550 126", "github.com/kwameab"]),

dict(id="tech-en-033", text="""
ROHAN DESHPANDE
Senior iOS Engineer
Pune, Maharashtra | rohan.deshpande.ios@gmail.com | +91 98220 61457 | github.com/rohandios

PROFILE
iOS engineer with 8 years of Swift and Objective-C. Shipped apps with 10M+ installs in fintech and travel. Strong on app architecture (MVVM, TCA), performance and offline-first sync.

EXPERIENCE
PhonePe — Senior iOS Engineer (2021 – present)
 – Led the migration of the payments flow to SwiftUI; crash rate down from 0.4% to 0.08%.
 – Built the offline transaction queue with conflict resolution; fixed a race condition in Core Data background contexts.
 – Integrated Face ID through a biometric login SDK wrapper (LocalAuthentication).
MakeMyTrip — iOS Developer (2017 – 2021)
 – Hotel-booking flow; modularised the app into 14 Swift packages; build time halved.
Persistent Systems — Software Engineer (2016 – 2017)
 – Objective-C maintenance for a US healthcare client.

OPEN SOURCE
 – `SwiftRetryKit` (600 stars): retry policies with exponential backoff.
 – Contributor to Alamofire (documentation and one bug fix).

TALKS
 – iOSConf SG 2023: "Killing zombie objects: memory debugging in practice".

EDUCATION
B.E. Computer Engineering, College of Engineering Pune, 2016

SKILLS
Swift, SwiftUI, Combine, TCA, Objective-C, XCTest, Fastlane, GitHub Actions, Instruments
""", s=[],
keep=["Senior iOS Engineer", "Led the migration of the payments flow to SwiftUI", "fixed a race condition in Core Data background contexts", "Integrated Face ID through a biometric login SDK wrapper", "`SwiftRetryKit`", "Killing zombie objects: memory debugging in practice", "B.E. Computer Engineering, College of Engineering Pune"],
contact=["ROHAN DESHPANDE", "rohan.deshpande.ios@gmail.com", "+91 98220 61457", "github.com/rohandios"]),

dict(id="tech-en-034", text="""
Liam O'Sullivan · Cloud Security Engineer
Perth WA · liam.osullivan.sec@gmail.com · 0421 556 703 · linkedin.com/in/liamosec

## About
Cloud security engineer, 7 years, AWS-heavy. Born in Cork in 1989, Australian citizen since 2019. I build guardrails, not gates.

## Experience
**Woodside Energy** — Senior Cloud Security Engineer (2021–present)
- Wrote 120 AWS Config and SCP guardrails; found blind SQL injection in a vendor portal during onboarding review.
- Set up GuardDuty + Security Hub across 300 accounts; alert noise down 70%.
- Threat model for OT/IT segmentation at LNG sites.

**BHP** — Security Engineer (2017–2021)
- Browser fingerprinting and device-posture checks for the contractor VPN.
- Secrets scanning in Bitbucket pipelines.

## Certs
AWS Security Specialty, CCSP, OSCP

## Education
BSc Computer Science, University College Cork, 2011

## Off hours
- Professionals Australia member and delegate for our IT group.
- Greens member; I help with their WA volunteer-rostering app.
- My husband Matt and I surf at Trigg most weekends.
- Donor to the Raine Study; my DNA and fingerprints are stored in their research biobank.
""", s=[(D, "Born in Cork in 1989"), (E, "Australian citizen since 2019"), (TU, "Professionals Australia member and delegate for our IT group"), (P, "Greens member"), (S, "My husband Matt"), (G, "my DNA and fingerprints are stored in their research biobank")],
keep=["Senior Cloud Security Engineer", "Wrote 120 AWS Config and SCP guardrails", "found blind SQL injection in a vendor portal", "Browser fingerprinting and device-posture checks for the contractor VPN", "AWS Security Specialty, CCSP, OSCP", "BSc Computer Science, University College Cork", "Threat model for OT/IT segmentation at LNG sites"],
contact=["Liam O'Sullivan", "Perth WA", "liam.osullivan.sec@gmail.com", "0421 556 703", "linkedin.com/in/liamosec"]),

dict(id="tech-en-035", text="""
ABDULLAHI MUSA BELLO
Network & Systems Administrator
No. 7 Sultan Road, Kaduna | 0806 221 7390 | abdullahi.bello.net@gmail.com

PERSONAL PROFILE
Sex: Male | Tribe: Hausa-Fulani | Religion: Islam | Genotype: AS | Hometown: Zaria

CAREER OBJECTIVE
To keep networks boring and users happy in a growing organisation.

WORK HISTORY
MTN Nigeria, Kaduna — Network Engineer (2019–present)
- Cisco and Huawei routing for 210 base-station sites; MPLS, BGP.
- Automated config backups with Python and Netmiko.
- Designed master/replica failover for the regional RADIUS servers.
Kaduna State Government ICT — Systems Administrator (2015–2019)
- Windows Server, Active Directory, and the BVN-style biometric capture stations for civil-service payroll verification (deployment only).

EDUCATION
B.Eng. Electrical Engineering, Ahmadu Bello University, Zaria, 2014
CCNA, CCNP Enterprise, MikroTik MTCNA

MEMBERSHIPS
- Nigeria Computer Society (MNCS)
- Member, Radio, Television, Theatre and Arts Workers' Union (RATTAWU) from my early broadcasting job.
- APC youth-wing coordinator for Sabon Gari LGA, 2018–2019.

OTHER
I was jailed for three months in 2012 following a student protest; the case was struck out. Happy to explain.

REFEREES
Engr. Sani Danjuma, MTN Nigeria — 0803 555 1290
""", s=[(E, "Tribe: Hausa-Fulani"), (R, "Religion: Islam"), (G, "Genotype: AS"), (TU, "Member, Radio, Television, Theatre and Arts Workers' Union (RATTAWU)"), (P, "APC youth-wing coordinator for Sabon Gari LGA, 2018–2019"), (C, "I was jailed for three months in 2012 following a student protest")],
keep=["Network Engineer", "Cisco and Huawei routing for 210 base-station sites", "Automated config backups with Python and Netmiko", "Designed master/replica failover for the regional RADIUS servers", "biometric capture stations for civil-service payroll verification (deployment only)", "B.Eng. Electrical Engineering, Ahmadu Bello University", "CCNA, CCNP Enterprise, MikroTik MTCNA", "Nigeria Computer Society (MNCS)"],
contact=["ABDULLAHI MUSA BELLO", "No. 7 Sultan Road, Kaduna", "0806 221 7390", "abdullahi.bello.net@gmail.com", "Engr. Sani Danjuma", "0803 555 1290"]),
]
