from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 031 - Luxembourg, directrice de fondation d'insertion
BOOK.add("""
Ana Lúcia Tavares Schmit
Directrice — Fondation Pont-Rouge (insertion des jeunes)
23, rue de Hollerich, L-1741 Luxembourg · +352 691 330 218 · ana.tavares@pont-rouge.lu

Expérience
Directrice, Fondation Pont-Rouge (2016 – ) — 85 salariés, budget 11 M€
— Création de trois ateliers d'insertion conventionnés avec le ministère de la Famille
— Fusion avec l'asbl Passerelle Esch (2021)
— Pilotage du programme de mentorat pour jeunes demandeurs de protection internationale
Responsable de projets, Caritas Luxembourg (2008 – 2016)
Assistante sociale, Office social de Differdange (2002 – 2008)

Formation : bachelor en travail social (Université du Luxembourg) ; master en management des organisations sociales (HEC Liège)

Langues : portugais, luxembourgeois, français, allemand, anglais.

Personnel
D'origine capverdienne, naturalisée luxembourgeoise en 2009. Mère d'un garçon de 12 ans, que j'élève avec ma compagne, Joana. Membre de l'assemblée spirituelle bahá'íe de Luxembourg-Ville.
""",
    [(E, "D'origine capverdienne, naturalisée luxembourgeoise en 2009"),
     (F, "Mère d'un garçon de 12 ans"),
     (S, "que j'élève avec ma compagne, Joana"),
     (R, "Membre de l'assemblée spirituelle bahá'íe de Luxembourg-Ville")],
    ["Directrice, Fondation Pont-Rouge",
     "Création de trois ateliers d'insertion conventionnés avec le ministère de la Famille",
     "Fusion avec l'asbl Passerelle Esch (2021)",
     "Pilotage du programme de mentorat pour jeunes demandeurs de protection internationale",
     "Responsable de projets, Caritas Luxembourg",
     "Assistante sociale, Office social de Differdange",
     "master en management des organisations sociales (HEC Liège)"],
    ["Ana Lúcia Tavares Schmit", "23, rue de Hollerich, L-1741 Luxembourg",
     "+352 691 330 218", "ana.tavares@pont-rouge.lu"])

# 032 - Monaco, directeur général adjoint d'hôpital
BOOK.add("""
Luca Bernardi
Directeur général adjoint, Centre Hospitalier Princesse Grace, Monaco
Résidence Les Caroubiers, 15 boulevard du Larvotto, 98000 Monaco · +377 6 40 18 77 52 · l.bernardi@chpg.mc

Né le 14 août 1972 à Gênes. Italien, résident monégasque depuis 2010.

Expérience
CHPG — Directeur général adjoint (2016 – ), directeur des opérations (2010 – 2016)
• Pilotage du programme de reconstruction du nouvel hôpital (phase 1, 620 M€)
• Direction du projet de dossier patient informatisé et de l'identification biométrique des patients en dialyse par reconnaissance palmaire
• Coordination avec les hôpitaux de Nice et de Sanremo pour les urgences transfrontalières
Ospedale San Martino, Gênes — Directeur administratif (2003 – 2010)

Formation : Laurea in Economia (Università di Genova) ; master en management hospitalier (SDA Bocconi) ; DU droit de la santé (Université Côte d'Azur)

Personnel
Malentendant depuis l'enfance, appareillé des deux côtés. Je vis avec mon compagnon, Marc, à Beausoleil.
""",
    [(A, "Né le 14 août 1972"),
     (E, "Italien, résident monégasque depuis 2010"),
     (H, "Malentendant depuis l'enfance, appareillé des deux côtés"),
     (S, "Je vis avec mon compagnon, Marc")],
    ["CHPG — Directeur général adjoint",
     "Pilotage du programme de reconstruction du nouvel hôpital (phase 1, 620 M€)",
     "identification biométrique des patients en dialyse par reconnaissance palmaire",
     "Coordination avec les hôpitaux de Nice et de Sanremo pour les urgences transfrontalières",
     "Ospedale San Martino, Gênes — Directeur administratif",
     "Laurea in Economia (Università di Genova)",
     "master en management hospitalier (SDA Bocconi)"],
    ["Luca Bernardi", "Résidence Les Caroubiers, 15 boulevard du Larvotto, 98000 Monaco",
     "+377 6 40 18 77 52", "l.bernardi@chpg.mc"])

