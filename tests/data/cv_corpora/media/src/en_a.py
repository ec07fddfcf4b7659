CVS = [
# 001 UK investigative reporter, portfolio with bylines
"""{{C|Rhiannon Prothero}}
Investigative reporter | {{C|Cardiff CF24 3AA}} | {{C|r.prothero@protonmail.com}} | {{C|07700 912 448}}

PROFILE
Eleven years in regional and national newsrooms, most recently on the prisons and justice beat. I dig through inspection reports, FOI returns and court lists and I turn them into stories people read to the end. {{tu|NUJ member since my first traineeship (Cardiff & South East Wales branch)}}.

SELECTED BYLINES
- {{K|"Locked in for 23 hours: inside HMP Cardiff's staffing crisis"}} (WalesOnline, 2023)
- {{K|"The remand prisoners nobody counted"}} (The Guardian, 2022), shortlisted, Orwell Prize for Exposing Britain's Social Evils
- "My brain, rewired" (Guardian Weekend, 2021) — {{hea|a first-person column on my own relapsing-remitting MS diagnosis}} and returning to the newsroom on a phased timetable

EXPERIENCE
2019–present  {{K|Senior Reporter, Justice and Prisons, WalesOnline / Reach plc}}
2014–2019     {{K|Reporter, South Wales Echo}}
2013–2014     Trainee, Media Wales (NCTJ Diploma, gold standard)

SKILLS
{{K|FOI and EIR requests}}, court reporting (Crown and magistrates'), data journalism in Google Sheets and Datawrapper, shorthand 100 wpm, Welsh (conversational).

PERSONAL
{{age|Born 14 March 1988}} in Merthyr. {{fam|Two children (6 and 3), so I prefer Cardiff-based shifts}}.

Referee: {{C|Gareth Mabbott}}, News Editor, WalesOnline.""",

# 002 Irish radio producer, broadcast CV
"""{{C|CIARÁN DE BÚRCA}} — RADIO PRODUCER
{{C|Phibsborough, Dublin 7}} · {{C|ciaran.deburca@eircom.net}} · {{C|+353 87 441 2093}}

BROADCAST CREDITS
{{K|Producer, Morning Ireland, RTÉ Radio 1}} (2018–present)
  • Produced live coverage of the 2018 referendum on the Eighth Amendment and the {{K|2015 marriage equality referendum count}}
  • Set up the overnight desk rota and a pre-recorded package library of 400+ items
{{K|Producer/Researcher, Today FM, The Last Word}} (2012–2018)
  • {{K|Eight-part series on the Magdalene laundries and survivors' redress}}
Documentary: {{K|"Keeping the Faith", RTÉ Doc on One (2020)}} — portrait of a Kerry parish closing its church

TRAINING
MA Journalism, DCU (2011). Audio editing: Pro Tools, Adobe Audition, Dalet Galaxy.

OTHER
I co-founded the {{sex|RTÉ Pride network}} in 2019 and still chair its programme committee. {{sex|My husband Tomás}} is a secondary teacher in Cabra.
{{tu|SIPTU workplace rep for the RTÉ production grades, 2016–2021}}.
Gaeilge líofa — I present the occasional Irish-language slot.
{{age|Age: 41}}

References: {{C|Áine Mulcahy}}, Series Editor, RTÉ Radio 1.""",

# 003 US photojournalist
"""{{C|DANIEL OKAFOR-REYES}}
Photojournalist — Minneapolis, MN
{{C|danokaforreyes.com}} | {{C|dan@okaforreyes.photo}} | {{C|(612) 555-0187}}

I make pictures of people at the moments institutions would rather nobody saw: polling-place lines, eviction courts, shift changes at the meatpacking plants. {{eth|Son of a Nigerian father and a Mexican-American mother}}, I grew up translating for both sides of the family, which is most of what I know about listening.

STAFF & CONTRACT
2017–2024  {{K|Staff Photographer, Star Tribune}}
2014–2017  {{K|Contract photographer, Associated Press (Upper Midwest)}}

PROJECTS
• {{K|"Line at Precinct 3" — 2020 election-day photo essay}}, Pulitzer finalist team
• {{K|Meatpacking workers and the UFCW Local 663 strike, 2022}}
• Ramadan nights in Cedar-Riverside (Sahan Journal, 2023)

LEGAL NOTE FOR EMPLOYERS
{{crim|I was arrested on 30 May 2020 while photographing the protests and charged with curfew violation; the charge was dismissed in September 2020}}. My press credential was displayed at the time.

EQUIPMENT & SKILLS
Sony A1 / A9 II, Photo Mechanic, Lightroom, {{K|drone Part 107 certified}}, Spanish native.

{{age|DOB 02/11/1986}}""",

# 004 Canadian podcaster, LinkedIn About
"""{{C|Maya Tremblay-Singh}} · Host & Executive Producer, "Small Hours" · {{C|Toronto, Ontario}}
{{C|linkedin.com/in/mayatremblaysingh}}

ABOUT
I make podcasts about the things people whisper. "Small Hours" started in my kitchen in 2019, and now reaches about 90,000 listeners an episode on Spotify and Apple. The show began, honestly, because {{hea|I was on leave for postpartum depression and couldn't sleep}}. {{fam|My daughter was four months old}}, and the only thing I could do at 3 a.m. was record.

Since then we've covered {{K|a season on Canada's residential school survivors}}, {{K|a six-episode investigation into a Mississauga pastor's finances}}, and a gentle, funny series on queer elders in small-town Ontario.

EXPERIENCE
{{K|Host & Executive Producer, Small Hours (independent, distributed by Curiouscast)}} 2019–now
{{K|Associate Producer, CBC Radio — The Current}}, 2014–2019
Production Assistant, TVO, 2012–2014

SKILLS
{{K|Narrative audio editing (Hindenburg, Descript)}} · Interviewing trauma survivors · Sponsorship sales · Spotify and Apple analytics

A little more about me: {{eth|my dad came to Canada from Punjab in 1984}}, my mum is from Trois-Rivières, and I'm fluent in French and passable in Punjabi. {{rel|Sundays are gurdwara with my dad}} — it's non-negotiable and I love it.""",

# 005 Australian PR / party press office
"""{{C|Lachlan Beveridge}}
{{C|Unit 4, 12 Wattle Street, Brunswick VIC 3056}} | {{C|0412 338 905}} | {{C|lbeveridge.comms@gmail.com}}

Career summary
Media adviser with nine years across agency PR and political press offices. Fast, discreet, calm at 11 p.m. when the Sunday papers call.

Employment
{{K|Press Secretary, Office of the Leader of the Opposition (Liberal Party of Australia, Victorian Division)}}, 2019–2022
— Managed daily media for the 2022 state election campaign; 40+ press conferences.
{{K|Account Director, Porter Novelli Melbourne}}, 2015–2019
— Crisis communications for a private hospital group during the 2017 IVF clinic recall.
{{K|Media Officer, Australian Red Cross (Vic)}}, 2013–2015

Education
{{K|BA (Media & Communications), University of Melbourne}}, 2012

Other information
{{pol|Liberal Party member (Kooyong branch) since 2010; I stood for preselection in 2021}}.
{{hea|I manage type 1 diabetes with a pump; no impact on campaign hours}}.
{{fam|Married, one son}}.
{{age|I turned 33 this year}}.

Skills: {{K|Issues management and crisis comms}}, Meltwater, Isentia, speech writing.""",

# 006 Indian journalist bio-data
"""BIO-DATA

Name             : {{C|Smt. Lakshmi Venkataraman}}
{{age|Date of Birth    : 09-08-1979}}
{{rel|Religion         : Hindu (Iyer)}}
{{fam|Marital status   : Married, two daughters}}
Address          : {{C|Flat 3B, Kaveri Apartments, Besant Nagar, Chennai 600090}}
Mobile           : {{C|+91 94440 17263}}
E-mail           : {{C|lakshmi.venkat79@rediffmail.com}}

CAREER
2011 – till date  {{K|Deputy Editor, The Hindu (Chennai)}} — in charge of the Sunday Magazine
2004 – 2011       {{K|Senior Correspondent, Deccan Chronicle, Chennai bureau}}
2001 – 2004       Reporter, Indian Express, Madurai

NOTABLE WORK
* {{K|Series on manual scavenging deaths in Tamil Nadu (2016)}} — Ramnath Goenka Award
* {{K|Coverage of the Sabarimala temple entry verdict}} (2018)
* {{K|Edited the "Caste and the Classroom" special issue (2020)}}

LANGUAGES : Tamil, English, Hindi, Malayalam (reading)

OTHER
{{hea|Took eight months' leave in 2014 for chemotherapy (breast cancer), in remission since}}. {{tu|Member, Madras Union of Journalists ethics committee}} (press-freedom cases pro bono).

I hereby declare that the above particulars are true to the best of my knowledge.
Place: Chennai""",

# 007 Pakistani broadcast journalist
"""{{C|Usman Ghani Bhatti}}
Senior Producer / Anchor — Current Affairs
{{C|House 17, Street 9, F-7/3, Islamabad}} · {{C|+92 300 5512 874}} · {{C|usman.bhatti.tv@gmail.com}}

BROADCAST
2016–present  {{K|Senior Producer, Dawn News, "Newseye"}}
   - Produced prime-time discussion on the 2018 and 2024 general elections
   - {{K|Field special on blasphemy-law cases in Punjab's lower courts}}
2011–2016     {{K|Reporter, Geo News, Lahore}}
   - Covered the 2014 PTI–PAT sit-in on the Constitution Avenue for 126 days

DOCUMENTARY
{{K|"Brick by Brick" (2019), bonded labour at brick kilns}}, screened at the Karachi Literature Festival

EDUCATION
{{K|MA Mass Communication, University of the Punjab}}, 2010

PRESS FREEDOM
{{crim|Detained overnight at Kohsar police station in 2021 under section 505 PPC after a programme on the Faizabad sit-in; FIR quashed by the Islamabad High Court in 2022}}. Executive member, {{tu|Rawalpindi-Islamabad Union of Journalists (RIUJ), 2019–2023}}.

PERSONAL
{{age|Age 38}}. {{fam|Married with three children}}. {{rel|My family is Ahmadi}}, which I mention only because some posts have asked.""",

# 008 Nigerian editor
"""CURRICULUM VITAE

{{C|ADEBAYO OLUWASEUN FASHOLA}}
{{C|14 Adeniyi Jones Avenue, Ikeja, Lagos}} | {{C|0803 441 7729}} | {{C|seunfashola.editor@yahoo.com}}

PERSONAL DATA
{{age|Date of Birth: 21st June, 1975}}
{{eth|State of Origin: Ogun (Yoruba)}}
{{fam|Marital Status: Married with four children}}
{{rel|Religion: Christianity (RCCG)}}

WORK EXPERIENCE
{{K|Managing Editor, Premium Times}} — 2017 till date
• Supervised the {{K|Panama Papers and Pandora Papers partnership with ICIJ}}
• Edited the series on {{K|INEC's BVAS failures in the 2023 presidential election}}
{{K|Politics Editor, The Punch}} — 2009–2017
Reporter, Vanguard — 2001–2009

AWARDS
{{K|Wole Soyinka Award for Investigative Reporting (2015)}}

MEMBERSHIP
{{tu|Nigeria Union of Journalists, Lagos Council — financial secretary 2012–2015}}
Nigerian Guild of Editors

HEALTH
{{hea|Hypertensive, well controlled}}

REFEREES
{{C|Mr. Dapo Olorunyomi}}, Publisher
{{C|Dr. Ngozi Ekwueme}}, Department of Mass Communication, UNILAG""",

# 009 Kenyan content creator rate card
"""{{C|WANJIKU "WANJI" MWANGI}} — Content Creator & Video Storyteller
{{C|Kilimani, Nairobi}} | {{C|@wanjimakes}} | {{C|hello@wanjimakes.co.ke}} | {{C|+254 722 608 114}}

2025 RATE CARD (KES)
TikTok / Reels video (60–90 s) ........ 85,000
YouTube integration (90 s) ............ 140,000
Instagram carousel + stories .......... 60,000
Half-day studio shoot ................. 50,000
Usage rights beyond 3 months: +25%

AUDIENCE
520K TikTok · 210K Instagram · 74K YouTube. 68% women, 18–34, Kenya/Uganda/Tanzania.

PAST PARTNERS
{{K|Safaricom M-PESA "Lipa Mdogo Mdogo" launch}}, Jumia, Unilever Kenya, {{K|Marie Stopes Kenya family-planning campaign}}

WHAT I MAKE
Money explainers, Nairobi food, and lately {{hea|my own story of being diagnosed with endometriosis after nine years of pain}} — that series got me on {{K|Citizen TV's "Women's Health Week" panel}}.

BACKGROUND
{{K|Digital Producer, Nation Media Group}} 2017–2021. {{K|BA Communication, Daystar University}}.

Off camera: {{eth|proud Kikuyu girl from Nyeri}}, {{fam|single mum to a very opinionated six-year-old}}, {{rel|and on Sundays I'm at CITAM Valley Road}}.""",

# 010 South African photographer
"""{{C|Thabo Mokoena}} | Documentary Photographer
{{C|Melville, Johannesburg}} · {{C|082 914 3307}} · {{C|thabo@mokoenaphoto.co.za}}

SELECTED PROJECTS
2023  {{K|"Shafts" — zama-zama miners in abandoned Gauteng shafts}} (Daily Maverick / Pulitzer Center grant)
2021  {{K|"The Waiting Room": HIV and TB clinics in Soweto}}, exhibited at Market Photo Workshop
2019  "Ons Kerk", the Zion Christian Church Easter pilgrimage at Moria
2016  {{K|Marikana five years on}}, for Mail & Guardian

WORK
{{K|Freelance photographer for Reuters and Bloomberg}} (2014–present)
{{K|Photo editor, City Press}} (2011–2014)

EDUCATION
{{K|Market Photo Workshop, Advanced Programme in Photography (2009)}}

ABOUT ME
{{age|I was born in Tembisa in 1985}}. {{sex|My partner Sipho and I got married last December}}, and we live in Melville with his mother. {{crim|In 2006 I got a suspended sentence for possession of dagga; it was expunged in 2019}}. I shoot on Leica M10 and Fuji GFX, and I print my own fibre prints.

Union: {{tu|paid-up member of the Media Workers Association of South Africa (MWASA)}}.""",
]
