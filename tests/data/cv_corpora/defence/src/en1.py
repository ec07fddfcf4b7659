CVS = [
("defence-en-001", """
<<DARREN J. HOLLINGWORTH>>
<<14 Ferndale Close, Catterick Garrison, DL9 4QP>> | <<07700 914 382>> | <<d.hollingworth84@btinternet.com>>

MILITARY TO CIVILIAN CV - Service No. 25187734 (ex-Staff Sergeant, Royal Logistics Corps)

PROFILE
Staff Sergeant with 18 years' service in supply chain, ammunition accounting and convoy planning, leaving through a [[H:medical discharge (P7, lower-back injury sustained in Helmand 2010)]]. Seeking a warehouse or transport operations manager role in North Yorkshire.

SERVICE HISTORY
2019-2024  {{SSgt, Quartermaster's Department, 1 Close Support Regiment RLC}}
 - Accounted for ammunition holdings worth £4.2m with zero losses across three audits.
 - {{Ran the unit's Defence Vetting Agency renewals for 60 soldiers}}.
2013-2019  Sgt, Movements Control, Cyprus and Estonia
2006-2013  Pte to Cpl, driver and {{HGV C+E instructor}}

QUALIFICATIONS
{{CILT Level 3 Diploma in Logistics}}; NEBOSH General Certificate; Cat C+E licence.

PERSONAL
DOB: [[D:12 MAR 84]]. [[F:Married to Kerry, two boys (9 and 6)]]; Kerry's job ties us to the Richmond area. Vetting note: [[C:reprimand in 2001 for criminal damage]] as a juvenile, declared on enlistment. Member of the [[P:Reform UK branch committee in Richmond]] since 2023 and coach for Colburn U10s on Saturdays.

References from {{Lt Col (retd) Mark Fenwick}} and Major <<Sophie Adeyemi>> on request.
"""),
("defence-en-002", """
<<Tamsin Rowe>> — Senior Counter-Terrorism Intelligence Analyst
<<Salford, Greater Manchester>> · <<tamsin.rowe@protonmail.com>> · <<linkedin.com/in/tamsinrowe-ct>>

I have spent eleven years inside the {{North West Counter Terrorism Unit}} turning raw reporting into decisions. I am now looking for a threat-intelligence role in the private sector where that analytical discipline transfers.

Experience
{{Senior Intelligence Analyst, NWCTU (Greater Manchester Police)}}, 2017–present
• {{Assessed Prevent referrals relating to Islamist and extreme right-wing ideologies}} for the Channel panel.
• {{Produced network charts on proscribed organisations}} including National Action and Al-Muhajiroun successors.
• Briefed gold commanders during the 2017 Arena attack response.

Intelligence Researcher, GMP Major Incident Team, 2013–2017
• Cell-site and communications data analysis; {{i2 Analyst's Notebook}} power user.

Education: BA Politics and Arabic, University of Leeds (2012).

Clearance: DV (current). For completeness, my vetting file notes [[S:my wife Anisa]] and that [[E:Anisa holds Pakistani and British nationality]]; both were assessed without issue.

Outside work I sing alto in a community choir and [[R:help run the Friday evening Shabbat meal at my synagogue in Prestwich]].
"""),
("defence-en-003", """
RESUME — <<MICHAEL "MIKE" D. KOWALCZYK>>
<<2281 Sandalwood Dr, Fayetteville, NC 28314>> | <<(910) 555-0187>> | <<mkowalczyk.ops@gmail.com>>

SUMMARY
Retired Sergeant First Class, US Army Special Forces support (18F intelligence sergeant), 22 years. Transitioning into corporate security and physical security program management. Active TS/SCI (CI poly, 2022).

PROFESSIONAL EXPERIENCE
{{Intelligence Sergeant, 3rd Special Forces Group (Airborne)}}, Fort Liberty NC — 2014 to 2024
- Planned site exploitation during 4 deployments; {{supervised biometric enrolment of detainees with the SEEK II kit}} and chain of custody for {{latent fingerprint and DNA swab collection}}.
- Trained partner forces in Niger on checkpoint screening.

Operations NCO, 82nd Airborne Division — 2002 to 2014

EDUCATION
{{B.S. Security Management, American Military University}} (2019)
{{Certified Protection Professional (CPP)}}, ASIS International

ADDITIONAL INFORMATION
VA rating: [[H:70% service-connected (PTSD and tinnitus)]]; fully able to travel.
[[F:Divorced; joint custody of one daughter]] in Raeford.
[[C:Article 15 in 2005 for an alcohol-related incident]], no further disciplinary history.
Member, [[P:Cumberland County Libertarian Party]]; volunteer range safety officer.
"""),
("defence-en-004", """
Curriculum Vitae

Name: <<Sgt (retd) Bhim Bahadur Gurung>>
Address: <<Flat 3, 22 Cheriton High Street, Folkestone CT19 4HE>>
Mobile: <<07451 228 190>>   Email: <<bhimgurung.bg@outlook.com>>
Date of birth: [[D:04/06/1981]]
Nationality: [[E:Nepali by birth, British citizen since 2012]]

Career objective: Security supervisor or close-protection operative after 22 years with the {{Brigade of Gurkhas}}.

Service record
- 1999 selection at Pokhara; {{Rifleman to Sergeant, 1st Battalion Royal Gurkha Rifles}}.
- Tours: Afghanistan (x3), Brunei jungle instructor, Kenya.
- {{Section commander, Queen's Gurkha Signals attachment}}, 2015–2018.
- Discharged 2021 (end of engagement).

Civilian qualifications
{{SIA Close Protection licence}} (2021), {{SIA Door Supervisor}}, FREC 3 first aid.

Employment since service
2021–present {{Security Officer, Mitie at Dover Eastern Docks}}: patrols, vehicle searches, incident logs.

Personal
[[F:Married, wife Sunita and three children]]. [[R:Hindu; I attend the Folkestone Nepalese mandir]] and help with Dashain celebrations. Member of the [[U:GMB (security officers' branch)]].
Languages: Nepali, Hindi, English.
"""),
("defence-en-005", """
<<PRIYA NAIDOO>>
Paramedic (HPCSA registered) | <<Durban, KwaZulu-Natal>> | <<+27 82 441 7730>> | <<priya.naidoo.ems@gmail.com>>

ABOUT ME
Advanced Life Support paramedic with 9 years on the road and in aeromedical retrieval. I am applying for the {{Clinical Operations Manager}} post because I want to shape protocols rather than only follow them.

WORK
{{ALS Paramedic, Netcare 911}} — 2018 to now
  ▸ Critical-care transfers, intubations, {{paediatric resuscitation lead for the eThekwini base}}
{{Flight Paramedic, AMS Red Cross Air Mercy Service}} — 2015 to 2018
  ▸ Rural retrievals across Zululand

EDUCATION
{{B EMC, Durban University of Technology}} (2014)

OTHER
- [[U:Shop steward for HOSPERSA at Netcare eThekwini]], 2020–2022.
- I took six months off in 2021 after [[H:a needlestick injury and post-exposure prophylaxis]]; cleared to return.
- [[F:Single mother of a four-year-old]], so I prefer day-shift rotations.
- Age: [[D:33]]
- Interests: long-distance swimming, Carnatic music.
"""),
("defence-en-006", """
<<Constable (retd) Ruairí Ó Conchúir>>
<<Knocknacarra, Galway>> · <<087 339 4412>> · <<ruairi.oconchuir@eircom.net>>

Profile
Twenty-six years in An Garda Síochána, most of them as a community Garda in Galway city, now looking for a compliance or investigations role with a charity or local authority.

Career
{{Community Garda, Mill Street Garda Station}} (2009–2024)
– {{Garda liaison with the Galway Traveller Movement and Traveller families on the halting sites}}
– {{Ethnic liaison officer for the mosque on Sandy Road and the Polish parish}}
– {{Arrested and charged offenders for burglary and public order}}, prepared files for the DPP
Garda, Store Street, Dublin (1998–2009) – drugs unit

Training
{{Garda College, Templemore}}; Certificate in Restorative Justice (UL).

Associations
[[U:Member of the GRA since attestation and branch delegate 2016–2019]].

Personal
[[D:Born 1976]]. [[F:My partner Siobhán and I have three teenagers]]. [[H:I manage Type 1 diabetes with a pump]], which has never affected duties. Gaelic football referee at club level.
"""),
("defence-en-007", """
FEDERAL RESUME

<<ANGELA M. RUIZ-HOLT>>
<<1408 Calle Bonita, El Paso, TX 79936>>
Phone: <<915-555-0144>> | Email: <<angela.ruizholt@yahoo.com>>
Citizenship: U.S. Citizen   Veterans' Preference: 10-point (CPS)
Highest Grade: GS-1895-12

WORK EXPERIENCE
U.S. Customs and Border Protection, El Paso Port of Entry
{{CBP Officer (Supervisory), GS-1895-12}}   05/2016 – Present   Hours/week: 40+
Supervisor: <<Raymond Ortiz>>, <<(915) 555-0102>>, may contact
Duties: Lead a shift of 14 officers on primary and secondary inspection at Bridge of the Americas. {{Administer biometric exit and IDENT fingerprint queries}}; {{oversee seizure processing under 19 U.S.C. 1595a}}; coordinate with HSI on narcotics referrals. Accomplishment: cut secondary wait times 22%.

U.S. Army, Military Police   01/2005 – 04/2016   SSG (E-6)
{{Military Police Investigator}}; detainee operations at Camp Cropper, Iraq.

EDUCATION
{{B.A. Criminal Justice, University of Texas at El Paso}}, 2014

OTHER
Disability rating 30% for [[H:a knee reconstruction after an IED blast]].
Parents emigrated from [[E:Ciudad Juárez, Mexico]].
[[R:Parishioner and lector at St. Pius X Catholic Church]].
[[U:NTEU Chapter 143 member]].
"""),
("defence-en-008", """
Kieran Blackwood — Firefighter / Watch Manager
<<kieran.blackwood@fastmail.com>>  |  <<0790 771 2265>>  |  <<Leith, Edinburgh>>

I'm a Watch Manager with the {{Scottish Fire and Rescue Service}} and I've been on the job since I was eighteen. After twenty years I'd like to move into fire safety consultancy, where my enforcement and inspection experience is worth most.

What I've done
* 2016–now: {{Watch Manager, Marionville Community Fire Station}}. Twenty-eight crew, high-rise and waterside incidents.
* 2012–2016: {{Crew Manager, McDonald Road}}.
* 2004–2012: Firefighter, Sighthill.
* {{Fire Safety Enforcement Officer qualification}} (2019); audits of HMOs and care homes.
* {{Conducted post-incident welfare debriefs and referred crew to occupational health}}.

Outside the station
I've been [[U:FBU brigade equality rep]] since 2018, and last year I sat on the union's LGBT+ committee as [[S:a gay firefighter]] who wanted the younger lads to see someone like them. [[S:My husband Callum]] is a primary teacher in Portobello. We [[F:foster two siblings]] through City of Edinburgh Council.

Bits and pieces: [[H:hearing aid in my left ear since 2021]] (noise-induced, fit for operational duty per OH). Hill running and bothy trips.
"""),
("defence-en-009", """
<<SARAH-JANE OKONKWO>>
Prison Custody Officer → Probation Services Officer (applying)
<<Wandsworth, London SW18>> / <<07833 550 418>> / <<sj.okonkwo@gmail.com>>

KEY SKILLS
{{Control and Restraint (C&R) advanced}} | {{ACCT self-harm case management}} | {{Security intelligence reporting (IR system)}} | Conflict resolution | Report writing for parole hearings

EMPLOYMENT
{{Prison Officer, HMP Wandsworth}}, 2019–present
– Landing officer on a 180-man wing; key worker for 8 men.
– {{Searched cells and conducted drug testing (MDT) of prisoners}}.
– Supported the {{Muslim chaplaincy with Ramadan regime changes}}.
Operational Support Grade, HMP Brixton, 2017–2019

EDUCATION
BSc Criminology, Kingston University (2016)

ADDITIONAL
Vetting disclosure: [[C:police caution for shoplifting in 2011]], [[D:when I was 15]]; spent and declared in full.
[[E:Nigerian-born; came to the UK aged 7]] and naturalised in 2010.
[[F:Living with my partner Daniel; our first baby is due in March]], so I would like a start date after parental leave.
Member of the [[U:POA, Wandsworth branch]].
Interests: gospel choir, netball (Wandsworth league).
"""),
]
