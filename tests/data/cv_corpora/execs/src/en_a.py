from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 001 - UK, headhunter candidate profile, FTSE chair search
BOOK.add("""
CANDIDATE PROFILE — CONFIDENTIAL
Role: Chair, Halden Water plc
Prepared by: Fenwick Lyle Partners (consultant: Imogen Stroud)

Ms Harriet Ashdown, aged 61, is a chartered accountant (FCA, ICAEW) with three decades in listed companies. She was Group Finance Director of Marchmont Retail plc from 2006 to 2015, where she led the sale of the homewares division and rebuilt the treasury function after the 2008 refinancing. Since 2015 she has built a plural portfolio: Non-Executive Chair of Severn Aggregates plc, Senior Independent Director of Oakfield Homes plc, and for six years she chaired the audit committee of Liverpool Hope University, an ecumenical Christian foundation, as a remunerated independent governor.

Board feedback is consistent: calm, numerate, prepared to be unpopular. One referee (Sir Michael Danvers, former chair of Marchmont) described her as "the best-prepared finance director I have worked with".

Personal: Ms Ashdown is married to the journalist Paul Ravensworth; they have two adult daughters. She stood for Parliament as a Liberal Democrat in Winchester in 2005 and has not been politically active since; she raised this herself and sees no conflict with a regulated utility. She also mentioned, without being asked, that she recovered fully from breast cancer treated in 2017 and that genetic testing after diagnosis found no inherited mutation; she has had no time off since. She serves personally as churchwarden of her parish church in Wiltshire.

Availability: three months. Contact via Fenwick Lyle only: imogen.stroud@fenwicklyle.co.uk, +44 20 7946 0312.
""",
    [(A, "aged 61"),
     (F, "married to the journalist Paul Ravensworth"),
     (F, "two adult daughters"),
     (P, "stood for Parliament as a Liberal Democrat in Winchester in 2005"),
     (H, "recovered fully from breast cancer treated in 2017"),
     (G, "genetic testing after diagnosis found no inherited mutation"),
     (R, "serves personally as churchwarden of her parish church")],
    ["FCA, ICAEW", "Group Finance Director of Marchmont Retail plc",
     "led the sale of the homewares division",
     "Non-Executive Chair of Severn Aggregates plc",
     "Senior Independent Director of Oakfield Homes plc",
     "chaired the audit committee of Liverpool Hope University"],
    ["Ms Harriet Ashdown", "Ms Ashdown", "Imogen Stroud", "Sir Michael Danvers",
     "imogen.stroud@fenwicklyle.co.uk", "+44 20 7946 0312"])

# 002 - US, proxy-statement director bio
BOOK.add("""
DANIEL C. OKAFOR
Independent Director | Age 54 | Director since 2019
Committees: Audit (Chair), Finance

Career highlights
• Executive Vice President and Chief Financial Officer, Corvane Industries, Inc. (2014–2023), a $9 billion diversified manufacturer
• Led the $2.1 billion acquisition of Idenex Biometrics, adding fingerprint and iris sensors to Corvane's access-control line
• Vice President, Corporate Controller, Haldwell Foods (2008–2014)
• Began his career on the assembly line at Ford's Chicago Assembly Plant, where he was a UAW member while paying his way through DePaul

Education and credentials: B.S. Accountancy, DePaul University; MBA, The Wharton School; Certified Public Accountant (Illinois)

Other public company boards: Marlow Freight Corp. (since 2021)

Qualifications for Board service: Mr. Okafor brings deep financial reporting and M&A integration experience and qualifies as an "audit committee financial expert" under SEC rules.

Personal: A naturalized U.S. citizen born in Lagos, Nigeria, Mr. Okafor serves on the board of trustees of the Redeemed Christian Church of God North America. He and his wife, Ngozi, live in Oak Brook, Illinois.
""",
    [(A, "Age 54"),
     (U, "he was a UAW member"),
     (E, "A naturalized U.S. citizen born in Lagos, Nigeria"),
     (R, "serves on the board of trustees of the Redeemed Christian Church of God North America"),
     (F, "He and his wife, Ngozi")],
    ["Chief Financial Officer, Corvane Industries, Inc.",
     "Led the $2.1 billion acquisition of Idenex Biometrics",
     "Vice President, Corporate Controller, Haldwell Foods",
     "B.S. Accountancy, DePaul University", "MBA, The Wharton School",
     "Certified Public Accountant (Illinois)", "Marlow Freight Corp.",
     "audit committee financial expert"],
    ["DANIEL C. OKAFOR", "Mr. Okafor", "Oak Brook, Illinois"])

