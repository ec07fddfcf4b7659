from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 001 Professeure des écoles, coordonnatrice ULIS, Lyon (France)
dict(text="""
CV DE L'ENSEIGNANTE

Camille ROUSSET
Professeure des écoles - titulaire, académie de Lyon
12 rue Bodin, 69001 Lyon · 06 72 18 44 09 · camille.rousset@ac-lyon.fr
NUMEN : 09E0914537KLM

État civil
Née le 3 avril 1986 · Situation familiale : pacsée avec Claire, une fille de 4 ans

Parcours professionnel
Depuis 2019 - Coordonnatrice ULIS école, École élémentaire Gilbert-Dru, Lyon 7e (REP+)
  • Inclusion de 12 élèves en situation de handicap (troubles des fonctions cognitives) dans les classes ordinaires
  • Rédaction des PPS avec l'enseignante référente et l'équipe de suivi de scolarisation
  • Liaison avec le SESSAD et l'hôpital de jour
2012-2019 - Adjointe en CE1 puis CM1-CM2, École Jean-Zay, Vaulx-en-Velin (REP+)
  • Dédoublement CE1 à 12 élèves, travail sur la fluence
2011-2012 - Professeure des écoles stagiaire, Villeurbanne

Titres et diplômes
CAPPEI (certificat d'aptitude professionnelle aux pratiques de l'éducation inclusive), 2019
CRPE, 2011 - Master MEEF 1er degré, Université Lyon 1
Licence de psychologie, Université Lyon 2

Formation continue
  - Enseigner aux élèves avec TSA (2022)
  - Plan français : ateliers de lecture (2021)

Informations complémentaires
Bénéficiaire de la RQTH depuis 2017 (polyarthrite) : poste aménagé avec un siège ergonomique et un demi-service de récréation. Syndiquée au SNUipp-FSU, je participe aux conseils syndicaux du Rhône.
""",
sensitive=[(D, "Née le 3 avril 1986"),
           (S, "pacsée avec Claire"),
           (F, "une fille de 4 ans"),
           (H, "Bénéficiaire de la RQTH depuis 2017 (polyarthrite)"),
           (H, "poste aménagé avec un siège ergonomique et un demi-service de récréation"),
           (U, "Syndiquée au SNUipp-FSU, je participe aux conseils syndicaux du Rhône")],
keep=["Coordonnatrice ULIS école", "École élémentaire Gilbert-Dru",
      "Inclusion de 12 élèves en situation de handicap (troubles des fonctions cognitives) dans les classes ordinaires",
      "Rédaction des PPS avec l'enseignante référente", "Liaison avec le SESSAD et l'hôpital de jour",
      "École Jean-Zay", "Dédoublement CE1 à 12 élèves", "CAPPEI", "Master MEEF 1er degré",
      "Enseigner aux élèves avec TSA"],
contact=["Camille ROUSSET", "12 rue Bodin, 69001 Lyon", "06 72 18 44 09", "camille.rousset@ac-lyon.fr",
         "09E0914537KLM"]),

