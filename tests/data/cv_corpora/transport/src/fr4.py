CVS = [
r"""
{c:Yves-Alain BOREL}
Conducteur de bus et de trolleybus – {c:Prilly (VD)}
{c:+41 78 602 11 49} · {c:yvesalain.borel@sunrise.ch}

PARCOURS
2008 – aujourd'hui : {k:Conducteur, Transports publics de la région lausannoise (tl)}, lignes 9 et 25, trolleybus articulés
   {k:Moniteur de conduite (formateur interne)} depuis 2018
2001 – 2008 : {k:Chauffeur-livreur, Migros Vaud}
1998 – 2001 : {k:CFC de mécanicien en maintenance d'automobiles}, garage Emil Frey, Crissier

PERMIS
{k:D, C, CE}, {k:OACP (certificat de capacité voyageurs)}.

PERSONNEL
{D:Né le 2 octobre 1981 à Moudon}.
{S:Partenariat enregistré avec Yves depuis 2012}.
{U:Membre du SEV, président de la section tl}.
{R:Protestant, je joue de l'orgue le dimanche au temple de Prilly}.
{G:Porteur sain de la mucoviscidose, découvert lors d'un test avant notre projet d'adoption}.
{P:Conseiller communal socialiste à Prilly}.

Loisirs : orgue, marche en montagne, modélisme ferroviaire.
""",
r"""
{c:Romain SCHMITT}
Chauffeur poids lourd – transport frigorifique
{c:3 rue de la Gare, 57330 Hettange-Grande (F)}
{c:+33 6 27 41 90 05} · {c:romain.schmitt57@gmail.com}

EXPÉRIENCE
2016 – … : {k:Chauffeur PL frigo, Transports Schiltz (Bettembourg, Luxembourg)} – tournées Benelux / Allemagne pour Cactus et Delhaize
2009 – 2016 : {k:Chauffeur PL, Transports Grosvenor (Thionville)}
2005 – 2009 : {k:Magasinier, Cora Hauconcourt}

PERMIS
{k:C, CE – CAP (code 95) luxembourgeois et FCO français}, {k:attestation ATP (transport frigorifique)}.
{C:Retrait de 4 points en 2023 (excès de vitesse sur l'A31)}.

PERSONNEL
{E:Frontalier français, travaillant au Luxembourg depuis 2016}.
{D:Âge : 38 ans}.
{S:Pacsé avec Romain D., infirmier au CHL}.
{U:Membre du LCGB, délégué du personnel chez Schiltz}.
{H:Épilepsie dans l'enfance ; sans crise ni traitement depuis 2002, aptitude confirmée par le médecin agréé}.

Loisirs : trail, football (FC Hettange).
""",
r"""
{c:Jean-Marc « Jah » SÉRAPHIN}
Matelot – navigation côtière et plaisance
{c:Anses-d'Arlet, Martinique} · {c:0696 25 80 13} · {c:jah.seraphin@gmail.com}

QUI JE SUIS
Marin depuis mes 16 ans, d'abord à la pêche à la senne, puis sur les navettes et les catamarans de location. Je sais tout faire sur un pont : amarrage, matelotage, entretien moteur hors-bord, plongée de sécurité.

EXPÉRIENCE
2017 – 2024 : {k:Matelot, Vedettes Madinina (navettes Fort-de-France – Anses-d'Arlet)}
2012 – 2017 : {k:Équipier de convoyage, Dream Yacht Charter (Le Marin)}
2005 – 2012 : {k:Marin pêcheur, senne, Anses-d'Arlet}

TITRES
{k:Certificat de matelot pont}, {k:permis plaisance côtier et hauturier}, {k:CFBS (formation de base à la sécurité)}, PSC1.

DIVERS
{R:Rastafari, je porte les dreadlocks et je suis végétalien (ital)}.
{C:Condamné en 2011 pour détention de cannabis (amende)}.
{D:Âge : 35 ans}. {F:Père de deux enfants, séparé}.

Langues : créole, français, anglais (plaisanciers).
""",
r"""
CURRICULUM VITAE

Nom : {c:MEDJAHED}
Prénom : {c:Lynda}
{D:Date de naissance : 15 mars 1997}
{F:Situation familiale : célibataire}
Adresse : {c:Cité Djenane El Malik, Hydra, Alger}
Tél. : {c:0770 34 22 18}
E-mail : {c:lynda.medjahed.pnc@gmail.com}

POSTE : {k:Hôtesse de l'air / PNC}

EXPÉRIENCE
2019 – à ce jour : {k:Hôtesse de l'air, Air Algérie} (B737-800, A330) – vols domestiques, Europe, pèlerinages Hadj
2017 – 2019 : {k:Agente de réservation, Tassili Airlines}

FORMATION
{k:Certificat de sécurité sauvetage (CSS)}, recyclage 2024
{k:Licence en langue anglaise, Université d'Alger 2}

LANGUES
{k:Arabe, français, anglais, espagnol (notions)}

DIVERS
Taille : 1,68 m.
{G:Porteuse saine de la bêta-thalassémie (dépistage prénuptial)}.
{R:Pratiquante, je porte le voile en dehors du service}.
{H:Myopie corrigée par lentilles, apte classe PNC}.

Loisirs : natation, calligraphie.
""",
r"""
{c:Cheikh Tidiane NDIAYE}
Livreur à vélo – {c:Lyon 8e}
{c:07 58 21 60 44} · {c:cheikh.ndiaye.velo@gmail.com}

EXPÉRIENCE
2022 – aujourd'hui : {k:Livreur salarié, Coursiers Lyonnais (SCOP)} – vélo cargo, 50 à 70 livraisons par jour
2019 – 2022 : {k:Livreur Deliveroo} (auto-entrepreneur, sous le compte d'un ami au début)
2018 – 2019 : {k:Plongeur, restaurant Le Kitchen Café}

COMPÉTENCES
{k:Réparation vélo (CQP technicien cycles, 2023)}, itinéraires Lyon / Villeurbanne, {k:chaîne du froid (sacs isothermes)}.

SITUATION
{E:Sénégalais, régularisé en 2022 par le travail (titre de séjour salarié)}.
{C:Placé en garde à vue en 2020 pour séjour irrégulier, procédure classée}.
{G:Mes empreintes sont dans Eurodac depuis mon passage en Italie}.
{R:Je fais le ramadan et la prière, je m'organise avec les pauses}.
{U:Adhérent au syndicat CGT des livreurs de Lyon}.
{D:29 ans}.

Langues : wolof, peul, français, italien.
""",
r"""
{c:Farid ZERROUKI}
Chauffeur VTC – {c:Longueuil, QC}
{c:438-555-0157} · {c:farid.zerrouki.vtc@gmail.com}

PROFIL
Chauffeur depuis 2016 à Montréal (Uber, puis Téo Taxi), note 4,93, 14 000 courses. Ponctuel, voiture électrique propre, parle quatre langues.

EXPÉRIENCE
2020 – … : {k:Chauffeur, Uber (permis de chauffeur de taxi de la Ville de Montréal)}
2016 – 2020 : {k:Chauffeur, Téo Taxi (véhicules électriques)}
2008 – 2016 : {k:Technicien de maintenance, Sonelgaz (Oran)}

PERMIS
{k:Classe 4C}, {k:formation « chauffeur qualifié » (SAAQ)}.
{C:Condamnation pour voies de fait en 2009 (Oran)} ; {C:certificat de réhabilitation algérien et vérification d'antécédents canadienne vierge depuis 2019}.

PERSONNEL
{E:Arrivé d'Algérie en 2014, citoyen canadien depuis 2019}.
{D:44 ans}.
{F:Marié, trois enfants}.
{H:Diabète de type 2, contrôlé, examen médical SAAQ conforme}.

Langues : arabe, français, anglais, espagnol.
""",
r"""
{c:Commandant Aliou BA}
Pilote de ligne – A330neo / A321
{c:Ouakam, Dakar} · {c:+221 77 610 45 98} · {c:aliouba.pilot@gmail.com}

CARNET DE VOL (au 28/02/2025)
Total : 8 600 h – CDB : 3 200 h – A330 : 2 400 h – A320 famille : 4 100 h – Dash 8 : 1 300 h

LICENCES
{k:ATPL(A) ANACIM (Sénégal)}, qualifications A330 / A320, {k:certificat médical classe 1 valide}.

CARRIÈRE
2019 – … : {k:Air Sénégal} – OPL A330neo puis CDB A321 (2022)
2012 – 2019 : {k:Royal Air Maroc} – OPL B737 / Dash 8 (basé à Casablanca)
2009 – 2012 : {k:École nationale de l'aviation civile (ENAC), Toulouse} – élève pilote de ligne

AUTRES
{D:Âge : 41 ans}. {F:Marié, trois enfants}.
{E:Peul du Fouta}.
{R:Musulman, je fais le pèlerinage à La Mecque l'an prochain et je demande un congé de 3 semaines}.
{G:Inscrit au passage rapide biométrique (empreintes et visage) de l'aéroport Blaise-Diagne}.
{U:Membre de l'association des pilotes de ligne du Sénégal (APLS), syndicat des navigants}.
""",
r"""
{c:Arben KRASNIQI}
Agent de sûreté aéroportuaire – {c:Vernier (GE)}
{c:+41 77 418 62 30} · {c:arben.krasniqi@gmail.com}

EXPÉRIENCE
2015 – … : {k:Agent de sûreté, Genève Aéroport (contrôle passagers et bagages de soute)}
   {k:Certification imagerie radioscopique (CBS)}
   {k:Chef de groupe} depuis 2021
2010 – 2015 : {k:Agent de sécurité, Securitas SA, Genève}

FORMATION
{k:Brevet fédéral d'agent de protection de personnes et des biens}

BADGE
{k:Badge aéroportuaire zone sûreté (contrôle d'antécédents OFAC)}. {G:Accès aux zones réservées par reconnaissance d'empreinte digitale}.

PERSONNEL
{E:Kosovar, arrivé en Suisse en 1999 comme réfugié, naturalisé en 2014}.
{R:Musulman non pratiquant}.
{D:Né en 1988}.
{F:Marié à Blerta, un enfant}.
{U:Membre du SSP, groupe aéroport}.

Langues : albanais, français, allemand, anglais.
Disponible en horaires irréguliers (4 h – 23 h), calme avec les passagers stressés.
""",
r"""
{c:Claire BOUVERET}
Conductrice de métro – {c:69100 Villeurbanne}
{c:06 72 81 40 33} · {c:claire.bouveret@laposte.net}

EXPÉRIENCE
2014 – aujourd'hui : {k:Conductrice de métro, Keolis Lyon (réseau TCL)}, lignes A et D (pilotage automatique / manuel)
   {k:Agente de régulation au PCC (remplacements)} depuis 2022
2009 – 2014 : {k:Conductrice de bus, Keolis Lyon (dépôt de Vaise)}

FORMATION
{k:Titre professionnel conducteur de transport en commun sur route}, {k:habilitation conduite métro automatique}

ENGAGEMENTS
{U:Élue FO au CSE de Keolis Lyon}.
{P:Militante de La France insoumise, co-animatrice d'un groupe d'action à Villeurbanne}.

PERSONNEL
{S:Je vis avec ma compagne Julie}.
{F:Mère d'un enfant en situation de handicap (trisomie 21), j'ai besoin d'horaires stables}.
{D:41 ans}.
{H:Je suis moi-même malentendante d'une oreille, appareillée}.

Loisirs : théâtre amateur, roller.
""",
r"""
CURRICULUM VITAE

NOM : {c:MOHAMED Abdallah Said}
{D:Né le 1er janvier 1975 à Foumbouni (Grande Comore)}
{F:Situation familiale : marié à deux épouses, 8 enfants}
{R:Religion : musulman}
Adresse : {c:quartier Coulée, Moroni}
Tél. : {c:+269 333 47 21}

POSTE RECHERCHÉ : {k:Chauffeur de taxi-brousse / transport de marchandises}

EXPÉRIENCE
2010 – aujourd'hui : {k:Chauffeur propriétaire de taxi-brousse, ligne Moroni – Foumbouni}
2003 – 2010 : {k:Chauffeur de camion, Société Nationale des Hydrocarbures (Comores Hydrocarbures)}
1996 – 2003 : {k:Apprenti mécanicien, garage Al Amine, Moroni}

PERMIS
{k:Permis B, C et D comorien}

AUTRES
{U:Membre du syndicat des chauffeurs de taxi de Ngazidja}.
{P:Sympathisant du parti Juwa}.
{H:Opéré de la cataracte en 2022}.
{E:Grand Comorien de Foumbouni (Badjini)}.

Langues : shingazidja, français, arabe.
""",
]
