# English CVs 031-040, as text extracted from PDF / Word files. Written by hand.
CVS = []

# 031 UK (Cardiff) - two-column PDF merged line by line, Welsh/English
CVS.append(dict(
text="""GARETH LLEWELLYN                              Bus Operations Controller
Splott, Cardiff CF24 · 07828 301 554 · gareth.llewellyn.cdf@btinternet.com

PROFILE                        EXPERIENCE
Controller with 22 years at    Cardiff Bus — Operations Controller
the wheel and on the radio.    2015 – present
Calm voice, good with          ▪ Real-time control of 180 buses on 60
drivers, better with             routes; incident logs and curtailments
timetables.                    ▪ Led the control-room move to INIT
                                 MOBILE-ITCS in 2021
BORN                           ▪ Unite branch chair for Cardiff Bus
14 March 1972 (52)               (lay role) since 2016
                               Cardiff Bus — PCV Driver / Trainer
LANGUAGES                      2002 – 2015
Welsh (fluent), English        ▪ Driver CPC trainer; 120 new starters
                               ▪ Road-safety talks in Welsh-medium
LICENCES                         schools
PCV (D), Driver CPC
                               EDUCATION
POLITICS & COMMUNITY           NVQ Level 4 Transport Operations
Plaid Cymru member; I          Supervision, Cardiff and Vale College
leaflet Splott ward at         Certificate in Passenger Transport
every election                 Management (CILT)

NOTE FOR VETTING
Drink-driving ban 2009 (18 months); car licence restored in 2011 and no points since.
Page 1 of 1""",
sens=[("D", "14 March 1972 (52)"), ("U", "Unite branch chair for Cardiff Bus"), ("P", "Plaid Cymru member"),
      ("C", "Drink-driving ban 2009 (18 months)")],
keep=["Bus Operations Controller", "Cardiff Bus — Operations Controller", "Real-time control of 180 buses on 60",
      "Led the control-room move to INIT", "Cardiff Bus — PCV Driver / Trainer", "Driver CPC trainer; 120 new starters",
      "NVQ Level 4 Transport Operations", "PCV (D), Driver CPC"],
contact=["GARETH LLEWELLYN", "Splott, Cardiff CF24", "07828 301 554", "gareth.llewellyn.cdf@btinternet.com"],
))

# 032 US (Seattle) - Lever ATS export: form fields, parsed resume, "Additional information" box
CVS.append(dict(
text="""Lever | Candidate packet
Posting: Staff Site Reliability Engineer - Platform
Name: Ethan Kowalczyk
Email: ethan.kowalczyk@fastmail.com
Phone: +1 206 555 0151
Current location: Seattle, WA
Links: github.com/ekowalczyk  ·  linkedin.com/in/ethankowalczyk

RESUME
Ethan Kowalczyk — Staff SRE
Microsoft, Redmond · Senior SRE, Azure Storage · 2017–present
  · Owned the incident-management program for 1,400 engineers; MTTR −38%
  · Chaos-engineering game days across 12 regions
  · Co-lead of GLEAM, Microsoft's LGBTQIA+ employee network (Puget Sound chapter)
Amazon Web Services, Seattle · Systems Engineer, EC2 · 2013–2017
  · Fleet automation in Python and Rust
Education · B.S. Computer Engineering, University of Washington (2013)
Skills · Kubernetes · Terraform · Go · Rust · OpenTelemetry · SLO design

ADDITIONAL INFORMATION (candidate-entered)
Two things you may as well know up front. I have hereditary hemochromatosis (C282Y
homozygous), so I leave an hour early every eight weeks for a venesection. And
in election years I volunteer evenings on the Washington State Democrats' voter
protection hotline, so I prefer on-call weeks that avoid early November.
Available from 1 July.""",
sens=[("O", "Co-lead of GLEAM, Microsoft's LGBTQIA+ employee network"),
      ("G", "hereditary hemochromatosis (C282Y\nhomozygous)"), ("H", "a venesection"),
      ("P", "I volunteer evenings on the Washington State Democrats' voter\nprotection hotline")],
keep=["Staff Site Reliability Engineer - Platform", "Senior SRE, Azure Storage",
      "Owned the incident-management program for 1,400 engineers", "Chaos-engineering game days across 12 regions",
      "Systems Engineer, EC2", "B.S. Computer Engineering, University of Washington",
      "Kubernetes · Terraform · Go · Rust · OpenTelemetry · SLO design"],
contact=["Ethan Kowalczyk", "ethan.kowalczyk@fastmail.com", "+1 206 555 0151", "Seattle, WA", "github.com/ekowalczyk",
         "linkedin.com/in/ethankowalczyk"],
))

