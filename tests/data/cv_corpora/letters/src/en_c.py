"""letters-en-021..030, typed by hand."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 021 - UK, Birmingham, housing officer, Sikh, Labour candidate, UNISON
CVS.append(dict(
text="""
Harpreet Singh Bains
61 Holly Road, Handsworth, Birmingham B20 2BY · 07403 558 120 · harpreet.bains@live.co.uk

Dear Recruitment Team,

Tenancy Sustainment Manager – Midland Heart (ref. MH/2291)

I would like to apply for the Tenancy Sustainment Manager role. I have worked in social housing in Birmingham for fourteen years, most recently as Senior Housing Officer at Birmingham City Council, where I ran the rent-arrears early-intervention pilot that cut evictions in Lozells by a third. I also organised hustings for tenants before the 2024 general election so residents could question all the candidates on repairs and damp.

In the spirit of transparency, I am a Labour Party member and I stood as the candidate for Handsworth ward in the 2022 local elections (unsuccessfully). I understand Midland Heart is politically neutral and I keep my party activity entirely outside work. I have also been a UNISON steward at the council since 2015 and would step down from that role on leaving.

One practical question: I am an Amritdhari Sikh and wear a small kirpan under my clothing. It has never been an issue at the council, but I would be grateful if you could confirm it is acceptable at your offices and on estate visits.

Yours faithfully,
Harpreet Singh Bains

EMPLOYMENT
2017–date  Senior Housing Officer, Birmingham City Council (Housing Management, North)
2010–2017  Housing Officer, Accord Housing Group
QUALIFICATIONS
CIH Level 4 Certificate in Housing · BA (Hons) Sociology, Aston University (2009)
Skills: Northgate NEC Housing · Universal Credit landlord portal · mediation
""",
sensitive=[
    (P, "I am a Labour Party member and I stood as the candidate for Handsworth ward in the 2022 local elections"),
    (T, "I have also been a UNISON steward at the council since 2015"),
    (R, "I am an Amritdhari Sikh and wear a small kirpan"),
],
keep=["Tenancy Sustainment Manager", "Senior Housing Officer", "Birmingham City Council",
      "ran the rent-arrears early-intervention pilot", "organised hustings for tenants before the 2024 general election",
      "Accord Housing Group", "CIH Level 4 Certificate in Housing", "BA (Hons) Sociology, Aston University",
      "Northgate NEC Housing"],
contact=["Harpreet Singh Bains", "61 Holly Road, Handsworth, Birmingham B20 2BY", "07403 558 120",
         "harpreet.bains@live.co.uk"],
))

# 022 - US, Atlanta, nurse manager, sickle cell trait, arrest at protest
CVS.append(dict(
text="""
TANISHA BROOKS, MSN, RN, NE-BC
1180 Peachtree Battle Ave NW, Atlanta, GA 30327 · 404-555-0186 · tbrooks.rn@gmail.com

Dear Ms. Okonkwo,

I am excited to apply for the Director of Nursing, Hematology & Oncology Services at Grady Health System.

For the past six years I ran the sickle cell day hospital at Children's Healthcare of Atlanta, where we brought average time-to-analgesia for vaso-occlusive crises under 40 minutes and cut repeat ED visits by 22%. I also lead the hospital's nurse residency cohort for hematology.

This work is personal. I carry sickle cell trait myself, and I watched my cousin live with the disease. As a Black woman in nursing leadership, I know what it means to patients to see someone who looks like them at the bedside and in the boardroom.

Because Grady runs a thorough background check, I want to mention that I was arrested at a protest downtown in June 2020. The charge of pedestrian in the roadway was dismissed, and nothing remains on my record, but it may appear in some databases. I marched that summer with Black Lives Matter Atlanta because I believed, and still believe, it was the right thing to do.

I'm the mother of twin boys, eight years old, and I'm not planning to leave Atlanta.

With appreciation,
Tanisha Brooks

