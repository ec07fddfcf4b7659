from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("001", """
YANIS BELKACEM
Comédien
Agent : Claire Vautrin, Agence Vautrin & Associés - 01 45 55 02 18
yanis.belkacem.comedien@gmail.com - Paris 20e

Âge de jeu : 25-35 ans | 1,78 m | cheveux bruns, yeux noisette
Nationalité franco-algérienne
Adhérent au SFA-CGT depuis 2014
Langues : français, arabe dialectal (algérien), anglais courant

THÉÂTRE
2023  Le Curé, 'Le Journal d'un curé de campagne' - mise en scène Anne Rivoire, Théâtre de l'Atelier
2022  Jean Valjean jeune (bagnard), 'Les Misérables' - Théâtre du Châtelet
2020  Mercutio, 'Roméo et Juliette' - Comédie de Saint-Étienne (tournée)
2019  Karim, militant syndical dans 'Ressources humaines' (adaptation) - Théâtre de la Tempête

CINÉMA / TÉLÉVISION
2021  Lieutenant Saïdi, 'Engrenages' saison 8 (Canal+)
2018  Youssef, un jeune homosexuel qui fait son coming out, 'Fiertés' (Arte, mini-série)

FORMATION
Conservatoire national supérieur d'art dramatique (CNSAD), promotion 2016
Cours Florent, classe libre (2012-2013)

COMPÉTENCES
Combat scénique (épée, mains nues), chant baryton, permis B, équitation, darbouka

Vie perso : pacsé avec mon compagnon Julien, nous vivons à Ménilmontant.
""",
 [(D, "Âge de jeu : 25-35 ans"), (E, "Nationalité franco-algérienne"),
  (U, "Adhérent au SFA-CGT depuis 2014"), (S, "pacsé avec mon compagnon Julien")],
 ["Le Curé, 'Le Journal d'un curé de campagne'", "Jean Valjean jeune (bagnard), 'Les Misérables'",
  "Karim, militant syndical dans 'Ressources humaines' (adaptation)",
  "Youssef, un jeune homosexuel qui fait son coming out, 'Fiertés' (Arte, mini-série)",
  "Conservatoire national supérieur d'art dramatique (CNSAD), promotion 2016",
  "Combat scénique (épée, mains nues)", "Lieutenant Saïdi, 'Engrenages' saison 8 (Canal+)"],
 ["YANIS BELKACEM", "Claire Vautrin", "01 45 55 02 18", "yanis.belkacem.comedien@gmail.com",
  "Paris 20e"]),

("002", """
Nathalie Mbarga-Rousseau
Cheffe de chœur - pianiste - arrangeuse
Villeurbanne (69100) · 06 55 41 27 90 · nathalie.mbarga@orange.fr

Née le 12/05/1983 · maman solo de deux enfants

EXPÉRIENCE
Depuis 2015 - Directrice musicale salariée (CDI, 24 h/semaine), Lyon Gospel Voices
 · 90 choristes amateurs, 2 répétitions hebdomadaires, 25 concerts par an
 · Arrangements de negro spirituals et de gospel contemporain pour l'Auditorium de Lyon
 · Concert de Noël annuel à la basilique de Fourvière (prestation rémunérée)
2010-2015 - Professeure de formation musicale, Conservatoire de Villeurbanne
2008-2010 - Pianiste accompagnatrice, Opéra de Lyon (maîtrise)

FORMATION
DEM de piano et diplôme d'État de professeur de musique (direction d'ensembles vocaux), CNSMD de Lyon
Licence de musicologie, Université Lumière Lyon 2

ENGAGEMENTS
Adhérente SNAM-CGT, élue au bureau de la section Rhône-Alpes depuis 2019.

À SAVOIR
On me demande souvent si je suis croyante : oui, je suis moi-même catholique pratiquante, mais au travail je dirige des choristes de toutes confessions et de toutes les absences de confession. Légère surdité de l'oreille droite depuis une otite mal soignée ; je place mon pupitre en conséquence.
""",
 [(D, "Née le 12/05/1983"), (F, "maman solo de deux enfants"),
  (U, "Adhérente SNAM-CGT, élue au bureau de la section Rhône-Alpes depuis 2019."),
  (R, "je suis moi-même catholique pratiquante"), (H, "Légère surdité de l'oreille droite")],
 ["Directrice musicale salariée (CDI, 24 h/semaine), Lyon Gospel Voices",
  "Arrangements de negro spirituals et de gospel contemporain pour l'Auditorium de Lyon",
  "Concert de Noël annuel à la basilique de Fourvière (prestation rémunérée)",
  "Professeure de formation musicale, Conservatoire de Villeurbanne",
  "Pianiste accompagnatrice, Opéra de Lyon (maîtrise)",
  "DEM de piano et diplôme d'État de professeur de musique (direction d'ensembles vocaux), CNSMD de Lyon",
  "Licence de musicologie, Université Lumière Lyon 2"],
 ["Nathalie Mbarga-Rousseau", "Villeurbanne (69100)", "06 55 41 27 90", "nathalie.mbarga@orange.fr"]),