# 002 ATSEM, Toulouse (France)
dict(text="""
Martine Cazals
ATSEM principale de 2e classe (fonction publique territoriale)
7 impasse des Tilleuls, 31500 Toulouse
05 61 48 22 91 / 06 11 93 27 40 - martine.cazals31@orange.fr

47 ans, mariée, trois enfants (19, 16 et 11 ans)

EXPÉRIENCE
Depuis 2008 : ATSEM, école maternelle Jules-Julien, Ville de Toulouse
- Assistance à l'enseignante en petite et moyenne section (28 élèves)
- Préparation des ateliers, hygiène et soins, accompagnement à la sieste
- Accueil d'enfants en situation de handicap avec l'AESH, dont un enfant sourd (bases de LSF)
- Animation périscolaire (ALAE) le midi
2003-2008 : Agent d'animation, centre de loisirs de la Côte Pavée
1998-2003 : Congé parental puis garde de mes enfants

FORMATION
CAP Accompagnant éducatif petite enfance (2007)
Concours externe d'ATSEM, 2008
BAFA (2002)
PSC1 (recyclé en 2023)
Formation CNFPT « Accompagner l'enfant en situation de handicap » (2019)

DIVERS
Extrait de casier judiciaire (bulletin n°3) vierge, fourni au recrutement.
Catholique pratiquante, je suis catéchiste bénévole dans ma paroisse Saint-Exupère depuis dix ans.
Centres d'intérêt : chorale, couture, randonnée dans les Pyrénées.
""",
sensitive=[(D, "47 ans"),
           (F, "mariée, trois enfants (19, 16 et 11 ans)"),
           (F, "Congé parental puis garde de mes enfants"),
           (C, "Extrait de casier judiciaire (bulletin n°3) vierge"),
           (R, "Catholique pratiquante, je suis catéchiste bénévole dans ma paroisse Saint-Exupère depuis dix ans")],
keep=["ATSEM principale de 2e classe", "école maternelle Jules-Julien",
      "Assistance à l'enseignante en petite et moyenne section",
      "Accueil d'enfants en situation de handicap avec l'AESH", "Animation périscolaire (ALAE)",
      "centre de loisirs de la Côte Pavée", "CAP Accompagnant éducatif petite enfance",
      "Concours externe d'ATSEM", "BAFA", "PSC1", "Accompagner l'enfant en situation de handicap"],
contact=["Martine Cazals", "7 impasse des Tilleuls, 31500 Toulouse", "05 61 48 22 91", "06 11 93 27 40",
         "martine.cazals31@orange.fr"]),

# 003 Assistante maternelle agréée, Lille (France)
dict(text="""
Fatiha EL AMRANI - Assistante maternelle agréée
23 rue de Wazemmes, 59000 Lille · 07 58 20 13 66 · fatiha.elamrani@laposte.net

Agrément PMI du Département du Nord : 4 enfants (dont 1 de moins de 18 mois), renouvelé en 2022 - n° d'agrément 2022-AM-59-0412

Présentation
Assistante maternelle depuis 2011, j'accueille à mon domicile des enfants de 10 semaines à 6 ans. Je suis de nationalité marocaine et titulaire d'une carte de résident de 10 ans, renouvelée en 2021 ; mes empreintes ont été relevées en préfecture à cette occasion. Mariée, deux enfants (14 et 9 ans). Mon bulletin n°3 et celui de mon mari, demandés pour l'agrément, sont vierges.

Expérience
Depuis 2011 : Assistante maternelle à domicile, quartier Wazemmes (contrats via Pajemploi)
  - Accueil de 26 enfants au total, dont un enfant porteur de trisomie 21 suivi par le CAMSP
  - Activités d'éveil, motricité libre, sorties au relais petite enfance deux fois par semaine
  - Tenue des cahiers de liaison, adaptation progressive, lien avec les parents
2006-2010 : Agente de service en crèche collective, Crèche Les Petits Loups, Roubaix

Formation
Formation obligatoire des assistants maternels (120 h), Département du Nord, 2011
CAP AEPE (2018), en VAE
Sauveteur secouriste du travail, recyclage 2023
Formation continue IPERIA : « Accompagner la séparation », « Éveil musical »

Santé
Diabète de type 2, traité par comprimés, sans incidence sur l'accueil.

Langues : arabe, français ; quelques notions d'anglais.
""",
sensitive=[(E, "Je suis de nationalité marocaine et titulaire d'une carte de résident de 10 ans"),
           (G, "mes empreintes ont été relevées en préfecture à cette occasion"),
           (F, "Mariée, deux enfants (14 et 9 ans)"),
           (C, "Mon bulletin n°3 et celui de mon mari, demandés pour l'agrément, sont vierges"),
           (H, "Diabète de type 2, traité par comprimés")],
keep=["Agrément PMI du Département du Nord", "Assistante maternelle à domicile",
      "Accueil de 26 enfants au total, dont un enfant porteur de trisomie 21 suivi par le CAMSP",
      "Activités d'éveil, motricité libre", "relais petite enfance", "Crèche Les Petits Loups",
      "Formation obligatoire des assistants maternels (120 h)", "CAP AEPE (2018), en VAE",
      "Sauveteur secouriste du travail", "Accompagner la séparation"],
contact=["Fatiha EL AMRANI", "23 rue de Wazemmes, 59000 Lille", "07 58 20 13 66",
         "fatiha.elamrani@laposte.net", "2022-AM-59-0412"]),

