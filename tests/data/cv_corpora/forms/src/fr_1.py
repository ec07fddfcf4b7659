# forms-fr-001 .. forms-fr-010 (textes littéraux écrits à la main)
CVS = []

# 001 France — biographie d'intervenante, troisième personne
CVS.append(dict(text="""
Biographie des intervenants — Congrès national de l'ANDRH, Lille

Samia Benkhaled-Morel
Directrice des ressources humaines groupe, Vilogia

Samia Benkhaled-Morel a rejoint Vilogia en 2017 comme directrice des relations sociales avant de prendre la direction des ressources humaines du groupe (1 500 salariés) en 2020. Elle y a piloté la négociation de l'accord sur le télétravail, la refonte de la GPEC et le plan de prévention des risques psychosociaux pour les gardiens d'immeubles.

Auparavant, elle a passé douze ans chez Auchan Retail, d'abord comme responsable RH de magasin à Villeneuve-d'Ascq, puis comme responsable des relations sociales pour la région Nord, face à des équipes syndicales exigeantes.

Diplômée de l'IAE de Lille (master GRH) et de l'ESSEC (Executive Master en management des ressources humaines), elle enseigne le droit de la négociation collective à l'université de Lille.

Née à Roubaix en 1973, fille d'un ancien harki arrivé dans le Nord en 1962, elle raconte volontiers que sa vocation est née sur les marchés où travaillait sa mère. Mère de trois enfants, elle a repris son poste en 2019 après un cancer du sein et s'engage depuis auprès de l'association Cancer@Work.

Intervention : « Négocier le télétravail sans perdre le terrain », jeudi 14 h.
""",
s=[("A", "Née à Roubaix en 1973"), ("E", "fille d'un ancien harki arrivé dans le Nord en 1962"),
   ("F", "Mère de trois enfants"), ("H", "après un cancer du sein")],
keep=["Directrice des ressources humaines groupe, Vilogia", "directrice des relations sociales",
      "négociation de l'accord sur le télétravail", "plan de prévention des risques psychosociaux",
      "responsable des relations sociales pour la région Nord", "master GRH",
      "enseigne le droit de la négociation collective", "s'engage depuis auprès de l'association Cancer@Work"],
contact=["Samia Benkhaled-Morel"]))

# 002 France — « CV anonyme » qui laisse passer des informations
CVS.append(dict(text="""
CV ANONYME — candidature n° 2024-0457
Poste visé : Comptable fournisseurs (CDI) — Métropole de Lyon

Profil
Homme, 47 ans. Pacsé avec Julien depuis 2012. Permis B. Reconnaissance de la qualité de travailleur handicapé (RQTH) depuis 2018 pour une spondylarthrite ankylosante : poste assis-debout souhaité.

Expérience professionnelle
2015 – aujourd'hui : Comptable fournisseurs, groupe de restauration collective (Lyon 7e)
— Traitement de 1 200 factures par mois sur SAP FI, rapprochements et lettrage
— Mise en place de la dématérialisation des factures (Esker)
2008 – 2015 : Assistant comptable, cabinet d'expertise comptable (Villeurbanne)
— Saisie, TVA, préparation des liasses fiscales pour 80 TPE

Formation
DCG (diplôme de comptabilité et de gestion), 2008
BTS Comptabilité et gestion des organisations, lycée La Martinière Duchère, 2005

Compétences
SAP FI, Sage 100, Excel (TCD, RECHERCHEX), Esker, procédure achats-paiements

Centres d'intérêt
Chef de chœur de la chorale de la paroisse Saint-Pothin depuis dix ans. Randonnée dans les monts du Lyonnais.

Coordonnées transmises par la plateforme de recrutement uniquement.
""",
s=[("A", "47 ans"), ("O", "Pacsé avec Julien depuis 2012"),
   ("H", "Reconnaissance de la qualité de travailleur handicapé (RQTH) depuis 2018 pour une spondylarthrite ankylosante"),
   ("R", "Chef de chœur de la chorale de la paroisse Saint-Pothin")],
keep=["Comptable fournisseurs", "Traitement de 1 200 factures par mois sur SAP FI",
      "Mise en place de la dématérialisation des factures (Esker)", "Assistant comptable",
      "DCG (diplôme de comptabilité et de gestion)", "BTS Comptabilité et gestion des organisations",
],
contact=[]))