("003", """
Aline Kabongo
Journaliste politique
Rue de la Brasserie, 1050 Ixelles · +32 475 55 08 61 · aline.kabongo@skynet.be

Née à Kinshasa, naturalisée belge en 2004 · 41 ans · mariée, trois enfants

PARCOURS
Depuis 2016 - Journaliste au service Belgique, Le Soir
 · Suivi du Parlement fédéral, des négociations gouvernementales de 2019-2020 et des élections de 2024
 · Enquête sur les centres fermés pour étrangers (Prix Belfius Presse 2021)
 · Chronique hebdomadaire sur le PTB et la gauche radicale
2010-2016 - Reporter, RTBF Info (radio), rubrique immigration et Bruxelles-Capitale

FORMATION
Master en journalisme, Université libre de Bruxelles (ULB)
Bachelier en sciences politiques, UCLouvain

AFFILIATIONS
Carte de journaliste professionnelle (AJP) · affiliée au SETCa et déléguée de la rédaction au conseil d'entreprise depuis 2020

TRANSPARENCE
J'ai milité chez Ecolo pendant mes études (2004-2009) ; je n'ai plus de carte de parti depuis mon entrée dans une rédaction.
""",
 [(E, "Née à Kinshasa, naturalisée belge en 2004"), (D, "41 ans"), (F, "mariée, trois enfants"),
  (U, "affiliée au SETCa et déléguée de la rédaction au conseil d'entreprise depuis 2020"),
  (P, "J'ai milité chez Ecolo pendant mes études (2004-2009)")],
 ["Journaliste au service Belgique, Le Soir",
  "Suivi du Parlement fédéral, des négociations gouvernementales de 2019-2020 et des élections de 2024",
  "Enquête sur les centres fermés pour étrangers (Prix Belfius Presse 2021)",
  "Chronique hebdomadaire sur le PTB et la gauche radicale",
  "Reporter, RTBF Info (radio), rubrique immigration et Bruxelles-Capitale",
  "Master en journalisme, Université libre de Bruxelles (ULB)",
  "Carte de journaliste professionnelle (AJP)"],
 ["Aline Kabongo", "Rue de la Brasserie, 1050 Ixelles", "+32 475 55 08 61", "aline.kabongo@skynet.be"]),

