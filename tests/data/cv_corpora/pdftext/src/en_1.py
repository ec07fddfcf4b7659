# English CVs 001-010, as text extracted from PDF / Word files. Written by hand.
CVS = []

# 001 UK (Leeds) - two-column PDF merged line by line, repeated footer
CVS.append(dict(
text="""IMRAN QURESHI ACA
Chartered Accountant · Leeds · 07700 914 233 · imran.qureshi.aca@gmail.com

PROFILE            Senior accountant with 12 years
                   in audit and group reporting for
Date of birth      listed manufacturers and housing
04/11/1982         associations. Comfortable owning the
                   month-end close, the audit file and the
Nationality        conversation with the audit partner.
UK / Pakistani
(dual)             EXPERIENCE
                   Group Financial Controller
Status             Kirkstall Forge Engineering Ltd, Leeds
Married, 2         2019 – present
children            Consolidation of 6 entities under FRS 102
                    Cut the close from 9 to 5 working days
LANGUAGES           Led the move from Sage 200 to NetSuite
English, Urdu,
Punjabi            Senior Auditor
                   KPMG LLP, Leeds
SKILLS             2013 – 2019
IFRS / FRS 102      Audit of Leeds and York Partnership NHS
Consolidation      Foundation Trust (mental health services)
NetSuite, Sage      Audit of a Unite-recognised bus operator's
Power BI           pension scheme

                   Audit Trainee
                   Grant Thornton UK LLP, Manchester
                   2010 – 2013

Page 1 of 2
Imran Qureshi – imran.qureshi.aca@gmail.com

EDUCATION
ACA, ICAEW (2013)
BSc Accounting and Finance, University of Leeds (2:1), 2010

OTHER
Treasurer (voluntary) of the mosque committee, Makkah Masjid,
Hyde Park, since 2016. I observe Ramadan, so I may ask to finish
early on some days in spring.
Full clean driving licence.

References on request.
Page 2 of 2
Imran Qureshi – imran.qureshi.aca@gmail.com""",
sens=[("D", "04/11/1982"), ("E", "UK / Pakistani\n(dual)"), ("F", "Married, 2"),
      ("R", "Treasurer (voluntary) of the mosque committee"), ("R", "I observe Ramadan")],
keep=["Group Financial Controller", "Kirkstall Forge Engineering Ltd", "Consolidation of 6 entities under FRS 102",
      "Senior Auditor", "KPMG LLP", "Foundation Trust (mental health services)",
      "Audit of a Unite-recognised bus operator's", "Grant Thornton UK LLP", "ACA, ICAEW (2013)"],
contact=["IMRAN QURESHI", "Imran Qureshi", "07700 914 233", "imran.qureshi.aca@gmail.com"],
))

# 002 Ireland (Galway) - fixed-width line breaks with hyphenation, ● bullets
CVS.append(dict(
text="""SIOBHÁN NÍ CHONAILL, RGN
14 Bóthar na Trá, Salthill, Galway H91 X2C4 | 087 331 9042 | siobhan.nichonaill@eircom.net

PERSONAL STATEMENT
Registered General Nurse with nine years on acute medical and endo-
crinology wards. I run the ward's insulin pump clinic and, having been diag-
nosed with type 1 diabetes myself as a teenager, I know what it is to be on
the other side of the carbohydrate count. Calm in a crisis, fluent in Irish,
happy to precept students.

CLINICAL EXPERIENCE
Clinical Nurse Manager 1 – Endocrinology (St. Enda's Ward)
University Hospital Galway, Saolta Group                      2019 – date
● Lead nurse for the insulin pump and CGM start clinic (approx. 140 pa-
  tients a year)
● Rostering and skill mix for 22 nurses and HCAs
● Ward link nurse for diabetic foot screening
Staff Nurse – Acute Medical Unit
Mater Misericordiae University Hospital, Dublin                2015 – 2019
● Triage of GP referrals; NEWS2 escalation champion
● INMO ward representative 2017–2019, while on the AMU roster

EDUCATION
BSc (Hons) General Nursing, NUI Galway, 2015
Cert. in Diabetes Nursing, RCSI, 2018

PERSONAL
Married to Darragh; our daughter starts school in Sep-
tember, so I am looking for a days-only post from then.
NMBI PIN 148832.""",
sens=[("H", "diag-\nnosed with type 1 diabetes"), ("U", "INMO ward representative 2017–2019"),
      ("F", "Married to Darragh"), ("F", "our daughter starts school in Sep-\ntember")],
keep=["Clinical Nurse Manager 1 – Endocrinology", "University Hospital Galway", "Lead nurse for the insulin pump and CGM start clinic",
      "Ward link nurse for diabetic foot screening", "Staff Nurse – Acute Medical Unit",
      "Mater Misericordiae University Hospital", "BSc (Hons) General Nursing, NUI Galway", "Cert. in Diabetes Nursing, RCSI"],
contact=["SIOBHÁN NÍ CHONAILL", "14 Bóthar na Trá, Salthill, Galway H91 X2C4", "087 331 9042",
         "siobhan.nichonaill@eircom.net", "NMBI PIN 148832"],
))

