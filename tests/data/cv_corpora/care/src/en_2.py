from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 011 Community physiotherapist, Tairawhiti (New Zealand)
dict(text="""
TAMA HOROMONA
Physiotherapist | Physiotherapy Board of New Zealand, APC current, reg. 70-41873
Gisborne 4010 · 027 318 4402 · tama.horomona@xtra.co.nz

Ko Hikurangi te maunga, ko Waiapu te awa, ko Ngāti Porou te iwi.

Summary
MSK and community physiotherapist with ten years' experience, mostly rural and kaupapa Māori services.

Experience
Senior Physiotherapist - Ngāti Porou Oranga, Ruatōria and Gisborne (2019 - present)
 · Run a home-based falls-prevention programme for kaumātua (Live Stronger for Longer)
 · Set up a telehealth ACC rehab clinic for East Coast farm workers
 · Supervise two new graduates and a kaiāwhina
Physiotherapist - Hauora Tairāwhiti, Gisborne Hospital outpatients (2014 - 2019)

Qualifications
Bachelor of Physiotherapy, University of Otago, 2013
Postgraduate Certificate in Physiotherapy (Acupuncture), AUT, 2018
Hāpai te Hauora Māori health leadership course

Personal
I know knee rehab from the inside: ACL reconstruction in 2016 after a club rugby injury, and I still wear a brace for touch. My partner, Wiremu, and I are whāngai parents to two tamariki. I am a Green Party member and helped with the Ikaroa-Rāwhiti campaign in 2023.

Referees
Dr Hine Walker, Clinical Director, Ngāti Porou Oranga
Mr Steven Tuhiwai, Physiotherapy Team Lead, Hauora Tairāwhiti
""",
sensitive=[(E, "Ko Hikurangi te maunga, ko Waiapu te awa, ko Ngāti Porou te iwi"),
           (H, "ACL reconstruction in 2016 after a club rugby injury, and I still wear a brace for touch"),
           (S, "My partner, Wiremu"),
           (F, "are whāngai parents to two tamariki"),
           (P, "I am a Green Party member and helped with the Ikaroa-Rāwhiti campaign in 2023")],
keep=["Senior Physiotherapist", "Ngāti Porou Oranga",
      "Run a home-based falls-prevention programme for kaumātua",
      "Set up a telehealth ACC rehab clinic for East Coast farm workers", "Hauora Tairāwhiti",
      "Bachelor of Physiotherapy", "Postgraduate Certificate in Physiotherapy (Acupuncture)",
      "Hāpai te Hauora Māori health leadership course"],
contact=["TAMA HOROMONA", "70-41873", "Gisborne 4010", "027 318 4402", "tama.horomona@xtra.co.nz",
         "Dr Hine Walker", "Mr Steven Tuhiwai"]),

# 012 Foundation phase teacher, Cape Town (South Africa)
dict(text="""
CURRICULUM VITAE

PERSONAL DETAILS
Surname: Abrahams
First names: Fatima Zahra
Identity number: 8604150238084
Date of birth: 15 April 1986
Gender: Female
Race (for EE purposes): Coloured
Religion: Muslim
Marital status: Married
Home language: Afrikaans / English
Address: 17 Lavender Street, Bo-Kaap, Cape Town 8001
Cell: 082 447 3190
E-mail: fatimazahra.a@webmail.co.za
SACE registration: 1109827

PROFESSIONAL QUALIFICATIONS
B.Ed. Foundation Phase Teaching, Cape Peninsula University of Technology (2008)
Advanced Certificate in Teaching: Inclusive Education, UNISA (2014)
SIAS (Screening, Identification, Assessment and Support) training, WCED (2019)

EMPLOYMENT HISTORY
2015 - present: Grade 2 Teacher and Foundation Phase HOD, Schotsche Kloof Primary School
  - Introduced structured reading groups (Funda Wande) in isiXhosa and Afrikaans
  - Coordinate the School-Based Support Team for learners with barriers to learning
  - Run the Grade R-3 maths Olympiad
2009 - 2014: Grade 1 Teacher, Walmer Estate Primary School

OTHER
SADTU member and site steward (2017 - 2022).
Police clearance certificate (SAPS, 2024): no criminal record.
I was an ANC branch volunteer in Ward 77 during the 2016 local elections but am no longer active.

REFERENCES
Mr Yusuf Salie, Principal, Schotsche Kloof Primary - 021 424 5512
Mrs Elize van Wyk, Subject Advisor, Metro Central EDO - 021 514 3300
""",
sensitive=[(D, "Date of birth: 15 April 1986"),
           (E, "Race (for EE purposes): Coloured"),
           (R, "Religion: Muslim"),
           (F, "Marital status: Married"),
           (U, "SADTU member and site steward (2017 - 2022)"),
           (C, "Police clearance certificate (SAPS, 2024): no criminal record"),
           (P, "I was an ANC branch volunteer in Ward 77 during the 2016 local elections")],
keep=["B.Ed. Foundation Phase Teaching", "Advanced Certificate in Teaching: Inclusive Education",
      "SIAS (Screening, Identification, Assessment and Support) training",
      "Grade 2 Teacher and Foundation Phase HOD", "Schotsche Kloof Primary School",
      "Coordinate the School-Based Support Team for learners with barriers to learning",
      "Introduced structured reading groups (Funda Wande) in isiXhosa and Afrikaans",
      "Walmer Estate Primary School"],
contact=["Abrahams", "Fatima Zahra", "8604150238084", "17 Lavender Street, Bo-Kaap, Cape Town 8001",
         "082 447 3190", "fatimazahra.a@webmail.co.za", "1109827", "Mr Yusuf Salie", "021 424 5512",
         "Mrs Elize van Wyk", "021 514 3300"]),