("004", """
Thomas Lefebvre-Ancel - Entraîneur handisport (athlétisme)
Font-Romeu / Paris · 07 55 12 90 43 · t.lefebvre.ancel@gmail.com

Amputé tibial gauche, j'ai moi-même couru en catégorie T64 en équipe de France de 2011 à 2017. Aujourd'hui j'entraîne les sprinteurs et sauteurs qui visent les mêmes finales.

EXPÉRIENCE
2018 - auj.  Entraîneur national sprint et sauts, Fédération française handisport
             - Préparation des athlètes T44, T47 et T64 pour Tokyo 2020 et Paris 2024
             - Travail avec les guides des athlètes déficients visuels (T11-T12)
             - Lien avec les classificateurs de World Para Athletics
2014 - 2018  Entraîneur, club Handisport Lyonnais

DIPLÔMES
DEJEPS athlétisme · Licence STAPS APAS (activité physique adaptée et santé), Université Claude Bernard Lyon 1 · Formation « sport et handicap mental » (FFSA)

DIVERS
Anglais courant (stages à Loughborough) ; permis B ; je partage mon temps entre Font-Romeu et l'INSEP.
""",
 [(H, "Amputé tibial gauche, j'ai moi-même couru en catégorie T64 en équipe de France de 2011 à 2017")],
 ["Entraîneur national sprint et sauts, Fédération française handisport",
  "Préparation des athlètes T44, T47 et T64 pour Tokyo 2020 et Paris 2024",
  "Travail avec les guides des athlètes déficients visuels (T11-T12)",
  "Lien avec les classificateurs de World Para Athletics", "DEJEPS athlétisme",
  "Licence STAPS APAS (activité physique adaptée et santé)", "Formation « sport et handicap mental » (FFSA)"],
 ["Thomas Lefebvre-Ancel", "Font-Romeu / Paris", "07 55 12 90 43", "t.lefebvre.ancel@gmail.com"]),

("005", """
CURRICULUM VITAE

Prénom et nom : Ousmane Diagne
Date et lieu de naissance : 04 février 1976 à Rufisque
Nationalité : sénégalaise
Ethnie : lébou
Situation matrimoniale : marié (deux épouses), six enfants
Adresse : Cité Keur Gorgui, Dakar - Tél. : +221 77 555 41 08 - ousmane.diagne.guide@yahoo.fr

PROFIL
Guide-conférencier agréé, vingt ans d'expérience sur l'île de Gorée et à Dakar. Je raconte la traite atlantique aux visiteurs du monde entier, en français, anglais et wolof.

EXPÉRIENCE
2004 - ce jour : Guide-conférencier, Maison des Esclaves de Gorée (Ministère de la Culture)
 - Visites pour les délégations officielles, scolaires et croisiéristes (env. 12 000 visiteurs/an)
 - Participation au programme UNESCO « La Route de l'esclave »
2000 - 2004 : Animateur culturel, Musée historique du Sénégal à Gorée (IFAN)
Circuit « Dakar sacrée » : Grande Mosquée de Dakar, cathédrale du Souvenir africain, mosquée de la Divinité à Ouakam

FORMATION
Licence d'histoire, Université Cheikh Anta Diop de Dakar · Carte de guide national (2003)

VIE ASSOCIATIVE ET PERSONNELLE
Talibé mouride, je participe chaque année au Magal de Touba.
Militant du PASTEF, responsable de cellule à Rufisque depuis 2019.
""",
 [(D, "Date et lieu de naissance : 04 février 1976 à Rufisque"), (E, "Nationalité : sénégalaise"),
  (E, "Ethnie : lébou"), (F, "Situation matrimoniale : marié (deux épouses), six enfants"),
  (R, "Talibé mouride, je participe chaque année au Magal de Touba"),
  (P, "Militant du PASTEF, responsable de cellule à Rufisque depuis 2019")],
 ["Guide-conférencier, Maison des Esclaves de Gorée (Ministère de la Culture)",
  "Participation au programme UNESCO « La Route de l'esclave »",
  "Animateur culturel, Musée historique du Sénégal à Gorée (IFAN)",
  "Circuit « Dakar sacrée » : Grande Mosquée de Dakar, cathédrale du Souvenir africain, mosquée de la Divinité à Ouakam",
  "Licence d'histoire, Université Cheikh Anta Diop de Dakar", "Carte de guide national (2003)",
  "Je raconte la traite atlantique aux visiteurs du monde entier"],
 ["Ousmane Diagne", "Cité Keur Gorgui, Dakar", "+221 77 555 41 08", "ousmane.diagne.guide@yahoo.fr"]),

