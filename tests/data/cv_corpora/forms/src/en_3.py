# forms-en-021 .. forms-en-030 (hand-written literal texts)
CVS = []

# 021 UK charity trustee nomination, third person
CVS.append(dict(text="""
Nomination for Trustee — Leicestershire Community Foundation
Nominee: Hema Shah-Patel ACA

Hema Shah-Patel was born in Kampala in 1964; her parents, Gujarati shopkeepers, were expelled by Idi Amin's regime and resettled in Leicester in 1972, where she grew up above the family's newsagent on Belgrave Road.

She qualified as a chartered accountant with Grant Thornton in 1989 and spent twenty years in audit and advisory before becoming Finance Director of Leicester Housing Association (2009–2021), where she led the £60m stock transfer refinancing and brought in the association's first social-value framework.

Hema has served on the board of Age UK Leicester Shire & Rutland and chaired the audit committee of the Samworth Church Academy trust. She has also been a magistrate-panel finance adviser to HMCTS on court estates.

A practising Jain, she has organised the Jain Samaj Europe's annual accounts workshop for community treasurers for a decade. In 2010 she stood as the Liberal Democrat candidate for Leicester East. She lives in Oadby with her partner, Jo, a retired headteacher.

In 2018 a routine test led to a genetic diagnosis of familial hypercholesterolaemia, and she has since become a vocal supporter of the HEART UK cascade-screening campaign.

Proposed by: Cllr Rita Mistry · Seconded by: David Coles
Nominee contact: hema.shahpatel@gmail.com · 0116 271 0493
""",
s=[("A", "born in Kampala in 1964"),
   ("E", "her parents, Gujarati shopkeepers, were expelled by Idi Amin's regime and resettled in Leicester in 1972"),
   ("R", "A practising Jain"), ("P", "she stood as the Liberal Democrat candidate for Leicester East"),
   ("O", "her partner, Jo, a retired headteacher"),
   ("G", "a genetic diagnosis of familial hypercholesterolaemia")],
keep=["Finance Director of Leicester Housing Association", "£60m stock transfer refinancing",
      "social-value framework", "chaired the audit committee of the Samworth Church Academy trust",
      "Jain Samaj Europe's annual accounts workshop for community treasurers",
      "HEART UK cascade-screening campaign", "Grant Thornton"],
contact=["Hema Shah-Patel", "Cllr Rita Mistry", "David Coles", "hema.shahpatel@gmail.com", "0116 271 0493"]))

# 022 Ireland HSE application form
CVS.append(dict(text="""
HSE Recruitment — Application Form (Clinical Nurse Manager 2, Emergency Department, University Hospital Galway)

Section A — Personal details
Name: Ciarán Ó Flaithearta
Address: 6 Bóthar na Trá, Salthill, Galway H91 X2E4
Mobile: 086 118 3390 · Email: ciaran.oflaithearta@hotmail.ie
Date of birth: 03/11/1983
Marital / civil status: Civil partnership (2014)

Section B — Employment
2016–present  CNM1, Emergency Department, University Hospital Galway
2010–2016  Staff Nurse, ED, Mater Misericordiae University Hospital, Dublin
2008–2010  Staff Nurse, Royal Free Hospital, London (NMC registered)

Section C — Qualifications
BSc General Nursing, NUI Galway (2008) · PG Dip Emergency Nursing, RCSI (2013) · ALS and APLS instructor

Section D — Additional information
Are you a member of a trade union? Yes – INMO, and I was the ED's INMO rep from 2018 to 2022.
Do you have any medical condition which may affect your ability to do the job? Epilepsy, seizure-free on medication since 2015; I hold a full driving licence again.
Garda vetting: please declare any convictions. One – public order offence, Galway District Court, 2005 (fined €150).
Irish language: Líofa (fluent), Gaeilgeoir from Connemara.
""",
s=[("A", "Date of birth: 03/11/1983"), ("O", "Civil partnership (2014)"),
   ("U", "Yes – INMO, and I was the ED's INMO rep from 2018 to 2022"),
   ("H", "Epilepsy, seizure-free on medication since 2015"),
   ("C", "One – public order offence, Galway District Court, 2005 (fined €150)")],
keep=["Clinical Nurse Manager 2, Emergency Department", "CNM1, Emergency Department, University Hospital Galway",
      "PG Dip Emergency Nursing, RCSI", "ALS and APLS instructor", "BSc General Nursing, NUI Galway",
      "Are you a member of a trade union?",
      "Do you have any medical condition which may affect your ability to do the job?",
      "Garda vetting: please declare any convictions."],
contact=["Ciarán Ó Flaithearta", "6 Bóthar na Trá, Salthill, Galway H91 X2E4", "086 118 3390",
         "ciaran.oflaithearta@hotmail.ie"]))

