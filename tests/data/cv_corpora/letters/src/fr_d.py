"""letters-fr-031..040, tapés à la main."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 031 - France, Strasbourg, contrôleur de gestion, gay, réseau LGBT+, CFDT, dyslexie
CVS.append(dict(
text="""
Objet : Candidature spontanée – Contrôleur de gestion industriel (site de Molsheim)

Madame, Monsieur,

Contrôleur de gestion depuis neuf ans chez Hager Group, je suivais jusqu'ici le coût de revient des gammes de disjoncteurs pour les usines d'Obernai et de Saverne, et j'ai mené la refonte du reporting mensuel sous SAP CO et Power BI. Je souhaite rejoindre Bugatti Automobiles pour travailler sur des séries plus courtes et un pilotage plus proche des ateliers.

Je me permets deux précisions, que je préfère donner d'emblée. Je suis dyslexique : je compense très bien à l'écrit grâce aux outils de correction, mais je vous serais reconnaissant, si un test est prévu, de me laisser un tiers-temps comme aux examens. Par ailleurs, je suis gay et j'ai cofondé en 2019 le réseau LGBT+ interne de Hager, que j'ai animé pendant quatre ans ; si vous avez une démarche d'inclusion, j'aimerais y contribuer.

Enfin, j'ai été élu au CSE sur la liste CFDT pendant un mandat, ce qui m'a appris à présenter des chiffres à des publics très différents.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Julien Schaeffer
14, rue du Faubourg-National, 67000 Strasbourg – 06 33 71 85 20 – julien.schaeffer@gmx.fr

EXPÉRIENCE
2015 – 2024  Contrôleur de gestion industriel, Hager Group (Obernai / Saverne)
2013 – 2015  Auditeur junior, KPMG Strasbourg
FORMATION : Master CCA, EM Strasbourg (2013) – DSCG (UE 1 à 5)
SAP CO · Power BI · Excel VBA · allemand courant
""",
sensitive=[
    (H, "Je suis dyslexique"),
    (H, "de me laisser un tiers-temps comme aux examens"),
    (S, "je suis gay"),
    (S, "j'ai cofondé en 2019 le réseau LGBT+ interne de Hager, que j'ai animé pendant quatre ans"),
    (T, "j'ai été élu au CSE sur la liste CFDT pendant un mandat"),
],
keep=["Contrôleur de gestion industriel (site de Molsheim)", "Hager Group", "mené la refonte du reporting mensuel sous SAP CO et Power BI",
      "Bugatti Automobiles",
      "Auditeur junior, KPMG Strasbourg", "Master CCA, EM Strasbourg", "DSCG (UE 1 à 5)", "Excel VBA"],
contact=["Julien Schaeffer", "14, rue du Faubourg-National, 67000 Strasbourg", "06 33 71 85 20", "julien.schaeffer@gmx.fr"],
))

# 032 - Belgique, Charleroi, magasinier, prison de Jamioulx, réhabilitation, banque ADN, foi en prison
CVS.append(dict(
text="""
Dimitri Van Hove
Rue de Montigny 88, 6000 Charleroi
0471 62 30 95 – dimitri.vanhove88@hotmail.com
Né le 21 juin 1988

Charleroi, le 7 février 2024

Objet : candidature – Cariste / magasinier (équipe de nuit), Ikea Distribution Services, Fleurus

Madame, Monsieur,

Je vous envoie ma candidature pour le poste de cariste de nuit. Depuis trois ans, je travaille en intérim chez Trafic et chez Colruyt Logistics à Ollignies, où je fais la préparation de commandes et le chargement des camions avec un taux d'erreur parmi les plus bas de l'équipe.

Mon parcours n'a pas été droit et je préfère vous l'écrire franchement. J'ai été condamné en 2012 pour vol avec violence et j'ai purgé quatre ans à la prison de Jamioulx. Mon profil ADN a été enregistré dans la banque de données nationale des condamnés à ce moment-là. C'est en prison que je suis revenu vers la foi, grâce à l'aumônier protestant, et c'est aussi là que j'ai passé mon permis cariste avec l'asbl Après.

J'ai introduit une demande de réhabilitation, accordée en 2023, et mon extrait de casier est de nouveau vierge.

