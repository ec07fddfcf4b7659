CVS = [
(21, """
Senait Berhane Kidane
Harehills, Leeds LS8 · 07399 206 541 · senait.kidane@gmail.com

Care Worker — NVQ Level 3 Health & Social Care

Summary
Kind and patient senior carer with four years in domiciliary care in Leeds and experience of looking after elderly relatives in Eritrea. Looking for a senior carer or team-leader role.

Employment
Senior Care Worker, Radis Community Care, Leeds — 2021 to present
   - 18 calls a day, medication administration via eMAR
   - mentor to three new starters
Care Worker, Springfield Healthcare, Leeds — 2019 to 2021
Seamstress, home workshop, Keren, Eritrea — 2009 to 2015

Training
Diploma in Adult Care Level 3 (2022) · Moving & Handling · Dementia Champion (2023)

Personal information
I received refugee status in 2018. My husband and two children joined me in 2020 under family reunion; the Home Office asked for a DNA test to prove our son is ours, which we did in Khartoum.
I am an Orthodox Tewahedo Christian and fast on Wednesdays and Fridays and for Lent (no food before 3pm) — I still work normal shifts.
GMB member through Radis. 
D.O.B.: 30/09/1988

Referee: Mr Kevin Walsh, Registered Manager, Radis Leeds — 0113 249 0072
""",
[("E","I received refugee status in 2018."),("F","My husband and two children joined me in 2020 under family reunion"),
 ("G","the Home Office asked for a DNA test to prove our son is ours"),("R","I am an Orthodox Tewahedo Christian and fast on Wednesdays and Fridays and for Lent"),
 ("T","GMB member through Radis."),("D","D.O.B.: 30/09/1988")],
["Senior Care Worker, Radis Community Care, Leeds","medication administration via eMAR","Care Worker, Springfield Healthcare, Leeds","Seamstress, home workshop, Keren, Eritrea",
 "Diploma in Adult Care Level 3","Dementia Champion","Registered Manager, Radis Leeds"],
["Senait Berhane Kidane","Harehills, Leeds LS8","07399 206 541","senait.kidane@gmail.com","Mr Kevin Walsh","0113 249 0072"]),

(22, """
MARÍA GABRIELA ÁLVAREZ TORREALBA, RN (Venezuela)
Ballincollig, Co. Cork · 083 104 5577 · gabyalvarez.rn@gmail.com

Registered nurse (NMBI decision: adaptation required) working as a Healthcare Assistant while I complete my adaptation placement.

Experience
Healthcare Assistant, Bon Secours Hospital Cork — 2022–present
Staff Nurse, ICU, Hospital Universitario de Caracas — 2010–2019
   · ventilated patients, CRRT, 1:2 ratio
Staff Nurse, Clínica El Ávila — 2008–2010

Education
Licenciatura en Enfermería, Universidad Central de Venezuela, 2008
NMBI Qualification Recognition: compensation measure — 6 weeks' adaptation (letter, 2023)
IELTS Academic 7.0 overall

Background
In 2017 I was a local organiser for Voluntad Popular in Chacao and was detained for three nights by SEBIN after the protests. I came to Spain first and then to Ireland on my Spanish passport (my grandparents were from Galicia).
My wife Daniela and I registered our civil partnership in Madrid in 2020.
I am a carrier of sickle-cell trait (found in antenatal screening of my sister, who has SS disease).

Interests: salsa teaching, running Cork City Marathon 2023.
""",
[("P","In 2017 I was a local organiser for Voluntad Popular in Chacao"),("C","was detained for three nights by SEBIN after the protests"),
 ("E","I came to Spain first and then to Ireland on my Spanish passport (my grandparents were from Galicia)"),
 ("X","My wife Daniela and I registered our civil partnership in Madrid in 2020."),("G","I am a carrier of sickle-cell trait"),
 ("G","my sister, who has SS disease")],
["Healthcare Assistant, Bon Secours Hospital Cork","Staff Nurse, ICU, Hospital Universitario de Caracas","ventilated patients, CRRT","Staff Nurse, Clínica El Ávila",
 "Licenciatura en Enfermería, Universidad Central de Venezuela","NMBI Qualification Recognition","IELTS Academic 7.0 overall"],
["MARÍA GABRIELA ÁLVAREZ TORREALBA","Ballincollig, Co. Cork","083 104 5577","gabyalvarez.rn@gmail.com"]),

(23, """
Karim Ait-Ouali, P.Eng. (applicant)
Calgary, AB · 403-555-0138 · karim.aitouali@gmail.com · linkedin.com/in/kaitouali

Civil engineer (structures) — 12 years in Algeria, 2 in Canada

Professional experience
Structural EIT, Stantec, Calgary — 2023–present
   · bridge rehabilitation, CSA S6; Revit and SAP2000
Site Engineer (temporary), PCL Construction — 2022–2023
Chief Structural Engineer, Cosider TP, Tizi Ouzou & Algiers — 2012–2022
   · 14 km of elevated roadway on the Algiers east ring
Engineer, CTC Centre (Contrôle Technique de la Construction) — 2009–2012

Education & licensing
Ingénieur d'État en Génie Civil, Université Mouloud Mammeri de Tizi Ouzou, 2009
APEGA: academic assessment completed; NPPE passed 2023; 2 confirmatory exams left
IELTS General 8.0

Why Canada
I am Kabyle and was active in the Hirak marches every Friday in 2019–2020; after two summons from the police I applied for Express Entry and we landed as permanent residents in 2022.
Personally I'm an atheist, which is simpler to say here than at home.
In Algeria I was a member of the SNAPAP union at Cosider.
Born: 1984 · Married, one daughter (Tiziri, 5)
""",
[("E","I am Kabyle"),("P","was active in the Hirak marches every Friday in 2019–2020"),("E","we landed as permanent residents in 2022"),
 ("R","Personally I'm an atheist"),("T","In Algeria I was a member of the SNAPAP union at Cosider."),("D","Born: 1984"),("F","Married, one daughter (Tiziri, 5)")],
["Structural EIT, Stantec, Calgary","bridge rehabilitation, CSA S6; Revit and SAP2000","Site Engineer (temporary), PCL Construction","Chief Structural Engineer, Cosider TP, Tizi Ouzou & Algiers",
 "Ingénieur d'État en Génie Civil, Université Mouloud Mammeri de Tizi Ouzou","APEGA: academic assessment completed; NPPE passed 2023","Engineer, CTC Centre (Contrôle Technique de la Construction)"],
["Karim Ait-Ouali","Calgary, AB","403-555-0138","karim.aitouali@gmail.com","linkedin.com/in/kaitouali"]),

(24, """
Tuan Van Pham
Garden Grove, CA 92843
(714) 555-0109 · tuanpham.hvac@gmail.com

HVAC TECHNICIAN (EPA 608 Universal)

PROFILE
HVAC installer with five years' field work. My family came from Vietnam as refugees in 1995 under the ODP program when I was a child, and I am now a US citizen. From 2013 to 2018 I served a state sentence for cultivating marijuana (before Prop 64); I got my conviction reduced under Prop 64 in 2020. My DNA sample is still in the state databank — I have nothing to hide.

WORK
HVAC Installer, Service Champions, Brea — 2019–present
   - 250+ split-system installs; Title 24 testing
Apprentice, Pacific Coast Heating & Air — 2018–2019
Prep cook, Phở 54, Westminster — 2008–2013

TRAINING
HVAC/R Certificate, Orange Coast College (2019)
EPA Section 608 Universal (2018)
NATE Core (2021)
Anti-Recidivism Coalition job-readiness program (2018)

PERSONAL
40 years old. Wife Linh and I have twins in kindergarten.
Buddhist; volunteer at Chùa Hương Sen temple's Lunar New Year festival.
""",
[("E","My family came from Vietnam as refugees in 1995 under the ODP program"),("D","when I was a child"),
 ("C","From 2013 to 2018 I served a state sentence for cultivating marijuana (before Prop 64)"),("C","I got my conviction reduced under Prop 64 in 2020"),
 ("G","My DNA sample is still in the state databank"),("D","40 years old."),("F","Wife Linh and I have twins in kindergarten."),
 ("R","Buddhist; volunteer at Chùa Hương Sen temple's Lunar New Year festival.")],
["HVAC Installer, Service Champions, Brea","250+ split-system installs; Title 24 testing","Apprentice, Pacific Coast Heating & Air","Prep cook, Phở 54, Westminster",
 "HVAC/R Certificate, Orange Coast College","EPA Section 608 Universal","NATE Core","Anti-Recidivism Coalition job-readiness program"],
["Tuan Van Pham","Garden Grove, CA 92843","(714) 555-0109","tuanpham.hvac@gmail.com"]),

(25, """
Antony Jeyarajah
Dandenong VIC 3175 | 0451 772 903 | antony.jeyarajah@gmail.com

COMMERCIAL CLEANER / SITE SUPERVISOR

Career summary
Reliable cleaning supervisor, 7 years in Melbourne hospitals and offices. Before that I was a fisherman and boat mechanic in Mannar.

Work experience
Cleaning Supervisor, ISS Facility Services — Monash Medical Centre, 2020–present
  • roster for 22 cleaners; infection-control terminal cleans
Cleaner, Spotless, Dandenong Plaza — 2017–2020
Boat mechanic and fisherman, own boat, Pesalai, Mannar — 2003–2012

Certificates
Cert III Cleaning Operations (2019) · Forklift LF · Working at Heights

Additional information
I arrived by boat at Christmas Island in 2012 and spent two years in immigration detention; I now hold a Resolution of Status visa (2023).
United Workers Union delegate on our hospital site.
I speak at rallies with the Tamil Refugee Council about the people still on bridging visas.
I am Catholic and go to St Mary's, Dandenong.
My liver was damaged by hepatitis C, treated with tablets in 2019 — now cured.
Age 45, single.
""",
[("E","I arrived by boat at Christmas Island in 2012 and spent two years in immigration detention; I now hold a Resolution of Status visa (2023)."),
 ("T","United Workers Union delegate on our hospital site."),("P","I speak at rallies with the Tamil Refugee Council about the people still on bridging visas."),
 ("R","I am Catholic and go to St Mary's, Dandenong."),("H","My liver was damaged by hepatitis C, treated with tablets in 2019"),("D","Age 45"),("F","single.")],
["Cleaning Supervisor, ISS Facility Services — Monash Medical Centre","infection-control terminal cleans","Cleaner, Spotless, Dandenong Plaza","Boat mechanic and fisherman, own boat, Pesalai, Mannar",
 "Cert III Cleaning Operations","Forklift LF","Working at Heights"],
["Antony Jeyarajah","Dandenong VIC 3175","0451 772 903","antony.jeyarajah@gmail.com"]),

(26, """
Patrick Ilunga Tshibanda
Winnipeg, MB R3B · 204-555-0177 · p.ilunga.tshibanda@gmail.com

Pharmacy Technician (registration in progress)

My story in one paragraph
I studied pharmacy in Kinshasa and ran a hospital dispensary for six years. I had to leave the DRC after my relationship with another man became known; Rainbow Railroad helped me reach Canada in 2021 and I was accepted as a refugee. I live with HIV and it is undetectable; it does not affect my work.

Experience
Pharmacy Assistant, Shoppers Drug Mart, Portage Ave — 2022–present
Dispensary Manager, Hôpital Saint-Joseph de Limete, Kinshasa — 2013–2019
Peer support volunteer (French/Lingala), Nine Circles Community Health Centre — 2022
   - HIV medication-adherence sessions for newcomer clients

Education
Licence en Sciences Pharmaceutiques, Université de Kinshasa, 2012
Pharmacy Technician Bridging Program, Red River College Polytech (2024)
PEBC Evaluating Exam — passed 2023

Other
UFCW Local 832 member at Shoppers.
I grew up Kimbanguist but I no longer attend any church.
Date of birth: 21-06-1987
""",
[("X","after my relationship with another man became known"),("E","Rainbow Railroad helped me reach Canada in 2021 and I was accepted as a refugee"),
 ("H","I live with HIV and it is undetectable"),("T","UFCW Local 832 member at Shoppers."),("R","I grew up Kimbanguist but I no longer attend any church."),
 ("D","Date of birth: 21-06-1987")],
["Pharmacy Assistant, Shoppers Drug Mart, Portage Ave","Dispensary Manager, Hôpital Saint-Joseph de Limete, Kinshasa","Peer support volunteer (French/Lingala), Nine Circles Community Health Centre",
 "HIV medication-adherence sessions for newcomer clients","Licence en Sciences Pharmaceutiques, Université de Kinshasa","Pharmacy Technician Bridging Program, Red River College Polytech","PEBC Evaluating Exam"],
["Patrick Ilunga Tshibanda","Winnipeg, MB R3B","204-555-0177","p.ilunga.tshibanda@gmail.com"]),

(27, """
JAMES OYELOWO-HART
Junior Software Developer (career changer, ex-police)
Nottingham NG7 · 07704 310 862 · james.oh.dev@gmail.com · github.com/joh-dev

ABOUT
Eleven years as a response and then intelligence officer with Nottinghamshire Police. I left in 2022 after a knee reconstruction ended front-line work and I found I loved writing the scripts that cleaned our crime data. Completed the Northcoders bootcamp in 2023.

TECH
Python, TypeScript, React, PostgreSQL, Docker, Jest, GitHub Actions

PROJECTS
PatrolPlan — route-planning app for community speedwatch volunteers (React, Leaflet)
Open-sourced a Python tool that redacts names from incident logs

EXPERIENCE
Junior Developer, Experian, Nottingham — 2023–present
Intelligence Analyst (PC), Nottinghamshire Police — 2016–2022
Response Officer (PC), Nottinghamshire Police — 2011–2016
   Police Federation workplace rep for Radford station 2017–2022

EDUCATION
Northcoders Software Development Bootcamp (2023)
BA History, University of Leicester (2010)

PERSONAL
I am gay and was chair of the force's LGBT+ staff network for three years.
I'm 36; my dad came to the UK from Lagos in the 1970s.
Partner: Tom (teacher), we have a six-month-old through adoption.
""",
[("H","a knee reconstruction ended front-line work"),("T","Police Federation workplace rep for Radford station 2017–2022"),
 ("X","I am gay and was chair of the force's LGBT+ staff network for three years."),("D","I'm 36"),
 ("E","my dad came to the UK from Lagos in the 1970s"),("X","Partner: Tom (teacher)"),("F","we have a six-month-old through adoption")],
["Junior Developer, Experian, Nottingham","Intelligence Analyst (PC), Nottinghamshire Police","Response Officer (PC), Nottinghamshire Police","Northcoders Software Development Bootcamp",
 "Python, TypeScript, React, PostgreSQL, Docker, Jest, GitHub Actions","PatrolPlan — route-planning app for community speedwatch volunteers","BA History, University of Leicester"],
["JAMES OYELOWO-HART","Nottingham NG7","07704 310 862","james.oh.dev@gmail.com","github.com/joh-dev"]),

(28, """
Curriculum Vitae

Name:      Michelle Keane
Address:   Apt 6, Fatima Mansions Court, Rialto, Dublin 8
Phone:     085 602 1184
Email:     michellekeane.d8@gmail.com

Objective
Looking for part-time work in retail or hospitality through the Community Employment scheme, and to finish my QQI Level 5.

Employment history
Shop assistant, Tesco Express, Thomas Street, 2006–2011
Waitress, Bewley's Grafton Street, 2004–2006
Catering assistant (CE scheme), Rialto Community Drug Team café, 2023–now
   - till, coffee, prepping soup for 60 lunches

Gap 2011–2023
I was in and out of the Dóchas Centre between 2012 and 2019 for shoplifting and possession; I have nine convictions in total, all District Court.
I have been on a methadone programme since 2019 and I am stable.
My two kids, aged 10 and 13, live with my mam in Crumlin and I see them every day.

Education and training
QQI Level 4 Retail Skills (2022), QQI Level 5 Customer Service (2024, in progress)
Barista course, Bridge to Work programme
Safe Pass

Other
I'm 41. I was a SIPTU member when I worked in Tesco.

Reference
Ms Aoife Brennan, CE Supervisor, Rialto Community Drug Team – 01 454 7707
""",
[("C","I was in and out of the Dóchas Centre between 2012 and 2019 for shoplifting and possession; I have nine convictions in total, all District Court."),
 ("H","I have been on a methadone programme since 2019"),("F","My two kids, aged 10 and 13, live with my mam in Crumlin"),("D","I'm 41."),
 ("T","I was a SIPTU member when I worked in Tesco.")],
["Shop assistant, Tesco Express, Thomas Street","Waitress, Bewley's Grafton Street","Catering assistant (CE scheme), Rialto Community Drug Team café","QQI Level 4 Retail Skills",
 "QQI Level 5 Customer Service","Safe Pass","CE Supervisor, Rialto Community Drug Team"],
["Michelle Keane","Apt 6, Fatima Mansions Court, Rialto, Dublin 8","085 602 1184","michellekeane.d8@gmail.com","Ms Aoife Brennan","01 454 7707"]),

(29, """
Karen J. Whitaker
Provo, UT 84604 • 801-555-0191 • kjwhitaker.admin@gmail.com

Returning Office Manager — 9-year caregiving gap

SUMMARY
Office manager with 12 years' experience in dental and medical offices. I stepped away in 2015 to care for my husband through ALS until his death in 2023, and I'm ready to return full-time. Refreshed my skills in QuickBooks Online and Dentrix this year.

EXPERIENCE
Office Manager, Timpanogos Family Dental, Orem — 2006–2015
   • front desk of 4, insurance billing, AR down from 62 to 31 days
Medical Receptionist, Intermountain Healthcare, Provo — 2003–2006
Relief Society secretary (volunteer), my LDS ward — 2016–2023
   • scheduling meals and rides for 40 families

RETURNSHIP TRAINING
QuickBooks Online Certified User (2024)
Dentrix Practice Management, Henry Schein (2024)
Coursera: Google Project Management Certificate (2024)

ADDITIONAL
Because his ALS was the familial SOD1 type, I had genetic counseling for our children in 2019.
Age 54. Three adult children, one grandchild.
While at Timpanogos Dental I was a member of SEIU's Utah dental-staff organising campaign.
""",
[("F","I stepped away in 2015 to care for my husband through ALS until his death in 2023"),("R","Relief Society secretary (volunteer), my LDS ward"),
 ("G","Because his ALS was the familial SOD1 type, I had genetic counseling for our children in 2019."),("D","Age 54."),
 ("F","Three adult children, one grandchild."),("T","I was a member of SEIU's Utah dental-staff organising campaign.")],
["Office Manager, Timpanogos Family Dental, Orem","insurance billing, AR down from 62 to 31 days","Medical Receptionist, Intermountain Healthcare, Provo","scheduling meals and rides for 40 families",
 "QuickBooks Online Certified User","Dentrix Practice Management, Henry Schein","Google Project Management Certificate"],
["Karen J. Whitaker","Provo, UT 84604","801-555-0191","kjwhitaker.admin@gmail.com"]),

(30, """
Iryna Melnyk
English & Maths Tutor / Teaching Assistant
Canterbury CT1 | 07466 901 225 | iryna.melnyk.teach@gmail.com

I am a qualified teacher of English from Chernihiv with 17 years in a state lyceum. I came to Kent in May 2022 through Homes for Ukraine with my daughter (now 14); my sponsors are a retired couple in Bridge. I have QTS through the new overseas route in progress.

Teaching experience
- Teaching Assistant (Level 3), Simon Langton Girls' Grammar School, 2023 – present
- Teacher of English, Chernihiv Lyceum No. 15, 2005 – 2022
    * prepared 200+ pupils for the national ZNO exam
    * head of the foreign-languages methodology group
- Volunteer, Canterbury Ukrainian Hub: English club for adults, 2022 – 2023

Qualifications
Specialist in Philology (English), T.H. Shevchenko National University "Chernihiv Collegium", 2005 — UK ENIC: comparable to Bachelor's + PGCE elements
IELTS 7.5 · DBS enhanced (2023)

Personal
I was a member of the Trade Union of Education and Science Workers of Ukraine for my whole career.
In 2014 I volunteered on the Maidan medical tent and later for the Euromaidan SOS hotline.
My husband died at Chernihiv in March 2022.
Born 12.08.1981.
""",
[("E","I came to Kent in May 2022 through Homes for Ukraine"),("F","with my daughter (now 14)"),
 ("T","I was a member of the Trade Union of Education and Science Workers of Ukraine for my whole career."),
 ("P","In 2014 I volunteered on the Maidan medical tent and later for the Euromaidan SOS hotline."),("F","My husband died at Chernihiv in March 2022."),("D","Born 12.08.1981.")],
["Teaching Assistant (Level 3), Simon Langton Girls' Grammar School","Teacher of English, Chernihiv Lyceum No. 15","prepared 200+ pupils for the national ZNO exam",
 "head of the foreign-languages methodology group","Volunteer, Canterbury Ukrainian Hub: English club for adults","IELTS 7.5","DBS enhanced (2023)"],
["Iryna Melnyk","Canterbury CT1","07466 901 225","iryna.melnyk.teach@gmail.com"]),

(31, """
Curriculum vitae — Rashid Khalaf Murad

Address: 9 Dún Emer Court, Athlone, Co. Westmeath N37 W2C8
Mobile: 087 905 1263 | Email: rashid.murad.athlone@gmail.com
Work authorisation: Stamp 4 (refugee declaration, 2022)

Profile
Electrician and solar installer. I worked for ten years in Qamishli and Erbil. I am a Kurd from Syria and a Yazidi by faith — I mention this only because people ask where I am from and what "Murad" means.

Experience
Solar PV Installer, Activ8 Energy, Athlone — 2023–present
   · 70 domestic systems, SEAI grant paperwork, Safe Electric sign-off under supervision
Electrician, Erbil Steel Company, Iraq (Kurdistan Region) — 2015–2021
Electrician, self-employed, Qamishli — 2008–2014

Qualifications
Vocational Diploma in Electrical Installation, Qamishli Industrial Institute, 2007 (QQI: Level 6 Advanced Certificate)
SOLAS Safe Pass · Manual Handling · QQI Level 5 Solar PV Installation (2023)
English B2 (Fáilte Isteach conversation classes)

Gap explained
In 2014 I was held by Syrian military intelligence for seven months for distributing leaflets for the Kurdish National Council; after release I went to Erbil. In 2021 we reached Lithuania through Belarus, and my fingerprints were put into Eurodac there before I came on to Ireland.

Family: wife Nadia and three children (12, 9, 2). DOB 05/05/1986.
""",
[("E","Work authorisation: Stamp 4 (refugee declaration, 2022)"),("E","I am a Kurd from Syria"),("R","a Yazidi by faith"),
 ("C","In 2014 I was held by Syrian military intelligence for seven months"),("P","for distributing leaflets for the Kurdish National Council"),
 ("G","my fingerprints were put into Eurodac there"),("F","Family: wife Nadia and three children (12, 9, 2)."),("D","DOB 05/05/1986.")],
["Solar PV Installer, Activ8 Energy, Athlone","SEAI grant paperwork","Electrician, Erbil Steel Company","Electrician, self-employed, Qamishli",
 "Vocational Diploma in Electrical Installation, Qamishli Industrial Institute","QQI Level 5 Solar PV Installation","SOLAS Safe Pass"],
["Rashid Khalaf Murad","9 Dún Emer Court, Athlone, Co. Westmeath N37 W2C8","087 905 1263","rashid.murad.athlone@gmail.com"]),

(32, """
SHABNAM NAZARI, LL.B., LL.M.
Legal Assistant / Immigration Paralegal candidate
Surrey, BC · 604-555-0153 · shabnam.nazari.law@gmail.com

Profile
Former Primary Court judge in Herat (2012–2021). After August 2021 I was evacuated through Islamabad with the help of the International Association of Women Judges and came to Canada as a government-assisted refugee. I now want to rebuild my legal career through paralegal work while my NCA assessment is completed.

Experience
Legal Assistant, Larlee Rosenberg Barristers & Solicitors, Vancouver — 2023–present
   · refugee claim Basis of Claim forms, client interviews with Dari interpreters
Judge, Primary Court for Family Matters, Herat — 2012–2021
   · 1,400+ divorce, custody and inheritance rulings
Legal Officer, UNAMA Human Rights Unit, Herat — 2009–2012

Education
LL.B., Herat University (2008) · LL.M. (Comparative Law), Kabul University (2011)
NCA: 5 of 6 challenge exams assigned; Paralegal Certificate, Douglas College (2024)

Personal
I joined the Afghan Women's Network in 2015 and signed its public letters against the peace deal, which is why my name was on a Taliban list.
My iris and fingerprints were enrolled by IOM in Islamabad for the resettlement file.
I live with my partner, Farzana, in Surrey.
""",
[("E","came to Canada as a government-assisted refugee"),("P","I joined the Afghan Women's Network in 2015 and signed its public letters against the peace deal"),
 ("G","My iris and fingerprints were enrolled by IOM in Islamabad for the resettlement file."),("X","I live with my partner, Farzana, in Surrey.")],
["Legal Assistant, Larlee Rosenberg Barristers & Solicitors, Vancouver","refugee claim Basis of Claim forms, client interviews with Dari interpreters","Judge, Primary Court for Family Matters, Herat",
 "Legal Officer, UNAMA Human Rights Unit, Herat","LL.B., Herat University","Paralegal Certificate, Douglas College","Immigration Paralegal"],
["SHABNAM NAZARI","Surrey, BC","604-555-0153","shabnam.nazari.law@gmail.com"]),

(33, """
Amna Yousif Adam — Registered Nurse (AHPRA, provisional to general 2024)
Toowoomba QLD 4350 · 0478 552 019 · amna.y.adam@outlook.com

KEY SKILLS
Renal and dialysis nursing · IV cannulation · Arabic and Fur interpreting for patients · cultural safety

EMPLOYMENT
Registered Nurse, Renal Unit — Toowoomba Hospital (Darling Downs Health), 2023–present
Assistant in Nursing — Blue Care Toowoomba, 2021–2023
Staff Nurse, Dialysis Centre — Ibn Sina Hospital, Khartoum, 2011–2019

EDUCATION
BSc Nursing, University of Khartoum (2010)
AHPRA OSCE — passed (2022), after OBA multiple-choice exam (2021)
Graduate Certificate in Renal Nursing, University of Southern Queensland (2024)

OTHER DETAILS
I am from the Fur people of Darfur and came on a Global Special Humanitarian visa (subclass 202) in 2019.
Before leaving, I helped run our neighbourhood resistance committee in Burri.
Member, Queensland Nurses and Midwives' Union.
I have sickle-cell trait, as do most of my family — relevant only to altitude or diving work.
Muslim; I wear a hijab with the uniform scarf option.
Married with one son (3).
""",
[("E","I am from the Fur people of Darfur"),("E","came on a Global Special Humanitarian visa (subclass 202) in 2019"),
 ("P","I helped run our neighbourhood resistance committee in Burri"),("T","Member, Queensland Nurses and Midwives' Union."),
 ("G","I have sickle-cell trait, as do most of my family"),("R","Muslim; I wear a hijab with the uniform scarf option."),("F","Married with one son (3).")],
["Renal and dialysis nursing","Arabic and Fur interpreting for patients","Registered Nurse, Renal Unit — Toowoomba Hospital (Darling Downs Health)","Assistant in Nursing — Blue Care Toowoomba",
 "Staff Nurse, Dialysis Centre — Ibn Sina Hospital, Khartoum","BSc Nursing, University of Khartoum","Graduate Certificate in Renal Nursing, University of Southern Queensland"],
["Amna Yousif Adam","Toowoomba QLD 4350","0478 552 019","amna.y.adam@outlook.com"]),

(34, """
WIDLINE CHARLES
Vanier, Ottawa ON K1L  ·  613-555-0126  ·  widline.charles@icloud.com

PERSONAL SUPPORT WORKER (PSW) — bilingual French/English, Haitian Creole

Highlights
- PSW certificate, Algonquin College (2023), 360 clinical hours
- 4 years as community health agent in Les Cayes
- Calm in palliative and dementia care

Work
PSW, Bruyère Continuing Care, Ottawa ........................ 2023 – present
Dietary aide, Montfort Hospital ............................. 2021 – 2023
Agente de santé communautaire, Zanmi Lasante, Sud ........... 2015 – 2019
    vaccination campaigns, cholera follow-up, home visits

Education
Diplôme de fin d'études secondaires, Lycée Philippe Guerrier, Les Cayes
PSW certificate, Algonquin College (2023)

About me
I crossed into Canada at Roxham Road in 2019 and my refugee claim was accepted in 2021.
I'm bisexual and my girlfriend Sabine and I share a flat in Vanier.
In Haiti I was a spokesperson for the Petrocaribe anti-corruption protests in Les Cayes.
I serve at a Vodou ounfò in Gatineau on some weekends, so I prefer weekday shifts.
Aged 33.
""",
[("E","I crossed into Canada at Roxham Road in 2019 and my refugee claim was accepted in 2021."),("X","I'm bisexual and my girlfriend Sabine and I share a flat in Vanier."),
 ("P","In Haiti I was a spokesperson for the Petrocaribe anti-corruption protests in Les Cayes."),("R","I serve at a Vodou ounfò in Gatineau on some weekends"),("D","Aged 33.")],
["PSW certificate, Algonquin College","PSW, Bruyère Continuing Care, Ottawa","Dietary aide, Montfort Hospital","Agente de santé communautaire, Zanmi Lasante, Sud",
 "vaccination campaigns, cholera follow-up, home visits","Calm in palliative and dementia care"],
["WIDLINE CHARLES","Vanier, Ottawa ON K1L","613-555-0126","widline.charles@icloud.com"]),

(35, """
MARCUS D. REYES
San Antonio, TX 78228 | 210-555-0144 | mdreyes.it@proton.me | linkedin.com/in/marcusdreyes

Cybersecurity Analyst — transitioning from U.S. Army (25B, IT Specialist)

SUMMARY
Eight years of Army network administration; CompTIA Security+ and CySA+. Separated in 2022 with a TBI-related disability rating; headaches are managed with medication and do not limit screen work.

EXPERIENCE
SOC Analyst I — USAA, San Antonio — 2023–Present
   Triage of 60+ SIEM alerts/shift in Splunk; phishing playbooks
IT Specialist (25B), Sergeant — U.S. Army, Fort Hood and Camp Arifjan — 2014–2022
   Maintained tactical networks for a 900-soldier battalion
Intern — SkillBridge, Rackspace Technology — 2022

CERTIFICATIONS & EDUCATION
CompTIA Security+ (2019), CySA+ (2023)
B.S. Cybersecurity, Western Governors University (2023, GI Bill)

DISCLOSURES / PERSONAL
I received an Article 15 in 2016 for a DUI on post; no civilian charges.
My DNA is on file in the DoD reference repository, standard for all service members.
Volunteer with VoteVets phone banks.
Husband: Daniel Reyes-Ortiz. Age 31.
""",
[("H","Separated in 2022 with a TBI-related disability rating; headaches are managed with medication"),("C","I received an Article 15 in 2016 for a DUI on post"),
 ("G","My DNA is on file in the DoD reference repository"),("P","Volunteer with VoteVets phone banks."),("X","Husband: Daniel Reyes-Ortiz."),("D","Age 31.")],
["SOC Analyst I — USAA, San Antonio","Triage of 60+ SIEM alerts/shift in Splunk","IT Specialist (25B), Sergeant — U.S. Army","Intern — SkillBridge, Rackspace Technology",
 "CompTIA Security+","B.S. Cybersecurity, Western Governors University"],
["MARCUS D. REYES","San Antonio, TX 78228","210-555-0144","mdreyes.it@proton.me","linkedin.com/in/marcusdreyes"]),

(36, """
Deborah ("Deb") Nankervis
Ballarat VIC 3350 — 0409 338 771 — deb.nankervis@bigpond.com

RETURN-TO-WORK RESUME: PAYROLL OFFICER

Where I've been
A stroke in March 2022 put me in Ballarat Base and then eight months of rehab. I have some weakness in my right hand, so I use a vertical mouse and voice dictation, and I'm cleared for 4 days a week through the WorkSafe return-to-work plan.

Experience
Payroll Officer, City of Ballarat — 2011–2022
   - fortnightly pays for 1,100 staff in Chris21; EBA implementation and back pay
   - calculated strike deductions during the 2019 industrial action
Payroll Clerk, Federation University — 2005–2011
Branch delegate, Australian Services Union, City of Ballarat — 2014–2022

Training
Certificate IV in Accounting and Bookkeeping (2010)
Australian Payroll Association — Payroll Certificate (2016), refresher 2024
Single Touch Payroll Phase 2 webinar series (2024)

Personal
My wife Jen and I have been married since 2018.
I stood as an independent candidate for the Ballarat council in 2020 (not elected).
I have a drink-driving conviction from 2003 on my record — disclosed because police checks will show it.
Date of birth: 17 October 1964.
""",
[("H","A stroke in March 2022 put me in Ballarat Base and then eight months of rehab. I have some weakness in my right hand"),
 ("T","Branch delegate, Australian Services Union, City of Ballarat — 2014–2022"),("X","My wife Jen and I have been married since 2018."),
 ("P","I stood as an independent candidate for the Ballarat council in 2020"),("C","I have a drink-driving conviction from 2003 on my record"),
 ("D","Date of birth: 17 October 1964.")],
["Payroll Officer, City of Ballarat","fortnightly pays for 1,100 staff in Chris21; EBA implementation and back pay","calculated strike deductions during the 2019 industrial action",
 "Payroll Clerk, Federation University","Certificate IV in Accounting and Bookkeeping","Australian Payroll Association — Payroll Certificate","Single Touch Payroll Phase 2"],
["Deborah (\"Deb\") Nankervis","Ballarat VIC 3350","0409 338 771","deb.nankervis@bigpond.com"]),

(37, """
Nadia Benali-Saadi
Walthamstow, London
E17 5QN
07562
118 440
nadia.benali
@gmail.com

Receptionist / Admin - Dental or
GP surgery

I was a medical secretary
in Oran (Algeria) for nine
years. I came to the UK on a
spouse visa in 2019 and now
have Indefinite Leave to
Remain.

EXPERIENCE
Receptionist, Forest Road Medical
Centre, 2021 - now
 - EMIS Web, appointments,
   repeat prescriptions
Medical Secretary, Clinique
El Hayat, Oran, 2009 - 2018
Arabic-French-English
interpreter (freelance),
Language Empire, 2020

EDUCATION
BTS Secrétariat Médical, Oran, 2008
ESOL Level 2; AMSPAR Certificate
in Medical Terminology, 2022

OTHER
I wear the hijab.
Unite member at Forest Road.
My GP practice asked staff to
give fingerprints for the new
door system - I agreed and
mine are enrolled.
Married,
one child (4).
Born
1986.
""",
[("E","I came to the UK on a\nspouse visa in 2019 and now\nhave Indefinite Leave to\nRemain."),("R","I wear the hijab."),("T","Unite member at Forest Road."),
 ("G","give fingerprints for the new\ndoor system - I agreed and\nmine are enrolled."),("F","Married,\none child (4)."),("D","Born\n1986.")],
["Receptionist / Admin - Dental or\nGP surgery","Receptionist, Forest Road Medical\nCentre","EMIS Web, appointments,\n   repeat prescriptions","Medical Secretary, Clinique\nEl Hayat, Oran",
 "Arabic-French-English\ninterpreter (freelance),\nLanguage Empire","BTS Secrétariat Médical, Oran","AMSPAR Certificate\nin Medical Terminology"],
["Nadia Benali-Saadi","Walthamstow, London\nE17 5QN","07562\n118 440","nadia.benali\n@gmail.com"]),

(38, """
MOHAMED RIZWAN FAROOK
Halal Butcher → Meat Inspector Trainee
Tooting, London SW17 | 07931 402 876 | rizwan.farook@gmail.com

PROFILE
Ten years cutting meat, from my father's shop in Kandy to Tooting. Now training as an Official Auxiliary with the Food Standards Agency.

EXPERIENCE
Head Butcher, Al-Madina Halal Butchers, Tooting High St — 2016–present
   · whole-carcass breakdown, HACCP records, HMC certification audits
   · trained 4 apprentice butchers
Butcher, Farook Meat Stall, Kandy Central Market, Sri Lanka — 2006–2014
Kitchen porter, Roehampton University — 2014–2016

TRAINING
Level 3 Award in Food Safety (2019)
Level 2 Butchery Apprenticeship Standard, Crosskeys (2017)
FSA Official Auxiliary trainee (2024)

PERSONAL
I came to London on a student visa in 2014 that I overstayed; I was convicted in 2015 for working in breach of my conditions and given a conditional discharge. My status was later regularised through my partner.
My partner is Daniel, a British man I met at work; we married in 2019.
I am a Sri Lankan Muslim (Moor) and I still attend Jumu'ah when my shift allows.
I had an ancestry DNA test done for fun; nothing surprising!
""",
[("C","I was convicted in 2015 for working in breach of my conditions and given a conditional discharge"),
 ("E","I came to London on a student visa in 2014 that I overstayed"),("X","My partner is Daniel, a British man I met at work; we married in 2019."),
 ("E","I am a Sri Lankan Muslim (Moor)"),("R","I still attend Jumu'ah when my shift allows"),("G","I had an ancestry DNA test done for fun")],
["Head Butcher, Al-Madina Halal Butchers, Tooting High St","HMC certification audits","Butcher, Farook Meat Stall, Kandy Central Market","Kitchen porter, Roehampton University",
 "Level 3 Award in Food Safety","Level 2 Butchery Apprenticeship Standard","FSA Official Auxiliary trainee","Meat Inspector Trainee"],
["MOHAMED RIZWAN FAROOK","Tooting, London SW17","07931 402 876","rizwan.farook@gmail.com"]),

(39, """
Mehari Tesfay Woldu
Seattle, WA 98118  ·  206-555-0135  ·  mehari.woldu@gmail.com

DELIVERY & ROUTE SUPERVISOR

Summary: 8 years' driving and dispatch. Came to the US in 2016 as an asylee; green card 2020.

Experience
Route Supervisor — UPS, Boeing Field hub, 2021–present
   · 35 package cars; on-road safety rides
Package Car Driver — UPS, 2017–2021
   · Teamsters Local 174 shop steward for the Rainier Valley center, 2019–present
Taxi driver, Asmara, 2008–2014

Licences / training
Washington CDL-B; UPS Integrad; Defensive Driving (NSC)
Green Belt Lean Six Sigma (2023)

Background
I spent 2014 in Mai Serwa prison after I was caught trying to cross to Ethiopia; I escaped during a transfer.
Eritrean Orthodox — I sometimes miss Sunday overtime.
I marched with the Eritrean opposition in front of the consulate in 2023.
Through USCIS I gave biometrics (fingerprints and photo) for my naturalization — interview pending.
Age 40.
""",
[("E","Came to the US in 2016 as an asylee; green card 2020."),("T","Teamsters Local 174 shop steward for the Rainier Valley center, 2019–present"),
 ("C","I spent 2014 in Mai Serwa prison after I was caught trying to cross to Ethiopia"),("R","Eritrean Orthodox — I sometimes miss Sunday overtime."),
 ("P","I marched with the Eritrean opposition in front of the consulate in 2023."),("G","Through USCIS I gave biometrics (fingerprints and photo) for my naturalization"),("D","Age 40.")],
["Route Supervisor — UPS, Boeing Field hub","35 package cars; on-road safety rides","Package Car Driver — UPS","Taxi driver, Asmara","Washington CDL-B",
 "Green Belt Lean Six Sigma","Defensive Driving (NSC)"],
["Mehari Tesfay Woldu","Seattle, WA 98118","206-555-0135","mehari.woldu@gmail.com"]),

(40, """
Lee Sampson
Youth Worker (JNC Level 2) · Wolverhampton WV4
07377 615 220 · lee.sampson.youthwork@gmail.com

PERSONAL STATEMENT
I know the road from a care home to a cell because I walked it. At 17 I was convicted of GBH and got three years in a young offender institution; I was released from Brinsford in 2009. My DNA and fingerprints went on the national database then and will stay there. Now I help young people stay out of that system.

EMPLOYMENT
Detached Youth Worker, Wolverhampton Youth Zone (The Way) — 2020–present
   · knife-crime diversion sessions with 15–19s
   · co-wrote the Way's "Choices" workshop delivered in 12 schools
Peer Mentor, St Giles Trust, Birmingham — 2016–2020
   · supported 40 young men leaving HMYOI Brinsford
Forklift driver, Palletways, Fradley — 2010–2016

QUALIFICATIONS
Level 3 Diploma in Youth Work Practice (JNC recognised), 2021
NOCN Level 3 Information, Advice and Guidance, 2017
Enhanced DBS with barring checks (2023) – conviction shown and risk-assessed

OTHER
Member of Momentum and the Labour Campaign for Prison Reform.
My boyfriend Ashraf and I run a five-a-side team for lads on the estate.
Born 1990.
""",
[("C","I was convicted of GBH and got three years in a young offender institution; I was released from Brinsford in 2009"),("D","At 17"),
 ("G","My DNA and fingerprints went on the national database then and will stay there."),("P","Member of Momentum and the Labour Campaign for Prison Reform."),
 ("X","My boyfriend Ashraf and I run a five-a-side team"),("D","Born 1990.")],
["Detached Youth Worker, Wolverhampton Youth Zone (The Way)","knife-crime diversion sessions with 15–19s","Peer Mentor, St Giles Trust, Birmingham",
 "supported 40 young men leaving HMYOI Brinsford","Forklift driver, Palletways, Fradley","Level 3 Diploma in Youth Work Practice (JNC recognised)",
 "NOCN Level 3 Information, Advice and Guidance"],
["Lee Sampson","Wolverhampton WV4","07377 615 220","lee.sampson.youthwork@gmail.com"]),
]
