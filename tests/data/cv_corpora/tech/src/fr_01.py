from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-fr-001", text="""
# Salut, moi c'est Camille Perrin 👋

`développeuse backend` · Lyon · github.com/cperrin-dev · camille.perrin@proton.me

## À propos
Développeuse Go et Elixir, fan de tests et de code ennuyeux. Je suis autiste et je travaille mieux en asynchrone : specs écrites, tickets clairs, caméra facultative. Née en 1993 à Villeurbanne.

## En ce moment
- **Doctolib** — Ingénieure backend senior (2021–aujourd'hui). Prise de rendez-vous, Elixir/Phoenix, PostgreSQL. J'ai corrigé une race condition sur la réservation de créneaux qui créait des doublons une fois sur 50 000.
- **OVHcloud** — Développeuse backend (2018–2021). API de facturation ; runbook « quand `kill -9` est la seule option ».

## Stack
`Go` `Elixir` `PostgreSQL` `RabbitMQ` `Kubernetes` `Terraform`

## Open source
- Mainteneuse de `ecto_fixtures` (800 ⭐).
- Contributions à Oban (file de jobs).

## Engagements
- Référente du réseau LGBT+ interne de Doctolib depuis 2022 — apéros et mentorat.
- Adhérente de Solidaires Informatique.
- Oratrice à ElixirConf EU 2023 : « Idempotence sans douleur ».

## Formation
Diplôme d'ingénieur, INSA Lyon (département Informatique), 2016
""", s=[(H, "Je suis autiste et je travaille mieux en asynchrone"), (D, "Née en 1993"), (S, "Référente du réseau LGBT+ interne de Doctolib depuis 2022"), (TU, "Adhérente de Solidaires Informatique")],
keep=["Ingénieure backend senior", "J'ai corrigé une race condition sur la réservation de créneaux", "quand `kill -9` est la seule option", "Mainteneuse de `ecto_fixtures`", "ElixirConf EU 2023", "Diplôme d'ingénieur, INSA Lyon (département Informatique)", "API de facturation"],
contact=["Camille Perrin", "github.com/cperrin-dev", "camille.perrin@proton.me"]),

dict(id="tech-fr-002", text="""
JULIEN MARCHAND
Ingénieur SRE — Paris 11e — 06 72 18 44 09 — julien.marchand.sre@gmail.com

PROFIL
Douze ans à faire tourner des plateformes à fort trafic, dont six d'astreinte sur des API publiques. Calme en incident, pointilleux sur les post-mortems.

EXPÉRIENCE
Deezer — SRE Staff (2019–aujourd'hui)
 • Exercices de bascule maître/réplique sur les clusters MySQL : bascule moyenne passée de 3 min à 40 s.
 • Réécriture des health checks des load balancers pour ne plus sortir des nœuds sains.
 • Chasse aux processus zombies et orphelins laissés par un vieux wrapper cron.
BlaBlaCar — Ingénieur systèmes (2012–2019)
 • Automatisation Ansible ; supervision des processus parent/enfant avec systemd.

PARCOURS
De février à août 2020, six mois d'arrêt pour une chimiothérapie (lymphome, en rémission depuis). Reprise à mi-temps thérapeutique puis à temps plein.

COMPÉTENCES
Linux, Prometheus, Grafana, SLO et budgets d'erreur, Terraform, Go, Bash

FORMATION
Master Informatique, Université Paris-Saclay, 2011

DIVERS
Papa de deux enfants, donc attaché à une rotation d'astreinte raisonnable. Syndiqué à la CGT chez Deezer, élu au CSE depuis 2021.
""", s=[(H, "six mois d'arrêt pour une chimiothérapie (lymphome, en rémission depuis)"), (H, "Reprise à mi-temps thérapeutique"), (F, "Papa de deux enfants"), (TU, "Syndiqué à la CGT chez Deezer, élu au CSE depuis 2021")],
keep=["SRE Staff", "Exercices de bascule maître/réplique sur les clusters MySQL", "Réécriture des health checks des load balancers", "Chasse aux processus zombies et orphelins", "supervision des processus parent/enfant avec systemd", "Master Informatique, Université Paris-Saclay", "SLO et budgets d'erreur"],
contact=["JULIEN MARCHAND", "Paris 11e", "06 72 18 44 09", "julien.marchand.sre@gmail.com"]),

dict(id="tech-fr-003", text="""
CURRICULUM VITAE
Nom : EL AMRANI    Prénom : Youssef
Date de naissance : 23/04/1991 à Casablanca
Situation familiale : Marié, deux enfants
Adresse : 27, rue Ibnou Mounir, Maârif, Casablanca
Tél : +212 6 61 34 28 90   E-mail : youssef.elamrani.data@gmail.com

OBJECTIF
Mettre le machine learning au service de décisions fiables et équitables.

EXPÉRIENCE PROFESSIONNELLE
Data Scientist senior — OCP Group, Casablanca (2020 – aujourd'hui)
- Modèles de prévision de la demande d'engrais (LightGBM, Prophet) pour 40 marchés.
- Algorithmes génétiques pour optimiser le planning des trains de phosphate.
Consultant data — Capgemini Maroc, Rabat (2016 – 2020)
- Audit de biais ethnique d'un modèle de recrutement (mission client) pour un groupe bancaire européen.
- Modèles d'attrition pour un opérateur télécom (PySpark).

FORMATION
Diplôme d'ingénieur d'État, ENSIAS Rabat, 2015

COMPÉTENCES
Python, SQL, PySpark, scikit-learn, PyTorch, MLflow, inférence causale

LANGUES
Arabe, amazigh (tachelhit, langue maternelle), français, anglais

DIVERS
Musulman pratiquant ; bénévole à l'association de la mosquée de quartier pour le soutien scolaire en maths.
""", s=[(D, "Date de naissance : 23/04/1991"), (F, "Situation familiale : Marié, deux enfants"), (R, "Musulman pratiquant"), (R, "bénévole à l'association de la mosquée de quartier")],
keep=["Data Scientist senior — OCP Group", "Algorithmes génétiques pour optimiser le planning des trains de phosphate", "Audit de biais ethnique d'un modèle de recrutement (mission client)", "Consultant data — Capgemini Maroc", "Diplôme d'ingénieur d'État, ENSIAS Rabat", "Python, SQL, PySpark, scikit-learn, PyTorch, MLflow"],
contact=["EL AMRANI", "Youssef", "27, rue Ibnou Mounir, Maârif, Casablanca", "+212 6 61 34 28 90", "youssef.elamrani.data@gmail.com"]),

dict(id="tech-fr-004", text="""
Maxime Gagnon-Lavoie — Pentesteur applicatif
Montréal (Rosemont) · maxime@gagnonsec.ca · 514 555-0173 · github.com/mglsec

Résumé
Testeur d'intrusion web et mobile, OSCP et OSWE. Je trouve les failles avant les autres et j'écris des rapports que les devs lisent vraiment.

Expérience
GoSecure — Conseiller principal en sécurité offensive (2019–auj.)
  - Plus de 70 tests d'intrusion ; trouvailles notables : une injection SQL en aveugle dans un résolveur GraphQL et un SSRF vers les métadonnées infonuagiques.
  - Banc d'essai d'empreinte de navigateur (browser fingerprinting) pour montrer aux clients comment le pistage survit au vidage des témoins.
Desjardins — Analyste sécurité (2016–2019)

Certifications : OSCP, OSWE, GWAPT

Conférences
  - NorthSec 2022 : « Du script kiddie au consultant ». J'y ai raconté mon propre parcours : à 17 ans, une condamnation en chambre de la jeunesse pour intrusion dans le réseau de ma polyvalente, puis 100 heures de travaux communautaires.
  - Hackfest Québec 2023 : atelier CTF pour débutants.

Formation
Baccalauréat en génie logiciel, ÉTS, 2016

Implication
Militant de Québec solidaire, responsable numérique de l'association de circonscription de Rosemont.
""", s=[(D, "à 17 ans"), (C, "une condamnation en chambre de la jeunesse pour intrusion dans le réseau de ma polyvalente"), (C, "100 heures de travaux communautaires"), (P, "Militant de Québec solidaire, responsable numérique de l'association de circonscription de Rosemont")],
keep=["Conseiller principal en sécurité offensive", "une injection SQL en aveugle dans un résolveur GraphQL", "Banc d'essai d'empreinte de navigateur (browser fingerprinting)", "Analyste sécurité", "OSCP, OSWE, GWAPT", "Baccalauréat en génie logiciel, ÉTS", "atelier CTF pour débutants"],
contact=["Maxime Gagnon-Lavoie", "maxime@gagnonsec.ca", "514 555-0173", "github.com/mglsec"]),

dict(id="tech-fr-005", text="""
MAMADOU LAMINE DIALLO
Technicien support informatique
Cité Keur Gorgui, Villa 112, Dakar — 77 641 28 03 — mamadou.l.diallo@gmail.com

ÉTAT CIVIL
Né le 08 janvier 1995 à Kolda — Sénégalais — Peul — Marié, un enfant

PROFIL
Technicien support avec six ans d'expérience en banque et en télécoms : Windows, Active Directory, Microsoft 365, imprimantes et réseau local pour plus de 800 utilisateurs.

EXPÉRIENCE
Ecobank Sénégal — Technicien support N2 (2020 – à ce jour)
• Support de 25 agences ; résolution moyenne des tickets en moins de 4 heures.
• Déploiement du SDK de connexion biométrique sur les postes des guichetiers (intégration et tests).
• Scripts PowerShell pour tuer les processus parent/enfant bloqués des applis métier.
Sonatel — Technicien helpdesk (2017 – 2020)
• Masterisation et mises à jour de 500 postes ; dépannage LAN/WAN.

FORMATION
Licence professionnelle Réseaux et télécoms, ESP Dakar, 2017
CompTIA A+, ITIL 4 Foundation

CENTRES D'INTÉRÊT
Football, lecture, et la daara du quartier où j'enseigne l'informatique aux talibés le week-end. Je suis talibé mouride et je me rends chaque année au Magal de Touba.
""", s=[(D, "Né le 08 janvier 1995"), (E, "Sénégalais — Peul"), (F, "Marié, un enfant"), (R, "la daara du quartier où j'enseigne l'informatique aux talibés le week-end"), (R, "Je suis talibé mouride et je me rends chaque année au Magal de Touba")],
keep=["Technicien support N2", "Déploiement du SDK de connexion biométrique sur les postes des guichetiers", "tuer les processus parent/enfant bloqués des applis métier", "Technicien helpdesk", "Licence professionnelle Réseaux et télécoms, ESP Dakar", "CompTIA A+, ITIL 4 Foundation"],
contact=["MAMADOU LAMINE DIALLO", "Cité Keur Gorgui, Villa 112, Dakar", "77 641 28 03", "mamadou.l.diallo@gmail.com"]),

dict(id="tech-fr-006", text="""
Arnaud Vandenberghe
Product Manager senior · Bruxelles
arnaud.vdb@fastmail.com · +32 478 55 21 90 · linkedin.com/in/arnaudvdb

Je construis des produits B2B qu'on peut utiliser sans formation. Huit ans de PM, dont quatre en fintech.

EXPÉRIENCE
Belfius — Product Manager senior, app mobile (2021–auj.)
- Parcours de souscription d'assurance ; taux de complétion +12 points.
- Réorganisation de 5 équipes selon le modèle Spotify (squads, tribus, guildes), puis retour en arrière sur les tribus.
Odoo — Product Owner, comptabilité (2017–2021)
- Lettrage automatique ; tests de stress « party mode » avant chaque clôture annuelle.

FORMATION
Ingénieur de gestion, Solvay Brussels School, 2015
Professional Scrum Product Owner I

QUELQUES CHOSES EN PLUS
- J'ai un TDAH diagnostiqué à 30 ans ; mon agenda est le plus organisé de la boîte.
- Mon mari Pieter et moi accueillons des chiens de refuge.
- Membre d'Ecolo et suppléant sur la liste communale à Ixelles en 2018.

Langues : français, néerlandais, anglais.
""", s=[(H, "J'ai un TDAH"), (D, "diagnostiqué à 30 ans"), (S, "Mon mari Pieter"), (P, "Membre d'Ecolo et suppléant sur la liste communale à Ixelles en 2018")],
keep=["Product Manager senior, app mobile", "Réorganisation de 5 équipes selon le modèle Spotify (squads, tribus, guildes)", "tests de stress « party mode »", "Product Owner, comptabilité", "Ingénieur de gestion, Solvay Brussels School", "Professional Scrum Product Owner I"],
contact=["Arnaud Vandenberghe", "arnaud.vdb@fastmail.com", "+32 478 55 21 90", "linkedin.com/in/arnaudvdb"]),

dict(id="tech-fr-007", text="""
Léa Rochat
Designer UX & accessibilité
Carouge (GE) · lea.rochat.ux@gmail.com · +41 79 412 33 06 · learochat.ch

À propos
Je suis malentendante appareillée depuis l'enfance : je lis sur les lèvres et je préfère le chat aux appels. Cela fait de moi une designer très attentive à l'accessibilité. Nationalité : franco-suisse.

Expériences
Swisscom — Senior UX Designer (2021–2024)
  ▸ Pilotage de l'audit lecteur d'écran avec des usagers sourds et aveugles (travail d'accessibilité) de l'app My Swisscom ; 96 anomalies corrigées.
  ▸ Refonte du parcours de changement d'abonnement.
Les Retraites Populaires — UX Designer (2018–2021)
  ▸ Design system Figma avec états de focus et jetons de contraste documentés.

Projets
  ▸ « SousTitre », extension Figma qui génère des maquettes de sous-titres (700 installations).

Formation
Bachelor en communication visuelle, HEAD Genève, 2017
CAS en accessibilité numérique, HES-SO, 2020

Vie perso
Maman solo de deux garçons, donc présentielle le mardi et le jeudi uniquement.

Outils : Figma, Maze, axe DevTools, VoiceOver, NVDA
""", s=[(H, "Je suis malentendante appareillée depuis l'enfance"), (E, "Nationalité : franco-suisse"), (F, "Maman solo de deux garçons")],
keep=["Senior UX Designer", "audit lecteur d'écran avec des usagers sourds et aveugles (travail d'accessibilité)", "Refonte du parcours de changement d'abonnement", "Design system Figma avec états de focus", "Bachelor en communication visuelle, HEAD Genève", "CAS en accessibilité numérique, HES-SO"],
contact=["Léa Rochat", "Carouge (GE)", "lea.rochat.ux@gmail.com", "+41 79 412 33 06", "learochat.ch"]),

dict(id="tech-fr-008", text="""
Kévin Lemaire — Testeur QA (junior)
Marseille 3e · 06 18 27 90 44 · kevin.lemaire.qa@gmail.com · github.com/klemaire-tests

Qui je suis
J'ai 35 ans et je suis arrivé dans la tech par une porte peu courante : j'ai appris à coder pendant ma détention au centre pénitentiaire des Baumettes, grâce à un atelier de programmation en détention. Sorti en 2021. Je suis aussi abstinent depuis cinq ans après une dépendance à l'alcool, suivi en CSAPA, et ça m'a appris la rigueur.

Formation
Simplon — Développeur web et web mobile (titre RNCP niveau 5), 2021-2022

Expérience
La Plateforme — Testeur QA (2022–aujourd'hui)
 - Automatisation de 350 tests de non-régression avec Playwright ; taux de tests instables passé sous 1 %.
 - Tests de charge k6 simulant des pics de trafic à 20 fois la normale.
Freelance — testeur manuel sur Testeum (2021–2022)

Projets
 - `flakyfinder` : CLI qui relance les suites Jest et classe les tests instables.

Certification : ISTQB niveau Fondation
""", s=[(D, "J'ai 35 ans"), (C, "pendant ma détention au centre pénitentiaire des Baumettes"), (C, "Sorti en 2021"), (H, "abstinent depuis cinq ans après une dépendance à l'alcool, suivi en CSAPA")],
keep=["Simplon — Développeur web et web mobile (titre RNCP niveau 5)", "Automatisation de 350 tests de non-régression avec Playwright", "Tests de charge k6", "testeur manuel sur Testeum", "`flakyfinder`", "ISTQB niveau Fondation"],
contact=["Kévin Lemaire", "Marseille 3e", "06 18 27 90 44", "kevin.lemaire.qa@gmail.com", "github.com/klemaire-tests"]),

dict(id="tech-fr-009", text="""
Sébastien Favre
Directeur technique (CTO)
Lausanne · sebastien.favre@favre-tech.ch · +41 78 660 14 52 · linkedin.com/in/sfavre-cto

RÉSUMÉ
CTO ayant accompagné deux start-up de l'amorçage à la série B. J'aime recruter avec soin, livrer souvent et garder l'architecture aussi simple que le métier le permet.

EXPÉRIENCE
Nagra Kudelski — VP Engineering, sécurité des contenus (2020–auj.)
  • 70 ingénieurs sur trois sites ; certification ISO 27001 en 18 mois.
  • Architecture de watermarking vidéo et détection de piratage en temps réel.
  • Choix d'un SDK de connexion biométrique (passkeys) plutôt que les codes SMS.
Flyability — CTO (2016–2020)
  • Logiciel embarqué de drones d'inspection ; équipe passée de 4 à 30.
Logitech — Ingénieur logiciel (2010–2016)
  • Firmware de périphériques sans fil ; tests de robustesse radio.

FORMATION
Master en informatique, EPFL, 2010

CONSEILS ET MANDATS
Membre du comité de Swiss ICT ; mentor au Venture Lab de l'EPFL.

CONFÉRENCES
Swiss Cyber Security Days 2023 : « Empreinte de navigateur et vie privée, un faux dilemme ».

LANGUES
Français, anglais, allemand (courant).

LOISIRS
Ski de randonnée, voile sur le Léman, restauration d'horloges anciennes.
""", s=[],
keep=["VP Engineering, sécurité des contenus", "Architecture de watermarking vidéo et détection de piratage en temps réel", "Choix d'un SDK de connexion biométrique (passkeys)", "Logiciel embarqué de drones d'inspection", "Master en informatique, EPFL", "Membre du comité de Swiss ICT", "Empreinte de navigateur et vie privée, un faux dilemme"],
contact=["Sébastien Favre", "sebastien.favre@favre-tech.ch", "+41 78 660 14 52", "linkedin.com/in/sfavre-cto"]),

dict(id="tech-fr-010", text="""
Amira Ben Salah
Développeuse web junior — Tunis
amira.bensalah.dev@gmail.com | +216 22 418 733 | github.com/amirabs

Profil
Développeuse JavaScript/React sortie de la GoMyCode Academy, 24 ans, passionnée par les interfaces accessibles.

Expérience
Vermeg — Développeuse front-end (stage puis CDD, 2023–auj.)
- Écrans de back-office en Angular pour une plateforme d'assurance.
- Typage strict avec des types union en TypeScript ; tests avec Jest.
Freelance (2022–2023)
- Sites vitrines pour des artisans de la médina ; Next.js et Strapi.

Hackathons
- 1re place, Hackathon Orange Summer Challenge 2022 — « Sahti », appli de rendez-vous en dispensaire.
- Finaliste du Tunisia Digital Summit Hackathon 2023.

Formation
GoMyCode — Full-Stack JavaScript, 2022
Licence en informatique de gestion, ISG Tunis, 2021

Engagements
- Membre de la section jeunes de l'UGTT à Vermeg.
- Bénévole au Forum tunisien des droits économiques et sociaux pour leur site web.
- Je porte le voile et je fais le ramadan ; j'organise mes sprints en conséquence.
""", s=[(D, "24 ans"), (TU, "Membre de la section jeunes de l'UGTT à Vermeg"), (R, "Je porte le voile et je fais le ramadan")],
keep=["Développeuse front-end (stage puis CDD", "Typage strict avec des types union en TypeScript", "Écrans de back-office en Angular pour une plateforme d'assurance", "1re place, Hackathon Orange Summer Challenge 2022", "GoMyCode — Full-Stack JavaScript", "Licence en informatique de gestion, ISG Tunis"],
contact=["Amira Ben Salah", "amira.bensalah.dev@gmail.com", "+216 22 418 733", "github.com/amirabs"]),
]
