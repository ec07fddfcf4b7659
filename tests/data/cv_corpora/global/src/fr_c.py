CVS = [
dict(n=21, text="""
CURRICULUM VITAE

NOM : MWAMBA KASONGO
PRÉNOM : Didier
ADRESSE : Avenue Kasaï n° 27, Quartier Golf, Lubumbashi, Haut-Katanga, RDC
TÉL. : +243 99 702 14 58 — E-MAIL : didier.mwamba.mines@gmail.com
DATE DE NAISSANCE : 19/07/1982
TRIBU : Bemba
ÉTAT DE SANTÉ : amputé de la jambe droite sous le genou (accident de mine, 2014), appareillé ; apte au travail de bureau et aux visites de fosse en véhicule

PROFIL
Ingénieur civil des mines, 17 ans en exploitation à ciel ouvert et en planification dans la ceinture cuprifère.

EXPÉRIENCE
2015 – à ce jour : Kamoto Copper Company (KCC), Kolwezi — Ingénieur planification minière senior
   ◦ Plans quinquennaux et budgets de découverture (85 Mt/an) sous Deswik et Whittle.
   ◦ Accès aux zones sensibles par contrôle biométrique : mes empreintes et mon iris sont enregistrés dans le système de sûreté du site.
2007 – 2015 : Tenke Fungurume Mining — Ingénieur de production, fosse de Kwatebala
   ◦ Chef de poste ; 140 conducteurs d'engins.

FORMATION
Ingénieur civil des mines, Université de Lubumbashi, 2006
Certificat en gestion des risques géotechniques, Université du Witwatersrand, 2019

ACTIVITÉS SYNDICALES
Délégué syndical UNTC (Union nationale des travailleurs du Congo) à Tenke Fungurume de 2010 à 2014.

LANGUES
Français, swahili, kibemba, anglais (professionnel)

Je certifie sincères et exacts les renseignements ci-dessus.
""",
sensitive=[("date_of_birth_age", "DATE DE NAISSANCE : 19/07/1982"), ("ethnic_origin", "TRIBU : Bemba"),
           ("health", "amputé de la jambe droite sous le genou (accident de mine, 2014), appareillé"),
           ("genetic_biometric", "mes empreintes et mon iris sont enregistrés dans le système de sûreté du site"),
           ("trade_union", "Délégué syndical UNTC (Union nationale des travailleurs du Congo) à Tenke Fungurume de 2010 à 2014.")],
keep=["Ingénieur civil des mines", "Kamoto Copper Company (KCC), Kolwezi", "Ingénieur planification minière senior",
      "Plans quinquennaux et budgets de découverture (85 Mt/an)", "Tenke Fungurume Mining",
      "Ingénieur de production, fosse de Kwatebala", "Ingénieur civil des mines, Université de Lubumbashi",
      "Certificat en gestion des risques géotechniques, Université du Witwatersrand"],
contact=["MWAMBA KASONGO", "Didier", "Avenue Kasaï n° 27, Quartier Golf, Lubumbashi, Haut-Katanga, RDC",
         "+243 99 702 14 58", "didier.mwamba.mines@gmail.com"]),

dict(n=22, text="""
Prisca MOUSSAVOU
Professeure d'histoire-géographie
Akébé-Plaine, Libreville · +241 66 12 40 93 · prisca.moussavou@gmail.com

Enseignante au secondaire depuis treize ans, passionnée par l'histoire de l'Afrique centrale et par les projets de mémoire avec les élèves.

Expérience
Lycée national Léon Mba, Libreville — Professeure certifiée d'histoire-géographie (2014 – aujourd'hui)
   • Classes de terminale ; 71 % de réussite au bac en 2023 (moyenne nationale 48 %).
   • Projet « Mémoire de l'esclavage au Gabon » avec le musée national et l'UNESCO.
Collège Quaben (Église évangélique du Gabon), Libreville — Professeure (2011 – 2014)

Formation
CAPES d'histoire-géographie, École normale supérieure de Libreville, 2011
Master Histoire des sociétés africaines, Université Omar Bongo, 2009

Engagement syndical
Secrétaire adjointe de la section Léon Mba du SENA (Syndicat de l'éducation nationale), porte-parole pendant la grève de 2022.

À titre personnel
Je vis avec ma compagne, Estelle, et je milite discrètement pour que la dépénalisation de 2020 ne soit pas remise en cause.
Hypertension artérielle traitée depuis 2019.

Langues : français, punu, anglais
""",
sensitive=[("trade_union", "Secrétaire adjointe de la section Léon Mba du SENA (Syndicat de l'éducation nationale), porte-parole pendant la grève de 2022."),
           ("sexual_orientation", "Je vis avec ma compagne, Estelle,"),
           ("political_opinion", "je milite discrètement pour que la dépénalisation de 2020 ne soit pas remise en cause"),
           ("health", "Hypertension artérielle traitée depuis 2019.")],
keep=["Professeure d'histoire-géographie", "Lycée national Léon Mba, Libreville",
      "Professeure certifiée d'histoire-géographie", "Projet « Mémoire de l'esclavage au Gabon »",
      "Collège Quaben (Église évangélique du Gabon), Libreville",
      "CAPES d'histoire-géographie, École normale supérieure de Libreville",
      "Master Histoire des sociétés africaines, Université Omar Bongo"],
contact=["Prisca MOUSSAVOU", "Akébé-Plaine, Libreville", "+241 66 12 40 93", "prisca.moussavou@gmail.com"]),

dict(n=23, text="""
Dr Adama GUINDO
Médecin généraliste — santé publique et nutrition
Badalabougou Est, rue 136, porte 40, Bamako · +223 66 71 40 22 · adama.guindo.md@gmail.com

RENSEIGNEMENTS PERSONNELS
Âge : 36 ans | Ethnie : Dogon (Bandiagara) | Électrophorèse de l'hémoglobine : AS

EXPÉRIENCE
Depuis 2019 — ALIMA, Mopti : médecin référent nutrition
   - Supervision de 14 URENAS et 2 URENI ; prise en charge de 9 000 enfants malnutris par an.
   - Étude sur la drépanocytose chez les enfants hospitalisés (Mopti, 2022).
2016 – 2019 — Centre de santé de référence de Bandiagara : médecin chef de poste
2014 – 2016 — Hôpital du Mali (coopération chinoise) : médecin interne

FORMATION
Doctorat en médecine, FMOS, Université des sciences, des techniques et des technologies de Bamako, 2013
Master de santé publique, Université de Bordeaux (ISPED), 2018

ENGAGEMENTS
Membre du bureau national de la jeunesse du RPM (Rassemblement pour le Mali) de 2015 à 2018.

CASIER
En 2018, condamné à une amende pour avoir délivré un certificat médical de complaisance ; décision non inscrite au bulletin n° 3.

RÉFÉRENCES
Dr Mariam Traoré, coordinatrice médicale ALIMA Mali — +223 76 22 10 05
Pr Ousmane Koita, FMOS — +223 20 22 52 77
""",
sensitive=[("date_of_birth_age", "Âge : 36 ans"), ("ethnic_origin", "Ethnie : Dogon (Bandiagara)"),
           ("genetic_biometric", "Électrophorèse de l'hémoglobine : AS"),
           ("political_opinion", "Membre du bureau national de la jeunesse du RPM (Rassemblement pour le Mali) de 2015 à 2018."),
           ("criminal_record", "condamné à une amende pour avoir délivré un certificat médical de complaisance")],
keep=["Médecin généraliste — santé publique et nutrition", "ALIMA, Mopti", "médecin référent nutrition",
      "Étude sur la drépanocytose chez les enfants hospitalisés", "Centre de santé de référence de Bandiagara",
      "Hôpital du Mali (coopération chinoise)",
      "Doctorat en médecine, FMOS, Université des sciences, des techniques et des technologies de Bamako",
      "Master de santé publique, Université de Bordeaux (ISPED)"],
contact=["Dr Adama GUINDO", "Badalabougou Est, rue 136, porte 40, Bamako", "+223 66 71 40 22",
         "adama.guindo.md@gmail.com", "Dr Mariam Traoré", "+223 76 22 10 05", "Pr Ousmane Koita", "+223 20 22 52 77"]),

dict(n=24, text="""
C.V.

Alhassane Mohamed CAMARA
Ingénieur géologue minier
Quartier Kamsar-Centre, Boké, République de Guinée
Tél. : +224 628 11 45 70 / +224 664 72 08 13
E-mail : alhassane.camara.geo@gmail.com

ÉTAT CIVIL
Né le 03 mars 1980 à Kindia
Ethnie : soussou
Situation matrimoniale : marié (deux épouses), sept enfants
Groupe sanguin : A+

EXPÉRIENCES PROFESSIONNELLES
2012 – ce jour : Compagnie des Bauxites de Guinée (CBG), Kamsar
   Géologue principal, contrôle des teneurs
   - Modélisation des gisements de Sangarédi (Surpac, Leapfrog), 14 Mt/an.
   - Réconciliation mine-usine ; réduction de la dilution de 6 %.
2007 – 2012 : Société Minière de Boké (SMB) — Géologue d'exploration

FORMATION
Diplôme d'ingénieur géologue, Institut supérieur des mines et géologie de Boké, 2006
Certificat JORC Code, AusIMM, 2017

ACTIVITÉS SYNDICALES
Secrétaire général adjoint du comité syndical CNTG de la CBG (2016 – 2021).

LANGUES
Soussou, poular, français, anglais technique

RÉFÉRENCES
M. Elhadj Mamadou Barry, directeur des opérations minières, CBG — +224 622 00 41 17
Imam Sékou Sylla, mosquée de Kamsar — +224 620 12 33 90

Fait à Kamsar, le 8 février 2024
""",
sensitive=[("date_of_birth_age", "Né le 03 mars 1980"), ("ethnic_origin", "Ethnie : soussou"),
           ("family_status", "marié (deux épouses), sept enfants"), ("health", "Groupe sanguin : A+"),
           ("trade_union", "Secrétaire général adjoint du comité syndical CNTG de la CBG (2016 – 2021).")],
keep=["Ingénieur géologue minier", "Compagnie des Bauxites de Guinée (CBG), Kamsar",
      "Géologue principal, contrôle des teneurs", "Modélisation des gisements de Sangarédi (Surpac, Leapfrog)",
      "Société Minière de Boké (SMB)", "Géologue d'exploration",
      "Diplôme d'ingénieur géologue, Institut supérieur des mines et géologie de Boké", "Certificat JORC Code, AusIMM"],
contact=["Alhassane Mohamed CAMARA", "Quartier Kamsar-Centre, Boké, République de Guinée", "+224 628 11 45 70",
         "+224 664 72 08 13", "alhassane.camara.geo@gmail.com", "M. Elhadj Mamadou Barry", "+224 622 00 41 17",
         "Imam Sékou Sylla", "+224 620 12 33 90"]),

dict(n=25, text="""
Karim HADJ-AÏSSA
Ingénieur géotechnicien — 14 ans
Cité Bois des Cars 2, Dely Ibrahim, Alger · 0661 28 45 90 · karim.hadjaissa.geo@gmail.com

COMPÉTENCES CLÉS
Reconnaissance des sols, fondations profondes, PLAXIS 2D/3D, essais pressiométriques, suivi de chantier

EXPÉRIENCE PROFESSIONNELLE
LTPC (Laboratoire des travaux publics du Centre), Alger — Chef de projet géotechnique (2015 – aujourd'hui)
   ▫ Études de sol et suivi des pieux pour la Grande Mosquée d'Alger (Djamaâ El Djazaïr) : 2 800 pieux, radier de 4 m.
   ▫ Campagne géotechnique du nouvel hôpital anticancéreux de Draâ Ben Khedda (Tizi Ouzou).
   ▫ Expertise des immeubles de la Casbah pour le plan de sauvegarde.
Cosider Travaux Publics — Ingénieur études (2010 – 2015)
   ▫ Tunnels du métro d'Alger, extension El Harrach.

FORMATION
Ingénieur d'État en génie civil, École nationale polytechnique d'Alger, 2009
Magister en géotechnique, USTHB, 2013

PUBLICATIONS
« Comportement des pieux forés dans les argiles de la Mitidja », Revue française de géotechnique, 2021

DIVERS
Formateur à l'Al Baraka Bank Algérie pour l'évaluation technique des projets immobiliers financés (2022).
Permis B. Disponible pour des missions en Afrique de l'Ouest.

LANGUES
Arabe, tamazight, français, anglais (B2)
""",
sensitive=[],
keep=["Ingénieur géotechnicien", "Chef de projet géotechnique",
      "Études de sol et suivi des pieux pour la Grande Mosquée d'Alger (Djamaâ El Djazaïr)",
      "Campagne géotechnique du nouvel hôpital anticancéreux de Draâ Ben Khedda",
      "Cosider Travaux Publics", "Ingénieur d'État en génie civil, École nationale polytechnique d'Alger",
      "Magister en géotechnique, USTHB", "Comportement des pieux forés dans les argiles de la Mitidja",
      "Formateur à l'Al Baraka Bank Algérie"],
contact=["Karim HADJ-AÏSSA", "Cité Bois des Cars 2, Dely Ibrahim, Alger", "0661 28 45 90",
         "karim.hadjaissa.geo@gmail.com"]),

dict(n=26, text="""
Claire SCHMIT
Juriste senior — droit du travail et protection des données
3, route d'Arlon, L-8009 Strassen (Luxembourg) · +352 691 204 118 · claire.schmit@posteo.lu

PARCOURS
Arendt & Medernach, Luxembourg — Juriste senior, Employment, Pensions & Benefits (2017 – aujourd'hui)
   – Restructurations et plans sociaux (banques, fonds) ; relations avec l'ITM et les délégations du personnel.
   – Audits RGPD des données RH, y compris les données de santé et les données biométriques de pointage.
Commission nationale pour la protection des données (CNPD) — Juriste (2013 – 2017)

FORMATION
Master 2 Droit social, Université de Strasbourg, 2012
Certificat CIPP/E (IAPP), 2018

EN QUELQUES MOTS, POUR ÊTRE TRANSPARENTE
J'ai 39 ans et je vis à Strassen avec ma compagne, Léa ; nous élevons ses deux enfants.
Après un test génétique positif pour BRCA1 en 2021, je suis sous surveillance renforcée (IRM semestrielle).
J'ai été arrêtée quatre mois en 2016 pour une dépression ; je suis suivie et en pleine forme.
Mon extrait de casier judiciaire porte une condamnation de 2011 pour conduite en état d'ivresse (retrait de permis de 6 mois).

Langues : luxembourgeois, français, allemand, anglais
""",
sensitive=[("date_of_birth_age", "J'ai 39 ans"), ("sexual_orientation", "avec ma compagne, Léa"),
           ("family_status", "nous élevons ses deux enfants"),
           ("genetic_biometric", "Après un test génétique positif pour BRCA1 en 2021"),
           ("health", "je suis sous surveillance renforcée (IRM semestrielle)"),
           ("health", "J'ai été arrêtée quatre mois en 2016 pour une dépression"),
           ("criminal_record", "une condamnation de 2011 pour conduite en état d'ivresse (retrait de permis de 6 mois)")],
keep=["Juriste senior — droit du travail et protection des données", "Arendt & Medernach, Luxembourg",
      "Juriste senior, Employment, Pensions & Benefits",
      "Audits RGPD des données RH, y compris les données de santé et les données biométriques de pointage",
      "Commission nationale pour la protection des données (CNPD)", "Master 2 Droit social, Université de Strasbourg",
      "Certificat CIPP/E (IAPP)"],
contact=["Claire SCHMIT", "3, route d'Arlon, L-8009 Strassen (Luxembourg)", "+352 691 204 118", "claire.schmit@posteo.lu"]),

dict(n=27, text="""
TUIFUA Petelo
Mécanicien engins lourds — chef d'atelier
12, rue Édouard Unger, 98800 Nouméa (Rivière-Salée) · 79 30 11 · petelo.tuifua@lagoon.nc

Je suis Wallisien, arrivé à Nouméa avec mes parents à 14 ans. Vingt ans de mécanique sur engins miniers, dont huit comme chef d'atelier.

EXPÉRIENCE
SLN (groupe Eramet), centre minier de Thio — Chef d'atelier engins (2016 – aujourd'hui)
   › 38 tombereaux et pelles CAT ; disponibilité flotte de 81 % à 89 %.
   › Formation de 12 apprentis du CFA de Nouméa.
Caterpillar / Barrau — Mécanicien itinérant (2004 – 2016)

FORMATION
Bac pro Maintenance des matériels (option TP), lycée Jules Garnier, 2003
Habilitations électriques B1V / BR, CACES engins R482

VIE SYNDICALE
Délégué USOENC au CE de la SLN Thio (2018 – 2022).

CE QU'IL FAUT SAVOIR
Condamné en 2012 à trois mois avec sursis pour conduite en état alcoolique. Suite à cela j'ai suivi une cure ; je suis abstinent depuis onze ans et je parraine d'autres membres aux Alcooliques anonymes.
Catholique, je chante à la paroisse Saint-Jean-Baptiste de Rivière-Salée.

Langues : wallisien, français, anglais (notions)
""",
sensitive=[("ethnic_origin", "Je suis Wallisien, arrivé à Nouméa avec mes parents à 14 ans."),
           ("trade_union", "Délégué USOENC au CE de la SLN Thio (2018 – 2022)."),
           ("criminal_record", "Condamné en 2012 à trois mois avec sursis pour conduite en état alcoolique."),
           ("health", "j'ai suivi une cure ; je suis abstinent depuis onze ans et je parraine d'autres membres aux Alcooliques anonymes"),
           ("religious_belief", "Catholique, je chante à la paroisse Saint-Jean-Baptiste de Rivière-Salée.")],
keep=["Mécanicien engins lourds — chef d'atelier", "SLN (groupe Eramet), centre minier de Thio",
      "Chef d'atelier engins", "disponibilité flotte de 81 % à 89 %", "Caterpillar / Barrau", "Mécanicien itinérant",
      "Bac pro Maintenance des matériels (option TP), lycée Jules Garnier", "CACES engins R482"],
contact=["TUIFUA Petelo", "12, rue Édouard Unger, 98800 Nouméa (Rivière-Salée)", "79 30 11", "petelo.tuifua@lagoon.nc"]),

dict(n=28, text="""
Maëva DESIRÉ-ZÉNON
Comptable unique — PME et associations
Résidence Les Palmiers, 97122 Baie-Mahault, Guadeloupe | 0690 58 12 04 | maeva.dz@wanadoo.fr

COMPÉTENCES
Tenue complète jusqu'au bilan, paie (Silae), déclarations fiscales DOM (octroi de mer, TVA à 8,5 %), subventions européennes FEDER

EXPÉRIENCE
Guadeloupe Port Caraïbes — Comptable (2019 – aujourd'hui)
   · Clôtures mensuelles, immobilisations portuaires, suivi des dossiers FEDER (22 M€).
Fiduciaire Antilles Conseil, Jarry — Assistante comptable (2012 – 2019)
   · Portefeuille de 60 clients, dont l'Union des travailleurs de la santé (comptes annuels du syndicat) et deux églises adventistes.

FORMATION
DCG, 2012 ; BTS Comptabilité et gestion, lycée Baimbridge, 2009

EN DEHORS DU TRAVAIL
Adhérente de l'UGTG depuis la grève générale de 2009.
Candidate sur la liste « Baie-Mahault an nou » (divers gauche) aux municipales de 2020.
Bisexuelle, je participe à l'organisation de la Pride de Pointe-à-Pitre.
Drépanocytaire SC, suivie au centre de référence du CHU ; très peu d'arrêts.

Langues : français, créole, anglais (B1)
""",
sensitive=[("trade_union", "Adhérente de l'UGTG depuis la grève générale de 2009."),
           ("political_opinion", "Candidate sur la liste « Baie-Mahault an nou » (divers gauche) aux municipales de 2020."),
           ("sexual_orientation", "Bisexuelle, je participe à l'organisation de la Pride de Pointe-à-Pitre."),
           ("genetic_biometric", "Drépanocytaire SC")],
keep=["Comptable unique — PME et associations", "Guadeloupe Port Caraïbes", "suivi des dossiers FEDER (22 M€)",
      "Fiduciaire Antilles Conseil, Jarry", "Assistante comptable",
      "dont l'Union des travailleurs de la santé (comptes annuels du syndicat) et deux églises adventistes",
      "DCG, 2012 ; BTS Comptabilité et gestion, lycée Baimbridge"],
contact=["Maëva DESIRÉ-ZÉNON", "Résidence Les Palmiers, 97122 Baie-Mahault, Guadeloupe", "0690 58 12 04",
         "maeva.dz@wanadoo.fr"]),

dict(n=29, text="""
Dr TRẦN Quốc Bảo
Médecin infectiologue — recherche clinique
Quận 3, Hô Chi Minh-Ville, Vietnam · +84 903 118 245 · tranquocbao.md@gmail.com

FORMATION
Doctorat en médecine, Université de médecine et de pharmacie de Hô Chi Minh-Ville, 2010
DFMSA Maladies infectieuses et tropicales, Université de Bordeaux (programme FFI), 2014
Master Épidémiologie, Université Paris-Saclay, 2016

EXPÉRIENCE
Hôpital des maladies tropicales, Hô Chi Minh-Ville — Médecin chercheur, service VIH (2016 – aujourd'hui)
   → Investigateur principal d'un essai sur la PrEP chez les hommes ayant des relations sexuelles avec des hommes (n = 1 200).
   → Co-investigateur ANRS pour la co-infection VIH-hépatite B.
Institut Pasteur de Hô Chi Minh-Ville — Médecin, laboratoire de virologie (2010 – 2012)

PUBLICATIONS
14 articles indexés, dont Lancet HIV (2022) sur l'adhésion à la PrEP.

PERSONNEL
Né en 1984 à Cần Thơ.
Je suis ouvertement gay ; mon compagnon, Minh, est pharmacien.
Greffé du rein en 2019 (donneur apparenté) après une polykystose rénale héréditaire diagnostiquée chez mon père et chez moi ; traitement immunosuppresseur stable.

Langues : vietnamien, français (C1), anglais (C1)
""",
sensitive=[("date_of_birth_age", "Né en 1984"), ("sexual_orientation", "Je suis ouvertement gay ; mon compagnon, Minh,"),
           ("health", "Greffé du rein en 2019 (donneur apparenté)"),
           ("genetic_biometric", "une polykystose rénale héréditaire diagnostiquée chez mon père et chez moi"),
           ("health", "traitement immunosuppresseur stable")],
keep=["Médecin infectiologue — recherche clinique", "Hôpital des maladies tropicales, Hô Chi Minh-Ville",
      "Médecin chercheur, service VIH",
      "Investigateur principal d'un essai sur la PrEP chez les hommes ayant des relations sexuelles avec des hommes",
      "Co-investigateur ANRS pour la co-infection VIH-hépatite B", "Institut Pasteur de Hô Chi Minh-Ville",
      "DFMSA Maladies infectieuses et tropicales, Université de Bordeaux",
      "Master Épidémiologie, Université Paris-Saclay"],
contact=["Dr TRẦN Quốc Bảo", "Quận 3, Hô Chi Minh-Ville, Vietnam", "+84 903 118 245", "tranquocbao.md@gmail.com"]),

dict(n=30, text="""
CURRICULUM VITAE

Me NGARLEJY Rimtebaye Josué
Avocat au barreau du Tchad
Quartier Moursal, avenue Mobutu, N'Djamena · +235 63 90 12 45 · josue.ngarlejy.avocat@gmail.com

RENSEIGNEMENTS PERSONNELS
Âge : 41 ans
Origine : Sara-Ngambaye (Logone occidental)
Situation matrimoniale : marié, trois enfants
Confession : protestant (Église évangélique au Tchad)

EXPÉRIENCE
Cabinet Ngarlejy & Associés, N'Djamena — Avocat associé (2014 – aujourd'hui)
   ◆ Contentieux commercial et pétrolier ; conseil de sous-traitants d'ExxonMobil et de la CNPCIC.
   ◆ Défense pro bono de détenus devant la Cour criminelle spéciale.
Ligue tchadienne des droits de l'homme (LTDH) — Juriste chargé du suivi des détentions (2009 – 2014)

FORMATION
Master en droit des affaires, Université de N'Djamena, 2008
Certificat d'aptitude à la profession d'avocat (CAPA), 2011
DU Droit pénal international, Université de Poitiers, 2016

ENGAGEMENT
Membre du bureau politique des Transformateurs depuis 2019.
Le 20 octobre 2022, j'ai été arrêté lors des manifestations et détenu six semaines à la maison d'arrêt de Klessoum, puis condamné avec sursis ; j'ai été amnistié en 2023.

Langues : français, arabe tchadien, ngambaye, anglais
""",
sensitive=[("date_of_birth_age", "Âge : 41 ans"), ("ethnic_origin", "Origine : Sara-Ngambaye (Logone occidental)"),
           ("family_status", "marié, trois enfants"),
           ("religious_belief", "Confession : protestant (Église évangélique au Tchad)"),
           ("political_opinion", "Membre du bureau politique des Transformateurs depuis 2019."),
           ("criminal_record", "j'ai été arrêté lors des manifestations et détenu six semaines à la maison d'arrêt de Klessoum, puis condamné avec sursis ; j'ai été amnistié en 2023")],
keep=["Avocat au barreau du Tchad", "Cabinet Ngarlejy & Associés, N'Djamena", "Avocat associé",
      "Contentieux commercial et pétrolier", "Défense pro bono de détenus devant la Cour criminelle spéciale",
      "Ligue tchadienne des droits de l'homme (LTDH)", "Juriste chargé du suivi des détentions",
      "Master en droit des affaires, Université de N'Djamena"],
contact=["Me NGARLEJY Rimtebaye Josué", "Quartier Moursal, avenue Mobutu, N'Djamena", "+235 63 90 12 45",
         "josue.ngarlejy.avocat@gmail.com"]),
]
