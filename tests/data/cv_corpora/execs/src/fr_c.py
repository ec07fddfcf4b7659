from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 021 - France, gérant de fonds, presque sans mention sensible
BOOK.add("""
Thomas Bellanger
Gérant de portefeuille actions européennes — Paris
thomas.bellanger@protonmail.com · 06 45 88 12 09

Né en 1984.

Expérience
Orsay Asset Management — Gérant principal, fonds Orsay Europe Small & Mid (1,8 Md€) (2017 – )
 · Surperformance annualisée de 3,1 % sur cinq ans vs MSCI Europe Small Cap
 · Labellisation ISR et Greenfin du fonds (2021)
 · Position de référence dans un éditeur de logiciels de biométrie, soutien de la direction lors de l'OPA hostile de 2022
Oddo BHF — Analyste financier, secteur santé (2009 – 2017) ; a couvert la fusion de deux groupes de cliniques privées
Exane — Stagiaire vente actions (2008)

Formation
ESSEC (Grande École, 2009) ; Charte CFA (2013) ; certification AMF

Langues : anglais courant, allemand professionnel.
Centres d'intérêt : voile (régates en Bretagne), échecs en club, histoire économique.
""",
    [(A, "Né en 1984")],
    ["Gérant principal, fonds Orsay Europe Small & Mid (1,8 Md€)",
     "Surperformance annualisée de 3,1 % sur cinq ans",
     "Labellisation ISR et Greenfin du fonds (2021)",
     "Position de référence dans un éditeur de logiciels de biométrie",
     "Analyste financier, secteur santé",
     "a couvert la fusion de deux groupes de cliniques privées",
     "ESSEC (Grande École, 2009)", "Charte CFA (2013)", "certification AMF"],
    ["Thomas Bellanger", "thomas.bellanger@protonmail.com", "06 45 88 12 09"])

# 022 - France, notice biographique d'ambassadeur
BOOK.add("""
LAFORGUE (Jean-Christophe), diplomate. Né le 23 octobre 1955 à Oran (Algérie). Rapatrié en métropole avec sa famille en 1962. Marié à Mme, née Nguyen Thi Lan (2 enfants).
Études : Lycée Thiers (Marseille), Institut d'études politiques de Paris, École nationale d'administration (promotion Voltaire, 1980). Licence d'histoire.
Carrière : Ministère des Affaires étrangères (depuis 1980) : deuxième secrétaire à Hanoï (1982-1985), premier conseiller à Tokyo (1994-1998), directeur adjoint d'Asie et d'Océanie (1998-2002), ambassadeur au Viêt Nam (2005-2009), directeur d'Asie et d'Océanie (2009-2012), ambassadeur de France au Japon (2012-2016), ministre plénipotentiaire hors classe ; conseiller diplomatique du Gouvernement (2017-2020).
Adhérent de la CFDT-MAE depuis 1981, délégué au comité technique ministériel (1988-1992).
Œuvres : Le Mékong et la France (2011).
Décorations : Commandeur de la Légion d'honneur, Officier de l'ordre national du Mérite, Grand cordon de l'ordre du Soleil levant.
Adresse : 5, rue de Varenne, 75007 Paris.
""",
    [(A, "Né le 23 octobre 1955"),
     (E, "à Oran (Algérie). Rapatrié en métropole avec sa famille en 1962"),
     (F, "Marié à Mme, née Nguyen Thi Lan (2 enfants)"),
     (U, "Adhérent de la CFDT-MAE depuis 1981, délégué au comité technique ministériel (1988-1992)")],
    ["Institut d'études politiques de Paris",
     "École nationale d'administration (promotion Voltaire, 1980)",
     "ambassadeur au Viêt Nam", "ambassadeur de France au Japon",
     "ministre plénipotentiaire hors classe", "conseiller diplomatique du Gouvernement",
     "Le Mékong et la France", "Commandeur de la Légion d'honneur",
     "Grand cordon de l'ordre du Soleil levant"],
    ["LAFORGUE (Jean-Christophe)", "5, rue de Varenne, 75007 Paris"])

