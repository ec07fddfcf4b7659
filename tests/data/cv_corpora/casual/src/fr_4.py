# casual-fr-031 .. 040 (écrits à la main ; voir ../README.md)
CVS = [
# 031 Malt, Paris photographe corporate
dict(text="""
Malt · Photographe corporate & événementiel
Lou Delacroix — Paris & Île-de-France · TJM 700 € (journée de shooting)
contact@loudelacroix.photo · insta @lou_shoots

Hello, c'est Lou 📷
Je photographie les gens au travail : portraits corporate, séminaires, conférences, lancements produit. Mon style : lumière naturelle, zéro pose guindée, et des équipes qui se reconnaissent sur les photos.

Quelques clients
• BNP Paribas — portraits de 300 collaborateurs en 4 jours
• Salon VivaTech — couverture officielle 2023 et 2024
• Le Secours Catholique — reportage annuel (commande)
• Séminaire d'un grand cabinet : soirée pour 200 invités, coup de cœur du DG pour la série noir & blanc

Parcours
Photographe indépendante depuis 2016 · Assistante d'un photographe de mode (2014–2016)
Formation : École des Gobelins — Photographie (2014)

Matos
Canon R5, 28-70 f/2, Profoto B10, Lightroom, Capture One

Perso
Élevée dans une famille très catho, aujourd'hui athée et très heureuse comme ça. Je suis bi, en couple avec Maxime (qui me sert d'assistant lumière non payé 😅). J'ai fait un test ADN MyHeritage par curiosité : 30 % ibérique, qui l'eût cru.
Et oui, j'ai été candidate EELV aux européennes de 2019, en 62e position (donc pas élue, rassurez-vous).
""",
sensitive=[("R", "Élevée dans une famille très catho, aujourd'hui athée"), ("S", "Je suis bi"), ("F", "en couple avec Maxime"),
           ("G", "J'ai fait un test ADN MyHeritage par curiosité : 30 % ibérique"),
           ("P", "j'ai été candidate EELV aux européennes de 2019")],
keep=["Photographe corporate & événementiel", "BNP Paribas — portraits de 300 collaborateurs en 4 jours",
      "Salon VivaTech — couverture officielle 2023 et 2024", "Le Secours Catholique — reportage annuel (commande)",
      "soirée pour 200 invités", "coup de cœur du DG pour la série noir & blanc", "École des Gobelins — Photographie",
      "Capture One"],
contact=["Lou Delacroix", "contact@loudelacroix.photo", "@lou_shoots"]),

# 032 candidature IFAPME, Verviers apprenti boulanger
dict(text="""
Candidature apprentissage IFAPME — Boulanger-pâtissier
Dylan Renard
Verviers · 0471 90 23 68 · dylan.renard2007@gmail.com

Moi en quelques lignes
J'ai 17 ans et je veux devenir boulanger depuis que j'ai fait mon stage chez Lizen. Je me lève à 4 h sans problème (vraiment), j'aime le travail de la pâte et voir les clients revenir. Je vis en famille d'accueil depuis mes 12 ans et ils me soutiennent à fond dans ce projet.

Expériences
Stage — Boulangerie Lizen, Verviers (3 semaines, 2024)
- Façonnage des pains, viennoiseries, pâte feuilletée
- Préparation des commandes pour la fête des voisins du quartier (200 pistolets)
Job étudiant — Delhaize Verviers (été 2024)
- Mise en rayon, boulangerie-terminal de cuisson

École
CEB obtenu · 3e secondaire professionnelle — Institut Saint-Michel, Verviers
Cours accéléré d'hygiène alimentaire (AFSCA), 2024

À savoir
J'ai eu une mesure du tribunal de la jeunesse en 2022 (vol de scooter avec des potes). J'ai fait mes heures de prestation éducative et j'ai tourné la page.
Mon copain Mehdi fait aussi la formation boucher à l'IFAPME, donc on partage les trajets 🚌.

Références
Mme Catherine Lizen, patronne de la Boulangerie Lizen — 087 22 41 19
""",
sensitive=[("D", "J'ai 17 ans"), ("F", "Je vis en famille d'accueil"), ("D", "depuis mes 12 ans"),
           ("C", "une mesure du tribunal de la jeunesse en 2022 (vol de scooter avec des potes)"),
           ("C", "J'ai fait mes heures de prestation éducative"), ("S", "Mon copain Mehdi")],
keep=["Boulanger-pâtissier", "Stage — Boulangerie Lizen, Verviers", "Façonnage des pains, viennoiseries, pâte feuilletée",
      "fête des voisins du quartier (200 pistolets)", "Job étudiant — Delhaize Verviers",
      "Cours accéléré d'hygiène alimentaire (AFSCA)", "CEB obtenu", "Institut Saint-Michel, Verviers"],
contact=["Dylan Renard", "0471 90 23 68", "dylan.renard2007@gmail.com", "Mme Catherine Lizen", "087 22 41 19"]),

# 033 LinkedIn, Rennes coordinatrice de parcours
dict(text="""
Gwenaëlle Le Gall
Coordinatrice de parcours de soins · Puéricultrice · Rennes
gwenaelle.legall@orange.fr · linkedin.com/in/gwenaellelegall

Infos
Infirmière puéricultrice depuis 2006, je coordonne aujourd'hui des parcours d'enfants atteints de maladies rares. J'aime faire le lien entre les familles, l'hôpital et l'école — et trouver LA solution pratique que personne n'avait vue.

Expérience
Coordinatrice de parcours — Filière maladies neuromusculaires, CHU de Rennes · 2018 – aujourd'hui
• File active de 140 enfants, dont 35 avec une myopathie de Duchenne
• Animation des « check-up santé » annuels pluridisciplinaires
• Formation des AESH au repérage des troubles de la déglutition
Puéricultrice — Service de néonatologie, CHU de Rennes · 2006 – 2018

Formation
Diplôme d'État de puéricultrice (2006) · DU Maladies rares — Université de Rennes (2019)

Pourquoi ce métier
Mon frère cadet avait une myopathie de Duchenne. Quand j'ai voulu des enfants, j'ai fait le test : je suis conductrice, et nos deux filles ont bénéficié d'un diagnostic prénatal. Je le dis parce que ça explique mon énergie à accompagner ces familles.

Engagements
Née en 1983 à Quimper. Conseillère municipale d'opposition à Cesson-Sévigné, élue sur la liste PS en 2020 — ça m'apprend la patience en réunion.
""",
sensitive=[("G", "Mon frère cadet avait une myopathie de Duchenne"), ("G", "j'ai fait le test : je suis conductrice"),
           ("F", "nos deux filles"), ("G", "ont bénéficié d'un diagnostic prénatal"), ("D", "Née en 1983"),
           ("P", "Conseillère municipale d'opposition à Cesson-Sévigné, élue sur la liste PS en 2020")],
keep=["Coordinatrice de parcours — Filière maladies neuromusculaires, CHU de Rennes",
      "File active de 140 enfants, dont 35 avec une myopathie de Duchenne",
      "Animation des « check-up santé » annuels pluridisciplinaires",
      "Formation des AESH au repérage des troubles de la déglutition", "Puéricultrice — Service de néonatologie, CHU de Rennes",
      "Diplôme d'État de puéricultrice (2006)", "DU Maladies rares — Université de Rennes"],
contact=["Gwenaëlle Le Gall", "gwenaelle.legall@orange.fr", "linkedin.com/in/gwenaellelegall"]),

# 034 LinkedIn, Gatineau analyste des politiques (retour de congé)
dict(text="""
Émilie Charbonneau
Analyste principale des politiques · Gatineau, QC
emilie.charbonneau@gmail.com · 819 555-0157 · linkedin.com/in/echarbonneau-politiques

Sommaire
Analyste bilingue avec 11 ans au fédéral (EC-05). Je traduis des dossiers touffus en notes d'une page que les sous-ministres lisent vraiment. Je reviens d'un congé de maternité de 18 mois (notre deuxième!) et je cherche un poste EC-05/EC-06 en télétravail hybride.

Expérience
Analyste principale — Emploi et Développement social Canada · 2016 – 2023
• Rédaction de mémoires au Cabinet sur l'assurance-emploi
• « Health-check » des programmes de subventions (12 programmes)
• Déléguée syndicale de l'AFPC pour ma direction 2019-2023
Analyste — Statistique Canada · 2012 – 2016
• Enquête sur la population active, tableaux pour la Fête du Travail

Formation
Maîtrise en administration publique — ENAP (2012)
Niveaux de langue CCC/CBC

Un peu de moi
Ma conjointe Mylène et moi habitons à Aylmer avec nos deux petites. J'ai traversé une dépression post-partum après la première; j'en parle ouvertement parce que ça aide d'autres parents. Côté politique je fais du bénévolat pour le Bloc québécois aux élections — jamais au bureau, évidemment, la Loi sur l'emploi dans la fonction publique veille 😉.
""",
sensitive=[("F", "Je reviens d'un congé de maternité de 18 mois (notre deuxième!)"), ("T", "Déléguée syndicale de l'AFPC"),
           ("S", "Ma conjointe Mylène"), ("F", "nos deux petites"), ("H", "J'ai traversé une dépression post-partum"),
           ("P", "je fais du bénévolat pour le Bloc québécois aux élections")],
keep=["Analyste principale des politiques", "Analyste principale — Emploi et Développement social Canada",
      "Rédaction de mémoires au Cabinet sur l'assurance-emploi", "« Health-check » des programmes de subventions",
      "Analyste — Statistique Canada", "tableaux pour la Fête du Travail", "Maîtrise en administration publique — ENAP",
      "Niveaux de langue CCC/CBC"],
contact=["Émilie Charbonneau", "Gatineau, QC", "emilie.charbonneau@gmail.com", "819 555-0157",
         "linkedin.com/in/echarbonneau-politiques"]),

# 035 Welcome to the Jungle, Paris lead dev iOS
dict(text="""
Welcome to the Jungle · Profil
Baptiste Roussel — Lead Dev iOS · Paris (remote friendly)
baptiste.roussel.dev@gmail.com · github.com/broussel · 06 33 71 90 52

Mon pitch
iOS dev depuis 2013, lead depuis 2019. J'ai shippé des apps à plusieurs millions d'utilisateurs, j'adore SwiftUI, et je suis un peu l'évangéliste du « on ne merge pas sans test UI » dans toutes les équipes où je passe.

Ce que j'ai fait
Lead iOS — Vinted (via agence) · 2021 – 2024
• Migration UIKit → SwiftUI du checkout, crash-free rate 99,8 %
• Pic du Black Friday sans incident, feature flags partout
iOS Engineer — BlaBlaCar · 2016 – 2021
• Réservation instantanée, refonte de l'onboarding
Développeur mobile — Fabernovel · 2013 – 2016

Formation
Diplôme d'ingénieur — EPITA (2013)

Stack
Swift, SwiftUI, Combine, Xcode Cloud, Fastlane, Kotlin (un peu)

Ce que tu ne verras pas sur GitHub
Né en 1991. Converti à l'islam en 2019 — je fais le ramadan et ça ne change rien à mes livrables, juste à mes horaires de déjeuner. J'ai longtemps milité chez Les Républicains quand j'étais étudiant, j'ai pris mes distances depuis. Je vis avec mon compagnon Julien à Montreuil. Et j'ai donné mon ADN à la cohorte Constances, pour la recherche.
""",
sensitive=[("D", "Né en 1991"), ("R", "Converti à l'islam en 2019"), ("R", "je fais le ramadan"),
           ("P", "J'ai longtemps milité chez Les Républicains"), ("S", "mon compagnon Julien"),
           ("G", "j'ai donné mon ADN à la cohorte Constances")],
keep=["Lead Dev iOS", "l'évangéliste du « on ne merge pas sans test UI »", "Lead iOS — Vinted (via agence)",
      "crash-free rate 99,8 %", "Pic du Black Friday sans incident", "iOS Engineer — BlaBlaCar",
      "Développeur mobile — Fabernovel", "Diplôme d'ingénieur — EPITA (2013)"],
contact=["Baptiste Roussel", "baptiste.roussel.dev@gmail.com", "github.com/broussel", "06 33 71 90 52"]),

# 036 CV Horeca, Charleroi responsable de salle
dict(text="""
Serveuse / responsable de salle — CV
Laura Dupuis
Charleroi (Marcinelle) · 0493 12 58 47 · laura.dupuis.horeca@hotmail.com

En deux mots
24 ans, 7 ans d'Horeca dans la région de Charleroi, dont 2 comme responsable de salle. Je gère une terrasse de 80 couverts sans perdre le nord, je forme les étudiants et j'ai la caisse dans le sang.

Expériences
Responsable de salle — Brasserie du Vieux Marché, Charleroi · 2022 – 2024
• Équipe de 6, plannings, commandes boissons
• Soirées privées (communions, mariages) jusqu'à 200 invités
• Soirée à thème « fièvre du samedi soir » chaque mois, +40 % de CA ces soirs-là
Serveuse — Quick Gosselies · 2017 – 2022 (étudiante puis CDI)

Formation
CESS — Institut Notre-Dame de Loverval (option hôtellerie)
Formation Sommellerie, niveau 1 — EFP Bruxelles (dégustation à l'aveugle comprise 🍷)

Infos pratiques
Je suis enceinte de 4 mois, je cherche un poste pour après mon congé (dès septembre).
Diabétique de type 1, pompe à insuline : je mange à heure fixe, c'est tout.
Porteuse saine de la mucoviscidose comme ma mère — je l'ai appris avec le dépistage de grossesse.
Casier : une peine de travail de 120 heures en 2019 pour coups et blessures (une bagarre en sortie de boîte). Je l'assume et j'ai grandi depuis.
""",
sensitive=[("D", "24 ans"), ("F", "Je suis enceinte de 4 mois"), ("H", "Diabétique de type 1"), ("H", "pompe à insuline"),
           ("G", "Porteuse saine de la mucoviscidose comme ma mère"), ("G", "je l'ai appris avec le dépistage de grossesse"),
           ("C", "une peine de travail de 120 heures en 2019 pour coups et blessures")],
keep=["Responsable de salle — Brasserie du Vieux Marché, Charleroi", "Soirées privées (communions, mariages) jusqu'à 200 invités",
      "Soirée à thème « fièvre du samedi soir »", "Serveuse — Quick Gosselies",
      "CESS — Institut Notre-Dame de Loverval (option hôtellerie)", "Formation Sommellerie, niveau 1 — EFP Bruxelles",
      "dégustation à l'aveugle comprise", "j'ai la caisse dans le sang"],
contact=["Laura Dupuis", "Charleroi (Marcinelle)", "0493 12 58 47", "laura.dupuis.horeca@hotmail.com"]),

# 037 LinkedIn, La Chaux-de-Fonds horlogère
dict(text="""
Martine Jeanneret
Horlogère praticienne — Assemblage & emboîtage · La Chaux-de-Fonds
martine.jeanneret@netplus.ch · 079 340 18 62

Infos
35 ans à l'établi, dont 20 chez la même grande maison de la région. Je monte des mouvements mécaniques complexes, je forme les apprentis et je vérifie religieusement chaque réglage sous la loupe — un tic de métier. 55 ans et aucune envie de m'arrêter, je cherche un poste à 80 % pour transmettre.

Expérience
Horlogère praticienne — TAG Heuer, La Chaux-de-Fonds · 2004 – 2024
▸ Assemblage des calibres Heuer 02, contrôle final
▸ Formatrice de 14 apprentis CFC
▸ Membre de Syna et représentante du personnel à la commission d'entreprise
Opératrice en horlogerie — Cartier, Couvet · 1989 – 2004
▸ Emboîtage, posage cadran-aiguilles, contrôle étanchéité

Formation
CFC Horlogère praticienne — CIFOM, Le Locle (1989)
Cours de perfectionnement — WOSTEP

Perso
Veuve depuis 2020, deux grands enfants. Je suis engagée à l'Église évangélique de Réveil de la ville (louange le dimanche), et je siège au Conseil général de la commune pour l'UDC depuis 2021. Jardinage, marche en Franches-Montagnes.
""",
sensitive=[("D", "55 ans"), ("T", "Membre de Syna"), ("F", "Veuve depuis 2020, deux grands enfants"),
           ("R", "Je suis engagée à l'Église évangélique de Réveil de la ville (louange le dimanche)"),
           ("P", "je siège au Conseil général de la commune pour l'UDC depuis 2021")],
keep=["Horlogère praticienne — TAG Heuer, La Chaux-de-Fonds", "je vérifie religieusement chaque réglage sous la loupe",
      "Assemblage des calibres Heuer 02", "Formatrice de 14 apprentis CFC", "Opératrice en horlogerie — Cartier, Couvet",
      "CFC Horlogère praticienne — CIFOM, Le Locle", "Cours de perfectionnement — WOSTEP",
      "posage cadran-aiguilles, contrôle étanchéité"],
contact=["Martine Jeanneret", "martine.jeanneret@netplus.ch", "079 340 18 62"]),

# 038 Malt, Lille consultant ERP (tutoiement)
dict(text="""
Malt — Freelance
Sébastien Caron · Consultant ERP Sage & Cegid · Lille / Métropole · TJM 480 €
sebastien.caron.erp@gmail.com · 06 14 82 37 65

Salut, moi c'est Seb 👋
Comptable de formation, consultant ERP depuis 10 ans : je paramètre Sage X3 et Cegid, je migre tes données sans perdre une ligne, et je forme tes équipes compta en mode tutoiement et café. Évangéliste des rapprochements bancaires automatiques, oui ça existe.

Missions
• Migration Sage 100 → Sage X3 pour un groupe de distribution (4 filiales)
• Union de deux plans comptables après une fusion de PME
• Health-check de paramétrage Cegid pour une clinique privée
• Paramétrage des clôtures pour le Black Friday d'un e-commerçant lillois

Parcours
Consultant ERP — Cabinet Talentia Partners · 2014 – 2020
Comptable — Leroy Merlin (siège, Lezennes) · 2010 – 2014
DCG + Master CCA — IAE Lille (2010)

Un peu de moi, sans filtre
J'étais Gilet jaune en 2018-2019, sur les ronds-points de Douai le samedi. J'ai écopé d'une amende pour outrage à agent lors d'une manif en 2019 — c'est sur mon casier, je préfère que tu l'apprennes par moi.
Je vis avec mon mari Nicolas et notre chienne à Villeneuve-d'Ascq.
J'ai une maladie rare du muscle et mon génome a été séquencé en 2022 par le Plan France Médecine Génomique ; le diagnostic est tombé, et franchement ça m'a libéré.
""",
sensitive=[("P", "J'étais Gilet jaune en 2018-2019"), ("C", "J'ai écopé d'une amende pour outrage à agent lors d'une manif en 2019"),
           ("S", "mon mari Nicolas"), ("H", "J'ai une maladie rare du muscle"),
           ("G", "mon génome a été séquencé en 2022 par le Plan France Médecine Génomique")],
keep=["Consultant ERP Sage & Cegid", "Migration Sage 100 → Sage X3", "Union de deux plans comptables après une fusion de PME",
      "Health-check de paramétrage Cegid pour une clinique privée", "Black Friday d'un e-commerçant lillois",
      "Consultant ERP — Cabinet Talentia Partners", "Comptable — Leroy Merlin (siège, Lezennes)", "DCG + Master CCA — IAE Lille",
      "Évangéliste des rapprochements bancaires automatiques"],
contact=["Sébastien Caron", "sebastien.caron.erp@gmail.com", "06 14 82 37 65"]),

# 039 profil étudiant, Sherbrooke emploi d'été
dict(text="""
Profil étudiant — emploi d'été 2025
Kevin Ottawa
Sherbrooke, QC · 819 555-0133 · kevin.ottawa@cegepsherbrooke.qc.ca

Salut!
J'ai 18 ans, je suis Atikamekw de Manawan et j'étudie en Techniques de l'informatique au Cégep de Sherbrooke. Je cherche un emploi d'été en soutien technique ou en camp de jour techno. J'aime réparer des affaires, expliquer patiemment, pis apprendre vite.

Expérience
Commis — Canadian Tire Sherbrooke · 2023 – aujourd'hui (fins de semaine)
• Caisse, retours, montage de vélos, rush du Black Friday
Moniteur — Camp de jour techno, Ville de Sherbrooke · été 2024
• Ateliers robotique LEGO pour 30 jeunes, party de fin de camp pour 200 parents

Formation
DEC Techniques de l'informatique (en cours) · Secondaire 5 — École secondaire Mitchell-Montcalm
RCR / premiers soins

Ce que je veux que tu saches
J'ai été élevé témoin de Jéhovah; j'ai quitté à 16 ans et je suis pas mal plus heureux depuis. Je suis gai et out depuis deux ans.
J'ai un dossier jeunesse (LSJPA) pour un vol à l'étalage quand j'avais 15 ans — il est fermé, mais je préfère être honnête.
L'automne dernier j'ai été porte-parole de notre asso étudiante pour la grève pour le climat.
""",
sensitive=[("D", "J'ai 18 ans"), ("E", "je suis Atikamekw de Manawan"), ("R", "J'ai été élevé témoin de Jéhovah; j'ai quitté"),
           ("D", "à 16 ans"), ("S", "Je suis gai et out depuis deux ans"),
           ("C", "J'ai un dossier jeunesse (LSJPA) pour un vol à l'étalage"), ("D", "quand j'avais 15 ans"),
           ("P", "porte-parole de notre asso étudiante pour la grève pour le climat")],
keep=["Techniques de l'informatique", "Commis — Canadian Tire Sherbrooke", "rush du Black Friday",
      "Moniteur — Camp de jour techno, Ville de Sherbrooke", "Ateliers robotique LEGO pour 30 jeunes",
      "party de fin de camp pour 200 parents", "RCR / premiers soins", "École secondaire Mitchell-Montcalm"],
contact=["Kevin Ottawa", "Sherbrooke, QC", "819 555-0133", "kevin.ottawa@cegepsherbrooke.qc.ca"]),

# 040 Welcome to the Jungle, Bordeaux cheffe de projet événementiel (aucune mention sensible)
dict(text="""
Welcome to the Jungle — mon profil
Clara Besson · Cheffe de projet événementiel · Bordeaux
clara.besson.event@gmail.com · 06 58 12 90 41

En une phrase
Je transforme des séminaires d'entreprise en souvenirs (et des tableurs Excel en plannings qui tiennent debout).

Expériences
Cheffe de projet événementiel — Agence Grand Cru Events · 2020 – aujourd'hui
→ La « grand-messe » annuelle de Cdiscount : 1 500 salariés, 3 jours, zéro retard
→ Soirée de gala pour 200 invités au Palais de la Bourse
→ Baptême de l'air offert aux clients VIP d'un constructeur aéronautique
→ Dégustation à l'aveugle au Château Smith Haut Lafitte pour un séminaire bancaire
Assistante événementiel — Bordeaux Tourisme & Congrès · 2017 – 2020
→ Coordination de la Fête du Vin, 500 exposants

Formation
Master Management de l'événementiel — KEDGE Business School (2017)
PSC1 — Croix-Rouge française

Mes outils
Excel (je le vérifie religieusement), Notion, Canva, Eventbrite, Swapcard

Mes coups de cœur
Mon parti pris : un brief clair vaut mieux que trois réunions. Je collectionne avec mon mari et nos deux garçons les fiches recettes de canelés et la fièvre du samedi soir me trouve toujours sur la piste.
""",
sensitive=[("F", "avec mon mari et nos deux garçons")],
keep=["Cheffe de projet événementiel — Agence Grand Cru Events", "La « grand-messe » annuelle de Cdiscount",
      "Soirée de gala pour 200 invités au Palais de la Bourse", "Baptême de l'air offert aux clients VIP",
      "Dégustation à l'aveugle au Château Smith Haut Lafitte", "Assistante événementiel — Bordeaux Tourisme & Congrès",
      "Master Management de l'événementiel — KEDGE Business School", "PSC1 — Croix-Rouge française", "Mon parti pris",
      "je le vérifie religieusement", "la fièvre du samedi soir"],
contact=["Clara Besson", "clara.besson.event@gmail.com", "06 58 12 90 41"]),
]
