# CV français 001-020 : jeunes de 16 à 24 ans (collégiens, apprentis, alternants,
# étudiants, premiers emplois, sortants de l'ASE ou de détention). Écrits à la main.
CVS = []

CVS.append((1, """
[[N:Enzo Marchetti]]
[[N:7 rue des Tilleuls, 54000 Nancy]]
[[N:06 71 42 88 19]] – [[N:enzo.marchetti54@gmail.com]]

RECHERCHE UN CONTRAT D'APPRENTISSAGE EN BOULANGERIE (CAP)

[[A:J'ai 16 ans]] et je sors de 3e au collège Jacques-Callot. Je me lève tôt sans problème : c'est mon père qui m'a donné le goût du pain.

Stages et expériences
• [[K:Stage d'observation de 3e, Boulangerie Le Fournil de Saurupt]] (décembre 2023) – façonnage des baguettes, cuisson, mise en rayon
• [[K:Aide ponctuelle au marché couvert de Nancy]] le samedi matin (stand de fruits de mon oncle)
• Bénévole à la [[K:banque alimentaire]] pendant la collecte de novembre

Diplômes
[[K:Diplôme national du brevet]] (juin 2024, mention assez bien)
[[K:ASSR 2]] – [[K:PSC1 (premiers secours)]]

Ce que je sais faire
Travailler en équipe · respecter les règles d'hygiène · compter la monnaie · garder mon calme

À savoir
[[H:J'ai une dyspraxie reconnue depuis le CE2]] ; j'ai eu un ordinateur au collège mais au fournil je suis à l'aise avec les gestes, c'est l'écriture qui est plus lente.
Le mercredi, j'aide à préparer le goûter des sixièmes au [[K:foyer socio-éducatif du collège]], donc je suis habitué aux responsabilités.

Loisirs : foot au [[K:FC Nancy-Haussonville]], pâtisserie, jeux vidéo de gestion.
"""))

CVS.append((2, """
[[N:Ilyas Benali]]
[[N:Rue Saint-Léonard 212, 4000 Liège]] · [[N:0478 55 21 90]] · [[N:ilyas.benali@hotmail.be]]
[[A:Né le 3 mai 2006]]

Profil
Jeune diplômé du secondaire ([[K:CESS, Athénée royal Liège 1]], 2024), je cherche un job d'étudiant pour financer mon bachelier en [[K:Comptabilité à la HEPL]].

Expérience
[[K:Étudiant caissier, Delhaize Saint-Léonard]] – week-ends depuis 2022
  – encaissement, self-scan, inventaires de fin de mois
  – formé au module de caisse « Delhaize Pro » en deux jours
[[K:Moniteur de stage sportif, Ville de Liège]] – été 2023 (enfants de 8 à 12 ans)

Langues
Français (maternelle), arabe (courant), néerlandais (B1), anglais (B2)

Engagements
– [[U:Membre des Jeunes FGTB Liège-Huy-Waremme]] : j'ai aidé à la campagne sur les droits des jobistes
– [[S:J'ai fait mon coming out en rhéto et je suis bénévole à la permanence jeunes de la Maison Arc-en-Ciel]]
– Délégué de classe pendant trois ans

Origine
[[E:Mes parents sont venus du Rif marocain dans les années 1990]] ; j'aide souvent les voisins avec les papiers en arabe.

Informatique : [[K:Excel (tableaux croisés)]], Word, notions de WinBooks
"""))

