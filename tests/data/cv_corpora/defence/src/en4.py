CVS = [
("defence-en-031", """
<<Sgt Amelia Frost>> (Metropolitan Police, retired 2025)
<<Bromley, Kent>> · <<amelia.frost.consult@gmail.com>> · <<07701 345 928>>

Hate Crime and Community Engagement Specialist

PROFILE
Thirty years in the Met, the last ten in hate-crime investigation and community engagement. I want to take this into a charity or local-authority community-safety role.

EXPERIENCE
{{Community Safety Unit Sergeant, Bromley and Croydon BCU}} (2015–2025)
• {{Supervised investigation of antisemitic, Islamophobic and homophobic hate crimes}}
• {{Ran the Independent Advisory Group with local synagogues, mosques and the Traveller Education Service}}
• {{Senior LGBT+ Liaison Officer}} for Croydon Pride
Detective Constable, Bromley CID (2003–2015)
PC, Lewisham (1995–2003)

EDUCATION
{{BA Police Studies, Canterbury Christ Church University}}

PERSONAL
[[S:My wife Jo]] is a paramedic at Princess Royal. I was [[S:a founding member of the Met LGBT+ Network]] in 1998. [[G:My father was diagnosed with Huntington's disease]] and I have chosen not to be tested; I raise this only because I [[H:take occasional carer's leave]]. [[R:Quaker — I attend Sevenoaks Meeting]].
"""),
("defence-en-032", """
<<DANIEL P. O'ROURKE>>
<<Boston, MA 02127>> | <<617-555-0166>> | <<dan.orourke.fd@gmail.com>>

FIREFIGHTER / EMT — LIEUTENANT CANDIDATE

Summary: Boston Fire Department firefighter (Engine 39, South Boston), 14 years, EMT-B, Hazmat Technician, applying for the Lieutenant promotional list and for {{Fire Investigator}} openings.

Experience
{{Firefighter, Boston Fire Department}}, 2011–present
 – Interior attack, ladder work, rescue at triple-decker fires
 – {{Hazmat Technician, Special Operations Command}}
 – {{Collected fire-scene evidence for arson prosecutions with the BPD}}
U.S. Marine Corps, Corporal, 2005–2011 (2 tours, Anbar Province)

Certifications: {{NFPA 1033 Fire Investigator}}, {{Massachusetts EMT-Basic}}, Hazmat Tech

Other
{{IAFF Local 718}} — [[U:I sit on the local's executive board]].
[[H:Firefighter cancer screening found early-stage melanoma in 2022]], treated and clear.
[[C:Arrested in 2004 for disorderly conduct; case dismissed and record sealed]].
[[F:Married, three kids]]. [[R:Knights of Columbus, St. Brigid Parish]].
[[G:My Y-DNA test traced the family to County Mayo]].
"""),
("defence-en-033", """
<<Hannah Liebermann>>
Security Risk Manager (Faith and Community Sites)
<<Hendon, London NW4>> | <<hannah.liebermann@gmail.com>> | <<07951 662 713>>

I advise places of worship, schools and charities on protective security, after eight years as an {{Intelligence Corps NCO}} and three at a major security charity.

Employment
{{Regional Security Manager, Community Security Trust}}, 2021–present
 • {{Security surveys for synagogues, Jewish schools and kosher shops}}
 • {{Trained volunteer stewards in hostile reconnaissance detection}}
 • {{Liaison with Met SO15 and the local Prevent team}}
{{Intelligence Corps}}, L/Cpl to Sgt, 2013–2021 (Germany, Cyprus, Mali)

Courses
{{ACT Strategic and Operational}}; {{Project Griffin}}; {{Level 4 Security Risk Management (ProQual)}}

Personal
I am [[R:an observant Jew and keep Shabbat]]. I serve on the [[P:Conservative Friends of Israel]] events committee. [[G:I had Tay-Sachs carrier screening before marriage, and I'm a carrier]]. [[F:Married with a toddler]]. [[D:31 years old]].
"""),
("defence-en-034", """
<<Tevita Fonua>>
Personal Trainer & Security Consultant
<<Suva, Fiji>> · <<+679 990 3372>> · <<tevita.fonua.fj@gmail.com>>

Profile: Former Republic of Fiji Military Forces soldier (Fiji Infantry Regiment) with UN peacekeeping in Sinai and Golan, then private security in Iraq. Now seeking a security management position with a resort group.

Experience
• 2016–present {{Security Manager, Denarau Island resort group}}
• 2010–2016 {{Static Guard Supervisor, Aegis Defence Services, Baghdad Embassy contract}}
• 2002–2010 {{Lance Corporal, Fiji Infantry Regiment, MFO Sinai and UNDOF}}

Training: {{Certificate IV in Security Risk Management}}; {{UN Pre-Deployment Training (Sinai)}}; weapons handling; first aid.

Personal Information
[[D:Date of Birth: 11.04.1980]]
[[F:Married to Salote, four children]]
Church: [[R:Assemblies of God, Nadi]]
[[C:Court-martialled in 2007 for absence without leave]] during the coup period; sentence served.
[[P:I campaigned for SODELPA in the 2018 election]].
"""),
("defence-en-035", """
<<Rachel Summers>>
<<Ottawa, ON>> | <<rachel.summers.sec@gmail.com>> | <<613-555-0129>>

Security Clearance Officer — skills-based résumé

SKILLS
Personnel security | {{Conducted 1,200+ security clearance interviews}} | {{Assessed loyalty and reliability concerns, including foreign influence}} | {{Policy on Government Security (Treasury Board)}} | Case writing for adjudication

WHERE I USED THEM
{{Personnel Security Officer, Canadian Security Intelligence Service}} (2014–2024)
{{Security Screening Analyst, Canada Border Services Agency}} (2010–2014)
 – {{Screened applicants against biometric and immigration databases}}

EDUCATION
{{BA Criminology, University of Ottawa}}

PERSONAL
[[S:My partner Emily]] and I adopted [[F:two children in 2019]]. [[H:I live with multiple sclerosis (relapsing-remitting)]] and work best with some telework. [[U:PSAC (Union of Safety and Justice Employees) member]]. My [[G:fingerprints were taken and retained for my own TS clearance]].
"""),
("defence-en-036", """
<<Lance Corporal (retd) Dhan Kumar Rai>>
<<Ashford, Kent>> · <<07453 881 207>> · <<dhankrai@yahoo.co.uk>>

Warehouse Team Leader

Experience
{{Team Leader, Amazon LCY2}} — 2020 to present. 40 associates, inbound and stow, safety audits.
{{Brigade of Gurkhas, Queen's Own Gurkha Logistic Regiment}} — 2005 to 2020. Driver, stores accountant, lance corporal; {{Fork Lift Truck instructor}}.

Training
{{NVQ Level 3 Warehousing and Storage}}; counterbalance and reach truck licences; {{IOSH Managing Safely}}.

Achievements
- Reduced stow defects on my line by 31% in 2023 by re-running the morning huddle around the defect board.
- Trained 25 new associates on powered industrial trucks with no reportable incident.
- In the regiment, kept a stores account of 4,000 lines through two inspections with no discrepancy.

Other
Languages: Nepali, English, Hindi. Football coach at Ashford Nepalese community club. Available for nights and weekends; full UK driving licence (C1).
"""),
("defence-en-037", """
<<Joseph "Joe" Ntuli>>
Police Reservist / Armed Response Officer
<<Pietermaritzburg>> | <<+27 73 881 5520>> | <<joentuli.armed@gmail.com>>

Personal particulars
Age: [[D:42]]   Home language: isiZulu   Status: [[F:married (customary), 5 dependants]]

Experience
2016–present {{Armed Response Officer, Fidelity ADT}} – alarm response, patrols, {{arrests handed to SAPS}}
2006–2016 {{SAPS Constable, Public Order Policing Unit, Durban}}
  – {{Crowd management at ANC and IFP rallies and service-delivery protests}}
  – Court testimony on public violence charges

Qualifications: {{PSIRA Grade B}}; firearm competency (handgun, shotgun); Matric

Disclosures
- [[C:Dismissed from SAPS in 2016 after a departmental hearing and a suspended sentence for assault]]; the record was [[C:expunged in 2022]].
- [[H:I use a CPAP machine for sleep apnoea]].
- [[U:POPCRU member while in SAPS]].
- [[G:I was part of a DNA paternity dispute in 2018]] that confirmed my son.
"""),
("defence-en-038", """
<<Chloe Bartram-Nwosu>>, Paramedic Team Leader
<<Leeds LS8>> | <<chloe.bartram@nhs.net>> | <<07933 110 472>>

Personal statement
I'm a paramedic and team leader with {{Yorkshire Ambulance Service}}, applying for the {{Mental Health Response Lead}} post. Much of my work already involves people in crisis: section 136 cases, self-harm, and people living with addiction.

Work history
{{Paramedic Team Leader, YAS Leeds East}} — 2019–present
– {{Clinical supervisor for the joint mental-health car with West Yorkshire Police}}
– {{Ran safeguarding referrals for forced-marriage and FGM concerns}}
Paramedic, YAS — 2014–2019

Education: {{BSc (Hons) Paramedic Science, Sheffield Hallam}}; HCPC registered

About me
I'm [[E:mixed race (Nigerian father, English mother)]]. I was [[H:treated for bulimia as a teenager]], which is partly why I do this work. [[P:I'm a Labour Party member]] and [[U:a UNISON steward for YAS West]]. [[S:I'm in a relationship with a woman]] and we [[F:recently moved in together with her daughter]].
"""),
("defence-en-039", """
<<Senior Airman (fmr) Tyler Brooks>>
<<Colorado Springs, CO>> | <<tyler.brooks.sec@outlook.com>> | <<719-555-0108>>

SECURITY FORCES → CORPORATE PHYSICAL SECURITY

Experience
{{Security Forces Member, 21st Security Forces Squadron, USAF}} — 2017–2023
 • Entry control at Peterson SFB; {{operated the Defense Biometric Identification System (DBIDS)}}
 • {{Apprehended and detained trespassers for OSI}}
 • Deployed to Al Udeid, Qatar (2020)
{{Security Officer, Allied Universal (Lockheed Martin campus)}} — 2023–present

Education: {{A.A.S. Criminal Justice, CCAF}}
Certifications: {{ASIS Associate Protection Professional (APP)}}; Texas Level III armed guard commission

Why me
Six years of entry control taught me to read people quickly and to stay polite at 3 a.m. with a line of contractors who all forgot their badges. At Allied Universal I rewrote the visitor-escort procedure and cut badge exceptions by half.

Other info
[[C:Received an Article 15 for underage drinking in 2018]] ([[D:I was 20]]).
[[S:Gay; member of OutServe-SLDN]] since basic training.
[[H:Asthma (mild)]], cleared for all duties.
"""),
("defence-en-040", """
<<Major (retd) Simon Achterberg>>
Chaplain? No — logistics. <<Wellington>> · <<simon.achterberg@gmail.com>> · <<027 300 7811>>

Summary
New Zealand Army logistics officer (24 years), now bidding for a {{Regional Emergency Management Advisor}} role. The chaplaincy joke above is because people often assume it from my degree. I have run convoys, warehouses and a welfare centre, and I like plans that survive contact with reality.

Roles
{{SO2 Logistics, Headquarters Joint Forces New Zealand}} (2018–2024)
{{OC, 10 Transport Company}} (2014–2018)
{{Officer Commanding civil-defence support, Kaikōura earthquake response}} (2016)

Education
{{BTheol, University of Otago}} (1998) — then Officer Cadet School

Personal
[[R:Raised Dutch Reformed, I'm now agnostic]]. [[F:Divorced; two adult daughters]]. [[D:Born in 1976]] in Palmerston North; [[E:my parents emigrated from the Netherlands]]. I [[P:stood for the ACT party list in 2020]]. [[G:Genetic testing found familial hypercholesterolaemia]], [[H:managed on statins]].
"""),
]
