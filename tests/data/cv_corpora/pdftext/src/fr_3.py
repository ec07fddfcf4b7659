# CV français 021-030, tels qu'extraits de fichiers PDF / Word. Écrits à la main.
CVS = []

# 021 France (Montpellier) - deux colonnes fusionnées, la colonne latérale coupe les phrases
CVS.append(dict(
text="""JULIEN FABRE-NAVARRO                         Développeur full-stack (Python / Vue.js)
julien.fabre.dev@gmail.com · 06 47 20 83 61 · Montpellier · github.com/jfabre-nav

À PROPOS                       EXPÉRIENCES
39 ans. Marié à Antoine        Développeur full-stack — Teads (adtech),
depuis 2017, nous              Montpellier                  2020 – aujourd'hui
vivons à Castelnau-le-Lez.     ▸ API d'enchères en Python (FastAPI),
                                 40 000 requêtes par seconde
Porteur du trait               ▸ Tableau de bord Vue.js pour les éditeurs
drépanocytaire (dépisté        ▸ Mentorat de deux alternants
en 2008, sans                  Développeur — Capgemini, Montpellier
symptôme).                                                  2014 – 2020
                               ▸ Portail assuré pour une mutuelle santé
CASIER                           (remboursements, tiers payant)
Une condamnation en 2006       ▸ Migration Java 8 → Python 3
(usage de cannabis,
amende), non inscrite          FORMATION
au bulletin n° 3.              Master Informatique, Université de
                               Montpellier (2014)
STACK
Python, FastAPI, Django,       LANGUES
Vue.js, PostgreSQL,            Anglais C1, espagnol B2
Docker, GitLab CI

Page 1/1""",
sens=[("D", "39 ans"), ("O", "Marié à Antoine"), ("G", "Porteur du trait"), ("G", "drépanocytaire"),
      ("C", "Une condamnation en 2006"), ("C", "(usage de cannabis,\namende)")],
keep=["Développeur full-stack (Python / Vue.js)", "Développeur full-stack — Teads (adtech),", "API d'enchères en Python (FastAPI),",
      "Développeur — Capgemini, Montpellier", "Portail assuré pour une mutuelle santé", "Migration Java 8 → Python 3",
      "Master Informatique, Université de", "Python, FastAPI, Django,"],
contact=["JULIEN FABRE-NAVARRO", "julien.fabre.dev@gmail.com", "06 47 20 83 61", "github.com/jfabre-nav", "Castelnau-le-Lez"],
))

# 022 Québec (Montréal) - Taleo bilingue : questions, puis CV analysé
CVS.append(dict(
text="""Taleo — Dossier de candidature / Application file
Poste : Travailleuse sociale — CLSC de Montréal-Nord (CIUSSS du Nord-de-l'Île) — 2403117
Candidate : Widelaine JOSEPH
Courriel : widelaine.joseph.ts@gmail.com   Tél. : 514 555-0185
Adresse : 11420 boul. Pie-IX, app. 6, Montréal-Nord (QC) H1G 4B3

Questions d'admissibilité
Membre de l'OTSTCFQ ? Oui, no 18-3321
Programme d'accès à l'égalité en emploi (facultatif) — Je m'identifie comme :
membre d'une minorité visible (Noire), née en Haïti, arrivée au Québec en 2004

CV (texte analysé)
WIDELAINE JOSEPH, T.S.
Expérience
CIUSSS de l'Est-de-l'Île — Travailleuse sociale, équipe jeunesse | 2018 – présent
   Évaluations DPJ et suivis de 24 familles
   Déléguée syndicale APTS pour l'équipe jeunesse depuis 2021
Maison d'Haïti — Intervenante communautaire | 2014 – 2018
   Accueil des familles nouvellement arrivées, francisation
Formation
Baccalauréat en travail social, Université de Montréal (2014)
Certificat en intervention auprès des jeunes, UQAM (2017)
Langues : français, créole haïtien, anglais
Autres
Je chante dans la chorale de l'Église baptiste évangélique de Montréal-Nord. Ma blonde,
Karine, et moi élevons sa fille de 6 ans.""",
sens=[("E", "membre d'une minorité visible (Noire), née en Haïti, arrivée au Québec en 2004"),
      ("U", "Déléguée syndicale APTS pour l'équipe jeunesse depuis 2021"),
      ("R", "Je chante dans la chorale de l'Église baptiste évangélique"), ("O", "Ma blonde,\nKarine"),
      ("F", "élevons sa fille de 6 ans")],
keep=["Travailleuse sociale — CLSC de Montréal-Nord", "CIUSSS de l'Est-de-l'Île — Travailleuse sociale, équipe jeunesse",
      "Évaluations DPJ et suivis de 24 familles", "Maison d'Haïti — Intervenante communautaire",
      "Accueil des familles nouvellement arrivées, francisation", "Baccalauréat en travail social, Université de Montréal",
      "Certificat en intervention auprès des jeunes, UQAM"],
contact=["Widelaine JOSEPH", "WIDELAINE JOSEPH", "widelaine.joseph.ts@gmail.com", "514 555-0185",
         "11420 boul. Pie-IX, app. 6, Montréal-Nord (QC) H1G 4B3", "no 18-3321"],
))