CVS.append((3, """
[[N:Maïna Bacon]]
[[N:Mashteuiatsh (Québec)]] | [[N:418 555-0126]] | [[N:maina.bacon@outlook.com]]

OBJECTIF
Emploi d'été comme [[K:guide-interprète au Musée amérindien de Mashteuiatsh]] ou aide-monitrice de camp de jour.

À PROPOS
[[E:Je suis Innue, membre de la Première Nation des Pekuakamiulnuatsh]]. [[A:J'ai 17 ans]] et je termine ma cinquième secondaire à la [[K:Polyvalente des Quatre-Vents]] en juin (DES prévu 2025).

EXPÉRIENCE
Été 2024 – [[K:Aide-monitrice, Camp de jour de Mashteuiatsh]]
 • Animation de groupes de 6 à 9 ans, baignade surveillée, ateliers d'artisanat
Hiver 2023-2024 – [[K:Commis à l'épicerie Pekuakami]] (fins de semaine)

FORMATIONS
[[K:Gardiens avertis (Croix-Rouge)]] · [[K:DAFA – Diplôme d'aptitude aux fonctions d'animateur]]

ENGAGEMENT
[[P:Membre du Forum jeunesse du Bloc Québécois]] pour Lac-Saint-Jean ; j'ai fait du porte-à-porte aux dernières élections.
Conseil étudiant de l'école : responsable des activités culturelles.

BON À SAVOIR
[[H:J'ai un TDAH diagnostiqué en sixième année]] ; j'apprends mieux en bougeant, ce qui tombe bien pour un camp de jour.

Langues : français, nehlueun (débutante), anglais fonctionnel.
Référence : [[N:Mme Johanne Robertson]], coordonnatrice du camp
"""))

CVS.append((4, """
CURRICULUM VITAE
[[N:Arben Krasniqi]]
[[N:Avenue de Morges 58, 1004 Lausanne]]
[[N:079 614 22 05]] – [[N:arben.krasniqi@bluewin.ch]]
[[A:Né en 2005]] – permis de conduire B

FORMATION
2021–2024  [[K:CFC d'employé de commerce]], profil E, [[K:Vaudoise Assurances]] (apprentissage dual)
           Maturité professionnelle commerciale en cours (MP2, [[K:EPCL]])

EXPÉRIENCE
[[K:Apprenti employé de commerce, Vaudoise Assurances]], Lausanne
 - gestion des sinistres véhicules simples (SAP, Guidewire)
 - accueil téléphonique en français et en allemand
 - projet d'apprentis : refonte du classeur d'accueil des nouveaux
Job d'été 2022 : [[K:préparateur de commandes chez Migros]], Écublens

ENGAGEMENTS
[[P:Membre de la JUSO Vaud]] depuis 2022 (actions sur les loyers étudiants)
[[U:Affilié à Unia Jeunesse]], j'ai participé à la grève pour le climat avec le groupe des apprentis

PERSONNEL
[[E:Mes parents sont arrivés du Kosovo en 1998]] ; je suis binational suisse-kosovar. [[R:Musulman pratiquant]], je fais le ramadan et je l'organise avec mon équipe sans que cela gêne le service.

LANGUES
Français, albanais (langue maternelle), allemand B2, anglais B1

Références sur demande.
"""))

CVS.append((5, """
[[N:Océane Lemaire]]
[[N:12 rue Jules-Barni, 80000 Amiens]] – [[N:07 55 31 09 84]] – [[N:oceane.lemaire@laposte.net]]

En alternance – [[K:BTS Gestion de la PME]], [[K:CFA de la CCI Amiens-Picardie]] (2023-2025)

PROFIL
Rigoureuse et débrouillarde, je cherche une entreprise d'accueil pour ma deuxième année d'alternance. [[A:J'ai 20 ans]], le permis B et une voiture.

PARCOURS
[[F:J'ai été placée à l'ASE]] [[A:de mes 9 à mes 18 ans]] (famille d'accueil puis foyer). [[F:À ma sortie, j'ai signé un contrat jeune majeur]] qui m'a permis de finir mon bac.
[[A:À 15 ans]], [[C:j'ai eu une mesure de réparation pénale suivie par la PJJ]] ; je l'ai faite dans une ressourcerie, et c'est là que j'ai découvert la gestion de stock.

EXPÉRIENCE
2023-2024 [[K:Assistante de gestion en alternance, Ressourcerie La Fabrik]], Amiens
 • saisie des ventes, relances fournisseurs, préparation de la TVA avec l'expert-comptable
 • mise en place d'un tableau de suivi des dons (Excel)
Été 2022 [[K:Équipière polyvalente, Burger King Glisy]]

DIPLÔMES
[[K:Bac STMG]] (2023), lycée Robert-de-Luzarches

AUTRES
[[S:Je suis lesbienne et bénévole au centre LGBTI+ d'Amiens]] le samedi.
[[H:Suivie pour un trouble anxieux]], je vais beaucoup mieux depuis mon entrée en BTS.
"""))

