from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-en-001", text="""
# Hi, I'm Priya Raman 👋

`backend engineer` · London, UK · github.com/priyaraman-dev · priya.raman.codes@proton.me

## About me
Backend engineer who likes boring, well-tested Go. I'm autistic and do my best work async: written specs, clear tickets, cameras optional. Born 1994 in Leicester, moved to London for uni and never left.

## What I'm working on
- **Monzo** — Senior Backend Engineer (2021–now). Payments ledger in Go, Cassandra, Kafka. Fixed a race condition in the card-authorisation path that double-counted holds once every ~40k transactions.
- **Deliveroo** — Backend Engineer (2018–2021). Rider dispatch service; wrote the runbook for when `kill -9` is the only option and how to drain a pod first.

## Tech stack
`Go` `Python` `PostgreSQL` `Kafka` `Kubernetes` `Terraform` `gRPC`

## Open source
- Maintainer of `pgtestfix`, a fixture loader for Postgres integration tests (1.2k ⭐).
- Small PRs to `sqlc` (nullable enum support).

## Community
- Lead of our LGBTQ+ ERG at Monzo since 2022 — we run the quarterly "queer in fintech" socials.
- Speaker, GopherCon UK 2023: "Idempotency keys without tears".

## Education
BSc Computer Science, University of Warwick (First, 2016)
""", s=[(H, "I'm autistic and do my best work async"), (D, "Born 1994"), (S, "Lead of our LGBTQ+ ERG at Monzo since 2022")],
keep=["Senior Backend Engineer", "Fixed a race condition in the card-authorisation path", "when `kill -9` is the only option", "Maintainer of `pgtestfix`", "GopherCon UK 2023", "BSc Computer Science, University of Warwick", "Payments ledger in Go, Cassandra, Kafka"],
contact=["Priya Raman", "github.com/priyaraman-dev", "priya.raman.codes@proton.me"]),

dict(id="tech-en-002", text="""
CIARÁN DOYLE
Site Reliability Engineer | Dublin 8, Ireland | +353 87 412 6630 | ciaran.doyle.sre@gmail.com

PROFILE
Eleven years keeping large systems up, the last six on call for customer-facing APIs. Calm in incidents, fussy about postmortems.

EXPERIENCE
Stripe, Dublin — Staff SRE (2020–present)
 • Designed master/replica failover drills for the payments database fleet; cut mean failover from 4 min to 38 s.
 • Rewrote load-balancer health checks so a slow dependency no longer pulls healthy nodes.
 • Chased zombie and orphan processes left by a legacy cron wrapper across 3,000 hosts.

Workday, Dublin — Senior Systems Engineer (2014–2020)
 • Linux fleet automation with Ansible and Puppet; parent/child process supervision with systemd.

CAREER NOTE
Between March and September 2019 I took 6 months off for chemo (Hodgkin lymphoma, now in remission). I came back to the same team on a phased return.

SKILLS
Linux internals, Prometheus, Grafana, SLOs and error budgets, Terraform, Go, Bash

EDUCATION
BSc Computer Science, Trinity College Dublin, 2013

OTHER
Member of the Financial Services Union. Father of two small girls, so I value a sane on-call rota.
""", s=[(H, "took 6 months off for chemo (Hodgkin lymphoma, now in remission)"), (TU, "Member of the Financial Services Union"), (F, "Father of two small girls")],
keep=["Staff SRE", "Designed master/replica failover drills", "Rewrote load-balancer health checks", "Chased zombie and orphan processes", "parent/child process supervision with systemd", "Senior Systems Engineer", "BSc Computer Science, Trinity College Dublin", "SLOs and error budgets"],
contact=["CIARÁN DOYLE", "Dublin 8, Ireland", "+353 87 412 6630", "ciaran.doyle.sre@gmail.com"]),

dict(id="tech-en-003", text="""
CURRICULUM VITAE — ANIRUDH VENKATESAN
Email: anirudh.v.ds@outlook.com   Mobile: +91 98451 22073
Address: 14/2, 3rd Cross, HSR Layout, Bengaluru 560102

Career Objective
To apply machine learning and statistics to problems where fairness and reliability matter.

Professional Experience
Data Scientist II, Flipkart, Bengaluru (Jun 2020 – present)
- Built demand-forecasting models (LightGBM, Prophet) for 18,000 SKUs; MAPE down 14%.
- Used genetic algorithms to tune warehouse slotting; saved 9% picker walking time.
Data Science Consultant, Fractal Analytics, Mumbai (Jul 2017 – May 2020)
- Led an ethnic-bias audit of a hiring model (client work) for a US retailer, reporting disparate impact by group.
- Churn models for a telecom client in PySpark.

Education
M.Tech (Data Science), IIT Madras, 2017 — CGPA 8.7
B.E. (Computer Science), PSG College of Technology, Coimbatore, 2015

