from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-fr-021", text="""
Chloé Vasseur — Data analyst (Power BI / SQL)
Lille (Wazemmes) · chloe.vasseur.data@outlook.fr · 06 59 30 72 14

Profil
Analyste depuis cinq ans, je transforme des données opérationnelles en tableaux de bord qu'on ouvre vraiment. 29 ans, hybride de préférence.

Expérience
Decathlon Digital — Data analyst (2021–auj.)
• Reporting Power BI sur les stocks magasins ; health checks de fraîcheur des données chaque matin.
• Rapport de vérification d'âge pour la vente en ligne de produits réglementés (données de test uniquement).
• Modélisation en étoile ; mesures DAX relues par l'équipe BI.
Leroy Merlin — BI junior (2019–2021)
• Packages SSIS ; déduplication de clients par union-find.

Formation
Master Statistique et science des données, Université de Lille, 2019
Microsoft Certified : Power BI Data Analyst Associate

En dehors
• Syndiquée à FO chez Decathlon, j'ai été candidate sur la liste du CSE en 2023.
• Adhérente du Parti socialiste et trésorière de la section de Lille-Sud.
• Ma femme Inès et moi encadrons un groupe de parkrun le samedi.
• Ma grand-mère et ma mère ont la maladie de Charcot génétique (mutation C9orf72) ; j'ai choisi de faire le test en 2022.
""", s=[(D, "29 ans"), (TU, "Syndiquée à FO chez Decathlon, j'ai été candidate sur la liste du CSE en 2023"), (P, "Adhérente du Parti socialiste et trésorière de la section de Lille-Sud"), (S, "Ma femme Inès"), (G, "Ma grand-mère et ma mère ont la maladie de Charcot génétique (mutation C9orf72)"), (G, "j'ai choisi de faire le test en 2022")],
keep=["Data analyst", "health checks de fraîcheur des données", "Rapport de vérification d'âge pour la vente en ligne de produits réglementés", "BI junior", "déduplication de clients par union-find", "Master Statistique et science des données, Université de Lille", "Microsoft Certified : Power BI Data Analyst Associate"],
contact=["Chloé Vasseur", "Lille (Wazemmes)", "chloe.vasseur.data@outlook.fr", "06 59 30 72 14"]),

dict(id="tech-fr-022", text="""
Olivier Garnier
Ingénieur logiciel embarqué — Grenoble
olivier.garnier.emb@gmail.com · 06 27 84 15 60 · github.com/ogarnier

PROFIL
Ingénieur C et Rust pour l'embarqué, 11 ans dans les semi-conducteurs et le médical. Temps réel, drivers, mises à jour à distance. Je lis les datasheets pour le plaisir.

EXPÉRIENCE
STMicroelectronics — Ingénieur logiciel embarqué senior (2018–auj.)
 • Bootloader sécurisé pour microcontrôleurs STM32 ; mise à jour A/B avec retour arrière.
 • Correction d'une condition de course dans le passage de relais entre bootloader et application.
 • Watchdog et mécanismes de kill switch revus pour IEC 61508 SIL 2.
Schneider Electric — Ingénieur logiciel (2013–2018)
 • Pile Modbus, MISRA C, bancs HIL.

FORMATION
Diplôme d'ingénieur, Grenoble INP – Ensimag, 2013

OPEN SOURCE
 • Contributions au projet Zephyr RTOS (drivers I2C).
 • Mainteneur d'un petit crate Rust pour la lecture de capteurs BME280.

CONFÉRENCES
 • Embedded Recipes 2022 : « Tuer proprement un processus enfant sur un RTOS ».

COMPÉTENCES
C, Rust, FreeRTOS, Zephyr, Yocto, JTAG, oscilloscope, Python pour les tests

