CVS = [
dict(n=1, text="""
TAN WEI MING, DARREN
Blk 412 Bedok North Ave 2, #08-115, Singapore 460412 | +65 9123 4471 | darren.tanwm@gmail.com

PERSONAL PARTICULARS
NRIC: S8834512D
Date of Birth: 14 February 1988
Race: Chinese
Religion: Buddhist
Marital Status: Married, one daughter
NS Status: Completed (3SG, Reservist)

CAREER OBJECTIVE
To lead an analytics team in the insurance or banking sector, turning claims and policy data into pricing decisions that management can act on.

EMPLOYMENT HISTORY
Jun 2019 - Present | Senior Data Analyst | NTUC Income Insurance Co-operative Ltd
- Built a lapse-prediction model for 1.2 million life policies (Python, XGBoost); surrender rate fell 6% in the pilot segment.
- Own the monthly claims dashboard in Tableau for the Health & Hospitalisation unit.
- Trained four junior analysts on SQL and version control.

Jan 2014 - May 2019 | Analyst | Great Eastern Life Assurance
- Automated reserving reports in SAS; supported the MAS RBC 2 parallel run.

EDUCATION
B.Sc. (Hons) Statistics, National University of Singapore, 2013 (Second Upper)

SKILLS
Python, SQL, SAS, Tableau, AWS SageMaker, basic Mandarin business writing

CO-CURRICULAR / OTHERS
Branch Council member, Singapore Insurance Employees' Union (since 2021)
Marathon finisher, Standard Chartered Singapore 2019
""",
sensitive=[("date_of_birth_age", "Date of Birth: 14 February 1988"), ("ethnic_origin", "Race: Chinese"),
           ("religious_belief", "Religion: Buddhist"), ("family_status", "Married, one daughter"),
           ("trade_union", "Branch Council member, Singapore Insurance Employees' Union")],
keep=["Senior Data Analyst", "NTUC Income Insurance Co-operative Ltd", "Health & Hospitalisation unit",
      "Built a lapse-prediction model for 1.2 million life policies", "Great Eastern Life Assurance",
      "B.Sc. (Hons) Statistics, National University of Singapore", "Python, SQL, SAS, Tableau, AWS SageMaker"],
contact=["TAN WEI MING, DARREN", "Blk 412 Bedok North Ave 2, #08-115, Singapore 460412", "+65 9123 4471",
         "darren.tanwm@gmail.com", "S8834512D"]),

dict(n=2, text="""
CURRICULUM VITAE - Ir. MOHD HAFIZ BIN ABDUL RAHMAN

| Address        | No. 23, Jalan 3/9, Seksyen 3, 43650 Bandar Baru Bangi, Selangor |
| Mobile         | 012-338 7745 |
| E-mail         | hafiz.rahman.eng@yahoo.com |
| IC No.         | 910723-10-5587 |
| Age            | 33 |
| Race           | Malay |
| Religion       | Islam |
| Marital status | Married (2 children) |
| Health         | Good, no chronic illness |
| Languages      | Bahasa Malaysia, English |

OBJECTIVE
Professional Engineer (BEM) seeking a senior structural role on rail or public building projects.

WORKING EXPERIENCE
2018 - now    Senior Structural Engineer, Gamuda Berhad
              * Viaduct design checks for the MRT Putrajaya Line, package V203.
              * Resident Engineer for the Masjid Negeri Sembilan extension (prayer hall roof, 42 m span).
2014 - 2018   Structural Engineer, Jabatan Kerja Raya (JKR) Selangor
              * Designed the Pusat Islam Bangi annex and two district health clinics.

EDUCATION
Bachelor of Civil Engineering (Hons), Universiti Teknologi Malaysia, 2014 - CGPA 3.61

PROFESSIONAL
Professional Engineer, Board of Engineers Malaysia (PE 21873)
Software: STAAD.Pro, ETABS, AutoCAD, Tekla

ACTIVITIES
Branch secretary, UMNO Youth, Bangi division (2016 - 2022)
Futsal, fishing

REFEREES
Dato' Ir. Kamal Yusof, Project Director, Gamuda Berhad - 03-7491 8888
Ir. Siti Noraini Ahmad, JKR Selangor - 03-5511 2200
""",
sensitive=[("date_of_birth_age", "Age            | 33"), ("ethnic_origin", "Race           | Malay"),
           ("religious_belief", "Religion       | Islam"), ("family_status", "Married (2 children)"),
           ("health", "Health         | Good, no chronic illness"),
           ("political_opinion", "Branch secretary, UMNO Youth, Bangi division")],
keep=["Senior Structural Engineer, Gamuda Berhad", "Viaduct design checks for the MRT Putrajaya Line",
      "Resident Engineer for the Masjid Negeri Sembilan extension", "Jabatan Kerja Raya (JKR) Selangor",
      "Designed the Pusat Islam Bangi annex and two district health clinics",
      "Bachelor of Civil Engineering (Hons), Universiti Teknologi Malaysia",
      "Professional Engineer, Board of Engineers Malaysia", "STAAD.Pro, ETABS, AutoCAD, Tekla"],
contact=["MOHD HAFIZ BIN ABDUL RAHMAN", "No. 23, Jalan 3/9, Seksyen 3, 43650 Bandar Baru Bangi, Selangor",
         "012-338 7745", "hafiz.rahman.eng@yahoo.com", "910723-10-5587", "Dato' Ir. Kamal Yusof",
         "03-7491 8888", "Ir. Siti Noraini Ahmad", "03-5511 2200", "PE 21873"]),

dict(n=3, text="""
RESUME

MARICEL D. ABELLANA, RN
Purok 5, Brgy. Sagkahan, Tacloban City, Leyte 6500
Cell: 0917 552 8814 / maricel.abellana.rn@gmail.com

[2x2 ID photo, white background]

CAREER OBJECTIVE: To obtain a staff nurse position in a tertiary hospital abroad where I can use my skills in dialysis and critical care.

PERSONAL DATA
Age: 27
Date of Birth: March 3, 1997
Place of Birth: Tacloban City
Sex: Female
Civil Status: Single
Citizenship: Filipino
Religion: Roman Catholic
Height: 5'2"    Weight: 50 kg
Blood Type: O+
Note: G6PD deficient (found on newborn screening) - I avoid sulfa drugs and fava beans.

WORK EXPERIENCE
Staff Nurse, Hemodialysis Unit - Chong Hua Hospital, Cebu City (Aug 2020 - present)
   - Handle 4 patients per shift on Fresenius 4008S machines; cannulation of AV fistulas.
Staff Nurse, COVID-19 Isolation Ward - Eastern Visayas Medical Center (Jan 2019 - Jul 2020)

LICENSES / TRAININGS
Philippine Nurse Licensure Exam, passed Nov 2018 (PRC License No. 0712263)
BLS and ACLS Provider, Philippine Heart Association
IV Therapy Certification, ANSAP

EDUCATION
Bachelor of Science in Nursing, St. Paul University Philippines - Tacloban, 2018

CHARACTER REFERENCES
Sr. Maria Lourdes Ocampo, SPC - Dean, College of Nursing, 0918 221 3370
Dr. Renato Lim - Nephrologist, Chong Hua Hospital, 032 255 8000

I hereby certify that the above information is true and correct to the best of my knowledge and belief.

MARICEL D. ABELLANA
""",
sensitive=[("date_of_birth_age", "Age: 27"), ("date_of_birth_age", "Date of Birth: March 3, 1997"),
           ("family_status", "Civil Status: Single"), ("ethnic_origin", "Citizenship: Filipino"),
           ("religious_belief", "Religion: Roman Catholic"), ("health", "Blood Type: O+"),
           ("genetic_biometric", "G6PD deficient (found on newborn screening)")],
keep=["Staff Nurse, Hemodialysis Unit", "Chong Hua Hospital, Cebu City", "COVID-19 Isolation Ward",
      "Eastern Visayas Medical Center", "BLS and ACLS Provider, Philippine Heart Association",
      "Bachelor of Science in Nursing, St. Paul University Philippines", "cannulation of AV fistulas"],
contact=["MARICEL D. ABELLANA, RN", "Purok 5, Brgy. Sagkahan, Tacloban City, Leyte 6500", "0917 552 8814",
         "maricel.abellana.rn@gmail.com", "PRC License No. 0712263", "Sr. Maria Lourdes Ocampo, SPC",
         "0918 221 3370", "Dr. Renato Lim", "032 255 8000", "MARICEL D. ABELLANA"]),

dict(n=4, text="""
Raymond Cheung Ka-fai
Flat 12B, Block 3, Laguna City, Kwun Tong, Kowloon  ·  +852 6123 0987  ·  raymond.kf.cheung@outlook.com

Compliance manager, 14 years in Hong Kong banking: AML/CFT, sanctions, conduct risk.

EXPERIENCE
Standard Chartered Bank (Hong Kong) Ltd — Senior Manager, Financial Crime Compliance, 2017–present
• Lead a team of 9 reviewing correspondent-banking relationships across Greater China.
• Reviewed sanctions exposure in the Islamic trade finance (Murabaha) book after the 2022 Russia designations.
• Rebuilt the HKMA thematic-review response pack; zero repeat findings in 2023.

Hang Seng Bank — Assistant Manager, KYC Operations, 2010–2017
• Periodic review of 3,000 high-risk customer files a year.

EDUCATION & CERTIFICATION
BBA (Accounting and Finance), The University of Hong Kong, 2010
CAMS (ACAMS), 2014; Certified Banker (HKIB), 2019

PERSONAL NOTES
Aged 41. I married my husband, Kelvin, in Toronto in 2019; we live in Kowloon and I am not seeking relocation.
In 2019 I stood as a pro-democracy candidate in the District Council election (Kwun Tong, lost by 212 votes). In 2020 I was arrested at a Causeway Bay gathering and bound over for unlawful assembly; no conviction was entered. I disclose this because regulators may ask.

Languages: Cantonese, English, Putonghua.
""",
sensitive=[("date_of_birth_age", "Aged 41."), ("sexual_orientation", "I married my husband, Kelvin,"),
           ("political_opinion", "I stood as a pro-democracy candidate in the District Council election"),
           ("criminal_record", "I was arrested at a Causeway Bay gathering and bound over for unlawful assembly; no conviction was entered")],
keep=["Standard Chartered Bank (Hong Kong) Ltd", "Senior Manager, Financial Crime Compliance",
      "Reviewed sanctions exposure in the Islamic trade finance (Murabaha) book",
      "Hang Seng Bank", "Assistant Manager, KYC Operations", "BBA (Accounting and Finance), The University of Hong Kong",
      "CAMS (ACAMS), 2014", "AML/CFT, sanctions, conduct risk"],
contact=["Raymond Cheung Ka-fai", "Flat 12B, Block 3, Laguna City, Kwun Tong, Kowloon", "+852 6123 0987",
         "raymond.kf.cheung@outlook.com"]),

dict(n=5, text="""
CURRICULUM VITAE

Muhammad Usman Ali
House No. 47, Street 9, Block C, Faisal Town, Lahore
Cell: 0321-4478120   Email: usman.ali.aca@gmail.com

OBJECTIVE
Seeking a challenging position in a reputable organization where I can utilize my accounting and Shariah audit skills for the growth of the organization.

PERSONAL INFORMATION
Father's Name      : Muhammad Ashraf Ali
CNIC No.           : 35202-4471239-5
Date of Birth      : 17-06-1992
Domicile           : Lahore (Punjab)
Religion           : Islam
Marital Status     : Married
Blood Group        : B+
Medical            : Thalassaemia minor (screened before marriage, 2019)

ACADEMIC QUALIFICATION
ACCA Affiliate, 2016
B.Com (Hons), Hailey College of Commerce, University of the Punjab, 2013 - 1st Division
F.Sc (Pre-Engineering), Government College Lahore, 2009

EXPERIENCE
Meezan Bank Limited, Lahore - Officer Grade II, Internal Audit (Shariah Audit) | Jul 2018 - to date
  > Shariah compliance audit of Ijarah and Diminishing Musharakah portfolios of 38 branches.
  > Reported to the Shariah Board on charity-account utilisation.
A.F. Ferguson & Co. (PwC) - Audit Senior | Oct 2013 - Jun 2018
  > Statutory audits of textile and cement clients.

EXTRA-CURRICULAR
Member, Insaf Student Federation (PTI), Punjab University, 2010-2012
Cricket captain, Hailey College team

COMPUTER SKILLS
MS Excel (advanced), Oracle Financials, TeamMate

DECLARATION
I hereby declare that the information furnished above is true to the best of my knowledge and belief.

Place: Lahore          Date: 10-01-2024          Signature: ______ (Muhammad Usman Ali)
""",
sensitive=[("date_of_birth_age", "Date of Birth      : 17-06-1992"), ("religious_belief", "Religion           : Islam"),
           ("family_status", "Marital Status     : Married"), ("health", "Blood Group        : B+"),
           ("genetic_biometric", "Thalassaemia minor"),
           ("political_opinion", "Member, Insaf Student Federation (PTI)")],
keep=["Meezan Bank Limited", "Officer Grade II, Internal Audit (Shariah Audit)",
      "Shariah compliance audit of Ijarah and Diminishing Musharakah portfolios", "ACCA Affiliate",
      "B.Com (Hons), Hailey College of Commerce, University of the Punjab", "A.F. Ferguson & Co. (PwC)",
      "Audit Senior", "Oracle Financials, TeamMate"],
contact=["Muhammad Usman Ali", "House No. 47, Street 9, Block C, Faisal Town, Lahore", "0321-4478120",
         "usman.ali.aca@gmail.com", "Muhammad Ashraf Ali", "35202-4471239-5"]),

dict(n=6, text="""
BIO-DATA

Name: Md. Tanvir Hossain Shuvo
Present Address: Flat 5B, House 31, Road 7, Dhanmondi, Dhaka-1205
Permanent Address: Vill. Char Kaliganj, P.O. Ramganj, Dist. Lakshmipur
Mobile: +880 1711-502983 | E-mail: tanvir.shuvo@proton.me | github.com/tshuvo

Career Summary
Backend engineer (6 years) building payment and core-banking integrations in Go and Java.

Employment
Senior Software Engineer - Brain Station 23 Ltd. (Mar 2021 - present)
 • Led the API gateway for Islami Bank Bangladesh PLC's "Cellfin" mobile app; 2.1M users.
 • Moved settlement jobs from cron to Kafka consumers; reconciliation time from 4 h to 20 min.
Software Engineer - bKash Limited (Jan 2018 - Feb 2021)
 • Merchant onboarding service; PCI-DSS evidence collection.

Education
B.Sc. in Computer Science and Engineering, BUET, 2017 (CGPA 3.52/4.00)
HSC (Science), Notre Dame College, Dhaka, 2012 - GPA 5.00

Organisational activities
General Secretary, Bangladesh Chhatra League, Ahsanullah Hall unit, BUET (2015-16)
ICPC Dhaka Regional 2016 - 14th place

Personal Details
Father's Name : Md. Abdul Khaleque
Mother's Name : Mst. Rokeya Begum
Date of Birth : 09 April 1995
Nationality   : Bangladeshi (by birth)
Religion      : Islam (Sunni)
Blood Group   : A+
Marital Status: Unmarried

Declaration: I do hereby declare that all the information given above is true and correct.

(Md. Tanvir Hossain Shuvo)
Dhaka, 22/02/2024
""",
sensitive=[("political_opinion", "General Secretary, Bangladesh Chhatra League"),
           ("date_of_birth_age", "Date of Birth : 09 April 1995"), ("ethnic_origin", "Bangladeshi (by birth)"),
           ("religious_belief", "Religion      : Islam (Sunni)"), ("health", "Blood Group   : A+"),
           ("family_status", "Marital Status: Unmarried")],
keep=["Senior Software Engineer", "Brain Station 23 Ltd.",
      "Led the API gateway for Islami Bank Bangladesh PLC's \"Cellfin\" mobile app", "bKash Limited",
      "B.Sc. in Computer Science and Engineering, BUET", "Merchant onboarding service",
      "ICPC Dhaka Regional 2016"],
contact=["Md. Tanvir Hossain Shuvo", "Flat 5B, House 31, Road 7, Dhanmondi, Dhaka-1205",
         "Vill. Char Kaliganj, P.O. Ramganj, Dist. Lakshmipur", "+880 1711-502983", "tanvir.shuvo@proton.me",
         "github.com/tshuvo", "Md. Abdul Khaleque", "Mst. Rokeya Begum", "(Md. Tanvir Hossain Shuvo)"]),

dict(n=7, text="""
CURRICULUM VITAE

PERSONAL INFORMATION
Name in full      : Kuruppu Arachchige Dilrukshi Nirmala Perera
Name with initials: K. A. D. N. Perera
NIC No.           : 198762301455
Date of birth     : 1987-09-06
Gender            : Female
Race              : Sinhala
Religion          : Buddhism
Civil status      : Married
Husband's name    : Mr. K. A. Ruwan Perera (Civil Engineer)
Address           : 48/2, Temple Road, Maharagama
Telephone         : 077 344 6120
E-mail            : dilrukshi.perera87@gmail.com

PROFESSIONAL QUALIFICATIONS
Chartered Member, CIPM Sri Lanka (Chartered Institute of Personnel Management)
MBA (HRM), University of Sri Jayewardenepura, 2016

WORK EXPERIENCE
Dialog Axiata PLC - Manager, Employee Relations (2017 to date)
 - Represented management in collective agreement talks with the Ceylon Mercantile, Industrial and General Workers' Union.
 - Rolled out the grievance handling policy to 3,400 staff.
Hayleys PLC - HR Executive (2011 - 2017)

Career break: January to June 2021 - treatment for breast cancer (now in remission and working full time).

OTHER
Sinhala and English fluent; working Tamil.

REFEREES
1. Mr. Anura Wijesinghe, Group Director HR, Dialog Axiata PLC, 011 767 8700
2. Prof. (Ms.) Chandrika Fernando, Dept. of HRM, University of Sri Jayewardenepura, 011 280 2005

I certify that the above particulars are true and accurate.
Maharagama, 03.03.2024
""",
sensitive=[("date_of_birth_age", "Date of birth     : 1987-09-06"), ("ethnic_origin", "Race              : Sinhala"),
           ("religious_belief", "Religion          : Buddhism"), ("family_status", "Civil status      : Married"),
           ("family_status", "Husband's name    : Mr. K. A. Ruwan Perera (Civil Engineer)"),
           ("health", "treatment for breast cancer (now in remission")],
keep=["Dialog Axiata PLC", "Manager, Employee Relations",
      "Represented management in collective agreement talks with the Ceylon Mercantile, Industrial and General Workers' Union",
      "Chartered Member, CIPM Sri Lanka", "MBA (HRM), University of Sri Jayewardenepura", "Hayleys PLC",
      "HR Executive", "Rolled out the grievance handling policy to 3,400 staff"],
contact=["Kuruppu Arachchige Dilrukshi Nirmala Perera", "K. A. D. N. Perera", "198762301455",
         "48/2, Temple Road, Maharagama", "077 344 6120", "dilrukshi.perera87@gmail.com", "Mr. Anura Wijesinghe",
         "011 767 8700", "Prof. (Ms.) Chandrika Fernando", "011 280 2005"]),

dict(n=8, text="""
CURRICULUM VITAE
Pemba Dorje Tamang
Kapan-3, Budhanilkantha Municipality, Kathmandu, Nepal
+977 984-1123456 | pemba.tamang.wash@gmail.com

Profile: Water and sanitation engineer with nine years in hill districts of Bagmati and Lumbini provinces, mostly with faith-based and community partners.

Work Experience
United Mission to Nepal (UMN) - WASH Engineer, Okhaldhunga cluster (2019-present)
  * Designed 31 gravity-fed water schemes serving 14,000 people.
  * Formed Dalit-inclusive water user committees with a 33% women quota.
Tansen Mission Hospital (United Mission Hospital Tansen) - Facilities Engineer (2015-2019)
  * Rebuilt the hospital's water treatment plant after the 2015 earthquake.

Education
B.E. Civil Engineering, Institute of Engineering, Pulchowk Campus, 2014
Registered with Nepal Engineering Council (NEC Reg. No. 9876 Civil 'A')

Personal Details
Date of Birth: 2050/04/12 B.S. (27 July 1993)
Citizenship No.: 27-01-74-05512 (issued Sindhupalchok)
Father's Name: Ang Nima Tamang
Ethnicity: Tamang (Janajati)
Religion: Buddhist
Health: I was injured in the April 2015 earthquake and walk with a slight limp; fully fit for trekking to sites.

Other
Central member, Nepal Student Union (2012-2015)
Languages: Nepali, Tamang, English, Hindi (spoken)

Declaration
I declare that the above information is correct.
Pemba Dorje Tamang, Kathmandu, 2080/11/05
""",
sensitive=[("date_of_birth_age", "Date of Birth: 2050/04/12 B.S. (27 July 1993)"),
           ("ethnic_origin", "Ethnicity: Tamang (Janajati)"), ("religious_belief", "Religion: Buddhist"),
           ("health", "I was injured in the April 2015 earthquake and walk with a slight limp"),
           ("political_opinion", "Central member, Nepal Student Union")],
keep=["United Mission to Nepal (UMN)", "WASH Engineer, Okhaldhunga cluster",
      "Formed Dalit-inclusive water user committees", "Tansen Mission Hospital", "Facilities Engineer",
      "Rebuilt the hospital's water treatment plant after the 2015 earthquake",
      "B.E. Civil Engineering, Institute of Engineering, Pulchowk Campus",
      "Designed 31 gravity-fed water schemes serving 14,000 people"],
contact=["Pemba Dorje Tamang", "Kapan-3, Budhanilkantha Municipality, Kathmandu, Nepal", "+977 984-1123456",
         "pemba.tamang.wash@gmail.com", "NEC Reg. No. 9876", "27-01-74-05512", "Ang Nima Tamang"]),

dict(n=9, text="""
JOBY VARGHESE THOMAS
Accountant | 11 years UAE experience
Al Qusais 2, Dubai, UAE  -  Mob: +971 55 281 6634  -  Email: jobyvt.acc@gmail.com

PERSONAL DETAILS
Nationality        : Indian
Date of Birth      : 05/11/1985
Religion           : Christian
Marital Status     : Married
Dependants         : Wife and two children (on my visa)
Visa Status        : Employment visa - transferable, NOC can be arranged
Passport No.       : N4471238 (valid till 2031)
UAE Driving Licence: Yes (Light vehicle)
Iris scan          : Cleared at Dubai airport, 2013

OBJECTIVE
To work as Senior Accountant with a reputed group in the UAE and contribute to timely closing and VAT compliance.

EXPERIENCE
Al-Futtaim Group, Dubai - Accountant, Automotive Division (Mar 2016 - Present)
  - Month-end closing for 6 entities in Oracle EBS; intercompany reconciliation.
  - Prepared quarterly VAT returns (FTA) since 2018 introduction.
Dubai Islamic Bank PJSC - Assistant, Trade Finance Operations (Jun 2013 - Feb 2016)
  - Processed Murabaha and letters of credit for SME customers.
Kerala State Co-operative Bank, Kottayam - Clerk (2008 - 2013)

QUALIFICATION
M.Com (Finance), Mahatma Gandhi University, Kottayam, 2008
CMA (USA) Part 1 cleared, 2022

DECLARATION
I hereby declare that the above particulars are true and correct to the best of my knowledge.

Place: Dubai                                                   JOBY VARGHESE THOMAS
Date: 14/01/2024
""",
sensitive=[("ethnic_origin", "Nationality        : Indian"), ("date_of_birth_age", "Date of Birth      : 05/11/1985"),
           ("religious_belief", "Religion           : Christian"), ("family_status", "Marital Status     : Married"),
           ("family_status", "Wife and two children (on my visa)"),
           ("genetic_biometric", "Iris scan          : Cleared at Dubai airport, 2013")],
keep=["Al-Futtaim Group, Dubai", "Accountant, Automotive Division", "Dubai Islamic Bank PJSC",
      "Assistant, Trade Finance Operations", "Processed Murabaha and letters of credit for SME customers",
      "M.Com (Finance), Mahatma Gandhi University, Kottayam", "CMA (USA) Part 1 cleared",
      "Prepared quarterly VAT returns (FTA)"],
contact=["JOBY VARGHESE THOMAS", "Al Qusais 2, Dubai, UAE", "+971 55 281 6634", "jobyvt.acc@gmail.com", "N4471238"]),

dict(n=10, text="""
Kerry-Ann Whyte
14 Hope Pastures Drive, Kingston 6, Jamaica · (876) 422-0917 · kerryann.whyte@gmail.com

I am 38 and have taught Social Studies and Religious Education at secondary level for fifteen years. I am a single mother of two boys, which has made me very organised with time. I want to move into a Head of Department post where I can mentor new teachers.

TEACHING
St. George's College, Kingston — Senior Teacher, Social Studies & Religious Education (2016–present)
— CSEC Social Studies pass rate raised from 71% to 89% in three years.
— Wrote the school's SBA guide on community research projects.
Excelsior High School — Teacher (2009–2016)
— Form teacher for 4th and 5th forms; coordinated the Debating Society.

QUALIFICATIONS
B.Ed. Secondary Education (Social Studies), The Mico University College, 2009
M.A. Teaching and Learning, University of the West Indies, Mona, 2018
CXC Marker, Social Studies (since 2017)

BEYOND THE CLASSROOM
I am an active member of the Jamaica Teachers' Association and the JTA school representative at St. George's.
I serve as a deacon at Boulevard Baptist Church and run its Saturday homework club.

REFERENCES
Rev. Dr. Glenroy Campbell, Boulevard Baptist Church — (876) 925-3311
Mrs. Paulette Ennis, Vice Principal, St. George's College — (876) 922-1010
""",
sensitive=[("date_of_birth_age", "I am 38"), ("family_status", "I am a single mother of two boys"),
           ("trade_union", "I am an active member of the Jamaica Teachers' Association and the JTA school representative"),
           ("religious_belief", "I serve as a deacon at Boulevard Baptist Church")],
keep=["St. George's College, Kingston", "Senior Teacher, Social Studies & Religious Education",
      "CSEC Social Studies pass rate raised from 71% to 89%", "Excelsior High School",
      "B.Ed. Secondary Education (Social Studies), The Mico University College",
      "M.A. Teaching and Learning, University of the West Indies, Mona", "CXC Marker, Social Studies"],
contact=["Kerry-Ann Whyte", "14 Hope Pastures Drive, Kingston 6, Jamaica", "(876) 422-0917",
         "kerryann.whyte@gmail.com", "Rev. Dr. Glenroy Campbell", "(876) 925-3311", "Mrs. Paulette Ennis",
         "(876) 922-1010"]),
]
