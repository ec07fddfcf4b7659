from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 011 - Canada, law-firm partner web bio with "about me"
BOOK.add("""
Priya Malhotra
Partner, Litigation & White-Collar Defence | Bay Street Chambers LLP, Toronto
416-555-0187 | pmalhotra@baystreetchambers.ca | linkedin.com/in/priyamalhotra-litigation

Practice
Priya represents defendants in criminal cases involving securities fraud, bribery of foreign public officials and Competition Act cartel charges, and acts on the regulatory side before the Ontario Securities Commission. She is counsel to the trustees of a union pension fund, the Colleges of Applied Arts and Technology Pension Plan, in its long-running dispute with a former investment manager.

Selected matters
• Lead defence counsel in R. v. Halvorsen (ONSC 2022), a $40M accounting fraud — acquitted on all counts
• Counsel to an engineering firm in a CFPOA investigation closed without charges
• Counsel to the CAAT pension trustees, ONCA 2023

Recognition: Lexpert Leading Lawyer (Corporate Criminal Law), 2021–2024

Education: JD, Osgoode Hall Law School; BA (Hons), McGill. Called to the Ontario bar 2002.

About me (from the firm's "Meet our partners" series)
I was born in Chandigarh and moved to Canada as a child; I'm still an Overseas Citizen of India as well as a Canadian. I'm married to Dr. Aisha Rahman, a family physician, and we have two kids in French immersion. In 2021 I spent three months off with long COVID, which made me a fierce advocate for the firm's flexible-return policy. I hold a NEXUS card (iris and fingerprints enrolled), which makes the New York matters easy.
""",
    [(E, "born in Chandigarh and moved to Canada as a child"),
     (E, "I'm still an Overseas Citizen of India"),
     (S, "I'm married to Dr. Aisha Rahman"),
     (F, "we have two kids in French immersion"),
     (H, "I spent three months off with long COVID"),
     (G, "a NEXUS card (iris and fingerprints enrolled)")],
    ["Partner, Litigation & White-Collar Defence",
     "represents defendants in criminal cases involving securities fraud",
     "counsel to the trustees of a union pension fund",
     "Lead defence counsel in R. v. Halvorsen (ONSC 2022)",
     "Lexpert Leading Lawyer (Corporate Criminal Law)",
     "JD, Osgoode Hall Law School", "Called to the Ontario bar 2002"],
    ["Priya Malhotra", "416-555-0187", "pmalhotra@baystreetchambers.ca",
     "linkedin.com/in/priyamalhotra-litigation"])

# 012 - UK, audit partner, first person
BOOK.add("""
SIMON ADEYEMI-HART FCA
Audit Partner | Birmingham
simon.adeyemihart@outlook.com · 07700 914 522

PROFILE
Audit partner with 17 years at a Big Four firm and, since 2019, a mid-tier firm. I lead audits of charities, universities and faith bodies, and I sit on the ICAEW Charities Committee.

EXPERIENCE
Partner, Audit & Assurance — Brindley Moss LLP, Birmingham (2019–present)
• Audit partner to the Diocese of Birmingham and its 180 parishes' consolidated returns
• Engagement partner for two universities and the West Midlands Combined Authority pension audit
• Built the firm's charity audit team from 4 to 19 people

Director, Audit — KPMG, Birmingham and London (2002–2019)
• Led the audit of a biometrics acquisition (Vantage ID / Sentel) including purchase-price allocation
• Seconded to the FRC's Audit Quality Review team, 2014

QUALIFICATIONS
ACA (ICAEW, 2005), later FCA · BSc Accounting & Finance, Aston University

ABOUT ME
I'm British-Nigerian, the son of a Lagos engineer and a Black Country nurse. I'm a practising Quaker and clerk to Bournville Friends Meeting. I've been a Labour Party member since 2015. I'm married with three children. I'm dyslexic, which is why I insist on plain-English audit reports. One more thing for transparency: I was convicted of drink-driving in 1996 and banned for 12 months; it is long spent and was disclosed to the institute.

REFERENCES
Jane Whitcombe, Managing Partner, Brindley Moss — on request
""",
    [(E, "I'm British-Nigerian, the son of a Lagos engineer"),
     (R, "I'm a practising Quaker and clerk to Bournville Friends Meeting"),
     (P, "I've been a Labour Party member since 2015"),
     (F, "I'm married with three children"),
     (H, "I'm dyslexic"),
     (C, "I was convicted of drink-driving in 1996 and banned for 12 months")],
    ["Partner, Audit & Assurance — Brindley Moss LLP",
     "Audit partner to the Diocese of Birmingham",
     "Built the firm's charity audit team from 4 to 19 people",
     "Director, Audit — KPMG", "Led the audit of a biometrics acquisition",
     "Seconded to the FRC's Audit Quality Review team", "ACA (ICAEW, 2005)",
     "BSc Accounting & Finance, Aston University", "ICAEW Charities Committee"],
    ["SIMON ADEYEMI-HART", "simon.adeyemihart@outlook.com", "07700 914 522",
     "Jane Whitcombe"])

