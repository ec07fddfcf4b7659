# forms-en-031 .. forms-en-040 (hand-written literal texts)
CVS = []

# 031 UK CV with a church reference pasted below
CVS.append(dict(text="""
Daniel Okafor-Price
Van driver / multi-drop courier · Oxford OX4 · 07723 918 004 · d.okaforprice@yahoo.co.uk

Work
2021–now   Multi-drop Driver, DPD Oxford depot — 120+ drops a day, zero at-fault incidents, depot "Driver of the Quarter" twice.
2019–2021  Warehouse Operative, Amazon BRS2 (Bristol) — pick and pack, then trainer for new starters.
2018–2019  Kitchen porter, Turl Street Kitchen (social enterprise).

Licences and tickets
Full UK licence (C1 added 2022), CPC module 1–4 in progress, counterbalance FLT.

Reference — Revd Sarah Millington, Associate Vicar, St Aldate's Church, Oxford (pasted at her request)

"I have known Daniel for six years. He has been a faithful member of our congregation since the week he was released from HMP Bullingdon in 2018, and he was baptised here the following Easter. Over those years I have watched him rebuild his life after heroin addiction, keep every appointment, and hold down demanding jobs. He and his partner, James, now lead our Sunday welcome team, and I trust him with the church keys and the petty cash. I recommend him without reservation."
Revd Sarah Millington · sarah.millington@staldates.org.uk · 01865 254 800
""",
s=[("R", "He has been a faithful member of our congregation"),
   ("C", "the week he was released from HMP Bullingdon in 2018"),
   ("R", "he was baptised here the following Easter"),
   ("H", "rebuild his life after heroin addiction"), ("O", "He and his partner, James")],
keep=["Multi-drop Driver, DPD Oxford depot", "zero at-fault incidents", "Warehouse Operative, Amazon BRS2",
      "trainer for new starters", "Full UK licence (C1 added 2022)", "CPC module 1–4 in progress",
      "counterbalance FLT", "lead our Sunday welcome team"],
contact=["Daniel Okafor-Price", "Daniel", "Oxford OX4", "07723 918 004", "d.okaforprice@yahoo.co.uk",
         "Revd Sarah Millington", "sarah.millington@staldates.org.uk", "01865 254 800"]))

# 032 US applicant-tracking export, Q&A
CVS.append(dict(text="""
Application export — Port of Newark Container Terminal — Logistics Coordinator (Req 22-0871)
Applicant: Yesenia Marrero-Quiñones
Address: 118 Ferry St, Apt 2R, Newark, NJ 07105 · Phone: (973) 555-0182 · Email: yesenia.mq@gmail.com

Work history
Maher Terminals, Elizabeth NJ — Vessel Planning Clerk (2019–present): stowage plans in NAVIS N4, gate-transaction audits, reefer monitoring.
Amazon EWR9 — Ambassador / Problem Solver (2016–2019).
Education: A.A.S. Logistics and Supply Chain, Union County College (2016).

Screening questions
Are you legally authorized to work in the United States? Yes
Will you now or in the future require sponsorship? No
Date of birth (required for TWIC verification): 09/17/1990
Do you hold a valid TWIC card? Yes – fingerprints and photo enrolled at the Newark TSA center, renewed 2023
Are you a current or former union member? Yes – ILA Local 1235 checker, 2019–present
Have you ever been convicted of a felony? Yes – third-degree theft, Essex County, 2010
If yes, explain: I was 19. The record was expunged under New Jersey's clean slate law in 2021.

Voluntary self-identification
Are you Hispanic or Latino? Yes – Puerto Rican
Sexual orientation: Lesbian
Disability status: I do not wish to answer
""",
s=[("A", "Date of birth (required for TWIC verification): 09/17/1990"),
   ("G", "fingerprints and photo enrolled at the Newark TSA center, renewed 2023"),
   ("U", "Yes – ILA Local 1235 checker, 2019–present"),
   ("C", "Yes – third-degree theft, Essex County, 2010"),
   ("C", "The record was expunged under New Jersey's clean slate law in 2021"),
   ("E", "Yes – Puerto Rican"), ("O", "Sexual orientation: Lesbian")],
keep=["Vessel Planning Clerk", "stowage plans in NAVIS N4", "gate-transaction audits, reefer monitoring",
      "A.A.S. Logistics and Supply Chain, Union County College", "Logistics Coordinator",
      "Are you legally authorized to work in the United States? Yes", "Disability status: I do not wish to answer",
      "Have you ever been convicted of a felony?"],
contact=["Yesenia Marrero-Quiñones", "118 Ferry St, Apt 2R, Newark, NJ 07105", "(973) 555-0182", "yesenia.mq@gmail.com"]))

