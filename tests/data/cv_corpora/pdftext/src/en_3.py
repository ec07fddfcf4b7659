# English CVs 021-030, as text extracted from PDF / Word files. Written by hand.
CVS = []

# 021 UK (London) - new Europass online CV exported to PDF; section labels in capitals, icons lost
CVS.append(dict(
text="""Funmilayo Adeyemi-Clarke
Date of birth: 12/07/1990    Nationality: Nigerian, British
Phone number: (+44) 7723 118 405 (Mobile)
Email address: funmi.adeyemi.clarke@gmail.com
Address: Flat 9, 27 Fentiman Road, SW8 1LD, London, United Kingdom (Home)

ABOUT MYSELF
Tax compliance officer who enjoys the awkward cases. I want to move into international
tax policy.

WORK EXPERIENCE
HM REVENUE AND CUSTOMS – LONDON, UNITED KINGDOM
TAX COMPLIANCE OFFICER (HIGHER OFFICER) – 01/2018 – CURRENT
Compliance checks on large partnerships and LLPs; yield of £3.4m in 2023
Trained 12 new officers on the Corporation Tax Self Assessment manual
PCS union representative for the Stratford office since 2021 (facility time 10%)

MINISTRY OF JUSTICE – LONDON, UNITED KINGDOM
ADMINISTRATIVE OFFICER – 09/2013 – 12/2017
Case progression for the Employment Tribunal (London Central)

EDUCATION AND TRAINING
09/2010 – 06/2013 London, United Kingdom
BSC ECONOMICS Queen Mary University of London

CTA (Chartered Tax Adviser) – part 2 of 3 passed, 2023

LANGUAGE SKILLS
Mother tongue(s): ENGLISH | YORUBA

VOLUNTEERING
Volunteer steward at Pride in London every year since 2016, with my girlfriend
Ama.
Women's officer, Vauxhall Constituency Labour Party (2019 – 2022).

This Europass CV was created with the Europass online editor.""",
sens=[("D", "Date of birth: 12/07/1990"), ("E", "Nationality: Nigerian, British"),
      ("U", "PCS union representative for the Stratford office since 2021"),
      ("O", "with my girlfriend\nAma"), ("P", "Women's officer, Vauxhall Constituency Labour Party")],
keep=["HM REVENUE AND CUSTOMS", "TAX COMPLIANCE OFFICER (HIGHER OFFICER)",
      "Compliance checks on large partnerships and LLPs", "ADMINISTRATIVE OFFICER",
      "Case progression for the Employment Tribunal (London Central)", "BSC ECONOMICS Queen Mary University of London",
      "CTA (Chartered Tax Adviser)", "MINISTRY OF JUSTICE"],
contact=["Funmilayo Adeyemi-Clarke", "(+44) 7723 118 405", "funmi.adeyemi.clarke@gmail.com",
         "Flat 9, 27 Fentiman Road, SW8 1LD, London, United Kingdom"],
))

