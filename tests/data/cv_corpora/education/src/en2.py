CVS = [
"""
CURRICULUM VITAE — {C:Tomás Byrne-Haddad}
{C:Apt 1204, Marina Gate 2, Dubai Marina} | {C:+971 55 902 4418} | {C:tomas.byrnehaddad@gmail.com}

{K:Head of Secondary Science}, {K:Repton School Dubai} (2019–)
{K:Biology Teacher}, {K:Loreto College, Crumlin, Dublin} (2012–2019)

Highlights
• Built the {K:IB Biology genetics unit} (pedigrees, PCR, ethics of screening)
• KHDA inspection lead for science, rated Outstanding 2023
• Ran {K:Islamic Studies and Arabic liaison} with the Ministry-mandated department on timetabling

Personal
{DB:Age 38}. {ET:Irish-Lebanese (Lebanese father)}. {SO:I relocated with my husband, Karim}, which I mention because it matters for visa sponsorship in the UAE: {FA:we are registered as a married couple in Ireland only}.
{GB:My iris and fingerprints are enrolled for Emirates ID and the Smart Gate}.
{GB:I am a known carrier of cystic fibrosis (ΔF508)}, found when my sister was tested.
""",
"""
Ruth Abernethy-Kerr
{C:31 Cregagh Park, Belfast BT6 9LD} · {C:028 9079 4412} · {C:ruth.ak@gmail.com}

INTEGRATED EDUCATION · SENCO

2016– {K:SENCO and Head of Learning Support}, {K:Lagan College} (integrated, Belfast)
 – Managed statutory assessments with the Education Authority; {K:Shared Education programme} with Protestant and Catholic partner schools
 – Pupils with dyspraxia, ASD, cerebral palsy; wrote medical plans with the school nurse for epilepsy and diabetes
2009–2016 Teacher of English, Ashfield Girls' High School

{K:Postgraduate Certificate in SEN Coordination, Stranmillis University College}

Personal
{RE:Brought up Presbyterian, now a member of a Quaker meeting}.
{TU:UTU member; staff rep on the JNC for three years}.
{PO:Alliance Party activist}.
{FA:Partner Aidan; no children}.
{CR:In 2002 I was cautioned by the RUC for criminal damage during a flag protest} — {DB:aged 16}; disclosed to AccessNI.
Also: {K:Certificate in Restorative Practice}; chair of the EA inclusion network.
""",
"""
Teacher Application – Section 7: Supporting statement

Name: {C:Priyanka Seth}        Post: {K:Teacher of Computing (MPS)}
School: {K:Harris Academy Peckham}

I studied {K:BSc Computer Science, University of Warwick} and worked three years at a fintech before training through {K:Teach First}. In my ECT years I introduced {K:Python programming club for girls} and a unit on facial-recognition ethics and surveillance.

I also co-lead our trust's staff network. {SO:As a gay woman of colour}, I know how much visible role models mean. {ET:My parents came from Gujarat via Kenya in 1972}.

I need to declare: {HE:I have bipolar disorder, well managed with lithium}, and I may need occasional time for blood tests. Occupational health has cleared me.

{RE:I am not religious; I was raised Jain}, but I happily support our Diwali assembly.

{DB:Date of birth: 09.12.1995}
Contact: {C:priyanka.seth@outlook.com} / {C:07384 662 019}
""",
"""
KWABENA ADDO
{C:Leeds LS8} | {C:07944 611 302} | {C:kwabena.addo@hotmail.co.uk}

ROLE SOUGHT: {K:Behaviour Mentor / Alternative Provision}

WORK
{K:Learning Mentor}, {K:Leeds City Academy} — 2019–
 • Caseload of 25 students at risk of exclusion; restorative practice
 • {K:Prevent and county-lines awareness sessions}
 • Referrals to Children's Social Care (about pupils)
{K:Youth Support Worker}, {K:Youth Offending Service, Bradford} — 2015–2019

PERSONAL
I've got a record: {CR:convicted of affray in 2009, 6 months suspended}. It's spent now but comes up on enhanced checks. {GB:My DNA profile was kept on the national database until 2013}. {DB:35 years old}. {ET:Ghanaian heritage, born in Leeds}. {RE:Committed Christian, Church of Pentecost Leeds}. {FA:Married to Abena, three kids}.
Training: {K:Trauma-informed practice (Level 2)}; {K:Level 2 boxing coach} at a community gym in Chapeltown, where I run free sessions for 12–16s on Saturday mornings.
""",
"""
Dr Helen Strachan
{C:Glasgow G12} · {C:helen.strachan@gmx.co.uk}

UNIVERSITY ADMINISTRATION

{K:Head of Student Conduct and Appeals}, {K:University of Strathclyde}, 2018–
 – Case management for academic misconduct, fitness-to-practise and complaints
 – Worked with {K:Disability Service on reasonable adjustments}
{K:Senior Administrator, School of Education}, University of Glasgow, 2010–2018
 – Admin for PGDE: PVG checks for 400 student teachers a year

PhD History (Glasgow, 2008).

Personal
{DB:b. 1979}. {FA:Married, one stepdaughter}. {TU:UCU branch secretary (2015–2018)} — declared as a potential conflict for the conduct role. {PO:SNP member since 2014}. {SO:Wife: Dr Morag Strachan}. {GB:I have haemochromatosis confirmed by HFE gene testing}, treated with venesection.
Committees: {K:Senate Assessment Regulations Working Group}; trained in Mental Health First Aid. Research interest: history of Scottish teacher-training colleges.
I enjoy choral singing and volunteer at the Glasgow Women's Library.
""",
"""
LAUREN O'CONNELL, M.Ed.
{C:Worcester, MA 01605} | {C:508-555-0129} | {C:lauren.oconnell.sped@gmail.com}

Special Education Teacher (Moderate Disabilities, 5–12)

{K:Worcester Public Schools}, {K:Burncoat Middle School} — Special Education Teacher, 2016–present
 • IEP case manager for 14 students (autism, ADHD, specific learning disabilities)
 • Co-teach ELA in an inclusion classroom; {K:Wilson Reading System certified}
{K:Paraprofessional}, {K:St. Peter-Marian Junior-Senior High School} (Catholic), 2012–2014

Education: {K:M.Ed. Special Education, Fitchburg State University}

Affiliations: {TU:Educational Association of Worcester (building rep)}.
{HE:I have Tourette syndrome}, which helps me connect with my students.
{FA:Mother of three, divorced}. {RE:Active in my Catholic parish (lector)}.
Other: {K:Crisis Prevention Institute (CPI) certified}; coach girls' JV softball and run a lunchtime social-skills group. {PO:Volunteer phone-banker for the Massachusetts Democratic Party in 2020}.
References available on request from my principal.
""",
"""
Abdul-Rahman Yusuf
Islamic Studies and Arabic Teacher
{C:Bradford BD8} · {C:07455 288 130} · {C:ar.yusuf.teacher@gmail.com}

Current: {K:Teacher of Islamic Studies and Arabic}, {K:Feversham Girls' Academy}, Bradford (2017–)
 • GCSE Arabic; {K:AQA Religious Studies A (Islam and Christianity)}
 • Led the {K:Ofsted-commended British values and citizenship curriculum}
Previously: Supply teacher across Bradford LA

BA Arabic and Islamic Studies, University of Leeds; PGCE (Secondary RE), Leeds Trinity.

Personal
{RE:I am a practising Muslim and hafiz of the Qur'an}. {ET:Born in Mogadishu; came to Bradford aged seven}. {FA:Married with four children}. {DB:Aged 41}.
Union: {TU:NASUWT}.
Disclosure: {CR:conditional discharge in 2005 for a public-order offence}.
I also lead our {K:interfaith assembly programme with Bradford Cathedral}. {GB:I have sickle-cell disease (HbSS)} and occasionally need a day's leave during a crisis.
""",
"""
MEGAN DAVIES-THORNE
{C:Bristol BS5} | {C:meg.dt@gmail.com}

NURSERY MANAGER

{K:Nursery Manager}, {K:Little Acorns Day Nursery}, Bristol — 2019–
• 62 children 0–5; Ofsted Good (2022); EYFS
• {K:Designated Safeguarding Lead}, making referrals to First Response
• Managed {K:staff DBS renewals and Childcare Disqualification declarations}

{K:Level 5 Diploma in Leadership for the Children's Workforce}

About me
{DB:I'm 44}. {FA:Mum of two teenagers; my partner is a firefighter on shifts}. {HE:I manage fibromyalgia} with a flexible rota. {GB:I did a 23andMe test in 2021} and run our nursery's "Family Trees" topic with it in mind. {PO:Green Party local candidate in Easton (2021)}.
Previous: Room Leader, Busy Bees Clifton, 2012–2019. {CR:I have a spent caution for shoplifting from 2001}, declared to Ofsted.
References available from the nursery owner.
""",
"""
Owen Gallagher
{C:Derry~Londonderry} · {C:07840 115 632} · {C:o.gallagher@btinternet.com}

YOUTH WORKER — Cross-community and LGBTQ+ youth

{K:Youth Worker}, {K:Education Authority Youth Service, North West} — 2017–
• Ran {K:Peace4Youth cross-community programmes}
• Co-facilitated {K:LGBTQ+ youth group "Out-Side-In"} and trans awareness training for teachers
{K:Sessional Worker}, {K:Foyle Down Syndrome Trust}, 2014–2017

{K:BSc Community Youth Work, Ulster University}

Me
{SO:I'm a gay man} who grew up in the Bogside. {CR:I have a 2011 conviction for disorderly behaviour} which I disclose and talk about. {HE:I'm HIV positive and undetectable}. {DB:Born 1992}. {RE:Atheist}. {PO:Founding member of People Before Profit in Derry}.
Training: {K:ASIST suicide intervention}; OCN Level 3 in youth mentoring. I have led residential trips to Corrymeela and Ballycastle.
Interests: sea kayaking on Lough Foyle and playing bodhrán in a trad session.
""",
"""
STATEMENT IN SUPPORT OF APPLICATION — Deputy Headteacher, {K:Manchester Islamic High School for Girls}

I have taught Mathematics for fourteen years and for the last five I have been {K:Assistant Headteacher (Curriculum)} at {K:Oldham Academy North}. I have led our {K:EAL programme for newly arrived Roma and Syrian pupils}, our PSHE review and the introduction of {K:statutory RSE following parental consultation}.

As a convert, {RE:I embraced Islam in 2010}. {ET:My mother is Irish and my father Trinidadian}. {FA:I am a mother of five and my husband is a GP}.

I am aware the school requires full disclosure: {HE:I had treatment for breast cancer in 2021}; {GB:genetic testing found a PALB2 variant}. My {K:NPQSL} was completed during treatment.

{DB:I am 46}.
{C:Sakina (Claire) Ahmed} — {C:sakina.ahmed@gmail.com} — {C:07791 440 288}
""",
"""
Liam Tremblay-Sinclair
{C:Calgary, AB} | {C:403-555-0198} | {C:liam.ts@telus.net}

PRINCIPAL — K–9

{K:Principal}, {K:Calgary Board of Education}, Ernest Morrow School — 2018–present
 • Led Indigenous education plan with Elders in residence
 • {K:Management-side lead in local ATA grievance mediation}
 • {K:Gender and sexuality alliance (GSA) support under the Education Act}
{K:Assistant Principal}, Calgary Catholic School District — 2011–2018

{K:M.Ed. Educational Leadership, University of Calgary}

Personal
{SO:My partner Daniel and I} have {FA:two adopted children}. {ET:I'm Métis, registered with the Métis Nation of Alberta}. {DB:51 years of age}. {HE:I stutter}, and I've found it makes me a better listener. {GB:My fingerprints are on file with the RCMP} for vulnerable sector checks.
Community: I coach Special Olympics floor hockey and sit on the board of a francophone daycare in the northwest of the city.
""",
"""
Application form — {K:Teaching Assistant (Level 2)}, {K:Norfolk County Council}

A. Personal
Surname: {C:Pratt}   Forenames: {C:Daniel James}
Address: {C:9 Elm Close, Dereham NR19 1TF}
Tel: {C:07700 118 549}

B. Employment history
2020–now  {K:Midday Supervisor}, {K:Northgate High School}
2016–2020 Warehouse operative, Bernard Matthews
2014–2016 {CR:In custody at HMYOI Warren Hill}

C. Education
Functional skills English and Maths L2; {K:Level 2 Certificate in Supporting Teaching and Learning}.

D. Supporting information
I want to help lads like I was. I know how easy it is to go wrong. {HE:I have ADHD and take medication}.

E. Rehabilitation of Offenders
{CR:Conviction for burglary, 2014, 18 months DTO}. {DB:I was 16}.

F. Equality monitoring: ethnicity {ET:White Gypsy/Traveller}; religion {RE:Christian}; sexual orientation {SO:Bisexual}.
G. Reference: {C:Mr Ian Cole}, Site Manager, Northgate High School.
""",
"""
Dr. Anjali Menon
{C:anjali.menon@ucdavis.alumni.org} | {C:Davis, CA}

ACADEMIC ADVISOR / STUDENT AFFAIRS

{K:Director of Undergraduate Advising}, {K:UC Davis College of Letters and Science} — 2015–present
 – Title IX coordination; accommodations with the {K:Student Disability Center}
 – Created {K:first-generation and DACA student support program}
{K:Academic Advisor}, Santa Clara University — 2009–2015

{K:Ph.D. Education, Stanford University}

Personal
{DB:Born in 1976 in Kochi}; {ET:naturalized US citizen (2008)}. {RE:Syro-Malabar Catholic}. {FA:Married, one son}. {GB:My son and I both have Marfan syndrome, confirmed by FBN1 testing}; {HE:I've had aortic root surgery}. {TU:Member of UAW 4811's academic staff unit}.
Service: {K:NACADA Region 9 steering committee}; reviewer for the Journal of College Student Development. {PO:Elected Democratic delegate to the Yolo County Central Committee}.
Languages: Malayalam, Hindi, English.
""",
"""
Roisin Devlin — Primary Teacher, relocating to Melbourne
{C:roisindevlin.teach@gmail.com} · {C:+353 85 771 2038}

Registered: Teaching Council (Ireland); VIT application lodged.

EXPERIENCE
{K:Primary Teacher}, {K:Scoil Mhuire gan Smál, Blarney} (Catholic ethos) — 2015–2024
 – Junior infants to 2nd class; {K:Aistear play-based curriculum}
 – {K:Grow in Love religious education programme} and First Communion preparation
{K:Resource Teacher}, 2019–2021 – pupils with dyslexia, DCD and autism

B.Ed Mary Immaculate College (2015).

Personal
{DB:Aged 32}. {SO:Moving with my fiancée Jess, who is Australian}. {FA:No children}. {TU:INTO member, former staff rep}. {RE:Left the Catholic Church after the referendum, now not religious}. {PO:Campaigned for Together for Yes in 2018}.
Interests: Gaelic football coaching; {K:Irish-language drama club} for 5th and 6th class; sea swimming at Myrtleville.
Available from January 2025.
""",
"""
JONATHAN EZE, MA
{C:jonathan.eze@gmail.com} | {C:London SE15} | {C:07912 330 675}

School Counsellor

{K:School Counsellor}, {K:Place2Be}, placed at {K:St Michael's Catholic College, Bermondsey} — 2018–
 • Therapeutic work with students aged 11–18: anxiety, self-harm, bereavement, identity
 • Child-protection referrals to Southwark MASH
{K:MA Integrative Counselling}, Roehampton; BACP accredited.

Personal
{DB:DOB: 19/06/1984}. {ET:Nigerian (Igbo) by birth, British citizen since 2012}. {HE:I had two years in therapy for PTSD after the Ladbroke Grove crash}. {RE:Regular at Redeemed Christian Church of God}. {FA:Separated; co-parent my daughter}. I run the {K:staff LGBT+ allies training}.
{GB:My prints were taken by the Home Office for my BRP in 2008}.
Training: {K:EMDR Level 1}; clinical supervision with {C:Ms Helen Ward}. {CR:I received a police caution for cannabis possession in 2003}, declared on my DBS.
""",
"""
Claire Hutton
{C:Newcastle upon Tyne} | {C:c.hutton.eyfs@outlook.com}

EYFS LEAD / RECEPTION TEACHER

{K:EYFS Lead}, {K:Westgate Hill Primary School} — 2017–
 – 90% GLD; {K:NELI language programme}; home visits
 – Intimate care plans and toileting for children with Down syndrome and global developmental delay

{K:BA Primary Education with QTS, Northumbria University}

Extra-curricular
Choir: {SO:I sing with Northern Proud Voices, the LGBT choir}
{PO:Labour Party ward secretary, Elswick}
{TU:NEU district committee member}
{DB:Born 14 Aug 1988}
{FA:Single, one child (born 2020 via donor)}; {GB:the donor was screened for genetic conditions and I had carrier screening too}.
Previous: {K:Reception Teacher}, {K:Cragside Primary}, 2011–2017.
Interests: baking, Parkrun at Exhibition Park and singing with the Tyneside community choir on Tuesday evenings.
I would welcome the chance to visit the school and meet the Reception team before interview.
""",
"""
WENDY ABARA-SMITH
{C:Perth, WA} | {C:0438 555 217} | {C:wendy.abarasmith@westnet.com.au}

EDUCATION ASSISTANT (SPECIAL NEEDS)

{K:Education Assistant (Special Needs)}, {K:Kenwick School} — 2014–present
 – Students 12–18 with intellectual disability; PBS plans
 – Manual handling, PEG feeding, {K:Epilepsy Management Plans}
{K:Certificate IV in Education Support}

Working With Children Card: current.
Police clearance: {CR:shows a 1999 conviction for shoplifting}, when I was {DB:nineteen}.

Family and community
{ET:Yamatji on my mother's side}. {FA:Grandmother of four} and carer for my husband. {HE:I have lupus}. {RE:I'm a member of the Uniting Church}. {TU:United Workers Union member}.
Also: {K:Auslan Certificate II}; Team Teach. Interests: lawn bowls and knitting beanies for the NICU at King Edward.
Referees: my deputy principal and the school's visiting physiotherapist.
I am happy to work across both campuses and to support students on community-access outings.
""",
"""
Patrick Ng
{C:patrick.ng.tutor@gmail.com} · {C:Kuala Lumpur} · {C:+60 17-225 8041}

IGCSE / A-LEVEL CHEMISTRY TUTOR

{K:Independent tutor}, 2019– (60+ students, Cambridge International)
{K:Chemistry Teacher}, {K:Garden International School}, KL, 2012–2019
 – {K:Cambridge International AS & A Level Chemistry}; practical endorsement

BSc Chemistry (Imperial College London), PGCE (Nottingham).

Particulars
{DB:Age 40}. {ET:Malaysian Chinese}. {RE:Buddhist}. {FA:Single}.
{SO:I live with my boyfriend of ten years}, so please no family-housing packages.
{HE:Colour blind (red-green)}, I use labelled reagents.
Results: 31 of 34 students achieved A*/A in 2023. Online lessons via Zoom and Google Classroom. At Garden I ran {K:Royal Society of Chemistry Olympiad} preparation and the {K:Duke of Edinburgh's International Award} expeditions. {PO:I volunteered as a polling agent for Pakatan Harapan in 2018}.
Rates on request; group classes of up to four students.
""",
"""
Personal statement (Teacher Training – Secondary History, Wales)

My interest in history grew from my own family. {ET:My grandfather came to Cardiff from Yemen as a seaman}, and I grew up in Butetown hearing about the 1919 riots. As a {K:Teaching Assistant} at {K:Fitzalan High School} I have supported pupils learning English as an additional language and helped plan a unit on {K:Black history in the Welsh curriculum}.

I also volunteer with the {K:Show Racism the Red Card} schools programme.

{RE:I'm a practising Muslim and wear the hijab}; {FA:I'm married and have a little girl}. {HE:I have polycystic ovary syndrome}, but it doesn't affect my work. {PO:I'm a member of Welsh Labour and helped in the Senedd campaign}.

Qualifications: {K:BA History, Cardiff University}.

{C:Yasmin Al-Saidi}, {C:yasmin.alsaidi@gmail.com}, {C:07423 901 556}
""",
"""
Stuart Hendry
{C:Aberdeen AB15} | {C:01224 318 440}

PRINCIPAL TEACHER – MODERN STUDIES

{K:Principal Teacher of Social Subjects}, {K:Hazlehead Academy} — 2014–
 • National 5 and Higher Modern Studies: {K:democracy in Scotland and the UK}, elections, social inequality
 • Organised {K:Scottish Youth Parliament hustings} in school
{K:GTCS registered}

2006–2014 Teacher of History and Modern Studies, Mackie Academy, Stonehaven
 • Ran the school's {K:mock general election} in 2010 and the independence-referendum debate series in 2014
 • Faculty lead for {K:Curriculum for Excellence moderation}

Education
MA (Hons) Politics and History, University of Aberdeen; PGDE Secondary, University of Aberdeen.

Outside school
Hillwalking, Munro bagging (212 so far), and I edit the newsletter of the Aberdeen Humanist Society, because {RE:I'm a humanist} and enjoy the debates.
References available from my current head teacher and the Mackie Academy rector.
""",
]
