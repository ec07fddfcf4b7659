CVS = [
# 021 Sénégal, commissaire de police
dict(text="""
COMMISSAIRE DE POLICE ANTOINE DIOUF
Commissariat central de Ziguinchor
BP 412, Ziguinchor, Sénégal | +221 76 555 09 34 | antoine.diouf.police@gmail.com

Renseignements
Né le 11/02/1982 à Joal-Fadiouth. Catholique ; membre de la chorale de la cathédrale Saint-Antoine de Padoue. Marié, cinq enfants. Génotype hémoglobine : AS.

Formation
École nationale de police et de la formation permanente, Dakar - concours direct de commissaire (2010)
Master 2 en droit privé et sciences criminelles, Université Gaston Berger de Saint-Louis (2008)
Stage de police judiciaire internationale, INTERPOL / Lyon (2019)

Carrière
2022 - : Commissaire central de Ziguinchor
  • Commandement de 210 fonctionnaires de police ; coordination avec la gendarmerie et l'armée en Casamance
  • Direction des enquêtes sur le trafic de chanvre indien et de bois ; 48 déferrements au parquet en 2024
  • Sécurisation de l'élection présidentielle de mars 2024 dans le département
2016 - 2022 : Chef de la Sûreté urbaine de Thiès
  • Démantèlement d'un réseau de trafic de migrants vers la Mauritanie
2010 - 2016 : Commissaire adjoint, commissariat de Dieuppeul (Dakar)

Distinctions
Médaille d'honneur de la Police (2020)

Référence
Contrôleur général de police Ousmane Sarr, Direction de la Sécurité publique
""",
sensitive=[
 ("date_of_birth_age", "Né le 11/02/1982 à Joal-Fadiouth"),
 ("religious_belief", "Catholique ; membre de la chorale de la cathédrale Saint-Antoine de Padoue"),
 ("family_status", "Marié, cinq enfants"),
 ("genetic_biometric", "Génotype hémoglobine : AS"),
],
keep=[
 "Commissaire central de Ziguinchor",
 "Commandement de 210 fonctionnaires de police ; coordination avec la gendarmerie et l'armée en Casamance",
 "Direction des enquêtes sur le trafic de chanvre indien et de bois ; 48 déferrements au parquet en 2024",
 "Sécurisation de l'élection présidentielle de mars 2024",
 "Démantèlement d'un réseau de trafic de migrants vers la Mauritanie",
 "École nationale de police et de la formation permanente, Dakar",
 "Master 2 en droit privé et sciences criminelles, Université Gaston Berger de Saint-Louis",
],
contact=["ANTOINE DIOUF", "BP 412, Ziguinchor, Sénégal", "+221 76 555 09 34", "antoine.diouf.police@gmail.com",
 "Contrôleur général de police Ousmane Sarr"]),

# 022 Cameroun, inspecteur des douanes
dict(text="""
CURRICULUM VITAE

NOM ET PRÉNOMS : TCHOUANGUEP KAMGA Serge Aimé
Inspecteur principal des douanes - Matricule 612 447-B
Adresse : BP 3318 Douala - Cameroun
Tél. : (+237) 6 77 55 41 90   E-mail : sergekamga.douanes@yahoo.fr

État civil
Date et lieu de naissance : 24 décembre 1980 à Bafoussam
Originaire de la région de l'Ouest, département de la Mifi (Bamiléké)
Religion : protestant (Église évangélique du Cameroun)
Situation matrimoniale : marié, 4 enfants
Électrophorèse de l'hémoglobine : AA

Diplômes
ENAM, division des régies financières, option douanes (2006)
Maîtrise ès sciences économiques, Université de Dschang (2003)

Expérience professionnelle
Depuis 2020 : Chef de bureau des douanes du Port autonome de Douala - secteur import conteneurs
   - Supervision de 60 agents ; liquidation et recouvrement (recettes 2024 : 312 milliards FCFA)
   - Lutte contre la fraude documentaire ; 27 procès-verbaux de contentieux transmis au parquet
   - Déploiement du guichet unique CAMCIS
2012 - 2020 : Chef de la brigade mobile des douanes de Garoua-Boulaï (frontière RCA)
2006 - 2012 : Inspecteur vérificateur, aéroport de Yaoundé-Nsimalen

Activités associatives et politiques
Militant du RDPC, secrétaire à la communication de la sous-section de Bafoussam 1er.
""",
sensitive=[
 ("date_of_birth_age", "Date et lieu de naissance : 24 décembre 1980 à Bafoussam"),
 ("ethnic_origin", "Originaire de la région de l'Ouest, département de la Mifi (Bamiléké)"),
 ("religious_belief", "Religion : protestant (Église évangélique du Cameroun)"),
 ("family_status", "Situation matrimoniale : marié, 4 enfants"),
 ("genetic_biometric", "Électrophorèse de l'hémoglobine : AA"),
 ("political_opinion", "Militant du RDPC, secrétaire à la communication de la sous-section de Bafoussam 1er"),
],
keep=[
 "Inspecteur principal des douanes",
 "ENAM, division des régies financières, option douanes",
 "Maîtrise ès sciences économiques, Université de Dschang",
 "Chef de bureau des douanes du Port autonome de Douala",
 "Lutte contre la fraude documentaire ; 27 procès-verbaux de contentieux transmis au parquet",
 "Chef de la brigade mobile des douanes de Garoua-Boulaï (frontière RCA)",
 "Déploiement du guichet unique CAMCIS",
],
contact=["TCHOUANGUEP KAMGA Serge Aimé", "Matricule 612 447-B", "BP 3318 Douala - Cameroun", "(+237) 6 77 55 41 90",
 "sergekamga.douanes@yahoo.fr"]),

# 023 Cameroun, ancien gendarme reconverti dans la sécurité privée
dict(text="""
Ibrahim NJOYA MFOMBAM
Responsable sécurité de site
Quartier Bastos, Yaoundé | +237 6 99 55 72 18 | ibrahim.njoya.secu@gmail.com

PROFIL
Quinze ans dans la Gendarmerie nationale (maréchal des logis-chef), dont huit en brigade de recherches. Depuis 2019, responsable sécurité dans le secteur privé.

EXPÉRIENCE
Responsable sécurité, Cimenteries du Cameroun (CIMENCAM), site de Figuil (2019 - )
  – Encadrement de 45 agents ; contrôle d'accès biométrique des 600 employés et sous-traitants
  – Enquêtes internes sur les vols de ciment, plaintes déposées auprès de la gendarmerie
Gendarmerie nationale (2003 - 2018)
  – Enquêteur, brigade de recherches de Garoua : enquêtes sur les enlèvements contre rançon, arrestations et présentation au procureur
  – Commandant de brigade territoriale à Tcholliré

FORMATION
École des sous-officiers de gendarmerie, Yaoundé (2003)
Certificat de spécialiste en police judiciaire (2009)
Certificat en management de la sécurité, Institut des relations internationales du Cameroun (2020)

À PRÉCISER
J'ai quitté la gendarmerie après une condamnation par le tribunal militaire de Yaoundé en 2018 (six mois avec sursis pour violation de consigne).
Je suis drépanocytaire SS, ce qui m'a valu plusieurs hospitalisations pour crises vaso-occlusives ; je suis stable sous hydroxyurée.
Musulman, membre de l'association des jeunes musulmans de Foumban.
Ancien sympathisant du SDF, je me suis éloigné de la politique.
""",
sensitive=[
 ("criminal_record", "J'ai quitté la gendarmerie après une condamnation par le tribunal militaire de Yaoundé en 2018 (six mois avec sursis pour violation de consigne)"),
 ("genetic_biometric", "Je suis drépanocytaire SS"),
 ("health", "ce qui m'a valu plusieurs hospitalisations pour crises vaso-occlusives ; je suis stable sous hydroxyurée"),
 ("religious_belief", "Musulman, membre de l'association des jeunes musulmans de Foumban"),
 ("political_opinion", "Ancien sympathisant du SDF"),
],
keep=[
 "Responsable sécurité, Cimenteries du Cameroun (CIMENCAM)",
 "contrôle d'accès biométrique des 600 employés et sous-traitants",
 "Enquêteur, brigade de recherches de Garoua : enquêtes sur les enlèvements contre rançon, arrestations et présentation au procureur",
 "Commandant de brigade territoriale à Tcholliré",
 "École des sous-officiers de gendarmerie, Yaoundé",
 "Certificat de spécialiste en police judiciaire",
 "Certificat en management de la sécurité, Institut des relations internationales du Cameroun",
],
contact=["Ibrahim NJOYA MFOMBAM", "Quartier Bastos, Yaoundé", "+237 6 99 55 72 18", "ibrahim.njoya.secu@gmail.com"]),

# 024 Algérie, administrateur principal de wilaya
dict(text="""
CURRICULUM VITAE

Nom : AÏT-AHMED          Prénom : Karim
Fonction : Administrateur principal, wilaya de Tizi Ouzou
Adresse : Cité 200 logements, Bt C n° 14, Nouvelle-Ville, Tizi Ouzou
Tél. : 0550 55 28 71      E-mail : karim.aitahmed@gmail.com

ÉTAT CIVIL
Date et lieu de naissance : 18/05/1981 à Larbaâ Nath Irathen
Situation familiale : marié, deux enfants
Situation vis-à-vis du service national : exempté (réforme pour épilepsie)

FORMATION
Licence en sciences juridiques et administratives, Université Mouloud Mammeri de Tizi Ouzou (2004)
Concours d'accès au grade d'administrateur principal (2014)
Formation spécialisée, École nationale d'administration (ENA) d'Alger - cycle court (2015)

EXPÉRIENCE
2015 - à ce jour : Administrateur principal, Direction de la réglementation et des affaires générales (DRAG), wilaya de Tizi Ouzou
  • Chef du bureau des élections : révision des listes électorales, préparation des scrutins de 2019, 2021 et 2024
  • Délivrance des passeports et cartes d'identité biométriques (supervision de 12 guichets)
  • Instruction des dossiers d'associations et de réunions publiques
2006 - 2015 : Attaché d'administration, daïra de Larbaâ Nath Irathen

LANGUES
Kabyle (langue maternelle), arabe, français, anglais

INFORMATIONS PERSONNELLES
Amazigh revendiqué, je suis membre du RCD depuis 2001.
Non-croyant, je n'observe pas le jeûne.
""",
sensitive=[
 ("date_of_birth_age", "Date et lieu de naissance : 18/05/1981 à Larbaâ Nath Irathen"),
 ("family_status", "Situation familiale : marié, deux enfants"),
 ("health", "exempté (réforme pour épilepsie)"),
 ("ethnic_origin", "Amazigh revendiqué"),
 ("political_opinion", "je suis membre du RCD depuis 2001"),
 ("religious_belief", "Non-croyant, je n'observe pas le jeûne"),
],
keep=[
 "Administrateur principal, Direction de la réglementation et des affaires générales (DRAG)",
 "Chef du bureau des élections : révision des listes électorales, préparation des scrutins de 2019, 2021 et 2024",
 "Délivrance des passeports et cartes d'identité biométriques (supervision de 12 guichets)",
 "Instruction des dossiers d'associations et de réunions publiques",
 "Licence en sciences juridiques et administratives, Université Mouloud Mammeri de Tizi Ouzou",
 "Concours d'accès au grade d'administrateur principal",
 "École nationale d'administration (ENA) d'Alger",
],
contact=["AÏT-AHMED", "Karim", "Cité 200 logements, Bt C n° 14, Nouvelle-Ville, Tizi Ouzou", "0550 55 28 71",
 "karim.aitahmed@gmail.com"]),

# 025 Algérie, officier de la Protection civile
dict(text="""
Lieutenant Samir BENHADDOU - Protection civile
Oran | 0661 55 93 40 | samir.benhaddou.pc@yahoo.fr

Profil
Officier de la Protection civile, 16 ans d'expérience en secours et lutte contre l'incendie, candidat au poste de chef d'unité principale à Oran.

Parcours
Depuis 2018  Lieutenant, chef de section, unité principale d'Oran
  - Commandement des interventions incendie en zone industrielle (Arzew) et des secours routiers sur l'autoroute Est-Ouest
  - Coordination du dispositif de secours lors des Jeux méditerranéens d'Oran 2022
  - Formation aux premiers secours de 1 200 citoyens et scolaires
2010 - 2018  Sous-officier, unité secondaire de Mostaganem
2008 - 2010  Service national accompli (Forces navales)

Formation
École nationale de la Protection civile, Bordj El Bahri - concours d'officiers (2018)
Brevet de plongeur-sauveteur (2012)
Licence en chimie industrielle, Université d'Oran (2007)

Renseignements personnels
Né en 1984. Marié, trois enfants.
J'ai accompli le hadj en 2019.
Diabétique de type 2 sous traitement oral.
Délégué du SNAPAP pour les personnels de la Protection civile de 2012 à 2017.
En 2019, pendant le Hirak, j'ai été condamné à une amende par le tribunal d'Oran pour attroupement non armé ; je participais aux marches du vendredi.
""",
sensitive=[
 ("date_of_birth_age", "Né en 1984"),
 ("family_status", "Marié, trois enfants"),
 ("religious_belief", "J'ai accompli le hadj en 2019"),
 ("health", "Diabétique de type 2 sous traitement oral"),
 ("trade_union", "Délégué du SNAPAP pour les personnels de la Protection civile de 2012 à 2017"),
 ("criminal_record", "j'ai été condamné à une amende par le tribunal d'Oran pour attroupement non armé"),
 ("political_opinion", "je participais aux marches du vendredi"),
],
keep=[
 "Lieutenant, chef de section, unité principale d'Oran",
 "Commandement des interventions incendie en zone industrielle (Arzew) et des secours routiers sur l'autoroute Est-Ouest",
 "Coordination du dispositif de secours lors des Jeux méditerranéens d'Oran 2022",
 "École nationale de la Protection civile, Bordj El Bahri",
 "Brevet de plongeur-sauveteur",
 "Licence en chimie industrielle, Université d'Oran",
],
contact=["Lieutenant Samir BENHADDOU", "0661 55 93 40", "samir.benhaddou.pc@yahoo.fr"]),

# 026 France, chargée de mission égalité-diversité, conseil régional
dict(text="""
Léa FONTAINE-MOREAU
Chargée de mission égalité, diversité et lutte contre les discriminations
Conseil régional des Hauts-de-France - attachée territoriale
lea.fontaine.moreau@proton.me - 06 52 84 17 39 - 80000 Amiens

Ce que je fais
Je pilote la politique d'égalité professionnelle de la Région (6 800 agents) et la démarche de labellisation Diversité et Égalité professionnelle (AFNOR).

Expériences
Conseil régional des Hauts-de-France, direction des ressources humaines (2020 - )
  • Rédaction du rapport social unique et du rapport annuel égalité femmes-hommes
  • Enquête anonyme de mesure de la diversité et des discriminations perçues (taux de réponse 41 %)
  • Mise en place de la cellule de signalement des violences sexistes et sexuelles et des actes de discrimination (dont LGBTphobes)
  • Négociation de l'accord égalité professionnelle avec les organisations syndicales, pour l'employeur
Défenseur des droits, délégation Somme - juriste (2016 - 2020)

Formation
Master 2 Droit des libertés fondamentales, Université de Picardie (2015)
Concours d'attaché territorial, spécialité administration générale (2019)

Engagements
Cofondatrice du réseau LGBT+ des agents de la Région en 2022 ; je suis lesbienne et je le dis parce que cela compte pour les agents qui n'osent pas.
Adhérente du PCF (section d'Amiens).
Rappel à la loi en 2016 après une manifestation contre la loi Travail.
Atteinte d'endométriose, je bénéficie d'un aménagement de poste.
""",
sensitive=[
 ("sexual_orientation", "Cofondatrice du réseau LGBT+ des agents de la Région en 2022 ; je suis lesbienne"),
 ("political_opinion", "Adhérente du PCF (section d'Amiens)"),
 ("criminal_record", "Rappel à la loi en 2016 après une manifestation contre la loi Travail"),
 ("health", "Atteinte d'endométriose, je bénéficie d'un aménagement de poste"),
],
keep=[
 "Chargée de mission égalité, diversité et lutte contre les discriminations",
 "Rédaction du rapport social unique et du rapport annuel égalité femmes-hommes",
 "Enquête anonyme de mesure de la diversité et des discriminations perçues (taux de réponse 41 %)",
 "Mise en place de la cellule de signalement des violences sexistes et sexuelles et des actes de discrimination (dont LGBTphobes)",
 "Négociation de l'accord égalité professionnelle avec les organisations syndicales, pour l'employeur",
 "Défenseur des droits, délégation Somme - juriste",
 "Master 2 Droit des libertés fondamentales, Université de Picardie",
],
contact=["Léa FONTAINE-MOREAU", "lea.fontaine.moreau@proton.me", "06 52 84 17 39", "80000 Amiens"]),

# 027 France, contrôleuse des finances publiques
dict(text="""
Rachel COHEN-BENSIMON
Contrôleuse principale des finances publiques - catégorie B
Service des impôts des entreprises de Paris 17e
rachel.cohenbensimon@gmail.com | 06 77 20 45 18 | 75017 Paris

EXPÉRIENCE
DGFiP - SIE Paris 17e (depuis 2017)
   Gestion fiscale de 2 300 entreprises (TVA, IS, CFE) ; relances et recouvrement
   Préparation des dossiers de programmation du contrôle fiscal et des plaintes pour fraude fiscale
   Tutrice des contrôleurs stagiaires de l'ENFiP
DGFiP - Trésorerie de Sarcelles, agente administrative puis contrôleuse (2010 - 2017)

CONCOURS ET FORMATION
Concours interne de contrôleur des finances publiques (2013)
École nationale des finances publiques, Noisiel
BTS Comptabilité et gestion (2009)
Préparation au concours d'inspecteur en cours (IPAGE)

CONGÉS ET DISPONIBILITÉ
Juive pratiquante, je pose mes congés pour Kippour et Pessa'h et ne travaille pas le samedi.

VIE PERSONNELLE
Mariée à Rebecca depuis 2019.
Militante Solidaires Finances publiques, élue en CSA local.
Un test ADN généalogique fait en 2023 m'a appris qu'un quart de mes ancêtres venaient d'Anatolie ; cela m'a beaucoup intéressée.

Loisirs : chorale, randonnée dans le Vexin
""",
sensitive=[
 ("religious_belief", "Juive pratiquante, je pose mes congés pour Kippour et Pessa'h et ne travaille pas le samedi"),
 ("sexual_orientation", "Mariée à Rebecca depuis 2019"),
 ("trade_union", "Militante Solidaires Finances publiques, élue en CSA local"),
 ("genetic_biometric", "Un test ADN généalogique fait en 2023"),
 ("ethnic_origin", "m'a appris qu'un quart de mes ancêtres venaient d'Anatolie"),
],
keep=[
 "Contrôleuse principale des finances publiques - catégorie B",
 "Gestion fiscale de 2 300 entreprises (TVA, IS, CFE) ; relances et recouvrement",
 "Préparation des dossiers de programmation du contrôle fiscal et des plaintes pour fraude fiscale",
 "Concours interne de contrôleur des finances publiques",
 "École nationale des finances publiques, Noisiel",
 "BTS Comptabilité et gestion",
],
contact=["Rachel COHEN-BENSIMON", "rachel.cohenbensimon@gmail.com", "06 77 20 45 18", "75017 Paris"]),

# 028 France, ancien gendarme, reconversion
dict(text="""
David N'DIAYE-LAMBERT
Reconversion : coordinateur sécurité-sûreté en établissement public
Poitiers (86000) - 06 35 48 92 17 - david.ndiaye.lambert@gmail.com

PARCOURS MILITAIRE - GENDARMERIE NATIONALE (2005 - 2023)
Adjudant, peloton de surveillance et d'intervention (PSIG) de Poitiers, 2016 - 2023
  • Chef de patrouille, interventions de nuit, interpellations, rédaction des procès-verbaux
  • Formateur en intervention professionnelle (MIP)
Gendarme mobile, escadron 22/6 de Pontivy, 2005 - 2016
  • Maintien de l'ordre en métropole, missions outre-mer (Guyane, Nouvelle-Calédonie)
  • Détachement de protection à l'ambassade de France à Bamako (2013)

Sortie du service
Blessé en intervention en 2022 (fracture du bassin), déclaré inapte définitif, mis à la retraite pour invalidité avec un taux de 35 %.

EXPÉRIENCE CIVILE
Chargé de sécurité, CHU de Poitiers (depuis 2024)
  • Plan de sécurisation de l'établissement, gestion des agressions aux urgences
  • Lien avec la police et le parquet pour les plaintes des soignants

FORMATION
Titre professionnel de coordinateur sûreté (2024)
Diplôme d'officier de police judiciaire (2012)
SSIAP 2

PERSONNEL
Fils d'un ancien tirailleur sénégalais venu en France en 1962.
Divorcé, deux enfants ; aujourd'hui en couple avec Rachid.
""",
sensitive=[
 ("health", "Blessé en intervention en 2022 (fracture du bassin), déclaré inapte définitif, mis à la retraite pour invalidité avec un taux de 35 %"),
 ("ethnic_origin", "Fils d'un ancien tirailleur sénégalais venu en France en 1962"),
 ("family_status", "Divorcé, deux enfants"),
 ("sexual_orientation", "en couple avec Rachid"),
],
keep=[
 "Adjudant, peloton de surveillance et d'intervention (PSIG) de Poitiers",
 "Chef de patrouille, interventions de nuit, interpellations, rédaction des procès-verbaux",
 "Formateur en intervention professionnelle (MIP)",
 "Gendarme mobile, escadron 22/6 de Pontivy",
 "Chargé de sécurité, CHU de Poitiers",
 "Titre professionnel de coordinateur sûreté",
 "Diplôme d'officier de police judiciaire",
],
contact=["David N'DIAYE-LAMBERT", "Poitiers (86000)", "06 35 48 92 17", "david.ndiaye.lambert@gmail.com"]),

# 029 France, secrétaire administrative, bureau des élections (aucune mention sensible)
dict(text="""
Martine GIRAUD
Secrétaire administrative de classe exceptionnelle (catégorie B)
Préfecture de la Loire - Bureau des élections et de la réglementation
4 place de l'Hôtel-de-Ville, 42000 Saint-Étienne - 06 20 41 75 93 - martine.giraud42@orange.fr

COMPÉTENCES
Organisation des scrutins politiques, contrôle de légalité, contentieux électoral, réglementation des associations et des professions (débits de boissons, taxis, armes).

EXPÉRIENCE
Depuis 2015 - Préfecture de la Loire, adjointe au chef du bureau des élections
 - Réception et contrôle des candidatures aux élections municipales, départementales, régionales, législatives et européennes
 - Organisation de la commission de propagande, mise sous pli des professions de foi
 - Centralisation des résultats la nuit du scrutin et transmission au ministère de l'Intérieur
 - Préparation des mémoires en défense devant le tribunal administratif en cas de recours
 - Tenue du répertoire national des élus pour le département
2008 - 2015 - Sous-préfecture de Roanne, bureau de la réglementation
 - Instruction des autorisations de détention d'armes et des enquêtes administratives
 - Instruction des demandes de titres de séjour (2008-2011)
2001 - 2008 - Adjointe administrative, Mairie de Saint-Chamond, service état civil et élections

CONCOURS ET FORMATION
Concours interne de secrétaire administratif de l'intérieur et de l'outre-mer (2008)
Examen professionnel de secrétaire administratif de classe exceptionnelle (2019)
BTS Assistant de gestion PME-PMI (2000)
Formations du ministère : contentieux électoral, financement de la vie politique (CNCCFP)
""",
sensitive=[],
keep=[
 "Secrétaire administrative de classe exceptionnelle (catégorie B)",
 "Réception et contrôle des candidatures aux élections municipales, départementales, régionales, législatives et européennes",
 "Organisation de la commission de propagande, mise sous pli des professions de foi",
 "Préparation des mémoires en défense devant le tribunal administratif en cas de recours",
 "Instruction des autorisations de détention d'armes et des enquêtes administratives",
 "Concours interne de secrétaire administratif de l'intérieur et de l'outre-mer",
 "BTS Assistant de gestion PME-PMI",
],
contact=["Martine GIRAUD", "4 place de l'Hôtel-de-Ville, 42000 Saint-Étienne", "06 20 41 75 93", "martine.giraud42@orange.fr"]),

# 030 Belgique, attaché SPF Justice, service des cultes et de la laïcité (aucune mention sensible)
dict(text="""
Geoffroy VAN DEN BOSSCHE
Attaché A2 - SPF Justice, Direction générale Législation, Libertés et Droits fondamentaux
Service des Cultes et de la Laïcité
Rue des Carmélites 14, 1180 Uccle - 0486 55 73 19 - geoffroy.vdb@telenet.be

EXPÉRIENCE
SPF Justice - Service des Cultes et de la Laïcité (depuis 2018)
 • Gestion des traitements des ministres des cultes reconnus et des délégués du Conseil central laïque
 • Instruction des demandes de reconnaissance de communautés locales (mosquées, paroisses orthodoxes, communautés israélites)
 • Préparation des avis sur la reconnaissance du bouddhisme et sur le financement des aumôneries pénitentiaires et hospitalières
 • Secrétariat des réunions avec les organes représentatifs des cultes
SPF Intérieur - Direction des élections (2014 - 2018)
 • Organisation des élections fédérales, régionales et européennes de 2014 ; vote électronique et dépouillement
 • Contrôle des dépenses électorales des partis

FORMATION
Master en droit, UCLouvain (2013)
Certificat interuniversitaire en droit des religions, UCLouvain-KU Leuven (2020)
Sélection comparative d'attachés juristes, SELOR (2014)
Brevet de connaissance du néerlandais (SELOR, article 12)

LANGUES
Français, néerlandais, anglais, notions d'arabe

PUBLICATIONS
« Le financement public des cultes en Belgique : état des lieux 2022 », Revue belge de droit constitutionnel
""",
sensitive=[],
keep=[
 "Attaché A2 - SPF Justice",
 "Gestion des traitements des ministres des cultes reconnus et des délégués du Conseil central laïque",
 "Instruction des demandes de reconnaissance de communautés locales (mosquées, paroisses orthodoxes, communautés israélites)",
 "Organisation des élections fédérales, régionales et européennes de 2014 ; vote électronique et dépouillement",
 "Master en droit, UCLouvain",
 "Certificat interuniversitaire en droit des religions, UCLouvain-KU Leuven",
 "« Le financement public des cultes en Belgique : état des lieux 2022 », Revue belge de droit constitutionnel",
],
contact=["Geoffroy VAN DEN BOSSCHE", "Rue des Carmélites 14, 1180 Uccle", "0486 55 73 19", "geoffroy.vdb@telenet.be"]),
]
