# forms-fr-011 .. forms-fr-020 (textes littéraux écrits à la main)
CVS = []

# 011 Suisse — CV puis lettre de motivation
CVS.append(dict(text="""
Nicolas Perrenoud
Chemin des Pâquerettes 12, 2000 Neuchâtel · 078 844 20 17 · n.perrenoud@gmx.ch

Électronicien en multimédia puis technicien ES en informatique

2015 – 2024  Technicien support N2, Groupe E, Granges-Paccot — parc de 1 800 postes, migration Windows 11, déploiement Intune.
2010 – 2015  Électronicien en multimédia, Fust, Marin.
Formation : Technicien ES en informatique, CPLN Neuchâtel (2015) ; CFC d'électronicien en multimédia (2010) ; ITIL 4 Foundation.

—

Madame, Monsieur,

C'est avec enthousiasme que je postule au poste de responsable du support informatique de la Ville de Neuchâtel.

Je préfère être transparent sur deux points. D'abord, mon extrait de casier judiciaire mentionne une condamnation de 2017 pour conduite en état d'ébriété qualifiée (jours-amende avec sursis) ; je n'ai eu aucun problème depuis et j'ai récupéré mon permis en 2018. Ensuite, vous verrez une interruption de trois mois en 2020 : j'ai fait un burn-out, suivi par un psychiatre, et j'ai repris à 100 % avec un meilleur équilibre.

Enfin, mon père est atteint de la maladie de Huntington ; j'ai fait mon propre test présymptomatique au CHUV en 2021 et il est négatif. Je le mentionne parce que je l'accompagne à ses rendez-vous un mercredi après-midi par mois, que je rattrape sans difficulté.

Je me réjouis de vous présenter mon parcours lors d'un entretien.
Nicolas Perrenoud
""",
s=[("C", "une condamnation de 2017 pour conduite en état d'ébriété qualifiée (jours-amende avec sursis)"),
   ("H", "j'ai fait un burn-out, suivi par un psychiatre"),
   ("G", "mon père est atteint de la maladie de Huntington"),
   ("G", "j'ai fait mon propre test présymptomatique au CHUV en 2021 et il est négatif")],
keep=["Technicien support N2, Groupe E", "migration Windows 11, déploiement Intune", "Électronicien en multimédia, Fust",
      "Technicien ES en informatique, CPLN Neuchâtel", "ITIL 4 Foundation",
      "poste de responsable du support informatique de la Ville de Neuchâtel"],
contact=["Nicolas Perrenoud", "Chemin des Pâquerettes 12, 2000 Neuchâtel", "078 844 20 17", "n.perrenoud@gmx.ch"]))

# 012 Québec — candidature avec formulaire d'auto-identification (PAÉE)
CVS.append(dict(text="""
Candidature — Ville de Québec — Technicienne en environnement (concours 2024-ENV-031)

Marie-Ève Bacon-Vollant
Baie-Comeau (Québec) G4Z · 418 555-0144 · mebacon.env@videotron.ca

Expérience
2018 – aujourd'hui  Technicienne en environnement, Ville de Baie-Comeau — suivi des eaux usées, échantillonnage, rapports au MELCCFP.
2015 – 2018  Technicienne de laboratoire, Alcoa Baie-Comeau.
Formation : DEC en techniques d'environnement, Cégep de Baie-Comeau (2015) ; certification OPA (préposée aux eaux usées).

Engagements
Déléguée syndicale SCFP 2631 (cols blancs de Baie-Comeau) depuis 2020.
Membre du comité des personnes LGBTQ+ du SCFP-Québec.

Questionnaire d'accès à l'égalité en emploi (facultatif, recopié)
Date de naissance : 1991-07-23
Êtes-vous une personne autochtone ? Oui – Innue, communauté de Pessamit
Êtes-vous membre d'une minorité visible ? Non
Êtes-vous une personne handicapée ? Oui – trouble du spectre de l'autisme, diagnostiqué à l'âge adulte
Avez-vous des antécédents judiciaires en lien avec l'emploi ? Non. Une possession simple en 2010 ; suspension du casier obtenue en 2017.
Mesures d'adaptation souhaitées pour l'entrevue : recevoir les questions par écrit.
""",
s=[("U", "Déléguée syndicale SCFP 2631 (cols blancs de Baie-Comeau) depuis 2020"),
   ("O", "Membre du comité des personnes LGBTQ+ du SCFP-Québec"), ("A", "Date de naissance : 1991-07-23"),
   ("E", "Oui – Innue, communauté de Pessamit"),
   ("H", "Oui – trouble du spectre de l'autisme, diagnostiqué à l'âge adulte"),
   ("C", "Une possession simple en 2010 ; suspension du casier obtenue en 2017")],
keep=["Technicienne en environnement", "suivi des eaux usées, échantillonnage, rapports au MELCCFP",
      "Technicienne de laboratoire, Alcoa Baie-Comeau", "DEC en techniques d'environnement, Cégep de Baie-Comeau",
      "certification OPA (préposée aux eaux usées)", "Êtes-vous membre d'une minorité visible ? Non",
      "Êtes-vous une personne handicapée ?", "Mesures d'adaptation souhaitées pour l'entrevue"],
contact=["Marie-Ève Bacon-Vollant", "Baie-Comeau (Québec) G4Z", "418 555-0144", "mebacon.env@videotron.ca"]))

