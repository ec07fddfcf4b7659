CVS = [
# 031 Tamil (India) data scientist, US (Seattle), bio-data
dict(text="""
BIO-DATA / RESUME

Name              : Karthikeyan Murugesan
Contact           : +1 (206) 555-0131 | karthik.murugesan.ds@gmail.com
Present Address   : 2300 Eastlake Ave E, Apt 410, Seattle, WA 98102
Native            : Tirunelveli, Tamil Nadu

PERSONAL PARTICULARS
Date of Birth     : 17.05.1994
Father's Name     : Mr. S. Murugesan (Retd. Headmaster)
Religion          : Hindu
Community         : BC (Nadar)
Blood Group       : O+ve
Marital Status    : Unmarried — and I should say honestly that I am gay, my family knows.

PROFESSIONAL EXPERIENCE
Data Scientist II — Amazon (Seattle), Supply Chain Optimization Technologies — Jun 2021 to date
  • demand forecasting models (DeepAR, LightGBM) for 12M ASINs, 4% improvement in wQL
  • A/B experiments for inventory placement, Python, Spark, SageMaker
Data Analyst — Mu Sigma, Bangalore — Jul 2015 to Jul 2019
  • marketing mix models for US retail client

EDUCATIONAL QUALIFICATION
M.S. in Business Analytics — University of Texas at Dallas — 2021 — GPA 3.9
B.E. (Electronics and Communication) — PSG College of Technology, Coimbatore — 2015 — 8.7 CGPA
HSC — 96.2%, SSLC — 97.4% (St. Xavier's Hr. Sec. School, Palayamkottai)

EXTRA-CURRICULAR
In college I was active member of DMK student wing (Dravida Munnetra Kazhagam Maanavar Ani) and organised debates on social justice.
Carnatic music (mridangam), Kaggle Expert.

DECLARATION
I hereby declare that all the details furnished above are true to the best of my knowledge and belief.
Place: Seattle                                            (KARTHIKEYAN M.)
""",
sensitive=[
 ("ethnic_origin", "Native            : Tirunelveli, Tamil Nadu"),
 ("date_of_birth_age", "Date of Birth     : 17.05.1994"),
 ("religious_belief", "Religion          : Hindu"),
 ("ethnic_origin", "Community         : BC (Nadar)"),
 ("genetic_biometric", "Blood Group       : O+ve"),
 ("family_status", "Marital Status    : Unmarried"),
 ("sexual_orientation", "I am gay, my family knows"),
 ("political_opinion", "In college I was active member of DMK student wing (Dravida Munnetra Kazhagam Maanavar Ani)"),
],
keep=["Data Scientist II — Amazon (Seattle), Supply Chain Optimization Technologies",
      "demand forecasting models (DeepAR, LightGBM) for 12M ASINs", "A/B experiments for inventory placement, Python, Spark, SageMaker",
      "Data Analyst — Mu Sigma, Bangalore", "M.S. in Business Analytics — University of Texas at Dallas",
      "B.E. (Electronics and Communication) — PSG College of Technology, Coimbatore", "Kaggle Expert"],
contact=["Karthikeyan Murugesan", "+1 (206) 555-0131", "karthik.murugesan.ds@gmail.com", "2300 Eastlake Ave E, Apt 410, Seattle, WA 98102",
         "Mr. S. Murugesan", "KARTHIKEYAN M."],
),

# 032 Vietnamese nail salon manager, Canada (Calgary)
dict(text="""
Tran Ngoc Anh (Annie Tran)
Salon Manager / Licensed Nail Technician
NE Calgary, AB · 587-555-0165 · annie.tran.nails@gmail.com

About me
Hello! I am Annie, 34 years old. I came to Canada with my parents when I was 15 and I have 14 years in nail and beauty business. I am friendly, very clean and organized, customers follow me when I change salon.

Work experience
Salon Manager — Posh Nails & Spa, Chinook Centre, Calgary (2019 – now)
 - 11 technicians, booking system (Fresha), inventory of gel and acrylic products
 - increase sales of 35% in 2 years with membership program
 - sanitation audits from Alberta Health Services — always pass
Nail Technician — Lux Nail Bar, Edmonton (2011 – 2019)
Cashier — T&T Supermarket (2008 – 2011, part time in high school)

Education
Esthetics and Nail Technician Diploma — MC College, Edmonton (2011)
Small Business Management Certificate — Bow Valley College (2020)
WHMIS, Safe Food Handling

Personal
I live with my wife Jenna, we married in 2020. I am Catholic and I help in Vietnamese Catholic community of Calgary at Christmas. I have asthma from the chemicals of nail salon long time, so I insist on good ventilation and masks for everybody in the salon (it is good for the team too).
My mother and my aunt had breast cancer and I did the genetic test: I have BRCA2 mutation, I do the check every year.
Police information check: no criminal record.
""",
sensitive=[
 ("date_of_birth_age", "34 years old"),
 ("ethnic_origin", "I came to Canada with my parents when I was 15"),
 ("sexual_orientation", "I live with my wife Jenna, we married in 2020"),
 ("religious_belief", "I am Catholic and I help in Vietnamese Catholic community of Calgary at Christmas"),
 ("health", "I have asthma from the chemicals of nail salon long time"),
 ("genetic_biometric", "My mother and my aunt had breast cancer and I did the genetic test: I have BRCA2 mutation"),
 ("criminal_record", "Police information check: no criminal record"),
],
keep=["Salon Manager / Licensed Nail Technician", "Posh Nails & Spa, Chinook Centre, Calgary",
      "11 technicians, booking system (Fresha), inventory of gel and acrylic products",
      "sanitation audits from Alberta Health Services", "Lux Nail Bar, Edmonton",
      "Esthetics and Nail Technician Diploma — MC College, Edmonton", "Small Business Management Certificate — Bow Valley College",
      "I insist on good ventilation and masks for everybody in the salon"],
contact=["Tran Ngoc Anh", "Annie Tran", "NE Calgary, AB", "587-555-0165", "annie.tran.nails@gmail.com"],
),

# 033 Russian ballet teacher, US (Chicago)
dict(text="""
Ekaterina Sergeevna Morozova
Ballet Teacher and Répétiteur — Vaganova method
Evanston, IL 60201 • (312) 555-0188 • katya.morozova.ballet@gmail.com • www.katyamorozova-ballet.com

Artistic profile
Former soloist of Mikhailovsky Theatre (Saint Petersburg), 20 years on stage, 9 years of teaching children and pre-professional students. I teach the classical Vaganova syllabus with love for precision and musicality.

Teaching experience
2018 – present   Ballet Faculty (levels 4–7, pointe, variations), Joffrey Academy of Dance, Chicago
2016 – 2018      Ballet Teacher, Evanston School of Ballet
2010 – 2016      Teacher of Classical Dance (pedagog-repetitor), Vaganova Academy summer school, St Petersburg

Stage career
1998 – 2014   Soloist, Mikhailovsky Theatre — Giselle (Myrtha), Swan Lake (pas de trois), Don Quixote (Kitri's friends)

Education
Vaganova Academy of Russian Ballet — Diploma of Artist of Ballet (1998)
Master in Pedagogy of Choreography — Vaganova Academy (2012)
ABT National Training Curriculum certified (Pre-Primary to Level 7)

About me
I am 43. I got my green card through marriage to my wife Rachel, an American citizen (we met on a tour in 2014). I am Russian Orthodox but I go to church only at Easter. In my young years I had anorexia, I was treated and now I speak openly with my students and parents about healthy eating. I signed in 2022 the open letter of Russian artists against the war and I cannot go back to Russia now.
""",
sensitive=[
 ("date_of_birth_age", "I am 43"),
 ("ethnic_origin", "I got my green card through marriage"),
 ("sexual_orientation", "to my wife Rachel, an American citizen"),
 ("religious_belief", "I am Russian Orthodox but I go to church only at Easter"),
 ("health", "In my young years I had anorexia, I was treated"),
 ("political_opinion", "I signed in 2022 the open letter of Russian artists against the war"),
],
keep=["Ballet Teacher and Répétiteur — Vaganova method", "Former soloist of Mikhailovsky Theatre (Saint Petersburg)",
      "Ballet Faculty (levels 4–7, pointe, variations), Joffrey Academy of Dance, Chicago", "Ballet Teacher, Evanston School of Ballet",
      "Vaganova Academy of Russian Ballet — Diploma of Artist of Ballet", "Master in Pedagogy of Choreography",
      "ABT National Training Curriculum certified (Pre-Primary to Level 7)", "I speak openly with my students and parents about healthy eating"],
contact=["Ekaterina Sergeevna Morozova", "Evanston, IL 60201", "(312) 555-0188", "katya.morozova.ballet@gmail.com", "www.katyamorozova-ballet.com"],
),

# 034 Ukrainian welder, Canada (Hamilton)
dict(text="""
Resume — Vasyl Hnatyshyn
Welder / Fabricator (CWB certified)
Hamilton, ON L8L 4K2   Tel. 905-555-0143   vasyl.hnatyshyn.weld@gmail.com

Personal
Date of birth: 19.11.1984 (Ternopil, Ukraine)
Family: married, 2 childs (9 and 13 years), the family arrived with me
Status: CUAET open work permit — biometrics (fingerprints and photo) done in VAC Warsaw in April 2022

Experience in Canada
Welder-Fabricator, ArcelorMittal Dofasco, Hamilton — 2023 – present
 – FCAW and SMAW on structural repairs, hot work permits
 – I am member of United Steelworkers Local 1005 from my probation end
Welder, Walters Group (structural steel), Stoney Creek — 2022 – 2023

Experience in Ukraine
Electric Welder 5th category (електрозварник 5 розряду), Ternopil Combine Factory — 2006 – 2022
 – welding of frames for agricultural machines, semiautomatic MIG/MAG
 – since 2015 foreman of welding section (8 workers)

Education
Vocational Lyceum No. 4, Ternopil — qualification "electric and gas welder", 2003
CWB tickets: FCAW 3G/4G, SMAW 3G unlimited (2022)
Working at Heights, WHMIS 2015

Health and safety note
In 2014 I lost two fingers (ring and little) of left hand in a press accident; I have no limits for welding, I pass all the CWB tests.

Other
Criminal record check (CPIC): no record.
I am Ukrainian Greek Catholic, we go to St. Nicholas church on Barton Street.
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 19.11.1984"),
 ("ethnic_origin", "(Ternopil, Ukraine)"),
 ("family_status", "Family: married, 2 childs (9 and 13 years), the family arrived with me"),
 ("ethnic_origin", "Status: CUAET open work permit"),
 ("genetic_biometric", "biometrics (fingerprints and photo) done in VAC Warsaw in April 2022"),
 ("trade_union", "I am member of United Steelworkers Local 1005 from my probation end"),
 ("health", "In 2014 I lost two fingers (ring and little) of left hand in a press accident"),
 ("criminal_record", "Criminal record check (CPIC): no record"),
 ("religious_belief", "I am Ukrainian Greek Catholic, we go to St. Nicholas church on Barton Street"),
],
keep=["Welder / Fabricator (CWB certified)", "Welder-Fabricator, ArcelorMittal Dofasco, Hamilton", "FCAW and SMAW on structural repairs, hot work permits",
      "Walters Group (structural steel), Stoney Creek", "Electric Welder 5th category (електрозварник 5 розряду), Ternopil Combine Factory",
      "foreman of welding section (8 workers)", "CWB tickets: FCAW 3G/4G, SMAW 3G unlimited"],
contact=["Vasyl Hnatyshyn", "Hamilton, ON L8L 4K2", "905-555-0143", "vasyl.hnatyshyn.weld@gmail.com"],
),

# 035 Tanzanian support worker, UK (Birmingham)
dict(text="""
Amina Rashidi Mwakyusa
Mental Health Support Worker
Birmingham B10 | 07446 193 558 | amina.mwakyusa@outlook.com

Personal statement
I am kind and patient support worker with 6 years in mental health supported living and hospital. I believe in recovery model and I like to help people to find their strength. I came to the UK in 2016 and I claimed asylum because I am a lesbian and in Tanzania it is criminal; I got refugee status in 2018 and my BRP fingerprints were taken in Croydon.

Work experience
Support Worker (Band 3) — Birmingham and Solihull Mental Health NHS FT, Mary Seacole House (2020 – present)
 - observations on acute ward, de-escalation (PMVA trained), 1:1 with service users
 - leading the Wednesday art group
 - UNISON member and I am the ward contact for the branch
Support Worker — Midland Heart supported housing, Small Heath (2018 – 2020)
Teacher of English — Jangwani Secondary School, Dar es Salaam (2011 – 2015)

Education
Bachelor of Education (Arts) — University of Dar es Salaam (2010)
Level 3 Diploma in Health and Social Care (2019)
Mental Health First Aid instructor (2022)

Personal
Age: 37
I am Muslim but I don't practice much; I fast in Ramadan.
At home in Tanzania I was supporter of CHADEMA party and I still follow the opposition news.
""",
sensitive=[
 ("ethnic_origin", "I came to the UK in 2016 and I claimed asylum"),
 ("sexual_orientation", "because I am a lesbian"),
 ("ethnic_origin", "I got refugee status in 2018"),
 ("genetic_biometric", "my BRP fingerprints were taken in Croydon"),
 ("trade_union", "UNISON member and I am the ward contact for the branch"),
 ("date_of_birth_age", "Age: 37"),
 ("religious_belief", "I am Muslim but I don't practice much; I fast in Ramadan"),
 ("political_opinion", "I was supporter of CHADEMA party and I still follow the opposition news"),
],
keep=["Mental Health Support Worker", "Birmingham and Solihull Mental Health NHS FT, Mary Seacole House",
      "observations on acute ward, de-escalation (PMVA trained), 1:1 with service users", "Midland Heart supported housing, Small Heath",
      "Teacher of English — Jangwani Secondary School, Dar es Salaam", "Bachelor of Education (Arts) — University of Dar es Salaam",
      "Mental Health First Aid instructor"],
contact=["Amina Rashidi Mwakyusa", "Birmingham B10", "07446 193 558", "amina.mwakyusa@outlook.com"],
),

# 036 Venezuelan journalist, US (Miami)
dict(text="""
ANDRÉS EDUARDO PÉREZ QUINTERO
Journalist — Editor (Spanish and English)
Doral, FL 33178 · (786) 555-0114 · andresperez.periodista@gmail.com · x.com/andresperezq

PROFILE
Journalist with 16 years in political and economic reporting, in Caracas and Miami. Editor with experience in fact-checking, investigative projects and multimedia. Licenciado en Comunicación Social (Communication degree) from UCAB.

EXPERIENCE
Senior Editor — el Nuevo Herald, Miami (2019 – present)
 ▪ edit Latin America section, coordinate 6 reporters and correspondents
 ▪ fact-checking project on migration disinformation (with Univision)
Reporter → Chief of Politics Section — El Nacional, Caracas (2008 – 2017)
 ▪ coverage of elections, National Assembly and oil industry (PDVSA)
 ▪ investigation about corruption in food import program (2015, IPYS award)

EDUCATION
Licenciatura en Comunicación Social — Universidad Católica Andrés Bello (UCAB), Caracas, 2007
Knight Center course: Investigative Data Journalism (2020)

PERSONAL DATA
Born: Maracaibo, 14/10/1983
I was active member of Voluntad Popular party (2013 – 2017) and during the protests of 2014 I was detained 21 days in the Helicoide by SEBIN; after this I have PTSD, I go to therapy and it is well managed.
Immigration: TPS Venezuela, EAD valid until 2026; biometrics at USCIS done. Asylum case pending.
Married with my husband Gabriel (architect) since 2021.
I was member of SNTP (Sindicato Nacional de Trabajadores de la Prensa) in Venezuela and now I am in the NewsGuild unit of the Herald.
""",
sensitive=[
 ("date_of_birth_age", "14/10/1983"),
 ("political_opinion", "I was active member of Voluntad Popular party (2013 – 2017)"),
 ("criminal_record", "I was detained 21 days in the Helicoide by SEBIN"),
 ("health", "after this I have PTSD, I go to therapy"),
 ("ethnic_origin", "Immigration: TPS Venezuela, EAD valid until 2026"),
 ("genetic_biometric", "biometrics at USCIS done"),
 ("ethnic_origin", "Asylum case pending"),
 ("sexual_orientation", "Married with my husband Gabriel (architect) since 2021"),
 ("trade_union", "I was member of SNTP (Sindicato Nacional de Trabajadores de la Prensa) in Venezuela and now I am in the NewsGuild unit of the Herald"),
],
keep=["Journalist — Editor (Spanish and English)", "Senior Editor — el Nuevo Herald, Miami", "fact-checking project on migration disinformation (with Univision)",
      "Chief of Politics Section — El Nacional, Caracas", "coverage of elections, National Assembly and oil industry (PDVSA)",
      "investigation about corruption in food import program (2015, IPYS award)",
      "Licenciatura en Comunicación Social — Universidad Católica Andrés Bello (UCAB), Caracas", "Investigative Data Journalism"],
contact=["ANDRÉS EDUARDO PÉREZ QUINTERO", "Doral, FL 33178", "(786) 555-0114", "andresperez.periodista@gmail.com", "x.com/andresperezq"],
),

# 037 Italian software engineer, Ireland (Dublin)
dict(text="""
Marco Esposito
Senior Software Engineer — Java / Kubernetes
Dublin 8 · +353 87 664 0915 · marco.esposito.dev@gmail.com · linkedin.com/in/marcoesposito-dev

Summary
Senior engineer with 11 years in backend and platform engineering, from Napoli to Dublin. Strong on Java/Spring, Kafka and Kubernetes, I enjoy to mentor junior colleagues and to simplify legacy systems.

Experience
Senior Software Engineer — Workday, Dublin (2019 – present)
 · payroll calculation engine migration to Kubernetes (EKS), zero-downtime cut-over
 · on-call lead for the team, SLO dashboards
 · tech talk "Strangler fig in practice" at Dublin Java User Group
Software Engineer — Accenture Technology, Napoli (2015 – 2019)
 · core systems for Poste Italiane, Spring Batch, Oracle
Software Developer — NTT Data Italia, Roma (2013 – 2015)

Education
Laurea Magistrale in Ingegneria Informatica (Master's in Computer Engineering) — Università di Napoli Federico II, 110/110 cum laude, 2013
CKA — Certified Kubernetes Administrator (2021)

Personal
Born 02/02/1988. I live with my partner Luca in Stoneybatter.
At university I was militant of Rifondazione Comunista and of the student collective; in 2011 I had a conviction in Italy for the occupation of a faculty building (4 months, suspended).
In Italy I was registered in FIOM-CGIL, here I joined the Financial Services Union.
Fun fact: I did the 23andMe test — 71% Southern Italian, 18% Greek & Balkan, 6% North African.
""",
sensitive=[
 ("date_of_birth_age", "Born 02/02/1988"),
 ("sexual_orientation", "I live with my partner Luca in Stoneybatter"),
 ("political_opinion", "At university I was militant of Rifondazione Comunista and of the student collective"),
 ("criminal_record", "in 2011 I had a conviction in Italy for the occupation of a faculty building (4 months, suspended)"),
 ("trade_union", "In Italy I was registered in FIOM-CGIL, here I joined the Financial Services Union"),
 ("genetic_biometric", "I did the 23andMe test — 71% Southern Italian, 18% Greek & Balkan, 6% North African"),
],
keep=["Senior Software Engineer — Java / Kubernetes", "Senior Software Engineer — Workday, Dublin",
      "payroll calculation engine migration to Kubernetes (EKS), zero-downtime cut-over", "tech talk \"Strangler fig in practice\" at Dublin Java User Group",
      "Accenture Technology, Napoli", "core systems for Poste Italiane, Spring Batch, Oracle",
      "Laurea Magistrale in Ingegneria Informatica (Master's in Computer Engineering) — Università di Napoli Federico II",
      "CKA — Certified Kubernetes Administrator"],
contact=["Marco Esposito", "Dublin 8", "+353 87 664 0915", "marco.esposito.dev@gmail.com", "linkedin.com/in/marcoesposito-dev"],
),

# 038 Hong Kong secondary teacher, UK (Sutton)
dict(text="""
CHAN Ka Yan (Karen Chan)
Teacher of Mathematics — QTS awarded 2023
Sutton, Surrey SM1 · 07391 882 406 · karenchan.maths@gmail.com

PERSONAL PARTICULARS
Age: 35
Visa: British National (Overseas) visa, arrived June 2021
Marital status: single

PROFILE
Mathematics teacher with 10 years of experience in Hong Kong secondary schools (DSE curriculum) and 2 years in England (KS3–KS5). I use visualisers, Desmos and mini whiteboards to make every student participate.

TEACHING EXPERIENCE
Teacher of Mathematics — Glenthorne High School, Sutton (Sept 2022 – present)
  • KS3 and GCSE classes, A-level Further Maths group
  • Maths club and UKMT challenge coaching
Mathematics Teacher / Form Teacher — Buddhist Ching Kok Secondary School, Kowloon (2011 – 2021)
  • DSE Mathematics Compulsory and M2 (Calculus), panel head for S4–S6
  • the school is a Buddhist aided school, I taught also the life education lessons about Buddhist festivals

EDUCATION
PGCE with QTS route (Assessment Only) — University of Buckingham, 2023
Postgraduate Diploma in Education (PGDE) — The Chinese University of Hong Kong, 2012
BSc Mathematics — The University of Hong Kong, 2010

OTHER
I was member of Hong Kong Professional Teachers' Union until it was dissolved in 2021. In 2019 I joined the anti-extradition protests; I was arrested in November 2019 for "unlawful assembly" but released without charge, this was a reason to leave. Since then I have anxiety and see a counsellor, it does not affect my teaching. I am bisexual and I volunteer with Rainbow of Hong Kongers UK.
""",
sensitive=[
 ("date_of_birth_age", "Age: 35"),
 ("ethnic_origin", "Visa: British National (Overseas) visa, arrived June 2021"),
 ("family_status", "Marital status: single"),
 ("trade_union", "I was member of Hong Kong Professional Teachers' Union until it was dissolved in 2021"),
 ("political_opinion", "In 2019 I joined the anti-extradition protests"),
 ("criminal_record", "I was arrested in November 2019 for \"unlawful assembly\" but released without charge"),
 ("health", "Since then I have anxiety and see a counsellor"),
 ("sexual_orientation", "I am bisexual and I volunteer with Rainbow of Hong Kongers UK"),
],
keep=["Teacher of Mathematics — QTS awarded 2023", "Teacher of Mathematics — Glenthorne High School, Sutton",
      "Mathematics Teacher / Form Teacher — Buddhist Ching Kok Secondary School, Kowloon",
      "DSE Mathematics Compulsory and M2 (Calculus), panel head for S4–S6",
      "I taught also the life education lessons about Buddhist festivals",
      "Postgraduate Diploma in Education (PGDE) — The Chinese University of Hong Kong", "BSc Mathematics — The University of Hong Kong"],
contact=["CHAN Ka Yan", "Karen Chan", "Sutton, Surrey SM1", "07391 882 406", "karenchan.maths@gmail.com"],
),

# 039 Iranian mechanical engineer, Australia (Adelaide) — no sensitive mention
dict(text="""
Arash Karimi — Mechanical Engineer (HVAC)
Adelaide SA 5000 | 0413 776 208 | arash.karimi.hvac@gmail.com | linkedin.com/in/arashkarimi-hvac

Professional summary
Mechanical engineer with 12 years in HVAC design for hospitals, data centres and commercial towers. Chartered through Engineers Australia (CPEng, NER). I am strong in load calculation, ductwork and hydronic design, and coordination in Revit with architects and structure.

Employment
Senior Mechanical Engineer — WSP Australia, Adelaide (2020 – present)
 • mechanical lead for new Women's and Children's Hospital (design phase), 63,000 m²
 • energy modelling in IES VE for NABERS 5.5 star targets
Mechanical Engineer — Lucid Consulting Australia, Adelaide (2017 – 2020)
Mechanical Design Engineer (Mohandes-e Tarrah) — Tablieh Consulting Engineers, Tehran (2011 – 2016)
 • HVAC of 420-bed hospital in Mashhad, cleanrooms for pharmaceutical factory

Education
Master of Science in Mechanical Engineering (Energy Conversion) — Sharif University of Technology, 2011
Bachelor of Mechanical Engineering — Isfahan University of Technology, 2008

Skills
Revit MEP, IES VE, Camel, Elite Fire, AutoCAD, Navisworks
AS 1668.2, AS/NZS 3666, AHFG (Australasian Health Facility Guidelines)

Memberships
Engineers Australia (MIEAust CPEng), AIRAH
""",
sensitive=[],
keep=["Mechanical Engineer (HVAC)", "Chartered through Engineers Australia (CPEng, NER)", "Senior Mechanical Engineer — WSP Australia, Adelaide",
      "mechanical lead for new Women's and Children's Hospital (design phase), 63,000 m²", "Lucid Consulting Australia, Adelaide",
      "Mechanical Design Engineer (Mohandes-e Tarrah) — Tablieh Consulting Engineers, Tehran",
      "Master of Science in Mechanical Engineering (Energy Conversion) — Sharif University of Technology", "Revit MEP, IES VE, Camel, Elite Fire, AutoCAD, Navisworks"],
contact=["Arash Karimi", "Adelaide SA 5000", "0413 776 208", "arash.karimi.hvac@gmail.com", "linkedin.com/in/arashkarimi-hvac"],
),

# 040 Filipino nurse, UK (Norwich)
dict(text="""
JOANNA MARIE S. VILLANUEVA, RN
Staff Nurse (Band 5) – Theatres / Recovery
Norwich NR4 · 07562 019 873 · joannavillanueva.rn@gmail.com
NMC PIN: 19I2048O

PERSONAL DATA
Date of Birth : March 3, 1991
Sex : Female
Civil Status : Married (husband Paolo and 1 daughter, joined me in UK 2022)
Religion : Iglesia ni Cristo
NBI Clearance : No derogatory record

CAREER OBJECTIVE
To continue to grow as a perioperative nurse and to become a scrub nurse for orthopaedic and robotic surgery.

WORK EXPERIENCE
Staff Nurse, Theatres — Norfolk and Norwich University Hospitals NHS FT (Oct 2020 – present)
  – scrub and circulating in orthopaedics, general surgery, recovery (PACU)
  – link nurse for infection control, WHO checklist audits
  – I am RCN steward for the theatres department since 2023
Operating Room Nurse — St. Luke's Medical Center, Quezon City (2013 – 2020)
  – cardiac and neurosurgery OR, instrument count, sterile technique

EDUCATION
Bachelor of Science in Nursing — University of Santo Tomas, Manila (2012)
Philippine Nurse Licensure Examination – passed (2012)
OSCE NMC – passed (2020), ALS provider (Resus Council UK)

OTHER INFORMATION
– I have G6PD deficiency since birth; I only avoid some medicines and fava beans.
– Back home I campaigned for Leni Robredo in 2022 elections (volunteer of Kakampink group in our barangay).
Character reference: Ms. Helen Parr, Theatre Matron, NNUH — 01603 286 286
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth : March 3, 1991"),
 ("family_status", "Civil Status : Married (husband Paolo and 1 daughter, joined me in UK 2022)"),
 ("religious_belief", "Religion : Iglesia ni Cristo"),
 ("criminal_record", "NBI Clearance : No derogatory record"),
 ("trade_union", "I am RCN steward for the theatres department since 2023"),
 ("genetic_biometric", "I have G6PD deficiency since birth"),
 ("political_opinion", "I campaigned for Leni Robredo in 2022 elections (volunteer of Kakampink group in our barangay)"),
],
keep=["Staff Nurse (Band 5) – Theatres / Recovery", "Norfolk and Norwich University Hospitals NHS FT",
      "scrub and circulating in orthopaedics, general surgery, recovery (PACU)", "link nurse for infection control, WHO checklist audits",
      "Operating Room Nurse — St. Luke's Medical Center, Quezon City", "Bachelor of Science in Nursing — University of Santo Tomas, Manila",
      "OSCE NMC – passed (2020), ALS provider (Resus Council UK)"],
contact=["JOANNA MARIE S. VILLANUEVA, RN", "Norwich NR4", "07562 019 873", "joannavillanueva.rn@gmail.com", "19I2048O",
         "Ms. Helen Parr", "01603 286 286"],
),
]