# 004 Éducateur spécialisé en MECS, Marseille (France)
dict(text="""
Yanis BELKACEM
Éducateur spécialisé (DEES 2012)
Marseille 13003 - 06 29 47 81 50 - yanis.belkacem.es@gmail.com

PROFIL
38 ans, douze ans d'internat éducatif et de milieu ouvert auprès d'adolescents placés. Je sais tenir un cadre, travailler avec les familles et écrire pour le juge des enfants.

EXPÉRIENCES
2017 - aujourd'hui : Éducateur spécialisé, MECS Saint-Joseph (Apprentis d'Auteuil), Marseille
  ▹ Prise en charge d'enfants placés (12-18 ans) au titre de l'ASE ou sur ordonnance du juge
  ▹ Référent de 6 jeunes : projet pour l'enfant (PPE), rapports d'échéance, audiences
  ▹ Mise en place d'un atelier boxe éducative avec un club des quartiers nord
2012 - 2017 : Éducateur en AEMO judiciaire, ADDAP 13
2008 - 2012 : Moniteur-éducateur en formation, IME Les Micocouliers

FORMATION
Diplôme d'État d'éducateur spécialisé, IRTS PACA-Corse, 2012
Formation « Violences intrafamiliales et psychotrauma de l'enfant » (2021)
Analyse des pratiques en supervision (2 ans)

CE QUE JE NE CACHE PAS
À 19 ans, j'ai été condamné pour usage et détention de stupéfiants (amende, 2005). La mention n'apparaît plus au bulletin n°3 et a été effacée du bulletin n°2 ; j'en parle parce que cela m'aide à parler vrai avec les jeunes.
Je milite à La France insoumise (groupe d'action du 3e arrondissement).
Je vis avec mon compagnon, Julien, infirmier en psychiatrie.
""",
sensitive=[(D, "38 ans"),
           (D, "À 19 ans"),
           (C, "j'ai été condamné pour usage et détention de stupéfiants (amende, 2005). La mention n'apparaît plus au bulletin n°3 et a été effacée du bulletin n°2"),
           (P, "Je milite à La France insoumise (groupe d'action du 3e arrondissement)"),
           (S, "mon compagnon, Julien")],
keep=["Éducateur spécialisé, MECS Saint-Joseph", "Apprentis d'Auteuil",
      "Prise en charge d'enfants placés (12-18 ans)", "Référent de 6 jeunes : projet pour l'enfant (PPE)",
      "Mise en place d'un atelier boxe éducative", "Éducateur en AEMO judiciaire, ADDAP 13",
      "IME Les Micocouliers", "Diplôme d'État d'éducateur spécialisé",
      "Violences intrafamiliales et psychotrauma de l'enfant", "écrire pour le juge des enfants"],
contact=["Yanis BELKACEM", "Marseille 13003", "06 29 47 81 50", "yanis.belkacem.es@gmail.com"]),

