# forms-en-001 .. forms-en-010 (hand-written literal texts)
CVS = []

# 001 UK board profile, third person
CVS.append(dict(text="""
Board Profile — Non-Executive Director Candidate

Margaret "Meg" Thornbury FCA

Meg Thornbury is a chartered accountant with twenty-five years in financial services. She joined Nationwide Building Society in 1999 as a graduate auditor and rose to Group Financial Controller in 2012, leading the society's IFRS 9 implementation and its first climate-risk disclosure.

In 2016 she moved to Aviva as Director of Finance Transformation, where she ran a £40m ledger consolidation programme across six countries. She has chaired Aviva's audit working group on conduct risk and sat on the ICAEW Financial Services Faculty board.

Outside the boardroom, Meg is a lay reader in the Church of England at St Mary's, Swindon, and a governor of a local primary academy. She is married to Graham, a retired RAF navigator, and they have three grown-up sons. Born in 1968 and raised in Belfast, she still supports Ulster Rugby with more loyalty than logic.

Meg speaks openly about her recovery from breast cancer in 2020 and now mentors women returning to senior roles after long-term illness through the 30% Club.

Contact: meg.thornbury@btinternet.com | 07700 914 332
""",
s=[("R", "a lay reader in the Church of England"), ("F", "She is married to Graham"),
   ("F", "they have three grown-up sons"), ("A", "Born in 1968"),
   ("H", "her recovery from breast cancer in 2020")],
keep=["Nationwide Building Society", "Group Financial Controller", "IFRS 9 implementation",
      "Director of Finance Transformation", "£40m ledger consolidation programme",
      "ICAEW Financial Services Faculty board",
      "mentors women returning to senior roles after long-term illness through the 30% Club"],
contact=["Margaret \"Meg\" Thornbury", "Meg Thornbury", "meg.thornbury@btinternet.com", "07700 914 332"]))

# 002 UK academic CV, migration sociologist
CVS.append(dict(text="""
CURRICULUM VITAE
Dr Ruth Abimbola Okonjo-Lewis
School of Sociology and Social Policy, University of Leeds, LS2 9JT
r.okonjolewis@leeds.ac.uk · ORCID 0000-0002-7714-3051

Current position
Associate Professor in Migration Studies, University of Leeds (2019–)

Previous positions
Lecturer in Sociology, University of Bradford (2013–2019)
Research Fellow, COMPAS, University of Oxford (2010–2013)

Education
DPhil Sociology, University of Oxford (2010) — thesis: "Kinship, remittance and return among Nigerian nurses in Britain"
MSc Migration Studies, University of Oxford (2006)

Grants
ESRC New Investigator Grant, "Faith, welfare and the asylum dispersal system" (£298,000, 2016–2019), PI
Leverhulme Research Fellowship, "Trade union organising among migrant care workers" (2022–2023)

Selected publications
Okonjo-Lewis, R. (2021) "Churches as welfare providers for people seeking asylum", Journal of Ethnic and Migration Studies 47(9).
Okonjo-Lewis, R. and Hart, D. (2018) "Unison, Unite and the migrant care workforce", Work, Employment and Society 32(4).

Supervision
Six PhD completions, including theses on Pentecostal congregations in Leeds and on HIV stigma among West African women.

Service and citizenship
UCU branch secretary, University of Bradford (2016–2019)
Trustee, Leeds Asylum Seekers' Support Network

Career breaks
Maternity leave 2014 and 2017 (please note for REF output reduction).

Personal
I arrived in Britain in 1991, aged eleven, as the daughter of a Nigerian doctor; my research questions began there.
""",
s=[("U", "UCU branch secretary"), ("F", "Maternity leave 2014 and 2017"),
   ("A", "aged eleven"), ("E", "the daughter of a Nigerian doctor")],
keep=["Associate Professor in Migration Studies", "Kinship, remittance and return among Nigerian nurses in Britain",
      "Faith, welfare and the asylum dispersal system", "Trade union organising among migrant care workers",
      "Churches as welfare providers for people seeking asylum", "Unison, Unite and the migrant care workforce",
      "theses on Pentecostal congregations in Leeds and on HIV stigma among West African women",
      "Trustee, Leeds Asylum Seekers' Support Network"],
contact=["Dr Ruth Abimbola Okonjo-Lewis", "r.okonjolewis@leeds.ac.uk", "0000-0002-7714-3051", "Okonjo-Lewis, R."]))