# 013 DepEd mathematics teacher, Cebu (Philippines)
dict(text="""
RESUME

MARICEL D. BAUTISTA
Purok 4, Barangay Lahug, Cebu City 6000
0917 482 6631 | maricel.bautista.let@gmail.com

OBJECTIVE
To obtain a Teacher III or Master Teacher position where I can share my experience in Mathematics and inclusive education.

PERSONAL INFORMATION
Date of Birth: March 3, 1990
Age: 35
Sex: Female
Civil Status: Married
Citizenship: Filipino
Religion: Roman Catholic

EDUCATIONAL BACKGROUND
Master of Arts in Education (Mathematics) - units earned, Cebu Normal University, 2019-present
Bachelor of Secondary Education major in Mathematics, University of San Carlos, 2011 (cum laude)

ELIGIBILITY
Licensure Examination for Teachers (LET), passed 2011 - PRC License No. 1198324

WORK EXPERIENCE
Teacher I, Lahug National High School (DepEd, Division of Cebu City) - June 2014 to present
  • Handles Grade 8 and Grade 10 Mathematics, 6 sections
  • SPED focal person: supports learners with hearing impairment through Filipino Sign Language interpreters
  • Coordinator, Brigada Eskwela 2022 and 2023
Teacher, Sacred Heart School - Ateneo de Cebu (private) - 2011 to 2014
  • Taught Mathematics and Christian Living Education

TRAININGS ATTENDED
  • Division Training on Contextualized Learning Resources (2023)
  • MATATAG Curriculum National Training of Trainers (2024)

NBI Clearance: No Record (valid until Dec 2025)

CHARACTER REFERENCES
Dr. Ramon T. Abella, Principal IV, Lahug NHS - 0932 117 4450
Mrs. Josefina L. Uy, Education Program Supervisor - 0918 602 3378

I hereby certify that the above information is true and correct.
MARICEL D. BAUTISTA
""",
sensitive=[(D, "Date of Birth: March 3, 1990"),
           (D, "Age: 35"),
           (F, "Civil Status: Married"),
           (E, "Citizenship: Filipino"),
           (R, "Religion: Roman Catholic"),
           (C, "NBI Clearance: No Record")],
keep=["Master of Arts in Education (Mathematics)", "Bachelor of Secondary Education major in Mathematics",
      "Licensure Examination for Teachers (LET)", "Lahug National High School",
      "SPED focal person: supports learners with hearing impairment through Filipino Sign Language interpreters",
      "Brigada Eskwela", "Sacred Heart School - Ateneo de Cebu",
      "Taught Mathematics and Christian Living Education",
      "MATATAG Curriculum National Training of Trainers"],
contact=["MARICEL D. BAUTISTA", "Purok 4, Barangay Lahug, Cebu City 6000", "0917 482 6631",
         "maricel.bautista.let@gmail.com", "1198324", "Dr. Ramon T. Abella", "0932 117 4450",
         "Mrs. Josefina L. Uy", "0918 602 3378"]),

