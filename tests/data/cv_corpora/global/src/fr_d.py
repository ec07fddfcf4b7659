CVS = [
dict(n=31, text="""
SAWADOGO Issouf
Administrateur systèmes et réseaux
01 BP 4410 Ouagadougou 01, Burkina Faso | +226 70 88 21 46 | issouf.sawadogo.it@gmail.com | github.com/isawadogo

Profil : dix ans d'administration Linux et de réseaux dans la banque et les télécoms ; certifié RHCE.

Expériences
Coris Bank International, Ouagadougou — Administrateur systèmes senior (2018 – aujourd'hui)
  • Migration du core banking vers un cluster Red Hat ; disponibilité 99,95 %.
  • Intégration de Coris Baraka (fenêtre de finance islamique) dans le SI de la banque.
Orange Burkina Faso — Technicien réseaux IP (2013 – 2018)

Formation
Diplôme d'ingénieur en informatique, École supérieure d'informatique, Université Nazi Boni, Bobo-Dioulasso, 2013
RHCE (Red Hat), 2020 ; ITIL v4 Foundation

Situation personnelle
Marié ; ma femme et nos deux enfants vivent en France depuis 2022. Pour le regroupement familial, le consulat a exigé un test ADN, que j'ai fait en 2023.
Épilepsie stabilisée sous traitement, pas de crise depuis 2017.
En 2014, j'ai été condamné à une amende pour accès frauduleux à un système informatique (pentest non autorisé sur le site de mon ancienne université). Cette erreur m'a orienté vers la sécurité.

Langues : mooré, dioula, français, anglais (B2)
""",
sensitive=[("family_status", "Marié ; ma femme et nos deux enfants vivent en France depuis 2022."),
           ("genetic_biometric", "le consulat a exigé un test ADN, que j'ai fait en 2023"),
           ("health", "Épilepsie stabilisée sous traitement, pas de crise depuis 2017."),
           ("criminal_record", "j'ai été condamné à une amende pour accès frauduleux à un système informatique")],
keep=["Administrateur systèmes et réseaux", "Coris Bank International, Ouagadougou", "Administrateur systèmes senior",
      "Intégration de Coris Baraka (fenêtre de finance islamique) dans le SI de la banque",
      "Orange Burkina Faso", "Technicien réseaux IP",
      "Diplôme d'ingénieur en informatique, École supérieure d'informatique, Université Nazi Boni, Bobo-Dioulasso",
      "RHCE (Red Hat), 2020 ; ITIL v4 Foundation"],
contact=["SAWADOGO Issouf", "01 BP 4410 Ouagadougou 01, Burkina Faso", "+226 70 88 21 46",
         "issouf.sawadogo.it@gmail.com", "github.com/isawadogo"]),

dict(n=32, text="""
Professeur Ernst-Jacques BAPTISTE
Maître de conférences en sociologie
Route de Frères, Pétion-Ville, Haïti — (509) 3744-0981 — ejbaptiste.socio@gmail.com

DOMAINES
Sociologie du travail, mouvements paysans, migrations haïtiennes vers la République dominicaine

POSTES
Université d'État d'Haïti, Faculté des sciences humaines — Maître de conférences (2012 – aujourd'hui)
   – Cours de sociologie du travail et de méthodes qualitatives (licence et master).
   – Direction de 22 mémoires sur le travail informel et les syndicats de marchandes.
FOKAL (Fondation Connaissance et Liberté) — Chargé de recherche, programme « Mémoire » (2008 – 2012)

FORMATION
Doctorat en sociologie, Université Paris 8, 2007
Licence en sciences sociales, Université d'État d'Haïti, 2001

PUBLICATIONS CHOISIES
« Les braceros de Barahona : travail et frontière », Presses de l'Université Quisqueya, 2018
« Syndicats et partis en Haïti depuis 1986 », Cahiers des Amériques latines, 2020

ENGAGEMENTS PERSONNELS
Membre de Fanmi Lavalas depuis 1994 ; j'ai été candidat à la députation à Pétion-Ville en 2006.

RÉFÉRENCES
Dr Michèle Oriol, sociologue — (509) 3445-2110
Abbé Jean-Yves Médard, Université Notre-Dame d'Haïti — (509) 2813-0044
""",
sensitive=[("political_opinion", "Membre de Fanmi Lavalas depuis 1994 ; j'ai été candidat à la députation à Pétion-Ville en 2006.")],
keep=["Maître de conférences en sociologie", "Université d'État d'Haïti, Faculté des sciences humaines",
      "Direction de 22 mémoires sur le travail informel et les syndicats de marchandes",
      "FOKAL (Fondation Connaissance et Liberté)", "Doctorat en sociologie, Université Paris 8",
      "« Les braceros de Barahona : travail et frontière »", "« Syndicats et partis en Haïti depuis 1986 »",
      "Sociologie du travail, mouvements paysans, migrations haïtiennes vers la République dominicaine"],
contact=["Professeur Ernst-Jacques BAPTISTE", "Route de Frères, Pétion-Ville, Haïti", "(509) 3744-0981",
         "ejbaptiste.socio@gmail.com", "Dr Michèle Oriol", "(509) 3445-2110", "Abbé Jean-Yves Médard", "(509) 2813-0044"]),

dict(n=33, text="""
Ziad EL-HAGE
Analyste risques de crédit — banque de détail
Verdun, rue Rachid Karamé, Beyrouth | +961 70 332 918 | ziad.elhage@outlook.com

Informations : 30 ans · confession sunnite · permis de conduire

EXPÉRIENCE
Bank Audi, Beyrouth — Analyste risques de crédit senior (2019 – aujourd'hui)
   ▸ Restructuration de 1 600 prêts immobiliers en dollars après 2019 (lollars, circulaires BDL 151 et 158).
   ▸ Modèle de scoring pour les PME, validé par la Commission de contrôle des banques.
Al Baraka Bank Lebanon — Analyste financements Mourabaha (2016 – 2019)

FORMATION
Master en finance, Université Saint-Joseph (FGM), 2016
FRM (GARP), 2021

CENTRES D'INTÉRÊT
Course à pied (Marathon de Beyrouth 2018), photographie argentique.

EN TOUTE FRANCHISE
Je vis avec mon compagnon, Karim, depuis 2020 ; nous cherchons des postes à Paris ou à Montréal.
Je suis porteur de deux mutations du gène MEFV (fièvre méditerranéenne familiale), confirmées par test génétique en 2017 ; colchicine au long cours.

Langues : arabe, français, anglais
""",
sensitive=[("date_of_birth_age", "30 ans"), ("religious_belief", "confession sunnite"),
           ("sexual_orientation", "Je vis avec mon compagnon, Karim, depuis 2020"),
           ("genetic_biometric", "Je suis porteur de deux mutations du gène MEFV (fièvre méditerranéenne familiale), confirmées par test génétique en 2017"),
           ("health", "colchicine au long cours")],
keep=["Analyste risques de crédit — banque de détail", "Bank Audi, Beyrouth", "Analyste risques de crédit senior",
      "Restructuration de 1 600 prêts immobiliers en dollars", "Al Baraka Bank Lebanon",
      "Analyste financements Mourabaha", "Master en finance, Université Saint-Joseph (FGM)", "FRM (GARP)"],
contact=["Ziad EL-HAGE", "Verdun, rue Rachid Karamé, Beyrouth", "+961 70 332 918", "ziad.elhage@outlook.com"]),

dict(n=34, text="""
Nadia OUALI épouse BELKACEM
Professeure de sciences physiques (enseignement secondaire)
Cité des 500 logements, bloc 12, Tizi Ouzou · 0770 14 58 22 · nadia.ouali.physique@gmail.com

EXPÉRIENCE D'ENSEIGNEMENT
Lycée Fatma N'Soumer, Tizi Ouzou — Professeure principale de sciences physiques (2012 – aujourd'hui)
   • Classes de terminale sciences expérimentales et maths ; 84 % de réussite au bac en 2023.
   • Création du club d'astronomie, partenaire du CRAAG.
CEM Larbi Ben M'hidi, Azazga — Professeure (2008 – 2012)

FORMATION
Licence de physique, Université Mouloud Mammeri de Tizi Ouzou, 2007
Certificat d'aptitude au professorat de l'enseignement secondaire, 2010

VIE SYNDICALE
Adhérente du CNAPESTE depuis 2013, déléguée de l'établissement lors des grèves de 2018.

SANTÉ
Sclérose en plaques diagnostiquée en 2020, forme rémittente ; traitement de fond, mi-temps thérapeutique en 2021 seulement.
Mon frère est atteint de la maladie de Wilson ; le dépistage familial a montré que je suis porteuse hétérozygote.

LANGUES
Kabyle, arabe, français, anglais (B1)

Je certifie l'exactitude des informations ci-dessus. Tizi Ouzou, le 20 janvier 2024.
""",
sensitive=[("family_status", "épouse BELKACEM"),
           ("trade_union", "Adhérente du CNAPESTE depuis 2013, déléguée de l'établissement lors des grèves de 2018."),
           ("health", "Sclérose en plaques diagnostiquée en 2020, forme rémittente ; traitement de fond, mi-temps thérapeutique en 2021"),
           ("genetic_biometric", "Mon frère est atteint de la maladie de Wilson ; le dépistage familial a montré que je suis porteuse hétérozygote.")],
keep=["Professeure de sciences physiques (enseignement secondaire)", "Lycée Fatma N'Soumer, Tizi Ouzou",
      "Professeure principale de sciences physiques", "Création du club d'astronomie, partenaire du CRAAG",
      "CEM Larbi Ben M'hidi, Azazga", "Licence de physique, Université Mouloud Mammeri de Tizi Ouzou",
      "Certificat d'aptitude au professorat de l'enseignement secondaire"],
contact=["Nadia OUALI", "Cité des 500 logements, bloc 12, Tizi Ouzou", "0770 14 58 22",
         "nadia.ouali.physique@gmail.com"]),

dict(n=35, text="""
CURRICULUM VITAE

KAMBALE MUHINDO Jonathan — Ingénieur agronome
Quartier Kyeshero, Goma, Nord-Kivu, RDC
Tél. +243 97 614 22 08 — jonathan.kambale.agro@gmail.com

IDENTITÉ
Né à Butembo le 14 février 1987
Tribu : Nande
État civil : célibataire

EXPÉRIENCE
2017 – ce jour : FAO RDC, bureau de Goma — Chargé de programme résilience agricole
   ▹ Distribution de semences et d'outils à 46 000 ménages déplacés (Masisi, Rutshuru).
   ▹ Suivi des champs-écoles paysans avec les coopératives de café arabica.
2012 – 2017 : Caritas Développement Butembo-Beni — Agronome de terrain
   ▹ Filière cacao, 2 300 planteurs ; certification biologique.

FORMATION
Ingénieur agronome, Université catholique du Graben, Butembo, 2011
Master Agroécologie, Université de Liège (Gembloux Agro-Bio Tech), 2016

ENGAGEMENTS
Membre de l'UDPS depuis 2011, président de la cellule de Kyeshero (2019 – 2022).
Je vis avec mon partenaire, Olivier, à Goma depuis 2021.

INFORMATION JUDICIAIRE
Condamné en 2013 par le tribunal de paix de Butembo à deux mois de servitude pénale avec sursis pour rébellion lors d'une manifestation.

Langues : kinande, swahili, français, anglais
""",
sensitive=[("date_of_birth_age", "le 14 février 1987"), ("ethnic_origin", "Tribu : Nande"),
           ("family_status", "État civil : célibataire"),
           ("political_opinion", "Membre de l'UDPS depuis 2011, président de la cellule de Kyeshero (2019 – 2022)."),
           ("sexual_orientation", "Je vis avec mon partenaire, Olivier,"),
           ("criminal_record", "Condamné en 2013 par le tribunal de paix de Butembo à deux mois de servitude pénale avec sursis pour rébellion")],
keep=["Ingénieur agronome", "FAO RDC, bureau de Goma", "Chargé de programme résilience agricole",
      "Distribution de semences et d'outils à 46 000 ménages déplacés", "Caritas Développement Butembo-Beni",
      "Agronome de terrain", "Ingénieur agronome, Université catholique du Graben, Butembo",
      "Master Agroécologie, Université de Liège (Gembloux Agro-Bio Tech)"],
contact=["KAMBALE MUHINDO Jonathan", "Quartier Kyeshero, Goma, Nord-Kivu, RDC", "+243 97 614 22 08",
         "jonathan.kambale.agro@gmail.com"]),

dict(n=36, text="""
ANDRIANARISOA Mialy
Ingénieure logiciel — systèmes d'information de santé
Lot IVG 78, Behoririka, Antananarivo 101 — 034 05 218 66 — mialy.andrianarisoa@gmail.com

EXPÉRIENCES
Institut Pasteur de Madagascar — Ingénieure logiciel, unité d'épidémiologie (2019 – aujourd'hui)
   · Tableau de bord de surveillance de la peste et du paludisme (Python, PostgreSQL, Superset).
   · Interopérabilité DHIS2 avec le ministère de la Santé publique.
SALFA (Sampan'Asa Loterana momba ny Fahasalamana) — Développeuse (2016 – 2019)
   · Dossier patient informatisé pour 4 hôpitaux luthériens (Manambaro, Ejeda, Andranomadio, Antsirabe).
   · Formation de 60 agents de saisie.
FJKM, département développement — Stage de fin d'études (2015) : base de données des écoles confessionnelles.

FORMATION
Master en informatique, École supérieure polytechnique d'Antananarivo, 2016
Certificat DHIS2 Level 2 (Université d'Oslo), 2021

COMPÉTENCES
Python, Django, PostgreSQL, DHIS2, Docker, Git, Linux

PUBLICATION
« Surveillance de la peste pulmonaire à Madagascar : apport d'un tableau de bord en temps réel », Bulletin de la Société de pathologie exotique, 2022.

Langues : malagasy, français, anglais (C1)
""",
sensitive=[],
keep=["Ingénieure logiciel — systèmes d'information de santé", "Institut Pasteur de Madagascar",
      "Tableau de bord de surveillance de la peste et du paludisme",
      "SALFA (Sampan'Asa Loterana momba ny Fahasalamana)",
      "Dossier patient informatisé pour 4 hôpitaux luthériens",
      "FJKM, département développement", "base de données des écoles confessionnelles",
      "Master en informatique, École supérieure polytechnique d'Antananarivo", "Certificat DHIS2 Level 2"],
contact=["ANDRIANARISOA Mialy", "Lot IVG 78, Behoririka, Antananarivo 101", "034 05 218 66",
         "mialy.andrianarisoa@gmail.com"]),

dict(n=37, text="""
Marc WAGNER
Chef de projet informatique — secteur public
7, rue de la Gare, L-9122 Schieren · +352 621 338 470 · marc.wagner@pt.lu

Parcours
CTIE (Centre des technologies de l'information de l'État) — Chef de projet, guichet.lu (2016 – aujourd'hui)
   – Refonte des démarches en ligne pour les indépendants ; 140 000 dossiers par an.
   – Pilotage de l'intégration de LuxTrust dans les formulaires de la sécurité sociale.
POST Luxembourg — Analyste fonctionnel (2010 – 2016)

Formation
Master en informatique, Université du Luxembourg, 2010
PRINCE2 Practitioner ; Scrum Master (PSM I)

Engagements
Membre de la CGFP (Confédération générale de la fonction publique), délégué du personnel du CTIE depuis 2020.
Conseiller communal LSAP à Schieren depuis 2017.
Membre du conseil d'administration de Rosa Lëtzebuerg, l'association LGBTIQ+ à laquelle j'ai adhéré à mon coming out.

Situation judiciaire
En 2009, alors étudiant, j'ai été condamné pour détention de cannabis (amende) ; la condamnation figure encore au bulletin n° 2.

Langues : luxembourgeois, allemand, français, anglais
""",
sensitive=[("trade_union", "Membre de la CGFP (Confédération générale de la fonction publique), délégué du personnel du CTIE depuis 2020."),
           ("political_opinion", "Conseiller communal LSAP à Schieren depuis 2017."),
           ("sexual_orientation", "Membre du conseil d'administration de Rosa Lëtzebuerg, l'association LGBTIQ+ à laquelle j'ai adhéré à mon coming out."),
           ("criminal_record", "j'ai été condamné pour détention de cannabis (amende)")],
keep=["Chef de projet informatique — secteur public",
      "CTIE (Centre des technologies de l'information de l'État)", "Chef de projet, guichet.lu",
      "Refonte des démarches en ligne pour les indépendants", "POST Luxembourg", "Analyste fonctionnel",
      "Master en informatique, Université du Luxembourg", "PRINCE2 Practitioner ; Scrum Master (PSM I)"],
contact=["Marc WAGNER", "7, rue de la Gare, L-9122 Schieren", "+352 621 338 470", "marc.wagner@pt.lu"]),

dict(n=38, text="""
Yannick JEAN-BAPTISTE-ÉDOUARD
Éducateur spécialisé — protection de l'enfance
Cité Dillon, 97200 Fort-de-France · 0696 71 40 28 · yannick.jbe@gmail.com

Mon parcours n'est pas linéaire, et c'est ce qui me rend utile auprès des jeunes que j'accompagne.

EXPÉRIENCE
ADEPEI Martinique / Maison d'enfants à caractère social « Les Hibiscus » — Éducateur spécialisé (2017 – aujourd'hui)
   ⋄ Référent de 9 adolescents placés par l'ASE ; ateliers musique et boxe éducative.
   ⋄ Participation au projet de prévention de la délinquance avec la PJJ.
Association Mission Locale Centre — Conseiller d'insertion (2013 – 2017)

FORMATION
Diplôme d'État d'éducateur spécialisé (DEES), IRTS de Martinique, 2017
BPJEPS Animation sociale, 2012

CE QUE JE VEUX DIRE AVANT L'ENTRETIEN
J'ai été condamné pour trafic de stupéfiants à 19 ans et j'ai purgé dix mois au centre pénitentiaire de Ducos (2008 – 2009) ; mon profil ADN est enregistré au FNAEG depuis.
Je suis rastafari et je garde mes dreadlocks.
Je vis avec un trouble de stress post-traumatique depuis une agression en détention ; suivi au CMP.

Langues : créole, français, anglais

Références : Mme Lucienne Rosier, cheffe de service, MECS « Les Hibiscus » — 0596 60 44 12
""",
sensitive=[("date_of_birth_age", "à 19 ans"),
           ("criminal_record", "J'ai été condamné pour trafic de stupéfiants"),
           ("criminal_record", "j'ai purgé dix mois au centre pénitentiaire de Ducos (2008 – 2009)"),
           ("genetic_biometric", "mon profil ADN est enregistré au FNAEG depuis"),
           ("religious_belief", "Je suis rastafari"),
           ("health", "Je vis avec un trouble de stress post-traumatique depuis une agression en détention ; suivi au CMP.")],
keep=["Éducateur spécialisé — protection de l'enfance",
      "ADEPEI Martinique / Maison d'enfants à caractère social « Les Hibiscus »", "Éducateur spécialisé",
      "Référent de 9 adolescents placés par l'ASE", "Participation au projet de prévention de la délinquance avec la PJJ",
      "Association Mission Locale Centre", "Conseiller d'insertion",
      "Diplôme d'État d'éducateur spécialisé (DEES), IRTS de Martinique"],
contact=["Yannick JEAN-BAPTISTE-ÉDOUARD", "Cité Dillon, 97200 Fort-de-France", "0696 71 40 28", "yannick.jbe@gmail.com",
         "Mme Lucienne Rosier", "0596 60 44 12"]),

dict(n=39, text="""
MBOUMBA Steeve Arnaud
Jeune diplômé — contrôle de gestion
Quartier Nzeng-Ayong, Libreville, Gabon · +241 74 50 33 21 · steeve.mboumba@gmail.com

OBJECTIF
Intégrer le service de contrôle de gestion d'un groupe pétrolier ou minier et progresser vers le pilotage de la performance.

FORMATION
Master 2 Contrôle de gestion et audit, Institut national des sciences de gestion (INSG), Libreville, 2023
Licence en économie, Université Omar Bongo, 2021

STAGES
Perenco Oil & Gas Gabon, Port-Gentil — Stagiaire contrôle de gestion (6 mois, 2023)
   • Tableau de bord des coûts d'exploitation par champ ; analyse des écarts budgétaires.
Comilog (groupe Eramet), Moanda — Stagiaire comptabilité analytique (3 mois, 2022)

COMPÉTENCES
Excel avancé (Power Query), SAP FI-CO (notions), Power BI, anglais professionnel

INFORMATIONS PERSONNELLES
Né le 9 septembre 1998 (25 ans) · Célibataire, un enfant · Génotype : AS
Suivi au CTA de Libreville depuis 2020 ; mon traitement n'a jamais empêché mes études.
Je suis bisexuel et cela n'a pas à peser sur une embauche, mais je préfère l'écrire.

RÉFÉRENCES
M. Guy-Roger Ndong, contrôleur de gestion senior, Perenco Gabon — +241 66 20 41 11
""",
sensitive=[("date_of_birth_age", "Né le 9 septembre 1998 (25 ans)"), ("family_status", "Célibataire, un enfant"),
           ("genetic_biometric", "Génotype : AS"),
           ("health", "Suivi au CTA de Libreville depuis 2020"),
           ("sexual_orientation", "Je suis bisexuel")],
keep=["Jeune diplômé — contrôle de gestion",
      "Master 2 Contrôle de gestion et audit, Institut national des sciences de gestion (INSG), Libreville",
      "Licence en économie, Université Omar Bongo", "Perenco Oil & Gas Gabon, Port-Gentil",
      "Stagiaire contrôle de gestion", "Comilog (groupe Eramet), Moanda", "Excel avancé (Power Query), SAP FI-CO (notions), Power BI"],
contact=["MBOUMBA Steeve Arnaud", "Quartier Nzeng-Ayong, Libreville, Gabon", "+241 74 50 33 21",
         "steeve.mboumba@gmail.com", "M. Guy-Roger Ndong", "+241 66 20 41 11"]),

dict(n=40, text="""
PHẠM Minh Khoa — Architecte DPLG
Quận Bình Thạnh, Hô Chi Minh-Ville · +84 938 402 117 · khoa.pham.archi@gmail.com · behance.net/khoapham

Architecte formé en France et au Vietnam, douze ans de projets de logements et de réhabilitation du patrimoine colonial et vernaculaire.

PROJETS ET EMPLOIS
Vo Trong Nghia Architects, Hô Chi Minh-Ville — Architecte chef de projet (2016 – aujourd'hui)
   · Logements à bas coût en bambou pour le delta du Mékong (prix ARCASIA 2019).
   · Reconversion de l'ancien hôtel des Postes de Đà Lạt.
Agence Arte Charpentier, Paris — Architecte (2011 – 2016)
   · Équipe du concours de la cathédrale Notre-Dame de Saïgon (étude des façades, partenaire local).

FORMATION
Diplôme d'architecte DPLG, École nationale supérieure d'architecture de Paris-Belleville, 2010
Université d'architecture de Hô Chi Minh-Ville (2 années), 2004 – 2006

PERSONNEL
Mon mari, Thomas, est français ; nous nous sommes mariés à Lyon en 2018.
J'ai signé en 2016 la pétition des architectes contre la démolition de l'hôtel Catinat et je soutiens le mouvement écologiste indépendant Green Trees.
En 2018, j'ai été condamné à une amende administrative puis à trois mois avec sursis pour « trouble à l'ordre public » après une manifestation contre les zones économiques spéciales.

Langues : vietnamien, français (C2), anglais (C1)
""",
sensitive=[("sexual_orientation", "Mon mari, Thomas, est français ; nous nous sommes mariés à Lyon en 2018."),
           ("political_opinion", "je soutiens le mouvement écologiste indépendant Green Trees"),
           ("political_opinion", "J'ai signé en 2016 la pétition des architectes contre la démolition de l'hôtel Catinat"),
           ("criminal_record", "j'ai été condamné à une amende administrative puis à trois mois avec sursis pour « trouble à l'ordre public » après une manifestation contre les zones économiques spéciales")],
keep=["Architecte DPLG", "Vo Trong Nghia Architects, Hô Chi Minh-Ville", "Architecte chef de projet",
      "Logements à bas coût en bambou pour le delta du Mékong", "Agence Arte Charpentier, Paris",
      "Équipe du concours de la cathédrale Notre-Dame de Saïgon",
      "Diplôme d'architecte DPLG, École nationale supérieure d'architecture de Paris-Belleville",
      "Reconversion de l'ancien hôtel des Postes de Đà Lạt"],
contact=["PHẠM Minh Khoa", "Quận Bình Thạnh, Hô Chi Minh-Ville", "+84 938 402 117", "khoa.pham.archi@gmail.com",
         "behance.net/khoapham"]),
]
