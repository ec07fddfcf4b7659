CVS = [
# fr-001 Lycéenne, Parcoursup, Nantes
"""<<Léa Bouvier>>
[[D|17 ans]] – Terminale générale
<<8 rue des Hauts-Pavés, 44000 Nantes>>
<<06 12 48 90 37>> – <<lea.bouvier@laposte.net>>

Recherche un job d'été (juillet-août) avant mon entrée en licence de psychologie (vœu confirmé sur Parcoursup).

FORMATION
2022-2025 : {{Lycée Gabriel-Guist'hau}}, Nantes — spécialités SES et SVT, option maths complémentaires
2025 : Baccalauréat général (résultats en juillet)
[[H|Tiers-temps au bac pour ma dyslexie]], ce qui m'a appris à bien m'organiser.

EXPÉRIENCES
Été 2024 : {{Employée polyvalente}}, {{Marché U Nantes Zola}} (caisse, mise en rayon)
Depuis 2023 : {{Baby-sitting}} régulier pour deux familles du quartier (enfants de 3 à 8 ans)
Stage de 3e : une semaine au {{CHU de Nantes}}, service pédiatrie

ENGAGEMENTS
[[R|Animatrice à l'aumônerie catholique du lycée, je prépare les temps de prière du vendredi]]
{{BAFA}} en cours (session théorique validée en février 2025)

CENTRES D'INTÉRÊT
Handball en club (U18, Nantes Atlantique), dessin, séries coréennes.
[[F|Aînée de quatre enfants]], j'ai l'habitude de m'occuper des plus petits.
""",
# fr-002 BTS MCO en alternance, Lille
"""<<YASMINE BENALI>>
Alternante BTS MCO – Recherche CDI à la rentrée
<<Lille-Moulins>> | <<07 81 22 64 09>> | <<yasmine.benali03@gmail.com>>
[[D|Née le 04/09/2003]] – [[E|Nationalité : algérienne (titre de séjour étudiant)]]

EXPÉRIENCE
Depuis sept. 2023 – {{Conseillère de vente en alternance}}, {{Auchan Englos}}
• Rayon textile : implantation, inventaires, gestion des promos
• Animation d'une équipe de 3 étudiants le samedi
• [[U|Adhérente CGT depuis 2024]], j'ai participé aux NAO comme observatrice
2021-2023 – {{Équipière}}, {{McDonald's Lille Grand Place}}

FORMATION
2023-2025 : {{BTS Management Commercial Opérationnel}} – {{CFA Formasup Hauts-de-France}}
2021 : Bac STMG, Lycée Gaston Berger, Lille

COMPÉTENCES
Encaissement, merchandising, {{Excel (tableaux croisés)}}, arabe dialectal, anglais B1

À SAVOIR
[[C|J'ai eu un rappel à la loi en 2020 pour une bagarre au lycée]], aucune suite depuis.
Permis B en cours.
""",
# fr-003 BUT informatique, stage, Grenoble
"""<<Théo Marchetti>> — Étudiant en BUT Informatique (2e année)
<<theo.marchetti@etu.univ-grenoble-alpes.fr>> · <<github.com/tmarchetti>> · <<Grenoble (38000)>>
Recherche : stage de 10 semaines à partir d'avril 2025

PROFIL
[[D|20 ans]], passionné de dev web et de self-hosting. [[H|Reconnu travailleur handicapé (RQTH) pour un trouble du spectre de l'autisme]] : j'apprécie des consignes écrites et un poste au calme, et je suis très efficace dans ces conditions.

FORMATION
2023-2026 — {{BUT Informatique}}, parcours Réalisation d'applications — {{IUT2 Grenoble}}
2023 — Bac général NSI / Maths, Lycée Champollion

PROJETS
• {{Application de réservation de salles (Symfony + Vue.js)}} — projet tutoré, équipe de 5
• Serveur Nextcloud maison sur un Raspberry Pi

EXPÉRIENCE
Été 2024 — {{Préparateur de commandes}}, {{Decathlon Logistique}}, Saint-Quentin-Fallavier
  [[G|Pointage par empreinte digitale, j'ai dû enregistrer la mienne le premier jour]]

VIE ÉTUDIANTE
[[S|Co-président de l'association LGBT+ de l'IUT (Queer'IUT)]]
Membre du BDE, pôle soirées jeux

COMPÉTENCES
{{PHP / Symfony}}, JavaScript, SQL, Docker, Linux
""",
# fr-004 Licence droit, Paris
"""<<Hugo Lefranc-Diallo>>
<<24 rue de la Glacière, 75013 Paris>> – <<06 45 77 31 20>> – <<hugo.lefranc@etu.u-paris.fr>>

Étudiant en L3 Droit – Université Paris Cité
[[D|Né le 11 mai 2003]]

FORMATION
2022-2025 | {{Licence Droit}}, {{Université Paris Cité}} – mention AB attendue
2022 | Bac général, {{Lycée Stanislas}}, Paris 6e

EXPÉRIENCES
Juil. 2024 | {{Stagiaire juriste}}, {{Cabinet Lexcase}}, droit social – recherches, notes de synthèse
2023-2025 | {{Agent d'accueil}} (week-ends), {{Musée d'Orsay}}, via une agence étudiante
2022-2023 | Cours particuliers de français (collégiens)

ENGAGEMENTS
[[P|Militant à l'UNEF, élu sur la liste UNEF au conseil de l'UFR]] (2023-2025)
Clinique juridique de la faculté : permanences droit du logement
[[R|Je fréquente l'aumônerie étudiante du Centre Saint-Guillaume]] et j'y donne un coup de main pour les maraudes

PERSONNEL
[[S|Pacsé avec Julien depuis 2024]]. [[C|Interpellé puis relâché sans poursuites lors d'une manifestation contre la réforme des retraites]].
Langues : anglais C1, espagnol B2
""",
# fr-005 Master Sciences Po, LinkedIn
"""<<Inès El Amrani>>
Étudiante en Master Affaires publiques @ Sciences Po | Ex-stagiaire Cour des comptes | Finances locales
Paris, Île-de-France · <<linkedin.com/in/ines-elamrani>>

Infos
[[D|23 ans]], [[E|franco-marocaine]], j'ai grandi à Mantes-la-Jolie et je m'intéresse aux finances des collectivités. [[R|Je fais le ramadan]] et ça ne m'a jamais empêchée de tenir un rythme de stage soutenu.

Expérience
{{Stagiaire, chambre régionale des comptes}} · {{Cour des comptes / CRC Île-de-France}}
janv. 2024 – juin 2024 · 6 mois
Contrôle des comptes de 3 communes, rédaction d'observations provisoires.

{{Assistante parlementaire (stage)}} · {{Assemblée nationale}}
juin 2023 – août 2023

Formation
{{Master Affaires publiques}} · {{Sciences Po Paris}} · 2023 – 2025
Bachelor, campus de Menton (Moyen-Orient–Méditerranée) · 2020 – 2023

Bénévolat
[[P|Responsable formation, Jeunes Républicains des Yvelines]]
Tutorat Conventions éducation prioritaire (CEP)

[[F|Mariée depuis l'été dernier]]
""",
# fr-006 Belgique, ULB, Erasmus
"""<<Maxime Vandenbroucke>>
Étudiant en Master 1 Sciences économiques – ULB
<<Ixelles>> · <<maxime.vdb@ulb.be>> · <<+32 476 21 88 04>>

FORMATION
2024-2026 {{Master en Sciences économiques}}, {{Université libre de Bruxelles}}
2023-2024 Erasmus, Universität Wien (cours en allemand et anglais)
2020-2024 Bachelier en Sciences économiques, ULB
CESS, {{Collège Saint-Pierre d'Uccle}}

EXPÉRIENCE
Été 2024 – {{Stagiaire Analyse économique}}, {{Banque nationale de Belgique}}
Étudiant jobiste – {{Delhaize Flagey}} (caisse, réassort), 2021-2023
  [[U|Affilié au SETCa pendant ce job d'étudiant]]

ENGAGEMENT
[[P|Président de la section Jeunes MR de l'ULB (2022-2023)]]
Cercle d'éco (Solvay/Éco) – délégué cours

PERSONNEL
[[D|22 ans]]. [[S|En couple avec Thomas, rencontré pendant l'Erasmus]]. [[F|Mes parents sont séparés ; je vis chez ma mère et mon petit frère]]. [[G|Mon visage est enregistré pour l'accès biométrique au kot]], ce qui m'amuse toujours.

LANGUES : français, néerlandais (C1), anglais (C1), allemand (B2)
""",
# fr-007 Suisse, apprentissage CFC, Lausanne
"""<<Noah Rochat>>
Apprenti polymécanicien CFC – 2e année
<<Chemin de Montelly 14, 1007 Lausanne>>
<<079 412 66 30>> | <<noah.rochat@bluewin.ch>>
[[D|Âge : 16 ans]]

APPRENTISSAGE
Depuis août 2023 : {{Apprenti polymécanicien}}, {{Bobst Mex SA}}, Mex VD
– Usinage CNC (tournage, fraisage), lecture de plans, contrôle qualité
– Cours professionnels au {{CPNV Sainte-Croix}}

SCOLARITÉ
2020-2023 : École secondaire de Béthusy, voie générale (VG)

CHANTIERS ET PETITS BOULOTS
Été 2022 : coup de main au domaine viticole de mon oncle à Lutry (vendanges)

ENGAGEMENT
[[U|Membre d'Unia jeunesse depuis ma première année d'apprentissage]]
Juniors du FC Lausanne-Sport (M17)

SANTÉ / PARTICULARITÉS
[[H|Diabète de type 1 (pompe à insuline)]] – mon maître d'apprentissage est au courant.

FAMILLE
[[F|Je vis avec mon père, qui m'élève seul depuis mes 10 ans]].

COMPÉTENCES
{{Programmation CNC Heidenhain}}, {{SolidWorks}} (bases), français, allemand scolaire
""",
# fr-008 Maroc, ENCG, stage
"""CURRICULUM VITAE

<<Mohamed Amine Tazi>>
[[D|Né le 12/03/2001 à Fès]]
[[F|Situation familiale : célibataire]]
Adresse : <<Hay Riad, Rue 7 n°22, Rabat>>
Tél : <<+212 6 61 23 45 78>>
E-mail : <<amine.tazi.encg@gmail.com>>

FORMATION
2019-2024 : {{Diplôme de l'ENCG Settat}}, option Audit et Contrôle de gestion
2019 : Baccalauréat Sciences économiques, Lycée Moulay Driss, Fès – mention Bien

STAGES
2024 (6 mois) : {{Stagiaire auditeur}}, {{KPMG Maroc}}, Casablanca
• Tests de contrôle sur le cycle achats de 4 clients industriels
2023 (2 mois) : {{Stagiaire contrôle de gestion}}, {{Lesieur Cristal}}
2022 (1 mois) : Stage d'observation, Banque Populaire, agence Fès Saïs

COMPÉTENCES
{{Excel avancé / Power BI}}, SAP FI (notions), Sage

LANGUES
Arabe, [[E|amazighe (langue maternelle, je suis d'origine rifaine)]], français courant, anglais B2

ACTIVITÉS
Club Enactus ENCG – trésorier
[[R|Mémorisation du Coran à l'école coranique du quartier]] (15 hizbs)
[[H|Asthmatique]], je pratique quand même la natation.
""",
# fr-009 Tunisie, ingénieur stagiaire
"""<<Amal Ben Youssef>>
Élève ingénieure en Génie Logiciel — INSAT (3e année)
<<Ariana, Tunisie>> | <<+216 22 418 903>> | <<amal.benyoussef@insat.ucar.tn>>

PROFIL
[[D|22 ans]], passionnée par les systèmes distribués. Je cherche un stage de fin d'études (PFE) de 6 mois à partir de février.

FORMATION
2022-2025 : {{Cycle ingénieur Génie Logiciel}}, {{INSAT}}, Tunis
2020-2022 : Cycle préparatoire intégré, INSAT
2020 : Baccalauréat Mathématiques, Lycée Pilote de l'Ariana (mention Très bien)

STAGES
Été 2024 : {{Stagiaire développeuse backend}}, {{Vermeg}}, Tunis — API de réconciliation en Spring Boot
Été 2023 : Stage ouvrier, Tunisie Telecom

ENGAGEMENTS
[[P|Militante à l'UGET]] dans la section de l'école pendant deux ans
Club IEEE INSAT – responsable des ateliers

INFOS PERSONNELLES
[[F|Fiancée, mariage prévu en 2026]]
[[G|Porteuse du trait de la bêta-thalassémie (test familial)]]

COMPÉTENCES
{{Java / Spring Boot}}, {{Kubernetes}}, Kafka, Git
Langues : arabe, français, anglais (B2)
""",
# fr-010 Sénégal, UCAD master
"""CURRICULUM VITAE

ÉTAT CIVIL
Prénom et Nom : <<Cheikh Ahmadou Bamba Ndiaye>>
[[D|Date et lieu de naissance : 02 février 1998 à Thiès]]
Nationalité : Sénégalaise
[[E|Ethnie : Sérère]]
[[F|Situation matrimoniale : marié, 1 enfant]]
Adresse : <<Cité Mixta, Villa 41, Dakar>>
Téléphone : <<77 641 28 90>>
Courriel : <<cabndiaye98@gmail.com>>

FORMATION
2022-2024 : {{Master 2 Économie du développement}}, {{Université Cheikh Anta Diop de Dakar}}
2019-2022 : Licence Économie, UCAD
2018 : Baccalauréat série S2, Lycée Malick Sy de Thiès

EXPÉRIENCES
2024 : {{Stagiaire chargé d'études}}, {{ANSD}} — nettoyage des données de l'enquête EHCVM
2023 : {{Enquêteur}}, {{IPAR}} — enquête sur les exploitations familiales dans le bassin arachidier

ENGAGEMENTS
[[R|Talibé mouride, membre du dahira des étudiants de l'UCAD]]
[[P|Membre du mouvement des élèves et étudiants du PASTEF]] (2021-2023)

COMPÉTENCES
{{Stata}}, {{R}}, CSPro, wolof, français, anglais
""",
# fr-011 Québec, cégep
"""<<Camille Tremblay>>
<<Saguenay (Chicoutimi)>> – <<418 555-0172>> – <<camille.tremblay05@hotmail.ca>>

OBJECTIF
Emploi d'été à temps plein (mai à août) dans un camp de jour ou en loisirs.

SCOLARITÉ
2023 – en cours : {{DEC en Techniques d'intervention en loisir}}, {{Cégep de Chicoutimi}}
2023 : DES, Polyvalente Arvida

EXPÉRIENCE
2022 – en cours : {{Commis d'épicerie}}, {{IGA Extra Chicoutimi}} (15 h/sem.)
    [[U|Membre de la section locale 500 des TUAC]] comme tous les commis syndiqués du magasin
Été 2024 : {{Animatrice de camp de jour}}, Ville de Saguenay (groupe des 6-8 ans)

FORMATIONS
{{DAFA}} (Diplôme d'aptitude aux fonctions d'animateur), RCR/Premiers soins

À PROPOS
[[D|19 ans]], sportive (volleyball AAA). [[H|J'ai un TDAH et je prends du Vyvanse]] : je fonctionne super bien avec des tâches variées. [[S|Ma blonde Mégane]] travaille aussi au camp de jour, on demanderait des groupes séparés!

RÉFÉRENCES
<<Nathalie Gagnon>>, gérante de département, IGA – <<418 555-0188>>
""",
# fr-012 Québec, Laval, maîtrise
"""<<Marie-Ève Fontaine>>
Étudiante à la maîtrise en aménagement du territoire — Université Laval
<<Québec (Saint-Roch)>> · <<marie-eve.fontaine.3@ulaval.ca>> · <<581 555-0136>>

FORMATION
2023-2025 {{Maîtrise en aménagement du territoire et développement régional}}, {{Université Laval}}
Mémoire : {{Logement et territoire dans les communautés innues de la Côte-Nord}}
2019-2022 Baccalauréat en géographie, UQAR

EXPÉRIENCE
Été 2024 {{Stagiaire en urbanisme}}, {{Ville de Sept-Îles}}
Été 2023 {{Auxiliaire de recherche}}, Centre interuniversitaire d'études et de recherches autochtones

IMPLICATION
[[P|Responsable des jeunes de Québec solidaire dans Taschereau]] (2022-2024)
Association étudiante en aménagement, déléguée aux affaires externes

À MON SUJET
[[E|Je suis Innue, membre de la communauté de Uashat mak Mani-utenam]]; innu-aimun (intermédiaire). [[D|Née en 2000]]. [[G|J'ai donné un échantillon d'ADN au projet CARTaGENE en 2021]]. [[C|J'ai reçu un constat d'infraction lors du blocage du pont de Québec en 2022]], payé depuis.

OUTILS
{{ArcGIS Pro}}, QGIS, Excel
""",
# fr-013 France, alternance BTS comptabilité, mère solo
"""<<Sabrina Morel>>
<<Saint-Étienne (42)>> – <<06 58 33 10 72>> – <<sabrina.morel42@orange.fr>>
Alternance BTS CG – disponible 3 jours/semaine en entreprise

PROFIL
[[D|31 ans]], en reconversion après huit ans dans la vente. [[F|Maman solo de deux enfants de 7 et 10 ans]], je suis organisée et je ne lâche rien.

FORMATION
2024-2026 : {{BTS Comptabilité et Gestion}} en alternance – {{CFA Aftec Saint-Étienne}}
2010 : Bac STG, Lycée Honoré d'Urfé

EXPÉRIENCE
Depuis sept. 2024 : {{Assistante comptable (alternance)}}, {{Cabinet Fiducial, Saint-Étienne}}
• Saisie et lettrage, rapprochements bancaires, préparation des déclarations de TVA
2015-2023 : {{Vendeuse puis adjointe}}, Kiabi Villars
• [[U|Élue CFDT au CSE du magasin de 2019 à 2023]]

SITUATION
[[H|Suivie pour une dépression en 2023, à l'origine de ma reconversion]]. [[C|Condamnée à une amende pour conduite sans assurance en 2016, le B3 est vierge aujourd'hui]].

OUTILS
{{Sage 100}}, Excel, Pennylane
""",
# fr-014 BUT GEA, Rennes
"""<<Clémence Le Goff>>
<<Rennes – Villejean>> · <<clemence.legoff@univ-rennes.fr>> · <<07 66 12 45 90>>

Étudiante en BUT GEA (3e année), parcours Gestion et pilotage des ressources humaines
Recherche une alternance RH pour septembre

FORMATION
2022-2025 — {{BUT Gestion des Entreprises et des Administrations}}, {{IUT de Rennes}}
2022 — Bac général, {{Lycée Saint-Martin}}, Rennes

EXPÉRIENCES
Stage 2024 (12 sem.) — {{Assistante RH}}, {{Lactalis, site de Vitré}} : suivi des entretiens annuels, onboarding de 40 saisonniers
Étés 2021-2023 — Vendeuse en boulangerie, Cesson-Sévigné

ENGAGEMENTS
[[R|Cheftaine aux Scouts et Guides de France, groupe Saint-Yves]] (louveteaux)
Bureau des sports de l'IUT

INFOS
[[D|21 ans]]. [[G|Je suis porteuse saine de la mucoviscidose, comme mon père]], ce qui m'a rendue très attentive aux questions de santé au travail. [[S|Bisexuelle et membre du collectif Iskis]]. [[H|Hospitalisée pour une anorexie en 2019]], je suis aujourd'hui en pleine forme.

COMPÉTENCES
{{Paie (Silae)}}, {{Excel}}, anglais B2
""",
# fr-015 École de commerce, LinkedIn
"""<<Julien Nguyen-Vasseur>>
Grande École @ ESSEC | Stagiaire M&A chez Rothschild & Co | Ex-président du Collectif LGBT+ ESSEC
Cergy · <<linkedin.com/in/julien-nguyen-vasseur>>

Infos
[[D|24 ans]]. [[E|Fils d'un réfugié vietnamien arrivé en 1979]], j'ai grandi à Lognes. Passionné de finance d'entreprise et de cuisine de rue.

Expérience
{{Analyste stagiaire Fusions & Acquisitions}} · {{Rothschild & Co}}
juil. 2024 – déc. 2024 · Paris
Modèles DCF et LBO, 2 mandats de cession dans la santé.

{{Stagiaire Transaction Services}} · {{EY}}
janv. 2024 – juin 2024

Formation
{{Programme Grande École}} · {{ESSEC Business School}} · 2021 – 2025
Classe préparatoire ECG, Lycée Hoche, Versailles

Vie associative
[[S|Président, Collectif LGBT+ ESSEC (2022-2023)]] — 180 membres, partenariats avec des cabinets
[[P|Adhérent de Renaissance depuis 2022]]

Autres
[[G|J'ai fait un test ADN MyHeritage par curiosité]] et je l'ai regretté dès que j'ai lu les conditions d'utilisation.
""",
# fr-016 École d'ingénieurs, Toulouse
"""<<Karim Bouzid>>
Élève ingénieur en mécanique – ISAE-SUPAERO (2A)
<<Toulouse (31400)>> | <<karim.bouzid@student.isae-supaero.fr>> | <<06 71 90 22 48>>

FORMATION
2023-2026 {{Diplôme d'ingénieur ISAE-SUPAERO}}, parcours mécanique des structures
2021-2023 CPGE MP*, Lycée Pierre-de-Fermat
2021 Bac général maths / physique, mention TB

STAGES
Été 2024 — {{Stagiaire calcul de structures}}, {{Airbus Commercial Aircraft}}, Blagnac
  Calculs éléments finis sur des ferrures de mât (Nastran/Patran)
Été 2023 — {{Stage ouvrier}}, {{Latécoère}} : montage de portes passagers, 2×8
  [[U|J'y ai pris ma carte à la CGT métallurgie]] pour comprendre le dialogue social

PROJETS
{{Nanosatellite EyeSat}} : thermique du bus, club spatial

ENGAGEMENT
[[P|Membre des Jeunes Insoumis à Toulouse]], j'anime des ateliers sur le climat

PERSONNEL
[[D|21 ans]]. [[E|Parents arrivés d'Algérie dans les années 90]]. [[H|Opéré d'une hernie discale l'an dernier]], aucune restriction. [[C|Une garde à vue en 2023 après une action contre un projet d'autoroute, classée sans suite]].
""",
# fr-017 CAP boulangerie, apprenti
"""<<DYLAN FOURNIER>>
Apprenti boulanger – CAP 1re année
<<Foyer Les Tilleuls, 12 rue Pasteur, 59300 Valenciennes>>
<<07 69 44 81 03>>
[[D|16 ans]]

MA FORMATION
{{CAP Boulanger}} en apprentissage – {{CFA de la Chambre de métiers, Aulnoy-lez-Valenciennes}} (2024-2026)
3e à la SEGPA du collège Jean-Mermoz

MON APPRENTISSAGE
{{Boulangerie Au Pain Doré}}, Valenciennes (depuis septembre 2024)
– Pétrissage, façonnage des baguettes et des viennoiseries
– Cuisson dès 4 h du matin, nettoyage du fournil
– {{Vente en boutique}} le samedi

CE QUE JE SAIS FAIRE
{{Baguette de tradition}}, croissants, {{règles d'hygiène (HACCP)}}

MA SITUATION
[[F|Je suis placé à l'ASE depuis mes 12 ans]] et je vis dans un foyer, mon éducatrice m'aide pour les démarches. [[C|J'ai eu une mesure de réparation pénale]] [[D|à 14 ans]] pour un vol de scooter, c'est terminé. [[H|Je suis suivi par un orthophoniste pour une dysorthographie]].

Référente : <<Mme Sophie Delattre>>, éducatrice spécialisée – <<03 27 41 55 20>>
""",
# fr-018 Belgique, Liège, bachelier
"""<<Elif Yilmaz>>
Étudiante en bachelier Assistant(e) social(e) – HELMo, Liège
<<Rue Saint-Léonard 211, 4000 Liège>> – <<0486 55 12 09>> – <<elif.yilmaz@student.helmo.be>>

FORMATION
2022-2025 {{Bachelier Assistant(e) social(e)}}, {{HELMo}}, Liège
2022 CESS, Athénée royal Liège 1

STAGES
2024 {{Stagiaire assistante sociale}}, {{CPAS de Seraing}}, service insertion (15 semaines)
2023 Stage d'observation, maison médicale Le Laveu

JOBS D'ÉTUDIANTE
2021-2024 {{Vendeuse}}, {{Hema Liège Vinâve d'Île}} (week-ends)
[[U|Affiliée aux Jeunes FGTB depuis mon premier contrat étudiant]]

ENGAGEMENTS
[[S|Bénévole à la Maison Arc-en-Ciel de Liège, où je coanime le groupe des jeunes lesbiennes]]
Permanences devoirs pour primaires, école de devoirs de Sainte-Marguerite

À MON PROPOS
[[D|Née en 2002]]. [[E|Mes parents sont originaires d'Emirdağ, en Turquie]] ; je parle turc, français, néerlandais (B1). [[R|J'ai quitté l'islam à 18 ans]] et je m'intéresse à la laïcité.
""",
# fr-019 Suisse, Genève, HES
"""<<Joëlle Perrin>>
Étudiante Bachelor HES en Soins infirmiers – HEdS Genève
<<Carouge GE>> | <<joelle.perrin@hesge.ch>> | <<078 903 41 22>>

FORMATION
2022-2025 {{Bachelor of Science HES-SO en Soins infirmiers}}, {{Haute école de santé de Genève}}
2021 Maturité gymnasiale, Collège Calvin (option biologie-chimie)

STAGES
{{Hôpitaux universitaires de Genève}} – médecine interne (10 sem.), 2024
{{IMAD}} – soins à domicile (8 sem.), 2023
EMS Les Marronniers – gériatrie, 2022

EMPLOI
{{Aide-soignante remplaçante}} – EMS Les Marronniers, étés 2022 et 2023

À PROPOS DE MOI
[[D|23 ans]]. [[R|Engagée dans l'Église évangélique de Cologny, je joue du piano au culte]]. [[S|Je vis avec ma compagne Laure à Carouge]]. [[G|Hémophilie B dans la famille : mon test a confirmé que je suis conductrice]]. [[H|Je porte des lunettes à verres prismatiques pour un strabisme]].

COMPÉTENCES
{{Soins de plaies complexes}}, prise en charge de la douleur, anglais B2, allemand B1
""",
# fr-020 Maroc, stage OCP
"""<<Salma Bennani>>
Ingénieure d'État en Génie des procédés – École Mohammadia d'Ingénieurs
<<Quartier Agdal, Rabat>> · <<+212 6 70 44 18 52>> · <<salma.bennani@emi.ac.ma>>
[[D|24 ans]] · [[F|Célibataire]]

FORMATION
2021-2024 {{Diplôme d'ingénieur d'État, Génie des procédés}}, {{École Mohammadia d'Ingénieurs}}
2019-2021 CPGE PSI, Lycée Moulay Youssef, Rabat

STAGES
2024 – {{Projet de fin d'études}}, {{OCP Group, Jorf Lasfar}} : optimisation de l'attaque sulfurique de la ligne phosphorique D
2023 – {{Stage technicienne}}, Lafarge Holcim Maroc, Bouskoura

ACTIVITÉS PARASCOLAIRES
[[P|Membre de la Jeunesse du Parti de la justice et du développement à Rabat]] (2019-2022)
Club Génie des procédés EMI – présidente

SANTÉ ET DIVERS
[[H|Lupus traité par hydroxychloroquine]], stable.
[[G|Empreintes et photo faciale enregistrées pour ma CNIE électronique]] en 2023.

COMPÉTENCES
{{Aspen Plus}}, MATLAB, arabe, français, anglais C1
""",
]
