from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("031", """
Curriculum Vitae
NAME:            Pravin Naidoo
ADDRESS:         17 Jacaranda Road, Reservoir Hills, Durban 4091
CELL:            083 555 2706
E-MAIL:          pravin.naidoo.cricket@gmail.com
DATE OF BIRTH:   1975-06-18
POPULATION GROUP: Indian South African
MARITAL STATUS:  Widower, two daughters
RELIGION:        Hindu (practising)

CAREER OBJECTIVE
To lead a provincial or franchise academy and produce players for the Proteas pathway.

EXPERIENCE
2014 - present   Head Coach, Dolphins Cricket Academy, Kingsmead
                 - Selected 11 players for SA U19 squads; ran the provincial transformation targets programme
                 - Designed spin-bowling clinics for township hubs in Chatsworth and Umlazi
2006 - 2014      Assistant Coach, KwaZulu-Natal Inland (Pietermaritzburg)
1996 - 2005      Player, Natal B / KZN (first-class, 41 matches)

QUALIFICATIONS
CSA Level 3 Coach (High Performance) · Sports Science Diploma, Durban University of Technology · First Aid Level 1

HEALTH
Familial hypercholesterolaemia, confirmed by a genetic test after my father's early heart attack; on statins, fully fit.

OTHER DISCLOSURE
A 1998 assault conviction from a club fight, for which I received a suspended sentence.

REFERENCES
Mr Shukri Conrad - 082 555 0113
""",
 [(D, "DATE OF BIRTH:   1975-06-18"), (E, "POPULATION GROUP: Indian South African"),
  (F, "MARITAL STATUS:  Widower, two daughters"), (R, "RELIGION:        Hindu (practising)"),
  (G, "Familial hypercholesterolaemia, confirmed by a genetic test after my father's early heart attack"),
  (C, "A 1998 assault conviction from a club fight, for which I received a suspended sentence")],
 ["Head Coach, Dolphins Cricket Academy, Kingsmead",
  "ran the provincial transformation targets programme",
  "Designed spin-bowling clinics for township hubs in Chatsworth and Umlazi",
  "Assistant Coach, KwaZulu-Natal Inland", "CSA Level 3 Coach (High Performance)",
  "Sports Science Diploma, Durban University of Technology",
  "Player, Natal B / KZN (first-class, 41 matches)"],
 ["Pravin Naidoo", "17 Jacaranda Road, Reservoir Hills, Durban 4091", "083 555 2706",
  "pravin.naidoo.cricket@gmail.com", "Shukri Conrad", "082 555 0113"]),

("032", """
Nathan Oyelowo-Shaw
Labor & Immigration Reporter
Chicago, IL 60640 | 312-555-0196 | nathan.oshaw@gmail.com | @natoshaw

EXPERIENCE
Labor Reporter, Chicago Tribune (2016-present)
- Daily coverage of the 2023 UAW strike at Stellantis Belvidere and the Chicago Teachers Union contract
- 'Locked Out', eight-part series on warehouse injuries in Joliet (Pulitzer finalist, Local Reporting, 2022)
- ICE detention and the Broadview processing centre; migrant buses to Chicago, 2022-2023
Metro Reporter, Chicago Sun-Times (2011-2016)
- City Council and two mayoral elections

EDUCATION
MSJ, Medill School of Journalism, Northwestern University

IN THE NEWSROOM
Chicago News Guild member since 2016 and unit chair for the Tribune bargaining unit since 2021 - I recuse from any story about our own contract.

PERSONAL
Age 49. I've had long COVID since 2021 and work a hybrid schedule because of the fatigue. My husband teaches at Senn High. Dues-paying member of the Democratic Socialists of America, which I disclosed to my editors when I took the labor beat.
""",
 [(U, "Chicago News Guild member since 2016 and unit chair for the Tribune bargaining unit since 2021"),
  (D, "Age 49."), (H, "I've had long COVID since 2021"), (S, "My husband"),
  (P, "Dues-paying member of the Democratic Socialists of America")],
 ["Labor Reporter, Chicago Tribune",
  "Daily coverage of the 2023 UAW strike at Stellantis Belvidere and the Chicago Teachers Union contract",
  "'Locked Out', eight-part series on warehouse injuries in Joliet (Pulitzer finalist, Local Reporting, 2022)",
  "ICE detention and the Broadview processing centre; migrant buses to Chicago",
  "Metro Reporter, Chicago Sun-Times", "MSJ, Medill School of Journalism, Northwestern University"],
 ["Nathan Oyelowo-Shaw", "Chicago, IL 60640", "312-555-0196", "nathan.oshaw@gmail.com", "@natoshaw"]),

