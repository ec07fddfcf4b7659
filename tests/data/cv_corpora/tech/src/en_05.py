from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-en-036", text="""
Chloe Marsh-Adeyinka — Developer Advocate
Brighton · chloe.devrel@gmail.com · 07702 418 955 · chloemarsh.dev · github.com/chloema

> Developer Evangelist turned Developer Advocate. I write docs, demos and talks that get people from zero to "it works" in ten minutes.

Experience
----------
**Brandwatch** — Senior Developer Advocate (2022–present)
* 30+ tutorials on the social-listening API; docs traffic up 3x.
* Built sample apps in Python and TypeScript; maintain the official SDK examples.
**Twilio** — Developer Evangelist, UK (2018–2022)
* Spoke at 40 meetups and conferences; ran hackathons for 1,500 developers.
* Wrote the "Verify with a biometric login SDK" quick-start.

Talks I'm proud of
------------------
* "Your API's worst race condition is your onboarding", API Days Paris 2023.
* "Writing code after a stroke at 32" — FFConf 2021. After my stroke I relearned typing and now use voice control for half my work.

Education
---------
BSc Computer Science, University of Sussex, 2014

About me
--------
Mixed race (English mum, Yoruba dad). My wife Priya and I married in 2019 and adopted two siblings last year. I got a caution for shoplifting at 15 — it's on my enhanced DBS, so I'd rather say it here first. My dad carries sickle-cell trait and so do I; blood tests confirmed it in 2020.
""", s=[(H, "Writing code after a stroke"), (D, "at 32"), (H, "After my stroke I relearned typing and now use voice control"), (E, "Mixed race (English mum, Yoruba dad)"), (S, "My wife Priya and I married in 2019"), (F, "adopted two siblings last year"), (C, "I got a caution for shoplifting"), (D, "at 15"), (G, "My dad carries sickle-cell trait and so do I")],
keep=["Senior Developer Advocate", "30+ tutorials on the social-listening API", "Developer Evangelist, UK", "Verify with a biometric login SDK", "Your API's worst race condition is your onboarding", "BSc Computer Science, University of Sussex", "ran hackathons for 1,500 developers"],
contact=["Chloe Marsh-Adeyinka", "chloe.devrel@gmail.com", "07702 418 955", "chloemarsh.dev", "github.com/chloema"]),

dict(id="tech-en-037", text="""
MIGUEL ÁNGEL REYES
Data Platform Lead — Chicago, IL
miguel.reyes.data@gmail.com · (773) 555-0181 · github.com/mareyes-data

SUMMARY
Data platform lead, 11 years, Spark and Snowflake. Built analytics platforms for a newspaper, a hospital network and a ride-share company. Born 1982 in El Paso.

EXPERIENCE
Tribune Publishing — Data Platform Lead (2020–present)
 • Own the data platform (Snowflake, dbt, Airflow) for 20 newsrooms.
 • Built the election-night results pipeline for the AP feed; race calls published in under 30 s.
 • Steward in the Chicago News Guild (NewsGuild-CWA) unit for tech staff.
Advocate Aurora Health — Senior Data Engineer (2015–2020)
 • HL7/FHIR ingestion, patient-safe de-identification of clinical data.
Uber — Data Engineer (2012–2015)
 • Hadoop to Spark migration; surge-pricing data marts.

EDUCATION
M.S. Computer Science, University of Illinois Chicago, 2012

COMMUNITY
 • Board member of Chicago Python (ChiPy).
 • I'm a member of the Chicago DSA and ran its 2022 phone-bank tooling.
 • Out since college; I co-founded the Tribune's LGBTQ+ employee group.

PERSONAL
My twin brother and I were both diagnosed with familial hypercholesterolaemia after genetic testing in 2021. A 2004 DUI is on my record; it was my only arrest.
""", s=[(D, "Born 1982"), (TU, "Steward in the Chicago News Guild (NewsGuild-CWA) unit for tech staff"), (P, "I'm a member of the Chicago DSA"), (S, "Out since college; I co-founded the Tribune's LGBTQ+ employee group"), (G, "My twin brother and I were both diagnosed with familial hypercholesterolaemia after genetic testing in 2021"), (C, "A 2004 DUI is on my record")],
keep=["Data Platform Lead", "Own the data platform (Snowflake, dbt, Airflow) for 20 newsrooms", "election-night results pipeline for the AP feed", "HL7/FHIR ingestion, patient-safe de-identification of clinical data", "Hadoop to Spark migration", "M.S. Computer Science, University of Illinois Chicago", "Board member of Chicago Python (ChiPy)"],
contact=["MIGUEL ÁNGEL REYES", "miguel.reyes.data@gmail.com", "(773) 555-0181", "github.com/mareyes-data"]),

dict(id="tech-en-038", text="""
Farah Siddiqui
Engineering Manager, Trust & Safety — Ottawa, ON
farah.siddiqui.em@gmail.com | 613-555-0107 | linkedin.com/in/farahsiddiqui

Profile
I lead teams that keep platforms safe without treating users like suspects. 10 years in software, 4 managing. Pakistani-Canadian; my parents came from Karachi in 1995.

Experience
Shopify — Engineering Manager, Trust & Safety (2021–present)
  - Grew the team to 9; fraud losses down 28% while false positives fell.
  - Introduced browser fingerprinting and velocity rules with a privacy-by-design review.
  - Ran the ethnic-bias audit of a hiring model (client work) when our HR vendor asked for a second opinion.
