CVS = [
dict(id="office-fr-001", text="""
[Photo d'identité]

Sandrine FAVRE-BONNET
Comptable unique / Comptable générale
14 rue Dedieu, 69100 Villeurbanne
06 71 24 83 09 – sandrine.favre.bonnet@orange.fr

Née le 12/05/1986 à Villeurbanne
Mariée, 2 enfants
Permis B, véhiculée

PROFIL
Comptable autonome depuis douze ans, de la saisie au bilan. J'aime les PME où l'on touche à tout : trésorerie, paie, relations avec l'expert-comptable et le commissaire aux comptes.

EXPÉRIENCES PROFESSIONNELLES

Depuis 2018 — Comptable unique, Transports Giraud & Fils, Vénissieux
• Tenue complète de la comptabilité (CA 14 M€, 85 salariés) jusqu'au bilan
• Préparation de la paie et des déclarations DSN sous Silae
• Relances clients : DSO ramené de 68 à 49 jours

2013 – 2018 — Aide-comptable, Association diocésaine de Lyon
• Tenue de la comptabilité des paroisses et du denier de l'Église
• Rapprochements bancaires et suivi des legs et donations

2010 – 2013 — Assistante comptable, Cabinet Fiducial, Lyon Part-Dieu

FORMATION
2012 : DCG (Diplôme de comptabilité et de gestion)
2008 : BTS Comptabilité et gestion des organisations, lycée La Martinière Duchère

COMPÉTENCES
Sage 100 Comptabilité, Cegid, Silae, Excel (TCD, RECHERCHEV)

CENTRES D'INTÉRÊT
Chorale paroissiale de Saint-Pothin (alto), randonnée dans le Vercors, couture.
""",
sensitive=[
    ("date_of_birth_age", "Née le 12/05/1986 à Villeurbanne"),
    ("family_status", "Mariée, 2 enfants"),
    ("religious_belief", "Chorale paroissiale de Saint-Pothin (alto)"),
],
keep=["Comptable unique / Comptable générale", "Transports Giraud & Fils", "Préparation de la paie et des déclarations DSN sous Silae",
      "Association diocésaine de Lyon", "Tenue de la comptabilité des paroisses et du denier de l'Église",
      "DCG (Diplôme de comptabilité et de gestion)", "Sage 100 Comptabilité"],
contact=["Sandrine FAVRE-BONNET", "14 rue Dedieu, 69100 Villeurbanne", "06 71 24 83 09", "sandrine.favre.bonnet@orange.fr"],
),

dict(id="office-fr-002", text="""
CAMILLE VERHAEGEN
Account manager B2B – secteur public et santé
Avenue Brugmann 212, 1180 Uccle · +32 478 55 21 90 · camille.verhaegen@skynet.be

Informations personnelles : née en 1990 · cohabitante légale avec Sarah · permis B

PROFIL
Commerciale de terrain depuis neuf ans, je vends des solutions d'impression et de gestion documentaire aux administrations, CPAS et hôpitaux bruxellois et wallons. Bilingue FR/NL, à l'aise dans les marchés publics.

EXPÉRIENCE

2019 – aujourd'hui : Account Manager, Canon Belgium, Diegem
– Portefeuille de 70 comptes publics (communes, CPAS, zones de police)
– Remporté le marché-cadre des Cliniques universitaires Saint-Luc (1,2 M€ sur 4 ans)
– 118 % de l'objectif en 2024
– Déléguée syndicale CNE (CSC) au conseil d'entreprise depuis 2022

2016 – 2019 : Inside Sales, Xerox Belgium
– Prospection téléphonique PME, 40 appels par jour

FORMATION
Master en sciences commerciales, ICHEC Brussels Management School (2014)
Formation « Marchés publics pour fournisseurs », Infopol (2020)

LANGUES
Français (langue maternelle), néerlandais (C1), anglais (B2)

LOISIRS
Padel, brocantes, et les dimanches à la Pride de Bruxelles que nous fêtons chaque année en famille.
""",
sensitive=[
    ("date_of_birth_age", "née en 1990"),
    ("sexual_orientation", "cohabitante légale avec Sarah"),
    ("trade_union", "Déléguée syndicale CNE (CSC) au conseil d'entreprise depuis 2022"),
    ("sexual_orientation", "les dimanches à la Pride de Bruxelles que nous fêtons chaque année en famille"),
],
keep=["Account manager B2B – secteur public et santé", "Account Manager, Canon Belgium, Diegem", "Portefeuille de 70 comptes publics (communes, CPAS, zones de police)",
      "Remporté le marché-cadre des Cliniques universitaires Saint-Luc (1,2 M€ sur 4 ans)", "Xerox Belgium",
      "Master en sciences commerciales, ICHEC Brussels Management School (2014)"],
contact=["CAMILLE VERHAEGEN", "Avenue Brugmann 212, 1180 Uccle", "+32 478 55 21 90", "camille.verhaegen@skynet.be"],
),

dict(id="office-fr-003", text="""
Curriculum vitae

Maria da Conceição PEREIRA
Assistante de direction bilingue
Chemin des Palettes 18, 1212 Grand-Lancy (GE)
079 612 44 87 · mc.pereira@bluewin.ch

Date de naissance : 3 mars 1979
Nationalité : portugaise, permis C
État civil : divorcée, un fils (17 ans)

Profil
Assistante de direction avec plus de vingt ans d'expérience dans le négoce et la banque privée à Genève. Organisation, discrétion et sens du service. En 2019, j'ai été arrêtée huit mois pour un burn-out ; je suis revenue à 100 % et j'ai appris à mieux prioriser.

Expérience professionnelle

2014 – aujourd'hui  Assistante de direction, Lombard Odier & Cie, Bellevue
– Gestion des agendas et déplacements de trois associés
– Préparation des comités de crédit et des procès-verbaux
– Organisation d'événements clients (jusqu'à 250 invités)

2006 – 2014  Assistante commerciale, Trafigura, Genève
– Suivi des contrats de fret et des lettres de crédit

2001 – 2006  Réceptionniste, Hôtel Métropole Genève

Formation
Brevet fédéral d'assistante de direction (2009)
CFC d'employée de commerce (2001)

Langues
Portugais (maternelle), français (courant), anglais (C1), espagnol (B2)

Informatique
Microsoft 365, SAP (module SD), Abacus

Références sur demande.
""",
sensitive=[
    ("date_of_birth_age", "Date de naissance : 3 mars 1979"),
    ("ethnic_origin", "Nationalité : portugaise, permis C"),
    ("family_status", "État civil : divorcée, un fils (17 ans)"),
    ("health", "En 2019, j'ai été arrêtée huit mois pour un burn-out"),
],
keep=["Assistante de direction bilingue", "Lombard Odier & Cie", "Préparation des comités de crédit et des procès-verbaux",
      "Trafigura", "Suivi des contrats de fret et des lettres de crédit", "Brevet fédéral d'assistante de direction (2009)",
      "CFC d'employée de commerce (2001)"],
contact=["Maria da Conceição PEREIRA", "Chemin des Palettes 18, 1212 Grand-Lancy (GE)", "079 612 44 87", "mc.pereira@bluewin.ch"],
),

dict(id="office-fr-004", text="""
JÉRÔME BOUCHARD-LAVOIE
Souscripteur principal – assurance collective
Sherbrooke (Québec) · 819 555-0174 · jerome.bouchard.lavoie@videotron.ca

SOMMAIRE
Souscripteur en assurance collective depuis dix ans. J'analyse les groupes de 50 à 3 000 adhérents, je négocie avec les conseillers et je vulgarise les risques pour les clients. 36 ans, bilingue, prêt pour un poste de chef d'équipe.

EXPÉRIENCE
Beneva (anciennement SSQ Assurance), Québec — Souscripteur principal, 2019 à aujourd'hui
• Souscription de risques médicaux pour l'invalidité de longue durée, incluant les antécédents psychiatriques et oncologiques
• Renouvellement de 180 groupes par année ; taux de rétention de 94 %
• Tarification des régimes pour des syndicats d'enseignants et des communautés religieuses

La Capitale — Analyste en souscription, 2015 à 2019

FORMATION
Baccalauréat en actuariat (cheminement non complété) puis B.A.A. finance, Université de Sherbrooke (2014)
Certificat en assurance collective, AMF / CSF (2016)
Fellow, Institut d'assurance du Canada (FPAA), 2021

BÉNÉVOLAT ET INTÉRÊTS
Trésorier de l'association Québec solidaire de Sherbrooke depuis 2020
Généalogie : mon test d'ADN Ancestry m'a fait découvrir une arrière-grand-mère abénakise ; j'apprends maintenant l'histoire d'Odanak
Hockey cosom le mardi
""",
sensitive=[
    ("date_of_birth_age", "36 ans"),
    ("political_opinion", "Trésorier de l'association Québec solidaire de Sherbrooke depuis 2020"),
    ("genetic_biometric", "mon test d'ADN Ancestry m'a fait découvrir une arrière-grand-mère abénakise"),
],
keep=["Souscripteur principal – assurance collective", "Beneva (anciennement SSQ Assurance), Québec — Souscripteur principal",
      "Souscription de risques médicaux pour l'invalidité de longue durée, incluant les antécédents psychiatriques et oncologiques",
      "Tarification des régimes pour des syndicats d'enseignants et des communautés religieuses", "La Capitale — Analyste en souscription",
      "Certificat en assurance collective, AMF / CSF (2016)", "Fellow, Institut d'assurance du Canada (FPAA), 2021"],
contact=["JÉRÔME BOUCHARD-LAVOIE", "Sherbrooke (Québec)", "819 555-0174", "jerome.bouchard.lavoie@videotron.ca"],
),

dict(id="office-fr-005", text="""
Julien MARCHAL
Gestionnaire back-office titres – banque privée
12, rue des Romains, 57100 Thionville (France) — +33 6 45 12 78 30 — julien.marchal.bo@gmail.com

Détails : 35 ans · nationalité française, frontalier depuis 2014 · pacsé avec Antoine · permis B

PROFIL
Onze ans de back-office titres et fonds à Luxembourg : règlement-livraison, opérations sur titres, réconciliations. Rigoureux, à l'aise avec les cut-offs et les audits CSSF.

EXPÉRIENCE

BGL BNP Paribas, Luxembourg-Kirchberg — Gestionnaire back-office OST (depuis 2018)
• Traitement de 300 opérations sur titres par mois (dividendes, splits, OPA)
• Réconciliations Clearstream / Euroclear, taux d'anomalie < 0,3 %
• Référent KYC pour la migration Temenos en 2023

RBC Investor Services Bank S.A., Esch-sur-Alzette — Agent de transfert (2014 – 2018)
• Souscriptions / rachats de fonds UCITS, contrôles AML

FORMATION
Master Banque-Finance, Université de Lorraine (Metz), 2014
Certification AMF (2016) ; formation ALFI « Fund administration » (2019)

ENGAGEMENTS
Membre de l'OGBL, section secteur financier.
Bénévole à la Croix-Rouge luxembourgeoise (banque alimentaire).

LANGUES
Français, anglais (C1), allemand (B2), luxembourgeois (A2)
""",
sensitive=[
    ("date_of_birth_age", "35 ans"),
    ("ethnic_origin", "nationalité française, frontalier depuis 2014"),
    ("sexual_orientation", "pacsé avec Antoine"),
    ("trade_union", "Membre de l'OGBL, section secteur financier."),
],
keep=["Gestionnaire back-office titres – banque privée", "BGL BNP Paribas, Luxembourg-Kirchberg — Gestionnaire back-office OST",
      "Réconciliations Clearstream / Euroclear, taux d'anomalie < 0,3 %", "Référent KYC pour la migration Temenos en 2023",
      "RBC Investor Services Bank S.A.", "Master Banque-Finance, Université de Lorraine (Metz), 2014"],
contact=["Julien MARCHAL", "12, rue des Romains, 57100 Thionville (France)", "+33 6 45 12 78 30", "julien.marchal.bo@gmail.com"],
),

dict(id="office-fr-006", text="""
SALMA BENJELLOUN
Chargée de clientèle Particuliers et Professionnels
Résidence Al Yassamine, Bd Ghandi, Casablanca · 06 61 42 87 15 · salma.benjelloun.cc@gmail.com

ÉTAT CIVIL
Née le 14 février 1994 à Fès — Célibataire — Marocaine

PROFIL
Chargée de clientèle depuis six ans, spécialisée dans les produits de financement participatif et les crédits immobiliers. Sens commercial, conformité et suivi rigoureux du portefeuille.

EXPÉRIENCE PROFESSIONNELLE
Depuis 2021 : Chargée de clientèle, Umnia Bank (filiale participative du CIH), agence Maârif
– Commercialisation de Mourabaha immobilière et de comptes d'investissement participatifs
– Portefeuille de 900 clients, encours de 160 MDH
– Meilleure agence régionale en 2023 pour la production Mourabaha

2019 – 2021 : Conseillère clientèle, Attijariwafa bank, agence Anfa
– Ouverture de comptes, crédits à la consommation, bancassurance

FORMATION
Master en Finance islamique, Université Hassan II – FSJES Aïn Chock (2019)
Licence en Économie et Gestion, Université Sidi Mohamed Ben Abdellah, Fès (2017)
Certification AAOIFI – Certified Shari'a Adviser and Auditor (CSAA), 2022

LANGUES
Arabe, français, anglais ; notions d'espagnol

ACTIVITÉS ASSOCIATIVES
Chaque Ramadan, j'organise les ftours collectifs de l'association Al Amal pour les familles de Hay Mohammadi et j'y anime la lecture du Coran pour les enfants.
Membre du bureau de la section jeunes de la FGD (Fédération de la gauche démocratique) à Casablanca.
""",
sensitive=[
    ("date_of_birth_age", "Née le 14 février 1994 à Fès"),
    ("family_status", "Célibataire"),
    ("ethnic_origin", "Marocaine"),
    ("religious_belief", "Chaque Ramadan, j'organise les ftours collectifs de l'association Al Amal pour les familles de Hay Mohammadi et j'y anime la lecture du Coran pour les enfants."),
    ("political_opinion", "Membre du bureau de la section jeunes de la FGD (Fédération de la gauche démocratique) à Casablanca."),
],
keep=["Chargée de clientèle Particuliers et Professionnels", "Chargée de clientèle, Umnia Bank (filiale participative du CIH), agence Maârif",
      "Commercialisation de Mourabaha immobilière et de comptes d'investissement participatifs", "Attijariwafa bank",
      "Master en Finance islamique, Université Hassan II – FSJES Aïn Chock (2019)",
      "Certification AAOIFI – Certified Shari'a Adviser and Auditor (CSAA), 2022"],
contact=["SALMA BENJELLOUN", "Résidence Al Yassamine, Bd Ghandi, Casablanca", "06 61 42 87 15", "salma.benjelloun.cc@gmail.com"],
),

dict(id="office-fr-007", text="""
CURRICULUM VITAE

Nom et prénom : Mohamed Amine TRABELSI
Date et lieu de naissance : 02/09/1988 à Sfax
Situation familiale : Marié, 3 enfants
Adresse : Route de Tunis km 4, 3027 Sfax
Tél. : +216 98 412 377
E-mail : amine.trabelsi.compta@gmail.com

OBJECTIF
Comptable confirmé (10 ans) recherchant un poste de chef comptable dans une entreprise industrielle exportatrice.

EXPÉRIENCES PROFESSIONNELLES
2017 – à ce jour : Comptable principal, Huilerie Zitouna SA, Sfax
 - Tenue de la comptabilité générale et analytique, clôtures mensuelles
 - Déclarations fiscales (TVA, IS, retenues à la source) et déclarations CNSS
 - Suivi des dossiers de remboursement de crédit de TVA export
 - Retenue et reversement des cotisations syndicales de 140 ouvriers au profit de l'UGTT

2014 – 2017 : Comptable, Cabinet d'expertise comptable Ben Salah, Sfax
 - Portefeuille de 35 clients (PME, professions libérales)

FORMATION
2014 : Maîtrise en sciences comptables, FSEG Sfax
2020 : Certificat en normes IFRS, Ordre des experts comptables de Tunisie (formation continue)

INFORMATIQUE
Sage Saari, SAP Business One, Excel avancé

LANGUES
Arabe, français, anglais (intermédiaire)

DIVERS
Membre du syndicat de base UGTT de l'huilerie depuis 2018 et secrétaire adjoint depuis 2022.
Lecture, football.
""",
sensitive=[
    ("date_of_birth_age", "Date et lieu de naissance : 02/09/1988 à Sfax"),
    ("family_status", "Situation familiale : Marié, 3 enfants"),
    ("trade_union", "Membre du syndicat de base UGTT de l'huilerie depuis 2018 et secrétaire adjoint depuis 2022."),
],
keep=["Comptable principal, Huilerie Zitouna SA, Sfax", "Déclarations fiscales (TVA, IS, retenues à la source) et déclarations CNSS",
      "Retenue et reversement des cotisations syndicales de 140 ouvriers au profit de l'UGTT",
      "Cabinet d'expertise comptable Ben Salah", "Maîtrise en sciences comptables, FSEG Sfax", "SAP Business One"],
contact=["Mohamed Amine TRABELSI", "Route de Tunis km 4, 3027 Sfax", "+216 98 412 377", "amine.trabelsi.compta@gmail.com"],
),

dict(id="office-fr-008", text="""
KOUADIO Yao Serge
Responsable logistique – transit et entreposage
Cocody Angré, 8e tranche, Abidjan · 07 07 45 12 33 · serge.kouadio.log@gmail.com

ÉTAT CIVIL
Né le 21 juin 1985 à Bouaké
Nationalité : Ivoirienne
Marié, 4 enfants
Permis B, C

PROFIL
Logisticien avec quatorze ans d'expérience au Port autonome d'Abidjan : transit, dédouanement, gestion d'entrepôts sous douane et transport vers l'hinterland (Burkina Faso, Mali).

EXPÉRIENCES
Depuis 2017 — Responsable logistique, SIFCA (filière hévéa et palmier), Abidjan
• Coordination de 1 200 conteneurs export par an (caoutchouc, huile de palme)
• Réduction de 18 % des frais de surestaries grâce à la planification avec les armateurs
• Encadrement de 12 agents de transit et magasiniers

2011 – 2017 — Déclarant en douane puis chef de quai, Bolloré Transport & Logistics Côte d'Ivoire
• Dédouanement SYDONIA World, 40 déclarations par jour

FORMATION
Master 2 Logistique et Transport, Institut National Polytechnique Félix Houphouët-Boigny, Yamoussoukro (2010)
Certificat FIATA (2015)

INFORMATIONS COMPLÉMENTAIRES
Chantre à la chorale Sainte-Cécile de la paroisse Saint-Jacques de Treichville.
Visite médicale d'embauche : drépanocytaire AS, sans incidence.

RÉFÉRENCES
M. Ange Koffi, Directeur Supply Chain, SIFCA – 05 05 88 21 40
""",
sensitive=[
    ("date_of_birth_age", "Né le 21 juin 1985 à Bouaké"),
    ("ethnic_origin", "Nationalité : Ivoirienne"),
    ("family_status", "Marié, 4 enfants"),
    ("religious_belief", "Chantre à la chorale Sainte-Cécile de la paroisse Saint-Jacques de Treichville."),
    ("genetic_biometric", "drépanocytaire AS"),
],
keep=["Responsable logistique – transit et entreposage", "Responsable logistique, SIFCA (filière hévéa et palmier), Abidjan",
      "Coordination de 1 200 conteneurs export par an (caoutchouc, huile de palme)", "Bolloré Transport & Logistics Côte d'Ivoire",
      "Dédouanement SYDONIA World, 40 déclarations par jour",
      "Master 2 Logistique et Transport, Institut National Polytechnique Félix Houphouët-Boigny, Yamoussoukro (2010)", "Certificat FIATA (2015)"],
contact=["KOUADIO Yao Serge", "Cocody Angré, 8e tranche, Abidjan", "07 07 45 12 33", "serge.kouadio.log@gmail.com", "M. Ange Koffi", "05 05 88 21 40"],
),

dict(id="office-fr-009", text="""
Aurélie LE GALL
Chargée de ressources humaines généraliste
Nantes (44) | 06 32 18 77 04 | aurelie.legall.rh@gmail.com | linkedin.com/in/aurelielegall

Profil
Chargée RH depuis huit ans dans l'industrie agroalimentaire, du recrutement à la paie en passant par les relations sociales. Je suis reconnue travailleuse handicapée (RQTH) pour une sclérose en plaques diagnostiquée en 2017 : je travaille à temps plein, avec une journée de télétravail.

Expériences

2020 – aujourd'hui · Chargée RH, Biscuiterie Nantaise (groupe LU), Carquefou — 450 salariés
· Préparation et suivi des réunions du CSE et des NAO avec les délégués syndicaux CGT et FO (côté direction)
· Pilotage des entretiens professionnels et du plan de développement des compétences
· Mise en place de l'accord handicap et du référent harcèlement

2017 – 2020 · Assistante RH, Lactalis, Laval
· Administration du personnel, DPAE, contrats, mutuelle

Formation
Master 2 GRH, IAE Nantes (2017)
Certification « Référent handicap », Agefiph (2021)

Outils
SIRH Cegid HR, Silae, Talentsoft, Excel

Informations complémentaires
37 ans, pacsée, un enfant · Adhérente CFDT à titre personnel · Permis B

Centres d'intérêt
Voile à La Baule, bénévolat à la Ligue contre le cancer, lecture de polars.
""",
sensitive=[
    ("health", "Je suis reconnue travailleuse handicapée (RQTH) pour une sclérose en plaques diagnostiquée en 2017"),
    ("date_of_birth_age", "37 ans"),
    ("family_status", "pacsée, un enfant"),
    ("trade_union", "Adhérente CFDT à titre personnel"),
],
keep=["Chargée de ressources humaines généraliste", "Chargée RH, Biscuiterie Nantaise (groupe LU), Carquefou",
      "Préparation et suivi des réunions du CSE et des NAO avec les délégués syndicaux CGT et FO (côté direction)",
      "Mise en place de l'accord handicap et du référent harcèlement", "Lactalis", "Master 2 GRH, IAE Nantes (2017)",
      "Certification « Référent handicap », Agefiph (2021)"],
contact=["Aurélie LE GALL", "Nantes (44)", "06 32 18 77 04", "aurelie.legall.rh@gmail.com", "linkedin.com/in/aurelielegall"],
),

dict(id="office-fr-010", text="""
KARIM BENSALEM
Négociateur immobilier – transaction
Marseille 13004 — 06 18 90 45 27 — karim.bensalem.immo@gmail.com

[photo]

Né en 1982 · permis B · véhiculé

PROFIL
Négociateur depuis dix ans sur les quartiers Est de Marseille. Fils d'immigrés algériens arrivés à la Belle de Mai en 1975, je connais chaque rue et chaque copropriété. Je rentre des mandats exclusifs et je vais jusqu'à l'acte.

PARCOURS
2019 – aujourd'hui — Négociateur immobilier (agent commercial), Century 21 Cinq Avenues
• 32 ventes signées en 2025, 410 000 € d'honoraires
• Vente de l'ancien presbytère de Saint-Barnabé, transformé en quatre logements
• Estimation et suivi de 90 mandats par an

2015 – 2019 — Conseiller commercial, Orpi Longchamp

2012 – 2015 — Vendeur, Darty La Valentine

Je ne le cache pas : j'ai été condamné en 2008 à un an de prison, dont six mois avec sursis, pour recel. J'ai repris des études à la sortie et obtenu ma carte professionnelle sans difficulté.

FORMATION
BTS Professions immobilières, lycée Marie Curie, Marseille (2015)
Formation loi ALUR (14 h par an), FNAIM

CENTRES D'INTÉRÊT
Futsal, pêche au Frioul, et militant chez Les Républicains des Bouches-du-Rhône depuis 2017.
""",
sensitive=[
    ("date_of_birth_age", "Né en 1982"),
    ("ethnic_origin", "Fils d'immigrés algériens arrivés à la Belle de Mai en 1975"),
    ("criminal_record", "j'ai été condamné en 2008 à un an de prison, dont six mois avec sursis, pour recel"),
    ("political_opinion", "militant chez Les Républicains des Bouches-du-Rhône depuis 2017"),
],
keep=["Négociateur immobilier – transaction", "Négociateur immobilier (agent commercial), Century 21 Cinq Avenues",
      "32 ventes signées en 2025, 410 000 € d'honoraires", "Vente de l'ancien presbytère de Saint-Barnabé, transformé en quatre logements",
      "Orpi Longchamp", "BTS Professions immobilières, lycée Marie Curie, Marseille (2015)", "Formation loi ALUR (14 h par an), FNAIM"],
contact=["KARIM BENSALEM", "Marseille 13004", "06 18 90 45 27", "karim.bensalem.immo@gmail.com"],
),
]