# 023 Suisse (Fribourg) - Europass ancien modèle, valeurs après tabulation, pied Europass
CVS.append(dict(
text="""Europass
Curriculum Vitae

Informations personnelles
Nom(s) / Prénom(s)	Krasniqi Arben
Adresse(s)	Route de la Glâne 44, 1700 Fribourg, Suisse
Téléphone(s)	+41 76 381 22 90
Courrier électronique	arben.krasniqi@gmx.ch
Nationalité	Kosovare (permis B)
Date de naissance	30.10.1990
Sexe	Masculin

Emploi recherché	Logisticien / chef de quai

Expérience professionnelle
Dates	Depuis 05/2017
Fonction ou poste occupé	Logisticien CFC, responsable de quai
Principales activités et responsabilités	Réception, contrôle et expédition ; 12 camions par
jour ; formation des apprentis ; représentant Syna de l'entrepôt depuis 2021
Nom et adresse de l'employeur	Micarna SA, Courtepin
Type ou secteur d'activité	Industrie alimentaire

Page 1 / 2 - Curriculum vitae de
Krasniqi Arben

Éducation et formation
Dates	2014 - 2017
Intitulé du certificat ou diplôme délivré	CFC de logisticien (validation des acquis)
Nom et type de l'établissement	Centre professionnel cantonal, Fribourg

Aptitudes et compétences personnelles
Langue(s) maternelle(s)	Albanais
Autre(s) langue(s)	Français (C1), allemand (B1)
Permis de conduire	B, C1, chariot élévateur (SUVA)

Information complémentaire	Marié, deux enfants. Musulman, je jeûne pendant le
ramadan sans que cela change mes horaires. Condamnation en 2016 pour excès
de vitesse qualifié (LCR, art. 90 al. 3), figure encore au casier.

Page 2 / 2 - Curriculum vitae de
Krasniqi Arben""",
sens=[("E", "Nationalité	Kosovare (permis B)"), ("D", "Date de naissance	30.10.1990"),
      ("U", "représentant Syna de l'entrepôt depuis 2021"), ("F", "Marié, deux enfants"),
      ("R", "Musulman, je jeûne pendant le\nramadan"), ("C", "Condamnation en 2016 pour excès\nde vitesse qualifié")],
keep=["Logisticien / chef de quai", "Logisticien CFC, responsable de quai", "Réception, contrôle et expédition ; 12 camions par",
      "Micarna SA, Courtepin", "Industrie alimentaire", "CFC de logisticien (validation des acquis)",
      "Centre professionnel cantonal, Fribourg", "B, C1, chariot élévateur (SUVA)"],
contact=["Krasniqi Arben", "Route de la Glâne 44, 1700 Fribourg, Suisse", "+41 76 381 22 90", "arben.krasniqi@gmx.ch"],
))

