# Hand-written academic CVs, English, 001-010.

CVS = [
dict(id="academia-en-001", text="""
CURRICULUM VITAE
Bilal Hussain Qureshi
Department of Theology and Religion, University of Birmingham, Edgbaston B15 2TT
b.h.qureshi@student.bham.ac.uk | +44 7700 914 226 | orcid.org/0000-0002-7731-4058

EDUCATION
2022-present  PhD Sociology of Religion, University of Birmingham (ESRC Midlands Graduate School studentship)
              Thesis: "Halal Closets? Young British Muslims, Sexuality and Belonging in Birmingham and Bradford"
              Supervisors: Prof. Heather Aldous and Dr Kamran Siddiq
2020-2021     MA Religion in Contemporary Society, University of Leeds (Distinction)
2017-2020     BA Sociology, University of Leeds (First)

RESEARCH STATEMENT
My project uses 46 life-history interviews and two years of participant observation in mosque youth circles and LGBTQ+ support groups. As a gay man and a practising Sunni Muslim, I share much with my participants, and my positionality chapter reflects on how that shaped access and trust. The fieldwork in Alum Rock began in the neighbourhood where my grandparents settled after arriving from Mirpur in 1962.

TEACHING
- Graduate Teaching Assistant, "Islam in Britain" (second year), 2023-2025
- Seminar leader, "Gender, Sexuality and Religion", 2024

PUBLICATIONS
Qureshi, B. H. (2025) "Praying at Pride: Queer Muslim Counter-Publics in the West Midlands", Journal of Contemporary Religion 40(2).

SERVICE
Postgraduate rep, British Sociological Association Sociology of Religion Study Group, 2024-
UCU member and anti-casualisation rep for PGR tutors, 2023-

ETHICS
University of Birmingham Humanities ethics approval ERN_22-1187 (interviews with LGBTQ+ Muslims; safeguarding protocol agreed with Imaan).
""", s=[
    ("S", "As a gay man"),
    ("R", "a practising Sunni Muslim"),
    ("E", "my grandparents settled after arriving from Mirpur in 1962"),
    ("U", "UCU member and anti-casualisation rep for PGR tutors"),
], keep=[
    "PhD Sociology of Religion, University of Birmingham",
    "Halal Closets? Young British Muslims, Sexuality and Belonging in Birmingham and Bradford",
    "MA Religion in Contemporary Society, University of Leeds",
    "Graduate Teaching Assistant, \"Islam in Britain\"",
    "Gender, Sexuality and Religion",
    "Praying at Pride: Queer Muslim Counter-Publics in the West Midlands",
    "ethics approval ERN_22-1187 (interviews with LGBTQ+ Muslims",
    "British Sociological Association Sociology of Religion Study Group",
], contact=[
    "Bilal Hussain Qureshi", "b.h.qureshi@student.bham.ac.uk", "+44 7700 914 226",
    "orcid.org/0000-0002-7731-4058", "Prof. Heather Aldous", "Dr Kamran Siddiq",
]),

dict(id="academia-en-002", text="""
Dr Aoife Ní Bhriain
Postdoctoral Research Fellow, Smurfit Institute of Genetics, Trinity College Dublin
aoife.nibhriain@tcd.ie  ·  +353 87 442 9013  ·  14 Leinster Avenue, North Strand, Dublin 3

Research interests: population genetics of Ireland and Atlantic Europe; ancient DNA; haemochromatosis (HFE C282Y) penetrance.

Appointments
2021 – present   Postdoctoral Research Fellow (SFI Frontiers for the Future award 20/FFP-P/8811), Trinity College Dublin
2019 – 2021      Research Assistant, Royal College of Surgeons in Ireland, Human Genetics Unit

Education
PhD Genetics, Trinity College Dublin, 2019 — "Fine-scale structure of the Irish genome and its medical consequences"
BA (Mod) Human Genetics, Trinity College Dublin, 2014

Selected publications
1. Ní Bhriain A, Kelleher D, et al. (2024) HFE C282Y homozygosity and liver outcomes in 41,000 Irish adults. Eur J Hum Genet.
2. Ní Bhriain A, et al. (2022) Ancient genomes from Rathlin Island revisited. PNAS.

Career break and personal circumstances
I was on maternity leave from February 2023 to January 2024 following the birth of my second child, and worked 0.6 FTE until September 2024. Productivity in that period should be read accordingly.
My interest in HFE is not only academic: I am a C282Y homozygote myself, diagnosed through the cohort I helped recruit, and I have regular venesections at St James's.

Grants
Irish Research Council New Foundations 2022, "Haemochromatosis awareness in primary care" (€12,000, PI)

Memberships: Genetics Society of Ireland; IFUT (Irish Federation of University Teachers), TCD branch committee; Social Democrats member since 2021.

Referee: Prof. Declan Kelleher, declan.kelleher@tcd.ie
""", s=[
    ("F", "I was on maternity leave from February 2023 to January 2024 following the birth of my second child"),
    ("G", "I am a C282Y homozygote myself, diagnosed through the cohort I helped recruit"),
    ("H", "I have regular venesections at St James's"),
    ("U", 'IFUT (Irish Federation of University Teachers), TCD branch committee'),
    ("P", 'Social Democrats member since 2021'),
], keep=[
    "Postdoctoral Research Fellow",
    "Smurfit Institute of Genetics, Trinity College Dublin",
    "Human Genetics Unit",
    "PhD Genetics, Trinity College Dublin, 2019",
    "Fine-scale structure of the Irish genome and its medical consequences",
    "HFE C282Y homozygosity and liver outcomes in 41,000 Irish adults",
    "Haemochromatosis awareness in primary care",
    "population genetics of Ireland and Atlantic Europe",
], contact=[
    "Dr Aoife Ní Bhriain", "aoife.nibhriain@tcd.ie", "+353 87 442 9013",
    "14 Leinster Avenue, North Strand, Dublin 3", "Prof. Declan Kelleher", "declan.kelleher@tcd.ie",
]),

dict(id="academia-en-003", text="""
MARCUS J. OYELOWO-HART
Associate Professor of History (tenure file, 2026-27), Wayne State University, Detroit, MI
5057 Woodward Ave, Detroit, MI 48202 | (313) 555-0187 | mhart@wayne.edu

PERSONAL STATEMENT ON THE TENURE CLOCK
My tenure clock was extended by two years. The first extension (2021-22) followed my treatment for non-Hodgkin lymphoma, including six cycles of R-CHOP chemotherapy; I have been in remission since 2023. The second (2023-24) was taken under the family-care policy while I looked after my father during his final months. I ask the committee to evaluate productivity on the adjusted clock.

BOOKS
Sit-Down: Black Autoworkers, the UAW and the Fight for Dodge Main, 1941-1973 (University of Illinois Press, 2025).

ARTICLES
"Wildcat Theology: Churches and Strike Support in Detroit, 1968" — Labor: Studies in Working-Class History 19:3 (2022).

COURSES TAUGHT
HIS 3150 American Labor and Working-Class History
HIS 5460 Graduate Seminar: Race, Religion and Unions in the Urban North

GRANTS
NEH Summer Stipend, 2024, "Dodge Main Oral History Recovery Project"

SERVICE
Executive board, AAUP-AFT Local 6075 (the WSU faculty union), 2020-present
Democratic Party precinct delegate, Wayne County, 2016-2020
Book review editor, Michigan Historical Review

REFERENCES
Prof. Elaine Sotomayor-Pratt, University of Michigan, epratt@umich.edu
Dr. Theodore Willoughby, Walter P. Reuther Library, twilloughby@wayne.edu
""", s=[
    ("H", "my treatment for non-Hodgkin lymphoma, including six cycles of R-CHOP chemotherapy; I have been in remission since 2023"),
    ("F", "taken under the family-care policy while I looked after my father during his final months"),
    ("U", "Executive board, AAUP-AFT Local 6075 (the WSU faculty union), 2020-present"),
    ("P", 'Democratic Party precinct delegate, Wayne County, 2016-2020'),
], keep=[
    "Associate Professor of History",
    "Wayne State University",
    "Sit-Down: Black Autoworkers, the UAW and the Fight for Dodge Main, 1941-1973",
    "Wildcat Theology: Churches and Strike Support in Detroit, 1968",
    "HIS 3150 American Labor and Working-Class History",
    "Graduate Seminar: Race, Religion and Unions in the Urban North",
    "Dodge Main Oral History Recovery Project",
    "Book review editor, Michigan Historical Review",
], contact=[
    "MARCUS J. OYELOWO-HART", "5057 Woodward Ave, Detroit, MI 48202", "(313) 555-0187",
    "mhart@wayne.edu", "Prof. Elaine Sotomayor-Pratt", "epratt@umich.edu",
    "Dr. Theodore Willoughby", "twilloughby@wayne.edu",
]),

dict(id="academia-en-004", text="""
Nathan Shawanda, MPH
CIHR Postdoctoral Fellow — Dalla Lana School of Public Health, University of Toronto
nathan.shawanda@utoronto.ca / 416-555-0143 / 155 College St, Toronto ON M5T 3M7

About me
I am Anishinaabe, a band member of Wiikwemkoong Unceded Territory, and I work on HIV prevention with Two-Spirit and Indigenous gay, bisexual and queer men in Ontario. I have lived with HIV since 2014, which is part of why community partners trust this work. My husband, Dr. Paul Lévesque, and I live in Toronto's east end.

Research positions
2023–   CIHR Postdoctoral Fellow, "Two-Spirit PrEP Pathways: community-led PrEP navigation in Northern Ontario" (CIHR HIV/AIDS Community-Based Research Program)
2019–2023 Research Coordinator, Ontario HIV Treatment Network (OHTN), Toronto

Education
PhD Public Health Sciences (Social and Behavioural Health), University of Toronto, 2023
MPH, University of Manitoba, 2018

Peer-reviewed (selected)
Shawanda N, Loutfy M. "Undetectable = Untransmittable messaging in First Nations communities." AIDS Care. 2024.

Ethics: University of Toronto REB #41552; Wiikwemkoong Research Ethics Committee approval.

Vulnerable-sector check: I hold a record suspension (granted 2019) for a 2009 simple-possession conviction.

Teaching
CHL5124 Indigenous Health: Critical Perspectives (co-instructor, 2024)
""", s=[
    ("E", "I am Anishinaabe, a band member of Wiikwemkoong Unceded Territory"),
    ("H", "I have lived with HIV since 2014"),
    ("S", "My husband, Dr. Paul Lévesque,"),
    ("C", 'I hold a record suspension (granted 2019) for a 2009 simple-possession conviction'),
], keep=[
    "CIHR Postdoctoral Fellow",
    "Dalla Lana School of Public Health, University of Toronto",
    "HIV prevention with Two-Spirit and Indigenous gay, bisexual and queer men in Ontario",
    "Two-Spirit PrEP Pathways: community-led PrEP navigation in Northern Ontario",
    "Research Coordinator, Ontario HIV Treatment Network (OHTN)",
    "PhD Public Health Sciences (Social and Behavioural Health)",
    "Undetectable = Untransmittable messaging in First Nations communities.",
    "CHL5124 Indigenous Health: Critical Perspectives",
], contact=[
    "Nathan Shawanda", "nathan.shawanda@utoronto.ca", "416-555-0143",
    "155 College St, Toronto ON M5T 3M7", "Loutfy M",
]),

dict(id="academia-en-005", text="""
Dr Kieran Walsh-Tupou — Lecturer in Criminology
School of Social Sciences, Western Sydney University, Parramatta NSW 2150
k.walshtupou@westernsydney.edu.au   0412 555 086

I came to criminology through the back door. I served three years and two months in NSW correctional centres (2004-2007) for armed robbery, committed at 19, and completed a Bachelor of Arts by distance while at Junee. That experience underpins the convict criminology approach of my work, which centres the voices of people who have been imprisoned.

Qualifications
PhD (Criminology), UNSW Sydney, 2018 — thesis "Doing Time, Doing Degrees: Prison Higher Education in New South Wales"
BA (Sociology), Charles Sturt University, 2009

Academic posts
2019–present  Lecturer in Criminology, Western Sydney University
2017–2019     Associate Lecturer, UNSW Sydney

Research grants
ARC Discovery Early Career Researcher Award DE230100447, "Post-release housing and recidivism among Pasifika men" (2023–2026)

Teaching
CRIM2003 Prisons and Punishment; CRIM3011 Justice, Race and Colonialism

Other
Member of the Australian Greens; volunteer with the Community Restorative Centre's post-release mentoring program. Dad to Mia (9) and Tane (6).

Referees: A/Prof. Luke McNamara (UNSW), l.mcnamara@unsw.edu.au; Dr Sione Fifita, s.fifita@westernsydney.edu.au
""", s=[
    ("C", "I served three years and two months in NSW correctional centres (2004-2007) for armed robbery"),
    ("D", "committed at 19"),
    ("P", "Member of the Australian Greens"),
    ("F", "Dad to Mia (9) and Tane (6)."),
], keep=[
    "Lecturer in Criminology",
    "Western Sydney University",
    "Doing Time, Doing Degrees: Prison Higher Education in New South Wales",
    "PhD (Criminology), UNSW Sydney, 2018",
    "Post-release housing and recidivism among Pasifika men",
    "CRIM2003 Prisons and Punishment",
    "CRIM3011 Justice, Race and Colonialism",
    "Associate Lecturer, UNSW Sydney",
], contact=[
    "Dr Kieran Walsh-Tupou", "k.walshtupou@westernsydney.edu.au", "0412 555 086",
    "A/Prof. Luke McNamara", "l.mcnamara@unsw.edu.au", "Dr Sione Fifita", "s.fifita@westernsydney.edu.au",
]),

dict(id="academia-en-006", text="""
BIO-DATA

Name                 : Dr. Sunita Ramdas Kamble
Designation          : Professor, Centre for the Study of Social Systems, Jawaharlal Nehru University, New Delhi
Date of Birth        : 14-07-1976
Category             : SC (Mahar)
Religion             : Buddhist (Navayana)
Marital Status       : Married
Address for correspondence : C-41, Dakshinapuram, JNU Campus, New Delhi 110067
Mobile               : +91 98110 55274
E-mail               : skamble@jnu.ac.in

Academic Qualifications
Ph.D. Sociology, University of Mumbai, 2006 — "Caste, Conversion and Citizenship: Neo-Buddhist Women in Vidarbha"
M.Phil. Sociology, University of Mumbai, 2001
UGC-NET with JRF, 1999

Teaching Experience (21 years)
Professor, CSSS, JNU (2018 – )
Associate Professor, CSSS, JNU (2012 – 2018)
Assistant Professor, Department of Sociology, Savitribai Phule Pune University (2005 – 2012)

Courses: Sociology of Caste; Religion and Social Movements in Modern India; Dalit Feminist Thought

Research Projects
ICSSR Major Project (2019–2022), "Reservation, Mobility and Stigma among SC Faculty in Central Universities" – Principal Investigator, Rs 24 lakh

Books
Kamble, S. R. (2015). Speaking Caste: Dalit Women's Testimonies. New Delhi: Zubaan.

Ph.D. guidance: 11 awarded, 4 ongoing.
""", s=[
    ("D", "Date of Birth        : 14-07-1976"),
    ("E", "Category             : SC (Mahar)"),
    ("R", "Religion             : Buddhist (Navayana)"),
    ("F", "Marital Status       : Married"),
], keep=[
    "Professor, Centre for the Study of Social Systems, Jawaharlal Nehru University",
    "Ph.D. Sociology, University of Mumbai, 2006",
    "Caste, Conversion and Citizenship: Neo-Buddhist Women in Vidarbha",
    "UGC-NET with JRF",
    "Religion and Social Movements in Modern India",
    "Dalit Feminist Thought",
    "Reservation, Mobility and Stigma among SC Faculty in Central Universities",
    "Speaking Caste: Dalit Women's Testimonies",
    "Assistant Professor, Department of Sociology, Savitribai Phule Pune University",
], contact=[
    "Dr. Sunita Ramdas Kamble", "C-41, Dakshinapuram, JNU Campus, New Delhi 110067",
    "+91 98110 55274", "skamble@jnu.ac.in",
]),

dict(id="academia-en-007", text="""
Thandeka Mkhize | Research Engineer (Energy Systems)
University of Cape Town, Power Engineering Research Group
t.mkhize@uct.ac.za | 082 555 3391 | 12 Rhodes Ave, Mowbray 7700

PROFILE
Electrical engineer with nine years in grid-integration research; I build test rigs and run the group's hardware-in-the-loop lab. Born 3 March 1989 in Pietermaritzburg; isiZulu first language.

EXPERIENCE
2019–now  Research Engineer, UCT Power Engineering Research Group
  • Designed the 50 kVA microgrid test bench used in the Eskom Power Plant Engineering Institute programme
  • Co-supervised 7 MSc students on load-shedding mitigation for clinics in the Eastern Cape
2016–2019 Junior Engineer, Eskom Research, Testing and Development, Rosherville
  • Elected NUMSA shop steward for the RT&D technical staff, 2017-2019

EDUCATION
MSc (Eng) Electrical Engineering, UCT, 2019
BSc (Eng) Electrical, University of KwaZulu-Natal, 2015

SELECTED OUTPUT
Mkhize T., Chowdhury S. (2024) "Battery sizing for rural primary health clinics under Stage 6 load-shedding", SAIEE Africa Research Journal.

OTHER
In 2016, as a final-year student, I was convicted of public violence after a #FeesMustFall protest in Durban (suspended sentence; I have applied for expungement).
Branch secretary of the ANC Youth League in Mowbray until 2022 — I stepped back when I joined the UCT academic staff association's executive.

References: Prof. Sunetra Chowdhury, sunetra.chowdhury@uct.ac.za
""", s=[
    ("D", "Born 3 March 1989"),
    ("U", "Elected NUMSA shop steward for the RT&D technical staff, 2017-2019"),
    ("P", "Branch secretary of the ANC Youth League in Mowbray until 2022"),
    ("U", "when I joined the UCT academic staff association's executive"),
    ("C", 'I was convicted of public violence after a #FeesMustFall protest in Durban (suspended sentence; I have applied for expungement)'),
], keep=[
    "Research Engineer, UCT Power Engineering Research Group",
    "Designed the 50 kVA microgrid test bench",
    "Junior Engineer, Eskom Research, Testing and Development",
    "MSc (Eng) Electrical Engineering, UCT, 2019",
    "Battery sizing for rural primary health clinics under Stage 6 load-shedding",
    "hardware-in-the-loop lab",
], contact=[
    "Thandeka Mkhize", "t.mkhize@uct.ac.za", "082 555 3391", "12 Rhodes Ave, Mowbray 7700",
    "Prof. Sunetra Chowdhury", "sunetra.chowdhury@uct.ac.za", "Chowdhury S.",
]),

dict(id="academia-en-008", text="""
The Revd Dr Fiona MacAskill
Lecturer in Practical Theology, School of Divinity, University of Edinburgh
New College, Mound Place, Edinburgh EH1 2LX · f.macaskill@ed.ac.uk · 0131 650 8901

Posts held
2020–  Lecturer in Practical Theology, University of Edinburgh
2012–2020 Parish minister, Kilmallie and Ardgour (Church of Scotland)
2010–2012 Probationer, St Columba's, Glasgow

Degrees
PhD, University of Aberdeen (2010): "Saying Goodbye in the Gàidhealtachd: Funeral Practice and Grief in Lewis Presbyterianism"
BD (Hons), University of Glasgow (2005)

Recent publications
- "Same-sex marriage and the General Assembly 2022: a pastoral reading", Theology in Scotland 30.1 (2023)
- "Chaplaincy and assisted dying in Scottish hospices", Practical Theology 17.4 (2024)

Teaching
Pastoral Care and Counselling; Ministry in Rural Scotland; Theology of Disability

Personal note for the selection panel
I was ordained a minister of Word and Sacrament in 2012 and remain on the practising certificate list. My civil partner, Morag, is a GP in Leith; we converted our partnership to a marriage in 2023. I have multiple sclerosis (relapsing-remitting, stable on ocrelizumab) and would be grateful for a ground-floor interview room.

Languages: Scottish Gaelic (fluent), English. Outside work I have been an SNP member since the 2014 referendum.
""", s=[
    ("R", "I was ordained a minister of Word and Sacrament in 2012 and remain on the practising certificate list"),
    ("S", "My civil partner, Morag,"),
    ("S", "we converted our partnership to a marriage in 2023"),
    ("H", "I have multiple sclerosis (relapsing-remitting, stable on ocrelizumab)"),
    ("H", "would be grateful for a ground-floor interview room"),
    ("P", 'I have been an SNP member since the 2014 referendum'),
], keep=[
    "Lecturer in Practical Theology, School of Divinity, University of Edinburgh",
    "Parish minister, Kilmallie and Ardgour (Church of Scotland)",
    "Saying Goodbye in the Gàidhealtachd: Funeral Practice and Grief in Lewis Presbyterianism",
    "Same-sex marriage and the General Assembly 2022: a pastoral reading",
    "Chaplaincy and assisted dying in Scottish hospices",
    "Theology of Disability",
    "BD (Hons), University of Glasgow (2005)",
], contact=[
    "The Revd Dr Fiona MacAskill", "New College, Mound Place, Edinburgh EH1 2LX",
    "f.macaskill@ed.ac.uk", "0131 650 8901",
]),

dict(id="academia-en-009", text="""
Owen Pritchard
Senior Research Technician, MRC Laboratory of Molecular Biology, Cambridge
owen.pritchard@mrc-lmb.cam.ac.uk | 01223 555 812 | linkedin.com/in/owenpritchard-lmb

Summary
Cryo-EM and protein-expression technician with 11 years in structural biology labs. I keep the Krios G4 facility running, train new users and manage the insect-cell expression pipeline.

Employment
2018-present  Senior Research Technician, Structural Studies Division, MRC LMB
2014-2018     Research Technician, Department of Biochemistry, University of Cambridge
2013-2014     Laboratory Assistant, Addenbrooke's Clinical Biochemistry

Skills
Vitrobot and grid preparation; EPU and cryoSPARC data collection; baculovirus expression in Sf9 and Hi5; AKTA purification; COSHH and GM risk assessments (Class 2); HTA-licensed sample handling.

Qualifications
BSc (Hons) Biomedical Science, Cardiff University, 2013
Level 3 Award in Laboratory Management (IST), 2020
Registered Science Technician (RSciTech), Science Council

Acknowledged in
Nature 2022 "Structure of the human NALCN channelosome"; eLife 2024 "Cryo-EM of the HIV-1 capsid bound to CPSF6".

Referee available on request.
""", s=[], keep=[
    "Senior Research Technician, Structural Studies Division, MRC LMB",
    "Research Technician, Department of Biochemistry, University of Cambridge",
    "BSc (Hons) Biomedical Science, Cardiff University, 2013",
    "Registered Science Technician (RSciTech)",
    "baculovirus expression in Sf9 and Hi5",
    "Cryo-EM of the HIV-1 capsid bound to CPSF6",
    "HTA-licensed sample handling",
], contact=[
    "Owen Pritchard", "owen.pritchard@mrc-lmb.cam.ac.uk", "01223 555 812",
    "linkedin.com/in/owenpritchard-lmb",
]),

dict(id="academia-en-010", text="""
Rachel Adler-Brennan, MD, MSCI
Clinical Investigator, Breast Oncology — Dana-Farber Cancer Institute, Boston, MA
radlerbrennan@dfci.harvard.edu · 617-555-0129 · 44 Binney St, Boston MA 02115

Research focus: PARP inhibitor trials in hereditary breast and ovarian cancer; cascade testing uptake in Ashkenazi Jewish families.

Training
MD, Perelman School of Medicine, University of Pennsylvania, 2012
Residency, Internal Medicine, Massachusetts General Hospital, 2012-2015
Fellowship, Hematology/Oncology, DFCI/MGH, 2015-2018
MSCI (Clinical Investigation), Harvard Medical School, 2018

Funding
NCI K08 CA255019, "Cascade Genetic Testing After a BRCA Diagnosis: a Pragmatic Trial" (2021-2026)
Susan G. Komen Career Catalyst Grant (2020)

Clinical trials
Site PI, OlympiA follow-up cohort; co-I, TBCRC 048 (olaparib in metastatic breast cancer with germline PALB2 mutations)

Why this work matters to me (NIH personal statement excerpt)
As an Ashkenazi Jewish woman from a family of Polish and Hungarian survivors, I know these clinics from both sides. I carry a pathogenic BRCA2 variant (6174delT), identified in 2016 when my sister was diagnosed. I had a risk-reducing bilateral mastectomy and salpingo-oophorectomy in 2017 and 2019, and I took a reduced effort appointment for four months after each. I am also the mother of twin boys, born in 2020, during which time the K08 start was delayed.

Honors: ASCO Young Investigator Award, 2019.
""", s=[
    ("G", "I carry a pathogenic BRCA2 variant (6174delT), identified in 2016 when my sister was diagnosed"),
    ("H", "I had a risk-reducing bilateral mastectomy and salpingo-oophorectomy in 2017 and 2019"),
    ("F", "I am also the mother of twin boys, born in 2020"),
    ("E", 'As an Ashkenazi Jewish woman from a family of Polish and Hungarian survivors'),
], keep=[
    "Clinical Investigator, Breast Oncology",
    "Dana-Farber Cancer Institute",
    "cascade testing uptake in Ashkenazi Jewish families",
    "Cascade Genetic Testing After a BRCA Diagnosis: a Pragmatic Trial",
    "olaparib in metastatic breast cancer with germline PALB2 mutations",
    "Fellowship, Hematology/Oncology, DFCI/MGH, 2015-2018",
    "MSCI (Clinical Investigation), Harvard Medical School, 2018",
    "ASCO Young Investigator Award, 2019",
], contact=[
    "Rachel Adler-Brennan", "radlerbrennan@dfci.harvard.edu", "617-555-0129",
    "44 Binney St, Boston MA 02115",
]),
]
