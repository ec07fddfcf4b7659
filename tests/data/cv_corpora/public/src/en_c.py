CVS = [
# 021 Police Scotland civilian intelligence analyst
dict(text="""
Ross McAllister - Intelligence Analyst
Dundee DD3 | 07700 900315 | ross.mcallister@tutanota.com

WHAT I DO
I turn messy intelligence into products that commanders act on. Six years as a police staff analyst with Police Scotland, SC cleared, i2 and ArcGIS certified.

EMPLOYMENT
Police Scotland, Specialist Crime Division - Intelligence Analyst (Grade 6), Dundee, 2020 to present
  - Produced the Tayside serious and organised crime strategic assessment for 2023 and 2025
  - Network analysis behind Operation Kestrel: 17 arrests and 12 accused indicted at the High Court
  - Built a county-lines dashboard combining ANPR, custody and STORM data
  - Briefed the Procurator Fiscal on disclosure of analytical products
Scottish Government, Justice Analytical Services - Assistant Statistician, 2017 to 2020

EDUCATION
MSc Data Science, University of Dundee (2017)
BSc Geography, University of St Andrews (2015)
IALEIA Foundations of Intelligence Analysis Training

VETTING, IN MY OWN WORDS
At 15 I was referred to a Children's Hearing for vandalism and placed on a supervision requirement for a year. My fingerprints and DNA from that arrest were retained on the Scottish database, which came up at vetting; it was declared and I was cleared.

AWAY FROM WORK
UNISON steward for Police Scotland staff in Tayside since 2022. I live with my partner Craig and our two whippets. Active SNP member in Dundee West; I leaflet in the Broughty Ferry branch area but I keep it entirely separate from work.

Referees: DI Lorna Baxter, Major Investigation Team; Dr Euan Fairlie, University of Dundee
""",
sensitive=[
 ("date_of_birth_age", "At 15"),
 ("criminal_record", "I was referred to a Children's Hearing for vandalism and placed on a supervision requirement for a year"),
 ("genetic_biometric", "My fingerprints and DNA from that arrest were retained on the Scottish database"),
 ("trade_union", "UNISON steward for Police Scotland staff in Tayside since 2022"),
 ("sexual_orientation", "I live with my partner Craig"),
 ("political_opinion", "Active SNP member in Dundee West; I leaflet in the Broughty Ferry branch area"),
],
keep=[
 "Intelligence Analyst (Grade 6)",
 "Produced the Tayside serious and organised crime strategic assessment",
 "Network analysis behind Operation Kestrel: 17 arrests and 12 accused indicted at the High Court",
 "Built a county-lines dashboard combining ANPR, custody and STORM data",
 "Briefed the Procurator Fiscal on disclosure of analytical products",
 "MSc Data Science, University of Dundee",
 "IALEIA Foundations of Intelligence Analysis Training",
],
contact=["Ross McAllister", "Dundee DD3", "07700 900315", "ross.mcallister@tutanota.com",
 "DI Lorna Baxter", "Dr Euan Fairlie"]),

# 022 US cleared intelligence analyst
dict(text="""
DEREK J. PHAN-MORALES
Herndon, VA 20170 · 571-555-0836 · dphanmorales@pm.me
Active TS/SCI with CI polygraph (reinvestigation completed 2025)

SUMMARY
All-source intelligence analyst, eleven years in the IC, supporting counter-proliferation and East Asia targeting. Seeking a GS-0132-14 position.

EXPERIENCE
Defense Intelligence Agency, Reston, VA - Intelligence Analyst, GS-0132-13, 2019-present
 • Author finished intelligence on missile-technology procurement networks; 40+ products in the PDB and DIA daily
 • Lead analyst on a joint task force nominating entities for Treasury OFAC sanctions designations
 • Taught the DIA Analytic Tradecraft course to 200 new analysts
Booz Allen Hamilton - Senior Analyst (contractor to NGA), 2015-2019
 • Geospatial and imagery analysis of dual-use facilities
Peace Corps Volunteer, Mongolia, 2013-2015

EDUCATION
M.A. Security Studies, Georgetown University (2015)
B.A. International Relations, University of Virginia (2013)
Mandarin Chinese: ILR 3 reading, 2+ speaking

PERSONAL DISCLOSURES (previously reported on SF-86)
My wife Xiaoling was born in Chengdu and her parents still live in China; my clearance was delayed 14 months at initial adjudication while her foreign contacts were reviewed. She naturalized in 2020.
Treated for ADHD with stimulant medication since 2018.
Charged with misdemeanor marijuana possession in Charlottesville in 2011, age 19; dismissed after first-offender diversion.
I volunteered for Bernie Sanders' 2016 primary campaign in Virginia.
""",
sensitive=[
 ("family_status", "My wife Xiaoling was born in Chengdu and her parents still live in China"),
 ("family_status", "She naturalized in 2020"),
 ("health", "Treated for ADHD with stimulant medication since 2018"),
 ("criminal_record", "Charged with misdemeanor marijuana possession in Charlottesville in 2011"),
 ("date_of_birth_age", "age 19"),
 ("criminal_record", "dismissed after first-offender diversion"),
 ("political_opinion", "I volunteered for Bernie Sanders' 2016 primary campaign in Virginia"),
],
keep=[
 "Intelligence Analyst, GS-0132-13",
 "Defense Intelligence Agency",
 "Author finished intelligence on missile-technology procurement networks",
 "Lead analyst on a joint task force nominating entities for Treasury OFAC sanctions designations",
 "Senior Analyst (contractor to NGA)",
 "M.A. Security Studies, Georgetown University",
 "Mandarin Chinese: ILR 3 reading, 2+ speaking",
 "Active TS/SCI with CI polygraph",
],
contact=["DEREK J. PHAN-MORALES", "Herndon, VA 20170", "571-555-0836", "dphanmorales@pm.me"]),

# 023 New Zealand career firefighter
dict(text="""
SIONE FALEOLO
Station Officer - Fire and Emergency New Zealand
Porirua, Wellington | 027 555 3394 | sione.faleolo@gmail.com

Talofa lava. I grew up in Cannons Creek, the son of Samoan parents who came to Porirua in the 1970s, and I've served my community as a firefighter for eighteen years.

CAREER
Station Officer, Porirua Fire Station (2018 - present)
  • Officer in charge of a 4-watch crew; urban search and rescue (USAR) technician
  • Led the station's community risk reduction programme: 1,200 smoke alarms fitted in Pacific households
  • Incident Controller at the 2022 Kenepuru scrub fire
Senior Firefighter / Firefighter, Wellington Central and Kilbirnie (2008 - 2018)

QUALIFICATIONS
NZQA National Certificate in Fire and Rescue Services (Level 4)
CIMS 4 (Coordinated Incident Management System)
USAR Category 2 technician; Class 5 heavy vehicle licence

OUTSIDE THE STATION
Youth leader at the EFKS (Congregational Christian Church of Samoa) in Porirua East. NZPFU sub-local secretary 2015-2021. Married to Lupe; we have four kids aged 4 to 15.

HEALTH
I have hereditary haemochromatosis (two copies of the C282Y gene) picked up at a routine medical; I give blood every eight weeks to keep my iron down. Fully fit for operational duty.

REFEREES
Assistant Commander Mere Tuhiwai, Wellington District - 027 555 1180
Rev. Iosefa Tavita
""",
sensitive=[
 ("ethnic_origin", "the son of Samoan parents who came to Porirua in the 1970s"),
 ("religious_belief", "Youth leader at the EFKS (Congregational Christian Church of Samoa) in Porirua East"),
 ("trade_union", "NZPFU sub-local secretary 2015-2021"),
 ("family_status", "Married to Lupe; we have four kids aged 4 to 15"),
 ("genetic_biometric", "I have hereditary haemochromatosis (two copies of the C282Y gene)"),
 ("health", "I give blood every eight weeks to keep my iron down"),
],
keep=[
 "Station Officer, Porirua Fire Station",
 "urban search and rescue (USAR) technician",
 "Led the station's community risk reduction programme: 1,200 smoke alarms fitted in Pacific households",
 "NZQA National Certificate in Fire and Rescue Services (Level 4)",
 "CIMS 4 (Coordinated Incident Management System)",
 "Class 5 heavy vehicle licence",
],
contact=["SIONE FALEOLO", "Porirua, Wellington", "027 555 3394", "sione.faleolo@gmail.com",
 "Assistant Commander Mere Tuhiwai", "027 555 1180", "Rev. Iosefa Tavita"]),

# 024 Ghana Armed Forces veteran to security manager
dict(text="""
MAJOR (RTD) ALHASSAN IDDRISU SULEMANA
Security & Risk Management Professional
Tamale, Northern Region / Accra | +233 20 555 4418 | a.i.sulemana@gmail.com

PROFILE
Retired infantry officer with 21 years in the Ghana Armed Forces including two UN peacekeeping tours. Since retirement I have managed corporate security for a mining company and now seek the Head of Security role at a port or utility.

MILITARY SERVICE (2001 - 2022)
Ghana Armed Forces - 3 Battalion of Infantry and Military Intelligence Unit
  - Company Commander, GHANBATT, UNIFIL (Lebanon), 2012
  - Operations Officer, UNMISS (South Sudan) 2016-2017: planned protection-of-civilians patrols
  - Staff Officer, Military Intelligence: screened and vetted 300 recruits a year
  - Retired voluntarily in the rank of Major
CIVILIAN
Security Manager, Golden Star Resources, Wassa (2022 - present)
  - Lead a 140-strong guard force and liaison with police on illegal mining arrests
  - Introduced biometric access control for 2,000 mine workers

EDUCATION
MA Conflict, Peace and Security, Kofi Annan International Peacekeeping Training Centre (2015)
Ghana Military Academy, Regular Career Course
Certified Protection Professional (CPP), ASIS

PERSONAL
Date of birth: 12/03/1978. Dagomba. A Muslim; I am a member of the Ahmadiyya Muslim Mission in Tamale. Married, five children. Hobby: polo. I served as NDC constituency security coordinator in the 2024 election campaign after retirement.

REFEREES
Brig. Gen. (Rtd) Emmanuel Kotei-Ansah - 024 555 9011
Mrs. Afua Owusu, HR Director, Golden Star Resources
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 12/03/1978"),
 ("ethnic_origin", "Dagomba"),
 ("religious_belief", "A Muslim; I am a member of the Ahmadiyya Muslim Mission in Tamale"),
 ("family_status", "Married, five children"),
 ("political_opinion", "I served as NDC constituency security coordinator in the 2024 election campaign"),
],
keep=[
 "Company Commander, GHANBATT, UNIFIL (Lebanon)",
 "Operations Officer, UNMISS (South Sudan)",
 "Staff Officer, Military Intelligence: screened and vetted 300 recruits a year",
 "Security Manager, Golden Star Resources, Wassa",
 "liaison with police on illegal mining arrests",
 "Introduced biometric access control for 2,000 mine workers",
 "MA Conflict, Peace and Security, Kofi Annan International Peacekeeping Training Centre",
 "Certified Protection Professional (CPP), ASIS",
],
contact=["ALHASSAN IDDRISU SULEMANA", "Tamale, Northern Region / Accra", "+233 20 555 4418",
 "a.i.sulemana@gmail.com", "Brig. Gen. (Rtd) Emmanuel Kotei-Ansah", "024 555 9011", "Mrs. Afua Owusu"]),

# 025 Nigeria Police Force inspector
dict(text="""
RESUME
INSPECTOR CHINONSO EMMANUEL OKAFOR (AP/No. 412908)
Nigeria Police Force, Lagos State Command

Residential Address: 17 Adeniran Street, Ikorodu, Lagos
GSM: 0816 555 4402 | chinonso.okafor@gmail.com
Sex: Male | Age: 39 years | Genotype: AS
State of Origin: Anambra | Religion: Christianity (Catholic) | Marital Status: Married

OBJECTIVE
To move into the State CID anti-fraud section and apply my investigation and prosecution experience to cybercrime.

WORK HISTORY
Investigating Police Officer (IPO), Area F Command, Ikeja - 2019 to date
 - Investigated 120+ cases of armed robbery, fraud and domestic violence; effected arrests and recorded statements under the ACJL
 - Police Prosecutor at the Ikeja Magistrate Court: prosecuted 60 cases to judgment
 - Handled the recovery of exhibits and liaised with the DPP for legal advice on murder files
Sergeant / Corporal, Rapid Response Squad, Alausa - 2010 to 2019
 - Patrol team leader; crowd control during the 2015 and 2019 elections

EDUCATION
HND Criminology and Security Studies, Yaba College of Technology (2016)
Police Training School, Ikeja - Recruit Constable Course (2009)
Certificate in Cybercrime Investigation, EFCC Academy (2023)

DISCIPLINARY RECORD
Orderly room trial in 2014 for absence from duty; punished with a reprimand. No other entry.

REFEREES
1. CSP Adebayo Olowu, DPO Ogba Division - 0803 555 6612
2. Barr. Ngozi Eze, Ikeja
""",
sensitive=[
 ("date_of_birth_age", "Age: 39 years"),
 ("genetic_biometric", "Genotype: AS"),
 ("ethnic_origin", "State of Origin: Anambra"),
 ("religious_belief", "Religion: Christianity (Catholic)"),
 ("family_status", "Marital Status: Married"),
 ("criminal_record", "Orderly room trial in 2014 for absence from duty; punished with a reprimand"),
],
keep=[
 "Investigating Police Officer (IPO), Area F Command, Ikeja",
 "effected arrests and recorded statements under the ACJL",
 "Police Prosecutor at the Ikeja Magistrate Court: prosecuted 60 cases to judgment",
 "liaised with the DPP for legal advice on murder files",
 "Rapid Response Squad",
 "HND Criminology and Security Studies, Yaba College of Technology",
 "Certificate in Cybercrime Investigation, EFCC Academy",
],
contact=["CHINONSO EMMANUEL OKAFOR", "AP/No. 412908", "17 Adeniran Street, Ikorodu, Lagos", "0816 555 4402",
 "chinonso.okafor@gmail.com", "CSP Adebayo Olowu", "0803 555 6612", "Barr. Ngozi Eze"]),

# 026 Irish Defence Forces veteran to prison officer
dict(text="""
Declan "Dec" Ward
Mullingar, Co. Westmeath  |  086 555 7713  |  decward81@gmail.com

Application: Recruit Prison Officer, Irish Prison Service (Competition IPS/2026/02)

SUMMARY
Twenty years in the Defence Forces, finishing as a Company Quartermaster Sergeant with the 6th Infantry Battalion in Athlone. Discipline, calm de-escalation and looking after people are what I'm good at.

DEFENCE FORCES SERVICE (2004 - 2024)
CQMS, B Company, 6th Infantry Battalion (2017 - 2024): stores, accounts and welfare for 120 personnel
Section Commander, UNIFIL 111th and 117th Infantry Battalions, South Lebanon
Military Police duties at Custume Barracks guardroom: prisoner escorts and custody under the Defence Act
Instructor, Potential NCO course

SINCE LEAVING
Security Supervisor, G4S at Athlone Institute of Technology (2024 - present)

QUALIFICATIONS
QQI Level 6 Certificate in Security Management
Occupational First Aid (PHECC), renewed 2025
Full clean driving licence, categories B and C

OTHER THINGS YOU SHOULD KNOW
I'm from a Traveller family - I grew up on the Clonbrusk halting site and I'm proud of it.
I was a PDFORRA barracks representative for six years.
My genetic test in 2022 showed I carry the Huntington's gene like my father; I have no symptoms and I'm under the neurology clinic in Tallaght for monitoring.
Separated, one son (12), shared custody.

Referees: Comdt. Niamh Gallagher, 6 Inf Bn; Mr Paul Kearns, G4S
""",
sensitive=[
 ("ethnic_origin", "I'm from a Traveller family - I grew up on the Clonbrusk halting site"),
 ("trade_union", "I was a PDFORRA barracks representative for six years"),
 ("genetic_biometric", "My genetic test in 2022 showed I carry the Huntington's gene like my father"),
 ("health", "I'm under the neurology clinic in Tallaght for monitoring"),
 ("family_status", "Separated, one son (12), shared custody"),
],
keep=[
 "Company Quartermaster Sergeant",
 "CQMS, B Company, 6th Infantry Battalion",
 "Section Commander, UNIFIL 111th and 117th Infantry Battalions, South Lebanon",
 "Military Police duties at Custume Barracks guardroom: prisoner escorts and custody under the Defence Act",
 "Security Supervisor, G4S",
 "QQI Level 6 Certificate in Security Management",
 "Occupational First Aid (PHECC)",
],
contact=["Declan \"Dec\" Ward", "Mullingar, Co. Westmeath", "086 555 7713", "decward81@gmail.com",
 "Comdt. Niamh Gallagher", "Mr Paul Kearns"]),

# 027 US municipal sanitation supervisor
dict(text="""
ANTHONY "TONY" GRECO
Solid Waste Operations Supervisor candidate
Cleveland, OH 44109 | 216-555-0925 | tonygreco.cle@gmail.com

Experience
City of Cleveland, Division of Waste Collection and Disposal
Refuse Collection Crew Leader, 2016 - present
- Lead 3 crews (14 workers) on automated and rear-load routes, 9,000 stops a day
- Cut missed-pickup complaints 31% by re-routing with the city's GIS team
- Trained new hires on CDL pre-trip inspection and OSHA backing safety
- Sat on the management side of the joint labor-management safety committee after promotion
Refuse Collector / Driver, 2011 - 2016

Public Works, City of Parma - Seasonal Laborer, 2009 - 2011 (snow plow, leaf collection)

Licenses & Training
Ohio CDL Class B with air brakes
SWANA Certified Collection Systems Manager (2022)
Cuyahoga Community College - Certificate, Public Administration (2019)

About my background
I have a felony record from 2007 (receiving stolen property, age 20). It was sealed by the Cuyahoga County court in 2018 and I'm happy to talk about it. I've been in recovery from opioid addiction for fourteen years and sponsor men in NA.
Before promotion I was a steward for AFSCME Local 100.
I ran for Cleveland City Council, Ward 14, in 2021 as an independent progressive and lost in the primary.
My husband Marcus and I have fostered six kids through Cuyahoga County.

References: Michael Cox, Commissioner of Waste Collection; Sheila Dunbar, Ward 14 block club
""",
sensitive=[
 ("criminal_record", "I have a felony record from 2007 (receiving stolen property"),
 ("date_of_birth_age", "age 20"),
 ("criminal_record", "It was sealed by the Cuyahoga County court in 2018"),
 ("health", "I've been in recovery from opioid addiction for fourteen years and sponsor men in NA"),
 ("trade_union", "I was a steward for AFSCME Local 100"),
 ("political_opinion", "I ran for Cleveland City Council, Ward 14, in 2021 as an independent progressive"),
 ("sexual_orientation", "My husband Marcus"),
 ("family_status", "have fostered six kids through Cuyahoga County"),
],
keep=[
 "Refuse Collection Crew Leader",
 "City of Cleveland, Division of Waste Collection and Disposal",
 "Cut missed-pickup complaints 31% by re-routing with the city's GIS team",
 "Sat on the management side of the joint labor-management safety committee after promotion",
 "Ohio CDL Class B with air brakes",
 "SWANA Certified Collection Systems Manager",
 "Certificate, Public Administration",
],
contact=["ANTHONY \"TONY\" GRECO", "Cleveland, OH 44109", "216-555-0925", "tonygreco.cle@gmail.com",
 "Michael Cox", "Sheila Dunbar"]),

# 028 Australia APS EL1 policy officer
dict(text="""
Dr Kirra Simpson-Tully
Canberra ACT 2602 · 0402 555 619 · kirra.st@iinet.net.au

EL1 Assistant Director, policy and program design. Applying for EL2 Director, Closing the Gap Partnerships, National Indigenous Australians Agency (identified position).

Cultural identity
I am a Wiradjuri woman from Narrandera. This is an Identified position and I can provide confirmation of Aboriginality from the Narrandera Local Aboriginal Land Council.

Employment
National Indigenous Australians Agency - Assistant Director, Remote Employment Policy (EL1), 2021 - present
 - Co-designed the Remote Jobs and Economic Development Program with the Coalition of Peaks
 - Drafted Cabinet submissions and Senate Estimates briefs; managed a $40m grants round
Department of Social Services - Policy Officer (APS 6), 2016 - 2021
 - Evaluated the Cashless Debit Card trial sites; led community consultation in Ceduna
Department of Health - Graduate (APS 4), 2015

Education
PhD Public Policy, ANU (2020) - thesis on Indigenous data sovereignty
Bachelor of Arts (Hons), Charles Sturt University

Also
CPSU section delegate at NIAA, 2022-2024.
I stood for the ACT Greens in Kurrajong at the 2020 Legislative Assembly election (not elected) and I remain a member; I understand the APS Code of Conduct obligations.
My partner Jodie and I live in Ainslie.

Referees: Ms Leah Carmody, Branch Manager NIAA; Prof. Maggie Walter
""",
sensitive=[
 ("ethnic_origin", "I am a Wiradjuri woman from Narrandera"),
 ("ethnic_origin", "I can provide confirmation of Aboriginality from the Narrandera Local Aboriginal Land Council"),
 ("trade_union", "CPSU section delegate at NIAA, 2022-2024"),
 ("political_opinion", "I stood for the ACT Greens in Kurrajong at the 2020 Legislative Assembly election (not elected) and I remain a member"),
 ("sexual_orientation", "My partner Jodie"),
],
keep=[
 "Assistant Director, Remote Employment Policy (EL1)",
 "National Indigenous Australians Agency",
 "Co-designed the Remote Jobs and Economic Development Program with the Coalition of Peaks",
 "Drafted Cabinet submissions and Senate Estimates briefs; managed a $40m grants round",
 "Evaluated the Cashless Debit Card trial sites",
 "PhD Public Policy, ANU (2020) - thesis on Indigenous data sovereignty",
 "Bachelor of Arts (Hons), Charles Sturt University",
],
contact=["Dr Kirra Simpson-Tully", "Canberra ACT 2602", "0402 555 619", "kirra.st@iinet.net.au",
 "Ms Leah Carmody", "Prof. Maggie Walter"]),

# 029 Canada RCMP veteran to civilian
dict(text="""
Graham Beaulieu
Kelowna, BC V1Y | 250-555-0361 | g.beaulieu@telus.net

Emergency Management Coordinator - applying to the Regional District of Central Okanagan

Summary of qualifications
 - 19 years with the RCMP in general duty, major crime and emergency response
 - Incident Command System ICS-300 / ICS-400 and EOC Director training (JIBC)
 - Wildfire evacuation planning with BC Wildfire Service and First Nations partners

Experience
Royal Canadian Mounted Police
Corporal, Kelowna Regional Detachment, General Investigation Section, 2014 - 2023
   Investigated break-and-enters and frauds, drafted Reports to Crown Counsel, executed search warrants and led arrest teams
   Detachment lead for the 2021 and 2023 wildfire evacuation orders (12,000 residents)
Constable, Prince George and Fort St. James detachments, 2004 - 2014
City of Kelowna - Emergency Program Assistant (contract), 2024 - present

Education
Diploma, Emergency and Security Management, Justice Institute of British Columbia (2024)
RCMP Depot Division, Cadet Training Program (2004)

Why I left the Force
I was medically released in 2023 with an operational stress injury after the 2021 fires; I have a Veterans Affairs Canada disability award and I'm doing well with treatment. While serving I was a divisional representative for the National Police Federation.
Since leaving I've volunteered for the Conservative Party in Kelowna-Lake Country. Widower since 2019; my two daughters are at UBC Okanagan.
A DNA test in 2020 showed I have Factor V Leiden, so I'm on blood thinners after a clot.

Reference: Insp. Sandra Halvorsen (ret.)
""",
sensitive=[
 ("health", "I was medically released in 2023 with an operational stress injury after the 2021 fires; I have a Veterans Affairs Canada disability award"),
 ("trade_union", "I was a divisional representative for the National Police Federation"),
 ("political_opinion", "I've volunteered for the Conservative Party in Kelowna-Lake Country"),
 ("family_status", "Widower since 2019; my two daughters are at UBC Okanagan"),
 ("genetic_biometric", "A DNA test in 2020 showed I have Factor V Leiden"),
 ("health", "I'm on blood thinners after a clot"),
],
keep=[
 "Corporal, Kelowna Regional Detachment, General Investigation Section",
 "drafted Reports to Crown Counsel, executed search warrants and led arrest teams",
 "Detachment lead for the 2021 and 2023 wildfire evacuation orders (12,000 residents)",
 "Incident Command System ICS-300 / ICS-400 and EOC Director training (JIBC)",
 "Emergency Program Assistant",
 "Diploma, Emergency and Security Management, Justice Institute of British Columbia",
],
contact=["Graham Beaulieu", "Kelowna, BC V1Y", "250-555-0361", "g.beaulieu@telus.net", "Insp. Sandra Halvorsen"]),

# 030 UK Border Force higher officer
dict(text="""
LEANNE BOSWELL
Border Force Higher Officer | Dover
Folkestone CT19 | 07700 900507 | leanne.boswell.bf@gmail.com

I'm a Higher Officer at the Port of Dover with ten years' frontline experience, looking for a Senior Officer role in the Clandestine Channel Threat Command.

EXPERIENCE
Border Force - Higher Officer, Dover Eastern Docks (2021 - now)
  → Manage a shift of 22 officers on tourist and freight controls
  → Oversaw biometric enrolment of small-boat arrivals at Western Jet Foil and Manston: fingerprints, photographs and Eurodac checks
  → Signed off detention decisions and referred facilitators to the NCA for prosecution
  → Lead on safeguarding referrals for unaccompanied asylum-seeking children
Border Force Officer, Coquelles juxtaposed controls (2016 - 2021)
Assistant Officer, Heathrow Terminal 4 (2014 - 2016)

QUALIFICATIONS
Level 4 Diploma in Border Control (Home Office)
PIP Level 1 investigator; Immigration Act powers of arrest trained
French B2

A BIT ABOUT ME
I come from a Romany Gypsy family in Kent and I'm the first in it to wear a uniform. I'm bi and co-chair the Home Office LGBT+ staff network for the South East. Before the Civil Service I had a conviction for common assault (Maidstone Magistrates, 2009, fine); it became spent and was declared at my CTC vetting. PCS workplace rep at Dover since 2019.

References: SO Mark Pettit, Border Force Dover; Ms Gail Cheung, Home Office HR
""",
sensitive=[
 ("ethnic_origin", "I come from a Romany Gypsy family in Kent"),
 ("sexual_orientation", "I'm bi and co-chair the Home Office LGBT+ staff network for the South East"),
 ("criminal_record", "I had a conviction for common assault (Maidstone Magistrates, 2009, fine); it became spent and was declared at my CTC vetting"),
 ("trade_union", "PCS workplace rep at Dover since 2019"),
],
keep=[
 "Border Force - Higher Officer, Dover Eastern Docks",
 "Oversaw biometric enrolment of small-boat arrivals at Western Jet Foil and Manston: fingerprints, photographs and Eurodac checks",
 "Signed off detention decisions and referred facilitators to the NCA for prosecution",
 "Lead on safeguarding referrals for unaccompanied asylum-seeking children",
 "Level 4 Diploma in Border Control (Home Office)",
 "PIP Level 1 investigator",
 "Immigration Act powers of arrest trained",
],
contact=["LEANNE BOSWELL", "Folkestone CT19", "07700 900507", "leanne.boswell.bf@gmail.com",
 "SO Mark Pettit", "Ms Gail Cheung"]),
]