# 023 US academic CV with diversity statement
CVS.append(dict(text="""
Daniela Reyes-Whitfield
Ph.D. Candidate, Religious Studies, University of California, Santa Barbara
dreyes@ucsb.edu · (805) 555-0164 · danielareyes.net

EDUCATION
Ph.D., Religious Studies, UC Santa Barbara (expected June 2025). Dissertation: "Borderland Pentecostalism: Healing, Migration and Gender in Tijuana Storefront Churches"
M.A., Religious Studies, UCSB, 2021 · B.A., Anthropology, UTEP, 2018 (summa cum laude)

FELLOWSHIPS
Louisville Institute Dissertation Fellowship (2023–24)
Ford Foundation Predoctoral Fellowship (2019–2022)

PUBLICATIONS
"Deliverance and Deportation: Pentecostal Pastors at the Border," Journal of the American Academy of Religion 91(2), 2023.
"Santa Muerte Devotion among Migrant Women," Nova Religio 25(4), 2022.

TEACHING
Instructor of record, RS 15: Religion and Immigration in the Americas (Summer 2022, 2023).

DIVERSITY STATEMENT (excerpt)
I am a first-generation college student and the daughter of Mexican immigrants from Ciudad Juárez who crossed without papers in 1992. I grew up in a Pentecostal church in El Paso and left it when I came out as queer at nineteen. A DNA ancestry test I took for a class in 2017 surprised my whole family, and I now use that moment to teach students how racial categories are built. In 2020 I knocked doors for Bernie Sanders across the Central Coast, which taught me to listen to strangers.
""",
s=[("E", "the daughter of Mexican immigrants from Ciudad Juárez who crossed without papers in 1992"),
   ("R", "I grew up in a Pentecostal church in El Paso and left it"), ("O", "I came out as queer"),
   ("G", "A DNA ancestry test I took for a class in 2017"),
   ("P", "I knocked doors for Bernie Sanders across the Central Coast")],
keep=["Borderland Pentecostalism: Healing, Migration and Gender in Tijuana Storefront Churches",
      "Louisville Institute Dissertation Fellowship", "Ford Foundation Predoctoral Fellowship",
      "Deliverance and Deportation: Pentecostal Pastors at the Border", "Santa Muerte Devotion among Migrant Women",
      "RS 15: Religion and Immigration in the Americas", "B.A., Anthropology, UTEP"],
contact=["Daniela Reyes-Whitfield", "dreyes@ucsb.edu", "(805) 555-0164", "danielareyes.net"]))

