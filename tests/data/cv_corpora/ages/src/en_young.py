# English CVs 001-020: school leavers, apprentices, students, first jobbers,
# young people leaving care or custody (16-24). Hand-written, one voice each.
CVS = []

CVS.append((1, """
[[N:KAYLEIGH BRENNAN]]
[[N:14 Poplar Close, Kettering NN16 8RT]] | [[N:07700 914 362]] | [[N:kayleigh.brennan07@gmail.com]]

About me
[[A:I'm 16]] and I've just finished Year 11 at Montsaye Academy. I'm applying for the [[K:Level 2 Business Administration apprenticeship]] because I like organising things and I'm good with people. I'm not a quiet person but I do listen.

My GCSE results (2024)
English Language 6, Maths 5, Business 6, Geography 5, Combined Science 4-4, Art 7

Work experience
[[K:Saturday Team Member, Greggs]], Kettering High Street (Sept 2023 - now)
- Serving customers at the busy lunchtime counter and [[K:taking card payments]]
- Cashing up the till with the supervisor at close
- Trusted to open the shop with the manager since January

Work experience week, [[K:Kettering General Hospital]] reception (June 2023)
- Answered the phone, greeted visitors and filed patient letters

Other things
- [[K:Duke of Edinburgh's Award (Bronze)]], completed 2023 - volunteering section done at a charity shop
- [[K:Form rep on the school council]] in Year 10
- [[H:I was diagnosed with dyslexia in Year 7]] so I use coloured overlays and spell-check, and I always double-check my work
- I walk my little brother to primary school every morning before college visits, so I am used to being on time

Reference: [[N:Mrs J. Okafor]], Head of Year 11, Montsaye Academy - available on request
"""))

CVS.append((2, """
CURRICULUM VITAE - [[N:Callum Reid]]
[[N:Flat 2/1, 88 Paisley Road West, Glasgow G51 1LF]]
Mob [[N:07812 553019]] - [[N:callumreid.sparks@outlook.com]]

PROFILE
Second-year electrical apprentice looking to move to a firm where I can finish my [[K:SJIB Modern Apprenticeship in Electrical Installation]] and go on to be a qualified electrician. [[A:I'm nineteen]], I've got a [[K:full manual driving licence]] and my own tools.

EMPLOYMENT
Aug 2023 - present   [[K:Apprentice Electrician, Clyde Electrical Contractors Ltd]]
  * first and second fix on new-build housing in Renfrewshire
  * containment and cable tray on a school refurb for Glasgow City Council
  * [[K:testing with a Megger MFT]] under supervision, filling in EICRs
  * [[U:I'm a Unite member and I sit on the Glasgow young members' committee]]
Jun 2022 - Jul 2023   [[K:Kitchen porter, Wetherspoons]], Argyle Street

EDUCATION
Govan High School - National 5s: Maths (A), Physics (B), English (B), Graphic Communication (B)
[[K:City of Glasgow College]] - NC Electrical Engineering (2022-23)

DISCLOSURE
I'm being upfront because some sites need a basic check. [[A:At fifteen]] [[C:I was given a Recorded Police Warning for breach of the peace]] after a fight outside the chippy. It's not a conviction and I've had no bother since.

OTHER
Played for Govan Amateurs under-18s. [[S:I volunteer at the LGBT Youth Scotland drop-in on Thursdays]]; [[S:I came out at school in S4]] and the group helped me a lot, so I help set up now.

References from my line manager and college lecturer on request.
"""))

CVS.append((3, """
[[N:Diego Alvarez Ramos]]
[[N:2217 W. Cermak Rd, Chicago, IL 60608]]  •  [[N:(312) 555-0187]]  •  [[N:diego.alvarez.ramos@gmail.com]]

OBJECTIVE
High school senior looking for a summer job at a pool or park district camp. [[A:I'm 17]], responsible, and I can start June 10.

EXPERIENCE
[[K:Lifeguard, YMCA of Metro Chicago]] — McCormick Tribune YMCA, Jun 2023 – present
• Guarded lap and family swim sessions for up to 60 swimmers
• Performed two rescues, wrote incident reports with the aquatics director
• Taught Saturday beginner swim to 6–8 year olds

Cashier, Carniceria Jimenez — weekends, Sep 2022 – May 2023

EDUCATION
Benito Juarez Community Academy — Class of 2025, GPA 3.6
Courses: [[K:AP Biology]], AP Spanish Language, Pre-Calculus

CERTIFICATIONS
• [[K:American Red Cross Lifeguarding with CPR/AED]] (exp. 2025)
• [[K:Food Handler Card, State of Illinois]]

ACTIVITIES
• [[K:Varsity swim team]], 200 free and 100 fly
• [[R:Youth group at St. Procopius Parish, where I help run our Sunday food pantry]]
• [[K:Bilingual tutor at the Pilsen library homework club]]

GOOD TO KNOW
[[E:I came to the US from Michoacán when I was four and I'm a DACA recipient]], so my work permit is valid and renews in 2026. [[H:I have type 1 diabetes and wear a pump]]; it does not affect lifeguarding and my doctor has signed the YMCA form.

References: [[N:Coach Teresa Mahoney]], [[N:tmahoney@cps.edu]]
"""))