# 033 Canada (Montreal) CV with cover letter
CVS.append(dict(text="""
Jonah Benchetrit-Leclair
Montréal, QC H2T · 514-555-0106 · jonah.bl@protonmail.com · github.com/jbenchetrit

UX RESEARCHER (bilingual EN/FR)

Experience
Ubisoft Montréal — Senior User Researcher (2020–2024): ran 40+ playtests a year for Assassin's Creed Mirage; built the accessibility research panel with AbleGamers.
Lightspeed Commerce — UX Researcher (2017–2020): POS onboarding studies, Dovetail repository.
Education: MSc Human Factors, Université de Montréal (2017); BA Psychology, McGill (2015).

Dear Ms. Tremblay,

I'm applying for the Lead UX Researcher role at Mila. Your team's work on consent flows for health-data research is the reason: it sits exactly where my interests are.

A personal reason, too. In 2020 a 23andMe test told me I am a Tay-Sachs carrier, and working out what to do with that result, and with the consent screens I had clicked through without reading, changed how I think about research design. I grew up in an observant Sephardic Jewish home and still keep Shabbat, so I would ask not to schedule studies on Friday evenings.

I'm a member of Québec solidaire and have written about data sovereignty for its policy committee; I mention it only because it appears when you search my name.

My partner, Marc, and I moved to Mile End last year, and I'm hoping to stay close to the city.

Best regards,
Jonah
""",
s=[("G", "a 23andMe test told me I am a Tay-Sachs carrier"),
   ("R", "I grew up in an observant Sephardic Jewish home and still keep Shabbat"),
   ("P", "I'm a member of Québec solidaire"), ("O", "My partner, Marc")],
keep=["Senior User Researcher", "accessibility research panel with AbleGamers", "POS onboarding studies",
      "MSc Human Factors, Université de Montréal", "Lead UX Researcher role at Mila",
      "consent flows for health-data research", "BA Psychology, McGill"],
contact=["Jonah Benchetrit-Leclair", "Jonah", "Montréal, QC H2T", "514-555-0106", "jonah.bl@protonmail.com",
         "github.com/jbenchetrit", "Ms. Tremblay"]))

# 034 Australia mining executive bio for an annual report
CVS.append(dict(text="""
Directors' profiles — Annual Report 2024

Harjit "Harry" Sandhu BEng (Mining), MBA, FAusIMM
Managing Director and Chief Executive Officer (appointed 1 March 2021)

Harry has 30 years' experience in open-cut and underground mining. He joined BHP as a graduate mining engineer at Mount Whaleback in 1993, later running the Olympic Dam underground expansion study, and was Chief Operating Officer of Whitehaven Coal from 2015 to 2020. He is a Fellow of the AusIMM and a non-executive director of the Minerals Council of Australia.

Under his leadership the Company completed the Mt Ida lithium acquisition and cut its lost-time injury frequency rate to 0.9.

Born in 1970 in Coffs Harbour, Harry grew up on his Punjabi grandparents' banana farm in Woolgoolga and remains involved in the town's Sikh gurdwara, where he served on the committee. He contested the 2013 federal election as the Nationals candidate for Page. Harry and his wife Manpreet have four children.

His mother developed early-onset Alzheimer's disease in her fifties; after genetic testing in 2019 confirmed that he does not carry her PSEN1 mutation, Harry became a patron of Dementia Australia's younger-onset program.

Interests in securities: 1,240,000 ordinary shares; 600,000 performance rights.
""",
s=[("A", "Born in 1970"), ("E", "his Punjabi grandparents' banana farm in Woolgoolga"),
   ("R", "remains involved in the town's Sikh gurdwara, where he served on the committee"),
   ("P", "He contested the 2013 federal election as the Nationals candidate for Page"),
   ("F", "Harry and his wife Manpreet have four children"),
   ("G", "His mother developed early-onset Alzheimer's disease in her fifties"),
   ("G", "genetic testing in 2019 confirmed that he does not carry her PSEN1 mutation")],
keep=["Managing Director and Chief Executive Officer", "graduate mining engineer at Mount Whaleback",
      "Olympic Dam underground expansion study", "Chief Operating Officer of Whitehaven Coal",
      "non-executive director of the Minerals Council of Australia", "Mt Ida lithium acquisition",
      "patron of Dementia Australia's younger-onset program"],
contact=["Harjit \"Harry\" Sandhu"]))

