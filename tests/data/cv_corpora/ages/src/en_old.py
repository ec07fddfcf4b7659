# English CVs 021-040: workers over 55 - returners, semi-retired, redundant,
# retired and coming back, grandparents, long careers. Hand-written.
CVS = []

CVS.append((21, """
[[N:GARY HOLMES]]
[[N:27 Catcliffe Road, Rotherham S60 5TQ]]  ·  [[N:07702 318 844]]  ·  [[N:garyholmes.fitter@gmail.com]]

PROFILE
Time-served mechanical fitter with forty years on the tools, from pit-head winding gear to robotic weld lines. [[A:At 58]] I was made redundant when the plant closed its paint shop, and I'm looking for a maintenance or planned-maintenance role where experience counts. I still do my own fault-finding and I'm not afraid of a PLC.

EXPERIENCE
2006 - 2024   [[K:Senior Maintenance Fitter, Toyota Manufacturing UK]], Burnaston
              - reactive and PPM on conveyors, hydraulics and Fanuc robots
              - led the TPM pillar for the paint shop; downtime down 22% in two years
              - trained 14 apprentices, three now team leaders
1988 - 2006   Maintenance Fitter, [[K:Firth Rixson]], Sheffield
1980 - 1987   Apprentice then Fitter, [[K:National Coal Board]], Silverwood Colliery

QUALIFICATIONS
[[K:City & Guilds Mechanical Engineering Craft Studies]] · [[K:HNC Mechanical Engineering]] (1993) · IOSH Managing Safely · [[K:18th Edition (2019)]]

THE STRIKE YEARS
[[U:I was an NUM member and out for the full year in 1984-85]]. [[C:I was arrested at Orgreave and bound over to keep the peace]]; it's long spent but I'd rather say it than have it come up. [[P:I've been a Labour Party member since 1983]] and I still go to branch meetings.

HEALTH
[[H:I've got noise-induced hearing loss and wear two hearing aids]]. I use a vibrating pager on the shop floor.

PERSONAL
[[F:Married, grandad to five]], season ticket at the Millers, allotment in Catcliffe.

References: [[N:Dave Pearson]], Maintenance Manager (retired), Toyota UK
"""))

CVS.append((22, """
[[N:Maureen Keogh]]
[[N:Ballyboden, Dublin 16]] | [[N:086 203 4471]] | [[N:maureen.keogh63@eircom.net]]

Returning to the office after a career break

I spent 22 years in accounts payable and payroll before stepping back [[F:to nurse my husband through his illness]]. [[F:After he died in 2021]] I took time to settle my affairs and my mother's, and I'm now ready to go back to work full time. [[A:I was born in 1963]], I'm fit, I'm computer literate and I learn quickly.

Career
1998 – 2019  [[K:Accounts Payable Supervisor, Bausch & Lomb]], Waterford then Dublin
  • supervised a team of five processing 4,000 invoices a month
  • moved the team from paper to [[K:SAP workflow]] in 2011
  • [[U:I was SIPTU shop steward for the clerical grades for eight years]]
1986 – 1998  [[K:Accounts Clerk, Bank of Ireland]], Baggot Street

Education and training
[[K:Accounting Technician (IATI)]], 1992 · Leaving Certificate, Loreto Beaufort
Refresher 2024: [[K:Microsoft 365 and Excel pivot tables]] (Solas eCollege); [[K:Sage 50 Accounts]]

Voluntary
[[R:Parish treasurer at Whitechurch (Church of Ireland)]] since 2020 — weekly counting, annual accounts for the select vestry.

Health
[[G:I carry two copies of the haemochromatosis gene]] and [[H:I have venesections at St James's every three months]]. [[H:I've come through the menopause]] and I sleep and work far better than I did five years ago.

Referees
[[N:Brendan Nolan]], former Finance Manager, Bausch & Lomb
[[N:Revd Canon Andrew Lyle]], Rector, Whitechurch Parish — [[N:01 493 4972]]
"""))

