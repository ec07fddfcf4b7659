from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 031 - Kenya, annual-report board biography, bank CEO
BOOK.add("""
PWANI COMMERCIAL BANK LIMITED — Annual Report 2024
Board of Directors

Rahim Karmali Jaffer — Group Chief Executive Officer (Executive Director)
Age 52. Appointed to the Board in 2018.

Rahim is a Chartered Banker (CIB, London) and a Certified Public Accountant of Kenya with 28 years in banking across East Africa. Before joining Pwani he was Managing Director of a regional subsidiary of Standard Chartered in Tanzania and earlier head of corporate banking at Diamond Trust Bank. Since becoming Group CEO he has led the acquisition of Tana Microfinance, launched the bank's agency banking network (3,200 agents) and sponsored the group DEI programme, which raised women's representation in senior management from 19% to 38%.

He holds a BCom from the University of Nairobi and an MBA from INSEAD.

Rahim is a Kenyan of Gujarati origin whose family has lived on the coast since the 1890s. A member of the Ismaili community, he serves in a voluntary capacity on the Aga Khan Council for Kenya. He is married to Shamim, a dentist, and they have two daughters.

Other directorships: Kenya Bankers Association (Council Member); Mombasa Port Community Charter (Trustee).

Company Secretary: Mrs Lucy Wairimu Mwangi, P.O. Box 90210-80100, Mombasa
""",
    [(A, "Age 52"),
     (E, "a Kenyan of Gujarati origin"),
     (R, "A member of the Ismaili community"),
     (R, "serves in a voluntary capacity on the Aga Khan Council for Kenya"),
     (F, "He is married to Shamim, a dentist, and they have two daughters")],
    ["Group Chief Executive Officer (Executive Director)", "Chartered Banker (CIB, London)",
     "Certified Public Accountant of Kenya",
     "Managing Director of a regional subsidiary of Standard Chartered in Tanzania",
     "head of corporate banking at Diamond Trust Bank",
     "led the acquisition of Tana Microfinance", "sponsored the group DEI programme",
     "MBA from INSEAD", "Kenya Bankers Association (Council Member)"],
    ["Rahim Karmali Jaffer", "Mrs Lucy Wairimu Mwangi", "P.O. Box 90210-80100, Mombasa"])

# 032 - Canada, deputy minister, candidate statement
BOOK.add("""
Dr. Danielle Fontaine-Ross
Deputy Minister of Agriculture, Government of Manitoba
Winnipeg, MB · d.fontaineross@gmail.com · 204-555-0139

Candidate statement — President & CEO, Prairie Crop Research Council

I am a plant pathologist who became a public servant. I spent eleven years as a research scientist at Agriculture and Agri-Food Canada's Morden centre, as a member of PIPSC, before moving into policy in 2009.

Career
2019–  Deputy Minister of Agriculture, Manitoba — led the province's 2021 drought response (C$340M AgriRecovery) and the merger of two crop-insurance agencies into Manitoba Agricultural Services Corporation
2014–2019  Assistant Deputy Minister, Policy and Innovation
2009–2014  Director, Science Policy, AAFC (Ottawa)
1998–2009  Research Scientist, AAFC Morden

Education: PhD Plant Science, University of Manitoba; BSc Agr., Université Laval. ICD.D.

Personal
I'm a Métis citizen, registered with the Manitoba Métis Federation. I live with Crohn's disease and have had two bowel resections; it has not stopped me doing the job. In 2018 genetic testing showed I am homozygous C282Y for hereditary haemochromatosis. My partner, Lise Gagnon, is a nurse practitioner. A conviction for shoplifting in 1987 was pardoned in 1999; I mention it because your screening asks.

References: Mr. Kevin Bruce, former Clerk of the Executive Council; Dr. Amara Singh, AAFC Morden.
""",
    [(U, "as a member of PIPSC"),
     (E, "I'm a Métis citizen, registered with the Manitoba Métis Federation"),
     (H, "I live with Crohn's disease and have had two bowel resections"),
     (G, "genetic testing showed I am homozygous C282Y for hereditary haemochromatosis"),
     (S, "My partner, Lise Gagnon"),
     (C, "A conviction for shoplifting in 1987 was pardoned in 1999")],
    ["Deputy Minister of Agriculture, Manitoba",
     "led the province's 2021 drought response (C$340M AgriRecovery)",
     "merger of two crop-insurance agencies into Manitoba Agricultural Services Corporation",
     "Assistant Deputy Minister, Policy and Innovation",
     "Director, Science Policy, AAFC", "Research Scientist, AAFC Morden",
     "PhD Plant Science, University of Manitoba", "BSc Agr., Université Laval"],
    ["Dr. Danielle Fontaine-Ross", "Winnipeg, MB", "d.fontaineross@gmail.com",
     "204-555-0139", "Mr. Kevin Bruce", "Dr. Amara Singh"])

