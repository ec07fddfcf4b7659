# casual-fr-021 .. 030 (écrits à la main ; voir ../README.md)
CVS = [
# 021 LinkedIn, Grenoble ingénieure R&D
dict(text="""
Aurélie Masson
Ingénieure R&D électronique de puissance @ Schneider Electric | Grenoble
linkedin.com/in/aureliemasson-ee · aurelie.masson@free.fr

Infos
12 ans à concevoir des convertisseurs pour la recharge de véhicules électriques. J'aime les prototypes qui chauffent un peu, les revues de design qui piquent, et transmettre aux alternants. Mon credo : un banc de test bien câblé vaut mille slides.

Expérience
Ingénieure R&D senior — Schneider Electric, Grenoble · 2016 – aujourd'hui
▸ Architecture d'un chargeur DC 150 kW (3 brevets déposés)
▸ Health-check thermique des cartes de puissance en fin de série
▸ Élue CSE sur la liste CFDT depuis 2022 (commission égalité pro)
Ingénieure d'études — STMicroelectronics, Crolles · 2012 – 2016
▸ Caractérisation de MOSFET SiC, rédaction de notes d'application

Formation
Diplôme d'ingénieur — Grenoble INP Phelma (2012)

Compétences
LTspice, PLECS, Altium, Python, essais CEM, gestion de projet en cycle en V

Perso, en vrac
Maman de Léon (2 ans) avec ma femme Claire. En 2020 j'ai découvert que je suis porteuse d'une mutation BRCA1, j'ai fait une mastectomie préventive en 2021 et j'ai repris sans regarder en arrière. Trail, ski de rando, et un crash course de poterie raté 😄
""",
sensitive=[("T", "Élue CSE sur la liste CFDT"), ("F", "Maman de Léon (2 ans)"), ("S", "avec ma femme Claire"),
           ("G", "je suis porteuse d'une mutation BRCA1"), ("H", "j'ai fait une mastectomie préventive en 2021")],
keep=["Ingénieure R&D senior — Schneider Electric, Grenoble", "Architecture d'un chargeur DC 150 kW (3 brevets déposés)",
      "Health-check thermique des cartes de puissance", "Ingénieure d'études — STMicroelectronics, Crolles",
      "Diplôme d'ingénieur — Grenoble INP Phelma", "crash course de poterie", "Caractérisation de MOSFET SiC"],
contact=["Aurélie Masson", "linkedin.com/in/aureliemasson-ee", "aurelie.masson@free.fr"]),

# 022 Indeed, Rimouski soudeur-assembleur
dict(text="""
CV — Indeed
Steve Bouchard
Soudeur-assembleur (CCQ) · Rimouski, QC · 418 555-0191 · steve.bouchard.soudure@gmail.com

Sommaire
Soudeur de métier depuis 2012, 33 ans, MIG/TIG/électrode, à l'aise en chantier comme en atelier. Je cherche un poste permanent de jour, proche de Rimouski. Conjoint de fait, trois enfants, donc les horaires de 7 à 15 c'est l'idéal.

Expérience
Soudeur-assembleur — Marmen, Matane · 2019 – aujourd'hui
• Tours d'éoliennes : soudure à l'arc submergé, inspection visuelle CWB
• Formation de 4 apprentis
• Membre du local 144 de la FTQ-Construction, délégué de chantier sur le projet Apuiat
Soudeur — Ateliers Bic Inc. · 2012 – 2019

Formation
DEP Soudage-montage — Centre de formation professionnelle de Rimouski-Neigette (2012)
Cartes de compétence CCQ · ASP Construction · Certification CWB (W47.1)

À savoir
J'ai un dossier pour conduite avec facultés affaiblies (2016). Suspension du casier obtenue en 2022 auprès de la Commission des libérations conditionnelles. J'en parle parce que certains chantiers demandent une vérification d'antécédents.

Intérêts
Chasse à l'orignal, motoneige, la fièvre du samedi soir au karaoké du village 🎤
""",
sensitive=[("D", "33 ans"), ("F", "Conjoint de fait, trois enfants"), ("T", "Membre du local 144 de la FTQ-Construction"),
           ("T", "délégué de chantier sur le projet Apuiat"), ("C", "J'ai un dossier pour conduite avec facultés affaiblies (2016)"),
           ("C", "Suspension du casier obtenue en 2022")],
keep=["Soudeur-assembleur — Marmen, Matane", "Tours d'éoliennes : soudure à l'arc submergé", "Formation de 4 apprentis",
      "Soudeur — Ateliers Bic Inc.", "DEP Soudage-montage", "Certification CWB (W47.1)",
      "la fièvre du samedi soir au karaoké du village", "ASP Construction"],
contact=["Steve Bouchard", "Rimouski, QC", "418 555-0191", "steve.bouchard.soudure@gmail.com"]),

# 023 portfolio « à propos », Strasbourg illustratrice (tutoiement)
dict(text="""
à propos

Hello, moi c'est Selin Arslan 👋
Illustratrice & motion designer basée à Strasbourg. Je dessine des univers doux et colorés pour l'édition jeunesse, les marques et les institutions culturelles.

Qui suis-je ? Franco-turque, née à Strasbourg, élevée entre la Krutenau et Istanbul l'été. Je porte le voile et on me demande souvent si ça se ressent dans mes illustrations : oui, dans les motifs, les couleurs de mes grands-mères et l'amour des détails 🧿. Je suis aussi malentendante (appareillée des deux oreilles) : pour les visios, les sous-titres auto sont mes meilleurs amis.

Si tu veux bosser avec moi
✏️ Albums jeunesse — 4 livres chez Bayard et Nathan
🎬 Motion design — génériques pour Arte (« Parti pris », mini-série doc)
🖼️ Affiches — fête des voisins de la Ville de Strasbourg, Marché de Noël 2023
📚 Couverture « La Bible illustrée des enfants » pour un éditeur (commande, 2022)

Formation
DNSEP Illustration — Haute école des arts du Rhin (HEAR), 2017

Outils
Procreate, Photoshop, After Effects, Illustrator, un peu de Blender

Hors atelier
Maman d'une petite de 3 ans qui signe déjà ses dessins. Adhérente au SNAP-CGT, le syndicat des artistes-auteurs, parce que les droits d'auteur, ça se défend.

📩 hello@selin.studio · insta @selin.dessine
""",
sensitive=[("E", "Franco-turque"), ("R", "Je porte le voile"), ("H", "malentendante (appareillée des deux oreilles)"),
           ("F", "Maman d'une petite de 3 ans"), ("T", "Adhérente au SNAP-CGT")],
keep=["Illustratrice & motion designer", "Albums jeunesse — 4 livres chez Bayard et Nathan",
      "génériques pour Arte (« Parti pris », mini-série doc)", "fête des voisins de la Ville de Strasbourg",
      "Couverture « La Bible illustrée des enfants » pour un éditeur (commande, 2022)",
      "DNSEP Illustration — Haute école des arts du Rhin (HEAR)", "Procreate"],
contact=["Selin Arslan", "hello@selin.studio", "@selin.dessine"]),

# 024 dossier d'apprentissage, Fribourg candidat cuisinier
dict(text="""
Dossier de candidature — apprentissage
Yonas Tesfay
Candidat CFC Cuisinier (août 2025) · Fribourg · 076 418 20 57 · yonas.tesfay@bluewin.ch

Présentation
Bonjour ! J'ai 17 ans, je suis Érythréen et je suis arrivé en Suisse en 2020. Je suis admis provisoire (permis F) et j'ai l'autorisation de faire un apprentissage. J'adore cuisiner depuis petit et maintenant je fais aussi une très bonne fondue moitié-moitié 🧀.

Stages et expériences
Stage d'orientation — Restaurant du Gothard, Fribourg (2 semaines, 2024)
- Mise en place, légumes, plonge, service du midi
Stage — Cuisine de l'EMS Les Bonnesfontaines (1 semaine)
- Repas pour 120 résidents, régimes spéciaux
Job d'été — Festival Les Georges, stand food (2024)

École
Classe d'intégration — École professionnelle artisanale et industrielle (EPAI), Fribourg
Niveau de français B1 (certificat fide)

Bon à savoir
Je suis asthmatique mais bien contrôlé avec mon inhalateur, ça ne gêne pas en cuisine.
Je suis chrétien orthodoxe : pendant le grand carême je ne mange pas de viande, mais bien sûr je goûte tout ce que je prépare.
Mes empreintes digitales sont enregistrées au SEM pour mon permis, donc les contrôles d'identité sont faciles.

Référence
M. Laurent Chassot, chef de cuisine, Restaurant du Gothard — 026 322 15 90
""",
sensitive=[("D", "J'ai 17 ans"), ("E", "je suis Érythréen et je suis arrivé en Suisse en 2020"),
           ("E", "Je suis admis provisoire (permis F)"), ("H", "Je suis asthmatique"), ("R", "Je suis chrétien orthodoxe"),
           ("R", "pendant le grand carême je ne mange pas de viande"), ("G", "Mes empreintes digitales sont enregistrées au SEM")],
keep=["CFC Cuisinier", "Stage d'orientation — Restaurant du Gothard, Fribourg", "Mise en place, légumes, plonge, service du midi",
      "Repas pour 120 résidents, régimes spéciaux", "Job d'été — Festival Les Georges",
      "Classe d'intégration — École professionnelle artisanale et industrielle (EPAI)", "Niveau de français B1 (certificat fide)",
      "fondue moitié-moitié"],
contact=["Yonas Tesfay", "076 418 20 57", "yonas.tesfay@bluewin.ch", "M. Laurent Chassot", "026 322 15 90"]),

# 025 LinkedIn, Paris legal ops
dict(text="""
Antoine Marchal
Legal Ops Lead @ Qonto | ex-avocat d'affaires | LegalTech enthusiast ⚖️⚙️
Paris · linkedin.com/in/antoinemarchal

Infos
Ex-avocat (7 ans chez Gide) passé côté business : j'automatise les contrats, je structure les équipes juridiques et je fais aimer les process aux juristes (si si). Évangéliste du no-code, speaker à la Legal Design Week.

Expérience
Legal Ops Lead — Qonto · 2022 – aujourd'hui
• CLM déployé pour 400 contrats/mois, délai de signature divisé par 3
• Playbooks de négo, self-service pour les sales
• « Health-check » juridique trimestriel des filiales (Italie, Allemagne, Espagne)
Avocat collaborateur, M&A — Gide Loyrette Nouel · 2015 – 2022
• Deals de 50 M€ à 1 Md€, due diligence, data rooms

Formation
CAPA — École de formation du barreau de Paris · Master 2 Droit des affaires, Paris 1 Panthéon-Sorbonne

Perso
39 ans, marié à Karim (on s'est rencontrés au barreau, cliché assumé). Candidat Renaissance aux municipales de 2020 dans le 15e, sur une liste qui a perdu — j'ai découvert le porte-à-porte et l'humilité.
Mon père vit avec la maladie de Huntington depuis dix ans ; j'ai choisi de ne pas faire le test, et ça m'a appris à prioriser ce qui compte.
""",
sensitive=[("D", "39 ans"), ("S", "marié à Karim"), ("P", "Candidat Renaissance aux municipales de 2020 dans le 15e"),
           ("G", "Mon père vit avec la maladie de Huntington depuis dix ans"), ("G", "j'ai choisi de ne pas faire le test")],
keep=["Legal Ops Lead — Qonto", "CLM déployé pour 400 contrats/mois", "« Health-check » juridique trimestriel des filiales",
      "Avocat collaborateur, M&A — Gide Loyrette Nouel", "CAPA — École de formation du barreau de Paris",
      "Master 2 Droit des affaires, Paris 1 Panthéon-Sorbonne", "Évangéliste du no-code", "Legal Design Week"],
contact=["Antoine Marchal", "linkedin.com/in/antoinemarchal"]),

# 026 retour à l'emploi, aide-soignante Namur
dict(text="""
Aide-soignante — retour à l'emploi
Claudine Uwase
Jambes (Namur) · 0472 81 36 04 · claudine.uwase@gmail.com
Enregistrée au SPF Santé publique comme aide-soignante (visa actif)

Qui je suis
Belgo-Rwandaise, arrivée en Belgique en 1995, maman solo de trois enfants. J'ai travaillé 10 ans en maison de repos avant de m'arrêter deux ans pour une dépression, aujourd'hui soignée et derrière moi. Je reviens avec l'envie de bien faire et beaucoup de patience.

Expérience
Aide-soignante — Résidence Les Chardonnerets (CPAS de Namur) · 2009 – 2019
• Soins d'hygiène et de confort pour 30 résidents, dont une unité Alzheimer
• Référente « check-up santé » : poids, escarres, hydratation
• Animation de la fête des familles chaque année (200 invités)
Formations pendant ma pause
• Recyclage manutention des patients (2024)
• Formation soins palliatifs — Plateforme de soins palliatifs de la province de Namur

Formation
Certificat d'aide-soignante — Institut Saint-Louis (promotion sociale), 2008

Pour être transparente
J'ai été condamnée avec sursis en 2018 pour une fraude aux allocations pendant une période très difficile. J'ai tout remboursé. Mon extrait de casier le mentionne encore.
Je suis affiliée à la CSC depuis mes débuts.
""",
sensitive=[("E", "Belgo-Rwandaise, arrivée en Belgique en 1995"), ("F", "maman solo de trois enfants"),
           ("H", "m'arrêter deux ans pour une dépression"),
           ("C", "J'ai été condamnée avec sursis en 2018 pour une fraude aux allocations"),
           ("C", "Mon extrait de casier le mentionne encore"), ("T", "Je suis affiliée à la CSC")],
keep=["Enregistrée au SPF Santé publique comme aide-soignante", "Aide-soignante — Résidence Les Chardonnerets (CPAS de Namur)",
      "unité Alzheimer", "Référente « check-up santé »", "fête des familles chaque année (200 invités)",
      "Recyclage manutention des patients (2024)", "Formation soins palliatifs",
      "Certificat d'aide-soignante — Institut Saint-Louis (promotion sociale)"],
contact=["Claudine Uwase", "Jambes (Namur)", "0472 81 36 04", "claudine.uwase@gmail.com"]),

# 027 recherche de stage, Nantes (minuscules, tutoiement)
dict(text="""
Sacha Perrin (iel)
Stage dev full-stack (6 mois, dès février) · Nantes · sacha.perrin@etu.univ-nantes.fr · github.com/sachaperrin

salut 👋
je suis en M1 MIAGE et je cherche un stage de fin d'études en dev full-stack, idéalement dans une boîte à impact (énergie, mobilité, ESS). je code proprement, j'écris des tests sans qu'on me le demande et je pose BEAUCOUP de questions.

ce qui me définit un peu
- autiste, diagnostiqué·e en 2022 : j'ai besoin de consignes écrites et d'un casque, en échange tu as quelqu'un d'ultra-focus
- pan et fier·e 🏳️‍🌈
- militant·e chez Alternatiba Nantes depuis 3 ans
- oui, j'ai une condamnation à une amende pour une action de désobéissance civile (peinture sur une vitrine de banque, 2023). c'était de la craie, mais bon.

projets
🚲 « VéloCoop » — appli de réservation pour un atelier vélo associatif (Vue + Django)
🌱 Dashboard de consommation électrique pour une coopérative citoyenne — projet tutoré
🎮 Bot Discord pour le BDE, 1 200 membres

expériences
Dev stagiaire — Enercoop Pays de la Loire · mai – août 2024
- health-check des APIs de facturation, refacto de 3 endpoints
Équipier — Biocoop (job étudiant) · 2021 – 2023

formation
Master MIAGE — Nantes Université (en cours) · Licence Informatique (2024)

stack
Python, Django, Vue.js, TypeScript, PostgreSQL, Docker, Git
""",
sensitive=[("H", "autiste, diagnostiqué·e en 2022"), ("S", "pan et fier·e"), ("P", "militant·e chez Alternatiba Nantes depuis 3 ans"),
           ("C", "une condamnation à une amende pour une action de désobéissance civile (peinture sur une vitrine de banque, 2023)")],
keep=["Master MIAGE — Nantes Université", "« VéloCoop » — appli de réservation pour un atelier vélo associatif",
      "Dashboard de consommation électrique pour une coopérative citoyenne", "Dev stagiaire — Enercoop Pays de la Loire",
      "health-check des APIs de facturation", "Bot Discord pour le BDE", "Licence Informatique (2024)"],
contact=["Sacha Perrin", "sacha.perrin@etu.univ-nantes.fr", "github.com/sachaperrin"]),

# 028 profil emploi étudiant, Montréal
dict(text="""
Profil — emploi étudiant / stage été
Amira Belkacem
Montréal (Saint-Michel) · 514 555-0108 · amira.belkacem@umontreal.ca

Qui suis-je?
Née en 2004, Québécoise d'origine algérienne, étudiante en 2e année de bac en relations industrielles à l'UdeM. Organisée, souriante, pis pas gênée de prendre le téléphone. Je porte le hijab; je le mentionne parce que des gens se posent la question pour les postes en service à la clientèle — au privé c'est pas un enjeu, et moi non plus 😉.

Expériences
Caissière-conseillère — SAQ, Jean-Talon · 2022 – aujourd'hui (temps partiel)
• Période des Fêtes et Black Friday : jusqu'à 900 transactions par quart
• Dégustation à l'aveugle pour la clientèle les samedis
• Membre du syndicat des employé·e·s de magasins et de bureaux de la SAQ (SEMB-SAQ), j'ai voté pour la grève de 2023
Tutrice en français — Maison d'Haïti · 2021 – 2022 (bénévole)

Formation
Baccalauréat en relations industrielles — Université de Montréal (en cours)
DEC Sciences humaines — Cégep Marie-Victorin (2022)

Compétences
Service à la clientèle, Excel, Word, français/anglais/arabe, gestion des conflits

Intérêts
Droit du travail (je rêve d'être conseillère en relations de travail), badminton, les dimanches avec ma grand-mère.

Petite note santé : j'ai la maladie cœliaque, donc je mange sans gluten. Rien de plus!
""",
sensitive=[("D", "Née en 2004"), ("E", "Québécoise d'origine algérienne"), ("R", "Je porte le hijab"),
           ("T", "Membre du syndicat des employé·e·s de magasins et de bureaux de la SAQ (SEMB-SAQ)"),
           ("T", "j'ai voté pour la grève de 2023"), ("H", "j'ai la maladie cœliaque")],
keep=["Caissière-conseillère — SAQ, Jean-Talon", "Période des Fêtes et Black Friday", "Dégustation à l'aveugle pour la clientèle",
      "Tutrice en français — Maison d'Haïti", "Baccalauréat en relations industrielles — Université de Montréal",
      "DEC Sciences humaines — Cégep Marie-Victorin", "Droit du travail", "gestion des conflits"],
contact=["Amira Belkacem", "Montréal (Saint-Michel)", "514 555-0108", "amira.belkacem@umontreal.ca"]),

# 029 LinkedIn, Lyon chargée de recrutement
dict(text="""
Maëva Joseph-Angélique
Chargée de recrutement · Lyon · maeva.ja@gmail.com · 06 20 44 87 19
linkedin.com/in/maevajosephangelique

Infos
Recruteuse depuis 6 ans, d'abord en cabinet puis en interne. Je crois au recrutement humain : on répond à tous les candidats, on donne un vrai feedback, et on arrête les fiches de poste à 15 critères 🙃. Ma bible : le scorecard et l'entretien structuré.

Expérience
Chargée de recrutement — Boiron, Messimy · 2021 – aujourd'hui
• 120 recrutements/an (production, labo, fonctions support)
• Marque employeur : vidéos « Vis ma vie » et coup de cœur du jury aux Victoires du Capital Humain 2023
• Élue CGT au CSE depuis 2023, commission formation
Consultante recrutement — Hays, Lyon · 2018 – 2021
• Top biller de l'équipe tertiaire 2020

Formation
Master RH — iaelyon (2018), en alternance chez Adecco

Outils
Welcome to the Jungle, Taleez, LinkedIn Recruiter, Excel, Canva

Perso
Martiniquaise installée à Lyon depuis mes études. Mariée à Sophie depuis 2022 — on s'est rencontrées à un afterwork RH, vous voyez le cliché. Adhérente au PCF et bénévole au Secours populaire le week-end.
Je suis porteuse du trait drépanocytaire, ce qui veut dire… rien du tout pour mon travail.
""",
sensitive=[("T", "Élue CGT au CSE depuis 2023"), ("E", "Martiniquaise installée à Lyon"), ("S", "Mariée à Sophie"),
           ("P", "Adhérente au PCF"), ("G", "Je suis porteuse du trait drépanocytaire")],
keep=["Chargée de recrutement — Boiron, Messimy", "coup de cœur du jury aux Victoires du Capital Humain 2023",
      "Consultante recrutement — Hays, Lyon", "Master RH — iaelyon", "Ma bible : le scorecard et l'entretien structuré",
      "120 recrutements/an", "LinkedIn Recruiter", "bénévole au Secours populaire le week-end"],
contact=["Maëva Joseph-Angélique", "maeva.ja@gmail.com", "06 20 44 87 19", "linkedin.com/in/maevajosephangelique"]),

# 030 JobUp, Genève chef d'équipe livreurs
dict(text="""
Profil candidat — JobUp
Thiago Almeida Costa
Genève (Servette) · 078 622 31 45 · thiago.ac@protonmail.ch

Poste recherché : Dispatcher / coordinateur logistique urbaine

En bref
28 ans, Brésilien installé à Genève depuis 2018 (permis B). Trois ans de livraison à vélo, puis chef d'équipe : je connais chaque rue de la ville et chaque excuse de retard 😄. Je parle portugais, français, anglais et un peu d'espagnol.

Expérience
Chef d'équipe livreurs — Smood, Genève · 2022 – 2024
▪ 45 livreurs, planning des shifts, pics du vendredi soir et des matchs du Servette FC
▪ Union de deux zones de livraison (Carouge + Plainpalais) — temps moyen -12 %
▪ Membre d'Unia : j'ai participé à la grève des livreurs de 2021 pour obtenir des contrats salariés
Livreur à vélo — Uber Eats (indépendant) · 2019 – 2022

Formation
Licence en logistique — Universidade Federal do Paraná (diplôme reconnu)
Permis de conduire B · Formation premiers secours

Outils
Excel (TCD), Google Sheets, Onfleet, Slack, Shift planning

Perso
Je vis avec mon copain Lucas à la Servette. Capoeira deux fois par semaine et fan inconditionnel de la fièvre du samedi soir au Bypass.
""",
sensitive=[("D", "28 ans"), ("E", "Brésilien installé à Genève depuis 2018 (permis B)"), ("T", "Membre d'Unia"),
           ("T", "j'ai participé à la grève des livreurs de 2021"), ("S", "mon copain Lucas")],
keep=["Chef d'équipe livreurs — Smood, Genève", "Union de deux zones de livraison (Carouge + Plainpalais)",
      "Livreur à vélo — Uber Eats (indépendant)", "Licence en logistique — Universidade Federal do Paraná",
      "Formation premiers secours", "Excel (TCD)", "la fièvre du samedi soir au Bypass",
      "pics du vendredi soir et des matchs du Servette FC"],
contact=["Thiago Almeida Costa", "Genève (Servette)", "078 622 31 45", "thiago.ac@protonmail.ch"]),
]
