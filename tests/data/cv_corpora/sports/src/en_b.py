CVS = [
# 021 Nigerian footballer -> scout, eligibility and passports
"""
{c|Chukwuemeka "Emeka" Obi-Nwankwo}
Football Scout (West Africa) | {c|Independence Layout, Enugu} | {c|+234 809 331 4470} | {c|emeka.obi.scout@gmail.com}

PLAYING CAREER
| Years | Club | League | Apps |
| 2008-11 | {k|Enyimba FC} | NPFL | 64 |
| 2011-15 | {k|Hapoel Be'er Sheva} | Israeli Premier | 88 |
| 2015-17 | Enyimba FC | NPFL | 21 |
Nigeria U17 World Cup squad 2007 — {age|officially 16, and I really was}.

SCOUTING
{k|West Africa Scout, Red Bull Salzburg} (2019–present)
- Identified 11 players signed to the Liefering pathway
- {k|FIFA Clearing House and Article 19 minor-transfer compliance}

NATIONALITY & PAPERS
{eth|Nigerian and Israeli passports (naturalised in 2014)}; {eth|Igbo from Nsukka}.

PERSONAL
{hea|Two cruciate ligament operations (2013, 2016)}.
{rel|Catholic; Knight of St Mulumba}.
{pol|Ward chairman for the Labour Party in Enugu North, 2023 campaign}.
{fam|Married to Adaeze, three children}.

Licences: {k|CAF C Licence}
""",
# 022 Indian esports / cricket analyst, LinkedIn style
"""
{c|Aditi Raghunathan}
{c|Bengaluru, Karnataka} | {c|aditi.r.esports@gmail.com} | {c|+91 98450 12763}

About
Esports caster and former BGMI pro. {age|I turned pro at 18} and played three seasons for {k|GodLike Esports} before moving to the desk. Today I'm a {k|Lead Caster, NODWIN Gaming} and write on the esports economy.

{eth|I'm Tamil Brahmin by birth}, {rel|but I've been an atheist since college}, and {sex|I came out as queer on stream in 2021} — the response made me run the first {k|Women in Esports India bootcamp}.

Highlights
• {k|BGMI Masters Series commentary, 40M peak viewers}
• {k|Anti-cheat education session for the Esports Federation of India}
• {gen|My own iris and face scans were enrolled by the LAN anti-cheat system at the 2022 finals}

Health
{hea|I manage ADHD with medication and a tight schedule}.

Family
{fam|Unmarried; live with my parents in Jayanagar}.
""",
# 023 UK PE teacher, bullet heavy, union
"""
{c|Mr Liam Frobisher}
PE Teacher | {c|Sheffield S8} | {c|07543 208 716} | {c|l.frobisher@teachmail.uk}

TEACHING
• {k|Head of PE, Meadowhead School} (2019–)
• {k|Teacher of PE, Outwood Academy City} (2013–2019)
• {k|GCSE and A-level PE (AQA) exam results 20% above national average}
• {k|Designated Safeguarding Lead deputy}

SPORT
• Semi-pro footballer, Sheffield FC, 2008–2014
• {k|UEFA B Licence}

PERSONAL
• {tu|NEU school rep and branch committee member}
• {hea|Mild cerebral palsy (right hemiplegia)}; I coached a Frame Football team for 3 years
• {sex|Married to my husband Rob, who teaches at a primary in Nether Edge}
• {age|DOB 22/11/1987}
• {cri|Bound over to keep the peace in 2006 after a match-day scuffle}
• {pol|Stood as a Labour candidate for Sheffield City Council in Beauchief ward, 2022}

References: {c|Mrs A. Whitely}, Headteacher; {c|Mr D. Cole}, Sheffield FC
""",
# 024 Australian rugby league player -> NRL welfare, Indigenous
"""
{c|Kurtis Anderson-Mundine}
{c|Dubbo NSW 2830} | {c|0408 441 295} | {c|kurtis.am@outlook.com.au}

PROFILE
{eth|Proud Wiradjuri man} and former NRL back-rower (112 games). {age|Debuted in first grade at 19}. Now working in player wellbeing and community programs.

EXPERIENCE
2020–  {k|Indigenous Programs Coordinator, NRL}
  • {k|School to Work program for 350 Aboriginal students}
  • {k|Vice-chair, NRL Indigenous Players Advisory Committee} (staff seat)
2008–2019 Player, {k|Penrith Panthers}, {k|Canterbury Bulldogs}

WHAT YOU SHOULD KNOW
{cri|I pleaded guilty to a common assault charge in 2013 and received a good behaviour bond}. The club stood by me and I've spoken in 40 schools about it.
{hea|I've had both shoulders reconstructed}.
{tu|I was an RLPA member and player delegate at Canterbury}.

FAMILY
{fam|Partner Shantelle and our four kids}.
""",
# 025 NZ rugby referee, federation form
"""
NEW ZEALAND RUGBY — MATCH OFFICIAL PROFILE

Full name: {c|Samuel Vaifale Lauina}
Home: {c|Ōtāhuhu, Auckland}
Phone: {c|027 319 4402}
Email: {c|sam.lauina.ref@gmail.com}
{age|DOB: 07/09/1989}
{eth|Ethnicity (self-identified): Samoan}

Panel: {k|NZR National Referee Panel}, Level 3 accreditation (2020)
Matches: 96 NPC, 11 Super Rugby (AR), 3 Test ARs
Employer: {k|Community Rugby Manager, Counties Manukau Rugby Football Union}
Other roles: {k|Referee Coach, Auckland Rugby Referees Association} (2021–); {k|World Rugby Level 2 Refereeing Course Educator}; set up the {k|Pasifika referee pathway with Moana Pasifika}.
Outside rugby: {pol|Labour Party delegate to the Māngere electorate conference}.

Fitness & health declarations:
{hea|Cardiac ablation for atrial fibrillation, March 2022; cleared by NZR medical officer}

Faith commitments affecting appointments:
{rel|Seventh-day Adventist: unavailable from sunset Friday to sunset Saturday}

Conduct history:
{cri|Police diversion for a 2010 shoplifting incident; no conviction entered}

Family:
{fam|Married, two sons, one on the way}

Referee assessor: {c|Mr Paul Williams}
""",
# 026 Canadian sports journalist
"""
{c|Élise Thibodeau-Grant}
Sports Reporter | {c|Halifax, NS} | {c|elise.tg@protonmail.com} | {c|902-555-0157}

About
Fifteen years covering hockey, soccer and the Olympic beat. I cut my teeth on the QMJHL for the {k|Chronicle Herald} and now work for {k|CBC Sports}.

Experience
{k|Senior Reporter, CBC Sports} — 2017–present
• {k|Investigative series on abuse in Canadian gymnastics (Gymnasts for Change)}
• Beijing 2022 and Paris 2024 correspondent
{k|Sports Writer, Chronicle Herald} — 2009–2017
• {k|Coverage of the Halifax Mooseheads' 2013 Memorial Cup}

Memberships
{tu|CMG (Canadian Media Guild) steward at CBC Halifax}; {k|Professional Hockey Writers' Association}

Other
{hea|Deaf in my left ear since childhood; I use captions for pressers}. {eth|I'm Mi'kmaw through my mother's side, a member of Sipekne'katik}. {age|Born 1983}. {fam|Mother of three and stepmother of two}, {sex|married to Ruth since 2015}.
""",
# 027 US football player -> financial advisor? keep sports: NFLPA staff hard negative
"""
{c|Marcus D. Whitfield}
{c|Atlanta, GA 30318} · {c|404-555-0164} · {c|marcus.whitfield@nflpa-alumni.org}

PLAYER ENGAGEMENT & TRANSITION

EXPERIENCE
{k|Player Development Director, NFLPA (NFL Players Association)} — 2020–present
• {k|Ran the NFLPA Trust transition program for 300 retiring players}
• Negotiated benefits navigation for disability and neuro-cognitive claims
{k|Regional Sales Manager, Gatorade} — 2016–2020

NFL CAREER
Linebacker, 6 seasons: {k|Atlanta Falcons} (2009–13), Jacksonville (2014). 71 games, 212 tackles.

PERSONAL
{hea|Diagnosed with early CTE-type symptoms — memory lapses and headaches — I'm in the Harvard Football Players Health Study}. {gen|I gave a DNA sample for its APOE genotyping and learned I carry one e4 allele}. I also sit on the {k|NFLPA Former Players Wellness Committee} as staff liaison.
{rel|Deacon at Ebenezer Baptist}.
{cri|Arrested for DUI in 2012, charges later reduced to reckless driving}.
{fam|Divorced; coach my son's Pop Warner team}.
{age|Age 37}.

MBA, {k|Emory University Goizueta Business School}
""",
# 028 UK boxing club / para coach wheelchair basketball
"""
{c|Fatima Zahra Bouazza}
{c|Bradford BD8} | {c|07458 330 912} | {c|fatima.bouazza@coachmail.co.uk}

Community coach and former GB wheelchair basketball player.

{hea|I've been a wheelchair user since a spinal cord injury at 17 (T10 complete)}. {k|International Wheelchair Basketball Federation} classification: {hea|2.0-point player}.

Roles
{k|Disability Sport Officer, Bradford Council} | 2017–present
- {k|Inclusive PE training for 120 primary teachers}
- {k|Supports players through IWBF classification panels}
{k|Player, Sheffield Steelers Wheelchair Basketball} | 2010–2019

Qualifications
{k|BWB Level 2 Coach}; {k|UKCC Level 2 Multi-skills}

Personal
{eth|My parents are from Oujda in Morocco}. {rel|I wear hijab on court and trained through Ramadan for Rio}. {tu|I'm a GMB member at the council}. {fam|Not married; I care for my younger brother}. {sex|Out as gay to my teammates since 2015}. {pol|Stood for the Green Party in Manningham ward in 2023}. I still coach a Saturday junior session.
""",
# 029 Jamaican netball umpire / teacher
"""
{c|Mrs. Tashana L. Gordon-Brown}
{c|Spanish Town, St Catherine} — {c|876-555-0182} — {c|tgordonbrown@jm-mail.com}

PROFESSIONAL SUMMARY
Physical education teacher and international netball umpire with 16 years in schools.

TEACHING
{k|Senior PE Teacher, St Jago High School} (2010–present)
{k|CSEC Physical Education and Sport coordinator}
Coach of the Sunshine Girls development squad camps (2018) and schools netball festivals

UMPIRING
{k|World Netball International Umpire Award (IUA)}
Umpired {k|Commonwealth Games 2022} pool matches
Started the {k|Umpire Mentoring Programme for rural parishes}, now in its fifth year

MEMBERSHIPS
{tu|Jamaica Teachers' Association school representative}; {k|Netball Jamaica Umpires' Association}

PERSONAL
{fam|Married; two daughters at St Jago}
{rel|Member, Spanish Town Seventh-day Adventist Church}
{hea|Lupus in remission since 2019}
{age|Age: 42}
{pol|JLP constituency worker, St Catherine Central}

Referees: {c|Mrs. Elaine Davis}; {c|Dr. Paul Wright}
""",
# 030 Indian hockey player -> SAI coach, state form
"""
CURRICULUM VITAE

{c|Nilima Ekka}
{c|Sector 4, Rourkela, Odisha 769002}
Ph: {c|94371 06625}   Email: {c|nilimaekka.hockey@gmail.com}

{age|D.O.B: 1 Jan 1993}
{eth|Tribe: Oraon (Scheduled Tribe)}
{rel|Religion: Christian (GELC)}
{fam|Marital status: Single}

PLAYING ACHIEVEMENTS
- {k|India women's hockey team}, 2012–2019; 88 caps; {k|Asian Games silver 2018}
- {age|Junior India selection at 15}
- {k|Panposh Sports Hostel} alumnus

PRESENT POSITION
{k|Assistant Coach (Hockey), Sports Authority of India, Sundargarh} — since 2020
- {k|Biometric attendance enrolment for 200 Khelo India trainees}
- {k|SAI Level-1 Coaching Diploma, NIS Patiala}

HEALTH
{hea|Recurrent shoulder dislocation, arthroscopic repair 2019}
{gen|Gender verification (karyotype) testing done before 2014 Commonwealth Games}

PERSONAL NOTE
{sex|I live with my partner Sunita in the coaches' quarters}. I write the hostel's wellbeing sessions myself.

I declare the above information true.
""",
# 031 Ireland camogie / physio, NI
"""
{c|Orla Ní Mhurchú}, MISCP
Chartered Physiotherapist | {c|Newry, Co. Down} | {c|07712 609 835} | {c|orla.nimhurchu@physiomail.ie}

WHO I AM
A sports physio working with GAA and rugby teams on both sides of the border. I played senior camogie for Down until {age|I was 31}.

EXPERIENCE
2018–present: {k|Senior Physiotherapist, Ulster Rugby}
2014–2018: {k|Physiotherapist, Sports Surgery Clinic, Santry}
- {k|Return-to-sport pathway after ACL reconstruction (600+ patients)}
- {k|Team physio, Down senior camogie (volunteer)}

QUALIFICATIONS
{k|MSc Sports Physiotherapy, University of Limerick}

OTHER THINGS
{eth|I hold Irish citizenship only and have never applied for a British passport}. {pol|I've canvassed for the SDLP in South Down}. {hea|I'm in recovery from an eating disorder that began in my teens}. {sex|My partner of 10 years is Niamh}; {fam|no children}, one very old greyhound.

Referee: {c|Dr Gerry Loughran}
""",
# 032 Australian cricket umpire / match referee
"""
{c|Geoffrey "Geoff" Halloran}
{c|Glenelg SA 5045} · {c|0417 562 119} · {c|geoff.halloran@internode.on.net}

CRICKET MATCH OFFICIAL

Summary: Former first-class umpire (47 {k|Sheffield Shield} matches, plus {k|ICC International Panel umpire 2010-2016}) now working as a {k|Match Referee, Cricket Australia}.

Roles
• {k|Match Referee, Cricket Australia} (2019–present)
• {k|Umpire Educator, South Australian Cricket Association} (2012–19)
• {k|Code of Conduct hearings for BBL and WBBL}

Personal
• {age|Aged 63}, retired from on-field work in 2018 when {hea|my eyesight deteriorated after cataract surgery}.
• {fam|Widower; three adult children}
• {rel|Anglican, parish council at St Peter's Glenelg}
• {pol|Liberal Party branch president, Boothby}
• {cri|Convicted of drink-driving in 1996 (long spent)} — declared at every accreditation
• {gen|Took part in the Cricket Australia umpires' DNA heart-risk study and was found to carry familial hypercholesterolaemia}

Reference: {c|Mr Simon Fry}
""",
# 033 UK esports / gaming coach
"""
{c|Priya "Nyx" Chauhan}
{c|Leicester LE4} | {c|priya.chauhan.esports@gmail.com} | {c|07402 118 957}

ESPORTS COACH / ANALYST (League of Legends)

Experience
2022–   {k|Head Coach, Fnatic TQ}
2019–22 {k|Analyst, Excel Esports}
2017–19 Player (support), UK Premier League

Skills
{k|Draft prep, VOD review}, {k|Player welfare planning with British Esports}, Python scripts for match data

Education
{k|BSc Computer Science, De Montfort University}

Personal
{age|21 when I retired as a player}. {eth|Gujarati Hindu family from Uganda, came to Leicester in 1972}. {rel|I keep a vegetarian fast on Navratri even during Worlds bootcamp}. {hea|Autistic — I do my best work with a written agenda}. {sex|My girlfriend is also in the industry}. {gen|For LEC events I had my own face scan enrolled in Riot's venue check-in system}, which I've since asked them to delete. I mentor two women players through the British Esports scheme.
""",
# 034 US baseball / minor league -> strength coach, criminal expunged
"""
{c|Anthony "Tony" Ruiz-Medina}
Strength & Conditioning Coach | {c|San Antonio, TX} | {c|(210) 555-0138} | {c|truizmedina.strength@gmail.com}

CERTIFICATIONS
{k|CSCS (NSCA)} • {k|USAW Level 2} • {k|CPR/AED}

EXPERIENCE
Jan 2021 – present — {k|Minor League Strength Coach, San Antonio Missions}
 ▸ {k|In-season lifting plans for 28 players; bat-speed tracking with Blast Motion}
Aug 2017 – Dec 2020 — {k|Assistant S&C, UTSA Athletics}

PLAYING
Drafted in the 14th round {age|at 18} straight from high school; 5 seasons in the Padres system (AA peak).

THE REST
{cri|A 2014 possession charge was expunged under Texas law in 2019}.
{hea|I'm in long-term recovery from opioid addiction that started with a post-surgery prescription}.
{eth|Son of Mexican immigrants; I became a US citizen in 2011}.
{tu|I carried an MLBPA card during my minor-league years and joined the 2022 organising drive}.
{fam|Married, one daughter}. {pol|I organised for Beto O'Rourke's 2018 Senate run}.
""",
# 035 Nigerian para-powerlifter -> federation
"""
{c|Folashade Ogunyemi}
{c|Ibadan, Oyo State} | {c|0806 221 4478} | {c|folashade.ogunyemi@para-ng.org}

SUMMARY
Paralympic powerlifter turned federation administrator. {hea|Polio in childhood left me with paralysis in both legs}; I lift in the 61kg class.

CAREER
{k|Technical Officer, Nigeria Paralympic Committee} — 2020 to date
• {k|Coordinated World Para Powerlifting classification for 40 athletes at Abuja 2022}
• {k|Athlete whereabouts and TUE administration}
Athlete — Rio 2016 (silver), Tokyo 2020 (5th)
{k|World Para Powerlifting Category 2 Technical Official} since 2021; I also run {k|women-only gym sessions at Liberty Stadium}.

EDUCATION
{k|B.Sc. Human Kinetics, University of Ibadan}

PERSONAL DATA
{age|Date of Birth: 19th April 1990}
{fam|Marital Status: Married}
{rel|Religion: Christianity (Redeemed Christian Church of God)}
{eth|LGA of Origin: Ogbomoso North}
{gen|DNA sample taken for Nigerian sports anti-doping programme passport; no findings}

Referee: {c|Mr. Ifeanyi Nnaji}
""",
# 036 Indian cricket physio, hard negatives
"""
{c|Dr. Rohan Mehta}, BPT, MPT (Sports)
{c|Andheri West, Mumbai 400053} | {c|98200 77341} | {c|rohan.mehta.physio@gmail.com}

PROFILE SUMMARY
Sports physiotherapist, 11 years in cricket. Handled fast-bowler workloads through three IPL seasons.

WORK EXPERIENCE
• {k|Team Physiotherapist, Mumbai Indians} (2019–present)
• {k|Physiotherapist, Kokilaben Dhirubhai Ambani Hospital Sports Medicine Centre} (2013–2019)
• {k|Lumbar stress-fracture screening (MRI) for 60 academy fast bowlers}
• {k|Dope Control Officer training, NADA India}
• {k|BCCI Level A physiotherapy certification}
• Toured with India A to South Africa (2022) as second physio

PERSONAL
{age|34 years}. {rel|Jain; I don't eat after sunset and take Paryushan leave}. {fam|Married; wife is a dentist}. {pol|Member, Aam Aadmi Party Mumbai volunteer wing}. {hea|Migraine, controlled}. {cri|An FIR from a 2015 road-rage incident was quashed by the Bombay High Court in 2017}.

Languages: English, Hindi, Gujarati, Marathi
""",
# 037 Kenyan footballer -> women's football coach
"""
{c|Mercy Achieng Otieno}
{c|Kisumu} | {c|0722 415 903} | {c|mercy.otieno.coach@gmail.com}

CAREER PROFILE
Former Harambee Starlets midfielder (35 caps) and now a women's football coach. {age|First call-up at 17}.

EXPERIENCE
2021 – date: {k|Head Coach, Vihiga Queens FC}
2018 – 2021: {k|Assistant Coach, Kenya U17 Women}
 – {k|Delivered FKF safeguarding and anti-harassment workshop to 12 clubs}
 – {k|CAF B Licence}

EDUCATION
{k|Diploma in Sports Science, Maseno University}

ANYTHING ELSE
{eth|Luo from Siaya}. {sex|I am a lesbian and have a partner of six years}, which is still dangerous to say here. {cri|I was arrested at a 2019 protest in Nairobi and charged with unlawful assembly; case withdrawn}. {pol|Member, ODM Women's League}. {gen|During my playing days I was asked to provide a testosterone and chromosome test before the 2016 Olympic qualifiers}.

Referee: {c|Ms Doris Petra}
""",
# 038 UK sports administrator, county cricket, bullets
"""
{c|James Hadley-Ross}
{c|Chelmsford CM1} · {c|07818 446 211} · {c|james.hadleyross@gmail.com}

CLUB OPERATIONS

• {k|Head of Cricket Operations, Essex County Cricket Club} (2018–present)
• {k|Ticketing & Membership Manager, Chelmsford City FC} (2013–2018)
• {k|Delivered ECB Inclusion and Diversity plan following the 2023 ICEC report}
• {k|Managed the club's Professional Cricketers' Association liaison for contract renewals}
• Licensed: {k|ECB Level 2 Coach}

Background
• Played 2nd XI for Essex and Kent, 2006–2012
• {hea|Retired after a heart condition (hypertrophic cardiomyopathy) was picked up on screening}
• {gen|Genetic testing confirmed an MYBPC3 mutation, and my sister has since been tested}
• {fam|Two children via surrogacy}
• {age|Born 04.02.1988}
• {cri|Received a police caution in 2009 for criminal damage}
• {sex|Co-chair of the club's LGBT+ supporters' group, Pride of Essex, with my husband}

Reference: {c|Mr John Stephenson}
""",
# 039 NZ fitness instructor, LinkedIn style
"""
{c|Mele Fifita}
{c|Porirua, Wellington} | {c|mele.fifita.fit@gmail.com} | {c|022 564 8871}

About
Group fitness instructor, {k|Les Mills BODYPUMP and BODYCOMBAT certified}, and a former Tonga weightlifter. {eth|I'm Tongan-born and moved to Porirua at 9}, so I teach classes in English and Tongan.

{age|I'm 29}. {fam|I'm a mum of three and my eldest is 11}. {rel|On Sundays you'll find me at the Free Wesleyan Church choir}. {hea|I've lived with type 2 diabetes since my second pregnancy, and fitness is how I manage it}.

Experience
• {k|Group Fitness Coordinator, Les Mills Wellington} (2021–)
• {k|Personal Trainer, Porirua Recreation Centre} (2017–2021)
• {k|Pasifika women's strength programme with Te Whatu Ora}

Qualifications
{k|NZ Certificate in Exercise (Level 4)}; {k|REPs registered exercise professional}

Membership
{tu|Member of E tū through my council job}.

Background check
{cri|A Youth Court finding for shoplifting} {age|at 15}, disclosed on my vetting form. {gen|Members scan in with a fingerprint and so do I}.
""",
# 040 Jamaican sprinter -> sports journalist, concise
"""
{c|Andre St. Aubyn Clarke}
Sports Broadcaster | {c|Montego Bay, St James} | {c|andre.clarke.sports@gmail.com} | {c|876-555-0108}

PROFILE
Former sprinter (4x100 relay, World Relays bronze 2015) turned track and field broadcaster. Known for calling Champs live for 8 years.

EXPERIENCE
2016–present | {k|Sports Anchor, Television Jamaica (TVJ)}
2014–2016 | {k|Reporter, The Gleaner}
• {k|Documentary: 'Champs 100' on Jamaica's schoolboy sprint factories}
• {k|Covered the 2016 anti-doping retesting of Beijing 2008 relay samples}

EDUCATION
{k|BA Media & Communication, CARIMAC, UWI Mona}

PERSONAL
{age|Age 33}.
{hea|Retired from sprinting after a torn Achilles in 2014}.
{gen|My Beijing-era samples were among those re-tested; I was cleared in 2017}.
{fam|Father of one; co-parenting with my ex-partner}.
{pol|I've hosted fundraisers for the PNP Youth Organisation}.
{cri|Fined in 2013 for possession of ganja before decriminalisation}.
""",
]
