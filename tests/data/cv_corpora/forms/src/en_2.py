# forms-en-011 .. forms-en-020 (hand-written literal texts)
CVS = []

# 011 UK civil service application with additional questions
CVS.append(dict(text="""
Application — Higher Executive Officer, Policy (DWP, Leeds) — Ref 331902
Candidate: Owain Pritchard-Hughes
owain.ph@proton.me · 07388 602 554 · Headingley, Leeds LS6

CV
2020–present  Policy Adviser, Leeds City Council — Welfare Rights Strategy
  - Wrote the council's response to the 2023 Universal Credit migration consultation
  - Ran the data-sharing pilot with Citizens Advice Leeds on sanctions
2017–2020  Benefits Caseworker, Citizens Advice Leeds
2014–2017  BA Politics and Welsh, Aberystwyth University (First)

Behaviours statement: Working Together (250 words) — see attached.

Additional questions
Are you applying under the Disability Confident scheme? Yes. I have bipolar disorder (stable, on lithium since 2016) and request a guaranteed interview.
Do you have any unspent convictions? Yes – a conditional discharge in 2022 for possession of cannabis. It will be spent next year.
Political activities: I am a member of Plaid Cymru. I understand the restrictions for politically restricted posts and would give up my role as branch press officer if appointed.
Trade union membership (optional): currently UNISON steward at Leeds City Council.
Right to work in the UK: Yes.
""",
s=[("H", "I have bipolar disorder (stable, on lithium since 2016)"),
   ("C", "Yes – a conditional discharge in 2022 for possession of cannabis"),
   ("P", "I am a member of Plaid Cymru"), ("P", "my role as branch press officer"),
   ("U", "currently UNISON steward at Leeds City Council")],
keep=["Are you applying under the Disability Confident scheme?", "Policy Adviser, Leeds City Council",
      "2023 Universal Credit migration consultation", "data-sharing pilot with Citizens Advice Leeds on sanctions",
      "Benefits Caseworker, Citizens Advice Leeds", "BA Politics and Welsh, Aberystwyth University",
      "I understand the restrictions for politically restricted posts", "Trade union membership (optional):"],
contact=["Owain Pritchard-Hughes", "owain.ph@proton.me", "07388 602 554", "Headingley, Leeds LS6"]))

# 012 Ireland academic CV, historian of religion
CVS.append(dict(text="""
Dr Aoife Ní Bhriain — Curriculum Vitae
School of History, University College Dublin, Belfield, Dublin 4 · aoife.nibhriain@ucd.ie · +353 1 716 8840

Positions
2018–  Assistant Professor in Modern Irish History, UCD
2014–2018  IRC Government of Ireland Postdoctoral Fellow, Trinity College Dublin

Education
PhD History, Trinity College Dublin (2014): "Convent, county council and the Magdalene laundries, 1922–1960"
BA History and Irish, University of Galway (2008)

Research funding
Irish Research Council Laureate Award (€412,000), "Sodalities, trade unions and the Catholic social movement in Cork, 1890–1940"
Wellcome Trust seed award, "Haemochromatosis and the 'Celtic gene' in twentieth-century Irish medicine"

Publications (selected)
Monograph: The Sisters' Ledger: Religious Orders and Irish Welfare (Four Courts Press, 2021)
"Contraception, the Church and the 1979 Act", Irish Historical Studies, 2019

Public engagement
Historical adviser, RTÉ documentary "Banished Babies" (2022). Witness to the Oireachtas Committee on mother-and-baby homes records.

Personal note for the search committee
I stood as a Sinn Féin candidate in the 2019 local elections (Cabra–Glasnevin) and have since stepped back from party work. Having left the Catholic Church in my twenties, I now attend Quaker meeting in Eustace Street. My wife, Sinéad, is a GP in Phibsboro. On the practical side: I am homozygous for the C282Y variant and need a half-day every two months for venesection.
""",
s=[("P", "I stood as a Sinn Féin candidate in the 2019 local elections (Cabra–Glasnevin)"),
   ("R", "Having left the Catholic Church in my twenties, I now attend Quaker meeting in Eustace Street"),
   ("O", "My wife, Sinéad"), ("G", "I am homozygous for the C282Y variant"),
   ("H", "need a half-day every two months for venesection")],
keep=["Assistant Professor in Modern Irish History", "Convent, county council and the Magdalene laundries, 1922–1960",
      "Sodalities, trade unions and the Catholic social movement in Cork, 1890–1940",
      "Haemochromatosis and the 'Celtic gene' in twentieth-century Irish medicine",
      "The Sisters' Ledger: Religious Orders and Irish Welfare", "Contraception, the Church and the 1979 Act",
      "Witness to the Oireachtas Committee on mother-and-baby homes records",
      "IRC Government of Ireland Postdoctoral Fellow"],
contact=["Dr Aoife Ní Bhriain", "aoife.nibhriain@ucd.ie", "+353 1 716 8840",
         "School of History, University College Dublin, Belfield, Dublin 4"]))

