# CV académiques rédigés à la main, français, 011-020.

CVS = [
dict(id="academia-fr-011", text="""
Colloque « Genre, sexualités et institutions » — Louvain-la-Neuve, 14-15 mai 2026
Notices biographiques des intervenant·es

Olivier Delvaux est chargé de recherches FNRS au Centre de recherches interdisciplinaires Démocratie, Institutions, Subjectivité (CRIDIS) de l'UCLouvain. Sa thèse, « Du PACS belge au mariage pour tous : la cohabitation légale devant le Parlement, 1998-2003 », a reçu le prix de la Fondation Roi Baudouin. Il travaille aujourd'hui sur l'histoire des associations homosexuelles wallonnes et sur la réception du mariage entre personnes de même sexe dans les paroisses catholiques. Marié depuis 2014 à Kevin, il vit à Namur. Il est par ailleurs conseiller communal Ecolo à Namur depuis 2018. Contact : olivier.delvaux@uclouvain.be

Awa Ndiaye-Lemaire est maîtresse de conférences en droit public à l'Université de Lille. Ses travaux portent sur le droit d'asile fondé sur l'orientation sexuelle et sur la preuve devant la CNDA. Elle a publié « Prouver son homosexualité ? L'asile LGBT et le juge » (LGDJ, 2022).
""", s=[
    ("S", "Marié depuis 2014 à Kevin"),
    ("P", "Il est par ailleurs conseiller communal Ecolo à Namur depuis 2018."),
], keep=[
    "chargé de recherches FNRS",
    "Du PACS belge au mariage pour tous : la cohabitation légale devant le Parlement, 1998-2003",
    "l'histoire des associations homosexuelles wallonnes",
    "la réception du mariage entre personnes de même sexe dans les paroisses catholiques",
    "maîtresse de conférences en droit public à l'Université de Lille",
    "le droit d'asile fondé sur l'orientation sexuelle",
    "Prouver son homosexualité ? L'asile LGBT et le juge",
], contact=[
    "Olivier Delvaux", "olivier.delvaux@uclouvain.be", "Awa Ndiaye-Lemaire",
]),

dict(id="academia-fr-012", text="""
Pasteur Dr Jean-Daniel Rochat
Professeur associé d'histoire du christianisme moderne, Faculté de théologie, Université de Genève
Uni Bastions, 5 rue De-Candolle, 1211 Genève 4 · jean-daniel.rochat@unige.ch · +41 22 555 74 12

Données personnelles : 58 ans ; marié, quatre enfants, six petits-enfants.

Formation
Doctorat en théologie, Université de Lausanne, 2001 : « Le Refuge huguenot à Genève et la discipline consistoriale (1685-1730) »
Master en théologie, Université de Neuchâtel, 1992

Parcours
2014– Professeur associé, Université de Genève
2001–2014 Maître d'enseignement et de recherche, Institut d'histoire de la Réformation
1994–2001 Pasteur de la paroisse de Plainpalais (Église protestante de Genève)

Consécration
J'ai été consacré au ministère pastoral en 1994 et je prêche encore un dimanche par mois au Temple de la Madeleine.

Publications
Rochat, J.-D. (2017). Calvin et les pauvres : la Bourse française de Genève. Genève : Labor et Fides.

Enseignements
Histoire de la Réforme ; Protestantisme et laïcité en Suisse romande ; Séminaire de paléographie du XVIIe siècle

Mandats
Membre du comité de la Société d'histoire et d'archéologie de Genève.
""", s=[
    ("D", "58 ans"),
    ("F", "marié, quatre enfants, six petits-enfants"),
    ("R", "J'ai été consacré au ministère pastoral en 1994 et je prêche encore un dimanche par mois au Temple de la Madeleine"),
], keep=[
    "Professeur associé d'histoire du christianisme moderne, Faculté de théologie, Université de Genève",
    "Le Refuge huguenot à Genève et la discipline consistoriale (1685-1730)",
    "Maître d'enseignement et de recherche, Institut d'histoire de la Réformation",
    "Pasteur de la paroisse de Plainpalais (Église protestante de Genève)",
    "Calvin et les pauvres : la Bourse française de Genève",
    "Protestantisme et laïcité en Suisse romande",
    "Doctorat en théologie, Université de Lausanne, 2001",
], contact=[
    "Pasteur Dr Jean-Daniel Rochat", "Uni Bastions, 5 rue De-Candolle, 1211 Genève 4",
    "jean-daniel.rochat@unige.ch", "+41 22 555 74 12",
]),

dict(id="academia-fr-013", text="""
Geneviève Lapointe, inf., M. Sc.
Infirmière de recherche clinique — Centre de recherche du CHUM (CRCHUM), Montréal
900, rue Saint-Denis, Montréal (QC) H2X 0A9 · genevieve.lapointe.chum@ssss.gouv.qc.ca · 514 555-0172

Sommaire
Dix ans en recherche clinique en neurologie : essais de phase II-III sur la maladie de Huntington et la SLA, consentement, prélèvements, suivi des événements indésirables.

Expérience
2018 – aujourd'hui : Infirmière de recherche, Clinique des maladies neurodégénératives, CRCHUM
 • Coordination locale de l'essai GENERATION HD2 (tominersen)
 • Gestion de la biobanque de LCR et de la cohorte ENROLL-HD (Montréal)
2014 – 2018 : Infirmière clinicienne, Neurologie, Hôpital Notre-Dame

Formation
M. Sc. en sciences infirmières, Université de Montréal, 2018
B. Sc. inf., Université de Sherbrooke, 2014
Certification ACRP-CP, 2020

Pourquoi Huntington
Ma mère est atteinte de la maladie de Huntington et j'ai fait le test présymptomatique en 2016 : je suis porteuse de l'expansion (42 CAG). Après l'annonce, j'ai pris quatre mois de congé pour un épisode dépressif. Je suis mère monoparentale d'une fille de 11 ans.

Membre de la FIQ (Fédération interprofessionnelle de la santé du Québec), déléguée syndicale pour l'équipe de recherche depuis 2021.

Références : Dr Sylvain Chouinard (CHUM) ; Mme Annie Roy, cadre de recherche.
""", s=[
    ("G", "Ma mère est atteinte de la maladie de Huntington"),
    ("G", "j'ai fait le test présymptomatique en 2016 : je suis porteuse de l'expansion (42 CAG)"),
    ("H", "j'ai pris quatre mois de congé pour un épisode dépressif"),
    ("F", "Je suis mère monoparentale d'une fille de 11 ans."),
    ("U", "Membre de la FIQ (Fédération interprofessionnelle de la santé du Québec), déléguée syndicale pour l'équipe de recherche depuis 2021."),
], keep=[
    "Infirmière de recherche clinique",
    "Centre de recherche du CHUM (CRCHUM)",
    "essais de phase II-III sur la maladie de Huntington et la SLA",
    "Coordination locale de l'essai GENERATION HD2 (tominersen)",
    "Gestion de la biobanque de LCR et de la cohorte ENROLL-HD (Montréal)",
    "M. Sc. en sciences infirmières, Université de Montréal, 2018",
    "Certification ACRP-CP, 2020",
], contact=[
    "Geneviève Lapointe", "900, rue Saint-Denis, Montréal (QC) H2X 0A9",
    "genevieve.lapointe.chum@ssss.gouv.qc.ca", "514 555-0172", "Dr Sylvain Chouinard", "Mme Annie Roy",
]),

dict(id="academia-fr-014", text="""
Karim Boudjema
Technicien de recherche (BAP A) — Unité Inserm U1016, Institut Cochin, 22 rue Méchain, 75014 Paris
karim.boudjema@inserm.fr — 06 55 90 21 37

COMPÉTENCES
Culture cellulaire (lignées, cellules primaires humaines), cytométrie en flux (BD FACSymphony), qPCR, Western blot, gestion du laboratoire L2 et des commandes, hygiène et sécurité (assistant de prévention).

EXPÉRIENCE
Depuis 2017 : Technicien de recherche, équipe « Immunologie de l'infection par le VIH », Institut Cochin
 – préparation des PBMC de la cohorte ANRS CO21 CODEX (contrôleurs du VIH)
 – suivi des déclarations OGM et des autorisations de collection (CODECOH)
2012-2017 : Technicien, plateforme de génotypage, Centre national de recherche en génomique humaine (Évry)

FORMATION
BTS Bioanalyses et contrôles, 2011 ; Licence professionnelle biotechnologies, Université d'Évry, 2012

PARCOURS PERSONNEL (à l'attention du jury du concours interne)
Condamné en 2009 à huit mois d'emprisonnement avec sursis pour recel, j'ai repris mes études en sortant de garde à vue ; la condamnation figure au bulletin n° 2, l'administration en a eu connaissance lors de mon recrutement. Mon empreinte génétique est inscrite au FNAEG depuis cette affaire.

Né le 30 septembre 1990 à Sarcelles. Pacsé, un enfant.
""", s=[
    ("C", "Condamné en 2009 à huit mois d'emprisonnement avec sursis pour recel"),
    ("C", "la condamnation figure au bulletin n° 2"),
    ("G", "Mon empreinte génétique est inscrite au FNAEG depuis cette affaire."),
    ("D", "Né le 30 septembre 1990"),
    ("F", "Pacsé, un enfant."),
], keep=[
    "Technicien de recherche (BAP A)",
    "Unité Inserm U1016, Institut Cochin",
    "Immunologie de l'infection par le VIH",
    "préparation des PBMC de la cohorte ANRS CO21 CODEX (contrôleurs du VIH)",
    "Technicien, plateforme de génotypage, Centre national de recherche en génomique humaine (Évry)",
    "BTS Bioanalyses et contrôles, 2011",
    "cytométrie en flux (BD FACSymphony)",
], contact=[
    "Karim Boudjema", "22 rue Méchain, 75014 Paris", "karim.boudjema@inserm.fr", "06 55 90 21 37",
]),

dict(id="academia-fr-015", text="""
DOSSIER DE CANDIDATURE — Bourse doctorale de la Fondation Croix-Rouge française (appel 2026)
Pièce 2 : curriculum vitae

Nom : HAMOUDI — Prénom : Omar
Date de naissance : 17/01/1998 (28 ans)
Nationalité : française depuis 2021 (naturalisé) ; né à Alep (Syrie), arrivé en France en 2015 avec le statut de réfugié
Adresse : 4 place Bellecour, 69002 Lyon — omar.hamoudi@etu.univ-lyon2.fr — 07 55 62 08 14

Projet de thèse
« Soigner l'exil : accès aux soins psychiques des demandeurs d'asile dans les PASS de la métropole lyonnaise », Université Lumière Lyon 2, laboratoire Centre Max Weber, sous la direction de Mme Hélène Vasseur (accord de l'ED 483).

Formation
Master 2 Sociologie, parcours Migrations et santé, Lyon 2, 2025 (mention très bien)
Licence de sociologie, Université Grenoble Alpes, 2022

Expérience
Stage de recherche, Orspere-Samdarra (observatoire santé mentale, vulnérabilités et sociétés), 2024-2025
Interprète arabe-français bénévole, Forum réfugiés, depuis 2017

Engagement
Bénévole à l'Ardhis (accompagnement des personnes LGBT+ exilées), association qui m'a moi-même accompagné dans ma demande d'asile.

Situation sociale (rubrique demandée par la Fondation)
Boursier CROUS échelon 7 pendant toute la licence. Je suis soutien de famille : ma mère et mes deux sœurs cadettes vivent avec moi.
""", s=[
    ("D", "Date de naissance : 17/01/1998 (28 ans)"),
    ("E", "Nationalité : française depuis 2021 (naturalisé) ; né à Alep (Syrie), arrivé en France en 2015 avec le statut de réfugié"),
    ("F", "Je suis soutien de famille : ma mère et mes deux sœurs cadettes vivent avec moi."),
    ("S", "association qui m'a moi-même accompagné dans ma demande d'asile"),
], keep=[
    "Bourse doctorale de la Fondation Croix-Rouge française",
    "Soigner l'exil : accès aux soins psychiques des demandeurs d'asile dans les PASS de la métropole lyonnaise",
    "Université Lumière Lyon 2, laboratoire Centre Max Weber",
    "Master 2 Sociologie, parcours Migrations et santé",
    "Stage de recherche, Orspere-Samdarra",
    "Interprète arabe-français bénévole, Forum réfugiés",
], contact=[
    "HAMOUDI", "Omar", "4 place Bellecour, 69002 Lyon", "omar.hamoudi@etu.univ-lyon2.fr",
    "07 55 62 08 14", "Mme Hélène Vasseur",
]),

dict(id="academia-fr-016", text="""
Salma Benjelloun
Doctorante en génétique humaine — Laboratoire de génétique et pathologie moléculaire, Faculté de médecine et de pharmacie, Université Hassan II de Casablanca
salma.benjelloun@etu.univh2c.ma · +212 6 55 31 87 40 · Maârif, Casablanca

Née le 9 octobre 1996 à Fès — célibataire

Sujet de thèse
« Mutations fondatrices du gène GJB2 et surdité congénitale dans les familles consanguines du Maroc » (dir. Pr Abdelaziz Sefiani ; financement CNRST, bourse d'excellence)

Parcours
2021– Doctorante, Université Hassan II ; 2019–2021 Master Biotechnologie et santé, Université Sidi Mohamed Ben Abdellah de Fès

Compétences
Séquençage Sanger et NGS (panel surdité, 120 gènes) ; analyse d'exomes ; conseil pré-test aux familles ; comité d'éthique de la FMPC (avis n° 22/2021).

Communications
« Fréquence de la mutation c.35delG au Maroc », Journées de la Société marocaine de génétique médicale, Rabat, 2023.

Motivation personnelle
Mon frère aîné est sourd de naissance et j'ai découvert en testant ma propre famille que je suis hétérozygote c.35delG, comme mes deux parents, cousins germains. Pratiquante, je porte le foulard et j'ai présenté mes résultats à ma famille avec l'aide de l'imam de notre quartier.
""", s=[
    ("D", "Née le 9 octobre 1996"),
    ("F", "célibataire"),
    ("G", "j'ai découvert en testant ma propre famille que je suis hétérozygote c.35delG, comme mes deux parents, cousins germains"),
    ("G", "Mon frère aîné est sourd de naissance"),
    ("R", "Pratiquante, je porte le foulard"),
], keep=[
    "Doctorante en génétique humaine",
    "Laboratoire de génétique et pathologie moléculaire",
    "Université Hassan II de Casablanca",
    "Mutations fondatrices du gène GJB2 et surdité congénitale dans les familles consanguines du Maroc",
    "Master Biotechnologie et santé",
    "Séquençage Sanger et NGS (panel surdité, 120 gènes)",
    "Fréquence de la mutation c.35delG au Maroc",
], contact=[
    "Salma Benjelloun", "salma.benjelloun@etu.univh2c.ma", "+212 6 55 31 87 40", "Maârif, Casablanca",
    "Pr Abdelaziz Sefiani",
]),

dict(id="academia-fr-017", text="""
Dr Fatou Binetou Sarr
Chercheuse en santé publique, Institut de recherche en santé, de surveillance épidémiologique et de formation (IRESSEF), Diamniadio, Sénégal
fbsarr@iressef.org · +221 76 555 20 93

Domaines de recherche
Prévention du VIH chez les femmes et les populations clés ; PrEP ; stigmatisation ; recherche communautaire.

Expériences
Depuis 2019 : Chercheuse, IRESSEF — investigatrice principale de l'étude « PrEP-Femmes Dakar » (ANRS | MIE 12436)
2014-2019 : Assistante de recherche, Conseil national de lutte contre le sida (CNLS), Dakar

Formation
Doctorat en santé publique, Université Cheikh Anta Diop, 2018
Master en santé publique, ISED, 2013

Publication choisie
Sarr F. B. et al. « Acceptabilité de la PrEP chez les travailleuses du sexe à Mbour », Santé publique, 2022.

Ce qui me relie à ces femmes
Je vis avec le VIH depuis 2007, découvert lors de ma première grossesse ; je suis sous traitement antirétroviral et porte-parole du Réseau national des associations de personnes vivant avec le VIH (RNP+). Veuve depuis 2012, je fais partie d'une famille layène et la foi de mes proches m'a beaucoup portée.
""", s=[
    ("H", "Je vis avec le VIH depuis 2007, découvert lors de ma première grossesse ; je suis sous traitement antirétroviral"),
    ("H", "porte-parole du Réseau national des associations de personnes vivant avec le VIH (RNP+)"),
    ("F", "Veuve depuis 2012"),
    ("R", "je fais partie d'une famille layène et la foi de mes proches m'a beaucoup portée"),
], keep=[
    "Chercheuse en santé publique",
    "IRESSEF",
    "Prévention du VIH chez les femmes et les populations clés",
    "PrEP-Femmes Dakar",
    "Assistante de recherche, Conseil national de lutte contre le sida (CNLS)",
    "Doctorat en santé publique, Université Cheikh Anta Diop, 2018",
    "Acceptabilité de la PrEP chez les travailleuses du sexe à Mbour",
], contact=[
    "Dr Fatou Binetou Sarr", "fbsarr@iressef.org", "+221 76 555 20 93",
]),

dict(id="academia-fr-018", text="""
Pr Ziad Itani
Professeur de science politique, Faculté de droit et des sciences politiques, Université Saint-Joseph, Beyrouth
Rue Huvelin, Achrafieh · ziad.itani@usj.edu.lb · +961 70 555 412
Né à Tripoli (Liban) le 5 mars 1969.

Formation
Doctorat de science politique, Sciences Po Paris, 1998 : « Le confessionnalisme politique au Liban après Taëf : partis, zaïms et clientèles »

Carrière
2010– Professeur ; 1999–2010 Maître de conférences, USJ
Professeur invité : IEP d'Aix-en-Provence (2016), Université de Montréal (2021)

Ouvrages
Itani, Z. (2012). Les partis libanais face à la guerre de Syrie. Paris : Karthala.
Itani, Z. (2022). Thawra ! Le soulèvement d'octobre 2019 et la fin du consensus confessionnel. Beyrouth : Presses de l'USJ.

Enseignements
Systèmes politiques du Moyen-Orient ; Sociologie électorale ; Religion et politique au Liban

Expertise
Observateur électoral pour l'UE (législatives 2018 et 2022).

Éléments personnels
Sunnite de naissance, j'ai demandé en 2009 la radiation de la mention confessionnelle sur mon registre d'état civil. Membre fondateur du mouvement Citoyens et citoyennes dans un État (MMFD). En novembre 2019, j'ai été arrêté lors d'une manifestation à Beyrouth et poursuivi devant le tribunal militaire ; l'affaire a été classée en 2021, mais mes empreintes digitales et ma photographie restent dans les fichiers des services de renseignement de l'armée.
""", s=[
    ("D", "le 5 mars 1969"),
    ("R", "Sunnite de naissance, j'ai demandé en 2009 la radiation de la mention confessionnelle sur mon registre d'état civil"),
    ("P", "Membre fondateur du mouvement Citoyens et citoyennes dans un État (MMFD)"),
    ("C", "j'ai été arrêté lors d'une manifestation à Beyrouth et poursuivi devant le tribunal militaire"),
    ("G", "mes empreintes digitales et ma photographie restent dans les fichiers des services de renseignement de l'armée"),
], keep=[
    "Professeur de science politique, Faculté de droit et des sciences politiques, Université Saint-Joseph",
    "Le confessionnalisme politique au Liban après Taëf : partis, zaïms et clientèles",
    "Les partis libanais face à la guerre de Syrie",
    "Thawra ! Le soulèvement d'octobre 2019 et la fin du consensus confessionnel",
    "Religion et politique au Liban",
    "Observateur électoral pour l'UE (législatives 2018 et 2022).",
    "Doctorat de science politique, Sciences Po Paris, 1998",
], contact=[
    "Pr Ziad Itani", "Rue Huvelin, Achrafieh", "ziad.itani@usj.edu.lb", "+961 70 555 412",
]),

dict(id="academia-fr-019", text="""
Aurélie Fontaine-Baptiste
Chargée de projets européens (Horizon Europe / ERC), Direction de la recherche et de la valorisation, Université de Strasbourg
4 rue Blaise Pascal, 67000 Strasbourg · a.fontaine-baptiste@unistra.fr · 03 68 85 55 21

Missions
Montage et dépôt de projets ERC, MSCA et collaboratifs ; budgets et accords de consortium ; suivi financier et audits ; formation des porteurs aux entretiens ERC.

Expérience
Depuis 2018 : Chargée de projets européens, Unistra (portefeuille : 9 ERC obtenues, dont l'ERC Consolidator « RELIGAR – Religion, genre et radicalités en Europe »)
2013-2018 : Gestionnaire de contrats de recherche, Inserm Grand Est
 – suivi de l'appel ANRS « Santé sexuelle des HSH en région transfrontalière »

Formation
Master Administration de la recherche et de l'innovation (MARI), Université de Strasbourg, 2013
Licence LEA anglais-allemand, 2011

Langues : anglais C1, allemand C1.

Autres
Représentante SNPTES au comité social d'administration de l'université (2022-2026).
Temps partiel à 80 % depuis mon retour de congé maternité en 2021 ; ma compagne et moi élevons nos jumelles.
Je vis avec une sclérose en plaques depuis 2016 ; télétravail deux jours par semaine sur recommandation de la médecine de prévention.
""", s=[
    ("U", "Représentante SNPTES au comité social d'administration de l'université (2022-2026)."),
    ("F", "depuis mon retour de congé maternité en 2021"),
    ("S", "ma compagne et moi"),
    ("F", "élevons nos jumelles"),
    ("H", "Je vis avec une sclérose en plaques depuis 2016"),
], keep=[
    "Chargée de projets européens (Horizon Europe / ERC)",
    "Direction de la recherche et de la valorisation, Université de Strasbourg",
    "RELIGAR – Religion, genre et radicalités en Europe",
    "Gestionnaire de contrats de recherche, Inserm Grand Est",
    "Santé sexuelle des HSH en région transfrontalière",
    "Master Administration de la recherche et de l'innovation (MARI)",
], contact=[
    "Aurélie Fontaine-Baptiste", "4 rue Blaise Pascal, 67000 Strasbourg",
    "a.fontaine-baptiste@unistra.fr", "03 68 85 55 21",
]),

dict(id="academia-fr-020", text="""
Maxime Le Goff — maître de conférences en sociologie
Université Rennes 2, laboratoire LiRIS (EA 7481) — Place du Recteur Henri Le Moal, 35043 Rennes
maxime.legoff@univ-rennes2.fr · 06 55 47 12 83

Thèmes : sociologie du travail et des relations professionnelles ; syndicalisme dans l'agroalimentaire breton ; répression syndicale.

Titres
MCF section 19, Rennes 2 (depuis 2017) ; doctorat de sociologie, Université de Nantes, 2015 : « Tenir la ligne. Délégués syndicaux et cadences dans les abattoirs bretons »

Publications récentes
Le Goff M., 2021, « Licencier un délégué : l'inspection du travail face aux salariés protégés », Travail et emploi, n° 165.
Le Goff M., 2024, Les Nouveaux Abattoirs. Enquête sur le travail à la chaîne, Paris, La Découverte.

Enseignement
Sociologie du travail (L2), Syndicalisme et action collective (M1), Enquête par entretiens (L3)

Responsabilités et engagements
Co-secrétaire de la section SUD Éducation de Rennes 2 (2019-2023).
Militant La France insoumise, membre du groupe d'action de Rennes-Centre.
Je vis à Rennes avec mon compagnon, Yannick.
Condamné en 2019 à 1 500 € d'amende (dont 1 000 avec sursis) pour refus de prélèvement d'empreintes génétiques après une garde à vue lors d'une manifestation contre la réforme des retraites.
""", s=[
    ("U", "Co-secrétaire de la section SUD Éducation de Rennes 2 (2019-2023)."),
    ("P", "Militant La France insoumise, membre du groupe d'action de Rennes-Centre."),
    ("C", "Condamné en 2019 à 1 500 € d'amende (dont 1 000 avec sursis) pour refus de prélèvement d'empreintes génétiques"),
    ("C", "après une garde à vue lors d'une manifestation contre la réforme des retraites"),
    ("S", 'avec mon compagnon, Yannick'),
], keep=[
    "maître de conférences en sociologie",
    "Université Rennes 2, laboratoire LiRIS (EA 7481)",
    "syndicalisme dans l'agroalimentaire breton",
    "Tenir la ligne. Délégués syndicaux et cadences dans les abattoirs bretons",
    "Licencier un délégué : l'inspection du travail face aux salariés protégés",
    "Les Nouveaux Abattoirs. Enquête sur le travail à la chaîne",
    "Syndicalisme et action collective (M1)",
], contact=[
    "Maxime Le Goff", "Place du Recteur Henri Le Moal, 35043 Rennes", "maxime.legoff@univ-rennes2.fr",
    "06 55 47 12 83", "Le Goff M.",
]),
]
