CVS = [
# 001 UK ex-rugby player moving into S&C coaching, athletic résumé with stats table
"""
{c|TOMOS PRICE-EVANS}
{c|Cardiff CF11} | {c|07700 914 286} | {c|tomos.pe@protonmail.com}

PROFILE
Former back-row forward, 94 professional appearances, now moving into strength and conditioning. {hea|Retired at 29 after a third ACL reconstruction on the left knee} and spent the rehab year studying for my {k|UKSCA accreditation}.

PLAYING RECORD
| Season | Club | Apps | Tries |
| 2015-18 | {k|Cardiff Rugby} | 41 | 7 |
| 2018-22 | {k|Bristol Bears} | 53 | 11 |
{k|Wales U20} cap {age|at 18}, Grand Junior tour 2014.

COACHING
{k|Academy S&C Coach, Ospreys} (2023-present)
- Built return-to-play protocols with the physio team for 22 academy players
- GPS load monitoring (Catapult), force-plate testing

MEMBERSHIP
{tu|Rugby Players' Association member throughout my playing career; player rep for the Bristol squad 2020-22}.

PERSONAL
{fam|Married to Ffion, two boys under five}. Welsh speaker. {rel|Sing with the chapel choir at Ebenezer on Sunday evenings}.

REFERENCES
{c|Dr Siân Morgan}, Head of Performance, Ospreys
""",
# 002 Irish GAA coach, coaching CV with licence levels
"""
{c|Ciarán Ó Dálaigh} — GAA Coach & Games Development Officer
{c|Ennis, Co. Clare} · {c|+353 87 441 2093} · {c|ciaran.odalaigh@eircom.net}

COACHING QUALIFICATIONS
• {k|GAA Foundation Award} (2012), {k|Award 2 Coaching Children} (2015), {k|Award 3 Adult Player} (2019)
• {k|Safeguarding 1 & Children's Officer training} — I deliver the club's Garda vetting paperwork for new mentors

EXPERIENCE
{k|Games Development Officer, Clare GAA} — 2017 to date
Run Cúl Camps for 900 children each summer; coordinate hurling nurseries in 14 clubs.
Senior hurling selector, Sixmilebridge, 2021-2023.

A NOTE ON MY GAP (2014)
{cri|I received a conviction for drink-driving in 2014} and lost my licence for two years; I cycled to every session and it changed how I talk to young players about choices.

OTHER
{fam|Separated; I share custody of my daughter Aoife}.
{pol|Canvassed for Sinn Féin in the 2020 general election}.
{age|Still hurling junior B at 44}.

Referee: {c|Mr Pádraig Hehir}, County Secretary
""",
# 003 US college athlete -> athletic trainer, bullet-heavy
"""
{c|Jasmine T. Okafor-Reid}
{c|Columbus, OH} • {c|(614) 555-0172} • {c|jokaforreid@gmail.com} • {c|linkedin.com/in/jasmineokaforreid}

ATHLETIC TRAINER, MS, ATC

EDUCATION
• MS Athletic Training, {k|The Ohio State University}, 2022
• BS Kinesiology, 2020 — four-year letter winner, women's basketball (Big Ten)

CLINICAL
• {k|Graduate Assistant Athletic Trainer}, Ohio State Football, 2020-22
• {k|Head Athletic Trainer, Westerville North High School}, 2022-present
• {k|Concussion baseline testing (ImPACT) for 400 student-athletes}
• {k|Emergency action plans and sickle cell trait screening program for incoming freshmen}

PERSONAL NOTES
• {gen|I carry sickle cell trait myself — found at my own NCAA screening}
• {eth|First-generation Nigerian American; my parents came from Enugu in 1994}
• {hea|Type 1 diabetic since age 12, on a pump}, which is why I'm strict about hydration protocols
• {fam|Engaged, wedding planned for June}
• Member of {rel|Faith Bible Church}, where I coach the youth league
""",
# 004 Canadian hockey player into agency, LinkedIn-style About
"""
{c|Marc-Antoine Lheureux} | {c|Winnipeg, MB} | {c|marc.lheureux@shaw.ca}

About
I played 7 seasons of pro hockey — {k|AHL (Manitoba Moose)} and two in the {k|ECHL} — before a string of concussions ended things. {hea|After my fourth diagnosed concussion, and months of post-concussion headaches,} the doctors and I agreed it was time. I'm now {k|Player Development Coordinator at Hockey Manitoba}, and I bring a player's view to every conversation.

I'm {eth|Métis, a citizen of the Manitoba Métis Federation}, and I run our Indigenous youth skate program on weekends.

Experience
{k|Player Development Coordinator, Hockey Manitoba} (2021–)
• Built a U15 skills pathway for 37 rural associations
• {k|Respect in Sport certification delivery for parents and coaches}

In the AHL {tu|I was a PHPA member and sat on the Moose team committee for two years}.

Also
{age|Born 12 March 1992}. {fam|Dad to twins, Léa and Noah}. {sex|My husband Daniel and I} met volunteering at the Winnipeg Pride Run, which we still organise.
""",
# 005 Australian swimming coach, para-sport
"""
{c|Bridget Sorensen}
{c|Chermside QLD 4032} — {c|0412 883 017} — {c|bsorensen.coach@outlook.com}

CAREER SUMMARY
Head coach of a para-swimming squad and former Paralympian. {hea|Classified S9 after losing my lower right leg to osteosarcoma at 14}; I swam two Paralympic Games before coaching.

COACHING LICENCES
{k|Swimming Australia Gold Licence Coach} (2021) | {k|ASCTA Silver} (2016) | {k|Para-swimming classification awareness}

EMPLOYMENT
2018–now  {k|Head Coach, Chandler Para Performance Squad}
  - Eight swimmers on the national team; prepared athletes for classification panels in Brisbane
2014–2018 {k|Assistant Coach, Brisbane Grammar swim program}

PARALYMPIC RESULTS
| Games | Event | Place |
| London 2012 | 100m backstroke S9 | 4 |
| Rio 2016 | 400m freestyle S9 | 6 |

PERSONAL
{age|Debuted for the Dolphins aged 16}. {sex|Partner: Kate (we married in 2019, the first year we could)}. {rel|Practising Lutheran}.
""",
# 006 Kenyan runner -> coach, federation form
"""
ATHLETICS KENYA — COACH REGISTRATION FORM

Name: {c|Josphat Kiprono Cheruiyot}
Postal address: {c|P.O. Box 412-30100, Eldoret}
Mobile: {c|+254 722 608 114}
Email: {c|jkcheruiyot.running@gmail.com}
{age|Date of birth: 03/05/1986}
{eth|Community: Nandi (Kalenjin)}
{fam|Marital status: Married, four children}
{rel|Religion: Africa Inland Church}

Athletic background: Marathon, PB 2:07:41 (Rotterdam 2013). Member of {k|Iten High Altitude Training Camp}; {k|Berlin Marathon pacemaker} 2016-2018.

Coaching level: {k|World Athletics CECS Level II}, 2019.

Current post: {k|Head Coach, Kaptagat Elite Camp} (2018 to present). 14 athletes, including two sub-2:06 marathoners.

Declaration of previous sanctions:
{cri|Served a two-year ban (2015–2017) following an adverse finding for norandrosterone}. I now lecture every new athlete at the camp on {k|ADAK anti-doping education}.

Biological passport: {gen|My own Athlete Biological Passport profile remained under AIU review until 2017}.

Referee: {c|Mr. Barnaba Korir}, Athletics Kenya Nairobi branch
""",
# 007 Nigerian football journalist
"""
{c|OLUWASEUN ADEBAYO-COLE}
Sports Journalist / Football Analyst
{c|Surulere, Lagos} | {c|0803 552 9187} | {c|seun.adebayocole@yahoo.com}

PROFILE
Ten years covering the NPFL, Super Eagles and Super Falcons for print, radio and digital. I explain tactics to people who learned football on the street, as I did.

EXPERIENCE
{k|Senior Football Correspondent, Complete Sports} — 2019–present
• Covered AFCON 2019, 2021 and 2023 from host cities
• {k|Investigation on age-fraud in the Golden Eaglets (MRI wrist scans)}, shortlisted for the Nigeria Media Merit Award
{k|Presenter, Brila FM} — 2014–2019

SKILLS
{k|Live commentary (English/Yoruba)}, data viz, match reports to deadline

MEMBERSHIPS
{k|Sports Writers Association of Nigeria (SWAN)}; {tu|member of the Nigeria Union of Journalists, Lagos Council chapel}

PERSONAL DETAILS
{age|Age: 34}
{rel|Religion: Islam — I fast through Ramadan, including match days}
{fam|Married with one son}
State of origin: {eth|Ogun (Yoruba)}
""",
# 008 Jamaican sprinter moving into sports admin
"""
{c|Shanice Whyte-McLeod}
{c|Kingston 6, Jamaica} · {c|876-555-0143} · {c|shanicewm@gmail.com}

Sprinter turned administrator. I'm ready to use what I learned in 12 years on the track to run programmes that keep athletes safe.

ATHLETICS
{k|MVP Track Club} 2010–2020. 100m PB 11.02. {k|Relay silver, CAC Championships}. Champs finalist for Vere Technical {age|at 15}.

WORK
{k|Programme Officer, Jamaica Anti-Doping Commission} (2021–present)
– Educational outreach in 60 high schools
– Whereabouts training for national pool athletes
{k|Administrative Assistant, JAAA} (2020–21)

A candid word: {hea|two hamstring tears and a bout of anorexia in 2018} ended my track career; I talk openly about the second to schoolgirls.

Qualifications: {k|BSc Sport Management, University of Technology, Jamaica}

Outside work: {fam|mother of a four-year-old}, {rel|usher at Boulevard Baptist}, and {pol|PNP Women's Movement volunteer in St Andrew South}.

Reference — {c|Mrs. Carolyn Dawkins}, JADCO
""",
# 009 India kabaddi player -> PE teacher, bio-data style
"""
BIO-DATA

Name                : {c|Sandeep Singh Dhillon}
Address             : {c|H.No. 221, Ward 7, Moga, Punjab 142001}
Mobile              : {c|98150 44721}
E-mail              : {c|sandeepdhillon.pe@rediffmail.com}
{age|Date of Birth       : 14-08-1990}
{rel|Religion            : Sikh}
{eth|Category            : SC (Mazhabi Sikh)}
{fam|Marital Status      : Married, one daughter}

Qualification       : {k|B.P.Ed., Punjabi University, Patiala}; {k|NIS Certificate Course in Kabaddi}
Sports record       : {k|Circle-style kabaddi}, Punjab state team 2010–2016; raider. Selected for the India camp {age|at 21}.

Experience          : {k|Physical Education Teacher, Govt. Senior Secondary School, Dharamkot} (2017–present)
                      {k|Khelo India talent scouting, Moga district}

Health              : {hea|Knee surgery (meniscus) 2016; fit for all PE duties}

Union               : {tu|Member, Government Teachers Union Punjab}
Attendance          : {gen|My thumb impression is registered on the e-Punjab school biometric attendance}

Declaration: I hereby declare that the above information is true.
Place: Moga
""",
# 010 New Zealand netball physio
"""
{c|Aroha Tipene-Walsh} — Sports Physiotherapist
{c|Hamilton 3204} | {c|021 448 9036} | {c|aroha.tw@xtra.co.nz}

I'm a physio who treats netballers for a living, and I spent my twenties as one. {eth|Ngāti Porou on my father's side, Pākehā on my mother's}, I grew up playing on the marae courts before making the {k|Waikato Bay of Plenty Magic} squad.

Work
2020–  {k|Lead Physiotherapist, Waikato Bay of Plenty Magic}
2016–20 {k|Physiotherapist, Sports Medicine Waikato}
  • {k|ACL injury prevention programme (NetballSmart) for 1,200 secondary-school players}
  • {k|Pitch-side concussion assessment (SCAT6)}

Qualifications
{k|BHSc Physiotherapy, AUT} · {k|Post-grad Cert Sports Medicine, University of Otago}

Me
{hea|I have coeliac disease}, so team catering and I know each other well. {fam|Solo mum of Manaia (7)}. {sex|Co-captain of the Hamilton Rainbow Netball team}. {age|Turning 36 this year}. {pol|Te Pāti Māori member since 2020}.

Referees on request.
""",
# 011 UK referee, bullet heavy
"""
{c|DARREN AKINOLA}
Football Referee — National List
{c|Leyton, London E10} · {c|07811 223 904} · {c|d.akinola.ref@gmail.com}

REFEREEING
• {k|Level 2 Referee (National List), The FA} — 2019 onwards
• {k|Professional Game Match Officials Limited (PGMOL)} — fourth official, Championship
• 280+ matches across Vanarama National League and EFL
• {k|Refereeing mentor, London FA Referee Development Programme}

DAY JOB
• {k|Operations Manager, Transport for London} (2012–present)

NOTES FOR SELECTORS
• {hea|Asthma, controlled with a preventer inhaler}
• {eth|British Nigerian}, one of few Black officials on the list; I speak at {k|Kick It Out workshops}
• {tu|Unite rep for my depot since 2016}
• {rel|Observe Sunday as Sabbath where appointments allow}
• {fam|Two teenage daughters, both referee juniors}
• {age|Age 41}, comfortably inside the fitness bands

Reference: {c|Mr Keith Stroud}
""",
# 012 Scottish football club community manager - hard negatives Celtic
"""
{c|Roisin McElhinney}
{c|Glasgow G31} | {c|07932 116 804} | {c|roisinmcelhinney@icloud.com}

Community & Inclusion Manager

EXPERIENCE
{k|Inclusion Manager, Celtic FC Foundation} (2020–present)
- Runs {k|Celtic FC Foundation's walking-football programme for men with dementia}
- {k|Anti-sectarianism education with Nil By Mouth in 45 schools}
- Partnership with Scottish FA on the {k|LGBT Charter for football}
{k|Community Coach, Partick Thistle Trust} (2015–2020)

QUALIFICATIONS
{k|SFA Children's Licence}; BA Community Development, Strathclyde.

ABOUT ME
My dad came over from Donegal; {eth|we're Irish Travellers on his side}. {rel|I was raised Catholic and still go to Mass at St Michael's, Parkhead}. {sex|I'm a founding member of Hampden Collective (LGBTQ+ football club)} and played in their first league season.

{cri|A 2013 breach-of-the-peace conviction from a derby day} is on my PVG record; it's disclosed and I'm happy to discuss it.

Referee: {c|Mr Tony Hamilton}
""",
# 013 US esports player -> team manager
"""
{c|Kevin "Lumen" Tran}
{c|Garden Grove, CA} | {c|kevin.tran.gg@gmail.com} | {c|(714) 555-0183} | {c|twitch.tv/lumen_gg}

ABOUT
Ex-pro Valorant and CS:GO player, 6 years on stage, now running team ops. {age|Signed my first pro contract at 17}, before I'd finished high school.

ESPORTS CAREER
| Years | Org | Role | Best finish |
| 2016-19 | {k|Cloud9 Academy} | entry fragger | NA Challengers 2nd |
| 2020-22 | {k|TSM} | IGL | VCT Masters top 8 |

NOW
{k|Team Manager, 100 Thieves Valorant} (2023–)
• {k|Scrim scheduling, travel, visas for 10 players and staff}
• {k|Player wellness program with sports psychologist}

WHY I STOPPED PLAYING
{hea|Repetitive strain injury in my right wrist, two surgeries in 2022}, plus {hea|burnout and panic attacks} I now speak about on panels.

OTHER
{eth|Son of Vietnamese refugees (boat people, 1980)}. {pol|Volunteer for the Democratic Party phone bank in Orange County}. {sex|I'm bi and part of the Gaymers at TwitchCon meetups}.
""",
# 014 Australian AFL player development / chaplain hard negative
"""
{c|Jacob Tuilagi}
{c|Footscray VIC 3011} · {c|0431 227 560} · {c|jtuilagi@bigpond.com}

PLAYER WELLBEING MANAGER

Career
2019–     {k|Player Wellbeing Manager, Western Bulldogs}
2015–2019 {k|Team Chaplain, Sport Chaplaincy Australia (St Kilda Saints)}
2010–2014 Listed player, 23 AFL games (Carlton, St Kilda)

Highlights
- {k|Rolled out the AFL Mental Health and Wellbeing Strategy across 44 players}
- Mentored {k|AFL Players' Association development managers} on transition planning
- Built a Pasifika engagement program with Western Bulldogs Community Foundation

Personal
{eth|Samoan-Australian, parents from Apia}; {rel|I'm an ordained elder in the Congregational Christian Church of Samoa}. {tu|AFLPA delegate for Carlton in 2012}. {cri|A 2011 AFL Tribunal referral was followed by a Magistrates' Court fine for assault outside a nightclub}, which I mention because it's how I came to chaplaincy. {fam|Married, three kids}.

Quals: {k|Diploma of Ministry}; {k|Mental Health First Aid Instructor}.
""",
# 015 UK sports scientist with genetic testing hard negatives
"""
{c|Dr Hannah Lister-Quayle}, PhD
Sports Scientist | {c|Loughborough LE11} | {c|hannah.lq@sportsci.me} | {c|orcid.org/0000-0002-7713-4410}

SUMMARY
Applied physiologist with eight years in Olympic sport. I used to row (GB U23 {age|at 20}), so I know what a 2k test costs.

POSITIONS
• {k|Senior Physiologist, English Institute of Sport} — 2019 to present
• {k|Research Associate, Loughborough University} — 2015 to 2019

RESEARCH
• {k|ACTN3 genotype and sprint performance in elite rowers}
• {k|Heat acclimation protocols for Tokyo 2020 (GB Rowing)}
• {k|Female athlete health: menstrual-cycle tracking in 140 athletes}

PERSONAL
{gen|I had my own ACTN3 and ACE genotypes sequenced as a pilot participant (RR/ID)}, which made me sceptical of consumer talent tests.
{hea|Treated for relative energy deficiency (RED-S) and stress fractures while rowing}.
{sex|Civil partnership with Jo since 2018}.
{pol|Green Party member, Charnwood branch}.

Referees: {c|Prof. Keith Tolfrey}, {c|Dr Ana Rees}
""",
# 016 Kenyan sports administrator / federation staff
"""
{c|Grace Wanjiru Mwangi}
{c|Kileleshwa, Nairobi} — {c|0711 502 983} — {c|gwmwangi@kenyarugby.org}

CAREER OBJECTIVE
A sports administrator with 9 years in federation offices seeking a Competitions Manager role.

EMPLOYMENT HISTORY
Jan 2019 – present: {k|Competitions Officer, Kenya Rugby Union}
  • {k|Kenya Cup fixtures, referee appointments and disciplinary hearings}
  • {k|Coordinated World Rugby eligibility paperwork for the Kenya Sevens squad}
Mar 2015 – Dec 2018: {k|Administrative Officer, Kenya Volleyball Federation}

EDUCATION
{k|BCom (Sports Management), Kenyatta University}, 2014

PERSONAL INFORMATION
{age|Year of birth: 1991}
{fam|Married; one son aged 3}
{eth|Kikuyu from Murang'a}
{rel|Member, PCEA St Andrew's Church}
{tu|Member of KUDHEIHA} during my years at the volleyball federation.
{hea|HIV positive and on treatment; fully fit for duty}.

REFEREES
1. {c|Mr. Thomas Odundo}, Kenya Rugby Union
""",
# 017 Canadian Olympic speed skater -> sports psychologist, LinkedIn style
"""
{c|Naomi Kaur Sidhu}, M.A.
Mental Performance Consultant | {c|Calgary, AB} | {c|naomi@sidhumentalperformance.ca}

About
I skated long track for Canada at two Olympics. I now help athletes with what I struggled with myself: {hea|I was treated for major depression and an eating disorder after Sochi}. I'm a {k|Certified Mental Performance Consultant (CSPA)} and work out of the institute in Calgary.

I'm {rel|Sikh and keep my kesh}, and I ran the first {k|athlete faith-and-culture sessions at Canadian Sport Institute Calgary}. {eth|My parents came to Brampton from Ludhiana in 1985}.

Experience
• {k|Mental Performance Consultant, Canadian Sport Institute Calgary} (2019–)
• {k|Speed Skating Canada national team}, 2010–2018; {age|first World Cup at 19}

Advocacy
{tu|AthletesCAN board member, representing national-team athletes}, 2015–2018.
{pol|Ran for the Alberta NDP nomination in Calgary-Varsity in 2019}.

Education
{k|M.A. Sport Psychology, University of Ottawa}
""",
# 018 Irish boxer -> youth worker, gap explanations
"""
{c|JASON "JJ" WARD}
{c|Moyross, Limerick} · {c|085 772 3319} · {c|jjward.boxing@gmail.com}

Boxing coach and youth worker. Amateur boxer with 112 bouts; Irish elite champion at 64kg (2012).

WHAT I'VE DONE
2018 – now | {k|Youth Worker, Limerick Youth Service}
  - {k|Boxing-based early intervention for teenagers referred by Youth Diversion Projects}
2016 – 2018 | {k|Coach, St Francis Boxing Club}
Qualifications: {k|IABA Level 2 Coach}, {k|QQI Level 6 Youth Work}

GAPS
2013 – 2015 | {cri|Served 14 months in Limerick Prison for a public order and assault matter}. {age|I was 21}. Boxing is what got me back.
2015 | {hea|Residential treatment for alcohol dependence, Bushypark}; sober since.

ABOUT ME
{eth|I'm a Traveller, raised on a halting site on the Childers Road}. {fam|Engaged to Bridget; our son is 2}. {rel|Pioneer pin since my confirmation, and I do the Knock pilgrimage every August}.

Reference: {c|Fr. Tony O'Riordan}
""",
# 019 Jamaican cricket coach, bullet heavy
"""
{c|Dwayne O. Campbell}
{c|Mandeville, Manchester, Jamaica} | {c|876-555-0199} | {c|dwayne.campbell.cricket@gmail.com}

HIGH PERFORMANCE CRICKET COACH

Playing
* Jamaica Scorpions 2004–2015: 71 first-class matches, 3,412 runs
* {k|West Indies A tour to India 2009}
* {age|Made first-class debut just after my 18th birthday}

Coaching
* {k|Head Coach, Jamaica Scorpions Academy} — 2019–present
* {k|CWI Level 3 Coach}; {k|ECB Advanced Coach (Level 3)}
* {k|Biomechanical bowling action analysis (Quintic)}

Honest bits
* {hea|Hip replacement in 2021; no longer bowl in the nets}
* {rel|Rastafarian — I keep my locks and an ital diet on tour}
* {tu|Was a WIPA (West Indies Players' Association) member and represented the Jamaica squad in the 2014 contract dispute}
* {fam|Divorced, father of three}
* {gen|I was tested for Marfan syndrome after my brother's diagnosis (negative)}

Reference: {c|Mr Jimmy Adams}
""",
# 020 US volleyball coach, LGBTQ and faith
"""
{c|Coach Taylor M. Brennan}
{c|Lincoln, NE 68508} | {c|402-555-0126} | {c|taylor.brennan.vb@gmail.com}

HEAD COACHING CANDIDATE — WOMEN'S VOLLEYBALL

COACHING HISTORY
2021–present  {k|Associate Head Coach, University of Nebraska at Kearney}
2016–2021     {k|Assistant Coach, Creighton University}
2012–2016     Club director, Omaha Heat VBC

CREDENTIALS
{k|USA Volleyball CAP Level II}; {k|SafeSport Trained}; {k|NCAA recruiting certification}

NOTABLE
- Two NCAA Division II tournament appearances
- Built a {k|Title IX compliance checklist for athletic department travel}

PERSONAL
{sex|My wife, Morgan, is an assistant AD at another school}, so I'm open about it when recruits ask. {rel|We attend a United Church of Christ congregation}. {gen|My 23andMe results showed a BRCA1 variant}, and I had preventive surgery in 2023. {hea|Back to full duties six weeks after the double mastectomy}. {age|I'm 38}.
""",
]