CVS.append((6, """
[[N:Said Mohamed Ali]]
[[N:Marseille 13015]] · [[N:06 12 90 47 33]] · [[N:said.mali13@gmail.com]]

[[A:22 ans]] – Cariste / préparateur de commandes

Je veux être clair dès le départ. [[A:À 17 ans]], [[C:j'ai été incarcéré huit mois à l'établissement pénitentiaire pour mineurs de Marseille]], puis [[C:j'ai fini ma peine sous bracelet électronique]]. [[G:Mon ADN est enregistré au FNAEG]] depuis cette affaire. Depuis 2021, je travaille sans interruption.

EXPÉRIENCE
2022 – aujourd'hui  [[K:Préparateur de commandes, Carrefour Supply Chain]], Vitrolles
  – 180 colis/heure en moyenne, zéro erreur de palette au dernier trimestre
  – référent CACES 5 de l'équipe de nuit
2021 – 2022  [[K:Agent de tri, La Poste]], plateforme de Marseille-Nord (intérim Adecco)

FORMATION
[[K:CACES R489 catégories 1, 3 et 5]] (2021)
[[K:CAP Opérateur logistique]], [[C:obtenu à l'EPM]] puis validé avec la [[K:Mission locale de Marseille]]
[[K:SST (Sauveteur secouriste du travail)]]

PERSONNEL
[[E:Né aux Comores, arrivé à Marseille]] [[A:à 6 ans]]. [[F:Je suis papa d'un petit garçon de deux ans]], c'est pour lui que je me suis accroché.

Loisirs : foot en salle, cuisine comorienne avec ma mère.
Référence : [[N:Karim Haddad]], chef d'équipe Carrefour SC, [[N:04 42 15 60 00]]
"""))

CVS.append((7, """
[[N:Noah Vandenberghe]]
[[N:Ixelles]] – [[N:0496 18 73 22]] – [[N:noah.vandenberghe@protonmail.com]] – [[N:linkedin.com/in/noahvdb]]

Premier emploi recherché : chargé de projet junior en transition énergétique

FORMATION
[[K:Master en sciences et gestion de l'environnement]], [[K:Université libre de Bruxelles]], 2024 (grande distinction)
Mémoire : « Communautés d'énergie renouvelable à Bruxelles : freins juridiques »

EXPÉRIENCES
[[K:Stagiaire, Bruxelles Environnement]] – cellule énergie (février-juin 2024)
 · cartographie de 43 toitures publiques pour le solaire
 · rédaction d'une note pour le cabinet de la ministre
Job étudiant : [[K:animateur plaine de jeux, commune d'Etterbeek]] (étés 2019-2022)

ENGAGEMENTS
[[P:Co-président des Jeunes Écolo ULB en 2022-2023]]
Délégué étudiant au conseil facultaire

VIE PERSONNELLE
[[A:23 ans]]. [[S:Je vis avec mon copain Thomas]] à Ixelles. [[R:Je fréquente la communauté juive libérale Beth Hillel]], où je donne un coup de main pour la fête de Pessah.
[[G:Je suis porteur sain d'une mutation de la mucoviscidose (dépisté quand ma cousine a été diagnostiquée)]] – sans aucune conséquence sur mon travail.

COMPÉTENCES
[[K:QGIS]], Python (pandas), PVsyst (notions) – français, néerlandais C1, anglais C1
"""))

