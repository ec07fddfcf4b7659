from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 021 French immersion teacher, Nova Scotia (Canada)
dict(text="""
Émilie Doucet (she/her)
French Immersion Teacher - Grades 3-6
Wedgeport, Nova Scotia · 902-555-0148 · emilie.doucet.prof@gmail.com

PROFILE
Bilingual elementary teacher (TC5 licence, Nova Scotia) with 10 years in French immersion and Acadian-community schools. I'm Acadian on both sides and learned English properly only at school, which is why I'm passionate about additive bilingualism.

TEACHING EXPERIENCE
Grade 4/5 French Immersion Teacher, Yarmouth Elementary School, Tri-County Regional Centre for Education (2016-present)
 ◦ Designed a Mi'kmaw and Acadian treaty education unit with a Mi'kmaw knowledge keeper
 ◦ Lead the school's early literacy intervention in French (Intervention préventive en lecture-écriture)
 ◦ Supported students with autism and FASD in an inclusive classroom with a TA
Substitute teacher, Conseil scolaire acadien provincial (2014-2016)

EDUCATION
B.Ed. (French Immersion), Université Sainte-Anne, 2014
B.A. Études françaises, Université Sainte-Anne, 2012
Certificate in Inclusive Education, Mount Saint Vincent University (2020)

OTHER
NSTU member; local rep on the Tri-County local executive since 2021.
Criminal Record Check with Vulnerable Sector Check (RCMP, 2024): no record.
Child Abuse Register search: not listed.
A DNA ancestry test in 2022 confirmed the Mi'kmaq great-grandmother my family always talked about.
I'm 36 and live with my common-law partner, Emma, near her family's fishing wharf.

REFERENCES
Mme Chantal LeBlanc, Principal, Yarmouth Elementary - 902-555-0110
Mr. Graham Nickerson, French Second Language consultant, TCRCE
""",
sensitive=[(E, "I'm Acadian on both sides"),
           (U, "NSTU member; local rep on the Tri-County local executive since 2021"),
           (C, "Criminal Record Check with Vulnerable Sector Check (RCMP, 2024): no record"),
           (C, "Child Abuse Register search: not listed"),
           (G, "A DNA ancestry test in 2022 confirmed the Mi'kmaq great-grandmother my family always talked about"),
           (D, "I'm 36"),
           (S, "my common-law partner, Emma")],
keep=["French Immersion Teacher", "Yarmouth Elementary School", "Tri-County Regional Centre for Education",
      "Designed a Mi'kmaw and Acadian treaty education unit with a Mi'kmaw knowledge keeper",
      "Supported students with autism and FASD in an inclusive classroom",
      "Conseil scolaire acadien provincial", "B.Ed. (French Immersion)",
      "Certificate in Inclusive Education", "Intervention préventive en lecture-écriture"],
contact=["Émilie Doucet", "Wedgeport, Nova Scotia", "902-555-0148", "emilie.doucet.prof@gmail.com",
         "Mme Chantal LeBlanc", "902-555-0110", "Mr. Graham Nickerson"]),