# 003 Ireland CV followed by cover letter
CVS.append(dict(text="""
SEÁN MAGUIRE
14 Dún Emer Road, Dundrum, Dublin 16 · 087 442 9051 · seanmaguire.logistics@gmail.com

PROFILE
Warehouse and distribution manager, 19 years in cold-chain logistics, SafePass and IOSH Managing Safely certified.

EXPERIENCE
2015–2024  Site Manager, Musgrave Wholesale Partners, Ballymun — 140 staff, 24/7 chilled DC, shrink cut from 1.9% to 0.8%.
2009–2015  Transport Planner, Glanbia Consumer Foods, Kilkenny — route optimisation with Paragon.
2005–2009  Forklift driver then shift lead, DHL Supply Chain, Dublin Airport.

EDUCATION
Diploma in Supply Chain Management, TU Dublin (2012)

---------------------------------------------
Cover letter

Dear Ms Kavanagh,

I am applying for the Operations Manager role at Primeline Logistics. I left Musgrave in March after the Ballymun site closed, and I'd like to bring what I learned about chilled operations to your Naas hub.

I want to be straight with you about two things before interview. First, I have Type 1 diabetes, well controlled on a pump; I only ask that I can keep glucose tablets on the floor, which has never been an issue on a night shift. Second, you may see a gap in late 2008: I was convicted of a drink-driving offence and lost my licence for two years. I have not had so much as a penalty point since, and the conviction is now spent.

On a personal note, I'm a separated dad of two and share custody week on, week off, so I'd be grateful if rosters could be agreed a month out. I was a SIPTU shop steward at Musgrave for six years and I think that makes me a better manager, not a worse one.

Yours sincerely,
Seán Maguire
""",
s=[("H", "I have Type 1 diabetes"), ("C", "I was convicted of a drink-driving offence and lost my licence for two years"),
   ("C", "the conviction is now spent"),
   ("F", "I'm a separated dad of two and share custody week on, week off"),
   ("U", "I was a SIPTU shop steward at Musgrave for six years")],
keep=["Site Manager, Musgrave Wholesale Partners", "IOSH Managing Safely", "Transport Planner, Glanbia Consumer Foods",
      "route optimisation with Paragon", "Diploma in Supply Chain Management", "Operations Manager role at Primeline Logistics",
      "shrink cut from 1.9% to 0.8%"],
contact=["SEÁN MAGUIRE", "Seán Maguire", "14 Dún Emer Road, Dundrum, Dublin 16", "087 442 9051",
         "seanmaguire.logistics@gmail.com", "Ms Kavanagh"]))

# 004 UK NHS application form answers pasted
CVS.append(dict(text="""
Chloe Wiśniewska — Band 5 Staff Nurse application (ref 210-4471-CN)
chloe.wisniewska@nhs.net | 07451 220 986 | Flat 3, 27 Cranbrook Road, Bristol BS6 7BL

Employment history
Staff Nurse, Ward 24 (Acute Medicine), North Bristol NHS Trust, Sept 2021 – present
Healthcare Assistant, Bristol Royal Infirmary, 2016 – 2018

Education
BSc (Hons) Adult Nursing, UWE Bristol, 2021
NMC PIN 21E0917C

Supporting information
I want to move to respiratory because I enjoyed running the NIV competency sessions on our ward, and I am part way through the ARTP spirometry certificate.

Additional questions (copied from the form)
Do you require reasonable adjustments at interview? Yes – I am autistic and would like the questions in writing on the day.
Gaps in employment — please explain: Oct 2018 – Sept 2021 was university. Before that, a break in 2015–2016 when I cared for my mum after her diagnosis of Huntington's disease.
Unspent convictions? No.
Right to work: EU Settled Status (Polish citizen, in the UK since 2007).
Are you related to any member of staff? No.
""",
s=[("H", "I am autistic"), ("G", "my mum after her diagnosis of Huntington's disease"), ("E", "Polish citizen")],
keep=["Do you require reasonable adjustments at interview?", "Unspent convictions? No.",
      "Staff Nurse, Ward 24 (Acute Medicine), North Bristol NHS Trust", "BSc (Hons) Adult Nursing",
      "NIV competency sessions", "ARTP spirometry certificate", "Healthcare Assistant, Bristol Royal Infirmary"],
contact=["Chloe Wiśniewska", "chloe.wisniewska@nhs.net", "07451 220 986", "Flat 3, 27 Cranbrook Road, Bristol BS6 7BL",
         "21E0917C"]))