# 014 Mathematics tutor, Kumasi (Ghana)
dict(text="""
CURRICULUM VITAE

PERSONAL DATA
Name: Selorm Kofi Agbeko
Date of Birth: 12th August 1988
Hometown: Keta, Volta Region
Nationality: Ghanaian
Religion: Christian (Church of Pentecost)
Marital Status: Single
Genotype: AA        Blood group: O+
Postal Address: P.O. Box KS 1142, Kumasi
Telephone: 024 418 7723
Email: selormagbeko@gmail.com

CAREER OBJECTIVE
A hardworking professional teacher seeking a position as Senior Housemaster and Mathematics tutor in a Senior High School.

EDUCATION
2014 - 2016: Master of Education (Mathematics Education), University of Education, Winneba (Kumasi campus)
2008 - 2012: B.Ed. Mathematics, University of Cape Coast
Licence: National Teaching Council, Professional Teacher Licence PT/0428816/2019

WORKING EXPERIENCE
2016 - Date: Mathematics Tutor, Opoku Ware School, Kumasi (Ghana Education Service)
  - Teaching Core and Elective Mathematics to SHS 1-3
  - Assistant Housemaster for 120 boarders
  - Coordinator of the school's National Science and Maths Quiz team (regional finalists 2022)
2012 - 2013: National Service, Mathematics teacher, Anlo Senior High School, Anloga

OTHER ACTIVITIES
Member, Ghana National Association of Teachers (GNAT), Kumasi Metro local; branch treasurer since 2021.
Served as an NDC polling agent in the 2020 general elections.
Police Report (CID, Ghana Police Service, 2023): no criminal record found.

HOBBIES: Football, draughts, reading.

REFEREES
1. Rev. Fr. Stephen Owusu-Ansah, Headmaster, Opoku Ware School. Tel: 032 202 4417
2. Mrs. Abena Ofori-Atta, Assistant Director, GES Kumasi Metro. Tel: 020 556 1290
""",
sensitive=[(D, "Date of Birth: 12th August 1988"),
           (E, "Hometown: Keta, Volta Region"),
           (E, "Nationality: Ghanaian"),
           (R, "Religion: Christian (Church of Pentecost)"),
           (F, "Marital Status: Single"),
           (G, "Genotype: AA"),
           (H, "Blood group: O+"),
           (U, "Member, Ghana National Association of Teachers (GNAT), Kumasi Metro local; branch treasurer since 2021"),
           (P, "Served as an NDC polling agent in the 2020 general elections"),
           (C, "no criminal record found")],
keep=["Master of Education (Mathematics Education)", "University of Education, Winneba",
      "B.Ed. Mathematics", "Mathematics Tutor", "Opoku Ware School", "Ghana Education Service",
      "Assistant Housemaster for 120 boarders", "National Science and Maths Quiz team",
      "Anlo Senior High School"],
contact=["Selorm Kofi Agbeko", "P.O. Box KS 1142, Kumasi", "024 418 7723", "selormagbeko@gmail.com",
         "PT/0428816/2019", "Rev. Fr. Stephen Owusu-Ansah", "032 202 4417", "Mrs. Abena Ofori-Atta",
         "020 556 1290"]),

