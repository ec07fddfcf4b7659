CVS = [
("science-en-021", """
GRAHAM ELLIOTT — RESUME
<<Rosemount, Aberdeen AB25 2XT>> | <<g.elliott.labmanager@btinternet.com>> | <<07823 445 019>>

PROFILE: Laboratory manager, 15 yrs, NHS clinical biochemistry and point-of-care testing. UKAS ISO 15189 lead. HCPC registered Biomedical Scientist.

EMPLOYMENT
2016-present: {{Laboratory Manager, Clinical Biochemistry, NHS Grampian}}
 * 2.4m tests/yr; 38 staff; {{newborn blood-spot screening for cystic fibrosis and PKU}}
 * Procured Roche cobas 8000 line (£3.1m)
 * [[U|Unison branch secretary for Aberdeen Royal Infirmary labs, 2017-2021]]
2009-2016: Senior BMS, {{NHS Tayside}}

QUALIFICATIONS
MSc Clinical Biochemistry (IBMS), BSc Biomedical Science, Robert Gordon University

PERSONAL
[[D|Age: 44]]. [[S|Civil partnership with Alasdair since 2012]]. [[P|SNP member, Aberdeen South branch]]. Enjoy hillwalking (Munro count 211).

SKILLS
{{ISO 15189 accreditation}}, {{point-of-care testing governance}}, LEAN, budget management, Telepath and Epic Beaker LIMS.

A personal link to screening: [[G|I learnt I am a cystic fibrosis carrier through cascade testing in 2015]].
"""),

("science-en-022", """
Fatima Zahra Benali
Regulatory Affairs Specialist — Medical Devices (EU MDR)
<<Rotterdam, Netherlands>> | <<fz.benali@proton.me>> | <<+31 6 2277 9041>>

Summary
5 years in device RA; technical documentation under EU MDR 2017/745, clinical evaluation reports, notified body liaison (BSI, TÜV SÜD).

Experience
{{Regulatory Affairs Specialist, Philips}}, Best — 2021-now
- {{MDR transition of 14 ultrasound product families}}
- Drafted {{PMCF plans for a sleep-apnoea therapy device}}
{{Junior RA Officer, Qserve Group}}, Arnhem — 2019-2021
- {{Biometric data protection assessment for a wrist-worn seizure detector}}

Education
MSc Biomedical Engineering, TU Delft (2019)

Personal
[[E|Dutch-Moroccan, born in Rotterdam to parents from Nador]]. [[R|I wear the hijab]] and pray at lunchtime — a quiet room is all I need. [[F|Married, one child]]. Amateur futsal player.
"""),

("science-en-023", """
<<Michael J. Brandt>>
Clinical Research Coordinator
<<Columbus, OH>> · <<mjbrandt.crc@gmail.com>> · <<(614) 555-0148>>

QUALIFICATIONS SUMMARY
- ACRP-CP certified; 5 years coordinating investigator-initiated and industry trials
- Epic, OnCore, REDCap; IRB submissions; informed consent in English and Spanish

EXPERIENCE
{{Clinical Research Coordinator II, The Ohio State University Wexner Medical Center}} — 2020–present
• {{Opioid use disorder trial comparing extended-release buprenorphine}} at 3 sites
• Liaison with the {{Institutional Review Board}} for 12 protocols
• {{Informed consent in English and Spanish}} for 140 participants
{{Research Assistant, Nationwide Children's Hospital}} — 2018–2020

EDUCATION
B.S. Psychology, Ohio University, 2018

PERSONAL STATEMENT
This work is personal. [[H|I am nine years in recovery from opioid addiction]]. [[C|I have a 2013 felony conviction for theft]]; [[C|Ohio sealed the record in 2021]], and I disclose it voluntarily. [[S|My boyfriend Luis]] and I volunteer with a harm-reduction van on weekends.
"""),

("science-en-024", """
SIOBHAN CARROLL
Food Science QA Technologist
<<Cork>> · <<siobhan.carroll.foodqa@gmail.com>> · <<086 772 5310>>

Experience
{{QA Technologist, Kerry Group}}, Charleville (2019–present)
• HACCP, BRCGS Issue 9 audits, allergen validation (ELISA, PCR)
• {{Shelf-life studies on infant-formula ingredients}}
• [[U|Elected Fórsa workplace representative]] for the lab and pilot plant
{{Lab Analyst, Dairygold Co-Operative Society}} (2016–2019)
• Milk compositional testing (FTIR), Listeria & Salmonella screening

Education
BSc Food Science, University College Cork (2016)

Personal
[[D|Born 14/08/1994]]. [[H|Coeliac — very handy in allergen work!]] [[R|Practising Catholic; I sing in the choir at St Fin Barre's]]. Camogie with [[S|my girlfriend Aoife]] on the same team.

Skills
{{Allergen validation}}, {{environmental monitoring for Listeria}}, SAP QM, root-cause analysis, internal auditing (BRCGS certified auditor course).

Disclosure: [[C|a 2015 conviction for shoplifting, spent under the Criminal Justice (Spent Convictions) Act 2016]].
"""),

("science-en-025", """
ARJUN MEHTA | Bioinformatics Scientist
<<Hyderabad>> | <<arjun.mehta.bioinfo@gmail.com>> | <<github.com/arjunmehta-ngs>>

TECHNICAL SKILLS: Python, R, Nextflow, GATK, DeepVariant, Docker, SLURM, AWS; {{rare-disease exome interpretation (ACMG)}}

EXPERIENCE
{{Bioinformatics Scientist, MedGenome Labs}}, Bengaluru — 2019–present
 ▪ {{Clinical exome pipeline for inherited cardiomyopathies}}
 ▪ Built {{GenomeIndia consortium}} variant frequency browser
 ▪ Reduced turnaround from 21 to 9 days
{{Research Fellow, CSIR-CCMB}}, Hyderabad — 2016–2019
 ▪ Population genetics of endogamous groups; {{ancestry analysis of South Asian genomes}}
 ▪ Co-author of 7 papers, including one in Nature Genetics

EDUCATION: M.Tech Bioinformatics, IIT Delhi (2016)

PERSONAL
[[D|DOB 23 Jan 1992]] · [[F|Married (wife is a paediatrician)]] · [[G|I ran my own exome as a pipeline test sample and it is still in the validation set]] · [[E|Category: SC]] · [[P|former ABVP unit secretary at IIT Delhi]] · Chess, carnatic vocals
"""),

("science-en-026", """
Candice Roberts-Nkemelu
Medical Affairs Manager, HIV & Infectious Diseases
<<Cape Town>> | <<candice.rn@outlook.co.za>> | <<+27 83 402 6615>>

PROFILE
Medical affairs leader with 10 years in HIV and TB; scientific communication, community advisory boards, publication planning.

EXPERIENCE
{{Medical Affairs Manager, Gilead Sciences South Africa}} — 2018–present
– Medical lead for {{lenacapavir PrEP community engagement}} with Treatment Action Campaign
– Organised {{community advisory board meetings with people living with HIV}}
{{Medical Advisor, Aspen Pharmacare}} — 2014–2018
– Scientific training for {{TB drug launches in SADC markets}}

EDUCATION
MB ChB, University of Cape Town (2011)

PERSONAL
[[E|Coloured, from Mitchells Plain]]. [[P|I served as an ANC Youth League branch secretary at UCT]], though I'm no longer active. [[S|I'm a lesbian and a trustee of the Triangle Project]]. [[F|Divorced, two kids]]. [[C|Arrested and fined in 2016 during the FeesMustFall protests]].
"""),

("science-en-027", """
Tom Whitaker
Senior Research Technician, Plant Sciences
<<Norwich NR4>> | <<tom.whitaker@fastmail.co.uk>> | <<07591 224 803>>

Skills: Plant tissue culture, CRISPR-Cas9 transformation of wheat, qPCR, controlled-environment rooms, HTA licence compliance (none needed), biosafety (GMO Contained Use).

Experience
{{Senior Research Technician, John Innes Centre}}, 2017–present
- {{Gene-edited wheat field trial under DEFRA consent}}
- Glasshouse manager for 3 research groups
{{Technician, Rothamsted Research}}, 2012–2017
- Broadbalk long-term experiment sampling; {{soil microbiome DNA extraction}}

Publications
Co-author, "{{Field performance of TaGW2-edited wheat}}", Plant Biotechnology Journal 2023.

Education
HND Applied Biology, Easton College

Other information
[[C|I have an unspent conviction (2022) for criminal damage during a Just Stop Oil protest]] and [[P|I'm a Green Party member]] — I keep my activism separate from my GMO research, which I support. [[U|UCU member]]. [[D|52]].
"""),

("science-en-028", """
DR. KATHERINE "KATE" ASHWORTH
Director, Biostatistics
<<Philadelphia, PA>> · <<kate.ashworth.stats@gmail.com>>

Summary
Biostatistician (PhD) with 16 years in pharma: adaptive designs, Bayesian borrowing, estimands (ICH E9 R1), FDA/EMA interactions.

Experience
{{Director, Biostatistics — Merck & Co.}}, 2017–present
• Statistical lead on {{pembrolizumab adjuvant melanoma trials}}
• Designed {{Bayesian dose-finding for a GLP-1 obesity program}}
{{Associate Director — GSK}}, 2011–2017
• {{Patient-reported outcomes analysis (EORTC QLQ-C30)}} in oncology

Education
PhD Biostatistics, Johns Hopkins Bloomberg School of Public Health

Service
Board of Directors, Women in Statistics & Data Science (ASA); FDA Oncology Center of Excellence advisory input on {{estimands for time-to-event endpoints}}

Personal
[[S|Married to my wife, Jenna]]. [[G|BRCA1 positive; I had a preventive mastectomy in 2019]] — [[H|which is also why I took 4 months' leave that year]]. [[R|Quaker (Germantown Monthly Meeting)]].
"""),

("science-en-029", """
Rohan D'Souza
R&D Chemist — Formulation (Personal Care)
<<Mumbai 400050>> · <<rohan.dsouza.rnd@gmail.com>> · <<+91 99201 44782>>

Experience
{{Senior R&D Chemist, Hindustan Unilever Research Centre}}, Bengaluru — 2019–present
◦ Formulated 11 launched SKUs (skin care, sunscreens)
◦ Stability, rheology, {{human repeat insult patch testing with a dermatology CRO}}
{{Formulation Chemist, Marico}} — 2015–2019
◦ Hair-oil and {{ayurvedic-inspired formulations}}, scale-up with the Jalgaon plant

Skills
{{Emulsion technology}}, DoE (Minitab), BIS cosmetic standards, claims substantiation, sensory panels

Education
M.Sc. Organic Chemistry, St. Xavier's College, Mumbai (2015)

Personal Details
[[D|Age: 33 years]]
[[R|Religion: Roman Catholic]]
[[E|Native of Goa (Goan Catholic community)]]
[[F|Marital Status: Unmarried]]
[[U|Member of the HUL Employees' Union, Research Centre unit]]
Passport: Valid
Health: [[G|beta-thalassaemia trait, confirmed in a college screening camp]]
"""),

("science-en-030", """
<<Naomi Achterberg>>
Clinical Operations Lead — Decentralised Trials
<<Utrecht>> · <<naomi.achterberg@gmail.com>>

WHAT I DO
I run decentralised and hybrid trials: eConsent, home nursing, wearables, direct-to-patient IMP shipment.

WHERE I'VE DONE IT
{{Clinical Operations Lead, Julius Clinical}} (2020 – )
 → {{Decentralised trial of a digital therapeutic for ADHD in adults}}
 → Vendor selection for {{actigraphy wearables collecting biometric sleep data}}
 → {{Patient association partnership with ADHD Nederland}}
{{Project Manager, PSI CRO}} (2016 – 2020)

EDUCATION
MSc Biomedical Sciences, Utrecht University

WHAT YOU SHOULD KNOW
[[H|I'm autistic and have ADHD myself]] — I do my best thinking in writing. [[F|Single, no children]]. [[P|I stand as a GroenLinks candidate for the municipal council in 2026]]. Languages: Dutch, English, German. [[U|FNV member]], mostly for the legal insurance.

TOOLS
{{Medidata Rave}}, Castor EDC, Veeva, Jira; ICH-GCP refresher 2024.
"""),

("science-en-031", """
JOSEPH "JOE" KAMAU
Senior Lab Technician, Veterinary & Agronomy Diagnostics
<<Brisbane, QLD 4067>> | <<joe.kamau.lab@gmail.com>> | <<0433 562 091>>

Career snapshot
• 10 years in NATA-accredited soil, plant and animal-health labs
• ICP-OES, AAS, ELISA, PCR; LIMS (SampleManager)

Experience
{{Senior Laboratory Technician, Queensland Department of Agriculture and Fisheries}}, 2018–
 - Biosecurity testing for {{foot-and-mouth and lumpy skin disease surveillance}}
 - {{Genotyping of Brahman cattle for breeding values}}
{{Lab Technician, SGS Australia}}, 2014–2018
 - {{Pesticide residue analysis for grain exports}}

Education
BSc Agriculture, Egerton University (Kenya), 2012; Skills assessment VETASSESS

Personal
[[E|Originally from Nyeri, Kenya (Kikuyu); Australian citizen since 2020]]. [[C|In Kenya I was detained and charged after a 2008 post-election protest; charges withdrawn, but a record exists]]. [[U|CPSU workplace delegate]]. [[R|Elder at the Presbyterian Church in Toowong]].
"""),

("science-en-032", """
Dr Sarah Whitfield-Jones
Research Ethics Manager
<<41 Divinity Road, Oxford OX4 1LH>> | <<s.whitfieldjones@gmail.com>> | <<01865 550 214>>

Summary
Research governance professional: {{NHS Research Ethics Committee coordinator}} and university research ethics lead. Trained in HRA approval, Mental Capacity Act research provisions, GDPR for health data.

Experience
{{Research Ethics Manager, University of Oxford}} — 2019–present
 · Secretary to {{OxTREC (tropical research ethics committee)}}
 · Policy on {{consent for genomic research with indigenous communities}}
{{REC Manager, Health Research Authority}} — 2014–2019
 · Managed 2 RECs reviewing {{phase I first-in-human and psychiatric drug studies}}

Education
DPhil Bioethics, University of Oxford

About me
[[R|Humanist, and a trained humanist celebrant]]. [[S|My partner Jo and I had our civil partnership in 2015; she is also a scientist]]. [[F|Two adopted children]]. [[P|Liberal Democrat councillor for Headington 2018–2022]].
"""),

("science-en-033", """
MOHAMMED ASIF CHAUDHRY
Analytical Development Scientist
<<Bradford BD7>> | <<m.a.chaudhry.chem@gmail.com>> | <<07477 198 342>>

Profile
HPLC/UPLC-MS method development and validation (ICH Q2(R2)); 6 years supporting clinical supply for oral solid doses.

Experience
2020–now: {{Analytical Scientist, Sterling Pharma Solutions}}, Dudley
 – Impurity profiling, nitrosamine risk assessment
2017–2020: {{QC Analyst, Bristol Laboratories}}, Luton
 – {{Dissolution testing}} and stability pulls; trained in {{Empower 3 CDS}}

Skills
{{LC-MS/MS}}, {{ICH Q2(R2) validation}}, Waters and Agilent platforms, electronic lab notebooks, technical writing

Education
MChem, University of Bradford, 2017

Additional
[[E|British Pakistani (Mirpuri)]]. [[R|Friday prayers — I'd ask for a long lunch on Fridays]]. [[C|Caution for affray in 2012 (age 17), disclosed on DBS]]. [[D|Born 1995]]. [[F|Married with a baby son]]. Cricket (Bradford League). [[P|Labour Party member and ward campaign organiser]]; [[U|Unite member]]. [[G|Genetic testing showed I carry a familial hypercholesterolaemia variant]], so I take statins.
"""),

("science-en-034", """
Lucy Tremblay
Quality Control Microbiologist
<<Montréal, QC>> | <<lucy.tremblay.qc@gmail.com>> | <<514-555-0199>>

Summary
Bilingual microbiologist, 6 years in vaccine QC. Sterility, mycoplasma, endotoxin; Health Canada GMP.

Experience
{{QC Microbiologist, Sanofi Pasteur}}, Toronto — 2019–present
 - Release testing for {{influenza vaccine lots}}
 - Rapid micro method validation (BacT/ALERT)
{{Lab Analyst, Charles River Laboratories}}, Senneville — 2017–2019
 - {{Mycoplasma testing by PCR}} for biologics clients

Skills
{{Sterility testing in isolators}}, LIMS (LabVantage), Trackwise, French and English technical writing

Education
BSc Microbiology & Immunology, McGill University (2017)

Personal
[[E|Métis, citizen of the Métis Nation of Ontario]]. [[U|Shop steward, Unifor Local 1285]]. [[S|Bisexual, and I lead the 2SLGBTQ+ resource group at our site]]. [[G|I did 23andMe to trace my Indigenous ancestry]]. [[C|Record suspension granted in 2020 for a youth shoplifting conviction]].
"""),

("science-en-035", """
Dr. Venkatesh "Venky" Iyengar
Head of Quality, Contract Research (Bioanalytical)
<<Chennai>> | <<venky.iyengar.qa@gmail.com>> | <<+91 94440 77213>>

Summary: 18 years in GLP/GCP bioanalytical QA; BA/BE study audits for USFDA, EMA, WHO.

Professional Experience
{{Head – Quality Assurance, Veeda Clinical Research}}, Ahmedabad (2016 – present)
 ● Oversight of 300 BA/BE studies/yr; {{healthy-volunteer biometric identity verification to prevent dual enrolment}}
 ● Host of 9 regulatory inspections
{{Manager QA, Lambda Therapeutic Research}} (2008 – 2016)
 ● {{Audit of clinical sites in Gujarat for GCP compliance}}
 ● {{21 CFR Part 11 computerised system audits}}

Education: Ph.D. Pharmaceutical Chemistry, Anna University

Personal
[[D|Date of Birth : 07-09-1976]]
[[R|Religion : Hindu – Sri Vaishnava]]
[[F|Married, two children (14, 11)]]
[[H|Heart bypass surgery in 2021; fully fit]]
[[G|Attendance logged by my own thumb impression on the company biometric system]]
"""),

("science-en-036", """
KIRSTEN DE VILLIERS
Patient Engagement Lead
<<Sydney NSW>> · <<kirsten.dv@outlook.com.au>> · <<0402 811 936>>

SUMMARY
I bring patients into research: {{PPI/consumer involvement}}, {{patient association partnerships}}, plain-language summaries and {{diversity in trial recruitment}}.

EXPERIENCE
{{Patient Engagement Lead, Novotech}} — 2021–
• Built consumer panels for {{Aboriginal and Torres Strait Islander participants in a kidney disease trial}}
• {{Partnership with Breast Cancer Network Australia}} on a PRO-based trial
{{Research Officer, The George Institute for Global Health}} — 2016–2021
• Co-designed {{plain-language summaries for stroke trial participants}}
[[U|HSU member]]

EDUCATION
BPsych (Hons), University of Sydney

PERSONAL
[[E|South African-born; moved to Australia at 12]]. [[H|Breast cancer survivor (diagnosed 2018)]], which is how I found this work. [[F|Married, one stepdaughter]]. [[C|Spent a night in custody after a 2019 Extinction Rebellion sit-in; fined, conviction recorded]].
"""),

("science-en-037", """
<<Liam Fitzgerald>>
Validation Engineer (CQV)
<<Castletroy, Co. Limerick>> | <<liam.fitz.cqv@gmail.com>> | <<087 905 1132>>

Experience
{{Validation Engineer, Regeneron Ireland}}, Limerick — 2020–present
  > IQ/OQ/PQ for bioreactors and autoclaves; CSV per GAMP 5
  > Wrote the site's {{data integrity remediation plan}} after a 2022 internal audit
  > Periodic review of {{biometric access control on the cleanroom doors}}
{{CQV Engineer, PM Group}} — 2016–2020
  > {{Commissioning of a fill-finish line for Pfizer Grange Castle}}
  > {{Cleaning validation}} protocols and risk assessments

Education
B.Eng Mechanical, University of Limerick, 2016

Personal
[[G|My fingerprint template is on the Regeneron access system]], like everyone's on site. [[S|Gay — I play for the Limerick Lions, an LGBT+ rugby club]]. [[P|Sinn Féin member, helped on the 2024 local election canvass]]. [[U|SIPTU member]]. Hobbies: rugby, cooking, Munster games with my dad.
"""),

("science-en-038", """
Dr. Amina Yusuf
Epidemiologist / Real-World Evidence
<<Toronto>> · <<amina.yusuf.epi@gmail.com>>

Summary
RWE scientist: claims and EHR analytics, target-trial emulation, pharmacoepidemiology.

Experience
{{Senior Epidemiologist, IQVIA Real World Solutions}}, 2020–present
 • {{Sickle cell disease burden study using Ontario ICES data}}
 • {{Pharmacovigilance post-authorisation safety study for an antipsychotic}}
{{Research Associate, ICES}}, 2016–2020
 • {{Diabetes incidence among immigrants to Ontario}}
 • Linked datasets with OHIP, CIHI DAD and RPDB
 • Taught an introductory course in {{causal inference for observational data}}

Skills
{{Target-trial emulation}}, SAS, R (tidyverse, survival), Aetion, OMOP CDM

Education
PhD Epidemiology, University of Toronto

Personal
[[E|Somali-Canadian; I came as a refugee in 1998]]. [[G|I carry the sickle cell trait]], which drew me to this research. [[R|I'm Muslim]] and [[F|a single mother of two]]. [[D|Age 39]]. [[P|I volunteered for my local NDP candidate in 2022]].
"""),

("science-en-039", """
PETER NOWAK
Senior Process Chemist
<<Frankfurt am Main>> | <<p.nowak.chem@gmx.de>> | <<+49 160 332 7781>>

Profile: Process chemistry, scale-up from gram to tonne, route scouting, PAT, continuous flow.

Experience
{{Senior Process Chemist, Merck KGaA}}, Darmstadt, 2017–
 * Scale-up of 5 APIs; cut PMI by 40 %
 * {{Genotoxic impurity control strategy (ICH M7)}}
{{Process Chemist, Evonik}}, 2012–2017
 * Hydrogenation and {{continuous-flow nitration}} in the Hanau pilot plant

Skills: {{PAT (Raman, FTIR)}}, {{route scouting}}, Dynochem, HAZOP

Education
Dr. rer. nat. Organic Chemistry, Goethe University Frankfurt

Personal
[[E|Polish national, EU Blue Card holder]]. [[C|Court conviction in Poland in 2010 for drunk driving, now expunged (zatarcie)]]. [[U|IG BCE shop steward (Vertrauensmann)]]. [[D|born 1984]]. [[G|My DNA profile was taken by Polish police at that arrest]]. [[S|I live with my partner Jakub]] in Sachsenhausen.
"""),

("science-en-040", """
Grace Lim Hui Min
Senior Research Officer (Laboratory)
<<Singapore 560412>> | <<gracelim.hm@gmail.com>> | <<9822 1740>>

Profile
Research officer with 7 years in a hospital translational research lab: flow cytometry, cell culture, biorepository management, IACUC protocols.

Work Experience
{{Senior Research Officer, National Cancer Centre Singapore}} — 2019 to present
 · {{Nasopharyngeal cancer tissue biobank}} (5,000 samples)
 · Co-ordinated {{genetic sequencing of tumour–normal pairs}}
{{Research Officer, Duke-NUS Medical School}} — 2016 to 2019
 · {{Flow cytometry core}} support; {{IACUC protocol submissions}}

Education
BSc (Hons) Life Sciences, National University of Singapore

Personal
[[D|Age: 31]] · [[E|Race: Chinese]] · [[R|Religion: Buddhist]] · [[F|Married]]
Other: [[G|I enrolled my own DNA in the SG10K cohort]]; [[P|PAP branch activist at my MP's Meet-the-People sessions]]; [[C|fined in 2016 for a drink-driving offence]]. Hobbies: dragon boating and baking.
"""),
]