# 023 - France, note candidate, présidence de conseil de surveillance
BOOK.add("""
NOTE CANDIDATE — Présidence du conseil de surveillance, Groupe Marsan (ETI familiale, agroalimentaire)
Cabinet Haussmann Talents — consultante : Florence Aubry (f.aubry@haussmanntalents.fr)

Candidate : Mme Hélène de Saint-Aubert
61 ans. HEC (1986), IFA (administratrice certifiée).

Parcours. Directrice financière puis directrice générale déléguée de Laiteries Val-de-Loire (1998-2016), elle a conduit l'introduction en Bourse (2006) et la cession de la branche fromages à un groupe coopératif (2015). Depuis 2016, administratrice indépendante : présidente du comité d'audit de Norvia (SBF 120), membre du conseil de Caisse régionale Centre-Loire (mutualiste), présidente du comité d'audit de l'Institut catholique de Paris (mandat rémunéré).

Appréciation. Autorité naturelle ; habituée des actionnaires familiaux ; sait accompagner les successions.

Éléments personnels (communiqués par la candidate)
Épouse du journaliste Marc Servan (France Inter), elle est mère de quatre enfants. Guérie d'un lymphome en 2014. Administratrice, à titre personnel, du Secours catholique de Paris. Donatrice, à titre personnel, de la campagne d'Emmanuel Macron en 2017 ; aucun engagement depuis. Elle a mentionné une condamnation pour conduite en état alcoolique en 2002, aujourd'hui effacée de son casier.

Contact de la candidate : 06 07 33 81 45
""",
    [(A, "61 ans"),
     (F, "Épouse du journaliste Marc Servan (France Inter)"),
     (F, "elle est mère de quatre enfants"),
     (H, "Guérie d'un lymphome en 2014"),
     (R, "Administratrice, à titre personnel, du Secours catholique de Paris"),
     (P, "Donatrice, à titre personnel, de la campagne d'Emmanuel Macron en 2017"),
     (C, "une condamnation pour conduite en état alcoolique en 2002")],
    ["HEC (1986)", "IFA (administratrice certifiée)",
     "Directrice financière puis directrice générale déléguée de Laiteries Val-de-Loire",
     "a conduit l'introduction en Bourse (2006)",
     "présidente du comité d'audit de Norvia (SBF 120)",
     "membre du conseil de Caisse régionale Centre-Loire",
     "présidente du comité d'audit de l'Institut catholique de Paris (mandat rémunéré)"],
    ["Mme Hélène de Saint-Aubert", "Florence Aubry", "f.aubry@haussmanntalents.fr",
     "06 07 33 81 45"])

# 024 - France, directeur d'EPSM, ancien infirmier syndicaliste
BOOK.add("""
Yannick Le Goff
Directeur, Établissement public de santé mentale de Cornouaille
12, rue de Kerfeunteun, 29000 Quimper · 06 62 47 19 80 · yannick.legoff@epsm-cornouaille.fr

Né le 30 juin 1968 à Brest.

Parcours
2018 – …  Directeur, EPSM de Cornouaille (1 400 agents)
  — Ouverture de 40 lits de pédopsychiatrie et d'une équipe mobile précarité
  — Fusion avec le centre médico-psychologique de Douarnenez (2020)
  — Protocole de sortie de crise avec les organisations syndicales après la grève de 2019
2010 – 2018  Directeur adjoint, CH de Morlaix
2007 – 2010  Élève directeur, EHESP
1990 – 2007  Infirmier en psychiatrie, CHU de Brest — secrétaire de la section CGT de l'hôpital de 1998 à 2005

Formation : diplôme d'État d'infirmier (1990) ; EHESP, directeur d'établissement sanitaire, social et médico-social (2010)

Personnel
Condamné en 1998 à une amende pour outrage à agent lors d'une manifestation contre la réforme des hôpitaux. Adhérent de La France insoumise depuis 2017. Cofondateur de l'association LGBT+ des personnels du CHU de Brest (2004). En couple, deux enfants.
""",
    [(A, "Né le 30 juin 1968"),
     (U, "secrétaire de la section CGT de l'hôpital de 1998 à 2005"),
     (C, "Condamné en 1998 à une amende pour outrage à agent lors d'une manifestation contre la réforme des hôpitaux"),
     (P, "Adhérent de La France insoumise depuis 2017"),
     (S, "Cofondateur de l'association LGBT+ des personnels du CHU de Brest (2004)"),
     (F, "En couple, deux enfants")],
    ["Directeur, EPSM de Cornouaille", "Ouverture de 40 lits de pédopsychiatrie",
     "Fusion avec le centre médico-psychologique de Douarnenez (2020)",
     "Protocole de sortie de crise avec les organisations syndicales après la grève de 2019",
     "Directeur adjoint, CH de Morlaix", "Infirmier en psychiatrie, CHU de Brest",
     "diplôme d'État d'infirmier (1990)",
     "EHESP, directeur d'établissement sanitaire, social et médico-social (2010)"],
    ["Yannick Le Goff", "12, rue de Kerfeunteun, 29000 Quimper", "06 62 47 19 80",
     "yannick.legoff@epsm-cornouaille.fr"])