# 033 - Sénégal, notice biographique d'ambassadeur
BOOK.add("""
NOTICE BIOGRAPHIQUE

S.E.M. Thierno Amadou BA
Ambassadeur, Représentant permanent du Sénégal auprès de l'Office des Nations unies à Genève (2021 – )

Né le 9 septembre 1963 à Matam. Peul du Fouta, musulman de la confrérie tidjane. Marié, quatre enfants.

Formation : Maîtrise en droit public (Université Cheikh Anta Diop, 1988) ; École nationale d'administration et de magistrature (ENAM), section diplomatie (1991) ; Institut universitaire de hautes études internationales, Genève (DES, 1995)

Carrière
— Conseiller, ambassade du Sénégal à Paris (1995 – 2001)
— Directeur des Organisations internationales (2008 – 2013) : a négocié le premier accord de siège avec l'OIM à Dakar
— Ambassadeur au Maroc (2013 – 2018), puis Directeur des Affaires juridiques et consulaires (2018 – 2021)
— Président du Groupe africain à Genève (2023), porte-parole sur les droits des travailleurs migrants

Avant la diplomatie : professeur de lycée à Saint-Louis (1988 – 1990), ancien membre du SUDES.

Décorations : Officier de l'Ordre national du Lion ; Grand officier du Ouissam alaouite.

Contact : Mission permanente du Sénégal, Genève — +41 22 918 02 30
""",
    [(A, "Né le 9 septembre 1963"),
     (E, "Peul du Fouta"),
     (R, "musulman de la confrérie tidjane"),
     (F, "Marié, quatre enfants"),
     (U, "ancien membre du SUDES")],
    ["Ambassadeur, Représentant permanent du Sénégal auprès de l'Office des Nations unies à Genève",
     "Maîtrise en droit public (Université Cheikh Anta Diop, 1988)",
     "École nationale d'administration et de magistrature (ENAM), section diplomatie (1991)",
     "a négocié le premier accord de siège avec l'OIM à Dakar", "Ambassadeur au Maroc",
     "Président du Groupe africain à Genève (2023)",
     "porte-parole sur les droits des travailleurs migrants",
     "Officier de l'Ordre national du Lion"],
    ["S.E.M. Thierno Amadou BA", "+41 22 918 02 30"])

# 034 - France, directrice générale d'ONG environnement et développement
BOOK.add("""
Camille Fréville
Directrice générale — Terres Solidaires (ONG environnement et développement, 230 salariés)
Montreuil · 07 81 22 64 09 · camille.freville@terres-solidaires.org

PARCOURS
Directrice générale, Terres Solidaires (2019 – aujourd'hui)
 – Budget porté de 24 à 41 M€ ; 60 % de fonds privés
 – Fusion avec l'association Agronomes du Monde (2022)
 – Plaidoyer sur le devoir de vigilance des multinationales (loi de 2017, suivi des premiers contentieux)
Directrice des programmes, Action contre la Faim (2011 – 2019) : Sahel, Soudan du Sud
Chargée de campagne, Greenpeace France (2004 – 2011)

FORMATION
Sciences Po Paris (2003) ; master Développement, IEDES Paris 1

TRANSPARENCE
Lors d'une action contre un convoi de combustible nucléaire en 2007, j'ai été interpellée et condamnée à 1 500 € d'amende pour entrave à la circulation d'un convoi. Candidate EELV aux régionales de 2015 en Île-de-France (non élue), j'ai rendu ma carte en 2019 en prenant la direction générale. Je vis avec ma compagne, Nadia, et nos deux enfants.

RÉFÉRENCES : M. Pierre Joubert, président du conseil d'administration — 06 12 90 44 31
""",
    [(C, "j'ai été interpellée et condamnée à 1 500 € d'amende pour entrave à la circulation d'un convoi"),
     (P, "Candidate EELV aux régionales de 2015 en Île-de-France (non élue)"),
     (P, "j'ai rendu ma carte en 2019"),
     (S, "Je vis avec ma compagne, Nadia"),
     (F, "nos deux enfants")],
    ["Directrice générale, Terres Solidaires", "Budget porté de 24 à 41 M€",
     "Fusion avec l'association Agronomes du Monde (2022)",
     "Plaidoyer sur le devoir de vigilance des multinationales",
     "Directrice des programmes, Action contre la Faim",
     "Chargée de campagne, Greenpeace France", "Sciences Po Paris (2003)",
     "master Développement, IEDES Paris 1"],
    ["Camille Fréville", "Montreuil", "07 81 22 64 09",
     "camille.freville@terres-solidaires.org", "M. Pierre Joubert", "06 12 90 44 31"])