# 033 - Australia, resources disputes partner
BOOK.add("""
Campbell Ritchie
Partner — Resources & Energy Disputes
Kingsford Moore, Level 24, 240 St Georges Terrace, Perth WA 6000
+61 8 9211 4470 · critchie@kingsfordmoore.com.au

Born 1970, Kalgoorlie.

Practice
Twenty years in mining and energy disputes: joint-venture deadlocks, royalty claims, native title compensation and workplace fatality prosecutions under the WHS (Mines) Act. Counsel to the trustee of a union-linked superannuation fund (construction and mining members) in a A$90m claim against a former investment consultant.

Highlights
• Acted for the defendant operator in the first industrial manslaughter prosecution in WA (2024)
• Won the Pilbara Iron Ore JV arbitration (ICC, A$1.2bn)
• Secured a native title compensation settlement for a mid-tier gold miner

Career: Partner, Kingsford Moore (2011–); Senior Associate, Allens (2004–2011); Associate to a judge of the Supreme Court of WA (2001–2002)

Education: LLB (Hons), BCom, University of Western Australia; admitted 2002

Personal: Married with three kids, two dogs. I worked through uni as a shelf-stacker at Woolies and was an SDA member. I pleaded guilty to drink-driving in 2002 (no conviction recorded) and disclose it for admission-style checks. My AncestryDNA test in 2020 turned up a half-brother in Adelaide, now a regular at our Christmas table.
""",
    [(A, "Born 1970"),
     (F, "Married with three kids"),
     (U, "was an SDA member"),
     (C, "I pleaded guilty to drink-driving in 2002 (no conviction recorded)"),
     (G, "My AncestryDNA test in 2020"),
     (F, "turned up a half-brother in Adelaide")],
    ["Partner — Resources & Energy Disputes",
     "Counsel to the trustee of a union-linked superannuation fund",
     "Acted for the defendant operator in the first industrial manslaughter prosecution in WA",
     "Won the Pilbara Iron Ore JV arbitration (ICC, A$1.2bn)",
     "Senior Associate, Allens", "Supreme Court of WA",
     "LLB (Hons), BCom, University of Western Australia"],
    ["Campbell Ritchie", "Level 24, 240 St Georges Terrace, Perth WA 6000",
     "+61 8 9211 4470", "critchie@kingsfordmoore.com.au"])