# 013 US staffing-agency submission with screener notes
CVS.append(dict(text="""
Robert Half — Candidate Submittal
Role: Senior Accountant, Revenue (client: Overstock, Midvale UT)
Recruiter: Kyle Ashworth · kyle.ashworth@roberthalf.com

CANDIDATE
Brooke Halvorsen, CPA
Lehi, UT 84043 · (801) 555-0193 · brooke.halvorsen.cpa@gmail.com

Experience
Adobe, Lehi UT — Revenue Accountant II (2019–present)
  ASC 606 contract reviews for multi-element SaaS deals; owned the monthly deferred revenue roll-forward.
Deloitte, Salt Lake City — Audit Senior (2015–2019)
  Tech and retail clients; led PBC tracking for a $900M revenue retailer.

Education
MAcc, Brigham Young University, 2015 · Utah CPA license #11982046-2601

Systems: NetSuite, Zuora, BlackLine, Excel (advanced), some SQL.

Screener notes — do NOT forward
- 38, currently seven months pregnant (due early Aug); wants to start after 12 weeks' leave.
- Active LDS, served a mission in Brazil (fluent Portuguese, could help with the São Paulo entity).
- Background check will show a DUI from 2015 — she raised it herself, court records sealed last year.
- Husband is a lineman at Rocky Mountain Power; they'd stay in Lehi.
- Comp: $98–105k. Strong fit.
""",
s=[("A", "38"), ("F", "currently seven months pregnant (due early Aug)"), ("R", "Active LDS, served a mission in Brazil"),
   ("C", "a DUI from 2015"), ("C", "court records sealed last year"),
   ("F", "Husband is a lineman at Rocky Mountain Power")],
keep=["Revenue Accountant II", "ASC 606 contract reviews for multi-element SaaS deals", "Audit Senior",
      "MAcc, Brigham Young University", "NetSuite, Zuora, BlackLine", "deferred revenue roll-forward",
      "Senior Accountant, Revenue"],
contact=["Kyle Ashworth", "kyle.ashworth@roberthalf.com", "Brooke Halvorsen", "Lehi, UT 84043", "(801) 555-0193",
         "brooke.halvorsen.cpa@gmail.com", "11982046-2601"]))

# 014 Australia executive bio, third person
CVS.append(dict(text="""
About our new Chief Executive — Western NSW Local Health District

Leanne Simpson-Carroll

Leanne Simpson-Carroll takes up the role of Chief Executive in July. She joined the public health system as an enrolled nurse at Dubbo Base Hospital and has since worked in almost every part of it: emergency nurse, nurse unit manager in renal, Director of Nursing at Bathurst, and for the last five years Executive Director of Operations for the Murrumbidgee LHD.

Leanne is a proud Wiradjuri woman. Under her leadership Murrumbidgee doubled its Aboriginal health workforce and opened the Wagga dialysis satellite, so that patients from Narrandera no longer travel three times a week. She holds a Master of Health Management from UNSW and is a Graduate of the Australian Institute of Company Directors.

For a decade she was a workplace delegate for the NSW Nurses and Midwives' Association, something she says taught her to read a roster faster than a budget.

Born in Wagga Wagga in 1971, Leanne lives in Orange with her wife, Kerry, and a succession of poorly behaved kelpies. She has lived with rheumatoid arthritis since her thirties and is a patron of Arthritis NSW's young-onset program.

Media enquiries: media.wnswlhd@health.nsw.gov.au
""",
s=[("E", "Leanne is a proud Wiradjuri woman"),
   ("U", "a workplace delegate for the NSW Nurses and Midwives' Association"),
   ("A", "Born in Wagga Wagga in 1971"), ("O", "her wife, Kerry"),
   ("H", "She has lived with rheumatoid arthritis since her thirties")],
keep=["Chief Executive", "Executive Director of Operations for the Murrumbidgee LHD",
      "doubled its Aboriginal health workforce", "opened the Wagga dialysis satellite",
      "Master of Health Management from UNSW", "Graduate of the Australian Institute of Company Directors",
      "nurse unit manager in renal", "Director of Nursing at Bathurst"],
contact=["Leanne Simpson-Carroll", "media.wnswlhd@health.nsw.gov.au"]))

