CVS = [
r"""
{c:Gregory T. Halvorsen}
Captain, Boeing 737 — {c:Minneapolis, MN}
{c:(612) 555-0138} · {c:ghalvorsen.b737@gmail.com}

FLIGHT TIME (as of 01 Jan 2025)
Total 18,650 · PIC 11,200 · B737NG/MAX 9,400 · Turbine 17,900 · Night 3,100

CERTIFICATES
{k:FAA ATP, B737 type}, {k:CFII/MEI (inactive)}. FAA first-class medical.
{H:Medical held under Special Issuance since 2021 (treated for depression with sertraline, HIMS-style monitoring completed)}.

EXPERIENCE
{k:Delta Air Lines} — Captain B737, MSP base — 2014–present
Northwest Airlines — First Officer DC-9/A320 — 2001–2009 (merger)
{k:Mesaba Airlines — Captain Saab 340} — 1996–2001

OTHER
{k:Line Check Airman}, {U:ALPA Central Air Safety Committee (accident investigation team)}.
{U:ALPA Local Council 1 representative 2016–2019}.
{D:I turn 65 in March 2027}, when the FAA age rule takes me off Part 121 flying; looking ahead to simulator instruction.
{F:Married to Karen for 34 years; three grandkids}.
{G:I carry a BRCA2 variant, tested in 2020 after my sister's diagnosis}.
{P:I have given to and door-knocked for the Minnesota DFL}.

References: {c:Capt. Luis Ybarra}, Chief Pilot MSP.
""",
r"""
{c:MA. CRISTINA "TINA" DELA CRUZ}
Cabin Crew / Flight Attendant
{c:Al Qusais, Dubai, UAE} • {c:+971 55 318 2047} • {c:tina.delacruz.fa@gmail.com}

PERSONAL
{D:Date of Birth: 11 Feb 1994} · Height: 162 cm, arm reach 212 cm
{E:Nationality: Filipino}
{F:Civil status: Single}
{R:Religion: Roman Catholic}

EXPERIENCE
{k:Emirates} — Cabin Crew Grade 2, then Grade 1 (A380 / B777) — Mar 2018 – present
 - {k:Premium economy and business class trained}
 - Part of the 2023 customer experience focus group
{k:Philippine Airlines} — Flight Attendant (A321 / A330) — 2015 – 2018

TRAINING
{k:GCAA Safety & Emergency Procedures (recurrent Nov 2024)}, {k:Aviation First Aid}, wine course (WSET 1).

OTHER
Languages: Filipino, English, basic Arabic.
{H:Medically fit; had my appendix removed 2022}.
{F:I send support to my parents and two younger brothers in Batangas} so I am looking for a stable contract.
Hobbies: running the Dubai 10K, karaoke.

Reference: {c:Ms Rania Haddad}, Purser, Emirates.
""",
r"""
{c:OLUWASEUN ADEYEMI-BRIGGS}
Warehouse Supervisor
{c:Plot 14, Trans-Amadi Industrial Layout, Port Harcourt, Rivers State}
{c:0809 552 6613} | {c:seun.briggs@gmail.com}

PROFILE
Warehouse and inventory supervisor with 10 years in oil & gas logistics. I run tight stock counts and I have taken two warehouses through ISO 9001 audits.

EXPERIENCE
{k:Warehouse Supervisor, Bristow Helicopters Nigeria} (spares store) — 2019–date
- Manages 7 storekeepers and 14,000 line items, cycle count accuracy 99.4%
- {k:Implemented barcode receiving in SAP WM}
{k:Storekeeper, Julius Berger Nigeria Plc} — 2014–2019

EDUCATION
{k:B.Sc. Logistics & Transport, Federal University of Technology, Owerri}, 2013
{k:CIPS Level 4 Diploma}, 2021

PERSONAL INFORMATION
{D:Date of birth: 25/06/1990}
{E:State of origin: Rivers (Kalabari)}
{F:Marital status: Married, 2 children}
{R:I serve as an usher at Salvation Ministries, Port Harcourt}.
{H:Hypertension, well controlled}. {G:Genotype AA}.

HOBBIES: football, reading, chess.

REFEREES
{c:Engr. Tonye Jack}, Logistics Manager, Bristow — {c:0803 311 7750}
{c:Pastor (Mrs) Ibiene Harry}
""",
r"""
{c:Delroy Anthony Campbell}
{c:Lot 34, Old Harbour Glades, St Catherine, Jamaica}
Cell: {c:876-557-2093} | Email: {c:delroycampbell.driver@gmail.com}

JOB WANTED: Fuel tanker / Articulated truck driver

SUMMARY
Tanker driver with 13 years carrying petroleum from Petrojam to service stations island-wide. Never had a spill. Knows the Junction road and Mandeville hills.

WORK HISTORY
2015 – present  {k:Tanker Driver, Petcom Distributors Ltd}, Kingston
2011 – 2015     {k:Articulated truck driver, Carib Cement Company}
2008 – 2011     {k:Handcart / delivery, Coronation Market}

LICENCE & TRAINING
{k:General licence (articulated)}, {k:HAZMAT awareness (Jamaica Fire Brigade)}, {k:defensive driving (ITA)}.
{C:Convicted and fined for overloading at the Spanish Town weighbridge, 2017}.

PERSONAL
{D:Age: 37}
{F:Common-law union, four children}
{R:I am a Seventh-day Adventist and keep the Sabbath from Friday sunset to Saturday sunset}; will work Sundays and public holidays.
{U:Member of the BITU (Bustamante Industrial Trade Union)}.
{P:PNP group member in my community}.

Hobbies: Dominoes, church choir, football.

REFERENCES
{c:Mr. Clive Barrett}, Fleet Supervisor, Petcom — {c:876-922-3410}
{c:Pastor Neville Grant}, Old Harbour SDA Church
""",
r"""
CURRICULUM VITAE

Name: {c:ROMMEL P. SANTIAGO}
Position: {k:Chief Cook}
Address: {c:Purok 3, Brgy. San Isidro, Iloilo City}
Cellphone: {c:0918 226 4091}
Email: {c:rommelsantiago.cook@gmail.com}
{D:Birthdate: 30 November 1969}
{D:Age: 55}
{F:Civil Status: Widower}
{R:Religion: Iglesia ni Cristo}
{E:Citizenship: Filipino}

DOCUMENTS
Passport (valid 2030) | SIRB (valid 2029) | {k:NC III Ship's Catering (TESDA)} | {k:Food Safety & Hygiene (MLC 2006)}

SEA SERVICE
Vessel | Flag | Type | Rank | Manning Agency | Period
MV Ocean Grace | Panama | Bulk | Chief Cook | {k:Philippine Transmarine Carriers} | Jun 2023 – Feb 2024
MV Star Ionia | Marshall Is. | Bulk | Chief Cook | PTC | Jan 2022 – Sep 2022
MT Seapride | Liberia | Tanker | 2nd Cook | {k:Crossworld Marine} | Mar 2019 – Dec 2019
MV Hanjin Rome | Korea | Container | Messman | Crossworld | 2015 – 2016

SKILLS
{k:Cooking for 20–25 crew of mixed nationalities, halal and Indian menus}, provision budgets (USD 9/day per man).

HEALTH
{H:PEME: fit, Hepatitis B carrier (non-reactive to work restrictions, ILO/WHO guidelines)}.
{F:My three children are grown; my youngest still studies in Iloilo}.

Character references upon request.
""",
r"""
{c:Dr Priya Kaur Gill}
Air Traffic Controller (Area), {c:Swanwick, Hampshire}
{c:priya.gill.atc@gmail.com} · {c:07788 342 119}

Where I am now
{k:NATS} — Area Controller, London Area Control Centre, Swanwick (TC Sector) — 2016 to now. {k:OJTI endorsement} since 2020. Validated on Thames and Heathrow director positions.

Before NATS
PhD in Atmospheric Physics (University of Reading, 2014), so I also sit on the {k:NATS Met and Capacity working group}.

Licences
{k:UK CAA Air Traffic Controller Licence}; {k:Class 3 medical}. {H:I'm dyslexic and use a coloured overlay for briefing material (agreed adjustment)}.

Outside work
{U:Prospect union rep for the TC ops room}.
{S:My partner, Jess, is a midwife}, and we both do nights so our cat is well-fed at odd hours.
{E:Born in Wolverhampton to Sikh Punjabi parents from Kenya}.
{D:I'm 37}.
{k:Sailing (RYA dinghy instructor)}, choir. {G:My genome was sequenced as a volunteer in Genes & Health}. {S:We march with the work float at Southampton Pride}.

References available.
""",
r"""
{c:KIRSTEN ANDERSSON}
Supply Chain Planner — {c:Melbourne VIC}
{c:0412 773 590} · {c:kirsten.andersson@outlook.com.au} · {c:linkedin.com/in/kirstenandersson-scm}

PROFILE
Demand and supply planner with eight years in retail and FMCG. Comfortable owning the S&OP cycle, running forecast accuracy reviews and explaining the numbers to sales. Practical about data: I'd rather fix the master data than build another dashboard.

EXPERIENCE
{k:Senior Supply Planner, Coles Group (Liquor)}, Melbourne — 2021–present
• Own replenishment for 3 DCs and 900 stores for 1,400 SKUs
• {k:Reduced DC stock-cover from 24 to 18 days without hurting availability}
• Led the 2023 Christmas peak plan with Linfox and the Laverton DC team
{k:Demand Planner, Bega Cheese}, 2017–2021
Graduate, {k:Toll Group} (contract logistics), 2016–2017

EDUCATION
{k:Bachelor of Business (Logistics and Supply Chain Management), RMIT}, 2015
{k:Certified Supply Chain Professional (ASCM CSCP)}

SKILLS
Kinaxis RapidResponse, SAP APO, Excel/Power Query, Power BI, SQL (basic).

Interests: trail running, volunteering at the Brunswick repair café.

References: available on request.
""",
r"""
{c:EARL W. DUCKWORTH}
{c:418 County Road 12, Tupelo, MS 38804}
{c:(662) 555-0175}

Position wanted: {k:School bus driver} (part-time) or charter coach

I've driven a school bus for the Tupelo Public School District for 14 years and I'm looking for a second route or a charter weekend job.

EXPERIENCE
{k:Tupelo Public School District} — School Bus Driver, 2010–present. Route 22, 64 students, never a preventable accident.
{k:Coach driver, Magnolia Charter Lines} (weekends), 2015–2020
{k:Shop foreman, Tupelo Furniture Co., 1982–2009}

LICENSE
{k:Mississippi CDL Class B with P and S endorsements}; DOT medical card (1 year).
{H:Insulin-treated diabetes, under the FMCSA insulin standard (ITDM form)}.

PERSONAL
{D:I'm 67}. {F:My wife passed in 2019}; my daughter lives next door.
{R:Deacon at Calvary Baptist Church}, and I drive the church van to camp in July.
{P:Precinct chair for the Lee County Republican Party}.

References
{c:Mrs. Joyce Whitfield}, Transportation Director, TPSD
{c:Rev. Allen Hobbs}, Calvary Baptist
""",
r"""
{c:Liam Beckett}
{c:Hartlepool} | {c:07512 880 346} | {c:liambeckett84@gmail.com}

Van driver / multi-drop (3.5t)

I'm honest about my past so you don't have to find it out yourself. {C:I served 3 years of a 6-year sentence for robbery (released 2016)}, and I worked my way back through the {k:Working Chance / Timpson Foundation scheme}. I've driven for the same firm for six years and have the references to show it.

WORK
2018 – present: {k:Multi-drop driver, Coast Parcels (Stockton)}. 120 drops a day, trusted with keys to the depot.
2016 – 2018: Warehouse operative, Hartlepool Water (via Recruit Hartlepool)
Inside: {k:Level 2 Warehousing & Storage}, {k:forklift (counterbalance)} and English/Maths Level 2.

Licence: B, {k:clean, 0 points}.

Me
{H:Nine years sober (AA), I still go to a meeting Tuesday night}.
{F:Two kids aged 10 and 13, I have them weekends}. {S:I live with my fiancé Craig}.
{D:Born in 1984}.
Boxing coach at the youth club.

Reference: {c:Janine Hart}, Depot Manager, Coast Parcels — {c:01642 496 022}
""",
r"""
{c:Bronwyn Tapsell}
Container Crane Driver — {c:Fremantle WA}
{c:0433 219 847} | {c:bronwyn.tapsell@iinet.net.au}

SUMMARY
Quay crane and straddle carrier driver, 12 years on the Fremantle waterfront. One of the first women on the Patrick cranes in WA.

EMPLOYMENT
{k:Patrick Terminals, Fremantle (North Quay)} — Quay Crane Driver 2016–present, Straddle Driver 2012–2016
{k:Crane driving assessor (internal)} since 2021
Before the wharf: {k:deckhand, Rottnest ferries}, 2008–2012

TICKETS
{k:High Risk Work Licence CN (non-slewing) and CV (vehicle loading)}, {k:MSIC} (valid 2027), HR truck licence.

OTHER THINGS ABOUT ME
{U:MUA member since day one; I was on the 2015 Patrick delegates' committee}.
{C:Fined for trespass after a picket at Kwinana in 2017 (no conviction recorded)}.
{P:I'm a WA Greens member and letterbox for them every election}.
{S:Married to my wife Rangi since 2018}.
{E:My dad's family is Ngāti Porou}. {D:44 years young}.

Refs: {c:Mick O'Dwyer}, Terminal Ops Manager, {c:0411 553 902}
""",
]