# 035 - Belgique, directeur médical de réseau hospitalier
BOOK.add("""
Dr Benoît Lahaye
Directeur médical — Réseau hospitalier namurois (RHN)
Rue de Bruxelles 77, 5000 Namur · 0476 33 19 02 · b.lahaye@rhn.be

Né le 30.03.1967 à Dinant.

Fonctions
Directeur médical, Réseau hospitalier namurois (2017 – ) — 4 sites, 1 250 lits
· A conduit la fusion de la clinique Sainte-Élisabeth et de l'hôpital de Dinant au sein du réseau (2019)
· Président du comité d'éthique hospitalier ; mise en place du programme de dépistage néonatal élargi
· Négociation avec les organisations syndicales (CNE, SETCa) du protocole sur les heures inconfortables
Chef du service de pneumologie, CHU UCL Namur (2005 – 2017)

Formation : docteur en médecine (UCLouvain, 1992) ; spécialiste en pneumologie ; master en gestion hospitalière (UCLouvain, 2015)

Personnel
Diacre permanent du diocèse de Namur depuis 2012. Affilié à la CSC à titre personnel. Marié, quatre enfants, dont un fils atteint de mucoviscidose ; mon test génétique a confirmé que je suis porteur de la mutation F508del. Sourd de l'oreille gauche depuis un accident de plongée.
""",
    [(A, "Né le 30.03.1967"),
     (R, "Diacre permanent du diocèse de Namur depuis 2012"),
     (U, "Affilié à la CSC à titre personnel"),
     (F, "Marié, quatre enfants"),
     (G, "dont un fils atteint de mucoviscidose"),
     (G, "mon test génétique a confirmé que je suis porteur de la mutation F508del"),
     (H, "Sourd de l'oreille gauche depuis un accident de plongée")],
    ["Directeur médical, Réseau hospitalier namurois",
     "A conduit la fusion de la clinique Sainte-Élisabeth et de l'hôpital de Dinant",
     "Président du comité d'éthique hospitalier",
     "mise en place du programme de dépistage néonatal élargi",
     "Négociation avec les organisations syndicales (CNE, SETCa) du protocole sur les heures inconfortables",
     "Chef du service de pneumologie, CHU UCL Namur",
     "docteur en médecine (UCLouvain, 1992)",
     "master en gestion hospitalière (UCLouvain, 2015)"],
    ["Dr Benoît Lahaye", "Rue de Bruxelles 77, 5000 Namur", "0476 33 19 02", "b.lahaye@rhn.be"])