# 003 Belgique — CV suivi d'une lettre de motivation
CVS.append(dict(text="""
Kevin Lambotte
Rue des Glaces Nationales 41, 5060 Sambreville · 0478 21 56 93 · kevin.lambotte@skynet.be

Technicien de maintenance industrielle

Expérience
2012 – 2024 : Technicien de maintenance, AGC Glass Europe, Moustier-sur-Sambre — ligne float, maintenance préventive GMAO (SAP PM), habilitation électrique BA4/BA5.
2008 – 2012 : Électromécanicien, Carmeuse, Seilles.

Formation
Bachelier en électromécanique, HELHa Charleroi (2008) · VCA Basis

---

Madame, Monsieur,

Suite à la fermeture annoncée de la ligne de Moustier, je me permets de vous proposer ma candidature au poste de technicien de maintenance chez Solvay à Jemeppe-sur-Sambre.

Pendant douze ans, j'ai été le technicien de référence pour la ligne float, et j'ai été élu délégué CSC au conseil d'entreprise de 2016 à 2024 ; c'est à ce titre que j'ai participé à la négociation du plan social, en cherchant toujours des solutions de reclassement.

Je suis papa solo de deux enfants de 8 et 11 ans, ce qui me rend très organisé mais m'oblige à éviter les pauses de nuit la semaine où je les ai. Je suis aussi conseiller communal Ecolo à Sambreville depuis 2018, un mandat compatible avec un temps plein.

Dans l'attente de vous rencontrer, je vous prie d'agréer mes salutations distinguées.
Kevin Lambotte
""",
s=[("U", "j'ai été élu délégué CSC au conseil d'entreprise de 2016 à 2024"),
   ("F", "Je suis papa solo de deux enfants de 8 et 11 ans"),
   ("P", "conseiller communal Ecolo à Sambreville depuis 2018")],
keep=["Technicien de maintenance, AGC Glass Europe", "maintenance préventive GMAO (SAP PM)",
      "habilitation électrique BA4/BA5", "Électromécanicien, Carmeuse", "Bachelier en électromécanique, HELHa Charleroi",
      "poste de technicien de maintenance chez Solvay", "VCA Basis"],
contact=["Kevin Lambotte", "Rue des Glaces Nationales 41, 5060 Sambreville", "0478 21 56 93", "kevin.lambotte@skynet.be"]))

# 004 Suisse — formulaire de candidature en ligne recopié
CVS.append(dict(text="""
Dossier de candidature — HUG, Genève — Poste : Assistante en pharmacie, pharmacie hospitalière (80 %)

Données personnelles
Nom, prénom : Fernandes Rocha, Ana Sofia
Adresse : Avenue de Châtelaine 88, 1203 Genève
Téléphone : 079 612 48 31 · Courriel : anasofia.rocha@bluewin.ch
Date de naissance : 19.06.1986
Nationalité / permis : portugaise, permis C
État civil : divorcée, une fille de 9 ans à charge

Parcours professionnel
2016 – aujourd'hui : Assistante en pharmacie, Pharmacie Amavita Plainpalais — préparation magistrale, gestion des stupéfiants, conseil OTC.
2010 – 2016 : Assistante en pharmacie, Pharmacie du Lignon.

Formation
CFC d'assistante en pharmacie (2010) · Formation continue pharmaSuisse : vaccination et prélèvements (2021)

Équipe / poste souhaité : production stérile (cytostatiques) ou logistique des médicaments

Extrait du casier judiciaire : vierge (joint)

Informations complémentaires
Je suis suivie pour une sclérose en plaques, stable depuis 2019 ; je demande de pouvoir placer mon contrôle semestriel à l'hôpital en dehors de mes jours de travail.
Langues : français, portugais, espagnol courant.
""",
s=[("A", "Date de naissance : 19.06.1986"), ("E", "Nationalité / permis : portugaise, permis C"),
   ("F", "divorcée, une fille de 9 ans à charge"),
   ("H", "Je suis suivie pour une sclérose en plaques, stable depuis 2019")],
keep=["Assistante en pharmacie, pharmacie hospitalière", "préparation magistrale, gestion des stupéfiants",
      "CFC d'assistante en pharmacie", "Formation continue pharmaSuisse : vaccination et prélèvements",
      "production stérile (cytostatiques)", "Extrait du casier judiciaire : vierge", "Pharmacie Amavita Plainpalais"],
contact=["Fernandes Rocha, Ana Sofia", "Avenue de Châtelaine 88, 1203 Genève", "079 612 48 31",
         "anasofia.rocha@bluewin.ch"]))