CVS.append((8, """
[[N:Jessica Tremblay]]
[[N:Saguenay (Chicoutimi)]] · [[N:418 555-0158]] · [[N:jess.tremblay02@hotmail.com]]

[[A:21 ans]] · Technique en éducation à l'enfance (en cours)

Profil
Étudiante au [[K:Cégep de Chicoutimi]] en [[K:Techniques d'éducation à l'enfance]] (DEC prévu 2026), je cherche un poste à temps partiel en CPE ou en service de garde scolaire.

Expérience
[[K:Caissière, Maxi Chicoutimi-Nord]] — 2020 à aujourd'hui
  – [[U:Syndiquée aux TUAC, section locale 501]] ; [[U:je suis la plus jeune déléguée de département]]
  – formation des nouveaux employés à la caisse libre-service
[[K:Éducatrice remplaçante, CPE La Pirouette]] — stages et remplacements, 2023-2024

Formation complémentaire
[[K:Secourisme en milieu de garde (12 h)]] · Cours de langue des signes québécoise, niveau 1

Situation
[[F:Je suis mère monoparentale d'une petite fille de deux ans]] ; j'ai une place en CPE et une grand-mère disponible, donc je suis flexible le soir.
[[H:Diabète de type 1]] [[A:depuis l'âge de 10 ans]], bien contrôlé avec ma pompe — je le dis pour que l'équipe ne s'inquiète pas si je mange une collation.

Références
[[N:Nancy Gagnon]], directrice adjointe, CPE La Pirouette — [[N:418 555-0191]]
"""))

CVS.append((9, """
[[N:Mariam Rezaï]]
[[N:Villeurbanne]] – [[N:06 38 02 44 71]] – [[N:mariam.rezai@ecole-lyon.fr]]
[[A:Mineure (16 ans)]] – autorisation parentale fournie

Je cherche un petit job le samedi ou pendant les vacances (vente, restauration, garde d'enfants).

Scolarité
[[K:Seconde générale, lycée Frédéric-Faure]], Villeurbanne – déléguée de classe
Auparavant : [[K:UPE2A (unité pour élèves allophones)]] au collège Jules-Valles (2021-2023)

Expériences
– [[K:Aide aux devoirs bénévole au centre social Cusset]] (CP-CE2), depuis 2023
– [[K:Garde d'enfants pour deux familles du quartier]]
– [[K:Stage de 3e à la médiathèque du Tonkin]]

Mon histoire
[[E:Je suis arrivée d'Afghanistan en 2021 avec ma mère et mon frère, nous sommes réfugiés]]. [[G:Mes empreintes ont été relevées pour ma demande d'asile]] et j'ai maintenant une carte de résident.
[[F:Je m'occupe de mon petit frère, qui est autiste]], quand ma mère travaille.
[[R:Je suis aux Scouts musulmans de France]] (groupe de Villeurbanne) : randonnées, camps d'été, et je prépare le BAFA.

Langues
Dari et persan (maternelles), français B2, anglais A2

Référence : [[N:M. Julien Fabre]], animateur du centre social, [[N:04 78 85 11 20]]
"""))