# 022 Special education teacher, Brooklyn (US)
dict(text="""
DAVID ROSENBERG
Brooklyn, NY 11230 · (718) 555-0196 · drosenberg.sped@gmail.com
NYS Professional Certification: Students with Disabilities (Grades 1-6); Childhood Education (1-6)

EXPERIENCE
Special Education Teacher (12:1:1), P.S. 217 Colonel David Marcus School, NYC DOE - Sep 2016 - present
• Teach a 12:1:1 class of students with autism, intellectual disability and emotional disabilities
• Write and implement IEPs; lead annual reviews with families and related-service providers
• Introduced Zones of Regulation schoolwide; incidents requiring crisis intervention fell 40%
• UFT chapter leader since 2021 (elected twice)
ICT Co-Teacher, P.S. 139 Alexine A. Fenty - Sep 2013 - Jun 2016

EDUCATION
M.S.Ed. Special Education, Brooklyn College, CUNY - 2013
B.A. Psychology, Yeshiva University - 2011

SKILLS
Applied Behavior Analysis techniques · Wilson Reading System (Level I) · Orton-Gillingham · Yiddish and Hebrew (conversational)

PERSONAL
I'm 33. I have epilepsy, well controlled on medication and seizure-free since 2018; I don't drive, so I need a school I can reach by subway. I'm Shomer Shabbat, so on winter Fridays I leave by 2:30 pm and make up the time on Sunday PD days. My boyfriend, Ari, is a paramedic, which explains my unusual fluency in EMS jargon.

References available on request.
""",
sensitive=[(U, "UFT chapter leader since 2021 (elected twice)"),
           (D, "I'm 33"),
           (H, "I have epilepsy, well controlled on medication and seizure-free since 2018; I don't drive"),
           (R, "I'm Shomer Shabbat, so on winter Fridays I leave by 2:30 pm"),
           (S, "My boyfriend, Ari")],
keep=["Special Education Teacher (12:1:1)", "P.S. 217 Colonel David Marcus School",
      "Teach a 12:1:1 class of students with autism, intellectual disability and emotional disabilities",
      "Write and implement IEPs", "Introduced Zones of Regulation schoolwide", "ICT Co-Teacher",
      "M.S.Ed. Special Education", "Applied Behavior Analysis techniques",
      "Wilson Reading System (Level I)", "Orton-Gillingham"],
contact=["DAVID ROSENBERG", "Brooklyn, NY 11230", "(718) 555-0196", "drosenberg.sped@gmail.com"]),

# 023 Pharmacist manager and prescriber, Slough (England)
dict(text="""
Harpreet Singh Dhillon MPharm MRPharmS
Independent Prescriber - GPhC 2079462
Slough, Berkshire SL1 · 07816 400 239 · hsdhillon.pharm@gmail.com

Profile
Pharmacist manager and independent prescriber with a focus on Pharmacy First, hypertension case-finding and smoking cessation.

Experience
Pharmacist Manager, Boots UK, Slough High Street - 2018 - present
  ▸ Delivered 1,100 Pharmacy First consultations in the first year of the service
  ▸ NHS Hypertension Case-Finding: 640 ambulatory BP monitors issued
  ▸ Supervised substance-misuse services and supported two trainees through the GPhC assessment
Relief Pharmacist, Lloydspharmacy, Berkshire and Bucks - 2015 - 2018

Education
MPharm (Hons), University of Reading, 2014
Independent Prescribing certificate, University of Hertfordshire, 2021
CPPE Consultation Skills for Pharmacy Practice

About me
I was born in Jalandhar and came to the UK at 14; I have indefinite leave to remain and am applying for citizenship this year. I'm an Amritdhari Sikh and wear a turban and kara, so for bare-below-the-elbows rules in clinical rooms I use a kara sleeve. My wife and I married in 2019; we both had carrier screening beforehand, and I know I carry beta-thalassaemia trait.

Away from the pharmacy I'm a Conservative Party member and deliver leaflets for our local association.

Referees: Mrs Anita Verma, Area Manager, Boots UK; Mr Gareth Lloyd, Superintendent Pharmacist (retired)
""",
sensitive=[(E, "I was born in Jalandhar and came to the UK"),
           (D, "at 14"),
           (E, "I have indefinite leave to remain and am applying for citizenship this year"),
           (R, "I'm an Amritdhari Sikh and wear a turban and kara"),
           (R, "I use a kara sleeve"),
           (F, "My wife and I married in 2019"),
           (G, "we both had carrier screening beforehand, and I know I carry beta-thalassaemia trait"),
           (P, "I'm a Conservative Party member and deliver leaflets for our local association")],
keep=["Independent Prescriber", "Pharmacist Manager", "Boots UK",
      "Delivered 1,100 Pharmacy First consultations", "NHS Hypertension Case-Finding",
      "Supervised substance-misuse services", "Lloydspharmacy", "MPharm (Hons)",
      "Independent Prescribing certificate", "CPPE Consultation Skills for Pharmacy Practice"],
contact=["Harpreet Singh Dhillon", "2079462", "Slough, Berkshire SL1", "07816 400 239",
         "hsdhillon.pharm@gmail.com", "Mrs Anita Verma", "Mr Gareth Lloyd"]),

