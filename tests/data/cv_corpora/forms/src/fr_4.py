# forms-fr-031 .. forms-fr-040 (textes littéraux écrits à la main)
CVS = []

# 031 France — CV puis lettre de motivation
CVS.append(dict(text="""
Thomas Le Goff
8 rue de la Marne, 29200 Brest · 06 84 20 61 37 · thomas.legoff.ide@gmail.com

Infirmier diplômé d'État — pneumologie et éducation thérapeutique

Expérience
2017 – 2024 : Infirmier, service de pneumologie, CHU de Brest (hôpital de la Cavale Blanche) — référent éducation thérapeutique mucoviscidose adulte, tutorat des étudiants.
2014 – 2017 : Infirmier, SSR respiratoire, Centre de Perharidy, Roscoff.
Formation : DE infirmier, IFSI de Brest (2014) ; DU d'éducation thérapeutique du patient, Université de Bretagne Occidentale (2019).

---

Objet : candidature au poste d'infirmier coordinateur, CRCM adulte de Nantes

Madame la Cadre supérieure de santé,

Je souhaite rejoindre l'équipe du Centre de ressources et de compétences de la mucoviscidose de Nantes, dont je connais les protocoles pour avoir travaillé en lien avec vous sur les transitions pédiatrie-adulte.

Mon engagement dans ce domaine n'est pas un hasard : mon frère aîné est atteint de la mucoviscidose, et le dépistage familial a montré que je suis moi-même porteur sain de la mutation F508del.

Mon mari, Antoine, vient d'être muté à Nantes, ce qui explique ma demande de mobilité. Élu CGT au CSE du CHU de Brest depuis 2020, je quitterai ce mandat avec mon poste.

Je vous prie d'agréer, Madame, l'expression de mes salutations respectueuses.
Thomas Le Goff
""",
s=[("G", "mon frère aîné est atteint de la mucoviscidose"),
   ("G", "je suis moi-même porteur sain de la mutation F508del"), ("O", "Mon mari, Antoine"),
   ("U", "Élu CGT au CSE du CHU de Brest depuis 2020")],
keep=["Infirmier, service de pneumologie, CHU de Brest", "référent éducation thérapeutique mucoviscidose adulte",
      "Infirmier, SSR respiratoire, Centre de Perharidy", "DE infirmier, IFSI de Brest",
      "DU d'éducation thérapeutique du patient", "candidature au poste d'infirmier coordinateur, CRCM adulte de Nantes",
      "transitions pédiatrie-adulte"],
contact=["Thomas Le Goff", "8 rue de la Marne, 29200 Brest", "06 84 20 61 37", "thomas.legoff.ide@gmail.com"]))

# 032 Belgique — formulaire de candidature fédérale
CVS.append(dict(text="""
SPF Finances — Candidature (recopiée du formulaire en ligne) — Expert fiscal (A1), Liège

Données du candidat
Nom : Renard, Julien
Adresse : Quai de Rome 27, 4000 Liège
Téléphone : 0495 61 27 40 · Courriel : julien.renard.fisc@gmail.com
Situation familiale : cohabitant légal avec Thomas depuis 2017

Diplômes
Master en sciences de gestion, HEC Liège (2012) ; certificat d'expert-comptable et conseil fiscal (ITAA, 2018).

Expérience
2018 – 2024 : Conseiller fiscal, BDO Belgium, Liège — impôt des sociétés, TVA, rulings.
2012 – 2018 : Collaborateur, fiduciaire Lemaire & associés, Verviers.

Questions complémentaires
Souhaitez-vous bénéficier d'aménagements raisonnables pendant la sélection ? Oui. Je suis malvoyant (rétinite pigmentaire, vision tubulaire) et j'utilise un logiciel d'agrandissement (ZoomText) ; merci de prévoir les épreuves en format numérique.
Extrait de casier judiciaire (modèle 1) : une condamnation en 2016 pour coups et blessures volontaires (peine de travail de 60 heures, exécutée).
Mandats politiques ou fonctions incompatibles : conseiller CPAS PS à Liège depuis 2018.
Langues : français, néerlandais (B2), anglais.
""",
s=[("O", "cohabitant légal avec Thomas depuis 2017"),
   ("H", "Je suis malvoyant (rétinite pigmentaire, vision tubulaire)"),
   ("C", "une condamnation en 2016 pour coups et blessures volontaires (peine de travail de 60 heures, exécutée)"),
   ("P", "conseiller CPAS PS à Liège depuis 2018")],
keep=["Expert fiscal (A1)", "Master en sciences de gestion, HEC Liège", "Conseiller fiscal, BDO Belgium",
      "impôt des sociétés, TVA, rulings", "certificat d'expert-comptable et conseil fiscal (ITAA, 2018)",
      "Souhaitez-vous bénéficier d'aménagements raisonnables pendant la sélection ?",
      "Mandats politiques ou fonctions incompatibles :"],
contact=["Renard, Julien", "Quai de Rome 27, 4000 Liège", "0495 61 27 40", "julien.renard.fisc@gmail.com"]))

