CVS = [
# en-001 UK school leaver, Sheffield, one-page
"""<<CHLOE ASHWORTH>>
<<41 Meersbrook Park Road, Sheffield S8 9FP>> | <<07700 914 382>> | <<chloe.ashworth07@gmail.com>>
[[D|Date of birth: 14/02/2007]]

PERSONAL STATEMENT
Hard-working Year 13 student looking for a full-time role for the summer before I start university in September. I am reliable, friendly and used to busy Saturdays. [[F|As the eldest of four I do the school run for my younger brothers most mornings]], so I am good at getting places on time.

EDUCATION
{{Meadowhead School Academy Trust}}, 2018 – 2025
A-levels (predicted): Biology A, Chemistry B, Psychology A
GCSEs: 9 GCSEs at grades 9–6 including English Language 8 and Maths 7
[[H|I have dyslexia and had 25% extra time in my GCSE exams]], which taught me to plan my work carefully.

WORK EXPERIENCE
{{Sales Assistant}}, {{Greggs, Heeley Bottom}} — Sept 2023 – present (Saturdays)
- Serving up to 300 customers on a Saturday shift, cash and card
- Opening checks, fridge temperatures and date rotation
Work experience week, {{Northern General Hospital pharmacy}} — July 2023

ACHIEVEMENTS
- {{Duke of Edinburgh Bronze Award}} (2022)
- Sports Leader Level 1

INTERESTS
Netball for the Heeley Hornets U18s. [[R|On Sunday mornings I help run the crèche at St Oswald's Church, where my family worships]]. I also bake and sell cakes for the school charity week.

REFERENCES
<<Mrs J. Whitlock>>, Head of Sixth Form — available on request
""",
# en-002 UK second-year, Leeds, LinkedIn profile
"""<<Tobi Adeyemi-Clarke>>
Economics student at University of Leeds | Aspiring analyst | [[D|Age 20]] | she/her
Leeds, England · <<linkedin.com/in/tobi-adeyemi-clarke>>

About
Second-year BSc Economics student with a strong interest in housing policy and data. [[E|British-Nigerian]], raised in Croydon, first in my family to go to university. I like turning messy spreadsheets into clear stories.

Experience
{{Customer Assistant}} · {{Tesco Extra, Purley Way}}
Part-time · Jun 2022 – Sep 2024
Checkouts, online-order picking and Christmas peak rota. [[U|Joined Usdaw in my first month and stayed a member]] — our rep helped me sort out holiday pay I was owed.

{{Spring Insight Programme}} · {{Deloitte UK}}
Apr 2024 · 1 week

Education
{{University of Leeds}} — {{BSc Economics}}, 2023 – 2026
Modules: Econometrics, Public Economics, Urban Economics

Volunteering
[[S|Welfare Officer · Leeds LGBT+ Society]] (2024 – present)
Running drop-ins and the buddy scheme for first years.

[[P|Member · Young Labour, Leeds Central branch]]

Skills
{{Stata}} · {{Python (pandas)}} · Excel · Public speaking
""",
# en-003 Ireland Leaving Cert, Cork
"""<<Seán Ó Murchú>>
<<12 Ard na Gréine, Ballincollig, Co. Cork>> · <<087 441 2290>> · <<seanomurchu2006@eircom.net>>
[[D|Age: 18]]

Leaving Certificate 2024 — {{Coláiste Choilm, Ballincollig}}
589 CAO points: Irish H1, Maths H2, Physics H1, Applied Maths H1, English H3, French H4, Biology H3
Accepted: {{Mechanical Engineering, UCC}}

Junior Cycle 2021: 9 Distinctions

WORK
Summer 2023 & 2024 — {{Deli counter assistant}}, {{SuperValu Ballincollig}}
Slicing, hot food counter, HACCP temperature logs. [[H|Being coeliac]] I'm very strict about gluten cross-contamination, which my manager liked. [[G|My coeliac diagnosis was backed up by an HLA-DQ2 gene test at CUH]], so the family doctor tested my younger sister too.

Transition Year: one week at {{DePuy Synthes, Ringaskiddy}}

CLUBS
- Minor hurling, Ballincollig GAA (corner back)
- Young Scientist 2022: "Low-cost seismometer" — highly commended
- [[R|Altar server and now reader at Mass in St Mary & St John's]]

HOME
[[F|My dad died in 2021 and I look after the farm jobs at my grandad's with my mam]], so I'm well used to early mornings and hard graft.

Referee: <<Mr Dónal Creedon>>, Physics teacher — <<021 487 1225>>
""",
# en-004 US sophomore, Handshake profile
"""<<Alejandro "Alex" Ibarra>>
Sophomore · {{B.S. Mechanical Engineering}} · {{Texas A&M University}} · Class of 2027
College Station, TX · <<aibarra27@tamu.edu>> · <<(979) 555-0148>>
Looking for: Summer 2025 internship (manufacturing, energy)
Work authorization: US citizen

About me
[[E|First-generation Mexican-American]], [[D|born in 2005]] in Laredo. I build things — FSAE car, go-karts, a very loud smoker grill. [[H|I'm registered with Disability Resources for ADHD and use extended test time]], and I've learned to run my schedule off Notion boards.

Experience
{{Maintenance Technician Intern}}, {{H-E-B Distribution Center}}, San Antonio — May–Aug 2024
• Logged 140 PM work orders on conveyor gearboxes
• Built a lockout/tagout checklist now used on second shift
Line cook, Whataburger — 2022–2023 (high school)

Organizations
{{Texas A&M Formula SAE}} — suspension sub-team
[[P|Treasurer, Texas Aggie College Republicans]] (2024–25)
[[R|Small-group leader with Cru on Tuesday nights]]

Other
[[C|I had a juvenile adjudication at 15 for joyriding; it was sealed by the court in 2022]] and I'm glad to talk about what I learned.

Skills: {{SolidWorks}}, MATLAB, GD&T basics, Spanish (native)
""",
# en-005 Canada, Toronto grad student TA
"""<<YOUSSEF HADDAD>>
<<Toronto, ON>> · <<youssef.haddad@mail.utoronto.ca>> · <<416-555-0193>> · <<github.com/yhaddad-ml>>

EDUCATION
{{MSc Computer Science}}, {{University of Toronto}} (2023 – 2025)
Thesis: {{Label-efficient segmentation for winter road imagery}}
BSc (Hons) Computer Science, McMaster University (2019 – 2023)

EXPERIENCE
{{Teaching Assistant, CSC148}} — University of Toronto (Sept 2023 – present)
Ran weekly labs for 60 students; marked assignments; held office hours.
[[U|Elected steward for CUPE 3902 Unit 1 in the Computer Science department]] since 2024.

{{Machine Learning Intern}}, {{Geotab}}, Oakville (May – Aug 2022)
Built a dashcam-frame classifier; cut false alerts 18%.

ABOUT
[[D|27]], [[E|came to Canada as a government-assisted refugee from Aleppo in 2016]] and finished high school in Hamilton. [[S|My husband Daniel and I]] live in the Annex; I climb, cook for far too many people, and coach a FIRST robotics team at a west-end high school.

SKILLS
{{PyTorch}}, C++, CUDA, Docker, Arabic (native), French (intermediate)
""",
# en-006 India fresher bio-data
"""BIO-DATA

Name                : <<Rahul Kumar Yadav>>
Father's Name       : <<Shri Ramesh Prasad Yadav>> ([[F|farmer; two elder sisters, both married]])
[[D|Date of Birth       : 12-08-2002]]
[[R|Religion            : Hindu]]
[[E|Category            : OBC (Yadav)]]
[[F|Marital Status      : Unmarried]]
Permanent Address   : <<Vill. Bhatpurwa, Post Jalalpur, Dist. Ambedkar Nagar, U.P. – 224149>>
Mobile              : <<+91 94155 30871>>
E-mail              : <<rahulkyadav.btech@gmail.com>>

CAREER OBJECTIVE
To work in a challenging environment where I can use my knowledge of software development and grow with the organisation.

ACADEMIC QUALIFICATION
• {{B.Tech (Computer Science & Engineering)}}, {{Dr. A.P.J. Abdul Kalam Technical University}}, 2024 – 7.8 CGPA
• Intermediate (UP Board), 2020 – 84.2%
• High School (UP Board), 2018 – 88.5%

INTERNSHIP
{{Summer Intern – Java Developer}}, {{Infosys Springboard}} (June–July 2023)
Mini project: {{Hostel Mess Management System}} in Spring Boot + MySQL

TECHNICAL SKILLS
{{Java}}, {{Spring Boot}}, SQL, HTML/CSS

EXTRA-CURRICULAR
• [[P|Active worker of ABVP college unit]] and organiser of the annual Yuva Sansad debate
• NSS volunteer, blood donation camp 2022

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.
Place: Akbarpur                                   (<<RAHUL KUMAR YADAV>>)
""",
# en-007 Nigeria NYSC graduate
"""CURRICULUM VITAE

PERSONAL DATA
Name: <<Chukwuemeka Nnaji Okafor>>
[[D|Date of Birth: 23rd March, 1999]]
Sex: Male
[[E|State of Origin: Anambra State (Igbo)]]
[[R|Religion: Christianity (Catholic)]]
[[F|Marital Status: Single]]
[[G|Genotype: AS]]
[[H|Blood Group: O+]]
Address: <<14 Adeniran Ogunsanya Street, Surulere, Lagos>>
Phone: <<0803 412 7756>>   Email: <<emeka.okafor99@yahoo.com>>

EDUCATIONAL QUALIFICATIONS
{{B.Sc. Accounting (Second Class Upper)}} – {{University of Nigeria, Nsukka}}, 2022
WASSCE – Christ the King College, Onitsha, 2016

NYSC
{{Corps Member, Primary Assignment: Audit Assistant}} at {{Lagos State Internal Revenue Service}}, 2023/2024 (Batch B)
• Reconciled withholding-tax schedules for 40 corporate taxpayers
• CDS group: financial literacy for secondary school students

WORK EXPERIENCE
Industrial Training (SIWES), {{Ernst & Young Nigeria}}, 2020 – 6 months

SKILLS
{{Microsoft Excel (Pivot tables, VLOOKUP)}}, {{Sage 50}}, ICAN Foundation (in view)

HOBBIES
Reading, football, [[R|singing in the Catholic Students' choir]]

REFEREES
1. <<Dr. (Mrs.) Ngozi Eze>>, HOD Accountancy, UNN – <<0806 111 2340>>
2. <<Rev. Fr. Anselm Obi>>, Chaplain, St Peter's Chaplaincy – <<0705 993 2201>>
""",
# en-008 Ghana KNUST graduate, national service
"""<<ABENA OWUSU-MENSAH>>
<<P.O. Box KS 1142, Kumasi>> | <<024 551 9087>> | <<abena.owusumensah@gmail.com>>
[[D|Age: 24]]

PROFILE
Civil engineering graduate doing national service, keen on drainage and road design. Hands-on with site work and AutoCAD.

EDUCATION
{{BSc Civil Engineering}}, {{Kwame Nkrumah University of Science and Technology}} (2019–2023), Second Class Upper
WASSCE — {{Wesley Girls' High School, Cape Coast}}

NATIONAL SERVICE
{{Assistant Site Engineer}}, {{Ghana Highway Authority}}, Ashanti Region — Nov 2023 – Oct 2024
- Supervised culvert works on the Ejisu bypass, daily site diaries
- Took concrete cube samples and compiled test results

INTERNSHIP
{{Intern}}, {{Consar Ltd}}, Accra — Jun–Aug 2022

STUDENT LIFE
- [[R|Organising Secretary, PENSA KNUST (Pentecost Students and Associates)]]
- [[P|Women's Commissioner, TESCON KNUST]] — we mobilised students for the 2020 elections
- Ghana Institution of Engineering (student member)

PERSONAL
[[E|Fante by ethnicity]], from Cape Coast; I speak Fante, Twi and English. [[F|Engaged to be married in December]].

REFEREES
<<Prof. Kwabena Asante>>, Dept of Civil Engineering, KNUST
<<Ing. Yaw Boateng>>, Regional Engineer, GHA
""",
# en-009 UK apprentice, Preston
"""<<JORDAN MCALLISTER>> – Engineering Apprentice
<<Ribbleton, Preston PR2>> · <<07831 550 219>> · <<jordanmcallister04@outlook.com>>

About me: [[D|19 years old]], in the third year of an advanced apprenticeship. I like fault-finding and I don't mind getting my hands dirty.

APPRENTICESHIP
{{Level 3 Advanced Apprenticeship – Mechatronics Maintenance Technician}}
{{BAE Systems, Samlesbury}} – Sept 2022 to present
• Planned maintenance on 5-axis machining centres
• {{PLC fault-finding (Siemens S7)}} with the shift team
• [[U|Elected apprentice rep on the Unite site committee in 2024]]
College: {{Preston's College}} – HNC Electrical & Electronic Engineering (day release)

SCHOOL
{{Fulwood Academy}} – 7 GCSEs incl. Maths 6, English 5, Engineering 6

OTHER JOBS
{{Kitchen Porter}}, Bluebell Inn (weekends, 2020–2022)

HEALTH & ADJUSTMENTS
[[H|I wear hearing aids in both ears]] and use a vibrating pager on the shop floor – no problem with the work.

BACKGROUND
[[F|I've lived with my nan since I was eight]]. [[C|I got a youth caution for criminal damage]] [[D|when I was fifteen]]; it's spent and I declared it when BAE vetted me.

Interests: five-a-side, fixing up an old Fiesta ST.
""",
# en-010 Scotland Highers school leaver
"""Name: <<Aisha Rehman>>
Address: <<27 Nithsdale Road, Glasgow G41 2AL>>
Mobile: <<07414 882 603>>
Email: <<aisha.rehman.2007@hotmail.co.uk>>
[[D|DOB 03/2007]]

About me
I'm in S6 at {{Shawlands Academy}} and looking for part-time work around my studies. [[E|I'm Scottish-Pakistani]] and speak English, Urdu and some Punjabi, which helps a lot in customer-facing jobs in the Southside.

Qualifications
Advanced Higher Maths (sitting 2025)
Highers: Maths A, Chemistry A, Biology A, English B, Modern Studies B
National 5s: 8 at A

Experience
{{Shop Assistant}} — {{Ashoka Pharmacy, Pollokshields}} (2023 – present, Thursdays and Saturdays)
Till, restocking, helping customers find over-the-counter medicines and passing questions to the pharmacist.
{{Volunteer Science Explainer}} — {{Glasgow Science Centre}} (summer 2024)

Skills
Customer service, Excel, {{First Aid (St Andrew's)}}, reliable timekeeping

Other things about me
[[R|I go to weekend Qur'an classes at Glasgow Central Mosque]] and help with the little ones there. [[F|I share a room with my twin sister Zara]], so I'm very patient! [[H|I have asthma but it is well controlled]] and doesn't affect my work.

References available from my guidance teacher, <<Mr R. Gallacher>>.
""",
# en-011 US new grad, Canva PDF extraction with broken columns
"""<<MAYA  OKONKWO-REID>>
Data                      CONTACT
Analyst                   <<(612) 555-0174>>
                          <<maya.okreid@gmail.com>>
                          <<Minneapolis, MN>>
EDUCATION                 <<linkedin.com/in/mayaokreid>>
{{B.A. Statistics}},
{{University of Minnesota}}   SKILLS
2020 - 2024               {{R / tidyverse}}
GPA 3.7                   {{SQL}}
                          Tableau
EXPERIENCE                Excel
{{Data Analyst Intern}}
{{Target Corporation}}     ABOUT
Jun - Aug 2023             [[D|Age 22]], Minneapolis native.
- built weekly shrink     [[S|President, Queer Student Alliance]]
dashboards for 80         (2022-24)
stores                    [[P|Volunteer canvasser, Twin Cities DSA]]
- cut report time 6h
  to 40 min               HEALTH NOTE
                          [[G|A 23andMe result led to BRCA2 testing]]
{{Research Assistant}}       [[H|preventive surgery in 2023]], so I
UMN School of Public      took a lighter spring term
Health 2022-2023          and finished on time.
- cleaned survey data
  (n=4,200) for a study    INTERESTS
  of vaping among          Cross-country skiing,
  college students         Minneapolis Public
- wrote R scripts for      Library volunteer,
  weighting and            pottery at Northern
  imputation               Clay Center
                           
PROJECTS                   CERTIFICATIONS
{{Shrink forecasting model}}   {{Tableau Desktop Specialist}}
with store-level           Google Data Analytics
weather data (capstone)
""",
# en-012 Ireland, TCD, Erasmus
"""<<Niamh Gallagher>>
<<Apt 4, 19 Pearse Street, Dublin 2>> | <<085 210 7734>> | <<gallaghni@tcd.ie>>

Education
{{Trinity College Dublin}} — {{BA (Mod.) European Studies}}, 2021–2025 (expected 2.1)
Erasmus year: Sciences Po Lyon, 2023–24 (courses in French)
Leaving Cert 2021, Loreto College Letterkenny — 566 points

Work
{{Bar staff}}, {{The Stag's Head}}, Dublin — Sept 2022–present
Busy Friday/Saturday shifts, stock-taking, training new staff. [[U|I'm a SIPTU member]] and sat in on the hospitality pay talks last year.
{{Intern, Communications}} — {{Irish Council for International Students}}, summer 2022
Wrote newsletters and social posts for 9,000 subscribers.

Societies & extras
- [[P|Ógra Shinn Féin, Trinity cumann — secretary 2022–23]]
- Trinity Women's Rowing (novice squad)
- Debating: semi-finalist, Irish Times Debate 2023

Languages: English, Irish (fluent), French (C1)

Personal
[[D|Born 2 July 2002]], from Letterkenny. [[S|My girlfriend Aoife]] and I are moving to Brussels next year, so I'm looking for a traineeship there.

Referees: <<Dr Caoimhe Nic Dhonnchadha>>, Trinity; <<Ms Helen Byrne>>, ICOS
""",
# en-013 UK gap year
"""<<Oliver Pennington>>
<<oliver.pennington@icloud.com>> · <<07912 044 381>> · <<Harrogate, North Yorkshire>>

A bit about me
I'm [[D|nineteen]], taking a gap year before Geography at Durham. I've spent it working, travelling and volunteering, and I'm now looking for seasonal work from June.

My gap year
• Sept–Dec 2024: {{Ski technician}}, {{Snow+Rock, Harrogate}} — boot fitting, servicing 40 pairs of skis a week
• Jan–Apr 2025: [[R|Discipleship Training School with Youth With A Mission in Cape Town]]
• Apr 2025: helped build a classroom roof near Stellenbosch

Education
{{Harrogate Grammar School}}, 2017–2024
A-levels: Geography A*, History A, Maths B
{{Extended Project Qualification}}: "Managing flood risk on the River Nidd" (A)

Something I'd like you to know
[[H|I had a difficult Year 12 with anxiety and a few months of CBT]] — my grades dipped and then came back. [[F|My parents divorced that year and I split my weeks between two houses]], which is why I'm so organised with a diary.

Skills
{{Mountain Leader training (in progress)}}, full UK driving licence, basic Afrikaans

Referee: <<Mrs Claire Dunmore>>, Head of Geography, Harrogate Grammar School
""",
# en-014 Canada, Vancouver co-op student
"""<<Tyler Desjarlais>> | Co-op Student, Environmental Science
<<tdesjarlais@sfu.ca>> | <<778-555-0127>> | <<Burnaby, BC>>

SUMMARY OF QUALIFICATIONS
• Two field seasons of stream sampling and salmon counts
• Comfortable in ArcGIS Pro and R; WHMIS and Standard First Aid certified
• [[E|Métis citizen (Métis Nation British Columbia)]]; sit on the SFU Indigenous Student Centre advisory circle

EDUCATION
{{B.Sc. Environmental Science}}, {{Simon Fraser University}} — expected Apr 2026

CO-OP & WORK
{{Field Technician (Co-op)}} — {{Fisheries and Oceans Canada}}, Chilliwack — May–Dec 2024
  – Smolt-trap checks, water-quality logging, data entry to the regional database
{{Grocery Clerk}} — {{Save-On-Foods}}, Coquitlam — 2021–2023
  – [[U|UFCW 1518 member]]; trained new clerks on the produce section
  – Clocked in with the store's hand scanner every shift

PERSONAL
[[D|23 y/o]]. [[H|Type 1 diabetic on a Dexcom and pump]] — I carry supplies in the field and my supervisors know the plan. [[G|I gave a DNA sample to the BC Generations biobank study]] when they came to campus.

VOLUNTEER
Stream of Dreams Murals Society — school workshops (2022–present)
""",
# en-015 India MBA intern, LinkedIn
"""<<Priyanka Bhuriya>>
MBA candidate, IIM Indore | Summer Intern @ Hindustan Unilever | Marketing & rural markets
Indore, Madhya Pradesh · <<linkedin.com/in/priyankabhuriya>> · <<priyanka.b2024@iimidr.ac.in>>

About
[[D|24 yrs]]. [[E|I grew up in a Bhil Adivasi family in Jhabua]] and I'm the first graduate in my village. That shapes how I see rural consumers. [[R|I'm not religious]], just a marketing nerd who loves haats and mandis.

Experience
{{Summer Intern – Rural Sales}} · {{Hindustan Unilever Limited}}
Apr 2024 – Jun 2024 · Ratlam
Mapped 220 rural outlets, built a van-route plan that cut distribution cost 9%.

{{Graduate Engineer Trainee}} · {{Tata Steel}}
2021 – 2023 · Jamshedpur

Education
{{PGP (MBA)}} · {{Indian Institute of Management Indore}} · 2023 – 2025
B.E. Mechanical · SGSITS Indore · 2017 – 2021

Leadership
[[S|Co-founder, Queer Collective at IIM Indore]] (2023)
Rural Marketing Club – Coordinator

Personal
[[F|Married (2022); my husband is in the Army, so we live apart for now]]
""",
# en-016 Nigeria secondary-school leaver
"""CURRICULUM VITAE

NAME: <<Abdullahi Musa Garba>>
[[D|AGE: 17 years]]
ADDRESS: <<No. 9 Gidan Dan Hausa Road, Kano>>
PHONE: <<0812 330 4418>>
EMAIL: <<abdullahigarba07@gmail.com>>
[[E|TRIBE: Hausa-Fulani]]
[[F|PARENTS: Late; I live with my uncle, Alhaji Sani Garba (Guardian)]]

OBJECTIVE
To gain admission to study Computer Science and, meanwhile, to work in a computer centre or phone shop.

SCHOOLS ATTENDED
{{Government Secondary School, Kano}} — SSCE/WAEC 2024 (7 credits incl. Mathematics, English, Physics)
JAMB UTME 2024 — 241
Primary School Certificate — 2018

EXPERIENCE
{{Sales Attendant}}, {{Sani Phones & Accessories, Farm Centre}} — 2023 – present
• Phone repairs (screen and battery), SIM registration
• [[G|Had my own fingerprints captured for NIN enrolment and helped customers do the same]]

{{Computer Operator}} (holiday job), {{Al-Ameen Business Centre}} — 2022

SKILLS
{{Microsoft Word}}, typing (45 wpm), basic phone repair, Hausa, English, Arabic script

ACTIVITIES
[[R|Assistant Amir, MSSN (school branch)]]
[[H|I walk with a calliper on my left leg since polio]], but I cycle to work every day.

REFEREE
<<Mallam Ibrahim Yusuf>>, Principal — <<0803 551 2209>>
""",
# en-017 US high-school senior, Common App style
"""<<DESTINY MARIE HOLLOWAY>>
<<Macon, GA 31206>> | <<destinyholloway08@gmail.com>> | <<(478) 555-0166>>
[[D|Born: June 9, 2007]]

EDUCATION
{{Central High School}}, Macon, GA — Class of 2025
GPA 3.9 (weighted 4.3) · Dual enrollment at Central Georgia Technical College
Intended major: Nursing

WORK
{{Cashier}}, {{Chick-fil-A Zebulon Road}} — Aug 2023–present (20 hrs/week)
{{Certified Nursing Assistant}} clinicals — {{Atrium Health Navicent}} (spring 2025)

ACTIVITIES
• HOSA–Future Health Professionals: state finalist, Medical Terminology
• Varsity track (400m), team captain
• [[R|Youth praise team, Greater Mount Calvary Missionary Baptist Church]]

ADDITIONAL INFORMATION
[[F|My mom is a single parent and I pick up my two little brothers from school every day]], which is why my work shifts are evenings. [[H|I was diagnosed autistic in 8th grade and had an IEP through high school]]; I do best with clear instructions. [[C|I completed a juvenile diversion program in 2022 after a fight at school]] and have had no issues since.

AWARDS
Georgia Scholar 2025 · AP Scholar with Honor

Counselor: <<Ms. Tamika Reeves>>, Central High School
""",
# en-018 UK master's, international student
"""<<Lin Wai-Yan (Wendy)>>
MSc Marketing, University of Edinburgh
<<wendy.lin.wy@outlook.com>> | <<+44 7466 219 845>> | <<Marchmont, Edinburgh>>

EDUCATION
{{MSc Marketing}} — {{University of Edinburgh Business School}}, 2024–2025
Dissertation: {{Livestream shopping and trust among Gen Z in the UK}}
BBA, Hong Kong Baptist University, 2019–2023 (First Class)

EXPERIENCE
{{Marketing Intern}} — {{Cathay Pacific}}, Hong Kong (Jun–Aug 2022)
  · Ran A/B tests on Instagram Stories ads; CTR +14%
{{Student Ambassador}} — University of Edinburgh (2024–present)
  · Campus tours for applicants from East Asia

SKILLS
{{Google Analytics 4}}, Canva, Cantonese / Mandarin / English, basic Japanese

ACTIVITIES
[[R|Edinburgh University Buddhist Society, Tuesday meditation]]
[[P|Organised the Edinburgh vigils for the Hong Kong 47 and spoke at the 2024 rally]]

VISA & PERSONAL
[[E|Hong Kong BN(O) visa holder — I moved to the UK with my family in 2022]]. [[D|Aged 25]].
""",
# en-019 UK care leaver, BTEC
"""<<KIERAN WARD>>
<<kieranward.2006@gmail.com>> – <<07588 304 917>> – <<Stockport>>

WHO I AM
[[D|I'm 18]] and just finished a {{BTEC Level 3 in Sport and Exercise Science}} at {{Trafford College}} (Distinction Merit Merit). I want to be a PE teacher one day and I'm after a job as a leisure assistant or coach.

EXPERIENCE
{{Casual Lifeguard}} — {{Life Leisure, Grand Central Pools}} — 2023 to now
– NPLQ qualified, poolside supervision for public swims and kids' lessons
Football coach (volunteer) — Stockport County Community Trust U9s — 2022 to now
– FA Playmaker and Introduction to Coaching Football

THINGS YOU SHOULD KNOW
– [[F|I'm a care leaver – I was in foster care from age 11]] and now live in supported lodgings. [[F|I get the care leaver bursary]] from college.
– [[E|I'm from an Irish Traveller family]] and proud of it.
– [[H|ADHD, on medication]] – I'm at my best when I'm moving about!
– [[C|I had a referral order]] [[D|at 14]] for a shoplifting charge. I completed it and the youth offending team will give a reference.

QUALIFICATIONS
GCSEs (Reddish Vale High School): English 4, Maths 4, PE 6, Science 4-4
{{Emergency First Aid at Work}}

REFERENCES
<<Sam Oduya>>, Personal Adviser, Stockport Leaving Care Team
<<Dean Hartley>>, Pool Manager
""",
# en-020 Ghanaian nursing student in London
"""<<GIFTY ASANTEWAA BOATENG>>
Student Nurse (Adult), Year 3 — Kingston University
<<Tooting, London SW17>> • <<07454 991 226>> • <<gifty.boateng@kingston.ac.uk>>

PROFILE
Final-year student nurse with placements in acute medicine, community and theatres. Calm under pressure and good at building trust with older patients.

PLACEMENTS
{{St George's Hospital}} — Acute Medical Unit (12 weeks, 2024)
{{Royal Marsden Community Services}} — district nursing (8 weeks, 2023)
Kingston Hospital — Theatres & recovery (6 weeks, 2023)

WORK
{{Healthcare Assistant (bank)}} — {{NHS Professionals}}, 2022–present

EDUCATION
{{BSc (Hons) Adult Nursing}}, Kingston University, 2022–2025
Access to HE Diploma (Health Professions), Lambeth College, 2021

ABOUT ME
[[E|Born in Kumasi, I came to the UK in 2015 and naturalised in 2021]]. [[F|I'm a mum to a five-year-old boy]] and study around childcare. [[G|I carry the sickle cell trait]], which is why I give talks for the Sickle Cell Society at my church. [[R|I sing with the Church of Pentecost youth choir in Tooting]].

SKILLS
{{Venepuncture and cannulation}}, NEWS2, EPIC, Twi
""",
]