# 022 Australia (Melbourne) - two-column template merged line by line
CVS.append(dict(
text="""SOPHIE PAPADOPOULOS                         Secondary Teacher – Science
0421 600 387   sophie.papa.teach@gmail.com   Northcote VIC 3070

PERSONAL                    CAREER OBJECTIVE
Age: 44                     Experienced chemistry and general science teacher
                            seeking a Learning Specialist position in the
Family                      northern suburbs.
Married to Kate;
two girls at primary        EMPLOYMENT
school                      Northcote High School – Science Teacher /
                            Year 10 Coordinator          2012 – present
Faith                       ● VCE Chemistry Units 3/4, median study score 33
Greek Orthodox – I          ● Year 10 Coordinator for 260 students
sing in the choir at St     ● Australian Education Union sub-branch president
Eustathios, South             since 2017
Melbourne                   Thornbury High School – Graduate Teacher
                            2008 – 2012
HEALTH NOTE                 ● Junior science; started the STEM club
Fragile X premutation
carrier (tested 2018,       QUALIFICATIONS
before our second           Master of Teaching (Secondary), University of
pregnancy)                  Melbourne, 2007
                            BSc (Chemistry), Monash University, 2005
SKILLS                      VIT registration – full, current
Compass, Stile,
VCE data analysis           REFEREES
                            Mr Paul Nguyen, Principal – 03 9488 2100""",
sens=[("D", "Age: 44"), ("O", "Married to Kate"), ("F", "two girls at primary"),
      ("R", "Greek Orthodox – I"), ("R", "sing in the choir at St"),
      ("U", "Australian Education Union sub-branch president"), ("G", "Fragile X premutation\ncarrier"), ("F", "pregnancy")],
keep=["Secondary Teacher – Science", "Northcote High School – Science Teacher /", "Year 10 Coordinator for 260 students",
      "VCE Chemistry Units 3/4, median study score 33", "Thornbury High School – Graduate Teacher",
      "Master of Teaching (Secondary), University of", "BSc (Chemistry), Monash University", "VIT registration – full, current"],
contact=["SOPHIE PAPADOPOULOS", "0421 600 387", "sophie.papa.teach@gmail.com", "Northcote VIC 3070", "Mr Paul Nguyen",
         "03 9488 2100"],
))

# 023 US (Chicago) - Word resume, fixed-width wrap with hyphens, bullets as "-"
CVS.append(dict(
text="""LUIS ALBERTO ORTEGA, LCSW
Pilsen, Chicago, IL 60608 · 312-555-0114 · luis.ortega.lcsw@gmail.com

PROFILE
Licensed clinical social worker, 10 years in reentry and substance-use services. I came
to this work the long way: I was incarcerated from 2005 to 2008 on drug charges and have
been in recovery since 2008, which my clients usually find out on day one because I tell
them. First-generation Mexican-American, fully bilingual.

EXPERIENCE
Safer Foundation, Chicago — Clinical Supervisor, Reentry Services          2018 – present
- Supervise 9 case managers serving 400 men and women on parole and MSR
- Built the MAT (medication for opioid use disorder) referral path-
  way with Cook County Health
- Co-facilitate a support group for LGBTQ+ adults leaving Stateville
Thresholds — Case Manager, Dual Diagnosis ACT Team                        2014 – 2018
- Caseload of 28 adults with serious mental illness and co-occurring
  substance use

EDUCATION & LICENSURE
MSW, Jane Addams College of Social Work, University of Illinois Chicago (2014)
BA Sociology, Northeastern Illinois University (2011)
Illinois LCSW #149.021377; CADC (IAODAPCA)

PERSONAL
Single father of two teenagers; available for evening groups twice a week.""",
sens=[("C", "I was incarcerated from 2005 to 2008 on drug charges"), ("H", "in recovery since 2008"),
      ("E", "First-generation Mexican-American"), ("F", "Single father of two teenagers")],
keep=["Clinical Supervisor, Reentry Services", "Safer Foundation",
      "Supervise 9 case managers serving 400 men and women on parole and MSR",
      "Co-facilitate a support group for LGBTQ+ adults leaving Stateville", "Case Manager, Dual Diagnosis ACT Team",
      "MSW, Jane Addams College of Social Work", "CADC (IAODAPCA)", "Thresholds"],
contact=["LUIS ALBERTO ORTEGA", "Pilsen, Chicago, IL 60608", "312-555-0114", "luis.ortega.lcsw@gmail.com",
         "Illinois LCSW #149.021377"],
))