("033", """
LeRoy "Big Horn" Batiste
trumpet - bandleader - music educator
Tremé, New Orleans, LA 70116 · 504-555-0188 · leroybatiste.music@gmail.com

born 1971 in the Seventh Ward · married 25 years, four kids · AFM Local 174-496 member

BANDS
Leader, The Batiste Brass Revival - second lines, Jazz Fest (every year since 2010), Satchmo SummerFest
Trumpet, Preservation Hall Jazz Band (sub list, 2012-2019)
Sunday jazz Mass at St. Louis Cathedral - paid engagement, 2015-present
Funeral and second-line work for the Zulu and Black Men of Labor social aid & pleasure clubs

TEACHING
Band Director, KIPP Renaissance High School (2013-present)
Trumpet faculty, Tipitina's Internship Program

EDUCATION
BM Jazz Studies, University of New Orleans

A FULL ACCOUNTING
In 2006, after Katrina took everything, I was convicted of a felony for marijuana distribution and served 18 months at Elayn Hunt. Music got me out. I'm a deacon at Greater St. Stephen Full Gospel Baptist Church, which is also where I learned to read charts. Prostate cancer survivor (surgery 2020, all clear). My doctors checked my kids too once I found out I carry sickle cell trait.
""",
 [(D, "born 1971"), (F, "married 25 years, four kids"), (U, "AFM Local 174-496 member"),
  (C, "I was convicted of a felony for marijuana distribution and served 18 months at Elayn Hunt"),
  (R, "I'm a deacon at Greater St. Stephen Full Gospel Baptist Church"),
  (H, "Prostate cancer survivor (surgery 2020, all clear)"), (G, "I carry sickle cell trait")],
 ["Leader, The Batiste Brass Revival",
  "Trumpet, Preservation Hall Jazz Band (sub list, 2012-2019)",
  "Sunday jazz Mass at St. Louis Cathedral - paid engagement",
  "Funeral and second-line work for the Zulu and Black Men of Labor social aid & pleasure clubs",
  "Band Director, KIPP Renaissance High School", "Trumpet faculty, Tipitina's Internship Program",
  "BM Jazz Studies, University of New Orleans"],
 ['LeRoy "Big Horn" Batiste', "Tremé, New Orleans, LA 70116", "504-555-0188", "leroybatiste.music@gmail.com"]),

("034", """
Helen Marchbank
General Manager, heritage properties
Nether Stowey, Somerset TA5 · 01278 555 904 · helen.marchbank@btinternet.com

Born 1970.

Career
National Trust - General Manager, Tyntesfield (2017-present)
 · £4.2m annual turnover, 120 staff and 400 volunteers
 · Led the Colonial Countryside research on the house's links to slavery and the guano trade, with new interpretation in the Gothic chapel
 · Commissioned a full accessibility audit: Changing Places toilet, step-free route to the chapel, BSL tours
National Trust - Visitor Experience Manager, Dyrham Park (2010-2017)
English Heritage - Site Manager, Cleeve Abbey (2003-2010)

Education
MA Heritage Management, University of Birmingham (Ironbridge International Institute)
BA Ancient History, University of Exeter

Things you should know
I was diagnosed with multiple sclerosis in 2018 and use a wheelchair at work; my office is on the ground floor for a reason. I sit as a Green Party councillor on Somerset Council, in a personal capacity, with a standing declaration of interests. My civil partner, Ruth, runs the farm shop in the village.

Referees
Dr Simon Heald, Regional Director, National Trust - simon.heald@nationaltrust.org.uk
""",
 [(D, "Born 1970."), (H, "I was diagnosed with multiple sclerosis in 2018 and use a wheelchair at work"),
  (P, "I sit as a Green Party councillor on Somerset Council, in a personal capacity"),
  (S, "My civil partner, Ruth")],
 ["National Trust - General Manager, Tyntesfield",
  "Led the Colonial Countryside research on the house's links to slavery and the guano trade",
  "Commissioned a full accessibility audit: Changing Places toilet, step-free route to the chapel, BSL tours",
  "National Trust - Visitor Experience Manager, Dyrham Park",
  "English Heritage - Site Manager, Cleeve Abbey",
  "MA Heritage Management, University of Birmingham (Ironbridge International Institute)"],
 ["Helen Marchbank", "Nether Stowey, Somerset TA5", "01278 555 904", "helen.marchbank@btinternet.com",
  "Dr Simon Heald", "simon.heald@nationaltrust.org.uk"]),