# 005 Orthophoniste libérale, Bordeaux (France)
dict(text="""
Orthophoniste - exercice libéral et salarié
Déborah Azoulay
Cabinet : 41 cours de Verdun, 33000 Bordeaux · 05 56 81 02 37 · d.azoulay.ortho@gmail.com
N° ADELI 33 96 0412 8 · RPPS 10101823456

Domaines : langage oral et écrit, troubles neurodéveloppementaux, surdité de l'enfant, bégaiement.

Parcours
2014 → Orthophoniste libérale, cabinet pluridisciplinaire des Chartrons, Bordeaux
     · Bilans et rééducations de 45 patients par semaine, de 3 à 17 ans
     · Prise en charge d'enfants sourds appareillés ou implantés, en lien avec le centre d'implantation cochléaire du CHU
     · Interventions en classes ULIS TSLA de deux collèges
2011 → 2014 Orthophoniste salariée, CAMSP de Mérignac (mi-temps)

Formation
Certificat de capacité d'orthophoniste, Université de Bordeaux, 2011
DU Surdité et troubles de la communication, Sorbonne Université, 2016
Formations : PROMPT (niveau 1), Lidcombe, méthode Padovan

À savoir
Je suis moi-même sourde de l'oreille gauche depuis l'enfance ; ma surdité est d'origine génétique (même mutation que ma mère, confirmée par un test en 2016), ce qui m'a beaucoup rapprochée des familles. Je demande simplement à être placée à droite en réunion.
De confession juive, je ne travaille pas le samedi ni les jours de fête (Roch Hachana, Kippour) ; je compense volontiers le dimanche.
Divorcée, j'ai la garde alternée de mes deux enfants.
""",
sensitive=[(H, "Je suis moi-même sourde de l'oreille gauche depuis l'enfance"),
           (G, "ma surdité est d'origine génétique (même mutation que ma mère, confirmée par un test en 2016)"),
           (H, "Je demande simplement à être placée à droite en réunion"),
           (R, "De confession juive, je ne travaille pas le samedi ni les jours de fête (Roch Hachana, Kippour)"),
           (F, "Divorcée, j'ai la garde alternée de mes deux enfants")],
keep=["Orthophoniste libérale", "cabinet pluridisciplinaire des Chartrons",
      "Bilans et rééducations de 45 patients par semaine", "Prise en charge d'enfants sourds appareillés ou implantés",
      "centre d'implantation cochléaire", "Interventions en classes ULIS TSLA de deux collèges",
      "CAMSP de Mérignac", "Certificat de capacité d'orthophoniste",
      "DU Surdité et troubles de la communication", "PROMPT (niveau 1)"],
contact=["Déborah Azoulay", "41 cours de Verdun, 33000 Bordeaux", "05 56 81 02 37",
         "d.azoulay.ortho@gmail.com", "33 96 0412 8", "10101823456"]),

# 006 Kinésithérapeute, Liège (Belgique)
dict(text="""
Curriculum vitae

Marco Santangelo, kinésithérapeute
Rue Saint-Gilles 214, 4000 Liège
+32 4 223 18 70 · +32 478 55 62 19 · marco.santangelo.kine@skynet.be
Numéro INAMI : 5-12345-67-527

Données personnelles
Né le 17 septembre 1979 · Nationalité : italienne (résident en Belgique depuis la naissance) · Marié à Luc Delvaux depuis 2015

Expérience
Depuis 2009 - Kinésithérapeute indépendant, cabinet de groupe Liège-Centre
  - Rééducation orthopédique et neurologique, 180 séances par semaine à trois praticiens
  - Kinésithérapie respiratoire pédiatrique (bronchiolites) en saison hivernale
2004 - 2009 - Kinésithérapeute scolaire, Institut d'enseignement spécialisé (type 4) de la Province de Liège
  - Prise en charge d'élèves atteints d'IMC, de spina bifida et de myopathies
  - Mise en place de séances d'hydrothérapie et de verticalisation

Formation
Master en sciences de la motricité, orientation kinésithérapie, Université de Liège, 2004
Certificat interuniversitaire en kinésithérapie pédiatrique (2011)
Formation Bobath enfant (2007)

Engagements
Membre du PTB depuis 2014 ; colistier aux communales de 2018 à Seraing.
Entraîneur bénévole d'une équipe de basket en chaise roulante.
""",
sensitive=[(D, "Né le 17 septembre 1979"),
           (E, "Nationalité : italienne"),
           (S, "Marié à Luc Delvaux"),
           (P, "Membre du PTB depuis 2014 ; colistier aux communales de 2018 à Seraing")],
keep=["Kinésithérapeute indépendant", "Rééducation orthopédique et neurologique",
      "Kinésithérapie respiratoire pédiatrique", "Kinésithérapeute scolaire",
      "Institut d'enseignement spécialisé (type 4) de la Province de Liège",
      "Prise en charge d'élèves atteints d'IMC, de spina bifida et de myopathies",
      "Master en sciences de la motricité", "Certificat interuniversitaire en kinésithérapie pédiatrique",
      "Formation Bobath enfant", "Entraîneur bénévole d'une équipe de basket en chaise roulante"],
contact=["Marco Santangelo", "Rue Saint-Gilles 214, 4000 Liège", "+32 4 223 18 70", "+32 478 55 62 19",
         "marco.santangelo.kine@skynet.be", "5-12345-67-527"]),

