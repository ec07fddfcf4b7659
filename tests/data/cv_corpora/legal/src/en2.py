# legal-en-011 .. 020, typed by hand
CVS = [
# 011 Trinidad attorney-at-law
r"""<<RAVINDRA (RAVI) MAHARAJ>>
Attorney-at-Law
<<#19 Rambert Street, Chaguanas>>, Trinidad and Tobago · <<868-671-2204>> · <<ravi.maharaj.law@gmail.com>>

Admitted to practice: [[Hugh Wooding Law School, Legal Education Certificate, 2012]]; [[enrolled as Attorney-at-Law, 2012]]

Practice areas: industrial relations, conveyancing, criminal defence (Chaguanas and Port of Spain Magistrates' Courts).

Highlights
· [[Represented the Oilfields Workers' Trade Union before the Industrial Court in a Petrotrin retrenchment dispute]]
· [[Defended 120+ summary matters in the Chaguanas Magistrates' Court]]
· [[Junior counsel in a constitutional motion on the rights of remand prisoners]]

Chambers: [[M.G. Daly & Partners]] (2012–2017); own practice since 2017.

Education: [[LLB (Hons), University of the West Indies, Cave Hill]], 2010.

About me
{D|I am 36}, {F|married to Anita and father of a young son}. {E|Indo-Trinidadian}, {R|I am a practising Hindu and sing bhajans at the Edinburgh Mandir in Chaguanas}. {P|I currently sit on the UNC constituency executive for Chaguanas West}. {U|While at chambers I was also a dues-paying member of the Bank and General Workers' Union through my part-time job}. Cricket on weekends.
""",

# 012 paralegal, criminal defence, London — character disclosure
r"""<<Danny Kowalczyk>>
<<Flat 3, 88 Brixton Hill, London SW2 1QB>>
<<07933 552 104>> · <<danny.k.paralegal@gmail.com>>

Criminal defence paralegal, police-station accredited (PSRAS), seeking a trainee solicitor post via SQE.

Experience
[[Paralegal and Accredited Police Station Representative, Hodge Jones & Allen]] — 2021 to present
- [[Attended 200+ police station interviews at Brixton and Lewisham]]
- Prepared bundles for Crown Court trials (drugs supply, robbery, joint enterprise)
[[Outreach worker, St Giles Trust]] — 2018 to 2021
- [[Peer advice for prison leavers on housing and benefits]]

Education
[[SQE1 passed, January 2024]]
[[LLB, Birkbeck, University of London]], 2:1, 2020 (part-time, evenings)

Character and suitability (as disclosed to the SRA)
{C|I was convicted of robbery and served 14 months at HMP Thameside, released in 2016}. {D|I was twenty} at the time. {H|I have been in recovery from alcohol dependence since 2017} and still go to meetings weekly. The SRA has confirmed my character and suitability.

Personal
{S|I live with my boyfriend, Tom,} and his dad in Brixton. {U|GMB member since St Giles}. Boxing coach at Brixton ABC on Saturdays.

Referees: <<Ms Hannah Greer>>, Partner, Hodge Jones & Allen; <<Mr Ade Bello>>, St Giles Trust.
""",

# 013 legal secretary, Houston
r"""<<MARISOL T. ESPARZA>>
Houston, TX 77009 · <<(713) 555-0142>> · <<marisol.esparza@icloud.com>>

LEGAL SECRETARY / LITIGATION ASSISTANT — 14 years

Experience
[[Senior Legal Secretary, Vinson & Elkins LLP]]             2017–Present
  • [[Support three energy-litigation partners; e-filing in Harris County and S.D. Tex.]]
  • Calendar deadlines in CompuLaw; trial binders for 8 jury trials
[[Legal Secretary, Harris County Attorney's Office]]          2010–2017
  • [[Child-protection and guardianship dockets]]

Skills
[[Certified Legal Secretary Specialist (CLSS)]] · iManage · Relativity · Spanish/English interpretation for depositions

Education
A.A.S. Paralegal Studies, Houston Community College, 2009

Personal
{F|Single mom of twins (born 2012)} — I am the most organised person you will meet. {H|Diagnosed with ADHD at 30; medication and lists keep me on track}. {R|I'm a member of the Church of Jesus Christ of Latter-day Saints and served a mission in Guatemala}. {E|My grandparents came from Monterrey}, so Spanish is a home language. {G|My son has Duchenne muscular dystrophy and I was tested as a carrier}, which is why I volunteer with Parent Project.

References: <<Ms Karen Hollis>>, Partner, V&E · <<(713) 555-0190>>
""",

# 014 compliance officer, London bank
r"""<<THOMAS AYRES>>
<<Walthamstow, London E17>> | <<tom.ayres@fastmail.com>> | <<07788 331 092>> | <<linkedin.com/in/tomayrescompliance>>

COMPLIANCE OFFICER — FINANCIAL CRIME & CONDUCT

2019–present  [[Senior Compliance Officer, Lloyds Banking Group]], London
  • [[SM&CR certification for 1,200 in-scope staff]]
  • [[Investigations into complaints of race and sex discrimination by customers]] (Consumer Duty lens)
  • Led the fitness-and-propriety review of a regulated-reference backlog
2015–2019     Compliance Analyst, Metro Bank
  • [[Transaction monitoring, SARs to the NCA]]

Qualifications: [[ICA Diploma in Governance, Risk and Compliance]] (2017); [[BA Law, University of Sussex]] (2014)

Beyond work
{S|Co-chair of the bank's LGBT+ colleague network, Rainbow}, 2021–23. {U|Accord workplace rep for the Canary Wharf site}. {D|31 years old}. {G|After my father's diagnosis of Lynch syndrome I had genetic testing and tested positive}, {H|so I have a colonoscopy every two years} — I mention it only because it is booked in advance and never clashes with deadlines.
""",

# 015 sheriff clerk, Glasgow
r"""<<Margaret (Maggie) Docherty>>
<<41 Kelvinside Gardens, Glasgow G20 6BB>>
<<0141 946 2287>> | <<maggie.docherty1979@btinternet.com>>

Profile
Depute Clerk of Court with sixteen years in the Scottish Courts and Tribunals Service, {D|born 1979}, seeking promotion to Sheriff Clerk.

Employment
[[Depute Clerk of Court, Glasgow Sheriff Court]] (2014 – present)
  – [[Clerk in custody courts and solemn jury trials]]
  – [[Processed domestic abuse bail orders and non-harassment orders]]
  – Trained 12 new clerks on the Integrated Case Management System
[[Administrative Officer, Paisley Sheriff Court]] (2008 – 2014)
Civil Service, Registers of Scotland (2003 – 2008)

Qualifications
[[Certificate in Court Practice, SCTS]] (2010); [[HNC Legal Services, Glasgow Clyde College]] (2003)

Other
{U|PCS branch secretary for Glasgow courts, 2016–2021}. {R|I'm a Catholic and a member of the Catholic Women's League at St Charles'}. {F|Separated, two children, shared care}, so I prefer courts within reach of the West End. {H|I took three months' sick leave in 2019 for depression} and returned on a phased basis. {G|After my mother's haemochromatosis diagnosis I was tested and carry two copies of the C282Y variant}; {H|I give blood by venesection four times a year}.
""",

# 016 Irish barrister, Law Library
r"""<<Seán Mac Donnchadha>> BL
The Law Library, Four Courts, Dublin 7 · <<sean.macdonnchadha@lawlibrary.ie>> · <<086 301 7745>>

Called to the Bar of Ireland: [[Michaelmas 2017, King's Inns Barrister-at-Law degree]]
Devilled with: <<Úna Ní Riain BL>>

Practice
Criminal law (prosecution and defence), judicial review, Irish-language rights. [[Prosecuted on the DPP's Dublin panel in the Circuit Criminal Court]]. [[Junior counsel in a challenge under the Official Languages Act 2003]]. [[Defence in two Special Criminal Court trials]].

Education
[[BCL (Dlí agus Gaeilge), University of Galway]], 2015

About
{E|I am a member of the Traveller community, raised in Tuam}, and one of very few Travellers at the Bar. {C|When I was sixteen I received a JLO caution under the Garda Youth Diversion Programme}; I disclosed it to King's Inns. {P|I am secretary of my local Sinn Féin cumann in Phibsborough}. {S|Engaged to Conor}; the wedding is planned for summer in Galway.

Languages: English, Irish (fluent), Cant.
""",

# 017 Vancouver legal aid lawyer
r"""<<ELI PETERSON>>
Staff Lawyer — Indigenous Community Legal Clinic
<<Vancouver, BC>> · <<eli.peterson.law@gmail.com>> · <<604-555-0177>>

Education
[[J.D., Peter A. Allard School of Law, UBC]] (2016)
[[Called to the Bar of British Columbia, 2017]]

Experience
[[Staff Lawyer, Indigenous Community Legal Clinic]] (2019–present)
  – [[Gladue submissions in Provincial Court sentencing hearings]]
  – Child-protection matters under the Child, Family and Community Service Act
[[Associate, Mandell Pinder LLP]] (2017–2019)
  – [[Aboriginal title and consultation litigation]]

About me
{E|I am a member of the Stó:lō Nation, from Chilliwack}. My path was not straight: {C|I was convicted of impaired driving} {D|at 22} and {C|received a record suspension in 2012}. {H|I've been sober since 2010}. The Law Society credentials committee considered all of this and admitted me without conditions. {P|I volunteered on the NDP campaign in Vancouver-Mount Pleasant in 2020}.

Interests: canoe journeys, carving, coaching lacrosse.
""",

# 018 law student, Melbourne clerkship application
r"""<<Minh Anh (Annie) Tran>>
<<Footscray VIC 3011>> · <<0431 266 875>> · <<annie.tran@student.unimelb.edu.au>>

SEASONAL CLERKSHIP APPLICATION — [[Corrs Chambers Westgarth]]

Education
[[Juris Doctor, Melbourne Law School]] (2023–2025), WAM 78
[[BA (Politics), Monash University]] (2022)

Legal experience
[[Volunteer, Refugee Legal]] — drafting protection visa statements for Hazara and Tamil clients
[[Research assistant on a report on religious vilification laws]], Castan Centre
Moot: quarter-finalist, Jessup 2024

Diversity statement
{E|I am the daughter of Vietnamese boat people who resettled in Footscray in 1982}. {S|I'm gay and came out during my first year of the JD, and I now help run the MLS Queer Students' Collective}. {H|I am autistic}; I do my best work with clear written instructions. {D|I am 21} and will be the first lawyer in my family.

Other
{G|I'm on the Australian Bone Marrow Donor Registry after a cheek-swab drive}. Part-time barista.
""",

# 019 immigration attorney, NYC
r"""<<Gabriela Inés Morales>>, Esq.
<<Jackson Heights, Queens, NY>> · <<gmorales@moralesimmigration.com>> · <<(718) 555-0123>>

BAR ADMISSION
[[New York State Bar, 2018]] · [[U.S. District Court, E.D.N.Y.]]

EXPERIENCE
[[Founding Attorney, Morales Immigration Law PLLC]] — 2021–present
  ▪ [[Asylum, withholding and CAT claims before the New York Immigration Court]]
  ▪ [[DACA renewals and U-visa petitions for survivors of crime]]
[[Staff Attorney, Make the Road New York]] — 2018–2021
  ▪ [[Removal defense for detained clients at Varick Street]]

EDUCATION
[[J.D., CUNY School of Law]], 2017 · B.A., Hunter College, 2014

PERSONAL NOTE
I understand my clients' fear because {E|I was brought here from Puebla at age six and lived undocumented until DACA}. {G|I sat for my own biometrics appointment at USCIS every two years for my renewals} and {E|became a citizen in 2023} after marrying. {F|My husband and I have a toddler}, and {R|we attend Mass in Spanish at St. Joan of Arc}. {U|I was a member of the ALAA-UAW Local 2325 bargaining unit at Make the Road}.
""",

# 020 court legal adviser / magistrate, England
r"""Curriculum Vitae — <<Mrs Hilary Penrose>> JP
<<The Old Forge, Chapel Lane, Wymondham, Norfolk NR18 0JE>> | <<01953 604 771>> | <<hpenrose@btinternet.com>>

SUMMARY
{D|58-year-old} former head of geography, sitting as a [[Magistrate on the Norfolk bench since 2011]], now seeking a paid role as a tribunal member.

MAGISTRACY
[[Presiding Justice, adult crime and family panels]] (since 2016)
[[Bench Training and Development Committee member]]
Appraiser of new magistrates; [[youth court panel 2014–2019]]

EARLIER CAREER
[[Head of Geography, Wymondham High Academy]] (1998–2020)

EDUCATION
[[BA Geography, University of Durham]]; [[PGCE, University of East Anglia]]

PERSONAL
{F|Widowed; grandmother of five}. {R|I am a Quaker attender at Norwich Friends Meeting House}. {P|I stood as a Labour candidate for South Norfolk District Council in 2019}, which I declared to the Advisory Committee; I resigned my party membership before my appointment as Presiding Justice. {H|A hip replacement in 2022} means I prefer ground-floor courtrooms. {U|NEU member for 22 years while teaching}.
""",
]
