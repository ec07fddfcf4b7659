CVS = [
# 001 Polish welder, UK (Teesside)
dict(text="""
CURRICULUM VITAE

[photo]

Personal data
Name and surname: Krzysztof Wiśniewski
Date of birth: 14.06.1979
Place of living: 22 Brambles Farm Road, Middlesbrough TS3 9AA
Telephone: 07700 914 562
E-mail: k.wisniewski79@wp.pl
Marital status: married since 2005, we have two childs (Kuba and Zosia)

Professional experience

2015 – now   Welder-fitter, Wilton Engineering Services, Teesside
- welding of offshore wind monopiles, MIG/MAG and TIG methods
- reading of technical drawings, preparation of edges, grinding
- work on height with harness, confined spaces

2001 – 2014   Welder of ship hulls, Stocznia Gdańska (Gdańsk Shipyard), Poland
- welding of hull sections for container ships and trawlers
- from 2009 brigade leader for 9 welders
- I was member of Solidarność union in shipyard and delegate of my department in 2008–2013

Education
1994 – 1998   Technical School of Shipbuilding in Gdańsk – technician of welding (technik spawalnictwa)
Certificates: EN ISO 9606-1 (135, 141), CSCS card blue, IPAF 3a

Languages: Polish – mother language, English – good communicative, Russian – basic from school

Other information
Driving licence cat. B and C. Blood group: A Rh+ (I am honorary blood donor, 18 litres). Zaświadczenie o niekaralności (certificate of no criminal record) – I can show. I am Catholic and I sing in the Polish parish choir in Middlesbrough on Sundays. In free time fishing and repair of old motorbikes (WSK, Junak).

References on request.
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 14.06.1979"),
 ("family_status", "Marital status: married since 2005, we have two childs (Kuba and Zosia)"),
 ("trade_union", "I was member of Solidarność union in shipyard and delegate of my department in 2008–2013"),
 ("genetic_biometric", "Blood group: A Rh+"),
 ("criminal_record", "Zaświadczenie o niekaralności (certificate of no criminal record)"),
 ("religious_belief", "I am Catholic and I sing in the Polish parish choir in Middlesbrough on Sundays"),
],
keep=["Welder-fitter", "Wilton Engineering Services", "welding of offshore wind monopiles, MIG/MAG and TIG methods",
      "Welder of ship hulls", "Stocznia Gdańska (Gdańsk Shipyard)", "brigade leader for 9 welders",
      "Technical School of Shipbuilding in Gdańsk", "EN ISO 9606-1 (135, 141)", "IPAF 3a"],
contact=["Krzysztof Wiśniewski", "22 Brambles Farm Road, Middlesbrough TS3 9AA", "07700 914 562", "k.wisniewski79@wp.pl"],
),

# 002 Romanian care assistant, UK (Leicester)
dict(text="""
ELENA-CRISTINA DUMITRESCU
Senior Care Assistant
Flat 4, 61 Narborough Road, Leicester LE3 0LE  |  07412 338 901  |  elenacristina.dumitrescu@yahoo.ro

ABOUT ME
I am a warm and responsable person with 9 years in care of old persons, 6 of them in UK. I like to make the residents feel like at home. I am divorced and I raise alone my daughter Ioana (12 years). Because of this I prefer day shifts, but I can do some weekends. Since two years I live with my partner Mihaela, she is also carer.

WORK EXPERIENCE
03/2019 – present: Senior Care Assistant, Bupa Care Homes – Glenfield, Leicester
 • coordinate the shift of 6 carers, give medication with eMAR system
 • care plans and risk assessments on Nourish
 • member of GMB union, I was in the negotiation for the night shift payment in 2022
 • end of life care in palliative care unit together with district nurses from LOROS hospice
06/2016 – 02/2019: Care Assistant, Anchor Hanover, Wigston
 • personal care, moving and handling, feeding, dementia care
2012 – 2016: Asistent medical (Medical Assistant), Spitalul Județean de Urgență Iași

STUDIES
Școala Postliceală Sanitară Iași – Asistent medical generalist (3 years, 2012)
NVQ Level 3 Health and Social Care (2018)
Medication Awareness, Safeguarding Adults, Dementia Care Level 2

PERSONAL DATA
Born: 02.11.1985
Place of birth: Iași, Romania
Religion: Christian Orthodox
CNP: 2851102226517
Health: I have the diabetes type 2 from 2020 but it is controled with tablets, no problem for the work.

Referees: Mrs. Angela Morris, Home Manager Bupa Glenfield – angela.morris@bupa-example.co.uk
""",
sensitive=[
 ("family_status", "I am divorced and I raise alone my daughter Ioana (12 years)"),
 ("sexual_orientation", "Since two years I live with my partner Mihaela"),
 ("date_of_birth_age", "Born: 02.11.1985"),
 ("ethnic_origin", "Place of birth: Iași, Romania"),
 ("trade_union", "member of GMB union, I was in the negotiation for the night shift payment in 2022"),
 ("religious_belief", "Religion: Christian Orthodox"),
 ("health", "I have the diabetes type 2 from 2020 but it is controled with tablets"),
],
keep=["Senior Care Assistant", "Bupa Care Homes – Glenfield, Leicester", "give medication with eMAR system",
      "end of life care in palliative care unit together with district nurses from LOROS hospice",
      "Anchor Hanover, Wigston", "Asistent medical (Medical Assistant), Spitalul Județean de Urgență Iași",
      "NVQ Level 3 Health and Social Care", "Dementia Care Level 2"],
contact=["ELENA-CRISTINA DUMITRESCU", "Flat 4, 61 Narborough Road, Leicester LE3 0LE", "07412 338 901",
         "elenacristina.dumitrescu@yahoo.ro", "2851102226517", "Mrs. Angela Morris", "angela.morris@bupa-example.co.uk"],
),

# 003 Polish nurse, Ireland, oncology (hard negative)
dict(text="""
Magdalena Kowalczyk, RGN
Apartment 12, Clarion Quay, Dublin 1 · 087 412 7730 · magda.kowalczyk.rgn@gmail.com
NMBI PIN: 151832

Profile
Registered General Nurse with 11 years experience, from which 7 years in the oncology ward. I am specialised in administration of chemotherapy and care of patients with central lines. I am calm in emergency and I explain the things to patients in simple way.

Work experience
2017 – till now  Staff Nurse, St. Luke's Radiation Oncology Network / St. James's Hospital, Dublin
  – day ward oncology: chemotherapy administration (SACT competent), PICC and port care
  – mentoring of student nurses from Trinity College
  – member of the hospital falls prevention group
2013 – 2017  Nurse (pielęgniarka), Oddział Onkologii Klinicznej, Szpital Uniwersytecki w Krakowie
  – care of patients with breast cancer and lymphomas, pain management

Education
2010 – 2013  Licencjat Pielęgniarstwa (Bachelor of Nursing), Uniwersytet Jagielloński Collegium Medicum
2015  Specialisation in oncological nursing (specjalizacja w dziedzinie pielęgniarstwa onkologicznego)
2019  Certificate in Cancer Care, RCSI

Personal
I am 36 years old. I live in Dublin with my partner Agnieszka, we are together 8 years and we made civil partnership in Ireland in 2021. Because my mother died of ovarian cancer I did the BRCA1/2 genetic test in St. James's in 2020 – no mutation found. Hobbies: yoga, Irish language evening class, hiking in Wicklow.

References
Ms Orla Brennan, CNM2 Oncology Day Ward – 01 410 3000
""",
sensitive=[
 ("date_of_birth_age", "I am 36 years old"),
 ("sexual_orientation", "I live in Dublin with my partner Agnieszka, we are together 8 years and we made civil partnership in Ireland in 2021"),
 ("genetic_biometric", "Because my mother died of ovarian cancer I did the BRCA1/2 genetic test in St. James's in 2020 – no mutation found"),
],
keep=["Registered General Nurse with 11 years experience, from which 7 years in the oncology ward",
      "administration of chemotherapy and care of patients with central lines",
      "St. Luke's Radiation Oncology Network / St. James's Hospital, Dublin",
      "chemotherapy administration (SACT competent)", "Oddział Onkologii Klinicznej, Szpital Uniwersytecki w Krakowie",
      "care of patients with breast cancer and lymphomas, pain management",
      "Licencjat Pielęgniarstwa (Bachelor of Nursing), Uniwersytet Jagielloński Collegium Medicum",
      "Certificate in Cancer Care, RCSI"],
contact=["Magdalena Kowalczyk", "Apartment 12, Clarion Quay, Dublin 1", "087 412 7730", "magda.kowalczyk.rgn@gmail.com",
         "151832", "Ms Orla Brennan", "01 410 3000"],
),

# 004 Syrian pharmacist, Canada (Ontario)
dict(text="""
Mohammad Al-Hasan
Mississauga, ON L5B 3C2 | (647) 555-0193 | mohammad.alhasan.pharm@outlook.com

OBJECTIVE
To work as pharmacy assistant and in the same time to finish my licensing with OCP (Ontario College of Pharmacists). I arrived to Canada in 2016 as government assisted refugee from Syria and now I am permanent resident.

EXPERIENCE
Pharmacy Assistant — Shoppers Drug Mart, Square One, Mississauga (2018 – now)
• preparing blister packs for long term care homes (about 300 patients)
• data entry in HealthWatch, communication with insurances
• translation Arabic-English for the Arabic speaking patients

Community Pharmacist (owner) — Al-Shifa Pharmacy, Homs, Syria (2006 – 2012)
• dispensing, compounding, stock of 2,500 items, 3 employees

Pharmacist — Ibn Sina Pharmaceutical Industries, Aleppo (2004 – 2006)
• quality control of antibiotic syrups

EDUCATION
Bachelor of Pharmacy and Pharmaceutical Chemistry, Damascus University (2003)
PEBC Evaluating Exam – passed 2019; PEBC Qualifying Exam Part I – passed 2021

PERSONAL INFORMATION
Date of Birth: 1 January 1980
Marital Status: Married, 4 children
Religion: Muslim (Sunni)
I have Canadian driving licence G.

Note: in the year 2012 to 2014 I did not work because of the war; we lived in Zaatari camp in Jordan.
""",
sensitive=[
 ("ethnic_origin", "I arrived to Canada in 2016 as government assisted refugee from Syria"),
 ("date_of_birth_age", "Date of Birth: 1 January 1980"),
 ("family_status", "Marital Status: Married, 4 children"),
 ("religious_belief", "Religion: Muslim (Sunni)"),
 ("ethnic_origin", "we lived in Zaatari camp in Jordan"),
],
keep=["Pharmacy Assistant", "Shoppers Drug Mart, Square One, Mississauga", "preparing blister packs for long term care homes",
      "translation Arabic-English for the Arabic speaking patients", "Community Pharmacist (owner)",
      "Ibn Sina Pharmaceutical Industries, Aleppo", "Bachelor of Pharmacy and Pharmaceutical Chemistry, Damascus University",
      "PEBC Evaluating Exam"],
contact=["Mohammad Al-Hasan", "Mississauga, ON L5B 3C2", "(647) 555-0193", "mohammad.alhasan.pharm@outlook.com"],
),

# 005 Brazilian chef, Ireland (Galway)
dict(text="""
RAFAEL SOUZA DOS SANTOS — Chef de Partie / Sous Chef
Galway, Ireland · +353 85 227 6148 · rafa.souzachef@gmail.com · instagram.com/rafa_cozinha

Who I am
Brazilian cook, 31 years, living in Ireland since 2017 with Stamp 4 visa. I am married with my husband Lucas (we married in Dublin 2022) and we want stay in Galway for long time. Passionate for local products and for fusion between Irish and Brazilian cooking.

Experience
Sous Chef | Ard Bia at Nimmos, Galway | 2021 – present
- run the kitchen when head chef is off, 5 cooks
- menu development (seasonal, with Connemara lamb and seafood)
- HACCP records, allergen matrix, ordering with suppliers

Chef de Partie | The g Hotel & Spa, Galway | 2018 – 2021
- grill and sauce section, banquets until 400 covers

Cozinheiro (Line Cook) | Restaurante Mocotó, São Paulo | 2012 – 2017
- traditional northeast Brazilian food, 250 covers per day

Formation
Técnico em Gastronomia – SENAC São Paulo (2012)
Food Safety Level 2 (FSAI) – 2018
Wine basics WSET Level 1 – 2020

Other
In Brazil I was militant of PT (Partido dos Trabalhadores) youth in my neighbourhood, I still follow a lot the politics there. Football on Sundays, samba percussion with a group in Galway.
""",
sensitive=[
 ("date_of_birth_age", "31 years"),
 ("ethnic_origin", "living in Ireland since 2017 with Stamp 4 visa"),
 ("sexual_orientation", "I am married with my husband Lucas (we married in Dublin 2022)"),
 ("political_opinion", "In Brazil I was militant of PT (Partido dos Trabalhadores) youth in my neighbourhood"),
],
keep=["Chef de Partie / Sous Chef", "Ard Bia at Nimmos, Galway", "menu development (seasonal, with Connemara lamb and seafood)",
      "HACCP records, allergen matrix, ordering with suppliers", "The g Hotel & Spa, Galway", "Restaurante Mocotó, São Paulo",
      "Técnico em Gastronomia – SENAC São Paulo", "Wine basics WSET Level 1"],
contact=["RAFAEL SOUZA DOS SANTOS", "Galway, Ireland", "+353 85 227 6148", "rafa.souzachef@gmail.com", "instagram.com/rafa_cozinha"],
),

# 006 Indian software engineer, US (bio-data habits)
dict(text="""
RESUME

Venkata Sai Krishna Reddy Gudipati
Email: saikrishna.gudipati@gmail.com   Mobile: +1 (469) 555-0148
Address: 4102 Legacy Drive, Apt 2210, Plano, TX 75024
LinkedIn: linkedin.com/in/saikrishna-gudipati

CAREER OBJECTIVE:
To obtain a challenging position in a reputed organization where I can utilize my skills in Java and cloud technologies for the growth of organization as well as myself.

PROFESSIONAL SUMMARY:
• Having 8+ years of IT experience in design, development of enterprise applications using Java 11/17, Spring Boot, Microservices.
• Good exposure on AWS (EC2, S3, Lambda, EKS), Kafka, PostgreSQL.
• Worked in Agile Scrum methodology, participated in sprint planning and daily stand ups.

WORK EXPERIENCE:
Client: Toyota Financial Services, Plano, TX — Senior Java Developer (Apr 2021 – Till date)
Employer: Cognizant Technology Solutions
• Developed loan origination microservices handling 40K applications/day.
• Migrated batch jobs from Spring Batch to AWS Step Functions.

Infosys Limited, Hyderabad — Senior Systems Engineer (Jul 2015 – Mar 2021)
• Core banking modules for a UK bank, JUnit, Mockito, Jenkins.

EDUCATION:
B.Tech (Computer Science and Engineering), JNTU Kakinada, 2015 – 78.6%
Intermediate (MPC), Sri Chaitanya Junior College, 2011 – 94%

PERSONAL DETAILS:
Father's Name    : G. Venkateswara Reddy
Date of Birth    : 09-08-1993
Religion         : Hindu
Caste            : Reddy (OC)
Blood Group      : B+ve
Marital Status   : Married
Visa Status      : H1B (valid till 2027)

DECLARATION:
I hereby declare that the above information is true to the best of my knowledge.
(G. V. S. Krishna Reddy)
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth    : 09-08-1993"),
 ("religious_belief", "Religion         : Hindu"),
 ("ethnic_origin", "Caste            : Reddy (OC)"),
 ("genetic_biometric", "Blood Group      : B+ve"),
 ("family_status", "Marital Status   : Married"),
 ("ethnic_origin", "Visa Status      : H1B (valid till 2027)"),
],
keep=["Java 11/17, Spring Boot, Microservices", "AWS (EC2, S3, Lambda, EKS), Kafka, PostgreSQL", "Toyota Financial Services, Plano, TX",
      "Senior Java Developer", "Cognizant Technology Solutions", "Infosys Limited, Hyderabad", "Senior Systems Engineer",
      "B.Tech (Computer Science and Engineering), JNTU Kakinada"],
contact=["Venkata Sai Krishna Reddy Gudipati", "saikrishna.gudipati@gmail.com", "+1 (469) 555-0148",
         "4102 Legacy Drive, Apt 2210, Plano, TX 75024", "linkedin.com/in/saikrishna-gudipati", "G. Venkateswara Reddy",
         "G. V. S. Krishna Reddy"],
),

