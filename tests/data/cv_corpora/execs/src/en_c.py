from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 021 - Singapore, search profile, hospital CEO
BOOK.add("""
Search Assignment: Chief Executive Officer, Kallang General Hospital (public healthcare cluster)
Candidate profile prepared by Marcus Teo, Meridian Talent Asia (marcus.teo@meridiantalent.sg)

Dr Kavitha Ramasamy, age 55, is currently Chief Operating Officer of Eastern Community Hospital. She led the hospital merger of Eastern Community and Bedok Polyclinic Services into one regional health system in 2022 and directed the 2020–21 COVID-19 dormitory medical posts.

She trained at NUS (MBBS 1994) and holds an MMed (Public Health) and the FAMS. She was earlier Director of Medical Affairs at Tan Tock Seng and spent two years on secondment to the Ministry of Health's hospital services division.

Observations
• Commands loyalty; delegates well; steady with unions — she chaired management's side in the 2019 collective agreement with the Healthcare Services Employees' Union.
• Limited experience of philanthropic fundraising.

Personal (shared by candidate): She is a Malaysian citizen and Singapore permanent resident of 25 years. A practising Hindu, she serves on the management committee of the Sri Srinivasa Perumal Temple. She volunteered for the SG100K study and had her genome sequenced; she mentioned it as an interest rather than a health matter. Married to a Singaporean engineer; no children.

Referee: Prof Alan Goh (Chair, Eastern Community Hospital) — +65 6788 1423.
""",
    [(A, "age 55"),
     (E, "She is a Malaysian citizen and Singapore permanent resident of 25 years"),
     (R, "A practising Hindu"),
     (R, "serves on the management committee of the Sri Srinivasa Perumal Temple"),
     (G, "volunteered for the SG100K study and had her genome sequenced"),
     (F, "Married to a Singaporean engineer; no children")],
    ["Chief Operating Officer of Eastern Community Hospital",
     "led the hospital merger of Eastern Community and Bedok Polyclinic Services",
     "directed the 2020–21 COVID-19 dormitory medical posts",
     "NUS (MBBS 1994)", "MMed (Public Health)",
     "Director of Medical Affairs at Tan Tock Seng",
     "chaired management's side in the 2019 collective agreement with the Healthcare Services Employees' Union"],
    ["Marcus Teo", "marcus.teo@meridiantalent.sg", "Dr Kavitha Ramasamy", "Prof Alan Goh",
     "+65 6788 1423"])

# 022 - UAE, sovereign fund executive, sparse
BOOK.add("""
MOHAMMED SAEED AL KETBI
Executive Director, Real Assets — Sadeem Investment Authority, Abu Dhabi
P.O. Box 3600, Abu Dhabi, UAE · m.alketbi@sadeem.ae · +971 2 614 7700

Born 1972, Emirati national.

Experience
2016–present  Executive Director, Real Assets, Sadeem Investment Authority
  – Oversees a US$38bn portfolio of infrastructure, logistics and hospitality assets in 14 countries
  – Led the co-investment with a Canadian pension plan in the Port of Valencia terminal concession
  – Chairs the Real Assets Investment Committee; board member of four portfolio companies
2008–2016  Director, Infrastructure, Mubadala Development Company
2000–2008  Engineer, then Project Manager, Abu Dhabi National Oil Company (ADNOC)

Education
MBA, London Business School (2008)
BSc Civil Engineering, United Arab Emirates University (1995)

Boards: Emirates Logistics Holding PJSC (Vice Chairman); Khalifa University Endowment (Trustee)

Other: participant in the Emirati Genome Programme since 2022.
Languages: Arabic (native), English (fluent), French (working).
""",
    [(A, "Born 1972"),
     (E, "Emirati national"),
     (G, "participant in the Emirati Genome Programme since 2022")],
    ["Executive Director, Real Assets, Sadeem Investment Authority",
     "Oversees a US$38bn portfolio of infrastructure, logistics and hospitality assets",
     "Led the co-investment with a Canadian pension plan in the Port of Valencia terminal concession",
     "Director, Infrastructure, Mubadala Development Company",
     "Abu Dhabi National Oil Company (ADNOC)", "MBA, London Business School",
     "BSc Civil Engineering, United Arab Emirates University",
     "Emirates Logistics Holding PJSC (Vice Chairman)"],
    ["MOHAMMED SAEED AL KETBI", "P.O. Box 3600, Abu Dhabi, UAE", "m.alketbi@sadeem.ae",
     "+971 2 614 7700"])

