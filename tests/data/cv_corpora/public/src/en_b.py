CVS = [
# 011 Nigeria Immigration Service officer, bio-data
dict(text="""
CURRICULUM VITAE

PERSONAL DATA
Name: ASP II Ibrahim Olatunde ADEYEMI-BELLO
Date of Birth: 19th August, 1986
State of Origin: Kwara State
L.G.A.: Ilorin West
Religion: Islam
Marital Status: Married with four children
Genotype: AA      Blood Group: O+
Contact Address: Block C, Flat 6, NIS Barracks, Kubwa, Abuja
Phone: 0803 555 2718
E-mail: ibrahim.adeyemibello@yahoo.com

CAREER OBJECTIVE
To contribute my experience in border management and biometric enrolment to the Federal Ministry of Interior's e-Passport and visa reform.

WORKING EXPERIENCE
Nigeria Immigration Service (2012 - date)
Assistant Superintendent of Immigration II, Passport Office, Ikoyi (2020 - date)
- Supervised biometric enrolment (ten-print fingerprints, facial image) of about 180 e-passport applicants per day
- Verified NIN records against the NIMC database and flagged 63 identity-fraud cases for investigation
- Liaised with the Department of State Services on watch-list hits
Inspector of Immigration, Seme Border Command (2012 - 2020)
- Processed travellers at the Seme-Krake joint border post; arrested and handed over 41 suspected traffickers to NAPTIP for prosecution

EDUCATIONAL QUALIFICATIONS
B.Sc. Political Science, University of Ilorin (2009)
NYSC, Ebonyi State (2010)
Certificate in Border Security Management, IOM/ACBF (2018)

REFEREES
1. CIS (Rtd) Alhaji Musa Danjuma, Abuja - 0805 555 1930
2. Dr. Funke Aderinto, University of Ilorin
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth: 19th August, 1986"),
 ("ethnic_origin", "State of Origin: Kwara State"),
 ("ethnic_origin", "L.G.A.: Ilorin West"),
 ("religious_belief", "Religion: Islam"),
 ("family_status", "Marital Status: Married with four children"),
 ("genetic_biometric", "Genotype: AA"),
 ("health", "Blood Group: O+"),
],
keep=[
 "Assistant Superintendent of Immigration II, Passport Office, Ikoyi",
 "Supervised biometric enrolment (ten-print fingerprints, facial image) of about 180 e-passport applicants per day",
 "flagged 63 identity-fraud cases for investigation",
 "arrested and handed over 41 suspected traffickers to NAPTIP for prosecution",
 "Inspector of Immigration, Seme Border Command",
 "B.Sc. Political Science, University of Ilorin",
 "Certificate in Border Security Management, IOM/ACBF",
],
contact=["Ibrahim Olatunde ADEYEMI-BELLO", "Block C, Flat 6, NIS Barracks, Kubwa, Abuja", "0803 555 2718",
 "ibrahim.adeyemibello@yahoo.com", "Alhaji Musa Danjuma", "0805 555 1930", "Dr. Funke Aderinto"]),

# 012 Ghana Revenue Authority customs officer
dict(text="""
ABENA SERWAA MENSAH-KLUTSE
P.O. Box AN 1143, Accra-North | +233 24 555 0912 | abena.mklutse@gmail.com

PERSONAL
Born 4 November 1990 in Ho, Volta Region. Ewe by tribe; Evangelical Presbyterian Church, Ho Dome congregation, where I lead the youth choir. Married to Kofi Klutse, one daughter.

CAREER SUMMARY
Revenue Officer with eight years in the Customs Division of the Ghana Revenue Authority, specialised in valuation, risk management and transit monitoring. Seeking a Senior Revenue Officer post at the Tema Port Collection.

EXPERIENCE
Ghana Revenue Authority - Customs Division
Revenue Officer, Post Clearance Audit Unit, Accra (2022 - present)
 • Audited 70 importers and recovered GH₵ 14.6 million in short-paid duties
 • Prepared prosecution dockets for two under-valuation fraud cases handed to the Attorney-General's Department
Assistant Revenue Officer, Aflao Collection (2018 - 2022)
 • Examined cargo and transit trucks at the Ghana-Togo border; used the ICUMS system daily
 • Supervised the biometric registration of 900 licensed customs brokers

EDUCATION
MBA Finance, University of Ghana Business School (2021)
BSc Administration (Accounting), University of Ghana (2013)
WCO Customs Valuation certificate (2019)

OTHER
Treasurer, Tema Customs Ladies' Association. Medical: my sickle cell status is AS (trait only); fit for port work.

REFEREES
Mr. Godwin Ametewee, Sector Commander, Aflao - 020 555 7766
Mrs. Comfort Boateng-Addo, Assistant Commissioner, Customs HQ
""",
sensitive=[
 ("date_of_birth_age", "Born 4 November 1990"),
 ("ethnic_origin", "Ewe by tribe"),
 ("religious_belief", "Evangelical Presbyterian Church, Ho Dome congregation, where I lead the youth choir"),
 ("family_status", "Married to Kofi Klutse, one daughter"),
 ("genetic_biometric", "my sickle cell status is AS (trait only)"),
],
keep=[
 "Revenue Officer, Post Clearance Audit Unit, Accra",
 "Audited 70 importers and recovered GH₵ 14.6 million in short-paid duties",
 "Prepared prosecution dockets for two under-valuation fraud cases",
 "Supervised the biometric registration of 900 licensed customs brokers",
 "MBA Finance, University of Ghana Business School",
 "BSc Administration (Accounting), University of Ghana",
 "WCO Customs Valuation certificate",
],
contact=["ABENA SERWAA MENSAH-KLUTSE", "P.O. Box AN 1143, Accra-North", "+233 24 555 0912",
 "abena.mklutse@gmail.com", "Mr. Godwin Ametewee", "020 555 7766", "Mrs. Comfort Boateng-Addo"]),

# 013 US county elections director
dict(text="""
Lorraine K. Whitcomb
Ogden, Utah 84403 · 801-555-0274 · lkwhitcomb@comcast.net

COUNTY ELECTIONS DIRECTOR - 16 YEARS IN ELECTION ADMINISTRATION

Weber County Clerk/Auditor's Office, Ogden, UT
Elections Director, 2017 - present
- Run all federal, state, municipal and special elections for 160,000 registered voters, including the 2020 and 2024 presidential cycles
- Moved the county to full vote-by-mail with 19 drop boxes and ballot tracking; turnout up 11 points
- Manage post-election risk-limiting audits and canvass certification; no result ever overturned
- Recruit and train 400 poll workers each cycle, balanced between Republican and Democratic appointees as state law requires
- Respond to GRAMA records requests and testify to the legislature's Government Operations Interim Committee
Elections Supervisor, 2010 - 2017
Deputy Clerk, Weber County Justice Court, 2008 - 2010

EDUCATION
B.S. Political Science, Weber State University
Certified Elections/Registration Administrator (CERA), Election Center, 2015

PROFESSIONAL
Utah Association of County Clerks and Auditors - past president
Presenter, NASED summer conference 2023 ("Chain of custody for mail ballots")

A LITTLE ABOUT ME
Born and raised in Ogden, 52 years old, mother of five and grandmother of two. I served a mission for the Church of Jesus Christ of Latter-day Saints in Chile and still teach Sunday School in my ward. Before I became a nonpartisan official I was a delegate to the Weber County Republican convention (2004 and 2006).

References: Ricky Hatch, Weber County Clerk; Kathleen Reyes, Lt. Governor's Office, Elections
""",
sensitive=[
 ("date_of_birth_age", "52 years old"),
 ("family_status", "mother of five and grandmother of two"),
 ("religious_belief", "I served a mission for the Church of Jesus Christ of Latter-day Saints in Chile and still teach Sunday School in my ward"),
 ("political_opinion", "I was a delegate to the Weber County Republican convention (2004 and 2006)"),
],
keep=[
 "Elections Director",
 "Weber County Clerk/Auditor's Office",
 "Run all federal, state, municipal and special elections for 160,000 registered voters",
 "Manage post-election risk-limiting audits and canvass certification",
 "Recruit and train 400 poll workers each cycle, balanced between Republican and Democratic appointees as state law requires",
 "Certified Elections/Registration Administrator (CERA)",
 "B.S. Political Science, Weber State University",
],
contact=["Lorraine K. Whitcomb", "Ogden, Utah 84403", "801-555-0274", "lkwhitcomb@comcast.net",
 "Ricky Hatch", "Kathleen Reyes"]),

# 014 UK HMCTS legal adviser (no sensitive mention)
dict(text="""
NAOMI FAIRCLOUGH LLB
Legal Adviser | Magistrates' Court
Preston PR1 | 07700 900284 | n.fairclough.legal@gmail.com

Key skills
• Advising lay justices on law, procedure and sentencing guidelines
• Case management in the Single Justice Procedure and remand courts
• Drafting reasons for bail refusals and contested trials
• Youth court and family proceedings (Children Act public law)

Employment
HM Courts & Tribunals Service
Legal Adviser (Band C), Lancashire Magistrates' Courts - 2018 to present
Advise benches in adult, youth and family courts at Preston and Blackburn. Conduct early administrative hearings, case-manage contested trials using the PET form, and rule on admissibility applications in the absence of a district judge. Trained twelve trainee legal advisers and wrote the local guidance note on the Common Platform.
Trainee Legal Adviser - 2016 to 2018
Court Associate, Preston Crown Court - 2013 to 2016
Clerked Crown Court trials, recorded verdicts and sentences, prepared orders and indictment amendments, and administered oaths and affirmations.

Education and qualifications
LLB (Hons) Law, University of Central Lancashire, 2012
Legal Practice Course / Solicitor qualification via SQE, admitted 2019
Level 4 Certificate in Court Management

Professional development
Judicial College: Sentencing in the Magistrates' Court (2023), Domestic Abuse Act 2021 refresher (2024)

Referees
Justices' Clerk Alan Myerscough, Lancashire; District Judge (MC) Priya Lal
""",
sensitive=[],
keep=[
 "Legal Adviser (Band C), Lancashire Magistrates' Courts",
 "HM Courts & Tribunals Service",
 "Advising lay justices on law, procedure and sentencing guidelines",
 "Court Associate, Preston Crown Court",
 "LLB (Hons) Law, University of Central Lancashire",
 "Legal Practice Course / Solicitor qualification via SQE",
 "Level 4 Certificate in Court Management",
],
contact=["NAOMI FAIRCLOUGH", "Preston PR1", "07700 900284", "n.fairclough.legal@gmail.com",
 "Justices' Clerk Alan Myerscough", "District Judge (MC) Priya Lal"]),

# 015 UK FCDO diplomat
dict(text="""
Oliver Ashdown-Reyes
oliver.ashdown@fastmail.com | +44 7700 900653 | London SE15

FCDO Grade C5 (First Secretary) seeking a Deputy Head of Mission role.

Postings
British Embassy Bogotá - First Secretary (Political), 2022-2026
Led political reporting on the peace process and on the 2022 presidential election; managed a £3.1m conflict-stability fund and the embassy's human-rights defenders programme. Accompanied observers at two departmental elections.
FCDO London, Migration Directorate - Team Leader, Returns Policy, 2019-2022
Negotiated readmission arrangements and oversaw the Home Office/FCDO data-sharing protocol on nationality verification.
British High Commission Nairobi - Second Secretary (Economic), 2016-2019
Cabinet Office - Fast Stream, 2013-2016

Languages
Spanish C1 (FCDO exam, 2022), Swahili (working)

Education
MA International Relations, King's College London; BA History, University of Bristol

Security and personal
Developed Vetting, renewed 2023. My husband Luca is an Italian national and has been assessed as part of my vetting; we would need an accompanied posting. I was a Liberal Democrat council candidate in Southwark in 2010, before I joined the Civil Service, and have not been politically active since. Born 1985.

Referees: HM Ambassador George Hollings; Dr Samira Benyoucef, Head of Returns Policy
""",
sensitive=[
 ("sexual_orientation", "My husband Luca"),
 ("family_status", "is an Italian national and has been assessed as part of my vetting; we would need an accompanied posting"),
 ("political_opinion", "I was a Liberal Democrat council candidate in Southwark in 2010"),
 ("date_of_birth_age", "Born 1985"),
],
keep=[
 "First Secretary (Political)",
 "Led political reporting on the peace process and on the 2022 presidential election",
 "managed a £3.1m conflict-stability fund and the embassy's human-rights defenders programme",
 "Team Leader, Returns Policy",
 "Negotiated readmission arrangements",
 "Second Secretary (Economic)",
 "MA International Relations, King's College London",
 "Spanish C1 (FCDO exam, 2022)",
],
contact=["Oliver Ashdown-Reyes", "oliver.ashdown@fastmail.com", "+44 7700 900653", "London SE15",
 "HM Ambassador George Hollings", "Dr Samira Benyoucef"]),

# 016 Australia Border Force officer
dict(text="""
Harpreet Singh Gill
Border Force Officer (APS 5) | Baseline clearance, NV1 pending
Tullamarine VIC 3043 | 0433 555 901 | harpreet.gill.abf@outlook.com

About me
I came to Melbourne from Ludhiana on a student visa in 2009 and became an Australian citizen in 2015. Nine years in border operations at Melbourne Airport and the Port of Melbourne. I wear a turban and kirpan; ABF approved a uniform exemption for my dastaar in 2017 and I would need the same arrangement.

Work history
Australian Border Force, Melbourne Airport - Border Force Officer (Passenger Operations), 2019 - now
- Primary line and secondary examinations, including SmartGate referrals and biometric mismatch resolution
- Detected 14 concealed narcotics importations referred to the AFP for prosecution
- Conducted visa cancellation interviews under s116 of the Migration Act
Department of Immigration and Border Protection - Border Force Officer Trainee / APS 3, 2017 - 2019
Security Screening Officer, Certis Security, 2012 - 2017

Training
Certificate IV in Government (Investigations)
ABF Officer Trainee Program (2017)
Punjabi/Hindi interpreter level assessment (internal)

Personal
Married, two young sons. I take part in the Sikh Volunteers Australia langar van on weekends.

Referees
Superintendent Dana Kowalczyk, ABF Melbourne Airport; Inspector Luke Brady
""",
sensitive=[
 ("ethnic_origin", "I came to Melbourne from Ludhiana on a student visa in 2009 and became an Australian citizen in 2015"),
 ("religious_belief", "I wear a turban and kirpan; ABF approved a uniform exemption for my dastaar in 2017"),
 ("family_status", "Married, two young sons"),
 ("religious_belief", "I take part in the Sikh Volunteers Australia langar van on weekends"),
],
keep=[
 "Border Force Officer (Passenger Operations)",
 "Primary line and secondary examinations, including SmartGate referrals and biometric mismatch resolution",
 "Detected 14 concealed narcotics importations referred to the AFP for prosecution",
 "Conducted visa cancellation interviews under s116 of the Migration Act",
 "Certificate IV in Government (Investigations)",
 "ABF Officer Trainee Program",
 "Security Screening Officer, Certis Security",
],
contact=["Harpreet Singh Gill", "Tullamarine VIC 3043", "0433 555 901", "harpreet.gill.abf@outlook.com",
 "Superintendent Dana Kowalczyk", "Inspector Luke Brady"]),

# 017 US CBP officer, federal resume
dict(text="""
MARIA CRISTINA "TINA" DELA CRUZ-HOLLOWAY
1820 Otay Lakes Rd, Apt 214, Chula Vista, CA 91913
Day phone: 619-555-0483 | Email: tina.delacruz.h@gmail.com
Citizenship: United States (naturalized 2008; born in Cebu, Philippines)
Federal status: Current employee, GS-1895-12, CBP Officer (Supervisory position sought: GS-1895-13)
Veterans' preference: None

PROFESSIONAL EXPERIENCE
U.S. Customs and Border Protection, Office of Field Operations
San Ysidro Port of Entry, San Diego, CA
CBP Officer (Enforcement), GS-1895-12 | 03/2016 - Present | 40 hrs/wk
Conduct primary and secondary inspections of pedestrians and vehicles under Title 8 and Title 19. Process inadmissible persons and expedited removals, collect fingerprints and photographs for IDENT/ATS enrolment, and prepare sworn statements. Lead officer on the Anti-Terrorism Contraband Enforcement Team (A-TCET) from 2021: plan enforcement operations, brief 12 officers daily, and coordinate with HSI on controlled deliveries. Seized 2,100 lb of methamphetamine and fentanyl over four years; cases accepted for prosecution by the U.S. Attorney's Office, S.D. Cal. Tagalog and Cebuano interpreter for the port.
CBP Officer, GS-1895-5/7/9/11 | 08/2011 - 03/2016

U.S. Navy, Hospital Corpsman Third Class (HM3), 2005 - 2010, Naval Medical Center San Diego.

EDUCATION
B.A. Criminal Justice, San Diego State University, 2011
CBP Field Academy, Glynco, GA, 2011

OTHER INFORMATION
I was treated for thyroid cancer in 2019 (FMLA, 10 weeks) and returned to full duty. NTEU Chapter 144 steward 2013-2018. I attend St. Rose of Lima parish and run its youth group.
""",
sensitive=[
 ("ethnic_origin", "naturalized 2008; born in Cebu, Philippines"),
 ("health", "I was treated for thyroid cancer in 2019 (FMLA, 10 weeks)"),
 ("trade_union", "NTEU Chapter 144 steward 2013-2018"),
 ("religious_belief", "I attend St. Rose of Lima parish and run its youth group"),
],
keep=[
 "CBP Officer (Enforcement), GS-1895-12",
 "Process inadmissible persons and expedited removals, collect fingerprints and photographs for IDENT/ATS enrolment",
 "Anti-Terrorism Contraband Enforcement Team (A-TCET)",
 "cases accepted for prosecution by the U.S. Attorney's Office, S.D. Cal.",
 "Hospital Corpsman Third Class (HM3)",
 "B.A. Criminal Justice, San Diego State University",
 "CBP Field Academy, Glynco, GA",
],
contact=["MARIA CRISTINA \"TINA\" DELA CRUZ-HOLLOWAY", "1820 Otay Lakes Rd, Apt 214, Chula Vista, CA 91913",
 "619-555-0483", "tina.delacruz.h@gmail.com"]),

# 018 Canada IRCC officer
dict(text="""
Karim Benaissa
Ottawa (Orléans), ON | 613-555-0718 | karim.benaissa@rogers.com

PROFILE
Bilingual senior immigration officer (PM-04) with ten years at Immigration, Refugees and Citizenship Canada. Looking for a Team Lead (PM-05) role in the Asylum Claims Processing Centre.

EXPERIENCE
Immigration, Refugees and Citizenship Canada
Senior Immigration Officer, Humanitarian and Compassionate Unit - 2020-present
 > Decide H&C and pre-removal risk assessment (PRRA) applications, including claims based on religious persecution and sexual orientation
 > Draft procedural fairness letters and reasons that withstand Federal Court review (leave granted in only 3 of 410 files)
 > Trained 25 officers on the SOGIESC chairperson's guideline
Citizenship Officer - 2016-2020
 > Administered citizenship tests and ceremonies; referred 30 residence-fraud files to CBSA for investigation

EDUCATION
Master of Public Administration, University of Ottawa (2016)
Licence en droit, Université d'Alger (2009)
Second language evaluation: CBC/CBC

PERSONAL
Born in Algiers and arrived in Canada as a permanent resident in 2011; citizen since 2015.
I'm a practising Muslim and, during Ramadan, I ask to take my lunch break at sunset on late shifts.
Father of three. PSAC member (CEIU) and former local vice-president.

REFERENCES
Geneviève Robitaille, Director, H&C Unit - 613-555-0620
""",
sensitive=[
 ("ethnic_origin", "Born in Algiers and arrived in Canada as a permanent resident in 2011; citizen since 2015"),
 ("religious_belief", "I'm a practising Muslim and, during Ramadan, I ask to take my lunch break at sunset on late shifts"),
 ("family_status", "Father of three"),
 ("trade_union", "PSAC member (CEIU) and former local vice-president"),
],
keep=[
 "Senior Immigration Officer, Humanitarian and Compassionate Unit",
 "Decide H&C and pre-removal risk assessment (PRRA) applications, including claims based on religious persecution and sexual orientation",
 "Trained 25 officers on the SOGIESC chairperson's guideline",
 "referred 30 residence-fraud files to CBSA for investigation",
 "Master of Public Administration, University of Ottawa",
 "Licence en droit, Université d'Alger",
],
contact=["Karim Benaissa", "Ottawa (Orléans), ON", "613-555-0718", "karim.benaissa@rogers.com",
 "Geneviève Robitaille", "613-555-0620"]),

# 019 UK Electoral Services Manager, local government
dict(text="""
SIMON HARGREAVES-KHAN
Electoral Services Manager
Leicester LE2 | 07700 900178 | simonhk.elections@gmail.com

PROFILE
Electoral administrator with 14 years in local government, AEA-qualified, delivering parliamentary, local, PCC and mayoral polls. I am applying for Head of Electoral and Democratic Services.

EXPERIENCE
Electoral Services Manager - Oadby and Wigston Borough Council (2019 - present)
* Deputy Acting Returning Officer duties for the 2024 UK Parliamentary general election
* Managed the annual canvass for 44,000 electors and the rollout of Voter Authority Certificates under the Elections Act 2022
* Ran the verification and count for three contested by-elections, including one recount
* Processed candidate nomination papers for all parties and gave equal briefings to agents
Senior Electoral Services Officer - Leicester City Council (2012 - 2019)
Democratic Services Assistant - Blaby District Council (2010 - 2012)

QUALIFICATIONS
AEA Certificate in Electoral Administration (2014) and Diploma (2018)
BA (Hons) Politics, De Montfort University

POLITICAL RESTRICTION
This post is politically restricted. For transparency: I was a Labour Party member and branch secretary in Knighton until 2018 and resigned when I took a restricted post. I have not been a member of any party since.

OTHER
Age 38. Chair of governors at a local primary school. Type 1 diabetic (insulin pump) - no impact at counts, I just keep snacks in the count hall.

References: Anne Court, Chief Executive and Returning Officer; Tom Bradley, AEA East Midlands branch
""",
sensitive=[
 ("political_opinion", "I was a Labour Party member and branch secretary in Knighton until 2018"),
 ("date_of_birth_age", "Age 38"),
 ("health", "Type 1 diabetic (insulin pump)"),
],
keep=[
 "Electoral Services Manager - Oadby and Wigston Borough Council",
 "Deputy Acting Returning Officer duties for the 2024 UK Parliamentary general election",
 "Managed the annual canvass for 44,000 electors and the rollout of Voter Authority Certificates under the Elections Act 2022",
 "Processed candidate nomination papers for all parties and gave equal briefings to agents",
 "Senior Electoral Services Officer - Leicester City Council",
 "AEA Certificate in Electoral Administration (2014) and Diploma (2018)",
 "BA (Hons) Politics, De Montfort University",
],
contact=["SIMON HARGREAVES-KHAN", "Leicester LE2", "07700 900178", "simonhk.elections@gmail.com",
 "Anne Court", "Tom Bradley"]),

# 020 UK prison governor
dict(text="""
Helen Marsh-Abbott
Governing Governor | HMPPS
York YO31 | 07700 900946 | helen.marshabbott@justice-alumni.org.uk

Summary
Band 11 Governing Governor with 24 years in prisons, from officer to running a Category B local. I lead with transparency and I'm at my best in a turnaround.

Career
HMP Hull - Governing Governor (Band 11), 2021-present
- Lifted the prison from "poor" to "reasonably good" on safety at the 2024 HMIP inspection
- Chaired the Segregation Monitoring and Review Group and the adjudications quality board
- Line-managed the Managing Chaplain and the multi-faith chaplaincy team; restored Friday prayers and Sunday services after Covid
- Negotiated the local Prison Officers' Association facilities agreement as management lead
HMP Full Sutton - Deputy Governor, 2017-2021
HMP Wakefield - Head of Residence, 2012-2017
HMP Leeds - Prison Officer to Custodial Manager, 2002-2012

Education
MSt Applied Criminology and Police Management, University of Cambridge (2016)
BA Sociology, University of York

Personal
I'm a Quaker and attend Friargate Meeting; my faith underpins my belief in restorative justice. I sit on the national executive of the Prison Governors Association. I carry a BRCA2 variant and had preventive surgery in 2019 - no effect on my work. Two teenage children; my husband works shifts at the NHS.

Referees: Prison Group Director Andrew Nuttall; Rev. Canon Philippa Lowe, former Managing Chaplain
""",
sensitive=[
 ("religious_belief", "I'm a Quaker and attend Friargate Meeting; my faith underpins my belief in restorative justice"),
 ("trade_union", "I sit on the national executive of the Prison Governors Association"),
 ("genetic_biometric", "I carry a BRCA2 variant"),
 ("health", "had preventive surgery in 2019"),
 ("family_status", "Two teenage children; my husband works shifts at the NHS"),
],
keep=[
 "HMP Hull - Governing Governor (Band 11)",
 "Chaired the Segregation Monitoring and Review Group and the adjudications quality board",
 "Line-managed the Managing Chaplain and the multi-faith chaplaincy team; restored Friday prayers and Sunday services after Covid",
 "Negotiated the local Prison Officers' Association facilities agreement as management lead",
 "HMP Full Sutton - Deputy Governor",
 "MSt Applied Criminology and Police Management, University of Cambridge",
 "BA Sociology, University of York",
],
contact=["Helen Marsh-Abbott", "York YO31", "07700 900946", "helen.marshabbott@justice-alumni.org.uk",
 "Prison Group Director Andrew Nuttall", "Rev. Canon Philippa Lowe"]),
]