PROFESSIONAL EXPERIENCE
2018–present  Nurse Manager, Sickle Cell Day Hospital – Children's Healthcare of Atlanta (Egleston)
2011–2018     Charge Nurse, Hematology/Oncology – Emory University Hospital
EDUCATION & CREDENTIALS
MSN, Nursing Leadership, Georgia State University (2017) · BSN, Spelman–Emory dual degree (2010)
Nurse Executive, Board Certified (ANCC) · Georgia RN License #RN238871
""",
sensitive=[
    (G, "I carry sickle cell trait myself"),
    (E, "As a Black woman"),
    (C, "I was arrested at a protest downtown in June 2020"),
    (C, "The charge of pedestrian in the roadway was dismissed"),
    (P, "I marched that summer with Black Lives Matter Atlanta"),
    (F, "I'm the mother of twin boys, eight years old"),
],
keep=["Director of Nursing, Hematology & Oncology Services", "Grady Health System",
      "ran the sickle cell day hospital", "lead the hospital's nurse residency cohort for hematology",
      "Nurse Manager, Sickle Cell Day Hospital", "Charge Nurse, Hematology/Oncology",
      "MSN, Nursing Leadership, Georgia State University", "Nurse Executive, Board Certified (ANCC)"],
contact=["TANISHA BROOKS, MSN, RN, NE-BC", "1180 Peachtree Battle Ave NW, Atlanta, GA 30327", "404-555-0186",
         "tbrooks.rn@gmail.com", "Ms. Okonkwo", "Tanisha Brooks", "Georgia RN License #RN238871"],
))

# 023 - Ireland, Galway, postdoc, husband, Repeal, atheist, father with Huntington's
CVS.append(dict(
text="""
Dr Liam Ó Flaithearta
Apt 12, The Crescent Court, Salthill, Galway H91 K2W3
+353 85 119 4402 · liam.oflaithearta@universityofgalway.ie · orcid.org/0000-0002-6614-3178

Dear Professor Walsh,

Re: Senior Research Fellow in Neurodegeneration (Science Foundation Ireland Frontiers award)

I am writing to apply for the Senior Research Fellow position in your group. My postdoctoral work at the Trinity College Institute of Neuroscience has focused on huntingtin aggregation in iPSC-derived neurons, and our 2023 paper on mitochondrial stress in medium spiny neurons is, I think, the strongest fit with your Frontiers proposal.

I should explain why this disease in particular. My father has Huntington's disease, and after a long time thinking about it I chose not to be tested. I know that some people find that choice strange for someone who works in the field; for me, the lab is where I make my peace with not knowing.

On the practical side, my husband Cian has family in Galway and we are keen to move west. I have had a fixed-term contract gap of four months this year, which I used to finish two manuscripts.

Is mise le meas,
Liam Ó Flaithearta

ACADEMIC POSTS
2019–2024  Postdoctoral Researcher, Trinity College Institute of Neuroscience, TCD
2015–2019  PhD Neuroscience, University College Dublin (IRC Government of Ireland scholar)
SELECTED PUBLICATION
Ó Flaithearta L. et al. "Mitochondrial stress precedes huntingtin aggregation in iPSC-derived medium spiny neurons", Brain 2023
SKILLS  iPSC differentiation · live-cell imaging · CRISPR knock-in lines · Irish (fluent)
""",
sensitive=[
    (G, "My father has Huntington's disease, and after a long time thinking about it I chose not to be tested"),
    (S, "my husband Cian"),
],
keep=["Senior Research Fellow in Neurodegeneration", "Science Foundation Ireland Frontiers award",
      "huntingtin aggregation in iPSC-derived neurons", "Postdoctoral Researcher, Trinity College Institute of Neuroscience, TCD",
      "PhD Neuroscience, University College Dublin", "IRC Government of Ireland scholar",
      "\"Mitochondrial stress precedes huntingtin aggregation in iPSC-derived medium spiny neurons\"",
      "CRISPR knock-in lines", "iPSC differentiation"],
contact=["Apt 12, The Crescent Court, Salthill, Galway H91 K2W3", "+353 85 119 4402",
         "liam.oflaithearta@universityofgalway.ie", "orcid.org/0000-0002-6614-3178", "Professor Walsh",
         "Liam Ó Flaithearta", "Ó Flaithearta L."],
))

# 024 - Canada, Montreal, HR generalist, Mohawk, sealed youth record, CUPE, single father
CVS.append(dict(
text="""
Cover letter – HR Advisor, Indigenous Recruitment (Hydro-Québec, Montréal)

Dear Madam, Sir,

