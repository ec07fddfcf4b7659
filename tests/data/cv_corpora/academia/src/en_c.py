# Hand-written academic CVs, English, 021-030.

CVS = [
dict(id="academia-en-021", text="""
Siobhán Keane RGN, MSc
Clinical Research Nurse Manager, Wellcome–HRB Clinical Research Facility, St James's Hospital, Dublin 8
siobhan.keane@tcd.ie · 086 555 2841

Profile
Research nurse with 14 years in early-phase and diabetes trials. I hold the GCP, IATA dangerous goods and phlebotomy competencies and manage a team of nine nurses and two data managers.

Experience
2020 – present: Clinical Research Nurse Manager, Wellcome–HRB CRF, St James's
  - Oversaw 31 studies including the closed-loop insulin trial DIAMOND-IE and an HIV long-acting cabotegravir study
  - Lead for the facility's HPRA inspection (2023, no critical findings)
2015 – 2020: Senior Research Nurse, Diabetes Day Centre, Beaumont Hospital
2011 – 2015: Staff Nurse, Endocrinology, Cork University Hospital

Education
MSc Clinical Research, University of Galway, 2016
BSc Nursing (General), University College Cork, 2011

Registration: NMBI PIN 118732

Additional information
I have had type 1 diabetes since childhood and wear an insulin pump, which is partly why the DIAMOND-IE participants found me approachable. Married to Declan, two small children; I'm available for occasional evening visits but not overnight on-call. Born 1988. I sing in the choir at Mass in my parish in Rathfarnham most Sundays, and I'm secretary of the local Fianna Fáil cumann.

Referees: Prof. Eoin Whelan (Director, CRF); Ms Gráinne Tobin (Director of Nursing).
""", s=[
    ("H", "I have had type 1 diabetes since childhood and wear an insulin pump"),
    ("F", "Married to Declan, two small children"),
    ("D", "Born 1988."),
    ("R", 'I sing in the choir at Mass in my parish in Rathfarnham most Sundays'),
    ("P", "I'm secretary of the local Fianna Fáil cumann"),
], keep=[
    "Clinical Research Nurse Manager",
    "Wellcome–HRB Clinical Research Facility, St James's Hospital",
    "closed-loop insulin trial DIAMOND-IE",
    "an HIV long-acting cabotegravir study",
    "Senior Research Nurse, Diabetes Day Centre, Beaumont Hospital",
    "MSc Clinical Research, University of Galway, 2016",
    "Lead for the facility's HPRA inspection",
], contact=[
    "Siobhán Keane", "siobhan.keane@tcd.ie", "086 555 2841", "NMBI PIN 118732",
    "Prof. Eoin Whelan", "Ms Gráinne Tobin",
]),

dict(id="academia-en-022", text="""
Dr. Delores Provo-Sparks
Assistant Professor, Department of History, Saint Mary's University, Halifax, Nova Scotia
923 Robie St, Halifax NS B3H 3C3 · delores.provosparks@smu.ca · 902-555-0168

AREAS: African Nova Scotian history; Black churches in the Maritimes; archival repair and community archives.

EDUCATION
PhD History, Dalhousie University, 2019. Dissertation: "The African United Baptist Association and the Politics of Respectability, 1854–1968"
MA History, Acadia University, 2012

APPOINTMENTS
2021– Assistant Professor, Saint Mary's University
2019–2021 Postdoctoral Fellow, Harriet Tubman Institute, York University

BOOK
Africville Remembered: Church, Land and Relocation (Nimbus, 2023)

GRANTS
SSHRC Insight Development Grant, "Digitising the AUBA Minute Books" (2022, $68,000)

COMMUNITY
I am African Nova Scotian, a seventh-generation descendant of Black Loyalists who settled at Birchtown, and I have been a deaconess at Cornwallis Street Baptist Church since 2015. An AncestryDNA test in 2017 matched my maternal line to the Mende of Sierra Leone. These ties are how I gained access to congregational records that had never been opened to researchers.

TEACHING
HIST 2390 Black Canada: Slavery to Civil Rights; HIST 4501 Seminar in Religion and Race

I am a member of the Saint Mary's University Faculty Union and sit on its grievance committee. I am a widow and the guardian of my two grandchildren.
""", s=[
    ("E", "I am African Nova Scotian, a seventh-generation descendant of Black Loyalists who settled at Birchtown"),
    ("R", "I have been a deaconess at Cornwallis Street Baptist Church since 2015"),
    ("F", "I am a widow and the guardian of my two grandchildren."),
    ("G", 'An AncestryDNA test in 2017 matched my maternal line to the Mende of Sierra Leone'),
    ("U", "I am a member of the Saint Mary's University Faculty Union and sit on its grievance committee"),
], keep=[
    "Assistant Professor, Department of History, Saint Mary's University",
    "The African United Baptist Association and the Politics of Respectability, 1854–1968",
    "Postdoctoral Fellow, Harriet Tubman Institute, York University",
    "Africville Remembered: Church, Land and Relocation",
    "Digitising the AUBA Minute Books",
    "HIST 2390 Black Canada: Slavery to Civil Rights",
    "HIST 4501 Seminar in Religion and Race",
    "PhD History, Dalhousie University, 2019",
], contact=[
    "Dr. Delores Provo-Sparks", "923 Robie St, Halifax NS B3H 3C3",
    "delores.provosparks@smu.ca", "902-555-0168",
]),

dict(id="academia-en-023", text="""
JAMES NGUYEN-HOLLOWAY
Research Engineer — Face Analysis, Biometrics Institute Lab, University of Technology Sydney
james.nguyen-holloway@uts.edu.au | 0421 555 908 | Ultimo NSW 2007

SKILLS: PyTorch, ONNX, face detection/recognition pipelines (ArcFace, RetinaFace), demographic differential testing (NIST FRTE protocols), GPU cluster admin, ISO/IEC 30107-3 PAD evaluation.

EMPLOYMENT
2021–  Research Engineer, UTS Biometrics Lab
       – Built the bias-audit harness used for the NSW Police facial recognition evaluation
       – Curated the "Southern Faces" consented dataset (4,200 volunteers, UTS HREC ETH21-6013)
       – Note: I am volunteer #0001 in that dataset; my face images and templates remain in the lab's evaluation gallery.
2018–2021 Software Engineer, Daon (Sydney), identity verification SDK

EDUCATION
BEng (Hons) Software, UNSW, 2017

PUBLICATIONS
Nguyen-Holloway J., Tan K. "Skin tone and false match rates in Australian passport photos." IJCB 2024.

MEMBERSHIPS
IEEE Biometrics Council; NTEU (UTS branch) member and workplace delegate for professional staff since 2022.

Born 11.04.1995, Bankstown. I live in Marrickville with my boyfriend, Tom. My parents came to Australia as Vietnamese boat refugees in 1981.
""", s=[
    ("G", "I am volunteer #0001 in that dataset; my face images and templates remain in the lab's evaluation gallery"),
    ("U", "NTEU (UTS branch) member and workplace delegate for professional staff since 2022"),
    ("D", "Born 11.04.1995"),
    ("E", "My parents came to Australia as Vietnamese boat refugees in 1981"),
    ("S", 'with my boyfriend, Tom'),
], keep=[
    "Research Engineer — Face Analysis",
    "University of Technology Sydney",
    "demographic differential testing (NIST FRTE protocols)",
    "Built the bias-audit harness used for the NSW Police facial recognition evaluation",
    "Software Engineer, Daon (Sydney), identity verification SDK",
    "Skin tone and false match rates in Australian passport photos.",
    "ISO/IEC 30107-3 PAD evaluation",
    "BEng (Hons) Software, UNSW, 2017",
], contact=[
    "JAMES NGUYEN-HOLLOWAY", "james.nguyen-holloway@uts.edu.au", "0421 555 908",
    "Ultimo NSW 2007", "Tan K.",
]),

dict(id="academia-en-024", text="""
Rabbi Dr. Aaron Liebowitz-Carr
Professor of Religious Studies and Jewish Studies, Vanderbilt University, Nashville, TN
aaron.liebowitz-carr@vanderbilt.edu | (615) 555-0171

Education
PhD, Religious Studies, University of Chicago Divinity School, 2007
Rabbinic ordination, Hebrew Union College–Jewish Institute of Religion, New York, 2001 — I served as assistant rabbi at Congregation Beth Elohim, Brooklyn, before doctoral study and still lead High Holy Day services there each year.

Appointments
Professor (2020–), Associate Professor (2013–2020), Assistant Professor (2007–2013), Vanderbilt University

Books
- Kashrut and the Market: Jewish Dietary Law in American Capitalism (Princeton UP, 2012)
- Queer Halakha: Reform Responsa on Sexuality, 1973–2019 (NYU Press, 2022)

Courses
REL 1400 Introduction to Judaism; REL 3870 Sex, Gender and Scripture; JS 8100 Graduate Seminar in Jewish Law

Fellowships
Guggenheim Fellowship, 2018; Frankel Institute for Advanced Judaic Studies, University of Michigan, 2015–16

Service
Chair, AAR Jewish Studies and Scripture unit; Board, Association for Jewish Studies.

Disclosure for the Board of Trust: in 2019 I was arrested at a Never Again Action protest outside an ICE facility in Nashville and convicted of misdemeanor trespass (fine paid).

Note: I take no meetings or travel from Friday sundown to Saturday night. My husband Michael and I live in Nashville with our daughter.
""", s=[
    ("R", "I served as assistant rabbi at Congregation Beth Elohim, Brooklyn, before doctoral study and still lead High Holy Day services there each year"),
    ("R", "I take no meetings or travel from Friday sundown to Saturday night"),
    ("S", "My husband Michael"),
    ("F", "with our daughter"),
    ("C", 'in 2019 I was arrested at a Never Again Action protest outside an ICE facility in Nashville and convicted of misdemeanor trespass (fine paid)'),
], keep=[
    "Professor of Religious Studies and Jewish Studies, Vanderbilt University",
    "PhD, Religious Studies, University of Chicago Divinity School, 2007",
    "Rabbinic ordination, Hebrew Union College–Jewish Institute of Religion, New York, 2001",
    "Kashrut and the Market: Jewish Dietary Law in American Capitalism",
    "Queer Halakha: Reform Responsa on Sexuality, 1973–2019",
    "REL 3870 Sex, Gender and Scripture",
    "Guggenheim Fellowship, 2018",
    "Chair, AAR Jewish Studies and Scripture unit",
], contact=[
    "Rabbi Dr. Aaron Liebowitz-Carr", "aaron.liebowitz-carr@vanderbilt.edu", "(615) 555-0171",
]),

dict(id="academia-en-025", text="""
CURRICULUM VITAE

Dr. Meenakshi Sundaram Iyer
Additional Professor, Department of Medicine (HIV Medicine Division), All India Institute of Medical Sciences, Ansari Nagar, New Delhi 110029
Email: ms.iyer@aiims.edu   Phone: 011-2659 5531

Date of birth: 30 January 1979 (age 47)
Marital status: Widow (husband late Dr. R. Iyer, d. 2018); one son

Qualifications
MBBS, Madras Medical College, 2002
MD (Medicine), AIIMS New Delhi, 2006
DM (Infectious Diseases), PGIMER Chandigarh, 2010

Professional experience
2019 – date    Additional Professor, AIIMS
2013 – 2019    Associate Professor, AIIMS
2010 – 2013    Assistant Professor, Christian Medical College, Vellore

Research
PI, ICMR-funded "Dolutegravir transition outcomes in NACO ART centres" (2020–2024)
Co-I, DBT/Wellcome India Alliance "TB preventive therapy in PLHIV"

Gap in service
Extraordinary leave, March–November 2014: I was treated for pulmonary tuberculosis (drug-sensitive) contracted on the wards and resumed duties after completing therapy.

I am a practising Hindu and keep the Ekadashi fast; I request that viva examinations not be scheduled on those days.

Awards: ICMR Kshanika Oration Award (2021).
""", s=[
    ("D", "Date of birth: 30 January 1979 (age 47)"),
    ("F", "Marital status: Widow (husband late Dr. R. Iyer, d. 2018); one son"),
    ("H", "I was treated for pulmonary tuberculosis (drug-sensitive) contracted on the wards"),
    ("R", 'I am a practising Hindu and keep the Ekadashi fast'),
], keep=[
    "Additional Professor, Department of Medicine (HIV Medicine Division)",
    "All India Institute of Medical Sciences",
    "DM (Infectious Diseases), PGIMER Chandigarh, 2010",
    "Dolutegravir transition outcomes in NACO ART centres",
    "TB preventive therapy in PLHIV",
    "Assistant Professor, Christian Medical College, Vellore",
    "ICMR Kshanika Oration Award (2021)",
], contact=[
    "Dr. Meenakshi Sundaram Iyer", "Ansari Nagar, New Delhi 110029", "ms.iyer@aiims.edu", "011-2659 5531",
]),

dict(id="academia-en-026", text="""
Programme note — Keynote, British Society for the History of Science Annual Conference, Swansea, July 2026

Professor Imogen Thackeray is Professor of the History of Medicine at the University of Warwick. She works on the history of eugenics, mental deficiency and the welfare state in Britain, and on the archives of the Eugenics Society held at the Wellcome Collection. Her books include "Feeble Minds: Eugenics, Colonies and the Mental Deficiency Act, 1913-1959" (Manchester University Press, 2016) and "Counting Bodies: Disability Statistics and the British State" (Oxford, 2023). She led the AHRC project "Sterilisation Debates in Interwar Britain" and co-curated the Wellcome Collection exhibition "Unfit: Histories of Eugenic Thinking" (2024). She is a Fellow of the Royal Historical Society and was President of the Society for the Social History of Medicine from 2021 to 2023. Her keynote, "Heredity on file", asks what historians owe to the people named in case records.

Contact via the programme committee: bshs2026@bshs.org.uk
""", s=[], keep=[
    "Professor of the History of Medicine at the University of Warwick",
    "the history of eugenics, mental deficiency and the welfare state in Britain",
    "Feeble Minds: Eugenics, Colonies and the Mental Deficiency Act, 1913-1959",
    "Counting Bodies: Disability Statistics and the British State",
    "Sterilisation Debates in Interwar Britain",
    "Unfit: Histories of Eugenic Thinking",
    "Fellow of the Royal Historical Society",
    "President of the Society for the Social History of Medicine",
], contact=[
    "Professor Imogen Thackeray", "bshs2026@bshs.org.uk",
]),

dict(id="academia-en-027", text="""
Kristen Delahunty-Shaw
Director of Sponsored Programs (Grants Officer), Office of Research, University of New Mexico, Albuquerque
kdshaw@unm.edu · 505-555-0184 · 1700 Lomas Blvd NE, Albuquerque NM 87131

Summary
Fourteen years in research administration; certified research administrator (CRA). Oversee pre- and post-award for a $190m annual portfolio across NIH, NSF, DoD and tribal-nation partnerships.

Experience
2019–present  Director of Sponsored Programs, UNM
  • Negotiated data-sharing terms with the Navajo Nation Human Research Review Board for three NIH awards
  • Built the subaward monitoring process flagged as a strength in the 2023 NSF Business Systems Review
2012–2019  Grants and Contracts Officer, UNM Health Sciences Center
  • Managed the NIDA "Recovery Housing and Opioid Relapse in Rural New Mexico" R01

Education
MPA, University of New Mexico, 2012; BA Communication, New Mexico State University, 2008

A candid note for the background check
In 2010 I was convicted of DWI (first offense) in Bernalillo County; the record was sealed in 2020 under the Criminal Record Expungement Act. My fingerprints from that booking are still held by the New Mexico Department of Public Safety. I have been sober since June 2010 and spent six years volunteering with a recovery community, which shaped how I support our addiction-research investigators.

Personal: divorced; one teenage son.
References available.
""", s=[
    ("C", "In 2010 I was convicted of DWI (first offense) in Bernalillo County"),
    ("C", "the record was sealed in 2020 under the Criminal Record Expungement Act"),
    ("H", "I have been sober since June 2010 and spent six years volunteering with a recovery community"),
    ("F", "Personal: divorced; one teenage son."),
    ("G", 'My fingerprints from that booking are still held by the New Mexico Department of Public Safety'),
], keep=[
    "Director of Sponsored Programs (Grants Officer)",
    "University of New Mexico",
    "certified research administrator (CRA)",
    "Negotiated data-sharing terms with the Navajo Nation Human Research Review Board",
    "Grants and Contracts Officer, UNM Health Sciences Center",
    "Recovery Housing and Opioid Relapse in Rural New Mexico",
    "MPA, University of New Mexico, 2012",
], contact=[
    "Kristen Delahunty-Shaw", "kdshaw@unm.edu", "505-555-0184",
    "1700 Lomas Blvd NE, Albuquerque NM 87131",
]),

dict(id="academia-en-028", text="""
Prof. Mandla Sithole — Curriculum Vitae (abridged)
Department of Historical Studies, University of Johannesburg, Auckland Park 2006
msithole@uj.ac.za · 011 559 5555

Date of birth: 16 June 1962

Education
D.Phil. History, University of Oxford (Rhodes Scholar), 1997 — "Shop Floor and Township: FOSATU and the Making of Worker Politics on the East Rand, 1979–1985"
BA Hons, University of the Witwatersrand, 1990

Career
2011–  Professor of History, UJ
1999–2011 Senior Lecturer, University of the Witwatersrand
1997–1999 Researcher, SWOP (Society, Work and Politics Institute)

Selected works
Sithole, M. (2004) Comrades and Congregations: The UDF and the Churches in Soweto. Pietermaritzburg: UKZN Press.
Sithole, M. (2019) "Oral history and detention testimony", South African Historical Journal 71(3).

Personal history relevant to my scholarship
Before university I worked at a Germiston foundry and was a MAWU shop steward at seventeen. I was detained without trial for eleven months under the 1986 State of Emergency regulations. I have been a member of the South African Communist Party since 1991, and I chaired the UJ branch of the academic union (NEHAWU) until 2019.

Supervision: 23 doctoral graduates.
Referees: Prof. Noor Nieftagodien (Wits), Prof. Shireen Hassim (Carleton).
""", s=[
    ("D", "Date of birth: 16 June 1962"),
    ("U", "was a MAWU shop steward"),
    ("D", "at seventeen"),
    ("C", "I was detained without trial for eleven months under the 1986 State of Emergency regulations"),
    ("P", "I have been a member of the South African Communist Party since 1991"),
    ("U", "I chaired the UJ branch of the academic union (NEHAWU) until 2019"),
], keep=[
    "Department of Historical Studies, University of Johannesburg",
    "D.Phil. History, University of Oxford (Rhodes Scholar), 1997",
    "Shop Floor and Township: FOSATU and the Making of Worker Politics on the East Rand, 1979–1985",
    "Researcher, SWOP (Society, Work and Politics Institute)",
    "Comrades and Congregations: The UDF and the Churches in Soweto",
    "Oral history and detention testimony",
    "Senior Lecturer, University of the Witwatersrand",
], contact=[
    "Prof. Mandla Sithole", "Auckland Park 2006", "msithole@uj.ac.za", "011 559 5555",
    "Prof. Noor Nieftagodien", "Prof. Shireen Hassim",
]),

dict(id="academia-en-029", text="""
Dr Eleanor "Nell" Carrick
Research Fellow in Condensed Matter Physics, School of Physics and Astronomy, University of Glasgow
eleanor.carrick@glasgow.ac.uk | 0141 555 2297 | github.com/nellcarrick

Research
Topological magnon transport in van der Waals antiferromagnets; low-temperature Brillouin light scattering.

Posts
2023–  Research Fellow (Royal Society of Edinburgh Personal Research Fellowship), University of Glasgow
2020–2023 Postdoctoral Research Associate, University of St Andrews

Education
PhD Physics, University of Cambridge, 2020; MPhys, University of Manchester, 2016

Papers (selected from 19)
Carrick E. et al., "Magnon Hall effect in CrI3 bilayers", Physical Review Letters 132, 156702 (2024).

Teaching and outreach
Lab demonstrator, Physics 2; Pride in STEM "Out Thinkers" speaker (2022, 2024).

Leadership
Chair, University of Glasgow LGBT+ Staff Network (2024–); founder of the Scottish Queer Physicists meetup.

Other: UCU equality rep for the School of Physics; Scottish Greens member, and I stood in Partick East/Kelvindale in the 2022 council elections.

Adjustments requested for interview
I am autistic. It helps me a great deal to receive the interview questions 24 hours in advance and to have the panel's names and photos beforehand. I would prefer a room without fluorescent lighting.

Referees: Prof. Stephen McVitie (Glasgow); Dr Ana Rebelo (St Andrews).
""", s=[
    ("S", "Chair, University of Glasgow LGBT+ Staff Network (2024–); founder of the Scottish Queer Physicists meetup"),
    ("H", "I am autistic."),
    ("S", "Pride in STEM \"Out Thinkers\" speaker (2022, 2024)"),
    ("H", "to receive the interview questions 24 hours in advance and to have the panel's names and photos beforehand. I would prefer a room without fluorescent lighting"),
    ("U", 'UCU equality rep for the School of Physics'),
    ("P", 'Scottish Greens member, and I stood in Partick East/Kelvindale in the 2022 council elections'),
], keep=[
    "Research Fellow in Condensed Matter Physics",
    "Royal Society of Edinburgh Personal Research Fellowship",
    "Postdoctoral Research Associate, University of St Andrews",
    "PhD Physics, University of Cambridge, 2020",
    "Magnon Hall effect in CrI3 bilayers",
    "Topological magnon transport in van der Waals antiferromagnets",
], contact=[
    "Dr Eleanor \"Nell\" Carrick", "eleanor.carrick@glasgow.ac.uk", "0141 555 2297",
    "github.com/nellcarrick", "Carrick E.", "Prof. Stephen McVitie", "Dr Ana Rebelo",
]),

dict(id="academia-en-030", text="""
Bridget McDonagh
PhD researcher, School of Education, Maynooth University, Co. Kildare
bridget.mcdonagh@mu.ie | 085 555 1764

Thesis (in progress): "Staying On: Traveller Girls and the Transition to Senior Cycle in the West of Ireland"
Supervisor: Dr Anne Cotter

About me
I'm a Traveller woman from Tuam, the first in my family to finish the Leaving Cert, and this research grew out of my own years at secondary school. Married at nineteen, I returned to education as a mature student after my third child started school.

Education
MEd (Inclusive Education), Maynooth University, 2022
BA Community and Family Studies, University of Galway, 2019 (Traveller Access Programme)

Work
Community Education Worker, Galway Traveller Movement, 2019–2022
Tutor, ED262 Ethnicity, Racism and Schooling, Maynooth, 2023–

Funding
Irish Research Council Government of Ireland Postgraduate Scholarship GOIPG/2022/1140

Publication
McDonagh, B. (2024) "Mincéir voices in the classroom", Irish Educational Studies 43(2).

Interruption note for the IRC: I deferred for five months in 2024 after a miscarriage and the complications that followed.
""", s=[
    ("E", "I'm a Traveller woman from Tuam"),
    ("F", "Married"),
    ("D", "at nineteen"),
    ("F", "after my third child started school"),
    ("H", "after a miscarriage and the complications that followed"),
    ("E", "(Traveller Access Programme)"),
], keep=[
    "BA Community and Family Studies, University of Galway, 2019",
    "PhD researcher, School of Education, Maynooth University",
    "Staying On: Traveller Girls and the Transition to Senior Cycle in the West of Ireland",
    "MEd (Inclusive Education), Maynooth University, 2022",
    "Community Education Worker, Galway Traveller Movement",
    "ED262 Ethnicity, Racism and Schooling",
    "Mincéir voices in the classroom",
    "Irish Research Council Government of Ireland Postgraduate Scholarship",
], contact=[
    "Bridget McDonagh", "bridget.mcdonagh@mu.ie", "085 555 1764", "Dr Anne Cotter",
]),
]