# 025 - France, conseillère à la Cour de cassation
BOOK.add("""
Mme Claire Dubreuil-Nakache
Conseillère à la Cour de cassation (chambre sociale)
Adresse professionnelle : 5, quai de l'Horloge, 75001 Paris — claire.dubreuil@justice.fr

Candidature à la présidence d'une cour d'appel — curriculum vitae

Carrière
2019 – …  Conseillère à la Cour de cassation, chambre sociale : rapporteure dans les arrêts sur le barème des indemnités prud'homales (2022) et sur la représentativité syndicale
2013 – 2019  Présidente de chambre, cour d'appel de Versailles (chambre sociale)
2006 – 2013  Inspectrice des services judiciaires
1993 – 2006  Juge d'instruction puis vice-présidente, tribunal de grande instance de Créteil — a instruit plusieurs dossiers de trafic de stupéfiants et de blanchiment

Formation : ENM (promotion 1991) ; DEA de droit social, Paris I

Activités : enseignante à l'ENM (droit du travail), membre du comité de rédaction de la revue Droit social.

Informations personnelles
Née à Casablanca, naturalisée française en 1985.
Membre de l'Union syndicale des magistrats depuis mon entrée à l'ENM et ancienne déléguée régionale.
Pacsée avec ma compagne, Inès, depuis 2004.
Porteuse d'une mutation du gène PALB2, découverte par un test génétique familial.
""",
    [(E, "Née à Casablanca, naturalisée française en 1985"),
     (U, "Membre de l'Union syndicale des magistrats depuis mon entrée à l'ENM et ancienne déléguée régionale"),
     (S, "Pacsée avec ma compagne, Inès, depuis 2004"),
     (G, "Porteuse d'une mutation du gène PALB2, découverte par un test génétique familial")],
    ["Conseillère à la Cour de cassation, chambre sociale",
     "rapporteure dans les arrêts sur le barème des indemnités prud'homales (2022) et sur la représentativité syndicale",
     "Présidente de chambre, cour d'appel de Versailles",
     "Inspectrice des services judiciaires",
     "a instruit plusieurs dossiers de trafic de stupéfiants et de blanchiment",
     "ENM (promotion 1991)", "DEA de droit social, Paris I",
     "membre du comité de rédaction de la revue Droit social"],
    ["Mme Claire Dubreuil-Nakache", "5, quai de l'Horloge, 75001 Paris",
     "claire.dubreuil@justice.fr"])

# 026 - Belgique, doyen de faculté de droit
BOOK.add("""
Prof. Olivier Jacquemin
Doyen de la Faculté de droit et de criminologie — Université libre de Bruxelles (depuis 2021)
Avenue Franklin Roosevelt 50, 1050 Bruxelles · +32 2 650 39 12 · olivier.jacquemin@ulb.be

Né à Verviers en 1969.

Parcours
• Doyen (2021 – ) : réforme du master en droit, création de la clinique juridique en droit des étrangers
• Professeur ordinaire de droit constitutionnel (2008 – ) ; président du centre de droit public
• Référendaire à la Cour constitutionnelle (1998 – 2004)
• Expert auprès de la commission parlementaire sur la sixième réforme de l'État (2011-2012), à la demande du gouvernement fédéral

Formation : licence en droit (ULB, 1992) ; LL.M., Harvard Law School (1995) ; doctorat en droit (ULB, 1998)

Publications : Le fédéralisme belge à l'épreuve (Larcier, 2019).

Engagements personnels
Franc-maçon, membre du Grand Orient de Belgique depuis 1996.
Membre d'Ecolo ; conseiller communal à Ixelles de 2006 à 2012.
Marié à Pieter Claes depuis 2004.
Dyslexique ; a porté le plan d'aménagement des examens pour les étudiants à besoins spécifiques.
""",
    [(A, "Né à Verviers en 1969"),
     (R, "Franc-maçon, membre du Grand Orient de Belgique depuis 1996"),
     (P, "Membre d'Ecolo"),
     (P, "conseiller communal à Ixelles de 2006 à 2012"),
     (S, "Marié à Pieter Claes depuis 2004"),
     (H, "Dyslexique")],
    ["Doyen de la Faculté de droit et de criminologie — Université libre de Bruxelles",
     "création de la clinique juridique en droit des étrangers",
     "Professeur ordinaire de droit constitutionnel",
     "Référendaire à la Cour constitutionnelle",
     "Expert auprès de la commission parlementaire sur la sixième réforme de l'État",
     "LL.M., Harvard Law School (1995)", "Le fédéralisme belge à l'épreuve",
     "a porté le plan d'aménagement des examens pour les étudiants à besoins spécifiques"],
    ["Prof. Olivier Jacquemin", "Avenue Franklin Roosevelt 50, 1050 Bruxelles",
     "+32 2 650 39 12", "olivier.jacquemin@ulb.be"])