# 024 Canada recruiter shortlist, notes on candidate
CVS.append(dict(text="""
Shortlist memo — Fleet Maintenance Superintendent, City of Winnipeg (Transit)
From: Prairie Executive Search (Lorraine Dubé) · To: hiring panel

Candidate 3 of 4 — Gordon "Gord" Halloran
204-555-0131 · gord.halloran@shaw.ca · Transcona, Winnipeg

Career
2009–2023  Maintenance Manager, New Flyer Industries — 260 technicians, Xcelsior and battery-electric line; cut warranty returns 22%.
1996–2009  Heavy-duty mechanic, then lead hand, Greyhound Canada, Winnipeg garage.
Red Seal Heavy Duty Equipment Technician (1995); Lean Six Sigma Green Belt (2014).

Consultant notes (for Lorraine only, strip before sending)
Gord is 61 and calls himself "semi-retired"; widower since 2020, no kids at home. Had a triple bypass in 2022, says he's fitter now than before. Was an ATU shop steward at Greyhound for years, so he knows the union side of a transit garage well — could cut both ways with ATU Local 1505. Volunteers for the NDP in Elmwood–Transcona at every election. He told me himself about an assault conviction from 1989 (bar fight) and that he received a record suspension in 2004. References glowing; strongest on electric bus transition.
""",
s=[("A", "Gord is 61"), ("F", "widower since 2020, no kids at home"), ("H", "Had a triple bypass in 2022"),
   ("U", "Was an ATU shop steward at Greyhound for years"), ("P", "Volunteers for the NDP in Elmwood–Transcona"),
   ("C", "an assault conviction from 1989 (bar fight)"), ("C", "he received a record suspension in 2004")],
keep=["Fleet Maintenance Superintendent", "Maintenance Manager, New Flyer Industries", "cut warranty returns 22%",
      "Red Seal Heavy Duty Equipment Technician", "Lean Six Sigma Green Belt", "strongest on electric bus transition",
      "knows the union side of a transit garage well"],
contact=["Lorraine Dubé", "Gordon \"Gord\" Halloran", "204-555-0131", "gord.halloran@shaw.ca", "Transcona, Winnipeg", "Lorraine"]))

# 025 Australia academic CV, HIV public health
CVS.append(dict(text="""
Dr Liam Fitzgerald-Ngata
Senior Research Fellow, Kirby Institute, UNSW Sydney
l.fitzgerald-ngata@unsw.edu.au · +61 2 9385 0900 · ORCID 0000-0003-1198-4420

Appointments
2021–  Senior Research Fellow, Surveillance, Evaluation and Research Program, Kirby Institute
2016–2020  Research Fellow, Centre for Social Research in Health, UNSW

Education
PhD Public Health, University of Sydney (2015): "PrEP, pleasure and risk: gay men's accounts of biomedical prevention"
MPH (Epidemiology), University of Auckland (2010)

Grants
NHMRC Investigator Grant EL1, "Ending HIV transmission among Aboriginal and Torres Strait Islander and Pacific communities" (A$650,000, 2022–2026)
ViiV Healthcare Positive Action grant, "Ageing well with HIV in regional NSW" (2019)

Selected publications
Fitzgerald-Ngata L, et al. PrEP uptake among overseas-born gay and bisexual men in Australia. Lancet HIV, 2022.
Fitzgerald-Ngata L, Holt M. Stigma and disclosure in serodiscordant couples. AIDS and Behavior, 2020.

Service
Member, ASHM HIV and Hepatitis C Testing Policy Expert Reference Committee.
Co-convenor, UNSW Ally Network and the Rainbow staff network (2019–).
NTEU branch committee member, UNSW (2020–2023).

Researcher positionality (from my NHMRC application)
As a gay man of Māori and Irish descent who has been living with HIV since 2008, I bring lived experience to community partnerships with ACON and Positive Life NSW.
""",
s=[("O", "Co-convenor, UNSW Ally Network and the Rainbow staff network (2019–)"),
   ("U", "NTEU branch committee member, UNSW (2020–2023)"), ("O", "As a gay man"),
   ("E", "of Māori and Irish descent"), ("H", "living with HIV since 2008")],
keep=["Senior Research Fellow, Surveillance, Evaluation and Research Program, Kirby Institute",
      "PrEP, pleasure and risk: gay men's accounts of biomedical prevention",
      "Ending HIV transmission among Aboriginal and Torres Strait Islander and Pacific communities",
      "Ageing well with HIV in regional NSW", "PrEP uptake among overseas-born gay and bisexual men in Australia",
      "Stigma and disclosure in serodiscordant couples",
      "Member, ASHM HIV and Hepatitis C Testing Policy Expert Reference Committee",
      "community partnerships with ACON and Positive Life NSW"],
contact=["Dr Liam Fitzgerald-Ngata", "l.fitzgerald-ngata@unsw.edu.au", "+61 2 9385 0900", "0000-0003-1198-4420",
         "Fitzgerald-Ngata L", "Holt M"]))

