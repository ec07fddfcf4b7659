CVS = [
("defence-fr-011", """
<<Laurent Favre>>
Sergent-major, Police cantonale genevoise (retraité) — Consultant en sécurité
<<Chemin des Crêts 8, 1218 Le Grand-Saconnex>> · <<079 412 66 03>> · <<laurent.favre.secu@bluewin.ch>>

Parcours
1994–2024 {{Police cantonale de Genève}}
 • {{Chef de groupe, Brigade de sécurité diplomatique}} : protection des missions et des conférences de l'ONU
 • {{Gendarmerie, poste de Cornavin : interpellations et procédures}}
 • {{Formateur en gestion de la violence à l'Académie de police de Savatan}}
Service militaire : {{sous-officier, police militaire de l'armée suisse}}

Formation
{{Brevet fédéral de policier}} ; {{Brevet fédéral de spécialiste en protection de personnes}}

Personnel
[[D:Né en 1964]]. [[S:Partenariat enregistré avec Marc depuis 2008]], marié depuis 2022. [[U:Membre de l'UPCP]] (syndicat de police) toute ma carrière. [[H:Diabète de type 2]] sous traitement oral. [[P:Conseiller municipal PLR au Grand-Saconnex]] depuis 2020.
Hobbies : ski de randonnée, tir sportif.
"""),
("defence-fr-012", """
<<Premier sergent-major (e.r.) Kevin Dubois>>
<<Rue du Fort 17, 5000 Namur>> — <<0497 66 10 28>> — <<kevin.dubois.log@hotmail.be>>

Objectif : responsable d'entrepôt ou de flotte après 22 ans à la Défense belge.

Carrière militaire
2002–2024 {{Composante Terre, Bataillon de Chasseurs Ardennais}}, puis {{Bataillon Logistique (4 Bn Log)}}
- {{Chef de peloton transport}} : 40 camions, déploiements au Liban (FINUL), au Mali (EUTM) et en Lituanie
- {{Gestionnaire de stocks SAP MM}}
- {{Moniteur de conduite militaire}}

Formation
{{CESS}} ; {{certificat de gestion logistique, EFP Bruxelles}}

Divers
[[D:Né le 30/06/1983]]. [[F:Séparé, deux enfants]] que je vois un week-end sur deux. [[U:Affilié à l'ACMP-CGPM]] (syndicat militaire). Lors de mon engagement, [[G:mon ADN a été prélevé pour la banque de données d'identification des militaires]]. [[H:Opéré d'une hernie discale en 2022]], apte au travail de bureau et à la conduite.
"""),
("defence-fr-013", """
<<Mathieu Gagnon>>
Pompier — Service de sécurité incendie de Montréal (SIM)
<<Verdun, Montréal>> · <<mathieu.gagnon.sim@gmail.com>> · <<438 555-0177>>

Je postule au poste de {{Coordonnateur en prévention incendie}} à la Ville de Laval.

EXPÉRIENCE
{{Pompier, SIM}} — caserne 62, 2011 à aujourd'hui
• {{Premier répondant}} et sauvetage nautique sur le Saint-Laurent
• {{Inspections de prévention dans les résidences pour aînés}}
• {{Enquêtes sur les causes et circonstances d'incendie avec le SPVM}}
Technicien en prévention, Ville de Longueuil — 2008-2011

FORMATION
{{DEP Intervention en sécurité incendie}} ; {{AEC en prévention incendie, Cégep Montmorency}}

À PROPOS DE MOI
[[S:Mon chum Samuel]] et moi [[F:venons d'adopter un garçon de 3 ans]]. [[E:Je suis Innu de Uashat mak Mani-utenam]] par ma mère. [[U:Délégué de l'Association des pompiers de Montréal]] pour la caserne 62. [[D:38 ans]].
"""),
("defence-fr-014", """
CURRICULUM VITAE

Nom : <<KOUASSI>>  Prénoms : <<Ange-Désiré Yao>>
Adresse : <<Cocody Angré, 08 BP 1422 Abidjan 08>>
Tél. : <<+225 07 07 44 18 62>> — Courriel : <<adkouassi.securite@yahoo.fr>>
Date et lieu de naissance : [[D:16/01/1979 à Dimbokro]]
Situation matrimoniale : [[F:marié, père de 4 enfants]]
Confession : [[R:catholique]]
Ethnie : [[E:Baoulé]]

EXPÉRIENCE PROFESSIONNELLE
2018 – ce jour : {{Chef de la sécurité, Endeavour Mining (mine d'Ity)}}
 – {{Supervision de 80 agents et des relations avec la gendarmerie}}
 – Gestion des incidents avec les orpailleurs clandestins
2000 – 2018 : {{Forces armées de Côte d'Ivoire (FANCI puis FACI)}}, adjudant
 – {{Casque bleu, MINUSMA}} (Gao, 2014-2015)
 – {{Instructeur tir et combat}}

DIPLÔMES
{{BTS Sécurité, INP-HB Yamoussoukro}} ; BEPC

DIVERS
[[P:Membre du RHDP]], section de Dimbokro. Je déclare [[H:un paludisme chronique récidivant]], suivi.
"""),
("defence-fr-015", """
<<Rami Khoury>>
Ancien adjudant des Forces de sécurité intérieure (FSI) — Responsable sécurité ONG
<<Achrafieh, Beyrouth>> | <<+961 3 412 870>> | <<rami.khoury.sec@gmail.com>>

Expérience
2019-… {{Security Focal Point, Conseil norvégien pour les réfugiés (NRC), Liban}}
 – {{Analyse sécuritaire de la Bekaa et du Akkar}}
 – {{Formation des équipes à la sécurité dans les camps de réfugiés syriens}}
2003-2019 {{Forces de sécurité intérieure libanaises}}
 – Adjudant, {{bureau de lutte contre le terrorisme}} : {{surveillance de cellules liées à l'État islamique}}
 – {{Relevé d'empreintes et photographies anthropométriques des personnes arrêtées}}

Formation : {{licence en droit, Université libanaise}} ; cours HEAT

Informations personnelles
[[D:Né en 1981]]. [[R:Grec-orthodoxe]]. [[P:Sympathisant du mouvement de la thaoura d'octobre 2019]] et bénévole pour une liste indépendante aux municipales. [[F:Marié, deux enfants]]. [[H:Blessé à l'oreille lors de l'explosion du port en 2020 (perte auditive partielle)]].
"""),
("defence-fr-016", """
<<Sophie Lachance>>, TAP — Technicienne ambulancière paramédic
<<Sherbrooke (Québec)>> · <<819 555-0134>> · <<sophie.lachance.tap@outlook.com>>

Profil : paramédic depuis 2012 à la {{Dessercom}} et à l'{{Urgences-santé}}, je souhaite devenir {{superviseure clinique}}.

Expérience
Urgences-santé (2017-…) : {{interventions en santé mentale avec l'équipe ESUP}}, {{administration de naloxone}}, soins avancés en arrêt cardiaque
Dessercom (2012-2017) : transport interétablissement en Estrie

Formation : {{DEC en soins préhospitaliers d'urgence, Cégep de Sherbrooke}}

Je tiens à mentionner que je suis [[H:en rétablissement d'une dépendance à l'alcool depuis 2016]] (AA). [[S:Je suis lesbienne]] et [[S:co-porte-parole du comité LGBTQ+ de la FPHQ]]. [[U:Membre de la FPHQ (CSN)]] bien sûr. Mon [[C:dossier criminel de 2014 (conduite avec facultés affaiblies) a fait l'objet d'une suspension du casier en 2021]]. [[D:35 ans]].
"""),
("defence-fr-017", """
<<Adjudant (ER) Patrice Morel>>
<<Lotissement Les Pins, 24100 Bergerac>> | <<06 85 47 21 90>> | <<patrice.morel24@sfr.fr>>

Formateur en sécurité / Maintien de l'ordre

ÉTAT DES SERVICES
1992 : incorporation, école de gendarmerie de Châtellerault
1993-2008 : {{Gendarme mobile, escadron 23/4 de Bergerac}} — maintien de l'ordre, Nouvelle-Calédonie, Corse, Kosovo
2008-2022 : {{Instructeur au Centre national d'entraînement des forces de gendarmerie (CNEFG) de Saint-Astier}}
 – {{Formation au maintien de l'ordre et au rétablissement de l'ordre}}
 – {{Interventions en milieu clos (ateliers prisons)}}
2022 : retraite, 30 annuités

DIPLÔMES
{{Certificat technique de maintien de l'ordre}} ; {{BP JEPS Activités physiques}}

ÉLÉMENTS PERSONNELS
[[D:Né le 9 avril 1972]]. [[F:Marié, 3 enfants dont un militaire]]. Retraité, je suis [[P:adhérent Les Républicains]] et [[R:catholique pratiquant, servant d'autel à Notre-Dame de Bergerac]]. Mon [[G:fils est atteint de mucoviscidose]] et [[G:j'en suis porteur sain]].
"""),
("defence-fr-018", """
<<Dr Claire Anselme>>
Médecin-chef de SDIS — Médecine d'aptitude des sapeurs-pompiers
<<Seynod, 74600 Annecy>> · <<claire.anselme@medecin.mssante.fr>> · <<06 12 44 98 01>>

EXPÉRIENCE
{{Médecin-chef, SDIS 74 (Haute-Savoie)}} — depuis 2016
 ▸ {{Visites d'aptitude de 2 000 sapeurs-pompiers volontaires et professionnels}}
 ▸ {{Protocoles de soutien psychologique après interventions traumatisantes}}
 ▸ {{Avis d'inaptitude et reclassement}} ; dialogue avec les organisations syndicales au CHSCT (côté employeur)
{{Médecin des armées, Service de santé des armées}} — 2004-2016 (Afghanistan, Tchad)

FORMATION
{{Doctorat en médecine, École du Val-de-Grâce}} ; {{DU Médecine de catastrophe}}

PERSONNEL
[[D:Née en 1978]]. [[F:Mariée, deux enfants]]. [[E:Mon père est arrivé du Vietnam en 1975]] comme réfugié. [[G:Porteuse d'une mutation BRCA2]], j'ai [[H:subi une annexectomie préventive]] en 2021.
Je souhaite rejoindre un service de santé au travail interentreprises, où mon expérience des métiers à risques serait utile.
Alpinisme et parapente.
"""),
("defence-fr-019", """
<<Nadia Benali>>
Brigadière de police, Police aux frontières (PAF) — Roissy-CDG
<<Villepinte>> — <<nadia.benali.paf@gmail.com>> — <<07 60 31 18 42>>

COMPÉTENCES
• {{Contrôle transfrontière et fraude documentaire}}
• {{Supervision des sas PARAFE à reconnaissance faciale}}
• {{Consultation du VIS, du SIS II et d'Eurodac}}
• Gestion d'équipe, anglais et arabe

EXPÉRIENCE
2014-… {{Brigadière, DPAF Roissy, terminal 2E}}
2009-2014 {{Gardienne de la paix, commissariat d'Aulnay-sous-Bois}} — {{interpellations, procédures}}

FORMATION
{{Concours de gardien de la paix, ENP de Nîmes}} ; {{licence de langues (arabe), Inalco}}

AUTRES
[[E:Franco-marocaine]]. [[F:Mère de deux enfants, en couple]]. Syndicat : [[U:adhérente Alliance Police nationale]]. Pour tester le système, [[G:mes empreintes et mon visage sont enrôlés dans PARAFE]]. Sanction disciplinaire (blâme) en 2016 et [[C:un rappel à la loi en 2008 pour outrage]] — le second seulement relève du pénal.
"""),
("defence-fr-020", """
<<Commandant de police Éric Vasseur>>
<<Lambersart, 59130 Lille>> · <<eric.vasseur.sec@gmail.com>> · <<06 40 17 83 22>>

Objectif : directeur de la sûreté d'un groupe industriel.

Parcours
2015-2025 {{Chef du Service départemental du renseignement territorial (SDRT) du Nord}}
 – {{Suivi des mouvements d'ultragauche et d'ultradroite et de la radicalisation islamiste}}
 – {{Contribution aux groupes d'évaluation départementaux (GED) avec la préfecture}}
 – {{Surveillance des manifestations syndicales et des Gilets jaunes}}
2005-2015 Capitaine, Sûreté départementale de Lille — brigade criminelle
1998-2005 Lieutenant, école de Cannes-Écluse puis Roubaix

Formation : {{Master 2 Droit pénal et sciences criminelles, Lille 2}} ; {{École nationale supérieure des officiers de police}}

Personnel
[[D:52 ans]]. [[F:Remarié, quatre enfants recomposés]]. [[U:Adhérent du SCSI-CFDT]]. Je suis [[R:athée]] et [[R:membre du Grand Orient de France]]. [[H:Opéré d'un cancer de la prostate en 2023]], pleinement rétabli.
"""),
]
