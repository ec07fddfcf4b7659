from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("011", """
Semhar Tesfay, MCIL
Public Service Interpreter and Translator - Tigrinya, Amharic, Arabic > English
Leicester LE2 | semhar.tesfay.translates@gmail.com | 07984 221 530

Profile
I translate and interpret where the stakes are highest: asylum interviews, immigration tribunals, GP and mental-health appointments. Age 38. I came to the UK as a refugee from Eritrea in 2004, so I know the process the people across the table are going through, and I keep that knowledge out of the room.

Work
Freelance, 2012-present
- Translation of Home Office asylum interview records and witness statements (Tigrinya and Arabic into English), approx. 400 files
- Court interpreting, First-tier Tribunal (Immigration and Asylum Chamber), Taylor House and Birmingham
- NHS interpreting for perinatal and mental-health services, Leicestershire Partnership Trust
In-house translator, Refugee Action, Leicester - 2009-2012

Qualifications
DPSI (Law, English/Tigrinya), Chartered Institute of Linguists, 2011
Member of the Chartered Institute of Linguists (MCIL) | NRPSI registered
Community Interpreting Level 3

Availability
Single mother; available school hours and for remote work at other times. I fast during Orthodox Lent and Ethiopian Orthodox Easter, which never stops me working but I'd rather not do long lunch meetings then.
""",
 [(D, "Age 38"), (E, "I came to the UK as a refugee from Eritrea in 2004"), (F, "Single mother"),
  (R, "I fast during Orthodox Lent and Ethiopian Orthodox Easter")],
 ["Translation of Home Office asylum interview records and witness statements",
  "Court interpreting, First-tier Tribunal (Immigration and Asylum Chamber)",
  "NHS interpreting for perinatal and mental-health services",
  "DPSI (Law, English/Tigrinya), Chartered Institute of Linguists, 2011",
  "Member of the Chartered Institute of Linguists (MCIL)", "NRPSI registered",
  "In-house translator, Refugee Action, Leicester"],
 ["Semhar Tesfay", "Leicester LE2", "semhar.tesfay.translates@gmail.com", "07984 221 530"]),

("012", """
Kyle Brennan-Ortiz - Fitness Professional
Toronto, ON M6J · 416-555-0188 · kyle@kbfit.ca

ABOUT
25 years old, CSEP-certified trainer who makes the gym feel less like a judgement. I'm gay, and my boyfriend Marco and I run a free queer-friendly bootcamp in Trinity Bellwoods every summer Sunday.

EXPERIENCE
Group Fitness Lead, GoodLife Fitness, Queen West (2021-present)
• Programme 38 classes a week across HIIT, spin and mobility
• Designed adaptive classes for members with MS and spinal-cord injuries
• Ran GoodLife's activation booth at the Pride Toronto 5K (corporate sponsor)
Personal Trainer, YMCA of Greater Toronto (2019-2021)

CERTIFICATIONS
CSEP Certified Personal Trainer (CSEP-CPT) · canfitpro Fitness Instructor Specialist · Standard First Aid & CPR-C

HEALTH, SINCE YOU'LL ASK
I was diagnosed with type 2 diabetes at 21 and it has been in remission since 2022 - that's how I got into coaching. A 23andMe test also showed I carry one copy of the HFE haemochromatosis variant, so I donate blood every three months anyway.

VOLUNTEERING
Canvasser for the Ontario NDP, 2022 provincial election.
""",
 [(D, "25 years old"), (S, "I'm gay"), (S, "my boyfriend Marco"),
  (H, "diagnosed with type 2 diabetes at 21 and it has been in remission since 2022"),
  (G, "I carry one copy of the HFE haemochromatosis variant"),
  (P, "Canvasser for the Ontario NDP, 2022 provincial election")],
 ["Group Fitness Lead, GoodLife Fitness, Queen West",
  "Designed adaptive classes for members with MS and spinal-cord injuries",
  "Ran GoodLife's activation booth at the Pride Toronto 5K (corporate sponsor)",
  "CSEP Certified Personal Trainer (CSEP-CPT)", "canfitpro Fitness Instructor Specialist",
  "Personal Trainer, YMCA of Greater Toronto", "Standard First Aid & CPR-C"],
 ["Kyle Brennan-Ortiz", "Toronto, ON M6J", "416-555-0188", "kyle@kbfit.ca"]),

