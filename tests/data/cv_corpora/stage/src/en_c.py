from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("021", """
KWAME ASANTE-BROOKS
Academy Football Coach
Moss Side, Manchester M14  ·  07412 555 903  ·  kwame.ab.coach@gmail.com

DOB 20/12/1992  ·  Dual nationality: British and Ghanaian  ·  Full UK licence

COACHING
U14 Lead Coach, Manchester City Academy (2020-present)
 - Weekly periodised sessions for 18 players; individual development plans
 - Delivered Kick It Out anti-racism and anti-discrimination workshops to every academy age group
 - Ran the Ramadan fasting-and-training protocol with the club nutritionist for Muslim scholars
Community Coach, City in the Community (2016-2020)
 - Walking football for over-60s; disability football sessions with Manchester FA

PLAYING
Scholar, Bolton Wanderers (2009-2011). My career stopped at 19 when a screening ECG flagged a cardiac problem; I had an ICD fitted and moved into coaching.

QUALIFICATIONS
UEFA B Licence · FA Youth Module 3 · BSc Sports Coaching, Manchester Metropolitan University · FA Safeguarding

PERSONAL
The same academy screening found I have sickle-cell trait. I pray Jummah on Fridays and arrange my session plan around it. Engaged to Abena; our first baby is due in May. I have a 2013 conviction for affray from a night out when I was twenty; it is spent and DBS-declared.
""",
 [(D, "DOB 20/12/1992"), (E, "Dual nationality: British and Ghanaian"),
  (H, "a screening ECG flagged a cardiac problem; I had an ICD fitted"),
  (G, "I have sickle-cell trait"), (R, "I pray Jummah on Fridays"),
  (F, "Engaged to Abena; our first baby is due in May"),
  (C, "I have a 2013 conviction for affray"), (D, "when I was twenty"), (D, "stopped at 19")],
 ["U14 Lead Coach, Manchester City Academy",
  "Delivered Kick It Out anti-racism and anti-discrimination workshops",
  "Ran the Ramadan fasting-and-training protocol with the club nutritionist for Muslim scholars",
  "Walking football for over-60s; disability football sessions with Manchester FA",
  "UEFA B Licence", "BSc Sports Coaching, Manchester Metropolitan University",
  "Scholar, Bolton Wanderers"],
 ["KWAME ASANTE-BROOKS", "Moss Side, Manchester M14", "07412 555 903", "kwame.ab.coach@gmail.com"]),

("022", """
Thandeka Mokoena
Documentary photographer
Braamfontein, Johannesburg 2001 | 072 555 0381 | thandeka@mokoenaphoto.co.za

Age: 37.

Projects
'Salaah' (2019-2021) - Friday prayers in the mosques of Fordsburg and Mayfair; exhibited at the Market Photo Workshop and in the Mail & Guardian
Johannesburg Pride, 2014-2023 - annual documentation commission for the Mail & Guardian and GALA Queer Archive
'The Long Queue' - voters at the 2019 and 2024 general elections in Soweto and Alexandra (Reuters stringer)
Treatment Action Campaign archive - digitisation of 12,000 protest negatives (2017)

Employment
Freelance since 2011 · Staff photographer, The Star (2008-2011)

Training
Market Photo Workshop, Advanced Programme in Photography (2007)

Exhibitions
'Salaah', Goodman Gallery project room, 2022
'Queue', Joburg Photo Umbrella, 2024

Personal
I am a lesbian and have photographed the community I belong to. I am HIV-positive and undetectable, and I have worked with TAC since my own diagnosis. I was an ANC Youth League branch member from 2008 to 2014 and left the party after Marikana. Arrested during a #FeesMustFall march in 2016 and charged with public violence - acquitted in 2017.
""",
 [(D, "Age: 37."), (S, "I am a lesbian"), (H, "I am HIV-positive and undetectable, and I have worked with TAC since my own diagnosis"),
  (P, "I was an ANC Youth League branch member from 2008 to 2014 and left the party after Marikana"),
  (C, "Arrested during a #FeesMustFall march in 2016 and charged with public violence - acquitted in 2017")],
 ["'Salaah' (2019-2021) - Friday prayers in the mosques of Fordsburg and Mayfair",
  "Johannesburg Pride, 2014-2023 - annual documentation commission for the Mail & Guardian and GALA Queer Archive",
  "'The Long Queue' - voters at the 2019 and 2024 general elections",
  "Treatment Action Campaign archive - digitisation of 12,000 protest negatives",
  "Staff photographer, The Star", "Market Photo Workshop, Advanced Programme in Photography (2007)"],
 ["Thandeka Mokoena", "Braamfontein, Johannesburg 2001", "072 555 0381", "thandeka@mokoenaphoto.co.za"]),