# 036 - Suisse, avocat pénaliste et juge suppléant
BOOK.add("""
Me Martin Vuilleumier
Avocat, associé — Vuilleumier Rochat Avocats, Lausanne
Avenue de la Gare 10, 1003 Lausanne · 021 311 42 80 · mvuilleumier@vr-avocats.ch

Né en 1968 à La Chaux-de-Fonds.

Activités
• A représenté des prévenus devant le Tribunal pénal fédéral et les tribunaux vaudois (criminalité économique, entraide internationale)
• Conseil de la fondation de prévoyance d'un syndicat du secteur public dans un litige immobilier
• Juge suppléant au Tribunal cantonal vaudois (2015 – )
• Président de l'Ordre des avocats vaudois (2019 – 2021)

Formation : licence en droit (Université de Neuchâtel, 1992) ; brevet d'avocat vaudois (1995) ; LL.M. (King's College London, 1996)

Parcours personnel
Objecteur de conscience, condamné en 1989 par le tribunal militaire de division 2 à quatre mois d'emprisonnement pour refus de servir ; j'étais alors membre actif du GSsA et j'y suis resté. Partenariat enregistré avec Markus Stäheli depuis 2008, converti en mariage en 2022. Quaker, je fréquente la réunion des Amis de Genève.
""",
    [(A, "Né en 1968"),
     (C, "Objecteur de conscience, condamné en 1989 par le tribunal militaire de division 2 à quatre mois d'emprisonnement pour refus de servir"),
     (P, "j'étais alors membre actif du GSsA et j'y suis resté"),
     (S, "Partenariat enregistré avec Markus Stäheli depuis 2008, converti en mariage en 2022"),
     (R, "Quaker, je fréquente la réunion des Amis de Genève")],
    ["Avocat, associé — Vuilleumier Rochat Avocats",
     "A représenté des prévenus devant le Tribunal pénal fédéral",
     "Conseil de la fondation de prévoyance d'un syndicat du secteur public",
     "Juge suppléant au Tribunal cantonal vaudois",
     "Président de l'Ordre des avocats vaudois (2019 – 2021)",
     "licence en droit (Université de Neuchâtel, 1992)",
     "brevet d'avocat vaudois (1995)", "LL.M. (King's College London, 1996)"],
    ["Me Martin Vuilleumier", "Avenue de la Gare 10, 1003 Lausanne", "021 311 42 80",
     "mvuilleumier@vr-avocats.ch"])

# 037 - Québec, doyenne de faculté des sciences de l'administration
BOOK.add("""
Pre Nada Khalil-Pelletier
Doyenne, Faculté des sciences de l'administration — Université Laval
Pavillon Palasis-Prince, 2325, rue de la Terrasse, Québec (Québec) G1V 0A6 · 418 656-2131 · nada.khalil@fsa.ulaval.ca

Doyenne depuis 2020 ; professeure titulaire de finance.

Réalisations
• Agrément EQUIS obtenu en 2022 ; triple couronne maintenue
• Création de la chaire en gouvernance des coopératives (don de 5 M$ du Mouvement Desjardins)
• Négociation, côté employeur, de la convention collective des chargés de cours avec le SCCCUL
• Membre du comité consultatif sur la diversité et l'inclusion de l'Université

Formation : Ph. D. finance, HEC Montréal (2003) ; M. Sc., Université Saint-Joseph de Beyrouth (1996)

Publications : 48 articles ; Gouvernance familiale et performance (PUL, 2018).

Notes personnelles
Née à Beyrouth, je suis arrivée au Québec en 1997 pendant mes études. Membre du SPUL (Syndicat des professeurs et professeures de l'Université Laval) jusqu'à ma nomination. Mère de jumeaux nés d'une FIV en 2008. Participante à CARTaGENE : mon génome a été séquencé dans le cadre de la cohorte.
""",
    [(E, "Née à Beyrouth, je suis arrivée au Québec en 1997"),
     (U, "Membre du SPUL (Syndicat des professeurs et professeures de l'Université Laval) jusqu'à ma nomination"),
     (F, "Mère de jumeaux nés d'une FIV en 2008"),
     (G, "Participante à CARTaGENE : mon génome a été séquencé dans le cadre de la cohorte")],
    ["Doyenne, Faculté des sciences de l'administration — Université Laval",
     "professeure titulaire de finance", "Agrément EQUIS obtenu en 2022",
     "Création de la chaire en gouvernance des coopératives",
     "Négociation, côté employeur, de la convention collective des chargés de cours avec le SCCCUL",
     "Membre du comité consultatif sur la diversité et l'inclusion de l'Université",
     "Ph. D. finance, HEC Montréal (2003)", "Gouvernance familiale et performance"],
    ["Pre Nada Khalil-Pelletier",
     "Pavillon Palasis-Prince, 2325, rue de la Terrasse, Québec (Québec) G1V 0A6",
     "418 656-2131", "nada.khalil@fsa.ulaval.ca"])

