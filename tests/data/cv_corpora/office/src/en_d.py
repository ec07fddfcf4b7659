CVS = [
dict(id="office-en-031", text="""
RANIA HADDAD
Life Insurance Underwriter  ·  Sydney (Inner West)  ·  0421 337 890  ·  rania.haddad.uw@gmail.com

PROFILE
Underwriter with ten years in retail and group life insurance. I read medical evidence quickly, write clear reasons, and get on with advisers. Lebanese-Australian, raised in Punchbowl, fluent in Arabic - useful when the applicant's GP notes come back from Beirut.

WHY I UNDERSTAND MEDICAL UNDERWRITING
I tested positive for a BRCA2 mutation in 2019 after my aunt's diagnosis, and chose a preventive double mastectomy in 2020. Going through the insurance side of that as a customer made me a better underwriter.

EXPERIENCE
Senior Underwriter - TAL Life, Sydney (2019 - present)
- Underwrote income-protection and TPD applications with psychiatric, cancer and musculoskeletal histories
- Authority limit AUD 5m death cover; 99% quality-assurance score
- Trained adviser partners on the Life Insurance Code of Practice

Underwriter - AIA Australia (2016 - 2019)
- Retail risk underwriting; tele-interview program pilot

Claims Assessor - NIB Health Funds, Newcastle (2015 - 2016)

QUALIFICATIONS
Diploma of Life Insurance Underwriting (ANZIIF), 2017
Bachelor of Business (Finance), Western Sydney University, 2014

MEMBERSHIPS
ANZIIF Senior Associate
Finance Sector Union member since 2016

PERSONAL
Married to my wife Nadia since 2021. We still do Sunday lunch with my parents after Mass at Our Lady of Lebanon, Harris Park.
""",
sensitive=[
    ("ethnic_origin", "Lebanese-Australian, raised in Punchbowl"),
    ("genetic_biometric", "I tested positive for a BRCA2 mutation in 2019 after my aunt's diagnosis"),
    ("health", "chose a preventive double mastectomy in 2020"),
    ("trade_union", "Finance Sector Union member since 2016"),
    ("sexual_orientation", "Married to my wife Nadia since 2021."),
    ("religious_belief", "after Mass at Our Lady of Lebanon, Harris Park"),
],
keep=["Life Insurance Underwriter", "Senior Underwriter - TAL Life, Sydney",
      "Underwrote income-protection and TPD applications with psychiatric, cancer and musculoskeletal histories",
      "Trained adviser partners on the Life Insurance Code of Practice", "AIA Australia", "NIB Health Funds",
      "Diploma of Life Insurance Underwriting (ANZIIF), 2017", "ANZIIF Senior Associate"],
contact=["RANIA HADDAD", "Sydney (Inner West)", "0421 337 890", "rania.haddad.uw@gmail.com"],
),

dict(id="office-en-032", text="""
MARILOU SANTOS-REYES
Winnipeg, MB  R2W 3K7
204-555-0116  |  marilou.santosreyes@gmail.com

ADMINISTRATIVE ASSISTANT
Functional résumé

SUMMARY
Reliable, warm and extremely organised administrative assistant. Born in Manila, I came to Canada in 2015 as a live-in caregiver and have built an office career from there, one course at a time. Canadian citizen since 2021. Single mother of a 7-year-old, with reliable childcare.

RELEVANT SKILLS

Office administration
- Managed scheduling for 6 physicians and 3 nurse practitioners at a family clinic
- Handled Accuro EMR bookings, Manitoba Health billing codes and patient recalls
- Ordered and tracked office and medical supplies within budget

Communication and customer service
- Front desk for 120+ patients a day in English, Tagalog and basic French
- Drafted letters, referral forms and meeting minutes

Technology
- Microsoft 365, Outlook calendars, Excel tracking sheets, Zoom and Teams
- Typing speed 60 wpm; Sage 50 data entry

EMPLOYMENT
Medical Office Assistant - Keewatin Family Medical Clinic, Winnipeg (2019 - present)
Receptionist (part-time) - Shoppers Drug Mart, McPhillips St. (2017 - 2019)
Caregiver - private family, Tuxedo, Winnipeg (2015 - 2017)

EDUCATION
Medical Office Assistant Diploma - Robertson College, Winnipeg (2019)
BS Office Administration - Polytechnic University of the Philippines (2010)

NOTE
My biometrics (fingerprints and photo) have been on file with IRCC since 2015, in case that speeds up any screening.
""",
sensitive=[
    ("ethnic_origin", "Born in Manila, I came to Canada in 2015 as a live-in caregiver"),
    ("ethnic_origin", "Canadian citizen since 2021."),
    ("family_status", "Single mother of a 7-year-old, with reliable childcare."),
    ("genetic_biometric", "My biometrics (fingerprints and photo) have been on file with IRCC since 2015"),
],
keep=["ADMINISTRATIVE ASSISTANT", "Managed scheduling for 6 physicians and 3 nurse practitioners at a family clinic",
      "Handled Accuro EMR bookings, Manitoba Health billing codes and patient recalls",
      "Medical Office Assistant - Keewatin Family Medical Clinic, Winnipeg", "Shoppers Drug Mart",
      "Medical Office Assistant Diploma - Robertson College, Winnipeg (2019)", "Sage 50"],
contact=["MARILOU SANTOS-REYES", "Winnipeg, MB  R2W 3K7", "204-555-0116", "marilou.santosreyes@gmail.com"],
),

dict(id="office-en-033", text="""
LEE KAH MENG, CA (Singapore)
Senior Accountant
Email: kahmeng.lee.ca@gmail.com   HP: 9832 1045   Serangoon North, Singapore

Personal: Married, 1 child. Singapore Citizen. Ready to start with 1 month notice.

SUMMARY
Chartered accountant with 9 years in audit and in-house reporting for property and logistics groups. SFRS(I) reporting, group consolidation and tax computations for IRAS.

EMPLOYMENT

CapitaLand Investment - Senior Accountant, Group Reporting (Jun 2021 - present)
- Consolidate 40+ subsidiaries across Singapore, Malaysia and Vietnam
- Prepare SFRS(I) 16 lease schedules and fair-value notes for the annual report
- Coordinated the Workday Financials go-live for the GL module

KPMG Singapore - Audit Senior (Jan 2016 - May 2021)
- Audit of listed REITs and a statutory board

CAREER BREAK
Feb - Jun 2020: hospitalised for a slipped disc (L4/L5) and four months of physiotherapy. Fully recovered; I now use a standing desk.

EDUCATION AND QUALIFICATIONS
Chartered Accountant of Singapore, ISCA (2019)
Bachelor of Accountancy, Nanyang Technological University (2015)

OTHER
NTUC member. Volunteer with the Workers' Party's Serangoon constituency team on weekends (house visits and Meet-the-People sessions).
Health screening: I carry the LDLR variant for familial hypercholesterolaemia (tested 2022, like my father).
""",
sensitive=[
    ("family_status", "Married, 1 child."),
    ("ethnic_origin", "Singapore Citizen."),
    ("health", "hospitalised for a slipped disc (L4/L5) and four months of physiotherapy"),
    ("trade_union", "NTUC member."),
    ("political_opinion", "Volunteer with the Workers' Party's Serangoon constituency team on weekends (house visits and Meet-the-People sessions)."),
    ("genetic_biometric", "I carry the LDLR variant for familial hypercholesterolaemia (tested 2022, like my father)"),
],
keep=["Senior Accountant", "CapitaLand Investment - Senior Accountant, Group Reporting", "Consolidate 40+ subsidiaries across Singapore, Malaysia and Vietnam",
      "Coordinated the Workday Financials go-live for the GL module", "KPMG Singapore - Audit Senior",
      "Chartered Accountant of Singapore, ISCA (2019)", "Bachelor of Accountancy, Nanyang Technological University (2015)"],
contact=["LEE KAH MENG", "kahmeng.lee.ca@gmail.com", "9832 1045", "Serangoon North, Singapore"],
),

dict(id="office-en-034", text="""
CURRICULUM VITAE

Personal Information
Name: Brian Ssemakula
Date of birth: 17/01/1986
Nationality: Ugandan (Kenya Class D work permit, renewed to 2027)
Address: Syokimau, Machakos County
Tel: +254 745 220 913
Email: brian.ssemakula@gmail.com

Professional Summary
Logistics officer with 13 years of road-freight and warehousing experience on the Northern Corridor (Mombasa - Nairobi - Kampala - Kigali). Strong knowledge of EAC customs procedures, the Single Customs Territory and transit bonds.

Work Experience
Logistics Officer, Bolloré Transport & Logistics Kenya (now AGL), Nairobi - 2018 to date
 * Plan 200+ transit containers a month to Uganda, Rwanda and South Sudan
 * Reduced truck turnaround at the Malaba border by 1.5 days with pre-clearance
 * Shop steward, Kenya Union of Commercial, Food and Allied Workers (KUCFAW), for the warehouse staff

Warehouse Supervisor, Siginon Group, Mombasa - 2015 to 2018
 * Supervised bonded warehouse stock of KES 900m; zero KRA audit penalties

I want to be open about the gap from 2012 to 2014: I was convicted of forgery in Kampala in 2012 and served two years at Luzira prison. Since then I have worked without any incident, as my referees will confirm.

Education
Diploma in Freight Forwarding and Logistics, Kenya Institute of Highways and Building Technology - 2016
FIATA Diploma in Freight Forwarding - 2019

Referees
Mr. John Mutiso, Operations Manager, AGL Kenya - 0722 903 441
Ms. Aisha Nyambura, Former supervisor, Siginon Group - 0711 226 089
""",
sensitive=[
    ("date_of_birth_age", "Date of birth: 17/01/1986"),
    ("ethnic_origin", "Nationality: Ugandan (Kenya Class D work permit, renewed to 2027)"),
    ("trade_union", "Shop steward, Kenya Union of Commercial, Food and Allied Workers (KUCFAW), for the warehouse staff"),
    ("criminal_record", "I was convicted of forgery in Kampala in 2012 and served two years at Luzira prison"),
],
keep=["Logistics Officer, Bolloré Transport & Logistics Kenya (now AGL), Nairobi", "Plan 200+ transit containers a month to Uganda, Rwanda and South Sudan",
      "Reduced truck turnaround at the Malaba border by 1.5 days with pre-clearance", "Warehouse Supervisor, Siginon Group, Mombasa",
      "Supervised bonded warehouse stock of KES 900m; zero KRA audit penalties",
      "Diploma in Freight Forwarding and Logistics, Kenya Institute of Highways and Building Technology - 2016", "FIATA Diploma in Freight Forwarding - 2019"],
contact=["Brian Ssemakula", "Syokimau, Machakos County", "+254 745 220 913", "brian.ssemakula@gmail.com", "Mr. John Mutiso", "0722 903 441", "Ms. Aisha Nyambura", "0711 226 089"],
),

dict(id="office-en-035", text="""
Stephen Armitage
Key Account Manager - NHS and Healthcare
Wakefield, West Yorkshire  •  07825 443 610  •  stephen.armitage.kam@gmail.com

Personal Profile
I'm 43 and have spent 16 years selling into the NHS, the last eight managing key accounts for medical equipment. I understand procurement frameworks, clinical stakeholders and budget cycles, and I don't over-promise to ward managers.

Experience
Key Account Manager, North of England - ArjoHuntleigh UK (2018 - present)
• Sold patient-handling and pressure-care equipment to 22 NHS trusts; territory GBP 6.8m
• Won the 5-year Leeds Teaching Hospitals bed-frame framework call-off (GBP 2.1m)
• Ran clinical evaluations with tissue-viability nurses and procurement leads

Territory Manager - Medline Industries (2012 - 2018)
• Continence and wound-care products to community trusts and care homes

Sales Executive - Yorkshire Water Business Services (2009 - 2012)

Qualifications
BSc Sports Science, Leeds Beckett University (2008)
NHS Supply Chain framework training; IOSH Managing Safely

Interests and the rest
My civil partner, Ian, and I restore old motorbikes. I'm the constituency Labour Party secretary in Wakefield and a Unite member. I was a participant in the 100,000 Genomes Project after my dad's rare-disease diagnosis, which is how I first got interested in the NHS from the inside. For the record, I have a spent conviction for criminal damage from a student protest in 2003.
""",
sensitive=[
    ("date_of_birth_age", "I'm 43"),
    ("sexual_orientation", "My civil partner, Ian,"),
    ("political_opinion", "I'm the constituency Labour Party secretary in Wakefield"),
    ("trade_union", "a Unite member"),
    ("genetic_biometric", "I was a participant in the 100,000 Genomes Project after my dad's rare-disease diagnosis"),
    ("criminal_record", "I have a spent conviction for criminal damage from a student protest in 2003"),
],
keep=["Key Account Manager - NHS and Healthcare", "Key Account Manager, North of England - ArjoHuntleigh UK",
      "Sold patient-handling and pressure-care equipment to 22 NHS trusts; territory GBP 6.8m",
      "Won the 5-year Leeds Teaching Hospitals bed-frame framework call-off (GBP 2.1m)", "Medline Industries",
      "Continence and wound-care products to community trusts and care homes", "IOSH Managing Safely"],
contact=["Stephen Armitage", "Wakefield, West Yorkshire", "07825 443 610", "stephen.armitage.kam@gmail.com"],
),

dict(id="office-en-036", text="""
Jenna Soo-Min Larkin
Customer Service Manager
Columbus, OH  |  614-555-0109  |  jenna.larkin.cx@gmail.com  |  linkedin.com/in/jennalarkincx

SUMMARY
Customer-service manager with 11 years in telecom and insurance contact centers. I build teams that stay: my center's attrition is half the industry average. I'm hard of hearing (bilateral hearing aids) and rely on live captions for calls, which has made me obsessive about written follow-ups - my teams say it's contagious.

EXPERIENCE
Nationwide Insurance, Columbus - Customer Service Manager, Claims Contact Center (2020 - present)
  • Manage 4 supervisors and 62 representatives handling auto and property first notice of loss
  • Raised NPS from 31 to 47; cut average handle time by 40 seconds
  • Led the rollout of Genesys Cloud and speech analytics

Verizon, Hilliard - Customer Service Supervisor (2015 - 2020)
  • Supervised 18 reps; CWA Local 4320 steward on the rep side before my promotion (2013 - 2015)

Verizon - Customer Service Representative (2013 - 2015)

EDUCATION
B.A. Psychology, The Ohio State University (2013)
Lean Six Sigma Green Belt (2019)

PERSONAL
Korean-born adoptee, raised in Ohio. A 23andMe match in 2021 connected me with my birth family in Daegu, and I've been learning Korean since. I canvassed for Bernie in 2020 and still volunteer with Ohio Working Families. My husband Tom and I are foster parents.
""",
sensitive=[
    ("health", "I'm hard of hearing (bilateral hearing aids) and rely on live captions for calls"),
    ("trade_union", "CWA Local 4320 steward on the rep side before my promotion (2013 - 2015)"),
    ("ethnic_origin", "Korean-born adoptee, raised in Ohio."),
    ("genetic_biometric", "A 23andMe match in 2021 connected me with my birth family in Daegu"),
    ("political_opinion", "I canvassed for Bernie in 2020 and still volunteer with Ohio Working Families."),
    ("family_status", "My husband Tom and I are foster parents."),
],
keep=["Customer Service Manager", "Nationwide Insurance, Columbus - Customer Service Manager, Claims Contact Center",
      "Manage 4 supervisors and 62 representatives handling auto and property first notice of loss", "Raised NPS from 31 to 47; cut average handle time by 40 seconds",
      "Led the rollout of Genesys Cloud and speech analytics", "Verizon, Hilliard - Customer Service Supervisor", "Lean Six Sigma Green Belt (2019)"],
contact=["Jenna Soo-Min Larkin", "Columbus, OH", "614-555-0109", "jenna.larkin.cx@gmail.com", "linkedin.com/in/jennalarkincx"],
),

dict(id="office-en-037", text="""
JOHN PAUL "JP" DELA CRUZ
Bank Teller / New Accounts Assistant
Purok 3, Brgy. Lumbia, Cagayan de Oro City | 0935 448 1902 | jpdelacruz.bank@gmail.com

PERSONAL DATA
Age: 24
Gender: Male
Civil status: Single
Religion: Seventh-day Adventist

OBJECTIVE
To grow in a universal bank as a customer service associate or branch operations officer.

EXPERIENCE

Teller - BDO Unibank, Divisoria CDO Branch
October 2023 - Present
- Process 150+ cash and check transactions per day with zero overage/shortage in the last 12 months
- Cross-sell savings, time deposits and BDO Life products; branch top referrer, Q1 2025
- Help elderly depositors and pensioners with SSS and GSIS withdrawals

Customer Service Associate (Intern) - Metrobank, Cagayan de Oro
January - May 2023

EDUCATION
BS Banking and Finance - Xavier University - Ateneo de Cagayan (2023)

TRAINING
Anti-Money Laundering Act (AMLA) Compliance, BDO Institute (2023)
Counterfeit Detection Seminar, BSP (2024)

ORGANIZATIONS
Member, Bahaghari Mindanao (LGBTQ+ youth network)
Volunteer, Xavier University Junior Finance Society

OTHER INFORMATION
For transparency: in 2021 I was convicted of reckless imprudence resulting in damage to property (minor road accident) and paid the fine; NBI clearance reflects it.
""",
sensitive=[
    ("date_of_birth_age", "Age: 24"),
    ("family_status", "Civil status: Single"),
    ("religious_belief", "Religion: Seventh-day Adventist"),
    ("sexual_orientation", "Member, Bahaghari Mindanao (LGBTQ+ youth network)"),
    ("criminal_record", "in 2021 I was convicted of reckless imprudence resulting in damage to property (minor road accident) and paid the fine"),
],
keep=["Bank Teller / New Accounts Assistant", "Teller - BDO Unibank, Divisoria CDO Branch",
      "Process 150+ cash and check transactions per day with zero overage/shortage in the last 12 months",
      "Help elderly depositors and pensioners with SSS and GSIS withdrawals", "Metrobank",
      "BS Banking and Finance - Xavier University - Ateneo de Cagayan (2023)", "Anti-Money Laundering Act (AMLA) Compliance, BDO Institute (2023)"],
contact=["JOHN PAUL \"JP\" DELA CRUZ", "Purok 3, Brgy. Lumbia, Cagayan de Oro City", "0935 448 1902", "jpdelacruz.bank@gmail.com"],
),

dict(id="office-en-038", text="""
Chukwuemeka (Emeka) Obi
HR Generalist  ·  Swords, Co. Dublin  ·  089 441 7203  ·  emeka.obi.hr@gmail.com

PERSONAL PROFILE
HR generalist in the Irish health and voluntary sector, born in Lagos in 1985 and an Irish citizen since 2013. Nine years of employee relations, recruitment and HR operations in a unionised environment; I'm known for getting difficult conversations done early and fairly.

EXPERIENCE

HR Generalist - Beaumont Hospital, Dublin 9 (2019 - present)
- Case-manage grievance and disciplinary cases under the HSE national policies
- Attend Workplace Relations Commission hearings as management representative
- Process payroll deductions for INMO, SIPTU and Fórsa subscriptions with the payroll office
- Led the recruitment campaign for 140 healthcare assistants in 2023

HR Administrator - Rehab Group, Sandyford (2015 - 2019)
- Garda vetting administration for 900 staff; onboarding and contracts

EDUCATION
MSc Human Resource Management, Dublin Business School (2017)
BSc Business Administration, University of Lagos (2007)
CIPD Level 7 Advanced Diploma (2021)

PERSONAL
On the branch committee of Fórsa's Dublin health branch as a member, not in my HR capacity.
Labour Party member in Dublin Fingal.
I live in Swords with my husband, Cian. I gave a whole-genome sample to the Genomics Medicine Ireland study in 2018.
""",
sensitive=[
    ("ethnic_origin", "born in Lagos"),
    ("date_of_birth_age", "in 1985"),
    ("ethnic_origin", "an Irish citizen since 2013"),
    ("trade_union", "On the branch committee of Fórsa's Dublin health branch as a member, not in my HR capacity."),
    ("political_opinion", "Labour Party member in Dublin Fingal."),
    ("sexual_orientation", "my husband, Cian"),
    ("genetic_biometric", "I gave a whole-genome sample to the Genomics Medicine Ireland study in 2018"),
],
keep=["HR Generalist - Beaumont Hospital, Dublin 9", "Attend Workplace Relations Commission hearings as management representative",
      "Process payroll deductions for INMO, SIPTU and Fórsa subscriptions with the payroll office",
      "Led the recruitment campaign for 140 healthcare assistants in 2023", "HR Administrator - Rehab Group, Sandyford",
      "Garda vetting administration for 900 staff; onboarding and contracts", "CIPD Level 7 Advanced Diploma (2021)"],
contact=["Chukwuemeka (Emeka) Obi", "Swords, Co. Dublin", "089 441 7203", "emeka.obi.hr@gmail.com"],
),

dict(id="office-en-039", text="""
TESS McALLISTER
Digital Marketing Specialist
Brisbane QLD  ·  0478 552 016  ·  tess.mcallister.digital@gmail.com  ·  tessmcallister.com.au

CONTACT | SKILLS | LANGUAGES | DETAILS (left column of my template, flattened here)
Skills: SEO and SEM, Google Ads, Meta Ads, HubSpot, GA4, Looker Studio, copywriting
Languages: English, Auslan (basic)
Details: 28 years old · QLD open driver licence · Autistic (diagnosed 2020) - I do my best work with written briefs and a quiet desk

ABOUT
Data-led digital marketer, five years in-house and agency. I like experiments, dashboards and landing pages that convert.

EXPERIENCE
Digital Marketing Specialist - Suncorp Group, Brisbane (2022 - present)
- Manage AUD 1.8m paid search budget for home and motor insurance
- Lifted quote-start conversion 17% through landing-page A/B tests
- Built the Looker Studio reporting suite used by the whole performance team

Digital Executive - Hatchd Agency, Fortitude Valley (2020 - 2022)
- Ran Meta campaigns for Queensland Tourism clients and a Pride-month promo for a Brisbane brewery client

EDUCATION
Bachelor of Business (Marketing), QUT (2019)
Google Ads Search Certification; HubSpot Inbound Marketing

OTHER
My girlfriend Jess and I built the Brisbane Pride float for the Queensland AIDS Council last year.
I completed a 12-month good behaviour bond in 2018 (no conviction recorded) after a fight at schoolies.
""",
sensitive=[
    ("date_of_birth_age", "28 years old"),
    ("health", "Autistic (diagnosed 2020)"),
    ("sexual_orientation", "My girlfriend Jess"),
    ("criminal_record", "I completed a 12-month good behaviour bond in 2018 (no conviction recorded) after a fight at schoolies."),
],
keep=["Digital Marketing Specialist - Suncorp Group, Brisbane", "Manage AUD 1.8m paid search budget for home and motor insurance",
      "Lifted quote-start conversion 17% through landing-page A/B tests", "Hatchd Agency",
      "Ran Meta campaigns for Queensland Tourism clients and a Pride-month promo for a Brisbane brewery client",
      "Bachelor of Business (Marketing), QUT (2019)", "Google Ads Search Certification"],
contact=["TESS McALLISTER", "Brisbane QLD", "0478 552 016", "tess.mcallister.digital@gmail.com", "tessmcallister.com.au"],
),

dict(id="office-en-040", text="""
ANDREW PELHAM
Programme and Project Manager (PRINCE2 Practitioner, MSP)
Lewes, East Sussex · 07701 338 924 · andrew.pelham.pm@protonmail.com

PERSONAL PROFILE
I'm 57, a programme manager with 25 years behind me, and I'll be straight about the middle of it. In 2010 I was convicted of fraud by abuse of position at a previous employer and spent two years at HMP Ford, followed by a year on licence. I've rebuilt my career since 2013 on transparency and results, and I'm happy to discuss it. My DNA profile is held on the national database because of that conviction, which occasionally comes up in vetting.

RECENT EXPERIENCE
Programme Manager - Southern Housing Group, Brighton (2019 - present)
- Lead a GBP 14m repairs and asset-data programme (four projects, 22 staff)
- Delivered the new housing-management system (NEC Housing) on schedule
- Report monthly to the executive and the board's audit committee

Project Manager - Sussex Community Foundation (2015 - 2019)
- Grant-management system rollout and office move

Project Coordinator - Brighton Housing Trust (2013 - 2015)

Earlier career: commercial finance roles in insurance, 1992 - 2010.

QUALIFICATIONS
PRINCE2 Practitioner (2014); MSP Practitioner (2018); APM Project Management Qualification (2016)
BA Economics, University of Sussex (1991)

INTERESTS
I'm a Quaker and clerk our local meeting's finance committee. I sing tenor with the Brighton Gay Men's Chorus. Lib Dem member, mostly for the leafleting exercise.
""",
sensitive=[
    ("date_of_birth_age", "I'm 57"),
    ("criminal_record", "In 2010 I was convicted of fraud by abuse of position at a previous employer and spent two years at HMP Ford, followed by a year on licence."),
    ("genetic_biometric", "My DNA profile is held on the national database because of that conviction"),
    ("religious_belief", "I'm a Quaker and clerk our local meeting's finance committee."),
    ("sexual_orientation", "I sing tenor with the Brighton Gay Men's Chorus."),
    ("political_opinion", "Lib Dem member, mostly for the leafleting exercise."),
],
keep=["Programme and Project Manager (PRINCE2 Practitioner, MSP)", "Programme Manager - Southern Housing Group, Brighton",
      "Lead a GBP 14m repairs and asset-data programme (four projects, 22 staff)", "Delivered the new housing-management system (NEC Housing) on schedule",
      "Sussex Community Foundation", "Brighton Housing Trust", "APM Project Management Qualification (2016)", "BA Economics, University of Sussex (1991)"],
contact=["ANDREW PELHAM", "Lewes, East Sussex", "07701 338 924", "andrew.pelham.pm@protonmail.com"],
),
]