# 005 Australia recruiter shortlist with internal notes
CVS.append(dict(text="""
SHORTLIST — Finance Business Partner (Client: Origin Energy, Melbourne)
Prepared by Hudson; consultant Tash Benedetti
INTERNAL — remove notes section before sending to client

Candidate: Dimitra Kouris
M 0412 558 903 · dimitra.kouris@outlook.com.au · Brunswick VIC 3056

Summary
CPA with 14 years in energy and utilities; strong on capex governance and regulatory reset submissions to the AER.

Experience
2018–now   Senior Finance Business Partner, AusNet Services — partnered the $1.2b transmission capex portfolio; built the Power BI suite for project cost-to-complete.
2013–2018  Commercial Analyst, Jemena — AER distribution determination 2016–20.
2010–2013  Graduate Accountant, KPMG Melbourne (audit).

Qualifications
CPA Australia; BCom (Accounting/Finance), Monash University.

Candidate notes (TB, phone screen 14/3)
Age 52, divorced, two teenage boys living with her. Greek Orthodox — mentioned she won't do client dinners in the first week of Lent. Was on WorkCover in 2021 after a shoulder reconstruction, fully cleared now. Ex-husband still at AusNet so keen to move. Very solid on AER; salary expectation $165k + super. Would shortlist.
""",
s=[("A", "Age 52"), ("F", "divorced, two teenage boys living with her"), ("R", "Greek Orthodox"),
   ("H", "on WorkCover in 2021 after a shoulder reconstruction"), ("F", "Ex-husband still at AusNet")],
keep=["Senior Finance Business Partner, AusNet Services", "CPA Australia", "regulatory reset submissions to the AER",
      "Commercial Analyst, Jemena", "Power BI suite for project cost-to-complete", "Graduate Accountant, KPMG Melbourne",
      "BCom (Accounting/Finance), Monash University"],
contact=["Tash Benedetti", "Dimitra Kouris", "0412 558 903", "dimitra.kouris@outlook.com.au", "Brunswick VIC 3056"]))

# 006 US conference speaker bio
CVS.append(dict(text="""
SPEAKER BIO — DevOpsDays Austin 2024

Minh Tran Caldwell

Minh Tran Caldwell is a Staff Site Reliability Engineer at Indeed, where he leads the team that keeps job search up through Black Friday–scale traffic. Before Indeed, he spent six years at Rackspace building its Kubernetes managed service and co-authoring the incident-command playbook later open-sourced as "Calm Pager".

Minh is the son of Vietnamese boat refugees who resettled in Houston in 1980, and he often says the family laundromat taught him more about uptime than any certification. He studied computer engineering at UT Austin and holds the CKA and CKS certifications.

He has spoken at SREcon Americas, KubeCon NA and All Things Open on error budgets, toil reduction and blameless postmortems. His talk today, "Your SLOs Are Lying to You", walks through three real outages and the dashboards that hid them.

Minh lives in East Austin with his husband, Rafael, and their rescue greyhound. He is a precinct chair for the Travis County Democratic Party and volunteers as a mentor with Code2College. In 2019 he completed treatment for alcohol use disorder and has been sober since.

Links: minhcaldwell.dev · linkedin.com/in/minhtrancaldwell
""",
s=[("E", "the son of Vietnamese boat refugees"), ("O", "his husband, Rafael"),
   ("P", "a precinct chair for the Travis County Democratic Party"),
   ("H", "he completed treatment for alcohol use disorder and has been sober since")],
keep=["Staff Site Reliability Engineer at Indeed", "Kubernetes managed service", "CKA and CKS certifications",
      "Your SLOs Are Lying to You", "SREcon Americas", "mentor with Code2College",
      "error budgets, toil reduction and blameless postmortems"],
contact=["Minh Tran Caldwell", "minhcaldwell.dev", "linkedin.com/in/minhtrancaldwell"]))

