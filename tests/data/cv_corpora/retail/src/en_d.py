CVS = [
("retail-en-031", """
{N:Niamh Costigan}
{N:Galway} | {N:086 774 2019} | {N:niamh.costigan@gmail.com}

Profile
Fashion sales and styling, 6 years. Personal shopping, VIP clients and visual standards.

Experience
{K:Personal Stylist}, {K:Brown Thomas}, Galway — 2021–present
– Client book of 140; €380k personal sales in 2023
– Styled the {K:adaptive clothing launch for wheelchair users}
– Point person for {K:complaints from Traveller customers refused entry by security}; worked with the Irish Traveller Movement on a staff briefing
{K:Sales Associate}, {K:Zara}, Eyre Square — 2018–2021

Education
{K:BA Fashion Design}, GMIT, 2018

Personal
{E:I'm a Traveller myself} and proud of it — {E:my family are from Tuam}. {A:Age 27}. {S:Engaged to my girlfriend Róisín}. {P:Member of the Irish Traveller Movement and canvassed for a Traveller independent candidate in 2024}. {C:I had a caution for criminal damage as a teenager} (2013, Juvenile Liaison scheme).
"""),

("retail-en-032", """
{N:Samuel Osei-Bonsu}
{N:Milton Keynes MK9} — {N:07391 552 780} — {N:sam.ob.retail@gmail.com}

Online grocery picker → shift lead

{K:Personal Shopper (Online)}, {K:Tesco}, Kingston Centre — 2021–now
 • 300+ items/hour on Handheld, substitutions, chiller checks
 • Age-restricted items: {K:Challenge 25 on doorstep delivery}
 • Buddy for new pickers, {K:first aider for the dotcom room}
{K:Picker Packer}, {K:Ocado} CFC Dordon — 2019–2021

Education: BTEC Level 3 Business, MK College

Personal
{A:Born 12.06.1996}. {E:British-Ghanaian}. {U:Usdaw workplace rep for the dotcom team since 2022} and {U:on the Usdaw Midlands divisional youth committee}. {G:I gave a DNA sample for the Ancestry test my aunt bought everyone}, and {G:my own fingerprint is registered on the store's Kronos clock}. {P:Young Labour member}.

I'm after a shift-lead role in Milton Keynes or Bletchley. I can do early starts (5am picks) and I've covered the van-loading bay when drivers were short.
"""),

("retail-en-033", """
{N:Olivia Marchetti}
{N:Adelaide SA 5000} · {N:0400 118 627} · {N:olivia.marchetti@outlook.com.au}

RETAIL PHARMACY ASSISTANT

{K:Pharmacy Assistant}, {K:Chemist Warehouse}, Rundle Mall — 2020–present
 › {K:S2/S3 medicines counter and Pharmacist Only referrals}
 › {K:Medical device sales: nebulisers, blood pressure monitors, mobility aids}
 › {K:Dose administration aids for aged-care residents}
 › Dealt with {K:a theft of codeine products (police report and CCTV)}

{K:Retail Assistant}, {K:Priceline Pharmacy}, Glenelg — 2017–2020

Education
{K:Certificate III in Community Pharmacy}, TAFE SA, 2018

Personal
{A:I'm 26}. {F:Living with my partner and his two kids part-time}. {H:Coeliac (diagnosed 2015)}. {G:I had BRCA1 genetic testing because my mum carries the mutation}; {G:I tested negative}. I swim at the Adelaide Aquatic Centre three mornings a week.

Referees: {N:Sunita Rao}, Pharmacist in Charge, Chemist Warehouse Rundle Mall, and my TAFE trainer, on request.
"""),

("retail-en-034", """
{N:Daniel Okafor}
{N:Houston, TX 77036} | {N:832-555-0158} | {N:danokafor.cx@gmail.com}

CONTACT CENTER SUPERVISOR — remote

Experience
{K:Contact Center Supervisor} — {K:Teleperformance} (remote, US retail client) — 2020–present
 - 22 agents, chat & voice, CSAT 89%
 - Coached agents on {K:ADA accommodation requests from customers}
 - Ran {K:fraud-prevention voice biometrics rollout}
{K:Customer Service Rep} — {K:Best Buy} (Geek Squad phones) — 2016–2020

Education
B.S. Communication, University of Houston, 2015

Personal
{E:Nigerian-born, green card holder since 2012}. {A:Age 34}. {F:Married with a 2-year-old}. {R:Elder at my local RCCG parish}. {H:Living with HIV since 2014, undetectable} — I share this because I mentor others through the Montrose Center. {P:Precinct chair for the Harris County Democratic Party} in my spare time.

Tools: Salesforce Service Cloud, Zendesk, NICE inContact, Power BI dashboards for weekly QA.
"""),

("retail-en-035", """
{N:Jess Whitaker}
{N:Hobart TAS 7000} | {N:0437 552 910} | {N:jess.whitaker.tas@gmail.com}

Career summary
Independent bookshop and gift retail, 9 years. Buying, events, social media.

Experience
{K:Shop Manager}, {K:Fullers Bookshop}, Hobart — 2018–current
 • Buying for 14,000 titles; {K:Pride Month and NAIDOC Week displays}
 • Author events, school book fairs
 • Dealt with {K:a complaint about a display of Islamic children's books}

{K:Bookseller}, {K:Dymocks}, Hobart — 2015–2018

Education
BA English Literature, University of Tasmania, 2014

Personal
{S:Lesbian, married to Kate since 2019}. {A:DOB 30/01/1990}. {C:I have a conviction for trespass from a 2016 forest blockade} in the Tarkine. {P:Member of the Tasmanian Greens} and I ran our local booth on election day. {F:No kids, one cat.}

Available for 4-day weeks; I'd like to keep Fridays for running our store's book club and the Saturday morning story time, which our regulars love.
"""),

("retail-en-036", """
{N:Rohan Mathers}
{N:Christchurch 8011} · {N:021 703 662} · {N:rohan.mathers@gmail.com}

Supermarket Department Manager — Produce

Experience
{K:Produce Manager} | {K:Countdown} (now {K:Woolworths NZ}), Riccarton | 2018 – present
 - Gross margin +2.1 pts, waste -18%
 - {K:Organic range expansion and certified supplier audits}
 - {K:Negotiated rosters with FIRST Union delegates (management side)}
{K:Produce Assistant} | {K:New World}, Ilam | 2013 – 2018

Qualifications
{K:NZ Certificate in Retail (Level 3)}

Personal
Born and raised in Christchurch. I play cricket for Burnside West. Available full time including weekends.

What I'm proud of: rebuilding the produce team after the 2022 staff shortages, training six school-leavers who are now all full-time, and getting our store to the top of the region for freshness audits two years running. I'm looking for a store manager-in-training pathway.

References: {N:Aaron Tuhiwai}, Store Manager, Riccarton — {N:027 440 8812}.
"""),

("retail-en-037", """
{N:Abigail Mensah-Reyes}
{N:Quezon City} | {N:0917 300 2284} | {N:abby.mr@gmail.com}

StepStone / Indeed profile — Customer Service (Healthcare Account)

Headline: Bilingual CSR, 5 years, healthcare & e-commerce accounts

Experience
{K:Senior Customer Service Representative} — {K:Accenture}, Mandaluyong — 2021–present
 • Handle 60 calls and 20 emails a shift, QA average 97%
 • UK pharmacy account: {K:repeat prescription queries and NHS app support}
 • {K:HIPAA and GDPR training}
{K:CSR} — {K:Shopee Philippines} — 2019–2021
 • Seller disputes, counterfeit reports

Education
BS Psychology, Ateneo de Manila University, 2019

About me
{E:My father is Ghanaian and my mother Filipina}; {A:I'm 27}. Open to night shift and hybrid set-up. {S:My partner Bea and I} volunteer at Metro Manila Pride every June. {R:I'm an atheist} raised in a devout family — we respect each other. {U:Member of BIEN (BPO Industry Employees Network)}.
"""),

("retail-en-038", """
{N:Gordon McAllister}
{N:Belfast BT6} | {N:07702 415 388} | {N:gmcallister1972@gmail.com}

SECURITY & LOSS PREVENTION OFFICER

{K:Store Detective}, {K:Sainsbury's}, Forestside — 2016–present
 – {K:Apprehended 120+ shoplifters; gave evidence at Laganside court}
 – {K:Body-worn camera and facial recognition watchlist trial}
{K:Security Officer}, {K:G4S} (retail contracts) — 2008–2016

Licences: {K:SIA Door Supervisor}; first aid at work

Personal
{A:DOB 14/02/1972}. {R:Protestant} — {R:member of the Orange Order}, which I keep well away from work. {C:Convicted in 1994 of disorderly behaviour (fined)}, disclosed to SIA and licence granted. {F:Married, two grown-up sons}. {H:Type 2 diabetic}. {U:Unite member}.

I'm looking for a senior loss-prevention or regional security role. I've trained new guards on conflict management, report writing and PACE-compliant statements, and I have a good relationship with the PSNI neighbourhood team in Castlereagh.

References on request.
"""),

("retail-en-039", """
{N:Chloe Nguyen}
{N:Melbourne VIC 3121} | {N:0411 927 446} | {N:chloe.nguyen.mel@gmail.com}

E-COMMERCE COORDINATOR

{K:E-commerce Coordinator}, {K:The Iconic}, Sydney (remote) — 2022–present
 - Listing quality, returns fraud checks, marketplace sellers
 - Coordinated the {K:Mardi Gras rainbow collection launch}
{K:Retail Associate}, {K:Uniqlo}, Chadstone — 2019–2022
 - {K:AIRism and HEATTECH category lead}

Education
Bachelor of Commerce, Deakin University, 2021

About me
{E:My parents came to Australia from Vietnam as boat refugees in 1981}. {A:I'm 25}. {S:I'm bisexual} and an ally on our ERG. {P:I'm a member of the Victorian Greens} and volunteer at Richmond booths. {G:Both my parents are beta-thalassaemia carriers and I was tested: I carry it too}. {U:I joined the RAFFWU back then} and still pay my dues.

Skills: Shopify, Salsify, Google Analytics 4, Excel (pivots, XLOOKUP). Open to hybrid roles in Melbourne.
"""),

("retail-en-040", """
{N:Peter Vasquez}
{N:Toronto, ON M4C} | {N:416-555-0111} | {N:petervasquez.retail@gmail.com}

Merchandiser / Field Rep

{K:Retail Merchandiser}, {K:SPAR Group Canada}, GTA territory — 2019–present
 – Planogram resets at Shoppers, Metro and Walmart, 25 stores a week
 – {K:Rainbow-packaging Pride resets for a cosmetics brand}
 – Photo audits on the client's app
{K:Stock Associate}, {K:Hudson's Bay}, Queen Street — 2015–2019

Education: Diploma, Business Administration, Centennial College

Other
Own car, G licence, clean abstract. {C:I was pardoned in 2018 (record suspension) for a 2009 assault conviction}. Happy to travel across the GTA.

What clients say: reliable, quick resets, clean photo reports before 5pm. I'm comfortable working overnight resets when stores are closed and I can lift 50 lb. Looking for a full-time territory with benefits, ideally east GTA or Durham Region.
"""),
]
