from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("001", """
DANIEL OKAFOR-REID
Actor | Spotlight PIN 4471-2209-8813
Agent: Marsha Leigh, Leigh Arts Management | 020 7946 0312
daniel.okaforreid@gmail.com

Height 6'1" | Hair: black, cropped | Eyes: brown
Playing age: 28-38
Appearance: Black British (Nigerian/Scottish heritage)
Accents: RP, Glasgow, Lagos, Jamaican, General American
Equity member since 2011

THEATRE
2023  Father Flynn, 'Doubt: A Parable' - dir. Hannah Greer, Tobacco Factory Theatres
2022  Leo, a gay man caring for his dying partner, 'The Inheritance' - Hope Mill Theatre / UK tour
2021  Prisoner 2, 'Porridge' (stage adaptation) - Birmingham Rep
2019  Brutus, 'Julius Caesar' - Shakespeare's Globe education tour

SCREEN
2020  PC Femi Adeyemi (3 eps), 'Casualty' - BBC
2018  Deacon, 'Small Axe: Mangrove' (uncredited) - BBC / Turbine Studios

TRAINING
BA (Hons) Acting, Royal Welsh College of Music & Drama, 2013

SKILLS
Stage combat (BADC Intermediate, unarmed and rapier), baritone (good), Sunday-league football, horse riding, Pidgin English.

PERSONAL
Based in Walthamstow with my husband and our two-year-old daughter, so I prefer London-based work or tours with weekend breaks. Labour Party member and occasional leafleter - happy to keep that off set.
""",
 [(D, "Playing age: 28-38"), (E, "Appearance: Black British (Nigerian/Scottish heritage)"),
  (U, "Equity member since 2011"), (S, "my husband"), (F, "our two-year-old daughter"),
  (P, "Labour Party member and occasional leafleter")],
 ["Father Flynn, 'Doubt: A Parable'", "Leo, a gay man caring for his dying partner",
  "Prisoner 2, 'Porridge' (stage adaptation)", "Tobacco Factory Theatres",
  "BA (Hons) Acting, Royal Welsh College of Music & Drama",
  "Stage combat (BADC Intermediate, unarmed and rapier)", "Shakespeare's Globe education tour"],
 ["DANIEL OKAFOR-REID", "4471-2209-8813", "Marsha Leigh", "020 7946 0312",
  "daniel.okaforreid@gmail.com"]),

("002", """
Curriculum Vitae - Marcus Bell-Ashworth
Handsworth, Birmingham B21 | 07700 900 482 | marcus@bellashworthmusic.co.uk

Who I am
Choral conductor, pianist and arranger, age 41. For eleven years I have directed gospel choirs for a salary, and I'm upfront about it with every church I work for: I am not religious myself - I came to gospel through the harmony and the Hammond organ, not the pulpit.

Employment
Musical Director (salaried, 0.6 FTE), Birmingham Community Gospel Choir - 2013 to date
- Rehearse a 70-voice choir twice weekly; arrange 30+ pieces a year
- Arranged hymns for three broadcasts of 'Songs of Praise' (BBC One)
- Led the choir at the Commonwealth Games 2022 opening ceremony
Session keys, Sony Music and independent labels - 2008 to date
Peripatetic piano teacher, Birmingham Music Service - 2006 to 2013

Qualifications
BMus (Hons), Royal Birmingham Conservatoire | ABRSM Diploma (DipABRSM) in piano teaching | Enhanced DBS (2024)

Memberships
Musicians' Union member (MU card since 2004) | Incorporated Society of Musicians

Other
Tinnitus in my left ear since 2019, so I rehearse with custom ear protection and ask for monitor levels to be kept sensible.
Single dad of twins, which is why I work school hours Monday to Wednesday.
""",
 [(D, "age 41"), (R, "I am not religious myself"), (U, "Musicians' Union member (MU card since 2004)"),
  (H, "Tinnitus in my left ear since 2019"), (F, "Single dad of twins")],
 ["Musical Director (salaried, 0.6 FTE), Birmingham Community Gospel Choir",
  "Arranged hymns for three broadcasts of 'Songs of Praise' (BBC One)",
  "Led the choir at the Commonwealth Games 2022 opening ceremony",
  "BMus (Hons), Royal Birmingham Conservatoire", "ABRSM Diploma (DipABRSM) in piano teaching",
  "Incorporated Society of Musicians", "Peripatetic piano teacher, Birmingham Music Service"],
 ["Marcus Bell-Ashworth", "Handsworth, Birmingham B21", "07700 900 482",
  "marcus@bellashworthmusic.co.uk"]),