CVS.append((4, """
[[N:Tayla Simpson]]
[[N:Unit 3, 41 Bourke St, Dubbo NSW 2830]] · [[N:0412 778 305]] · [[N:tayla.simpson.dubbo@gmail.com]]

A bit about me
[[E:I'm a proud Wiradjuri woman]] from Dubbo. [[F:I grew up in foster care]] and [[F:I moved into my own place through the leaving-care program]] [[A:when I turned 18]] last year. I'm reliable, I turn up, and I love making coffee.

Work
[[K:Barista, Gloria Jean's Coffees]], Orana Mall — Mar 2023 to now
 - Morning rush on the machine, 150+ coffees before 10
 - Cleaning and closing checklist, [[K:stock rotation]]
[[K:Kitchen hand, Dubbo RSL]] — casual, 2022

Training
 - [[K:Certificate III in Hospitality]], TAFE NSW Dubbo (finishing Dec 2024)
 - [[K:RSA (Responsible Service of Alcohol)]] and RCG
 - [[K:Barista basics short course]]

Being honest
[[A:When I was 14]] [[C:I went through a youth justice conference for shoplifting]]. I did everything on the outcome plan and I've had no trouble with police since. My caseworker can talk about it if you want.

Community
 - Netball with the Dubbo Junior Netball Association, now helping coach the 11s
 - Helped at NAIDOC Week family day serving food

Referees
[[N:Leanne Briggs]], Store Manager — [[N:0428 991 004]]
"""))

CVS.append((5, """
Name: [[N:Siobhán Ward]]
Address: [[N:Carrowbrowne, Headford Road, Galway]]
Phone: [[N:087 412 9960]]    Email: [[N:siobhanward.galway@gmail.com]]
[[A:Date of Birth: 12/03/2007]]

EDUCATION
2019 – 2024   Presentation Secondary School, Galway
              [[K:Leaving Certificate 2024 (445 points)]]: English H3, Maths O2, Irish H4, Biology H3, Home Economics H2, Business H4
Starting Sept 2024: [[K:QQI Level 5 Early Learning and Care]], Galway Technical Institute

WORK
[[K:Shop Assistant, Supermac's]], Headford Road — part time since June 2022
[[K:Summer camp leader, Salthill Devon GAA Cúl Camp]] — 2023, 2024

VOLUNTEERING
[[K:Foróige youth club]] volunteer leader on Tuesday nights — games, homework help and the Christmas shoebox appeal.
[[R:Altar server at St. Brigid's, Menlough]] [[A:since I was nine]], and now I organise the rota for the younger ones.

ABOUT ME
[[E:I'm a member of the Traveller community]] and I'm the first girl in my family to sit the Leaving Cert. I'd love to work with small children and eventually run my own crèche. I'm patient and good at settling kids who are upset.

INTERESTS
Camogie, baking, and minding my cousins' children.

REFEREES
[[N:Ms Áine Costello]], Principal — Presentation Secondary School
[[N:Gerard Fahy]], Foróige Youth Officer — [[N:091 566 201]]
"""))