("035", """
JOHNNY WARD
Amateur Boxing Coach
Thurrock, Essex RM17 · 07766 555 231 · johnnyward.boxing@gmail.com

My story in one paragraph
I'm 34 and I'm an Irish Traveller, raised on sites across Essex and Kent. At seventeen I went to HMP Feltham, then Rochester, and served four years for robbery. Inside I converted to Islam and found boxing; I've been clean and in work ever since. Now I coach kids who look a lot like I did.

Coaching
Head Coach, Grays Amateur Boxing Club (2018-present)
 - 60 juniors and seniors; five national schools champions, two GB Boxing squad members
 - Mentoring young offenders referred by Thurrock Youth Offending Service
Assistant Coach, Repton ABC, Bethnal Green (2015-2018)

Qualifications
England Boxing Level 2 Coach · England Boxing Safeguarding · Emergency First Aid at Work · Level 3 Youth Work (NCFE)

Health
I was treated for hepatitis C in 2019 and have been clear since; the club's blood-spill policy is one I wrote.

Family
Dad of three, all of whom box.

Reference
Sarah Ahmed, Thurrock YOS - 01375 555 600
""",
 [(D, "I'm 34"), (E, "I'm an Irish Traveller"), (D, "At seventeen"),
  (C, "I went to HMP Feltham, then Rochester, and served four years for robbery"), (R, "Inside I converted to Islam"),
  (H, "I was treated for hepatitis C in 2019"), (F, "Dad of three")],
 ["Head Coach, Grays Amateur Boxing Club",
  "five national schools champions, two GB Boxing squad members",
  "Mentoring young offenders referred by Thurrock Youth Offending Service",
  "Assistant Coach, Repton ABC, Bethnal Green", "England Boxing Level 2 Coach",
  "Level 3 Youth Work (NCFE)", "the club's blood-spill policy"],
 ["JOHNNY WARD", "Thurrock, Essex RM17", "07766 555 231", "johnnyward.boxing@gmail.com",
  "Sarah Ahmed", "01375 555 600"]),

("036", """
Kasia Nowakowska - radio presenter & music writer
Ancoats, Manchester M4 / 07700 900 611 / kasia@kasianow.fm / mixcloud.com/kasianow

RADIO
Cover presenter, BBC Radio 6 Music - weekend afternoons (2021-)
Presenter, 'Night Moves', Reform Radio (2016-2021)
Producer/presenter, 'Canal Street Stories' - a 4-part documentary on the history of gay clubbing in Manchester (BBC Radio 4, 2022)

WRITING
Contributor, The Quietus and Mixmag: scene reports on Polish techno and the Berghain door
Liner notes for the Factory Records 'Use Hearing Protection' box set

DJ
Residency, The White Hotel, Salford; Warehouse Project (2019, 2023)

EDUCATION
BA Music Journalism, University of Salford

ABOUT ME, IN NO PARTICULAR ORDER
- Polish national with EU settled status; in Manchester since 2008.
- Bisexual, and the reason I pitched the Canal Street series.
- I've managed depression and anxiety with medication since my twenties; it is part of why I'm evangelical about rest days.
- NUJ member (Manchester & Salford branch).
- Green Party member.
- An AncestryDNA kit told me I'm 96% Eastern European, which surprised nobody.
- One police caution for possession of MDMA at a festival in 2014.
""",
 [(E, "Polish national with EU settled status"), (S, "Bisexual"),
  (H, "I've managed depression and anxiety with medication since my twenties"),
  (U, "NUJ member (Manchester & Salford branch)"), (P, "Green Party member"),
  (G, "An AncestryDNA kit told me I'm 96% Eastern European"),
  (C, "One police caution for possession of MDMA at a festival in 2014")],
 ["Cover presenter, BBC Radio 6 Music",
  "'Canal Street Stories' - a 4-part documentary on the history of gay clubbing in Manchester",
  "Contributor, The Quietus and Mixmag", "Residency, The White Hotel, Salford",
  "BA Music Journalism, University of Salford", "Presenter, 'Night Moves', Reform Radio"],
 ["Kasia Nowakowska", "Ancoats, Manchester M4", "07700 900 611", "kasia@kasianow.fm",
  "mixcloud.com/kasianow"]),

