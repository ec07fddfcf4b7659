"""letters-en-001..010, typed by hand."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 001 - UK, London, pharmacist, carer gap
CVS.append(dict(
text="""
Subject: Application – Lead Pharmacist, Diabetes & Endocrinology (ref. 294-LP-0117)

Dear Hiring Manager,

I would like to apply for the Lead Pharmacist post advertised on NHS Jobs. For the past six years I managed a diabetes clinic at Lewisham and Greenwich NHS Trust, running insulin-titration reviews for around 1,400 patients a year and training practice nurses on the new SGLT2 prescribing guidance.

I should be open about the gap on my CV. In early 2022 I was signed off with burn-out and did not return for five months; I then resigned so that I could take over caring for my mother, who has vascular dementia, until she moved into a care home last autumn. I am now well, rested and keen to get back to clinical work. At 47 I know exactly what kind of pharmacist I want to be for the next twenty years.

I have enclosed a short CV and would be glad to talk further.

Yours faithfully,

Helen Marsh-Okafor
07700 914 382 · helen.marshokafor@btinternet.com

---
HELEN MARSH-OKAFOR  MPharm, IP
12 Ashgrove Road, Catford, London SE6 4RP

Experience
2016–2022  Specialist Pharmacist, Diabetes Clinic – Lewisham and Greenwich NHS Trust
2011–2016  Rotational Pharmacist – King's College Hospital
Education
MPharm, University of Bath (2000)  |  Independent Prescriber, University of Hertfordshire (2014)
Skills
Insulin titration · EMIS and EPMA · clinical audit · teaching
Referee: Dr Samuel Petit, Consultant Diabetologist
""",
sensitive=[
    (H, "signed off with burn-out"),
    (F, "caring for my mother, who has vascular dementia"),
    (D, "At 47"),
],
keep=["Lead Pharmacist", "managed a diabetes clinic", "Lewisham and Greenwich NHS Trust",
      "Specialist Pharmacist, Diabetes Clinic", "Rotational Pharmacist", "King's College Hospital",
      "MPharm, University of Bath", "Independent Prescriber, University of Hertfordshire",
      "Insulin titration"],
contact=["Helen Marsh-Okafor", "07700 914 382", "helen.marshokafor@btinternet.com",
         "HELEN MARSH-OKAFOR", "12 Ashgrove Road, Catford, London SE6 4RP", "Dr Samuel Petit"],
))

# 002 - US, Chicago, paralegal, conviction and sealing
CVS.append(dict(
text="""
From: Jordan Reyes <jreyes.paralegal@gmail.com>
To: careers@hollandwebbllp.com
Subject: Paralegal opening (Litigation Support) – Jordan Reyes

Good morning,

My name is Jordan Reyes and I'm writing about the litigation paralegal opening at Holland Webb LLP. I'd rather you hear my story from me than from a background check. In 2012, when I was 24, I was convicted of possession with intent to deliver and served 26 months at Stateville. My record was sealed by the Cook County Circuit Court in 2021, so it may or may not show up for you.

Inside I finished my associate degree through the Prison + Neighborhood Arts/Education Project, and I was baptized at New Life Covenant the year I came home. My faith is a big part of why I show up early and stay late. Since 2019 I have run expungement clinics for Cabrini Green Legal Aid, preparing about 300 petitions a year, and I know Illinois court e-filing inside out.

I'm a dad of two girls, 9 and 6, and I'm looking for somewhere I can build a career, not just a job.

Thank you for reading this far.
Jordan Reyes
(773) 555-0148

JORDAN REYES – Paralegal
4417 W. Cermak Rd, Apt 2, Chicago, IL 60623

