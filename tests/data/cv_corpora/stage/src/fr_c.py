from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("021", """
Josaia Ratuvou
Entraîneur des avants - rugby à XV
Toulouse (31) · 06 55 49 02 81 · josaia.ratuvou@gmail.com

Né le 8 octobre 1985 à Nadi · nationalité fidjienne, carte de résident de dix ans · marié, quatre enfants

CARRIÈRE D'ENTRAÎNEUR
2020 → Entraîneur des avants, Colomiers Rugby (Pro D2)
 - Conquête, mêlée, maul ; suivi GPS et charges avec le préparateur physique
 - Référent du club pour le protocole commotion de la LNR
2017 → 2020 Entraîneur espoirs, Stade Toulousain (centre de formation)

CARRIÈRE DE JOUEUR
Troisième ligne, Stade Toulousain puis Castres Olympique, 2007-2017 ; 12 sélections avec les Fidji.
J'ai arrêté après une quatrième commotion cérébrale en 2017 ; je garde des migraines, suivies au CHU.

DIPLÔMES
DES JEPS mention rugby à XV · Brevet d'État 2e degré

PERSONNEL
Méthodiste, je suis diacre laïc dans l'église fidjienne de Toulouse. Un bilan sanguin au club a révélé une hémochromatose ; le test génétique a confirmé que je suis homozygote C282Y, comme mon père. Condamné en 2011 à quatre mois avec sursis pour coups et blessures après une bagarre à la sortie d'un bar.
""",
 [(D, "Né le 8 octobre 1985"), (E, "nationalité fidjienne, carte de résident de dix ans"),
  (F, "marié, quatre enfants"),
  (H, "une quatrième commotion cérébrale en 2017 ; je garde des migraines, suivies au CHU"),
  (R, "Méthodiste, je suis diacre laïc dans l'église fidjienne de Toulouse"),
  (H, "Un bilan sanguin au club a révélé une hémochromatose"), (G, "le test génétique a confirmé que je suis homozygote C282Y, comme mon père"),
  (C, "Condamné en 2011 à quatre mois avec sursis pour coups et blessures")],
 ["Entraîneur des avants, Colomiers Rugby (Pro D2)",
  "Référent du club pour le protocole commotion de la LNR",
  "Entraîneur espoirs, Stade Toulousain (centre de formation)",
  "Troisième ligne, Stade Toulousain puis Castres Olympique",
  "12 sélections avec les Fidji", "DES JEPS mention rugby à XV", "Brevet d'État 2e degré"],
 ["Josaia Ratuvou", "Toulouse (31)", "06 55 49 02 81", "josaia.ratuvou@gmail.com"]),

("022", """
Yao Kouassi Serge
Photojournaliste
Yopougon, Abidjan · +225 05 55 62 19 07 · serge.kouassi.photo@gmail.com

Âge : 38 ans

EXPÉRIENCE
Depuis 2014 - Photographe correspondant, Agence France-Presse (AFP), bureau d'Abidjan
 · Présidentielles de 2015 et 2020, législatives de 2021 : meetings, bureaux de vote, violences à Daoukro et Bongouanou
 · Reportage « Les fidèles de Yamoussoukro » sur le pèlerinage à la basilique Notre-Dame-de-la-Paix
 · Série sur la Grande Mosquée du Plateau pendant le ramadan (2019)
2009-2014 - Photographe, Fraternité Matin

FORMATION
ISTC Polytechnique, licence en journalisme (option photo) · Formation World Press Photo Academy (2018)

EXPOSITIONS
« Après les urnes », Institut français d'Abidjan, 2021

SYNDICAT ET ENGAGEMENT
Membre du SYNAPP-CI depuis 2012.
Militant du PDCI-RDA à titre personnel ; je ne couvre pas les meetings de mon propre parti.
En novembre 2020, j'ai été placé en garde à vue 48 heures lors d'une manifestation contre le troisième mandat, puis relâché sans poursuites.
""",
 [(D, "Âge : 38 ans"), (U, "Membre du SYNAPP-CI depuis 2012."),
  (P, "Militant du PDCI-RDA à titre personnel"),
  (C, "j'ai été placé en garde à vue 48 heures lors d'une manifestation contre le troisième mandat, puis relâché sans poursuites")],
 ["Photographe correspondant, Agence France-Presse (AFP), bureau d'Abidjan",
  "Présidentielles de 2015 et 2020, législatives de 2021 : meetings, bureaux de vote",
  "Reportage « Les fidèles de Yamoussoukro » sur le pèlerinage à la basilique Notre-Dame-de-la-Paix",
  "Série sur la Grande Mosquée du Plateau pendant le ramadan (2019)",
  "Photographe, Fraternité Matin", "ISTC Polytechnique, licence en journalisme (option photo)",
  "« Après les urnes », Institut français d'Abidjan, 2021"],
 ["Yao Kouassi Serge", "Yopougon, Abidjan", "+225 05 55 62 19 07", "serge.kouassi.photo@gmail.com"]),

