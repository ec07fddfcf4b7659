# casual-fr-011 .. 020 (écrits à la main ; voir ../README.md)
CVS = [
# 011 LinkedIn, Paris senior data scientist
dict(text="""
Léa Cohen-Sarfati
Senior Data Scientist @ Doctolib | NLP · MLOps · #WomenInTech
Paris · linkedin.com/in/leacohensarfati · github.com/lcohens

Infos
Data scientist depuis 8 ans, j'aime les modèles qui partent en prod et les métriques qui parlent au business. Speaker à Women in Data, mentor chez Simplon.

Transparence totale parce que je déteste les non-dits : je suis en pleine PMA avec ma femme, donc quelques rendez-vous médicaux le matin dans les mois qui viennent. Et comme on a fait le bilan génétique, j'ai appris que je suis porteuse saine de la mucoviscidose — rien à voir avec le boulot, mais ça explique pourquoi je parle de génomique avec autant de passion 😅.

Expérience
Senior Data Scientist — Doctolib · 2021 – aujourd'hui
• Modèle NLP de tri des motifs de consultation (F1 0,91), 40M RDV/an
• Health-check des modèles en prod (drift, data quality) sur Airflow
Data Scientist — Criteo · 2017 – 2021
• Enchères temps réel, pics du Black Friday, A/B tests à grande échelle

Formation
Diplôme d'ingénieur — ENSAE Paris (2016)
Certificat « Genomics data science » — Coursera / Johns Hopkins

Compétences
Python, PyTorch, Hugging Face, SQL, Airflow, MLflow, GCP

Perso
33 ans. Je ne travaille pas le jour de Kippour (une journée par an, promis). Escalade, romans de SF, et la meilleure carrot cake du 11e.
""",
sensitive=[("F", "en pleine PMA"), ("S", "avec ma femme"), ("G", "on a fait le bilan génétique"),
           ("G", "porteuse saine de la mucoviscidose"), ("D", "33 ans"), ("R", "Je ne travaille pas le jour de Kippour")],
keep=["Senior Data Scientist — Doctolib", "Modèle NLP de tri des motifs de consultation", "Health-check des modèles en prod",
      "Data Scientist — Criteo", "pics du Black Friday", "Diplôme d'ingénieur — ENSAE Paris",
      "Certificat « Genomics data science » — Coursera / Johns Hopkins", "mentor chez Simplon", "#WomenInTech"],
contact=["Léa Cohen-Sarfati", "linkedin.com/in/leacohensarfati", "github.com/lcohens"]),

# 012 cariste, Seraing (Liège)
dict(text="""
Kevin Lambotte
Cariste / magasinier · Seraing (Liège) · 0496 31 72 58 · kevin.lambotte@skynet.be

Profil
30 ans, 10 ans de logistique dans le bassin liégeois. Permis cariste, frontal et rétractable, et je connais SAP par cœur. Je bosse vite et propre. Papa d'un petit gars de 4 ans, je préfère les pauses de jour mais je peux tourner en 2x8.

Expérience
Cariste — Liege Airport Cargo (Alibaba Cainiao hub) · 2021 – aujourd'hui
- Chargement/déchargement des ULD, scanning, inventaires tournants
- Pic du Black Friday et des fêtes : jusqu'à 12 h par jour, zéro accident
- Délégué FGTB au CPPT depuis 2022
Magasinier — Carrefour Logistique, Herstal · 2015 – 2021
- Préparation de commandes vocale, 180 colis/heure

Formation
CESS technique — Athénée Royal de Seraing
Brevet cariste (frontal + rétractable) — Forem, 2015
VCA de base

Infos utiles
Après une hernie discale opérée en 2022, je ne porte plus au-delà de 25 kg à la main : c'est pour ça que je vise du chariot plutôt que de la préparation.
Pour être honnête : j'ai fait 200 heures de travail d'intérêt général en 2017 suite à un vol avec violence dans ma jeunesse. Aujourd'hui j'entraîne les U10 du RFC Seraing.
Militant au PS depuis mes 18 ans.
""",
sensitive=[("D", "30 ans"), ("F", "Papa d'un petit gars de 4 ans"), ("T", "Délégué FGTB au CPPT depuis 2022"),
           ("H", "une hernie discale opérée en 2022"), ("H", "je ne porte plus au-delà de 25 kg à la main"),
           ("C", "200 heures de travail d'intérêt général en 2017 suite à un vol avec violence"), ("P", "Militant au PS"),
           ("D", "depuis mes 18 ans")],
keep=["Cariste — Liege Airport Cargo (Alibaba Cainiao hub)", "Pic du Black Friday et des fêtes",
      "Magasinier — Carrefour Logistique, Herstal", "Préparation de commandes vocale",
      "Brevet cariste (frontal + rétractable) — Forem", "VCA de base", "CESS technique — Athénée Royal de Seraing",
      "j'entraîne les U10 du RFC Seraing"],
contact=["Kevin Lambotte", "Seraing (Liège)", "0496 31 72 58", "kevin.lambotte@skynet.be"]),

# 013 Malt, Genève traductrice
dict(text="""
Malt — profil
Anouk Favre · Traductrice & rédactrice DE/EN → FR · Genève · TJM 620 CHF
anouk@favre-traductions.ch

À propos
Salut, moi c'est Anouk ✍️. Traductrice indépendante depuis 2012, spécialisée finance, horlogerie et ONG. Je traduis des rapports annuels le jour et des sous-titres de séries la nuit quand une deadline me tient. Ma promesse : un texte qui sonne français, pas « traduit ».

Mes clients
• Rapport annuel de Pictet (DE→FR), 4 années de suite
• Campagnes de Patek Philippe pour la Suisse romande
• Traduction des rapports de la Croix-Rouge (CICR) — mission longue
• Sous-titrage d'un doc sur la réforme protestante pour la RTS (commande)

Comment je travaille
Je suis atteinte de sclérose en plaques depuis 2015 : certains jours je bosse à mi-temps, donc je prévois toujours une marge dans mes plannings. Mes clients ne s'en rendent compte que quand je le leur dis 😉.

Formation
Master en traduction — FTI, Université de Genève (2010)
Membre de l'ASTTI

Perso
Née en 1984 à Lausanne. Je vis avec ma compagne Inès et nos deux chats. Protestante pratiquante — je chante au culte de la paroisse de Plainpalais un dimanche sur deux. Et côté politique, je suis membre des Vert·e·s genevois, sans en faire un sujet au boulot.
""",
sensitive=[("H", "Je suis atteinte de sclérose en plaques depuis 2015"), ("H", "certains jours je bosse à mi-temps"),
           ("D", "Née en 1984"), ("S", "ma compagne Inès"), ("R", "Protestante pratiquante"),
           ("R", "je chante au culte de la paroisse de Plainpalais"), ("P", "je suis membre des Vert·e·s genevois")],
keep=["Traductrice & rédactrice DE/EN → FR", "Rapport annuel de Pictet (DE→FR)", "Campagnes de Patek Philippe pour la Suisse romande",
      "Traduction des rapports de la Croix-Rouge (CICR)", "Sous-titrage d'un doc sur la réforme protestante pour la RTS (commande)",
      "Master en traduction — FTI, Université de Genève", "Membre de l'ASTTI"],
contact=["Anouk Favre", "anouk@favre-traductions.ch"]),

# 014 recherche d'alternance, Lille (Gen Z, minuscules)
dict(text="""
📍 Lille · 🎓 Bachelor Marketing Digital (alternance 2025-2027)
Inès Boukhari — future chargée de marketing 💫
ines.boukhari@edu.iseg.fr · 07 45 18 90 33 · linkedin.com/in/inesboukhari

coucou 👋
j'ai 20 ans et je cherche une alternance en marketing digital / social media pour ma 3e année. je suis créative, hyper organisée (Notion gang), et je connais TikTok mieux que mon propre code postal.

mes expériences
🛍️ Vendeuse — Sephora, Euralille (CDI étudiant 12h) · 2023 – now
→ top 3 des ventes de la boutique pendant le Black Friday
→ animation des ateliers make-up, fidélisation carte Beauty Pass
📱 Stage community manager — Lille3000 (festival) · été 2024
→ 25 Reels, +8k abonnés, un coup de cœur de la direction pour ma série « Les coulisses »
🎉 Bénévole orga — soirée étudiante pour 200 personnes (BDE)

formation
Bachelor Marketing & Communication digitale — ISEG Lille (en cours)
Bac STMG mention assez bien — Lycée Baggio, 2022

à savoir sur moi
🌈 je suis bi et fière
🧠 je gère une anxiété généralisée (suivie, ça va bien !), donc j'apprécie les briefs écrits
✊ syndiquée à l'UNEF, j'ai pas mal manifesté contre la réforme des retraites en 2023

outils
Canva, CapCut, Meta Business Suite, Notion, Later, un peu de Figma
""",
sensitive=[("D", "j'ai 20 ans"), ("S", "je suis bi et fière"), ("H", "je gère une anxiété généralisée (suivie, ça va bien !)"),
           ("T", "syndiquée à l'UNEF"), ("P", "j'ai pas mal manifesté contre la réforme des retraites en 2023")],
keep=["Vendeuse — Sephora, Euralille", "top 3 des ventes de la boutique pendant le Black Friday",
      "Stage community manager — Lille3000 (festival)", "un coup de cœur de la direction",
      "soirée étudiante pour 200 personnes (BDE)", "Bachelor Marketing & Communication digitale — ISEG Lille",
      "Bac STMG mention assez bien", "Meta Business Suite"],
contact=["Inès Boukhari", "ines.boukhari@edu.iseg.fr", "07 45 18 90 33", "linkedin.com/in/inesboukhari"]),

# 015 LinkedIn, Québec ingénieur civil
dict(text="""
Jean-François Tremblay, ing.
Chargé de projets — infrastructures municipales | Québec
jf.tremblay.ing@videotron.ca · 418 555-0125 · linkedin.com/in/jftremblay-ing

À propos
Ingénieur civil depuis 2002, j'ai passé ma carrière à refaire des rues, des aqueducs et des ponts qu'on tient pour acquis. J'aime les chantiers bien planifiés, les citoyens bien informés, et les budgets qui arrivent à zéro.

Expérience
Chargé de projets principal — WSP Canada, Québec · 2012 – aujourd'hui
▸ Réfection de la route 175 (42 M$), coordination MTMD et Ville
▸ « Health-check » annuel de l'état des ponceaux pour 6 MRC
▸ Mentor de 9 ingénieurs juniors
Ingénieur de projet — Ville de Lévis · 2002 – 2012
▸ Plans et devis, surveillance de chantiers d'aqueduc

Formation
Baccalauréat en génie civil — Université Laval (2002)
Membre de l'Ordre des ingénieurs du Québec · PMP

Engagements
J'ai été candidat du Parti Québécois dans Chauveau en 2022 (défait, mais fier de la campagne).
Marguillier à la paroisse Saint-Charles-Garnier — je vais à la messe tous les dimanches avec ma gang.
Père de quatre enfants, coach de hockey mineur depuis 10 ans.
Je participe à CARTaGENE : mon ADN dort quelque part dans la biobanque, pour la science!

Langues : français, anglais
""",
sensitive=[("P", "J'ai été candidat du Parti Québécois dans Chauveau en 2022"),
           ("R", "Marguillier à la paroisse Saint-Charles-Garnier"), ("R", "je vais à la messe tous les dimanches"),
           ("F", "Père de quatre enfants"), ("G", "Je participe à CARTaGENE : mon ADN dort quelque part dans la biobanque")],
keep=["Chargé de projets principal — WSP Canada, Québec", "Réfection de la route 175 (42 M$)",
      "« Health-check » annuel de l'état des ponceaux pour 6 MRC", "Mentor de 9 ingénieurs juniors",
      "Ingénieur de projet — Ville de Lévis", "Baccalauréat en génie civil — Université Laval",
      "Membre de l'Ordre des ingénieurs du Québec", "coach de hockey mineur"],
contact=["Jean-François Tremblay", "jf.tremblay.ing@videotron.ca", "418 555-0125", "linkedin.com/in/jftremblay-ing"]),

# 016 candidature spontanée, chauffeur-livreur PL (Essonne)
dict(text="""
CANDIDATURE SPONTANÉE — Chauffeur-livreur PL
Moussa Diallo
Évry-Courcouronnes (91) · 07 53 20 64 18 · moussa.diallo91@gmail.com
Permis B, C, CE · FIMO/FCO à jour · Carte conducteur

Mon profil
8 ans de route entre VTC, messagerie et poids lourd. Ponctuel, calme avec les clients, zéro sinistre responsable depuis 2019.

Parcours
2021 – 2024 · Chauffeur PL messagerie — Geodis, Lisses
  Tournées de 25 à 40 points, hayon, scanning, retours
  Black Friday : double tournée pendant 3 semaines sans retard
2018 – 2021 · Chauffeur VTC indépendant (Uber, Heetch)
  Note 4,93 sur 6 000 courses
2015 – 2017 · Détention — j'ai purgé 18 mois à Fleury-Mérogis pour trafic. J'y ai passé une formation pro.

Formations
FIMO marchandises (2021) · CACES R489 cat. 3 · SST

Situation
Sénégalais, titre de séjour de 10 ans. Marié, deux enfants. Je suis musulman pratiquant, je fais la prière du vendredi mais je m'organise avec la tournée.
Libération conditionnelle terminée en 2020. Mon ADN est au FNAEG, ça n'a jamais posé de problème pour les sites Seveso où j'ai livré.
""",
sensitive=[("C", "Détention"), ("C", "j'ai purgé 18 mois à Fleury-Mérogis pour trafic"),
           ("E", "Sénégalais, titre de séjour de 10 ans"), ("F", "Marié, deux enfants"), ("R", "Je suis musulman pratiquant"),
           ("R", "je fais la prière du vendredi"), ("C", "Libération conditionnelle terminée en 2020"),
           ("G", "Mon ADN est au FNAEG")],
keep=["Chauffeur PL messagerie — Geodis, Lisses", "Black Friday : double tournée pendant 3 semaines sans retard",
      "Chauffeur VTC indépendant (Uber, Heetch)", "FIMO marchandises (2021)", "CACES R489 cat. 3", "Permis B, C, CE",
      "sites Seveso"],
contact=["Moussa Diallo", "Évry-Courcouronnes (91)", "07 53 20 64 18", "moussa.diallo91@gmail.com"]),

# 017 LinkedIn, saisonnière CHR Bordeaux / Cap Ferret
dict(text="""
Jade Lemoine · Saisonnière CHR / Barmaid
Bordeaux ↔ Cap Ferret · 06 89 30 17 42 · jade.lemoine33@gmail.com · insta @jade.shakes

Infos
23 ans, 5 saisons au compteur entre bassin d'Arcachon et stations de ski. Je monte un bar en 20 min, je fais 300 cocktails un soir de 14 juillet et je garde le sourire. Je cherche la saison été 2025 (mai → septembre), logée si possible.

Expériences
Barmaid — Chez Pierrette, Cap Ferret · étés 2022 à 2024
• Carte signature « Parti pris » (mon spritz pamplemousse est resté à la carte 😏)
• Gestion de la caisse et des commandes fournisseurs
Serveuse — Le Refuge du Montagnard, Val Thorens · hivers 2021 à 2024
• Après-ski pour 200 personnes, playlist « fièvre du samedi soir » validée par le patron
• Formation express à la dégustation à l'aveugle des vins de Savoie

Formation
Mention complémentaire Barman — CFA de Bordeaux Lac (2021)
Permis B + voiture

Bon à savoir
J'ai de l'endométriose : 1 ou 2 jours par mois je suis moins en forme, je m'arrange toujours avec l'équipe.
Adhérente CGT HCR depuis que j'ai vu comment on traitait les extras 🙃.
Côté perso, je vis avec ma copine Lou, qui bosse aussi dans la restau — on cherche idéalement une saison au même endroit !
Et je suis encartée à La France insoumise (oui, on peut parler politique, mais pas pendant le service).
""",
sensitive=[("D", "23 ans"), ("H", "J'ai de l'endométriose"), ("H", "1 ou 2 jours par mois je suis moins en forme"),
           ("T", "Adhérente CGT HCR"), ("S", "ma copine Lou"), ("P", "je suis encartée à La France insoumise")],
keep=["Barmaid — Chez Pierrette, Cap Ferret", "Carte signature « Parti pris »", "Serveuse — Le Refuge du Montagnard, Val Thorens",
      "Après-ski pour 200 personnes", "playlist « fièvre du samedi soir »", "dégustation à l'aveugle des vins de Savoie",
      "Mention complémentaire Barman — CFA de Bordeaux Lac", "Gestion de la caisse"],
contact=["Jade Lemoine", "06 89 30 17 42", "jade.lemoine33@gmail.com", "@jade.shakes"]),

# 018 LinkedIn, Bruxelles consultant data & cloud
dict(text="""
Yassine El Amrani
Senior Consultant Data & Cloud @ Deloitte Belgium | Azure • Databricks | Bruxelles
linkedin.com/in/yassine-elamrani · +32 485 60 21 77

Infos
Consultant data depuis 10 ans, je fais le pont entre les équipes business et la tech. J'adore les migrations cloud bien préparées et les workshops où on sort avec des décisions. Je suis évangéliste Databricks (désolé d'avance) et un vrai fan des post-mortems sans blame.

Un peu de moi
36 ans, Bruxellois d'origine marocaine (troisième génération, Molenbeek représente 💪). Marié à Thomas depuis 2019 — on a célébré à la maison communale puis une grosse fête pour 200 invités. Initié en loge au Grand Orient de Belgique, la réflexion philosophique c'est mon truc.
Petite précision santé : j'ai une fièvre méditerranéenne familiale (mutation MEFV confirmée par test génétique), traitée par colchicine, zéro impact sur le boulot.

Expérience
Senior Consultant — Deloitte Belgium · 2019 – aujourd'hui
• Migration data lake d'une mutuelle vers Azure Databricks (6 To)
• Health-check de plateformes data pour 5 clients publics
• Union de deux entrepôts de données après la fusion de deux hôpitaux bruxellois
Data Engineer — Proximus · 2014 – 2019

Formation
Master Ingénieur civil en informatique — ULB / VUB (2014)
Databricks Certified Data Engineer Professional · Azure Solutions Architect Expert

Langues
FR, NL, EN, arabe (dialectal)
""",
sensitive=[("D", "36 ans"), ("E", "Bruxellois d'origine marocaine (troisième génération"), ("S", "Marié à Thomas"),
           ("R", "Initié en loge au Grand Orient de Belgique"), ("G", "j'ai une fièvre méditerranéenne familiale"),
           ("G", "mutation MEFV confirmée par test génétique"), ("H", "traitée par colchicine")],
keep=["Senior Consultant — Deloitte Belgium", "évangéliste Databricks", "Migration data lake d'une mutuelle vers Azure Databricks",
      "Health-check de plateformes data pour 5 clients publics", "Union de deux entrepôts de données",
      "Data Engineer — Proximus", "Master Ingénieur civil en informatique — ULB / VUB",
      "Databricks Certified Data Engineer Professional"],
contact=["Yassine El Amrani", "linkedin.com/in/yassine-elamrani", "+32 485 60 21 77"]),

# 019 reconversion ex-militaire → SOC, Montpellier
dict(text="""
Romain Vidal
Analyste SOC N2 · ex-militaire (8 ans, 1er RCP) · Montpellier
romain.vidal.cyber@proton.me · 06 72 55 10 38

Mon histoire
Né en 1987, fils de harki par mon père, j'ai grandi à Rivesaltes. Après 8 ans dans l'armée de terre (deux OPEX au Mali), j'ai bifurqué vers la cyber via une reconversion financée par Défense Mobilité. Je ramène de l'armée la rigueur, le goût des procédures et un vrai calme quand l'alerte sonne à 3 h du matin.

Ce qu'il faut savoir : je suis suivi pour un stress post-traumatique depuis 2019, c'est stabilisé et ça ne m'empêche pas de faire des astreintes. Divorcé, garde alternée de mon fils — une semaine sur deux je finis à 17 h 30 pile.

Expériences
Analyste SOC N2 — Orange Cyberdefense, Montpellier · 2022 – aujourd'hui
- Triage et investigation d'alertes (Splunk, CrowdStrike), 40 clients
- Rédaction de playbooks, crash course Sigma pour les N1
- Health-check mensuel des connecteurs SIEM
Sergent — 1er Régiment de Chasseurs Parachutistes · 2009 – 2017
- Chef de groupe, transmissions, gestion du matériel sensible

Formation
Titre pro Analyste en cybersécurité — AFPA (2021)
CompTIA Security+ · Splunk Core Certified User · habilitation Confidentiel Défense (expirée)

Parenthèse perso
Entre 2015 et 2018 j'ai milité au Rassemblement national. J'en suis sorti et je n'ai plus d'engagement, mais on me le demande parfois en entretien, donc autant l'écrire.
""",
sensitive=[("D", "Né en 1987"), ("E", "fils de harki par mon père"), ("H", "je suis suivi pour un stress post-traumatique depuis 2019"),
           ("F", "Divorcé, garde alternée de mon fils"), ("P", "Entre 2015 et 2018 j'ai milité au Rassemblement national")],
keep=["Analyste SOC N2 — Orange Cyberdefense, Montpellier", "crash course Sigma pour les N1",
      "Health-check mensuel des connecteurs SIEM", "Sergent — 1er Régiment de Chasseurs Parachutistes",
      "Titre pro Analyste en cybersécurité — AFPA", "CompTIA Security+", "Splunk Core Certified User", "Défense Mobilité"],
contact=["Romain Vidal", "romain.vidal.cyber@proton.me", "06 72 55 10 38"]),

# 020 LinkedIn, Montréal gestionnaire de communauté (aucune mention sensible)
dict(text="""
Maxime Gagnon-Roy
Gestionnaire de communauté senior | Gaming & culture | Montréal
linkedin.com/in/maximegagnonroy · maxime.gr@gmail.com

À propos
Ça fait 9 ans que je parle aux communautés en ligne — d'abord pour des jeux vidéo, maintenant pour des marques culturelles. Je crois aux communautés qui se parlent entre elles, pas juste à la marque. Je suis un peu l'évangéliste du « réponds à tout le monde dans l'heure ».

Expérience
Gestionnaire de communauté senior — Behaviour Interactive · 2020 – aujourd'hui
• Dead by Daylight : Discord de 900k membres, équipe de 12 modérateurs
• Organisation du party de lancement pour 200 invités (influenceurs et presse)
• Gestion de crise lors d'un bug majeur pendant le Black Friday
Gestionnaire de communauté — Festival Juste pour rire · 2016 – 2020
• Campagne « Coup de cœur du public », 1,2 M de votes
• Contenus pour la Fête nationale au parc Maisonneuve

Formation
Baccalauréat en communication (médias interactifs) — UQAM (2015)
Certificat en gestion des médias sociaux — Université de Sherbrooke

Compétences
Discord, Sprout Social, Hootsuite, Brandwatch, rédaction FR/EN, modération, analyse de sentiment

Publications
Chronique « Parti pris numérique » sur le blogue de l'agence (12 textes)
Bible de modération partagée avec 3 studios montréalais

Implication
Bénévole au Jour de la Terre, section Montréal
""",
sensitive=[],
keep=["Gestionnaire de communauté senior — Behaviour Interactive", "party de lancement pour 200 invités",
      "Gestion de crise lors d'un bug majeur pendant le Black Friday", "Gestionnaire de communauté — Festival Juste pour rire",
      "Campagne « Coup de cœur du public »", "Baccalauréat en communication (médias interactifs) — UQAM",
      "Chronique « Parti pris numérique »", "Bible de modération", "l'évangéliste du « réponds à tout le monde dans l'heure »",
      "Contenus pour la Fête nationale au parc Maisonneuve"],
contact=["Maxime Gagnon-Roy", "linkedin.com/in/maximegagnonroy", "maxime.gr@gmail.com"]),
]