My name is Kyle Deer and I'm applying for the HR Advisor, Indigenous Recruitment position. I'm Kanien'kehá:ka from Kahnawake, and for the last seven years I've done recruitment and retention at the Kahnawake Education Center and then at Concordia University, where I designed the Indigenous hiring pathway for support staff and ran our first cohort of 14 Indigenous interns.

I want to be honest with you about two parts of my history. I got into trouble at 16 and have a youth record; under the Youth Criminal Justice Act the access period has long since ended, so it should not show on any check. And I was president of CUPE Local 3520 at Concordia for two terms, which I mention because it taught me more about HR than my certificate did.

I'm a single father to a nine-year-old, so I'd ask for some flexibility on school pick-up days, but I'm used to making the hours work.

I'm bilingual English/French and I'm relearning Kanien'kéha at night.

Niawenhkó:wa,
Kyle Deer
514-555-0127 · kyle.deer@kahnawake.ca · PO Box 1142, Kahnawake QC J0L 1B0

EXPERIENCE
2020–present  HR Advisor, Talent Acquisition, Concordia University
2017–2020     Human Resources Officer, Kahnawake Education Center
EDUCATION
Certificate in Human Resources Management, Concordia (2016) · CRHA candidate (Ordre des CRHA)
""",
sensitive=[
    (E, "I'm Kanien'kehá:ka from Kahnawake"),
    (D, "at 16"),
    (C, "have a youth record; under the Youth Criminal Justice Act the access period has long since ended"),
    (T, "I was president of CUPE Local 3520 at Concordia for two terms"),
    (F, "I'm a single father to a nine-year-old"),
],
keep=["HR Advisor, Indigenous Recruitment", "Hydro-Québec", "designed the Indigenous hiring pathway for support staff",
      "HR Advisor, Talent Acquisition, Concordia University", "Human Resources Officer, Kahnawake Education Center",
      "Certificate in Human Resources Management", "CRHA candidate (Ordre des CRHA)", "bilingual English/French"],
contact=["Kyle Deer", "514-555-0127", "kyle.deer@kahnawake.ca", "PO Box 1142, Kahnawake QC J0L 1B0"],
))

# 025 - Australia, Sydney, auditor, nearly no personal facts
CVS.append(dict(
text="""
Graham Pettigrew CA
Unit 4, 19 Raglan Street, Mosman NSW 2088
0419 336 702 | graham.pettigrew@bigpond.net.au

Dear Ms Tran,

RE: Audit Partner – Not-for-Profit and Public Sector (Sydney)

Please find my resume enclosed in response to your advertisement on SEEK.

I have spent twenty-six years in assurance, the last twelve as a Director in the not-for-profit team at Nexia Australia. My client book has included the NSW Jewish Board of Deputies, three Catholic dioceses' development funds, the United Workers Union's national office and several NDIS providers, and I have led ACNC compliance reviews for more than forty registered charities. I know how to talk to a synagogue treasurer, a union secretary and a parish finance council in the same week, and how to keep all three on good terms with their auditor.

I am 61, and I am looking for a firm where I can lead a team for another five or six years and then hand over properly.

Yours sincerely,
Graham Pettigrew

EXPERIENCE
2012–present  Director, Not-for-Profit Audit, Nexia Australia (Sydney)
1998–2012     Manager then Senior Manager, Assurance, PKF
QUALIFICATIONS
Chartered Accountant (CA ANZ) · Registered Company Auditor (ASIC) · B.Com, UNSW (1997)
SKILLS
ACNC and AASB 1058 reporting · grant acquittals · CaseWare
""",
sensitive=[
    (D, "I am 61"),
],
keep=["Audit Partner – Not-for-Profit and Public Sector", "Director, Not-for-Profit Audit, Nexia Australia",
      "NSW Jewish Board of Deputies", "three Catholic dioceses' development funds", "the United Workers Union's national office",
      "led ACNC compliance reviews for more than forty registered charities",
      "Manager then Senior Manager, Assurance, PKF", "Registered Company Auditor (ASIC)", "B.Com, UNSW",
      "AASB 1058"],
contact=["Unit 4, 19 Raglan Street, Mosman NSW 2088", "0419 336 702",
         "graham.pettigrew@bigpond.net.au", "Ms Tran", "Graham Pettigrew"],
))

# 026 - Singapore, Filipino nurse, thalassaemia carrier
CVS.append(dict(
text="""
MARIA CRISTINA DELA CRUZ, RN
Blk 106 Yishun Ring Rd, #04-112, Singapore 760106 · +65 9482 1156 · mcdelacruz.rn@gmail.com