# 013 Maroc — CV universitaire, droit des migrations
CVS.append(dict(text="""
CURRICULUM VITAE

Pr. Hicham Ouazzani Touhami
Professeur habilité, Faculté des sciences juridiques, économiques et sociales – Agdal, Université Mohammed V de Rabat
h.ouazzani@um5.ac.ma · +212 6 62 18 40 57

Situation personnelle : né le 3 février 1976 à Oujda ; marié, deux enfants.

Diplômes
Doctorat en droit public, Université Mohammed V (2006) : « Le statut juridique des migrants subsahariens au Maroc »
DESA en relations internationales (2001)

Enseignement
Droit international des réfugiés (master), Droit de l'Union européenne et voisinage sud, Libertés publiques.

Recherche et expertise
Expert auprès du Conseil national des droits de l'homme pour la régularisation exceptionnelle des migrants (2014, 2017).
Coordinateur du projet « Migrations de retour et réintégration des Marocains résidant à l'étranger » (OIM, 2019-2021).

Publications
« La loi 02-03 relative à l'entrée et au séjour des étrangers : vingt ans après », Revue marocaine de droit public, 2023.
Ouvrage : Islam, laïcité et droit des cultes en Méditerranée (Éditions La Croisée des Chemins, 2018).

Engagements
Membre du bureau local du SNESup (Syndicat national de l'enseignement supérieur), Rabat, depuis 2012.
Membre du conseil national de l'USFP depuis 2016.
Arrêté lors d'une manifestation du Mouvement du 20 février à Rabat en 2011, gardé à vue 48 heures puis relâché sans poursuites.
""",
s=[("A", "né le 3 février 1976 à Oujda"), ("F", "marié, deux enfants"),
   ("U", "Membre du bureau local du SNESup (Syndicat national de l'enseignement supérieur), Rabat, depuis 2012"),
   ("P", "Membre du conseil national de l'USFP depuis 2016"),
   ("C", "Arrêté lors d'une manifestation du Mouvement du 20 février à Rabat en 2011, gardé à vue 48 heures")],
keep=["Professeur habilité", "Le statut juridique des migrants subsahariens au Maroc", "Droit international des réfugiés",
      "Expert auprès du Conseil national des droits de l'homme pour la régularisation exceptionnelle des migrants",
      "Migrations de retour et réintégration des Marocains résidant à l'étranger",
      "La loi 02-03 relative à l'entrée et au séjour des étrangers : vingt ans après",
      "Islam, laïcité et droit des cultes en Méditerranée"],
contact=["Pr. Hicham Ouazzani Touhami", "h.ouazzani@um5.ac.ma", "+212 6 62 18 40 57"]))

