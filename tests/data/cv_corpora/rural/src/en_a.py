"""English CVs 001-020, typed by hand."""
from cats import H, R, P, T, E, S, C, G, A, F

CVS = [
dict(n=1, text="""
DONAL FITZGERALD
Ballyknock, Holycross, Co. Tipperary  |  087 412 9930  |  donalfitz.farm@eircom.net

Succession statement for Teagasc / ACA joint farming partnership application

I am the third generation on a 62-hectare spring-calving dairy farm milking 118 cows, supplying Tipperary Co-op. I came home full time in 2015 after four years as assistant herd manager in New Zealand. I'm 34 now and Dad (71) is stepping back, so we are moving to a registered partnership with a view to full transfer by 2029.

What I do on the farm
- Grass measuring weekly with PastureBase Ireland, 14.2 t DM/ha grown in 2025
- Genomic testing of every heifer calf through ICBF; herd EBI up from €142 to €231 in six years
- Milk recording, AI and the breeding programme, EID tagging and the AHI BVD sampling
- Milk solids 498 kg/cow, SCC under 110,000

Training: Green Cert (Level 6 Advanced Certificate in Agriculture, Kildalton, 2013); Safe Pesticide Use (registered professional user); Tractor Safety QQI

Off the farm: IFA branch chairman, Holycross, since 2021. Hurl junior B with Holycross-Ballycahill. Reader at Sunday Mass in our parish. Married to Aoife, and we have two small lads who want to drive the loader already.

Referee: Tom Ryan, Teagasc dairy adviser, Thurles office, 0504 21 533
""",
s=[(A, "I'm 34 now"), (T, "IFA branch chairman, Holycross, since 2021"), (R, "Reader at Sunday Mass in our parish"),
   (F, "Married to Aoife, and we have two small lads")],
keep=["Genomic testing of every heifer calf through ICBF", "herd EBI up from €142 to €231 in six years",
      "EID tagging and the AHI BVD sampling", "Green Cert (Level 6 Advanced Certificate in Agriculture, Kildalton, 2013)",
      "Safe Pesticide Use (registered professional user)", "Tipperary Co-op", "assistant herd manager"],
contact=["DONAL FITZGERALD", "Ballyknock, Holycross, Co. Tipperary", "087 412 9930", "donalfitz.farm@eircom.net",
         "Tom Ryan", "0504 21 533"]),

dict(n=2, text="""
Gethin Pryce — Shearing & Sheep Contractor
Penlan, Llanddewi Brefi, Ceredigion SY25 6RU · 07791 336 214 · gethinpryce@outlook.com

About me
Sheep man all my life. Run my own shearing gang (4 men) doing roughly 38,000 head a season across Ceredigion and Powys, plus scanning and dipping contracts in winter. Welsh first language.

Tickets
* British Wool Blue Seal shearer, Gold Seal trainer
* Lantra CS30/CS31 chainsaw
* PA1/PA6 pesticide (sheep dip certificate of competence)
* Category B+E and tractor licence

Work
2012 – now   Pryce Shearing, owner
2006 – 2012  Shepherd, Nantymoch Estate (1,800 ewes, EID recording through the TGM handheld, flock performance recording with Signet EBVs)
2004 – 2006  Farm worker, Tregaron

Other
Deacon at Capel Bethel, Llanddewi, and I lead the singing when the organist's away. Farmers' Union of Wales member since I was eighteen. I stood for Ceredigion County Council for Plaid Cymru in 2022 and lost by 41 votes — might have another go. Divorced, one daughter (Elin, 15) who helps at the lambing.

Reference: Huw Morgan, Nantymoch Estate, 01974 282 640
""",
s=[(R, "Deacon at Capel Bethel, Llanddewi"), (T, "Farmers' Union of Wales member"), (A, "since I was eighteen"),
   (P, "I stood for Ceredigion County Council for Plaid Cymru in 2022"), (F, "Divorced, one daughter (Elin, 15)")],
keep=["British Wool Blue Seal shearer, Gold Seal trainer", "Lantra CS30/CS31 chainsaw",
      "PA1/PA6 pesticide (sheep dip certificate of competence)",
      "EID recording through the TGM handheld", "flock performance recording with Signet EBVs",
      "Pryce Shearing, owner", "Shepherd, Nantymoch Estate"],
contact=["Gethin Pryce", "Penlan, Llanddewi Brefi, Ceredigion SY25 6RU", "07791 336 214", "gethinpryce@outlook.com",
         "Huw Morgan", "01974 282 640"]),

dict(n=3, text="""
CURRICULUM VITAE

Name:            Alasdair Menzies
Address:         Keeper's Cottage, Glen Quaich, Amulree, Perthshire PH8 0BZ
Mobile:          07824 551 908
Date of birth:   17/06/1968

Position sought: Headkeeper / Stalker

Experience
2009 – present   Beatkeeper then Headkeeper, Glen Quaich Estate (grouse moor, 12,000 acres)
                 Heather burning plans, legal predator control, trap records, 140 driven days
1996 – 2009      Underkeeper, Dunkeld & Birnam Estates
1990 – 1996      Stalker's ghillie, Atholl

Qualifications
- DSC Level 1 and Level 2 (Deer Stalking Certificate, BDS)
- Lantra Trap Use and Snaring accreditation
- Firearm and Shotgun certificates held
- Muirburn Code trained, Scottish Land & Estates

Personal
I'll be honest with the panel: in 2011 I was fined £1,500 at Perth Sheriff Court for an offence under the Wildlife and Countryside Act (a set trap I had not checked in time). Nothing since, and the firearms certificate was kept, though my DNA profile from that case is still held on the Scottish DNA Database.

Had my left hip replaced in 2024; back on the hill with no restrictions.
Separated; the boys are grown.

References
Lord Hamish Drummond, Glen Quaich Estate — 01350 725 117
Sgt Morag Lindsay (retd), wildlife crime liaison — available on request
""",
s=[(A, "Date of birth:   17/06/1968"), (C, "in 2011 I was fined £1,500 at Perth Sheriff Court for an offence under the Wildlife and Countryside Act"),
   (G, "my DNA profile from that case is still held on the Scottish DNA Database"),
   (H, "Had my left hip replaced in 2024"), (F, "Separated; the boys are grown")],
keep=["Headkeeper / Stalker", "Glen Quaich Estate", "Underkeeper, Dunkeld & Birnam Estates",
      "DSC Level 1 and Level 2 (Deer Stalking Certificate, BDS)", "Lantra Trap Use and Snaring accreditation",
      "Heather burning plans, legal predator control, trap records"],
contact=["Alasdair Menzies", "Keeper's Cottage, Glen Quaich, Amulree, Perthshire PH8 0BZ", "07824 551 908",
         "Lord Hamish Drummond", "01350 725 117", "Sgt Morag Lindsay"]),

dict(n=4, text="""
Ryan McCausland
Agricultural Engineer | Machinery Dealer Service Lead
22 Killyman Road, Dungannon, Co. Tyrone BT71 6DE
07731 228 419  ·  r.mccausland@btinternet.com

Profile
Service lead with 14 years on Claas, Kverneland and McHale kit. Happiest in a yard with a diagnostic laptop on a combine at 2 a.m. in August.

Employment
2017–now  Workshop Foreman, Gordons Agri Machinery, Dungannon
  – team of 9 fitters; warranty claims with Claas UK; ISOBUS and GPS auto-steer set-up
2011–2017 Field Service Engineer, W.J. Dennison & Sons, Cookstown
2009–2011 Apprentice, SERC Level 3 Land-based Engineering

Qualifications
HND Agricultural Engineering, CAFRE Greenmount (2011)
IMI Level 3 F-Gas air-conditioning; LANTRA telehandler; Category C+E licence

Outside work
Worshipful Master of Killyman LOL 181 for the past three years and I play the lambeg drum on the Twelfth. Ulster Farmers' Union card-holder (we keep 40 suckler cows at home). Ran the canvass for the DUP in Dungannon DEA at the last council election.
Partner: Claire; baby due in March, so I'd be looking for a start after paternity leave.

Referee: Mr Sam Gordon, Director, Gordons Agri Machinery, 028 8772 3104
""",
s=[(R, "Worshipful Master of Killyman LOL 181"), (R, "I play the lambeg drum on the Twelfth"),
   (T, "Ulster Farmers' Union card-holder"), (P, "Ran the canvass for the DUP in Dungannon DEA at the last council election"),
   (F, "Partner: Claire; baby due in March"), (F, "after paternity leave")],
keep=["Workshop Foreman, Gordons Agri Machinery, Dungannon", "ISOBUS and GPS auto-steer set-up",
      "Field Service Engineer, W.J. Dennison & Sons, Cookstown", "HND Agricultural Engineering, CAFRE Greenmount (2011)",
      "IMI Level 3 F-Gas air-conditioning", "warranty claims with Claas UK", "Category C+E licence"],
contact=["Ryan McCausland", "22 Killyman Road, Dungannon, Co. Tyrone BT71 6DE", "07731 228 419",
         "r.mccausland@btinternet.com", "Mr Sam Gordon", "028 8772 3104"]),

dict(n=5, text="""
Tama Rāwiri
Dairy Farm Manager — Waikato
M: 021 448 3016 | E: tama.rawiri@xtra.co.nz | 418 Ōtorohanga Road, Te Awamutu 3800

Kia ora. Ngāti Maniapoto on my father's side, Pākehā on Mum's. I've run a 720-cow System 3 farm for the last six seasons and want a 50:50 sharemilking step next.

Experience
2020–2026  Farm Manager, Pukeatua Dairies Ltd (720 cows, 240 ha, 3 staff)
           • 405 kgMS/cow, empty rate down to 9 % after moving to 100 % genomic-selected replacements (LIC)
           • Drafted and applied the Federated Farmers–Dairy NZ employment agreement pay bands for the team
           • NAIT tagging and movement records, compliance with Waikato Regional Council effluent consent
2016–2020  2IC, Waipā dairy unit (450 cows)
2013–2016  Farm assistant, Primary ITO trainee

Quals: NZ Diploma in Agribusiness Management (Level 5); Growsafe Standard; Primary ITO Level 4 Dairy

Personal
Member of Federated Farmers (Waikato province). Whānau: my wife Hine and our three tamariki live on farm. I helped run Te Pāti Māori's Taranaki-King Country campaign in 2023. Aged 36. Mild epilepsy, well controlled, no seizures since 2019 and licence fully reinstated.

Referee: Bruce Hollis, owner Pukeatua Dairies, 027 556 1092
""",
s=[(E, "Ngāti Maniapoto on my father's side, Pākehā on Mum's"), (T, "Member of Federated Farmers (Waikato province)"),
   (F, "my wife Hine and our three tamariki live on farm"), (P, "I helped run Te Pāti Māori's Taranaki-King Country campaign in 2023"), (A, "Aged 36"),
   (H, "Mild epilepsy, well controlled, no seizures since 2019")],
keep=["Farm Manager, Pukeatua Dairies Ltd", "genomic-selected replacements (LIC)",
      "Drafted and applied the Federated Farmers–Dairy NZ employment agreement pay bands for the team",
      "NAIT tagging and movement records", "NZ Diploma in Agribusiness Management (Level 5)", "Growsafe Standard",
      "50:50 sharemilking"],
contact=["Tama Rāwiri", "021 448 3016", "tama.rawiri@xtra.co.nz", "418 Ōtorohanga Road, Te Awamutu 3800",
         "Bruce Hollis", "027 556 1092"]),

dict(n=6, text="""
Application — Seasonal Picker, Gayndah citrus (2027 season)

Name: Jimmy Nakou
From: Lenakel, Tanna Island, Vanuatu
Now: c/- Burnett Pickers Accommodation, 14 Mingo Crossing Rd, Gayndah QLD 4625
Phone: 0431 662 087

Visa: I am on the PALM scheme (Pacific Australia Labour Mobility), visa subclass 403, sponsored by Harvest Mates Labour Hire. Fingerprints and photo were taken for the visa at the Port Vila biometrics centre in 2022. My visa ties me to the approved employer, so please arrange transfer through them.

Work I have done
- 2023, 2024, 2025: mandarin and orange picking, Gayndah and Mundubbera, about 4.5 bins a day
- 2022: packing shed, Bowen tomatoes (grading line, forklift LF licence)
- Vanuatu: kava and coffee garden on family land, copra

Skills: ladder work, picking bag, quality grading, forklift (LF High Risk Work Licence), White Card

About me: I am a Seventh-day Adventist so I do not work from Friday sunset to Saturday sunset, but I will do Sunday. My wife and three children stay at home in Tanna and I send money each fortnight. Last season I hurt my lower back and had six weeks on WorkCover; physio finished and cleared.

Team leader reference: Mr Peter Kalsakau, Harvest Mates, 0409 113 578
""",
s=[(E, "I am on the PALM scheme (Pacific Australia Labour Mobility), visa subclass 403"),
   (G, "Fingerprints and photo were taken for the visa at the Port Vila biometrics centre"),
   (R, "I am a Seventh-day Adventist so I do not work from Friday sunset to Saturday sunset"),
   (F, "My wife and three children stay at home in Tanna"),
   (H, "Last season I hurt my lower back and had six weeks on WorkCover")],
keep=["Seasonal Picker", "mandarin and orange picking, Gayndah and Mundubbera", "packing shed, Bowen tomatoes",
      "forklift (LF High Risk Work Licence)", "White Card", "quality grading"],
contact=["Jimmy Nakou", "Lenakel, Tanna Island, Vanuatu", "14 Mingo Crossing Rd, Gayndah QLD 4625", "0431 662 087",
         "Mr Peter Kalsakau", "0409 113 578"]),

dict(n=7, text="""
Curtis Lafontaine
Box 212, St. Louis, Saskatchewan S0J 2C0
306-422-8817 | curtis.lafontaine@sasktel.net

GRAIN FARM OPERATOR / CUSTOM SEEDING

Summary
Run 3,400 acres of canola, CWRS wheat, peas and lentils with my uncle near St. Louis. Looking for a winter operations role with an ag retailer while the farm is quiet.

Experience
2010–present  Partner-operator, Lafontaine Grain Ltd.
   - Variable-rate seeding prescriptions (John Deere Operations Center, Farmers Edge)
   - Grain marketing: deferred-delivery contracts with Viterra and Richardson
   - Hired and supervised 2 seasonal operators per year
2007–2010     Custom sprayer operator, Prairie Ag Services
   - Saskatchewan Pesticide Applicator Licence (Agricultural Ground)

Education
Certificate in Agribusiness, Sask Polytechnic, Prince Albert (2009)

Other
Métis citizen, registered with Métis Nation–Saskatchewan. National Farmers Union local 603 member, and I went to Ottawa with them for the seed-saving rally. Licence note: I had an impaired driving conviction in 2019 and a one-year suspension, completed the ignition interlock program; Class 1A licence reinstated 2021.
Born 1985. Single, no kids.

References: Gilles Lafontaine (uncle/partner) 306-422-8815
""",
s=[(E, "Métis citizen, registered with Métis Nation–Saskatchewan"), (T, "National Farmers Union local 603 member"),
   (P, "I went to Ottawa with them for the seed-saving rally"),
   (C, "I had an impaired driving conviction in 2019 and a one-year suspension"), (A, "Born 1985"),
   (F, "Single, no kids")],
keep=["Partner-operator, Lafontaine Grain Ltd.", "Variable-rate seeding prescriptions",
      "deferred-delivery contracts with Viterra and Richardson", "Custom sprayer operator, Prairie Ag Services",
      "Saskatchewan Pesticide Applicator Licence (Agricultural Ground)",
      "Certificate in Agribusiness, Sask Polytechnic, Prince Albert (2009)", "Class 1A licence"],
contact=["Curtis Lafontaine", "Box 212, St. Louis, Saskatchewan S0J 2C0", "306-422-8817", "curtis.lafontaine@sasktel.net",
         "Gilles Lafontaine", "306-422-8815"]),

dict(n=8, text="""
RÉMI LEBLANC — DECKHAND / MATE
Chéticamp, Nova Scotia B0E 1H0  ·  902-224-6610  ·  remileblanc.fish@gmail.com

Sea time: 19 seasons lobster (LFA 18), snow crab and tuna

Certificates
• Fishing Master, Fourth Class (Transport Canada)
• MED A1 / Marine Basic First Aid
• SVOP (Small Vessel Operator Proficiency)
• ROC-MC radio

Boats
2016–2026  Mate, "Marie-Josée II", 44' lobster/crab — hauled 300 traps, kept the catch log and DFO e-logbook
2008–2016  Deckhand, "Acadian Dawn", snow crab, Area 12
2006–2008  Bander and bait man, Chéticamp wharf

Good with
Hydraulic haulers, Volvo Penta diesels, V-notching, quota and tag reporting, mending traps in winter.

Personal
Acadian, French at home. I lost the tips of two fingers on my right hand in a hauler accident in 2014; it does not slow me. Member of the Maritime Fishermen's Union since 2009 and on our local's wharf committee.
My wife Natalie runs the canteen at the wharf; two girls, 10 and 13.

Ask for: Captain Yvon Aucoin, 902-224-3391
""",
s=[(E, "Acadian, French at home"), (H, "I lost the tips of two fingers on my right hand in a hauler accident in 2014"),
   (T, "Member of the Maritime Fishermen's Union since 2009"), (T, "on our local's wharf committee"),
   (F, "My wife Natalie runs the canteen at the wharf; two girls, 10 and 13")],
keep=["Fishing Master, Fourth Class (Transport Canada)", "MED A1 / Marine Basic First Aid",
      "SVOP (Small Vessel Operator Proficiency)", "kept the catch log and DFO e-logbook",
      "Deckhand, \"Acadian Dawn\", snow crab, Area 12", "V-notching, quota and tag reporting"],
contact=["RÉMI LEBLANC", "Chéticamp, Nova Scotia B0E 1H0", "902-224-6610", "remileblanc.fish@gmail.com",
         "Captain Yvon Aucoin", "902-224-3391"]),

dict(n=9, text="""
Karen J. Wulf
2291 320th Street, Decorah, IA 52101 · (563) 382-4470 · kwulf.agronomy@gmail.com

Farm Manager & Certified Crop Adviser

I manage 4,100 acres of corn and soybeans for absentee landowners in Winneshiek and Fayette counties, and I'm interested in the Farm Manager opening at Hertz Farm Management.

EXPERIENCE
Farm Manager, Driftless Land Services, Decorah — 2014 to present
- 22 cash-rent and crop-share leases; annual budgets, FSA and crop-insurance paperwork
- Soil sampling and variable-rate P&K; cover-crop cost-share through NRCS EQIP
- Sold sweet corn and pumpkins wholesale to the St. Benedict's parish fall festival and the county Democrats' summer picnic (both repeat accounts)

Agronomist, Northeast Iowa Cooperative — 2008 to 2014

EDUCATION & CREDENTIALS
B.S. Agronomy, Iowa State University, 2008
Certified Crop Adviser (CCA), ASA; Iowa Commercial Pesticide Applicator, categories 1A, 1B
Accredited Farm Manager (AFM) candidate, ASFMRA

COMMUNITY
Council member at First Lutheran Church, Decorah. Iowa Farmers Union member. Precinct captain for the 2024 Iowa caucuses. Diagnosed with type 1 diabetes at 12 — I carry a pump, it has never stopped me. My brother has cystic fibrosis and I know I carry one copy of the F508del variant. Married to Jen Wulf, who teaches ag at Decorah High.

References: Dale Hovland, Driftless Land Services, (563) 382-1190
""",
s=[(R, "Council member at First Lutheran Church, Decorah"), (T, "Iowa Farmers Union member"),
   (P, "Precinct captain for the 2024 Iowa caucuses"), (H, "Diagnosed with type 1 diabetes"), (A, "at 12"),
   (H, "I carry a pump"), (G, "My brother has cystic fibrosis and I know I carry one copy of the F508del variant"),
   (S, "Married to Jen Wulf")],
keep=["Farm Manager, Driftless Land Services, Decorah",
      "Sold sweet corn and pumpkins wholesale to the St. Benedict's parish fall festival and the county Democrats' summer picnic",
      "Agronomist, Northeast Iowa Cooperative", "B.S. Agronomy, Iowa State University, 2008",
      "Certified Crop Adviser (CCA), ASA", "Iowa Commercial Pesticide Applicator, categories 1A, 1B",
      "cover-crop cost-share through NRCS EQIP"],
contact=["Karen J. Wulf", "2291 320th Street, Decorah, IA 52101", "(563) 382-4470", "kwulf.agronomy@gmail.com",
         "Dale Hovland", "(563) 382-1190"]),

dict(n=10, text="""
CURRICULUM VITAE — PETER KAMAU NJOROGE

Personal details
Date of Birth : 4th April 1981
ID No.        : 22841907
Marital status: Married with four children
Tribe         : Kikuyu
Religion      : Presbyterian (PCEA Kiambu Parish, church elder)
Postal address: P.O. Box 1182-00900, Kiambu
Tel           : 0722 518 304
Email         : pknjoroge81@yahoo.com
Huduma Namba  : registered 2019 (fingerprints and face captured)

Career objective
To serve as a Livestock Extension Officer with the County Government of Nyeri, bringing twelve years of dairy extension experience.

Work experience
2018 – date : Dairy Extension Officer, Githunguri Dairy Farmers Co-operative Society
   - Trained 1,400 smallholders on fodder conservation and silage making
   - Ran the AI service and progeny records for the co-op's Friesian and Ayrshire bulls
   - Fitted RFID ear tags for the county livestock traceability pilot
2012 – 2018 : Animal Health Assistant, Ministry of Agriculture, Kiambu

Education
Diploma in Animal Health and Production, Animal Health & Industry Training Institute (AHITI) Kabete, 2011
KCSE, Mean grade B−, 2000

Referees
1. Dr. Grace Wanjiru, County Veterinary Officer, Kiambu — 0733 401 226
2. Rev. Samuel Mwangi, PCEA Kiambu — 0721 990 145
""",
s=[(A, "Date of Birth : 4th April 1981"), (F, "Marital status: Married with four children"), (E, "Tribe         : Kikuyu"), (G, "Huduma Namba  : registered 2019 (fingerprints and face captured)"),
   (R, "Religion      : Presbyterian (PCEA Kiambu Parish, church elder)")],
keep=["Livestock Extension Officer", "Dairy Extension Officer, Githunguri Dairy Farmers Co-operative Society",
      "Ran the AI service and progeny records for the co-op's Friesian and Ayrshire bulls",
      "Fitted RFID ear tags for the county livestock traceability pilot",
      "Animal Health Assistant, Ministry of Agriculture, Kiambu",
      "Diploma in Animal Health and Production, Animal Health & Industry Training Institute (AHITI) Kabete, 2011"],
contact=["PETER KAMAU NJOROGE", "22841907", "P.O. Box 1182-00900, Kiambu", "0722 518 304", "pknjoroge81@yahoo.com",
         "Dr. Grace Wanjiru", "0733 401 226", "Rev. Samuel Mwangi", "0721 990 145"]),

dict(n=11, text="""
Tendai Moyo
Farm Manager (Tobacco & Horticulture)
Stand 45, Mvurwi Road, Concession, Mashonaland Central, Zimbabwe
+263 77 412 8806 | tendai.moyo.farm@gmail.com

Profile
Fifteen seasons on flue-cured Virginia tobacco, then export peas and chillies. Reliable with labour, budgets and contract merchants.

Experience
2016 – 2026  Farm Manager, Chipfuwamiti Estates (Pvt) Ltd, Concession — 120 ha tobacco, 30 ha horticulture
  ▸ Implemented the GAPWUZ-negotiated NEC wage rates for 240 seasonal workers and handled the grievance meetings with the workers' committee
  ▸ GlobalG.A.P. certification for the export horticulture block
  ▸ Curing barns converted from coal to rocket barns with TIMB contract financing
2010 – 2016  Section Manager, Tabex contract scheme, Mvurwi

Education
Diploma in Agriculture, Gwebi College of Agriculture (2009)

Personal
I'm Ndebele originally from Lupane, working in Shona country for 20 years. Member of the Johane Marange Apostolic church. I stood as an MDC-T ward councillor candidate in 2013 and was detained overnight at Mvurwi police station during that campaign; no charge followed.
Widower since 2021, raising two sons.

Referee: Mr Farai Chikore, Chipfuwamiti Estates, +263 71 330 9125
""",
s=[(E, "I'm Ndebele originally from Lupane"), (R, "Member of the Johane Marange Apostolic church"),
   (P, "I stood as an MDC-T ward councillor candidate in 2013"),
   (C, "was detained overnight at Mvurwi police station during that campaign"),
   (F, "Widower since 2021, raising two sons")],
keep=["Farm Manager, Chipfuwamiti Estates (Pvt) Ltd, Concession",
      "Implemented the GAPWUZ-negotiated NEC wage rates for 240 seasonal workers",
      "handled the grievance meetings with the workers' committee", "GlobalG.A.P. certification",
      "Section Manager, Tabex contract scheme, Mvurwi", "Diploma in Agriculture, Gwebi College of Agriculture (2009)"],
contact=["Tendai Moyo", "Stand 45, Mvurwi Road, Concession, Mashonaland Central, Zimbabwe", "+263 77 412 8806",
         "tendai.moyo.farm@gmail.com", "Mr Farai Chikore", "+263 71 330 9125"]),

dict(n=12, text="""
Dr Matthew Armstrong BVM&S MRCVS
Large-animal veterinary surgeon
Fellside, Caldbeck, Wigton, Cumbria CA7 8EZ · 07900 552 143 · m.armstrong.vet@gmail.com

I'm applying for the Clinical Director post at Eden Farm Vets. Twenty-two years in mixed and then farm practice across Cumbria and the Borders.

Experience
2013–present  Senior Farm Vet, Penrith Farm Vets
 · Official Veterinarian (OV) for TB testing, export certification and TB-reactor valuations
 · Herd-health plans for 60 dairy clients; fertility routine visits, Johne's and BVD eradication
 · Set up the practice's genomic-testing advice service for heifer selection with CDB/AHDB data
2004–2013      Assistant, Hexham & Tyne Valley Vets
2001 foot-and-mouth: temporary veterinary inspector, Cumbria cull and disposal sites

Qualifications
BVM&S, University of Edinburgh (2001); RCVS Certificate in Cattle Health and Production

A personal note, because it explains a gap: after the 2018 whole-herd TB cull on my own family's farm I had a depressive episode and took four months off under my GP; I've been well since, and I talk about it now at farmer mental-health evenings.

I live with my husband, Dan, who runs a joinery in Caldbeck.

Referees: Ms Rachel Bell MRCVS, Penrith Farm Vets, 01768 862 004; Dr Iain Shaw, Hexham & Tyne Valley Vets
""",
s=[(H, "I had a depressive episode and took four months off under my GP"), (S, "I live with my husband, Dan")],
keep=["Clinical Director", "Senior Farm Vet, Penrith Farm Vets",
      "Official Veterinarian (OV) for TB testing, export certification and TB-reactor valuations",
      "Set up the practice's genomic-testing advice service for heifer selection",
      "temporary veterinary inspector, Cumbria cull and disposal sites",
      "RCVS Certificate in Cattle Health and Production", "Johne's and BVD eradication", "farmer mental-health evenings"],
contact=["Dr Matthew Armstrong", "Fellside, Caldbeck, Wigton, Cumbria CA7 8EZ", "07900 552 143",
         "m.armstrong.vet@gmail.com", "Ms Rachel Bell", "01768 862 004", "Dr Iain Shaw"]),

dict(n=13, text="""
Ffion Roberts RVN
Registered Veterinary Nurse
Tŷ Gwyn, Llanrhaeadr-ym-Mochnant, Powys SY10 0JJ
07487 330 126 | ffionrobertsrvn@hotmail.co.uk

Profile
RVN with six years in a mixed practice on the Powys–Shropshire border: smallies in the morning, calvings and lambings on the farm side. Bilingual Welsh/English. I'm 27, and my partner Cerys and I are bringing up Osian (4), so I am after a Monday–Friday rota if at all possible.

Employment
2020 – present  RVN, Tanat Valley Vets, Llanrhaeadr
  • Theatre and anaesthesia monitoring; dental nursing
  • Farm-side: BVD tag-and-test, sheep scanning rounds, calf clinics
  • Clinical coach for two student veterinary nurses
2017 – 2020     Student Veterinary Nurse, same practice

Education
Level 3 Diploma in Veterinary Nursing (Coleg Cambria, Northop), 2020
Certificate in Farm Animal Nursing (BVNA), 2023
RCVS Register No. 6251-VN

Other
I have dyslexia and use speech-to-text for clinical notes; it has never affected drug calculations.
Young Farmers' Club public speaking judge. Netball for Llanfyllin.

Reference: Mrs Sian Evans MRCVS, Clinical Director, Tanat Valley Vets, 01691 780 229
""",
s=[(A, "I'm 27"), (S, "my partner Cerys and I"), (F, "bringing up Osian (4)"), (H, "I have dyslexia and use speech-to-text for clinical notes")],
keep=["RVN, Tanat Valley Vets, Llanrhaeadr", "Theatre and anaesthesia monitoring",
      "BVD tag-and-test, sheep scanning rounds, calf clinics", "Clinical coach for two student veterinary nurses",
      "Level 3 Diploma in Veterinary Nursing (Coleg Cambria, Northop), 2020",
      "Certificate in Farm Animal Nursing (BVNA), 2023"],
contact=["Ffion Roberts", "Tŷ Gwyn, Llanrhaeadr-ym-Mochnant, Powys SY10 0JJ", "07487 330 126",
         "ffionrobertsrvn@hotmail.co.uk", "6251-VN", "Mrs Sian Evans", "01691 780 229"]),

dict(n=14, text="""
CALUM MACLEOD
Forest Machine Operator / Chainsaw Operative
3 Strathconon Cottages, Muir of Ord, Ross-shire IV6 7QT   |   07866 203 559   |   calum.macleod.forestry@gmail.com

TICKETS
CS30 Maintenance & crosscutting · CS31 Fell & process small trees · CS32 Fell & process large trees
CS38 Climb trees and perform aerial rescue · CS39 Aerial cutting with a chainsaw
NPTC Harvester (Ponsse) and Forwarder · Brushcutter/clearing saw · First Aid +F
Category B, C1 (full, clean since 2022)

WORK
2019–2026  Harvester operator, Tilhill Forestry, North Highland — clearfell and thinning, 48,000 t a year, UKWAS compliance and skid-site lay-out
2014–2019  Chainsaw operative then crew lead, Scottish Woodlands contractor gangs
2012–2014  Modern Apprentice, Forestry and Land Scotland, Inverness

Things you should know
I had a drink-driving conviction in 2020 and a twelve-month ban, did the rehabilitation course and got the licence back in 2021. I have not driven after a drink since and I am in AA.
Active in the SNP Black Isle branch and did our leafleting for the 2026 Holyrood election.
Aged 33, engaged to Morven, wedding in spring.

Ref: Alan Grant, Tilhill Forestry — 01463 225 018
""",
s=[(C, "I had a drink-driving conviction in 2020 and a twelve-month ban"), (H, "I am in AA"),
   (P, "Active in the SNP Black Isle branch and did our leafleting for the 2026 Holyrood election"),
   (A, "Aged 33"), (F, "engaged to Morven, wedding in spring")],
keep=["CS32 Fell & process large trees", "CS38 Climb trees and perform aerial rescue",
      "NPTC Harvester (Ponsse) and Forwarder", "Harvester operator, Tilhill Forestry, North Highland",
      "UKWAS compliance and skid-site lay-out", "Modern Apprentice, Forestry and Land Scotland, Inverness",
      "Forest Machine Operator / Chainsaw Operative"],
contact=["CALUM MACLEOD", "3 Strathconon Cottages, Muir of Ord, Ross-shire IV6 7QT", "07866 203 559",
         "calum.macleod.forestry@gmail.com", "Alan Grant", "01463 225 018"]),

dict(n=15, text="""
Imran Qureshi — QA & Technical Manager (Red Meat)
Kilbeggan Road, Tullamore, Co. Offaly R35 K2X4 · 086 771 4028 · imran.qureshi.qa@gmail.com

Career summary
Technical manager in beef and lamb processing for eleven years. I run the halal programme that opened the Gulf export markets for our plant, alongside BRCGS AA and Bord Bia SBLAS audits.

Experience
2019–present  Technical Manager, Midlands Prime Meats, Tullamore
  - Halal slaughter certification with the Islamic Foundation of Ireland: stunning-compatible procedure, Muslim slaughtermen rota, audit trail to carcass level
  - Bord Bia Sustainable Beef and Lamb Assurance Scheme; DAFM veterinary liaison
  - HACCP team lead, 3 plants; Listeria environmental monitoring programme
2013–2019  QA Supervisor, Kepak Athleague

Education
MSc Food Science, University College Dublin (2013)
BSc Microbiology, University of the Punjab (2010)
Lead Auditor BRCGS Food Safety; HACCP Level 4

Personal
Born in Faisalabad, Pakistan, and an Irish citizen since 2022. I'm a practising Muslim myself and volunteer at the Tullamore mosque on Fridays. Married, with one daughter at national school. Dad had haemochromatosis and my own test came back C282Y homozygous, so I give blood every eight weeks; no effect on my work.

Referee: Ms Deirdre Keane, Operations Director, Midlands Prime Meats, 057 935 2210
""",
s=[(E, "Born in Faisalabad, Pakistan, and an Irish citizen since 2022"),
   (R, "I'm a practising Muslim myself and volunteer at the Tullamore mosque on Fridays"),
   (F, "Married, with one daughter at national school"),
   (G, "Dad had haemochromatosis and my own test came back C282Y homozygous"), (H, "I give blood every eight weeks")],
keep=["Technical Manager, Midlands Prime Meats, Tullamore",
      "Halal slaughter certification with the Islamic Foundation of Ireland",
      "stunning-compatible procedure, Muslim slaughtermen rota, audit trail to carcass level",
      "Bord Bia Sustainable Beef and Lamb Assurance Scheme", "QA Supervisor, Kepak Athleague",
      "MSc Food Science, University College Dublin (2013)", "Lead Auditor BRCGS Food Safety",
      "I run the halal programme that opened the Gulf export markets"],
contact=["Imran Qureshi", "Kilbeggan Road, Tullamore, Co. Offaly R35 K2X4", "086 771 4028",
         "imran.qureshi.qa@gmail.com", "Ms Deirdre Keane", "057 935 2210"]),

dict(n=16, text="""
Lucas B. Hendricks
N6431 County Road K, Plymouth, WI 53073
(920) 893-5527 · lbhendricks@wisc-dairy.net

Plant QA Supervisor — Cheese & Whey

Summary
Dairy plant quality professional (14 years) in cheddar, mozzarella and whey protein. Comfortable with auditors, rabbis, state inspectors and night shift.

Experience
Sartori-area cheese plant, Plymouth WI — QA Supervisor, 2016–present
  • Kosher certification under OU supervision: wash-down records, mashgiach scheduling, kosher-for-Passover runs each spring
  • SQF Level 3 certification maintained with zero major non-conformances for five audits
  • Grade A PMO compliance; raw-milk antibiotic screening program covering 210 patron farms
Lake to Lake Cooperative, Kiel WI — Lab Technician, 2012–2016
  • Component testing (Bentley FTS), somatic cell and bacteria counts

Education
B.S. Food Science, University of Wisconsin–Madison, 2012
Wisconsin Licensed Cheesemaker (2015); PCQI (FSPC Preventive Controls)

Activities
Plymouth FFA alumni adviser. Judge at the Sheboygan County Fair dairy products contest. Coach youth hockey.

References
Ms Joanne Krueger, Plant Manager — (920) 893-1140
Rabbi Dov Lerner, OU Kosher regional field rabbi — on request
""",
s=[],
keep=["QA Supervisor", "Kosher certification under OU supervision",
      "wash-down records, mashgiach scheduling, kosher-for-Passover runs each spring",
      "SQF Level 3 certification", "raw-milk antibiotic screening program covering 210 patron farms",
      "Lake to Lake Cooperative, Kiel WI — Lab Technician", "B.S. Food Science, University of Wisconsin–Madison, 2012",
      "Wisconsin Licensed Cheesemaker (2015)", "PCQI (FSPC Preventive Controls)"],
contact=["Lucas B. Hendricks", "N6431 County Road K, Plymouth, WI 53073", "(920) 893-5527", "lbhendricks@wisc-dairy.net",
         "Ms Joanne Krueger", "(920) 893-1140", "Rabbi Dov Lerner"]),

dict(n=17, text="""
Bridie O'Sullivan
Farmhouse B&B and Self-Catering, Cahersiveen

Carhan Lower, Cahersiveen, Co. Kerry V23 HT61
066 947 2518 · bookings@carhanfarmhouse.ie · www.carhanfarmhouse.ie

Application for: Rural Tourism Development Officer, South Kerry Development Partnership

Background
I have run Carhan Farmhouse since 2004 — four Fáilte Ireland-approved rooms and two converted stone cottages — alongside 90 ewes on the hill. I was widowed in 2019 when my husband Seán was killed in a quad accident on our own land, and since then I've run both businesses on my own with the help of my eldest. I'm 58 and very much not ready to retire.

What I have done
- Built direct bookings from 15 % to 70 % (own website, Airbnb, Booking.com)
- Co-founded the Skellig Coast farm-walks network: 11 farms, lambing and sheepdog demonstrations, €140k LEADER grant
- Supply breakfast boxes to St Mary's church hall for the parish mission weekends
- Food hygiene (FSAI Level 2), Manual Handling, Safe Pass

Education
Diploma in Rural Tourism, IT Tralee (2008)

References
Mr Conor Moriarty, Fáilte Ireland (Killarney office), 064 663 1633
""",
s=[(F, "I was widowed in 2019 when my husband Seán was killed in a quad accident on our own land"),
   (F, "with the help of my eldest"), (A, "I'm 58")],
keep=["Rural Tourism Development Officer", "four Fáilte Ireland-approved rooms",
      "Co-founded the Skellig Coast farm-walks network", "€140k LEADER grant",
      "Supply breakfast boxes to St Mary's church hall for the parish mission weekends",
      "Diploma in Rural Tourism, IT Tralee (2008)", "Food hygiene (FSAI Level 2)"],
contact=["Bridie O'Sullivan", "Carhan Lower, Cahersiveen, Co. Kerry V23 HT61", "066 947 2518",
         "bookings@carhanfarmhouse.ie", "www.carhanfarmhouse.ie", "Mr Conor Moriarty", "064 663 1633"]),

dict(n=18, text="""
Dr Helen Marsh
Lecturer in Sustainable Agriculture
Flat 2, Upper Orchard Barn, Much Marcle, Ledbury HR8 2NG
helen.marsh@proton.me · 07415 908 330 · orcid.org/0000-0003-4410-2185

Teaching
Hereford & Ludlow College (Holme Lacy campus) — Lecturer, 2018–present
- Level 3 Extended Diploma in Agriculture; FdSc Agriculture (validated by Harper Adams)
- Modules: soil science, organic and biodynamic production, regenerative grazing
- Runs the college's biodynamic preparations trial (BD500/501) with the Biodynamic Association
Duchy College, Rosewarne — Associate Lecturer, Horticulture, 2015–2018

Research
PhD Soil Ecology, Cranfield University (2015): "Earthworm communities under organic and conventional arable rotations"
Soil Association organic standards inspector (freelance), 2016–2020

Professional
BASIS Certificate in Crop Protection; FACTS Qualified Adviser
PGCE (Further Education), University of Worcester

Personal
My partner Ruth and I run a small cider orchard. I'm the UCU branch secretary at the college and led the 2023 local ballot. Long-term Green Party member; I stood for Herefordshire Council in 2023.

Referees: Mr Robert Price, Head of Land-Based Studies; Prof. Jane Ellery, Cranfield University
""",
s=[(S, "My partner Ruth and I"), (T, "I'm the UCU branch secretary at the college and led the 2023 local ballot"),
   (P, "Long-term Green Party member; I stood for Herefordshire Council in 2023")],
keep=["Lecturer in Sustainable Agriculture", "Hereford & Ludlow College (Holme Lacy campus) — Lecturer",
      "organic and biodynamic production, regenerative grazing",
      "Runs the college's biodynamic preparations trial (BD500/501) with the Biodynamic Association",
      "PhD Soil Ecology, Cranfield University (2015)",
      "Soil Association organic standards inspector (freelance)", "BASIS Certificate in Crop Protection",
      "FACTS Qualified Adviser"],
contact=["Dr Helen Marsh", "Flat 2, Upper Orchard Barn, Much Marcle, Ledbury HR8 2NG", "helen.marsh@proton.me",
         "07415 908 330", "orcid.org/0000-0003-4410-2185", "Mr Robert Price", "Prof. Jane Ellery"]),

dict(n=19, text="""
Martin "Marty" Ward
Farrier Apprentice / Horse Handler
Halting site bay 6, Rahoon Road, Galway H91 E2K8 — 085 339 7712 — martyward.horses@gmail.com

About me
I'm from the Travelling community and I've been around horses since I could walk: breaking, shoeing, dealing at Ballinasloe and Spancilhill. I want to finish my farrier apprenticeship properly and get registered.

Experience
2022 – now   Apprentice farrier to Mr Kieran Burke AWCF, Athenry (forge and mobile work, 25 yards)
2019 – 2022  Groom, Connemara pony stud, Clifden — foal handling, microchipping assistance, loading for sales
Since young  Family horse dealing, cob breeding and trotting

Training
Irish Farriery Authority apprenticeship year 2 of 4
Equine Care QQI Level 5, GTI Galway (2021)
Safe Pass; Manual Handling

Being straight with you
When I was 16 I got a conviction in the District Court for a public order offence after a fight at a fair; it's on my Garda vetting. Nothing since.
I'm married to Bridget since 2023 and we've a baby girl. We go to Knock every August on the Traveller pilgrimage.

Reference: Mr Kieran Burke AWCF, 091 844 210
""",
s=[(E, "I'm from the Travelling community"), (A, "When I was 16"),
   (C, "I got a conviction in the District Court for a public order offence after a fight at a fair"),
   (F, "I'm married to Bridget since 2023 and we've a baby girl"),
   (R, "We go to Knock every August on the Traveller pilgrimage")],
keep=["Farrier Apprentice / Horse Handler", "Apprentice farrier to Mr Kieran Burke AWCF, Athenry",
      "Groom, Connemara pony stud, Clifden", "microchipping assistance",
      "Irish Farriery Authority apprenticeship year 2 of 4", "Equine Care QQI Level 5, GTI Galway (2021)"],
contact=["Martin \"Marty\" Ward", "Halting site bay 6, Rahoon Road, Galway H91 E2K8", "085 339 7712",
         "martyward.horses@gmail.com", "091 844 210"]),

dict(n=20, text="""
WWOOF NZ host-match profile

Name: Sage Whitcombe
Home base: 27 Rata Street, Motueka 7120 · +64 22 310 8852 · sagewhit@protonmail.com
Age: 23
Looking for: 4–8 week stays on organic or regenerative farms, Tasman / Golden Bay, from January

About me
I've just finished a BSc in Ecology at Lincoln University and I'm taking a year to learn hands-on before a master's in agroecology. I'm queer and travelling with my girlfriend Tia, so hosts who are cool with a couple sharing a room would be ideal! I'm coeliac — strict gluten-free, I'm happy to cook my own.

Skills I can offer
- Seasonal orchard work: thinning and picking apples (Motueka, two summers with Tasman Bay Orchards)
- Market garden: seed-raising, no-dig beds, drip irrigation
- Fencing (basic), chicken and goat care, hand-milking
- Growsafe Introductory; First Aid Level 2; full NZ driver licence

Other stuff
I volunteered for the Green Party's Nelson campaign in 2026. Currently learning te reo Māori (evening classes). I don't drink or smoke.

Past host reference: Anna Kerr, Kōwhai Lane Biodynamic Farm, Tākaka — 027 889 4130
""",
s=[(A, "Age: 23"), (S, "I'm queer and travelling with my girlfriend Tia"),
   (H, "I'm coeliac — strict gluten-free"), (P, "I volunteered for the Green Party's Nelson campaign in 2026")],
keep=["BSc in Ecology at Lincoln University", "thinning and picking apples",
      "Tasman Bay Orchards", "Market garden: seed-raising, no-dig beds, drip irrigation",
      "Growsafe Introductory", "Kōwhai Lane Biodynamic Farm"],
contact=["Sage Whitcombe", "27 Rata Street, Motueka 7120", "+64 22 310 8852", "sagewhit@protonmail.com",
         "Anna Kerr", "027 889 4130"]),
]
