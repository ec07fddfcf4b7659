CVS = [
# 021 Polonais, chauffeur poids lourd, Lorraine
dict(text="""
CURRICULUM VITAE

Tadeusz KAMIŃSKI
Conducteur routier (super-lourd) — international
57100 Thionville · tél. 06 77 30 15 48 · tadek.kaminski@interia.pl

DONNÉES PERSONNELLES
Date de naissance : 21.03.1972
Lieu de naissance : Gdynia (Pologne)
Situation familiale : marié depuis 1995, 2 enfants adultes
Service militaire : effectué 1991–1992, Marine de guerre polonaise, chauffeur

EXPÉRIENCE PROFESSIONELLE
2011 – maintenant : Conducteur routier international, Transports Jost, Thionville
 – lignes France–Benelux–Allemagne, semi frigorifique, 130 000 km par an
 – chargement au port d'Anvers, documents CMR, chronotachygraphe numérique
2001 – 2010 : Kierowca (conducteur) TIR, PEKAES SA, Varsovie
 – transport international Pologne–Europe de l'Ouest
1993 – 2000 : Docker, Port de Gdynia (Zarząd Morskiego Portu Gdynia)
 – j'étais membre du syndicat Solidarność du port et trésorier de la commission d'entreprise

FORMATION
Szkoła Zawodowa (école professionnelle), mécanique auto, Gdynia, 1990
Permis C, CE (1994), FIMO équivalence, FCO 2022, ADR citerne

LANGUES : polonais, français (conversation), allemand (bon), russe (école)

AUTRES
Casier judiciaire : rien (vierge en France et en Pologne).
Santé : j'ai une surdité partielle de l'oreille droite depuis un accident au port (appareil auditif, apte à la conduite selon la médecine du travail).
Je suis catholique, je vais à la messe polonaise à Thionville.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 21.03.1972"),
 ("ethnic_origin", "Lieu de naissance : Gdynia (Pologne)"),
 ("family_status", "Situation familiale : marié depuis 1995, 2 enfants adultes"),
 ("trade_union", "j'étais membre du syndicat Solidarność du port et trésorier de la commission d'entreprise"),
 ("criminal_record", "Casier judiciaire : rien (vierge en France et en Pologne)"),
 ("health", "j'ai une surdité partielle de l'oreille droite depuis un accident au port (appareil auditif"),
 ("religious_belief", "Je suis catholique, je vais à la messe polonaise à Thionville"),
],
keep=["Conducteur routier (super-lourd) — international", "Conducteur routier international, Transports Jost, Thionville",
      "lignes France–Benelux–Allemagne, semi frigorifique, 130 000 km par an", "Kierowca (conducteur) TIR, PEKAES SA, Varsovie",
      "Docker, Port de Gdynia (Zarząd Morskiego Portu Gdynia)", "Permis C, CE (1994), FIMO équivalence, FCO 2022, ADR citerne",
      "Service militaire : effectué 1991–1992, Marine de guerre polonaise, chauffeur"],
contact=["Tadeusz KAMIŃSKI", "57100 Thionville", "06 77 30 15 48", "tadek.kaminski@interia.pl"],
),

# 022 Brésilien, designer UX, Montréal — aucune mention sensible
dict(text="""
Thiago ALMEIDA
Designer UX/UI principal
Montréal (Plateau-Mont-Royal) · 514 555-0173 · thiago@almeida.design · www.almeida.design · linkedin.com/in/thiagoalmeida-ux

Ce que je fais
Je conçois des produits numériques simples pour des problèmes compliqués. 10 ans d'expérience entre São Paulo et Montréal, en fintech, santé numérique et commerce de détail. Recherche utilisateur, prototypage, systèmes de design, accessibilité (WCAG 2.1 AA).

Expérience
Designer UX principal — Dialogue Technologies (télémédecine), Montréal — 2021 à aujourd'hui
  › refonte du parcours de prise de rendez-vous : +18 % de conversion
  › création du système de design « Pulse » (Figma, Storybook) utilisé par 6 équipes
Designer UX — Ubisoft Montréal (outils internes) — 2018 à 2021
Designer de produit — Nubank, São Paulo — 2014 à 2018
  › application de carte de crédit, tests avec 200 utilisateurs par trimestre

Formation
Bacharelado em Design (baccalauréat en design) — Universidade Presbiteriana Mackenzie, São Paulo, 2013
Certificat en ergonomie cognitive — Université de Montréal, 2020
Certification IAAP CPACC (accessibilité)

Outils
Figma, FigJam, Maze, Dovetail, Miro, HTML/CSS de base

Conférences
« Designing for low-literacy users » — UX Montréal 2022
« Accessibilité dans les applications de santé » — Web à Québec 2023

Langues : portugais (langue maternelle), anglais (courant), français (avancé)
""",
sensitive=[],
keep=["Designer UX/UI principal", "Designer UX principal — Dialogue Technologies (télémédecine), Montréal",
      "refonte du parcours de prise de rendez-vous : +18 % de conversion", "création du système de design « Pulse » (Figma, Storybook)",
      "Designer UX — Ubisoft Montréal (outils internes)", "Designer de produit — Nubank, São Paulo",
      "Bacharelado em Design (baccalauréat en design) — Universidade Presbiteriana Mackenzie", "« Accessibilité dans les applications de santé »"],
contact=["Thiago ALMEIDA", "Montréal (Plateau-Mont-Royal)", "514 555-0173", "thiago@almeida.design", "www.almeida.design",
         "linkedin.com/in/thiagoalmeida-ux"],
),

# 023 Roumain rom, ouvrier de nettoyage industriel, Charleroi
dict(text="""
CV – Costică LĂUTARU
Ouvrier nettoyage industriel / Chef d'équipe
Rue de la Montagne 14, 6000 Charleroi – 0465 29 83 10 – costica.lautaru@gmail.com

Qui je suis
Je m'appelle Costică, j'ai 44 ans. Je suis rom de Roumanie (de Tandărei), en Belgique depuis 2010. J'ai travaillé dur pour avoir un bon travail et maintenant je suis chef d'une petite équipe. Ma femme et moi nous avons 6 enfants, tous à l'école à Charleroi.

Expériences
2016 – aujourd'hui : Chef d'équipe nettoyage industriel, ISS Facility Services — site Caterpillar puis Aéroport de Charleroi
  • équipe de 6 personnes, nettoyage haute pression, autolaveuses, produits chimiques
  • je suis affilié à la FGTB et j'étais candidat aux élections sociales 2020
2012 – 2016 : Ouvrier de nettoyage (article 60 puis CDI), CPAS de Charleroi / Ateliers Jean Del'Cour
2010 – 2012 : Ramassage et vente de ferraille (indépendant)

Formation
École primaire à Tandărei (8 classes)
Formation « Agent de nettoyage industriel » – Forem Formation, 2015
VCA de base, permis B

Langues : romani, roumain, français (bien), un peu d'italien

Autres
Je suis pentecôtiste et je chante dans l'église tzigane de Marchienne.
Je dois dire : en 2011 j'ai été condamné à 8 mois avec sursis pour vol de câbles en cuivre sur un chantier. Depuis, plus aucun problème.
""",
sensitive=[
 ("date_of_birth_age", "j'ai 44 ans"),
 ("ethnic_origin", "Je suis rom de Roumanie (de Tandărei), en Belgique depuis 2010"),
 ("family_status", "Ma femme et moi nous avons 6 enfants"),
 ("trade_union", "je suis affilié à la FGTB et j'étais candidat aux élections sociales 2020"),
 ("religious_belief", "Je suis pentecôtiste et je chante dans l'église tzigane de Marchienne"),
 ("criminal_record", "en 2011 j'ai été condamné à 8 mois avec sursis pour vol de câbles en cuivre sur un chantier"),
],
keep=["Ouvrier nettoyage industriel / Chef d'équipe", "Chef d'équipe nettoyage industriel, ISS Facility Services",
      "équipe de 6 personnes, nettoyage haute pression, autolaveuses, produits chimiques",
      "Ouvrier de nettoyage (article 60 puis CDI), CPAS de Charleroi / Ateliers Jean Del'Cour",
      "Formation « Agent de nettoyage industriel » – Forem Formation", "VCA de base, permis B"],
contact=["Costică LĂUTARU", "Rue de la Montagne 14, 6000 Charleroi", "0465 29 83 10", "costica.lautaru@gmail.com"],
),

# 024 Iranienne, architecte, Montréal
dict(text="""
Nazanin MOHAMMADI
Architecte (stagiaire OAQ) — Technologue en architecture
Montréal (Côte-des-Neiges) · 438 555-0109 · nazanin.mohammadi.arch@gmail.com · behance.net/nazaninmarch

Profil
Architecte formée à Téhéran, 10 ans de pratique en logement et équipements culturels. Au Québec depuis 2019. Maîtrise de Revit, Rhino, Enscape ; sensibilité pour la lumière naturelle et les matériaux.

Expérience
2021 – maintenant : Technologue / architecte stagiaire — Lemay, Montréal
 – projets de CHSLD et maisons des aînés (Revit, coordination BIM)
 – relevés et plans d'exécution, réponses aux appels d'offres
2019 – 2021 : Dessinatrice — Atelier Pierre Thibault, Québec
2010 – 2018 : Architecte — Fluid Motion Architects, Téhéran
 – centre culturel de Shiraz (3 500 m²), résidences à Téhéran

Formation
Master of Architecture — Université de Téhéran, 2010
Processus d'admission à l'OAQ : examen ExAC réussi en 2023

Renseignements personnels
Âge : 38 ans
Je suis bahaïe ; à cause de cela je n'ai pas eu le droit d'enseigner à l'université en Iran.
Arrivée comme réfugiée réinstallée (parrainage privé), résidente permanente.
En 2017 j'ai été emprisonnée 3 mois à Evin pour mes activités avec la communauté.
Je suis bisexuelle et je fais partie du groupe de soutien Helem Montréal.
Après la détention j'ai souffert d'une dépression sévère, aujourd'hui stabilisée avec suivi.
Je soutiens le mouvement « Femme, Vie, Liberté » et j'ai organisé des expositions de solidarité à Montréal.
""",
sensitive=[
 ("date_of_birth_age", "Âge : 38 ans"),
 ("religious_belief", "Je suis bahaïe"),
 ("ethnic_origin", "Arrivée comme réfugiée réinstallée (parrainage privé), résidente permanente"),
 ("criminal_record", "En 2017 j'ai été emprisonnée 3 mois à Evin"),
 ("sexual_orientation", "Je suis bisexuelle et je fais partie du groupe de soutien Helem Montréal"),
 ("health", "Après la détention j'ai souffert d'une dépression sévère, aujourd'hui stabilisée avec suivi"),
 ("political_opinion", "Je soutiens le mouvement « Femme, Vie, Liberté » et j'ai organisé des expositions de solidarité à Montréal"),
],
keep=["Architecte (stagiaire OAQ) — Technologue en architecture", "Technologue / architecte stagiaire — Lemay, Montréal",
      "projets de CHSLD et maisons des aînés (Revit, coordination BIM)", "Dessinatrice — Atelier Pierre Thibault, Québec",
      "Architecte — Fluid Motion Architects, Téhéran", "centre culturel de Shiraz (3 500 m²)", "Master of Architecture — Université de Téhéran",
      "examen ExAC réussi en 2023"],
contact=["Nazanin MOHAMMADI", "Montréal (Côte-des-Neiges)", "438 555-0109", "nazanin.mohammadi.arch@gmail.com", "behance.net/nazaninmarch"],
),

# 025 Kosovar (albanais), maçon-chef d'équipe, Suisse (Fribourg)
dict(text="""
Curriculum vitae

Name / Nom : BERISHA
Prénom : Arben
Adresse : Route de Villars 22, 1700 Fribourg
Natel : 079 348 20 61
E-mail : arben.berisha.bau@bluewin.ch
Date de naissance : 18.01.1978
Nationalité : Kosovo, permis C
État civil : marié, 4 enfants (2002, 2005, 2009, 2014)

Expérience professionnelle
2008 – aujourd'hui  Chef d'équipe maçon, Implenia Suisse SA, Fribourg
  - bâtiments locatifs et ponts, équipe de 6–8 maçons, lecture de plans, métrés
  - responsable sécurité du chantier (SUVA)
  - membre d'Unia, je suis dans le comité de la section Fribourg construction
2000 – 2008  Maçon, Marti Bau AG, Berne (saisonnier puis permis B)
1996 – 1999  Ndihmës murator (aide-maçon), Prishtina

Formation
Shkolla e mesme teknike (école technique secondaire), Prishtina, 1996
CFC de maçon (article 32, adulte), 2012
Cours de contremaître (chef d'équipe) — Campus Sursee, 2015

Langues : albanais (maternelle), allemand (bien), français (bien), serbe (moyen)

Santé : en 2019 j'ai eu un accident de travail (chute d'échafaudage, fracture du bassin), 8 mois d'arrêt SUVA, maintenant pleinement apte.
Religion : musulman, mais pas pratiquant.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 18.01.1978"),
 ("ethnic_origin", "Nationalité : Kosovo, permis C"),
 ("family_status", "État civil : marié, 4 enfants (2002, 2005, 2009, 2014)"),
 ("trade_union", "membre d'Unia, je suis dans le comité de la section Fribourg construction"),
 ("health", "en 2019 j'ai eu un accident de travail (chute d'échafaudage, fracture du bassin), 8 mois d'arrêt SUVA"),
 ("religious_belief", "Religion : musulman, mais pas pratiquant"),
],
keep=["Chef d'équipe maçon, Implenia Suisse SA, Fribourg", "bâtiments locatifs et ponts, équipe de 6–8 maçons, lecture de plans, métrés",
      "responsable sécurité du chantier (SUVA)", "Maçon, Marti Bau AG, Berne", "Ndihmës murator (aide-maçon), Prishtina",
      "CFC de maçon (article 32, adulte)", "Cours de contremaître (chef d'équipe) — Campus Sursee"],
contact=["BERISHA", "Arben", "Route de Villars 22, 1700 Fribourg", "079 348 20 61", "arben.berisha.bau@bluewin.ch"],
),