# 003 - UK, Who's Who entry, retired ambassador
BOOK.add("""
PEMBERTON, Sir Alastair Hugh, KCMG 2010 (CMG 2002); HM Diplomatic Service, retired; Chairman, Anglo-Japanese Heritage Trust, since 2016; b 12 Sept. 1952; s of late Hugh Pemberton and Margaret Pemberton (née Lowther); m 1978, Fiona Jane McLeish (marr. diss. 2001); two s one d; civil partnership 2008, Mark Julian Leigh. Educ: Sedbergh Sch.; Balliol Coll., Oxford (BA Lit. Hum. 1974; MA). Entered FCO, 1975; Tokyo, 1977–81; First Sec., UKREP Brussels, 1984–88; Dep. Head, Far Eastern Dept, FCO, 1988–91; Counsellor and Head of Chancery, Seoul, 1991–95; Dir, Asia-Pacific, FCO, 1999–2004; Ambassador to Republic of Korea, 2004–07; HM Ambassador to Japan, 2007–12. Sen. Advr, Nakagawa Trading (Europe), 2013–18; non-exec. Dir, Thistle Pacific Investment Trust plc, 2014–. Contested (C) Bolsover, 1983. Publications: The Long Table: Anglo-Japanese diplomacy since 1945, 2015. Recreations: hill-walking, Noh theatre, the Times crossword. Address: 14 Tregunter Road, London SW10 9LS. Clubs: Carlton, Travellers.
""",
    [(A, "b 12 Sept. 1952"),
     (F, "m 1978, Fiona Jane McLeish (marr. diss. 2001)"),
     (F, "two s one d"),
     (S, "civil partnership 2008, Mark Julian Leigh"),
     (P, "Contested (C) Bolsover, 1983"),
     (P, "Clubs: Carlton")],
    ["KCMG 2010", "Chairman, Anglo-Japanese Heritage Trust", "Balliol Coll., Oxford",
     "Ambassador to Republic of Korea", "HM Ambassador to Japan",
     "non-exec. Dir, Thistle Pacific Investment Trust plc",
     "The Long Table: Anglo-Japanese diplomacy since 1945"],
    ["PEMBERTON, Sir Alastair Hugh", "Hugh Pemberton", "Margaret Pemberton (née Lowther)",
     "14 Tregunter Road, London SW10 9LS"])

