# trades-en-011 .. 020, typed by hand
CVS = [
# 011 bus technician, Birmingham
dict(text="""
Name: Dean Whitehouse
Mobile: 07803 415 276
Email: deanwhitehouse.mech@gmail.com
Address: 22 Coronation Rd, Great Barr, Birmingham B43 6JT

PROFILE
Bus & coach technician, 18 yrs on the tools. PSV and light vehicle. EV/hybrid trained. Happy on lates and weekend breakdown cover.

QUALS
IMI Level 3 Heavy Vehicle Maintenance (PSV)
MOT Tester Class 4 & 7
IMI EV Level 3 (high voltage, live working)
Air con F-gas (Cat 1)

JOBS
National Express West Midlands, Perry Barr garage - Senior Technician (2012-now)
  - PMI inspections, brakes, DPF, Volvo & Alexander Dennis, electric Wright StreetDeck
  - I'm also the Unite shop steward for the engineering side (since 2019)
Kwik Fit - Mobile Tyre/Brake Tech (2006-2012)

HEALTH/OTHER
Red-green colour blind - I test wiring with a meter and never had an issue, passed all the IMI assessments.
Labour Party member, help out at election time in Perry Barr.
Age 45. Two teenage lads from my marriage; these days I live with my partner Steve.
""",
sensitive=[
 ("trade_union", "Unite shop steward for the engineering side (since 2019)"),
 ("health", "Red-green colour blind"),
 ("political_opinion", "Labour Party member, help out at election time in Perry Barr"),
 ("date_of_birth_age", "Age 45"),
 ("family_status", "Two teenage lads from my marriage"),
 ("sexual_orientation", "I live with my partner Steve"),
],
keep=["IMI Level 3 Heavy Vehicle Maintenance (PSV)", "MOT Tester Class 4 & 7", "IMI EV Level 3 (high voltage, live working)",
      "National Express West Midlands, Perry Barr garage", "Senior Technician", "PMI inspections", "Kwik Fit"],
contact=["Dean Whitehouse", "07803 415 276", "deanwhitehouse.mech@gmail.com",
         "22 Coronation Rd, Great Barr, Birmingham B43 6JT"],
),

# 012 multi-drop van driver, Manchester
dict(text="""
JORDAN HEALEY - Multi-drop Van Driver
Wythenshawe, M22 · 07488 920 615 · jhealey.drives@gmail.com

• Full UK licence (B + C1), 3 pts (SP30, 2022)
• 120-150 drops/day, Sprinter & Luton, tail-lift
• Own Transit Custom, goods-in-transit & hire-and-reward insured
• Face ID verified on Amazon Flex and Uber Eats apps - never failed a check

WORK
DPD - Owner Driver, Trafford Park depot, 2021-now
 - 98% first-time delivery, Predict app, photo POD
 - Out and proud - LGBT+ rep on the DPD depot network
Amazon Flex - self employed blocks, 2019-2021
Sofology - 2-man crew, furniture delivery & assembly, 2017-2019

ABOUT
Single dad, sole custody of my son (7) - I can start after 9:15 drop off, or do a 4-day week.
Diagnosed ADHD as an adult (2020), on meds, honestly it helps me on route planning.
Possession conviction (cannabis, 2016) - spent, won't show on a basic DBS.
D.O.B 02-09-1995
""",
sensitive=[
 ("genetic_biometric", "Face ID verified on Amazon Flex and Uber Eats apps"),
 ("sexual_orientation", "Out and proud - LGBT+ rep on the DPD depot network"),
 ("family_status", "Single dad, sole custody of my son (7)"),
 ("health", "Diagnosed ADHD as an adult (2020), on meds"),
 ("criminal_record", "Possession conviction (cannabis, 2016) - spent"),
 ("date_of_birth_age", "D.O.B 02-09-1995"),
],
keep=["Full UK licence (B + C1)", "120-150 drops/day, Sprinter & Luton, tail-lift",
      "goods-in-transit & hire-and-reward insured", "DPD - Owner Driver, Trafford Park depot",
      "98% first-time delivery", "Amazon Flex - self employed blocks", "Sofology - 2-man crew"],
contact=["JORDAN HEALEY", "Wythenshawe, M22", "07488 920 615", "jhealey.drives@gmail.com"],
),

# 013 Filipino pipe welder, OFW resume
dict(text="""
RESUME

JOHN MARK DELA CRUZ
Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Cainta, Rizal
Cellphone: 0917 845 2261
Email: johnmark.delacruz1993@gmail.com

OBJECTIVE
To obtain a position as Pipe Welder / Structural Welder in an overseas company where my skills and experience will be fully utilized.

PERSONAL DATA
Date of Birth : June 4, 1993
Age           : 31
Sex           : Male
Civil Status  : Married
Religion      : Roman Catholic
Citizenship   : Filipino
Height/Weight : 5'7" / 68 kg
Passport No.  : P4471823B

QUALIFICATIONS
- TESDA NC II Shielded Metal Arc Welding (SMAW)
- TESDA NC II Gas Tungsten Arc Welding (GTAW)
- 6G pipe welding, carbon steel & stainless, ASME IX qualified
- Basic Occupational Safety & Health (BOSH)

WORK EXPERIENCE
Pipe Welder - Hyundai Engineering & Construction, Ras Tanura, Saudi Arabia (2019 - 2023)
 - refinery expansion, 6G root & cap, RT pass rate 98%
Structural Welder - Keppel Subic Shipyard, Subic Bay (2015 - 2019)
 - hull blocks, fillet & butt joints, FCAW

OTHERS
Medical: fit to work (PEME Sept 2024).
Fingerprint biometrics done at VFS Tasheel for new Saudi work visa.

CHARACTER REFERENCE
Engr. Rodel Magbanua - QA/QC Supervisor - +63 918 332 7710
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth : June 4, 1993"),
 ("date_of_birth_age", "Age           : 31"),
 ("family_status", "Civil Status  : Married"),
 ("religious_belief", "Religion      : Roman Catholic"),
 ("ethnic_origin", "Citizenship   : Filipino"),
 ("genetic_biometric", "Fingerprint biometrics done at VFS Tasheel"),
],
keep=["TESDA NC II Shielded Metal Arc Welding (SMAW)", "TESDA NC II Gas Tungsten Arc Welding (GTAW)",
      "6G pipe welding, carbon steel & stainless, ASME IX qualified", "Basic Occupational Safety & Health (BOSH)",
      "Hyundai Engineering & Construction, Ras Tanura", "Keppel Subic Shipyard", "Pipe Welder / Structural Welder"],
contact=["JOHN MARK DELA CRUZ", "Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Cainta, Rizal", "0917 845 2261",
         "johnmark.delacruz1993@gmail.com", "P4471823B", "Engr. Rodel Magbanua", "+63 918 332 7710"],
),

# 014 Indian electrician bio-data for Gulf
dict(text="""
BIO-DATA

Post Applied For : ELECTRICIAN (Gulf / Malaysia)

Name              : Mohd. Irfan Ansari
Father's Name     : Mohd. Salim Ansari
Date of Birth     : 15-08-1994
Religion          : Muslim
Caste             : Ansari (OBC)
Marital Status    : Married
Nationality       : Indian
Languages Known   : Hindi, Urdu, English (working), Arabic (little)
Permanent Address : Vill. Chakia, Post Chakia, Dist. East Champaran, Bihar - 845412
Mobile            : +91 98351 22740

Technical Qualification
ITI Electrician (NCVT), Govt. ITI Motihari, 2013
Wireman Licence - Bihar

Experience (8 years)
1) Larsen & Toubro (L&T) - Electrician, metro depot, Patna - 2016 to 2019
   cable laying, HT/LT panel termination, earthing, DG sets
2) Al Naboodah Contracting, Dubai - Electrician - 2019 to 2023
   villa & tower MEP, DB dressing, conduit, testing with megger

