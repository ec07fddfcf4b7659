CVS = [
("defence-en-010", """
CAPABILITY STATEMENT — <<Lieutenant Commander (retd) Hemi Tawhiri>>, RNZN
<<Devonport, Auckland>> | <<021 448 9031>> | <<hemi.tawhiri@xtra.co.nz>>

Twenty years as a Royal New Zealand Navy warfare officer, ending as Executive Officer of {{HMNZS Otago}}. I want to lead maritime security or port operations for a civilian operator.

Core capabilities
• {{Fisheries and EEZ boarding operations}} with MPI: planned 140 boardings in the Southern Ocean.
• {{Maritime counter-smuggling intelligence with NZ Customs Service}}.
• Search and rescue coordination (RCCNZ liaison).
• Personnel management for 60 crew, including {{welfare cases referred to the Navy chaplain and medical officer}}.

Postings
2021–2024 XO, HMNZS Otago | 2017–2021 Staff officer, Joint Forces HQ, Trentham | 2004–2017 bridge watchkeeper to navigator, frigates.

Qualifications
{{Master of Strategic Studies, Victoria University of Wellington}}; Principal Warfare Officer course.

Whānau and me
[[E:Ngāti Porou on my father's side, Samoan on my mother's]]. [[F:My wife Leilani and our three tamariki]] live in Devonport. I hold [[D:DOB 23 SEP 82]] on my service papers. [[R:I'm a lay preacher in the Methodist Church of Samoa]] parish in Ōtāhuhu. Waka ama paddler.
"""),
("defence-en-011", """
<<JOSHUA "JOSH" ABERNATHY>>
Cyber Security Analyst (SOC Tier 2) — eligible for SC/DV
<<Cheltenham, GL51>> — <<josh.abernathy@pm.me>> — <<github.com/jabernathy-sec>>

Summary
Former RAF Cyberspace Communications Specialist, now two years in a commercial SOC. Comfortable with Splunk, Sentinel, Zeek and CrowdStrike. Looking for a threat-hunting role in the Cheltenham cluster.

Experience
{{SOC Analyst, NCC Group}} — 2022 to present
  - Triage of 300+ alerts a week; wrote detections for {{ransomware affiliates' lateral movement}}.
  - {{Contributed threat reports on state-linked groups targeting UK political parties}}.
{{Cyberspace Communications Specialist, RAF}} (SAC to Cpl) — 2015 to 2022, RAF Digby and Corsham.

Certifications
{{CompTIA Security+}}, {{GIAC GCIH}}, Blue Team Level 1.

Vetting notes (for the recruiter)
SC lapsed 2023. My last DV review recorded [[E:dual British–Irish citizenship]] and that [[S:my boyfriend Tomasz]] is [[E:a Polish national]]. I also disclosed [[C:a 2014 conviction for possession of cannabis]] (fine, now spent).

Personal: [[H:autistic (diagnosed 2019)]], which mostly shows up as an unreasonable love of log files. I play bass in a ska band and [[P:canvass for the Green Party in Cheltenham]].
"""),
("defence-en-012", """
<<Wayne Pretorius>>
Close Protection Operative / Team Leader
<<Centurion, Gauteng>> • <<+27 71 993 4410>> • <<wayne.pretorius.cpo@gmail.com>>

WHO I AM
Ex-SANDF paratrooper (44 Parachute Regiment) with twelve years in commercial close protection across Southern Africa, the Gulf and the Sahel. PSIRA Grade A.

EMPLOYMENT
2017–present {{CP Team Leader, GardaWorld (Iraq and Mozambique contracts)}}
  – Principal protection for oil and gas executives; convoy and hostile-environment planning.
  – {{Vetted local national guards, including criminal-record and biometric checks}}.
2012–2017 {{Close Protection Operative, Nexus Security, Johannesburg}}
2004–2012 Corporal, 1 Parachute Battalion, Bloemfontein

TRAINING
{{Level 3 Award in Close Protection}}; {{Advanced Medic (First Responder to ILS)}}; Level 3 CP (UK), Hostile Environment Awareness; Defensive driving (Bill Scott Raceway).

PERSONAL DATA
Born: [[D:2 Aug 1983]]
Marital status: [[F:married, one son]]
Home language: Afrikaans
I have [[H:a titanium plate in my right forearm from a 2009 jump accident]] with full function.
Church: [[R:Dutch Reformed (NG Kerk), Lyttelton congregation]].
Disclosure: [[C:admission-of-guilt fine for a 2006 bar brawl in Bloemfontein]]; PSIRA cleared me.
My [[G:own fingerprints were captured by PSIRA and sit on the SAPS AFIS]] like every guard's.
"""),
("defence-en-013", """
Paul Wainwright-Chen
<<paul.wchen@gmail.com>> | <<+61 412 309 877>> | <<Parramatta NSW 2150>>

Career summary
Detective Senior Constable, NSW Police Force, moving across to fraud and investigations in financial services.

NSW Police Force, 2010–2025
{{Detective Senior Constable, State Crime Command — Fraud and Cybercrime Squad}} (2018–2025)
 • Ran brief-of-evidence preparation on {{card-skimming syndicates prosecuted under the Crimes Act 1900}}
 • {{Handled fingerprint and DNA exhibits through the Forensic Evidence and Technical Services Command}}
Constable, Parramatta Local Area Command (2010–2018)
 • {{GLLO (Gay and Lesbian Liaison Officer) for the command}}, handling hate-crime reports after Mardi Gras
 • {{Multicultural community liaison with the Parramatta Mosque and the Sikh gurdwara in Glenwood}}

Study
{{Graduate Certificate in Fraud Investigation, Charles Sturt University}}

Personal
[[E:Born in Hong Kong; arrived in Sydney in 1995]]. [[S:My husband Greg]] and I live in Parramatta. As every NSW officer does, [[G:my own DNA and fingerprints sit on the police elimination database]]. [[U:PANSW member]]. Sundays at the Parramatta River rowing club.
"""),
("defence-en-014", """
<<CPL ISIRELI NAIVALU>> (retd) — Infantry Section Commander turned Site Security Supervisor
<<Flat 12, 40 Wellington Rd, Tidworth SP9 7AB>> · <<07961 330 245>> · <<isireli.naivalu@gmail.com>>

Service (British Army, 2 RIFLES), 2008–2022
• Section Commander, Afghanistan (Op HERRICK 14) and Estonia (Op CABRIT).
• {{Range Conducting Officer}} and {{Skill at Arms instructor}}.
• {{Unit Equality and Diversity Advisor}}: helped Commonwealth soldiers with visa and settlement applications.
• Left 2022 as Corporal. [[H:Treated for PTSD at Headley Court and through Combat Stress]]; fully stable now and happy to discuss.

Civilian work
{{Security Supervisor, Corps Security, Salisbury District Hospital}}, 2022–present. Manage 11 officers, CCTV and lockdown plans, {{SIA Door Supervisor and CCTV licences}}.

About me
[[E:Fijian citizen with ILR since 2016]]; [[G:my fingerprints and facial image are enrolled for my biometric residence permit]]. [[D:Born 30 JUN 88]] in Sigatoka. [[R:Methodist; I lead our Fijian fellowship choir]]. [[F:My wife Mere and our two daughters]] are with me in Tidworth. Rugby: Army Fijian 7s (2012–2019).
"""),
("defence-en-015", """
<<Dr Fiona McAllister>>, MBChB, MFOM
<<Bridge of Allan, Stirling FK9>> · <<fiona.mcallister.ohp@gmail.com>> · <<07722 118 640>>

Consultant Occupational Physician — Police and Fire services

Summary: Occupational physician with a decade assessing fitness for emergency-service work. Now seeking a clinical director post.

Experience
{{Force Medical Adviser, Police Scotland}} (2017–present)
  · {{Carried out ill-health retirement and injury-on-duty assessments for officers}}
  · {{Advised the Scottish Police Federation's joint welfare group from the employer side}}
  · {{Designed PTSD screening for firearms officers after critical incidents}}
Occupational Health Physician, {{Scottish Fire and Rescue Service}} (2013–2017)
  · {{Hearing and lung-function surveillance for breathing-apparatus wearers}}

Qualifications: {{Membership of the Faculty of Occupational Medicine (MFOM)}}, 2015.

Personal statement
I came into medicine late, [[D:at 29]], after four years as a retained firefighter, and I know what shift work does. [[F:I'm separated with two children at school in Stirling]], so I need some flexibility on school holidays. [[H:I had treatment for breast cancer in 2020]] and have been in remission since. I am [[P:a Scottish Green councillor on Stirling Council]], which I would declare under any conflict-of-interest policy.
"""),
("defence-en-016", """
<<Mohammed Iqbal Hussain>>
Border Force Higher Officer
<<Hounslow, TW4>> | <<07412 889 130>> | <<m.i.hussain@outlook.com>>

PROFILE
Border Force Higher Officer at Heathrow Terminal 5 with fourteen years in immigration control and customs. I supervise primary arrivals, the ePassport gates and the detection teams, and I am applying for the Home Office {{Senior Intelligence Officer}} post.

CAREER
{{Higher Officer, Border Force, Heathrow T5}}, 2018–now
 · {{Supervise 40 ePassport gates using facial biometric matching}}
 · {{Refer suspected victims of trafficking under the National Referral Mechanism}}
 · {{Handled counter-terrorism Schedule 7 referrals with SO15}}
Border Force Officer, Gatwick North (2011–2018)
Immigration Officer, UKBA (2010–2011)

EDUCATION
BA (Hons) Law with Criminology, Brunel University

ABOUT ME
[[E:My parents came from Mirpur, Azad Kashmir]], and I speak Pahari and Urdu at home. [[R:I pray at Hounslow Jamia Masjid and ask for Friday lunchtime flexibility]]. [[F:Married with four children]]. I am a [[U:PCS workplace rep at T5]]. In 2019 [[G:I enrolled my own iris and face in the Registered Traveller pilot]] as a volunteer tester. Cricket for Hounslow CC.
"""),
("defence-en-017", """
LETTER OF APPLICATION

Dear Ms <<Hargreaves>>,

I am writing to apply for the role of {{Emergency Planning Officer}} with {{Cumbria County Council}}. I served fifteen years as a {{Flight Medic in the Royal Air Force}}, most recently at RAF Brize Norton with the {{Aeromedical Evacuation Squadron}}, and since 2021 I have worked as a {{Resilience Coordinator for North West Ambulance Service}}.

In the RAF I planned casualty evacuation chains from Camp Bastion, and at NWAS I wrote the trust's {{mass-casualty plan for the M6 corridor}}. I have run tabletop exercises with Cumbria Fire and Rescue and the police, and I know your Local Resilience Forum well.

You will see a gap in 2019–2020. I was [[H:on sick leave for depression]] after my last tour, and then left the RAF. I disclose it because I am proud of the recovery, not because it affects my work.

I should also say that I have [[C:a caution from 2001 for criminal damage]], which is long spent.

On a personal level, [[F:I have been a single father since my wife died in 2018]], and my son is now at secondary school in Penrith, so a Cumbria role is ideal. [[D:I turn 45 this autumn]].

I would welcome the chance to discuss my application.

Yours sincerely,

<<Gareth Lloyd-Evans>>
<<7 Beacon Edge, Penrith CA11 8BH>> · <<07980 441 006>> · <<g.lloydevans@btinternet.com>>
"""),
("defence-en-018", """
<<Chief Petty Officer (retd) Lorraine Delacroix-Hamilton>>, RCN
<<Esquimalt, BC>> · <<250-555-0193>> · <<l.delacroix.hamilton@shaw.ca>>

PROFILE
Naval Communicator with 25 years in the Royal Canadian Navy; now a security and privacy analyst candidate for federal or provincial roles. Reliability status and Top Secret (lapsed 2024).

EXPERIENCE
{{Information Systems Security Officer, CFB Esquimalt}} 2016–2024
 – {{Conducted security screening interviews for civilian contractors}}
 – COMSEC custodian; incident reporting to CFNOC
{{Chief of the Boat (acting), HMCS Regina}} 2012–2016
Naval Communicator, Halifax and Esquimalt 1999–2012

EDUCATION
{{BA Military Arts and Science, Royal Military College of Canada (DL)}}
{{ISC2 CISSP}} (2022)

NOTES
I was among those affected by the LGBT Purge settlement: I received [[C:a summary trial conviction in 1994]] that was expunged under the Expungement of Historically Unjust Convictions Act, and I sit on the [[S:Rainbow Veterans of Canada]] steering group. [[F:Married to my partner Joanne since 2006]]. [[E:Métis citizen (Métis Nation British Columbia)]]. [[D:Born 1976]].
"""),
("defence-en-019", """
<<Jake Thornbury>> — Private Security Guard / Retail Loss Prevention
<<Whitmore Reans, Wolverhampton WV6>>, <<07519 662 904>>, <<jakethornbury99@gmail.com>>

Reliable SIA-licensed guard with 6 years in retail and event security. I am applying for the {{Loss Prevention Officer}} role at your Merry Hill store.

Jobs
2021–now  {{Store Detective, Primark Wolverhampton}} – {{detained shoplifters and handed over to West Midlands Police}}, gave statements, reviewed CCTV
2019–2021  {{Event Steward / Door Supervisor, Showsec}} – Molineux match days, concerts
2018  Warehouse operative, Amazon BHX4

Licences and training
{{SIA Door Supervisor licence}}, Emergency First Aid at Work, Conflict management

Honesty box
I have [[C:a conviction from 2017 for affray]], [[D:aged 18]], which is now spent; the SIA granted my licence with full knowledge. Since then I've done my [[H:recovery through Narcotics Anonymous]] and I'm five years clean. Lives with [[F:my girlfriend and her two kids]].

Hobbies: boxing coach at a youth club, Wolves season ticket.
"""),
("defence-en-020", """
<<Lt Col (retd) Catherine Ashdown-Moore>> OBE
Former Commanding Officer, Royal Military Police | <<Andover, Hampshire>> | <<cashdownmoore@gmail.com>> | <<07838 204 117>>

Executive Summary
Senior military police officer (24 years) seeking non-executive and head-of-investigations roles in regulated industries.

Appointments
2020–2023 {{Commanding Officer, 1st Military Police Regiment}}
 › {{Directed Service Police investigations into sexual offences and racially aggravated assaults}}
 › {{Oversaw the custody suite, including fingerprint and DNA sampling of arrested service personnel}}
2016–2020 {{SO1 Provost, Army Headquarters}}
2012–2016 OC, Special Investigation Branch company, Germany

Education
{{MA Criminology, University of Portsmouth}}; ICSC(L) graduate

Board interests
Trustee, Royal Military Police Charity.

Personal
[[D:DOB 17 JAN 1975]]. [[F:Married, two adult stepchildren]]; my husband is [[E:a Dutch national]] working in Brussels, which is recorded on my vetting. [[G:I carry a BRCA1 mutation]] and [[H:had a risk-reducing mastectomy in 2018]]. [[R:Confirmed in the Church of England in 2010]] and serve on the PCC at St Mary's, Andover.
"""),
]