# 015 UK academic CV, criminologist with lived experience
CVS.append(dict(text="""
Dr Delroy Campbell-Asante
Senior Lecturer in Criminology · Birmingham City University
d.campbell-asante@bcu.ac.uk · 0121 331 5190 · twitter.com/delroyca

Employment
2019–  Senior Lecturer in Criminology, Birmingham City University
2015–2019  Lecturer, Sheffield Hallam University (Helena Kennedy Centre)
2010–2015  Peer mentor coordinator, St Giles Trust, London

Qualifications
PhD Criminology, Open University (2015) — "Learning inside: prison education and desistance"
BSc Social Sciences (first class), Open University (2009), studied while at HMP Wandsworth

Grants and projects
ESRC IAA, "Co-producing research with people in prison" (2021, PI)
Nuffield Foundation, "Racial disproportionality in youth remand decisions" (2022–2024, Co-I)

Publications
Campbell-Asante, D. (2022) Convict Criminology in Britain. Bristol University Press.
Campbell-Asante, D. (2020) "Lived experience and the ethics of the prison interview", British Journal of Criminology 60(5).

Disclosure, as requested by the panel
I served 18 months of a four-year sentence for robbery in 1997–1998, when I was 19. I am open about it in my teaching. The conviction is disclosed on enhanced DBS checks.

Other
UCU departmental rep since 2021. Trustee of the Prisoners' Education Trust. My father came to Birmingham from Jamaica in 1961, and I grew up in Handsworth.
""",
s=[("C", "studied while at HMP Wandsworth"), ("C", "I served 18 months of a four-year sentence for robbery in 1997–1998"), ("A", "when I was 19"),
   ("U", "UCU departmental rep since 2021"), ("E", "My father came to Birmingham from Jamaica in 1961")],
keep=["Senior Lecturer in Criminology", "Peer mentor coordinator, St Giles Trust",
      "Learning inside: prison education and desistance", "Co-producing research with people in prison",
      "Racial disproportionality in youth remand decisions", "Convict Criminology in Britain",
      "Lived experience and the ethics of the prison interview", "Trustee of the Prisoners' Education Trust"],
contact=["Dr Delroy Campbell-Asante", "d.campbell-asante@bcu.ac.uk", "0121 331 5190", "twitter.com/delroyca",
         "Campbell-Asante, D."]))

# 016 India keynote speaker bio, third person
CVS.append(dict(text="""
KEYNOTE SPEAKER — Kerala Health Innovation Summit 2024

Dr. Anjali Mathew Kurian, MD, DM (Paediatric Neurology)
Professor and Head, Department of Paediatric Neurology, Amrita Institute of Medical Sciences, Kochi

Dr. Anjali Kurian has spent two decades building India's first public newborn screening programme for inherited metabolic disorders outside a metro city. Her team's Kerala Newborn Screening Registry has now tested more than 600,000 babies.

Born in 1979 into a Syrian Christian family in Kottayam, she trained at Government Medical College, Thiruvananthapuram, and AIIMS New Delhi. She often says the field chose her: her younger brother's Duchenne muscular dystrophy, diagnosed when she was twelve, is why she became a neurologist.

She has authored more than 90 papers, chaired the Indian Academy of Pediatrics working group on spinal muscular atrophy therapies, and advised the National Health Mission on rare-disease policy (National Policy for Rare Diseases, 2021).

Dr. Kurian is married to Dr. Rahul Menon, a cardiothoracic surgeon, and they have one son. In 2015 she took leave to campaign for the Aam Aadmi Party in the Delhi assembly election, an experience she credits for her interest in health policy.

Contact (organisers): speakers@khis.in
""",
s=[("A", "Born in 1979"), ("R", "into a Syrian Christian family"),
   ("G", "her younger brother's Duchenne muscular dystrophy"),
   ("F", "Dr. Kurian is married to Dr. Rahul Menon"), ("F", "they have one son"),
   ("P", "she took leave to campaign for the Aam Aadmi Party in the Delhi assembly election")],
keep=["Professor and Head, Department of Paediatric Neurology", "Amrita Institute of Medical Sciences",
      "newborn screening programme for inherited metabolic disorders", "Kerala Newborn Screening Registry",
      "Indian Academy of Pediatrics working group on spinal muscular atrophy therapies",
      "National Policy for Rare Diseases, 2021", "AIIMS New Delhi"],
contact=["Dr. Anjali Mathew Kurian", "Dr. Anjali Kurian", "speakers@khis.in"]))