("013", """
GRÁINNE MORAN
Event Manager | Conferences, Weddings, Festivals
Drumcondra, Dublin 9 | +353 86 555 2207 | grainne@moranevents.ie

Twelve years planning events for 50 to 5,000 guests, from trade congresses to three-day weddings. Calm on the radio, strict on the budget.

EXPERIENCE
Senior Event Manager, Moran Events Ltd (own company) - 2017-present
- Delivered conference logistics for the ICTU Biennial Delegate Conference 2019 and 2023: 900 delegates, accreditation, hall voting systems
- Planned a three-day Hindu wedding for 1,200 guests at Carton House, incl. mandap build, vegetarian catering and a fire-safety plan for the havan
- Party conference fringe events for two public-affairs consultancies
- Bar and bat mitzvah receptions for families from the Dublin Hebrew Congregation
Event Coordinator, Convention Centre Dublin - 2012-2017
- Medical and pharma congresses up to 4,000 delegates

EDUCATION & TRAINING
BA Event Management, Technological University Dublin
Certified Meeting Professional (CMP), 2016
Safe Pass; Event Safety Management (Level 6)

SKILLS
Cvent, Eventbrite, Excel budgeting, supplier negotiation, crowd-flow planning, French (B2)

REFEREES
Declan Foley, Operations Director, CCD - dfoley@theccd.ie
Aisling Kavanagh - +353 1 555 0923
""",
 [],
 ["Senior Event Manager, Moran Events Ltd",
  "Delivered conference logistics for the ICTU Biennial Delegate Conference 2019 and 2023",
  "Planned a three-day Hindu wedding for 1,200 guests at Carton House",
  "Party conference fringe events for two public-affairs consultancies",
  "Bar and bat mitzvah receptions for families from the Dublin Hebrew Congregation",
  "Event Coordinator, Convention Centre Dublin", "Certified Meeting Professional (CMP), 2016",
  "BA Event Management, Technological University Dublin"],
 ["GRÁINNE MORAN", "Drumcondra, Dublin 9", "+353 86 555 2207", "grainne@moranevents.ie",
  "Declan Foley", "dfoley@theccd.ie", "Aisling Kavanagh", "+353 1 555 0923"]),

("014", """
Devon 'Bassline' Gayle
Bass Guitar · Musical Director · Session Player
Kingston 6, Jamaica  |  876-555-0163  |  devongayle.bass@gmail.com

PERSONAL
Jamaican citizen, born 1984. Father of three. Rastafari faith (Nyabinghi house) - I keep an ital diet on tour, so please feed me accordingly.

CREDITS
Tuff Gong Studio sessions - 2006-present (over 200 album credits)
Bass, Third World - world tours 2012-2018
Musical Director, Reggae Sumfest house band, Montego Bay - 2019, 2022, 2023
Bass, gospel album 'Higher Ground' for the Jamaica Gospel Music Awards (session fee)

TEACHING
Part-time lecturer, popular music, Edna Manley College of the Visual and Performing Arts

TRAINING
Diploma in Music, Edna Manley College (2005)

MEMBERSHIPS
Member, Jamaica Federation of Musicians and Affiliated Artistes Union
JACAP (copyright society) writer member

DISCLOSURE
I was convicted in 2010 of possession of ganja; the record was expunged after the 2015 amendments, but I mention it because some visa forms ask.
""",
 [(E, "Jamaican citizen"), (D, "born 1984"), (F, "Father of three"),
  (R, "Rastafari faith (Nyabinghi house) - I keep an ital diet on tour"),
  (U, "Member, Jamaica Federation of Musicians and Affiliated Artistes Union"),
  (C, "I was convicted in 2010 of possession of ganja; the record was expunged after the 2015 amendments")],
 ["Tuff Gong Studio sessions", "Bass, Third World - world tours 2012-2018",
  "Musical Director, Reggae Sumfest house band, Montego Bay",
  "Bass, gospel album 'Higher Ground' for the Jamaica Gospel Music Awards (session fee)",
  "Part-time lecturer, popular music, Edna Manley College of the Visual and Performing Arts",
  "JACAP (copyright society) writer member", "Diploma in Music, Edna Manley College (2005)"],
 ["Devon 'Bassline' Gayle", "Kingston 6, Jamaica", "876-555-0163", "devongayle.bass@gmail.com"]),