Government of Canada, Shared Services — Software Developer (2014–2021)
  - Built the accessible-forms library; WCAG AA across 60 services.
  - Member of PSAC throughout, and a local steward from 2018.

Education
BASc Software Engineering, University of Ottawa, 2014

Talks
  - "Trust and safety is a product", Elevate 2023.

About me
  - Hijabi, practising Muslim, on the board of the Ottawa Muslim Women's Organization.
  - Volunteer with the federal NDP riding association in Ottawa Centre.
  - My partner Noor and I live in Centretown with two cats.
""", s=[(E, "Pakistani-Canadian; my parents came from Karachi in 1995"), (TU, "Member of PSAC throughout, and a local steward from 2018"), (R, "Hijabi, practising Muslim"), (R, "on the board of the Ottawa Muslim Women's Organization"), (P, "Volunteer with the federal NDP riding association in Ottawa Centre"), (S, "My partner Noor")],
keep=["Engineering Manager, Trust & Safety", "Introduced browser fingerprinting and velocity rules", "ethnic-bias audit of a hiring model (client work)", "Built the accessible-forms library; WCAG AA across 60 services", "BASc Software Engineering, University of Ottawa", "Trust and safety is a product"],
contact=["Farah Siddiqui", "farah.siddiqui.em@gmail.com", "613-555-0107", "linkedin.com/in/farahsiddiqui"]),

dict(id="tech-en-039", text="""
CURRICULUM VITAE
Vikram Singh Rathore
Flat 902, Kumar Paradise, Kalyani Nagar, Pune 411006 | +91 99225 30418 | vikram.rathore.pm@gmail.com

PERSONAL INFORMATION
D.O.B.: 19/05/1985 | Marital status: Married, 2 daughters | Nationality: Indian

SUMMARY
Product manager with 13 years in B2B SaaS, 6 as PM. Ex-developer (Java). I like hard trade-offs and short PRDs.

EXPERIENCE
Druva — Senior Product Manager, Backup for Microsoft 365 (2019–present)
 » Grew ARR of the M365 line from $8M to $31M.
 » Spec'd ransomware anomaly detection (entropy + genetic algorithms for feature selection).
 » Owned restore SLAs; ran the "kill -9 and restore" game days with SRE.
Persistent Systems — Technical Lead → Product Owner (2011–2019)
 » Java backends for a US health-insurance client.

EDUCATION
MBA, Symbiosis Institute of Business Management, 2011
B.E. Computer Engineering, Pune University, 2007

AFFILIATIONS
 » Member of the Karnataka State IT/ITeS Employees Union during my Bengaluru years.
 » AAP volunteer: digital-campaign lead for a Pune municipal ward in 2017.

GAP 2016–2017
Nine months off: treatment for depression after burnout, plus a court case (a 2016 Section 138 cheque-bounce conviction from a failed side business, fine paid).
""", s=[(D, "D.O.B.: 19/05/1985"), (F, "Marital status: Married, 2 daughters"), (E, "Nationality: Indian"), (TU, "Member of the Karnataka State IT/ITeS Employees Union"), (P, "AAP volunteer: digital-campaign lead for a Pune municipal ward in 2017"), (H, "treatment for depression after burnout"), (C, "a 2016 Section 138 cheque-bounce conviction")],
keep=["Senior Product Manager, Backup for Microsoft 365", "Grew ARR of the M365 line from $8M to $31M", "genetic algorithms for feature selection", "the \"kill -9 and restore\" game days with SRE", "Technical Lead → Product Owner", "MBA, Symbiosis Institute of Business Management", "B.E. Computer Engineering, Pune University"],
contact=["Vikram Singh Rathore", "Flat 902, Kumar Paradise, Kalyani Nagar, Pune 411006", "+91 99225 30418", "vikram.rathore.pm@gmail.com"]),

dict(id="tech-en-040", text="""
Grace Achieng Owino
Business Intelligence Developer · Nairobi
grace.owino.bi@gmail.com · +254 720 884 561 · github.com/gowino

I turn operational data into decisions. Five years in banking BI, Power BI and SQL Server, with a soft spot for data quality.

Experience
Equity Bank — BI Developer (2020–present)
- Built 45 Power BI reports for branch performance and agent banking.
- Data-quality rules in SQL for KYC fields; duplicate customers down 18%.
- Supported the audit of a credit-scoring model for ethnic and regional bias (regulator request).
Safaricom — Data Analyst Intern (2019)
- M-Pesa transaction dashboards; Excel to Power BI migration.

Education
BSc Statistics, University of Nairobi, 2019
Microsoft Certified: Data Analyst Associate

Volunteering
- Teaching SQL at Akirachix on weekends.
- Tallying volunteer for the Azimio la Umoja coalition during the 2022 general election.

Skills
SQL Server, Power BI, DAX, Python (pandas), SSIS, data modelling
""", s=[(P, "Tallying volunteer for the Azimio la Umoja coalition during the 2022 general election")],
keep=["BI Developer", "Built 45 Power BI reports for branch performance and agent banking", "Data-quality rules in SQL for KYC fields", "audit of a credit-scoring model for ethnic and regional bias (regulator request)", "BSc Statistics, University of Nairobi", "Microsoft Certified: Data Analyst Associate", "Teaching SQL at Akirachix on weekends"],
contact=["Grace Achieng Owino", "grace.owino.bi@gmail.com", "+254 720 884 561", "github.com/gowino"]),
]
