CVS = [
("defence-en-021", """
<<Aoife Brennan-Walsh>>
Fingerprint Examiner / Crime Scene Investigator
<<Belfast BT9>> · <<aoife.bw.forensics@gmail.com>> · <<07891 004 562>>

Profile: {{Crime Scene Investigator, PSNI Scientific Support}} with eight years' casework, looking for a post in the {{Forensic Science Northern Ireland}} fingerprint bureau.

Experience
PSNI, Scientific Support Branch (2017–present)
• {{Recovered latent marks and DNA swabs at over 900 scenes}}, including paramilitary-style attacks
• {{Compared ten-print sets against IDENT1}} and gave evidence at Laganside Crown Court
• {{Maintained exhibit continuity for legacy Troubles cases}}
Scenes of Crime Assistant (civilian staff), 2014–2017

Education: {{BSc Forensic Science, Ulster University}}; {{Chartered Society of Forensic Sciences, Fingerprint competency}}

Personal
[[G:My own elimination prints and DNA profile are held by FSNI]], as for all CSIs. [[P:I was a member of the SDLP at university and stood in the 2011 council elections]]; I resigned on joining the PSNI. [[S:I'm bisexual and chair the PSNI LGBT+ Network's Belfast branch]]. [[D:Age: 34]]. [[U:NIPSA member]] (police staff).
"""),
("defence-en-022", """
<<SHANE MURPHY-CONNOLLY>>
<<Douglas, Cork T12>> | <<086 224 1917>> | <<shanemc.ops@gmail.com>>

WHAT I BRING
Sergeant (retd), Irish Defence Forces — 21 years in the 1st Brigade with three UNIFIL tours in Lebanon and one with EUFOR in Chad. Now after a supervisory role in facilities or port security.

SERVICE
2003–2024 Irish Defence Forces, Collins Barracks
  · Platoon Sergeant, {{UNIFIL 118th Infantry Battalion}}, south Lebanon
  · {{Checkpoint commander on the Blue Line}}; liaised with village mukhtars and imams
  · {{Unit Training NCO}}; small arms and {{Defence Forces Driver Instructor}}
  · Left on pension, 2024

SINCE
{{Security Supervisor, Port of Cork (Ringaskiddy)}}, 2024–present

INFORMATION RELEVANT TO VETTING
 - [[C:District Court conviction for drink driving, 2012]]; served a two-year ban.
 - [[P:Active member of Sinn Féin, Cork South-Central cumann]].
 - [[U:PDFORRA representative for my company 2015–2020]].
 - [[G:Haemochromatosis (C282Y homozygous), diagnosed by gene test]]; [[H:venesection four times a year]].

Home: [[F:married to Niamh, three kids]]. I coach hurling at Ballinlough.
"""),
("defence-en-023", """
<<Grace Wanjiru Kamau>>
P.O. Box <<40122-00100>>, <<Nairobi>> | <<+254 722 519 804>> | <<gwkamau.security@gmail.com>>

PERSONAL DETAILS
Date of Birth: [[D:19th November 1987]]
Marital Status: [[F:Married, 2 children]]
Nationality: Kenyan
Ethnicity: [[E:Kikuyu]]
Religion: [[R:Presbyterian (PCEA)]]

CAREER OBJECTIVE
To use my training as a former Kenya Police Inspector in a senior corporate security post with a multinational.

EXPERIENCE
2010–2022 {{National Police Service — Inspector, Anti-Terrorism Police Unit}}
 - {{Investigated Al-Shabaab recruitment networks in Eastleigh and the coast}}
 - {{Coordinated community engagement with mosque committees under the CVE strategy}}
 - {{Managed biometric registration of suspects on the AFIS system}}
2022–present {{Head of Security, Two Rivers Mall (Centum)}}

EDUCATION
{{BA Criminology and Security Studies, Egerton University}}; Kenya Police College, Kiganjo

REFEREES
<<Supt. Peter Otieno>>, NPS — <<0733 210 554>>
<<Ms. Janet Mwangi>>, Centum — <<j.mwangi@centum.example.co.ke>>
"""),
("defence-en-024", """
<<ETHAN R. CALLOWAY>>
Cleared Cyber Threat Analyst (TS/SCI, Full Scope Poly)
<<Columbia, MD 21045>> | <<e.calloway@proton.me>> | <<443-555-0178>>

QUALIFICATIONS SUMMARY
Nine years in signals intelligence and cyber threat intelligence: USMC Cryptologic Linguist (Arabic) then contractor analyst for NSA.

EXPERIENCE
{{Cyber Threat Intelligence Analyst, Booz Allen Hamilton}} (supporting NSA/CSS), 2019–present
– {{Tracked ISIS online propaganda and recruitment channels}}
– {{Authored attribution reporting on Iranian influence operations against US elections}}
– Mentor to three junior analysts
{{Cryptologic Linguist, United States Marine Corps}}, 2013–2019 (Sgt), Fort Meade and Bahrain

EDUCATION
{{Defense Language Institute, Arabic (Levantine) AA}}; B.S. Cybersecurity, UMGC

CERTIFICATIONS
{{GIAC GCTI}}, CISSP

SF-86 NOTES I'D RATHER SAY UP FRONT
– [[C:Juvenile record for vandalism, sealed in Ohio in 2009]]
– [[F:Fiancée]] is [[E:a Lebanese citizen]] currently on a K-1 visa application
– [[R:Converted to Islam in 2016]]; this was reviewed at my last periodic reinvestigation
– [[H:ADHD, managed with medication]]
"""),
("defence-en-025", """
<<Leading Firefighter Brooke Tangitau>>
<<Otara, South Auckland>> | <<brooke.tangitau@gmail.com>> | <<022 551 8802>>

Kia ora — I've spent 12 years with {{Fire and Emergency New Zealand}} and I'm applying for your {{Community Risk Reduction Advisor}} role.

FENZ, 2013–present
- {{Station Officer (acting), Papatoetoe Fire Station}}
- {{Led home fire-safety visits for Pasifika churches and the marae in Manukau}}
- Urban Search and Rescue technician, deployed to Christchurch and Gisborne
- {{Conducted fitness and medical-readiness checks for volunteer brigades}}

Study: {{NZ Diploma in Fire and Rescue Services}}

A bit about me
[[E:Tongan-born, raised in Auckland]]. [[S:My wife Aroha]] and I have been together nine years and [[F:we're expecting our first in June]]. I'm [[U:a NZPFU delegate for Papatoetoe]] and [[P:volunteered for Labour's Manukau East campaign in 2023]]. [[G:I have sickle cell trait]], which FENZ OH know about. Touch rugby and ukulele at whānau barbecues.
"""),
("defence-en-026", """
CURRICULUM VITAE

<<Robert "Bob" Langstaff>>
<<Maryborough QLD 4650>>
<<0438 771 220>>
<<blangstaff63@bigpond.com>>

OBJECTIVE
Experienced correctional officer looking to move into a training or case-management role with Queensland Corrective Services.

EMPLOYMENT HISTORY
2011 – present: {{Custodial Correctional Officer, Maryborough Correctional Centre}}
  Supervise accommodation units; {{conducted urinalysis and cell searches}}; {{facilitated the Indigenous Elders visiting program}}; escort duties to hospital and court.
2004 – 2011: Soldier, 9th Battalion RQR (Army Reserve), and cane-haulage driver
1989 – 2004: Australian Army, 1st Battalion RAR, rising to Corporal. Deployed East Timor 1999.

TRAINING
{{Certificate III in Correctional Practice}}; {{Certificate IV in Training and Assessment}}; Senior First Aid

OTHER INFORMATION
Age: [[D:61]] — and fitter than most of the young ones.
[[H:Diagnosed with PTSD by DVA in 2003; TPI pension]]; well managed.
[[U:Together union delegate for Maryborough]] since 2015.
[[P:One Nation member and booth worker at state elections]].
[[C:Spent conviction for a 1991 bar fight (good behaviour bond)]] — disclosed to QCS.
[[F:Widower; two grown sons]].
"""),
("defence-en-027", """
<<Naledi Mokoena>> | Customs Officer → Trade Compliance Analyst
<<Midrand, Johannesburg>> · <<naledi.mokoena@webmail.co.za>> · <<+27 83 602 1174>>

PROFILE
Customs officer with SARS for ten years at OR Tambo and Beitbridge, strong on tariff classification, rules of origin and valuation. Looking for a trade-compliance role with a logistics firm.

EXPERIENCE
{{Customs Officer, SARS Customs and Excise}} (2015–present)
 ▪ {{Risk-targeted inspections of cargo under the Customs and Excise Act}}
 ▪ {{Detected undeclared rhino horn and abalone consignments}}
 ▪ Trained new officers on the {{Harmonised System tariff}}
Junior Clerk, Transnet Port Terminals (2012–2015)

EDUCATION
{{BCom Supply Chain Management, UNISA}}

EXTRA
[[U:Shop steward, PSA at OR Tambo cargo]] (2019–2023). [[P:Former EFF branch secretary in Tembisa]], 2014–2016. [[S:I live with my partner, Lerato]], in Midrand. [[R:Member of the Zion Christian Church]]. I [[G:did an ancestry DNA test in 2022]] for family research.
"""),
("defence-en-028", """
<<Gary Fitzsimmons>> — Police Staff, Vetting Officer (Force Vetting Unit)
<<Stockport>> — <<gfitzsimmons@live.co.uk>> — <<07718 993 245>>

About
Civilian police staff member in the {{Force Vetting Unit, Cheshire Constabulary}}, where I have processed recruit, NPPV and MV applications since 2016. I would like to move into HR investigations.

Experience
• {{Assessed vetting applications including criminal records, financial checks and associations with extremist groups}}
• {{Reviewed declared relatives with foreign nationality for risk}}
• {{Minute-taker for the joint negotiating committee with the Police Federation and UNISON (employer side)}}
• Prior: Admin Officer, Stockport Magistrates' Court, 2011–2016

Training: {{Authorised Professional Practice (APP) Vetting}}; {{CIPD Level 5}}

Me
[[D:Born 1985]] in Stockport. I [[H:lost my left leg below the knee in a motorbike accident]] in 2009 and use a prosthesis. [[S:My civil partner, Ian]], is a nurse at Stepping Hill. [[U:I'm a UNISON steward in the police staff branch]], but I keep that separate from JNC minutes. [[P:Liberal Democrat member]].
"""),
("defence-en-029", """
<<WO2 (retd) Kojo Mensah-Baker>>
Operations Manager — Critical National Infrastructure Security
<<Aldershot, GU11>> | <<07437 615 882>> | <<kojo.mensahbaker@gmail.com>>

SERVICE SUMMARY
Service No 24913587. Twenty-four years, Royal Engineers, ending as Squadron Sergeant Major. Search Advisor (RESA) and bomb disposal support in Northern Ireland, Iraq and Afghanistan.

KEY APPOINTMENTS
• {{Squadron Sergeant Major, 33 Engineer Regiment (EOD&S)}}, 2017–2021
• {{Royal Engineers Search Advisor}} — route clearance, {{vulnerable point searches}}
• Instructor, Defence Explosive Ordnance Disposal, Munitions and Search Training Regiment

SINCE LEAVING
{{Security Operations Manager, Sellafield Ltd}} — 2021–present, CNI protective security

QUALIFICATIONS
{{Level 5 Diploma in Leadership and Management (CMI)}}; {{Counter-IED Search Advisor course}}

PERSONAL
DOB [[D:08 FEB 78]]. [[E:Mother Ghanaian, father from Barbados]]; I hold [[E:Ghanaian citizenship]] alongside British. [[G:DNA profile retained on the MOD DNA database]] from my EOD role. [[R:Seventh-day Adventist]], so I avoid Saturday duty where possible. [[F:Wife Abena and one son at Farnborough Sixth Form]].
"""),
("defence-en-030", """
<<Marcus Van der Berg>>
<<Sydney, NSW>> · <<marcus.vdberg@outlook.com.au>> · <<0401 662 978>>

Paramedic Specialist (Intensive Care Paramedic), NSW Ambulance, 2009–2025, moving into a clinical education role.

Experience
{{Intensive Care Paramedic, NSW Ambulance (Sydney metro)}}
  – {{Clinical lead for mental-health call-outs with the police}}
  – {{Administered naloxone and managed overdoses at Kings Cross}}
  – {{Peer support officer}} for crews after critical incidents
{{Clinical Educator (secondment), NSW Ambulance Education Centre}}, 2021–2023

Qualifications
{{Graduate Diploma in Intensive Care Paramedicine, Charles Sturt}}; AHPRA registered paramedic

Why the move
[[H:A shoulder reconstruction in 2024]] means I'm cleared for light duties only. [[F:Two kids under five and a partner on night shifts]] also make the station rotation hard. I remain [[U:an APESMA and HSU member]].

Interests: surf lifesaving at Maroubra, [[P:Teal campaign volunteer in Wentworth]].
"""),
]
