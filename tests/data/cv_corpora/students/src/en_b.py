CVS = [
# en-021 US PhD student, grad union
"""<<Rowan Ferreira-Lind>> (they/them)
PhD Candidate, Sociology — University of California, Berkeley
<<rferreiralind@berkeley.edu>> · <<Oakland, CA>> · <<orcid.org/0000-0002-7741-3910>>

EDUCATION
{{PhD Sociology}}, {{UC Berkeley}}, 2021–present (advanced to candidacy 2023)
B.A. Sociology & Gender Studies, Oberlin College, 2017–2021

RESEARCH
Dissertation: {{Gig Work and Time: Scheduling Apps in Bay Area Warehouses}}
Graduate Student Researcher, Berkeley Labor Center, 2022–2024 — coded 140 worker interviews

TEACHING
{{Graduate Student Instructor}}, SOC 1 (Intro to Sociology), 4 semesters

SERVICE
[[U|Department steward and bargaining-team alternate, UAW 4811]] (2022–2024); walked the picket line in the 2022 strike.
Graduate admissions committee, student representative, 2023

PERSONAL
[[D|29 years old]]. [[S|Queer]] and nonbinary; [[P|dues-paying member of the East Bay Democratic Socialists]]. [[C|Arrested at a 2023 sit-in at the Oakland federal building; the charges were dropped]].

SKILLS
{{NVivo}}, {{Stata}}, survey design, Portuguese (heritage speaker)
""",
# en-022 Canada, McGill (English)
"""<<Noa Abramovich>>
<<Montréal, QC>> | <<noa.abramovich@mail.mcgill.ca>> | <<514-555-0139>>

EDUCATION
{{B.Sc. Pharmacology}}, {{McGill University}} — 2021–2025, CGPA 3.78
Dawson College, DEC Health Science, 2019–2021

RESEARCH & WORK
{{Summer Research Student}}, {{Lady Davis Institute}} — 2023, 2024
  · Western blots and qPCR on drug-resistant breast cancer lines
{{Teaching Assistant, PHAR 301}} — McGill, Winter 2025
  · [[U|AGSEM member]]; led two conference sections a week
{{Pharmacy Technician Assistant}} — Jean Coutu, Côte-Saint-Luc, 2020–2022

LEADERSHIP
[[R|Board member, Hillel McGill — Shabbat dinners and High Holy Day services]]
[[P|VP Outreach, Young Liberals of Canada – McGill]] (2023–24)

PERSONAL
[[D|Age 22]]. [[F|Engaged; wedding in August 2025]]. [[G|Tested as a Tay-Sachs carrier through Dor Yeshorim at 18]], which sparked my interest in pharmacogenomics.

LANGUAGES
English, French (bilingual), Hebrew
""",
# en-023 India Kerala nursing intern bio-data
"""RESUME

<<ANU MARIA JOSEPH>>
<<Kunnathu House, Kuravilangad P.O., Kottayam, Kerala – 686633>>
Mob: <<+91 97465 11820>> | Email: <<anumariajoseph2001@gmail.com>>

CAREER OBJECTIVE
A dedicated nursing graduate seeking a staff nurse post in a reputed multi-speciality hospital to provide compassionate patient care.

EDUCATIONAL QUALIFICATIONS
{{B.Sc. Nursing}} – {{Marian College of Nursing}}, Kerala University of Health Sciences – 2023 (78%)
Plus Two (Biology Science) – Kerala State Board – 2019 (91%)
SSLC – 2017 (A+ in all subjects)

INTERNSHIP
{{Compulsory Internship}} – {{Caritas Hospital, Kottayam}} – Sept 2023 to Feb 2024
Rotations: Medical ICU, Cardiology, Paediatrics, Labour Room

SKILLS
{{IV cannulation}}, {{ECG recording}}, BLS certified (AHA), patient documentation

PERSONAL DETAILS
Father's Name   : <<Joseph Thomas>> (Rubber farmer)
Mother's Name   : <<Mary Joseph>>
[[D|Date of Birth   : 05/11/2001]]
[[R|Religion        : Christian (Syro-Malabar Catholic)]]
[[F|Marital Status  : Single; one younger brother studying]]
[[G|Thalassaemia minor (HPLC confirmed)]]
Languages       : Malayalam, English, Hindi

DECLARATION
I hereby declare that the information furnished above is true to the best of my knowledge.
Kottayam                                               ANU MARIA JOSEPH
""",
# en-024 UK mature law student
"""<<Danielle Price>>
LLB (Hons) Law, Final Year — Nottingham Trent University
<<danielle.price.law@gmail.com>> / <<07962 113 508>> / <<Bulwell, Nottingham>>

Profile
Mature law student ([[D|28]]) heading for the SQE route, with seven years in care work behind me. I'm used to difficult conversations, paperwork that matters and shifts that don't end on time.

Education
{{LLB (Hons) Law}}, {{Nottingham Trent University}}, 2022–2025 (on track for a 2:1)
Access to HE (Law), Nottingham College, 2021–2022

Experience
{{Paralegal Volunteer}} — {{Nottingham Law Centre}}, Housing team, 2023–present
  · Interviewing tenants, drafting disrepair letters, court bundles
{{Senior Care Assistant}} — {{Lark Hill Village}}, 2015–2022
  · Led a team of 6 on nights, medication rounds
  · [[U|UNISON member, and I was our building's health & safety rep]]

A few honest things
[[F|Single mum of two (aged 9 and 6)]]. [[C|I have a conviction for possession of cannabis from 2014]] — spent, and disclosed to the SRA character and suitability team. [[H|I've been in recovery from alcohol dependence for five years]] and still go to meetings; it's part of why I want to do housing law.

Skills
{{Legal research (Westlaw, Lexis)}}, drafting, client interviewing
""",
# en-025 Ireland apprentice electrician
"""<<CONOR DELANEY>>
Apprentice Electrician (Phase 6) — <<Thurles, Co. Tipperary>>
<<086 770 2194>> · <<conordelaney.sparks@gmail.com>>

APPRENTICESHIP
{{Electrical Apprentice}} — {{Kirby Group Engineering}}, Limerick — 2021 to present
Data centre fit-outs, containment, cable pulling, testing with a Megger
Off-the-job phases at {{Limerick and Clare ETB}} and TUS Thurles — all passed first time

[[U|Connect Trade Union – apprentice member, and I sit on the Munster youth committee]]

SCHOOL
Leaving Cert Applied 2020, CBS Thurles
{{Safe Pass}}, Manual Handling, {{Working at Heights}}, MEWP (IPAF 3a/3b)

ABOUT ME
[[D|Twenty-two]], living at home in Thurles. [[S|My boyfriend Cian]] and I are saving for a place. [[H|I'm colour-blind (red–green)]], so I check wire colours with a tester app — the site engineer is happy with that. [[C|I had a drink-driving conviction in 2022 and a one-year ban]], which I've served; I have my full licence back. [[P|I'm in Labour Youth]] and canvassed in the local elections.

HURLING
Junior B panel, Thurles Sarsfields
""",
# en-026 Nigeria Unilag graduate, LinkedIn
"""<<Oluwaseun Adebayo-Williams>>
Graduate Chemical Engineer | Process Safety | Lagos, Nigeria
<<linkedin.com/in/seun-adebayo-williams>> · <<seunadebayo.w@gmail.com>> · <<+234 809 412 5531>>

About
[[D|25]], first-class chemical engineering graduate who spent NYSC year at a gas plant and wants to keep growing in process safety. [[E|Proud Yoruba boy from Abeokuta]]. [[G|Genotype AA]] — yes, people still ask on forms.

Experience
{{Process Engineer (NYSC)}} · {{Nigeria LNG Limited}}
Bonny Island · Mar 2023 – Feb 2024
Supported HAZOP close-out for Train 7 tie-ins; updated 60 P&IDs.

{{Industrial Trainee}} · {{Dangote Fertiliser}}
Lekki · 2021 · 6 months

Education
{{B.Sc. Chemical Engineering}} · {{University of Lagos}} · 2016 – 2022 · First Class

Volunteering & activities
[[P|Ward youth leader, All Progressives Congress (APC), Abeokuta South]]
Unilag Chemical Engineering Students' Association, General Secretary
[[C|Arrested at the Lekki toll gate during #EndSARS in 2020 and released without charge]]

Skills
{{Aspen HYSYS}} · {{HAZOP}} · Python
""",
# en-027 US community college, Canva broken columns
"""<<JESSICA  TANNER>>
Associate of Science — Accounting
<<Ogden, UT>>  |  <<jess.tanner.acct@gmail.com>>  |  <<(801) 555-0182>>

EDUCATION                          SKILLS
{{A.S. Accounting}}                    {{QuickBooks Online}}
{{Weber State University}}             Excel (VLOOKUP, pivots)
(transfer from                     10-key 12,000 KPH
Ogden-Weber Tech)                  Portuguese (fluent)
Expected May 2025
                                   ABOUT ME
EXPERIENCE                         [[D|Age 24]], from Roy, Utah.
{{Bookkeeping Assistant}}            [[R|Served an 18-month LDS mission in Recife, Brazil]].
{{Smith & Rowley CPAs}}            [[F|Married at 21]], [[S|my wife Kayla]]
2023 - present                     is finishing nursing school.
- AP/AR for 30 small clients       [[H|I use a wheelchair]] (spina
- monthly bank reconciliations     bifida) and work from
                                   an accessible desk.
Front desk / {{VITA volunteer}}      [[C|DUI in 2019, completed probation]]
Weber State Tax Clinic
2024 tax season                    GOALS
- prepared 60 federal and          Pass the CPA exam and
  Utah state returns               work in small-business
- Spanish and Portuguese           tax, ideally remote
  speaking clients                 or hybrid.

Cashier, Maverik (2019 - 2021)     REFERENCES on request
""",
# en-028 UK sixth former, Oxbridge-style
"""<<Marcus Campbell-Grant>>
<<Brixton, London SW2>> · <<marcus.cg@proton.me>> · <<07377 218 440>>

Year 13 student applying for PPE. Interested in local government finance and youth voice.

EDUCATION
{{Dunraven School}}, Streatham — 2018–2025
A-levels (predicted): Politics A*, Economics A*, History A, EPQ A*
EPQ: {{How council budgets decide which youth clubs close}}
GCSEs: 10 at grade 9–7

EXPERIENCE
{{Youth Mayor}}, {{London Borough of Lambeth}} (2023–24) — elected by 9,000 pupils, non-partisan
{{Sutton Trust Summer School}}, University of Bristol (2024)
{{Customer Assistant}}, {{Co-op Food}}, Brixton Hill (2023–present) — [[U|joined Usdaw at sixteen]]

INTERESTS & SOCIETIES
[[P|Member of the Young Greens since 2023]]; [[S|founded our school's Rainbow Club for LGBTQ+ students]].
Cricket (Brixton Lions), grime production, chess.

ABOUT ME
[[D|17]] (18 in August). [[E|Black British Caribbean, with grandparents from Jamaica and Grenada]]. [[C|I got a community resolution from the police in Year 10]] after a scuffle at the bus stop, and it pushed me into youth work.
[[G|My own DNA test said 14% Nigerian]], which is now the longest-running family joke.
""",
# en-029 Canada, Halifax nursing student
"""<<Kaitlyn Paul>>
BScN Student (Year 4) — Dalhousie University
<<Dartmouth, NS>> · <<k.paul@dal.ca>> · <<902-555-0160>>

CLINICAL PLACEMENTS
• {{QEII Health Sciences Centre}} — cardiology step-down, 2024
• {{IWK Health}} — paediatric medicine, 2023
• Mental health & addictions community clinic, 2023

WORK
{{Continuing Care Assistant}} — {{Northwood}}, Halifax — 2021–present (casual)
[[U|NSGEU Local 42 member]] through that job; attended our local's bargaining town hall.

EDUCATION
{{Bachelor of Science in Nursing}}, {{Dalhousie University}}, expected 2025
Indigenous Health Interest Group — student lead

ABOUT ME
[[E|I'm Mi'kmaw, from Sipekne'katik First Nation]], and I want to work in community health back home. [[D|Age 23]]. [[S|My girlfriend and I]] live in Dartmouth with two cats. [[G|I took part in the Atlantic PATH study, so my blood and DNA are stored there]].

CERTIFICATIONS
{{BLS}}, {{Non-Violent Crisis Intervention}}, Mask Fit

LANGUAGES
English; learning Mi'kmaw
""",
# en-030 Scotland PhD, genetics
"""<<Eilidh MacRae>>
<<Old Aberdeen, AB24>> • <<eilidh.macrae@abdn.ac.uk>> • <<orcid.org/0000-0003-1187-4420>>

Education
{{PhD Medical Genetics}} (final year), {{University of Aberdeen}}, 2021–2025
Thesis: {{Rare-variant burden in Scottish familial epilepsy cohorts}}
BSc (Hons) Genetics, University of Glasgow, 2016–2020 — First

Research
Built a variant-filtering pipeline in {{Nextflow}}; contributed to 3 papers.
{{Research Assistant}}, {{MRC Human Genetics Unit}}, Edinburgh, 2020–2021
Teaching: genetics practicals, 4 years (demonstrator)

Service
Postgraduate Research Student Representative, 2023–24
[[U|UCU member; picketed as a PGR during the 2023 marking boycott]]

Personal
[[D|27]]. [[G|My own exome was sequenced in 2019 for a family study]] — it's why I chose this PhD. [[H|I have Crohn's disease, currently in remission on infliximab]]. [[S|I live with my partner Rachel]] and our lurcher in Torry. [[P|SNP activist since the 2014 referendum]].

Skills
{{GATK}}, R, Python, Slurm, Gaelic (conversational)
""",
# en-031 US Congressional intern
"""<<HODAN ABDI WARSAME>>
Minneapolis, MN | <<hodan.warsame@macalester.edu>> | <<(651) 555-0125>>

EDUCATION
{{Macalester College}} — {{B.A. Political Science, minor in Economics}}, expected May 2025
Study abroad: SIT Kenya, Nairobi (Spring 2024)

EXPERIENCE
{{Congressional Intern}}, {{Office of a Minnesota U.S. Representative}}, Washington, DC — Summer 2024
- Drafted constituent responses on SNAP and housing; attended committee hearings
{{Package Handler}}, UPS Eagan Hub — 2022–2023 (nights)
- [[U|Teamsters Local 120 member]]
{{Research Assistant}}, Macalester Civic Engagement Center — 2023–present

ACTIVITIES
- [[R|Vice President, Muslim Students Association]]
- [[P|Phone-banked for the DFL in the 2022 midterms]] on weekends
- Somali Student Association, tutor for ESL middle schoolers

PERSONAL
[[E|Somali-American, born in a refugee camp in Dadaab]]; [[D|born 2003]]. [[F|Oldest of seven]], so I'm used to multitasking. [[C|Cited for trespass at a campus encampment in April 2024; case dismissed]].

LANGUAGES
Somali (native), English, Arabic (reading)
""",
# en-032 India Bangalore graduate
"""<<Sneha Raghunathan>>
Software Engineer (Graduate) | Bengaluru
<<sneha.raghunathan@outlook.com>> | <<+91 98451 77204>> | <<github.com/sneha-r>>

EDUCATION
{{B.E. Information Science}}, {{RV College of Engineering}}, Bengaluru — 2020–2024, CGPA 8.9

EXPERIENCE
{{Associate Software Engineer}} — {{Thoughtworks India}} — Aug 2024–present
  • Pairing on a payments microservice (Kotlin, Postgres)
{{Software Engineering Intern}} — {{Flipkart}} — Jan–Jun 2024
  • Search-ranking A/B framework; wrote 40+ integration tests
  • Face-recognition attendance at the office gate — [[G|I asked HR to delete my enrolled face template when I left]]

OPEN SOURCE
Contributor to Apache Airflow (docs and providers)

ABOUT
[[D|22]], Chennai-born, Bengaluru-raised. [[S|I help organise Namma Pride and the queer women's book circle]]. [[H|I manage PCOS with medication]], nothing that affects work. [[U|Member of KITU, the Karnataka IT employees' union]].

SKILLS
{{Kotlin}}, Java, Postgres, Docker, Tamil, Kannada
""",
# en-033 Wales, summer jobs, Canva-ish
"""<<RHYS  PRITCHARD>>
<<07845 309 221>>  ·  <<rhyspritchard@live.co.uk>>  ·  <<Bridgend, CF31>>

— ABOUT —
[[D|21 y/o]], finishing a {{HND Construction Management}} at {{Bridgend College}}. Looking for a site trainee post from July.

— WORK —
{{Warehouse Operative}} | {{Amazon CWL1, Swansea}} | peak seasons 2021–2024
picking, stowing, forklift (counterbalance) – [[U|GMB member, went to the recognition meetings]]
{{Labourer}} | {{Hale Construction}} | summers 2022, 2023
Lifeguard | Bridgend Life Centre | 2019–2021

— EDUCATION —
HND Construction Management (2023–2025)
BTEC Level 3 Construction (2021–2023)
GCSEs, Ysgol Gyfun Gymraeg Llangynwyd

— CARDS —
{{CSCS Labourer}} · SMSTS (booked)

— PERSONAL —
[[F|I live with my partner and his daughter]] – [[S|my partner Gethin]] works in Cardiff. [[H|Epilepsy, seizure-free for three years]], so I can hold a DVLA licence again. [[C|Fined for a public order offence after a Wales match in 2020]].
Welsh speaker · rugby (Maesteg Harlequins)
""",
# en-034 Belfast student
"""<<ORLA McKEOWN>>
<<Andersonstown, Belfast BT11>> | <<orla.mckeown@qub.ac.uk>> | <<07521 660 384>>

EDUCATION
{{Queen's University Belfast}} — {{LLB Law with Politics}}, 2022–2025 (predicted 2:1)
{{St Dominic's Grammar School for Girls}}, 2015–2022 — A-levels: Politics A*, English A, History A

WORK
{{Customer Service Assistant}} — {{Translink Metro}}, Europa Buscentre, 2022–present (part-time)
  [[U|I joined Unite when I started and vote in the branch ballots]]
{{Summer Intern}} — {{Committee on the Administration of Justice}}, 2024
  Research on legacy inquests; drafted a briefing for MLAs

SOCIETIES
[[P|SDLP Youth, QUB branch — vice chair]]
QUB Law Society — mooting team, 2024 All-Ireland quarter-finalist
[[S|LGBT+ Society committee (bi rep)]]

PERSONAL
[[D|Age 21]]. [[E|I identify as Irish and hold an Irish passport]]. Irish language (Gaelscoil educated), French B2.
""",
# en-035 US veteran student
"""<<Marcus J. Delgado>>
San Antonio, TX · <<mjdelgado.utsa@gmail.com>> · <<(210) 555-0171>>

EDUCATION
{{B.S. Cybersecurity}}, {{University of Texas at San Antonio}} — expected Dec 2025 (Post-9/11 GI Bill)
A.A.S. Information Technology, Community College of the Air Force

MILITARY SERVICE
{{Cyber Transport Systems Journeyman (3D1X2)}}, {{US Air Force}}, Lackland AFB / Kadena AB — 2016–2022
• Maintained base network for 8,000 users; Secret clearance (inactive)
• [[C|Article 15 in 2018 for an unauthorized absence]]; honorable discharge
• [[G|My DNA sample is held in the DoD serum and DNA repository like every service member's]]

INTERNSHIP
{{SOC Analyst Intern}}, {{USAA}} — Summer 2024: phishing triage, Splunk alerts

CERTIFICATIONS
{{CompTIA Security+}}, Network+

PERSONAL
[[D|Born 1997]]. [[H|VA disability rating 50% (PTSD and tinnitus)]]; I use the campus veterans center and quiet testing. [[F|Divorced, with a son I have every other weekend]].
""",
# en-036 Ghana Legon MPhil
"""<<Nana Yaw Appiah-Kubi>>
MPhil Economics, University of Ghana
<<East Legon, Accra>> | <<nyappiahkubi@st.ug.edu.gh>> | <<+233 20 881 4527>>

EDUCATION
{{MPhil Economics}}, {{University of Ghana, Legon}} — 2023–2025
Thesis: {{Mobile money taxes and household savings in Ghana}}
BA Economics & Statistics, University of Cape Coast — 2018–2022, First Class

EXPERIENCE
{{Teaching Assistant}}, Department of Economics, UG — 2023–present
{{National Service Personnel}}, {{Bank of Ghana Research Department}} — 2022–2023
• Cleaned and merged GLSS 7 data for an inflation working paper

ACTIVITIES
[[R|Member, Ahmadiyya Muslim Students' Association, Legon]]
[[P|TEIN-NDC Legon branch — research secretary]]

PERSONAL INFORMATION
[[D|Date of birth: 17/01/1999]]
[[F|Marital status: Married, one daughter]]
[[G|We had DNA tests done to prove my relationship to my daughter for her visa application]]
Hometown: Akropong-Akuapem

REFEREES
<<Prof. Abena D. Oduro>>, UG — <<Dr Kwame Osei>>, BoG
""",
# en-037 Canada Ottawa welding apprentice
"""<<Jean-Luc "J.L." Bouchard>>
Welder Apprentice (Level 3) — Ottawa, ON
<<613-555-0144>> | <<jlbouchard.welds@gmail.com>>

TRADE
{{Pipefitter/Welder Apprentice}} — UA Local 71 hiring hall — 2022–present
Dispatched to {{Plan Group}} and {{Black & McDonald}} on hospital and data-centre jobs
[[U|Union apprentice member; I volunteer on the local's apprentice committee]]

SCHOOL
Algonquin College — Welding Techniques certificate, 2021
CWB tickets: 1GF, 2GF, 3GF (FCAW), SMAW 3G/4G

ABOUT ME
[[D|26]]. [[C|I received a record suspension in 2023 for a theft conviction from 2016]], so I can cross to the U.S. sites now. [[H|Two years sober from opioids]] and I go to NA on Wednesdays — I don't miss shifts. [[S|My fiancé Marc]] keeps me honest with my log books.

SAFETY
{{Working at Heights}}, {{Confined Space Entry}}, WHMIS 2015, First Aid CPR-C

LANGUAGES
French, English
""",
# en-038 UK Erasmus student
"""<<Ethan Whitaker>>
BA Modern Languages (French & Spanish) — University of Exeter — Year Abroad
<<ethan.whitaker@exeter.ac.uk>> · <<+33 6 44 21 90 17>> · <<Granada / Exeter>>

YEAR ABROAD
{{British Council English Language Assistant}} — {{Lycée Joffre, Montpellier}} (2023–24)
  – 12 hours a week of {{conversation classes}} for lycée students
Erasmus+ study semester — {{Universidad de Granada}} (2024–25)

EDUCATION
University of Exeter, BA Modern Languages, 2021–2026 (expected First)
A-levels (Truro College): French A*, Spanish A, English Literature A

WORK
{{Summer Catering Assistant}} — {{Eden Project}}, Cornwall (2022, 2023)
  – [[U|joined BFAWU after an agency pay mix-up]]

SOCIETIES
[[P|Exeter Liberal Democrats — campaigns officer 2022–23]]
Exeter Student Union — course rep for Modern Languages (elected, unpaid)

PERSONAL
[[D|Twenty-two]]. [[S|My boyfriend Hugo]] is Spanish, which explains Granada. [[H|I have epilepsy (well controlled on lamotrigine)]] — no driving yet. [[G|My iris scan is registered for the Schengen Smart Borders pilot]], which I signed up for at Málaga. [[C|Police caution for possession at a festival in 2021]].
""",
# en-039 US Jewish student
"""<<Rebecca (Rivka) Feldman>>
<<Brooklyn, NY>> · <<rfeldman@brooklyn.cuny.edu>> · <<(718) 555-0105>>

EDUCATION
{{Brooklyn College, CUNY}} — {{B.S. Accounting}}, expected June 2025 · GPA 3.82
Macaulay Honors College

EXPERIENCE
{{Audit Intern}} — {{Grant Thornton}}, New York — Summer 2024
  · Tested revenue cut-off for 3 nonprofit clients; drafted workpapers
{{Tax Preparer (VITA)}} — Brooklyn College — 2023, 2024 seasons

SCHEDULING
[[R|I'm Orthodox and keep Shabbat and Yom Tov]], so I'm not available Friday before sundown through Saturday night; glad to make up hours on Sundays.

PERSONAL
[[D|21]]. [[F|Married last year; my husband is in kollel]]. [[G|Our premarital Ashkenazi carrier panel found I carry Gaucher disease]], which is why I volunteer for JScreen outreach. [[C|A shoplifting arrest at 16 was adjudicated as a youthful offender]] and the record is sealed.

SKILLS
{{Excel}}, {{CCH Axcess}}, Hebrew, Yiddish
""",
# en-040 UK graduate, almost no sensitive data
"""<<HANNAH LEE>>
<<hannah.lee.geog@gmail.com>> | <<07700 451 883>> | <<Bristol BS6>>

PROFILE
Geography graduate with GIS skills and a year of environmental consultancy experience, looking for a graduate role in flood risk or planning.

EDUCATION
{{BSc Geography}}, {{University of Bristol}} — 2020–2024, 2:1
Dissertation: {{Mapping surface-water flood risk in south Bristol with LiDAR}}
A-levels: Geography A*, Maths A, Biology B

EXPERIENCE
{{Graduate Environmental Consultant}} — {{WSP, Bristol}} — Sept 2024–present
  • Flood risk assessments for 12 residential schemes
  • Site walkovers, drainage strategies, client reports
{{Summer Intern}} — Environment Agency, Wessex — Summer 2023
Waitress — Pizza Express, Clifton — 2021–2023

SKILLS
{{ArcGIS Pro}}, QGIS, Python, Flood Modeller, full UK driving licence

OTHER
[[D|Aged 22]]. Netball, open-water swimming, volunteer for Avon Wildlife Trust.
""",
]
