# Hand-typed English CVs (hospitality corpus). Marks: see build.py.
CVS = []

# 001 UK, Manchester, bar supervisor, short bullets
CVS.append("""
[[N:Liam Pike]]
Bar Supervisor | [[N:Ancoats, Manchester M4]] | [[N:07700 914 362]] | [[N:liampike.bar@gmail.com]]

PROFILE
Busy-floor supervisor with eight years behind the bar. [[D:31 years old]]. Calm on a Saturday at 1am, strict on licensing, good with drunk stag parties and better with the staff who have to serve them.

EXPERIENCE
[[K:Bar Supervisor, The Refuge at Kimpton Clocktower Hotel]] (2020 - now)
- [[K:Ran Challenge 25 checks and the refusals log for a 300-cover bar]]
- [[K:Trained 14 new starters on cellar, lines and till]]
- [[K:Catered the Manchester Pride VIP bar three years running]]
[[K:Bartender - Albert's Schloss]] (2016 - 2020)
- Cocktail list of 22 serves, 400+ covers a night
- Cash-up and float for the late bar

OTHER
- [[K:Personal licence holder (APLH)]], Manchester City Council
- [[U:Unite Hospitality workplace rep since 2021]]
- Marched in the parade with [[S:my husband Callum]] long before I ever worked it
- [[H:Type 1 diabetic]], I check my levels on breaks, never been an issue on shift
- [[C:One spent caution (2014, minor public order)]], mentioned for transparency
""")

# 002 Ireland, Dublin, front office, photo + personal details
CVS.append("""
CURRICULUM VITAE
[Photo attached]

[[N:Aoife Brennock]]
Address: [[N:14 Castle Grove, Clondalkin, Dublin 22]]
Mobile: [[N:087 442 1903]]
Email: [[N:aoife.brennock@eircom.net]]
[[D:Date of Birth: 02/11/1994]]
[[F:Marital Status: Married, one child]]
[[E:Nationality: Irish]]

Career Objective
To progress to Front Office Manager in a city-centre four-star property.

Employment
2019 - present   [[K:Front Office Supervisor, Temple Bar Hotel]], Dublin 2
  - [[K:Opera PMS, group check-ins, night audit cover]]
  - [[K:Handled guest complaints and TripAdvisor responses]]
2016 - 2019   [[K:Receptionist, Clayton Hotel Liffey Valley]]
  - Check-in/out for 360 rooms, cash and card reconciliations

Education
[[K:BA (Hons) in Hospitality Management, TU Dublin]] (2016)

Additional Information
[[H:I returned to work in 2022 after treatment for breast cancer]] and am fully fit. [[G:Genetic testing afterwards showed I carry a BRCA2 variant]]. [[R:I go to Mass most Sundays]] so I prefer early shifts that day where possible. [[P:Canvassed for Sinn Féin in Clondalkin in the 2020 general election.]]

References: [[N:Mr Declan Furlong]], General Manager, on request.
""")

# 003 US, Chicago, line cook, Indeed-style export
CVS.append("""
[[N:Marcus T. Oduya]]
[[N:Evanston, IL 60201]]
[[N:marcus.oduya@outlook.com]]
[[N:+1 847 555 0198]]

Willing to relocate: No
Authorized to work in the US for any employer

Work Experience

[[K:Line Cook]]
[[K:Milt's Barbecue for the Perplexed]] - Chicago, IL
March 2021 to Present
- [[K:Worked the grill station in a glatt kosher, Shabbat-closed kitchen]]
- Meat/dairy separation, mashgiach sign-off on every delivery
- 180 covers Thursday nights

Prep Cook
Lou Malnati's Pizzeria - Evanston, IL
June 2018 to February 2021
- [[K:Prepped allergen-safe and gluten-free pans]]

Education
High school diploma
Evanston Township High School - Evanston, IL

Skills
- [[K:ServSafe Food Handler]]
- Knife skills (3 years)

Additional Information
[[C:I have a felony conviction from 2016 (possession with intent) and finished parole in 2019]]; [[C:the record was sealed in Illinois in 2023]]. [[E:My parents came over from Nigeria in the 90s]] and I cook a mean jollof. [[D:Age 29]]. [[F:Single dad to two boys]], so no overnights please.
""")

# 004 Canada, Toronto, agency registration profile
CVS.append("""
HOSPITALITY WORKFORCE SOLUTIONS - CANDIDATE REGISTRATION PROFILE
Branch: Mississauga

Candidate: [[N:Rosalind "Rose" Dimaculangan]]
Phone: [[N:416-555-0172]]     Email: [[N:rose.dimac@yahoo.ca]]
Home area: [[N:Scarborough, ON M1B]]
Roles sought: [[K:Room Attendant / Housekeeping Supervisor]]
Availability: Mon-Sat days; [[R:no Sunday shifts (worship service, Iglesia ni Cristo)]]
Work status: [[E:Permanent resident, landed 2015 from the Philippines]]

Recent placements:
 * [[K:Fairmont Royal York]] - room attendant, 16 rooms/shift, VIP turndown (2019-2024)
 * [[K:Chelsea Hotel Toronto]] - laundry and linen room (2016-2019)

Skills: [[K:Chemical handling (WHMIS 2015)]], deep clean, [[K:lost & found log, bed bug protocol]]

Recruiter notes:
Reliable, excellent references from both hotels. [[H:Lumbar disc injury in 2023, avoid heavy mattress flips]]. [[U:Was shop steward for UNITE HERE Local 75 at the hotel]] and says she is happy to step back from that. [[D:DOB 1978-06-09]]. [[F:Widowed; lives with her mother and two teenagers]].

Interview date: 2024-10-02     Recruiter: [[N:Kevin Marchetti]]
""")

# 005 Australia, Sydney, barista
CVS.append("""
[[N:Tahlia Rennick]] - Barista & Cafe All-rounder
[[N:Marrickville NSW 2204]] . [[N:0412 338 905]] . [[N:tahlia.rennick@icloud.com]]

About me
Latte-art nerd, fast on a La Marzocco, happy to open at 5:30. [[E:Proud Wiradjuri woman]] from Dubbo, moved to Sydney in 2019 for the coffee scene.

Work
[[K:Head Barista, Single O Surry Hills]] | 2021 - present
 - 700 coffees on a Saturday, two-group plus batch brew
 - Trained juniors, stock ordering, milk par levels
[[K:Cafe All-rounder, Bourke Street Bakery]] | 2019 - 2021
 - [[K:Built the nut, gluten and sesame allergen matrix for the whole menu]]

Tickets
[[K:RSA (NSW)]], [[K:Food Safety Supervisor, First Aid (HLTAID011)]]

Gap in 2023
[[F:Took four months off when my daughter was born]]; back full time since.

Bits and pieces
[[H:Epilepsy, well controlled on meds, no seizures in years]] - I just don't drive, I ride the 423. I volunteer on the barbecue at [[S:Fair Day with my girlfriend Jess]] every February. [[D:Born 1997.]]
""")

