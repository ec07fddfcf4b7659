# English CVs 011-020, as text extracted from PDF / Word files. Written by hand.
CVS = []

# 011 UK (Glasgow) - two-column Canva PDF merged line by line; sidebar facts split from labels
CVS.append(dict(
text="""FIONA MACLEOD
QA LEAD / TEST MANAGER

CONTACT                     PROFILE
07931 562 804               Test lead with eleven years in energy and
fiona.macleod.qa@gmail.com  banking platforms. I write test strategies
Dennistoun, Glasgow         people actually read, and I automate the
                            dull parts first.
ABOUT
Age 36                      EXPERIENCE
Dyslexic (I use             QA Lead — ScottishPower, Glasgow
text-to-speech for          2019 – present
long specs)                 ▪ Test strategy for the smart-meter billing
                              migration (2.1m accounts)
NETWORKS                    ▪ Cut regression from 6 days to 9 hours
Co-chair, LGBT+ staff         with Playwright and Azure DevOps
network "Spectrum"          ▪ Accessibility testing (WCAG 2.2) for the
(2021–23)                     customer app
UNISON branch secretary,    Senior Test Analyst — Lloyds Banking Group,
ScottishPower Glasgow       Edinburgh
                            2014 – 2019
                            ▪ Payments regression pack; CHAPS and
SKILLS                        Faster Payments test data
Playwright                  Test Analyst — Sopra Steria, Glasgow
Azure DevOps                2012 – 2014
ISTQB Advanced TM
SQL, Postman                EDUCATION
                            BSc Computing Science, University of
INTERESTS                   Strathclyde (2012)
Hill-walking, Munros        ISTQB Advanced Level Test Manager
(212 of 282), canvassing
for the SNP in Glasgow
East at every election""",
sens=[("D", "Age 36"), ("H", "Dyslexic"), ("O", "Co-chair, LGBT+ staff"), ("U", "UNISON branch secretary"),
      ("P", "canvassing\nfor the SNP")],
keep=["QA Lead — ScottishPower", "Test strategy for the smart-meter billing", "Cut regression from 6 days to 9 hours",
      "Accessibility testing (WCAG 2.2)", "Senior Test Analyst — Lloyds Banking Group", "Test Analyst — Sopra Steria",
      "BSc Computing Science, University of", "ISTQB Advanced Level Test Manager", "Playwright"],
contact=["FIONA MACLEOD", "07931 562 804", "fiona.macleod.qa@gmail.com", "Dennistoun, Glasgow"],
))

# 012 US (San Diego) - Greenhouse ATS export: form answers, parsed resume, parsed cover letter
CVS.append(dict(
text="""GREENHOUSE — Application Export
Job: Director, Regulatory Affairs (Oncology Diagnostics)   Office: San Diego, CA
Name: Anjali R. Menon
Email: anjali.menon.ra@gmail.com
Phone: +1 858 555 0163
LinkedIn: https://www.linkedin.com/in/anjali-menon-ra
Website: —
How did you hear about us? Referral (K. Ostrowski)

--- Resume (text extracted) ---
ANJALI R. MENON, PhD, RAC
Regulatory leader for IVDs and companion diagnostics; 3 PMAs, 11 510(k)s.
Illumina, San Diego — Senior Manager, Regulatory Affairs — 2018-present
- Led the PMA for a BRCA1/2 companion diagnostic (approved 2022)
- FDA pre-sub meetings for an NGS tumor profiling panel; EU IVDR transition plan
Quidel — Regulatory Affairs Specialist II — 2014-2018
- 510(k) submissions for rapid influenza and strep A assays
Education: PhD Molecular Biology, UC San Diego (2014); B.Tech Biotechnology, Anna University (2008)
Certification: RAC-Devices (RAPS)

--- Cover Letter (text extracted) ---
Dear Hiring Team,
Diagnostics that find hereditary cancer risk early are not abstract to me: I
carry a BRCA1 pathogenic variant, found through a family cascade test in 2017, and
I had risk-reducing surgery in 2019. That experience shapes how I read every label
and every patient leaflet we submit.
I am also a practical choice: my wife Priya and I already live in North Park, so no
relocation is needed. I would welcome a conversation.
Best regards,
Anjali""",
sens=[("G", "carry a BRCA1 pathogenic variant"), ("H", "risk-reducing surgery in 2019"), ("O", "my wife Priya")],
keep=["Director, Regulatory Affairs (Oncology Diagnostics)", "Senior Manager, Regulatory Affairs",
      "Led the PMA for a BRCA1/2 companion diagnostic (approved 2022)", "FDA pre-sub meetings for an NGS tumor profiling panel",
      "Regulatory Affairs Specialist II", "PhD Molecular Biology, UC San Diego", "RAC-Devices (RAPS)", "Illumina", "Quidel"],
contact=["Anjali R. Menon", "ANJALI R. MENON", "anjali.menon.ra@gmail.com", "+1 858 555 0163",
         "https://www.linkedin.com/in/anjali-menon-ra", "K. Ostrowski"],
))