# 013 - US, search-firm presentation, hospital system CEO
BOOK.add("""
WITT & MARLOWE EXECUTIVE SEARCH — CANDIDATE PRESENTATION
Position: President & CEO, Lakeshore Regional Health System
Candidate: Thomas J. Brennan, FACHE
Presented by: Sandra Kowalczyk, Managing Director (skowalczyk@wittmarlowe.com, 312-555-0143)

Tom Brennan, aged 60, is President of Saint Anselm Medical Center (612 beds, Chicago). He led the hospital merger of Saint Anselm and Northshore Community Hospital in 2018, retaining both Catholic and secular service lines and closing a $38M operating gap within two years. Previously COO at Rush-Copley and, earlier still, a nurse manager in cardiac ICU, where he was an SEIU Healthcare Illinois member during his bedside years.

Education: BSN, Loyola University Chicago; MHA, Northwestern; FACHE.

Key achievements
• Magnet redesignation twice; CMS five-star rating since 2020
• Raised $140M for the new cardiac pavilion
• Negotiated the first system-wide contract with the nurses' union without a strike

Disclosures discussed with the candidate
He suffered a minor stroke in 2016 and returned after five months of rehabilitation; his physician confirms full recovery. He stood as a Republican candidate for the Illinois State Senate in 2008 (unsuccessful). His father had Huntington's disease; Tom tested negative in 2005. He is a deacon at Fourth Presbyterian Church. He lives in Evanston with his husband, Marcus Bell, a high-school principal.

Committee notes: strong cultural fit; the board should discuss the political history openly.
""",
    [(A, "aged 60"),
     (U, "he was an SEIU Healthcare Illinois member during his bedside years"),
     (H, "suffered a minor stroke in 2016 and returned after five months of rehabilitation"),
     (P, "He stood as a Republican candidate for the Illinois State Senate in 2008"),
     (G, "His father had Huntington's disease; Tom tested negative in 2005"),
     (R, "He is a deacon at Fourth Presbyterian Church"),
     (S, "his husband, Marcus Bell")],
    ["President of Saint Anselm Medical Center",
     "led the hospital merger of Saint Anselm and Northshore Community Hospital",
     "COO at Rush-Copley", "BSN, Loyola University Chicago", "MHA, Northwestern",
     "Magnet redesignation twice",
     "Negotiated the first system-wide contract with the nurses' union without a strike"],
    ["Thomas J. Brennan", "Tom Brennan", "Sandra Kowalczyk", "skowalczyk@wittmarlowe.com",
     "312-555-0143"])