# 033 India (Hyderabad) - PDF with "Page x of y" footers and a declaration; disclosure in a table
CVS.append(dict(
text="""CURRICULUM VITAE
VENKATA SAI KIRAN REDDY
Plot 44, Sri Nagar Colony, Hyderabad – 500073 | +91 90004 81236 | saikiran.civil@gmail.com

OBJECTIVE
Site engineer seeking a planning and billing role on metro or highway projects.

EXPERIENCE
L&T Construction – Hyderabad Metro Rail (Corridor III)	Site Engineer	2018 – 2021
	- Viaduct segment erection, 42 spans; daily progress reports in Primavera P6
Megha Engineering & Infrastructures Ltd (MEIL)	Billing Engineer	2021 – present
	- RA bills and BOQ reconciliation for the Kaleshwaram lift irrigation package
	- Sub-contractor measurement checks, ₹48 crore per quarter

EDUCATION
B.Tech Civil Engineering	JNTU Hyderabad	2018	72%
Intermediate (MPC)	Sri Chaitanya Junior College	2014	93%

                                                                  Page 1 of 2
SKILLS
AutoCAD, Primavera P6, MS Project, quantity surveying, IS 456 / IRC codes

EXTRA-CURRICULAR
Former Telangana state joint secretary of ABVP (2015 – 2017), the student wing
associated with the Sangh; I still attend shakha on Sundays.

DISCLOSURE
Pending / past cases	One FIR (2016) from a campus protest, IPC 147 –
	acquitted by the magistrate court in 2019

PERSONAL
Caste	Reddy (OC)
Languages	Telugu, English, Hindi

I hereby declare that the above particulars are true.
Hyderabad                                                (V. SAI KIRAN REDDY)
                                                                  Page 2 of 2""",
sens=[("P", "Former Telangana state joint secretary of ABVP"), ("R", "I still attend shakha on Sundays"),
      ("C", "One FIR (2016) from a campus protest, IPC 147 –\n	acquitted by the magistrate court in 2019"),
      ("E", "Caste	Reddy (OC)")],
keep=["L&T Construction – Hyderabad Metro Rail (Corridor III)", "Site Engineer",
      "Viaduct segment erection, 42 spans", "Megha Engineering & Infrastructures Ltd (MEIL)", "Billing Engineer",
      "RA bills and BOQ reconciliation for the Kaleshwaram lift irrigation package", "B.Tech Civil Engineering",
      "AutoCAD, Primavera P6, MS Project"],
contact=["VENKATA SAI KIRAN REDDY", "Plot 44, Sri Nagar Colony, Hyderabad – 500073", "+91 90004 81236",
         "saikiran.civil@gmail.com", "V. SAI KIRAN REDDY"],
))