("006", """
Samia Haddad-Leroux
Cheffe de cuisine
Marseille 6e - 06 55 78 12 34 - samia.hl.cuisine@gmail.com

Dix-sept ans de cuisine, dont huit à la tête de brigades qui travaillent en halal certifié ou sous surveillance casher. Je cuisine méditerranéen, je gère des banquets de 800 couverts, et je tiens mes coûts matière.

PARCOURS
2017 - aujourd'hui : Cheffe de cuisine, Le Comptoir d'Orient (traiteur halal certifié AVS), Marseille
- Mariages et fêtes de l'Aïd jusqu'à 800 couverts, buffet de rupture du jeûne pendant le ramadan
2013 - 2017 : Second de cuisine, Traiteur Yona, cuisine casher sous surveillance du Consistoire de Marseille
- Cuisines viande et lait séparées, cachérisation pour Pessa'h
2007 - 2013 : Commis puis cheffe de partie, Le Petit Nice (Gérald Passedat)

FORMATION
CAP cuisine puis BP arts de la cuisine, lycée hôtelier Bonneveine · HACCP · Permis d'exploitation

PERSONNEL
39 ans. Mariée à Sofia depuis 2018, deux enfants. Maladie de Crohn bien stabilisée, sans incidence sur le service. Condamnée en 2006 pour vol à l'étalage ; mention effacée de mon casier depuis.
""",
 [(D, "39 ans."), (S, "Mariée à Sofia"), (F, "deux enfants"),
  (H, "Maladie de Crohn bien stabilisée"),
  (C, "Condamnée en 2006 pour vol à l'étalage ; mention effacée de mon casier depuis")],
 ["Cheffe de cuisine, Le Comptoir d'Orient (traiteur halal certifié AVS), Marseille",
  "Mariages et fêtes de l'Aïd jusqu'à 800 couverts, buffet de rupture du jeûne pendant le ramadan",
  "Second de cuisine, Traiteur Yona, cuisine casher sous surveillance du Consistoire de Marseille",
  "cachérisation pour Pessa'h", "Commis puis cheffe de partie, Le Petit Nice (Gérald Passedat)",
  "CAP cuisine puis BP arts de la cuisine, lycée hôtelier Bonneveine", "Permis d'exploitation"],
 ["Samia Haddad-Leroux", "Marseille 6e", "06 55 78 12 34", "samia.hl.cuisine@gmail.com"]),

("007", """
Félix Gros-Louis
Danseur contemporain - interprète et répétiteur
Montréal (Plateau-Mont-Royal) | 514 555-0176 | felixgroslouis.danse@gmail.com

Âge apparent : 22-30 ans · Membre de l'UDA · Wendat (Wendake)

INTERPRÈTE
2019-2024  Interprète, O Vertigo / Ginette Laurin puis Virginie Brunelle
2022       'Les Pêcheurs', création inspirée des chants de messe d'Acadie - Agora de la danse
2021       'Deux hommes', duo sur un couple gai vieillissant - Usine C
2018       Apprenti, Les Grands Ballets Canadiens

RÉPÉTITEUR / ENSEIGNEMENT
Répétiteur, Cas Public (spectacles pour jeunes publics, dont un interprète sourd)
Ateliers de danse pour les jeunes de Wendake et de Mashteuiatsh (Conseil des arts du Canada)

FORMATION
École de danse contemporaine de Montréal, DEC (2018)

NOTES
Opéré d'une hernie discale L5-S1 en 2023, retour complet en scène en 2024. Je suis gai et vis avec mon chum depuis six ans. Né le 9 novembre 1997.
""",
 [(D, "Âge apparent : 22-30 ans"), (U, "Membre de l'UDA"), (E, "Wendat (Wendake)"),
  (H, "Opéré d'une hernie discale L5-S1 en 2023"), (S, "Je suis gai et vis avec mon chum"),
  (D, "Né le 9 novembre 1997")],
 ["Interprète, O Vertigo / Ginette Laurin puis Virginie Brunelle",
  "'Les Pêcheurs', création inspirée des chants de messe d'Acadie",
  "'Deux hommes', duo sur un couple gai vieillissant - Usine C",
  "Apprenti, Les Grands Ballets Canadiens",
  "Répétiteur, Cas Public (spectacles pour jeunes publics, dont un interprète sourd)",
  "Ateliers de danse pour les jeunes de Wendake et de Mashteuiatsh (Conseil des arts du Canada)",
  "École de danse contemporaine de Montréal, DEC (2018)"],
 ["Félix Gros-Louis", "Montréal (Plateau-Mont-Royal)", "514 555-0176", "felixgroslouis.danse@gmail.com"]),

