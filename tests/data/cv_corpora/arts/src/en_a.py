CVS = [
# 001 UK actor, casting CV
r"""
<<ADAEZE OKONKWO-BRIGHT>>
Agent: <<Harlow & Penn Management>> · <<020 7946 0312>> · <<bookings@harlowpenn.co.uk>>
Spotlight: <<spotlight.com/7731-2290-4418>>

[[D:Playing age: 24-32]]   Height: 5'7"   Hair: black (natural, long)   Eyes: brown
[[E:Appearance: Black British / West African]]
[[U:Equity member]]

THEATRE
2023  Lady Macbeth          {{Macbeth}}                      Dir. Tomi Ade, {{Leeds Playhouse}}
2022  Abena                 {{The Ferryman's Daughters}}     Dir. Kerry Moss, Bush Theatre
2021  Sister Grace          {{Hallelujah Junction}}          Dir. P. Varma, Theatre Royal Stratford East
      (a play about a Pentecostal congregation in Peckham — touring)
2019  Ensemble / Nurse      {{Windrush: Arrivals}}           National Theatre Learning

SCREEN
2022  DC Morgan (guest)     {{Silent Witness}}               BBC One
2020  Tobi                  Short film "Home Office"          BFI Network

TRAINING
{{BA (Hons) Acting, Royal Central School of Speech and Drama}}, 2015-2018

SKILLS
Accents: RP, South London, General American, [[E:Nigerian (Igbo — native at home)]], Lagos Pidgin.
Singing: mezzo, gospel and soul. Stage combat (BASSC Standard). Driving licence.
Languages: English, Igbo (conversational).

Notes: [[F:Mum of a three-year-old]]; [[F:available for tours from September once childcare is in place]].
[[H:Type 1 diabetic]] — insulin pump is discreet and has never affected a performance.
""",

# 002 Irish trad musician, third-person bio
r"""
<<Síle Ní Fhlatharta>> — Fiddle, sean-nós song
<<Carraroe, Co. Galway>> | <<sile@nifhlatharta.ie>> | <<+353 87 441 2093>>

BIOGRAPHY
Síle was [[D:born in Carraroe in 1991]] into a family of Connemara musicians and learned fiddle from her grandfather. She won the {{All-Ireland Senior Fiddle title (Fleadh Cheoil 2014)}} and has toured with {{Danú}} and the Irish Chamber Orchestra's folk programme.

Her 2021 album {{Amhráin na Mara}} collects songs of emigration and the Famine ships; the closing track, "Coffin Ship", was used in RTÉ's documentary on the 1847 crossings. She is not a churchgoer herself — [[R:"I'm a lapsed Catholic like half the country"]] — but sings every Christmas at the Midnight Mass in Spiddal because the parish asks her.

Síle teaches fiddle at {{NUI Galway's Centre for Irish Studies}} and runs a summer school for teenagers. She lives outside Galway city with [[S:her partner Órla, a boat-builder]], and [[F:their son Ruairí]].

Selected work
- 2023 — "Ceol na nOileán", TG4 series, musical director
- 2021 — Amhráin na Mara (album, Raelach Records)
- 2019 — {{Musician in residence, Áras Éanna, Inis Oírr}}
- 2016 — Guest fiddler, Danú 20th anniversary tour

She is [[U:a member of the Musicians' Union of Ireland]] and sits on the board of a rural arts centre.
Management: <<Conor Breathnach>>, <<conor@westbeat.ie>>
""",

# 003 US gospel choir director
r"""
<<MARCUS DELANEY WHITFIELD>>
<<1187 Cascade Ave SW, Atlanta, GA 30311>> · <<(404) 555-0148>> · <<mdwhitfield.music@gmail.com>>

PROFILE
Choir director, pianist and arranger with fifteen years leading church, community and recording choirs. I lead worship for a living and [[R:I also lead it because I believe it — I was saved at sixteen and I am an ordained deacon at Greater Hope Missionary Baptist]]. I am just as comfortable arranging for a secular festival stage.

EXPERIENCE
{{Minister of Music}}, {{Ebenezer Baptist Church}}, Atlanta — 2016-present
- Direct a 90-voice Sanctuary Choir, a youth choir and a Sunday band of five
- Arranged {{"Lift Every Voice" for the MLK Day commemorative service}} (broadcast on WSB-TV)

Music Director, {{Atlanta Gospel Choir Festival}} — 2019-2023
- Auditioned 400 singers yearly; managed $120k production budget

Session keys and vocal arranger — 2009-present
- Background vocals for Tasha Cobbs Leonard's tour (2018), Tyler Perry Studios scoring sessions

EDUCATION
{{B.Mus., Music Education — Clark Atlanta University}} (2009)

OTHER
[[U:Member, AFM Local 148-462]].
[[F:Married to Denise since 2011; two daughters]].
[[H:Ten years sober and active in AA]] — I mention it because I mentor young musicians on exactly that.
[[P:Volunteer, Fair Fight voter-registration drives, Fulton County Democrats]].

References: Rev. Dr. <<Alvin Pruitt>>, <<apruitt@ebenezeratl.org>>
""",

# 004 Canadian visual artist, CV by year + statement
r"""
<<JORDAN TREMBLAY-OSEI>>
Visual artist · Toronto, ON · <<jordantremblayosei.com>> · <<studio@jordantremblayosei.com>>

EDUCATION
2016  {{MFA, Studio Art, OCAD University}}
2012  BFA, Concordia University, Montréal

SOLO EXHIBITIONS
2024  {{Soft Armour}}, Daniel Faria Gallery, Toronto
2022  {{Closet Architecture}}, Gallery 44, Toronto — installation on queer domestic space in 1970s Toronto
2019  Two Spirits, One Roof, Art Gallery of Hamilton (Project Room)

GROUP EXHIBITIONS
2023  {{Fault Lines: Migration and Memory}}, Art Gallery of Ontario
2021  Pride Toronto Visual Arts Series (curated)
2018  Black Atlantic Now, Nia Centre for the Arts

RESIDENCIES & AWARDS
2023  {{Banff Centre Visual Arts Residency}}
2020  Ontario Arts Council Mid-Career Grant

ARTIST STATEMENT
[[S:As a gay man]] [[E:whose father emigrated from Kumasi and whose mother grew up in Lac-Saint-Jean]], I make rooms — closets, porches, kitchens — that hold more than one story at once. Closet Architecture came out of clearing my late uncle's apartment. I build with textiles because my hands shake less with a needle than with a brush; [[H:I have had Parkinson's since 2017]], and the slowness of sewing has become the work's pace.

Collections: Canada Council Art Bank; Ryerson Image Centre.
Represented by <<Daniel Faria Gallery>>.
""",

# 005 Australian dancer, Aboriginal
r"""
<<Tahlia Ingram>>
Dancer / choreographer — Sydney, NSW
<<0412 778 390>> | <<tahlia.ingram.dance@outlook.com>> | instagram <<@tahlia.moves>>

About
[[E:Proud Wiradjuri woman]] from Wagga Wagga, trained at NAISDA and now dancing with Bangarra. [[D:DOB 14/03/1997]].

Professional credits
2022 – now   Company dancer, {{Bangarra Dance Theatre}}
             {{Wudjang: Not the Past}} (Sydney Opera House, national tour)
             {{Spirit of Bennelong}} (revival)
2019 – 2021  Ensemble, {{Sydney Dance Company}} pre-professional year
2018         Featured dancer, opening ceremony, Gold Coast Commonwealth Games legacy event

Training
{{Certificate IV in Aboriginal and Torres Strait Islander Performance, NAISDA Dance College}} (2016-2018)
{{Ballet, contemporary, cultural dance}} (Yolŋu and Torres Strait forms by invitation of community)

Notes
[[H:Full ACL reconstruction (left knee) in 2021]] — cleared by company physio, back to full load in 2022.
[[U:MEAA member]].
[[F:Expecting my first child in March]]; [[F:planning to return to company class from August]].

Referee: <<Frances Rings>>, Artistic Director, Bangarra
""",

# 006 South African photographer bio
r"""
<<THANDIWE MOKOENA>> | Documentary photographer
<<Maboneng, Johannesburg>> · <<+27 82 516 4407>> · <<thandi@mokoenaphoto.co.za>>

Thandiwe Mokoena works between Johannesburg and Maputo on long-form projects about labour, land and belief. Her series {{Umthandazo (Prayer)}}, on Zionist Christian Church pilgrimages to Moria, was shown at the {{Market Photo Workshop}} and won the {{2020 Ernest Cole Award}}. Her earlier {{Shaft 7}} followed the families of Marikana miners and the NUM and AMCU strike committees of 2012-14.

She is [[R:not a member of the ZCC]] — [[R:her own family are Methodists and she stopped attending in her twenties]] — and says the outsider's position is what let her stay for eleven pilgrimages.

Commissions include Al Jazeera, Mail & Guardian and the ILO. She teaches at the {{Market Photo Workshop}} (Intermediate Programme, 2018-present).

Personal details
[[D:Age: 38]]
[[E:Nationality: South African (Sotho)]]
[[F:Single mother of one]]
[[P:Former EFF branch secretary, Soweto (2014-2016)]]

Exhibitions (selected)
2023  {{Rencontres de Bamako}}, Mali
2021  Umthandazo, Goodman Gallery Project Space
2019  Shaft 7, Iziko South African National Gallery

References: <<Lesedi Dube>> (Market Photo Workshop), <<lesedi.dube@marketphotoworkshop.co.za>>
""",

# 007 Indian Hindustani vocalist, bio-data style
r"""
BIO-DATA

Name            : <<Pandit Devashish Kulkarni>>
[[D:Date of Birth   : 02-11-1979]]
[[R:Religion        : Hindu (Brahmin)]]
[[F:Marital Status  : Married, one son]]
Address         : <<14 Shivaji Park Road, Dadar West, Mumbai 400028>>
Mobile          : <<+91 98201 44673>>
Email           : <<devashish.kulkarni.music@gmail.com>>

Gharana & Training
Vocalist of the {{Kirana gharana}}; disciple of Pt. Madhav Joshi for 18 years.
{{Sangeet Visharad, Akhil Bharatiya Gandharva Mahavidyalaya}} (1998).

Performances
- {{Sawai Gandharva Bhimsen Mahotsav}}, Pune — 2012, 2016, 2022
- Saptak Festival, Ahmedabad — 2019
- Darbar Festival, London — 2018
- Kabir bhajans concert "Jheeni Jheeni" at Kabir Mahotsav, Varanasi — 2020

Recordings
{{"Raga Darbari — Live at NCPA"}} (Times Music, 2017)
Abhangs of Sant Tukaram (devotional album, 2015)

Teaching
Visiting faculty, {{Department of Music, University of Mumbai}} (2014-present).

Health
[[H:Underwent vocal cord polyp surgery in 2019]]; full voice restored after six months of rest.

Reference: <<Smt. Ashwini Bhide>>, <<+91 98200 11235>>
""",

# 008 Jamaican reggae musician / engineer
r"""
<<Kemar "Selecta K" Blackwood>>
Bassist · Producer · Mix engineer
<<Kingston 6, Jamaica>> | <<876-555-0192>> | <<kemarblackwood@yahoo.com>>

WHAT I DO
I play bass, build riddims and mix for roots reggae and dancehall artists, in studio and on the road. [[R:I am Rastafari, Bobo Shanti mansion]] — I keep my locks covered and [[R:I don't work Sabbath (Friday sunset to Saturday sunset)]], so please schedule around that.

STUDIO
{{Tuff Gong International}}, Kingston — house bassist & assistant engineer, 2015-2020
Own room, {{Bass Yard Studio}}, 2020-now — riddims licensed to VP Records, Greensleeves

TOURING
Bassist, {{Protoje & The Indiggnation}} — Europe/US tours 2018, 2019, 2022 ({{Rototom Sunsplash}}, Summerjam)
Musical director, {{Reggae Sumfest}} backing band, 2023

EDUCATION
{{Diploma in Music Technology, Edna Manley College of the Visual and Performing Arts}}, 2014

THE RECORD
[[C:Convicted of possession of ganja in 2009 (before decriminalisation), fined J$5,000]]; nothing since. Mentioned because some visa forms ask.

Family: [[F:father of three]], [[F:live with my children's mother in Kingston]].

Credits on request; references <<Ricardo "Ricky" Lindo>> (Tuff Gong), <<rlindo@tuffgong.com>>
""",

# 009 Lebanon-born theatre designer in UK
r"""
<<RANIA HADDAD>> — Set & Costume Designer
<<Flat 3, 41 Stoke Newington Church St, London N16 0NX>>
<<07700 900 287>> · <<rania@raniahaddad.design>> · <<raniahaddad.design>>

Designer for theatre and opera. [[E:Born in Beirut, I moved to London in 2006 after the July war]], trained at Wimbledon, and [[E:became a British citizen in 2016]].

Design credits
2024  {{The Cherry Orchard}} (set & costume) — {{Young Vic}}
2023  {{Oslo}} (set) — Chichester Festival Theatre
2022  {{Returning to Haifa}} (set & costume) — Finborough Theatre
2021  {{La Traviata}} (costume) — English Touring Opera
2019  The Jungle (assistant designer) — Playhouse Theatre, West End

Training
{{MA Theatre Design, Wimbledon College of Arts}} (2010)
BA Interior Architecture, Lebanese American University (2006)

Awards
Linbury Prize finalist (2011); Off West End Award, Best Set Design (2022)

Other
Fluent Arabic, French, English. Vectorworks, SketchUp, model-making, costume cutting.
[[U:BECTU member and Society of British Theatre Designers]].
[[H:Mild hearing loss in my left ear since childhood]] — I ask for tech notes in writing.
[[F:My husband Karim looks after our two children]] during tech weeks.

Referees: <<Prof. Jane Anscombe>> (Wimbledon), <<Sam Ellery>> (Young Vic)
""",

# 010 Korea-born illustrator in US, portfolio page
r"""
<<MINJI PARK>> · ILLUSTRATOR
<<minjipark.studio>> | <<hello@minjipark.studio>> | Los Angeles, CA

Hi, I'm Minji. [[E:I was born in Daegu and came to LA with my parents when I was nine]], which is why most of my picture books are about moving, language and grandmothers.

Books
- {{"Halmoni's Kimchi Jar"}} (Chronicle Books, 2022) — Junior Library Guild selection
- {{"The Suitcase That Spoke Korean"}} (Little, Brown, 2020)
- "Sunday at Seoul Church" (Candlewick, 2019) — a picture book about a Korean-American church potluck

Editorial
{{The New Yorker}} (spot illustrations), NPR, Los Angeles Times Book Review

Clients
Netflix Animation (visual development, 2021), {{Google Doodles}} (Lunar New Year 2023)

Education
{{BFA Illustration, ArtCenter College of Design}}, 2014

A few honest things
[[R:I grew up Presbyterian but I'm not religious now]]. [[S:I live in Silver Lake with my girlfriend, Jess]], and a very loud cat. [[H:I work part-time hours because of lupus]], so I take two or three book projects a year, not five.

Agent: <<Kirsten Hall>>, <<Catbird Agency>>, <<kirsten@catbirdagency.com>>
""",

# 011 UK museum curator
r"""
<<Dr Farah Siddiqui>>
Curator (Social History)
<<farah.siddiqui@protonmail.com>> | <<07911 402 556>> | <<Levenshulme, Manchester>>

PROFILE
Social history curator with twelve years in regional museums, specialising in migration, faith communities and working-class life in the North West.

EXPERIENCE
{{Curator of Social History}}, {{Manchester Museum}}, 2019-present
- Lead curator, {{"Partition Voices: Manchester Remembers 1947"}} (2022), 38,000 visitors
- Co-produced {{"Friday Prayers: Mosques of Greater Manchester"}} with 14 congregations
- Collected banners and oral histories from the 1984-85 miners' strike for the People's History Museum loan

Assistant Curator, {{Bradford Museums and Galleries}}, 2013-2019
- "Mill Girls and Mill Owners", community co-curation project

EDUCATION
{{PhD History, University of Leeds}} (2013) — thesis on South Asian women's labour in Bradford textile mills

PERSONAL
[[E:Second-generation British Pakistani]] — [[E:my grandparents came from Mirpur]]. [[R:I'm a practising Muslim]] and [[R:I wear hijab]]. [[U:UNISON workplace steward at the museum since 2021]]. [[F:Mother of two (6 and 9)]]; I work four days a week.

REFERENCES
<<Esme Ward>>, Director, Manchester Museum
<<Dr Paul Kettering>>, University of Leeds
""",

# 012 Scottish theatre technician
r"""
<<Callum "Cal" McBride>>
Technical Manager / Production Electrician
<<Govanhill, Glasgow G42>> · <<07845 119 034>> · <<cal.mcbride.tech@gmail.com>>

Summary: Lighting and rigging tech, 14 years in receiving houses, touring and festivals. IPAF 3a/3b, PASMA, 18th Edition, first aid at work.

Work
2018 - now    {{Technical Manager, Tramway}}, Glasgow
              Ran get-ins for {{National Theatre of Scotland}} and Scottish Ballet seasons
2014 - 2018   {{Production Electrician, Citizens Theatre}}
2011 - 2014   Casual crew, SECC / OVO Hydro; Edinburgh Fringe (Assembly, Pleasance)

Union: [[U:BECTU Scottish branch, deputy chair]] — I negotiated our casual crew rate card in 2022.

Tickets: {{IPAF 3a/3b}}, {{PASMA}}, ETCP-equivalent rigging (ABTT Bronze)

Honest bit: [[C:I have a 2012 conviction for drink-driving (12-month ban, now spent)]]. I hold a clean licence today and drive the van. [[H:I've been in recovery from alcohol since 2012]].

Other: [[D:Age 37]]. [[F:Divorced, one daughter who stays with me at weekends]]. [[P:Volunteer with Yes Glasgow in 2014 and still an SNP member]].

Refs: <<Morag Dunn>>, Head of Production, Tramway — <<morag.dunn@tramway.org>>
""",

# 013 UK festival producer
r"""
<<Priya Nair-Hughes>>
Festival & Events Producer — Edinburgh
<<priya@nairhughes.co.uk>> · <<07583 220 611>>

I produce festivals, outdoor work and touring programmes — budgets to £1.4m, teams of 60, audiences of 80,000.

Experience
Senior Producer, {{Edinburgh International Festival}} (2019–present)
· Produced the {{Opening Event at BT Murrayfield (2022)}}
· Managed access programme with {{Birds of Paradise Theatre Company}} (disability-led), including BSL, audio description and relaxed performances for every show
· Programmed "Faith & Fire", a weekend of sacred music across six city churches and the Edinburgh Central Mosque

Producer, {{Manchester International Festival}} (2015–2019)
· Delivered {{"Homelands"}}, a migration-stories programme with the Refugee Council

Education
{{MA Arts Management, Queen Margaret University}} (2014)

Languages: English, Malayalam (spoken), some French

Personal
[[E:I'm Anglo-Indian — Welsh dad, Keralite mum]]. [[S:My wife Anna]] and I [[F:adopted our son in 2021]]; [[F:I was on adoption leave for six months]]. [[H:I'm autistic (diagnosed at 33)]], which is probably why I love a run sheet.

References: <<Fergus Linehan>>; <<Kate Craddock>>
""",

# 014 UK literary translator (Arabic)
r"""
<<Yousef Al-Khatib>>
Literary Translator (Arabic > English)
<<yousef.alkhatib@translators.org.uk>> | <<+44 7451 338 902>> | <<Cardiff CF24>>

Translations (book-length)
2023 — {{"The Orange Groves of Jaffa"}}, novel by Huda Mansour (Saqi Books) — shortlisted, Saif Ghobash Banipal Prize
2021 — {{"Prison of Salt"}}, memoir of a Syrian political detainee (Seagull Books)
2019 — {{"Sufi Songs of the Levant"}}, poetry anthology (Arc Publications)

Shorter work
Banipal, Words Without Borders, Asymptote — 40+ stories and poems since 2014

Other roles
{{Mentor, National Centre for Writing Emerging Translator Programme}} (2020, 2022)
{{Interpreter, Cardiff asylum tribunal hearings}} (2014–2018)

Education
{{MA Translation Studies, University of Exeter}} (2013)
BA English Literature, Damascus University (2010)

About me
[[E:Syrian-born; I arrived in Wales as a refugee in 2013]] and [[E:was granted indefinite leave to remain in 2018]]. [[D:I'm 36]]. [[C:I was detained for 40 days in Adra prison in 2011 for attending a demonstration]], which is one reason I took on "Prison of Salt". [[P:I'm a member of Plaid Cymru]]. [[U:Member of the Society of Authors' Translators Association]].

Referee: <<Dr Marilyn Booth>>, Oxford
""",

# 015 US writer, MFA
r"""
<<Caleb R. Whitaker>>
Writer · Teacher
<<Missoula, MT 59801>> | <<caleb.whitaker@umontana.edu>> | <<calebwhitaker.net>>

PUBLICATIONS
Books
{{Grace Under Fluorescent Light}} (Graywolf Press, 2022) — essays on small-town evangelical America; Montana Book Award
The Dry County (novel, Milkweed, 2018)

Essays & stories
The Paris Review, Oxford American, {{Tin House}}, The Sun
"My Father's Rifle" — Harper's, 2020 (on gun culture in rural Montana)

TEACHING
{{Lecturer in Creative Writing, University of Montana}} (2017–present)
Workshop leader, {{Missoula County Detention Facility}} writing program (2019–present)

EDUCATION
{{MFA Fiction, Iowa Writers' Workshop}}, 2015
BA English, Hillsdale College, 2011

AWARDS
{{NEA Literature Fellowship}} (2021); Whiting Award finalist

NOTES
The essays draw on my upbringing, but for the record: [[R:I left the Assemblies of God at twenty and call myself agnostic]]. [[H:I've lived with bipolar II since college]] and have written about lithium in The Sun. [[C:I served 30 days in county jail in 2010 for a DUI]] — which is why the detention-center program matters to me. [[F:Married, two kids]], [[D:born 1989]].

References: <<Prof. Debra Magpie Earling>>; <<Ethan Canin>>
""",

# 016 Irish actor, Traveller, casting CV
r"""
<<JOHNNY WARD>>
Actor
Represented by <<Lisa Richards Agency>>, Dublin — <<+353 1 637 5000>>

[[D:Playing age 18-25]]   Height 5'10"   Build athletic   Hair dark brown   Eyes green
Based Dublin / London. Irish passport.
[[E:Member of the Irish Travelling community]] — happy to talk about authenticity on Traveller stories.

FILM & TV
2023   Martin (lead)        {{Cinders}} (feature)            Dir. Aoife Keane / Element Pictures
2022   Patrick              {{Kin}} (Season 2)                Virgin Media / AMC
2021   Young Traveller      {{The Guards}} (pilot)            RTÉ
THEATRE
2022   Christy Mahon        {{The Playboy of the Western World}}    Druid Theatre, Galway
2020   Various              {{Scuttlers}} (youth company)     The Abbey

TRAINING
{{The Lir Academy, Trinity College Dublin}} — BA Acting (2019-2022)

SKILLS
Boxing (amateur, Ballyfermot club, 6 years). Horses (riding, sulky driving). Accents: Dublin, Cork, Belfast, Cant/Gammon phrases. Singing: baritone, traditional ballads.

[[U:Irish Equity]]. [[D:DOB 19 July 2001]]. [[F:Engaged]].
Childhood note for producers: [[H:I had a stammer until 14 and still use speech therapy techniques]].
""",

# 017 UK lay clerk, atheist
r"""
<<Thomas Everett>> — Tenor
<<26 The Close, Salisbury SP1 2EB>> | <<07760 114 588>> | <<tom.everett.tenor@gmail.com>>

I'm a professional ecclesiastical singer: I sing eight services a week as a {{Lay Vicar at Salisbury Cathedral}} and take concert work with early-music ensembles. For the avoidance of doubt, given the job: [[R:I'm an atheist]] and sing the liturgy as music, which the Chapter has always known.

Choral posts
2017–present  {{Lay Vicar (Tenor), Salisbury Cathedral}}
2013–2017     Choral Scholar, {{King's College, Cambridge}}

Ensembles
{{The Sixteen}} (regular deputy), Tenebrae, Gabrieli Consort
Solo: Evangelist in {{Bach's St John Passion}} (Chichester, 2022); Handel Messiah (Winchester, 2023)

Recordings
Tallis: Spem in alium (Coro, 2019); Howells: Requiem (Hyperion, 2021)

Education
{{BA Music, University of Cambridge}} (2016)

Other
[[U:Musicians' Union member]]; I'm on the MU's lay-clerk pay working group.
[[S:Civil partner: Daniel Okafor, a GP]] in Salisbury.
[[G:I'm a carrier of the haemochromatosis gene (tested in 2020)]], which I only mention because [[H:I give blood every three months as treatment]] and occasionally miss an evensong for it.

References: <<David Halls>> (Director of Music), <<Harry Christophers>>
""",

# 018 US photographer, arrested at protest
r"""
<<ELENA RUIZ-MORENO>>
Photojournalist | <<Brooklyn, NY>> | <<elenaruizmoreno.com>> | <<elena@elenaruizmoreno.com>> | <<917-555-0176>>

STAFF & CONTRACT
2020-present  Contract photographer, {{The New York Times}} (Metro desk)
2016-2020     Staff photographer, {{Newsday}}
2014-2016     Freelance, AP & Getty Images (Latin America)

MAJOR STORIES
- {{"Sanctuary": immigrant families living inside NYC churches}} (NYT Magazine, 2021)
- Black Lives Matter protests, Brooklyn & Minneapolis (2020) — part of Pulitzer finalist package
- {{Abortion clinic access in Texas after SB8}} (2022)

AWARDS
{{World Press Photo, 2nd prize Contemporary Issues (2021)}}; Overseas Press Club citation

EDUCATION
{{BA Photojournalism, University of Missouri}} (2014)

DISCLOSURE
[[C:Arrested and charged with disorderly conduct while covering a protest in 2020; the charge was dismissed and sealed]]. NYPD press credential reinstated.

ABOUT
[[E:I was born in Monterrey, Mexico and am a naturalized US citizen (2019)]]. [[E:DACA recipient before that]]. [[U:Member, NewsGuild of New York]]. [[S:I'm bi]] and [[F:co-parent a daughter with my ex-husband]].

Refs available: <<Meaghan Looram>> (NYT), <<Jim Peppler>> (Newsday)
""",

# 019 Canadian museum educator, Métis
r"""
<<Renée Lafontaine>>
Museum Educator & Indigenous Programs Coordinator
<<Vancouver, BC>> · <<604-555-0133>> · <<renee.lafontaine@shaw.ca>>

Professional Summary
Eight years designing school and public programs in museums, with a focus on Indigenous-led interpretation, treaty education and community co-curation.

Experience
{{Indigenous Programs Coordinator, Museum of Vancouver}} — 2020 to present
  • Co-developed {{"c̓əsnaʔəm, the city before the city"}} school program with Musqueam knowledge keepers
  • Coordinated Orange Shirt Day programming on residential schools (2021-2023)
{{Museum Educator, Royal BC Museum}}, Victoria — 2016 to 2020
  • Delivered {{"Our Living Languages"}} gallery tours to 12,000 students

Education
{{M.Museum Education, University of British Columbia}}, 2016
B.A. Anthropology, University of Manitoba, 2013

Community
[[E:Métis Nation British Columbia citizen]] — [[E:my family is from the Red River settlement]]. [[R:I smudge before every program and attend sweats]]. [[F:My grandmother is a residential school survivor and I am her carer]].

[[U:CUPE Local 15 member]]
[[D:Age 33]]
[[H:I use a hearing aid (right ear)]]

References: <<Sharon Fortney>>, Curator of Indigenous Collections; <<Dr. Jo-Anne Chrona>>
""",

# 020 Australian composer, BRCA
r"""
<<Harriet Goldsworthy>> — composer, pianist
<<Fitzroy North VIC 3068>> · <<harriet@goldsworthymusic.com.au>> · <<0438 992 115>>

Harriet writes for orchestra, film and theatre. Her {{Cello Concerto "Tide Tables"}} was premiered by the {{Melbourne Symphony Orchestra}} in 2022 and her score for the feature {{"The Dry Season"}} won the {{APRA AMCOS Screen Music Award}} (2021).

Selected works
2023  {{"Nine Lives of Ruth"}} — chamber opera on BRCA testing and family secrets, Chamber Made
2022  Tide Tables (cello concerto), MSO
2020  "Requiem for a Mine Town", choir and brass, for Broken Hill centenary
2019  The Dry Season (film score)

Education
{{DMA Composition, University of Melbourne}} (2016)

Personal
"Nine Lives of Ruth" is not autobiography, but it is close: [[G:I tested positive for a BRCA2 mutation in 2018]], [[G:as my mother and sister had before me]], and [[H:had a preventive double mastectomy in 2019]]. [[R:I'm Jewish (Progressive, Temple Beth Israel)]]. [[F:Two children; partner Tom is a sound designer]].

Memberships: APRA AMCOS, Australian Music Centre (represented artist).

Contact for scores: <<Jenny Chen>>, Australian Music Centre, <<jchen@australianmusiccentre.com.au>>
""",
]