("023", """
Dr Hélène Bourdarias
Conservatrice du patrimoine
Lyon 4e · 06 55 17 62 30 · helene.bourdarias@gmail.com

Née en 1981.

FONCTIONS
Depuis 2015 - Conservatrice, Centre d'histoire de la Résistance et de la Déportation (CHRD), Lyon
 - Commissaire de l'exposition « Les enfants d'Izieu » (2019) et de « Juifs, tsiganes, résistants : les convois de Lyon » (2022)
 - Collecte de témoignages de déportés et de leurs descendants ; 240 objets entrés dans les collections
 - Médiation avec le Mémorial de la Shoah et la Maison d'Izieu
2010-2015 - Conservatrice adjointe, Musée de la Résistance nationale, Champigny-sur-Marne

FORMATION
Institut national du patrimoine (INP), promotion 2010 · Doctorat d'histoire contemporaine, Université Lyon 2 (thèse sur les camps d'internement de la zone sud)

PARCOURS PERSONNEL
Congé maternité de septembre 2017 à janvier 2018, puis congé parental à 80 % jusqu'en 2019.
Porteuse d'une mutation BRCA2 découverte en 2020 ; j'ai fait le choix d'une mastectomie préventive et me suis absentée quatre mois. Ma compagne, Inès, est restauratrice de tableaux, ce qui nous vaut des dîners très techniques.
""",
 [(D, "Née en 1981."),
  (F, "Congé maternité de septembre 2017 à janvier 2018, puis congé parental à 80 % jusqu'en 2019"),
  (G, "Porteuse d'une mutation BRCA2"), (H, "une mastectomie préventive"),
  (S, "Ma compagne, Inès")],
 ["Conservatrice, Centre d'histoire de la Résistance et de la Déportation (CHRD), Lyon",
  "Commissaire de l'exposition « Les enfants d'Izieu » (2019)",
  "« Juifs, tsiganes, résistants : les convois de Lyon » (2022)",
  "Collecte de témoignages de déportés et de leurs descendants",
  "Médiation avec le Mémorial de la Shoah et la Maison d'Izieu",
  "Conservatrice adjointe, Musée de la Résistance nationale, Champigny-sur-Marne",
  "Institut national du patrimoine (INP), promotion 2010"],
 ["Dr Hélène Bourdarias", "Lyon 4e", "06 55 17 62 30", "helene.bourdarias@gmail.com"]),