("008", """
Rui Carvalho Mendes
Photographe documentaire
Rue de Carouge 54, 1205 Genève · 079 555 23 16 · rui@carvalhomendes.ch · carvalhomendes.ch

Né en 1984 à Braga · nationalité portugaise, permis C (établissement) depuis 2009

SÉRIES
'Vendredi' (2020-2021) - une année à la Grande Mosquée de Genève, de la prière du vendredi à l'aide alimentaire (Le Temps, Prix Nicolas Bouvier)
'Fiertés' (2019-2023) - la Geneva Pride vue depuis les chars, commande de la Ville de Genève
'Votations' - les bureaux de vote de Genève et Vaud lors des scrutins fédéraux, pour la Tribune de Genève
'Saisonniers' - mémoire des travailleurs portugais et italiens sous le statut de saisonnier (Musée d'ethnographie de Genève, 2022)

PARCOURS
Photographe indépendant depuis 2012 · Photographe de presse, 24 heures (2008-2012)

FORMATION
Bachelor en photographie, ECAL Lausanne (2008)

AUTRES
Membre du Parti socialiste genevois, section Plainpalais.
Extrait du casier judiciaire : une condamnation en 2014 pour infraction à la LStup (consommation), radiée depuis.
""",
 [(D, "Né en 1984 à Braga"), (E, "nationalité portugaise, permis C (établissement) depuis 2009"),
  (P, "Membre du Parti socialiste genevois, section Plainpalais."),
  (C, "une condamnation en 2014 pour infraction à la LStup (consommation), radiée depuis")],
 ["'Vendredi' (2020-2021) - une année à la Grande Mosquée de Genève",
  "'Fiertés' (2019-2023) - la Geneva Pride vue depuis les chars, commande de la Ville de Genève",
  "'Votations' - les bureaux de vote de Genève et Vaud lors des scrutins fédéraux",
  "'Saisonniers' - mémoire des travailleurs portugais et italiens sous le statut de saisonnier",
  "Photographe de presse, 24 heures (2008-2012)", "Bachelor en photographie, ECAL Lausanne (2008)"],
 ["Rui Carvalho Mendes", "Rue de Carouge 54, 1205 Genève", "079 555 23 16", "rui@carvalhomendes.ch",
  "carvalhomendes.ch"]),