# 034 - UK, vice-chancellor application
BOOK.add("""
Professor Rajesh Menon FRS
Vice-Chancellor, University of the Marches (since 2018)
vc@marches.ac.uk · personal: rajmenon.home@gmail.com · 07712 304 889

Application for Vice-Chancellor and President, Northern Metropolitan University

Career
2018–  Vice-Chancellor, University of the Marches: brought the institution out of an OfS enhanced-monitoring regime; led the merger with Hereford College of Arts; grew research income from £18m to £41m
2012–2018  Pro-Vice-Chancellor (Research), University of Bristol
1996–2012  Lecturer to Professor of Population Genetics, UCL; Director, UCL Genetics Institute (2008–12)

Honours: FRS (2015); FMedSci; CBE 2022.

Selected leadership
• Chaired the UUK working group on pension reform during the 2022–23 USS dispute (employers' side)
• Led the university's negotiations with the local UCU branch on workload

Personal
I was a UCU member throughout my academic career and only let it lapse on becoming a Vice-Chancellor. I've been a member of the Green Party since 2010. I'm 57. My husband, Daniel, is a composer; we married in 2015. As a geneticist I could hardly refuse: I've done a 23andMe test and know I am APOE e4/e4, which I talk about publicly to encourage dementia research participation. I also had prostate cancer surgery in 2021. In 1995, as a postdoc, I was arrested at Faslane and convicted of breach of the peace; it's on the public record and I won't hide it.
""",
    [(U, "I was a UCU member throughout my academic career"),
     (P, "I've been a member of the Green Party since 2010"),
     (A, "I'm 57"),
     (S, "My husband, Daniel, is a composer; we married in 2015"),
     (G, "I've done a 23andMe test and know I am APOE e4/e4"),
     (H, "I also had prostate cancer surgery in 2021"),
     (C, "I was arrested at Faslane and convicted of breach of the peace")],
    ["brought the institution out of an OfS enhanced-monitoring regime",
     "led the merger with Hereford College of Arts",
     "Pro-Vice-Chancellor (Research), University of Bristol",
     "Lecturer to Professor of Population Genetics, UCL",
     "Director, UCL Genetics Institute", "CBE 2022",
     "Chaired the UUK working group on pension reform",
     "Led the university's negotiations with the local UCU branch on workload"],
    ["Professor Rajesh Menon", "vc@marches.ac.uk", "rajmenon.home@gmail.com",
     "07712 304 889"])

# 035 - Hong Kong, listed-company announcement of INED appointment
BOOK.add("""
APPOINTMENT OF INDEPENDENT NON-EXECUTIVE DIRECTOR

The board of directors (the "Board") of Victoria Harbour Holdings Limited (the "Company") announces that Mr. Kenneth Leung Chi-ming ("Mr. Leung") has been appointed as an independent non-executive director and Chairman of the Audit Committee with effect from 1 July 2025.

Mr. Leung, aged 62, has over 35 years of experience in audit and corporate finance. He was a partner of a Big Four accounting firm in Hong Kong from 1998 to 2020, leading its capital markets practice, and subsequently served as Chief Financial Officer of Pacific Meridian Logistics Limited (stock code: 1688). He is a Fellow of the Hong Kong Institute of Certified Public Accountants and of the Association of Chartered Certified Accountants, and holds a Bachelor of Business Administration from the Chinese University of Hong Kong.

Mr. Leung is a Canadian citizen and a Hong Kong permanent resident. He is the brother-in-law of Mr. Chan Wai-man, the Chairman and an executive director of the Company; the Board has considered his independence in light of Rule 3.13 of the Listing Rules.

In 2008, Mr. Leung was convicted of an offence under section 328 of the Securities and Futures Ordinance for late disclosure of interests and fined HK$50,000.

Save as disclosed above, there is no other information to be disclosed pursuant to Rule 13.51(2)(h) to (v) of the Listing Rules.

By order of the Board
Victoria Harbour Holdings Limited
Ms. Tse Wing-yan, Company Secretary
Hong Kong, 20 June 2025
""",
    [(A, "aged 62"),
     (E, "a Canadian citizen and a Hong Kong permanent resident"),
     (F, "He is the brother-in-law of Mr. Chan Wai-man"),
     (C, "convicted of an offence under section 328 of the Securities and Futures Ordinance for late disclosure of interests and fined HK$50,000")],
    ["independent non-executive director and Chairman of the Audit Committee",
     "partner of a Big Four accounting firm in Hong Kong",
     "leading its capital markets practice",
     "Chief Financial Officer of Pacific Meridian Logistics Limited",
     "Fellow of the Hong Kong Institute of Certified Public Accountants",
     "Association of Chartered Certified Accountants",
     "Bachelor of Business Administration from the Chinese University of Hong Kong"],
    ["Mr. Kenneth Leung Chi-ming", "Mr. Leung", "Ms. Tse Wing-yan"])

