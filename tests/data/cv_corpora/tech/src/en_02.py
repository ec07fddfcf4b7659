from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-en-011", text="""
## Rhodri Pritchard — Android & Kotlin developer
Cardiff, Wales · rhodri.pritchard@pm.me · 07811 204 366 · github.com/rhodrip

### Now
**Admiral Group** — Senior Mobile Engineer (2020–present)
- Rebuilt the claims app in Jetpack Compose; crash-free sessions 99.8%.
- Moved shared models to Kotlin Multiplatform so the iOS team stopped arguing about union types in TypeScript vs sealed classes in Kotlin.
- Unite rep for the IT and contact-centre staff at the Cardiff office since 2021 (two pay rounds, one restructure consultation).

**Go.Compare** — Mobile Developer (2016–2020)
- Quote-comparison app, Android; introduced UI tests with Espresso.

### Stack
`Kotlin` `Jetpack Compose` `Coroutines` `Room` `Firebase` `Bitrise` `Swift (enough to be dangerous)`

### Talks & community
- Droidcon London 2022 — "Migrating 200 screens to Compose without a freeze".
- Organiser, Cardiff Android meetup.

### Off the clock
I live in Pontcanna with my partner Gethin and our very loud cat. I sing bass in a Welsh-language choir and I'm a member of Plaid Cymru — I helped build the branch's canvassing spreadsheet into a tiny web app.

### Education
BSc Software Engineering, Cardiff Metropolitan University, 2016
""", s=[(TU, "Unite rep for the IT and contact-centre staff at the Cardiff office since 2021"), (S, "my partner Gethin"), (P, "I'm a member of Plaid Cymru")],
keep=["Senior Mobile Engineer", "Rebuilt the claims app in Jetpack Compose", "union types in TypeScript vs sealed classes in Kotlin", "Droidcon London 2022", "Organiser, Cardiff Android meetup", "BSc Software Engineering, Cardiff Metropolitan University", "Quote-comparison app, Android"],
contact=["Rhodri Pritchard", "rhodri.pritchard@pm.me", "07811 204 366", "github.com/rhodrip"]),

dict(id="tech-en-012", text="""
Sneha Reddy Kothapalli
Machine Learning Engineer
Hyderabad, Telangana · sneha.kothapalli@gmail.com · +91 90000 45812 · huggingface.co/snehark

SUMMARY
ML engineer (5 yrs) focused on time-series models for health devices. Type 1 diabetic since age 11 — I wear a CGM myself, which is partly why I care so much about this domain.

EXPERIENCE
Novartis Healthcare, Hyderabad — ML Engineer (2021–present)
• Built glucose-forecasting models (TCN, LightGBM) for a diabetes-tracking app for a medtech client in Europe.
• MLOps: MLflow, Kubeflow pipelines, model cards and drift monitoring.
• Prototype of genetic algorithms for hyperparameter search on edge models.

Tata Consultancy Services — Systems Engineer (2019–2021)
• Data pipelines for a pharma client in Spark and Azure Data Factory.

EDUCATION
B.Tech, Electronics & Communication, JNTU Hyderabad, 2019

PUBLICATIONS
"Short-horizon glucose forecasting with temporal convolutions", IEEE BHI 2023 (co-author).

OTHER
• I took part in the GenomeIndia pilot as a volunteer and had my whole genome sequenced in 2022.
• Married; my husband is also an engineer, so relocation needs to work for two.
• Member of the Forum for IT Employees (FITE) since 2020.
""", s=[(H, "Type 1 diabetic"), (D, "since age 11"), (H, "I wear a CGM myself"), (G, "had my whole genome sequenced in 2022"), (F, "Married; my husband is also an engineer"), (TU, "Member of the Forum for IT Employees (FITE) since 2020")],
keep=["Machine Learning Engineer", "diabetes-tracking app for a medtech client in Europe", "Prototype of genetic algorithms for hyperparameter search", "MLflow, Kubeflow pipelines, model cards and drift monitoring", "Systems Engineer", "B.Tech, Electronics & Communication, JNTU Hyderabad", "Short-horizon glucose forecasting with temporal convolutions"],
contact=["Sneha Reddy Kothapalli", "sneha.kothapalli@gmail.com", "+91 90000 45812", "huggingface.co/snehark"]),

dict(id="tech-en-013", text="""
Fiona MacLeod
Data Engineer
Edinburgh · fiona.macleod.data@gmail.com · 07922 118 407 · linkedin.com/in/fionamacleod-data