# 026 Malien (bambara), agent de propreté, Paris
dict(text="""
Moussa KEÏTA
Agent de propreté qualifié — Chef d'équipe
75019 Paris · 07 66 21 09 38 · moussa.keita.proprete@gmail.com

Expériences
Depuis 2018 : Chef d'équipe propreté, Onet Services — Gare du Nord (SNCF)
   – équipe de 12 agents de nuit, planning, contrôle qualité
   – autolaveuses, monobrosses, nettoyage des quais et toilettes
   – délégué syndical CGT Propreté, j'ai participé à la grève de 2021 pour les primes
2012 – 2018 : Agent de propreté, Derichebourg Propreté, hôtels parisiens (Accor)
2008 – 2012 : Plongeur, restaurants à Paris (travail sans déclaration)

Formation
CAP Agent d'assainissement et de propreté urbaine (VAE), 2017
CQP Agent machiniste classique, 2014
DEF (Diplôme d'études fondamentales), Kayes, Mali, 2004

Langues : bambara, soninké, français

Situation
Né le 01/01/1988 à Kayes (Mali).
Je suis arrivé en 2008. En 2010 j'ai eu une condamnation pour séjour irrégulier et travail sans titre (amende + interdiction), ensuite régularisé.
J'ai obtenu le statut de réfugié en 2015 car je suis homosexuel et au Mali c'est très dangereux pour moi.
Je suis drépanocytaire SS, j'ai parfois des crises (2–3 jours d'arrêt par an), je connais bien ma maladie.
Mes empreintes ont été prises au centre de rétention de Vincennes en 2010.
""",
sensitive=[
 ("trade_union", "délégué syndical CGT Propreté, j'ai participé à la grève de 2021 pour les primes"),
 ("date_of_birth_age", "Né le 01/01/1988"),
 ("ethnic_origin", "à Kayes (Mali)"),
 ("criminal_record", "En 2010 j'ai eu une condamnation pour séjour irrégulier et travail sans titre (amende + interdiction)"),
 ("ethnic_origin", "J'ai obtenu le statut de réfugié en 2015"),
 ("sexual_orientation", "car je suis homosexuel"),
 ("genetic_biometric", "Je suis drépanocytaire SS"),
 ("health", "j'ai parfois des crises (2–3 jours d'arrêt par an)"),
 ("genetic_biometric", "Mes empreintes ont été prises au centre de rétention de Vincennes en 2010"),
],
keep=["Agent de propreté qualifié — Chef d'équipe", "Chef d'équipe propreté, Onet Services — Gare du Nord (SNCF)",
      "équipe de 12 agents de nuit, planning, contrôle qualité", "Agent de propreté, Derichebourg Propreté, hôtels parisiens (Accor)",
      "CAP Agent d'assainissement et de propreté urbaine (VAE)", "CQP Agent machiniste classique"],
contact=["Moussa KEÏTA", "75019 Paris", "07 66 21 09 38", "moussa.keita.proprete@gmail.com"],
),