# 036 - US, portfolio manager resume
BOOK.add("""
Alexandra Pierce, CFA
Portfolio Manager, U.S. Small-Cap Value | Boston, MA
apierce.cfa@gmail.com | 617-555-0110 | linkedin.com/in/alexandra-pierce-cfa

Summary
Fundamental small-cap value investor; lead PM on $4.2B across mutual fund and institutional separate accounts. 5-year net alpha of 2.1% annualized vs. Russell 2000 Value.

Experience
Beacon Street Investors — Portfolio Manager (2019–present); Senior Analyst, Industrials and Healthcare (2013–2019)
- Led our engagement with a regional hospital operator during its merger, resulting in two independent board seats
- Built a proprietary screen for biometric-security and identity names; 3 of 5 holdings acquired at premiums
Fidelity Investments — Equity Research Associate (2009–2013)

Education
MBA, MIT Sloan (2013) · BA Economics, Bowdoin College (2009) · CFA charterholder

Personal
I'm 38. My wife, Rebecca, and I live in Jamaica Plain. My juvenile record (a 2003 shoplifting adjudication in Maine) was sealed, but Beacon's compliance form asks, so here it is. Genetic testing in 2020 found I carry the factor V Leiden mutation; after a clot in 2019 I take a blood thinner and need aisle seats on long flights.
""",
    [(A, "I'm 38"),
     (S, "My wife, Rebecca"),
     (C, "My juvenile record (a 2003 shoplifting adjudication in Maine) was sealed"),
     (G, "Genetic testing in 2020 found I carry the factor V Leiden mutation"),
     (H, "after a clot in 2019 I take a blood thinner")],
    ["Portfolio Manager, U.S. Small-Cap Value",
     "lead PM on $4.2B across mutual fund and institutional separate accounts",
     "Beacon Street Investors — Portfolio Manager",
     "Led our engagement with a regional hospital operator during its merger",
     "Built a proprietary screen for biometric-security and identity names",
     "Fidelity Investments — Equity Research Associate", "MBA, MIT Sloan",
     "BA Economics, Bowdoin College"],
    ["Alexandra Pierce", "Boston, MA", "apierce.cfa@gmail.com", "617-555-0110",
     "linkedin.com/in/alexandra-pierce-cfa"])

# 037 - Singapore, charity board director
BOOK.add("""
NUR AISYAH TAN (née Catherine Tan Hui Min)
Board Director and Audit Committee Chair — charities and social enterprises
Singapore · aisyah.tan@singnet.com.sg · +65 9123 7745

Profile
Chartered accountant and former Big Four audit director, now a full-time board director in the charity sector. I chair audit committees, rebuild finance functions after governance failures and sit on the Charity Council's working group on reserves policy.

Board roles
• Audit Committee Chair, Lighthouse Community Services (2019–)
• Independent Director, Harbourfront Social Enterprise Fund (2021–)
• Finance adviser to the Islamic Religious Council of Singapore's zakat audit review (2022, paid engagement)
• Founding board member, Sapphire Circle, a support network for queer women (2014–2018)

Executive career
Deloitte Singapore — Audit Director, public sector and charities (2006–2018)
Accountant-General's Department — Senior Accountant (2000–2006)

Education: BAcc (Hons), Nanyang Technological University; CA (Singapore)

Personal
I'm Eurasian on my mother's side. I converted to Islam in 2004, which is why I go by Aisyah. My husband Farid and I are foster parents to two children under the ministry's fostering scheme.
""",
    [(S, "Founding board member, Sapphire Circle, a support network for queer women (2014–2018)"),
     (E, "I'm Eurasian on my mother's side"),
     (R, "I converted to Islam in 2004"),
     (F, "My husband Farid and I are foster parents to two children")],
    ["Audit Committee Chair, Lighthouse Community Services",
     "Independent Director, Harbourfront Social Enterprise Fund",
     "Finance adviser to the Islamic Religious Council of Singapore's zakat audit review (2022, paid engagement)",
     "Deloitte Singapore — Audit Director, public sector and charities",
     "Accountant-General's Department — Senior Accountant",
     "BAcc (Hons), Nanyang Technological University", "CA (Singapore)",
     "Charity Council's working group on reserves policy"],
    ["NUR AISYAH TAN", "Catherine Tan Hui Min", "aisyah.tan@singnet.com.sg",
     "+65 9123 7745"])