# 023 - UK, law-firm partner web bio, no sensitive mention
BOOK.add("""
Eleanor Vance-Whitby
Partner, Financial Crime and Investigations
Ashford Lane LLP, 1 Fleet Place, London EC4M 7RA
T +44 20 3060 4455 · eleanor.vance-whitby@ashfordlane.com

Eleanor is a partner in our Financial Crime and Investigations group. She advises companies and senior individuals facing investigation by the Serious Fraud Office, the FCA and overseas authorities, and has represented defendants in criminal cases arising from LIBOR, FX and overseas bribery. She negotiated two of the UK's deferred prosecution agreements and has led internal investigations in 23 countries.

She also advises pension trustees: she is counsel to the trustees of a trade union pension scheme in its claim against a former fiduciary manager, and advised a Catholic university on a safeguarding investigation commissioned by its governing body.

Before joining Ashford Lane in 2014 she was a Senior Lawyer at the SFO and, earlier, a prosecutor in the CPS Specialist Fraud Division.

Recognition
• Chambers UK, Band 1, Financial Crime: Corporates
• Legal 500 Hall of Fame
• Women in White Collar Law, Lifetime Achievement Award 2023

Education and admissions
BA Jurisprudence, University of Oxford; admitted as a solicitor 2004; Solicitor-Advocate (Higher Rights, Criminal).
""",
    [],
    ["Partner, Financial Crime and Investigations",
     "represented defendants in criminal cases arising from LIBOR, FX and overseas bribery",
     "negotiated two of the UK's deferred prosecution agreements",
     "counsel to the trustees of a trade union pension scheme",
     "advised a Catholic university on a safeguarding investigation",
     "Senior Lawyer at the SFO", "CPS Specialist Fraud Division",
     "Chambers UK, Band 1, Financial Crime: Corporates",
     "BA Jurisprudence, University of Oxford",
     "Solicitor-Advocate (Higher Rights, Criminal)"],
    ["Eleanor Vance-Whitby", "1 Fleet Place, London EC4M 7RA", "+44 20 3060 4455",
     "eleanor.vance-whitby@ashfordlane.com"])

