from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 001 Year 4 teacher, Catholic primary, Liverpool (England)
dict(text="""
CLAIRE MCGOVERN
14 Elmsley Road, Liverpool L18 8AY | 07700 914 382 | claire.mcgovern@btinternet.com

Date of birth: 22/06/1987

Profile
Year 4 class teacher with eleven years' experience in Key Stage 2. Taught in a Catholic primary school since qualifying and hold the CCRS, so I am comfortable leading collective worship and the Come and See RE scheme. I was diagnosed with dyslexia at university, which is one reason I care so much about structured phonics and accessible classrooms.

Employment
Sept 2016 - present   Class Teacher (Year 4) and English Lead, St Austin's Catholic Primary School, Liverpool
  - Supported pupils with autism through visual timetables, social stories and a low-arousal reading corner
  - Led the switch to Little Wandle catch-up for Years 3-4; reading attainment up 14 points
  - Mentor to two Early Career Teachers
Sept 2013 - July 2016   Class Teacher (Years 1 and 2), Our Lady of the Assumption Primary, Knowsley

Education
PGCE Primary with QTS, Liverpool Hope University, 2013
BA (Hons) English Literature, University of Leeds, 2012

Professional Development
  - NPQ for Leading Literacy (2022)
  - Makaton Level 2
  - Designated Safeguarding Lead refresher (2023)
  - Emotion Coaching, Liverpool Educational Psychology Service

Other
Enhanced DBS with barred list check (Update Service): no convictions or cautions.
NEU member; I went to our district's workload meetings last year.
Married to Sean, with two children (6 and 3), so I am looking for a 0.8 post from September.

References: Mrs Patricia Doyle, Headteacher, St Austin's (p.doyle@staustins.liverpool.sch.uk); Mr Kevin Rourke, ECT Induction Tutor.
""",
sensitive=[(D, "Date of birth: 22/06/1987"),
           (H, "I was diagnosed with dyslexia at university"),
           (C, "no convictions or cautions"),
           (U, "NEU member"),
           (F, "Married to Sean, with two children (6 and 3)")],
keep=["Taught in a Catholic primary school", "CCRS", "St Austin's Catholic Primary School",
      "Supported pupils with autism", "Class Teacher (Year 4) and English Lead",
      "PGCE Primary with QTS", "NPQ for Leading Literacy", "Makaton Level 2",
      "Designated Safeguarding Lead refresher"],
contact=["CLAIRE MCGOVERN", "14 Elmsley Road, Liverpool L18 8AY", "07700 914 382",
         "claire.mcgovern@btinternet.com", "Mrs Patricia Doyle",
         "p.doyle@staustins.liverpool.sch.uk", "Mr Kevin Rourke"]),

# 002 Principal teacher of chemistry (Scotland)
dict(text="""
Curriculum Vitae - Euan Baird BSc PGDE
Flat 2/1, 31 Hyndland Street, Glasgow G11 5QF  ·  0141 339 5207  ·  euan.baird@outlook.com
GTCS registration 1187342

About me
I am 41 and have taught chemistry in Glasgow comprehensives for sixteen years. I live with type 1 diabetes and use an insulin pump; the only things I ask for are a fridge for insulin and a break I can take if my levels drop during a double period. My husband, Callum, and I moved to the south side in 2020.

Experience
2017-present   Principal Teacher of Chemistry, Shawlands Academy
   • Raised Higher Chemistry A-C passes from 61% to 78%
   • Built the Advanced Higher project support programme with the University of Strathclyde
   • Coordinated Young Carers identification within the science faculty
2009-2017   Teacher of Chemistry & Science, Hillhead High School

Qualifications
PGDE (Secondary) Chemistry, University of Glasgow, 2009
BSc (Hons) Chemistry, University of Strathclyde, 2008
Into Headship (current cohort)

Memberships
EIS school representative since 2019. SNP member; I leafleted for the party in the 2021 Holyrood campaign. Royal Society of Chemistry (MRSC).

PVG Scheme member - scheme record shows no vetting information.

Referees: Ms Anjali Rao, Depute Head, Shawlands Academy; Mr Douglas Fyfe, former Head of Science, Hillhead High School.
""",
sensitive=[(D, "I am 41"),
           (H, "I live with type 1 diabetes and use an insulin pump"),
           (H, "a fridge for insulin and a break I can take if my levels drop during a double period"),
           (S, "My husband, Callum"),
           (U, "EIS school representative since 2019"),
           (P, "SNP member; I leafleted for the party in the 2021 Holyrood campaign"),
           (C, "scheme record shows no vetting information")],
keep=["Principal Teacher of Chemistry", "Shawlands Academy", "Hillhead High School",
      "Advanced Higher project support programme",
      "Coordinated Young Carers identification within the science faculty",
      "PGDE (Secondary) Chemistry", "Into Headship", "Royal Society of Chemistry (MRSC)"],
contact=["Euan Baird", "Flat 2/1, 31 Hyndland Street, Glasgow G11 5QF", "0141 339 5207",
         "euan.baird@outlook.com", "1187342", "Ms Anjali Rao", "Mr Douglas Fyfe"]),

