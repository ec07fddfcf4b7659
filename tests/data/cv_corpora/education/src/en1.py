CVS = [
"""
{C:Hannah Clegg-Morrow}
{C:14 Ashbourne Road, Derby DE22 3FQ} | {C:07700 914 226} | {C:hcleggmorrow@outlook.co.uk}

PERSONAL STATEMENT (PGCE Primary application)
I have spent four years as a {K:Teaching Assistant} at {K:St Werburgh's Catholic Primary School}, where I supported Year 4 through the Come and See RE scheme and helped prepare children for First Holy Communion. Although I am {RE:not a Catholic myself — I was brought up Methodist and still attend chapel}, I value the ethos of care the school embodies.

I first became interested in teaching after my own schooling was disrupted: {HE:I was diagnosed with dyslexia at fourteen}, and a patient SENCO changed everything. That experience shapes how I run {K:phonics interventions using Read Write Inc.} and how I support our pupils with autism and ADHD.

Outside school I coach under-9s netball and am {FA:a single mum to Alfie, who is six}. I am {DB:27}, and the Derby campus means I can do nursery pick-up.

Qualifications: {K:BA (Hons) Childhood Studies, University of Derby}, 2:1; {K:Level 3 Supporting Teaching and Learning}.
Referee: {C:Mrs Joanne Pike}, Headteacher.
""",
"""
EMMANUEL OSEI-BONSU
{C:Emmanuel Osei-Bonsu} · Accra, Ghana · {C:+233 24 481 7735} · {C:e.oseibonsu@gmail.com}

Mathematics teacher, 9 years, WAEC and IGCSE.

EXPERIENCE
2019–present  {K:Head of Mathematics}, {K:Ghana International School}, Accra
 - Raised IGCSE A*–B from 61% to 78%
 - Led the school's {K:safeguarding referrals log} as deputy DSL (referrals about pupils, not staff)
2014–2019  Maths tutor, {K:Presbyterian Boys' Senior High School (PRESEC), Legon}
 - Taught Core and Elective Maths; house master for Aggrey House

EDUCATION
{K:B.Ed Mathematics, University of Cape Coast} (2013)

PERSONAL
Born {DB:3 March 1990}, Kumasi. {ET:Ashanti}. {FA:Married, two daughters}.
{RE:Active member of Ridge Church choir}.
{TU:Member, Ghana National Association of Teachers (GNAT) – branch treasurer 2017–2019}.

I am applying to international schools in the UAE and would relocate with my family.
""",
"""
Teacher Application Form — {K:Cardiff Council} Education Services

1. Personal details
Name: {C:Rhian Beddoe}
Address: {C:7 Heol y Felin, Pontypridd CF37 4LN}
Telephone: {C:01443 552 917}
Email: {C:rhian.beddoe@hotmail.com}

2. Present post
{K:Class Teacher (Year 2), Ysgol Gynradd Gymraeg Castellau}, since Sept 2017.

3. Qualifications
PGCE Primary (Welsh-medium), Cardiff Metropolitan University, 2017. QTS.

4. Professional development
{K:Curriculum for Wales: Health and Well-being AoLE lead}; {K:RSE Code training (relationships and sexuality education)}; Thrive practitioner.

5. Supporting statement
I led our school's move to the new RSE Code, writing parent letters and resources on consent and families. I also introduced {K:Welsh-language Siarter Iaith activities}.

6. Declarations
Do you have any convictions, cautions or reprimands? {CR:Yes — a caution for possession of cannabis, 2012, when I was} {DB:19}. It is disclosed on my EWC registration and DBS.
Do you consider yourself to have a disability? {HE:Yes – Crohn's disease, managed with infusions every eight weeks}.

7. Union membership (optional, for facility time): {TU:NEU}
""",
"""
Sarah-Jane Whitlock — Private Tutor (English & 11+)
{C:Guildford, Surrey} | {C:sj.whitlock.tutor@gmail.com} | {C:07833 402 119}

Tutoring since 2016 for families preparing for the 11+, GCSE English Language and Literature. Previously {K:English teacher, Guildford County School} (2009–2016).

What I offer
- {K:11+ verbal reasoning} and creative writing
- GCSE texts: Macbeth, An Inspector Calls, A Christmas Carol
- Support for students with dyslexia and exam-access arrangements

About me
I left classroom teaching {HE:after a period of burnout and depression in 2015}; tutoring lets me work part-time. {SO:My wife Priya} and I are {FA:raising our son together} — so lessons run 4–7pm weekdays only.

{K:Enhanced DBS on the Update Service}, renewed 2024. {K:Tutors' Association} member.
BA English, Durham; PGCE, Institute of Education.
Reviews on request.
Also offered: {K:Oxford and Cambridge admissions interview practice}, online or in person.
""",
"""
CURRICULUM VITAE
Name: {C:Declan Mulqueen}
Address: {C:22 Tullyvarragh Road, Strabane, BT82 8LE}
Mobile: {C:07712 660 384}

Post applied for: {K:Vice-Principal, St Colman's High School}

Career
2016– {K:Head of Religious Education and Philosophy}, {K:Holy Cross College, Strabane}
2008–16 Teacher of RE and History, St Mary's Grammar School, Magherafelt

Responsibilities
- Delivered {K:CCEA GCSE Religious Studies} and A-level Philosophy of Religion and Ethics
- Coordinated the retreats programme with the diocesan adviser
- Represented management side in {K:Teachers' Negotiating Committee local consultations on workload}

Personal
{DB:Date of birth: 11/07/1979}
{FA:Married to Siobhán, three children}
{RE:Practising Catholic; Eucharistic minister in my parish}
{PO:SDLP member and former branch chair in Strabane}

References: {C:Mr Padraig Lynch}, Principal.
Interests: Gaelic football coaching (U-14s), hill walking in the Sperrins, and {K:Trócaire schools fundraising} with the sixth form. {GB:I took part in the Irish DNA Atlas project in 2016 and gave a saliva sample}.
""",
"""
TES profile — {C:Olivia Antwi}
Location: {C:Lewisham, London}
Current role: {K:SENCO}, {K:Haberdashers' Hatcham College} (primary phase)
Seeking: Assistant Head (Inclusion)

Summary
NASENCo-qualified SENCO with seven years' experience, leading EHCP reviews for 46 pupils with autism, ADHD, Down syndrome and type 1 diabetes. I write individual healthcare plans with the school nursing team and deliver {K:Team Teach de-escalation training}.

Experience
- {K:National Award for SEN Co-ordination} (2019)
- Led {K:EAL and anti-racism programme for 14 languages} across the trust
- Managed annual audit of staff {K:DBS checks and the single central record}

Personal
{ET:Second-generation British Ghanaian}; I speak Twi at home. {HE:I'm autistic myself (diagnosed at 30)}, which I share with pupils when appropriate. {FA:Mum of twins}, part-time Fridays preferred.
{TU:NEU school rep since 2020}.
""",
"""
James R. Kowalczyk
{C:1820 W. Haddon Ave, Chicago, IL 60622} | {C:(312) 555-0187} | {C:jkowalczyk.teach@gmail.com}

HIGH SCHOOL SOCIAL STUDIES TEACHER

Chicago Public Schools, {K:Lincoln Park High School} — 2013–present
- Teach AP Government & Politics and Civics; run the {K:mock election unit} every fall
- Coach the {K:Model UN team} (state finals 2022)
- Helped 400 seniors pre-register to vote (non-partisan)

Certifications: {K:Illinois Professional Educator License (PEL)}, Social Science 6–12.
Education: M.A.T., DePaul University; B.A. History, Loyola.

Other
{TU:CTU delegate for my building} (Chicago Teachers Union).
{CR:Misdemeanor arrest, 2011, at an Occupy Chicago protest – charges dismissed}.
{PO:Precinct captain for the Democratic Party, 32nd Ward}.
Grandson of Polish immigrants; {ET:my parents emigrated from Kraków in 1981}.
Professional development: {K:Facing History and Ourselves} seminar on civic dilemmas; {K:iCivics} curriculum pilot. I live in Wicker Park with {SO:my husband, Rob}.
""",
"""
Kirsty MacLennan
{C:4/2 Comely Bank Row, Edinburgh EH4 1DY} · {C:kirsty.maclennan@btinternet.com} · {C:0131 496 0273}

EARLY YEARS PRACTITIONER

{K:Early Learning and Childcare Practitioner}, {K:City of Edinburgh Council} nursery class, 2018–
- Key worker for 8 children aged 3–5; GIRFEC and Realising the Ambition
- Outdoor learning sessions at Inverleith Park
- Set up a sensory corner for our children with additional support needs

{K:HNC Early Education and Childcare}, Edinburgh College
{K:SSSC registration} (Practitioner)

About me
I am {DB:thirty-four} and {FA:recently separated, with two kids at primary school}. {HE:I wear hearing aids in both ears}, so I sit at the front in training. {SO:My girlfriend and I} volunteer for Edinburgh Pride's family zone.

PVG: current scheme member; {CR:my record shows a 2014 breach of the peace conviction (fine)}.
Also: {K:Makaton Level 2}; {K:Paediatric First Aid}. Interests: wild swimming, ceilidh band.
""",
"""
PERSONAL STATEMENT – School Direct (Secondary Religious Studies)

I want to teach RE because it is the subject where pupils meet difference honestly. Over three years as a {K:Cover Supervisor} at {K:King David High School, Manchester}, a Jewish voluntary-aided school, I have covered lessons on the Shoah, kashrut and Israel's history, and I have sat in on {K:Holocaust education sessions with survivors' families}.

My own path to the subject is a little unusual. {RE:I was raised in an Orthodox Jewish family in Salford and left religious practice at university}; {RE:today I would describe myself as a secular humanist}. I think that makes me careful to present every tradition fairly, including Islam and Sikhism, which our GCSE pupils study.

I hold a {K:BA Theology and Religious Studies, University of Leeds} (2:1). I am {DB:24}. I have {HE:type 1 diabetes and use an insulin pump}, which has never affected attendance.

{C:Noa Feldman-Harris}
{C:noafh@proton.me} · {C:07951 308 772}
Other experience: {K:Youth leader, Habonim Dror summer camps} (three summers). {PO:I'm a Labour Party member and sit on the Jewish Labour Movement's Manchester committee}. {SO:I live with my girlfriend, Tamar}.
""",
"""
Dr Aisha Binti Rahman
{C:aisha.rahman.edu@gmail.com} | {C:+60 12-774 3091} | {C:Petaling Jaya, Selangor}

University Administrator – Academic Registry

Experience
{K:Deputy Registrar (Examinations)}, {K:Universiti Malaya}, 2017–present
- Managed exam timetables for 22,000 students and special arrangements for students with disabilities
- Oversaw {K:biometric attendance rollout for lecture halls} (vendor selection, PDPA compliance)
{K:Academic Affairs Officer}, Taylor's University, 2011–2017

Education: PhD Higher Education Management, UKM (2016).

Personal particulars
IC No.: {C:850912-10-5526}
{DB:Age: 39}
{ET:Race: Malay}
Religion: {RE:Islam}
Marital status: {FA:Married, 3 children}
Health: {HE:Thalassaemia minor – no limitations}; {GB:my daughter and I were both tested for beta-thalassaemia trait in 2020}.
Recent work: I chaired the {K:Special Examination Arrangements Committee}, which approves extra time, readers and separate rooms for candidates with dyslexia, visual impairment and anxiety disorders, and I timetable the Friday prayer break across all faculties. Languages: Malay, English, Mandarin (basic).
""",
"""
Cover letter

Dear Ms Okafor,

I am writing to apply for the post of {K:Youth Worker (Detached Team)} with {K:Leicester City Council Youth Service}.

For five years I have run street-based sessions in Braunstone and Beaumont Leys, working with young people at risk of exploitation, making safeguarding referrals and co-facilitating {K:knife-crime awareness workshops with Leicestershire Police}. I hold the {K:JNC-recognised Level 3 Youth Work qualification}.

I should be upfront: {CR:I served 14 months in HMP Glen Parva for robbery} when I was {DB:18}. Everything I do now comes from that. {HE:I've also been in recovery from alcohol for six years} and attend AA weekly. My Enhanced DBS will show the conviction; my probation ended in 2013.

I'm {ET:mixed Jamaican and white British}, grew up in care in Leicester, and {FA:I'm now dad to a two-year-old}.

Yours sincerely,
{C:Marcus Fennimore}
{C:marcus.fennimore@yahoo.co.uk} · {C:07402 155 604}
Training: {K:Mental Health First Aid (Youth)}; AQA unit awards in mentoring.
""",
"""
BRIDGET NÍ CHONAILL
{C:Baile an Fheirtéaraigh, Co. Chiarraí} | {C:087 441 9023} | {C:bridgetnichonaill@eircom.net}

Primary Teacher (Gaelscoil)

{K:Múinteoir, Gaelscoil Mhic Easmainn, Tralee} — 2012–
- Teach 5th/6th class through Irish; prepare pupils for {K:Sacraments of Confirmation} in line with the Catholic patron's programme
- Lead the {K:Stay Safe programme} and the new {K:SPHE curriculum} in the school

{K:Teaching Council registration}; B.Ed, Mary Immaculate College, Limerick.

Personal
{DB:D.O.B.: 22.05.1986}
{RE:I no longer practise and have asked to opt out of teaching religion}, as permitted under the Education (Admission) Act.
{TU:INTO member, staff representative}.
{PO:Sinn Féin cumann secretary in Dingle}.
{FA:Engaged; wedding planned for summer 2025} ({SO:my fiancée Aoife is a nurse}) – leave already agreed.
Interests: sean-nós singing, sea swimming, and I am the {K:Green-Schools committee coordinator}. {HE:I take medication for an underactive thyroid}, with no impact on work.
""",
"""
Mohammed Al-Hashimi — EFL Teacher
{C:Dubai, UAE} | {C:+971 50 338 2194} | {C:mo.alhashimi.efl@gmail.com}

CELTA (Pass A), DELTA Module 2.

Employment
2020–  {K:English Language Teacher}, {K:GEMS Wellington Academy, Al Khail}
2017–20 {K:IELTS instructor}, British Council Abu Dhabi
2014–17 EFL teacher, Berlitz, Istanbul

Strengths: IELTS band 7+ preparation, {K:Cambridge Young Learners exams}, blended learning, teacher mentoring.

Details
Nationality: {ET:British (born in Baghdad, came to the UK as a refugee aged 9)}
{DB:Born 1987}
Status: {FA:married, wife expecting our first child in March}
I have trained new teachers as a {K:CELTA tutor} and written reading materials for Emirati secondary students. Languages: Arabic (native), English, Turkish (B2).
Police clearance: {CR:a 2015 fine in Istanbul for taking part in an unauthorised demonstration appears on my record}.
""",
"""
Application for Learning Support Assistant
{C:Ffion Rees-Price} – {C:Swansea SA1} – {C:07521 930 441}

Relevant work
{K:Learning Support Assistant}, {K:Ysgol Crug Glas} (special school), 2021–now
- 1:1 support for a Year 9 pupil with profound autism; Makaton, PECS
- Gastrostomy feeding and epilepsy rescue medication (trained by school nurse)
- Manual handling, {K:Team Teach Level 2}

Why me
Being {HE:a wheelchair user since a spinal injury at sixteen} gives me real insight into access. I drive an adapted car and can attend off-site trips.

Personal
{FA:Divorced, no children}. {RE:Member of the Baha'i community in Swansea}. I volunteer with Swansea Bay Pride ({SO:I'm bi and out at work}).

Declaration: I have no unspent convictions. DBS: enhanced, children's barred list, 2021.
Previous: {K:Playworker}, {K:Swansea Council after-school clubs}, 2018–2021; {K:Level 3 Diploma in Specialist Support for Teaching and Learning}.
""",
"""
Anthony Laverty, BA, PGCE, NPQH
{C:anthony.laverty@icloud.com} | {C:07866 120 548} | {C:Bolton, Greater Manchester}

HEADTEACHER

{K:Headteacher, St Osmund's Church of England Primary School}, Bolton — 2015–present
- Led school from RI to Good (Ofsted 2018) and SIAMS Excellent
- {K:Negotiated restructure with NEU and NASUWT branch officers as employer's representative (management side)}
- Introduced {K:collective worship led by pupil chaplains}
- Commissioned {K:external DBS and Section 128 checks for all governors}

Deputy Head, Holy Trinity CE Primary, Wigan — 2009–2015

{K:NPQH}, 2014.

Personal
{DB:Age 52}. {RE:Lay reader in the Church of England, licensed 2004}. {FA:Widowed in 2019; two adult sons}. Politics: {PO:former Liberal Democrat town councillor in Horwich (2007–2011)}.
{GB:Carrier of the BRCA2 mutation, identified through family testing in 2017}; {HE:prophylactic surgery in 2018}.
""",
"""
JENNA MCALLISTER — Substitute Teacher & Paraprofessional
{C:Halifax, NS} | {C:902-555-0146} | {C:jenna.mcallister@eastlink.ca}

EDUCATION
{K:B.Ed (Elementary), Mount Saint Vincent University}, 2022
Nova Scotia Teacher's Certificate

EXPERIENCE
{K:Substitute Teacher}, {K:Halifax Regional Centre for Education} — 2022–present
- Grades P–6; French Immersion where needed
{K:Educational Program Assistant}, Dartmouth South Academy — 2019–2022
- Supported students with ADHD and Down syndrome; wrote daily behaviour logs

VOLUNTEER
Big Brothers Big Sisters mentor.
{ET:Mi'kmaw, member of Millbrook First Nation} – I help run the {K:Mi'kmaw language immersion club} for our students.

PERSONAL
{FA:Mom to a 4-year-old}; {FA:expecting my second baby in November}, so looking for a term position from January. {TU:NSTU member}.
Interests: powwow dancing, writing {K:Treaty Education resources} for teachers. {GB:I gave a DNA sample to a Mi'kmaw community genomics study in 2021}.
""",
"""
NAME: {C:Gareth Ll. Pugh}
ADDRESS: {C:Bryn Teg, Llanidloes SY18 6JB}
PHONE: {C:01686 412 338}

APPLICATION: {K:School Business Manager}, {K:Powys County Council}

Employment
2012– {K:Bursar}, {K:Llandovery College} (independent)
- Payroll for 140 staff; managed union check-off for NASUWT and ATL as employer
- {K:Safer recruitment: DBS and overseas police checks on all new staff}
2005–12 Finance officer, Aberystwyth University

Qualifications: {K:CSBM (Certificate of School Business Management)}, AAT Level 4.

Additional information
{DB:DOB 02/02/1971}. {SO:Civil partnership with Huw (2009)} – {FA:we have no children}; Huw and I live in Llanidloes.
{PO:Plaid Cymru member; I stood as a county council candidate in 2017}.
{HE:I had a heart bypass in 2021 and am fully recovered}.
Interests: male voice choir (second tenor) and delivering {K:governor finance training for Powys schools}.
""",
"""
Ms. Grace Nartey-Ofori
School Nurse
{C:Brampton, ON} · {C:grace.nartey.rn@gmail.com} · {C:(905) 555-0134}

PROFILE
Registered nurse (CNO) with 11 years in public health, the last six as a {K:School Health Nurse} with {K:Peel Public Health}. I run immunization clinics, anaphylaxis and {K:diabetes management plans}, sexual-health education for grades 7–8 and consultations on suicide-risk referrals.

EXPERIENCE
2018–present  School Health Nurse, Peel Public Health
2013–2018  RN, Pediatrics, William Osler Health System

EDUCATION
{K:BScN, York University}

PERSONAL NOTE
I came to Canada from Ghana in 2006; {ET:I'm a naturalized Canadian citizen}. {RE:I'm a Seventh-day Adventist, so I don't work Friday evening to Saturday sundown}. {GB:I carry the sickle-cell trait}, which I talk about openly in our clinics. {FA:Married, three children}.
Other training: {K:Anaphylaxis and epinephrine auto-injector training for school staff}; suicide-prevention gatekeeper (safeTALK).
""",
"""
Personal statement — Graduate Teacher Programme, {K:Teach For Australia}

I grew up in Dubbo and I am {ET:a proud Wiradjuri woman}. My nan went to a mission school; I want to teach in the schools she couldn't.

For two years I have worked as an {K:Aboriginal Education Officer} with the {K:NSW Department of Education} at Dubbo College, running {K:Aboriginal cultural-studies electives} and supporting students through HSC. I've organised Sorry Day assemblies and NAIDOC week.

Before that I had a hard few years. {CR:I was convicted of drink-driving in 2016}; {HE:I've been sober since 2017}. I disclosed this for my Working With Children Check, which was granted.

I am {DB:31}, {FA:living with my partner Tom and his son}. I completed a {K:Bachelor of Arts (History), Charles Sturt University} part-time.

{C:Tahlia Kennedy} · {C:tahlia.k@bigpond.com} · {C:0412 555 903}
""",
"""
Nuala Breathnach
{C:Salthill, Galway} | {C:086 205 7771} | {C:nualab.guidance@gmail.com}

GUIDANCE COUNSELLOR (post-primary)

{K:Guidance Counsellor}, {K:Coláiste Iognáid (Jesuit), Galway} — 2014–present
- One-to-one counselling incl. bereavement, self-harm, gender identity and exam stress
- CAO and DARE/HEAR applications; link with CAMHS and Tusla on child-protection concerns
- Designed the school's {K:LGBT+ inclusion policy and Rainbow Week}

{K:Postgraduate Diploma in Guidance Counselling, University of Limerick}; IGC member.

A little about me
{HE:I've used counselling myself after postnatal depression}, and I'm open about it. {FA:Married to Ciarán, two small boys}. {TU:ASTI member} and {PO:volunteer canvasser for the Labour Party in Galway West}.
Previous: {K:Career Guidance Teacher}, {K:Presentation College Athenry}, 2009–2014.
Vetting: {CR:I have a 2008 conviction for a public-order offence at a Shell to Sea protest in Rossport}, disclosed to the National Vetting Bureau.
""",
]