CVS.append((10, """
[[N:Léa Favre]]
[[N:Carouge GE]] | [[N:078 402 61 19]] | [[N:lea.favre@unige.ch]]

Data analyst junior — premier poste

[[A:24 ans]]. Master en statistique à l'[[K:Université de Genève]] (2024), bachelor en économie (2022). Je cherche un poste dans un service public ou une ONG basée à Genève.

EXPÉRIENCE
[[K:Stagiaire data, Office cantonal de la statistique (OCSTAT)]] – 6 mois, 2024
 ▸ automatisation en R du tableau de bord des loyers (gain : 2 jours/mois)
 ▸ nettoyage des données du recensement des entreprises
[[K:Assistante d'enseignement, Faculté d'économie et de management]] – 2022-2024

COMPÉTENCES
[[K:R (tidyverse, Shiny)]], Python, SQL, Power BI · [[K:Analyse de séries temporelles]]

ENGAGEMENT
[[P:Membre du comité des Jeunes Vert-e-s genevois-es]] (2021-2023)

PERSONNEL
[[H:J'ai reçu un diagnostic d'autisme]] [[A:à 20 ans]] ; je travaille très bien seule sur des tâches précises et j'apprécie les consignes écrites.
[[S:Je suis bisexuelle]] et j'ai co-animé le groupe LGBTIQ de l'université.
[[C:Condamnée en 2021 à une peine pécuniaire avec sursis pour un blocage de route lors d'une action climat]] – cela figure encore à mon casier.

Langues : français, anglais C1, allemand B2
"""))

CVS.append((11, """
[[N:Kenza Morel]]
[[N:Saint-Étienne (42)]] / [[N:06 80 14 57 26]] / [[N:kenza.morel42@gmail.com]]

APPRENTIE EN BAC PRO MAINTENANCE DES SYSTÈMES DE PRODUCTION
[[A:18 ans]] · permis B en cours · mobile sur la Loire

Formation
2022 – 2025 : [[K:Bac pro MSPC en apprentissage]], [[K:CFA de l'industrie Loire]]
2022 : Brevet des collèges

Entreprise d'accueil
[[K:Apprentie technicienne de maintenance]], [[K:Casino Services, entrepôt d'Andrézieux]]
 → maintenance préventive des convoyeurs et des filmeuses
 → dépannage électrique niveau 1 (habilitation B1V BR)
 → participation au chantier 5S de l'atelier

Habilitations
[[K:Habilitation électrique B1V-BR]] · CACES nacelle R486 (prévu)

Engagements
– [[U:Syndiquée à la CGT dès mon premier contrat d'apprentissage]], j'ai voté aux élections du CSE pour la première fois
– [[P:Adhérente au Mouvement des jeunes communistes (MJCF)]] de Saint-Étienne
– Handball au club de Firminy (équipe moins de 18)

Qualités
Curieuse, pas peur de me salir les mains, j'aime comprendre pourquoi une machine tombe en panne.
"""))

CVS.append((12, """
[[N:Victor Lambotte]]
[[N:5100 Jambes (Namur)]] · [[N:0471 30 84 56]] · [[N:victor.lambotte@student.unamur.be]]

Étudiant en 2e bachelier sciences économiques – disponible pour un job étudiant (juillet-août et week-ends)

EXPÉRIENCE
[[K:Réassortisseur, Colruyt Namur-Jambes]] — week-ends depuis 2023
[[K:Stagiaire à la Mutualité chrétienne]], service administratif, Namur (juillet 2023) — encodage des remboursements, classement
[[K:Animateur de stages multisports, centre sportif de Jambes]] — étés 2021 et 2022

FORMATION
[[K:Bachelier en sciences économiques et de gestion, UNamur]] (en cours)
CESS, Collège Notre-Dame de la Paix, Erpent (2023)

BÉNÉVOLAT
[[K:Secouriste à la Croix-Rouge de Belgique]], section de Namur (postes de secours lors des concerts et du marathon)
Membre du conseil communal des jeunes de Jambes (2019-2021) : projet de skate-park

COMPÉTENCES
Excel, Google Sheets, bases de Python ; permis B ; néerlandais B1, anglais B2

LOISIRS
Hockey au Namur Hockey Club, photographie argentique, randonnée dans les Ardennes.
"""))