CVS.append((6, """
[[N:RĀWIRI TE AWA]]
[[N:021 446 713]] | [[N:rawiri.teawa@gmail.com]] | [[N:Gisborne]]

Kia ora — I'm looking for full-time work in a forestry or civil crew after a gap year working and travelling around the motu.

[[E:Iwi: Ngāti Porou]]
[[A:Age: 20]]

WORK HISTORY
Jan 2024 – Jun 2024   [[K:Fruit picker and packhouse hand]], Hawke's Bay (seasonal)
Oct 2022 – Dec 2023   [[K:Yard Hand, Eastland Port]]
  - [[K:log marshalling, lashing checks]], radio comms with loaders
  - [[K:Site Safe Passport]] and [[K:Class 2 truck licence]] (learner)
Weekends 2020 – 2022  Dishwasher, Cafe Villaggio

SCHOOL
Gisborne Boys' High School — NCEA Level 2 (2021), Level 1 Maths Merit
Captain of the 1st XV, 2021

THINGS TO KNOW
[[H:I've had epilepsy]] [[A:since I was twelve]]. [[H:My seizures have been controlled on medication for four years]] and I hold a full car licence, so NZTA is happy and I'm not restricted on site apart from working at heights, which I'm fine with.
[[F:I'm also a young dad to my daughter, Aria, who's two]] — so I want steady work close to home.

HOBBIES
Surfing at Wainui, league with the Pirates club, kai hunting with my uncles.

REFEREE
[[N:Hemi Walker]], Port Supervisor — [[N:027 551 0902]]
"""))

CVS.append((7, """
[[N:Ffion Pritchard]] — Graduate Policy Officer applicant
[[N:ffion.pritchard@protonmail.com]] · [[N:07954 228 107]] · [[N:linkedin.com/in/ffionpritchard]] · [[N:Pontypridd, Rhondda Cynon Taf]]
[[A:DOB 04.09.2002]]

I'm a [[K:BSc Politics and Economics]] graduate (2:1, [[K:Cardiff University]], 2024) looking for my first role in public policy. Fluent Welsh speaker (first language), comfortable drafting bilingual briefings.

Experience
Summer intern, [[K:Senedd Research Service]] (Jul–Sep 2023)
- Summarised 40 consultation responses on the Curriculum for Wales for a committee briefing
- [[K:Built a small dataset on bus route closures]] in the Valleys

Student ambassador, Cardiff University (2021–2024) — campus tours, UCAS fairs

Barista, Coffee #1, Pontypridd (weekends, 2019–2023)

University life
- [[S:President of the LGBT+ Society, 2023–24]]
- [[P:Youth officer for Welsh Labour in the Pontypridd constituency]]; I'm keeping the role part-time but it won't clash with a politically restricted post if I'm told to step down
- Debating society, quarter-finalist at the 2023 Welsh Universities Debate

Support
[[H:I was diagnosed autistic in my second year]]. I work best with written instructions and a quiet desk; I'm happy to talk about adjustments at interview.

Skills
[[K:Stata and Excel]]; plain-language writing; Welsh/English translation (not certified).

References available from my dissertation supervisor and the Senedd Research team.
"""))

CVS.append((8, """
[[N:Yasmin Al-Haddad]]
[[N:Mississauga, ON]] | [[N:416-555-0143]] | [[N:yasmin.alhaddad@mail.utoronto.ca]]

Education
[[K:Honours Bachelor of Science, Life Sciences]] (co-op), [[K:University of Toronto Mississauga]] — expected 2027
Ontario Secondary School Diploma, Erindale Secondary School, 2023 (Ontario Scholar)

Co-op & work
[[K:Pharmacy Assistant, Shoppers Drug Mart]] — May 2024 to present
• Greet patients, input prescriptions into [[K:HealthWatch]], count and label under the pharmacist's supervision
• Handle insurance rejections with ODB and private plans
[[K:Cashier, Tim Hortons]] — 2021–2023

Volunteering
• [[K:Homework club tutor, Mississauga Library]] — Grade 7–10 science
• [[R:Sisters' coordinator, UTM Muslim Students' Association]]: I plan Ramadan iftars and the winter coat drive

About me
[[E:My family arrived from Syria as refugees]] in 2016, [[A:when I was eleven]]. I learned English in two years and now translate for newcomer families at our local health centre. [[A:I'm 19]], and I want to go on to a pharmacy degree.

Languages: Arabic (native), English (fluent), French (DELF B1)

References
[[N:Dr. Priya Raman]], Pharmacist-owner — [[N:905-555-0199]]
"""))