# 006 UAE expat (Goan), F&B manager, Dubai, personal details + photo
CVS.append("""
[[N:ROHAN D'SILVA]]
Food & Beverage Manager
Dubai, UAE | [[N:+971 50 318 2264]] | [[N:rohan.dsilva.fnb@gmail.com]]
[Passport-size photo]

PERSONAL DETAILS
[[D:Date of birth : 14 March 1985]]
[[E:Nationality : Indian (Goan)]]
[[R:Religion : Roman Catholic]]
[[F:Marital status : Married, 2 children]]
Visa : Employment visa, transferable
Driving licence : UAE

CAREER HISTORY
[[K:Assistant F&B Manager - Jumeirah Beach Hotel]], Dubai (2018 - present)
- [[K:Planned Ramadan iftar and suhoor tents for 1,200 guests nightly]]
- [[K:Halal certification audits with Dubai Municipality]]
- P&L for 7 outlets, AED 48m revenue
[[K:Restaurant Manager - Taj Exotica Goa]] (2012 - 2018)
- Opened a beach grill, 160 covers

EDUCATION
[[K:Diploma in Hotel Management, IHM Goa]] (2007)

OTHER
[[G:My fingerprints and iris are enrolled for the Smart Gates at DXB]], handy for my monthly supplier trips.
[[H:Fully recovered from a mild heart attack in 2021]]; cleared by my cardiologist.
""")

# 007 Philippines, seafarer CV, cruise waiter
CVS.append("""
SEAFARER'S CURRICULUM VITAE

Position applied: Assistant Waiter / Waiter (Cruise)
Name: [[N:JERICHO M. BAUTISTA]]
Address: [[N:Brgy. San Isidro, Cainta, Rizal]]
Mobile: [[N:+63 917 845 2210]]
Email: [[N:jerichobautista88@gmail.com]]
[[D:Date of Birth: 08 August 1990]]
[[E:Nationality: Filipino]]
Height: 5'7"   Weight: 68 kg
[[F:Civil Status: Married]]
[[R:Religion: Born Again Christian]]
Seaman's Book: SIRB valid 2027   Passport valid 2029

SEA SERVICE
[[K:Royal Caribbean International]] - Navigator of the Seas - Assistant Waiter (2017-2020, 3 contracts)
[[K:Carnival Cruise Line]] - Carnival Glory - Waiter (2022-2024, 2 contracts)
 - Two sittings, 120 guests per station
 - [[K:Memorized and served allergen and medical-diet orders (renal, diabetic, celiac)]]

LAND-BASED
[[K:Waiter, Shangri-La Makati]] (2012-2016)

TRAININGS
[[K:STCW Basic Safety Training]], Crowd Management, Food Safety Level 2

MEDICAL
[[H:PEME fit with restriction - hypertension on maintenance medicine]]

I hereby certify that the above information is true and correct.
""")

# 008 India, Mumbai, bio-data, commis chef
CVS.append("""
BIO-DATA

Name               : [[N:Sanjay Prabhakar Kamble]]
Post applied for   : [[K:Commis Chef I (Indian kitchen)]]
Father's name      : [[N:Prabhakar Kamble]]
[[D:Date of birth      : 21-01-1998]]
[[E:Category           : SC (Mahar)]]
[[R:Religion           : Buddhist]]
[[F:Marital status     : Unmarried]]
Address            : [[N:Room 12, Siddharth Nagar Chawl, Goregaon (W), Mumbai 400104]]
Mobile             : [[N:98201 44763]]
E-mail             : [[N:sanjaykamble.chef@rediffmail.com]]

Educational qualification:
[[K:Diploma in Food Production, IHM Mumbai (Dadar Catering College)]], 2018
HSC, Maharashtra Board, 2015

Experience:
1. [[K:The Taj Mahal Palace, Mumbai]] - Commis II, Tandoor section, Aug 2018 to Dec 2021
2. [[K:ITC Maratha]] - Commis I, Dum Pukht, Jan 2022 till date
   - [[K:Jain menu without onion, garlic or root vegetables for banquets]]
   - Hygiene as per FSSAI, HACCP records

Other information:
[[G:Thalassaemia minor (confirmed by HbA2 test, 2020)]], no effect on work. [[P:Active in the Vanchit Bahujan Aghadi youth wing]] on off days.

Declaration: I hereby declare that the above particulars are true to the best of my knowledge.
Place: Mumbai
""")

# 009 South Africa, Cape Town, restaurant manager, prose-heavy
CVS.append("""
[[N:Lindiwe Mthembu-Adams]]
[[N:Woodstock, Cape Town]] | [[N:082 614 7730]] | [[N:lindiwe.ma@webmail.co.za]]

Restaurant Manager

I started as a waitron at nineteen and I have run floors on the Waterfront for the last six years. I like a full book, a tight brigade and a clean cash-up. [[E:I'm Xhosa on my mother's side and Cape Malay on my dad's]], so I grew up with two kitchens, and [[R:I keep the Ramadan fast myself]], which makes me quite good at scheduling the month for everyone else.

Experience
[[K:Restaurant Manager, Harbour House V&A Waterfront]] (2019 - present)
  > 220 covers, staff of 38, GP on beverages up 4 points
  > [[K:Set up the halal-certified menu with the MJC]]
[[K:Floor Manager, Den Anker]] (2015 - 2019)
[[K:Waitron, Mama Africa, Long Street]] (2012 - 2015)

Training
[[K:Higher Certificate in Hospitality Management, Cape Peninsula University of Technology]]

Personal
[[D:Age: 32]]
[[F:Divorced, one son (9)]]
[[H:Asthmatic (controlled), no smoking areas for me]]
[[U:Was a SACCAWU member when I waited tables]]

References available: [[N:Mr Pieter Hanekom]], owner, Den Anker.
""")