# 024 Nigeria (Lagos) - doctor's CV, table flattened with multiple spaces, page header
CVS.append(dict(
text="""DR. OLUWASEUN ADEBAYO-WILLIAMS, MBBS, FWACP
Curriculum Vitae                                                                 Page 1

Address:   14B Bode Thomas Street, Surulere, Lagos
Phone:     0817 449 2031
Email:     seun.adebayo.w@gmail.com

PERSONAL PARTICULARS
Date of birth          28/02/1988          Place of birth        Ibadan
Nationality            Nigerian            Ethnic group          Yoruba
Marital status         Single              Religion              Christian (RCCG)
Genotype               SS                  Blood group           O Rh+

CAREER OBJECTIVE
To practise as a consultant paediatrician in a teaching hospital with an interest in
haematology.

EXPERIENCE
Lagos University Teaching Hospital (LUTH), Idi-Araba
   Senior Registrar, Paediatrics                 2019 – date
   - Run the weekly sickle cell clinic (≈120 children on hydroxyurea)
   - Trained nurses on transcranial Doppler screening
   - General Secretary, Association of Resident Doctors (ARD), LUTH chapter 2021 – 2023
Federal Medical Centre, Abeokuta
   Medical Officer                               2014 – 2017

DR. OLUWASEUN ADEBAYO-WILLIAMS – CV                                              Page 2

EDUCATION
MBBS, University of Ibadan, 2012
Fellowship, West African College of Physicians (Paediatrics), 2023

PERSONAL NOTE
Living with sickle cell disease myself, I have had two crisis admissions in the last
five years, none affecting my training.

REFEREES
Prof. A. O. Akinsulie, Dept. of Paediatrics, LUTH – 0803 304 7712""",
sens=[("D", "Date of birth          28/02/1988"), ("E", "Ethnic group          Yoruba"),
      ("F", "Marital status         Single"), ("R", "Religion              Christian (RCCG)"), ("G", "Genotype               SS"),
      ("U", "General Secretary, Association of Resident Doctors (ARD), LUTH chapter"),
      ("H", "two crisis admissions in the last\nfive years"),
      ("G", "Living with sickle cell disease myself")],
keep=["Lagos University Teaching Hospital (LUTH)", "Senior Registrar, Paediatrics",
      "Run the weekly sickle cell clinic (≈120 children on hydroxyurea)", "Trained nurses on transcranial Doppler screening",
      "Federal Medical Centre, Abeokuta", "MBBS, University of Ibadan",
      "Fellowship, West African College of Physicians (Paediatrics)"],
contact=["DR. OLUWASEUN ADEBAYO-WILLIAMS", "14B Bode Thomas Street, Surulere, Lagos", "0817 449 2031",
         "seun.adebayo.w@gmail.com", "Prof. A. O. Akinsulie", "0803 304 7712"],
))

# 025 UK (Manchester) - scanned CV: OCR ligatures, hyphenation, a text box pasted at the end
CVS.append(dict(
text="""JAMIE RUSSELL-HOLT
Software Developer (C#/.NET)
Chorlton, Manchester M21 · 07958 223 614 · jamie@russellholt.dev · github.com/jrholt

PROFlLE
Backend developer with six years in ﬁntech and public-sector case management sys-
tems. Autistic (diagnosed 2019): I do my best work with clear tickets, written
feedback and a quiet desk, and I am very good at ﬁnding the edge case.

EXPERlENCE
Software Developer — Auto Trader UK, Manchester (2021 – present)
• Pricing API in .NET 8; p99 latency down from 380 ms to 90 ms
• Led the move of 30 services to Kubernetes (AKS)
Junior Developer — Civica, Manchester (2018 – 2021)
• Probation case-management software for the MoJ; offender risk-score ﬂags
• Wrote the data-retention jobs for youth-offending records

EDUCATlON
BSc Computer Science, University of Salford (2018)
AZ-204 Azure Developer Associate

[text box]
DlSCLOSURE — I have one conviction (2014, criminal damage), spent
since 2016. I mention it because I apply for DBS-checked work.
[text box]
Green Party member and volunteer leaﬂeter in Chorlton.
[text box]
Participant in the 100,000 Genomes Project (my family has inherited
dilated cardiomyopathy; I carry the TTN variant).""",
sens=[("H", "Autistic (diagnosed 2019)"), ("C", "one conviction (2014, criminal damage)"),
      ("P", "Green Party member"), ("G", "I carry the TTN variant"),
      ("G", "my family has inherited\ndilated cardiomyopathy")],
keep=["Software Developer (C#/.NET)", "Auto Trader UK", "Pricing API in .NET 8", "Led the move of 30 services to Kubernetes (AKS)",
      "Probation case-management software for the MoJ; offender risk-score ﬂags",
      "Wrote the data-retention jobs for youth-offending records", "BSc Computer Science, University of Salford",
      "AZ-204 Azure Developer Associate", "Civica"],
contact=["JAMIE RUSSELL-HOLT", "Chorlton, Manchester M21", "07958 223 614", "jamie@russellholt.dev", "github.com/jrholt"],
))

