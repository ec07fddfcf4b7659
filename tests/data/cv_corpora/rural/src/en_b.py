"""English CVs 021-040, typed by hand."""
from cats import H, R, P, T, E, S, C, G, A, F

CVS = [
dict(n=21, text="""
Paweł Nowicki — Herdsperson
Flat 1, Brook Farm Cottages, Wybunbury, Nantwich CW5 7NA | 07438 229 615 | pawel.nowicki.herd@gmail.com

Polish national, pre-settled status under the EU Settlement Scheme (applying for settled in 2027).

Experience
2019–now   Relief then Head Herdsperson, Hollins Hill Farm, Wybunbury — 480 Holsteins, 3x milking, 60-point rotary
 - Fresh-cow checks, foot trimming (Level 2 Mobile Foot Trimming), heat detection from Afimilk collars
 - Sexed-semen and beef-cross breeding plan built on £PLI and genomic results from the Holstein UK test
2016–2019  Milker, Müller supplier herd, Market Drayton (joined Unite there and stayed a member)
2012–2016  Farm worker, family farm near Łomża, Poland

Qualifications
Technik rolnik (agricultural technician), Zespół Szkół Rolniczych Łomża (2012)
Lantra ATV; Safe Use of Veterinary Medicines (AMTRA); Cat. B and tractor

Personal
Age 32. I live with my partner Krzysztof, who also works on the unit. We go to the Polish Mass at St Anne's in Nantwich. To be open: I have a 2014 drink-driving conviction from Poland (court in Łomża), ban long finished.

References: Mrs Ann Hollins, Hollins Hill Farm, 01270 841 336
""",
s=[(E, "Polish national, pre-settled status under the EU Settlement Scheme"),
   (T, "joined Unite there and stayed a member"), (A, "Age 32"), (S, "I live with my partner Krzysztof"),
   (R, "We go to the Polish Mass at St Anne's in Nantwich"),
   (C, "I have a 2014 drink-driving conviction from Poland (court in Łomża)")],
keep=["Relief then Head Herdsperson, Hollins Hill Farm, Wybunbury", "Level 2 Mobile Foot Trimming",
      "heat detection from Afimilk collars",
      "Sexed-semen and beef-cross breeding plan built on £PLI and genomic results from the Holstein UK test",
      "Technik rolnik (agricultural technician), Zespół Szkół Rolniczych Łomża (2012)",
      "Safe Use of Veterinary Medicines (AMTRA)"],
contact=["Paweł Nowicki", "Flat 1, Brook Farm Cottages, Wybunbury, Nantwich CW5 7NA", "07438 229 615",
         "pawel.nowicki.herd@gmail.com", "Mrs Ann Hollins", "01270 841 336"]),

dict(n=22, text="""
Dear Ms Hargreaves,

Member Relations Coordinator (South West) — Arla Foods UK, ref. AR-2026-114

I would like to apply for this role. I grew up on a 200-cow farm near Shepton Mallet that has been an Arla member-owner since the merger with Milk Link, and for the last seven years I have worked with dairy farmers from the other side of the table.

Since 2019 I have been Milk Field Officer at Barbers Cheesemakers, Ditcheat: I look after 85 supplier farms, run the bonus scheme for milk quality, visit for Red Tractor readiness and organised the farm-level carbon audit with Trinity AgTech. Before that I was a Graduate Agronomist at Hutchinsons (2017–2019). I hold a BSc (Hons) Agriculture from the Royal Agricultural University (2017) and the BASIS Foundation Award.

I understand the role involves evening member council meetings. I'm in a civil partnership with Gemma, and we have no caring commitments, so that is no problem. You may see a short gap on my record in 2021: after Mum's Huntington's diagnosis I had the predictive test myself (negative) and took six weeks off to support the family.

Outside work I'm a Liberal Democrat parish councillor in Pylle, and I help with the county young farmers' stockjudging.

Yours sincerely,
Lucy Dampier
Mill Lane House, Pylle, Shepton Mallet BA4 6TA · 07552 018 447 · lucy.dampier@gmail.com
""",
s=[(S, "I'm in a civil partnership with Gemma"), (G, "after Mum's Huntington's diagnosis I had the predictive test myself (negative)"),
   (P, "I'm a Liberal Democrat parish councillor in Pylle")],
keep=["Member Relations Coordinator (South West) — Arla Foods UK", "Milk Field Officer at Barbers Cheesemakers, Ditcheat",
      "run the bonus scheme for milk quality", "Red Tractor readiness", "Graduate Agronomist at Hutchinsons",
      "BSc (Hons) Agriculture from the Royal Agricultural University (2017)", "BASIS Foundation Award",
      "farm-level carbon audit with Trinity AgTech"],
contact=["Ms Hargreaves", "Lucy Dampier", "Mill Lane House, Pylle, Shepton Mallet BA4 6TA", "07552 018 447",
         "lucy.dampier@gmail.com"]),

dict(n=23, text="""
MAGNUS J. TULLOCH
Skipper (Fishing) — Demersal / Pelagic
Da Hoose o Brough, Whalsay, Shetland ZE2 9AW
Tel. 01806 566 302  Mob. 07899 410 275  Email magnus.tulloch@shetland-fish.co.uk
DOB 02.11.1971

CERTIFICATES
Class 1 Fishing Skipper Certificate of Competency (MCA), unlimited
STCW Basic Safety; Medical Care on Board; GMDSS GOC
Seafish Safety Awareness, Fire Fighting, Sea Survival (renewed 2025)
Biometric Seafarers' Identity Document held (fingerprint template enrolled 2023)

SEA SERVICE
2005 – 2026 Skipper/part-owner, LK 472 "Fairvoe" (27 m trawler), whitefish, monkfish and megrim, West of Shetland
1995 – 2005 Mate, LK 119 "Serene Dawn", pelagic mackerel and herring
1988 – 1995 Deckhand, Whalsay boats

ALSO
Quota leasing and the Shetland Fish Producers' Organisation returns; e-logbook; crew of 7
Trained four new entrant skippers through the Shetland fishermen's training scheme

PERSONAL
I belong to the Brethren assembly and the boat has never sailed on a Sunday. I was one of the skippers fined at the High Court in 2012 in the undeclared "black fish" landings case; the money is long paid and the quota records since are clean.
Treated for a melanoma on my back in 2021 — all clear at the last check.

Reference: Mr Robbie Anderson, Shetland Fishermen's Association, 01595 690 111
""",
s=[(A, "DOB 02.11.1971"), (G, "Biometric Seafarers' Identity Document held (fingerprint template enrolled 2023)"),
   (R, "I belong to the Brethren assembly and the boat has never sailed on a Sunday"),
   (C, "I was one of the skippers fined at the High Court in 2012 in the undeclared \"black fish\" landings case"),
   (H, "Treated for a melanoma on my back in 2021")],
keep=["Class 1 Fishing Skipper Certificate of Competency (MCA), unlimited", "STCW Basic Safety; Medical Care on Board; GMDSS GOC",
      "Skipper/part-owner, LK 472 \"Fairvoe\" (27 m trawler)", "Mate, LK 119 \"Serene Dawn\", pelagic mackerel and herring",
      "Quota leasing and the Shetland Fish Producers' Organisation returns",
      "Trained four new entrant skippers through the Shetland fishermen's training scheme"],
contact=["MAGNUS J. TULLOCH", "Da Hoose o Brough, Whalsay, Shetland ZE2 9AW", "01806 566 302", "07899 410 275",
         "magnus.tulloch@shetland-fish.co.uk", "Mr Robbie Anderson", "01595 690 111"]),

dict(n=24, text="""
Jarrah Kennedy
Shearer / Station Hand
c/- PO Box 48, Condobolin NSW 2877 · 0428 551 903 · jarrahk.shearing@outlook.com

Proud Wiradjuri man from Condobolin. I've shorn through the central west and out to Bourke for 12 years.

Work
2016 – now  Shearer, Condo contract teams (tallies 180–220 merinos a day)
2014 – 2016 Rouseabout then learner shearer, AWI shearer training program
Stock work: mustering on horse and motorbike, crutching, drenching, marking, NLIS tagging and scanning mobs with the stick reader

Tickets & licences
AWI Improver Shearer course (2015) · Chemcert (AQF3) · Chainsaw (basic) · HR truck licence · First Aid
Wool handling — classer's assistant on a 9,000-head shed

Other
AWU member since my first shed and I sit on the shearers' rates committee for the Central West. I was locked up for six months at Bathurst Correctional in 2011 (break and enter), which turned me around — mentoring young fellas in the Condo justice reinvestment program now. Campaigned for the Voice referendum in 2023.
My partner Daniel and I are saving for a block of our own.

Referees: Mr Graham Noonan, contractor, 0427 118 392; Aunty Val Grant, Condobolin Elders group
""",
s=[(E, "Proud Wiradjuri man from Condobolin"), (T, "AWU member since my first shed"),
   (T, "I sit on the shearers' rates committee for the Central West"),
   (C, "I was locked up for six months at Bathurst Correctional in 2011 (break and enter)"),
   (P, "Campaigned for the Voice referendum in 2023"), (S, "My partner Daniel and I")],
keep=["Shearer / Station Hand", "AWI Improver Shearer course (2015)", "Chemcert (AQF3)",
      "NLIS tagging and scanning mobs with the stick reader", "classer's assistant on a 9,000-head shed",
      "mentoring young fellas in the Condo justice reinvestment program"],
contact=["Jarrah Kennedy", "PO Box 48, Condobolin NSW 2877", "0428 551 903", "jarrahk.shearing@outlook.com",
         "Mr Graham Noonan", "0427 118 392", "Aunty Val Grant"]),

dict(n=25, text="""
CURRICULUM VITAE

NAME: ROSE AKINYI OTIENO
P.O. BOX 711-20117, NAIVASHA | 0712 884 309 | roseakinyi.otieno@gmail.com
D.O.B: 19/09/1986 | Nationality: Kenyan | Home county: Siaya (Luo)

OBJECTIVE
Seeking the position of Greenhouse Production Supervisor in a certified cut-flower farm.

EXPERIENCE
2017 – to date  Greenhouse Supervisor, Lakeview Roses Ltd, Naivasha (42 ha under plastic)
  • Supervise 85 harvesters and graders; daily stem counts and grading to Dutch auction specs
  • Integrated pest management, scouting records, safe spray re-entry intervals
  • Fairtrade and MPS-ABC audits; KEPHIS export documentation
2011 – 2017  Grader then team leader, Oserian Development Company

EDUCATION
Certificate in Horticulture, Kenya Institute of Agriculture (2010); Spray Operator Certificate (PCPB)

MEMBERSHIPS
KPAWU shop steward for the packhouse section (since 2019)
Fairtrade Premium Committee — elected worker representative

PERSONAL
I am living with HIV and on ARVs since 2012; fully fit for all duties. Single mother of two. I have sickle cell trait (AS) and take this into account for high-altitude travel.

REFEREES
Mr James Kariuki, Production Manager, Lakeview Roses — 0720 551 876
""",
s=[(A, "D.O.B: 19/09/1986"), (E, "Home county: Siaya (Luo)"),
   (T, "KPAWU shop steward for the packhouse section (since 2019)"),
   (H, "I am living with HIV and on ARVs since 2012"), (F, "Single mother of two"),
   (G, "I have sickle cell trait (AS)")],
keep=["Greenhouse Production Supervisor", "Greenhouse Supervisor, Lakeview Roses Ltd, Naivasha",
      "Integrated pest management, scouting records, safe spray re-entry intervals", "Fairtrade and MPS-ABC audits",
      "Grader then team leader, Oserian Development Company",
      "Certificate in Horticulture, Kenya Institute of Agriculture (2010)", "Fairtrade Premium Committee"],
contact=["ROSE AKINYI OTIENO", "P.O. BOX 711-20117, NAIVASHA", "0712 884 309", "roseakinyi.otieno@gmail.com",
         "Mr James Kariuki", "0720 551 876"]),

dict(n=26, text="""
Owen Thwaite — Beatkeeper / Deer Manager
Lowfield Cottage, Bilsdale, Helmsley, North Yorkshire YO62 5NB
07964 781 003 · owen.thwaite@yahoo.co.uk

Profile
Moorland and low-ground keeper, 11 years. Strong on deer management, predator control within the general licences, and running beaters' teams on shoot days.

Career
2020 – present  Beatkeeper, Bilsdale Moor Estate (driven grouse, 30 days; 9,000 acres)
2016 – 2020     Underkeeper, Duncombe Park shoot (pheasant and partridge, release pens, feeders)
2015            Seasonal deer stalker's assistant, Glenfeshie

Qualifications
DSC Level 2 (witnessed stalks complete) · Trained Hunter (carcass inspection) · LANTRA ATV
Level 3 Diploma in Game and Wildlife Management, Askham Bryan College (2015)
Firearms and shotgun certificates (North Yorkshire Police)

Disclosure
I received a police caution for possession of cannabis in 2014 when I was at college. My fingerprints and DNA were taken at the time and are still on the national database; I've told the firearms licensing team and it did not stop the grant.

Personal
My fiancé Jack is a tractor driver on the estate; we share the tied cottage. I do the hill races in summer.

Referee: Mr Charles Duncombe, Headkeeper, Bilsdale Moor Estate — 01439 798 211
""",
s=[(C, "I received a police caution for possession of cannabis in 2014"), (G, "My fingerprints and DNA were taken at the time and are still on the national database"),
   (S, "My fiancé Jack is a tractor driver on the estate")],
keep=["Beatkeeper, Bilsdale Moor Estate", "Underkeeper, Duncombe Park shoot", "DSC Level 2 (witnessed stalks complete)",
      "Trained Hunter (carcass inspection)", "Level 3 Diploma in Game and Wildlife Management, Askham Bryan College (2015)",
      "predator control within the general licences"],
contact=["Owen Thwaite", "Lowfield Cottage, Bilsdale, Helmsley, North Yorkshire YO62 5NB", "07964 781 003",
         "owen.thwaite@yahoo.co.uk", "Mr Charles Duncombe", "01439 798 211"]),

dict(n=27, text="""
Name: Faleolo Tuiasosopo (Leo)
Team leader application — Recognised Seasonal Employer (RSE) scheme, Marlborough vintage 2027
Current address: RSE accommodation, 88 Old Renwick Road, Blenheim 7201
Phone: 027 601 3398   Email: leo.tuiasosopo@gmail.com

I am Samoan, from Salelologa, Savai'i. This will be my seventh season in New Zealand under the RSE scheme with Marlborough Vineyard Services.

Vineyard work
- Winter pruning (cane and spur), 2019–2026, top 10 % of the crew for vines per hour
- Wrapping, bud rubbing, shoot thinning, leaf plucking
- Harvest: hand-picking for the sparkling blocks; machine-harvest crew marshal
- 2024–2026: Samoan crew leader for 22 workers — daily briefings, timesheets, translating health and safety inductions

Certificates: Growsafe Introductory, First Aid Level 1, Forklift (OSH), Class 1 licence (NZ)

About me
I'm a member of the Church of Jesus Christ of Latter-day Saints and lead our Samoan ward's youth on Sunday in Blenheim. My wife Sina and our four kids live in Salelologa; I go home each June. I had a hernia repair in 2023 and have been lifting normally since.

Referee: Mr Andrew Sinclair, Operations Manager, Marlborough Vineyard Services — 03 578 2240
""",
s=[(E, "I am Samoan, from Salelologa, Savai'i"),
   (R, "I'm a member of the Church of Jesus Christ of Latter-day Saints and lead our Samoan ward's youth on Sunday"),
   (F, "My wife Sina and our four kids live in Salelologa"), (H, "I had a hernia repair in 2023")],
keep=["Recognised Seasonal Employer (RSE) scheme", "Winter pruning (cane and spur)",
      "Samoan crew leader for 22 workers", "translating health and safety inductions",
      "machine-harvest crew marshal", "Marlborough Vineyard Services", "Growsafe Introductory, First Aid Level 1"],
contact=["Faleolo Tuiasosopo (Leo)", "88 Old Renwick Road, Blenheim 7201", "027 601 3398", "leo.tuiasosopo@gmail.com",
         "Mr Andrew Sinclair", "03 578 2240"]),

dict(n=28, text="""
DEREK VOSS
Precision Ag Specialist — John Deere dealer network
1142 Road 14, Seward, NE 68434 | (402) 641-2209 | derek.voss.precision@gmail.com

SUMMARY
Ag engineer who spends half his life in cabs. 16 years supporting growers on guidance, yield data and variable-rate irrigation across eastern Nebraska.

EXPERIENCE
Precision Ag Specialist, Landmark Implement, Seward — 2015–present
- StarFire receivers, AutoTrac, JDLink and Operations Center onboarding for 300+ customers
- Variable-rate irrigation prescriptions for center pivots (Valley, Zimmatic)
- ISOBUS troubleshooting on mixed-fleet planters; EID cattle-scale integration at two feedlots
Service Technician, Sandhills Equipment, Columbus — 2010–2015

EDUCATION
B.S. Mechanized Systems Management, University of Nebraska–Lincoln, 2010
John Deere Precision Ag certification (Level 3)

PERSONAL
I'm 42 and have moderate hearing loss in both ears from years around grain dryers; I wear hearing aids and use Bluetooth to my phone in the cab. Serve on the Seward County Republican Central Committee. My husband Eric and I farm 200 acres of our own on weekends. My 23andMe results came back 60 % Czech, which explains the kolache.

References: Ms Tricia Hahn, Service Manager, Landmark Implement, (402) 641-7700
""",
s=[(A, "I'm 42"), (H, "have moderate hearing loss in both ears"), (H, "I wear hearing aids"),
   (P, "Serve on the Seward County Republican Central Committee"), (S, "My husband Eric and I"),
   (G, "My 23andMe results came back 60 % Czech")],
keep=["Precision Ag Specialist, Landmark Implement, Seward", "StarFire receivers, AutoTrac, JDLink and Operations Center onboarding",
      "Variable-rate irrigation prescriptions for center pivots", "EID cattle-scale integration at two feedlots",
      "Service Technician, Sandhills Equipment, Columbus",
      "B.S. Mechanized Systems Management, University of Nebraska–Lincoln, 2010",
      "John Deere Precision Ag certification (Level 3)"],
contact=["DEREK VOSS", "1142 Road 14, Seward, NE 68434", "(402) 641-2209", "derek.voss.precision@gmail.com",
         "Ms Tricia Hahn", "(402) 641-7700"]),

dict(n=29, text="""
Jory Trebilcock
Trewen Farm, St Breward, Bodmin, Cornwall PL30 4NQ · 07721 906 884 · jorytrebilcock@gmail.com

I'm looking for a farm office / agri-tech support job I can do around a prosthetic. Until 2023 I was the youngest partner on our family beef and sheep farm, then a PTO shaft caught my trouser leg and I lost my right leg below the knee. I'm 24 now, walking well, and not giving up on farming — just on some of the jobs.

Farm and work
2019–2023  Partner, J. Trebilcock & Sons (180 suckler cows, 600 ewes, Bodmin Moor commons)
  – BCMS and Cattle Tracing, Sheep EID reading and movement reports on ARAMS
  – Countryside Stewardship claims, hedgerow and moorland options
2024–now   Part-time Farm Records Administrator, Kivells livestock market, Exeter (remote 3 days)
  – Sale entries, TB pre-movement checks, EID reconciliation

Education
Level 3 Extended Diploma in Agriculture, Duchy College Stoke Climsland (2019)
Farm Safety Foundation "Yellow Wellies" ambassador since the accident

Bits about me
At 17 I had a police caution for criminal damage after a night out in Wadebridge. My boyfriend Kieran drives me to the market on Tuesdays. Mum still runs the farm with my brother.

Reference: Mrs Pam Hocking, Kivells, 01392 252 262
""",
s=[(H, "I lost my right leg below the knee"), (H, "around a prosthetic"), (A, "I'm 24 now"), (A, "At 17"),
   (C, "I had a police caution for criminal damage after a night out in Wadebridge"), (S, "My boyfriend Kieran")],
keep=["Partner, J. Trebilcock & Sons", "BCMS and Cattle Tracing, Sheep EID reading and movement reports on ARAMS",
      "Countryside Stewardship claims", "Part-time Farm Records Administrator, Kivells livestock market, Exeter",
      "TB pre-movement checks, EID reconciliation", "Level 3 Extended Diploma in Agriculture, Duchy College Stoke Climsland (2019)",
      "Farm Safety Foundation \"Yellow Wellies\" ambassador"],
contact=["Jory Trebilcock", "Trewen Farm, St Breward, Bodmin, Cornwall PL30 4NQ", "07721 906 884",
         "jorytrebilcock@gmail.com", "Mrs Pam Hocking", "01392 252 262"]),

dict(n=30, text="""
Niamh Gallagher
Drumkeen, Ballybofey, Co. Donegal F93 X6P2 · 086 045 3378 · niamh.gallagher.agri@gmail.com

Position sought: Senior Drystock Adviser, Teagasc Letterkenny

PROFILE
Agricultural adviser, nine years in the Teagasc advisory service and two in private consultancy. Beef and sheep, DAFM schemes, knowledge-transfer groups.

EXPERIENCE
Teagasc, Ballyshannon office — Drystock Adviser (2017–present)
 – Run two Beef Knowledge Transfer groups (44 farmers); BEEP-S weighing; DNA genotyping and genomic testing of 1,200 suckler heifers through the BDGP
 – Sheep Improvement Scheme; NAP and nitrates derogation plans
Kelly Agri Consultants, Donegal — Farm Planning Consultant (2015–2017)

EDUCATION
B.Agr.Sc. (Animal & Crop Production), UCD, 2014
M.Agr.Sc. Animal Science, UCD, 2015

PERSONAL
I'm a Fórsa shop steward in the Teagasc Donegal offices. My wife Orla and I have twin girls (3). In 2022 I had BRCA2 testing after my sister's diagnosis and tested positive; I had preventive surgery last year and I'm back full time.

REFERENCES
Mr Paddy McGlynn, Regional Manager, Teagasc Donegal — 074 912 1053
""",
s=[(T, "I'm a Fórsa shop steward in the Teagasc Donegal offices"), (S, "My wife Orla and I"), (F, "twin girls (3)"),
   (G, "I had BRCA2 testing after my sister's diagnosis and tested positive"), (H, "I had preventive surgery last year")],
keep=["Senior Drystock Adviser, Teagasc Letterkenny", "Teagasc, Ballyshannon office — Drystock Adviser",
      "DNA genotyping and genomic testing of 1,200 suckler heifers through the BDGP",
      "Run two Beef Knowledge Transfer groups (44 farmers)", "Kelly Agri Consultants, Donegal — Farm Planning Consultant",
      "B.Agr.Sc. (Animal & Crop Production), UCD, 2014", "M.Agr.Sc. Animal Science, UCD, 2015"],
contact=["Niamh Gallagher", "Drumkeen, Ballybofey, Co. Donegal F93 X6P2", "086 045 3378",
         "niamh.gallagher.agri@gmail.com", "Mr Paddy McGlynn", "074 912 1053"]),

dict(n=31, text="""
MRS ANNA PAPADOPOULOS
Horticulture Export Manager
14 Ridgeway North, Highlands, Harare · +263 78 223 6610 · anna.papadopoulos.zw@gmail.com

Born in Bulawayo to a Greek father and a Zimbabwean mother; Zimbabwean citizen.

PROFESSIONAL EXPERIENCE
2014 – present  Export Manager, Mazowe Valley Fresh (Pvt) Ltd
 · Mangetout, fine beans and baby corn to UK multiples; air-freight bookings via Harare
 · GlobalG.A.P., SMETA and Tesco Nurture audits; 600 outgrowers on the contract scheme
 · Negotiated packhouse wage increments within the NEC Agriculture agreement (employer side)
2008 – 2014     Packhouse Manager, Kutsaga horticulture trials unit

EDUCATION
BSc Agriculture (Horticulture), University of Zimbabwe, 2007
Certificate in Export Marketing, ZimTrade, 2011

PERSONAL DETAILS
Widowed (2020, COVID). Two children at university in Cape Town.
Parishioner of Sacred Heart Cathedral. I was in ZANU-PF women's league as a young woman and left in 2008.
Fingerprints and face taken under the ZEC biometric voter registration in 2018.
Managing hypertension with medication — no impact on travel.

REFEREE
Mr Tinashe Mhuri, Managing Director, Mazowe Valley Fresh — +263 77 500 1928
""",
s=[(E, "Born in Bulawayo to a Greek father and a Zimbabwean mother"), (F, "Widowed (2020, COVID)"),
   (F, "Two children at university in Cape Town"), (R, "Parishioner of Sacred Heart Cathedral"),
   (P, "I was in ZANU-PF women's league as a young woman and left in 2008"),
   (G, "Fingerprints and face taken under the ZEC biometric voter registration in 2018"),
   (H, "Managing hypertension with medication")],
keep=["Horticulture Export Manager", "Export Manager, Mazowe Valley Fresh (Pvt) Ltd",
      "GlobalG.A.P., SMETA and Tesco Nurture audits",
      "Negotiated packhouse wage increments within the NEC Agriculture agreement (employer side)",
      "Packhouse Manager, Kutsaga horticulture trials unit", "BSc Agriculture (Horticulture), University of Zimbabwe, 2007"],
contact=["MRS ANNA PAPADOPOULOS", "14 Ridgeway North, Highlands, Harare", "+263 78 223 6610",
         "anna.papadopoulos.zw@gmail.com", "Mr Tinashe Mhuri", "+263 77 500 1928"]),

dict(n=32, text="""
Graham MacPhail — Succession Profile
MacPhail Potato Farms Ltd., 2210 Route 2, Kensington, PE C0B 1M0
902-836-4419 | graham@macphailpotatoes.ca

Prepared for the Farm Credit Canada succession review, November 2026.

The farm
Fourth-generation seed and processing potato operation: 1,450 acres in a three-year rotation with barley and red clover, 180,000 cwt storage, supplying Cavendish Farms and export seed to the Caribbean.

My roles
- 2012–present: Operations Manager — planting, harvest crew of 14, storage ventilation and CFIA seed certification (Elite 3/4)
- 2018–present: Took over the marketing contracts and the grading line upgrade (optical sorter, 2021)
- Run the farm's soil-health program with AAFC Harrington: cover crops, reduced tillage, wireworm trials
- Donate seconds each fall to the Kensington Catholic Women's League supper and the Legion food bank

Education and tickets
Diploma in Agriculture, Nova Scotia Agricultural College, Truro (2011)
PEI Pesticide Applicator Licence (Class B); Class 3 driver's licence with air brake endorsement
Canadian Agricultural Safety Association farm-safety plan trainer

Successors' plan
The transfer to my sister and me runs 2026–2031 with an estate freeze; our parents remain minority shareholders.

Advisers: Ms Holly Gallant CPA, Gallant & Arsenault, 902-436-2210
""",
s=[],
keep=["Operations Manager", "CFIA seed certification (Elite 3/4)", "supplying Cavendish Farms",
      "Run the farm's soil-health program with AAFC Harrington",
      "Donate seconds each fall to the Kensington Catholic Women's League supper and the Legion food bank",
      "Diploma in Agriculture, Nova Scotia Agricultural College, Truro (2011)",
      "PEI Pesticide Applicator Licence (Class B)", "Canadian Agricultural Safety Association farm-safety plan trainer"],
contact=["Graham MacPhail", "2210 Route 2, Kensington, PE C0B 1M0", "902-836-4419", "graham@macphailpotatoes.ca",
         "Ms Holly Gallant", "902-436-2210"]),

dict(n=33, text="""
Dòmhnall MacIver
5 Upper Barvas, Isle of Lewis HS2 0QX
01851 840 612 · domhnall.maciver@hebrides.net

Crofter and Crofting Development Officer applicant (Crofting Commission, Stornoway)

Summary
Crofter for 25 years on a 12-acre croft with a share in the Barvas common grazing (40 Cheviot ewes, 4 Highland cows). Grazings clerk since 2011. Fluent Gaelic speaker.

Experience
2011–present  Clerk, Barvas Common Grazings Committee — apportionments, regulations, grazing shares, sheep stock club accounts
2004–present  Part-time Fank Manager, Lewis & Harris Sheep Producers (gathering, dipping, EID tagging and shipping lambs to Dingwall)
1998–2004     Weaver, Harris Tweed (own loom, Hattersley)

Training: SVQ Level 2 Agriculture (UHI Lews Castle College); Croft Woodland Planting (Woodland Trust); ATV and Quad (Lantra)

Community
Elder, Free Church of Scotland (Barvas). Branch chair of the Scottish Crofting Federation for Lewis. I share the croft house with my partner Iain, who works at the Arnish yard. In 1999 I had a conviction for breach of the peace after a ceilidh in Stornoway; I mention it as it comes up on a standard disclosure.
I'm 51.

Referee: Mrs Catriona Morrison, Crofting Commission Assessor — 01851 703 005
""",
s=[(R, "Elder, Free Church of Scotland (Barvas)"), (T, "Branch chair of the Scottish Crofting Federation for Lewis"),
   (S, "I share the croft house with my partner Iain"),
   (C, "In 1999 I had a conviction for breach of the peace after a ceilidh in Stornoway"), (A, "I'm 51")],
keep=["Crofting Development Officer", "Clerk, Barvas Common Grazings Committee",
      "apportionments, regulations, grazing shares, sheep stock club accounts",
      "Part-time Fank Manager, Lewis & Harris Sheep Producers", "EID tagging and shipping lambs to Dingwall",
      "SVQ Level 2 Agriculture (UHI Lews Castle College)", "Weaver, Harris Tweed"],
contact=["Dòmhnall MacIver", "5 Upper Barvas, Isle of Lewis HS2 0QX", "01851 840 612", "domhnall.maciver@hebrides.net",
         "Mrs Catriona Morrison", "01851 703 005"]),

dict(n=34, text="""
DR. SAMUEL LEMAYIAN OLE NKAISSERRY, BVM
Veterinary Officer
P.O. Box 344-20500, Narok · 0711 429 655 · s.olenkaisserry@vetmail.co.ke
KVB Registration: 3127

Profile
Veterinarian from a Maasai pastoralist family in Narok, working with the herds I grew up with. Strong field experience in vaccination campaigns, livestock traceability and drought response.

Experience
2019 – present  County Veterinary Officer, Narok County Government
 ▪ FMD and LSD vaccination campaigns, 210,000 head a year
 ▪ Rolled out RFID/EID ear tags and the Kenya Livestock Identification and Traceability System in two sub-counties
 ▪ Boran genetic-improvement scheme with ILRI: genomic selection of breeding bulls for drought tolerance
2015 – 2019  Veterinary Surgeon, Kenya Wildlife Service (Maasai Mara ecosystem)

Education
Bachelor of Veterinary Medicine, University of Nairobi (2014)
MSc Epidemiology (ongoing), Egerton University

Personal
Catholic, St. Joseph's Narok. My younger sister has sickle-cell disease and I was screened: I carry the trait. I was arrested with other herders at the 2016 Mau grazing protest; the charges were withdrawn. I was an ODM youth wing organiser in Narok until 2017.

Referees: Dr. Esther Nyambura, Director of Veterinary Services, Narok County — 0722 330 918
""",
s=[(E, "from a Maasai pastoralist family in Narok"), (R, "Catholic, St. Joseph's Narok"),
   (G, "My younger sister has sickle-cell disease and I was screened: I carry the trait"),
   (C, "I was arrested with other herders at the 2016 Mau grazing protest; the charges were withdrawn"),
   (P, "I was an ODM youth wing organiser in Narok until 2017")],
keep=["County Veterinary Officer, Narok County Government", "FMD and LSD vaccination campaigns, 210,000 head a year",
      "Rolled out RFID/EID ear tags and the Kenya Livestock Identification and Traceability System",
      "Boran genetic-improvement scheme with ILRI: genomic selection of breeding bulls for drought tolerance",
      "Veterinary Surgeon, Kenya Wildlife Service (Maasai Mara ecosystem)",
      "Bachelor of Veterinary Medicine, University of Nairobi (2014)"],
contact=["DR. SAMUEL LEMAYIAN OLE NKAISSERRY", "P.O. Box 344-20500, Narok", "0711 429 655", "s.olenkaisserry@vetmail.co.ke",
         "3127", "Dr. Esther Nyambura", "0722 330 918"]),

dict(n=35, text="""
CV — Seasonal Worker (soft fruit)

Aibek Toktogulov
Caravan 31, Haygrove Farm, Redbank, Ledbury HR8 2JL
+44 7418 550 294 · aibek.toktogulov@mail.ru

I am from Kyrgyzstan (Naryn region) and I work in the UK on a Seasonal Worker visa (T5 / Temporary Work) sponsored by Concordia. My eVisa biometrics — fingerprints and photo — were enrolled at the VFS centre in Bishkek.

Seasons in UK
2024 — strawberry and raspberry picking, tabletop, Herefordshire (average 14 kg/h)
2025 — supervisor assistant, cherry orchard, Kent (tally system, QC checks)
2026 — raspberry picking and packing, Haygrove; trained 6 new pickers on the punnet spec

At home
Family livestock farm, Naryn: sheep and horses, haymaking, summer pasture (jailoo)
Diploma of veterinary technician, Naryn Agrarian College (2019)

Languages: Kyrgyz, Russian, English B1

Other information
Age: 27. Married, my wife is expecting our first baby in February, so I want a contract ending before then. I was hospitalised for two days with heat exhaustion in July 2025; now I take breaks as advised.

Reference: Mrs Olga Bell, Welfare Officer, Haygrove, 01531 633 659
""",
s=[(E, "I am from Kyrgyzstan (Naryn region) and I work in the UK on a Seasonal Worker visa"),
   (G, "My eVisa biometrics — fingerprints and photo — were enrolled at the VFS centre in Bishkek"), (A, "Age: 27"),
   (F, "Married, my wife is expecting our first baby in February"),
   (H, "I was hospitalised for two days with heat exhaustion in July 2025")],
keep=["strawberry and raspberry picking, tabletop, Herefordshire", "supervisor assistant, cherry orchard, Kent",
      "tally system, QC checks", "trained 6 new pickers on the punnet spec",
      "Diploma of veterinary technician, Naryn Agrarian College (2019)", "Family livestock farm, Naryn"],
contact=["Aibek Toktogulov", "Caravan 31, Haygrove Farm, Redbank, Ledbury HR8 2JL", "+44 7418 550 294",
         "aibek.toktogulov@mail.ru", "Mrs Olga Bell", "01531 633 659"]),

dict(n=36, text="""
JAMES ASHWORTH MBPR(Agric)
Arable Farm Manager
The Granary, Fen Lane, Sutterton, Boston, Lincolnshire PE20 2JW
07889 554 201 · james.ashworth.agri@gmail.com

PROFILE
Farm manager for 3,200 ha of combinable crops, sugar beet and vining peas. Numbers first: gross margins, machinery costings, labour planning.

EXPERIENCE
2015 – present  Farm Manager, Fenland Estates Farming Co., Sutterton
 • 3,200 ha; 9 staff; £7.4m turnover; LEAF Marque and Red Tractor
 • Applied the pay grades we agreed with the staff's Unite rep after the Agricultural Wages Board closed
 • Environmental Land Management (SFI) agreements over 600 ha
 • In 2016 the business and I were prosecuted by the Environment Agency over a pesticide washings discharge to a drain; I was personally fined £4,000, and I rebuilt the sprayer-fill area and biobed afterwards
2009 – 2015     Assistant Farm Manager, Velcourt, Holbeach

QUALIFICATIONS
BSc (Hons) Agriculture with Farm Business Management, Harper Adams (2009)
BASIS Crop Protection; NRoSO; FACTS; PA2/PA4 sprayer tickets

OTHER
NFU member and Holland county delegate. Conservative councillor on South Holland District Council since 2023 (personal role, evenings). Volunteer at Lincoln Pride with my husband James-Lee.

Referee: Mr Richard Fowler, Director, Fenland Estates — 01205 460 778
""",
s=[(C, "In 2016 the business and I were prosecuted by the Environment Agency over a pesticide washings discharge to a drain; I was personally fined £4,000"),
   (T, "NFU member and Holland county delegate"),
   (P, "Conservative councillor on South Holland District Council since 2023"),
   (S, "Volunteer at Lincoln Pride with my husband James-Lee")],
keep=["Arable Farm Manager", "Farm Manager, Fenland Estates Farming Co., Sutterton",
      "Applied the pay grades we agreed with the staff's Unite rep after the Agricultural Wages Board closed",
      "Environmental Land Management (SFI) agreements over 600 ha", "Assistant Farm Manager, Velcourt, Holbeach",
      "BSc (Hons) Agriculture with Farm Business Management, Harper Adams (2009)",
      "BASIS Crop Protection; NRoSO; FACTS; PA2/PA4 sprayer tickets"],
contact=["JAMES ASHWORTH", "The Granary, Fen Lane, Sutterton, Boston, Lincolnshire PE20 2JW", "07889 554 201",
         "james.ashworth.agri@gmail.com", "Mr Richard Fowler", "01205 460 778"]),

dict(n=37, text="""
Declan Hogan
Mart Manager
Ardagh Road, Kilrush, Co. Clare V15 YD21 | 065 905 1824 | declan.hogan.mart@gmail.com

Career profile
Twenty years in livestock marts, from yardman to manager. Known for clear sale catalogues, fast payments and a calm ring.

Experience
Kilrush Co-Operative Livestock Mart — Manager, 2014 to date
  – Weekly cattle and sheep sales, 62,000 head in 2025; online bidding via MartBids introduced in 2020
  – DAFM animal-movement (AIM) compliance, TB and BVD status checks at entry
  – Staff of 11; annual budget to the co-op board; new sheep shed (€1.1m, TAMS-funded)
  – Sold the co-op's catering contract to the Kilrush parish sports day and an election-night function for a local party branch
Ennis Mart — Assistant Manager, 2008 to 2014
Yardman and drover, Scariff Mart, 2004 to 2008

Qualifications
Certificate in Agricultural Auctioneering (IAVI), 2009
Diploma in Co-operative Management, UCC Centre for Co-operative Studies, 2016
QQI Level 6 Supervisory Management

Interests
Clare hurling (supporter, not a player these days), ploughing matches, restoring a Ferguson TE20.

References
Mr Michael Keane, Chairman, Kilrush Co-Op Mart — 087 255 4103
""",
s=[],
keep=["Kilrush Co-Operative Livestock Mart — Manager", "online bidding via MartBids",
      "DAFM animal-movement (AIM) compliance, TB and BVD status checks at entry",
      "Sold the co-op's catering contract to the Kilrush parish sports day and an election-night function for a local party branch",
      "Ennis Mart — Assistant Manager", "Certificate in Agricultural Auctioneering (IAVI), 2009",
      "Diploma in Co-operative Management, UCC Centre for Co-operative Studies, 2016"],
contact=["Declan Hogan", "Ardagh Road, Kilrush, Co. Clare V15 YD21", "065 905 1824", "declan.hogan.mart@gmail.com",
         "Mr Michael Keane", "087 255 4103"]),

dict(n=38, text="""
Meg Schiller — Cellar Hand
14 Murray Street, Tanunda SA 5352 · 0419 328 706 · meg.schiller@bigpond.com

Five vintages in the Barossa and one in Oregon. Happiest on the crush pad at 5 a.m.

Vintage work
2024–2026  Cellar Hand, Langmeil-area family winery, Tanunda — ferment monitoring, pump-overs, barrel work, filtration and bottling prep
2023        Harvest Intern, Willamette Valley (Pinot noir, whole-cluster ferments)
2021–2022  Cellar Hand, Seppeltsfield (fortified solera and tawny blending)
2020        Vineyard crew, Lyndoch — biodynamic blocks (horn manure prep, compost teas)

Tickets: Forklift (LF), Confined Space Entry, Working at Heights, Elevated Work Platform, RSA
Certificate III in Wine Industry Operations (TAFE SA, 2021)

About me
Barossa born, 29, and a seventh-generation Lutheran — I still play organ at St John's on Sundays. I have ADHD and take medication; checklists and a whiteboard keep me sharp on ferment sheets. I did a 23andMe test last year out of curiosity about the Silesian side. My wife Sophie runs the cellar door at a neighbouring winery. I have a spent conviction (2015, shoplifting, fine) that still shows on a national police check.

Referee: Mr Karl Lindner, Winemaker, 0408 771 203
""",
s=[(A, "29"), (R, "a seventh-generation Lutheran — I still play organ at St John's on Sundays"),
   (H, "I have ADHD and take medication"), (G, "I did a 23andMe test last year"),
   (S, "My wife Sophie"), (C, "I have a spent conviction (2015, shoplifting, fine)")],
keep=["Cellar Hand, Langmeil-area family winery, Tanunda", "ferment monitoring, pump-overs, barrel work, filtration and bottling prep",
      "Harvest Intern, Willamette Valley", "Cellar Hand, Seppeltsfield",
      "biodynamic blocks (horn manure prep, compost teas)", "Confined Space Entry",
      "Certificate III in Wine Industry Operations (TAFE SA, 2021)"],
contact=["Meg Schiller", "14 Murray Street, Tanunda SA 5352", "0419 328 706", "meg.schiller@bigpond.com",
         "Mr Karl Lindner", "0408 771 203"]),

dict(n=39, text="""
JOSÉ LUIS RAMÍREZ ORTEGA
Herdsman — 1,800-cow dairy
W2310 Hillcrest Lane, Chilton, WI 53014 · (920) 418-7762 · jl.ramirez.dairy@gmail.com

SUMMARY
Thirteen years on large Wisconsin dairies, bilingual English/Spanish. I train milkers, handle fresh cows and keep the breeding program on target.

EXPERIENCE
Herdsman, Calumet Crest Dairy LLC, Chilton — 2017–present
• Fresh-cow and transition protocols with the herd vet; DC305 records for 1,800 cows
• Genomic testing of all heifer calves (Zoetis Clarifide) and mating plans on CDCB net merit
• Trained and scheduled 26 milkers; translated SOPs into Spanish
Milker, then Lead Milker, Rosewood Dairy, Kiel — 2013–2017

CERTIFICATIONS
Dairy Herd Management certificate, Fox Valley Technical College (2016)
BQA (Beef Quality Assurance) and FARM 4.0 animal-care training
Hoof-trimming short course, UW–Madison

PERSONAL
Born in Tepatitlán, Jalisco; came to Wisconsin at 14 and I hold DACA (renewed 2025 — my USCIS biometrics appointment was in Milwaukee). Misdemeanor for driving without a license in 2015, paid; I now hold a valid Wisconsin license. Married to Lupita, three kids in Chilton schools.

References: Mr Tom Vande Hei, Calumet Crest Dairy, (920) 418-2200
""",
s=[(E, "Born in Tepatitlán, Jalisco; came to Wisconsin"), (A, "at 14"), (E, "I hold DACA"),
   (G, "my USCIS biometrics appointment was in Milwaukee"),
   (C, "Misdemeanor for driving without a license in 2015"), (F, "Married to Lupita, three kids in Chilton schools")],
keep=["Herdsman, Calumet Crest Dairy LLC, Chilton", "Genomic testing of all heifer calves (Zoetis Clarifide)",
      "mating plans on CDCB net merit", "Trained and scheduled 26 milkers; translated SOPs into Spanish",
      "Dairy Herd Management certificate, Fox Valley Technical College (2016)",
      "BQA (Beef Quality Assurance) and FARM 4.0 animal-care training"],
contact=["JOSÉ LUIS RAMÍREZ ORTEGA", "W2310 Hillcrest Lane, Chilton, WI 53014", "(920) 418-7762",
         "jl.ramirez.dairy@gmail.com", "Mr Tom Vande Hei", "(920) 418-2200"]),

dict(n=40, text="""
Ciarán Ó Donnabháin
Sheep farmer · Farm-stay host · Walking guide
Gortnagross, Ballyvourney, Co. Cork P12 KX80 · 087 661 0452 · ciaran@gortnagrossfarmstay.ie

Applying for: Farm Tourism Mentor, Cork County LEO

Farm and business
- 2010–present: 310 Scotch Blackface ewes on 140 ha of hill; Sheep Welfare Scheme, ACRES
- 2017–present: Gortnagross Farm Stay — three glamping pods, farm walks, sheepdog demonstrations; 2,900 guest nights in 2025; Fáilte Ireland Welcome Standard
- 2012–2016: suckler herd, depopulated after a TB breakdown in 2016

Training
QQI Level 6 Advanced Certificate in Agriculture (Clonakilty Agricultural College, 2009)
Mountain Skills 1 & 2; Occupational First Aid; Fáilte Ireland Tourism Business Mentoring

Honest bits
After the herd was taken out in 2016 I was treated for depression for about two years; I talk about it now with Mental Health Ireland's farm outreach. I was arrested at the 2019 beef-price blockade at a factory gate in Bandon and got the Probation Act. ICMSA member since 2012. I ran as a Sinn Féin candidate in the 2024 local elections (Macroom LEA). My partner Ciarán Óg manages the bookings.

Referee: Ms Eileen Twomey, Cork County LEO, 021 428 5200
""",
s=[(H, "I was treated for depression for about two years"),
   (C, "I was arrested at the 2019 beef-price blockade at a factory gate in Bandon and got the Probation Act"),
   (T, "ICMSA member since 2012"), (P, "I ran as a Sinn Féin candidate in the 2024 local elections (Macroom LEA)"),
   (S, "My partner Ciarán Óg")],
keep=["Farm Tourism Mentor, Cork County LEO", "Sheep Welfare Scheme, ACRES", "Gortnagross Farm Stay",
      "suckler herd, depopulated after a TB breakdown in 2016",
      "QQI Level 6 Advanced Certificate in Agriculture (Clonakilty Agricultural College, 2009)",
      "Fáilte Ireland Tourism Business Mentoring", "Mental Health Ireland's farm outreach"],
contact=["Ciarán Ó Donnabháin", "Gortnagross, Ballyvourney, Co. Cork P12 KX80", "087 661 0452",
         "ciaran@gortnagrossfarmstay.ie", "Ms Eileen Twomey", "021 428 5200"]),
]