# 015 Community occupational therapist, NHS application form (England)
dict(text="""
APPLICATION - SUPPORTING INFORMATION AND EMPLOYMENT HISTORY
Post applied for: Band 7 Occupational Therapist, Community Neuro-Rehab Team

Applicant: Harriet Lomax
HCPC registration: OT61742
Address: 8 Bramble Close, Chesterton, Cambridge CB4 1XT
Telephone: 07462 198 530
Email: harriet.lomax.ot@nhs.net

Current post
Band 6 Occupational Therapist, Cambridgeshire Community Services NHS Trust - Apr 2019 to date
  · Home-based rehabilitation for adults after stroke, TBI and with MS
  · Lead for the fatigue management group (FACETS)
  · Prescribe wheelchairs, seating and minor adaptations; joint visits with the housing team

Previous
Band 5 rotational OT, Addenbrooke's Hospital - 2016 to 2019

Education
BSc (Hons) Occupational Therapy, Anglia Ruskin University, 2016
Vocational Rehabilitation certificate, RCOT (2021)
Practice educator accreditation (APPLE), 2022

Supporting statement (extract)
I use a manual wheelchair myself following a spinal cord injury in 2011, and I drive an adapted car. This gives me some credibility with clients, but I am careful to keep the focus on their goals rather than my story. I would need the team base to have level access and an accessible toilet; Access to Work already funds my car conversion.

Outside work I swim with a para-sport club and share a house with my wife, Beth, and our greyhound.

Referees: Dr Simon Achebe, Consultant in Rehabilitation Medicine; Ms Gillian Parr, OT Team Lead.
""",
sensitive=[(H, "I use a manual wheelchair myself following a spinal cord injury in 2011, and I drive an adapted car"),
           (H, "I would need the team base to have level access and an accessible toilet; Access to Work already funds my car conversion"),
           (H, "I swim with a para-sport club"),
           (S, "my wife, Beth")],
keep=["Band 7 Occupational Therapist, Community Neuro-Rehab Team", "Band 6 Occupational Therapist",
      "Cambridgeshire Community Services NHS Trust",
      "Home-based rehabilitation for adults after stroke, TBI and with MS",
      "Lead for the fatigue management group (FACETS)",
      "Prescribe wheelchairs, seating and minor adaptations", "Addenbrooke's Hospital",
      "BSc (Hons) Occupational Therapy", "Vocational Rehabilitation certificate",
      "Practice educator accreditation (APPLE)"],
contact=["Harriet Lomax", "OT61742", "8 Bramble Close, Chesterton, Cambridge CB4 1XT", "07462 198 530",
         "harriet.lomax.ot@nhs.net", "Dr Simon Achebe", "Ms Gillian Parr"]),

# 016 Community midwife, Cork (Ireland)
dict(text="""
Niamh Ó Súilleabháin RM RGN
Registered Midwife - NMBI PIN 142876
Ballincollig, Co. Cork · 086 774 2019 · niamh.osullivan.rm@gmail.com

Summary
Community midwife with 13 years in Cork, now seeking a Clinical Midwife Manager 2 post in the Domino / Early Transfer Home service.

Experience
Clinical Midwife Specialist (Community), Cork University Maternity Hospital - 2018 to present
  • Domino and early transfer home care for about 400 families a year
  • Set up a perinatal mental health drop-in with the specialist team
  • Facilitated antenatal classes for parents with intellectual disabilities, adapted with Inclusion Ireland
Staff Midwife, Labour Ward, CUMH - 2011 to 2018

Education
Higher Diploma in Midwifery, UCC (2011)
BSc General Nursing, UCC (2009)
Certificate in Perinatal Mental Health, RCSI (2020)
NRP and PROMPT instructor

Personal statement
I became a midwife before I became a mother, and it took us four years and two rounds of IVF to have our daughter. I also tested positive for a BRCA1 mutation in 2019 and had risk-reducing surgery the following year; I am fully back to work and need no adjustments. I'm 38. INMO member and workplace rep for the community team.

Garda vetting (NVB, 2024): no disclosures.

Referees: Ms Áine Creedon, Director of Midwifery, CUMH; Dr Paul Harrington, Consultant Obstetrician.
""",
sensitive=[(F, "before I became a mother, and it took us four years and two rounds of IVF to have our daughter"),
           (G, "tested positive for a BRCA1 mutation in 2019"),
           (H, "had risk-reducing surgery the following year"),
           (D, "I'm 38"),
           (U, "INMO member and workplace rep for the community team"),
           (C, "Garda vetting (NVB, 2024): no disclosures")],
keep=["Clinical Midwife Specialist (Community)", "Cork University Maternity Hospital",
      "Domino and early transfer home care", "Set up a perinatal mental health drop-in",
      "Facilitated antenatal classes for parents with intellectual disabilities",
      "Higher Diploma in Midwifery", "Certificate in Perinatal Mental Health",
      "NRP and PROMPT instructor", "Staff Midwife, Labour Ward"],
contact=["Niamh Ó Súilleabháin", "142876", "Ballincollig, Co. Cork", "086 774 2019",
         "niamh.osullivan.rm@gmail.com", "Ms Áine Creedon", "Dr Paul Harrington"]),

