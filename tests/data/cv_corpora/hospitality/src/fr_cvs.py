# CV français tapés à la main (corpus hospitality). Marques : voir build.py.
CVS = []

# 001 France, CV saisonnier, serveur
CVS.append("""
CV SAISONNIER - [[N:Kévin Morel]]
Serveur / Chef de rang - disponible hiver ET été
[[N:06 71 48 22 95]] - [[N:kevin.morel.saison@gmail.com]] - [[N:Bourg-Saint-Maurice (73)]]

SAISONS
Hiver 2023-24  [[K:Chef de rang, Hôtel Le Blizzard, Val d'Isère]] (5 étoiles, 60 couverts)
Été 2023       [[K:Serveur plage, Club 55, Ramatuelle]]
Hiver 2022-23  [[K:Serveur, restaurant d'altitude La Folie Douce, Val Thorens]]
Été 2022       Limonadier, Camping Les Mouettes, Carnac

COMPÉTENCES
Service à l'assiette et au guéridon, découpe, [[K:carte des allergènes (14 allergènes réglementaires)]], anglais courant
[[K:Permis d'exploitation (petite licence)]]

INFOS PRATIQUES
Logement : besoin d'un logement saisonnier
[[D:Né le 04/05/1996]]
[[F:Célibataire, sans enfant]] - mobile partout
[[H:Asthme d'effort, ventoline dans la poche]], aucun souci en salle
[[C:Une condamnation avec sursis en 2017 pour conduite sans permis]], casier depuis réhabilité
[[U:Adhérent CGT depuis la saison 2021]] (pour les heures sup non payées, je connais le code du travail)
""")

# 002 France, Paris, femme de chambre, fiche agence d'intérim
CVS.append("""
FICHE D'INSCRIPTION INTÉRIMAIRE - Agence Hôtellerie Paris 8e

Nom : [[N:TRAORÉ]]   Prénom : [[N:Aminata]]
Tél. : [[N:07 52 18 44 60]]   Mail : [[N:aminata.traore75@yahoo.fr]]
Adresse : [[N:12 rue des Poissonniers, 75018 Paris]]
[[D:Date de naissance : 19/09/1983]]
[[E:Nationalité : malienne - titre de séjour salarié]]
[[F:Situation familiale : mariée, 4 enfants]]

Postes recherchés : [[K:Femme de chambre / Gouvernante d'étage]]
Disponibilités : 7h-15h, week-ends possibles sauf pendant le Ramadan où je préfère le matin

Missions précédentes :
- [[K:Hôtel Plaza Athénée]] - femme de chambre, 14 chambres/jour (2019-2024)
- [[K:Novotel Paris Gare de Lyon]] - équipière propreté (2015-2019)
  * [[K:Participation à la grève de 2019 gérée côté direction par le service RH]]

Formation : [[K:CAP Agent polyvalent de restauration]]

Notes de la conseillère :
Très bonnes références. [[R:Musulmane pratiquante, porte le foulard]] hors service (le retire en chambre, accord de sa part). [[H:Tendinite à l'épaule droite en 2022, soignée]]. [[U:Ancienne déléguée CGT-HPE au Novotel]].
Conseillère : [[N:Mme Sandrine Lhuillier]]
""")

# 003 Belgique, Bruxelles, serveuse brasserie
CVS.append("""
[[N:Laetitia Vandenbroucke]]
Serveuse - Responsable de salle
[[N:Rue Haute 211, 1000 Bruxelles]] - [[N:0476 33 12 08]] - [[N:laetitia.vdb@skynet.be]]

EXPÉRIENCE
2017 - aujourd'hui  [[K:Responsable de salle, brasserie Le Cirio, Bourse]]
  • [[K:120 couverts, équipe de 9, fermeture de caisse]]
  • [[K:Gestion des horaires négociés avec la délégation SETCa en tant que direction]]
2012 - 2017         [[K:Serveuse, Taverne du Passage, Galeries royales]]
2010 - 2012         Étudiante jobiste, Delhaize Sablon

FORMATION
[[K:CESS option hôtellerie, Institut Emile Gryzon, Anderlecht]]

LANGUES : français, néerlandais (bon), anglais

DIVERS
[[D:32 ans]]. [[S:Je vis avec ma compagne Sarah]] à Bruxelles, et [[S:nous avons tenu un stand à la Belgian Pride]] pour un collectif de lesbiennes. [[P:Militante chez Ecolo]] dans ma commune. [[H:Je suis sous traitement pour une thyroïde paresseuse]], rien de gênant. [[G:Mon père a la chorée de Huntington]] et je n'ai pas encore fait le test.
""")

# 004 Suisse, Genève, réceptionniste, CV école hôtelière
CVS.append("""
[[N:Léa Favre-Bulle]]
[[N:Chemin des Crêts 8, 1218 Le Grand-Saconnex]] | [[N:+41 79 542 18 36]] | [[N:lea.favrebulle@glion.edu]]

FORMATION
2021 - 2024  [[K:Bachelor en Management Hôtelier International, Glion Institute of Higher Education]], Bulle
  Stage pratique : cuisine, service, hébergement
2020         [[K:CFC de gestionnaire en intendance]], Genève

STAGES
[[K:Réceptionniste stagiaire, Beau-Rivage Genève]] - 6 mois (2023)
  - Accueil VIP, délégations de l'ONU, conciergerie
  - [[K:Organisation des repas casher pour une délégation diplomatique]]
[[K:Commis de salle, Hôtel des Bergues, Four Seasons]] - été 2022

LANGUES : français, anglais (C1), allemand (B2), italien (B1)

RENSEIGNEMENTS PERSONNELS
[[D:Date de naissance : 12.02.2002]]
[[E:Nationalité : suisse et portugaise]]
[[F:État civil : célibataire]]
Permis de conduire B
[[H:Diabète de type 1, pompe à insuline]] - je gère seule, sans aménagement.
""")

# 005 Québec, Montréal, cuisinier
CVS.append("""
[[N:Jean-Philippe Tremblay]]
Cuisinier de ligne
[[N:Rosemont, Montréal (QC) H1X]] - [[N:514 555-0143]] - [[N:jp.tremblay.cuisine@videotron.ca]]

EXPÉRIENCES
2019 - auj.  [[K:Cuisinier de ligne, Joe Beef]], Petite-Bourgogne
   - Poste grill et garde-manger, 150 couverts
   - [[K:Menus sans gluten et sans noix pour la clientèle allergique]]
2015 - 2019  [[K:Commis, Au Pied de Cochon]]
2013 - 2015  Plongeur, cabane à sucre Chez Dany

FORMATION
[[K:DEP en cuisine, École hôtelière de Montréal Calixa-Lavallée]]
[[K:Certificat MAPAQ en hygiène et salubrité (gestionnaire)]]

AUTRES INFOS
J'ai [[D:34 ans]]. [[C:J'ai eu un casier pour vol en 2010, obtenu ma suspension du casier en 2018]]. [[H:Cinq ans sobre, je fais les AA le lundi]], donc pas de fermeture ce soir-là. [[P:Membre de Québec solidaire]], bénévole à l'élection de 2022. [[F:Papa d'une petite de 3 ans, garde partagée]].
""")