# 027 Philippine (tagalog), garde d'enfants / gouvernante, Paris
dict(text="""
MARICEL T. REYES
Nounou à domicile / Gouvernante de maison
75016 Paris — 07 82 44 19 60 — maricel.reyes.nanny@gmail.com

Informations
Âge : 45 ans
Nationalité : philippine, titre de séjour « salarié » renouvelé 2023
Situation : mariée, mon mari et mes 2 enfants sont restés aux Philippines (Iloilo), je les aide avec mon salaire
Religion : catholique, je vais à la messe philippine à Saint-Bernard

Expérience
2014 – aujourd'hui : Nounou et gouvernante, famille privée, Paris 16e (CESU)
  • garde de 3 enfants de la naissance à 10 ans, devoirs en anglais, activités
  • organisation de la maison, linge, cuisine pour la famille (française et asiatique)
2009 – 2014 : Domestic helper, famille expatriée, Dubaï (Émirats)
2002 – 2008 : Enseignante d'école maternelle, Iloilo Central Elementary School

Formation
Bachelor of Elementary Education — West Visayas State University, 1999
Licensure Examination for Teachers (LET) — réussi 2000
Certificat « Assistant(e) de vie aux familles » — GRETA Paris, 2019
PSC1 (premiers secours) et formation premiers secours enfants (2022)

Langues : tagalog, hiligaïnon, anglais (courant), français (B1)

Autre
Je suis sourde d'une oreille depuis l'enfance (otite mal soignée), mais j'entends très bien les enfants avec l'autre oreille !
""",
sensitive=[
 ("date_of_birth_age", "Âge : 45 ans"),
 ("ethnic_origin", "Nationalité : philippine, titre de séjour « salarié » renouvelé 2023"),
 ("family_status", "mariée, mon mari et mes 2 enfants sont restés aux Philippines (Iloilo)"),
 ("religious_belief", "Religion : catholique, je vais à la messe philippine à Saint-Bernard"),
 ("health", "Je suis sourde d'une oreille depuis l'enfance (otite mal soignée)"),
],
keep=["Nounou à domicile / Gouvernante de maison", "garde de 3 enfants de la naissance à 10 ans, devoirs en anglais, activités",
      "Domestic helper, famille expatriée, Dubaï (Émirats)", "Enseignante d'école maternelle, Iloilo Central Elementary School",
      "Bachelor of Elementary Education — West Visayas State University", "Certificat « Assistant(e) de vie aux familles » — GRETA Paris",
      "PSC1 (premiers secours)"],
contact=["MARICEL T. REYES", "75016 Paris", "07 82 44 19 60", "maricel.reyes.nanny@gmail.com"],
),