# 033 Suisse — rapport d'un cabinet de recrutement
CVS.append(dict(text="""
Jörg Lienhard Executive Search — Rapport de candidature
Mandat : Responsable de la production, Nestlé Orbe (usine Nespresso)
Consultante : Sabine Rochat

Candidat : Pascal Monnier
Rue du Lac 14, 1400 Yverdon-les-Bains · 079 422 63 18 · pascal.monnier@bluewin.ch

Parcours
2016 – 2024 : Chef de production, Emmi Suisse, Ostermundigen — 3 lignes UHT, 140 collaborateurs, OEE de 71 à 82 %.
2010 – 2016 : Ingénieur process, Cremo SA, Villars-sur-Glâne.
Formation : Ingénieur HES en technologie alimentaire (BFH Zollikofen, 2010) ; CAS en Lean Management (HEIG-VD, 2017).

Appréciation de la consultante (non transmise au client)
39 ans, en partenariat enregistré avec Luca, architecte à Lausanne : la mobilité vers Orbe lui convient. A été membre du comité régional d'Unia quand il était opérateur de ligne, avant ses études. Membre des Vert'libéraux, élu au conseil communal d'Yverdon en 2021. Il a fait séquencer son génome en 2022 dans le cadre d'une étude de cohorte du CHUV et en parle volontiers. Leadership calme, très bonne connaissance des audits FSSC 22000. Prétentions : CHF 145 000.
""",
s=[("A", "39 ans"), ("O", "en partenariat enregistré avec Luca"),
   ("U", "A été membre du comité régional d'Unia"),
   ("P", "Membre des Vert'libéraux, élu au conseil communal d'Yverdon en 2021"),
   ("G", "Il a fait séquencer son génome en 2022")],
keep=["Responsable de la production, Nestlé Orbe", "Chef de production, Emmi Suisse", "OEE de 71 à 82 %",
      "Ingénieur process, Cremo SA", "Ingénieur HES en technologie alimentaire", "CAS en Lean Management",
      "audits FSSC 22000"],
contact=["Sabine Rochat", "Pascal Monnier", "Rue du Lac 14, 1400 Yverdon-les-Bains", "079 422 63 18",
         "pascal.monnier@bluewin.ch"]))

