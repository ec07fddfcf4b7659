# Hand-written academic CVs, English, 031-040.

CVS = [
dict(id="academia-en-031", text="""
DeShawn Ellery
Research Laboratory Technician II — Hemoglobinopathy Research Core, St. Jude Children's Research Hospital, Memphis TN
deshawn.ellery@stjude.org | (901) 555-0122 | 262 Danny Thomas Pl, Memphis TN 38105

Summary
Lab tech with seven years' bench experience in red-cell biology: HPLC hemoglobin fractionation, CD34+ cell culture, flow cytometry, CRISPR editing of BCL11A enhancer in patient-derived HSPCs.

Work history
2021–present  Research Lab Technician II, Hemoglobinopathy Research Core, St. Jude
• Process 600+ samples a year from the Sickle Cell Clinical Research and Intervention Program (SCCRIP)
• Maintain chain-of-custody for biobank specimens under IRB Pro00004213
2019–2021  Lab Technician I, Department of Pathology, University of Tennessee Health Science Center

Education
BS Biology, Tougaloo College, 2019
ASCP Technologist in Molecular Biology, MB(ASCP), 2022

Why I joined this lab
A 23andMe test in college told me I carry sickle-cell trait (HbAS); my little brother has sickle-cell disease. I also live with asthma and keep an inhaler at the bench, which has never affected hood work.

Background check note: I have a juvenile adjudication for shoplifting from when I was fifteen; the record was sealed by Shelby County Juvenile Court in 2016.

Hobbies: step team coach at my old high school; choir at Mississippi Boulevard Christian Church, where my fiancé Andre and I met.

Reference: Dr. Mitchell Weiss, Chair of Hematology, St. Jude.
""", s=[
    ("G", "A 23andMe test in college told me I carry sickle-cell trait (HbAS); my little brother has sickle-cell disease"),
    ("H", "I also live with asthma and keep an inhaler at the bench"),
    ("R", "choir at Mississippi Boulevard Christian Church"),
    ("C", 'I have a juvenile adjudication for shoplifting'),
    ("D", 'from when I was fifteen'),
    ("C", 'the record was sealed by Shelby County Juvenile Court in 2016'),
    ("S", 'my fiancé Andre'),
], keep=[
    "Research Laboratory Technician II",
    "Hemoglobinopathy Research Core, St. Jude Children's Research Hospital",
    "CRISPR editing of BCL11A enhancer in patient-derived HSPCs",
    "Sickle Cell Clinical Research and Intervention Program (SCCRIP)",
    "Lab Technician I, Department of Pathology, University of Tennessee Health Science Center",
    "BS Biology, Tougaloo College, 2019",
    "ASCP Technologist in Molecular Biology, MB(ASCP), 2022",
], contact=[
    "DeShawn Ellery", "deshawn.ellery@stjude.org", "(901) 555-0122",
    "262 Danny Thomas Pl, Memphis TN 38105", "Dr. Mitchell Weiss",
]),

dict(id="academia-en-032", text="""
Dr. Rania Al-Khatib
Assistant Professor, School of Social Work, McGill University, Montréal QC
3506 University St, Montréal QC H3A 2A7 · rania.alkhatib@mcgill.ca · 514-555-0137

Research program
Refugee resettlement, private sponsorship and mental health among Syrian and Yazidi families in Canada; trauma-informed research ethics.

Appointments
2022– Assistant Professor, McGill School of Social Work
2020–2022 Banting Postdoctoral Fellow, Faculty of Health Sciences, Simon Fraser University

Education
PhD Social Work, University of Toronto, 2020 — "Sponsored Lives: Private Refugee Sponsorship and the Ethics of Obligation"
BA Sociology, Damascus University, 2011

Grants
SSHRC Partnership Development Grant 890-2023-0012, "Yazidi Women's Wellbeing after Resettlement" (co-applicant)
Fonds de recherche du Québec – Société et culture, Établissement de la relève professorale (2023–2026)

Courses
SWRK 620 Forced Migration and Social Work; SWRK 333 Social Work and Religion

Positionality
I arrived in Canada in 2016 as a government-assisted refugee from Aleppo and became a citizen in 2020. My fingerprints and photograph were taken by IRCC at my resettlement interview and remain in its biometric records. I am Muslim and wear hijab, which shaped how sponsorship groups at churches received me as an interviewer. I am the mother of three and care for my mother, who lives with us.
""", s=[
    ("E", "I arrived in Canada in 2016 as a government-assisted refugee from Aleppo and became a citizen in 2020"),
    ("R", "I am Muslim and wear hijab"),
    ("F", "I am the mother of three and care for my mother, who lives with us."),
    ("G", 'My fingerprints and photograph were taken by IRCC at my resettlement interview and remain in its biometric records.'),
], keep=[
    "Assistant Professor, School of Social Work, McGill University",
    "mental health among Syrian and Yazidi families in Canada",
    "Banting Postdoctoral Fellow, Faculty of Health Sciences, Simon Fraser University",
    "Sponsored Lives: Private Refugee Sponsorship and the Ethics of Obligation",
    "Yazidi Women's Wellbeing after Resettlement",
    "SWRK 620 Forced Migration and Social Work",
    "SWRK 333 Social Work and Religion",
    "PhD Social Work, University of Toronto, 2020",
], contact=[
    "Dr. Rania Al-Khatib", "3506 University St, Montréal QC H3A 2A7",
    "rania.alkhatib@mcgill.ca", "514-555-0137",
]),

dict(id="academia-en-033", text="""
Rev. Dr Jennifer (Jen) Halvorsen
Senior Lecturer in Systematic Theology, Pilgrim Theological College, University of Divinity, Melbourne
29 College Crescent, Parkville VIC 3052 · jhalvorsen@pilgrim.edu.au · 03 9555 8143

QUALIFICATIONS
PhD (Theology), University of Divinity, 2012: "Grace and Contingency: Bonhoeffer's Ethics after Auschwitz"
BTheol (Hons), Flinders University, 2004

ORDINATION
Minister of the Word, Uniting Church in Australia, ordained 2006 (Synod of South Australia).

POSITIONS
2016– Senior Lecturer, Pilgrim Theological College
2012–2016 Lecturer in Theology, Flinders University
2006–2011 Minister, Port Adelaide Uniting Church

PUBLICATIONS
Halvorsen, J. (2019). Bonhoeffer in the Antipodes. Adelaide: ATF Press.
Halvorsen, J. (2023). "Marriage liturgies after the 2018 Assembly decision", Uniting Church Studies 25(1).

TEACHING
Christian Ethics; Sexuality and the Body in Christian Thought; Reformation Theology

OTHER
I hold my faith as a Uniting Church minister. In 2018, after the Assembly decision, I married my partner Sarah; I had lived with her for twelve years and was for some of that time quietly out only to my presbytery. I am 52. In 2014 I took part in a #LoveMakesAWay prayer sit-in at the Immigration Minister's office and was convicted of trespass (fined $300).

Referees: Rev. Prof. Sean Winter; Dr Katharine Massam.
""", s=[
    ("R", "I hold my faith as a Uniting Church minister"),
    ("S", "I married my partner Sarah; I had lived with her for twelve years and was for some of that time quietly out only to my presbytery"),
    ("D", "I am 52."),
    ("C", 'was convicted of trespass (fined $300)'),
], keep=[
    "Senior Lecturer in Systematic Theology, Pilgrim Theological College",
    "Grace and Contingency: Bonhoeffer's Ethics after Auschwitz",
    "Minister of the Word, Uniting Church in Australia, ordained 2006",
    "Minister, Port Adelaide Uniting Church",
    "Bonhoeffer in the Antipodes",
    "Marriage liturgies after the 2018 Assembly decision",
    "Sexuality and the Body in Christian Thought",
    "Lecturer in Theology, Flinders University",
], contact=[
    "Rev. Dr Jennifer (Jen) Halvorsen", "29 College Crescent, Parkville VIC 3052",
    "jhalvorsen@pilgrim.edu.au", "03 9555 8143", "Rev. Prof. Sean Winter", "Dr Katharine Massam",
]),

dict(id="academia-en-034", text="""
ORCID record export — 0000-0001-5520-8846
Name: Peter R. Langridge (Emeritus Professor of Statistics, University of Adelaide)
Email: peter.langridge@adelaide.edu.au
Country: Australia
Keywords: survival analysis; competing risks; linkage; cancer registries

Employment
- University of Adelaide, School of Mathematical Sciences: Emeritus Professor (2019-present)
- University of Adelaide: Professor of Statistics (2001-2019)
- CSIRO Division of Mathematics and Statistics: Research Scientist (1988-2001)

Education and qualifications
- Australian National University: PhD (Statistics) (1988)
- University of Melbourne: BSc (Hons) (1983)

Distinctions
- Fellow of the Australian Academy of Science (2010)
- Pitman Medal, Statistical Society of Australia (2012)

Works (selected, 6 of 214)
- Competing risks regression for registry data with linkage error. Biometrika. 2021. DOI: 10.1093/biomet/asaa077
- Survival after prostate cancer by Aboriginal status in South Australia. Med J Aust. 2018.
- Multiple imputation for missing stage in cancer registries. Stat Med. 2015.
- Linking hospital and prison records: a probabilistic approach. Aust N Z J Stat. 2011.
- Sibling designs in twin-registry studies of schizophrenia. Genet Epidemiol. 2006.
- The Kaplan-Meier estimator under dependent censoring. JRSS-B. 1996.

Funding
- NHMRC Project Grant APP1105432: Cancer outcomes for Aboriginal South Australians (2016-2019)
""", s=[], keep=[
    "Emeritus Professor of Statistics, University of Adelaide",
    "Research Scientist",
    "Fellow of the Australian Academy of Science (2010)",
    "Competing risks regression for registry data with linkage error",
    "Survival after prostate cancer by Aboriginal status in South Australia",
    "Linking hospital and prison records: a probabilistic approach",
    "Sibling designs in twin-registry studies of schizophrenia",
    "Cancer outcomes for Aboriginal South Australians",
], contact=[
    "0000-0001-5520-8846", "Peter R. Langridge", "peter.langridge@adelaide.edu.au",
]),

dict(id="academia-en-035", text="""
Ananya Bhattacharjee
Senior Research Fellow (PhD), CSIR-Institute of Genomics and Integrative Biology (IGIB), Mathura Road, New Delhi 110025
ananya.b@igib.in | +91 97170 55432

Personal details
DOB: 02.12.1997 | Gender: F | Nationality: Indian

Research
My PhD (AcSIR, registered 2021) studies founder variants and consanguinity in endogamous communities of West Bengal using the IndiGen whole-genome dataset. Supervisor: Dr. Vinod Scaria.

Experience
- SRF, IGIB (2023–): variant curation for the IndiGen rare-disease panel; ClinVar submissions (312 variants)
- JRF, IGIB (2021–2023)
- Summer trainee, National Institute of Biomedical Genomics, Kalyani (2019)

Education
M.Sc. Biotechnology, University of Calcutta, 2020 (gold medal)
B.Sc. Zoology (Hons), Presidency University, Kolkata, 2018

Fellowships: CSIR-NET JRF (AIR 38), 2020

Publications
1. Bhattacharjee A, Scaria V. "Beta-thalassaemia founder alleles in Bengali Hindu and Muslim sub-populations." Hum Genet. 2024.

Note
I was one of the 1,029 volunteers whose genomes were sequenced for IndiGen in 2019, so my own data sits in the reference set I now analyse. I am a beta-thalassaemia carrier, which I learned from premarital screening; engaged to be married in February 2027.
""", s=[
    ("D", "DOB: 02.12.1997"),
    ("G", "I was one of the 1,029 volunteers whose genomes were sequenced for IndiGen in 2019, so my own data sits in the reference set I now analyse"),
    ("G", "I am a beta-thalassaemia carrier"),
    ("F", "engaged to be married in February 2027"),
], keep=[
    "Senior Research Fellow (PhD)",
    "CSIR-Institute of Genomics and Integrative Biology (IGIB)",
    "founder variants and consanguinity in endogamous communities of West Bengal",
    "variant curation for the IndiGen rare-disease panel",
    "Beta-thalassaemia founder alleles in Bengali Hindu and Muslim sub-populations.",
    "M.Sc. Biotechnology, University of Calcutta, 2020",
    "CSIR-NET JRF (AIR 38), 2020",
], contact=[
    "Ananya Bhattacharjee", "Mathura Road, New Delhi 110025", "ananya.b@igib.in",
    "+91 97170 55432", "Dr. Vinod Scaria", "Scaria V.",
]),

dict(id="academia-en-036", text="""
Pieter van Wyk
Research Engineer, Centre for Renewable and Sustainable Energy Studies, Stellenbosch University
pvanwyk@sun.ac.za | +27 21 555 4417 | Banghoek Rd, Stellenbosch 7600

Experience
2017–present  Research Engineer, CRSES, Stellenbosch University
  • Operates the Helio100 concentrating-solar test facility
  • Field campaigns on agrivoltaics in the Breede River Valley with fruit growers
2014–2017  Test Engineer, Sasol Technology, Sasolburg

Education
MEng (Mechanical), Stellenbosch University, 2014
BEng (Mechanical), Stellenbosch University, 2012
Professional Engineer (Pr Eng), ECSA 20190331

Publications
van Wyk P., Dinter F. (2022) "Heliostat soiling rates in the Karoo", Solar Energy 231.

Languages: Afrikaans, English, working isiXhosa.

Personal
45 years old, married, three children; NG Kerk elder in Stellenbosch-Wes. Member of the Solidarity trade union since my Sasol years. One drunk-driving conviction (2009, fine and 12-month licence suspension). I vote DA and was a ward volunteer in the 2021 local elections.
""", s=[
    ("D", "45 years old"),
    ("F", "married, three children"),
    ("R", "NG Kerk elder in Stellenbosch-Wes"),
    ("U", "Member of the Solidarity trade union since my Sasol years"),
    ("P", "I vote DA and was a ward volunteer in the 2021 local elections"),
    ("C", 'One drunk-driving conviction (2009, fine and 12-month licence suspension)'),
], keep=[
    "Research Engineer, Centre for Renewable and Sustainable Energy Studies, Stellenbosch University",
    "Operates the Helio100 concentrating-solar test facility",
    "Test Engineer, Sasol Technology, Sasolburg",
    "MEng (Mechanical), Stellenbosch University, 2014",
    "Professional Engineer (Pr Eng)",
    "Heliostat soiling rates in the Karoo",
], contact=[
    "Pieter van Wyk", "pvanwyk@sun.ac.za", "+27 21 555 4417", "Banghoek Rd, Stellenbosch 7600",
    "ECSA 20190331", "Dinter F.",
]),

dict(id="academia-en-037", text="""
Dr Tomasz Wiśniewski-Grant MRCPsych
NIHR Clinical Lecturer in Psychiatry, Division of Psychiatry, University College London
t.wisniewski-grant@ucl.ac.uk · 020 7555 0164 · Maple House, 149 Tottenham Court Road, London W1T 7NF

Research: peer-led crisis care; compulsory admission under the Mental Health Act 1983; lived-experience co-production.

Posts
2022–  NIHR Clinical Lecturer, UCL (ST6 General Adult Psychiatry, Camden and Islington)
2018–2022 NIHR Academic Clinical Fellow, King's College London

Education
PhD, UCL, 2022: "Detained: Service-User Accounts of Section 3 Admissions in North London"
MBBS, King's College London, 2012

Grants
NIHR Research for Patient Benefit, "Crisis Houses versus Acute Wards for Bipolar Relapse" (co-PI, £349k)

Lived experience statement
I bring lived experience to this work: I was diagnosed with bipolar I disorder in my final year of medical school and was detained under section 2 in 2011. I have been well on lithium for many years and am open about this with patients where it helps. I was born in Łódź and came to the UK aged twelve.

Other
Member of the Green Party since 2019. Volunteer, Mind in Camden. My partner Ben and I foster teenagers through Camden Council.
""", s=[
    ("H", "I was diagnosed with bipolar I disorder in my final year of medical school and was detained under section 2 in 2011"),
    ("H", "I have been well on lithium for many years"),
    ("E", "I was born in Łódź and came to the UK"),
    ("D", "aged twelve"),
    ("P", "Member of the Green Party"),
    ("S", 'My partner Ben'),
    ("F", 'foster teenagers through Camden Council'),
], keep=[
    "NIHR Clinical Lecturer in Psychiatry, Division of Psychiatry, University College London",
    "compulsory admission under the Mental Health Act 1983",
    "Detained: Service-User Accounts of Section 3 Admissions in North London",
    "Crisis Houses versus Acute Wards for Bipolar Relapse",
    "NIHR Academic Clinical Fellow, King's College London",
    "MBBS, King's College London, 2012",
    "Volunteer, Mind in Camden",
], contact=[
    "Dr Tomasz Wiśniewski-Grant", "t.wisniewski-grant@ucl.ac.uk", "020 7555 0164",
    "Maple House, 149 Tottenham Court Road, London W1T 7NF",
]),

dict(id="academia-en-038", text="""
Curriculum Vitae — Daniel K. Ashby, Ph.D.
Associate Professor of Political Science, Brigham Young University, Provo, UT 84602
dkashby@byu.edu · 801-555-0199

Education
Ph.D., Political Science, Duke University, 2010
B.A., Political Science, Brigham Young University, 2004 (magna cum laude)

Research
American political parties, county party organizations, caucus-convention nominating systems, and religion and voting.

Appointments
2016– Associate Professor, BYU; 2010–2016 Assistant Professor, BYU

Book
The Convention Floor: Utah's Caucus System and the Polarization of State Parties (University of Michigan Press, 2019)

Articles
"Latter-day Saint voters and Trump, 2016-2024," Politics and Religion (2025)
"Precinct chairs as party brokers," Party Politics (2017)

Grants
Center for the Study of Elections and Democracy, "Utah County Convention Delegate Survey 2024" ($48,000)

Personal
Born April 1979 in Idaho Falls. Served a full-time mission for the Church of Jesus Christ of Latter-day Saints in Tokyo (1998–2000). I am an elected Republican precinct chair in Orem and a state convention delegate, which gives me unusual access for the delegate surveys. Married to Rebecca; we have six children.
""", s=[
    ("D", "Born April 1979"),
    ("R", "Served a full-time mission for the Church of Jesus Christ of Latter-day Saints in Tokyo (1998–2000)"),
    ("P", "I am an elected Republican precinct chair in Orem and a state convention delegate"),
    ("F", "Married to Rebecca; we have six children."),
], keep=[
    "Associate Professor of Political Science, Brigham Young University",
    "Ph.D., Political Science, Duke University, 2010",
    "American political parties, county party organizations, caucus-convention nominating systems, and religion and voting",
    "The Convention Floor: Utah's Caucus System and the Polarization of State Parties",
    "Latter-day Saint voters and Trump, 2016-2024,",
    "Precinct chairs as party brokers,",
    "Utah County Convention Delegate Survey 2024",
], contact=[
    "Daniel K. Ashby", "Provo, UT 84602", "dkashby@byu.edu", "801-555-0199",
]),

dict(id="academia-en-039", text="""
Ciara Donnellan
Senior Technical Officer, School of Biomolecular and Biomedical Science, University College Dublin, Belfield, Dublin 4
ciara.donnellan@ucd.ie | 01 716 5555

Role
I run the undergraduate teaching laboratories for stage 2 and 3 biochemistry and the school's tissue culture suite, and I coordinate safety for Category 2 containment work.

Experience
2016–present  Senior Technical Officer, UCD School of Biomolecular and Biomedical Science
2010–2016     Technical Officer, Conway Institute, UCD
2008–2010     QC Analyst, Pfizer Grange Castle

Skills
Practical class preparation for 400 students a semester; mammalian cell culture; qPCR; SDS-PAGE and Western blot; chemical and biological risk assessment; ordering and budget for €180k consumables; training of demonstrators.

Qualifications
BSc Biotechnology, Dublin City University, 2008
Certificate in University Teaching and Learning, UCD, 2019
IOSH Managing Safely, 2017

Awards
UCD Staff Excellence Award (Technical), 2023.

References
Prof. Walter Kolch, Conway Institute, UCD
Dr Orla Hennessy, Head of School
""", s=[], keep=[
    "Senior Technical Officer, School of Biomolecular and Biomedical Science, University College Dublin",
    "Technical Officer, Conway Institute, UCD",
    "QC Analyst, Pfizer Grange Castle",
    "BSc Biotechnology, Dublin City University, 2008",
    "Certificate in University Teaching and Learning, UCD, 2019",
    "UCD Staff Excellence Award (Technical), 2023.",
], contact=[
    "Ciara Donnellan", "ciara.donnellan@ucd.ie", "01 716 5555",
    "Prof. Walter Kolch", "Dr Orla Hennessy",
]),

dict(id="academia-en-040", text="""
Sasha Kovalenko-Reid
Research Associate, Centre for Addiction and Mental Health (CAMH) / University of Toronto
sasha.kr@camh.ca — 647-555-0115 — 250 College St, Toronto ON M5T 1R8

Research areas
Pharmacogenetics of antidepressant response; polygenic risk scores; research with 2SLGBTQ+ communities.

Positions
2021–  Research Associate, Campbell Family Mental Health Research Institute, CAMH
2019–2021 Teaching Assistant, Dept. of Psychology, University of Toronto
  — CUPE 3902 Unit 1 steward for Psychology TAs; on the bargaining team in the 2020 round.

Education
MSc Medical Science, University of Toronto, 2021
BSc Psychology, Queen's University, 2017

Selected publications
Kovalenko-Reid S., Kennedy J.L. "CYP2C19 genotype-guided escitalopram dosing: a pragmatic RCT." Am J Psychiatry. 2025.
Kovalenko-Reid S. et al. "Minority stress and depressive symptoms among queer women in Ontario." LGBT Health. 2023.

Other
Ukrainian-born (Kharkiv), permanent resident since 2012. NDP member. Arrested and fined under the Railway Safety Act at a 2020 Wet'suwet'en solidarity rail blockade in Toronto.

Volunteer
Board member, The 519 (LGBTQ2S community centre); I'm a lesbian and have been on the Dyke March organising committee since 2019.

Personal history relevant to pharmacogenomic trial participation
I had my own CYP2D6/CYP2C19 panel done when I took part in the IMPACT study in 2018 (I'm a CYP2C19 poor metaboliser), after two years of treatment for depression.
""", s=[
    ("U", "CUPE 3902 Unit 1 steward for Psychology TAs; on the bargaining team in the 2020 round."),
    ("S", "Board member, The 519 (LGBTQ2S community centre)"),
    ("S", "I'm a lesbian and have been on the Dyke March organising committee since 2019"),
    ("G", "I had my own CYP2D6/CYP2C19 panel done when I took part in the IMPACT study in 2018 (I'm a CYP2C19 poor metaboliser)"),
    ("H", "after two years of treatment for depression"),
    ("E", 'Ukrainian-born (Kharkiv), permanent resident since 2012'),
    ("P", 'NDP member'),
    ("C", "Arrested and fined under the Railway Safety Act at a 2020 Wet'suwet'en solidarity rail blockade in Toronto"),
], keep=[
    "Research Associate, Centre for Addiction and Mental Health (CAMH)",
    "Pharmacogenetics of antidepressant response",
    "research with 2SLGBTQ+ communities",
    "CYP2C19 genotype-guided escitalopram dosing: a pragmatic RCT.",
    "Minority stress and depressive symptoms among queer women in Ontario.",
    "Teaching Assistant, Dept. of Psychology, University of Toronto",
    "MSc Medical Science, University of Toronto, 2021",
], contact=[
    "Sasha Kovalenko-Reid", "sasha.kr@camh.ca", "647-555-0115", "250 College St, Toronto ON M5T 1R8",
    "Kennedy J.L.",
]),
]
