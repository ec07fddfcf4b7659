CVS = [
dict(n=21, text="""
Dr. Faraz Ahmad Chaudhry, MBBS, FCPS (Haematology)
B-114, Block 13-D/1, Gulshan-e-Iqbal, Karachi  •  0333-2187740  •  faraz.chaudhry.md@gmail.com
PMDC Reg. No. 71042-S

PROFESSIONAL SUMMARY
Consultant haematologist with a special interest in transfusion-dependent thalassaemia and paediatric bone-marrow transplant.

APPOINTMENTS
Aga Khan University Hospital, Karachi — Assistant Professor, Section of Haematology (2021–present)
  • Run the thalassaemia day-care clinic (180 registered children, chelation monitoring by T2* MRI).
  • Member of the hospital's Ethics Review Committee.
Fatimid Foundation, Karachi — Medical Officer, Blood Transfusion Services (2015–2017)
Jinnah Postgraduate Medical Centre — Resident, Haematology (2017–2021)

EDUCATION
FCPS Haematology, College of Physicians and Surgeons Pakistan, 2021
MBBS, Dow Medical College, 2014

RESEARCH
"Premarital carrier screening uptake in Sindh: a cross-sectional study", JPMA 2023 (first author)

PERSONAL STATEMENT
This work is personal: my brother has beta-thalassaemia major and I am a carrier myself.
Age: 31. Married; my wife and I are expecting our first child in May, so I would prefer a start date after June.
Faith: Ahmadiyya Muslim. I mention it because an FIR under section 298-C was registered against me in 2019 for "posing as a Muslim"; the case is still pending before the sessions court, and any employer's security check will show it.

REFERENCES
Prof. Salman Adil, Head of Haematology, AKUH — salman.adil@akuh.example.pk
Dr. Sadia Ghafoor, Medical Director, Fatimid Foundation — 021-3277 1141
""",
sensitive=[("genetic_biometric", "my brother has beta-thalassaemia major and I am a carrier myself"),
           ("date_of_birth_age", "Age: 31."),
           ("family_status", "Married; my wife and I are expecting our first child in May"),
           ("religious_belief", "Faith: Ahmadiyya Muslim."),
           ("criminal_record", "an FIR under section 298-C was registered against me in 2019")],
keep=["Aga Khan University Hospital, Karachi", "Assistant Professor, Section of Haematology",
      "Run the thalassaemia day-care clinic", "Ethics Review Committee", "Fatimid Foundation, Karachi",
      "FCPS Haematology, College of Physicians and Surgeons Pakistan", "MBBS, Dow Medical College",
      "Premarital carrier screening uptake in Sindh: a cross-sectional study"],
contact=["Dr. Faraz Ahmad Chaudhry", "B-114, Block 13-D/1, Gulshan-e-Iqbal, Karachi", "0333-2187740",
         "faraz.chaudhry.md@gmail.com", "PMDC Reg. No. 71042-S", "Prof. Salman Adil", "salman.adil@akuh.example.pk",
         "Dr. Sadia Ghafoor", "021-3277 1141"]),

dict(n=22, text="""
CURRICULUM VITAE

SUJON CHAKMA
House 12, Road 4, Sector 11, Uttara, Dhaka-1230  |  01819-223 407  |  sujon.chakma.compliance@gmail.com

CAREER OBJECTIVE
To lead social compliance for an export group, building factories where workers can raise problems without fear.

PROFESSIONAL EXPERIENCE
Manager, Social Compliance - DBL Group, Gazipur (2017 - present)
  ● Lead audits for H&M, Puma and Target across 9 units (38,000 workers).
  ● Set up elected worker-management Participation Committees as required by the Labour Act 2006.
  ● Remediation tracking under the Accord on Fire and Building Safety in Bangladesh.
Compliance Officer - Ha-Meem Group (2013 - 2017)
  ● Ethical Trading Initiative base-code gap assessments.

BEFORE COMPLIANCE
I started as a sewing operator. From 2009 to 2012 I was a shop-floor organiser for the Bangladesh Garment & Industrial Workers Federation, which is why I understand grievances from both sides.
After the 2010 wage protests I was detained for eleven days; the case against me was dropped in 2013.

EDUCATION
MBA (HRM), University of Dhaka (evening), 2016
BSS, National University, 2011

PERSONAL INFORMATION
Date of birth: 02-02-1988
Ethnicity: Chakma (Chittagong Hill Tracts)
Languages: Chakma, Bangla, English

REFERENCE
Mr. Mohammad Saiful Islam, Director (HR & Compliance), DBL Group - 01713-044 551
""",
sensitive=[("trade_union", "I was a shop-floor organiser for the Bangladesh Garment & Industrial Workers Federation"),
           ("criminal_record", "I was detained for eleven days; the case against me was dropped in 2013"),
           ("date_of_birth_age", "Date of birth: 02-02-1988"),
           ("ethnic_origin", "Ethnicity: Chakma (Chittagong Hill Tracts)")],
keep=["Manager, Social Compliance", "DBL Group, Gazipur", "Lead audits for H&M, Puma and Target across 9 units",
      "Set up elected worker-management Participation Committees",
      "Accord on Fire and Building Safety in Bangladesh", "Compliance Officer", "Ha-Meem Group",
      "MBA (HRM), University of Dhaka", "Ethical Trading Initiative base-code gap assessments"],
contact=["SUJON CHAKMA", "House 12, Road 4, Sector 11, Uttara, Dhaka-1230", "01819-223 407",
         "sujon.chakma.compliance@gmail.com", "Mr. Mohammad Saiful Islam", "01713-044 551"]),

dict(n=23, text="""
Arunthavarajah Kesavan
Software Engineer — Backend & Cloud
Colombo 06 · +94 77 908 1234 · kesavan.dev@gmail.com · github.com/akesavan

PROFILE
Seven years building Java and Go services for logistics and fintech. AWS certified. I write tests first and like boring, observable systems.

EXPERIENCE
WSO2 LLC, Colombo — Senior Software Engineer (2021–present)
  - Contributor to the Choreo platform: API rate-limiting service handling 40k req/s.
  - Mentored five interns from the University of Jaffna.
Sysco LABS — Software Engineer (2017–2021)
  - Rewrote route-optimisation batch jobs in Go; AWS cost down 35%.

EDUCATION
BSc (Hons) Computer Science, University of Jaffna, 2016 — First Class

CERTIFICATIONS
AWS Solutions Architect – Associate; CKAD

PERSONAL DETAILS
Date of Birth: 30.09.1992
Race: Sri Lankan Tamil
Languages: Tamil, English, Sinhala (working)

I'm openly gay and volunteer as a mentor with EQUAL GROUND's youth programme.

Gap 2016: I was held on remand for three months under the Prevention of Terrorism Act in 2016 and released without charge. I state it because it appears on police records.

References available on request.
""",
sensitive=[("date_of_birth_age", "Date of Birth: 30.09.1992"), ("ethnic_origin", "Race: Sri Lankan Tamil"),
           ("sexual_orientation", "I'm openly gay"),
           ("criminal_record", "I was held on remand for three months under the Prevention of Terrorism Act")],
keep=["WSO2 LLC, Colombo", "Senior Software Engineer", "Contributor to the Choreo platform",
      "Sysco LABS", "Software Engineer", "BSc (Hons) Computer Science, University of Jaffna",
      "AWS Solutions Architect – Associate; CKAD"],
contact=["Arunthavarajah Kesavan", "Colombo 06", "+94 77 908 1234", "kesavan.dev@gmail.com",
         "github.com/akesavan"]),

dict(n=24, text="""
BIO DATA

Post Applied For: SECURITY SUPERVISOR

Name              : Bishnu Bahadur Magar
Nationality       : Nepali
Date of Birth     : 12 June 1986
Marital Status    : Married (wife and 2 daughters in Nepal)
Height / Weight   : 5 ft 8 in / 70 kg
Blood Group       : B positive
Passport No.      : 10847732 (valid until 2031)
Visa Status       : Qatar work visa, ID valid till 2025
Contact           : +974 5588 2104 (WhatsApp) / bishnu.magar86@gmail.com
Home Address      : Ward No. 4, Galyang Municipality, Syangja, Nepal
Fingerprints      : Registered at Qatar Visa Centre, Kathmandu (2017)

EXPERIENCE
G4S Qatar - Security Supervisor (2019 - present)
  - Supervise 22 guards at the Museum of Islamic Art, Doha (access control, CCTV, visitor screening).
  - Event security for FIFA World Cup 2022 fan zone, Corniche.
G4S Qatar - Security Guard (2017 - 2019)
Malaysia - Factory Worker, Penang (2010 - 2013)

TRAINING
Qatar MOI Security Guard Licence; First Aid (Red Crescent Qatar); Fire Warden

LANGUAGES
Nepali, Hindi, English (good), Arabic (basic)

NOTE
In 2013 I was convicted in Malaysia for overstaying my work permit and deported; I have had no problem since.

DECLARATION
I declare the above details are true.
Bishnu Bahadur Magar, Doha
""",
sensitive=[("ethnic_origin", "Nationality       : Nepali"), ("date_of_birth_age", "Date of Birth     : 12 June 1986"),
           ("family_status", "Married (wife and 2 daughters in Nepal)"), ("health", "Blood Group       : B positive"),
           ("genetic_biometric", "Fingerprints      : Registered at Qatar Visa Centre"),
           ("criminal_record", "I was convicted in Malaysia for overstaying my work permit and deported")],
keep=["SECURITY SUPERVISOR", "G4S Qatar", "Security Supervisor",
      "Supervise 22 guards at the Museum of Islamic Art, Doha", "Event security for FIFA World Cup 2022 fan zone",
      "Qatar MOI Security Guard Licence", "First Aid (Red Crescent Qatar)"],
contact=["Bishnu Bahadur Magar", "10847732", "+974 5588 2104", "bishnu.magar86@gmail.com",
         "Ward No. 4, Galyang Municipality, Syangja, Nepal"]),

dict(n=25, text="""
NOMVULA DLAMINI-REYNOLDS
Secondary Mathematics Teacher (IB DP / IGCSE)
Currently: Al Barsha South, Dubai  ·  +971 50 118 2276  ·  nomvula.dr@icloud.com
Nationality: South African  ·  Age: 35

Applying for: Head of Mathematics, international schools in Singapore or Kuala Lumpur.

Teaching experience
GEMS Wellington International School, Dubai — Teacher of Mathematics, 2018–present
  ▸ IB Mathematics: Analysis & Approaches HL, mean grade 6.1 (world mean 4.7).
  ▸ Built the KS3 mastery scheme; timetabling lead for Maths, Islamic Studies and Arabic.
Westerford High School, Cape Town — Mathematics Teacher, 2012–2017
  ▸ Coached the South African Mathematics Olympiad squad.

Qualifications
BSc Mathematics & PGCE, University of Cape Town, 2011
IB Examiner, Mathematics AA paper 2 (since 2020)
KHDA approved teacher

Personal
My wife, Sarah, is an architect; we married in Cape Town in 2016 and would relocate together. I manage type 1 diabetes with an insulin pump, so I ask for a fridge in the staffroom and nothing else.
Trail running, chess club supervision.

Referees
Mr. Liam Ashworth, Principal, GEMS Wellington International School — liam.ashworth@gemswis.example.ae
Ms. Fatima Parker, Head of Maths, Westerford High School — +27 21 689 1118
""",
sensitive=[("ethnic_origin", "Nationality: South African"), ("date_of_birth_age", "Age: 35"),
           ("sexual_orientation", "My wife, Sarah, is an architect; we married in Cape Town in 2016"),
           ("health", "I manage type 1 diabetes with an insulin pump")],
keep=["Secondary Mathematics Teacher (IB DP / IGCSE)", "GEMS Wellington International School, Dubai",
      "Teacher of Mathematics", "timetabling lead for Maths, Islamic Studies and Arabic",
      "Westerford High School, Cape Town", "BSc Mathematics & PGCE, University of Cape Town",
      "IB Examiner, Mathematics AA paper 2", "Head of Mathematics"],
contact=["NOMVULA DLAMINI-REYNOLDS", "Al Barsha South, Dubai", "+971 50 118 2276", "nomvula.dr@icloud.com",
         "Mr. Liam Ashworth", "liam.ashworth@gemswis.example.ae", "Ms. Fatima Parker", "+27 21 689 1118"]),

dict(n=26, text="""
SENTHIL KUMAR RAMASAMY
Project Engineer – MEP (Electrical)
Al Khuwair, Muscat, Sultanate of Oman | +968 9221 4408 | senthil.mep@gmail.com

KEY SKILLS
LV distribution design, lighting control (DALI, KNX), BMS integration, shop drawing approval, testing & commissioning, Primavera P6

CAREER SUMMARY
Twelve years of MEP site and design work in Oman and India: mosques, banks, hospitals and hotels.

PROFESSIONAL EXPERIENCE
Galfar Engineering & Contracting SAOG, Muscat — Project Engineer (Electrical), 2016 – present
  ▪ Lighting retrofit of the Sultan Qaboos Grand Mosque prayer hall and riwaqs (LED, 1,100 fittings).
  ▪ Fit-out of 14 branches of Oman Arab Bank's Al Yusr Islamic Banking window.
  ▪ MEP coordination for the Royal Hospital cardiac-centre extension.
Larsen & Toubro Ltd (ECC Division), Chennai — Site Engineer, 2012 – 2016
  ▪ HT substation (33/11 kV) for Apollo Hospitals, Greams Road.

EDUCATION
B.E. Electrical and Electronics Engineering, Anna University (PSG College of Technology), 2011

LICENCES
Oman Society of Engineers – Member; Oman Driving Licence (Light Vehicle)
Visa: Employment visa, transferable with NOC

DECLARATION
I hereby declare that all the details furnished above are true to the best of my knowledge.

Place: Muscat                                      (SENTHIL KUMAR R.)
""",
sensitive=[],
keep=["Project Engineer – MEP (Electrical)", "Galfar Engineering & Contracting SAOG, Muscat",
      "Lighting retrofit of the Sultan Qaboos Grand Mosque prayer hall",
      "Fit-out of 14 branches of Oman Arab Bank's Al Yusr Islamic Banking window",
      "MEP coordination for the Royal Hospital cardiac-centre extension", "Larsen & Toubro Ltd (ECC Division), Chennai",
      "B.E. Electrical and Electronics Engineering, Anna University (PSG College of Technology)",
      "Oman Society of Engineers – Member"],
contact=["SENTHIL KUMAR RAMASAMY", "Al Khuwair, Muscat, Sultanate of Oman", "+968 9221 4408", "senthil.mep@gmail.com",
         "(SENTHIL KUMAR R.)"]),

dict(n=27, text="""
Orville Anthony McKenzie, FCCA
7 Paddington Terrace, Kingston 6  |  876-390-4471  |  orville.mckenzie@yahoo.com

Chartered accountant, 12 years in audit and advisory. I turned my life around, and I'd rather say so plainly here than have you find it later.

WHERE I'VE WORKED
PwC Jamaica — Audit Senior Manager (2019–present)
  • Statutory audit of the Bustamante Industrial Trade Union's staff pension plan and of two credit unions.
  • IFRS 17 transition for a regional insurer.
Jamaica National Group — Internal Auditor (2013–2019)
  • Branch audits and the anti-money-laundering review of JN Money transfers.

HOW I GOT HERE
I served 14 months at Tower Street Adult Correctional Centre (2008–2009) for a ganja-related offence; the record was expunged in 2016. I studied for ACCA papers F1–F3 inside through the Stand Up for Jamaica education programme.

QUALIFICATIONS
FCCA (2021), ACCA member since 2016
BSc Accounting, University of Technology, Jamaica, 2012

A LITTLE ABOUT ME
37 years old. My husband, Andre, and I live in Kingston; we married in Toronto.
Genealogy: an AncestryDNA test in 2020 linked me to Maroon families in Accompong, which I've been documenting since.

REFEREES
Mrs. Claudette Bryan, Partner, PwC Jamaica — 876-932-8300
Rev. Father Ken Hoyte, Chaplain, Stand Up for Jamaica — 876-967-2230
""",
sensitive=[("criminal_record", "I served 14 months at Tower Street Adult Correctional Centre (2008–2009) for a ganja-related offence"),
           ("date_of_birth_age", "37 years old."),
           ("sexual_orientation", "My husband, Andre, and I live in Kingston; we married in Toronto."),
           ("genetic_biometric", "an AncestryDNA test in 2020 linked me to Maroon families in Accompong")],
keep=["PwC Jamaica", "Audit Senior Manager",
      "Statutory audit of the Bustamante Industrial Trade Union's staff pension plan",
      "IFRS 17 transition for a regional insurer", "Jamaica National Group", "Internal Auditor",
      "FCCA (2021), ACCA member since 2016", "BSc Accounting, University of Technology, Jamaica"],
contact=["Orville Anthony McKenzie, FCCA", "7 Paddington Terrace, Kingston 6", "876-390-4471",
         "orville.mckenzie@yahoo.com", "Mrs. Claudette Bryan", "876-932-8300", "Rev. Father Ken Hoyte", "876-967-2230"]),

dict(n=28, text="""
CURRICULUM VITAE — NICOLE CHARLES-GRANT, RN, RM

Address: 18 Pelican Extension Road, Morvant, Trinidad
Phone: 1-868-481-2256 | Email: nicolecgrant.rn@gmail.com
Date of birth: 04 April 1981

EXPERIENCE
Port of Spain General Hospital (NWRHA) — Nursing Supervisor, Medical Wards (2015 – present)
  - Manage 4 wards, 68 beds, 42 nursing staff; pressure-injury rate halved 2019–2023.
  - Nurse lead for the sickle cell day unit (transfusion and crisis pathway).
St. Ann's Psychiatric Hospital — Staff Nurse (rotation), 2009 – 2011
Medical Research Foundation of T&T — Research Nurse, HIV/AIDS cohort study, 2011 – 2015

EDUCATION & REGISTRATION
BSc Nursing, University of the Southern Caribbean, 2008
Registered Midwife, Nursing Council of Trinidad and Tobago, 2012

REPRESENTATION
PSA shop steward for nurses at Port of Spain General since 2017 (Public Services Association of T&T).

PERSONAL
Divorced, two teenage daughters; my partner Michelle and I share the school runs.
I carry the sickle cell trait myself, which is partly why I asked for the day unit.
I worship at a Spiritual Baptist church in Morvant and am a mother in the choir.

REFERENCES
Ms. Gail Joseph-Alexander, Director of Nursing, NWRHA — 1-868-623-2951
Dr. Kavita Seepersad, Haematologist — 1-868-625-7211
""",
sensitive=[("date_of_birth_age", "Date of birth: 04 April 1981"),
           ("trade_union", "PSA shop steward for nurses at Port of Spain General since 2017"),
           ("family_status", "Divorced, two teenage daughters"), ("sexual_orientation", "my partner Michelle and I"),
           ("genetic_biometric", "I carry the sickle cell trait myself"),
           ("religious_belief", "I worship at a Spiritual Baptist church in Morvant")],
keep=["Port of Spain General Hospital (NWRHA)", "Nursing Supervisor, Medical Wards",
      "Nurse lead for the sickle cell day unit", "St. Ann's Psychiatric Hospital",
      "Research Nurse, HIV/AIDS cohort study", "BSc Nursing, University of the Southern Caribbean",
      "Registered Midwife, Nursing Council of Trinidad and Tobago"],
contact=["NICOLE CHARLES-GRANT, RN, RM", "18 Pelican Extension Road, Morvant, Trinidad", "1-868-481-2256",
         "nicolecgrant.rn@gmail.com", "Ms. Gail Joseph-Alexander", "1-868-623-2951", "Dr. Kavita Seepersad",
         "1-868-625-7211"]),

dict(n=29, text="""
CURRICULUM VITAE

IBRAHIM MUMUNI ABDULAI
P.O. Box TL 1583, Tamale, Northern Region  ·  Tel: 0244 671 239  ·  ibrahim.abdulai.cips@gmail.com

PERSONAL DATA
Date of Birth   : 3rd March 1987
Place of Birth  : Tamale
Nationality     : Ghanaian
Marital Status  : Married
Genotype        : AA
Blood Group     : O+
Languages       : Dagbani, Hausa, Twi, English

PROFILE
Chartered procurement professional (MCIPS) with eleven years in public and donor-funded procurement under the Public Procurement Act, 2003 (Act 663) as amended.

WORK EXPERIENCE
Tamale Teaching Hospital — Head of Procurement (2019 to date)
   • Annual procurement plan of GH₵ 46 million; e-GP roll-out on GHANEPS.
Ghana Education Service, Northern Regional Directorate — Procurement Officer (2013 - 2019)
   • Furniture and textbook tenders for 300 basic schools, including Islamic Education Unit schools.

EDUCATION
MSc Procurement and Supply Chain Management, KNUST, 2017
BA Integrated Development Studies, University for Development Studies, 2011
MCIPS (Chartered Institute of Procurement & Supply), 2020

OTHER INFORMATION
• Member, Industrial and Commercial Workers' Union (ICU Ghana), hospital local.
• I perform the five daily prayers and would ask for a short break for Jumu'ah on Fridays.
• In 2012 I was convicted of causing unlawful damage during a chieftaincy dispute in Tamale and fined; I was 25 and have had no trouble since.

REFEREES
Alhaji Dr. Yakubu Issahaku, CEO, Tamale Teaching Hospital - 0372 022 454
Hajia Mariam Seidu, Regional Director, GES Northern - 0208 115 330
""",
sensitive=[("date_of_birth_age", "Date of Birth   : 3rd March 1987"), ("ethnic_origin", "Nationality     : Ghanaian"),
           ("family_status", "Marital Status  : Married"), ("genetic_biometric", "Genotype        : AA"), ("health", "Blood Group     : O+"),
           ("trade_union", "Member, Industrial and Commercial Workers' Union (ICU Ghana)"),
           ("religious_belief", "I perform the five daily prayers and would ask for a short break for Jumu'ah on Fridays"),
           ("criminal_record", "I was convicted of causing unlawful damage during a chieftaincy dispute in Tamale and fined"),
           ("date_of_birth_age", "I was 25")],
keep=["Tamale Teaching Hospital", "Head of Procurement", "Ghana Education Service, Northern Regional Directorate",
      "Procurement Officer", "including Islamic Education Unit schools",
      "MSc Procurement and Supply Chain Management, KNUST",
      "BA Integrated Development Studies, University for Development Studies",
      "MCIPS (Chartered Institute of Procurement & Supply)"],
contact=["IBRAHIM MUMUNI ABDULAI", "P.O. Box TL 1583, Tamale, Northern Region", "0244 671 239",
         "ibrahim.abdulai.cips@gmail.com", "Alhaji Dr. Yakubu Issahaku", "0372 022 454", "Hajia Mariam Seidu",
         "0208 115 330"]),

dict(n=30, text="""
JOSE MIGUEL "MIGS" SANTOS
Team Lead, Customer Experience (Healthcare Account)
Unit 1208, Pioneer Highlands, Mandaluyong City · 0917 804 3310 · migs.santos.cx@gmail.com

Summary
Eight years in BPO: voice and chat support, quality assurance and workforce reporting. Currently leading a 16-agent team on a US health-insurance account (claims and prior-authorisation enquiries).

Experience
Concentrix Philippines, Ortigas — Team Lead, 2019–present
 • Team CSAT 92% (site average 85%); AHT down 40 s after a new call-flow.
 • HIPAA and PHI handling refresher trainer for the account.
 • Co-lead of the site Pride ERG (2021–2023), which I joined after coming out as a gay man in college.
TaskUs, Anonas — Customer Support Representative → QA Analyst, 2016–2019

Education
BS Psychology, University of Santo Tomas, 2016

Certifications
COPC Certified CX Practitioner; Lean Six Sigma Yellow Belt

Other
Born 14 Jan 1994 (30 y/o).
Barangay Kapitolyo Sangguniang Kabataan chairman, 2013–2016 (elected).
Canadian work-permit application in progress — biometrics taken at VFS Global Manila, Feb 2024.

Character references
Ms. Joanne Villanueva, Operations Manager, Concentrix — 0918 223 7788
Mr. Patrick Uy, QA Manager, TaskUs — 0917 661 2098
""",
sensitive=[("sexual_orientation", "Co-lead of the site Pride ERG"),
           ("sexual_orientation", "coming out as a gay man in college"),
           ("date_of_birth_age", "Born 14 Jan 1994 (30 y/o)."),
           ("political_opinion", "Barangay Kapitolyo Sangguniang Kabataan chairman, 2013–2016 (elected)."),
           ("genetic_biometric", "biometrics taken at VFS Global Manila")],
keep=["Team Lead, Customer Experience (Healthcare Account)", "Concentrix Philippines, Ortigas",
      "HIPAA and PHI handling refresher trainer", "TaskUs, Anonas", "QA Analyst",
      "BS Psychology, University of Santo Tomas", "COPC Certified CX Practitioner",
      "Lean Six Sigma Yellow Belt"],
contact=["JOSE MIGUEL \"MIGS\" SANTOS", "Unit 1208, Pioneer Highlands, Mandaluyong City", "0917 804 3310",
         "migs.santos.cx@gmail.com", "Ms. Joanne Villanueva", "0918 223 7788", "Mr. Patrick Uy", "0917 661 2098"]),
]