# 014 - India, university dean, bio-data CV
BOOK.add("""
CURRICULUM VITAE

Name: Prof. Suresh Kumar Jatav
Present position: Dean, Faculty of Commerce and Business, University of Delhi (since 2021)
Date of birth: 15/08/1961
Address: C-42, Teachers' Flats, Maurice Nagar, Delhi 110007
Mobile: +91 98110 47326   Email: skjatav@commerce.du.ac.in

Academic qualifications
• Ph.D. (Economics), Jawaharlal Nehru University, 1992
• M.Com, Delhi School of Economics, 1985
• UGC-NET (JRF), 1986

Administrative experience
• Dean, Faculty of Commerce and Business (2021– )
• Head, Department of Commerce (2015–2018)
• Coordinator, Internal Quality Assurance Cell — led the NAAC A++ reaccreditation
• Member, UGC Expert Committee on reservation roster audits (2019), which reviewed SC/ST/OBC faculty recruitment in central universities

Publications: 4 books, 61 papers; Cooperative Credit and Rural Distress (Sage, 2008).

Personal details
Social category: Scheduled Caste (first-generation graduate). Married; two daughters. Life member of the Delhi University Teachers' Association since 1990. In student days I was a member of the ABVP; I have had no political affiliation since joining service. An FIR lodged against me in 2012 during a campus dispute was quashed by the Delhi High Court in 2014.

I hereby declare that the above information is true to the best of my knowledge.
Suresh Kumar Jatav
""",
    [(A, "Date of birth: 15/08/1961"),
     (E, "Social category: Scheduled Caste"),
     (F, "Married; two daughters"),
     (U, "Life member of the Delhi University Teachers' Association since 1990"),
     (P, "In student days I was a member of the ABVP"),
     (C, "An FIR lodged against me in 2012 during a campus dispute was quashed by the Delhi High Court in 2014")],
    ["Dean, Faculty of Commerce and Business, University of Delhi",
     "Ph.D. (Economics), Jawaharlal Nehru University", "UGC-NET (JRF)",
     "Head, Department of Commerce", "led the NAAC A++ reaccreditation",
     "Member, UGC Expert Committee on reservation roster audits",
     "Cooperative Credit and Rural Distress"],
    ["Suresh Kumar Jatav", "C-42, Teachers' Flats, Maurice Nagar, Delhi 110007",
     "+91 98110 47326", "skjatav@commerce.du.ac.in"])

# 015 - Australia, super fund CIO, first person
BOOK.add("""
Hamish Doyle
Chief Investment Officer — industry superannuation
Sydney NSW · hamish.doyle@proton.me · +61 411 203 778

I've spent 24 years investing members' retirement savings, the last nine as CIO of Meridian Super, an industry fund with A$61bn under management whose board is half employer and half union nominated. I'm applying for the CIO role at a merged fund because I've done two mergers and know where the problems hide in unitisation.

Experience
Chief Investment Officer, Meridian Super (2016–now)
- Moved the fund from 11% to 24% unlisted infrastructure; 10-year return 8.4% p.a., top decile of the APRA heatmap
- Led the merger with Harbour Industry Super (A$14bn) and the unitisation of both portfolios
- Internalised Australian equities, saving A$38m a year in fees
Head of Fixed Income, QIC (2008–2016)
Analyst → Portfolio Manager, Westpac Investment Management (2001–2008)

Education: B.Ec (Hons), University of Sydney; CFA; GAICD

A few things about me
I've been a member of the Finance Sector Union since my first job at Westpac and still pay the dues. My partner Tom and I live in Marrickville with a very old greyhound. I manage bipolar II disorder with medication and a good psychiatrist; I mention it because I speak about it at industry mental-health events. My familial hypercholesterolaemia is confirmed genetically, which is why I run marathons rather than eat pies.

References: Ms Liz Carmody (Chair, Meridian Super) and Mr Bruce Hanlon (former CEO, QIC).
""",
    [(U, "I've been a member of the Finance Sector Union since my first job at Westpac"),
     (S, "My partner Tom"),
     (H, "I manage bipolar II disorder with medication"),
     (G, "My familial hypercholesterolaemia is confirmed genetically")],
    ["Chief Investment Officer, Meridian Super",
     "whose board is half employer and half union nominated",
     "Led the merger with Harbour Industry Super",
     "Internalised Australian equities, saving A$38m a year in fees",
     "Head of Fixed Income, QIC", "Westpac Investment Management",
     "B.Ec (Hons), University of Sydney"],
    ["Hamish Doyle", "Sydney NSW", "hamish.doyle@proton.me", "+61 411 203 778",
     "Ms Liz Carmody", "Mr Bruce Hanlon"])