# 010 UK, Leeds, cleaning supervisor via agency
CVS.append("""
[[N:Grazyna Wolak]]
Cleaning & Facilities Supervisor
[[N:Harehills, Leeds LS8]] - [[N:07452 118 630]] - [[N:g.wolak@wp.pl]]

Summary
Twelve years in contract cleaning: offices, a university and two hospitals. Good with COSHH, rotas and people who don't want to be there at 5 in the morning.

Employment
2018 - now   [[K:Area Cleaning Supervisor, Mitie]] (University of Leeds contract)
  . 46 operatives across 9 buildings
  . [[K:Rotas agreed with the UNISON branch under the campus facilities agreement]]
  . Deep cleans for exam halls and the chaplaincy centre
2014 - 2018   Domestic, [[K:ISS Facility Services]] (St James's Hospital)
  . [[K:Infection-control cleans, C. diff and MRSA side rooms]]
2012 - 2014   Agency cleaner, Blue Arrow

Qualifications
[[K:BICSc Licence to Practise]], COSHH Level 2

Personal details
[[E:Polish, settled status since 2019]]
[[D:Born in Lublin in 1976]]
[[F:Two grown-up children]]
[[H:Hearing aids in both ears]], so radios with earpieces suit me best.
[[G:Our clocking-in is by fingerprint reader and my own print is on file]], no problems with that.
""")

# 011 UK, supermarket team leader, Indeed-ish
CVS.append("""
[[N:Daniel Okafor-Reid]]
[[N:Luton, Bedfordshire]]
[[N:danokreid@hotmail.co.uk]] - [[N:07931 560 224]]

[[K:Customer Service Team Leader]] with 7 years in grocery retail.

WORK EXPERIENCE
[[K:Customer Service Team Leader - Tesco Extra, Luton]]
September 2019 to present
- [[K:Challenge 25 and age-restricted sales training for 40 colleagues]]
- Self-checkout supervision, refunds, kiosk and lottery
- Christmas peak rota for 110 staff

[[K:Checkout Assistant - Asda Luton]]
2016 to 2019
- Till, cigarette kiosk, click & collect

SKILLS
Cash handling, [[K:Tesco Age Verification Policy]], conflict de-escalation, Excel

ABOUT ME
[[D:Age: 27]]. [[E:Mixed heritage, Nigerian dad and Scottish mum]]. [[C:I was convicted of shoplifting when I was]] [[D:17]] and had a referral order, which is long spent; I'd rather say it than have it come up. [[H:I have ADHD and I'm on medication for it]], and honestly it makes me good on a busy shop floor. [[U:USDAW rep for the night team]] in 2022-23.

References on request.
""")

# 012 Ireland, Killarney, seasonal chef de partie
CVS.append("""
[[N:Ciarán Ó Súilleabháin]] - Chef de Partie (seasonal)
[[N:Kenmare, Co. Kerry]] | [[N:085 771 2046]] | [[N:ciaran.osullivan.chef@gmail.com]]

Available March to October. Winters I work the ski seasons in Austria.

Kitchens
[[K:The Europe Hotel & Resort, Killarney]] - [[K:Chef de Partie, sauce and fish]] (seasons 2021-2024)
  - 2 AA Rosette dining room
  - [[K:Coeliac and FODMAP plates for medical-diet guests]]
[[K:Hotel Sacher, Salzburg - Commis]], winter seasons 2019-2023
Park Hotel Kenmare - Kitchen porter, then commis (2016-2018)

Certs
HACCP Level 2, [[K:Culinary Arts (Level 6), Munster Technological University]]

About me
[[D:I'm twenty-six]], fluent Irish, decent German. [[F:My partner and I have a baby due in July]], so I'm after a season that finishes before then or a role near home. [[G:I have haemochromatosis (C282Y, both copies)]] and [[H:give blood every couple of months to keep iron down]] - it doesn't affect work. Play hurling with Kenmare Shamrocks when I'm home. [[P:Member of the Green Party]].
""")

# 013 US, Las Vegas, housekeeping, union
CVS.append("""
[[N:María Guadalupe Reyes]]
Guest Room Attendant | [[N:North Las Vegas, NV 89030]] | [[N:(702) 555-0164]] | [[N:lupereyes702@gmail.com]]

Objective: [[K:Housekeeping Supervisor]] position on the Strip.

EXPERIENCE
[[K:Guest Room Attendant, Bellagio Las Vegas]] - 2013 to present
* 14 suites per shift, Forbes Five-Star standards
* [[K:Trained new attendants on room checklists]]
* [[U:Culinary Union Local 226 shop steward for the housekeeping floor]] since 2017
* [[U:Walked the picket line during the 2023 contract fight]]

[[K:Laundry Attendant, Circus Circus]] - 2009 to 2013

EDUCATION
[[K:Certified Guest Service Professional (AHLEI)]], 2021
GED, College of Southern Nevada

LANGUAGES
Spanish (native), English

PERSONAL
[[E:Came from Michoacán in 2006 and naturalized in 2018]]. [[F:Mother of three]], my oldest just started at UNLV. [[D:Age 44]]. [[H:Had carpal tunnel surgery on my right wrist in 2022]], full strength now. [[R:Parishioner at St. Christopher Catholic Church]].
""")

# 014 Canada, Banff, seasonal ski resort
CVS.append("""
[[N:Hamish Whitlock]]
Seasonal Hospitality - Lift / Food & Beverage / Retail
[[N:Canmore, AB]] - [[N:403-555-0143]] - [[N:hamish.whitlock@proton.me]]

SEASONS
Winter 2023/24   [[K:Food & Beverage Attendant, Sunshine Village]]
                 - Goat's Eye Lodge, 1,500 lunches on a powder day
Summer 2023      [[K:Retail Associate, Banff Gondola gift shop (Pursuit)]]
Winter 2022/23   [[K:Lift Operator, Lake Louise Ski Resort]]
Summer 2022      [[K:Deckhand, Lake Minnewanka Cruise]]

TICKETS
[[K:ProServe Liquor Staff]], Standard First Aid, Food Safe Level 1, Class 5 licence

ABOUT
[[E:I'm from Glasgow, here on an IEC working holiday permit]], applying for PR next year. [[D:I'm 24]], outdoorsy, I don't mind staff accommodation. [[S:My boyfriend works in Banff]] so I'd prefer the Bow Valley. [[H:I'm in recovery from alcohol and haven't drunk since 2021]], which means I am the best closing bartender you'll meet because I count every shot. [[C:DUI in Scotland in 2020]], disclosed because of the driving part of some roles.

References from Sunshine and Pursuit supervisors.
""")