Personal Details
Age: 34    Nationality: Filipino    Pass: S Pass (current employer)
Religion: Roman Catholic    Civil status: Married, 2 children (in Iloilo)

Dear Nurse Manager,

I am applying for the Staff Nurse (Renal Unit) position at Khoo Teck Puat Hospital. I have worked for six years in haemodialysis at the National Kidney Foundation Singapore and before that for four years at Western Visayas Medical Center, and I am SNB-registered.

In my pre-employment medical I was found to be a thalassaemia minor carrier. It has no effect on my work but I declare it for completeness as your form asks about any condition.

My husband and children are still in Iloilo with my parents, and I send home most of what I earn. I go to Sunday mass at Novena Church and I am happy to work Saturdays and public holidays in return for Sunday mornings where rostering allows.

Thank you and God bless.
Maria Cristina Dela Cruz

EXPERIENCE
2018–now   Staff Nurse, Haemodialysis, National Kidney Foundation Singapore (Woodlands Centre)
2014–2018  Staff Nurse, Western Visayas Medical Center, Iloilo City
BS Nursing, Central Philippine University (2013) · Philippine RN licence (2013)
Singapore Nursing Board registration, 2018 · BLS/ACLS
""",
sensitive=[
    (D, "Age: 34"),
    (E, "Nationality: Filipino"),
    (R, "Religion: Roman Catholic"),
    (F, "Civil status: Married, 2 children (in Iloilo)"),
    (G, "I was found to be a thalassaemia minor carrier"),
    (F, "My husband and children are still in Iloilo"),
    (F, "I send home most of what I earn"),
    (R, "I go to Sunday mass at Novena Church"),
],
keep=["Staff Nurse (Renal Unit)", "Khoo Teck Puat Hospital", "Staff Nurse, Haemodialysis, National Kidney Foundation Singapore",
      "Staff Nurse, Western Visayas Medical Center", "BS Nursing, Central Philippine University",
      "Philippine RN licence", "Singapore Nursing Board registration", "BLS/ACLS"],
contact=["MARIA CRISTINA DELA CRUZ, RN", "Blk 106 Yishun Ring Rd, #04-112, Singapore 760106", "+65 9482 1156",
         "mcdelacruz.rn@gmail.com", "Maria Cristina Dela Cruz"],
))

# 027 - Nigeria, Port Harcourt, HSE engineer, Ogoni, MOSOP, detention, PENGASSAN
CVS.append(dict(
text="""
Barida Nwibani Kpakol
17 Aggrey Road, Port Harcourt, Rivers State · 0803 711 4529 · barida.kpakol@gmail.com

The Head, Human Resources
Nigeria LNG Limited
Bonny Island

Dear Sir/Madam,

APPLICATION FOR THE POSITION OF SENIOR HSE ENGINEER

I write to apply for the above role. I am a COREN-registered chemical engineer with fourteen years in upstream HSE, the last eight with Shell Petroleum Development Company, where I led the spill-response drills for the Trans-Niger Pipeline and coordinated the HYPREP community liaison in Gokana for the Ogoniland clean-up.

As an Ogoni man, that clean-up is not just a project to me. In my student days I was active in the Movement for the Survival of the Ogoni People (MOSOP), and in 2008 I was detained for nineteen days without charge at Bori Camp after a youth protest. I have never been charged or convicted of any offence.

At SPDC I served as PENGASSAN branch chairman for the Port Harcourt zone from 2017 to 2021, and I believe I left that office with the respect of management and members alike.

I am married with four children and I am ready to live on Bonny Island.

Yours faithfully,
Engr. Barida N. Kpakol