# 024 Kindergarten teacher, Logan (Australia)
dict(text="""
Resume - Lovely Grace Dumlao
Early Childhood Teacher (ACECQA-approved Bachelor)
Logan Central QLD 4114 | 0433 871 205 | lovelygrace.dumlao@gmail.com
Blue Card: 1762043/2   QCT provisional registration: 1098334

Key selection criteria summary
✔ Experience leading a kindergarten program under the Queensland Kindergarten Learning Guideline
✔ Strong knowledge of the NQF, EYLF V2.0 and the National Quality Standard
✔ Experience with children from refugee and migrant backgrounds, including EAL/D learners

Employment
Kindergarten Teacher, Goodstart Early Learning Logan Central - Jan 2022 - present
• Planned and delivered the approved kindy program for 44 children (2 groups)
• Introduced a home-language story bag project in Tagalog, Dari, Samoan and Arabic
• Lead educator for inclusion support (ISP) for 3 children with developmental delay
Maternity leave - Mar 2021 - Dec 2021 (my son was born in April 2021)
Diploma-qualified Educator, C&K Slacks Creek - 2018 - 2021

Education
Bachelor of Early Childhood Education, Australian Catholic University (Brisbane), 2020
BSE Elementary Education, Philippine Normal University, Manila, 2012

Visa & personal
I'm a Filipino citizen on a subclass 482 visa sponsored by Goodstart; my fingerprints and photo were collected at the Manila VFS centre when I applied. Aged 35. I manage generalised anxiety with regular counselling and have never needed time off for it, though I appreciate a predictable roster.

Referees: Ms Dana Whitcombe, Centre Director (07) 3290 1145 · Mr Joel Fa'amausili, Pedagogy Lead
""",
sensitive=[(F, "Maternity leave - Mar 2021 - Dec 2021 (my son was born in April 2021)"),
           (E, "I'm a Filipino citizen on a subclass 482 visa sponsored by Goodstart"),
           (G, "my fingerprints and photo were collected at the Manila VFS centre"),
           (D, "Aged 35"),
           (H, "I manage generalised anxiety with regular counselling and have never needed time off for it")],
keep=["Kindergarten Teacher", "Goodstart Early Learning Logan Central",
      "Planned and delivered the approved kindy program",
      "Introduced a home-language story bag project in Tagalog, Dari, Samoan and Arabic",
      "Lead educator for inclusion support (ISP)", "C&K Slacks Creek",
      "Bachelor of Early Childhood Education", "BSE Elementary Education",
      "Experience with children from refugee and migrant backgrounds, including EAL/D learners"],
contact=["Lovely Grace Dumlao", "Logan Central QLD 4114", "0433 871 205", "lovelygrace.dumlao@gmail.com",
         "1762043/2", "1098334", "Ms Dana Whitcombe", "(07) 3290 1145", "Mr Joel Fa'amausili"]),