# 027 - Suisse, administrateur de sociétés, peu de mentions sensibles
BOOK.add("""
Rudolf Keller-Favre
Administrateur de sociétés · Président de conseils d'administration
Route de Florissant 62, 1206 Genève · +41 22 346 71 05 · r.kellerfavre@bluewin.ch

68 ans. Marié, deux petits-enfants.

Mandats actuels
• Président du conseil d'administration, Helvetia Précision SA (horlogerie, 1 900 collaborateurs) — depuis 2015
• Administrateur et président du comité de rémunération, Banque du Léman SA
• Membre du conseil de fondation, Fondation suisse pour la recherche sur les maladies rares

Parcours exécutif
1998 – 2014  CEO, Favre Instruments SA, Le Locle : transformation d'une PME familiale en groupe de 1 200 personnes, rachat de deux concurrents allemands
1986 – 1998  McKinsey & Company, Zurich — associé dès 1994

Formation : ingénieur EPFZ (1981) ; MBA, IMD Lausanne (1986)
Armée : Colonel EMG (hors service)

Langues : allemand, français, anglais.
""",
    [(A, "68 ans"),
     (F, "Marié, deux petits-enfants")],
    ["Président du conseil d'administration, Helvetia Précision SA",
     "Administrateur et président du comité de rémunération, Banque du Léman SA",
     "Membre du conseil de fondation, Fondation suisse pour la recherche sur les maladies rares",
     "CEO, Favre Instruments SA",
     "transformation d'une PME familiale en groupe de 1 200 personnes",
     "associé dès 1994", "ingénieur EPFZ (1981)", "MBA, IMD Lausanne (1986)",
     "Colonel EMG (hors service)"],
    ["Rudolf Keller-Favre", "Route de Florissant 62, 1206 Genève", "+41 22 346 71 05",
     "r.kellerfavre@bluewin.ch"])

# 028 - Québec, PDG de CIUSSS
BOOK.add("""
Jean-François Kurtness
Président-directeur général — CIUSSS du Saguenay–Lac-Saint-Jean
Chicoutimi (Québec) · 418 555-0182 · jf.kurtness@outlook.com

Profil
Infirmier de formation, gestionnaire du réseau depuis 22 ans, PDG depuis 2020.

Réalisations
• A mené la fusion des dossiers cliniques des six anciens établissements de la région et la mise en place d'un guichet unique
• Ententes de services avec les communautés innues de Mashteuiatsh et d'Essipit
• Réduction de 40 % des heures supplémentaires obligatoires en soins infirmiers

Carrière
Directeur des soins infirmiers, CSSS de Chicoutimi (2009-2015)
Infirmier clinicien, Hôpital de Chicoutimi (1998-2005), membre de la FIQ à cette époque

Formation : B. Sc. inf. (UQAC) ; MBA (Université Laval) ; Fellow du Collège canadien des leaders en santé

Personnel
Je suis Innu de Mashteuiatsh par mon père. Mon conjoint Stéphane et moi vivons à Chicoutimi avec nos deux chiens. J'ai été traité pour un cancer de la prostate en 2021 et je suis en rémission.
""",
    [(U, "membre de la FIQ à cette époque"),
     (E, "Je suis Innu de Mashteuiatsh par mon père"),
     (S, "Mon conjoint Stéphane"),
     (H, "J'ai été traité pour un cancer de la prostate en 2021")],
    ["Président-directeur général — CIUSSS du Saguenay–Lac-Saint-Jean",
     "A mené la fusion des dossiers cliniques des six anciens établissements",
     "Ententes de services avec les communautés innues de Mashteuiatsh et d'Essipit",
     "Réduction de 40 % des heures supplémentaires obligatoires",
     "Directeur des soins infirmiers, CSSS de Chicoutimi",
     "Infirmier clinicien, Hôpital de Chicoutimi", "MBA (Université Laval)",
     "Fellow du Collège canadien des leaders en santé"],
    ["Jean-François Kurtness", "Chicoutimi (Québec)", "418 555-0182",
     "jf.kurtness@outlook.com"])