PERSONAL DATA: Born 2nd March 1983, Bori, Khana LGA
EXPERIENCE: Senior HSE Engineer, SPDC (2016–date); HSE Officer, Saipem Contracting Nigeria (2010–2016)
EDUCATION: B.Eng Chemical Engineering, Rivers State University (2006); NEBOSH International Diploma (2014)
MEMBERSHIPS: COREN; Nigerian Society of Chemical Engineers
""",
sensitive=[
    (E, "As an Ogoni man"),
    (P, "I was active in the Movement for the Survival of the Ogoni People (MOSOP)"),
    (C, "in 2008 I was detained for nineteen days without charge at Bori Camp"),
    (T, "I served as PENGASSAN branch chairman for the Port Harcourt zone from 2017 to 2021"),
    (F, "I am married with four children"),
    (D, "Born 2nd March 1983"),
    (E, "Bori, Khana LGA"),
],
keep=["Nigeria LNG Limited", "SENIOR HSE ENGINEER", "COREN-registered chemical engineer",
      "led the spill-response drills for the Trans-Niger Pipeline", "coordinated the HYPREP community liaison in Gokana",
      "HSE Officer, Saipem Contracting Nigeria", "B.Eng Chemical Engineering, Rivers State University",
      "NEBOSH International Diploma", "Nigerian Society of Chemical Engineers"],
contact=["Barida Nwibani Kpakol", "17 Aggrey Road, Port Harcourt, Rivers State", "0803 711 4529",
         "barida.kpakol@gmail.com", "Engr. Barida N. Kpakol"],
))

# 028 - South Africa, Durban, teacher, Indian SA, MS, divorce
CVS.append(dict(
text="""
Mrs Shanthini Govender
23 Palmiet Drive, Westville, Durban 3629 | 083 604 2271 | shanthini.govender@webmail.co.za

The Principal
Westville Girls' High School

Dear Mr Pillay,

APPLICATION: HOD LIFE SCIENCES (POST LEVEL 2)

I would like to apply for the post of Head of Department, Life Sciences, advertised in the KZN DoE vacancy bulletin. I have taught Life Sciences for twenty years at Northwood School and at Durban Girls' College, and I have been a Grade 12 marker and senior marker for the NSC Life Sciences paper since 2012.

I would like to mention that I was diagnosed with multiple sclerosis in 2017. I am in a stable phase on treatment, and I have not taken more sick leave than anyone else in my department. I would only request a parking bay near the science block, as stairs and distances tire me by the end of the day.

I moved back to Westville after my divorce in 2021 and my daughter is now in Grade 9, so I am looking for stability. I am 45 and I want to spend the rest of my career building a strong department.

Yours sincerely,
Shanthini Govender

CV
Post Level 1 Educator, Life Sciences – Northwood School (2010–present)
Educator – Durban Girls' College (2004–2010)
BSc (Botany & Zoology), University of Durban-Westville (2002); PGCE, UKZN (2003); SACE registered
Senior Marker, NSC Life Sciences Paper 2 (DBE)
""",
sensitive=[
    (H, "I was diagnosed with multiple sclerosis in 2017"),
    (H, "stairs and distances tire me by the end of the day"),
    (F, "after my divorce in 2021 and my daughter is now in Grade 9"),
    (D, "I am 45"),
],
keep=["HOD LIFE SCIENCES (POST LEVEL 2)", "Westville Girls' High School", "Head of Department, Life Sciences",
      "Post Level 1 Educator, Life Sciences – Northwood School", "Educator – Durban Girls' College",
      "BSc (Botany & Zoology), University of Durban-Westville", "PGCE, UKZN", "SACE registered",
      "Senior Marker, NSC Life Sciences Paper 2 (DBE)"],
contact=["23 Palmiet Drive, Westville, Durban 3629", "083 604 2271",
         "shanthini.govender@webmail.co.za", "Mr Pillay", "Shanthini Govender"],
))

# 029 - UK, Cardiff, civil servant, DNA database, arrest, wife, Plaid, PCS
CVS.append(dict(
text="""
Carys Pritchard
14 Heol y Delyn, Lisvane, Cardiff CF14 0SQ
07970 115 284 · carys.pritchard@outlook.com

Annwyl Gyfaill / Dear colleague,

Senior Policy Adviser, Welsh Language Standards (Welsh Government, HEO+)

I'm applying for the Senior Policy Adviser post. I've worked at the Welsh Language Commissioner's office for seven years, where I drafted the compliance notices for the health-board Standards and led the review of bilingual IVR systems across NHS Wales.

Because this post needs SC clearance, I want to be clear about one episode. In 2011, as a student, I was arrested at a Cymdeithas yr Iaith sit-in at a BBC building and released without charge. My fingerprints and DNA profile were held on the National DNA Database until they were deleted in 2013 under the Protection of Freedoms rules. I am still a member of Plaid Cymru, although I have not been active since joining the civil service and I understand the restrictions on politically restricted posts.