# 014 Sénégal — biographie d'intervenant, troisième personne
CVS.append(dict(text="""
Forum de l'emploi des jeunes — Dakar, 12 juin
Biographie de l'intervenant

Cheikh Ahmed Tidiane Sy

Cheikh Ahmed Tidiane Sy est directeur des opérations de Wave Sénégal, où il supervise un réseau de 18 000 agents de mobile money et les équipes de conformité LBC/FT. Il a rejoint Sonatel en 2005 comme ingénieur réseau, avant de diriger le déploiement d'Orange Money dans les régions de Kaolack et de Tambacounda.

Diplômé de l'École supérieure polytechnique de Dakar (ingénieur télécoms, 2004) et titulaire d'un MBA de HEC Paris (2015), il enseigne la finance inclusive à l'ISM Dakar.

Né en 1981 à Tivaouane dans une famille de la confrérie tidiane, il reste très attaché à la ziarra annuelle et fait partie de la dahira des cadres tidianes de Dakar. Militant de Pastef depuis 2017, il a été incarcéré six mois à la prison de Rebeuss en 2021 à la suite des manifestations de mars, avant d'être libéré sans jugement. Il est marié et père de quatre enfants.

Son intervention : « Le mobile money peut-il créer des emplois stables ? »
Contact presse : forumjeunes@dakar-emploi.sn
""",
s=[("A", "Né en 1981"),
   ("R", "il reste très attaché à la ziarra annuelle et fait partie de la dahira des cadres tidianes de Dakar"),
   ("P", "Militant de Pastef depuis 2017"),
   ("C", "il a été incarcéré six mois à la prison de Rebeuss en 2021"),
   ("F", "Il est marié et père de quatre enfants")],
keep=["directeur des opérations de Wave Sénégal", "équipes de conformité LBC/FT", "ingénieur réseau",
      "déploiement d'Orange Money dans les régions de Kaolack et de Tambacounda",
      "École supérieure polytechnique de Dakar", "MBA de HEC Paris", "enseigne la finance inclusive à l'ISM Dakar"],
contact=["Cheikh Ahmed Tidiane Sy", "forumjeunes@dakar-emploi.sn"]))

# 015 France — CV et lettre de motivation (reconversion)
CVS.append(dict(text="""
Karim Soilihi
12 rue Henri Barbusse, 93200 Saint-Denis · 07 53 22 61 80 · karim.soilihi93@gmail.com

Cuisinier — CAP Cuisine (2019)

Expérience
2021 – aujourd'hui : Commis puis chef de partie, Le Récho (restaurant solidaire), Paris 18e — 180 couverts/jour, gestion des commandes fournisseurs.
2019 – 2021 : Commis de cuisine, Sodexo, cuisine centrale de Bobigny.
Formation : CAP Cuisine (2019), préparé en détention avec le GRETA ; HACCP ; SST.

—

Objet : candidature au poste de second de cuisine — Les Grands Voisins / Yes We Camp

Madame, Monsieur,

Je me présente franchement, parce que votre structure défend la deuxième chance. J'ai 34 ans. En 2013, j'ai été condamné à quatre ans de prison, dont deux avec sursis, pour trafic de stupéfiants ; mon ADN est enregistré au FNAEG depuis. C'est en détention à Fleury-Mérogis que j'ai découvert la cuisine.

J'ai aussi dû sortir d'une dépendance au cannabis et à l'alcool ; je suis suivi par un CSAPA et je ne consomme plus rien depuis 2018.

Fils d'une famille comorienne de Marseille, j'ai grandi dans une cuisine pleine de monde : c'est peut-être pour ça que le coup de feu ne me fait pas peur.

Je serais heureux de vous montrer ce que je sais faire lors d'un essai.

Karim Soilihi
""",
s=[("A", "J'ai 34 ans"), ("C", "j'ai été condamné à quatre ans de prison, dont deux avec sursis, pour trafic de stupéfiants"),
   ("G", "mon ADN est enregistré au FNAEG depuis"),
   ("C", "préparé en détention avec le GRETA"), ("C", "C'est en détention à Fleury-Mérogis que j'ai découvert la cuisine"),
   ("H", "J'ai aussi dû sortir d'une dépendance au cannabis et à l'alcool"),
   ("E", "Fils d'une famille comorienne de Marseille")],
keep=["Commis puis chef de partie, Le Récho", "180 couverts/jour, gestion des commandes fournisseurs",
      "Commis de cuisine, Sodexo", "CAP Cuisine (2019)", "HACCP ; SST", "candidature au poste de second de cuisine",
      "votre structure défend la deuxième chance"],
contact=["Karim Soilihi", "12 rue Henri Barbusse, 93200 Saint-Denis", "07 53 22 61 80", "karim.soilihi93@gmail.com"]))