("003", """
SIOBHÁN DEVLIN - Journalist
Rathmines, Dublin 6 · +353 87 555 0193 · siobhan.devlin@protonmail.com · linkedin.com/in/siobhandevlin

PERSONAL DETAILS
DOB: 14/03/1986 · Nationality: Irish and British (dual) · Married, three children

PROFILE
Political and social-affairs reporter with fourteen years in Irish news. I have covered two general elections, the Eighth Amendment referendum, and a year-long investigation into direct provision centres for asylum seekers.

EXPERIENCE
Senior Political Correspondent, TheJournal.ie - 2017-present
  · Leinster House coverage, election-night live blogs, party leadership contests
  · 'Waiting Rooms' series on direct provision (NewsBrands Ireland Journalism Award 2019)
Reporter, Irish Examiner (Cork) - 2010-2017
  · Health desk: trolley counts, HSE budgets, the cervical-check scandal

CAREER NOTE
I took six months' leave in 2021 for treatment for breast cancer and returned full-time in January 2022. Because my mother also had it, I was referred for BRCA testing and tested BRCA2-negative.

MEMBERSHIPS
NUJ member, Dublin Freelance branch chair 2017-2019

EDUCATION
MA Journalism, Dublin City University · BA English and Politics, UCC

REFEREES
Fionn Tierney, Editor - fionn.tierney@thejournal.ie
""",
 [(D, "DOB: 14/03/1986"), (E, "Nationality: Irish and British (dual)"), (F, "Married, three children"),
  (H, "treatment for breast cancer"), (G, "Because my mother also had it"), (G, "tested BRCA2-negative"),
  (U, "NUJ member, Dublin Freelance branch chair 2017-2019")],
 ["Senior Political Correspondent, TheJournal.ie",
  "a year-long investigation into direct provision centres for asylum seekers",
  "'Waiting Rooms' series on direct provision (NewsBrands Ireland Journalism Award 2019)",
  "Health desk: trolley counts, HSE budgets, the cervical-check scandal",
  "the Eighth Amendment referendum", "MA Journalism, Dublin City University",
  "Reporter, Irish Examiner (Cork)"],
 ["SIOBHÁN DEVLIN", "Rathmines, Dublin 6", "+353 87 555 0193", "siobhan.devlin@protonmail.com",
  "linkedin.com/in/siobhandevlin", "Fionn Tierney", "fionn.tierney@thejournal.ie"]),

("004", """
Rachel Nwosu-Hart
Para-athletics Coach · Loughborough, Leicestershire · rnwosuhart@outlook.com · 07811 204 667

I coach sprinters and jumpers with physical and visual impairments, and I know the classification system from both sides: I am a former T37 athlete myself (cerebral palsy, right hemiplegia) and raced for GB between 2008 and 2014.

Current role
Para-athletics Event Group Coach (Sprints), British Athletics, National Performance Centre - since 2018
• Coached T44 and T64 sprinters to Tokyo 2020 and Paris 2024 finals
• Built the pathway for guide runners working with T11-T12 athletes
• Liaise with World Para Athletics classifiers before each major championship

Earlier
Club Coach, Loughborough AAC (2014-2018)
Community Sport Officer, Leicestershire County Council (2012-2014)

Qualifications
UKA Level 4 Performance Coach (2019) · BSc Sport and Exercise Science, Loughborough University · Mental Health First Aider

Outside work
I still do a parkrun most Saturdays and volunteer as a guide runner at Loughborough parkrun once a month.
""",
 [(H, "former T37 athlete myself (cerebral palsy, right hemiplegia)")],
 ["Para-athletics Event Group Coach (Sprints), British Athletics",
  "Coached T44 and T64 sprinters to Tokyo 2020 and Paris 2024 finals",
  "Built the pathway for guide runners working with T11-T12 athletes",
  "UKA Level 4 Performance Coach", "BSc Sport and Exercise Science, Loughborough University",
  "Mental Health First Aider", "Club Coach, Loughborough AAC"],
 ["Rachel Nwosu-Hart", "Loughborough, Leicestershire", "rnwosuhart@outlook.com", "07811 204 667"]),