# 004 - India, bank MD nomination note
BOOK.add("""
PROFILE — Shri Anand Venkatesh Rao
Managing Director & CEO designate, Konkan Cooperative Bank Ltd. (nomination note for the Board Nomination & Remuneration Committee)

Date of Birth: 02.11.1966
Qualifications: B.Com (Sydenham College, Mumbai); CAIIB; Chartered Accountant (ICAI, 1990); Advanced Management Programme, IIM Bangalore

Career:
1990–2004 State Bank of India — joined as Probationary Officer; Branch Manager, Fort; Chief Manager, Credit. As a scale-I officer he was an active member of AIBOC.
2004–2016 Deccan Commercial Bank — General Manager, Retail Assets; led the bank's Aadhaar-based e-KYC rollout across 1,100 branches, enrolling customer fingerprints at the counter.
2016–present Konkan Cooperative Bank — Executive Director; steered the bank through the RBI's all-inclusive directions in 2019 and the exit from them in 2021.

Fit and proper declaration: no disqualification under Section 10A of the Banking Regulation Act.

Health: underwent coronary bypass surgery in 2020 and resumed full duties after ten weeks.

Family: Married to Dr. Kavita Rao, paediatrician at Jaslok Hospital; one son studying in Pune.

Other: A practising Jain, he is a trustee of the Shree Mahavir Jain Aradhana Kendra, Dadar. Member, Bombay Gymkhana.

Referee: Shri P. K. Iyer, former Chairman, Deccan Commercial Bank (pkiyer.retd@gmail.com).
""",
    [(A, "Date of Birth: 02.11.1966"),
     (U, "he was an active member of AIBOC"),
     (H, "underwent coronary bypass surgery in 2020"),
     (F, "Married to Dr. Kavita Rao, paediatrician at Jaslok Hospital"),
     (F, "one son studying in Pune"),
     (R, "A practising Jain"),
     (R, "trustee of the Shree Mahavir Jain Aradhana Kendra")],
    ["Chartered Accountant (ICAI, 1990)", "CAIIB",
     "Advanced Management Programme, IIM Bangalore", "Probationary Officer",
     "General Manager, Retail Assets",
     "led the bank's Aadhaar-based e-KYC rollout across 1,100 branches",
     "Executive Director"],
    ["Shri Anand Venkatesh Rao", "Shri P. K. Iyer", "pkiyer.retd@gmail.com"])

# 005 - Kenya, shortlist note, health NGO CEO
BOOK.add("""
Executive Search — Shortlist Note
Position: Chief Executive Officer, Mwangaza Health Trust (Nairobi)
Candidate: Grace Achieng Odhiambo
Consultant: Peter Njoroge, Savanna Executive Partners (peter.njoroge@savannaexec.co.ke)

Summary
Grace is currently Regional Director, East Africa for Tumaini Mission Hospitals, a network of nine church-founded hospitals, where she led the merger of Kisumu Mission Hospital and St Luke's Maseno into a single 420-bed referral facility in 2021. Before that she spent eight years with the Ministry of Health as Deputy Director, Health Financing, designing the NHIF outpatient capitation pilot.

Born 1971 in Homa Bay, she trained as a teacher and taught at Ng'iya Girls for four years, a member of KNUT throughout, before an MBA at Strathmore University and CPA-K. She is married with three children.

Points for the panel
• She was an ODM aspirant for Kisumu Central in the 2017 nominations; she withdrew and has no current party role.
• In 2008 she was arrested and charged with incitement after post-election protests in Kisumu; the charge was withdrawn in 2009. She disclosed this at first interview.
• She lives with type 1 diabetes and manages it with a pump; it has never affected attendance.

Key achievements
• Cut Tumaini's drug stock-outs from 31% to 6% through pooled procurement
• Raised KES 1.2bn from three donors for the Maseno maternity wing

Referees: Dr. Esther Wambui (Chair, Tumaini board), Mr. Joseph Kiprono (former PS Health).
""",
    [(A, "Born 1971"),
     (U, "a member of KNUT throughout"),
     (F, "She is married with three children"),
     (P, "She was an ODM aspirant for Kisumu Central in the 2017 nominations"),
     (C, "she was arrested and charged with incitement after post-election protests in Kisumu; the charge was withdrawn in 2009"),
     (H, "She lives with type 1 diabetes")],
    ["Regional Director, East Africa for Tumaini Mission Hospitals",
     "led the merger of Kisumu Mission Hospital and St Luke's Maseno",
     "Deputy Director, Health Financing", "MBA at Strathmore University", "CPA-K",
     "Cut Tumaini's drug stock-outs from 31% to 6%",
     "Raised KES 1.2bn from three donors for the Maseno maternity wing"],
    ["Grace Achieng Odhiambo", "Peter Njoroge", "peter.njoroge@savannaexec.co.ke",
     "Dr. Esther Wambui", "Mr. Joseph Kiprono"])