EXPERIENCE
Paralegal, Cabrini Green Legal Aid (CGLA) – 2019–present
Intake Specialist, Heartland Alliance – 2017–2019
EDUCATION
Paralegal Certificate, Roosevelt University – 2018
A.A., Ambrose University (coursework completed through PNAP)
SKILLS
Odyssey eFileIL · Clio · Westlaw · bilingual English/Spanish
References: Atty. Marisol Quintero (CGLA); Rev. Dwayne Pettis
""",
sensitive=[
    (D, "when I was 24"),
    (C, "convicted of possession with intent to deliver and served 26 months at Stateville"),
    (C, "My record was sealed by the Cook County Circuit Court in 2021"),
    (C, "Inside I finished my associate degree through the Prison + Neighborhood Arts/Education Project"),
    (R, "I was baptized at New Life Covenant"),
    (R, "My faith is a big part of why I show up"),
    (F, "I'm a dad of two girls, 9 and 6"),
],
keep=["Holland Webb LLP", "run expungement clinics for Cabrini Green Legal Aid", "Illinois court e-filing",
      "Paralegal, Cabrini Green Legal Aid (CGLA)", "Intake Specialist, Heartland Alliance",
      "Paralegal Certificate, Roosevelt University", "Odyssey eFileIL", "Westlaw"],
contact=["Jordan Reyes", "jreyes.paralegal@gmail.com", "careers@hollandwebbllp.com", "(773) 555-0148",
         "JORDAN REYES", "4417 W. Cermak Rd, Apt 2, Chicago, IL 60623", "Atty. Marisol Quintero",
         "Rev. Dwayne Pettis"],
))

# 003 - Ireland, Dublin, software tester, Traveller, dyslexia adjustments
CVS.append(dict(
text="""
Aoife McDonagh
Flat 3, 27 Cabra Road, Dublin 7, D07 X2K4
087 661 2093 | aoife.mcdonagh.qa@outlook.ie | linkedin.com/in/aoifemcdonaghqa

To whom it may concern,

I am applying for the Junior QA Engineer role with Fenergo. I qualified through the Fastrack into Information Technology (FIT) programme in 2021 and have since worked as a manual and automation tester at Version 1, mostly on public-sector portals.

There are two things I would like you to know before any assessment day. First, I am dyslexic. I work very well with text-to-speech and a screen overlay, and I would ask that any written test be sent in Word rather than PDF and that I be given 25% extra time, as I had in college. Second, I am a Traveller woman, and the first in my family to go to third level. I mention it because I would love to get involved in your diversity work, not because I expect any special treatment.

Outside work I coach under-12 camogie in Cabra.

Kind regards,
Aoife

--- CV ---
Date of birth: 03/11/1996
2021–present  QA Engineer (Associate), Version 1, Dublin
2019–2021    Retail Supervisor, Penneys, Mary Street
Education: FIT Software Testing Traineeship (QQI Level 6), 2021; ISTQB Foundation Level, 2022
Tools: Selenium WebDriver, Postman, Jira/Xray, basic Python
""",
sensitive=[
    (H, "I am dyslexic"),
    (H, "text-to-speech and a screen overlay"),
    (E, "I am a Traveller woman"),
    (D, "Date of birth: 03/11/1996"),
],
keep=["Junior QA Engineer", "Fenergo", "QA Engineer (Associate), Version 1", "Retail Supervisor, Penneys",
      "FIT Software Testing Traineeship (QQI Level 6)", "ISTQB Foundation Level", "Selenium WebDriver",
      "coach under-12 camogie"],
contact=["Aoife McDonagh", "Flat 3, 27 Cabra Road, Dublin 7, D07 X2K4", "087 661 2093",
         "aoife.mcdonagh.qa@outlook.ie", "linkedin.com/in/aoifemcdonaghqa"],
))

# 004 - Canada, Toronto, civil engineer, refugee from Eritrea
CVS.append(dict(
text="""
Yonas Tesfamariam, EIT
55 Thorncliffe Park Dr, Unit 1408, Toronto ON M4H 1L1 · 647-555-0192 · yonas.tesfa@gmail.com

Dear Ms. Lindqvist,

Re: Bridge Inspection Engineer (EIT), Structures Group

I am writing to apply for the EIT position in your Structures Group. Before coming to Canada I spent eleven years designing culverts and short-span bridges for the Ministry of Public Works in Asmara. I came to Canada as a refugee in 2017, after two years in a camp in northern Ethiopia, and I had to start my career again from the beginning: credential assessment, Canadian work experience, and now the P.Eng. licensure process with PEO, where I have passed the PPE and completed 30 of the 48 months required.

At Ontario's Ministry of Transportation I carried out OSIM inspections on 140 structures last season and wrote the condition reports. I work carefully and I am used to explaining technical findings to people whose first language is not English, as mine was not.