# 025 Gaelscoil primary teacher, Galway (Ireland)
dict(text="""
Curriculum Vitae - Sorcha Ní Bhriain
Múinteoir Bunscoile / Primary Teacher
Teaching Council reg. no. 417255
Knocknacarra, Galway H91 · 087 602 3341 · sorcha.nibhriain@gmail.com

Professional profile
Fully qualified primary teacher with nine years in Gaelscoileanna, teaching through Irish from junior infants to sixth class. I am looking for a permanent post closer to the city.

Teaching experience
2018 - present: Class teacher (3rd/4th), Gaelscoil Mhic Amhlaigh
   ◦ Post of Responsibility: Assessment and Special Education Teaching coordinator (AP II)
   ◦ Introduced Aistear play-based blocks in infants and small-group Irish literacy
   ◦ Sacramental preparation for First Communion classes, in line with the school's Catholic ethos
2015 - 2018: Special Education Teacher, Scoil Náisiúnta an Spidéil

Education
Professional Master of Education (Primary), Mary Immaculate College, 2015
BA Gaeilge agus Stair, NUI Galway, 2013
Certificate in Religious Studies (CRS), 2015
Droichead induction completed 2016

Continuing professional development
· Oide - Leadership for Inclusion (2023)
· Mata sa Rang numeracy programme
· Stay Safe programme facilitator training

Other information
INTO member since qualifying. I canvassed for the Social Democrats in the 2020 general election. I have coeliac disease (HLA-DQ2 positive on genetic testing), so school trips need a gluten-free option for me. Separated since 2022; my partner Sinéad and I now live in Barna.

Referees: Mr Pádraig Ó Conaill, Príomhoide; Ms Eimear Kelleher, Deputy Principal.
""",
sensitive=[(U, "INTO member since qualifying"),
           (P, "I canvassed for the Social Democrats in the 2020 general election"),
           (H, "I have coeliac disease"),
           (G, "HLA-DQ2 positive on genetic testing"),
           (H, "so school trips need a gluten-free option for me"),
           (F, "Separated since 2022"),
           (S, "my partner Sinéad")],
keep=["Gaelscoil Mhic Amhlaigh",
      "Post of Responsibility: Assessment and Special Education Teaching coordinator (AP II)",
      "Sacramental preparation for First Communion classes, in line with the school's Catholic ethos",
      "Special Education Teacher", "Scoil Náisiúnta an Spidéil",
      "Professional Master of Education (Primary)", "Certificate in Religious Studies (CRS)",
      "Droichead induction", "Oide - Leadership for Inclusion", "Stay Safe programme facilitator training"],
contact=["Sorcha Ní Bhriain", "417255", "Knocknacarra, Galway H91", "087 602 3341",
         "sorcha.nibhriain@gmail.com", "Mr Pádraig Ó Conaill", "Ms Eimear Kelleher"]),

# 026 Registered psychologist, northern BC (Canada)
dict(text="""
Dr. Nathan Cardinal, R.Psych.
Registered Psychologist (College of Health and Care Professionals of BC, #03119)
Prince George, BC · 250-555-0172 · n.cardinal.psych@outlook.com

Profile
Clinical and school psychologist with eleven years of practice in northern BC, specializing in trauma-informed assessment, FASD diagnostics and culturally grounded care for Indigenous children and families.

Clinical experience
Psychologist, Carrier Sekani Family Services - 2018-present
  • Lead psychologist on a multidisciplinary FASD assessment team (about 60 assessments a year)
  • Provide land-based group therapy with Elders for youth
  • Consultation to eleven First Nations schools on behaviour support plans
School Psychologist, School District 57 - 2013-2018
  • Psychoeducational assessments (WISC-V, WIAT-III)

Education
Ph.D. Clinical Psychology, University of Manitoba, 2013
Pre-doctoral residency, Vancouver Island Health Authority

About me
I'm a Status First Nations man (Cree, Sucker Creek First Nation on my father's side). I'm 44, and I live with my husband, Jordan, and our two dogs. I've volunteered for the BC NDP in the last two provincial campaigns. Criminal Record Check (CRRP, 2024): cleared, no relevant record.

References: Dr. Alison Moberly, Clinical Director, CSFS; Ms. Roberta Prince, Elder-in-Residence.
""",
sensitive=[(E, "I'm a Status First Nations man (Cree, Sucker Creek First Nation on my father's side)"),
           (D, "I'm 44"),
           (S, "my husband, Jordan"),
           (P, "I've volunteered for the BC NDP in the last two provincial campaigns"),
           (C, "Criminal Record Check (CRRP, 2024): cleared, no relevant record")],
keep=["Carrier Sekani Family Services", "Lead psychologist on a multidisciplinary FASD assessment team",
      "Provide land-based group therapy with Elders for youth",
      "Consultation to eleven First Nations schools on behaviour support plans",
      "School Psychologist, School District 57", "Psychoeducational assessments (WISC-V, WIAT-III)",
      "Ph.D. Clinical Psychology", "Pre-doctoral residency, Vancouver Island Health Authority",
      "culturally grounded care for Indigenous children and families"],
contact=["Dr. Nathan Cardinal", "03119", "Prince George, BC", "250-555-0172", "n.cardinal.psych@outlook.com",
         "Dr. Alison Moberly", "Ms. Roberta Prince"]),