("024", """
Bernard Vanderstraeten
Journaliste présentateur radio
Namur (5000) · +32 497 55 20 68 · b.vanderstraeten@gmail.com

Âgé de 54 ans, marié, père de trois grands enfants.

CARRIÈRE
1998 - aujourd'hui · RTBF
 ◦ Présentateur de « Matin Première » (2012-2020), interviews politiques quotidiennes, débats des élections de 2014 et 2019
 ◦ Chef d'édition de « Déclic », La Première (depuis 2020)
 ◦ Reportages sur les grèves de la fonction publique et sur la crise des migrants au parc Maximilien (2015)
 ◦ Commentateur des messes télévisées et de la visite du pape François en Belgique (2024), à la demande de la rédaction
1994 - 1998 · Journaliste, Vers l'Avenir (Namur)

FORMATION
Licence en communication, UCLouvain (1993)

ENGAGEMENTS
Délégué syndical CGSP à la RTBF de 2005 à 2014.

DÉCLARATION D'INTÉRÊTS
Catholique pratiquant, lecteur à la messe dominicale dans ma paroisse de Jambes. Membre du PS de 1990 à 1997, avant mon entrée à la RTBF ; aucun engagement partisan depuis.
""",
 [(D, "Âgé de 54 ans"), (F, "marié, père de trois grands enfants"),
  (U, "Délégué syndical CGSP à la RTBF de 2005 à 2014."),
  (R, "Catholique pratiquant, lecteur à la messe dominicale dans ma paroisse de Jambes"),
  (P, "Membre du PS de 1990 à 1997")],
 ["Présentateur de « Matin Première » (2012-2020), interviews politiques quotidiennes",
  "débats des élections de 2014 et 2019", "Chef d'édition de « Déclic », La Première",
  "Reportages sur les grèves de la fonction publique et sur la crise des migrants au parc Maximilien (2015)",
  "Commentateur des messes télévisées et de la visite du pape François en Belgique (2024)",
  "Journaliste, Vers l'Avenir (Namur)", "Licence en communication, UCLouvain (1993)"],
 ["Bernard Vanderstraeten", "Namur (5000)", "+32 497 55 20 68", "b.vanderstraeten@gmail.com"]),

("025", """
Marie-Madeleine Ndiaye
Danseuse - chorégraphe - pédagogue
Mermoz, Dakar · +221 78 555 03 46 · mm.ndiaye.danse@gmail.com

Née le 19/01/1994 à Joal-Fadiouth · Ethnie : sérère · Mariée, une fille de 4 ans

PARCOURS
Depuis 2016 : Interprète, Compagnie Jant-Bi (Germaine Acogny), École des Sables, Toubab Dialaw
  - Tournées de 'Fagaala', pièce sur le génocide des Tutsi au Rwanda
  - Assistante pédagogique aux stages internationaux de danses africaines
2019 : Création de 'Xooy', solo inspiré des cérémonies divinatoires des saltigués sérères (Biennale de Dakar)
2013-2016 : Danseuse, Ballet national La Linguère

FORMATION
École des Sables, formation professionnelle (2013-2015)
Baccalauréat L, lycée de Joal

SANTÉ
Je suis drépanocytaire SS. Les crises sont rares aujourd'hui grâce à mon traitement, mais je demande de l'eau et des pauses régulières en répétition.

FOI
Catholique, je chante à la chorale de la cathédrale le dimanche quand je ne suis pas en tournée.
""",
 [(D, "Née le 19/01/1994"), (E, "Ethnie : sérère"), (F, "Mariée, une fille de 4 ans"),
  (G, "Je suis drépanocytaire SS."), (H, "Les crises sont rares aujourd'hui grâce à mon traitement"),
  (R, "Catholique, je chante à la chorale de la cathédrale le dimanche")],
 ["Interprète, Compagnie Jant-Bi (Germaine Acogny), École des Sables, Toubab Dialaw",
  "Tournées de 'Fagaala', pièce sur le génocide des Tutsi au Rwanda",
  "Création de 'Xooy', solo inspiré des cérémonies divinatoires des saltigués sérères (Biennale de Dakar)",
  "Danseuse, Ballet national La Linguère",
  "Assistante pédagogique aux stages internationaux de danses africaines",
  "École des Sables, formation professionnelle (2013-2015)"],
 ["Marie-Madeleine Ndiaye", "Mermoz, Dakar", "+221 78 555 03 46", "mm.ndiaye.danse@gmail.com"]),

