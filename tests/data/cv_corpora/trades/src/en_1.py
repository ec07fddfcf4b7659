# trades-en-001 .. 010, typed by hand
CVS = [
# 001 scaffolder, Essex / Hinkley Point
dict(text="""
DANNY O'ROURKE
Advanced Scaffolder - CISRS card
07723 418 906 | dannyorourke88@gmail.com
Dagenham, Essex RM10

Looking for days or nights, happy to travel, own van. Can start Monday.

TICKETS
- CISRS Advanced Scaffolder (exp 11/2027)
- CSCS Blue Skilled Worker
- PASMA + IPAF 3a/3b
- SSSTS
- Asbestos Awareness (UKATA, yearly refresher)
- First Aid at Work

WORK
2019 - now  Advanced Scaffolder, Brand Energy, Hinkley Point C
 - tube & fitting and system (Layher, Cuplok)
 - lead a gang of 4, sign off handover certs
 - loading bays, temp roofs, hanging scaffs over live rail
2014 - 2019  Scaffolder, PHD Access, London jobs (Battersea Power Station, Canary Wharf)
2010 - 2014  Trainee / labourer, family firm (my dad's)

Was off 7 months in 2018 after a fall on site - broke my pelvis and 2 vertebrae, did all the physio, back on full duties since Jan 2019 and passed the site medical.

Union: Unite card holder, was the scaff rep on the Battersea job.

PERSONAL
DOB 14/03/1988
Married to Kerry, 3 kids - prefer home weekends if poss.
Driving licence clean, B + trailer (BE)

Ref: Gary Pennock (contracts manager, Brand) 07931 220 445
""",
sensitive=[
 ("health", "broke my pelvis and 2 vertebrae"),
 ("trade_union", "Unite card holder"),
 ("trade_union", "was the scaff rep on the Battersea job"),
 ("date_of_birth_age", "DOB 14/03/1988"),
 ("family_status", "Married to Kerry, 3 kids"),
],
keep=["CISRS Advanced Scaffolder", "CSCS Blue Skilled Worker", "SSSTS",
      "Asbestos Awareness (UKATA, yearly refresher)", "First Aid at Work",
      "Brand Energy, Hinkley Point C", "PHD Access", "tube & fitting and system (Layher, Cuplok)"],
contact=["DANNY O'ROURKE", "07723 418 906", "dannyorourke88@gmail.com", "Dagenham, Essex RM10",
         "Gary Pennock", "07931 220 445"],
),

# 002 HGV class 1, Leicestershire
dict(text="""
Curriculum Vitae - Keith Bramall
HGV Class 1 (C+E) Driver

Tel: 07815 662 310
Email: k.bramall@btinternet.com
Address: 14 Larch Close, Hinckley LE10 2QP

Age: 57

Licence: C+E, C1+E, D1 (restricted). Driver CPC (DQC card valid to 04/2026). Digi tacho card.
ADR Packages & Tanks incl. Class 1 & 7. Moffett mounty. HIAB (ALLMI).
Points: 0. Drink-driving conviction in 1998 - long spent, 25 years clean since.

Medical - I'm type 2 diabetic on insulin since 2021. DVLA informed, Group 2 licence renewed every year with the consultant's form. I do the 3-month glucose meter readings, never had a hypo at the wheel.

Experience
Wincanton (Sainsbury's contract), Hams Hall - trunking nights, 2016-present
 - double deck trailers, 3 drops a shift, 0 incidents, 0 PCNs
Eddie Stobart - general haulage 2007-2016, tramping Mon-Fri
Army (RLC) Driver 1988-1999 - got all my licences in the forces

Other
GMB member
Wife Linda does the school run for the grandkids so I can do any shift pattern. Not nights on Sundays - chapel.
Delivered leaflets for the Brexit Party in 2019, that's my politics done.

Reference on request.
""",
sensitive=[
 ("date_of_birth_age", "Age: 57"),
 ("criminal_record", "Drink-driving conviction in 1998 - long spent"),
 ("health", "type 2 diabetic on insulin since 2021"),
 ("health", "I do the 3-month glucose meter readings"),
 ("trade_union", "GMB member"),
 ("family_status", "Wife Linda does the school run for the grandkids"),
 ("religious_belief", "Not nights on Sundays - chapel"),
 ("political_opinion", "Delivered leaflets for the Brexit Party in 2019"),
],
keep=["Driver CPC (DQC card valid to 04/2026)", "ADR Packages & Tanks incl. Class 1 & 7", "HIAB (ALLMI)",
      "Wincanton (Sainsbury's contract), Hams Hall", "Eddie Stobart", "Army (RLC) Driver"],
contact=["Keith Bramall", "07815 662 310", "k.bramall@btinternet.com", "14 Larch Close, Hinckley LE10 2QP"],
),

# 003 Polish warehouse operative, Northampton
dict(text="""
Tomasz Wroblewski
Warehouse Operative / FLT Driver
Mob: 07462 119 583   tomek.wroblewski@wp.pl
Northampton NN5

ABOUT ME
Polish, in UK since 2012, settled status (EUSS). Reliable, never late, good english. Looking for permanent days only - my wife works nights at the hospital and somebody has to be home for our daughter (6).

LICENCES
* Counterbalance FLT (RTITB) - 2022
* Reach truck (RTITB) - 2022
* VNA / Bendi - in-house
* Full UK driving licence

EXPERIENCE
DHL Supply Chain, Brackmills - Reach Truck Driver (Jan 2019 - now)
- put away & replen, 120 pallets/shift
- fingerprint clock-in, they enrolled me on day 1, perfect attendance 2023
- trained new starters on RF scanners
Amazon (via Adecco) - Picker/Packer (2013 - 2018)
- pick rate 180/hr, became Problem Solver
- peak season 60 hrs a week no problem

OTHER
Born 1987.
Sunday mornings not possible - we go to the Polish Catholic mission in Northampton.
Hobbies: fishing, fixing cars.
""",
sensitive=[
 ("ethnic_origin", "Polish, in UK since 2012, settled status (EUSS)"),
 ("family_status", "my wife works nights at the hospital"),
 ("family_status", "our daughter (6)"),
 ("genetic_biometric", "fingerprint clock-in, they enrolled me on day 1"),
 ("date_of_birth_age", "Born 1987"),
 ("religious_belief", "we go to the Polish Catholic mission"),
],
keep=["Counterbalance FLT (RTITB)", "Reach truck (RTITB)", "DHL Supply Chain, Brackmills", "Reach Truck Driver",
      "trained new starters on RF scanners", "Amazon (via Adecco)", "Problem Solver"],
contact=["Tomasz Wroblewski", "07462 119 583", "tomek.wroblewski@wp.pl", "Northampton NN5"],
),

# 004 electrician, Dublin
dict(text="""
Ciarán Fitzgerald - Electrician
086 314 7729 · ciaranfitz.sparks@gmail.com · Drimnagh, Dublin 12

Qualified electrician (QQI Level 6 Advanced Cert, SOLAS apprenticeship 2017). Domestic, commercial, data centres. Full clean licence and own tools.

Tickets: Safe Pass · Manual Handling · MEWP (IPAF) · Abrasive Wheels · Working at Heights · Confined Space

2021-now   Electrician, Kirby Group - Microsoft & Amazon data centres, Clondalkin
           containment, SWA, LV switchboards, testing & cert (ETCI)
2017-2021  Electrician, Mercury Engineering - Children's Health Ireland hospital job
2013-2017  Apprentice, Collins Electrical (sole trader, Crumlin)

Member of Connect Trade Union since apprenticeship, shop steward at Kirby since 2023.
Out of hours I coach juvenile hurling at Good Counsel.
Living with my partner Rob, we got married last summer.
Canvassed for Sinn Féin in the 2020 general election.
Age 31.

Refs available - Declan Moore (Foreman, Kirby) 087 225 9014
""",
sensitive=[
 ("trade_union", "Member of Connect Trade Union since apprenticeship"),
 ("trade_union", "shop steward at Kirby since 2023"),
 ("sexual_orientation", "my partner Rob, we got married last summer"),
 ("political_opinion", "Canvassed for Sinn Féin in the 2020 general election"),
 ("date_of_birth_age", "Age 31"),
],
keep=["QQI Level 6 Advanced Cert", "Safe Pass", "Kirby Group", "Mercury Engineering",
      "Children's Health Ireland hospital job", "LV switchboards, testing & cert (ETCI)", "Collins Electrical"],
contact=["Ciarán Fitzgerald", "086 314 7729", "ciaranfitz.sparks@gmail.com", "Drimnagh, Dublin 12",
         "Declan Moore", "087 225 9014"],
),

# 005 US CDL-A trucker, Texas
dict(text="""
RAYMOND CASTILLO JR.
Laredo, TX 78041  |  (956) 555-0148  |  raycastillo.cdl@yahoo.com

CDL-A Driver - OTR / Regional - 14 yrs

ENDORSEMENTS: Hazmat (H), Tanker (N), Doubles/Triples (T), TWIC card
EQUIPMENT: dry van, reefer, flatbed (tarping), tanker
SAFETY: 1.4 million accident-free miles

EXPERIENCE
Werner Enterprises - OTR Driver, 2015-present
 • Mexico cross-border loads Laredo / Nuevo Laredo, customs paperwork, FAST lane
 • ELD (Omnitracs), trip planning, HOS compliance
Schneider National - Regional Tanker Driver, 2010-2015
 • food-grade liquid bulk, washouts, pump-offs

DOT medical card: 1-year cert only (blood pressure meds).
DUI in 2009 before I got my CDL - completed probation, nothing since. Clean MVR 10+ yrs.

PERSONAL
42 yrs old. Divorced, I have my 2 boys every other weekend so I need home time those weekends.
Member of First Baptist Church Laredo - try to be home Sundays for service.

References: Tony Vela, Fleet Manager (956) 555-0191
""",
sensitive=[
 ("health", "1-year cert only (blood pressure meds)"),
 ("criminal_record", "DUI in 2009 before I got my CDL - completed probation"),
 ("date_of_birth_age", "42 yrs old"),
 ("family_status", "Divorced, I have my 2 boys every other weekend"),
 ("religious_belief", "Member of First Baptist Church Laredo - try to be home Sundays for service"),
],
keep=["CDL-A Driver", "Hazmat (H), Tanker (N), Doubles/Triples (T)", "TWIC card", "Werner Enterprises",
      "Schneider National", "1.4 million accident-free miles", "ELD (Omnitracs), trip planning, HOS compliance"],
contact=["RAYMOND CASTILLO JR.", "Laredo, TX 78041", "(956) 555-0148", "raycastillo.cdl@yahoo.com",
         "Tony Vela", "(956) 555-0191"],
),

# 006 FIFO haul truck operator, WA
dict(text="""
Jarrod Kickett
Plant Operator / Haul Truck | FIFO ready
Mandurah WA 6210 · 0417 882 340 · jkickett.ops@outlook.com

Tickets
- HR licence (heavy rigid)
- White Card (general construction induction)
- RII tickets: haul truck (CAT 793/785), excavator 30t, loader, dozer
- Working at Heights, Confined Space, Senior First Aid

Work
2018-now   Haul Truck Operator, Thiess @ BHP Mining Area C, 8/6 roster
           - zero LTIs, buddy for new operators, pre-starts and shift handovers
           - I'm enrolled on the fingerprint readers at camp and at the mine gate
2014-2018  Labourer then Excavator Op, Georgiou Group, Perth civil jobs
2011-2014  Trolley collector / storeman, Bunnings Mandurah

Bits about me
Proud Noongar man from Pinjarra.
CFMEU member.
DOB: 03/11/1990
Knee reco (ACL) in the 2020 footy season, full clearance and passed the pre-employment medical + functional test.
Partner Shannon and our little girl Mia (2), so it has to be FIFO out of Perth.
D&A testing - always clean.

Referee: Craig Dunstan, Pit Supervisor - 0408 993 217
""",
sensitive=[
 ("genetic_biometric", "I'm enrolled on the fingerprint readers at camp and at the mine gate"),
 ("ethnic_origin", "Proud Noongar man from Pinjarra"),
 ("trade_union", "CFMEU member"),
 ("date_of_birth_age", "DOB: 03/11/1990"),
 ("health", "Knee reco (ACL) in the 2020 footy season"),
 ("family_status", "Partner Shannon and our little girl Mia (2)"),
],
keep=["HR licence (heavy rigid)", "White Card", "Haul Truck Operator", "Thiess @ BHP Mining Area C",
      "Georgiou Group", "Senior First Aid", "Bunnings Mandurah"],
contact=["Jarrod Kickett", "Mandurah WA 6210", "0417 882 340", "jkickett.ops@outlook.com",
         "Craig Dunstan", "0408 993 217"],
),

# 007 care assistant, Leicester
dict(text="""
HARPREET KAUR
Care Assistant (Senior) | Leicester LE4 | 07398 552 017 | harpreetkaur.care@gmail.com

Currently on zero-hours with an agency, looking for contracted 36+ hrs. Can do long days (8-8) and waking nights. Not available Sunday mornings - I attend Gurdwara. Car driver.

Right to work: Health and Care Worker visa, Indian national - would need sponsorship to change employer.

Qualifications
- Care Certificate (15 standards)
- NVQ Level 3 Diploma in Adult Care (in progress)
- Medication administration / eMAR
- Moving & Handling, PEG feeding, catheter care
- B.Sc Nursing (Punjab University) - not yet NMC registered

Experience
Care Assistant - Bluebird Care Leicester North (zero hours), Jul 2022 - present
• double-up calls, personal care, hoisting (Sara Stedy, ceiling track)
• end-of-life care and supporting families
Healthcare Assistant - Fortis Hospital, Mohali, 2018 - 2022
• post-op wards, vitals, bed baths

Personal: Married, one son (4), husband works days so I prefer eves/weekends. Age 33.
I wear a kara and keep my hair covered - fine with bare below elbows (kara pushed up and taped).

Reference: Mrs. Sandra Hollis, Registered Manager - 0116 255 0932
""",
sensitive=[
 ("religious_belief", "I attend Gurdwara"),
 ("ethnic_origin", "Health and Care Worker visa, Indian national"),
 ("family_status", "Married, one son (4), husband works days"),
 ("date_of_birth_age", "Age 33"),
 ("religious_belief", "I wear a kara and keep my hair covered"),
],
keep=["Care Certificate (15 standards)", "NVQ Level 3 Diploma in Adult Care", "Moving & Handling, PEG feeding, catheter care",
      "Bluebird Care Leicester North", "end-of-life care and supporting families", "Fortis Hospital, Mohali",
      "B.Sc Nursing (Punjab University)"],
contact=["HARPREET KAUR", "Leicester LE4", "07398 552 017", "harpreetkaur.care@gmail.com",
         "Mrs. Sandra Hollis", "0116 255 0932"],
),

# 008 kitchen porter, Glasgow
dict(text="""
Curriculum Vitae

Name: Liam McAvoy
Phone: 07594 301 822
Email: liammcavoy93@hotmail.co.uk
Area: Easterhouse, Glasgow

Job I want: Kitchen Porter / Commis Chef, full time, any shifts incl late finishes

Skills
- REHIS Elementary Food Hygiene (2023)
- pot wash, dish machine (Winterhalter), deep cleans, deliveries & stock rotation
- basic prep - veg, sauces, portioning
- COSHH chemicals

Work
Kitchen Porter, Crabshakk Finnieston - 2024 to now (part time)
Trainee, The Wise Group catering course - 2023
Labourer (cash in hand) various - 2011-2016

Gap 2017-2022: I was in HMP Barlinnie then HMP Low Moss (assault to severe injury). Released on licence 2022, licence ends Sept 2025, my social worker can confirm. Done the Apex Scotland employability programme.
I've been sober 3 years (AA) and I take the job serious.
Age 31.

Reference: Jen Crawford, Head Chef - 0141 339 2211
""",
sensitive=[
 ("criminal_record", "I was in HMP Barlinnie then HMP Low Moss (assault to severe injury)"),
 ("criminal_record", "Released on licence 2022, licence ends Sept 2025"),
 ("criminal_record", "Apex Scotland employability programme"),
 ("health", "I've been sober 3 years (AA)"),
 ("date_of_birth_age", "Age 31"),
],
keep=["REHIS Elementary Food Hygiene", "Kitchen Porter, Crabshakk Finnieston", "The Wise Group catering course",
      "dish machine (Winterhalter)", "COSHH chemicals", "Commis Chef"],
contact=["Liam McAvoy", "07594 301 822", "liammcavoy93@hotmail.co.uk", "Easterhouse, Glasgow",
         "Jen Crawford", "0141 339 2211"],
),

# 009 SIA security officer, London
dict(text="""
OLUWASEUN ADEBAYO-COLE
SIA Licensed Security Officer / Door Supervisor
Tel 07956 781 443 | seun.adebayocole@gmail.com | Thamesmead, London SE28

Licences & training
- SIA Door Supervisor licence (front line) - exp. 08/2026
- SIA CCTV (Public Space Surveillance)
- First Aid at Work (3-day), incl. bleed control
- ACT Awareness (counter-terrorism)
- Fire Marshal

Experience
Security Officer - Mitie @ Guy's & St Thomas' NHS Trust (2020-present)
 • A&E response team, restraint-reduction (RRN accredited), lone patrols
 • issued access cards and enrolled staff on the Gallagher biometric readers
Door Supervisor - Showsec (events), weekends 2016-2020
 • O2 Arena, Wembley, Notting Hill Carnival

Personal
Date of Birth: 21.07.1979
Born in Ibadan, Nigeria; British citizen since 2015.
Married, 3 children.
I am a deacon at RCCG Jesus House, so Sunday shifts only after 2pm.
Obidient - helped organise the UK diaspora rallies for Peter Obi in 2023.
Full UK licence.

Referee: Mr. Kwame Boateng, Site Supervisor, Mitie - 07412 338 007
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth: 21.07.1979"),
 ("ethnic_origin", "Born in Ibadan, Nigeria; British citizen since 2015"),
 ("family_status", "Married, 3 children."),
 ("religious_belief", "I am a deacon at RCCG Jesus House"),
 ("political_opinion", "Obidient - helped organise the UK diaspora rallies for Peter Obi in 2023"),
],
keep=["SIA Door Supervisor licence (front line)", "SIA CCTV (Public Space Surveillance)",
      "First Aid at Work (3-day), incl. bleed control", "ACT Awareness (counter-terrorism)",
      "Mitie @ Guy's & St Thomas' NHS Trust", "enrolled staff on the Gallagher biometric readers", "Showsec"],
contact=["OLUWASEUN ADEBAYO-COLE", "07956 781 443", "seun.adebayocole@gmail.com", "Thamesmead, London SE28",
         "Mr. Kwame Boateng", "07412 338 007"],
),

# 010 hospital cleaning supervisor, Dublin (no sensitive mention)
dict(text="""
MARY BRENNAN
Contract Cleaner / Cleaning Supervisor
Finglas, Dublin 11 - 087 661 0392 - marybrennan.clean@eircom.net

Summary
Twenty years cleaning hospitals, offices and schools. Reliable keyholder. Early starts (5am) no bother to me.

Experience
Cleaning Supervisor - ISS Facility Services @ Beaumont Hospital (2015-present)
• team of 11 across wards, theatres and the ED
• terminal cleans of isolation rooms (C. diff, MRSA) with HPV fogging
• blood and body-fluid spill cleaning, sharps found, clinical waste streams
• rosters, weekly HIQA-style hygiene audits, new-starter induction
Office Cleaner - Noonan Services, Dublin Airport (2005-2015)
• night shifts, buffing & scrubbing machines (Numatic, Taski)

Training
- QQI Level 5 Healthcare Support (Infection Prevention and Control)
- Manual Handling instructor refresher
- COSHH & chemical safety (Diversey)
- Children First (Tusla) - for the school contracts

References
Ann Kinsella, Contract Manager, ISS - 01 809 3000
""",
sensitive=[],
keep=["Cleaning Supervisor - ISS Facility Services @ Beaumont Hospital", "terminal cleans of isolation rooms (C. diff, MRSA)",
      "blood and body-fluid spill cleaning", "Noonan Services, Dublin Airport", "QQI Level 5 Healthcare Support",
      "COSHH & chemical safety (Diversey)", "Children First (Tusla)"],
contact=["MARY BRENNAN", "Finglas, Dublin 11", "087 661 0392", "marybrennan.clean@eircom.net",
         "Ann Kinsella", "01 809 3000"],
),
]
