CVS = [
dict(n=31, text="""
NGIMA SHERPA
Licensed Trekking Guide & Expedition Logistics Coordinator
Thamel-26, Kathmandu | +977 980-1456723 | ngima.sherpa.treks@gmail.com

Sixteen seasons in the Khumbu, Rolwaling and Manaslu regions, from trekking porter to logistics lead for 8,000 m expeditions.

EXPERIENCE
Seven Summit Treks Pvt. Ltd. — Expedition Logistics Coordinator (2018–present)
   · Oxygen, permits and helicopter rotations for Manaslu and Everest base camps (up to 120 clients a season).
   · Trained 40 porters on load limits and altitude-sickness first response.
Himalayan Glacier Trekking — Trekking Guide (2010–2018)
   · Led 70+ Everest Base Camp and Gokyo treks; zero evacuations in the last four seasons.

TRAINING & LICENCES
Trekking Guide Licence, Nepal Academy of Tourism and Hotel Management (NATHM), 2010
Wilderness First Responder (NOLS), 2019
Basic Mountaineering Course, Nepal Mountaineering Association, 2012

LANGUAGES
Sherpa, Nepali, English, some Japanese

ABOUT ME
I am a Sherpa from Khumjung, the first in my family to work in an office as well as on the mountain.
My partner Suman and I were among the first male couples to register a relationship with our ward office in 2023, and I help the Blue Diamond Society run its treks for LGBTI tourists.
As a student I marched with the ANNFSU during the 2006 People's Movement and was arrested for two days at Baneshwor; I was never charged.

REFERENCES
Mr. Mingma Gyalje Sherpa, Managing Director, Seven Summit Treks — +977 1-4700 123
Ms. Anita Rai, Operations Head, Himalayan Glacier — +977 1-4411 387
""",
sensitive=[("ethnic_origin", "I am a Sherpa from Khumjung"),
           ("sexual_orientation", "My partner Suman and I were among the first male couples to register a relationship with our ward office in 2023, and I help the Blue Diamond Society run its treks for LGBTI tourists"),
           ("political_opinion", "I marched with the ANNFSU during the 2006 People's Movement"),
           ("criminal_record", "was arrested for two days at Baneshwor")],
keep=["Seven Summit Treks Pvt. Ltd.", "Expedition Logistics Coordinator",
      "Trained 40 porters on load limits and altitude-sickness first response",
      "Himalayan Glacier Trekking", "Trekking Guide Licence, Nepal Academy of Tourism and Hotel Management (NATHM)",
      "Wilderness First Responder (NOLS)", "Basic Mountaineering Course, Nepal Mountaineering Association"],
contact=["NGIMA SHERPA", "Thamel-26, Kathmandu", "+977 980-1456723", "ngima.sherpa.treks@gmail.com",
         "Mr. Mingma Gyalje Sherpa", "+977 1-4700 123", "Ms. Anita Rai", "+977 1-4411 387"]),

dict(n=32, text="""
CARMEN YEUNG WING-SZE, CPA
Financial Controller
Tai Koo Shing, Hong Kong  ·  +852 9087 3321  ·  carmen.yeung.cpa@gmail.com  ·  linkedin.com/in/carmenyeungws

Qualified accountant (HKICPA) with 15 years in Big Four audit and listed-company reporting. Looking for a controller role in Singapore from Q3 because my wife, Carrie, has been transferred there.

Career
Swire Properties Ltd — Financial Controller, Office Portfolio, 2018–present
  ◦ Monthly close for 11 office assets; HKFRS 16 lease accounting; investor-day packs.
  ◦ Led the finance side of the Taikoo Place green-loan framework (HK$2.5bn).
KPMG China (Hong Kong office) — Audit Manager, 2009–2018
  ◦ Real-estate and hospitality audits; HKEX IPO reporting-accountant work.

Education
BBA (Professional Accountancy), The Chinese University of Hong Kong, 2009
CPA (HKICPA), 2012; CFA charterholder, 2016

Other information
Executive committee, Hong Kong Financial Industry Employees General Union (2019–2021, before the union disbanded).
Health: I tested positive for a BRCA2 mutation in 2020 after my mother's diagnosis, and had a preventive double mastectomy in 2022. Fully recovered; no adjustments needed.

Languages: Cantonese (native), English (fluent), Mandarin (professional)
""",
sensitive=[("sexual_orientation", "my wife, Carrie,"),
           ("trade_union", "Executive committee, Hong Kong Financial Industry Employees General Union"),
           ("genetic_biometric", "I tested positive for a BRCA2 mutation in 2020 after my mother's diagnosis"),
           ("health", "had a preventive double mastectomy in 2022")],
keep=["Financial Controller", "Swire Properties Ltd", "Financial Controller, Office Portfolio",
      "Taikoo Place green-loan framework", "KPMG China (Hong Kong office)", "Audit Manager",
      "BBA (Professional Accountancy), The Chinese University of Hong Kong", "CFA charterholder"],
contact=["CARMEN YEUNG WING-SZE, CPA", "Tai Koo Shing, Hong Kong", "+852 9087 3321", "carmen.yeung.cpa@gmail.com",
         "linkedin.com/in/carmenyeungws"]),

dict(n=33, text="""
CURRICULUM VITAE

NAME: SSEMAKULA JOSEPH KIZITO
ADDRESS: P.O. Box 7062, Kampala (Kireka, Wakiso District)
TEL: +256 701 334 920 / +256 782 118 054
EMAIL: ssemakula.jk@gmail.com

PERSONAL PROFILE
A trained Physics and Mathematics teacher with 12 years' experience in government-aided and private secondary schools. Patient, punctual, and results-oriented.

EMPLOYMENT HISTORY
2016 - Date: Namilyango College (Mill Hill Missionaries founded) - Head of Physics
   * Raised UCE Physics distinctions from 18 to 41 students.
   * Patron of the Science and Robotics Club; national robotics runners-up 2022.
2011 - 2016: Kira Secondary School - Teacher of Physics and Mathematics

EDUCATION
2010: Bachelor of Science with Education (Physics, Mathematics), Makerere University
2006: UACE, St. Mary's College Kisubi

MEMBERSHIP
Uganda National Teachers' Union (UNATU) - school branch chairperson since 2019

OTHER INFORMATION
I live with sickle cell disease (HbSS) and attend the Mulago sickle cell clinic; I have had two hospital admissions for crises in the last three years.
In 2020 I was a National Unity Platform (NUP) agent at Kireka polling station, and I was held on remand in Luzira for three weeks after the November protests; the charges of inciting violence were withdrawn.

REFEREES
1. Fr. Dr. Paul Ssentongo, Headteacher, Namilyango College - +256 772 405 601
2. Mrs. Agnes Nabukenya, Deputy Headteacher, Kira SS - +256 752 330 219
""",
sensitive=[("trade_union", "Uganda National Teachers' Union (UNATU) - school branch chairperson since 2019"),
           ("genetic_biometric", "I live with sickle cell disease (HbSS)"),
           ("health", "I have had two hospital admissions for crises in the last three years"),
           ("political_opinion", "I was a National Unity Platform (NUP) agent at Kireka polling station"),
           ("criminal_record", "I was held on remand in Luzira for three weeks after the November protests")],
keep=["Namilyango College (Mill Hill Missionaries founded)", "Head of Physics",
      "Raised UCE Physics distinctions from 18 to 41 students", "Kira Secondary School",
      "Teacher of Physics and Mathematics",
      "Bachelor of Science with Education (Physics, Mathematics), Makerere University",
      "Patron of the Science and Robotics Club"],
contact=["SSEMAKULA JOSEPH KIZITO", "P.O. Box 7062, Kampala (Kireka, Wakiso District)", "+256 701 334 920",
         "+256 782 118 054", "ssemakula.jk@gmail.com", "Fr. Dr. Paul Ssentongo", "+256 772 405 601",
         "Mrs. Agnes Nabukenya", "+256 752 330 219"]),

dict(n=34, text="""
Josaia Ratu Vakaloloma
Resort Operations Manager
Nadi, Fiji  —  +679 992 4410  —  josaia.vakaloloma@gmail.com

I am iTaukei, from Lakeba in the Lau group, and I have spent 17 years in resort operations on Viti Levu and in the Mamanuca islands.

Experience
Sheraton Fiji Golf & Beach Resort, Denarau — Operations Manager, 2019–present
   • 292 rooms; led reopening after the 2020–22 border closure with 85% of pre-COVID staff rehired.
   • Cut laundry and energy costs by F$310,000 a year.
Castaway Island Resort — Front Office Manager, 2012–2019
Tokatoka Resort Hotel, Nadi — Night Auditor → Duty Manager, 2007–2012

Qualifications
Diploma in Hospitality Management, Fiji National University, 2007
Certified Hotel Administrator (CHA), American Hotel & Lodging Educational Institute, 2018

Community
I co-founded the youth wing of the Rainbow Pride Foundation in Nadi in 2015 after coming out to my family.
I campaigned for FijiFirst in Nadi in the 2018 general election.
Since a boating accident in 2012 I have used a prosthetic left hand; it has no effect on my work.

Referees
Ms. Litia Naivalu, Area HR Director, Marriott Fiji — +679 675 0777
Mr. Hemant Prasad, General Manager, Castaway Island — +679 666 1233
""",
sensitive=[("ethnic_origin", "I am iTaukei, from Lakeba in the Lau group"),
           ("sexual_orientation", "I co-founded the youth wing of the Rainbow Pride Foundation in Nadi in 2015 after coming out to my family"),
           ("political_opinion", "I campaigned for FijiFirst"),
           ("health", "I have used a prosthetic left hand")],
keep=["Resort Operations Manager", "Sheraton Fiji Golf & Beach Resort, Denarau", "Operations Manager",
      "Castaway Island Resort", "Front Office Manager", "Diploma in Hospitality Management, Fiji National University",
      "Certified Hotel Administrator (CHA)"],
contact=["Josaia Ratu Vakaloloma", "Nadi, Fiji", "+679 992 4410", "josaia.vakaloloma@gmail.com",
         "Ms. Litia Naivalu", "+679 675 0777", "Mr. Hemant Prasad", "+679 666 1233"]),

dict(n=35, text="""
TENDAI MARUFU, Pr.Eng (ECZ)
Senior Mining Engineer — Underground Platinum & Gold
14 Mazowe Road, Bindura  ▪  +263 77 385 6110  ▪  tendai.marufu.mining@gmail.com

CAREER HISTORY
Zimplats (Implats), Ngezi — Senior Mining Engineer, Bimha Mine (2017 – present)
   - Mine planning for 220 kt/month; re-design of the Bimha pillar layout after the 2014 collapse.
   - Introduced Deswik scheduling; planning cycle time from 10 days to 3.
Freda Rebecca Gold Mine, Bindura — Mining Engineer (2011 – 2017)
   - Shaft sinking and development; blast-design audits.

EDUCATION
BSc (Hons) Mining Engineering, University of Zimbabwe, 2010
MSc Mining Engineering, University of the Witwatersrand, 2016
Professional Engineer, Engineering Council of Zimbabwe (2015)

AFFILIATIONS AND DISCLOSURES
Member, Associated Mine Workers Union of Zimbabwe, Bindura branch, while I was still a graduate trainee (2010–2012).
ZANU-PF Youth League, Mashonaland Central provincial secretary for information, 2008–2013. I have not been politically active since.
I am a member of GALZ (Gays and Lesbians of Zimbabwe).
I received a 12-month suspended sentence in 2013 for negligent driving causing injury; the sentence was completed.

SKILLS
Deswik, Surpac, MineSight, AutoCAD; ground-control management plans; JORC reporting support

REFEREES
Eng. Simbarashe Chiweshe, Mine Manager, Bimha — +263 68 222 3411
Mrs. Rutendo Mapfumo, HR Manager, Freda Rebecca — +263 271 7001
""",
sensitive=[("trade_union", "Member, Associated Mine Workers Union of Zimbabwe, Bindura branch"),
           ("political_opinion", "ZANU-PF Youth League, Mashonaland Central provincial secretary for information"),
           ("sexual_orientation", "I am a member of GALZ (Gays and Lesbians of Zimbabwe)."),
           ("criminal_record", "I received a 12-month suspended sentence in 2013 for negligent driving causing injury")],
keep=["Senior Mining Engineer — Underground Platinum & Gold", "Zimplats (Implats), Ngezi",
      "Senior Mining Engineer, Bimha Mine", "Freda Rebecca Gold Mine, Bindura",
      "BSc (Hons) Mining Engineering, University of Zimbabwe", "MSc Mining Engineering, University of the Witwatersrand",
      "Professional Engineer, Engineering Council of Zimbabwe", "Deswik, Surpac, MineSight, AutoCAD"],
contact=["TENDAI MARUFU, Pr.Eng (ECZ)", "14 Mazowe Road, Bindura", "+263 77 385 6110",
         "tendai.marufu.mining@gmail.com", "Eng. Simbarashe Chiweshe", "+263 68 222 3411", "Mrs. Rutendo Mapfumo",
         "+263 271 7001"]),

dict(n=36, text="""
Muhammad Firdaus bin Rahmat
Logistics Executive | Jurong West, Singapore | 9771 2035 | firdaus.rahmat.log@gmail.com

EMPLOYMENT
2019 – now  ·  PSA Singapore — Executive, Container Yard Planning (Pasir Panjang Terminal)
    - Yard plans for 3 berths; crane productivity up 7% with the new stacking rules.
    - Super-user for the CITOS upgrade; trained 30 planners.
2015 – 2019  ·  YCH Group — Warehouse Supervisor (pharma cold chain, GDP-certified)
2012 – 2015  ·  Self-study and part-time work

EDUCATION
Diploma in Supply Chain Management, Temasek Polytechnic, 2012
Specialist Diploma in Port Management, Singapore Polytechnic, 2021

A NOTE ON 2012 – 2015
I was convicted of drug consumption in 2012 and spent 12 months in the Drug Rehabilitation Centre. I have been clean for eleven years and worked with the Yellow Ribbon Project on my return to work.

VOLUNTEERING
Workers' Party volunteer in Jurong GRC (2020 and 2025 general elections).
As a gay Malay Singaporean I spoke at the 2022 Pink Dot rally in favour of repealing 377A.
Blood donor (HSA) — I was told at screening that I carry the alpha-thalassaemia trait, so I donate plasma instead.

SKILLS
SAP EWM, Navis N4, Excel VBA, forklift licence (Class 3)
""",
sensitive=[("criminal_record", "I was convicted of drug consumption in 2012 and spent 12 months in the Drug Rehabilitation Centre"),
           ("health", "I have been clean for eleven years"),
           ("political_opinion", "Workers' Party volunteer in Jurong GRC"),
           ("sexual_orientation", "As a gay"),
           ("ethnic_origin", "Malay Singaporean"),
           ("genetic_biometric", "I carry the alpha-thalassaemia trait")],
keep=["PSA Singapore", "Executive, Container Yard Planning (Pasir Panjang Terminal)",
      "Super-user for the CITOS upgrade", "YCH Group", "Warehouse Supervisor (pharma cold chain, GDP-certified)",
      "Diploma in Supply Chain Management, Temasek Polytechnic",
      "Specialist Diploma in Port Management, Singapore Polytechnic", "SAP EWM, Navis N4, Excel VBA"],
contact=["Muhammad Firdaus bin Rahmat", "Jurong West, Singapore", "9771 2035", "firdaus.rahmat.log@gmail.com"]),

dict(n=37, text="""
RUMANA AFROZ
Programme Manager — Social Protection and Inclusion
House 56, Road 11, Block E, Banani, Dhaka-1213 | +880 1819 440 276 | rumana.afroz.dev@gmail.com

PROFILE
Thirteen years managing cash-transfer, graduation and community-health programmes for NGOs and government in Bangladesh, with a focus on the poorest households and on minority communities.

EXPERIENCE
BRAC — Programme Manager, Ultra-Poor Graduation Programme (2018–present)
  ◦ Oversee 42 field offices; 36,000 households enrolled in the 2022 cohort.
  ◦ Co-designed the disability-inclusive targeting module with CBM Global.
Islamic Relief Bangladesh — Project Coordinator, Rohingya Response, Cox's Bazar (2017–2018)
  ◦ Food and shelter distributions in Camps 13 and 19; WASH coordination with UNHCR.
Hindu, Buddhist and Christian Welfare Trust (Ministry of Religious Affairs) — Research Consultant (2015)
  ◦ Mapping of minority-run schools in Dinajpur and Rangamati.
icddr,b — Research Officer, Health Systems and Population Studies (2010–2014)

EDUCATION
MSS Development Studies, University of Dhaka, 2010
MSc Public Health (distance), London School of Hygiene & Tropical Medicine, 2016

TRAININGS
PRINCE2 Foundation; Do No Harm / Conflict Sensitivity (CDA); Sphere Standards

LANGUAGES
Bangla, English

REFEREES
Dr. Shameran Abed, Executive Director, BRAC International
Mr. Abdur Rahim, Country Director, Islamic Relief Bangladesh - +880 2 222 280 446
""",
sensitive=[],
keep=["BRAC", "Programme Manager, Ultra-Poor Graduation Programme",
      "Co-designed the disability-inclusive targeting module with CBM Global",
      "Islamic Relief Bangladesh", "Project Coordinator, Rohingya Response, Cox's Bazar",
      "Hindu, Buddhist and Christian Welfare Trust (Ministry of Religious Affairs)",
      "Mapping of minority-run schools in Dinajpur and Rangamati",
      "icddr,b", "MSS Development Studies, University of Dhaka",
      "MSc Public Health (distance), London School of Hygiene & Tropical Medicine"],
contact=["RUMANA AFROZ", "House 56, Road 11, Block E, Banani, Dhaka-1213", "+880 1819 440 276",
         "rumana.afroz.dev@gmail.com", "Dr. Shameran Abed", "Mr. Abdur Rahim", "+880 2 222 280 446"]),

dict(n=38, text="""
RESUME
KAVITHA A/P SUBRAMANIAM
No. 8, Lorong Bayan Indah 3, 11900 Bayan Lepas, Pulau Pinang
H/P: 017-480 2261 | Email: kavitha.subra@gmail.com

Personal data
IC: 860414-07-5216  |  Race: Indian  |  Religion: Hindu  |  Status: Married, 1 son (aged 4)

Career objective
To grow from branch operations into a regional operations role in a bank that values compliance and service quality.

Work experience
Maybank Islamic Berhad — Branch Operations Manager, Bayan Baru (2017 - present)
   - Head of operations for a 24-staff branch; cash, vault and Shariah-compliant deposit products.
   - Branch audit rating raised from "C" to "A" within two cycles.
   - My fingerprints and face are enrolled in the branch's biometric dual-control vault system.
CIMB Bank — Customer Service Executive → Assistant Manager (2009 - 2017)

Education
Bachelor of Business Administration (Finance), Universiti Utara Malaysia, 2008
Islamic Finance Qualification (IFQ), IBFIM, 2018

Professional
Associate, Asian Institute of Chartered Bankers (AICB)

Union
Committee member, National Union of Bank Employees (NUBE), Penang branch

Languages
English, Bahasa Malaysia, Tamil, basic Hokkien

Referee
Encik Zulkifli Osman, Area Manager, Maybank Islamic Penang - 04-261 5000
""",
sensitive=[("ethnic_origin", "Race: Indian"), ("religious_belief", "Religion: Hindu"),
           ("family_status", "Married, 1 son (aged 4)"),
           ("genetic_biometric", "My fingerprints and face are enrolled in the branch's biometric dual-control vault system"),
           ("trade_union", "Committee member, National Union of Bank Employees (NUBE), Penang branch")],
keep=["Maybank Islamic Berhad", "Branch Operations Manager, Bayan Baru",
      "cash, vault and Shariah-compliant deposit products", "CIMB Bank", "Customer Service Executive",
      "Bachelor of Business Administration (Finance), Universiti Utara Malaysia",
      "Islamic Finance Qualification (IFQ), IBFIM", "Associate, Asian Institute of Chartered Bankers (AICB)"],
contact=["KAVITHA A/P SUBRAMANIAM", "No. 8, Lorong Bayan Indah 3, 11900 Bayan Lepas, Pulau Pinang", "017-480 2261",
         "kavitha.subra@gmail.com", "860414-07-5216", "Encik Zulkifli Osman", "04-261 5000"]),

dict(n=39, text="""
CURRICULUM VITAE

SYED ALI RAZA NAQVI
Civil Engineer (Highways) — 14 years KSA & Pakistan
Al Malqa District, Riyadh, KSA | +966 55 921 7740 | syedaliraza.naqvi@gmail.com
Pakistan address: House 221, Street 14, G-10/2, Islamabad

PERSONAL INFORMATION
Nationality       : Pakistani
Religion          : Islam (Shia)
Iqama             : Valid, transferable (Profession: Civil Engineer)
Saudi Council of Engineers: Member No. 411287
Driving Licence   : Saudi, valid
Biometrics        : Fingerprints registered with Jawazat (Absher active)
Health            : Asthmatic, controlled with inhaler; cleared by GAMCA medical

EXPERIENCE
Saudi Binladin Group — Senior Highway Engineer (2016 – present)
   • Riyadh Metro Line 6 access roads; pavement design and QA/QC for 38 km.
   • Asphalt works on the Haramain High Speed Railway station approaches, Makkah.
National Engineering Services Pakistan (NESPAK) — Highway Engineer (2010 – 2016)
   • Lahore–Islamabad Motorway (M-2) rehabilitation packages.

EDUCATION
B.Sc. Civil Engineering, UET Taxila, 2009
PEC Registered Engineer (CIVIL/41822)

ADDITIONAL
During university I was a Peoples Students Federation (PPP) organiser; in 2008 an FIR was lodged against me after a rally in Taxila, and I was acquitted in 2010.

I hereby declare that the information above is correct.
Riyadh, 18/02/2024 — Syed Ali Raza Naqvi
""",
sensitive=[("ethnic_origin", "Nationality       : Pakistani"), ("religious_belief", "Religion          : Islam (Shia)"),
           ("genetic_biometric", "Fingerprints registered with Jawazat"),
           ("health", "Asthmatic, controlled with inhaler"),
           ("political_opinion", "I was a Peoples Students Federation (PPP) organiser"),
           ("criminal_record", "an FIR was lodged against me after a rally in Taxila, and I was acquitted in 2010")],
keep=["Civil Engineer (Highways)", "Saudi Binladin Group", "Senior Highway Engineer",
      "Riyadh Metro Line 6 access roads", "Asphalt works on the Haramain High Speed Railway station approaches, Makkah",
      "National Engineering Services Pakistan (NESPAK)", "B.Sc. Civil Engineering, UET Taxila"],
contact=["SYED ALI RAZA NAQVI", "Al Malqa District, Riyadh, KSA", "+966 55 921 7740", "syedaliraza.naqvi@gmail.com",
         "House 221, Street 14, G-10/2, Islamabad", "Member No. 411287", "CIVIL/41822", "Syed Ali Raza Naqvi"]),

dict(n=40, text="""
Shanique Tomlinson
Port Operations Supervisor
Portmore, St. Catherine, Jamaica · 876-551-0384 · shanique.tomlinson@gmail.com

PROFILE
Eleven years on the Kingston waterfront, from tally clerk to shift supervisor, with a reputation for safe, fast vessel turnarounds.

EXPERIENCE
Kingston Freeport Terminal Ltd (CMA CGM) — Operations Supervisor, 2018–present
  - Run night shifts for 3 gantry cranes; berth productivity 31 moves/hour.
  - ISPS drills and vessel security coordination with the Jamaica Constabulary Force.
Kingston Wharves Ltd — Tally Clerk → Checker, 2012–2018

EDUCATION
BSc Logistics and Supply Chain Management, Caribbean Maritime University, 2017
Certificate in Port Operations Management, CMU, 2014

AND ALSO
I was a delegate for the Bustamante Industrial Trade Union at Kingston Wharves until I moved into supervision.
I campaigned for the PNP in South East St. Catherine in 2020.
My fiancée, Tanya, and I are planning a wedding in Canada next year.
I have epilepsy, well controlled for eight years, and hold a valid driver's licence.
In 2011 I was convicted of possession of an offensive weapon (a knife, age 19) and given a fine; I have had no trouble since.

REFEREES
Mr. Marlon Reid, Terminal Operations Manager, KFTL — 876-615-1300
Pastor Andrea Gayle, New Testament Church of God, Portmore — 876-988-2271
""",
sensitive=[("trade_union", "I was a delegate for the Bustamante Industrial Trade Union"),
           ("political_opinion", "I campaigned for the PNP"),
           ("sexual_orientation", "My fiancée, Tanya, and I are planning a wedding"),
           ("health", "I have epilepsy, well controlled for eight years"),
           ("criminal_record", "I was convicted of possession of an offensive weapon"),
           ("date_of_birth_age", "age 19")],
keep=["Port Operations Supervisor", "Kingston Freeport Terminal Ltd (CMA CGM)", "Operations Supervisor",
      "Run night shifts for 3 gantry cranes", "Kingston Wharves Ltd",
      "BSc Logistics and Supply Chain Management, Caribbean Maritime University",
      "Certificate in Port Operations Management, CMU"],
contact=["Shanique Tomlinson", "Portmore, St. Catherine, Jamaica", "876-551-0384", "shanique.tomlinson@gmail.com",
         "Mr. Marlon Reid", "876-615-1300", "Pastor Andrea Gayle", "876-988-2271"]),
]
