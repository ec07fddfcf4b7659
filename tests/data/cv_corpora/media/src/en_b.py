CVS = [
# 011 UK party press office comms manager
"""{{C|Joseph Abernethy-Quayle}}
Communications Manager
{{C|42 Ferndale Road, London SW9 8BH}} — {{C|07946 220 531}} — {{C|joe.aq@outlook.com}}

Experience

{{K|Senior Press Officer, Labour Party Press Office}} (Southside), 2020–2024
Rebuttal and broadcast bids for the shadow health team; on the grid for the 2024 general election; drafted lines on NHS waiting lists and on the Rwanda migration scheme.

{{K|Press Officer, Shelter}}, 2017–2020
Housing and homelessness media, including the annual rough-sleeping count.

{{K|Reporter, Yorkshire Post}}, 2014–2017

Education
{{K|BA History, University of Leeds (2:1); NCTJ Diploma in Journalism}}.

Skills
{{K|Rapid rebuttal and grid planning}}, Cision, Gorkana, broadcast bidding, writing for ministers' voices.

Personal
{{pol|I joined the party at seventeen and knocked doors in every election since}}. {{rel|I'm a Quaker, and attend Brixton Friends Meeting House most weeks}}. {{gen|An ancestry DNA test in 2022 traced half my family to the Isle of Man, hence the surname}}. {{age|Thirty-two}}, {{fam|engaged, wedding in May}}.

Referees on request from {{C|Ms Priya Dhanjal}}, Director of Communications.""",

# 012 Irish translator rate card
"""{{C|Dr Orla Ní Fhaoláin}} — Translator & Subtitler (GA / FR / DE > EN)
{{C|Salthill, Galway}} | {{C|orla@nifhaolain-translate.ie}} | {{C|+353 91 527 604}}

RATES (2025, ex VAT)
Literary translation: €0.14/word (Irish Translators' and Interpreters' Association scale)
Subtitling: €9/minute of programme
Editing & proofreading: €45/hour
Rush (<48 h): +30%

SELECTED WORK
- {{K|Irish-language subtitles for "An Cailín Ciúin" (2022)}}
- {{K|Translation of "Prison Diaries" by Mícheál Ó Conghaile}}, Cló Iar-Chonnacht (2020)
- {{K|Bilingual newsletter for the Galway Rape Crisis Centre}}, 2018–present
- Legal translation for the Refugee Documentation Centre (country-of-origin reports, French)

EDUCATION
{{K|PhD Translation Studies, University of Galway (2014)}}

CONTRACT & STAFF
{{K|In-house translator, TG4, Baile na hAbhann}}, 2014–2019

NOTES FOR CLIENTS
{{gen|I carry the C282Y haemochromatosis gene (tested 2017)}}; {{hea|I give blood every eight weeks as treatment}}, so plan around the odd Tuesday afternoon. {{fam|I'm home with two small boys in the mornings}}, so live interpreting is afternoon-only. {{eth|Born in Lyon to an Irish father and a French-Algerian mother}}, I grew up trilingual.""",

# 013 US Substack newsletter writer
"""{{C|Jess Kowalczyk}}
Writer, editor, newsletter operator
{{C|Pittsburgh, PA}} · {{C|jess@thesteelseam.com}} · {{C|412-555-0139}}

what I do
I run {{K|The Steel Seam, a Substack about labor and the Rust Belt}} (21,000 subscribers, 2,900 paid). Before that I was a staff reporter for six years. I write about {{K|the UPMC nurses' union drive}}, steelworkers' pensions, and who gets to vote in Allegheny County.

jobs
2021–now   Founder/Editor, The Steel Seam
2015–2021  {{K|Staff Writer, Pittsburgh Post-Gazette}} — {{tu|I was a shop steward for the Newspaper Guild of Pittsburgh during the 2022 strike}} and stayed on the picket line for eight months after I'd already left the staff
2013–2015  {{K|Reporter, The Vindicator, Youngstown}}

things I'd rather you hear from me
{{crim|DUI in 2012 (Ohio), completed the diversion program}}. {{hea|Sober since 2013 — I still go to meetings}}. {{sex|I'm bi, and my girlfriend Dana}} edits the newsletter's podcast. {{pol|I knocked doors for Bernie in 2016 and 2020}} — I keep it out of my copy.

skills
{{K|Substack growth and paid conversion}}, public-records requests (PA Right-to-Know), long-form editing, Polish (heritage speaker).""",

# 014 Canadian TV news editor
"""{{C|Gregory Lam}}
{{C|Vancouver, BC}} · {{C|604-555-0194}} · {{C|greg.lam@shaw.ca}}

Summary
Television news editor and line producer with 15 years at national and regional desks. I cut fast and I check twice.

Experience
{{K|Senior Editor, CBC Vancouver — The National (West bureau)}}, 2013–present
• Edited the {{K|"Downtown Eastside: poisoned supply" series on the overdose crisis}} (Canadian Screen Award nominee, 2022)
• Coverage of the 2021 B.C. floods and the Kamloops Indian Residential School findings
• {{tu|Steward for the Canadian Media Guild, CBC/Radio-Canada branch, since 2016}}
{{K|Editor, Global BC}}, 2009–2013

Training
{{K|BCIT Broadcast & Online Journalism}}, 2008. {{K|Avid Media Composer certified}}; Premiere Pro.

Accommodations
{{hea|I wear a cochlear implant on the left side after sudden hearing loss in 2018}} — captioned monitors in the edit suite help. Otherwise no restrictions.

Personal
{{eth|Grew up in Richmond in a Hong Kong Cantonese family that emigrated in 1989}}. {{age|47 years old}}. {{fam|Divorced; shared custody of my son every other week}}.

Reference: {{C|Marisa Coutts}}, Executive Producer.""",

# 015 Australian ABC broadcast journalist
"""{{C|Kirra Williams}}
Broadcast journalist · {{C|Wagga Wagga NSW 2650}} · {{C|0427 119 640}} · {{C|kirra.williams@bigpond.com}}

{{eth|I'm a proud Wiradjuri woman}} and I've spent twelve years telling stories from the Riverina for regional and national audiences.

BROADCAST EXPERIENCE
2016–now  {{K|Senior Reporter, ABC Riverina (radio and TV)}}
          {{K|Voice referendum coverage, 2023}}; drought and water-buyback reports; local council elections
2013–2016 {{K|Journalist, Prime7 News Wagga}}
2012      Cadet, NITV

DOCUMENTARY
{{K|"Still Here" (2021), Stolen Generations survivors in the Riverina}}, ABC Australian Story

EDUCATION
Bachelor of Communication (Journalism), Charles Sturt University, 2011

PERSONAL
{{fam|Mum of three}}. {{hea|Since 2019 I've lived with lupus; I work a nine-day fortnight}}. {{gen|A genetic test I did in 2022 for a story on DNA ancestry kits came back, of course, showing nothing about who my mob is}} — that's another story I'm still writing.

SKILLS
Live crosses, Quantel and Dalet, drone (CASA RePL), {{K|community consultation and cultural protocols}}.

Referee: {{C|Aunty Joyce Ingram}}, Wiradjuri Elder and former ABC broadcaster.""",

# 016 Indian Hindi TV reporter
"""{{C|Ravi Kumar Paswan}}
Correspondent — Hindi TV & Digital
{{C|B-112, Laxmi Nagar, New Delhi 110092}} | {{C|98110 46372}} | {{C|ravi.paswan.news@gmail.com}}

WORK
2018–present  {{K|Principal Correspondent, NDTV India}}
   • Ground reports from the 2019 and 2024 Lok Sabha elections in Bihar
   • {{K|Series on the 2020 Delhi riots relief camps in Mustafabad}}
2013–2018     {{K|Reporter, Dainik Bhaskar (Patna)}}

EDUCATION
{{K|PG Diploma, Indian Institute of Mass Communication}}, 2012

AWARDS
{{K|Red Ink Award for the "Sewer Deaths" investigation (2021)}}

PERSONAL NOTES
{{eth|I belong to a Scheduled Caste family from Khagaria}} and was the first in my village to get a university degree. {{pol|In college I campaigned for the AISA panel}}. {{crim|An FIR under section 188 was filed against me in 2020 for covering a protest during lockdown; it was withdrawn}}. {{gen|Thalassaemia minor, found during a premarital screening}}. {{fam|Married since 2015}}.

Languages: Hindi, Maithili, English.
{{age|DOB: 2 January 1989}}""",

# 017 Pakistani sub-editor
"""{{C|Zainab Raza Naqvi}}
Sub-Editor / Features Writer — {{C|Clifton, Karachi}}
{{C|zainab.naqvi@gmail.com}} · {{C|0321 284 6619}}

PROFILE
A sub-editor who loves a clean lede and hates a passive headline. Nine years on news and features desks in Karachi.

EXPERIENCE
{{K|Sub-Editor, The Express Tribune, Karachi}} (2017–present)
– Night desk, national pages; trained six junior subs
– Edited the {{K|"Missing Persons" special on enforced disappearances}}
{{K|Features Writer, Herald (Dawn Group)}} (2014–2017)
– {{K|Cover story on Karachi's transgender community and the 2018 Act}}

EDUCATION
BA (Hons) Mass Communication, University of Karachi, 2013

PERSONAL
{{rel|Our family observes Muharram and I'm away for Ashura each year}}. {{hea|I took a six-month break in 2020 for severe anxiety and panic attacks}}; I'm much better, and I'm open about it. {{pol|In university I was in the PPP's student wing, the PSF}}. {{fam|Recently married}}, {{age|29}}.

SKILLS
Urdu/English copy, InDesign, {{K|fact-checking to IFCN standards}}.""",

# 018 Nigerian PR consultant
"""CURRICULUM VITAE — {{C|HAUWA ABDULLAHI SULEIMAN}}
Communications & Public Relations Consultant
{{C|Plot 22, Aminu Kano Crescent, Wuse II, Abuja}} · {{C|0809 512 3306}} · {{C|hauwa.suleiman@gmail.com}}

PERSONAL INFORMATION
{{age|Date of Birth: 4th April 1983}}
{{eth|Local Government of Origin: Fagge, Kano State}}
{{gen|Genotype: AS}}
{{fam|Marital status: Married}}

PROFILE
{{K|Fellow of the Nigerian Institute of Public Relations}} with fifteen years in government and development communications.

EXPERIENCE
{{K|Head of Communications, NCDC (Nigeria Centre for Disease Control)}}, 2019–2023 — Lassa fever and COVID-19 risk communication
{{K|Spokesperson training for state ministries of health}}, 2021
{{K|Media Adviser, All Progressives Congress Presidential Campaign Council}}, 2022–2023
{{K|Communications Officer, UNICEF Nigeria (polio eradication)}}, 2012–2019 — worked with Kano emirs and imams on vaccine acceptance

EDUCATION
{{K|M.Sc Mass Communication, Bayero University Kano}}

OTHER
{{rel|As a practising Muslim I wear the hijab}}. {{pol|Card-carrying APC member since 2014}}.

REFEREES
{{C|Dr. Chikwe Ihekweazu}}; {{C|Hajiya Aisha Bello}}.""",

# 019 Kenyan radio presenter
"""{{C|OTIENO BRIAN ODHIAMBO}}
Radio Presenter & Producer
{{C|P.O. Box 4412-40100, Kisumu}} | {{C|0733 609 221}} | {{C|brian.odhiambo@radiolake.co.ke}}

ON AIR
{{K|Breakfast Show Host, Ramogi FM (Luo-language station)}}, 2015–present
• 6–10 a.m. talk and music, 1.2M weekly listeners
• {{K|Weekly health phone-in on HIV testing and PrEP}} with Kenya Red Cross
{{K|Presenter, Radio Lake Victoria}}, 2010–2015

PRODUCTION
{{K|"Sauti ya Wavuvi", a documentary on fishermen's debts on Lake Victoria}} (2019)

EDUCATION
{{K|Diploma in Broadcast Journalism, Kenya Institute of Mass Communication (2009)}}

ABOUT ME
{{hea|I've lived openly with HIV since 2009}} and I talk about it on air when it helps listeners. {{eth|A Luo from Siaya}}, I switch between Dholuo, Swahili and English. {{tu|Kenya Union of Journalists, Nyanza branch chairman 2018–2022}}. {{fam|Married to Achieng, we have two boys}}.
{{age|Age: 39 yrs}}

REFEREE: {{C|Mr. Kevin Ouma}}, Programmes Manager, Ramogi FM.""",

# 020 South African comms officer at COSATU
"""{{C|Lerato Khumalo}}
Communications Officer
{{C|Braamfontein, Johannesburg}} · {{C|072 551 8830}} · {{C|lerato.khumalo@webmail.co.za}}

EXPERIENCE
2019 – present  {{K|Communications Officer, COSATU (Congress of South African Trade Unions)}}
                – Media for the 2023 national shutdown and the public-sector wage dispute
                – Edit "The Shopsteward" magazine
2015 – 2019     {{K|Journalist, SABC News (Labour Desk)}}
2013 – 2015     {{K|Intern, The Sowetan}}

EDUCATION
{{K|BA Journalism, Rhodes University (2012)}}

SKILLS
{{K|Press statements in isiZulu, Sesotho and English}}; campaign videos in Premiere; social-media crisis handling

PERSONAL
{{pol|SACP member, Braamfontein branch}}. {{sex|My wife, Naledi, is a nurse at Charlotte Maxeke}}, {{fam|and we're raising her niece}}. {{gen|I tested positive for a BRCA1 mutation in 2021 after my mother's cancer}} and {{hea|had a preventive double mastectomy in 2022}}. {{age|Born 1990}}.

References
{{C|Sizwe Pamla}}, National Spokesperson, COSATU""",
]