# 003 US (Ohio) - ATS export with voluntary self-identification block and screening answers
CVS.append(dict(
text="""Candidate Profile - Export (PDF)
Requisition: R-20431  Senior Data Engineer (Remote - US)
Candidate: Marcus T. Bell        Stage: Recruiter Screen
Source: LinkedIn Recruiter       Applied: 02/14/2024
Email: marcus.bell.data@outlook.com    Phone: (614) 555-0187
Address: 2281 Neil Ave, Apt 4, Columbus, OH 43201

Voluntary Self-Identification (optional)
Gender: Male
Sexual Orientation: Gay
Race/Ethnicity: Black or African American (Not Hispanic or Latino)
Veteran Status: I identify as one or more of the classifications of protected veteran
Disability Status: Yes, I have a disability (or previously had a disability)

Application Questions
Are you legally authorized to work in the US?  Yes
Have you ever been convicted of a felony?  Yes - 2011, possession (Franklin County), record sealed 2019
Desired salary:  165,000

Resume (parsed)
MARCUS T. BELL
SUMMARY
Data engineer, 8 yrs. Spark / Airflow / dbt / Snowflake. Ex-Army signal NCO; I like
boring, well-tested pipelines.
EXPERIENCE
Senior Data Engineer	Root Insurance	Columbus, OH	03/2021	Present
Built the claims lakehouse (Delta, 40 TB); on-call lead for ingestion
Built the EEO-1 and pay-equity reporting pipeline for HR (demographic fields masked)
Data Engineer	Nationwide	Columbus, OH	07/2018	02/2021
Migrated 300 SSIS packages to Airflow
Signal Support Systems Specialist (25U)	U.S. Army	Fort Gordon, GA	2010	2016
EDUCATION
B.S. Information Systems	The Ohio State University	2018
CERTIFICATIONS
AWS Certified Data Analytics - Specialty
[end of parsed resume]""",
sens=[("E", "Race/Ethnicity: Black or African American (Not Hispanic or Latino)"),
      ("H", "Disability Status: Yes, I have a disability"), ("O", "Sexual Orientation: Gay"),
      ("C", "Yes - 2011, possession (Franklin County), record sealed 2019")],
keep=["Senior Data Engineer", "Root Insurance", "Built the EEO-1 and pay-equity reporting pipeline for HR",
      "Nationwide", "Migrated 300 SSIS packages to Airflow", "Signal Support Systems Specialist (25U)",
      "B.S. Information Systems", "AWS Certified Data Analytics - Specialty", "Spark / Airflow / dbt / Snowflake"],
contact=["Marcus T. Bell", "MARCUS T. BELL", "marcus.bell.data@outlook.com", "(614) 555-0187",
         "2281 Neil Ave, Apt 4, Columbus, OH 43201"],
))