# 005 Québec — CV universitaire, sociologie des religions
CVS.append(dict(text="""
CURRICULUM VITÆ
Mathieu Gagnon-Ouellet, Ph. D.
Professeur adjoint, Département de sciences des religions, UQAM
gagnon-ouellet.mathieu@uqam.ca · 514 987-3000, poste 4412

Formation
Ph. D. en sociologie, Université Laval (2017) — thèse : « Sortir du catholicisme : trajectoires de désaffiliation au Québec, 1960-2010 »
M.A. en sciences des religions, UQAM (2011)

Postes
2019 – : Professeur adjoint, UQAM
2017 – 2019 : Stagiaire postdoctoral, Chaire de recherche du Canada en islam, pluralisme et globalisation, Université de Montréal

Subventions
CRSH Développement Savoir, « Le port de signes religieux chez les enseignantes après la loi 21 » (chercheur principal, 2020-2023)
FRQSC, « Syndicalisme enseignant et laïcité de l'État » (cochercheur, 2022-2025)

Publications choisies
Gagnon-Ouellet, M. (2022). « Les aumôniers musulmans en milieu carcéral québécois ». Studies in Religion / Sciences religieuses, 51(3).
Gagnon-Ouellet, M. et Benali, S. (2020). Croire après la Révolution tranquille. Presses de l'Université Laval.

Encadrement
Deux thèses dirigées (conversions à l'islam chez les jeunes Québécois ; pentecôtismes haïtiens à Montréal).

Engagements
Délégué syndical au SPUQ (Syndicat des professeurs et professeures de l'UQAM) depuis 2021.
Militant de Québec solidaire, responsable des communications de l'association de Rosemont en 2018.

Note personnelle (dossier de promotion)
Je partage ma vie avec mon conjoint, Étienne, et nous sommes parents d'accueil à la DPJ depuis 2020.
""",
s=[("U", "Délégué syndical au SPUQ (Syndicat des professeurs et professeures de l'UQAM) depuis 2021"),
   ("P", "Militant de Québec solidaire, responsable des communications de l'association de Rosemont en 2018"),
   ("O", "mon conjoint, Étienne"), ("F", "nous sommes parents d'accueil à la DPJ depuis 2020")],
keep=["Professeur adjoint, Département de sciences des religions",
      "Sortir du catholicisme : trajectoires de désaffiliation au Québec, 1960-2010",
      "Chaire de recherche du Canada en islam, pluralisme et globalisation",
      "Le port de signes religieux chez les enseignantes après la loi 21",
      "Syndicalisme enseignant et laïcité de l'État", "Les aumôniers musulmans en milieu carcéral québécois",
      "Croire après la Révolution tranquille",
      "conversions à l'islam chez les jeunes Québécois ; pentecôtismes haïtiens à Montréal"],
contact=["Mathieu Gagnon-Ouellet", "Gagnon-Ouellet, M.", "Benali, S.", "gagnon-ouellet.mathieu@uqam.ca",
         "514 987-3000, poste 4412"]))