("026", """
Véronique Dumont-Lambert
Coordinatrice sportive - Special Olympics Belgium (Wallonie)
Rue du Moulin 12, 5030 Gembloux · 0478 55 64 12 · veronique.dumont.lambert@gmail.com

Née en 1976 · Bachelier en éducation physique (HELHa) · Formée ADEPS moniteur sportif animateur

POURQUOI CE MÉTIER
Notre fille Lou est atteinte d'amyotrophie spinale. Les tests génétiques ont montré que mon mari et moi sommes tous les deux porteurs sains du gène SMN1 muté. C'est en l'accompagnant au sport adapté que j'ai changé de métier.

EXPÉRIENCE
Depuis 2015 - Coordinatrice sportive, Special Olympics Belgium, antenne Wallonie
 · 900 athlètes avec une déficience intellectuelle ; Jeux nationaux de Namur chaque année
 · Formation des clubs « ordinaires » à l'inclusion ; partenariat avec la Ligue Handisport Francophone
 · Délégation belge aux Jeux mondiaux de Berlin (2023)
2000 - 2015 - Professeure d'éducation physique, Athénée royal de Gembloux

EN DEHORS
Conseillère communale Ecolo à Gembloux depuis 2018, à titre bénévole.
""",
 [(D, "Née en 1976"), (G, "Notre fille Lou est atteinte d'amyotrophie spinale"),
  (G, "mon mari et moi sommes tous les deux porteurs sains du gène SMN1 muté"),
  (P, "Conseillère communale Ecolo à Gembloux depuis 2018")],
 ["Coordinatrice sportive, Special Olympics Belgium, antenne Wallonie",
  "900 athlètes avec une déficience intellectuelle",
  "partenariat avec la Ligue Handisport Francophone", "Délégation belge aux Jeux mondiaux de Berlin (2023)",
  "Professeure d'éducation physique, Athénée royal de Gembloux",
  "Bachelier en éducation physique (HELHa)", "Formée ADEPS moniteur sportif animateur"],
 ["Véronique Dumont-Lambert", "Rue du Moulin 12, 5030 Gembloux", "0478 55 64 12", "veronique.dumont.lambert@gmail.com"]),

("027", """
David Azoulay-Picard - Sous-chef
Montréal (Côte-des-Neiges) | 438 555-0119 | david.ap.cuisine@gmail.com

PROFIL
Sous-chef, onze ans en cuisines soumises à des règles religieuses et alimentaires strictes. À l'aise avec la cacherout, le halal, les allergènes et le sans-gluten certifié.

EXPÉRIENCE
2019 - auj. : Sous-chef, Traiteur Ben & Rose (casher sous supervision MK), Montréal
- Brigade de 12 ; cuisines viande et lait séparées ; cachérisation complète pour Pessah
- Banquets de bar-mitsva et de mariages jusqu'à 500 invités
2015 - 2019 : Chef de partie, Hôtel Reine Elizabeth (Fairmont)
- Poste halal des banquets ; iftars du ramadan pour la communauté d'affaires
2012 - 2015 : Commis, Joe Beef

FORMATION
DEP Cuisine, Institut de tourisme et d'hôtellerie du Québec (ITHQ)
ASP Cuisine du marché, ITHQ

CERTIFICATIONS
Hygiène et salubrité alimentaires (MAPAQ, gestionnaire) · Allergènes (Allergies Québec)

LANGUES
Français, anglais, hébreu (conversation), espagnol

RÉFÉRENCE
Chef Rose Benchetrit, Traiteur Ben & Rose - 514 555-0109
""",
 [],
 ["Sous-chef, Traiteur Ben & Rose (casher sous supervision MK), Montréal",
  "cachérisation complète pour Pessah", "Banquets de bar-mitsva et de mariages jusqu'à 500 invités",
  "Chef de partie, Hôtel Reine Elizabeth (Fairmont)",
  "Poste halal des banquets ; iftars du ramadan pour la communauté d'affaires",
  "DEP Cuisine, Institut de tourisme et d'hôtellerie du Québec (ITHQ)",
  "Hygiène et salubrité alimentaires (MAPAQ, gestionnaire)"],
 ["David Azoulay-Picard", "Montréal (Côte-des-Neiges)", "438 555-0119", "david.ap.cuisine@gmail.com",
  "Rose Benchetrit", "514 555-0109"]),