("015", """
Liam Prendergast
Health & Science Reporter
Brunswick VIC 3056 · 0400 555 219 · liam.prendergast@fastmail.com.au

Experience
ABC News, Melbourne - Health Reporter (2019-present)
 - Led the ABC's coverage of the COVID-19 vaccine rollout and Victoria's lockdowns
 - Investigation into private psychiatric hospital billing (Walkley Award finalist, 2021)
 - Weekly explainer on the NDIS for ABC Radio Melbourne
The Age - Cadet, then general news reporter (2014-2019)
 - Courts, the 2018 Victorian state election, the Royal Commission into Victoria's Mental Health System

Education
Bachelor of Journalism, RMIT University
Graduate Certificate in Science Communication, ANU

Memberships
MEAA member and house committee rep at the ABC Southbank office

About me
I have ADHD, diagnosed at 30, and I'm good at deadlines because of it, not despite it. Engaged to my boyfriend, Tom, and planning a wedding for next spring. Outside work I volunteered as a booth captain for the Greens at the 2022 federal election, and I step back from any story touching the party.
""",
 [(U, "MEAA member and house committee rep"), (H, "I have ADHD"), (D, "diagnosed at 30"),
  (F, "Engaged"), (S, "my boyfriend, Tom"),
  (P, "volunteered as a booth captain for the Greens at the 2022 federal election")],
 ["ABC News, Melbourne - Health Reporter",
  "Led the ABC's coverage of the COVID-19 vaccine rollout",
  "Investigation into private psychiatric hospital billing (Walkley Award finalist, 2021)",
  "Weekly explainer on the NDIS for ABC Radio Melbourne",
  "the 2018 Victorian state election, the Royal Commission into Victoria's Mental Health System",
  "Bachelor of Journalism, RMIT University",
  "Graduate Certificate in Science Communication, ANU"],
 ["Liam Prendergast", "Brunswick VIC 3056", "0400 555 219", "liam.prendergast@fastmail.com.au"]),

("016", """
RUTH ABRAMSON-KELLER, soprano
Chicago, IL  ·  773-555-0195  ·  ruth@ruthabramson.com  ·  Management: Carla Ito, Ito Artists

Age range 30-40 · Lyric soprano · AGMA member since 2012

OPERA
Mimì, La bohème - Lyric Opera of Chicago (2023)
Sister Constance, Dialogues des Carmélites - Chicago Opera Theater (2022)
Pamina, Die Zauberflöte - Opera Theatre of Saint Louis (2019)
Micaëla, Carmen - Des Moines Metro Opera (2018)

CONCERT & ORATORIO
Verdi Requiem, soprano soloist - Grant Park Music Festival
Bach St Matthew Passion - Music of the Baroque
Brahms Ein deutsches Requiem - Madison Symphony

EDUCATION
MM Voice, The Juilliard School · BM, Oberlin Conservatory

A NOTE
In 2018 a vocal fold haemorrhage led to microsurgery and four months of silence; my voice is fully back, and I'm happy to share my laryngologist's clearance. Off stage I sing on the High Holy Days at my own shul, Anshe Emet, as a volunteer, and I live in Andersonville with my wife, the cellist Dana Ruiz. For complete honesty with US presenters' background checks: a 2004 juvenile shoplifting record, since sealed.
""",
 [(D, "Age range 30-40"), (U, "AGMA member since 2012"),
  (H, "a vocal fold haemorrhage led to microsurgery and four months of silence"),
  (R, "I sing on the High Holy Days at my own shul, Anshe Emet, as a volunteer"),
  (S, "my wife"), (C, "a 2004 juvenile shoplifting record, since sealed")],
 ["Mimì, La bohème - Lyric Opera of Chicago (2023)",
  "Sister Constance, Dialogues des Carmélites - Chicago Opera Theater (2022)",
  "Verdi Requiem, soprano soloist - Grant Park Music Festival",
  "Bach St Matthew Passion - Music of the Baroque", "MM Voice, The Juilliard School",
  "Pamina, Die Zauberflöte - Opera Theatre of Saint Louis (2019)"],
 ["RUTH ABRAMSON-KELLER", "Chicago, IL", "773-555-0195", "ruth@ruthabramson.com", "Carla Ito",
  "Dana Ruiz"]),

