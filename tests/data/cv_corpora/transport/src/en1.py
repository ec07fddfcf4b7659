CVS = [
r"""
{c:GARY PRICKETT}
{c:14 Ashby Road, Coalville LE67 3LB} - {c:07700 914 226} - {c:gprickett63@btinternet.com}

CLASS 1 DRIVER (C+E)

About me
Steady, reliable trunker, {D:61 years old}, 30-odd years on the road without a reportable accident. Happy on nights, {k:Microlise telematics} no problem. {F:Wife Sandra and I have two grown-up lads} so no ties on weekends any more.

Licence
- C+E, C1, B. {k:Driver CPC (DQC) valid to 11/2026}. Digi tacho card.
- {C:DR10 in 2014 (drink driving), 18-month ban, now spent} - since then spotless.
- {k:ADR packaged + tanks}

Medical
D4 renewed every year now because of my age. {H:Type 2 diabetic on metformin only}, told DVLA, no restriction on the licence.

Work
2016 - now   {k:Class 1 Trunk Driver, DHL Supply Chain, Magna Park} - double-deck trailers, night trunks to Daventry and Avonmouth
2009 - 2016  {k:Tipper driver, Tarmac, Bardon Hill}
1993 - 2008  Multi-drop 7.5t then rigid, Brakes Bros

Other
{U:Unite member} - I was on the drivers' forum at DHL for a couple of years.
Fishing, Coalville Town FC season ticket. {P:Voted Leave and did a bit of leafleting for Reform UK in 2024}.

Refs: {c:Dave Hextall}, transport manager, DHL - on request.
""",
r"""
CURRICULUM VITAE - {c:Winston A. Blackwood}
Flat 6, {c:Carmody House, Brixton Hill, London SW2 1RN}
Mobile {c:07958 330 471}   Email {c:winston.blackwood@outlook.com}

PERSONAL
{D:Date of birth: 3rd March 1971}
{E:Born in Spanish Town, Jamaica, came to London aged 11 to join my mother}
{F:Married, three children (youngest at sixth form)}

PROFILE
Big-bus driver with 22 years on London routes, mostly the 159 and 2. Calm with passengers, good with the iBus system and the new electric fleet. I have mentored new starters since 2015.

EMPLOYMENT
{k:Arriva London} - Brixton garage (BN)
  {k:Bus Operator / Driver Mentor}, 2008 - present
  - Completed {k:BTEC in Hybrid and Electric Bus Awareness}
  - {U:Elected Unite garage rep 2017-2023}, sat on the garage health and safety committee
  - {k:Driver Mentor of the Year, Arriva London South, 2019}
Stagecoach London - Bus Operator, 2001 - 2008
Royal Mail, Nine Elms - postman, 1994 - 2001

LICENCE / TRAINING
{k:PCV category D (no points)}, Driver CPC, Hackney Carriage knowledge (partial, 1999)

ROSTER NOTE
{R:I am a deacon at New Testament Church of God, Brixton, and ask for Sunday mornings off where the rota allows}; happy to take Saturdays and lates to compensate.

Health: {G:I carry sickle cell trait, no symptoms}.

INTERESTS
Dominoes league, cooking for the church harvest supper, West Indies cricket.

References on request.
""",
r"""
{c:Tomasz Wierzbicki} - self-employed multi-drop courier
{c:Reading RG1} | {c:07411 562 093} | {c:t.wierzbicki.courier@gmail.com}

Who I am
{E:Polish, born in Łódź, in the UK since 2012 with settled status}. {D:31 years old}. Own Ford Transit Custom, full hire-and-reward insurance, goods in transit to £15k. {F:My partner Marta runs the paperwork side and we have a little boy, Kuba (4)}, so I prefer routes that finish by 6pm.

Licence: B + C1. {C:3 points, SP30 (speeding 36 in a 30), expire 2025}. Otherwise clean.

Routes and clients
* {k:Amazon Flex / DPD Local franchise (Reading Central)}, 2019-now: 110-140 drops a day, 99.2% first-time delivery
* {k:Owner-driver for Panther Two-Man} (white goods), 2016-2019
* Warehouse picker, Tesco DC Reading, 2012-2016 - {k:Counterbalance forklift licence (RTITB)}

Things I am good at
* {k:planning my own run on Circuit app}
* customer photos / POD, no disputes in 2023
* {k:Polish, English, some Russian}

Health: fine. {H:Had a knee operation 2021 (meniscus), fully recovered, no lifting restrictions}.

Hobbies: {R:I sing in the choir at the Polish Catholic parish in Reading} and play five-a-side.

Reference: {c:Jas Sandhu}, DPD depot manager, {c:0118 496 0731}.
""",
r"""
{c:ANDREW 'ANDY' McKENNAN}
Train Driver (Traction & Route Competent)
{c:Carlisle} • {c:07843 219 664} • {c:andymck.drives@protonmail.com}

Summary
Mainline driver on the West Coast with {k:Class 390 Pendolino and Class 221 Super Voyager traction}. 14 years in the cab, 9 of them at 125mph. Clean professional record, last CSR assessment "competent, no development points".

Experience
{k:Avanti West Coast} — Train Driver, Carlisle depot — 2017 to date
Virgin Trains — Trainee then qualified Driver — 2010 to 2017
Northern Rail — Conductor — 2004 to 2010

Competences / licence
{k:European Train Driving Licence + complementary certificate}; route knowledge Preston–Glasgow Central & Edinburgh; {k:PTS}; {k:Rule Book module TW}.

Fitness
Medicals up to date under the Train Driving Licences regs. {H:Diagnosed with obstructive sleep apnoea in 2019, use CPAP every night, compliant on my data card}; returned to driving after eight weeks off.

Union
{U:ASLEF since 2004, branch secretary 2016-2021}. I sat on the depot's fatigue working group.

Personal
{F:Divorced, I have my daughter every second weekend} so I bid for rosters with those rest days. {D:Age 44}. {S:My partner Rob, a guard at the same depot, sorts our swaps}.
Fell running, Carlisle United.

Referee: {c:Ms Helen Tarbuck}, Driver Manager, on request.
""",
r"""
{c:Callum Ross}
{c:43 Dalry Road, Edinburgh EH11 2BU}
{c:callum.ross.signals@gmail.com} / {c:07722 385 915}

SIGNALLER - Level 5 / IECC

I have spent eleven years in {k:Network Rail} signal boxes, from a lever frame at Carnoustie to the Edinburgh IECC panel. I like shifts and I like the quiet of a night turn.

ROLES
2019 - present  {k:Signaller Grade 7, Edinburgh Signalling Centre (IECC)}
2014 - 2019     {k:Relief Signaller, Dundee area (boxes at Carnoustie, Arbroath, Montrose)}
2012 - 2014     Crossing keeper, Network Rail Scotland

SKILLS
* {k:Possessions and T3 line blockages}, emergency protection, single-line working
* {k:Signaller competence re-certified annually (Signaller Competence Management System)}
* Incident logging (TRUST / CCIL)

OUTSIDE WORK
{U:RMT health and safety rep for the Edinburgh signallers}, 2020 on.
{P:Branch secretary of the Leith Labour Party} and a door-knocker at every election. {C:Arrested at the 2003 anti-war march in Glasgow, released without charge}.
{S:My husband Euan is a paramedic}, so our rotas are a planning exercise.
Munro bagging (212 so far).

MEDICAL
{H:One seizure in 2009, investigated as epilepsy, no further events, off medication since 2012}; cleared by occupational health at each periodic medical.

{D:DOB 19.07.1987}
""",
r"""
{c:CAPT. DECLAN O'SHAUGHNESSY}
Airline Transport Pilot — A320 family
{c:Swords, Co. Dublin} | {c:+353 87 664 2190} | {c:declan.oshaughnessy@eircom.net}

LOGBOOK SUMMARY (to 30/09/2024)
Total time .................. 11,420 h
Pilot in command ............ 6,980 h
A320/A321 (PIC) ............. 6,120 h
B737-800 (FO) ............... 3,870 h
Night ....................... 2,450 h
Instructor (TRI/SFI) ........ 1,100 h

LICENCES & RATINGS
{k:IAA Part-FCL ATPL(A)}, A320 type rating, {k:TRI(A) / SFI A320}, {k:ICAO English Level 6}.
{k:Class 1 medical, current}. {H:Limitation VML — must carry spare corrective spectacles}.

EMPLOYMENT
2013–present  {k:Aer Lingus} — Captain A320, Type Rating Instructor since 2019
2005–2013     {k:Ryanair} — First Officer then Captain B737-800 (Stansted and Dublin bases)
2002–2005     Instructor, Atlantic Flight Training Academy, Cork

OTHER
{U:Former local council member of IALPA (Forsa)} during the 2019 pilots' dispute.
{D:Born 1966} — I will reach the ICAO age limit for commercial flying in 2031 and would like to finish my career training others.
{F:Married to Niamh; three children, two at university}.
{R:Eucharistic minister at St Colmcille's parish}.
{G:Genetic screening in 2015 found I am C282Y homozygous (haemochromatosis)}; {H:venesection every three months, declared to the AME}.

References: {c:Capt. Fiona Kehoe}, Head of Training, Aer Lingus.
""",
r"""
{c:Sana Qureshi}
Cabin Crew Member — Long Haul
{c:Hounslow TW3} · {c:07561 490 233} · {c:sanaqureshi.crew@yahoo.co.uk}

I have flown for six years on the 777 and 787 fleets and I'm looking to move into a cabin service manager role. Calm in disruption, first-aid refresher every year, and I speak Urdu, Punjabi and some Arabic which helps on the Lahore and Jeddah routes.

Experience
{k:British Airways} (Mixed Fleet → Worldwide) — Cabin Crew, {k:Purser-trained}, Apr 2018 – present
  - Regularly worked as CSD on Lahore, Islamabad and Jeddah
  - {k:Onboard Customer Service Award, 2022}
{k:Heathrow Express} — Customer Host, 2016 – 2018

Certificates
{k:EASA Cabin Crew Attestation}; Safety & Emergency Procedures recurrent (Jan 2025); Advanced first aid.

Personal
{D:Age: 29}.
{R:I wear a hijab in uniform (BA approved)} and {R:I fast during Ramadan, happy to swap trips on request}.
{U:Member of Unite (BASSA branch) since joining}.
{E:British Pakistani, family from Mirpur}.
{S:My fiancée, Leah, is also cabin crew} — we live near the base. {S:I co-founded the LGBT+ cabin crew network at Waterside}.
{G:Face and fingerprints enrolled for my Heathrow airside ID pass}.

Interests: volunteering at the Hounslow food bank; baking.

Referee: {c:Mr Craig Hollis}, Cabin Service Manager, {c:craig.hollis@ba.com}
""",
r"""
{c:Jean-Marc Tremblay-Cardinal}
Air Traffic Controller (IFR, Area) — {c:Winnipeg, Manitoba}
{c:204-555-0183} · {c:jm.cardinal.atc@shaw.ca}

QUALIFICATIONS
* {k:NAV CANADA ATC licence, Area Control endorsement (Winnipeg ACC, Specialty North)}
* {k:Category 1 medical (Transport Canada)}, renewed 2024
* Bilingual, Level 6 English and French

WORK
NAV CANADA, Winnipeg Area Control Centre
  Controller, Specialty North, 2012 – now
  {k:On-the-job instructor (OJI)} since 2016, trained 11 controllers
  Member of the {k:Winnipeg ACC Safety Management System working group}
{k:Royal Canadian Air Force} — Aerospace Control Operator, 4 Wing Cold Lake, 2005 – 2012

GAPS / MEDICAL
{H:In 2019 I took five months off for depression; I was treated, returned through Transport Canada's medical review and have held an unrestricted medical since}.

UNION
{U:Unit representative for CATCA at Winnipeg ACC, 2020–2023}.

ABOUT
{E:I'm Métis (Manitoba Métis Federation citizen)} and grew up in St. Laurent. {F:Two kids, shared custody with their mom}; {S:I now live with my partner, Kevin}. {D:41 years old}. Curling, ice fishing and a lot of hockey driving.

References available on request.
""",
r"""
CURRICULUM VITAE

POSITION APPLIED : {k:Second Engineer (2/E)}
NAME             : {c:REYNALDO B. MACARAEG}
ADDRESS          : {c:Blk 12 Lot 4, Villa Esperanza, Dasmariñas, Cavite}
MOBILE           : {c:+63 917 482 3310}
EMAIL            : {c:rey.macaraeg77@gmail.com}
{D:DATE OF BIRTH    : 14 August 1977}
{D:AGE              : 47}
{F:CIVIL STATUS     : Married}
{R:RELIGION         : Roman Catholic}
HEIGHT / WEIGHT  : 170 cm / 74 kg

DOCUMENTS
Seaman's Book (SIRB) ...... valid 2028
{k:COC Second Engineer Officer (STCW III/2), MARINA}
{G:Biometric SID (fingerprints on chip)} ...... valid 2029
US C1/D visa ...... valid 2027

SEA SERVICE
Vessel            | Type        | GRT    | Rank | Company          | From     | To
MV Pacific Hope   | Bulk        | 43,012 | 2/E  | {k:Magsaysay Maritime}| 03/2023  | 11/2023
MV Nordic Jasmine | Tanker      | 29,800 | 2/E  | Magsaysay        | 01/2022  | 09/2022
MV Oriental Crown | Container   | 35,600 | 3/E  | {k:Bright Maritime}  | 02/2020  | 12/2020
MV Cape Arcadia   | Bulk        | 40,100 | 3/E  | Bright Maritime  | 05/2018  | 02/2019

TRAINING
{k:ME-engine (MAN B&W) electronic engine course}, {k:High Voltage (management level)}, ECDIS not required for engine.

OTHERS
{U:AMOSUP member (card no. withheld)}. {F:Wife and three children live in Cavite}; eldest in Marine Engineering at PMMA.
{H:PEME fit, with noted controlled hypertension (amlodipine)}.

I certify that the above is true and correct.
""",
r"""
{c:Marcus D. Fontaine}
{c:1827 W 10th St, San Pedro, CA 90732}
{c:(310) 555-0147} | {c:mfontaine.ilwu@gmail.com}

OBJECTIVE
Crane operator seeking steady work at a marine terminal in the LA/Long Beach port complex.

EXPERIENCE
{k:Ship-to-shore crane operator}, {k:APM Terminals Pier 400}, Los Angeles — 2015–present
 • 32+ moves/hour average, zero reportable damage 2022–2024
 • {k:Trained on remote-operated STS cranes (2023 pilot)}
{k:Hostler / yard tractor driver, TraPac} — 2010–2015
Casual ("casual B-book"), Port of LA — 2007–2010

CREDENTIALS
{k:TWIC (exp. 2028)}. {G:My TWIC was issued after a fingerprint background check — prints on file with TSA}.
{k:California Class A CDL}, Hazmat endorsement lapsed.
{C:Felony conviction 2004 (possession with intent, Cal. HS 11351) — served 16 months; TSA granted me a TWIC waiver in 2009}.

UNION
{U:ILWU Local 13, registered longshoreman (A-book) since 2012}.

PERSONAL
{D:Born 1983}. {F:Married, two daughters}. Coach Little League in San Pedro. {P:Dues-paying member of the LA chapter of the Democratic Socialists of America}.

References: {c:Ray Castañeda}, walking boss, {c:(310) 555-0112}.
""",
]