# 026 India PSU application form answers
CVS.append(dict(text="""
APPLICATION FOR THE POST OF ENGINEER (ELECTRICAL) — NTPC LIMITED, ADVT. NO. 08/2024

1. Name of candidate: ARUN KUMAR VIJAYAN
2. Father's name: K. Vijayan
3. Date of birth: 22-05-1992
4. Marital status: Unmarried
5. Person with Benchmark Disability (PwBD): Yes – 45% locomotor disability (post-polio, left leg); certificate from Medical Board, Thrissur
6. Address for correspondence: TC 14/2210, Vazhuthacaud, Thiruvananthapuram 695014
7. Mobile / e-mail: 94470 83126 / arunvijayan.eee@gmail.com

8. Educational qualification
B.Tech Electrical & Electronics Engineering, College of Engineering Trivandrum (2014) — 8.4 CGPA
GATE 2023 (EE) score 742

9. Work experience
KSEB Ltd — Assistant Engineer, 110 kV substation, Kundara (2016–present): relay coordination, SCADA integration, outage planning.
L&T Construction — Graduate Engineer Trainee, transmission line projects (2014–2016).

10. Have you ever been arrested, prosecuted or convicted? If yes, give details.
Yes. An FIR was registered against me in 2013 after a student protest at the college; the case was withdrawn by the State in 2017. No conviction.

11. Are you or have you been a member of any political organisation? I was the SFI unit secretary at CET (2012–2013). Not active since.

12. Are you related to any employee of NTPC? No.

Declaration: I certify that the information given is true.
Place: Thiruvananthapuram   Signature: Arun Kumar Vijayan
""",
s=[("A", "Date of birth: 22-05-1992"), ("F", "Marital status: Unmarried"),
   ("H", "Yes – 45% locomotor disability (post-polio, left leg)"),
   ("C", "An FIR was registered against me in 2013 after a student protest at the college"),
   ("P", "I was the SFI unit secretary at CET (2012–2013)")],
keep=["ENGINEER (ELECTRICAL) — NTPC LIMITED", "B.Tech Electrical & Electronics Engineering, College of Engineering Trivandrum",
      "GATE 2023 (EE) score 742", "Assistant Engineer, 110 kV substation", "relay coordination, SCADA integration, outage planning",
      "Graduate Engineer Trainee, transmission line projects", "Have you ever been arrested, prosecuted or convicted?",
      "Are you or have you been a member of any political organisation?"],
contact=["ARUN KUMAR VIJAYAN", "Arun Kumar Vijayan", "K. Vijayan", "TC 14/2210, Vazhuthacaud, Thiruvananthapuram 695014",
         "94470 83126", "arunvijayan.eee@gmail.com"]))