# 024 - US, law school dean's official bio
BOOK.add("""
GREAT LAKES UNIVERSITY SCHOOL OF LAW — OFFICE OF THE DEAN
Dean Margaret "Meg" Collins

Margaret Collins became the twelfth Dean of Great Lakes University School of Law in 2020. A scholar of federal Indian law and civil procedure, she is the author of Sovereign Ground: Tribal Courts and the Federal Bench (Oxford University Press, 2016) and more than thirty articles.

Dean Collins clerked for Judge Harold Wexler on the U.S. Court of Appeals for the Tenth Circuit and practiced at Arnold & Porter in Washington before joining the Great Lakes faculty in 2007. As dean she launched the Tribal Justice Clinic, doubled the school's loan-repayment assistance program and served as sponsor of the university's DEI programme for graduate schools.

She holds a J.D. from Yale Law School and a B.A. from the University of Oklahoma, the first in her family to attend college. She is an enrolled citizen of the Cherokee Nation. Arrested at a 1988 sit-in at the Oklahoma state capitol as an undergraduate, she had the misdemeanor charge dismissed and has written about it in her essays. She served on the Obama for America national finance committee in 2012 and was a long-time AAUP chapter member on the faculty side.

Dean Collins and her wife, Judge Maria Ortiz of the Michigan Court of Appeals, live in Ann Arbor with their two sons.

Office of the Dean: 734-555-0120 · lawdean@greatlakes.edu
""",
    [(E, "an enrolled citizen of the Cherokee Nation"),
     (C, "Arrested at a 1988 sit-in at the Oklahoma state capitol as an undergraduate, she had the misdemeanor charge dismissed"),
     (P, "She served on the Obama for America national finance committee in 2012"),
     (U, "a long-time AAUP chapter member"),
     (S, "her wife, Judge Maria Ortiz"),
     (F, "their two sons")],
    ["Dean of Great Lakes University School of Law",
     "Sovereign Ground: Tribal Courts and the Federal Bench",
     "U.S. Court of Appeals for the Tenth Circuit", "practiced at Arnold & Porter",
     "launched the Tribal Justice Clinic",
     "served as sponsor of the university's DEI programme for graduate schools",
     "J.D. from Yale Law School", "B.A. from the University of Oklahoma"],
    ["Margaret \"Meg\" Collins", "Margaret Collins", "Dean Collins", "Judge Harold Wexler",
     "734-555-0120", "lawdean@greatlakes.edu"])

# 025 - Canada, conservation NGO director, resume with disclosure
BOOK.add("""
RUTH ABERNETHY
Ottawa, ON · ruth.abernethy@northernrivers.ca · 613-555-0192

Executive Director with 20 years in conservation and land trusts, applying for CEO, Canadian Wildlands Foundation.

EXPERIENCE
Executive Director, Northern Rivers Conservation Alliance, Ottawa (2014–present)
– Led the merger of two land trusts (Rideau Lands Trust and Gatineau Hills Conservancy) in 2017
– Grew annual revenue from $3.1M to $11.4M; secured 41,000 hectares under conservation agreement
– Negotiated co-management agreements with three Algonquin First Nations
Director of Development, Nature Ontario (2008–2014)
Campaigner, Western Canada Wilderness Committee, Vancouver (1999–2008)

EDUCATION & CREDENTIALS
MA Environmental Studies, York University · CFRE (Certified Fund Raising Executive) · ICD.D, Institute of Corporate Directors

FULL DISCLOSURE (as your search firm requested)
In 1993 I was convicted of mischief for my part in the Clayoquot Sound blockades; I received a record suspension in 2002. I've been a member of the NDP since 1995 and ran for the party in Ottawa Centre in 2011. I'm 56. My wife, Jo, teaches at Carleton; between us we have three grown children.

REFERENCES
Dr. Harold Amos, Board Chair, Northern Rivers (613-555-0148); Ms Linda Commanda, former Executive Director, Nature Ontario
""",
    [(C, "In 1993 I was convicted of mischief for my part in the Clayoquot Sound blockades"),
     (C, "I received a record suspension in 2002"),
     (P, "I've been a member of the NDP since 1995"),
     (P, "ran for the party in Ottawa Centre in 2011"),
     (A, "I'm 56"),
     (S, "My wife, Jo"),
     (F, "between us we have three grown children")],
    ["Executive Director, Northern Rivers Conservation Alliance",
     "Led the merger of two land trusts",
     "Negotiated co-management agreements with three Algonquin First Nations",
     "Director of Development, Nature Ontario",
     "Campaigner, Western Canada Wilderness Committee",
     "MA Environmental Studies, York University",
     "CFRE (Certified Fund Raising Executive)",
     "ICD.D, Institute of Corporate Directors"],
    ["RUTH ABERNETHY", "Ottawa, ON", "ruth.abernethy@northernrivers.ca", "613-555-0192",
     "Dr. Harold Amos", "613-555-0148", "Ms Linda Commanda"])

