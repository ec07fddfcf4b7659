CVS = [
r"""
{c:Nathalie Okpik}
Conductor / Locomotive Engineer trainee
{c:Sudbury, Ontario} — {c:705-555-0126} — {c:n.okpik.rail@outlook.com}

EXPERIENCE
{k:VIA Rail Canada} — Service Manager → Conductor (Sudbury–White River, The Canadian) — 2015–present
  • Qualified conductor since 2019; {k:Rule Book (CROR) certified}, rules re-qual 2024
  • {k:Dangerous goods / TDG certificate}
  • {k:Locomotive Engineer training program, selected 2024}
{k:Ontario Northland} — Ticket agent, Cochrane — 2011–2015

MEDICALS
Fit for duty under the Railway Medical Rules (safety-critical). {H:Moderate hearing loss in the left ear, I wear a hearing aid on duty and passed the hearing standard with it}.

ABOUT ME
{E:Inuk, born in Iqaluit}; moved south for school.
{U:Local chairperson, Teamsters Canada Rail Conference, Division 315}.
{F:Single mom of one (Aputi, 9)}, {S:co-parenting with my ex-wife} — my sister covers my away-from-home nights.
{D:Born 1990}.
Fluent Inuktitut and English, conversational French.

References:
{c:Gord Mahoney}, Trainmaster, VIA Rail — {c:705-555-0199}
""",
r"""
{c:Agnieszka Nowakowska}
{c:8 Ferry Lane, Tilbury RM18 7NT} · {c:07423 661 080} · {c:aga.nowakowska@wp.pl}

Warehouse Team Leader — chilled / ambient

Seven years at the same DC, started on the chill pick and now running a shift of 22. Polish and English, so I end up translating toolbox talks.

Experience
{k:Team Leader (nights), Tesco Distribution, Thurrock} — 2020–present
 - {k:Voice picking (Vocollect) super-user}; productivity up from 88% to 97% on my shift
 - {k:Accident investigation (IOSH Managing Safely)}
{k:Picker, same site — 2018–2020}
{k:Hotel housekeeping, Southend} — 2016–2018

Other
{E:Born in Lublin, British citizen since 2023}. {D:Age 34}.
{U:USDAW shop steward for the night shift}.
{F:Pregnant with my second, due in October} — I'd like to start in August and will be honest about maternity leave.
{R:We go to the Polish Catholic mass in Grays every Sunday}.
Couch to 5K graduate.

Reference: {c:Kev Moriarty}, Shift Manager — {c:kevin.moriarty@tesco.com}
""",
r"""
Name: {c:Mohammed Irfan Shaikh}
Role: Delivery Partner (2-wheeler) / Delivery Team Lead
City: {c:Bengaluru (Shivajinagar)}
Phone: {c:+91 90081 44712}
Email: {c:irfan.shaikh.dlv@gmail.com}

Work
- {k:Delivery Partner, Swiggy Instamart}, HSR Layout dark store — 2021 to now. Avg 38 orders/day, 4.9 rating.
- {k:Team Lead (rider onboarding), Zepto}, 2023–2024 — trained 60 new riders on app, cash handling, safety.
- {k:Loader, BlueDart, Peenya hub} — 2018–2021

Documents
{k:Two-wheeler + LMV driving licence}, PAN, {G:Aadhaar (fingerprint and iris enrolled)}, own Honda Shine.
Police verification: {C:one FIR from 2019 (traffic dispute, IPC 323) — case closed by compromise}.

Personal
{D:Age 26}. {F:Married in 2022, wife Ayesha, baby son}.
{R:I offer Friday namaz at Jamia Masjid, so 1–2 pm Friday off please}.
{U:Member, Indian Federation of App-based Transport Workers (IFAT)}.
{k:Languages: Dakhni Urdu, Kannada, Hindi, English (working)}.
""",
r"""
{c:Sophie Marchbank}
First Officer, Airbus A320 — {c:Bristol}
{c:07934 118 526} · {c:sophie.marchbank@fly-mail.co.uk}

HOURS
Total 3,850 · A320 3,620 · P1 u/s 410 · Night 920

QUALIFICATIONS
{k:UK CAA ATPL(A) (frozen, 14/14 theory)}, A320 type rating, {k:MCC/JOC}, {k:Class 1 medical}.
{H:I have type 1 diabetes and fly under the CAA protocol with CGM and in-flight glucose checks}.

EXPERIENCE
{k:easyJet} — First Officer, Bristol base — 2019–present (furlough Apr–Aug 2020)
{k:Cadet, CAE Oxford Aviation Academy} — integrated ATPL course — 2017–2019

OTHER
{U:BALPA company council rep}, 2023.
{S:My girlfriend Hannah and I are both pilots}, so I'm interested in a roster with equal-share patterns.
{D:Age 31}. {S:Member of Pride in Aviation}.
Volunteer ambassador for {k:Diabetes UK's "Flying with Diabetes" schools talks}.
Gliding instructor at the Bristol & Gloucestershire Gliding Club.

References on request.
""",
r"""
RÉSUMÉ: {c:CHUKWUEMEKA (EMEKA) NWOSU}
{c:Flat 3, Block C, Ilupeju Estate, Lagos} · {c:0816 224 9021} · {c:emeka.nwosu.logistics@gmail.com}

OBJECTIVE
Freight forwarding / customs clearing supervisor for an air or sea cargo company.

WORK
{k:Clearing & Forwarding Supervisor, SIFAX Group} — Apapa port — 2017–present
– Clears 40–60 containers a month through {k:NCS Nigeria Customs Service (NICIS II)}
– {k:Licensed Customs Agent (CRFFN registered)}
Air cargo agent, {k:NAHCO aviance}, Murtala Muhammed Airport — 2013–2017

EDUCATION
{k:HND Shipping & Maritime Logistics, Maritime Academy of Nigeria, Oron}

PERSONAL
{D:DOB: 04/04/1988}. {E:Igbo, from Nnewi, Anambra State}. {F:Single}.
{R:Catholic (Knight of St Mulumba)}.
{U:Former branch chairman, Maritime Workers Union of Nigeria (Apapa)}.
{G:My biometric data is captured for the NPA port access (ID card with fingerprints)}.

Interests: football (Arsenal), reading.
{P:Campaigned for Peter Obi and the Labour Party (Obidient movement) in 2023}.

Referees: {c:Mr Kingsley Uche}, GM SIFAX; {c:Chief (Mrs) Ngozi Okeke}
""",
r"""
{c:Abram Friesen}
Long-Haul Truck Driver (AZ / Class 1)
{c:Steinbach, MB}
{c:204-555-0171} | {c:abram.friesen.trucking@gmail.com}

EXPERIENCE
{k:Bison Transport} — Company driver, cross-border (US lower 48) — 2012–present
  2.1 million safe miles; {k:Bison "Top Driver" 2019}
  Flatbed + reefer, B-trains in Western Canada
{k:Farm hand / grain haul — Friesen Farms} — 1998–2012

LICENCE
{k:Manitoba Class 1 with air brake endorsement (Z)}, FAST card, {k:TDG, WHMIS}.
{C:Impaired driving conviction, 2003}; {C:record suspension granted 2015}.

PERSONAL
{R:Member of the Steinbach Mennonite Church}; I don't drive Sundays when I can help it.
{P:Conservative Party of Canada volunteer (Provencher riding)}.
{F:Married, five kids, two still at home}.
{D:55 years old}.
Low German, English. Hobbies: restoring a 1979 Kenworth W900 with my sons and helping with the church's fall relief sale auction.

Reference: {c:Doris Reimer}, Safety Manager, Bison Transport — {c:204-555-0106}
""",
r"""
{c:Patrick "Paddy" Joyce}
{c:Tuam, Co. Galway} — {c:086 772 3014}

LPG / fuel tanker driver & forklift operator

About me: I have been driving tankers for Calor for nine years around Galway and Mayo, and before that I drove the forklift in the yard. Good with customers, I know every farm lane in north Galway.

Work
{k:Calor Gas Ireland} — Bulk LPG Tanker Driver, 2016–now
Calor Gas Ireland — Yard Operative / Forklift (counterbalance), 2011–2016
Self-employed — horse dealing & scrap, 2000–2011

Tickets: {k:Rigid C licence}, {k:ADR (tanks, class 2)}, {k:CPC}, {k:Safe Pass}, forklift.

{U:SIPTU shop steward for the Calor drivers}.
{E:I'm a Traveller}, and proud of it.
{F:Married to Bridget, five children}.
{D:Age 43}. {P:Canvassed for Sinn Féin in the 2024 locals}.
{C:Conviction for no insurance in 2009 (District Court, fine)}.

Ref: {c:Seán Ward}, Depot Manager, Calor Tuam — {c:091 496 227}
""",
r"""
{c:Gurdev Singh Bhamra}
Coach Driver (PCV D / D+E)
{c:Southall, Middlesex} · {c:07881 452 317} · {c:gurdev.bhamra@gmail.com}

Coach driver with 20 years on {k:tours, school contracts and airport transfers}. Well known to the Heathrow hotel hoppa teams. Tidy, early, polite.

Experience
2012 – present  {k:Senior Coach Driver, National Express (Heathrow – Birmingham)}
2004 – 2012     {k:Coach Driver, Shearings Holidays} (UK and European tours)
1998 – 2004     {k:Minicab driver, Southall}

Licence: {k:D + D+E, Driver CPC, digital tacho card}. {C:6 points (two SP30s in 2022), expiring 2025}.
{H:I had epileptic seizures as a teenager; seizure-free and off medication since 1995, DVLA fully aware}.

Personal
{R:Gursikh, I keep the five Ks}; turban worn with uniform.
{D:Born 1966}. {F:Married, three children, four grandchildren}.
{P:Stood for Ealing Council in 2022 as a Labour candidate (Southall Green)}.
{E:Came to England from Nairobi in 1972 (East African Asian)}.

Reference: {c:Dawn Pearce}, Operations, National Express — {c:0121 496 0190}
""",
r"""
{c:Owen Trevithick}
Chief Officer (unlimited) — {c:Falmouth, Cornwall}
{c:07765 224 810} · {c:owen.trevithick@seamail.co.uk}

CERTIFICATES
{k:MCA CoC Chief Mate Unlimited}, {k:ECDIS, GMDSS}, {k:DP Advanced (NI)}, Ship Security Officer.
{k:ENG1 medical} (valid 2026). {H:I am HIV-positive, undetectable on treatment; the ENG1 is unrestricted}.

SEA SERVICE
2021–2024  Chief Officer, offshore supply (PSV), {k:Bibby Marine Services} — 4 on / 4 off
2017–2021  2nd Officer, ro-pax, {k:Brittany Ferries} (Plymouth–Santander)
2013–2017  3rd Officer, container, Maersk Line
2009–2013  Deck cadet, Warsash Maritime Academy / P&O

UNION
{U:Nautilus International member} {S:and on its LGBT+ members' network committee}.

PERSONAL
{S:Civil partnership with Dmitri, a chef in Truro}.
{D:Age 35}. Gig rowing, {k:RNLI volunteer crew (Falmouth lifeboat, helm)}. {P:Mebyon Kernow member and town council candidate 2021}.

I'm looking for a rotation job on DP vessels out of Falmouth or Aberdeen with a steady crew.

References: {c:Capt. Ruth Penhaligon}, Bibby Marine.
""",
r"""
{c:Hodan Abdirahman Warsame}
Ramp Agent / Airport Operations — {c:Minneapolis–St. Paul (MSP)}
{c:(612) 555-0144} · {c:hodan.warsame.ops@gmail.com}

SUMMARY
Ramp and cargo agent at MSP for seven years. Tug, belt loader, pushback, de-icing. On time, and I've trained new hires in the cold.

EXPERIENCE
{k:Lead Ramp Agent, Delta Global Services}, MSP — 2019–present
{k:Ramp Agent, Swissport}, MSP — 2017–2019
{k:Cashier, Target — 2015–2017}

CREDENTIALS
{k:SIDA badge with airfield driving (movement area)} — {G:fingerprinted for the badge and enrolled in Rap Back}.
{k:De-icing Level 2 (Type I/IV)}, pushback (B737/A320), hazmat awareness.

PERSONAL
{E:I came to Minnesota as a refugee from Somalia in 2009 (Dadaab camp, Kenya)}.
{R:I am Muslim, wear a hijab with my uniform and pray during breaks}.
{U:SEIU Local 26 member (airport workers)}.
{D:Age 30}.
{F:Married, two kids}.
Somali, English, Swahili.

References: {c:Abdi Farah}, Ramp Supervisor, DGS — {c:(612) 555-0176}
""",
]