# 027 UK company "meet the team" profile, third person
CVS.append(dict(text="""
Meet the team — Harland & Wolff Apprenticeships

Kerry-Ann Doherty, Apprenticeship Programme Manager

Kerry-Ann looks after our 140 apprentices across Belfast, Methil and Appledore. She started here in 2003 as a plater apprentice herself, one of only two women in her intake, and went on to become a welding inspector (CSWIP 3.1) before moving into training.

Since taking over the programme in 2019 she has rebuilt the first-year curriculum with Belfast Met, introduced a structured mentoring scheme, and pushed completion rates from 71% to 92%. She sits on the CITB Northern Ireland employer forum and is an assessor for the City & Guilds Level 3 fabrication standard.

Kerry-Ann has been profoundly deaf since childhood and uses BSL and lip-reading; she has made deaf awareness training part of every apprentice's induction. She is a mum of three and coaches an under-12s camogie team in east Belfast. Her youngest son was diagnosed with a rare genetic disorder in 2017, and the whole family joined the 100,000 Genomes Project, which she talks about in her apprentice wellbeing sessions. She's also a long-standing GMB member and, at the 2022 Assembly election, a canvasser for Alliance.

Get in touch: apprenticeships@harland-wolff.com · 028 9045 8456
""",
s=[("H", "has been profoundly deaf since childhood"), ("F", "She is a mum of three"),
   ("G", "the whole family joined the 100,000 Genomes Project"), ("U", "a long-standing GMB member"),
   ("P", "a canvasser for Alliance")],
keep=["Apprenticeship Programme Manager", "plater apprentice", "welding inspector (CSWIP 3.1)",
      "rebuilt the first-year curriculum with Belfast Met", "pushed completion rates from 71% to 92%",
      "CITB Northern Ireland employer forum", "City & Guilds Level 3 fabrication standard",
      "deaf awareness training"],
contact=["Kerry-Ann Doherty", "apprenticeships@harland-wolff.com", "028 9045 8456"]))

# 028 US résumé plus cover letter, fair-chance hiring
CVS.append(dict(text="""
MARCUS DELANEY WHITE
Oakland, CA 94607 · (510) 555-0149 · marcusdwhite.builds@gmail.com

SUMMARY
Journey-level electrician (IBEW Local 595), six years in commercial tenant improvements and solar. OSHA 30, NFPA 70E, California General Electrician certification.

EXPERIENCE
Rosendin Electric — Journeyman Electrician (2021–present): conduit runs and panel terminations on the Kaiser Permanente San Leandro expansion; foreman for a crew of five.
Cupertino Electric — Apprentice (2017–2021)
Rising Sun Center for Opportunity — Pre-apprenticeship graduate (2017)

---

To the Project Staffing Team at Bergelectric:

I'd like to be considered for your Foreman opening in Oakland. I'm writing a letter because my résumé doesn't explain 2012 to 2016. I was incarcerated for those four years at San Quentin for a robbery I committed at 20. My DNA is in the state database, and I tell every employer that up front so nobody is surprised by a background check.

Inside, I finished my GED and started the Prison University Project. Since release I have not missed a day of work. I'm a Black man from West Oakland, I'm a father to a seven-year-old daughter, and I want her to see me run a job site.

I'm a dues-paying IBEW member and proud of it.

Respectfully,
Marcus White
""",
s=[("C", "I was incarcerated for those four years at San Quentin for a robbery I committed at 20"),
   ("G", "My DNA is in the state database"),
   ("C", "Inside, I finished my GED and started the Prison University Project"), ("E", "I'm a Black man from West Oakland"),
   ("F", "I'm a father to a seven-year-old daughter"), ("U", "I'm a dues-paying IBEW member")],
keep=["Journey-level electrician (IBEW Local 595)", "California General Electrician certification",
      "Journeyman Electrician", "Kaiser Permanente San Leandro expansion", "Rising Sun Center for Opportunity",
      "Foreman opening in Oakland", "OSHA 30, NFPA 70E"],
contact=["MARCUS DELANEY WHITE", "Marcus White", "Oakland, CA 94607", "(510) 555-0149", "marcusdwhite.builds@gmail.com"]))