# 006 Maroc — note de cabinet de recrutement
CVS.append(dict(text="""
FICHE CANDIDAT — Cabinet Diorh, Casablanca
Mission : Responsable maintenance, usine Renault Tanger Med (réf. DIO-2024-112)
Consultante : Nadia Filali

Candidat : Youssef El Amrani
Tél. : 06 61 27 84 09 · youssef.elamrani@gmail.com · Hay Mohammadi, Casablanca

Parcours
2014 – 2024 : Chef d'atelier maintenance, Stellantis Kénitra puis Somaca (Casablanca) — 45 techniciens, TPM, taux de disponibilité ligne porté de 86 à 94 %.
2009 – 2014 : Technicien méthodes maintenance, Lesieur Cristal, Aïn Harrouda.
Formation : Ingénieur d'État en génie industriel, ENSAM Meknès (2009). Certification Green Belt Lean (2016).

Appréciation de la consultante (usage interne — ne pas transmettre au client)
44 ans, marié, trois enfants, prêt à s'installer à Tanger si l'école des enfants suit. Très pratiquant : fait ses prières sur le lieu de travail et souhaite pouvoir s'absenter le vendredi midi. Diabétique sous insuline, m'en a parlé spontanément, aucun arrêt maladie long. Ancien délégué du personnel UMT chez Somaca (2017-2020), relations correctes avec la direction. A été sympathisant actif du PJD à l'université, ne fait plus de politique. Excellent technicien, anglais moyen. Prétentions : 32 000 MAD nets.
""",
s=[("A", "44 ans"), ("F", "marié, trois enfants"),
   ("R", "Très pratiquant : fait ses prières sur le lieu de travail et souhaite pouvoir s'absenter le vendredi midi"),
   ("H", "Diabétique sous insuline"), ("U", "Ancien délégué du personnel UMT chez Somaca (2017-2020)"),
   ("P", "A été sympathisant actif du PJD à l'université")],
keep=["Responsable maintenance, usine Renault Tanger Med", "Chef d'atelier maintenance",
      "taux de disponibilité ligne porté de 86 à 94 %", "Technicien méthodes maintenance, Lesieur Cristal",
      "Ingénieur d'État en génie industriel, ENSAM Meknès", "Certification Green Belt Lean"],
contact=["Nadia Filali", "Youssef El Amrani", "06 61 27 84 09", "youssef.elamrani@gmail.com", "Hay Mohammadi, Casablanca"]))

# 007 Sénégal — CV avec état civil et lettre de motivation
CVS.append(dict(text="""
CURRICULUM VITAE

Mamadou Lamine Ndiaye
Cité Keur Gorgui, Villa n° 214, Dakar · +221 77 543 18 90 · mlndiaye.audit@yahoo.fr

État civil
Né le 11 avril 1980 à Diourbel
Marié (deux épouses), cinq enfants
Nationalité : sénégalaise

Expérience professionnelle
2013 – 2024 : Chef de mission audit, Mazars Sénégal — audit légal de sociétés minières et de banques (normes SYSCOHADA révisé et IFRS).
2007 – 2013 : Auditeur junior puis senior, KPMG Sénégal.

Formation
DESCOGEF, Centre africain d'études supérieures en gestion (CESAG), 2007
Maîtrise en sciences économiques, UCAD, 2005

Lettre de motivation

Monsieur le Directeur administratif et financier,

Je vous adresse ma candidature au poste de contrôleur de gestion au Port autonome de Dakar. Mes onze années chez Mazars m'ont appris la rigueur des clôtures et la pédagogie avec les équipes comptables.

Talibé mouride, je me rends chaque année au Grand Magal de Touba ; je prends alors mes congés annuels, comme je l'ai toujours fait en cabinet.

Je dois aussi signaler que je suis drépanocytaire de forme SC ; cela n'a jamais limité ma présence au travail, mais j'évite les missions prolongées en altitude.

Veuillez agréer, Monsieur le Directeur, l'expression de ma haute considération.
Mamadou Lamine Ndiaye
""",
s=[("A", "Né le 11 avril 1980 à Diourbel"), ("F", "Marié (deux épouses), cinq enfants"),
   ("R", "Talibé mouride, je me rends chaque année au Grand Magal de Touba"),
   ("G", "je suis drépanocytaire de forme SC")],
keep=["Chef de mission audit, Mazars Sénégal", "audit légal de sociétés minières et de banques",
      "SYSCOHADA révisé et IFRS", "Auditeur junior puis senior, KPMG Sénégal",
      "DESCOGEF, Centre africain d'études supérieures en gestion (CESAG)",
      "poste de contrôleur de gestion au Port autonome de Dakar", "Maîtrise en sciences économiques, UCAD"],
contact=["Mamadou Lamine Ndiaye", "Cité Keur Gorgui, Villa n° 214, Dakar", "+221 77 543 18 90", "mlndiaye.audit@yahoo.fr"]))