("017", """
Callum 'Cal' McInnes - comedian, writer, workshop leader
Dennistoun, Glasgow G31 · 07555 010 274 · calmcinnes.com · bookings: Fiona Rae, Mirth Control Scotland

I'm 43, I've done this for fifteen years, and the best thing I can say about my act is that people who hate comedy still come back.

WRITING
Writers' room, 'Scot Squad' (BBC Scotland), series 5-7
Sketches for 'Breaking the News', BBC Radio Scotland
Solo show 'Sectarian Sundays' - growing up between Celtic and Rangers households - Edinburgh Fringe 2022, four stars, The Scotsman

STAND-UP
Headliner, The Stand Comedy Club (Glasgow, Edinburgh, Newcastle)
Support tours for Frankie Boyle (2019) and Janey Godley (2021)

WORKSHOPS
Comedy-writing workshops in HMP Low Moss and HMP Barlinnie with the Citizens Theatre learning team, 2018-2023

HONEST BIT
I served eight months in Barlinnie myself in 2011 for assault, which is how I ended up teaching in there. Recovering alcoholic, sober since 2016. Divorced, no drama, just life. SNP member, branch canvasser at every election since the 2014 referendum - it never comes onstage. Equity member (variety branch).
""",
 [(D, "I'm 43"), (C, "I served eight months in Barlinnie myself in 2011 for assault"),
  (H, "Recovering alcoholic, sober since 2016"), (F, "Divorced"),
  (P, "SNP member, branch canvasser at every election since the 2014 referendum"),
  (U, "Equity member (variety branch)")],
 ["Writers' room, 'Scot Squad' (BBC Scotland)",
  "Solo show 'Sectarian Sundays' - growing up between Celtic and Rangers households",
  "Headliner, The Stand Comedy Club",
  "Comedy-writing workshops in HMP Low Moss and HMP Barlinnie with the Citizens Theatre learning team",
  "Sketches for 'Breaking the News', BBC Radio Scotland",
  "Support tours for Frankie Boyle (2019) and Janey Godley (2021)"],
 ["Callum 'Cal' McInnes", "Dennistoun, Glasgow G31", "07555 010 274", "calmcinnes.com", "Fiona Rae"]),

("018", """
Miriam Lazarus - Blue Badge Tourist Guide (London)
Stamford Hill, London N16 | 020 7946 0855 | miriam@lazaruswalks.co.uk

Blue Badge Tourist Guide, Institute of Tourist Guiding (qualified 1998), Clerkenwell and Islington guide badge, City of London guide badge

WHAT I GUIDE
- Jewish East End walking tour: Bevis Marks Synagogue, the Soup Kitchen for the Jewish Poor, Petticoat Lane
- Brick Lane Jamme Masjid visits for school groups - one building, Huguenot chapel, synagogue and mosque in turn
- Guided study visits for the Holocaust Educational Trust 'Lessons from Auschwitz' teachers' programme (London leg)
- Coach tours in English, Hebrew and French for Cox & Kings and private clients

BEFORE GUIDING
Teacher of history, JFS school, 1984-1997

PERSONAL DETAILS
66 years young; Israeli-born, a British citizen since 1980; two grandchildren who come on the Mudlarking walk.
I am Jewish myself and keep Shabbat, so I don't guide from Friday sunset to Saturday night.
I wear hearing aids in both ears and use a voice amplifier with groups over fifteen.

REFERENCE
Peter Lane, Secretary, Guild of Registered Tourist Guides - peter.lane@guildgtg.org.uk
""",
 [(D, "66 years young"), (E, "Israeli-born, a British citizen since 1980"), (F, "two grandchildren"),
  (R, "I am Jewish myself and keep Shabbat, so I don't guide from Friday sunset to Saturday night"), (H, "I wear hearing aids in both ears")],
 ["Blue Badge Tourist Guide, Institute of Tourist Guiding",
  "Jewish East End walking tour: Bevis Marks Synagogue",
  "Brick Lane Jamme Masjid visits for school groups",
  "Guided study visits for the Holocaust Educational Trust 'Lessons from Auschwitz' teachers' programme",
  "Coach tours in English, Hebrew and French", "Teacher of history, JFS school, 1984-1997",
  "City of London guide badge"],
 ["Miriam Lazarus", "Stamford Hill, London N16", "020 7946 0855", "miriam@lazaruswalks.co.uk",
  "Peter Lane", "peter.lane@guildgtg.org.uk"]),

