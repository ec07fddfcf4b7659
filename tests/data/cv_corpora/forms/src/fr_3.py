# forms-fr-021 .. forms-fr-030 (textes littéraux écrits à la main)
CVS = []

# 021 Maroc — formulaire de candidature (fiche de renseignements)
CVS.append(dict(text="""
OFFICE CHÉRIFIEN DES PHOSPHATES — FICHE DE RENSEIGNEMENTS CANDIDAT
Poste : Technicienne supérieure en instrumentation — Jorf Lasfar (réf. OCP/JL/2024/77)

Nom et prénom : Bennani Salma
Adresse : Résidence Al Wifaq, Imm. 12, App. 7, El Jadida
Téléphone : 06 70 41 22 85 · E-mail : salma.bennani.instru@gmail.com
Date et lieu de naissance : 30/09/1994 à Safi
Situation familiale : mariée, un enfant

Formation
Diplôme de technicien spécialisé en électromécanique et instrumentation, OFPPT – ISTA Safi (2015)
Licence professionnelle en automatismes industriels, FST Settat (2017)

Expérience
2017 – aujourd'hui : Technicienne instrumentation, Jacobs Engineering (sous-traitant OCP), Jorf Lasfar — étalonnage de transmetteurs de pression et débit, boucles 4-20 mA, DCS Yokogawa.
2015 – 2017 : Agente de maintenance, Lafarge Holcim Maroc, Safi.

Questions complémentaires
Avez-vous déjà travaillé pour le groupe OCP ? Oui, en sous-traitance.
Avez-vous fait l'objet d'une condamnation judiciaire ? Oui – chèque sans provision en 2019 (amende, régularisé la même année).
Aptitude médicale / informations utiles : ma sœur et moi sommes porteuses de la bêta-thalassémie mineure, sans conséquence sur le travail posté.
Langues : arabe, français, anglais technique.
""",
s=[("A", "Date et lieu de naissance : 30/09/1994 à Safi"), ("F", "mariée, un enfant"),
   ("C", "Oui – chèque sans provision en 2019 (amende, régularisé la même année)"),
   ("G", "ma sœur et moi sommes porteuses de la bêta-thalassémie mineure")],
keep=["Technicienne supérieure en instrumentation", "Licence professionnelle en automatismes industriels, FST Settat",
      "étalonnage de transmetteurs de pression et débit, boucles 4-20 mA, DCS Yokogawa",
      "Agente de maintenance, Lafarge Holcim Maroc", "Avez-vous fait l'objet d'une condamnation judiciaire ?",
      "Avez-vous déjà travaillé pour le groupe OCP ? Oui, en sous-traitance."],
contact=["Bennani Salma", "Résidence Al Wifaq, Imm. 12, App. 7, El Jadida", "06 70 41 22 85",
         "salma.bennani.instru@gmail.com"]))

