CVS = [
# 031 US Bureau of Prisons (no sensitive mention)
dict(text="""
ANGELA R. McBRIDE
Petersburg, VA 23803 | (804) 555-0147 | angela.mcbride.bop@gmail.com
Current federal employee: GS-0006-11, Correctional Programs Specialist
Clearance: Public Trust (High Risk) | Target: Unit Manager, GS-0006-12

EXPERIENCE
Federal Bureau of Prisons, Federal Correctional Complex Petersburg, VA
Case Manager / Correctional Programs Specialist, GS-0006-11
02/2019 - Present | 40 hours per week
Supervisor: Unit Manager Calvin Odom, (804) 555-0190, may contact
Manage a caseload of 150 adult male inmates in a medium-security unit. Conduct initial classifications and program reviews every 180 days, compute First Step Act time credits, prepare release plans and Residential Reentry Center referrals, and coordinate detainers with U.S. Marshals and ICE. Serve as unit liaison to Religious Services: schedule religious diets, holy-day observances and chaplain visits for Muslim, Jewish, Native American and Christian inmates, and process requests for religious accommodation under RFRA. Present cases to the Unit Discipline Committee and write incident reports that withstand Discipline Hearing Officer review. Member of the institution's Special Operations Response Team negotiations group.
Correctional Officer, GS-0007-8, FCC Petersburg, 06/2014 - 02/2019
Worked housing units, SHU, visiting room and perimeter patrol; conducted inmate counts, cell searches and escorted inmates to outside medical trips.

EDUCATION
B.S. Criminal Justice, Virginia State University, 2013
FLETC Federal Law Enforcement Training, Introduction to Correctional Techniques, Glynco, GA, 2014

AWARDS
Special Act Award, 2021 (COVID-19 quarantine unit coordination)
Time-Off Award, 2023
""",
sensitive=[],
keep=[
 "Case Manager / Correctional Programs Specialist, GS-0006-11",
 "Federal Bureau of Prisons",
 "compute First Step Act time credits, prepare release plans and Residential Reentry Center referrals",
 "Serve as unit liaison to Religious Services: schedule religious diets, holy-day observances and chaplain visits for Muslim, Jewish, Native American and Christian inmates",
 "process requests for religious accommodation under RFRA",
 "Correctional Officer, GS-0007-8",
 "B.S. Criminal Justice, Virginia State University",
],
contact=["ANGELA R. McBRIDE", "Petersburg, VA 23803", "(804) 555-0147", "angela.mcbride.bop@gmail.com",
 "Unit Manager Calvin Odom", "(804) 555-0190"]),

# 032 London Ambulance Service paramedic
dict(text="""
Callum Whitaker-Obi  -  Paramedic (HCPC PA41827)
Walthamstow, London E17  |  07700 900229  |  callumwo@icloud.com

Profile
Specialist paramedic in urgent care, eight years with the London Ambulance Service, applying for a Clinical Team Leader post. I'm equally at home at a cardiac arrest and in a long conversation with a frightened elderly patient.

Experience
London Ambulance Service NHS Trust
Specialist Paramedic (Urgent and Emergency Care), Newham Complex, 2022 - present
• See-and-treat and referral pathways; reduced conveyance for my caseload to 38%
• Mental health joint response car with the Met: Section 136 assessments and de-escalation
• Gave evidence at two inquests and one criminal trial (assault on an emergency worker)
Paramedic, Romford and Homerton stations, 2018 - 2022

Education
BSc (Hons) Paramedic Science, St George's, University of London, 2018
Independent Prescribing (non-medical), 2024
PHTLS, ALS provider

About me
I'm gay and was co-chair of the LAS LGBT+ Network, organising the Trust's Pride in London float in 2023. I live with my husband Femi in Walthamstow. I've had Crohn's disease since my teens and I'm on biologic infusions every eight weeks, which I plan around my rota. As a lad in Hackney I got a youth reprimand for criminal damage (2009); it was declared at my DBS check. I'm a Green Party member and canvass in Walthamstow at election time. For fun I did an AncestryDNA test last year and found Igbo and Irish roots in almost equal shares.

Referees: Jo Hartley, Clinical Team Manager; Dr Sanjay Raman, Medical Director's office
""",
sensitive=[
 ("sexual_orientation", "I'm gay and was co-chair of the LAS LGBT+ Network, organising the Trust's Pride in London float in 2023"),
 ("sexual_orientation", "I live with my husband Femi"),
 ("health", "I've had Crohn's disease since my teens and I'm on biologic infusions every eight weeks"),
 ("criminal_record", "I got a youth reprimand for criminal damage (2009); it was declared at my DBS check"),
 ("political_opinion", "I'm a Green Party member and canvass in Walthamstow at election time"),
 ("genetic_biometric", "I did an AncestryDNA test last year"),
 ("ethnic_origin", "found Igbo and Irish roots in almost equal shares"),
],
keep=[
 "Specialist Paramedic (Urgent and Emergency Care), Newham Complex",
 "London Ambulance Service NHS Trust",
 "Mental health joint response car with the Met: Section 136 assessments and de-escalation",
 "Gave evidence at two inquests and one criminal trial (assault on an emergency worker)",
 "BSc (Hons) Paramedic Science, St George's, University of London",
 "Independent Prescribing (non-medical)",
 "PHTLS, ALS provider",
],
contact=["Callum Whitaker-Obi", "HCPC PA41827", "Walthamstow, London E17", "07700 900229", "callumwo@icloud.com",
 "Jo Hartley", "Dr Sanjay Raman"]),

# 033 Nigeria federal civil servant
dict(text="""
CURRICULUM VITAE
MRS. OMOLARA ESEOSA IKHIDE
Senior Administrative Officer (GL 12), Federal Ministry of Humanitarian Affairs
No. 5 Jos Street, Area 3, Garki, Abuja | 0809 555 3317 | omolara.ikhide@gmail.com

PERSONAL DATA
Date of Birth: 03/07/1983            Sex: Female
State of Origin: Edo State (Esan)     Nationality: Nigerian
Religion: Christian (Redeemed Christian Church of God)
Marital Status: Married (4 children)
Genotype: AA

CAREER SUMMARY
Administrative officer with 14 years in the Federal Civil Service, posted to social-protection, IDP and election-support programmes. Passed the 2024 promotion examination to GL 13.

WORK EXPERIENCE
Federal Ministry of Humanitarian Affairs and Poverty Alleviation, Abuja
Senior Administrative Officer I, National Social Register Unit (2020 - date)
 • Coordinated biometric enrolment of 1.2 million poor households into the National Social Register with NIMC
 • Drafted memos to the Permanent Secretary and Federal Executive Council on the conditional cash transfer
Administrative Officer II / I, Federal Ministry of Interior (2012 - 2020)
 • Secretariat to the Interior Ministry's Prisons (Custodial) reform committee
 • Desk officer for INEC liaison during the 2015 and 2019 general elections

EDUCATION
M.Sc. Public Administration, University of Benin (2011)
B.Sc. Sociology, Ambrose Alli University, Ekpoma (2005)
NYSC, Kano State (2006)

MEMBERSHIP
Nigerian Institute of Management (Chartered); All Progressives Congress (APC), registered member, Ward 4, Irrua

REFEREES
Dr. Yusuf Garba, Director (HR), Federal Ministry of Interior
Pastor (Mrs.) Ruth Okojie, RCCG Jesus House Parish, Garki
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth: 03/07/1983"),
 ("ethnic_origin", "State of Origin: Edo State (Esan)"),
 ("religious_belief", "Religion: Christian (Redeemed Christian Church of God)"),
 ("family_status", "Marital Status: Married (4 children)"),
 ("genetic_biometric", "Genotype: AA"),
 ("political_opinion", "All Progressives Congress (APC), registered member, Ward 4, Irrua"),
],
keep=[
 "Senior Administrative Officer I, National Social Register Unit",
 "Coordinated biometric enrolment of 1.2 million poor households into the National Social Register with NIMC",
 "Drafted memos to the Permanent Secretary and Federal Executive Council on the conditional cash transfer",
 "Secretariat to the Interior Ministry's Prisons (Custodial) reform committee",
 "Desk officer for INEC liaison during the 2015 and 2019 general elections",
 "M.Sc. Public Administration, University of Benin",
 "Nigerian Institute of Management (Chartered)",
],
contact=["MRS. OMOLARA ESEOSA IKHIDE", "No. 5 Jos Street, Area 3, Garki, Abuja", "0809 555 3317",
 "omolara.ikhide@gmail.com", "Dr. Yusuf Garba", "Pastor (Mrs.) Ruth Okojie"]),

# 034 US federal EEO specialist
dict(text="""
JONATHAN A. LEVINSON-PRICE
Silver Spring, MD 20910 | 301-555-0652 | jlevinsonprice@gmail.com
Federal status: Current GS-0260-12 | Eligible under Schedule A (disability) and 5-point veterans' preference
Seeking: Supervisory EEO Specialist, GS-0260-13, Department of Veterans Affairs

EXPERIENCE
U.S. Department of Labor, Civil Rights Center, Washington, DC
Equal Employment Opportunity Specialist, GS-0260-12 | 05/2020 - Present | 40 hrs/wk
Manage the informal EEO counseling process for Title VII, ADEA, Rehabilitation Act and GINA complaints; draft counselor reports and acceptance/dismissal letters; and oversee formal investigations by contract investigators. Prepare the agency's annual MD-715 report, analyzing workforce data by race, national origin, sex and disability to identify barriers. Conduct reasonable accommodation training for 600 supervisors and advise on religious accommodation requests. Act as management's representative in ADR mediations.
EEO Assistant, GS-0203-7/9, Defense Logistics Agency, 09/2016 - 05/2020

U.S. Air Force, Personnel Specialist (3F0X1), Staff Sergeant, 2009 - 2015

EDUCATION
J.D., University of Baltimore School of Law, 2019 (Maryland Bar)
B.A. Psychology, Towson University, 2016

PERSONAL
Schedule A letter on file: I am legally blind in one eye after retinal detachment and use screen magnification software.
I'm an observant Jew and leave early on winter Fridays for Shabbat, making up the hours.
Ashkenazi carrier screening showed I carry a Tay-Sachs mutation.
Married to my husband David since 2017.
Former Democratic precinct chair in Montgomery County (before federal service; Hatch Act compliant since).
""",
sensitive=[
 ("health", "I am legally blind in one eye after retinal detachment and use screen magnification software"),
 ("religious_belief", "I'm an observant Jew and leave early on winter Fridays for Shabbat"),
 ("genetic_biometric", "Ashkenazi carrier screening showed I carry a Tay-Sachs mutation"),
 ("sexual_orientation", "Married to my husband David since 2017"),
 ("political_opinion", "Former Democratic precinct chair in Montgomery County"),
],
keep=[
 "Equal Employment Opportunity Specialist, GS-0260-12",
 "U.S. Department of Labor, Civil Rights Center",
 "Manage the informal EEO counseling process for Title VII, ADEA, Rehabilitation Act and GINA complaints",
 "Prepare the agency's annual MD-715 report, analyzing workforce data by race, national origin, sex and disability to identify barriers",
 "advise on religious accommodation requests",
 "Personnel Specialist (3F0X1), Staff Sergeant",
 "J.D., University of Baltimore School of Law",
],
contact=["JONATHAN A. LEVINSON-PRICE", "Silver Spring, MD 20910", "301-555-0652", "jlevinsonprice@gmail.com"]),

# 035 Royal Navy veteran, discharged for being gay
dict(text="""
Martin Treloar
Plymouth PL4 | 07700 900871 | martin.treloar58@gmail.com

Marine Engineering Technician -> Facilities Manager

I served 11 years as a marine engineer in the Royal Navy, then built a second career in estates and facilities management in the NHS and local government. I'm applying for Head of Facilities at Plymouth City Council.

Naval service, 1988 - 1999
Leading Marine Engineering Mechanic (LMEM), then Petty Officer Marine Engineering Artificer
HMS Cornwall and HMS Invincible: watchkeeping on gas-turbine and diesel plant, Adriatic patrols 1994
HMS Drake (Devonport): ship refit liaison with Babcock/DML
In 1999, after a Special Investigation Branch inquiry, I was dismissed from the Navy because I am gay. A court martial for "disgraceful conduct" left me with a conviction and 60 days in detention at Colchester. The conviction was disregarded under the Protection of Freedoms Act in 2019, and in 2024 I received an award from the LGBT Veterans Independent Review. My DNA and fingerprints taken by the SIB were deleted at the same time.

Civilian career
Estates Manager, University Hospitals Plymouth NHS Trust, 2011 - present
- Responsible for 14 buildings, £4m maintenance budget, 38 staff and contractors
- Delivered HTM-compliant ventilation upgrades to 6 theatres
Maintenance Supervisor, Plymouth City Council, 2001 - 2011

Qualifications
HNC Mechanical Engineering; IWFM Level 5 Diploma in Workplace and Facilities Management; NEBOSH General Certificate; Authorised Person (HV)

Personal
I'm 64 and not slowing down. Active in Fighting With Pride, the LGBT+ veterans' charity.

Referee: Commander (Rtd) Anne Pascoe RN; Steve Dyer, Director of Estates
""",
sensitive=[
 ("sexual_orientation", "I was dismissed from the Navy because I am gay"),
 ("criminal_record", "A court martial for \"disgraceful conduct\" left me with a conviction and 60 days in detention at Colchester"),
 ("criminal_record", "The conviction was disregarded under the Protection of Freedoms Act in 2019"),
 ("sexual_orientation", "in 2024 I received an award from the LGBT Veterans Independent Review"),
 ("genetic_biometric", "My DNA and fingerprints taken by the SIB were deleted at the same time"),
 ("date_of_birth_age", "I'm 64"),
 ("sexual_orientation", "Active in Fighting With Pride, the LGBT+ veterans' charity"),
],
keep=[
 "Leading Marine Engineering Mechanic (LMEM)",
 "Petty Officer Marine Engineering Artificer",
 "Estates Manager, University Hospitals Plymouth NHS Trust",
 "Delivered HTM-compliant ventilation upgrades to 6 theatres",
 "Maintenance Supervisor, Plymouth City Council",
 "IWFM Level 5 Diploma in Workplace and Facilities Management",
 "NEBOSH General Certificate",
 "Authorised Person (HV)",
],
contact=["Martin Treloar", "Plymouth PL4", "07700 900871", "martin.treloar58@gmail.com",
 "Commander (Rtd) Anne Pascoe RN", "Steve Dyer"]),

# 036 Canada municipal clerk
dict(text="""
Margaret (Peggy) Friesen, CMMA
Steinbach, Manitoba R5G | 204-555-0438 | peggy.friesen@mymts.net

Career goal: City Clerk, City of Brandon

Municipal experience
Rural Municipality of Hanover - Chief Administrative Officer / Senior Election Official, 2015 - present
  · Conducted the 2018 and 2022 municipal and school-board elections, including advance polls, a judicial recount and the first vote-by-mail option
  · Council secretary: agendas, minutes, by-laws and the procedure by-law rewrite
  · Led the $28M Grunthal drainage capital plan and the Municipal Act audit
City of Steinbach - Assistant City Clerk, 2008 - 2015
Manitoba Municipal Relations - Records Clerk, 2004 - 2008

Education and certification
Certified Municipal Manager (CMMA), Manitoba Municipal Administrators' Association
Certificate in Local Government Administration, University of Manitoba
Freedom of Information and Protection of Privacy (FIPPA) training

Community
Member of Steinbach Mennonite Church, where I sing in the choir and served as church secretary for ten years.
Before taking a statutory officer role I was riding association secretary for the Manitoba NDP in La Verendrye; I resigned in 2015.
I lost my wife Ruth to cancer in 2023 and took four months of bereavement leave; I'm back at full strength.

Referees: Reeve Stan Toews, RM of Hanover - 204-555-0410; Aileen Dyck, CAO, Town of Niverville
""",
sensitive=[
 ("religious_belief", "Member of Steinbach Mennonite Church, where I sing in the choir and served as church secretary for ten years"),
 ("political_opinion", "I was riding association secretary for the Manitoba NDP in La Verendrye"),
 ("sexual_orientation", "I lost my wife Ruth"),
 ("family_status", "to cancer in 2023 and took four months of bereavement leave"),
],
keep=[
 "Chief Administrative Officer / Senior Election Official",
 "Conducted the 2018 and 2022 municipal and school-board elections, including advance polls, a judicial recount and the first vote-by-mail option",
 "Council secretary: agendas, minutes, by-laws and the procedure by-law rewrite",
 "Assistant City Clerk",
 "Certified Municipal Manager (CMMA), Manitoba Municipal Administrators' Association",
 "Certificate in Local Government Administration, University of Manitoba",
],
contact=["Margaret (Peggy) Friesen", "Steinbach, Manitoba R5G", "204-555-0438", "peggy.friesen@mymts.net",
 "Reeve Stan Toews", "204-555-0410", "Aileen Dyck"]),

# 037 Queensland corrections officer
dict(text="""
BRADLEY NGUYEN
Custodial Correctional Officer (CO3) | Queensland Corrective Services
Ipswich QLD 4305 | 0447 555 836 | brad.nguyen.qcs@gmail.com

CAREER OBJECTIVE
Step up to Supervisor (CO4) at Southern Queensland Correctional Precinct.

EMPLOYMENT
Queensland Corrective Services - Wolston Correctional Centre, 2017 - present
 • Custodial Correctional Officer in the maximum-security unit and detention unit
 • Conduct cell searches, urinalysis and prisoner escorts to court and hospital
 • Member of the Immediate Response Team; trained in use of force and OC spray
 • Acting CO4 for 7 months in 2025, running a 240-bed accommodation area
 • Enrolled every new prisoner in the centre's biometric (fingerprint and iris) movement tracking system at reception
Private Security - Crowd Controller, Brisbane CBD venues, 2012 - 2017

QUALIFICATIONS
Certificate III in Correctional Practice (Custodial)
Certificate IV in Correctional Practice (2024)
Senior First Aid; Blue Card (working with children)

ADDITIONAL INFORMATION
D.O.B. 21/10/1990 (Brisbane). My own right-hand fingerprint is enrolled in the QCS staff access system and logged on every shift.
I have one spent conviction, drink driving (Ipswich Magistrates Court, 2012), disclosed during my QCS integrity check.
I was One Nation's candidate for Ipswich West in 2017, before joining QCS. I no longer hold party membership.
My partner Josh and I are engaged and planning a wedding next winter.

REFEREES
Supervisor Kylie Dawes, Wolston CC; Jarrod Finch, Centre General Manager
""",
sensitive=[
 ("date_of_birth_age", "D.O.B. 21/10/1990"),
 ("genetic_biometric", "My own right-hand fingerprint is enrolled in the QCS staff access system and logged on every shift"),
 ("criminal_record", "I have one spent conviction, drink driving (Ipswich Magistrates Court, 2012)"),
 ("political_opinion", "I was One Nation's candidate for Ipswich West in 2017"),
 ("sexual_orientation", "My partner Josh"),
 ("family_status", "are engaged and planning a wedding next winter"),
],
keep=[
 "Custodial Correctional Officer (CO3)",
 "Conduct cell searches, urinalysis and prisoner escorts to court and hospital",
 "Member of the Immediate Response Team",
 "Enrolled every new prisoner in the centre's biometric (fingerprint and iris) movement tracking system at reception",
 "Certificate III in Correctional Practice (Custodial)",
 "Certificate IV in Correctional Practice",
 "Private Security - Crowd Controller",
],
contact=["BRADLEY NGUYEN", "Ipswich QLD 4305", "0447 555 836", "brad.nguyen.qcs@gmail.com",
 "Supervisor Kylie Dawes", "Jarrod Finch"]),

# 038 US federal wildland firefighter
dict(text="""
Tyrell Begay
Flagstaff, AZ 86001 · 928-555-0730 · tbegay.fire@gmail.com
Citizenship: U.S. | Veterans' preference: 5-point (TP) | Seeking Forestry Technician (Engine Captain), GS-0462-07

WORK EXPERIENCE
USDA Forest Service, Coconino National Forest - Flagstaff Ranger District
Forestry Technician (Engine Operator), GS-0462-06 | 04/2021 - Present | Seasonal, 40+ hrs/wk plus overtime
Operate and maintain a Type 6 engine; act as engine boss trainee (ENGB(t)) on 14 incidents including the 2022 Tunnel Fire. Supervise a five-person crew on initial attack, mop-up and prescribed burns. Complete daily IAP briefings, crew time reports and vehicle inspections. Conduct fire-prevention patrols and public contacts on the Navajo Nation boundary. Assisted law enforcement officers with an arson investigation and preserved the point of origin.
Navajo Nation Forestry Department - Wildland Firefighter, Type 2, 05/2018 - 10/2020

U.S. Army, 12B Combat Engineer, Specialist (E-4), 2013 - 2017, Fort Carson, CO

EDUCATION AND TRAINING
A.A.S. Fire Science, Coconino Community College, 2020
NWCG: S-230 Crew Boss, S-290 Intermediate Fire Behavior, S-231 Engine Boss, L-280
Red Card qualifications: FFT1, ICT5, ENGB(t)

PERSONAL INFORMATION
Enrolled member of the Navajo Nation, Tó'aheedlíinii clan. I take part in Native American Church ceremonies and may ask for leave for them outside fire season. DUI conviction in Coconino County (2016), completed probation; disclosed on my OF-306. My DNA sample from enlistment is still held by the Armed Forces Repository of Specimen Samples. My fiancé Kyle works for the Park Service at Wupatki.

REFERENCES: Engine Captain Rosa Tsinajinnie, 928-555-0741; FMO Dale Hubbard
""",
sensitive=[
 ("ethnic_origin", "Enrolled member of the Navajo Nation, Tó'aheedlíinii clan"),
 ("religious_belief", "I take part in Native American Church ceremonies and may ask for leave for them outside fire season"),
 ("criminal_record", "DUI conviction in Coconino County (2016), completed probation"),
 ("genetic_biometric", "My DNA sample from enlistment is still held by the Armed Forces Repository of Specimen Samples"),
 ("sexual_orientation", "My fiancé Kyle"),
],
keep=[
 "Forestry Technician (Engine Operator), GS-0462-06",
 "USDA Forest Service, Coconino National Forest",
 "act as engine boss trainee (ENGB(t)) on 14 incidents including the 2022 Tunnel Fire",
 "Assisted law enforcement officers with an arson investigation and preserved the point of origin",
 "Navajo Nation Forestry Department - Wildland Firefighter, Type 2",
 "12B Combat Engineer, Specialist (E-4)",
 "A.A.S. Fire Science, Coconino Community College",
 "NWCG: S-230 Crew Boss, S-290 Intermediate Fire Behavior, S-231 Engine Boss, L-280",
],
contact=["Tyrell Begay", "Flagstaff, AZ 86001", "928-555-0730", "tbegay.fire@gmail.com",
 "Engine Captain Rosa Tsinajinnie", "928-555-0741", "FMO Dale Hubbard"]),

# 039 UK counter-terrorism analyst, vetting background section
dict(text="""
NADIA ROSTAMI-KEANE
Manchester M20 | 07700 900394 | nadia.rk@proton.me

Application: Senior Analyst, Counter Terrorism Policing North West (requires DV)

Professional summary
Eight years in intelligence and research roles, specialising in online radicalisation and extremist financing. Experienced in open-source intelligence under RIPA and the Investigatory Powers Act, and in writing for senior decision-makers.

Employment
Greater Manchester Police - Intelligence Analyst, Prevent and Channel team (2020 - present)
  - Assessed 400 Prevent referrals a year for vulnerability to radicalisation and recommended Channel panel adoption
  - Produced the GMP counter-extremism local profile used by all ten Manchester councils
  - Analysed seized devices for the CPS in two terrorism prosecutions under the Terrorism Act 2006
Institute for Strategic Dialogue - Research Analyst (2018 - 2020)

Education
MA Terrorism, Security and Society, King's College London (2018)
BA Politics and Persian, University of Manchester (2017)

Security vetting background
Previous clearance: SC (2020), CTC.
Nationality: British by birth; my mother is an Iranian citizen and lives in Shiraz; I visit every two years.
Family health: my father has Huntington's disease; I had predictive testing in 2021 and do not carry the gene.
Relationships: I live with my girlfriend, Hannah, a teacher.
Arrests: arrested at a Palestine Solidarity Campaign protest in Whitehall in 2014, released without charge. I am still a PSC member.

Referees: DCI Robert Lomas, CTP NW; Dr Farhad Javid, King's College London
""",
sensitive=[
 ("ethnic_origin", "my mother is an Iranian citizen and lives in Shiraz; I visit every two years"),
 ("genetic_biometric", "my father has Huntington's disease; I had predictive testing in 2021 and do not carry the gene"),
 ("sexual_orientation", "I live with my girlfriend, Hannah"),
 ("criminal_record", "arrested at a Palestine Solidarity Campaign protest in Whitehall in 2014, released without charge"),
 ("political_opinion", "I am still a PSC member"),
],
keep=[
 "Intelligence Analyst, Prevent and Channel team",
 "Assessed 400 Prevent referrals a year for vulnerability to radicalisation and recommended Channel panel adoption",
 "Produced the GMP counter-extremism local profile",
 "Analysed seized devices for the CPS in two terrorism prosecutions under the Terrorism Act 2006",
 "Research Analyst",
 "MA Terrorism, Security and Society, King's College London",
 "BA Politics and Persian, University of Manchester",
],
contact=["NADIA ROSTAMI-KEANE", "Manchester M20", "07700 900394", "nadia.rk@proton.me",
 "DCI Robert Lomas", "Dr Farhad Javid"]),

# 040 Dublin City Council administrative officer
dict(text="""
EOIN Ó CEALLAIGH
Apt 4, 31 Dolphin's Barn Street, Dublin 8, D08 X2T7
085 555 2248 | eoin.oceallaigh@gmail.com

Position sought: Senior Executive Officer, Housing Delivery, Dublin City Council

Employment
Dublin City Council
Administrative Officer, Homeless Services (Dublin Region Homeless Executive), 2021 - present
  - Managed emergency accommodation contracts worth €34m with NGO and private providers
  - Led the HAP Place Finder casework team; 1,100 families moved out of hotels in 2024
  - Prepared council reports and responses to Oireachtas PQs
Staff Officer, Franchise Section (Register of Electors), 2017 - 2021
  - Maintained the register for 390,000 electors; ran supplement-register deadlines before the 2020 general election
  - Organised polling station staff for two referendums
Clerical Officer, Motor Tax Office, 2014 - 2017

Education
BA Public Policy and Economics, UCD (2013)
Certificate in Housing Studies, IPA (2022)

Other
Born 1992. I'm gay and married my husband Cian in 2019. I've been an atheist since my teens and I'm a member of Atheist Ireland. I was given the Probation Act in 2010 (Dublin District Court, a public order charge after a match) and I was open about it at recruitment. Social Democrats member and volunteer in Dublin South Central. When my sister was tested I learned that I too am a cystic fibrosis carrier (ΔF508).

Referees: Ms Orla Fagan, Senior Executive Officer, DRHE; Cllr Rebecca Moynihan is a personal acquaintance only
""",
sensitive=[
 ("date_of_birth_age", "Born 1992"),
 ("sexual_orientation", "I'm gay and married my husband Cian in 2019"),
 ("religious_belief", "I've been an atheist since my teens and I'm a member of Atheist Ireland"),
 ("criminal_record", "I was given the Probation Act in 2010 (Dublin District Court, a public order charge after a match)"),
 ("political_opinion", "Social Democrats member and volunteer in Dublin South Central"),
 ("genetic_biometric", "I learned that I too am a cystic fibrosis carrier (ΔF508)"),
],
keep=[
 "Administrative Officer, Homeless Services (Dublin Region Homeless Executive)",
 "Managed emergency accommodation contracts worth €34m with NGO and private providers",
 "Led the HAP Place Finder casework team",
 "Staff Officer, Franchise Section (Register of Electors)",
 "Organised polling station staff for two referendums",
 "BA Public Policy and Economics, UCD",
 "Certificate in Housing Studies, IPA",
],
contact=["EOIN Ó CEALLAIGH", "Apt 4, 31 Dolphin's Barn Street, Dublin 8, D08 X2T7", "085 555 2248",
 "eoin.oceallaigh@gmail.com", "Ms Orla Fagan", "Cllr Rebecca Moynihan"]),
]