Profile
Data engineer with seven years building batch and streaming pipelines for public-sector and fintech clients. I like dbt, clear data contracts and pipelines that page nobody at 3 a.m.

Experience
Skyscanner — Senior Data Engineer (2021–present)
- Owns the pricing-events pipeline: Kafka → Flink → Iceberg on S3, 4 billion events per day.
- Introduced data contracts and schema-registry checks; broken dashboards down by 60%.
- Cost work: moved cold partitions to Glacier tiers, saving £210k a year.

Scottish Government (Digital Directorate) — Data Engineer (2017–2021)
- Built the pipeline behind the Scottish Index of Multiple Deprivation refresh.
- Airflow on Kubernetes; pandas → PySpark migration.

Skills
SQL (a lot), Python, dbt, Airflow, Flink, Kafka, Snowflake, BigQuery, Terraform, data modelling (Kimball and Data Vault)

Education
MSc Data Science, University of Edinburgh, 2017
MA Economics, University of Glasgow, 2016

Community
PyData Edinburgh co-organiser; talk at Big Data LDN 2023, "Data contracts that engineers don't hate".

Interests
Hill walking (47 Munros and counting), sea swimming, baking sourdough badly.
""", s=[],
keep=["Senior Data Engineer", "Kafka → Flink → Iceberg on S3", "Introduced data contracts and schema-registry checks", "Scottish Index of Multiple Deprivation refresh", "MSc Data Science, University of Edinburgh", "PyData Edinburgh co-organiser", "Data contracts that engineers don't hate"],
contact=["Fiona MacLeod", "fiona.macleod.data@gmail.com", "07922 118 407", "linkedin.com/in/fionamacleod-data"]),

dict(id="tech-en-014", text="""
Tyler Brandt
DevOps Engineer — Calgary, AB
tbrandt.ops@gmail.com | 403-555-0116 | gitlab.com/tbrandt

Summary: Platform and DevOps engineer, 9 years. Kubernetes, GitLab CI, Terraform, a lot of Bash. Single dad to a 7-year-old, so I appreciate teams that plan on-call fairly.

Experience
ATB Financial — Senior DevOps Engineer (2019–now)
* Migrated 140 services to EKS with Argo CD.
* Wrote a reaper for zombie and orphan processes in CI runners that were eating build-agent memory.
* Added readiness and liveness health checks to every Helm chart template.

Benevity — Systems Administrator (2015–2019)
* On-prem VMware and Ansible; built the first CI pipelines.

Certifications
CKA, CKAD, AWS Solutions Architect – Associate, HashiCorp Terraform Associate

Education
Diploma, Information Systems Security, SAIT, 2015

Background check note
You'll see an impaired-driving conviction from 2014 if you run a full check. A record suspension was granted by the Parole Board of Canada in 2022. I've held a clean licence since.

Interests
Ice hockey (beer league goalie), homelab with Proxmox, Rocky Mountain hiking.
""", s=[(F, "Single dad to a 7-year-old"), (C, "an impaired-driving conviction from 2014"), (C, "A record suspension was granted by the Parole Board of Canada in 2022")],
keep=["Senior DevOps Engineer", "Migrated 140 services to EKS with Argo CD", "reaper for zombie and orphan processes in CI runners", "readiness and liveness health checks", "CKA, CKAD, AWS Solutions Architect – Associate", "Diploma, Information Systems Security, SAIT"],
contact=["Tyler Brandt", "tbrandt.ops@gmail.com", "403-555-0116", "gitlab.com/tbrandt"]),

dict(id="tech-en-015", text="""
Yusuf Haddad
Frontend Engineer · React & TypeScript
Parramatta NSW · yusuf.haddad.fe@gmail.com · 0433 902 615 · github.com/yhaddad