# 013 India (Pune) - no sensitive mention; Naukri-style export with flattened project table
CVS.append(dict(
text="""Resume Headline : SAP FICO Consultant | S/4HANA | 7.5 Yrs
Name : Rohan Deshpande
Email : rohan.deshpande.fico@gmail.com     Mobile : 91-9822061173
Current Location : Pune     Preferred Location : Pune, Bengaluru, Remote
Notice Period : 60 days

Profile Summary
SAP FICO consultant with two S/4HANA greenfield implementations and one brownfield
conversion. Strong in GL, AP/AR, asset accounting, bank communication management and
GST configuration.

Employment Details
Capgemini Technology Services India Ltd.	Senior Consultant	Apr 2021 to Till Date
Infosys Ltd.	Technology Analyst	Jul 2016 to Mar 2021

Projects
Client	Scope	Role	Duration
UK housing charity	S/4HANA greenfield, FI + grants	FI lead	14 months
Indian pharma major	ECC to S/4 conversion, GST	FICO consultant	11 months
Middle-East Islamic bank	Profit-rate (non-interest) GL design	AR/GL consultant	8 months

Key Skills
SAP FI-GL, AP, AR, AA, BCM, GST, Central Finance, Fiori apps, LSMW, LTMC

Education
MBA (Finance), Symbiosis Institute of Business Management, Pune, 2016
B.Com, Brihan Maharashtra College of Commerce, 2014

Certifications
SAP Certified Application Associate – SAP S/4HANA for Financial Accounting (2021)

Languages : English, Hindi, Marathi
-- Exported from Naukri RMS on 06-Mar-2024 --""",
sens=[],
keep=["SAP FICO Consultant", "Capgemini Technology Services India Ltd.", "Senior Consultant", "Infosys Ltd.",
      "Profit-rate (non-interest) GL design", "S/4HANA greenfield, FI + grants",
      "MBA (Finance), Symbiosis Institute of Business Management",
      "SAP Certified Application Associate – SAP S/4HANA for Financial Accounting (2021)"],
contact=["Rohan Deshpande", "rohan.deshpande.fico@gmail.com", "91-9822061173"],
))

