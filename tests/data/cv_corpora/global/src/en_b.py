CVS = [
dict(n=11, text="""
RAVINDRA "RAVI" MAHARAJ, B.Sc., P.Eng.
LP 41 Clarke Road, Penal, Trinidad W.I.  |  1-868-762-4410  |  ravi.maharaj.pe@gmail.com
DOB 19.08.1984

PROFILE
Production engineer with 16 years on land and marine fields in southern Trinidad. As an Indo-Trinidadian raised in Penal, I grew up around the Pointe-a-Pierre refinery and know the communities that live beside our wells.

EXPERIENCE
Heritage Petroleum Company Ltd, Santa Flora — Senior Production Engineer, 2019–present
• Workover programme for 140 land wells; +1,900 bopd in 2022.
• Artificial-lift optimisation (rod pump and ESP) with Weatherford.
Petroleum Company of Trinidad and Tobago (Petrotrin) — Production Engineer, 2008–2018
• Shift lead, Forest Reserve field; HSE incident rate cut by a third.
• I was a dues-paying OWTU member in the Pointe-a-Pierre branch throughout my Petrotrin years.

EDUCATION
B.Sc. Petroleum Engineering, The University of the West Indies, St. Augustine, 2007
Registered Engineer, Board of Engineering of Trinidad and Tobago

PERSONAL
I am Hindu and sing bhajans at the Penal mandir on Sunday mornings. My partner, David, teaches at Naparima College; we live together in Penal.
I campaigned door to door for the UNC in Siparia in 2020.
Full disclosure for vetting: I was convicted of driving under the influence in 2016 and fined TT$8,000; licence since restored.

REFEREES
Eng. Sharon Baptiste, Asset Manager, Heritage Petroleum — 1-868-658-4200
Mr. Kirk Ramdass, former Field Superintendent, Petrotrin — 1-868-777-1933
""",
sensitive=[("date_of_birth_age", "DOB 19.08.1984"), ("ethnic_origin", "As an Indo-Trinidadian"),
           ("trade_union", "I was a dues-paying OWTU member in the Pointe-a-Pierre branch"),
           ("religious_belief", "I am Hindu and sing bhajans at the Penal mandir"),
           ("sexual_orientation", "My partner, David,"),
           ("political_opinion", "I campaigned door to door for the UNC"),
           ("criminal_record", "I was convicted of driving under the influence in 2016 and fined TT$8,000")],
keep=["Heritage Petroleum Company Ltd", "Senior Production Engineer", "Workover programme for 140 land wells",
      "Petroleum Company of Trinidad and Tobago (Petrotrin)", "Production Engineer",
      "B.Sc. Petroleum Engineering, The University of the West Indies, St. Augustine",
      "Registered Engineer, Board of Engineering of Trinidad and Tobago",
      "Artificial-lift optimisation (rod pump and ESP)"],
contact=["RAVINDRA \"RAVI\" MAHARAJ", "LP 41 Clarke Road, Penal, Trinidad W.I.", "1-868-762-4410",
         "ravi.maharaj.pe@gmail.com", "Eng. Sharon Baptiste", "1-868-658-4200", "Mr. Kirk Ramdass", "1-868-777-1933"]),

dict(n=12, text="""
CURRICULUM VITAE

Name: ABENA SERWAA OFORI-ATTA
Postal Address: P. O. Box 412, Techiman, Bono East Region, Ghana
Tel: 024 418 7730 / 020 911 2354
E-mail: abenaofori.midwife@gmail.com

PERSONAL DATA
Date of Birth: 21st November, 1989
Hometown: Akropong-Akuapem
Religion: Christian (Presbyterian Church of Ghana)
Marital Status: Married with three children
Blood Group: O Rh+
Genotype: AS

CAREER OBJECTIVE
To offer quality, respectful maternity care and help reduce maternal deaths in the district.

WORK EXPERIENCE
Senior Staff Midwife, Holy Family Hospital, Techiman (Catholic Diocese of Techiman) - 2016 to date
 - In charge of the labour ward night team (6 midwives).
 - Focal person for the Kangaroo Mother Care unit; audit of 212 preterm babies.
Staff Midwife, Ghana Health Service, Kintampo Municipal Hospital - 2012 to 2016

EDUCATION
Diploma in Midwifery, Nursing and Midwifery Training College, Kumasi - 2012
B.Sc. Midwifery (top-up), Kwame Nkrumah University of Science and Technology - 2019
Registered Midwife, Nursing and Midwifery Council of Ghana (PIN RM 18774)

OTHER ACTIVITIES
Local chairperson, Ghana Registered Nurses and Midwives Association (GRNMA), Techiman branch
Hall secretary, TESCON (NPP), Unity Hall, KNUST - 2018/2019

REFEREES
1. Rev. Sr. Dr. Agnes Owusu, Medical Director, Holy Family Hospital, Techiman - 024 322 1180
2. Mr. Kwadwo Boateng, Municipal Director of Health, Kintampo - 020 815 4422
""",
sensitive=[("date_of_birth_age", "Date of Birth: 21st November, 1989"),
           ("religious_belief", "Religion: Christian (Presbyterian Church of Ghana)"),
           ("family_status", "Married with three children"), ("health", "Blood Group: O Rh+"),
           ("genetic_biometric", "Genotype: AS"),
           ("trade_union", "Local chairperson, Ghana Registered Nurses and Midwives Association (GRNMA)"),
           ("political_opinion", "Hall secretary, TESCON (NPP)")],
keep=["Senior Staff Midwife", "Holy Family Hospital, Techiman (Catholic Diocese of Techiman)",
      "Kangaroo Mother Care unit", "Ghana Health Service, Kintampo Municipal Hospital",
      "Diploma in Midwifery, Nursing and Midwifery Training College, Kumasi",
      "B.Sc. Midwifery (top-up), Kwame Nkrumah University of Science and Technology",
      "In charge of the labour ward night team (6 midwives)"],
contact=["ABENA SERWAA OFORI-ATTA", "P. O. Box 412, Techiman, Bono East Region, Ghana", "024 418 7730",
         "020 911 2354", "abenaofori.midwife@gmail.com", "PIN RM 18774", "Rev. Sr. Dr. Agnes Owusu",
         "024 322 1180", "Mr. Kwadwo Boateng", "020 815 4422"]),

dict(n=13, text="""
NAKATO PROSSY MIREMBE
Monitoring, Evaluation and Learning Specialist
Plot 19, Kisugu Road, Kampala | +256 772 408 119 | prossy.nakato@gmail.com | linkedin.com/in/prossynakato

SUMMARY
Ten years designing results frameworks and household surveys for health, education and livelihoods programmes in Uganda and South Sudan.

EXPERIENCE
Mengo Hospital (Church of Uganda) — MEL Manager, 2020–present
- Built the DHIS2 reporting pipeline for the hospital's HIV, TB and maternal-health projects.
- Led the baseline for a palliative-care outreach grant (1,600 households).

Uganda Muslim Supreme Council — M&E Consultant, 2018–2019
- Evaluated the madrasa-to-secondary transition project in Iganga and Mayuge (mixed methods, 40 schools).

Uganda Bureau of Statistics — Statistician, 2014–2018
- Field supervisor, Uganda National Household Survey 2016/17.

EDUCATION
MSc Quantitative Economics, Makerere University, 2016
BA Social Sciences, Uganda Martyrs University, Nkozi, 2013

TOOLS
Stata, R, KoboToolbox, ODK, DHIS2, Power BI

PUBLICATIONS
"Tracking loss to follow-up in rural ART clinics", Uganda Health Sciences Conference, 2022.

REFEREES
Dr. Samuel Kiwanuka, Executive Director, Mengo Hospital — +256 414 270 222
Sheikh Abdul Nsubuga, Programmes Coordinator, UMSC — +256 772 611 094
""",
sensitive=[],
keep=["Mengo Hospital (Church of Uganda)", "MEL Manager",
      "Built the DHIS2 reporting pipeline for the hospital's HIV, TB and maternal-health projects",
      "Uganda Muslim Supreme Council", "Evaluated the madrasa-to-secondary transition project",
      "Uganda Bureau of Statistics", "MSc Quantitative Economics, Makerere University",
      "BA Social Sciences, Uganda Martyrs University", "Tracking loss to follow-up in rural ART clinics",
      "Stata, R, KoboToolbox, ODK, DHIS2, Power BI"],
contact=["NAKATO PROSSY MIREMBE", "Plot 19, Kisugu Road, Kampala", "+256 772 408 119", "prossy.nakato@gmail.com",
         "linkedin.com/in/prossynakato", "Dr. Samuel Kiwanuka", "+256 414 270 222", "Sheikh Abdul Nsubuga",
         "+256 772 611 094"]),

dict(n=14, text="""
THANDIWE NCUBE — Journalist
22 Fife Street, Bulawayo  ·  +263 77 214 9083  ·  thandi.ncube.news@gmail.com

About me
Reporter and sub-editor, 17 years, print and online. I write in English, isiNdebele and Shona; I am Ndebele and grew up in Lupane. I am 44, widowed in 2017, and raising three children.

Work
The Herald (Zimpapers), Harare — Senior Reporter, Health & HIV desk, 2015–2023
  - Covered the 2018 harmonised elections and the cholera outbreak of 2018–19.
  - Series on ARV stock-outs won the 2019 ZUJ/ NAMA health-reporting prize.
The Chronicle, Bulawayo — Reporter, 2007–2015
CITE (Centre for Innovation and Technology) — freelance fact-checker, 2023–present

Training
Diploma in Mass Communication, Harare Polytechnic, 2006
BSc Journalism and Media Studies, National University of Science and Technology, 2012

Things you should know
I have been HIV-positive since 2011 and on treatment; it has never stopped me working.
I served as an MDC Alliance polling agent in Lupane East in 2018.
In 2020 I was arrested and charged with publishing falsehoods over a Facebook post; the magistrate acquitted me in 2021.

References
Mr. Innocent Mpofu, Editor, The Chronicle — +263 29 2260 481
Ms. Ruth Sibanda, Programme Manager, CITE — +263 71 400 3388
""",
sensitive=[("ethnic_origin", "I am Ndebele"), ("date_of_birth_age", "I am 44"),
           ("family_status", "widowed in 2017, and raising three children"),
           ("health", "I have been HIV-positive since 2011 and on treatment"),
           ("political_opinion", "I served as an MDC Alliance polling agent"),
           ("criminal_record", "I was arrested and charged with publishing falsehoods over a Facebook post")],
keep=["The Herald (Zimpapers), Harare", "Senior Reporter, Health & HIV desk",
      "Covered the 2018 harmonised elections", "Series on ARV stock-outs", "The Chronicle, Bulawayo",
      "Diploma in Mass Communication, Harare Polytechnic",
      "BSc Journalism and Media Studies, National University of Science and Technology",
      "freelance fact-checker"],
contact=["THANDIWE NCUBE", "22 Fife Street, Bulawayo", "+263 77 214 9083", "thandi.ncube.news@gmail.com",
         "Mr. Innocent Mpofu", "+263 29 2260 481", "Ms. Ruth Sibanda", "+263 71 400 3388"]),

dict(n=15, text="""
CURRICULUM VITAE OF MWIINGA HAAMBOTE

Contact: Plot 1187, Mapanza Road, Choma, Southern Province, Zambia
Phone: +260 977 410 552    E-mail: mhaambote@zari.gov.zm

Personal particulars
Sex: Male
Age: 36
Tribe: Tonga
Religion: Seventh-day Adventist
NRC No.: 402318/71/1
Health: Diabetic (type 2), well controlled on metformin

Objective
To contribute to climate-smart maize and legume research that small-scale farmers in Region I can actually adopt.

Employment record
2017 - date: Agronomist, Zambia Agriculture Research Institute (ZARI), Golden Valley
   - Ran 24 on-farm trials of drought-tolerant maize with 600 farmers.
   - Co-author, ZARI Conservation Agriculture Guide (2021).
2013 - 2017: Field Officer, World Vision Zambia, Sinazongwe Area Programme
   - Farmer groups, seed fairs, savings groups.
2012 - 2013: Intern, Kasisi Agricultural Training Centre (Jesuit), Chongwe

Qualifications
BSc Agricultural Sciences (Agronomy), University of Zambia, 2012
MSc Crop Science, University of Zambia, 2019

Memberships
Member, Civil Servants and Allied Workers Union of Zambia (CSAWUZ)
Ward youth chairman, UPND, Choma Central (2015 - 2019)
Soil Science Society of Zambia

Referees available on request.
""",
sensitive=[("date_of_birth_age", "Age: 36"), ("ethnic_origin", "Tribe: Tonga"),
           ("religious_belief", "Religion: Seventh-day Adventist"),
           ("health", "Diabetic (type 2), well controlled on metformin"),
           ("trade_union", "Member, Civil Servants and Allied Workers Union of Zambia (CSAWUZ)"),
           ("political_opinion", "Ward youth chairman, UPND")],
keep=["Agronomist, Zambia Agriculture Research Institute (ZARI)", "Ran 24 on-farm trials of drought-tolerant maize",
      "ZARI Conservation Agriculture Guide", "Field Officer, World Vision Zambia",
      "Kasisi Agricultural Training Centre (Jesuit)", "BSc Agricultural Sciences (Agronomy), University of Zambia",
      "MSc Crop Science, University of Zambia", "Soil Science Society of Zambia"],
contact=["MWIINGA HAAMBOTE", "Plot 1187, Mapanza Road, Choma, Southern Province, Zambia", "+260 977 410 552",
         "mhaambote@zari.gov.zm", "402318/71/1"]),

dict(n=16, text="""
Mohammed Riaz Khan
Lot 12, Vunimoli Road, Labasa, Fiji    Ph: (679) 881 4402 / 927 5519    riazkhan.teach@gmail.com

Personal Details
Born: 1979, Labasa
Ethnicity: Fijian of Indian descent
Religion: Muslim (Sunni)
Marital Status: Married, three children
TIN: 52-11894-0-3

Teaching Career
Labasa Muslim College — Head of Department, Commerce (2012 – present)
  • Year 13 Economics results: 92% pass in the FY13CE external exam (2023).
  • Timetable coordinator for 38 staff; introduced Moodle for take-home work.
Labasa Sangam School — Teacher, Economics and Hindi (2004 – 2011)
  • Coached the Inter-secondary school debating team to the Northern zone final.

Qualifications
Bachelor of Education (Secondary), University of the South Pacific, 2003
Postgraduate Diploma in Educational Leadership, Fiji National University, 2015
Registered Teacher, Ministry of Education, Heritage and Arts (Reg. 04571)

Union
Branch secretary, Fiji Teachers Union – Labasa branch (2014 – 2020)

Community
Rotary Club of Labasa (projects committee)

Referees
Mr. Abdul Shameem, Principal, Labasa Muslim College – (679) 881 2103
Mrs. Salote Vakacegu, Senior Education Officer (North) – (679) 881 1044
""",
sensitive=[("date_of_birth_age", "Born: 1979"), ("ethnic_origin", "Ethnicity: Fijian of Indian descent"),
           ("religious_belief", "Religion: Muslim (Sunni)"), ("family_status", "Married, three children"),
           ("trade_union", "Branch secretary, Fiji Teachers Union – Labasa branch")],
keep=["Labasa Muslim College", "Head of Department, Commerce", "Labasa Sangam School",
      "Teacher, Economics and Hindi", "Bachelor of Education (Secondary), University of the South Pacific",
      "Postgraduate Diploma in Educational Leadership, Fiji National University",
      "Year 13 Economics results: 92% pass", "Rotary Club of Labasa"],
contact=["Mohammed Riaz Khan", "Lot 12, Vunimoli Road, Labasa, Fiji", "(679) 881 4402", "927 5519",
         "riazkhan.teach@gmail.com", "52-11894-0-3", "Reg. 04571", "Mr. Abdul Shameem", "(679) 881 2103",
         "Mrs. Salote Vakacegu", "(679) 881 1044"]),

dict(n=17, text="""
Lim Hui Wen (Ms)
Early Childhood Educator, L2 certified
Tampines St 81, Singapore 520821 / 8822 6107 / huiwen.lim.ece@gmail.com

Hello! I have spent seven years teaching K1 and K2. I plan lessons through play and I'm happiest outdoors with a class and a bag of loose parts.

Where I've worked
PCF Sparkletots @ Tampines West Blk 857 — Senior Teacher (2020 – now)
   Lead teacher for K2 (20 children); mentor for two beginning teachers.
   Ran the centre's "Nature Explorers" outdoor-learning project with NParks.
My First Skool (NTUC First Campus), Pasir Ris — Teacher (2017 – 2020)
   Taught English and Chinese (Mother Tongue) to N2 and K1.

Study
Diploma in Early Childhood Education, Ngee Ann Polytechnic, 2017
Advanced Certificate in Learning Support (ACLS), NIEC, 2022
ECDA Registered L2 Teacher

About me
I have mild dyslexia (assessed in Primary 4), so I know first-hand how a child feels when print is hard and I use a lot of phonics games.
I'm gay and have volunteered with Pink Dot SG every year since 2016 (logistics team).
I also like wild swimming and bread baking.

References on request.
""",
sensitive=[("health", "I have mild dyslexia (assessed in Primary 4)"),
           ("sexual_orientation", "I'm gay and have volunteered with Pink Dot SG")],
keep=["PCF Sparkletots @ Tampines West Blk 857", "Senior Teacher", "Nature Explorers",
      "My First Skool (NTUC First Campus), Pasir Ris", "Diploma in Early Childhood Education, Ngee Ann Polytechnic",
      "Advanced Certificate in Learning Support (ACLS)", "ECDA Registered L2 Teacher"],
contact=["Lim Hui Wen (Ms)", "Tampines St 81, Singapore 520821", "8822 6107", "huiwen.lim.ece@gmail.com"]),

dict(n=18, text="""
KEVIN LOH CHEE KEONG
Petaling Jaya, Selangor · 016-228 4410 · kevinloh.writes@gmail.com · twitter.com/kevinlohck

Senior journalist (politics and parliament), 20 years, English-language press.

PERSONAL
Age 44 · Race: Chinese · Religion: Free thinker · Married

CAREER
The Star (Star Media Group), Petaling Jaya
   Political Correspondent, Parliament bureau — 2012 to present
   Sub-editor, Nation desk — 2004 to 2012
   - Covered GE13, GE14 and GE15 and the 2020 change of government.
   - Broke the 2016 story on 1MDB bond repayments with the business desk.
   - Interviewed four prime ministers.
Malaysiakini — Reporter (contract), 2003 - 2004

EDUCATION
BA (Hons) Mass Communication, Universiti Sains Malaysia, 2003

AWARDS
MPI-Petronas Journalism Award, political reporting, 2015 and 2019

CONFLICTS I DECLARE
Chapel secretary, National Union of Journalists Peninsular Malaysia (NUJ), Star chapel.
DAP member since 2013 (dormant; I do not cover DAP internal matters).
Charged in 2016 under section 233 of the Communications and Multimedia Act over a Facebook post; the charge was withdrawn in 2017.

REFEREE
Datin Esther Ng, former Group Chief Editor — esther.ng.media@gmail.com
""",
sensitive=[("date_of_birth_age", "Age 44"), ("ethnic_origin", "Race: Chinese"),
           ("religious_belief", "Religion: Free thinker"), ("family_status", "Married"),
           ("trade_union", "Chapel secretary, National Union of Journalists Peninsular Malaysia (NUJ)"),
           ("political_opinion", "DAP member since 2013"),
           ("criminal_record", "Charged in 2016 under section 233 of the Communications and Multimedia Act over a Facebook post")],
keep=["The Star (Star Media Group), Petaling Jaya", "Political Correspondent, Parliament bureau",
      "Sub-editor, Nation desk", "Covered GE13, GE14 and GE15", "Malaysiakini",
      "BA (Hons) Mass Communication, Universiti Sains Malaysia", "MPI-Petronas Journalism Award, political reporting"],
contact=["KEVIN LOH CHEE KEONG", "Petaling Jaya, Selangor", "016-228 4410", "kevinloh.writes@gmail.com",
         "twitter.com/kevinlohck", "Datin Esther Ng", "esther.ng.media@gmail.com"]),

dict(n=19, text="""
SEAFARER'S BIO-DATA

Position applied: ABLE SEAMAN (AB) / BOSUN
Name: DELA CRUZ, JOMAR PANGILINAN
Address: Blk 7 Lot 22 Phase 2, Villa Grande Homes, Bacoor, Cavite
Mobile: +63 928 441 7702    Email: jomar.delacruz.ab@gmail.com

Date of Birth: 11 Nov 1986          Place of Birth: Iloilo City
Civil Status: Married               No. of Dependents: 3
Religion: Iglesia ni Cristo         Height: 170 cm    Weight: 72 kg
Shoe size: 42                       Coverall size: L

DOCUMENTS
Passport: P2338471B (exp. 2032)
Seaman's Book (SIRB): C0774512 (exp. 2027)
Biometric Seafarer's Identity Document: fingerprints and photo enrolled, MARINA 2023
US C1/D Visa: valid to 2030
PEME: Fit to work; hypertension controlled with medication (amlodipine)

SEA SERVICE
MV Pacific Harmony (Bulk Carrier, 82,000 DWT) - AB - Magsaysay Maritime Corp. - 9 months, 2023
MT Eagle Valencia (Oil/Chem Tanker) - AB - Philippine Transmarine Carriers - 8 months, 2021-22
MV Star Kirkenes (Open Hatch) - OS to AB - Grieg Philippines - 2 contracts, 2017-2020

TRAININGS
Basic Safety Training, PSCRS, Proficiency in Survival Craft, Ship Security Awareness
Able Seafarer Deck (COP), MAAP, 2016

OTHER
Member, Associated Marine Officers' and Seamen's Union of the Philippines (AMOSUP)

I certify that the above data are true and correct.

JOMAR P. DELA CRUZ
""",
sensitive=[("date_of_birth_age", "Date of Birth: 11 Nov 1986"), ("family_status", "Civil Status: Married"),
           ("family_status", "No. of Dependents: 3"), ("religious_belief", "Religion: Iglesia ni Cristo"),
           ("genetic_biometric", "fingerprints and photo enrolled"),
           ("health", "hypertension controlled with medication (amlodipine)"),
           ("trade_union", "Member, Associated Marine Officers' and Seamen's Union of the Philippines (AMOSUP)")],
keep=["ABLE SEAMAN (AB) / BOSUN", "Magsaysay Maritime Corp.", "Philippine Transmarine Carriers",
      "Grieg Philippines", "Basic Safety Training", "Able Seafarer Deck (COP), MAAP",
      "MV Pacific Harmony (Bulk Carrier, 82,000 DWT)"],
contact=["DELA CRUZ, JOMAR PANGILINAN", "Blk 7 Lot 22 Phase 2, Villa Grande Homes, Bacoor, Cavite",
         "+63 928 441 7702", "jomar.delacruz.ab@gmail.com", "P2338471B", "C0774512", "JOMAR P. DELA CRUZ"]),

dict(n=20, text="""
Sunita Gurung 古蘇雅
Registered Social Worker (SWRB Hong Kong)
Flat 6, 3/F, Tak Fung Building, 11 Ming Yuen Western Street, North Point | 9318 2260 | sunita.gurung.rsw@gmail.com

I am a Nepali Hongkonger, born at Queen Elizabeth Hospital to parents who came with the Brigade of Gurkhas. I work with ethnic minority youth and families in Cantonese, English, Nepali and Hindi.

EMPLOYMENT
Hong Kong Christian Service — Social Work Supervisor, Ethnic Minority Youth Project (2019–present)
  · Supervise 6 social workers and a caseload of 140 South Asian young people.
  · Set up the Cantonese-bridging homework programme in Yau Tsim Mong.
Caritas Hong Kong — Social Worker, Family and Child Protection (2014–2019)
  · Statutory child-protection investigations with the Social Welfare Department.

EDUCATION
Master of Social Work, The Chinese University of Hong Kong, 2014
BSocSc (Hons) Social Policy and Administration, The Hong Kong Polytechnic University, 2011

A FEW PERSONAL THINGS
Although I have worked for church agencies for ten years, I am not religious myself.
My wife and I are raising our six-year-old son.
I have lived with bipolar II disorder for a decade; it is well managed and I am open about it with supervisors.
Until its dissolution in 2021 I was a member of the Hong Kong Social Workers' General Union.

REFERENCES
Ms. Winnie Lau, Service Director, HKCS — 2731 6222
Mr. Daniel Tse, Senior Social Work Supervisor, Caritas HK — 2843 4788
""",
sensitive=[("ethnic_origin", "I am a Nepali Hongkonger"),
           ("ethnic_origin", "to parents who came with the Brigade of Gurkhas"),
           ("religious_belief", "I am not religious myself"), ("sexual_orientation", "My wife and I"),
           ("family_status", "raising our six-year-old son"),
           ("health", "I have lived with bipolar II disorder for a decade"),
           ("trade_union", "I was a member of the Hong Kong Social Workers' General Union")],
keep=["Registered Social Worker (SWRB Hong Kong)", "Hong Kong Christian Service",
      "Social Work Supervisor, Ethnic Minority Youth Project",
      "Supervise 6 social workers and a caseload of 140 South Asian young people", "Caritas Hong Kong",
      "Social Worker, Family and Child Protection", "Master of Social Work, The Chinese University of Hong Kong",
      "BSocSc (Hons) Social Policy and Administration, The Hong Kong Polytechnic University"],
contact=["Sunita Gurung 古蘇雅", "Flat 6, 3/F, Tak Fung Building, 11 Ming Yuen Western Street, North Point",
         "9318 2260", "sunita.gurung.rsw@gmail.com", "Ms. Winnie Lau", "2731 6222", "Mr. Daniel Tse", "2843 4788"]),
]