# 028 Égyptien copte, réceptionniste d'hôtel, Genève
dict(text="""
Ramy GIRGIS
Réceptionniste / Night auditor — hôtellerie de luxe
Rue de Lausanne 80, 1202 Genève · +41 78 330 47 12 · ramy.girgis.hotel@gmail.com

Expérience
2019 – aujourd'hui  Réceptionniste puis Night auditor, Hôtel Président Wilson, Genève
  ▪ check-in VIP et délégations (ONU, diplomates), Opera PMS
  ▪ audit de nuit, clôture de caisse, rapports de revenus
2016 – 2019  Réceptionniste, Novotel Genève Centre
2011 – 2015  Front Office Supervisor, Four Seasons Nile Plaza, Le Caire
  ▪ équipe de 7 agents, clients du Golfe et d'Europe

Formation
Bachelor en tourisme et hôtellerie (Kolleyet El Siaha wal Fanadek) — Université de Helwan, Le Caire, 2011
Certificat « Revenue management » — EHL Lausanne (en ligne), 2021

Langues
Arabe (maternelle), anglais (C2), français (C1), italien (B1)

Données personnelles
Né le 06.01.1989 au Caire
Nationalité : égyptienne, permis B
Marié, 1 enfant
Confession : copte orthodoxe
Groupe sanguin : O+
Service militaire : exempté (fils unique)
""",
sensitive=[
 ("date_of_birth_age", "Né le 06.01.1989"),
 ("ethnic_origin", "au Caire"),
 ("ethnic_origin", "Nationalité : égyptienne, permis B"),
 ("family_status", "Marié, 1 enfant"),
 ("religious_belief", "Confession : copte orthodoxe"),
 ("genetic_biometric", "Groupe sanguin : O+"),
 ("family_status", "exempté (fils unique)"),
],
keep=["Réceptionniste / Night auditor — hôtellerie de luxe", "Night auditor, Hôtel Président Wilson, Genève",
      "check-in VIP et délégations (ONU, diplomates), Opera PMS", "Réceptionniste, Novotel Genève Centre",
      "Front Office Supervisor, Four Seasons Nile Plaza, Le Caire",
      "Bachelor en tourisme et hôtellerie (Kolleyet El Siaha wal Fanadek) — Université de Helwan", "Certificat « Revenue management » — EHL Lausanne"],
contact=["Ramy GIRGIS", "Rue de Lausanne 80, 1202 Genève", "+41 78 330 47 12", "ramy.girgis.hotel@gmail.com"],
),