# 022 Sénégal — CV suivi d'une lettre de recommandation
CVS.append(dict(text="""
Augustin Diouf Faye
Logisticien humanitaire · Ziguinchor · +221 76 318 22 41 · augustin.faye@gmail.com

Expériences
2019 – 2024 : Responsable logistique, Médecins Sans Frontières (OCB), projet paludisme Kolda — parc de 14 véhicules, chaîne du froid, entrepôt de 600 m².
2015 – 2019 : Logisticien, Programme alimentaire mondial, Ziguinchor — distributions en Casamance.
2012 – 2015 : Magasinier, Croix-Rouge sénégalaise.
Formation : Licence en logistique et transport, ISM Dakar (2012) ; formation Bioforce « Logisticien de la solidarité internationale » (2014).

Lettre de recommandation (extrait)

« Je soussigné, Dr Ousmane Badji, coordinateur médical de MSF à Kolda, recommande vivement M. Augustin Faye. Je l'ai vu tenir la logistique du projet pendant la saison des pluies de 2021, quelques semaines à peine après le décès de son épouse, en élevant seul leurs trois enfants. Je sais aussi qu'il est drépanocytaire SS et qu'il a fait deux crises pendant la mission ; il ne l'a jamais utilisé comme excuse. Sérère de Fatick, catholique fervent, il a su gagner la confiance des chefs de village comme des imams. Je le recommande sans réserve. »
Dr Ousmane Badji, +221 77 620 14 08
""",
s=[("F", "quelques semaines à peine après le décès de son épouse, en élevant seul leurs trois enfants"),
   ("G", "il est drépanocytaire SS"), ("H", "il a fait deux crises pendant la mission"),
   ("E", "Sérère de Fatick"), ("R", "catholique fervent")],
keep=["Responsable logistique, Médecins Sans Frontières (OCB)", "parc de 14 véhicules, chaîne du froid",
      "Logisticien, Programme alimentaire mondial", "Magasinier, Croix-Rouge sénégalaise",
      "Licence en logistique et transport, ISM Dakar", "Logisticien de la solidarité internationale",
      "gagner la confiance des chefs de village comme des imams"],
contact=["Augustin Diouf Faye", "M. Augustin Faye", "+221 76 318 22 41", "augustin.faye@gmail.com",
         "Dr Ousmane Badji", "+221 77 620 14 08"]))

# 023 France — notes d'un cabinet de chasse de têtes
CVS.append(dict(text="""
Cabinet Grant Alexander — Note de synthèse candidat (confidentielle)
Mission : Directeur général des services, Ville de Reims
Consultant : Arnaud de Lestrange

Candidat : Philippe Maréchal-Drouot
Tél. : 06 32 58 07 14 · p.marechal.drouot@wanadoo.fr · Châlons-en-Champagne

Parcours
2015 – 2024 : DGS, Communauté d'agglomération de Châlons-en-Champagne (80 000 habitants, 1 100 agents)
2007 – 2015 : DGA ressources, Conseil départemental de la Marne
1992 – 2007 : Attaché puis directeur des finances, Ville d'Épernay
Formation : Sciences Po Lille ; INET (administrateur territorial, promotion 1992).

Points forts : finances locales, pilotage de la fusion d'intercommunalités, dialogue social apaisé.

Éléments recueillis en entretien (ne pas communiquer à l'élu)
58 ans, vit avec son compagnon, médecin à Reims, ce qui motive le rapprochement. Ancien conseiller municipal LR à Épernay (2001-2008) avant de devenir fonctionnaire à temps plein ; affirme ne plus avoir d'engagement partisan. Ancien délégué CFDT Interco quand il était attaché, ce qui explique sa bonne relation avec les syndicats. Opéré d'un triple pontage en 2021, reprise complète. Prétentions : emploi fonctionnel, NBI, véhicule.
""",
s=[("A", "58 ans"), ("O", "vit avec son compagnon"), ("P", "Ancien conseiller municipal LR à Épernay (2001-2008)"),
   ("U", "Ancien délégué CFDT Interco quand il était attaché"), ("H", "Opéré d'un triple pontage en 2021")],
keep=["Directeur général des services, Ville de Reims", "DGA ressources, Conseil départemental de la Marne",
      "directeur des finances, Ville d'Épernay", "INET (administrateur territorial, promotion 1992)",
      "pilotage de la fusion d'intercommunalités", "dialogue social apaisé", "Sciences Po Lille"],
contact=["Arnaud de Lestrange", "Philippe Maréchal-Drouot", "06 32 58 07 14", "p.marechal.drouot@wanadoo.fr",
         "Châlons-en-Champagne"]))