# 034 Québec — biographie de vice-président, troisième personne
CVS.append(dict(text="""
Hydro-Québec — Équipe de direction

Frédéric Néashish-Tremblay
Vice-président, Relations avec les communautés et les Premières Nations

Frédéric Néashish-Tremblay a rejoint Hydro-Québec en 2005 comme ingénieur en environnement sur le complexe de la Romaine. Il a ensuite dirigé la négociation de l'entente Apuiat avec les Innus de Uashat mak Mani-utenam et piloté les consultations de la ligne Hertel–New York. Il est vice-président depuis 2021.

Ingénieur (Polytechnique Montréal, 2004) et titulaire d'une maîtrise en gestion de projet de l'UQAC, il siège au conseil de l'Institut de développement durable des Premières Nations du Québec et du Labrador.

Né à Chicoutimi d'une mère atikamekw de Wemotaci et d'un père saguenéen, il se dit « de deux territoires ». Porteur, comme plusieurs membres de sa famille paternelle, d'une mutation de l'ataxie récessive spastique de Charlevoix-Saguenay, il a appuyé publiquement le programme de dépistage des porteurs offert dans la région.

Il a été candidat du Parti québécois dans Dubuc en 2014. Il est père de trois enfants.
""",
s=[("E", "d'une mère atikamekw de Wemotaci"),
   ("G", "Porteur, comme plusieurs membres de sa famille paternelle, d'une mutation de l'ataxie récessive spastique de Charlevoix-Saguenay"),
   ("P", "Il a été candidat du Parti québécois dans Dubuc en 2014"), ("F", "Il est père de trois enfants")],
keep=["Vice-président, Relations avec les communautés et les Premières Nations",
      "ingénieur en environnement sur le complexe de la Romaine",
      "négociation de l'entente Apuiat avec les Innus de Uashat mak Mani-utenam",
      "consultations de la ligne Hertel–New York", "maîtrise en gestion de projet de l'UQAC",
      "Institut de développement durable des Premières Nations du Québec et du Labrador",
      "programme de dépistage des porteurs offert dans la région"],
contact=["Frédéric Néashish-Tremblay"]))

# 035 Maroc — formulaire de candidature, réponses neutres (aucun fait sensible)
CVS.append(dict(text="""
FORMULAIRE DE CANDIDATURE — Royal Air Maroc — Analyste revenue management

Candidat : Mehdi Berrada
Adresse : 14, rue Ibnou Khalikane, Quartier Palmier, Casablanca
Téléphone : 06 58 33 20 71 · E-mail : mehdi.berrada.rm@gmail.com

Formation
Diplôme d'ingénieur d'État en recherche opérationnelle, INSEA Rabat (2018)
Certification IATA « Airline Revenue Management » (2021)

Expérience
2021 – aujourd'hui : Analyste pricing, Air Arabia Maroc, Casablanca — optimisation des classes tarifaires sur 24 lignes, prévisions de demande sous Python.
2018 – 2021 : Analyste données, Inwi, Casablanca — modèles de churn, tableaux de bord Power BI.

Compétences
Python (pandas, statsmodels), SQL, PROS Revenue Management, Amadeus Altéa, Power BI. Arabe, français, anglais courant.

Questions du formulaire
Poste / direction souhaité(e) : Direction commerciale – Revenue management réseau Afrique
Avez-vous un handicap nécessitant un aménagement ? Non
Avez-vous fait l'objet d'une condamnation ? Non
Êtes-vous lié(e) à un employé de la compagnie ? Non
Informations complémentaires : disponible sous un mois, mobile à l'international.
""",
s=[],
keep=["Analyste revenue management", "Diplôme d'ingénieur d'État en recherche opérationnelle, INSEA Rabat",
      "Certification IATA « Airline Revenue Management »", "Analyste pricing, Air Arabia Maroc",
      "optimisation des classes tarifaires sur 24 lignes", "Avez-vous un handicap nécessitant un aménagement ? Non",
      "Avez-vous fait l'objet d'une condamnation ? Non", "Revenue management réseau Afrique"],
contact=["Mehdi Berrada", "14, rue Ibnou Khalikane, Quartier Palmier, Casablanca", "06 58 33 20 71",
         "mehdi.berrada.rm@gmail.com"]))