# 014 Nigeria (Kaduna) - Word CV, justified text broken mid-word, page header repeated
CVS.append(dict(
text="""CURRICULUM VITAE OF ENGR. ABDULLAHI MUSA GARBA

PERSONAL INFORMATION
Address: No. 22 Constitution Road, Kaduna North, Kaduna State
Phone: 08034521196 | E-mail: amgarba.engr@gmail.com
Date of Birth: 3rd June 1981 (Age 42)
Religion: Islam
Tribe: Hausa/Fulani
Marital Status: Married with four (4) children

PROFESSIONAL SUMMARY
COREN-registered electrical engineer and lecturer with fifteen years of expe-
rience teaching power systems and supervising rural electrification projects.
Currently Branch Secretary of ASUP, Kaduna Polytechnic chapter, a role I have
held alongside my teaching since 2020.

WORK EXPERIENCE
Kaduna Polytechnic, Kaduna — Lecturer I / Senior Lecturer (2012 – Date)
  * Teach Power Systems Analysis and Electrical Machines (HND)
  * Supervised 38 HND projects, incl. a solar mini-grid for Kujama village
Rural Electrification Agency — Project Engineer (NYSC and contract, 2006 – 2012)
  * Site supervision of 33/11 kV line extensions in Zaria and Ikara LGAs

CV – Abdullahi Musa Garba – page 2

EDUCATION
M.Eng. Electrical Engineering (Power), Ahmadu Bello University, Zaria, 2015
B.Eng. Electrical Engineering, Bayero University Kano, 2005

MEMBERSHIP OF PROFESSIONAL BODIES
Council for the Regulation of Engineering in Nigeria (COREN)
Nigerian Society of Engineers (MNSE)

OTHER INFORMATION
I contested the 2019 Kaduna State House of Assembly primaries on the PDP
platform (Kaduna North constituency) and remain an active party member.

REFEREES
Prof. Ibrahim Sani Dogo, Dept. of Electrical Engineering, ABU Zaria – 08065512204
Alhaji Usman Bello, Director, Rural Electrification Agency – 08023347761""",
sens=[("D", "Date of Birth: 3rd June 1981 (Age 42)"), ("R", "Religion: Islam"), ("E", "Tribe: Hausa/Fulani"),
      ("F", "Marital Status: Married with four (4) children"), ("U", "Branch Secretary of ASUP, Kaduna Polytechnic chapter"),
      ("P", "I contested the 2019 Kaduna State House of Assembly primaries on the PDP\nplatform"),
      ("P", "remain an active party member")],
keep=["COREN-registered electrical engineer", "Lecturer I / Senior Lecturer", "Teach Power Systems Analysis and Electrical Machines (HND)",
      "Rural Electrification Agency — Project Engineer", "M.Eng. Electrical Engineering (Power), Ahmadu Bello University",
      "B.Eng. Electrical Engineering, Bayero University Kano", "Nigerian Society of Engineers (MNSE)"],
contact=["ENGR. ABDULLAHI MUSA GARBA", "Abdullahi Musa Garba", "No. 22 Constitution Road, Kaduna North, Kaduna State",
         "08034521196", "amgarba.engr@gmail.com", "Prof. Ibrahim Sani Dogo", "08065512204", "Alhaji Usman Bello", "08023347761"],
))

# 015 Australia (Pilbara) - SEEK profile export with screening questions, then resume text
CVS.append(dict(
text="""SEEK Application – exported 14 May 2024
Role: Site Administrator – FIFO 2:1 (Port Hedland)
Applicant: Tahlia Brown
Email: tahlia.brown.admin@outlook.com.au
Mobile: 0439 218 660
Location: South Hedland WA 6722

Employer questions
Which of the following statements best describes your right to work in Australia?
  I'm an Australian citizen
Do you identify as Aboriginal and/or Torres Strait Islander?
  Yes – Aboriginal (Nyamal)
Do you have any medical condition that may affect your ability to work on site?
  Epilepsy, well controlled on medication, seizure-free since 2016 – I hold a current
  driver's licence
Do you have a current National Police Clearance?
  Yes (one disclosable court outcome: 2015, stealing, $400 fine)

Resume
TAHLIA BROWN
Site and office administrator, 9 years in mining camps and contractors' site offices.

Site Administrator | BHP Iron Ore (via Programmed), Yarrie/Nimingarra | 2020 – now
- Timesheets and rostering for 180 FIFO workers in Workforce Central
- Inductions, PPE issue and Indigenous employment program reporting
Administration Officer | Fortescue Metals Group, Cloudbreak | 2016 – 2020
- Camp bookings (Sodexo), flights, purchase orders in SAP MM

Training: Cert IV in Business Administration; First Aid (HLTAID011); MR driver's licence
References: Shane Kelly, Site Services Superintendent – 0408 551 902""",
sens=[("E", "Yes – Aboriginal (Nyamal)"), ("H", "Epilepsy, well controlled on medication, seizure-free since 2016"),
      ("C", "one disclosable court outcome: 2015, stealing, $400 fine")],
keep=["Site Administrator – FIFO 2:1 (Port Hedland)", "BHP Iron Ore (via Programmed)",
      "Timesheets and rostering for 180 FIFO workers in Workforce Central", "Indigenous employment program reporting",
      "Administration Officer", "Fortescue Metals Group", "Cert IV in Business Administration"],
contact=["Tahlia Brown", "TAHLIA BROWN", "tahlia.brown.admin@outlook.com.au", "0439 218 660", "South Hedland WA 6722",
         "Shane Kelly", "0408 551 902"],
))