# 035 India academic CV, human genetics
CVS.append(dict(text="""
CURRICULUM VITAE

Dr. Sreelakshmi Nair Thomas
Scientist D, Division of Human Genetics, ICMR–National Institute of Immunohaematology, Mumbai
Email: sreelakshmi.nt@niih.res.in | Mobile: +91 98672 11059

Personal information
Date of birth: 2 March 1985
Marital status: Married (spouse: Dr. Jacob Thomas, IIT Bombay)
Religion: Christian (Latin Catholic)

Academic qualifications
Ph.D. Human Genetics, Manipal Academy of Higher Education (2013)
M.Sc. Biotechnology, University of Kerala (2007)

Research experience
2017–present  Scientist D, ICMR–NIIH — haemoglobinopathy screening and prenatal diagnosis
2013–2017  DBT–Wellcome India Alliance Early Career Fellow, CCMB Hyderabad

Extramural grants
ICMR Task Force: "Community screening for β-thalassaemia and sickle cell disease among tribal populations of Maharashtra" (₹2.1 crore, PI)
DBT: "Founder mutations in HBB among Sindhi and Lohana communities" (Co-PI)

Selected publications
Thomas SN, et al. Sickle cell trait prevalence in Bhil and Pawra tribes of Nandurbar. Indian J Med Res. 2021.
Thomas SN, Colah R. Cost-effectiveness of premarital thalassaemia carrier screening. Hemoglobin. 2019.

Professional memberships
Life member, Indian Society of Human Genetics · Life member, AIFUCTO (while teaching at St. Teresa's College, 2008–2009)

Note: I am myself a β-thalassaemia carrier (minor), which I mention in community screening camps to reduce stigma.
""",
s=[("A", "Date of birth: 2 March 1985"), ("F", "Married (spouse: Dr. Jacob Thomas, IIT Bombay)"),
   ("R", "Religion: Christian (Latin Catholic)"),
   ("U", "Life member, AIFUCTO (while teaching at St. Teresa's College, 2008–2009)"),
   ("G", "I am myself a β-thalassaemia carrier (minor)")],
keep=["Scientist D, Division of Human Genetics", "haemoglobinopathy screening and prenatal diagnosis",
      "DBT–Wellcome India Alliance Early Career Fellow",
      "Community screening for β-thalassaemia and sickle cell disease among tribal populations of Maharashtra",
      "Founder mutations in HBB among Sindhi and Lohana communities",
      "Sickle cell trait prevalence in Bhil and Pawra tribes of Nandurbar",
      "Cost-effectiveness of premarital thalassaemia carrier screening",
      "Life member, Indian Society of Human Genetics"],
contact=["Dr. Sreelakshmi Nair Thomas", "sreelakshmi.nt@niih.res.in", "+91 98672 11059", "Thomas SN", "Colah R"]))

# 036 UK recruitment-agency candidate profile with consultant notes
CVS.append(dict(text="""
CANDIDATE PROFILE — Network Rail, Senior Signalling Design Engineer (perm, York)
Agency: Matchtech · Consultant: Priya Lal · ref MT-88214

Candidate: Paul Hendry, MIRSE
York YO24 · 07902 551 338 · paul.hendry.sig@gmail.com

Key skills
IRSE licence (Signalling Design — Principles Designer); SSI and Westlock data design; ETCS Level 2 scheme plans; TRT verification.

Employment
2015–present  Principles Designer, Siemens Mobility, York — East Coast Digital Programme, Werrington dive-under resignalling.
2004–2015  Signalling Designer, Atkins Rail, Birmingham.
1990–2004  Signalling technician, British Rail then Railtrack, Doncaster.

Consultant notes — internal, remove before submission
53 but doesn't look it. Uses a wheelchair (spina bifida) — needs step-free office and a ground-floor desk at Hudson House; confirmed the building is fine. Lives with his partner Steve, who is also ex-BR. Ran the Pride in London volunteer stewards for years. Was RMT branch chair at Doncaster in the Railtrack days, very matter-of-fact about it. Has a spent conviction (criminal damage, 1988) — told me without being asked, nothing on a basic DBS. Salary £68k, flexible on hybrid.
""",
s=[("A", "53 but doesn't look it"), ("H", "Uses a wheelchair (spina bifida)"), ("O", "Lives with his partner Steve"),
   ("O", "Ran the Pride in London volunteer stewards for years"), ("U", "Was RMT branch chair at Doncaster"),
   ("C", "Has a spent conviction (criminal damage, 1988)")],
keep=["Senior Signalling Design Engineer", "IRSE licence (Signalling Design — Principles Designer)",
      "SSI and Westlock data design", "ETCS Level 2 scheme plans", "Principles Designer, Siemens Mobility",
      "Werrington dive-under resignalling", "Signalling Designer, Atkins Rail",
],
contact=["Priya Lal", "Paul Hendry", "York YO24", "07902 551 338", "paul.hendry.sig@gmail.com"]))