Je suis père de trois enfants et je veux leur montrer qu'on peut se relever.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Dimitri Van Hove

EXPÉRIENCE
2021 – 2024  Cariste / préparateur de commandes (intérim), Colruyt Logistics, Ollignies
2018 – 2021  Ouvrier polyvalent, asbl Le Rebond (entreprise de formation par le travail)
FORMATION : Brevet cariste (chariot élévateur frontal et rétractable), 2016 – VCA Base
""",
sensitive=[
    (D, "Né le 21 juin 1988"),
    (C, "J'ai été condamné en 2012 pour vol avec violence et j'ai purgé quatre ans à la prison de Jamioulx"),
    (G, "Mon profil ADN a été enregistré dans la banque de données nationale des condamnés"),
    (R, "je suis revenu vers la foi, grâce à l'aumônier protestant"),
    (C, "J'ai introduit une demande de réhabilitation, accordée en 2023"),
    (F, "Je suis père de trois enfants"),
],
keep=["Cariste / magasinier (équipe de nuit)", "Ikea Distribution Services", "Colruyt Logistics",
      "préparation de commandes et le chargement des camions", "Cariste / préparateur de commandes (intérim)",
      "Ouvrier polyvalent, asbl Le Rebond", "Brevet cariste (chariot élévateur frontal et rétractable)", "VCA Base"],
contact=["Dimitri Van Hove", "Rue de Montigny 88, 6000 Charleroi", "0471 62 30 95", "dimitri.vanhove88@hotmail.com"],
))

# 033 - Québec, Gatineau, conseillère fédérale, Anishinabe, conjointe, grossesse, fibrose kystique, AFPC
CVS.append(dict(
text="""
Geneviève Commanda
112, rue Laurier, app. 4, Gatineau (Québec) J8X 3W1
819 555-0129 · gen.commanda@outlook.com

Gatineau, le 18 janvier 2024

Objet : Conseillère principale en politiques autochtones (EC-06) – Services aux Autochtones Canada

Madame, Monsieur,

Je vous soumets ma candidature pour le poste de conseillère principale en politiques autochtones. Depuis sept ans, je travaille à Emploi et Développement social Canada, où j'ai coordonné la consultation des Premières Nations du Québec sur la Stratégie de formation pour les compétences et l'emploi destinée aux Autochtones et rédigé trois mémoires au Cabinet.

Je suis Anishinabe, membre de la communauté de Kitigan Zibi, et c'est ce qui m'a menée vers ces dossiers.

Je vous informe également que je suis enceinte et que mon congé de maternité devrait débuter en juillet. Lors du suivi de grossesse, on a découvert que je suis porteuse d'une mutation du gène de la fibrose kystique ; le donneur que ma conjointe et moi avions choisi a été testé à son tour et n'est pas porteur, donc tout va bien.

Je suis déléguée syndicale de l'AFPC dans ma direction depuis 2021.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Geneviève Commanda

EXPÉRIENCE
2017 – ce jour  Analyste principale des politiques (EC-05), EDSC
2014 – 2017     Agente de projets, Commission de développement des ressources humaines des Premières Nations du Québec (CDRHPNQ)
FORMATION : Maîtrise en administration publique, ENAP (2014) · Baccalauréat en science politique, Université d'Ottawa (2011)
""",
sensitive=[
    (E, "Je suis Anishinabe, membre de la communauté de Kitigan Zibi"),
    (F, "je suis enceinte et que mon congé de maternité devrait débuter en juillet"),
    (G, "je suis porteuse d'une mutation du gène de la fibrose kystique"),
    (S, "le donneur que ma conjointe et moi avions choisi"),
    (T, "Je suis déléguée syndicale de l'AFPC dans ma direction depuis 2021"),
],
keep=["Conseillère principale en politiques autochtones (EC-06)", "Services aux Autochtones Canada",
      "coordonné la consultation des Premières Nations du Québec", "rédigé trois mémoires au Cabinet",
      "Analyste principale des politiques (EC-05), EDSC",
      "Commission de développement des ressources humaines des Premières Nations du Québec (CDRHPNQ)",
      "Maîtrise en administration publique, ENAP", "Baccalauréat en science politique, Université d'Ottawa"],
contact=["Geneviève Commanda", "112, rue Laurier, app. 4, Gatineau (Québec) J8X 3W1", "819 555-0129", "gen.commanda@outlook.com"],
))

# 034 - Maroc, Marrakech, hôtellerie, chèque sans provision, CDT, marié, prière, subsaharien
CVS.append(dict(
text="""
CURRICULUM VITAE
Moussa Diallo Benjelloun
Derb Sidi Bouloukat 14, Médina, Marrakech
+212 6 55 90 21 37 – moussa.benjelloun@gmail.com
Date et lieu de naissance : 03/09/1982 à Dakar (Sénégal)
Nationalité : marocaine (par naturalisation)
Situation familiale : marié, 1 enfant