# 024 Belgique — CV universitaire, science politique
CVS.append(dict(text="""
Dr Grâce Mbuyi-Vandenberghe
Chargée de cours, Département de science politique, Université de Liège
g.mbuyi@uliege.be · +32 4 366 30 81 · orcid.org/0000-0001-8852-6130

Formation
Doctorat en sciences politiques et sociales, ULB (2016) : « La banalisation de l'extrême droite en Flandre : le Vlaams Belang et les médias, 1991-2014 »
Master en sciences politiques, UCLouvain (2010)

Carrière
2019 – : Chargée de cours, ULiège (CEDEM — Centre d'études de l'ethnicité et des migrations)
2016 – 2019 : Chargée de recherches FNRS, ULB (CEVIPOL)

Projets
FNRS-PDR « Partis populistes et électeurs d'origine immigrée en Belgique » (promotrice, 2021-2025)
BELSPO BRAIN « Le vote des musulmans belges, 2003-2024 »

Publications
Mbuyi-Vandenberghe G. (2022). Les églises de réveil congolaises à Bruxelles, entre religion et politique. Presses universitaires de Louvain.
Mbuyi-Vandenberghe G., Delwit P. (2019). « Le PTB, un parti comme les autres ? », Courrier hebdomadaire du CRISP.

Divers (tel que demandé par le jury)
Née à Kinshasa, arrivée en Belgique à six ans avec ma mère, naturalisée belge en 2003.
Issue d'une famille kimbanguiste, je ne pratique plus aujourd'hui.
Membre du PTB depuis 2014, je n'exerce aucun mandat.
Condamnée en 2022 à une peine de travail de 40 heures pour l'action de désobéissance civile Code Rouge à Zeebrugge.
Je vis à Liège avec ma compagne, Sarah.
""",
s=[("E", "Née à Kinshasa, arrivée en Belgique à six ans avec ma mère, naturalisée belge en 2003"),
   ("R", "Issue d'une famille kimbanguiste, je ne pratique plus aujourd'hui"),
   ("P", "Membre du PTB depuis 2014"),
   ("C", "Condamnée en 2022 à une peine de travail de 40 heures pour l'action de désobéissance civile Code Rouge à Zeebrugge"),
   ("O", "ma compagne, Sarah")],
keep=["Chargée de cours, Département de science politique, Université de Liège",
      "La banalisation de l'extrême droite en Flandre : le Vlaams Belang et les médias, 1991-2014",
      "Partis populistes et électeurs d'origine immigrée en Belgique", "Le vote des musulmans belges, 2003-2024",
      "Les églises de réveil congolaises à Bruxelles, entre religion et politique",
      "Le PTB, un parti comme les autres ?", "Chargée de recherches FNRS"],
contact=["Dr Grâce Mbuyi-Vandenberghe", "Mbuyi-Vandenberghe G.", "Delwit P.", "g.mbuyi@uliege.be", "+32 4 366 30 81",
         "orcid.org/0000-0001-8852-6130"]))

# 025 Suisse — formulaire de candidature d'une administration cantonale
CVS.append(dict(text="""
État de Vaud — Formulaire de candidature (recopié dans le CV)
Poste : Agent d'exploitation, Direction générale de la mobilité et des routes, centre d'entretien de Bursins

Nom : Krasniqi          Prénom : Arben
Adresse : Route de Saint-Cergue 45, 1260 Nyon
Téléphone : 076 321 58 94      Courriel : arben.krasniqi@sunrise.ch
Date de naissance : 07.01.1979
Nationalité : kosovare, permis C depuis 2004
État civil : marié, trois enfants
Confession (pour l'impôt ecclésiastique) : musulmane

Expérience
2012 – 2024 : Chauffeur poids lourds et machiniste, Implenia Suisse, Nyon — service hivernal autoroute A1, déneigement, entretien des abords.
2005 – 2012 : Aide-maçon puis machiniste, Orllati, Bioley-Orjulaz.
Formation : permis C/CE, permis de cariste, attestation de conducteur de pelle rétro (SUVA), cours de signalisation de chantier (VSS).

Extrait du casier judiciaire : une inscription – excès de vitesse grave (LCR), 2019, peine pécuniaire avec sursis.
Disponibilité pour le service de piquet hivernal : oui.
""",
s=[("A", "Date de naissance : 07.01.1979"), ("E", "Nationalité : kosovare, permis C depuis 2004"),
   ("F", "marié, trois enfants"), ("R", "Confession (pour l'impôt ecclésiastique) : musulmane"),
   ("C", "une inscription – excès de vitesse grave (LCR), 2019, peine pécuniaire avec sursis")],
keep=["Agent d'exploitation, Direction générale de la mobilité et des routes",
      "Chauffeur poids lourds et machiniste, Implenia Suisse", "service hivernal autoroute A1",
      "Aide-maçon puis machiniste, Orllati", "permis C/CE, permis de cariste",
      "cours de signalisation de chantier (VSS)", "Disponibilité pour le service de piquet hivernal : oui."],
contact=["Krasniqi", "Arben", "Route de Saint-Cergue 45, 1260 Nyon", "076 321 58 94", "arben.krasniqi@sunrise.ch"]))

