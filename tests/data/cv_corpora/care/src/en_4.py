from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 031 Paediatric occupational therapist, Durban (South Africa)
dict(text="""
CURRICULUM VITAE - OCCUPATIONAL THERAPIST

Name: Kugen Naidoo
HPCSA registration: OT 0098741
Contact: 071 338 9042 | kugen.naidoo.ot@gmail.com
Address: 23 Lotus Road, Reservoir Hills, Durban 4091

Personal profile
Paediatric OT with 9 years in public schools for learners with special educational needs (LSEN) and in community rehab. Skilled in sensory integration, handwriting and assistive technology for learners with cerebral palsy.

Experience
Occupational Therapist, Open Air School (LSEN), KZN Department of Education - 2017 to date
  ● Assessments and therapy for 140 learners with physical and neurological disabilities
  ● Introduced switch-access and eye-gaze devices with the school's AAC team
  ● Run the Grade R sensory motor programme with teachers
Community Service OT, then OT, King Dinuzulu Hospital Complex - 2015 to 2017

Qualifications
BOccTher, University of KwaZulu-Natal, 2014
Sensory Integration certification (SAISI), 2019
Postgraduate Diploma in Disability Studies, UCT (2022)

Personal details
Date of birth: 02/09/1991
Population group: Indian (Tamil-speaking family, fourth generation in Durban)
Religion: Hindu - I help organise the Kavadi festival at our temple each year.
Health: I have lived with HIV since 2013, I'm on ARVs with an undetectable viral load and have had no sick leave related to it. I disclose because I speak at school HIV-awareness days.
I live with my partner, Priyesh, not far from the school.

Referees: Mrs Thandeka Mkhize, Principal, Open Air School - 031 208 5521; Ms Rene Govender, Chief OT, KDHC.
""",
sensitive=[(D, "Date of birth: 02/09/1991"),
           (E, "Population group: Indian (Tamil-speaking family, fourth generation in Durban)"),
           (R, "Religion: Hindu - I help organise the Kavadi festival at our temple each year"),
           (H, "I have lived with HIV since 2013, I'm on ARVs with an undetectable viral load and have had no sick leave related to it"),
           (S, "my partner, Priyesh")],
keep=["Occupational Therapist, Open Air School (LSEN)", "KZN Department of Education",
      "Assessments and therapy for 140 learners with physical and neurological disabilities",
      "Introduced switch-access and eye-gaze devices", "King Dinuzulu Hospital Complex", "BOccTher",
      "Sensory Integration certification (SAISI)", "Postgraduate Diploma in Disability Studies",
      "I speak at school HIV-awareness days"],
contact=["Kugen Naidoo", "OT 0098741", "071 338 9042", "kugen.naidoo.ot@gmail.com",
         "23 Lotus Road, Reservoir Hills, Durban 4091", "Mrs Thandeka Mkhize", "031 208 5521",
         "Ms Rene Govender"]),

# 032 Community health midwife, Tamale (Ghana)
dict(text="""
CURRICULUM VITAE

Hajia Mariama Alhassan, RM, RN
Community Health Midwife
Tel: 0244 907 356 / 0208 115 462
Email: mariamaalhassan.rm@yahoo.com
Residential address: House No. E47, Kalpohin Estates, Tamale, Northern Region
Licence: Nursing and Midwifery Council of Ghana, PIN RM 17734

PERSONAL INFORMATION
Date of birth: 4th March 1982 (43 years)
Ethnicity: Dagomba
Religion: Islam
Marital status: Married with four children
Genotype: AS
Languages: Dagbani, Hausa, English, Twi

EDUCATION
2015 - 2017: Post-Basic Diploma in Public Health Nursing, Public Health Nurses' School, Korle-Bu
2001 - 2004: Diploma in Midwifery, Midwifery Training School, Tamale

WORK EXPERIENCE
2012 - date: Senior Midwife / CHPS zone supervisor, Ghana Health Service, Tamale Metro
  • Supervise 9 CHPS compounds and 22 community health officers
  • Lead the Safe Motherhood / Free Maternal Care programme; skilled delivery coverage rose from 58% to 81%
  • Trained traditional birth attendants to refer rather than deliver
  • Focal person for adolescent-friendly health services and family planning
2005 - 2012: Staff Midwife, Tamale Teaching Hospital (labour ward)

MEMBERSHIP
Member, Ghana Registered Nurses and Midwives Association (GRNMA), Northern Regional branch executive

REFEREES
Dr. Iddrisu Abdul-Rahman, Metro Director of Health Services, Tamale - 0372 022 318
Madam Comfort Adjei, Principal Nursing Officer (rtd.)
""",
sensitive=[(D, "Date of birth: 4th March 1982 (43 years)"),
           (E, "Ethnicity: Dagomba"),
           (R, "Religion: Islam"),
           (F, "Marital status: Married with four children"),
           (G, "Genotype: AS"),
           (U, "Member, Ghana Registered Nurses and Midwives Association (GRNMA), Northern Regional branch executive")],
keep=["Community Health Midwife", "Post-Basic Diploma in Public Health Nursing", "Diploma in Midwifery",
      "Senior Midwife / CHPS zone supervisor", "Ghana Health Service",
      "Lead the Safe Motherhood / Free Maternal Care programme",
      "Trained traditional birth attendants to refer rather than deliver",
      "Focal person for adolescent-friendly health services and family planning",
      "Tamale Teaching Hospital"],
contact=["Hajia Mariama Alhassan", "0244 907 356", "0208 115 462", "mariamaalhassan.rm@yahoo.com",
         "House No. E47, Kalpohin Estates, Tamale, Northern Region", "RM 17734",
         "Dr. Iddrisu Abdul-Rahman", "0372 022 318", "Madam Comfort Adjei"]),