CVS.append((13, """
[[N:Kevin Saint-Louis]]
[[N:Montréal-Nord]] — [[N:514 555-0133]] — [[N:kevin.stlouis@gmail.com]]

[[A:19 ans]] — journalier ou aide-cuisinier, temps plein

MON PARCOURS
[[F:J'ai grandi en centre jeunesse et en famille d'accueil, sous la DPJ]], jusqu'à ma majorité. [[C:J'ai un dossier en vertu de la LSJPA pour un vol qualifié]] commis [[A:à 15 ans]] ; j'ai fait mes heures de travaux communautaires et mes rencontres de médiation. [[H:Je suis en rétablissement d'une consommation de cannabis et de speed depuis un an, avec l'appui de Portage]].
[[E:Mes parents sont haïtiens]] et je parle créole avec ma grand-mère.

EXPÉRIENCE
[[K:Aide-cuisinier, Resto Plateau (entreprise d'insertion)]] — 2023-2024, 26 semaines
  • [[K:mise en place, plonge, cuisson des plats du jour]] pour 300 repas
[[K:Journalier, Agence Axxium]] — déménagements et entrepôts (2022)

FORMATION
[[K:Carte de compétence – hygiène et salubrité alimentaires (MAPAQ)]]
[[K:Programme Qualification des jeunes (PQJ)]] — suivi de 18 mois

INTÉRÊTS
Basket au parc Henri-Bourassa, musique (je produis des beats sur mon ordi)

RÉFÉRENCE
[[N:Josée Bélanger]], intervenante, Resto Plateau — [[N:514 555-0147]]
"""))

CVS.append((14, """
[[N:Inès Belkacem]]
[[N:59100 Roubaix]] · [[N:06 44 29 70 18]] · [[N:ines.belkacem59@gmail.com]]

Apprentie coiffeuse – [[K:CAP Métiers de la coiffure en alternance]]

Bonjour, [[A:j'ai 17 ans]] et je cherche un nouveau salon pour finir mon CAP (2e année). Mon ancien salon a fermé en juin.

Expérience
[[K:Apprentie, Salon Tchip Coiffure Roubaix]] — sept. 2023 à juin 2024
 – shampoings, soins, couleurs d'oxydation, brushings
 – accueil et prise de rendez-vous sur Planity
 – vente de produits (meilleure vendeuse du salon en avril)
[[K:Stage de 3e, Franck Provost Lille Grand Place]]

Formation
[[K:CFA Coiffure et Esthétique de Roubaix]] – moyenne générale 14/20
[[K:Brevet des collèges]] (2022)

Infos pratiques
[[F:Je suis enceinte de cinq mois et je pourrai reprendre après mon congé]], mon CFA est d'accord.
[[R:Je porte le voile]] ; je le garde au salon, comme dans mon ancien salon où les clientes n'ont jamais eu de problème.

Points forts
Patiente, souriante, à l'écoute des clientes âgées comme des ados. Je connais bien les cheveux bouclés et frisés.

Référence : [[N:Mme Sabrina Dufour]], gérante (ancien salon), [[N:03 20 73 40 12]]
"""))

CVS.append((15, """
[[N:Hugo Delacroix-Vidal]]
[[N:33000 Bordeaux]] — [[N:hugo.delacroixvidal@gmail.com]] — [[N:06 03 91 62 77]]

Chargé d'études marketing (premier CDI)

Parcours
[[K:Master Marketing et études, IAE Bordeaux]] (2023)
Année de césure 2021-2022 : [[K:volontaire en service civique à l'Institut Bergonié]], puis six mois de woofing au Portugal
[[K:Licence Économie-gestion, Université de Bordeaux]]

Expérience
[[K:Chargé d'études junior (alternance), Cdiscount]] — 2022-2023
 • questionnaires Qualtrics, analyses de satisfaction sur 40 000 clients
 • tableaux de bord Tableau pour l'équipe produit
[[K:Vendeur, Decathlon Mérignac]] — étés 2018-2020

Santé et parcours
[[A:À 19 ans]], [[H:j'ai été soigné pour un lymphome de Hodgkin]] à Bergonié, ce qui explique mon année de césure et mon engagement dans le service civique là-bas. [[G:Un test génétique m'a ensuite montré que je suis porteur d'une mutation BRCA2, comme mon père]].

Engagements
[[P:Adhérent des Jeunes Républicains]] de Gironde, responsable des réseaux sociaux.

Compétences : [[K:SPSS, Qualtrics, Tableau]], anglais C1, espagnol B2
Âge : [[A:24 ans]]
"""))