# 006 Maroc, Marrakech, gouvernante de riad
CVS.append("""
CURRICULUM VITAE

[[N:Khadija El Amrani]]
[[N:Derb Sidi Bouamar, Médina, Marrakech]]
GSM : [[N:06 61 42 87 30]]
E-mail : [[N:khadija.elamrani.riad@gmail.com]]

ÉTAT CIVIL
[[D:Née le 3 mars 1987 à Tahannaout]]
[[F:Mariée, 2 enfants]]
[[E:Amazighe, langue maternelle tachelhit]]
Nationalité : marocaine

EXPÉRIENCE PROFESSIONNELLE
2016 - à ce jour : [[K:Gouvernante, Riad Kniza, Marrakech]]
   - [[K:11 chambres, 6 femmes de chambre, inventaire linge]]
   - [[K:Préparation des ftours pour les clients pendant le Ramadan]]
2010 - 2016 : Femme de chambre, [[K:La Mamounia]]

FORMATION
[[K:Diplôme de technicien en hébergement, ISTAHT Marrakech]] (2009)

LANGUES : arabe, tachelhit, français, anglais (moyen)

DIVERS
[[R:Je fais le pèlerinage de la Omra chaque année avec ma mère]], ce qui me demande deux semaines de congé. [[H:Opérée de la vésicule en 2021]]. [[G:Ma carte nationale biométrique a été renouvelée en 2022 (empreintes)]].
""")

# 007 Tunisie, Djerba, animateur
CVS.append("""
[[N:Skander Ben Slimane]]
Animateur touristique - chef d'équipe animation
[[N:Houmt Souk, Djerba]] | [[N:+216 22 418 905]] | [[N:skander.animation@gmail.com]]

Parcours
2019 - 2024  [[K:Chef animateur, Club Med Djerba la Douce]]
             Spectacles du soir, mini-club, tournois sportifs, 700 clients
2016 - 2019  [[K:Animateur sportif, Radisson Blu Palace Djerba]]
Été 2015     [[K:Animateur, Hasdrubal Thalassa Hammamet]]

Formation
[[K:BTS Animation touristique, Institut des hautes études touristiques de Sidi Dhrif]]
[[K:BNSSA (sauveteur aquatique)]]

Langues : arabe, français, anglais, italien, allemand (notions)

Personnel
[[D:29 ans]], [[F:célibataire]].
[[E:Ma mère est d'origine italienne]], d'où la langue.
[[P:J'ai milité au Courant démocrate en 2019]].
[[C:J'ai été condamné en 2021 à deux mois avec sursis pour une bagarre]], je préfère le dire.
[[S:Mon compagnon Luca]] est aussi animateur ; nous cherchons si possible le même village.
""")

# 008 Maurice, chef de rang, resort
CVS.append("""
[[N:Vikash Ramgoolam-Doorgah]]
Chef de rang - restauration gastronomique
[[N:Royal Road, Goodlands, Maurice]] . [[N:+230 5 728 4419]] . [[N:vikash.doorgah@gmail.com]]

[Photo d'identité]

EXPÉRIENCE
[[K:Chef de rang, One&Only Le Saint Géran]], Belle Mare (2018 - présent)
 - [[K:Restaurant La Terrasse, 90 couverts, clientèle européenne et du Golfe]]
 - [[K:Service des dîners de Divali et de l'Aïd pour les clients du resort]]
[[K:Commis de rang, LUX* Grand Gaube]] (2014 - 2018)

FORMATION
[[K:Certificat en service de restaurant, École hôtelière Sir Gaëtan Duval]]

LANGUES : créole, français, anglais, hindi

INFORMATIONS PERSONNELLES
[[D:Âge : 31 ans]]
[[E:Communauté : hindoue, famille originaire du Bihar]]
[[R:Végétarien et pratiquant, je jeûne pour Maha Shivaratri]]
[[F:Marié depuis 2020, un fils]]
[[U:Membre du syndicat UTH (Union des Travailleurs de l'Hôtellerie)]]
[[P:Je milite au MSM dans ma circonscription]]
""")

# 009 La Réunion, caissière, supermarché
CVS.append("""
[[N:Mélissa Payet]]
[[N:Saint-Pierre (974)]] - [[N:06 92 41 38 70]] - [[N:melissa.payet974@orange.fr]]

HÔTESSE DE CAISSE - EMPLOYÉE LIBRE-SERVICE

Expérience
2018 - 2024 : [[K:Hôtesse de caisse, E.Leclerc Saint-Pierre]]
  - Caisse, accueil, [[K:contrôle de l'âge pour la vente d'alcool aux mineurs]]
  - [[K:Mise en rayon, inventaires de fin d'année]]
2016 - 2018 : [[K:Employée polyvalente, Score Le Tampon]]

Formation
[[K:Bac pro Métiers du commerce et de la vente]], lycée Roches Maigres

Permis B, véhiculée

Situation
[[D:29 ans]], [[F:maman solo de deux enfants]]. [[E:Réunionnaise, famille malbar du côté de mon père]]. [[H:J'ai fait une dépression en 2023]] (arrêt de quatre mois) et je reprends doucement. [[R:Je vais au temple tamoul de Saint-Pierre pour les fêtes]], je demande juste le jour du Pongal. [[G:Trait drépanocytaire dépisté à la naissance de ma fille]].
""")

# 010 France, Lyon, chef de partie traiteur casher
CVS.append("""
[[N:David Attal]]
Chef de partie - traiteur événementiel
[[N:Villeurbanne (69100)]] | [[N:06 18 55 73 02]] | [[N:david.attal.chef@free.fr]]

EXPÉRIENCES
2020 - ...  [[K:Chef de partie, Traiteur Ets Lévy]], Lyon - [[K:cuisine casher sous surveillance du Consistoire]]
            Mariages et bar-mitsvas jusqu'à 400 couverts
2016 - 2020 Commis puis demi-chef, [[K:Paul Bocuse - L'Auberge du Pont de Collonges]]
2014 - 2016 [[K:Apprenti, brasserie Georges]]

SPÉCIALITÉS
Poissons, sauces, pâtisserie orientale pour les buffets de fête, dressage à l'assiette pour 400.

DIPLÔMES
[[K:CAP Cuisine, BP Arts de la cuisine]] - Institut Paul Bocuse (apprentissage)

CE QUE JE PEUX DIRE
[[R:Je ne travaille pas le samedi (shabbat)]] ni les jours de Kippour. [[E:Famille séfarade arrivée d'Algérie en 1962]]. [[D:Né en 1993]]. [[F:Marié, trois enfants]]. [[G:Test génétique fait avant le mariage : porteur sain de la maladie de Gaucher]].
""")