# 026 India (Kochi) - two-page Word CV, header/footer repeated, hard negatives on biometrics
CVS.append(dict(
text="""NIMMY THOMAS                                         nimmy.thomas.dev@gmail.com | +91 98461 30722
────────────────────────────────────────────────────────────────────────────────
CAREER SUMMARY
Backend developer (Java / Spring Boot) with 6 years in banking and government
integrations. Interested in identity and payments.

EXPERIENCE
UST, Thiruvananthapuram — Senior Software Engineer (Jun 2021 – present)
 ▪ Implemented Aadhaar e-KYC biometric authentication (fingerprint and IRIS via
   registered devices) for a private bank's branch-onboarding app
 ▪ UPI AutoPay mandate service, 2 million mandates a month
IBS Software, Kochi — Software Engineer (Jul 2018 – May 2021)
 ▪ Crew-rostering optimisation module for airline clients

Nimmy Thomas – Resume                                                          Page 1 of 2

NIMMY THOMAS                                         nimmy.thomas.dev@gmail.com | +91 98461 30722
────────────────────────────────────────────────────────────────────────────────
EDUCATION
B.Tech Computer Science, Rajagiri School of Engineering & Technology, 2018 (CGPA 8.4)

CERTIFICATIONS
Oracle Certified Professional, Java SE 11 Developer
AWS Certified Solutions Architect – Associate

PERSONAL DETAILS
Age               : 29
Religion          : Christian (Syro-Malabar Catholic)
Marital Status    : Married; husband working in Dubai, joining him is not planned
Address           : Thekkekara House, Kakkanad, Kochi – 682030

Nimmy Thomas – Resume                                                          Page 2 of 2""",
sens=[("D", "Age               : 29"), ("R", "Religion          : Christian (Syro-Malabar Catholic)"),
      ("F", "Marital Status    : Married; husband working in Dubai")],
keep=["Senior Software Engineer", "UST, Thiruvananthapuram",
      "Implemented Aadhaar e-KYC biometric authentication (fingerprint and IRIS via", "UPI AutoPay mandate service",
      "IBS Software, Kochi — Software Engineer", "Crew-rostering optimisation module for airline clients",
      "Oracle Certified Professional, Java SE 11 Developer", "AWS Certified Solutions Architect – Associate"],
contact=["NIMMY THOMAS", "Nimmy Thomas", "nimmy.thomas.dev@gmail.com", "+91 98461 30722",
         "Thekkekara House, Kakkanad, Kochi – 682030"],
))

# 027 Canada (Vancouver) - no sensitive mention; two-column PDF merged line by line
CVS.append(dict(
text="""PRIYA NAIDOO-GRANT                          Product Designer
                                             Vancouver, BC · 604-555-0138
                                             priya.ng.design@gmail.com
                                             priyang.design

EXPERIENCE                                   TOOLS
Senior Product Designer                      Figma, FigJam
Clio, Burnaby · 2021 – present               Maze, Dovetail
▪ Redesigned the legal billing flow;         Storybook
  invoice errors down 27%                    Framer
▪ Ran 40+ moderated sessions with small-
  firm lawyers                               EDUCATION
Product Designer                             BDes Interaction Design,
Hootsuite, Vancouver · 2017 – 2021           Emily Carr University
▪ Scheduling calendar redesign used by       of Art + Design (2017)
  18M accounts
▪ Built the first accessibility audit        TALKS
  process (WCAG 2.1 AA)                      "Designing for the
UX Intern                                    tired lawyer", UXVan
BC Public Service, Victoria · 2016           2023
▪ Service-design research on the
  provincial health-card renewal             LANGUAGES
                                             English, French (B2)
INTERESTS
Bouldering, film photography, and the Vancouver Mural Festival volunteer crew
(wayfinding signage, 2022 and 2023).""",
sens=[],
keep=["Senior Product Designer", "Clio, Burnaby", "Redesigned the legal billing flow;", "Hootsuite, Vancouver",
      "Built the first accessibility audit", "BDes Interaction Design,", "Figma, FigJam", "UX Intern"],
contact=["PRIYA NAIDOO-GRANT", "Vancouver, BC · 604-555-0138", "priya.ng.design@gmail.com", "priyang.design"],
))