# 004 Ireland (Dublin) - old Europass PDF, tab-separated label/value table, Europass footer
CVS.append(dict(
text="""Europass
Curriculum Vitae

Personal information
First name(s) / Surname(s)	Tomasz Wójcik
Address(es)	Flat 3, 41 Leeson Street Upper, Dublin 4, D04 P2X7, Ireland
Telephone(s)	+353 85 220 7741
E-mail	tomasz.wojcik.eng@gmail.com
Nationality	Polish
Date of birth	17 May 1988
Gender	Male

Desired employment / Occupational field	Site Engineer (Civil)

Work experience

Dates	06/2018 →
Occupation or position held	Site Engineer
Main activities and responsibilities	Setting-out, temporary works coordination and
daily diaries on a 14-storey residential frame; NEC4 early warnings
Name and address of employer	John Sisk & Son (Holdings) Ltd, Wilton Works, Dublin 2
Type of business or sector	Construction

Dates	09/2013 - 05/2018
Occupation or position held	Assistant Engineer
Name and address of employer	Budimex SA, Warsaw (Poland)
Type of business or sector	Road and bridge construction

Page 1 / 2 - Curriculum vitae of
Wójcik Tomasz
For more information on Europass go to http://europass.cedefop.europa.eu
© European Union, 2004-2010 24082010

Education and training
Dates	2008 - 2013
Title of qualification awarded	MSc Eng. Civil Engineering
Name and type of organisation providing education and training	Politechnika Gdańska

Personal skills and competences
Mother tongue(s)	Polish
Other language(s)	English (C1)
Computer skills and competences	AutoCAD Civil 3D, Trimble Business Center, MS Project
Driving licence	B

Additional information	Safe Pass and CSCS cards valid. Married, one son
(b. 2020). I disclose one conviction in Poland (2009, driving
under the influence), expunged under Polish law in 2014.

Page 2 / 2 - Curriculum vitae of
Wójcik Tomasz""",
sens=[("E", "Nationality	Polish"), ("D", "Date of birth	17 May 1988"), ("F", "Married, one son\n(b. 2020)"),
      ("C", "one conviction in Poland (2009, driving\nunder the influence)")],
keep=["Site Engineer (Civil)", "John Sisk & Son (Holdings) Ltd", "Assistant Engineer", "Budimex SA",
      "MSc Eng. Civil Engineering", "Politechnika Gdańska", "AutoCAD Civil 3D, Trimble Business Center, MS Project",
      "Safe Pass and CSCS cards valid"],
contact=["Tomasz Wójcik", "Wójcik Tomasz", "Flat 3, 41 Leeson Street Upper, Dublin 4, D04 P2X7, Ireland",
         "+353 85 220 7741", "tomasz.wojcik.eng@gmail.com"],
))

# 005 India (Lucknow) - bio-data style Word file, flattened education table
CVS.append(dict(
text="""RESUME

ANKIT KUMAR YADAV
Mobile: +91 98390 44127
E-mail: ankit.yadav.ece@rediffmail.com
Permanent Address: H. No. 112, Sector 14, Indira Nagar, Lucknow - 226016 (U.P.)

CAREER OBJECTIVE
To work in a challenging environment where I can utilise my skills in embedded systems and
grow along with the organisation.

ACADEMIC QUALIFICATION
Examination	Board/University	Year	Percentage
B.Tech (ECE)	AKTU, Lucknow	2016	74.2%
Class XII	CBSE	2012	88.6%
Class X	CBSE	2010	9.2 CGPA

WORK EXPERIENCE
  Senior Embedded Engineer, HCLTech, Noida (Aug 2020 – till date)
	- Firmware for BLE glucometers for a US medical-device client (IEC 62304)
	- Unit testing with Unity/Ceedling, MISRA-C compliance
  Embedded Engineer, Tata Elxsi, Bengaluru (Jul 2016 – Jul 2020)
	- CAN/LIN stacks for two-wheeler instrument clusters

TECHNICAL SKILLS
C, Embedded C, FreeRTOS, ARM Cortex-M, STM32, Python (scripting), Git, Jira

PERSONAL DETAILS
Father's Name	:	Shri Ram Prakash Yadav
Date of Birth	:	12-08-1994
Religion	:	Hindu
Category	:	OBC
Marital Status	:	Unmarried
Languages Known	:	Hindi, English
Hobbies	:	Cricket, reading
Physical fitness	:	Fit; mild hearing loss in left ear (uses hearing
aid), no effect on work

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.

Place: Noida
Date:								(ANKIT KUMAR YADAV)""",
sens=[("D", "Date of Birth	:	12-08-1994"), ("R", "Religion	:	Hindu"), ("E", "Category	:	OBC"),
      ("F", "Marital Status	:	Unmarried"), ("H", "mild hearing loss in left ear (uses hearing\naid)")],
keep=["Senior Embedded Engineer", "HCLTech", "Firmware for BLE glucometers for a US medical-device client (IEC 62304)",
      "Embedded Engineer", "Tata Elxsi", "CAN/LIN stacks for two-wheeler instrument clusters",
      "C, Embedded C, FreeRTOS, ARM Cortex-M, STM32"],
contact=["ANKIT KUMAR YADAV", "+91 98390 44127", "ankit.yadav.ece@rediffmail.com",
         "H. No. 112, Sector 14, Indira Nagar, Lucknow - 226016 (U.P.)", "Shri Ram Prakash Yadav"],
))