Skills
Python, SQL, PySpark, scikit-learn, PyTorch, causal inference, A/B testing, Airflow

Personal Details
Date of Birth : 11-08-1993
Religion      : Hindu
Community     : Tamil Brahmin
Marital Status: Married

Declaration
I hereby declare that the above information is true to the best of my knowledge.
Place: Bengaluru
""", s=[(D, "Date of Birth : 11-08-1993"), (R, "Religion      : Hindu"), (E, "Community     : Tamil Brahmin"), (F, "Marital Status: Married")],
keep=["Data Scientist II, Flipkart", "Used genetic algorithms to tune warehouse slotting", "ethnic-bias audit of a hiring model (client work)", "Data Science Consultant, Fractal Analytics", "M.Tech (Data Science), IIT Madras", "causal inference, A/B testing"],
contact=["ANIRUDH VENKATESAN", "anirudh.v.ds@outlook.com", "+91 98451 22073", "14/2, 3rd Cross, HSR Layout, Bengaluru 560102"]),

dict(id="tech-en-004", text="""
Marcus Bell — Offensive Security Engineer
Austin, TX · marcus@bellsec.io · (512) 555-0187 · github.com/mbell-sec · keybase.io/mbell

Summary
Red teamer and web pentester, OSCP and OSWE. I find bugs before other people do and write reports developers actually read.

Experience
Bishop Fox — Senior Security Consultant, 2019–present
  - Led 60+ web and API assessments; signature finds include blind SQL injection in a GraphQL resolver and an SSRF into cloud metadata.
  - Built a browser fingerprinting test harness to show clients how trackers survive cookie clearing.
  - Ran phishing and physical red-team engagements for two Fortune 500 banks.
Rapid7 — Security Researcher, 2016–2019
  - Metasploit modules for IoT camera firmware; CVE-2018-1xxxx credited.

Certifications: OSCP, OSWE, GXPN

Talks
  - DEF CON 29 Red Team Village: "From Script Kiddie to Consultant"
  - BSides Austin 2022: I talked openly about my own path, including my conviction under the Computer Fraud and Abuse Act at nineteen for defacing a school district website, the probation that followed, and why second chances matter in this field.

Education
B.S. Computer Science, Texas State University, 2016

Outside work
Amateur radio (KF5XYZ), bouldering, teaching CTF basics at the local library.
""", s=[(C, "my conviction under the Computer Fraud and Abuse Act"), (D, "at nineteen"), (C, "the probation that followed")],
keep=["Senior Security Consultant", "blind SQL injection in a GraphQL resolver", "browser fingerprinting test harness", "Ran phishing and physical red-team engagements", "OSCP, OSWE, GXPN", "B.S. Computer Science, Texas State University", "From Script Kiddie to Consultant"],
contact=["Marcus Bell", "marcus@bellsec.io", "(512) 555-0187", "github.com/mbell-sec", "keybase.io/mbell", "KF5XYZ"]),

dict(id="tech-en-005", text="""
OLUWASEUN ADEYEMI
IT Support Engineer
12 Adeola Odeku Street, Victoria Island, Lagos | 0803 441 9027 | seun.adeyemi@yahoo.com

PERSONAL DATA
Sex: Male
Age: 29
State of Origin: Ogun State
Religion: Christian (RCCG)
Marital Status: Married with two children
Genotype: AS

CAREER SUMMARY
IT support professional with 7 years across banking and telecoms. Strong on Windows Server, Active Directory, Microsoft 365 and end-user support for 1,500+ staff.

WORK EXPERIENCE
Access Bank Plc — IT Support Engineer (2020 – Date)
• First- and second-line support for 42 branches; average ticket resolution under 3 hours.
• Rolled out the biometric login SDK for teller workstations (vendor integration and testing only).
• Wrote PowerShell scripts to find and kill hung parent/child processes on legacy teller apps.
MTN Nigeria — Desktop Support Technician (2017 – 2020)
• Imaging and patching 600 laptops; LAN/WAN troubleshooting.

EDUCATION
B.Sc. Computer Science, Olabisi Onabanjo University, 2016
CompTIA A+, Network+; Microsoft 365 Certified: Modern Desktop Administrator

HOBBIES
Football, gospel music, mentoring youths in church on basic computer skills.

REFEREES
Available on request.
""", s=[(D, "Age: 29"), (E, "State of Origin: Ogun State"), (R, "Religion: Christian (RCCG)"), (F, "Married with two children"), (G, "Genotype: AS"), (R, "mentoring youths in church")],
keep=["IT Support Engineer", "Access Bank Plc", "Rolled out the biometric login SDK for teller workstations", "kill hung parent/child processes on legacy teller apps", "Desktop Support Technician", "B.Sc. Computer Science, Olabisi Onabanjo University", "Microsoft 365 Certified: Modern Desktop Administrator"],
contact=["OLUWASEUN ADEYEMI", "12 Adeola Odeku Street, Victoria Island, Lagos", "0803 441 9027", "seun.adeyemi@yahoo.com"]),

dict(id="tech-en-006", text="""
Jordan Castellano
Senior Product Manager · Toronto, ON
jordan.castellano@fastmail.com · 416-555-0142 · linkedin.com/in/jcastellano-pm