("028", """
Arben Krasniqi
Auteur et illustrateur jeunesse
Renens (VD) · 076 555 81 40 · arben@arbenkrasniqi.ch

LIVRES
'Deux papas pour Noé' (La Joie de lire, 2020) - Prix suisse de littérature jeunesse, sélection
'La valise de grand-mère' (Éditions Helvetiq, 2018) - une enfance entre Prizren et Lausanne
'Le garçon qui lisait à l'envers' (Bernard Campiche, 2022) - sur la dyslexie

INTERVENTIONS
Rencontres en classe et ateliers de dessin via Bibliomedia Suisse (70 classes par an)
Illustrations pour la campagne de l'OSAR (Organisation suisse d'aide aux réfugiés), 2021

PARCOURS
Graphiste, Agence Notter + Vigne, Lausanne (2010-2016)

FORMATION
Bachelor en communication visuelle, ECAL (2010)

QUI JE SUIS
Né au Kosovo en 1986, je suis arrivé en Suisse comme requérant d'asile en 1999 avant d'être naturalisé en 2012. Je suis moi-même dyslexique, ce qui explique le troisième livre. Mon mari, Julien, et moi sommes famille d'accueil pour un adolescent depuis 2022. Un vieux dossier : condamnation en 2005, à 19 ans, pour des tags sur des trains CFF (jours-amende).
""",
 [(D, "en 1986"), (E, "Né au Kosovo"), (E, "je suis arrivé en Suisse comme requérant d'asile en 1999 avant d'être naturalisé en 2012"),
  (H, "Je suis moi-même dyslexique"), (S, "Mon mari, Julien"),
  (F, "famille d'accueil pour un adolescent depuis 2022"),
  (C, "condamnation en 2005"), (D, "à 19 ans"), (C, "pour des tags sur des trains CFF (jours-amende)")],
 ["'Deux papas pour Noé' (La Joie de lire, 2020)", "'La valise de grand-mère' (Éditions Helvetiq, 2018)",
  "'Le garçon qui lisait à l'envers' (Bernard Campiche, 2022) - sur la dyslexie",
  "Rencontres en classe et ateliers de dessin via Bibliomedia Suisse",
  "Illustrations pour la campagne de l'OSAR (Organisation suisse d'aide aux réfugiés), 2021",
  "Graphiste, Agence Notter + Vigne, Lausanne", "Bachelor en communication visuelle, ECAL (2010)"],
 ["Arben Krasniqi", "Renens (VD)", "076 555 81 40", "arben@arbenkrasniqi.ch"]),