ABOUT
Lebanese-Australian frontend engineer, 6 years in. I like design systems, fast pages and settling religious debates about tabs vs spaces with a Prettier config.

EXPERIENCE
Canva — Frontend Engineer (2021–present)
— Rendering performance for the editor canvas; cut first interaction by 35% on low-end Chromebooks.
— Typed the legacy state layer with discriminated union types in TypeScript.
Atlassian — Graduate → Software Engineer (2018–2021)
— Jira issue view, accessibility fixes, Storybook adoption.

PROJECTS
— `halal-eats-syd` — Next.js map of halal restaurants in Western Sydney (side project, 3k monthly users).
— `tiny-tokens`: design-token compiler for CSS variables.

COMMUNITY
— Co-organiser of SydJS and of my mosque's youth coding club in Lakemba, teaching Scratch and Python to teenagers on Saturday mornings.
— Hackathon: GovHack 2022 winner (NSW open-data category).

EDUCATION
Bachelor of Computer Science, Western Sydney University, 2018

LANGUAGES
English, Arabic
""", s=[(E, "Lebanese-Australian"), (R, "my mosque's youth coding club in Lakemba")],
keep=["Frontend Engineer", "settling religious debates about tabs vs spaces with a Prettier config", "discriminated union types in TypeScript", "Jira issue view, accessibility fixes, Storybook adoption", "Co-organiser of SydJS", "GovHack 2022 winner", "Bachelor of Computer Science, Western Sydney University"],
contact=["Yusuf Haddad", "Parramatta NSW", "yusuf.haddad.fe@gmail.com", "0433 902 615", "github.com/yhaddad"]),

dict(id="tech-en-016", text="""
ADAEZE NWACHUKWU
Cybersecurity Analyst (SOC)
Plot 88, Gwarinpa Estate, Abuja · +234 809 551 2044 · adaeze.nwachukwu@gmail.com

PERSONAL INFORMATION
Date of Birth: 14th June 1992 | State of Origin: Anambra | Sex: Female | Marital Status: Single

PROFILE
SOC analyst with 6 years in banking and government. Splunk, Microsoft Sentinel and CrowdStrike. I enjoy threat hunting more than writing reports, but I do both.

EXPERIENCE
Galaxy Backbone Ltd — Senior SOC Analyst (2021–present)
• Tier-2 triage for 40 federal agencies; wrote 70 Sentinel detection rules.
• Incident lead on a ransomware case traced to an unpatched VPN appliance.
• Supported security testing of the voter-registration API for an electoral commission (third-party assessment).
Zenith Bank — IT Security Officer (2018–2021)
• Vulnerability management; pentest coordination; ISO 27001 audit support.

CERTIFICATIONS
CompTIA Security+, CySA+, Microsoft SC-200

EDUCATION
B.Eng. Computer Engineering, Nnamdi Azikiwe University, Awka, 2016

MEMBERSHIPS
Cyber Security Experts Association of Nigeria (CSEAN); Labour Party (Nigeria) — ward-level volunteer during the 2023 elections.

