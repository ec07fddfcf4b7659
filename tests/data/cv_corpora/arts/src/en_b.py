CVS = [
# 021 deaf actor, disability-led company
r"""
<<BETHAN LLOYD-PRICE>>
Actor | BSL performer | Deaf consultant
Agent: <<Deaf Talent Agency>> — <<info@deaftalent.co.uk>> | Text/WhatsApp <<07700 900 614>>

[[D:Playing age 28-38]] · 5'4" · red hair · Welsh accent (Swansea), RP
[[H:Profoundly Deaf from birth; BSL first language]]. Interpreter/access worker needed for rehearsals (Access to Work funded).

THEATRE
2023  Nora           {{A Doll's House}}                 {{Graeae Theatre Company}} / Theatr Clwyd
2022  Various        {{The Paradis Files}}              Graeae (touring)
2021  Kat            {{Reasons You Should(n't) Love Me}} Graeae / Theatre Royal Stratford East
2019  Ensemble       {{Sign Language Shakespeare: Twelfth Night}}   Deafinitely Theatre

TV
2022  Sam (recurring)   {{Hollyoaks}}                  Lime Pictures
2020  Guest             {{Casualty}}                   BBC

TRAINING
{{Deafinitely Theatre Youth Theatre}}; {{BA Performance, Royal Welsh College of Music & Drama}} (2016)

OTHER
[[G:My deafness is genetic (connexin 26), confirmed by testing at the Wales Gene Park]]. [[S:Married to Ffion, who is also Deaf]]. [[U:Equity Deaf and Disabled Members' Committee]]. [[P:Labour Party member, active in Disability Labour]].
Skills: BSL, Visual Vernacular, aerial silks, Welsh (written), horse riding.
""",

# 022 UK illustrator, short portfolio page
r"""
<<kwame-asante.co.uk>>
<<KWAME ASANTE>> — illustration & lettering
<<hello@kwame-asante.co.uk>> · <<07852 661 029>> · Peckham, London

I draw for books, brands and newspapers. Bold line, flat colour, lots of hands.

SELECTED CLIENTS
{{Penguin Random House}} (covers for the Black Britain: Writing Back series)
{{The Guardian}} (weekly Saturday column spot, 2021–)
Nike London — Black History Month 2022 campaign
{{Tate Kids}} — "Who was Lubaina Himid?" explainer

BOOKS
{{"Small Island Kitchen"}} (Walker Books, 2023) — a picture book about a Ghanaian grandma's Sunday cooking
"Praise Songs" (illustrator, 2021) — anthology of gospel lyrics for children

EDUCATION
{{BA (Hons) Illustration, Camberwell College of Arts}}, 2017

SOMETHING ABOUT ME
[[E:British-Ghanaian, Asante on both sides]]. [[G:I have sickle cell disease (HbSS)]] — [[H:I get a couple of crises a year and two or three hospital stays]], so I always build in buffer to deadlines. [[C:Youth caution for shoplifting when I was 15]] — long behind me, but DBS forms for school workshops show it.

Workshops: I run drawing workshops for {{Sickle Cell Society}} family days and for primary schools.
""",

# 023 US opera singer
r"""
<<Imani Celeste Washington>>, Soprano
Management: <<Columbia Artists>> / <<Sarah Kim>> — <<skim@columbia-artists.com>> — <<212-555-0119>>
Fach: lyric soprano | Height 5'9" | [[D:Born 1993, Baltimore MD]]

OPERA ROLES
2024  Bess           {{Porgy and Bess}}            {{The Metropolitan Opera}} (cover → 2 performances)
2023  Mimì           {{La Bohème}}                 Washington National Opera
2022  Sister Rose    {{Dead Man Walking}}           Lyric Opera of Chicago
2021  Clara          Porgy and Bess                English National Opera (debut)
2020  Harriet Tubman {{"Harriet" (world premiere, J. Rose)}}  Opera Philadelphia

CONCERT
Brahms {{Ein deutsches Requiem}} — Baltimore Symphony; spirituals recital "Steal Away" — Kennedy Center

TRAINING
{{Lindemann Young Artist Development Program}} (2019–2021)
{{MM Voice, The Juilliard School}} (2019)

PERSONAL NOTES (for press)
The Harriet premiere sent me looking for my own family: [[G:my 23andMe results traced my maternal line to Sierra Leone (Mende)]] — [[E:we are descended from people enslaved on the Sea Islands]]. [[R:I still sing at Bethel AME, my childhood church, whenever I'm home]]. [[S:Partner: Danielle Brooks (she/her)]]. [[U:AGMA member]]. [[P:Volunteered for the Maryland Democratic Party in 2022]].
""",

# 024 South African choreographer
r"""
<<SIPHO NDLOVU>> — choreographer / dancer
<<Observatory, Cape Town>> | <<+27 71 443 8801>> | <<sipho@ndlovudance.org>>

CHOREOGRAPHY
2023  {{"Isifo / Disease"}} — a duet about HIV and stigma in township taverns — Baxter Theatre; Dance Umbrella
2021  {{"Amandla Forty"}} — 40th anniversary of the 1976 uprising (commission, Soweto Theatre)
2019  "Intombi", ensemble work on women's initiation songs, Jomba! Festival, Durban

DANCER
{{Jazzart Dance Theatre}} (2009–2015); Vuyani Dance Theatre (2015–2018)

TEACHING
{{Artistic Director, Ndlovu Dance Project}} (2018–) — free training for young dancers in Khayelitsha and Gugulethu

EDUCATION
{{Diploma in Dance, University of Cape Town School of Dance}} (2009)

ABOUT
"Isifo" is my story: [[H:I was diagnosed HIV-positive in 2012 and am on ARVs with an undetectable load]]. [[S:I am openly gay]] and [[F:I raise my late sister's two boys]]. [[P:I was an ANC Youth League organiser in Langa until 2016]] and [[C:have a 2015 conviction for public violence from a #FeesMustFall protest]], which I state openly for travel visas.

[[D:38 years old]]
Referees: <<Jay Pather>>, <<Alfred Hinkel>>
""",

# 025 Indian Bharatanatyam dancer, third person
r"""
<<Lakshmi Raghunathan>>
<<Mylapore, Chennai 600004>> | <<lakshmi.raghunathan.dance@gmail.com>> | <<+91 94440 28716>>

Lakshmi Raghunathan is a Bharatanatyam dancer and teacher trained at {{Kalakshetra Foundation}} under Smt. Leela Samson. She has performed at the {{Music Academy Madras}} December season every year since 2010 and has toured the UK, Singapore and the US with her solo margam and with thematic productions.

Her productions include {{"Andal: The Poet Who Married God"}} (2019), on the Tamil Vaishnava saint, and {{"Sita's Exile"}} (2022), a feminist retelling from the Ramayana. She choreographed {{"Nandanar"}} (2017), on the Dalit saint barred from the Chidambaram temple, with a cast from a Chennai slum dance school.

She holds an {{MA in Bharatanatyam from the University of Madras}} and runs {{Nrityalaya School of Dance}} (est. 2012) with 80 students.

Personal
[[D:Age: 36]]
[[F:Married to Dr Anand Raghunathan (cardiologist); one daughter]]
[[E:Community: Iyengar]]
[[G:Carrier of beta-thalassaemia minor (tested before marriage)]]
[[H:Hip arthroscopy in 2021, performing full margam again since 2022]]

Reference: <<Smt. Leela Samson>>, <<+91 44 2452 1169>>
""",

# 026 UK gallery technician, graduate
r"""
<<Ellis Crowther>>
<<Leith, Edinburgh EH6>> | <<ellis.crowther@gmail.com>> | <<07394 552 871>> | <<ellis-crowther.format.com>>

Gallery Technician & Artist

Work
{{Gallery Technician, Fruitmarket}}, Edinburgh — Mar 2022 to date
 - Installed {{"Christian Marclay: Doors"}} and the {{"Alberta Whittle: Create Dangerously"}} touring show
 - Handled art with Tate and Fondation Beyeler couriers; condition reports
Art handler (casual), National Galleries Scotland — 2020 to 2022
Bar staff, Summerhall — 2018 to 2020

Own practice
Sculpture and risograph. Group shows: "Queer Ceilidh Zine Fair" (Leith Theatre, 2023); Degree Show (2020).

Education
{{BA (Hons) Sculpture, Edinburgh College of Art}} — 2:1, 2020

Skills
{{Forklift licence}}, PASMA, {{Art handling (ARTEX course)}}, basic joinery, AV install (BrightSign, projectors)

A bit about me
[[S:I'm queer]] and [[S:run the LGBTQ+ staff network at Fruitmarket]]. [[H:Dyslexic (assessed at uni)]] — I use text-to-speech for reports. [[P:I was in Extinction Rebellion Scotland]] and [[C:got a fine in 2021 for a sit-down on North Bridge]]. [[D:25 years old]].

Referee: <<Fiona Bradley>>, Director, Fruitmarket
""",

# 027 US session musician LA
r"""
<<DANNY "DOC" CALDERÓN>>
Drummer / percussionist — Los Angeles
<<323-555-0187>> · <<doc@doccalderon.com>> · <<Echo Park, CA 90026>>

SESSIONS
Warner Bros. Scoring Stage, Fox Newman Stage, {{Capitol Studios}}
Film: {{"Coco" (2017, percussion)}}, "Encanto" (2021, overdubs)
Records: Los Lobos, Natalia Lafourcade, Ozomatli

TOURING
2015–2019  Drummer, {{Ozomatli}} (world tours)
2012–2015  Drummer, Jenni Rivera tribute band; mariachi percussion, Mariachi Los Camperos

TEACHING
{{Adjunct, Percussion Dept., Los Angeles College of Music}}

EDUCATION
{{BM Jazz Studies, Cal State Long Beach}}, 2010

UNION & PAPERWORK
[[U:AFM Local 47 member since 2011]], card in good standing. [[C:Misdemeanor conviction for marijuana possession (2008), expunged in 2019 under Prop 64]], [[G:though my prints are still on file with the FBI from that arrest]].

PERSONAL
[[E:Son of Mexican immigrants from Michoacán]]. [[R:Catholic — I play the Guadalupe mass at Dolores Mission every December 12]]. [[F:Married, three kids]]. [[H:Tinnitus in both ears]]; I wear in-ear monitors on every gig.

References: <<Raúl Pacheco>> (Ozomatli), <<Ellen Marcus>> (contractor)
""",

# 028 Northern Irish playwright
r"""
<<Declan Fee>> — Playwright
<<Falls Road, Belfast BT12>> | <<declanfee.writes@gmail.com>> | <<+44 7722 318 440>>

PLAYS
{{"The Peace Wall"}} — {{Lyric Theatre Belfast}}, 2023 (Irish Times Theatre Award, Best New Play)
{{"Loyal"}} — a UVF man's last night, Abbey Theatre Peacock, 2021
"Ceasefire Babies" — Tinderbox / Belfast International Arts Festival, 2019
"Confession" — radio play, BBC Radio 4 Afternoon Drama, 2018

OTHER WRITING
Staff writer, {{"Derry Girls"}} (Series 3, Hat Trick Productions)
Commissioned: {{National Theatre, London}} (2024)

EDUCATION
{{MA Playwriting, Queen's University Belfast}} (2014)

BIO
Declan grew up in West Belfast. [[R:Raised Catholic, now an atheist]], he writes about both communities without taking sides on stage — [[P:though off stage he has been a Sinn Féin member since 2005]]. [[D:At 17]] [[C:he was convicted of riotous behaviour at an interface]] — see "Ceasefire Babies". [[S:He lives in Belfast with his partner, the actor Sean Boyle]].
[[U:Writers' Guild of Great Britain member]]

Agent: <<Curtis Brown>> — <<Lily Dunlop>>, <<ldunlop@curtisbrown.co.uk>>
""",

# 029 UK stage manager
r"""
<<Joanna Pryce>>
Stage Manager / Company Stage Manager
<<Bristol BS5>> · <<jo.pryce.sm@outlook.com>> · <<07966 402 118>>

EXPERIENCE (selected)
2023  CSM          {{Hamilton}} (UK tour)                    Cameron Mackintosh / Delfont Mackintosh
2022  DSM          {{The Lehman Trilogy}}                   National Theatre, UK tour
2021  SM           {{"The Grief Chamber"}} (new play about stillbirth) Bristol Old Vic
2019  DSM          {{Les Misérables}}                       Sondheim Theatre, West End
2016–2018  ASM then SM, {{Bristol Old Vic}} in-house

TRAINING
{{FdA Stage Management, Bristol Old Vic Theatre School}} (2015)

SKILLS
Qlab, prompt copy, cue-calling (ETC Eos), rehearsal reports, child chaperone licence, mental-health first aider, {{IOSH Managing Safely}}

CAREER BREAK (Jan 2020 – Jun 2021)
[[F:Maternity leave — my second son was born in February 2020]], then the lockdowns.

OTHER
[[U:Equity deputy]] on that tour (negotiated touring allowance uplift).
[[P:Labour Party member]] and school governor.
[[D:Born 6 August 1986]].
[[H:I have endometriosis and had surgery in 2022]], fully fit for touring.
Referee: <<Emma Cameron>>, Production Manager, National Theatre
""",

# 030 Jamaican visual artist
r"""
<<Nzinga Bailey>>
Painter and sculptor · <<Mona, Kingston 7>> · <<nzinga.bailey@gmail.com>> · <<876-555-0162>>

EDUCATION
{{BFA Painting, Edna Manley College}} (2012)
{{MFA, Yale School of Art}} (2017, Fulbright)

SOLO EXHIBITIONS
2023 — {{"Nyabinghi Drums, Kingston Streets"}}, National Gallery of Jamaica
2020 — "Coral Gardens 1963" (on the persecution of Rastafari at Coral Gardens), Olympia Gallery
2018 — "Mother Tongue", Yale University Art Gallery (thesis)

GROUP
2022 — {{Jamaica Biennial}}
2019 — "Caribbean Women Now", Pérez Art Museum Miami

AWARDS
{{Musgrave Bronze Medal}} (2021)

STATEMENT
My paintings come from the yard and the tabernacle. [[R:I was born into a Rastafari family and I hold the faith]] — [[R:I am Nyabinghi]] — but the Coral Gardens series is history, not testimony. [[C:My father was never charged, but I myself received a caution for a spliff in Florida in 2016]] and lost a US residency slot over it. [[F:I am a mother of two]] and [[P:a member of the PNP Women's Movement]].

Gallery: <<Olympia Gallery, Kingston>>
""",

# 031 UK street artist
r"""
<<Liam "STENCH" Harrop>>
Muralist / Street Artist — Manchester
<<stenchpaints.co.uk>> · <<liam@stenchpaints.co.uk>> · <<07531 884 206>>

COMMISSIONS
2024  {{Northern Quarter "Bee Network" mural}}, Manchester City Council (12m x 30m)
2023  {{Upfest Bristol}} — main wall
2022  "Peterloo 1819" gable end, St Peter's Square approach (for the Peterloo Memorial Campaign)
2021  {{NHS Heroes mural, Salford Royal}} (commissioned)
2019  Meeting Point mural for the refugee drop-in centre, Cheetham Hill

WORKSHOPS
Youth spray-art sessions for {{Manchester Youth Zone}} and {{HMP Forest Bank}} (art in prison programme)

EXHIBITIONS
"Legal Walls", HOME Manchester, 2022

HISTORY
Came up through trains and yards: [[C:two convictions for criminal damage (2009 and 2011), community service both times]], [[G:so my DNA is on the national database]]. Commissions since 2013. [[P:Anarchist, and I've done Class War's posters for free]].

PERSONAL
[[D:Born 1990, Wythenshawe]]. [[S:My boyfriend Marc]] runs the studio admin. [[H:ADHD — medicated since 2020]].

Ref: <<Jenny Hughes>>, Public Art Officer, Manchester City Council
""",

# 032 Canadian translator, Montreal (EN)
r"""
<<Geneviève (Gen) Marchand-O'Neill>>
Literary & subtitle translator, French ⇄ English
<<Plateau-Mont-Royal, Montréal QC H2J>> | <<514-555-0104>> | <<gen.marchand.oneill@videotron.ca>>

Certified translator, {{OTTIAQ}} (French to English)

Literary translations
• {{"Kukum" by Michel Jean}} (Anansi, 2023) — a novel of Innu life
• {{"The Spirit of the Place"}}, poems by Joséphine Bacon (Talonbooks, 2021)
• "Nikolski" (reissue translation notes), 2019

Subtitling
{{National Film Board of Canada}} documentaries (60+ titles), including {{"Le sang des autres", on genetic testing in Lac-Saint-Jean founder families}}

Education
{{M.A. Traduction, Université de Montréal}} (2011)

About me
[[G:My father has Huntington's disease]], [[G:and I chose to be tested in 2015 (negative)]]; I volunteer translating for the Huntington Society of Canada. [[E:I'm a Franco-Ontarian on my mother's side and Irish on my father's]]. [[P:I campaigned for Québec solidaire in 2022]]. [[F:Separated; shared custody of my daughter]].
[[U:Member of the Literary Translators' Association of Canada]]

Reference: <<Prof. Sherry Simon>>, Concordia
""",

# 033 US graphic designer, portfolio page
r"""
<<RILEY OKAFOR-HUANG>> // graphic designer
Chicago IL · <<rileyokh.design>> · <<riley@rileyokh.design>>

ABOUT
Brand and editorial designer. I love grids, risograph, and type that misbehaves. [[E:Nigerian dad, Taiwanese mom, raised in Naperville]].

WORK
{{Senior Designer, Pentagram (Chicago)}} — 2021–now
  {{Chicago Public Library rebrand}}; {{Chicago Pride Fest 2023 identity}}; "Vote Forward" get-out-the-vote postcards (pro bono)
Designer, {{Chicago Reader}} — 2017–2021
  Weekly covers, including the "Mass Incarceration in Cook County" issue (SPD Silver)

EDUCATION
{{BFA Graphic Design, School of the Art Institute of Chicago}}, 2017

RECOGNITION
{{Type Directors Club}} certificate 2022; AIGA Chicago "Next Up" 2020

ELSEWHERE
[[P:DSA member — I designed the Chicago chapter's 2023 municipal election posters]]. [[S:I'm pansexual]] and [[S:volunteer on the Pride Fest design committee]]. [[G:A 23andMe test in 2022 turned up a half-brother in Lagos]], [[F:which my dad and I are still working through]]. [[D:31]].
""",

# 034 UK children's writer, third person bio
r"""
<<Helen Marsh-Adebayo>>
Children's author
Agent: <<Julia Churchill>>, <<A.M. Heath>> — <<julia@amheath.com>>
<<Hebden Bridge, West Yorkshire>>

Helen Marsh-Adebayo writes middle-grade novels about families that don't fit the usual picture. Her debut {{"The Boy Who Counted Stars"}} (Nosy Crow, 2019), narrated by a boy with fragile X syndrome, won the {{Waterstones Children's Book Prize}} (younger fiction). {{"Rosie and the Ramadan Moon"}} (2021) follows a girl fasting for the first time, and {{"Strike!"}} (2023) is set during the 1984 miners' strike in a Barnsley pit village.

Before writing full-time Helen was a {{Year 6 teacher}} in Halifax for eleven years. She has a {{PGCE from Leeds Beckett University}}.

The Boy Who Counted Stars started at home: [[F:Helen's son Tobi has fragile X]], [[G:and Helen learned she was a carrier when he was diagnosed]]. [[F:She is married to Femi, a GP]], and [[R:converted to Islam when they married in 2008]]. [[P:She stood as a Liberal Democrat council candidate in Calderdale in 2022]].

School visits: Helen visits 40+ schools a year. [[U:Society of Authors member]].
""",

# 035 Australian festival director
r"""
<<Marco Bellini-Shaw>>
Festival Director & Creative Producer
<<Hobart TAS 7000>> · <<0419 308 552>> · <<marco@bellinishaw.com.au>>

EXPERIENCE
{{Festival Director, Ten Days on the Island}} — 2021–present
· Program of 120 events across Tasmania; grew attendance 35%
· Commissioned {{"Country Speaks"}}, palawa-led sound installation at kunanyi/Mount Wellington
{{Producer, Dark Mofo}} (MONA) — 2015–2021
· Produced the Winter Feast and {{Ogoh-ogoh}} burning ritual
· Managed {{"Mardi Gras Museum" pop-up}} for the 2019 Sydney Gay and Lesbian Mardi Gras
Associate Producer, {{Adelaide Festival}} — 2011–2015

EDUCATION
{{BA (Hons) Theatre, Flinders University}} (2010)

BOARDS
{{Theatre Network Australia}} (2020–)

PERSONAL
[[P:Ran for the Tasmanian Greens in Clark at the 2018 state election]]. [[C:Convicted and fined in 2019 for trespass at a Tarkine logging blockade]]. [[S:Husband: Ben Shaw, a winemaker]]; [[F:we're raising two kids through permanent care]]. [[E:Italian-Australian, first generation on Dad's side]].

Referees: <<Wesley Enoch>>, <<Leigh Carmichael>>
""",

# 036 UK community choir leader
r"""
<<Abigail "Abi" Mensah-Cole>>
Community Choir Leader · Vocal Coach
<<Tottenham, London N17>> · <<abi@voicesoftottenham.org.uk>> · <<07404 881 239>>

EXPERIENCE
{{Founder & Musical Director, Voices of Tottenham}} (2014 – present)
  80-member community choir; performed at the {{Royal Albert Hall (BBC Proms "Gospel Prom", 2022)}}
{{Vocal Leader, Sing for Better Breathing (Breathe Arts Health Research)}} (2019 – present)
  Singing groups for people with COPD and long COVID at three NHS trusts
Music Leader, {{Youth Music}} "Sickle Cell Voices" project (2018) — songwriting with young patients at the Whittington
Session singer: Stormzy, Lemar, London Community Gospel Choir (tour, 2016)

TRAINING
{{BMus Popular Music, Goldsmiths, University of London}} (2012)
Natural Voice Network practitioner

PERSONAL
[[G:I have sickle cell trait]], which is how the Whittington project found me. [[R:I'm a born-again Christian and worship at Kingsway International Christian Centre]] — my choir, though, is for every faith and none. [[P:I was elected a Labour councillor for Bruce Castle ward in 2022]]. [[F:Single, no children]]. [[D:DOB: 11.02.1989]].
[[U:Musicians' Union]].

References: <<Revd Joel Edwards>>; <<Dr Daisy Fancourt>>
""",

# 037 US lighting designer
r"""
<<Nathaniel "Nate" Kowalczyk>> — Lighting Designer
<<Jersey City, NJ 07302>> | <<natekowalczyk.com>> | <<nate@natekowalczyk.com>> | <<(201) 555-0125>>

[[U:United Scenic Artists Local USA 829 (IATSE)]]

BROADWAY & OFF-BROADWAY (Lighting Design)
2023  {{"The Thanksgiving Play"}}            Helen Hayes Theater
2022  {{"Fat Ham"}}                        Public Theater
2021  "Slave Play" (associate LD)       August Wilson Theatre
2019  {{"What the Constitution Means to Me"}} (associate) Hayes Theater

REGIONAL & OPERA
{{Glimmerglass Festival}}, Guthrie Theater, Opera Theatre of Saint Louis

TOURING
Associate LD, {{Harry Styles "Love On Tour"}} (2022-2023)

EDUCATION
{{MFA Lighting Design, Yale School of Drama}} (2014)

AWARDS
{{Henry Hewes Design Award}} nomination (2022)

MISC
[[G:Global Entry and TSA PreCheck enrolled (fingerprints and photo on file)]] — I can fly tech-to-tech with no lead time. [[C:One federal misdemeanor from 2016 (trespass at Standing Rock), pleaded out, probation completed]]. [[S:Married to my husband David since 2018]]. Color vision is normal; I wear hearing protection on concert calls due to [[H:mild noise-induced hearing loss]].

References: <<Natasha Katz>>; <<Jen Schriever>>
""",

# 038 UK voice actor casting CV
r"""
<<GARETH POWELL>> — VOICE ARTIST
Voice agent: <<Shining Management>> · <<020 7734 1981>> · <<info@shiningvoices.com>>
Home studio: Source-Connect, Neumann TLM 103, treated booth — <<Cardiff CF11>>

[[D:Vocal age 30-55]]  |  Natural accent: South Wales  |  Pitch: mid-low baritone

ACCENTS: RP, Cockney, Scouse, Geordie, Irish (Dublin, Cork), Scottish (Glasgow, Edinburgh), General American, Australian, Welsh (North & South), Welsh-language native

GAMES
{{"Baldur's Gate 3"}} — several NPCs (Larian, 2023)
{{"Total War: Warhammer III"}} — Kislev lords (Creative Assembly)
AUDIOBOOKS
{{"The Mabinogion" (Audible Original, 2021)}}
"How Green Was My Valley" (W.F. Howes)
COMMERCIALS
{{S4C}} idents; Brains Brewery; Welsh Government road safety

TRAINING
{{BA Acting, Royal Welsh College of Music & Drama}} (2008)

ADMIN
[[U:Equity — Audio Committee]]. [[C:Cannabis possession caution, 2007]] (disclosed for school-audio work). [[P:Plaid Cymru member, Grangetown branch treasurer]]. [[S:I live with my partner Rhys]]. [[D:DOB 1986]]. [[R:Chapel organist at Tabernacl, Cardiff (and a believer)]].
""",

# 039 Lebanon-born oud player in UK
r"""
<<Bassel Khoury>>
Oud player, composer, music educator
<<Bethnal Green, London E2>> · <<bassel.khoury.oud@gmail.com>> · <<07459 330 172>>

PERFORMANCE
{{Founder, Beirut Breakdown (quartet)}} — Barbican, WOMAD, Celtic Connections (2017–)
Soloist, {{Aurora Orchestra "Silk Roads" programme}} (2022)
Guest oud, Marcel Khalifé's London concert (Royal Festival Hall, 2018)
Music for {{"The Jungle"}} (Good Chance Theatre, Young Vic / West End)

EDUCATION & TEACHING
{{MMus Ethnomusicology, SOAS University of London}} (2016)
Diploma, Lebanese National Higher Conservatory of Music (2011)
{{Oud tutor, Morley College}} (2018–)
Music leader, {{Musicians Without Borders}} — refugee youth workshops, Calais and London

ABOUT
[[E:Born in Tripoli (Lebanon); arrived in the UK in 2013 on an asylum claim]], [[E:now a British citizen]]. [[G:My biometric residence permit (fingerprints, photo) was my only ID for six years]]. [[R:I'm from a Greek Orthodox family but not observant]]. [[C:In 2012 I spent two nights in custody in Beirut after a protest]]. [[D:Age 34]]. [[S:I'm gay]] and [[F:live with my partner of seven years]].
[[U:Musicians' Union member]]

References: <<Nitin Sawhney>>; <<Joe Murphy>> (Good Chance)
""",

# 040 UK arts administrator, no sensitive mention
r"""
<<Sarah Whitlock>>
Arts Administrator / Development Officer
<<Norwich NR2>> · <<s.whitlock@mailbox.org>> · <<07700 900 418>>

PROFILE
Arts administrator with seven years in trusts, foundations and individual giving for small and mid-scale organisations in the East of England. Confident with Spektrix, Salesforce NPSP and Arts Council England reporting.

EXPERIENCE
{{Development Officer, Norfolk & Norwich Festival}} — 2020–present
- Wrote {{Arts Council England NPO application}} (2023–26 investment round, successful)
- Grew trusts and foundations income from £210k to £340k
- Managed the corporate partners scheme (22 businesses)

{{Fundraising Assistant, Sainsbury Centre}}, UEA — 2017–2020
- Gift Aid processing, membership scheme, gala dinner logistics

Box Office Supervisor, Norwich Theatre Royal — 2015–2017

EDUCATION
{{BA (Hons) English Literature, University of East Anglia}} (2015)
{{Chartered Institute of Fundraising Certificate in Fundraising}} (2019)

SKILLS
Grant writing, budgets, GDPR-compliant CRM, event management, Spektrix, Canva, report writing, presenting to boards.

INTERESTS
Open-water swimming, Norfolk churches photography, choral evensong recordings, baking.

References on request: <<Daniel Brine>>, Director, Norfolk & Norwich Festival.
""",
]