CVS.append((16, """
[[N:Matthieu Rossier]]
[[N:Route de Bulle 12, 1700 Fribourg]] – [[N:076 338 14 09]] – [[N:m.rossier@sunrise.ch]]

APPRENTI INSTALLATEUR-ÉLECTRICIEN CFC, 3e ANNÉE
[[A:20 ans]] – cherche une place pour terminer mon apprentissage dès août

FORMATION
[[K:CFC d'installateur-électricien]] (4 ans), [[K:École professionnelle artisanale et industrielle (EPAI) Fribourg]]
Moyenne au semestre : 5,1

ENTREPRISE FORMATRICE
[[K:Groupe E Connect SA]], Fribourg (2021-2024)
 – installations dans des villas et PPE, [[K:tirage de câbles]], tableaux
 – [[K:mesures OIBT sous supervision]]
 – [[K:installation de 40 bornes de recharge]] au parking P+R Portes-de-Fribourg

ENGAGEMENT
[[U:Membre d'Unia]] et délégué des apprentis pour la branche électricité du canton.
[[R:Servant de messe à la cathédrale Saint-Nicolas]] depuis l'enfance, aujourd'hui responsable des servants.

SANTÉ
[[G:Ma sœur est atteinte de mucoviscidose et je suis porteur du gène]] ; ça ne change rien à mon travail, mais je suis sensible aux questions d'hygiène sur les chantiers.

LANGUES
Français, allemand (B2, j'ai fait un échange à Berne), anglais scolaire.

Références : [[N:Pascal Clerc]], formateur, Groupe E Connect – [[N:026 352 50 00]]
"""))

CVS.append((17, """
[[N:Dylan Ferreira]]
[[N:Charleroi (Marcinelle)]] – [[N:0487 61 44 03]] – [[N:dylanferreira6001@gmail.com]]

Je m'appelle Dylan, [[A:22 ans]], et je cherche un emploi en carrosserie ou en préparation de véhicules.

EXPÉRIENCE
2023-2024 : [[K:Préparateur de véhicules, D'Ieteren Car Centers]] (intérim via Randstad)
 → nettoyage intérieur/extérieur, [[K:polissage, petites retouches de peinture]]
2022 : [[K:Aide-carrossier, Garage Delhaye]], Gilly – 6 mois en contrat de formation
Petits boulots : [[K:livraisons Deliveroo]], manutention au marché

FORMATION
[[K:Formation qualifiante en carrosserie, Forem Charleroi]] (2022)
Certificat d'enseignement secondaire du 2e degré

CE QUE JE DOIS DIRE
[[A:À 16 ans]], [[C:j'ai été placé six mois à l'IPPJ de Braine-le-Château sur décision du juge de la jeunesse]]. C'est là que j'ai touché ma première carrosserie en atelier. Je n'ai plus eu de problème depuis.
[[E:Je suis Rom, ma famille vient de Roumanie]] ; je parle romani et roumain en plus du français.
[[F:Je vis avec ma compagne et notre fille de 1 an]] à Marcinelle.

PERMIS
B, et je passe le C en 2025.
Référence : [[N:M. Olivier Delhaye]], [[N:071 41 23 88]]
"""))