# 017 Canada CV with cover letter, newcomer
CVS.append(dict(text="""
Shirin Rowhani, P.Eng. (EIT pending licence transfer)
North York, ON · 416-555-0177 · shirin.rowhani@outlook.com · linkedin.com/in/shirinrowhani

Structural Designer — Steel and Concrete
2021–present  Structural Designer, WSP Canada, Toronto — Eglinton Crosstown station canopies; Revit and ETABS modelling.
2012–2018  Structural Engineer, Pars Sazeh Consulting, Tehran — mid-rise residential, seismic retrofits to Iranian Standard 2800.
Education: MSc Structural Engineering, Bahá'í Institute for Higher Education (BIHE), 2012, assessed by WES as equivalent to a Canadian master's; OAA-recognised CAD coursework, George Brown College (2020).

---

Dear Hiring Committee,

I am applying for the Intermediate Structural Engineer position at Entuitive. I came to Canada from Iran in 2019 as a permanent resident, and I will be a citizen next spring.

You will notice that my degree is from an institution you may not know. As a Bahá'í I was not allowed to enrol in an Iranian public university, so I studied through the BIHE, an underground university run by volunteers. In 2016 I was detained for three months in Evin prison for teaching one of its evening classes, which explains the gap in my Tehran employment.

I should also mention that I have ADHD; I work best with written briefs and I use time-blocking tools that keep my drawings ahead of schedule.

Thank you for considering my application.
Shirin Rowhani
""",
s=[("E", "I came to Canada from Iran in 2019 as a permanent resident"), ("R", "As a Bahá'í"),
   ("C", "I was detained for three months in Evin prison for teaching one of its evening classes"),
   ("H", "I have ADHD")],
keep=["Structural Designer, WSP Canada", "Eglinton Crosstown station canopies", "Revit and ETABS modelling",
      "seismic retrofits to Iranian Standard 2800", "MSc Structural Engineering",
      "Intermediate Structural Engineer position at Entuitive", "George Brown College"],
contact=["Shirin Rowhani", "416-555-0177", "shirin.rowhani@outlook.com", "linkedin.com/in/shirinrowhani", "North York, ON"]))

# 018 UK CV with a reference pasted under it
CVS.append(dict(text="""
TOM ELLERBY
Sous Chef · Newcastle upon Tyne · 07810 442 673 · tomellerby.chef@gmail.com

Kitchen experience
2021–now  Sous Chef, House of Tides, Newcastle (Michelin-starred) — run the pass four nights, write the staff rota, led the kitchen's allergen-matrix rewrite after the 2021 Natasha's Law changes.
2018–2021  Chef de Partie, Blackfriars Restaurant
2016–2018  Commis Chef, Jesmond Dene House

Training
Level 3 Diploma in Professional Cookery, Newcastle College · Level 3 Food Safety · First Aid at Work

Reference (Head Chef, Blackfriars — pasted from his email with his agreement)

"I've worked with a lot of young chefs and Tom is one of the few I'd have back tomorrow. He told me in his first week that he was gay and that he'd been pushed out of his last kitchen for it; he never brought that into our kitchen, he just worked. When his depression came back in 2020 he asked for two weeks off and came back sharper. He was also our Unite rep during the furlough rows, and honestly management listened to him more than to anyone.
His nan raised him, and he still does her Sunday dinner every week, which tells you something."
— Andy Kerr, Head Chef, Blackfriars Restaurant, 0191 261 5945
""",
s=[("O", "he was gay"), ("H", "his depression came back in 2020"), ("U", "He was also our Unite rep")],
keep=["Sous Chef, House of Tides", "allergen-matrix rewrite after the 2021 Natasha's Law changes",
      "Chef de Partie, Blackfriars Restaurant", "Commis Chef, Jesmond Dene House",
      "Level 3 Diploma in Professional Cookery", "First Aid at Work"],
contact=["TOM ELLERBY", "07810 442 673", "tomellerby.chef@gmail.com", "Andy Kerr", "0191 261 5945"]))