("037", """
Fergal Twomey
Endurance Running Coach - Cork
fergal@twomeyrunning.ie · 086 555 4142 · Douglas, Cork

I coach marathoners, triathletes and people who never thought they'd run at all. Aged 47, still racing in the over-45s.

COACHING
Founder, Twomey Running (2015-present): 80 athletes, 5k to ultra
 - Sub-3 marathon group; three club athletes selected for Ireland masters teams
 - Couch to 5k programmes with the cardiac rehabilitation unit at the Mercy University Hospital
Endurance coach, Leevale Athletic Club (volunteer, 2012-2015)

QUALIFICATIONS
Athletics Ireland Level 2 Endurance Coach · MSc Sports Performance, University of Limerick · Cardiac rehab exercise instructor (BACPR)

MY HEART, BRIEFLY
Hypertrophic cardiomyopathy runs in my family - my brother collapsed and died of it at 24. Genetic testing confirmed I carry the MYH7 variant too; I had a septal myectomy in 2015 and race with my cardiologist's blessing.

LIFE
Quaker - I attend the Cork Friends Meeting most Sundays. My husband Declan does the race-day nutrition.
""",
 [(D, "Aged 47, still racing in the over-45s"),
  (G, "Hypertrophic cardiomyopathy runs in my family - my brother collapsed and died of it at 24"),
  (G, "Genetic testing confirmed I carry the MYH7 variant"), (H, "I had a septal myectomy in 2015"),
  (R, "Quaker - I attend the Cork Friends Meeting most Sundays"), (S, "My husband Declan")],
 ["Founder, Twomey Running", "three club athletes selected for Ireland masters teams",
  "Couch to 5k programmes with the cardiac rehabilitation unit at the Mercy University Hospital",
  "Athletics Ireland Level 2 Endurance Coach", "MSc Sports Performance, University of Limerick",
  "Cardiac rehab exercise instructor (BACPR)", "Endurance coach, Leevale Athletic Club"],
 ["Fergal Twomey", "fergal@twomeyrunning.ie", "086 555 4142", "Douglas, Cork"]),

("038", """
Hannah Okonkwo-Lind
Photographer - weddings, events and editorial
Detroit, MI 48207  ·  313-555-0159  ·  hello@hannahlindphoto.com  ·  hannahlindphoto.com

WHAT I SHOOT
Weddings of every kind: 60+ same-sex weddings since 2015, Catholic nuptial Masses, Nigerian traditional engagements, Hindu ceremonies with the full three-day schedule
Editorial: Eid al-Fitr at the Islamic Center of America, Dearborn, for the Detroit Free Press (2019, 2022)
Corporate: UAW Constitutional Convention 2022 (official event photographer), Detroit Auto Show

EXPERIENCE
Owner, Hannah Lind Photography LLC - 2014-present
Staff Photographer, Detroit Free Press - 2009-2014
 · Bankruptcy of the City of Detroit, the Flint water crisis, the 2012 election in Michigan

EDUCATION
BFA Photography, College for Creative Studies, Detroit

GEAR & SKILLS
Sony A1 and A7 IV systems, Profoto lighting, drone (FAA Part 107 certified), Lightroom/Capture One, second-shooter team management

AWARDS
Michigan Press Photographers Association, Photographer of the Year runner-up (2013)
WPJA Top 10 wedding photojournalist (2021)

REFERENCES
Tom Gallagher, Photo Editor, Detroit Free Press - tgallagher@freepress.com
""",
 [],
 ["60+ same-sex weddings since 2015", "Catholic nuptial Masses",
  "Eid al-Fitr at the Islamic Center of America, Dearborn, for the Detroit Free Press",
  "UAW Constitutional Convention 2022 (official event photographer)",
  "Owner, Hannah Lind Photography LLC", "Staff Photographer, Detroit Free Press",
  "BFA Photography, College for Creative Studies", "drone (FAA Part 107 certified)"],
 ["Hannah Okonkwo-Lind", "Detroit, MI 48207", "313-555-0159", "hello@hannahlindphoto.com",
  "hannahlindphoto.com", "Tom Gallagher", "tgallagher@freepress.com"]),

