CVS = [
# 011 Sénégalais (wolof), agent de sécurité, Paris
dict(text="""
M. Cheikh Ibrahima FALL
Chef d'équipe sécurité — SSIAP 2
93200 Saint-Denis · 07 51 36 90 24 · cheikh.fall.securite@gmail.com

Renseignements
Date de naissance : 19/03/1979
Situation de famille : marié (2 épouses), 6 enfants
Carte professionnelle CNAPS : CAR-093-2027-04-11-20170412345

Expérience professionnel
2016 – actuellement : Chef d'équipe SSIAP 2, Securitas France — site Stade de France / centres commerciaux
  – encadrement de 10 agents, planning, main courante électronique
  – rondes de sécurité incendie, gestion PC sécurité, évacuations
  – délégué syndical CGT de l'établissement depuis 2020, j'ai négocié les primes de nuit
2010 – 2016 : Agent de sécurité, Fiducial Sécurité, Paris La Défense
2004 – 2009 : Vendeur de tissus au marché Sandaga, Dakar

Formation
SSIAP 1 (2010), SSIAP 2 (2015), SST à jour
CQP APS (agent de prévention et de sécurité), 2010
Brevet de fin d'études moyennes (BFEM), Thiès, 1996

Langues : wolof, pulaar, français, arabe coranique (lecture)

Parcours administratif
Je suis arrivé en France en 2004 avec un visa touriste et je suis resté sans papiers jusqu'à la régularisation par le travail en 2010 (circulaire). Aujourd'hui carte de résident.
Mention honnête : en 2007 j'ai été condamné à une amende pour usage de faux document (fausse carte de séjour pour travailler), c'est inscrit mais la CNAPS m'a donné l'agrément.

Autres
Je suis talibé mouride, je donne ma cotisation au dahira de Saint-Denis et je vais au Magal de Touba quand c'est possible.
Petit souci de tension artérielle (hypertension), traitée.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 19/03/1979"),
 ("family_status", "Situation de famille : marié (2 épouses), 6 enfants"),
 ("trade_union", "délégué syndical CGT de l'établissement depuis 2020, j'ai négocié les primes de nuit"),
 ("ethnic_origin", "Je suis arrivé en France en 2004 avec un visa touriste et je suis resté sans papiers jusqu'à la régularisation par le travail en 2010"),
 ("criminal_record", "en 2007 j'ai été condamné à une amende pour usage de faux document"),
 ("religious_belief", "Je suis talibé mouride, je donne ma cotisation au dahira de Saint-Denis et je vais au Magal de Touba"),
 ("health", "Petit souci de tension artérielle (hypertension), traitée"),
],
keep=["Chef d'équipe sécurité — SSIAP 2", "Chef d'équipe SSIAP 2, Securitas France", "encadrement de 10 agents, planning, main courante électronique",
      "rondes de sécurité incendie, gestion PC sécurité, évacuations", "Agent de sécurité, Fiducial Sécurité, Paris La Défense",
      "CQP APS (agent de prévention et de sécurité)", "SSIAP 1 (2010), SSIAP 2 (2015), SST à jour"],
contact=["M. Cheikh Ibrahima FALL", "93200 Saint-Denis", "07 51 36 90 24", "cheikh.fall.securite@gmail.com", "CAR-093-2027-04-11-20170412345"],
),

# 012 Kurde de Turquie, cuisinier, Lausanne
dict(text="""
Deniz ASLAN — Cuisinier
Avenue de Morges 45, 1004 Lausanne — 078 603 21 94 — deniz.aslan.chef@gmail.com

Objectif : cuisinier chef de partie dans restaurant ou hôtel, région lausannoise

Expérience
2018 – aujourd'hui  Cuisinier chef de partie (garde-manger puis chaud), Beau-Rivage Palace, Lausanne-Ouchy
  - mise en place pour 120 couverts, banquets jusqu'à 300 personnes
  - formation de 2 apprentis CFC
  - membre du syndicat Unia depuis 2019, je suis dans le groupe hôtellerie-restauration de Vaud
2015 – 2018  Commis de cuisine, Restaurant Le Chalet Suisse, Lausanne
2008 – 2014  Aşçı (cuisinier), Hôtel Divan, Istanbul

Formation
Attestation fédérale (AFP) puis CFC cuisinier en validation des acquis (2020)
École hôtelière professionnelle (Otelcilik Meslek Lisesi), Mersin, 2008

Informations
Née / né : 1987 (36 ans), à Mardin
Origine : kurde de Turquie, réfugié reconnu en Suisse (permis B réfugié)
Je vis avec mon ami Stefan, nous avons enregistré notre partenariat en 2020 et nous sommes mariés depuis 2023.

Pourquoi j'ai quitté la Turquie
J'étais membre du HDP à Istanbul et j'ai travaillé comme bénévole aux élections de 2015. En 2016 j'ai été condamné à 1 an et 3 mois pour « propagande » après des messages sur Facebook ; j'ai passé 4 mois en détention à Silivri avant de partir.

Langues : kurde (kurmandji), turc, français B2, allemand A2, anglais B1
""",
sensitive=[
 ("trade_union", "membre du syndicat Unia depuis 2019, je suis dans le groupe hôtellerie-restauration de Vaud"),
 ("date_of_birth_age", "1987 (36 ans)"),
 ("ethnic_origin", "à Mardin"),
 ("ethnic_origin", "Origine : kurde de Turquie, réfugié reconnu en Suisse (permis B réfugié)"),
 ("sexual_orientation", "Je vis avec mon ami Stefan, nous avons enregistré notre partenariat en 2020 et nous sommes mariés depuis 2023"),
 ("political_opinion", "J'étais membre du HDP à Istanbul et j'ai travaillé comme bénévole aux élections de 2015"),
 ("criminal_record", "En 2016 j'ai été condamné à 1 an et 3 mois pour « propagande » après des messages sur Facebook ; j'ai passé 4 mois en détention à Silivri"),
],
keep=["Cuisinier chef de partie (garde-manger puis chaud), Beau-Rivage Palace, Lausanne-Ouchy",
      "mise en place pour 120 couverts, banquets jusqu'à 300 personnes", "formation de 2 apprentis CFC",
      "Commis de cuisine, Restaurant Le Chalet Suisse, Lausanne", "Aşçı (cuisinier), Hôtel Divan, Istanbul",
      "CFC cuisinier en validation des acquis", "École hôtelière professionnelle (Otelcilik Meslek Lisesi), Mersin"],
contact=["Deniz ASLAN", "Avenue de Morges 45, 1004 Lausanne", "078 603 21 94", "deniz.aslan.chef@gmail.com"],
),

# 013 Espagnol, ingénieur structures, Toulouse
dict(text="""
Javier MARTÍNEZ LÓPEZ
Ingénieur calcul de structures aéronautiques
31300 Toulouse | 06 27 19 84 42 | javier.martinez.stress@gmail.com | linkedin.com/in/javiermartinezlopez-stress

PROFIL
Ingénieur en calcul de structures (stress) avec 9 ans d'expérience sur programmes A350 et A320neo. Spécialisé en structures composites et analyses de tolérance aux dommages. Habitué aux environnements multiculturels (équipes en France, Espagne, Allemagne).

EXPÉRIENCE
Depuis 2018 — Ingénieur stress senior, Altran (Capgemini Engineering) pour Airbus, Toulouse
  • justification statique et fatigue de la case de train A350, rapports de certification
  • modèles éléments finis (Patran/Nastran), méthodes ISAMI
  • coordination avec le bureau d'études de Getafe
2014 – 2018 — Ingeniero de cálculo (ingénieur calcul), Aernnova, Vitoria-Gasteiz
  • stabilisateur horizontal A320neo, panneaux composites

FORMATION
Máster en Ingeniería Aeronáutica (équivalent diplôme d'ingénieur) — Universidad Politécnica de Madrid (ETSIAE), 2014
Erasmus à l'ISAE-SUPAERO, Toulouse (2012–2013)

LANGUES
Espagnol (maternel), français (C1), anglais (C1, TOEIC 940)

DIVERS
Né le 25/11/1989 à Valladolid.
Je suis marié avec Thomas depuis 2019 (mariage à Toulouse), nous voulons rester en Occitanie.
En Espagne j'étais affilié à l'UGT, ici je suis adhérent de la CFE-CGC.
Extrait de casier judiciaire (bulletin n°3) vierge disponible sur demande — nécessaire pour l'habilitation défense.
Loisirs : randonnée dans les Pyrénées, pelote basque.
""",
sensitive=[
 ("date_of_birth_age", "Né le 25/11/1989"),
 ("sexual_orientation", "Je suis marié avec Thomas depuis 2019 (mariage à Toulouse)"),
 ("trade_union", "En Espagne j'étais affilié à l'UGT, ici je suis adhérent de la CFE-CGC"),
 ("criminal_record", "Extrait de casier judiciaire (bulletin n°3) vierge"),
],
keep=["Ingénieur calcul de structures aéronautiques", "Ingénieur stress senior, Altran (Capgemini Engineering) pour Airbus, Toulouse",
      "justification statique et fatigue de la case de train A350, rapports de certification", "modèles éléments finis (Patran/Nastran), méthodes ISAMI",
      "Ingeniero de cálculo (ingénieur calcul), Aernnova, Vitoria-Gasteiz",
      "Máster en Ingeniería Aeronáutica (équivalent diplôme d'ingénieur) — Universidad Politécnica de Madrid (ETSIAE)",
      "Erasmus à l'ISAE-SUPAERO, Toulouse", "nécessaire pour l'habilitation défense"],
contact=["Javier MARTÍNEZ LÓPEZ", "31300 Toulouse", "06 27 19 84 42", "javier.martinez.stress@gmail.com",
         "linkedin.com/in/javiermartinezlopez-stress"],
),

# 014 Italienne, enseignante d'italien, Montréal
dict(text="""
Francesca RUSSO
Enseignante d'italien langue seconde et traductrice agréée (OTTIAQ)
Montréal (Rosemont), QC H1Y 2B5 · 514 555-0196 · francesca.russo.it@gmail.com

Sommaire
Enseignante et traductrice italienne, au Québec depuis 2012. J'enseigne l'italien aux adultes et je traduis des documents juridiques et techniques (italien, français, anglais). Résidente permanente puis citoyenne canadienne depuis 2019.

Expérience
2016 – aujourd'hui : Chargée de cours d'italien, Université de Montréal, Faculté de l'éducation permanente
 – cours de niveaux débutant à avancé, 4 groupes par session
 – conception de matériel pédagogique et évaluations selon le CECR
2013 – présent : Traductrice agréée (travailleuse autonome)
 – traduction de jugements, actes notariés, manuels de machinerie pour des clients de la Petite Italie
2012 – 2016 : Enseignante, Centre Leonardo da Vinci (Saint-Léonard)

Formation
Laurea magistrale in Traduzione (maîtrise en traduction) — Università di Bologna, campus de Forlì, 2010
Certificat en enseignement des langues secondes — UQAM, 2015
Membre de l'OTTIAQ

Renseignements personnels
Âge : 39 ans
Je suis mariée avec Sophie depuis 2017, nous avons une fille de 4 ans.
Je suis militante de Québec solidaire dans Rosemont (porte-à-porte aux élections 2022).
Je suis cœliaque (maladie cœliaque diagnostiquée en 2014), donc pas de pizza au party de bureau !
""",
sensitive=[
 ("ethnic_origin", "Résidente permanente puis citoyenne canadienne depuis 2019"),
 ("date_of_birth_age", "Âge : 39 ans"),
 ("sexual_orientation", "Je suis mariée avec Sophie depuis 2017"),
 ("family_status", "nous avons une fille de 4 ans"),
 ("political_opinion", "Je suis militante de Québec solidaire dans Rosemont (porte-à-porte aux élections 2022)"),
 ("health", "Je suis cœliaque (maladie cœliaque diagnostiquée en 2014)"),
],
keep=["Enseignante d'italien langue seconde et traductrice agréée (OTTIAQ)",
      "Chargée de cours d'italien, Université de Montréal, Faculté de l'éducation permanente",
      "conception de matériel pédagogique et évaluations selon le CECR", "Traductrice agréée (travailleuse autonome)",
      "traduction de jugements, actes notariés, manuels de machinerie", "Centre Leonardo da Vinci (Saint-Léonard)",
      "Laurea magistrale in Traduzione (maîtrise en traduction) — Università di Bologna", "Certificat en enseignement des langues secondes — UQAM"],
contact=["Francesca RUSSO", "Montréal (Rosemont), QC H1Y 2B5", "514 555-0196", "francesca.russo.it@gmail.com"],
),

# 015 Brésilienne, aide-soignante, Genève
dict(text="""
Fernanda OLIVEIRA SANTOS
Aide-soignante qualifiée / Assistante en soins et santé communautaire (ASSC)
Chemin de la Gravière 6, 1227 Les Acacias (GE) · 079 215 48 66 · fernanda.oliveira.assc@gmail.com

Données personnelles
Date de naissance : 15.08.1986
Nationalité : brésilienne et portugaise (passeport UE), permis B
État civil : mère célibataire, 1 fils de 10 ans — depuis 2 ans je suis en couple avec Ana
AVS : 756.4821.3390.12

Expérience professionnelle
2017 – aujourd'hui  ASSC, Hôpitaux Universitaires de Genève (HUG) — service de gériatrie, Hôpital des Trois-Chêne
  • soins de base et techniques (glycémies, pansements, injections sous-cutanées)
  • participation au projet « prévention des chutes » du service
2013 – 2017  Aide-soignante, EMS La Méridienne, Chêne-Bourg
2007 – 2012  Técnica de enfermagem (aide-infirmière), Hospital das Clínicas, São Paulo

Formation
CFC d'assistante en soins et santé communautaire (en emploi), 2019
Curso Técnico de Enfermagem — ETEC, São Paulo, 2006
Certificat Croix-Rouge « auxiliaire de santé » (2013)

Langues : portugais (maternelle), français (C1), espagnol (B2), anglais (A2)

Autres
Je suis évangélique (Assemblée de Dieu brésilienne de Genève), je joue de la guitare au culte le dimanche.
Ma mère et ma sœur ont eu un cancer du sein jeunes ; j'ai fait le test génétique aux HUG : je suis porteuse d'une mutation BRCA1.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 15.08.1986"),
 ("ethnic_origin", "Nationalité : brésilienne et portugaise (passeport UE), permis B"),
 ("family_status", "État civil : mère célibataire, 1 fils de 10 ans"),
 ("sexual_orientation", "depuis 2 ans je suis en couple avec Ana"),
 ("religious_belief", "Je suis évangélique (Assemblée de Dieu brésilienne de Genève), je joue de la guitare au culte le dimanche"),
 ("genetic_biometric", "Ma mère et ma sœur ont eu un cancer du sein jeunes ; j'ai fait le test génétique aux HUG : je suis porteuse d'une mutation BRCA1"),
],
keep=["Aide-soignante qualifiée / Assistante en soins et santé communautaire (ASSC)",
      "Hôpitaux Universitaires de Genève (HUG) — service de gériatrie, Hôpital des Trois-Chêne",
      "soins de base et techniques (glycémies, pansements, injections sous-cutanées)", "participation au projet « prévention des chutes » du service",
      "Aide-soignante, EMS La Méridienne, Chêne-Bourg", "Técnica de enfermagem (aide-infirmière), Hospital das Clínicas, São Paulo",
      "CFC d'assistante en soins et santé communautaire"],
contact=["Fernanda OLIVEIRA SANTOS", "Chemin de la Gravière 6, 1227 Les Acacias (GE)", "079 215 48 66",
         "fernanda.oliveira.assc@gmail.com", "756.4821.3390.12"],
),

# 016 Algérien (kabyle), chauffeur-livreur, Marseille
dict(text="""
AIT MEZIANE Karim
Chauffeur livreur poids lourd (permis C, FIMO/FCO)
13015 Marseille — 06 58 41 07 73 — karim.aitmeziane13@gmail.com

Mon profil
Chauffeur sérieux avec 15 ans de conduite, connaissance de la région PACA et du port. Je suis kabyle d'Algérie (Tizi Ouzou), en France depuis 2005, naturalisé en 2014.

Expériences
2017 – maintenant : Chauffeur PL, Transports Heppner, Vitrolles — livraisons messagerie en porteur 19 t, hayon, 25 points par jour
   ▸ je suis adhérent à la CGT Transports et élu CSE depuis 2022
2010 – 2017 : Chauffeur-livreur VL puis PL, Chronopost, Marseille
2005 – 2010 : Manutentionnaire, Marché d'intérêt national (MIN) des Arnavaux
1999 – 2004 : Chauffeur (سائق) de camion, Entreprise Cosider, Tizi Ouzou

Formation / permis
Permis B, C, EC ; FIMO 2010, FCO 2020, CACES R489 cat. 1 et 3, ADR base
BTS en comptabilité (Algérie), Institut de formation professionnelle de Tizi Ouzou, 1998

Situation personnelle
Né le 02/05/1976. Marié depuis 2008, 3 enfants scolarisés à Marseille. Musulman.
Santé : diabète de type 2 sous comprimés, visite médicale du permis C validée.
Casier : j'ai une condamnation en 2009 pour conduite sans permis (suspension pour points), 3 mois avec sursis ; depuis plus rien.
""",
sensitive=[
 ("ethnic_origin", "Je suis kabyle d'Algérie (Tizi Ouzou), en France depuis 2005, naturalisé en 2014"),
 ("trade_union", "je suis adhérent à la CGT Transports et élu CSE depuis 2022"),
 ("date_of_birth_age", "Né le 02/05/1976"),
 ("family_status", "Marié depuis 2008, 3 enfants scolarisés à Marseille"),
 ("religious_belief", "Musulman."),
 ("health", "diabète de type 2 sous comprimés"),
 ("criminal_record", "j'ai une condamnation en 2009 pour conduite sans permis (suspension pour points), 3 mois avec sursis"),
],
keep=["Chauffeur livreur poids lourd (permis C, FIMO/FCO)", "Chauffeur PL, Transports Heppner, Vitrolles",
      "livraisons messagerie en porteur 19 t, hayon, 25 points par jour", "Chauffeur-livreur VL puis PL, Chronopost, Marseille",
      "Manutentionnaire, Marché d'intérêt national (MIN) des Arnavaux", "CACES R489 cat. 1 et 3, ADR base", "visite médicale du permis C validée"],
contact=["AIT MEZIANE Karim", "13015 Marseille", "06 58 41 07 73", "karim.aitmeziane13@gmail.com"],
),

# 017 Tunisien, développeur, Montréal
dict(text="""
Skander BEN SALAH
Développeur full-stack (React / Node.js)
Montréal, QC · 438 555-0127 · skander.bensalah.dev@gmail.com · github.com/skanderbs

Profil
Développeur avec 8 ans d'expérience, dont 4 au Québec, sur des applications web et mobiles à fort trafic. J'aime le code propre, les tests, et je m'implique dans la communauté (organisateur de meetups JS Montréal).

Expérience
Développeur full-stack senior — Lightspeed Commerce, Montréal (2021 – présent)
  • module de paiement POS en React/TypeScript et Node.js, 50k marchands
  • migration vers GraphQL, couverture de tests de 45 % à 85 %
Développeur — Alithya, Montréal (2019 – 2021)
  • applications pour Desjardins (Angular, Java Spring)
Ingénieur développement — Vermeg, Tunis (2015 – 2019)
  • logiciels bancaires (Soliam), équipe de 6

Formation
Diplôme national d'ingénieur en informatique — ENSI (École nationale des sciences de l'informatique), Manouba, 2015
Certification AWS Developer Associate (2022)

Informations personnelles
Né en 1991 à Sfax. Arrivé au Québec avec le Programme de l'expérience québécoise (PEQ), résident permanent depuis 2021.
En janvier 2011 j'étais dans les manifestations contre Ben Ali ; j'ai été arrêté deux jours par la police puis relâché.
Je suis athée, et je suis en couple avec Mathieu depuis 3 ans.
""",
sensitive=[
 ("date_of_birth_age", "Né en 1991"),
 ("ethnic_origin", "à Sfax"),
 ("ethnic_origin", "Arrivé au Québec avec le Programme de l'expérience québécoise (PEQ), résident permanent depuis 2021"),
 ("political_opinion", "En janvier 2011 j'étais dans les manifestations contre Ben Ali"),
 ("criminal_record", "j'ai été arrêté deux jours par la police puis relâché"),
 ("religious_belief", "Je suis athée"),
 ("sexual_orientation", "je suis en couple avec Mathieu depuis 3 ans"),
],
keep=["Développeur full-stack (React / Node.js)", "Développeur full-stack senior — Lightspeed Commerce, Montréal",
      "module de paiement POS en React/TypeScript et Node.js, 50k marchands", "Développeur — Alithya, Montréal",
      "Ingénieur développement — Vermeg, Tunis", "Diplôme national d'ingénieur en informatique — ENSI (École nationale des sciences de l'informatique), Manouba",
      "Certification AWS Developer Associate", "organisateur de meetups JS Montréal"],
contact=["Skander BEN SALAH", "Montréal, QC", "438 555-0127", "skander.bensalah.dev@gmail.com", "github.com/skanderbs"],
),

# 018 Libanais maronite, analyste crédit, Paris
dict(text="""
Élie KHOURY
Analyste crédit entreprises — Banque de financement
92200 Neuilly-sur-Seine · 06 01 88 45 62 · elie.khoury.finance@gmail.com

Informations personnelles
Date de naissance : 11 décembre 1990, Jounieh (Liban)
Nationalité : libanaise, titre de séjour « passeport talent »
Marié, un enfant
Confession : chrétien maronite
Groupe sanguin : A+ (donneur régulier EFS)

Expérience professionnelle
Depuis 2020 — Analyste crédit senior, BNP Paribas CIB, Paris
 – analyse de 40 dossiers par an (LBO mid-cap, financement d'acquisitions), notation interne
 – présentation en comité de crédit, suivi des covenants
2016 – 2020 — Analyste crédit, Banque Libano-Française (BLF), Beyrouth
 – portefeuille PME industrielles, restructurations après la crise de 2019
2014 – 2016 — Auditeur junior, Deloitte Liban

Formation
Master 2 Finance d'entreprise — Université Paris-Dauphine, 2016 (en alternance avec la BLF)
Licence en sciences économiques — Université Saint-Joseph (USJ), Beyrouth, 2013
CFA niveau II

Langues : arabe (maternelle), français (bilingue, école francophone), anglais (courant)

Centres d'intérêt
Ski (Faraya, maintenant les Alpes), échecs. J'ai été responsable étudiant des Forces libanaises à l'USJ et je reste sympathisant.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 11 décembre 1990"),
 ("ethnic_origin", "Jounieh (Liban)"),
 ("ethnic_origin", "Nationalité : libanaise, titre de séjour « passeport talent »"),
 ("family_status", "Marié, un enfant"),
 ("religious_belief", "Confession : chrétien maronite"),
 ("genetic_biometric", "Groupe sanguin : A+"),
 ("political_opinion", "J'ai été responsable étudiant des Forces libanaises à l'USJ et je reste sympathisant"),
],
keep=["Analyste crédit entreprises — Banque de financement", "Analyste crédit senior, BNP Paribas CIB, Paris",
      "analyse de 40 dossiers par an (LBO mid-cap, financement d'acquisitions), notation interne",
      "Analyste crédit, Banque Libano-Française (BLF), Beyrouth", "Auditeur junior, Deloitte Liban",
      "Master 2 Finance d'entreprise — Université Paris-Dauphine", "Licence en sciences économiques — Université Saint-Joseph (USJ), Beyrouth",
      "CFA niveau II"],
contact=["Élie KHOURY", "92200 Neuilly-sur-Seine", "06 01 88 45 62", "elie.khoury.finance@gmail.com"],
),

# 019 Vietnamienne, pâtissière, Québec
dict(text="""
NGUYỄN Thị Lan (Lan Nguyen)
Pâtissière — Chef pâtissière adjointe
Québec (Saint-Roch), QC G1K 3X2 · 418 555-0150 · lan.nguyen.patisserie@gmail.com

Profil
Pâtissière passionnée, formée à Hô-Chi-Minh-Ville et à Québec. 10 ans d'expérience en hôtel et en boulangerie artisanale. Créative, précise dans les pesées, j'aime mélanger les saveurs vietnamiennes (sésame noir, pandan, café phin) avec la pâtisserie française.

Expérience
2019 – auj.  Chef pâtissière adjointe — Château Frontenac (Fairmont), Québec
   ✓ production des desserts pour 3 restaurants et les banquets (jusqu'à 600 couverts)
   ✓ gestion des commandes, fiches techniques, coûts de revient
   ✓ je suis membre de la CSN (syndicat des travailleurs de l'hôtel) et déléguée de la brigade pâtisserie
2015 – 2019  Pâtissière — Boulangerie Paillard, Québec
2011 – 2014  Pâtissière — Sofitel Saigon Plaza, Hô-Chi-Minh-Ville

Formation
DEP Pâtisserie — École hôtelière de la Capitale, Québec, 2016
Diplôme en pâtisserie et boulangerie — Saigontourist Hospitality College, 2011
Certificat MAPAQ hygiène et salubrité (gestionnaire)

Personnel
Âge : 35 ans
Mariée avec Hoa (ma femme), nous avons 2 enfants
Je suis bouddhiste (pagode Tam Bao à Québec)
Je suis porteuse chronique de l'hépatite B, suivie au CHU de Québec ; ce n'est pas transmissible par les aliments.
""",
sensitive=[
 ("trade_union", "je suis membre de la CSN (syndicat des travailleurs de l'hôtel) et déléguée de la brigade pâtisserie"),
 ("date_of_birth_age", "Âge : 35 ans"),
 ("sexual_orientation", "Mariée avec Hoa (ma femme)"),
 ("family_status", "nous avons 2 enfants"),
 ("religious_belief", "Je suis bouddhiste (pagode Tam Bao à Québec)"),
 ("health", "Je suis porteuse chronique de l'hépatite B, suivie au CHU de Québec"),
],
keep=["Pâtissière — Chef pâtissière adjointe", "Chef pâtissière adjointe — Château Frontenac (Fairmont), Québec",
      "production des desserts pour 3 restaurants et les banquets (jusqu'à 600 couverts)", "Pâtissière — Boulangerie Paillard, Québec",
      "Pâtissière — Sofitel Saigon Plaza, Hô-Chi-Minh-Ville", "DEP Pâtisserie — École hôtelière de la Capitale, Québec",
      "Certificat MAPAQ hygiène et salubrité (gestionnaire)"],
contact=["NGUYỄN Thị Lan", "Lan Nguyen", "Québec (Saint-Roch), QC G1K 3X2", "418 555-0150", "lan.nguyen.patisserie@gmail.com"],
),

# 020 Russe, administrateur systèmes, Genève
dict(text="""
Alexeï SOKOLOV
Ingénieur DevOps / Administrateur systèmes Linux
Genève (Servette) · +41 77 412 09 55 · alexei.sokolov.ops@proton.me · github.com/asokolov-ops

Résumé
Ingénieur DevOps avec 12 ans d'expérience, Linux, Kubernetes, automatisation. J'ai quitté Moscou en 2022. Je cherche un poste stable à Genève où j'habite avec mon compagnon Julien.

Expérience
2022 – présent · Ingénieur DevOps (mission), CERN, Genève — via Ateliers Bureaux Service
  – gestion de clusters Kubernetes (OpenStack), GitLab CI, Terraform
  – observabilité Prometheus / Grafana pour 300 services
2015 – 2022 · Lead DevOps, Tinkoff Bank, Moscou
  – migration de 2 000 VM vers Kubernetes, équipe de 8 ingénieurs
2011 – 2015 · Administrateur systèmes, Rambler Group, Moscou

Formation
Specialist (diplôme d'ingénieur, 5 ans) en sécurité informatique — MEPhI (Université nationale de recherche nucléaire), Moscou, 2011
CKA, CKS, AWS Solutions Architect Associate

Langues
Russe (maternelle), anglais (C1), français (B1, en progression)

Informations
Né le 08.08.1988
Permis : B (titre de séjour obtenu grâce à mon partenariat enregistré)
J'ai participé aux rassemblements de soutien à Navalny en 2021 ; j'ai été condamné à 10 jours de détention administrative et une amende.
Je vis avec le VIH depuis 2014, traitement efficace (charge virale indétectable).
""",
sensitive=[
 ("sexual_orientation", "où j'habite avec mon compagnon Julien"),
 ("date_of_birth_age", "Né le 08.08.1988"),
 ("ethnic_origin", "titre de séjour obtenu grâce à mon partenariat enregistré"),
 ("political_opinion", "J'ai participé aux rassemblements de soutien à Navalny en 2021"),
 ("criminal_record", "j'ai été condamné à 10 jours de détention administrative et une amende"),
 ("health", "Je vis avec le VIH depuis 2014, traitement efficace (charge virale indétectable)"),
],
keep=["Ingénieur DevOps / Administrateur systèmes Linux", "Ingénieur DevOps (mission), CERN, Genève",
      "gestion de clusters Kubernetes (OpenStack), GitLab CI, Terraform", "Lead DevOps, Tinkoff Bank, Moscou",
      "migration de 2 000 VM vers Kubernetes, équipe de 8 ingénieurs", "Administrateur systèmes, Rambler Group, Moscou",
      "MEPhI (Université nationale de recherche nucléaire), Moscou", "CKA, CKS, AWS Solutions Architect Associate"],
contact=["Alexeï SOKOLOV", "Genève (Servette)", "+41 77 412 09 55", "alexei.sokolov.ops@proton.me", "github.com/asokolov-ops"],
),
]
