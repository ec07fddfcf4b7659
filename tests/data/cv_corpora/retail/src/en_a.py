CVS = [
("retail-en-001", """
{N:Shannon Whitlock}
{N:14 Bramble Close, Rotherham S60 2QJ} | {N:07700 914 382} | {N:shannon.whitlock88@gmail.com}

PROFILE
Friendly and reliable {K:Customer Assistant} with eight years on the shop floor. I know how to keep a queue moving on a Saturday and still have a laugh with the regulars. {F:Single mum of two (6 and 9)} so I'm looking for school-hours shifts, 9.15-2.45 ideal.

EXPERIENCE
{K:Tesco Extra}, Rotherham - Customer Assistant, Checkouts & Kiosk | Mar 2019 - present
- {K:Challenge 25 trained}; refuse around 15 alcohol sales a week without aggro
- Covered the tobacco kiosk and lottery, balanced tills to the penny
- Logged incidents for the security team when we had shoplifters in (witness statements for 4 cases)
- {K:Trained new starters on the self-scan bank}

{K:Wilko}, Meadowhall - Sales Assistant | 2016 - 2019 (store closed)
- Replen, price changes, seasonal aisle set-up

EDUCATION
Wingfield Academy - 5 GCSEs incl. English & Maths

OTHER
{A:DOB: 03/11/1988}
Full UK driving licence. {H:I have type 1 diabetes and carry a snack at the till} - it has never stopped me working a full shift.
Member of {U:Usdaw} since I started at Tesco.

References available on request.
"""),

("retail-en-002", """
marcus o'hanlon
{N:marcus.ohanlon@outlook.ie} {N:087 441 2290}
{N:Ballyfermot, Dublin 10}

about me
im 24, {A:born 2000} in galway, been in retail since i was 16. looking for full time in a supermarket or off licence. {C:i have one conviction from 2019 (public order, district court) and its spent now} - happy to talk about it. {F:living with my girlfriend and our baby son}

work
{K:Dunnes Stores} Henry St - {K:Sales Assistant / Grocery} - 2021 to now
- night fill, deliveries, cage unload
- did the ID checks on the off licence counter (over 21 policy)
- helped with the {K:organic and free-from range} reset, about 300 lines
{K:SuperValu} Galway - shelf stacker - 2016-2019

skills
forklift cert (counterbalance), pallet truck, haccp level 1, manual handling
good with the {K:Zebra handheld scanner}

other
play gaelic football with st. Matthews, junior B
{H:in recovery from alcohol, sober 3 years, go to AA weekly} so i prefer not to do late bar shifts

refs: {N:Ger Kinsella}, store manager Dunnes - {N:086 220 7719}
"""),

("retail-en-003", """
{N:PRISCILLA A. MENDOZA}
{N:Blk 12 Lot 7, Phase 2, Camella Homes, Bacoor, Cavite} | {N:+63 917 554 0831} | {N:pam.mendoza.ccs@yahoo.com}

OBJECTIVE
To obtain a Team Leader position in a BPO where my voice and non-voice experience can help the account reach its CSAT targets.

PERSONAL DATA
{A:Age: 29}
{A:Date of Birth: July 14, 1995}
{F:Civil Status: Married}
{R:Religion: Iglesia ni Cristo}
Citizenship: Filipino
Height: 5'2"

WORK EXPERIENCE
{K:Customer Service Representative} - {K:Concentrix}, Pasay (US telco account)
June 2019 - present
- Handles 80+ inbound calls daily on billing and device concerns
- Top 5 in AHT and FCR for Q3 2023
- Handles escalations incl. {K:complaints alleging discrimination by store staff}, routed to the client's compliance desk
- {K:Voice biometrics enrolment scripting} for caller authentication

{K:Chat Support Associate} - {K:TaskUs}, Taguig - 2017-2019
- E-commerce marketplace; refunds, returns, seller disputes

EDUCATION
BS Business Administration, Polytechnic University of the Philippines, 2016

AVAILABILITY
Open to night shift. {R:Not available Thursday evenings and Sunday mornings (worship service)}.

CHARACTER REFERENCES
{N:Mr. Ronaldo Tuazon}, Operations Manager, Concentrix - {N:0918 332 7745}
"""),

("retail-en-004", """
{N:DeShawn Carter}  ·  {N:Atlanta, GA 30310}  ·  {N:(404) 555-0187}  ·  {N:deshawn.carter.atl@gmail.com}

STORE MANAGER — 11 years in big-box retail, P&L up to $28M

{K:Store Manager}, {K:Walmart Supercenter} #2417, East Point GA (2018–present)
• Lead 190 associates across 3 shifts; sales +9% YoY in 2023
• Rolled out {K:biometric time clocks (hand-scan) for 190 associates} with HR and legal, including the opt-out process
• Partnered with {K:Asset Protection on organized retail crime cases}; 3 cases referred to Fulton County DA
• Ran annual {K:diversity & inclusion training for 40 department managers}
• Handled a {K:UFCW organizing campaign from the management side} within NLRA rules

{K:Assistant Store Manager}, {K:Target}, Decatur GA (2013–2018)
• Pharmacy, beauty and electronics areas; {K:Pride collection floor set} and community events

EDUCATION
B.S. Business Management, Georgia State University, 2012

PERSONAL
{C:I was convicted of a felony drug possession charge at 19 (2007)}. {C:Record restricted under Georgia First Offender Act in 2015}. I mention it because honesty matters to me and because second chances made my career.
{F:Married, three kids.} I serve as {R:a deacon at Greater New Hope Baptist Church}.
"""),

("retail-en-005", """
{N:Aroha Tipene-Marsh}
{N:Hamilton East, Hamilton 3216}
{N:021 448 903}  |  {N:aroha.tm@xtra.co.nz}

Kia ora! {E:I'm Ngāti Maniapoto on my mum's side} and grew up in Te Awamutu. I've worked in beauty retail and hairdressing for 7 years and I'm looking for a senior stylist or salon co-ordinator role.

WORK HISTORY
{K:Senior Stylist} - {K:Rodney Wayne}, Te Rapa - 2020 to now
* Colour correction, balayage, men's cuts
* Looked after our {K:patch test register for hair-dye allergies}
* Mentored two apprentices through their NZ Certificate in Hairdressing

{K:Beauty Advisor} - {K:Farmers}, Centre Place - 2017 to 2020
* Counter sales for Clinique and Estée Lauder, hit 112% of target in 2019

QUALIFICATIONS
{K:NZ Certificate in Hairdressing (Level 4)}
First Aid (2023)

A BIT MORE ABOUT ME
{S:My wife Jess and I} got married in 2021 and we live in Hamilton East with two very spoilt dogs. I play touch rugby on Tuesdays. {H:I have psoriasis on my hands so I use nitrile gloves for colour} - no effect on my work.

Referees on request.
"""),

("retail-en-006", """
{N:Chukwuemeka Obi}
{N:Plot 44, Ada George Road, Port Harcourt, Rivers State}
{N:+234 803 775 1420} | {N:emeka.obi.logistics@gmail.com}

CAREER SUMMARY
Warehouse and dispatch supervisor with 9 years in FMCG and e-commerce fulfilment. Strong on stock accuracy and rider management.

EXPERIENCE
{K:Fulfilment Centre Supervisor} - {K:Jumia Nigeria}, Port Harcourt Hub | 2020 - date
- Manage 35 pickers/packers and 60 dispatch riders
- Picking accuracy 99.6%, {K:biometric attendance for riders} introduced in 2022
- Investigated {K:parcel theft cases with Nigeria Police}, 6 recoveries

{K:Inventory Officer} - {K:Shoprite}, Port Harcourt Mall | 2015 - 2020
- Cycle counts, shrinkage reporting, {K:NAFDAC-registered products} checks

EDUCATION
HND Purchasing and Supply, Rivers State Polytechnic, 2014

PERSONAL DETAILS
{A:Date of Birth: 22nd May 1990}
{F:Marital Status: Married with 2 children}
{E:State of Origin: Anambra}
{R:Religion: Catholic}
Sex: Male
Languages: English, Igbo, Pidgin

HOBBIES
Football, reading, {P:youth wing volunteer for Labour Party (LP) in 2023 elections}

REFEREES
{N:Mrs. Ngozi Amadi}, HR Manager, Jumia - {N:+234 809 112 6633}
"""),

("retail-en-007", """
{N:Tamsin Greaves} – {N:tamsin.greaves@protonmail.com} – {N:Leeds LS6}

Dear Hiring Manager,

I'm applying for the Pharmacy Counter Assistant role at your Headingley branch. For the last four years I've been a {K:Healthcare Assistant} at {K:Boots}, Briggate, where I serve on the medicines counter, do {K:WWHAM questioning for P-medicines}, and look after the {K:blood pressure monitors and hearing aid batteries} range. I completed the {K:NPA Medicines Counter Assistant course} in 2021.

I also work closely with our pharmacist on {K:emergency contraception and sexual health consultations}, making sure customers get a private room. I've handled several {K:complaints about staff attitude towards Muslim customers wearing niqab} and now deliver a short briefing to new starters.

A bit about me: {A:I'm 31}, and {H:I'm autistic} — I mention it because I work best with clear rotas and a quiet break area, and because it makes me precise with controlled drug records. {S:I live with my partner Megan} in Hyde Park. Outside work I run the social media for {S:Leeds Frontrunners, the LGBT+ running club}.

I'm a {U:GMB member and was rep for the Briggate store} until last year.

I'd love to talk further.

Tamsin Greaves
{N:07981 225 604}
"""),

("retail-en-008", """
{N:Jean-Paul Brissett}
{N:Spanish Town, St. Catherine, Jamaica}
{N:876-881-4402} / {N:jpbrissett@hotmail.com}

CASHIER / CUSTOMER SERVICE

Work Experience
2018–Present  {K:Head Cashier}, {K:Hi-Lo Food Stores}, Spanish Town
  - Supervise 8 cashiers, cash office and night deposits
  - Handle customer complaints and refunds
  - Work with security on {K:shoplifting incidents} and CCTV review
2015–2018  {K:Cashier}, {K:MegaMart}, Portmore

Education
CSEC: Maths, English A, Principles of Accounts, Office Admin (2014)
HEART/NSTA Trust Level 2 Customer Service

Personal Information
{A:Date of Birth: 2 February 1998}
{F:Marital Status: Single, one daughter}
Nationality: Jamaican
Church: {R:Member of Spanish Town Seventh-day Adventist Church}
Availability: {R:cannot work Friday sunset to Saturday sunset}

Interests: netball coaching, dominoes, cooking

References
{N:Pastor Wayne Gordon} – {N:876-907-3321}
{N:Mrs. Claudette Reid}, Store Manager, Hi-Lo – {N:876-984-1120}
"""),

("retail-en-009", """
{N:LIAM BRENNAN}
Delivery Rider | Courier
{N:Glasgow G31} | {N:07492 338 117} | {N:liambrennan.rides@gmail.com}

I've ridden for Deliveroo and Uber Eats for three years and I'm looking for something steadier with a contract — parcel courier, van driver's mate or warehouse.

RIDING / COURIER
{K:Deliveroo} and {K:Uber Eats} – self-employed rider, Glasgow East End | 2021–now
• 4.9 rating, ~25 drops a night on an e-bike
• {K:Selfie ID verification} every shift (the app's face check)
• {U:IWGB courier branch member}, {U:went on the 2023 strike days}

{K:Amazon} BHX4 (temp) – {K:Warehouse Operative}, Christmas 2020

SKILLS
Route planning, basic bike repairs, CSCS card, CBT on a 125

OTHER STUFF
{A:Age 27}.
{C:Got a fine for possession of cannabis in 2017 (Recorded Police Warning)} – nothing since.
{H:I've got ADHD (on medication)} – I'm honestly better when I'm moving all day.
I'm a {P:Scottish Green Party member} and help out at the Dennistoun community fridge.
"""),

("retail-en-010", """
{N:Rachel Zuckerman}
{N:Toronto, ON M6A} · {N:416-555-0193} · {N:rachel.zuckerman@rogers.com}
{N:linkedin.com/in/rachelzuckerman-retail}

Summary
District manager with 14 years in Canadian grocery. I've opened four stores and led the kosher and halal category expansion across the GTA.

Experience
{K:District Manager}, {K:Loblaw Companies} (No Frills banner), Toronto West — 2017–present
– 9 stores, $210M annual sales
– Led {K:kosher and halal category expansion with COR and HMA certification partners}
– Negotiated with {K:UFCW Local 1006A on the 2022 collective agreement (employer side)}
– Deployed {K:anti-discrimination complaint protocol} after a viral incident at one store

{K:Store Manager}, {K:Sobeys}, Thornhill — 2010–2017

Education
BComm, Ryerson University, 2009
{K:Loblaw Leadership Academy}

Personal
{R:I keep Shabbat} and arrange my weekend coverage around it; I've never missed a Saturday peak that I was responsible for planning. {F:Mother of three, married to David}.
Community: board member, Bathurst Jewish Food Bank. {A:48 years old}, still happiest walking a store at 6am.
"""),
]
