# legal-en-031 .. 040, typed by hand
CVS = [
# 031 Trinidad court clerk, Judiciary
r"""<<KEISHA ANN ALEXANDER>>
<<LP 44 Caroni Savannah Road, Arima>> · <<868-642-8817>> · <<keisha.alexander.tt@gmail.com>>

POSITION SOUGHT: Deputy Registrar, Judiciary of Trinidad and Tobago

WORK HISTORY
Mar 2015 – Present  [[Court Clerk II, Arima Magistrates' Court]]
    [[Maintenance and domestic violence protection order lists]]; warrants; [[preparing committal bundles for the Director of Public Prosecutions]]
Jan 2011 – Feb 2015  [[Clerk I, Registry, Hall of Justice, Port of Spain]]

EDUCATION
[[Certificate in Court Administration, Judicial Education Institute of T&T]] (2016)
[[B.Sc. Management Studies, UWI St Augustine]] (2010)

PERSONAL
{D|D.O.B.: 09 September 1987}
{F|Status: married, one child}
{R|I am a Spiritual Baptist and a leader in our church's Shouters' choir}; I request leave on 30 March, Spiritual Baptist Liberation Day.
{E|Afro-Trinidadian, of Grenadian descent on my mother's side}
{U|Member of the Public Services Association, Arima branch committee}

REFERENCES
<<Her Worship Ms. Indira Rampersad>>, Senior Magistrate
<<Mr. Clyde Joseph>>, Court Manager
""",

# 032 High Court Enforcement Officer, England
r"""<<Gary Lofthouse>>
Certificated Enforcement Agent | High Court Enforcement Officer (authorised)
<<Wakefield, West Yorkshire>> | <<07800 447 119>> | <<g.lofthouse@enforce-mail.co.uk>>

EXPERIENCE
2016–present   [[Authorised HCEO, The Sheriffs Office]], Yorkshire region
   - [[Writs of possession and control of goods, 600+ per year]]
   - [[Residential evictions with vulnerable occupiers, liaising with social services]]
2009–2016      [[Enforcement Agent, Marston Holdings]]
   - Magistrates' court fines and council tax warrants

CERTIFICATION
[[Enforcement Agent certificate, County Court at Leeds (renewed 2022)]]
[[CIVEA Level 2 Certificate in Enforcement]]

DISCLOSURE
{C|Police caution for common assault in 2011 (a pub argument)}; it was disclosed to the certificating judge and my certificate was granted. Enhanced DBS on request.

PERSONAL
{D|Age 44}. {H|I had a lumbar discectomy in 2020} so I don't do heavy goods removal myself now. {U|GMB member}. {F|Dad of three; divorced}, {S|now living with my partner, Steve}. Rugby league referee, amateur level.
""",

# 033 paralegal, union-side firm, Philadelphia
r"""<<Jordan Feldstein-Reyes>>
Philadelphia, PA · <<jordan.fr@protonmail.com>> · <<(215) 555-0168>>

Paralegal, labor and employment (union side)

WORK
[[Senior Paralegal, Willig, Williams & Davidson]]            2019 – present
 » [[NLRB unfair labor practice charges and arbitration prep for SEIU and AFSCME locals]]
 » [[Title VII and ADA discrimination complaints at the EEOC]]
 » Grievance database, exhibit binders, witness scheduling
[[Legal Assistant, Community Legal Services of Philadelphia]]   2016 – 2019
 » [[Unemployment compensation hearings]]

EDUCATION
[[Paralegal Certificate, Temple University]] (ABA-approved), 2016
B.A. History, Drexel University, 2015

OUTSIDE WORK
{U|Member and shop steward of OPEIU Local 153 at the firm}. {P|Active in Philly DSA's housing working group}. {S|I'm a lesbian and volunteer with the William Way LGBT Community Center legal clinic intake}. {G|I'm on the Ashkenazi carrier-screening results list as a Tay-Sachs carrier} and talk about it at JScreen drives. {D|Born 1993}.
""",

# 034 Hong Kong compliance — one span
r"""<<LEUNG KA-MING, KELVIN>>
<<kelvin.leung.compliance@gmail.com>> | <<+852 6123 9088>>

COMPLIANCE MANAGER — ASSET MANAGEMENT

EXPERIENCE
Jul 2019 – Present   [[Compliance Manager, Value Partners Group]]
  • [[SFC Type 9 licensing, FMCC compliance and annual returns]]
  • Personal account dealing monitoring; quarterly training on market misconduct
Sep 2014 – Jun 2019  [[Assistant Manager, Compliance, HSBC Global Asset Management (Hong Kong)]]
  • [[AML/CFT reviews of third-party distributors]]

QUALIFICATIONS
[[Licensed Representative (RO), SFC]]; [[HKSI LE Paper 1, 2, 6]]
[[BBA (Law), City University of Hong Kong]], 2014

OTHER
[[Led the firm's response to the SFC circular on climate-related risks]] (2021–22), including gap analysis across 14 funds and a board paper adopted without amendment.

SKILLS
Bloomberg Vault, Global Relay, Excel (advanced), policy drafting in English and Chinese.

OTHER
{D|Year of birth: 1992}. Cantonese, English, Putonghua. Volunteer referee, Hong Kong Football Association. {G|My face and fingerprints are enrolled in the Smart Departure scheme} as I travel monthly to Singapore for regional compliance meetings.
""",

# 035 pupillage application (Gateway-style Q&A), London
r"""PUPILLAGE APPLICATION — [[Doughty Street Chambers]]

Applicant: <<Harjeet Singh Bains>>
<<harjeet.bains@cantab.net>> · <<07521 904 377>>

Education
[[MA (Cantab) Law, Gonville & Caius College, Cambridge]], First, 2021
[[Bar Practice Course, Inns of Court College of Advocacy]], Outstanding, 2023
[[Lord Denning Scholarship, Lincoln's Inn]]

Experience
[[Judicial assistant to the Court of Appeal (Civil Division)]], 2023–24
[[Caseworker, Free Representation Unit]]: [[five Employment Tribunal hearings, including a religious-dress dismissal claim]]
[[Research for Liberty on stop-and-search data]]

Q. Why this chambers?
Your civil liberties work — especially the prison law team — is the practice I want.

Q. Describe something about yourself not shown elsewhere.
{R|As a practising Sikh I wear a turban and kara}, and I have learned to answer questions about them with patience. {E|My grandparents came from Jalandhar to Southall in 1964}. {H|I had a stammer as a child and still use techniques from speech therapy} before advocacy. {P|At Cambridge I was chair of the university Conservative Association}, which surprises people at a human-rights set. {S|My fiancé, James, is a junior doctor}.
""",

# 036 Kenya legal officer, asylum NGO
r"""CURRICULUM VITAE
Name: <<Hodan Abdirahman Farah>>
Address: <<Eastleigh, Nairobi>>
Telephone: <<0720 115 902>>
E-mail: <<hodanfarah.legal@gmail.com>>
{D|Date of birth: 17.03.1990}
{E|Nationality: Kenyan (Somali community, from Garissa)}
{R|Religion: Muslim}
{F|Marital status: Single}

PROFESSIONAL EXPERIENCE
2018 – current: [[Legal Officer, Refugee Consortium of Kenya]]
 - [[Refugee status determination appeals for Somali and South Sudanese applicants]]
 - [[Detention monitoring at Nairobi police stations]]
 - Training county officials on the Refugees Act 2021
2015 – 2018: Legal Assistant, Kituo cha Sheria (Eastleigh clinic)

EDUCATION
[[LLB, Moi University]] (2013); [[Diploma in Law, Kenya School of Law]] (2014)
[[Admitted as Advocate of the High Court, 2015]]

LANGUAGES: Somali, Swahili, English, Arabic
INTERESTS: {H|I use a wheelchair after a road accident in 2012} and sit on the accessibility committee of the LSK Nairobi branch.
""",

# 037 US summer associate application, Atlanta
r"""<<Nadège Toussaint>>
Emory University School of Law, Class of 2026 · <<Atlanta, GA>> · <<ntoussaint@emory.edu>> · <<(404) 555-0139>>

EDUCATION
[[J.D. Candidate, Emory University School of Law]] — Emory Law Journal, staff editor
[[B.A., Spelman College]], magna cum laude, 2022

EXPERIENCE
[[Summer Law Clerk, Southern Center for Human Rights]] (2024): [[capital post-conviction research; clemency petitions]]
[[Research Assistant, Prof. on voting-rights litigation]] (2023–24)

DIVERSITY STATEMENT (for the 1L/2L diversity fellowship)
{E|I am the daughter of Haitian immigrants} and the first in my family to go to college. {G|I was born with sickle cell disease} and {H|spent two weeks in hospital during my 2L fall with a pain crisis}; I still made law review. {R|Faith matters to me — I worship at Big Bethel AME Church}, where I teach Sunday school. {F|I'm married, and my husband is deployed with the Army}.

SKILLS: Haitian Creole, French; Westlaw, Lexis
""",

# 038 Scottish law lecturer, academic CV
r"""Dr <<Alasdair Munro>>
Senior Lecturer in Public Law, [[School of Law, University of Glasgow]]
<<alasdair.munro@glasgow.ac.uk>> | <<orcid.org/0000-0002-4419-8830>>

Appointments
[[Senior Lecturer in Public Law, University of Glasgow]], 2018–
[[Lecturer in Law, University of Stirling]], 2012–2018

Education
[[PhD, University of Edinburgh]] (2012) — thesis on devolution and the Sewel convention
[[LLB (Hons), University of Glasgow]] (2007)

Publications
[[“Legislative Consent After Brexit” (2022) Edinburgh Law Review 26(1) 44]]
[[Devolution and Rights (Edinburgh University Press, 2019)]]
“Electoral Law for Holyrood”, report to the Scottish Parliament Standards Committee (2020)

Grants
[[AHRC Early Career Fellowship]] (2015–17)

Service and personal
{U|President of the Glasgow branch of UCU since 2021, leading our local ballot in the pensions dispute}. {P|I stood for Scottish Labour in Glasgow Kelvin at the 2021 Holyrood election}. {S|I live in Partick with my civil partner, Andrew}. {C|I was fined in 2004 for breach of the peace at a Faslane blockade}, disclosed when I joined the Faculty's tutor panel.
""",

# 039 compliance officer, Port Harcourt
r"""<<IBIBA TAMUNO-WARI GEORGE>>
<<15 Stadium Road, Port Harcourt, Rivers State>>
<<0806 774 3310>> · <<ibibageorge@gmail.com>>

CAREER PROFILE
Compliance and legal professional with ten years in the oil and gas services sector; [[Called to the Nigerian Bar, 2013]].

EXPERIENCE
2018 – date  [[Compliance Officer, Shell Petroleum Development Company of Nigeria]]
             – [[Anti-bribery due diligence on 300+ vendors]]
             – [[Host-community MoU compliance in the Niger Delta]]
2013 – 2018  [[Legal Officer, Rivers State Ministry of Justice]]

EDUCATION
[[LL.B, University of Port Harcourt]], 2011 · [[B.L., Nigerian Law School, Yenagoa]], 2012

BIO-DATA
{D|Age: 35 years}
{E|Ethnicity: Ijaw (Kalabari)}
{F|Marital status: Married}
{R|Religion: Christian (Anglican)}
{G|Genotype: SS} — {H|regular haematology follow-up at UPTH}

DECLARATION (Nigerian Law School, 2012)
{C|I was convicted by a Port Harcourt magistrate in 2008 of affray following a students' union fight and fined}; the Body of Benchers was informed and I was called with my set.

LANGUAGES: English, Kalabari, Nigerian Pidgin
HOBBIES: Reading, chess, Kalabari cultural dance, mentoring female law students through the NBA Port Harcourt branch.
""",

# 040 in-house counsel, Brisbane
r"""<<Sarah Whitcombe>>
Senior Legal Counsel · Brisbane QLD
<<0419 355 782>> · <<s.whitcombe@outlook.com.au>>

Experience
Apr 2019 – present   [[Senior Legal Counsel, Queensland Rail]]
   · [[Enterprise agreement negotiations with the RTBU and ETU]] (management side)
   · [[Fair Work Commission unfair dismissal defence]]
   · Work health and safety prosecutions advice
Feb 2013 – Mar 2019  [[Principal Legal Officer, Crown Law Queensland]]
   · Native title and state development matters

Admission & qualifications
[[Admitted as a Lawyer of the Supreme Court of Queensland, 2010]]
[[LLB/BA, University of Queensland]] (2009); [[GDLP, College of Law]]

Career break
{F|Parental leave from July 2021 to June 2022 after the birth of my second child}; {S|my wife, Leah, carried our first}.

Other
{U|While at Crown Law I was a Together (ASU) workplace delegate}. {H|I manage rheumatoid arthritis with fortnightly injections}, which has no effect on my availability. {D|Born 15.04.1985}. {C|At admission I disclosed a 2006 drink-driving conviction}, for which no conviction was recorded beyond a fine. {P|Member of the Queensland Liberal National Party}.
""",
]
