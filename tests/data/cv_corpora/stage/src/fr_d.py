from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("031", """
Jean-Robert Pierre-Louis
Entraîneur-chef de basketball
Montréal-Nord (Québec) · 514 555-0182 · jrpierrelouis.basket@gmail.com

IDENTITÉ
Né à Port-au-Prince le 2 mai 1983, arrivé au Québec à douze ans · citoyen canadien · marié, trois enfants

ENTRAÎNEMENT
2017 - auj.   Entraîneur-chef, Carabins de l'Université de Montréal (basketball masculin, U SPORTS)
              - Deux titres du RSEQ ; 6 joueurs passés chez les pros en Europe
              - Programme « Rebond » pour les jeunes de Montréal-Nord avec le SPVM et la Maison d'Haïti
2011 - 2017   Entraîneur adjoint, Collège Ahuntsic (collégial AA)
2005 - 2011   Joueur, Rouge et Or de Laval puis ligue professionnelle en France (Pro B)

FORMATION
Baccalauréat en intervention sportive, Université Laval · PNCE niveau 4 (Basketball Canada)

PERSONNEL
Adventiste du septième jour : pas de match ni d'entraînement du vendredi soir au samedi soir, ce que l'université organise depuis 2017.
J'ai le trait drépanocytaire, dépisté à l'université, sans conséquence sur mon activité.
Militant du Bloc québécois depuis 2015, bénévole aux élections fédérales.
Déclaration volontaire : condamnation pour possession simple de cannabis en 2002, avant la légalisation ; suspension du casier accordée.
""",
 [(D, "le 2 mai 1983"), (E, "Né à Port-au-Prince"), (E, "arrivé au Québec à douze ans"),
  (F, "marié, trois enfants"),
  (R, "Adventiste du septième jour : pas de match ni d'entraînement du vendredi soir au samedi soir"),
  (G, "J'ai le trait drépanocytaire"), (P, "Militant du Bloc québécois depuis 2015, bénévole aux élections fédérales"),
  (C, "condamnation pour possession simple de cannabis en 2002, avant la légalisation ; suspension du casier accordée")],
 ["Entraîneur-chef, Carabins de l'Université de Montréal (basketball masculin, U SPORTS)",
  "Programme « Rebond » pour les jeunes de Montréal-Nord avec le SPVM et la Maison d'Haïti",
  "Entraîneur adjoint, Collège Ahuntsic (collégial AA)",
  "Joueur, Rouge et Or de Laval puis ligue professionnelle en France (Pro B)",
  "Baccalauréat en intervention sportive, Université Laval", "PNCE niveau 4 (Basketball Canada)"],
 ["Jean-Robert Pierre-Louis", "Montréal-Nord (Québec)", "514 555-0182", "jrpierrelouis.basket@gmail.com"]),

("032", """
Antoine Ferrand
Journaliste - social, travail, immigration
Paris 19e · 06 55 37 14 82 · antoine.ferrand@mailo.com · @aferrand

EXPÉRIENCE
Depuis 2015 · Journaliste au service France, Libération
 ▸ Suivi des mobilisations contre la réforme des retraites (2019-2020, 2023) et des congrès de la CGT et de la CFDT
 ▸ Enquête « Sans papiers, sans fiche de paie » sur les travailleurs sans titre de séjour dans le BTP (prix Albert-Londres, sélection 2021)
 ▸ Couverture de la loi immigration de 2023 et des centres de rétention administrative
2010 - 2015 · Journaliste, Rue89 puis L'Humanité (rubrique social)

FORMATION
CFJ - Centre de formation des journalistes, promotion 2010 · Master de sociologie du travail, Université Paris Nanterre

SYNDICAT
Adhérent du SNJ-CGT, élu au CSE de Libération depuis 2020 ; je me déporte des articles sur nos propres négociations.

PERSONNEL
46 ans. Je vis avec mon mari, Karim, à Belleville. Burn-out en 2019, trois mois d'arrêt ; j'ai repris à temps plein depuis. Adhérent de La France insoumise depuis 2017, ce que ma rédaction sait.
""",
 [(U, "Adhérent du SNJ-CGT, élu au CSE de Libération depuis 2020"), (D, "46 ans."),
  (S, "mon mari, Karim"), (H, "Burn-out en 2019, trois mois d'arrêt"),
  (P, "Adhérent de La France insoumise depuis 2017")],
 ["Journaliste au service France, Libération",
  "Suivi des mobilisations contre la réforme des retraites (2019-2020, 2023) et des congrès de la CGT et de la CFDT",
  "Enquête « Sans papiers, sans fiche de paie » sur les travailleurs sans titre de séjour dans le BTP",
  "Couverture de la loi immigration de 2023 et des centres de rétention administrative",
  "Journaliste, Rue89 puis L'Humanité (rubrique social)",
  "CFJ - Centre de formation des journalistes, promotion 2010",
  "Master de sociologie du travail, Université Paris Nanterre"],
 ["Antoine Ferrand", "Paris 19e", "06 55 37 14 82", "antoine.ferrand@mailo.com", "@aferrand"]),