# 007 Vietnamese accountant, Australia (Melbourne)
dict(text="""
NGUYEN THI THU HA (Ha Nguyen)
Accounts Officer
Footscray VIC 3011 – 0431 552 870 – hanguyen.acc@gmail.com

Career summary
I have 10 years experience of accounting, 4 years in Australia. Strong in accounts payable and receivable, bank reconciliation and BAS. I am careful person and I always check two times.

Employment history
Accounts Officer – Nuyen Trading Pty Ltd (importer of Asian groceries), Sunshine VIC, 2020 – now
 + AP/AR for 600 suppliers and customers in MYOB and Xero
 + monthly BAS and payroll for 35 staffs, STP Phase 2
 + prepare documents for external auditor

Chief Accountant (Kế toán trưởng) – Công ty TNHH May Việt Tiến (garment factory), Ho Chi Minh City, 2014 – 2019
 + leaded team of 5 accountants, VAS and tax declaration
 + work with Japanese customers (Uniqlo orders)

Education
Bachelor of Accounting – University of Economics Ho Chi Minh City (UEH), 2013
CPA Australia – Associate (2022)
Certificate IV in Accounting and Bookkeeping – TAFE Victoria

Personal
Date of birth: 23/04/1990
Married with my wife Linh, we have 1 son
I am Buddhist, I volunteer at Quang Minh Temple in Braybrook for the Lunar New Year festival (do the accounts of the donations).
I am hepatitis B carrier since birth, I am checked every 6 months, it is not contagious in office work.

Referees available on request
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 23/04/1990"),
 ("sexual_orientation", "Married with my wife Linh"),
 ("family_status", "we have 1 son"),
 ("religious_belief", "I am Buddhist, I volunteer at Quang Minh Temple in Braybrook for the Lunar New Year festival"),
 ("health", "I am hepatitis B carrier since birth, I am checked every 6 months"),
],
keep=["Accounts Officer", "Nuyen Trading Pty Ltd", "AP/AR for 600 suppliers and customers in MYOB and Xero",
      "monthly BAS and payroll for 35 staffs, STP Phase 2", "Chief Accountant (Kế toán trưởng)",
      "Công ty TNHH May Việt Tiến", "Bachelor of Accounting – University of Economics Ho Chi Minh City (UEH)",
      "CPA Australia – Associate", "Certificate IV in Accounting and Bookkeeping"],
contact=["NGUYEN THI THU HA", "Ha Nguyen", "Footscray VIC 3011", "0431 552 870", "hanguyen.acc@gmail.com"],
),

# 008 Filipino caregiver, Canada (Winnipeg)
dict(text="""
MARIA LOURDES "Malou" B. DELA CRUZ
Unit 5 – 880 Ellice Avenue, Winnipeg, MB R3G 0C4
Cellphone: 204-555-0177 / Email: malou.delacruz1984@yahoo.com

POSITION DESIRED: Health Care Aide / Personal Support Worker

PERSONAL INFORMATION
Age: 40 years old
Civil Status: Single (solo parent of 2 kids)
Religion: Born Again Christian
Height: 5'1"    Weight: 52 kg
Citizenship: Filipino (Canadian PR since 2019)

WORK EXPERIENCES
Health Care Aide — Riverview Health Centre, Winnipeg (Jan 2020 – Present)
 * assist residents with ADL, feeding, toileting, lifts (Hoyer, sit-to-stand)
 * document on Point Click Care
 * I pay my dues to CUPE Local 204 and I go to the union meetings when I am not on shift
Live-in Caregiver — private family, Toronto (2015 – 2019) under the Caregiver Program
 * took care of elderly man with Parkinson's disease, medication reminder, exercises
Domestic Helper — Hong Kong (2009 – 2015)
 * household tasks and care of 2 children of employer
Nursing Aide — Our Lady of Lourdes Hospital, Manila (2005 – 2008)

EDUCATIONAL ATTAINMENT
Tertiary: Bachelor of Science in Nursing (undergraduate, 3rd year) — Far Eastern University, Manila
Secondary: Santa Rosa National High School, Laguna
Health Care Aide Certificate — Robertson College, 2019
CPR/First Aid Level C

SKILLS: patient, hardworking, God-fearing, can cook Filipino and Canadian food

Remarks: I have mild scoliosis but I am doing all transfers with no problem and I never took sick leave.

I hereby certify that the above information are true and correct.
""",
sensitive=[
 ("date_of_birth_age", "Age: 40 years old"),
 ("family_status", "Civil Status: Single (solo parent of 2 kids)"),
 ("religious_belief", "Religion: Born Again Christian"),
 ("ethnic_origin", "Citizenship: Filipino (Canadian PR since 2019)"),
 ("religious_belief", "God-fearing"),
 ("health", "I have mild scoliosis"),
 ("trade_union", "I pay my dues to CUPE Local 204 and I go to the union meetings"),
],
keep=["Health Care Aide", "Riverview Health Centre, Winnipeg", "assist residents with ADL, feeding, toileting, lifts (Hoyer, sit-to-stand)",
      "took care of elderly man with Parkinson's disease, medication reminder, exercises", "Our Lady of Lourdes Hospital, Manila",
      "Far Eastern University, Manila", "Robertson College", "CPR/First Aid Level C"],
contact=["MARIA LOURDES \"Malou\" B. DELA CRUZ", "Unit 5 – 880 Ellice Avenue, Winnipeg, MB R3G 0C4", "204-555-0177", "malou.delacruz1984@yahoo.com"],
),

# 009 Ukrainian QA engineer, UK (Edinburgh)
dict(text="""
Oleksandr (Sasha) Bondarenko
QA Automation Engineer
Edinburgh EH7 · +44 7389 402 117 · o.bondarenko.qa@proton.me · github.com/obondarenko-qa

Summary
QA engineer with 7 years in product companies from Kyiv. Automation of web and mobile tests, API testing, CI. I came to Scotland in May 2022 by Homes for Ukraine scheme, my right to work is by Ukraine Permission Extension. My fingerprints and photo were taken for the visa in the VFS centre in Warsaw.

Experience
QA Automation Engineer (contract) — Skyscanner, Edinburgh — 09/2022 – now
• Playwright + TypeScript framework for booking flows, 1,100 tests
• contract tests with Pact, run in GitHub Actions

Senior QA Engineer — MacPaw, Kyiv — 2018 – 2022
• test automation of CleanMyMac with XCUITest
• I leaded the testing guild (12 people)

QA Engineer — EPAM Systems, Kyiv — 2016 – 2018
• manual and automated testing for US fintech client, Selenium/Java

Education
Master of Computer Science — Kyiv Polytechnic Institute (KPI), 2016
ISTQB Foundation Level, ISTQB Advanced Test Automation Engineer

Additional
In 2013–2014 I was in the Maidan as volunteer in the medical tent and I support the European way of Ukraine. Because of the explosion near our house in March 2022 I have some hearing loss on left ear (I use hearing aid, no problem in meetings). My wife and daughter are still in Lviv, I visit them every 3 months.
""",
sensitive=[
 ("ethnic_origin", "I came to Scotland in May 2022 by Homes for Ukraine scheme, my right to work is by Ukraine Permission Extension"),
 ("genetic_biometric", "My fingerprints and photo were taken for the visa in the VFS centre in Warsaw"),
 ("political_opinion", "In 2013–2014 I was in the Maidan as volunteer in the medical tent and I support the European way of Ukraine"),
 ("health", "I have some hearing loss on left ear (I use hearing aid, no problem in meetings)"),
 ("family_status", "My wife and daughter are still in Lviv"),
],
keep=["QA Automation Engineer", "Skyscanner, Edinburgh", "Playwright + TypeScript framework for booking flows, 1,100 tests",
      "MacPaw, Kyiv", "EPAM Systems, Kyiv", "Master of Computer Science — Kyiv Polytechnic Institute (KPI)",
      "ISTQB Advanced Test Automation Engineer"],
contact=["Oleksandr (Sasha) Bondarenko", "Edinburgh EH7", "+44 7389 402 117", "o.bondarenko.qa@proton.me", "github.com/obondarenko-qa"],
),

# 010 Kenyan (Swahili) security supervisor, UK (London)
dict(text="""
JOSEPH KAMAU NJOROGE
Security Supervisor | SIA Door Supervisor and CCTV licence holder
Thamesmead, London SE28 · 07956 221 408 · josephkamau.security@gmail.com

PROFILE
Disciplined and reliable security supervisor with 12 years of experience in retail, corporate and event security in London and Nairobi. Good in conflict management and customer care. I am a Kikuyu from Murang'a, I came in UK 2009 and I am British citizen since 2016.

EMPLOYMENT
Security Supervisor — Mitie Security, Canary Wharf (Jan 2018 – present)
- supervise 14 officers on 24/7 rota, daily briefings
- incident reports, access control, key holding
- first aider of the site

Security Officer / Door Supervisor — G4S Secure Solutions, London (2011 – 2017)
- Westfield Stratford shopping centre, O2 Arena events

Security Guard — KK Security, Nairobi (2006 – 2009)

QUALIFICATIONS
Level 3 Award in Supervising Security Operations
SIA Door Supervisor licence, SIA CCTV licence
Emergency First Aid at Work
Certificate in Business Management — Kenya Institute of Management (2005)

DISCLOSURE
I have one conviction from 2010 for fighting outside a club (Section 4 Public Order), I received a fine. It is spent now and SIA know about it.

PERSONAL
Age 41. I had TB in 2012, it was fully treated at Whittington Hospital. I am elder in the Redeemed Gospel Church in Woolwich and I play in the church band. Married with 3 children.
""",
sensitive=[
 ("ethnic_origin", "I am a Kikuyu from Murang'a, I came in UK 2009 and I am British citizen since 2016"),
 ("criminal_record", "I have one conviction from 2010 for fighting outside a club (Section 4 Public Order), I received a fine"),
 ("date_of_birth_age", "Age 41"),
 ("health", "I had TB in 2012, it was fully treated at Whittington Hospital"),
 ("religious_belief", "I am elder in the Redeemed Gospel Church in Woolwich and I play in the church band"),
 ("family_status", "Married with 3 children"),
],
keep=["Security Supervisor", "SIA Door Supervisor and CCTV licence holder", "Mitie Security, Canary Wharf",
      "supervise 14 officers on 24/7 rota, daily briefings", "G4S Secure Solutions, London", "KK Security, Nairobi",
      "Level 3 Award in Supervising Security Operations", "Emergency First Aid at Work"],
contact=["JOSEPH KAMAU NJOROGE", "Thamesmead, London SE28", "07956 221 408", "josephkamau.security@gmail.com"],
),
]
