CVS = [
("retail-en-011", """
{N:Grace Adeyemi-Clarke}
{N:Peckham, London SE15} • {N:07856 310 442} • {N:grace.ac@icloud.com}

Visual merchandiser with a fashion-retail background and an eye for window schemes that actually sell.

EXPERIENCE
{K:Visual Merchandiser}, {K:Primark}, Oxford Street East — Apr 2021–present
• Floor-sets for 5 floors every fortnight, {K:Pride 2023 capsule window and in-store campaign}
• Led {K:modest fashion and Eid edit} layouts with the buying team
• Briefed staff on {K:handling customer complaints about racial profiling by security}

{K:Sales Advisor}, {K:River Island}, Westfield Stratford — 2018–2021

EDUCATION
{K:BA (Hons) Fashion Marketing}, University of Westminster, 2018

ABOUT ME
{E:My parents came to London from Lagos in the 80s} and I grew up behind my mum's fabric stall in Peckham market. {A:I turned 30 this year}. {G:I carry the sickle cell trait (AS)}, which I only mention because I volunteer for the Sickle Cell Society's blood donor drive — {H:I can't donate myself after my 2022 DVT}.

{R:I'm an active member of a Pentecostal church in Camberwell} and help run its youth choir on Sundays, so weekday and Saturday shifts suit me best.
"""),

("retail-en-012", """
{N:Kyle Henderson}
{N:Brisbane QLD 4032} | {N:0412 889 035} | {N:kyle.h.retail@bigpond.com}

CAREER OBJECTIVE
Experienced Night Fill Team Leader seeking a 2IC or Department Manager role.

EMPLOYMENT
{K:Night Fill Team Leader} – {K:Woolworths}, Chermside | 2019 – Current
- Lead 14 team members, 2,000+ cartons a night
- Introduced {K:fingerprint sign-on through the Kronos clock} for night fill
- {K:Liquor licensing (RSA) and ID checks} at BWS when rostered

{K:Store Person} – {K:Bunnings Warehouse}, Stafford | 2015 – 2019

LICENCES & TICKETS
Forklift (LF), {K:RSA Queensland}, White Card

PERSONAL
{A:DOB 17.08.1992}
{E:Aboriginal (Kamilaroi) on Dad's side}
{G:I did a 23andMe test in 2021 and found relatives in Ireland} — fun for family history.
{F:Separated, two kids every second weekend} (so I need alternate weekends off).
{U:SDA delegate for the night fill crew} 2020 – 2022.
{C:Had a drink-driving conviction in 2014}, licence reinstated 2015.

REFEREES
{N:Tony Russo}, Store Manager – {N:0433 901 227}
"""),

("retail-en-013", """
{N:Meera Nandakumar}
{N:Mississauga, ON} | {N:647-555-0162} | {N:meera.nandakumar@gmail.com}

Pharmacy Assistant — Shoppers Drug Mart (6 yrs)

- {K:Pharmacy Assistant}, {K:Shoppers Drug Mart}, Square One — 2018–now
- Front counter, insurance adjudication on Kroll, {K:Kroll pharmacy software}
- Compliance packaging for {K:methadone and Suboxone programme patients}
- Sell and fit {K:blood glucose meters, CPAP supplies and compression stockings}
- Set up {K:halal and gelatin-free vitamin shelf tags} after customer requests

- {K:Cashier}, {K:No Frills}, Brampton — 2015–2018

EDUCATION
{K:Pharmacy Assistant Diploma}, Humber College, 2018

PERSONAL
{E:Came to Canada from Chennai in 2013, PR since 2016, citizen 2021}.
{A:Born 1994}.
{R:Vegetarian for religious reasons (Hindu)} — I don't handle beef products at the deli, which has never been an issue in pharmacy.
{F:Engaged, wedding in Sept 2025} — I'd need two weeks off then.
{H:Mild hearing loss in left ear; I wear a hearing aid}.
"""),

("retail-en-014", """
{N:brendan murphy}
{N:cork city} {N:085 600 4431}
{N:bmurphy.cork@gmail.com}

short cv - call centre / customer care

{K:Vodafone Ireland} - {K:customer care agent (inbound)} - 2022 to now
 - billing, porting, broadband faults
 - {K:voiceprint enrolment} for customers (the "my voice is my password" thing)
 - top quartile NPS 4 months running
{K:Lidl Ireland} - {K:store assistant} - 2019-2022
 - tills, bakery, {K:Challenge 25 / over-21 ID checks on alcohol}

leaving cert 2019, 480 points

about me - {A:23 years old}. {S:gay, out at work}, i help organise the Cork Pride 5k. {P:canvassed for the Social Democrats in the 2024 locals}. {H:epilepsy, controlled, no seizure since 2020}, fine on screens.

i'm looking for days only as i do a night course in digital marketing at MTU on tues + thurs. can start with 1 weeks notice.

refs on request
"""),

("retail-en-015", """
{N:Maria Teresa Villanueva}
{N:Quezon City, Metro Manila} | {N:+63 928 441 0093} | {N:mtvillanueva.retail@gmail.com}

CAREER PROFILE
Store Supervisor with 10 years in department-store and supermarket retail. Skilled in inventory, cash control, loss prevention and staff scheduling.

EMPLOYMENT
{K:Store Supervisor}, {K:SM Supermarket}, North EDSA | 2017 – present
• Oversee 60 merchandisers, baggers and cashiers
• Coordinate with {K:loss prevention on shoplifting apprehensions} (endorsed to barangay/PNP)
• {K:Biometric DTR (fingerprint) rollout} for 60 staff
• Senior citizen and PWD discount compliance

{K:Sales Clerk}, {K:Robinsons Department Store}, Galleria | 2013 – 2017

EDUCATION
BS Hotel and Restaurant Management, University of the East (2013)

PERSONAL INFORMATION
{A:Birthday: 9 December 1991}
{F:Civil status: Widow, 1 son (age 8)}
{R:Religion: Roman Catholic}
{E:Ethnicity: Chinese-Filipino} (speaks Hokkien)
{H:Medical: I had a kidney transplant in 2019; fully cleared for work}

REFERENCES
{N:Ms. Lorna Dizon}, Branch Manager, SM Supermarket North EDSA, {N:0917 224 5570}
"""),

("retail-en-016", """
{N:Tyler J. Kowalczyk}
{N:Milwaukee, WI 53207} — {N:414-555-0120} — {N:tjkowalczyk@gmail.com}

SKILLS: RF picking · pack-out · forklift (sit-down & reach) · WMS (Manhattan) · hazmat shipping awareness

EXPERIENCE
{K:Warehouse Associate / Picker} — {K:Amazon}, MKE1 Kenosha — 2021–present
  › 210 UPH average on pick, Ambassador for new hires
  › Station uses {K:palm-scan Amazon One check-in trial}
  › {U:Signed a union card during the 2022 organizing drive and served on the worker committee}

{K:Stocker} — {K:Pick 'n Save}, Bay View — 2017–2021
  › Dairy & frozen, {K:kosher-for-Passover display set-up}

EDUCATION
Bay View High School, 2017

OTHER
{C:Misdemeanor retail theft conviction (2016, age 18)} — completed diversion, {C:record expunged 2020}.
{F:Dad to a 3-year-old}, co-parenting with her mom.
{G:My dad has Huntington's; I haven't been tested.} I'm open about it because I volunteer with HDSA Wisconsin.
"""),

("retail-en-017", """
{N:Sophie Lambert-Quinn}
Beauty Therapist & Retail Lead
{N:Auckland CBD} | {N:022 301 8876} | {N:sophielq.beauty@gmail.com}

Professional experience
{K:Retail Lead & Brow Specialist}, {K:Mecca Cosmetica}, Commercial Bay, 2020–present
– Brow lamination, skin consultations, {K:retail sales of sunscreen and medical-grade skincare}
– Ran in-store events for {K:Pride Month charity fundraiser (Rainbow Youth)}
– Trained team on {K:patch tests and contraindications (pregnancy, Roaccutane)}

{K:Beauty Therapist}, {K:Caci Clinic}, Ponsonby, 2017–2020

Education
{K:NZQA Diploma in Beauty Therapy (Level 5)}, 2017

Personal
{S:Bi}, {S:in a relationship with my girlfriend Ana}.
{E:Dual British/NZ citizen; moved from Bristol in 2016}.
{F:I'm 22 weeks pregnant and will need maternity leave from August} — I'd love to come back part-time after.
Hobbies: reformer pilates, sourdough, op-shopping. {G:I also had my face scanned for Mecca's skin-analysis app pilot, so my own face data sits in their system} — which is a long story I enjoy telling.
"""),

("retail-en-018", """
{N:Ifeoma Nwachukwu}
{N:Lekki Phase 1, Lagos} · {N:+234 817 305 2218} · {N:ifeoma.nwachukwu@outlook.com}

CUSTOMER EXPERIENCE MANAGER

Profile: 8 years in contact centres and omnichannel retail. Built QA frameworks and complaint-handling processes that cut escalations by 40%.

Career History
{K:Customer Experience Manager} — {K:Konga.com}, Lagos (2021–date)
• Head a 45-agent contact centre (voice, WhatsApp, email)
• Introduced {K:BVN and face-match verification for high-value refunds}
• Wrote the {K:complaints policy on ethnic and religious discrimination by agents}

{K:Team Lead, Customer Care} — {K:MTN Nigeria}, Ikeja (2016–2021)

Education
B.Sc. Mass Communication, UNILAG (2015) · {K:COPC CX Standard Practitioner}

Personal
{A:Born 04/04/1993} in Enugu.
{E:Igbo}.
{F:Married, mother of one}.
{R:Member, The Redeemed Christian Church of God (RCCG), choir}.
{G:Genotype: AA}
{P:Registered member of the Labour Party; polling-unit agent in 2023}.
"""),

("retail-en-019", """
{N:Callum Fraser}
{N:Inverness IV2} / {N:07771 440 918} / {N:callum.fraser.iv@gmail.com}

Retail Assistant — Outdoor & Sports

{K:Sales Assistant}, {K:Cotswold Outdoor}, Inverness — 2022–present
  Boot fitting, waterproofs, footfall counting, click & collect
{K:Retail Assistant}, {K:Co-op Food}, Nairn — 2018–2022
  {K:Challenge 25 refusals log}, post office counter, {K:reported shoplifting to Police Scotland}

Education: Nairn Academy, Highers in PE, Geography, English

Personal statement
{A:I'm 25} and live in Inverness. {H:I lost my lower left leg in a motorbike accident in 2017 and use a prosthetic} — I've stood 10-hour shifts without a problem and do hill walking most weekends. {P:I'm an SNP member} and I knocked doors for the indyref2 campaign group in my town, but I keep that out of work. {U:Usdaw rep at the Nairn Co-op for two years}.

References: {N:Mhairi Ross}, Store Manager, Co-op Nairn.
"""),

("retail-en-020", """
{N:Omar Haddad}
{N:Dearborn, MI 48126} | {N:313-555-0144} | {N:omar.haddad.mgr@gmail.com}

GROCERY STORE MANAGER · HALAL MEAT & INTERNATIONAL FOODS

EXPERIENCE
{K:Store Manager} | {K:Super Greenland Market}, Dearborn | 2016 – Present
  • $14M sales, 55 staff, {K:halal butcher counter with ISWA certification}
  • Ramadan and Eid seasonal plans — 30% of annual sales
  • Worked with police on {K:organized shoplifting ring case (2021)}
  • {K:Facial-recognition camera system} pilot, reviewed with legal for privacy notice

{K:Assistant Manager} | {K:Kroger}, Dearborn Heights | 2011 – 2016

EDUCATION
B.A. Business, Wayne State University, 2010

PERSONAL
{E:Born in Beirut; came to Michigan as a refugee in 1996} — {E:US citizen since 2004}.
{R:Practicing Muslim; I take 15 minutes for Jumu'ah on Fridays}.
{A:Age 43}. {F:Married, four children}.
"""),
]