# 033 Child protection worker, Hamilton (Canada)
dict(text="""
KEVIN BRANDT, MSW, RSW
Hamilton, Ontario · 905-555-0134 · kbrandt.rsw@gmail.com · OCSWSSW #822731

Summary
Child protection worker with a decade in intake and family service, known for engaging fathers and for kinship placements that hold.

Experience
Family Service Worker, Children's Aid Society of Hamilton - 2016 to present
 - Carry a caseload of 16-18 families under the Child, Youth and Family Services Act
 - Developed a kinship-first placement checklist adopted by two teams
 - Court preparation: affidavits and testimony in protection applications
Intake Worker, Catholic Children's Aid Society of Hamilton - 2013 to 2016

Education
MSW, McMaster University, 2013
BSW, Wilfrid Laurier University, 2011
Signs of Safety; Ontario Child Welfare Eligibility Spectrum training

Disclosure
I have a record suspension (granted by the Parole Board of Canada in 2012) for a 2006 assault conviction from a fight when I was 18. I mention it because vulnerable sector checks can still flag it, and because I speak to youth about second chances.

Outside work
CUPE steward for the family service unit. Ontario NDP member; I door-knocked in Hamilton Centre in 2022. My partner, Michael, and I have been together nine years.

References available.
""",
sensitive=[(C, "I have a record suspension (granted by the Parole Board of Canada in 2012) for a 2006 assault conviction from a fight"),
           (D, "when I was 18"),
           (U, "CUPE steward for the family service unit"),
           (P, "Ontario NDP member; I door-knocked in Hamilton Centre in 2022"),
           (S, "My partner, Michael")],
keep=["Family Service Worker, Children's Aid Society of Hamilton",
      "Carry a caseload of 16-18 families under the Child, Youth and Family Services Act",
      "Developed a kinship-first placement checklist",
      "Court preparation: affidavits and testimony in protection applications",
      "Intake Worker", "Catholic Children's Aid Society of Hamilton", "MSW, McMaster University",
      "BSW, Wilfrid Laurier University", "Ontario Child Welfare Eligibility Spectrum training"],
contact=["KEVIN BRANDT", "Hamilton, Ontario", "905-555-0134", "kbrandt.rsw@gmail.com", "822731"]),