# 024 Belgique (Mons) - aucune mention sensible ; export Actiris / ATS, cellules à plusieurs espaces
CVS.append(dict(
text="""ACTIRIS / ATS — Profil exporté le 12/02/2024
Candidat        : Bastien Delvaux
E-mail          : bastien.delvaux.mons@gmail.com
GSM             : 0472 18 55 07
Localité        : 7000 Mons
Fonction visée  : Responsable des achats (industrie)

EXPÉRIENCES
Période          Employeur                        Fonction
2019 – ...       IBA (Ion Beam Applications)      Acheteur projets senior
2014 – 2019      Safran Aero Boosters, Herstal    Acheteur
2012 – 2014      Sonaca, Gosselies                Assistant achats

Réalisations
- Négociation des contrats-cadres pour les aimants supraconducteurs (22 M€)
- Mise en place de l'évaluation fournisseurs (EcoVadis) pour 140 fournisseurs
- Achats pour le centre de protonthérapie de Charleroi (équipements médicaux)
- Côté direction, préparation des données pour la négociation de la CCT avec les
  délégations syndicales (2022)

FORMATION
Master en sciences commerciales, Warocqué School of Business, UMONS (2012)
Certificat CPSM (ISM), 2018

LANGUES
Français (maternelle), anglais (C1), néerlandais (B2)

LOISIRS
Trail, cuisine, bénévolat au Doudou (encadrement du Lumeçon).""",
sens=[],
keep=["Responsable des achats (industrie)", "Acheteur projets senior", "Safran Aero Boosters, Herstal",
      "Négociation des contrats-cadres pour les aimants supraconducteurs (22 M€)",
      "Mise en place de l'évaluation fournisseurs (EcoVadis) pour 140 fournisseurs",
      "Achats pour le centre de protonthérapie de Charleroi (équipements médicaux)",
      "Master en sciences commerciales, Warocqué School of Business, UMONS", "Certificat CPSM (ISM), 2018"],
contact=["Bastien Delvaux", "bastien.delvaux.mons@gmail.com", "0472 18 55 07", "7000 Mons"],
))

# 025 Maroc (Marrakech) - CV scanné puis OCR : accents perdus, « rn » pour « m », lignes coupées
CVS.append(dict(
text="""CURRICULUM VITAE

NOM : OUBELLA
PRENOM : Fatima Zahra
Date de naissance : 21/07/1992
Adresse : Derb Sidi Bouloukat, Medina, Marrakech
Tel : 06 62 90 14 73 - Email : fz.oubella.hotel@gmail.com
Situation familiale : Mariee, enceinte (terme prevu en septernbre)

PROFIL
Gouvernante generale adjointe, 9 ans dans l'hotellerie de luxe a Marrakech. Arnazighe
de la vallee de l'Ourika, je parle tachelhit, arabe, francais et anglais.

EXPERIENCES PROFESSIONNELLES
2019 - ce jour : Gouvernante generale adjointe - Royal Mansour Marrakech
  * Encadrernent de 45 femmes et valets de chambre, 53 riads
  * Mise en place des standards Forbes Travel Guide (5 etoiles obtenues en 2022)
2015 - 2019 : Gouvernante d'etage - La Mamounia
  * Controle qualite des suites, gestion des stocks de linge

FORMATION
2015 : Diplome de technicien specialise en hebergement - ISTAH Marrakech (OFPPT)
2012 : Baccalaureat Sciences experimentales

DIVERS
Asthrne allergique, bien controle. Je porte le foulard et je souhaite le garder au
travail (adapte a l'uniforme).
                                                  Page 1/1""",
sens=[("D", "Date de naissance : 21/07/1992"), ("F", "Situation familiale : Mariee, enceinte (terme prevu en septernbre)"),
      ("E", "Arnazighe\nde la vallee de l'Ourika"), ("H", "Asthrne allergique"), ("R", "Je porte le foulard")],
keep=["Gouvernante generale adjointe", "Royal Mansour Marrakech", "Encadrernent de 45 femmes et valets de chambre, 53 riads",
      "Mise en place des standards Forbes Travel Guide (5 etoiles obtenues en 2022)", "Gouvernante d'etage - La Mamounia",
      "Diplome de technicien specialise en hebergement - ISTAH Marrakech (OFPPT)"],
contact=["OUBELLA", "Fatima Zahra", "Derb Sidi Bouloukat, Medina, Marrakech", "06 62 90 14 73", "fz.oubella.hotel@gmail.com"],
))

