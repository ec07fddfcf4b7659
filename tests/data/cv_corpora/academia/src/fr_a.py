# CV académiques rédigés à la main, français, 001-010.

CVS = [
dict(id="academia-fr-001", text="""
CURRICULUM VITAE — DEMANDE DE QUALIFICATION AUX FONCTIONS DE MAÎTRE DE CONFÉRENCES
Section CNU 19 (Sociologie, démographie) — campagne 2027

ÉTAT CIVIL
Nom d'usage : BENSAÏD-LAMBERT
Prénom : Camille
Née le 23 août 1991 à Roubaix (Nord)
Nationalité : française
Situation familiale : mariée, deux enfants
Adresse : 17 rue des Arts, 59100 Roubaix
Courriel : camille.bensaid-lambert@univ-lille.fr — Tél. : 06 12 55 48 90

TITRES UNIVERSITAIRES
2025 : Doctorat de sociologie, Université de Lille (CLERSÉ), mention sans objet. Thèse : « Se convertir derrière les murs. Islam, aumônerie et conversions en détention (2015-2022) ». Directeur : M. Olivier Ferrand ; jury : Mme Farida Haddad (présidente), M. Jean-Luc Moreau.
2018 : Master Sociologie, parcours Religions et sociétés, EPHE

ENSEIGNEMENT (ATER puis vacations, 412 h ETD)
Sociologie des religions (L2) ; Méthodes qualitatives (L3) ; Prison et société (M1)

PUBLICATIONS
– « L'aumônier musulman, un agent pénitentiaire comme les autres ? », Archives de sciences sociales des religions, n° 201, 2023.
– Ouvrage tiré de la thèse en préparation aux Presses universitaires du Septentrion.

TERRAIN ET POSITIONNEMENT
Enquête ethnographique dans trois maisons d'arrêt (autorisation DAP n° 2019-044). Convertie moi-même à l'islam en 2012, j'ai dû objectiver une proximité qui a facilité les entretiens avec les détenus convertis.

RESPONSABILITÉS COLLECTIVES
Élue SNESUP-FSU au conseil de l'école doctorale SESAM (2021-2023).
""", s=[
    ("D", "Née le 23 août 1991"),
    ("F", "Situation familiale : mariée, deux enfants"),
    ("R", "Convertie moi-même à l'islam en 2012"),
    ("U", "Élue SNESUP-FSU au conseil de l'école doctorale SESAM (2021-2023)"),
], keep=[
    "Section CNU 19 (Sociologie, démographie)",
    "Doctorat de sociologie, Université de Lille (CLERSÉ)",
    "Se convertir derrière les murs. Islam, aumônerie et conversions en détention (2015-2022)",
    "Master Sociologie, parcours Religions et sociétés, EPHE",
    "Sociologie des religions (L2)",
    "Prison et société (M1)",
    "L'aumônier musulman, un agent pénitentiaire comme les autres ?",
    "autorisation DAP n° 2019-044",
], contact=[
    "BENSAÏD-LAMBERT", "Camille", "17 rue des Arts, 59100 Roubaix",
    "camille.bensaid-lambert@univ-lille.fr", "06 12 55 48 90",
    "M. Olivier Ferrand", "Mme Farida Haddad", "M. Jean-Luc Moreau",
]),

dict(id="academia-fr-002", text="""
Candidature au poste de maître de conférences n° 4512 — Histoire contemporaine (section 22)
Université Toulouse – Jean Jaurès, UMR FRAMESPA

Julien Marchetti-Roux
Docteur en histoire contemporaine, qualifié section 22 (2024)
julien.marchetti@protonmail.com — 07 55 31 20 86 — 8 allée des Demoiselles, 31400 Toulouse
HAL : hal.science/search/index/?q=authIdHal_s:julien-marchetti

Parcours
2023-2026 : ATER puis chercheur post-doctorant, FRAMESPA (ANR « MILITEX – Militantismes ouvriers et exil espagnol »)
2019-2023 : Doctorat, Sciences Po Paris, Centre d'histoire. Thèse : « Les cellules d'entreprise du PCF chez Latécoère et Sud-Aviation, 1944-1981 » (dir. M. Pierre-Yves Garnier)

Publications (sélection)
« Être communiste à l'atelier : encartés et sympathisants à Toulouse », Le Mouvement social, n° 284, 2023.

Enseignements
Histoire du mouvement ouvrier français (L3) ; Partis politiques et militantisme au XXe siècle (M1)

Interruptions et situation personnelle
Congé paternité et congé parental à mi-temps de janvier à août 2024 (naissance de ma fille). Reconnaissance de la qualité de travailleur handicapé (RQTH) depuis 2020 pour une épilepsie stabilisée ; je demande un aménagement simple : pas d'éclairage stroboscopique en salle d'audition.
Par souci de transparence vis-à-vis de mon objet : j'ai adhéré au PCF en 2010 et j'en suis toujours membre, sans responsabilité.

37 ans.
""", s=[
    ("F", "Congé paternité et congé parental à mi-temps de janvier à août 2024 (naissance de ma fille)"),
    ("H", "Reconnaissance de la qualité de travailleur handicapé (RQTH) depuis 2020 pour une épilepsie stabilisée"),
    ("H", "pas d'éclairage stroboscopique en salle d'audition"),
    ("P", "j'ai adhéré au PCF en 2010 et j'en suis toujours membre"),
    ("D", "37 ans."),
], keep=[
    "Histoire contemporaine (section 22)",
    "Université Toulouse – Jean Jaurès, UMR FRAMESPA",
    "Docteur en histoire contemporaine, qualifié section 22 (2024)",
    "MILITEX – Militantismes ouvriers et exil espagnol",
    "Les cellules d'entreprise du PCF chez Latécoère et Sud-Aviation, 1944-1981",
    "Être communiste à l'atelier : encartés et sympathisants à Toulouse",
    "Histoire du mouvement ouvrier français (L3)",
    "Partis politiques et militantisme au XXe siècle (M1)",
], contact=[
    "Julien Marchetti-Roux", "julien.marchetti@protonmail.com", "07 55 31 20 86",
    "8 allée des Demoiselles, 31400 Toulouse", "hal.science/search/index/?q=authIdHal_s:julien-marchetti",
    "M. Pierre-Yves Garnier",
]),

dict(id="academia-fr-003", text="""
Youssef El Amrani
Doctorant-assistant, Groupe de recherche sur les Relations Ethniques, les Migrations et l'Égalité (GERME), Université libre de Bruxelles
Avenue Franklin Roosevelt 50, 1050 Bruxelles · youssef.el.amrani@ulb.be · +32 478 55 12 09

Thèse en cours (FNRS, aspirant 2022-2026)
« Retourner au bled ? Les retraités marocains de Belgique entre Molenbeek et le Rif »
Promotrice : Pr Andrea Rea ; copromotrice : Dr Sophie Lejeune

Formation
Master en sociologie et anthropologie, ULB, 2021 (grande distinction)
Bachelier en sciences politiques, UCLouvain, 2019

Enseignement
Assistant pour « Sociologie des migrations » (BA3) et « Islam en Europe : approches sociologiques » (MA1)

Communications
« Mourir au pays : rapatriement des corps et assurances communautaires », congrès de l'AISLF, Montréal, 2024.

Note réflexive (extrait du chapitre méthodologique)
Fils d'un ouvrier rifain arrivé à Charleroi en 1971, j'ai mené une partie des entretiens en tarifit avec des hommes de la génération de mon père. Ma propre trajectoire — je ne pratique plus le ramadan depuis mes vingt ans, ce que certains enquêtés ont deviné — a pesé sur la relation d'enquête.

Divers
Cohabitant légal avec Thomas depuis 2023. Permis B. Délégué CGSP-Enseignement pour le corps scientifique de la faculté. Membre du PTB (section Saint-Gilles).
""", s=[
    ("E", "Fils d'un ouvrier rifain arrivé à Charleroi en 1971"),
    ("R", "je ne pratique plus le ramadan"),
    ("D", "depuis mes vingt ans"),
    ("S", "Cohabitant légal avec Thomas depuis 2023"),
    ("U", 'Délégué CGSP-Enseignement pour le corps scientifique de la faculté.'),
    ("P", 'Membre du PTB (section Saint-Gilles).'),
], keep=[
    "Doctorant-assistant",
    "Université libre de Bruxelles",
    "Retourner au bled ? Les retraités marocains de Belgique entre Molenbeek et le Rif",
    "Master en sociologie et anthropologie, ULB, 2021",
    "Sociologie des migrations",
    "Islam en Europe : approches sociologiques",
    "Mourir au pays : rapatriement des corps et assurances communautaires",
], contact=[
    "Youssef El Amrani", "Avenue Franklin Roosevelt 50, 1050 Bruxelles",
    "youssef.el.amrani@ulb.be", "+32 478 55 12 09", "Pr Andrea Rea", "Dr Sophie Lejeune",
]),

dict(id="academia-fr-004", text="""
Dre Chiara Bellini
Chercheuse postdoctorale, Département de biologie computationnelle, Université de Lausanne
Génopode, 1015 Lausanne · chiara.bellini@unil.ch · +41 79 555 32 18
Née le 4 février 1993 à Bergame — ressortissante italienne, permis B

Domaines
Génomique des populations suisses ; scores de risque polygénique ; éthique du retour de résultats aux participants de biobanques.

Parcours
2022– Chercheuse postdoctorale (bourse Ambizione FNS PZ00P3_216101), UNIL
2018–2022 Doctorat en sciences de la vie, UNIL. Thèse : « Structure génétique fine de la Suisse et risque cardiométabolique dans la cohorte CoLaus|PsyCoLaus »
2016–2018 Master en bioinformatique, Università di Milano

Publications choisies
Bellini C., Kutalik Z. « Retour des variants actionnables aux participants de CoLaus : une étude pilote », Revue médicale suisse, 2024.
Bellini C. et al. « Polygenic scores across Swiss linguistic regions », AJHG, 2023.

Enseignement
TP « Génétique humaine et médecine » (Bachelor médecine, 2e année)

Déclaration d'intérêts
Mon propre exome a été séquencé dans le projet pilote que je coordonne (participante volontaire n° 12), et j'ai reçu le résultat d'un variant LDLR pathogène. Je suis actuellement enceinte (terme prévu en mars 2027) et je prendrai seize semaines de congé maternité.
""", s=[
    ("D", "Née le 4 février 1993"),
    ("E", "ressortissante italienne, permis B"),
    ("G", "Mon propre exome a été séquencé dans le projet pilote que je coordonne (participante volontaire n° 12), et j'ai reçu le résultat d'un variant LDLR pathogène"),
    ("F", "Je suis actuellement enceinte (terme prévu en mars 2027) et je prendrai seize semaines de congé maternité"),
], keep=[
    "Chercheuse postdoctorale, Département de biologie computationnelle, Université de Lausanne",
    "Génomique des populations suisses",
    "bourse Ambizione FNS",
    "Structure génétique fine de la Suisse et risque cardiométabolique dans la cohorte CoLaus|PsyCoLaus",
    "Retour des variants actionnables aux participants de CoLaus : une étude pilote",
    "Polygenic scores across Swiss linguistic regions",
    "Génétique humaine et médecine",
], contact=[
    "Dre Chiara Bellini", "Génopode, 1015 Lausanne", "chiara.bellini@unil.ch", "+41 79 555 32 18",
    "Kutalik Z.",
]),

dict(id="academia-fr-005", text="""
MARIE-ÈVE TREMBLAY-NADEAU, Ph. D.
Professeure agrégée, Institut de recherches et d'études féministes (IREF) et Département de sociologie, Université du Québec à Montréal
C.P. 8888, succ. Centre-ville, Montréal (Québec) H3C 3P8 · tremblay-nadeau.me@uqam.ca · 514 555-0188

FORMATION
Ph. D. en sociologie, Université Laval, 2012 — « Sortir du placard au travail : trajectoires de lesbiennes syndiquées dans la fonction publique québécoise »
M.A. en sociologie, UQAM, 2006

POSTES
2019– Professeure agrégée, UQAM ; 2013–2019 Professeure adjointe, Université de Sherbrooke

SUBVENTIONS
CRSH Savoir 435-2021-0330, « Santé des femmes de la diversité sexuelle vieillissantes » (chercheuse principale, 198 000 $)
FRQSC, équipe « Genre, travail et syndicalisme » (cochercheuse)

COURS
FEM3000 Théories féministes ; SOC6250 Sexualités, genre et travail

ENGAGEMENTS
Membre du conseil syndical du SPUQ (Syndicat des professeurs et professeures de l'UQAM), 2021-2025.
Je vis à Longueuil avec ma conjointe, Isabelle, et nos deux garçons.

CONGÉS
Congé de maladie de septembre 2017 à janvier 2018 (chirurgie pour une endométriose profonde), d'où le creux de publications de 2018.
""", s=[
    ("U", "Membre du conseil syndical du SPUQ (Syndicat des professeurs et professeures de l'UQAM), 2021-2025."),
    ("S", "avec ma conjointe, Isabelle,"),
    ("F", "et nos deux garçons"),
    ("H", "chirurgie pour une endométriose profonde"),
], keep=[
    "Professeure agrégée, Institut de recherches et d'études féministes (IREF)",
    "Université du Québec à Montréal",
    "Sortir du placard au travail : trajectoires de lesbiennes syndiquées dans la fonction publique québécoise",
    "Santé des femmes de la diversité sexuelle vieillissantes",
    "Genre, travail et syndicalisme",
    "FEM3000 Théories féministes",
    "SOC6250 Sexualités, genre et travail",
    "Professeure adjointe, Université de Sherbrooke",
], contact=[
    "MARIE-ÈVE TREMBLAY-NADEAU", "C.P. 8888, succ. Centre-ville, Montréal (Québec) H3C 3P8",
    "tremblay-nadeau.me@uqam.ca", "514 555-0188",
]),

dict(id="academia-fr-006", text="""
CURRICULUM VITAE

Pr Abdelhak Ouazzani
Professeur de l'enseignement supérieur, Département de sociologie, Faculté des lettres et des sciences humaines, Université Mohammed V de Rabat
Adresse : 12, rue Oued Sebou, Agdal, Rabat · Tél. : +212 661 55 74 30 · a.ouazzani@um5.ac.ma

Né le 2 mai 1970 à Fès
Marié, père de trois enfants

Diplômes
1999 : Doctorat d'État en sociologie, Université Mohammed V — « Syndicats et partis dans le Maroc de l'alternance : l'UMT, la CDT et l'USFP (1975-1998) »
1993 : DEA de sociologie politique, Université Paris 8

Carrière
2012– Professeur de l'enseignement supérieur ; 2001–2012 Professeur habilité ; 1999–2001 Professeur assistant, Université Ibn Tofail de Kénitra

Projets
Coordinateur du projet CNRST « Jeunes, religion et participation électorale au Maroc (2021-2024) »

Ouvrages
Ouazzani, A. (2016). Le militant et le notable. Casablanca : Éditions du Fennec.

Cours
Sociologie politique ; Sociologie de l'islam au Maghreb ; Mouvements sociaux et syndicalisme

Engagement
Membre du bureau local du SNESup (Syndicat national de l'enseignement supérieur) à Rabat. Détenu trois mois en 1991 à la prison de Aïn Kadous après la grève générale de décembre 1990, sans jugement définitif. Ancien membre du conseil national de l'USFP (2007-2017).
""", s=[
    ("D", "Né le 2 mai 1970"),
    ("F", "Marié, père de trois enfants"),
    ("U", "Membre du bureau local du SNESup (Syndicat national de l'enseignement supérieur) à Rabat"),
    ("P", "Ancien membre du conseil national de l'USFP (2007-2017)"),
    ("C", 'Détenu trois mois en 1991 à la prison de Aïn Kadous après la grève générale de décembre 1990, sans jugement définitif.'),
], keep=[
    "Professeur de l'enseignement supérieur, Département de sociologie",
    "Université Mohammed V de Rabat",
    "Syndicats et partis dans le Maroc de l'alternance : l'UMT, la CDT et l'USFP (1975-1998)",
    "DEA de sociologie politique, Université Paris 8",
    "Jeunes, religion et participation électorale au Maroc (2021-2024)",
    "Le militant et le notable",
    "Sociologie de l'islam au Maghreb",
    "Mouvements sociaux et syndicalisme",
], contact=[
    "Pr Abdelhak Ouazzani", "12, rue Oued Sebou, Agdal, Rabat", "+212 661 55 74 30", "a.ouazzani@um5.ac.ma",
]),

dict(id="academia-fr-007", text="""
CURRICULUM VITAE

Dr Mamadou Lamine Diouf
Maître de conférences titulaire, Département d'histoire, Faculté des lettres et sciences humaines, Université Cheikh Anta Diop de Dakar
BP 5005 Dakar-Fann · mlamine.diouf@ucad.edu.sn · +221 77 555 41 08

État civil
Date et lieu de naissance : 11 juillet 1978 à Fatick
Ethnie : sérère
Situation matrimoniale : marié (deux épouses), cinq enfants

Diplômes
2011 : Doctorat unique en histoire, UCAD — « Les confréries et l'arachide : économie morale du mouridisme dans le Baol (1912-1960) »
2004 : DEA d'histoire, UCAD

Carrière
2019 : Maître de conférences titulaire (CAMES)
2012-2019 : Maître-assistant, Département d'histoire, UCAD

Publications
Diouf, M. L. (2020). « Touba et l'État colonial : pèlerinage et police administrative », Afrique & histoire, 18.

Enseignements
Histoire de l'islam confrérique au Sénégal ; Histoire sociale du bassin arachidier ; Méthodologie des sources orales

Engagements
Talibé mouride, je me rends chaque année au Grand Magal de Touba. Membre du SAES (Syndicat autonome de l'enseignement supérieur), section Lettres.
""", s=[
    ("D", "Date et lieu de naissance : 11 juillet 1978"),
    ("E", "Ethnie : sérère"),
    ("F", "Situation matrimoniale : marié (deux épouses), cinq enfants"),
    ("R", "Talibé mouride, je me rends chaque année au Grand Magal de Touba"),
    ("U", "Membre du SAES (Syndicat autonome de l'enseignement supérieur), section Lettres"),
], keep=[
    "Maître de conférences titulaire, Département d'histoire",
    "Université Cheikh Anta Diop de Dakar",
    "Les confréries et l'arachide : économie morale du mouridisme dans le Baol (1912-1960)",
    "Maître de conférences titulaire (CAMES)",
    "Touba et l'État colonial : pèlerinage et police administrative",
    "Histoire de l'islam confrérique au Sénégal",
    "Méthodologie des sources orales",
], contact=[
    "Dr Mamadou Lamine Diouf", "BP 5005 Dakar-Fann", "mlamine.diouf@ucad.edu.sn", "+221 77 555 41 08",
]),

dict(id="academia-fr-008", text="""
Dr Nadine Haddad-Karam
Chercheuse associée, Institut de santé publique, Faculté de médecine, Université Saint-Joseph de Beyrouth
Rue de Damas, Beyrouth · nadine.haddad@usj.edu.lb · +961 3 555 214

Profil
Épidémiologiste, spécialiste du VIH et des infections sexuellement transmissibles chez les populations clés au Liban (HSH, travailleuses du sexe, personnes réfugiées).

Expérience
2018– Chercheuse associée, USJ ; coordination de l'enquête bio-comportementale IBBS 2022 (Programme national de lutte contre le sida, ministère de la Santé publique)
2013–2018 Chargée d'études, Fonds mondial, bureau de Beyrouth

Formation
Doctorat en épidémiologie, Université de Bordeaux (ISPED), 2013
Master de santé publique, USJ, 2009

Publications
Haddad-Karam N. et al. « Prévalence du VIH chez les HSH à Beyrouth : enquête RDS 2022 », Santé publique, 2023.

Informations personnelles
Libano-française. Inscrite au registre de l'état civil comme maronite (Jounieh) ; je suis aussi catéchiste dans ma paroisse. Mariée, une fille. Interruption de juin 2020 à mars 2021 : traitement d'un cancer du sein (chimiothérapie et radiothérapie), aujourd'hui en rémission ; le test génétique BRCA1/BRCA2 réalisé à cette occasion est revenu négatif.

Références : Pr Salim Adib (USJ) ; Dre Rita Nakhlé (OMS Liban).
""", s=[
    ("E", "Libano-française."),
    ("R", "Inscrite au registre de l'état civil comme maronite (Jounieh)"),
    ("R", "je suis aussi catéchiste dans ma paroisse"),
    ("F", "Mariée, une fille."),
    ("H", "traitement d'un cancer du sein (chimiothérapie et radiothérapie), aujourd'hui en rémission"),
    ("G", 'le test génétique BRCA1/BRCA2 réalisé à cette occasion est revenu négatif'),
], keep=[
    "Chercheuse associée, Institut de santé publique, Faculté de médecine, Université Saint-Joseph de Beyrouth",
    "spécialiste du VIH et des infections sexuellement transmissibles chez les populations clés au Liban",
    "Programme national de lutte contre le sida",
    "Chargée d'études, Fonds mondial",
    "Doctorat en épidémiologie, Université de Bordeaux (ISPED), 2013",
    "Prévalence du VIH chez les HSH à Beyrouth : enquête RDS 2022",
], contact=[
    "Dr Nadine Haddad-Karam", "Rue de Damas, Beyrouth", "nadine.haddad@usj.edu.lb", "+961 3 555 214",
    "Pr Salim Adib", "Dre Rita Nakhlé",
]),

dict(id="academia-fr-009", text="""
Stéphane Guérin — Ingénieur de recherche (BAP E), CNRS
Institut de Chimie des Substances Naturelles (ICSN, UPR 2301), 1 avenue de la Terrasse, 91190 Gif-sur-Yvette
stephane.guerin@cnrs.fr · 01 69 82 55 47

Compétences
Administration de la plateforme de calcul (cluster Slurm, 1 200 cœurs) ; chaînes de traitement RMN et spectrométrie de masse ; Python, R ; formation des doctorants ; PSSI et RGPD.

Parcours
Depuis 2015 : Ingénieur de recherche, ICSN — responsable du service informatique scientifique
2009-2015 : Ingénieur d'études, Laboratoire de Chimie Physique, Université Paris-Saclay
Concours IR externe 2015 ; IE 2009

Formation
Diplôme d'ingénieur, ENSIIE, 2008

Réalisations
Migration de la plateforme vers le mésocentre Paris-Saclay (2022) ; co-auteur de 18 articles (J. Nat. Prod., Org. Lett.)

Vie collective
Élu CGT FERC Sup à la commission administrative paritaire des IR du CNRS (2019-2022), puis secrétaire de la section CGT du campus.

Informations complémentaires
Né en 1983, pacsé avec Frédéric. Bénéficiaire de l'obligation d'emploi (RQTH) : surdité bilatérale appareillée ; merci de prévoir le sous-titrage pour les visioconférences.
""", s=[
    ("U", "Élu CGT FERC Sup à la commission administrative paritaire des IR du CNRS (2019-2022), puis secrétaire de la section CGT du campus"),
    ("D", "Né en 1983"),
    ("H", "surdité bilatérale appareillée"),
    ("H", "Bénéficiaire de l'obligation d'emploi (RQTH)"),
    ("S", 'pacsé avec Frédéric'),
], keep=[
    "Ingénieur de recherche (BAP E), CNRS",
    "Institut de Chimie des Substances Naturelles (ICSN, UPR 2301)",
    "responsable du service informatique scientifique",
    "Ingénieur d'études, Laboratoire de Chimie Physique, Université Paris-Saclay",
    "Diplôme d'ingénieur, ENSIIE, 2008",
    "Migration de la plateforme vers le mésocentre Paris-Saclay (2022)",
], contact=[
    "Stéphane Guérin", "1 avenue de la Terrasse, 91190 Gif-sur-Yvette", "stephane.guerin@cnrs.fr", "01 69 82 55 47",
]),

dict(id="academia-fr-010", text="""
Lydia Aït-Ouméziane
Doctorante contractuelle en anthropologie, Institut des mondes africains (IMAf), EHESS — Campus Condorcet, Aubervilliers
lydia.ait-oumeziane@ehess.fr | 06 55 18 72 41

Thèse (3e année) : « Les comités de village en Kabylie : assemblées, migrations et financement de l'eau (Tizi Ouzou, 1990-2025) », sous la direction de Mme Karima Lazali

Terrain
Quatorze mois d'enquête, dont l'essentiel à Aït Yenni, dans le village de mes parents, où ma famille a gardé sa maison ; entretiens en kabyle et en français ; observation des tajmaât et des caisses de solidarité des émigrés de Saint-Denis.

Formation
Master Anthropologie, EHESS, 2022 ; Licence d'histoire, Université Paris 8, 2020

Enseignement
Chargée de TD « Anthropologie de la parenté » (L2, Paris 8) ; atelier « Enquêter chez soi » (Campus Condorcet, 2025)

Communications
« Financer l'eau depuis Saint-Denis : la diaspora et la tajmaât », colloque AFEMAM, Aix, 2024.

Bourses
Aide à la mobilité IMAf (2023) ; bourse de terrain de l'Institut du monde arabe (2024).

Situation
Maman d'un petit garçon né en 2023 ; je suis en couple avec une femme, ce que mon terrain m'a conduite à taire.
""", s=[
    ("E", "dans le village de mes parents, où ma famille a gardé sa maison"),
    ("F", "Maman d'un petit garçon né en 2023"),
    ("S", "je suis en couple avec une femme"),
], keep=[
    "Doctorante contractuelle en anthropologie, Institut des mondes africains (IMAf), EHESS",
    "Les comités de village en Kabylie : assemblées, migrations et financement de l'eau (Tizi Ouzou, 1990-2025)",
    "Master Anthropologie, EHESS, 2022",
    "Anthropologie de la parenté",
    "Financer l'eau depuis Saint-Denis : la diaspora et la tajmaât",
    "entretiens en kabyle et en français",
], contact=[
    "Lydia Aït-Ouméziane", "lydia.ait-oumeziane@ehess.fr", "06 55 18 72 41", "Mme Karima Lazali",
]),
]