# 027 School nurse (SCPHN), Haringey (England)
dict(text="""
CURRICULUM VITAE
Name: Abena Osei-Bonsu RN (Child), SCPHN (School Nursing)
NMC PIN: 09H2187E
Address: 41 Lordship Lane, Tottenham, London N17 6RS
Mobile: 07411 903 654    Email: abena.oseibonsu@nhs.net

Personal statement
Specialist Community Public Health Nurse working with 14 primary and secondary schools in Haringey. I want to move into a Lead School Nurse role with responsibility for safeguarding supervision.

Current role
School Nurse (SCPHN), Whittington Health NHS Trust - Haringey 0-19 Service, 2019 to date
- Deliver health assessments for children looked after and young carers
- Run drop-ins covering sexual health, emotional wellbeing and smoking in three secondaries
- Write health care plans for pupils with epilepsy, diabetes and sickle cell disease; train school staff in emergency medication
Staff Nurse, Paediatrics, North Middlesex University Hospital, 2014-2018

Education
PG Dip SCPHN (School Nursing), London South Bank University, 2019
BSc (Hons) Children's Nursing, City, University of London, 2014
Non-medical prescriber (V100)

Personal information
I was born in Kumasi and became a British citizen in 2015. I live with sickle cell disease myself (HbSS), which gives me real insight into the plans I write; I may need occasional short absences during a crisis. I'm a Seventh-day Adventist and keep the Sabbath from Friday sunset to Saturday sunset. RCN member; I sit on the RCN London Children and Young People's forum.

Referees: Ms Joanne Price, Named Nurse for Safeguarding; Dr Ade Bankole, Consultant Community Paediatrician.
""",
sensitive=[(E, "I was born in Kumasi and became a British citizen in 2015"),
           (G, "I live with sickle cell disease myself (HbSS)"),
           (H, "I may need occasional short absences during a crisis"),
           (R, "I'm a Seventh-day Adventist and keep the Sabbath from Friday sunset to Saturday sunset"),
           (U, "RCN member; I sit on the RCN London Children and Young People's forum")],
keep=["School Nurse (SCPHN)", "Whittington Health NHS Trust",
      "Deliver health assessments for children looked after and young carers",
      "Run drop-ins covering sexual health, emotional wellbeing and smoking",
      "Write health care plans for pupils with epilepsy, diabetes and sickle cell disease",
      "North Middlesex University Hospital", "PG Dip SCPHN (School Nursing)",
      "BSc (Hons) Children's Nursing", "Non-medical prescriber (V100)"],
contact=["Abena Osei-Bonsu", "09H2187E", "41 Lordship Lane, Tottenham, London N17 6RS", "07411 903 654",
         "abena.oseibonsu@nhs.net", "Ms Joanne Price", "Dr Ade Bankole"]),

