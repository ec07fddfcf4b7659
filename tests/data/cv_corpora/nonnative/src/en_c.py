CVS = [
# 021 Congolese (Lingala) healthcare assistant, Ireland (Limerick)
dict(text="""
CURRICULUM VITAE

Mrs. Bernadette MBUYI KABANGA
Address: 8 Hyde Road, Prospect, Limerick V94 K2N6
Tel: 089 466 1902
Email: bernadette.mbuyi@gmail.com

Personal details
Date of birth: 25/12/1976
Status in Ireland: refugee status granted 2012, Irish citizen 2018
Civil status: widow, 3 children (the husband died in Kinshasa 2008)
Religion: Kimbanguist (Église kimbanguiste)

Objective
I want to work as Healthcare Assistant in a nursing home or hospital, I have the QQI Level 5 and 9 years of experience. I am gentle with the old people and I respect their dignity.

Experience
2015 – until today: Healthcare Assistant, Milford Care Centre (hospice), Castletroy, Limerick
 - care of patients in palliative phase, mouth care, repositioning, support to families
 - member of the bereavement tea team, I organise the memorial service for families
2012 – 2015: Home Help, HSE Mid-West Community Services
1998 – 2008: Secretary-accountant (secrétaire-comptable), Société Nationale d'Électricité (SNEL), Kinshasa

Education
QQI Level 5 Major Award in Healthcare Support (5M4339), Limerick College of Further Education, 2014
Diplôme d'État (Baccalauréat), section commerciale, Institut Lisanga, Kinshasa, 1995
Graduat en Sciences Commerciales, ISC Kinshasa, 1998

Languages: French, Lingala (mother language), Swahili, English (good)
Medical: I am AS (sickle cell trait), my second son is SS, so sometimes I need a day for his hospital appointment in Crumlin.

Explanation
From 2008 to 2011 I was not working because I was arrested after a UDPS demonstration and kept 3 months in the Makala prison; after release I escaped the country with my children.

References
Ms. Siobhán Ryan, Clinical Nurse Manager, Milford Care Centre — 061 485 800
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 25/12/1976"),
 ("ethnic_origin", "Status in Ireland: refugee status granted 2012, Irish citizen 2018"),
 ("family_status", "Civil status: widow, 3 children (the husband died in Kinshasa 2008)"),
 ("religious_belief", "Religion: Kimbanguist (Église kimbanguiste)"),
 ("genetic_biometric", "I am AS (sickle cell trait), my second son is SS"),
 ("criminal_record", "I was arrested"),
 ("political_opinion", "after a UDPS demonstration"),
 ("criminal_record", "kept 3 months in the Makala prison"),
],
keep=["Healthcare Assistant, Milford Care Centre (hospice), Castletroy, Limerick",
      "care of patients in palliative phase, mouth care, repositioning, support to families",
      "I organise the memorial service for families", "Home Help, HSE Mid-West Community Services",
      "Secretary-accountant (secrétaire-comptable), Société Nationale d'Électricité (SNEL), Kinshasa",
      "QQI Level 5 Major Award in Healthcare Support (5M4339)", "Graduat en Sciences Commerciales, ISC Kinshasa"],
contact=["Mrs. Bernadette MBUYI KABANGA", "8 Hyde Road, Prospect, Limerick V94 K2N6", "089 466 1902", "bernadette.mbuyi@gmail.com",
         "Ms. Siobhán Ryan", "061 485 800"],
),

# 022 Filipino electrician, Australia (Pilbara) — no sensitive mention
dict(text="""
JONATHAN R. MANALO
Industrial Electrician (A-Grade, WA Electrical Licence EW 182734)
Karratha WA 6714 | 0488 301 552 | jon.manalo.elec@gmail.com

PROFILE
Licensed industrial electrician with 14 years in mining, oil and gas in Western Australia, Saudi Arabia and Philippines. Strong in fault finding of HV/LV systems, VSD and PLC (Allen-Bradley, Siemens). Always safety first, Take 5 and JSEA before every task.

EMPLOYMENT
Maintenance Electrician (FIFO 2/1) — Rio Tinto Iron Ore, Pilbara — 2018 to present
  • maintenance of conveyors, stackers and reclaimers, 6.6 kV motors
  • isolations and permits, LOTO, shutdown planning
  • mentoring 2 apprentices
Instrument Electrician — Woodside Energy (Pluto LNG), through Monadelphous — 2015 to 2018
  • calibration of transmitters, Ex inspections (hazardous areas)
Electrician — Saudi Aramco contractor (Al-Rushaid), Ras Tanura — 2011 to 2015
Electrician — First Philippine Industrial Park, Batangas — 2009 to 2011

EDUCATION / LICENCES
Bachelor of Science in Electrical Engineering — Batangas State University, 2009
Registered Electrical Engineer (Philippines PRC)
WA Electrical Licence (EW), Restricted Electrical, CompEx Ex01–Ex04
HV switching, Working at Heights, Confined Space, HR truck licence

REFERENCES
Mr. Craig Thompson, Electrical Superintendent, Rio Tinto — 0417 552 904
Mr. Ramil Bautista, Supervisor, Monadelphous — 0439 118 276
""",
sensitive=[],
keep=["Industrial Electrician (A-Grade, WA Electrical Licence EW 182734)", "fault finding of HV/LV systems, VSD and PLC (Allen-Bradley, Siemens)",
      "Maintenance Electrician (FIFO 2/1) — Rio Tinto Iron Ore, Pilbara", "maintenance of conveyors, stackers and reclaimers, 6.6 kV motors",
      "Woodside Energy (Pluto LNG)", "Saudi Aramco contractor (Al-Rushaid), Ras Tanura",
      "Bachelor of Science in Electrical Engineering — Batangas State University", "CompEx Ex01–Ex04"],
contact=["JONATHAN R. MANALO", "Karratha WA 6714", "0488 301 552", "jon.manalo.elec@gmail.com",
         "Mr. Craig Thompson", "0417 552 904", "Mr. Ramil Bautista", "0439 118 276"],
),

# 023 Indian (Hindi) restaurant manager, UK (Manchester)
dict(text="""
ROHIT SHARMA
Restaurant General Manager
Manchester M1 · 07984 336 120 · rohitsharma.hospitality@gmail.com

Profile
Energetic restaurant manager with 13 years in casual dining and hotels, from Taj group in Delhi to high volume restaurants in Manchester. Good in P&L, staff motivation and guest reviews (TripAdvisor from 3.9 to 4.6 in one year). 38 yrs old, British passport holder.

Career
General Manager — Dishoom Manchester (2020 – present)
 ▸ 110 covers, 65 team members, £4.8m turnover
 ▸ labour % and GP targets, food safety (5-star FHRS)
Assistant General Manager — Hawksmoor, Manchester (2016 – 2020)
Restaurant Supervisor — The Taj Mahal Hotel, New Delhi (2010 – 2015)

Education
Bachelor of Hotel Management and Catering Technology — IHM Pusa, New Delhi (2010)
Personal Licence holder (APLH), Level 3 Food Safety, Level 3 Health & Safety

Something you should know
When I was student in London (2014) I received a police caution for shoplifting in a supermarket. It was a stupid mistake and I was very young in the UK.

Outside work
I am openly gay and I am volunteer with the Manchester Pride hospitality team every August. I am Jain and fully vegetarian, so I can advise on Jain and vegan menus. Cricket and Bollywood dancing.
""",
sensitive=[
 ("date_of_birth_age", "38 yrs old"),
 ("ethnic_origin", "British passport holder"),
 ("criminal_record", "I received a police caution for shoplifting in a supermarket"),
 ("sexual_orientation", "I am openly gay and I am volunteer with the Manchester Pride hospitality team every August"),
 ("religious_belief", "I am Jain and fully vegetarian"),
],
keep=["Restaurant General Manager", "General Manager — Dishoom Manchester", "110 covers, 65 team members, £4.8m turnover",
      "Assistant General Manager — Hawksmoor, Manchester", "Restaurant Supervisor — The Taj Mahal Hotel, New Delhi",
      "Bachelor of Hotel Management and Catering Technology — IHM Pusa, New Delhi", "Personal Licence holder (APLH)",
      "I can advise on Jain and vegan menus"],
contact=["ROHIT SHARMA", "Manchester M1", "07984 336 120", "rohitsharma.hospitality@gmail.com"],
),

# 024 Portuguese warehouse team leader, UK (Thetford)
dict(text="""
Nuno Miguel Carvalho Pereira
Warehouse Team Leader
Thetford, Norfolk IP24 · 07521 448 093 · nunocpereira@sapo.pt

Personal information
Date of birth: 30/01/1983 (41 years)
Nationality: Portuguese, EU Settled Status
Civil state: married, father of 3 (the youngest is 2 years)
NIF (Portugal): 214 557 309

Professional experience
Team Leader, Inbound — Amazon Logistics (BHX4 / later NOR1), 2016 – present
 * manage 25 associates, productivity rates and quality (Andon, FC Games)
 * Kaizen events, Yellow Belt Lean Six Sigma
 * I am also GMB union rep for the night shift since 2019 (representation in disciplinaries and grievances)
Forklift Driver / Picker — Bernard Matthews, Great Witchingham, 2011 – 2016
Operador de Armazém (Warehouse Operator) — Sonae MC distribution centre, Azambuja, Portugal, 2003 – 2010

Education
12.º ano (Secondary school completed), Escola Secundária de Tomar, 2001
Counterbalance and Reach truck licence (RTITB), First Aid at Work

Health
In 2021 I had an operation on disc hernia L5-S1. I am fully recovered but I avoid lifting more than 20 kg repetitively.

Other
Politics: I am militant of Bloco de Esquerda, I go to vote in the consulate in London.
In 2017 I gave a DNA sample and fingerprints to Norfolk Police as witness for elimination in a case in our street; they told me they are deleted but I never received the confirmation.
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 30/01/1983 (41 years)"),
 ("ethnic_origin", "Nationality: Portuguese, EU Settled Status"),
 ("family_status", "Civil state: married, father of 3 (the youngest is 2 years)"),
 ("trade_union", "I am also GMB union rep for the night shift since 2019"),
 ("health", "In 2021 I had an operation on disc hernia L5-S1"),
 ("political_opinion", "I am militant of Bloco de Esquerda, I go to vote in the consulate in London"),
 ("genetic_biometric", "I gave a DNA sample and fingerprints to Norfolk Police as witness for elimination"),
],
keep=["Warehouse Team Leader", "Team Leader, Inbound — Amazon Logistics (BHX4 / later NOR1)",
      "manage 25 associates, productivity rates and quality (Andon, FC Games)", "Yellow Belt Lean Six Sigma",
      "Bernard Matthews, Great Witchingham", "Operador de Armazém (Warehouse Operator) — Sonae MC distribution centre, Azambuja",
      "Counterbalance and Reach truck licence (RTITB)"],
contact=["Nuno Miguel Carvalho Pereira", "Thetford, Norfolk IP24", "07521 448 093", "nunocpereira@sapo.pt", "214 557 309"],
),