# 038 - Sénégal, PDG d'un groupe industriel, première personne
BOOK.add("""
Cheikh Tidiane Mbaye
Président-directeur général — Sénégalaise des Ciments et Matériaux (SCM), Rufisque
Cité Djily Mbaye, villa 51, Yoff, Dakar · +221 77 450 19 62 · ctmbaye@scm.sn

Né le 21 mars 1966 à Kaolack.

Je dirige depuis 2012 un groupe industriel de 1 600 salariés (cimenterie, granulats, béton prêt à l'emploi), coté à la BRVM depuis 2018.

Réalisations
— Doublement de la capacité de clinker (four n° 3, 2016) et centrale solaire de 30 MW pour l'usine
— Introduction en bourse à la BRVM (2018) ; dividende versé chaque année depuis
— Accord d'entreprise avec les syndicats de la cimenterie sur la couverture santé des familles (2020)
Avant SCM : Directeur financier, Sonatel (2004 – 2012) ; Auditeur puis manager, Deloitte Dakar (1993 – 2004)

Formation : DESCF ; Expert-comptable (ONECCA) ; MBA, HEC Paris (2003)

Vie personnelle
Marié, cinq enfants. Musulman pratiquant, j'ai accompli le hadj en 2010. Porteur du trait drépanocytaire, je soutiens l'association sénégalaise des drépanocytaires. Membre de l'Alliance pour la République (APR) depuis 2009. J'ai été condamné en 2002 pour émission de chèque sans provision, une erreur de jeune entrepreneur que je ne cache pas.
""",
    [(A, "Né le 21 mars 1966"),
     (F, "Marié, cinq enfants"),
     (R, "Musulman pratiquant, j'ai accompli le hadj en 2010"),
     (G, "Porteur du trait drépanocytaire"),
     (P, "Membre de l'Alliance pour la République (APR) depuis 2009"),
     (C, "J'ai été condamné en 2002 pour émission de chèque sans provision")],
    ["Président-directeur général — Sénégalaise des Ciments et Matériaux (SCM)",
     "Doublement de la capacité de clinker (four n° 3, 2016)",
     "Introduction en bourse à la BRVM (2018)",
     "Accord d'entreprise avec les syndicats de la cimenterie sur la couverture santé des familles",
     "Directeur financier, Sonatel", "Auditeur puis manager, Deloitte Dakar",
     "Expert-comptable (ONECCA)", "MBA, HEC Paris (2003)"],
    ["Cheikh Tidiane Mbaye", "Cité Djily Mbaye, villa 51, Yoff, Dakar", "+221 77 450 19 62",
     "ctmbaye@scm.sn"])