CVS.append((23, """
[[N:WALTER "WALT" KOWALCZYK]]
[[N:Hamtramck, MI 48212]] · [[N:(313) 555-0148]] · [[N:waltkowalczyk@att.net]]

Semi-retired logistics clerk seeking part-time (20–25 hrs) dispatch or inventory work.

BACKGROUND
I retired from the Postal Service in 2020 [[A:at 59]] after 34 years. I draw a FERS annuity, so I'm looking for steady part-time hours rather than a career move.

EXPERIENCE
1986–2020  [[K:Mail Processing Clerk, United States Postal Service]], Detroit P&DC
 • Ran the [[K:AFCS and DBCS sorting machines]], then supervised the late tour for 6 years as [[K:204-B]]
 • Cleared dispatch to 41 delivery units before 5 a.m.
 • [[U:APWU Local 295 shop steward, 2001–2020]] — handled about 300 grievances
2021–2023  [[K:Inventory Associate (part-time), Home Depot]], Madison Heights

SKILLS
SAP scanning, [[K:forklift (sit-down)]], Excel basics, very good with tired people at 4 a.m.

CIVIC
[[P:I've been a Democratic precinct delegate in Hamtramck since 2008]]. Back in 1979, [[C:I was convicted of misdemeanor trespass at the Fermi 2 nuclear protest]] and paid a $50 fine — it still shows on old background checks.

HEALTH
[[H:Had my right hip replaced in 2022]] — I'm walking three miles a day and lifting without restriction.
[[G:I'm enrolled in Global Entry, so my fingerprints are on file with CBP]], if that helps for cross-border runs to Windsor.

REFERENCES
[[N:Sandra Olejnik]], Plant Manager (ret.), USPS — [[N:(313) 555-0104]]
"""))

CVS.append((24, """
[[N:Linda Medeiros]]
[[N:Brampton, ON]] · [[N:905-555-0135]] · [[N:linda.medeiros@sympatico.ca]]

PROFESSIONAL SUMMARY
Medical office administrator returning to work after six years as [[F:full-time caregiver for my mother, who had Alzheimer's]]. [[A:I'm 56]] and have kept my skills current with an OSCAR EMR course and volunteering.

EXPERIENCE
[[K:Medical Office Administrator, William Osler Health System]] — 2004–2018
• Booking and triage for a busy oncology clinic (5 oncologists)
• [[K:OHIP billing]], reconciliations, rejected-claim follow-up
• Trained new admin staff on [[K:Meditech]]
Receptionist, Dr. Chen Family Practice — 1992–2004

EDUCATION
[[K:Medical Office Administration Diploma]], Sheridan College
[[K:OSCAR EMR Basics]], 2024 (online)

VOLUNTEER
[[K:Canadian Cancer Society]] Wheels of Hope driver since 2021 — 2 drives a week

PERSONAL NOTE
[[E:I was born in the Azores and came to Canada]] [[A:at six]], so I translate Portuguese for patients when needed. [[H:I'm a breast cancer survivor (treated in 2019)]]; [[G:genetic testing showed I carry a BRCA1 mutation]], and [[H:I had preventive surgery in 2021]]. None of this limits my work.
[[F:After my divorce]] [[S:I met my partner, Joanne]], and we moved to Brampton last year.

REFERENCES
[[N:Dr. Anthony Chen]] — [[N:905-555-0177]]
"""))