("005", """
ANDRE CAMPBELL
Learning & Interpretation Officer
Toxteth, Liverpool L8 · 0151 496 0772 · andre.campbell.heritage@gmail.com

Born 1979. My grandparents came from Jamaica on the Windrush, and a DNA ancestry test I took in 2018 traced my father's line to the Akan of present-day Ghana - which is partly why this work matters to me, though my tours are built on archives, not on my family.

EXPERIENCE
International Slavery Museum, National Museums Liverpool - Learning Officer (2014-present)
- Deliver the Transatlantic Slavery gallery tour to around 9,000 pupils a year
- Co-wrote the 'Legacies' trail on Liverpool street names tied to slave traders
- Coordinate Holocaust Memorial Day and Black History Month programmes with Merseyside schools
Museum of Liverpool - Visitor Host (2009-2014)

EDUCATION
MA Museum Studies, University of Leicester (2012)
BA History, Liverpool John Moores University

COMMUNITY
Labour Party member; ward secretary for Princes Park 2016-2020.
Member of the Twelve Tribes of Israel mansion in Liverpool - Rastafari is my faith and I wear my locks tied back on gallery duty.
Arrested at an Extinction Rebellion sit-in in 2019 and given a conditional discharge.
""",
 [(D, "Born 1979"), (E, "My grandparents came from Jamaica on the Windrush"),
  (G, "a DNA ancestry test I took in 2018 traced my father's line to the Akan of present-day Ghana"),
  (P, "Labour Party member; ward secretary for Princes Park 2016-2020"),
  (R, "Member of the Twelve Tribes of Israel mansion in Liverpool - Rastafari is my faith and I wear my locks tied back on gallery duty"),
  (C, "Arrested at an Extinction Rebellion sit-in in 2019 and given a conditional discharge")],
 ["Learning Officer", "Deliver the Transatlantic Slavery gallery tour to around 9,000 pupils a year",
  "Co-wrote the 'Legacies' trail on Liverpool street names tied to slave traders",
  "Coordinate Holocaust Memorial Day and Black History Month programmes with Merseyside schools",
  "MA Museum Studies, University of Leicester", "International Slavery Museum, National Museums Liverpool",
  "Museum of Liverpool - Visitor Host"],
 ["ANDRE CAMPBELL", "Toxteth, Liverpool L8", "0151 496 0772", "andre.campbell.heritage@gmail.com"]),

("006", """
Imran Qureshi - Head Chef
Bradford BD7 | 07723 118 905 | chef.imranq@yahoo.co.uk

Summary
Head chef with 18 years in high-volume banqueting and fine dining. I have run halal-certified and kosher-supervised kitchens, taught Passover and Ramadan menus to brigades of 25, and I hold the allergen and HACCP paperwork to prove it. Aged 39.

Kitchens
Head Chef, The Mughal Rooms banqueting suite (halal-certified, HMC) - 2016-present
- 600-cover weddings; built a separate vegan line; food-safety rating 5 for seven years
Sous Chef, Heimishe Kosher Catering, Manchester (under Manchester Beth Din supervision) - 2012-2016
- Meat and dairy kitchens run separately; Passover kashering of the entire unit each spring
Chef de Partie, Hotel Du Vin, Harrogate - 2007-2012

Certificates
Level 4 Food Safety (HABC) · Level 3 HACCP · City & Guilds 706/2 Professional Cookery

Personal
As a practising Muslim I don't taste alcohol; I pair wines by working closely with the sommelier.
Married with four children. Type 1 diabetic - managed with a pump, never an issue in service.
Driving licence: clean since 2014. I have a 2009 conviction for dangerous driving, long since spent.
""",
 [(D, "Aged 39"), (R, "As a practising Muslim I don't taste alcohol"), (F, "Married with four children"),
  (H, "Type 1 diabetic - managed with a pump"), (C, "I have a 2009 conviction for dangerous driving")],
 ["Head Chef, The Mughal Rooms banqueting suite (halal-certified, HMC)",
  "Sous Chef, Heimishe Kosher Catering, Manchester (under Manchester Beth Din supervision)",
  "Passover kashering of the entire unit each spring", "taught Passover and Ramadan menus to brigades of 25",
  "Level 4 Food Safety (HABC)", "City & Guilds 706/2 Professional Cookery",
  "Chef de Partie, Hotel Du Vin, Harrogate"],
 ["Imran Qureshi", "Bradford BD7", "07723 118 905", "chef.imranq@yahoo.co.uk"]),