# 028 Physical therapist, Ohio (US)
dict(text="""
GARY W. KOWALSKI, PT, DPT, OCS
Parma, OH 44134 · 440-555-0121 · gkowalski.dpt@gmail.com · Ohio PT License PT.009876

SUMMARY
Orthopedic Certified Specialist with 30 years in outpatient and school-based physical therapy. Looking for a part-time school-based PT role as I step back from clinic management.

EXPERIENCE
Clinic Director / Staff PT, Cleveland Clinic Rehabilitation - Parma (2005-present)
  ▪ Managed 9 PTs and 4 PTAs; cut visit no-shows from 14% to 6%
  ▪ Developed the ACL return-to-sport protocol used by four sites
Contract School PT, Parma City School District (2012-present, 1 day/week)
  ▪ Gross-motor evaluations and IEP goals for students with cerebral palsy, Down syndrome and DCD
  ▪ Trained aides in safe transfers and wheelchair positioning
Staff Physical Therapist, MetroHealth Medical Center (1994-2005)

EDUCATION
Transitional DPT, Temple University, 2010
B.S. Physical Therapy, Cleveland State University, 1994
OCS (ABPTS) since 2003; Certified Strength and Conditioning Specialist

PERSONAL
I'm 58, married 31 years, with three grown kids and a first grandchild. I had a lumbar spinal fusion (L4-L5) in 2021, which is part of why I'm moving to lighter caseloads. A direct-to-consumer genetic test told me I carry one APOE4 allele; it has made me a fitness evangelist for older adults.
I'm a Republican precinct committeeman for Parma Ward 3 and have been since 2012.

REFERENCES
Dr. Ellen Marchetti, Medical Director, Cleveland Clinic Rehab - 216-555-0138
Mr. Tyrone Wells, Director of Pupil Services, Parma City Schools
""",
sensitive=[(D, "I'm 58"),
           (F, "married 31 years, with three grown kids and a first grandchild"),
           (H, "I had a lumbar spinal fusion (L4-L5) in 2021, which is part of why I'm moving to lighter caseloads"),
           (G, "A direct-to-consumer genetic test told me I carry one APOE4 allele"),
           (P, "I'm a Republican precinct committeeman for Parma Ward 3 and have been since 2012")],
keep=["Orthopedic Certified Specialist", "Clinic Director / Staff PT", "Cleveland Clinic Rehabilitation",
      "Developed the ACL return-to-sport protocol", "Contract School PT, Parma City School District",
      "Gross-motor evaluations and IEP goals for students with cerebral palsy, Down syndrome and DCD",
      "Trained aides in safe transfers and wheelchair positioning", "MetroHealth Medical Center",
      "Transitional DPT", "Certified Strength and Conditioning Specialist"],
contact=["GARY W. KOWALSKI", "Parma, OH 44134", "440-555-0121", "gkowalski.dpt@gmail.com", "PT.009876",
         "Dr. Ellen Marchetti", "216-555-0138", "Mr. Tyrone Wells"]),

# 029 Head of RE, Norwich (England)
dict(text="""
Oliver Adeyemi-Clarke
Head of Religious Education
Norwich NR2 · 07765 214 380 · o.adeyemiclarke@gmail.com · TRN 1678421

PROFILE
Head of RE at an 11-18 academy, with GCSE results well above national averages and a strong record of making RE a subject students choose. I teach Christianity, Islam and Sikhism at GCSE and Philosophy of Religion and Ethics at A level.

EXPERIENCE
Head of Religious Education, City of Norwich School (Ormiston Academies Trust), 2018-present
  · GCSE RS full course entry raised from 40% to 100% of Year 10; 71% grade 4+ (2024)
  · Built links with the Norwich synagogue, the Ber Street mosque and Norwich Cathedral for Year 8 visits
  · SACRE co-opted teacher member, Norfolk (agreed syllabus review 2022)
Teacher of RE and Citizenship, Thorpe St Andrew School, 2012-2018

EDUCATION
PGCE Secondary Religious Education, University of East Anglia, 2012
BA Theology and Religious Studies, University of Cambridge, 2011

PROFESSIONAL DEVELOPMENT
  · NPQ for Leading Teaching (2021)
  · Culham St Gabriel's Leadership Programme (2019-20)
  · Examiner, AQA GCSE Religious Studies Paper 2

ABOUT ME
People are often surprised that I'm an atheist and a member of Humanists UK; I think it makes me careful to teach every tradition fairly. Born 14 February 1989. I've been the NASUWT school rep since 2019. My civil partner, Tom, teaches music across town.
""",
sensitive=[(R, "I'm an atheist and a member of Humanists UK"),
           (D, "Born 14 February 1989"),
           (U, "I've been the NASUWT school rep since 2019"),
           (S, "My civil partner, Tom")],
keep=["Head of Religious Education", "City of Norwich School", "Ormiston Academies Trust",
      "I teach Christianity, Islam and Sikhism at GCSE",
      "Built links with the Norwich synagogue, the Ber Street mosque and Norwich Cathedral for Year 8 visits",
      "SACRE co-opted teacher member", "Thorpe St Andrew School", "PGCE Secondary Religious Education",
      "BA Theology and Religious Studies", "Culham St Gabriel's Leadership Programme",
      "NPQ for Leading Teaching"],
contact=["Oliver Adeyemi-Clarke", "Norwich NR2", "07765 214 380", "o.adeyemiclarke@gmail.com", "1678421"]),

