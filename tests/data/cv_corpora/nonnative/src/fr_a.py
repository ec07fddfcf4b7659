CVS = [
# 001 Marocain (arabe/amazigh), maçon-coffreur, Bruxelles
dict(text="""
CURRICULUM VITAE

Nom : EL OUAHABI
Prénom : Mohamed
Adresse : Rue de Ribaucourt 57, 1080 Molenbeek-Saint-Jean
GSM : 0486 21 47 90
Email : mohamed.elouahabi.batiment@gmail.com
Date de naissance : 12/04/1981 à Al Hoceïma (Maroc)
Nationalité : marocaine et belge
Situation familial : marié avec 3 enfant
Numéro national : 81.04.12-337.52

EXPÉRIENCE PROFESSIONNEL
2012 – aujourd'hui : Maçon-coffreur, Besix (chantiers à Bruxelles)
 - coffrage des voiles et dalles, lecture des plans, pose des armatures
 - chef d'équipe de 5 ouvriers sur le chantier de la tour Quatuor (2019–2021)
 - je suis délégué FGTB Construction pour le chantier depuis 2017
2006 – 2012 : Maçon, Entreprise Thiran, Namur
2000 – 2005 : Ouvrier de bâtiment (معلم البناء), Al Hoceïma

FORMATIONS
VCA de base (sécurité), 2010
Formation coffrage – Constructiv, 2014
Permis B + CE

LANGUES
Arabe (rifain et darija) langue maternelle, français bien, néerlandais un peu

AUTRES
Je suis de confession musulmane pratiquante, je demande si possible la pause du vendredi pour la prière.
En 2017 j'ai participé aux manifestations de soutien au Hirak du Rif devant l'ambassade.
J'ai une hernie discale mais opérée en 2020 et je travaille normal.
Casier judiciaire vierge.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 12/04/1981"),
 ("ethnic_origin", "à Al Hoceïma (Maroc)"),
 ("ethnic_origin", "Nationalité : marocaine et belge"),
 ("family_status", "Situation familial : marié avec 3 enfant"),
 ("trade_union", "je suis délégué FGTB Construction pour le chantier depuis 2017"),
 ("religious_belief", "Je suis de confession musulmane pratiquante, je demande si possible la pause du vendredi pour la prière"),
 ("political_opinion", "En 2017 j'ai participé aux manifestations de soutien au Hirak du Rif devant l'ambassade"),
 ("health", "J'ai une hernie discale mais opérée en 2020"),
 ("criminal_record", "Casier judiciaire vierge"),
],
keep=["Maçon-coffreur, Besix", "coffrage des voiles et dalles, lecture des plans, pose des armatures",
      "chef d'équipe de 5 ouvriers sur le chantier de la tour Quatuor", "Maçon, Entreprise Thiran, Namur",
      "VCA de base (sécurité)", "Formation coffrage – Constructiv", "Permis B + CE"],
contact=["EL OUAHABI", "Mohamed", "Rue de Ribaucourt 57, 1080 Molenbeek-Saint-Jean", "0486 21 47 90",
         "mohamed.elouahabi.batiment@gmail.com", "81.04.12-337.52"],
),

# 002 Polonaise, aide-ménagère titres-services, Bruxelles
dict(text="""
Katarzyna NOWAK
Aide-ménagère / Gouvernante
Avenue de la Couronne 212, 1050 Ixelles – 0472 55 81 36 – kasia.nowak.menage@gmail.com

Présentation
J'ai 47 ans, je suis Polonaise et j'habite en Belgique depuis 2004. Je suis une personne discrète, honnête et très soigneuse. Les clients me gardent longtemps (une cliente depuis 14 ans!).

Expérience
2009 – maintenant : Aide-ménagère titres-services, Trixxo Titres-Services, Bruxelles
 • nettoyage, repassage, courses pour 7 clients réguliers (dont 3 personnes âgées)
 • je suis affiliée à la CSC Alimentation et Services et j'étais candidate aux élections sociales 2020
2004 – 2009 : Femme de ménage (au noir au début, après déclarée), familles à Uccle
1997 – 2003 : Technicienne de laboratoire, Laboratorium Analityczne, Łódź

Formation
Technikum Chemiczne w Łodzi (lycée technique chimie), diplôme de technicien 1996
Formation « Ergonomie et produits d'entretien » – Fonds de formation titres-services, 2018

Langues : polonais (maternel), français (bon), russe (scolaire), néerlandais (débutant)

Vie privé
Je suis divorcée depuis 2008, mon fils a 22 ans et il étudie à Gand. Depuis 5 ans je vis avec ma compagne Beata. Je suis catholique mais pas beaucoup pratiquante.
En 2019 j'ai fait une dépression (burn-out) et j'étais 4 mois en incapacité, maintenant tout va bien.
""",
sensitive=[
 ("date_of_birth_age", "J'ai 47 ans"),
 ("trade_union", "je suis affiliée à la CSC Alimentation et Services et j'étais candidate aux élections sociales 2020"),
 ("family_status", "Je suis divorcée depuis 2008, mon fils a 22 ans"),
 ("sexual_orientation", "Depuis 5 ans je vis avec ma compagne Beata"),
 ("religious_belief", "Je suis catholique mais pas beaucoup pratiquante"),
 ("health", "En 2019 j'ai fait une dépression (burn-out) et j'étais 4 mois en incapacité"),
],
keep=["Aide-ménagère / Gouvernante", "Aide-ménagère titres-services, Trixxo Titres-Services, Bruxelles",
      "nettoyage, repassage, courses pour 7 clients réguliers (dont 3 personnes âgées)", "Technicienne de laboratoire, Laboratorium Analityczne, Łódź",
      "Technikum Chemiczne w Łodzi (lycée technique chimie)", "Formation « Ergonomie et produits d'entretien »"],
contact=["Katarzyna NOWAK", "Avenue de la Couronne 212, 1050 Ixelles", "0472 55 81 36", "kasia.nowak.menage@gmail.com"],
),

# 003 Portugais, chef de chantier, Luxembourg
dict(text="""
José Manuel FERREIRA DA SILVA
Chef de chantier gros œuvre
12, rue de Hollerich, L-1740 Luxembourg · +352 621 448 019 · josemanuel.fsilva@hotmail.com

DONNÉES PERSONNELLES
Né le 03.09.1975 à Chaves (Portugal)
Marié, 2 enfants (18 et 15 ans)
Matricule CNS : 1975 0903 12345

EXPÉRIENCE
Depuis 2010 — Chef de chantier, CDCL (Compagnie de Construction Luxembourgeoise), Luxembourg
 · gestion de 3 à 4 chantiers de résidences (jusqu'à 48 appartements)
 · planning des équipes (25 ouvriers et sous-traitants), commandes de béton et acier
 · réunions de chantier avec architectes et bureau de contrôle (Luxcontrol)
 · je suis membre de l'OGBL et délégué du personnel de 2014 à 2019
2001 – 2010 — Chef d'équipe maçon, Tralux Construction, Bertrange
1993 – 2000 — Pedreiro (maçon), Construções Gabriel Couto, Braga

FORMATION
Curso profissional de Construção Civil (CAP bâtiment), Escola Profissional de Chaves, 1993
Formation chef de chantier — IFSB Bettembourg, 2011
Coordination sécurité chantier niveau B

LANGUES
Portugais (langue maternelle), français (courant), luxembourgeois (A2), allemand (notions)

REMARQUE
Je préfère dire franchement : j'ai fait la prison 6 mois en 2012 pour une bagarre, j'ai payé et l'employeur m'a gardé. Au Portugal j'étais sympathisant du PCP (parti communiste) comme mon père.
""",
sensitive=[
 ("date_of_birth_age", "Né le 03.09.1975"),
 ("ethnic_origin", "à Chaves (Portugal)"),
 ("family_status", "Marié, 2 enfants (18 et 15 ans)"),
 ("trade_union", "je suis membre de l'OGBL et délégué du personnel de 2014 à 2019"),
 ("criminal_record", "j'ai fait la prison 6 mois en 2012 pour une bagarre"),
 ("political_opinion", "Au Portugal j'étais sympathisant du PCP (parti communiste) comme mon père"),
],
keep=["Chef de chantier gros œuvre", "CDCL (Compagnie de Construction Luxembourgeoise)",
      "planning des équipes (25 ouvriers et sous-traitants), commandes de béton et acier",
      "Chef d'équipe maçon, Tralux Construction, Bertrange", "Pedreiro (maçon), Construções Gabriel Couto, Braga",
      "Formation chef de chantier — IFSB Bettembourg", "Coordination sécurité chantier niveau B"],
contact=["José Manuel FERREIRA DA SILVA", "12, rue de Hollerich, L-1740 Luxembourg", "+352 621 448 019",
         "josemanuel.fsilva@hotmail.com", "1975 0903 12345"],
),

# 004 Roumaine, infirmière soins palliatifs, Lyon
dict(text="""
Ioana POPESCU
Infirmière diplômée d'État (équivalence UE) — Soins palliatifs / Oncologie
69003 Lyon · 06 48 22 91 07 · ioana.popescu.ide@gmail.com · RPPS 10101234567

PROFIL
Infirmière roumaine avec 12 ans d'expérience, dont 8 ans en oncologie et soins palliatifs. J'aime le travail en équipe pluridisciplinaire et l'accompagnement des familles dans la fin de vie. Je parle roumain, français, anglais.

EXPÉRIENCE PROFESSIONNELLE
2017 – à ce jour : Infirmière, Unité de soins palliatifs, Centre Léon Bérard, Lyon
 - prise en charge de la douleur (PCA morphine), soins de confort, sédation
 - référente « toucher-massage » de l'unité
 - participation aux staffs éthiques et aux réunions avec l'aumônerie et les bénévoles JALMALV
2012 – 2017 : Asistent medical (infirmière), Institutul Oncologic « Prof. Dr. Ion Chiricuță », Cluj-Napoca
 - hôpital de jour chimiothérapie, pose et surveillance des PICC

FORMATION
Școala Postliceală Sanitară Cluj — Asistent medical generalist, 2012 (reconnu par l'ARS en 2017)
DU Soins palliatifs et accompagnement — Université Lyon 1, 2020
AFGSU niveau 2

INFORMATIONS
Âge : 36 ans
Religion : orthodoxe (je fête Pâques orthodoxe, donc je préfère être de repos ce jour)
Je suis pacsée avec ma compagne Claire depuis 2021.
""",
sensitive=[
 ("date_of_birth_age", "Âge : 36 ans"),
 ("religious_belief", "Religion : orthodoxe (je fête Pâques orthodoxe, donc je préfère être de repos ce jour)"),
 ("sexual_orientation", "Je suis pacsée avec ma compagne Claire depuis 2021"),
],
keep=["Infirmière diplômée d'État (équivalence UE) — Soins palliatifs / Oncologie", "Unité de soins palliatifs, Centre Léon Bérard, Lyon",
      "prise en charge de la douleur (PCA morphine), soins de confort, sédation",
      "participation aux staffs éthiques et aux réunions avec l'aumônerie et les bénévoles JALMALV",
      "Institutul Oncologic « Prof. Dr. Ion Chiricuță », Cluj-Napoca", "hôpital de jour chimiothérapie, pose et surveillance des PICC",
      "DU Soins palliatifs et accompagnement — Université Lyon 1", "AFGSU niveau 2"],
contact=["Ioana POPESCU", "69003 Lyon", "06 48 22 91 07", "ioana.popescu.ide@gmail.com", "10101234567"],
),

# 005 Syrien, ingénieur télécom, Rennes
dict(text="""
Georges HADDAD
Ingénieur réseaux et télécoms
35000 Rennes — 07 55 10 42 83 — georges.haddad.telecom@gmail.com — linkedin.com/in/georges-haddad-telecom

Situation : réfugié statutaire (OFPRA 2017), carte de résident 10 ans (titre de séjour biométrique avec empreintes)
Date de naissance : 22 février 1985
Famille : marié, 2 enfants nés en France

COMPÉTENCES
Réseaux mobiles 4G/5G (RAN Nokia, Ericsson), IP/MPLS, optimisation radio, Python pour l'automatisation, Atoll

EXPÉRIENCES
2019 – présent : Ingénieur optimisation radio, Orange Innovation, Rennes (Cesson-Sévigné)
 ▸ optimisation de 1 200 sites 4G/5G en Bretagne, analyse des KPI
 ▸ scripts Python pour détection automatique des anomalies
2017 – 2019 : Technicien réseaux (contrat d'insertion), Ericsson France, Massy
2008 – 2015 : Ingénieur radio, Syriatel, Damas
 ▸ planification de 300 sites 3G, équipe de 4 techniciens

FORMATION
Diplôme d'ingénieur en communications (5 ans), Université de Damas, 2008
Diplôme universitaire « Passerelle ingénieurs réfugiés », IMT Atlantique, 2018
DELF B2 (2017), TOEIC 905

DIVERS
Je suis chrétien syriaque orthodoxe, je chante à la chorale de la paroisse.
J'ai quitté la Syrie en 2015 parce que j'ai refusé de servir dans l'armée du régime et j'avais signé une pétition contre la répression.
""",
sensitive=[
 ("ethnic_origin", "Situation : réfugié statutaire (OFPRA 2017), carte de résident 10 ans"),
 ("genetic_biometric", "titre de séjour biométrique avec empreintes"),
 ("date_of_birth_age", "Date de naissance : 22 février 1985"),
 ("family_status", "Famille : marié, 2 enfants nés en France"),
 ("religious_belief", "Je suis chrétien syriaque orthodoxe, je chante à la chorale de la paroisse"),
 ("political_opinion", "j'avais signé une pétition contre la répression"),
],
keep=["Ingénieur réseaux et télécoms", "Réseaux mobiles 4G/5G (RAN Nokia, Ericsson), IP/MPLS, optimisation radio",
      "Ingénieur optimisation radio, Orange Innovation, Rennes (Cesson-Sévigné)", "Technicien réseaux (contrat d'insertion), Ericsson France, Massy",
      "Ingénieur radio, Syriatel, Damas", "Diplôme d'ingénieur en communications (5 ans), Université de Damas",
      "Diplôme universitaire « Passerelle ingénieurs réfugiés », IMT Atlantique", "DELF B2"],
contact=["Georges HADDAD", "35000 Rennes", "07 55 10 42 83", "georges.haddad.telecom@gmail.com", "linkedin.com/in/georges-haddad-telecom"],
),

# 006 Afghan (dari), commis de cuisine, Genève
dict(text="""
CV

Ali Reza HOSSEINI
Rue de Carouge 98, 1205 Genève
Natel : 076 418 32 65
E-mail : alireza.hosseini.cuisine@gmail.com

Je cherche un poste de commis de cuisine ou cuisinier CFC en restauration collective ou restaurant.

Informations personnelles
Âge : 26 ans
Origine : Afghanistan, je suis hazara
Permis : F (admission provisoire) depuis 2018, demande de permis B en cours
Religion : musulman chiite
État civil : célibataire

Expérience
2021 – aujourd'hui : Cuisinier, EMS Les Pervenches (Carouge) — cuisine pour 90 résidents, régimes (diabétique, haché, mixé)
2019 – 2021 : Aide de cuisine (stage puis CDD), Restaurant Les Armures, Genève
2013 – 2015 : Apprenti tailleur, Téhéran (Iran), dans l'atelier de mon oncle

Formation
CFC de cuisinier (apprentissage dual), Centre de formation professionnelle Hôtellerie et Restauration, Genève, 2021
Cours de français intensif, Hospice général, niveau B1 (2018)
Hygiène HACCP

Langues : dari/persan (maternelle), français B1-B2, anglais A2, ourdou (un peu)

Parcours
Je suis arrivé en Suisse mineur non accompagné en 2016, par la route des Balkans. À Chiasso on a pris mes empreintes pour Eurodac. J'ai été placé au foyer de l'Étoile. Je suis gay, c'est aussi une raison pourquoi je ne peux pas rentrer.

Loisirs : cricket avec l'équipe de Genève, cuisine persane.
""",
sensitive=[
 ("date_of_birth_age", "Âge : 26 ans"),
 ("ethnic_origin", "Origine : Afghanistan, je suis hazara"),
 ("ethnic_origin", "Permis : F (admission provisoire) depuis 2018"),
 ("religious_belief", "Religion : musulman chiite"),
 ("family_status", "État civil : célibataire"),
 ("ethnic_origin", "Je suis arrivé en Suisse mineur non accompagné en 2016, par la route des Balkans"),
 ("genetic_biometric", "À Chiasso on a pris mes empreintes pour Eurodac"),
 ("sexual_orientation", "Je suis gay, c'est aussi une raison pourquoi je ne peux pas rentrer"),
],
keep=["commis de cuisine ou cuisinier CFC", "Cuisinier, EMS Les Pervenches (Carouge)", "cuisine pour 90 résidents, régimes (diabétique, haché, mixé)",
      "Aide de cuisine (stage puis CDD), Restaurant Les Armures, Genève", "CFC de cuisinier (apprentissage dual)",
      "Centre de formation professionnelle Hôtellerie et Restauration, Genève", "Hygiène HACCP"],
contact=["Ali Reza HOSSEINI", "Rue de Carouge 98, 1205 Genève", "076 418 32 65", "alireza.hosseini.cuisine@gmail.com"],
),

# 007 Tamoul sri-lankais, gérant de supérette, Paris
dict(text="""
SIVARAJAH Thileepan
Gérant de magasin alimentaire
75010 Paris · 06 12 74 58 30 · thileepan.sivarajah@yahoo.fr

ÉTAT CIVIL
Né le 14/01/1978 à Jaffna (Sri Lanka)
Nationalité : française depuis 2011 (ancien réfugié)
Marié, 3 enfants
Groupe sanguin : B+

EXPÉRIENCE PROFESSIONNELLE
Depuis 2014 : Gérant, Franprix (franchise), rue du Faubourg-Saint-Denis
 – gestion d'une équipe de 9 employés, plannings, recrutement
 – commandes, gestion des stocks et de la démarque, CA 2,4 M€
 – ouverture du magasin 7j/7, relation avec le franchiseur
2006 – 2014 : Employé libre-service puis chef de rayon, Carrefour Market, Paris 18e
2001 – 2005 : Vendeur dans l'épicerie VT Cash & Carry, La Chapelle

FORMATION
GCE O/L (Sri Lanka, équivalent brevet), 1994
Titre professionnel Manager d'unité marchande (niveau 5), AFPA, 2013
Permis B

LANGUES : tamoul (maternelle), français courant, anglais bon, cingalais (notions)

AUTRES INFORMATIONS
Je suis hindou, je participe chaque année à la fête de Ganesh à La Chapelle (je suis dans le comité d'organisation).
En 1999 j'ai été arrêté par l'armée sri-lankaise et détenu 8 mois à la prison de Welikada sans jugement parce qu'on m'accusait d'aider les Tigres ; c'est la raison de mon départ.
Je reste militant pour la reconnaissance du génocide tamoul.
""",
sensitive=[
 ("date_of_birth_age", "Né le 14/01/1978"),
 ("ethnic_origin", "à Jaffna (Sri Lanka)"),
 ("ethnic_origin", "Nationalité : française depuis 2011 (ancien réfugié)"),
 ("family_status", "Marié, 3 enfants"),
 ("genetic_biometric", "Groupe sanguin : B+"),
 ("religious_belief", "Je suis hindou, je participe chaque année à la fête de Ganesh à La Chapelle"),
 ("criminal_record", "En 1999 j'ai été arrêté par l'armée sri-lankaise et détenu 8 mois à la prison de Welikada sans jugement"),
 ("political_opinion", "Je reste militant pour la reconnaissance du génocide tamoul"),
],
keep=["Gérant de magasin alimentaire", "Gérant, Franprix (franchise), rue du Faubourg-Saint-Denis",
      "gestion d'une équipe de 9 employés, plannings, recrutement", "commandes, gestion des stocks et de la démarque, CA 2,4 M€",
      "chef de rayon, Carrefour Market, Paris 18e", "Titre professionnel Manager d'unité marchande (niveau 5), AFPA"],
contact=["SIVARAJAH Thileepan", "75010 Paris", "06 12 74 58 30", "thileepan.sivarajah@yahoo.fr"],
),

# 008 Chinoise (Wenzhou), comptable, Paris — aucune mention sensible
dict(text="""
ZHOU Li (周丽)
Comptable unique / Assistante de gestion
Aubervilliers (93) — 06 63 18 20 47 — zhouli.compta@163.com

COMPÉTENCES
• Tenue de la comptabilité complète jusqu'au bilan, déclarations de TVA (CA3), liasse fiscale avec l'expert-comptable
• Logiciels : Sage 100, Cegid, EBP, Excel (tableaux croisés)
• Relations avec fournisseurs chinois (import textile et maroquinerie), lettres de crédit, dédouanement
• Langues : chinois mandarin et dialecte de Wenzhou (maternelles), français courant, anglais professionnel

EXPÉRIENCE
2016 – aujourd'hui  Comptable unique, Eurasia Import SARL (grossiste prêt-à-porter), Aubervilliers
   – comptabilité fournisseurs/clients (≈ 1 500 factures/mois), rapprochements bancaires
   – préparation de la paie de 14 salariés (en lien avec le cabinet), déclarations DSN
   – suivi des stocks et inventaire annuel avec commissaire aux comptes
2013 – 2016  Assistante comptable, Cabinet Fiducial Expertise, Paris 11e
2009 – 2012  会计 (comptable), Wenzhou Ouhai Shoes Co., Ltd, Chine

FORMATION
2013  DCG (Diplôme de comptabilité et de gestion) — INTEC / CNAM, Paris
2011  Licence (本科) en comptabilité — Université de Wenzhou
2012  DELF B2

CENTRES D'INTÉRÊT
Badminton en club (Aubervilliers), calligraphie, cuisine
""",
sensitive=[],
keep=["Comptable unique / Assistante de gestion", "Tenue de la comptabilité complète jusqu'au bilan, déclarations de TVA (CA3)",
      "Sage 100, Cegid, EBP", "Comptable unique, Eurasia Import SARL (grossiste prêt-à-porter), Aubervilliers",
      "préparation de la paie de 14 salariés (en lien avec le cabinet), déclarations DSN",
      "Assistante comptable, Cabinet Fiducial Expertise, Paris 11e", "DCG (Diplôme de comptabilité et de gestion)",
      "Licence (本科) en comptabilité — Université de Wenzhou"],
contact=["ZHOU Li (周丽)", "Aubervilliers (93)", "06 63 18 20 47", "zhouli.compta@163.com"],
),

# 009 Ukrainienne, comptable, Luxembourg
dict(text="""
Olena KOVALENKO
Comptable / Chargée de comptabilité fonds d'investissement
Esch-sur-Alzette · +352 691 330 218 · olena.kovalenko.fin@gmail.com

À propos de moi
Comptable ukrainienne avec 11 ans d'expérience (banques et fonds). Je suis arrivée au Luxembourg en mars 2022 avec mes deux enfants, sous protection temporaire. Mon mari est resté en Ukraine, il sert dans l'armée. J'apprends vite et j'aime la précision.

Expérience
Depuis 09/2022 — Fund Accountant (comptable de fonds), Apex Group, Luxembourg-Kirchberg
  ◦ calcul de la VNI quotidienne pour 12 compartiments (SICAV UCITS)
  ◦ réconciliations cash et titres, états financiers annuels (Lux GAAP)
2016 – 2022 — Responsable comptable (Головний бухгалтер), Raiffeisen Bank Aval, Kyiv
  ◦ équipe de 6 personnes, IFRS 9, reporting à la Banque nationale d'Ukraine
2012 – 2016 — Comptable, PwC Ukraine (audit), Kyiv

Formation
Master en finance et crédit (Магістр), Université nationale d'économie de Kyiv (KNEU), 2012
ACCA — 9 examens passés sur 13
Cours intensif de français, INL Luxembourg (niveau B1), 2023

Informations personnelles
Née le 30.06.1989
Religion : orthodoxe (Église orthodoxe d'Ukraine)
Santé : j'ai eu un cancer du sein en 2020, traité à Kyiv, en rémission — suivi à l'hôpital Kirchberg tous les 6 mois.
""",
sensitive=[
 ("ethnic_origin", "Je suis arrivée au Luxembourg en mars 2022 avec mes deux enfants, sous protection temporaire"),
 ("family_status", "Mon mari est resté en Ukraine, il sert dans l'armée"),
 ("date_of_birth_age", "Née le 30.06.1989"),
 ("religious_belief", "Religion : orthodoxe (Église orthodoxe d'Ukraine)"),
 ("health", "j'ai eu un cancer du sein en 2020, traité à Kyiv, en rémission"),
],
keep=["Comptable / Chargée de comptabilité fonds d'investissement", "Fund Accountant (comptable de fonds), Apex Group, Luxembourg-Kirchberg",
      "calcul de la VNI quotidienne pour 12 compartiments (SICAV UCITS)", "Responsable comptable (Головний бухгалтер), Raiffeisen Bank Aval, Kyiv",
      "Comptable, PwC Ukraine (audit), Kyiv", "Master en finance et crédit (Магістр), Université nationale d'économie de Kyiv (KNEU)",
      "ACCA — 9 examens passés sur 13"],
contact=["Olena KOVALENKO", "Esch-sur-Alzette", "+352 691 330 218", "olena.kovalenko.fin@gmail.com"],
),

# 010 Congolais (lingala), éducateur, Liège
dict(text="""
Jean-Pierre MUKENDI TSHIBANGU
Éducateur spécialisé A2
Rue Saint-Léonard 311, 4000 Liège — 0493 72 18 55 — jp.mukendi.educ@gmail.com

Données personnelles
Date et lieu de naissance : 07/07/1980, Kinshasa (RDC)
Statut : réfugié reconnu par le CGRA (2009), nationalité belge depuis 2016
Situation matrimoniale : marié, 4 enfants

Expériences professionnelles
2015 – à ce jour : Éducateur, Service d'aide à la jeunesse « Le Gué », Liège
  • accompagnement de 12 jeunes (14–18 ans) en autonomie, projets de vie
  • travail avec le SAJ et le SPJ, rapports éducatifs, réunions de réseau
2010 – 2015 : Éducateur de nuit, Centre Fedasil de Jumet (accueil de demandeurs d'asile)
  • accueil des mineurs étrangers non accompagnés, médiation interculturelle
2002 – 2008 : Enseignant de français, Collège Boboto, Kinshasa

Formation
Bachelier éducateur spécialisé en accompagnement psycho-éducatif, Haute École de la Province de Liège, 2014
Graduat en pédagogie appliquée, ISP Gombe, Kinshasa, 2002

Engagements
J'étais militant de l'UDPS à Kinshasa ; après la marche du 16 février 2008 j'ai été arrêté et détenu 5 semaines au cachot de l'ANR. Je suis pasteur laïc dans une église de réveil (Assemblée de la Grâce, Liège).
Santé : je suis porteur du trait drépanocytaire (AS), aucun problème.

Langues : lingala, tshiluba, français, néerlandais B1
""",
sensitive=[
 ("date_of_birth_age", "07/07/1980"),
 ("ethnic_origin", "Kinshasa (RDC)"),
 ("ethnic_origin", "Statut : réfugié reconnu par le CGRA (2009), nationalité belge depuis 2016"),
 ("family_status", "Situation matrimoniale : marié, 4 enfants"),
 ("political_opinion", "J'étais militant de l'UDPS à Kinshasa"),
 ("criminal_record", "j'ai été arrêté et détenu 5 semaines au cachot de l'ANR"),
 ("religious_belief", "Je suis pasteur laïc dans une église de réveil (Assemblée de la Grâce, Liège)"),
 ("genetic_biometric", "je suis porteur du trait drépanocytaire (AS)"),
],
keep=["Éducateur spécialisé A2", "Service d'aide à la jeunesse « Le Gué », Liège", "accompagnement de 12 jeunes (14–18 ans) en autonomie, projets de vie",
      "Éducateur de nuit, Centre Fedasil de Jumet (accueil de demandeurs d'asile)", "accueil des mineurs étrangers non accompagnés, médiation interculturelle",
      "Enseignant de français, Collège Boboto, Kinshasa", "Bachelier éducateur spécialisé en accompagnement psycho-éducatif, Haute École de la Province de Liège"],
contact=["Jean-Pierre MUKENDI TSHIBANGU", "Rue Saint-Léonard 311, 4000 Liège", "0493 72 18 55", "jp.mukendi.educ@gmail.com"],
),
]
