CVS = [
(1, """
CURRICULUM VITAE

Name: Mohammad Kheir Al-Halabi
Address: Flat 3, 41 Stratford Road, Sparkhill, Birmingham B11 1QS
Mobile: 07723 418 906    Email: m.alhalabi.pharm@gmail.com
Nationality: Syrian (refugee status granted by the Home Office, March 2022)
Date of birth: 14/02/1981

PROFILE
Community pharmacist with 14 years' practice in Aleppo, now working towards GPhC registration through the Overseas Pharmacists' Assessment Programme. I am a calm, careful dispenser who is used to working under pressure with few resources.

QUALIFICATIONS
- B.Pharm, University of Aleppo, 2004
- UK ENIC Statement of Comparability: comparable to British Bachelor (Honours) degree, 2022
- IELTS Academic 7.0 (2023)
- OSPAP bridging module, Aston University (in progress)

EXPERIENCE
Pharmacy Assistant (NVQ Level 2 in progress) - Well Pharmacy, Sparkbrook, 2022-present
Owner / Responsible Pharmacist - Al-Shifa Pharmacy, Aleppo, 2006-2016
Volunteer Interpreter (Arabic-English) - Refugee Action, Birmingham, 2021-2022
  * interpreted at GP and housing appointments for newly arrived families

GAP 2016-2021
We left Aleppo in 2016 and spent four years in Gaziantep, Turkey, where I worked unofficially in a pharmacy warehouse. Our resettlement case was processed by UNHCR, and my fingerprints and iris scan were taken at the Gaziantep registration centre.

PERSONAL
Married, three children (aged 15, 11 and 6).
I pray at Green Lane Masjid on Fridays and would ask for a short break at midday that day.

REFERENCES
Mrs Joanne Pryce, Store Manager, Well Pharmacy - 0121 772 5530
""",
[("E","Nationality: Syrian (refugee status granted by the Home Office, March 2022)"),("D","Date of birth: 14/02/1981"),
 ("E","Our resettlement case was processed by UNHCR"),("G","my fingerprints and iris scan were taken at the Gaziantep registration centre"),
 ("F","Married, three children (aged 15, 11 and 6)."),("R","I pray at Green Lane Masjid on Fridays")],
["Community pharmacist","B.Pharm, University of Aleppo, 2004","UK ENIC Statement of Comparability","IELTS Academic 7.0",
 "Pharmacy Assistant","Well Pharmacy, Sparkbrook","Al-Shifa Pharmacy, Aleppo","Volunteer Interpreter (Arabic-English) - Refugee Action, Birmingham",
 "interpreted at GP and housing appointments for newly arrived families"],
["Mohammad Kheir Al-Halabi","Flat 3, 41 Stratford Road, Sparkhill, Birmingham B11 1QS","07723 418 906","m.alhalabi.pharm@gmail.com","Mrs Joanne Pryce","0121 772 5530"]),

(2, """
Abdul Wahid Noorzai
Salford, Greater Manchester | +44 7468 220 193 | wahid.noorzai@outlook.com

About me
I worked for seven years as a language assistant with the British Army in Helmand and came to the UK under the ARAP scheme in August 2021 with my wife and our four daughters. I am 38. I want to move into logistics or warehouse supervision, where I can use my organisation and my four languages (Pashto, Dari, Urdu, English).

Work history
2022 - now    Warehouse Operative (nights), DHL Supply Chain, Trafford Park
2012 - 2019   Interpreter / Cultural Adviser, British Forces, Camp Bastion and Lashkar Gah
               - interpreted at shuras with village elders and district police
               - translated detainee interviews and medical consultations
2009 - 2012   Shopkeeper, family store, Lashkar Gah bazaar

Training
Forklift counterbalance licence (RTITB) 2022
English for Work, Salford City College, Entry 3 pass
Food Hygiene Level 2

Other things an employer should know
I was injured by an IED in 2011 and have a metal plate in my left forearm; I can lift normally but not above 25 kg repeatedly.
Some nights I sleep badly and I see a counsellor at Greater Manchester Resilience Hub. It does not affect my attendance.
My brothers are still in Afghanistan and were threatened by the Taliban because of my work, so I prefer not to appear in photos on company social media.

Referee: Major (retd) Simon Hartley, formerly 1st Bn Royal Anglian - simon.hartley@btinternet.com
""",
[("E","came to the UK under the ARAP scheme in August 2021"),("F","with my wife and our four daughters"),("D","I am 38."),
 ("H","I was injured by an IED in 2011 and have a metal plate in my left forearm"),("H","I see a counsellor at Greater Manchester Resilience Hub")],
["Warehouse Operative (nights), DHL Supply Chain, Trafford Park","Interpreter / Cultural Adviser, British Forces","translated detainee interviews and medical consultations",
 "Forklift counterbalance licence (RTITB)","English for Work, Salford City College","Food Hygiene Level 2","logistics or warehouse supervision"],
["Abdul Wahid Noorzai","Salford, Greater Manchester","+44 7468 220 193","wahid.noorzai@outlook.com","Major (retd) Simon Hartley","simon.hartley@btinternet.com"]),

(3, """
OKSANA HRYTSENKO
Accountant | ACCA (studying) | Cork
Apt 12, Lapp's Quay Court, Cork T12 X7K2  ·  087 314 9920  ·  oksana.hrytsenko@gmail.com

I arrived in Ireland in April 2022 under the Temporary Protection Directive and hold a Stamp 4 permission. My son is 9 and in 4th class at a local school; my husband is serving in the Armed Forces of Ukraine, so I am the only parent here and prefer day hours.

Experience
Chief Accountant, Agro-Svit LLC, Kharkiv, 2014-2022
  1C Enterprise, IFRS reporting for a Polish parent company, payroll for 160 staff
  Managed VAT refunds and year-end audits with Baker Tilly Ukraine
Accountant, Kharkiv Regional Gas Supply Company, 2008-2014
Bookkeeper (part-time), ClearBooks Accounting Ltd, Cork, 2023-present

Education
Master's in Accounting and Audit, V.N. Karazin Kharkiv National University, 2008
QQI recognition: Level 9 on the Irish NFQ (letter of 11/2022)
ACCA: F1-F4 exemptions granted; sitting PM and FR in 2024

Languages: Ukrainian (native), Russian (fluent), English B2 (Cambridge FCE), Polish A2

Outside work
I sing in the choir at St Volodymyr's Ukrainian Greek-Catholic parish on Sundays.
I was a member of the trade union of the gas company's office staff until I left.
Born 1985 in Lozova.

References on request.
""",
[("E","I arrived in Ireland in April 2022 under the Temporary Protection Directive and hold a Stamp 4 permission"),
 ("F","My son is 9 and in 4th class at a local school"),("F","my husband is serving in the Armed Forces of Ukraine, so I am the only parent here"),
 ("R","I sing in the choir at St Volodymyr's Ukrainian Greek-Catholic parish on Sundays."),
 ("T","I was a member of the trade union of the gas company's office staff"),("D","Born 1985")],
["Chief Accountant, Agro-Svit LLC, Kharkiv","IFRS reporting","Accountant, Kharkiv Regional Gas Supply Company","Bookkeeper (part-time), ClearBooks Accounting Ltd, Cork",
 "Master's in Accounting and Audit, V.N. Karazin Kharkiv National University","QQI recognition: Level 9 on the Irish NFQ","ACCA: F1-F4 exemptions granted"],
["OKSANA HRYTSENKO","Apt 12, Lapp's Quay Court, Cork T12 X7K2","087 314 9920","oksana.hrytsenko@gmail.com"]),

(4, """
RESUME - prepared with COSTI Immigrant Services Employment Program

Name:        Yonas Tesfamariam Ghebrehiwet
Address:     88 Thorncliffe Park Dr, Unit 1507, Toronto ON M4H 1L3
Phone:       (647) 555-0184
Email:       yonas.ghebre@yahoo.ca
Status:      Protected person (IRB decision 2021), PR application in process

CAREER OBJECTIVE
To work as an electrician's apprentice and complete my 309A licence.

SUMMARY OF SKILLS
* 6 years of electrical installation work in Asmara (residential and workshops)
* Reads single-line diagrams; conduit bending; panel wiring
* WHMIS and Working at Heights certified
* Languages: Tigrinya, Arabic, Amharic, English (CLB 6)

WORK EXPERIENCE
General Labourer, Bird Construction (via Labour Ready), Toronto      2022-present
Electrician, Asmara Electrical Works, Eritrea                          2008-2014
National service, Sawa and Assab                                       2005-2008

OTHER INFORMATION
From 2014 to 2016 I was imprisoned in Eritrea without trial after I refused to return to national service. I belong to a Pentecostal church, which is banned in Eritrea, and this was one of the reasons. I crossed to Sudan and then Libya, and reached Canada through private sponsorship by my cousin's church group.
I am 37 years old and single.

EDUCATION
Diploma, Electricity, Asmara Technical School (WES evaluation: equivalent to Ontario college diploma, 2023)
Pre-apprenticeship program, George Brown College (2023)

REFERENCES
Mr. Daniel Wolde, Employment Counsellor, COSTI - (416) 555-0129
""",
[("E","Status:      Protected person (IRB decision 2021)"),("C","From 2014 to 2016 I was imprisoned in Eritrea without trial"),
 ("R","I belong to a Pentecostal church"),("E","reached Canada through private sponsorship by my cousin's church group"),
 ("D","I am 37 years old"),("F","and single")],
["Electrician, Asmara Electrical Works, Eritrea","General Labourer, Bird Construction","WHMIS and Working at Heights certified",
 "Diploma, Electricity, Asmara Technical School","Pre-apprenticeship program, George Brown College","electrician's apprentice","Employment Counsellor, COSTI"],
["Yonas Tesfamariam Ghebrehiwet","88 Thorncliffe Park Dr, Unit 1507, Toronto ON M4H 1L3","(647) 555-0184","yonas.ghebre@yahoo.ca","Mr. Daniel Wolde","(416) 555-0129"]),

(5, """
Dr Hiba Abdelrahman Osman, MBBS
Clinical Attachment Doctor (seeking FY2-level post)
Leicester LE2 | 07931 660 412 | hiba.osman.md@gmail.com | GMC ref 7748120 (provisional)

Summary
Sudanese-trained physician with six years in internal medicine. Passed PLAB 2 in September 2023; GMC registration pending. Relocated from Khartoum after April 2023.

Clinical experience
- Clinical Observer, Leicester Royal Infirmary, Acute Medicine, Nov 2023 - Feb 2024
- Medical Officer, Soba University Hospital, Khartoum, 2018-2023
  (DKA protocol audit; ran the sickle cell outpatient clinic on Thursdays)
- House Officer, Omdurman Teaching Hospital, 2017-2018

Education & exams
MBBS, University of Khartoum, 2016
PLAB 1 (March 2023), PLAB 2 (September 2023)
OET Medicine: grade B in all four subtests
ALS (Resuscitation Council UK), 2023

Why the gap since April 2023
The war reached our neighbourhood in Khartoum. I came to the UK on a family visa as my husband is a British citizen working in Leicester; our son was born in January 2024 and I returned to studying when he was three months old.

I was an elected committee member of the Sudan Doctors' Union in Khartoum and took part in the 2019 strikes. I marched for civilian rule that year, too.

References
Dr Mark Ellery, Consultant Acute Physician, LRI - mark.ellery@uhl-tr.nhs.uk
""",
[("E","Sudanese-trained physician"),("F","my husband is a British citizen working in Leicester"),("F","our son was born in January 2024"),
 ("T","I was an elected committee member of the Sudan Doctors' Union in Khartoum and took part in the 2019 strikes"),
 ("P","I marched for civilian rule that year, too.")],
["Clinical Observer, Leicester Royal Infirmary, Acute Medicine","Medical Officer, Soba University Hospital, Khartoum","ran the sickle cell outpatient clinic on Thursdays",
 "MBBS, University of Khartoum, 2016","PLAB 2","OET Medicine","ALS (Resuscitation Council UK)","DKA protocol audit"],
["Dr Hiba Abdelrahman Osman","Leicester LE2","07931 660 412","hiba.osman.md@gmail.com","GMC ref 7748120","Dr Mark Ellery","mark.ellery@uhl-tr.nhs.uk"]),

(6, """
LUIS ALBERTO PERDOMO RIVAS
Doral, FL 33178 · (786) 555-0147 · luisperdomo.ing@gmail.com · linkedin.com/in/luisperdomo-ve

PETROLEUM ENGINEER → PROJECT COORDINATOR

Eleven years at PDVSA in upstream operations, now in Miami under Temporary Protected Status with an EAD valid to 2025. Looking for a project coordination role in construction or energy.

EXPERIENCE
Dispatcher / Operations Coordinator — Amerant Logistics, Miami, FL — 2021–Present
  Coordinate 40 drivers daily; cut late deliveries by 18%
Production Engineer — PDVSA, Maturín, Monagas — 2007–2018
  Artificial-lift optimisation across 120 wells; supervised 9 technicians
  Left after signing the 2016 recall petition against Maduro; engineers who signed were put on a list and I was dismissed in 2018.

EDUCATION
B.S. Petroleum Engineering, Universidad de Oriente, 2006 (evaluated by Josef Silny & Associates as U.S. bachelor's equivalent)
PMP — in preparation, 35 contact hours completed (2023)

SKILLS
MS Project · AutoCAD · Excel/Power BI · Spanish (native) · English (advanced)

PERSONAL
My husband Andrés and I married in Miami in 2022. I play in a Sunday softball league.
Age 41.
""",
[("E","now in Miami under Temporary Protected Status with an EAD valid to 2025"),
 ("P","Left after signing the 2016 recall petition against Maduro"),("X","My husband Andrés and I married in Miami in 2022."),("D","Age 41.")],
["Dispatcher / Operations Coordinator — Amerant Logistics, Miami, FL","Production Engineer — PDVSA, Maturín, Monagas","Artificial-lift optimisation across 120 wells",
 "B.S. Petroleum Engineering, Universidad de Oriente, 2006","PMP — in preparation","MS Project"],
["LUIS ALBERTO PERDOMO RIVAS","Doral, FL 33178","(786) 555-0147","luisperdomo.ing@gmail.com","linkedin.com/in/luisperdomo-ve"]),

(7, """
Marie-Claude Jean-Baptiste
34 Fessenden St, Apt 2, Mattapan, MA 02126
617-555-0193  |  mcjeanbaptiste@gmail.com

OBJECTIVE: Certified Nursing Assistant position, day or evening shift.

CERTIFICATION
Massachusetts CNA, Red Cross training program, 2023
CPR/BLS, American Heart Association, 2023

EXPERIENCE
Home Health Aide — Caring Hearts Home Care, Dorchester, 2022–present
   - bathing, transfers, medication reminders for 6 elderly clients
   - Haitian Creole interpretation for clients and their families at nurse visits
Nurse auxiliary (auxiliaire) — Hôpital Saint-Damien, Port-au-Prince, 2012–2021
   - pediatric ward, 30 beds; vaccination days

EDUCATION
Diploma, École d'Auxiliaires Infirmières, Port-au-Prince, 2011

About me
I came from Haiti in 2021 through humanitarian parole and now have TPS. I am a single mother of two (ages 8 and 12). I am diabetic and manage it with insulin, so I need a short break to eat on long shifts.
I sing at the Haitian Baptist church in Mattapan on Sundays and Wednesdays, so I cannot work Wednesday evenings.

LANGUAGES
Haitian Creole, French, English

REFERENCES
Nadège Pierre-Louis, RN, Caring Hearts Home Care — 617-555-0168
""",
[("E","I came from Haiti in 2021 through humanitarian parole and now have TPS."),("F","I am a single mother of two (ages 8 and 12)."),
 ("H","I am diabetic and manage it with insulin"),("R","I sing at the Haitian Baptist church in Mattapan on Sundays and Wednesdays")],
["Massachusetts CNA","CPR/BLS, American Heart Association","Home Health Aide — Caring Hearts Home Care, Dorchester","Haitian Creole interpretation for clients and their families at nurse visits",
 "Nurse auxiliary (auxiliaire) — Hôpital Saint-Damien, Port-au-Prince","Diploma, École d'Auxiliaires Infirmières"],
["Marie-Claude Jean-Baptiste","34 Fessenden St, Apt 2, Mattapan, MA 02126","617-555-0193","mcjeanbaptiste@gmail.com","Nadège Pierre-Louis, RN","617-555-0168"]),

(8, """
NGUYEN THI HONG NHUNG (Nhung)
Footscray VIC 3011  |  0412 886 305  |  nhung.nguyen.au@gmail.com

CAREER CHANGE: NAIL TECHNICIAN TO DENTAL ASSISTANT

Summary
For twelve years I ran a small nail salon, first in Da Nang and then in Footscray. Breathing acetone every day gave me adult-onset asthma and my doctor advised me to change career, so I am completing a Certificate III in Dental Assisting. I am good with nervous customers, infection control and bookings.

Work
Owner-operator, Lotus Nails & Beauty, Footscray — 2015 to 2023
Nail technician, Hoa Mai salon, Da Nang — 2009 to 2014
Dental Assistant (placement, 240 hours), Smile Dental Sunshine — 2024

Qualifications
Certificate III in Dental Assisting, Box Hill Institute (due Dec 2024)
Infection Control (HLTINF006)
First Aid HLTAID011

Languages: Vietnamese, English (PTE 58)

Family/availability
I have three kids at school (Year 1, 4 and 7) and my mother-in-law helps, so 8:30–4:30 suits me best.
My father was a South Vietnamese army officer who spent six years in a re-education camp; our family came to Australia on a family reunion visa in 2014.
In 2020 I was told I carry beta thalassaemia trait — some pre-employment bloods may show low MCV, but I am not unwell.

Ref: Dr Priya Raman, Smile Dental Sunshine, 03 9311 5240
""",
[("H","Breathing acetone every day gave me adult-onset asthma"),("F","I have three kids at school (Year 1, 4 and 7)"),
 ("E","our family came to Australia on a family reunion visa in 2014"),("G","I carry beta thalassaemia trait")],
["Owner-operator, Lotus Nails & Beauty, Footscray","Nail technician, Hoa Mai salon, Da Nang","Dental Assistant (placement, 240 hours), Smile Dental Sunshine",
 "Certificate III in Dental Assisting, Box Hill Institute","Infection Control (HLTINF006)","First Aid HLTAID011"],
["NGUYEN THI HONG NHUNG","Footscray VIC 3011","0412 886 305","nhung.nguyen.au@gmail.com","Dr Priya Raman","03 9311 5240"]),

(9, """
Curriculum Vitae - Jean-Pierre Mukendi Kabongo

Address: Room 14, Balseskin Reception Centre, St Margaret's Road, Finglas, Dublin 11
Phone: 089 447 2316
Email: jpmukendi@gmail.com

Profile
I am a qualified secondary school teacher of mathematics and physics from the Democratic Republic of Congo. I am waiting for a decision on my international protection application and have had a labour market access permission since 2023. I want to work as a Special Needs Assistant or tutor while I apply to the Teaching Council.

Experience
Teacher of Mathematics and Physics, Institut Maria Malkia, Lubumbashi, 2010-2021
Head of Science Department, same school, 2016-2021
Volunteer homework club tutor, Finglas Youth Resource Centre, 2023-now
Community translator (Lingala/Swahili/French to English), Doras, 2023 - occasional sessions at the International Protection Office

Education
Licence en Pédagogie appliquée (Maths-Physique), ISP Lubumbashi, 2009
Teaching Council application submitted (Route 3, Further Education)
English: IELTS 6.5

Additional information
I was a delegate of the teachers' union SYECO at my school and I was arrested after the 2021 pay strike; that is why I left.
My wife and our two younger children are still in Kinshasa.
I am receiving treatment for hepatitis B at the Mater; it is controlled.
I was born on 2 October 1983.
""",
[("E","I am waiting for a decision on my international protection application and have had a labour market access permission since 2023"),
 ("T","I was a delegate of the teachers' union SYECO at my school"),("C","I was arrested after the 2021 pay strike"),
 ("F","My wife and our two younger children are still in Kinshasa."),("H","I am receiving treatment for hepatitis B at the Mater"),("D","I was born on 2 October 1983.")],
["Teacher of Mathematics and Physics, Institut Maria Malkia, Lubumbashi","Head of Science Department","Volunteer homework club tutor, Finglas Youth Resource Centre",
 "Community translator (Lingala/Swahili/French to English), Doras","Licence en Pédagogie appliquée (Maths-Physique), ISP Lubumbashi","Special Needs Assistant"],
["Jean-Pierre Mukendi Kabongo","Room 14, Balseskin Reception Centre, St Margaret's Road, Finglas, Dublin 11","089 447 2316","jpmukendi@gmail.com"]),

(10, """
THARSHINI SIVAKUMAR
Scarborough, ON  ·  416-555-0172  ·  tharshini.siva@gmail.com

Bookkeeper / Accounts Payable Clerk

Profile: Organised accounts clerk who arrived in Canada in 2019 as a refugee claimant from the Tamil north of Sri Lanka. Now a permanent resident. Fast and accurate with QuickBooks and Sage 50.

Canadian experience
Accounts Payable Clerk, Tamil Community Housing Co-op, Scarborough (2021–present)
  - 3-way match for 400 invoices a month; HST filings
Cashier, Sri Murugan Grocery, Markham Rd (2019–2021)
Settlement volunteer, Tamil Community Centre — helped families fill in IRCC forms

Sri Lankan experience
Accounts Assistant, Jaffna Co-operative Bank (2011–2018)

Education
AAT Sri Lanka, passed finalist, 2012
Payroll Compliance Practitioner (PCP), National Payroll Institute, 2022
Bridging: Accounting Fundamentals, Centennial College

Personal
Hindu; I keep the Thai Pongal and Deepavali days and would use vacation for them.
I was held for four months in 2009 under the Prevention of Terrorism Act and released without charge — it is why we left.
Married (husband Kumaran is a Uber driver); our daughter is 4.
""",
[("E","arrived in Canada in 2019 as a refugee claimant from the Tamil north of Sri Lanka"),("R","Hindu; I keep the Thai Pongal and Deepavali days"),("C","I was held for four months in 2009 under the Prevention of Terrorism Act and released without charge"),
 ("F","Married (husband Kumaran is a Uber driver); our daughter is 4.")],
["Accounts Payable Clerk, Tamil Community Housing Co-op, Scarborough","Cashier, Sri Murugan Grocery","Settlement volunteer, Tamil Community Centre","helped families fill in IRCC forms",
 "Accounts Assistant, Jaffna Co-operative Bank","AAT Sri Lanka","Payroll Compliance Practitioner (PCP)","QuickBooks and Sage 50"],
["THARSHINI SIVAKUMAR","Scarborough, ON","416-555-0172","tharshini.siva@gmail.com"]),

(11, """
DARREN KEITH McALLISTER
12 Ryhope Street, Sunderland SR2 0AB
07842 551 903 / darren.mcallister77@gmail.com

Groundworker / Plant Operator - CSCS Blue Card

A bit about me
I'm a hard-working groundworker who got his life back on track. In 2016 I was sentenced to four years for supplying class A drugs and served two at HMP Durham and HMP Haverigg. The conviction is unspent and I will disclose it properly; my probation ended in 2020. Inside I did my CSCS and plant tickets through the Novus education department and have been clean for seven years, still going to NA meetings every Tuesday.

Experience
Groundworker, Esh Construction (via Tempus Recruitment), 2021 - present
  - drainage runs, kerbing, 360 excavator up to 14t
  - site rep for Unite the Union on the Doxford Park job since 2023
Labourer, Jackson Civils, Gateshead, 2019 - 2021 (release on temporary licence, then full-time)
Kitchen orderly & wing cleaner, HMP Haverigg, 2017 - 2018

Tickets
CSCS Blue (Skilled Worker), CPCS A59 360 Excavator, NPORS Dumper, Streetworks (NRSWA) Operative

Home life
My partner Gary and I live together, we foster two rescue greyhounds.
Date of birth: 03.07.1977

Referees
Lisa Carr, Employment Lead, Tempus Recruitment - 0191 514 7720
Pete Robson, Site Manager, Esh Construction
""",
[("C","In 2016 I was sentenced to four years for supplying class A drugs and served two at HMP Durham and HMP Haverigg"),
 ("C","The conviction is unspent"),("H","have been clean for seven years, still going to NA meetings every Tuesday"),
 ("T","site rep for Unite the Union on the Doxford Park job since 2023"),("X","My partner Gary and I live together"),("D","Date of birth: 03.07.1977")],
["Groundworker / Plant Operator","Groundworker, Esh Construction","360 excavator up to 14t","Labourer, Jackson Civils, Gateshead","Kitchen orderly & wing cleaner, HMP Haverigg",
 "CPCS A59 360 Excavator","Streetworks (NRSWA) Operative","Employment Lead, Tempus Recruitment"],
["DARREN KEITH McALLISTER","12 Ryhope Street, Sunderland SR2 0AB","07842 551 903","darren.mcallister77@gmail.com","Lisa Carr","0191 514 7720","Pete Robson"]),

(12, """
Siobhán Ní Fhlatharta
Maigh Cuilinn, Co. na Gaillimhe  |  086 772 4019  |  siobhan.nifhlath@eircom.net

PROFILE
HR generalist returning to work after two years off. In 2021 I was diagnosed with breast cancer and had surgery, chemotherapy and radiotherapy at UHG; I'm now on tamoxifen and discharged to annual review. Genetic testing found I carry a BRCA2 variant, so I had a preventive oophorectomy in 2023 too. I am fully fit for work and want a role with a sensible commute.

CAREER
HR Business Partner, Medtronic, Parkmore, Galway — 2014–2021
  · supported 600 staff in manufacturing; ER casework; two redundancies under the Protection of Employment Act
HR Officer, Galway County Council — 2008–2014
  · recruitment campaigns under the Public Appointments Service rules
Volunteer, Cancer Care West peer support line — 2023–
  · listening calls with newly diagnosed patients (hard negative for an HR CV, I know)

EDUCATION
MA in Human Resource Management, University of Galway, 2008
Chartered Member, CIPD (lapsed 2022, renewed 2024)

PERSONAL
Aged 46; two teenagers at Coláiste Bhaile Chláir.
I canvassed for the Social Democrats in the 2024 local elections — mentioned only because the career break left room for it!

References: Máire Ní Chonghaile (ex-HR Director, Medtronic) — available on request
""",
[("H","In 2021 I was diagnosed with breast cancer and had surgery, chemotherapy and radiotherapy at UHG; I'm now on tamoxifen"),
 ("G","Genetic testing found I carry a BRCA2 variant"),("H","I had a preventive oophorectomy in 2023"),("D","Aged 46"),
 ("F","two teenagers at Coláiste Bhaile Chláir"),("P","I canvassed for the Social Democrats in the 2024 local elections")],
["HR Business Partner, Medtronic, Parkmore, Galway","HR Officer, Galway County Council","Volunteer, Cancer Care West peer support line",
 "listening calls with newly diagnosed patients","MA in Human Resource Management, University of Galway","Chartered Member, CIPD"],
["Siobhán Ní Fhlatharta","Maigh Cuilinn, Co. na Gaillimhe","086 772 4019","siobhan.nifhlath@eircom.net","Máire Ní Chonghaile"]),

(13, """
Angela Bennett-Okafor
Lewisham, London SE13
Tel 020 8318 6642   Mob 07710 339 851
angela.bo@hotmail.co.uk

Back-to-work CV (prepared with Lewisham Jobcentre Plus work coach)

Skills
- Payroll and pensions admin (Sage, iTrent)
- Minute-taking, diary management
- Understanding of Care Act assessments and direct payments - from both sides!

Employment
Payroll Administrator, London Borough of Southwark        2004 - 2015
  Processed monthly payroll for 2,300 staff; handled union subscription deductions and strike-day pay adjustments
  UNISON workplace steward for the finance department 2010-2015
Office Junior, Catford Co-op Funeral Care                 2001 - 2004

Career break 2015 - 2024
My son Jordan was born with Duchenne muscular dystrophy. I left work to be his full-time carer, and after he died in 2022 I took time to grieve and volunteer.
During those years I also tested as a carrier of the Duchenne gene, which is why my sister now has regular checks.

Volunteering
Trustee, Lewisham Carers' Network 2019-2024 (budget £180k)
Coffee-morning host, Muscular Dystrophy UK family group

Training
AAT Level 3 refresher (2024), Google Sheets, Microsoft Teams

Other
Date of birth 11 May 1979. Married to Chidi, who works shifts at the DLR.
""",
[("T","UNISON workplace steward for the finance department 2010-2015"),
 ("F","My son Jordan was born with Duchenne muscular dystrophy. I left work to be his full-time carer, and after he died in 2022"),
 ("G","I also tested as a carrier of the Duchenne gene"),("D","Date of birth 11 May 1979."),("F","Married to Chidi")],
["Payroll Administrator, London Borough of Southwark","handled union subscription deductions and strike-day pay adjustments","Office Junior, Catford Co-op Funeral Care",
 "Trustee, Lewisham Carers' Network","Coffee-morning host, Muscular Dystrophy UK family group","AAT Level 3 refresher","Payroll and pensions admin (Sage, iTrent)"],
["Angela Bennett-Okafor","Lewisham, London SE13","020 8318 6642","07710 339 851","angela.bo@hotmail.co.uk"]),

(14, """
Cpl (ret.) Brendan "Macca" McKenzie
Townsville QLD 4810 · 0437 219 604 · b.mckenzie.teach@outlook.com.au

FROM ARMY MEDIC TO PRIMARY TEACHER

14 years in the Australian Army (Royal Australian Army Medical Corps), two deployments to Afghanistan. Medically discharged in 2019 with PTSD and a back injury; managed through DVA and a service dog who stays home during work hours. Now in the final year of a Master of Teaching (Primary) at James Cook University.

Teaching experience
Professional experience placements: Heatley State School (Year 2), Kirwan State School (Year 5) — 2023–2024
Teacher aide (casual), Townsville Catholic Education — 2022–2024
Cadet unit instructor, Australian Army Cadets, 2020–2022

Army
Medic / Corporal, 2nd General Health Battalion — 2005–2019
  · trained 60 soldiers in combat first aid
  · MEDEVAC coordination in Tarin Kowt

Study
Master of Teaching (Primary), James Cook University (2024)
Diploma of Paramedical Science (Defence), 2008
Working With Children (Blue Card) — current

Beyond the classroom
Member of the Independent Education Union since my teacher aide start.
Local Greens branch member — I help with letterbox drops.
My DNA reference sample is still held by Defence for identification, which is standard.
I'm 39; partner Kylie and our two boys (6 and 3).
""",
[("H","Medically discharged in 2019 with PTSD and a back injury; managed through DVA and a service dog"),
 ("T","Member of the Independent Education Union since my teacher aide start."),("P","Local Greens branch member"),
 ("G","My DNA reference sample is still held by Defence for identification"),("D","I'm 39"),("F","partner Kylie and our two boys (6 and 3)")],
["Teacher aide (casual), Townsville Catholic Education","Medic / Corporal, 2nd General Health Battalion","trained 60 soldiers in combat first aid",
 "Master of Teaching (Primary), James Cook University","Cadet unit instructor, Australian Army Cadets","Working With Children (Blue Card)","MEDEVAC coordination in Tarin Kowt"],
["Brendan \"Macca\" McKenzie","Townsville QLD 4810","0437 219 604","b.mckenzie.teach@outlook.com.au"]),

(15, """
TERRENCE L. WASHINGTON
Detroit, MI 48206 | (313) 555-0162 | terrence.washington.cdl@gmail.com

Commercial Driver — Class A CDL (2023), HazMat endorsement pending

SUMMARY
Dependable driver and warehouse lead. Returned home in 2021 after eleven years in the Michigan Department of Corrections for armed robbery committed when I was 19. Completed Vocational Village truck-driving school at Parnall Correctional Facility. Sober since 2009.

EXPERIENCE
Delivery Driver, Gleaners Community Food Bank, Detroit — 2022–present
  • 11 stops/day, refrigerated box truck; zero incidents
Warehouse Associate, Amazon DTW1, Romulus — 2021–2022
Vocational Village (prison trade school), Parnall CF, Jackson — 2018–2021
  • 400 training hours, forklift and CDL permit

CERTIFICATIONS
Class A CDL, Michigan Secretary of State (2023)
OSHA 10 General Industry
ServSafe Food Handler

PERSONAL
I took my shahada at Parnall in 2015 and pray at the Muslim Center of Detroit; I can pray on breaks.
Father of one (my daughter Aaliyah is 14; I have joint custody).
Member of the Michigan Liberation reentry organising committee.
""",
[("C","Returned home in 2021 after eleven years in the Michigan Department of Corrections for armed robbery"),("D","committed when I was 19"),
 ("H","Sober since 2009."),("R","I took my shahada at Parnall in 2015 and pray at the Muslim Center of Detroit"),
 ("F","Father of one (my daughter Aaliyah is 14; I have joint custody)."),("P","Member of the Michigan Liberation reentry organising committee.")],
["Delivery Driver, Gleaners Community Food Bank, Detroit","Warehouse Associate, Amazon DTW1, Romulus","Vocational Village (prison trade school), Parnall CF, Jackson",
 "Class A CDL, Michigan Secretary of State","OSHA 10 General Industry","ServSafe Food Handler","refrigerated box truck"],
["TERRENCE L. WASHINGTON","Detroit, MI 48206","(313) 555-0162","terrence.washington.cdl@gmail.com"]),

(16, """
CV

name  Kevin Doherty
adress  Flat 2b Wellington St Paisley PA3 2HQ
phone 07496 004 318

jobs i done
Kitchen porter The Bungalow Bar Paisley 2019 to now
Cleaner for Glasgow City Council schools 2014 to 2017
Packer Walkers factory east kilbride 2010 to 2013

what i can do
wash up fast, clean kitchens, lifting, good timekeeping,
i can use a dishwasher machine and a floor scrubber
food hygiene cert

why i stopped 2017 to 2019
i had a break down and was in Dykebar hospital for 3 month
then i lived in a hostel for homeless men in Paisley
i take meds every day now and see the CPN every two weeks so im fine

other
i was done for breach of the peace in 2015, fine paid
i am 44 born 1980
i have a wee boy (7) who i see at weekends
i go to chapel at St Mirins sometimes

i would like a job in a kitchen or cleaning, full time if poss
my work coach at the jobcentre is Mrs Shona Gillies 0800 169 0190
""",
[("H","i had a break down and was in Dykebar hospital for 3 month"),("H","i take meds every day now and see the CPN every two weeks"),
 ("C","i was done for breach of the peace in 2015, fine paid"),("D","i am 44 born 1980"),("F","i have a wee boy (7) who i see at weekends"),
 ("R","i go to chapel at St Mirins sometimes")],
["Kitchen porter The Bungalow Bar Paisley","Cleaner for Glasgow City Council schools","Packer Walkers factory east kilbride","food hygiene cert",
 "floor scrubber"],
["Kevin Doherty","Flat 2b Wellington St Paisley PA3 2HQ","07496 004 318","Mrs Shona Gillies","0800 169 0190"]),

(17, """
Dmytro
Kovalchuk
Edmonton, AB T5K 0L6
780-555-0115
dmytro.kovalchuk.ca@gmail
.com

Software QA Tester
Manual and automated testing, 6 yrs

I came to Canada under CUAET
in June 2022 (open work permit);
my biometrics were taken at the
VAC in Warsaw on the way.

EXPERIENCE
QA Engineer — SoftServe, Lviv
2017 – 2022
 - Selenium / Java regression suites
   for a US healthcare client
 - API testing with Postman; Jira
QA Tester (contract) — ATB Financial
Edmonton, 2023 – present
 - mobile banking app test plans,
   defect triage with two dev
   squads, release sign-off
Night stocker, Save-On-Foods
(first job here), 2022 – 2023

EDUCATION
BSc Computer Science, Lviv Polytechnic
National University, 2016
ISTQB Foundation Level, 2019

LANGUAGES Ukrainian, Russian, English
(CLB 8), some Polish

PERSONAL
Age
32.
Partner: Yaroslav (we
came together).
I volunteer on weekends with
the Ukrainian Canadian Congress
sorting donations.
""",
[("E","I came to Canada under CUAET\nin June 2022 (open work permit)"),("G","my biometrics were taken at the\nVAC in Warsaw"),
 ("D","Age\n32."),("X","Partner: Yaroslav (we\ncame together).")],
["Software QA Tester","QA Engineer — SoftServe, Lviv","Selenium / Java regression suites","API testing with Postman; Jira","QA Tester (contract) — ATB Financial",
 "BSc Computer Science, Lviv Polytechnic","ISTQB Foundation Level, 2019"],
["Dmytro\nKovalchuk","Edmonton, AB T5K 0L6","780-555-0115","dmytro.kovalchuk.ca@gmail\n.com"]),

(18, """
Resume — Settlement Services International (SSI) Employment Pathways

Name: Marzia Rezaie
Address: 7/22 Station St, Auburn NSW 2144
Phone: 0466 091 782
Email: marzia.rezaie@gmail.com
Visa: Subclass 200 (Refugee) — arrived October 2022

Career goal
Administrative or data-entry role in health or community services.

Experience
Data Officer, Afghan Ministry of Public Health, Kabul (2016–2021)
  - HMIS data cleaning for 34 provinces; DHIS2
  - Trained 25 provincial staff
Teacher (secret home classes for girls), Kabul (2021–2022)
Casual Administration Assistant, Auburn Diversity Services (2023–present)
Hazaragi–English community interpreter (NAATI CCL passed), on-call

Education
Bachelor of Computer Science, Kabul University (2015) — assessed by the ACS as AQF Bachelor
Certificate III in Business Administration, TAFE NSW (2023)

Extra information
I am a Hazara and a Shia Muslim; our community is targeted, and I was beaten at a women's protest in Kabul in January 2022.
I am 29, not married, and live with my mother and younger brothers.
I need flexible hours during Muharram.
""",
[("E","Visa: Subclass 200 (Refugee) — arrived October 2022"),("E","I am a Hazara"),("R","a Shia Muslim"),
 ("P","I was beaten at a women's protest in Kabul in January 2022"),("D","I am 29"),("F","not married, and live with my mother and younger brothers"),
 ("R","I need flexible hours during Muharram.")],
["Data Officer, Afghan Ministry of Public Health, Kabul","HMIS data cleaning for 34 provinces; DHIS2","Casual Administration Assistant, Auburn Diversity Services",
 "Hazaragi–English community interpreter (NAATI CCL passed)","Bachelor of Computer Science, Kabul University","Certificate III in Business Administration, TAFE NSW","Teacher (secret home classes for girls), Kabul"],
["Marzia Rezaie","7/22 Station St, Auburn NSW 2144","0466 091 782","marzia.rezaie@gmail.com"]),

(19, """
Omar Haddad — Barista / Trainee Coffee Roaster
Glasgow G42 · 07512 887 164 · omar.haddad.coffee@proton.me

Hello! I'm Omar. I ran the espresso bar of a hotel in Damascus for five years, and since I was granted asylum in the UK in 2023 I have been making coffee in Glasgow. I'd like to learn roasting.

What I've done
Barista, Laboratorio Espresso, Glasgow — Jan 2024 to now
Kitchen volunteer, Glasgow Night Shelter for Destitute Asylum Seekers — 2022–2023
Head Barista, Four Seasons Hotel Damascus — 2015–2020
Waiter, Naranj restaurant, Damascus — 2012–2015

Courses
SCA Barista Skills Intermediate (2024)
SCA Roasting Foundation (booked)
ESOL Higher, Glasgow Clyde College (2023)

The gap (2020–2022)
I left Syria after being arrested at a checkpoint because of photos on my phone from a gay party; I spent 40 days in the Sednaya branch and was released with a bribe. I crossed to Lebanon and then Greece, where I was fingerprinted for Eurodac on Lesbos.
I don't practise Islam any more.
These days I'm on PrEP and do a volunteer shift with the Pride Glasgow stewarding team each July.

Age 34.
Reference: Sarah Nicol, Manager, Laboratorio Espresso — 0141 221 8301
""",
[("E","since I was granted asylum in the UK in 2023"),("X","because of photos on my phone from a gay party"),
 ("C","I spent 40 days in the Sednaya branch and was released with a bribe"),("G","I was fingerprinted for Eurodac on Lesbos"),
 ("R","I don't practise Islam any more."),("H","I'm on PrEP"),("X","do a volunteer shift with the Pride Glasgow stewarding team each July"),("D","Age 34.")],
["Barista, Laboratorio Espresso, Glasgow","Kitchen volunteer, Glasgow Night Shelter for Destitute Asylum Seekers","Head Barista, Four Seasons Hotel Damascus","Waiter, Naranj restaurant, Damascus",
 "SCA Barista Skills Intermediate","ESOL Higher, Glasgow Clyde College","Trainee Coffee Roaster"],
["Omar Haddad","Glasgow G42","07512 887 164","omar.haddad.coffee@proton.me","Sarah Nicol","0141 221 8301"]),

(20, """
Rebecca (Becky) Lindqvist
Bristol BS6 · 07885 442 017 · becky.lindqvist@gmail.com

Career changer: investment banking → adult nursing

Personal statement
After fifteen years in banking I burned out badly in 2021, spent four months off with depression, and used the recovery to work out what I actually wanted to do. I'm now a second-year BSc Adult Nursing student, RCN student member, and I want an HCA bank role alongside my studies.

Experience
Healthcare Assistant (bank), North Bristol NHS Trust — 2023–present
Vice President, Credit Risk, Lloyds Banking Group, London and Bristol — 2012–2021
   · led a 9-person team; IFRS 9 model validation
Analyst, Barclays Capital — 2008–2012

Education
BSc (Hons) Adult Nursing, University of the West of England (2022–2025)
MSc Finance, University of Bath (2008)
Care Certificate (2023)

Also
I'm dyslexic and use Dragon and a reading ruler — it has never stopped me passing exams.
My wife Hannah is a paramedic, so I understand 12-hour rotas.
Born 1985. Labour Party member and ward secretary in Cotham.
""",
[("H","spent four months off with depression"),("T","RCN student member"),("H","I'm dyslexic and use Dragon and a reading ruler"),
 ("X","My wife Hannah is a paramedic"),("D","Born 1985."),("P","Labour Party member and ward secretary in Cotham.")],
["Healthcare Assistant (bank), North Bristol NHS Trust","Vice President, Credit Risk, Lloyds Banking Group","IFRS 9 model validation","Analyst, Barclays Capital",
 "BSc (Hons) Adult Nursing, University of the West of England","MSc Finance, University of Bath","Care Certificate"],
["Rebecca (Becky) Lindqvist","Bristol BS6","07885 442 017","becky.lindqvist@gmail.com"]),
]
