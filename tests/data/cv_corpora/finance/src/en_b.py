CVS = [
r"""
{c:Jade Kerrigan}
{c:Flat 3, 41 Whitworth Road, Rochdale OL12 0JS}
{c:07931 220 846} - {c:jadekerrigan93@hotmail.co.uk}

Customer Adviser looking to step up to Personal Banking Manager.

Experience
{k:Customer Service Adviser, Halifax (Lloyds Banking Group)}, Rochdale branch, 2019 - now
- {k:Top seller in the cluster for ISAs three quarters running}
- {k:Trained as a Dementia Friends champion for vulnerable customers}
- {k:Opened on average 30 current accounts a month, cash and counter cover}

{k:Sales Assistant, Boots}, 2014 - 2019

Qualifications
{k:CeMAP Level 3 (in progress, modules 1 and 2 passed)}
5 GCSEs including Maths and English

Vetting - things you should know
I had a County Court Judgment in 2016 for a phone contract, satisfied in 2017 and it has now dropped off my file. {C:I also received a police caution for shoplifting in 2012}, {D:when I was 19}; it is spent and was declared to Lloyds when I joined.

About me
{F:Single mum of one}, {H:I'm dyslexic and use a screen reader for long documents}. {U:I'm the Accord rep for our branch cluster}. I love Zumba and live music.
""",
r"""
PAYROLL BUREAU SUPERVISOR
{c:Gareth Pryce-Evans} · {c:Newport, South Wales} · {c:07812 603 119} · {c:gareth@pryce-evans.me.uk}

What I do: run monthly and weekly payrolls for 140 small-business clients, keep the team on top of RTI, pensions auto-enrolment and the odd HMRC letter.

Bureau Supervisor — {k:Davies & Morgan Payroll Services Ltd}, Cardiff (2017–present)
• 6,500 payslips a month across Sage 50 Payroll, BrightPay and Moorepay
• {k:Set up check-off deductions for UNISON and GMB members at three care-home clients}
• {k:Cut late FPS submissions from 14 a year to zero}
• Handled TUPE transfers for two nursery groups

{k:Payroll Clerk — Newport City Council} (2011–2017)

Qualifications: {k:CIPP Foundation Degree in Payroll Management}; {k:AAT Level 3}

Outside of work I'm a {P:Plaid Cymru branch treasurer} and I run with Parkrun most Saturdays. {S:My husband Owain} and {F:I adopted our son in 2021}, {F:which explains six months of adoption leave on my record}. Welsh speaker (fluent).
{D:Born 1984.} {C:Drink-driving conviction in 2008 (spent)}, declared because bureau staff are vetted.
""",
r"""
{c:Marcus D. Whitfield}, EA
{c:1908 E. 38th St, Tulsa, OK 74105}
{c:918-555-0162} | {c:mdwhitfield.tax@gmail.com}

ENROLLED AGENT · 9 TAX SEASONS

PROFILE
IRS Enrolled Agent representing individuals and small businesses before the IRS. Strong on Schedule C, rental real estate and audit defense.

EXPERIENCE
Owner — {k:Whitfield Tax & Bookkeeping}, Tulsa (2018–present)
- 620 returns per season; {k:resolved 48 IRS notices and two field audits with no additional assessment}
- QuickBooks ProAdvisor clean-up projects for 35 contractors

{k:Tax Associate — H&R Block, Tulsa} (2015–2018)

CREDENTIALS
{k:Enrolled Agent (IRS), PTIN active}
{k:QuickBooks Online ProAdvisor}
{k:A.A.S. Accounting, Tulsa Community College}, 2014

A NOTE ON MY BACKGROUND
{C:I have a 2009 felony drug possession conviction that was expunged by Oklahoma court order in 2019}. IRS suitability checks were completed before my EA was granted. {H:I've been in recovery since 2010 and mentor others through a 12-step program.}
{E:Muscogee (Creek) Nation citizen}; I prepare returns pro bono at the tribal VITA site.
""",
r"""
{c:Oliver Ashcroft-Binns}
Equities Trader (Cash & Derivatives) | {c:London E14} | {c:+44 7700 900 551} | {c:oliver.ab@fastmail.com}

Summary — Seven years' execution trading in European equities for a bulge-bracket desk. Low-touch/high-touch, algo tuning, TCA.

Experience
{k:Executive Director, Cash Equities Trading, Morgan Stanley, London}  2019–2024
• {k:Ran a €450m daily flow book across Stoxx 600 names}
• {k:Co-designed the close-auction algo; slippage down 1.8bp}
• {G:Enrolled fingerprint and palm-vein template for trading-floor access} and {G:iris template for the data-centre cage}
{k:Associate, Equity Sales Trading, Barclays}  2016–2019

Career gap 2024
{H:Stepped away in March 2024 after burnout; I was diagnosed with depression and spent ten weeks in a day-treatment programme at the Priory}. {H:I'm well now, still on sertraline}, and ready to return to a desk role.

Education
{k:BSc Economics, London School of Economics}, 2016
{k:FCA Certification: Investment Advice / trading (CF30 legacy)}

Interests
Rowing (Thames RC), {P:volunteer for the Liberal Democrats in Tower Hamlets}.
""",
r"""
{c:SIOBHÁN DELANEY}
Credit Controller
{c:Ballincollig, Co. Cork} · {c:086 219 4470} · {c:siobhandelaney@gmail.com}

SUMMARY
Credit controller with ten years collecting B2B debt in distribution and utilities. Calm on the phone, firm on terms, very tidy with the ledger.

EMPLOYMENT
{k:Credit Controller, Musgrave Group, Cork} (Jun 2016 – present)
  – Ledger of 1,900 trade accounts, €62m annual turnover
  – {k:Reduced DSO from 47 to 34 days in 18 months}
  – {k:Led the move to Sage Intacct collections module}
{k:Accounts Assistant, Flogas, Drogheda} (2012 – 2016)

EDUCATION
{k:Diploma in Credit Management, Institute of Credit Management Ireland}
{k:BBS, Cork Institute of Technology}, 2012

PERSONAL
{D:D.O.B. 12.10.1989}. {F:Engaged, wedding planned for summer 2025.}
{G:I tested positive for a BRCA2 mutation in 2022}; {H:I had preventive surgery in 2023 and took four months off}, which is why there's a gap in my leave record. I chair the fundraising committee of my GAA club.
""",
r"""
{c:Priya Nandakumar}
Pensions Administrator | {c:Glasgow G12} | {c:07400 182 664} | {c:p.nandakumar@btinternet.com}

I look after the people side of defined-benefit schemes: transfers, retirements, deaths and the letters members actually read.

Experience
{k:Senior Pensions Administrator, Aon (Glasgow)} — 2018 to date
 ▸ Caseload of 4 schemes with 22,000 members
 ▸ {k:Calculated GMP equalisation top-ups for 3,100 members}
 ▸ {k:Prepared trustee papers on the Scottish Trades Union Congress staff pension scheme}
{k:Pensions Assistant, Mercer} — 2014 to 2018

Qualifications
{k:Diploma in Pensions Administration (PMI)}
{k:MA (Hons) Economics, University of Glasgow}, 2013

About me
{S:My wife Kirsty and I} {F:entered a civil partnership in 2016 and converted to marriage in 2020}. {E:I'm Scottish-Tamil; my parents came from Jaffna as refugees in 1985}. {R:I'm a practising Hindu and volunteer at the Glasgow Hindu Mandir.} {D:Age 36}.
""",
r"""
{c:Dana Lafrenière}
{c:Calgary, AB T2N} · {c:403-555-0127} · {c:dana.lafreniere@shaw.ca}

Commercial Lines Underwriter — 8 yrs

EXPERIENCE
{k:Intact Insurance — Senior Underwriter, Mid-Market Commercial} | 2019–present
 - Portfolio of 450 accounts, C$38M GWP, loss ratio 52% vs target 58%
 - {k:Wrote the wildfire accumulation guideline after the 2023 season}
 - {k:Broker training across Alberta and Saskatchewan}

{k:Aviva Canada — Underwriting Trainee → Underwriter} | 2016–2019

EDUCATION
{k:CIP (Chartered Insurance Professional)}
{k:B.Comm, University of Calgary}, 2015

PERSONAL
{E:Proud Métis citizen (Métis Nation of Alberta)}. {F:Mum to twins born 2021}; {F:18 months' parental leave 2021–2022}. {G:My genetic testing for Lynch syndrome came back positive in 2020}, so I have annual screening; it doesn't affect my work. Volunteer with Junior Achievement. {H:I've had ADHD since childhood and manage it with medication}, and {P:I knocked on doors for the Alberta NDP in 2019}.
""",
r"""
{c:Nur Aisyah binte Rahmat}
Internal Auditor (Banking)
{c:Jurong West, Singapore} | {c:8765 2210} | {c:nuraisyah.r@gmail.com}

PROFILE
CIA-qualified internal auditor, 6 years in bank audit covering credit, treasury and technology risk. {R:I wear the hijab} and {R:would appreciate a prayer space on site}.

EXPERIENCE
United Overseas Bank — {k:Assistant Manager, Group Audit} (2020–present)
   • {k:Led the audit of Islamic deposit products at UOB Malaysia}
   • {k:Data analytics in ACL and Python for 100% transaction testing}
   • 23 audit reports issued, 96% of issues closed on time
{k:Ernst & Young — Assurance Associate} (2018–2020)

QUALIFICATIONS
{k:Certified Internal Auditor (CIA)}
{k:Bachelor of Accountancy, Singapore Management University} (2018)

PERSONAL
{E:Ethnicity: Malay}, {D:28 years old}, {F:married since 2022, expecting our first child in May}.
{H:I have well-controlled type 1 diabetes (insulin pump)}.
""",
r"""
{c:Alexander Chan Tsz-Yin}
Private Banker
{c:Mid-Levels, Hong Kong} / {c:+852 6123 9904} / {c:alex.chan.ty@gmail.com}

Twelve years covering UHNW families in Greater China. AUM grew from US$400m to US$1.9bn.

CAREER
{k:Director, Private Banking — UBS Wealth Management, Hong Kong} (2017-now)
   - {k:Onboarded 28 new families, US$1.1bn net new money}
   - Structured lending against concentrated stock positions
   - {k:Completed the Enhanced Competency Framework (ECF) on AML/CFT}
{k:Associate Director — Credit Suisse, Hong Kong} (2012-2017)

EDUCATION
{k:BBA (Finance), The Chinese University of Hong Kong}
{k:CFA charterholder}

PERSONAL NOTES
{S:My partner Michael works in Singapore}, {S:we married in Toronto in 2019 though HK didn't recognise it at the time}. {G:I use the bank's face-recognition login and am enrolled in the HKID e-Channel fingerprint scheme for frequent travel}. {D:Born in 1984}. Interests: sailing, Cantonese opera.
""",
r"""
{c:Sipho Ndlovu}
Compliance Officer (FAIS / FICA)
{c:Umhlanga, KwaZulu-Natal} | {c:071 555 8802} | {c:sipho.ndlovu.comp@gmail.com}

WORK EXPERIENCE
{k:Compliance Officer, Discovery Invest} — 2018 to present
 ▪ {k:Monitors fit-and-proper status (honesty, integrity, CPD) of 340 representatives under FAIS}
 ▪ {k:Submitted debarment notices to the FSCA for two representatives}
 ▪ {k:FICA risk-management and compliance programme (RMCP) owner}
{k:Junior Compliance Analyst, Old Mutual} — 2014 to 2018

QUALIFICATIONS
{k:RE1 (Key Individual) and RE5}
{k:Postgraduate Diploma in Compliance Management, University of Johannesburg}

OTHER INFORMATION
{U:SASBO shop steward at Old Mutual 2015–2017}. {P:ANC Youth League branch secretary while at university}. {E:I'm Zulu} (isiZulu home language). {D:Born 2 April 1990}. {F:Married, three children}. {G:Fingerprints taken by SAPS for my police clearance in 2023}. {H:I am HIV-positive, on ARVs and undetectable}, which I share because I run our workplace wellness group.
""",
]