# 036 France — CV avec extraits de lettres de recommandation
CVS.append(dict(text="""
Nathalie Ferreira-Lambert
Responsable administrative et financière · Bordeaux · 06 45 90 12 83 · n.ferreiralambert@gmail.com

Parcours
2015 – 2024 : Responsable administrative et financière, Emmaüs Gironde — budget de 9 M€, 11 communautés et chantiers d'insertion, certification des comptes par le CAC sans réserve.
2008 – 2015 : Contrôleuse de gestion, Mutualité Française Nouvelle-Aquitaine.
Formation : DSCG (2008) ; Master CCA, IAE Bordeaux.

Extraits de recommandations jointes au dossier

« Comme directeur, j'ai vu Nathalie revenir d'une greffe de rein en 2019 et boucler l'arrêté des comptes deux mois plus tard. Sa rigueur ne s'est jamais démentie. » — Hervé Castaing, directeur général, Emmaüs Gironde

« Nathalie connaît l'économie sociale de l'intérieur : catéchiste dans sa paroisse de Talence, elle ne mélange jamais ses convictions et son travail. Elle m'avait confié qu'enfant, elle avait suivi ses parents venus du Portugal en 1981. » — Sœur Marie-Agnès Dupuy, présidente du conseil d'administration

« Une collègue précieuse. Je l'ai connue militante écologiste, candidate EELV aux cantonales de 2011, et je l'ai retrouvée gestionnaire impeccable. Elle et son épouse, Claire, ont accueilli deux compagnons d'Emmaüs pendant le confinement. Je sais aussi qu'elle a été condamnée avec sursis pour l'occupation d'un chantier d'autoroute en 2012 ; c'est de l'histoire ancienne. » — Marc Léonetti, trésorier
""",
s=[("H", "revenir d'une greffe de rein en 2019"), ("R", "catéchiste dans sa paroisse de Talence"),
   ("E", "elle avait suivi ses parents venus du Portugal en 1981"),
   ("P", "candidate EELV aux cantonales de 2011"), ("O", "son épouse, Claire"),
   ("C", "elle a été condamnée avec sursis pour l'occupation d'un chantier d'autoroute en 2012")],
keep=["Responsable administrative et financière, Emmaüs Gironde", "11 communautés et chantiers d'insertion",
      "Contrôleuse de gestion, Mutualité Française Nouvelle-Aquitaine", "DSCG (2008)", "Master CCA, IAE Bordeaux",
      "certification des comptes par le CAC sans réserve"],
contact=["Nathalie Ferreira-Lambert", "Nathalie", "06 45 90 12 83", "n.ferreiralambert@gmail.com",
         "Hervé Castaing", "Sœur Marie-Agnès Dupuy", "Marc Léonetti"]))

# 037 France — candidature d'un ressortissant malien, réponses au formulaire
CVS.append(dict(text="""
Candidature spontanée — Groupe Vinci Construction France, agence Île-de-France Est
Poste souhaité : Chef d'équipe gros œuvre

Moussa Keïta
Foyer ADEF, 17 rue de Stalingrad, 94200 Ivry-sur-Seine · 07 66 84 03 52 · moussa.keita.btp@gmail.com

Expérience
2017 – aujourd'hui : Maçon coffreur puis chef d'équipe, Bouygues Bâtiment Île-de-France (intérim puis CDI) — chantier du Grand Paris Express, gare de Villejuif-Louis-Aragon, équipe de 8 compagnons.
2013 – 2017 : Maçon, entreprises de rénovation à Montreuil.
Formation : Titre professionnel maçon (AFPA Champs-sur-Marne, 2016) ; CACES R482 ; SST ; AIPR opérateur.

Réponses au questionnaire du site carrières
Êtes-vous autorisé à travailler en France ? Oui – titre de séjour pluriannuel « salarié » obtenu après régularisation par le travail en 2018 ; je suis de nationalité malienne.
Équipe / poste souhaité : gros œuvre, chantiers de logements, Val-de-Marne.
Informations complémentaires : je suis marié et mes quatre enfants vivent à Kayes avec leur mère ; je prends mes congés en une fois chaque été pour les voir. Musulman, je fais le ramadan et je demande seulement à décaler ma pause pendant ce mois.
Avez-vous des condamnations ? Une seule, en 2014 : six mois avec sursis pour usage de faux papiers, quand j'étais sans titre de séjour.
""",
s=[("E", "titre de séjour pluriannuel « salarié » obtenu après régularisation par le travail en 2018 ; je suis de nationalité malienne"),
   ("F", "je suis marié et mes quatre enfants vivent à Kayes avec leur mère"),
   ("R", "Musulman, je fais le ramadan"),
   ("C", "Une seule, en 2014 : six mois avec sursis pour usage de faux papiers")],
keep=["Chef d'équipe gros œuvre", "Maçon coffreur puis chef d'équipe, Bouygues Bâtiment Île-de-France",
      "gare de Villejuif-Louis-Aragon", "Titre professionnel maçon", "CACES R482", "AIPR opérateur",
      "Êtes-vous autorisé à travailler en France ?"],
contact=["Moussa Keïta", "Foyer ADEF, 17 rue de Stalingrad, 94200 Ivry-sur-Seine", "07 66 84 03 52",
         "moussa.keita.btp@gmail.com"]))