# 026 France (Lille) - export d'un ATS avec lettre de motivation analysée
CVS.append(dict(
text="""SmartRecruiters — Candidature exportée
Offre : Chef de projet MOA santé (H/F) — Lille — Réf. 7731
Prénom : Romain    Nom : DUQUESNE
E-mail : romain.duquesne@protonmail.com
Téléphone : +33 6 09 71 25 84
Ville : Lille (59000)

[CV — texte extrait]
ROMAIN DUQUESNE
CHEF DE PROJET SYSTÈMES D'INFORMATION DE SANTÉ
Expériences
- 2019 – auj. : Chef de projet MOA, GHT Lille Métropole Flandre Intérieure
  Déploiement du dossier patient informatisé (DPI) dans 5 hôpitaux, 6 000 utilisateurs
  Conduite du changement et formation des cadres de santé
- 2015 – 2019 : Consultant AMOA santé, Sopra Steria, Lille
  Paramétrage de la GAM et de la facturation (FIDES)
Formation
- Master Management des systèmes d'information, IAE Lille (2015)

[Lettre de motivation — texte extrait]
Madame, Monsieur,
Votre projet de portail patient pour la mucoviscidose me touche directement : ma
fille de 5 ans est atteinte de mucoviscidose et, comme mon mari, je suis porteur
sain d'une mutation du gène CFTR. Je connais donc les parcours de soins du
CRCM de l'intérieur.
Par ailleurs, je suis militant de La France insoumise à Lille-Sud, ce qui ne m'a jamais
empêché de travailler avec tout le monde.
Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.
Romain Duquesne""",
sens=[("F", "ma\nfille de 5 ans"), ("G", "est atteinte de mucoviscidose"), ("O", "comme mon mari"),
      ("G", "je suis porteur\nsain d'une mutation du gène CFTR"), ("P", "je suis militant de La France insoumise")],
keep=["Chef de projet MOA santé (H/F)", "Chef de projet MOA, GHT Lille Métropole Flandre Intérieure",
      "Déploiement du dossier patient informatisé (DPI) dans 5 hôpitaux", "Conduite du changement et formation des cadres de santé",
      "Consultant AMOA santé, Sopra Steria, Lille", "Master Management des systèmes d'information, IAE Lille",
      "Votre projet de portail patient pour la mucoviscidose"],
contact=["Romain", "DUQUESNE", "ROMAIN DUQUESNE", "Romain Duquesne", "romain.duquesne@protonmail.com", "+33 6 09 71 25 84",
         "Lille (59000)"],
))

# 027 Côte d'Ivoire (Abidjan) - CV Word à deux pages, rubriques en capitales, en-tête répété
CVS.append(dict(
text="""GNAGNE DJÉDJÉ ARMAND — INFIRMIER DIPLÔMÉ D'ÉTAT — Page 1/2

Adresse : Yopougon Selmer, Abidjan — Cel. : 07 58 20 19 63 — armand.gnagne@gmail.com

RENSEIGNEMENTS PERSONNELS
Né le : 11 novembre 1986 à Gagnoa
Ethnie : Bété
Religion : Catholique
Situation matrimoniale : Célibataire, 1 enfant
Génotype : AA

EXPÉRIENCE PROFESSIONNELLE
• Depuis 2015 : Infirmier au service des urgences, CHU de Yopougon
  – Triage et soins d'urgence, 80 passages par garde
  – Référent hygiène hospitalière du service
  – Secrétaire général adjoint du SYNAPCI, section CHU de Yopougon (depuis 2019)
• 2011 – 2015 : Infirmier, Centre de santé urbain de Port-Bouët (programme PEPFAR VIH)

GNAGNE DJÉDJÉ ARMAND — INFIRMIER DIPLÔMÉ D'ÉTAT — Page 2/2

FORMATION
• 2011 : Diplôme d'État d'Infirmier, INFAS Abidjan
• 2020 : Certificat en soins d'urgence, Université Félix Houphouët-Boigny

AUTRES INFORMATIONS
• Condamné en 2018 à six mois avec sursis pour émission de chèque sans provision ;
  dette remboursée depuis.
• Loisirs : football, lecture""",
sens=[("D", "Né le : 11 novembre 1986"), ("E", "Ethnie : Bété"), ("R", "Religion : Catholique"),
      ("F", "Situation matrimoniale : Célibataire, 1 enfant"), ("G", "Génotype : AA"),
      ("U", "Secrétaire général adjoint du SYNAPCI, section CHU de Yopougon"),
      ("C", "Condamné en 2018 à six mois avec sursis pour émission de chèque sans provision")],
keep=["INFIRMIER DIPLÔMÉ D'ÉTAT", "Infirmier au service des urgences, CHU de Yopougon", "Triage et soins d'urgence, 80 passages par garde",
      "Référent hygiène hospitalière du service", "Centre de santé urbain de Port-Bouët (programme PEPFAR VIH)",
      "Diplôme d'État d'Infirmier, INFAS Abidjan", "Certificat en soins d'urgence, Université Félix Houphouët-Boigny"],
contact=["GNAGNE DJÉDJÉ ARMAND", "Yopougon Selmer, Abidjan", "07 58 20 19 63", "armand.gnagne@gmail.com"],
))