# 038 - India, retired IAS officer, bio-data
BOOK.add("""
BIO-DATA

Name: Shri Rakesh Prasad Mahto, IAS (Retd.)
Date of Birth: 20-01-1959
Present Address: B-7, Officers' Colony, Doranda, Ranchi 834002, Jharkhand
Phone / Email: +91 94311 25680 / rpmahto59@gmail.com

Service: Indian Administrative Service, 1983 batch (Bihar cadre, later Jharkhand cadre)
Last post held: Chief Secretary, Government of Jharkhand (2016–2019)

Key assignments
• Secretary, Food & Public Distribution: led the biometric ration-card (ePoS) project covering 57 lakh households
• Deputy Commissioner, Hazaribagh and Dhanbad — launched Aadhaar enrolment in 2011; his own were the first biometrics captured in the district
• Managing Director, Jharkhand State Mineral Development Corporation
• Joint Secretary, Ministry of Coal, Government of India (2005–2010)

Education: M.A. (Economics), Patna University; Mid-Career Training Phase V, LBSNAA

Post-retirement: Independent Director, Eastern Coalfields Ltd; Chairman, Chotanagpur Skill Foundation

Community: Kurmi (OBC)
Marital status: Married; one son (settled in Bengaluru), one daughter
Political: Contested the 2019 Lok Sabha election from Hazaribagh as a BJP candidate; not active since.
Health: Bypass surgery 2021; fit.

Declaration: I hereby declare that the particulars above are true.
Place: Ranchi                                     (R. P. Mahto)
""",
    [(A, "Date of Birth: 20-01-1959"),
     (G, "his own were the first biometrics captured in the district"),
     (E, "Community: Kurmi (OBC)"),
     (F, "Marital status: Married; one son (settled in Bengaluru), one daughter"),
     (P, "Contested the 2019 Lok Sabha election from Hazaribagh as a BJP candidate"),
     (H, "Bypass surgery 2021")],
    ["Indian Administrative Service, 1983 batch", "Chief Secretary, Government of Jharkhand",
     "led the biometric ration-card (ePoS) project covering 57 lakh households",
     "Deputy Commissioner, Hazaribagh and Dhanbad",
     "Managing Director, Jharkhand State Mineral Development Corporation",
     "Joint Secretary, Ministry of Coal", "M.A. (Economics), Patna University",
     "Independent Director, Eastern Coalfields Ltd"],
    ["Shri Rakesh Prasad Mahto", "B-7, Officers' Colony, Doranda, Ranchi 834002, Jharkhand",
     "+91 94311 25680", "rpmahto59@gmail.com", "R. P. Mahto"])