LETTRE DE MOTIVATION

Marrakech, le 10 avril 2024

À l'attention de Madame la Directrice des Ressources Humaines
Royal Mansour Marrakech

Objet : Candidature – Chef de réception

Madame la Directrice,

Avec quatorze ans d'expérience dans l'hôtellerie de luxe, dont six comme assistant chef de réception au Mamounia, je souhaite mettre mon savoir-faire au service du Royal Mansour. J'ai encadré une équipe de 18 réceptionnistes, formé le personnel à Opera PMS et contribué à l'obtention du label Forbes Five Star en 2022.

Je dois vous signaler un épisode difficile : en 2015, après la faillite de mon petit riad, j'ai été condamné pour émission de chèque sans provision et j'ai purgé huit mois à la prison d'Oukacha. Toutes mes dettes sont aujourd'hui réglées.

J'ai été membre du bureau syndical CDT du Mamounia de 2019 à 2022. Musulman pratiquant, je m'arrange toujours avec mes collègues pour la prière du vendredi sans gêner le service.

Veuillez agréer, Madame la Directrice, l'expression de mes salutations respectueuses.

Moussa Benjelloun

EXPÉRIENCE
2018 – ce jour  Assistant chef de réception, La Mamounia
2010 – 2015     Gérant, Riad Dar Nour (propre affaire)
2008 – 2010     Réceptionniste, Sofitel Marrakech Palais Impérial
FORMATION : Diplôme de technicien spécialisé en hôtellerie, ISTAH Marrakech (2008) ; anglais, espagnol, wolof
""",
sensitive=[
    (D, "Date et lieu de naissance : 03/09/1982"),
    (E, "Dakar (Sénégal)"),
    (E, "Nationalité : marocaine (par naturalisation)"),
    (F, "Situation familiale : marié, 1 enfant"),
    (C, "j'ai été condamné pour émission de chèque sans provision et j'ai purgé huit mois à la prison d'Oukacha"),
    (T, "J'ai été membre du bureau syndical CDT du Mamounia de 2019 à 2022"),
    (R, "Musulman pratiquant, je m'arrange toujours avec mes collègues pour la prière du vendredi"),
],
keep=["Royal Mansour Marrakech", "formé le personnel à Opera PMS",
      "contribué à l'obtention du label Forbes Five Star", "Assistant chef de réception, La Mamounia",
      "Gérant, Riad Dar Nour", "Réceptionniste, Sofitel Marrakech Palais Impérial",
      "Diplôme de technicien spécialisé en hôtellerie, ISTAH Marrakech"],
contact=["Moussa Diallo Benjelloun", "Derb Sidi Bouloukat 14, Médina, Marrakech", "+212 6 55 90 21 37",
         "moussa.benjelloun@gmail.com", "Moussa Benjelloun"],
))

# 035 - Cameroun -> France, Lyon, technicien labo, drépanocytose SS, compagnon, naturalisé
CVS.append(dict(
text="""
Objet : Candidature – Technicien de laboratoire en hématologie, Établissement français du sang (EFS Auvergne-Rhône-Alpes)

Madame, Monsieur,

Technicien de laboratoire depuis dix ans, dont six au laboratoire d'hématologie du Centre hospitalier Lyon-Sud, je réalise les électrophorèses de l'hémoglobine, les numérations et les bilans d'hémostase, et je participe à la formation des étudiants en BTS ABM. J'ai aussi contribué à la mise en place du dépistage de la drépanocytose en consultation prénatale avec l'équipe de génétique.