# 028 France (Créteil) - CV Word, puces « ¶ » et « o », coupures de mots
CVS.append(dict(
text="""Inès BERTHIER-LAMBERT
Juriste contrats publics — 14 av. du Général-de-Gaulle, 94000 Créteil
06 81 37 52 90 — ines.berthier.lambert@gmail.com

PROFIL
¶ Juriste en droit de la commande publique (7 ans), côté acheteur et côté entreprise
¶ Reconnue travailleuse handicapée (RQTH) : dyslexie et dyspraxie, compensées par
  un logiciel de dictée ; aucune incidence sur la rédaction
¶ Rigueur, pédagogie, sens politique du dossier

EXPÉRIENCE
Conseil départemental du Val-de-Marne — Juriste marchés publics    2019 – auj.
o Rédaction des DCE (travaux, transports scolaires), 60 procédures par an
o Précontentieux et référés précontractuels
Eiffage Construction — Juriste contrats                           2016 – 2019
o Revue des CCAP, réclamations et mémoires en réclamation

FORMATION
Master 2 Droit public des affaires, Université Paris-Est Créteil (2016)
DU Contentieux des contrats publics, Paris 1 (2018)

ENGAGEMENTS
o Ancienne présidente des Jeunes Républicains du Val-de-Marne (2014-2016)
o Catholique pratiquante, animatrice d'aumônerie de lycée le samedi
o Pacsée avec Claire depuis 2020""",
sens=[("H", "Reconnue travailleuse handicapée (RQTH) : dyslexie et dyspraxie"),
      ("P", "Ancienne présidente des Jeunes Républicains du Val-de-Marne"), ("R", "Catholique pratiquante"),
      ("R", "animatrice d'aumônerie de lycée"), ("O", "Pacsée avec Claire")],
keep=["Juriste contrats publics", "Conseil départemental du Val-de-Marne — Juriste marchés publics",
      "Rédaction des DCE (travaux, transports scolaires), 60 procédures par an", "Précontentieux et référés précontractuels",
      "Eiffage Construction — Juriste contrats", "Master 2 Droit public des affaires, Université Paris-Est Créteil",
      "DU Contentieux des contrats publics, Paris 1"],
contact=["Inès BERTHIER-LAMBERT", "14 av. du Général-de-Gaulle, 94000 Créteil", "06 81 37 52 90", "ines.berthier.lambert@gmail.com"],
))