# 039 - Liban, directeur général d'hôpital universitaire
BOOK.add("""
Dr Fadi Hamadé
Directeur général, Centre hospitalier universitaire du Chouf, Baakline
+961 5 300 412 · f.hamade@chu-chouf.org.lb

Né le 6 juin 1970 à Aley. De confession druze.

Expérience
2018 – …  Directeur général, CHU du Chouf (310 lits)
   · Maintien de l'activité pendant la crise financière de 2019-2023 : approvisionnement en carburant, paie partiellement en dollars, rétention de 85 % des infirmières
   · Accréditation par le ministère de la Santé publique (catégorie A) en 2021
2010 – 2018  Directeur médical adjoint, Hôtel-Dieu de France (hôpital universitaire de l'USJ)
2002 – 2010  Cardiologue, Hôpital Mont-Liban

Formation : doctorat en médecine (Université Saint-Joseph, 1995) ; DES de cardiologie (Université de Lyon, 2001) ; MBA santé, ESA Beyrouth (2012)

Personnel
Membre du Parti socialiste progressiste depuis 1990. Détenu huit mois en 1990-1991 par les services de renseignement syriens, sans jugement. Atteint de fièvre méditerranéenne familiale, diagnostic confirmé par un test génétique (mutation MEFV). Marié, trois enfants.
""",
    [(A, "Né le 6 juin 1970"),
     (R, "De confession druze"),
     (P, "Membre du Parti socialiste progressiste depuis 1990"),
     (C, "Détenu huit mois en 1990-1991 par les services de renseignement syriens, sans jugement"),
     (H, "Atteint de fièvre méditerranéenne familiale"),
     (G, "diagnostic confirmé par un test génétique (mutation MEFV)"),
     (F, "Marié, trois enfants")],
    ["Directeur général, CHU du Chouf (310 lits)",
     "Maintien de l'activité pendant la crise financière de 2019-2023",
     "Accréditation par le ministère de la Santé publique (catégorie A) en 2021",
     "Directeur médical adjoint, Hôtel-Dieu de France (hôpital universitaire de l'USJ)",
     "Cardiologue, Hôpital Mont-Liban",
     "doctorat en médecine (Université Saint-Joseph, 1995)",
     "DES de cardiologie (Université de Lyon, 2001)", "MBA santé, ESA Beyrouth (2012)"],
    ["Dr Fadi Hamadé", "+961 5 300 412", "f.hamade@chu-chouf.org.lb"])

# 040 - France, associé d'audit, sans mention sensible
BOOK.add("""
Guillaume Perrier
Associé audit — Rhône Audit & Conseil (réseau international), Lyon
guillaume.perrier@rhoneaudit.fr · 04 72 41 88 20

Expert-comptable et commissaire aux comptes, 22 ans d'expérience, associé depuis 2014.

Expérience
Rhône Audit & Conseil — Associé (2014 – ), directeur de mission (2008 – 2014)
 · Commissaire aux comptes de l'Université catholique de Lyon et de trois congrégations religieuses
 · Audit légal de deux groupes de cliniques privées, dont l'un lors de sa fusion avec un réseau mutualiste (2020)
 · Commissariat aux apports pour l'acquisition d'une société de biométrie par un industriel de la sécurité
 · Audit des comptes d'une union départementale syndicale et de son comité social et économique
KPMG Audit, Lyon — Auditeur puis senior (2002 – 2008)

Formation
Diplôme d'expertise comptable (DEC, 2008) ; Master CCA, IAE Lyon (2002)

Activités professionnelles
Président de la commission « secteur non marchand » de la Compagnie régionale des commissaires aux comptes de Lyon-Riom ; formateur à l'IAE sur l'audit des associations et fondations.

Centres d'intérêt : trail (UTMB 2019), œnologie.
""",
    [],
    ["Associé audit — Rhône Audit & Conseil",
     "Commissaire aux comptes de l'Université catholique de Lyon et de trois congrégations religieuses",
     "Audit légal de deux groupes de cliniques privées",
     "Commissariat aux apports pour l'acquisition d'une société de biométrie par un industriel de la sécurité",
     "Audit des comptes d'une union départementale syndicale et de son comité social et économique",
     "KPMG Audit, Lyon — Auditeur puis senior",
     "Diplôme d'expertise comptable (DEC, 2008)", "Master CCA, IAE Lyon (2002)",
     "Président de la commission « secteur non marchand »"],
    ["Guillaume Perrier", "guillaume.perrier@rhoneaudit.fr", "04 72 41 88 20"])