("023", """
Elena Markovic, PhD
Curator - Holocaust and genocide collections
Silver Spring, MD 20910 · (301) 555-0172 · emarkovic.curator@gmail.com · linkedin.com/in/elenamarkovic

Summary: museum curator (born 1985) who turns archives into exhibitions people remember. Ten years with survivor testimony, objects and the families who lend them.

Experience
Curator, United States Holocaust Memorial Museum, Washington DC - 2016-present
 · Lead curator, 'Americans and the Holocaust' travelling edition (2021-2023)
 · Built the oral history collection of Roma and Sinti survivors (86 interviews)
 · Provenance research on 400 objects donated by second-generation families
Assistant Curator, Museum of Jewish Heritage, New York - 2013-2016

Education
PhD History, Yale University (dissertation on the Jasenovac camp)
BA History and German, Georgetown University

Gaps
Maternity leave, March 2019 - January 2020. In 2021 I learned I am a BRCA1 carrier and took three months off for a preventive double mastectomy. Both completely behind me.

Other
Languages: German, Serbo-Croatian, reading Yiddish. My wife and I co-chair the parents' board at our daughter's Montessori.
""",
 [(D, "born 1985"), (F, "Maternity leave, March 2019 - January 2020"), (G, "I am a BRCA1 carrier"),
  (H, "a preventive double mastectomy"), (S, "My wife and I")],
 ["Curator, United States Holocaust Memorial Museum",
  "Lead curator, 'Americans and the Holocaust' travelling edition",
  "Built the oral history collection of Roma and Sinti survivors (86 interviews)",
  "Provenance research on 400 objects donated by second-generation families",
  "Assistant Curator, Museum of Jewish Heritage", "PhD History, Yale University",
  "reading Yiddish"],
 ["Elena Markovic", "Silver Spring, MD 20910", "(301) 555-0172", "emarkovic.curator@gmail.com",
  "linkedin.com/in/elenamarkovic"]),

("024", """
Pádraig Ó Dochartaigh (Patrick Doherty)
Broadcaster and presenter
Andersonstown, Belfast BT11 · 028 9555 0684 · paddy.doherty.broadcast@gmail.com

Aged 52 · Married to Aoife, three teenagers

BROADCASTING
Presenter, 'Talkback', BBC Radio Ulster (2012-present)
 - Daily phone-in on Stormont, the Brexit and Irish border negotiations, legacy inquests
 - Co-presented the 2017 and 2022 Assembly election results programmes
Reporter, BBC Newsline (2003-2012): Orange Order parades disputes, flags protest, Ardoyne
Producer, Raidió Fáilte, Irish-language community radio (1998-2003)

EDUCATION
BA Irish and Politics, Queen's University Belfast · NCTJ Diploma

MEMBERSHIPS
I was the NUJ father of the chapel at BBC Belfast, 2015-2018.

DECLARATION OF INTERESTS (as the BBC requires)
I was brought up Catholic in West Belfast and still go to Mass at St Agnes'. In 2011, before joining the BBC full-time, I stood as a Sinn Féin candidate in the council election; I resigned my party membership in 2012.
""",
 [(D, "Aged 52"), (F, "Married to Aoife, three teenagers"),
  (U, "I was the NUJ father of the chapel at BBC Belfast, 2015-2018."),
  (R, "I was brought up Catholic in West Belfast and still go to Mass at St Agnes'"),
  (P, "I stood as a Sinn Féin candidate in the council election; I resigned my party membership in 2012")],
 ["Presenter, 'Talkback', BBC Radio Ulster",
  "Daily phone-in on Stormont, the Brexit and Irish border negotiations, legacy inquests",
  "Co-presented the 2017 and 2022 Assembly election results programmes",
  "Reporter, BBC Newsline (2003-2012): Orange Order parades disputes, flags protest, Ardoyne",
  "Producer, Raidió Fáilte, Irish-language community radio",
  "BA Irish and Politics, Queen's University Belfast", "NCTJ Diploma"],
 ["Pádraig Ó Dochartaigh", "Patrick Doherty", "Andersonstown, Belfast BT11", "028 9555 0684",
  "paddy.doherty.broadcast@gmail.com"]),

