"""letters-en-031..040, typed by hand."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 031 - Ireland, Limerick, peer support worker, prison, addiction, girlfriend, PBP
CVS.append(dict(
text="""
Subject: Peer Support Worker (Addiction Services) – HSE Mid-West – Siobhán Keane

Dear Ms Hartigan,

I'm applying for the Peer Support Worker post in the HSE Mid-West addiction service that I saw on publicjobs.ie.

The job asks for lived experience, so I'll be direct. I used heroin for most of my twenties and I've been clean since March 2016. Before that I served four years in Limerick Prison for robbery and was released in 2016 on a supervised order, which I completed in full. I'm not proud of any of it, but it's the reason I can sit with someone in a detox bed and not flinch.

Since 2018 I've worked with Ana Liffey Drug Project's Mid-West team, first as a volunteer and then as an Outreach Worker, doing needle exchange, naloxone training (I've trained over 300 people), and accompanying clients to court and to the Mid-West Regional Hospital. I finished my QQI Level 6 in Addiction Studies at Limerick College of Further Education in 2020.

I have a daughter who's 12 and lives with me full time, and my girlfriend Niamh and I share the school runs. I've also been canvassing with People Before Profit on the housing issue in Moyross, which I mention only because some of your service users might recognise me.

Thanks for your time,
Siobhán Keane
085 773 2140 · siobhankeane.peer@gmail.com · 9 Delmege Park, Moyross, Limerick V94 X6R1

EXPERIENCE
2019–present  Outreach Worker, Ana Liffey Drug Project (Mid-West)
2018–2019     Volunteer, Ana Liffey Drug Project
QQI Level 6 Special Purpose Award in Addiction Studies (2020) · Naloxone trainer (HSE) · Safe Talk
""",
sensitive=[
    (H, "I used heroin for most of my twenties and I've been clean since March 2016"),
    (C, "I served four years in Limerick Prison for robbery"),
    (C, "released in 2016 on a supervised order"),
    (F, "I have a daughter who's 12 and lives with me full time"),
    (S, "my girlfriend Niamh"),
    (P, "I've also been canvassing with People Before Profit"),
],
keep=["Peer Support Worker (Addiction Services)", "HSE Mid-West", "Outreach Worker, Ana Liffey Drug Project (Mid-West)",
      "naloxone training", "QQI Level 6 in Addiction Studies", "Limerick College of Further Education",
      "QQI Level 6 Special Purpose Award in Addiction Studies", "Naloxone trainer (HSE)"],
contact=["Siobhán Keane", "Ms Hartigan", "085 773 2140", "siobhankeane.peer@gmail.com",
         "9 Delmege Park, Moyross, Limerick V94 X6R1"],
))

# 032 - Canada, Halifax, ICU nurse to educator, NSNU, NDP, gay, ancestry test
CVS.append(dict(
text="""
Patrick LeBlanc, RN, BScN
2415 Agricola St, Halifax NS B3K 4C2 · 902-555-0143 · patrick.leblanc.rn@eastlink.ca

To the Nursing Education Hiring Committee, Nova Scotia Health (Central Zone)

Dear colleagues,

I am writing to apply for the Clinical Nurse Educator – Critical Care position at the QEII Health Sciences Centre. I have worked in the QEII's ICU for nineteen years, precepted more than sixty new graduates, and since 2020 have delivered the zone's ECMO and CRRT competency training.

I should tell you about my other hats so there are no surprises. I have been president of Nova Scotia Nurses' Union Local 97 for six years, and I would of course resign that role if I joined management. I also ran for the NDP in Halifax Citadel–Sable Island in 2021; I am no longer a candidate for anything.

As a gay man who came into nursing in the early 2000s, I know how much a good educator can do to make a unit feel safe for new staff, and that is part of what I want to bring.

A lighter note for the "tell us something about you" box: an AncestryDNA kit told me last year that I am 38% Acadian, which surprised nobody in my family.

I am 49 and plan to stay in Halifax.

Sincerely,
Patrick LeBlanc

EXPERIENCE
2005–present  Registered Nurse, Intensive Care Unit, QEII Health Sciences Centre
2003–2005     RN, Medicine, Cape Breton Regional Hospital
BScN, Dalhousie University (2003) · CNA Certification in Critical Care Nursing (CNCC(C)) · ACLS instructor
""",
sensitive=[
    (T, "I have been president of Nova Scotia Nurses' Union Local 97 for six years"),
    (P, "I also ran for the NDP in Halifax Citadel–Sable Island in 2021"),
    (S, "As a gay man"),
    (G, "an AncestryDNA kit told me last year that I am 38% Acadian"),
    (D, "I am 49"),
],
keep=["Clinical Nurse Educator – Critical Care", "QEII Health Sciences Centre", "precepted more than sixty new graduates",
      "ECMO and CRRT competency training", "Registered Nurse, Intensive Care Unit",
      "RN, Medicine, Cape Breton Regional Hospital", "BScN, Dalhousie University",
      "CNA Certification in Critical Care Nursing (CNCC(C))", "ACLS instructor"],
contact=["2415 Agricola St, Halifax NS B3K 4C2", "902-555-0143",
         "patrick.leblanc.rn@eastlink.ca", "Patrick LeBlanc"],
))

# 033 - Australia, Perth, mining engineer, no personal facts
CVS.append(dict(
text="""
Ref: Superintendent – Mine Planning, Pilbara Iron Ore (Job ID 56012)

Dear Hiring Team,

I'm writing to apply for the Superintendent – Mine Planning role based in Perth with FIFO to Tom Price.

Over fourteen years with BHP and Fortescue I have led short- and medium-term planning for open-pit operations moving up to 90 Mtpa. At Solomon Hub I introduced the weekly reconciliation between the block model and the grade-control model that cut dilution by 1.8 percentage points, and I rebuilt the dig-rate assumptions that fed the 2022 life-of-mine plan.

I have also spent time on the people side of site life. I sat on the management team for the Solomon enterprise agreement negotiations with the AMWU and the CFMEU, and I chaired the site's fatigue-management review after the 2021 roster change.

I'm a Registered Professional Engineer of Queensland, hold a WA Mine Manager's Certificate of Competency, and I'm comfortable with Deswik, Vulcan and MineSight.

Happy to talk whenever suits.

Regards,
Callum Fraser
0402 118 954 · callum.fraser.mining@gmail.com · 7 Ocean View Drive, Scarborough WA 6019

EXPERIENCE
2017–present  Senior Mine Planning Engineer, Fortescue (Solomon Hub)
2010–2017     Mine Planning Engineer, BHP Western Australia Iron Ore
EDUCATION
B.Eng (Mining), WA School of Mines, Curtin University (2009)
""",
sensitive=[],
keep=["Superintendent – Mine Planning", "introduced the weekly reconciliation between the block model and the grade-control model",
      "Solomon enterprise agreement negotiations with the AMWU and the CFMEU", "chaired the site's fatigue-management review",
      "Registered Professional Engineer of Queensland", "WA Mine Manager's Certificate of Competency", "Deswik",
      "Senior Mine Planning Engineer, Fortescue (Solomon Hub)", "Mine Planning Engineer, BHP Western Australia Iron Ore",
      "B.Eng (Mining), WA School of Mines, Curtin University"],
contact=["Callum Fraser", "0402 118 954", "callum.fraser.mining@gmail.com", "7 Ocean View Drive, Scarborough WA 6019"],
))

# 034 - Singapore, lawyer, Workers' Party volunteer, same-sex partner, G6PD, Buddhist
CVS.append(dict(
text="""
TAN JUN HAO (Justin)
Advocate & Solicitor, Supreme Court of Singapore
8 Holland Close, #11-27, Singapore 271008 · +65 9017 6623 · justin.tan.law@gmail.com
Date of birth: 9 October 1990

Dear Ms Koh,

Application for Senior Associate, Employment & Pro Bono Practice

I am writing to apply for the Senior Associate role in your Employment practice. At Rajah & Tann I have advised on wrongful-dismissal claims before the Employment Claims Tribunals, drafted workplace-harassment policies for two statutory boards, and coordinated the firm's pro bono clinic with the Migrant Workers' Centre, where I have run more than 120 salary-claim consultations.

I would rather be transparent about my political activity. I volunteered with the Workers' Party in Sengkang during GE2020 and still help at their Meet-the-People sessions once a month. I understand your firm acts for several government-linked clients, and I would of course declare any conflict.

On a personal note, my partner, Wei Ming, and I have been together for nine years; I mention him because your firm's website speaks of its LGBTQ+ allies network and it made me want to apply. I am a practising Buddhist and vegetarian, so firm dinners are simple for me. I also have G6PD deficiency, which only matters if anyone ever offers me fava beans.

Yours sincerely,
Justin Tan

EXPERIENCE
2017–present  Associate, Employment & Dispute Resolution, Rajah & Tann Singapore LLP
2016–2017     Justices' Law Clerk, Supreme Court of Singapore
LLB (Hons), National University of Singapore (2015)
""",
sensitive=[
    (D, "Date of birth: 9 October 1990"),
    (P, "I volunteered with the Workers' Party in Sengkang during GE2020 and still help at their Meet-the-People sessions"),
    (S, "my partner, Wei Ming, and I have been together for nine years; I mention him"),
    (R, "I am a practising Buddhist and vegetarian"),
    (G, "I also have G6PD deficiency"),
],
keep=["Advocate & Solicitor, Supreme Court of Singapore", "Senior Associate, Employment & Pro Bono Practice",
      "Employment Claims Tribunals", "coordinated the firm's pro bono clinic with the Migrant Workers' Centre",
      "Associate, Employment & Dispute Resolution, Rajah & Tann Singapore LLP", "Justices' Law Clerk",
      "LLB (Hons), National University of Singapore"],
contact=["TAN JUN HAO (Justin)", "8 Holland Close, #11-27, Singapore 271008", "+65 9017 6623",
         "justin.tan.law@gmail.com", "Ms Koh", "Justin Tan"],
))

# 035 - Nigeria, Kano, pharmacist lecturer, Hausa, Muslim, genotype, ASUU
CVS.append(dict(
text="""
Pharm. Aminu Sani Dankano
Department of Clinical Pharmacy, Bayero University Kano
Mobile: 0803 455 1278 | aminu.dankano@buk.edu.ng
No. 31 Zaria Road, Gyadi-Gyadi, Kano

14th May 2024

The Registrar,
Aminu Kano Teaching Hospital,
Kano.

Dear Sir,

APPLICATION FOR APPOINTMENT AS CHIEF PHARMACIST (ANTIMICROBIAL STEWARDSHIP)

I respectfully apply for the above post. I have lectured clinical pharmacy at Bayero University for nine years and have run the antimicrobial stewardship ward rounds at AKTH on a joint appointment since 2019, which reduced ceftriaxone use on the medical wards by 31%.

I was among the ASUU members who stayed on the eight-month strike in 2022, and the loss of salary in that period is partly why I now seek a full hospital appointment.

I am a Hausa man from Kano, married with three children, and by the grace of Allah I have never missed a ward round. I would request that my Friday duty end before Jumu'ah where possible.

Yours faithfully,
Pharm. Aminu Sani Dankano

CURRICULUM VITAE
Date of Birth: 4th January 1986
Religion: Islam
Genotype: AA    Blood Group: B+
Lecturer I, Clinical Pharmacy and Pharmacy Practice, Bayero University Kano (2015–date)
B.Pharm (Ahmadu Bello University, Zaria), 2009; M.Sc Clinical Pharmacy (University of Nigeria, Nsukka), 2014
Fellow, West African Postgraduate College of Pharmacists (FPCPharm), 2021
Registered with the Pharmacists Council of Nigeria
""",
sensitive=[
    (T, "I was among the ASUU members who stayed on the eight-month strike in 2022"),
    (E, "I am a Hausa man from Kano"),
    (F, "married with three children"),
    (R, "by the grace of Allah"),
    (R, "I would request that my Friday duty end before Jumu'ah"),
    (D, "Date of Birth: 4th January 1986"),
    (R, "Religion: Islam"),
    (G, "Genotype: AA"),
    (H, "Blood Group: B+"),
],
keep=["CHIEF PHARMACIST (ANTIMICROBIAL STEWARDSHIP)", "Aminu Kano Teaching Hospital",
      "run the antimicrobial stewardship ward rounds", "Lecturer I, Clinical Pharmacy and Pharmacy Practice",
      "B.Pharm (Ahmadu Bello University, Zaria)", "M.Sc Clinical Pharmacy (University of Nigeria, Nsukka)",
      "Fellow, West African Postgraduate College of Pharmacists (FPCPharm)", "Pharmacists Council of Nigeria"],
contact=["Pharm. Aminu Sani Dankano", "0803 455 1278", "aminu.dankano@buk.edu.ng", "No. 31 Zaria Road, Gyadi-Gyadi, Kano"],
))

# 036 - South Africa, Pretoria, electrical engineer, expunged fraud conviction, EFF student, partner Thabo
CVS.append(dict(
text="""
Sipho Mahlangu Pr.Eng
Unit 12, Loftus Mews, 455 Kirkness Street, Arcadia, Pretoria 0083
071 228 6094 · sipho.mahlangu.eng@gmail.com

Dear Ms van Wyk,

Application: Chief Engineer – Grid Planning (Eskom Transmission, Megawatt Park)

I am applying for the Chief Engineer post in Grid Planning. I have eleven years of network planning at City Power and then Eskom Distribution, including the Limpopo 132 kV strengthening plan and the connection studies for 1.4 GW of REIPPPP Bid Window 5 projects.

Eskom's vetting will ask, so I will explain it myself. In 2010, as a final-year student, I was convicted of fraud for using a forged bursary letter to register. I paid a fine and it was a hard lesson. The conviction was expunged by the Department of Justice in 2021 and my clearance certificate is attached.

I was also, in those student years, a leader of the EFF Students' Command at Wits. I have no party role today.

I grew up in KwaMhlanga as a young Ndebele boy who had never seen a substation, and mentoring first-generation engineers from rural Mpumalanga is what I am proudest of. My partner Thabo and I have recently bought a house in Pretoria East, so I am not planning to move again.

Kind regards,
Sipho Mahlangu

CAREER
2016–present  Senior Engineer, Network Planning, Eskom Distribution (Limpopo OU)
2013–2016     Engineer-in-Training, City Power Johannesburg
BSc (Eng) Electrical, University of the Witwatersrand (2011); Pr.Eng (ECSA), 2017
Tools: DIgSILENT PowerFactory, PSS/E, GIS Smallworld
""",
sensitive=[
    (C, "I was convicted of fraud for using a forged bursary letter to register"),
    (C, "The conviction was expunged by the Department of Justice in 2021"),
    (P, "a leader of the EFF Students' Command at Wits"),
    (E, "a young Ndebele boy"),
    (S, "My partner Thabo and I"),
],
keep=["Chief Engineer – Grid Planning", "Eskom Transmission", "Limpopo 132 kV strengthening plan",
      "connection studies for 1.4 GW of REIPPPP Bid Window 5 projects", "mentoring first-generation engineers",
      "Senior Engineer, Network Planning, Eskom Distribution", "Engineer-in-Training, City Power Johannesburg",
      "BSc (Eng) Electrical, University of the Witwatersrand", "Pr.Eng (ECSA)", "DIgSILENT PowerFactory"],
contact=["Unit 12, Loftus Mews, 455 Kirkness Street, Arcadia, Pretoria 0083", "071 228 6094",
         "sipho.mahlangu.eng@gmail.com", "Ms van Wyk", "Sipho Mahlangu"],
))

# 037 - UK, Brighton, charity fundraiser, autistic, son, girlfriend, Greens, GMB
CVS.append(dict(
text="""
Rosa Delaney-Hart
Flat 2, 31 Ditchling Rise, Brighton BN1 4QL | 07731 402 659 | rosa.dh@posteo.net

Dear Hiring Manager,

Community Fundraising Manager – Martlets Hospice

Please find my CV attached for the Community Fundraising Manager vacancy. Over seven years at the Sussex Wildlife Trust and then at Mind in Brighton and Hove I have grown community income from £180k to £520k, set up the Brighton Marathon charity-place programme, and trained volunteers in GDPR-compliant door-to-door fundraising.

I'm autistic, and I'd like to mention a couple of small adjustments for the interview: I find it much easier if I know the panel members' names and the format in advance, and if the room is not too noisy. At work I'm reliable, direct and very good with spreadsheets. My son is also autistic, so I'd need to keep Wednesday afternoons for his school appointments, which I have done at Mind without any problem.

In my own time I'm a Green Party member and I've helped on the last two council campaigns in Hanover ward. I'm also a member of the GMB through Mind's recognition agreement. My girlfriend is a nurse at the Royal Sussex, so hospice care is a subject we talk about a lot at home.

At 36, I'm looking for somewhere to stay for the long term.

Best wishes,
Rosa D.-H.

EXPERIENCE
2020–present  Community Fundraising Lead, Mind in Brighton and Hove
2017–2020     Fundraising Officer, Sussex Wildlife Trust
BA (Hons) Geography, University of Sussex · Certificate in Fundraising (Chartered Institute of Fundraising)
""",
sensitive=[
    (H, "I'm autistic"),
    (F, "My son is also autistic"),
    (P, "I'm a Green Party member"),
    (T, "I'm also a member of the GMB"),
    (S, "My girlfriend is a nurse"),
    (D, "At 36"),
],
keep=["Community Fundraising Manager", "Martlets Hospice", "Sussex Wildlife Trust",
      "set up the Brighton Marathon charity-place programme", "trained volunteers in GDPR-compliant door-to-door fundraising",
      "Community Fundraising Lead, Mind in Brighton and Hove", "Fundraising Officer",
      "BA (Hons) Geography, University of Sussex", "Certificate in Fundraising (Chartered Institute of Fundraising)"],
contact=["Rosa Delaney-Hart", "Flat 2, 31 Ditchling Rise, Brighton BN1 4QL", "07731 402 659", "rosa.dh@posteo.net",
         "Rosa D.-H."],
))

# 038 - US, Phoenix, veteran, PTSD, Article 15, LDS, Navajo, DNA repository
CVS.append(dict(
text="""
Marcus Begay
3920 N 24th St, Apt 110, Phoenix, AZ 85016 · (602) 555-0171 · marcus.begay.vet@gmail.com

Dear Hiring Committee,

I am applying for the Veterans Employment Coordinator position with the Arizona Department of Veterans' Services. I served eight years in the U.S. Army as a 68W combat medic, including a 2011 deployment to Kandahar, and for the last five years I have been a VA Work-Study and then Peer Support Specialist at the Phoenix VA Health Care System, placing about 80 veterans a year into jobs and apprenticeships.

Some background that is relevant to the work. I am a citizen of the Navajo Nation and grew up in Chinle. I was treated for PTSD through the VA from 2014 to 2017 and still see a counselor now and then. In 2012 I received an Article 15 for an alcohol-related incident on post, which I own completely; I have been sober for eleven years and I am an active Latter-day Saint. I'm divorced and have two kids in Mesa every other week.

And one thing I like to tell veterans who worry about privacy: the Army still holds my DNA reference sample at the Armed Forces Repository, like everybody's. I help them read the fine print on their own records.

Respectfully,
Marcus Begay
SGT (ret.), U.S. Army

EXPERIENCE
2019–present  Peer Support Specialist, Phoenix VA Health Care System
2017–2019     VA Work-Study, Arizona State University Pat Tillman Veterans Center
2006–2014     Health Care Specialist (68W), U.S. Army, Fort Bliss / Kandahar
B.S. Community Health, Arizona State University (2019) · Certified Peer Specialist (VA) · Mental Health First Aid instructor
""",
sensitive=[
    (E, "I am a citizen of the Navajo Nation"),
    (H, "I was treated for PTSD through the VA from 2014 to 2017 and still see a counselor now and then"),
    (C, "In 2012 I received an Article 15 for an alcohol-related incident on post"),
    (H, "I have been sober for eleven years"),
    (R, "I am an active Latter-day Saint"),
    (F, "I'm divorced and have two kids in Mesa every other week"),
    (G, "the Army still holds my DNA reference sample at the Armed Forces Repository"),
],
keep=["Veterans Employment Coordinator", "Arizona Department of Veterans' Services", "68W combat medic",
      "placing about 80 veterans a year into jobs and apprenticeships", "Peer Support Specialist, Phoenix VA Health Care System",
      "Pat Tillman Veterans Center", "Health Care Specialist (68W), U.S. Army",
      "B.S. Community Health, Arizona State University", "Mental Health First Aid instructor"],
contact=["Marcus Begay", "3920 N 24th St, Apt 110, Phoenix, AZ 85016", "(602) 555-0171", "marcus.begay.vet@gmail.com"],
))

# 039 - Ireland, Dublin, asylum seeker then citizen, Direct Provision, Eurodac, Pentecostal, MASI
CVS.append(dict(
text="""
Blessing Okonjo-Murphy
14 Clonshaugh Drive, Coolock, Dublin 17, D17 P6W2 · 089 442 7310 · blessing.okonjo@gmail.com

To whom it may concern,

Community Development Worker – Dublin City Council Social Inclusion Unit (ref. 23/114)

I am writing to apply for the Community Development Worker post. For five years I have coordinated the New Communities programme at Northside Partnership, running English conversation groups, a women's enterprise course (42 graduates) and the Coolock intercultural festival, and I represented the Partnership on the Local Community Safety Partnership.

I know this work from the inside. I came to Ireland as an asylum seeker from Nigeria in 2014 and spent four years in Direct Provision in Mosney. When I arrived my fingerprints were taken for Eurodac and I remember feeling like a case number; I try never to make anyone feel that way. I became an Irish citizen in 2021. While waiting for my status I campaigned with MASI to end Direct Provision, and I still believe it must end.

My faith kept me going through those years; I am a member of the Redeemed Christian Church of God in Blanchardstown. My husband and I have two children in primary school in Coolock.

Yours faithfully,
Blessing Okonjo-Murphy

EMPLOYMENT
2019–present  New Communities Coordinator, Northside Partnership
2018–2019     Community Employment participant, Coolock Development Council
EDUCATION
BA Community and Youth Work, Maynooth University (part-time, 2022) · QQI Level 6 Community Development
""",
sensitive=[
    (E, "I came to Ireland as an asylum seeker from Nigeria in 2014 and spent four years in Direct Provision in Mosney"),
    (G, "my fingerprints were taken for Eurodac"),
    (E, "I became an Irish citizen in 2021"),
    (P, "I campaigned with MASI to end Direct Provision, and I still believe it must end"),
    (R, "My faith kept me going through those years"),
    (R, "I am a member of the Redeemed Christian Church of God in Blanchardstown"),
    (F, "My husband and I have two children in primary school"),
],
keep=["Community Development Worker", "Dublin City Council Social Inclusion Unit",
      "coordinated the New Communities programme at Northside Partnership", "women's enterprise course",
      "Local Community Safety Partnership", "New Communities Coordinator, Northside Partnership",
      "Community Employment participant, Coolock Development Council",
      "BA Community and Youth Work, Maynooth University", "QQI Level 6 Community Development"],
contact=["Blessing Okonjo-Murphy", "14 Clonshaugh Drive, Coolock, Dublin 17, D17 P6W2", "089 442 7310",
         "blessing.okonjo@gmail.com"],
))

# 040 - Canada, Toronto, older postal worker to dispatcher, hearing loss inherited, CUPW, late partner George, NDP
CVS.append(dict(
text="""
Raymond (Ray) Whitaker
101 Gerrard St E, Apt 804, Toronto ON M5B 2C6
416-555-0138 · ray.whitaker1962@rogers.com

Dear Mr. Chen,

RE: Transit Dispatcher (Part-Time), TTC Wheel-Trans

I'm writing to apply for the part-time Wheel-Trans dispatcher opening. I retired from Canada Post this spring after thirty-four years, the last twelve as a Route Supervisor at the South Central plant, where I scheduled 140 letter carriers a day and handled every snowstorm and detour Toronto could throw at us.

I was born in 1962, so yes, this would be a second career, and I'd like it to be a useful one. I wear two hearing aids. My hearing loss is inherited, the same otosclerosis my father and grandfather had, and with a proper headset I have no trouble on the radio; I would ask that the headset be compatible with my aids' Bluetooth, which most are.

For thirty years I was a CUPW shop steward and then a local officer, and I've been an NDP member for just as long. I'll leave both at the door of the dispatch room.

My late partner, George, used Wheel-Trans for the last three years of his life, which is how I came to admire the people who do this job.

Yours truly,
Ray Whitaker

EMPLOYMENT
2012–2024  Route Supervisor, Canada Post, South Central Processing Plant
1990–2012  Letter Carrier, Canada Post (Toronto)
Ontario Secondary School Diploma · Canada Post Supervisor Development Program · Standard First Aid / CPR-C
""",
sensitive=[
    (D, "I was born in 1962"),
    (H, "I wear two hearing aids"),
    (G, "My hearing loss is inherited, the same otosclerosis my father and grandfather had"),
    (T, "For thirty years I was a CUPW shop steward and then a local officer"),
    (P, "I've been an NDP member for just as long"),
    (S, "My late partner, George,"),
],
keep=["Transit Dispatcher (Part-Time), TTC Wheel-Trans", "Route Supervisor, Canada Post, South Central Processing Plant",
      "scheduled 140 letter carriers a day", "Letter Carrier, Canada Post (Toronto)", "Ontario Secondary School Diploma",
      "Canada Post Supervisor Development Program", "Standard First Aid / CPR-C"],
contact=["Raymond (Ray) Whitaker", "101 Gerrard St E, Apt 804, Toronto ON M5B 2C6", "416-555-0138",
         "ray.whitaker1962@rogers.com", "Mr. Chen", "Ray Whitaker"],
))