# 016 - Kenya, ambassador's official biography
BOOK.add("""
AMBASSADOR ABDIRAHMAN HUSSEIN ISMAIL, EBS
Ambassador of the Republic of Kenya to the Federal Democratic Republic of Ethiopia and Permanent Representative to the African Union and UNECA

Ambassador Ismail was born on 4 May 1964 in Garissa. He holds a Bachelor of Arts (Political Science) and a Master of Arts in International Relations from the University of Nairobi, and a Diploma in Diplomacy from the Foreign Service Institute.

He joined the Ministry of Foreign Affairs in 1990 and served in Riyadh, Cairo and at the Permanent Mission in Geneva before heading the Directorate of African Union and Regional Cooperation (2010–2015). As Ambassador in Addis Ababa since 2019 he led the Kenya–Ethiopia LAPSSET corridor negotiations and chaired the AU Permanent Representatives' Sub-Committee on Refugees in 2021.

He was awarded the Elder of the Order of the Burning Spear (EBS) in 2016.

Of Somali descent, Ambassador Ismail is a devout Muslim and performed Hajj in 2011. He is married to Mrs Amina Ismail and they have four children. He had a kidney transplant in 2014 and has since been a patron of the Kenya Renal Association.

Languages: Somali, Kiswahili, English, Arabic.
Contact: Embassy of Kenya, Addis Ababa — +251 11 661 0033
""",
    [(A, "born on 4 May 1964"),
     (E, "Of Somali descent"),
     (R, "a devout Muslim and performed Hajj in 2011"),
     (F, "He is married to Mrs Amina Ismail and they have four children"),
     (H, "He had a kidney transplant in 2014")],
    ["Ambassador of the Republic of Kenya to the Federal Democratic Republic of Ethiopia",
     "Master of Arts in International Relations from the University of Nairobi",
     "Diploma in Diplomacy from the Foreign Service Institute",
     "Directorate of African Union and Regional Cooperation",
     "led the Kenya–Ethiopia LAPSSET corridor negotiations",
     "chaired the AU Permanent Representatives' Sub-Committee on Refugees",
     "Elder of the Order of the Burning Spear (EBS)"],
    ["ABDIRAHMAN HUSSEIN ISMAIL", "Ambassador Ismail", "+251 11 661 0033"])

# 017 - UK, Director General, application with supporting statement
BOOK.add("""
Catriona MacLeod CB
Director General | Senior Civil Service
catriona.macleod@dwp.gov.uk (work) · catmacleod@fastmail.com (personal) · 07831 660 214

Application: Permanent Secretary, Department for Education — career history and supporting statement (extract)

Career history
2020–present  Director General, Work and Pensions Policy, DWP
2015–2020     Director, Pensions and Ageing Society, DWP
2008–2015     Deputy Director, Private Pensions Policy, DWP — I advised the Labour government on the Pensions Act 2008 and led the design of automatic enrolment
2003–2008     HM Treasury, Team Leader, Savings and Pensions
1999–2003     Government Economic Service, Scottish Office / Scottish Executive

Qualifications: MA (Hons) Economics, University of Edinburgh; MSc Economics, LSE. Companion of the Order of the Bath (CB), 2022.

Key achievements
• Automatic enrolment: 10.9 million additional savers, opt-out rate held below 10%
• Gave evidence to the Work and Pensions Select Committee on 14 occasions
• Led DWP's response to the 2023 State Pension age review

Supporting statement (extract)
I've been a member of the FDA union since 1999 and I think senior leaders should be visible in the union, not absent from it. I live in Hackney with my civil partner, Siobhan Kerr, a GP. I've worn hearing aids since 2012 and chair the department's deaf and hard-of-hearing staff network. I want to lead a department where people like me are not the exception at the top table.
""",
    [(U, "I've been a member of the FDA union since 1999"),
     (S, "with my civil partner, Siobhan Kerr"),
     (H, "I've worn hearing aids since 2012 and chair the department's deaf and hard-of-hearing staff network")],
    ["Director General, Work and Pensions Policy, DWP",
     "Director, Pensions and Ageing Society, DWP",
     "I advised the Labour government on the Pensions Act 2008",
     "led the design of automatic enrolment",
     "HM Treasury, Team Leader, Savings and Pensions", "MSc Economics, LSE",
     "Companion of the Order of the Bath (CB)",
     "Gave evidence to the Work and Pensions Select Committee on 14 occasions",
     "Led DWP's response to the 2023 State Pension age review"],
    ["Catriona MacLeod", "catriona.macleod@dwp.gov.uk", "catmacleod@fastmail.com",
     "07831 660 214"])