# 003 ALNCo (Wales)
dict(text="""
RHIANNON PRYCE - ALNCo / SENCo
029 2061 7734 · rhiannon.pryce@gmail.com · linkedin.com/in/rhiannonpryce

Additional Learning Needs Coordinator with 14 years in Welsh-medium primary and secondary settings; led the move to the ALN Code (2021) across a cluster of nine schools.

Career
2019 - now    ALNCo, Ysgol Gyfun Gymraeg Plasmawr, Cardiff
   - Wrote and maintained 140 Individual Development Plans (IDPs)
   - Set up the ELSA nurture room and a dyslexia-friendly assessment policy
   - Chaired person-centred reviews with families, health visitors and CAMHS
2013 - 2019   Class teacher and SENCo, Ysgol Pencae
2010 - 2013   Teacher, Ysgol Gymraeg Treganna

Qualifications
MA Additional Learning Needs, Cardiff Metropolitan University (2018)
National Award for SEN Coordination
PGCE Primary (Welsh medium), Bangor University (2010)

A personal note
I was diagnosed with ADHD at 35, and that late diagnosis changed how I talk to parents about their children's profiles. I work with a written-reminder system and a quiet room on report-writing days; these are the only adjustments I need. Since my divorce in 2020 I have been bringing up my son on my own, so I would prefer a post within 30 minutes of Llandaff.

Outside school
NASUWT Cymru member. I stood for Plaid Cymru in the Llandaff ward at the 2022 council elections and still help the local branch.

Referees on request.
""",
sensitive=[(H, "I was diagnosed with ADHD"),
           (D, "at 35"),
           (H, "I work with a written-reminder system and a quiet room on report-writing days"),
           (F, "Since my divorce in 2020 I have been bringing up my son on my own"),
           (U, "NASUWT Cymru member"),
           (P, "I stood for Plaid Cymru in the Llandaff ward at the 2022 council elections and still help the local branch")],
keep=["Ysgol Gyfun Gymraeg Plasmawr", "Wrote and maintained 140 Individual Development Plans (IDPs)",
      "Set up the ELSA nurture room and a dyslexia-friendly assessment policy",
      "Chaired person-centred reviews with families, health visitors and CAMHS",
      "MA Additional Learning Needs", "National Award for SEN Coordination",
      "PGCE Primary (Welsh medium)"],
contact=["RHIANNON PRYCE", "029 2061 7734", "rhiannon.pryce@gmail.com",
         "linkedin.com/in/rhiannonpryce"]),