# 006 Nigeria (Lagos) - three-page Word CV, repeated footer, personal data block on page 3
CVS.append(dict(
text="""CURRICULUM VITAE
CHUKWUEMEKA IFEANYI OBI
No. 7 Adeniyi Jones Avenue, Ikeja, Lagos State
Tel: 0803 612 4490, 0907 221 0385
Email: emeka.obi.aca@yahoo.com

CAREER SUMMARY
A result-oriented credit risk analyst with over six (6) years experience in corporate and
commercial banking, skilled in financial spreading, cash-flow modelling and covenant monitoring.

WORK EXPERIENCE
ACCESS BANK PLC, Victoria Island, Lagos
Credit Risk Analyst II (Jan 2021 – Date)
 ➢ Reviewed credit proposals of up to N12bn for manufacturing and FMCG obligors
 ➢ Participated in loan review of a Jaiz Bank (non-interest banking) syndication
 ➢ Prepared the quarterly IFRS 9 staging memo for the Board Credit Committee

Chukwuemeka Obi – Curriculum Vitae                                   Page 1 of 3

STERLING BANK PLC, Marina, Lagos
Graduate Trainee – Credit Risk (Mar 2018 – Dec 2020)
 ➢ Spread financial statements of 90+ SME customers
 ➢ Supported the recovery desk on delinquent auto loans

NYSC (2017 – 2018): Federal Inland Revenue Service, Kaduna – Tax Audit Assistant

EDUCATIONAL QUALIFICATIONS
University of Nigeria, Nsukka – B.Sc. Accountancy (Second Class Upper), 2016
Institute of Chartered Accountants of Nigeria (ICAN) – Associate, 2019

Chukwuemeka Obi – Curriculum Vitae                                   Page 2 of 3

PERSONAL DATA
Date of Birth:		19th March, 1993
State of Origin:	Anambra
L.G.A:			Njikoka
Sex:			Male
Marital Status:	Married
Religion:		Christianity (Catholic)
Genotype:		AS
Hobbies:		Football, chess, travelling

REFEREES
Mr. Babatunde Alade, Head, Credit Risk Management, Access Bank Plc – 0802 330 1187
Dr. (Mrs.) Ngozi Eze, Senior Lecturer, Dept. of Accountancy, UNN – 0806 455 9021

Chukwuemeka Obi – Curriculum Vitae                                   Page 3 of 3""",
sens=[("D", "Date of Birth:		19th March, 1993"), ("E", "State of Origin:	Anambra"), ("E", "L.G.A:			Njikoka"),
      ("F", "Marital Status:	Married"), ("R", "Religion:		Christianity (Catholic)"), ("G", "Genotype:		AS")],
keep=["ACCESS BANK PLC", "Credit Risk Analyst II", "Participated in loan review of a Jaiz Bank (non-interest banking) syndication",
      "Prepared the quarterly IFRS 9 staging memo for the Board Credit Committee", "STERLING BANK PLC",
      "Graduate Trainee – Credit Risk", "B.Sc. Accountancy (Second Class Upper)",
      "Institute of Chartered Accountants of Nigeria (ICAN) – Associate", "Federal Inland Revenue Service"],
contact=["CHUKWUEMEKA IFEANYI OBI", "Chukwuemeka Obi", "No. 7 Adeniyi Jones Avenue, Ikeja, Lagos State", "0803 612 4490",
         "0907 221 0385", "emeka.obi.aca@yahoo.com", "Mr. Babatunde Alade", "0802 330 1187", "Dr. (Mrs.) Ngozi Eze",
         "0806 455 9021"],
))