("033", """
Raphaël « Raph » Benichou
Saxophoniste ténor et soprano - compositeur
Marseille 1er · 06 55 28 91 03 · raphbenichou.sax@gmail.com

né en 1974 à Marseille - marié, deux ados - adhérent SNAM-CGT (section de Marseille)

SCÈNE
Leader du Raph Benichou Quartet : 4 albums (label Durance), Marseille Jazz des Cinq Continents 2016 et 2022
Saxophone, Orchestre national de jazz (2009-2012)
Musique de scène pour 'Le Marchand de Venise', La Criée (2019)
Concerts de musique judéo-andalouse et de gospel, sur commande, pour le festival Sacrée Musique

ENSEIGNEMENT
Professeur de saxophone jazz, Conservatoire Pierre Barbizet (depuis 2013)
Ateliers musique au centre pénitentiaire des Baumettes (SPIP 13), 2015-2020

FORMATION
Diplôme d'État de professeur de musique (jazz) · CNR de Marseille, prix de saxophone

CE QU'IL FAUT SAVOIR
J'ai passé un an aux Baumettes en 2002 pour trafic de stupéfiants ; c'est aussi pour ça que j'y suis revenu enseigner. De confession juive, je respecte Kippour et ne joue pas ce jour-là. Hépatite C guérie en 2016. Un test ADN « ancestral » offert par mes enfants m'a annoncé 48 % ashkénaze et 41 % nord-africain - rien de surprenant.
""",
 [(D, "né en 1974"), (F, "marié, deux ados"), (U, "adhérent SNAM-CGT (section de Marseille)"),
  (C, "J'ai passé un an aux Baumettes en 2002 pour trafic de stupéfiants"),
  (R, "De confession juive, je respecte Kippour et ne joue pas ce jour-là"), (H, "Hépatite C guérie en 2016"),
  (G, "Un test ADN « ancestral » offert par mes enfants m'a annoncé 48 % ashkénaze et 41 % nord-africain")],
 ["Leader du Raph Benichou Quartet : 4 albums (label Durance)",
  "Saxophone, Orchestre national de jazz (2009-2012)",
  "Musique de scène pour 'Le Marchand de Venise', La Criée (2019)",
  "Concerts de musique judéo-andalouse et de gospel, sur commande, pour le festival Sacrée Musique",
  "Professeur de saxophone jazz, Conservatoire Pierre Barbizet",
  "Ateliers musique au centre pénitentiaire des Baumettes (SPIP 13), 2015-2020",
  "Diplôme d'État de professeur de musique (jazz)"],
 ["Raphaël « Raph » Benichou", "Marseille 1er", "06 55 28 91 03", "raphbenichou.sax@gmail.com"]),