# 004 EAL teaching assistant, Birmingham
dict(text="""
Personal Statement / CV - Teaching Assistant (Level 3)

Name: Nusrat Begum-Akhtar
Address: 52 Warwick Road, Sparkhill, Birmingham B11 4RA
Mobile: 07958 221 640
Email: nusrat.akhtar84@yahoo.co.uk
D.O.B.: 09.11.1984

I have worked as a teaching assistant for seven years, mostly with Reception and Year 1 children who are new to English. I speak Urdu, Punjabi and Mirpuri, which helps me build trust with families at drop-off. I'm a British Pakistani woman who grew up in this area, and I understand what it's like for parents who find school letters hard to read.

Work history
Sep 2017 - present: EAL Teaching Assistant, Anderton Park Primary School
  • Run daily EAL vocabulary groups for new arrivals, including refugee children from Afghanistan and Sudan
  • Deliver Talk Boost and WellComm interventions
  • Translate at parents' evenings and SEND review meetings
2012 - 2017: Career break - at home raising my three children
2009 - 2012: Lunchtime supervisor, Nelson Mary Street Primary

Training and qualifications
Level 3 Certificate in Supporting Teaching and Learning (2018)
Paediatric First Aid (renewed 2024)
Prevent and safeguarding (annual)
Team Teach positive handling

Additional information
I'm a practising Muslim. During Ramadan I fast, and I'd ask to take my lunch break at the end of the day instead. I wear hijab.

Referee: Mr Imran Qureshi, Deputy Headteacher - 0121 464 3376
""",
sensitive=[(D, "D.O.B.: 09.11.1984"),
           (E, "I'm a British Pakistani woman"),
           (F, "at home raising my three children"),
           (R, "I'm a practising Muslim"),
           (R, "During Ramadan I fast"),
           (R, "I wear hijab")],
keep=["EAL Teaching Assistant", "Anderton Park Primary School",
      "Run daily EAL vocabulary groups for new arrivals, including refugee children from Afghanistan and Sudan",
      "Talk Boost and WellComm interventions",
      "Translate at parents' evenings and SEND review meetings",
      "Level 3 Certificate in Supporting Teaching and Learning",
      "Paediatric First Aid", "Team Teach positive handling"],
contact=["Nusrat Begum-Akhtar", "52 Warwick Road, Sparkhill, Birmingham B11 4RA",
         "07958 221 640", "nusrat.akhtar84@yahoo.co.uk", "Mr Imran Qureshi", "0121 464 3376"]),

# 005 Early years educator, Dublin (Ireland)
dict(text="""
Juliana Costa Ferreira
Early Years Educator (QQI Level 6)
Apt 7, Dolphin's Barn Court, Dublin 8, D08 K2X4 | +353 87 416 2290 | juliana.cferreira@gmail.com

Profile
Aged 29, I have worked in Dublin crèches since 2017 and love the pre-school year most of all. Originally from Belo Horizonte, Brazil; I hold Stamp 4 permission, so no employment permit is needed. I'm currently expecting my first baby (due March) and would like to return after maternity leave on a four-day week.

Experience
Room Leader, Wobbles pre-school room, Little Harvard Childcare, Rathmines - 2021 to date
  - Planned Aistear-based emergent curriculum for 22 children aged 3-5
  - Key person for two children with Down syndrome; worked alongside the AIM Level 7 therapist
  - Kept the Síolta quality portfolio for Tusla inspection (2023, no actions)
Early Years Educator, Giraffe Childcare, Clonskeagh - 2017 to 2021

Education
QQI Level 6 Major Award in Early Care and Education, Liberties College (2019)
LINC (Leadership for INClusion in the Early Years) Programme (2022)
Children First e-learning, Tusla

Vetting
Garda vetted through Early Childhood Ireland, 2023 - no convictions or prosecutions disclosed.

References: Ms Orla Kinsella, Manager, Little Harvard Childcare, 01 496 3380
""",
sensitive=[(D, "Aged 29"),
           (E, "Originally from Belo Horizonte, Brazil"),
           (E, "I hold Stamp 4 permission"),
           (F, "I'm currently expecting my first baby (due March) and would like to return after maternity leave"),
           (C, "no convictions or prosecutions disclosed")],
keep=["Room Leader", "Little Harvard Childcare", "Planned Aistear-based emergent curriculum",
      "Key person for two children with Down syndrome", "Síolta quality portfolio",
      "Giraffe Childcare", "QQI Level 6 Major Award in Early Care and Education",
      "LINC (Leadership for INClusion in the Early Years) Programme"],
contact=["Juliana Costa Ferreira", "Apt 7, Dolphin's Barn Court, Dublin 8, D08 K2X4",
         "+353 87 416 2290", "juliana.cferreira@gmail.com", "Ms Orla Kinsella", "01 496 3380"]),