# 026 Québec — notes de chasseur de têtes sur un candidat
CVS.append(dict(text="""
Fiche de présentation — Directeur des ventes, Québec et Maritimes (client : Saputo)
Cabinet : Raymond Chabot Ressources humaines · Conseillère : Isabelle Lachance

Candidat : Sébastien Thibodeau
Lévis (Québec) G6V · 418 555-0189 · sebthibodeau@icloud.com

Parcours
2017 – 2024  Directeur régional des ventes, Agropur — bannières Sobeys/IGA et Metro, volume de 280 M$, équipe de 22 représentants.
2010 – 2017  Directeur de comptes nationaux, Lassonde.
2004 – 2010  Représentant, Danone Canada.
Formation : B.A.A. marketing, Université Laval ; certification Category Management (CMA).

Notes d'entrevue — usage interne seulement
47 ans, très bon vendeur, charismatique. Gai, en couple depuis longtemps avec un enseignant de Lévis. Ancien militant du Bloc québécois, a été organisateur de comté en 2011. M'a dit lui-même avoir un trouble bipolaire bien stabilisé, suivi au CHU de Québec. Il a un dossier criminel pour voies de fait (bagarre en 2002) et n'a jamais demandé de suspension ; à vérifier avec le client. Était délégué syndical des Teamsters chez Danone au début de sa carrière. Salaire visé : 175 000 $ + boni.
""",
s=[("A", "47 ans"), ("O", "Gai, en couple depuis longtemps avec un enseignant de Lévis"),
   ("P", "Ancien militant du Bloc québécois, a été organisateur de comté en 2011"),
   ("H", "avoir un trouble bipolaire bien stabilisé, suivi au CHU de Québec"),
   ("C", "un dossier criminel pour voies de fait (bagarre en 2002)"),
   ("U", "Était délégué syndical des Teamsters chez Danone")],
keep=["Directeur des ventes, Québec et Maritimes", "Directeur régional des ventes, Agropur",
      "bannières Sobeys/IGA et Metro, volume de 280 M$", "Directeur de comptes nationaux, Lassonde",
      "B.A.A. marketing, Université Laval", "certification Category Management (CMA)"],
contact=["Isabelle Lachance", "Sébastien Thibodeau", "Lévis (Québec) G6V", "418 555-0189", "sebthibodeau@icloud.com"]))

