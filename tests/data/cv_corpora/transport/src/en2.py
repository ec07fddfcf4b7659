CVS = [
r"""
PROGRESSIVE RECRUITMENT - CANDIDATE REGISTRATION FORM (Warehouse / Industrial)
Branch: Daventry

Surname: {c:OKAFOR}            Forename(s): {c:Chidera Grace}
Address: {c:22 Abbey Street, Daventry NN11 4BJ}
Mobile: {c:07309 118 475}      Email: {c:chidera.okafor@mail.com}
{D:Date of birth: 02/11/1995}
{E:Nationality: Nigerian (Skilled Worker visa, sponsor must be transferred)}
NI number: supplied at interview

Licences held: [x] Counterbalance (B1)  [x] Reach (D1)  [ ] VNA  [x] Car (B)
Certificates: {k:RTITB Reach Truck, Novice, June 2022}; {k:IPAF 3a/3b}
Shifts you can do: Days [x]  Lates [x]  Nights [ ]  Weekends [x except Sunday am]
Reason for Sunday restriction: {R:church (Redeemed Christian Church of God, Northampton)}

Do you have any unspent criminal convictions? {C:Yes - caution for shoplifting, 2023 (spent 2024?)}
Do you have a health condition we should know about for manual handling? {H:Asthma - inhaler, no issue with chillers}

Work history (last 3 years)
- {k:Reach truck driver, Whistl Fulfilment, Daventry} (agency), 08/2022 - 02/2025
  putaway and replen to 10.5m, {k:WMS: Manhattan, RF scanning}
- {k:Picker/packer, Boots DC Burton}, 10/2021 - 08/2022

Emergency contact: {F:my husband, Emeka Okafor} - {c:07309 118 902}

Candidate signature: C. Okafor     Date: 03/03/2025
""",
r"""
{c:Luis "Lou" Ordóñez}
Dispatcher / Fleet Operations — {c:Joliet, IL}
{c:(815) 555-0192} · {c:lordonez.dispatch@gmail.com}

I've run boards for OTR and regional fleets for 12 years. I know what it's like on the other side of the Qualcomm because I drove for six.

EXPERIENCE
{k:Senior Dispatcher}, {k:Schneider National (Intermodal)}, Joliet — 2017–present
- Manage 65 trucks between Joliet, Chicago rail ramps and the I-55 corridor
- {k:Cut empty miles 9% with load-matching in McLeod LoadMaster}
{k:Dispatcher, Dart Transit} — 2013–2017
Company driver (Class A), Werner — 2007–2013, ~700k accident-free miles

CERTIFICATIONS
{k:CDL Class A (inactive medical card)} · {k:Certified Dispatcher (TIA)}

PERSONAL
{U:Teamsters Local 179 when I was at the UPS hub (2006–2007)}; still carry the card.
{E:Mexican-American, first generation — parents from Zacatecas}.
{F:Recently divorced, my two boys live with me Monday–Thursday}.
{R:Active in St. Mary Nativity parish (Knights of Columbus)}.
{D:I'm 45}. {G:A 23andMe test says I'm 38% Indigenous American}.
{P:Precinct committeeman for the Will County Democrats}. {C:One misdemeanor DUI in 2005, before my CDL}.

Languages: English, Spanish.

Reference: {c:Tamara Fisk}, Operations Manager, Schneider — {c:(815) 555-0118}.
""",
r"""
BIO-DATA

Name               : {c:Pranav Subramaniam Iyer}
Father's Name      : {c:S. Subramaniam}
{D:Date of Birth      : 27-05-1992}
{R:Religion           : Hindu}
{E:Caste              : Brahmin (Iyer)}
{F:Marital Status     : Married (2019), one daughter}
Address            : {c:Flat 3B, Sai Krupa Apartments, Velachery, Chennai 600042}
Mobile             : {c:+91 98410 37265}
E-mail             : {c:pranav.iyer.scm@gmail.com}

Career Objective
To work as a demand and supply planner in an FMCG or 3PL organisation where I can apply S&OP skills.

Education
{k:MBA (Operations & Supply Chain), SSN School of Management}, 2016
{k:B.E. Mechanical, Anna University, 2014}
{k:APICS CSCP, 2021}

Experience
{k:Supply Planning Analyst, TVS Supply Chain Solutions}, Chennai — Jul 2019 to date
 – Replenishment planning for 140 SKUs across 9 depots, service level 96%
 – {k:Built safety-stock model in SAP IBP}
{k:Demand Planner, Britannia Industries, Bengaluru} — 2016 to 2019

Languages Known : Tamil, English, Hindi, Sanskrit (read)

Hobbies: Carnatic music, cricket.

Declaration: I hereby declare that the above information is true to the best of my knowledge.
Place: Chennai                                        ({c:PRANAV S. IYER})
""",
r"""
{c:ADEBAYO KAZEEM OLAWALE}
{c:No. 7 Adeniran Ogunsanya Street, Surulere, Lagos}
{c:0803 417 2290}   {c:kazeemolawale.driver@yahoo.com}

CAREER SUMMARY
Professional driver with 15 years' experience in corporate, staff bus and ride-hailing work in Lagos. Defensive driving certified, knows the whole of Lagos, Ogun and Ibadan roads.

PERSONAL DATA
{D:Date of Birth: 9th September 1981}
{E:State of Origin: Oyo}
{R:Religion: Islam}
{F:Marital Status: Married with four children}
{E:Tribe: Yoruba}

WORK EXPERIENCE
2020 – Date   Driver-partner, {k:Bolt / Uber} (4.93 rating, 11,000+ trips)
2012 – 2020   {k:Staff Bus Driver, Nigerian Breweries Plc}, Iganmu
2009 – 2012   {k:Driver to the MD, Ikeja Hotel Plc}

QUALIFICATIONS
{k:FRSC Class E National Driver's Licence}; {k:Lagos State Drivers' Institute (LASDRI) certificate}; WAEC (2000).

MEMBERSHIP
{U:NURTW, Surulere unit (member)}.
{P:Registered member of the All Progressives Congress, ward 5 Surulere}.

HEALTH
Good. {H:Had typhoid in 2018, fully treated}. Eyes tested yearly.
{G:Genotype: AS}.

REFEREES
{c:Alhaji Musa Bello}, Transport Manager, Nigerian Breweries – {c:0802 334 1187}
{c:Mrs Funke Adeyemi}, HR, Ikeja Hotel Plc
""",
r"""
{c:Darren "Dazza" Kelly}
Road Train / B-double Driver
{c:Katherine NT 0850} | {c:0418 552 906} | {c:dazkelly.haulage@bigpond.com}

QUICK RUNDOWN
{k:MC licence} 19 years. Triples to Darwin, Alice and the Kimberley. Cattle, fuel, general. I do my own minor repairs on the side of the road if I have to.

WORK
{k:Road Train Driver, Road Trains Australia Pty Ltd} — 2014–now
{k:Livestock driver, Waters Transport (Katherine)} — 2008–2014
Station hand, Victoria River Downs — 2001–2008

TICKETS
{k:Dangerous Goods licence}, {k:Basic Fatigue Management (BFM) accreditation}, forklift LF, first aid.

HEALTH / FATIGUE
{H:Sleep apnoea, diagnosed 2020 — use CPAP in the sleeper, checked each Austroads medical}.

ABOUT ME
{E:Proud Jawoyn man}, grew up between Katherine and Barunga. {D:Turning 50 this year}. {F:Partner Shaz and four kids} — we're grandparents too. {U:TWU member, delegate for the Katherine yard 2019–2022}.
{C:Drink-driving conviction in 2006 (mid-range, lost licence 6 months)} — never since.

Referee: {c:Ken Waters}, {c:0427 118 330}
""",
r"""
RESUME — {c:Ram Kishore Meena}
Loco Pilot (Goods)
Ajmer Division, North Western Railway
Ph: {c:94140 63821}   Email: {c:rkmeena.lp@rediffmail.com}
Address: {c:Qtr No. 112/B, Railway Colony, Phulera, Jaipur Dist., Rajasthan 303338}

Service Particulars
{k:Indian Railways, North Western Railway} — appointed Assistant Loco Pilot 2008 (RRB Ajmer)
Promoted {k:Loco Pilot (Goods)} 2015; working WAG-9 and WDG-4 locos on Phulera–Ajmer–Marwar section
{k:Competency certificate for WAG-9 / WAP-7 (electric)}
No SPAD, no accident in 16 years of service.

Training
Zonal Railway Training Institute, Udaipur — initial & refresher (2023)
{k:Simulator training, Electric Loco Shed Abu Road}

Medical
{k:Periodical medical examination Aye-One category} passed Jan 2024.

Association
{U:Zonal working committee member, All India Loco Running Staff Association (AILRSA)}.

Personal Details
{D:DOB: 01-07-1984}
{E:Category: ST}
{F:Married, 2 sons}
Languages: Hindi, Rajasthani, English (working).

I declare the information is correct.
""",
r"""
{c:Capt. Rohan Dinesh Mehta}
Master Mariner (Unlimited) — Chief Officer seeking Command
{c:Vashi, Navi Mumbai} | {c:+91 99204 55178} | {c:rohan.mehta.marine@gmail.com}
INDOS: {c:07MM4412}

CERTIFICATES
{k:COC Master (Foreign Going), DG Shipping India, 2022}
{k:Tanker endorsements: Advanced Oil & Chemical}, {k:GMDSS GOC}, ECDIS (JRC/Furuno), {k:Ship Security Officer}

SEA SERVICE (last 5 contracts)
| Rank | Vessel | Type | DWT | Company | Sign on | Sign off |
| C/O | Maersk Tacoma | Product tanker | 49,990 | {k:Synergy Marine} | 12 Jan 2024 | 30 Jun 2024 |
| C/O | Stena Imperial | Chemical | 19,400 | Synergy Marine | 04 Mar 2023 | 22 Aug 2023 |
| C/O | Torm Hellerup | Product tanker | 45,700 | Torm | 10 Apr 2022 | 18 Sep 2022 |
| 2/O | Torm Hellerup | Product tanker | 45,700 | Torm | 02 Aug 2020 | 29 Jan 2021 |
| 2/O | Jag Pushpa | Bulk | 56,700 | {k:Great Eastern Shipping} | 14 Feb 2019 | 07 Sep 2019 |

SIRE inspections as C/O: 6, zero high-risk observations.

OTHER
{U:Life member, NUSI}. {D:38 years}. {F:Married (wife Shruti is a doctor), one son}.
{R:Strict Jain vegetarian — I carry my own provisions, no root vegetables}.
{H:Medical: DG-approved fit, colour vision normal; gallbladder removed 2021}. {G:Thalassaemia minor (carrier), screened before marriage}.

Ref: {c:Capt. Anil Sequeira}, Marine Superintendent, Synergy.
""",
r"""
{c:Yazan Al-Khatib}
Forklift Operator / Shipper-Receiver
{c:Mississauga, ON} · {c:647-555-0133} · {c:yazan.alkhatib@hotmail.com}

SUMMARY
Six years in Canadian warehouses after ten years of driving trucks in Aleppo and Gaziantep. Reach, counterbalance, order picker. Good with Manhattan WMS and RF guns. Safe: zero incidents at Canadian Tire.

EXPERIENCE
{k:Reach Truck Operator}, {k:Canadian Tire Distribution Centre, Bolton} — 2021–present
 • 180 pallet moves per shift, 99.8% location accuracy
 • {k:Certified to train new operators (in-house trainer, 2023)}
Shipper-receiver, Purolator hub, Etobicoke — 2019–2021
General labour via agency, Mississauga — 2018–2019

CERTIFICATIONS
{k:Lift truck operator certificate (Class 4, 5, 2)}, WHMIS 2015, {k:Ontario G licence}

PERSONAL
{E:Came to Canada as a government-assisted refugee from Syria in 2017}; {E:Canadian citizen since 2022}; {G:my fingerprints and photo are on file with IRCC from the resettlement biometrics}.
{P:Volunteered for the Ontario NDP in the 2022 provincial election}.
{U:Unifor Local 414 member}.
{F:Married, three children — my wife Rasha and I also look after my mother}.
{D:Age 42}.
Languages: Arabic (native), English, Turkish.

References on request.
""",
r"""
{c:Harjit Singh Sandhu}
Rideshare & Limo Driver — {c:Chicago, IL}
{c:(773) 555-0164} | {c:harjit.sandhu.rides@gmail.com}

Short version: 9 years driving for Uber/Lyft and a Black car company, 4.96 rating, 22,000 trips, I know every O'Hare gate.

DRIVING WORK
• {k:Independent driver, Uber Black / Lyft Lux}, 2016–present
• {k:Chauffeur, Windy City Limousine}, 2014–2016 (corporate, weddings)
• {k:Taxi, Yellow Cab affiliation, 2012–2014}

LICENCES
{k:Illinois Class D + Chicago Public Chauffeur License}, City of Chicago TNP registered. {G:Enrolled in CLEAR (iris and fingerprint) for airport pickups}.
{C:Had a DUI in 2011 (supervision, completed), expunged 2018}.

ABOUT ME
{E:Born in Jalandhar, Punjab; came to the US in 2006}. {R:I'm an Amritdhari Sikh and wear a turban and kara}, passengers often ask about it and I enjoy the conversation.
{U:Member of the Illinois Drivers Alliance (rideshare drivers' association)}.
{P:I volunteered for Mayor Johnson's 2023 campaign, driving seniors to vote}.
{F:My wife Manpreet and our two daughters}; {D:age 39}.

Volunteering: {k:langar seva at Gurdwara Sahib Palatine, Sunday mornings} (cooking for 400).
""",
r"""
{c:Thiago Nascimento}
Bike & Cargo-bike Courier
{c:Dublin 8} — {c:083 417 6620} — {c:thiago.nascimento.bike@gmail.com}

Fast, careful, knows Dublin's one-way system the hard way. 5 years of courier work, 3 on cargo e-bikes for shops and pharmacies.

- 2022–now  {k:Cargo Bike Rider, Zipp Mobility (Dublin 2/8 hub)}: up to 70 drops a day, pharmacy cold-chain bags
- 2020–2022  {k:Rider, Deliveroo (self-employed)}
- 2019–2020  Kitchen porter, Temple Bar

Certificates: {k:Cycle Right instructor (Cycling Ireland)}, {k:Manual handling (QQI)}, {k:first aid (Red Cross)}.
{k:Portuguese (native), English (C1), Spanish}.

{E:Brazilian, on Stamp 4 (own work permission)}, {D:28 years old}.
{S:I live with my boyfriend, Ciarán, in Rialto}, {S:and I marshal the bike crew at Dublin Pride}.
{P:Campaigner with Dublin Cycling Campaign and member of the Social Democrats}.
{U:Was a rider rep for Deliveroo couriers and am now in the Independent Workers' Union}.
{H:Broke my collarbone in a crash 2021, back on the bike after 10 weeks}.

Reference: {c:Aoife Brennan}, ops lead, Zipp — {c:aoife@zippmobility.ie}
""",
]