# 011 France, CDG, agent d'escale
CVS.append("""
[[N:Nadia Bensaïd]]
Agent d'escale commercial
[[N:Goussainville (95)]] - [[N:07 68 22 41 09]] - [[N:nadia.bensaid@hotmail.fr]]

Huit ans au contact des passagers à Roissy ; sang-froid pendant les grèves, les épisodes neigeux et les vols surbookés.

Expérience
Depuis 2017 : [[K:Agent d'escale, Groupe 3S / Air France]], Roissy CDG T2
  - Enregistrement, embarquement, correspondances, litiges bagages
  - [[K:Assistance PMR et passagers sous oxygène médical]]
  - [[K:Gestion des vols pèlerinage Hajj vers Djeddah]]
2014 - 2017 : Hôtesse d'accueil, ADP (Aéroports de Paris)

Formation
[[K:BTS Tourisme]], [[K:Formation sûreté aéroportuaire (badge rouge)]]

Infos
[[D:35 ans]] ; [[E:parents d'origine algérienne]] ; [[F:divorcée, une fille]].
[[G:J'ai moi-même enregistré mes empreintes pour PARAFE]], ce qui aide à expliquer le système aux passagers.
[[U:Élue CFDT au CSE de mon entreprise]].
[[S:Je me suis pacsée avec ma compagne en 2022]].
""")

# 012 France, agent de propreté, récit
CVS.append("""
[[N:Jean-Claude Mabiala]]
[[N:Évry-Courcouronnes (91)]] - [[N:06 33 12 90 47]] - [[N:jc.mabiala@laposte.net]]

AGENT DE PROPRETÉ - CHEF D'ÉQUIPE

Je travaille dans la propreté depuis vingt ans : bureaux, gares et hôpitaux. J'ai commencé de nuit à la Défense, puis j'ai pris une équipe de douze personnes. [[E:Arrivé du Congo-Brazzaville en 2002]], [[E:naturalisé français en 2013]].

Parcours
- [[K:Chef d'équipe propreté, Onet Services]] - CHU Sud Francilien (2015-2024)
  * [[K:Bionettoyage des blocs opératoires et chambres d'isolement]]
  * [[K:Plannings et remplacements]]
- [[K:Agent de propreté, GSF - tours de la Défense]] (2004-2015)

Formation : [[K:CQP Agent machiniste classique]], habilitation produits chimiques

Personnel
[[D:Âge : 52 ans]]. [[F:Marié, cinq enfants]]. [[C:J'ai fait deux mois de détention provisoire en 2005 avant un non-lieu]]. [[R:Je suis pasteur bénévole dans une église évangélique congolaise]] à Évry. [[H:Hypertension suivie, sous traitement]].
""")

# 013 Belgique, Liège, vendeuse Delhaize
CVS.append("""
[[N:Fatima Zahra Ouali]]
[[N:Rue Saint-Léonard 340, 4000 Liège]]
[[N:0487 21 54 33]] | [[N:fz.ouali@hotmail.be]]

Vendeuse - responsable rayon frais

Treize ans en grande distribution, rigoureuse sur la chaîne du froid, attentive à mon équipe et aux clients du quartier.

2015 - aujourd'hui   [[K:Responsable rayon boucherie-traiteur, Delhaize Liège Saint-Léonard]]
  - [[K:Mise en place du rayon halal certifié]]
  - [[K:Commandes, DLC, HACCP]]
2011 - 2015          [[K:Caissière, Aldi Herstal]]

Formation
[[K:Formation de gérante de magasin, IFAPME Liège]]

Langues : français, arabe marocain, néerlandais (base)

Autres
[[D:40 ans]] ; [[F:mariée, trois enfants]] ; [[E:Belgo-marocaine, parents venus de Nador dans les années 70]].
[[U:Déléguée SETCa pendant six ans]], mandat terminé en 2022.
[[H:Opérée d'une hernie discale en 2021]], port de charges limité à 15 kg.
[[P:Candidate sur la liste PTB aux communales 2024]].
""")

# 014 Suisse, Zermatt, saisonnier cuisine, CV saisonnier
CVS.append("""
CV SAISONNIER
[[N:Miguel Ferreira da Costa]] - Commis / Demi-chef de partie
[[N:+41 78 902 16 55]] | [[N:miguel.fcosta@gmail.com]] | actuellement à [[N:Sion (VS)]]

Permis : [[E:permis L, nationalité portugaise]]
Dispos : décembre à avril, juin à septembre

Saisons :
- Hiver 2023/24 : [[K:Demi-chef de partie, Grand Hotel Zermatterhof]]
- Été 2023 : [[K:Commis, Hôtel Mont Cervin Palace]]
- Hiver 2022/23 : [[K:Commis, Hôtel Crans Ambassador, Crans-Montana]]
- Été 2022 : plonge et préparation, restaurant d'alpage Chez Vrony

Diplômes : [[K:Curso de Cozinha, Escola de Hotelaria e Turismo do Porto]]
[[K:Cours d'hygiène HACCP (GastroSuisse)]]

Moi : [[D:27 ans]]. [[S:Je voyage avec mon copain, Rui, qui cherche aussi en salle]] - un logement pour deux serait l'idéal. [[H:Allergie sévère aux crustacés (stylo d'adrénaline)]], je ne touche pas ce poste. [[G:Ma mère est porteuse de la mutation de la polyneuropathie amyloïde (maladie de Póvoa)]] et je fais le test cette année.
""")

