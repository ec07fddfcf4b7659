CVS = [
# 001 US federal resume, HSI special agent, Army MP veteran
dict(text="""
MARCUS D. ELLINGTON
4417 Quarry Ridge Ct, Woodbridge, VA 22192 | (703) 555-0148 | mdellington@protonmail.com
Citizenship: U.S. Citizen
Veterans' Preference: 10-point (CPS), 30% service-connected disability
Security Clearance: Top Secret, Tier 5 investigation adjudicated 04/2023
Highest Federal Grade Held: GS-1811-12, Step 4
Announcement applied for: HSI-BAL-2026-0411, Criminal Investigator, GS-1811-13

WORK EXPERIENCE
U.S. Immigration and Customs Enforcement, Homeland Security Investigations
Special Agent (Criminal Investigator), GS-1811-12
07/2021 - Present | 40+ hours per week | Baltimore, MD
Supervisor: SAC Renee Fulbright, (410) 555-0192. Yes, you may contact.
Plan and conduct complex criminal investigations into transnational smuggling, trade fraud and export violations. Prepare affidavits for search and arrest warrants and present cases to Assistant U.S. Attorneys for prosecution. Serve as co-case agent on an OCDETF investigation that produced 23 federal indictments and 31 arrests. Conduct custodial interviews with Spanish-language interpreters, manage confidential informants under agency policy, and testify before federal grand juries. Coordinate seizures with CBP Office of Field Operations at the Port of Baltimore.

U.S. Army, Military Police Corps
Staff Sergeant (E-6), MOS 31B Military Police
06/2010 - 06/2018 | Fort Hood, TX; Bagram Airfield, Afghanistan
Squad leader for eleven Soldiers conducting law enforcement patrols, detainee operations and protective service details. Wrote 140+ sworn statements and incident reports.
Medically retired 06/2018 after a blast-related TBI.

EDUCATION AND TRAINING
M.S. Criminal Justice, University of Maryland Global Campus, 2020
FLETC Criminal Investigator Training Program (CITP), 2021

ADDITIONAL INFORMATION
My T5 reinvestigation ran eleven months because my wife Ana was born in Cartagena, Colombia and her parents still live there; all foreign contacts were reported on the SF-86.
""",
sensitive=[
 ("health", "30% service-connected disability"),
 ("health", "Medically retired 06/2018 after a blast-related TBI"),
 ("family_status", "my wife Ana was born in Cartagena, Colombia and her parents still live there"),
],
keep=[
 "Special Agent (Criminal Investigator), GS-1811-12",
 "Homeland Security Investigations",
 "Prepare affidavits for search and arrest warrants and present cases to Assistant U.S. Attorneys for prosecution",
 "23 federal indictments and 31 arrests",
 "Staff Sergeant (E-6), MOS 31B Military Police",
 "FLETC Criminal Investigator Training Program (CITP)",
 "M.S. Criminal Justice, University of Maryland Global Campus",
],
contact=["MARCUS D. ELLINGTON", "4417 Quarry Ridge Ct, Woodbridge, VA 22192", "(703) 555-0148",
 "mdellington@protonmail.com", "SAC Renee Fulbright", "(410) 555-0192"]),

# 002 UK Civil Service application form, Home Office asylum decision-maker
dict(text="""
APPLICATION FORM - CIVIL SERVICE JOBS
Vacancy reference: 412876 - Senior Executive Officer, Asylum Policy, Home Office (Croydon)

Section 1 - Personal details
Name: Farah Qureshi-Dunn
Address: 27 Allingham Road, Thornton Heath, CR7 8QA
Telephone: 07700 900417
E-mail: farah.qd@outlook.com

Section 2 - Employment history
2019 - present: Higher Executive Officer, Asylum Decision Maker, UK Visas and Immigration, Croydon
Interviewed claimants and wrote reasoned decisions on 600+ asylum claims under the Refugee Convention and Article 3 ECHR; second-checked junior decision makers; presented refusals at the First-tier Tribunal (Immigration and Asylum Chamber) as a Home Office Presenting Officer on secondment.
2015 - 2019: Executive Officer, HM Passport Office, Peterborough. Examined complex first-time passport applications and counter-fraud referrals.

Section 3 - Behaviours
Making Effective Decisions: I led the country-guidance refresh on Sudan claims in 2024, drafting the caseworker note that cut average decision time by 19 days.

Section 4 - Qualifications
LLB Law (2:1), University of Leicester, 2014
Foundation Asylum Caseworker Training (FACT), 2019

Section 5 - Declarations
Nationality: British (naturalised 2011)
Do you hold any other nationality? Yes - Pakistani
Have you ever received a conviction, caution, reprimand or final warning? Yes. Police caution for shoplifting, Leicester, March 2010 (now spent).
Date of birth (for pension purposes only): 14/02/1991
Do you have a disability you wish to declare under the Disability Confident scheme? Yes - bipolar II disorder, well managed; I ask for a guaranteed interview.
Signed: F. Qureshi-Dunn   Date: 03/11/2026
""",
sensitive=[
 ("ethnic_origin", "British (naturalised 2011)"),
 ("ethnic_origin", "Do you hold any other nationality? Yes - Pakistani"),
 ("criminal_record", "Police caution for shoplifting, Leicester, March 2010 (now spent)"),
 ("date_of_birth_age", "14/02/1991"),
 ("health", "bipolar II disorder, well managed"),
],
keep=[
 "Higher Executive Officer, Asylum Decision Maker",
 "UK Visas and Immigration",
 "wrote reasoned decisions on 600+ asylum claims under the Refugee Convention and Article 3 ECHR",
 "Home Office Presenting Officer",
 "country-guidance refresh on Sudan claims",
 "Executive Officer, HM Passport Office",
 "LLB Law (2:1), University of Leicester",
 "Foundation Asylum Caseworker Training (FACT)",
],
contact=["Farah Qureshi-Dunn", "27 Allingham Road, Thornton Heath, CR7 8QA", "07700 900417",
 "farah.qd@outlook.com", "F. Qureshi-Dunn"]),

# 003 UK police sergeant promotion CV
dict(text="""
PS 2214 DANIEL OKORO-BRIGGS
West Yorkshire Police | Leeds District
Mob 07700 900562 | daniel.okorobriggs@gmail.com

Profile
Sergeant with eleven years' service in response, neighbourhood and custody roles, now seeking an Inspector post through the national promotion framework. Calm under pressure, tenacious on investigative quality, and proud to have been the first in my family to join the police.

Career
2022 - date   Custody Sergeant, Elland Road Custody Suite
- Authorised detention for around 3,000 arrested persons a year under PACE Code C
- Reviewed charging decisions with the CPS and prepared remand files for prosecution
- Managed detainees in mental-health crisis alongside liaison and diversion nurses
2018 - 2022   Neighbourhood Sergeant, Chapeltown NPT
- Led a Section 60 review that cut stop and search disproportionality by a third
- Built links with gurdwaras, mosques and Black-led churches through the Independent Advisory Group
2015 - 2018   Response Constable, Killingbeck

Qualifications
National Investigators' Exam (NIE), passed 2017
Sergeants' NPPF Step 2 legal exam, 2018
Initial Custody Sergeant Course, College of Policing, 2022

Outside work
I have been the Police Federation workplace rep for Leeds custody since 2021. My dyslexia was only diagnosed at training school; I now mentor probationers who struggle with written statements. I am also treasurer of the Christian Police Association in West Yorkshire and sing in my church choir in Harehills.

References on request: Insp. Claire Whitmore, Leeds District.
""",
sensitive=[
 ("trade_union", "I have been the Police Federation workplace rep for Leeds custody since 2021"),
 ("health", "My dyslexia was only diagnosed at training school"),
 ("religious_belief", "I am also treasurer of the Christian Police Association in West Yorkshire and sing in my church choir in Harehills"),
],
keep=[
 "Custody Sergeant, Elland Road Custody Suite",
 "Authorised detention for around 3,000 arrested persons a year under PACE Code C",
 "prepared remand files for prosecution",
 "Led a Section 60 review that cut stop and search disproportionality by a third",
 "Built links with gurdwaras, mosques and Black-led churches through the Independent Advisory Group",
 "National Investigators' Exam (NIE)",
 "Initial Custody Sergeant Course, College of Policing",
],
contact=["DANIEL OKORO-BRIGGS", "07700 900562", "daniel.okorobriggs@gmail.com", "Insp. Claire Whitmore"]),

# 004 UK firefighter, Watch Manager
dict(text="""
Kerry-Ann Maddox
Watch Manager B, Greater Manchester Fire and Rescue Service
Stockport, Greater Manchester | 07700 900733 | kamaddox.fire@yahoo.co.uk

I joined the fire service in 2008 at 22 after four years as a retained firefighter in my home town of Glossop. I now run a 12-strong watch at Whitehill Community Fire Station and I am looking for a Station Manager (Prevention) role.

EXPERIENCE
Watch Manager B, Whitehill Community Fire Station (2019 - present)
 * Incident commander at level 1 incidents including the 2023 Reddish Vale mill fire (25 pumps, I ran sector 2)
 * Delivered 400 Safe and Well visits a year targeting older people living alone and people on home oxygen
 * Lead on fire investigation evidence handover to GMP when arson is suspected
Crew Manager, Manchester Central (2014 - 2019)
Firefighter, Manchester Central and Salford (2008 - 2014)

QUALIFICATIONS
Level 3 Certificate in Supervisory Management (Skills for Justice)
ICS Level 1 Incident Command, 2019
Emergency Response Driver, LGV C licence

PERSONAL
Married to Steve (a paramedic), two boys aged 9 and 12 - our shift pattern works because of my mum.
Fire Brigades Union brigade equalities rep 2016-2020.
Medical: fit for operational duties; I have a titanium plate in my left wrist from a 2017 fall at a job, no restrictions.

Referee: Group Manager Paul Ainscough, Stockport Area
""",
sensitive=[
 ("date_of_birth_age", "at 22"),
 ("family_status", "Married to Steve (a paramedic), two boys aged 9 and 12"),
 ("trade_union", "Fire Brigades Union brigade equalities rep 2016-2020"),
 ("health", "I have a titanium plate in my left wrist from a 2017 fall at a job"),
],
keep=[
 "Watch Manager B, Greater Manchester Fire and Rescue Service",
 "Incident commander at level 1 incidents",
 "Delivered 400 Safe and Well visits a year targeting older people living alone and people on home oxygen",
 "Lead on fire investigation evidence handover to GMP when arson is suspected",
 "Level 3 Certificate in Supervisory Management (Skills for Justice)",
 "ICS Level 1 Incident Command",
 "Emergency Response Driver, LGV C licence",
],
contact=["Kerry-Ann Maddox", "Stockport, Greater Manchester", "07700 900733", "kamaddox.fire@yahoo.co.uk",
 "Group Manager Paul Ainscough"]),

# 005 Australia paramedic
dict(text="""
JESSICA "JESS" TAN-WHITFIELD
Intensive Care Paramedic | AHPRA registered
Wollongong NSW 2500 | 0412 555 208 | jesstw.icp@gmail.com

CAREER SUMMARY
Fifteen years with NSW Ambulance, the last seven as an Intensive Care Paramedic. Returning to a clinical team leader role after twelve months away from the road.

EMPLOYMENT
NSW Ambulance
Intensive Care Paramedic, Illawarra Sector, 2019 - current
 - Advanced airway management, RSI with the Aeromedical team, paediatric retrievals
 - Clinical lead for the Illawarra mental health co-responder trial with NSW Police
 - Mentor for 14 graduate paramedics
Paramedic Specialist / Paramedic, Sydney South West, 2011 - 2019
Trainee Paramedic, 2010 - 2011

2024 - 2025 career break: after the Mount Keira bus rollover I was diagnosed with PTSD and spent a year in treatment through the Workers Compensation scheme and the Frontline Mental Health clinic. I am cleared for full duties by my treating psychologist.

EDUCATION
Bachelor of Paramedic Practice, Charles Sturt University, 2010
Graduate Diploma Intensive Care Paramedicine, 2019

OTHER
Australian Paramedics Association (NSW) workplace delegate, Wollongong station, since 2016
Lives with her wife Mei and their daughter in Thirroul
Surf lifesaving patrol captain, North Beach SLSC

REFEREES
Inspector Aaron Pollard, NSW Ambulance - 0413 555 760
Dr Helen Marchetti, Aeromedical Operations
""",
sensitive=[
 ("health", "I was diagnosed with PTSD and spent a year in treatment through the Workers Compensation scheme and the Frontline Mental Health clinic"),
 ("trade_union", "Australian Paramedics Association (NSW) workplace delegate, Wollongong station, since 2016"),
 ("sexual_orientation", "Lives with her wife Mei"),
 ("family_status", "and their daughter"),
],
keep=[
 "Intensive Care Paramedic, Illawarra Sector",
 "Advanced airway management, RSI with the Aeromedical team, paediatric retrievals",
 "Clinical lead for the Illawarra mental health co-responder trial with NSW Police",
 "Mentor for 14 graduate paramedics",
 "Bachelor of Paramedic Practice, Charles Sturt University",
 "Graduate Diploma Intensive Care Paramedicine",
 "Surf lifesaving patrol captain, North Beach SLSC",
],
contact=["JESSICA \"JESS\" TAN-WHITFIELD", "Wollongong NSW 2500", "0412 555 208", "jesstw.icp@gmail.com",
 "Inspector Aaron Pollard", "0413 555 760", "Dr Helen Marchetti"]),

# 006 British Army veteran to civilian project manager
dict(text="""
Curriculum Vitae - Gareth Pryce-Llewellyn
Cardiff CF14 | 07700 900891 | gareth.pl@btinternet.com | linkedin.com/in/garethpryce-pm

PERSONAL STATEMENT
Former Royal Signals Staff Sergeant (22 years' service) now working as a civilian project manager. I translate military planning into PRINCE2 and Agile delivery and I am looking for a programme role in public-sector digital infrastructure.

MILITARY SERVICE (1999 - 2021)
Royal Corps of Signals, Regular Army. Final rank: Staff Sergeant (SSgt), Foreman of Signals trainee.
Service record highlights:
- Yeoman of Signals, 3rd (UK) Division Signal Regiment: planned tactical communications for a 5,000-soldier brigade exercise in Kenya
- Detachment commander, Op HERRICK 12 and 17, Helmand
- Long Service and Good Conduct Medal (2014)
Discharge: medically discharged (PD) in 2021 following two spinal operations; I walk and work normally but cannot carry load.

CIVILIAN EMPLOYMENT
Project Manager, Welsh Government Digital Services, 2022 - present
- Delivered the SD-WAN rollout to 48 government sites, £6.2m budget, on time
- Chaired weekly risk boards with BT and the Cabinet Office security team
Service Delivery Lead (contract), Capita Defence, 2021 - 2022

QUALIFICATIONS
PRINCE2 Practitioner; APM Project Management Qualification; BSc (Hons) Telecommunications Management, Open University
Security clearance: SC (current); previously DV while serving

ABOUT ME
I'm 45, a proud Valleys boy, divorced with joint care of my son. Welsh speaker (conversational). I volunteer with the Royal British Legion's Bridgend branch.
""",
sensitive=[
 ("health", "medically discharged (PD) in 2021 following two spinal operations"),
 ("health", "cannot carry load"),
 ("date_of_birth_age", "I'm 45"),
 ("family_status", "divorced with joint care of my son"),
],
keep=[
 "Royal Corps of Signals",
 "Yeoman of Signals, 3rd (UK) Division Signal Regiment",
 "Detachment commander, Op HERRICK 12 and 17, Helmand",
 "Project Manager, Welsh Government Digital Services",
 "Delivered the SD-WAN rollout to 48 government sites",
 "PRINCE2 Practitioner",
 "APM Project Management Qualification",
 "BSc (Hons) Telecommunications Management, Open University",
],
contact=["Gareth Pryce-Llewellyn", "Cardiff CF14", "07700 900891", "gareth.pl@btinternet.com",
 "linkedin.com/in/garethpryce-pm"]),

# 007 US Marine veteran military-to-civilian translation
dict(text="""
ROBERTO "BOBBY" CASTELLANOS
San Antonio, TX 78227 | 210-555-0367 | bobby.castellanos.usmc@gmail.com

OBJECTIVE: Warehouse Operations Supervisor with H-E-B or another large distribution employer.

MILITARY-TO-CIVILIAN SUMMARY
United States Marine Corps, 2009 - 2017. Sergeant (E-5). DD-214 character of service: General (Under Honorable Conditions).
MOS 3043 Supply Administration and Operations Specialist = civilian inventory control supervisor / logistics coordinator
MOS 0311 Rifleman (first enlistment) = team leader for 4 personnel in high-risk environments

WHAT I DID, IN CIVILIAN TERMS
- Managed a $4.3M equipment account (GCSS-MC), 98.7% inventory accuracy across three audits
- Supervised 9 Marines issuing, receiving and shipping gear for a 900-person battalion
- Trained junior staff on hazmat storage and forklift safety (OSHA 10)
- Two deployments: Helmand Province, Afghanistan (2010) and 26th MEU (2014)

CIVILIAN WORK
Shift Lead, Amazon Fulfillment SAT1, Schertz TX, 2019 - present
Security Officer, Allied Universal, 2017 - 2019

EDUCATION
Associate of Applied Science, Logistics and Supply Chain Management, St. Philip's College, 2021
Certified Logistics Technician (MSSC CLT)

THINGS AN EMPLOYER MIGHT ASK ABOUT
The "General" discharge follows a 2016 NJP (Article 15) for an alcohol-related incident; I was reduced in rank and restored within a year. I've been sober since 2017 and I'm rated 70% by the VA, mostly PTSD and tinnitus. I'm married with three kids, so I need a day shift.
""",
sensitive=[
 ("criminal_record", "2016 NJP (Article 15) for an alcohol-related incident"),
 ("health", "I've been sober since 2017"),
 ("health", "rated 70% by the VA, mostly PTSD and tinnitus"),
 ("family_status", "I'm married with three kids"),
],
keep=[
 "Sergeant (E-5)",
 "MOS 3043 Supply Administration and Operations Specialist",
 "Managed a $4.3M equipment account (GCSS-MC), 98.7% inventory accuracy across three audits",
 "Shift Lead, Amazon Fulfillment SAT1",
 "Security Officer, Allied Universal",
 "Associate of Applied Science, Logistics and Supply Chain Management, St. Philip's College",
 "Certified Logistics Technician (MSSC CLT)",
],
contact=["ROBERTO \"BOBBY\" CASTELLANOS", "San Antonio, TX 78227", "210-555-0367",
 "bobby.castellanos.usmc@gmail.com"]),

# 008 Canada Correctional Service parole officer
dict(text="""
Renée Lafleur-Dumont
Parole Officer (WP-04) - Correctional Service Canada
Edmonton, AB T5H | 780-555-0199 | rlafleurdumont@shaw.ca

Summary
Bilingual (CBC/CBC) parole officer with nine years in federal corrections, currently supervising a caseload of 24 offenders on day parole, full parole and long-term supervision orders. Applying for Parole Officer Supervisor (WP-05).

Experience
Correctional Service Canada, Edmonton Parole Office - Parole Officer, 2020 to present
• Assess risk and write Assessments for Decision for the Parole Board of Canada
• Apply Gladue principles in reports for Indigenous offenders and coordinate with Elders at Pê Sâkâstêw Centre
• Recommend suspensions and warrants of apprehension when risk becomes unmanageable
Edmonton Institution - Institutional Parole Officer, 2017 to 2020
Alberta Justice - Probation Officer, 2014 to 2017

Education
BA Criminology, University of Alberta, 2013
Motivational Interviewing level 2; Static-99R certified scorer

Languages: English, French. I also understand Cree.

Self-identification (for employment equity purposes): I am Métis, registered with the Métis Nation of Alberta, and I identify as Two-Spirit.

Union: UCCO-SACC-CSN does not cover my group; I have been a PSAC shop steward for the UNE local in Edmonton since 2021.

References
Marc Tessier, Area Director, Edmonton Parole, 780-555-0142
""",
sensitive=[
 ("ethnic_origin", "I am Métis, registered with the Métis Nation of Alberta"),
 ("sexual_orientation", "I identify as Two-Spirit"),
 ("trade_union", "I have been a PSAC shop steward for the UNE local in Edmonton since 2021"),
],
keep=[
 "Parole Officer (WP-04) - Correctional Service Canada",
 "Assess risk and write Assessments for Decision for the Parole Board of Canada",
 "Apply Gladue principles in reports for Indigenous offenders and coordinate with Elders at Pê Sâkâstêw Centre",
 "Recommend suspensions and warrants of apprehension",
 "Institutional Parole Officer",
 "BA Criminology, University of Alberta",
 "Static-99R certified scorer",
],
contact=["Renée Lafleur-Dumont", "Edmonton, AB T5H", "780-555-0199", "rlafleurdumont@shaw.ca",
 "Marc Tessier", "780-555-0142"]),

# 009 Ireland Revenue customs officer
dict(text="""
CURRICULUM VITAE

Name:            Tomasz (Tom) Brennan-Wiśniewski
Address:         14 Harbour View, Ringaskiddy, Co. Cork, P43 XK22
Mobile:          087 555 3120
Email:           tom.bw@eircom.net
Date of birth:   2 May 1988
Nationality:     Irish and Polish (dual)
Marital status:  Married

PROFILE
Higher Executive Officer in the Revenue Commissioners' Customs Division, nine years at the Port of Cork. I want to move into the Revenue Investigations and Prosecutions Division.

EMPLOYMENT
Office of the Revenue Commissioners
Higher Executive Officer, Customs Enforcement, Ringaskiddy Port - 2021 to date
 - Lead a team of seven customs officers on container examination and X-ray scanning
 - Prepared files for the DPP on two cigarette-smuggling prosecutions (both convictions)
 - Post-Brexit: trained 30 staff on ICS2 and the new AEP customs system
Executive Officer / Customs Officer - 2017 to 2021
Clerical Officer, Department of Social Protection, Cork - 2012 to 2017

EDUCATION
BA (Hons) Public Management, IPA, 2016
Diploma in Customs Law and Practice, UCC, 2018

ACTIVITIES
Branch committee, AHCPS Revenue branch (2019-2023). GAA under-12 coach with Carrigaline. Polish and English at native level.

REFEREES
Principal Officer Siobhán Kiely, Revenue, Cork | Michael Dunphy, Assistant Principal, Customs
""",
sensitive=[
 ("date_of_birth_age", "Date of birth:   2 May 1988"),
 ("ethnic_origin", "Nationality:     Irish and Polish (dual)"),
 ("family_status", "Marital status:  Married"),
 ("trade_union", "Branch committee, AHCPS Revenue branch (2019-2023)"),
],
keep=[
 "Higher Executive Officer, Customs Enforcement, Ringaskiddy Port",
 "Office of the Revenue Commissioners",
 "Lead a team of seven customs officers on container examination and X-ray scanning",
 "Prepared files for the DPP on two cigarette-smuggling prosecutions",
 "trained 30 staff on ICS2 and the new AEP customs system",
 "BA (Hons) Public Management, IPA",
 "Diploma in Customs Law and Practice, UCC",
],
contact=["Tomasz (Tom) Brennan-Wiśniewski", "14 Harbour View, Ringaskiddy, Co. Cork, P43 XK22", "087 555 3120",
 "tom.bw@eircom.net", "Principal Officer Siobhán Kiely", "Michael Dunphy"]),

# 010 New Zealand prison director
dict(text="""
Hinemoa Te Rangi-Parker
Prison Director candidate - Ara Poutama Aotearoa (Department of Corrections)
Gisborne | 021 555 4471 | hinemoa.trp@xtra.co.nz

Ko Hikurangi te maunga, ko Waiapu te awa, ko Ngāti Porou te iwi. I was raised in Ruatoria by my grandparents and I bring that grounding to everything I do.

Leadership experience
Deputy Prison Director, Hawke's Bay Regional Prison (2021 - present)
- Responsible for 640 prisoners and 310 staff across custodial, health and case management
- Led the Hōkai Rangi implementation plan and the Māori Pathways programme with mana whenua
- Chaired use-of-force review panels and reported to the Inspectorate
Residential Manager, Auckland Region Women's Corrections Facility (2016 - 2021)
- Implemented the mother-and-baby unit policy and the chaplaincy and cultural programme timetable
Principal Corrections Officer / Corrections Officer, Waikeria Prison (2006 - 2016)

Qualifications
Master of Public Management, Victoria University of Wellington (2019)
Postgraduate Certificate in Criminology, University of Auckland
Te Reo Māori, Level 5 (Te Wānanga o Aotearoa)

Personal
Two adult sons and a mokopuna; my partner Rawiri works for the iwi rūnanga.
I was a Corrections Association (CANZ) delegate until I joined the management team in 2016.
In 2020 I had treatment for breast cancer; I have been clear for five years.

Referees available: Jeremy Lightfoot (Regional Commissioner), Aroha Ngata (Kaumātua)
""",
sensitive=[
 ("ethnic_origin", "ko Ngāti Porou te iwi"),
 ("family_status", "Two adult sons and a mokopuna; my partner Rawiri"),
 ("trade_union", "I was a Corrections Association (CANZ) delegate until I joined the management team in 2016"),
 ("health", "In 2020 I had treatment for breast cancer; I have been clear for five years"),
],
keep=[
 "Deputy Prison Director, Hawke's Bay Regional Prison",
 "Led the Hōkai Rangi implementation plan and the Māori Pathways programme with mana whenua",
 "Chaired use-of-force review panels",
 "Implemented the mother-and-baby unit policy and the chaplaincy and cultural programme timetable",
 "Residential Manager, Auckland Region Women's Corrections Facility",
 "Master of Public Management, Victoria University of Wellington",
 "Te Reo Māori, Level 5 (Te Wānanga o Aotearoa)",
],
contact=["Hinemoa Te Rangi-Parker", "Gisborne", "021 555 4471", "hinemoa.trp@xtra.co.nz",
 "Jeremy Lightfoot", "Aroha Ngata"]),
]