CVS.append((9, """
[[N:OLIVER MBEKI-HART]]
[[N:oli.mbekihart@icloud.com]] — [[N:07488 310 562]] — [[N:Harrogate, North Yorkshire]]

SIXTH FORM STUDENT · PART-TIME WORK WANTED (evenings & weekends)

Studying: A-levels in Chemistry, Biology and Psychology at [[K:Harrogate Grammar School]]
GCSEs: 9 at grades 9–6, including Maths 8 and English 7

Experience
• [[K:Kitchen Assistant, Bettys Café Tea Rooms]] — Saturdays, Oct 2023 to present
   prep, washing up, helping the pastry team at weekends in December
• [[K:Volunteer, Age UK befriending service]] — Wednesday phone calls with two older residents living alone (since 2023)
• Work experience, Boots pharmacy dispensary, one week in Year 10

Achievements
• [[K:Young Enterprise Company Programme]] — finance director of our student company; we sold upcycled phone stands and won the regional "Best Report"
• School council representative for the Sixth Form, 2024
• Silver [[K:Duke of Edinburgh's Award]], expedition in the Yorkshire Dales

Skills
Food hygiene Level 2 · Microsoft Excel · I can drive (passed first time)

Interests
Five-a-side, cooking for the family on Sundays, and revising with far too many flashcards.

Referee: [[N:Mr P. Lindqvist]], Head of Sixth Form — [[N:p.lindqvist@hgs-online.org.uk]]
"""))

CVS.append((10, """
[[N:Jordan Kelly]]
[[N:Bramley Road, Leeds LS13]] (full address on request)
[[N:07395 802 117]] / [[N:jordankelly2007@hotmail.com]]

What I'm after
A labouring job or apprenticeship in groundworks. [[A:I'm 17]] and I've got my CSCS card and I'm keen to learn a trade.

Training
[[K:CSCS Green Card (Labourer)]] — passed Feb 2024
[[K:Level 1 Certificate in Construction Skills]] — Leeds College of Building, 2023-24
[[K:Prince's Trust Team Programme]] — 12 weeks, led the community project (we rebuilt a garden at a care home in Armley)

Work
[[K:Two weeks' placement with Kier on the Armley Gyratory]] — loading out, sweeping, helping the banksman
Car wash at weekends, cash in hand (2022-23)

Being straight with you
[[C:I'm on a referral order until March 2025]] for criminal damage. I go to my sessions with the [[K:Leeds Youth Justice Service]] every week and my worker will vouch for me.
[[F:I left care in the summer and now live in supported accommodation]], so I need work that's on a bus route.
[[H:I've got ADHD (diagnosed 2021) and I take medication for it]] — I'm better when I'm doing something physical.

Interests
Boxing at the Burmantofts gym, fixing bikes.

Reference: [[N:Dawn Hollis]], Youth Justice Worker, [[N:0113 378 4400]]
"""))

CVS.append((11, """
[[N:MARISOL CHÁVEZ]]
[[N:Fresno, CA 93702]] · [[N:(559) 555-0121]] · [[N:marisol.chavez.fcc@gmail.com]]

[[A:Age: 21]]

SUMMARY
Nursing prerequisite student at [[K:Fresno City College]] (AA, 2025) working toward a transfer to Fresno State's BSN program. [[E:First-generation college student and daughter of Guatemalan immigrants]]; I translate in Spanish and some K'iche'.

EXPERIENCE
[[K:Certified Nursing Assistant, Saint Agnes Medical Center]] — Nights, 2023–present
- ADLs, vitals and I&O for a 28-bed med-surg unit
- Float to the geriatric unit; trained on fall-prevention bundles
[[K:Packing-shed sorter, Sun-Maid]], summers 2019–2021

CERTIFICATIONS
[[K:California CNA certificate]] · [[K:BLS (AHA)]] · [[K:Phlebotomy CPT-1]] (in progress)

CAMPUS
- [[P:Chapter secretary, FCC Young Democrats]]
- Peer mentor, Puente Project
- [[S:I'm bi and co-lead the campus Queer Student Union]]

PERSONAL
[[F:I live with and care for my grandmother]], which is why I prefer night shifts. [[H:I wear a hearing aid in my left ear]] and use the amplified stethoscope the hospital provided; it has never been an issue with patients.

REFERENCES
[[N:Ruth Okonkwo, RN]], Charge Nurse, Saint Agnes — [[N:(559) 555-0166]]
"""))

