CVS = [
dict(id="office-en-001", text="""
CURRICULUM VITAE

Gareth Pryce-Morgan ACCA
42 Heol Hir, Llanishen, Cardiff CF14 5AB
07700 912 334  |  g.prycemorgan@btinternet.com

Date of Birth: 14/03/1987
Driving licence: Full, clean

PERSONAL PROFILE
A qualified management accountant with eleven years in manufacturing and the public sector. I enjoy turning a messy trial balance into numbers that a production manager can actually use, and I am at my best in small finance teams where I cover month-end, budgeting and the odd payroll query. Married with two children, settled in Cardiff and not looking to relocate.

EMPLOYMENT HISTORY

Nov 2019 - present   Management Accountant, Celtic Panels Ltd, Newport
- Own month-end close for two sites (turnover GBP 38m), delivered by working day 4
- Rebuilt the standard costing model in Excel and Power BI; margin variance now explained per product line
- Reconcile payroll control accounts including union dues deductions for 210 hourly staff
- Support the external audit (Bevan Buckland) and prepare the statutory accounts pack

Aug 2014 - Oct 2019   Assistant Accountant, Cardiff and Vale University Health Board
- Prepared directorate budget reports for surgery and theatres
- Processed VAT returns and intercompany recharges with two neighbouring NHS trusts

Sep 2011 - Jul 2014   Accounts Assistant, Hafren Plant Hire, Bridgend

EDUCATION AND QUALIFICATIONS
ACCA Fellow (2017); BSc Accounting and Finance, Swansea University (2:1, 2011)

SKILLS
Sage 200, SAP FI/CO, Power BI, advanced Excel (Power Query, VBA), Welsh (conversational)

INTERESTS
Outside work I sing bass in the choir at St Teilo's Parish Church and help with their accounts at the AGM. I also run with Roath Harriers and am slowly learning to play the harp.

REFERENCES
Available on request.
""",
sensitive=[
    ("date_of_birth_age", "Date of Birth: 14/03/1987"),
    ("family_status", "Married with two children"),
    ("religious_belief", "I sing bass in the choir at St Teilo's Parish Church"),
],
keep=["Management Accountant", "Celtic Panels Ltd", "Reconcile payroll control accounts including union dues deductions for 210 hourly staff",
      "Cardiff and Vale University Health Board", "Processed VAT returns and intercompany recharges with two neighbouring NHS trusts",
      "ACCA Fellow (2017)", "SAP FI/CO", "Power BI"],
contact=["Gareth Pryce-Morgan", "42 Heol Hir, Llanishen, Cardiff CF14 5AB", "07700 912 334", "g.prycemorgan@btinternet.com"],
),

dict(id="office-en-002", text="""
Declan Ó Ceallaigh
Sales Representative - Commercial AV and Office Technology
Ballincollig, Co. Cork  *  087 441 2290  *  declan.oceallaigh@eircom.net
Age: 34   Full clean driving licence, own car

About me
Eight years selling on the road in Munster. I know the customer base, I know the back roads, and I close. I'm equally comfortable talking to a parish priest about hearing loops as to a facilities manager about a boardroom refit.

Work experience

Territory Sales Representative - SoundHouse AV Ireland (Jan 2021 - present)
* Sold sound, loop and streaming systems to 60+ parishes and churches in Cork and Kerry
* Grew territory revenue from EUR 610k to EUR 1.04m in three years
* Won the Bon Secours Hospital meeting-room contract (EUR 180k)
* Top performer in the southern region, 2023 and 2024

Career break (Mar 2019 - Dec 2020)
Took time out for surgery and chemotherapy after a testicular cancer diagnosis. All clear since 2021.

Field Sales Executive - Ricoh Ireland (2016 - 2019)
* Managed 140 SME accounts for copiers and managed print
* Consistently 110%+ of quota

Education
Diploma in Sales and Marketing, Cork Institute of Technology (2015)
Leaving Certificate, Coláiste Choilm (2009)

Other
Irish (fluent), Salesforce, HubSpot
Member of the Ballincollig cumann of Sinn Féin since 2018 - I do the leaflet drops at election time.
Coach the U12s at Ballincollig GAA.

References from Noreen Fitzgibbon, Sales Director, SoundHouse AV (021 486 7720)
""",
sensitive=[
    ("date_of_birth_age", "Age: 34"),
    ("health", "Took time out for surgery and chemotherapy after a testicular cancer diagnosis"),
    ("political_opinion", "Member of the Ballincollig cumann of Sinn Féin since 2018 - I do the leaflet drops at election time."),
],
keep=["Territory Sales Representative", "SoundHouse AV Ireland", "Sold sound, loop and streaming systems to 60+ parishes and churches in Cork and Kerry",
      "Won the Bon Secours Hospital meeting-room contract (EUR 180k)", "Ricoh Ireland",
      "Diploma in Sales and Marketing, Cork Institute of Technology (2015)", "Salesforce", "HubSpot"],
contact=["Declan Ó Ceallaigh", "Ballincollig, Co. Cork", "087 441 2290", "declan.oceallaigh@eircom.net", "Noreen Fitzgibbon", "021 486 7720"],
),

dict(id="office-en-003", text="""
JORDAN T. WEISS
Chicago, IL | (312) 555-0187 | jordanweiss.am@gmail.com | linkedin.com/in/jordantweiss

SENIOR ACCOUNT MANAGER - B2B SAAS

SUMMARY OF QUALIFICATIONS
- 9 years of account management in healthcare and benefits software
- Net revenue retention of 118% across a $4.2M book of business
- Known for calm escalation handling and clear QBR decks

CORE SKILLS

Client Retention
- Turned around 11 at-risk hospital accounts in 2024 by rebuilding adoption plans with their HR teams
- Negotiated multi-year renewals with Advocate Aurora and Northwestern Medicine

Commercial Growth
- Sourced $1.3M in expansion revenue from existing customers in FY2025
- Partnered with marketing on the company's Pride Month customer webinar series

Leadership and Community
- Co-chair of the Out & Equal employee resource group at Benefitly, 2022 - present
- Mentor three junior CSMs
- Volunteer organizer with the Chicago chapter of the Democratic Socialists of America

WORK HISTORY
Benefitly Inc., Chicago - Senior Account Manager, 2021 - present
Paylocity, Schaumburg - Account Manager, 2018 - 2021
Enterprise Holdings - Management Trainee, 2016 - 2018

EDUCATION
B.A., Communication, University of Illinois Urbana-Champaign, 2016
Salesforce Certified Administrator
""",
sensitive=[
    ("sexual_orientation", "Co-chair of the Out & Equal employee resource group at Benefitly, 2022 - present"),
    ("political_opinion", "Volunteer organizer with the Chicago chapter of the Democratic Socialists of America"),
],
keep=["SENIOR ACCOUNT MANAGER - B2B SAAS", "Net revenue retention of 118% across a $4.2M book of business",
      "Negotiated multi-year renewals with Advocate Aurora and Northwestern Medicine",
      "Partnered with marketing on the company's Pride Month customer webinar series",
      "Benefitly Inc., Chicago - Senior Account Manager, 2021 - present", "Paylocity", "Salesforce Certified Administrator"],
contact=["JORDAN T. WEISS", "Chicago, IL", "(312) 555-0187", "jordanweiss.am@gmail.com", "linkedin.com/in/jordantweiss"],
),

dict(id="office-en-004", text="""
HARPREET KAUR DHILLON
Marketing Coordinator

| CONTACT
| 416-555-0142
| harpreet.dhillon.mktg@outlook.com
| Brampton, ON
| behance.net/hkdhillon
|
| SKILLS
| Social media strategy
| Canva, Adobe Creative Cloud
| Meta Ads Manager, Google Analytics 4
| Copywriting
|
| LANGUAGES
| English, Punjabi, Hindi
|
| DETAILS
| DOB: 1998-06-02
| Work permit: Open work permit (IEC pathway), valid to 08/2027
| Seva: langar volunteer at the Sikh Spiritual Centre, Rexdale

PROFILE
Creative marketing coordinator who likes the numbers as much as the visuals. Three years agency-side in Toronto, running paid social and content for retail and food clients.

EXPERIENCE

Marketing Coordinator | Northline Creative, Toronto | 03/2023 - present
- Led the Pride Month 2025 social campaign for a Toronto grocery chain (4.1M impressions, CTR 2.3%)
- Planned Diwali and Lunar New Year promotions for a national pharmacy client
- Manage a monthly ad budget of CAD 45,000 across Meta and TikTok

Marketing Assistant | Fresh Basket Foods, Mississauga | 09/2021 - 02/2023
- Wrote weekly flyers and email newsletters (42k subscribers)
- Ran in-store sampling events in 18 stores

EDUCATION
Postgraduate Certificate, Digital Marketing - Humber College (2021)
BBA - Guru Nanak Dev University, Amritsar (2020)
""",
sensitive=[
    ("date_of_birth_age", "DOB: 1998-06-02"),
    ("ethnic_origin", "Work permit: Open work permit (IEC pathway), valid to 08/2027"),
    ("religious_belief", "Seva: langar volunteer at the Sikh Spiritual Centre, Rexdale"),
],
keep=["Marketing Coordinator | Northline Creative, Toronto", "Led the Pride Month 2025 social campaign for a Toronto grocery chain (4.1M impressions, CTR 2.3%)",
      "Planned Diwali and Lunar New Year promotions for a national pharmacy client", "Meta Ads Manager, Google Analytics 4",
      "Fresh Basket Foods", "Postgraduate Certificate, Digital Marketing - Humber College (2021)"],
contact=["HARPREET KAUR DHILLON", "416-555-0142", "harpreet.dhillon.mktg@outlook.com", "Brampton, ON", "behance.net/hkdhillon"],
),

dict(id="office-en-005", text="""
RESUME - LEANNE MAREE CONNELLY

Address: 17 Bellhaven Crescent, Dubbo NSW 2830
Mobile: 0412 778 903
Email: leanne.connelly79@bigpond.com

Personal details
Born: 3rd July 1979
Marital status: Divorced, one son (14)
Licence: NSW Class C

Career objective
Experienced office manager seeking a practice manager or operations role in a regional professional-services firm. I bring 20 years of running busy front offices, keeping the books tidy and keeping people happy.

Employment

Office Manager - Fitzgerald & Roe Accountants, Dubbo (2015 - current)
- Manage reception, two admin staff and the office budget
- Run payroll for 24 staff in Xero and handle BAS lodgements with the partners
- Moved the practice to cloud document management (FYI Docs) in 2021
- Coordinate the annual Wiradjuri language sponsorship the firm funds with the local land council

Administration Officer - Western NSW Local Health District (2008 - 2015)
- Rostering and medical records for the outpatient clinics

Receptionist / Bookkeeper - Orana Motors (2000 - 2008)

Qualifications
Certificate IV in Bookkeeping (2010)
Diploma of Leadership and Management (2018)
First Aid (HLTAID011), current

Community and interests
I'm a proud Wiradjuri woman and sit on the parents' committee of the local Aboriginal dance group my son performs with. Weekends I umpire junior netball. After a knee reconstruction in 2022 I've swapped running for swimming.

Referees
Sean Fitzgerald, Partner, Fitzgerald & Roe - 02 6884 1122
Tania Webb, former manager, WNSWLHD - 0428 310 456
""",
sensitive=[
    ("date_of_birth_age", "Born: 3rd July 1979"),
    ("family_status", "Marital status: Divorced, one son (14)"),
    ("ethnic_origin", "I'm a proud Wiradjuri woman"),
    ("health", "After a knee reconstruction in 2022"),
],
keep=["Office Manager - Fitzgerald & Roe Accountants, Dubbo", "Run payroll for 24 staff in Xero and handle BAS lodgements with the partners",
      "Coordinate the annual Wiradjuri language sponsorship the firm funds with the local land council",
      "Western NSW Local Health District", "Certificate IV in Bookkeeping (2010)", "Diploma of Leadership and Management (2018)"],
contact=["LEANNE MAREE CONNELLY", "17 Bellhaven Crescent, Dubbo NSW 2830", "0412 778 903", "leanne.connelly79@bigpond.com",
         "Sean Fitzgerald", "02 6884 1122", "Tania Webb", "0428 310 456"],
),

dict(id="office-en-006", text="""
TAN WEI LING (Ms)
Relationship Manager, Priority Banking

Blk 412 Bedok North Ave 2, #08-115, Singapore 460412
+65 9123 4478 | weiling.tan.rm@gmail.com

PERSONAL PARTICULARS
Date of birth    : 12 Aug 1987
Nationality      : Malaysian (Singapore PR since 2014)
Race             : Chinese
Religion         : Buddhist
Marital status   : Married
NRIC             : S8734521J

CAREER SUMMARY
Eleven years in retail and priority banking in Singapore, managing AUM of SGD 180m for 160 affluent clients. Strong in investment products, bancassurance and regulatory compliance (MAS FAA, CMFAS).

WORKING EXPERIENCE

DBS Bank Ltd - Relationship Manager, Treasures (Jun 2019 - present)
- Grew AUM by 34% over three years; ranked top 10% in the segment in 2023
- Structured education and retirement portfolios with unit trusts, bonds and structured deposits
- Zero audit findings in four consecutive KYC reviews

OCBC Bank - Personal Financial Consultant (Mar 2015 - May 2019)
- Acquired 300 new-to-bank premier clients
- Cross-sold whole-life and medical insurance plans with Great Eastern

Maybank Singapore - Customer Service Officer (Jan 2013 - Feb 2015)

EDUCATION
Bachelor of Business Administration (Finance), National University of Singapore, 2012
CFA Level II candidate; CMFAS Modules 1A, 5, 6, 6A, 8, 9

LANGUAGES
English, Mandarin, Cantonese, Malay

Expected salary: SGD 9,500 | Notice period: 2 months
""",
sensitive=[
    ("date_of_birth_age", "Date of birth    : 12 Aug 1987"),
    ("ethnic_origin", "Nationality      : Malaysian (Singapore PR since 2014)"),
    ("ethnic_origin", "Race             : Chinese"),
    ("religious_belief", "Religion         : Buddhist"),
    ("family_status", "Marital status   : Married"),
],
keep=["Relationship Manager, Priority Banking", "DBS Bank Ltd - Relationship Manager, Treasures", "OCBC Bank - Personal Financial Consultant",
      "Cross-sold whole-life and medical insurance plans with Great Eastern", "Bachelor of Business Administration (Finance), National University of Singapore, 2012",
      "CFA Level II candidate", "Maybank Singapore"],
contact=["TAN WEI LING", "Blk 412 Bedok North Ave 2, #08-115, Singapore 460412", "+65 9123 4478", "weiling.tan.rm@gmail.com", "S8734521J"],
),

dict(id="office-en-007", text="""
MARICEL D. VILLANUEVA
Blk 7 Lot 22 Camella Homes, Brgy. Molino III, Bacoor, Cavite
0917 845 2231 / maricel.villanueva.tl@yahoo.com

OBJECTIVE
To obtain a Team Leader or Operations Supervisor position in a customer-experience company where I can use my 7 years of BPO experience to coach agents and hit client KPIs.

PERSONAL INFORMATION
Age: 29
Sex: Female
Civil Status: Single
Religion: Roman Catholic
Citizenship: Filipino
Height: 5'2"

WORK EXPERIENCE

Team Leader, Telco Account (Inbound Voice)
Concentrix Philippines, Bridgetowne, Pasig
August 2021 - Present
* Lead a team of 18 agents for a US postpaid mobile account
* Raised team CSAT from 78% to 89% in six months through daily huddles and side-by-side coaching
* Handle escalations, schedule adherence and attrition reporting

Customer Service Representative / SME
Teleperformance, SM Aura, Taguig
June 2018 - July 2021
* Took 80-100 calls per shift for a US healthcare insurance provider, explaining claims and benefits
* Promoted to Subject Matter Expert after 10 months

EDUCATION
Bachelor of Science in Business Administration, Major in Marketing Management
Polytechnic University of the Philippines, 2018

SEMINARS AND TRAININGS
COPC Coordinator Training (2023); Coaching for Performance, Concentrix University (2022)

CHARACTER REFERENCES
Mr. Ramon Dizon, Operations Manager, Concentrix - 0918 332 4410
Ms. Liza Ocampo, Training Lead, Teleperformance - 0927 115 8834

I hereby certify that the above information is true and correct.
""",
sensitive=[
    ("date_of_birth_age", "Age: 29"),
    ("family_status", "Civil Status: Single"),
    ("religious_belief", "Religion: Roman Catholic"),
    ("ethnic_origin", "Citizenship: Filipino"),
],
keep=["Team Leader, Telco Account (Inbound Voice)", "Concentrix Philippines", "Raised team CSAT from 78% to 89% in six months through daily huddles and side-by-side coaching",
      "Took 80-100 calls per shift for a US healthcare insurance provider, explaining claims and benefits",
      "Teleperformance", "Polytechnic University of the Philippines, 2018", "COPC Coordinator Training (2023)"],
contact=["MARICEL D. VILLANUEVA", "Blk 7 Lot 22 Camella Homes, Brgy. Molino III, Bacoor, Cavite", "0917 845 2231", "maricel.villanueva.tl@yahoo.com",
         "Mr. Ramon Dizon", "0918 332 4410", "Ms. Liza Ocampo", "0927 115 8834"],
),

dict(id="office-en-008", text="""
CURRICULUM VITAE

NAME:            PETER MWANGI KAMAU
POSTAL ADDRESS:  P.O. Box 10233 - 00100, Nairobi
TELEPHONE:       0722 604 118
EMAIL:           pmkamau.procurement@gmail.com
DATE OF BIRTH:   4th April 1990
MARITAL STATUS:  Married
ID NO.:          27784519

CAREER OBJECTIVE
A result-oriented procurement officer seeking to contribute to an organisation that values transparency, value for money and compliance with the Public Procurement and Asset Disposal Act, 2015.

WORK EXPERIENCE

Procurement Officer, Amani Schools Trust, Nairobi - February 2020 to date
- Run tenders and RFQs for 31 schools managed on behalf of the Kenya Conference of Catholic Bishops
- Reduced stationery and uniform costs by 14% through framework agreements
- Maintain the supplier register and prepare quarterly reports for the board

Assistant Procurement Officer, Kenya Power, Industrial Area - July 2015 to January 2020
- Prepared tender documents and evaluation reports
- Managed stores records using SAP MM

ACADEMIC QUALIFICATIONS
2014  Bachelor of Commerce (Purchasing and Supplies), Moi University
2019  Diploma, Chartered Institute of Procurement and Supply (CIPS Level 4)
2008  KCSE - Mean Grade B+, Kagumo High School

MEMBERSHIP
Kenya Institute of Supplies Management (KISM), licensed practitioner

HOBBIES
Youth leader at PCEA Kayole parish; reading; football.

REFEREES
1. Rev. Fr. Joseph Njoroge, Education Secretary, Amani Schools Trust - 0733 221 908
2. Mrs. Grace Wanjiru, Supply Chain Manager, Kenya Power - 0711 450 662
""",
sensitive=[
    ("date_of_birth_age", "DATE OF BIRTH:   4th April 1990"),
    ("family_status", "MARITAL STATUS:  Married"),
    ("religious_belief", "Youth leader at PCEA Kayole parish"),
],
keep=["Procurement Officer, Amani Schools Trust", "Run tenders and RFQs for 31 schools managed on behalf of the Kenya Conference of Catholic Bishops",
      "Kenya Power", "SAP MM", "Bachelor of Commerce (Purchasing and Supplies), Moi University", "CIPS Level 4",
      "Kenya Institute of Supplies Management (KISM), licensed practitioner"],
contact=["PETER MWANGI KAMAU", "P.O. Box 10233 - 00100, Nairobi", "0722 604 118", "pmkamau.procurement@gmail.com", "27784519",
         "Rev. Fr. Joseph Njoroge", "0733 221 908", "Mrs. Grace Wanjiru", "0711 450 662"],
),

dict(id="office-en-009", text="""
Clare Whitfield Assoc CIPD
HR Generalist
Stockport, Greater Manchester | 07891 224 506 | clare.whitfield.hr@gmail.com

Personal Profile
People-focused HR generalist with seven years in logistics and retail. I'm comfortable across the whole employee lifecycle and I like the unglamorous bits: clean HRIS data, fair absence processes, and managers who know what the policy actually says. I took most of 2021 off to recover from burnout, came back part-time, and now coach managers on spotting it early.

Experience

HR Advisor - Northern Freight Logistics, Trafford Park (Jan 2022 - present)
- Generalist support for 1,400 warehouse and transport staff across three sites
- Administered check-off of GMB and Unite dues and led the annual reconciliation with payroll
- Supported 14 collective consultation meetings during the 2023 shift-pattern review (management side)
- Reduced short-term absence by 19% with a return-to-work interview toolkit

HR Assistant / Coordinator - Bargain Home Stores, Head Office Stockport (2017 - 2021)
- Ran recruitment admin for 60 stores; onboarding in Workday
- Drafted the first menopause and neurodiversity guidance for store managers

Qualifications
CIPD Level 5 Associate Diploma in People Management (2020)
BA (Hons) Business and HR Management, Manchester Metropolitan University (2017)
Mental Health First Aider (MHFA England)

Outside work
I'm a trustee of Rainbow Stockport, a youth group for LGBT+ teenagers, and I live in Heaton Moor with my wife Hannah and our two rescue greyhounds. I'm also a Unite Community member and go to the odd picket when the bus drivers are out.

References on request.
""",
sensitive=[
    ("health", "I took most of 2021 off to recover from burnout"),
    ("sexual_orientation", "my wife Hannah"),
    ("trade_union", "I'm also a Unite Community member and go to the odd picket when the bus drivers are out."),
],
keep=["HR Advisor - Northern Freight Logistics, Trafford Park", "Administered check-off of GMB and Unite dues and led the annual reconciliation with payroll",
      "Supported 14 collective consultation meetings during the 2023 shift-pattern review (management side)",
      "Drafted the first menopause and neurodiversity guidance for store managers",
      "CIPD Level 5 Associate Diploma in People Management (2020)", "Mental Health First Aider (MHFA England)", "Workday"],
contact=["Clare Whitfield", "Stockport, Greater Manchester", "07891 224 506", "clare.whitfield.hr@gmail.com"],
),

dict(id="office-en-010", text="""
MARCUS DELANEY, PMP
Pittsburgh, PA  ·  412-555-0166  ·  marcus.delaney.pm@gmail.com

Project Manager - IT Infrastructure and Office Moves

PROFILE
Certified project manager with five years of delivery in mid-size companies: data-center migrations, ERP rollouts and office relocations. I'm direct about my background: between 2015 and 2018 I served a sentence at FCI Morgantown for wire fraud. I finished my bachelor's degree inside, paid full restitution, and have built a clean professional record since.

EXPERIENCE
Project Manager, Allegheny Business Systems - Pittsburgh, PA (2021 - Present)
  - Delivered a 600-seat office consolidation on time and $180K under budget
  - Led the NetSuite ERP go-live for a regional distributor (14-week plan, 9 workstreams)
  - Run weekly RAID reviews and steering-committee reporting

Project Coordinator, Three Rivers Staffing Solutions (2019 - 2021)
  - Coordinated onboarding projects for 30+ client sites
  - Built the PMO's first Smartsheet portfolio dashboard

EDUCATION AND CERTIFICATION
B.S. Business Administration, Ohio University (2018)
Project Management Professional (PMP), 2022
Certified ScrumMaster (CSM), 2020

TOOLS
MS Project, Smartsheet, Jira, Confluence, NetSuite

PERSONAL
Genealogy - my 23andMe results sent me down a rabbit hole of Slovak parish records, which is now a very nerdy hobby. I live with my husband, Marco, and volunteer as a reading mentor with Literacy Pittsburgh.
""",
sensitive=[
    ("criminal_record", "between 2015 and 2018 I served a sentence at FCI Morgantown for wire fraud"),
    ("criminal_record", "paid full restitution"),
    ("genetic_biometric", "my 23andMe results sent me down a rabbit hole of Slovak parish records"),
    ("sexual_orientation", "my husband, Marco"),
],
keep=["Project Manager - IT Infrastructure and Office Moves", "Allegheny Business Systems", "Delivered a 600-seat office consolidation on time and $180K under budget",
      "Led the NetSuite ERP go-live for a regional distributor (14-week plan, 9 workstreams)", "Project Management Professional (PMP), 2022",
      "Certified ScrumMaster (CSM), 2020", "Smartsheet"],
contact=["MARCUS DELANEY", "Pittsburgh, PA", "412-555-0166", "marcus.delaney.pm@gmail.com"],
),
]