# 007 Australia (Brisbane) - scanned PDF run through OCR: rn/m, l/I slips, ligatures
CVS.append(dict(
text="""DEAN MICHAEL HOLLOWAY
Electrician – A-Grade Licence (Qld) No. 78421
M: 0412 883 506   E: dean.holloway.sparky@bigpond.com
Redcliffe QLD 4020

PROFlLE
Leading hand electrician, 20+ years in cornmercial ﬁt-outs, switchboards and
substation cornrnissioning. DOB 22/6/1979. Happy to do FIFO if the roster suits –
my partner Jason works from home and looks after the dogs.

EMPLOYMENT
Leading Hand Electrician     Energex (contract via Programmed)     2016 – now
• HV/LV cornrnissioning of zone substations, Moreton Bay region
• Supervise 4 electricians and 2 apprentices; toolbox talks, SWMS
• ETU delegate on the Caboolture site since 2018

Electrician     Stowe Australia     2004 – 2016
• Hospital and school ﬁt-outs incl. Royal Brisbane and Wornen's Hospital
• Fire and emergency lighting testing to AS 2293

Apprentice Electrician     Hastie Group     1996 – 2000

QUALlFlCATlONS
Cert III in Electrotechnology Electrician (UEE30811)
Restricted electrical licence – high voltage switching
First Aid / CPR (HLTAID009) – current
White Card, Working at Heights, Conﬁned Spaces

OTHER
Time off 2019: workers comp claim (L4/L5 disc), back at full duties
since Feb 2020.
Police check: one spent conviction (2001, affray, no penalty recorded).
Referees available on request.""",
sens=[("D", "DOB 22/6/1979"), ("O", "my partner Jason"), ("U", "ETU delegate on the Caboolture site since 2018"),
      ("H", "workers comp claim (L4/L5 disc)"), ("C", "one spent conviction (2001, affray, no penalty recorded)")],
keep=["Leading Hand Electrician", "Energex", "HV/LV cornrnissioning of zone substations", "Stowe Australia",
      "Hospital and school ﬁt-outs incl. Royal Brisbane and Wornen's Hospital", "Cert III in Electrotechnology Electrician (UEE30811)",
      "Restricted electrical licence – high voltage switching", "Hastie Group"],
contact=["DEAN MICHAEL HOLLOWAY", "0412 883 506", "dean.holloway.sparky@bigpond.com", "Redcliffe QLD 4020",
         "A-Grade Licence (Qld) No. 78421"],
))

# 008 Canada (Ottawa) - designer PDF whose text boxes come out of order
CVS.append(dict(
text="""Policy | Indigenous relations | Bilingual (E/F)
CLAIRE DESJARDINS-MCKAY
613-555-0142
claire.dm@protonmail.com
linkedin.com/in/clairedm-policy
Ottawa, ON

● Senior Policy Analyst, Indigenous Services Canada
   2019 – present
   ● Drafted briefing notes for the Minister on
     Indian Act registration (Bill S-3)
   ● Co-led the engagement report on First Nations
     child and family services funding

EDUCATION
MA Public Administration, Carleton University (2014)
BA (Hons) Political Science, Université d'Ottawa (2012)

● Policy Analyst, Privy Council Office
   2014 – 2019
   ● Cabinet document review; Treasury Board
     submissions

ABOUT ME
I am a citizen of the Métis Nation of Ontario (Rideau
Lakes region) and grew up between Ottawa and Sudbury.

Back from parental leave (Jan – Dec 2022, our second child)
and looking for an EX-01 stretch role.

VOLUNTEER
● Canvass lead for the NDP in Ottawa Centre during the
  2021 federal election
● Reading tutor, Ottawa Public Library

SKILLS
Cabinet process ● GBA Plus ● Plain-language drafting ● Power BI""",
sens=[("E", "citizen of the Métis Nation of Ontario"), ("F", "parental leave (Jan – Dec 2022, our second child)"),
      ("P", "Canvass lead for the NDP in Ottawa Centre")],
keep=["Senior Policy Analyst, Indigenous Services Canada", "Indian Act registration (Bill S-3)",
      "Co-led the engagement report on First Nations", "Policy Analyst, Privy Council Office",
      "MA Public Administration, Carleton University", "BA (Hons) Political Science", "Cabinet process",
      "GBA Plus", "Plain-language drafting"],
contact=["CLAIRE DESJARDINS-MCKAY", "613-555-0142", "claire.dm@protonmail.com", "linkedin.com/in/clairedm-policy"],
))