I am 44, married, and my wife and our three children are settled here in Thorncliffe. I am an Orthodox Christian and I would be grateful to keep Sunday mornings free when fieldwork allows; otherwise I am fully available, including nights for lane closures.

Respectfully,
Yonas Tesfamariam

EXPERIENCE
2021–    Structural Inspection Technician / EIT – Ontario Ministry of Transportation
2005–2016 Civil Engineer – Ministry of Public Works, Asmara
EDUCATION
B.Sc. Civil Engineering, University of Asmara (2004) – assessed by WES as equivalent to a Canadian bachelor's
SKILLS  OSIM · AutoCAD Civil 3D · CSA S6 · bridge deck condition surveys
""",
sensitive=[
    (E, "I came to Canada as a refugee in 2017"),
    (E, "after two years in a camp in northern Ethiopia"),
    (E, "whose first language is not English, as mine was not"),
    (D, "I am 44"),
    (F, "married, and my wife and our three children are settled here"),
    (R, "I am an Orthodox Christian"),
],
keep=["Bridge Inspection Engineer (EIT)", "Ministry of Public Works in Asmara", "P.Eng. licensure",
      "Ontario's Ministry of Transportation", "OSIM inspections on 140 structures",
      "Structural Inspection Technician / EIT", "B.Sc. Civil Engineering, University of Asmara", "AutoCAD Civil 3D",
      "CSA S6"],
contact=["Yonas Tesfamariam", "55 Thorncliffe Park Dr, Unit 1408, Toronto ON M4H 1L1", "647-555-0192",
         "yonas.tesfa@gmail.com", "Ms. Lindqvist"],
))

# 005 - Australia, Shepparton, Aboriginal social worker
CVS.append(dict(
text="""
Kylie Atkinson
14 Nixon Street, Shepparton VIC 3630
0412 778 305 · kylie.atkinson@bigpond.com

The Selection Panel
Aboriginal Family Services Team Leader (Job ref. VG-88312)
Department of Families, Fairness and Housing

Dear Panel,

I'm a proud Yorta Yorta woman, born and raised on Country here in Shepparton, and I'm applying for the Team Leader role because I've spent thirteen years watching our kids come into care and I want to be the one changing how that happens.

Since 2016 I've been a Senior Case Manager with Rumbalara Aboriginal Co-operative. I delivered cultural safety training to Victoria Police and to DFFH child protection staff, co-designed the Aboriginal Children in Aboriginal Care transition at Rumbalara, and supervise four case workers.

A few things about me you may want to know. I live with type 1 diabetes and it's well controlled; I just ask for the flexibility to eat and check my levels during long meetings. I'm a single mum of three and I've arranged after-school care for the days I'd be in Melbourne. I stood for the Greens in the 2018 state election, which taught me a lot about talking to people who disagree with you, and I'm still an Australian Services Union delegate in my current workplace.

I've attached my resume and the key selection criteria response.

Warm regards,
Kylie Atkinson

RESUME
Senior Case Manager, Rumbalara Aboriginal Co-operative (2016–now)
Family Support Worker, Berry Street Goulburn Valley (2011–2016)
Bachelor of Social Work, La Trobe University (2015)
Cert IV Child, Youth and Family Intervention
Referees: Aunty Gail Morgan (Elder, Rumbalara); Mark Brennan, Berry Street
""",
sensitive=[
    (E, "I'm a proud Yorta Yorta woman, born and raised on Country"),
    (H, "I live with type 1 diabetes"),
    (F, "I'm a single mum of three"),
    (P, "I stood for the Greens in the 2018 state election"),
    (T, "I'm still an Australian Services Union delegate"),
],
keep=["Aboriginal Family Services Team Leader", "Department of Families, Fairness and Housing",
      "Senior Case Manager", "Rumbalara Aboriginal Co-operative", "delivered cultural safety training to Victoria Police",
      "Aboriginal Children in Aboriginal Care", "Family Support Worker, Berry Street Goulburn Valley",
      "Bachelor of Social Work, La Trobe University", "Cert IV Child, Youth and Family Intervention"],
contact=["Kylie Atkinson", "14 Nixon Street, Shepparton VIC 3630", "0412 778 305", "kylie.atkinson@bigpond.com",
         "Aunty Gail Morgan", "Mark Brennan"],
))

# 006 - Singapore, logistics, Malay, Friday prayers
CVS.append(dict(
text="""
NUR AISYAH BINTE RAHMAT
Blk 512 Bedok North Ave 2, #08-231, Singapore 460512 | +65 9126 4470 | nuraisyah.rahmat@gmail.com

