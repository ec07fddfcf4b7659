CVS = [
# 031 UK small-press publisher
"""{{C|Miriam Feldberg}}
Publisher & Managing Director, Nightjar Books
{{C|Stamford Hill, London N16}} · {{C|miriam@nightjarbooks.co.uk}} · {{C|020 8800 4412}}

Nightjar is an independent press I set up in 2014: literary fiction in translation, memoir, and a small poetry list. Eight staff; sales through Bloomsbury's distribution.

EXPERIENCE
2014–present  {{K|Founder and Publisher, Nightjar Books}}
  – {{K|"The Yiddish Notebooks" (2019), shortlisted for the Jewish Quarterly-Wingate Prize}}
  – {{K|Memoir list: prison, addiction and recovery narratives}}
2008–2014     {{K|Senior Editor, Granta Books}}
2004–2008     {{K|Editorial Assistant, Faber & Faber}}

EDUCATION
MA Publishing, UCL (2004)

SKILLS
{{K|Rights trading (Frankfurt, London Book Fair)}}, P&L, Arts Council England grant applications

PERSONAL
{{rel|Observant; the office shuts at 2 pm on Fridays in winter for Shabbat}}. {{gen|My husband and I were both screened as Tay-Sachs carriers before we married}}, {{fam|and we have four children}}. {{pol|I stood for Hackney Council for the Liberal Democrats in 2018}}. {{tu|I've kept my Society of Authors membership and sit on its translators' committee}}.

Reference: {{C|Sigrid Rausing}}.""",

# 032 US content creator LinkedIn About
"""{{C|Tyler Brennan Holt}}
Content Creator | Brand Storyteller | Speaker
{{C|Salt Lake City, Utah}} · {{C|linkedin.com/in/tylerholtcreates}} · {{C|tyler@holtcreates.co}}

About
I make short videos that make people laugh and, occasionally, call their parents. 1.4M followers across TikTok and YouTube.

{{rel|I grew up in the LDS Church, served a mission in Brazil, and resigned my membership in 2017}}. {{sex|Coming out as gay at 24}} cost me a lot of my community; it also gave me my best material.

{{gen|A 23andMe kit in 2021 told me I have three half-siblings from my dad's side}} — that became {{K|"Surprise, Brother!", a 12-part YouTube series}} with 9M views.

Experience
{{K|Creator & Owner, Holt Creates LLC}} — 2019–present. Brand partners: {{K|Adobe, Squarespace, The Trevor Project}}.
{{K|Social Media Manager, Deseret News}} — 2015–2019.

{{crim|My juvenile record (a vandalism charge at 15) was expunged in 2012}}; I talk about it in school visits. {{pol|I'm a registered Democrat in one of the reddest states}}, and I'll host anybody's town hall.

{{K|Speaking: SXSW 2023, VidCon 2024}}.""",

# 033 Canadian parliamentary press gallery reporter
"""{{C|Hodan Warsame}}
Parliamentary Reporter · {{C|Ottawa, ON}}
{{C|hodan.warsame@yahoo.ca}} | {{C|613-555-0176}}

EXPERIENCE
{{K|Parliamentary Reporter, The Canadian Press — Ottawa bureau}}, 2018–present
• Member, Parliamentary Press Gallery; covered two federal elections and the {{K|Emergencies Act inquiry}}
• {{K|Series on immigration detention in provincial jails}}
• {{tu|Unit chair for CWA Canada at the CP bureau since 2021}}
{{K|Reporter, Toronto Star (intern, then general assignment)}}, 2015–2018

EDUCATION
Bachelor of Journalism, Carleton University, 2015

LANGUAGES
English, French (C1), Somali, Arabic (reading)

ABOUT ME
{{eth|I was born in a refugee camp near Mogadishu and arrived in Ottawa at six}}. {{crim|I received a record suspension in 2016 for a youth-era theft}}, which is why my security clearance took longer than usual. {{sex|I'm bisexual}} and I sit on the {{K|CAJ diversity committee}}.
{{age|31 years old}}.""",

# 034 Australian Greens press secretary
"""{{C|Eleni Kostopoulos}}
Media Adviser
{{C|Fitzroy North VIC 3068}} · {{C|0403 661 752}} · {{C|eleni.k.media@protonmail.com}}

Employment history
Jun 2022–now   {{K|Press Secretary to the Australian Greens Leader (Parliament House, Canberra)}}
               Morning doorstops, Senate estimates lines, climate-trigger campaign
Feb 2018–May 2022  {{K|Senior Journalist, The Age (state politics)}}
Jan 2014–Jan 2018  Reporter, SBS World News ({{K|asylum-seeker and Nauru coverage}})

Study
BJourn, RMIT (2013); Graduate Certificate in Climate Policy, ANU (2021)

Strengths
{{K|Tight copy under pressure}} · {{K|Senate procedure}} · Greek and English

Personal
{{pol|I'm also a Greens member myself, since 2015 in the Merri-bek branch}}. {{gen|I'm a fragile X premutation carrier}} — I did the test after my nephew's diagnosis. {{sex|I live with my girlfriend, Ash}}. {{rel|No religion, though my yiayia still takes me to Orthodox Easter}}.""",

# 035 Kerala magazine editor
"""CURRICULUM VITAE

{{C|K. P. Sreejith}}
{{C|"Sreenilayam", Kaloor, Kochi 682017, Kerala}}
Phone: {{C|94470 33218}}    Email: {{C|sreejith.kp@mathrubhumi-mail.in}}

{{age|Date of birth: 17/05/1976}}
{{fam|Marital status: Married, one son}}

Career
2012 – present : {{K|Associate Editor, Mathrubhumi Weekly}}
2002 – 2012 : {{K|Sub Editor, Deshabhimani}}
Notable: {{K|Special issue on Kerala's Gulf migrants and the 2020 repatriation flights}}; {{K|report on the Sabarimala agitation}}

Union and political activity
{{tu|Executive committee, Kerala Union of Working Journalists (KUWJ), 2014–2020}}
{{pol|Member of the CPI(M) since 1996}}
{{crim|Convicted and fined by the Ernakulam magistrate for unlawful assembly during a 1999 students' strike}}

Education
{{K|MA Malayalam Literature, Maharaja's College, Ernakulam}}

Other assignments: {{K|election desk for the 2016 and 2021 Kerala Assembly polls}}, and a weekly column on Malayalam cinema.

Languages: Malayalam, English, Tamil

Declaration: The above information is correct.""",

# 036 Nigerian broadcast journalist
"""{{C|EMEKA UCHENNA OBI}}
Broadcast Journalist (TV)
{{C|7 Adeola Odeku Street, Victoria Island, Lagos}} | {{C|0812 770 4451}} | {{C|emeka.obi.tv@gmail.com}}

BROADCAST EXPERIENCE
2017 – date  {{K|Senior Correspondent, Channels Television}}
  – Live reporting of the {{K|#EndSARS protests at the Lekki toll gate}} (Oct 2020)
  – {{K|Election-day coverage from INEC collation centres (2019, 2023)}}
2012 – 2017  {{K|Reporter, Arise News}}
2010 – 2012  NYSC, NTA Enugu

EDUCATION
{{K|B.A. Mass Communication, University of Nigeria, Nsukka}}

PROFESSIONAL MEMBERSHIP
Nigerian Guild of Editors (associate)

PERSONAL DETAILS
{{eth|Tribe: Igbo}}
{{age|Age: 36}}
Hobbies: football, highlife records

OTHER
{{crim|Arrested by police at Lekki on 20 October 2020 and held for 48 hours; no charge was filed}}. {{hea|Lost partial vision in my right eye from a rubber bullet that night}}.

REFEREES
{{C|Mrs. Stella Din-Jacob}}, Head of News, Channels TV""",

# 037 UK freelance sub-editor rate card
"""{{C|Sam Whitcombe}}
Freelance sub-editor & proofreader · {{C|Bristol BS5}} · {{C|sam@whitcombe-subs.co.uk}} · {{C|07392 118 460}}

DAY RATES (2025)
Newspaper / magazine shift (8 h): £210 (NUJ freelance guide rate)
Book proofreading: £32/hour
Copy-editing (non-fiction): £36/hour

RECENT CLIENTS
{{K|The Guardian (Saturday magazine subs desk)}}, {{K|Private Eye}}, {{K|Unbound}}, The Big Issue

EXPERIENCE
2016–now   Freelance
2009–2016  {{K|Chief Sub-Editor, Bristol Post}}
2006–2009  Sub-Editor, Western Daily Press

ACCREDITATION
{{K|Advanced Professional Member, CIEP}}

WORKING WITH ME
{{hea|I'm autistic and have ADHD}}; written briefs beat phone calls. {{tu|I chair the NUJ's Bristol branch and sit on its freelance committee}}. {{sex|My husband Ian and I}} live in Easton. {{crim|Spent conviction, 2005: criminal damage at a Stop the War protest}}. {{gen|I did a whole-genome sequence through Nebula in 2023}} and wrote about it for the Eye, pseudonymously.""",

# 038 Irish comms officer at Fórsa
"""{{C|Aoife Ní Mhurchú}}
Communications & Campaigns
{{C|Drumcondra, Dublin 9}} | {{C|aoife.nimhurchu@gmail.com}} | {{C|087 662 1409}}

WORK
2020 – present   {{K|Communications Officer, Fórsa trade union}}
                 {{K|Campaign for special needs assistants' pay restoration}}; {{K|media for the 2022 public-sector pay talks}}
2016 – 2020      Reporter, Irish Examiner (health desk)
                 Covered the {{K|CervicalCheck scandal}} and hospital trolley counts

EDUCATION
{{K|BA Journalism, DCU (2015)}}, first-class honours; dissertation on press coverage of the Celtic Tiger collapse

2015             Intern, RTÉ News, Montrose (six-month placement on the politics desk)

SKILLS
{{K|Campaign video in Premiere; Mailchimp; Meltwater}}

ABOUT ME
{{pol|Outside work I'm a Sinn Féin member in Dublin Central}}. {{rel|I'm a practising Catholic and sing with the choir in Berkeley Road}}. {{gen|My father was diagnosed with Huntington's disease in 2019}}, and I volunteer with the Huntington's Disease Association of Ireland. {{fam|Single, no children}}. {{age|Born 1993}}.""",

# 039 US religion reporter
"""{{C|Nathaniel Brooks}}
Religion Reporter
{{C|Nashville, TN 37206}} · {{C|nbrooks.writes@gmail.com}} · {{C|(615) 555-0114}}

EXPERIENCE
2017–present  {{K|National Religion Reporter, Religion News Service}}
  – {{K|Investigation into the Southern Baptist Convention abuse report}} (2022)
  – {{K|Coverage of the United Methodist schism over LGBTQ clergy}}
  – Profiles of megachurch pastors, imams and rabbis across the South
2012–2017     {{K|Reporter, The Tennessean}}

EDUCATION
{{K|M.Div., Vanderbilt Divinity School (2012)}}; BA, Belmont University

WHO I AM
{{rel|I was a Southern Baptist youth pastor, and I'm an atheist now}} — which makes me a better listener to both camps. {{sex|My husband, David, teaches at Hume-Fogg}}. {{crim|I was convicted of misdemeanor trespass at a 2011 Occupy Nashville sit-in}}. {{pol|Registered independent after years as a Republican}}.

Reference: {{C|Rev. Dr. Amy Whitfield}}, Vanderbilt.""",

# 040 Australian SBS journalist
"""{{C|Yusra Haddad}}
Journalist & Presenter, SBS Arabic / SBS World News
{{C|Auburn NSW 2144}} | {{C|0431 229 617}} | {{C|yusra.haddad@sbs-freelance.com.au}}

CAREER
2019–now   {{K|Presenter and Producer, SBS Arabic}}
  — Live coverage of the {{K|2023 Voice referendum for Arabic-speaking audiences}}
  — {{K|Series on Christchurch mosque attacks survivors}}
2015–2019  {{K|Journalist, Special Broadcasting Service (SBS World News)}}
2013–2015  Reporter, Western Sydney Wire

EDUCATION
Master of Journalism, University of Technology Sydney (2013)

SKILLS
Bilingual Arabic/English broadcasting; {{K|translation and interpreting (NAATI certified)}}

PERSONAL
{{eth|My parents came to Sydney from Tripoli, Lebanon, in 1976}}. {{rel|I'm a Muslim and wear hijab on air}}. {{tu|I'm the MEAA house committee delegate for SBS Sydney}}. {{pol|I was a Labor Party member until 2023}}. {{gen|I gave a DNA sample to a Lebanese-diaspora genome study at Westmead}}.

Referee: {{C|Ms. Rania Khoury}}, Executive Producer.""",
]