("025", """
Shanique Brown-Thompson
Dancer · Choreographer · Teacher
Mona, Kingston 7, Jamaica · (876) 555-0149 · shanique.bt.dance@gmail.com

Born 3 March 1995 in May Pen, Clarendon

PERFORMANCE
Principal Dancer, National Dance Theatre Company of Jamaica (2016-present)
 - Leading roles in Rex Nettleford's 'Kumina' and 'Gerrehbenta'
 - Choreographed 'Kumina Suite' (2022), drawing on Kumina ritual and drumming from St Thomas
 - Toured to Toronto, New York and Havana
Dancer, L'Acadco (2013-2016)

TEACHING
Dancehall and contemporary workshops, Edna Manley College School of Dance (adjunct)
Movement coach for the Jamaica Observer Youth Choir's 'Sankey' gospel concerts

EDUCATION
Diploma in Dance Education, Edna Manley College (2016)
CSEC Dance, St Jago High School

NOTES
I was born with scoliosis and had spinal fusion surgery at fourteen, which is why my lifts are assessed carefully. I'm a Seventh-day Adventist, so I don't perform from Friday sunset to Saturday sunset; I make it up in rehearsal hours. Mother of a six-year-old boy who travels with me when he can.
""",
 [(D, "Born 3 March 1995"), (H, "I was born with scoliosis and had spinal fusion surgery at fourteen"),
  (R, "I'm a Seventh-day Adventist, so I don't perform from Friday sunset to Saturday sunset"), (F, "Mother of a six-year-old boy")],
 ["Principal Dancer, National Dance Theatre Company of Jamaica",
  "Choreographed 'Kumina Suite' (2022), drawing on Kumina ritual and drumming from St Thomas",
  "Dancehall and contemporary workshops, Edna Manley College School of Dance",
  "Movement coach for the Jamaica Observer Youth Choir's 'Sankey' gospel concerts",
  "Diploma in Dance Education, Edna Manley College (2016)", "Dancer, L'Acadco"],
 ["Shanique Brown-Thompson", "Mona, Kingston 7, Jamaica", "(876) 555-0149", "shanique.bt.dance@gmail.com"]),

("026", """
Deirdre Cullinane
Head Coach - Special Olympics Ireland, Munster Region
Ballincollig, Co. Cork · 087 555 3318 · deirdre.cullinane@eircom.net

DOB: 1979

WHY I COACH
My son has fragile X syndrome, and when the genetics service tested me I turned out to be a premutation carrier. He is why I walked into my first Special Olympics session in 2010; thirteen years later I run the region's athletics programme.

COACHING
Head Coach, Special Olympics Ireland - Munster (2016-present)
 • 140 athletes with intellectual disabilities across 9 clubs; selection for the 2023 World Games, Berlin
 • Inclusive coaching CPD for mainstream clubs with Athletics Ireland
Volunteer Coach, Ballincollig Stars (2010-2016)

QUALIFICATIONS
Athletics Ireland Level 3 Coach · Special Olympics Coach Education Level 2 · Garda vetting (2023)
BSc Physiotherapy, University College Cork

ELSEWHERE
Church of Ireland parishioner; I sing in the St Fin Barre's Cathedral voluntary choir.
Canvassed for the Social Democrats in Cork North-West at the 2020 general election.
""",
 [(D, "DOB: 1979"), (G, "My son has fragile X syndrome"), (G, "I turned out to be a premutation carrier"),
  (R, "Church of Ireland parishioner; I sing in the St Fin Barre's Cathedral voluntary choir"),
  (P, "Canvassed for the Social Democrats in Cork North-West at the 2020 general election")],
 ["Head Coach, Special Olympics Ireland - Munster",
  "140 athletes with intellectual disabilities across 9 clubs",
  "Inclusive coaching CPD for mainstream clubs with Athletics Ireland",
  "Athletics Ireland Level 3 Coach", "Special Olympics Coach Education Level 2",
  "BSc Physiotherapy, University College Cork", "Volunteer Coach, Ballincollig Stars"],
 ["Deirdre Cullinane", "Ballincollig, Co. Cork", "087 555 3318", "deirdre.cullinane@eircom.net"]),