Je connais ce sujet de très près : je suis moi-même drépanocytaire SS. J'ai eu peu de crises ces dernières années, mais je dois éviter le froid intense et je vous serais reconnaissant de prévoir un poste qui ne soit pas en chambre froide de façon prolongée. Mes quelques hospitalisations restent rares (deux jours en 2023).

Né à Douala, je suis arrivé en France pour mes études et j'ai été naturalisé français en 2018. Je vis à Villeurbanne avec mon compagnon, Nicolas, qui travaille lui aussi à l'hôpital.

Je serais très heureux de rejoindre l'EFS, dont la mission me tient particulièrement à cœur.

Bien cordialement,
Serge Ndjock
06 18 42 73 66 – serge.ndjock@gmail.com – 31, cours Émile-Zola, 69100 Villeurbanne

EXPÉRIENCE
2018 – aujourd'hui  Technicien de laboratoire, hématologie, Hospices Civils de Lyon (CH Lyon-Sud)
2014 – 2018         Technicien de laboratoire, Biogroup Lyon
FORMATION : BTS Analyses de biologie médicale (2014) – Licence pro Biotechnologies, Université Lyon 1 (2016)
""",
sensitive=[
    (G, "je suis moi-même drépanocytaire SS"),
    (H, "J'ai eu peu de crises ces dernières années, mais je dois éviter le froid intense"),
    (H, "Mes quelques hospitalisations restent rares (deux jours en 2023)"),
    (E, "Né à Douala, je suis arrivé en France pour mes études et j'ai été naturalisé français en 2018"),
    (S, "avec mon compagnon, Nicolas, qui travaille lui aussi"),
],
keep=["Technicien de laboratoire en hématologie", "Établissement français du sang (EFS Auvergne-Rhône-Alpes)",
      "réalise les électrophorèses de l'hémoglobine", "mise en place du dépistage de la drépanocytose en consultation prénatale",
      "Technicien de laboratoire, hématologie, Hospices Civils de Lyon (CH Lyon-Sud)", "Technicien de laboratoire, Biogroup Lyon",
      "BTS Analyses de biologie médicale", "Licence pro Biotechnologies, Université Lyon 1"],
contact=["Serge Ndjock", "06 18 42 73 66", "serge.ndjock@gmail.com", "31, cours Émile-Zola, 69100 Villeurbanne"],
))

# 036 - Haïti, Port-au-Prince, comptable, arrestation manif, Petrochallenge, CTSP
CVS.append(dict(
text="""
Jean-Robert Désir
Comptable agréé (OCPAH)
Pétion-Ville, Rue Grégoire #48 · +509 3801 6674 · jrdesir.compta@gmail.com

Port-au-Prince, le 28 février 2024

À Monsieur le Directeur administratif
Banque de la République d'Haïti (BRH)

Objet : Candidature au poste d'auditeur interne senior

Monsieur le Directeur,

Comptable agréé, titulaire d'une maîtrise en sciences comptables de l'Université Quisqueya, je travaille depuis dix ans au cabinet Mérové-Pierre, Cabinet d'experts-comptables, où j'ai dirigé les audits de trois caisses populaires et de la Centrale autonome métropolitaine d'eau potable (CAMEP).

Je souhaite vous informer en toute transparence que j'ai été arrêté le 17 octobre 2018 lors d'une manifestation au Champ-de-Mars, gardé quarante-huit heures au commissariat de Port-au-Prince puis relâché sans inculpation. J'étais alors engagé dans le mouvement Petrochallenge et je demeure convaincu que la reddition de comptes est au cœur du métier d'auditeur.

Je suis également membre de la Confédération des travailleurs des secteurs public et privé (CTSP) depuis mes débuts à la Direction générale des impôts.

Né le 5 mai 1984, je suis disponible à partir du 1er avril.

Veuillez agréer, Monsieur le Directeur, l'expression de mes sentiments distingués.

Jean-Robert Désir

