"""letters-en-011..020, typed by hand."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 011 - UK, Leeds, genetic counsellor, own BRCA1
CVS.append(dict(
text="""
Dr Sarah Whitlock
7 Headingley Mount, Leeds LS6 3EL · 07920 118 446 · sarah.whitlock@nhs.net

Dear Dr Chaudhry,

Principal Genetic Counsellor, Yorkshire Regional Genetics Service

I am writing to apply for the Principal Genetic Counsellor post. I have been a registered genetic counsellor (GCRB) for twelve years, and at Sheffield Children's I ran the familial hypercholesterolaemia cascade testing service, which now reaches about 600 relatives a year. I also co-wrote the regional pathway for mainstreaming BRCA testing in oncology clinics.

You will probably hear this from colleagues anyway, so I would rather say it myself: I carry a BRCA1 pathogenic variant, found in 2016 after my sister's diagnosis, and I had risk-reducing surgery in 2020. I do not lead with it in clinic, but it has made me a better listener when patients sit with a result they did not want.

I am 39. My wife Rachel has just taken a consultant post at St James's, which is why I am looking to move back to Leeds after six years of commuting.

Yours sincerely,
Sarah Whitlock

CURRICULUM VITAE
2018–present  Senior Genetic Counsellor, Sheffield Children's NHS Foundation Trust
2012–2018     Genetic Counsellor, Manchester Centre for Genomic Medicine
PhD Human Genetics, University of Leeds (2011); MSc Genetic Counselling, University of Manchester (2012)
Registered Genetic Counsellor, GCRB no. 0417
Selected paper: "Uptake of cascade testing for familial hypercholesterolaemia in South Yorkshire", J Med Genet 2022
""",
sensitive=[
    (G, "I carry a BRCA1 pathogenic variant"),
    (G, "after my sister's diagnosis"),
    (H, "I had risk-reducing surgery in 2020"),
    (D, "I am 39"),
    (S, "My wife Rachel"),
],
keep=["Principal Genetic Counsellor", "Yorkshire Regional Genetics Service",
      "ran the familial hypercholesterolaemia cascade testing service", "mainstreaming BRCA testing in oncology clinics",
      "Senior Genetic Counsellor, Sheffield Children's NHS Foundation Trust",
      "Genetic Counsellor, Manchester Centre for Genomic Medicine", "PhD Human Genetics, University of Leeds",
      "MSc Genetic Counselling, University of Manchester",
      "\"Uptake of cascade testing for familial hypercholesterolaemia in South Yorkshire\""],
contact=["7 Headingley Mount, Leeds LS6 3EL", "07920 118 446", "sarah.whitlock@nhs.net",
         "Dr Chaudhry", "Sarah Whitlock", "GCRB no. 0417"],
))

# 012 - US, Dearborn, plant supervisor, UAW, Yemeni American
CVS.append(dict(
text="""
Khaled Al-Saidi
6120 Chase Rd, Dearborn, MI 48126
(313) 555-0163 | khaled.alsaidi@outlook.com

Hiring Manager
Production Supervisor, Battery Assembly – BlueOval Battery Park Michigan

Dear Hiring Manager,

I'm applying for the Production Supervisor opening on second shift. I have spent seventeen years at Ford's Dearborn Truck Plant, the last six as a team leader on the F-150 Lightning line, where I ran daily safety huddles, cut line-side scrap by 18% and trained over 90 new hires on torque and high-voltage lockout procedures.

You should know I come from the union side. I was elected UAW Local 600 committeeperson in 2018 and I walked the picket line for the full six weeks of the 2023 Stand Up Strike. I think that makes me a better supervisor, not a worse one: I know how grievances start and how to stop most of them before they do.

I'm the son of Yemeni immigrants who came to work at the Rouge plant in the 1970s, so Dearborn manufacturing is family business for me. I'm Muslim and I fast during Ramadan; I've always worked full shifts during it without any issue. I'm 41, in good health, and ready for the next step.

Thank you,
Khaled Al-Saidi