Health: Medically fit. Left thumb injury at site (2021), fully healed.

Declaration
I hereby declare that the above information is true to the best of my knowledge and belief.
Place: Motihari                                  (MOHD. IRFAN ANSARI)
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth     : 15-08-1994"),
 ("religious_belief", "Religion          : Muslim"),
 ("ethnic_origin", "Caste             : Ansari (OBC)"),
 ("family_status", "Marital Status    : Married"),
 ("ethnic_origin", "Nationality       : Indian"),
 ("health", "Left thumb injury at site (2021)"),
],
keep=["ITI Electrician (NCVT), Govt. ITI Motihari", "Wireman Licence - Bihar", "Larsen & Toubro (L&T)",
      "HT/LT panel termination", "Al Naboodah Contracting, Dubai", "DB dressing, conduit, testing with megger"],
contact=["Mohd. Irfan Ansari", "Mohd. Salim Ansari",
         "Vill. Chakia, Post Chakia, Dist. East Champaran, Bihar - 845412", "+91 98351 22740", "MOHD. IRFAN ANSARI"],
),

# 015 UPS unload lead, Louisville
dict(text="""
Tanisha Brooks
Louisville, KY 40211 · (502) 555-0176 · tanisha.brooks.ky@gmail.com

Objective: Full-time 3rd shift Material Handler / Lead. Fair-chance employer preferred.

Experience
UPS Worldport - Package Handler, then Unload Lead (2018-present)
- Teamsters Local 89, elected steward on the Preload since 2022
- 1,100+ packages/hr on the unload, trained 30+ new hires
- hazmat segregation, irregs, jam clearing
Ford Kentucky Truck Plant (temp via Aerotek) - Assembler (2017-2018)

Certifications
- OSHA 10 General Industry
- Forklift (sit-down, stand-up reach, order picker)
- CPR/AED

Background
I have a 2011 felony conviction (theft by unlawful taking) and served 3 years at Kentucky Correctional Institution for Women. Finished parole 2017. Partial expungement pending.

Personal
My wife Keisha and I are raising her daughter (10), so I prefer nights.
DOB 9/30/1988
""",
sensitive=[
 ("trade_union", "Teamsters Local 89, elected steward on the Preload since 2022"),
 ("criminal_record", "I have a 2011 felony conviction (theft by unlawful taking) and served 3 years at Kentucky Correctional Institution for Women"),
 ("criminal_record", "Finished parole 2017"),
 ("criminal_record", "Partial expungement pending"),
 ("sexual_orientation", "My wife Keisha"),
 ("family_status", "raising her daughter (10)"),
 ("date_of_birth_age", "DOB 9/30/1988"),
],
keep=["UPS Worldport", "Unload Lead", "trained 30+ new hires", "Ford Kentucky Truck Plant",
      "OSHA 10 General Industry", "Forklift (sit-down, stand-up reach, order picker)", "CPR/AED"],
contact=["Tanisha Brooks", "Louisville, KY 40211", "(502) 555-0176", "tanisha.brooks.ky@gmail.com"],
),