PERSONAL PARTICULARS
NRIC: S8804512H    Date of Birth: 14 Feb 1988    Race: Malay    Religion: Islam
Marital Status: Married, 2 children    Nationality: Singaporean

Dear Hiring Manager,

I refer to your advertisement on MyCareersFuture for the position of Warehouse Operations Manager (Tuas Mega Hub). I have nine years of experience in contract logistics, most recently as Assistant Operations Manager at DHL Supply Chain, where I run a 60-headcount pharmaceutical cold-chain site and led the SAP EWM go-live in 2023 with zero stock write-off.

I am comfortable with shift work and with weekend cover. I would only ask, if possible, for a slightly longer lunch break on Fridays so that I can attend Friday prayers at the mosque near the site; I am happy to make up the time at the end of the day.

I also returned to work after my second maternity leave in 2022 and completed my degree part-time at the same time, so I am used to juggling.

Thank you for your consideration.

Yours sincerely,
Nur Aisyah

WORK EXPERIENCE
2019 – Present  Assistant Operations Manager, DHL Supply Chain (Singapore)
2015 – 2019     Inventory Controller, YCH Group
EDUCATION
B.Sc. Logistics and Supply Chain Management, Singapore University of Social Sciences (2023)
Diploma in Supply Chain Management, Temasek Polytechnic (2008)
""",
sensitive=[
    (D, "Date of Birth: 14 Feb 1988"),
    (E, "Race: Malay"),
    (E, "Nationality: Singaporean"),
    (R, "Religion: Islam"),
    (F, "Marital Status: Married, 2 children"),
    (R, "attend Friday prayers at the mosque"),
    (F, "after my second maternity leave in 2022"),
],
keep=["Warehouse Operations Manager (Tuas Mega Hub)", "Assistant Operations Manager, DHL Supply Chain",
      "pharmaceutical cold-chain site", "SAP EWM go-live", "Inventory Controller, YCH Group",
      "B.Sc. Logistics and Supply Chain Management, Singapore University of Social Sciences",
      "Diploma in Supply Chain Management, Temasek Polytechnic"],
contact=["NUR AISYAH BINTE RAHMAT", "Blk 512 Bedok North Ave 2, #08-231, Singapore 460512", "+65 9126 4470",
         "nuraisyah.rahmat@gmail.com", "NRIC: S8804512H", "Nur Aisyah"],
))

# 007 - Nigeria, Lagos, journalist
CVS.append(dict(
text="""
Chiamaka Obiageli Nwosu
Plot 18, Adeniyi Jones Avenue, Ikeja, Lagos
+234 803 412 7756 · chiamaka.nwosu@yahoo.com

The Editor-in-Chief
TheCable
Lagos

Dear Sir/Madam,

APPLICATION FOR THE POST OF SENIOR POLITICS CORRESPONDENT

I write to apply for the above position as advertised on your website. I have spent seven years at Channels Television, where I reported on the 2019 and 2023 general elections from collation centres in Awka, Enugu and Abuja, produced the weekly segment "Ballot Watch", and trained young reporters on election-day safety with the International Press Centre.

I must declare, in fairness, that during the 2023 campaign I was an active volunteer in the Obidient Movement for Peter Obi. I stepped back from political coverage for that period on my own request and I am aware that I will have to guard my independence carefully. I believe my work since then speaks for itself.

As an Igbo woman from Anambra who grew up in Lagos, I understand the ethnic currents that run under our politics without being ruled by them. I am married with one son, and I am a communicant of the Anglican Church, which I mention only because my pastor is one of my referees.

Yours faithfully,

Chiamaka Nwosu (Mrs)