("034", """
Christine Perrenoud
Responsable du patrimoine bâti et des musées
Rue des Parcs 88, 2000 Neuchâtel · 032 555 71 26 · c.perrenoud@bluewin.ch

Née le 14 novembre 1968.

PARCOURS
Depuis 2012 - Conservatrice cantonale adjointe, Office du patrimoine et de l'archéologie, canton de Neuchâtel
 · Restauration de la Collégiale de Neuchâtel (2013-2022), chantier de 24 millions de francs
 · Inventaire des temples protestants et des chapelles catholiques du canton
 · Exposition « Neuchâtel et la traite négrière : l'héritage de David de Pury » (Musée d'art et d'histoire, 2023)
2002 - 2012 - Conservatrice, Musée d'ethnographie de Neuchâtel

FORMATION
Doctorat en histoire de l'art, Université de Neuchâtel · Certificat en conservation du patrimoine bâti, EPFL

SITUATION PERSONNELLE
Je vis avec une polyarthrite rhumatoïde depuis 2010 ; mes déplacements de chantier sont organisés en conséquence. Conseillère générale socialiste à Neuchâtel, à titre personnel. Ma partenaire enregistrée, Marianne, est architecte, et je me récuse sur ses dossiers.
""",
 [(D, "Née le 14 novembre 1968."), (H, "Je vis avec une polyarthrite rhumatoïde depuis 2010"),
  (P, "Conseillère générale socialiste à Neuchâtel, à titre personnel"),
  (S, "Ma partenaire enregistrée, Marianne")],
 ["Conservatrice cantonale adjointe, Office du patrimoine et de l'archéologie, canton de Neuchâtel",
  "Restauration de la Collégiale de Neuchâtel (2013-2022)",
  "Inventaire des temples protestants et des chapelles catholiques du canton",
  "Exposition « Neuchâtel et la traite négrière : l'héritage de David de Pury »",
  "Conservatrice, Musée d'ethnographie de Neuchâtel",
  "Doctorat en histoire de l'art, Université de Neuchâtel",
  "Certificat en conservation du patrimoine bâti, EPFL"],
 ["Christine Perrenoud", "Rue des Parcs 88, 2000 Neuchâtel", "032 555 71 26", "c.perrenoud@bluewin.ch"]),

("035", """
Tony Reinhardt
Entraîneur de boxe anglaise
Aubervilliers (93300) · 07 55 64 20 18 · tony.reinhardt.boxe@gmail.com

MON HISTOIRE
J'ai 37 ans. Je suis issu de la communauté des gens du voyage, manouche par mon père, et j'ai grandi sur l'aire d'accueil de Saint-Ouen. À 20 ans j'ai été condamné à trois ans de prison pour vol avec violence ; depuis, mon empreinte génétique est inscrite au FNAEG. C'est en détention, à Fleury-Mérogis, que j'ai découvert la boxe.

ENTRAÎNEMENT
Depuis 2017 - Entraîneur principal, Boxing Club d'Aubervilliers
 · 120 licenciés, dont 4 champions de France jeunes
 · Partenariat avec la PJJ pour l'accueil de mineurs sous main de justice
 · Séances « Boxe et Parkinson » avec l'hôpital Delafontaine
2013 - 2017 - Entraîneur adjoint, Noble Art de Saint-Denis

DIPLÔMES
BPJEPS boxe · CQP moniteur de boxe (FFB) · PSC1

À CÔTÉ
Catholique, je vais à la messe des gitans à Saintes-Maries-de-la-Mer chaque mois de mai. Marié, cinq enfants. J'ai perdu 60 % d'audition de l'oreille droite à cause des combats.
""",
 [(D, "J'ai 37 ans."), (E, "Je suis issu de la communauté des gens du voyage, manouche par mon père"),
  (D, "À 20 ans"), (C, "j'ai été condamné à trois ans de prison pour vol avec violence"),
  (G, "mon empreinte génétique est inscrite au FNAEG"), (C, "C'est en détention, à Fleury-Mérogis"),
  (R, "Catholique, je vais à la messe des gitans à Saintes-Maries-de-la-Mer"),
  (F, "Marié, cinq enfants."), (H, "J'ai perdu 60 % d'audition de l'oreille droite")],
 ["Entraîneur principal, Boxing Club d'Aubervilliers",
  "Partenariat avec la PJJ pour l'accueil de mineurs sous main de justice",
  "Séances « Boxe et Parkinson » avec l'hôpital Delafontaine",
  "Entraîneur adjoint, Noble Art de Saint-Denis", "BPJEPS boxe", "CQP moniteur de boxe (FFB)",
  "120 licenciés, dont 4 champions de France jeunes"],
 ["Tony Reinhardt", "Aubervilliers (93300)", "07 55 64 20 18", "tony.reinhardt.boxe@gmail.com"]),