# 026 - India, consulting partner
BOOK.add("""
ANJALI MARIAM THOMAS
Partner, Deccan Strategy Partners | Bengaluru
anjali.thomas@deccanstrategy.in | +91 98450 31177 | linkedin.com/in/anjalimthomas

PROFILE
Strategy partner (public sector and health) with 19 years' experience. Age: 44 years. Leads the firm's government practice (70 consultants).

KEY ENGAGEMENTS
• Karnataka Department of Personnel: designed and led the Aadhaar-linked biometric attendance project for 5.2 lakh state employees
• Merger of two state-run medical colleges into a single health sciences university (2021–22)
• National Health Authority: claims-fraud analytics for PM-JAY, saving an estimated ₹1,100 crore
• Turnaround of a Kerala cooperative dairy federation

CAREER
2017–now  Partner, Deccan Strategy Partners
2010–2017 Engagement Manager → Associate Partner, McKinsey & Company, Delhi
2006–2008 Analyst, Infosys Consulting

EDUCATION
PGP, IIM Ahmedabad (2010) · B.Tech (Electrical), IIT Madras (2006)

PERSONAL
From a Syrian Christian family in Kottayam; I still sing in the Mar Thoma parish choir in Indiranagar on Sundays. Married in 2008; one daughter. I was tested for beta-thalassaemia trait before marriage (carrier) and now speak at the state's screening campaign. Recovering from a slipped disc that kept me off flights for four months in 2023.
""",
    [(A, "Age: 44 years"),
     (R, "From a Syrian Christian family in Kottayam"),
     (R, "I still sing in the Mar Thoma parish choir in Indiranagar on Sundays"),
     (F, "Married in 2008; one daughter"),
     (G, "I was tested for beta-thalassaemia trait before marriage (carrier)"),
     (H, "a slipped disc that kept me off flights for four months in 2023")],
    ["Partner, Deccan Strategy Partners",
     "designed and led the Aadhaar-linked biometric attendance project for 5.2 lakh state employees",
     "Merger of two state-run medical colleges into a single health sciences university",
     "claims-fraud analytics for PM-JAY",
     "Engagement Manager → Associate Partner, McKinsey & Company",
     "Analyst, Infosys Consulting", "PGP, IIM Ahmedabad",
     "B.Tech (Electrical), IIT Madras"],
    ["ANJALI MARIAM THOMAS", "anjali.thomas@deccanstrategy.in", "+91 98450 31177",
     "linkedin.com/in/anjalimthomas"])

# 027 - Australia, medical services director, statement to appointments panel
BOOK.add("""
Dr Leanne Carberry MBBS FRACMA
Executive Director Medical Services
Western Plains Local Health District, Dubbo NSW
leanne.carberry@health.nsw.gov.au | 0428 716 390

Statement for the Board Appointments Panel — Chief Executive, Western Plains LHD

I am a Wiradjuri woman from Wellington, a rural generalist by training and a medical administrator for the last twelve years. I have led this district's medical workforce through two bushfire seasons, the 2022 floods and the redevelopment of Dubbo Base Hospital's Stage 4 cancer and renal services.

Achievements
- Cut rural locum spend by 37% through a single-employer rural generalist pathway (now adopted statewide)
- Led the clinical case for the merger of Mudgee and Gulgong hospital services into one multipurpose network
- Co-chaired the NSW Aboriginal Health Workforce Taskforce
- Negotiated the 2021 staff specialists' award implementation with ASMOF on behalf of the LHD

Qualifications
MBBS (UNSW, 1999); FACRRM; FRACMA (2013); Master of Health Management (UNE)

About me
I have lived with multiple sclerosis since 2009; it is relapsing-remitting and well controlled, and I disclose it because rural doctors with a disability need to see it done. I am also a member of ASMOF myself and have been since my registrar years. I am a sole parent of two teenagers.

Referees: Prof Ian Dawes (Chair, WPLHD Board); Ms Georgia Nguyen (Chief Executive, Hunter New England LHD)
""",
    [(E, "I am a Wiradjuri woman"),
     (H, "I have lived with multiple sclerosis since 2009"),
     (U, "I am also a member of ASMOF myself and have been since my registrar years"),
     (F, "I am a sole parent of two teenagers")],
    ["Executive Director Medical Services",
     "redevelopment of Dubbo Base Hospital's Stage 4 cancer and renal services",
     "Cut rural locum spend by 37%",
     "Led the clinical case for the merger of Mudgee and Gulgong hospital services",
     "Co-chaired the NSW Aboriginal Health Workforce Taskforce",
     "Negotiated the 2021 staff specialists' award implementation with ASMOF on behalf of the LHD",
     "MBBS (UNSW, 1999)", "Master of Health Management (UNE)"],
    ["Dr Leanne Carberry", "leanne.carberry@health.nsw.gov.au", "0428 716 390",
     "Prof Ian Dawes", "Ms Georgia Nguyen"])