INTERESTS
Catholic youth choir, CTFs, Nollywood.
""", s=[(D, "Date of Birth: 14th June 1992"), (E, "State of Origin: Anambra"), (F, "Marital Status: Single"), (P, "Labour Party (Nigeria) — ward-level volunteer during the 2023 elections"), (R, "Catholic youth choir")],
keep=["Senior SOC Analyst", "wrote 70 Sentinel detection rules", "voter-registration API for an electoral commission (third-party assessment)", "IT Security Officer", "CompTIA Security+, CySA+, Microsoft SC-200", "B.Eng. Computer Engineering, Nnamdi Azikiwe University", "Cyber Security Experts Association of Nigeria (CSEAN)"],
contact=["ADAEZE NWACHUKWU", "Plot 88, Gwarinpa Estate, Abuja", "+234 809 551 2044", "adaeze.nwachukwu@gmail.com"]),

dict(id="tech-en-017", text="""
Hannah Goldberg
Staff Software Engineer, Payments Infrastructure
Brooklyn, NY · hannah.goldberg.eng@gmail.com · (718) 555-0163 · github.com/hgoldberg

What I do
I build payment systems that don't lose money when networks misbehave. 12 years, mostly Java and Go, lately Rust.

Experience
Etsy — Staff Software Engineer (2019–present)
  · Designed the exactly-once payout ledger; fixed a race condition between refunds and disputes that had leaked $40k a month.
  · Led master/replica failover drills for the MySQL payment shards.
  · Member of the Etsy Workers' union organising committee since 2022.
Squarespace — Senior Engineer (2014–2019)
  · Subscription billing; migration from a monolith to services.
Bloomberg — Software Engineer (2011–2014)

Education
B.A. Computer Science, Columbia University, 2011

Community
  · Speaker, Strange Loop 2022: "Idempotency is a product feature".
  · Mentor at Recurse Center.

Scheduling
I'm an observant Jew; I don't work from Friday sundown to Saturday night or on the major holidays, and I plan on-call swaps around that well in advance.

Family
Partner Miriam and I are expecting our first child in May, so I'd take parental leave this summer.
""", s=[(TU, "Member of the Etsy Workers' union organising committee since 2022"), (R, "I'm an observant Jew"), (S, "Partner Miriam"), (F, "expecting our first child in May")],
keep=["Staff Software Engineer", "Designed the exactly-once payout ledger", "fixed a race condition between refunds and disputes", "Led master/replica failover drills for the MySQL payment shards", "B.A. Computer Science, Columbia University", "Idempotency is a product feature", "Mentor at Recurse Center"],
contact=["Hannah Goldberg", "hannah.goldberg.eng@gmail.com", "(718) 555-0163", "github.com/hgoldberg"]),

dict(id="tech-en-018", text="""
Conor Fitzgerald — IT Support Analyst
Cork, Ireland
conor.fitz.it@gmail.com / 086 773 1905

ABOUT ME
I'm 52 and I came into IT late, after twenty years as a mechanic. I got through a Springboard+ course in 2019 and haven't looked back. I'm a wheelchair user since a road accident in 2017; my current office is fully accessible and I'd need the same.

WORK
Apple, Holly Hill campus — AppleCare Technical Advisor (2020–present)
 - Mac and iOS troubleshooting for business customers; 94% CSAT.
 - Trained new starters on log collection and safe-mode diagnostics.
Cork Institute of Technology — IT Helpdesk (placement, 2019–2020)
 - Imaging lab PCs, printer queues, Active Directory password resets.

QUALIFICATIONS
Higher Diploma in Computing (Springboard+), MTU, 2020
CompTIA A+, ITIL 4 Foundation

SKILLS
Windows 10/11, macOS, Jamf, Intune, ServiceNow, basic PowerShell, patience

OUTSIDE WORK
Wheelchair rugby with Cork Wheelchair Sports. Twice-weekly. Also GAA on the telly.
Separated, with three grown-up kids.
""", s=[(D, "I'm 52"), (H, "I'm a wheelchair user since a road accident in 2017"), (H, "Wheelchair rugby with Cork Wheelchair Sports"), (F, "Separated, with three grown-up kids")],
keep=["AppleCare Technical Advisor", "Mac and iOS troubleshooting for business customers", "IT Helpdesk", "Higher Diploma in Computing (Springboard+), MTU", "CompTIA A+, ITIL 4 Foundation", "Windows 10/11, macOS, Jamf, Intune, ServiceNow"],
contact=["Conor Fitzgerald", "Cork, Ireland", "conor.fitz.it@gmail.com", "086 773 1905"]),

dict(id="tech-en-019", text="""
Wanjiru Kamau | Product Designer
Westlands, Nairobi · wanjiru.kamau.design@gmail.com · +254 711 604 223 · dribbble.com/wkamau