# 016 France — réponses au formulaire de candidature collées dans le CV
CVS.append(dict(text="""
Léa Cohen-Sabban — Ingénieure qualité
Toulouse · 06 77 12 93 48 · lea.cohensabban@orange.fr

Parcours
2019 – 2024 : Ingénieure qualité fournisseurs, Airbus Operations, Saint-Martin-du-Touch — audits EN 9100, plans d'actions 8D, qualification de 30 fournisseurs de rang 2.
2016 – 2019 : Ingénieure qualité, Liebherr-Aerospace Toulouse — AMDEC process, maîtrise statistique des procédés.
Formation : Diplôme d'ingénieur, INSA Toulouse (génie mécanique), 2016. Green Belt Six Sigma.

Questions du formulaire en ligne (Safran, recopiées)
Équipe / poste souhaité : Qualité produit – programme LEAP, site de Blagnac
Disponibilité : trois mois
Avez-vous besoin d'un aménagement de poste ? Oui. Je suis reconnue travailleuse handicapée (RQTH) pour une polyarthrite rhumatoïde ; un siège ergonomique et du télétravail deux jours par semaine suffisent.
Informations complémentaires : je serai en congé maternité à partir de mars prochain. Ma femme et moi attendons notre premier enfant. Par ailleurs, je ne travaille pas le samedi (shabbat), ce qui n'a jamais posé de problème en production.
Êtes-vous adhérente d'une organisation syndicale ? Oui, CFE-CGC, élue suppléante au CSE d'Airbus Operations depuis 2022.
""",
s=[("H", "Je suis reconnue travailleuse handicapée (RQTH) pour une polyarthrite rhumatoïde"),
   ("F", "je serai en congé maternité à partir de mars prochain"), ("O", "Ma femme et moi"),
   ("F", "attendons notre premier enfant"), ("R", "je ne travaille pas le samedi (shabbat)"),
   ("U", "Oui, CFE-CGC, élue suppléante au CSE d'Airbus Operations depuis 2022")],
keep=["Ingénieure qualité fournisseurs, Airbus Operations", "audits EN 9100, plans d'actions 8D",
      "Liebherr-Aerospace Toulouse", "Diplôme d'ingénieur, INSA Toulouse", "Green Belt Six Sigma",
      "Qualité produit – programme LEAP", "Avez-vous besoin d'un aménagement de poste ?",
      "Êtes-vous adhérente d'une organisation syndicale ?"],
contact=["Léa Cohen-Sabban", "06 77 12 93 48", "lea.cohensabban@orange.fr"]))

# 017 Belgique — compte rendu d'un bureau de sélection
CVS.append(dict(text="""
Bureau de sélection Actiris — compte rendu d'entretien (document interne)
Poste : Gestionnaire de dossiers, service des allocations familiales (Famiris)
Sélectionneuse : Véronique Hanssens

Candidate : Naïma Bouzambou
Adresse : Rue de Ribaucourt 73, 1080 Molenbeek-Saint-Jean · GSM : 0486 55 71 24 · naima.bouzambou@hotmail.be

Expérience utile
2014 – 2024 : Employée administrative puis gestionnaire de dossiers, Partenamut (mutualité) — indemnités d'incapacité, contrôle des pièces, 600 dossiers actifs.
2010 – 2014 : Réceptionniste, CPAS de Molenbeek.
Formation : Bachelier en secrétariat de direction, Institut Roger Lambion (2010). Néerlandais niveau B2 (brevet Selor).

Impressions de la sélectionneuse
52 ans, divorcée, élève seule ses deux ados. Très à l'aise avec la réglementation et les outils. Porte le foulard ; a demandé si le port de signes convictionnels était autorisé au guichet. D'origine marocaine (Nador), parfaitement bilingue FR/NL, arabe et rifain. Signale une épilepsie traitée, sans crise depuis 2016, ne conduit pas. Recommandée pour la réserve de recrutement, note 16/20.
""",
s=[("A", "52 ans"), ("F", "divorcée, élève seule ses deux ados"), ("R", "Porte le foulard"),
   ("E", "D'origine marocaine (Nador)"), ("H", "Signale une épilepsie traitée, sans crise depuis 2016")],
keep=["Gestionnaire de dossiers, service des allocations familiales", "Partenamut",
      "indemnités d'incapacité, contrôle des pièces, 600 dossiers actifs", "Réceptionniste, CPAS de Molenbeek",
      "Bachelier en secrétariat de direction", "Néerlandais niveau B2 (brevet Selor)",
      "Recommandée pour la réserve de recrutement"],
contact=["Véronique Hanssens", "Naïma Bouzambou", "Rue de Ribaucourt 73, 1080 Molenbeek-Saint-Jean", "0486 55 71 24",
         "naima.bouzambou@hotmail.be"]))