# 034 ECE head teacher, Samoan language nest, Auckland (New Zealand)
dict(text="""
Losana Tuilagi-Fepulea'i
Registered ECE Teacher (Full, Teaching Council no. 412766)
Ōtāhuhu, Auckland 1062 | 021 884 307 | losana.tf@gmail.com

Profile
Early childhood teacher with 12 years in Pasifika and mainstream centres. Fluent in Samoan and English; I use both languages daily with tamaiti and their aiga.

Experience
Head Teacher, A'oga Amata Fetu'u Ao (Samoan language nest) - 2019-present
  - Lead a team of 6 and a Samoan immersion programme for 40 children aged 0-5
  - Led our ERO review (2023): 'well placed' rating
  - Built Te Whāriki-based assessment in Samoan, with learning stories translated for families
Teacher, BestStart Papatoetoe - 2013-2019

Qualifications
Bachelor of Teaching (ECE) Pasifika, Manukau Institute of Technology, 2012
Incredible Years Teacher programme
Pikler-inspired infant and toddler care (2021)

About me
I was born in Apia and came to New Zealand with my parents when I was 9; I am a New Zealand citizen of Samoan heritage. I'm 38, married to Sione, and we have two boys at intermediate school. Faith is a big part of my life - I teach Sunday school at our EFKS church. NZEI Te Riu Roa member. Police vetting (NZ Police Vetting Service, 2024): no information to release.

Referees: Mrs Tausala Leota, Centre Manager; Ms Rebecca Hollis, Professional Services Manager, BestStart.
""",
sensitive=[(E, "I was born in Apia and came to New Zealand with my parents"),
           (D, "when I was 9"),
           (E, "I am a New Zealand citizen of Samoan heritage"),
           (D, "I'm 38"),
           (F, "married to Sione, and we have two boys at intermediate school"),
           (R, "Faith is a big part of my life - I teach Sunday school at our EFKS church"),
           (U, "NZEI Te Riu Roa member"),
           (C, "Police vetting (NZ Police Vetting Service, 2024): no information to release")],
keep=["Head Teacher", "A'oga Amata Fetu'u Ao",
      "Lead a team of 6 and a Samoan immersion programme for 40 children aged 0-5",
      "Led our ERO review (2023)", "Built Te Whāriki-based assessment in Samoan", "BestStart Papatoetoe",
      "Bachelor of Teaching (ECE) Pasifika", "Incredible Years Teacher programme",
      "Pikler-inspired infant and toddler care"],
contact=["Losana Tuilagi-Fepulea'i", "412766", "Ōtāhuhu, Auckland 1062", "021 884 307", "losana.tf@gmail.com",
         "Mrs Tausala Leota", "Ms Rebecca Hollis"]),

# 035 Specialist SLT (fluency), Newcastle (England)
dict(text="""
Name: Joanna Price-Whitlock
Profession: Speech and Language Therapist (HCPC SL29876, RCSLT member)
Address: 19 Beech Grove, Heaton, Newcastle upon Tyne NE6 5RP
Phone: 07709 411 862 | Email: jo.pricewhitlock@gmail.com

Summary
Band 7 specialist SLT in fluency and developmental language disorder, based in schools and community clinics across Newcastle and North Tyneside.

Experience
Specialist Speech and Language Therapist (Fluency), Newcastle upon Tyne Hospitals NHS Foundation Trust - 2017-present
▷ Run Palin Parent-Child Interaction therapy and a teen stammering group
▷ Deliver ELKLAN Language Builders training to 25 schools a year
▷ Joint EHCP advice with educational psychologists for pupils with DLD
Speech and Language Therapist, Band 5-6, Northumbria Healthcare - 2012-2017

Education & training
BSc (Hons) Speech and Language Sciences, Newcastle University, 2012
Michael Palin Centre: Palin PCI and Teen Fluency courses
Lidcombe Program trained

About me
I have a stammer myself, and I'm open about it with the young people I see; I may need a little extra time in phone calls and interviews. My partner, Jess, and I adopted our daughter in 2022, so I'm looking for four days a week. I'm a Labour Party member and a Unite workplace rep for our therapy staff.

References: Ms Katherine Oduya, Clinical Lead SLT; Dr Ravi Menon, Consultant Community Paediatrician.
""",
sensitive=[(H, "I have a stammer myself"),
           (H, "I may need a little extra time in phone calls and interviews"),
           (S, "My partner, Jess"),
           (F, "adopted our daughter in 2022"),
           (P, "I'm a Labour Party member"),
           (U, "a Unite workplace rep for our therapy staff")],
keep=["Specialist Speech and Language Therapist (Fluency)",
      "Newcastle upon Tyne Hospitals NHS Foundation Trust",
      "Run Palin Parent-Child Interaction therapy and a teen stammering group",
      "Deliver ELKLAN Language Builders training",
      "Joint EHCP advice with educational psychologists for pupils with DLD", "Northumbria Healthcare",
      "BSc (Hons) Speech and Language Sciences", "Palin PCI and Teen Fluency courses",
      "Lidcombe Program trained"],
contact=["Joanna Price-Whitlock", "SL29876", "19 Beech Grove, Heaton, Newcastle upon Tyne NE6 5RP",
         "07709 411 862", "jo.pricewhitlock@gmail.com", "Ms Katherine Oduya", "Dr Ravi Menon"]),