CVS.append((25, """
[[N:Eleni Papadakis]]
[[N:Oakleigh VIC 3166]] — [[N:0419 552 018]] — [[N:eleni.papadakis@bigpond.com]]

Retired bookkeeper coming back for two or three days a week. After four years at home I miss the numbers — and the people.

Personal
[[A:Seniors Card holder]] · [[F:Grandmother of seven]] · Drives, own car
[[E:I arrived from Greece in 1969]] as a little girl and grew up above my parents' milk bar in Oakleigh. Fluent Greek and English.

Work history
1991 – 2020   [[K:Bookkeeper / Office Manager, Oakleigh Motors]] (family-owned dealership, 40 staff)
                - full-cycle bookkeeping in [[K:MYOB]], then Xero from 2015
                - BAS and payroll for 40 staff; [[K:single touch payroll rollout]] in 2019
                - [[U:I was the HSU delegate when we still ran the medical centre next door]] (1990s)
1979 – 1991   [[K:Accounts Clerk, Coles Myer head office]], Tooronga

Qualifications
[[K:Certificate IV in Bookkeeping]] (BAS agent registration lapsed 2021) · [[K:Xero Advisor certified]] (renewing)

Community
[[R:I help run the ladies' auxiliary at St Anargyri Greek Orthodox Church]] — catering for 300 at Easter is a logistics job in itself.
[[P:I've handed out how-to-vote cards for the Liberals at every federal election since 1996]].

Health
[[H:Type 2 diabetes, well managed with tablets]]. [[G:I also carry beta-thalassaemia trait, like many Greeks]] — I only mention it because blood tests sometimes look odd.

Referee: [[N:Nick Stavrou]], Dealer Principal, Oakleigh Motors — [[N:03 9568 1200]]
"""))

CVS.append((26, """
CURRICULUM VITAE
[[N:Fiona MacLeod]]
[[N:Inverness IV2]]   [[N:fiona.macleod@btinternet.com]]   [[N:07831 440 276]]

Personal details
[[A:DOB 14/08/1965]]   [[K:GTCS registered]]   PVG scheme member

Profile
Principal teacher looking for a part-time or supply post after 35 years in Highland schools. I want to keep teaching while stepping back from management.

Career
2008 – 2024   [[K:Principal Teacher of Guidance, Millburn Academy]], Inverness
  - caseload of 220 pupils, S1–S6; [[K:child protection coordinator]]
  - built the school's first young carers' group with Highland Council
  - led the Developing the Young Workforce partnership with UHI
1989 – 2008   [[K:Teacher of Modern Studies]], Charleston Academy and Dingwall Academy

Professional
[[K:Postgraduate Certificate in Guidance and Pupil Support]] (Aberdeen, 2007)
[[K:MA (Hons) Politics, University of Glasgow]] (1987)
[[U:EIS school representative for twelve years]] and member of the Highland local association executive

Outside work
[[P:SNP member since the 1997 referendum campaign]]; I stood down from the branch committee in 2022.
Gaelic choir, hillwalking (84 Munros and counting).

Health and adjustments
[[H:I have moderate hearing loss and use a Roger radio microphone in class]] — the school already has one.

Personal
[[S:My wife Morag and I married in 2015, the first year we could]].

References
[[N:Mr Kenneth Fraser]], Head Teacher, Millburn Academy
[[N:Ms Anne Urquhart]], Quality Improvement Officer, Highland Council
"""))

CVS.append((27, """
[[N:Margaret (Maggie) Holloway]]
[[N:Papanui, Christchurch]] · [[N:027 388 1902]] · [[N:maggie.holloway@xtra.co.nz]]

About me
[[E:Born in Manchester, I emigrated to New Zealand in 1988]] and trained as a nurse aide [[F:when my children were at school]]. [[A:I'm sixty]] and I'd like to go back to part-time care work after two years away. [[F:I was widowed in 2023]]; [[S:Ruth and I were together thirty years]] and caring for her through her last illness showed me how much good care matters.

Experience
[[K:Healthcare Assistant, Ryman Healthcare]] — Diana Isaac Retirement Village, dementia unit, 2009–2022
 - personal cares, meals, activities for 28 residents
 - [[K:buddy and trainer for new HCAs]]
 - [[U:NZNO delegate for the care staff]], 2015–2022
Kitchen hand then [[K:Caregiver, Nurse Maude]] — 1996–2009

Qualifications
[[K:NZ Certificate in Health and Wellbeing (Level 3)]] · [[K:Dementia care micro-credential]] · First Aid (renewed 2024) · Manual handling

Health
[[G:I have polycystic kidney disease, which I inherited from my mother]]; [[H:my kidney function is checked every six months]] and I have no restrictions.

Interests
Choir, my allotment, and [[F:my four grandchildren (two in Christchurch, two in Brisbane)]].

Referee
[[N:Donna Pirihi]], Clinical Manager, Ryman Healthcare — [[N:03 351 9330]]
"""))