# 034 UK (Belfast) - public-sector application form exported to PDF, monitoring page included
CVS.append(dict(
text="""APPLICATION FORM – Band 6 Finance Business Partner (Ref. BHSCT/24/0912)
Section 1  Personal details
Name	Ms Clodagh Maguire
Address	22 Glen Road, Andersonstown, Belfast BT11 8BU
Telephone	028 9061 4472 / 07754 290 113
Email	clodagh.maguire.fin@gmail.com

Section 2  Employment history (most recent first)
From	To	Employer	Post
03/2019	present	Belfast Health and Social Care Trust	Management Accountant (Band 6)
09/2014	02/2019	Department of Finance (NI)	Staff Officer, Supply Division
Main duties (current post): budget-holder support for mental health and learning
disability directorates (£210m); monthly variance packs; NIPSA workplace rep for the
finance office since 2020.

Section 3  Qualifications
CIMA (ACMA, CGMA), 2017
BSc (Hons) Accounting, Queen's University Belfast, 2014

Section 4  Criminal convictions
Do you have any unspent convictions?  Yes – conviction in 2012 for disorderly
behaviour at a parade (fine); spent under the 1978 Order in 2017.

Section 5  Additional information
I am a member of the SDLP and help at our Upper Bann count each election. I live with
my wife, Siobhán, who is also a Trust employee.

Equal Opportunities Monitoring (detached from form)
Community background: I have a Roman Catholic community background
Racial group: White
Date of birth: 07/10/1989

Page 3 of 3""",
sens=[("U", "NIPSA workplace rep for the\nfinance office since 2020"),
      ("C", "conviction in 2012 for disorderly\nbehaviour at a parade (fine)"), ("P", "I am a member of the SDLP"),
      ("O", "my wife, Siobhán"), ("R", "Community background: I have a Roman Catholic community background"),
      ("E", "Racial group: White"), ("D", "Date of birth: 07/10/1989")],
keep=["Band 6 Finance Business Partner", "Belfast Health and Social Care Trust", "Management Accountant (Band 6)",
      "Department of Finance (NI)", "Staff Officer, Supply Division",
      "budget-holder support for mental health and learning", "CIMA (ACMA, CGMA)",
      "BSc (Hons) Accounting, Queen's University Belfast"],
contact=["Ms Clodagh Maguire", "22 Glen Road, Andersonstown, Belfast BT11 8BU", "028 9061 4472", "07754 290 113",
         "clodagh.maguire.fin@gmail.com"],
))

# 035 Australia (Fremantle) - scanned CV, OCR slips (rn/m, 0/O, l/1), broken lines
CVS.append(dict(
text="""RYAN O'CONNELL-TRAN
Marine Engineer / Port Maintenance Supervisor
Beaconsfield WA 6162   |   0417 552 093   |   ryan.oct.marine@gmail.com

SUMMARY
Marine engineer (Class 2 Near Coastal) now ashore, 15 years on tugs and in port
rnaintenance. MUA rnember since 2006 and workplace delegate at Fremantle Ports
since 2020. Married to my husband Rob in 2019; no kids, so I can do callouts.

EXPERIENCE
Fremantle Ports — Maintenance Supervisor (Marine Assets)          2018 – now
• Planned rnaintenance for 3 pilot boats, 2 workboats and the navigation aids
• Dry-dock specs and tender evaluations (A$4.1m in 2023)
Svitzer Australia — Chief Engineer, harbour tugs                 2009 – 2018
• ASD tugs (Z-drive) in Fremantle and Kwinana; 24/7 on call
Teekay Shipping — Third / Second Engineer                        2004 – 2009

QUALIFICATIONS
Certificate of Competency – Marine Engineer Class 2 NC (AMSA)
Diploma of Marine Engineering, South Metropolitan TAFE
MSIC (current); WA Working with Children Check

DISCLOSURE (for the Ports security check)
Arrested 2O17 at the blockade of the AUKUS subrnarine visit protest in Fremantle;
charge of obstructing police withdrawn in 2018. My fingerprints and DNA
from that arrest were destroyed on application in 2019.""",
sens=[("U", "MUA rnember since 2006"), ("U", "workplace delegate at Fremantle Ports\nsince 2020"),
      ("O", "Married to my husband Rob"), ("F", "no kids"),
      ("C", "Arrested 2O17"), ("P", "at the blockade of the AUKUS subrnarine visit protest"),
      ("G", "My fingerprints and DNA\nfrom that arrest")],
keep=["Marine Engineer / Port Maintenance Supervisor", "Maintenance Supervisor (Marine Assets)",
      "Dry-dock specs and tender evaluations", "Svitzer Australia — Chief Engineer, harbour tugs", "Teekay Shipping",
      "Certificate of Competency – Marine Engineer Class 2 NC (AMSA)", "Diploma of Marine Engineering, South Metropolitan TAFE",
      "Planned rnaintenance for 3 pilot boats"],
contact=["RYAN O'CONNELL-TRAN", "Beaconsfield WA 6162", "0417 552 093", "ryan.oct.marine@gmail.com"],
))