# 009 US (Houston) - Word file saved to text: Symbol-font bullets come out as ¶ and o
CVS.append(dict(
text="""Jonathan A. Rosen
5521 Braeswood Blvd, Houston, TX 77096  |  (713) 555-0129  |  jrosen.math@gmail.com

PROFESSIONAL SUMMARY
¶ Mathematics teacher, 15 years, grades 9-12; AP Calculus AB/BC pass rate 91% (2023)
¶ Department chair since 2020; mentor to first-year teachers
¶ At 41 I am looking for an instructional coach or assistant principal track

EXPERIENCE
Bellaire High School, Houston ISD — Math Department Chair / Teacher      2014 – Present
o Rebuilt the Algebra II scope and sequence around the TEKS; STAAR EOC gains of 12 pts
o Faculty sponsor of the Gender & Sexuality Alliance and the Math Club
o Ran the AP summer bridge program for 60 incoming juniors
Lamar High School, Houston ISD — Mathematics Teacher                      2009 – 2014
o Taught Geometry and Pre-Calculus; coached UIL Number Sense

EDUCATION & CERTIFICATION
M.Ed. Curriculum and Instruction, University of Houston (2013)
B.S. Mathematics, Texas A&M University (2008)
Texas Educator Certificate: Mathematics 7–12

COMMUNITY
o Member of Congregation Beth Israel; I tutor bar and bat mitzvah students in Hebrew on
  Sunday mornings
o Lives in Meyerland with my husband, Daniel, and our two kids

References available upon request.""",
sens=[("D", "At 41"), ("R", "Member of Congregation Beth Israel"), ("R", "I tutor bar and bat mitzvah students in Hebrew"),
      ("O", "my husband, Daniel"), ("F", "our two kids")],
keep=["AP Calculus AB/BC pass rate 91% (2023)", "Math Department Chair / Teacher", "Bellaire High School, Houston ISD",
      "Faculty sponsor of the Gender & Sexuality Alliance and the Math Club", "Lamar High School, Houston ISD",
      "M.Ed. Curriculum and Instruction, University of Houston", "B.S. Mathematics, Texas A&M University",
      "Texas Educator Certificate: Mathematics 7–12"],
contact=["Jonathan A. Rosen", "5521 Braeswood Blvd, Houston, TX 77096", "(713) 555-0129", "jrosen.math@gmail.com"],
))

# 010 UK (Midlands) - no sensitive mention; header and footer repeated on both pages, flattened skills table
CVS.append(dict(
text="""Rebecca Thornton | Transport Planner | rebecca.thornton.logistics@gmail.com | 07812 440 918

KEY SKILLS
Route optimisation	Paragon, Descartes	Advanced
Warehouse systems	Manhattan WMS, SAP EWM	Intermediate
Reporting	Excel (Power Query), Power BI	Advanced
Compliance	O-licence, WTD, tachograph analysis	Advanced

CAREER HISTORY
Senior Transport Planner — DHL Supply Chain, Lutterworth (2020 – present)
* Plan 140 daily trunking and store-delivery routes for a grocery contract
* Reduced empty running by 11% in 2022 through backhaul matching
* Management side on the shift-pattern consultation with Unite reps in 2023
Transport Planner — Wincanton, Daventry (2016 – 2020)
* Night-shift planning for a DIY retail network; 60 vehicles
* Delivered the tachograph-infringement dashboard adopted across three sites

Rebecca Thornton | Transport Planner | rebecca.thornton.logistics@gmail.com | 07812 440 918
Page 2

Traffic Office Administrator — Age UK trading warehouse, Coventry (2013 – 2016)
* Booked donated-goods collections and charity-shop replenishment runs

EDUCATION AND TRAINING
CILT Level 3 Certificate in Logistics and Transport (2017)
Transport Manager CPC (Road Haulage), 2019
BA (Hons) Geography, Coventry University (2013)

INTERESTS
Fell running, Peak District navigation events, cooking for friends.

Rebecca Thornton | Transport Planner | rebecca.thornton.logistics@gmail.com | 07812 440 918
Page 3""",
sens=[],
keep=["Senior Transport Planner", "DHL Supply Chain", "Reduced empty running by 11% in 2022 through backhaul matching",
      "Management side on the shift-pattern consultation with Unite reps in 2023", "Wincanton",
      "Age UK trading warehouse", "CILT Level 3 Certificate in Logistics and Transport",
      "Transport Manager CPC (Road Haulage)", "Paragon, Descartes"],
contact=["Rebecca Thornton", "rebecca.thornton.logistics@gmail.com", "07812 440 918"],
))