("029", """
KEVIN DUCHÊNE - Cascadeur / régleur de cascades
Bagnolet (93) - 06 55 02 77 19 - kevin.duchene.cascade@gmail.com - agent : Sandra Lévêque

Âge de jeu 30-40 | 1,82 m | 84 kg | adhérent FO Spectacle (SNLA) depuis 2011

RÉGLAGE DE CASCADES
'Lupin' saison 3 (Netflix / Gaumont) - régleur adjoint
'Les Misérables' de Ladj Ly - cascades de la séquence d'émeute
'BAC Nord' (StudioCanal) - doublures des policiers, chutes et voitures

INTERPRÉTATION / DOUBLURE
Détenu en émeute, 'Un prophète' (2009) - doublure cascade
Capture de mouvement pour 'Assassin's Creed Unity' (Ubisoft)

COMPÉTENCES
Chutes jusqu'à 18 m, feu, câbles, pilotage (licence circuit), combat, équitation

ASSURANCES ET ANTÉCÉDENTS
Fracture du bassin en 2018 sur un tournage, consolidée, aptitude médicale renouvelée chaque année.
Condamnation en 2012 pour conduite en état d'ivresse (suspension de permis six mois).
Mon visage et mon corps ont été numérisés en 3D pour une doublure numérique sur 'Lupin' ; la production conserve les données.

PERSO
Mon mari est régisseur à la Philharmonie, nous avons une fille.
""",
 [(D, "Âge de jeu 30-40"), (U, "adhérent FO Spectacle (SNLA) depuis 2011"),
  (H, "Fracture du bassin en 2018"),
  (C, "Condamnation en 2012 pour conduite en état d'ivresse (suspension de permis six mois)"),
  (G, "Mon visage et mon corps ont été numérisés en 3D pour une doublure numérique"),
  (S, "Mon mari"), (F, "nous avons une fille")],
 ["'Lupin' saison 3 (Netflix / Gaumont) - régleur adjoint",
  "'Les Misérables' de Ladj Ly - cascades de la séquence d'émeute",
  "'BAC Nord' (StudioCanal) - doublures des policiers, chutes et voitures",
  "Détenu en émeute, 'Un prophète' (2009) - doublure cascade",
  "Capture de mouvement pour 'Assassin's Creed Unity' (Ubisoft)",
  "Chutes jusqu'à 18 m, feu, câbles, pilotage (licence circuit)"],
 ["KEVIN DUCHÊNE", "Bagnolet (93)", "06 55 02 77 19", "kevin.duchene.cascade@gmail.com", "Sandra Lévêque"]),

("030", """
Awa Ouédraogo-Bamba
Productrice de festivals et d'événements
Marcory Zone 4, Abidjan · +225 01 55 73 08 62 · awa.ouedraogo.prod@gmail.com

Nationalité : burkinabè (carte de résident en Côte d'Ivoire depuis 2008)

EXPÉRIENCE
Depuis 2015 - Directrice de production, FEMUA (Festival des musiques urbaines d'Anoumabo)
 ◦ 100 000 festivaliers par édition, plateaux internationaux, sécurité avec la préfecture de police
 ◦ Village solidaire du festival : campagnes de dépistage avec le Programme national de lutte contre le sida
2010-2015 - Chargée de production, MASA (Marché des arts du spectacle d'Abidjan)
2012 - Logistique des célébrations du cinquantenaire de l'Église harriste, Bingerville (prestation)

FORMATION
Master en management culturel, Institut national supérieur des arts et de l'action culturelle (INSAAC)
Licence de gestion, Université Ouaga I (Burkina Faso)

COMPÉTENCES
Budgets de production, contrats d'artistes, billetterie, relations sponsors, anglais courant

SITUATION
Disponible pour des missions régionales (Dakar, Ouagadougou, Accra). Adhérente du RHDP, section de Marcory, depuis 2019.
""",
 [(E, "Nationalité : burkinabè (carte de résident en Côte d'Ivoire depuis 2008)"),
  (P, "Adhérente du RHDP, section de Marcory, depuis 2019.")],
 ["Directrice de production, FEMUA (Festival des musiques urbaines d'Anoumabo)",
  "Village solidaire du festival : campagnes de dépistage avec le Programme national de lutte contre le sida",
  "Chargée de production, MASA (Marché des arts du spectacle d'Abidjan)",
  "Logistique des célébrations du cinquantenaire de l'Église harriste, Bingerville (prestation)",
  "Master en management culturel, Institut national supérieur des arts et de l'action culturelle (INSAAC)",
  "Licence de gestion, Université Ouaga I (Burkina Faso)"],
 ["Awa Ouédraogo-Bamba", "Marcory Zone 4, Abidjan", "+225 01 55 73 08 62", "awa.ouedraogo.prod@gmail.com"]),
]