# 015 Québec, préposée entretien ménager, CSN
CVS.append("""
[[N:Josée Bouchard]]
[[N:Limoilou, Québec (QC) G1L]]
[[N:418 555-0192]] . [[N:josee.bouchard62@hotmail.com]]

PRÉPOSÉE À L'ENTRETIEN MÉNAGER

Vingt-cinq ans de métier dans les grands hôtels de la Vieille Capitale. Fière de mes chambres, de mon équipe et de nos clients fidèles.

Expérience
[[K:Préposée aux chambres, Fairmont Le Château Frontenac]] - 2004 à aujourd'hui
 - 15 chambres par quart, suites, Carnaval de Québec
 - [[K:Formation des nouvelles préposées]]
[[U:Déléguée syndicale CSN pour les préposées depuis 2012]]
[[U:J'ai été au piquet de grève pendant le conflit de 2016]]
[[K:Préposée, Hôtel Loews Le Concorde]] - 1998 à 2004

Formation
[[K:DEP Service de la restauration]] ; [[K:cours SIMDUT]]

Personnel
[[D:Née en 1962]]. [[F:Grand-maman de cinq petits-enfants]]. [[H:Arthrose aux deux genoux]], mais je ne lâche pas. [[P:J'ai toujours voté Bloc et je suis membre du PQ]]. [[E:Huronne-Wendat par ma grand-mère, inscrite à Wendake]].
""")

# 016 Maroc, Casablanca, agent d'escale RAM
CVS.append("""
[[N:Youssef Benjelloun]]
[[N:Hay Hassani, Casablanca]] | [[N:+212 6 62 18 40 93]] | [[N:y.benjelloun.escale@gmail.com]]

AGENT D'ESCALE - PASSAGE ET TRAFIC

Neuf ans sur les comptoirs et les portes d'embarquement de Casablanca, en arabe, français, anglais et espagnol.

2018 - présent : [[K:Agent de passage, Royal Air Maroc, aéroport Mohammed V]]
  - Enregistrement, embarquement, gestion des retards
  - [[K:Coordination des vols de la Omra et du Hajj]]
  - [[K:Contrôle des passeports biométriques et e-Gates à l'embarquement]]
2015 - 2018 : [[K:Agent de trafic, Swissport Maroc]]

Formation : [[K:Licence professionnelle en gestion aéroportuaire, ISTA Casablanca]]

Renseignements :
[[D:Date de naissance : 22/07/1990]]
[[F:Situation : fiancé, mariage prévu en août]]
[[C:Condamné en 2012 pour outrage à agent lors d'une manifestation]], peine avec sursis
[[P:Ancien militant du Mouvement du 20 février]]
[[H:Traité pour une tuberculose en 2014, guéri]]
""")

# 017 Tunisie, Hammamet, réceptionniste
CVS.append("""
CURRICULUM VITAE
[photo]
[[N:Rim Trabelsi]]
[[N:Avenue de la République, Hammamet 8050]]
Tél : [[N:+216 98 115 472]] - Email : [[N:rim.trabelsi.reception@gmail.com]]

Informations personnelles
[[D:Née le 14/12/1995 à Nabeul]]
[[F:État civil : mariée]]
Nationalité : tunisienne

Expérience
2019 - 2024 : [[K:Réceptionniste, The Sindbad Hammamet]]
   - [[K:Check-in groupes TUI et Jet2, 2 500 clients par semaine en été]]
   - [[K:Gestion des demandes de repas halal et de jeûne pour les clients du Ramadan]]
2017 - 2019 : [[K:Stagiaire puis réceptionniste, La Badira]]

Formation
[[K:Licence en gestion hôtelière, Institut supérieur des études touristiques de Sidi Dhrif]]

Langues : arabe, français, anglais, allemand

Autres
[[U:Membre de l'UGTT, section hôtellerie]]. [[R:Je porte le voile]], sans que cela ait posé problème à la réception. [[H:En 2022 j'ai eu une grossesse extra-utérine suivie d'une opération]] ; [[F:nous n'avons pas encore d'enfant]].
""")

# 018 Maurice, guide touristique
CVS.append("""
[[N:Jean-Marc Labonne]]
Guide touristique agréé
[[N:Grand Baie, Maurice]] - [[N:+230 5 911 2083]] - [[N:jmlabonne.guide@gmail.com]]

Expérience
Depuis 2015 : [[K:Guide, Mautourco]] - excursions catamaran, Chamarel, Port-Louis
  - [[K:Visites commentées du Morne Brabant et de l'histoire de l'esclavage]]
  - [[K:Groupes francophones et anglophones jusqu'à 40 personnes]]
  - Dégustations de rhum à Chamarel et marché central de Port-Louis
2010 - 2015 : [[K:Skipper, Croisières Australes]]

Formation : [[K:Certificat de guide touristique, Tourism Authority]] ; permis bateau

Qui je suis
[[E:Créole mauricien, descendant d'esclaves malgaches]], et c'est pour ça que le Morne me tient à cœur. [[D:Quarante-six ans]]. [[R:Catholique, servant d'autel à Notre-Dame-Auxiliatrice]]. [[F:Veuf, un fils de 17 ans]]. [[C:Casier : une amende pour pêche illégale en 2008]]. [[G:J'ai fait un test ADN généalogique]] qui confirme les origines malgaches et mozambicaines.
""")

# 019 La Réunion, serveur saisonnier, gîte
CVS.append("""
[[N:Loïc Hoarau]]
[[N:Cilaos, La Réunion]] | [[N:06 93 44 28 17]] | [[N:loic.hoarau974@gmail.com]]

Serveur - aide-cuisinier, gîtes et restaurants de montagne

Je connais le cirque par cœur, je parle créole, français et un peu d'anglais avec les randonneurs.

- 2021-2024 : [[K:Serveur, Hôtel Tsilaosa]], Cilaos - service, petit-déjeuner, bar
- 2019-2021 : [[K:Aide-cuisinier, gîte de la Caverne Dufour (Piton des Neiges)]] - cari pour 60 randonneurs
- Saison 2018 : [[K:Serveur au Festival Sakifo]], Saint-Pierre

Formation : [[K:CAP Commercialisation et services en hôtel-café-restaurant]]
[[K:PSC1 (premiers secours)]]

Pour finir
[[D:24 ans]]. [[S:J'habite avec mon copain à Cilaos]]. [[H:Je suis sourd d'une oreille depuis une méningite à 5 ans]], je me place du bon côté en salle. [[C:Rappel à la loi en 2019 pour du zamal]]. [[P:Militant au PCR]] (Parti communiste réunionnais).
""")