("019", """
Skye Joseph
Story Producer / Director - documentary & factual
North Vancouver, BC  |  604-555-0127  |  skye.joseph.docs@gmail.com  |  vimeo.com/skyejoseph

Born: 1990 | Squamish Nation member | Two-Spirit

PRODUCING
2021-now  Story Producer, APTN - 'Nation to Nation' current affairs; election-night specials for the 2021 federal vote
2021      Director, 'We Were Children Too' - residential school survivors' testimonies (APTN / Telefilm)
2019-2021 Associate Producer, CBC Vancouver - 'The Debate' and regional politics
2018      Field Producer, 'Pride in the North' (3 x 22', OUTtv) - Pride events in Whitehorse, Yellowknife and Iqaluit

CREW MEMBERSHIP
Permittee, then member of IATSE Local 891 since 2016

TRAINING
BA, First Nations and Indigenous Studies, University of British Columbia
Indigenous Screen Office Story Development Intensive (2020)

TRAVEL
Valid passport and a NEXUS card - fingerprinted and iris-scanned at the Blaine enrolment centre, useful for cross-border shoots.
""",
 [(D, "Born: 1990"), (E, "Squamish Nation member"), (S, "Two-Spirit"),
  (U, "member of IATSE Local 891 since 2016"), (G, "fingerprinted and iris-scanned at the Blaine enrolment centre")],
 ["Story Producer, APTN", "Director, 'We Were Children Too' - residential school survivors' testimonies",
  "Field Producer, 'Pride in the North' (3 x 22', OUTtv)", "Associate Producer, CBC Vancouver",
  "election-night specials for the 2021 federal vote",
  "BA, First Nations and Indigenous Studies, University of British Columbia",
  "Indigenous Screen Office Story Development Intensive (2020)"],
 ["Skye Joseph", "North Vancouver, BC", "604-555-0127", "skye.joseph.docs@gmail.com",
  "vimeo.com/skyejoseph"]),

("020", """
Rhodri Pugh - Violinist
Pontcanna, Cardiff CF11 · 029 2018 0455 · rhodri.pugh.violin@gmail.com

ORCHESTRAL
Section First Violin, BBC National Orchestra of Wales, 2009-present
 · BBC Proms, St David's Hall seasons, Hoddinott Hall broadcast recordings
 · Handel's Messiah every December in Llandaff Cathedral
 · Sub-leader for the orchestra's schools and Welsh-language family concerts
Extra player, Welsh National Opera, 2006-2009

CHAMBER & TEACHING
Second violin, Tŷ Cerdd Quartet
Violin tutor, National Youth Orchestra of Wales (summer courses)

EDUCATION
MMus Performance, Royal Welsh College of Music & Drama · BMus, Cardiff University

CAREER BREAK - read this before you ask
2015-2016: I stopped playing with focal dystonia in my right hand and retrained my bow arm with a specialist physiotherapist.
2021: I was widowed when my late husband, Gareth, died suddenly. My mother has Huntington's disease, and after a predictive genetic test (negative, 2014) I have been able to stop worrying about the same future.

UNION
Musicians' Union member; orchestra steward 2018-2022.
""",
 [(H, "focal dystonia in my right hand"), (F, "I was widowed"), (S, "my late husband, Gareth"),
  (G, "My mother has Huntington's disease"), (G, "predictive genetic test (negative, 2014)"),
  (U, "Musicians' Union member; orchestra steward 2018-2022")],
 ["Section First Violin, BBC National Orchestra of Wales",
  "Handel's Messiah every December in Llandaff Cathedral",
  "Sub-leader for the orchestra's schools and Welsh-language family concerts",
  "Extra player, Welsh National Opera", "Second violin, Tŷ Cerdd Quartet",
  "Violin tutor, National Youth Orchestra of Wales", "MMus Performance, Royal Welsh College of Music & Drama"],
 ["Rhodri Pugh", "Pontcanna, Cardiff CF11", "029 2018 0455", "rhodri.pugh.violin@gmail.com"]),
]