("039", """
Ciarán Mac Giolla Bhríde
Theatre director and drama facilitator
Salthill, Galway H91 · +353 91 555 027 · ciaran@glasshousetheatre.ie

b. 1968

DIRECTING
Artistic Director, Glasshouse Theatre Company, Galway (2009-present)
  'The Pope's Children' (national tour, 2019) - a satire of Celtic Tiger Ireland
  'Magdalene' (2016) - devised with survivors of the Magdalene laundries
  'Juno and the Paycock' - Abbey Theatre, Peacock stage (2013)
Associate Director, Druid (2002-2009)

COMMUNITY
Drama workshops in Mountjoy Prison and Loughan House (Irish Prison Service arts programme), 2011-2020
Youth theatre leader, Galway Youth Theatre

TRAINING
MA Drama and Theatre Studies, University of Galway

OTHER THINGS ABOUT ME
Irish Equity (SIPTU) member since 1991. Lapsed Catholic, now atheist, and a member of Atheist Ireland. I'm gay, married to my husband Colm since 2016, and in 2019 we adopted our son. Sober for ten years after a drinking problem that cost me most of my thirties. In 2002 I received an adult caution for possession of cannabis. Labour Party member since the marriage referendum.
""",
 [(D, "b. 1968"), (U, "Irish Equity (SIPTU) member since 1991"),
  (R, "Lapsed Catholic, now atheist, and a member of Atheist Ireland"), (S, "I'm gay"), (S, "my husband Colm"),
  (F, "in 2019 we adopted our son"),
  (H, "Sober for ten years after a drinking problem"),
  (C, "I received an adult caution for possession of cannabis"),
  (P, "Labour Party member since the marriage referendum")],
 ["Artistic Director, Glasshouse Theatre Company, Galway",
  "'The Pope's Children' (national tour, 2019)",
  "'Magdalene' (2016) - devised with survivors of the Magdalene laundries",
  "'Juno and the Paycock' - Abbey Theatre, Peacock stage (2013)",
  "Drama workshops in Mountjoy Prison and Loughan House (Irish Prison Service arts programme)",
  "Associate Director, Druid", "MA Drama and Theatre Studies, University of Galway"],
 ["Ciarán Mac Giolla Bhríde", "Salthill, Galway H91", "+353 91 555 027", "ciaran@glasshousetheatre.ie"]),

("040", """
Aroha Pene-Williams
Para-swimming Coach
Chermside QLD 4032 · 0421 555 398 · aroha.penewilliams@outlook.com

Born: 21/04/1991 · New Zealand citizen on a special category (subclass 444) visa

About me
Former S9 classified swimmer (left below-knee amputation after a childhood farm accident) - Commonwealth Games bronze, Glasgow 2014. I now coach the athletes who are where I was.

Coaching
Para-swimming Coach, Swimming Australia - Brisbane National Para Centre (2019-present)
 · Coached S14 swimmers with intellectual impairment and S5-S7 athletes to the Paris 2024 Paralympics
 · Worked with Paralympics Australia classifiers on athlete preparation
Assistant Coach, Chandler Swim Club (2016-2019)

Qualifications
Swimming Australia Silver Licence Coach · Bachelor of Exercise and Sport Science, Griffith University · AUSTSWIM Teacher of Swimming and Water Safety

Memberships
Delegate, Australian Swimmers' Association athlete committee (2014-2016) · Liberal Party member (Brisbane branch)

Family
My wife and I are expecting our first child in October, so I will take parental leave from late September.
""",
 [(D, "Born: 21/04/1991"), (E, "New Zealand citizen on a special category (subclass 444) visa"),
  (H, "Former S9 classified swimmer (left below-knee amputation after a childhood farm accident)"),
  (U, "Delegate, Australian Swimmers' Association athlete committee (2014-2016)"),
  (P, "Liberal Party member (Brisbane branch)"), (S, "My wife and I"),
  (F, "expecting our first child in October")],
 ["Para-swimming Coach, Swimming Australia - Brisbane National Para Centre",
  "Coached S14 swimmers with intellectual impairment and S5-S7 athletes to the Paris 2024 Paralympics",
  "Worked with Paralympics Australia classifiers on athlete preparation",
  "Assistant Coach, Chandler Swim Club", "Swimming Australia Silver Licence Coach",
  "Bachelor of Exercise and Sport Science, Griffith University",
  "AUSTSWIM Teacher of Swimming and Water Safety"],
 ["Aroha Pene-Williams", "Chermside QLD 4032", "0421 555 398", "aroha.penewilliams@outlook.com"]),
]
