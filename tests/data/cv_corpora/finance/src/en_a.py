CVS = [
r"""
{c:TOMASZ WIERZBICKI} | Credit Risk Analyst | {c:Leeds LS6 2QA} | {c:07700 914 332} | {c:t.wierzbicki@outlook.com}

KEY SKILLS: IFRS 9 | ECL modelling | PD/LGD/EAD | SAS | Python (pandas) | SQL | Basel III | stress testing | credit scoring | Moody's RiskCalc | Power BI

PROFILE
Credit risk analyst with six years in retail and SME lending. {E:Polish national with settled status (EUSS) since 2020}, no sponsorship needed. Comfortable presenting model findings to credit committee.

EXPERIENCE
{k:Credit Risk Analyst, Yorkshire Building Society} — Mar 2021 to present
- {k:Rebuilt the mortgage PD scorecard; Gini up from 0.61 to 0.68, approved by model risk in one cycle}
- {k:Ran the annual IFRS 9 staging review across a £38bn book}
- Automated the monthly arrears MI pack (SAS to Python), saving 3 analyst days a month

{k:Junior Risk Analyst, Virgin Money} — Sep 2018 to Feb 2021
- Monitored SME overdraft limits and early-warning triggers
- Supported the ICAAP stress test submission

EDUCATION
{k:MSc Financial Mathematics, University of Leeds} (Distinction), 2018
{k:BSc Economics, Poznań University of Economics}, 2016

OTHER
Member of {U:Accord, the finance-sector union, since 2019}; {U:workplace rep for the Leeds risk team}.
Interests: chess (club level), 5-a-side football, {R:choir at St Anne's Catholic Cathedral}.
{D:DOB 14/07/1993}.
""",
r"""
CURRICULUM VITAE

Personal particulars
Name: {c:Aoife Ní Bhriain}
Address: {c:22 Seapoint Avenue, Monkstown, Co. Dublin}
Mobile: {c:+353 87 412 6690}
Email: {c:aoife.nibhriain@eircom.net}
{D:Date of birth: 3 February 1988}
{F:Marital status: Married, two children}
Nationality: Irish

Career history
2019 – present  {k:Senior Fund Accountant, State Street Fund Services (Ireland)}
  • NAV production for 14 UCITS and AIFs with combined AUM of €9.2bn
  • {k:Reduced NAV errors by 40% after rebuilding the pricing exception workflow}
  • {k:Central Bank of Ireland regulatory returns (MMIF, FVC)}

2014 – 2019  {k:Fund Accountant, BNY Mellon, Dublin}
  • Daily reconciliations, fee accruals, distributions for equity funds

Career break
{F:Oct 2017 – Sep 2018: maternity leave (second child)}, returned to the same team on a 4-day week.

Education and qualifications
{k:ACCA} (fully qualified 2017)
{k:BComm, University College Cork}, 2010

Other
{U:Financial Services Union member; sat on the FSU youth committee 2015-2017}.
{H:I manage coeliac disease}, so please note for any onsite catering.
Referee: {c:Mr Declan Furlong}, Head of Fund Accounting, State Street — details on request.
""",
r"""
Dear Hiring Team,

I'm applying for the Senior AML Investigator role at Plaid. I spent the last four years clearing alert backlogs at a neobank and I'm good at it: I closed 2,300 cases in 2023 with a QA pass rate of 98%. I'd like to move to a team building transaction monitoring from the ground up. {F:I relocated to Denver last summer with my husband, who started a residency at UCHealth}, so I'm looking for hybrid work in Colorado.

{c:Keisha Odom-Barrett}, CAMS
{c:Denver, CO 80218} · {c:(720) 555-0143} · {c:keisha.odombarrett@gmail.com} · {c:linkedin.com/in/keishaodom}

EXPERIENCE
{k:AML Investigator II, Chime} (remote), 2020–2024
- {k:Filed 410 SARs, including a human-trafficking typology case referred to FinCEN}
- {k:Wrote the playbook for crypto off-ramp alerts}
- Trained 12 new investigators

{k:Fraud Operations Associate, Wells Fargo, Charlotte NC}, 2017–2020
- Check kiting and ACH return fraud review

EDUCATION
{k:B.A. Criminal Justice, North Carolina Central University}, 2017
{k:CAMS (Certified Anti-Money Laundering Specialist)}, 2019

EXTRAS
Proud first-generation college grad and {E:member of the National Association of Black Accountants}; {R:youth leader at Shiloh Baptist Church} back in Charlotte. Background check: clean, happy to authorize credit and criminal checks.
""",
r"""
{c:Rohan Mehta-Lindqvist}, FSA, FCIA
{c:Toronto, ON} | {c:416-555-0198} | {c:rohan.ml@protonmail.com}

Summary
Fellow of the Society of Actuaries (2016) with pricing and valuation experience in group benefits and individual life. I like translating reserve movements into plain English for finance teams.

Experience
Sun Life Financial — {k:Associate Actuary, Group Benefits Pricing} (2018 – now)
 * {k:Led the LTD experience study covering 1.1 million exposure-years}
 * Repriced the dental block after the 2022 inflation spike; margin restored by 2.3 points
 * Built an R Shiny tool for broker quotes

{k:Manulife — Actuarial Analyst} (2013 – 2018)
 * {k:IFRS 17 transition work: CSM roll-forward for par life}

Education
{k:BMath, Actuarial Science, University of Waterloo}, 2013
{k:Fellow of the Society of Actuaries (FSA)}

Personal
{F:My partner Jonas and I share custody of his two kids}, so I favour roles with flexible Fridays. {S:Jonas and I met through the Pride at Work Canada network}. {E:Born in Pune; came to Canada on a study permit in 2009}, citizen since 2017. Interests: long-distance cycling, sourdough.
""",
r"""
{c:LIM WEI LING, JOANNE}
Blk 412 {c:Bedok North Ave 2, #08-117, Singapore 460412}
{c:9123 4478} / {c:joanne.lim.wl@gmail.com}

OBJECTIVE: Trade operations lead role in a regional bank.

WORK
{k:DBS Bank — Assistant Vice President, Trade Finance Operations}, Jan 2019 – present
- {k:Letters of credit, bank guarantees and supply chain financing for SME clients}
- {k:Processed USD 1.8bn of documentary credits in 2023 with zero UCP 600 discrepancies escalated}
- Led migration to the new trade platform, cutting turnaround from 2.1 to 1.3 days

{k:OCBC Bank — Trade Services Officer}, Jun 2014 – Dec 2018

EDUCATION
{k:Certified Documentary Credit Specialist (CDCS)}
{k:B.Bus (Banking & Finance), Nanyang Technological University}, 2014

PERSONAL
{D:Born 1991}, {E:Singapore citizen (Chinese)}, {F:married, one son}.
{R:Active member of Kong Meng San Phor Kark See Monastery volunteer corps}.
{H:Currently on medication for hypothyroidism, no impact on work}.
Languages: English, Mandarin, Hokkien.
""",
r"""
{c:Kwok Ka-Ho, Kenneth}
{c:Flat 12C, Tower 3, Laguna City, Kwun Tong, Kowloon} | {c:+852 9345 7781} | {c:kenneth.kwok.kh@yahoo.com.hk}

Compliance Manager — SFC Type 1/4/9 licensed (Responsible Officer)

Professional Experience
{k:Compliance Manager, Futu Securities International (Hong Kong)} | 2020 - Present
· Own the licensing and fit-and-proper file for 46 licensed representatives
· {k:Led the SFC thematic inspection on suitability, closed with no deficiency findings}
· Introduced a trade surveillance tool covering 3.2m orders a day

{k:Assistant Compliance Officer, Bank of East Asia} | 2015 - 2020
· KYC refresh for 8,000 private banking clients
· {k:Handled 120 STRs to the JFIU}

Education & Licences
{k:LLB, The University of Hong Kong}, 2014
{k:SFC licence: Responsible Officer, Types 1, 4 and 9}

Disclosure
{C:I was convicted in 2011 of careless driving (fined HK$2,000)}; this was reported to the SFC in my licence application and accepted.

Personal
{D:Age: 35}. {F:Single}. {P:Volunteered as a polling agent for the Civic Party in the 2016 LegCo election}. Hobbies: dragon boat racing, photography.
""",
r"""
{c:Faisal Rahman Chowdhury}
Islamic Structured Finance — Associate Director
{c:Dubai Marina, UAE} · {c:+971 50 771 4023} · {c:faisal.chowdhury@icloud.com}

I structure sukuk and Islamic syndicated facilities for GCC corporates and sovereigns. My work sits between the Shari'ah board, lawyers and treasury, and I'm the person who turns a fatwa into a term sheet.

EXPERIENCE
{k:Emirates NBD Capital — Associate Director, Debt Capital Markets} (2019–present)
  – {k:Joint lead on a USD 1.5bn sovereign sukuk al-ijara}
  – {k:Drafted the murabaha and wakala structures approved by the Internal Shari'ah Supervision Committee}
  – 11 transactions closed, USD 7.4bn total
{k:HSBC Amanah Malaysia — Analyst, Islamic Markets} (2014–2019)
  – {k:Commodity murabaha for treasury clients through Bursa Suq Al-Sila'}

EDUCATION
{k:Certified Shari'ah Adviser and Auditor (CSAA), AAOIFI}
{k:MSc Islamic Finance, INCEIF, Kuala Lumpur}

PERSONAL
{E:British passport holder of Bangladeshi heritage}; UAE residence visa sponsored by current employer, transferable. {F:Married, wife and three daughters live with me in Dubai}. {D:Born 22.11.1986}. Outside work I coach junior cricket.
""",
r"""
{c:Thandeka Mahlangu} CA(SA)
{c:Randburg, Johannesburg} | {c:082 555 3190} | {c:thandeka.mahlangu@webmail.co.za}

AUDIT MANAGER — FINANCIAL SERVICES

Summary: Chartered accountant with 8 years of external audit at a Big Four firm, mostly banks and insurers. IRBA registered.

Experience
{k:PwC South Africa — Audit Manager, Financial Services} — 2020–present
• Manager on the audit of a JSE-listed bank with R180bn of loans and advances
• {k:Led the IFRS 17 first-time adoption audit for a short-term insurer}
• {k:Managed a team of 9 trainees; all passed the APC at first attempt}

{k:PwC South Africa — Trainee Accountant (SAICA training contract)} — 2016–2019

Education
{k:CA(SA), SAICA} — 2019
{k:BCom Accounting (Honours), University of Pretoria} — 2015

Personal
{D:ID: born 1992}. {E:Black African (B-BBEE status for employment equity reporting)}. {F:Mother of a three-year-old}; {F:planning a second pregnancy next year, I'd rather say so up front}. {R:Sunday school teacher at my ZCC congregation}.
Referee: {c:Mr Pieter Joubert}, Partner, PwC.
""",
r"""
{c:KWABENA OWUSU-ANSAH}
{c:P. O. Box KS 1187, Kumasi} | {c:024 455 8821} | {c:kowusuansah@yahoo.com}

Microfinance branch manager with 11 years of group and individual lending in the Ashanti and Bono regions.

WORK HISTORY
2017–date  {k:Branch Manager, Opportunity International Savings and Loans, Ejisu}
  - Grew the loan portfolio from GH₵4.2m to GH₵11.6m with PAR30 under 3%
  - {k:Introduced mobile money loan repayments for 6,000 market women}
  - Managed 14 loan officers

2012–2017  {k:Loan Officer, Sinapi Aba Savings and Loans}
  - {k:Group loans (trust banks) for traders and farmers}

EDUCATION
{k:Chartered Institute of Bankers Ghana (ACIB)}
{k:BSc Administration (Banking and Finance), University of Ghana}, 2011

PERSONAL DATA
{D:Date of birth: 9th May, 1987}
Hometown: Agona, Ashanti ({E:Asante})
{R:Religion: Christian (Methodist)}
{F:Marital status: Married with four children}
{P:Former NDC constituency youth organiser, Ejisu (2008–2011)}
""",
r"""
{c:Muhammad Usman Tariq}
{c:House 17, Street 4, F-10/2, Islamabad} — {c:0300 5127 884} — {c:usman.tariq87@gmail.com}

Islamic Banking Officer seeking a branch operations manager role.

PROFESSIONAL EXPERIENCE
{k:Meezan Bank Ltd — Relationship Manager, Islamic Consumer Finance} (2018 – present)
 » Sold and serviced {k:Diminishing Musharakah home finance}, Ijarah car finance and Islamic current accounts
 » {k:Achieved 132% of the 2023 target (PKR 410m disbursed)}
 » {k:Trained branch staff on the SBP Shariah Governance Framework}

{k:Bank Alfalah — Cash Officer} (2014 – 2018)
 » Teller operations, cash vault, ATM balancing

QUALIFICATIONS
{k:MBA Banking & Finance, International Islamic University Islamabad}
{k:Certificate in Islamic Banking, NIBAF}

PERSONAL INFORMATION
Father's name: {c:Tariq Mahmood}
{D:Date of birth: 01-08-1987}
{E:Domicile: Punjab (Rawalpindi)}
{E:Caste: Arain}
{F:Married, 2 kids}
CNIC: {c:37405-1234567-1}
""",
]