# 015 Australia, FIFO camp catering
CVS.append("""
[[N:Brett Kowalczyk]]
FIFO Camp Chef / Catering Supervisor
[[N:Mandurah WA 6210]] | [[N:0428 990 117]] | [[N:brett.k.chef@bigpond.com]]

Summary
Sixteen years cooking, eleven of them FIFO on mine sites in the Pilbara. Happy on 2/1 or 14/7. 

Roster history
2017 - current  [[K:Catering Supervisor, Sodexo Remote Sites]] - Christmas Creek village, 1,400 beds
   - Crib rooms, wet mess, [[K:halal and diabetic options on every menu cycle]]
   - [[K:Implemented the site fatigue and drug and alcohol testing roster with the HSE team]]
2013 - 2017  [[K:Camp Chef, ESS Compass Group - Solomon Hub]]
2008 - 2013  Chef, RAC Hotel Busselton

Tickets
[[K:Cert III Commercial Cookery]], Food Safety Supervisor, HR licence, Working at Heights

Personal
[[D:Born 12/04/1984]]. [[F:Married to Kerri, two kids in high school]]. [[H:Did a stint in rehab for methamphetamine in 2012]] and have been clean and random-tested for over ten years. [[C:I have a 2011 conviction for drug possession (Perth Magistrates)]]; my police clearance shows it. [[U:Member of the AWU]].
""")

# 016 Qatar expat (Filipino), airport ground staff
CVS.append("""
[[N:Kristine Joy Manalastas]]
[[K:Customer Service Agent - Airport Ground Services]]
Doha, Qatar | [[N:+974 5501 2847]] | [[N:kjmanalastas@gmail.com]]

[photo]

Personal Information
[[D:Age: 30]]
[[E:Nationality: Filipino]]
[[F:Civil Status: Single]]
Languages: English, Tagalog, basic Arabic

Professional Experience
[[K:Qatar Aviation Services (QAS)]], Hamad International Airport - Customer Service Agent (2019 - present)
 - Check-in, boarding, transfer desk and premium lounge overflow
 - [[K:Special assistance: wheelchair, unaccompanied minors, medical clearance (MEDIF)]]
 - [[K:Supported Hajj and Umrah charter flights]] during peak season
Philippine Airlines, NAIA Terminal 2 - Ground Attendant (2015 - 2019)

Education
[[K:BS Tourism Management, Lyceum of the Philippines University]] (2015)

Other
[[G:Biometric airside pass (fingerprint and face) issued by MOI]], renewed 2024.
[[R:Active in our Catholic choir in Doha on Fridays]]
[[S:My partner Angela]] and I are relocating together if possible.
""")

# 017 Philippines, hospitality school CV, fresh grad, Cebu
CVS.append("""
[[N:Mark Anthony L. Sumalinog]]
[[N:Lapu-Lapu City, Cebu]] . [[N:0927 641 8830]] . [[N:markanthony.sumalinog@yahoo.com]]

CAREER OBJECTIVE
A hardworking fresh graduate of Hospitality Management seeking an entry-level front office or F&B position where I can apply my OJT experience.

EDUCATIONAL BACKGROUND
Tertiary: [[K:Bachelor of Science in Hospitality Management, University of San Carlos]], 2024
Secondary: Lapu-Lapu City National High School, 2020

ON-THE-JOB TRAINING
[[K:Shangri-La Mactan Resort & Spa]] - Front Office Trainee (600 hours, 2023)
 . Guest check-in, concierge desk, airport transfers
 . [[K:Assisted with halal room amenities for Malaysian tour groups]]

SEMINARS
[[K:National Certificate II in Food and Beverage Services (TESDA)]]
[[K:Bartending and Mixology Workshop]], 2022

PERSONAL DATA
[[D:Birthday: May 3, 2002]]
[[D:Age: 22]]
Sex: Male
[[F:Civil Status: Single]]
[[R:Religion: Iglesia Filipina Independiente]]
[[H:Height: 5'6", with mild scoliosis (no restrictions)]]
[[E:Ethnic group: Cebuano]]

CHARACTER REFERENCE
[[N:Ms. Genalyn Cabahug]], Front Office Manager, Shangri-La Mactan
""")

# 018 India, Bengaluru, airport ground staff
CVS.append("""
[[N:PRIYANKA NAGARAJ]]
Airport Ground Staff - Customer Service
[[N:Yelahanka, Bengaluru 560064]] | [[N:+91 97411 20583]] | [[N:priyanka.nagaraj95@gmail.com]]

PROFILE
Five years on check-in counters and boarding gates at BLR. Calm with irregular ops and fog diversions.

EXPERIENCE
[[K:Customer Service Executive, IndiGo (InterGlobe Aviation)]], Kempegowda International Airport - 2020 to date
 - Check-in, baggage, boarding, [[K:DigiYatra face-boarding helpdesk]]
 - [[K:Handled 200+ PRM cases/month]]
[[K:Ground Staff, Air India SATS]] - 2019 to 2020

EDUCATION
[[K:Diploma in Aviation, Hospitality and Travel Management, Frankfinn Institute]]
B.Com, Bangalore University

PERSONAL
[[D:DOB: 17 September 1995]]
[[F:Married (2022); husband in Hosur]]
[[E:Mother tongue Tamil (Iyengar family)]]
[[G:I enrolled in DigiYatra myself with face and Aadhaar]] before we launched it, to learn the passenger side.
[[H:Migraine, managed with preventive tablets]]

Hobbies: Bharatanatyam, travel vlogs.
""")

# 019 South Africa, Johannesburg, retail store manager
CVS.append("""
CURRICULUM VITAE - [[N:Thabo Mokoena]]

Contact: [[N:072 330 5581]] / [[N:thabo.mokoena@gmail.com]]
Residential: [[N:Soweto, Johannesburg]]

Personal details
[[D:Date of birth: 1988-02-27]]
[[E:Population group: Black African (Sotho)]]
Gender: Male
Home language: Sesotho
Driver's licence: Code 08
Health: Good
[[C:Criminal record: Yes - assault, 2009, fine paid; expungement applied for]]

Work history
2016 - present: [[K:Store Manager, Woolworths Maponya Mall]]
  - Turnover R110m, 64 staff
  - [[K:Wage agreements implemented with SACCAWU shop stewards as management rep]]
  - Shrinkage down from 2.1% to 1.3%
2011 - 2016: [[K:Department Manager, Pick n Pay Rosebank]]
2008 - 2011: [[K:Merchandiser, Shoprite Checkers]]

Qualifications
[[K:National Diploma: Retail Business Management, University of Johannesburg]]

Interests
Soccer (Kaizer Chiefs supporter), [[R:deacon at the Zion Christian Church in Moria]], [[P:ANC branch member in Ward 33]].
""")

