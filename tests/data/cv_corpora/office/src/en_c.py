CVS = [
dict(id="office-en-021", text="""
Bridget McDonagh
Office Manager
Clondalkin, Dublin 22 · 085 774 3019 · bridget.mcdonagh.office@gmail.com

Personal Profile
Office manager with twelve years keeping small and mid-size companies running: facilities, purchasing, HR admin, IT tickets and the Christmas party. I come from a Travelling family and was the first of my cousins to go to college, so I'm used to proving myself and I don't mind hard work. I have two kids in secondary school and can work flexibly around them.

Employment History

Office Manager - Brennan Kavanagh Solicitors, Dublin 2 (2018 - present)
- Run the office for 45 staff: facilities, suppliers, health and safety, reception team of three
- Manage the practice's purchase ledger and supplier contracts (EUR 600k a year)
- Coordinated the move to a new building in 2022 without a single lost day
- Organise client seminars on employment law and GDPR

Office Administrator - Clondalkin Partnership (2013 - 2018)
- Admin for community employment schemes, payroll inputs for 80 participants
- Prepared grant reports for Pobal and the Department of Social Protection

Receptionist - Hilton Dublin Kilmainham (2011 - 2013)

Education and Training
Higher Diploma in Business Management, Griffith College (part-time, 2017)
QQI Level 6 Office Administration (2012)
Safe Pass; Manual Handling Instructor

Other Information
Member of SIPTU from my Partnership days and still pay in.
Canvassed for the Social Democrats in Dublin Mid-West at the last general election.
Family history is my obsession: I took an AncestryDNA test in 2020 and have matched cousins as far as Boston and Leeds.

Referees
Ms Fionnuala Brennan, Managing Partner, Brennan Kavanagh Solicitors - 01 661 4020
""",
sensitive=[
    ("ethnic_origin", "I come from a Travelling family"),
    ("family_status", "I have two kids in secondary school"),
    ("trade_union", "Member of SIPTU from my Partnership days and still pay in."),
    ("political_opinion", "Canvassed for the Social Democrats in Dublin Mid-West at the last general election."),
    ("genetic_biometric", "I took an AncestryDNA test in 2020 and have matched cousins as far as Boston and Leeds"),
],
keep=["Office Manager - Brennan Kavanagh Solicitors, Dublin 2", "Manage the practice's purchase ledger and supplier contracts (EUR 600k a year)",
      "Coordinated the move to a new building in 2022 without a single lost day", "Office Administrator - Clondalkin Partnership",
      "Prepared grant reports for Pobal and the Department of Social Protection", "Higher Diploma in Business Management, Griffith College (part-time, 2017)",
      "QQI Level 6 Office Administration (2012)"],
contact=["Bridget McDonagh", "Clondalkin, Dublin 22", "085 774 3019", "bridget.mcdonagh.office@gmail.com", "Ms Fionnuala Brennan", "01 661 4020"],
),

dict(id="office-en-022", text="""
KEVIN R. STOLTZFUS, SHRM-CP
Naperville, IL 60540 | (630) 555-0172 | kstoltzfus.hr@gmail.com

HR GENERALIST - MANUFACTURING AND DISTRIBUTION

Professional Summary
HR generalist with eight years in unionized and non-union manufacturing environments. Employee relations, leave administration, HRIS, and a good working relationship with the shop floor.

Experience

HR Generalist - Midwest Corrugated Packaging, Aurora, IL (2022 - present)
- Supported the 2024 CBA negotiation with Teamsters Local 705 (management side) and track grievances through arbitration
- Administer union dues and initiation-fee payroll deductions for 310 bargaining-unit employees
- Run FMLA, ADA accommodation and workers' comp cases with our TPA
- Launched an EAP awareness campaign that doubled utilization

HR Coordinator - Uline, Pleasant Prairie, WI (2018 - 2020)
- Onboarded 40-60 warehouse associates per month; I-9 and E-Verify compliance

Career Note
2020 - 2021: I took 14 months out for treatment of major depression. I returned to work in 2022 with a clearer head and a lot more empathy for the employees I support.

Education
B.S. Human Resource Management, Northern Illinois University (2017)
SHRM Certified Professional (2019)

Systems
UKG Pro, ADP Workforce Now, Workday Recruiting

Community
Precinct committeeperson for the DuPage County Republican Party since 2023, and a member of the Chicagoland chapter of the Log Cabin Republicans.
""",
sensitive=[
    ("health", "I took 14 months out for treatment of major depression"),
    ("political_opinion", "Precinct committeeperson for the DuPage County Republican Party since 2023"),
    ("sexual_orientation", "a member of the Chicagoland chapter of the Log Cabin Republicans"),
],
keep=["HR GENERALIST - MANUFACTURING AND DISTRIBUTION", "HR Generalist - Midwest Corrugated Packaging, Aurora, IL",
      "Supported the 2024 CBA negotiation with Teamsters Local 705 (management side) and track grievances through arbitration",
      "Administer union dues and initiation-fee payroll deductions for 310 bargaining-unit employees",
      "Run FMLA, ADA accommodation and workers' comp cases with our TPA", "Uline", "SHRM Certified Professional (2019)", "UKG Pro"],
contact=["KEVIN R. STOLTZFUS", "Naperville, IL 60540", "(630) 555-0172", "kstoltzfus.hr@gmail.com"],
),

dict(id="office-en-023", text="""
Dale Gagnon-Laroque
Ottawa, ON  |  613-555-0158  |  dale.gagnon.laroque@gmail.com

PROCUREMENT OFFICER (PG-03)

Summary
Federal procurement officer with six years at Public Services and Procurement Canada, buying goods and professional services from $25K to $4M under the Government Contracts Regulations. Reliability status; Secret clearance in progress.

Experience
Procurement Officer - PSPC, Acquisitions Program, Gatineau (2020 - present)
- Lead competitive solicitations on CanadaBuys, including Indigenous set-asides under the PSIB
- Award and manage standing offers for office furniture and translation services
- Draft evaluation plans and debrief unsuccessful bidders

Purchasing Agent - Algonquin College, Ottawa (2017 - 2020)
- Processed 1,800 POs a year in Banner; negotiated the campus copier renewal

Education
Diploma, Business - Purchasing and Supply Management, Algonquin College (2017)
CSCMP Supply Chain Management Professional designation (SCMP), 2022

Languages
English and French (CBC / BBB second-language evaluation)

Other
I'm a Métis Nation of Ontario citizen and sit on the board of our local community council.
Union: PSAC shop steward for my unit since 2022.
Volunteered on the NDP campaign in Ottawa Centre in 2021.
Full disclosure for security screening: I was convicted of theft under $5,000 in 2010 and received a record suspension in 2019; my fingerprints from that charge were purged from the RCMP system afterwards.
""",
sensitive=[
    ("ethnic_origin", "I'm a Métis Nation of Ontario citizen"),
    ("trade_union", "Union: PSAC shop steward for my unit since 2022."),
    ("political_opinion", "Volunteered on the NDP campaign in Ottawa Centre in 2021."),
    ("criminal_record", "I was convicted of theft under $5,000 in 2010"),
    ("criminal_record", "received a record suspension in 2019"),
    ("genetic_biometric", "my fingerprints from that charge were purged from the RCMP system afterwards"),
],
keep=["PROCUREMENT OFFICER (PG-03)", "Procurement Officer - PSPC, Acquisitions Program, Gatineau",
      "Lead competitive solicitations on CanadaBuys, including Indigenous set-asides under the PSIB",
      "Award and manage standing offers for office furniture and translation services", "Algonquin College, Ottawa",
      "Diploma, Business - Purchasing and Supply Management, Algonquin College (2017)", "CSCMP Supply Chain Management Professional designation (SCMP), 2022"],
contact=["Dale Gagnon-Laroque", "Ottawa, ON", "613-555-0158", "dale.gagnon.laroque@gmail.com"],
),

dict(id="office-en-024", text="""
Mark Tsiolis CPA
Parramatta NSW  |  0405 228 619  |  marktsiolis.cpa@outlook.com

Senior Financial Accountant

About me
I'm 41, a CPA with 17 years of experience, and I've spent the last nine in the NSW public sector. I like reconciliations that balance, audit files that close early, and explaining accruals to people who would rather be doing anything else. I live in Parramatta with my partner, Dave, and our very spoilt kelpie.

Career
Senior Financial Accountant - Transport for NSW (2017 - present)
- Prepare the annual financial statements for a AUD 2.1bn grant program
- Lead the balance-sheet reconciliation project for 48 cost centres
- Liaise with the Audit Office of NSW; no management-letter findings in 2024 or 2025
- PSA workplace delegate for the finance branch (since 2019)

Accountant - Westpac Group, Sydney (2012 - 2017)
- Fixed-asset register and IFRS 16 lease accounting

Graduate Accountant - PwC Australia (2009 - 2012)

Qualifications
CPA Australia (2013)
Bachelor of Commerce (Accounting), Macquarie University (2008)

Systems
SAP S/4HANA, TechnologyOne, Power BI, Excel

Health note
Long COVID kept me on reduced hours for five months in 2022; I'm back at full capacity. I also have hereditary haemochromatosis (C282Y), which just means a regular blood donation.

Referee
Ms Leonie Cheng, Director Finance Operations, Transport for NSW - 02 8265 4400
""",
sensitive=[
    ("date_of_birth_age", "I'm 41"),
    ("sexual_orientation", "my partner, Dave"),
    ("trade_union", "PSA workplace delegate for the finance branch (since 2019)"),
    ("health", "Long COVID kept me on reduced hours for five months in 2022"),
    ("genetic_biometric", "I also have hereditary haemochromatosis (C282Y)"),
],
keep=["Senior Financial Accountant - Transport for NSW", "Prepare the annual financial statements for a AUD 2.1bn grant program",
      "Liaise with the Audit Office of NSW; no management-letter findings in 2024 or 2025", "Westpac Group",
      "Fixed-asset register and IFRS 16 lease accounting", "PwC Australia", "CPA Australia (2013)", "TechnologyOne"],
contact=["Mark Tsiolis", "Parramatta NSW", "0405 228 619", "marktsiolis.cpa@outlook.com", "Ms Leonie Cheng", "02 8265 4400"],
),

dict(id="office-en-025", text="""
PRAKASH S/O MURUGESAN
Logistics Executive - Import / Export

Address : 56 Jurong West St 42, #12-301, Singapore 640056
Mobile  : +65 9654 0183
Email   : prakash.murugesan.logs@gmail.com

Date of Birth : 02/11/1993
Race          : Indian
Religion      : Hindu
NS Status     : Completed (ORD 2014)

OBJECTIVE
Hands-on logistics executive with 7 years in freight forwarding and 3PL, seeking a senior executive role in supply chain operations.

EXPERIENCE
Logistics Executive - DB Schenker Singapore, Changi (Aug 2021 - present)
- Coordinate 120-150 sea and air shipments a month for F&B and pharma customers
- Handle customs clearance via TradeNet for halal-certified food and temperature-controlled medicines
- Resolve demurrage disputes with shipping lines; saved SGD 85k in 2024

Operations Coordinator - YCH Group (Jan 2018 - Jul 2021)
- Inventory control for a consumer-electronics client (WMS: Manhattan)

EDUCATION
Diploma in Logistics and Operations Management, Republic Polytechnic (2016)
WSQ Advanced Certificate in Supply Chain Management (2020)

LANGUAGES
English, Tamil

MEMBERSHIPS AND VOLUNTEERING
NTUC member through the Singapore Industrial and Services Employees' Union (SISEU)
Pink Dot SG volunteer marshal since 2019, with my boyfriend Wei Jie
""",
sensitive=[
    ("date_of_birth_age", "Date of Birth : 02/11/1993"),
    ("ethnic_origin", "Race          : Indian"),
    ("religious_belief", "Religion      : Hindu"),
    ("trade_union", "NTUC member through the Singapore Industrial and Services Employees' Union (SISEU)"),
    ("sexual_orientation", "Pink Dot SG volunteer marshal since 2019, with my boyfriend Wei Jie"),
],
keep=["Logistics Executive - Import / Export", "Logistics Executive - DB Schenker Singapore, Changi",
      "Handle customs clearance via TradeNet for halal-certified food and temperature-controlled medicines",
      "Resolve demurrage disputes with shipping lines; saved SGD 85k in 2024", "YCH Group",
      "Diploma in Logistics and Operations Management, Republic Polytechnic (2016)", "WSQ Advanced Certificate in Supply Chain Management (2020)"],
contact=["PRAKASH S/O MURUGESAN", "56 Jurong West St 42, #12-301, Singapore 640056", "+65 9654 0183", "prakash.murugesan.logs@gmail.com"],
),

dict(id="office-en-026", text="""
RESUME

ANGELICA MAE B. SORIANO
#14 Mabini St., Brgy. San Roque, Marikina City 1801
Mobile: 0998 562 3317 | Email: angelica.soriano.hr@gmail.com

Age: 31 | Sex: Female | Civil Status: Married | Religion: Born Again Christian

POSITION DESIRED: HR Generalist / HR and Admin Officer

WORK EXPERIENCE

HR and Admin Assistant
Jollibee Foods Corporation - Commissary, Canlubang, Laguna
March 2021 - Present
- End-to-end recruitment of 30-50 rank-and-file hires per month
- Handle SSS, PhilHealth and Pag-IBIG contributions, loans and benefit claims
- Prepare notices to explain and minutes of administrative hearings
- Process the monthly union dues deduction for the commissary's rank-and-file union with payroll

Recruitment Associate
Manpower Resources of Asia, Makati
July 2017 - February 2021
- Sourced and screened candidates for manufacturing and BPO clients

EDUCATION
Bachelor of Science in Psychology - University of the East, Manila (2017)
Registered Psychometrician (RPm), PRC - 2018

TRAININGS
Labor Code and DOLE Compliance Updates, ECOP (2023)
Basic Payroll Administration (2021)

AFFILIATIONS
Member, Philippine Society for Talent Development
Volunteer, Gabriela Women's Party - Marikina chapter

OTHER
NBI clearance: there was a "hit" from a 2019 estafa complaint by a former landlord, which was dismissed by the prosecutor. Certificate of dismissal available.

CHARACTER REFERENCE
Mr. Rodel Aquino, HR Manager, Jollibee Foods Corp. - 0917 662 0984
""",
sensitive=[
    ("date_of_birth_age", "Age: 31"),
    ("family_status", "Civil Status: Married"),
    ("religious_belief", "Religion: Born Again Christian"),
    ("political_opinion", "Volunteer, Gabriela Women's Party - Marikina chapter"),
    ("criminal_record", "there was a \"hit\" from a 2019 estafa complaint by a former landlord, which was dismissed by the prosecutor"),
],
keep=["HR Generalist / HR and Admin Officer", "Jollibee Foods Corporation", "Handle SSS, PhilHealth and Pag-IBIG contributions, loans and benefit claims",
      "Process the monthly union dues deduction for the commissary's rank-and-file union with payroll",
      "Manpower Resources of Asia", "Registered Psychometrician (RPm), PRC - 2018", "Labor Code and DOLE Compliance Updates, ECOP (2023)"],
contact=["ANGELICA MAE B. SORIANO", "#14 Mabini St., Brgy. San Roque, Marikina City 1801", "0998 562 3317", "angelica.soriano.hr@gmail.com",
         "Mr. Rodel Aquino", "0917 662 0984"],
),

dict(id="office-en-027", text="""
WANJIKU NJERI GITHINJI
Marketing and Communications Officer
Nairobi, Kenya | +254 722 918 440 | wanjiku.githinji.comms@gmail.com | linkedin.com/in/wanjikugithinji

PERSONAL DETAILS
Born 12.06.1991  ·  Married, two children  ·  Kenyan

PROFILE
Communications officer with eight years in NGOs and fast-moving consumer goods. I write, I shoot, I manage budgets, and I can brief an agency in English or Kiswahili. Strong on digital campaigns and media relations.

EXPERIENCE

Marketing and Communications Officer - Kenya Red Cross Society (2021 - present)
- Ran the 2022 drought appeal digital campaign, raising KES 48 million in public donations
- Manage media relations with Nation Media Group, Standard Group and Citizen TV
- Produced the annual report and 12 donor case studies a year

Brand Executive - Bidco Africa, Thika (2017 - 2021)
- Managed trade promotions for cooking-oil brands in 14 counties
- Coordinated the sponsorship of a gospel music festival for a soap brand

EDUCATION
BA Communication and Media, Daystar University (2016)
Chartered Institute of Marketing, Certificate in Professional Marketing (2019)

SKILLS
Adobe Premiere, Canva, Meltwater, Google Ads, Kiswahili and English copywriting

INTERESTS
Choir, photography. Youth wing member of the United Democratic Alliance (UDA) in Kiambu since 2021. Health note for employers' medical: sickle-cell trait (genotype AS).

A note on my record: I was arrested during the 2017 post-election protests in Nairobi; the charges were withdrawn in 2018.

REFEREES
Mr. Daniel Kiprop, Head of Communications, Kenya Red Cross - 0720 113 554
Ms. Faith Mutua, Marketing Manager, Bidco Africa - 0733 447 129
""",
sensitive=[
    ("date_of_birth_age", "Born 12.06.1991"),
    ("family_status", "Married, two children"),
    ("ethnic_origin", "Kenyan"),
    ("political_opinion", "Youth wing member of the United Democratic Alliance (UDA) in Kiambu since 2021"),
    ("genetic_biometric", "sickle-cell trait (genotype AS)"),
    ("criminal_record", "I was arrested during the 2017 post-election protests in Nairobi; the charges were withdrawn in 2018"),
],
keep=["Marketing and Communications Officer - Kenya Red Cross Society", "Ran the 2022 drought appeal digital campaign, raising KES 48 million in public donations",
      "Manage media relations with Nation Media Group, Standard Group and Citizen TV", "Bidco Africa",
      "Coordinated the sponsorship of a gospel music festival for a soap brand", "BA Communication and Media, Daystar University (2016)",
      "Chartered Institute of Marketing, Certificate in Professional Marketing (2019)"],
contact=["WANJIKU NJERI GITHINJI", "Nairobi, Kenya", "+254 722 918 440", "wanjiku.githinji.comms@gmail.com", "linkedin.com/in/wanjikugithinji",
         "Mr. Daniel Kiprop", "0720 113 554", "Ms. Faith Mutua", "0733 447 129"],
),

dict(id="office-en-028", text="""
Olumide (Olu) Adeyemi CeMAP
Mortgage Adviser
Leyton, London E10  -  07940 663 218  -  olu.adeyemi.mortgages@gmail.com

Personal Profile
British-Nigerian mortgage adviser with seven years in high-street banking. I explain affordability without jargon and I'm at my best with first-time buyers and self-employed clients whose income doesn't fit neatly in a box. I manage Crohn's disease with infusions every eight weeks, which I schedule around my diary.

Career History
Mortgage Adviser - Lloyds Banking Group (Halifax), Stratford branch - 2020 to date
  - Complete 20-25 mortgage applications a month; 97% file-check pass rate
  - Top branch adviser for protection referrals in 2023
  - Accord union rep for the Stratford and Ilford branches since 2022

Customer Service Adviser - Santander UK, Walthamstow - 2017 to 2020
  - Account opening, ISA transfers, fraud conversations

Qualifications
CeMAP (Certificate in Mortgage Advice and Practice), LIBF - 2020
CeRER (Equity Release), LIBF - 2024
BSc Economics, Queen Mary University of London - 2016

Regulated status
FCA-approved under Lloyds' permissions; full DBS-style disclosure: I accepted a police caution for possession of cannabis in 2012, and it is filtered from standard checks.

Interests
Five-a-side, Arsenal, and running the Friday night Yoruba-language storytelling club for kids at our local library. I live with my boyfriend, Dami, a few streets from the ground.
""",
sensitive=[
    ("ethnic_origin", "British-Nigerian"),
    ("health", "I manage Crohn's disease with infusions every eight weeks"),
    ("trade_union", "Accord union rep for the Stratford and Ilford branches since 2022"),
    ("criminal_record", "I accepted a police caution for possession of cannabis in 2012"),
    ("sexual_orientation", "I live with my boyfriend, Dami"),
],
keep=["Mortgage Adviser - Lloyds Banking Group (Halifax), Stratford branch", "Complete 20-25 mortgage applications a month; 97% file-check pass rate",
      "Santander UK", "CeMAP (Certificate in Mortgage Advice and Practice), LIBF - 2020", "CeRER (Equity Release), LIBF - 2024",
      "BSc Economics, Queen Mary University of London - 2016"],
contact=["Olumide (Olu) Adeyemi", "Leyton, London E10", "07940 663 218", "olu.adeyemi.mortgages@gmail.com"],
),

dict(id="office-en-029", text="""
BRETT KOWALCZYK
REALTOR® | Keller Williams Realty Partners
Overland Park, KS  ·  913-555-0124  ·  brett.kowalczyk@kw.com  ·  brettsellskc.com

Why me
Twelve years in residential real estate in Johnson County. $31M in closed volume last year, 78 transaction sides, and a referral rate I'm proud of. I'm a gay dad of twin girls, so I know exactly what families are looking for in a school district.

Experience
REALTOR®, Keller Williams Realty Partners - 2016 to present
  · Top 5% of the market center by volume, 2022 - 2025
  · Listed and sold the former Temple Beth Torah campus to a charter school ($4.6M)
  · Built a relocation niche with Garmin and Children's Mercy hiring managers

Sales Associate, ReeceNichols - 2013 to 2016
  · 40+ buyer-side closings; Rookie of the Year 2014

Before real estate I sold ads for The Kansas City Star.

Licenses & Designations
Kansas and Missouri Real Estate Salesperson licenses
Accredited Buyer's Representative (ABR), Seller Representative Specialist (SRS)

Personal
Sober since 2016 - I still go to a Tuesday AA meeting and sponsor two guys.
Volunteer with the Johnson County chapter of Moms Demand Action (yes, dads can join).
The possession charge from my twenties was expunged in 2019.
""",
sensitive=[
    ("sexual_orientation", "I'm a gay dad"),
    ("family_status", "twin girls"),
    ("health", "Sober since 2016 - I still go to a Tuesday AA meeting and sponsor two guys."),
    ("political_opinion", "Volunteer with the Johnson County chapter of Moms Demand Action"),
    ("criminal_record", "The possession charge from my twenties was expunged in 2019."),
],
keep=["REALTOR®, Keller Williams Realty Partners", "$31M in closed volume last year, 78 transaction sides",
      "Listed and sold the former Temple Beth Torah campus to a charter school ($4.6M)",
      "Built a relocation niche with Garmin and Children's Mercy hiring managers", "ReeceNichols",
      "Kansas and Missouri Real Estate Salesperson licenses", "Accredited Buyer's Representative (ABR), Seller Representative Specialist (SRS)"],
contact=["BRETT KOWALCZYK", "Overland Park, KS", "913-555-0124", "brett.kowalczyk@kw.com", "brettsellskc.com"],
),

dict(id="office-en-030", text="""
Niamh Gallagher MSc PMP
Project Manager - Construction Fit-Out and Workplace
Knocknacarra, Galway  |  087 210 5543  |  niamh.gallagher.pm@gmail.com

Profile
Project manager with ten years delivering office fit-outs, refurbishments and workplace moves for public and private clients across the west of Ireland. Calm on site, organised on paper and trusted with budgets up to EUR 12m.

Selected projects
- HSE West: EUR 7.8m refurbishment of three outpatient wards at University Hospital Galway, delivered live around clinics
- Fianna Fáil constituency office network: fit-out of four offices in Galway and Mayo for the party, delivered in ten weeks
- Medtronic Parkmore: 400-desk hybrid workplace redesign
- Galway Diocesan Trust: conversion of a former convent into 22 social-housing units (client-side PM)

Experience
Senior Project Manager - Duggan Brothers Contractors (2020 - present)
Project Manager - JCA Architects, Galway (2016 - 2020)
Assistant Project Manager - Sisk Group (2014 - 2016)

Education and certifications
MSc Construction Project Management, University of Galway (2014)
BSc Architectural Technology, ATU Sligo (2012)
PMP, Project Management Institute (2018)
Safe Pass, CSCS, PSCS (Project Supervisor Construction Stage)

Tools
MS Project, Asta Powerproject, Procore, Revit (reading)

Interests
Sea swimming at Blackrock all year round, sailing with Galway Bay Sailing Club and the occasional half-marathon.
""",
sensitive=[],
keep=["Project Manager - Construction Fit-Out and Workplace",
      "HSE West: EUR 7.8m refurbishment of three outpatient wards at University Hospital Galway, delivered live around clinics",
      "Fianna Fáil constituency office network: fit-out of four offices in Galway and Mayo for the party, delivered in ten weeks",
      "Galway Diocesan Trust: conversion of a former convent into 22 social-housing units (client-side PM)",
      "Senior Project Manager - Duggan Brothers Contractors", "MSc Construction Project Management, University of Galway (2014)",
      "PMP, Project Management Institute (2018)", "Procore"],
contact=["Niamh Gallagher", "Knocknacarra, Galway", "087 210 5543", "niamh.gallagher.pm@gmail.com"],
),
]