WORK HISTORY
2018–present  Team Leader, F-150 Lightning Final Assembly, Ford Motor Company – Dearborn Truck Plant
2007–2018     Assembler / Quality Inspector, Ford Motor Company
EDUCATION
Associate in Applied Science, Advanced Manufacturing, Henry Ford College (2014)
Lean Six Sigma Green Belt (2019) · OSHA 30 · NFPA 70E high-voltage awareness
""",
sensitive=[
    (T, "I was elected UAW Local 600 committeeperson in 2018"),
    (T, "I walked the picket line for the full six weeks of the 2023 Stand Up Strike"),
    (E, "I'm the son of Yemeni immigrants"),
    (R, "I'm Muslim and I fast during Ramadan"),
    (D, "I'm 41"),
],
keep=["Production Supervisor", "BlueOval Battery Park Michigan", "Dearborn Truck Plant",
      "Team Leader, F-150 Lightning Final Assembly", "trained over 90 new hires on torque and high-voltage lockout procedures",
      "Assembler / Quality Inspector, Ford Motor Company",
      "Associate in Applied Science, Advanced Manufacturing, Henry Ford College", "Lean Six Sigma Green Belt",
      "OSHA 30"],
contact=["Khaled Al-Saidi", "6120 Chase Rd, Dearborn, MI 48126", "(313) 555-0163", "khaled.alsaidi@outlook.com"],
))

# 013 - Ireland, Cork, nurse, widow, haemochromatosis
CVS.append(dict(
text="""
Bríd O'Sullivan RGN
Ardnalee, Model Farm Road, Cork T12 HX82
086 341 7728 · bridosullivan58@eircom.net

Director of Nursing
Marymount University Hospital & Hospice
Curraheen, Cork

17 March 2024

Dear Ms Kiely,

Re: Clinical Nurse Manager 2, Day Services

I wish to apply for the above post. I have nursed in Cork for thirty-four years, and in 2015 I set up the nurse-led venesection clinic at the Mercy University Hospital, which now sees over 200 haemochromatosis and polycythaemia patients each month.

I will admit the subject is close to home. I was found to have hereditary haemochromatosis on a gene test in 2009 (C282Y, two copies, like so many of us in Munster), and I have venesections myself every three months. It has never cost me a day's work.

I left the Mercy last year after my husband Donal died, very suddenly, in the spring of 2021; I needed time, and I had a period of depression that I have since come through with good support. At 58 I know I have perhaps seven or eight working years left, and I would like to spend them in palliative and day care, where I think I can do the most good.

Yours sincerely,
Bríd O'Sullivan

EXPERIENCE
2008–2023  Clinical Nurse Manager 1, Day Ward & Venesection Clinic, Mercy University Hospital, Cork
1990–2008  Staff Nurse, Cork University Hospital (Oncology)
Higher Diploma in Palliative Care Nursing, UCC (2012); Nurse Prescriber (NMBI), 2017
NMBI PIN 72214
""",
sensitive=[
    (G, "I was found to have hereditary haemochromatosis on a gene test in 2009 (C282Y, two copies"),
    (H, "I have venesections myself every three months"),
    (F, "after my husband Donal died"),
    (H, "a period of depression"),
    (D, "At 58"),
],
keep=["Marymount University Hospital & Hospice", "Clinical Nurse Manager 2, Day Services",
      "set up the nurse-led venesection clinic", "Clinical Nurse Manager 1, Day Ward & Venesection Clinic",
      "Mercy University Hospital", "Staff Nurse, Cork University Hospital (Oncology)",
      "Higher Diploma in Palliative Care Nursing, UCC", "Nurse Prescriber (NMBI)"],
contact=["Ardnalee, Model Farm Road, Cork T12 HX82", "086 341 7728",
         "bridosullivan58@eircom.net", "Ms Kiely", "Bríd O'Sullivan", "NMBI PIN 72214"],
))

# 014 - Canada, Vancouver, developer, record suspension, recovery, boyfriend
CVS.append(dict(
text="""
Hi Priya,

Thanks for the call on Tuesday. As promised, here's a proper cover note and a one-page resume for the Senior Backend Developer role on the Payments team at Clio.

Quick summary: 9 years of Ruby and Go, the last four at Hootsuite building the billing platform (we moved ~40k accounts from a legacy Rails monolith to Stripe Billing without a single double charge). I like boring, well-tested code and I like mentoring juniors.