# 020 France, Strasbourg, marché de Noël
CVS.append("""
[[N:Thomas Hertzog]]
[[N:Strasbourg-Neudorf]] . [[N:06 44 91 07 62]] . [[N:thomas.hertzog67@gmail.com]]

VENDEUR / RESPONSABLE DE CHALET - MARCHÉS DE NOËL ET ÉVÉNEMENTIEL

Saisons
- Nov.-déc. 2019 à 2023 : [[K:Responsable de chalet vin chaud, Christkindelsmärik, place Broglie]]
  [[K:caisse, 3 vendeurs, 1 200 gobelets par soir]]
  ouverture à 11h, fermeture et comptage à 21h, réassort des bredele et du pain d'épices
- Été 2023 : [[K:Barman, Foire aux vins de Colmar]]
- 2020-2023 : [[K:vendeur, boulangerie Woerlé (hors saison)]]

Formation
[[K:BTS Management des unités commerciales]]

Divers
[[D:Né le 1er février 1990]]. [[R:Protestant, je chante dans la chorale du Temple Neuf]]. [[S:Mon mari]] tient un stand de bredele à côté. [[G:J'ai une mucoviscidose "légère" (deux mutations, dont F508del)]] ; [[H:kiné respiratoire deux fois par semaine]]. [[U:Adhérent FO depuis 2015]].
""")

# 021 France, Paris, barman, Pride
CVS.append("""
[[N:Maxime Lefèvre-Diallo]]
Barman - chef de bar

Neuf ans derrière les comptoirs parisiens, des palaces aux bars à cocktails de quartier.
[[N:Paris 11e]] | [[N:06 27 80 14 53]] | [[N:maxime.ld.bar@gmail.com]] | [[N:instagram.com/maxime_shakes]]

EXPÉRIENCE
2020 - 2024  [[K:Chef de bar, Le Syndicat (cocktails), Paris 10e]]
  - Carte 100 % spiritueux français, 250 couverts le samedi
  - [[K:Bar éphémère de la Marche des Fiertés pour l'Inter-LGBT]] (prestation 2022 et 2023)
2017 - 2020  [[K:Barman, Hôtel Costes]]
2015 - 2017  [[K:Commis de bar, Harry's New York Bar]]

FORMATION
[[K:Mention complémentaire Barman, lycée hôtelier Jean Drouant]]

DIVERS
[[D:31 ans]]. [[E:Père sénégalais, mère bretonne]]. [[S:Ancien président de l'association des barmen gays du Marais]]. [[C:J'ai un casier (usage de stupéfiants, 2016)]] et [[H:je suis suivi en CSAPA depuis, sobre de tout]] ; [[R:élevé dans l'islam, aujourd'hui agnostique]].
""")

# 022 France, croisière, steward Ponant
CVS.append("""
[[N:Anthony Le Goff]]
Steward de cabine / Maître d'hôtel adjoint - navires de croisière
[[N:Lorient (56)]] . [[N:+33 6 19 74 02 88]] . [[N:anthony.legoff.mer@gmail.com]]

Embarquements
- 2019-2024 : [[K:Maître d'hôtel adjoint, Ponant]] - Le Commandant Charcot, Le Lyrial (contrats de 4 mois)
  * [[K:Service des régimes médicaux et allergies signalés par le médecin de bord]]
  * Expéditions Arctique et Antarctique, 200 passagers
- 2016-2019 : [[K:Steward, MSC Croisières - MSC Splendida]]

Brevets : [[K:CFBS (certificat de formation de base à la sécurité)]], sensibilisation sûreté, [[K:certificat médical d'aptitude ENIM]]

Personnel
[[D:Âge : 36 ans]]
[[F:Pacsé, sans enfants]] - [[S:mon compagnon est officier mécanicien chez Brittany Ferries]]
[[U:Adhérent à la CFDT Marins]] depuis 2018
[[G:Empreintes et photo enregistrées pour ma carte de marin biométrique]]
[[C:Une condamnation en 2014 pour outrage, inscrite au bulletin n°2]] mais qui ne m'a jamais bloqué pour embarquer.
""")

# 023 Belgique, Brussels Airport, Aviapartner
CVS.append("""
[[N:Koen Verstraeten]] - Bagagiste / Chef d'équipe piste
[[N:Steenokkerzeel]] - [[N:0472 19 33 08]] - [[N:koen.verstraeten@telenet.be]]

Expérience
2014 - aujourd'hui : [[K:Chef d'équipe piste, Aviapartner, Brussels Airport]]
  • [[K:Chargement A330, tapis bagages, dégivrage]]
  • Équipe de 14 personnes, trois roulements, briefings sécurité
  • [[K:Planning des équipes négocié avec les délégués ACV-CSC et ABVV-FGTB pour la direction]]
2010 - 2014 : [[K:Bagagiste, Swissport Belgium]]

Formations : [[K:Badge de sûreté aéroportuaire (BCAA)]], conduite tracteur de piste, cariste

Langues : néerlandais, français, anglais

Divers
[[D:45 ans]], [[F:divorcé, deux enfants en garde alternée]]. [[G:Mon badge d'accès piste fonctionne avec mon empreinte digitale]]. [[P:Membre de Vooruit dans ma commune]], j'ai été sur la liste en 2018. [[R:Catholique pratiquant, je sers à la messe à Perk]].
""")

# 024 Suisse, Lausanne, vendeuse Migros
CVS.append("""
Curriculum vitae

[[N:Sandrine Rochat]]
[[N:Avenue de Morges 45, 1004 Lausanne]]
[[N:079 331 82 47]] - [[N:sandrine.rochat@bluewin.ch]]

Données personnelles
[[D:Date de naissance : 07.10.1979]]
Nationalité : suisse
[[F:État civil : divorcée, 1 enfant]]

Expérience professionnelle
2008 - à ce jour  [[K:Gestionnaire du commerce de détail, Migros Lausanne Métropole]]
  - [[K:Rayon fruits et légumes, commandes, 8 collaborateurs]]
  - [[K:Contrôles d'âge pour le tabac et les boissons alcoolisées]] (Migrolino)
2000 - 2008       [[K:Vendeuse, Coop Prilly]]

Formation
[[K:CFC de gestionnaire du commerce de détail]]

Intérêts
Randonnée, [[R:chorale de l'Armée du Salut de Lausanne, dont je suis soldate]].
[[U:Membre d'Unia et de la commission du personnel]].
[[C:Condamnée en 2015 à une peine pécuniaire avec sursis pour vol dans mon ancien emploi]], effacée du casier depuis.
[[G:J'ai donné mon ADN à une étude de la biobanque du CHUV]].
""")