EXPÉRIENCE
2014 – ce jour  Auditeur senior, Mérové-Pierre, Cabinet d'experts-comptables
2009 – 2014     Contrôleur, Direction générale des impôts (DGI)
FORMATION : Maîtrise en sciences comptables, Université Quisqueya (2012) ; membre de l'Ordre des comptables professionnels agréés d'Haïti
""",
sensitive=[
    (C, "j'ai été arrêté le 17 octobre 2018 lors d'une manifestation au Champ-de-Mars, gardé quarante-huit heures au commissariat de Port-au-Prince"),
    (P, "J'étais alors engagé dans le mouvement Petrochallenge"),
    (T, "Je suis également membre de la Confédération des travailleurs des secteurs public et privé (CTSP)"),
    (D, "Né le 5 mai 1984"),
],
keep=["Comptable agréé (OCPAH)", "Banque de la République d'Haïti (BRH)", "auditeur interne senior",
      "dirigé les audits de trois caisses populaires", "Auditeur senior, Mérové-Pierre, Cabinet d'experts-comptables",
      "Contrôleur, Direction générale des impôts (DGI)", "Maîtrise en sciences comptables, Université Quisqueya (2012)",
      "Ordre des comptables professionnels agréés d'Haïti"],
contact=["Jean-Robert Désir", "Pétion-Ville, Rue Grégoire #48", "+509 3801 6674", "jrdesir.compta@gmail.com"],
))

# 037 - Luxembourg, banquier, époux, enfants adoptés, génome séquencé
CVS.append(dict(
text="""
Philippe Weber
45, boulevard Royal, L-2449 Luxembourg · +352 661 780 214 · philippe.weber.lux@gmail.com
47 ans · marié · deux enfants

Madame, Monsieur,

C'est avec un grand intérêt que je vous adresse ma candidature au poste de Head of Private Banking Operations chez Banque Internationale à Luxembourg (BIL).

Depuis 2013, je dirige chez BGL BNP Paribas l'équipe Opérations clientèle privée (35 personnes), j'ai piloté la migration vers la plateforme Avaloq et conduit le projet de digitalisation de l'onboarding KYC, qui a réduit de moitié les délais d'ouverture de compte.

Ma vie familiale est une des raisons de ce changement : mon époux, Jérôme, et moi avons adopté deux enfants en 2021, et je souhaite un poste avec moins de déplacements vers Paris.

Par ailleurs, et sans lien direct avec le poste, j'ai participé en 2019 au projet de recherche du Luxembourg Institute of Health sur la maladie de Parkinson : mon génome entier a été séquencé dans ce cadre, mon père étant atteint de la maladie. J'en parle car votre banque soutient ce programme de recherche et cela a compté dans mon envie de vous rejoindre.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Weber

EXPÉRIENCE
2013 – aujourd'hui  Head of Operations, Private Banking, BGL BNP Paribas
2005 – 2013         Team leader, Fund Administration, Clearstream
FORMATION : Master en finance, HEC Liège (2001) · Certificat ILA Directeur de banque (2016)
""",
sensitive=[
    (D, "47 ans"),
    (F, "marié · deux enfants"),
    (S, "mon époux, Jérôme,"),
    (F, "avons adopté deux enfants en 2021"),
    (G, "mon génome entier a été séquencé dans ce cadre, mon père étant atteint de la maladie"),
],
keep=["Head of Private Banking Operations", "Banque Internationale à Luxembourg (BIL)",
      "piloté la migration vers la plateforme Avaloq", "digitalisation de l'onboarding KYC",
      "Head of Operations, Private Banking, BGL BNP Paribas", "Team leader, Fund Administration, Clearstream",
      "Master en finance, HEC Liège", "Certificat ILA Directeur de banque"],
contact=["Philippe Weber", "45, boulevard Royal, L-2449 Luxembourg", "+352 661 780 214", "philippe.weber.lux@gmail.com"],
))

# 038 - France, Rennes, éducateur PJJ/associatif, B2, FNAEG, SUD, compagnon, manif
CVS.append(dict(
text="""
Yann Le Goff
17, rue de Saint-Malo, 35000 Rennes
06 49 12 58 03 – yann.legoff.educ@protonmail.com

Rennes, le 25 mars 2024

Sauvegarde de l'enfance 35 – Direction
Objet : candidature au poste d'éducateur spécialisé, service de prévention spécialisée de Maurepas

Madame la Directrice,