# 027 France — biographie de dirigeante, troisième personne
CVS.append(dict(text="""
Portrait — Prix de l'entrepreneuse de l'année, Région Auvergne-Rhône-Alpes

Linh Nguyen-Berthier, fondatrice et présidente de Sensorik

Linh Nguyen-Berthier a fondé Sensorik à Grenoble en 2014, après dix ans chez STMicroelectronics comme ingénieure de conception de capteurs MEMS. L'entreprise, issue du CEA-Leti, conçoit des capteurs de qualité de l'air pour le bâtiment et emploie aujourd'hui 85 personnes ; elle a levé 18 millions d'euros en 2022 auprès de Bpifrance et de Supernova Invest.

Ingénieure diplômée de Grenoble INP – Phelma, elle est administratrice de Minalogic et a présidé le jury du concours i-Nov en 2023.

Fille de réfugiés vietnamiens arrivés à Grenoble en 1979, elle parle volontiers de la boutique de tissus de ses parents. Un test ADN généalogique, fait en 2020 par curiosité, lui a révélé une part d'ascendance chinoise insoupçonnée, dont elle a fait une conférence TEDx.

Bouddhiste pratiquante, elle fait chaque année une retraite au village des Pruniers, en Dordogne. Mère de deux adolescentes, elle a été candidate sur la liste de la Nupes aux municipales de 2020 dans le 3e secteur de Grenoble.

Contact presse : presse@sensorik.fr
""",
s=[("E", "Fille de réfugiés vietnamiens arrivés à Grenoble en 1979"),
   ("G", "Un test ADN généalogique, fait en 2020 par curiosité, lui a révélé une part d'ascendance chinoise insoupçonnée"),
   ("R", "Bouddhiste pratiquante"), ("F", "Mère de deux adolescentes"),
   ("P", "elle a été candidate sur la liste de la Nupes aux municipales de 2020")],
keep=["fondatrice et présidente de Sensorik", "ingénieure de conception de capteurs MEMS",
      "capteurs de qualité de l'air pour le bâtiment", "Grenoble INP – Phelma", "administratrice de Minalogic",
      "présidé le jury du concours i-Nov en 2023", "STMicroelectronics"],
contact=["Linh Nguyen-Berthier", "presse@sensorik.fr"]))

# 028 France — « CV anonyme » qui laisse fuir des informations
CVS.append(dict(text="""
CANDIDATURE ANONYMISÉE — Réf. SNCF Réseau TGV-2024-883
Poste : Technicien de maintenance caténaires, Infrapôle Rhodanien

Informations générales
Homme, 34 ans, permis B, habilitation électrique H0B0.

Compétences
Maintenance des installations caténaires 1,5 kV et 25 kV, consignations, travail en hauteur (nacelle rail-route), lecture de plans, relevés au DIAG-CAT.

Expérience
Depuis 2016 : Technicien caténaires, Infrapôle Lorraine (Metz) — astreintes de nuit, remplacement de fils de contact, interventions après incidents.
2012 – 2016 : Électricien, Eiffage Énergie Systèmes.
Formation : Bac pro MELEC (2011) ; formation interne SNCF « Caténaires – niveau 2 ».

Engagements
Délégué syndical SUD-Rail à l'Infrapôle Lorraine depuis 2019.
Imam bénévole le vendredi à la mosquée de Borny.

Informations demandées par le formulaire
Casier judiciaire : une mention au bulletin n° 2 (dégradation de biens, 2013).
Aménagement de poste : non.
Mobilité : accepte une mutation sur Lyon.
""",
s=[("A", "34 ans"), ("U", "Délégué syndical SUD-Rail à l'Infrapôle Lorraine depuis 2019"),
   ("R", "Imam bénévole le vendredi à la mosquée de Borny"),
   ("C", "une mention au bulletin n° 2 (dégradation de biens, 2013)")],
keep=["Technicien de maintenance caténaires", "Maintenance des installations caténaires 1,5 kV et 25 kV",
      "Technicien caténaires, Infrapôle Lorraine", "Électricien, Eiffage Énergie Systèmes", "Bac pro MELEC",
      "habilitation électrique H0B0", "Aménagement de poste : non."],
contact=[]))