("027", """
Tomás Ferreira - Sous Chef
Jersey City, NJ 07302 · 201-555-0134 · tomas.ferreira.chef@gmail.com

PROFILE
Sous chef with nine years in New York kitchens that run under strict religious and dietary rules. I plan around kashrut, halal slaughter and allergen law as comfortably as around a tasting menu.

EXPERIENCE
Sous Chef, Reserve Cut (glatt kosher steakhouse, OU supervision), Financial District - 2020-present
- Manage a brigade of 14 with the mashgiach on every shift; meat kitchen separation
- Rebuilt the Passover menu and the kitchen's kashering schedule
Chef de Partie, NYU Dining - 2017-2020
- Halal station lead; Ramadan iftar service for 600 students a night
- Kosher Grab & Go line with the Bronfman Center
Line Cook, Balthazar, SoHo - 2015-2017

EDUCATION
AOS Culinary Arts, The Culinary Institute of America, Hyde Park

CERTIFICATIONS
ServSafe Manager · NYC Food Protection Certificate · Allergen awareness (AllerTrain)

SKILLS
Butchery, charcuterie, food costing, Portuguese and Spanish (fluent)

REFERENCES
Chef Avi Rosen, Executive Chef, Reserve Cut - 212-555-0101
""",
 [],
 ["Sous Chef, Reserve Cut (glatt kosher steakhouse, OU supervision)",
  "Manage a brigade of 14 with the mashgiach on every shift",
  "Rebuilt the Passover menu and the kitchen's kashering schedule",
  "Halal station lead; Ramadan iftar service for 600 students a night",
  "Kosher Grab & Go line with the Bronfman Center",
  "AOS Culinary Arts, The Culinary Institute of America", "ServSafe Manager",
  "Line Cook, Balthazar, SoHo"],
 ["Tomás Ferreira", "Jersey City, NJ 07302", "201-555-0134", "tomas.ferreira.chef@gmail.com",
  "Avi Rosen", "212-555-0101"]),

("028", """
Kate Min-Ji Harland
Children's author and illustrator
Marrickville NSW 2204 | 0433 555 860 | kate@kateharland.com.au

Books
'Two Dads and a Dog' (Allen & Unwin, 2020) - CBCA Notable Book 2021
'Grandma's Lantern' (Scholastic Australia, 2018) - a Korean Chuseok story
'The Quiet Kid' (Walker Books, 2022) - about a selectively mute girl at a new school

School visits
Author talks and drawing workshops, 60+ schools a year through Booked Out Speakers Agency

Earlier career
Junior designer, Hardie Grant Egmont (2009-2014)

Education
Bachelor of Design (Visual Communication), UTS

A bit about me
I'm 38. I was born in Seoul and adopted to Australia at two, and I am an Australian citizen; 'Grandma's Lantern' is the grandmother I imagined. I'm autistic (diagnosed 2017), which helps me write quiet kids honestly. My partner Jess and I are raising a foster child through Barnardos. I was a Greens member for ten years and still volunteer for Inner West Greens at local elections.
""",
 [(D, "I'm 38."), (E, "I was born in Seoul and adopted to Australia at two"), (H, "I'm autistic (diagnosed 2017)"),
  (S, "My partner Jess and I"), (F, "raising a foster child through Barnardos"),
  (P, "I was a Greens member for ten years and still volunteer for Inner West Greens at local elections")],
 ["'Two Dads and a Dog' (Allen & Unwin, 2020) - CBCA Notable Book 2021",
  "'Grandma's Lantern' (Scholastic Australia, 2018) - a Korean Chuseok story",
  "'The Quiet Kid' (Walker Books, 2022) - about a selectively mute girl at a new school",
  "Author talks and drawing workshops, 60+ schools a year",
  "Junior designer, Hardie Grant Egmont", "Bachelor of Design (Visual Communication), UTS"],
 ["Kate Min-Ji Harland", "Marrickville NSW 2204", "0433 555 860", "kate@kateharland.com.au"]),