("036", """
Giulia Ferraro
Animatrice radio et productrice
Genève (Pâquis) - 079 555 09 37 - giulia.ferraro@rts-mail.ch - instagram.com/giuliaferraro.radio

Radio
2018 - : Animatrice de la matinale, Couleur 3 (RTS)
2020 - 2022 : Productrice, 'Vacarme' (RTS La Première), dont une semaine sur les premiers bars gays de Genève et une sur les saisonniers italiens
2014 - 2018 : Animatrice, Radio Lac

Événements
Animation des soirées électorales de la RTS pour les élections fédérales 2019 et 2023 (volet jeunes)
Présentatrice de la scène principale de la Geneva Pride 2022 (cachet)

Formation
Bachelor en communication, Université de Genève · CFJM (Centre de formation au journalisme et aux médias), 2016

Ce que je dis en interview
- 34 ans, nationalité italienne, permis B.
- Bisexuelle, je l'ai dit à l'antenne en 2021.
- Membre du SSM (Syndicat suisse des mass media).
- Membre des Vert-e-s genevois-es.
- Suivie pour un trouble anxieux généralisé, j'en parle sans tabou.
- Ordonnance pénale en 2019 pour une manifestation climat non autorisée (jours-amende avec sursis).
""",
 [(D, "34 ans"), (E, "nationalité italienne, permis B"), (S, "Bisexuelle"),
  (U, "Membre du SSM (Syndicat suisse des mass media)."), (P, "Membre des Vert-e-s genevois-es."),
  (H, "Suivie pour un trouble anxieux généralisé"),
  (C, "Ordonnance pénale en 2019 pour une manifestation climat non autorisée (jours-amende avec sursis)")],
 ["Animatrice de la matinale, Couleur 3 (RTS)",
  "dont une semaine sur les premiers bars gays de Genève et une sur les saisonniers italiens",
  "Animation des soirées électorales de la RTS pour les élections fédérales 2019 et 2023",
  "Présentatrice de la scène principale de la Geneva Pride 2022 (cachet)",
  "Animatrice, Radio Lac", "Bachelor en communication, Université de Genève",
  "CFJM (Centre de formation au journalisme et aux médias), 2016"],
 ["Giulia Ferraro", "Genève (Pâquis)", "079 555 09 37", "giulia.ferraro@rts-mail.ch",
  "instagram.com/giuliaferraro.radio"]),

("037", """
Mathieu Vial-Berthier
Entraîneur trail et ultra-trail
Annecy-le-Vieux (74) · 06 55 81 44 09 · mathieu@vialtrail.fr

J'entraîne des coureurs de 10 km à l'UTMB, et j'ai appris à mes dépens qu'un cœur se surveille.

ENTRAÎNEMENT
Fondateur, Vial Trail Coaching (depuis 2014) : 70 athlètes, plans individualisés, stages à Chamonix
Entraîneur de l'équipe de France de trail (groupe espoirs), FFA, 2019-2023
Préparateur physique, Club des sports de Chamonix (ski de fond), 2010-2014

DIPLÔMES
DESJEPS athlétisme (trail) · Master STAPS entraînement, Université Savoie Mont Blanc · Accompagnateur en montagne

MON CŒUR, MA FAMILLE
Mon père est atteint d'un syndrome de Marfan. Le séquençage génétique a confirmé que je porte la même mutation du gène FBN1. Remplacement de la racine aortique en 2016 ; je cours toujours, sous surveillance cardiologique. Né en 1981, je cours désormais en catégorie Master 2.

HORS PISTES
Je vis avec mon mari, Loïc, à Annecy. Protestant, je suis conseiller presbytéral de la paroisse d'Annecy.
""",
 [(G, "Mon père est atteint d'un syndrome de Marfan"),
  (G, "Le séquençage génétique a confirmé que je porte la même mutation du gène FBN1"),
  (H, "Remplacement de la racine aortique en 2016"),
  (D, "Né en 1981, je cours désormais en catégorie Master 2"), (S, "mon mari, Loïc"),
  (R, "Protestant, je suis conseiller presbytéral de la paroisse d'Annecy")],
 ["Fondateur, Vial Trail Coaching", "Entraîneur de l'équipe de France de trail (groupe espoirs), FFA",
  "Préparateur physique, Club des sports de Chamonix (ski de fond)",
  "DESJEPS athlétisme (trail)", "Master STAPS entraînement, Université Savoie Mont Blanc",
  "Accompagnateur en montagne"],
 ["Mathieu Vial-Berthier", "Annecy-le-Vieux (74)", "06 55 81 44 09", "mathieu@vialtrail.fr"]),

