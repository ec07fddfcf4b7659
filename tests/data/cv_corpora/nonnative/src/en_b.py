CVS = [
# 011 Kurdish civil engineer from Turkey, Australia (Sydney)
dict(text="""
Serhat Demirtaş
Civil / Structural Engineer
Auburn NSW 2144 | 0422 781 306 | serhat.demirtas.eng@gmail.com

Personal information
Date and place of birth: 03.03.1986, Diyarbakır
Nationality: Kurdish from Turkey, Australian permanent resident (Protection visa subclass 866, 2019)
Military service: not done (I left Turkey before)

Career summary
Civil engineer with 12 years of experience in reinforced concrete buildings and road works. Experienced with ETABS, SAP2000, AutoCAD Civil 3D and Revit. Engineers Australia assessed my degree as Professional Engineer (2020).

Work experience
2021 – present  Site Engineer, Hansen Yuncken, Western Sydney
 - construction of 6-storey mixed use building, formwork and reo inspections
 - ITP, hold points, coordination with certifier
2019 – 2021  Structural Drafter, Taylor Thomson Whitting (TTW), Sydney
2010 – 2017  Proje Mühendisi (Project Engineer), Diyarbakır Büyükşehir Belediyesi (Metropolitan Municipality)
 - design and supervision of 14 km urban roads, storm water
 - tender documents and progress payments (hakediş)
 - I was member of Tüm Bel-Sen (municipal workers' union) and representative of our technical department

Education
Lisans (Bachelor) İnşaat Mühendisliği – Dicle University, 2009
Master of Engineering (Structural) – UNSW Sydney, 2021 (part time)

Explanation of gap 2017 – 2019
After the trustee (kayyum) took our municipality, I was dismissed by decree because I was HDP supporter. I was in Diyarbakır prison 7 months in 2017 under accusation of "membership", after released I left the country. In Australia I got protection.

Languages: Kurdish (Kurmanji), Turkish – native; English – IELTS 7.0
""",
sensitive=[
 ("date_of_birth_age", "03.03.1986"),
 ("ethnic_origin", "Nationality: Kurdish from Turkey, Australian permanent resident (Protection visa subclass 866, 2019)"),
 ("trade_union", "I was member of Tüm Bel-Sen (municipal workers' union) and representative of our technical department"),
 ("political_opinion", "I was dismissed by decree because I was HDP supporter"),
 ("criminal_record", "I was in Diyarbakır prison 7 months in 2017 under accusation of \"membership\""),
 ("ethnic_origin", "In Australia I got protection"),
],
keep=["Civil / Structural Engineer", "ETABS, SAP2000, AutoCAD Civil 3D and Revit", "Hansen Yuncken, Western Sydney",
      "construction of 6-storey mixed use building, formwork and reo inspections", "Taylor Thomson Whitting (TTW), Sydney",
      "Proje Mühendisi (Project Engineer), Diyarbakır Büyükşehir Belediyesi (Metropolitan Municipality)",
      "Lisans (Bachelor) İnşaat Mühendisliği – Dicle University", "Master of Engineering (Structural) – UNSW Sydney"],
contact=["Serhat Demirtaş", "Auburn NSW 2144", "0422 781 306", "serhat.demirtas.eng@gmail.com"],
),

# 012 Iranian physician, Canada (Vancouver)
dict(text="""
Dr. Shirin Rahimi, MD
North Vancouver, BC | 778-555-0126 | shirin.rahimi.md@gmail.com

Profile
International medical graduate (IMG) from Iran with 9 years clinical practice in internal medicine. Passed MCCQE Part I and NAC exam, preparing for residency match (CaRMS). Currently I work as clinical research coordinator to keep contact with Canadian health system.

Canadian experience
Clinical Research Coordinator — Vancouver Coastal Health Research Institute (2021 – present)
 • coordination of 3 cardiology trials, informed consent in English and Farsi
 • REDCap data management, GCP
Medical Office Assistant — Lonsdale Medical Clinic (2019 – 2021)

Experience in Iran
Specialist of Internal Medicine — Imam Khomeini Hospital Complex, Tehran (2013 – 2018)
 • inpatient ward 30 beds, teaching of interns
General Practitioner (Tarh-e Niroo-ye Ensani, mandatory service) — Rural health centre, Sistan and Baluchestan (2010 – 2012)

Education
Doctor of Medicine (MD) — Tehran University of Medical Sciences, 2010
Specialty Board in Internal Medicine (Boorde Takhasosi) — 2013
MCCQE Part I (2020), NAC OSCE (2021)

Personal
I was born in Shiraz in 1984. As student I participated in the 2009 Green Movement protests for Mousavi. I converted from Islam to Christianity in 2016 and this is the reason I left Iran; I arrived to Canada as refugee claimant and was accepted as Convention refugee in 2019. After this hard time I had depression and I was treated, now I am good. I am engaged with my fiancé Kian and we plan to marry next summer.

Volunteer: Farsi medical interpreter for MOSAIC newcomer clinic.
""",
sensitive=[
 ("date_of_birth_age", "I was born in Shiraz in 1984"),
 ("political_opinion", "As student I participated in the 2009 Green Movement protests for Mousavi"),
 ("religious_belief", "I converted from Islam to Christianity in 2016"),
 ("ethnic_origin", "I arrived to Canada as refugee claimant and was accepted as Convention refugee in 2019"),
 ("health", "I had depression and I was treated"),
 ("family_status", "I am engaged with my fiancé Kian and we plan to marry next summer"),
],
keep=["International medical graduate (IMG) from Iran with 9 years clinical practice in internal medicine",
      "Clinical Research Coordinator", "Vancouver Coastal Health Research Institute", "coordination of 3 cardiology trials, informed consent in English and Farsi",
      "Specialist of Internal Medicine — Imam Khomeini Hospital Complex, Tehran",
      "Doctor of Medicine (MD) — Tehran University of Medical Sciences", "Farsi medical interpreter for MOSAIC newcomer clinic"],
contact=["Dr. Shirin Rahimi, MD", "North Vancouver, BC", "778-555-0126", "shirin.rahimi.md@gmail.com"],
),

# 013 Pakistani accountant, UK (Bradford)
dict(text="""
CURRICULUM VITAE
Muhammad Usman Tariq ACCA
House 17, Woodhead Road, Bradford BD7 1PD
Mob: 07831 660 294  Email: usman.tariq.acca@hotmail.co.uk

PERSONAL PROFILE
A hardworking and result oriented accountant having more than 10 years of experience in audit and financial reporting in Pakistan and United Kingdom. Expertise in IFRS, FRS 102, consolidation and VAT. Seeking for the position of Financial Accountant / Finance Manager in a growing organization.

EXPERIENCE
Financial Accountant — Yorkshire Water, Bradford (Aug 2019 – To date)
• Month end closing, accruals and prepayments, balance sheet reconciliations.
• Preparation of statutory accounts for 3 subsidiaries under FRS 102.
Audit Senior — A. F. Ferguson & Co. (PwC Pakistan), Lahore (Jan 2013 – Jun 2018)
• Led audit teams of 4–6 for textile and banking clients, including Meezan Bank (Islamic banking) and Nishat Mills.

ACADEMIC QUALIFICATIONS
ACCA Member (2017), B.Com (Hons) — University of the Punjab, Lahore (2011)
Matriculation — Divisional Public School, Faisalabad

PERSONAL INFORMATION
Father Name: Tariq Mehmood
Date of Birth: 15th March 1989
CNIC No.: 33100-4512378-9
Marital Status: Married with 2 kids
Religion: Islam (Ahmadiyya)
Medical: Beta thalassemia minor (carrier) – no effect on fitness

HOBBIES: Cricket (I play in Bradford League on weekends), reading Urdu poetry. I am also volunteer in PTI (Pakistan Tehreek-e-Insaf) overseas chapter of Bradford for the fundraising.

REFERENCES: Will be furnished upon request.
""",
sensitive=[
 ("date_of_birth_age", "Date of Birth: 15th March 1989"),
 ("family_status", "Marital Status: Married with 2 kids"),
 ("religious_belief", "Religion: Islam (Ahmadiyya)"),
 ("genetic_biometric", "Beta thalassemia minor (carrier)"),
 ("political_opinion", "I am also volunteer in PTI (Pakistan Tehreek-e-Insaf) overseas chapter of Bradford"),
],
keep=["Financial Accountant", "Yorkshire Water, Bradford", "Preparation of statutory accounts for 3 subsidiaries under FRS 102",
      "Audit Senior — A. F. Ferguson & Co. (PwC Pakistan), Lahore",
      "Led audit teams of 4–6 for textile and banking clients, including Meezan Bank (Islamic banking) and Nishat Mills",
      "ACCA Member", "B.Com (Hons) — University of the Punjab, Lahore"],
contact=["Muhammad Usman Tariq", "House 17, Woodhead Road, Bradford BD7 1PD", "07831 660 294", "usman.tariq.acca@hotmail.co.uk",
         "Tariq Mehmood", "33100-4512378-9"],
),

# 014 Sri Lankan Tamil, Canada (Scarborough)
dict(text="""
THARSHAN SIVAKUMAR
Scarborough, Ontario M1S 4L8 • 416-555-0184 • tharshan.siva@gmail.com

POSITION APPLIED: Warehouse Supervisor / Inventory Control Lead

SUMMARY OF QUALIFICATIONS
• 9 years warehouse experience in Canada, forklift certified (counterbalance, reach truck)
• Inventory control with SAP EWM and RF scanners, cycle counts accuracy 99.6%
• Health and safety representative (JHSC certified part 1 and 2)

WORK HISTORY
Inventory Control Lead — Canadian Tire Distribution Centre, Brampton — 2019 to present
  - team of 8 clerks, daily cycle counts, shrink investigation
Warehouse Associate / Forklift Operator — Loblaw DC, Ajax — 2014 to 2019

Before Canada:
Teacher of Mathematics — Jaffna Hindu College, Sri Lanka — 2006 to 2008

EDUCATION
Diploma in Supply Chain Management — Centennial College, 2018
G.C.E. Advanced Level (Sri Lanka) — Combined Mathematics stream, 2003

OTHER INFORMATION
I am Tamil from Jaffna. In 2009 I was arrested by the army and kept 14 months in Boossa detention camp without trial, I was released without charge. In 2013 I came to Canada and got refugee protection, citizen since 2019. I still have back pain from that time and I do physiotherapy every month, but I can lift normal. I am Hindu and I go to Richmond Hill Ganesha Temple.

Married, wife Nirmala, 2 daughters.
Date of birth: 1982-07-19
""",
sensitive=[
 ("ethnic_origin", "I am Tamil from Jaffna"),
 ("criminal_record", "In 2009 I was arrested by the army and kept 14 months in Boossa detention camp without trial"),
 ("ethnic_origin", "In 2013 I came to Canada and got refugee protection, citizen since 2019"),
 ("health", "I still have back pain from that time and I do physiotherapy every month"),
 ("religious_belief", "I am Hindu and I go to Richmond Hill Ganesha Temple"),
 ("family_status", "Married, wife Nirmala, 2 daughters"),
 ("date_of_birth_age", "Date of birth: 1982-07-19"),
],
keep=["Warehouse Supervisor / Inventory Control Lead", "Inventory control with SAP EWM and RF scanners",
      "Health and safety representative (JHSC certified part 1 and 2)", "Canadian Tire Distribution Centre, Brampton",
      "Loblaw DC, Ajax", "Teacher of Mathematics — Jaffna Hindu College, Sri Lanka",
      "Diploma in Supply Chain Management — Centennial College"],
contact=["THARSHAN SIVAKUMAR", "Scarborough, Ontario M1S 4L8", "416-555-0184", "tharshan.siva@gmail.com"],
),

# 015 Chinese materials scientist, US (Boston)
dict(text="""
Wei ZHANG (张伟), Ph.D.
Postdoctoral Research Fellow — Materials Science
Cambridge, MA 02139 | +1 617-555-0162 | wei.zhang.mse@gmail.com | Google Scholar: scholar.google.com/citations?user=wZhangMSE

Basic information
Gender: Male   Date of birth: 1991.10   Native place: Hunan Province
Political status: Member of Communist Party of China (CPC), joined 2012 in university

Research interest
Solid-state electrolytes for lithium metal batteries; interface engineering; in-situ TEM characterization.

Research experience
2021.09 – present  Postdoctoral Associate, Department of Materials Science and Engineering, MIT (PI: Prof. J. Li)
 · developed sulfide electrolyte with 3× higher critical current density
 · mentor 2 PhD students and 1 undergraduate (UROP)
2016.09 – 2021.07  Ph.D. candidate, Tsinghua University, School of Materials Science and Engineering
 · thesis: "Interphase design of garnet-type electrolytes"
2012.09 – 2016.07  B.Eng., Central South University, Changsha (GPA 3.8/4.0, rank 3/120)

Publications (selected, 14 in total, h-index 11)
1. Zhang W. et al., "Dendrite-free lithium plating on LLZO", Nature Energy (2022)
2. Zhang W., Liu Y. et al., Advanced Materials 33 (2021)

Honors
National Scholarship for Doctoral Students (2019); Outstanding Graduate of Beijing (2021)

Skills
In-situ TEM, cryo-FIB, XPS, EIS, COMSOL, Python

Language
Chinese (native), English (fluent, TOEFL 108)
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 1991.10"),
 ("ethnic_origin", "Native place: Hunan Province"),
 ("political_opinion", "Political status: Member of Communist Party of China (CPC), joined 2012 in university"),
],
keep=["Postdoctoral Research Fellow — Materials Science", "Solid-state electrolytes for lithium metal batteries",
      "Postdoctoral Associate, Department of Materials Science and Engineering, MIT", "Tsinghua University, School of Materials Science and Engineering",
      "\"Interphase design of garnet-type electrolytes\"", "\"Dendrite-free lithium plating on LLZO\", Nature Energy (2022)",
      "National Scholarship for Doctoral Students", "In-situ TEM, cryo-FIB, XPS, EIS, COMSOL, Python"],
contact=["Wei ZHANG (张伟)", "Cambridge, MA 02139", "+1 617-555-0162", "wei.zhang.mse@gmail.com", "scholar.google.com/citations?user=wZhangMSE"],
),

# 016 Russian backend developer, Ireland (Cork)
dict(text="""
Dmitry Volkov — Backend Developer (Go, Kotlin)
Cork, Ireland | +353 83 904 2261 | dvolkov.dev@fastmail.com | github.com/dvolkov-dev

About
I am backend developer with 10 years of experience, last 6 in high-load systems (payments, ads). I like clean architecture and good monitoring. I relocated from Moscow to Cork in 2022 with Critical Skills Employment Permit.

Experience
Senior Backend Engineer, Stripe (Dublin, remote from Cork) — Oct 2022 – present
— ledger reconciliation services in Go, 2B events/month
— on-call, incident reviews, SLOs with Prometheus/Grafana

Team Lead, Yandex (Yandex.Direct), Moscow — 2017 – 2022
— team of 7 developers, ads auction service in Kotlin and C++
— reduced p99 latency from 120 ms to 45 ms

Developer, Kaspersky Lab, Moscow — 2014 – 2017

Education
Specialist degree (5 years) in Applied Mathematics and Informatics — Lomonosov Moscow State University, 2014

Personal (my Irish friends told me not to write this, but I want to be honest)
— In my Russian passport from Soviet time my grandfather was "Jewish" by nationality and my family still is considered like this; myself I am atheist.
— I was detained in Moscow on 24 February 2022 on anti-war protest and got administrative arrest 10 days. This was the reason to leave.
— I live with my boyfriend Pavel, who also works in IT in Cork.
""",
sensitive=[
 ("ethnic_origin", "I relocated from Moscow to Cork in 2022 with Critical Skills Employment Permit"),
 ("ethnic_origin", "my grandfather was \"Jewish\" by nationality and my family still is considered like this"),
 ("religious_belief", "myself I am atheist"),
 ("criminal_record", "I was detained in Moscow on 24 February 2022"),
 ("political_opinion", "on anti-war protest"),
 ("criminal_record", "got administrative arrest 10 days"),
 ("sexual_orientation", "I live with my boyfriend Pavel"),
],
keep=["Backend Developer (Go, Kotlin)", "Senior Backend Engineer, Stripe", "ledger reconciliation services in Go, 2B events/month",
      "Team Lead, Yandex (Yandex.Direct), Moscow", "reduced p99 latency from 120 ms to 45 ms", "Kaspersky Lab, Moscow",
      "Applied Mathematics and Informatics — Lomonosov Moscow State University"],
contact=["Dmitry Volkov", "Cork, Ireland", "+353 83 904 2261", "dvolkov.dev@fastmail.com", "github.com/dvolkov-dev"],
),

# 017 Spanish nursing auxiliary, UK (Brighton)
dict(text="""
Lucía Fernández Morales
Healthcare Assistant (Auxiliar de Enfermería)
Brighton BN2 · 07459 101 336 · luciafdezmorales@gmail.com

PERSONAL STATEMENT
I am a Healthcare Assistant from Sevilla with 8 years of experience in hospitals of Spain and the NHS. I am working to homologate my title and to do the nursing degree top-up. My partner Sara and I did IVF together and now I am pregnant (due in September) so I will need the maternity leave from then, but I want to come back after.

PROFESSIONAL EXPERIENCE
Healthcare Assistant, Band 3 — Royal Sussex County Hospital, University Hospitals Sussex NHS FT (2019 – present)
 - acute medical unit, observations, NEWS2, bloods and cannulation (competency signed)
 - I am the UNISON steward of our ward since 2021 and I go to the staff side meetings

Técnico en Cuidados Auxiliares de Enfermería (TCAE) — Hospital Universitario Virgen del Rocío, Sevilla (2014 – 2019)
 - internal medicine and traumatology, hygiene, positioning, wound dressings

EDUCATION
Título de Técnico en Cuidados Auxiliares de Enfermería (FP Grado Medio), IES Pino Montano, Sevilla, 2013
Care Certificate (2019), Level 3 Diploma in Adult Care (2022)

OTHERS
In Spain I was member of CCOO (Comisiones Obreras) in the hospital.
Born 12/05/1992.
Interests: flamenco dance, running on the seafront.
""",
sensitive=[
 ("sexual_orientation", "My partner Sara and I"),
 ("family_status", "did IVF together and now I am pregnant (due in September) so I will need the maternity leave from then"),
 ("trade_union", "I am the UNISON steward of our ward since 2021 and I go to the staff side meetings"),
 ("trade_union", "In Spain I was member of CCOO (Comisiones Obreras) in the hospital"),
 ("date_of_birth_age", "Born 12/05/1992"),
],
keep=["Healthcare Assistant (Auxiliar de Enfermería)", "Healthcare Assistant, Band 3", "Royal Sussex County Hospital, University Hospitals Sussex NHS FT",
      "acute medical unit, observations, NEWS2, bloods and cannulation", "Técnico en Cuidados Auxiliares de Enfermería (TCAE)",
      "Hospital Universitario Virgen del Rocío, Sevilla", "Level 3 Diploma in Adult Care"],
contact=["Lucía Fernández Morales", "Brighton BN2", "07459 101 336", "luciafdezmorales@gmail.com"],
),

# 018 Italian café manager, Australia (Perth)
dict(text="""
Giulia Ferraro
Café Manager / Head Barista
Fremantle WA 6160 — 0452 907 114 — giulia.ferraro.coffee@gmail.com

PROFILE
Italian barista with passion for specialty coffee, 10 years in the hospitality. I am responsible, smiling and I work well under pressure in busy brunch service. I have Working Holiday before and now Temporary Skill Shortage visa (482) sponsored by my employer.

EXPERIENCE
Café Manager — Moore & Moore Café, Fremantle (2021 – today)
 • manage 9 staff, rosters in Deputy, wages cost under 30%
 • training of new baristas, latte art, calibration of grinders every morning
 • ordering, stocktake, supplier relations (Five Senses Coffee)
Head Barista — Little Willow, Perth CBD (2018 – 2021)
Barista e cameriera (barista and waitress) — Caffè Florian, Venezia (2013 – 2017)

EDUCATION
Diploma di Istituto Alberghiero (Hotel School Diploma) — IPSSAR Barbarigo, Venezia, 2013
SCA Barista Skills Intermediate; RSA (WA) and Food Safety Supervisor

PERSONAL NOTE
I am coeliac, so I know very well the gluten free procedures and allergens in kitchen. Also in my family there is the Mediterranean anemia and I am healthy carrier of beta-thalassemia, nothing that stops me to work.
I live with my girlfriend Chiara (she is nurse at Fiona Stanley), no kids, so I am available also on weekends.
""",
sensitive=[
 ("ethnic_origin", "now Temporary Skill Shortage visa (482) sponsored by my employer"),
 ("health", "I am coeliac"),
 ("genetic_biometric", "in my family there is the Mediterranean anemia and I am healthy carrier of beta-thalassemia"),
 ("sexual_orientation", "I live with my girlfriend Chiara"),
],
keep=["Café Manager / Head Barista", "Moore & Moore Café, Fremantle", "manage 9 staff, rosters in Deputy, wages cost under 30%",
      "Little Willow, Perth CBD", "Caffè Florian, Venezia", "Diploma di Istituto Alberghiero (Hotel School Diploma) — IPSSAR Barbarigo, Venezia",
      "SCA Barista Skills Intermediate", "gluten free procedures and allergens in kitchen"],
contact=["Giulia Ferraro", "Fremantle WA 6160", "0452 907 114", "giulia.ferraro.coffee@gmail.com"],
),

# 019 Ethiopian driver, US (Washington DC area)
dict(text="""
Resume

Name: Tesfaye Getachew Alemu
Address: 1420 Columbia Pike, Apt 305, Arlington, VA 22204
Phone: (703) 555-0119     E-mail: tesfaye.alemu.cdl@gmail.com

Objective: To get a job as CDL-A truck driver with a company that gives home time every week.

Experience
• 2019 – Now: CDL-A Driver, Werner Enterprises (regional, dry van), 480,000 miles without accident
• Before Werner I was member of Teamsters Local 639 when I drove the airport shuttle
• 2015 – 2019: Driver, Uber and Lyft (independent contractor), Washington DC
• 2012 – 2015: Parking Attendant and Shuttle Driver, LAZ Parking at Reagan National Airport
• 2003 – 2010: Driver of Land Cruiser for UNICEF Ethiopia Country Office, Addis Ababa — transport of vaccines and staff to Afar and Somali regions

Education
• Diploma in Automotive Technology — Tegbare-id Polytechnic College, Addis Ababa (2002)
• CDL Class A with Hazmat and Tanker endorsements (2019)

Personal data
Date of birth: 11/02/1978 (Ethiopian calendar 1970)
Marital: married, 3 children, my wife is in Addis and waiting for the visa
I came to USA in 2011 and got asylum in 2013 because I am Amhara and was persecuted
Religion: Ethiopian Orthodox Tewahedo, I am deacon in Debre Selam Kidist Mariam church in DC
Health: I am HIV positive since 2010, on treatment, viral load undetectable, DOT medical card valid

References:
Mr. Daniel Wondimu, Werner fleet manager, (402) 555-0101
""",
sensitive=[
 ("date_of_birth_age", "Date of birth: 11/02/1978 (Ethiopian calendar 1970)"),
 ("family_status", "Marital: married, 3 children, my wife is in Addis and waiting for the visa"),
 ("ethnic_origin", "got asylum in 2013 because I am Amhara and was persecuted"),
 ("religious_belief", "Religion: Ethiopian Orthodox Tewahedo, I am deacon in Debre Selam Kidist Mariam church in DC"),
 ("trade_union", "I was member of Teamsters Local 639"),
 ("health", "I am HIV positive since 2010, on treatment, viral load undetectable"),
],
keep=["CDL-A truck driver", "CDL-A Driver, Werner Enterprises (regional, dry van), 480,000 miles without accident",
      "LAZ Parking at Reagan National Airport", "Driver of Land Cruiser for UNICEF Ethiopia Country Office, Addis Ababa",
      "transport of vaccines and staff to Afar and Somali regions", "Diploma in Automotive Technology — Tegbare-id Polytechnic College",
      "CDL Class A with Hazmat and Tanker endorsements", "DOT medical card valid"],
contact=["Tesfaye Getachew Alemu", "1420 Columbia Pike, Apt 305, Arlington, VA 22204", "(703) 555-0119", "tesfaye.alemu.cdl@gmail.com",
         "Mr. Daniel Wondimu", "(402) 555-0101"],
),

# 020 Senegalese (Wolof) logistics clerk, US (New York)
dict(text="""
MAMADOU LAMINE NDIAYE
Bronx, NY 10451 · (347) 555-0170 · mamadoulamine.ndiaye@gmail.com

SUMMARY
Logistics and import-export clerk with 15 years experience between Dakar and New York. I speak Wolof, French, English and some Arabic. I know well the customs procedures for West Africa shipments (containers, cars, used goods).

EXPERIENCE
Import/Export Documentation Clerk — Atlantic Freight Forwarders, Jamaica, Queens (2016 – present)
 - bill of lading, AES filing, Certificate of Origin for Senegal, Gambia, Guinea
 - follow-up with shipping lines (Maersk, Grimaldi)
Store Manager — Touba Wholesale African Market, Harlem (2010 – 2016)
 - cash, inventory, 4 employees
Transitaire (Freight Forwarding Agent) — Bolloré Africa Logistics, Port Autonome de Dakar (2004 – 2009)

EDUCATION
BTS Transport et Logistique — ISM Dakar (2003)
Baccalauréat série L2 — Lycée Blaise Diagne, Dakar (2001)
Customs Broker exam (CBP) — preparing for October

PERSONAL
Born on 8 August 1982 in Kaolack, Senegal.
I am Mouride (disciple of Serigne Touba), member of the dahira of Harlem, and I need to be free for the Magal each year (1 or 2 days).
I was without papers from 2009 to 2014, then I got the green card through the Diversity Visa lottery.
Married, 2 wives (one in Kaolack), 5 children.
Medical: sickle cell trait (AS), no crisis.
""",
sensitive=[
 ("date_of_birth_age", "Born on 8 August 1982"),
 ("ethnic_origin", "in Kaolack, Senegal"),
 ("religious_belief", "I am Mouride (disciple of Serigne Touba), member of the dahira of Harlem, and I need to be free for the Magal each year"),
 ("ethnic_origin", "I was without papers from 2009 to 2014, then I got the green card through the Diversity Visa lottery"),
 ("family_status", "Married, 2 wives (one in Kaolack), 5 children"),
 ("genetic_biometric", "sickle cell trait (AS)"),
],
keep=["Import/Export Documentation Clerk", "Atlantic Freight Forwarders, Jamaica, Queens",
      "bill of lading, AES filing, Certificate of Origin for Senegal, Gambia, Guinea", "Touba Wholesale African Market, Harlem",
      "Transitaire (Freight Forwarding Agent) — Bolloré Africa Logistics, Port Autonome de Dakar",
      "BTS Transport et Logistique — ISM Dakar", "Customs Broker exam (CBP)"],
contact=["MAMADOU LAMINE NDIAYE", "Bronx, NY 10451", "(347) 555-0170", "mamadoulamine.ndiaye@gmail.com"],
),
]