("009", """
Grâce Zadi Gnahoré
Romancière - éditrice - animatrice d'ateliers d'écriture
Cocody Angré, Abidjan · +225 07 55 31 42 18 · grace.zadi@gmail.com

État civil : née le 3 août 1978 à Gagnoa · ivoirienne · mariée, quatre enfants

PUBLICATIONS
'La Saison des cendres' (roman, NEI-CEDA, 2014) - sur la crise post-électorale de 2010-2011 ; Grand Prix national Bernard Dadié 2015
'Les Filles de Daloa' (nouvelles, Éditions Eburnie, 2019)
'Prier en bété' - recueil de cantiques traduits, travail de commande pour le diocèse de Gagnoa (2017)

EXPÉRIENCE
Depuis 2016 : Directrice littéraire, Éditions Eburnie, Abidjan
2005-2016 : Journaliste culturelle, Fraternité Matin

FORMATION
Maîtrise de lettres modernes, Université Félix Houphouët-Boigny

ENGAGEMENTS PERSONNELS
Fervente catholique, je chante à la chorale de ma paroisse à Angré. Je suis drépanocytaire AS, et j'anime bénévolement des causeries pour l'association SOS Drépano Côte d'Ivoire.
""",
 [(D, "née le 3 août 1978 à Gagnoa"), (E, "ivoirienne"), (F, "mariée, quatre enfants"),
  (R, "Fervente catholique, je chante à la chorale de ma paroisse à Angré"),
  (G, "Je suis drépanocytaire AS")],
 ["'La Saison des cendres' (roman, NEI-CEDA, 2014) - sur la crise post-électorale de 2010-2011",
  "Grand Prix national Bernard Dadié 2015", "'Les Filles de Daloa' (nouvelles, Éditions Eburnie, 2019)",
  "'Prier en bété' - recueil de cantiques traduits, travail de commande pour le diocèse de Gagnoa",
  "Directrice littéraire, Éditions Eburnie, Abidjan", "Journaliste culturelle, Fraternité Matin",
  "Maîtrise de lettres modernes, Université Félix Houphouët-Boigny"],
 ["Grâce Zadi Gnahoré", "Cocody Angré, Abidjan", "+225 07 55 31 42 18", "grace.zadi@gmail.com"]),

("010", """
Moussa Koné - Entraîneur football (formation)
Saint-Denis (93) · 06 55 90 17 62 · moussa.kone.coach@gmail.com

ENTRAÎNEMENT
2019 → Entraîneur des U17 Nationaux, Paris FC
   • Séances, vidéo, plans individuels de développement pour 24 joueurs
   • Protocole d'entraînement adapté pendant le ramadan, mis au point avec le diététicien du club
   • Ateliers de la LICRA contre le racisme dans les tribunes
2016 → 2019 Éducateur, Red Star FC (préformation)

CARRIÈRE DE JOUEUR
Milieu, FC Lorient (Ligue 2) puis US Créteil (National), 2008-2016 - adhérent de l'UNFP pendant toute ma carrière.
Une rupture des ligaments croisés du genou droit en 2015 a mis fin à ma carrière.

DIPLÔMES
BEF (Brevet d'entraîneur de football) · DES mention football en cours · Licence STAPS, Université Paris 13

INFOS
Né le 17/03/1989 à Bamako ; double nationalité malienne et française. Musulman pratiquant. Lors de la visite médicale de la formation on a découvert que j'étais porteur du trait drépanocytaire.
""",
 [(U, "adhérent de l'UNFP pendant toute ma carrière"),
  (H, "Une rupture des ligaments croisés du genou droit en 2015"),
  (D, "Né le 17/03/1989"), (E, "double nationalité malienne et française"), (R, "Musulman pratiquant"),
  (G, "j'étais porteur du trait drépanocytaire")],
 ["Entraîneur des U17 Nationaux, Paris FC",
  "Protocole d'entraînement adapté pendant le ramadan, mis au point avec le diététicien du club",
  "Ateliers de la LICRA contre le racisme dans les tribunes", "Éducateur, Red Star FC (préformation)",
  "Milieu, FC Lorient (Ligue 2) puis US Créteil (National)",
  "BEF (Brevet d'entraîneur de football)", "Licence STAPS, Université Paris 13"],
 ["Moussa Koné", "Saint-Denis (93)", "06 55 90 17 62", "moussa.kone.coach@gmail.com"]),
]