# 036 US (Minneapolis) - Word resume, Symbol bullets (¶ and o), hyphenated wrap
CVS.append(dict(
text="""HODAN ABDIRAHMAN ALI
Cedar-Riverside, Minneapolis, MN 55454 • 612-555-0193 • hodan.ali.pharm@gmail.com

SUMMARY
¶ Pharmacist (PharmD), 7 years in community and ambulatory care; fluent Somali, English,
  conversational Arabic
¶ Somali-American; my family came to Minnesota as refugees in 1998, when I was seven
¶ Seeking a clinical pharmacist role in primary care

EXPERIENCE
Hennepin Healthcare — Ambulatory Care Pharmacist                    2020 – Present
o Collaborative-practice agreements for diabetes and hypertension; A1c reduction
  of 1.4 points in a 300-patient cohort
o Built the Ramadan fasting medication-counseling sessions for the clinic's Muslim
  patients
CVS Pharmacy — Staff Pharmacist, Lake Street                         2017 – 2020
o Immunizations, MTM reviews, prior authorizations

EDUCATION
PharmD, University of Minnesota College of Pharmacy (2017)
BCACP – Board Certified Ambulatory Care Pharmacist (2021)

ADDITIONAL
¶ I am an observant Muslim and wear hijab; I would ask for a short prayer break
  at midday, easily covered by a flexible lunch
¶ Married; expecting our first child in March, so I would start after 12 weeks of
  leave if offered the post""",
sens=[("E", "Somali-American; my family came to Minnesota as refugees in 1998"), ("D", "when I was seven"),
      ("R", "I am an observant Muslim and wear hijab"), ("R", "I would ask for a short prayer break"),
      ("F", "Married; expecting our first child in March")],
keep=["Pharmacist (PharmD)", "Hennepin Healthcare — Ambulatory Care Pharmacist",
      "Collaborative-practice agreements for diabetes and hypertension",
      "Built the Ramadan fasting medication-counseling sessions for the clinic's Muslim", "CVS Pharmacy — Staff Pharmacist",
      "PharmD, University of Minnesota College of Pharmacy", "BCACP – Board Certified Ambulatory Care Pharmacist"],
contact=["HODAN ABDIRAHMAN ALI", "Cedar-Riverside, Minneapolis, MN 55454", "612-555-0193", "hodan.ali.pharm@gmail.com"],
))

# 037 Canada (Montreal) - Workday export, bilingual field labels, parsed resume
CVS.append(dict(
text="""Workday – Candidate Profile / Profil du candidat
Job / Poste : Coordinator, Library Systems (Concordia University) – JR-11842
Legal Name / Nom légal : Benjamin Azoulay
Email : ben.azoulay.lib@gmail.com        Phone / Téléphone : 514-555-0126
Address / Adresse : 4520 av. Coolbrook, app. 3, Montréal QC H3X 2K9

Resume / CV (parsed)
BENJAMIN AZOULAY, MSI
Library Systems Librarian | Koha, Alma, Primo | bilingual

Work Experience
McGill University Library — Systems Librarian — 2016 – present
- Migrated 4.2M records from Aleph to Alma/Primo VE (2020)
- Vice-president, CUPE Local 1500 (support staff) executive, 2021 – 2023
Jewish Public Library, Montreal — Cataloguer (Hebrew & Yiddish collections) — 2012 – 2016
- Original cataloguing of 6,000 Hebrew and Yiddish titles in RDA

Education
MSI (Master of Information Studies), McGill University, 2012
BA History, Concordia University, 2010

Additional Information
Volunteer, Québec solidaire campaign in Mercier (2022 provincial election).
Background check: 2011 mischief conviction (conditional discharge), no record since.
I live with my boyfriend in Outremont.
Genetic screening before our planned wedding showed I carry the Tay-Sachs gene;
mentioned only because it explains a few medical appointments in 2024.""",
sens=[("U", "Vice-president, CUPE Local 1500 (support staff) executive"),
      ("P", "Volunteer, Québec solidaire campaign in Mercier"), ("C", "2011 mischief conviction (conditional discharge)"),
      ("O", "I live with my boyfriend"), ("F", "our planned wedding"), ("G", "I carry the Tay-Sachs gene")],
keep=["Coordinator, Library Systems", "McGill University Library — Systems Librarian",
      "Migrated 4.2M records from Aleph to Alma/Primo VE (2020)",
      "Jewish Public Library, Montreal — Cataloguer (Hebrew & Yiddish collections)",
      "Original cataloguing of 6,000 Hebrew and Yiddish titles in RDA",
      "MSI (Master of Information Studies), McGill University", "Koha, Alma, Primo"],
contact=["Benjamin Azoulay", "BENJAMIN AZOULAY", "ben.azoulay.lib@gmail.com", "514-555-0126",
         "4520 av. Coolbrook, app. 3, Montréal QC H3X 2K9"],
))

