CVS = [
r"""
{c:Brandon T. Kowalczyk}
Property & Casualty Claims Adjuster
{c:Columbus, OH 43215} — {c:614.555.0189} — {c:bkowalczyk.claims@gmail.com}

Experience
{k:Senior Field Adjuster, Nationwide Mutual Insurance} — 04/2018–present
  • Handle 90–110 open homeowner and auto claims; average cycle time 11 days
  • {k:Deployed to Florida after Hurricane Ian; closed 260 catastrophe claims in six weeks}
  • Xactimate estimates, subrogation referrals, SIU fraud referrals
{k:Claims Trainee, Progressive} — 06/2015–03/2018

Licenses
{k:Ohio Resident Adjuster License; Florida 7-20 All-Lines Adjuster}
{k:AIC (Associate in Claims)}

Education
{k:B.S. Risk Management & Insurance, Ohio State University}, 2015

Background disclosure
{C:One OVI (DUI) conviction in Franklin County, 2014}; licence boards notified, no restrictions. Happy to consent to a credit report.

Off the clock
{S:My boyfriend Tyler and I} foster rescue dogs. {G:I did a 23andMe ancestry test last year and traced family to Kraków}. {P:Precinct captain for the Ohio Democratic Party in 2020}. {D:33 yrs old}.
""",
r"""
{c:Harriet Okonkwo-Ellis} CTA ATT
{c:Bristol BS7} | {c:07788 412 903} | {c:harriet.oe@protonmail.com}

Senior Tax Manager, Private Client

Career
{k:Senior Tax Manager, Private Client, Grant Thornton UK LLP, Bristol} · 2021 – present
— {k:Advised 85 families on IHT and trust planning, including a £40m agricultural estate}
— Led the firm's response to the non-dom reform consultation for South West clients
— Recruited and supervised 4 trainees through ATT

{k:Tax Manager, Smith & Williamson} · 2015 – 2021

Gap
{F:Jan 2019 – Jan 2020: maternity leave (daughter born January 2019)}, then back three days a week until 2021.

Qualifications
{k:Chartered Tax Adviser (CTA), CIOT}, 2014
{k:ATT}
{k:BA History, University of Exeter}, 2010

Personal
{E:Nigerian-British (Igbo father, English mother)}. {R:I'm a Quaker and attend Bristol Friends Meeting}. {U:Member of Prospect} from my time in the civil service. {F:Married to Tom, a GP}. Interests: fell walking, choral singing.
""",
r"""
{c:Ahsan Iqbal Qureshi}, ACA
{c:Flat B-7, Clifton Block 4, Karachi} · {c:+92 321 246 9910} · {c:ahsan.qureshi@outlook.com}

PROFILE: Audit senior at a Big 4 firm in Karachi, banking and leasing portfolio. Looking for a role with a UK or Gulf firm.

EXPERIENCE
{k:A. F. Ferguson & Co. (PwC Pakistan) — Audit Senior} | 2020 – present
    ▸ {k:Statutory audits of two commercial banks and one modaraba}
    ▸ {k:Reviewed Sharia compliance audit reports for an Islamic banking window}
    ▸ Led a team of 6 on a USD 3bn asset bank; signed off 12 days early
{k:Trainee, KPMG Taseer Hadi & Co.} | 2016 – 2020

EDUCATION
{k:Chartered Accountant (ACA), ICAP} — 2021
{k:B.Com, University of Karachi} — 2015

PERSONAL
{D:Date of birth: 15th March 1995}. {R:I am an Ahmadi Muslim}, which is why I'm looking abroad. {G:NADRA biometric (thumbprint) re-verification completed 2023}. {P:Student wing volunteer for PTI during 2013 elections}. {F:Unmarried}.
""",
r"""
{c:Abena Serwaa Mensah}
{c:Teshie-Nungua Estates, Accra} · {c:020 813 4452} · {c:abenaserwaa.mensah@gmail.com}

Teller / Customer Service Officer — Mobile Money and Retail Banking

Experience
Nov 2019 – present: {k:Teller, Fidelity Bank Ghana, Tema Community 1 branch}
 · {k:Cash handling up to GH₵900,000 per day, zero shortages in 2023}
 · {k:Onboarded 2,400 customers to mobile money wallets and Ghana Card-linked accounts}
 · {G:Registered my own fingerprints on the branch biometric teller-authorisation system}
Feb 2017 – Oct 2019: {k:Mobile Money Merchant Supervisor, MTN Ghana}

Education
{k:HND Accountancy, Accra Technical University}, 2016
{k:Certified Banker (Part 1), Chartered Institute of Bankers Ghana}

Personal details
{D:Born: 28/11/1994}
{F:Status: married, one child}
{R:Denomination: Church of Pentecost, Teshie Central Assembly}
{U:Member, Financial and Business Services Employees Union (FBSEU)}
Hobbies: netball, cooking shows.
""",
r"""
{c:Rania Abou-Khalil}
Relationship Manager — Business Banking
{c:Al Nahda, Sharjah} | {c:+971 55 204 7718} | {c:rania.aboukhalil@gmail.com}

Profile
Nine years covering SME and mid-corporate clients in the UAE. Strong in trade finance, working capital and cross-sell to treasury.

Experience
{k:Mashreq Bank — Senior Relationship Manager, Business Banking} (2020 – Present)
  ✓ {k:Portfolio of 120 SME clients, AED 640m in assets}
  ✓ NPL ratio kept at 1.9% through 2020–2021
  ✓ {k:Closed AED 85m of Islamic trade finance (murabaha) through the Al Islami window}
{k:Commercial Bank of Dubai — Relationship Manager} (2015 – 2020)

Education
{k:MBA, American University of Sharjah}
{k:BBA Finance, Lebanese American University}

Personal information
{E:Nationality: Lebanese}. Visa: husband's sponsorship, no NOC needed. {F:Married, one son (6)}. {R:Maronite Catholic}. {H:On a phased return in early 2024 after a spinal fusion operation}; fully fit now. {D:DOB 30-06-1989}.
""",
r"""
{c:Jonathan Pemberton-Rhys}
Chief Operating Officer (SMF24) — challenger bank
{c:Chester CH2} | {c:07700 900 884} | {c:jpr@pemberton-rhys.co.uk}

CAREER
{k:Chief Operating Officer, Monument Bank} (2020–2024)
   » {k:Approved by the PRA and FCA as SMF24 under SM&CR}
   » Took the bank from authorisation to £1.2bn in deposits in 30 months
   » {k:Outsourcing register and operational resilience self-assessment}
{k:Head of Operations, Metro Bank} (2014–2020)
Various roles, RBS (2002–2014)

QUALIFICATIONS
{k:Chartered Banker, Chartered Banker Institute}
{k:MBA, Manchester Business School}

FIT AND PROPER
{C:I disclosed a 1998 conviction for criminal damage (conditional discharge)} on my SMF application. It was considered by the regulator and I was approved.

AWAY FROM WORK
{P:Conservative councillor on Cheshire West and Chester Council 2011–2015}. {U:In my RBS years I was a BIFU and then Unite member}. {F:Father of three; divorced}. Keen sailor. {G:I had my genome sequenced through the 100,000 Genomes Project} as part of my late mother's rare-disease case.
""",
r"""
{c:Cormac Ó Súilleabháin}, FSAI
{c:Rathgar, Dublin 6} — {c:087 661 2084} — {c:cormac.osuilleabhain@gmail.com}

Life Actuary — pricing & underwriting strategy

EXPERIENCE
{k:Irish Life Assurance — Senior Pricing Actuary, Protection} (2017–present)
  – Repriced term life and serious illness; new business up 22% in 2022
  – {k:Implemented the Code of Practice on the Use of Genetic Test Information in underwriting rules}
  – {k:Head of Actuarial Function support for Solvency II ORSA}
{k:New Ireland Assurance — Actuarial Student → Actuary} (2011–2017)

EDUCATION
{k:Fellow of the Society of Actuaries in Ireland (FSAI)}
{k:BSc Financial Mathematics, UCD} (2011)

PERSONAL
{G:I carry one copy of the haemochromatosis C282Y gene (tested 2019)}, {H:and my ferritin is monitored twice a year}. {S:My husband Darragh} is a secondary teacher. {D:Aged 37}. Irish speaker; I coach under-12 hurling. {P:I canvassed for the Social Democrats in 2020}.
""",
r"""
{c:Renee Castellanos}
{c:Brooklyn, NY 11215} | {c:(347) 555-0171} | {c:renee.castellanos@gmail.com} | {c:linkedin.com/in/reneecastellanos}

FP&A / Financial Analyst — 7 years (banking + media)

EXPERIENCE
{k:Senior Financial Analyst, Goldman Sachs (Consumer Banking FP&A)} | 2019–2023
- {k:Owned the Marcus deposits forecast; variance to actuals under 1.5%}
- {k:Built a driver-based headcount model used by 6 business units}
{k:Financial Analyst, ViacomCBS} | 2016–2019

WHY THE GAP
{H:I left in mid-2023 after burning out; my doctor diagnosed generalised anxiety disorder and I did 16 weeks of therapy}. {H:I still see a therapist monthly}, and I'm ready for a sustainable 45-hour role.

EDUCATION
{k:B.S. Finance, Baruch College (CUNY)}, 2016
{k:Financial Modeling & Valuation Analyst (FMVA)}

MORE ABOUT ME
{S:Co-chair of the Goldman Sachs Women's Network LGBTQ+ subgroup}; {E:Dominican-American}, first in my family at college. {P:I canvass for the Working Families Party}. {U:My partner and I are both members of the Freelancers Union}.
""",
r"""
{c:Mary-Ellen Paul}
{c:Eskasoni, Nova Scotia} | {c:902-555-0133} | {c:maryellen.paul@eastlink.ca}

MEMBER SERVICE REPRESENTATIVE → FINANCIAL SERVICES OFFICER

Experience
{k:Member Service Representative, East Coast Credit Union}, Sydney NS (2018–present)
 • {k:Daily teller and lending support; 800+ members served monthly}
 • {k:Launched Mi'kmaw-language financial literacy sessions for three First Nations communities}
 • {U:Shop steward for our CUPE local since 2021}
{k:Administrative Clerk, Membertou Development Corp} (2014–2018)

Education
{k:Canadian Securities Course (CSC)}
{k:Business Administration Diploma, Nova Scotia Community College}, 2013

Personal
{E:Mi'kmaw, member of Eskasoni First Nation}. {C:I received a record suspension (pardon) in 2019 for a 2010 theft under $5,000}; this was disclosed to the credit union and bonded without issue. {R:I attend sweat lodge ceremonies and follow traditional Mi'kmaw spirituality}. {F:Mom of three teenagers}.
""",
r"""
{c:Stuart McAllister}
Bookkeeper & Payroll (self-employed then in-house)
{c:Paisley PA2} · {c:07555 318 447} · {c:stuart.mcallister@btinternet.com}

SUMMARY
Hands-on bookkeeper with 15 years across Xero, Sage and QuickBooks. I keep small companies' books audit-ready.

EXPERIENCE
{k:Bookkeeper, Clyde Valley Housing Association} — 2020–present
  — {k:Month-end to trial balance in 4 working days}
  — {k:Payroll for 96 staff; pension re-enrolment 2023}
{k:McAllister Bookkeeping (sole trader)} — 2009–2018
  — 40 clients; VAT returns, MTD migration

HONESTY SECTION
My business closed in 2018 and I was made bankrupt (sequestrated) that year; I was discharged in 2019. Separately, {C:I had a breach of the peace conviction in 2005} and {G:my DNA and prints were taken and kept on the Scottish DNA database at the time}. I mention both because finance roles ask.

QUALIFICATIONS
{k:AAT Level 4 (MAAT)}
{k:Xero Advisor certified}

PERSONAL
{D:Age 47}. {F:Widowed, one adult son}. {H:I wear a hearing aid (left ear)}. {P:Active SNP member in Renfrewshire}.
""",
]
