CVS = [
# 031 France, policière municipale
dict(text="""
Audrey MARTINEZ
Brigadière-cheffe principale de police municipale
Police municipale de Montpellier - brigade de nuit
Castelnau-le-Lez (34170) - 06 14 87 52 60 - audrey.martinez.pm34@gmail.com

Candidature : cheffe de service de police municipale (concours 2026 réussi, inscrite sur liste d'aptitude)

EXPÉRIENCE
Depuis 2017 : Police municipale de Montpellier
  - Cheffe de patrouille de nuit (6 agents), interpellations en flagrant délit et remise à l'OPJ de la police nationale
  - Référente vidéoprotection : exploitation des images du CSU et réquisitions judiciaires
  - Procédures de fourrière, ivresse publique manifeste, tapages et arrêtés municipaux
2012 - 2017 : Gardienne de police municipale, Sète
2010 - 2012 : Agente de surveillance de la voie publique (ASVP), Frontignan

FORMATION
Formation initiale d'application CNFPT (2012)
Moniteure en maniement des armes (MMA) et des bâtons télescopiques
Licence AES, Université Paul-Valéry (2009)

PERSONNEL
35 ans. Je vis avec ma compagne Laura et son fils.
En 2011, j'ai été placée en garde à vue pour usage de cannabis et ai fait l'objet d'un rappel à la loi ; rien n'est inscrit au B2 et le préfet m'a délivré l'agrément.
Mes empreintes et mon ADN prélevés lors de cette garde à vue figurent toujours au FAED et au FNAEG ; ma demande d'effacement est en cours.
""",
sensitive=[
 ("date_of_birth_age", "35 ans"),
 ("sexual_orientation", "Je vis avec ma compagne Laura"),
 ("family_status", "et son fils"),
 ("criminal_record", "En 2011, j'ai été placée en garde à vue pour usage de cannabis et ai fait l'objet d'un rappel à la loi"),
 ("genetic_biometric", "Mes empreintes et mon ADN prélevés lors de cette garde à vue figurent toujours au FAED et au FNAEG"),
],
keep=[
 "Brigadière-cheffe principale de police municipale",
 "Cheffe de patrouille de nuit (6 agents), interpellations en flagrant délit et remise à l'OPJ de la police nationale",
 "Référente vidéoprotection : exploitation des images du CSU et réquisitions judiciaires",
 "Agente de surveillance de la voie publique (ASVP)",
 "Formation initiale d'application CNFPT",
 "Moniteure en maniement des armes (MMA)",
 "Licence AES, Université Paul-Valéry",
],
contact=["Audrey MARTINEZ", "Castelnau-le-Lez (34170)", "06 14 87 52 60", "audrey.martinez.pm34@gmail.com"]),

# 032 France, infirmier SMUR, AP-HP
dict(text="""
Vikram SUBRAMANIEN
Infirmier de SMUR - AP-HP, hôpital Lariboisière
75010 Paris • 06 58 30 72 44 • vikram.subra.ide@gmail.com

Résumé
Infirmier de la fonction publique hospitalière (catégorie A) depuis 2011, dont neuf ans en SMUR adulte. Je postule au concours d'infirmier anesthésiste (IADE).

Expériences
AP-HP, SAMU de Paris / SMUR Lariboisière - 2017 à ce jour
  ▪ Prise en charge pré-hospitalière des urgences vitales : arrêts cardiaques, polytraumatisés, intoxications
  ▪ Interventions conjointes avec la BSPP et la police lors des attentats et rixes ; témoignage en procédure judiciaire
  ▪ Formateur AFGSU au CESU 75
AP-HP, service d'accueil des urgences, hôpital Saint-Louis - 2011 à 2017

Formation
Diplôme d'État d'infirmier, IFSI Saint-Louis (2011)
DU Urgences et soins critiques, Université Paris Cité (2018)
Formateur AFGSU habilité (2020)

Informations personnelles
Né à Pondichéry, arrivé en France à 12 ans.
Marié à Olivier depuis 2016.
Je vis avec le VIH depuis 2014, charge virale indétectable ; aucune restriction d'aptitude.
Pratiquant bouddhiste, je fréquente la pagode de Vincennes.
Adhérent Sud Santé AP-HP, représentant au CHSCT de Lariboisière de 2019 à 2022.
""",
sensitive=[
 ("ethnic_origin", "Né à Pondichéry, arrivé en France"),
 ("date_of_birth_age", "à 12 ans"),
 ("sexual_orientation", "Marié à Olivier depuis 2016"),
 ("health", "Je vis avec le VIH depuis 2014, charge virale indétectable"),
 ("religious_belief", "Pratiquant bouddhiste, je fréquente la pagode de Vincennes"),
 ("trade_union", "Adhérent Sud Santé AP-HP, représentant au CHSCT de Lariboisière de 2019 à 2022"),
],
keep=[
 "Infirmier de SMUR - AP-HP, hôpital Lariboisière",
 "Prise en charge pré-hospitalière des urgences vitales : arrêts cardiaques, polytraumatisés, intoxications",
 "Interventions conjointes avec la BSPP et la police lors des attentats et rixes ; témoignage en procédure judiciaire",
 "Formateur AFGSU au CESU 75",
 "Diplôme d'État d'infirmier, IFSI Saint-Louis",
 "DU Urgences et soins critiques, Université Paris Cité",
],
contact=["Vikram SUBRAMANIEN", "75010 Paris", "06 58 30 72 44", "vikram.subra.ide@gmail.com"]),

# 033 France, secrétaire des affaires étrangères
dict(text="""
Mai-Linh GARNIER
Secrétaire des affaires étrangères principale (cadre général)
Ministère de l'Europe et des Affaires étrangères
mailinh.garnier@diplomatie-perso.fr | +33 6 71 29 84 05 | Paris 15e

AFFECTATIONS
2023 - 2026 : Ambassade de France à Hanoï - première secrétaire, chargée des questions politiques et des droits de l'homme
   Suivi de la situation politique intérieure, des procès de défenseurs des droits et des élections à l'Assemblée nationale ; rédaction de télégrammes diplomatiques
2020 - 2023 : Direction des Français à l'étranger et de l'administration consulaire, sous-direction des visas
   Pilotage du déploiement de France-Visas et de la collecte des données biométriques (VIS) dans 40 consulats
2017 - 2020 : Consulat général de France à Dakar - cheffe de la section état civil et nationalité
   Transcriptions d'actes, certificats de nationalité, lutte contre la fraude documentaire

CONCOURS ET FORMATION
Concours de secrétaire des affaires étrangères (cadre d'Orient), option vietnamien, 2016
Sciences Po Paris, master Affaires internationales (2014) ; INALCO, licence de vietnamien

SITUATION PERSONNELLE
Née à Hô Chi Minh-Ville et adoptée par une famille française à deux ans.
Pacsée avec Inès, magistrate ; nous demanderons des postes doubles.
Enquête d'habilitation « secret » renouvelée en 2023.
Membre de Place publique depuis 2019.
""",
sensitive=[
 ("ethnic_origin", "Née à Hô Chi Minh-Ville et adoptée par une famille française"),
 ("date_of_birth_age", "à deux ans"),
 ("sexual_orientation", "Pacsée avec Inès"),
 ("family_status", "nous demanderons des postes doubles"),
 ("political_opinion", "Membre de Place publique depuis 2019"),
],
keep=[
 "Secrétaire des affaires étrangères principale (cadre général)",
 "première secrétaire, chargée des questions politiques et des droits de l'homme",
 "Suivi de la situation politique intérieure, des procès de défenseurs des droits et des élections à l'Assemblée nationale",
 "Pilotage du déploiement de France-Visas et de la collecte des données biométriques (VIS) dans 40 consulats",
 "cheffe de la section état civil et nationalité",
 "Concours de secrétaire des affaires étrangères (cadre d'Orient), option vietnamien",
 "Sciences Po Paris, master Affaires internationales",
],
contact=["Mai-Linh GARNIER", "mailinh.garnier@diplomatie-perso.fr", "+33 6 71 29 84 05", "Paris 15e"]),

# 034 Québec, lieutenant pompier, Montréal
dict(text="""
Élias HADDAD
Lieutenant - Service de sécurité incendie de Montréal (SIM)
Laval (Québec) H7T | 450 555-0296 | elias.haddad.sim@hotmail.com

Objectif : poste de capitaine, division prévention et enquêtes incendie

Expérience
Service de sécurité incendie de Montréal
Lieutenant, caserne 26 (Plateau-Mont-Royal), 2019 - aujourd'hui
 - Officier responsable d'une autopompe et de 4 pompiers ; commandement initial sur les incendies de bâtiment
 - Recherche des causes et circonstances des incendies ; transmission des dossiers d'incendie criminel au SPVM
 - Inspections de prévention dans les immeubles à logements et les lieux de culte
Pompier, casernes 41 et 10, 2009 - 2019

Formation
DEP Intervention en sécurité incendie, École nationale des pompiers du Québec (2008)
Officier non urbain et Officier I (ENPQ), 2018
AEC Recherche des causes et circonstances des incendies, Cégep Montmorency (2022)

Renseignements personnels
Né à Beyrouth, arrivé à Montréal à sept ans avec mes parents pendant la guerre.
Catholique maronite, je suis marguillier à la paroisse Saint-Maron de Montréal.
Porteur d'une bêta-thalassémie mineure, sans incidence sur ma condition physique.
Directeur de l'Association des pompiers de Montréal pour la section 26 de 2014 à 2019.
J'ai reçu une absolution conditionnelle en 2004 pour un vol à l'étalage ; aucun casier depuis.

Références : Chef de division Martin Lacroix ; Capitaine Josée Tremblay
""",
sensitive=[
 ("ethnic_origin", "Né à Beyrouth, arrivé à Montréal"),
 ("date_of_birth_age", "à sept ans"),
 ("religious_belief", "Catholique maronite, je suis marguillier à la paroisse Saint-Maron de Montréal"),
 ("genetic_biometric", "Porteur d'une bêta-thalassémie mineure"),
 ("trade_union", "Directeur de l'Association des pompiers de Montréal pour la section 26 de 2014 à 2019"),
 ("criminal_record", "J'ai reçu une absolution conditionnelle en 2004 pour un vol à l'étalage"),
],
keep=[
 "Lieutenant, caserne 26 (Plateau-Mont-Royal)",
 "Recherche des causes et circonstances des incendies ; transmission des dossiers d'incendie criminel au SPVM",
 "Inspections de prévention dans les immeubles à logements et les lieux de culte",
 "DEP Intervention en sécurité incendie, École nationale des pompiers du Québec",
 "Officier non urbain et Officier I (ENPQ)",
 "AEC Recherche des causes et circonstances des incendies, Cégep Montmorency",
],
contact=["Élias HADDAD", "Laval (Québec) H7T", "450 555-0296", "elias.haddad.sim@hotmail.com",
 "Chef de division Martin Lacroix", "Capitaine Josée Tremblay"]),

# 035 Québec, agente des services frontaliers (ASFC)
dict(text="""
Kathleen OTTAWA
Agente des services frontaliers (FB-03) - Agence des services frontaliers du Canada
Joliette (Québec) J6E | 450 555-0817 | kathleen.ottawa@cgocable.ca

PROFIL
Atikamekw de Manawan, bilingue (français, anglais) et parlant l'atikamekw. Sept ans à la frontière, je vise un poste de surintendante.

EXPÉRIENCE
ASFC - Aéroport international Montréal-Trudeau, 2019 - présent
 • Inspection primaire et secondaire des voyageurs ; renvoi vers l'Immigration et examen des demandes d'asile aux points d'entrée
 • Arrestations en vertu de la LIPR et de la Loi sur les douanes ; saisies de drogue et d'armes
 • Opératrice des bornes d'inspection primaire et des kiosques NEXUS (vérification biométrique de l'iris)
ASFC - Poste frontalier de Lacolle, 2017 - 2019
Agente de développement, Conseil de la Nation Atikamekw, 2013 - 2016

FORMATION
Programme de formation des recrues de l'ASFC, Rigaud (2017)
Baccalauréat en criminologie, Université de Montréal (2012)
Cote de sécurité : niveau II (secret)

À DÉCLARER
Je suis moi-même membre NEXUS : mes empreintes d'iris sont enregistrées dans le système.
En 2008, à 19 ans, j'ai reçu une absolution inconditionnelle pour voies de fait simples.
J'ai été candidate du Bloc Québécois dans Joliette-Manawan en 2019, avant mon entrée à l'ASFC.
Ma conjointe, Marie-Ève, est enseignante à Joliette.
""",
sensitive=[
 ("ethnic_origin", "Atikamekw de Manawan"),
 ("genetic_biometric", "Je suis moi-même membre NEXUS : mes empreintes d'iris sont enregistrées dans le système"),
 ("date_of_birth_age", "à 19 ans"),
 ("criminal_record", "j'ai reçu une absolution inconditionnelle pour voies de fait simples"),
 ("political_opinion", "J'ai été candidate du Bloc Québécois dans Joliette-Manawan en 2019"),
 ("sexual_orientation", "Ma conjointe, Marie-Ève"),
],
keep=[
 "Agente des services frontaliers (FB-03)",
 "Inspection primaire et secondaire des voyageurs ; renvoi vers l'Immigration et examen des demandes d'asile aux points d'entrée",
 "Arrestations en vertu de la LIPR et de la Loi sur les douanes",
 "Opératrice des bornes d'inspection primaire et des kiosques NEXUS (vérification biométrique de l'iris)",
 "Agente de développement, Conseil de la Nation Atikamekw",
 "Programme de formation des recrues de l'ASFC, Rigaud",
 "Baccalauréat en criminologie, Université de Montréal",
],
contact=["Kathleen OTTAWA", "Joliette (Québec) J6E", "450 555-0817", "kathleen.ottawa@cgocable.ca"]),

# 036 Cameroun, sous-préfet
dict(text="""
CURRICULUM VITAE

M. ABDOULAYE HAMADOU BOUBA
Administrateur civil principal - Sous-préfet de l'arrondissement de Ngaoundéré 2e
BP 88 Ngaoundéré, Adamaoua | (+237) 6 96 55 30 17 | hamadou.bouba.adm@gmail.com

Né le 2 janvier 1976 à Tignère. Peul (Fulbé) de l'Adamaoua. Musulman. Marié à deux épouses, neuf enfants.

FORMATION
École nationale d'administration et de magistrature (ENAM), division administrative, cycle A (2004)
Licence en droit public, Université de Ngaoundéré (2000)

CARRIÈRE
2021 à ce jour : Sous-préfet de Ngaoundéré 2e
   - Autorité administrative de l'arrondissement ; maintien de l'ordre et coordination de la police, de la gendarmerie et du BIR
   - Supervision des opérations électorales avec ELECAM (législatives et municipales)
   - Médiation des conflits agropastoraux entre éleveurs et agriculteurs
   - Suivi des réfugiés centrafricains avec le HCR et délivrance des documents d'état civil
2014 à 2021 : Adjoint préfectoral, préfecture du Mbéré (Meiganga)
2005 à 2014 : Chef de service, ministère de l'Administration territoriale, Yaoundé

LANGUES
Fulfulde, français, anglais, haoussa

AUTRES
Membre du comité central du RDPC et président de section de 2012 à 2020.
""",
sensitive=[
 ("date_of_birth_age", "Né le 2 janvier 1976 à Tignère"),
 ("ethnic_origin", "Peul (Fulbé) de l'Adamaoua"),
 ("religious_belief", "Musulman"),
 ("family_status", "Marié à deux épouses, neuf enfants"),
 ("political_opinion", "Membre du comité central du RDPC et président de section de 2012 à 2020"),
],
keep=[
 "Administrateur civil principal",
 "Sous-préfet de Ngaoundéré 2e",
 "maintien de l'ordre et coordination de la police, de la gendarmerie et du BIR",
 "Supervision des opérations électorales avec ELECAM (législatives et municipales)",
 "Médiation des conflits agropastoraux entre éleveurs et agriculteurs",
 "École nationale d'administration et de magistrature (ENAM), division administrative, cycle A",
 "Licence en droit public, Université de Ngaoundéré",
],
contact=["M. ABDOULAYE HAMADOU BOUBA", "BP 88 Ngaoundéré, Adamaoua", "(+237) 6 96 55 30 17",
 "hamadou.bouba.adm@gmail.com"]),

# 037 Sénégal, ancien sergent-chef reconverti
dict(text="""
Ousseynou SECK
Chef de poste sécurité - Port autonome de Dakar (candidature)
Parcelles Assainies U17, Dakar | +221 78 555 62 09 | ousseynou.seck.secu@gmail.com

Ancien sergent-chef des Forces armées sénégalaises (2004-2020), aujourd'hui superviseur en sécurité privée.

Parcours militaire
Forces armées sénégalaises - 2004 à 2020
  - Chef de groupe, bataillon de commandos, Thiès
  - Opérations de sécurisation en Casamance (2006-2012)
  - Casque bleu MINUSMA, Gao (2015) : escorte de convois et protection de camp
  - Moniteur de tir et de combat rapproché
Réformé en 2020 après une blessure par mine en Casamance (amputation partielle du pied gauche), pension d'invalidité.
En 2011 j'ai été sanctionné de 30 jours d'arrêts de rigueur et traduit devant le tribunal régional de Ziguinchor pour une bagarre ; relaxé au pénal.

Expérience civile
Superviseur sécurité, Vigassistance, site de la SENELEC à Bel-Air (2021 à ce jour)
  - Organisation des rondes, contrôle d'accès et vidéosurveillance ; 35 agents

Formation
Certificat d'aptitude technique n°2, école des sous-officiers de Kaolack
Certificat de prévention incendie SSIAP 1 (2021)

Personnel
Tidiane, je fais partie d'un dahira à Tivaouane.
Marié, deux enfants.
En 2016, la gendarmerie a prélevé mon ADN et mes empreintes lors d'une enquête sur un vol dans le camp ; j'ai été mis hors de cause.
""",
sensitive=[
 ("health", "Réformé en 2020 après une blessure par mine en Casamance (amputation partielle du pied gauche), pension d'invalidité"),
 ("criminal_record", "En 2011 j'ai été sanctionné de 30 jours d'arrêts de rigueur et traduit devant le tribunal régional de Ziguinchor pour une bagarre ; relaxé au pénal"),
 ("religious_belief", "Tidiane, je fais partie d'un dahira à Tivaouane"),
 ("family_status", "Marié, deux enfants"),
 ("genetic_biometric", "la gendarmerie a prélevé mon ADN et mes empreintes"),
],
keep=[
 "Chef de groupe, bataillon de commandos, Thiès",
 "Casque bleu MINUSMA, Gao (2015) : escorte de convois et protection de camp",
 "Moniteur de tir et de combat rapproché",
 "Superviseur sécurité, Vigassistance",
 "Organisation des rondes, contrôle d'accès et vidéosurveillance ; 35 agents",
 "Certificat d'aptitude technique n°2",
 "Certificat de prévention incendie SSIAP 1",
],
contact=["Ousseynou SECK", "Parcelles Assainies U17, Dakar", "+221 78 555 62 09", "ousseynou.seck.secu@gmail.com"]),

# 038 Suisse, greffière au Tribunal de police de Genève
dict(text="""
Céline MORAND
Greffière-juriste - Pouvoir judiciaire de la République et canton de Genève
Avenue de Miremont 31, 1206 Genève | 076 555 82 40 | celine.morand@bluewin.ch

Situation : mariée (avec Julie, depuis 2023), née en 1990, originaire de Bagnes (VS)

Expérience professionnelle
Pouvoir judiciaire de Genève - Tribunal de police
Greffière-juriste, 2019 - ce jour
  • Tenue du procès-verbal des audiences pénales, rédaction des projets de jugement et de motivation
  • Préparation des dossiers d'ordonnances pénales contestées, recherches de jurisprudence du Tribunal fédéral
  • Suivi des inscriptions au casier judiciaire (VOSTRA) après jugement
Ministère public de Genève - juriste stagiaire, 2017 - 2019

Formation
Brevet d'avocate, Commission d'examens des avocats de Genève (2019)
Master en droit pénal et criminologie, Université de Genève (2016)

Langues
Français, allemand C1, italien B2

Informations complémentaires
J'ai été condamnée en 2015 par ordonnance pénale pour un excès de vitesse grave (jours-amende avec sursis). L'inscription a été éliminée de VOSTRA en 2025.
Membre des Vert-e-s genevois et de leur commission justice.
""",
sensitive=[
 ("sexual_orientation", "mariée (avec Julie, depuis 2023)"),
 ("date_of_birth_age", "née en 1990"),
 ("criminal_record", "J'ai été condamnée en 2015 par ordonnance pénale pour un excès de vitesse grave (jours-amende avec sursis)"),
 ("criminal_record", "L'inscription a été éliminée de VOSTRA en 2025"),
 ("political_opinion", "Membre des Vert-e-s genevois et de leur commission justice"),
],
keep=[
 "Greffière-juriste",
 "Tenue du procès-verbal des audiences pénales, rédaction des projets de jugement et de motivation",
 "Préparation des dossiers d'ordonnances pénales contestées",
 "Suivi des inscriptions au casier judiciaire (VOSTRA) après jugement",
 "Brevet d'avocate, Commission d'examens des avocats de Genève",
 "Master en droit pénal et criminologie, Université de Genève",
],
contact=["Céline MORAND", "Avenue de Miremont 31, 1206 Genève", "076 555 82 40", "celine.morand@bluewin.ch"]),

# 039 France, surveillant pénitentiaire, fiche de candidature au concours de premier surveillant
dict(text="""
FICHE DE CANDIDATURE - EXAMEN PROFESSIONNEL DE PREMIER SURVEILLANT
Administration pénitentiaire - Direction interrégionale de Rennes

Nom d'usage : LÉGER       Prénom : Steeve
Grade : surveillant brigadier - échelon 6
Affectation : centre pénitentiaire de Ploemeur-Lorient
Adresse personnelle : 9 rue des Ajoncs, 56270 Ploemeur
Téléphone : 06 97 14 38 52      Courriel : steeve.leger56@gmail.com

Parcours dans l'administration
2015 : ENAP Agen, 191e promotion de surveillants
2015 - 2019 : maison d'arrêt de Fleury-Mérogis, bâtiment D5 - surveillance des détenus radicalisés, fouilles, parloirs
2019 - à ce jour : CP Lorient - surveillant de coursive puis agent du quartier disciplinaire
   • Participation aux commissions de discipline comme assesseur
   • Tenue du registre des fouilles intégrales et des mesures de sécurité
   • Référent pour les équipes régionales d'intervention et de sécurité (ERIS)

Formation
Baccalauréat professionnel sécurité-prévention (2013)
Formation « prévention de la radicalisation violente », ENAP (2017)

Déclarations du candidat
Originaire de la Martinique, arrivé en Bretagne à 18 ans.
Converti à l'islam en 2016, je le précise car certains collègues le savent.
Porteur du trait drépanocytaire, comme une partie de ma famille.
Composition pénale en 2014 pour conduite sans permis (amende), antérieure à mon recrutement.
Délégué FO Pénitentiaire au CP de Lorient.
""",
sensitive=[
 ("ethnic_origin", "Originaire de la Martinique, arrivé en Bretagne"),
 ("date_of_birth_age", "à 18 ans"),
 ("religious_belief", "Converti à l'islam en 2016"),
 ("genetic_biometric", "Porteur du trait drépanocytaire, comme une partie de ma famille"),
 ("criminal_record", "Composition pénale en 2014 pour conduite sans permis (amende)"),
 ("trade_union", "Délégué FO Pénitentiaire au CP de Lorient"),
],
keep=[
 "surveillant brigadier - échelon 6",
 "ENAP Agen, 191e promotion de surveillants",
 "surveillance des détenus radicalisés, fouilles, parloirs",
 "Participation aux commissions de discipline comme assesseur",
 "Référent pour les équipes régionales d'intervention et de sécurité (ERIS)",
 "Baccalauréat professionnel sécurité-prévention",
 "Formation « prévention de la radicalisation violente », ENAP",
],
contact=["LÉGER", "Steeve", "9 rue des Ajoncs, 56270 Ploemeur", "06 97 14 38 52", "steeve.leger56@gmail.com"]),

# 040 Luxembourg, commissaire adjoint, Police grand-ducale
dict(text="""
Nelson TAVARES LOPES
Commissaire en chef - Police grand-ducale, commissariat Luxembourg-Gare
Luxembourg-Bonnevoie | +352 661 555 740 | nelson.tavares@outlook.lu

Profil
Policier depuis 2010, spécialisé en police de proximité et en lutte contre les stupéfiants dans le quartier de la Gare. Candidat au poste de chef du service régional de police spéciale.

Expérience
Police grand-ducale
2020 - : Commissaire en chef, chef d'équipe au commissariat Luxembourg-Gare
   - Planification des patrouilles mixtes avec les agents municipaux et le service de sécurité privée de la Ville
   - Arrestations et rédaction des procès-verbaux transmis au Parquet de Luxembourg
   - Liaison avec les associations d'aide aux toxicomanes (salle de consommation Abrigado)
2010 - 2020 : Inspecteur, commissariats d'Esch-sur-Alzette et de Differdange

Formation
École de Police grand-ducale (2010)
Examen de promotion au grade de commissaire (2019)
Diplôme de fin d'études secondaires, Lycée Hubert Clément, Esch (2008)

Langues
Luxembourgeois, portugais, créole cap-verdien, français, allemand

Personnel
Né le 16/09/1988 à Luxembourg, de parents cap-verdiens arrivés en 1982.
Je vis avec mon compagnon Fábio depuis 2017.
Membre de déi Lénk, sans mandat.
Mon empreinte faciale sert à déverrouiller le terminal mobile de service qui m'est attribué.
""",
sensitive=[
 ("date_of_birth_age", "Né le 16/09/1988 à Luxembourg"),
 ("ethnic_origin", "de parents cap-verdiens arrivés en 1982"),
 ("sexual_orientation", "Je vis avec mon compagnon Fábio depuis 2017"),
 ("political_opinion", "Membre de déi Lénk, sans mandat"),
 ("genetic_biometric", "Mon empreinte faciale sert à déverrouiller le terminal mobile de service qui m'est attribué"),
],
keep=[
 "Commissaire en chef, chef d'équipe au commissariat Luxembourg-Gare",
 "Planification des patrouilles mixtes avec les agents municipaux",
 "Arrestations et rédaction des procès-verbaux transmis au Parquet de Luxembourg",
 "Liaison avec les associations d'aide aux toxicomanes (salle de consommation Abrigado)",
 "École de Police grand-ducale",
 "Examen de promotion au grade de commissaire",
],
contact=["Nelson TAVARES LOPES", "Luxembourg-Bonnevoie", "+352 661 555 740", "nelson.tavares@outlook.lu"]),
]