# 028 - UK, financial-services search summary, investment banker
BOOK.add("""
Hawthorne Partners — Financial Services Practice
Confidential candidate summary for the Nominations Committee

Candidate: James Whitfield-Carr
Role: Head of EMEA Leveraged Finance (MD), reporting to Global Head of Capital Markets
Consultant: Rebecca Sinclair (rebecca.sinclair@hawthornepartners.com)

Career
• Managing Director, Leveraged Finance, Brookfield Sterling (2017–present): origination lead on the £1.8bn refinancing of Calder Care Homes and the €2.3bn LBO financing of Nordvik Telecom
• Director, Acquisition Finance, Barclays Investment Bank (2010–2017)
• Graduate analyst, Lazard (2002–2004); associate, Rothschild & Co (2004–2010)
Education: MA PPE, Oxford; CFA Level III

Assessment
James is 44. Excellent sponsor coverage (Permira, CVC, Cinven); trusted by credit committees. Sometimes too blunt with juniors — the 2022 360 review flagged it and he has had coaching.

Personal and regulatory
• Dual British–Irish citizen.
• He is openly gay, co-founded the bank's LGBT+ network and is married to Matthew Ellis, a theatre producer.
• A caution for possession of cannabis at university (1999) was disclosed on his SMF application; the FCA approved him as SMF24 in 2021 without conditions.

Recommendation: proceed to final round.
""",
    [(A, "James is 44"),
     (E, "Dual British–Irish citizen"),
     (S, "He is openly gay"),
     (S, "co-founded the bank's LGBT+ network"),
     (S, "married to Matthew Ellis, a theatre producer"),
     (C, "A caution for possession of cannabis at university (1999)")],
    ["Managing Director, Leveraged Finance, Brookfield Sterling",
     "£1.8bn refinancing of Calder Care Homes",
     "€2.3bn LBO financing of Nordvik Telecom",
     "Director, Acquisition Finance, Barclays Investment Bank",
     "associate, Rothschild & Co", "MA PPE, Oxford", "CFA Level III",
     "approved him as SMF24"],
    ["James Whitfield-Carr", "Rebecca Sinclair", "rebecca.sinclair@hawthornepartners.com"])