CVS.append((28, """
[[N:Harold J. Whitfield]], CPA (inactive)
[[N:Atlanta, GA 30310]] — [[N:harold.whitfield@gmail.com]] — [[N:(404) 555-0163]]

Retired senior accountant available for seasonal tax work (January–April) or part-time controller support.

PROFILE
Thirty-eight years in public accounting and corporate finance. [[A:I'm on Medicare now]], so I don't need health benefits — just interesting work and a good team. Reinstating my CPA license this spring.

EXPERIENCE
[[K:Senior Accountant, Deloitte]] — Atlanta, 1986–1998
[[K:Assistant Controller, Georgia-Pacific]] — 1998–2012
[[K:Controller, Morehouse School of Medicine]] — 2012–2021
 • $90M budget, [[K:federal grants compliance]], A-133 audits
 • Migrated GL from Banner to Workday Financials
[[K:VITA volunteer, AARP Tax-Aide]] — 2022–2024, ~150 returns per season

EDUCATION
[[K:B.S. Accounting, Clark Atlanta University]] — [[A:class of '79]], and I still organize our reunion every five years.

COMMUNITY
[[R:Deacon at Ebenezer Baptist Church]] and treasurer of the men's fellowship.
[[P:I sat on the Fulton County Republican Committee for ten years]] — the minority view, and proud of it.

PERSONAL
[[F:Divorced in 2012]], and [[S:I came out]] [[A:at fifty-five]]; I tell you because my late-life story is known in church and around Atlanta.
[[G:An AncestryDNA test traced my father's line to Sierra Leone]], which I enjoy talking about on long audit nights.
[[H:Prostate cancer, treated 2018, in remission]].

References on request.
"""))

CVS.append((29, """
[[N:Winston Barrett]]
[[N:Brixton, London SW9]] · [[N:07956 204 381]] · [[N:w.barrett1962@yahoo.co.uk]]

Senior Care Assistant seeking part-time nights

I've worked in care for 26 years and I'm not ready to stop. [[E:I came over from Jamaica in 1966]] [[A:aged four]], grew up in Brixton and still live five minutes from my mother. [[A:I've got my Freedom Pass now]], so travel anywhere in London is no problem.

EMPLOYMENT
2012 – 2024  [[K:Senior Care Assistant, Lambeth Council]] — Marley Court Extra Care
  • led a shift of 6 carers for 44 tenants with dementia and physical disabilities
  • [[K:medication rounds (eMAR)]], care plans, safeguarding alerts
  • [[U:UNISON branch secretary for the home care workforce, 2004-2024]]
1998 – 2012  Care Assistant, [[K:Age UK Lambeth]] day centre
1980 – 1998  [[K:Storeman, London Transport]], Stockwell bus garage

TRAINING
[[K:NVQ Level 3 Health and Social Care]] · [[K:Dementia Champion]] · Safe handling of medicines

FAITH AND WEEKENDS
[[R:I'm a Seventh-day Adventist, so I don't work Friday sunset to Saturday sunset]]; I'll happily cover Sundays and bank holidays.

HEALTH
[[H:I had a minor stroke in 2021]] and I've made a full recovery. [[G:I have sickle cell trait]], which has never troubled me.

DISCLOSURE
[[C:Conviction for obstruction, Brixton, April 1981]] — [[A:I was nineteen]]. It is spent and filtered, and shown on enhanced checks I've had since 1998.

References: [[N:Grace Olowe]], Scheme Manager, Marley Court · [[N:Pastor Delroy Haynes]]
"""))