# 029 UK academic CV, no personal sensitive fact (hard negatives only)
CVS.append(dict(text="""
CURRICULUM VITAE — Professor Gareth Llewellyn-Moss
Cardiff Business School, Aberconway Building, Colum Drive, Cardiff CF10 3EU
llewellyn-mossg@cardiff.ac.uk · 029 2087 5521

Appointments
2017–  Professor of Employment Relations, Cardiff University
2008–2017  Reader, Warwick Business School (Industrial Relations Research Unit)

Education
PhD Industrial Relations, University of Warwick (2004) · BA History, University of Bristol (1998)

Research grants
ESRC, "Recognition and derecognition: trade unions in UK logistics, 2010–2020" (£612,000, PI)
Leverhulme Trust, "Faith at work: religious accommodation claims in employment tribunals" (Co-I)
Acas research commission, "Reasonable adjustments for disabled workers after the pandemic" (2022)

Books and articles
Unions in the Warehouse: Organising Amazon, DHL and the Gig Economy (Policy Press, 2021)
"Religion, dress codes and the Equality Act 2010", Industrial Law Journal 48(2), 2019
"Strike ballots after the Trade Union Act 2016", British Journal of Industrial Relations 57(3), 2019

Doctoral supervision
Eleven completions, including theses on the GMB's recruitment of migrant meat-processing workers and on Muslim employee networks in the civil service.

Professional roles
Member, Acas Council (2019–2024). Independent expert for the Low Pay Commission. Editorial board, Work, Employment and Society.

Languages: English, Welsh (working knowledge).
""",
s=[],
keep=["Professor of Employment Relations", "Recognition and derecognition: trade unions in UK logistics, 2010–2020",
      "Faith at work: religious accommodation claims in employment tribunals",
      "Reasonable adjustments for disabled workers after the pandemic",
      "Unions in the Warehouse: Organising Amazon, DHL and the Gig Economy",
      "Religion, dress codes and the Equality Act 2010", "Strike ballots after the Trade Union Act 2016",
      "theses on the GMB's recruitment of migrant meat-processing workers and on Muslim employee networks in the civil service",
      "Member, Acas Council (2019–2024)"],
contact=["Professor Gareth Llewellyn-Moss", "Cardiff Business School, Aberconway Building, Colum Drive, Cardiff CF10 3EU",
         "llewellyn-mossg@cardiff.ac.uk", "029 2087 5521"]))

# 030 Ireland panel speaker bio, third person
CVS.append(dict(text="""
Panel: Who Gets Hired? — Speaker biographies
Social Inclusion Week, Limerick, 14 October

Bridget "Bridie" McDonagh — Community Employment Supervisor, Limerick Traveller Network

Bridie McDonagh is a Traveller woman from Rathkeale who left school in 1990, aged fourteen, and went back to education at thirty-five through the Back to Education Initiative. She now holds a Level 8 BA in Community and Family Studies from the University of Galway and a QQI Level 6 in Training Delivery and Evaluation.

Since 2015 Bridie has supervised Limerick Traveller Network's Community Employment scheme, placing 60 participants a year into childcare, primary healthcare and horticulture. She designed the Traveller Primary Health Care Project's peer-worker induction, now used in four counties, and sits on the Department of Social Protection's CE advisory panel.

A mother of five and grandmother of seven, Bridie still finds time to be a SIPTU member and shop steward on the CE scheme. In 2014 she was arrested and spent a night in a Garda station during the anti-water-charges protests in Moyross; the charge was later struck out. She is an active member of People Before Profit.

Moderator: Dr Niamh Gleeson, University of Limerick
Contact for speakers: socialinclusionweek@limerick.ie
""",
s=[("E", "a Traveller woman from Rathkeale"), ("A", "in 1990, aged fourteen"),
   ("F", "A mother of five and grandmother of seven"), ("U", "a SIPTU member and shop steward on the CE scheme"),
   ("C", "she was arrested and spent a night in a Garda station during the anti-water-charges protests in Moyross"),
   ("P", "She is an active member of People Before Profit")],
keep=["Community Employment Supervisor, Limerick Traveller Network", "Back to Education Initiative",
      "BA in Community and Family Studies", "QQI Level 6 in Training Delivery and Evaluation",
      "Traveller Primary Health Care Project's peer-worker induction",
      "Department of Social Protection's CE advisory panel"],
contact=["Bridget \"Bridie\" McDonagh", "Bridie", "Dr Niamh Gleeson", "socialinclusionweek@limerick.ie"]))