# 036 School psychologist, Santa Ana (US)
dict(text="""
Ana Lucía Herrera, Ed.S., NCSP
School Psychologist · PPS Credential (School Psychology), California
Santa Ana, CA 92701 · (714) 555-0158 · analucia.herrera.ncsp@gmail.com

PROFILE
Bilingual (Spanish/English) school psychologist with 7 years in Title I elementary and middle schools. Expertise in culturally and linguistically responsive assessment of English learners, threat assessment and MTSS.

EXPERIENCE
School Psychologist, Santa Ana Unified School District - 2018-present
  • Complete about 70 psychoeducational evaluations a year, 60% in Spanish
  • Co-lead the district's comprehensive school threat assessment team
  • Run Cognitive Behavioral Intervention for Trauma in Schools (CBITS) groups for newcomer students
  • Also co-advise the district's GSA network
School Psychology Intern, Garden Grove USD - 2017-2018

EDUCATION
Ed.S. School Psychology, California State University, Long Beach - 2018
B.A. Psychology, UC Irvine - 2014 (first-generation college graduate)

PERSONAL
I came to the U.S. from Michoacán when I was 4 and have been a DACA recipient since 2013; my work authorization is current and I renew every two years, including a biometrics appointment where USCIS takes my fingerprints and photo. I'm 30. I'm queer, and my partner, Dani, keeps me sane during evaluation season. I phone-banked for Katie Porter in 2018.

References: Dr. Melissa Tran, Lead Psychologist, SAUSD; Mr. Óscar Villanueva, Principal, Carver Elementary.
""",
sensitive=[(E, "I came to the U.S. from Michoacán"),
           (D, "when I was 4"),
           (E, "have been a DACA recipient since 2013"),
           (G, "a biometrics appointment where USCIS takes my fingerprints and photo"),
           (D, "I'm 30"),
           (S, "I'm queer"),
           (P, "I phone-banked for Katie Porter in 2018")],
keep=["School Psychologist, Santa Ana Unified School District",
      "Complete about 70 psychoeducational evaluations a year, 60% in Spanish",
      "Co-lead the district's comprehensive school threat assessment team",
      "Cognitive Behavioral Intervention for Trauma in Schools (CBITS)",
      "co-advise the district's GSA network", "School Psychology Intern, Garden Grove USD",
      "Ed.S. School Psychology", "PPS Credential (School Psychology)",
      "culturally and linguistically responsive assessment of English learners"],
contact=["Ana Lucía Herrera", "Santa Ana, CA 92701", "(714) 555-0158", "analucia.herrera.ncsp@gmail.com",
         "Dr. Melissa Tran", "Mr. Óscar Villanueva"]),

# 037 Nursery manager, Luton (England)
dict(text="""
BRIDGET WARD
Nursery Manager (Level 6, Early Years Teacher Status)
Luton LU4 · 07590 228 417 · bridget.ward.eyts@gmail.com

PROFILE
Nursery manager with 15 years in private day nurseries and a children's centre. Took two settings from 'Requires Improvement' to 'Good' and one to 'Outstanding'.

CAREER
Nursery Manager, Little Acorns Day Nursery - 2017 to date (78 places, 22 staff)
  · Ofsted 'Outstanding' (2022); led the setting through the EYFS 2021 reforms
  · Designated Safeguarding Lead; prepared enhanced DBS checks for staff and kept the single central record
  · Introduced a funded two-year-old offer with the local authority, including Traveller families from the local site
Deputy Manager, Busy Bees Dunstable - 2011 to 2017
Room Leader, Sure Start Children's Centre, Marsh Farm - 2008 to 2011

QUALIFICATIONS
Early Years Teacher Status (EYTS), University of Bedfordshire, 2016
BA (Hons) Early Childhood Studies, University of Bedfordshire, 2014
Level 3 Award for SENCOs in Early Years Settings

PERSONAL
Born 30 May 1984. I'm an Irish Traveller on my mother's side and proud of it; it's one reason outreach to Traveller families matters to me. I was widowed in 2019 and have two teenagers at home. I carry the haemochromatosis gene (C282Y homozygous) and give blood every two months as treatment - I just need the odd early finish.
My own enhanced DBS (Update Service) shows no convictions, cautions or barring information.

References: Mrs Gillian Obi, Owner, Little Acorns; Ms Kerry-Ann Doyle, Early Years Advisor, Luton Borough Council
""",
sensitive=[(D, "Born 30 May 1984"),
           (E, "I'm an Irish Traveller on my mother's side and proud of it"),
           (F, "I was widowed in 2019 and have two teenagers at home"),
           (G, "I carry the haemochromatosis gene (C282Y homozygous)"),
           (H, "give blood every two months as treatment - I just need the odd early finish"),
           (C, "My own enhanced DBS (Update Service) shows no convictions, cautions or barring information")],
keep=["Nursery Manager, Little Acorns Day Nursery", "Ofsted 'Outstanding' (2022)",
      "Designated Safeguarding Lead", "prepared enhanced DBS checks for staff",
      "Introduced a funded two-year-old offer with the local authority, including Traveller families from the local site",
      "Deputy Manager, Busy Bees Dunstable", "Sure Start Children's Centre",
      "Early Years Teacher Status (EYTS)", "BA (Hons) Early Childhood Studies",
      "Level 3 Award for SENCOs in Early Years Settings"],
contact=["BRIDGET WARD", "Luton LU4", "07590 228 417", "bridget.ward.eyts@gmail.com", "Mrs Gillian Obi",
         "Ms Kerry-Ann Doyle"]),