Éducateur spécialisé depuis 2014, j'ai travaillé huit ans en foyer éducatif à l'ASE d'Ille-et-Vilaine, où j'ai accompagné des adolescents confiés par le juge des enfants et animé un atelier de réparation de vélos qui existe toujours.

Je souhaite vous informer d'un élément qui pourrait apparaître lors de la vérification de mon bulletin n° 2. En 2016, lors des manifestations contre la loi Travail à Rennes, j'ai été condamné à une amende pour rébellion. J'ai obtenu l'exclusion de cette mention du B2 en 2019 ; en revanche mon ADN, prélevé pendant la garde à vue, est resté au FNAEG jusqu'à son effacement en 2022. Je l'assume : je manifestais contre une réforme que je jugeais injuste et je reste attaché à ces convictions, sans jamais les imposer aux jeunes.

Je suis adhérent de SUD Santé Sociaux depuis 2015. Mon compagnon, Erwan, est lui aussi éducateur, à Saint-Brieuc, ce qui explique mon souhait de rester en Bretagne.

Je vous prie de croire, Madame la Directrice, à mes sentiments respectueux.

Yann Le Goff

PARCOURS
2016 – 2024  Éducateur spécialisé, Foyer éducatif Les Glycines (ASE 35)
2014 – 2016  Moniteur-éducateur, ITEP de Cesson-Sévigné
FORMATION : DEES, ASKORIA Rennes (2014) – PSC1
""",
sensitive=[
    (C, "j'ai été condamné à une amende pour rébellion"),
    (C, "J'ai obtenu l'exclusion de cette mention du B2 en 2019"),
    (G, "mon ADN, prélevé pendant la garde à vue, est resté au FNAEG"),
    (P, "je manifestais contre une réforme que je jugeais injuste et je reste attaché à ces convictions"),
    (T, "Je suis adhérent de SUD Santé Sociaux depuis 2015"),
    (S, "Mon compagnon, Erwan,"),
],
keep=["Sauvegarde de l'enfance 35", "éducateur spécialisé, service de prévention spécialisée de Maurepas",
      "accompagné des adolescents confiés par le juge des enfants", "animé un atelier de réparation de vélos",
      "Éducateur spécialisé, Foyer éducatif Les Glycines (ASE 35)", "Moniteur-éducateur, ITEP de Cesson-Sévigné",
      "DEES, ASKORIA Rennes", "PSC1"],
contact=["Yann Le Goff", "17, rue de Saint-Malo, 35000 Rennes", "06 49 12 58 03", "yann.legoff.educ@protonmail.com"],
))

# 039 - France, Montpellier, reconversion infirmière à 50 ans, cancer du sein, Marfan, femme, catholique, Manif pour tous
CVS.append(dict(
text="""
Isabelle Fabre
8, rue de l'Aiguillerie, 34000 Montpellier · 06 72 05 31 48 · isabelle.fabre34@sfr.fr

Madame la Directrice des soins,

Jeune diplômée de l'IFSI du CHU de Montpellier (promotion 2024), je sollicite un poste d'infirmière en cardiologie au sein de la Clinique du Millénaire.

Avant cette reconversion, j'ai été vingt-deux ans assistante de direction chez Dell puis chez Sanofi. J'ai repris mes études à 50 ans, après un cancer du sein traité en 2019 : les soignants qui m'ont accompagnée m'ont donné envie de faire ce métier. Mon stage de fin d'études en cardiologie au CHU Arnaud-de-Villeneuve m'a confirmé dans ce choix ; j'y ai notamment participé à l'éducation des patients porteurs de valves mécaniques.

La cardiologie me touche aussi pour une raison familiale : je suis atteinte d'un syndrome de Marfan, comme mon père, et je suis suivie chaque année pour mon aorte.

J'ajoute un mot plus personnel. Catholique pratiquante, j'ai défilé en 2013 contre le mariage pour tous, avant de rencontrer celle qui est aujourd'hui ma femme ; cette histoire m'a appris à ne jamais juger trop vite un patient ou un collègue.

Je vous prie d'agréer, Madame, l'expression de mes salutations respectueuses.

Isabelle Fabre