# 038 Belgique — CV et lettre de motivation
CVS.append(dict(text="""
Olivier Dethier
Avenue de la Couronne 210, 1050 Ixelles · 0472 18 39 55 · olivier.dethier@proximus.be

Chef de projet IT — secteur public

2016 – 2024  Chef de projet, Smals, Bruxelles — eHealth : déploiement de la prescription électronique (Recip-e) dans 4 000 pharmacies.
2010 – 2016  Analyste business, Fedict (BOSA).
Formation : Master ingénieur de gestion, Solvay Brussels School (2010) ; PRINCE2 Practitioner ; Scrum Master PSM I.

—

Madame, Monsieur,

Je pose ma candidature au poste de responsable de programme « Dossier patient informatisé » chez Helora.

Permettez-moi trois précisions. Mon mari, Kenji, est anesthésiste à l'hôpital de Mons, ce qui rend ce poste idéal pour notre famille. Vous lirez peut-être dans la presse locale que j'ai été condamné en 2015 pour conduite sous influence ; l'affaire est close et n'apparaît plus sur mon extrait modèle 1. Enfin, une hémochromatose génétique (homozygote C282Y) m'impose une saignée tous les trois mois, en dehors des heures de travail.

J'ai été délégué CGSP chez Fedict pendant trois ans ; je sais donc ce qu'une réforme informatique change pour les agents.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
Olivier Dethier
""",
s=[("O", "Mon mari, Kenji"), ("C", "j'ai été condamné en 2015 pour conduite sous influence"),
   ("G", "une hémochromatose génétique (homozygote C282Y)"),
   ("H", "m'impose une saignée tous les trois mois"), ("U", "J'ai été délégué CGSP chez Fedict pendant trois ans")],
keep=["Chef de projet, Smals", "déploiement de la prescription électronique (Recip-e) dans 4 000 pharmacies",
      "Analyste business, Fedict (BOSA)", "Master ingénieur de gestion, Solvay Brussels School",
      "PRINCE2 Practitioner", "responsable de programme « Dossier patient informatisé » chez Helora"],
contact=["Olivier Dethier", "Avenue de la Couronne 210, 1050 Ixelles", "0472 18 39 55", "olivier.dethier@proximus.be"]))