# 007 Institutrice primaire, Schaerbeek (Belgique)
dict(text="""
SALMA BENNANI
Institutrice primaire
Avenue de la Brabançonne 88, 1030 Schaerbeek
0485 31 27 09 - salma.bennani.instit@gmail.com

PROFIL
Institutrice depuis 2016 dans l'enseignement libre confessionnel et l'officiel subventionné, à l'aise dans des classes très hétérogènes et avec les élèves primo-arrivants (DASPA).

EXPÉRIENCE
2019 - aujourd'hui | Titulaire de 3e primaire, École Sainte-Marie (réseau libre catholique, SeGEC), Schaerbeek
   • Différenciation en lecture pour 24 élèves dont 9 en apprentissage du français
   • Participation au plan de pilotage et à la mise en œuvre du tronc commun
   • Co-organisation de la fête de Noël et de la célébration de fin d'année avec le prêtre de la paroisse
2016 - 2019 | Institutrice en DASPA, École communale n°1 de Saint-Josse-ten-Noode
   • Classe passerelle pour enfants primo-arrivants (Syrie, Afghanistan, Érythrée)

FORMATION
Bachelier - Instituteur primaire, Haute École Galilée (ISPG), 2016
Certificat FLE/FLS, ULB, 2018
Formations IFC : « Gérer les conflits en classe », « Dyslexie et dyscalculie »

INFORMATIONS PERSONNELLES
Belgo-marocaine (double nationalité), née à Bruxelles.
Je suis musulmane et je porte le foulard en dehors de l'école ; je respecte sans difficulté la neutralité demandée en classe.
Affiliée à la CSC-Enseignement.
Enceinte de mon premier enfant, je serai en congé de maternité de mars à juin 2025.
""",
sensitive=[(E, "Belgo-marocaine (double nationalité)"),
           (R, "Je suis musulmane et je porte le foulard en dehors de l'école"),
           (U, "Affiliée à la CSC-Enseignement"),
           (F, "Enceinte de mon premier enfant, je serai en congé de maternité de mars à juin 2025")],
keep=["enseignement libre confessionnel", "Titulaire de 3e primaire", "École Sainte-Marie",
      "Différenciation en lecture pour 24 élèves dont 9 en apprentissage du français",
      "Co-organisation de la fête de Noël et de la célébration de fin d'année avec le prêtre de la paroisse",
      "Institutrice en DASPA", "École communale n°1 de Saint-Josse-ten-Noode",
      "Classe passerelle pour enfants primo-arrivants (Syrie, Afghanistan, Érythrée)",
      "Haute École Galilée (ISPG)", "Certificat FLE/FLS", "Gérer les conflits en classe"],
contact=["SALMA BENNANI", "Avenue de la Brabançonne 88, 1030 Schaerbeek", "0485 31 27 09",
         "salma.bennani.instit@gmail.com"]),