# 029 - France, associé d'un cabinet de conseil en défense
BOOK.add("""
Maxime Achard
Associé — Vauban Conseil, practice Défense & Sécurité
Paris 7e · 06 29 71 55 84 · maxime.achard@vauban-conseil.fr

42 ans. Ingénieur de l'armement (X2001), passé au conseil en 2012.

Expériences
Vauban Conseil — Associé (2018 – ), Directeur de projet (2012 – 2018)
 · A piloté l'acquisition d'un éditeur de biométrie (reconnaissance faciale et de l'iris) pour un groupe de défense : due diligence technologique et plan d'intégration
 · Revue stratégique des programmes de drones de la DGA pour le ministère des Armées
 · Réorganisation de la direction des achats d'un groupe hospitalier privé
DGA — Ingénieur de l'armement, programme Rafale F3R (2004 – 2012)

Formation : École polytechnique (X2001) ; ENSTA ; master Sécurité internationale, Sciences Po

Personnel
Marié à Antoine Reverdy, architecte, depuis 2016. Un test génétique réalisé à l'étranger en 2020 m'a appris que je suis porteur d'une mutation LRRK2 associée à la maladie de Parkinson ; je participe depuis à une cohorte de recherche. Catholique pratiquant, je marche chaque année au pèlerinage de Chartres.
""",
    [(A, "42 ans"),
     (S, "Marié à Antoine Reverdy, architecte, depuis 2016"),
     (G, "Un test génétique réalisé à l'étranger en 2020 m'a appris que je suis porteur d'une mutation LRRK2 associée à la maladie de Parkinson"),
     (R, "Catholique pratiquant, je marche chaque année au pèlerinage de Chartres")],
    ["Associé — Vauban Conseil, practice Défense & Sécurité",
     "A piloté l'acquisition d'un éditeur de biométrie (reconnaissance faciale et de l'iris) pour un groupe de défense",
     "Revue stratégique des programmes de drones de la DGA",
     "Réorganisation de la direction des achats d'un groupe hospitalier privé",
     "Ingénieur de l'armement, programme Rafale F3R", "École polytechnique (X2001)",
     "ENSTA", "master Sécurité internationale, Sciences Po"],
    ["Maxime Achard", "06 29 71 55 84", "maxime.achard@vauban-conseil.fr"])

# 030 - France, notice biographique, ancien député président de fondation
BOOK.add("""
GUÉRIN-LACOMBE (Philippe), homme politique et dirigeant de fondation. Né le 5 mai 1950 à Versailles. Marié, cinq enfants, douze petits-enfants.
Études : Institut d'études politiques de Paris ; École nationale d'administration (promotion André Malraux, 1977).
Carrière : Administrateur civil au ministère de l'Équipement (1977-1986) ; Maire de Montfort-l'Amaury (1989-2014) ; Député de la 10e circonscription des Yvelines (2002-2017), élu sous l'étiquette UMP puis LR ; Vice-président de la commission des finances de l'Assemblée nationale (2012-2017) ; Président de la Fondation pour le patrimoine rural (depuis 2018) : 312 chantiers de restauration soutenus, dont 140 églises rurales.
Condamné en 2019 par le tribunal correctionnel de Versailles à dix-huit mois d'emprisonnement avec sursis pour prise illégale d'intérêts ; inéligibilité de trois ans.
Œuvres : La France des clochers (2021).
Décorations : Chevalier de la Légion d'honneur.
Adresse : 8, rue de la Treille, 78490 Montfort-l'Amaury.
""",
    [(A, "Né le 5 mai 1950"),
     (F, "Marié, cinq enfants, douze petits-enfants"),
     (P, "élu sous l'étiquette UMP puis LR"),
     (C, "Condamné en 2019 par le tribunal correctionnel de Versailles à dix-huit mois d'emprisonnement avec sursis pour prise illégale d'intérêts ; inéligibilité de trois ans")],
    ["École nationale d'administration (promotion André Malraux, 1977)",
     "Administrateur civil au ministère de l'Équipement",
     "Maire de Montfort-l'Amaury (1989-2014)",
     "Député de la 10e circonscription des Yvelines (2002-2017)",
     "Vice-président de la commission des finances de l'Assemblée nationale",
     "Président de la Fondation pour le patrimoine rural", "dont 140 églises rurales",
     "La France des clochers", "Chevalier de la Légion d'honneur"],
    ["GUÉRIN-LACOMBE (Philippe)", "8, rue de la Treille, 78490 Montfort-l'Amaury"])