CVS.append((30, """
[[N:Declan Moriarty]]
[[N:Tralee, Co. Kerry]] · [[N:087 661 0025]] · [[N:declan.moriarty@gmail.com]]

PROFILE
Retired Garda sergeant (30 years' service) seeking a security, compliance or investigations role. [[A:Born in 1967]]; I retired on full pension in 2022 and want a second career rather than golf.

CAREER
1992 – 2022  [[K:An Garda Síochána]] — Garda, then [[K:Sergeant]] (2006)
  • Led a unit of 9 at Tralee station; roster, incident command, custody records
  • Investigated burglary and fraud; prosecuted 200+ District Court cases
  • Trainer for [[K:Garda PULSE rollout]], Kerry division
2022 – present  [[K:Loss Prevention Manager (part-time), Dunnes Stores]], Manor West

TRAINING
[[K:Higher Certificate in Policing Studies]] · PSA security licence · [[K:Certified Fraud Examiner]] (studying)

PERSONAL
[[F:Separated, two grown daughters]].
[[P:I'm an active member of my local Fianna Fáil cumann]] now that I'm out of the force.
[[H:I have coeliac disease]] — I bring my own lunch to every event.
[[G:My DNA profile sits on the Garda elimination database]], as it does for every member who attended scenes.

REFERENCES
[[N:Supt. Maria O'Shea]] (retd.) — [[N:066 710 2300]]
"""))

CVS.append((31, """
[[N:Gerald Lam]]
[[N:Toronto, ON M4Y]] | [[N:gerald.lam@rogers.com]] | [[N:416-555-0192]]

Semi-retired HR generalist · Ready for a 3-day-a-week contract

SUMMARY
I [[A:retired at 60]] from Hydro One in 2020 and took a long trip. I'm back because I enjoy labour relations and want to put 32 years of it to use.

EXPERIENCE
1988–2020  [[K:Human Resources Advisor, then Labour Relations Specialist]], [[K:Hydro One Networks]]
 • Managed collective agreement administration for 1,100 PWU members
 • [[K:Disability management case lead]]; return-to-work plans
Earlier: [[U:CUPE Local 79 president]] while I was a City of Toronto clerk (1982–1988).

EDUCATION
[[K:Certified Human Resources Leader (CHRL)]] · [[K:BA Sociology, York University]]

PERSONAL
[[S:My husband Paul and I]] have been together since 1984. [[H:I've been living with HIV since 1991]]; undetectable and well for decades.
[[C:I was charged as a "found-in" in the 1981 bathhouse raids]] and the record was erased under the federal expungement law in 2019.
[[P:Still volunteer with the Ontario NDP]] at every election.

Languages: English, Cantonese

References available.
"""))

CVS.append((32, """
[[N:Darren Kowalski]]
[[N:Wollongong NSW 2500]] — [[N:0417 390 226]] — [[N:dkowalski.formwork@gmail.com]]

Formwork carpenter and leading hand. [[A:Born: 1970]]. Looking for a supervisor or site-induction / WHS role off the tools.

EXPERIENCE
2015–2024  [[K:Leading Hand Formworker, Lendlease]] — Wollongong Hospital expansion, Shellharbour Marina
  - ran a crew of 8 on [[K:suspended slabs and jump forms]]
  - [[U:CFMEU delegate on both sites]]; sat on the site safety committee
2002–2015  Formworker, Multiplex / Brookfield — Sydney CBD towers
1987–2002  Carpenter (apprentice then tradesman), Kowalski Bros Building (my dad's firm)

TICKETS
[[K:Cert IV in Work Health and Safety]] · [[K:Cert III Carpentry]] · [[K:Dogging, EWP]], working at heights, White Card

HONESTY CORNER
[[C:I have a drink-driving conviction from 2004]] — licence back since 2005, clean since.
[[H:Chronic lower back pain after a 2019 fall]]; it's why I want to step off the tools.
[[G:I was diagnosed with alpha-1 antitrypsin deficiency, which runs in Dad's side]]; I don't smoke and I wear the right mask around silica.

PERSONAL
[[F:Divorced, two adult sons]] (one's a sparky with me on site). [[S:My partner Steve and I]] live in Thirroul and surf most mornings.

Referee: [[N:Kerrie Lambert]], Project Manager, Lendlease — [[N:0400 211 559]]
"""))