# 017 Educational psychologist, Bristol (England)
dict(text="""
Dr Sam Okonjo-Reid (they/she)
Educational Psychologist, HCPC PYL38219
Bristol BS6 · 07931 604 118 · sam.okonjo.reid@protonmail.com

Profile
HCPC-registered educational psychologist working across early years, mainstream and special schools. Particular interest in autism, attachment-aware practice and the voice of the child in EHCP assessments.

Experience
Educational Psychologist, Bristol City Council EP Service - Sept 2020 - present
  - Statutory EHC needs assessments (around 45 per year)
  - Link EP for 12 schools including two PRUs and a Jewish voluntary-aided primary
  - Designed the 'Belonging' whole-school training on emotionally based school avoidance
Trainee EP, South Gloucestershire - 2017 - 2020
Assistant Psychologist, Tier 4 CAMHS - 2015 - 2017

Qualifications
DEdPsy (Doctorate in Educational Psychology), University of Bristol, 2020
BSc Psychology, University of Exeter, 2014
ADOS-2 trained; Video Interaction Guidance (VIG) accredited

Personal
I'm autistic myself (identified in 2019), and I find that it helps rather than hinders my casework; I work best with written agendas. I'm bisexual and co-chair the council's LGBTQ+ staff network. Outside work I'm a Green Party member and canvass for the local group most weekends.

References on request.
""",
sensitive=[(H, "I'm autistic myself (identified in 2019)"),
           (H, "I work best with written agendas"),
           (S, "I'm bisexual"),
           (S, "co-chair the council's LGBTQ+ staff network"),
           (P, "I'm a Green Party member and canvass for the local group")],
keep=["Bristol City Council EP Service", "Statutory EHC needs assessments",
      "Link EP for 12 schools including two PRUs and a Jewish voluntary-aided primary",
      "Designed the 'Belonging' whole-school training on emotionally based school avoidance",
      "DEdPsy (Doctorate in Educational Psychology)", "ADOS-2 trained",
      "Video Interaction Guidance (VIG) accredited", "Tier 4 CAMHS"],
contact=["Dr Sam Okonjo-Reid", "PYL38219", "Bristol BS6", "07931 604 118",
         "sam.okonjo.reid@protonmail.com"]),

# 018 Child protection social worker, Manchester (England)
dict(text="""
Curriculum Vitae
Delroy Campbell, BA (Hons) Social Work
Social Work England registration SW94215
Longsight, Manchester M13 · 07840 332 917 · delroy.campbell.sw@gmail.com

Personal profile
Child protection social worker with 8 years in front-door and long-term teams. I grew up in Moss Side in a family that came over from Jamaica in 1961, and I still speak patois with my nan. I'm an adoptive parent myself - our son came home in 2019 - which gives me real respect for the families I work with.

Employment
Senior Social Worker, Long-Term Child Protection Team, Manchester City Council - 2020 - present
 ▪ Caseload of 18 children, including children looked after and those on child protection plans
 ▪ Practice lead for working with fathers; trained 60 colleagues
 ▪ Court work: parenting assessments, SWETs and final evidence in care proceedings
Social Worker (ASYE to experienced), Trafford Council MASH - 2016 - 2020

Education & training
BA (Hons) Social Work, Manchester Metropolitan University, 2016
Practice Educator Stage 2 (2021)
Signs of Safety advanced practitioner

Disclosure
When I was 19 I received a police caution for possession of cannabis (2009). It is filtered under the DBS rules, but I prefer to tell employers myself; the enhanced DBS for my current post was issued in 2023.

UNISON steward in Children's Services since 2022.

Referees: Ms Farah Hussain, Team Manager; Mr Trevor Banks, Practice Educator.
""",
sensitive=[(E, "a family that came over from Jamaica in 1961"),
           (F, "I'm an adoptive parent myself - our son came home in 2019"),
           (D, "When I was 19"),
           (C, "I received a police caution for possession of cannabis (2009). It is filtered under the DBS rules"),
           (U, "UNISON steward in Children's Services since 2022")],
keep=["Senior Social Worker, Long-Term Child Protection Team", "Manchester City Council",
      "Caseload of 18 children, including children looked after and those on child protection plans",
      "Practice lead for working with fathers",
      "Court work: parenting assessments, SWETs and final evidence in care proceedings",
      "Trafford Council MASH", "Practice Educator Stage 2", "Signs of Safety advanced practitioner"],
contact=["Delroy Campbell", "SW94215", "Longsight, Manchester M13", "07840 332 917",
         "delroy.campbell.sw@gmail.com", "Ms Farah Hussain", "Mr Trevor Banks"]),