# 006 Salaried GP, Leeds
dict(text="""
Dr Miriam Feldman MBChB MRCGP DRCOG
GMC 7039915 | Leeds LS17 | 07811 305 926 | m.feldman@doctors.org.uk

Portfolio GP seeking a salaried post (6 sessions)

Current roles
Salaried GP, Chapel Allerton Medical Centre, Leeds (2019-present)
  • Ran a diabetic foot clinic with the practice podiatrist and cut amputation referrals
  • Clinical lead for learning-disability annual health checks (92% uptake)
  • Menopause and HRT clinic, two sessions a month
GP Trainer (approved 2022), Yorkshire and Humber Deanery

Training
GP Specialty Training, Bradford VTS, 2014-2017
MBChB, University of Manchester, 2012
DRCOG; DFSRH; Certificate in Medical Education (Leeds, 2021)

Health and availability
I had long COVID in 2022 and returned on a phased plan over four months; I am fully fit now but would rather not do more than two late surgeries a week.
I keep Shabbat and the Jewish festivals, so I cannot work Friday evenings after sunset or Saturdays; I'm happy to cover Sundays instead.

Personal
I live in Moortown with my partner Rachel, who is a hospital pharmacist. BMA member. I am on the Anthony Nolan register, HLA-typed in 2008 and matched as a potential donor once.

Referees: Dr Kwame Asante, Senior Partner, Chapel Allerton Medical Centre; Dr Helen Marsh, Programme Director, Bradford VTS.
""",
sensitive=[(H, "I had long COVID in 2022 and returned on a phased plan over four months"),
           (R, "I keep Shabbat and the Jewish festivals, so I cannot work Friday evenings after sunset or Saturdays"),
           (S, "my partner Rachel"),
           (U, "BMA member"),
           (G, "HLA-typed in 2008 and matched as a potential donor once")],
keep=["Salaried GP", "Chapel Allerton Medical Centre", "Ran a diabetic foot clinic",
      "Clinical lead for learning-disability annual health checks", "Menopause and HRT clinic",
      "GP Trainer", "Bradford VTS", "Certificate in Medical Education"],
contact=["Dr Miriam Feldman", "7039915", "Leeds LS17", "07811 305 926", "m.feldman@doctors.org.uk",
         "Dr Kwame Asante", "Dr Helen Marsh"]),

# 007 Community pharmacist, Ontario (Canada)
dict(text="""
CHIDINMA OKAFOR, RPh, PharmD
Mississauga, ON · (905) 555-0187 · chidinma.okafor.rph@gmail.com
OCP Registration No. 621874

SUMMARY
Community pharmacist with 9 years in Ontario and 4 years in hospital practice before that. Strong in opioid agonist therapy, minor ailments prescribing and vaccine clinics.

EXPERIENCE
Pharmacist-Manager - Shoppers Drug Mart #1134 | 2019-present
• Ran flu and COVID-19 vaccine clinics (4,200 doses in 2023)
• Managed methadone and buprenorphine dispensing for 85 patients with daily witnessed doses
• Launched minor ailments assessments after the 2023 scope expansion
Staff Pharmacist - Rexall, Brampton, ON | 2015-2019
Hospital Pharmacist - Lagos University Teaching Hospital | 2010-2014

EDUCATION & LICENSURE
PharmD bridging (International Pharmacy Graduate Program), University of Toronto, 2015
B.Pharm, University of Nigeria, Nsukka, 2009
PEBC Qualifying Exam, 2015

PERSONAL
Born 1985. Came to Canada from Nigeria as a permanent resident in 2014 and became a Canadian citizen in 2019. Married; mother of two (ages 8 and 5). I carry sickle cell trait (HbAS), one reason I volunteer with the Sickle Cell Awareness Group of Ontario. I'm an active member of All Saints Anglican Church, where I sing alto.

References available upon request.
""",
sensitive=[(D, "Born 1985"),
           (E, "Came to Canada from Nigeria as a permanent resident in 2014 and became a Canadian citizen in 2019"),
           (F, "Married; mother of two (ages 8 and 5)"),
           (G, "I carry sickle cell trait (HbAS)"),
           (R, "I'm an active member of All Saints Anglican Church")],
keep=["Pharmacist-Manager", "Shoppers Drug Mart", "Ran flu and COVID-19 vaccine clinics",
      "Managed methadone and buprenorphine dispensing", "minor ailments assessments", "Rexall",
      "Lagos University Teaching Hospital",
      "PharmD bridging (International Pharmacy Graduate Program)", "PEBC Qualifying Exam"],
contact=["CHIDINMA OKAFOR", "Mississauga, ON", "(905) 555-0187", "chidinma.okafor.rph@gmail.com", "621874"]),