# 006 - Hong Kong, headhunter assessment, CIO
BOOK.add("""
CONFIDENTIAL — CANDIDATE ASSESSMENT
Search: Chief Investment Officer, Asia (family office, Hong Kong)
Candidate: Mr Raymond Ho Ka-wai
Assessed by: Clarissa Fong, Partner, Pemberley Search Asia

Background. Mr Ho, aged 49, is Chief Investment Officer of Harbourgate Asset Management, where he has run the Asia ex-Japan equities book since 2012 (US$6.4bn AUM, top-quartile over five and ten years). Earlier: portfolio manager at Kinsale Capital (2005–12); equity analyst, Goldman Sachs Hong Kong (1998–2005). BBA (HKU), CFA charterholder, SFC Responsible Officer (Type 9).

Fit. Strong on governance; he rebuilt Harbourgate's investment committee after the 2015 drawdown and introduced a formal sell discipline. Less experience of private credit, which the client wants to add in 2026.

Personal circumstances (volunteered). He holds both a BN(O) passport and Canadian citizenship, which he says matters for his travel pattern. Divorced; one daughter at school in Vancouver. He lives with his partner, David Lam, an architect, in Mid-Levels, and asked whether the family office's medical cover extends to same-sex partners. He also mentioned that after his father's early death he took a genetic test for familial hypercholesterolaemia, which was positive; he is on statins and regards it as settled.

Compensation expectation: HK$9.5m base plus carry.
References to be taken: Ms Joanne Tsui (ex-CEO Harbourgate), +852 2877 4410.
""",
    [(A, "aged 49"),
     (E, "He holds both a BN(O) passport and Canadian citizenship"),
     (F, "Divorced; one daughter at school in Vancouver"),
     (S, "He lives with his partner, David Lam"),
     (S, "asked whether the family office's medical cover extends to same-sex partners"),
     (G, "took a genetic test for familial hypercholesterolaemia, which was positive"),
     (H, "he is on statins")],
    ["Chief Investment Officer of Harbourgate Asset Management", "US$6.4bn AUM",
     "portfolio manager at Kinsale Capital", "equity analyst, Goldman Sachs Hong Kong",
     "BBA (HKU)", "CFA charterholder", "SFC Responsible Officer (Type 9)",
     "rebuilt Harbourgate's investment committee"],
    ["Mr Raymond Ho Ka-wai", "Mr Ho", "Clarissa Fong", "Ms Joanne Tsui", "+852 2877 4410"])

# 007 - Singapore, statutory-board appointment bio
BOOK.add("""
Mr Lim Boon Keat
Board Member, Straits Maritime Authority (appointed 1 April 2024)

Mr Lim, aged 56, is Permanent Secretary (Defence Development) at the Ministry of Defence. A President's Scholar and SAF Overseas Scholar, he read Engineering at Cambridge and holds a Master in Public Administration from the Harvard Kennedy School.

He served in the Republic of Singapore Navy until 2006, commanding the frigate RSS Tenacious, before joining the Administrative Service. At the Ministry of Home Affairs he was Deputy Secretary (Development), responsible for the tender and rollout of the national biometric border-clearance system at Changi and Woodlands, and later Chief Executive of the Home Team Science and Technology Agency. He has been Permanent Secretary since 2019.

He was awarded the Public Administration Medal (Gold) in 2017.

In his personal time Mr Lim, a Methodist, is a lay preacher at Wesley Methodist Church. During his navy years he was a member of the Amalgamated Union of Public Employees and kept up the membership into his first Administrative Service posting. He is married to Dr Chua Mei Ling, a paediatrician, and they have three children.

Contact: Board Secretariat, SMA — boardsec@sma.gov.sg
""",
    [(A, "aged 56"),
     (R, "a Methodist, is a lay preacher at Wesley Methodist Church"),
     (U, "he was a member of the Amalgamated Union of Public Employees"),
     (F, "He is married to Dr Chua Mei Ling, a paediatrician, and they have three children")],
    ["Permanent Secretary (Defence Development)", "President's Scholar",
     "Master in Public Administration from the Harvard Kennedy School",
     "commanding the frigate RSS Tenacious",
     "responsible for the tender and rollout of the national biometric border-clearance system",
     "Chief Executive of the Home Team Science and Technology Agency",
     "Public Administration Medal (Gold)"],
    ["Mr Lim Boon Keat", "boardsec@sma.gov.sg"])