# 039 - UAE, chief medical officer applying for hospital director
BOOK.add("""
Dr Hiba Osman Elamin
Chief Medical Officer — applying for Hospital Director
hiba.elamin@corniche-health.ae · +971 50 771 2384

Summary
Haematologist-oncologist and hospital executive. CMO of a 350-bed tertiary hospital; led JCI reaccreditation twice and the 2021 merger with a day-surgery group.

Experience
Corniche Specialty Hospital, Abu Dhabi — Chief Medical Officer (2018–present)
• Led the merger with Gulf Day Surgery Centres (4 sites) and the integration of their clinical governance
• Opened the UAE's second bone-marrow transplant unit in a private hospital
• Chaired the DoH Abu Dhabi working group on premarital genetic screening capacity
Sheikh Khalifa Medical City — Consultant Haematologist (2010–2018)
Soba University Hospital, Khartoum — Registrar (2003–2008)

Qualifications: MBBS (University of Khartoum); MRCP (UK); FRCPath; Executive MBA, INSEAD Abu Dhabi

Personal
Sudanese national, UAE resident since 2008. Married, two sons. I am a survivor of Hodgkin lymphoma (treated 2001, as a medical student) — it is part of why I chose haematology. Premarital screening showed I carry sickle cell trait. Before leaving Khartoum I was an elected member of the Sudan Doctors' Union executive committee.
""",
    [(E, "Sudanese national"),
     (F, "Married, two sons"),
     (H, "I am a survivor of Hodgkin lymphoma (treated 2001, as a medical student)"),
     (G, "Premarital screening showed I carry sickle cell trait"),
     (U, "I was an elected member of the Sudan Doctors' Union executive committee")],
    ["Corniche Specialty Hospital, Abu Dhabi — Chief Medical Officer",
     "Led the merger with Gulf Day Surgery Centres",
     "Opened the UAE's second bone-marrow transplant unit in a private hospital",
     "Chaired the DoH Abu Dhabi working group on premarital genetic screening capacity",
     "Sheikh Khalifa Medical City — Consultant Haematologist",
     "MBBS (University of Khartoum)", "FRCPath", "Executive MBA, INSEAD Abu Dhabi"],
    ["Dr Hiba Osman Elamin", "hiba.elamin@corniche-health.ae", "+971 50 771 2384"])

# 040 - UK, hedge-fund founder profile for press
BOOK.add("""
Profile: Edward Lau-Fairbairn (b. 1979)
Founder & CIO, Kestrel Ridge Capital LLP — London

Edward founded Kestrel Ridge in 2014 after eight years as a credit trader at Deutsche Bank. The firm runs US$3.4bn in event-driven credit, with a flagship fund that has returned 9.8% a year net since launch and lost money in only one calendar year (2022). He chairs its risk committee and remains the largest investor in the fund.

Previously: Director, Distressed Credit Trading, Deutsche Bank (2006–2014); Analyst, J.P. Morgan Leveraged Finance (2001–2006). MA Mathematics, Trinity College, Cambridge. Trustee of the Education Endowment Foundation (expenses only).

In 2011 he was acquitted at Southwark Crown Court of insider dealing charges brought by the FSA; he speaks about the experience at compliance conferences.

He is a Conservative Party donor (£50,000 in 2019, recorded by the Electoral Commission). He lives in Notting Hill with his partner, David Cho, a cardiologist. In 2021 he had his whole genome sequenced by a consumer service and now funds research into the one rare variant it flagged.

Press enquiries: Hollis Reid Communications — kestrel@hollisreid.com, +44 20 7100 8812
""",
    [(A, "(b. 1979)"),
     (C, "acquitted at Southwark Crown Court of insider dealing charges brought by the FSA"),
     (P, "He is a Conservative Party donor (£50,000 in 2019, recorded by the Electoral Commission)"),
     (S, "his partner, David Cho"),
     (G, "had his whole genome sequenced by a consumer service")],
    ["Founder & CIO, Kestrel Ridge Capital LLP", "US$3.4bn in event-driven credit",
     "chairs its risk committee", "Director, Distressed Credit Trading, Deutsche Bank",
     "Analyst, J.P. Morgan Leveraged Finance", "MA Mathematics, Trinity College, Cambridge",
     "Trustee of the Education Endowment Foundation"],
    ["Edward Lau-Fairbairn", "kestrel@hollisreid.com", "+44 20 7100 8812"])
