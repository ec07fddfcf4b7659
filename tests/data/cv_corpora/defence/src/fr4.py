CVS = [
("defence-fr-031", """
<<Caporal-chef (ret.) Jean-François Bérubé>>
<<Lévis (Québec)>> · <<418 555-0161>> · <<jf.berube.secu@gmail.com>>

Spécialiste en sécurité industrielle — ancien militaire du Royal 22e Régiment

EXPÉRIENCE
2020-… {{Coordonnateur sûreté, Chantier Davie}}
 • {{Contrôle d'accès et filtrage des sous-traitants pour les contrats de défense}}
 • {{Programme de sécurité industrielle (Services publics et Approvisionnement Canada)}}
2002-2020 {{Forces armées canadiennes, 2e Bataillon, Royal 22e Régiment}}, Valcartier
 • Fantassin, puis caporal-chef ; Afghanistan (Kandahar, 2007 et 2010)
 • {{Instructeur au Centre d'instruction du Secteur du Québec de la Force terrestre}}

FORMATION
{{DEC en techniques policières (non complété)}} ; {{certificat en gestion de la sécurité, Université Laval}}

PERSONNEL
[[H:Amputé sous le genou gauche (Kandahar, 2010)]], je pratique le para-hockey. [[F:Père de deux ados, divorcé]]. [[P:Bénévole pour le Bloc québécois]] dans Bellechasse. [[C:J'ai reçu un pardon (suspension du casier) en 2018 pour une condamnation de 2001]]. [[E:Wendat par mon père]], de Wendake.
"""),
("defence-fr-032", """
<<Yasmine Chérif>>
Agente de médiation — Police municipale de Marseille
<<13015 Marseille>> · <<yasmine.cherif13@gmail.com>> · <<06 14 59 22 81>>

Ce que je sais faire
✓ {{Médiation de conflits de voisinage}}
✓ {{Prévention de la délinquance des mineurs}}
✓ {{Liaison avec les associations cultuelles et les centres sociaux des quartiers Nord}}
✓ {{Rédaction de rapports pour le CLSPD}}

Où je l'ai fait
2019-… {{Agente de médiation sociale, Ville de Marseille (police municipale)}}
2015-2019 {{Adulte-relais, centre social La Castellane}}

Formation : {{Titre professionnel Agent de médiation, information, services}}

Et moi
[[D:29 ans]]. [[E:Française d'origine comorienne]]. [[R:Je porte le voile en dehors du service]]. [[S:Je vis avec ma compagne]]. Engagée [[P:au Printemps marseillais comme colistière en 2020]]. [[C:Une condamnation pour violences en réunion à 17 ans]], effacée de mon casier.
"""),
("defence-fr-033", """
<<Pieter Van Damme>>
Inspecteur principal — Police fédérale, Police de la navigation / Frontières
<<Ostende>> | <<pieter.vandamme@police-mail.example.be>> | <<0472 90 18 33>>

EXPÉRIENCE
2017-… {{Inspecteur principal, Police de la navigation (SPN), port de Zeebrugge}}
 → {{Contrôle des frontières extérieures Schengen}}
 → {{Détection de migrants clandestins dans les camions à destination du Royaume-Uni}}
2021-2022 {{Détachement Frontex (Grèce, Evros)}} — {{prise d'empreintes Eurodac des migrants interceptés}}
2009-2017 Inspecteur, zone de police Ostende

FORMATION
{{Académie de police de Flandre occidentale}} ; {{cours d'officier de police judiciaire}} ; néerlandais, français, anglais

INFORMATIONS
[[D:Né le 21/02/1984]]. [[S:Marié à Thomas]], [[C:condamné en 2003 pour dégradations]] (effacé), [[F:un fils adopté]]. [[U:Membre du SLFP-Police]]. Pendant la Covid, [[G:j'ai participé à une étude génétique de l'UZ Gent sur les formes sévères]] après [[H:trois semaines en soins intensifs]].
"""),
("defence-fr-034", """
<<Lieutenant de police Affoué Marie-Claire Bamba>>
<<Yopougon, Abidjan>> · <<+225 05 46 77 21 09>> · <<mc.bamba.police@gmail.com>>

Objectif : chargée de protection de l'enfance auprès d'une ONG internationale.

Expérience
2012-… {{Police nationale de Côte d'Ivoire}}
 • {{Cheffe de la Brigade de protection des mineurs, Plateau}}
 • {{Enquêtes sur la traite des enfants dans les plantations de cacao}}
 • {{Formations des chefs de communauté et imams sur les mariages précoces}}
2008-2012 Sous-officier, Compagnie républicaine de sécurité

Formation
{{École nationale de police d'Abidjan}} ; {{Master en droits de l'enfant, Université Félix-Houphouët-Boigny}}

Renseignements
Née le [[D:5 mai 1985]]. [[F:Veuve, deux enfants]]. [[R:Musulmane]]. [[E:Sénoufo, originaire de Korhogo]]. [[G:Drépanocytaire SC]], suivie au CHU de Cocody. [[P:Ancienne militante du PDCI]] avant mon entrée dans la police.
"""),
("defence-fr-035", """
<<Rakoto « Rico » Andrianaivo>>
Chauffeur de sécurité / Agent de protection
<<Rue Marcel Cachin, 83000 Toulon>> · <<07 62 44 81 30>> · <<rico.andrianaivo@gmail.com>>

PARCOURS
2018-… {{Chauffeur-agent de sécurité, Groupe Geos}} : transport de dirigeants, conduite défensive
2003-2018 {{Légion étrangère}} : {{13e Demi-brigade de Légion étrangère}} (Djibouti, Émirats), {{1er Régiment étranger de génie}} — sergent, démineur

QUALIFICATIONS
{{Brevet de chef d'équipe génie}} ; {{certificat de pilotage défensif}} ; carte CNAPS

À DÉCLARER
[[E:Malgache, naturalisé en 2013]]. [[C:Condamnation à Madagascar en 2001 pour vol]], [[D:à 18 ans]], avant mon engagement sous identité déclarée. [[H:Hépatite B chronique]], suivie. [[S:En couple avec Didier]] depuis six ans. Disponible pour des missions longues à l'étranger ; permis B, C et moto. Anglais courant, malgache, notions d'arabe.
"""),
("defence-fr-036", """
<<Farid Ould-Amar>>
Agent du GPSR (Groupe de protection et de sécurité des réseaux) — RATP
<<Quai de l'Aisne, 93500 Pantin>> · <<farid.ouldamar@gmail.com>> · <<06 33 70 41 88>>

Expérience
2014-… {{Agent de sûreté, GPSR, RATP}} — lignes 5 et 7, RER A
 · {{Interpellations et remises à OPJ}}
 · {{Palpations et inspection visuelle des bagages}}
 · {{Formateur en gestion de conflits}}
 · Sécurisation des grands événements (JO 2024, fête de la musique)
2010-2014 {{Agent de sécurité incendie, Atalian}}

Formation : {{CQP APS}} ; {{formation GPSR (port d'arme)}} ; {{SSIAP 1}}

À propos
[[D:Né en 1986]]. [[U:Délégué FO-RATP au CSE]]. [[F:Marié, trois enfants]]. [[G:Mes empreintes sont inscrites au FAED depuis ma garde à vue de 2008]], [[C:classée sans suite]]. [[P:Militant du Parti socialiste à Pantin]].
"""),
("defence-fr-037", """
CURRICULUM VITAE

<<Adjudant-chef Mamadou Lamine Sarr>>
Gendarmerie nationale du Sénégal
<<Quartier Escale, Ziguinchor>> — <<+221 77 214 66 93>> — <<mlsarr.gendarme@gmail.com>>

ÉTAT DES SERVICES
1998 : {{École nationale des sous-officiers d'active de Ouakam}}
1998-2010 : {{Légion de gendarmerie d'intervention}} — maintien de l'ordre, Casamance
2010-2024 : {{Commandant de brigade territoriale, Bignona}}
 – {{Enquêtes sur les trafics de bois et de chanvre indien}}
 – {{Médiation avec les chefs de village et les imams}}
2016 : {{Casque bleu, MINUSCA}} (Bangui), chef de section de police militaire

STAGES
{{Brevet de commandant de brigade}} ; {{formation ONUDC sur la traite des personnes}}

ÉTAT CIVIL
Né le [[D:02/09/1976]] à Fatick. [[E:Sérère]]. [[F:Marié, quatre enfants]]. [[R:Catholique]]. [[G:Mon ADN a été prélevé pour identifier un frère disparu en 2002 (naufrage du Joola)]].
"""),
("defence-fr-038", """
<<Commissaire divisionnaire (h) Catherine Lefort-Mbaye>>
Directrice des ressources humaines — candidature
<<Nantes>> · <<c.lefortmbaye@orange.fr>> · <<06 80 22 15 47>>

Synthèse
Vingt-cinq ans de commandement dans la police nationale, dont huit à la gestion des ressources humaines et du dialogue social. Je vise une DRH dans le secteur public ou hospitalier.

Parcours
2017-2025 {{Cheffe du service des ressources humaines, SGAMI Ouest}}
 ▸ {{Négociation avec les syndicats Alliance, UNSA Police et SGP-FO (côté administration)}}
 ▸ {{Pilotage des comités médicaux et des reclassements pour inaptitude}}
 ▸ {{Instruction des conseils de discipline}}
2008-2017 {{Commissaire, DDSP Loire-Atlantique}}
2000-2008 Commissaire, Saint-Nazaire

Formation : {{ENSP Saint-Cyr-au-Mont-d'Or}} ; {{Sciences Po Rennes}}

Personnel
[[D:Née en 1972]]. [[F:Mariée, un fils]]. [[E:Mon mari est sénégalais]] et ma famille est binationale.
"""),
("defence-fr-039", """
<<Sergent-chef Julien Masson>>
Brigade de sapeurs-pompiers de Paris (BSPP)
<<Caserne Champerret, Paris 17e>> · <<julien.masson.bspp@gmail.com>> · <<06 45 90 12 73>>

Je termine 15 ans de contrat à la {{Brigade de sapeurs-pompiers de Paris}} et je candidate au poste de {{chargé de prévention incendie}} chez {{Socotec}}.

Services
2010-2025 BSPP
 – {{Chef d'agrès, centre de secours de Champerret}}
 – {{Intervenant sur les attentats du 13 novembre 2015 (Bataclan)}}
 – {{Formateur secourisme (PSE, PAE FPSC)}}
 – {{Bureau prévention : études de dossiers ERP et IGH}}

Diplômes : {{PRV2}} ; {{BNSSA}} ; {{permis poids lourd}}

Personnel
[[H:Suivi à l'hôpital Percy pour un état de stress post-traumatique après le 13 novembre]], reconnu blessé en service. [[C:J'ai eu 20 jours d'arrêts et une condamnation avec sursis pour violences en 2012]]. [[S:Je suis gay et membre de l'association Mousquetaires]] (militaires LGBT). [[F:Célibataire, sans enfant]].
"""),
("defence-fr-040", """
<<Lara Zbinden>>
Analyste cyberdéfense — Commandement Cyber de l'armée suisse (milice)
<<Berne>> · <<lara.zbinden@proton.me>> · <<079 508 33 16>>

Expérience
2021-… {{Analyste SOC, Office fédéral de la cybersécurité (OFCS)}}
 – {{Traitement des incidents visant les partis politiques lors des élections fédérales 2023}}
 – {{Analyse de campagnes d'hameçonnage contre des ONG confessionnelles}}
2016-2021 {{Ingénieure sécurité, Swisscom}}
Service militaire : {{Spécialiste cyber, Bataillon d'aide au commandement 16}}

Formation
{{MSc Cybersecurity, EPFL}} ; {{CISSP}}

Contrôle de sécurité (CSP élargi) : j'ai déclaré [[E:ma double nationalité suisse et iranienne]], [[S:ma partenaire Léa]], [[C:une ordonnance pénale de 2015 pour dommages à la propriété lors d'une manifestation climat]] et [[P:mon adhésion aux Verts bernois]]. [[G:Une analyse génétique a révélé le syndrome de Lynch]], d'où [[H:des coloscopies annuelles]].
"""),
]