# 029 Pakistanais (ourdou), gestionnaire de stock, Paris
dict(text="""
Curriculum Vitae

AHMAD Naveed
Gestionnaire de stocks / Logisticien
95200 Sarcelles · 06 21 58 73 04 · naveed.ahmad.logistique@gmail.com

Profil
Logisticien avec 12 ans d'expérience (Pakistan et France), sérieux et ponctuel. Je maîtrise SAP et les inventaires tournants. Je parle ourdou, pendjabi, anglais et français.

Expériences professionnelles
2017 – présent : Gestionnaire de stocks, Geodis Logistics, Gonesse (client : Decathlon)
  • suivi de 18 000 références, inventaires tournants, écarts < 0,3 %
  • formation des nouveaux caristes sur le WMS (Reflex)
2013 – 2017 : Préparateur de commandes puis cariste, Kuehne+Nagel, Roissy
2006 – 2012 : Store Keeper (magasinier), Packages Limited, Lahore

Formation
Bachelor of Commerce — Government College University, Lahore, 2005
Titre professionnel Technicien supérieur en méthodes et exploitation logistique (AFPA), 2016
CACES R489 cat. 1, 3, 5

Informations personnelles
Né le 09/09/1983 à Rabwah
Je suis ahmadi, réfugié reconnu par l'OFPRA en 2013 (persécutions contre les ahmadis au Pakistan)
Marié, 3 enfants
Porteur de la bêta-thalassémie mineure (pas de conséquence)
Je suis aussi bénévole au Parti du peuple pakistanais (PPP) section France pour les élections de la diaspora.
""",
sensitive=[
 ("date_of_birth_age", "Né le 09/09/1983"),
 ("ethnic_origin", "à Rabwah"),
 ("religious_belief", "Je suis ahmadi"),
 ("ethnic_origin", "réfugié reconnu par l'OFPRA en 2013 (persécutions contre les ahmadis au Pakistan)"),
 ("family_status", "Marié, 3 enfants"),
 ("genetic_biometric", "Porteur de la bêta-thalassémie mineure"),
 ("political_opinion", "Je suis aussi bénévole au Parti du peuple pakistanais (PPP) section France pour les élections de la diaspora"),
],
keep=["Gestionnaire de stocks / Logisticien", "Gestionnaire de stocks, Geodis Logistics, Gonesse (client : Decathlon)",
      "suivi de 18 000 références, inventaires tournants, écarts < 0,3 %", "Préparateur de commandes puis cariste, Kuehne+Nagel, Roissy",
      "Store Keeper (magasinier), Packages Limited, Lahore", "Titre professionnel Technicien supérieur en méthodes et exploitation logistique (AFPA)",
      "CACES R489 cat. 1, 3, 5"],
contact=["AHMAD Naveed", "95200 Sarcelles", "06 21 58 73 04", "naveed.ahmad.logistique@gmail.com"],
),