# 008 France — CV académique, génétique humaine
CVS.append(dict(text="""
Dr Claire Vasseur-Lenoir — Curriculum vitae
Maîtresse de conférences – praticienne hospitalière (MCU-PH), génétique médicale
Université de Rouen Normandie / CHU de Rouen, Service de génétique
claire.vasseur-lenoir@chu-rouen.fr · 02 32 88 81 82

Titres et diplômes
DES de génétique médicale (2012) · Doctorat de sciences, université de Rouen (2015) · HDR (2022)

Activité de recherche
Unité Inserm U1245 « Cancer et cerveau : génomique et biomarqueurs des tumeurs ».
Financements : PHRC national « Dépistage en cascade du syndrome de Lynch chez les apparentés » (coordinatrice, 2019-2024) ; INCa « Accès aux tests BRCA pour les femmes en zone rurale » (2021).

Publications choisies
Vasseur-Lenoir C, et al. Diagnostic génétique de la maladie d'Alzheimer à début précoce : 15 ans de consultations. Rev Neurol, 2021.
Vasseur-Lenoir C, Frébourg T. Le conseil génétique chez les familles porteuses de mutation TP53. Bull Cancer, 2018.

Encadrement
Cinq thèses de sciences dirigées ou codirigées ; responsable du DU Conseil génétique en oncologie.

Enseignement
Cours de génétique et éthique (loi de bioéthique 2021, diagnostic préimplantatoire) en PASS et en master.

Note pour le comité de sélection
Je suis moi-même porteuse d'une mutation du gène TP53 (syndrome de Li-Fraumeni), identifiée en 2009 ; j'ai été traitée pour un sarcome en 2011 et je suis depuis suivie par IRM annuelle. Cela ne modifie en rien mon temps de travail. Je vis à Rouen avec mon mari et nos deux enfants.
""",
s=[("G", "Je suis moi-même porteuse d'une mutation du gène TP53 (syndrome de Li-Fraumeni)"),
   ("H", "j'ai été traitée pour un sarcome en 2011"), ("F", "mon mari et nos deux enfants")],
keep=["Maîtresse de conférences – praticienne hospitalière (MCU-PH), génétique médicale",
      "DES de génétique médicale", "Dépistage en cascade du syndrome de Lynch chez les apparentés",
      "Accès aux tests BRCA pour les femmes en zone rurale",
      "Diagnostic génétique de la maladie d'Alzheimer à début précoce : 15 ans de consultations",
      "Le conseil génétique chez les familles porteuses de mutation TP53",
      "responsable du DU Conseil génétique en oncologie",
      "Cours de génétique et éthique (loi de bioéthique 2021, diagnostic préimplantatoire)"],
contact=["Dr Claire Vasseur-Lenoir", "claire.vasseur-lenoir@chu-rouen.fr", "02 32 88 81 82", "Vasseur-Lenoir C",
         "Frébourg T"]))