# 037 US executive bio for a board election proxy
CVS.append(dict(text="""
Nominee for Director — Proxy Statement excerpt

Dr. Emmanuel Adeyemi-Brooks, 62
Independent Director nominee · Atlanta, Georgia

Dr. Adeyemi-Brooks retired in 2023 as Executive Vice President and Chief Medical Officer of Piedmont Healthcare, where he oversaw quality and safety across 22 hospitals and led the system's sepsis bundle program, reducing sepsis mortality by 18%. Earlier he was Chair of Internal Medicine at Morehouse School of Medicine (2006–2014).

He received his MBBS from the University of Lagos, completed residency at Emory University, and holds an MBA from Goizueta Business School. He serves on the board of the Georgia Hospital Association.

Born in Lagos, Nigeria, he emigrated to the United States in 1988 and became a citizen in 1996. He is an ordained permanent deacon in the Catholic Archdiocese of Atlanta and serves at the Cathedral of Christ the King. He is a prostate cancer survivor and has spoken publicly about screening for Black men. He has been married to Grace for 35 years and is a grandfather of six. He previously sat on the Georgia Republican Party finance committee. In 2019 he enrolled in the NIH All of Us Research Program and had his genome sequenced.

The Board believes Dr. Adeyemi-Brooks' clinical leadership and governance experience qualify him to serve.
""",
s=[("A", "62"), ("E", "Born in Lagos, Nigeria, he emigrated to the United States in 1988 and became a citizen in 1996"),
   ("R", "He is an ordained permanent deacon in the Catholic Archdiocese of Atlanta"),
   ("H", "He is a prostate cancer survivor"), ("F", "He has been married to Grace for 35 years and is a grandfather of six"),
   ("P", "He previously sat on the Georgia Republican Party finance committee"),
   ("G", "had his genome sequenced")],
keep=["Executive Vice President and Chief Medical Officer of Piedmont Healthcare", "sepsis bundle program",
      "Chair of Internal Medicine at Morehouse School of Medicine", "MBBS from the University of Lagos",
      "MBA from Goizueta Business School", "board of the Georgia Hospital Association",
      "spoken publicly about screening for Black men"],
contact=["Dr. Emmanuel Adeyemi-Brooks", "Dr. Adeyemi-Brooks", "Atlanta, Georgia"]))

# 038 Ireland CV with "additional information" section
CVS.append(dict(text="""
NIAMH CORCORAN
Higher Executive Officer · Department of Social Protection, Sligo
niamhcorcoran.sligo@gmail.com · 087 903 2246

Experience
2017–present  Higher Executive Officer, Department of Social Protection, Sligo — team lead, Jobseeker's claims processing (14 staff); led the BOMi online-claims rollout for the North West.
2011–2017  Clerical / Executive Officer, Revenue Commissioners, Sligo.
2008–2011  Customer service, Eircom, Sligo.

Education
BA Public Management, IPA (2016) · Certificate in Project Management, ATU Sligo (2019)

Union and community
Fórsa workplace representative for the Sligo office, 2015–2020; I sat on the branch committee during the 2017 pay talks.
Member of the Labour Party since 2011; local-election agent in Sligo-Strandhill in 2019.

Additional information
I had long Covid for most of 2022 and returned on a phased basis in January 2023; I am now back to full duties.
My partner, Ciara, and I are going through IVF at the moment, so I may ask for occasional short-notice leave; pre-treatment screening showed I am a carrier of the ΔF508 cystic fibrosis mutation.
I received a Garda adult caution in 2009 for a public order matter; it has never affected vetting for my roles.
""",
s=[("U", "Fórsa workplace representative for the Sligo office, 2015–2020"),
   ("U", "I sat on the branch committee during the 2017 pay talks"),
   ("P", "Member of the Labour Party since 2011; local-election agent in Sligo-Strandhill in 2019"),
   ("H", "I had long Covid for most of 2022"), ("O", "My partner, Ciara"),
   ("F", "going through IVF at the moment"),
   ("G", "I am a carrier of the ΔF508 cystic fibrosis mutation"),
   ("C", "I received a Garda adult caution in 2009 for a public order matter")],
keep=["Higher Executive Officer, Department of Social Protection", "Jobseeker's claims processing",
      "BOMi online-claims rollout", "Clerical / Executive Officer, Revenue Commissioners",
      "BA Public Management, IPA", "Certificate in Project Management, ATU Sligo"],
contact=["NIAMH CORCORAN", "niamhcorcoran.sligo@gmail.com", "087 903 2246"]))