# 008 Pharmacien responsable, Genève (Suisse)
dict(text="""
Julien Marchetti-Roux
Pharmacien responsable - FPH en pharmacie d'officine
Chemin des Crêts 9, 1218 Le Grand-Saconnex (GE)
+41 79 512 38 04 · julien.marchettiroux@bluewin.ch
GLN 7601000987654

Données personnelles : 44 ans · Nationalité française, permis C · Marié, deux enfants

Expérience professionnelle
2015 - présent   Pharmacien responsable, Pharmacie des Crêts (groupement Amavita), Genève
  - Direction d'une équipe de 11 personnes, chiffre d'affaires de 6,8 MCHF
  - Vaccination en officine (grippe, COVID-19, tétanos) : 1 900 actes en 2023
  - Préparation des piluliers hebdomadaires pour deux EMS et un foyer pour personnes en situation de handicap
  - Programme netCare : triage et conseil de premier recours
2008 - 2015   Pharmacien adjoint, Pharmacie Principale, Genève
2006 - 2008   Pharmacien assistant, officine à Annecy (France)

Formation
Diplôme d'État de docteur en pharmacie, Université Grenoble Alpes, 2006 (reconnu par la MEBEKO en 2008)
Titre postgrade FPH en pharmacie d'officine, pharmaSuisse, 2012
Certificat de formation complémentaire en vaccination et prélèvements sanguins (2016)

Divers
Porteur sain d'une mutation du gène CFTR (mucoviscidose), découvert lors du dépistage familial de 2015 ; cela n'a aucune incidence sur mon travail mais explique mon engagement bénévole auprès de Vaincre la Mucoviscidose.
Langues : français, italien, anglais (B2), allemand (B1).
""",
sensitive=[(D, "44 ans"),
           (E, "Nationalité française, permis C"),
           (F, "Marié, deux enfants"),
           (G, "Porteur sain d'une mutation du gène CFTR (mucoviscidose), découvert lors du dépistage familial de 2015")],
keep=["Pharmacien responsable", "Pharmacie des Crêts", "Vaccination en officine (grippe, COVID-19, tétanos)",
      "Préparation des piluliers hebdomadaires pour deux EMS et un foyer pour personnes en situation de handicap",
      "Programme netCare", "Pharmacien adjoint, Pharmacie Principale",
      "Diplôme d'État de docteur en pharmacie", "Titre postgrade FPH en pharmacie d'officine",
      "Certificat de formation complémentaire en vaccination et prélèvements sanguins"],
contact=["Julien Marchetti-Roux", "Chemin des Crêts 9, 1218 Le Grand-Saconnex (GE)", "+41 79 512 38 04",
         "julien.marchettiroux@bluewin.ch", "7601000987654"]),

# 009 Enseignante de français au secondaire, Québec (Canada) - Profil
dict(text="""
Geneviève Tremblay-Ouellet
Enseignante au secondaire - français langue d'enseignement
Québec (Québec) G1K 3A5 · 418 555-0193 · genevieve.tremblay.ouellet@videotron.ca
Brevet d'enseignement permanent no 2011-4587

PROFIL
Enseignante de français en 1re et 2e secondaire depuis 13 ans, reconnue pour la différenciation pédagogique et l'intégration des élèves HDAA.

EXPÉRIENCE
2014 - ...   Enseignante de français, École secondaire Cardinal-Roy, Centre de services scolaire de la Capitale
  • Tutrice d'un groupe de 1re secondaire (programme d'adaptation scolaire, 15 élèves)
  • Responsable du club d'improvisation et de la dictée de l'école
  • Mentore pour les enseignantes et enseignants non légalement qualifiés
2011 - 2014   Suppléante puis contractuelle, Commission scolaire des Premières-Seigneuries

FORMATION
Baccalauréat en enseignement du français au secondaire, Université Laval, 2011
Microprogramme en difficultés d'apprentissage, Université Laval, 2017

ENGAGEMENTS
Déléguée syndicale au Syndicat de l'enseignement de la région de Québec (FAE) depuis 2019 ; j'ai participé aux piquets de grève de l'automne 2023.

RENSEIGNEMENTS PERSONNELS
Je vis avec ma conjointe, Marie-Ève, à Limoilou. Diagnostiquée d'une sclérose en plaques en 2020 : forme rémittente, stable sous traitement ; je souhaite éviter les surveillances extérieures par grand froid.
Vérification des antécédents judiciaires (CSS de la Capitale, 2024) : aucun antécédent.
""",
sensitive=[(U, "Déléguée syndicale au Syndicat de l'enseignement de la région de Québec (FAE) depuis 2019 ; j'ai participé aux piquets de grève de l'automne 2023"),
           (S, "ma conjointe, Marie-Ève"),
           (H, "Diagnostiquée d'une sclérose en plaques en 2020 : forme rémittente, stable sous traitement"),
           (H, "je souhaite éviter les surveillances extérieures par grand froid"),
           (C, "Vérification des antécédents judiciaires (CSS de la Capitale, 2024) : aucun antécédent")],
keep=["Enseignante de français, École secondaire Cardinal-Roy", "Centre de services scolaire de la Capitale",
      "Tutrice d'un groupe de 1re secondaire (programme d'adaptation scolaire, 15 élèves)",
      "Responsable du club d'improvisation",
      "Mentore pour les enseignantes et enseignants non légalement qualifiés",
      "Commission scolaire des Premières-Seigneuries",
      "Baccalauréat en enseignement du français au secondaire",
      "Microprogramme en difficultés d'apprentissage", "l'intégration des élèves HDAA"],
contact=["Geneviève Tremblay-Ouellet", "Québec (Québec) G1K 3A5", "418 555-0193",
         "genevieve.tremblay.ouellet@videotron.ca", "2011-4587"]),