I build B2B products that people don't need training to use. Eight years in PM, four in fintech.

EXPERIENCE
Wealthsimple — Senior Product Manager, Tax (2021–present)
- Owned the tax-filing flow used by 2M Canadians; lifted completion by 11 points.
- Reorganised 5 teams into the Spotify model: squads, tribes, guilds, then undid the tribes part when it added meetings.
Shopify — Product Manager, Checkout (2017–2021)
- Shipped Shop Pay Installments in Canada with a partner bank.
- Ran "party-mode stress tests" with engineering before Black Friday.

EDUCATION
BCom, Queen's University, 2015
Certified Scrum Product Owner

A FEW MORE THINGS
- I have ADHD; I'm upfront about it because my calendar system is the best in the company.
- My husband and I foster rescue greyhounds.
- In 2022 I volunteered as digital lead for an NDP candidate's municipal-adjacent campaign in Toronto–Danforth, building the canvassing app.

Languages: English, Spanish (native at home).
""", s=[(H, "I have ADHD"), (S, "My husband and I"), (P, "I volunteered as digital lead for an NDP candidate's municipal-adjacent campaign")],
keep=["Senior Product Manager, Tax", "Reorganised 5 teams into the Spotify model: squads, tribes, guilds", "Shipped Shop Pay Installments in Canada", "party-mode stress tests", "BCom, Queen's University", "Certified Scrum Product Owner"],
contact=["Jordan Castellano", "jordan.castellano@fastmail.com", "416-555-0142", "linkedin.com/in/jcastellano-pm"]),

dict(id="tech-en-007", text="""
Kirra Nolan
UX / Accessibility Designer
Fitzroy VIC 3065 · kirra.nolan.design@gmail.com · 0412 338 905 · kirranolan.design

About
I'm a proud Wiradjuri woman and a designer who thinks accessibility is the floor, not the ceiling. I'm Deaf (Auslan is my first language), so I bring lived experience to inclusive research — interpreters for interviews please, and I'm great on Slack.

Selected work
Australia Post — Senior UX Designer (2021–2024)
  ▸ Led the deaf and blind users' screen-reader audit (accessibility work) of the parcel-tracking app; 112 WCAG 2.2 issues closed.
  ▸ Redesigned the redelivery flow; call-centre contacts down 23%.
REA Group — UX Designer (2018–2021)
  ▸ Design-system components in Figma with documented focus states and contrast tokens.
  ▸ Usability testing with older renters and first-home buyers.

Side projects
  ▸ "Sign Lookup" — a Figma plugin that inserts Auslan fingerspelling frames into prototypes (900 installs).
  ▸ Mentor at Indigitek, supporting First Nations people into tech careers.

Education
Bachelor of Design (Communication), RMIT University, 2017
CPACC — IAAP Certified Professional in Accessibility Core Competencies

Tools: Figma, Maze, Dovetail, axe DevTools, VoiceOver, NVDA
""", s=[(E, "I'm a proud Wiradjuri woman"), (H, "I'm Deaf (Auslan is my first language)")],
keep=["Senior UX Designer", "deaf and blind users' screen-reader audit (accessibility work)", "Redesigned the redelivery flow", "Design-system components in Figma", "Bachelor of Design (Communication), RMIT University", "CPACC — IAAP Certified Professional in Accessibility Core Competencies", "Mentor at Indigitek, supporting First Nations people into tech careers"],
contact=["Kirra Nolan", "Fitzroy VIC 3065", "kirra.nolan.design@gmail.com", "0412 338 905", "kirranolan.design"]),

dict(id="tech-en-008", text="""
Dean Whitlock — QA / Test Engineer (junior)
Salford, Greater Manchester · 07700 914 552 · dean.whitlock.qa@gmail.com · github.com/deanwtests

Who I am
I'm 34 and new-ish to tech. I learned to code with Code 4000 while serving a sentence at HMP Humber, and I've been out and working since 2021. I'm also 6 years sober and in recovery from alcohol addiction, which taught me to be methodical and honest about mistakes.

Bootcamp
Northcoders — Software Development Bootcamp (2021). JavaScript, Node, Express, PostgreSQL, React, TDD with Jest.

Experience
The Hut Group — QA Engineer (2022–present)
 - Automated 400+ checkout regression tests with Playwright; flaky-test rate from 9% to under 1%.
 - Wrote party-mode stress tests in k6 that simulate flash-sale traffic at 20x normal load.
 - Bug bashes with product before every release; I own the release checklist.