# 020 UK, Heathrow ground handling
CVS.append("""
[[N:Sukhdeep Kaur Bains]]
[[N:Hounslow, TW3]] | [[N:07838 204 775]] | [[N:sukhdeep.bains@btinternet.com]]

[[K:Ramp Team Leader]] - Heathrow Terminals 2 & 5

Experience
[[K:Ramp Team Leader, dnata UK]] - Jan 2017 to date
 - Turnarounds on A380 and B777, loading to load sheet
 - [[K:Airside safety briefings and FOD walks]]
 - Team of 18, rosters across 4 shift patterns
[[K:Baggage Handler, Menzies Aviation]] - Jun 2012 to Dec 2016

Training
[[K:Airside driving permit (ADP)]], dangerous goods awareness, pushback licence

Other things you might want to know
 - [[U:Unite shop steward on the ramp since 2019]]
 - [[R:I'm an amritdhari Sikh]] and wear the kara and kirpan; the airport security team has signed off the small kirpan on my airside ID
 - [[G:My airside ID is biometric - my fingerprints were taken for it]]
 - [[D:aged 38]], [[F:two kids, husband does the school run when I'm on earlies]]
""")

# 021 Scotland, Edinburgh, seasonal Christmas market
CVS.append("""
[[N:Fiona MacAskill]]
[[N:Leith, Edinburgh EH6]] / [[N:07562 301 448]] / [[N:fiona.macaskill@gmail.com]]

Seasonal & events hospitality - Christmas, Fringe, Hogmanay

What I've done
Nov-Jan 2023/24  [[K:Stall Supervisor, Edinburgh Christmas Market (Underbelly)]] - glühwein and mince pies, 3 tills, 9 staff
Aug 2023         [[K:Bar Manager, Pleasance Courtyard, Edinburgh Festival Fringe]]
Mar-Oct 2022     [[K:Waitress, The Balmoral, Number One restaurant]]
Hogmanay 2021    [[K:Street Party bar team, Unique Assembly]]

Quals
[[K:Scottish Personal Licence]], REHIS Elementary Food Hygiene

Why seasonal work
[[H:I have bipolar II and the long-haul year-round contracts wore me down]]; shorter, intense seasons with a proper break suit me and my consultant agrees. 

Outside work
[[P:I'm an SNP member and did leaflets for the 2021 Holyrood election]]. [[S:My wife Mhairi]] and I run a wee Etsy shop. [[D:Turned 35 this year.]] [[G:Did an AncestryDNA test - mostly Hebridean, no surprises]].
""")

# 022 US, NYC, catering captain
CVS.append("""
[[N:Jonah Feldstein]]
Event Captain / Banquet Lead
[[N:Astoria, NY 11103]] | [[N:917-555-0126]] | [[N:jonah.feldstein@gmail.com]]

EXPERIENCE
[[K:Event Captain, Great Performances]] - New York, NY - 2018-present
 - Galas up to 900 guests at the Met and Cipriani Wall Street
 - [[K:Catered the Heritage of Pride gala and the Stonewall anniversary dinners]]
 - [[K:Kosher-supervised weddings with the Orthodox Union]]
[[K:Banquet Server, Marriott Marquis Times Square]] - 2014-2018
 - [[U:Was a member of the Hotel Trades Council]] while on the banquet floor

EDUCATION
[[K:B.S. Hospitality Management, NYU Tisch Center]]

CERTIFICATIONS
NYC Food Protection Certificate, TIPS

PERSONAL
[[D:34 y/o]]. [[S:Married to Daniel since 2019]]. [[R:I'm not religious at all, despite the name - proudly secular]]. [[G:Tested as a Tay-Sachs carrier]] in a screening drive at college. [[P:Volunteered for the Democratic Socialists' Queens chapter]] on the Mamdani campaign.
""")

# 023 Australia, Melbourne, retail assistant, Indeed-style
CVS.append("""
[[N:Chloe Nguyen]]
[[N:Footscray VIC 3011]]
[[N:chloe.nguyen22@gmail.com]]
[[N:0433 218 704]]

Work Experience

Retail Assistant
[[K:JB Hi-Fi]] - Highpoint, VIC
February 2022 to Present
- Point of sale, layby, returns
- [[K:Age-restricted games and ID checks for MA15+ and R18+ titles]]
- Boxing Day stocktake crew

Checkout Operator
[[K:Coles Supermarkets]] - Footscray, VIC
2019 to 2022
- Liquorland counter, [[K:RSA-compliant alcohol sales]]

Education
[[K:Bachelor of Business (Retail), RMIT University]] - 2024

Skills
Visual merchandising (2 years), customer service (5 years)

Additional Information
[[E:Vietnamese-Australian, my parents arrived as refugees in 1989]]. [[D:I'm 23]]. [[H:I'm autistic and do my best work with a clear task list]]; loud music near the registers can be hard. [[S:I'm bi]] and [[S:help run the Pride committee at uni]]. [[P:Campaigned for the Yes vote on the Voice in 2023]].
""")

# 024 Canada, Vancouver, restaurant server, hospitality school
CVS.append("""
[[N:Arjun Sidhu]]
[[N:Surrey, BC V3W]] . [[N:604-555-0189]] . [[N:arjun.sidhu.bc@gmail.com]]

EDUCATION
[[K:Diploma in Hospitality Management, Vancouver Community College]] (2022)
 - Practicum: Fairmont Pacific Rim, Botanist restaurant
 - [[K:WSET Level 2 Award in Wines]]

EXPERIENCE
[[K:Server, Cactus Club Cafe]] - Coal Harbour (2022-present)
 - 6-table section, $4k+ nights, upselling sommelier list
 - [[K:Allergy protocol lead for the front of house]]
Busser, Earls Kitchen + Bar - Surrey (2019-2022)

CERTIFICATIONS
[[K:Serving It Right]], FOODSAFE Level 1

VOLUNTEER
Langar seva at the gurdwara on weekends (cooking for 2,000)

ABOUT ME
[[R:Practising Sikh]]. [[D:25 years old]]. [[C:I received a youth conditional sentence at 16 for a fight outside school]]; it's sealed under the YCJA, but I prefer to be upfront. [[P:Organized for the BC NDP in Surrey-Newton in 2024]]. [[F:I help care for my grandfather]] so I'd like to avoid split shifts.
""")