# 010 Psychologue de l'Éducation nationale, Nantes (France)
dict(text="""
Hélène Garnier-Bouvier
Psychologue de l'Éducation nationale, spécialité EDA (éducation, développement et apprentissages)
Nantes (44) · 06 80 27 91 35 · helene.garnier-bouvier@ac-nantes.fr
N° ADELI 44 93 1572 0

Née en 1975 - mère de deux adolescents

EXPÉRIENCE
Depuis 2017 : PsyEN EDA, circonscription de Nantes-Nord (16 écoles)
  • Bilans psychologiques (WISC-V, NEPSY-II) pour les équipes éducatives et la MDPH
  • Participation aux équipes de suivi de scolarisation des élèves en ULIS et en UEMA
  • Cellule de soutien après le décès d'une enseignante (2021) ; protocoles de prise en charge du harcèlement (pHARe)
2003 - 2017 : Psychologue scolaire, RASED de Saint-Herblain
1998 - 2003 : Professeure des écoles, Rezé

FORMATION
DEPS (diplôme d'État de psychologue scolaire), Université Lyon 2, 2003
Master 2 psychologie du développement, Université de Nantes, 2011
Formation aux thérapies brèves et à l'entretien motivationnel (2019)

ENGAGEMENTS PERSONNELS
Adhérente d'Europe Écologie - Les Verts depuis 2010, j'ai été assesseure aux municipales de 2020.
Protestante, je suis membre du conseil presbytéral de l'Église protestante unie de Nantes.

SANTÉ
Porteuse d'une mutation du gène HFE (hémochromatose) découverte en 2018 : saignées trimestrielles, aucun arrêt de travail.
""",
sensitive=[(D, "Née en 1975"),
           (F, "mère de deux adolescents"),
           (P, "Adhérente d'Europe Écologie - Les Verts depuis 2010, j'ai été assesseure aux municipales de 2020"),
           (R, "Protestante, je suis membre du conseil presbytéral de l'Église protestante unie de Nantes"),
           (G, "Porteuse d'une mutation du gène HFE (hémochromatose) découverte en 2018"),
           (H, "saignées trimestrielles, aucun arrêt de travail")],
keep=["PsyEN EDA", "circonscription de Nantes-Nord", "Bilans psychologiques (WISC-V, NEPSY-II)",
      "Participation aux équipes de suivi de scolarisation des élèves en ULIS et en UEMA",
      "Cellule de soutien après le décès d'une enseignante",
      "protocoles de prise en charge du harcèlement (pHARe)", "Psychologue scolaire, RASED de Saint-Herblain",
      "DEPS (diplôme d'État de psychologue scolaire)", "Master 2 psychologie du développement",
      "Formation aux thérapies brèves et à l'entretien motivationnel"],
contact=["Hélène Garnier-Bouvier", "Nantes (44)", "06 80 27 91 35", "helene.garnier-bouvier@ac-nantes.fr",
         "44 93 1572 0"]),
]