# 025 Québec, Mont-Tremblant, saisonnier
CVS.append("""
[[N:Olivier Gagnon-Nadeau]]
[[N:Saint-Jovite, Mont-Tremblant (QC)]] - [[N:819 555-0177]] - [[N:olivier.gn@outlook.com]]

SAISONS - MONT-TREMBLANT

Je fais des saisons depuis la fin du cégep : l'hiver sur les pentes, l'été sur la rivière. Disponible dès novembre.

Hiver 2023-2024 : [[K:Moniteur de ski et serveur au chalet des Voyageurs, Station Mont Tremblant]]
Été 2023 : [[K:Guide de rafting, Rivière Rouge (Nouveau Monde)]]
Hiver 2022-2023 : [[K:Préposé aux remontées mécaniques]]
Été 2022 : Serveur, Fairmont Tremblant (Windigo)

Cartes et cours
[[K:Action service (alcool) et Premiers soins en milieu sauvage]], [[K:Niveau 2 CSIA]]

Sur moi
[[D:22 ans]]. [[E:Je suis Atikamekw de Manawan par mon père]]. [[S:Je suis bisexuel et bénévole à la Fierté de Mont-Tremblant]]. [[C:Dossier jeunesse (LSJPA) pour méfait à 15 ans]], fermé. [[H:TDAH diagnostiqué, médication le jour]].
""")

# 026 Maroc, Agadir, chef cuisinier
CVS.append("""
[[N:Abdelilah Oubaha]]
Chef de cuisine
[[N:Hay Dakhla, Agadir]] / [[N:+212 6 70 44 19 82]] / [[N:chef.oubaha@gmail.com]]

Expérience
2016 - à ce jour : [[K:Chef de cuisine, Sofitel Agadir Thalassa Sea & Spa]]
   - Brigade de 28, 3 restaurants, buffets de 600 couverts
   - [[K:Menus de diététique et de cure thalasso (diabétiques, hyposodés)]]
   - [[K:Buffets de ftour et de shour pendant le Ramadan]]
2009 - 2016 : [[K:Sous-chef, Robinson Club Agadir]]

Formation : [[K:Diplôme de technicien spécialisé en cuisine, ISTHT Agadir]]

Personnel :
[[D:44 ans]]
[[F:Marié, 4 enfants]]
[[E:Soussi, amazighophone]]
[[G:J'ai fait un test génétique après le diagnostic de ma fille : je suis porteur de la bêta-thalassémie]]
[[P:Ancien élu du RNI au conseil communal]] (2015-2021)
[[U:Délégué du personnel au Robinson Club (UMT)]]
""")

# 027 Tunisien expatrié à Doha, maître d'hôtel
CVS.append("""
[[N:Mehdi Gharbi]]
Maître d'hôtel - restauration de luxe

Douze ans de salle dans les palaces, de Tunis à Doha. Je parle arabe, français, anglais et italien.
Doha, Qatar | [[N:+974 3312 7804]] | [[N:mehdi.gharbi.mdh@gmail.com]]

[Photo]

EXPÉRIENCE
[[K:Maître d'hôtel, The St. Regis Doha]] (2017 - aujourd'hui)
 - [[K:Restaurant Alain Ducasse IDAM, 70 couverts]]
 - Accord mets et thés, service au guéridon, clientèle d'affaires et familles royales
 - [[K:Dîners officiels pendant la Coupe du monde 2022]]
[[K:Chef de rang, Four Seasons Hotel Tunis]] (2012 - 2017)

FORMATION
[[K:BTS Restauration, École hôtelière de Tunis]]

PERSONNEL
[[D:Né le 09/09/1987 à Sfax]]
[[E:Nationalité : tunisienne (résidence qatarie)]]
[[F:Célibataire]]
[[G:Enregistrement biométrique au Medical Commission de Doha (empreintes)]]
[[C:Casier tunisien : une condamnation en 2011 pendant les manifestations, amnistiée]]
[[P:Sympathisant d'Ennahdha à l'époque]], je n'ai plus d'activité politique.
""")

# 028 Maurice, femme de chambre
CVS.append("""
[[N:Marie-Josée Perrine]]
[[N:Cité La Cure, Port-Louis]] - [[N:+230 5 724 6611]] - [[N:mariejosee.perrine@yahoo.com]]

FEMME DE CHAMBRE - GOUVERNANTE D'ÉTAGE

Onze ans dans un resort cinq étoiles du nord de l'île. Je forme les nouvelles, je connais les clients fidèles par leur nom et je fais des lits de noces que les gens prennent en photo.

- 2013-2024 [[K:Femme de chambre, Trou aux Biches Beachcomber]] : [[K:14 villas par jour, couvertures du soir]]
- 2009-2013 [[K:Lingère, Le Méridien Ile Maurice]]

Compétences : [[K:pliage de serviettes en cygne, décoration de lit de noces]]
Formation : [[K:Certificat en housekeeping, Mauritius Institute of Training and Development]]

Autre
[[D:Âge : 43]] - [[F:mère de trois enfants, mari pêcheur]]
[[R:Pentecôtiste, Assemblée de Dieu de Port-Louis]]
[[U:Membre de la FTU (Federation of United Unions) à l'hôtel]]
[[H:Douleurs lombaires chroniques, suivies en kinésithérapie]]
[[E:Créole, famille venue de Rodrigues]]
""")

# 029 La Réunion, agent d'entretien aéroport
CVS.append("""
[[N:Jean-Hugues Grondin]]
[[N:Sainte-Marie (974)]] / [[N:06 92 70 15 38]] / [[N:jh.grondin@gmail.com]]

Agent d'entretien - propreté aéroportuaire

Expériences
2016 - 2024 : [[K:Agent de propreté, Samsic, aéroport Roland-Garros]]
   - [[K:Aérogare, sanitaires, zones réservées]]
   - [[K:Nettoyage des aéronefs en escale (Air Austral, Air France)]]
2012 - 2016 : [[K:Agent polyvalent, mairie de Sainte-Marie (contrat aidé)]]

Formation : [[K:Titre professionnel Agent de propreté et d'hygiène]]
Badge zone réservée (enquête administrative favorable)

Sur moi
[[D:38 ans]]. [[F:Concubin, trois enfants]]. [[C:Condamné à six mois ferme en 2008 pour un vol de voiture]], j'ai fait ma peine au Port ; [[C:réhabilitation obtenue en 2019]], c'est pour ça que j'ai pu avoir le badge. [[R:Je suis dans l'Église adventiste]] et je ne travaille pas le samedi. [[U:Délégué CGTR chez Samsic]].
""")

