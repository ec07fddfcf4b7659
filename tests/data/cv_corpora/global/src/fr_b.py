CVS = [
dict(n=11, text="""
Marie-Claude WAHETRA
Technicienne supérieure en environnement — suivi des milieux miniers
Tribu de Tiendanite, Hienghène (Province Nord) — BP 112, 98815 Hienghène · 76 44 21 · mc.wahetra@mls.nc

Qui je suis
Kanak, originaire de la tribu de Tiendanite, je travaille depuis douze ans sur la réhabilitation des sites miniers du Nord, entre la mine et la tribu.

Parcours
2016 – aujourd'hui — Province Nord, Direction de l'aménagement et de l'environnement (DAE), Koné
   • Suivi de la qualité des creeks en aval de 9 centres miniers (prélèvements, rapports ICPE).
   • Revégétalisation de 38 ha avec des pépinières tribales.
2011 – 2016 — Koniambo Nickel SAS, Voh — Technicienne environnement
   • Suivi des sédiments et des eaux de ruissellement du massif.
2010 — Stage, Agence de développement de la culture kanak (ADCK), Centre culturel Tjibaou : inventaire des savoirs sur les plantes.

Formation
BTS Gestion et protection de la nature, lycée agricole de Pouembout, 2010
Licence professionnelle Génie de l'environnement, Université de la Nouvelle-Calédonie, 2014

Vie personnelle et engagements
Mère de trois enfants, je vis entre Koné et la tribu.
Militante de l'Union calédonienne (FLNKS), j'ai tenu un bureau de vote lors des trois consultations sur l'indépendance.
Syndiquée à l'USTKE depuis mon passage chez KNS.
Diaconesse à la paroisse protestante (Église protestante de Kanaky Nouvelle-Calédonie) de Tiendanite.

Langues : fwâi, français, anglais (lu)
""",
sensitive=[("ethnic_origin", "Kanak, originaire de la tribu de Tiendanite"),
           ("family_status", "Mère de trois enfants"),
           ("political_opinion", "Militante de l'Union calédonienne (FLNKS)"),
           ("trade_union", "Syndiquée à l'USTKE"),
           ("religious_belief", "Diaconesse à la paroisse protestante (Église protestante de Kanaky Nouvelle-Calédonie) de Tiendanite.")],
keep=["Technicienne supérieure en environnement — suivi des milieux miniers",
      "Province Nord, Direction de l'aménagement et de l'environnement (DAE), Koné",
      "Revégétalisation de 38 ha avec des pépinières tribales", "Koniambo Nickel SAS, Voh", "Technicienne environnement",
      "Agence de développement de la culture kanak (ADCK), Centre culturel Tjibaou",
      "BTS Gestion et protection de la nature, lycée agricole de Pouembout",
      "Licence professionnelle Génie de l'environnement, Université de la Nouvelle-Calédonie"],
contact=["Marie-Claude WAHETRA", "Tribu de Tiendanite, Hienghène (Province Nord)", "BP 112, 98815 Hienghène", "76 44 21", "mc.wahetra@mls.nc"]),

dict(n=12, text="""
Sandrine LOLLIA
Responsable des relations sociales — secteur hospitalier
Résidence Les Flamboyants, Bât. B, 97139 Les Abymes, Guadeloupe
0690 41 27 83 — sandrine.lollia@orange.fr

EXPÉRIENCE PROFESSIONNELLE
CHU de la Guadeloupe, Pointe-à-Pitre — Responsable des relations sociales, DRH (depuis 2018)
   • Préparation et suivi de 40 réunions par an avec les organisations syndicales (UGTG, CGTG, FO, CFDT).
   • Négociation du protocole de sortie de grève de 2021 (côté direction).
   • Pilotage du plan de prévention des risques psychosociaux et du dispositif de maintien dans l'emploi des agents en situation de handicap.
Centre hospitalier de Basse-Terre — Chargée de la gestion des carrières (2012 – 2018)
   • Commissions administratives paritaires ; dossiers de titularisation.

FORMATION
Master 2 Droit social, Université des Antilles, 2011
Diplôme d'attachée d'administration hospitalière, EHESP, 2016
Formation « Laïcité et fait religieux à l'hôpital », ARS Guadeloupe, 2020

COMPÉTENCES
Droit de la fonction publique hospitalière, dialogue social, conduite de réunion, GEF/Agirh, Excel

LANGUES
Français, créole guadeloupéen, anglais (B2)

CENTRES D'INTÉRÊT
Gwoka (tambour), randonnée en Basse-Terre, présidence du club de lecture de la médiathèque du Gosier
""",
sensitive=[],
keep=["Responsable des relations sociales — secteur hospitalier", "CHU de la Guadeloupe, Pointe-à-Pitre",
      "Préparation et suivi de 40 réunions par an avec les organisations syndicales (UGTG, CGTG, FO, CFDT)",
      "Négociation du protocole de sortie de grève de 2021 (côté direction)",
      "dispositif de maintien dans l'emploi des agents en situation de handicap",
      "Centre hospitalier de Basse-Terre", "Master 2 Droit social, Université des Antilles",
      "Diplôme d'attachée d'administration hospitalière, EHESP",
      "Formation « Laïcité et fait religieux à l'hôpital », ARS Guadeloupe"],
contact=["Sandrine LOLLIA", "Résidence Les Flamboyants, Bât. B, 97139 Les Abymes, Guadeloupe", "0690 41 27 83",
         "sandrine.lollia@orange.fr"]),

dict(n=13, text="""
Jérôme MONTROSE — Infirmier diplômé d'État
Quartier Bellevue, 97200 Fort-de-France | 0696 22 08 71 | jerome.montrose972@gmail.com
41 ans — permis B

Expérience
CHU de Martinique (site Pierre Zobda-Quitman) — Infirmier en néphrologie-dialyse, 2014 – aujourd'hui
  – Prise en charge de 18 patients hémodialysés par séance ; éducation thérapeutique.
  – Référent hygiène de l'unité (audit des abords vasculaires).
Clinique Saint-Paul, Fort-de-France — Infirmier de bloc, 2008 – 2014

Formation
Diplôme d'État d'infirmier, IFSI de Martinique, 2008
DU Éducation thérapeutique du patient, Université des Antilles, 2017

Représentation du personnel
Délégué syndical CDMT au CHU depuis 2019 ; élu au CSE central.

Situation
Pacsé avec Julien depuis 2016.
Génotype hémoglobine AS (trait drépanocytaire), connu depuis l'enfance.

Casier judiciaire
Une condamnation en 2010 (amende, outrage à agent lors d'un contrôle routier) figure au bulletin n° 2 ; je le précise pour l'enquête administrative.

Langues : français, créole martiniquais, espagnol (B1)
""",
sensitive=[("date_of_birth_age", "41 ans"), ("trade_union", "Délégué syndical CDMT au CHU depuis 2019 ; élu au CSE central."),
           ("sexual_orientation", "Pacsé avec Julien depuis 2016."),
           ("genetic_biometric", "Génotype hémoglobine AS (trait drépanocytaire)"),
           ("criminal_record", "Une condamnation en 2010 (amende, outrage à agent lors d'un contrôle routier) figure au bulletin n° 2")],
keep=["Infirmier diplômé d'État", "CHU de Martinique (site Pierre Zobda-Quitman)",
      "Infirmier en néphrologie-dialyse", "Référent hygiène de l'unité", "Clinique Saint-Paul, Fort-de-France",
      "Infirmier de bloc", "Diplôme d'État d'infirmier, IFSI de Martinique",
      "DU Éducation thérapeutique du patient, Université des Antilles"],
contact=["Jérôme MONTROSE", "Quartier Bellevue, 97200 Fort-de-France", "0696 22 08 71", "jerome.montrose972@gmail.com"]),

dict(n=14, text="""
CURRICULUM VITAE

NGUYỄN Thị Thu Hà
Traductrice-interprète français / anglais / vietnamien
Số 18, ngõ 35 phố Đặng Thai Mai, Tây Hồ, Hà Nội, Việt Nam
+84 912 447 308 — thuha.nguyen.trad@gmail.com

RENSEIGNEMENTS PERSONNELS
Date de naissance : 02/09/1985
Lieu de naissance : Huế
Ethnie : Kinh
Religion : bouddhiste
Situation familiale : mariée, un fils
Membre du Parti communiste du Vietnam depuis 2012

EXPÉRIENCE PROFESSIONNELLE
Agence universitaire de la Francophonie (AUF), Bureau Asie-Pacifique, Hanoï — Chargée de communication et traductrice (2015 – aujourd'hui)
   · Traduction des appels à projets et des rapports (2 millions de mots en 8 ans).
   · Interprétariat de conférence lors du Sommet de la Francophonie à Hanoï (volet jeunesse) et des visites ministérielles.
Le Courrier du Vietnam (agence VNA) — Journaliste-traductrice, rubrique société (2008 – 2015)
Institut Pasteur de Hô Chi Minh-Ville — traductions médicales ponctuelles (depuis 2019)

FORMATION
Licence de langue et civilisation françaises, Université de Hanoï, 2007
Master de traduction, ESIT (Paris III), promotion 2013, bourse du gouvernement français
DALF C2

Je certifie que les renseignements ci-dessus sont exacts.
Hanoï, le 5 janvier 2024
""",
sensitive=[("date_of_birth_age", "Date de naissance : 02/09/1985"), ("ethnic_origin", "Ethnie : Kinh"),
           ("religious_belief", "Religion : bouddhiste"), ("family_status", "mariée, un fils"),
           ("political_opinion", "Membre du Parti communiste du Vietnam depuis 2012")],
keep=["Traductrice-interprète français / anglais / vietnamien",
      "Agence universitaire de la Francophonie (AUF), Bureau Asie-Pacifique", "Chargée de communication et traductrice",
      "Le Courrier du Vietnam (agence VNA)", "Journaliste-traductrice, rubrique société",
      "Institut Pasteur de Hô Chi Minh-Ville", "Master de traduction, ESIT (Paris III)", "DALF C2"],
contact=["NGUYỄN Thị Thu Hà", "Số 18, ngõ 35 phố Đặng Thai Mai, Tây Hồ, Hà Nội, Việt Nam", "+84 912 447 308",
         "thuha.nguyen.trad@gmail.com"]),

dict(n=15, text="""
ABAKAR Adoum Haroun
Logisticien humanitaire — 12 ans
Quartier Klemat, N'Djamena, Tchad | +235 66 29 14 07 | abakar.haroun.log@gmail.com

ÉTAT CIVIL
Né vers 1984 au Darfour-Ouest (Soudan)
Réfugié soudanais arrivé au Tchad en 2004 ; carte de réfugié HCR, empreintes digitales et iris enregistrés au camp de Bredjing
Religion : musulman
Marié, cinq enfants

EXPÉRIENCES
Programme alimentaire mondial (PAM), bureau d'Abéché — Assistant logistique principal (2016 – aujourd'hui)
   – Gestion de 3 entrepôts (12 000 t/an) pour les camps de l'Est.
   – Coordination des convois vers Adré pendant l'afflux de réfugiés de 2023.
Médecins Sans Frontières (OCA), Farchana — Logisticien (2010 – 2016)
   – Approvisionnement des centres de nutrition ; chaîne du froid des vaccins.
Secours Islamique France, Goz Beïda — Magasinier (2006 – 2010)

FORMATION
Licence en gestion, Université Adam Barka d'Abéché, 2013
Certificat de logistique humanitaire, Bioforce, 2015

LANGUES
Arabe, zaghawa, français, anglais (notions)

RÉFÉRENCES
M. Idriss Mahamat, chef du sous-bureau PAM Abéché — +235 99 10 22 34
Dr Hélène Martin, ancienne coordinatrice MSF — helene.martin@msf.example.org
""",
sensitive=[("date_of_birth_age", "Né vers 1984"), ("ethnic_origin", "au Darfour-Ouest (Soudan)"),
           ("ethnic_origin", "Réfugié soudanais arrivé au Tchad en 2004"),
           ("genetic_biometric", "empreintes digitales et iris enregistrés au camp de Bredjing"),
           ("religious_belief", "Religion : musulman"), ("family_status", "Marié, cinq enfants")],
keep=["Logisticien humanitaire", "Programme alimentaire mondial (PAM), bureau d'Abéché", "Assistant logistique principal",
      "Gestion de 3 entrepôts (12 000 t/an) pour les camps de l'Est", "Médecins Sans Frontières (OCA), Farchana",
      "Secours Islamique France, Goz Beïda", "Licence en gestion, Université Adam Barka d'Abéché",
      "Certificat de logistique humanitaire, Bioforce"],
contact=["ABAKAR Adoum Haroun", "Quartier Klemat, N'Djamena, Tchad", "+235 66 29 14 07", "abakar.haroun.log@gmail.com",
         "M. Idriss Mahamat", "+235 99 10 22 34", "Dr Hélène Martin", "helene.martin@msf.example.org"]),

dict(n=16, text="""
OUÉDRAOGO Wendpouiré Boris
Professeur certifié de mathématiques
Secteur 28, Ouagadougou, Burkina Faso — 70 24 61 18 / 76 02 19 44 — boris.ouedraogo.maths@gmail.com

RENSEIGNEMENTS
Date de naissance : 11 novembre 1983 à Koudougou
Handicap : séquelles de poliomyélite (jambe gauche), je me déplace avec une canne
Confession : catholique

CARRIÈRE
Depuis 2015 : Lycée Philippe Zinda Kaboré, Ouagadougou — professeur de mathématiques, classes de terminale C et D
   • Taux de réussite au bac série C : 78 % en 2023.
   • Animateur pédagogique de la CEB ; formateur des nouveaux enseignants.
2009 – 2015 : Collège Saint-Viateur (enseignement catholique), Ouagadougou — professeur de mathématiques

FORMATION
CAPES mathématiques, École normale supérieure de Koudougou, 2009
Maîtrise de mathématiques, Université Joseph Ki-Zerbo, 2007

ENGAGEMENTS
Secrétaire général de la section SNESS du lycée Zinda depuis 2018.
Militant du MPP (Mouvement du peuple pour le progrès), comité de l'arrondissement 6.
J'ai été condamné en 2015 à trois mois avec sursis pour dégradation de biens publics lors de l'insurrection ; la peine est non avenue.

Langues : mooré, français, anglais (lu)
""",
sensitive=[("date_of_birth_age", "Date de naissance : 11 novembre 1983"),
           ("health", "séquelles de poliomyélite (jambe gauche), je me déplace avec une canne"),
           ("religious_belief", "Confession : catholique"),
           ("trade_union", "Secrétaire général de la section SNESS du lycée Zinda depuis 2018."),
           ("political_opinion", "Militant du MPP (Mouvement du peuple pour le progrès)"),
           ("criminal_record", "J'ai été condamné en 2015 à trois mois avec sursis pour dégradation de biens publics")],
keep=["Professeur certifié de mathématiques", "Lycée Philippe Zinda Kaboré, Ouagadougou",
      "professeur de mathématiques, classes de terminale C et D", "Taux de réussite au bac série C : 78 % en 2023",
      "Collège Saint-Viateur (enseignement catholique), Ouagadougou",
      "CAPES mathématiques, École normale supérieure de Koudougou", "Maîtrise de mathématiques, Université Joseph Ki-Zerbo"],
contact=["OUÉDRAOGO Wendpouiré Boris", "Secteur 28, Ouagadougou, Burkina Faso", "70 24 61 18", "76 02 19 44",
         "boris.ouedraogo.maths@gmail.com"]),

dict(n=17, text="""
Nadège PIERRE-LOUIS, inf.
Infirmière en santé communautaire
Rue Grégoire, Pétion-Ville, Haïti · (509) 4890-1127 · nadege.pierrelouis@yahoo.fr

Profil
Infirmière licenciée avec dix ans en santé maternelle et VIH communautaire, en clinique mobile comme en dispensaire.

Expériences
GHESKIO, Port-au-Prince — Infirmière coordonnatrice, programme PTME (2017 – aujourd'hui)
  ◇ Suivi de 600 femmes enceintes séropositives par an ; taux de transmission mère-enfant < 2 %.
  ◇ Formation de 45 agents de santé communautaire.
Hôpital Sacré-Cœur de Milot (CRUDEM) — Infirmière, maternité (2013 – 2017)

Formation
Licence en sciences infirmières, Faculté des sciences infirmières de l'Université Épiscopale d'Haïti (FSIL), Léogâne, 2013
Certificat en santé publique, Université d'État d'Haïti, 2019

Informations personnelles
J'ai 34 ans et je suis mère célibataire d'une fille de 8 ans.
Diabétique de type 1 depuis l'adolescence (pompe à insuline).
Membre de l'association Kouraj depuis 2018 ; ma compagne et moi y animons un groupe de parole.

Langues : créole, français, anglais

Références
Mme Marie-Carmel Joseph, directrice des soins, GHESKIO — (509) 2940-6000
Sœur Anne-Marie Dorvil, Hôpital Sacré-Cœur de Milot — (509) 3611-2280
""",
sensitive=[("date_of_birth_age", "J'ai 34 ans"), ("family_status", "mère célibataire d'une fille de 8 ans"),
           ("health", "Diabétique de type 1 depuis l'adolescence (pompe à insuline)."),
           ("sexual_orientation", "Membre de l'association Kouraj depuis 2018 ; ma compagne et moi y animons un groupe de parole.")],
keep=["Infirmière en santé communautaire", "GHESKIO, Port-au-Prince", "Infirmière coordonnatrice, programme PTME",
      "Suivi de 600 femmes enceintes séropositives par an", "Hôpital Sacré-Cœur de Milot (CRUDEM)",
      "Licence en sciences infirmières, Faculté des sciences infirmières de l'Université Épiscopale d'Haïti (FSIL), Léogâne",
      "Certificat en santé publique, Université d'État d'Haïti"],
contact=["Nadège PIERRE-LOUIS, inf.", "Rue Grégoire, Pétion-Ville, Haïti", "(509) 4890-1127", "nadege.pierrelouis@yahoo.fr",
         "Mme Marie-Carmel Joseph", "(509) 2940-6000", "Sœur Anne-Marie Dorvil", "(509) 3611-2280"]),

dict(n=18, text="""
RANDRIAMANANTENA Tojo Fitiavana — Comptable confirmé
Lot VK 12 Ter, Ambohimanarina, Antananarivo 101, Madagascar
Tél. : 033 12 408 77 — tojo.randria.compta@gmail.com

COMPÉTENCES
Comptabilité générale et analytique (PCG 2005), fiscalité malgache, SAGE 100, Excel avancé, audit des projets bailleurs

EXPÉRIENCE
2018 – ce jour · Ambatovy (Sherritt) — Comptable fournisseurs, Toamasina puis Antananarivo
   – Traitement de 1 400 factures/mois ; rapprochements intersociétés.
2013 – 2018 · Cabinet Delta Audit Deloitte — Assistant puis senior d'audit
   – Audit de l'Université catholique de Madagascar et de deux projets de la FJKM financés par l'UE.

FORMATION
DSCG (en cours, 3 UE validées)
Licence en gestion, option finance et comptabilité, Université d'Antananarivo, 2012

SITUATION PERSONNELLE
Âge : 35 ans
Divorcé, père d'un garçon ; un test ADN de paternité ordonné par le tribunal en 2021 a confirmé ma filiation.
Je vis aujourd'hui avec mon compagnon, Hery, à Ambohimanarina.
Catholique pratiquant, choriste à la cathédrale d'Andohalo.

CASIER JUDICIAIRE
Bulletin n° 3 : une mention — abus de confiance (2014), sursis ; réhabilitation demandée.

Langues : malagasy, français, anglais (B1)
""",
sensitive=[("date_of_birth_age", "Âge : 35 ans"), ("family_status", "Divorcé, père d'un garçon"),
           ("genetic_biometric", "un test ADN de paternité ordonné par le tribunal en 2021 a confirmé ma filiation"),
           ("sexual_orientation", "avec mon compagnon, Hery,"),
           ("religious_belief", "Catholique pratiquant, choriste à la cathédrale d'Andohalo."),
           ("criminal_record", "une mention — abus de confiance (2014), sursis")],
keep=["Comptable confirmé", "Ambatovy (Sherritt)", "Comptable fournisseurs",
      "Cabinet Delta Audit Deloitte", "Audit de l'Université catholique de Madagascar et de deux projets de la FJKM financés par l'UE",
      "Licence en gestion, option finance et comptabilité, Université d'Antananarivo",
      "fiscalité malgache, SAGE 100, Excel avancé"],
contact=["RANDRIAMANANTENA Tojo Fitiavana", "Lot VK 12 Ter, Ambohimanarina, Antananarivo 101, Madagascar",
         "033 12 408 77", "tojo.randria.compta@gmail.com"]),

dict(n=19, text="""
Mme Marie-Josée AH-KINE
Educatrice — enseignante de français et de littérature
Avenue Bois-Chéri, Quatre-Bornes, Maurice · 5 910 4472 · mj.ahkine@gmail.com

FICHE PERSONNELLE
Née le 30 avril 1979
Communauté : sino-mauricienne
Religion : catholique
Mariée, deux adolescents

PARCOURS D'ENSEIGNEMENT
Collège du Saint-Esprit, Quatre-Bornes — Educator (Head of French Department), 2011 – aujourd'hui
   - Préparation au Cambridge School Certificate et HSC en français et littérature.
   - Coordination du concours d'éloquence inter-collèges (Alliance française).
Loreto College, Rose-Hill — Educator, 2003 – 2011

FORMATION
BA (Hons) French, University of Mauritius, 2002
Postgraduate Certificate in Education, Mauritius Institute of Education, 2004
Master Didactique du FLE, Université de La Réunion (à distance), 2016

ENGAGEMENTS
Membre du comité exécutif de l'UPSEE (Union of Private Secondary Education Employees) depuis 2017.
Militante du MMM, j'ai été agent électoral dans la circonscription n° 18 en 2019.

AUTRES
Autrice de « Lectures créoles », anthologie pour le secondaire (Éditions de l'Océan Indien, 2020).

Langues : français, anglais, kreol morisien, hakka (oral)
""",
sensitive=[("date_of_birth_age", "Née le 30 avril 1979"), ("ethnic_origin", "Communauté : sino-mauricienne"),
           ("religious_belief", "Religion : catholique"), ("family_status", "Mariée, deux adolescents"),
           ("trade_union", "Membre du comité exécutif de l'UPSEE (Union of Private Secondary Education Employees) depuis 2017."),
           ("political_opinion", "Militante du MMM, j'ai été agent électoral dans la circonscription n° 18 en 2019.")],
keep=["Collège du Saint-Esprit, Quatre-Bornes", "Educator (Head of French Department)",
      "Coordination du concours d'éloquence inter-collèges", "Loreto College, Rose-Hill",
      "BA (Hons) French, University of Mauritius", "Postgraduate Certificate in Education, Mauritius Institute of Education",
      "Master Didactique du FLE, Université de La Réunion", "« Lectures créoles », anthologie pour le secondaire"],
contact=["Mme Marie-Josée AH-KINE", "Avenue Bois-Chéri, Quatre-Bornes, Maurice", "5 910 4472", "mj.ahkine@gmail.com"]),

dict(n=20, text="""
Lina HAMADÉ
Journaliste — enquêtes économiques et libertés publiques
Hamra, rue Makdessi, Beyrouth · +961 71 508 224 · lina.hamade@protonmail.com · x.com/linahamade

Parcours
L'Orient-Le Jour — Journaliste, rubrique Économie puis Liban, 2015 – aujourd'hui
   ▪ Série sur l'effondrement bancaire de 2019 (prix Samir Kassir 2021, catégorie enquête).
   ▪ Couverture de l'enquête sur l'explosion du port et des législatives de 2022.
Daraj Media — Pigiste, datajournalisme, 2013 – 2015
   ▪ Enquête sur les financements des partis confessionnels (données du ministère de l'Intérieur).

Formation
Master de journalisme, Université Saint-Joseph (IESAV/ÉSJ), 2013
Licence en sciences politiques, Université américaine de Beyrouth, 2011

À propos de moi
J'ai 33 ans. Élevée dans une famille druze du Chouf, je ne suis pas croyante.
J'ai défilé chaque semaine avec la thawra d'octobre 2019 et j'ai adhéré à Mada en 2020.
Je suis lesbienne et bénévole chez Helem depuis 2016.
En 2019, j'ai été convoquée puis retenue 24 heures par le Bureau de lutte contre la cybercriminalité à cause d'un tweet ; une amende m'a été infligée en 2020.

Langues : arabe, français, anglais
""",
sensitive=[("date_of_birth_age", "J'ai 33 ans."), ("religious_belief", "Élevée dans une famille druze du Chouf, je ne suis pas croyante."),
           ("political_opinion", "J'ai défilé chaque semaine avec la thawra d'octobre 2019 et j'ai adhéré à Mada en 2020."),
           ("sexual_orientation", "Je suis lesbienne et bénévole chez Helem depuis 2016."),
           ("criminal_record", "retenue 24 heures par le Bureau de lutte contre la cybercriminalité à cause d'un tweet ; une amende m'a été infligée en 2020")],
keep=["L'Orient-Le Jour", "Journaliste, rubrique Économie puis Liban", "Série sur l'effondrement bancaire de 2019",
      "Couverture de l'enquête sur l'explosion du port et des législatives de 2022", "Daraj Media",
      "Enquête sur les financements des partis confessionnels",
      "Master de journalisme, Université Saint-Joseph (IESAV/ÉSJ)",
      "Licence en sciences politiques, Université américaine de Beyrouth"],
contact=["Lina HAMADÉ", "Hamra, rue Makdessi, Beyrouth", "+961 71 508 224", "lina.hamade@protonmail.com",
         "x.com/linahamade"]),
]