# 025 Polish bus driver, UK (Reading)
dict(text="""
Paweł Zieliński — Bus Driver (PCV D licence, CPC)

Adress: 14 Cumberland Road, Reading RG1 3LB
Phone: 07877 605 219 / Email: pawel.zielinski.pcv@o2.pl

Short about me: 46 years old, punctual and calm driver, 10 years in Reading Buses without any complaint from passengers. Before UK I was a driver of trams in Wrocław.

Work history
2014 – now    Bus Driver, Reading Buses (routes 17, 21, Greenwave), also driver trainer for new drivers from 2020
2009 – 2014   Delivery Driver, DHL Parcel UK, Theale
1999 – 2009   Motorniczy (Tram Driver), MPK Wrocław (Miejskie Przedsiębiorstwo Komunikacyjne)
1997 – 1998   Basic military service, 10th Armoured Cavalry Brigade, Świętoszów – driver of truck Star 266

Education
Zasadnicza Szkoła Zawodowa (Basic Vocational School) – mechanic of cars, Wrocław 1996
Driver CPC, D and C+E licence, Disability awareness training for drivers (2019)

Other things
- I am member of Unite since 2015 and one time I was elected as health and safety rep at the depot.
- I had epilepsy as teenager, I have no seizure since 2001 and DVLA has all the papers; my licence is without restriction.
- I live with my partner Tomasz in Reading, 12 years together.
- I am not religious.

Hobby: cycling, Polish rock music, cooking pierogi for the colleagues.
""",
sensitive=[
 ("date_of_birth_age", "46 years old"),
 ("trade_union", "I am member of Unite since 2015 and one time I was elected as health and safety rep at the depot"),
 ("health", "I had epilepsy as teenager, I have no seizure since 2001"),
 ("sexual_orientation", "I live with my partner Tomasz in Reading, 12 years together"),
 ("religious_belief", "I am not religious"),
],
keep=["Bus Driver (PCV D licence, CPC)", "Bus Driver, Reading Buses (routes 17, 21, Greenwave)", "driver trainer for new drivers",
      "Delivery Driver, DHL Parcel UK, Theale", "Motorniczy (Tram Driver), MPK Wrocław",
      "Basic military service, 10th Armoured Cavalry Brigade, Świętoszów", "Disability awareness training for drivers"],
contact=["Paweł Zieliński", "14 Cumberland Road, Reading RG1 3LB", "07877 605 219", "pawel.zielinski.pcv@o2.pl"],
),