# 016 Ukrainian room attendant, Cork
dict(text="""
Olena Kovalchuk
Room Attendant / Housekeeping Supervisor
Ballincollig, Co. Cork | 083 417 2290 | olena.kovalchuk.cork@gmail.com

Ukrainian, here under Temporary Protection (Stamp 4) since April 2022 - full right to work.

Work
Clayton Hotel Cork City - Room Attendant, 2022-now
 · 14-16 rooms per shift, VIP & checkouts, linen room, minibar
 · promoted to floor checker 2024
Reikartz Hotel Kharkiv - Housekeeping Supervisor, 2015-2022
 · team of 9, lost property, stock of chemicals and amenities

Training
Manual Handling (QQI), HACCP Level 1, Fire Warden, English B1 (ETB course)

Personal
40 years old. I'm here with my 2 daughters (12 and 16); my husband is still in Ukraine (army), so I need school-hours or weekend shifts.
Since the war I have panic attacks sometimes, I see a counsellor, it does not affect my work.
Orthodox Christian - I would like Easter Sunday off (April/May).

Reference: Siobhán Daly, Head Housekeeper - 021 422 4900
""",
sensitive=[
 ("ethnic_origin", "Ukrainian, here under Temporary Protection (Stamp 4) since April 2022"),
 ("date_of_birth_age", "40 years old"),
 ("family_status", "I'm here with my 2 daughters (12 and 16); my husband is still in Ukraine (army)"),
 ("health", "panic attacks sometimes, I see a counsellor"),
 ("religious_belief", "Orthodox Christian - I would like Easter Sunday off"),
],
keep=["Clayton Hotel Cork City", "promoted to floor checker 2024", "Reikartz Hotel Kharkiv", "Housekeeping Supervisor",
      "Manual Handling (QQI)", "HACCP Level 1", "Fire Warden"],
contact=["Olena Kovalchuk", "Ballincollig, Co. Cork", "083 417 2290", "olena.kovalchuk.cork@gmail.com",
         "Siobhán Daly", "021 422 4900"],
),