# 039 UK CV of a resettled refugee, with personal statement
CVS.append(dict(text="""
Yonas Tesfamariam
Pharmacy Technician (GPhC registered) · Coventry CV1 · 07415 336 820 · yonas.tesfa@outlook.com

Summary
GPhC-registered pharmacy technician in hospital aseptic services, seven years' experience between Asmara and Coventry, now seeking an Accredited Checking Technician post.

Experience
2020–present  Pharmacy Technician, Aseptic Unit, University Hospitals Coventry and Warwickshire — chemotherapy and TPN compounding under EU GMP Annex 1; trained eight new starters.
2018–2020  Pharmacy Assistant, Boots, Coventry city centre.
2012–2014  Dispenser, Orotta National Referral Hospital, Asmara.

Education
BTEC Level 3 Pharmaceutical Science, Buttercups Training (2020) · Diploma in Pharmacy, Asmara College of Health Sciences (2012)

Personal statement (from my NHS Jobs application)
I came to the UK in 2016 and was granted refugee status in 2017; I now hold British citizenship. In Eritrea I was detained without charge for fourteen months in 2014–2015 after writing for a student newsletter that criticised the indefinite national service. That experience is why I value accuracy and fairness at work.
I am an Orthodox Tewahedo Christian and sing in the choir at our church in Coventry. Screening at my GP showed I carry the sickle cell trait, which I mention only because I donate blood and volunteer with the NHS Blood and Transplant donor drive.
""",
s=[("E", "I came to the UK in 2016 and was granted refugee status in 2017"),
   ("C", "I was detained without charge for fourteen months in 2014–2015"),
   ("P", "writing for a student newsletter that criticised the indefinite national service"),
   ("R", "I am an Orthodox Tewahedo Christian and sing in the choir at our church in Coventry"),
   ("G", "I carry the sickle cell trait")],
keep=["Pharmacy Technician, Aseptic Unit, University Hospitals Coventry and Warwickshire",
      "chemotherapy and TPN compounding under EU GMP Annex 1", "Accredited Checking Technician",
      "BTEC Level 3 Pharmaceutical Science", "Diploma in Pharmacy, Asmara College of Health Sciences",
      "volunteer with the NHS Blood and Transplant donor drive", "Pharmacy Assistant, Boots"],
contact=["Yonas Tesfamariam", "Coventry CV1", "07415 336 820", "yonas.tesfa@outlook.com"]))

# 040 Canada executive bio, no sensitive fact
CVS.append(dict(text="""
Leadership — Vancouver Fraser Port Authority

Karen Østergaard-Whyte
Vice President, Infrastructure Delivery

Karen Østergaard-Whyte leads the port authority's capital program, including the Roberts Bank Terminal 2 project and the Centerm expansion, a portfolio of more than $4 billion. She joined the authority in 2016 as Director of Project Controls after fourteen years with Kiewit, where she managed marine and heavy civil projects from Prince Rupert to Seattle.

Karen is a professional engineer (P.Eng., Engineers and Geoscientists BC) and holds a BASc in Civil Engineering from the University of British Columbia and an Executive MBA from Simon Fraser University. She is a Project Management Professional and a past chair of the Canadian Construction Association's infrastructure committee.

At the authority she introduced the Indigenous Business Participation Framework with the Tsawwassen, Musqueam and Squamish Nations, and championed the reasonable-accommodation and return-to-work program for the construction workforce. She sponsors the port's Women in Engineering mentoring circle and its Pride employee resource group, and she represented management at the 2023 ILWU Canada longshore negotiations.

Outside work, Karen rows with the Vancouver Rowing Club and volunteers as a judge for the Science World Engineering Challenge.

Media: media@portvancouver.com
""",
s=[],
keep=["Vice President, Infrastructure Delivery", "Roberts Bank Terminal 2 project",
      "Director of Project Controls", "BASc in Civil Engineering from the University of British Columbia",
      "Indigenous Business Participation Framework with the Tsawwassen, Musqueam and Squamish Nations",
      "reasonable-accommodation and return-to-work program",
      "sponsors the port's Women in Engineering mentoring circle and its Pride employee resource group",
      "represented management at the 2023 ILWU Canada longshore negotiations"],
contact=["Karen Østergaard-Whyte", "Karen", "media@portvancouver.com"]))