# 030 France, restauration collective, directeur
CVS.append("""
[[N:Philippe Garnier]]
Directeur de restaurant - restauration collective
[[N:Rennes (35)]] . [[N:06 85 30 47 21]] . [[N:philippe.garnier35@orange.fr]] . [[N:linkedin.com/in/pgarnier-restaurationco]]

PARCOURS
2015 - 2024  [[K:Directeur de site, Sodexo Santé Médico-social]] - CHU de Rennes
  - 4 200 repas/jour, 85 salariés
  - [[K:Menus à texture modifiée et régimes médicaux avec les diététiciennes]]
  - [[K:Repas sans porc, halal et casher sur demande des patients]]
  - [[K:Accord d'aménagement du temps de travail négocié avec FO et la CGT]] (côté direction)
2006 - 2015  Gérant, Elior Restauration, cuisine centrale de Vannes

FORMATION
[[K:BTS Hôtellerie-Restauration, lycée hôtelier de Dinard]]

PERSONNEL
[[D:54 ans]]. [[F:Marié, deux enfants étudiants]]. [[H:Greffé du rein en 2019]] : je suis en pleine forme et très sensible à la qualité des repas de nos patients. [[P:Adjoint au maire (divers gauche) dans ma commune de Cesson]].
""")

# 031 France, Marseille, poissonnier supermarché
CVS.append("""
[[N:Karim Haddad]]
[[N:Marseille 13015]] - [[N:07 81 33 20 96]] - [[N:karim.haddad13@gmail.com]]

POISSONNIER - EMPLOYÉ DE RAYON MARÉE

Le poisson, c'est la famille : mon grand-père avait un bateau à l'Estaque. Je connais les arrivages, je conseille le client et je lève un loup en deux minutes.

- Depuis 2018 : [[K:Poissonnier, Carrefour Le Merlan]]
   [[K:découpe, étal]], [[K:traçabilité et étiquetage des allergènes]]
- 2012-2018 : [[K:vendeur au marché du Vieux-Port (poissonnerie familiale)]]

Formation : [[K:CAP Poissonnier écailler]]

Infos
[[D:33 ans]] ; [[E:d'origine libanaise par mon père]] ; [[S:je vis avec mon compagnon depuis huit ans]] ; [[C:condamné en 2013 pour recel (TIG effectué)]] ; [[H:j'ai perdu deux doigts à la main gauche dans un accident de bateau]], ça ne m'empêche pas de lever un filet.
""")

# 032 France, export type Indeed, équipière McDo
CVS.append("""
[[N:Manon Giraud]]
[[N:Tours (37)]]
[[N:manon.giraud.37@gmail.com]]
[[N:06 52 91 44 08]]

Expérience professionnelle

Équipière polyvalente
[[K:McDonald's]] - Tours Nord
septembre 2021 à aujourd'hui
- Caisse, cuisine, drive, service en salle
- [[K:Formation hygiène et plan de maîtrise sanitaire]]

Vendeuse saisonnière
[[K:Hôtesse d'accueil, Futuroscope]] - Poitiers
juillet 2020 à août 2020

Formation
[[K:Bac STMG]] - Lycée Choiseul, Tours
2021

Compétences
- [[K:Encaissement (3 ans)]]
- Travail en équipe
- Ouverture du restaurant à 6h30 et fermeture le week-end

Informations complémentaires
[[D:J'ai 21 ans]]. [[S:Je suis lesbienne et trésorière de l'asso LGBT de ma fac]]. [[H:Je suis dyslexique et dyspraxique]] mais ça n'a jamais posé de souci à la caisse. [[P:Je milite à La France insoumise]] depuis les européennes. [[G:Mon frère a la drépanocytose et je suis porteuse du trait]].
""")

# 033 Belgique, Namur, commis, école hôtelière
CVS.append("""
[[N:Nathan Dupuis]]
[[N:Jambes (Namur)]] . [[N:0499 27 61 04]] . [[N:nathan.dupuis.cuisine@gmail.com]]

ÉTUDES
2019 - 2024  [[K:7e Traiteur-organisateur de banquets, Institut technique Namur Capitale (école hôtelière)]]
   Stages : cuisine, pâtisserie, salle, sommellerie

STAGES ET JOBS
- [[K:Commis de cuisine stagiaire, L'Air de Rien, Namur]] (2023)
- Job étudiant, Quick Namur (2021-2023)
- [[K:Service au Village de Noël de Namur]] (décembre 2022)

PROFIL
Jeune cuisinier motivé, j'aime le rythme des banquets et le travail propre.

COMPÉTENCES
[[K:Découpe, fonds et sauces, pâtisserie de base]] ; [[K:Accès à la profession (gestion de base)]]

PERSONNEL
[[D:Né le 28/03/2005]]. [[F:J'habite chez mes grands-parents]]. [[S:J'ai un copain depuis deux ans]], on cherche un stage dans la même ville. [[H:Allergique aux arachides, je porte un Epipen]]. [[P:Je suis aux Jeunes MR]].
""")

# 034 Suisse, Montreux, chef de réception
CVS.append("""
[[N:Sophie Chappuis]]
Chef de réception
[[N:Clarens (Montreux)]] | [[N:+41 76 418 32 90]] | [[N:sophie.chappuis@gmx.ch]]

Expérience
2018 - 2024  [[K:Chef de réception, Fairmont Le Montreux Palace]]
  - Montreux Jazz Festival : artistes, managers, accréditations
  - [[K:Gestion des demandes médicales et d'accessibilité des clients VIP]]
2014 - 2018  [[K:Réceptionniste, Hôtel Royal Savoy Lausanne]]

Formation
[[K:Diplôme ES d'hôtelière-restauratrice, École hôtelière de Genève]]

[[K:Langues : français, allemand, anglais, italien]]

Dix ans de réception en palace : je garde mon calme quand trois limousines arrivent en même temps.

Personnel
[[D:36 ans]]. [[F:Mariée, en congé maternité prévu de mars à juin]]. [[G:Amniocentèse et test génétique pendant la grossesse]] (tout va bien). [[U:Membre d'Unia et du comité de branche hôtellerie]]. [[R:Sans religion, j'ai quitté l'Église réformée]].
""")

# 035 Québec, Gaspésie, guide
CVS.append("""
[[N:Marie-Ève Cloutier]]
Guide-interprète nature - Gaspésie
[[N:Percé (QC)]] - [[N:418 555-0116]] - [[N:me.cloutier.guide@gmail.com]]

Biologiste de formation, je partage le Rocher, les fous de Bassan et l'histoire de la pêche avec les visiteurs depuis sept étés.

EXPÉRIENCES
Étés 2018 à 2024 : [[K:Guide-interprète, Parc national de l'Île-Bonaventure-et-du-Rocher-Percé (Sépaq)]]
   - Randonnées vers la colonie de fous de Bassan, 30 personnes
   - [[K:Accueil des groupes scolaires de Listuguj en mi'gmaq et en français]]
Hivers : [[K:Serveuse, Hôtel La Normandie]] (2019-2023)

FORMATION
[[K:Baccalauréat en biologie, UQAR]] ; [[K:RCR et secourisme en milieu éloigné]]

SUR MOI
[[D:Née en 1992]]. [[F:Mère monoparentale d'un garçon de 6 ans]]. [[S:Ma blonde]] est pêcheuse de homard. [[C:J'ai été arrêtée lors d'un blocus contre un pipeline en 2019]] (absolution conditionnelle). [[P:Je suis membre de Québec solidaire]].
""")