# 030 Guidance counselor, Davao (Philippines)
dict(text="""
PERSONAL DATA SHEET / RÉSUMÉ

Name: ROSALINDA P. MACARAEG, RGC, RPm
Address: Blk 12 Lot 7, Deca Homes, Tugbok District, Davao City 8000
Mobile: 0998 316 2054
E-mail: rosalinda.macaraeg.rgc@gmail.com

Birthdate: 17 November 1979
Civil Status: Widow (husband passed away 2020), with two children
Religion: Iglesia ni Cristo
Citizenship: Filipino

POSITION DESIRED: Guidance Coordinator

PROFESSIONAL LICENSES
Registered Guidance Counselor - PRC License No. 0004127
Registered Psychometrician - PRC License No. 0019876

WORK EXPERIENCE
Guidance Counselor III, Davao City National High School (DepEd) - 2013 - present
  » Individual and group counseling for 1,800 junior high learners
  » Implemented the school's Child Protection Policy (DepEd Order No. 40, s. 2012); convenes the Child Protection Committee
  » Administers career assessment (NCAE / NCAT) and runs the Career Guidance Program
  » Psychological first aid for learners after the 2019 Cotabato-Davao earthquakes
Guidance Counselor, Holy Cross of Davao College - 2006 - 2013

EDUCATION
Master of Arts in Guidance and Counseling, Ateneo de Davao University, 2006
Bachelor of Science in Psychology, University of Mindanao, 2001

Clearances: NBI Clearance - no derogatory record; Barangay Clearance (Tugbok)

REFERENCES
Dr. Manuel C. Sarmiento, School Principal IV - 0917 700 2231
Ms. Gloria T. Abad, RGC, Division Guidance Coordinator
""",
sensitive=[(D, "Birthdate: 17 November 1979"),
           (F, "Civil Status: Widow (husband passed away 2020), with two children"),
           (R, "Religion: Iglesia ni Cristo"),
           (E, "Citizenship: Filipino"),
           (C, "NBI Clearance - no derogatory record")],
keep=["Registered Guidance Counselor", "Registered Psychometrician", "Guidance Counselor III",
      "Davao City National High School", "Implemented the school's Child Protection Policy",
      "Administers career assessment (NCAE / NCAT)",
      "Psychological first aid for learners after the 2019 Cotabato-Davao earthquakes",
      "Holy Cross of Davao College", "Master of Arts in Guidance and Counseling",
      "Bachelor of Science in Psychology"],
contact=["ROSALINDA P. MACARAEG", "Blk 12 Lot 7, Deca Homes, Tugbok District, Davao City 8000",
         "0998 316 2054", "rosalinda.macaraeg.rgc@gmail.com", "0004127", "0019876",
         "Dr. Manuel C. Sarmiento", "0917 700 2231", "Ms. Gloria T. Abad"]),
]