You mentioned the criminal record check for anyone touching payment data, so here it is straight: I was convicted of impaired driving in 2012. The Parole Board of Canada granted me a record suspension in 2020, so the standard check should come back clear, but I'd rather you hear it from me. It was the bottom of a drinking problem, and I've been sober since that night in 2012.

On the logistics side, my boyfriend and I are staying in Vancouver, so no relocation is needed, and I'm fine with hybrid.

Cheers,
Ethan Brodeur
604-555-0119 · ethan@brodeur.dev · github.com/ebrodeur

ETHAN BRODEUR — Backend Developer — Vancouver, BC
Born 1986, Sudbury ON
Hootsuite — Senior Software Developer, Billing (2020–present)
Vancity — Software Developer (2015–2020)
B.Sc. Computer Science, Simon Fraser University (2014)
Go · Ruby on Rails · PostgreSQL · Kafka · Stripe Billing · PCI DSS
""",
sensitive=[
    (C, "I was convicted of impaired driving in 2012"),
    (C, "The Parole Board of Canada granted me a record suspension in 2020"),
    (H, "a drinking problem, and I've been sober since that night"),
    (S, "my boyfriend and I"),
    (D, "Born 1986"),
],
keep=["Senior Backend Developer", "Clio", "building the billing platform", "Senior Software Developer, Billing",
      "Vancity", "B.Sc. Computer Science, Simon Fraser University", "PostgreSQL", "PCI DSS"],
contact=["Priya", "Ethan Brodeur", "604-555-0119", "ethan@brodeur.dev", "github.com/ebrodeur", "ETHAN BRODEUR",
         "Sudbury ON"],
))

# 015 - Australia, Brisbane -> Darwin, teacher, QTU, Torres Strait heritage, same-sex partner posted
CVS.append(dict(
text="""
Emma Hollis
27 Waterworks Road, Ashgrove QLD 4060 | 0438 902 611 | emma.hollis.teach@gmail.com

To the Principal, Casuarina Senior College, Darwin

Dear Ms Tipiloura,

I am writing to express my interest in the Senior Maths Teacher (Year 11–12) vacancy for Term 3.

My partner, Bec, is being posted to Robertson Barracks with the Army in June, so I am relocating to Darwin and keen to settle into a school community quickly. I have taught senior Mathematical Methods and Specialist Mathematics at Kelvin Grove State College for eight years, was Head of Department for two, and wrote the school's QCAA internal assessment moderation guide.

My mother's family is from Mer (Murray Island) in the Torres Strait, and although I grew up in Brisbane I'd love to contribute to the Indigenous education programs at Casuarina. I have led the Deadly Maths homework club at Kelvin Grove since 2019.

I've been a Queensland Teachers' Union rep at my school for five years; I understand the NT has its own agreement, and I'll be joining the AEU NT branch once I'm there. I also volunteered on the Yes23 campaign last year, which I found both exhausting and moving.

Kind regards,
Emma Hollis

EMPLOYMENT
2016–present  Teacher / HOD Mathematics (2021–22), Kelvin Grove State College
2014–2015     Graduate Teacher, Mabel Park State High School
QUALIFICATIONS: Bachelor of Mathematics / Bachelor of Education (Secondary), QUT, 2013
Full registration, Queensland College of Teachers; NT registration in progress
""",
sensitive=[
    (S, "My partner, Bec,"),
    (E, "My mother's family is from Mer (Murray Island) in the Torres Strait"),
    (T, "I've been a Queensland Teachers' Union rep at my school for five years"),
    (T, "I'll be joining the AEU NT branch"),
    (P, "I also volunteered on the Yes23 campaign"),
],
keep=["Casuarina Senior College", "Senior Maths Teacher (Year 11–12)", "Kelvin Grove State College",
      "QCAA internal assessment moderation guide", "led the Deadly Maths homework club",
      "Graduate Teacher, Mabel Park State High School",
      "Bachelor of Mathematics / Bachelor of Education (Secondary), QUT", "Queensland College of Teachers"],
contact=["Emma Hollis", "27 Waterworks Road, Ashgrove QLD 4060", "0438 902 611", "emma.hollis.teach@gmail.com",
         "Ms Tipiloura"],
))

# 016 - Singapore, data scientist, Chinese national, genome sequenced
CVS.append(dict(
text="""
WANG LIJUAN (Lily)
Data Scientist
22 Jalan Bukit Merah, #15-04, Singapore 150022 · +65 8733 2018 · lily.wang.ds@gmail.com