LOISIRS
Alpinisme, photographie argentique, réparation de vieilles radios.
""", s=[],
keep=["Ingénieur logiciel embarqué senior", "Bootloader sécurisé pour microcontrôleurs STM32", "Correction d'une condition de course", "Watchdog et mécanismes de kill switch revus pour IEC 61508 SIL 2", "Diplôme d'ingénieur, Grenoble INP – Ensimag", "Contributions au projet Zephyr RTOS", "Tuer proprement un processus enfant sur un RTOS"],
contact=["Olivier Garnier", "olivier.garnier.emb@gmail.com", "06 27 84 15 60", "github.com/ogarnier"]),

dict(id="tech-fr-023", text="""
CURRICULUM VITAE
Mohamed Ali Jaziri
Route de Gremda km 4, Sfax 3062 — +216 55 902 147 — medali.jaziri@gmail.com
Né le 17/11/1990 à Sfax — Tunisien — Marié, 2 enfants

DÉVELOPPEUR FULL-STACK (PHP / Vue.js)

EXPÉRIENCE
Telnet Holding — Développeur full-stack confirmé (2019 – aujourd'hui)
 - Plateforme de gestion de flotte : Laravel, Vue.js, MySQL ; 12 000 véhicules suivis.
 - Correction d'une race condition sur l'attribution des missions.
 - Mise en place de tests de charge avant chaque saison de moisson.
Sfax Informatique — Développeur web (2015 – 2019)
 - Sites e-commerce sous PrestaShop ; modules de paiement.

FORMATION
Diplôme national d'ingénieur en informatique, ENIS Sfax, 2015

COMPÉTENCES
PHP 8, Laravel, Vue 3, MySQL, Redis, Docker, GitLab CI

SITUATION PARTICULIÈRE
Entre 2011 et 2012 j'ai été détenu huit mois à la prison de Sfax pour avoir participé aux manifestations ; amnistié en 2012. Je prie à la mosquée Sidi Lakhmi le vendredi et je ne suis pas disponible pendant la prière du vendredi.

LANGUES
Arabe, français, anglais (B2)
""", s=[(D, "Né le 17/11/1990"), (E, "Tunisien"), (F, "Marié, 2 enfants"), (C, "j'ai été détenu huit mois à la prison de Sfax pour avoir participé aux manifestations"), (C, "amnistié en 2012"), (R, "Je prie à la mosquée Sidi Lakhmi le vendredi"), (R, "je ne suis pas disponible pendant la prière du vendredi")],
keep=["Développeur full-stack confirmé", "Plateforme de gestion de flotte : Laravel, Vue.js, MySQL", "Correction d'une race condition sur l'attribution des missions", "Mise en place de tests de charge", "Diplôme national d'ingénieur en informatique, ENIS Sfax", "PHP 8, Laravel, Vue 3, MySQL, Redis, Docker"],
contact=["Mohamed Ali Jaziri", "Route de Gremda km 4, Sfax 3062", "+216 55 902 147", "medali.jaziri@gmail.com"]),

dict(id="tech-fr-024", text="""
SACHA MOREAU
Engineering Manager · Nantes
sacha.moreau.em@gmail.com · 06 33 17 48 92 · linkedin.com/in/sachamoreau

RÉSUMÉ
Manager d'équipes d'ingénierie depuis 4 ans, développeur pendant 8 ans avant cela. J'anime des équipes calmes qui livrent chaque semaine. Fort sur le recrutement et la culture d'incident.

EXPÉRIENCE
Lengow — Engineering Manager, plateforme marchands (2020–auj.)
- 2 squads, 12 ingénieurs ; post-mortems sans blâme et budgets d'erreur.
- Réécriture de l'élection de leader Raft du cluster de synchronisation.
- Coprésident du réseau Fierté interne ; je suis bi et j'ai été le premier manager ouvertement LGBT+ du service.
iAdvize — Tech lead (2014–2020)
- Services Kotlin et Kafka ; pipeline de conversations.

FORMATION
Diplôme d'ingénieur, IMT Atlantique, 2012

QUELQUES MOTS DE PLUS
- Adhérent d'Europe Écologie Les Verts, candidat aux municipales à Rezé en 2020.
- Adhérent de Solidaires Informatique.
- En 2011, j'ai eu un rappel à la loi pour dégradation lors d'une action climat.
- Je vis avec une sclérose en plaques rémittente : télétravail deux jours par semaine, s'il vous plaît.

Loisirs : vélo, escalade, fablab Ping.
""", s=[(S, "Coprésident du réseau Fierté interne ; je suis bi et j'ai été le premier manager ouvertement LGBT+ du service"), (P, "Adhérent d'Europe Écologie Les Verts, candidat aux municipales à Rezé en 2020"), (TU, "Adhérent de Solidaires Informatique"), (C, "j'ai eu un rappel à la loi pour dégradation lors d'une action climat"), (H, "Je vis avec une sclérose en plaques rémittente")],
keep=["Engineering Manager, plateforme marchands", "post-mortems sans blâme et budgets d'erreur", "Réécriture de l'élection de leader Raft du cluster de synchronisation", "Tech lead", "Services Kotlin et Kafka ; pipeline de conversations", "Diplôme d'ingénieur, IMT Atlantique"],
contact=["SACHA MOREAU", "sacha.moreau.em@gmail.com", "06 33 17 48 92", "linkedin.com/in/sachamoreau"]),

dict(id="tech-fr-025", text="""
CURRICULUM VITAE

Nom et prénom : Fatima Zahra Alaoui
Date et lieu de naissance : 05/06/1987 à Fès
Nationalité : Marocaine
État civil : Mariée, mère de trois enfants
Adresse : 14, Derb Lamtiyine, Fès Médina
GSM : +212 6 62 48 13 07
E-mail : fz.alaoui.qa@gmail.com

OBJECTIF
Poste de responsable QA pour bâtir des frameworks d'automatisation et encadrer des testeurs.

EXPÉRIENCE (11 ans)
CGI Maroc, Fès Shore — Responsable QA (2016 – à ce jour)
  * Suite de non-régression Selenium + TestNG (2 800 cas) et validation des mises en production.
  * Tests de mutation sur le moteur de calcul de TVA ; 35 tests faibles détectés.
  * Tests boîte noire et boîte blanche pour la facturation électronique.
HPS — Testeuse (2013 – 2016)
  * Tests fonctionnels de la plateforme monétique PowerCARD.

FORMATION
Master Qualité du logiciel, FST Fès, 2012

CERTIFICATIONS
ISTQB Advanced Test Manager

SANTÉ / AUTRES
Mon frère est atteint de mucoviscidose ; je me suis fait tester et je suis porteuse saine.
Membre de la Zaouïa Tijaniya de Fès, où j'anime des cours d'informatique pour femmes.

Langues : arabe, français, anglais
""", s=[(D, "Date et lieu de naissance : 05/06/1987"), (E, "Nationalité : Marocaine"), (F, "État civil : Mariée, mère de trois enfants"), (G, "Mon frère est atteint de mucoviscidose"), (G, "je me suis fait tester et je suis porteuse saine"), (R, "Membre de la Zaouïa Tijaniya de Fès")],
keep=["Responsable QA", "Suite de non-régression Selenium + TestNG (2 800 cas)", "Tests de mutation sur le moteur de calcul de TVA", "Tests boîte noire et boîte blanche pour la facturation électronique", "Tests fonctionnels de la plateforme monétique PowerCARD", "Master Qualité du logiciel, FST Fès", "ISTQB Advanced Test Manager"],
contact=["Fatima Zahra Alaoui", "14, Derb Lamtiyine, Fès Médina", "+212 6 62 48 13 07", "fz.alaoui.qa@gmail.com"]),

dict(id="tech-fr-026", text="""
# Luca Bernasconi

Ingénieur fiabilité (SRE) — Neuchâtel
[luca@bernasconi.dev](mailto:luca@bernasconi.dev) · +41 76 218 90 44 · github.com/lbernasconi

## Expérience
**Swissquote** · SRE senior (2019–auj.)
- Planification de capacité et health checks de la plateforme de trading, 3 centres de données.
- Post-mortem de l'incident de latence de réplique de 2022 ; actions reprises dans la « bible SRE » interne.
- Membre de syndicom et délégué du groupe IT depuis 2021.

**Infomaniak** · Ingénieur systèmes (2015–2019)
- Patching noyau automatisé ; chasse aux processus zombies survivant aux redémarrages.

## Stack
`Go` `Prometheus` `Terraform` `Python` `eBPF` `Ansible`

## Conférences
- SREcon EMEA 2023 — « Budgets de pénibilité ».
- Meetup Queer Tech Suisse romande — une intervention éclair sur mon coming out gay dans une banque.

## Formation
Bachelor en informatique, HE-Arc Neuchâtel, 2015

## Le reste
- Membre des Vert-e-s neuchâtelois, je tiens leur site.
- Mon mari Andrea et moi nous sommes mariés l'an dernier.
- Condamné à une peine pécuniaire avec sursis après un blocage de route climatique en 2021.
- Participant à la Biobanque du CHUV : mon ADN y est conservé pour la recherche.
""", s=[(TU, "Membre de syndicom et délégué du groupe IT depuis 2021"), (S, "mon coming out gay dans une banque"), (P, "Membre des Vert-e-s neuchâtelois"), (S, "Mon mari Andrea"), (C, "Condamné à une peine pécuniaire avec sursis après un blocage de route climatique en 2021"), (G, "mon ADN y est conservé pour la recherche")],
keep=["SRE senior", "Planification de capacité et health checks de la plateforme de trading", "la « bible SRE » interne", "chasse aux processus zombies survivant aux redémarrages", "SREcon EMEA 2023", "Bachelor en informatique, HE-Arc Neuchâtel", "Patching noyau automatisé"],
contact=["Luca Bernasconi", "luca@bernasconi.dev", "+41 76 218 90 44", "github.com/lbernasconi"]),

dict(id="tech-fr-027", text="""
Hélène Carpentier
Architecte solutions cloud — Bordeaux
helene.carpentier.arch@gmail.com · 06 71 25 38 40

Profil
Architecte solutions, 14 ans dans l'intégration dont six à concevoir des landing zones AWS et Azure pour la distribution et la logistique. J'écris des ADR courts et je préfère retirer un composant qu'en ajouter un.

Expérience
Cdiscount — Architecte solutions principale (2019–auj.)
• Architecture cible du SI logistique : événementiel, 8 entrepôts.
• Suppression de la terminologie maître/esclave dans nos runbooks (désormais primaire/réplique) ; migration Oracle vers Aurora.
• Création du comité d'architecture ; 90 % des décisions documentées en ADR.
Sopra Steria — Architecte intégration (2014–2019)
• Couche d'intégration MuleSoft pour la facturation d'un client énergie.
• Gestion des files de lettres mortes et budgets de rejeu.

Certifications
AWS Certified Solutions Architect – Professional ; TOGAF 9

Formation
Diplôme d'ingénieur, ENSEIRB-MATMECA, 2010

Hors travail
Catholique engagée, je chante dans la chorale de ma paroisse à Saint-Seurin et je fais partie d'une équipe Notre-Dame avec mon époux. Militante Renaissance, responsable numérique du comité de Bordeaux-Centre. Suivie depuis 2020 pour un trouble anxieux généralisé, ce qui ne m'empêche pas d'être d'astreinte.
""", s=[(R, "Catholique engagée, je chante dans la chorale de ma paroisse à Saint-Seurin"), (R, "une équipe Notre-Dame"), (F, "avec mon époux"), (P, "Militante Renaissance, responsable numérique du comité de Bordeaux-Centre"), (H, "Suivie depuis 2020 pour un trouble anxieux généralisé")],
keep=["Architecte solutions principale", "Suppression de la terminologie maître/esclave dans nos runbooks", "Création du comité d'architecture", "Architecte intégration", "Gestion des files de lettres mortes et budgets de rejeu", "AWS Certified Solutions Architect – Professional ; TOGAF 9", "Diplôme d'ingénieur, ENSEIRB-MATMECA"],
contact=["Hélène Carpentier", "helene.carpentier.arch@gmail.com", "06 71 25 38 40"]),

dict(id="tech-fr-028", text="""
Ousmane Sarr
Développeur backend (Python / Go) — Thiès / télétravail
ousmane.sarr.dev@gmail.com · +221 77 308 52 61 · github.com/osarr

À propos
Sérère, né à Fatick, je suis développeur backend autodidacte ; j'ai appris sur un ordinateur prêté dans un cybercafé. Catholique, je chante à la chorale de la cathédrale de Thiès le dimanche.

Expérience
Wave Mobile Money — Ingénieur backend (télétravail, 2021–auj.)
- Microservices Go pour les transferts ; correction d'une fuite de goroutines et d'une race condition dans le limiteur de débit.
- Health checks et arrêt gracieux pour que Kubernetes ne tue plus les pods en pleine requête.
Senelec — Stagiaire informatique (2019–2020)
- API de vente de crédit Woyofal ; déploiements blue/green.

Formation
Licence en informatique, Université Iba Der Thiam de Thiès, 2020

Engagements
- Membre du SYNTIC (syndicat des travailleurs des TIC) depuis mon passage à Senelec.
- Responsable numérique de la coalition Taxawu Sénégal pour les locales de 2022.
- En 2018, j'ai passé trois mois en détention provisoire au camp pénal de Thiès ; l'affaire a été classée. J'en parle parce que c'est pour ça que je m'intéresse à la legal tech.
- Donneur de sang régulier ; ma carte d'identité biométrique CEDEAO m'a été délivrée avec empreintes en 2017, comme à tout le monde.
""", s=[(E, "Sérère"), (R, "Catholique, je chante à la chorale de la cathédrale de Thiès le dimanche"), (TU, "Membre du SYNTIC (syndicat des travailleurs des TIC)"), (P, "Responsable numérique de la coalition Taxawu Sénégal pour les locales de 2022"), (C, "j'ai passé trois mois en détention provisoire au camp pénal de Thiès"), (G, "ma carte d'identité biométrique CEDEAO m'a été délivrée avec empreintes en 2017")],
keep=["Ingénieur backend (télétravail, 2021–auj.)", "correction d'une fuite de goroutines et d'une race condition dans le limiteur de débit", "Health checks et arrêt gracieux", "Stagiaire informatique", "API de vente de crédit Woyofal ; déploiements blue/green", "Licence en informatique, Université Iba Der Thiam de Thiès"],
contact=["Ousmane Sarr", "Thiès / télétravail", "ousmane.sarr.dev@gmail.com", "+221 77 308 52 61", "github.com/osarr"]),

dict(id="tech-fr-029", text="""
Gabrielle Pelletier-Nguyen
Programmeuse gameplay et outils — Montréal (Mile End)
gabrielle.pn@protonmail.com · 514 555-0191 · github.com/gpelletiernguyen · itch.io/gabpn

RÉSUMÉ
Programmeuse gameplay C++ et Unreal, 8 ans, 3 titres AAA livrés. J'aime les outils qui accélèrent les designers.

EXPÉRIENCE
Behaviour Interactive — Programmeuse gameplay principale (2019–auj.)
 - Systèmes de combat pour Dead by Daylight ; réglage des patrouilles d'IA par algorithme génétique.
 - Tests de stress en « mode fête » avec 64 bots pour reproduire les désynchronisations.
 - Active au Syndicat des travailleurs et travailleuses du jeu vidéo (STTJV) depuis sa fondation.
Eidos-Montréal — Programmeuse gameplay (2016–2019)
 - Outils de script en Python pour les level designers.

GAME JAMS
 - Global Game Jam 2023 (site de Montréal) — « Racines », meilleure utilisation du thème.
 - Mon jeu indé « Fantômes queer du Mile End » raconte ma première année comme lesbienne assumée en ville.

FORMATION
Baccalauréat en génie logiciel, Université Concordia, 2016

AUTRES
 - Bénévole pour le Parti Québécois dans Rosemont pendant la campagne de 2022.
 - Dossier de jeune contrevenante (vol à l'étalage, 2008), scellé en vertu de la LSJPA.
 - Mon père est atteint de la maladie de Huntington ; je fais partie d'une cohorte de recherche en conseil génétique.
 - 32 ans, vietnamienne par ma mère.
""", s=[(TU, "Active au Syndicat des travailleurs et travailleuses du jeu vidéo (STTJV) depuis sa fondation"), (S, "ma première année comme lesbienne assumée"), (P, "Bénévole pour le Parti Québécois dans Rosemont pendant la campagne de 2022"), (C, "Dossier de jeune contrevenante (vol à l'étalage, 2008), scellé en vertu de la LSJPA"), (G, "Mon père est atteint de la maladie de Huntington"), (G, "je fais partie d'une cohorte de recherche en conseil génétique"), (D, "32 ans"), (E, "vietnamienne par ma mère")],
keep=["Programmeuse gameplay principale", "réglage des patrouilles d'IA par algorithme génétique", "Tests de stress en « mode fête » avec 64 bots", "Outils de script en Python pour les level designers", "Global Game Jam 2023", "Baccalauréat en génie logiciel, Université Concordia", "Fantômes queer du Mile End"],
contact=["Gabrielle Pelletier-Nguyen", "gabrielle.pn@protonmail.com", "514 555-0191", "github.com/gpelletiernguyen", "itch.io/gabpn"]),

dict(id="tech-fr-030", text="""
Noémie Python-Rey
Product Owner technique · Fribourg
noemie.pythonrey@gmail.com | +41 79 305 62 18

Bonjour ! Product owner avec un passé de développeuse (Java puis Angular) et six ans dans le logiciel médical.

OÙ J'AI TRAVAILLÉ
Ypsomed (Berthoud) — Product Owner technique (2020–)
 ▹ Responsable du backlog du portail clinicien d'une application de suivi du diabète pour un client medtech.
 ▹ Pilote du modèle Spotify (squads, tribus, guildes) sur 40 ingénieurs, résultats mitigés.
 ▹ Exigences réglementaires : IEC 62304, RGPD/LPD.
Groupe Mutuel (Martigny) — Développeuse (2016–2020)
 ▹ Front-ends Angular pour les espaces assurés.

FORMATION
Bachelor en informatique de gestion, HEG Fribourg, 2016
Professional Scrum Product Owner I & II

CE QU'ON ME DEMANDE SOUVENT
 ▹ Yéniche par mon père, j'ai cofondé un programme de mentorat tech avec l'association Radgenossenschaft.
 ▹ Membre d'Unia depuis mon apprentissage.
 ▹ J'ai fait campagne pour le PS fribourgeois aux cantonales de 2021.
 ▹ Ma copine Aline est infirmière : nous sommes un foyer d'horaires décalés.
 ▹ Je suis la proche aidante de ma mère depuis le décès de mon père.
 ▹ Messe le dimanche, chant grégorien le jeudi.
""", s=[(E, "Yéniche par mon père"), (TU, "Membre d'Unia depuis mon apprentissage"), (P, "J'ai fait campagne pour le PS fribourgeois aux cantonales de 2021"), (S, "Ma copine Aline"), (F, "Je suis la proche aidante de ma mère depuis le décès de mon père"), (R, "Messe le dimanche")],
keep=["Product Owner technique", "application de suivi du diabète pour un client medtech", "Pilote du modèle Spotify (squads, tribus, guildes)", "Exigences réglementaires : IEC 62304, RGPD/LPD", "Front-ends Angular pour les espaces assurés", "Bachelor en informatique de gestion, HEG Fribourg", "Professional Scrum Product Owner I & II"],
contact=["Noémie Python-Rey", "noemie.pythonrey@gmail.com", "+41 79 305 62 18"]),
]