CVS.append((12, """
[[N:Ryan McCallum]]
[[N:Dunfermline, Fife]]   |   [[N:07534 661 208]]   |   [[N:ryan.mccallum.fife@gmail.com]]

[[A:I'm 23]] and I want a fresh start in warehousing or logistics. I'm straight about my past because I'd rather you hear it from me.

PAST
[[C:I served 14 months at HMYOI Polmont for assault]], released in 2022. While I was there I got my forklift ticket and an SVQ, and I've been in work ever since. [[G:My DNA and fingerprints are still held by Police Scotland]], which my support worker says is normal for the conviction.
[[H:I've been in recovery from alcohol for 18 months]] and I go to meetings every week.

EXPERIENCE
[[K:Warehouse Operative, Amazon (EDI4, Dunfermline)]] — Nov 2022 to present
 * picking and stowing to rate (top 10% on my shift most weeks)
 * trained four new starters on the handheld scanners
 * [[K:promoted to Problem Solver in 2024]]
Peer volunteer, [[K:Apex Scotland]] — talking to young lads about getting into work

QUALIFICATIONS
[[K:RTITB Counterbalance Forklift licence]]
[[K:SVQ Level 2 Warehousing and Storage]]
[[K:Food hygiene, first aid at work]]

INTERESTS
Five-a-side, hillwalking, I've just started learning guitar.

REFERENCES
[[N:Claire Munro]], Area Manager, Amazon — [[N:claire.munro@amazon.co.uk]]
[[N:Steven Pirie]], Employability Worker, Apex Scotland
"""))

CVS.append((13, """
[[N:SHANICE DOYLE]]  ·  Trainee Hairdresser
[[N:Stockport SK3]]  ·  [[N:07921 455 038]]  ·  [[N:shanicedoyle.hair@gmail.com]]  ·  instagram @shanice.does.hair

PROFILE
Level 2 qualified hairdresser, [[A:aged 22]], looking for a junior stylist position. Good with colour, great with nervous clients, and I never miss a shift.

WHERE I TRAINED
[[K:Level 2 Diploma in Hair Services]] (City & Guilds) — started inside, finished at Stockport College in 2023.
[[C:I completed part of the course while serving a sentence at HMP Styal]]. [[F:I had my son]] during that time and [[C:we were together on the mother and baby unit]]; the salon there is where I found what I want to do.

EXPERIENCE
[[K:Salon Assistant, Toni&Guy Manchester]] (Jun 2023 – present)
- Shampooing, toning, blow-dries, booking on Phorest
- [[K:Running the colour bar on Saturdays]]
[[K:Volunteer, The Well (Manchester)]] — doing hair for women at the drop-in

SKILLS
[[K:Balayage and toners]] · Blow-dry styling · [[K:Client consultation]] · Patch testing

HEALTH
[[H:I had postnatal depression in 2022]] and had support from my GP; I'm well now.

WHAT I NEED
A salon within a bus ride of Stockport and finishing by 5.30 on weekdays [[F:for nursery pick-up]].

REFERENCES
[[N:Lorraine Beech]], Senior Stylist, Toni&Guy Manchester
[[N:Sister Maureen Kelly]], The Well Manchester — [[N:0161 830 2244]]
"""))

CVS.append((14, """
[[N:Liam O'Connor]]
[[N:Ipswich QLD 4305]] | [[N:0438 902 117]] | [[N:liamoconnor.ips@outlook.com]]
[[A:Date of birth: 2 June 2006]]

Career goal
To finish my [[K:school-based apprenticeship in Automotive Light Vehicle Technology]] full time and become a licensed mechanic.

Experience
Jan 2023 – present   [[K:School-based Apprentice, Ipswich Toyota Service Centre]]
   • [[K:Log-book servicing, tyres and brakes under supervision]]
   • Learned diagnostic scanning on hybrid Corollas and RAV4s
Weekends 2022         [[K:Trolley collector, Woolworths Redbank Plaza]]

Education
Bremer State High School — QCE 2023
[[K:Certificate II in Automotive Vocational Preparation]]

Personal
[[F:I'm a young carer for my dad, who has MS]], so I'm good at juggling things and I know how to stay calm. [[F:Centrelink recognises me as his carer]].
[[R:I play drums in the youth band at Ipswich Pentecostal Church]] every Friday.
[[P:I joined the Young Greens last year]] and help out at stalls in Brisbane when I can.

Licences
[[K:Open manual car licence, White Card]]

Referee
[[N:Mick Turnbull]], Service Manager, Ipswich Toyota — [[N:07 3280 1100]]
"""))