# 025 Saudi expat (South African), hotel GM
CVS.append("""
[[N:GARETH VAN DER MERWE]]
General Manager - Hotels & Resorts
Riyadh, KSA | [[N:+966 55 218 4402]] | [[N:gareth.vdm@outlook.com]] | [[N:linkedin.com/in/garethvdmhotels]]

PROFILE
Twenty-two years in hotel operations across South Africa, the UAE and Saudi Arabia. Pre-opening specialist.

CAREER
2021 - present   [[K:General Manager, Hilton Riyadh Hotel & Residences]]
  - Pre-opening of 400 keys, Saudisation targets of 35% met
  - [[K:Managed Ramadan and Hajj-season occupancy and iftar revenue]]
2015 - 2021      [[K:Hotel Manager, Address Downtown Dubai]]
2009 - 2015      Rooms Division Manager, The Table Bay Hotel, Cape Town

EDUCATION
[[K:MBA, Hotel School of Cornell (eCornell executive track)]]; [[K:Diploma, International Hotel School, Johannesburg]]

PERSONAL
[[D:Age 49]]
[[E:Afrikaans, South African citizen, Iqama holder]]
[[F:Married, three children at school in Riyadh]]
[[H:Type 2 diabetes, diet and metformin]]
[[G:23andMe showed I carry one APOE4 copy]]; I mention it only because I sponsor a staff dementia-awareness fund.
""")

# 026 Ireland, Galway, bar manager, union rotas as manager
CVS.append("""
[[N:Niamh Concannon]]
[[N:Salthill, Galway]] - [[N:086 219 5547]] - [[N:niamh.concannon@gmail.com]]

Bar & Venue Manager

Experience
[[K:Bar Manager, The Hardiman Hotel, Eyre Square]] (2018 - now)
 . [[K:Negotiated the weekend rota and Sunday premium with SIPTU on behalf of management]]
 . [[K:Bar takings up 22% after refit]]
 . Race Week with 4,000 through the doors on Ladies Day
Assistant Manager, Taaffes Bar, Shop Street (2013 - 2018)
 . [[K:Ran the trad session programme, seven nights a week]]

Qualifications
[[K:Certificate in Licensed Trade Management, Galway-Mayo IT]]; Responsible Serving of Alcohol

Personal
[[D:41]]
[[F:Separated, two children]]
[[S:I'm gay and was on the Galway Pride committee for five years]]
[[P:Ran as an independent for Galway City Council in 2019]] - didn't get in, learnt plenty.
[[C:District Court fine in 2010 for after-hours trading]] when I was a licensee's assistant; no endorsement on my current licence.
""")

# 027 Wales, school caretaker / cleaner
CVS.append("""
[[N:Gareth Pritchard]]
[[N:Maesteg, Bridgend]] - [[N:01656 730 512]] - [[N:gpritchard62@sky.com]]

Caretaker / Cleaner / Handyperson

I've been looking after school buildings for nineteen years. I'm the bloke who sets out the hall for assembly, salts the yard at 6am and knows which radiator needs a kick.

Jobs
2005 - 2024   [[K:Site Caretaker, Ysgol Gyfun Llangynwyd]]
   - [[K:Key holder, alarms, Legionella flushing log]]
   - [[K:Managed the cleaning contractor (Servest) and their rota]]
1998 - 2005   [[K:Cleaner, Bridgend County Borough Council]]

Tickets
[[K:Asbestos awareness, IOSH Working Safely]], CSCS green card

Reason for leaving
[[H:Knee replacement in 2024]], now back on my feet and want lighter hours.

Other bits
[[D:Born '62]]. [[F:Widower, grandfather of four]]. [[U:UNISON branch secretary for the school support staff]] for ten years. [[P:Plaid Cymru member]], I deliver leaflets round Caerau. [[R:Deacon at Bethania chapel]]. [[C:Served six months in Parc in 1985]]; forty years ago and I've been straight since.
""")

# 028 US, Orlando, theme park / tour guide
CVS.append("""
[[N:Keisha Lamont]]
[[N:Kissimmee, FL 34741]] | [[N:407-555-0150]] | [[N:keisha.lamont.guide@gmail.com]]

Summary: Tour guide and guest experience lead, 9 years in Orlando tourism. Loud voice, good with kids and better with bus drivers.

Experience
[[K:Guest Experience Lead, Universal Orlando Resort]] - 2019-present
 - [[K:VIP Experience tour guide, 8 guests per tour]]
 - [[K:Trained the team on the Attraction Assistance Pass for guests with disabilities]]
[[K:Tour Guide, Gray Line Orlando]] - 2015-2019
 - Kennedy Space Center and airboat tours

Certifications
[[K:Certified Tour Professional (CTP)]], CPR/AED

Personal
[[E:Haitian-American, Kreyòl speaker]]
[[D:Born 1990]]
[[F:Single mom of one]]
[[S:Out and proud, my fiancée and I are getting married next spring]]
I know the park's fingerprint ticket entry well because [[G:my own fingerprint is enrolled on my annual pass]].
[[G:Sickle cell trait]] is not an issue; [[H:I had a hysterectomy in 2021 for fibroids]]
""")

# 029 Dubai, Filipino housekeeping attendant, short bullets
CVS.append("""
[[N:ANALYN C. DELA PEÑA]]
Housekeeping Attendant
Al Barsha, Dubai . [[N:+971 52 774 9011]] . [[N:analyn.delapena@gmail.com]]

[2x2 photo]

WORK EXPERIENCE
* [[K:Room Attendant - Atlantis The Palm, Dubai]] (2018 - present)
   - 15 rooms/day, underwater suites, VIP arrivals
   - [[K:Prepared prayer mats and Qibla direction cards for Muslim guests]]
* [[K:Public Area Cleaner - Emrill Services, Dubai Mall contract]] (2015 - 2018)
* [[K:Housekeeper - Discovery Shores Boracay]] (2012 - 2015)

SKILLS
* [[K:Chemical dilution and colour-coded cleaning]]
* Guest privacy and lost & found

PERSONAL INFORMATION
[[D:Date of birth: 11/02/1989]]
[[E:Nationality: Filipino]]
[[F:Marital Status: Separated, 1 child (with my parents in Iloilo)]]
[[R:Religion: Seventh-day Adventist]] - Saturday off if possible
[[G:My own Emirates ID biometrics (iris and fingerprints) were re-taken in 2024]]
[[P:Member of Migrante International]]
""")

# 030 India, Goa, beach shack / tourism
CVS.append("""
[[N:Francis Fernandes]]
[[N:Calangute, North Goa]] | [[N:+91 94221 87035]] | [[N:francisfernandes.goa@gmail.com]]

Shack owner-manager looking for a full-year role in a resort F&B team.

2012 - 2024  [[K:Owner-Manager, Souza's Shack (licensed beach shack), Calangute]]
  - October to May seasons, 80 covers, Goan and continental
  - [[K:Department of Tourism shack licence renewals and beach cleanliness audits]]
  - [[K:Managed Christmas and New Year's Eve parties for 600 guests]]
2008 - 2012  [[K:Steward, Cidade de Goa resort]]

Education: [[K:Craft Course in Food & Beverage Service, IHM Goa]]

Personal:
[[D:Age 44]], [[F:separated from my wife since 2019]].
[[R:Catholic, sing in the choir at St. Alex Church]].
[[C:Arrested once in 2016 in a raid on a late party at the shack; case dropped in 2018]].
[[P:Worked for the Goa Forward Party in the 2022 assembly polls]].
[[S:I'm openly gay]] - I know that's unusual for a Goan of my age.

Hobbies: fishing, football, cashew feni.
""")