# 018 - US, private equity partner resume
BOOK.add("""
JONATHAN S. WEIL
Partner, Larchmont Capital Partners · New York, NY
jweil@larchmontcap.com · (212) 555-0166

SUMMARY
Private equity investor focused on security, identity and industrial technology. 17 years at Larchmont; Investment Committee member since 2019.

SELECTED INVESTMENTS
• Ridgeline Identity — led a biometrics acquisition: $640m take-private of a fingerprint and face-matching vendor; 2.6x gross MOIC on exit to a strategic in 2023
• Corvus Perimeter Systems — carve-out from a defense prime; board member 2017–2022
• Tallis Valve — platform plus four add-ons; chairman of the board

EARLIER
Associate, Goldman Sachs, Industrials M&A (2004–2006)

EDUCATION
MBA, Harvard Business School (Baker Scholar); BA Economics, Williams College
FINRA Series 7 and 63 (inactive)

PERSONAL
I'm 42, and my husband Ben and I have a son, Eli, who is four. I have donated to Democratic candidates through ActBlue, all pre-cleared under Larchmont's pay-to-play policy. In 2017 I learned through genetic testing that I carry an MLH1 variant (Lynch syndrome), so I have annual colonoscopies and give to Lynch research. Board member, Central Park Conservancy; marathon runner.

REFERENCES on request.
""",
    [(A, "I'm 42"),
     (S, "my husband Ben"),
     (F, "have a son, Eli, who is four"),
     (P, "I have donated to Democratic candidates through ActBlue"),
     (G, "I learned through genetic testing that I carry an MLH1 variant (Lynch syndrome)"),
     (H, "I have annual colonoscopies")],
    ["Partner, Larchmont Capital Partners",
     "led a biometrics acquisition: $640m take-private of a fingerprint and face-matching vendor",
     "Investment Committee member since 2019", "Corvus Perimeter Systems",
     "Associate, Goldman Sachs, Industrials M&A",
     "MBA, Harvard Business School (Baker Scholar)", "BA Economics, Williams College",
     "FINRA Series 7 and 63"],
    ["JONATHAN S. WEIL", "jweil@larchmontcap.com", "(212) 555-0166"])