# 008 - UAE, candidate brief, private banking MD
BOOK.add("""
Candidate Brief — Managing Director, Head of Private Banking (MENA)
Client: confidential Tier-1 bank, DIFC
Candidate: Nadine Khoury-Lefebvre
Prepared by: Oliver Marsh, Harcourt Gulf Search, Dubai (+971 4 389 2210)

Current role: Managing Director, Head of Private Banking MENA, Alpine Crest Bank (DIFC branch), since 2019. Team of 46 relationship managers; client assets grew from US$7.8bn to US$13.1bn; net new money positive every quarter.

Previous: Director, Ultra-High-Net-Worth, Banque Levant Suisse, Geneva (2011–19); Associate, Corporate Finance, Deloitte Beirut (2004–11).

Product depth: structured sukuk programmes for GCC family groups; Sharia-compliant discretionary mandates; she co-chaired the bank's Islamic finance product committee.

Education: ESSEC MBA; CFA charterholder; DFSA licensed (Authorised Individual).

Personal: Aged 46. She is a Lebanese-Canadian dual national. She sits in a personal capacity on the parish council of St Mary's Catholic Church, Dubai. She is the mother of eight-year-old twins and her husband is relocating with her. She told us she carries a BRCA1 mutation, found on testing in 2018, and had a preventive double mastectomy the following year; she wanted it on record because it explains a four-month leave.

Motivation: wants a platform with a proper onshore Saudi licence.

Our view: strong shortlist candidate; references from Mr Karim Haddad (ex-CEO, Banque Levant Suisse) to follow.
""",
    [(A, "Aged 46"),
     (E, "a Lebanese-Canadian dual national"),
     (R, "sits in a personal capacity on the parish council of St Mary's Catholic Church, Dubai"),
     (F, "She is the mother of eight-year-old twins and her husband is relocating with her"),
     (G, "she carries a BRCA1 mutation, found on testing in 2018"),
     (H, "had a preventive double mastectomy the following year")],
    ["Managing Director, Head of Private Banking MENA, Alpine Crest Bank",
     "Director, Ultra-High-Net-Worth, Banque Levant Suisse",
     "Associate, Corporate Finance, Deloitte Beirut",
     "structured sukuk programmes for GCC family groups",
     "co-chaired the bank's Islamic finance product committee",
     "ESSEC MBA", "CFA charterholder", "DFSA licensed (Authorised Individual)"],
    ["Nadine Khoury-Lefebvre", "Oliver Marsh", "+971 4 389 2210", "Mr Karim Haddad"])

