# casual-fr-001 .. 010 (écrits à la main ; voir ../README.md)
CVS = [
# 001 LinkedIn, Paris product designer (franglais start-up)
dict(text="""
Camille Ferrand
Product Designer @ Alan | UX research • Design System • Figma addict 🎨
Paris, Île-de-France · linkedin.com/in/camilleferrand-design

Infos
Hello ! Moi c'est Camille, 31 ans, product designer depuis 7 ans dans la start-up nation 🚀. Je shippe des features qui ont du sens, je challenge les roadmaps (gentiment) et je documente religieusement chaque décision dans Notion. Mon parti pris : une interface moche mais testée vaut mieux qu'un Dribbble shot jamais utilisé.

Côté perso : PACSée avec Julie depuis 2021, deux chats, beaucoup trop de plantes. Je suis reconnue RQTH (maladie de Crohn), donc le full remote 2 jours/semaine c'est un vrai plus pour moi — et ça ne change rien à ma vélocité, promis.

Expérience
Product Designer — Alan · CDI · mars 2022 – aujourd'hui
• Refonte du parcours de remboursement santé : -30 % de tickets support
• Owner du Design System (120 composants, tokens, dark mode)
• Coup de cœur du jury interne au hackathon 2023
UX/UI Designer — Doctolib · 2019 – 2022
• Prise de RDV téléconsultation, tests utilisateurs avec 60 patients
UX Designer junior — Publicis Sapient · 2017 – 2019

Formation
Master Design d'interaction — Strate École de Design (2017)

Compétences
Figma · UX research · Design System · Maze · prototypage · facilitation d'ateliers
""",
sensitive=[("D", "31 ans"), ("S", "PACSée avec Julie"), ("H", "reconnue RQTH"), ("H", "maladie de Crohn")],
keep=["Product Designer — Alan", "je documente religieusement chaque décision dans Notion", "Mon parti pris",
      "Refonte du parcours de remboursement santé", "Coup de cœur du jury interne au hackathon 2023",
      "UX/UI Designer — Doctolib", "Master Design d'interaction — Strate École de Design", "UX Designer junior — Publicis Sapient"],
contact=["Camille Ferrand", "linkedin.com/in/camilleferrand-design"]),

# 002 Indeed, Lyon chef de rang
dict(text="""
CV — Karim Benali
Chef de rang / Serveur confirmé · Lyon 7e · 06 52 18 44 90 · karim.benali.pro@gmail.com

Profil
Né à Oran en 92, 12 ans de salle derrière moi. Sourire, rapidité, mémoire des tables : c'est ma marque de fabrique. Papa de deux petites, je cherche un poste stable en CDI, idéalement coupure courte.

Expériences
Chef de rang — Brasserie Georges, Lyon · 2019 – aujourd'hui
- Rang de 40 couverts, jusqu'à 600 couverts/jour le samedi
- Organisation de soirées privées jusqu'à 200 personnes (mariages, séminaires)
- Animation de la « fièvre du samedi soir », notre soirée disco mensuelle 🕺
Serveur — Le Bouchon des Filles · 2015 – 2019
- Accords mets-vins, dégustation à l'aveugle avec le sommelier chaque lundi

Formation
CAP Commercialisation et services en HCR — Lycée hôtelier François Rabelais, Dardilly
Permis de former · Formation HACCP

À savoir
Je jeûne pendant le Ramadan : le service du soir me va alors parfaitement, je prends volontiers les fermetures.
J'ai une mention au casier (conduite sans permis, 2015) — je préfère le dire tout de suite, c'est réglé depuis longtemps et j'ai mon permis depuis 2016.

Langues : français, arabe, anglais (niveau resto 😄)
""",
sensitive=[("E", "Né à Oran"), ("D", "en 92"), ("F", "Papa de deux petites"), ("R", "Je jeûne pendant le Ramadan"),
           ("C", "J'ai une mention au casier (conduite sans permis, 2015)")],
keep=["Chef de rang — Brasserie Georges, Lyon", "Organisation de soirées privées jusqu'à 200 personnes",
      "« fièvre du samedi soir », notre soirée disco mensuelle", "dégustation à l'aveugle",
      "CAP Commercialisation et services en HCR", "Permis de former", "Formation HACCP", "Accords mets-vins"],
contact=["Karim Benali", "Lyon 7e", "06 52 18 44 90", "karim.benali.pro@gmail.com"]),

# 003 Malt, Nantes dev back-end freelance (tutoiement)
dict(text="""
Malt — Profil freelance
Thomas Guérin · Développeur Back-end Python / Django · Nantes (remote OK)
TJM 550 € · ⭐ 5.0 (23 missions) · Super Malter

Hello 👋
Tu cherches quelqu'un pour remettre d'aplomb ton back-end, industrialiser ta CI ou scaler ton API avant le Black Friday ? C'est mon kiff. 10 ans de Python dont 4 en freelance, évangéliste Python assumé, et je tutoie tout le monde dès le premier call (tu peux faire pareil).

Comment je bosse
→ Daily async sur Slack, démo chaque vendredi
→ Je documente tout, tests d'abord
→ TDAH diagnostiqué à 30 ans : je bosse en blocs de focus, donc je réponds par vagues, mais je réponds toujours 😉

Missions récentes
• Back-end d'une marketplace de seconde main — 2M users, passage à Postgres 15
• Refonte de l'API de paiement pour une fintech nantaise
• Health-check et monitoring Grafana pour une scale-up e-santé
• Union de deux bases clients après une fusion (dédoublonnage de 800k lignes)

Avant le freelance
Dev back-end chez Capgemini (2014–2020) — où j'étais aussi délégué syndical Solidaires Informatique pendant 3 ans.

Stack
Python, Django, FastAPI, PostgreSQL, Redis, Docker, GitLab CI, AWS

Hors écran
Je vis à Rezé avec mon mec et notre chienne, je milite chez EELV (Les Écologistes) et je fais du vélo par tous les temps.
""",
sensitive=[("H", "TDAH diagnostiqué"), ("D", "à 30 ans"), ("T", "délégué syndical Solidaires Informatique"),
           ("S", "avec mon mec"), ("P", "je milite chez EELV (Les Écologistes)")],
keep=["Développeur Back-end Python / Django", "scaler ton API avant le Black Friday", "évangéliste Python assumé",
      "Back-end d'une marketplace de seconde main", "Health-check et monitoring Grafana",
      "Union de deux bases clients après une fusion", "Dev back-end chez Capgemini (2014–2020)", "FastAPI"],
contact=["Thomas Guérin"]),

# 004 Welcome to the Jungle, Bruxelles chargée de comm'
dict(text="""
Welcome to the Jungle — Profil candidat
Grâce Mbuyi · Chargée de communication digitale · Bruxelles (Ixelles)
grace.mbuyi@gmail.com · +32 478 22 91 05 · linkedin.com/in/gracembuyi

Ce que je cherche
Un poste de chargée de comm' dans une boîte à impact (ONG, mutuelle, culture). Temps plein, hybride, et des collègues qui rient.

En deux mots
Belgo-Congolaise née en 1990, maman solo de deux loulous, et accro aux bons visuels. 8 ans d'expérience entre agence et associatif. Je suis militante au PTB depuis mes études — je le mentionne parce que ça se voit sur mon Insta, mais au boulot je suis 100 % pro.

Expériences
Chargée de communication — Mutualité chrétienne (MC), Bruxelles · 2020 – aujourd'hui
• Campagne « check-up santé » pour les 18-25 ans : 40k inscriptions
• Gestion des réseaux sociaux (120k abonnés), newsletter, relations presse
Community manager — Agence Duval Union Consulting · 2016 – 2020
• Black Friday pour 3 enseignes retail, coup de cœur du client Delhaize

Formation
Master en Communication, ULB (2014)

Compétences
Canva, Adobe Suite, Meta Business Suite, rédaction FR/NL, gestion de crise

Perso
Chorale gospel le dimanche à l'église de la Sainte-Croix — ma bouffée d'oxygène 🎶
""",
sensitive=[("E", "Belgo-Congolaise"), ("D", "née en 1990"), ("F", "maman solo de deux loulous"),
           ("P", "Je suis militante au PTB depuis mes études"),
           ("R", "Chorale gospel le dimanche à l'église de la Sainte-Croix")],
keep=["Chargée de communication — Mutualité chrétienne (MC), Bruxelles", "Campagne « check-up santé » pour les 18-25 ans",
      "Community manager — Agence Duval Union Consulting", "Black Friday pour 3 enseignes retail",
      "coup de cœur du client Delhaize", "Master en Communication, ULB", "rédaction FR/NL", "gestion de crise"],
contact=["Grâce Mbuyi", "Bruxelles (Ixelles)", "grace.mbuyi@gmail.com", "+32 478 22 91 05", "linkedin.com/in/gracembuyi"]),

# 005 recherche d'alternance, Marseille (tutoiement, Gen Z)
dict(text="""
Salut ! 👋 Moi c'est Ibrahim Saïd
Recherche alternance BTS NDRC (rentrée septembre) · Marseille 13e
📱 07 68 41 22 09 · ✉️ ibrahim.said.pro@outlook.fr · insta @ibra.vend

Qui je suis
J'ai 19 ans, je suis d'origine comorienne et Marseillais jusqu'au bout des ongles ⚽. Je suis fait pour la vente : je parle à tout le monde, je lâche rien, et j'adore les objectifs chiffrés. Je suis dyslexique, donc j'ai un tiers-temps aux exams, mais à l'oral je suis imbattable 😎.

Expériences
Vendeur (job étudiant) — Foot Locker, Centre Bourse · 2023 – aujourd'hui
- Meilleur vendeur du magasin pendant le Black Friday 2023
- Gestion de la réserve et des arrivages
Équipier polyvalent — McDonald's Plan de Campagne · 2021 – 2023
- Formé à tous les postes, formateur des nouveaux
Stage 3e — Décathlon Bonneveine

Formation
Bac pro Métiers du commerce et de la vente — Lycée Denis Diderot, Marseille (mention bien, 2024)

Ce que tu dois savoir
J'ai eu un rappel à la loi pour une bagarre quand j'avais 16 ans. Depuis, je suis bénévole aux Restos du Cœur et j'encadre les petits au club de foot de mon quartier.

Compétences
Vente conseil, encaissement, Excel (basique), TikTok (expert 😂), anglais B1
""",
sensitive=[("D", "J'ai 19 ans"), ("E", "je suis d'origine comorienne"), ("H", "Je suis dyslexique"),
           ("H", "j'ai un tiers-temps aux exams"), ("C", "un rappel à la loi pour une bagarre"), ("D", "quand j'avais 16 ans")],
keep=["alternance BTS NDRC", "Vendeur (job étudiant) — Foot Locker, Centre Bourse", "Meilleur vendeur du magasin pendant le Black Friday 2023",
      "Équipier polyvalent — McDonald's Plan de Campagne", "Bac pro Métiers du commerce et de la vente",
      "bénévole aux Restos du Cœur", "Vente conseil"],
contact=["Ibrahim Saïd", "Marseille 13e", "07 68 41 22 09", "ibrahim.said.pro@outlook.fr", "@ibra.vend"]),

# 006 LinkedIn, Montréal reconversion barista → dev
dict(text="""
Noémie Fontaine-Vollant
Développeuse web junior | Reconversion 🍵→💻 | Montréal
linkedin.com/in/noemiefv · github.com/noemiefv · 514 555-0143

À propos
Salut! Après 6 ans comme barista pis gérante de café, j'ai fait le saut en programmation. Je suis Innue de Uashat, élevée au Saguenay, installée à Montréal depuis 2016. J'aime le code propre, les équipes bienveillantes et les tests qui passent du premier coup (ça arrive jamais, je sais).

Petite confidence : en 2020 j'ai appris que je suis porteuse de la tyrosinémie — un classique génétique au Saguenay — et ça m'a donné le goût de la bio-info. C'est un peu pour ça que je vise les startups en santé.

Expérience
Développeuse web (stage) — Dialogue Technologies · janv. – mai 2024
• Composants React pour l'app de télémédecine, tests Jest
• Health-check des microservices dans Datadog
Gérante — Café Névé, Plateau Mont-Royal · 2018 – 2023
• Équipe de 9, inventaire, horaires, party de Noël pour 200 invités au bar voisin
• Déléguée syndicale CSN quand on s'est syndiqués en 2021 (première convention!)

Formation
Bootcamp Développement web — Lighthouse Labs (2023)
DEC en sciences humaines — Cégep de Jonquière

Compétences
JavaScript, TypeScript, React, Node.js, PostgreSQL, Git, français/anglais

Perso
Ma blonde Mélanie pis moi, on fait du canot-camping chaque été. J'ai fait du porte-à-porte pour Québec solidaire aux dernières élections.
""",
sensitive=[("E", "Je suis Innue de Uashat"), ("G", "je suis porteuse de la tyrosinémie"), ("T", "Déléguée syndicale CSN"),
           ("S", "Ma blonde Mélanie"), ("P", "J'ai fait du porte-à-porte pour Québec solidaire")],
keep=["Développeuse web (stage) — Dialogue Technologies", "Composants React pour l'app de télémédecine",
      "Health-check des microservices dans Datadog", "Gérante — Café Névé, Plateau Mont-Royal",
      "party de Noël pour 200 invités", "Bootcamp Développement web — Lighthouse Labs",
      "DEC en sciences humaines — Cégep de Jonquière"],
contact=["Noémie Fontaine-Vollant", "linkedin.com/in/noemiefv", "github.com/noemiefv", "514 555-0143"]),

# 007 retour à l'emploi, Toulouse assistante de gestion
dict(text="""
Sandrine Morel — Assistante de gestion / office manager
Toulouse (31) · 06 11 47 83 20 · sandrine.morel31@orange.fr

Mon parcours en bref
15 ans d'expérience en gestion administrative, et une parenthèse que j'assume : après un burn-out en 2020, j'ai pris un congé parental de trois ans pour mes jumeaux. Aujourd'hui je suis reposée, organisée comme jamais et prête à reprendre un poste à temps plein (ou 4/5e au début).

Expériences
2024 – aujourd'hui · Vendeuse (CDD 20 h) — boutique solidaire de la Ligue contre le cancer, Toulouse
  Caisse, tri des dons, tenue du stock : ça m'a remis le pied à l'étrier.
2013 – 2020 · Assistante de gestion — Foncia Toulouse (syndic de copropriété)
  • 45 copropriétés, préparation des AG, appels de fonds
  • Relances impayés, suivi des sinistres avec les assurances
2009 – 2013 · Assistante commerciale — Airbus (via Adecco)
  • Saisie des commandes SAP, suivi fournisseurs

Formation
BTS Assistant de manager — Lycée Ozenne, 2008
Remise à niveau Excel et Pack Office — OpenClassrooms (2024)

Compétences
Pack Office, SAP, logiciels de gestion de copropriété (Vilogi), accueil, organisation d'événements (fête des voisins de la résidence, c'était moi 😄)

Disponibilité : immédiate. Mobilité : Toulouse et proche banlieue.
""",
sensitive=[("H", "après un burn-out en 2020"), ("F", "j'ai pris un congé parental de trois ans pour mes jumeaux")],
keep=["Vendeuse (CDD 20 h) — boutique solidaire de la Ligue contre le cancer, Toulouse",
      "Assistante de gestion — Foncia Toulouse (syndic de copropriété)", "préparation des AG, appels de fonds",
      "Assistante commerciale — Airbus (via Adecco)", "BTS Assistant de manager", "fête des voisins de la résidence",
      "Vilogi", "Relances impayés"],
contact=["Sandrine Morel", "Toulouse (31)", "06 11 47 83 20", "sandrine.morel31@orange.fr"]),

# 008 LinkedIn, Lausanne informaticien CFC
dict(text="""
Rui Carvalho
Informaticien CFC (exploitation & infrastructure) · Lausanne
rui.carvalho@bluewin.ch · 079 512 48 36 · linkedin.com/in/ruicarvalho-it

Résumé
Ancien mécanicien auto reconverti dans l'IT (CFC en 2023, en emploi). Je suis le gars qui aime quand les serveurs tournent et que personne ne s'en rend compte. Né en 1995 à Braga, Portugais avec permis C — pas besoin de permis de travail.

Expérience
Technicien système — Groupe Mutuel, Martigny · 2023 – aujourd'hui
- Gestion du parc (1 400 postes), Intune, scripts PowerShell
- Health-check hebdo des serveurs Windows et rapport au RSSI
Apprenti informaticien — Ville de Lausanne, Service informatique · 2019 – 2023
Mécanicien automobile — Garage Emil Frey, Crissier · 2013 – 2019
- Membre d'Unia pendant toutes ces années au garage, j'ai fait partie de la commission du personnel

Formation
CFC Informaticien orientation exploitation et infrastructure (2023)
CFC Mécanicien en maintenance d'automobiles (2015)
Microsoft Certified: Azure Administrator Associate

À savoir (je préfère être transparent)
J'ai eu une condamnation avec sursis en 2014 (stupéfiants, consommation). Elle n'apparaît plus sur l'extrait de casier judiciaire depuis 2021. Et oui, mes empreintes et ma photo sont dans le système biométrique du SEM pour mon titre de séjour — utile pour les contrôles d'accès, j'ai l'habitude 😅.

Loisirs
Futsal, cuisine portugaise, crash course de japonais sur Duolingo
""",
sensitive=[("D", "Né en 1995"), ("E", "à Braga, Portugais avec permis C"), ("T", "Membre d'Unia pendant toutes ces années au garage"),
           ("C", "une condamnation avec sursis en 2014 (stupéfiants, consommation)"),
           ("C", "Elle n'apparaît plus sur l'extrait de casier judiciaire depuis 2021"),
           ("G", "mes empreintes et ma photo sont dans le système biométrique du SEM")],
keep=["Technicien système — Groupe Mutuel, Martigny", "Health-check hebdo des serveurs Windows",
      "Apprenti informaticien — Ville de Lausanne", "Mécanicien automobile — Garage Emil Frey, Crissier",
      "CFC Informaticien orientation exploitation et infrastructure", "Microsoft Certified: Azure Administrator Associate",
      "crash course de japonais", "scripts PowerShell"],
contact=["Rui Carvalho", "rui.carvalho@bluewin.ch", "079 512 48 36", "linkedin.com/in/ruicarvalho-it"]),

# 009 Indeed, Laval préposée aux bénéficiaires
dict(text="""
Curriculum vitae — Indeed
Nadège Joseph
Préposée aux bénéficiaires (PAB) · Laval, QC · 450 555-0172 · nadege.joseph@hotmail.com

Sommaire
PAB attestée avec 5 ans d'expérience en CHSLD. Patiente, douce, efficace même quand l'étage déborde. Arrivée d'Haïti en 2019 avec ma famille, résidente permanente depuis 2022. Mariée, trois enfants — ils sont grands et autonomes, je suis disponible de soir et de nuit.

Disponibilités
Dimanche au vendredi. Je suis adventiste du septième jour, alors je ne travaille pas du vendredi soir au samedi soir; je compense volontiers avec des fins de semaine le dimanche.

Expérience
Préposée aux bénéficiaires — CHSLD Fernand-Larocque (CISSS de Laval) · 2020 – aujourd'hui
• Soins d'hygiène, mobilisation PDSB, alimentation de 12 résidents par quart
• Accompagnement en fin de vie, lien avec les familles
• Membre du syndicat CSN de l'établissement, je siège au comité SST
Aide-soignante — Hôpital Saint-Damien, Port-au-Prince · 2014 – 2019

Formation
DEP Assistance à la personne en établissement et à domicile — CSS de Laval (2020)
PDSB · RCR / premiers soins · Omega (gestion de crise)

Langues : français, créole haïtien, anglais fonctionnel
""",
sensitive=[("E", "Arrivée d'Haïti en 2019 avec ma famille"), ("E", "résidente permanente depuis 2022"),
           ("F", "Mariée, trois enfants"), ("R", "Je suis adventiste du septième jour"),
           ("T", "Membre du syndicat CSN de l'établissement")],
keep=["Préposée aux bénéficiaires — CHSLD Fernand-Larocque (CISSS de Laval)", "mobilisation PDSB",
      "Accompagnement en fin de vie", "Aide-soignante — Hôpital Saint-Damien, Port-au-Prince",
      "DEP Assistance à la personne en établissement et à domicile", "RCR / premiers soins", "Omega (gestion de crise)"],
contact=["Nadège Joseph", "Laval, QC", "450 555-0172", "nadege.joseph@hotmail.com"]),

# 010 Welcome to the Jungle, Paris growth manager (aucune mention sensible)
dict(text="""
Profil Welcome to the Jungle
Hugo Lefèvre — Growth Marketing Manager
Paris 11e · hugo.lefevre@hey.com · linkedin.com/in/hugolefevre-growth

Mon pitch
Growth hacker repenti devenu growth manager « data-driven mais pas data-obsédé ». 7 ans en start-up B2C et B2B, de la seed à la série C. Je kiffe les boucles d'acquisition, les tests A/B bien designés et les dashboards qui répondent à une vraie question.

Ce que j'ai fait
Growth Marketing Manager — Back Market · 2021 – aujourd'hui
• Owner du funnel paid social (4 M€ de budget annuel), CAC -22 %
• War room Black Friday : +38 % de GMV sur la semaine
• Rédaction de la « bible » du growth interne, onboardée par 40 personnes
Growth Marketer — Qonto · 2018 – 2021
• Lancement de l'offre freelances, 30k ouvertures de compte en 6 mois
• Parti pris assumé : on a coupé 3 canaux qui ne convertissaient pas
Chargé d'acquisition — Meetic · 2017 – 2018

Formation
Master Marketing digital — NEOMA Business School (2017)

Skills
Meta Ads, Google Ads, Amplitude, SQL, Braze, Looker, Figma (juste assez)

Side projects
Newsletter « Croissance & croissants » — 6 000 abonnés, coup de cœur Substack France 2023
Mentor bénévole chez Social Builder

Ce qui me fait vibrer : les lancements de produit, les grèves de la SNCF (j'y ai appris l'agilité), et le vélo.
""",
sensitive=[],
keep=["Growth Marketing Manager — Back Market", "War room Black Friday", "Rédaction de la « bible » du growth interne",
      "Growth Marketer — Qonto", "Parti pris assumé", "Chargé d'acquisition — Meetic",
      "Master Marketing digital — NEOMA Business School", "coup de cœur Substack France 2023",
      "les grèves de la SNCF (j'y ai appris l'agilité)", "Mentor bénévole chez Social Builder"],
contact=["Hugo Lefèvre", "hugo.lefevre@hey.com", "linkedin.com/in/hugolefevre-growth"]),
]