# 019 - Hong Kong, barrister chambers profile with biographical note
BOOK.add("""
BENJAMIN REUBEN SC
Harcourt Chambers · 1208 Bank of America Tower, 12 Harcourt Road, Central, Hong Kong
Clerk: Winnie Chow · +852 2526 1180 · clerks@harcourtchambers.hk

Called to the Bar of England and Wales (Middle Temple) 1991 and to the Hong Kong Bar 1993; appointed Senior Counsel 2015.

Practice. Criminal and regulatory. He has represented defendants in criminal cases at every level up to the Court of Final Appeal, including the leading authority on market misconduct, HKSAR v Cheng Kam-wah (2019). He also prosecutes on fiat for the Department of Justice in commercial crime and acts for the SFC in disciplinary matters. Chairman of the Bar Association's Criminal Law and Procedure Committee (2018–2021).

Education: LLB (Hons), King's College London; PCLL, HKU.

Biographical note (as printed in a Hong Kong who's who): REUBEN, Benjamin David, SC. b. London, 1967. Holds British and Israeli nationality; HK permanent resident since 2000. m. 1996, Rachel Sofer; two s. Member of the board of management, Ohel Leah Synagogue. Carrier screening for Tay-Sachs disease (positive) before marriage. Recreations: squash, Cantonese opera. Clubs: Hong Kong Club; Ladies' Recreation Club.
""",
    [(A, "b. London, 1967"),
     (E, "Holds British and Israeli nationality"),
     (F, "m. 1996, Rachel Sofer"),
     (F, "two s."),
     (R, "Member of the board of management, Ohel Leah Synagogue"),
     (G, "Carrier screening for Tay-Sachs disease (positive) before marriage")],
    ["Called to the Bar of England and Wales (Middle Temple) 1991",
     "appointed Senior Counsel 2015",
     "represented defendants in criminal cases at every level up to the Court of Final Appeal",
     "prosecutes on fiat for the Department of Justice in commercial crime",
     "Chairman of the Bar Association's Criminal Law and Procedure Committee",
     "LLB (Hons), King's College London", "PCLL, HKU"],
    ["BENJAMIN REUBEN", "REUBEN, Benjamin David", "Winnie Chow", "+852 2526 1180",
     "clerks@harcourtchambers.hk",
     "1208 Bank of America Tower, 12 Harcourt Road, Central, Hong Kong"])

# 020 - UK, board-practice candidate note, housing association chair
BOOK.add("""
Blackmore Grant — Candidate Note (Board practice)
Role: Chair, Trentvale Housing Association (Nottingham)
Candidate: Graham Pickering FCCA
Consultant: Lucy Hargreaves · lucy.hargreaves@blackmoregrant.co.uk

Graham, aged 66, is a turnaround chairman with a long record in social housing and manufacturing. He chaired Derwent Homes through its 2016 regulatory downgrade and back to G1/V1 within three years, and was interim CEO of Ashby Castings, taking it from administration to a trade sale that saved 310 jobs. He currently chairs the audit committee of the Nottingham Roman Catholic Diocesan Trust, a paid appointment he took for its property portfolio.

His own career began on the shop floor at Raleigh, and he has kept his GMB card since those days.

Matters the nominations committee must weigh
1. He was disqualified as a director for five years in 2004 following the collapse of Fenwick Print Ltd (undertaking under the CDDA; trading while insolvent). The period ended in 2009 and the Regulator of Social Housing was informed when he joined Derwent.
2. He speaks openly about treatment for alcohol dependence in 2003–04 and has been sober since; he connects it with the Fenwick failure.
3. Widowed in 2015; lives alone in Southwell.

Qualifications: FCCA; Diploma in Company Direction (IoD).

Our assessment: the strongest turnaround candidate in the field; point 1 requires an explicit board decision and a conversation with the regulator.
""",
    [(A, "aged 66"),
     (U, "he has kept his GMB card since those days"),
     (C, "He was disqualified as a director for five years in 2004 following the collapse of Fenwick Print Ltd"),
     (H, "treatment for alcohol dependence in 2003–04 and has been sober since"),
     (F, "Widowed in 2015; lives alone")],
    ["turnaround chairman",
     "chaired Derwent Homes through its 2016 regulatory downgrade",
     "interim CEO of Ashby Castings", "saved 310 jobs",
     "chairs the audit committee of the Nottingham Roman Catholic Diocesan Trust",
     "Diploma in Company Direction (IoD)"],
    ["Graham Pickering", "Lucy Hargreaves", "lucy.hargreaves@blackmoregrant.co.uk",
     "Southwell"])