# 029 Belgique (Charleroi) - deux colonnes fusionnées, pied de page avec nom et e-mail
CVS.append(dict(
text="""DAVIDE SCIORTINO
Électromécanicien de maintenance

PROFIL                         EXPÉRIENCE
Électromécanicien (16 ans)     Électromécanicien — AGC Glass Europe,
en verrerie et sidérurgie.     Moustier                       2012 – ...
Petit-fils de mineur           ▪ Maintenance des fours float et des
sicilien arrivé en 1956,         lignes de découpe
je suis né à Charleroi.        ▪ Délégué principal FGTB-Métal pour la
                                 délégation ouvrière depuis 2018
COORDONNÉES                    Électricien — NLMK La Louvière
0478 90 12 66                  2007 – 2012
d.sciortino@hotmail.be         ▪ Dépannage des laminoirs, automates S7
Rue de Montigny 71,
6000 Charleroi                 FORMATION
                               CESS technique de qualification —
VIE PRIVÉE                     électromécanique, IPET Nivelles
En couple avec Kevin           VCA-VOL, BA4/BA5
depuis 2015.
                               LANGUES
CASIER                         Français, italien (sicilien),
Condamnation en 2009           notions de néerlandais
(rébellion, 3 mois avec
sursis), réhabilité en 2019.

D. Sciortino — d.sciortino@hotmail.be — Page 1/1""",
sens=[("E", "Petit-fils de mineur"), ("E", "sicilien arrivé en 1956"), ("U", "Délégué principal FGTB-Métal"),
      ("O", "En couple avec Kevin"), ("C", "Condamnation en 2009"), ("C", "(rébellion, 3 mois avec\nsursis)")],
keep=["Électromécanicien de maintenance", "Électromécanicien — AGC Glass Europe,", "Maintenance des fours float et des",
      "Électricien — NLMK La Louvière", "Dépannage des laminoirs, automates S7", "CESS technique de qualification —",
      "VCA-VOL, BA4/BA5"],
contact=["DAVIDE SCIORTINO", "D. Sciortino", "0478 90 12 66", "d.sciortino@hotmail.be", "Rue de Montigny 71,", "6000 Charleroi"],
))

# 030 Québec (Gatineau) - Word justifié, césures en fin de ligne, puces ●
CVS.append(dict(
text="""GENEVIÈVE LAFLEUR-CHARRON
Conseillère en ressources humaines, CRHA
Gatineau (Québec) J8Y 2A4 · 819 555-0122 · genevieve.lafleur.rh@gmail.com

PROFIL
Conseillère RH (11 ans) au fédéral puis au provincial. Je suis revenue au travail en
2020 après un cancer du sein traité en 2019 (chimiothérapie, puis rémis-
sion) et j'en ai gardé un grand sens des priorités.

EXPÉRIENCE
Ville de Gatineau — Conseillère principale, relations de travail        2019 – aujourd'hui
● Négociation de la convention collective des cols bleus (partie patronale)
● Enquêtes en harcèlement psychologique (15 dossiers/an)
Emploi et Développement social Canada — Conseillère en dotation       2013 – 2019
● Processus de dotation bilingues, équité en matière d'emploi

FORMATION
Baccalauréat en relations industrielles, Université du Québec en Outaouais (2012)
Membre de l'Ordre des CRHA (no 2016-11872)

PERSONNEL
● Mariée à Julie depuis 2014
● Un test d'ADN généalogique (Ancestry) m'a appris une ascendance algonquine
  que ma famille ignorait ; je suis en démarche auprès de la communauté de Kitigan
  Zibi
● Absolution conditionnelle en 2008 (méfait), sans casier aujourd'hui""",
sens=[("H", "un cancer du sein traité en 2019 (chimiothérapie, puis rémis-\nsion)"), ("O", "Mariée à Julie"),
      ("G", "Un test d'ADN généalogique (Ancestry)"), ("E", "une ascendance algonquine"),
      ("E", "en démarche auprès de la communauté de Kitigan\n  Zibi"),
      ("C", "Absolution conditionnelle en 2008 (méfait)")],
keep=["Conseillère en ressources humaines, CRHA", "Ville de Gatineau — Conseillère principale, relations de travail",
      "Négociation de la convention collective des cols bleus (partie patronale)",
      "Enquêtes en harcèlement psychologique (15 dossiers/an)",
      "Emploi et Développement social Canada — Conseillère en dotation",
      "Baccalauréat en relations industrielles, Université du Québec en Outaouais"],
contact=["GENEVIÈVE LAFLEUR-CHARRON", "Gatineau (Québec) J8Y 2A4", "819 555-0122", "genevieve.lafleur.rh@gmail.com",
         "no 2016-11872"],
))
