CVS = [
dict(id="office-en-011", text="""
Tom Ashworth-Reid
Sales and Lettings Negotiator
Flat 3, 88 Brixton Hill, London SW2 1QN  ·  07412 550 981  ·  tomashworthreid@icloud.com

Age 26 · Full UK driving licence · ARLA Propertymark Level 3

PROFILE
Four years selling and letting flats in south London. I pick up the phone, I follow up, and my vendors know where they stand every Friday. Currently the top-billing negotiator in a three-branch independent.

EXPERIENCE

Senior Sales Negotiator - Harcourt & Lyle, Clapham (Apr 2023 - present)
• Agreed 41 sales in 2025 with an average fee of GBP 6,200
• Sold the converted former St Mary's Church hall apartments (12 units) in nine weeks
• Valuation accompaniment and market appraisals for new instructions
• Trained two juniors on Reapit and on AML checks

Lettings Negotiator - Foxtons, Streatham (Sep 2021 - Mar 2023)
• Let 150+ properties; handled referencing, Right to Rent checks and inventories

Sales Assistant - Currys PC World, Croydon (2018 - 2021)

EDUCATION
A-levels: Business (B), English Language (B), Media (C) - Harris Academy Purley
ARLA Propertymark Level 3 Award in Residential Letting and Property Management (2022)
NAEA Propertymark Level 3 Technical Award in Sale of Residential Property (2024)

ANYTHING ELSE
I play centre-back for Stonewall FC on Sundays and I'm out most Thursdays at five-a-side.
In fairness to anyone doing checks: I received a youth caution for shoplifting at 15, which is long spent.

References: Priya Lakhani, Branch Manager, Harcourt & Lyle (020 7622 8811)
""",
sensitive=[
    ("date_of_birth_age", "Age 26"),
    ("sexual_orientation", "I play centre-back for Stonewall FC on Sundays"),
    ("criminal_record", "I received a youth caution for shoplifting"),
    ("date_of_birth_age", "at 15"),
],
keep=["Sales and Lettings Negotiator", "Senior Sales Negotiator - Harcourt & Lyle, Clapham", "Agreed 41 sales in 2025 with an average fee of GBP 6,200",
      "Sold the converted former St Mary's Church hall apartments (12 units) in nine weeks", "Reapit",
      "Foxtons", "NAEA Propertymark Level 3 Technical Award in Sale of Residential Property (2024)"],
contact=["Tom Ashworth-Reid", "Flat 3, 88 Brixton Hill, London SW2 1QN", "07412 550 981", "tomashworthreid@icloud.com", "Priya Lakhani", "020 7622 8811"],
),

dict(id="office-en-012", text="""
SIOBHÁN KEARNEY
Senior Underwriter - Group Risk and Income Protection

Address: 9 Ashgrove Park, Naas, Co. Kildare W91 K2T8
Mobile: 086 229 4471 | Email: siobhan.kearney.uw@gmail.com
D.O.B. 22-09-1983

PROFILE
Senior underwriter with 17 years in the Irish life and group-risk market. I underwrite large schemes, mentor juniors and sit between the brokers, the CMO and the pricing team. Mother of three, based in Kildare, hybrid working preferred.

CAREER HISTORY

Irish Life Assurance - Senior Underwriter, Group Risk (2016 - present)
- Underwriting medical risks for group income protection, including oncology and cardiac histories, for schemes of 50 to 4,000 members
- Agreed free-cover limits and evidence-of-health terms with 30+ brokers
- Rewrote the mental-health claims-history guidelines with the Chief Medical Officer
- Workplace rep for the Financial Services Union since 2019 (part of the 2023 hybrid-working agreement talks)

New Ireland Assurance - Underwriter, Individual Protection (2010 - 2016)
- Underwrote mortgage protection and serious illness cover; 98% QA pass rate

Aviva Ireland - Underwriting Assistant (2008 - 2010)

QUALIFICATIONS
Qualified Financial Adviser (QFA), Insurance Institute of Ireland
Certified Underwriter, ALUCRO
BComm, University College Dublin (2005)

PERSONAL
I have type 1 diabetes, well managed on an insulin pump, which probably explains my patience with medical evidence. A few years ago I found out I'm a cystic fibrosis carrier when my nephew was diagnosed, and I run the family fundraiser for CF Ireland each May. Hillwalking, book club, and sideline duty at the kids' camogie.
""",
sensitive=[
    ("date_of_birth_age", "D.O.B. 22-09-1983"),
    ("family_status", "Mother of three"),
    ("trade_union", "Workplace rep for the Financial Services Union since 2019"),
    ("health", "I have type 1 diabetes, well managed on an insulin pump"),
    ("genetic_biometric", "I'm a cystic fibrosis carrier"),
],
keep=["Senior Underwriter - Group Risk and Income Protection", "Irish Life Assurance - Senior Underwriter, Group Risk",
      "Underwriting medical risks for group income protection, including oncology and cardiac histories",
      "Rewrote the mental-health claims-history guidelines with the Chief Medical Officer",
      "New Ireland Assurance", "Qualified Financial Adviser (QFA), Insurance Institute of Ireland", "Certified Underwriter, ALUCRO"],
contact=["SIOBHÁN KEARNEY", "9 Ashgrove Park, Naas, Co. Kildare W91 K2T8", "086 229 4471", "siobhan.kearney.uw@gmail.com"],
),

dict(id="office-en-013", text="""
Craig Nolan
Logistics Coordinator | Geelong VIC | 0433 901 276 | craig.nolan.logistics@gmail.com

WORK RIGHTS: Australian citizen. Forklift (LF) and HR truck licences.

SUMMARY
Practical logistics coordinator, 12 years in warehousing and transport for FMCG and building products. Good with carriers, better with spreadsheets. I wear a hearing aid in my left ear (years of forklifts before earmuffs were compulsory) and use a headset with amplification on the phones - it's never slowed me down.

EXPERIENCE

Logistics Coordinator, Boral Building Products, Geelong (2019 - now)
- Plan 60-80 daily deliveries across western Victoria in Descartes
- Cut freight cost per tonne by 11% by re-tendering the interstate linehaul
- Coordinate safety inductions and chain-of-responsibility audits for 25 contract drivers

Warehouse Team Leader, Coles Distribution Centre, Laverton (2014 - 2019)
- Led a night shift of 30; pick rate up 15% after slotting review
- Transport Workers' Union member and shift delegate in 2017-18

Forklift Operator / Storeperson, Toll (2012 - 2014)

TRAINING
Certificate IV in Supply Chain Operations (2018)
Chain of Responsibility (CoR) for Managers (2021)
First Aid, WHS Health and Safety Representative course

DISCLOSURE
I have one spent conviction (drink-driving, 2014). It would not show on a standard police check but I would rather you hear it from me.

OUTSIDE WORK
Handed out how-to-vote cards for the Greens at the 2025 federal election. Geelong Cats member. Camping with my two daughters.
""",
sensitive=[
    ("ethnic_origin", "WORK RIGHTS: Australian citizen."),
    ("health", "I wear a hearing aid in my left ear"),
    ("trade_union", "Transport Workers' Union member and shift delegate in 2017-18"),
    ("criminal_record", "I have one spent conviction (drink-driving, 2014)"),
    ("political_opinion", "Handed out how-to-vote cards for the Greens at the 2025 federal election."),
    ("family_status", "my two daughters"),
],
keep=["Logistics Coordinator, Boral Building Products, Geelong", "Plan 60-80 daily deliveries across western Victoria in Descartes",
      "Cut freight cost per tonne by 11% by re-tendering the interstate linehaul", "Warehouse Team Leader, Coles Distribution Centre, Laverton",
      "Certificate IV in Supply Chain Operations (2018)", "Chain of Responsibility (CoR) for Managers (2021)"],
contact=["Craig Nolan", "Geelong VIC", "0433 901 276", "craig.nolan.logistics@gmail.com"],
),

dict(id="office-en-014", text="""
Rachel Goldfarb-Lemieux
Côte-Saint-Luc, QC · 514-555-0139 · rachel.goldfarb.lemieux@gmail.com
Bilingual (English / French)

FINANCIAL SERVICES ADVISOR

Profile
Client-first financial services advisor with eight years in retail banking in Montréal. Licensed mutual-fund representative (AMF), comfortable with mortgages, TFSAs and RRSPs and with the compliance that comes with them. Back from maternity leave (03/2024 - 03/2025) and ready for a larger portfolio.

Experience
RBC Royal Bank, Côte-des-Neiges branch - Financial Services Advisor (2019 - present)
  · Portfolio of 650 clients; $38M in investments and lending
  · Ranked in the top quartile for client-experience scores three years running
  · Presented budgeting workshops to student associations at Concordia and McGill
  · Member of SEPB local 575 (Section locale 575) until the branch transfer in 2021

Desjardins - Caisse du Plateau - Customer Service Agent (2017 - 2019)
  · Opened accounts, handled transactions and recommended savings products

Education & Licences
Canadian Securities Course (CSC) - 2018
Mutual fund dealer representative, Autorité des marchés financiers - 2019
B.Comm., Finance, Concordia University (John Molson School of Business) - 2016

Languages: English (native), French (fluent), Hebrew (intermediate)

Outside work
I tutor bar mitzvah and bat mitzvah students in Torah reading at Congregation Shaar Hashomayim, and I run a Sunday stroller-walk group in Parc Kent.
""",
sensitive=[
    ("family_status", "Back from maternity leave (03/2024 - 03/2025)"),
    ("trade_union", "Member of SEPB local 575 (Section locale 575) until the branch transfer in 2021"),
    ("religious_belief", "I tutor bar mitzvah and bat mitzvah students in Torah reading at Congregation Shaar Hashomayim"),
],
keep=["FINANCIAL SERVICES ADVISOR", "RBC Royal Bank, Côte-des-Neiges branch - Financial Services Advisor", "Portfolio of 650 clients; $38M in investments and lending",
      "Desjardins - Caisse du Plateau - Customer Service Agent", "Canadian Securities Course (CSC) - 2018",
      "Mutual fund dealer representative, Autorité des marchés financiers - 2019", "B.Comm., Finance, Concordia University (John Molson School of Business) - 2016"],
contact=["Rachel Goldfarb-Lemieux", "Côte-Saint-Luc, QC", "514-555-0139", "rachel.goldfarb.lemieux@gmail.com"],
),

dict(id="office-en-015", text="""
DWAYNE L. HOLLOWAY
Macon, GA 31210 | 478.555.0193 | dwayne.holloway.sales@gmail.com

REGIONAL SALES REPRESENTATIVE - CHURCH AND INSTITUTIONAL FURNISHINGS

Fifteen years in outside sales. I sell pews, stacking chairs, AV and fellowship-hall kitchens to congregations, schools and senior-living communities across the Southeast, and I still drive every mile of my territory myself.

EXPERIENCE
Sauder Worship Seating (distributor) - Regional Sales Rep, GA / SC / NC - 2017 to present
 > Sold seating and AV packages to 140+ churches across Georgia and the Carolinas
 > Largest single order: $640K sanctuary refit for a Baptist megachurch in Columbia, SC
 > 2024 President's Club; 126% of plan

Mid-State Office Interiors - Account Executive - 2010 to 2017
 > Closed contracts with Mercer University, Navicent Health and Bibb County Schools

EDUCATION
B.B.A. Marketing, Georgia Southern University
Certified Professional Salesperson (CPSP), National Association of Sales Professionals

ABOUT ME
After my divorce in 2017 I moved back to Macon to be near my kids. I serve as a deacon at Greater Mount Calvary Baptist Church and sing with their men's chorus. A DUI conviction from 2009 is on my record; my license has been clean since. I signed up for the All of Us Research Program last year and had my whole genome sequenced - which my pastor finds very funny.

References available.
""",
sensitive=[
    ("family_status", "After my divorce in 2017"),
    ("family_status", "to be near my kids"),
    ("religious_belief", "I serve as a deacon at Greater Mount Calvary Baptist Church and sing with their men's chorus"),
    ("criminal_record", "A DUI conviction from 2009 is on my record"),
    ("genetic_biometric", "I signed up for the All of Us Research Program last year and had my whole genome sequenced"),
    ("religious_belief", "my pastor"),
],
keep=["REGIONAL SALES REPRESENTATIVE - CHURCH AND INSTITUTIONAL FURNISHINGS", "Sold seating and AV packages to 140+ churches across Georgia and the Carolinas",
      "Largest single order: $640K sanctuary refit for a Baptist megachurch in Columbia, SC", "2024 President's Club; 126% of plan",
      "Mid-State Office Interiors - Account Executive", "Closed contracts with Mercer University, Navicent Health and Bibb County Schools",
      "Certified Professional Salesperson (CPSP), National Association of Sales Professionals"],
contact=["DWAYNE L. HOLLOWAY", "Macon, GA 31210", "478.555.0193", "dwayne.holloway.sales@gmail.com"],
),

dict(id="office-en-016", text="""
NUR AISYAH BINTE RAHMAT
Administrative Assistant

Contact: 8765 2290 | aisyah.rahmat95@gmail.com | Tampines, Singapore

Personal Information
Age: 31 | Race: Malay | Religion: Islam | Nationality: Singaporean
Status: Single
Availability: 1 month notice

Summary
Organised and cheerful admin assistant with 8 years supporting directors and small teams. Fast with calendars, claims and Excel, and the person everyone asks where the spare toner is.

Work Experience
Administrative Assistant to Regional Director - Kuehne + Nagel Pte Ltd (Jul 2020 - Present)
- Manage diaries, travel and visa applications for a director covering 9 APAC countries
- Process monthly expense claims in Concur and reconcile corporate cards
- Arrange the office's festive events calendar (Chinese New Year, Hari Raya, Deepavali, Christmas)
- Handle halal catering orders and dietary requests for regional workshops

Office Administrator - Lim & Partners Chartered Accountants (Mar 2017 - Jun 2020)
- Reception, courier and records management; updated ACRA filings for client companies

Education
Diploma in Business Administration, Temasek Polytechnic (2016)
WSQ Certificate in Office Administration (2019)

Skills
MS Office (Excel: VLOOKUP, pivot tables), SAP Concur, Workday, typing 65 wpm
Languages: English, Malay

Activities
Committee member organising the Ramadan iftar and Quran class for the youth wing of Masjid Al-Istiqamah.
Medical note for HR: I have G6PD deficiency (inherited); no work impact.
""",
sensitive=[
    ("date_of_birth_age", "Age: 31"),
    ("ethnic_origin", "Race: Malay"),
    ("religious_belief", "Religion: Islam"),
    ("ethnic_origin", "Nationality: Singaporean"),
    ("family_status", "Status: Single"),
    ("religious_belief", "Committee member organising the Ramadan iftar and Quran class for the youth wing of Masjid Al-Istiqamah."),
    ("genetic_biometric", "I have G6PD deficiency (inherited)"),
],
keep=["Administrative Assistant to Regional Director - Kuehne + Nagel Pte Ltd", "Process monthly expense claims in Concur and reconcile corporate cards",
      "Arrange the office's festive events calendar (Chinese New Year, Hari Raya, Deepavali, Christmas)", "Handle halal catering orders and dietary requests for regional workshops",
      "Lim & Partners Chartered Accountants", "Diploma in Business Administration, Temasek Polytechnic (2016)", "WSQ Certificate in Office Administration (2019)"],
contact=["NUR AISYAH BINTE RAHMAT", "8765 2290", "aisyah.rahmat95@gmail.com", "Tampines, Singapore"],
),

dict(id="office-en-017", text="""
JOSEPH ANTHONY R. MACARAEG, CPA
Unit 5B Tower 2, Avida Towers, Sucat, Muntinlupa City
+63 917 228 6640 | jarmacaraeg.cpa@gmail.com

PERSONAL DATA
Birthdate: March 9, 1992
Civil Status: Married
Dependents: 2
Religion: Iglesia ni Cristo
PRC License No.: 0138842

CAREER OBJECTIVE
A Certified Public Accountant with 10 years in external audit and financial reporting, seeking a Finance Manager role in a shared-services or multinational company.

PROFESSIONAL EXPERIENCE

Senior Accountant - Financial Reporting
Accenture Global Shared Services, Mandaluyong | Jan 2020 - Present
- Prepare consolidated US GAAP reporting packs for 6 entities
- Led the migration of month-end close to BlackLine, cutting close from 8 to 5 days
- Coach 4 junior accountants

Audit Senior
SGV & Co. (Ernst & Young), Makati | Jun 2013 - Dec 2019
- Audited manufacturing, retail and insurance clients under PFRS
- In-charge of the statutory audit of a health maintenance organization (HMO) with 400k members

EDUCATION
BS Accountancy, cum laude - De La Salle University, Manila (2013)
CPA Licensure Examination - Passed, October 2013

SKILLS
SAP S/4HANA, BlackLine, Oracle HFM, Excel modelling, IFRS / US GAAP

OTHER INFORMATION
Registered PWD since 2021 (psoriatic arthritis), fully able to do office work.
Beta-thalassemia minor (carrier) - listed only because the annual medical asked.

CHARACTER REFERENCES
Ms. Carmela Uy, Finance Director, Accenture - 0917 553 2091
Mr. Gilbert Sarmiento, Partner, SGV & Co. - 0918 884 1203
""",
sensitive=[
    ("date_of_birth_age", "Birthdate: March 9, 1992"),
    ("family_status", "Civil Status: Married"),
    ("family_status", "Dependents: 2"),
    ("religious_belief", "Religion: Iglesia ni Cristo"),
    ("health", "Registered PWD since 2021 (psoriatic arthritis)"),
    ("genetic_biometric", "Beta-thalassemia minor (carrier)"),
],
keep=["Senior Accountant - Financial Reporting", "Accenture Global Shared Services", "Led the migration of month-end close to BlackLine, cutting close from 8 to 5 days",
      "SGV & Co. (Ernst & Young)", "In-charge of the statutory audit of a health maintenance organization (HMO) with 400k members",
      "BS Accountancy, cum laude - De La Salle University, Manila (2013)", "CPA Licensure Examination - Passed, October 2013", "SAP S/4HANA"],
contact=["JOSEPH ANTHONY R. MACARAEG", "Unit 5B Tower 2, Avida Towers, Sucat, Muntinlupa City", "+63 917 228 6640", "jarmacaraeg.cpa@gmail.com", "0138842",
         "Ms. Carmela Uy", "0917 553 2091", "Mr. Gilbert Sarmiento", "0918 884 1203"],
),

dict(id="office-en-018", text="""
CURRICULUM VITAE - EVERLYNE ACHIENG OTIENO

Phone: +254 710 338 905
Email: everlyne.otieno@yahoo.com
Location: Milimani, Kisumu
Year of birth: 1988

PROFILE
A customer-focused bank officer with nine years in branch operations and credit at KCB Bank. I am visually impaired (registered with NCPWD) and work with JAWS screen reader and magnification; I have never let that limit my targets.

EXPERIENCE
KCB Bank Kenya Ltd
Credit Officer, Kisumu Branch - 2021 to date
  - Appraise SME and salary-check-off loans up to KES 15 million
  - Keep the portfolio at risk below 3.5% (branch average 6%)
  - Lead the branch's financial literacy sessions for women's chamas

Customer Service Officer / Teller, Kakamega Branch - 2016 to 2021
  - Cash handling, account opening and KYC; best teller award 2018

Attachment: Equity Bank, Kisumu - 2015

EDUCATION
Bachelor of Commerce (Banking and Finance), Maseno University - 2015
CPA (K) Section 4 - KASNEB
Certified Credit Professional (CCP), Kenya School of Monetary Studies - 2020

AFFILIATIONS
Member, Banking Insurance and Finance Union (BIFU), Kisumu branch
Aspirant for the MCA seat, Kisumu Central Ward, in the 2022 ODM primaries

REFEREES
Mr. Samuel Odhiambo, Branch Manager, KCB Kisumu - 0722 410 337
Dr. Mercy Anyango, Lecturer, Maseno University - 0733 908 112
""",
sensitive=[
    ("date_of_birth_age", "Year of birth: 1988"),
    ("health", "I am visually impaired (registered with NCPWD) and work with JAWS screen reader and magnification"),
    ("trade_union", "Member, Banking Insurance and Finance Union (BIFU), Kisumu branch"),
    ("political_opinion", "Aspirant for the MCA seat, Kisumu Central Ward, in the 2022 ODM primaries"),
],
keep=["KCB Bank Kenya Ltd", "Credit Officer, Kisumu Branch", "Appraise SME and salary-check-off loans up to KES 15 million",
      "Lead the branch's financial literacy sessions for women's chamas", "Bachelor of Commerce (Banking and Finance), Maseno University - 2015",
      "CPA (K) Section 4 - KASNEB", "Certified Credit Professional (CCP), Kenya School of Monetary Studies - 2020"],
contact=["EVERLYNE ACHIENG OTIENO", "+254 710 338 905", "everlyne.otieno@yahoo.com", "Milimani, Kisumu", "Mr. Samuel Odhiambo", "0722 410 337", "Dr. Mercy Anyango", "0733 908 112"],
),

dict(id="office-en-019", text="""
Ellie Marsden
Marketing Manager
Bristol BS6  |  07733 018 442  |  ellie@elliemarsden.co.uk  |  linkedin.com/in/elliemarsden

Personal profile
Brand and campaign marketer, 38, with 14 years across FMCG and consumer tech. I build campaigns that get talked about and I can show what they earned. I'm dyslexic, so I write short, test everything with a screen reader, and have an excellent proof-reader (my partner Sophie, who is also an excellent cook).

Career

Marketing Manager - Harbourside Drinks Co., Bristol (2020 - present)
· Own a GBP 2.4m marketing budget and a team of four
· Led the Pride Month campaign in partnership with Stonewall (2023, 2024): 28% sales uplift in June, Drum Award shortlist
· Relaunched the low-alcohol range; category share from 4% to 9%

Senior Brand Executive - Ecotricity, Stroud (2016 - 2020)
· Ran the "Green Britain" consumer campaign and customer-referral scheme

Marketing Executive - Dyson, Malmesbury (2012 - 2016)

Education
CIM Diploma in Professional Marketing (2017)
BA (Hons) English, University of Exeter (2011)

Skills
Integrated campaigns · brand strategy · agency management · Google Analytics · Salesforce Marketing Cloud

Interests
Door-knocking for the Green Party in Ashley ward every May; open-water swimming at Clevedon; pottery.
""",
sensitive=[
    ("date_of_birth_age", "38"),
    ("health", "I'm dyslexic"),
    ("sexual_orientation", "my partner Sophie"),
    ("political_opinion", "Door-knocking for the Green Party in Ashley ward every May"),
],
keep=["Marketing Manager - Harbourside Drinks Co., Bristol", "Own a GBP 2.4m marketing budget and a team of four",
      "Led the Pride Month campaign in partnership with Stonewall (2023, 2024): 28% sales uplift in June, Drum Award shortlist",
      "Senior Brand Executive - Ecotricity, Stroud", "Ran the \"Green Britain\" consumer campaign and customer-referral scheme",
      "Dyson", "CIM Diploma in Professional Marketing (2017)", "Salesforce Marketing Cloud"],
contact=["Ellie Marsden", "Bristol BS6", "07733 018 442", "ellie@elliemarsden.co.uk", "linkedin.com/in/elliemarsden"],
),

dict(id="office-en-020", text="""
KIERAN BLAKE
Customer Service Team Leader
Sunderland, Tyne and Wear · 07956 331 207 · kieranblake.cs@gmail.com

PROFILE
Team leader with nine years in contact centres, the last five running teams of 12-16 advisers in energy and utilities. I like clear targets, honest one-to-ones and quality scores that mean something.

KEY SKILLS
· Coaching and call calibration
· Complaint handling to Ombudsman standard
· Workforce planning in NICE IEX and Verint
· Vulnerable-customer processes (Priority Services Register)

EMPLOYMENT

Team Leader, Complaints Resolution - EDF Energy, Sunderland (2021 - present)
· Lead 14 advisers resolving level-2 complaints, including those escalated through MPs' constituency offices
· Cut Ombudsman referrals by 22% in 2024
· Rolled out a new vulnerability script with advice from Macmillan Cancer Support and Mind

Senior Adviser / Acting Team Leader - Sky, Washington (2017 - 2021)
· Broadband technical support; team-best first-contact resolution (81%)

Customer Adviser - Virgin Money, Gosforth (2016 - 2017)

QUALIFICATIONS
ILM Level 3 Certificate in Leadership and Management (2022)
Level 3 Customer Service Specialist Apprenticeship (2019)
GCSEs: 8 including English and Maths

INTERESTS
Sunderland AFC season ticket, five-a-side, and the occasional pub quiz.

REFERENCES
Available on request.
""",
sensitive=[],
keep=["Customer Service Team Leader", "Team Leader, Complaints Resolution - EDF Energy, Sunderland",
      "Lead 14 advisers resolving level-2 complaints, including those escalated through MPs' constituency offices",
      "Rolled out a new vulnerability script with advice from Macmillan Cancer Support and Mind", "Vulnerable-customer processes (Priority Services Register)",
      "Sky", "ILM Level 3 Certificate in Leadership and Management (2022)", "Level 3 Customer Service Specialist Apprenticeship (2019)"],
contact=["KIERAN BLAKE", "Sunderland, Tyne and Wear", "07956 331 207", "kieranblake.cs@gmail.com"],
),
]