# 026 Romanian Roma cleaning supervisor, Ireland (Dublin)
dict(text="""
CV — Florin Căldăraru
Cleaning Supervisor
Clondalkin, Dublin 22  –  085 718 2240  –  florin.caldararu82@gmail.com

About me
My name is Florin, I am from Romania, I am Roma (Rrom) from Craiova and I am proud of my people. I work in Ireland 11 years. I started with nothing, first I was selling the Big Issues magazine, now I am supervisor for 18 cleaners. I speak Romanian, Romani, English and a little Spanish.

Experience
2019 – present : Cleaning Supervisor, Noonan Services Group, Dublin Airport Terminal 2
  – rota of 18 cleaners on 3 shifts, checklists, audits with the client (daa)
  – training on chemicals (COSHH) and machines (scrubber-dryer, Numatic)
  – SIPTU member, I helped the colleagues to join for the Contract Cleaning JLC rates
2015 – 2019 : Cleaner / Machine Operator, ISS Facility Services, Citywest Campus
2013 – 2015 : Vendor, The Big Issue Ireland

Education
8 classes in Romania (Școala Gimnazială nr. 5 Craiova)
QQI Level 4 in Cleaning Operations (2017), Manual Handling, Safe Pass

Personal
Date of birth: 17.09.1982
Married (church marriage) with Ramona, 5 children — all go to school in Clondalkin.
We are Pentecostal, I am the translator for Romanian in the Apostolic church in Clondalkin.
I need to tell: in 2013 I had a fine in the District Court for begging on O'Connell Street, I paid it.
""",
sensitive=[
 ("ethnic_origin", "I am Roma (Rrom) from Craiova and I am proud of my people"),
 ("trade_union", "SIPTU member, I helped the colleagues to join"),
 ("date_of_birth_age", "Date of birth: 17.09.1982"),
 ("family_status", "Married (church marriage) with Ramona, 5 children"),
 ("religious_belief", "We are Pentecostal, I am the translator for Romanian in the Apostolic church in Clondalkin"),
 ("criminal_record", "in 2013 I had a fine in the District Court for begging on O'Connell Street"),
],
keep=["Cleaning Supervisor, Noonan Services Group, Dublin Airport Terminal 2",
      "rota of 18 cleaners on 3 shifts, checklists, audits with the client (daa)",
      "training on chemicals (COSHH) and machines (scrubber-dryer, Numatic)",
      "Cleaner / Machine Operator, ISS Facility Services, Citywest Campus", "Vendor, The Big Issue Ireland",
      "QQI Level 4 in Cleaning Operations"],
contact=["Florin Căldăraru", "Clondalkin, Dublin 22", "085 718 2240", "florin.caldararu82@gmail.com"],
),