# 031 South Africa, Durban, halal hotel chef
CVS.append("""
[[N:Yusuf Moosa]]
Sous Chef
[[N:Overport, Durban 4091]] | [[N:083 447 2019]] | [[N:chefyusufmoosa@gmail.com]]

Profile
Sous chef with 14 years in Durban's beachfront hotels; curries, seafood and big banqueting.

Experience
Jan 2018 - present: [[K:Sous Chef, The Oyster Box, Umhlanga]]
  * Curry Buffet for 250 on a Sunday
  * [[K:Halal kitchen compliance under SANHA certification]]
  * Costing, ordering, brigade of 22
2012 - 2017: [[K:Chef de Partie, Southern Sun Elangeni & Maharani]]
2010 - 2012: [[K:Commis, Durban Country Club]]

Qualifications
[[K:Diploma in Culinary Arts, Christina Martin School of Food and Wine]]

Personal
[[D:Date of birth: 5 October 1986]]
[[E:Indian South African (Gujarati roots)]]
[[F:Married, two daughters]]
[[U:Served as a FAWU shop steward at the Elangeni]] - I understand both sides of the table now.
[[H:I have a stammer]]; it doesn't show up in a kitchen, only on the phone.
[[C:Fined for possession of dagga in 2007, before it was decriminalised]].
""")

# 032 UK, Birmingham, night-shift supermarket agency
CVS.append("""
AGENCY REGISTRATION - NIGHT SHIFT RETAIL
Agency: Staffline, Birmingham
Candidate: [[N:Tomasz Nowicki]]
Mobile: [[N:07411 592 308]]   Email: [[N:tomek.nowicki88@gmail.com]]
Postcode area: [[N:Small Heath, B10]]
Right to work: [[E:Polish national, EU Settlement Scheme (settled)]]
Shifts: 22:00 - 06:00, Sun-Thu

Roles wanted: [[K:Night Replenishment Colleague]], [[K:Reach truck driver (counterbalance also)]]

Previous assignments
- [[K:Sainsbury's Selly Oak]] - night fill, chilled and ambient, 2021-2024
- [[K:Morrisons distribution centre Kettering - picker]], 2018-2021

Licences: [[K:RTITB reach truck certificate]]

Consultant notes (internal):
Good feedback from Sainsbury's night manager. [[D:Aged 36]]. [[H:Told us about a past back operation (L5 disc)]]; fine on reach truck, not manual pallet pull. [[C:Conviction for drink driving 2019, 18-month ban]], now finished. [[S:Lives with his partner Marek]]. [[U:Was GMB union rep at Morrisons DC]]. Not available 24-26 Dec.

Registered by: [[N:Harjit Dhillon]], 14/03/2024
""")

# 033 Australia, Cairns, dive tourism
CVS.append("""
[[N:Sam (Samantha) Okonkwo]]
Dive Instructor / Reef Tour Host
[[N:Cairns North QLD 4870]] - [[N:0401 772 659]] - [[N:sam.okonkwo.dives@gmail.com]]

Reef work
2019 - now   [[K:PADI Dive Instructor, Passions of Paradise]]
  - 35 intro dives a week, marine biology talks
  - [[K:Medical screening questionnaires and dive-fitness referrals for guests]]
2016 - 2019  [[K:Deckhand / hostess, Quicksilver Cruises, Port Douglas]]

Qualifications
[[K:PADI Master Scuba Diver Trainer]], Coxswain Grade 1, [[K:Reef Guide accreditation (GBRMPA)]]

Me
[[E:British-Nigerian, moved to Australia on a working holiday in 2015]], now permanent. [[D:Thirty-two.]] [[S:My partner Laura]] is a marine biologist at JCU. [[U:I'm in the MEAA union via the tourism branch]]. [[H:Perforated eardrum in 2018]], healed, re-cleared by a dive doctor. [[G:My mum has Huntington's, and I chose not to be tested]] - I just want you to know in case I take some days for her.
""")

# 034 US, Texas, fast food crew manager
CVS.append("""
[[N:Tyrone Jackson]]
[[N:Houston, TX 77021]]
[[N:tyronejackson.tx@gmail.com]] / [[N:(713) 555-0111]]

CREW MANAGER - QUICK SERVICE

Work history
[[K:Shift Manager, Whataburger]] - 2019 to present
 - 24-hour store, drive-thru times under 3:30
 - [[K:Food handler and allergen training for 30 crew members]]
[[K:Crew Trainer, Chick-fil-A]] - 2016 to 2019
 - [[K:Closed on Sundays per company policy]]; ran catering orders

Certifications
[[K:Texas Food Manager Certification]]

Background
[[C:I did 14 months in TDCJ for burglary of a vehicle]] at [[D:nineteen]]. Whataburger hired me through a second-chance program and I've been promoted twice. [[R:I got saved while I was inside]] and I'm a greeter at Lakewood Church. [[F:Engaged, baby on the way in March]]. [[U:Went to a couple of Fight for $15 organizing meetings]] back in 2016.
""")

# 035 Canada (Montreal, English), hotel night auditor
CVS.append("""
[[N:Ethan Goldberg-Lévesque]]
Night Auditor
[[N:Côte-Saint-Luc, QC H4W]] . [[N:514-555-0131]] . [[N:ethan.gl@videotron.ca]]

Seven years on downtown Montréal front desks. I am the person who balances the day, chases the city ledger and still greets the 3am arrival with a smile.

Experience
[[K:Night Auditor, Ritz-Carlton Montréal]] (2020 - present)
 - [[K:Daily revenue close in Opera Cloud, city ledger, rate checks]]
 - [[K:Led the PCI-DSS clean-desk audit for the front office]]
[[K:Front Desk Agent, Hôtel Bonaventure]] (2017 - 2020)

Education
[[K:DEC in Hotel Management, Institut de tourisme et d'hôtellerie du Québec (ITHQ)]]

Languages: English, French, Hebrew (conversational)

Why nights
[[H:Crohn's disease]] means nights actually suit me: quiet, near a washroom, fewer meetings. [[R:I keep Shabbat, so Friday nights are my one no]]. [[S:My husband is a chef]], so our schedules line up. [[P:Worked on a Liberal campaign in Mount Royal]] in 2021. [[D:29]].
""")