# 038 GP and practice principal, Bankstown (Australia)
dict(text="""
Dr Bilal Haddad MBBS FRACGP
General Practitioner | AHPRA MED0001872345 | Provider no. 4412876J
Bankstown NSW 2200 · 0421 660 918 · dr.bilal.haddad@gmail.com

Summary
FRACGP with 10 years in western Sydney general practice; interests in diabetes, refugee health and men's mental health. Arabic-speaking.

Experience
GP and Practice Principal, Chapel Road Family Medical Centre - 2017-present
  ◦ Ran a diabetic foot clinic with a visiting podiatrist; care plans for 600+ patients
  ◦ Refugee health assessments for newly arrived Syrian and Iraqi families with the NSW Refugee Health Service
  ◦ GP supervisor for GPT1-3 registrars (GP Synergy)
Registrar, Auburn and Lakemba practices - 2013-2016

Education
MBBS, University of Sydney, 2011
FRACGP, 2016
Certificate in Mental Health Skills (Level 2, GPMHSC)

Personal
My parents migrated from Tripoli, Lebanon, in 1976, and I grew up in Punchbowl. I'm Muslim and attend Friday prayers, so I block out 12:30-2:00 on Fridays. Married to Rania, with three kids in primary school. I was diagnosed with bipolar II disorder in 2012; I'm stable on treatment and see my own GP and psychiatrist, and AHPRA has no conditions on my registration. Heterozygous for Factor V Leiden - relevant only if I'm ever on a long-haul flight to a conference. ASMOF member.

Referees: Dr Leila Karam, Medical Educator, GP Synergy; Dr John Pappas, Practice Partner.
""",
sensitive=[(E, "My parents migrated from Tripoli, Lebanon, in 1976"),
           (R, "I'm Muslim and attend Friday prayers, so I block out 12:30-2:00 on Fridays"),
           (F, "Married to Rania, with three kids in primary school"),
           (H, "I was diagnosed with bipolar II disorder in 2012; I'm stable on treatment and see my own GP and psychiatrist"),
           (G, "Heterozygous for Factor V Leiden"),
           (U, "ASMOF member")],
keep=["GP and Practice Principal", "Chapel Road Family Medical Centre",
      "Ran a diabetic foot clinic with a visiting podiatrist",
      "Refugee health assessments for newly arrived Syrian and Iraqi families",
      "NSW Refugee Health Service", "GP supervisor for GPT1-3 registrars", "MBBS, University of Sydney",
      "FRACGP, 2016", "Certificate in Mental Health Skills (Level 2, GPMHSC)"],
contact=["Dr Bilal Haddad", "MED0001872345", "4412876J", "Bankstown NSW 2200", "0421 660 918",
         "dr.bilal.haddad@gmail.com", "Dr Leila Karam", "Dr John Pappas"]),