# 027 Moroccan civil engineer, US (Houston) — no sensitive mention
dict(text="""
YOUSSEF EL AMRANI, P.E.
Project Engineer — Water and Wastewater Infrastructure
Houston, TX 77042 | (832) 555-0137 | youssef.elamrani.pe@gmail.com | linkedin.com/in/youssef-elamrani-pe

Professional summary
Licensed Professional Engineer (Texas) with 11 years designing water distribution, lift stations and treatment plant upgrades. Experienced in project management from preliminary engineering until construction phase services. Bilingual French/English, working knowledge of Spanish and Arabic.

Experience
Project Engineer II — Freese and Nichols, Inc., Houston (2018 – Present)
 - lead design of 42-inch transmission main (7.5 miles) for City of Houston, $38M construction
 - hydraulic modeling in InfoWater Pro, surge analysis
 - prepare plans, specs and cost estimates; manage 4 junior engineers
Design Engineer — Halff Associates, Dallas (2014 – 2018)
 - lift station and force main design for municipal clients
Ingénieur d'études (Design Engineer) — ONEE Branche Eau, Rabat (2011 – 2013)
 - rural water supply projects financed by World Bank

Education
M.S. Civil Engineering (Environmental) — University of Texas at Arlington, 2014
Diplôme d'Ingénieur d'État en Génie Civil — École Hassania des Travaux Publics (EHTP), Casablanca, 2011

Licenses & software
Texas P.E. No. 131207, Envision Sustainability Professional
AutoCAD Civil 3D, InfoWater Pro, WaterGEMS, ArcGIS Pro, Bluebeam

Professional affiliations
AWWA, ASCE Texas Section
""",
sensitive=[],
keep=["Project Engineer — Water and Wastewater Infrastructure", "Project Engineer II — Freese and Nichols, Inc., Houston",
      "lead design of 42-inch transmission main (7.5 miles) for City of Houston, $38M construction", "Halff Associates, Dallas",
      "Ingénieur d'études (Design Engineer) — ONEE Branche Eau, Rabat", "M.S. Civil Engineering (Environmental) — University of Texas at Arlington",
      "Diplôme d'Ingénieur d'État en Génie Civil — École Hassania des Travaux Publics (EHTP), Casablanca",
      "AutoCAD Civil 3D, InfoWater Pro, WaterGEMS, ArcGIS Pro, Bluebeam"],
contact=["YOUSSEF EL AMRANI, P.E.", "Houston, TX 77042", "(832) 555-0137", "youssef.elamrani.pe@gmail.com",
         "linkedin.com/in/youssef-elamrani-pe", "131207"],
),