# 009 France — CV avec extraits de recommandations
CVS.append(dict(text="""
Élodie Marchetti
Cheffe de projet communication digitale · Marseille 13006
06 18 44 72 39 · elodie.marchetti@laposte.net · linkedin.com/in/elodiemarchetti

Expériences
2018 – 2024 : Cheffe de projet digital, Région Sud — refonte du portail maregionsud.fr, 2,1 millions de visites par mois, pilotage de trois agences.
2014 – 2018 : Chargée de communication web, Aix-Marseille Université.
Formation : Master Communication des organisations, Aix-Marseille Université (2014).
Outils : Drupal, Matomo, Figma, Canva Pro, accessibilité RGAA.

Ce qu'en disent ses anciens responsables (extraits cités avec leur accord)

« J'ai vu Élodie revenir d'un an de chimiothérapie et reprendre en main la refonte du portail comme si elle n'était jamais partie. » — Bruno Caillol, directeur de la communication, Région Sud

« Élodie a monté avec moi le réseau interne des agents LGBT+ de la Région ; elle en parlait d'autant mieux qu'elle vivait elle-même avec sa compagne, Inès, depuis des années. » — Farida Zerrouki, cheffe du service égalité

« Elle a été notre élue Force Ouvrière au CHSCT pendant quatre ans, sans jamais mélanger les casquettes en réunion de projet. » — Laurent Giraud, ancien DRH adjoint, Aix-Marseille Université
""",
s=[("H", "revenir d'un an de chimiothérapie"), ("O", "elle vivait elle-même avec sa compagne, Inès"),
   ("U", "Elle a été notre élue Force Ouvrière au CHSCT pendant quatre ans")],
keep=["Cheffe de projet digital, Région Sud", "refonte du portail maregionsud.fr",
      "Chargée de communication web, Aix-Marseille Université", "Master Communication des organisations",
      "accessibilité RGAA", "a monté avec moi le réseau interne des agents LGBT+ de la Région", "Drupal, Matomo, Figma"],
contact=["Élodie Marchetti", "Élodie", "06 18 44 72 39", "elodie.marchetti@laposte.net", "linkedin.com/in/elodiemarchetti",
         "Bruno Caillol", "Farida Zerrouki", "Laurent Giraud", "Marseille 13006"]))

# 010 Belgique — biographie pour un conseil d'administration, troisième personne
CVS.append(dict(text="""
Candidature au conseil d'administration — Intercommunale IGRETEC
Note de présentation du candidat administrateur indépendant

Salvatore « Toto » Di Stefano

Salvatore Di Stefano est ingénieur civil des mines (UMONS, 1985). Il a rejoint Electrabel en 1986, où il a dirigé la centrale TGV d'Amercœur puis la division production thermique Wallonie jusqu'en 2012. Il a ensuite été directeur général de la SPGE (Société publique de gestion de l'eau) de 2013 à 2021, où il a mené le plan d'investissement de 1,3 milliard d'euros dans l'assainissement.

Il a présidé le comité d'audit de la Sofico et enseigne la gestion des infrastructures publiques à la Louvain School of Management.

Né en 1961 à Marcinelle, fils d'un mineur sicilien arrivé en Belgique en 1947 par l'accord « hommes contre charbon », il a perdu son grand-père dans la catastrophe du Bois du Cazier. Il a été échevin socialiste des Travaux à Charleroi de 2000 à 2006, mandat qu'il a quitté pour se consacrer à la SPGE. Jeune ingénieur, il avait été délégué SETCa chez Electrabel.

Il est marié et père de deux filles.

Contact : salvatore.distefano@outlook.be · 0475 32 18 60
""",
s=[("A", "Né en 1961"), ("E", "fils d'un mineur sicilien arrivé en Belgique en 1947"),
   ("P", "Il a été échevin socialiste des Travaux à Charleroi de 2000 à 2006"),
   ("U", "il avait été délégué SETCa chez Electrabel"), ("F", "Il est marié et père de deux filles")],
keep=["ingénieur civil des mines (UMONS, 1985)", "centrale TGV d'Amercœur", "division production thermique Wallonie",
      "directeur général de la SPGE", "plan d'investissement de 1,3 milliard d'euros dans l'assainissement",
      "présidé le comité d'audit de la Sofico", "enseigne la gestion des infrastructures publiques à la Louvain School of Management"],
contact=["Salvatore « Toto » Di Stefano", "Salvatore Di Stefano", "salvatore.distefano@outlook.be", "0475 32 18 60"]))