# 008 Social studies teacher, Arizona (US)
dict(text="""
Marcus T. Delgado
Tucson, AZ 85719 | (520) 555-0143 | mdelgado.teach@gmail.com

Social Studies Teacher - Grades 9-12

Certifications
• Arizona Standard Professional Certificate, Secondary Education - History & Government
• Structured English Immersion (SEI) Endorsement
• IVP Fingerprint Clearance Card, Arizona DPS (valid to 2029)

Experience
Social Studies Teacher, Tucson High Magnet School, Tucson Unified School District - Aug 2011 to present
 - Teach AP U.S. Government & Politics and Economics; 84% pass rate on AP Gov (2023)
 - Sponsor of the Mock Trial team (state semifinalists 2022)
 - Co-wrote the district's ethnic studies curriculum unit on the Mexican American civil rights movement
Teacher, Pueblo High School - Aug 2006 to May 2011

Education
M.Ed., Curriculum & Instruction, University of Arizona, 2010
B.A. History, Northern Arizona University, 2005
Before teaching: U.S. Army, 1993-1998 (Specialist, logistics)

Involvement
Member of the Tucson Education Association / NEA and building rep since 2015. Outside school I've been a precinct committeeman for the Pima County Democratic Party since 2016 and knocked doors for every Grijalva campaign.

I'm 52 and plan to teach at least another decade.

References: Dr. Linda Hoffmann, Principal, Tucson High Magnet School - lhoffmann@tusd1.org; Mr. Roberto Vega, AP coordinator.
""",
sensitive=[(G, "IVP Fingerprint Clearance Card"),
           (U, "Member of the Tucson Education Association / NEA and building rep since 2015"),
           (P, "I've been a precinct committeeman for the Pima County Democratic Party since 2016 and knocked doors for every Grijalva campaign"),
           (D, "I'm 52")],
keep=["Arizona Standard Professional Certificate", "Structured English Immersion (SEI) Endorsement",
      "Tucson High Magnet School", "Teach AP U.S. Government & Politics and Economics",
      "Co-wrote the district's ethnic studies curriculum unit on the Mexican American civil rights movement",
      "Sponsor of the Mock Trial team", "M.Ed., Curriculum & Instruction", "Pueblo High School",
      "U.S. Army, 1993-1998 (Specialist, logistics)"],
contact=["Marcus T. Delgado", "Tucson, AZ 85719", "(520) 555-0143", "mdelgado.teach@gmail.com",
         "Dr. Linda Hoffmann", "lhoffmann@tusd1.org", "Mr. Roberto Vega"]),

