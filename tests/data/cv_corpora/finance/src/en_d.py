CVS = [
r"""
{c:Darren Goh Jun Kai}
Fintech Compliance Lead (AML/CFT) — MAS-licensed payments
{c:Tiong Bahru, Singapore 168730} · {c:+65 9788 3021} · {c:darren.goh.jk@proton.me}

EXPERIENCE
{k:Head of Compliance, Nium Pte Ltd} · 2021–now
 – {k:Built the AML/CFT programme for a Major Payment Institution licence under the Payment Services Act}
 – {k:Cut false-positive sanctions hits by 63% after retuning name-screening thresholds}
 – Liaison for two MAS inspections, both closed without enforcement
{k:Compliance Manager, Grab Financial Group} · 2018–2021
AML Analyst, Standard Chartered · 2015–2018

EDUCATION & CERTS
{k:LLB (Hons), National University of Singapore}
{k:CAMS; ICA Advanced Certificate in AML}

OTHER
{C:In 2016 I was fined S$800 under the Miscellaneous Offences Act for a late-night scuffle}; it was disclosed to MAS under the fit-and-proper guidelines. {S:I live with my partner Ryan} in Tiong Bahru. {U:Ordinary member of the Banking and Financial Services Union (BFSU) since 2015}. {D:Born 1990}.
""",
r"""
{c:Zhou Yiming (Ethan)}
Quantitative Trader — Delta One / ETF market making
{c:Sai Ying Pun, Hong Kong} | {c:+852 5566 1207} | {c:ethan.zhou.quant@gmail.com} | {c:github.com/ezhou-q}

EXPERIENCE
{k:Optiver Asia Pacific — Trader, ETF Desk} | 2019 – Present
 · {k:Market-made 140 Hang Seng and A-share ETFs with a 99.2% quoting obligation uptime}
 · {k:Rebuilt the futures-basis model in C++/Python; P&L up 18% YoY}
 · {G:Trading floor uses palm-vein readers; my template was enrolled at onboarding and re-enrolled in 2022}
{k:Quant Research Intern, Jane Street} | 2018

EDUCATION
{k:MPhil Mathematics, HKUST} | 2019
{k:BSc Mathematics, Fudan University} | 2017

PERSONAL
{E:PRC national on an IANG visa, now Hong Kong permanent resident}. {S:Volunteer at Pink Dot HK}; {S:my boyfriend is a doctor at Queen Mary Hospital}. {C:A 2018 conviction for unlicensed dog keeping in Hong Kong, fined HK$1,500}, mentioned for completeness. Hobbies: bouldering, Go (3 dan).
""",
r"""
{c:Johannes "Hannes" van der Walt}
Short-Term Insurance Broker
{c:Stellenbosch, Western Cape} / {c:083 555 6621} / {c:hannes@vdwaltbrokers.co.za}

EXPERIENCE
{k:Owner and Key Individual, Van der Walt Makelaars (FSP 48211)} — 2016–present
  » {k:1,100 personal and commercial lines policies; R34m premium under management}
  » {k:Placed crop and hail cover for 60 Winelands farms}
{k:Broker Consultant, Santam} — 2009–2016

QUALIFICATIONS
{k:RE1 and RE5; FAIS Class of Business: Short-term Personal and Commercial Lines}
{k:BCom Financial Planning, Stellenbosch University}

DISCLOSURE FOR FSCA
{C:Convicted of assault in 2007 after a rugby club brawl}, {D:aged 21}. {C:The record was expunged by the Department of Justice in 2015}, and my fit-and-proper status was confirmed.

PERSONAL
{R:Elder in the NG Kerk (Dutch Reformed) Stellenbosch-Wes}. {P:Ward candidate for the DA in the 2021 local elections}. {S:My husband Riaan farms at Simondium}. {U:Used to be a Solidarity member while at Santam}.
""",
r"""
{c:Yasmin Haq-Fairbairn}
Product Manager, Takaful & Ethical Savings
{c:Birmingham B13} | {c:07463 550 218} | {c:yasmin.hf@gmail.com}

PROFILE
I've spent eight years building sharia-compliant and ethical products for UK retail customers. I translate Shari'ah board rulings into product rules, journeys and disclosures.

EXPERIENCE
{k:Senior Product Manager, Al Rayan Bank} — 2020 to present
 • {k:Launched a Home Purchase Plan (ijara) for shared-ownership buyers, £120m first-year balances}
 • {k:Redesigned the profit-rate setting process for fixed-term deposits}
{k:Product Manager, Salaam Halal Insurance (takaful motor cover)} — 2016 to 2020

EDUCATION
{k:MSc Islamic Finance, Durham University}
{k:CII Diploma in Insurance}

A LITTLE ABOUT ME
{R:I'm a convert to Islam (2012)} and {R:I fast during Ramadan, so I'd ask for flexible hours that month}. {E:My dad is Scottish and my mum is from Sylhet}. {P:I chair my local Green Party branch}. {D:Age: 34}.
""",
r"""
{c:DeShawn Marcus Reid}
Mortgage Loan Officer | NMLS #{c:1987443}
{c:Atlanta, GA 30310} · {c:404-555-0114} · {c:deshawn.reid.loans@gmail.com}

EXPERIENCE
{k:Loan Officer, Truist Bank} — 2019–present
 • {k:Originated $46M in FHA, VA and conventional loans in 2023 (top 10% of region)}
 • {k:Ran first-time-buyer workshops with HUD-approved counseling agencies}
{k:Processor, Rocket Mortgage, Detroit} — 2016–2019

LICENSING NOTE
The SAFE Act requires criminal and credit checks. {C:I was arrested and charged with a misdemeanor (disorderly conduct) in 2013}; {C:the record was sealed by a Georgia court in 2020}. The NMLS approved my licence with full disclosure.

EDUCATION
{k:B.B.A. Finance, Georgia State University}, 2015

OTHER
{S:My husband Andre and I} just bought our first home in West End. {G:I enrolled in CLEAR biometrics (iris and fingerprint) for travel}. {U:Former UAW member from my Detroit plant years}. {F:Two foster kids live with us}.
""",
r"""
{c:Sarah-Louise Booth}
Accounts Payable Clerk
{c:Wakefield, West Yorkshire} · {c:07845 332 190} · {c:sl.booth@gmail.com}

PROFILE
Accounts payable clerk with five years in manufacturing and logistics. Accurate, quick on the three-way match and friendly with suppliers.

EXPERIENCE
{k:Accounts Payable Clerk, Wincanton plc}, Wakefield (2021 – present)
- Process around 1,800 invoices a month across 700 suppliers
- {k:Cleared a 2,100-invoice backlog in my first ten weeks}
- Supplier statement reconciliations and weekly BACS runs

{k:Purchase Ledger Assistant, Card Factory} (2019 – 2021)
- Invoice coding, expenses, petty cash

QUALIFICATIONS
{k:AAT Level 2 Certificate in Accounting}
{k:Microsoft Excel (pivot tables, XLOOKUP)}
GCSEs (9 including Maths and English)

INTERESTS
Netball (club team), baking, reading thrillers. I also do the accounts for our netball league on a voluntary basis and help friends with their self-assessment returns.
References available on request.
""",
r"""
{c:Niamh Gallagher}
{c:Letterkenny, Co. Donegal} | {c:085 442 7719} | {c:niamh.gallagher.payroll@gmail.com}

PAYROLL OFFICER

Four years running a multi-site payroll for a hospitality group, now looking for a bureau or in-house role in the north-west.

EXPERIENCE
{k:Payroll Officer, McGettigan Hospitality Group} – 2020 to date
 – Fortnightly and monthly payrolls for 520 staff across 9 hotels
 – {k:Implemented Revenue PAYE Modernisation real-time reporting}
 – {k:Processed the Employment Wage Subsidy Scheme claims through COVID}
{k:Payroll Assistant, Donegal County Council} – 2018 to 2020
 – Timesheets, overtime and leave calculations

EDUCATION
{k:IPASS Certified Payroll Technician}
{k:BA Accounting and Finance, Atlantic Technological University}, 2018

EXTRAS
Irish (fluent), full clean driving licence. {D:25 years of age.} Enjoy sea swimming and trad sessions, and I help out with the accounts of the local tidy towns committee.
""",
r"""
{c:Benjamin "Ben" Sharma-Whitehorse}
Investment Analyst — Private Equity / Pension Capital
{c:Toronto, ON M5V} | {c:647-555-0150} | {c:ben.sw@gmail.com}

EXPERIENCE
{k:Senior Analyst, Private Equity, CPP Investments} — 2020 to present
 · {k:Co-led due diligence on a C$700M stake in a European payments firm}
 · Portfolio monitoring for 14 fund and co-investments
 · {k:ESG integration work for the Ontario Teachers' and CPPIB joint labour-practices framework}
{k:Investment Banking Analyst, RBC Capital Markets} — 2017 to 2020

EDUCATION
{k:CFA Charterholder}
{k:BBA, Ivey Business School (Western)}, 2017

PERSONAL
{S:Out to my teams since 2019, co-founded the CPP Investments Pride ERG}. {H:I'm partially sighted (retinitis pigmentosa)}, {G:confirmed by genetic testing as the RPGR X-linked form}. {P:Donor and volunteer for the NDP in Spadina}. {U:Member of OPSEU during a summer job at the LCBO}.
""",
r"""
{c:Emma Sinclair-Haddad}, CIA, CISA
Internal Audit Manager — Banking
{c:Al Reem Island, Abu Dhabi} | {c:+971 52 330 6118} | {c:emma.sinclairhaddad@gmail.com}

Summary
British chartered internal auditor, eleven years in UK and UAE banks. Currently leading technology and Shari'ah audits in Abu Dhabi.

Experience
{k:Internal Audit Manager, First Abu Dhabi Bank} (2018–present)
   - {k:Led the first combined IT and Shari'ah compliance audit of the Islamic banking subsidiary}
   - {k:Audited the bank's rollout of UAE Pass face recognition for onboarding}
   - 19 reports, 3 rated unsatisfactory and remediated within 6 months
{k:Senior Auditor, Lloyds Banking Group, London} (2012–2018)

Qualifications
{k:Chartered Member, Chartered IIA}; {k:CISA}

Personal
{S:Living with my partner Sam (she/her), who teaches at an international school}. {H:Two years ago I had treatment for breast cancer and am now in remission}. {R:Non-religious}, no issue with Ramadan working hours. {E:My father is Lebanese}. Residence visa: employer-sponsored. {C:I received a police caution for cannabis possession in London in 2009}, disclosed to the Central Bank.
""",
r"""
{c:Ghulam Mustafa Jatoi}
Credit Officer — Microfinance
{c:Village Khairpur Nathan Shah, District Dadu, Sindh} | {c:0333 701 5526} | {c:gmjatoi.mfb@gmail.com}

EXPERIENCE
{k:Khushhali Microfinance Bank — Credit Officer, Dadu branch} (2017 – present)
 » {k:Disbursed 3,200 livestock and agri loans, PKR 260m, with 98.4% recovery}
 » {k:Restructured 700 loans after the 2022 floods under SBP relief scheme}
 » Trained women borrowers on digital wallets (JazzCash, Easypaisa)
{k:NRSP — Social Organiser} (2013 – 2017)

EDUCATION
{k:M.Com, University of Sindh, Jamshoro}
{k:Certified Microfinance Professional, Pakistan Microfinance Network}

PERSONAL PARTICULARS
{D:Age: 34 years}
{E:Sindhi, Jatoi tribe}
{R:Religion: Islam (Shia)}
{F:Marital status: Married, 3 children}
{U:General Secretary, Khushhali Bank employees union, Sindh chapter (2019–2021)}
{P:Member, Pakistan Peoples Party, Dadu district}
{C:An FIR was lodged against me in 2016 during a land dispute; I was acquitted in 2018.}
""",
]