# 007 US academic CV, genetic counselling, with personal statement
CVS.append(dict(text="""
CURRICULUM VITAE — Rebecca L. Feingold, PhD, CGC
Department of Human Genetics, University of Michigan Medical School, Ann Arbor, MI 48109
rfeingold@umich.edu | (734) 615-0832

APPOINTMENTS
2020–present  Assistant Professor of Human Genetics and Genetic Counseling
2016–2020     Certified Genetic Counselor, Cancer Genetics Clinic, Michigan Medicine

EDUCATION
PhD, Public Health Genetics, University of Washington, 2016
MS, Genetic Counseling, Sarah Lawrence College, 2011

FUNDING
NCI R01, "Cascade testing uptake in families with Lynch syndrome" (PI), 2021–2026
American Cancer Society RSG, "Ashkenazi Jewish founder mutations and population BRCA screening" (co-I)

SELECTED PUBLICATIONS
Feingold RL, et al. Uptake of reproductive carrier screening in Orthodox Jewish communities. Genet Med. 2022.
Feingold RL, Osei K. Religious coping after a positive BRCA result. J Genet Couns. 2019.

TEACHING AND MENTORING
Course director, GENCOUN 610: Psychosocial Genetic Counseling. Primary mentor to nine MS students.

INVITED TALKS
"Talking to families about Huntington's disease predictive testing", NSGC Annual Conference, 2023.

PERSONAL STATEMENT (faculty award nomination)
I came to this field because I tested positive for a BRCA1 founder mutation in 2004 and had a risk-reducing mastectomy two years later. My sister and I were both tested after our mother died of ovarian cancer. That experience shapes how I counsel every patient, and it is why I still answer my own clinic pager on Fridays.
""",
s=[("G", "I tested positive for a BRCA1 founder mutation"), ("H", "had a risk-reducing mastectomy two years later"),
   ("G", "My sister and I were both tested"), ("G", "our mother died of ovarian cancer")],
keep=["Assistant Professor of Human Genetics and Genetic Counseling", "Certified Genetic Counselor, Cancer Genetics Clinic",
      "Cascade testing uptake in families with Lynch syndrome",
      "Ashkenazi Jewish founder mutations and population BRCA screening",
      "Uptake of reproductive carrier screening in Orthodox Jewish communities",
      "Religious coping after a positive BRCA result", "GENCOUN 610: Psychosocial Genetic Counseling",
      "Talking to families about Huntington's disease predictive testing"],
contact=["Rebecca L. Feingold", "Feingold RL", "Osei K", "Ann Arbor, MI 48109", "rfeingold@umich.edu", "(734) 615-0832"]))

# 008 UK CV with equality monitoring answers left at the bottom
CVS.append(dict(text="""
Imran Saddique
Data Analyst | Manchester | imran.saddique.data@gmail.com | 07982 304 117 | github.com/isaddique

Profile
SQL and Python analyst with four years in retail and housing data. Comfortable owning a dashboard end to end, from messy source tables to a Power BI report the board actually reads.

Experience
Data Analyst — Places for People, Manchester (2022–present)
• Built the repairs-backlog model that cut overdue jobs by 31% in a year
• Automated the monthly tenancy sustainment report (Python, dbt, Azure SQL)
Junior Insight Analyst — Boots UK, Nottingham (2020–2022)
• Promotions uplift analysis for the Advantage Card team

Education
BSc Mathematics, University of Manchester (2:1), 2020

Skills
SQL, Python (pandas), dbt, Power BI, Azure Data Factory, basic R

--- Equality and diversity monitoring (pasted from application portal) ---
Age band: 25–29
Gender: Male
Ethnic group: Asian or Asian British – Pakistani
Religion or belief: Muslim
Sexual orientation: Prefer not to say
Do you consider yourself to have a disability? Yes – Crohn's disease
Caring responsibilities: None
""",
s=[("A", "Age band: 25–29"), ("E", "Asian or Asian British – Pakistani"), ("R", "Muslim"),
   ("H", "Yes – Crohn's disease")],
keep=["Do you consider yourself to have a disability?", "Sexual orientation: Prefer not to say",
      "Caring responsibilities: None", "Data Analyst — Places for People", "repairs-backlog model",
      "Junior Insight Analyst — Boots UK", "BSc Mathematics, University of Manchester",
      "Promotions uplift analysis for the Advantage Card team"],
contact=["Imran Saddique", "imran.saddique.data@gmail.com", "07982 304 117", "github.com/isaddique"]))