CVS.append((15, """
[[N:Skye Joseph]]
[[N:North Vancouver, BC]] · [[N:604-555-0172]] · [[N:skye.joseph@proton.me]]

[[E:Squamish Nation member]] · [[A:turned 20 in May]] · open to full-time or seasonal work

WHAT I'VE BEEN DOING
Took a gap year after high school to work and figure things out. Planning to start [[K:Capilano University's Indigenous Digital Filmmaking program]] next fall.

[[K:Retail Clerk, BC Liquor Store]] #127, Lonsdale — Aug 2023 to now
 - Ran the till, checked ID, built displays for the summer promo
 - [[U:Joined the BCGEU when I started and went to my first steward training this spring]]
[[K:Youth Camp Counsellor, Squamish Nation Recreation]] — summers 2021–2022
 - 8–12 year olds, canoe days, language games

SKILLS
[[K:Adobe Premiere]] · DaVinci Resolve (basic) · [[K:Serving It Right certificate]] · [[K:First Aid Level 1]]

ABOUT ME
[[S:I'm openly two-spirit]] and I made a short film about it for our youth film night, which is how I got into editing. [[H:I manage an anxiety disorder with counselling]] and it has never made me miss work.

REFERENCES
[[N:Raymond Baker]], Store Manager — [[N:604-555-0110]]
"""))

CVS.append((16, """
Curriculum Vitae
[[N:Ella Rosenthal]] · [[N:Edgware, London HA8]] · [[N:07700 562 819]] · [[N:ella.rosenthal@btinternet.com]]
[[A:Age 16]] · Year 11, Hasmonean High School for Girls

Looking for a Saturday or Sunday job in retail or at a café.

Education
GCSE predicted grades: Maths 9, English Lit 8, Biology 8, Chemistry 7, History 8, French 7, Hebrew 9

Experience
• [[K:Sunday Assistant, Edgware Community Library]] (volunteer, since Sept 2023)
• [[K:Babysitting for three local families]] (regular evenings)
• [[K:Work experience: Marks & Spencer Brent Cross]], one week, Year 10

Awards
[[K:Duke of Edinburgh's Award (Bronze)]] · [[K:Emergency First Aid (St John Ambulance)]] · [[K:Grade 6 piano]]

Outside school
[[R:I help lead the younger kids at my synagogue youth group on Shabbat]]; [[R:I had my bat mitzvah in 2021]] and running the group is how I got confident speaking to groups.
[[G:I was tested as a carrier for Tay-Sachs through the community screening programme]] and I volunteer at their stand at school fairs.
[[F:My parents separated last year]] and I help a lot with my younger sister, so I'm organised with my time.

References
[[N:Mrs Deborah Lewin]], Librarian — [[N:020 8359 2000]]
"""))

CVS.append((17, """
[[N:Daniel Whitaker]]
Software Engineer (entry level) — [[N:Ann Arbor, MI]] — [[N:daniel.whitaker.dev@gmail.com]] — [[N:github.com/dwhitaker-dev]]

[[A:I'm 24]] and finishing my first full year as a professional engineer after a one-year apprenticeship. I want a backend role on a small team.

EXPERIENCE
[[K:Software Engineer I, Duo Security (Cisco)]] — Ann Arbor, Aug 2023 – present
- [[K:Python/Go services for push-notification delivery]]; cut p95 latency 18%
- On-call rotation from month four; wrote two post-incident reviews
[[K:Apprentice Engineer, Grand Circus]] — Detroit, 2022–2023

EDUCATION
[[K:B.S. Computer Science, University of Michigan]], 2022

PROJECTS
[[K:ticketlight]] — a tiny open-source ticket triage bot (220 stars)

COMMUNITY
- [[P:Volunteered as a field organizer for the Bernie 2020 campaign in Washtenaw County]]
- [[K:Mentor at the Ann Arbor Code Club]] for middle schoolers

HEALTH & SCHEDULING
[[G:I have hereditary haemochromatosis (HFE C282Y homozygous)]]; [[H:I donate blood every few months as treatment]], usually on a Friday afternoon.
I'm relocating to Chicago in June with [[S:my husband, Marcus]], who starts a residency at Rush.

REFERENCES
[[N:Priya Natarajan]], Engineering Manager, Duo — on request
"""))

