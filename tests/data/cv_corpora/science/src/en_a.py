CVS = [
("science-en-001", """
<<Dr Harriet Okonkwo-Bell>>
<<14 Mill Lane, Cambridge CB2 1RX>> | <<07700 912 448>> | <<h.okonkwobell@protonmail.com>>

PROFILE
Clinical Research Associate II with six years' monitoring experience across phase II-III oncology programmes. I am comfortable with risk-based monitoring, source data verification and site close-out under ICH-GCP E6(R2). [[E|Born in Lagos to Igbo parents]], I moved to the UK for my MSc and [[E|became a British citizen in 2019]].

EXPERIENCE
{{Senior CRA, IQVIA}}, Reading — Mar 2021 to present
- Monitor 9 UK sites on a {{phase III trial of a KRAS inhibitor in non-small-cell lung cancer}}
- Led {{diversity-in-recruitment action plan for Black and South Asian participants}} with two patient advocacy groups
- Trained 4 junior CRAs on Medidata Rave and Veeva Vault CTMS

CRA I, {{Parexel}}, Uxbridge — Sep 2018 to Feb 2021
- {{HIV pre-exposure prophylaxis adherence study}} across 6 sexual-health clinics
- Escalated 3 serious breaches to the sponsor QA team

EDUCATION
MSc Clinical Research, Queen Mary University of London (2018)
BPharm, University of Nigeria, Nsukka (2014)

PERSONAL
[[F|Married to Tom, two daughters (4 and 7)]]. I sing alto in my [[R|parish choir at St Bene't's, where I am also a confirmed Anglican and Sunday school helper]]. [[H|I have type 1 diabetes and wear an insulin pump]] — it has never affected site travel.

Referees: <<Dr Kamala Iyer>>, Clinical Operations Director, IQVIA.
"""),

("science-en-002", """
JAMES "JIM" McCORMACK — QC CHEMIST
<<Dungarvan, Co. Waterford>> · <<+353 87 440 2916>> · <<jim.mccormack.qc@gmail.com>>

Summary: Eight years in pharmaceutical QC labs (small molecule, sterile injectables). HPLC, GC, KF, dissolution, LIMS (LabWare), OOS/OOT investigations, data integrity (ALCOA+).

Work
2019–now  {{QC Analyst III, West Pharmaceutical Services}}, Waterford
  • {{Release testing of elastomer components}}; {{method transfer of 12 compendial methods}}
  • Lead investigator on 40+ OOS reports; CAPA owner
  • Workplace rep: [[U|I'm the SIPTU shop steward for the QC lab]] since 2021
2015–2019  {{Laboratory Analyst, Teva Pharmaceuticals}}, Waterford
  • {{Stability programme for 70 SKUs}}, ICH Q1A conditions

Education
BSc (Hons) {{Pharmaceutical Science}}, Waterford IT, 2015

Other
Gap 2014: [[H|six months off for treatment for testicular cancer]], now in remission and discharged from follow-up.
[[D|DOB 03/02/1991]]. [[F|Separated, one son]]. Hurling coach (U12s), GAA club.
"""),

("science-en-003", """
Priya Raghunathan
Regulatory Affairs Manager | CMC | EU & US submissions
<<Bengaluru 560076>> | <<+91 98450 21377>> | <<linkedin.com/in/priya-raghunathan-ra>>

About
12 years in regulatory affairs for biosimilars and vaccines. Authored Module 3 for EMA, USFDA and CDSCO filings. Strong with eCTD publishing (Lorenz docuBridge) and post-approval variations.

Experience
{{Biocon Biologics}} — {{Manager, Regulatory Affairs (CMC)}} — 2018-present
* Led CMC dossier for a trastuzumab biosimilar approved in 31 markets
* Managed {{responses to CDSCO Subject Expert Committee queries on a diabetes insulin analogue}}
* Coordinated {{pharmacovigilance signal review with the QPPV}} for Type II variations

{{Serum Institute of India}} — Executive, Regulatory — 2012-2018
* {{WHO prequalification dossiers for measles-rubella vaccine}}

Education
M.Pharm (Pharmaceutics), Manipal College of Pharmaceutical Sciences, 2012

Personal Details
[[D|Date of Birth : 11 July 1987]]
[[R|Religion : Hindu (Iyer)]]
[[E|Community : Tamil Brahmin]]
[[F|Marital Status : Married, one child]]
Languages : English, Tamil, Kannada, Hindi
"""),

("science-en-004", """
MARCUS WEI-LIN TAN
Senior Data Scientist, Life Sciences
Singapore · <<marcus.tan.ds@outlook.sg>> · <<+65 9127 4408>> · <<github.com/mtan-omics>>

I build machine-learning models on multi-omics and real-world data. Currently at a genomics company working on {{polygenic risk scores for Asian populations}}.

EXPERIENCE
{{Senior Data Scientist — Illumina Singapore}} (2021–)
- Built variant-calling QC dashboards (Python, Nextflow, AWS Batch)
- {{Whole-genome sequencing cohort of 10,000 Singaporeans (SG10K)}}: ancestry PCA, imputation
- Mentored 3 interns from NUS

{{Data Scientist — Roche Diagnostics Asia Pacific}} (2018–2021)
- Survival models for a {{real-world oncology dataset from 14 hospitals}}

EDUCATION
PhD Computational Biology, National University of Singapore (2018)

NOTES FOR RECRUITER
As a curiosity I [[G|sequenced my own genome through our employee programme and learned I carry a BRCA2 variant]], which is why I care so much about return-of-results policy. [[S|My husband Daniel]] and I are relocating to Melbourne in 2025. [[H|Mild dyslexia — I use text-to-speech for long documents.]]
"""),

("science-en-005", """
Curriculum Vitae — Nomvula Dlamini
<<22 Jan Smuts Ave, Parktown, Johannesburg 2193>>
Cell: <<082 554 0193>>   Email: <<nomvula.dlamini.lab@gmail.com>>

Personal Information
ID No.: withheld on request
[[D|Age: 34]]
[[E|Population group: Black African (isiZulu)]]
[[F|Marital status: Single mother of one]]
Driver's licence: Code 08

Career Objective
A dedicated Medical Technologist seeking a senior role in a SANAS-accredited molecular laboratory.

Employment
{{Medical Technologist, National Health Laboratory Service (NHLS)}}, Charlotte Maxeke — 2016 to date
 - {{HIV viral load and early infant diagnosis testing}} on Roche cobas 6800
 - {{TB GeneXpert MTB/RIF}} verification and proficiency testing
 - Member of the lab's {{ISO 15189 internal audit team}}
 - [[U|NEHAWU branch deputy chairperson]], 2019–2022

Laboratory Intern, {{Lancet Laboratories}} — 2014 to 2015

Qualifications
BHSc Medical Laboratory Science, University of Johannesburg (2014)
HPCSA registered

Interests
Gospel music — [[R|I lead the youth praise team at our Zion Christian Church congregation]].

References available on request.
"""),

("science-en-006", """
Aoife Brennan, PhD
Postdoctoral Research Fellow — Immunology
<<a.brennan@tcd-research.ie>> | <<orcid.org/0000-0002-4418-7730>> | Dublin

RESEARCH INTERESTS
Innate lymphoid cells in inflammatory bowel disease; organoid models; spatial transcriptomics.

APPOINTMENTS
2022–  {{Postdoctoral Fellow, Trinity Biomedical Sciences Institute}}
2017–2022  PhD, {{University College Cork, APC Microbiome Ireland}}

SELECTED PUBLICATIONS
1. Brennan A, et al. "{{ILC3 loss precedes relapse in paediatric Crohn's disease}}." Gut 2024;73:411-422.
2. Brennan A, Ní Shé M. "{{Organoid biobanking from endoscopic biopsies}}." Sci Rep 2021.
3. Collins R, Brennan A, et al. "Microbiome shifts after anti-TNF therapy." J Crohns Colitis 2020.

FUNDING
Science Foundation Ireland Frontiers for the Future (co-applicant, €498k)

TEACHING & SERVICE
Demonstrator, immunology practicals; {{lay member liaison with the Irish Society for Colitis and Crohn's Disease (ISCC)}}.

PERSONAL STATEMENT
My interest is not only academic: [[H|I was diagnosed with Crohn's at 15]] and had [[H|a bowel resection in 2016]]. I speak about it openly in patient-partner panels. [[S|I live in Rathmines with my wife, Sinéad]].
"""),

("science-en-007", """
DEREK ANTHONY HOLLOWAY
<<Raleigh, NC 27606>> | <<(919) 555-0183>> | <<dholloway.labtech@yahoo.com>>

OBJECTIVE
Reliable Lab Technician II with 7 years of GMP manufacturing support looking for a QC microbiology position.

EXPERIENCE
{{Lab Technician II, Novo Nordisk Pharmaceutical Industries}}, Clayton NC — 2020–present
• {{Environmental monitoring of ISO 5/7 cleanrooms}}, viable air & surface sampling
• {{Endotoxin (LAL) and bioburden testing}} for insulin API
• Trained 11 operators in aseptic gowning

{{Manufacturing Associate, Biogen}}, RTP — 2017–2020
• Buffer prep, CIP/SIP, electronic batch records

EDUCATION
A.A.S. {{BioWork certificate}}, Wake Technical Community College, 2017

ADDITIONAL INFORMATION
In the interest of transparency: [[C|I was convicted of possession with intent in 2011 (Wake County) and served 14 months]]. [[C|The record was expunged under the NC Second Chance Act in 2022]]. Since release I have been [[H|in recovery and sober for eleven years]].
I volunteer with a re-entry program at my church, [[R|Mount Calvary Missionary Baptist]], where I am a deacon.
"""),

("science-en-008", """
Dr. Rebecca Fournier-Hale
Medical Science Liaison — Neuroscience
Toronto, ON · <<rebecca.fhale@rogers.com>> · <<416-555-0127>>

SUMMARY
Pharmacist (PharmD) and MSL with 9 years supporting psychiatric and neurology portfolios in Canada. KOL engagement, advisory boards, investigator-initiated studies.

PROFESSIONAL EXPERIENCE
{{Medical Science Liaison, Otsuka Canada Pharmaceutical}} — 2019-present
- Scientific exchange on {{long-acting injectable aripiprazole for schizophrenia}}
- Supported 4 IIS on {{treatment-resistant depression}} at CAMH and Sunnybrook
- Co-developed a {{patient-reported outcomes instrument for bipolar maintenance}}

Clinical Pharmacist, {{Centre for Addiction and Mental Health}} — 2015-2019
- Clozapine clinic, opioid agonist therapy rounds

EDUCATION
PharmD, Leslie Dan Faculty of Pharmacy, University of Toronto (2015)

COMMUNITY
[[P|Executive member of the Toronto Centre NDP riding association; I canvassed for the party in 2022]].
[[S|Co-chair of Otsuka's Pride employee network]].
I am open about [[H|managing my own bipolar II disorder on lithium]] — it informs the empathy I bring to advisory boards.
"""),

("science-en-009", """
<<Sanjay Kulkarni>>
Mobile: <<+91-9822-034-561>> | Email: <<sanjay.k.microbio@rediffmail.com>> | <<Pune, Maharashtra>>

Career Summary
Microbiologist with 10+ years in QC microbiology of sterile and non-sterile products; audit-facing (USFDA, MHRA, WHO-GMP).

Professional Experience
• {{Assistant Manager – QC Microbiology, Lupin Ltd.}}, Pune (Jun 2017 – present)
  – {{Media fill simulation}}, {{sterility testing}}, bacterial endotoxin testing
  – Faced 3 USFDA inspections with zero 483 observations on micro
• {{Officer – Microbiology, Emcure Pharmaceuticals}} (Aug 2012 – May 2017)
  – {{Water system validation}}, EM trending

Education
M.Sc. Microbiology, Savitribai Phule Pune University (2012)

Personal Profile
[[D|Date of Birth: 19-04-1988]]
[[F|Marital Status: Married]]
[[E|Caste: Maratha (OBC)]]
Father's Name: Shri. Dattatray Kulkarni
Hobbies: trekking in the Sahyadris, [[R|weekly bhajan at the Swaminarayan temple]]

Declaration: I hereby declare that the above information is true to the best of my knowledge.
"""),

("science-en-010", """
Olivia Grant | Medical Device Quality Engineer
Melbourne VIC · <<olivia.grant.qe@icloud.com>> · <<0412 887 305>>

PROFILE
Quality engineer for Class II/III devices: ISO 13485, ISO 14971 risk files, TGA and FDA 510(k) support. I've spent the last four years on {{wearable biometric sensors (PPG, ECG patch)}} and implantables.

EXPERIENCE
{{Cochlear Limited}} — {{Senior Quality Engineer}} — 2021–now
- Design controls and DHF remediation for a cochlear implant sound processor
- {{Usability study with 40 deaf and hard-of-hearing participants}} (IEC 62366)
{{ResMed}} — Quality Engineer — 2017–2021
- CAPA, complaint handling for CPAP masks, MDR/vigilance reporting

EDUCATION
B.Eng (Biomedical), Monash University, 2016

A BIT ABOUT ME
I'm [[E|a proud Wiradjuri woman]] and a mentor in Cochlear's First Nations STEM program. Outside work: pottery, bushwalking, and [[F|chasing my twin toddlers]]. [[H|I'm hard of hearing myself and wear bilateral hearing aids]], so I'm a very engaged participant in our own user research.
"""),

("science-en-011", """
CHRISTOPH MÜLLER
Process Development Scientist (Downstream)
<<Leverkusen, Germany>> | <<christoph.mueller.dsp@web.de>> | <<+49 171 448 2093>>

Profile
Bioprocess engineer with 7 years' experience in antibody purification, viral clearance and tech transfer to CMOs. Working language English; German native.

Experience
2020–present  {{Scientist, Downstream Process Development — Bayer AG}}
  – Protein A, AEX/CEX chromatography scale-up to 2,000 L
  – Viral clearance studies for a {{factor VIII gene therapy programme for haemophilia A}}
  – Author of 6 IND/IMPD CMC sections
2017–2020  {{Research Associate — Boehringer Ingelheim}}, Biberach

Education
Dipl.-Ing. Biotechnology, RWTH Aachen (2017)

Skills: ÄKTA systems, {{viral filtration (Planova)}}, {{single-use technologies}}, DoE and JMP, tech-transfer packages for CDMOs in Korea and Ireland.

Personal
[[D|Born 1990 in Rostock]]. [[P|SPD member since my student days]]. [[C|Fined in 2012 for a road blockade at an anti-nuclear protest (Strafbefehl)]]. [[F|Married, expecting our first child in spring]]. [[U|Active IG BCE member and elected to the works council (Betriebsrat) in 2022]]. Hobbies: rowing, Bundesliga handball.
"""),

("science-en-012", """
Leila Haddad — Pharmacovigilance Scientist
<<London E8>> • <<leila.haddad.pv@gmail.com>> • <<+44 7488 302 116>>

Key skills: ICSR case processing (Argus, ArisG), MedDRA coding, aggregate reports (PBRER, DSUR), signal detection, RMPs, {{PRAC rapporteur responses}}.

Experience
{{Pharmacovigilance Scientist, GSK}}, Brentford — 2020–present
– Signal evaluation for {{HIV integrase inhibitors (ViiV Healthcare portfolio)}}
– Drafted 8 PBRERs; contributed to {{additional risk minimisation measures for valproate in women of childbearing potential}}
Drug Safety Associate, {{PrimeVigilance}}, Guildford — 2017–2020

Education
MPharm, University of Bath (2017); GPhC registered

A personal note
My parents came to London [[E|from Beirut during the civil war]]; I grew up in Hackney and [[R|still fast through Ramadan]] — I simply ask for flexibility in late afternoon meetings that month. [[C|I received a police caution in 2014 for a student protest offence]], disclosed to the GPhC and accepted.
"""),

("science-en-013", """
Name: Thabo Mokoena
Location: <<Pretoria>>
Phone: <<071 239 5566>>
E-mail: <<thabo.mokoena.agri@webmail.co.za>>

Position sought: Agronomy Research Technician

Education
BSc Agriculture (Plant Production), University of Pretoria, 2019
Certificate in GLP, 2021

Work History
{{Research Technician, Agricultural Research Council (ARC) — Grain Crops}}, Potchefstroom. 2020 – present.
- {{Field trials of drought-tolerant maize hybrids}}, 14 sites
- Soil sampling, NIR grain analysis, plot combine operation
- {{Marker-assisted selection for maize streak virus resistance}}

Vacation worker, {{Pannar Seed}}, Greytown. 2018.

Skills
R (lme4, agricolae), ArcGIS, {{drone multispectral imaging}}, forklift licence

About me
I grew up on a smallholding in Limpopo. [[P|I am a branch member of the EFF]] and coach rugby at the township school on weekends. [[H|Epileptic, well controlled, no seizures since 2017]]. [[C|I have a 2015 conviction for assault after a rugby-club fight; fine paid]], so I hold a valid driving licence.
"""),

("science-en-014", """
ELEANOR VOSS
Head of Biobank Operations
<<Amsterdam, NL>> · <<e.voss@fastmail.nl>> · <<+31 6 4082 1173>>

PROFILE
Biobank manager with 11 years running ISO 20387-accredited collections for academic and pharma partners. Specialist in consent models, sample tracking (FreezerPro, OpenSpecimen) and ethics approvals.

EXPERIENCE
{{Head of Biobank Operations, Amsterdam UMC}} | 2019 – present
• 1.2 million aliquots; {{broad-consent biobank for the Helius multi-ethnic cohort}}
• Secretary to the {{biobank access committee, reviewing 60 requests a year}}
• GDPR-compliant pseudonymisation with the hospital DPO

{{Biobank Coordinator, UK Biobank}}, Stockport | 2013 – 2019
• {{Imaging-visit sample logistics for 100,000 participants}}

EDUCATION
MSc Molecular Biology, University of Manchester

PERSONAL
British, [[E|naturalised Dutch in 2021]]. [[S|Married to my partner Marieke]]; [[F|we adopted a son last year]]. [[G|I'm a UK Biobank participant myself and my DNA sample is in the collection]]. Enjoy cycling and Dutch lessons.
"""),

("science-en-015", """
Kevin O'Donoghue
Senior Clinical Data Manager
<<Salthill, Galway H91 E2K7>> | <<kevin.odonoghue.cdm@gmail.com>> | <<085 113 9048>>

Experience
{{ICON plc}}, Galway — {{Senior Clinical Data Manager}} (2018–present)
 ▸ Lead DM on a 1,400-patient {{type 2 diabetes cardiovascular outcomes trial}}
 ▸ eCRF design in Medidata Rave, edit checks, SAE reconciliation
 ▸ Database lock in 21 days post-LPLV
{{Medtronic}}, Galway — Clinical Data Associate (2014–2018)
 ▸ Post-market registry for drug-coated balloons

Education
BSc Biomedical Science, NUI Galway, 2014
Certified Clinical Data Manager (SCDM)

Skills
{{CDISC SDTM mapping}}, {{SAS programming}}, Spotfire data review, vendor oversight of central labs and IRT.

Interests
Sea swimming at Blackrock; GAA; local history.

Other
[[C|Convicted of drink-driving in 2016 and disqualified for 2 years]] — licence restored and clean since. [[S|Engaged to Cian]], wedding planned for 2025. [[P|Social Democrats member and canvasser in Galway West]].
"""),

("science-en-016", """
DR ANANYA SEN
Principal Investigator — Psychiatric Genetics
<<Kolkata / remote>> | <<ananya.sen.pgx@gmail.com>>

Academic positions
2020–  {{Associate Professor, Institute of Post Graduate Medical Education & Research (IPGMER)}}
2016–2020  {{Wellcome Trust/DBT India Alliance Intermediate Fellow}}

Research
– {{Genome-wide association study of schizophrenia in 6,000 Bengali patients}}
– {{Pharmacogenomics of clozapine-induced agranulocytosis}}
– Chair, {{institutional ethics committee sub-group on genomic data sharing}}

Publications (selected)
Sen A, et al. "{{Rare CNVs in early-onset psychosis in eastern India}}." Mol Psychiatry 2023.
Sen A, Ghosh P. "Consent for return of genomic findings." Indian J Med Ethics 2021.

Grants: ICMR, DBT, NIMH (sub-award)

Personal
[[D|Date of birth: 02.12.1982]]
[[F|Marital status: Divorced]]
[[P|Former SFI student-union office bearer at Jadavpur University]]
[[G|My father has Huntington's disease; I chose not to be tested]]
"""),

("science-en-017", """
<<Maya Goldstein>>
Senior Scientist, Medicinal Chemistry
<<Cambridge, MA 02139>> · <<maya.goldstein.chem@gmail.com>> · <<(617) 555-0164>>

Summary
Synthetic medicinal chemist, 8 years in small-molecule discovery (kinases, E3 ligase degraders). 14 patents, 2 clinical candidates.

Experience
{{Senior Scientist II, Vertex Pharmaceuticals}} — 2020–present
• Designed the back-up series for a {{sickle cell disease}} program; led SAR for 3 PROTAC series
• {{Managed two CROs (WuXi, Pharmaron)}}, 30 FTEs
{{Scientist, Novartis Institutes for BioMedical Research}} — 2016–2020
• Lead optimisation for an oncology KRAS G12C program

Education
{{PhD Organic Chemistry}}, Caltech, 2016
BA Chemistry, Brandeis University

Beyond the bench
[[R|Shabbat observant]] — I don't travel Friday night–Saturday. [[G|Tested as an Ashkenazi carrier of Gaucher disease before I married]]. [[S|I co-lead oSTEM Boston, the LGBTQ+ scientists' group, and I'm queer]].
"""),

("science-en-018", """
RYAN PATEL
Clinical Trial Assistant → seeking CRA I
<<Leicester LE2>> · <<ryan.patel.cta@gmail.com>> · <<07911 553 270>>

Summary
Organised CTA with 3 years in a CRO; TMF expert; ready to step up to monitoring.

Experience
{{Clinical Trial Assistant, Syneos Health}} — 2021 to now
- eTMF filing and QC (Veeva), 4 studies incl. a {{paediatric asthma biologic trial}}
- Tracked {{ethics committee submissions via IRAS}}; site payments
- Organised {{PPI panel with Asthma + Lung UK}}

Pharmacy Assistant, Boots — 2018 to 2021 ([[U|GMB member since my Boots days]])

Key skills
{{ICH-GCP}}, {{Veeva Vault eTMF}}, IRAS, Microsoft Project, site feasibility questionnaires

Education
BSc Biological Sciences, University of Leicester, 2018

Other
[[E|British Gujarati]]; I speak Gujarati and Hindi. [[R|I volunteer at the BAPS Shri Swaminarayan Mandir on Sundays]]. Full UK driving licence. [[D|Age 27]]. [[S|My fiancé Daniel]] is a junior doctor at the LRI, so I'm staying in the East Midlands.
"""),

("science-en-019", """
HANNAH LINDQVIST-MORGAN
Quality Assurance Lead, GxP
<<Cardiff>> | <<hannah.lm.qa@outlook.com>> | <<029 2055 0931>>

Professional summary
QA professional with 13 years in sterile manufacturing and ATMPs. Qualified Person (eligible), auditor (CQI IRCA Lead Auditor).

Career
{{QA Lead, Ipsen Biopharm}}, Wrexham — 2019–
– {{Batch certification support}}, deviation and change-control boards
– {{Host of MHRA and FDA inspections}}
{{QA Officer, Cell and Gene Therapy Catapult}}, Stevenage — 2014–2019
– QMS for {{CAR-T manufacturing}} suites

Education
MSc Pharmaceutical Quality, Cardiff University
BSc Chemistry, Swansea University

Career break (2012–2014)
I took two years out [[H|after a breakdown — I was treated for severe depression]] and returned to work gradually. Since then I have [[U|been an active Unite member and health & safety rep]].

Personal
[[F|Mum of three]]; [[P|Plaid Cymru community councillor candidate in 2022]]; Welsh learner (level B1).
"""),

("science-en-020", """
Dr. Jun-ho Park
Biomedical Engineer — Wearables & Biometric Sensing
<<San Diego, CA>> · <<junho.park.bme@gmail.com>> · <<linkedin.com/in/junhopark-bme>>

SUMMARY
Hardware/firmware engineer building FDA-cleared wearables: PPG, ECG, bioimpedance. 6 years R&D, 3 510(k) submissions.

EXPERIENCE
{{Staff R&D Engineer, Dexcom}} — 2021–present
• Sensor signal processing for {{continuous glucose monitors used by people with type 1 diabetes}}
• Led a {{fingerprint and vein-pattern authentication feasibility study}} for a clinician reader
{{Senior Engineer, Masimo}} — 2018–2021
• {{Pulse oximetry accuracy study across skin tones}} (FDA guidance)

EDUCATION
PhD Bioengineering, UC San Diego, 2018

PERSONAL
[[E|Korean national on an H-1B visa; green card pending]]. [[G|My fingerprints and iris scans were enrolled in our in-house test database during the authentication study]]. [[D|37 years old]]. Hobbies: trail running, Go (baduk).
"""),
]