# 009 - Australia, NED CV with disclosure of interests
BOOK.add("""
Joanne Whitlock GAICD FCPA
Non-executive director | Melbourne
joanne.whitlock@bigpond.com | 0412 558 903

Current boards
• Chair, Audit and Risk Committee — Coastline Water Corporation (Victorian Government appointment, 2020–)
• Non-executive Director — Yarra Valley Grain Co-operative (2018–)
• Council member — Australian Catholic University (remunerated; Chair, Finance Committee)

Executive career
• CFO, Portside Logistics Ltd (ASX: PSL), 2009–2017 — led the A$380m sale of the cold-chain division
• Finance Director, Telstra Wholesale, 2003–2009
• Seconded to the Department of Communications, 2008–09, where she advised the Rudd Labor government on the NBN rollout costing

Qualifications: BCom (University of Melbourne); FCPA; GAICD; Chartered Tax Adviser

Disclosure of interests (as supplied to the Coastline Water nomination panel)
1. Member of the Liberal Party of Australia since 1990; no office held.
2. Personal donation of $12,000 to the party's Victorian division, FY2022 (disclosed to the AEC).
3. Spouse: Greg Whitlock, retired orthopaedic surgeon; no dealings with Coastline Water.
4. Health: I tested positive for a BRCA2 variant in 2016 and had risk-reducing surgery; no effect on availability.
5. No bankruptcies.

Personal: three adult sons; grandmother of two; keen Audax cyclist.
""",
    [(P, "Member of the Liberal Party of Australia since 1990"),
     (P, "Personal donation of $12,000 to the party's Victorian division"),
     (F, "Spouse: Greg Whitlock, retired orthopaedic surgeon"),
     (G, "I tested positive for a BRCA2 variant in 2016"),
     (H, "had risk-reducing surgery"),
     (F, "three adult sons; grandmother of two")],
    ["Chair, Audit and Risk Committee — Coastline Water Corporation",
     "Non-executive Director — Yarra Valley Grain Co-operative",
     "Council member — Australian Catholic University (remunerated; Chair, Finance Committee)",
     "CFO, Portside Logistics Ltd", "led the A$380m sale of the cold-chain division",
     "Finance Director, Telstra Wholesale",
     "advised the Rudd Labor government on the NBN rollout costing",
     "BCom (University of Melbourne)", "Chartered Tax Adviser"],
    ["Joanne Whitlock", "joanne.whitlock@bigpond.com", "0412 558 903"])

# 010 - UK, NHS trust register of interests, chief executive
BOOK.add("""
St Helier & Epsom University Hospitals NHS Trust
Register of Board Members' Interests 2024/25 — extract

Name: Dr Ruth Ashby MRCP MBA
Position: Chief Executive (voting board member)
Date of declaration: 02/04/2024

Career summary (for the annual report): Dr Ashby trained in respiratory medicine at King's and was a consultant at Croydon University Hospital until 2012. She became Medical Director at Kingston Hospital and then Chief Executive here in 2019. She led the merger of the Epsom and St Helier acute services onto the new Sutton specialist emergency care site, and chaired the South West London Acute Provider Collaborative. She is the national clinical lead for NHS England's virtual wards programme.

Declared interests
a) Directorships: none outside the Trust.
b) Non-executive roles: Trustee, Sutton Carers' Centre (unpaid).
c) Memberships: Member, British Medical Association; Fellow, Royal College of Physicians.
d) Loyalty interests: Spouse, Dr Anna Ferreira, is a consultant radiologist at Kingston Hospital NHS Foundation Trust. Trustee, Kingston Liberal Synagogue (personal capacity, unpaid).
e) Political activity: Member of the Labour Party; holds no office.
f) Convictions: caution for obstructing a police officer at a 1990 poll tax demonstration (spent).
g) Gifts and hospitality: none over £50.

Signed: R. Ashby   Contact: ruth.ashby@nhs.net
""",
    [(U, "Member, British Medical Association"),
     (S, "Spouse, Dr Anna Ferreira"),
     (R, "Trustee, Kingston Liberal Synagogue (personal capacity, unpaid)"),
     (P, "Member of the Labour Party; holds no office"),
     (C, "caution for obstructing a police officer at a 1990 poll tax demonstration (spent)")],
    ["Chief Executive (voting board member)", "Medical Director at Kingston Hospital",
     "led the merger of the Epsom and St Helier acute services",
     "chaired the South West London Acute Provider Collaborative",
     "national clinical lead for NHS England's virtual wards programme",
     "Trustee, Sutton Carers' Centre (unpaid)", "Fellow, Royal College of Physicians"],
    ["Dr Ruth Ashby", "Dr Ashby", "R. Ashby", "ruth.ashby@nhs.net"])