# 029 Maroc — biographie de dirigeante, troisième personne
CVS.append(dict(text="""
Nos dirigeants — Bank of Africa, Rapport annuel

Mme Tafraout Aït Lahcen-Chraïbi
Directrice générale adjointe, Pôle Transformation et Digital

Tafraout Aït Lahcen-Chraïbi a rejoint Bank of Africa en 2011 comme responsable des systèmes d'information de la banque de détail. Elle y a conduit la refonte du core banking (Temenos T24) et le lancement de l'application Dabapay, qui compte aujourd'hui deux millions d'utilisateurs. Auparavant, elle a passé huit ans chez Capgemini Paris comme consultante en architecture bancaire.

Ingénieure diplômée de l'École Mohammadia d'ingénieurs (1999) et de Télécom Paris (2001), elle est membre du conseil d'administration de l'Association marocaine des femmes chefs d'entreprises.

Née en 1976 à Tiznit, Amazighe du Souss, elle milite pour l'enseignement du tamazight dans les écoles de la région. Elle est atteinte d'une surdité héréditaire liée au gène GJB2, comme son fils, et porte des implants cochléaires depuis 2008 ; elle a fait de l'accessibilité numérique une priorité de ses équipes.

Elle est mariée et mère de deux enfants.
""",
s=[("A", "Née en 1976"), ("E", "Amazighe du Souss"),
   ("G", "Elle est atteinte d'une surdité héréditaire liée au gène GJB2, comme son fils"),
   ("H", "porte des implants cochléaires depuis 2008"), ("F", "Elle est mariée et mère de deux enfants")],
keep=["Directrice générale adjointe, Pôle Transformation et Digital",
      "responsable des systèmes d'information de la banque de détail", "refonte du core banking (Temenos T24)",
      "lancement de l'application Dabapay", "consultante en architecture bancaire",
      "École Mohammadia d'ingénieurs", "a fait de l'accessibilité numérique une priorité de ses équipes"],
contact=["Mme Tafraout Aït Lahcen-Chraïbi", "Tafraout Aït Lahcen-Chraïbi"]))

# 030 Sénégal — CV universitaire, santé publique
CVS.append(dict(text="""
CURRICULUM VITAE — Dr Fatou Bintou Sagna
Maître de conférences titulaire, Institut de santé et développement (ISED), Université Cheikh Anta Diop de Dakar
fbsagna@ucad.edu.sn · +221 33 824 98 75

Diplômes
Doctorat en santé publique, UCAD (2012) · Master en épidémiologie, Université de Bordeaux (2008)

Recherche
Coordinatrice de l'étude ANRS 12394 « Dépistage du VIH chez les hommes ayant des rapports sexuels avec des hommes à Dakar et Mbour » (2018-2022).
Investigatrice principale, Fonds mondial : « Observance des antirétroviraux chez les femmes enceintes en Casamance » (2020-2023).
Experte auprès du Conseil national de lutte contre le sida (CNLS) pour le plan stratégique 2023-2027.

Publications choisies
Sagna FB, et al. Stigmatisation des personnes vivant avec le VIH dans les structures confessionnelles de santé au Sénégal. Santé publique, 2021.
Sagna FB, Diop K. Leaders religieux et prévention du VIH : l'expérience des dahiras. Cahiers d'études africaines, 2019.

Encadrement
Sept thèses de doctorat en santé publique encadrées.

Engagements
Secrétaire générale adjointe de la section UCAD du SAES (Syndicat autonome de l'enseignement supérieur) depuis 2019.

Note (dossier CAMES)
Diola de Ziguinchor, catholique, je vis avec le VIH depuis 2005 ; c'est ce qui a orienté toute ma carrière de chercheuse.
""",
s=[("U", "Secrétaire générale adjointe de la section UCAD du SAES (Syndicat autonome de l'enseignement supérieur) depuis 2019"),
   ("E", "Diola de Ziguinchor"), ("R", "catholique"), ("H", "je vis avec le VIH depuis 2005")],
keep=["Maître de conférences titulaire", "Dépistage du VIH chez les hommes ayant des rapports sexuels avec des hommes à Dakar et Mbour",
      "Observance des antirétroviraux chez les femmes enceintes en Casamance",
      "Experte auprès du Conseil national de lutte contre le sida (CNLS)",
      "Stigmatisation des personnes vivant avec le VIH dans les structures confessionnelles de santé au Sénégal",
      "Leaders religieux et prévention du VIH : l'expérience des dahiras",
      "Doctorat en santé publique, UCAD"],
contact=["Dr Fatou Bintou Sagna", "fbsagna@ucad.edu.sn", "+221 33 824 98 75", "Sagna FB", "Diop K"]))