# 019 Senior youth worker, Belfast (Northern Ireland)
dict(text="""
CIARÁN McALEESE
Youth Worker (JNC qualified)
Belfast BT11 · 07723 508 114 · ciaranmcaleese.youth@gmail.com

Profile
Twelve years in cross-community and detached youth work in west and north Belfast. Skilled at engaging young men at risk of paramilitary-style attacks and at running shared-education residentials.

Experience
Senior Youth Worker, Education Authority Youth Service - Colin area (2018 - present)
  - Detached work across interfaces, four nights a week
  - Co-designed the 'Here and Now' programme on sectarianism with a Shankill youth project
  - Manage 3 part-time workers and 14 volunteers
Youth Worker, Upper Springfield Development Trust (2012 - 2018)

Qualifications
BSc (Hons) Community Youth Work, Ulster University (2012)
OCN Level 3 Restorative Practice
Mental Health First Aid instructor

Equality monitoring (as requested in the pack)
Community background: Roman Catholic. Age: 36.

Disclosure
At 17 I was convicted of disorderly behaviour after a bonfire-night incident (2006). The conviction is spent; I declare it because AccessNI enhanced checks show it, and my employers have always had it on file.

I'm an SDLP member and help out at election count centres.

Referees: Ms Deirdre Hamill, Area Youth Officer, EA; Rev. Mark Houston, Chair, Shankill Youth Forum.
""",
sensitive=[(R, "Community background: Roman Catholic"),
           (D, "Age: 36"),
           (D, "At 17"),
           (C, "I was convicted of disorderly behaviour after a bonfire-night incident (2006). The conviction is spent"),
           (P, "I'm an SDLP member and help out at election count centres")],
keep=["Senior Youth Worker", "Education Authority Youth Service", "Detached work across interfaces",
      "Co-designed the 'Here and Now' programme on sectarianism with a Shankill youth project",
      "Upper Springfield Development Trust", "BSc (Hons) Community Youth Work",
      "OCN Level 3 Restorative Practice", "Mental Health First Aid instructor",
      "engaging young men at risk of paramilitary-style attacks"],
contact=["CIARÁN McALEESE", "Belfast BT11", "07723 508 114", "ciaranmcaleese.youth@gmail.com",
         "Ms Deirdre Hamill", "Rev. Mark Houston"]),

# 020 Associate dentist, Sheffield (England) - no sensitive mention
dict(text="""
ANNA-LISE KOWALCZYK BDS MJDF RCS Eng
General Dental Practitioner | GDC No. 248316
Sheffield S11 | 07502 771 348 | annalise.kowalczyk@gmail.com

Clinical interests: special care dentistry, sedation, minimal-intervention restorative care.

EXPERIENCE
Associate Dentist, Broomhill Dental Care, Sheffield - 2019-present
  · Mixed NHS/private list of about 2,400 patients
  · IV sedation for patients with anxiety and learning disabilities (30 cases a year, supervised by Dr Owen Fleet)
  · Domiciliary visits to three care homes, including oral care training for carers
Dental Foundation Trainee / DCT1, Charles Clifford Dental Hospital - 2017-2019
  · Special Care Dentistry rotation: treated patients with dementia, cerebral palsy and severe autism under GA

EDUCATION
BDS, University of Sheffield, 2017
MJDF, Royal College of Surgeons of England, 2020
Postgraduate Certificate in Conscious Sedation in Dentistry, 2021

AUDIT & TEACHING
  · Audit: radiograph grading and justification (two cycles, 2022-23)
  · Clinical tutor for dental nursing students, Sheffield College

OTHER
Fluent in Polish and English. Full UK driving licence. Enjoy fell running and pottery.

Referees: Dr Owen Fleet, Principal Dentist, Broomhill Dental Care; Prof. Linda Ashworth, Special Care Dentistry, Charles Clifford Dental Hospital.
""",
sensitive=[],
keep=["Associate Dentist", "Broomhill Dental Care",
      "IV sedation for patients with anxiety and learning disabilities",
      "Domiciliary visits to three care homes", "Charles Clifford Dental Hospital",
      "treated patients with dementia, cerebral palsy and severe autism under GA",
      "MJDF, Royal College of Surgeons of England",
      "Postgraduate Certificate in Conscious Sedation in Dentistry",
      "Audit: radiograph grading and justification"],
contact=["ANNA-LISE KOWALCZYK", "248316", "Sheffield S11", "07502 771 348",
         "annalise.kowalczyk@gmail.com", "Dr Owen Fleet", "Prof. Linda Ashworth"]),
]
