# trades-fr-011 .. 020, tapés à la main
CVS = [
# 011 agent d'entretien hospitalier, Abidjan
dict(text="""
CURRICULUM VITAE

KOFFI Adjoua Martine
Née le 22 août 1989 à Bouaké
Nationalité : Ivoirienne
Situation matrimoniale : Mariée, 2 enfants
Contacts : 07 07 48 22 19 / 05 44 90 12 33 - adjouamartine.koffi@yahoo.fr
Domicile : Yopougon Niangon, Abidjan

POSTE RECHERCHÉ : Agent d'entretien / technicienne de surface

EXPÉRIENCES
2017 à ce jour : Agent d'entretien, Polyclinique Internationale Sainte Anne-Marie (PISAM), via prestataire
 - nettoyage des blocs opératoires et des chambres, désinfection des surfaces
 - gestion des déchets biomédicaux (DASRI), nettoyage des projections de sang
 - tenue des fiches de traçabilité
2013 - 2017 : Femme de ménage et lingère, Sofitel Abidjan Hôtel Ivoire

FORMATION
CEPE, BEPC (2006)
Attestation de formation en hygiène hospitalière (2018)

AUTRES
Membre de la chorale de l'Église Méthodiste Unie de Yopougon
Porteuse du trait drépanocytaire AS, dépistée en 2015
""",
sensitive=[
 ("date_of_birth_age", "Née le 22 août 1989"),
 ("ethnic_origin", "Nationalité : Ivoirienne"),
 ("family_status", "Situation matrimoniale : Mariée, 2 enfants"),
 ("religious_belief", "Membre de la chorale de l'Église Méthodiste Unie de Yopougon"),
 ("genetic_biometric", "Porteuse du trait drépanocytaire AS"),
],
keep=["Agent d'entretien / technicienne de surface", "Polyclinique Internationale Sainte Anne-Marie (PISAM)",
      "gestion des déchets biomédicaux (DASRI)", "nettoyage des projections de sang", "Sofitel Abidjan Hôtel Ivoire",
      "Attestation de formation en hygiène hospitalière", "BEPC (2006)"],
contact=["KOFFI Adjoua Martine", "07 07 48 22 19", "05 44 90 12 33", "adjouamartine.koffi@yahoo.fr",
         "Yopougon Niangon, Abidjan"],
),

# 012 chauffeur VTC, Aubervilliers
dict(text="""
Yacine BOUAZIZ
Chauffeur VTC - carte professionnelle (préfecture de police)
Aubervilliers (93300) · 06 01 77 45 29 · yacine.vtc@icloud.com

- Carte VTC n° 075-VTC-2019-04881
- Permis B depuis 2008, 12 points
- Formation PSC1, accueil clientèle en anglais
- Véhicule : Toyota C-HR hybride (Crit'Air 1)

Parcours
2019 - auj. : Chauffeur VTC indépendant (Uber, Bolt, Heetch) - 9 000 courses, note 4,93
  • vérification d'identité par selfie (reconnaissance faciale) à chaque connexion
2015 - 2019 : Livreur, Chronopost Aubervilliers
2012 - 2014 : Détention, maison d'arrêt de Villepinte (vol avec violence, 2011)
Casier : condamnation effacée du B2 en 2019

Formation : CAP Employé de commerce multi-spécialités (2013)

Perso : 33 ans, fiancé (mariage en 2025), musulman non pratiquant.
Adhérent à l'INV (Intersyndicale Nationale VTC).
""",
sensitive=[
 ("genetic_biometric", "vérification d'identité par selfie (reconnaissance faciale) à chaque connexion"),
 ("criminal_record", "Détention, maison d'arrêt de Villepinte (vol avec violence, 2011)"),
 ("criminal_record", "condamnation effacée du B2 en 2019"),
 ("date_of_birth_age", "33 ans"),
 ("family_status", "fiancé (mariage en 2025)"),
 ("religious_belief", "musulman non pratiquant"),
 ("trade_union", "Adhérent à l'INV (Intersyndicale Nationale VTC)"),
],
keep=["Permis B depuis 2008, 12 points", "Formation PSC1", "Chauffeur VTC indépendant (Uber, Bolt, Heetch)",
      "9 000 courses, note 4,93", "Livreur, Chronopost Aubervilliers", "CAP Employé de commerce multi-spécialités"],
contact=["Yacine BOUAZIZ", "Aubervilliers (93300)", "06 01 77 45 29", "yacine.vtc@icloud.com", "075-VTC-2019-04881"],
),

# 013 couvreur-zingueur, Quimper
dict(text="""
Erwan Le Goff
Couvreur-zingueur - 15 ans de métier
Quimper (29000) - 06 22 84 51 09 - erwan.legoff29@laposte.net

Savoir-faire : ardoise naturelle (crochets, clous), zinc (joint debout, tasseaux), Velux, démoussage, charpente légère
Habilitations : travail en hauteur + port du harnais, R408 échafaudage, CACES R486 nacelle A et B, amiante SS4 (opérateur)
Diplômes : CAP Couvreur (2008), BP Couvreur (2011)

2014-2023 Couvreur-zingueur, Entreprise Le Bihan Toitures (Quimper) - chef d'équipe à partir de 2018
2008-2014 Tour de France avec les Compagnons du Devoir (Nantes, Lyon, Bordeaux)

Depuis 2023 : en reconversion partielle après un accident du travail (chute de toit, 2 vertèbres fracturées), reconnu travailleur handicapé (RQTH).
Je cherche un poste d'encadrement, de métreur ou de formateur (AFPA).

Marié à Thomas depuis 2016
Adhérent à l'UDB (Union démocratique bretonne)
Né en 1989
""",
sensitive=[
 ("health", "accident du travail (chute de toit, 2 vertèbres fracturées)"),
 ("health", "reconnu travailleur handicapé (RQTH)"),
 ("sexual_orientation", "Marié à Thomas depuis 2016"),
 ("political_opinion", "Adhérent à l'UDB (Union démocratique bretonne)"),
 ("date_of_birth_age", "Né en 1989"),
],
keep=["ardoise naturelle (crochets, clous), zinc (joint debout, tasseaux)", "R408 échafaudage", "CACES R486 nacelle A et B",
      "amiante SS4 (opérateur)", "CAP Couvreur (2008), BP Couvreur (2011)", "Entreprise Le Bihan Toitures (Quimper)",
      "Compagnons du Devoir"],
contact=["Erwan Le Goff", "Quimper (29000)", "06 22 84 51 09", "erwan.legoff29@laposte.net"],
),

# 014 opérateur d'abattoir (ligne halal), Finistère
dict(text="""
Jérémy Le Floch
Opérateur d'abattoir / découpe
Quimperlé (29300) - 06 63 10 27 58 - jeremy.lefloch29@gmail.com

2019 → Opérateur ligne d'abattage halal, Bigard Quimperlé (bovins)
   accrochage, saignée assistée du sacrificateur agréé, éviscération, habillage, 450 bêtes/jour
2016 → 2019 Désosseur-pareur volailles, abattoir de Châteaulin (via intérim)

Formation : CQP Opérateur en abattage, certificat de compétence protection des animaux (CCPA), SST
Couteau : affûtage, fusil, gant cotte de maille, rotation des postes
Habitué au froid (salles à 4 °C) et aux cadences ; je forme les nouveaux intérimaires à l'affûtage.

Accès zone propre par lecteur biométrique : mon empreinte est enregistrée depuis l'embauche.

Info :
TIG de 140 h en 2016 (bagarre à la sortie d'un bal)
Gilet jaune sur le rond-point de Kerdroniou tout l'hiver 2018
Né le 30/11/1995
Célibataire, sans enfant
Permis B, voiture
""",
sensitive=[
 ("genetic_biometric", "mon empreinte est enregistrée depuis l'embauche"),
 ("criminal_record", "TIG de 140 h en 2016 (bagarre à la sortie d'un bal)"),
 ("political_opinion", "Gilet jaune sur le rond-point de Kerdroniou tout l'hiver 2018"),
 ("date_of_birth_age", "Né le 30/11/1995"),
 ("family_status", "Célibataire, sans enfant"),
],
keep=["Opérateur ligne d'abattage halal, Bigard Quimperlé (bovins)", "saignée assistée du sacrificateur agréé",
      "Désosseur-pareur volailles", "CQP Opérateur en abattage",
      "certificat de compétence protection des animaux (CCPA)", "affûtage, fusil, gant cotte de maille"],
contact=["Jérémy Le Floch", "Quimperlé (29300)", "06 63 10 27 58", "jeremy.lefloch29@gmail.com"],
),

# 015 hôtesse de caisse, Roubaix
dict(text="""
Laëtitia Moreau
Hôtesse de caisse / employée libre-service
Roubaix (59100) - 06 45 12 88 70 - laetitia.moreau59@gmail.com

- 12 ans chez Carrefour Market Roubaix : caisse, caisse centrale, accueil SAV, drive
- Employée libre-service rayon frais (2020-...) : mise en rayon, rotation DLC, commandes
- Formation HACCP, gestes et postures
- Titre pro Employé commercial en magasin (2019)

Contraintes horaires : maman solo de deux garçons (6 et 11 ans), je ne peux pas fermer après 20h sans solution de garde. En couple avec Nadia depuis deux ans, elle m'aide le week-end.
Endométriose (opérée en 2022), parfois besoin de poser un jour.
Élue CFDT au CSE du magasin depuis 2021.
33 ans.

Références : M. Éric Vandaele, manager de rayon, 03 20 11 42 90
""",
sensitive=[
 ("family_status", "maman solo de deux garçons (6 et 11 ans)"),
 ("sexual_orientation", "En couple avec Nadia depuis deux ans"),
 ("health", "Endométriose (opérée en 2022)"),
 ("trade_union", "Élue CFDT au CSE du magasin depuis 2021"),
 ("date_of_birth_age", "33 ans"),
],
keep=["Carrefour Market Roubaix", "caisse centrale, accueil SAV, drive", "Employée libre-service rayon frais", "rotation DLC",
      "Formation HACCP", "Titre pro Employé commercial en magasin (2019)"],
contact=["Laëtitia Moreau", "Roubaix (59100)", "06 45 12 88 70", "laetitia.moreau59@gmail.com",
         "M. Éric Vandaele", "03 20 11 42 90"],
),

# 016 chef d'équipe maraîchage, Sénégal
dict(text="""
CURRICULUM VITAE

Prénom et nom : Modou FALL
Date et lieu de naissance : 17/04/1987 à Mbacké
Situation matrimoniale : marié (2 épouses), 6 enfants
Confrérie : mouride
Ethnie : wolof
Adresse : quartier Darou Salam, Mboro (région de Thiès)
Tél. : 77 612 40 88 / 70 455 13 02

OBJECTIF : chef d'équipe agricole (maraîchage export)

EXPÉRIENCE
2015 - aujourd'hui : Ouvrier puis chef d'équipe, Les Fermes de Mboro (export haricot vert)
  - irrigation goutte-à-goutte, fertirrigation, traitements phytosanitaires avec EPI
  - encadrement de 25 saisonniers, récolte et conditionnement pour l'export
  - pointage des saisonniers par empreinte (installation du système en 2021)
2008 - 2015 : Maraîcher (oignon, chou, carotte) sur l'exploitation familiale

FORMATION
Attestation ANCAR - bonnes pratiques phytosanitaires
Alphabétisation wolof / français

DIVERS
Militant PASTEF depuis 2019 ; j'ai été arrêté deux jours pendant les manifestations de mars 2021.
""",
sensitive=[
 ("date_of_birth_age", "Date et lieu de naissance : 17/04/1987"),
 ("family_status", "Situation matrimoniale : marié (2 épouses), 6 enfants"),
 ("religious_belief", "Confrérie : mouride"),
 ("ethnic_origin", "Ethnie : wolof"),
 ("political_opinion", "Militant PASTEF depuis 2019"),
 ("criminal_record", "j'ai été arrêté deux jours pendant les manifestations de mars 2021"),
],
keep=["Les Fermes de Mboro (export haricot vert)", "irrigation goutte-à-goutte, fertirrigation", "encadrement de 25 saisonniers",
      "pointage des saisonniers par empreinte (installation du système en 2021)",
      "Attestation ANCAR - bonnes pratiques phytosanitaires", "Maraîcher (oignon, chou, carotte)"],
contact=["Modou FALL", "quartier Darou Salam, Mboro (région de Thiès)", "77 612 40 88", "70 455 13 02"],
),

# 017 ferrailleur, Tanger
dict(text="""
Curriculum Vitae

Nom et prénom : AZZOUZI Nabil
Date de naissance : 09 juin 1994
CIN : KB 214 887
Adresse : Hay Bir Chifa, Tanger
GSM : 06 61 72 30 58
E-mail : nabil.azzouzi94@gmail.com

Poste recherché : Ferrailleur / Chef d'équipe ferraillage

Expérience professionnelle
2018 - 2024 : Ferrailleur, SGTM - Port Tanger Med II puis chantiers d'immeubles à Tanger
  • lecture des plans de ferraillage, façonnage, cadres, attentes
  • équipe de 8 ouvriers, cadence 2 t/jour
2014 - 2018 : Manœuvre, chantiers d'immeubles (Tanger, Tétouan)

Formation
Qualification ferrailleur - OFPPT (2014)
Formation sécurité chantier (port du harnais), HSE induction SGTM

Autres
Rifain ; je parle tarifit, darija, français et espagnol
Adhérent UMT (section BTP Tanger)
Célibataire
Asthme léger (inhalateur), pas de problème sur chantier
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 09 juin 1994"),
 ("ethnic_origin", "Rifain"),
 ("trade_union", "Adhérent UMT (section BTP Tanger)"),
 ("family_status", "Célibataire"),
 ("health", "Asthme léger (inhalateur)"),
],
keep=["Ferrailleur, SGTM", "Port Tanger Med II", "lecture des plans de ferraillage, façonnage",
      "Qualification ferrailleur - OFPPT (2014)", "HSE induction SGTM", "Chef d'équipe ferraillage"],
contact=["AZZOUZI Nabil", "KB 214 887", "Hay Bir Chifa, Tanger", "06 61 72 30 58", "nabil.azzouzi94@gmail.com"],
),

# 018 soudeur tuyauteur, Sfax
dict(text="""
CV
Hamdi Ben Salem
Soudeur qualifié TIG/MIG - tuyauterie
Route de Gabès km 4, Sfax - +216 98 441 207 - hamdi.bensalem.soud@gmail.com

Qualifications
- Certificat de soudeur EN ISO 9606-1 (135, 141), positions PF, PC, H-L045
- CAP soudure - Centre de formation professionnelle de Gafsa (2005)
- Lecture isométriques, contrôle visuel, ressuage

Expérience
2014 - 2024 : Soudeur tuyauteur, Groupe Chimique Tunisien (GCT) - usine de Sfax, arrêts techniques
2011 - 2014 : Soudeur, chantiers navals de Sfax
2005 - 2008 : Aide-soudeur, Compagnie des phosphates de Gafsa (CPG), Redeyef

Situation
J'ai participé au mouvement du bassin minier de Redeyef en 2008 : arrêté, condamné à 4 ans, amnistié en 2011.
Membre UGTT (syndicat de base du GCT)
Marié, 3 enfants
41 ans
""",
sensitive=[
 ("political_opinion", "J'ai participé au mouvement du bassin minier de Redeyef en 2008"),
 ("criminal_record", "arrêté, condamné à 4 ans, amnistié en 2011"),
 ("trade_union", "Membre UGTT (syndicat de base du GCT)"),
 ("family_status", "Marié, 3 enfants"),
 ("date_of_birth_age", "41 ans"),
],
keep=["Certificat de soudeur EN ISO 9606-1 (135, 141)", "CAP soudure - Centre de formation professionnelle de Gafsa",
      "Lecture isométriques, contrôle visuel, ressuage", "Soudeur tuyauteur, Groupe Chimique Tunisien (GCT)",
      "chantiers navals de Sfax", "Compagnie des phosphates de Gafsa (CPG)"],
contact=["Hamdi Ben Salem", "Route de Gabès km 4, Sfax", "+216 98 441 207", "hamdi.bensalem.soud@gmail.com"],
),

# 019 conducteur d'engins, Douala
dict(text="""
CURRICULUM VITAE

NOUBISSI TCHAMENI Alain Serge
Né le 03 mars 1985 à Bafoussam
Marié, père de 4 enfants
Région d'origine : Ouest (Bamiléké)
B.P. 4512 Douala - Tél. : 6 77 21 48 93 / 6 99 03 17 52
E-mail : alainserge.noubissi@yahoo.fr

PROFIL : Conducteur d'engins (niveleuse, bulldozer, pelle hydraulique), 14 ans d'expérience

PERMIS ET ATTESTATIONS
Permis de conduire catégories B, C, E
Attestation de conducteur d'engins - IFPT Douala
Formation sécurité HSE - Razel-Bec

EXPÉRIENCES
2017 - 2024 : Conducteur niveleuse, Razel-Bec Cameroun - autoroute Yaoundé-Nsimalen, route Kribi-Lolabé
2012 - 2017 : Conducteur pelle, Sogea-Satom - barrage de Lom Pangar
2010 - 2012 : Aide-conducteur, Arab Contractors (Douala)

DIVERS
Chrétien (Église Évangélique du Cameroun), ancien de paroisse
Lombalgies chroniques (hernie L5-S1), je porte une ceinture de maintien
Drépanocytose : porteur sain (AS)
Militant du MRC, j'ai été scrutateur pour Maurice Kamto en 2018
""",
sensitive=[
 ("date_of_birth_age", "Né le 03 mars 1985"),
 ("family_status", "Marié, père de 4 enfants"),
 ("ethnic_origin", "Région d'origine : Ouest (Bamiléké)"),
 ("religious_belief", "Chrétien (Église Évangélique du Cameroun), ancien de paroisse"),
 ("health", "Lombalgies chroniques (hernie L5-S1)"),
 ("genetic_biometric", "Drépanocytose : porteur sain (AS)"),
 ("political_opinion", "Militant du MRC, j'ai été scrutateur pour Maurice Kamto en 2018"),
],
keep=["Permis de conduire catégories B, C, E", "Attestation de conducteur d'engins - IFPT Douala",
      "Conducteur niveleuse, Razel-Bec Cameroun", "autoroute Yaoundé-Nsimalen", "Sogea-Satom", "barrage de Lom Pangar",
      "Arab Contractors (Douala)"],
contact=["NOUBISSI TCHAMENI Alain Serge", "B.P. 4512 Douala", "6 77 21 48 93", "6 99 03 17 52", "alainserge.noubissi@yahoo.fr"],
),

# 020 préparateur de commandes, Tourcoing (sortie de détention)
dict(text="""
Anthony Delattre
Préparateur de commandes / cariste
Tourcoing - 07 82 14 56 30 - anthony.delattre59@outlook.fr

CACES R489 1A, 3 (obtenus en 2022 au centre de détention de Bapaume, formation AFPA)
Permis B (récupéré en 2023)

Expérience
Depuis 2023 : Préparateur de commandes, entrepôt Kiabi, Lauwin-Planque (Synergie intérim puis CDI)
   - préparation au pick-to-light, 1 800 lignes/jour, contrôle qualité
   - réception, filmage, chargement des semi-remorques
2015-2019 : vente sur les marchés, aide-maçon

Situation
Libéré en 2023 en aménagement de peine : bracelet électronique jusqu'en avril 2024, d'où des horaires fixes à l'époque.
En couple, un bébé de 8 mois.
Sevré, suivi au CSAPA depuis 2021 (traitement de substitution).
29 ans.

Objectif : passer chef d'équipe ou cariste polyvalent (CACES R489 cat. 5 souhaité). Disponible en 2x8 et le samedi.
""",
sensitive=[
 ("criminal_record", "au centre de détention de Bapaume"),
 ("criminal_record", "Libéré en 2023 en aménagement de peine : bracelet électronique jusqu'en avril 2024"),
 ("family_status", "En couple, un bébé de 8 mois"),
 ("health", "Sevré, suivi au CSAPA depuis 2021 (traitement de substitution)"),
 ("date_of_birth_age", "29 ans"),
],
keep=["CACES R489 1A, 3", "formation AFPA", "Préparateur de commandes, entrepôt Kiabi, Lauwin-Planque", "Synergie intérim",
      "pick-to-light, 1 800 lignes/jour", "réception, filmage, chargement des semi-remorques"],
contact=["Anthony Delattre", "Tourcoing", "07 82 14 56 30", "anthony.delattre59@outlook.fr"],
),
]
