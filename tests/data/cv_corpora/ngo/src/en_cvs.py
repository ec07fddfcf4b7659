# Hand-typed English CVs (ngo corpus). Marks: [[x:sensitive]] {{keep}} <<contact>>.
CVS = [
# en-001 Kenya, UN P11
r"""
PERSONAL HISTORY FORM (P.11)

1. Family name: <<Otieno>>        First name(s): <<Grace Akinyi>>
2. Date of birth: [[a:14/03/1986]]        Place of birth: Kisumu
3. [[e:Nationality: Kenyan (by birth)]]
4. [[f:Marital status: Married, two dependants under 18]]
5. Permanent address: <<P.O. Box 4471-40100, Kisumu, Kenya>>
6. Telephone: <<+254 722 418 093>>        E-mail: <<g.otieno.protection@gmail.com>>
7. Have you any relatives employed by a public international organisation? No

EMPLOYMENT RECORD (most recent first)
From 08/2019 to present: {{Associate Protection Officer, UNHCR Sub-Office Kakuma}}
Duties: {{refugee status determination interviews for South Sudanese and Burundian applicants}}; {{best-interest assessments for unaccompanied children}}; supervised {{biometric enrolment (BIMS iris and fingerprint) of new arrivals}} at the reception centre.
From 02/2014 to 07/2019: {{Protection Assistant, Norwegian Refugee Council, Dadaab}}
Duties: ICLA counselling on civil documentation; {{referrals to SGBV case management}}.

LANGUAGES: English (fluent), Kiswahili (fluent), Dholuo (mother tongue), French (basic).

18. Do you have any medical condition which would restrict your ability to serve in hardship duty stations?
Answer: [[h:Controlled asthma; I carry an inhaler]] and have never lost a mission day to it.
19. Have you ever been arrested, indicted or summoned into court as a defendant in a criminal proceeding? No.
20. Other relevant facts: [[r:I sing in the choir at St Stephen's ACK Cathedral in Kisumu]] and would look for a congregation at any duty station.

I certify that the statements made by me in answer to the foregoing questions are true.
Signature: <<G. A. Otieno>>        Date: 11 January 2025
""",
# en-002 UK, narrative profile
r"""
<<Tom Harkness>>
<<Leeds LS6>> | <<07700 912 334>> | <<tomharkness.campaigns@protonmail.com>>

I've spent twelve years running public campaigns, most recently as {{Senior Campaigns Manager at Oxfam GB}}, where I led {{Even It Up, the inequality campaign}} and the {{2023 lobby day on the windfall tax}}. Before that I was a regional organiser at {{Christian Aid}}, working with {{church partners across Yorkshire on climate justice}}.

Outside work [[p:I'm a Green Party member and stood as their candidate for Headingley ward in 2022]]. I'm happy to talk about how I keep that entirely separate from charity campaigning, which under Charity Commission guidance has to stay non-party. [[u:I'm also the Unite workplace rep for our Oxford office]], which has given me a good grounding in negotiation and in handling difficult conversations.

I live with [[s:my husband, Dev]], and [[f:we're in the middle of adopting a sibling group of two]], so I'd welcome a conversation about a flexible start date.

Skills: {{grassroots organising}}, {{parliamentary lobbying}}, digital mobilisation (Action Network, NationBuilder), broadcast media spokesperson.

Education: BA Politics, University of Sheffield (2010).
""",
# en-003 Lebanon, bullet-heavy
r"""
<<RAMI HADDAD>> | Logistics & Supply Coordinator
<<Mar Elias, Beirut>> · <<+961 3 557 210>> · <<rami.haddad.log@outlook.com>>

MISSIONS
• 2022–present  {{Supply Chain Manager, MSF OCB, Beirut/Bekaa}}
  – Cold chain for {{vaccination of Syrian refugee children in informal settlements}}
  – Fleet of 14 vehicles; security management plans
• 2019–2022  {{Logistics Officer, ICRC Lebanon delegation}}
  – {{Water and sanitation rehabilitation in Roumieh prison}}
  – Warehouse management, 3,000 m²
• 2016–2019  {{Procurement Assistant, Lebanese Red Cross}}

PERSONAL
• [[a:Born 1988]]
• [[e:Palestinian refugee registered with UNRWA, holding a Lebanese travel document]]; I have worked in Lebanon my whole life but some posts are closed to non-nationals
• [[g:My fingerprints and iris were taken by General Security at my last document renewal]], so cross-border travel takes a few extra days
• [[f:Married, 1 daughter]]
• [[h:Type 1 diabetic (insulin pump)]]: fine for field conditions, I bring my own supplies

SKILLS
{{HELIOS supply software}}, fleet tracking, Arabic (native), English (fluent), French (B2)
""",
# en-004 US, donor key personnel
r"""
KEY PERSONNEL CV | Proposed Position: Chief of Party

Name: <<Dr. Margaret (Peggy) Lindqvist>>
Proposed position: {{Chief of Party, Uganda HIV Prevention Activity}}
Employer: {{FHI 360}}
Education: DrPH, Johns Hopkins Bloomberg School of Public Health, 2009; MPH, Emory University, 2002

Key qualifications
- 18 years designing and managing {{PEPFAR-funded combination HIV prevention programs}} in East Africa
- Led the {{DREAMS partnership for adolescent girls and young women in Gulu and Lira}}
- Technical lead for {{voluntary medical male circumcision (VMMC) scale-up}} in three districts

Employment
2017–present  {{Deputy Director, HIV/TB, FHI 360 Uganda}}
2010–2017     Technical Advisor, {{Elizabeth Glaser Pediatric AIDS Foundation}}

Languages: English (native), Luganda (basic)

Personal note to the review panel
I was [[a:born in 1975]] in Duluth, Minnesota. [[h:I am in remission from breast cancer (treatment completed 2021)]], and [[g:genetic testing during treatment found a PALB2 variant]]; I am fully fit for travel. [[r:As a practising Quaker]] I ask that meetings not be scheduled on Sunday mornings where avoidable. For completeness: [[c:misdemeanor trespass citation, Nevada Test Site protest, 1997]]. [[s:My wife, Ruth]], would accompany me to Kampala.

References: <<Dr. Samuel Okello>>, Makerere University School of Public Health, <<s.okello@mak-sph.example.org>>
Contact: <<+1 202 555 0147>> | <<plindqvist@gmail.com>>
""",
# en-005 Philippines, bullet + personal data
r"""
<<MARIA LOURDES "MALOU" BAUTISTA>>
<<Blk 12 Lot 8, Bagong Silang, Caloocan City>> | <<0917 884 2231>> | <<malou.bautista@yahoo.com>>

OBJECTIVE: To serve as Shelter Cluster Coordinator in a humanitarian agency.

PERSONAL DATA
[[a:Age: 41]]
[[f:Civil Status: Separated]]
[[r:Religion: Roman Catholic]]
Height: 5'2"
Dependents: [[f:3 children (ages 17, 14, 9)]]

WORK EXPERIENCE
{{Caritas Manila}}: {{Disaster Risk Reduction Officer}} (2018–present)
• {{Typhoon Odette (Rai) shelter repair kits for 4,200 households}} in Surigao
• Coordinated with {{parish social action centers}} for relief distribution
Philippine Red Cross: {{Volunteer Team Leader, Welfare Services}} (2012–2018)
• {{Restoring Family Links after Typhoon Yolanda}}

TRAININGS: Sphere Standards (2019), {{Psychological First Aid}} (2016)

NOTE: [[h:I had a thyroidectomy in 2020 and take levothyroxine daily]]; no limitation in field work.

CHARACTER REFERENCES
<<Fr. Anton Pascual>>, Caritas Manila
<<Engr. Rolando Cruz>>, Philippine Red Cross Caloocan Chapter
""",
# en-006 Ireland, narrative with headings
r"""
<<Bridget McDonagh>>
<<Tuam, Co. Galway>> · <<087 331 9042>> · <<bridget.mcdonagh@eircom.net>>

Profile
Policy and advocacy officer with nine years in the Irish community sector. [[e:I'm a Traveller woman]] and grew up on a halting site outside the town, which is why accommodation policy matters so much to me.

Experience
2020–now   {{Policy Officer, Pavee Point Traveller and Roma Centre}}: {{submissions on the Traveller Accommodation Act review}}; {{research on Traveller mental health and suicide rates}}.
2016–2020  {{Community Development Worker, Galway Traveller Movement}}
2012–2016  {{Retail supervisor, Dunnes Stores}}; [[u:Mandate shop steward]] for the Galway branch.

Education
{{MA Equality Studies, UCD}} (2016, part-time)

Garda vetting
[[c:I have a District Court conviction for a public order offence from 2009]], [[a:when I was eighteen]]. It is now spent under the 2016 Spent Convictions Act.

Other
[[f:I married young and have four children]], and [[f:my mother lives with us; I'm her carer]]. Happy to travel within Ireland.
""",
# en-007 Jordan, key personnel
r"""
CURRICULUM VITAE | KEY PERSONNEL

Proposed role: {{Education Technical Lead, Azraq and Za'atari camps}}
Name: <<Leen Abu-Odeh>>
Date of birth: [[a:2 August 1990]]
[[e:Citizenship: Jordanian]]
Years of experience: 11

Education
MA Education in Emergencies, University of Jordan (2016); BA English Literature, Yarmouk University (2012)

Professional experience
- 2020–present: {{Education Manager, International Rescue Committee (IRC) Jordan}}: {{remedial learning for 9,000 Syrian refugee children}}; teacher professional development; {{Healing Classrooms social-emotional learning}}.
- 2016–2020: Education Officer, {{UNICEF Jordan Makani centres}}.
- 2012–2016: {{English teacher, UNRWA schools, Amman}}.

Languages: Arabic (native), English (C2), French (A2)

Additional information
[[e:My grandparents came from Jaffa in 1948]] and I grew up in Jabal al-Hussein, so camp settings are not new to me. [[r:I wear hijab]] and [[r:fast during Ramadan]]; neither has ever affected field work. [[f:I am engaged to be married in June]] and will not need leave beyond the statutory days.

Contact: <<leen.abuodeh@gmail.com>> | <<+962 79 664 2018>>
""",
# en-008 Uganda, bullet
r"""
<<NAKATO SARAH KIGGUNDU>>
<<Plot 14, Kabalagala, Kampala>> · <<+256 772 904 118>> · <<sarahkiggundu@gmail.com>>

PROFILE
Counsellor and peer educator. [[h:Living positively since 2006]], I know from both sides what adherence support means.

EXPERIENCE
2015–date  {{Senior Counsellor, The AIDS Support Organisation (TASO) Mulago}}
 • {{Community ART refill groups for 600 clients}}
 • {{Prevention of mother-to-child transmission counselling}}
 • Trained 40 {{expert clients}} as community linkage facilitators
2010–2015  {{Peer Educator, Reach Out Mbuya}}
 • Home visits and {{adherence clubs}} in Nakawa division

EDUCATION
Diploma in Counselling, Uganda Christian University (2012)
Certificate in {{Paediatric and adolescent HIV disclosure counselling}}, Baylor-Uganda (2017)

PERSONAL
 D.O.B. [[a:09.11.1982]]
 [[f:Widow; two sons]]
 [[e:Tribe: Muganda]]
 Church: [[r:Born-again, Miracle Centre Cathedral, Rubaga]]

REFEREES
<<Mrs. Rose Nabirye>>, Centre Manager, TASO Mulago, <<+256 414 530 112>>
""",
# en-009 US, narrative
r"""
<<DeShawn Whitaker>>
<<Baltimore, MD>> | <<(410) 555-0193>> | <<dwhitaker.policy@gmail.com>> | <<linkedin.com/in/deshawnwhitaker-policy>>

Summary
Policy analyst focused on sentencing reform and reentry. [[c:I served six years in Maryland state prison for armed robbery]], [[a:starting at nineteen]]; I earned my associate degree inside and came home in 2014. That history is why I do this work and why people in the system talk to me.

Experience
2021–present  {{Senior Policy Fellow, The Sentencing Project}}, Washington DC
 - Co-author, {{"Mass Incarceration Trends" (2023 update)}}
 - Testimony in the {{Maryland Second Look Act}} hearings
2016–2021  {{Reentry Navigator, Out for Justice}}, Baltimore
 - Expungement clinics; voting-rights restoration drives

Education
BA Sociology, University of Baltimore (2016)

Skills
{{Legislative testimony and bill analysis}}, focus groups with returning citizens, Stata, public speaking.

Other
[[p:Elected precinct committee member for the Baltimore City Democratic Party]] (unpaid). [[r:Deacon at Union Baptist Church]]. [[u:Member of the Nonprofit Professional Employees Union]]. [[f:Father of one; co-parenting]] with [[s:my fiancé, Andre]].
""",
# en-010 UK, bullets + vetting notes
r"""
<<Priya Raghunathan>>
<<London E8>> | <<07958 224 610>> | <<priya.r@riseup.net>>

Researcher, {{Amnesty International UK}} (2019–present)
- Report: {{"Trapped in the Matrix", on the Met's Gangs Violence Matrix}}
- {{Monitoring of live facial recognition deployments at Notting Hill Carnival}}
- {{Freedom of Information requests on police DNA retention}}
- [[s:Founding co-chair of the staff LGBTI network]]

Previously: {{Campaigns Assistant, Liberty}} (2017–2019)
MSc Human Rights, LSE (2017)

For vetting, please note:
- [[c:Arrested in 2019 at an Extinction Rebellion blockade; accepted a police caution for obstructing the highway]]
- [[g:My DNA profile and fingerprints were taken on arrest and are still held]]
- [[e:British Tamil; my parents came to the UK from Jaffna as refugees in 1990]]
- [[p:Active in Momentum in Hackney]]
- Age: [[a:32]]

Referees: <<Dr. Helen Marsh>>, LSE Centre for the Study of Human Rights; <<Ravi Anand>>, Liberty
""",
# en-011 Kenya, narrative
r"""
<<Brian Mwangi Kamau>>
<<Kilimani, Nairobi>> | <<+254 711 230 557>> | <<bkamau.wash@gmail.com>>

WASH engineer with eight years in emergency water supply. I am currently {{WASH Coordinator, Kenya Red Cross Society, Turkana}}, running {{borehole rehabilitation for drought-affected pastoralists}} and, in 2022, the {{cholera response in Lodwar}}. Before that I was {{Water Engineer, Oxfam Kenya, Wajir}} (2016–2019) and a graduate engineer at Athi Water Works Development Agency (2015–2016).

BSc Civil Engineering, JKUAT (2015). {{Registered Graduate Engineer, Engineers Board of Kenya}}.

A note on why I'm applying for the Geneva-based roster: [[s:my partner, Kevin, and I cannot live openly in Kenya]], and a posting outside the region would let us be together. I'm [[a:33]], [[r:raised Presbyterian but no longer religious]], and [[h:I wear a hearing aid in my left ear]], so I prefer video calls with captions.

Referee: <<Eng. Joyce Wambui>>, Kenya Red Cross, <<jwambui.krcs@gmail.com>>
""",
# en-012 Philippines, UN PHP profile
r"""
UNITED NATIONS PERSONAL HISTORY PROFILE

Name: <<ABDULLAH, Norhaya M.>>
Date of birth: [[a:1991-05-22]]
[[e:Nationality: Filipino]]
[[e:Ethnic group (optional): Maranao]]
Address: <<Brgy. Poblacion, Marawi City, Lanao del Sur>>
Email: <<norhaya.abdullah@gmail.com>>  Mobile: <<+63 917 552 0381>>

WORK EXPERIENCE
2019–present | {{Programme Policy Officer (Cash-Based Transfers), WFP Cotabato}} | {{cash assistance to 11,000 families displaced by the Marawi siege}}; {{SCOPE beneficiary registration and fingerprint verification at distribution points}}
2017–2019 | {{Community Organizer, Balay Mindanaw Foundation}} | peace-building dialogues in Lanao del Sur

EDUCATION
BS Social Work, Mindanao State University (2012); Registered Social Worker

SKILLS
{{Kobo Toolbox and Power BI dashboards}}, Maranao, Tagalog, Cebuano, English

OTHER INFORMATION
[[g:I was registered in SCOPE myself, with fingerprints, when my family was displaced in 2017]]. [[r:I observe prayer times and ask for a small space to pray at the office]]. [[f:Married; expecting my first child in October]].
""",
# en-013 Lebanon, narrative
r"""
<<Karim Nasrallah>>
<<Hamra, Beirut>> | <<karim.nasrallah.research@gmail.com>> | <<+961 71 204 998>>

I am a {{Research Fellow at the Issam Fares Institute for Public Policy and International Affairs, AUB}}, working on {{electoral reform and the 2017 proportional representation law}}. I coordinated {{LADE's observation of the 2022 parliamentary elections in the Chouf}} and wrote the {{policy brief "Sect, Seat and Ballot"}}, which has been cited in two EU EOM reports.

Previously I was {{Programme Officer, Lebanese Center for Policy Studies}} (2015–2019), running focus groups on municipal service delivery.

PhD Political Science, Sciences Po Paris (2015).

On my own politics, since the panel will ask: [[p:I ran on the Beirut Madinati list in the 2016 municipal elections]] and [[p:helped organise the October 2019 protests in Riad al-Solh]]. [[c:I spent a night in custody at the Helou barracks that November]]; no charges followed. [[r:Although registered as Maronite, I am not a believer]].

[[a:Aged 38]]; [[f:divorced, one son]] who lives with me half the week.
""",
# en-014 UK, bullet
r"""
<<JAMIE CORCORAN>>
<<Flat 3, 22 Ridley Road, Bristol BS5 6RP>> | <<07411 003 928>> | <<jamiecorcoran82@gmail.com>>

Outreach worker with lived experience of homelessness

• {{Rough Sleeper Outreach Worker, St Mungo's Bristol}} (2019–now)
   – {{Naloxone training for hostel residents}}
   – {{Housing First caseload of 12}}
• {{Peer Mentor, Changing Tunes}} (2016–2019): {{music workshops in HMP Bristol}}
• [[h:Clean since March 2014]]; [[h:on a methadone script until 2015]]
• [[c:Three convictions for shoplifting and one for possession (2009–2013), all now spent]]
• [[u:Unite Community member]] since 2017
• Level 3 Diploma in {{Health and Social Care}}
• [[f:Dad to Lily (7), every other weekend]]
• [[s:I'm bi]] and help run a peer group at Bristol Pride
• [[a:Born '82]]

Reference: <<Sarah Whelan>>, Team Leader, St Mungo's
""",
# en-015 US, narrative (foundation)
r"""
<<Rachel Abramowitz>>
<<Park Slope, Brooklyn, NY 11215>> · <<rachel.abramowitz@fastmail.com>> · <<(718) 555-0162>>

I'm a grantmaker. For six years I've been {{Program Officer, Global Human Rights, at the Arcus Foundation}}, managing a {{$14M portfolio of LGBTI rights grants in East Africa and the Caribbean}}. Before that I was an {{Associate in the Open Society Foundations' Public Health Program}}, where I handled {{harm-reduction grants in Eastern Europe}}.

A few things about me that shape how I work. [[s:My wife Dana and I married in 2017]] and [[f:we have twin toddlers]], so I work a four-day week. [[r:I keep Shabbat]], which makes Friday-evening calls hard in winter. [[g:A 23andMe test in 2019 told me I carry a BRCA1 founder mutation]], and [[h:I had a preventive double mastectomy in 2020]], which is why I took four months off that year.

BA, Barnard College (2009); MPA, {{Columbia SIPA}} (2013).
Board: Brooklyn Community Foundation grants committee (2021–).
""",
# en-016 Uganda, donor key personnel
r"""
KEY PERSONNEL CURRICULUM VITAE

1. Proposed position: {{Livelihoods Advisor, Northern Uganda Resilience Program}}
2. Name of firm: {{Catholic Relief Services (CRS) Uganda}}
3. Name of staff: <<Okello Denis Ojok>>
4. Date of birth: [[a:3rd April 1979]]
5. [[e:Citizenship: Ugandan]]
6. Education: MSc Agricultural Economics, Makerere University, 2008
7. Employment record:
   2018–present: CRS Uganda, Livelihoods Advisor: {{savings and internal lending communities (SILC) with 30 Catholic parishes}}
   2011–2018: {{Project Officer, Caritas Gulu Archdiocese}}: {{resettlement of formerly abducted LRA returnees}}
   2008–2011: Field Officer, {{World Vision Uganda}}, Kitgum
8. Languages: Acholi (mother tongue), English, Kiswahili
9. Personal statement: I grew up in the camps myself. [[h:I was treated for PTSD at Gulu Regional Referral Hospital in 2007]], [[g:and gave a DNA sample to the Gulu tracing project to help identify my abducted brother]]. [[r:I am a lay catechist in Lacor parish]]. [[f:Married, five children]].
10. Certification: I certify that this CV correctly describes me, my qualifications and my experience.

Signed: <<D. O. Ojok>>   Contact: <<okello.ojok@gmail.com>>, <<+256 771 229 340>>
""",
# en-017 Ireland, bullet
r"""
<<Siobhán Ní Bhriain>>
<<siobhan.nibhriain@gmail.com>> | <<+353 86 221 4470>> | <<Ennis, Co. Clare>>

FINANCE & GRANTS MANAGER

- {{Grants Finance Manager, Concern Worldwide (Dublin HQ)}}, 2019–present: {{ECHO and Irish Aid grant compliance}}
- {{Finance Officer, Concern Worldwide, Freetown}}, 2016–2019: {{Ebola recovery cash transfers}}
- {{Audit semi-senior, Grant Thornton Limerick}}, 2012–2016
- ACCA (2014); Certified Diploma in IFRS
- Systems: {{Sun Systems and Navision}}; donor reporting templates for FCDO, USAID and the EU

Happy to do short field support visits; I covered budget monitoring in Juba and Kabul during staff gaps.

Personal
- [[u:SIPTU section committee, Concern branch]]
- [[f:One child; second on the way, due March]]
- [[h:Coeliac]] (worth knowing for field postings!)
- [[p:Canvassed for the Social Democrats in the 2020 general election]]
- [[c:Drink-driving conviction in 2012, one-year disqualification]]
- [[a:Age 36]]
""",
# en-018 Jordan, narrative
r"""
<<Ahmad Al-Khatib>>
<<Irbid, Jordan>> · <<+962 77 551 3020>> · <<ahmad.alkhatib.it@gmail.com>>

I am an IT and registration specialist. Since 2018 I have been a {{Registration Associate, UNHCR Jordan}}, where I {{supervise iris-scan enrolment for the EyeCloud cash assistance system}} and led the {{proGres v4 case file migration}}. Earlier I worked as a {{Data Clerk, Norwegian Refugee Council, Irbid}}.

My own story is part of why I care about data protection. [[e:I came to Jordan from Daraa in 2013 and hold UNHCR refugee status]]; [[g:my own iris is enrolled in the system I now administer]], and I buy groceries with it at the Irbid supermarket like everyone else in my building.

[[f:I support my parents and three younger siblings]], so I'm looking for a post based in northern Jordan.

[[a:Year of birth: 1994]]
Education: BSc Computer Science, Jordan University of Science and Technology (2019, evening programme)
Certificates: {{CompTIA Security+}}, ITIL Foundation, UNHCR Data Protection Focal Point training
""",
# en-019 UK (Scotland), bullet
r"""
<<Alasdair Fraser>>
<<Dundee DD3>> · <<07812 556 901>> · <<alasdair.fraser@btinternet.com>>

REGIONAL DEVELOPMENT MANAGER, FOOD INSECURITY

Experience
{{Area Manager (Tayside & Fife), The Trussell Trust}} · 2020–present
  • Support 19 food banks, most {{hosted by Church of Scotland and Catholic parishes}}
  • {{Pilot of a cash-first referral pathway with Dundee City Council}}
{{Project Worker, Cyrenians}} · 2015–2020
  • {{Prison throughcare for men leaving HMP Perth}}
  • [[u:Unison rep for the Dundee team]]

Disclosure
[[c:I have a 2004 conviction for assault (Dundee Sheriff Court, 6 months)]], [[a:from when I was 21]]. It is spent and I am PVG-registered for regulated work.
[[h:Seven years sober; I still go to AA on Tuesdays]].

Personal
[[r:Humanist Society Scotland member]]. I live with [[s:my partner, Euan]].

Reference: <<Morag Lindsay>>, Operations Director, Cyrenians
""",
# en-020 US, bullet
r"""
<<HODAN ABDI WARSAME>>
<<Cedar-Riverside, Minneapolis, MN 55454>> | <<(612) 555-0178>> | <<hodan.warsame@gmail.com>>

RESETTLEMENT CASEWORKER

- {{Senior Caseworker, International Institute of Minnesota}} (2019–present)
   · {{Reception & Placement services for 120 refugee arrivals a year}}
   · {{Asylum-seeker legal referrals}}
   · {{Somali and Oromo community interpretation}}
- {{Youth Mentor, Confederation of Somali Community in Minnesota}} (2015–2019)
- B.S. Public Health, University of Minnesota, 2015
- Languages: Somali (native), English (native), Arabic (reading), basic Oromo
- Trained in {{trauma-informed case management}} and cultural orientation curriculum delivery

PERSONAL
- [[e:Arrived in the U.S. from Dadaab camp in 2002]], [[a:at age nine]]
- [[e:Naturalized citizen since 2011]]
- [[r:Practicing Muslim]]
- [[g:Sickle-cell trait carrier]]
- [[f:Married, two kids]]
- [[p:Volunteer organizer for a DFL congressional campaign in 2018]]
- [[u:SEIU member from my hospital interpreting job]]
""",
# en-021 Kenya, CV humanitaire (missions by country)
r"""
<<Dr. Wanjiru Njoroge>>, MBChB, DTM&H
<<wanjiru.njoroge.md@gmail.com>> | <<+254 733 118 472>> | <<Karen, Nairobi>>

MISSIONS
South Sudan, Bentiu PoC | {{Medical Team Leader, MSF OCA}} | 2021–2022 | {{kala-azar and malnutrition programme}}
DRC, Ituri | {{Medical Doctor, MSF OCG}} | 2019–2020 | {{Ebola treatment centre, Mangina}}
Yemen, Aden | {{Doctor, ICRC surgical team}} | 2018
Kenya, Homa Bay | Medical Officer, Ministry of Health | {{integrated HIV/TB clinic}} | 2014–2017

UNION
[[u:KMPDU branch official during the 2017 doctors' strike]]

PERSONAL INFORMATION
Date of birth: [[a:22 Oct 1985]]
[[f:Marital: single, no children]]
[[e:Community: Kikuyu]]
Health: [[h:post-deployment PTSD, treated 2020–21]]; cleared for deployment by MSF staff health.
Research: [[g:I volunteered for the H3Africa genome study and my genome has been sequenced]].

REFERENCES
<<Dr. Peter Ochieng>>, MSF OCA; <<Dr. Amina Yusuf>>, ICRC Nairobi
""",
# en-022 UK, narrative
r"""
<<Samuel Adeyemi-Clarke>>
<<Manchester M14>> · <<samuel.ac@outlook.com>> · <<07537 880 214>>

I run casework at {{Rainbow Haven, Manchester}}, a {{drop-in for LGBTQ+ asylum seekers}}, and I'm applying for the {{Asylum Policy Lead}} role at {{Refugee Action}}. Since 2020 I have prepared {{witness statements for sexual-orientation asylum claims before the First-tier Tribunal}} and delivered {{training to solicitors on the Home Office sexual orientation guidance}}.

I understand these claims from the inside. [[e:I was granted asylum in the UK in 2016]], [[s:on the basis of being a gay man]], and [[e:I was born in Lagos and became a British citizen in 2022]]. [[r:I still go to church, an inclusive Anglican congregation in Hulme]].

[[h:I'm dyslexic and use text-to-speech for long bundles]], which has never slowed me down on deadlines. [[u:I'm the GMB rep at Rainbow Haven]], a three-person branch but a real one.

Education: LLB, Manchester Metropolitan University (2019); OISC Level 2.
""",
# en-023 Philippines, bullet
r"""
<<JOCELYN T. MACARAEG>>
<<jtmacaraeg@gmail.com>> · <<+63 918 332 7745>> · <<Project 4, Quezon City>>

GENDER & PROTECTION SPECIALIST

EXPERIENCE
• {{Gender Justice Coordinator, Oxfam Pilipinas}} (2017–present)
   ◦ {{GBV referral pathways in Bangsamoro evacuation centres}}
   ◦ {{Women Human Rights Defenders rapid-response fund}}
• {{Organizer, Center for Women's Resources}} (2012–2017)
• {{Public school teacher, DepEd Quezon City}} (2009–2012); [[u:ACT Teachers union chapter president]]

EDUCATION
MA Women and Development, UP Diliman (2015)
BSE English, Philippine Normal University (2009)

TRAININGS
GBV Case Management (GBVIMS), Safe Referral Training, Gender in Humanitarian Action (IASC e-learning)

PERSONAL
• [[a:37 years old]]
• [[f:Solo parent (ID on file)]]
• [[s:Lesbian; partner of 9 years]]
• [[c:Charged with illegal assembly in 2012 (dismissed)]]

REFERENCES
<<Prof. Carmelita Reyes>>, UP Diliman; <<Ms. Liza Santos>>, Oxfam Pilipinas
""",
# en-024 Lebanon, narrative
r"""
<<Nayiri Kalaydjian>>
<<Bourj Hammoud, Lebanon>> · <<nayiri.k@hotmail.com>> · <<+961 70 118 436>>

Emergency medical technician and trainer. I have volunteered with the {{Lebanese Red Cross Emergency Medical Services}} since 2011 and led a shift team in the {{4 August 2020 port explosion response}}. My paid work is as {{Training Coordinator, Médecins du Monde Lebanon}}, where I run {{psychological first aid for Syrian and Lebanese frontline staff}} and {{mass-casualty triage drills with Karantina hospital}}.

Personally: [[e:I'm Lebanese-Armenian, the granddaughter of genocide survivors]], [[r:Armenian Apostolic by upbringing and still practising]]. [[h:I have tinnitus and partial hearing loss in one ear since the blast]]. [[a:Born 17.06.1990]]. [[f:Married to Hagop, no kids yet]]. Politically [[p:I marched with the Lebanese Communist Party youth in 2015]], though I'm no longer involved.

Languages: Armenian, Arabic, English, French.
Certificates: {{PHTLS instructor}}, Lebanese Red Cross EMT level 2.
""",
# en-025 US, key personnel
r"""
KEY PERSONNEL CV

Name: <<Elizabeth "Liz" Moreno>>
Proposed position: {{Elections Advisor, Kenya Electoral Integrity Program}}
Current employer: The Carter Center, Atlanta

Summary
Fourteen years in {{international election observation}}: {{EU EOM Nigeria 2019 (long-term observer)}}, {{Carter Center mission to Liberia 2017}}, {{OSCE/ODIHR Ukraine 2014}}.

Employment
2016–present  {{Associate Director, Democracy Program}}
2010–2016     Program Officer, {{National Democratic Institute}}

Education
MA International Affairs, Georgetown University (2010)

Conflict-of-interest disclosure
[[p:I am a registered Democrat and was a delegate to the 2008 Georgia state convention]]. I hold no current partisan role and have never observed a U.S. election.

About me
[[e:My parents emigrated from Oaxaca, Mexico]]; [[a:I turned 41 this year]]. [[s:My wife, Carmen]], works in Nairobi, which is one reason this post appeals.

Contact: <<lmoreno.elections@gmail.com>> | <<(404) 555-0110>>
""",
# en-026 Ireland, bullet
r"""
<<Cormac Delaney>>
<<Stoneybatter, Dublin 7>> | <<cormac.delaney@gmail.com>> | <<085 774 2016>>

POLICY ANALYST

Current: {{Research and Policy Analyst, Social Justice Ireland}} (2019–)
 – {{Socio-Economic Review chapters on housing and income adequacy}}
 – {{Pre-Budget Submission 2024}}
Before: {{Researcher, TASC (Think-tank for Action on Social Change)}}, 2016–2019
Education: {{MEconSc, NUI Galway}} (2016)
Tools: Stata, R, EUROMOD
Media: regular contributor on RTÉ radio and to the Irish Times on budget day; presented at the Oireachtas Committee on Social Protection in 2022.
I'm looking for a senior role where research feeds directly into budget negotiations and campaigns.

Other
 – [[g:Genetic test confirmed C282Y homozygous (hereditary haemochromatosis)]]; [[h:fortnightly venesections at the Mater]]
 – [[p:Member of the Labour Party, Dublin Central branch]]
 – [[u:SIPTU member]]
 – [[s:Civil partnership with Niall since 2014]]
 – [[f:one daughter, aged six]]
""",
# en-027 Kenya, narrative
r"""
<<Abdirahman Hussein Farah>>
<<Eastleigh, Nairobi>> · <<a.h.farah@protonmail.com>> · <<+254 720 557 901>>

Human rights researcher, eight years. I have been a {{Researcher, Amnesty International Kenya}} since 2020, leading {{documentation of enforced disappearances in Mandera and Wajir}} and {{litigation support in the Huduma Namba (NIIMS) biometric ID case}}. Before that I was {{Programme Officer, HAKI Africa, Mombasa}}, working on {{counter-terrorism profiling of Muslim youth}}.

Why this work is personal: [[e:as a Kenyan Somali]] I was asked twice for extra vetting documents before I could get my own ID card. [[c:In 2014 I was held for three days at Kasarani stadium]] during Operation Usalama Watch, [[g:and my fingerprints were taken there]]; I was never charged.

I am [[a:31 years]] old. [[r:I'm a practising Muslim]] and [[f:newly married]].

Education: LLB, University of Nairobi (2016); Advocate of the High Court of Kenya.
""",
# en-028 US, bullet
r"""
<<Megan O'Rourke>>
<<Adams Morgan, Washington, DC 20009>> | <<megan.orourke.dc@gmail.com>> | <<(202) 555-0134>>

ADVOCACY MANAGER | GLOBAL HEALTH & DISABILITY INCLUSION

• {{Advocacy Manager, PAI}} (2020–present): {{Global Gag Rule impact monitoring in Kenya and Nepal}}
• {{Policy Associate, Women Enabled International}} (2017–2020): {{CRPD shadow reports}}
• {{Legislative Aide, U.S. House of Representatives}} (2014–2017)
• [[u:Bargaining committee, PAI staff union (NPEU)]]

Accessibility note: [[h:I'm a manual wheelchair user (spinal cord injury, T10)]]; please send step-free directions for interviews.

Volunteer
• [[p:Board member, DC Young Democrats]]
• [[s:Co-chair of the bi+ caucus at Capital Pride]]

[[a:Age: 34]]

Education: BA Government, Georgetown (2014)

Skills: coalition building, testimony drafting, accessible event design, Spanish (professional working proficiency). I have briefed congressional staff on foreign assistance appropriations every year since 2018.
""",
# en-029 Philippines, narrative
r"""
<<Rolando "Roly" Dizon>>
<<Tacloban City, Leyte>> · <<roly.dizon.research@gmail.com>> · <<0929 112 8840>>

I have been a Research Officer at {{IBON Foundation}} since 2016, covering {{agrarian reform and the coconut levy fund}} and the {{post-Yolanda housing audit of 14,000 units}}. Earlier I was {{Field Coordinator, Leyte Center for Development}}, where I ran {{participatory rural appraisals in 30 barangays}}.

You should know that [[c:I was arrested in 2020 on an illegal-possession-of-firearms charge]], which my lawyers from NUPL say was planted; the case is still pending in the Regional Trial Court. [[p:I was an organiser for Bayan Muna in Eastern Visayas]] until 2019.

[[e:I'm Waray on my mother's side and Chinese-Filipino on my father's]]. [[f:Married, three kids]]; [[a:b. 1980]].

Education: AB Economics, UP Tacloban (2002).
Skills: survey design, SPSS, {{housing rights documentation}}, Waray, Tagalog, English.
""",
# en-030 Jordan, P11 form
r"""
P.11 PERSONAL HISTORY

Last name: <<SHAPSOUGH>>     First name: <<Dina>>
Date of birth: [[a:30-09-1987]]     Place: Amman
[[e:Nationality at birth: Jordanian (Circassian heritage)]]
Gender: F     Height: 165 cm
[[f:Marital status: Married; 2 children]]
Permanent address: <<Jabal Amman, 3rd Circle, Amman 11181>>
Email: <<dina.shapsough@gmail.com>>     Phone: <<+962 79 880 4415>>
Relatives in the UN system: No

Education: MSc Public Health in Developing Countries, LSHTM (2013)

Employment
01/2018–present: {{Health Specialist (NOB), UNICEF Jordan Country Office}}: {{immunization campaigns at the Rukban berm}}; {{Hajati cash transfer}} health component
03/2013–12/2017: {{Public Health Officer, Jordan Health Aid Society}}: {{mobile medical units for Syrian refugees in Mafraq}}

Q. Have you ever been convicted, fined or imprisoned for the violation of any law? [[c:Yes: fined for reckless driving, Amman traffic court, 2015]]
Q. Do you have any health condition? [[h:Epilepsy, seizure-free on medication since 2010]]
Q. Other relevant information: [[g:I tested as a carrier of familial Mediterranean fever, which runs in my father's family]].
""",
# en-031 UK, bullet
r"""
<<Lauren Whitfield>>
<<Sheffield S11>> • <<lauren.whitfield@gmail.com>> • <<07723 190 442>>

FUNDRAISING & PARTNERSHIPS

• {{Head of Corporate Partnerships, Mind}} (2021–)
  – {{£2.4m partnership with a national supermarket for Mental Health Awareness Week}}
  – {{Workplace wellbeing index sponsorship}}
• {{Trusts Fundraiser, Sheffield Hospitals Charity}} (2017–2021)
  – [[u:Unison steward for the charity team]]
• {{IoF Certificate in Fundraising}}
• Earlier: sales executive at a Leeds marketing agency (2008–2013), which is where I learned to pitch

I like building long relationships with companies rather than one-off sponsorships.

Personal
• [[h:Bipolar II, well managed with lithium]]; it's a large part of why I work at Mind
• [[s:I live with my girlfriend, Hannah]]
• [[a:Aged 39]]
• [[r:Quiet Quaker meeting-goer]]
• [[p:Labour member, Sheffield Hallam CLP]]
• [[c:Caution for possession of cannabis, 2006 (filtered from DBS)]]
""",
# en-032 US, narrative
r"""
<<Alejandro Ruiz Mendoza>>
<<Maryvale, Phoenix, AZ>> | <<aruiz.law@gmail.com>> | <<(602) 555-0121>>

I am a staff attorney with the {{Florence Immigrant & Refugee Rights Project}}, representing {{detained adults at the Eloy Detention Center}} and running {{Know Your Rights presentations for people in ICE custody}}. Before law school I was a {{DACA renewal clinic coordinator for Chicanos Por La Causa}}.

[[e:I am a DACA recipient myself]], brought from Sonora in 1996 [[a:at age four]], so my own status is renewed every two years; I am authorized to work and licensed by the State Bar of Arizona. [[c:I had a misdemeanor DUI in 2015, dismissed after diversion]], which I disclosed to the Bar.

[[r:Catholic, and I volunteer at the Kino Border Initiative comedor]] in Nogales on weekends. [[f:My partner and I are raising her two sons]].

J.D., Sandra Day O'Connor College of Law, Arizona State University (2019).
Spanish (native), English (native). {{Bond hearings and parole advocacy}} are my main practice area.
""",
# en-033 Uganda, bullet + personal details
r"""
<<NAMUTEBI ESTHER>>
<<Pece, Gulu City>> · <<esther.namutebi@gmail.com>> · <<+256 782 440 913>>

PROFILE
Gender-based violence specialist, ten years in refugee settlements.

EXPERIENCE
2019–present  {{GBV Programme Analyst, UNFPA Uganda (Adjumani and Kiryandongo)}}
 – {{Clinical management of rape services in refugee settlements}}
 – {{Safe spaces for South Sudanese women and girls}}
2014–2019  {{Case Manager, International Rescue Committee, Kiryandongo}}

EDUCATION
BA Social Work and Social Administration, Makerere University (2008)
{{Postgraduate Diploma in Gender and Development}}, Uganda Martyrs University (2013)

SKILLS
GBVIMS, case supervision, training of trainers, Acholi, Madi, English, Kiswahili

PERSONAL DETAILS
Date of birth: [[a:11th June 1984]]
[[r:Religion: Seventh-day Adventist (Saturday Sabbath)]]
Health: [[h:deaf in the right ear since childhood measles]]
[[f:Marital status: Married, 3 children]]
[[p:Political affiliation: FDC supporter]]

REFEREES
<<Dr. Patrick Opio>>, Makerere University; <<Ms. Janet Auma>>, IRC Uganda
""",
# en-034 UK, narrative
r"""
<<Yusuf Patel>>
<<Sparkhill, Birmingham B11>> · <<yusuf.patel.mande@gmail.com>> · <<07954 663 018>>

MONITORING & EVALUATION MANAGER

I lead {{MEAL for Islamic Relief Worldwide's Yemen programme}}, including {{third-party monitoring of food baskets in Taiz}} and a {{remote beneficiary feedback hotline}}. Before that I was {{M&E Officer, Muslim Hands}} (2015–2018) and {{Data Analyst, Birmingham City Council}} (2011–2015).

Before charity work I spent four years at the council building dashboards for housing benefit, which is where I learned to love clean data.

Qualifications: MSc Development Economics, SOAS; {{Certificate in Evaluation, Claremont Evaluation Center}}.

A bit about me: [[e:I'm British Gujarati]], and [[e:my grandparents came to Birmingham from Bharuch via Malawi]]. [[r:I pray five times a day and only ask for a quiet room]]. [[f:Married, three children under ten]]. [[h:Type 2 diabetes, diet-controlled]]. [[a:40 in May]]. [[u:UNISON member since my council days]].
""",
# en-035 US, bullet
r"""
<<Kevin Tran>>
<<Arlington, VA>> | <<kevin.tran.policy@gmail.com>> | <<(571) 555-0156>>

POLICY RESEARCH
- {{Research Associate, Center for Global Development}} (2020–): {{digital ID and biometric inclusion in Kenya, India and Nigeria}}; co-author of the {{"Identification Revolution" working paper series}}
- {{Fellow, Electronic Frontier Foundation}} (2018–2019): {{amicus brief on police use of consumer DNA databases}}
- [[u:Bargaining committee, NPEU unit at CGD]]
- BA Economics, UC Berkeley (2017)
- Skills: Stata, R, survey design, Vietnamese (heritage speaker), congressional briefing memos
- Presented at ID4Africa (2023) and RightsCon (2022)

ABOUT
- [[e:Son of Vietnamese boat refugees]]
- [[g:Took an AncestryDNA test in 2021 and found a half-brother in Houston]]
- [[s:Married to my husband, Marcus, since 2022]]
- Age: [[a:29]]
- [[h:ADHD, diagnosed in college]]
- [[c:Juvenile record sealed (California, 2011)]]
""",
# en-036 Lebanon, key personnel annex
r"""
CV | KEY PERSONNEL (Annex 4)

Name: <<Georges Khoury>>
Position in project: {{Protection Coordinator, Bekaa Social Cohesion Project}}
Organisation: {{World Vision Lebanon}}
Date of birth: [[a:5/7/1982]]
Education: MA Social Work, Université Saint-Joseph, 2007

Experience
2016–now: Protection Coordinator: {{child protection case management for Syrian refugee families}}; {{interfaith dialogue with Sunni and Maronite clergy in Zahle}}
2008–2016: {{Social Worker, Caritas Lebanon Migrant Center}}: {{legal aid to detained migrant domestic workers at the General Security retention centre}}

Languages: Arabic, French, English

Statement
[[p:I was a student organiser for the Free Patriotic Movement until 2005]] and have had no party affiliation since. [[c:In 2004 I was held for two days by military intelligence after a student protest]]. [[r:I am Maronite Catholic]]. [[f:Married, three children]].

Contact: <<georges.khoury.sw@gmail.com>> · <<+961 3 902 117>>
""",
# en-037 UK, narrative
r"""
<<Florin Dumitrache>>
<<Peterborough PE1>> · <<florin.dumitrache@outlook.com>> · <<07401 552 839>>

I've been an {{EU Settlement Scheme Adviser at Citizens Advice Peterborough}} since 2019, handling {{pre-settled to settled status applications for 900 clients}} and {{late applications for looked-after children}}. Before that I was a {{Community Interpreter (Romanian/Romani), Peterborough City Council}}.

[[e:I'm Roma from Craiova and moved to the UK in 2013]]; [[e:I hold settled status]] myself, so I know every screen of the app. [[a:I'm 35]]. [[u:I'm still a GMB member]] from my warehouse years. [[f:My wife and I have four children]], and [[r:we attend a Pentecostal Roma church in Fletton]].

Skills: {{OISC Level 1 immigration advice}}, Romanian, Romani, English, Excel. I also run a Saturday homework club at the library.
Reference: <<Angela Price>>, Advice Services Manager
""",
# en-038 Ireland, bullet
r"""
<<Blessing Chukwu>>
<<Athlone, Co. Westmeath>> | <<blessing.chukwu@gmail.com>> | <<089 441 2093>>

- {{Information and Advocacy Officer, Irish Refugee Council}} (2021–)
- {{Drop-in clinic for International Protection applicants}}
- {{Submission to the Advisory Group on ending Direct Provision}}
- {{Volunteer coordinator, MASI (Movement of Asylum Seekers in Ireland)}} (2018–2021)
- BA Social Care, TU Dublin (2020)
- {{QQI Level 6 in Community Development}}
- Spoken at the Oireachtas Joint Committee on Justice about the asylum experience of women

Personal
- [[e:I lived in Direct Provision for four years while my claim was decided]]
- [[e:Irish citizen by naturalisation, 2023]]
- [[g:Sickle-cell trait]]
- [[f:Single mum of two]]
- [[r:Member of the Redeemed Christian Church of God]]
- [[p:I joined the Social Democrats last year]]
- [[a:DOB 02/02/1989]]
""",
# en-039 US, narrative
r"""
<<Naomi Feldstein>>
<<Silver Spring, MD>> · <<naomi.feldstein@gmail.com>> · <<(301) 555-0189>>

I'm a development professional. As {{Director of Institutional Giving at HIAS}} I secured a {{$6M BPRM award for refugee legal services in Ecuador}} and built the {{donor stewardship program for synagogue partners}}. Before HIAS I was {{Grants Manager, American Jewish World Service}}, where I managed {{grants to Guatemalan land-rights groups}}.

Personally: [[r:I'm Reform Jewish and observe the High Holy Days]]. [[g:Pre-conception screening showed I'm a Tay-Sachs carrier]], as is my husband, so [[f:our daughter was conceived through IVF]] [[g:with PGT-M embryo testing]]. [[a:Born 1984]]. [[h:I'm in long-term recovery from anorexia]] and mention it only because I sometimes speak publicly about it. [[c:Arrested at a 2014 civil-disobedience sit-in at the Capitol; charges dropped]].

BA, Brandeis University (2006); MA Nonprofit Management, Johns Hopkins (2012).
""",
# en-040 UK, bullet
r"""
<<Oliver Bennett-Shaw>>
<<Oxford OX4>> · <<obs.safeguarding@gmail.com>> · <<07700 901 665>>

SAFEGUARDING LEAD

• {{Global Safeguarding Adviser, Save the Children UK}} (2020–)
   – {{PSEA investigations in Cox's Bazar and Mozambique}}
   – {{DBS and Inter-Agency Misconduct Disclosure Scheme checks}}
• {{Designated Safeguarding Lead, Barnardo's}} (2015–2020)
• {{Detective Constable, Thames Valley Police (Child Abuse Investigation Unit)}} (2008–2015)
   – [[u:Police Federation workplace rep]]
   – [[g:My fingerprints and DNA remain on the police elimination database]]

Personal
Age [[a:46]]; [[f:divorced, two teenage children]]; [[s:my partner Tom and I live in East Oxford]]. [[p:Liberal Democrat candidate for the county council in 2021]] (not elected).

Training: {{Level 4 Safeguarding Adults and Children}}, ABE interviewing, CHS Alliance investigator course. I have trained more than 300 partner staff in safe recruitment across East Africa and Asia.

Referee: <<DCI (retd) Janet Holloway>>
""",
]