("007", """
Luiza Farias
contemporary dancer / rehearsal director
London E8 - luizafarias.dance - +44 7700 900 318

DOB 02.09.1997 | Nationality: Brazilian (UK Global Talent visa)

companies
2019-2022  company dancer, Rambert
           repertoire incl. Hofesh Shechter 'Cerberus', Ben Duke 'Goat'
2022-      freelance: Akram Khan Company (project), Botis Seva / Far From The Norm
2023-      rehearsal director, 'Two Men Dancing' - a duet about a gay couple's first dance at their wedding

teaching
Dance for Parkinson's sessions, English National Ballet (2021-)
Open contemporary class, Siobhan Davies Studios

training
BA (Hons) Contemporary Dance, London Contemporary Dance School (2019)
Escola de Dança de São Paulo

notes
- Left hip arthroscopy in 2020; back to full repertoire since 2021.
- In recovery from an eating disorder and open about it with the dancers I direct.
- I'm queer and sit on Equity's Dance Committee (elected 2023).
""",
 [(D, "DOB 02.09.1997"), (E, "Nationality: Brazilian (UK Global Talent visa)"),
  (H, "Left hip arthroscopy in 2020"), (H, "In recovery from an eating disorder"),
  (S, "I'm queer"), (U, "sit on Equity's Dance Committee (elected 2023)")],
 ["company dancer, Rambert", "a duet about a gay couple's first dance at their wedding",
  "Dance for Parkinson's sessions, English National Ballet",
  "BA (Hons) Contemporary Dance, London Contemporary Dance School",
  "rehearsal director", "Open contemporary class, Siobhan Davies Studios",
  "Akram Khan Company"],
 ["Luiza Farias", "London E8", "luizafarias.dance", "+44 7700 900 318"]),

("008", """
JORDAN MALLOY  |  Photojournalist
Brooklyn, NY 11216  ·  (718) 555-0142  ·  jordan@malloyphoto.com  ·  instagram.com/malloyphoto

SELECTED WORK
'Friday' - a year inside the Islamic Cultural Center of New York, following the mosque's Friday prayers and its food bank (The New Yorker, 2021)
Pride marches in New York, 2015-2022, for the Associated Press
2020 presidential election: Philadelphia count centres and the Capitol, 6 January 2021
'Held' - immigration detention in Elizabeth, NJ (ProPublica, 2019)

STAFF & CONTRACT
Staff Photographer, Associated Press, New York - 2012-2020
Contract Photographer, The New York Times - 2020-present

EDUCATION
BFA Photography, School of Visual Arts, New York

AWARDS
World Press Photo, Contemporary Issues, 2nd prize (2020)

THE SMALL PRINT
Age: 45. Divorced, one son (alternate weeks). I was arrested while photographing a protest in Brooklyn in 2017; the charges were dismissed. Registered Democrat. Global Entry member - fingerprints and facial photo on file, which speeds up assignments abroad.
""",
 [(D, "Age: 45"), (F, "Divorced, one son"),
  (C, "I was arrested while photographing a protest in Brooklyn in 2017; the charges were dismissed"),
  (P, "Registered Democrat"), (G, "fingerprints and facial photo on file")],
 ["'Friday' - a year inside the Islamic Cultural Center of New York",
  "Pride marches in New York, 2015-2022, for the Associated Press",
  "2020 presidential election: Philadelphia count centres",
  "'Held' - immigration detention in Elizabeth, NJ (ProPublica, 2019)",
  "Staff Photographer, Associated Press", "BFA Photography, School of Visual Arts",
  "World Press Photo, Contemporary Issues, 2nd prize (2020)"],
 ["JORDAN MALLOY", "Brooklyn, NY 11216", "(718) 555-0142", "jordan@malloyphoto.com",
  "instagram.com/malloyphoto"]),