# 028 Ireland (Galway/Tuam) - Word CV with "o" sub-bullets, lines broken at fixed width
CVS.append(dict(
text="""BRIDGET (BIDDY) McDONAGH
Community Development Worker
Tuam, Co. Galway · 085 119 6640 · biddy.mcdonagh.cdw@gmail.com

ABOUT ME
I'm a Traveller myself, a mother of three, and I have worked with Traveller and Roma
families for twelve years. In 2021 I had a stroke; after six months of rehab I came back
to full hours and the only trace left is a slightly slower left hand.

WORK EXPERIENCE
Galway Traveller Movement — Primary Health Care Coordinator   2016 – present
   o Coordinate 14 Traveller community health workers across Co. Galway
   o Ran the COVID vaccination outreach on halting sites (2021)
   o Co-wrote the submission on Traveller mental health to the HSE
Pavee Point Traveller and Roma Centre, Dublin — Project Worker   2011 – 2016
   o Supported Roma families with PPS numbers, school places and housing
     applications

EDUCATION
BA Community Development (Hons), NUI Galway (mature student), 2011
QQI Level 6 Certificate in Youth Work

OTHER
   o Secretary of the Sinn Féin cumann in Tuam since 2019
   o Mass every Sunday at the Cathedral of the Assumption; I do the readings
     once a month
   o Full clean driving licence, own car

Referees: Ms Orla Quinn, Galway Traveller Movement – 091 765 390""",
sens=[("E", "I'm a Traveller myself"), ("F", "a mother of three"), ("H", "In 2021 I had a stroke"),
      ("P", "Secretary of the Sinn Féin cumann in Tuam"), ("R", "Mass every Sunday at the Cathedral of the Assumption")],
keep=["Community Development Worker", "Galway Traveller Movement — Primary Health Care Coordinator",
      "Coordinate 14 Traveller community health workers across Co. Galway",
      "Co-wrote the submission on Traveller mental health to the HSE",
      "Pavee Point Traveller and Roma Centre, Dublin — Project Worker",
      "BA Community Development (Hons), NUI Galway", "QQI Level 6 Certificate in Youth Work"],
contact=["BRIDGET (BIDDY) McDONAGH", "Tuam, Co. Galway", "085 119 6640", "biddy.mcdonagh.cdw@gmail.com",
         "Ms Orla Quinn", "091 765 390"],
))

