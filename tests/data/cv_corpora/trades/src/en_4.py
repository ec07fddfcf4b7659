# trades-en-031 .. 040, typed by hand
CVS = [
# 031 app delivery rider, London
dict(text="""
Rafael Nogueira Santos
Delivery rider (e-bike & scooter) / Courier
Stratford, London E15 · 07380 551 229 · rafa.nogueira.santos@gmail.com

Riding for the apps since 2019, 8,000+ deliveries, 4.9 rating.
- Deliveroo, Uber Eats, Just Eat (Stuart) - self-employed
- CBT + full motorcycle licence A2, hire & reward insurance
- I pass the ID selfie (face recognition) check every login - account in my own name, never rented
- Food hygiene level 2
- know every back road from Bow to Canning Town

Before: Barista, Pret A Manger (2017-2019), Team Member of the Month x2

Status: Brazilian with Portuguese passport (EU), settled status.
Member of IWGB couriers branch, joined the 2023 Deliveroo strikes.
Live with my boyfriend in Stratford.
Age 30.
Accident 2022 - hit by a car, broke my wrist, 6 weeks off, fine now.
""",
sensitive=[
 ("genetic_biometric", "I pass the ID selfie (face recognition) check every login"),
 ("ethnic_origin", "Brazilian with Portuguese passport (EU), settled status"),
 ("trade_union", "Member of IWGB couriers branch, joined the 2023 Deliveroo strikes"),
 ("sexual_orientation", "Live with my boyfriend"),
 ("date_of_birth_age", "Age 30"),
 ("health", "hit by a car, broke my wrist"),
],
keep=["Deliveroo, Uber Eats, Just Eat (Stuart)", "CBT + full motorcycle licence A2", "hire & reward insurance",
      "Food hygiene level 2", "Barista, Pret A Manger", "8,000+ deliveries, 4.9 rating"],
contact=["Rafael Nogueira Santos", "Stratford, London E15", "07380 551 229", "rafa.nogueira.santos@gmail.com"],
),

# 032 HGV / Hiab driver, Aberdeen
dict(text="""
STUART LINDSAY
HGV Class 1 Driver | ADR | Offshore supply base
Dyce, Aberdeen AB21 | 07768 330 514 | stuartlindsay.hgv@outlook.com

Cat C+E since 2016, Driver CPC current, ADR (packages, tanks, Class 1 explosives)
Hiab / Palfinger crane (ALLMI) ticket
Offshore base work: ISO containers, skips, cargo carrying units, pipe on the quay

2017 - now   ASCO UK, Aberdeen Harbour - HGV Class 1 & Hiab driver, quayside ops
2010 - 2017  Refuse Driver, Aberdeen City Council (Class 2)
2006 - 2010  Driver's mate / loader, same

Medical
I had an epileptic seizure in 2005 (age 19). Seizure-free and off medication since 2007; DVLA issued Group 2 in 2016 after the neurology report.
I also have genetic haemochromatosis (C282Y homozygous) - venesection every 3 months at ARI, no effect on work.

Other
SNP member, Dyce branch.
Partner Gemma, no kids. Happy with early starts and call-outs.
""",
sensitive=[
 ("health", "I had an epileptic seizure in 2005"),
 ("date_of_birth_age", "age 19"),
 ("genetic_biometric", "genetic haemochromatosis (C282Y homozygous)"),
 ("health", "venesection every 3 months at ARI"),
 ("political_opinion", "SNP member, Dyce branch"),
 ("family_status", "Partner Gemma, no kids"),
],
keep=["Driver CPC current", "ADR (packages, tanks, Class 1 explosives)", "Hiab / Palfinger crane (ALLMI)",
      "cargo carrying units", "ASCO UK, Aberdeen Harbour", "Refuse Driver, Aberdeen City Council"],
contact=["STUART LINDSAY", "Dyce, Aberdeen AB21", "07768 330 514", "stuartlindsay.hgv@outlook.com"],
),

# 033 CSCS labourer / groundworker, Leeds (HDC tag)
dict(text="""
Kyle Ackroyd
CSCS Labourer / Groundworker
Holbeck, Leeds LS11
07497 262 318
kyleackroyd.work@gmail.com

CARDS & TICKETS
- CSCS Green Labourer card (Level 1 H&S, 2024)
- CPCS A40 Slinger/Signaller (trained)
- NOCN Level 2 Groundworks (in progress)
- Abrasive wheels, manual handling, asbestos awareness

EXPERIENCE
Groundworks Labourer - Caddick Civil Engineering, Leeds city centre (placement via Tempus Novo), 2024-now
  - drainage runs, kerbs, setting out with the engineer, pipe laying
  - slinging for the 360, traffic marshal, keeping the site tidy
Warehouse (agency, Pudsey) - 2019-2020

NOTES
I came out of HMP Leeds in Nov 2023 on Home Detention Curfew - on a tag until Feb 2025, curfew 7pm-7am, so days only till then.
DOB 28.06.2001.
I've got a daughter (3) who lives with her mum, I have her Saturdays.
Muslim revert since 2022, I don't drink.

Reference: Shaun Pickersgill, Site Foreman - 07852 140 667
""",
sensitive=[
 ("criminal_record", "I came out of HMP Leeds in Nov 2023 on Home Detention Curfew"),
 ("criminal_record", "on a tag until Feb 2025, curfew 7pm-7am"),
 ("date_of_birth_age", "DOB 28.06.2001"),
 ("family_status", "I've got a daughter (3) who lives with her mum, I have her Saturdays"),
 ("religious_belief", "Muslim revert since 2022"),
],
keep=["CSCS Green Labourer card", "CPCS A40 Slinger/Signaller", "NOCN Level 2 Groundworks", "asbestos awareness",
      "Caddick Civil Engineering", "drainage runs, kerbs, setting out with the engineer", "Groundworks Labourer"],
contact=["Kyle Ackroyd", "Holbeck, Leeds LS11", "07497 262 318", "kyleackroyd.work@gmail.com",
         "Shaun Pickersgill", "07852 140 667"],
),

# 034 construction payroll clerk, Wigan (hard negatives: check-off, fingerprint clocks)
dict(text="""
Lorraine Gaskell
Payroll & Site Admin Clerk (construction)
Wigan WN5 · 07821 334 906 · lorraine.gaskell@live.co.uk

Experience
Payroll Clerk - Eric Wright Construction, Preston (2015-now)
 - weekly payroll for 380 operatives (Sage 50 Payroll, then Sage 200)
 - CIS subcontractor returns & verification with HMRC
 - check-off for Unite and GMB subscriptions, monthly remittance to the unions
 - timesheets pulled from the site fingerprint clocks (Biosite), chasing missing punches
 - attachment of earnings orders and court fines deductions
 - holiday pay under the CIJC working rule agreement
Office Junior / Site Admin - Seddon Construction, Bolton (2008-2015)
 - site diaries, plant hire orders, CSCS card checks for new starters

Quals
CIPP Foundation Degree in Payroll Management (2019), AAT Level 3

Personal
Aged 46, married to Joanne, we live in Wigan. Happy to travel to Preston or Manchester.
I have MS (relapsing-remitting), well managed - would like one day a week from home if possible.
""",
sensitive=[
 ("date_of_birth_age", "Aged 46"),
 ("sexual_orientation", "married to Joanne"),
 ("health", "I have MS (relapsing-remitting)"),
],
keep=["Eric Wright Construction, Preston", "CIS subcontractor returns & verification with HMRC",
      "check-off for Unite and GMB subscriptions, monthly remittance to the unions",
      "timesheets pulled from the site fingerprint clocks (Biosite)", "attachment of earnings orders and court fines deductions",
      "CIJC working rule agreement", "Seddon Construction, Bolton", "CIPP Foundation Degree in Payroll Management"],
contact=["Lorraine Gaskell", "Wigan WN5", "07821 334 906", "lorraine.gaskell@live.co.uk"],
),

# 035 access control / time-clock engineer, Essex
dict(text="""
LEE FENSOME
Security Systems Engineer - Access Control, CCTV, Time & Attendance
Basildon, Essex SS14 · 07710 228 391 · lee@fensomesecurity.co.uk

Cards & quals: ECS Gold card (Security Systems) · NVQ Level 3 Electronic Security Systems · 18th Edition BS 7671 · IPAF 3a/3b · Paxton Certified Installer

2016-now  Engineer / owner, Fensome Security Ltd
 - installed fingerprint and face time-clocks (ZKTeco, Kelio) for 40+ factories and care homes
 - Paxton Net2 / Gallagher access, door entry, maglocks, fire-alarm interfacing
 - GDPR: set up template deletion on leavers, signage & DPIA notes for clients
 - CCTV: Hikvision and Axis, ANPR for yards
2008-2016 Engineer, ADT Fire & Security (Essex & East London)

Personal: Born 1979. Divorced, two sons (weekends). Reform UK branch chairman (Basildon & Billericay).
Clean licence, company van.
""",
sensitive=[
 ("date_of_birth_age", "Born 1979"),
 ("family_status", "Divorced, two sons (weekends)"),
 ("political_opinion", "Reform UK branch chairman (Basildon & Billericay)"),
],
keep=["ECS Gold card (Security Systems)", "NVQ Level 3 Electronic Security Systems", "18th Edition BS 7671",
      "Paxton Certified Installer", "installed fingerprint and face time-clocks (ZKTeco, Kelio)",
      "Paxton Net2 / Gallagher access", "set up template deletion on leavers", "ADT Fire & Security"],
contact=["LEE FENSOME", "Basildon, Essex SS14", "07710 228 391", "lee@fensomesecurity.co.uk", "Fensome Security Ltd"],
),

# 036 licensed asbestos removal supervisor, Newcastle
dict(text="""
CRAIG BELL
Licensed Asbestos Removal Operative / Supervisor
Byker, Newcastle NE6 | 07931 664 120 | craigbell.arco@gmail.com

Training (UKATA / ARCA)
- ARCA Licensed Asbestos Removal Operative (refresher 2024)
- Supervisor of licensed asbestos work (2023)
- Face-fit tested: full-face (Sundström) & PAPR
- Asbestos medical (HSE approved doctor) current to 05/2026
- IPAF, PASMA, confined space (low risk)

Work
2017-now  Operative, then Supervisor, Wright Environmental Services
  - enclosures, negative pressure units, smoke tests, decontamination units
  - AIB ceiling tiles, lagging, sprayed coating, 4-stage clearance with analysts
2011-2017 Demolition labourer, Thompsons of Prudhoe

Other
GMB member and elected safety rep.
Caution for affray in 2009 (shows on a standard DBS).
Age 37.
Partner Leanne, 2 kids.
Full clean licence, happy to travel across the North East and stay away Mon-Thu.
""",
sensitive=[
 ("trade_union", "GMB member and elected safety rep"),
 ("criminal_record", "Caution for affray in 2009"),
 ("date_of_birth_age", "Age 37"),
 ("family_status", "Partner Leanne, 2 kids"),
],
keep=["ARCA Licensed Asbestos Removal Operative", "Supervisor of licensed asbestos work",
      "Face-fit tested: full-face (Sundström) & PAPR", "Asbestos medical (HSE approved doctor) current to 05/2026",
      "Wright Environmental Services", "negative pressure units, smoke tests, decontamination units",
      "4-stage clearance with analysts", "Thompsons of Prudhoe"],
contact=["CRAIG BELL", "Byker, Newcastle NE6", "07931 664 120", "craigbell.arco@gmail.com"],
),

# 037 Filipino caregiver applying to the UK
dict(text="""
MARICEL B. VILLANUEVA
Purok 4, Brgy. Poblacion, Tagum City, Davao del Norte
Mobile: +63 927 554 1180 | Email: maricel.villanueva.cg@gmail.com
Facebook: fb.com/maricel.villanueva.88

POSITION DESIRED: Caregiver / Senior Care Assistant (UK)

SUMMARY
Registered caregiver with 7 years experience in home care and a nursing home in Taiwan. Patient, strong, hardworking and God-fearing.

EDUCATION / TRAINING
- Caregiving NC II - TESDA (2016)
- BS Midwifery (undergraduate, 3 yrs) - Davao Doctors College
- Basic Life Support - Philippine Red Cross
- IELTS General 6.0 (2024)

EXPERIENCE
Caregiver - private nursing home, Taichung, Taiwan - 2019 to 2023
  * bedside care of 12 residents, NG feeding, suctioning, turning schedule
Private Caregiver - elderly stroke patient, Makati - 2016 to 2019

PERSONAL INFORMATION
Birthday: March 8, 1990 / 34 y.o.
Civil Status: Solo parent (1 son, 9 y.o., stays with my mother)
Religion: Iglesia ni Cristo
Height: 5'1"
Health: fit to work, thalassemia minor (carrier, no treatment needed)
Volunteer, Kakampink (Leni Robredo campaign) 2022, Tagum
""",
sensitive=[
 ("religious_belief", "God-fearing"),
 ("date_of_birth_age", "Birthday: March 8, 1990"),
 ("date_of_birth_age", "34 y.o."),
 ("family_status", "Solo parent (1 son, 9 y.o., stays with my mother)"),
 ("religious_belief", "Religion: Iglesia ni Cristo"),
 ("genetic_biometric", "thalassemia minor (carrier, no treatment needed)"),
 ("political_opinion", "Volunteer, Kakampink (Leni Robredo campaign) 2022"),
],
keep=["Caregiving NC II - TESDA", "BS Midwifery (undergraduate, 3 yrs) - Davao Doctors College",
      "Basic Life Support - Philippine Red Cross", "IELTS General 6.0", "NG feeding, suctioning, turning schedule",
      "Caregiver / Senior Care Assistant"],
contact=["MARICEL B. VILLANUEVA", "Purok 4, Brgy. Poblacion, Tagum City, Davao del Norte", "+63 927 554 1180",
         "maricel.villanueva.cg@gmail.com", "fb.com/maricel.villanueva.88"],
),

# 038 A-grade electrician, Melbourne
dict(text="""
Liam Tran - A-Grade Electrician
Footscray VIC 3011 | 0402 771 385 | liamtran.sparky@gmail.com

TICKETS
A-grade licence (ESV) · White Card · EWP (boom) · Working at Heights · Confined Space · LVR & CPR (annual)
Solar PV grid-connect (SAA accredited) · Data cabling (ACMA open registration)

WORK
2019-now   Electrician, Fredon - Metro Tunnel stations: cable tray, containment, fit-off, testing & commissioning
2015-2019  Apprentice, then Electrician, Downer Group (O'Donnell Griffin) - commercial fit-outs, hospitals

BITS
ETU member, was a delegate on the Metro Tunnel job.
My parents came from Vietnam as boat people in 1981; I'm first-gen Aussie.
Live with my boyfriend Josh.
Volunteered for the Victorian Greens in 2022.
G6PD deficiency (inherited) - just no fava beans, no effect at work.
Born 1996.
""",
sensitive=[
 ("trade_union", "ETU member, was a delegate on the Metro Tunnel job"),
 ("ethnic_origin", "My parents came from Vietnam as boat people in 1981"),
 ("sexual_orientation", "Live with my boyfriend Josh"),
 ("political_opinion", "Volunteered for the Victorian Greens in 2022"),
 ("genetic_biometric", "G6PD deficiency (inherited)"),
 ("date_of_birth_age", "Born 1996"),
],
keep=["A-grade licence (ESV)", "White Card", "Solar PV grid-connect (SAA accredited)", "Data cabling (ACMA open registration)",
      "Electrician, Fredon", "Metro Tunnel stations", "Downer Group (O'Donnell Griffin)", "LVR & CPR (annual)"],
contact=["Liam Tran", "Footscray VIC 3011", "0402 771 385", "liamtran.sparky@gmail.com"],
),

# 039 pork plant line lead, Iowa
dict(text="""
Yesenia Morales
Production Line Lead - Meatpacking / Food Processing
Storm Lake, IA 50588 · (712) 555-0134 · yesenia.morales.ia@gmail.com

EXPERIENCE
Tyson Fresh Meats - Line Lead, Pork Processing (2016-present)
 · lead 40 associates on the loin line, yields & rework, USDA inspector liaison
 · set up HandPunch hand-geometry clock-in for my crew (my own hand template is on it too)
 · bilingual trainer (Spanish/English), safety committee, lock-out/tag-out
Sanitation crew - PSSI (nights), 2013-2016
 · chemical sanitation of kill floor & fabrication, blood & bio-waste removal

CERTS
OSHA 10, Forklift, ServSafe Manager, HACCP (meat & poultry)

ABOUT ME
DACA recipient since 2013, born in Michoacán - came to Iowa at age 4; work permit valid to 2026.
UFCW member.
Carpal tunnel surgery on right wrist 2021, back on the line after 8 weeks.
My wife Ana and I got married in 2019, we have a son (2).
I go door-knocking for the Iowa Democrats in Buena Vista County.
""",
sensitive=[
 ("genetic_biometric", "my own hand template is on it too"),
 ("ethnic_origin", "DACA recipient since 2013, born in Michoacán"),
 ("date_of_birth_age", "at age 4"),
 ("trade_union", "UFCW member"),
 ("health", "Carpal tunnel surgery on right wrist 2021"),
 ("sexual_orientation", "My wife Ana"),
 ("family_status", "we have a son (2)"),
 ("political_opinion", "door-knocking for the Iowa Democrats in Buena Vista County"),
],
keep=["Tyson Fresh Meats", "Line Lead, Pork Processing", "USDA inspector liaison",
      "set up HandPunch hand-geometry clock-in for my crew", "bilingual trainer (Spanish/English), safety committee, lock-out/tag-out",
      "PSSI", "blood & bio-waste removal", "ServSafe Manager", "HACCP (meat & poultry)"],
contact=["Yesenia Morales", "Storm Lake, IA 50588", "(712) 555-0134", "yesenia.morales.ia@gmail.com"],
),

# 040 dairy herdsman, Ceredigion
dict(text="""
Gethin Morgan
Herdsperson / Dairy Stockman
Tregaron, Ceredigion SY25 · 07971 305 662 · gethinmorgan.ffarm@gmail.com

Experience
2019 - now   Assistant Herd Manager, 450-cow robotic unit (Lely Astronaut A5), Llangeitho
   - fresh cow checks, heat detection (collars), DIY AI, foot trimming
   - calf rearing, colostrum protocols, TB testing days with the vet
   - herd records on Uniform-Agri, CowManager
2016 - 2019  Relief Milker, various farms round Lampeter and Aberaeron

Tickets
- Level 3 Diploma in Agriculture (Coleg Sir Gâr, Gelli Aur)
- DIY AI (Genus ABS)
- Mobile Foot Trimming (Level 2)
- PA1/PA6 spraying, ATV, telehandler (Lantra)
- Tractor licence B + trailer

Personal
Age 26.
Living with my partner Gareth on his family's farm.
Plaid Cymru member - I help out with the Ceredigion campaign.
Did one of those ancestry DNA kits last Christmas - 96% Welsh, no surprise there.
Welsh speaker (first language). Young Farmers club leader.
""",
sensitive=[
 ("date_of_birth_age", "Age 26"),
 ("sexual_orientation", "my partner Gareth"),
 ("political_opinion", "Plaid Cymru member - I help out with the Ceredigion campaign"),
 ("genetic_biometric", "Did one of those ancestry DNA kits last Christmas - 96% Welsh"),
],
keep=["Assistant Herd Manager", "robotic unit (Lely Astronaut A5)", "DIY AI (Genus ABS)", "Mobile Foot Trimming (Level 2)",
      "Level 3 Diploma in Agriculture", "PA1/PA6 spraying, ATV, telehandler (Lantra)", "Uniform-Agri, CowManager",
      "TB testing days with the vet"],
contact=["Gethin Morgan", "Tregaron, Ceredigion SY25", "07971 305 662", "gethinmorgan.ffarm@gmail.com"],
),
]