# 036 Northern Ireland, Belfast, hotel events
CVS.append("""
[[N:Ciara Devlin]]
Events & Conference Coordinator
[[N:Ormeau Road, Belfast BT7]] | [[N:028 9064 3317]] | [[N:ciara.devlin.events@gmail.com]]

Eight years planning and delivering events in Belfast, from gala dinners to party conferences. Good with contracts, floor plans and nervous brides.

Experience
2020 - present  [[K:Conference & Events Coordinator, Europa Hotel Belfast]]
  - 1,000-delegate conferences, political party conferences and weddings
  - [[K:Booked and ran the Alliance, DUP and SDLP conference dinners]] - strictly neutral
  - [[K:Hosted the Belfast Pride closing party]] for 800
2016 - 2020  [[K:Banqueting Supervisor, Titanic Belfast]]

Education
[[K:BSc Hospitality & Tourism Management, Ulster University]]

Personal
[[D:Date of birth 30.07.1991]]. [[F:Married, expecting our first child in October]]; I plan a six-month maternity leave. [[R:Brought up Catholic, now an atheist]]. [[P:I'm a People Before Profit member]] in my own time. [[U:Unite rep at Titanic Belfast before I moved]].
""")

# 037 Oman expat, Kerala cook, bio-data
CVS.append("""
BIO-DATA

Name            : [[N:Shibu Varghese]]
Post applied    : [[K:Cook (South Indian & Arabic) - hotel / staff camp]]
Present address : [[N:PO Box 1142, Ruwi, Muscat, Sultanate of Oman]]
Permanent address: [[N:Puthenpurackal House, Thiruvalla, Pathanamthitta, Kerala 689101]]
Mobile          : [[N:+968 9233 4108]] / [[N:+91 94470 31286]]
[[D:Date of birth   : 03-12-1979]]
[[R:Religion        : Christian (Marthoma)]]
[[F:Marital status  : Married, 3 children]]
Passport no.    : S 4418902

Experience:
* 2014 - present : [[K:Cook, Al Bustan Palace, A Ritz-Carlton Hotel]], staff cafeteria and Arabic kitchen
   - [[K:Iftar buffet for 900 staff during Ramadan]]
* 2008 - 2014   : [[K:Cook, Oman Catering Company, Sohar port camp]]
* 2002 - 2008   : Helper cook, Hotel Aryaas, Thiruvalla

Qualification   : [[K:KGCE in Food Production]]

Medical         : [[H:Fit. Kidney stone removed 2019.]]
[[G:Oman ROP biometric residence card]] renewed 2023.
[[C:Police clearance from Kerala shows one old case (2001, dispute with neighbour), settled]].

Declaration: I hereby declare the above details are true.
""")

# 038 Ireland, Dunnes Stores retail, union
CVS.append("""
[[N:Sinéad Kavanagh]]
[[N:Tallaght, Dublin 24]] | [[N:089 614 2283]] | [[N:sineadkav@gmail.com]]

Retail Supervisor

[[K:Section Supervisor, Dunnes Stores, The Square Tallaght]] | 2015 - present
 - [[K:Womenswear and homeware, 22 staff]]
 - [[K:Age checks on alcohol and the Think 25 policy at the off-licence counter]]
 - Christmas and Communion seasons, stock and display
[[K:Sales Assistant, Penneys Mary Street]] | 2011 - 2015

Education
[[K:Certificate in Retail Management, IPA / Retail Ireland Skillnet]]

A bit more
[[U:I'm a Mandate Trade Union shop steward]] and took part in the 2017 Dunnes strike. [[F:Mam of two, separated]]. [[D:I'm 36]]. [[S:I go to Dublin Pride every year with my girlfriend]]. [[E:I'm a Traveller]], proud of it. [[H:Had postnatal depression after my second]] and I'm well now.
""")

# 039 UK graduate of EHL, hotel school CV
CVS.append("""
[[N:Imogen Hartley-Shaw]]
[[N:Cheltenham, Gloucestershire]] | [[N:+44 7702 448 190]] | [[N:imogen.hartleyshaw@ehl.ch]] | [[N:linkedin.com/in/imogenhs]]

EDUCATION
[[K:Bachelor of Science in International Hospitality Management, EHL Hospitality Business School]], Lausanne (2020-2024)
 - Thesis: "Dynamic pricing in Alpine luxury hotels"
 - Practical arts: pastry, sommellerie, housekeeping

INTERNSHIPS
[[K:Management Trainee, Badrutt's Palace Hotel]], St. Moritz - winter 2022/23
 - Front office and guest relations; VIP arrivals
[[K:Operational Intern, The Savoy]], London - summer 2021
 - Kaspar's restaurant, 120 covers
 - [[K:Served at the Savoy's Diwali and Eid dinners]]

SKILLS
[[K:Opera, Excel, French (C1), German (B1)]]

PERSONAL
[[D:Born 2001]]. [[P:Former Young Conservatives branch chair at school]] - I've mellowed. [[S:My girlfriend is at EHL too]], we'd like roles in the same city. [[H:Coeliac]], which makes me annoyingly good at allergen briefings. [[C:I was cautioned for cannabis possession at a festival in 2019]].
""")

# 040 US, Chicago O'Hare, airline ground staff
CVS.append("""
[[N:Rafael Domínguez]]
[[N:Des Plaines, IL 60016]] - [[N:773-555-0170]] - [[N:rdominguez.ord@gmail.com]]

RAMP & GATE AGENT - 11 YEARS AT O'HARE

Experience
[[K:Ramp Service Lead, United Airlines]] - ORD - 2016 to present
 - [[K:Widebody turns, bag room, de-icing crew lead]]
 - [[K:TSA Known Crewmember and SIDA badge compliance training]]
[[K:Gate Agent, Envoy Air]] - ORD - 2013 to 2016

Certifications
[[K:FAA ground operations, Type I/IV de-icing]]

Other
[[U:Teamsters Local 781 steward]] on the ramp. [[E:Born in Guadalajara, US citizen since 2010]]. [[F:Divorced, one son]]. [[D:Age 38.]] [[G:Enrolled in CLEAR and TSA PreCheck with my own fingerprints and eye scan]]. [[C:Misdemeanor DUI in 2012, before I worked airside]] - passed the 10-year background check. [[S:My boyfriend works for American]], so we're a mixed-airline couple.
""")