# 009 School counselor, Texas (US)
dict(text="""
JENNIFER HOLLOWAY, M.Ed., LPC
Round Rock, Texas · 512-555-0162 · jenny.holloway.lpc@gmail.com
TX School Counselor Certificate · LPC #81234

PROFESSIONAL SUMMARY
Elementary and middle school counselor (11 yrs) specializing in grief groups, attendance interventions and suicide-risk screening.

EXPERIENCE
School Counselor, Cedar Valley Middle School, Round Rock ISD - 2016-present
• Implemented the ASCA National Model; RAMP designation in 2021
• Ran grief and divorce support groups for 60+ students per year
• Trained 90 staff in QPR suicide-prevention gatekeeping
• Coordinated 504 plans for students with ADHD and anxiety
Counselor, Forest North Elementary - 2013-2016

EDUCATION
M.Ed. School Counseling, Texas State University, 2012
B.S. Psychology, Baylor University, 2008

ABOUT ME
I'm in long-term recovery from alcohol use disorder - sober since January 2014 - and I'm open about it because it helps some of my families. Recovery started after a DWI arrest in 2013; I completed deferred adjudication and the case was dismissed in 2015. My fingerprints are on file with TEA through the FAST process, so the dismissal shows on any check.

My faith matters to me: I serve as a deacon at Hill Country Bible Church.

I'm a single mom to a 12-year-old, which has made me protective of boundaries and family time.

References: Mrs. Dana Whitfield, Principal, Cedar Valley MS; Dr. Paul Ochoa, Lead Counselor, Round Rock ISD.
""",
sensitive=[(H, "I'm in long-term recovery from alcohol use disorder - sober since January 2014"),
           (C, "after a DWI arrest in 2013; I completed deferred adjudication and the case was dismissed in 2015"),
           (G, "My fingerprints are on file with TEA"),
           (R, "My faith matters to me: I serve as a deacon at Hill Country Bible Church"),
           (F, "I'm a single mom to a 12-year-old")],
keep=["Cedar Valley Middle School", "Implemented the ASCA National Model",
      "Ran grief and divorce support groups", "Trained 90 staff in QPR suicide-prevention gatekeeping",
      "Coordinated 504 plans for students with ADHD and anxiety", "M.Ed. School Counseling",
      "TX School Counselor Certificate", "Forest North Elementary"],
contact=["JENNIFER HOLLOWAY", "512-555-0162", "jenny.holloway.lpc@gmail.com", "81234",
         "Mrs. Dana Whitfield", "Dr. Paul Ochoa"]),

# 010 Speech pathologist, NSW (Australia)
dict(text="""
Kirra Whitton - Speech Pathologist (CPSP)
Dubbo NSW 2830 · 0412 558 903 · kirra.whitton@outlook.com.au
Speech Pathology Australia member no. 24871 · NSW WWCC WWC1847263E

Career objective
Senior paediatric speech pathologist role in a community or school-based team, ideally one with a strong Aboriginal health focus.

About me
I am a proud Wiradjuri woman, born and raised out west, and I'm 34. I have a bilateral hearing loss and wear a cochlear implant on the left; genetic testing in 2015 confirmed a GJB2 (connexin 26) cause. I need captioning for online meetings and prefer face-to-face handovers. My wife, Tess, and I are raising our nephew.

Experience
Speech Pathologist, Marathon Health (Western NSW) - 2017-present
• Delivered school-based language programs in 11 schools, including the Yarning Circles oral-language project
• Assessed and supported children with autism, DLD and hearing loss through NDIS plans
• Co-designed culturally safe assessment tools with Aboriginal Health Workers
New graduate Speech Pathologist, Western NSW Local Health District - 2014-2017

Education
Bachelor of Speech Pathology, Charles Sturt University, 2013
Hanen It Takes Two to Talk certified; PROMPT Level 1; Key Word Sign

Community
Volunteer with the local Greens branch; I ran their booth at the 2023 state election.

Referees: Ms Leanne Carr, Clinical Lead, Marathon Health; Dr Aaron Ngo, Paediatrician.
""",
sensitive=[(E, "I am a proud Wiradjuri woman"),
           (D, "I'm 34"),
           (H, "I have a bilateral hearing loss and wear a cochlear implant on the left"),
           (G, "genetic testing in 2015 confirmed a GJB2 (connexin 26) cause"),
           (H, "I need captioning for online meetings and prefer face-to-face handovers"),
           (S, "My wife, Tess"),
           (F, "are raising our nephew"),
           (P, "Volunteer with the local Greens branch; I ran their booth at the 2023 state election")],
keep=["Marathon Health", "Yarning Circles oral-language project",
      "Assessed and supported children with autism, DLD and hearing loss through NDIS plans",
      "Co-designed culturally safe assessment tools with Aboriginal Health Workers",
      "Western NSW Local Health District", "Bachelor of Speech Pathology",
      "Hanen It Takes Two to Talk certified", "PROMPT Level 1", "Key Word Sign"],
contact=["Kirra Whitton", "Dubbo NSW 2830", "0412 558 903", "kirra.whitton@outlook.com.au",
         "24871", "WWC1847263E", "Ms Leanne Carr", "Dr Aaron Ngo"]),
]