("029", """
RAY 'RAMBO' CASTILLO
Stunt Coordinator / Stunt Performer / Actor
Burbank, CA 91505 - (818) 555-0117 - raycastillo.stunts@gmail.com - Rep: Jenna Wolfe, Stunt Agency West

SAG-AFTRA member (card since 2003) | Playing range 35-45 | 5'11", 190 lb | Mexican-American, bilingual English/Spanish

STUNT COORDINATION
'Sicario: Day of the Soldado' (Sony) - second unit stunt coordinator
'Narcos: Mexico' S2-S3 (Netflix) - stunt coordinator, Mexico City unit
'Snowfall' (FX) - fight choreography, 12 episodes

PERFORMING
Prison inmate fight double, 'Orange Is the New Black' (Netflix)
Motion-capture performer, 'Call of Duty: Modern Warfare II' (Infinity Ward)

SKILLS
High falls to 60 ft, fire burns, precision driving, wirework, MMA, horse falls

MEDICAL & LEGAL, FOR INSURERS
Traumatic brain injury in 2016 after a car hit; cleared by neurology in 2017.
DUI conviction in 2009, completed probation.
Full-body and facial scan taken for a digital double, held by Marvel Studios under my 2022 contract.

PERSONAL
Married, two kids, and a garage full of crash pads.
""",
 [(U, "SAG-AFTRA member (card since 2003)"), (D, "Playing range 35-45"), (E, "Mexican-American"),
  (H, "Traumatic brain injury in 2016"), (C, "DUI conviction in 2009, completed probation"),
  (G, "Full-body and facial scan taken for a digital double, held by Marvel Studios"),
  (F, "Married, two kids")],
 ["'Sicario: Day of the Soldado' (Sony) - second unit stunt coordinator",
  "'Narcos: Mexico' S2-S3 (Netflix) - stunt coordinator", "'Snowfall' (FX) - fight choreography",
  "Prison inmate fight double, 'Orange Is the New Black' (Netflix)",
  "Motion-capture performer, 'Call of Duty: Modern Warfare II' (Infinity Ward)",
  "High falls to 60 ft, fire burns, precision driving, wirework"],
 ["RAY 'RAMBO' CASTILLO", "Burbank, CA 91505", "(818) 555-0117", "raycastillo.stunts@gmail.com",
  "Jenna Wolfe"]),

("030", """
Marisa Rampersad-Charles
Festival and Live Events Producer
Scarborough, ON M1B · 647-555-0163 · marisa.rc.events@gmail.com

Profile
Producer of large outdoor festivals with a soft spot for steelpan at 2 a.m. Born in San Fernando, Trinidad; permanent resident of Canada since 2012, citizen since 2016.

Producing
Senior Producer, Toronto Caribbean Carnival (Festival Management Committee) - 2017-present
 · Grand Parade logistics for 1.2 million spectators; Lakeshore road closures with the City of Toronto
 · King and Queen showcase, Lamport Stadium
Stage Manager (contract), Pride Toronto - Main Stage, 2018 and 2019
Production Coordinator, Harbourfront Centre - Diwali, Eid and Lunar New Year festivals, 2013-2017

Education
Post-graduate Certificate in Event Management, Humber College
BA Communications, University of the West Indies, St Augustine

Certificates
Smart Serve · Working at Heights · ICS 100 (incident command)

Personal
Married, two kids (9 and 6). NDP member and treasurer of our riding association. In Trinidad in 2008 I had a conviction for possession of a small amount of marijuana; I obtained a Canadian record suspension in 2015.
""",
 [(E, "Born in San Fernando, Trinidad; permanent resident of Canada since 2012, citizen since 2016"),
  (F, "Married, two kids (9 and 6)"), (P, "NDP member and treasurer of our riding association"),
  (C, "I had a conviction for possession of a small amount of marijuana; I obtained a Canadian record suspension in 2015")],
 ["Senior Producer, Toronto Caribbean Carnival (Festival Management Committee)",
  "Grand Parade logistics for 1.2 million spectators",
  "Stage Manager (contract), Pride Toronto - Main Stage, 2018 and 2019",
  "Production Coordinator, Harbourfront Centre - Diwali, Eid and Lunar New Year festivals",
  "Post-graduate Certificate in Event Management, Humber College",
  "BA Communications, University of the West Indies, St Augustine", "ICS 100 (incident command)"],
 ["Marisa Rampersad-Charles", "Scarborough, ON M1B", "647-555-0163", "marisa.rc.events@gmail.com"]),
]