# 017 retail customer assistant, Cardiff
dict(text="""
Ffion Pritchard
Customer Assistant
Splott, Cardiff CF24 · 07722 390 114 · ffionpritchard03@icloud.com

Hi! I'm 19 and I've worked in retail since I was 16. Can do evenings, weekends, bank hols (not Thursday evenings - college).

EXPERIENCE
Tesco Extra, Pengam Green - Customer Assistant (2022-now)
- tills, self-checkout host, cash office cover
- Click & Collect, online picking (handheld)
- Age-verification "Think 25" refusals logged
- Usdaw member & I've just become the store's Usdaw health & safety rep
Greggs, Queen Street - Team Member (Saturday job 2021-2022)

EDUCATION
Level 3 Extended Diploma Business - Cardiff and Vale College (ongoing)
GCSEs x 8 incl. Welsh (Ysgol Gyfun Gymraeg Glantaf)
Level 2 Food Safety & Hygiene

ABOUT ME
Type 1 diabetic (insulin pump) so I just need to keep a juice on me and a quick break if I go low.
I volunteer with Pride Cymru every August - proud bi girl!
""",
sensitive=[
 ("date_of_birth_age", "I'm 19"),
 ("date_of_birth_age", "since I was 16"),
 ("trade_union", "Usdaw member"),
 ("trade_union", "I've just become the store's Usdaw health & safety rep"),
 ("health", "Type 1 diabetic (insulin pump)"),
 ("sexual_orientation", "I volunteer with Pride Cymru every August"),
 ("sexual_orientation", "proud bi girl"),
],
keep=["Tesco Extra, Pengam Green", "cash office cover", "Click & Collect, online picking",
      "Age-verification \"Think 25\" refusals logged", "Greggs, Queen Street",
      "Level 3 Extended Diploma Business", "Cardiff and Vale College", "Level 2 Food Safety & Hygiene"],
contact=["Ffion Pritchard", "Splott, Cardiff CF24", "07722 390 114", "ffionpritchard03@icloud.com"],
),

# 018 gas engineer, Swindon
dict(text="""
Plumbing & Heating Engineer - Gas Safe registered
Marcus Hollins   Tel 07934 228 651   marcus@hollinsheating.co.uk
Base: Swindon SN2 (cover Wilts & Glos)

Gas Safe Reg. No. 612884
ACS: CCN1, CENWAT, CKR1, HTR1
G3 Unvented, Water Regs (WRAS)
Heat pumps: LCL Awards Level 3 ASHP (MCS)

2019-now   Self-employed (Hollins Heating) - boiler installs & servicing, 400+ landlord gas safety certs/yr
2016-2019  Engineer, British Gas (HomeCare), Bristol patch
2013-2016  Improver plumber, Mears Group - social housing repairs

How I got into the trade: I did City & Guilds Level 2 Plumbing while serving a sentence at HMP Guys Marsh (2010-2013, robbery). Came out and got taken on by Mears through their ex-offender scheme. Nothing since, and I'm happy to talk about it at interview.

Age 38, engaged to my fiancé Jamal (wedding next June!).
Van, own tools, PLI £5m.
""",
sensitive=[
 ("criminal_record", "while serving a sentence at HMP Guys Marsh (2010-2013, robbery)"),
 ("criminal_record", "through their ex-offender scheme"),
 ("date_of_birth_age", "Age 38"),
 ("sexual_orientation", "engaged to my fiancé Jamal"),
],
keep=["ACS: CCN1, CENWAT, CKR1, HTR1", "G3 Unvented", "LCL Awards Level 3 ASHP (MCS)", "British Gas (HomeCare)",
      "Mears Group", "City & Guilds Level 2 Plumbing", "400+ landlord gas safety certs/yr"],
contact=["Marcus Hollins", "07934 228 651", "marcus@hollinsheating.co.uk", "Swindon SN2", "612884", "Hollins Heating"],
),