("009", """
Nadia Hendricks
Writer and columnist
Woodstock, Cape Town 7925 | +27 82 555 0417 | nadia@nadiahendricks.co.za

Race (for EE purposes): Coloured | born in 1982 | mother of two

Books
'The Salt Road' (novel, Penguin Random House South Africa, 2019) - longlisted, Sunday Times Literary Awards
'Bo-Kaap Kitchens' (essays, Jacana, 2016)

Journalism
Columnist, Daily Maverick (2017-present): land reform, the ANC's succession race, coalition politics in the Western Cape
Features writer, Cape Times (2008-2016): education, gangs on the Cape Flats, housing

Teaching
Creative writing facilitator, University of the Western Cape (part-time)

About me
I was raised in a Muslim home in the Bo-Kaap and I now describe myself as agnostic. I've been a card-carrying member of the DA since 2014, which my editors know and which I declare on every political column. I live with bipolar II disorder and write about it openly. In 1999, as a student, I was convicted of public violence after a campus protest; it was a fine.

Education
MA Creative Writing, University of Cape Town (with distinction)
""",
 [(E, "Race (for EE purposes): Coloured"), (D, "born in 1982"), (F, "mother of two"),
  (R, "I was raised in a Muslim home in the Bo-Kaap and I now describe myself as agnostic"), (P, "card-carrying member of the DA since 2014"),
  (H, "I live with bipolar II disorder"),
  (C, "I was convicted of public violence after a campus protest")],
 ["'The Salt Road' (novel, Penguin Random House South Africa, 2019)",
  "longlisted, Sunday Times Literary Awards",
  "Columnist, Daily Maverick (2017-present): land reform, the ANC's succession race, coalition politics in the Western Cape",
  "'Bo-Kaap Kitchens' (essays, Jacana, 2016)", "Features writer, Cape Times",
  "Creative writing facilitator, University of the Western Cape",
  "MA Creative Writing, University of Cape Town (with distinction)"],
 ["Nadia Hendricks", "Woodstock, Cape Town 7925", "+27 82 555 0417", "nadia@nadiahendricks.co.za"]),

("010", """
Tyson Kelly
Strength & Conditioning Coach - Western Sydney
M: 0412 555 071 | E: tyson.kelly.snc@gmail.com

Date of birth: 11 July 1988
Proud Wiradjuri man, raised in Wagga Wagga.

CAREER SNAPSHOT
2019 - now    Strength & Conditioning Coach, GWS Giants (AFL)
              - return-to-play protocols for 40-man list; GPS load monitoring
              - coordinate the club's Indigenous Round programme and community clinics
2015 - 2019   Assistant S&C Coach, Penrith Panthers (NRL)
2008 - 2014   Player, Sydney Swans rookie list, then NEAFL

Two ACL reconstructions (2012, 2014) ended my playing career and pushed me into coaching - I know rehab from the inside.

QUALIFICATIONS
ASCA Level 2 Professional Coach | Bachelor of Exercise Science, Western Sydney University | Level 1 Sports Trainer

OFF THE FIELD
Husband to Kiara and dad to three little ones. In my playing days I was the AFL Players' Association delegate for the Swans rookies. I have one drink-driving conviction from 2015 (six-month disqualification), declared here in full.
""",
 [(D, "Date of birth: 11 July 1988"), (E, "Proud Wiradjuri man"),
  (H, "Two ACL reconstructions (2012, 2014)"), (F, "Husband to Kiara and dad to three little ones"),
  (U, "AFL Players' Association delegate"), (C, "one drink-driving conviction from 2015")],
 ["Strength & Conditioning Coach, GWS Giants (AFL)",
  "coordinate the club's Indigenous Round programme and community clinics",
  "return-to-play protocols for 40-man list", "Assistant S&C Coach, Penrith Panthers (NRL)",
  "ASCA Level 2 Professional Coach", "Bachelor of Exercise Science, Western Sydney University",
  "Level 1 Sports Trainer"],
 ["Tyson Kelly", "0412 555 071", "tyson.kelly.snc@gmail.com"]),
]