# 009 Canada CV with reference excerpts
CVS.append(dict(text="""
JOANNE BEAULIEU-McKAY, CHRP
Human Resources Director candidate — Halifax, Nova Scotia
902-555-0148 · jbmckay@eastlink.ca

Career
2017–2024  Director, People & Culture, Nova Scotia Health (Central Zone) — 4,000 employees; led the return-to-work redesign and the disability-management RFP.
2011–2017  HR Manager, Labour Relations, Irving Shipbuilding — negotiated two collective agreements with Unifor Local 1 on the management side.
2006–2011  HR Generalist, Sobeys Inc., Stellarton.

Education: BComm, Saint Mary's University; CHRP designation (2009).

What others say (excerpts from references, shared with permission)

"As her manager I saw Joanne return from cancer treatment in 2019 and, within a month, take over the nurses' scheduling dispute that nobody else wanted. She ran the table with patience and no theatrics." — Dr. Alan Petrie, VP People, Nova Scotia Health

"Joanne is the person who got our Indigenous employees' network off the ground. She's proud of her own Mi'kmaw roots and never once used them as a shortcut." — Cheryl Googoo, Indigenous Health Lead

"She ran a 2,000-person bargaining cycle while her husband was deployed with the Navy and her two kids were under five. I still don't know how." — Mark Rafuse, former Labour Relations Director, Irving Shipbuilding
""",
s=[("H", "return from cancer treatment in 2019"), ("E", "her own Mi'kmaw roots"),
   ("F", "her husband was deployed with the Navy"), ("F", "her two kids were under five")],
keep=["Director, People & Culture, Nova Scotia Health", "return-to-work redesign and the disability-management RFP",
      "negotiated two collective agreements with Unifor Local 1 on the management side",
      "HR Manager, Labour Relations, Irving Shipbuilding", "CHRP designation",
      "got our Indigenous employees' network off the ground", "HR Generalist, Sobeys Inc."],
contact=["JOANNE BEAULIEU-McKAY", "Joanne", "902-555-0148", "jbmckay@eastlink.ca", "Dr. Alan Petrie",
         "Cheryl Googoo", "Mark Rafuse"]))

# 010 India bank application with personal details block
CVS.append(dict(text="""
CURRICULUM VITAE

Name: Priyanka Raghunath Deshmukh
Post applied for: Assistant Manager – Credit Risk (Ref. CR/2024/118)
Address: B-204, Sai Darshan CHS, Kothrud, Pune 411038
Mobile: +91 98220 41736 | Email: priyanka.deshmukh.credit@rediffmail.com

Career Objective
To contribute my experience in retail credit underwriting to a growing private-sector bank.

Professional Experience
Bajaj Finance Ltd, Pune — Senior Credit Analyst (2016 – present)
- Underwrite consumer durable and two-wheeler loans, portfolio of ₹140 crore
- Built early-warning scorecard in SAS, reducing 90+ DPD by 0.6%
ICICI Bank, Nashik — Credit Processing Officer (2011 – 2016)

Education
MBA (Finance), Symbiosis Institute of Business Management, Pune – 2011
B.Com, Pune University – 2009

Personal Details (as required in application form)
Date of Birth: 14 August 1988
Marital Status: Married, one daughter
Religion: Buddhist
Category: SC (Mahar) — caste certificate enclosed
Languages: Marathi, Hindi, English
Do you suffer from any chronic illness? No
Have you ever been convicted by a court of law? No

Declaration
I hereby declare that the above information is true to the best of my knowledge.
Place: Pune        Priyanka R. Deshmukh
""",
s=[("A", "Date of Birth: 14 August 1988"), ("F", "Married, one daughter"), ("R", "Religion: Buddhist"),
   ("E", "Category: SC (Mahar)")],
keep=["Do you suffer from any chronic illness? No", "Have you ever been convicted by a court of law? No",
      "Bajaj Finance Ltd", "Senior Credit Analyst", "early-warning scorecard in SAS",
      "MBA (Finance), Symbiosis Institute of Business Management", "Credit Processing Officer",
      "Assistant Manager – Credit Risk"],
contact=["Priyanka Raghunath Deshmukh", "Priyanka R. Deshmukh", "B-204, Sai Darshan CHS, Kothrud, Pune 411038",
         "+91 98220 41736", "priyanka.deshmukh.credit@rediffmail.com"]))