Freelance — manual tester on Test IO (2021–2022)

Projects
 - `flakehunter`: a CLI that reruns Jest suites and ranks tests by flakiness.
 - Volunteer tester for a charity's food-bank booking app.

Certs: ISTQB Foundation Level

Happy to talk about my background openly at interview. Disclosure letter available.
""", s=[(D, "I'm 34"), (C, "while serving a sentence at HMP Humber"), (H, "6 years sober and in recovery from alcohol addiction")],
keep=["Northcoders — Software Development Bootcamp", "Automated 400+ checkout regression tests with Playwright", "party-mode stress tests in k6", "ISTQB Foundation Level", "QA Engineer", "`flakehunter`", "learned to code with Code 4000"],
contact=["Dean Whitlock", "Salford, Greater Manchester", "07700 914 552", "dean.whitlock.qa@gmail.com", "github.com/deanwtests"]),

dict(id="tech-en-009", text="""
RACHEL KIM-ABERNATHY
Chief Technology Officer
San Francisco, CA | rachel@kimabernathy.com | +1 415 555 0199 | linkedin.com/in/rkimabernathy

EXECUTIVE SUMMARY
CTO who has scaled two startups from seed to Series C. I care about hiring well, shipping often and keeping the architecture as simple as the business allows.

EXPERIENCE
Nightjar Health — CTO (2020–present)
  • Grew engineering from 6 to 85 across 3 time zones; SOC 2 Type II and HIPAA in year one.
  • Architected the event-sourced platform behind a diabetes-tracking app for a medtech client (Dexcom CGM integration).
  • Chose passkeys plus a biometric login SDK over SMS codes; account-takeover fraud fell 70%.
Plaid — Director of Engineering, Identity (2016–2020)
  • Led 4 teams; owned identity verification and browser fingerprinting risk signals.
Google — Software Engineer, Ads Quality (2011–2016)

EDUCATION
M.S. Computer Science, Stanford University, 2011
B.S. EECS, UC Berkeley, 2009

BOARD & ADVISORY
Advisor, Hack the Hood; Board member, Women Who Code SF chapter (2018–2021)

PERSONAL
After a 23andMe result flagged a BRCA2 variant in 2019, I had preventive surgery and took two months off; I now speak about genetic privacy at health-tech meetups. Divorced, co-parenting a 10-year-old.
""", s=[(G, "a 23andMe result flagged a BRCA2 variant"), (H, "I had preventive surgery and took two months off"), (F, "Divorced, co-parenting a 10-year-old")],
keep=["Nightjar Health — CTO", "diabetes-tracking app for a medtech client", "biometric login SDK", "browser fingerprinting risk signals", "Director of Engineering, Identity", "M.S. Computer Science, Stanford University", "SOC 2 Type II and HIPAA"],
contact=["RACHEL KIM-ABERNATHY", "rachel@kimabernathy.com", "+1 415 555 0199", "linkedin.com/in/rkimabernathy"]),

dict(id="tech-en-010", text="""
Brian Kiprotich Mutai
Junior Software Developer — Nairobi, Kenya
brian.mutai.dev@gmail.com | +254 722 318 640 | github.com/bkmutai

Profile
Self-taught Python and Django developer, Moringa School graduate. Born 1999 in Eldoret. Comfortable with REST APIs, Postgres and deploying to Render and AWS Lightsail.

Experience
Ushahidi — Software Developer Intern (Jan 2023 – Dec 2023)
- Helped maintain the voter-registration API for an electoral commission pilot (data validation and rate limiting).
- Wrote unit tests for the crowdsourced incident-mapping backend.
Freelance (2022 – present)
- M-Pesa Daraja integrations for 6 small shops; Django + Celery.

Hackathons
- 2nd place, Safaricom Hackathon 2022 — "ShambaLink", SMS crop prices for farmers.
- Finalist, Africa's Talking Hackathon 2023.

Education
Moringa School — Software Engineering (Full-Stack), 2022
Diploma in IT, Kenya Polytechnic, 2019

Personal
As a Seventh-day Adventist I keep the Sabbath, so I'm not available Friday sunset to Saturday sunset, but happy to cover Sunday on-call. I speak English, Kiswahili and Kalenjin.
""", s=[(D, "Born 1999"), (R, "As a Seventh-day Adventist I keep the Sabbath")],
keep=["Moringa School — Software Engineering (Full-Stack)", "voter-registration API for an electoral commission pilot", "Software Developer Intern", "M-Pesa Daraja integrations", "2nd place, Safaricom Hackathon 2022", "Diploma in IT, Kenya Polytechnic"],
contact=["Brian Kiprotich Mutai", "brian.mutai.dev@gmail.com", "+254 722 318 640", "github.com/bkmutai"]),
]