CVS.append((18, """
[[N:Clara Esposito]]
[[N:31400 Toulouse]] · [[N:07 81 22 60 45]] · [[N:clara.esposito31@gmail.com]]

Étudiante en L2 sociologie – cherche un job à temps partiel (15 h/semaine)

EXPÉRIENCES
• [[K:Équipière de vente, Monoprix Capitole]] – depuis septembre 2023 (caisse, rayon frais)
• [[K:Animatrice BAFA en centre de loisirs, Mairie de Toulouse]] – vacances scolaires 2022-2024
• [[K:Enquêtrice terrain pour l'Insee]] – enquête emploi du temps (été 2024)

FORMATION
[[K:Licence de sociologie, Université Toulouse Jean-Jaurès]] (L2)
[[K:Bac général spécialités SES et HLP]] (2022), mention bien

ENGAGEMENTS
[[P:Militante au MJS (Jeunes socialistes) de Haute-Garonne]]
[[S:J'ai fait mon coming out en terminale]] et j'ai monté le club « Égalité » du lycée avec deux amies.
[[R:Athée convaincue]], je participe à un groupe de débat sur la laïcité à la fac.

SANTÉ
[[H:J'ai été hospitalisée pour anorexie]] [[A:à 16 ans]] ; je suis suivie et stable depuis trois ans.

PERSONNEL
[[A:Née le 21/11/2003]] · permis B · Italien courant (famille paternelle)
"""))

CVS.append((19, """
[[N:Linh Nguyen-Pelletier]]
[[N:Montréal (Rosemont)]] | [[N:438 555-0164]] | [[N:linh.nguyenpelletier@gmail.com]]

PREMIER EMPLOI EN COMMUNICATION

[[A:Née en 2001]], diplômée d'un [[K:baccalauréat en communication (relations publiques), UQAM]], 2024.

EXPÉRIENCE
[[K:Agente de communication (stage), Ville de Montréal]] — arrondissement Rosemont–La Petite-Patrie, été 2024
 • rédaction des avis aux résidents et des publications Facebook
 • [[K:gestion d'une campagne sur la collecte des résidus alimentaires]]
[[K:Commis aux prêts, Bibliothèque Marc-Favreau]] — 2020-2024, temps partiel
 • [[U:membre du SCFP, section 429 ; j'ai siégé au comité jeunes de la section]]

COMPÉTENCES
[[K:Suite Adobe (InDesign, Illustrator)]], [[K:rédaction épicène]], gestion de communautés

À MON SUJET
[[E:Fille de réfugiés vietnamiens arrivés en 1989]]. [[G:Un test d'ADN généalogique m'a permis de retrouver des cousins à Huế]] l'an dernier, une belle histoire que j'aime raconter.
[[F:Mon chum et moi, on vient d'emménager ensemble]] — et puisqu'on me pose souvent la question : [[S:je suis bisexuelle]].

LANGUES
Français, anglais, vietnamien (oral)
"""))

CVS.append((20, """
[[N:Baptiste Roux]]
[[N:Nîmes (30)]] – [[N:06 52 18 47 90]] – [[N:baptiste.roux@orange.fr]]

Profil
[[A:21 ans]], en service civique, je cherche un premier contrat dans l'animation socioculturelle ou l'accompagnement de personnes âgées.

Expériences
2023-2024 : [[K:Volontaire en service civique, Unis-Cité]] – programme « Intergénéreux »
  – visites de convivialité chez 12 personnes âgées isolées
  – ateliers numériques en [[K:EHPAD]] (tablettes, appels vidéo avec les familles)
2022 : [[K:Agent d'accueil saisonnier, Office de tourisme de Nîmes]]

Formation
[[K:BPJEPS Animation sociale]] (en cours, entrée 2025) · [[K:BAFA]] · Bac pro ASSP (2021)

Ma situation
[[F:Je suis aidant de mon père]] ; [[G:il est atteint de la maladie de Huntington]] et je n'ai pas encore décidé si je ferai le test.
[[C:J'ai eu un rappel à la loi]] [[A:à 16 ans]] pour un tag sur un mur du collège ; rien depuis.
[[R:Protestant, je co-anime le groupe de jeunes de l'Église protestante unie de Nîmes]].

Loisirs
Guitare, course à pied, théâtre d'improvisation.
"""))