("038", """
Sophie Lamarre-Côté
Photographe - mariages, événements, portraits
Sherbrooke (Québec) · 819 555-0161 · bonjour@sophielamarre.ca · sophielamarre.ca

CE QUE JE PHOTOGRAPHIE
Mariages : plus de 200 depuis 2013, dont une quarantaine de mariages de couples de même sexe, des mariages catholiques à la basilique-cathédrale Saint-Michel, des mariages hindous et des nikah
Événements : congrès de la FTQ (2019, 2022), soirées électorales de la Ville de Sherbrooke, Fête nationale
Reportage : la communauté musulmane de Sherbrooke pendant le ramadan, pour La Tribune (2020)

EXPÉRIENCE
Propriétaire, Sophie Lamarre Photographie (depuis 2013)
Photographe de presse, La Tribune (2008-2013) : faits divers, politique municipale, sport

FORMATION
DEC en photographie, Cégep du Vieux Montréal · Certificat en arts visuels, Université de Sherbrooke

ÉQUIPEMENT ET COMPÉTENCES
Canon R5 et R6, éclairage Profoto, drone (certificat de pilote, Transports Canada), Lightroom, direction de seconds photographes

PRIX
Photographe de mariage de l'année, Association des photographes professionnels du Québec (2019)

RÉFÉRENCE
Hélène Dubuc, rédactrice photo, La Tribune - 819 555-0100
""",
 [],
 ["une quarantaine de mariages de couples de même sexe",
  "des mariages catholiques à la basilique-cathédrale Saint-Michel, des mariages hindous et des nikah",
  "congrès de la FTQ (2019, 2022)",
  "la communauté musulmane de Sherbrooke pendant le ramadan, pour La Tribune (2020)",
  "Propriétaire, Sophie Lamarre Photographie", "Photographe de presse, La Tribune (2008-2013)",
  "DEC en photographie, Cégep du Vieux Montréal", "drone (certificat de pilote, Transports Canada)"],
 ["Sophie Lamarre-Côté", "Sherbrooke (Québec)", "819 555-0161", "bonjour@sophielamarre.ca",
  "sophielamarre.ca", "Hélène Dubuc", "819 555-0100"]),