# 016 UK (Bristol) - Word CV with ▪ bullets turned into "" private-use glyphs, page number footers
CVS.append(dict(
text="""OLIVER PRENDERGAST
Employment Solicitor
12 Cotham Vale, Bristol BS6 6HR · 07700 362 145 · oliver.prendergast@lawmail.co.uk

Profile
Employment solicitor (PQE 8) acting for claimants and for unions' members. I take on the
discrimination cases other firms turn down, and I explain the odds plainly.

Experience
Thompsons Solicitors, Bristol — Senior Associate (2019 – present)
 Run a caseload of 45 tribunal claims, mostly disability and sexual orientation
discrimination
 Acted for UNISON members in the NHS Agenda for Change back-pay group action
 Advise on whistleblowing and TUPE

Burges Salmon LLP, Bristol — Associate (2016 – 2019)
 Respondent-side defence of unfair dismissal and equal pay claims

Page 1

Education
LPC (Distinction), University of Law, Bristol (2014)
LLB Law, University of Exeter (2013)

Beyond work
 I live with Crohn's disease; it is well managed and has never stopped me
running a final hearing.
 Stood as the Liberal Democrat candidate for Cotham ward in the 2021 council
elections (not elected).
 Sing bass in the Bristol Gay Men's Chorus, where I met my civil partner, Tom.

Page 2""",
sens=[("H", "I live with Crohn's disease"), ("P", "Stood as the Liberal Democrat candidate for Cotham ward"),
      ("O", "Sing bass in the Bristol Gay Men's Chorus"), ("O", "my civil partner, Tom")],
keep=["Employment Solicitor", "Thompsons Solicitors", "Senior Associate",
      "Run a caseload of 45 tribunal claims, mostly disability and sexual orientation",
      "Acted for UNISON members in the NHS Agenda for Change back-pay group action", "Burges Salmon LLP",
      "LPC (Distinction), University of Law", "LLB Law, University of Exeter"],
contact=["OLIVER PRENDERGAST", "12 Cotham Vale, Bristol BS6 6HR", "07700 362 145", "oliver.prendergast@lawmail.co.uk"],
))

# 017 Ireland (Cork) - two-column PDF; right column sometimes lands before the left one
CVS.append(dict(
text="""AOIFE BRENNAN                                  Data Scientist
086 774 2019 · aoife.brennan.ds@gmail.com · Douglas, Cork · github.com/aoifeb-ds

EXPERIENCE                                      DETAILS
Senior Data Scientist, Johnson Controls,        DOB: 9 Jan 1987
Cork (2021 – present)                           Separated, one
- Demand forecasting for HVAC spares (LightGBM) son (aged 7)
- Built the churn model for service contracts
Data Scientist, Voxpro (TELUS International),   SKILLS
Cork (2017 – 2021)                              Python, pandas,
- Agent attrition and scheduling models         LightGBM, SQL,
- Sentiment classifier for Irish-English chat   Azure ML, dbt

CAREER BREAK                                    EDUCATION
Aug 2020 – Apr 2021: leave for treatment        MSc Data Science &
of depression; I returned on a phased plan      Analytics, UCC (2017)
and have been well since.                       BSc Mathematics,
                                                UCC (2009)
INTERESTS
Sea swimming; canvassing for the Social
Democrats in Cork South-Central; genealogy – my 23andMe
results show I carry one copy of APOE4,
which is why I support Alzheimer Society
fundraisers.

Page 1/1 — Aoife Brennan — CV 2024""",
sens=[("D", "DOB: 9 Jan 1987"), ("F", "Separated, one"), ("F", "son (aged 7)"), ("H", "depression"),
      ("G", "I carry one copy of APOE4"),
      ("P", "canvassing for the Social\nDemocrats")],
keep=["Senior Data Scientist, Johnson Controls", "Demand forecasting for HVAC spares (LightGBM)",
      "Built the churn model for service contracts", "Data Scientist, Voxpro (TELUS International)",
      "Agent attrition and scheduling models", "Azure ML", "BSc Mathematics"],
contact=["AOIFE BRENNAN", "Aoife Brennan", "086 774 2019", "aoife.brennan.ds@gmail.com", "Douglas, Cork",
         "github.com/aoifeb-ds"],
))