PARCOURS
2024     Diplôme d'État d'infirmier, IFSI CHU de Montpellier
1998 – 2020  Assistante de direction, Sanofi (Montpellier) puis Dell (Montpellier)
FORMATION ANTÉRIEURE : BTS Assistant de direction (1996) – AFGSU niveau 2
""",
sensitive=[
    (D, "à 50 ans"),
    (H, "après un cancer du sein traité en 2019"),
    (G, "je suis atteinte d'un syndrome de Marfan, comme mon père"),
    (H, "je suis suivie chaque année pour mon aorte"),
    (R, "Catholique pratiquante"),
    (P, "j'ai défilé en 2013 contre le mariage pour tous"),
    (S, "celle qui est aujourd'hui ma femme"),
],
keep=["infirmière en cardiologie", "Clinique du Millénaire", "IFSI du CHU de Montpellier",
      "participé à l'éducation des patients porteurs de valves mécaniques", "Diplôme d'État d'infirmier, IFSI CHU de Montpellier",
      "Assistante de direction, Sanofi (Montpellier) puis Dell (Montpellier)", "BTS Assistant de direction", "AFGSU niveau 2"],
contact=["Isabelle Fabre", "8, rue de l'Aiguillerie, 34000 Montpellier", "06 72 05 31 48", "isabelle.fabre34@sfr.fr"],
))

# 040 - Belgique, Mons, ouvrier, délégué CSC, compagnon, origine italienne, sursis piquet
CVS.append(dict(
text="""
Giovanni « Gianni » Russo
Rue de Bertaimont 63, 7000 Mons
0494 18 27 60 – gianni.russo.mons@gmail.com

Mons, le 13 mai 2024

Objet : candidature au poste de conseiller en prévention niveau II – IDEWE / service externe

Madame, Monsieur,

Opérateur chez AGC Glass Europe à Fleurus pendant vingt ans, j'ai obtenu en 2022 le diplôme de conseiller en prévention niveau II (UMONS) et je suis depuis deux ans conseiller interne à mi-temps sur le site, où j'ai conduit l'analyse des risques sur les lignes de trempe et animé les formations « gestes et postures » pour 240 travailleurs.

Petit-fils de mineurs venus des Abruzzes après la guerre, j'ai grandi dans une cité de Quaregnon où la sécurité au travail était une affaire de vie ou de mort, et cela ne m'a jamais quitté.

Je ne vous cache pas que j'ai été délégué CSC au CPPT pendant douze ans. En 2015, lors d'une grève, j'ai été condamné à une peine de travail de 40 heures pour entrave méchante à la circulation, suite au piquet que nous tenions devant le zoning. C'est derrière moi, mais je préfère que vous l'appreniez de moi.

Je vis avec mon compagnon, Luc, et je m'occupe un week-end sur deux de ma mère, qui a besoin d'aide depuis son AVC.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gianni Russo

EXPÉRIENCE
2022 – aujourd'hui  Conseiller en prévention interne (mi-temps), AGC Glass Europe, Fleurus
2002 – 2022         Opérateur puis chef de ligne, AGC Glass Europe
FORMATION : Conseiller en prévention niveau II, UMONS (2022) – VCA-VOL – BA4/BA5
""",
sensitive=[
    (E, "Petit-fils de mineurs venus des Abruzzes après la guerre"),
    (T, "j'ai été délégué CSC au CPPT pendant douze ans"),
    (C, "j'ai été condamné à une peine de travail de 40 heures pour entrave méchante à la circulation"),
    (S, "Je vis avec mon compagnon, Luc,"),
    (F, "je m'occupe un week-end sur deux de ma mère, qui a besoin d'aide depuis son AVC"),
],
keep=["conseiller en prévention niveau II – IDEWE", "Opérateur chez AGC Glass Europe", "conduit l'analyse des risques sur les lignes de trempe",
      "animé les formations « gestes et postures »", "Conseiller en prévention interne (mi-temps)",
      "Opérateur puis chef de ligne, AGC Glass Europe", "Conseiller en prévention niveau II, UMONS", "BA4/BA5"],
contact=["Giovanni « Gianni » Russo", "Rue de Bertaimont 63, 7000 Mons", "0494 18 27 60", "gianni.russo.mons@gmail.com",
         "Gianni Russo"],
))
