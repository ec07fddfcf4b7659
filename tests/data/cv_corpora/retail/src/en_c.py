CVS = [
("retail-en-021", """
{N:Hannah Goldblatt}
{N:Salford M7} · {N:07712 806 334} · {N:hgoldblatt.work@gmail.com}

Assistant Manager — independent grocery & deli

{K:Assistant Manager}, {K:Kosher Deli & Bakery (Broughton Park)} — 2019–present
• Run the shop floor, ordering and {K:Manchester Beth Din supervision paperwork}
• Train staff on {K:Challenge 25 for wine and spirits}
• Dealt with a {K:racially aggravated shoplifting incident} with GMP and gave a statement

{K:Sales Assistant}, {K:Marks & Spencer}, Manchester Arndale — 2015–2019

Education: {K:Level 3 Award in Food Safety}; A-levels in Business and Maths

About me
{A:I'm 28}. {R:I'm Orthodox and don't work from Friday afternoon to Saturday night or on Yom Tov}, but I'm happy to take every Sunday. {G:I was screened for Tay-Sachs carrier status through Dor Yeshorim} before my engagement, {G:and I'm a carrier}. {F:Newly married (March 2024)}.

{P:I volunteer with the Liberal Democrats in Bury South at election time.}
"""),

("retail-en-022", """
{N:Ryan Tshabalala-Moore}
{N:Wellington 6011} | {N:027 556 1093} | {N:ryan.tm.nz@gmail.com}

CONTACT CENTRE TEAM LEADER

Employment
{K:Team Leader, Contact Centre} — {K:Spark New Zealand}, Wellington — 2021 – current
  • 14 agents, inbound mobile & broadband
  • Ran {K:unconscious-bias training for 120 frontline staff}
  • Managed complaints about {K:discrimination against Pasifika customers in stores}
{K:Customer Service Representative} — {K:ASB Bank}, Wellington — 2018 – 2021
  • Onboarded customers to {K:voice ID authentication}

Education
BA (Psychology), Victoria University of Wellington, 2017

Personal
{E:Born in Johannesburg, moved to NZ at 12; NZ citizen}.
{S:My husband Tom and I} live in Newtown.
{U:I was an FIRST Union delegate at ASB} during the 2020 bargaining.
{P:Green Party member; I helped on the Rongotai campaign in 2023.}
{H:I manage anxiety with medication and CBT}, and I'm open about mental health at work.
"""),

("retail-en-023", """
{N:Destiny Ramirez}
{N:San Antonio, TX 78207} · {N:(210) 555-0132} · {N:destiny.ramirez21@yahoo.com}

Summary: cashier & front-end lead, 5 yrs, bilingual English/Spanish.

Experience
{K:Front End Lead}, {K:H-E-B}, Zarzamora St — 2021–Present
  - Run 18 registers, self-checkout, curbside pickup
  - {K:TABC alcohol seller certification}; ID checks and refusals log
  - Handled {K:a customer complaint about a Black shopper being followed by security}; wrote it up for the district
{K:Cashier}, {K:Dollar General}, San Antonio — 2019–2021

Education
GED, 2019 · {K:Texas Food Handler}

Personal / availability
{A:DOB 05/27/2001}
{F:Mom of twins (age 4)} — daycare closes at 6, so I need opening shifts.
{E:My parents are from Michoacán, Mexico}; {E:I'm a DACA recipient with a valid work permit}.
{C:I had a shoplifting citation at 17 (Class C, deferred adjudication)}. Nothing since.
{R:I go to mass at San Fernando Cathedral on Sundays}.
"""),

("retail-en-024", """
{N:Thomas Ekwueme-Hall}
{N:Cardiff CF24} | {N:07440 771 205} | {N:tom.eh@hotmail.co.uk}

PROFILE
Former warehouse shift manager moving into e-commerce operations. Lean, WMS and people leadership.

EXPERIENCE
{K:Shift Manager}, {K:ASOS fulfilment (via XPO)}, Barnsley — 2019–2024
- 220 operatives, peak 480; returns and re-work lines
- Deployed {K:biometric clock-in terminals for 400 agency staff} with a DPIA
- Negotiated shift patterns with {K:GMB officials from the management side}
- Investigated {K:internal theft cases} and attended disciplinary hearings

{K:Team Leader}, {K:Sainsbury's} Distribution Centre, Wakefield — 2014–2019

EDUCATION
{K:Lean Six Sigma Green Belt}; HNC Logistics

PERSONAL
{A:Aged 38}. {F:Divorced, shared care of my son}. {C:I served 14 months in HMP Leeds in 2007 for handling stolen goods}. {H:I went through a bout of depression in 2020 and took 3 months off}, and I'm well now. {S:My partner Gareth} is Welsh, hence the move to Cardiff.
"""),

("retail-en-025", """
{N:Kezia Campbell}
{N:Kingston 8, Jamaica}
{N:kezia.campbell@gmail.com} · {N:876-542-0089}

Call Centre Agent (Offshore BPO) — profile from Indeed

What I'm looking for: Full-time, day or night shift. Desired pay: JMD 75,000/month.

Work experience
{K:Customer Service Representative} — {K:Sutherland Global}, Montego Bay / Kingston
Jan 2022 – Present
US healthcare account: member eligibility, {K:prior-authorisation calls for insulin pumps and CPAP}, claims status. QA score 96%.

{K:Sales Representative} — {K:Digicel}, Half Way Tree
Mar 2019 – Dec 2021
Top-ups, SIM swaps with {K:fingerprint and photo capture for SIM registration}.

Education
{K:Associate Degree in Business Administration} — HEART College of Innovation and Technology

Additional information
{A:Age 26}. {R:Rastafari — I keep my locs covered at work as needed}. {F:I care for my grandmother after work}. {G:I have sickle cell disease (SC)}, {H:with about two crises a year}, so I appreciate a supportive team. {P:I'm a PNP youth arm organiser in St Andrew}.
"""),

("retail-en-026", """
{N:Patrick Dolan}
{N:Limerick} — {N:089 770 3318} — {N:patrickdolan.lk@eircom.net}

STORE MANAGER CV

Experience
{K:Store Manager}, {K:Penneys}, Crescent Shopping Centre — 2015 to date
 – 70 staff, €11m turnover
 – Ran {K:Pride window and rainbow range launch} each June
 – Handled {K:SIPTU negotiations on Sunday premium at store level (management)}
 – Dealt with {K:loss prevention cases and Garda referrals}
{K:Deputy Manager}, {K:Boots Ireland}, Limerick — 2009 to 2015
 – {K:Pharmacy retail compliance and medical device sales}

Education
BBS, University of Limerick, 2008

Personal
{A:I'm 41}. {F:Married to Siobhán, three children}. {R:I'm a Minister of the Eucharist at St Munchin's}. {H:I had a heart attack in 2022 and completed cardiac rehab}; back to full duties. {G:Diagnosed with familial hypercholesterolaemia after genetic testing}, {G:as was my father}.
"""),

("retail-en-027", """
{N:Jasmine Ortiz-Kaur}
{N:Surrey, BC V3W} | {N:604-555-0177} | {N:jasmine.ok@shaw.ca}

Salon & retail — Hair stylist (Red Seal)

Experience
{K:Hair Stylist}, {K:Chatters Salon}, Guildford Town Centre — 2019–now
 – Cuts, colour, bridal updos; {K:retail of medicated scalp treatments}
 – {K:Wedding season bookings for Punjabi, Filipino and Latino brides}
{K:Receptionist}, {K:Shoppers Drug Mart} Beauty Boutique — 2016–2019

Certificates
{K:Red Seal Hairstylist}, 2019

About me
{E:My dad is from Punjab and my mom from El Salvador}. {A:Born 1997}. {R:I'm Sikh and I keep my kara on at work}. I don't cut my own hair lol. {S:I'm queer}, and {S:I co-founded the LGBTQ+ employee resource group at Chatters}. {H:I have endometriosis and sometimes need a day off}. {P:I also volunteer for the BC NDP in Surrey-Newton.}
"""),

("retail-en-028", """
{N:ADEBAYO FALANA}
{N:Ikorodu, Lagos State}
{N:08023 550 614} | {N:adebayofalana.dispatch@gmail.com}

POSITION SOUGHT: Dispatch Rider / Logistics Officer

WORK HISTORY
{K:Dispatch Rider} — {K:GIG Logistics}, Ikeja (2021 – Present)
- 30–40 deliveries daily; COD reconciliation
- {K:Rider face verification on the app before each shift}
{K:Dispatch Rider} — {K:Chowdeck} (2020 – 2021)

EDUCATION
SSCE (WAEC), 2016

CERTIFICATIONS
{K:Lagos State Rider Safety Training}; defensive riding

PERSONAL DATA
{A:Date of birth: 1st January 1999}
{E:State of Origin: Ogun; LGA: Ijebu-Ode}
{R:Religion: Islam}
{F:Marital status: Single}
{C:Detained by police for 2 days in 2020 during the #EndSARS protests, released without charge; later charged with unlawful assembly and discharged by the magistrate} — I attach the court document.
{U:Member, Amalgamated Union of App-based Transporters of Nigeria (AUATON)}

REFEREE
{N:Mr. Tunde Bakare}, Fleet Supervisor, GIG Logistics — {N:08034 118 220}
"""),

("retail-en-029", """
{N:Eleanor Pryce}
{N:Norwich NR2} · {N:07855 019 440} · {N:eleanor.pryce@btinternet.com}

Dear Sir / Madam,

Please accept my application for the Store Manager post at your Norwich branch.

For six years I have been {K:Store Manager} at {K:Holland & Barrett}, Gentleman's Walk, where my team sells {K:vitamins, organic foods and CBD products} and advises on {K:sports nutrition}. I ran our {K:Pride month partnership with Norwich Pride} and delivered {K:equality and diversity training to eleven stores} across East Anglia. Before that I was {K:Deputy Manager} at {K:Superdrug}, where I oversaw the pharmacy counter and {K:a shoplifting prosecution that went to Norwich Magistrates}.

On a personal note, {A:I turned 50 last spring} and {F:my youngest has just left for university}, so I can offer real flexibility. {S:My wife Claire} runs a bakery in the Lanes, so I know independent retail from both sides. {H:I'm a breast cancer survivor (2018)} and I volunteer with Breast Cancer Now's helpline.

{P:I stood as a Labour candidate in the 2019 city council elections} — I didn't win, but it taught me to listen on the doorstep.

Yours faithfully,
Eleanor Pryce
"""),

("retail-en-030", """
{N:Jerome Baptiste}
{N:Brooklyn, NY 11226} | {N:(718) 555-0109} | {N:jbaptiste.nyc@gmail.com}

Experience
{K:Customer Service Associate}, {K:Trader Joe's}, Court St — 2020–present
• Crew member: register, demo station, ordering
• {K:ID checks for beer & wine sales}
{K:Sales Associate}, {K:Foot Locker}, Flatbush Ave — 2017–2020
• {K:Loss prevention tag audits}

Education
Brooklyn College, B.A. Sociology (in progress)

About
{E:Haitian-American; my parents came from Port-au-Prince in 1991}. {A:26 y/o}. {U:I sit on the union organizing committee at my store with RWDSU backing}. {C:Arrested at 20 for fare evasion, case sealed}. {R:Raised Catholic, now agnostic} — I mention it only because someone always asks at Christmas. Learning Kreyòl poetry in my spare time, and I DJ at friends' parties. Available evenings and weekends; classes are Tuesday and Thursday mornings this semester, so I can't open on those days.
"""),
]