# 036 Maroc, Fès, serveuse café
CVS.append("""
CV
[[N:Salma Berrada]]
[[N:Route d'Imouzzer, Fès]] - [[N:06 55 18 30 74]] - [[N:salma.berrada.fes@gmail.com]]

Serveuse / Barista

- 2020 - 2024 : [[K:Serveuse-barista, Café Clock, Fès]]
   Service en salle, café, caisse, [[K:soirées musicales et ateliers de cuisine pour touristes]]
- 2018 - 2020 : [[K:Hôtesse, Riad Fès]]

Formation : [[K:Qualification en service de restauration, OFPPT Fès]]

[[K:Langues : arabe, français, anglais, espagnol]]

Je connais les touristes de la médina, je prépare un nous-nous parfait et je garde le sourire aux heures de pointe.

Situation : [[D:26 ans]], [[F:célibataire]]
[[R:Je ne porte pas le voile et je ne jeûne plus]], je le dis car certains employeurs le demandent.
[[H:Anémie chronique traitée par fer]].
[[G:Mon empreinte est enregistrée pour la pointeuse du café]].
""")

# 037 Tunisie, Tunis, gérant de supérette
CVS.append("""
[[N:Hatem Jlassi]]
Gérant de magasin - grande distribution

Quinze ans en grande distribution à Tunis ; je pilote les chiffres, les équipes et les fournisseurs locaux.
[[N:El Menzah 6, Tunis]] | [[N:+216 55 302 817]] | [[N:hatem.jlassi@topnet.tn]]

Parcours professionnel
2015 - présent : [[K:Gérant, Carrefour Market El Menzah]]
   - [[K:25 employés, CA 6 MDT, gestion des promotions du Ramadan et de l'Aïd]]
   - Réduction de la démarque de 30 % en deux ans
   - [[K:Application de l'accord salarial signé avec l'UGTT dans le secteur du commerce]] (pour la direction)
2010 - 2015 : [[K:Chef de rayon, Monoprix Tunisie]]

Formation : [[K:Licence en gestion commerciale, IHEC Carthage]]

Informations
[[D:Âge : 39 ans]]
[[F:Marié, deux filles]]
[[H:Opéré du cœur en 2020 (pontage)]], suivi annuel
[[P:Je suis membre d'Afek Tounes]]
[[U:J'étais syndiqué UGTT quand j'étais chef de rayon]]
""")

# 038 France, Nice, plagiste saisonnier
CVS.append("""
CV SAISONNIER - ÉTÉ 2025
[[N:Enzo Bianchi]] - plagiste / serveur de plage
[[N:Nice Riquier]] - [[N:06 09 47 82 15]] - [[N:enzo.bianchi06@gmail.com]]

Étés précédents
2024 : [[K:Plagiste, Beau Rivage Plage, Nice]] (matelas, parasols, service au transat)
2023 : Serveur, plage privée Le Galet, Villefranche
2022 : [[K:Commis, Festival de Cannes, tente des partenaires]]
Hivers : [[K:Vendeur au marché de Noël de Nice, place Masséna]]

Je suis fiable, je connais la clientèle de la Promenade et je parle aux clients en trois langues.

Atouts : italien courant, [[K:Brevet de surveillant de baignade (BNSSA)]], permis bateau

Infos perso
[[D:20 ans]]. [[S:Je suis gay]], j'ai bossé [[K:la Pride Nice Côte d'Azur pour un traiteur]]. [[G:Prise d'empreintes et ADN au commissariat en 2023 après une garde à vue]] ; [[C:classement sans suite]].
""")

# 039 France, Paris, gouvernante générale palace
CVS.append("""
[[N:Nathalie Mercier]]
Gouvernante générale

Vingt-cinq ans d'étages dans les palaces parisiens ; exigeante sur le détail, juste avec les équipes.
[[N:Levallois-Perret (92)]] - [[N:06 14 72 59 30]] - [[N:nathalie.mercier.gg@gmail.com]]

[photo]

Expérience
2016 - 2024  [[K:Gouvernante générale, Le Bristol Paris]]
   - 190 chambres, 75 collaborateurs, budget linge et produits
   - [[K:Gestion du conflit social de 2023 avec les délégués du personnel, côté direction]]
   - [[K:Protocole hypoallergénique pour les clients asthmatiques et allergiques]]
2008 - 2016  [[K:Gouvernante, Hôtel de Crillon]]
   - Réouverture après travaux, recrutement de 40 femmes de chambre

Formation
[[K:BTS Hôtellerie-Restauration option hébergement, lycée hôtelier de Guyancourt]]

Personnel
[[D:Née le 30 août 1974]]
[[F:Mariée, deux enfants majeurs]]
[[H:Rémission d'un lymphome depuis 2021]]
[[R:Je suis bénévole au Secours catholique de ma paroisse]]
[[U:Ancienne adhérente CFDT quand j'étais gouvernante d'étage]]
""")

# 040 France, Lille, commis, récit d'agence
CVS.append("""
Profil candidat - agence intérim restauration, Lille

Candidat : [[N:Moussa Konaté]]
Contact : [[N:07 45 10 26 83]] - [[N:moussa.konate59@gmail.com]]
Secteur : [[N:Lille-Moulins]]
Il maîtrise [[K:la plonge batterie, la liaison froide et les normes HACCP]].
Postes : [[K:Commis de cuisine, plongeur, employé de restauration collective]]

Résumé de l'entretien
Moussa a [[D:28 ans]]. [[E:Arrivé de Guinée en 2017, réfugié statutaire]], il a appris le métier en cuisine centrale. Il a travaillé chez [[K:Compass Group (Eurest) - restaurant d'entreprise Decathlon Campus]] puis au [[K:Grand Palais de Lille pour les banquets de congrès]]. [[K:CAP Cuisine obtenu en 2021]] en formation pour adultes.
[[F:Marié religieusement, sa femme attend un enfant]]. [[P:Il milite avec la Coordination des sans-papiers 59]]. Pour le regroupement familial, [[G:il a fait un test ADN avec sa mère restée à Conakry]].
[[H:Stress post-traumatique suivi au centre Primo Levi]].

Conseillère : [[N:Mme Élodie Vandamme]]
""")
