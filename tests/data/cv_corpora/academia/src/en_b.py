# Hand-written academic CVs, English, 011-020.

CVS = [
dict(id="academia-en-011", text="""
JOANNE FERRIS
Research Funding Officer (Pre-Award), Research & Enterprise Services, Manchester Metropolitan University
j.ferris@mmu.ac.uk — 07700 900 318 — Flat 3, 28 Wilmslow Road, Manchester M14 5TQ

What I do
I help academics turn ideas into fundable bids: costing on Worktribe, FEC, eligibility checks, internal peer review and submission to UKRI, Wellcome, Leverhulme, NIHR and Horizon Europe.

Experience
Sep 2019 – now   Research Funding Officer, MMU
  - Supported 140+ bids a year; portfolio success rate up from 19% to 27%
  - Managed pre-award for the £1.2m ESRC Centre bid "Migration, Precarity and the Gig Economy"
  - Ran the compliance check for an NIHR bid on HIV self-testing in Black African communities
Jan 2015 – Aug 2019  Research Administrator, Faculty of Health, University of Salford

Qualifications
BA (Hons) English and Politics, University of Liverpool, 2013
ARMA Certificate in Research Administration, 2017

Other
UNISON departmental steward for Research & Enterprise professional services staff since 2021.
I am dyslexic; I use Read&Write and appreciate documents in advance of meetings.
Part-time (0.8) since 2022 to share the school run with my wife, Lisa — we have a seven-year-old. One spent conviction (theft from an employer, 2009) — it will not show on a basic DBS check.

Referees on request: Dr Pauline Okafor (Head of Research Development, MMU).
""", s=[
    ("U", "UNISON departmental steward for Research & Enterprise professional services staff since 2021."),
    ("H", "I am dyslexic; I use Read&Write"),
    ("S", 'my wife, Lisa'),
    ("F", 'we have a seven-year-old'),
    ("C", 'One spent conviction (theft from an employer, 2009)'),
], keep=[
    "Research Funding Officer (Pre-Award)",
    "Manchester Metropolitan University",
    "Migration, Precarity and the Gig Economy",
    "Ran the compliance check for an NIHR bid on HIV self-testing in Black African communities",
    "Research Administrator, Faculty of Health, University of Salford",
    "ARMA Certificate in Research Administration",
    "BA (Hons) English and Politics, University of Liverpool, 2013",
], contact=[
    "JOANNE FERRIS", "j.ferris@mmu.ac.uk", "07700 900 318",
    "Flat 3, 28 Wilmslow Road, Manchester M14 5TQ", "Dr Pauline Okafor",
]),

dict(id="academia-en-012", text="""
Dr Cathal Ó Murchú — Curriculum Vitae
School of History, University College Cork, Tyrone House, Cork T12 YN60
cathal.omurchu@ucc.ie | +353 21 490 3000 | orcid.org/0000-0003-1189-2075
Date of birth: 9 November 1981

Current post: Lecturer in Modern Irish History, UCC (permanent since 2019)

Previous: IRC Government of Ireland Postdoctoral Fellow, NUI Galway (2014–2016); Teaching Fellow, Queen's University Belfast (2016–2019)

PhD, University College Dublin, 2013: "Republican Prisoners and the Catholic Hierarchy, 1920–1924"

Books: The Curragh and Frongoch: Internment in Revolutionary Ireland (Four Courts Press, 2020).

Modules: HI2104 Ireland in Revolution; HI3320 Church, State and Sexuality in Ireland since 1922; HI6010 Oral History Methods

Grants: Decade of Centenaries commemoration grant (2021), "Women of the Cork No. 1 Brigade".

Public engagement: RTÉ Radio 1 "History Show" contributor; Cork City Libraries centenary lectures.

Personal: I stood for Labour in the 2024 local elections (Cork City South-Central, not elected). Raised Catholic; I'm now an atheist and a member of Atheist Ireland. Convicted of criminal damage at Shannon Airport during a 2003 anti-war protest; the Probation Act was applied. A FamilyTreeDNA Y-chromosome test I took in 2015 places my paternal line in the Uí Néill cluster (R-M222). Separated; one daughter, with whom I share custody.

References: Prof. Gabriel Doherty (UCC); Dr Margaret Ó hÓgartaigh (Dublin).
""", s=[
    ("D", "Date of birth: 9 November 1981"),
    ("P", "I stood for Labour in the 2024 local elections (Cork City South-Central, not elected)"),
    ("R", "I'm now an atheist and a member of Atheist Ireland"),
    ("F", "Separated; one daughter, with whom I share custody"),
    ("C", 'Convicted of criminal damage at Shannon Airport during a 2003 anti-war protest; the Probation Act was applied'),
    ("G", 'A FamilyTreeDNA Y-chromosome test I took in 2015 places my paternal line in the Uí Néill cluster (R-M222)'),
], keep=[
    "Lecturer in Modern Irish History, UCC",
    "IRC Government of Ireland Postdoctoral Fellow, NUI Galway",
    "Republican Prisoners and the Catholic Hierarchy, 1920–1924",
    "The Curragh and Frongoch: Internment in Revolutionary Ireland",
    "HI3320 Church, State and Sexuality in Ireland since 1922",
    "Teaching Fellow, Queen's University Belfast",
    "Women of the Cork No. 1 Brigade",
], contact=[
    "Dr Cathal Ó Murchú", "School of History, University College Cork, Tyrone House, Cork T12 YN60",
    "cathal.omurchu@ucc.ie", "+353 21 490 3000", "orcid.org/0000-0003-1189-2075",
    "Prof. Gabriel Doherty", "Dr Margaret Ó hÓgartaigh",
]),

dict(id="academia-en-013", text="""
SPEAKER BIOS — Panel 4B: "Borders, Status and Care" (Law & Society Association Annual Meeting, Chicago, 2026)

Dr. Lucía Ferrer-Montaño is Assistant Professor of Sociology at the University of California, Davis, where she studies how mixed-status families navigate health care and schooling in the Central Valley. Her book manuscript, "Paper Lives: DACA, Deportability and the Second Generation," draws on 90 interviews and a decade of fieldwork in Stockton and Modesto. She came to the United States from Jalisco at the age of four and was herself a DACA recipient until she naturalized in 2021. Her work has been funded by the Russell Sage Foundation and the UC Collaborative to Promote Immigrant and Student Equity. Lucía lives in Sacramento with her wife, the poet Dana Whitcomb, and their son. Contact: lferrermontano@ucdavis.edu.

Prof. Hamid Rahimi is Professor of Law at Northeastern University School of Law, where he directs the Immigrant Justice Clinic. His recent article "Crimmigration after Pereira" appeared in the Harvard Civil Rights–Civil Liberties Law Review. (Discussant.)
""", s=[
    ("E", "She came to the United States from Jalisco"),
    ("D", "at the age of four"),
    ("E", "was herself a DACA recipient until she naturalized in 2021"),
    ("S", "with her wife, the poet Dana Whitcomb,"),
    ("F", "and their son"),
], keep=[
    "Assistant Professor of Sociology at the University of California, Davis",
    "how mixed-status families navigate health care and schooling in the Central Valley",
    "Paper Lives: DACA, Deportability and the Second Generation",
    "Russell Sage Foundation",
    "Professor of Law at Northeastern University School of Law",
    "Immigrant Justice Clinic",
    "Crimmigration after Pereira",
], contact=[
    "Dr. Lucía Ferrer-Montaño", "lferrermontano@ucdavis.edu", "Prof. Hamid Rahimi",
]),

dict(id="academia-en-014", text="""
Kirra Ingram
PhD Candidate, National Centre for Indigenous Studies, Australian National University
u6629013@anu.edu.au | 0438 555 271 | Ngunnawal Country, Canberra ACT

Thesis (submission 2027): "Mission Records and Stolen Wages: Recovering Wiradjuri Labour Histories from the Brungle Station Archive"
Panel: Prof. Maggie Walter (chair), Dr Tom Crowley

I am a Wiradjuri woman, and this project began with my nan's wage book from Brungle. The research follows the CARE principles for Indigenous data governance and is overseen by a Wiradjuri community advisory group.

Candidature interruptions (for the examiners' and scholarship committee's information)
- 2023: six months' leave on medical grounds — myalgic encephalomyelitis/chronic fatigue; I now study at 0.75 load.
- 2024: three months' carer's leave as a sole parent of three children.

Education
Master of Applied Anthropology and Participatory Development, ANU, 2021
BA (Hons) History, Charles Sturt University, 2015

Work
Research Assistant, AIATSIS Family History Unit, 2016–2020
Tutor, INDG1001 Indigenous Australia: Histories and Futures, ANU, 2022–

Memberships: NTEU (ANU branch), postgraduate representative.

Awards: Australian Government RTP Scholarship; ANU Indigenous Higher Degree by Research Scholarship.

Conference: "Wages that never came", AIATSIS Summit, Brisbane, 2025.
""", s=[
    ("E", "I am a Wiradjuri woman"),
    ("H", "six months' leave on medical grounds — myalgic encephalomyelitis/chronic fatigue"),
    ("F", "a sole parent of three children"),
    ("U", 'NTEU (ANU branch), postgraduate representative'),
], keep=[
    "PhD Candidate, National Centre for Indigenous Studies, Australian National University",
    "Mission Records and Stolen Wages: Recovering Wiradjuri Labour Histories from the Brungle Station Archive",
    "CARE principles for Indigenous data governance",
    "Master of Applied Anthropology and Participatory Development, ANU, 2021",
    "Research Assistant, AIATSIS Family History Unit",
    "INDG1001 Indigenous Australia: Histories and Futures",
    "ANU Indigenous Higher Degree by Research Scholarship",
], contact=[
    "Kirra Ingram", "u6629013@anu.edu.au", "0438 555 271", "Prof. Maggie Walter", "Dr Tom Crowley",
]),

dict(id="academia-en-015", text="""
GRAHAM T. OKONKWO-REID
Professor of Political Science, Simon Fraser University, Burnaby, BC
gokonkwo@sfu.ca · 778-555-0102 · 8888 University Dr, Burnaby BC V5A 1S6
Born: 1968

Research: party organisation and candidate selection in Westminster systems; Canadian third parties; electoral reform.

Appointments
Professor, SFU (2012–); Associate Professor (2004–2012); Assistant Professor, University of Regina (1998–2004)

Education
PhD Political Science, University of British Columbia, 1998 — "Building the CCF-NDP: Membership, Money and Organisation, 1932–1961"
BA (Hons), McGill, 1991

Selected books
Inside the Orange Wave: The NDP and the 2011 Breakthrough (UBC Press, 2014)
Choosing Candidates: Nomination Contests in Canadian Parties (with C. Tremblay; McGill-Queen's, 2021)

SSHRC Insight Grant 435-2022-0719, "Party membership surges after leadership races" (PI, $241,000)

Note on a gap in 2015
I took unpaid leave in autumn 2015 to run as the New Democratic candidate in Burnaby North—Seymour. Separately, for completeness in this security-clearance-related appointment: I was arrested during the Kinder Morgan protests on Burnaby Mountain in 2018 and convicted of criminal contempt (fine, no custody). My fingerprints and a DNA sample taken at the time remain on file with the RCMP.

Service: President, Canadian Political Science Association (2023–24).
""", s=[
    ("D", "Born: 1968"),
    ("P", "to run as the New Democratic candidate in Burnaby North—Seymour"),
    ("C", "I was arrested during the Kinder Morgan protests on Burnaby Mountain in 2018 and convicted of criminal contempt (fine, no custody)"),
    ("G", 'My fingerprints and a DNA sample taken at the time remain on file with the RCMP'),
], keep=[
    "Professor of Political Science, Simon Fraser University",
    "party organisation and candidate selection in Westminster systems",
    "Building the CCF-NDP: Membership, Money and Organisation, 1932–1961",
    "Inside the Orange Wave: The NDP and the 2011 Breakthrough",
    "Choosing Candidates: Nomination Contests in Canadian Parties",
    "Party membership surges after leadership races",
    "President, Canadian Political Science Association",
    "Assistant Professor, University of Regina",
], contact=[
    "GRAHAM T. OKONKWO-REID", "gokonkwo@sfu.ca", "778-555-0102",
    "8888 University Dr, Burnaby BC V5A 1S6", "C. Tremblay",
]),

dict(id="academia-en-016", text="""
CURRICULUM VITAE — Dr. Hemant Shah
Research Engineer, Biometric Systems Lab, Department of Computational and Data Sciences, Indian Institute of Science, Bengaluru 560012
Mob. 99005 51873 | hemant.shah@iisc.ac.in | github.com/hshah-iisc

Personal particulars
Father's name: Shri Kantilal Shah
D.O.B.: 22/05/1990 (36 years)
Marital status: Married, one daughter
Community: Jain (Svetambara) — strict vegetarian, no root vegetables; kindly note for field travel catering.

Education
Ph.D. (CDS), IISc, 2020 — "Presentation-attack detection for contactless fingerprint capture"
M.Tech. (EE), IIT Bombay, 2014
B.E. (Electronics), Gujarat Technological University, 2012

Experience
2020 – present  Research Engineer, Biometric Systems Lab, IISc
  • Built the lab's 3,000-subject contactless fingerprint and iris dataset (IISc IEC approval 7-2021); my own fingerprints and both irises were the first enrolment and remain in the test gallery
  • Lead developer of the open-source liveness toolkit "PADshield"
2014 – 2016  Engineer, UIDAI Technology Centre (Aadhaar authentication performance testing), Bengaluru

Publications: 14 (IEEE T-IFS, IJCB, ICB). Patent: IN 412877, "Multispectral finger-vein liveness sensor".

References: Prof. R. Venkatesh Babu, IISc; Dr. Anjali Kulkarni, UIDAI.
""", s=[
    ("D", "D.O.B.: 22/05/1990 (36 years)"),
    ("F", "Marital status: Married, one daughter"),
    ("R", "Community: Jain (Svetambara) — strict vegetarian, no root vegetables"),
    ("G", 'my own fingerprints and both irises were the first enrolment and remain in the test gallery'),
], keep=[
    "Research Engineer, Biometric Systems Lab",
    "Indian Institute of Science",
    "Presentation-attack detection for contactless fingerprint capture",
    "Built the lab's 3,000-subject contactless fingerprint and iris dataset",
    "UIDAI Technology Centre (Aadhaar authentication performance testing)",
    "M.Tech. (EE), IIT Bombay, 2014",
    "Multispectral finger-vein liveness sensor",
    "Lead developer of the open-source liveness toolkit \"PADshield\"",
], contact=[
    "Dr. Hemant Shah", "99005 51873", "hemant.shah@iisc.ac.in", "github.com/hshah-iisc",
    "Shri Kantilal Shah", "Prof. R. Venkatesh Babu", "Dr. Anjali Kulkarni",
]),

dict(id="academia-en-017", text="""
Dr Zanele Dlamini-Botha
Postdoctoral Fellow, Sydney Brenner Institute for Molecular Bioscience, University of the Witwatersrand, Johannesburg
zanele.dlamini@wits.ac.za / +27 11 555 0476

RESEARCH
Genomic diversity of Southern African Bantu-speaking populations; pharmacogenomics of efavirenz (CYP2B6) in people living with HIV; ELSI of genomic research in Africa.

POSITIONS
2022–  Postdoctoral Fellow, SBIMB, Wits (H3Africa AWI-Gen renewal)
2020–2022 Research Officer, National Health Laboratory Service, Division of Human Genetics

EDUCATION
PhD Human Genetics, Wits, 2020. Thesis: "CYP2B6 516G>T frequency and efavirenz neurotoxicity in Soweto"
BSc Hons Genetics, University of Pretoria, 2015

PUBLICATIONS (selected)
- Dlamini-Botha Z, Ramsay M. "Consent for secondary use of African genomes." Genome Medicine 2023.
- Dlamini-Botha Z, et al. "Efavirenz dosing in CYP2B6 slow metabolisers." Lancet HIV 2022.

STATEMENT (for the African Academy of Sciences fellowship)
I am a Swazi-born South African and, in the interest of transparency about reflexivity, my own whole genome is part of the AWI-Gen pilot reference panel: I enrolled as participant 0041 before joining the team. The 2021 interruption in my record was a year of treatment for tuberculosis, from which I have fully recovered.

My wife, Thandi, and I married in 2021.

REFERENCES: Prof. Michèle Ramsay (michele.ramsay@wits.ac.za)
""", s=[
    ("E", "I am a Swazi-born South African"),
    ("G", "my own whole genome is part of the AWI-Gen pilot reference panel: I enrolled as participant 0041"),
    ("H", "a year of treatment for tuberculosis, from which I have fully recovered"),
    ("S", 'My wife, Thandi, and I married in 2021.'),
], keep=[
    "Postdoctoral Fellow, Sydney Brenner Institute for Molecular Bioscience",
    "Genomic diversity of Southern African Bantu-speaking populations",
    "pharmacogenomics of efavirenz (CYP2B6) in people living with HIV",
    "Research Officer, National Health Laboratory Service, Division of Human Genetics",
    "CYP2B6 516G>T frequency and efavirenz neurotoxicity in Soweto",
    "Consent for secondary use of African genomes.",
    "Efavirenz dosing in CYP2B6 slow metabolisers.",
    "PhD Human Genetics, Wits, 2020",
], contact=[
    "Dr Zanele Dlamini-Botha", "zanele.dlamini@wits.ac.za", "+27 11 555 0476",
    "Ramsay M.", "Prof. Michèle Ramsay", "michele.ramsay@wits.ac.za",
]),

dict(id="academia-en-018", text="""
UKRI Future Leaders Fellowship — Round 9
Part B: Narrative CV (R4RI format) — Applicant: Dr Helen Achterberg, Department of Sociology, University of York

Module 1 — Contributions to the generation of knowledge
My research examines how prison visiting rooms shape family ties. Key outputs include "The Visits Hall: Intimacy Under Surveillance" (British Journal of Criminology, 2022) and the ESRC-funded "Families Outside" dataset (ES/T009112/1), now used by HMPPS to redesign visit booking.

Module 2 — Contributions to the development of others
I have supervised 5 PhD students to completion, two from care-experienced backgrounds, and run the department's Quantitative Methods Clinic.

Module 3 — Contributions to the wider research community
Associate Editor, Punishment & Society; panel member, ESRC Peer Review College; co-chair of the University of York Disabled Staff Network.

Module 4 — Contributions to broader society
Evidence to the Justice Committee inquiry on prisoners' families (2023).

Career breaks and personal circumstances
- Oct 2016 – Jul 2017: maternity leave (first child).
- Jan 2019 – Mar 2020: maternity leave followed by 0.6 FTE; my second child was born with Down's syndrome and a heart defect requiring surgery, and I remain his main carer.
  Testing after his birth showed my own karyotype is normal, so no inherited translocation.
- Apr 2021 – Sep 2021: sick leave for severe depression; phased return over three months.
Full-time equivalent time since PhD (2014): 9.1 years, not 12.

Contact: helen.achterberg@york.ac.uk · 01904 555 643
""", s=[
    ("F", "maternity leave (first child)"),
    ("F", "Jan 2019 – Mar 2020: maternity leave followed by 0.6 FTE"),
    ("F", "my second child was born with Down's syndrome and a heart defect requiring surgery, and I remain his main carer"),
    ("H", "sick leave for severe depression; phased return over three months"),
    ("H", "co-chair of the University of York Disabled Staff Network"),
    ("G", 'Testing after his birth showed my own karyotype is normal, so no inherited translocation.'),
], keep=[
    "Department of Sociology, University of York",
    "The Visits Hall: Intimacy Under Surveillance",
    "ES/T009112/1",
    "Associate Editor, Punishment & Society",
    "Evidence to the Justice Committee inquiry on prisoners' families (2023).",
    "supervised 5 PhD students to completion, two from care-experienced backgrounds",
    "Quantitative Methods Clinic",
], contact=[
    "Dr Helen Achterberg", "helen.achterberg@york.ac.uk", "01904 555 643",
]),

dict(id="academia-en-019", text="""
Yesenia Bautista Cruz
PhD Candidate in Anthropology, University of Texas at Austin
ybautista@utexas.edu · (512) 555-0193 · 2301 San Jacinto Blvd, Austin TX 78712

Dissertation
"After the Harvest: Return Migration, Remittances and Mezcal Cooperatives in the Sierra Sur of Oaxaca" (committee: Dr. Ruth Halloway, chair; Dr. Marcos Vega; Dr. Ines Whitfield)

Fieldwork
18 months (2023–2025) in Santa María Yucuhiti, my grandparents' village — I am Mixtec on my mother's side and grew up going back every summer. Conducted 64 interviews in Spanish and Tu'un Savi; IRB protocol 2022-07-0031.

Funding
Wenner-Gren Dissertation Fieldwork Grant (2023); Fulbright-García Robles (2023–24); NSF Graduate Research Fellowship (2020–2023).

Teaching
TA, ANT 302 Cultures of Mexico; TA, RS 310 Religion and Migration in the Americas

Publications
Bautista Cruz, Y. (2025). "Mezcal, kin and the remittance house." Journal of Latin American and Caribbean Anthropology 30(1).

Service
Graduate coordinator, Association of Latina and Latino Anthropologists (2024–).

Personal
I was raised a Jehovah's Witness and left the congregation at eighteen, which gave me some insider knowledge for the chapter on Witness converts in the sierra. An AncestryDNA kit I took for the methods chapter put my Indigenous ancestry at 61%. I'm a member of Democratic Socialists of America (Austin chapter) and organize with the Texas State Employees Union's graduate-worker caucus. I'm bi and co-founded the department's queer grad reading group.
""", s=[
    ("E", "I am Mixtec on my mother's side"),
    ("R", "I was raised a Jehovah's Witness and left the congregation"),
    ("D", "at eighteen"),
    ("S", "I'm bi and co-founded the department's queer grad reading group"),
    ("G", 'An AncestryDNA kit I took for the methods chapter put my Indigenous ancestry at 61%'),
    ("P", "I'm a member of Democratic Socialists of America (Austin chapter)"),
    ("U", "organize with the Texas State Employees Union's graduate-worker caucus"),
], keep=[
    "PhD Candidate in Anthropology, University of Texas at Austin",
    "After the Harvest: Return Migration, Remittances and Mezcal Cooperatives in the Sierra Sur of Oaxaca",
    "Wenner-Gren Dissertation Fieldwork Grant",
    "NSF Graduate Research Fellowship",
    "RS 310 Religion and Migration in the Americas",
    "Mezcal, kin and the remittance house.",
    "the chapter on Witness converts in the sierra",
    "Conducted 64 interviews in Spanish and Tu'un Savi",
], contact=[
    "Yesenia Bautista Cruz", "ybautista@utexas.edu", "(512) 555-0193",
    "2301 San Jacinto Blvd, Austin TX 78712", "Dr. Ruth Halloway", "Dr. Marcos Vega", "Dr. Ines Whitfield",
]),

dict(id="academia-en-020", text="""
Dr Samuel Okereke-Lowe
Senior Lecturer in Social Policy, School of Applied Social Science, University of Brighton
s.okereke-lowe@brighton.ac.uk | 01273 555 710

Education
PhD Social Policy, London School of Economics, 2011 — "Through the Gate? Resettlement Services for Short-Sentence Prisoners"
MSc Criminal Justice Policy, LSE, 2006

Employment
2016–  Senior Lecturer, University of Brighton
2011–2016 Lecturer, Canterbury Christ Church University
2006–2008 Researcher, Prison Reform Trust

Selected publications
Okereke-Lowe, S. (2019) Prisons, Profit and the Transforming Rehabilitation Reforms. Bristol: Policy Press.
Okereke-Lowe, S. and Granger, M. (2024) "Drug treatment in English prisons after 2020", Howard Journal of Crime and Justice.

Teaching
SP612 Punishment and Social Policy; SP540 Drugs, Harm and the State

Service and citizenship
UCU Brighton branch secretary (2020–2024) — led local negotiations during the 2022-23 marking and assessment boycott.
Labour Party member since 2015 and Brighton Pavilion CLP policy officer.

Disclosure (DBS enhanced check for prison-based research)
Police caution for possession of cannabis, 2003 (aged 21). Will show on an enhanced certificate, and my DNA profile from that arrest is still held on the National DNA Database.
I live in Hove with my husband, a theatre nurse.

Referees: Prof. Jennifer Granger (Brighton), Dr Aled Morris (Cardiff)
""", s=[
    ("U", "UCU Brighton branch secretary (2020–2024)"),
    ("P", "Labour Party member since 2015 and Brighton Pavilion CLP policy officer"),
    ("C", "Police caution for possession of cannabis, 2003"),
    ("D", "(aged 21)"),
    ("G", 'my DNA profile from that arrest is still held on the National DNA Database'),
    ("S", 'with my husband, a theatre nurse'),
], keep=[
    "Senior Lecturer in Social Policy, School of Applied Social Science, University of Brighton",
    "Through the Gate? Resettlement Services for Short-Sentence Prisoners",
    "Researcher, Prison Reform Trust",
    "Prisons, Profit and the Transforming Rehabilitation Reforms",
    "Drug treatment in English prisons after 2020",
    "SP612 Punishment and Social Policy",
    "SP540 Drugs, Harm and the State",
    "Lecturer, Canterbury Christ Church University",
], contact=[
    "Dr Samuel Okereke-Lowe", "s.okereke-lowe@brighton.ac.uk", "01273 555 710",
    "Granger, M.", "Prof. Jennifer Granger", "Dr Aled Morris",
]),
]
