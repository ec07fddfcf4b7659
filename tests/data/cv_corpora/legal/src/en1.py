# legal-en-001 .. 010, typed by hand
CVS = [
# 001 employment solicitor, Manchester (formal law-firm CV)
r"""<<PRIYA NATARAJAN-HOLT>>
<<14 Egerton Road, Manchester M20 6LP>> | <<07700 914 228>> | <<p.natarajanholt@proton.me>>

SOLICITOR (EMPLOYMENT) — admitted to the Roll, England & Wales, September 2016. SRA ID <<618204>>.

PROFESSIONAL EXPERIENCE
[[Senior Associate, Thompsons Solicitors]], Manchester — 2020 to date
• [[Conduct of 60+ Employment Tribunal claims for race and disability discrimination]], two reported at EAT level.
• [[Acted for Unite and GMB members in collective redundancy consultations]] at three distribution centres.
• Supervise two trainees and one paralegal; monthly CPD sessions on whistleblowing.

[[Associate, Slater and Gordon]], Manchester — 2016 to 2020
• Caseload of 45 unfair dismissal and wages claims; ACAS early conciliation.
• [[Second-chaired a religion-or-belief harassment appeal for a Pentecostal care worker]].

EDUCATION
[[LPC (Distinction), University of Law, Manchester]], 2014
[[LLB (Hons) Law, University of Leicester]], 2.1, 2013

PERSONAL
{D|Born 3 March 1989} in Leicester — {E|my parents came over from Tamil Nadu in 1984} and ran a corner shop, which is where my interest in workers' rights began. Outside the office I am {U|a member of Unite in my own right and sit on my branch committee}. {H|I manage type 1 diabetes with an insulin pump}; it has never affected a hearing date. {F|I am married with a daughter who started nursery this year}.

References: <<Mr Daniel Frame>>, Partner, Thompsons Solicitors; <<Ms Ruth Okafor>>, Slater and Gordon.
""",

# 002 Scottish advocate, criminal defence (short formal)
r"""<<Callum J. Ross>>, Advocate
Faculty of Advocates, Parliament House, Edinburgh EH1 1RF · <<callum.ross@advocates-box.scot>> · <<0131 226 5071>>

Called to the Bar: [[admitted to the Faculty of Advocates, 2012]]
Stable: [[Optimum Advocates]]

Practice
Criminal defence in the High Court of Justiciary and the Sheriff Appeal Court. [[Led or junior counsel in over 40 High Court trials, including terrorism and organised-crime indictments]]. [[Appeared for the appellant in two Crown appeals against sentence]]. Regular instructions from the Scottish Legal Aid Board panel.

Before calling
[[Solicitor, Drummond Miller LLP, Glasgow]] (2007–2011): summary and solemn criminal work; police station duty.

Education
[[LLB (Hons), University of Aberdeen]], 2005; [[Diploma in Professional Legal Practice]], 2006.

Outside practice
{R|I am an ordained elder at Cramond Kirk} and help with the Sunday breakfast club. {P|I have been an SNP member since the 2014 referendum and stood, unsuccessfully, for Edinburgh council in 2017}. I live in Barnton with {S|my civil partner, Euan}, and our two cocker spaniels. {D|Age: 43}.

Referees: <<Lord Ailsa (retired)>>; <<Ms Morag Lindsay, KC>>
""",

# 003 pupillage application form Q&A, England
r"""PUPILLAGE GATEWAY — APPLICATION (extract)
Chambers applied to: [[Garden Court Chambers]]

Name: <<Oluwaseun (Seun) Adebayo-Clarke>>
Email: <<seun.ac@outlook.com>>    Phone: <<07412 660 319>>

Q1. Education
[[BPTC / Bar Course, City Law School]] (Very Competent, 2022). [[LLB Law with Criminology, University of Kent]] (2:1, 2020).

Q2. Legal work experience
[[Casework volunteer, Bail for Immigration Detainees]] (2021–22): drafted bail summaries for clients held at Harmondsworth. [[Mini-pupillage in immigration and asylum]] at two sets. [[Paralegal, Duncan Lewis Solicitors]] — public law team, judicial reviews of Home Office removal decisions.

Q3. Why do you want to practise at the publicly funded Bar?
Because I have been on the other side of the desk. {C|I received a police caution for possession of cannabis in 2015}, {D|when I was 17}; the duty solicitor who explained it to me is the reason I studied law. I disclosed it to the Inns and was admitted to Middle Temple without condition.

Q4. Is there anything about your circumstances the panel should know?
{H|I have dyslexia and was given 25% extra time in exams}. {E|My father arrived from Lagos in 1996 and my mother is Jamaican-born}; I was the first in my family to attend university.

Q5. Interests
Spoken-word poetry; I coach the Kent mooting team.

Equality monitoring (detached from scoring): {S|Sexual orientation: bisexual}. {R|Religion or belief: none (raised Pentecostal)}.
""",

# 004 LinkedIn About, public defender, Chicago
r"""<<Jamal R. Whitaker>> · Assistant Public Defender at [[Law Office of the Cook County Public Defender]]
Chicago, Illinois · <<linkedin.com/in/jamalwhitakerpd>>

About
I have tried 31 felony jury trials since 2015 and I still lose sleep before every one of them. [[Felony Trial Division, Leighton Criminal Court Building]]. Before that I spent three years in [[Juvenile Justice Division]] arguing detention hearings for kids who looked a lot like me at that age.

Here is the part of my story I tell every client who thinks the system has already decided who they are: {C|I was arrested for retail theft at nineteen and spent a weekend in Cook County Jail}. {C|That record was expunged in 2011}, the year before I started at [[Chicago-Kent College of Law]]. The character and fitness committee got the full story.

At the office I'm {U|a steward for our bargaining unit in AFSCME Council 31}, which mostly means reading the contract more carefully than anyone else. [[Lecturer on suppression motions at the Illinois Public Defender Association]] annual seminar.

Off the clock: {S|my husband Marcus and I} foster rescue greyhounds on the South Side, and I run the [[Chicago Marathon]] badly every October. {G|I did one of those 23andMe kits last year and it matched me to cousins in Sierra Leone}.

Education: [[J.D., Chicago-Kent College of Law, 2015]] · B.A. Political Science, University of Illinois Chicago
""",

# 005 Irish solicitor, medical negligence, Dublin
r"""CURRICULUM VITAE

Name:            <<Aoife Brennan-Keogh>>
Address:         <<27 Griffith Avenue, Drumcondra, Dublin 9, D09 X2F4>>
Mobile:          <<+353 87 442 1093>>
Email:           <<aoife.brennankeogh@eircom.net>>
{D|Date of birth:   12/07/1974}
{F|Family:          widowed (2019), two sons aged 15 and 13}

PROFILE
Solicitor with nineteen years in [[clinical negligence litigation]] on the plaintiff side. [[Admitted as a solicitor by the Law Society of Ireland, 2005]].

EXPERIENCE
2012–present  [[Partner, Cantillons Solicitors]], Dublin
  - [[Obstetric and cerebral palsy claims against the HSE, settled via the State Claims Agency]]
  - [[Represented families at the Portlaoise Hospital inquests]]
2005–2012     Solicitor, Callan Tansey, Sligo

Career break: I stepped back from practice from March to December 2021 {H|during chemotherapy and surgery for breast cancer}. {G|Genetic testing afterwards showed I carry a BRCA2 mutation}, which has made me a better listener to clients facing the same news.

EDUCATION
[[BCL, University College Cork]], 1996; [[Diploma in Medical Law, King's Inns]], 2009

OTHER
{R|Eucharistic minister at St Columba's parish, Iona Road}. Treasurer, Drumcondra tennis club.

Referee: <<Mr Fergal Cantillon>>, Managing Partner.
""",

# 006 Canadian immigration consultant, Toronto
r"""<<SENAIT HAILE>>, RCIC
Regulated Canadian Immigration Consultant · Licence <<R712449>>
<<Scarborough, ON>> · <<416-555-0187>> · <<senait.haile@gmail.com>>

SUMMARY
Immigration and refugee practitioner with twelve years of casework. [[Represented 300+ refugee claimants before the Immigration and Refugee Board]], with particular focus on Eritrean and Ethiopian claims based on religious persecution. I know the process from the inside: {E|I arrived in Canada as a refugee from Eritrea in 2004} and {E|became a Canadian citizen in 2010}.

EXPERIENCE
[[Senior Consultant, Maple Gateway Immigration Services]] — 2016–present
 • [[Spousal sponsorships, PR applications, humanitarian and compassionate grounds]]
 • Trained five junior consultants on Basis of Claim narratives
[[Settlement Worker, COSTI Immigrant Services]] — 2011–2016
 • Intake and referral for 900+ newcomer families

CREDENTIALS
[[Graduate Diploma in Immigration and Citizenship Law, Queen's University]] (2013)
Member in good standing, College of Immigration and Citizenship Consultants

LANGUAGES
English, Tigrinya, Amharic, Arabic (working)

COMMUNITY
{R|I sing in the choir at St. Michael's Eritrean Orthodox Tewahedo Church} and run its youth homework club. {F|Mother of three; my youngest was born in 2018}.
""",

# 007 Australian barrister, academic CV with publications
r"""DR <<NAOMI CARBERRY>>
Barrister, [[Frederick Jordan Chambers]], Sydney · Adjunct Senior Lecturer, [[UNSW Faculty of Law & Justice]]
<<ncarberry@fjc.com.au>> · <<0412 998 306>>

ADMISSION
[[Admitted to the NSW Bar, 2011]]; Lawyer of the Supreme Court of NSW, 2007

PRACTICE
Native title, land rights and public law. [[Counsel for claimants in the Barkandji native title determination]]. [[Appeared in the High Court in a judicial review of a mining lease]].

PUBLICATIONS (selected)
- [[“Extinguishment After Timber Creek” (2021) 95 Australian Law Journal 412]]
- [[“Cultural Loss and the Measure of Compensation” (2019) 42 UNSW Law Journal 1170]]
- Book chapter: “Sovereignty Talk in Australian Courts”, in Indigenous Rights Casebook (Federation Press, 2022)

EDUCATION
[[PhD, University of New South Wales]] (2016); [[LLB (Hons I), University of Sydney]] (2006)

PERSONAL
{E|I am a Wiradjuri woman, raised on Country near Wagga Wagga}. {P|I am a member of the Australian Greens and convened the Marrickville branch until 2020}. {S|My partner, Jo, is also a lawyer — she practises in family law}.
""",

# 008 Hong Kong in-house counsel
r"""<<CHAN WING-YAN, VIVIAN>>
Flat 12B, <<Tower 3, Laguna Verde, Hung Hom, Kowloon>> | <<+852 9187 4430>> | <<vivian.chan.wy@gmail.com>>

HEAD OF LEGAL & COMPLIANCE

Experience
2018 – present   [[Head of Legal, Asia Pacific, Pacific Meridian Logistics Ltd]]
                 [[Oversaw SFC and HKMA regulatory filings]]; PDPO compliance programme; 14 direct reports
2013 – 2018      [[Senior Legal Counsel, Cathay Pacific Airways]]
                 Aircraft leasing, ground-handling contracts, cabin-crew employment disputes
2008 – 2013      Associate, Deacons (corporate)

Qualifications
[[Admitted as Solicitor, High Court of Hong Kong, 2010]]
[[PCLL, The University of Hong Kong]], 2008; [[LLB, The Chinese University of Hong Kong]], 2007

Personal
{D|Born 1984}; {F|married with two children}. {R|I serve as a deacon at Kowloon City Baptist Church}. {H|I wear hearing aids in both ears} — in meetings I ask colleagues to face me when they speak. For cross-border work I am enrolled in e-Channel and {G|my fingerprints are registered for Shenzhen frontier self-service clearance}.

Languages: Cantonese (native), English, Putonghua.
""",

# 009 Kenyan advocate, Nairobi
r"""CURRICULUM VITAE
<<ODHIAMBO KEVIN OTIENO>>, Advocate of the High Court of Kenya
P.O. Box <<48210-00100, Nairobi>> | Tel <<0722 418 930>> | <<kotieno.advocate@gmail.com>>

PERSONAL DETAILS
{D|Date of Birth: 4th May 1985}
Nationality: Kenyan
{E|Tribe: Luo}
{F|Marital Status: Married, 3 children}
{R|Religion: Seventh-day Adventist}

ADMISSION
[[Admitted to the Roll of Advocates, 2011]]; [[Commissioner for Oaths and Notary Public]]
Member, Law Society of Kenya (LSK)

EXPERIENCE
2016 – date  [[Partner, Otieno & Wafula Advocates]], Upper Hill
   • [[Election petitions for candidates of several parties before the High Court]]
   • Land and succession matters; conveyancing
2011 – 2016  Associate, Kaplan & Stratton

EDUCATION
[[Bachelor of Laws (LLB), University of Nairobi]], 2009
[[Post-Graduate Diploma, Kenya School of Law]], 2010

CHARACTER
{C|In 2008, as a student, I was charged with unlawful assembly after campus protests and fined KSh 5,000}; this was disclosed to the Council of Legal Education before admission. {P|I was youth league secretary for ODM in Kisumu Central, 2013–2017}.

REFEREES
<<Hon. Justice (Rtd) Mary Atieno>>, <<0733 502 118>>
<<Mr. Peter Wafula>>, Advocate
""",

# 010 Nigerian legal practitioner, Lagos
r"""<<CHUKWUEMEKA NNAMDI OKAFOR>>, Esq.
<<Plot 7, Admiralty Way, Lekki Phase 1, Lagos>> | <<08034127765>> | <<emeka.okafor.esq@yahoo.com>>

CAREER OBJECTIVE
A result-driven litigation lawyer seeking a senior associate role in a commercial chambers.

PERSONAL DATA
Sex: Male
{D|Date of Birth: 22/11/1991}
{E|State of Origin: Anambra}
LGA: Nnewi North
{F|Marital Status: Single}
{R|Religion: Christianity (Catholic)}
{G|Genotype: AS}

PROFESSIONAL QUALIFICATION
[[Called to the Nigerian Bar, 2015]] — Barrister and Solicitor of the Supreme Court of Nigeria

WORK EXPERIENCE
2019 – Date: [[Associate, Aluko & Oyebode]], Lagos
  - [[Debt recovery suits at the Federal High Court]]
  - [[Represented a bank in a wrongful-termination suit at the National Industrial Court]]
2016 – 2019: Counsel, Ofodile & Co.
  - NYSC service year, Legal Aid Council, Kano (2015–16)

EDUCATION
[[LL.B (Hons), Nnamdi Azikiwe University]], 2013 — Second Class Upper
[[B.L., Nigerian Law School, Lagos Campus]], 2015

REFEREES: available on request
""",
]