CURRICULUM VITAE (SUMMARY)
Date of Birth: 22/07/1990
State of Origin: Anambra
2017–date   Reporter/Producer, Channels Television, Lagos
2015–2017   Intern, The Guardian Nigeria
B.Sc. Mass Communication, University of Lagos (2:1), 2013
NYSC: Information Officer, INEC Cross River State office, 2014
Referees: Mr Tunde Bakare, Channels TV; Ven. Emeka Okafor, St Peter's Anglican Church Ikeja
""",
sensitive=[
    (P, "I was an active volunteer in the Obidient Movement for Peter Obi"),
    (E, "As an Igbo woman from Anambra"),
    (F, "I am married with one son"),
    (R, "I am a communicant of the Anglican Church"),
    (D, "Date of Birth: 22/07/1990"),
    (E, "State of Origin: Anambra"),
],
keep=["SENIOR POLITICS CORRESPONDENT", "Channels Television", "reported on the 2019 and 2023 general elections",
      "\"Ballot Watch\"", "trained young reporters on election-day safety", "Intern, The Guardian Nigeria",
      "B.Sc. Mass Communication, University of Lagos", "Information Officer, INEC Cross River State office"],
contact=["Chiamaka Obiageli Nwosu", "Plot 18, Adeniyi Jones Avenue, Ikeja, Lagos", "+234 803 412 7756",
         "chiamaka.nwosu@yahoo.com", "Chiamaka Nwosu (Mrs)", "Mr Tunde Bakare", "Ven. Emeka Okafor"],
))

# 008 - South Africa, Johannesburg, HR manager
CVS.append(dict(
text="""
Subject: Application: Head of Employee Relations (Mining) – Ref ER/2024/07

Dear Mr Naidoo,

Please accept this letter and the attached CV in application for the Head of Employee Relations post at Sibanye-Stillwater.

In my nine years at Harmony Gold I organised a union-recognition consultation for management at the Kusasalethu shaft, negotiated the 2021–2024 wage agreement with NUM and AMCU, and rewrote the company's disciplinary code in line with the LRA. I know both sides of the table: long before HR I was a nurse, and a NEHAWU shop steward at Chris Hani Baragwanath for four years.

I will be candid, because ER is a field where trust matters. I am a Coloured woman from Mitchells Plain who came up through a very different South Africa. I was an ANC branch secretary in the 2000s and left the party in 2016; I no longer hold any political office. I have also been living openly with HIV since 2009, and I think that history helps me in wellness and disclosure policy work.

I am 52 and have, I hope, another fifteen good working years.

Kind regards,
Lorraine Februarie
082 447 9013 | lorraine.februarie@icloud.com | 21 Acacia Crescent, Northcliff, Johannesburg 2195

CAREER
2015–present  Senior Employee Relations Manager, Harmony Gold Mining Company
2009–2015     HR Business Partner, Netcare
1995–2009     Professional Nurse, Chris Hani Baragwanath Academic Hospital
QUALIFICATIONS: BTech Human Resource Management (UNISA); Diploma in Nursing (Chris Hani Baragwanath Nursing College); CCMA-accredited Chairing Disciplinary Hearings
""",
sensitive=[
    (T, "a NEHAWU shop steward at Chris Hani Baragwanath for four years"),
    (E, "I am a Coloured woman from Mitchells Plain"),
    (P, "I was an ANC branch secretary in the 2000s and left the party in 2016"),
    (H, "living openly with HIV since 2009"),
    (D, "I am 52"),
],
keep=["Head of Employee Relations", "Sibanye-Stillwater", "organised a union-recognition consultation for management",
      "negotiated the 2021–2024 wage agreement with NUM and AMCU", "Senior Employee Relations Manager, Harmony Gold Mining Company",
      "HR Business Partner, Netcare", "Professional Nurse", "BTech Human Resource Management (UNISA)",
      "CCMA-accredited Chairing Disciplinary Hearings"],
contact=["Mr Naidoo", "Lorraine Februarie", "082 447 9013", "lorraine.februarie@icloud.com",
         "21 Acacia Crescent, Northcliff, Johannesburg 2195"],
))

# 009 - UK, Manchester, accountant at Jewish foundation (hard negative), Catholic, gay
CVS.append(dict(
text="""
MICHAEL CONROY ACA
Flat 9, Whitworth House, 40 Princess Street, Manchester M1 6DE
07811 392 057 · m.conroy.aca@gmail.com

Dear Ms Adeyemi,