# 038 Ireland (Limerick) - two-column PDF merged line by line; sidebar wraps mid-phrase
CVS.append(dict(
text="""CIARÁN O'SULLIVAN
Maintenance Technician | Limerick | 087 902 4418 | ciaran.osull.tech@gmail.com

ABOUT                         WORK HISTORY
27 years old, bi and out,     Maintenance Technician — Analog Devices,
ADHD (medicated,              Raheen Business Park                2019 – now
diagnosed 2018).              - PM on wafer-fab tools (Applied Materials
                                implanters, Lam etch)
I'm the SIPTU shop            - Cleanroom protocol trainer for 30 new hires
steward for the               - TPM pillar lead for the planned-maintenance
technicians' shift.             programme
                              Apprentice Electrician — Dennison Trailers,
COURT RECORD                  Limerick                            2015 – 2019
One cannabis possession
charge, 2016 – Probation      EDUCATION
Act applied, so no            QQI Level 6 Advanced Certificate, Electrical
conviction recorded.          (Craft), Limerick and Clare ETB, 2019
                              Certificate in Industrial Automation (PLC),
SKILLS                        TUS Moylish, 2021
Siemens S7, Allen-Bradley,
pneumatics, hydraulics,       REFERENCES
fault-finding                 On request""",
sens=[("D", "27 years old"), ("O", "bi and out"), ("H", "ADHD (medicated,"), ("U", "SIPTU shop"),
      ("C", "One cannabis possession\ncharge, 2016")],
keep=["Maintenance Technician — Analog Devices,", "PM on wafer-fab tools (Applied Materials",
      "Cleanroom protocol trainer for 30 new hires", "TPM pillar lead for the planned-maintenance",
      "Apprentice Electrician — Dennison Trailers,", "QQI Level 6 Advanced Certificate, Electrical",
      "Certificate in Industrial Automation (PLC),", "Siemens S7, Allen-Bradley,"],
contact=["CIARÁN O'SULLIVAN", "087 902 4418", "ciaran.osull.tech@gmail.com"],
))