# 019 Polish carpenter, Peterborough
dict(text="""
KRZYSZTOF NOWAK
Carpenter / Joiner (1st & 2nd fix) - CSCS Gold Advanced Craft
Peterborough PE1 · 07521 640 388 · k.nowak.joinery@gmail.com

TRADE
- NVQ Level 3 Site Carpentry (OSAT, 2019)
- CSCS Gold card
- formwork, roof cutting (cut & pitch), stud walls, doors & ironmongery, kitchens
- own tools + 110V, Festool track saw, laser level

SITES
2020-now   Carpenter, Morgan Sindall - schools framework (Cambs)
2016-2020  Carpenter (CIS subbie), Persimmon Homes - 2nd fix, 4 plots/week
2012-2016  Labourer then Improver, agencies (Hays, Randstad CPE)
2005-2011  Stolarz, Zakład Stolarski Kowalczyk, Kielce (Poland)

Site access at Morgan Sindall is Biosite - my fingerprint and face are on their system since 2020.

Personal
Polish citizen, settled status (EUSS) granted 2020.
Born 12.10.1984.
I live with my partner Marek (we have a civil partnership since 2021).
Car + van.
""",
sensitive=[
 ("genetic_biometric", "my fingerprint and face are on their system since 2020"),
 ("ethnic_origin", "Polish citizen, settled status (EUSS) granted 2020"),
 ("date_of_birth_age", "Born 12.10.1984"),
 ("sexual_orientation", "my partner Marek (we have a civil partnership since 2021)"),
],
keep=["NVQ Level 3 Site Carpentry (OSAT, 2019)", "CSCS Gold card", "roof cutting (cut & pitch)",
      "Carpenter, Morgan Sindall", "Persimmon Homes", "Zakład Stolarski Kowalczyk, Kielce", "Festool track saw"],
contact=["KRZYSZTOF NOWAK", "Peterborough PE1", "07521 640 388", "k.nowak.joinery@gmail.com"],
),

# 020 private hire / hackney driver, Bradford
dict(text="""
Mohammed Tariq Hussain
Private Hire / Hackney Driver
Manningham, Bradford BD8 · 07841 552 903 · mthussain72@hotmail.com

LICENCES
• Bradford Council Private Hire Driver licence (badge 4471)
• Hackney Carriage licence - since 2009
• Enhanced DBS (update service)
• DVSA taxi assessment pass, wheelchair accessible (WAV) trained
• Safeguarding / CSE awareness (council course)

WORK
2009-now   Driver, Sovereign Cars - airport runs (LBA, MAN), council SEN school contracts, hospital patient transport for Bradford Royal Infirmary
2001-2009  Bus driver, First Bradford (PCV D licence)

About me
British Pakistani, born in Mirpur and came here aged 8.
Date of birth 04/02/1972.
I don't work 12:30-2:00 on Fridays (jummah), and I reduce hours in Ramadan.
Sleep apnoea - on CPAP since 2017, DVLA notified, licence kept.
Married, 4 children (youngest 9).
""",
sensitive=[
 ("ethnic_origin", "British Pakistani, born in Mirpur"),
 ("date_of_birth_age", "aged 8"),
 ("date_of_birth_age", "Date of birth 04/02/1972"),
 ("religious_belief", "I don't work 12:30-2:00 on Fridays (jummah)"),
 ("religious_belief", "I reduce hours in Ramadan"),
 ("health", "Sleep apnoea - on CPAP since 2017"),
 ("family_status", "Married, 4 children (youngest 9)"),
],
keep=["Bradford Council Private Hire Driver licence", "Hackney Carriage licence", "Enhanced DBS (update service)",
      "wheelchair accessible (WAV) trained", "Safeguarding / CSE awareness", "Sovereign Cars",
      "hospital patient transport for Bradford Royal Infirmary", "First Bradford (PCV D licence)"],
contact=["Mohammed Tariq Hussain", "Manningham, Bradford BD8", "07841 552 903", "mthussain72@hotmail.com", "badge 4471"],
),
]