# 028 Egyptian Coptic accountant, Canada (Montreal, English CV)
dict(text="""
Mina Samir Girgis Boutros
Senior Accountant — CPA candidate
Laval, QC H7N 2T4 | 514-555-0108 | mina.boutros.cpa@gmail.com

PERSONAL DATA
Date of Birth: 5 April 1988, Asyut, Egypt
Nationality: Egyptian / Canadian (since 2021)
Religion: Coptic Orthodox Christian
Marital status: Married, one daughter
Blood type: O negative (I donate regularly with Héma-Québec)
Military status: Completed (Egyptian Armed Forces, 2010–2011, accountant in financial affairs dept.)

EXPERIENCE
Senior Accountant — Groupe Dynamite, Mount Royal, QC (2019 – present)
- month-end close for 3 entities (Canada, US), intercompany, IFRS 16 leases
- implementation of BlackLine for account reconciliations
Accountant — Raymond Chabot Grant Thornton, Montreal (2016 – 2019)
- compilation engagements, T2 corporate tax returns
Accountant — Ernst & Young (Allied for Accounting & Auditing), Cairo (2011 – 2015)

EDUCATION
Bachelor of Commerce (Accounting) — Faculty of Commerce, Assiut University (2009), grade: Very Good
Graduate Diploma in Accountancy — Concordia University (2018)
CPA PEP: Core 1 and Core 2 completed, CFE in September

COMPUTER: SAP S/4HANA, Dynamics 365, Caseware, Excel (Power Query)

I am active in the youth service of St. Mark Coptic Orthodox Church in Montreal.
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth: 5 April 1988"),
 ("ethnic_origin", "Asyut, Egypt"),
 ("ethnic_origin", "Nationality: Egyptian / Canadian (since 2021)"),
 ("religious_belief", "Religion: Coptic Orthodox Christian"),
 ("family_status", "Marital status: Married, one daughter"),
 ("genetic_biometric", "Blood type: O negative"),
 ("religious_belief", "I am active in the youth service of St. Mark Coptic Orthodox Church in Montreal"),
],
keep=["Senior Accountant — CPA candidate", "Groupe Dynamite, Mount Royal, QC", "month-end close for 3 entities (Canada, US), intercompany, IFRS 16 leases",
      "Raymond Chabot Grant Thornton, Montreal", "Ernst & Young (Allied for Accounting & Auditing), Cairo",
      "Bachelor of Commerce (Accounting) — Faculty of Commerce, Assiut University", "Graduate Diploma in Accountancy — Concordia University",
      "Military status: Completed (Egyptian Armed Forces, 2010–2011, accountant in financial affairs dept.)"],
contact=["Mina Samir Girgis Boutros", "Laval, QC H7N 2T4", "514-555-0108", "mina.boutros.cpa@gmail.com"],
),

# 029 Turkish Alevi maintenance technician, UK (Coventry)
dict(text="""
Hüseyin Kaya
Multi-skilled Maintenance Technician
Coventry CV6 · 07404 229 871 · huseyinkaya.tech@gmail.com

Kişisel Bilgiler / Personal information
Birth date: 21.08.1990 — Sivas
Military service: exempted (çürük raporu, because of flat feet)
Civil status: single

Profile
Mechanical and electrical maintenance technician with 9 years in automotive production lines, Turkey and UK. Experienced with robots (FANUC, KUKA), pneumatics, hydraulics and PLC fault finding (Siemens S7, TIA Portal). I am used to TPM and 5S.

Experience
Maintenance Technician — Jaguar Land Rover, Castle Bromwich (2019 – present)
 • reactive and planned maintenance on body-in-white lines, 230 robots
 • reduced downtime on framing station by 18% with root cause analysis
 • Shift union contact for Unite the Union on nights (since 2021)
Bakım Teknisyeni (Maintenance Technician) — Tofaş (Fiat) Bursa Plant (2012 – 2018)
 • press shop and paint shop, preventive maintenance

Education
Ön Lisans (Associate Degree) in Mechatronics — Uludağ University Vocational School, Bursa, 2012
Mekatronik Meslek Lisesi (Vocational High School), Sivas, 2008
HNC Electrical and Electronic Engineering — Coventry College (2022)

Other
I am Alevi, every year in July I go with my family to the Hacı Bektaş festival. I am also member of CHP (Republican People's Party) UK association. I am gay, only my close friends in UK know. Football (Sivasspor forever), fishing.
""",
sensitive=[
 ("date_of_birth_age", "Birth date: 21.08.1990"),
 ("health", "because of flat feet"),
 ("family_status", "Civil status: single"),
 ("trade_union", "Shift union contact for Unite the Union on nights (since 2021)"),
 ("political_opinion", "I am also member of CHP (Republican People's Party) UK association"),
 ("sexual_orientation", "I am gay, only my close friends in UK know"),
 ("religious_belief", "I am Alevi, every year in July I go with my family to the Hacı Bektaş festival"),
],
keep=["Multi-skilled Maintenance Technician", "robots (FANUC, KUKA), pneumatics, hydraulics and PLC fault finding (Siemens S7, TIA Portal)",
      "Maintenance Technician — Jaguar Land Rover, Castle Bromwich", "reactive and planned maintenance on body-in-white lines, 230 robots",
      "Bakım Teknisyeni (Maintenance Technician) — Tofaş (Fiat) Bursa Plant",
      "Ön Lisans (Associate Degree) in Mechatronics — Uludağ University Vocational School, Bursa",
      "HNC Electrical and Electronic Engineering — Coventry College"],
contact=["Hüseyin Kaya", "Coventry CV6", "07404 229 871", "huseyinkaya.tech@gmail.com"],
),

# 030 Pakistani (Urdu) truck driver, Canada (Calgary)
dict(text="""
IMRAN HAIDER NAQVI
Class 1 Professional Driver (long haul, cross border)
Calgary, AB T3J 0M5 · 403-555-0152 · imran.naqvi.class1@gmail.com

Summary
Professional Class 1 driver with 8 years in Canada, 1.2 million km safe driving, FAST card and clean abstract last 5 years. Experience with reefer, flatbed and Super B. Punctual, I do pre-trip inspection like a religion.

Work experience
2019 – present  Long Haul Driver, Bison Transport, Calgary — Canada/US lanes, reefer, e-logs (Geotab)
2016 – 2019     City Driver (Class 3), Purolator, Calgary
2006 – 2014     Bank Officer, Habib Bank Limited, Karachi — loans and remittance desk

Education
Master of Business Administration (MBA Finance) — University of Karachi, 2006
Class 1 MELT program — Roadmaster Driving School, Calgary, 2016
TDG, WHMIS, Load securement (NSC 10)

Personal details
Date of birth: 02-12-1979
Religion: Islam (Shia Ithna Ashari)
Married, wife Sana, 2 sons
Canadian citizen

Honest disclosure
- In 2015 I was convicted for impaired driving (over 80) in Alberta, I did the program and I got record suspension (pardon) from Parole Board in 2021.
- In 2018 I had a kidney transplant (my brother was donor), I take anti-rejection medicine, my medical for Class 1 is valid and my doctor gives clearance every year.
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 02-12-1979"),
 ("religious_belief", "Religion: Islam (Shia Ithna Ashari)"),
 ("family_status", "Married, wife Sana, 2 sons"),
 ("ethnic_origin", "Canadian citizen"),
 ("criminal_record", "In 2015 I was convicted for impaired driving (over 80) in Alberta"),
 ("criminal_record", "I got record suspension (pardon) from Parole Board in 2021"),
 ("health", "In 2018 I had a kidney transplant (my brother was donor), I take anti-rejection medicine"),
],
keep=["Class 1 Professional Driver (long haul, cross border)", "I do pre-trip inspection like a religion", "Long Haul Driver, Bison Transport, Calgary", "reefer, e-logs (Geotab)",
      "City Driver (Class 3), Purolator, Calgary", "Bank Officer, Habib Bank Limited, Karachi",
      "Master of Business Administration (MBA Finance) — University of Karachi", "Class 1 MELT program — Roadmaster Driving School",
      "TDG, WHMIS, Load securement (NSC 10)"],
contact=["IMRAN HAIDER NAQVI", "Calgary, AB T3J 0M5", "403-555-0152", "imran.naqvi.class1@gmail.com"],
),
]