I am currently the PCS rep for my team. My wife Ffion and I live in Lisvane with our son, and I am happy to work from Cathays Park three days a week.

Yn gywir,
Carys Pritchard

CV
2017–present  Policy Officer (Standards), Welsh Language Commissioner
2013–2017     Translator / Terminologist, Cardiff University
MA Translation Studies (Welsh/English), Cardiff University (2013); BA Cymraeg, Aberystwyth University (2012)
Skills: Welsh (first language), policy drafting, regulatory impact assessment
""",
sensitive=[
    (C, "I was arrested at a Cymdeithas yr Iaith sit-in at a BBC building and released without charge"),
    (G, "My fingerprints and DNA profile were held on the National DNA Database"),
    (P, "I am still a member of Plaid Cymru"),
    (T, "I am currently the PCS rep for my team"),
    (S, "My wife Ffion"),
    (F, "with our son"),
],
keep=["Senior Policy Adviser, Welsh Language Standards", "Welsh Language Commissioner",
      "drafted the compliance notices for the health-board Standards", "led the review of bilingual IVR systems across NHS Wales",
      "Policy Officer (Standards)", "Translator / Terminologist, Cardiff University",
      "MA Translation Studies (Welsh/English)", "BA Cymraeg, Aberystwyth University", "regulatory impact assessment"],
contact=["Carys Pritchard", "14 Heol y Delyn, Lisvane, Cardiff CF14 0SQ", "07970 115 284",
         "carys.pritchard@outlook.com"],
))

# 030 - US, Boston, research scientist, Lynch syndrome, Shabbat
CVS.append(dict(
text="""
Benjamin Adler, PhD
88 Harvard Ave, Apt 3, Brookline, MA 02446 | 617-555-0152 | ben.adler.phd@gmail.com

Dear Dr. Ramaswamy,

I'm applying for the Principal Scientist, Cancer Genomics position at the Broad's Cancer Program. Over six years at Dana-Farber I've built the mismatch-repair deficiency classifier now used in the Profile tumour-sequencing workflow, and I've co-led the colorectal arm of the hereditary cancer screening study with the Center for Cancer Genetics and Prevention.

I tested positive for Lynch syndrome (MSH2) in 2015, shortly after my mother's colon cancer, and I now have a colonoscopy every year. It is one reason I moved from yeast genetics into this field, and I find it easier to write patient-facing materials because I've been on the other side of the letter.

One scheduling note: I keep Shabbat, so I leave early on Fridays in winter and am offline Friday evening to Saturday night. I make it up on Sundays, and I have never missed a deadline because of it.

My wife and our three kids are happy in Brookline, so this would be a change of commute rather than of city.

Best regards,
Ben Adler

EXPERIENCE
2018–present  Staff Scientist, Department of Medical Oncology, Dana-Farber Cancer Institute
2014–2018     Postdoctoral Fellow, Whitehead Institute (yeast DNA repair)
EDUCATION
PhD Molecular Biology, Princeton University (2014) · BA Biology, Brandeis University (2008)
SKILLS: somatic variant calling, MSI/MMR classifiers, R/Bioconductor, WDL on Terra
""",
sensitive=[
    (G, "I tested positive for Lynch syndrome (MSH2) in 2015"),
    (G, "after my mother's colon cancer"),
    (H, "I now have a colonoscopy every year"),
    (R, "I keep Shabbat"),
    (F, "My wife and our three kids"),
],
keep=["Principal Scientist, Cancer Genomics", "built the mismatch-repair deficiency classifier",
      "co-led the colorectal arm of the hereditary cancer screening study",
      "Staff Scientist, Department of Medical Oncology, Dana-Farber Cancer Institute",
      "Postdoctoral Fellow, Whitehead Institute", "PhD Molecular Biology, Princeton University",
      "BA Biology, Brandeis University", "somatic variant calling", "MSI/MMR classifiers"],
contact=["Benjamin Adler, PhD", "88 Harvard Ave, Apt 3, Brookline, MA 02446", "617-555-0152",
         "ben.adler.phd@gmail.com", "Dr. Ramaswamy", "Ben Adler"],
))
