# legal-en-021 .. 030, typed by hand
CVS = [
# 021 Hong Kong barrister, academic CV
r"""<<MARK ANTHONY DELA CRUZ>>
Barrister-at-law · Part-time Lecturer, [[Faculty of Law, The University of Hong Kong]]
Chambers: [[Temple Chambers]], 16/F One Pacific Place, 88 Queensway · <<mdelacruz@templechambers.hk>>

Call: [[Called to the Hong Kong Bar, 2014]]; Barrister, Middle Temple (England & Wales), 2012

Areas: [[public law and judicial review, including challenges by foreign domestic helpers on residence]]; employment; data privacy.

Selected cases
– [[Junior counsel in a judicial review on spousal visas for same-sex couples]]
– [[Acted for a trade union of helpers in a Labour Tribunal test claim]]

Publications
[[“Ordinary Residence and the Foreign Domestic Helper” (2020) 50 HKLJ 233]]
[[“Dependant Visas After QT” (2019) Asia Pacific Law Review]]

Education
[[LLM, University College London]], 2012; LLB, University of the Philippines, 2010

Personal
{E|I was born in Manila and hold Philippine nationality, with permanent residence in Hong Kong since 2021}. {S|I married my husband, David, in Toronto in 2016}, so the dependant-visa litigation was personal. {D|Born 14 February 1988}. {P|I was an Akbayan party volunteer during the 2010 Philippine elections}, and {C|in 2011 I was fined by a Quezon City court for a public-order offence at a rally}, which I declared on admission.
""",

# 022 Nigerian in-house counsel, Abuja bank
r"""RESUME
<<HAUWA ABUBAKAR BELLO>>
<<No. 14 Aminu Kano Crescent, Wuse II, Abuja>>
<<0803 555 2176>> · <<hauwa.bello@zenithmail.com.ng>>

PERSONAL INFORMATION
{D|Date of birth: 1 October 1987}
{E|Ethnic group: Hausa-Fulani}
State of Origin: Kano
{R|Religion: Islam}
{F|Marital status: Married with 2 children}
{G|Blood group O+, Genotype AA}

PROFESSIONAL EXPERIENCE
[[Legal Adviser, Zenith Bank Plc, Abuja Regional Office]] (2016 – Date)
• [[Drafted facility agreements and security documentation worth ₦40bn]]
• [[Regulatory correspondence with the Central Bank of Nigeria]]
• [[Advised on disciplinary cases involving NUBIFIE-organised staff]]
Associate, Abdulai, Taiwo & Co (2012 – 2016)

EDUCATION
[[LL.B, Ahmadu Bello University, Zaria]] (2010)
[[Called to the Nigerian Bar]] (2011)
[[Chartered Secretary, ICSAN]] (2018)

HOBBIES
Reading, Arabic calligraphy, {H|gentle swimming on my physiotherapist's advice since a spinal injury in 2019}.
""",

# 023 paralegal, Kituo cha Sheria, Kenya
r"""<<WANJIKU GRACE MWANGI>>
Paralegal Officer
<<Kayole, Nairobi>> | <<0711 640 885>> | <<gracewanjiku.mwangi@gmail.com>>

OBJECTIVE
Community paralegal seeking a programme officer role in access to justice.

EXPERIENCE
2017 – present  [[Paralegal Officer, Kituo cha Sheria]]
   – [[Legal aid clinics on evictions and labour complaints in Mathare and Kayole]]
   – [[Accompanied urban refugees to the Department of Refugee Services]]
   – Trained 60 community paralegals under the Legal Aid Act 2016
2014 – 2017  Volunteer, FIDA Kenya (Kibera office)

EDUCATION
[[Certificate in Paralegal Studies, Kenya School of Law]] (2015)
[[Diploma in Community Development, Kenya Institute of Management]] (2013)

PERSONAL
{D|Age: 33}. {F|Single mother of one}. {H|I am living with HIV and on treatment since 2012}, and I talk about it openly in clinics. {C|In 2017 I was charged with taking part in an unlawful assembly during the Mathare protests; the charge was withdrawn} — I mention this because it appears in police records. {P|Member of the Orange Democratic Movement women's league, Embakasi}. {U|I am a member of KUDHEIHA from my earlier work as a house help}.

REFEREE: <<Ms. Anne Njeri>>, Programme Manager, Kituo cha Sheria.
""",

# 024 US law professor, academic CV
r"""<<RACHEL S. LEVINE>>
Professor of Law, Georgetown Law
<<600 New Jersey Avenue NW, Washington, DC 20001>> · <<rl2004@georgetown.edu>>

EMPLOYMENT
[[Professor of Law, Georgetown University Law Center]], 2015–present (Associate Professor 2010–2015)
[[Law Clerk to the Hon. Stephen Breyer]], Supreme Court of the United States, 2008–09

EDUCATION
[[J.D., Yale Law School]], 2007; B.A., Brandeis University, 2003

SELECTED PUBLICATIONS
[[“The Ministerial Exception After Our Lady of Guadalupe” (2021) 134 Harvard Law Review 1812]]
[[“Free Exercise and the Hybrid-Rights Puzzle” (2017) 85 University of Chicago Law Review 501]]
“Accommodation Without Establishment” (2013), book chapter

TESTIMONY
[[Testified before the Senate Judiciary Committee on RFRA]] (2019)

SERVICE & PERSONAL
{R|Board member, Adas Israel Congregation; I keep Shabbat and do not teach on Friday evenings or Saturdays}. {P|Delegate to the 2020 Democratic National Convention}. {S|My wife, Dr. Elena Ruiz, teaches at Howard}. {C|Arrested during a 2018 civil-disobedience sit-in at the Hart Senate Office Building and paid a $50 post-and-forfeit}.
""",

# 025 trainee solicitor application Q&A, England
r"""TRAINING CONTRACT APPLICATION — [[Irwin Mitchell LLP]]

Full name: <<Katarzyna (Kasia) Nowicka>>
Contact: <<kasia.nowicka@gmail.com>> / <<07455 128 930>>
Address: <<22 Sandringham Road, Sheffield S10 1DX>>

1. Academic record
[[LLB Law, University of Sheffield]] — First (2022); [[SQE1 and SQE2 passed]] (2023/24)

2. Describe your legal work experience.
[[Paralegal, Serious Injury team, Irwin Mitchell]] (2022–present): [[medical negligence claims arising from delayed cancer diagnosis]], schedules of loss, liaising with experts. [[Pro bono volunteer at the Sheffield Law Clinic]] (immigration and EU Settlement Scheme).

3. Tell us about a challenge you have overcome.
{H|I was diagnosed with Crohn's disease in my second year and had bowel surgery in 2021}. I sat my finals on schedule. {F|I am also the main carer for my younger brother, who has cerebral palsy}, which taught me to plan ruthlessly.

4. Anything else?
{E|I am Polish by birth and hold settled status}; I came to Sheffield aged twelve. {D|I was born in 1999}. {U|I joined Unite Community while volunteering} and {P|I am a member of the Green Party}. {S|My girlfriend, Ola, and I} share a flat in Crookes.
""",

# 026 court usher/clerk, Cardiff
r"""<<Rhys ap Gwilym>>
<<Flat 6, 31 Cathedral Road, Cardiff CF11 9HB>>
<<07860 215 446>> · <<rhys.apgwilym@hotmail.co.uk>>

Court Associate (HMCTS) — Cardiff Crown Court

2017 – present   [[Court Associate, Cardiff Crown Court]]
                 Record verdicts and sentences; [[bilingual Welsh/English jury swearing]]; exhibits
2012 – 2017      [[Usher, Cardiff Magistrates' Court]]
2010 – 2012      Retail supervisor, Boots, Queen Street

Training: [[Welsh Language Scheme certificate]]; [[HMCTS Court Associate accreditation (2018)]]

Disclosure (Basic DBS, declared on appointment)
{C|Spent conviction for shoplifting, Cardiff Magistrates', 2009}, {D|aged 18} — a £100 fine and nothing since.

Interests and personal
{U|PCS workplace rep for Cardiff Crown and Civil Justice Centre}. {P|Plaid Cymru member and leaflet volunteer in Cardiff West}. {H|I have epilepsy, well controlled, and have not driven since 2015}. {F|Living with my partner and her daughter}. Male voice choir (second tenor), Treorchy.
""",

# 027 solicitor advocate, Aberdeen — sparse
r"""<<Gordon MacIver>>
Solicitor Advocate (Civil)
<<Cults, Aberdeen AB15>> · <<gordon.maciver@burnesspaull-mail.com>> · <<01224 618 302>>

Profile
Energy disputes lawyer with 20 years' experience in North Sea decommissioning, joint operating agreements and contractor claims.

Career
2012 – date   [[Partner, Burness Paull LLP]], Aberdeen
  – [[Led a £60m decommissioning cost-sharing arbitration]] (LCIA)
  – [[Acted for an operator in Court of Session commercial actions]]
2004 – 2012   [[Senior Associate, CMS Cameron McKenna]], Aberdeen
2002 – 2004   Traineeship, Paull & Williamsons

Qualifications
[[Extended rights of audience, Court of Session, 2011]]; [[LLB (Hons), University of Edinburgh]], 2000; [[Diploma in Legal Practice]], 2001

Professional
Law Society of Scotland Council member (2019–2022). Tutor, Aberdeen University Diploma.

Personal
{F|Married, three children at school in Cults}. Hill walking; I've completed 210 of the Munros.
""",

# 028 compliance officer, Toronto — no sensitive mention
r"""<<Anjali Mehta>>, CAMS
Toronto, Ontario · <<anjali.mehta.cams@gmail.com>> · <<647-555-0114>> · <<linkedin.com/in/anjalimehtaaml>>

AML Compliance Officer with eight years in Canadian Schedule I banks.

Experience
[[Manager, AML Investigations, TD Bank Group]] — 2020–present
  – [[FINTRAC suspicious transaction reporting; team of 9 investigators]]
  – Built a typology library on trade-based money laundering
[[AML Analyst, Scotiabank]] — 2016–2020
  – [[Sanctions screening and alert disposition]]
  – Enhanced due diligence for politically exposed persons

Credentials
[[Certified Anti-Money Laundering Specialist (CAMS)]], 2018
[[Canadian Securities Course]], 2017
[[B.Comm., Rotman Commerce, University of Toronto]], 2016

Skills
Actimize, SQL, Tableau; English, Hindi, Gujarati

Selected achievements
– Reduced false-positive alert volume by 31% through a scenario-tuning project with the analytics team
– Drafted the bank's first written guidance on cryptocurrency-exchange counterparties
– Presented at the 2023 ACAMS Canada conference on human-trafficking indicators in retail transactions

Volunteer
Treasurer, Toronto chapter of ACAMS (2022–2024); tax clinic volunteer each spring.
""",

# 029 legal secretary, Perth
r"""<<Tania Hōhaia>>
Legal Secretary · Perth WA
<<0408 771 253>> | <<tania.hohaia@bigpond.com>>

CAREER SUMMARY
Experienced family-law secretary, fast typist (95 wpm), calm with distressed clients.

EMPLOYMENT
2018–now  [[Legal Secretary, Family Law, Taylor Smart]], Perth
   • [[Court documents for the Family Court of Western Australia]]
   • [[Consent orders and parenting plans]]
2012–2018 [[Legal Secretary, Jackson McDonald]]
   • Commercial property, leases and settlements

TRAINING
[[Certificate IV in Legal Services, TAFE WA]] (2011)

ABOUT ME
{E|I'm Māori, Ngāti Porou, and moved from Gisborne to Perth in 2009}. {G|A DNA ancestry test I did in 2020 confirmed the Scottish side of my whakapapa too}. {F|I'm divorced and share care of two boys}. {S|My partner Rewa and I} live in Midland. {P|I've volunteered for the WA Labor campaign in Midland in the last two state elections}. Waka ama paddler on the Swan River.
""",

# 030 immigration adviser, Cork NGO
r"""<<Yusuf Al-Haddad>>
Immigration Adviser
<<Ballincollig, Co. Cork>> · <<yusuf.alhaddad@nasc.ie>> · <<+353 85 210 4471>>

PROFILE
Immigration adviser and interpreter supporting international protection applicants in the south of Ireland.

EXPERIENCE
2019 – present  [[Legal Information Officer, Nasc, the Migrant and Refugee Rights Centre]]
  · [[Prepared 150+ family reunification applications under the International Protection Act 2015]]
  · [[Accompanied applicants to IPO interviews]] as Arabic interpreter
2017 – 2019     Caseworker (volunteer), Cork Migrant Centre

EDUCATION
[[Certificate in Immigration Law, Law Society of Ireland]] (2021)
[[LLB, University of Damascus]] (2010), recognised by QQI at Level 8

PERSONAL
{E|I arrived in Ireland from Syria in 2016 under the refugee resettlement programme}. {G|My fingerprints were taken for Eurodac when I first applied}, so I can explain that step to clients honestly. {R|I pray at the Cork Mosque on Fridays and ask for an extended lunch that day}. {F|Married, with two daughters born in Cork}. {D|Date of birth: 30 June 1986}.
""",
]