# 018 Suisse — biographie de professeure, troisième personne
CVS.append(dict(text="""
HES-SO Valais-Wallis — Nomination

Prof. Dr Anouk Zufferey-Bonvin
Professeure ordinaire, Haute École de Santé, filière Soins infirmiers (Sion)

Anouk Zufferey-Bonvin a été nommée professeure ordinaire au 1er septembre. Infirmière de formation (HES, 2004), elle a travaillé dix ans aux soins intensifs de l'Hôpital du Valais avant de soutenir en 2016 une thèse en sciences infirmières à l'Université de Lausanne sur la prise de décision en fin de vie.

Elle dirige le projet FNS « Proches aidants et soins palliatifs à domicile en région de montagne » (2021-2025) et a coordonné le module interprofessionnel d'éthique clinique de la HES-SO. Ses travaux récents portent sur le dépistage génétique en soins primaires et sur l'accompagnement des patientes porteuses de mutations BRCA.

Elle sait de quoi elle parle : porteuse elle-même d'une mutation BRCA2, elle a subi une mastectomie préventive en 2018 et en témoigne régulièrement auprès des étudiantes.

Anouk Zufferey-Bonvin vit à Savièse avec son épouse, Carla, et leurs deux enfants. Elle a été candidate des Vert-e-s au Grand Conseil valaisan en 2021.

Contact : anouk.zufferey@hevs.ch
""",
s=[("G", "porteuse elle-même d'une mutation BRCA2"), ("H", "elle a subi une mastectomie préventive en 2018"),
   ("O", "son épouse, Carla"), ("F", "leurs deux enfants"),
   ("P", "Elle a été candidate des Vert-e-s au Grand Conseil valaisan en 2021")],
keep=["Professeure ordinaire, Haute École de Santé, filière Soins infirmiers",
      "soins intensifs de l'Hôpital du Valais", "thèse en sciences infirmières à l'Université de Lausanne",
      "Proches aidants et soins palliatifs à domicile en région de montagne",
      "module interprofessionnel d'éthique clinique",
      "dépistage génétique en soins primaires et sur l'accompagnement des patientes porteuses de mutations BRCA"],
contact=["Prof. Dr Anouk Zufferey-Bonvin", "Anouk Zufferey-Bonvin", "anouk.zufferey@hevs.ch"]))