# 018 Canada (Windsor, ON) - Word CV, lines broken at fixed width, hyphenation, ◦ bullets
CVS.append(dict(
text="""DWAYNE ST. LOUIS-MORGAN
Windsor, ON N9A 4J5 | 519-555-0177 | dwayne.stlouis@gmail.com

SUMMARY
Millwright (Red Seal) with 14 years in automotive body shops. Known for getting
lines back up fast and training apprentices properly. Permanent resident since
2013 after arriving from Jamaica; citizenship application in process.

WORK HISTORY
Stellantis – Windsor Assembly Plant — Industrial Mechanic (Millwright)
2015 – present
◦ Preventive maintenance on body-in-white conveyors and robotic weld cells
◦ Elected shop steward, Unifor Local 444, for the paint shop since 2019
◦ Lead hand on the 2022 retooling shutdown (4 weeks, 60 trades)
Ford Essex Engine Plant — Millwright Apprentice / Journeyperson
2010 – 2015
◦ Hydraulics and pneumatics troubleshooting on machining lines

CERTIFICATIONS
Red Seal Industrial Mechanic (Millwright) 433A, 2014
Working at Heights; Lockout/Tagout trainer
Forklift and MEWP operator

ADDITIONAL
I received a record suspension (pardon) in 2018 for a 2009 conviction (theft un-
der $5,000); it no longer appears on a standard check.
Coach, Windsor Minor Soccer (U12)""",
sens=[("E", "Permanent resident since\n2013 after arriving from Jamaica"), ("U", "Elected shop steward, Unifor Local 444"),
      ("C", "a 2009 conviction (theft un-\nder $5,000)"), ("C", "record suspension (pardon) in 2018")],
keep=["Millwright (Red Seal)", "Stellantis – Windsor Assembly Plant", "Industrial Mechanic (Millwright)",
      "Preventive maintenance on body-in-white conveyors and robotic weld cells", "Lead hand on the 2022 retooling shutdown",
      "Ford Essex Engine Plant", "Red Seal Industrial Mechanic (Millwright) 433A", "Lockout/Tagout trainer"],
contact=["DWAYNE ST. LOUIS-MORGAN", "Windsor, ON N9A 4J5", "519-555-0177", "dwayne.stlouis@gmail.com"],
))

