# trades-en-021 .. 030, typed by hand
CVS = [
# 021 halal line / meat plant operative, Yorkshire
dict(text="""
ADAM ISHAG ABDALLA
Meat Process Operative
Hull HU3 - 07404 118 720 - adamishag.hull@gmail.com

KEY SKILLS
- Halal slaughter line operative (HMC-certified plant), stunning checks & recording
- boning & trimming beef forequarters, knife skills, steel & sharpening
- Level 2 Food Safety in Manufacturing, HACCP awareness
- Certificate of Competence (CoC) - sheep & cattle slaughter (FSA)
- Forklift counterbalance

EXPERIENCE
Operative, Halal line - ABP York (2019-present)
 · 600 head/day line, rotation boning/trimming/packing
 · clocking-in by fingerprint reader - enrolled 2019, 0 missed punches
Packer - Bakkavor, Spalding (via agency) 2017-2019

BACKGROUND
I came to the UK in 2016 as a refugee from Darfur; Indefinite Leave to Remain since 2021.
In Sudan I was detained two months in 2013 after the student protests against al-Bashir (I was in the Sudanese Congress Party youth).
Wife and 3 children joined me through family reunion in 2022.
Age: 36.
Languages: Arabic, English (ESOL Entry 3).
""",
sensitive=[
 ("genetic_biometric", "clocking-in by fingerprint reader - enrolled 2019"),
 ("ethnic_origin", "as a refugee from Darfur; Indefinite Leave to Remain since 2021"),
 ("criminal_record", "In Sudan I was detained two months in 2013"),
 ("political_opinion", "the student protests against al-Bashir (I was in the Sudanese Congress Party youth)"),
 ("family_status", "Wife and 3 children joined me through family reunion in 2022"),
 ("date_of_birth_age", "Age: 36"),
],
keep=["Halal slaughter line operative (HMC-certified plant)", "boning & trimming beef forequarters",
      "Level 2 Food Safety in Manufacturing", "Certificate of Competence (CoC) - sheep & cattle slaughter (FSA)",
      "Operative, Halal line - ABP York", "Bakkavor, Spalding", "Forklift counterbalance"],
contact=["ADAM ISHAG ABDALLA", "Hull HU3", "07404 118 720", "adamishag.hull@gmail.com"],
),

# 022 Nepali personal care assistant, Sydney
dict(text="""
Sabina Gurung
Aged Care Worker / Personal Care Assistant
Parramatta NSW 2150 | 0433 218 907 | sabina.gurung.pca@gmail.com

Availability: 48 hrs per fortnight during semester (Student visa subclass 500), unlimited in uni holidays. Day / evening / weekend.

Certificates
• Certificate III in Individual Support (Ageing) - TAFE NSW
• First Aid HLTAID011 + CPR
• NDIS Worker Screening Check
• Manual handling, infection control (COVID-19)
• Currently: Bachelor of Nursing, Western Sydney University (2nd yr)

Experience
Personal Care Assistant - BaptistCare, Carlingford (casual), 2022-present
  - showering, dressing, meals, dementia wing, pressure area care
  - respectful care for residents of all faiths incl. chaplaincy visits
  - progress notes on iCare
Kitchenhand - Nepalese restaurant, Harris Park, 2021-2022

Personal
Nepali citizen, 27 yrs old.
Vegetarian Hindu - please roster me off for Dashain (October) if possible.

Referee: Belinda Shaw, Care Manager - 02 9871 4400
""",
sensitive=[
 ("ethnic_origin", "Student visa subclass 500"),
 ("ethnic_origin", "Nepali citizen"),
 ("date_of_birth_age", "27 yrs old"),
 ("religious_belief", "Vegetarian Hindu - please roster me off for Dashain"),
],
keep=["Certificate III in Individual Support (Ageing)", "First Aid HLTAID011", "NDIS Worker Screening Check",
      "Bachelor of Nursing, Western Sydney University", "Personal Care Assistant - BaptistCare, Carlingford",
      "respectful care for residents of all faiths incl. chaplaincy visits", "progress notes on iCare"],
contact=["Sabina Gurung", "Parramatta NSW 2150", "0433 218 907", "sabina.gurung.pca@gmail.com",
         "Belinda Shaw", "02 9871 4400"],
),

# 023 IBEW inside wireman, Chicago
dict(text="""
MICHAEL J. KOWALCZYK
Journeyman Inside Wireman
Chicago, IL 60632 | (773) 555-0123 | mkowalczyk.wireman@gmail.com

Licenses & certs
- City of Chicago Supervising Electrician license
- NFPA 70E arc flash, OSHA 30
- Scissor/boom lift, fall protection
- Fire alarm (NICET Level II)

Experience
Journeyman Wireman - Continental Electrical Construction, 2012-present
 • O'Hare 21 terminal program: 480V distribution, switchgear, conduit bending (EMT/rigid up to 4")
 • foreman on a 12-man crew for the Northwestern Medicine tower
Apprentice - IBEW/NECA Technical Institute (5-yr program), 2007-2012

Personal
Member IBEW Local 134 since 2007; I sit on the local's political action committee, and I knocked doors for Bernie in 2020.
Noise-induced hearing loss (both ears), wear hearing aids on site under ear defenders.
Married to my husband Tom since 2016.
Age 40.
""",
sensitive=[
 ("trade_union", "Member IBEW Local 134 since 2007"),
 ("trade_union", "I sit on the local's political action committee"),
 ("political_opinion", "I knocked doors for Bernie in 2020"),
 ("health", "Noise-induced hearing loss (both ears), wear hearing aids"),
 ("sexual_orientation", "Married to my husband Tom since 2016"),
 ("date_of_birth_age", "Age 40"),
],
keep=["Journeyman Inside Wireman", "City of Chicago Supervising Electrician license", "NFPA 70E arc flash, OSHA 30",
      "Fire alarm (NICET Level II)", "Continental Electrical Construction", "O'Hare 21 terminal program",
      "IBEW/NECA Technical Institute"],
contact=["MICHAEL J. KOWALCZYK", "Chicago, IL 60632", "(773) 555-0123", "mkowalczyk.wireman@gmail.com"],
),

# 024 NHS domestic, London
dict(text="""
Mrs Comfort Asantewaa Mensah
Domestic / Housekeeping Assistant (NHS)
Flat 3, 41 Peckham Hill St, London SE15 5JT
07863 224 190
comfortmensah65@yahoo.co.uk

I am a hardworking, honest lady, aged 58, with 15 years cleaning experience in hospitals and offices.

Work history
2016 - present: Domestic Assistant, King's College Hospital (via Medirest / Compass)
 - ward cleaning to the National Standards of Healthcare Cleanliness 2021
 - blood & body fluid spill kits, isolation room terminal clean, HPV assist
 - food service to patients (ward hostess cover), allergen awareness
2009 - 2016: Office Cleaner, OCS Group, City of London (evenings)

Training
NVQ Level 2 Cleaning & Support Services, COSHH, Infection Prevention & Control, Manual handling, Food hygiene level 2

Other information
I am a widow, my children are grown up.
I am an elder at Church of Pentecost, Peckham, so I do not work Sunday before 2pm.
I have osteoarthritis in both hands so I avoid the big rotary buffer, all other duties fine.
I have sickle cell trait (AS), no problems from it.
Originally from Kumasi, Ghana, British citizen.
UNISON member.

Referee: Mr. Peter Okafor, Domestic Supervisor - 020 3299 4410
""",
sensitive=[
 ("date_of_birth_age", "aged 58"),
 ("family_status", "I am a widow, my children are grown up"),
 ("religious_belief", "I am an elder at Church of Pentecost, Peckham"),
 ("health", "osteoarthritis in both hands"),
 ("genetic_biometric", "I have sickle cell trait (AS)"),
 ("ethnic_origin", "Originally from Kumasi, Ghana, British citizen"),
 ("trade_union", "UNISON member"),
],
keep=["Domestic Assistant, King's College Hospital", "Medirest / Compass",
      "National Standards of Healthcare Cleanliness 2021", "blood & body fluid spill kits, isolation room terminal clean",
      "OCS Group", "NVQ Level 2 Cleaning & Support Services", "Infection Prevention & Control"],
contact=["Mrs Comfort Asantewaa Mensah", "Flat 3, 41 Peckham Hill St, London SE15 5JT", "07863 224 190",
         "comfortmensah65@yahoo.co.uk", "Mr. Peter Okafor", "020 3299 4410"],
),

# 025 warehouse team leader, Logan QLD
dict(text="""
Sione Taufa
Forklift / LO licence | Warehouse Team Leader
Logan QLD 4114 · 0412 660 983 · sione.taufa@bigpond.com

LICENCES
- LF (forklift) high risk work licence
- LO (order picker) licence
- MR truck licence
- Cert IV in Work Health and Safety (in progress)

WORK
Coles Redbank DC - Team Leader, nights (2017-now)
  · run a team of 22 in chilled, voice-pick (Vocollect), KPIs & toolbox talks
  · sign-on is facial recognition at the turnstile, I'm enrolled since 2019
Toll Group - Forklift Driver (2012-2017)
  · container unloads, cross-dock, RF scanning

OTHER
TWU delegate on the Redbank site.
ALP member (Logan branch), handed out how-to-vote cards at the last state election.
Tongan-born, Australian citizen since 2010.
Active in the Church of Jesus Christ of Latter-day Saints - Sundays off please.
29 yrs old, married to Mele, 3 kids.
""",
sensitive=[
 ("genetic_biometric", "facial recognition at the turnstile, I'm enrolled since 2019"),
 ("trade_union", "TWU delegate on the Redbank site"),
 ("political_opinion", "ALP member (Logan branch), handed out how-to-vote cards at the last state election"),
 ("ethnic_origin", "Tongan-born, Australian citizen since 2010"),
 ("religious_belief", "Active in the Church of Jesus Christ of Latter-day Saints"),
 ("date_of_birth_age", "29 yrs old"),
 ("family_status", "married to Mele, 3 kids"),
],
keep=["LF (forklift) high risk work licence", "LO (order picker) licence", "MR truck licence",
      "Cert IV in Work Health and Safety", "Coles Redbank DC", "voice-pick (Vocollect)", "Toll Group"],
contact=["Sione Taufa", "Logan QLD 4114", "0412 660 983", "sione.taufa@bigpond.com"],
),

# 026 roofer, Galway
dict(text="""
Patrick McDonagh
Roofer / Slater - Ballinasloe, Co. Galway
Mob 087 903 4416
pmcdonagh.roofing@gmail.com

Tickets: Safe Pass, Working at Heights, Manual Handling, MEWP, Harness inspection
Trade: QQI Level 5 Roofing & Cladding (SOLAS, 2015)

Work
2018 - present   Roofer, J.J. Rhatigan & Co - new builds & schools, Galway / Athlone
                 slate & tile, lead flashings, Velux, single-ply membranes
2014 - 2018      Self-employed with my father, repairs & chimneys
2012 - 2014      Labourer, John Sisk & Son (Galway)

About me
I'm a Traveller and proud of it. Married at 19, we have 5 children now.
One conviction from the District Court in 2013 (public order) - spent, and nothing since.
I'm 33.
Pioneer (no drink) since my Confirmation.
Own van and all my own gear.
""",
sensitive=[
 ("ethnic_origin", "I'm a Traveller and proud of it"),
 ("family_status", "Married"),
 ("date_of_birth_age", "at 19"),
 ("family_status", "we have 5 children now"),
 ("criminal_record", "One conviction from the District Court in 2013 (public order) - spent"),
 ("date_of_birth_age", "I'm 33"),
 ("religious_belief", "Pioneer (no drink) since my Confirmation"),
],
keep=["Safe Pass", "Working at Heights", "QQI Level 5 Roofing & Cladding (SOLAS, 2015)", "J.J. Rhatigan & Co",
      "lead flashings, Velux, single-ply membranes", "John Sisk & Son"],
contact=["Patrick McDonagh", "Ballinasloe, Co. Galway", "087 903 4416", "pmcdonagh.roofing@gmail.com"],
),

# 027 retail team lead, Minneapolis
dict(text="""
Jake Sorensen
Retail Team Lead - Minneapolis, MN 55407
(612) 555-0159 · jake.sorensen.mn@gmail.com · linkedin.com/in/jakesorensen-retail

Summary
8 years in big-box retail, fulfillment & front end. Open to overnight / flow.

Experience
Target, Lake Street store - Team Lead, Fulfillment (2019-present)
 • Drive Up & Order Pickup, 98% on-time, scheduling 25 team members (Workday)
 • set up the Pride Month merchandise pad and seasonal resets
 • cash office, loss-prevention partnership
Cub Foods - Cashier, then Front End Supervisor (2016-2019)

Education
A.A.S. Retail Management, Minneapolis College (2018)

Personal
Co-chair of Target's PRIDE+ business council for our district.
My husband Daniel and I are foster parents (2 placements so far).
DFL volunteer - precinct caucus convener 2022.
Born 1994.
Hobbies: training for the Twin Cities Marathon, thrift flipping.
""",
sensitive=[
 ("sexual_orientation", "Co-chair of Target's PRIDE+ business council for our district"),
 ("sexual_orientation", "My husband Daniel"),
 ("family_status", "foster parents (2 placements so far)"),
 ("political_opinion", "DFL volunteer - precinct caucus convener 2022"),
 ("date_of_birth_age", "Born 1994"),
],
keep=["Team Lead, Fulfillment", "Drive Up & Order Pickup", "set up the Pride Month merchandise pad",
      "cash office, loss-prevention partnership", "Cub Foods", "Front End Supervisor",
      "A.A.S. Retail Management, Minneapolis College"],
contact=["Jake Sorensen", "Minneapolis, MN 55407", "(612) 555-0159", "jake.sorensen.mn@gmail.com",
         "linkedin.com/in/jakesorensen-retail"],
),

# 028 London bus driver
dict(text="""
Winston Campbell
PCV (Cat D) Bus Driver - 22 years
Lewisham, SE13 · 07957 412 338 · winstoncampbell.pcv@gmail.com

Licence: D, D1, B - Driver CPC (valid 2027). Zero points.
Route knowledge: 21, 47, 136, 185, N89

Experience
Go-Ahead London (London Central, New Cross garage) - Bus Driver, 2008-present
  - Gold Driver award 2019 (iBus data)
  - route learning trainer / driver mentor for new starters
Stagecoach London - Bus Driver, 2002-2008
Royal Mail - Postman, 1996-2002

Health: had a stent fitted in 2020 after a heart attack; DVLA Group 2 reinstated after exercise test, 2021.
Unite the Union - garage rep (New Cross) 2015-2022.
I'm of Jamaican heritage (Windrush family), born in Lewisham.
Age 54. Grandfather of three!
I stood for the council in 2018 on the Labour ticket (not elected).
""",
sensitive=[
 ("health", "had a stent fitted in 2020 after a heart attack; DVLA Group 2 reinstated after exercise test"),
 ("trade_union", "Unite the Union - garage rep (New Cross) 2015-2022"),
 ("ethnic_origin", "I'm of Jamaican heritage (Windrush family)"),
 ("date_of_birth_age", "Age 54"),
 ("family_status", "Grandfather of three!"),
 ("political_opinion", "I stood for the council in 2018 on the Labour ticket"),
],
keep=["PCV (Cat D) Bus Driver", "Driver CPC (valid 2027)", "Go-Ahead London (London Central, New Cross garage)",
      "Gold Driver award 2019 (iBus data)", "route learning trainer / driver mentor", "Stagecoach London",
      "Royal Mail - Postman"],
contact=["Winston Campbell", "Lewisham, SE13", "07957 412 338", "winstoncampbell.pcv@gmail.com"],
),

# 029 Kyrgyz seasonal fruit picker, Herefordshire
dict(text="""
CV - Seasonal Farm Worker
Name: Aibek Toktogulov
Phone/WhatsApp: +996 555 312 840 / UK: 07418 664 027
Email: aibek.toktogulov97@mail.ru
Now living: farm caravan site, Ledbury HR8

Visa: Seasonal Worker visa (6 months), Kyrgyz citizen - 3rd season in UK.

Work
2024 season - Haygrove, Ledbury - soft fruit picker (strawberries, raspberries, tunnels)
   picking speed 45-55 kg/hr, quality checks always ok, also tunnel work and pruning
2023 season - Clock House Farm, Kent - apples & pears picker, ladder work
2019-2022 - builder helper in Bishkek and Moscow

Skills
tractor (category B, Kyrgyzstan), pruning, irrigation setup, tunnel skinning
Russian (native), Kyrgyz, English A2

About me
I'm 27. Married, my son (3) lives with my wife and my parents in Osh, I send money home.
Muslim, I keep Ramadan but can still work full shifts.
Fingerprints and photo given at VFS Bishkek for the visa.
Supervisor reference: Dan Whitcombe - 07700 918 442
""",
sensitive=[
 ("ethnic_origin", "Seasonal Worker visa (6 months), Kyrgyz citizen"),
 ("date_of_birth_age", "I'm 27"),
 ("family_status", "Married, my son (3) lives with my wife and my parents in Osh"),
 ("religious_belief", "Muslim, I keep Ramadan"),
 ("genetic_biometric", "Fingerprints and photo given at VFS Bishkek"),
],
keep=["soft fruit picker (strawberries, raspberries, tunnels)", "picking speed 45-55 kg/hr", "Haygrove, Ledbury",
      "Clock House Farm, Kent", "tunnel skinning", "pruning, irrigation setup"],
contact=["Aibek Toktogulov", "+996 555 312 840", "07418 664 027", "aibek.toktogulov97@mail.ru", "Ledbury HR8",
         "Dan Whitcombe", "07700 918 442"],
),

# 030 ex-Gurkha security supervisor, Hampshire
dict(text="""
KHEM BAHADUR THAPA
Security Supervisor (SIA) - ex-Gurkha
Farnborough, Hampshire GU14 | 07703 519 446 | khemthapa.sec@gmail.com

SERVICE
Royal Gurkha Rifles, 1999-2021 - Colour Sergeant
 - Afghanistan (Herrick 9, 14), Brunei, Kenya
 - section / platoon training, range safety, guard commander

CIVILIAN
2021-present  Security Supervisor, Corps Security @ Farnborough Airport
 - control room (Genetec), access control & visitor passes, team of 14
 - trained officers on the new iris-scan entry system for restricted hangars (my own iris template is on it as duty supervisor)

TICKETS
SIA Security Guarding + CCTV, Level 3 Supervisor, First Aid at Work, Fire Warden

PERSONAL
Nepali-born, British citizen (settled 2021 under the Gurkha rules).
Buddhist (I go to the Aldershot vihara).
Married to Sita, two daughters at university.
DOB: 11/05/1981.
Marched with the Gurkha Justice Campaign in 2009.
""",
sensitive=[
 ("genetic_biometric", "my own iris template is on it as duty supervisor"),
 ("ethnic_origin", "Nepali-born, British citizen (settled 2021 under the Gurkha rules)"),
 ("religious_belief", "Buddhist (I go to the Aldershot vihara)"),
 ("family_status", "Married to Sita, two daughters at university"),
 ("date_of_birth_age", "DOB: 11/05/1981"),
 ("political_opinion", "Marched with the Gurkha Justice Campaign in 2009"),
],
keep=["Royal Gurkha Rifles", "Colour Sergeant", "Security Supervisor, Corps Security @ Farnborough Airport",
      "control room (Genetec)", "trained officers on the new iris-scan entry system for restricted hangars",
      "SIA Security Guarding + CCTV", "First Aid at Work"],
contact=["KHEM BAHADUR THAPA", "Farnborough, Hampshire GU14", "07703 519 446", "khemthapa.sec@gmail.com"],
),
]