# 039 UK (Birmingham) - NHS Jobs / Trac application exported as one PDF, monitoring section included
CVS.append(dict(
text="""Application for: Ward Manager (Band 7) – Acute Medicine   Ref: 219-UHB-6104
Applicant: Harpreet Kaur Sandhu
Address: 41 Holly Road, Handsworth, Birmingham B20 2BY
Tel: 07941 883 270   Email: harpreet.sandhu.rn@nhs.net
NMC PIN: 09I1742E

Employment
University Hospitals Birmingham NHS FT – Deputy Ward Manager (Band 6), AMU
   04/2018 – present
   Reason for leaving: career progression
   Led the AMU's frailty pathway pilot; 30% fewer 72-hour readmissions
   RCN workplace representative for Ward 15 and AMU since 2021
Sandwell and West Birmingham NHS Trust – Staff Nurse (Band 5), Respiratory
   09/2013 – 03/2018

Education
BSc (Hons) Adult Nursing, Birmingham City University, 2013
Mentorship / Practice Assessor (NMC SSSA), 2019

Declaration of convictions
Caution, 2011 (shoplifting, aged 17) – protected; disclosed voluntarily.

----- Equality and diversity monitoring (not seen by the shortlisting panel) -----
Ethnic origin: Asian or Asian British – Indian
Religion or belief: Sikh
Sexual orientation: Heterosexual or straight
Disability: Yes – sickle cell trait noted by Occupational Health (no adjustments)
Age band: 30-34

Page 4 of 4""",
sens=[("U", "RCN workplace representative for Ward 15 and AMU"), ("C", "Caution, 2011 (shoplifting"),
      ("D", "aged 17"), ("E", "Ethnic origin: Asian or Asian British – Indian"), ("R", "Religion or belief: Sikh"),
      ("O", "Sexual orientation: Heterosexual or straight"), ("H", "Disability: Yes"), ("G", "sickle cell trait"), ("D", "Age band: 30-34")],
keep=["Ward Manager (Band 7) – Acute Medicine", "University Hospitals Birmingham NHS FT",
      "Deputy Ward Manager (Band 6), AMU", "Led the AMU's frailty pathway pilot; 30% fewer 72-hour readmissions",
      "Sandwell and West Birmingham NHS Trust", "Staff Nurse (Band 5), Respiratory",
      "BSc (Hons) Adult Nursing, Birmingham City University", "Mentorship / Practice Assessor (NMC SSSA)"],
contact=["Harpreet Kaur Sandhu", "41 Holly Road, Handsworth, Birmingham B20 2BY", "07941 883 270",
         "harpreet.sandhu.rn@nhs.net", "NMC PIN: 09I1742E"],
))

# 040 Nigeria (Port Harcourt) - justified Word CV broken mid-word, repeated page header
CVS.append(dict(
text="""IBIMINA TONYE GEORGE-HART | Production Engineer | ibimina.georgehart@gmail.com
====================================================================================
PROFILE
Production engineer with 11 years in swamp and shallow-offshore operations, ris-
ing from graduate trainee to senior production engineer. 38 years old, hyper-
tensive but well controlled, and medically certified (OGUK/OEUK) for offshore work.

EXPERIENCE
Shell Petroleum Development Company (SPDC), Port Harcourt
Senior Production Engineer (2019 – date)
 ● Well-test and allocation for 46 wells in the Eastern swamp asset
 ● Led the gas-lift optimisation that added 3,200 bopd in 2022
 ● Branch Chairman, PENGASSAN SPDC East branch (2021 – 2023)
Production Engineer (2013 – 2019)
 ● Nodal analysis (Prosper/GAP), flowline pigging schedules

IBIMINA TONYE GEORGE-HART | Production Engineer | page 2
====================================================================================
EDUCATION
B.Eng. Petroleum Engineering, Rivers State University, 2012
SPE member; Nigerian Society of Engineers (COREN-registered)

OTHER
 ● Ward 7 youth coordinator for the Labour Party in Port Harcourt City LGA
   during the 2023 elections
 ● Genotype AA; blood group B+ (listed at my medical's request)
 ● Married to Tamuno; two daughters (8 and 5)

ADDRESS
Plot 17, Woji Estate Road, Port Harcourt, Rivers State | 0809 213 4587""",
sens=[("D", "38 years old"), ("H", "hyper-\ntensive"), ("U", "Branch Chairman, PENGASSAN SPDC East branch"),
      ("P", "Ward 7 youth coordinator for the Labour Party"), ("G", "Genotype AA"), ("F", "Married to Tamuno"),
      ("F", "two daughters (8 and 5)")],
keep=["Production Engineer", "Shell Petroleum Development Company (SPDC)", "Senior Production Engineer",
      "Well-test and allocation for 46 wells in the Eastern swamp asset",
      "Led the gas-lift optimisation that added 3,200 bopd in 2022", "Nodal analysis (Prosper/GAP)",
      "B.Eng. Petroleum Engineering, Rivers State University"],
contact=["IBIMINA TONYE GEORGE-HART", "ibimina.georgehart@gmail.com", "Plot 17, Woji Estate Road, Port Harcourt, Rivers State",
         "0809 213 4587"],
))