CVS.append((33, """
[[N:JANET OKORO-SMITH]]
Pensions Administration Team Leader
[[N:Leeds LS17]] • [[N:janet.okorosmith@outlook.com]] • [[N:07801 554 920]]

PROFILE
Pensions professional with a long record in defined-benefit scheme administration for public-sector and trust-based schemes. I lead teams that turn complicated retirement cases into clear letters members understand.

EXPERIENCE
[[K:Pension Administration Team Leader, West Yorkshire Pension Fund]] — 2013 to present
• Team of 11 handling retirements, deaths, transfers and divorce cases for 300,000 members
• Led the McCloud age-discrimination remedy project for 14,000 affected members
• Built the "retiring at 55" early-retirement quote tool used on the member portal
[[K:Senior Pensions Administrator, Capita]] — 2004 to 2013
• Bereavement and dependants' pensions team; ill-health retirement tiers 1–3

QUALIFICATIONS
[[K:Certificate in Pensions Administration (PMI)]]
[[K:Diploma in Pensions Calculations]]

SKILLS
Altair · UPM · Excel (advanced) · Guaranteed Minimum Pension reconciliation · Pension Credit and state pension age queries

PROJECTS
[[K:Age-discrimination remedy (McCloud) – data cleanse and recalculation]]
[[K:Retirement Planning Roadshows]] — six events a year for members over 50

INTERESTS
Fell running, book club, volunteering as treasurer for a Leeds community choir.

References on request.
"""))

CVS.append((34, """
[[N:Robert "Bob" Lindqvist]]
[[N:Duluth, MN]] · [[N:(218) 555-0129]] · [[N:boblindqvist.woodshop@gmail.com]]

[[A:I'm 70]] and looking for part-time work teaching woodworking or running a community shop. Most of my life I built furniture and taught others to.

WORK
[[K:Shop Instructor, North House Folk School]], Grand Marais — 2009–2023
 • taught 40+ week-long classes in timber framing and [[K:Windsor chairs]]
[[K:Cabinetmaker / Owner, Lindqvist Custom Woodwork]] — 1982–2009
[[K:Millwright, Duluth Seaway Port]] — 1975–1982

CERTIFICATIONS
[[K:OSHA 10 General Industry]] · Minnesota Woodworkers Guild master member

A BIT OF HISTORY
[[R:I'm a Quaker]], and in 1973 [[C:I was convicted of refusing induction into the Army]]; I did alternative service at a hospital in St. Paul. I've worked with veterans in my classes for years and it has never caused a problem.

HEALTH
[[H:I have PTSD from a house fire in 1996 and I still see a counselor]]. [[G:I was tested for Lynch syndrome after my brother's colon cancer, and I carry it]], so I have regular colonoscopies.

POLITICS
[[P:Green Party member and two-time county commissioner candidate]] — I keep it out of the shop.

References: [[N:Greg Larson]], Director, North House Folk School
"""))

CVS.append((35, """
[[N:Hansa Patel]]
[[N:Leicester LE4]]  ·  [[N:07760 301 448]]  ·  [[N:hansa.patel.ldn@gmail.com]]

RETURNING TO WORK — warehouse supervision or stock control

Profile
[[A:I'm 59]] and coming back to work after twelve years away [[F:caring full time for my son, who has Down's syndrome]]; he now lives in supported housing nearby and is doing brilliantly. [[E:I'm British Gujarati, born in Kampala, and came to Leicester in 1972 after the expulsion]].

Experience
2000 – 2012  [[K:Stock Control Supervisor, Walkers Snack Foods]], Beaumont Leys
  • cycle counts, [[K:SAP stock adjustments]] and month-end write-offs
  • supervised 15 on two shifts
  • [[U:Unite member throughout and health and safety rep from 2006]]
1989 – 2000  [[K:Line operative, then team leader, Walkers]]

Training
[[K:Level 3 Certificate in Warehousing]] (2024, refresher) · [[K:Counterbalance truck licence]] (renewed)

Health
[[H:Menopause hit me hard]] [[A:in my early fifties]]; it's well treated now and doesn't affect my work.

Other
[[R:I'm a practising Hindu and volunteer at the Shree Sanatan Mandir kitchen]] on Sundays.
[[G:I know I'm a beta-thalassaemia carrier]] because it was checked [[F:when I was pregnant]].

Referee: [[N:Mr Ian Pegg]], former Warehouse Manager, Walkers
"""))