# 029 US (Atlanta) - Taleo export: pre-screening answers, then parsed resume
CVS.append(dict(
text="""Taleo Enterprise - Candidate Submission
Req. 24-0817 Senior Financial Analyst, FP&A (Atlanta, GA - Hybrid)
Candidate: Gregory "Greg" Haddad
Email: greg.haddad.fpa@gmail.com | Cell: (404) 555-0172
Address: 650 Ponce de Leon Ave NE, Unit 1210, Atlanta, GA 30308

Prescreening
Q: Are you able to perform the essential functions of the job with or without
reasonable accommodation?  A: Yes - I use a wheelchair (T10 spinal cord injury,
2012) and need an accessible workstation.
Q: Do you have a valid passport for occasional travel to Mexico?  A: Yes. I am also
enrolled in CLEAR (iris and fingerprint) and Global Entry.
Q: Minimum salary expectation?  A: $118,000

Resume
GREGORY HADDAD, CPA
EXPERIENCE
The Home Depot, Atlanta - Financial Analyst II, Store Operations FP&A - 2019-Present
  Owned the $2.1B labor budget model; weekly flash to the SVP
  Built the driver-based forecast in Anaplan
Delta Air Lines, Atlanta - Financial Analyst - 2016-2019
  Fuel hedging P&L attribution and variance commentary
EDUCATION
BBA Accounting, Georgia State University, Robinson College of Business (2015)
CPA, State of Georgia (2018)
COMMUNITY
Board member and treasurer, Atlanta Pride Committee (2019-2022)""",
sens=[("H", "I use a wheelchair (T10 spinal cord injury,\n2012)"), ("G", "enrolled in CLEAR (iris and fingerprint)"),
      ("O", "Board member and treasurer, Atlanta Pride Committee")],
keep=["Senior Financial Analyst, FP&A", "Financial Analyst II, Store Operations FP&A", "The Home Depot",
      "Owned the $2.1B labor budget model", "Built the driver-based forecast in Anaplan", "Delta Air Lines",
      "Fuel hedging P&L attribution and variance commentary", "CPA, State of Georgia (2018)"],
contact=["Gregory \"Greg\" Haddad", "GREGORY HADDAD", "greg.haddad.fpa@gmail.com", "(404) 555-0172",
         "650 Ponce de Leon Ave NE, Unit 1210, Atlanta, GA 30308"],
))

# 030 Australia (Sydney) - Word CV, ● bullets, header repeated on page 2
CVS.append(dict(
text="""Dr Hannah Liebermann – Senior Hospital Scientist
hannah.liebermann@outlook.com | 0402 771 935 | Marrickville NSW 2204

CAREER SUMMARY
Molecular pathology scientist (FAIMS) with 13 years in hereditary cancer and solid-tumour
testing at NSW Health Pathology.

EXPERIENCE
NSW Health Pathology – Royal Prince Alfred Hospital, Camperdown
Senior Hospital Scientist, Molecular Genetics                    2017 – present
● Validated the hereditary colorectal cancer NGS panel (MLH1, MSH2, MSH6, PMS2, APC)
● Reports 900 germline cases a year; NATA audit lead 2022
● HSU workplace delegate for the Camperdown scientists since 2019
Hospital Scientist, Molecular Genetics                          2011 – 2017
● Sanger confirmation, MLPA, fragment analysis

Dr Hannah Liebermann – Senior Hospital Scientist – page 2

EDUCATION
PhD Medical Genetics, University of Sydney (2011)
BSc (Hons I) Molecular Biology, UNSW (2006)
Fellow, Australian Institute of Medical and Clinical Scientists (FAIMS)

PERSONAL
● Born 1982; I came to the work personally – I have Lynch syndrome (MLH1),
  found by cascade testing after my father's bowel cancer
● Colonoscopy every two years; I plan leave around it
● Live with my partner Miriam and our son; we share the school run""",
sens=[("U", "HSU workplace delegate for the Camperdown scientists since 2019"), ("D", "Born 1982"),
      ("G", "I have Lynch syndrome (MLH1)"), ("G", "my father's bowel cancer"), ("H", "Colonoscopy every two years"), ("O", "my partner Miriam"),
      ("F", "our son")],
keep=["Senior Hospital Scientist, Molecular Genetics", "NSW Health Pathology",
      "Validated the hereditary colorectal cancer NGS panel (MLH1, MSH2, MSH6, PMS2, APC)",
      "Reports 900 germline cases a year; NATA audit lead 2022", "Sanger confirmation, MLPA, fragment analysis",
      "PhD Medical Genetics, University of Sydney", "BSc (Hons I) Molecular Biology, UNSW"],
contact=["Dr Hannah Liebermann", "hannah.liebermann@outlook.com", "0402 771 935", "Marrickville NSW 2204"],
))