Product designer for mobile money and agritech, 5 years. Research-led, Figma-native, comfortable with low-bandwidth and USSD constraints.

Experience
M-KOPA — Senior Product Designer (2022–present)
 • Redesigned the pay-as-you-go phone financing flow; defaults down 8%.
 • Field research with customers in Kisumu, Mombasa and Kampala.
Twiga Foods — Product Designer (2019–2022)
 • Vendor ordering app; design system from scratch.

Education
BSc Computer Science, Strathmore University, 2018
Google UX Design Certificate

Talks
 • Design Week Nairobi 2023: "Designing for a 2G afternoon".
 • Women in Tech Africa panel, 2022: I spoke about my own postpartum depression after my daughter was born and how I planned my return to work.

Personal
Kikuyu, married, one child. Volunteer with Akirachix teaching Figma to young women.
""", s=[(H, "my own postpartum depression"), (F, "after my daughter was born"), (E, "Kikuyu"), (F, "married, one child")],
keep=["Senior Product Designer", "Redesigned the pay-as-you-go phone financing flow", "Vendor ordering app; design system from scratch", "BSc Computer Science, Strathmore University", "Google UX Design Certificate", "Designing for a 2G afternoon", "Volunteer with Akirachix teaching Figma to young women"],
contact=["Wanjiru Kamau", "Westlands, Nairobi", "wanjiru.kamau.design@gmail.com", "+254 711 604 223", "dribbble.com/wkamau"]),

dict(id="tech-en-020", text="""
Arjun Malhotra
Security Engineer — Identity & Biometrics
Toronto, ON · arjun.malhotra@hey.com · 647-555-0175 · github.com/arjunm-sec

Summary
Application security engineer specialising in authentication. I've shipped passkeys, WebAuthn and a biometric login SDK used by 4 million people.

Experience
RBC — Senior Security Engineer, Digital Identity (2020–present)
  - Threat-modelled the face-match onboarding flow; liveness bypass rate under 0.1%.
  - Pen-tested our own biometric login SDK; found a replay weakness before launch.
  - Ran browser fingerprinting experiments for fraud scoring, with a privacy review.
Nuance Communications — Software Engineer, Voice Biometrics (2016–2020)
  - Speaker-verification APIs in C++ and Java.
  - I enrolled my own voice as a test speaker and my voiceprint is still in the vendor's QA corpus.

Education
MEng Electrical & Computer Engineering, University of Toronto, 2016

Certs: OSCP, CISSP

About me
Sikh; I wear a turban and keep a beard, which has made me the unofficial QA tester for every face-recognition model I've worked near. Indian citizen, permanent resident of Canada since 2018. I run our office's blood-donor drive.
""", s=[(G, "I enrolled my own voice as a test speaker and my voiceprint is still in the vendor's QA corpus"), (R, "Sikh; I wear a turban and keep a beard"), (E, "Indian citizen, permanent resident of Canada since 2018")],
keep=["Senior Security Engineer, Digital Identity", "Threat-modelled the face-match onboarding flow", "Pen-tested our own biometric login SDK", "Ran browser fingerprinting experiments for fraud scoring", "Software Engineer, Voice Biometrics", "MEng Electrical & Computer Engineering, University of Toronto", "OSCP, CISSP"],
contact=["Arjun Malhotra", "arjun.malhotra@hey.com", "647-555-0175", "github.com/arjunm-sec"]),
]