CVS.append((36, """
[[N:Gareth Lewis]]
[[N:Port Talbot SA12]] · [[N:07974 662 105]] · [[N:gareth.lewis.steel@outlook.com]]

PROFILE
Crane driver and shift team leader, 38 years at Port Talbot steelworks. Made redundant in 2024 [[A:at 61]] when the blast furnaces closed. Looking for a site, logistics or port role. Welsh speaker.

EMPLOYMENT
1986 – 2024  [[K:Overhead Crane Driver, then Shift Team Leader, Tata Steel UK]]
  - [[K:120-tonne ladle cranes]] in the BOS plant; [[K:zero lost-time incidents]] in my last decade
  - team leader for 14 on continuous shifts
  - [[U:Community union branch chair, 2010–2024]], sat on the joint safety committee
1983 – 1986  YTS then labourer, British Steel

TRAINING
[[K:CPCS Overhead Crane (A23)]] · [[K:NEBOSH General Certificate]] · IOSH Managing Safely
Currently: [[K:Level 2 Port Operations]] via the Tata Steel transition fund

COMMUNITY
[[P:Plaid Cymru member since 1979]]; I help with leaflets in Aberavon.
[[F:Grandad to three]] — and official driver to rugby training on Saturdays.

HEALTH
[[G:I have Factor V Leiden, which runs in my family]], and [[H:I'm on blood thinners after a DVT in 2020]]. Fully fit for work.

Referee: [[N:Huw Jenkins]], BOS Plant Manager (retired)
"""))

CVS.append((37, """
[[N:Pieter van der Berg]]
[[N:Tauranga]] · [[N:021 774 0931]] · [[N:pieter.vdberg@xtra.co.nz]]

ORCHARD & PACKHOUSE CONSULTANT — PART TIME

[[A:I'm on National Super]] but not ready for the bowling green yet. I'd like two days a week advising a kiwifruit orchard or packhouse on quality and compliance.

EXPERIENCE
[[K:Quality Manager, Seeka Kiwifruit Industries]] — 2003–2021
 · [[K:GlobalG.A.P. and Zespri grower audits]] for 120 orchards
 · Ran the [[K:PSA-V response team]] for our region in 2010–2012
[[K:Orchard Manager, Te Puke Fruitgrowers]] — 1986–2003

QUALIFICATIONS
[[K:Bachelor of Horticultural Science, Massey University]] · GLOBALG.A.P. auditor (lapsed 2022)

PERSONAL
[[E:Dutch-born; I came to New Zealand in 1979]] after my national service. [[C:I was convicted of obstruction at the 1981 Springbok tour protests]] in Hamilton, my first year here as a resident.
[[S:My partner Graham and I]] live in Bethlehem and run a small avocado block.
[[R:I'm a lay reader at St Mary's Catholic Church]].
[[G:I have familial hypercholesterolaemia — my father and brother both had heart attacks young]]; I'm on statins and fit.
[[H:Cataract surgery on both eyes in 2023]]; my eyesight is now better than at 40.

Referee: [[N:Anna Rewiti]], Grower Services Manager, Seeka — [[N:07 573 0900]]
"""))