Personal: Date of birth 3 May 1992 · Nationality: Chinese (PRC), Employment Pass holder · Marital status: Single

Dear Hiring Manager,

I am applying for the Senior Data Scientist (Genomics Platforms) role at Precision Health Research, Singapore (PRECISE). At GIS (A*STAR) I built the variant-annotation pipeline used in the SG10K_Health phase and reduced per-sample compute cost by 35%.

My interest is not only professional. I was one of the volunteers in SG10K and my own genome was sequenced as part of the study, which made me look much harder at how we explain consent and data return to participants. I would bring that participant's-eye view to your community engagement work.

As a foreign national on an Employment Pass I would need sponsorship to transfer, which I understand PRECISE has done before.

Thank you for considering my application.

Best regards,
Wang Lijuan

EXPERIENCE
2020–present  Research Officer (Bioinformatics), Genome Institute of Singapore, A*STAR
2017–2020     Data Analyst, BGI Genomics, Shenzhen
EDUCATION
M.Sc. Statistics, National University of Singapore (2017)
B.Sc. Bioinformatics, Zhejiang University (2015)
SKILLS: Python, R, Nextflow, GATK, Hail, AWS Batch
""",
sensitive=[
    (D, "Date of birth 3 May 1992"),
    (E, "Nationality: Chinese (PRC)"),
    (F, "Marital status: Single"),
    (G, "my own genome was sequenced as part of the study"),
    (E, "As a foreign national on an Employment Pass"),
],
keep=["Senior Data Scientist (Genomics Platforms)", "Precision Health Research, Singapore (PRECISE)",
      "built the variant-annotation pipeline", "Research Officer (Bioinformatics), Genome Institute of Singapore, A*STAR",
      "Data Analyst, BGI Genomics", "M.Sc. Statistics, National University of Singapore",
      "B.Sc. Bioinformatics, Zhejiang University", "Nextflow", "GATK"],
contact=["WANG LIJUAN (Lily)", "22 Jalan Bukit Merah, #15-04, Singapore 150022", "+65 8733 2018",
         "lily.wang.ds@gmail.com", "Wang Lijuan"],
))

# 017 - Nigeria, Osogbo -> Abuja, teacher to NGO, genotype, APC
CVS.append(dict(
text="""
APPLICATION FOR THE POSITION OF PROGRAMME OFFICER (GIRLS' EDUCATION)

The Country Director,
Malala Fund Nigeria,
Wuse II, Abuja.

Dear Sir,

With reference to your advertisement in the Punch of 4th April, I humbly apply for the above position.

I am a graduate of Education/Economics from Obafemi Awolowo University and have taught for eight years at Government Girls' Secondary School, Osogbo, where I coordinated the Adolescent Girls' Initiative for Learning (AGILE) re-enrolment drive that returned 312 girls to school in 2022. I also served as branch secretary of the Nigeria Union of Teachers (NUT), Olorunda branch, from 2019 to 2023.

For full disclosure, I was APC ward youth leader in Ward 4, Osogbo, until January 2023; I resigned the position to concentrate on my profession and I hold no party office now.

I am hardworking, God-fearing and ready to relocate to Abuja.

Yours faithfully,

Adebayo Oluwaseun Adeleke

CURRICULUM VITAE
Name: Adeleke Adebayo Oluwaseun
Address: No. 14, Oke-Fia Road, Osogbo, Osun State
Phone: 0806 223 9914   Email: seunadeleke.edu@gmail.com
Date of Birth: 12th September, 1991
Sex: Male   Marital Status: Married
State of Origin: Osun   LGA: Ife Central
Religion: Christianity   Genotype: AS   Blood Group: O+
EDUCATION: B.Ed. Education/Economics, OAU Ile-Ife (2:1), 2014; TRCN certified
WORK: Teacher (Economics), Government Girls' Secondary School, Osogbo, 2016–date
REFEREES: Mrs F. A. Oladipo (Principal); Dr Kunle Ajayi, OAU
""",
sensitive=[
    (T, "branch secretary of the Nigeria Union of Teachers (NUT), Olorunda branch, from 2019 to 2023"),
    (P, "I was APC ward youth leader in Ward 4, Osogbo, until January 2023"),
    (R, "God-fearing"),
    (D, "Date of Birth: 12th September, 1991"),
    (F, "Marital Status: Married"),
    (E, "State of Origin: Osun   LGA: Ife Central"),
    (R, "Religion: Christianity"),
    (G, "Genotype: AS"),
    (H, "Blood Group: O+"),
],
keep=["PROGRAMME OFFICER (GIRLS' EDUCATION)", "Malala Fund Nigeria",
      "coordinated the Adolescent Girls' Initiative for Learning (AGILE) re-enrolment drive",
      "B.Ed. Education/Economics, OAU Ile-Ife", "TRCN certified", "Teacher (Economics)",
      "Government Girls' Secondary School, Osogbo"],
contact=["Adebayo Oluwaseun Adeleke", "Adeleke Adebayo Oluwaseun", "No. 14, Oke-Fia Road, Osogbo, Osun State",
         "0806 223 9914", "seunadeleke.edu@gmail.com", "Mrs F. A. Oladipo", "Dr Kunle Ajayi"],
))

# 018 - South Africa, Cape Town, journalist, lesbian, left church
CVS.append(dict(
text="""
Marike van der Merwe
Features Writer · 3 Lower Kloof Street, Gardens, Cape Town 8001 · 072 551 3098 · marike.vdm@protonmail.com

Dear News24 editorial team,

I'd like to be considered for the Senior Features Writer (Social Affairs) post.

I have written features for Die Burger and Netwerk24 for ten years. I covered the Civil Union Act debates as a cadet in 2006, and more recently the fight over comprehensive sexuality education in schools, the Equality Court case against Jon Qwelane, and the Dutch Reformed Church's long argument over same-sex unions, for which I won a Vodacom Journalist of the Year regional award.

I have my own stake in that last story. As a lesbian who grew up in a very devout Afrikaans family in Paarl, I left the NG Kerk when I was twenty and only made peace with my parents years later. I try to write about faith communities fairly, and I think I do.

I'm available from the start of next quarter.

Groete,
Marike vdM

CV
2014–    Senior Writer, Netwerk24 / Die Burger (Media24)
2006–2014 Reporter, Die Burger
BA Journalism, Stellenbosch University (2005)
Vodacom Journalist of the Year, Western Cape regional winner, Features (2019)
Languages: Afrikaans, English, working isiXhosa
""",
sensitive=[
    (S, "As a lesbian"),
    (R, "I left the NG Kerk"),
    (D, "when I was twenty"),
],
keep=["Senior Features Writer (Social Affairs)", "Civil Union Act debates",
      "the Dutch Reformed Church's long argument over same-sex unions", "Senior Writer, Netwerk24 / Die Burger (Media24)",
      "Reporter, Die Burger", "BA Journalism, Stellenbosch University",
      "Vodacom Journalist of the Year, Western Cape regional winner, Features"],
contact=["Marike van der Merwe", "3 Lower Kloof Street, Gardens, Cape Town 8001", "072 551 3098",
         "marike.vdm@protonmail.com", "Marike vdM"],
))

# 019 - UK, Glasgow, bus driver to trainer, Unite, SNP, spent conviction
CVS.append(dict(
text="""
Thomas (Tam) Gallacher
48 Ardencraig Road, Castlemilk, Glasgow G45 9JB
Mob: 07544 209 381   E: tamgallacher67@gmail.com

Dear Sir or Madam,

Driver Trainer (PCV) – McGill's Bus Services

I am writing to apply for the Driver Trainer vacancy at your Greenock depot. I have 24 years behind the wheel with First Glasgow, hold a full PCV licence with Driver CPC, and since 2017 I have been a DVSA-registered driver trainer, taking around 50 new drivers a year through their Category D.

I want to be upfront about two things. First, I have a spent conviction for breach of the peace from 1998, from a night out when I was a young fella. I have disclosed it on every PVG and Disclosure Scotland form since and it has never been an issue. Second, I have been a Unite member for 22 years and branch secretary at Caledonia depot for the last eight. I am not leaving because of any dispute; I am leaving because McGill's trains properly and I want to be part of that.

At 57 I am not looking to climb any ladders, just to pass on what I know. I'm a granda of four now, so weekday shifts suit me fine.

Yours faithfully,
Tam Gallacher

EMPLOYMENT
2000–present  Bus Driver, later Driver Trainer (from 2017), First Glasgow, Caledonia depot
1990–2000     HGV Class 1 Driver, Wm Morrison Supermarkets distribution
QUALIFICATIONS: PCV Cat D with Driver CPC; DVSA Approved Driving Instructor (bus); SQA Award in Training and Assessment; First Aid at Work
""",
sensitive=[
    (C, "I have a spent conviction for breach of the peace from 1998"),
    (T, "I have been a Unite member for 22 years and branch secretary at Caledonia depot for the last eight"),
    (D, "At 57"),
    (F, "I'm a granda of four now"),
],
keep=["Driver Trainer (PCV)", "McGill's Bus Services", "full PCV licence with Driver CPC",
      "DVSA-registered driver trainer", "Bus Driver, later Driver Trainer", "First Glasgow",
      "HGV Class 1 Driver, Wm Morrison Supermarkets distribution", "SQA Award in Training and Assessment",
      "First Aid at Work"],
contact=["Thomas (Tam) Gallacher", "48 Ardencraig Road, Castlemilk, Glasgow G45 9JB", "07544 209 381",
         "tamgallacher67@gmail.com", "Tam Gallacher"],
))

# 020 - US, Seattle, biometric product engineer, ADHD, APOE4, bi
CVS.append(dict(
text="""
Subject: Staff ML Engineer, Face Liveness — application from Maya Lindgren

Hi Jordan and team,

I saw the Staff ML Engineer (Face Liveness) req on your careers page and I'm very interested. For the last five years at Idemia I've worked on presentation-attack detection for border kiosks, including the iris-plus-face fusion model that passed NIST FATE and iBeta Level 2 testing.

A few personal things, since your application form asked about accommodations. I have ADHD, diagnosed at 33, and I do my best work when interview questions are sent in writing a day ahead; that's really the only adjustment I need. I'll also mention, because it shaped why I care about data ethics, that a 23andMe test told me I carry one copy of APOE4. It was a strange way to learn how personal "just data" can feel, and I think about it every time we design retention rules for face templates.

Outside work I'm bi and I help run Out in Tech Seattle's mentoring program.

Thanks,
Maya Lindgren
(206) 555-0134 · maya.lindgren@fastmail.com · linkedin.com/in/mayalindgren-ml

EXPERIENCE
Idemia (Seattle) — Senior ML Engineer, Biometric Liveness, 2019–present
Microsoft — Software Engineer II, Azure Face API, 2015–2019
EDUCATION
M.S. Computer Science (Computer Vision), University of Washington, 2015
SKILLS
PyTorch · ONNX · ISO/IEC 30107-3 presentation attack detection · face/iris template design · model cards
""",
sensitive=[
    (H, "I have ADHD"),
    (D, "diagnosed at 33"),
    (H, "interview questions are sent in writing a day ahead"),
    (G, "a 23andMe test told me I carry one copy of APOE4"),
    (S, "I'm bi"),
    (S, "I help run Out in Tech Seattle's mentoring program"),
],
keep=["Staff ML Engineer (Face Liveness)", "presentation-attack detection for border kiosks",
      "iris-plus-face fusion model", "Senior ML Engineer, Biometric Liveness",
      "Software Engineer II, Azure Face API", "M.S. Computer Science (Computer Vision), University of Washington",
      "ISO/IEC 30107-3 presentation attack detection", "face/iris template design"],
contact=["Maya Lindgren", "Jordan", "(206) 555-0134", "maya.lindgren@fastmail.com",
         "linkedin.com/in/mayalindgren-ml"],
))