# 019 US résumé with EEO self-identification left at the end
CVS.append(dict(text="""
JAVIER "JAVI" ALCÁNTARA
Phoenix, AZ · 602-555-0126 · javi.alcantara.pm@gmail.com

PROJECT MANAGER — UTILITY-SCALE SOLAR

EXPERIENCE
First Solar, Tempe, AZ — Project Manager, EPC (2020–present)
  • Delivered 3 projects (total 740 MWdc) on schedule; managed $310M in subcontracts.
  • Introduced a weekly look-ahead in Primavera P6 that cut RFIs by a third.
Mortenson, Phoenix, AZ — Project Engineer (2016–2020)
  • Tracker installation QA on the 250 MW Sun Streams project.
U.S. Marine Corps — Combat Engineer, Sergeant (2008–2014), two deployments.

EDUCATION
B.S. Construction Management, Arizona State University (GI Bill), 2016 · PMP (2019) · OSHA 30

VOLUNTARY SELF-IDENTIFICATION (copied from Workday application)
Race/Ethnicity: Hispanic or Latino
Veteran status: I identify as one or more of the classifications of protected veteran
Disability: Yes, I have a disability (or previously had one) — PTSD, managed through the Phoenix VA
Sexual orientation: Gay
Are you 18 years of age or older? Yes
""",
s=[("E", "Race/Ethnicity: Hispanic or Latino"), ("H", "Yes, I have a disability (or previously had one) — PTSD, managed through the Phoenix VA"),
   ("O", "Sexual orientation: Gay")],
keep=["Project Manager, EPC", "Primavera P6", "Project Engineer", "Sun Streams project",
      "Combat Engineer, Sergeant", "B.S. Construction Management, Arizona State University", "PMP (2019)",
      "Are you 18 years of age or older? Yes"],
contact=["JAVIER \"JAVI\" ALCÁNTARA", "Phoenix, AZ", "602-555-0126", "javi.alcantara.pm@gmail.com"]))

# 020 Australia CV with neutrally answered form questions (no sensitive fact)
CVS.append(dict(text="""
Hamish Lindqvist
Civil Engineer (CPEng) · Hobart TAS · 0438 221 057 · hamish.lindqvist@bigpond.com

Career summary
Twelve years in road and bridge design for state agencies and consultancies, now focusing on timber-bridge replacement and flood resilience.

Experience
GHD, Hobart — Principal Civil Engineer (2019–present)
  - Design lead for the Tasman Highway flood-immunity upgrade (A$48m)
  - Prepared the Department of State Growth timber-bridge replacement standard
Pitt & Sherry, Launceston — Senior Engineer (2012–2019)
  - Bridge load ratings under AS 5100.7 for 140 council bridges

Qualifications
BE (Civil, Hons), University of Tasmania · CPEng, NER (Engineers Australia) · 12d Model, Civil 3D

Application questions (Department of State Growth portal)
Do you require any adjustments to participate in the selection process? No
Are you an Aboriginal or Torres Strait Islander person? Prefer not to answer
Have you ever been dismissed from employment? No
Do you hold a current driver licence? Yes (C class)
Availability: four weeks' notice

Referees available on request.
""",
s=[],
keep=["Principal Civil Engineer", "Tasman Highway flood-immunity upgrade", "timber-bridge replacement standard",
      "Bridge load ratings under AS 5100.7", "BE (Civil, Hons), University of Tasmania",
      "Do you require any adjustments to participate in the selection process? No",
      "Are you an Aboriginal or Torres Strait Islander person? Prefer not to answer",
      "Have you ever been dismissed from employment? No"],
contact=["Hamish Lindqvist", "Hobart TAS", "0438 221 057", "hamish.lindqvist@bigpond.com"]))