# 039 Special needs assistant, Dublin (Ireland)
dict(text="""
Clodagh Brennan
Special Needs Assistant
Tallaght, Dublin 24 · 085 133 9028 · clodagh.brennan.sna@gmail.com

Profile
SNA with eight years in an ASD class and a special school, supporting pupils with complex care needs, intimate care, PEG feeding and behaviours that challenge. Calm, practical, and good with parents.

Experience
Special Needs Assistant, St Mark's Junior National School - ASD class (2020-present)
  ▪ Support six children in an autism class; implement visual supports, PECS and sensory breaks
  ▪ Trained in Studio III de-escalation and Epipen / Buccolam administration
  ▪ Accompany pupils on integration into mainstream classes
Special Needs Assistant, St Michael's House Special School, Ballymun (2016-2020)

Education
QQI Level 5 Special Needs Assisting (2015)
UCD Certificate in Special Needs Assisting (Continuing Education), 2022
Lámh signing, modules 1 and 2

Personal
I'm 31. Fórsa member and school rep for the SNAs. In fairness to any employer I'll say it up front: I have a 2015 conviction for drink driving (District Court, fined and disqualified for a year). It shows on Garda vetting. I haven't had a drink before driving since, and I have a full licence again. My girlfriend, Aoife, is a nurse in Tallaght Hospital.

Referee: Ms Gráinne Doherty, Principal, St Mark's JNS.
""",
sensitive=[(D, "I'm 31"),
           (U, "Fórsa member and school rep for the SNAs"),
           (C, "I have a 2015 conviction for drink driving (District Court, fined and disqualified for a year). It shows on Garda vetting"),
           (S, "My girlfriend, Aoife")],
keep=["St Mark's Junior National School", "Support six children in an autism class",
      "Trained in Studio III de-escalation and Epipen / Buccolam administration",
      "St Michael's House Special School", "QQI Level 5 Special Needs Assisting",
      "UCD Certificate in Special Needs Assisting", "Lámh signing",
      "supporting pupils with complex care needs, intimate care, PEG feeding and behaviours that challenge"],
contact=["Clodagh Brennan", "Tallaght, Dublin 24", "085 133 9028", "clodagh.brennan.sna@gmail.com",
         "Ms Gráinne Doherty"]),

# 040 Supply teacher / cover supervisor, Cumbria (England) - age only
dict(text="""
Cover Supervisor / Supply Teacher - CV
Mark Ellison
3 Station Terrace, Penrith CA11 7JX · 07921 350 744 · mark.ellison.teach@gmail.com
Date of birth: 11 October 1961

I retrained as a teacher at 50 after twenty-six years as an engineer, and I now do day-to-day and long-term supply across Cumbria, mostly maths, physics and DT.

Experience
Supply Teacher (QTS), Teaching Personnel, Cumbria - 2019 to present
  - Long-term cover as Teacher of Mathematics, Ullswater Community College (two terms, 2023)
  - Day-to-day cover in 14 secondaries; consistently rebooked
Cover Supervisor, Queen Elizabeth Grammar School, Penrith - 2014 to 2019
  - Covered up to 20 lessons a week across KS3-KS4
  - Ran the after-school Engineering Club; two teams reached the F1 in Schools national finals
Senior Process Engineer, United Utilities - 1986 to 2012

Education
PGCE Secondary Mathematics with QTS, University of Cumbria, 2014
BEng Chemical Engineering, University of Leeds, 1983

Professional Development
  - Mathematics Subject Knowledge Enhancement (2013)
  - Safeguarding Level 1 (annual), Prevent
  - Behaviour Management for Supply Staff

Interests: fell walking, church bell-ringing, restoring old motorbikes.

References: Mr Alan Tyson, Headteacher, Ullswater Community College; Ms Priya Nair, Consultant, Teaching Personnel Carlisle.
""",
sensitive=[(D, "Date of birth: 11 October 1961"),
           (D, "at 50")],
keep=["Supply Teacher (QTS)", "Ullswater Community College", "Queen Elizabeth Grammar School",
      "Ran the after-school Engineering Club", "F1 in Schools national finals",
      "Senior Process Engineer, United Utilities", "PGCE Secondary Mathematics with QTS",
      "Mathematics Subject Knowledge Enhancement", "church bell-ringing"],
contact=["Mark Ellison", "3 Station Terrace, Penrith CA11 7JX", "07921 350 744",
         "mark.ellison.teach@gmail.com", "Mr Alan Tyson", "Ms Priya Nair"]),
]