# 019 Québec — CV et lettre de présentation
CVS.append(dict(text="""
Jean-Robert Pierre-Louis
Montréal-Nord (Québec) H1G · 514 555-0172 · jrpierrelouis@hotmail.com

Préposé aux bénéficiaires — Chef d'équipe

Expérience
2016 – aujourd'hui  Préposé aux bénéficiaires, CHSLD Laurendeau (CIUSSS du Nord-de-l'Île-de-Montréal) — unité prothétique de 32 résidents, formateur PDSB.
2012 – 2016  Agent de sécurité, Garda World.
Formation : DEP Assistance à la personne en établissement de santé (2016) ; RCR ; PDSB formateur.

—

Madame, Monsieur,

Je souhaite poser ma candidature au poste de chef d'équipe des préposés au CHSLD Saint-Michel.

Je suis arrivé d'Haïti en 2010, quelques mois après le séisme, et je suis citoyen canadien depuis 2015. Pendant la pandémie, je suis resté au travail alors que mon unité perdait le tiers de ses résidents, et je crois avoir appris à garder une équipe debout.

Je suis délégué syndical CSN pour les préposés de mon installation depuis 2019 ; je sais donc aussi écouter quand ça ne va pas.

Je dois vous dire qu'un ancien dossier pour vol à l'étalage (2011) apparaîtra peut-être lors de la vérification : j'ai obtenu ma suspension du casier en 2019.

Diacre à l'Église baptiste évangélique de Montréal-Nord, je suis disponible toutes les fins de semaine sauf le dimanche matin.

Veuillez agréer mes salutations respectueuses.
Jean-Robert Pierre-Louis
""",
s=[("E", "Je suis arrivé d'Haïti en 2010, quelques mois après le séisme"),
   ("U", "Je suis délégué syndical CSN pour les préposés de mon installation depuis 2019"),
   ("C", "un ancien dossier pour vol à l'étalage (2011)"), ("C", "j'ai obtenu ma suspension du casier en 2019"),
   ("R", "Diacre à l'Église baptiste évangélique de Montréal-Nord")],
keep=["Préposé aux bénéficiaires, CHSLD Laurendeau", "unité prothétique de 32 résidents, formateur PDSB",
      "Agent de sécurité, Garda World", "DEP Assistance à la personne en établissement de santé",
      "poste de chef d'équipe des préposés au CHSLD Saint-Michel", "RCR"],
contact=["Jean-Robert Pierre-Louis", "Montréal-Nord (Québec) H1G", "514 555-0172", "jrpierrelouis@hotmail.com"]))

# 020 France — CV universitaire sans fait sensible personnel
CVS.append(dict(text="""
Curriculum vitae — Hélène Dufresne-Carpentier
Professeure de sociologie, Université Paris 8 Vincennes – Saint-Denis
Laboratoire CRESPPA-CSU · helene.dufresne@univ-paris8.fr · 01 49 40 67 30

Carrière
Depuis 2016 : Professeure de sociologie, Université Paris 8
2006 – 2016 : Maîtresse de conférences, Université de Nantes
Thèse (EHESS, 2005) : « Les militants de la CGT dans la sidérurgie lorraine, 1979-1995 »
HDR (2015) : « Syndicalisme, religion et immigration : trois terrains ouvriers »

Contrats de recherche
ANR « RELIGTRAV — Le fait religieux en entreprise : conflits, arrangements, régulations » (coordinatrice, 2018-2022)
DARES « Les représentants du personnel après les ordonnances de 2017 : l'effet des CSE » (2019-2021)
Défenseur des droits « Discriminations liées à l'origine et à l'état de santé dans l'accès à l'emploi » (2023)

Publications choisies
Ouvriers de Dieu ? Pratiques religieuses et travail à la chaîne (La Découverte, 2020)
« La grève des femmes de chambre de l'Ibis Batignolles », Travail, genre et sociétés, n° 46, 2021
« Les élus CFDT face à la souffrance au travail », Sociologie du travail, 2017

Encadrement
Neuf thèses soutenues, dont des travaux sur les aumôniers musulmans à l'hôpital, l'engagement syndical des travailleurs sans papiers et la reconversion des ouvriers malades du travail.

Responsabilités
Membre du comité national du CNRS (section 36), 2016-2021. Directrice adjointe de l'École doctorale Sciences sociales.
""",
s=[],
keep=["Professeure de sociologie, Université Paris 8", "Les militants de la CGT dans la sidérurgie lorraine, 1979-1995",
      "Syndicalisme, religion et immigration : trois terrains ouvriers",
      "RELIGTRAV — Le fait religieux en entreprise : conflits, arrangements, régulations",
      "Discriminations liées à l'origine et à l'état de santé dans l'accès à l'emploi",
      "Ouvriers de Dieu ? Pratiques religieuses et travail à la chaîne",
      "Les élus CFDT face à la souffrance au travail",
      "l'engagement syndical des travailleurs sans papiers",
      "Membre du comité national du CNRS (section 36)"],
contact=["Hélène Dufresne-Carpentier", "helene.dufresne@univ-paris8.fr", "01 49 40 67 30"]))