("039", """
Olivier Delvaux
Metteur en scène - directeur artistique
Outremeuse, 4020 Liège · +32 494 55 31 76 · olivier.delvaux@theatredelaplace.be

Âge : 57 ans

MISES EN SCÈNE
'Le Tartuffe' (Théâtre de Liège, 2022) - relecture sur les dérives d'une secte évangélique
'Les Enfants du charbon' (2018) - théâtre documentaire avec d'anciens mineurs italiens et leurs syndicats
'Angels in America' (Théâtre National Wallonie-Bruxelles, 2015)

FONCTIONS
Directeur artistique, Compagnie de la Place, Liège (depuis 2008)
Ateliers théâtre à la prison de Lantin (Culture & Démocratie), 2010-2019
Chargé de cours, Conservatoire royal de Liège (ESACT)

FORMATION
Diplôme d'art dramatique, Conservatoire royal de Liège (1989)

À MON SUJET
- Homosexuel, marié à Paul depuis 2005, nous avons adopté deux enfants.
- Athée et membre du Centre d'Action Laïque.
- Sobre depuis 2011 après des années d'alcoolisme.
- Condamné en 1992 pour détention de stupéfiants (peine de travail) ; réhabilité depuis.
- Affilié au SETCa-SEL, délégué des intermittents de la compagnie.
- Membre du PTB depuis 2019.
""",
 [(D, "Âge : 57 ans"), (S, "Homosexuel, marié à Paul depuis 2005"), (F, "nous avons adopté deux enfants"),
  (R, "Athée et membre du Centre d'Action Laïque"), (H, "Sobre depuis 2011 après des années d'alcoolisme"),
  (C, "Condamné en 1992 pour détention de stupéfiants (peine de travail) ; réhabilité depuis"),
  (U, "Affilié au SETCa-SEL, délégué des intermittents de la compagnie"),
  (P, "Membre du PTB depuis 2019")],
 ["'Le Tartuffe' (Théâtre de Liège, 2022) - relecture sur les dérives d'une secte évangélique",
  "'Les Enfants du charbon' (2018) - théâtre documentaire avec d'anciens mineurs italiens et leurs syndicats",
  "'Angels in America' (Théâtre National Wallonie-Bruxelles, 2015)",
  "Directeur artistique, Compagnie de la Place, Liège",
  "Ateliers théâtre à la prison de Lantin (Culture & Démocratie)",
  "Chargé de cours, Conservatoire royal de Liège (ESACT)",
  "Diplôme d'art dramatique, Conservatoire royal de Liège (1989)"],
 ["Olivier Delvaux", "Outremeuse, 4020 Liège", "+32 494 55 31 76", "olivier.delvaux@theatredelaplace.be"]),

("040", """
Laëtitia Payet
Entraîneuse de natation - para-natation
Saint-Pierre (974), La Réunion · 06 92 55 18 40 · laetitia.payet.natation@gmail.com

Date de naissance : 30/07/1990

PARCOURS SPORTIF
Ancienne nageuse de l'équipe de France de para-natation, classée S6 en raison d'une achondroplasie ; médaillée de bronze aux Jeux paralympiques de Londres 2012.

ENTRAÎNEMENT
Depuis 2017 - Entraîneuse, pôle espoir para-natation de La Réunion (Fédération française handisport)
 · Nageurs S1 à S14, dont des nageurs déficients intellectuels (S14) et déficients visuels (S11-S13)
 · Accompagnement vers la classification internationale World Para Swimming
2014-2017 - Éducatrice, Club Nautique Saint-Pierrais

DIPLÔMES
BPJEPS activités aquatiques et de la natation · Licence STAPS APAS, Université de La Réunion

ENGAGEMENTS
Adhérente de la CFDT, représentante du personnel au comité régional handisport.
Militante des Écologistes (EELV) à Saint-Pierre.

FAMILLE
Pacsée avec ma compagne Mélanie ; nous attendons notre premier enfant en décembre.
""",
 [(D, "Date de naissance : 30/07/1990"),
  (H, "Ancienne nageuse de l'équipe de France de para-natation, classée S6 en raison d'une achondroplasie ; médaillée de bronze aux Jeux paralympiques de Londres 2012"),
  (U, "Adhérente de la CFDT, représentante du personnel au comité régional handisport."),
  (P, "Militante des Écologistes (EELV) à Saint-Pierre."),
  (S, "Pacsée avec ma compagne Mélanie"), (F, "nous attendons notre premier enfant en décembre")],
 ["Entraîneuse, pôle espoir para-natation de La Réunion (Fédération française handisport)",
  "Nageurs S1 à S14, dont des nageurs déficients intellectuels (S14) et déficients visuels (S11-S13)",
  "Accompagnement vers la classification internationale World Para Swimming",
  "Éducatrice, Club Nautique Saint-Pierrais", "BPJEPS activités aquatiques et de la natation",
  "Licence STAPS APAS, Université de La Réunion"],
 ["Laëtitia Payet", "Saint-Pierre (974), La Réunion", "06 92 55 18 40", "laetitia.payet.natation@gmail.com"]),
]