# 019 India (Chennai) - PDF with a two-column personal table flattened into tabs
CVS.append(dict(
text="""KARTHIK SELVARAJ
Senior Analyst – Clinical Data Management
No. 18, 3rd Cross Street, Velachery, Chennai – 600042 | +91 94440 71825 | karthik.s.cdm@gmail.com

PROFESSIONAL SNAPSHOT
• 8 years in clinical data management for Phase II–III oncology and diabetes trials
• Medidata Rave, Oracle InForm, SAS (Base), CDISC SDTM/CDASH
• Built edit checks for 30+ studies; database lock within 4 weeks of LPLV

EXPERIENCE
IQVIA, Chennai	Senior Analyst, CDM	2020 – present
Cognizant (Life Sciences), Chennai	Clinical Data Associate	2016 – 2020
	• Data cleaning for a global type 2 diabetes cardiovascular outcomes trial
	• Reconciliation of SAE and lab data

EDUCATION
M.Pharm (Pharmacology), SRM College of Pharmacy	2016
B.Pharm, The Tamil Nadu Dr. M.G.R. Medical University	2014

PERSONAL INFORMATION
Date of birth	14.02.1991	Gender	Male
Community	SC (Adi Dravidar)	Marital status	Married
Health	Type 2 diabetic, on oral	Blood donor	No (β-thalassaemia
	medication		trait)
Languages	Tamil, English, Hindi	Passport	Available

I declare that the details furnished above are true.
Chennai						KARTHIK SELVARAJ""",
sens=[("D", "Date of birth	14.02.1991"), ("E", "Community	SC (Adi Dravidar)"), ("F", "Marital status	Married"),
      ("H", "Type 2 diabetic"), ("G", "β-thalassaemia")],
keep=["Senior Analyst – Clinical Data Management", "Medidata Rave, Oracle InForm, SAS (Base), CDISC SDTM/CDASH",
      "IQVIA, Chennai", "Cognizant (Life Sciences), Chennai", "Clinical Data Associate",
      "Data cleaning for a global type 2 diabetes cardiovascular outcomes trial", "M.Pharm (Pharmacology), SRM College of Pharmacy"],
contact=["KARTHIK SELVARAJ", "No. 18, 3rd Cross Street, Velachery, Chennai – 600042", "+91 94440 71825", "karthik.s.cdm@gmail.com"],
))

# 020 US (Phoenix) - ATS (iCIMS) parse of a veteran's resume, bullets lost to "*"
CVS.append(dict(
text="""iCIMS Candidate Record #448210
Name: Cody J. Whitaker   Phone: 602-555-0190   Email: cody.whitaker.ops@gmail.com
Home: 1407 W Dunlap Ave, Phoenix, AZ 85021
Requisition: Operations Supervisor – Distribution Center (Goodyear, AZ)

* * * RESUME TEXT * * *
CODY J. WHITAKER
Operations leader | U.S. Army (ret.) | Lean Six Sigma Green Belt

EXPERIENCE
Amazon — Area Manager II, PHX6 Fulfillment Center — 2019 - Present
* Lead 4 shifts, 220 associates; rate to plan 103% peak 2023
* Rolled out the palm-scan (Amazon One) time clocks for the site
U.S. Army — First Sergeant, 1st Armored Division — 2003 - 2019
* Two deployments (Iraq 2007, Afghanistan 2012); company of 140 soldiers
* Received an Article 15 in 2005 (alcohol-related); no further incidents in 14 years
* My DNA reference sample is held on file by AFDIL, as for all service members

EDUCATION
B.S. Business Administration, Arizona State University (2021)
Lean Six Sigma Green Belt (ASQ, 2020)

OTHER
* Served a two-year mission for The Church of Jesus Christ of Latter-day Saints in
  Brazil (2000-2002); fluent Portuguese
* Precinct committeeman, Maricopa County Republican Committee
* VA disability rating 50% (PTSD and tinnitus) – no restrictions for this role""",
sens=[("C", "Received an Article 15 in 2005 (alcohol-related)"), ("G", "My DNA reference sample is held on file by AFDIL"),
      ("R", "Served a two-year mission for The Church of Jesus Christ of Latter-day Saints"),
      ("P", "Precinct committeeman, Maricopa County Republican Committee"),
      ("H", "VA disability rating 50% (PTSD and tinnitus)")],
keep=["Operations Supervisor – Distribution Center", "Area Manager II, PHX6 Fulfillment Center",
      "Rolled out the palm-scan (Amazon One) time clocks for the site", "First Sergeant, 1st Armored Division",
      "B.S. Business Administration, Arizona State University", "Lean Six Sigma Green Belt (ASQ, 2020)", "Amazon"],
contact=["Cody J. Whitaker", "CODY J. WHITAKER", "602-555-0190", "cody.whitaker.ops@gmail.com",
         "1407 W Dunlap Ave, Phoenix, AZ 85021"],
))