# 030 Éthiopienne (amharique), aide familiale, Bruxelles
dict(text="""
Meseret TADESSE WOLDE
Aide familiale / Aide-soignante à domicile
Chaussée de Haecht 145, 1030 Schaerbeek · 0488 61 27 34 · meseret.tadesse@gmail.com

À propos
Je suis aide familiale depuis 7 ans, je travaille avec les personnes âgées et les familles en difficulté. Je suis douce, patiente et je respecte les habitudes de chaque personne.

Expériences
2018 – aujourd'hui : Aide familiale, Aide et Soins à Domicile (ASD) Bruxelles
   – toilettes, repas, courses, soutien aux familles avec enfants malades
   – accompagnement de personnes en fin de vie à domicile avec l'équipe de soins palliatifs Continuing Care
2015 – 2018 : Aide-ménagère titres-services, Aaxe Titres-Services
2006 – 2012 : Secrétaire, Ethiopian Airlines, Addis-Abeba

Formation
Certificat d'aide familiale et aide-soignante — Institut Roger Lambion (promotion sociale), 2017
Diploma in Secretarial Science — Addis Ababa Commercial College, 2005

Langues : amharique (maternelle), anglais (très bien), français (bien), néerlandais (A2)

Personnel
Née le 12/06/1983 (Éthiopie).
Réfugiée reconnue en Belgique en 2014. Mes empreintes digitales sont dans Eurodac depuis mon arrivée en Italie en 2013.
Veuve, 1 fille de 15 ans.
Je suis chrétienne orthodoxe éthiopienne et je suis membre de l'église Kidus Gabriel à Bruxelles.
J'ai eu l'hépatite C, guérie avec traitement en 2019.
Affiliée à la CSC depuis 2015.
""",
sensitive=[
 ("date_of_birth_age", "Née le 12/06/1983"),
 ("ethnic_origin", "(Éthiopie)"),
 ("ethnic_origin", "Réfugiée reconnue en Belgique en 2014"),
 ("genetic_biometric", "Mes empreintes digitales sont dans Eurodac depuis mon arrivée en Italie en 2013"),
 ("family_status", "Veuve, 1 fille de 15 ans"),
 ("religious_belief", "Je suis chrétienne orthodoxe éthiopienne et je suis membre de l'église Kidus Gabriel à Bruxelles"),
 ("health", "J'ai eu l'hépatite C, guérie avec traitement en 2019"),
 ("trade_union", "Affiliée à la CSC depuis 2015"),
],
keep=["Aide familiale / Aide-soignante à domicile", "Aide familiale, Aide et Soins à Domicile (ASD) Bruxelles",
      "toilettes, repas, courses, soutien aux familles avec enfants malades",
      "accompagnement de personnes en fin de vie à domicile avec l'équipe de soins palliatifs Continuing Care",
      "Aide-ménagère titres-services, Aaxe Titres-Services", "Secrétaire, Ethiopian Airlines, Addis-Abeba",
      "Certificat d'aide familiale et aide-soignante — Institut Roger Lambion (promotion sociale)"],
contact=["Meseret TADESSE WOLDE", "Chaussée de Haecht 145, 1030 Schaerbeek", "0488 61 27 34", "meseret.tadesse@gmail.com"],
),
]