Finance Business Partner – Christie Charity

I was delighted to see this role. For the last five years I have worked for a Jewish community foundation as accountant — the Manchester Jewish Community Care Trust — where I prepared the statutory accounts, handled Gift Aid claims of £1.2m a year and supported the trustees through a merger with two smaller charities. Before that I trained at Beever and Struthers.

Christie's work matters to me personally: I was treated there for testicular cancer in 2019 and have been in remission since 2020. I would love to give something back with the skills I have.

A couple of practical points. My husband, David, and I are moving to Didsbury in the spring, so the commute will be easy. I am also a practising Catholic and sing with the choir at the Holy Name on Sunday evenings, so I would not be able to take on regular weekend events, though I'm glad to help at the Christie's big fundraising days.

With best wishes,
Michael Conroy

CV
2019–date  Finance Manager, Manchester Jewish Community Care Trust
2014–2019  Audit Senior, Beever and Struthers
ACA (ICAEW), 2017 · BA Accounting and Finance, Lancaster University, 2013
Charities SORP (FRS 102) · Gift Aid and HMRC Charities Online · Xero and Sage Intacct
""",
sensitive=[
    (H, "I was treated there for testicular cancer in 2019 and have been in remission since 2020"),
    (S, "My husband, David"),
    (R, "I am also a practising Catholic"),
    (R, "sing with the choir at the Holy Name"),
],
keep=["Finance Business Partner", "Christie Charity", "worked for a Jewish community foundation as accountant",
      "Manchester Jewish Community Care Trust", "Gift Aid claims of £1.2m a year",
      "Audit Senior, Beever and Struthers", "ACA (ICAEW)", "BA Accounting and Finance, Lancaster University",
      "Charities SORP (FRS 102)"],
contact=["MICHAEL CONROY ACA", "Flat 9, Whitworth House, 40 Princess Street, Manchester M1 6DE", "07811 392 057",
         "m.conroy.aca@gmail.com", "Ms Adeyemi", "Michael Conroy"],
))

# 010 - US, Texas, special ed teacher, wheelchair, coming out
CVS.append(dict(
text="""
Daniel Ortega-Whitfield
2208 Canterbury St, Austin, TX 78702 | 512-555-0177 | d.ortegawhitfield@gmail.com

Dear Principal Harris and members of the hiring committee,

I am applying for the Special Education (Life Skills) teaching position at Reagan Early College High School. I have taught for eleven years in Austin ISD and Pflugerville ISD, and for the last three I trained staff on disability law across my campus: IDEA, Section 504 and how to run an ARD meeting that families actually understand.

I have used a wheelchair since a car crash in 2015, so I would need to check that the portable classrooms have ramp access before I accept any room assignment; the main building looked fine when I visited. My students tend to see very quickly that a disability is not the end of anything.

Something else I share with students when it helps: I came out as gay when I was 30, late and with a lot of fear, and I have sponsored the Gender and Sexuality Alliance at my current school since 2020. I would be happy to do the same at Reagan.

Thank you for your time.

Sincerely,
Daniel Ortega-Whitfield

EXPERIENCE
2016–present  Special Education Teacher, Life Skills, Pflugerville ISD
2013–2016     Resource Teacher, Austin ISD
CERTIFICATION: Texas Educator Certificate – Special Education EC-12; ESL Supplemental
EDUCATION: M.Ed. Special Education, Texas State University (2016); B.A. Psychology, UT Austin (2012)
""",
sensitive=[
    (H, "I have used a wheelchair since a car crash in 2015"),
    (S, "I came out as gay"),
    (D, "when I was 30"),
],
keep=["Special Education (Life Skills) teaching position", "Reagan Early College High School",
      "trained staff on disability law", "sponsored the Gender and Sexuality Alliance at my current school",
      "Special Education Teacher, Life Skills, Pflugerville ISD", "Resource Teacher, Austin ISD",
      "Texas Educator Certificate – Special Education EC-12", "M.Ed. Special Education, Texas State University",
      "B.A. Psychology, UT Austin"],
contact=["Daniel Ortega-Whitfield", "2208 Canterbury St, Austin, TX 78702", "512-555-0177",
         "d.ortegawhitfield@gmail.com", "Principal Harris"],
))