# 029 - US, food bank CEO resume
BOOK.add("""
MICHAEL J. DONNELLY
Chief Executive Officer | Great Plains Food Network, Omaha, NE
mdonnelly@gpfoodnetwork.org · (402) 555-0175

Born 1958. Thirty years in logistics and nonprofit leadership.

EXPERIENCE
CEO, Great Plains Food Network (2011–present)
- Grew distribution from 18 to 71 million pounds a year across 93 counties
- Executive sponsor of our DEI programme and of the bilingual client-services redesign
- Led the merger with Council Bluffs Community Pantry Alliance (2019)
VP Operations, Heartland Freight Lines (1996–2011)
Driver, then dispatcher, Consolidated Freightways (1979–1996) — a card-carrying Teamster for all of those years, and I still keep the card

EDUCATION
BS Business Administration, University of Nebraska Omaha (night school, 1994)
Certified Nonprofit Professional (CNP)

COMMUNITY
Board, Omaha Chamber of Commerce; Board, Feeding America Midwest Council
A Knight of Columbus (Council 4411) and usher at St. Cecilia Cathedral

PERSONAL
Father of five, grandfather of nine. I have been in recovery from alcoholism for 22 years; the 1994 DUI that came with it is on my record and I tell every board about it.

REFERENCES
Sister Maureen Keogh, former board chair — (402) 555-0103
Mr. David Ostrander, President, Heartland Freight Lines
""",
    [(A, "Born 1958"),
     (U, "a card-carrying Teamster for all of those years, and I still keep the card"),
     (R, "A Knight of Columbus (Council 4411) and usher at St. Cecilia Cathedral"),
     (F, "Father of five, grandfather of nine"),
     (H, "I have been in recovery from alcoholism for 22 years"),
     (C, "the 1994 DUI that came with it is on my record")],
    ["CEO, Great Plains Food Network",
     "Grew distribution from 18 to 71 million pounds a year",
     "Executive sponsor of our DEI programme",
     "Led the merger with Council Bluffs Community Pantry Alliance",
     "VP Operations, Heartland Freight Lines",
     "BS Business Administration, University of Nebraska Omaha",
     "Certified Nonprofit Professional (CNP)",
     "Board, Feeding America Midwest Council"],
    ["MICHAEL J. DONNELLY", "mdonnelly@gpfoodnetwork.org", "(402) 555-0175",
     "Sister Maureen Keogh", "(402) 555-0103", "Mr. David Ostrander"])

# 030 - UK, Who's Who entry, building society chairman
BOOK.add("""
HEATON-BRAYSHAW, Geoffrey William, OBE 2012; DL; Chairman, Dales Building Society, since 2017; b 9 Jan. 1951; s of Ronald Brayshaw and Edna (née Heaton); m 1975, Margaret Ann Whitely; one s two d. Educ: Ermysted's Grammar Sch., Skipton; Univ. of Leeds (BA Econ). ACIB 1976. Yorkshire Bank, 1972–89 (Area Dir, 1985–89); Bradford & Bingley: Gen. Manager, Retail, 1989–97; Dir of Ops, 1997–2003; Chief Exec., Craven Mutual Bldg Soc., 2003–15 (led merger with Wharfedale BS, 2009). Non-exec. Dir, Yorkshire Water Services, 2012–20. Member (C), Harrogate BC, 1990–98. Freemason: Past Master, Craven Lodge No. 810; Provincial Grand Warden, West Riding. Bound over to keep the peace, Skipton Magistrates, 1972 (student protest). High Sheriff, N Yorks, 2018–19. Recreations: fell-walking, brass bands, Yorkshire cricket. Address: Lowfield House, Gargrave, Skipton BD23 3NP. Club: Yorkshire County Cricket.
""",
    [(A, "b 9 Jan. 1951"),
     (F, "m 1975, Margaret Ann Whitely"),
     (F, "one s two d"),
     (P, "Member (C), Harrogate BC, 1990–98"),
     (R, "Freemason: Past Master, Craven Lodge No. 810; Provincial Grand Warden, West Riding"),
     (C, "Bound over to keep the peace, Skipton Magistrates, 1972 (student protest)")],
    ["OBE 2012", "Chairman, Dales Building Society", "Univ. of Leeds (BA Econ)",
     "ACIB 1976", "Gen. Manager, Retail", "Chief Exec., Craven Mutual Bldg Soc.",
     "led merger with Wharfedale BS, 2009", "Non-exec. Dir, Yorkshire Water Services",
     "High Sheriff, N Yorks, 2018–19"],
    ["HEATON-BRAYSHAW, Geoffrey William", "Ronald Brayshaw", "Edna (née Heaton)",
     "Lowfield House, Gargrave, Skipton BD23 3NP"])