# 039 Suisse — CV universitaire, théologie et sciences des religions
CVS.append(dict(text="""
CURRICULUM VITAE
Dr Raphaël Jaccard
Maître d'enseignement et de recherche, Institut romand de systématique et d'éthique, Faculté de théologie, Université de Genève
raphael.jaccard@unige.ch · +41 22 379 74 02

Formation
Doctorat en théologie (éthique), Université de Genève, 2014 : « Le secret pastoral face au droit pénal suisse »
Master en théologie protestante, Université de Lausanne, 2008

Postes
2018 – : MER, Faculté de théologie, Université de Genève
2014 – 2018 : Chargé de recherche, Institut suisse de sociologie pastorale (SPI), Saint-Gall

Projets
FNS, « Aumôneries hospitalières et pluralisme religieux en Suisse romande » (requérant principal, 2019-2023)
PNR 58 (volet), « Communautés religieuses, État et société » — analyses secondaires

Publications choisies
Jaccard R. (2021). Éthique de l'aumônerie carcérale. Labor et Fides.
Jaccard R., Monnot C. (2019). « Les musulmans de Suisse et la reconnaissance de droit public », Revue de théologie et de philosophie.

Enseignement
Éthique sociale, bioéthique (diagnostic préimplantatoire, fin de vie), introduction à l'islamologie.

Engagements personnels
Pasteur consacré de l'Église protestante de Genève en 2009, j'ai demandé ma démission du corps pastoral en 2016 : je ne suis plus croyant et je me définis aujourd'hui comme agnostique.
Membre du Parti socialiste genevois, conseiller municipal à Carouge de 2015 à 2020.
Je vis à Carouge avec mon compagnon, Yannick.
""",
s=[("R", "Pasteur consacré de l'Église protestante de Genève en 2009, j'ai demandé ma démission du corps pastoral en 2016 : je ne suis plus croyant et je me définis aujourd'hui comme agnostique"),
   ("P", "Membre du Parti socialiste genevois, conseiller municipal à Carouge de 2015 à 2020"),
   ("O", "mon compagnon, Yannick")],
keep=["Maître d'enseignement et de recherche, Institut romand de systématique et d'éthique",
      "Le secret pastoral face au droit pénal suisse", "Master en théologie protestante, Université de Lausanne",
      "Aumôneries hospitalières et pluralisme religieux en Suisse romande", "Éthique de l'aumônerie carcérale",
      "Les musulmans de Suisse et la reconnaissance de droit public",
      "introduction à l'islamologie"],
contact=["Dr Raphaël Jaccard", "raphael.jaccard@unige.ch", "+41 22 379 74 02", "Jaccard R.", "Monnot C."]))

# 040 Québec — réponses à un formulaire de candidature en ligne
CVS.append(dict(text="""
Candidature — Centre de services scolaire des Premières-Seigneuries
Poste : Technicien en informatique (réseau), liste de rappel

Alexandre Poirier-Gauthier
Beauport (Québec) G1E · 581 555-0113 · alex.poirier.gauthier@gmail.com

Expérience
2019 – 2024  Technicien en informatique, Groupe Desjardins (Lévis) — soutien de niveau 2, gestion du parc par Intune, déploiement de 1 200 postes.
2016 – 2019  Technicien réseau, Vidéotron — installation et dépannage de réseaux d'entreprises.
Formation : DEC en techniques de l'informatique (réseaux et sécurité), Cégep de Limoilou (2016) ; CCNA (2020).

Questions du formulaire
Date de naissance : 14 mars 1995
Avez-vous des antécédents judiciaires ? Oui – conduite avec les facultés affaiblies, 2017 ; amende et interdiction de conduire d'un an.
Avez-vous besoin de mesures d'adaptation ? Oui. J'ai la dystrophie myotonique de Steinert, comme ma mère, ce qui fatigue mes mains : je demande un clavier ergonomique et des pauses courtes.
Personne à joindre en cas d'urgence : mon chum, Samuel Côté, 581 555-0147.
Équipe souhaitée : Service des technologies de l'information, secteur des écoles secondaires.
""",
s=[("A", "Date de naissance : 14 mars 1995"),
   ("C", "Oui – conduite avec les facultés affaiblies, 2017 ; amende et interdiction de conduire d'un an"),
   ("G", "J'ai la dystrophie myotonique de Steinert, comme ma mère"),
   ("H", "ce qui fatigue mes mains"), ("O", "mon chum")],
keep=["Technicien en informatique (réseau)", "Technicien en informatique, Groupe Desjardins",
      "soutien de niveau 2, gestion du parc par Intune", "Technicien réseau, Vidéotron",
      "DEC en techniques de l'informatique (réseaux et sécurité), Cégep de Limoilou", "CCNA (2020)",
      "Avez-vous besoin de mesures d'adaptation ?"],
contact=["Alexandre Poirier-Gauthier", "Beauport (Québec) G1E", "581 555-0113", "alex.poirier.gauthier@gmail.com",
         "Samuel Côté", "581 555-0147"]))
