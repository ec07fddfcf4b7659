CVS = [
# 021 UK BBC World Service producer
"""{{C|Femi Adeyemi-Clarke}}
Senior Broadcast Journalist
{{C|Flat 9, 31 Stanhope Road, London N6 5AL}} | {{C|07812 557 093}} | {{C|femi.ac@fastmail.co.uk}}

CAREER
Mar 2015 – present  {{K|Senior Broadcast Journalist, BBC World Service — Newsday}}
  Producing live two-ways from Lagos, Nairobi and Accra; {{K|special on Uganda's Anti-Homosexuality Act}} (2023)
Sep 2010 – Feb 2015  {{K|Producer, LBC}}
Jun 2008 – Aug 2010  Researcher, Channel 4 Dispatches ({{K|"Immigration Removal Centres Undercover"}})

TRAINING
BBC Academy: Hostile Environments, {{K|Editorial Policy (Elections)}}

SKILLS
{{K|Live studio direction and output editing}}, Yoruba, French, Jerry, ENPS

DISCLOSURES & PERSONAL
{{crim|Police caution for cannabis possession, 2004}} — declared on every vetting form since.
{{tu|BECTU rep for the World Service newsroom, 2017–2021}}.
{{sex|Civil partnership with Marcus in 2013}}.
{{gen|I enrolled in the 100,000 Genomes Project with my dad}}, {{gen|who has a rare inherited kidney disease I was then tested for (clear)}}.
{{pol|Green Party member}}.

References available.""",

# 022 Irish political correspondent
"""{{C|Niamh Kavanagh-Breen}}
Political Correspondent
{{C|niamhkb@gmail.com}} | {{C|+353 86 230 7718}} | {{C|Rathmines, Dublin 6}}

I've covered Leinster House for nine years, through three governments, two referendums and more leaks than I can count.

EXPERIENCE
2019–    {{K|Political Correspondent, The Irish Times}}
2015–19  {{K|Political Reporter, TheJournal.ie}}
         – {{K|Noteworthy investigation into Direct Provision centres}} (2018)
2013–15  {{K|Reporter, Irish Independent}}

SELECTED STORIES
"{{K|The Mother and Baby Homes report: what the State knew}}" (2021)
"Inside the Sinn Féin surge" (2020)

EDUCATION
BA Politics, UCD; MA Journalism, University of Limerick

PERSONAL
{{rel|Raised Catholic, formally defected in 2010 and I'm an atheist}}. {{sex|Out since twenty, I met my girlfriend Roisin at a marriage equality canvass}}. {{crim|I have a 2011 drink-driving conviction from Kilkenny District Court}}. {{gen|I'm one of the volunteers in the Irish DNA Atlas}}, which is how I found out half my great-grandparents were from Mayo.
{{age|Aged 36}}.""",

# 023 US public radio producer, formerly incarcerated
"""{{C|Marcus DeShawn Tillman}}
Audio Producer & Co-Host
{{C|Oakland, CA 94607}} · {{C|marcus.tillman@proton.me}} · {{C|(510) 555-0162}}

I tell stories about prison because {{crim|I served eleven years at San Quentin for armed robbery}}, {{age|from nineteen to thirty}}. I learned audio inside the prison media center and I never stopped.

EXPERIENCE
2020–present  {{K|Producer, KQED — "The Bay"}}
   {{K|Series on parole board hearings and compassionate release}}
2017–2020     {{K|Co-producer, San Quentin prison media lab (podcast and newspaper)}}
2021–present  Instructor, audio storytelling, Bay Area re-entry centers

AWARDS
{{K|Peabody Award (team), 2022}}

SKILLS
Field recording, Pro Tools, scripting for broadcast, {{K|trauma-informed interviewing}}

PERSONAL
{{rel|I took my shahada in the chapel at San Quentin in 2014 and still pray at Masjid Al-Islam}}. {{fam|Father of a daughter born the year I went in}}. {{gen|My DNA is still in the CODIS database from my conviction}}.

Reference: {{C|Nigel Poor}}, co-founder.""",

# 024 Canadian comms director for NDP caucus
"""{{C|Raven Cardinal}}
Director of Communications
{{C|Edmonton, AB}} | {{C|780-555-0128}} | {{C|raven.cardinal@telus.net}}

EXPERIENCE
{{K|Director of Communications, Alberta NDP Caucus}}, 2021–present
- Lead a team of six; daily media for the Official Opposition
- {{K|Messaging on the 2023 provincial election health-care platform}}
{{K|Communications Officer, Assembly of Treaty Chiefs}}, 2017–2021
{{K|Reporter, APTN National News}}, 2013–2017
- {{K|Coverage of the Missing and Murdered Indigenous Women and Girls inquiry}}

EDUCATION
BA Native Studies & Political Science, University of Alberta

ABOUT ME
{{eth|I'm Nehiyaw (Plains Cree) from Maskwacîs}}. {{sex|I'm two-spirit and married to my husband Joel}}. {{pol|I've been an NDP member since my university days}} — obviously. Before journalism I worked at the public library, where {{tu|I was a CUPE 3550 steward}}. {{hea|I've been in recovery from alcohol since 2012}}.

Languages: English, Cree (intermediate).

References: {{C|Karen Makokis}}, Chief of Staff.""",

# 025 Australian photographer
"""{{C|Jack Papadakis}} — Photographer
{{C|Marrickville NSW 2204}} / {{C|0418 552 091}} / {{C|jack@jackpapadakis.com.au}}

Work
Freelance editorial photographer, 2012–now. Regular commissions for {{K|The Sydney Morning Herald Good Weekend}}, The Saturday Paper and Guardian Australia.

Recent stories
- {{K|"Manus, ten years on": asylum seekers resettled in Port Moresby}} (Guardian Australia, 2023)
- {{K|Sydney Gay and Lesbian Mardi Gras: 45 years of Sydney's 78ers}} (SMH, 2023)
- Coal seam gas protests at Narrabri (2020)

Education
{{K|Diploma of Photography, Sydney TAFE}} (2011)

Kit
{{K|Nikon Z9, Hasselblad 907X, Profoto B10}}

The bit I'd normally leave out
{{crim|I've got a conviction for graffiti and malicious damage from Newtown Local Court}}, {{age|when I was nineteen}}; I did 200 hours of community service and it's why I started shooting walls instead of painting them. {{gen|My fingerprints and DNA sample from that arrest are still on the NSW Police database}}. {{sex|My partner Ben and I}} {{fam|have a baby due in March via surrogacy}}. {{rel|Greek Orthodox family, I'm at St Sophia every Easter}}.

Referee: {{C|Kate Geraghty}}, SMH chief photographer.""",

# 026 Indian PR agency head
"""{{C|Meghna Shah}}
Founder & CEO, Tidewater PR
{{C|803, Sea Breeze Towers, Worli, Mumbai 400018}} — {{C|meghna@tidewaterpr.in}} — {{C|+91 98200 77341}}

PROFESSIONAL JOURNEY
2016 – present   {{K|Founder & CEO, Tidewater PR}} (42 staff; Mumbai, Bengaluru)
                 Clients: {{K|Tata AIA Life, Nykaa, and the Maharashtra State AIDS Control Society}}
2009 – 2016      Vice President, Edelman India — {{K|Corporate reputation practice}}
2005 – 2009      {{K|Reporter, The Economic Times}}

WINS
Campaign of the Year, SABRE South Asia 2021, for a {{K|mental-health awareness campaign with MPower}}

EDUCATION
MBA, Narsee Monjee (2005); BMM, Sophia College

PERSONAL
{{rel|Jain — I keep chauvihar, so no client dinners after sunset}}. {{pol|I'm a member of the BJP Mahila Morcha in Mumbai}}. {{sex|My partner, Anjali, and I}} have lived together for ten years, which still surprises some relatives. {{gen|When my iris scan kept failing the Aadhaar update I had to re-enrol my biometrics twice}}. {{age|Born 1982}}.""",

# 027 Pakistani documentary filmmaker
"""{{C|Samuel Yousaf Masih}}
Documentary Filmmaker / Cinematographer
{{C|Youhanabad, Lahore}} · {{C|0333 472 9018}} · {{C|samuel.masih.films@gmail.com}}

FILMOGRAPHY
2023  {{K|"Gutter Gods" — Christian sanitation workers in Lahore (feature documentary)}}, IDFA Bertha Fund
2020  {{K|"The Brick Line" for Al Jazeera Witness}}
2018  Short: "Choir", Youhanabad church choir after the 2015 bombings

EMPLOYMENT
2014–2019  {{K|Camera Operator, BBC Urdu (Lahore)}}
2011–2014  {{K|Assistant Cameraman, Express News}}

EDUCATION
{{K|BFA Film & Television, National College of Arts}} (2010)

ABOUT ME
{{rel|I am a Catholic from Youhanabad}} and my family has been in sanitation work for three generations — that is where my film comes from. {{eth|We are Punjabi Christians, descended from Chuhra converts}}. {{crim|In 2017 I spent two nights in Kot Lakhpat jail after a false complaint; I was acquitted}}. {{fam|Unmarried; I support my mother and two sisters}}. {{age|Age 35}}.

Equipment: Sony FX6, DJI Ronin, Sound Devices MixPre.""",

# 028 Nigerian investigative journalist
"""{{C|CHIDINMA NWOSU-OKEKE}}
Investigative Journalist
{{C|Flat 6, Block C, Gwarimpa Estate, Abuja}} | {{C|0706 332 1845}} | {{C|chidinma.nwosu@protonmail.com}}

EXPERIENCE
2018–present  {{K|Investigations Editor, Foundation for Investigative Journalism (FIJ)}}
   • {{K|Undercover report on Kirikiri prison conditions (2021)}}
   • {{K|Series on fake COVID-19 test certificates at Lagos labs}}
2013–2018     {{K|Reporter, Sahara Reporters}}

TRAINING
{{K|Thomson Reuters Foundation investigative course}}; BBC Media Action safety training

RISKS YOU SHOULD KNOW
{{crim|In 2019 the DSS arrested and arraigned me under the Cybercrimes Act for a story on a senator; the case was struck out in 2020}}. {{gen|I am sickle-cell SS}}, {{hea|with about two crises a year that need a day or two in hospital}}.

PERSONAL
{{eth|Igbo, from Nnewi, Anambra State}}. {{pol|I'm an Obidient — I volunteered for Peter Obi's Labour Party campaign in 2023}}. {{tu|NUJ FCT Council member}}.

REFEREES
{{C|Mr. Fisayo Soyombo}}; {{C|Prof. Ayo Olukotun}}""",

# 029 Kenyan interpreter
"""{{C|Ahmed Abdirahman Hassan}}
Interpreter & Translator (Somali · Swahili · English · Arabic)
{{C|Eastleigh, Nairobi}} | {{C|0711 492 006}} | {{C|ahmed.hassan.translate@gmail.com}}

EXPERIENCE
2017–present  {{K|Community Interpreter, UNHCR Kenya (Dadaab and Nairobi)}}
  – {{K|Refugee status determination interviews}}; over 1,500 interviews
  – {{K|Translated the Kenya Refugees Act 2021 summary into Somali}}
2013–2017     {{K|Fixer and translator for foreign correspondents (Reuters, The Guardian, VOA)}}
  – Westgate attack coverage (2013), al-Shabaab recruitment features

EDUCATION
{{K|BA Linguistics, University of Nairobi}} (2012)

ABOUT
{{eth|I came to Kenya as a refugee from Kismayo in 1998 and became a Kenyan citizen in 2019}}. {{gen|My iris scan and fingerprints have been on UNHCR's biometric register since I was a child in Ifo camp}}. {{rel|A practising Muslim}}, {{fam|married with five children}}. {{age|Born 1991}}.

References: {{C|Ms. Faith Wanjiru}}, Protection Officer.""",

# 030 South African podcaster
"""{{C|Zanele "Z" Dube}} — Podcaster & Host, "Loud Mouth"
{{C|Observatory, Cape Town}} · {{C|z@loudmouthpod.co.za}} · {{C|064 882 1307}}

About me
{{sex|I'm queer and I talk about it on every episode}}. Loud Mouth is a weekly culture and politics show — 1.1M downloads since 2020, ranked top 10 in SA on Apple Podcasts.

Highlights
- {{K|Live episode at the Cape Town Pride stage}}
- {{K|Mini-series on the Marikana massacre inquiry}}
- {{K|Interview with the Archbishop Emeritus on faith and LGBTQ+ inclusion}}

Work
{{K|Host & Executive Producer, Loud Mouth (Spotify Partner Program)}}, 2020–now
{{K|Producer, 702 Talk Radio}}, 2016–2020
{{K|Copywriter, Ogilvy Cape Town}}, 2013–2016

Life
{{hea|Bipolar II, managed with meds and a very good psychiatrist}}. {{pol|I was an EFF branch member until 2019}}; now I'm just angry on the internet. {{crim|Criminal record: shoplifting, 2009, admission of guilt fine}} ({{age|I was 17}}).

Contact my agent: {{C|Rochelle Adams}}, Sound Idea Talent.""",
]