CVS.append((38, """
[[N:Rachel Feldman]]
[[N:Pittsburgh, PA]] | [[N:rachel.feldman@fastmail.com]] | [[N:412-555-0170]] | [[N:linkedin.com/in/rachelfeldmanbiz]]

Customer Success Director — available after a 2024 layoff

SNAPSHOT
Twenty-five years building customer teams in software. [[A:Born in 1966]], I'm the person who has seen three recessions and kept the renewal rate up in all of them.

EXPERIENCE
[[K:Director of Customer Success, Duolingo for Business]] — 2019–2024
 - 40-person team; gross retention from 84% to 93%
 - built the [[K:onboarding playbook]] used across EMEA
[[K:VP Client Services, Management Science Associates]] — 2008–2019
[[K:Support Manager, Verizon Wireless]] — 1997–2008
 - [[U:I was a CWA steward in the Pittsburgh call center before I moved into management]]

EDUCATION
[[K:MBA, Katz School of Business, University of Pittsburgh]]

OUTSIDE WORK
[[R:Board member at Rodef Shalom Congregation]], where I run the Hebrew school carpool.
[[P:Democratic Socialists of America member]] — I canvass in Squirrel Hill.

PERSONAL
[[S:My wife Debra]] is a nurse at UPMC. [[G:I'm a BRCA2 carrier like my mother]] and [[H:had a preventive hysterectomy in 2022]].

References on request.
"""))

CVS.append((39, """
[[N:Isobel Drummond]]
[[N:Helensburgh G84]]
[[N:07890 112 457]]
[[N:isobel.drummond@gmail.com]]

LIBRARY AND ARCHIVES ASSISTANT (part time / returner)

[[A:I reached state pension age in March]], but I'd like to keep working two or three days a week in a library, archive or heritage setting.

WORK
2001-2022   [[K:Library Assistant, Argyll and Bute Council Libraries]], Helensburgh Library
   [[K:local-history enquiries]], family-history drop-ins, [[K:Bookbug sessions]]
   [[U:UNISON convenor for library and leisure staff]], 2012-2022
1980-2001   [[K:Clerical officer, Strathclyde Regional Council]] (education department)

STUDY
[[K:Certificate in Archives and Records Management (University of Dundee)]], 2023

VOLUNTEERING
Transcription volunteer, [[K:Scotland's People]] parish registers project

A LONG LIFE, BRIEFLY
[[P:CND member since 1981]]; [[C:I was admonished for breach of the peace at the Faslane Peace Camp in 1985]].
[[S:My civil partner, Jean]], and I have lived in Helensburgh since 2006.
[[H:Two hip replacements (2019 and 2021)]] — I can manage library steps and trolleys without difficulty.
[[G:A research study found I carry one APOE4 gene]], which is one of the reasons I want to keep my mind busy at work.

Referees: [[N:Alison Kerr]], Library Manager — [[N:01436 658 833]]
"""))

CVS.append((40, """
[[N:Agnieszka Byrne]]
[[N:Clonsilla, Dublin 15]] · [[N:085 774 2208]] · [[N:agnieszka.byrne@gmail.com]]

Retail pharmacy assistant — back after five years caring

[[E:I'm Polish-born]] and have lived in Ireland since 1996. [[F:I'm returning to work after five years caring for my husband, who has early-onset Alzheimer's]]; he is now in residential care.

EMPLOYMENT
2004–2019  [[K:Pharmacy Counter Assistant, Boots Ireland]], Blanchardstown
   - [[K:OTC advice]], stock rotation, [[K:methadone dispensing admin]]
   - [[U:Mandate shop steward for the Blanchardstown stores, 2010–2019]]
1997–2004  [[K:Cashier, Superquinn]]

QUALIFICATIONS
[[K:QQI Level 5 Pharmacy Technician Skills]] · [[K:Boots Healthcare Advisor training]]

PERSONAL
[[A:I'm 56]]. [[R:I converted to Islam in 2005 and wear hijab at work]]. [[H:I'm past the worst of the menopause]] and my energy is back.
[[G:My mother had Huntington's disease]]; [[A:at 40]] [[G:I chose to be tested and I'm negative]].
[[C:I have a 1998 conviction for shoplifting from my first years in Dublin]], which I'll disclose on any Garda vetting form.

References: [[N:Siobhán Kiernan]], Store Manager, Boots Blanchardstown
"""))
