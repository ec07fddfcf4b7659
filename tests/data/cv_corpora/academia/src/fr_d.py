# CV académiques rédigés à la main, français, 031-040.

CVS = [
dict(id="academia-fr-031", text="""
Nathalie Pasquier
Technicienne de laboratoire CFC — Département de microbiologie fondamentale, Université de Lausanne
Bâtiment Biophore, 1015 Lausanne · nathalie.pasquier@unil.ch · 021 555 42 18

Profil
Laborantine en biologie avec quinze ans d'expérience en bactériologie et en gestion de laboratoire BSL2. Rigoureuse, à l'aise avec la formation des stagiaires et des civilistes.

Expérience
Depuis 2016 : Technicienne de laboratoire, DMF, UNIL
 – culture et conservation de 4 000 souches (Pseudomonas, Legionella) ; gestion du congélateur -80 °C et de l'inventaire
 – préparation des milieux et des TP de microbiologie pour les étudiants de Bachelor en biologie
 – responsable sécurité biologique adjointe
2009-2016 : Laborantine, Institut de microbiologie, CHUV
 – diagnostic bactériologique de routine, antibiogrammes, MALDI-TOF
2006-2009 : Apprentissage de laborantine CFC, orientation biologie, Hoffmann-La Roche, Bâle

Formation continue
Brevet fédéral de technicienne en analyses biomédicales (2014) ; cours OFSP sur la sécurité biologique (2017) ; formation de formatrice en entreprise (2019)

Langues
Français (langue maternelle), allemand (B2), anglais (B1).

Références
Pr Dieter Haas, professeur honoraire, UNIL ; Mme Carine Python, responsable technique DMF.
""", s=[], keep=[
    "Technicienne de laboratoire CFC",
    "Département de microbiologie fondamentale, Université de Lausanne",
    "Laborantine, Institut de microbiologie, CHUV",
    "Apprentissage de laborantine CFC, orientation biologie, Hoffmann-La Roche",
    "Brevet fédéral de technicienne en analyses biomédicales (2014)",
    "responsable sécurité biologique adjointe",
], contact=[
    "Nathalie Pasquier", "Bâtiment Biophore, 1015 Lausanne", "nathalie.pasquier@unil.ch", "021 555 42 18",
    "Pr Dieter Haas", "Mme Carine Python",
]),

dict(id="academia-fr-032", text="""
Jean-François Bélanger, Ph. D.
Professeur titulaire, Institut d'études religieuses, Université de Montréal
C.P. 6128, succ. Centre-ville, Montréal (QC) H3C 3J7 · jf.belanger@umontreal.ca · 514 555-0151

Champs : histoire du catholicisme québécois ; Révolution tranquille et déconfessionnalisation ; abus dans l'Église et commissions d'enquête.

Formation
Ph. D. théologie (histoire de l'Église), Université Laval, 2001 : « Les collèges classiques et la crise des vocations, 1945-1970 »
Baccalauréat en théologie, Grand Séminaire de Québec, 1989

Carrière
2015– Professeur titulaire ; 2003–2015 Professeur adjoint puis agrégé, Université de Montréal
1990–1999 Vicaire puis curé, paroisse Saint-Roch de Québec

Rapports et expertise
Expert auprès de la Commission d'enquête sur les abus sexuels dans le diocèse de Québec (rapport 2023).

Publications
Bélanger J.-F. (2020). Le Grand Renoncement. Prêtres défroqués au Québec, 1960-1985. Montréal : Boréal.

Notes personnelles
J'ai quitté le sacerdoce en 1999 et obtenu ma dispense de Rome en 2004 ; je me considère aujourd'hui agnostique. Depuis 2010, je partage ma vie avec Marc, mon conjoint, que j'ai épousé en 2016. Membre du Syndicat général des professeurs et professeures de l'Université de Montréal (SGPUM) et ancien délégué du département. Membre du Parti québécois depuis 1995.
""", s=[
    ("R", "J'ai quitté le sacerdoce en 1999 et obtenu ma dispense de Rome en 2004 ; je me considère aujourd'hui agnostique"),
    ("S", "je partage ma vie avec Marc, mon conjoint, que j'ai épousé en 2016"),
    ("U", "Membre du Syndicat général des professeurs et professeures de l'Université de Montréal (SGPUM) et ancien délégué du département"),
    ("P", "Membre du Parti québécois depuis 1995."),
], keep=[
    "Professeur titulaire, Institut d'études religieuses, Université de Montréal",
    "histoire du catholicisme québécois",
    "Les collèges classiques et la crise des vocations, 1945-1970",
    "Vicaire puis curé, paroisse Saint-Roch de Québec",
    "Expert auprès de la Commission d'enquête sur les abus sexuels dans le diocèse de Québec",
    "Le Grand Renoncement. Prêtres défroqués au Québec, 1960-1985",
    "Baccalauréat en théologie, Grand Séminaire de Québec, 1989",
], contact=[
    "Jean-François Bélanger", "C.P. 6128, succ. Centre-ville, Montréal (QC) H3C 3J7",
    "jf.belanger@umontreal.ca", "514 555-0151", "Bélanger J.-F.",
]),

dict(id="academia-fr-033", text="""
Mickaël Saïd Abdallah
Chercheur post-doctoral en criminologie — CESDIP (CNRS, UVSQ), Guyancourt
mickael.abdallah@uvsq.fr · 07 55 09 81 26

Thèse de doctorat en sociologie (Université Paris-Nanterre, 2024) : « Sortir de prison, sortir de la drogue ? Parcours de sortants de maisons centrales en Île-de-France »

Postes
2024– Post-doctorant, CESDIP, projet ANR « DESISTANCE – Sorties de délinquance et accompagnement »
2020-2024 Doctorant contractuel, Sophiapol, Paris-Nanterre
2017-2020 Médiateur pair, association Aurore, CSAPA de Ris-Orangis

Publications
Abdallah M. S., « Le récit de désistance comme épreuve », Déviance et Société, 47(3), 2023.
Abdallah M. S., « La méthadone en détention », Champ pénal, 2022.

Enseignement : Introduction à la criminologie (L2, UVSQ) ; Sociologie de la prison (M1)

Parcours personnel — comme l'exige l'éthique de ma recherche
J'ai été condamné en 2006 par la cour d'assises de l'Essonne à neuf ans de réclusion et j'ai passé six ans en maison centrale avant une libération conditionnelle en 2012. En détention, j'ai commencé un traitement de substitution à la méthadone, que je poursuis. Né à Mamoudzou, fils de parents comoriens arrivés à Mayotte sans papiers. Mon profil ADN est au FNAEG depuis 2005.
""", s=[
    ("C", "J'ai été condamné en 2006 par la cour d'assises de l'Essonne à neuf ans de réclusion et j'ai passé six ans en maison centrale"),
    ("C", "avant une libération conditionnelle en 2012"),
    ("H", "En détention, j'ai commencé un traitement de substitution à la méthadone, que je poursuis"),
    ("E", "Né à Mamoudzou, fils de parents comoriens arrivés à Mayotte sans papiers"),
    ("G", "Mon profil ADN est au FNAEG depuis 2005."),
], keep=[
    "Chercheur post-doctoral en criminologie — CESDIP (CNRS, UVSQ)",
    "Sortir de prison, sortir de la drogue ? Parcours de sortants de maisons centrales en Île-de-France",
    "DESISTANCE – Sorties de délinquance et accompagnement",
    "Médiateur pair, association Aurore, CSAPA de Ris-Orangis",
    "Le récit de désistance comme épreuve",
    "La méthadone en détention",
    "Sociologie de la prison (M1)",
], contact=[
    "Mickaël Saïd Abdallah", "mickael.abdallah@uvsq.fr", "07 55 09 81 26", "Abdallah M. S.",
]),

dict(id="academia-fr-034", text="""
Sœur Marie-Bénédicte Lefort, o.s.b.
Maîtresse de conférences en théologie morale, Theologicum — Faculté de théologie et de sciences religieuses, Institut catholique de Paris
21 rue d'Assas, 75006 Paris · mb.lefort@icp.fr · 01 44 39 55 32

Née le 12 juin 1975 à Angers.

Vie religieuse
Moniale bénédictine, profession solennelle en 2006 à l'abbaye Sainte-Cécile de Solesmes ; je vis en communauté au prieuré de la rue Monsieur.

Titres
Doctorat canonique en théologie, ICP, 2013 ; doctorat en philosophie, Université Paris-Sorbonne, 2013 (cotutelle) : « Le consentement et la vulnérabilité : relire Thomas d'Aquin à l'épreuve de la bioéthique »
Habilitation à diriger des recherches, 2022

Enseignements
Bioéthique : fin de vie et soins palliatifs ; Morale sexuelle et conjugale (cycle de licence canonique) ; Séminaire doctoral « Corps et justice »

Publications
Lefort M.-B. (2019). Dignité de la personne et tests génétiques prénatals. Paris : Cerf.
Lefort M.-B. (2024). « Aide active à mourir : ce que la loi change pour les aumôneries hospitalières », Études, n° 4312.

Expertise
Membre du groupe de travail de la Conférence des évêques de France sur la fin de vie ; auditionnée par la commission des affaires sociales du Sénat (2024).

Engagement
Bénévole à l'aumônerie de la maison d'arrêt de Fresnes depuis 2015.
""", s=[
    ("D", "Née le 12 juin 1975"),
    ("R", "Moniale bénédictine, profession solennelle en 2006 à l'abbaye Sainte-Cécile de Solesmes ; je vis en communauté au prieuré de la rue Monsieur"),
    ("R", "Bénévole à l'aumônerie de la maison d'arrêt de Fresnes depuis 2015."),
], keep=[
    "Maîtresse de conférences en théologie morale",
    "Institut catholique de Paris",
    "Le consentement et la vulnérabilité : relire Thomas d'Aquin à l'épreuve de la bioéthique",
    "Habilitation à diriger des recherches, 2022",
    "Bioéthique : fin de vie et soins palliatifs",
    "Dignité de la personne et tests génétiques prénatals",
    "Aide active à mourir : ce que la loi change pour les aumôneries hospitalières",
    "Morale sexuelle et conjugale",
], contact=[
    "Sœur Marie-Bénédicte Lefort", "21 rue d'Assas, 75006 Paris", "mb.lefort@icp.fr",
    "01 44 39 55 32", "Lefort M.-B.",
]),

dict(id="academia-fr-035", text="""
CURRICULUM VITAE

Ibrahima Ba
Doctorant en sociologie (4e année), Laboratoire d'analyse des sociétés et pouvoirs / Afrique-Diasporas (LASPAD), Université Gaston Berger, Saint-Louis
ibrahima.ba@ugb.edu.sn · +221 78 555 40 12

Né vers 1995 à Matam (jugement supplétif d'acte de naissance, 2003)
Situation de famille : marié, un enfant
Groupe : peul (haalpulaar), de caste torodo

Sujet de thèse
« Partir par la mer : jeunesse, religion et migration clandestine dans la vallée du fleuve Sénégal » (dir. Pr Aminata Diaw-Cissé)

Terrain
Dix mois à Matam et à Thiès ; entretiens avec 58 candidats au départ, familles de disparus et marabouts consultés avant la traversée. Autorisation du Comité national d'éthique pour la recherche en santé (CNERS), n° 00112/MSAS.

Formation
Master 2 Sociologie, UGB, 2020 ; Licence de sociologie, UGB, 2018

Bourses
Programme doctoral CODESRIA (2022) ; bourse de mobilité du Campus France / SCAC Dakar (2023)

Communications
« La prière avant la pirogue », colloque de l'APAD, Niamey, 2024.

Engagements
Condamné en mars 2021 à un mois de prison avec sursis pour participation à une manifestation non autorisée à Saint-Louis. Disciple tidiane de la famille Sy de Tivaouane. Ancien secrétaire général de l'amicale des étudiants de Matam ; membre du SUDES/ESR (section des doctorants enseignants vacataires).
""", s=[
    ("D", "Né vers 1995"),
    ("F", "Situation de famille : marié, un enfant"),
    ("E", "Groupe : peul (haalpulaar), de caste torodo"),
    ("R", "Disciple tidiane de la famille Sy de Tivaouane."),
    ("U", "membre du SUDES/ESR (section des doctorants enseignants vacataires)"),
    ("C", 'Condamné en mars 2021 à un mois de prison avec sursis pour participation à une manifestation non autorisée à Saint-Louis.'),
], keep=[
    "Doctorant en sociologie",
    "Université Gaston Berger",
    "Partir par la mer : jeunesse, religion et migration clandestine dans la vallée du fleuve Sénégal",
    "Autorisation du Comité national d'éthique pour la recherche en santé (CNERS)",
    "Programme doctoral CODESRIA (2022)",
    "La prière avant la pirogue",
    "Master 2 Sociologie, UGB, 2020",
], contact=[
    "Ibrahima Ba", "ibrahima.ba@ugb.edu.sn", "+221 78 555 40 12", "Pr Aminata Diaw-Cissé",
]),

dict(id="academia-fr-036", text="""
Pr Tilelli Aït Baâmrane
Professeure d'histoire, Faculté des lettres et des sciences humaines, Université Ibn Zohr, Agadir
B.P. 8106, Cité Dakhla, Agadir · t.aitbaamrane@uiz.ac.ma · +212 6 66 55 19 03

Spécialités : histoire sociale du Souss ; manuscrits et actes notariés en amazighe (tifinagh et graphie arabe) ; archives des tribus.

Diplômes
Doctorat en histoire, Université Mohammed V, 2008 : « Les inflas du Souss et le Makhzen (1860-1934) »
Licence d'histoire, Université Ibn Zohr, 1997

Carrière
Depuis 2016 : Professeure de l'enseignement supérieur ; 2009-2016 : Professeure habilitée

Projets
Chercheuse principale, IRCAM, « Corpus numérique des actes coutumiers amazighs (azref) du Souss » (2019-2023)

Publications
Aït Baâmrane, T. (2018). Femmes, terres et coutume dans le Souss. Rabat : Publications de l'IRCAM.

Enseignements
Histoire du Maroc précolonial ; Paléographie des documents amazighs ; Histoire des mouvements nationalistes

Vie associative et militante
Amazighe de la tribu des Aït Baâmrane, je suis engagée depuis l'université dans le Mouvement culturel amazigh. Condamnée en 1998 à deux mois avec sursis après un sit-in de l'Association nationale des diplômés chômeurs. Membre du Parti socialiste unifié (PSU) et du bureau régional du SNESup à Agadir.
""", s=[
    ("E", "Amazighe de la tribu des Aït Baâmrane"),
    ("P", "je suis engagée depuis l'université dans le Mouvement culturel amazigh"),
    ("P", "Membre du Parti socialiste unifié (PSU)"),
    ("U", "du bureau régional du SNESup à Agadir"),
    ("C", "Condamnée en 1998 à deux mois avec sursis après un sit-in de l'Association nationale des diplômés chômeurs."),
], keep=[
    "Professeure d'histoire, Faculté des lettres et des sciences humaines, Université Ibn Zohr",
    "histoire sociale du Souss",
    "Les inflas du Souss et le Makhzen (1860-1934)",
    "Corpus numérique des actes coutumiers amazighs (azref) du Souss",
    "Femmes, terres et coutume dans le Souss",
    "Paléographie des documents amazighs",
    "Histoire des mouvements nationalistes",
], contact=[
    "Pr Tilelli Aït Baâmrane", "B.P. 8106, Cité Dakhla, Agadir", "t.aitbaamrane@uiz.ac.ma", "+212 6 66 55 19 03",
    "Aït Baâmrane, T.",
]),

dict(id="academia-fr-037", text="""
Candidature MCF — Section 74 (STAPS), poste n° 0789 — Université Claude Bernard Lyon 1, laboratoire L-ViS

Antoine Mercier-Dubois
antoine.mercier-dubois@univ-lyon1.fr · 06 55 21 90 33 · 12 quai Claude-Bernard, 69007 Lyon
Âge : 33 ans

Formation
Doctorat STAPS, Université Grenoble Alpes, 2022 : « Para-athlètes et classification : le handicap mesuré, contesté, négocié »
Master APAS (Activité physique adaptée et santé), Université de Montpellier, 2018
Qualification CNU section 74 (2023)

Postes
2023-2026 ATER, Université Claude Bernard Lyon 1 ; 2022-2023 Post-doctorant, Comité paralympique et sportif français (CPSF)

Publications
Mercier-Dubois A., « Classer les corps : la fabrique des catégories paralympiques », Sciences sociales et sport, 2023.

Enseignements
Activité physique adaptée et maladies chroniques ; Sociologie du sport et du handicap ; Handisport : pratique et pédagogie

Situation personnelle (section « conditions de l'audition »)
Je me déplace en fauteuil roulant et j'ai besoin d'une salle accessible. J'ai une neuropathie de Charcot-Marie-Tooth de type 1A, confirmée par test génétique comme chez mon père. Ancien joueur de l'équipe de France de basket fauteuil. Je vis avec mon compagnon, Hugo, à Villeurbanne. Militant au sein du collectif Handi-Social et candidat EELV aux municipales de 2026.
""", s=[
    ("D", "Âge : 33 ans"),
    ("H", "Je me déplace en fauteuil roulant et j'ai besoin d'une salle accessible."),
    ("G", "J'ai une neuropathie de Charcot-Marie-Tooth de type 1A, confirmée par test génétique comme chez mon père."),
    ("H", "Ancien joueur de l'équipe de France de basket fauteuil."),
    ("S", "Je vis avec mon compagnon, Hugo,"),
    ("P", "candidat EELV aux municipales de 2026"),
], keep=[
    "Section 74 (STAPS)",
    "Université Claude Bernard Lyon 1",
    "Para-athlètes et classification : le handicap mesuré, contesté, négocié",
    "Master APAS (Activité physique adaptée et santé)",
    "Post-doctorant, Comité paralympique et sportif français (CPSF)",
    "Classer les corps : la fabrique des catégories paralympiques",
    "Sociologie du sport et du handicap",
    "Qualification CNU section 74 (2023)",
], contact=[
    "Antoine Mercier-Dubois", "antoine.mercier-dubois@univ-lyon1.fr", "06 55 21 90 33",
    "12 quai Claude-Bernard, 69007 Lyon", "Mercier-Dubois A.",
]),

dict(id="academia-fr-038", text="""
Garo Kassabian
Ingénieur de recherche, Centre de recherche en sciences de l'eau, Université américaine de Beyrouth (AUB) — Faculté d'ingénierie
Bliss Street, Hamra, Beyrouth · gk21@aub.edu.lb · +961 1 555 350

Compétences
Modélisation hydrologique (SWAT, HEC-HMS), SIG, télédétection ; gestion de capteurs de qualité de l'eau ; Python ; encadrement d'étudiants de master.

Expérience
2016 – : Ingénieur de recherche, AUB — projet « Litani 2030 : pollution et gouvernance du bassin » (financement UE-PRIMA)
2012 – 2016 : Ingénieur hydraulicien, Conseil du développement et de la reconstruction (CDR)

Formation
Master en génie civil et environnemental, AUB, 2012
Diplôme d'ingénieur, École supérieure d'ingénieurs de Beyrouth (ESIB-USJ), 2010

Publication
Kassabian G. et al. « Heavy metals in the Qaraoun reservoir », Environmental Monitoring and Assessment, 2022.

Informations personnelles
Né en 1987 à Bourj Hammoud, Libanais d'origine arménienne (petit-fils de rescapés du génocide). Membre de l'Église apostolique arménienne ; je chante au chœur de la cathédrale Saint-Grégoire-l'Illuminateur d'Antélias. Militant de la Fédération révolutionnaire arménienne (Tachnag) dans ma jeunesse. Marié, deux enfants.
""", s=[
    ("D", "Né en 1987"),
    ("E", "Libanais d'origine arménienne (petit-fils de rescapés du génocide)"),
    ("R", "Membre de l'Église apostolique arménienne ; je chante au chœur de la cathédrale Saint-Grégoire-l'Illuminateur d'Antélias"),
    ("P", "Militant de la Fédération révolutionnaire arménienne (Tachnag) dans ma jeunesse"),
    ("F", "Marié, deux enfants."),
], keep=[
    "Ingénieur de recherche, Centre de recherche en sciences de l'eau",
    "Université américaine de Beyrouth (AUB)",
    "Litani 2030 : pollution et gouvernance du bassin",
    "Ingénieur hydraulicien, Conseil du développement et de la reconstruction (CDR)",
    "Master en génie civil et environnemental, AUB, 2012",
    "Heavy metals in the Qaraoun reservoir",
    "Modélisation hydrologique (SWAT, HEC-HMS)",
], contact=[
    "Garo Kassabian", "Bliss Street, Hamra, Beyrouth", "gk21@aub.edu.lb", "+961 1 555 350", "Kassabian G.",
]),

dict(id="academia-fr-039", text="""
Annie-Claude Poirier
Conseillère en développement de la recherche (subventions), Bureau de la recherche, Université du Québec à Trois-Rivières (UQTR)
3351, boul. des Forges, Trois-Rivières (QC) G8Z 4M3 · annie-claude.poirier@uqtr.ca · 819 555-0147

Ce que je fais
J'accompagne les professeurs dans leurs demandes au CRSH, au CRSNG, aux IRSC et aux FRQ : lecture critique, budgets, plans de gestion des données, exigences EDI et lettres d'appui des partenaires autochtones.

Expérience
2017 – aujourd'hui : Conseillère en développement de la recherche, UQTR
 • 46 % de taux de réussite au programme Savoir du CRSH en 2024 (moyenne nationale : 38 %)
 • Montage de la demande de Chaire de recherche du Canada « Santé des hommes gais et bisexuels en région »
 • Accompagnement du projet FRQSC « Prison et réinsertion en Mauricie »
2012 – 2017 : Agente de recherche, Centre intégré universitaire de santé et de services sociaux (CIUSSS MCQ)

Formation
M.A. en communication sociale, UQTR, 2012 ; certificat en gestion de projets, 2015

Divers
Déléguée syndicale du SPPUQTR (personnel professionnel) depuis 2021. J'ai obtenu en 2015 la suspension de mon casier judiciaire (vol à l'étalage, 2006). Mon ADN a été prélevé à l'époque et se trouve dans la Banque nationale de données génétiques. Mariée à Johanne, sans enfants.
""", s=[
    ("U", "Déléguée syndicale du SPPUQTR (personnel professionnel) depuis 2021."),
    ("C", "J'ai obtenu en 2015 la suspension de mon casier judiciaire (vol à l'étalage, 2006)."),
    ("G", "Mon ADN a été prélevé à l'époque et se trouve dans la Banque nationale de données génétiques."),
    ("S", "Mariée à Johanne"),
    ("F", "sans enfants"),
], keep=[
    "Conseillère en développement de la recherche (subventions)",
    "Université du Québec à Trois-Rivières (UQTR)",
    "lettres d'appui des partenaires autochtones",
    "Santé des hommes gais et bisexuels en région",
    "Prison et réinsertion en Mauricie",
    "Agente de recherche, Centre intégré universitaire de santé et de services sociaux (CIUSSS MCQ)",
    "M.A. en communication sociale, UQTR, 2012",
], contact=[
    "Annie-Claude Poirier", "3351, boul. des Forges, Trois-Rivières (QC) G8Z 4M3",
    "annie-claude.poirier@uqtr.ca", "819 555-0147",
]),

dict(id="academia-fr-040", text="""
Bernard Lacombe — directeur de recherche émérite au CNRS
Centre Maurice Halbwachs (CMH, UMR 8097), 48 boulevard Jourdan, 75014 Paris
bernard.lacombe@ens.psl.eu — 01 80 52 55 16

Né le 3 octobre 1950 à Saint-Étienne.

Carrière
DR émérite (depuis 2016) ; DR1 CNRS (1998-2016) ; CR puis DR2 au Laboratoire de sociologie du travail (1978-1998)
Thèse de 3e cycle, EHESS, 1977 : « Les OS de la Manufacture d'armes de Saint-Étienne et la grève de 1968 »

Ouvrages (sélection)
Lacombe B. (1989). Les Établis. Intellectuels à l'usine après Mai 68. Paris : Seuil.
Lacombe B. (2005). Une histoire sociale du syndicalisme CFDT, 1964-1995. Paris : La Découverte.
Lacombe B. (2019). Le Sida, les militants et l'État. Paris : CNRS Éditions.

Engagements de jeunesse (tels qu'évoqués dans « Les Établis »)
Militant de la Ligue communiste de 1968 à 1976, « établi » comme OS chez Peugeot à Sochaux en 1971-1973. Condamné en 1972 par le tribunal correctionnel de Montbéliard à trois mois avec sursis pour violences lors d'un piquet de grève.
Militant d'Act Up-Paris dans les années 1990, j'ai perdu mon compagnon Pierre en 1993 ; je suis moi-même séropositif depuis 1989.

Dernière contribution : entretien biographique pour la cohorte de vieillissement « Gazel-Seniors », dont j'ai accepté que mon échantillon sanguin et mon génotypage soient conservés à la biobanque.
""", s=[
    ("D", "Né le 3 octobre 1950"),
    ("P", "Militant de la Ligue communiste de 1968 à 1976"),
    ("C", "Condamné en 1972 par le tribunal correctionnel de Montbéliard à trois mois avec sursis pour violences lors d'un piquet de grève."),
    ("P", "Militant d'Act Up-Paris dans les années 1990"),
    ("S", "j'ai perdu mon compagnon Pierre en 1993"),
    ("H", "je suis moi-même séropositif depuis 1989"),
    ("G", "j'ai accepté que mon échantillon sanguin et mon génotypage soient conservés à la biobanque"),
], keep=[
    "directeur de recherche émérite au CNRS",
    "Centre Maurice Halbwachs (CMH, UMR 8097)",
    "Les OS de la Manufacture d'armes de Saint-Étienne et la grève de 1968",
    "Les Établis. Intellectuels à l'usine après Mai 68",
    "Une histoire sociale du syndicalisme CFDT, 1964-1995",
    "Le Sida, les militants et l'État",
    "Laboratoire de sociologie du travail",
], contact=[
    "Bernard Lacombe", "48 boulevard Jourdan, 75014 Paris", "bernard.lacombe@ens.psl.eu",
    "01 80 52 55 16", "Lacombe B.",
]),
]