CVS.append((18, """
[[N:Aaron Galbraith]] — Apprentice Welder/Fabricator
[[N:Ballyclare, Co. Antrim]] · [[N:07711 402 893]] · [[N:aarongalbraith05@gmail.com]]

Personal details
[[A:Born 2005]] · Full driving licence · [[K:CSR card]]

Apprenticeship
[[K:ApprenticeshipNI Level 3 in Engineering (Fabrication and Welding)]], [[K:Belfast Metropolitan College]] — year 2 of 4
Employer: [[K:Harland & Wolff, Belfast]] — Sept 2022 to present
 - [[K:MIG and MMA on steel panels]] and brackets for the FSS programme
 - Reading fabrication drawings, cutting and grinding, NDT prep
 - [[U:GMB member since my first week]]; I'm the apprentices' contact for our shop steward

Before
Part-time, Tesco Ballyclare — shelf filling (2021–2022)

Outside work
[[R:I'm a leader in the Presbyterian Youth at Ballyclare First]], running Friday night football and the summer camp in Castlewellan.
[[P:I'm a member of the Ulster Young Unionists]] and I've canvassed for two elections.
Also: [[K:Cross-community youth project, Belfast (PEACE PLUS funded)]] — I mentored at a summer scheme that paired schools from both sides, which taught me a lot.

References
[[N:Gordon Hume]], Welding Supervisor, Harland & Wolff — [[N:028 9045 8456]]
"""))

CVS.append((19, """
[[N:Losa Faleolo]]
[[N:Māngere, Auckland]] · [[N:022 816 4407]] · [[N:losa.faleolo@gmail.com]]

Hi! I'm [[A:seventeen]] and leaving school at the end of Term 3 to start work. I'd like a job in retail or customer service with the chance to train up to team leader.

SCHOOL
[[K:Aorere College]] — [[K:NCEA Level 2]] with Merit (2024); prefect, Polyfest Samoan group leader

WORK
[[K:Crew Member, McDonald's Manukau]] — Feb 2023 to present
   * front counter, drive-thru headset, McCafé
   * [[K:Crew of the Month, August 2023]]
Babysitting and after-school pick-ups for families in our street

ABOUT ME
[[E:My parents migrated from Samoa]] before I was born and I speak Samoan at home. [[R:I play keyboard every Sunday at our Methodist church]] and help with the youth choir.
[[F:I help raise my three younger siblings]] while Mum and Dad work, so I'm good at planning and staying calm.
[[H:I have asthma]], which is well controlled — I keep my inhaler in my locker.

SKILLS
[[K:Cash handling]] · Te reo and Samoan greetings · [[K:Canva]] · Friendly on the phone

REFEREE
[[N:Tavita Soliai]], Shift Manager, McDonald's Manukau — [[N:09 262 5510]]
"""))

CVS.append((20, """
[[N:Tobi Adeyemi-Ward]]
[[N:tobi.aw@gmail.com]] · [[N:07845 119 036]] · [[N:Sneinton, Nottingham NG2]]

GRADUATE — [[K:BA (Hons) Social Work]], [[K:Nottingham Trent University]], 2024 (First)
Registered with Social Work England (pending)

WHY SOCIAL WORK
[[F:I'm a care leaver myself]] — [[F:I lived in three foster placements and a children's home]] — and I want to be the kind of worker I needed. [[E:I came to the UK from Nigeria]] [[A:aged nine]] and [[E:got my British citizenship]] [[A:at 18]].

PLACEMENTS
Final placement, [[K:Nottinghamshire County Council Leaving Care Team]] (100 days)
 - Co-worked pathway plans for 9 young people aged 16–21
 - [[K:Ran a group on budgeting and tenancy readiness]]
First placement, [[K:Base 51 LGBT+ youth centre]] (70 days) — drop-in and 1:1 support

WORK
[[K:Residential Support Worker (bank), Compass Children's Homes]] — 2022–2024

DBS — honest disclosure
[[C:I received a caution for possession of cannabis]] [[A:when I was 17]]. It shows on an enhanced check; my university suitability panel cleared me in 2021.

ABOUT ME
[[S:I'm gay]] and [[S:I started my sixth form's first LGBTQ+ group]]. [[F:I'm also on the steering group of a care-experienced youth council]].

REFERENCES
[[N:Dr Hannah Price]], Course Leader, NTU
[[N:Marcus Fenn]], Practice Educator — [[N:marcus.fenn@nottscc.gov.uk]]
"""))
