from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 011 Médecin de santé scolaire, Alger (Algérie)
dict(text="""
CURRICULUM VITAE

Dr Karim HADJ-SAÏD
Médecin généraliste
Cité 200 Logements, Bt C n°14, Bab Ezzouar, Alger
Tél. : 0550 41 27 83 - e-mail : karim.hadjsaid.med@gmail.com

ÉTAT CIVIL
Date et lieu de naissance : 03/02/1983 à Béjaïa
Nationalité : algérienne
Situation familiale : marié, 3 enfants
Service national : accompli (médecin aspirant, 2010-2011)

FORMATION
2001-2008 : Doctorat en médecine, Faculté de médecine d'Alger (Université Alger 1)
2016 : Diplôme universitaire d'échographie générale, CHU Mustapha Pacha
2020 : Formation en prise en charge du diabète de l'enfant à l'école (programme national de santé scolaire)

EXPÉRIENCE PROFESSIONNELLE
Depuis 2014 : Médecin généraliste de santé publique, Unité de dépistage et de suivi (UDS), EPSP de Bab Ezzouar
  - Visites médicales systématiques de 4 500 élèves par an (1re AP, 1re AM, 1re AS)
  - Dépistage des troubles visuels, auditifs et bucco-dentaires ; orientation vers les spécialistes
  - Suivi des élèves asthmatiques, diabétiques et épileptiques ; formation des enseignants aux gestes d'urgence
  - Campagnes de vaccination en milieu scolaire (rougeole-rubéole 2017)
2011-2014 : Médecin généraliste, polyclinique de Dar El Beïda

ACTIVITÉS SYNDICALES ET POLITIQUES
Membre du SNPSP (Syndicat national des praticiens de la santé publique), délégué de l'EPSP depuis 2018.
Militant au Front de libération nationale (kasma de Bab Ezzouar) de 2012 à 2019.

LANGUES : arabe, tamazight, français, anglais (moyen).
""",
sensitive=[(D, "Date et lieu de naissance : 03/02/1983"),
           (E, "Nationalité : algérienne"),
           (F, "Situation familiale : marié, 3 enfants"),
           (U, "Membre du SNPSP (Syndicat national des praticiens de la santé publique), délégué de l'EPSP depuis 2018"),
           (P, "Militant au Front de libération nationale (kasma de Bab Ezzouar) de 2012 à 2019")],
keep=["Médecin généraliste de santé publique", "Unité de dépistage et de suivi (UDS)",
      "Visites médicales systématiques de 4 500 élèves par an",
      "Suivi des élèves asthmatiques, diabétiques et épileptiques",
      "Campagnes de vaccination en milieu scolaire", "Doctorat en médecine, Faculté de médecine d'Alger",
      "Diplôme universitaire d'échographie générale", "polyclinique de Dar El Beïda",
      "Formation en prise en charge du diabète de l'enfant à l'école"],
contact=["Dr Karim HADJ-SAÏD", "Cité 200 Logements, Bt C n°14, Bab Ezzouar, Alger", "0550 41 27 83",
         "karim.hadjsaid.med@gmail.com"]),

# 012 Professeure de français au lycée, Oran (Algérie)
dict(text="""
Amina BENDJEBBOUR
Professeure de l'enseignement secondaire (PES) - langue française
Hai Essalam, Oran - 0661 38 52 07 - amina.bendjebbour@yahoo.fr

Informations personnelles
Née le 21 juin 1990 - Nationalité algérienne - Célibataire
Casier judiciaire (bulletin n°3) : néant

Diplômes
2013 : Master en didactique du FLE, Université d'Oran 2 Mohamed Ben Ahmed
2011 : Licence de langue française, Université d'Oran
2014 : Concours de recrutement des PES (classée 3e de la wilaya)

Expérience
Depuis 2014 : Professeure de français, Lycée Pasteur, Oran
   · Classes de 1re AS à 3e AS, filières lettres et sciences ; préparation au baccalauréat
   · Club de lecture et de théâtre en français ; prix régional de la francophonie 2019
   · Soutien aux élèves malentendants intégrés, en lien avec l'enseignante spécialisée
2016-2022 : Correctrice au baccalauréat, épreuve de français

Formations
Stage de formation des formateurs, Institut français d'Oran (2018)
Numérique éducatif : Moodle et classes virtuelles (2020)

Engagements
Adhérente du CNAPESTE depuis 2015 ; j'ai suivi la grève de 2018.
Hafidha : j'ai mémorisé le Coran en entier et j'enseigne bénévolement le tajwid aux filles de ma mosquée le vendredi.

Langues : arabe, français, anglais.
""",
sensitive=[(D, "Née le 21 juin 1990"),
           (E, "Nationalité algérienne"),
           (F, "Célibataire"),
           (C, "Casier judiciaire (bulletin n°3) : néant"),
           (U, "Adhérente du CNAPESTE depuis 2015 ; j'ai suivi la grève de 2018"),
           (R, "Hafidha : j'ai mémorisé le Coran en entier et j'enseigne bénévolement le tajwid aux filles de ma mosquée le vendredi")],
keep=["Professeure de l'enseignement secondaire (PES)", "Master en didactique du FLE",
      "Licence de langue française", "Concours de recrutement des PES", "Professeure de français, Lycée Pasteur",
      "Club de lecture et de théâtre en français", "Soutien aux élèves malentendants intégrés",
      "Correctrice au baccalauréat", "Stage de formation des formateurs, Institut français d'Oran",
      "Numérique éducatif : Moodle et classes virtuelles"],
contact=["Amina BENDJEBBOUR", "Hai Essalam, Oran", "0661 38 52 07", "amina.bendjebbour@yahoo.fr"]),

# 013 Sage-femme de centre de santé de base, Antananarivo (Madagascar)
dict(text="""
CURRICULUM VITAE

RAKOTOMALALA Voahangy Hanitra
Sage-femme diplômée d'État
Lot IVG 128 Bis, Antsahabe, Antananarivo 101
034 12 458 63 - voahangy.rakotomalala@gmail.com
CIN n° 101 211 045 678

RENSEIGNEMENTS PERSONNELS
Née le 9 octobre 1987 à Antananarivo
Nationalité : malgache
Mariée, mère de quatre enfants
Religion : protestante (FJKM), diaconesse dans ma paroisse

FORMATION
2006-2009 : Diplôme d'État de sage-femme, Institut de Formation Interrégional des Paramédicaux d'Antananarivo
2015 : Formation en soins obstétricaux et néonatals d'urgence (SONU), UNFPA
2019 : Certificat en santé sexuelle et reproductive des adolescents, JICA

EXPÉRIENCE
Depuis 2013 : Sage-femme responsable, CSB II d'Andravoahangy (Ministère de la Santé publique)
  - Consultations prénatales et accouchements (environ 600 par an)
  - Animation des séances d'éducation sur la planification familiale auprès des jeunes
  - Supervision de 14 agents communautaires dans le district
2009-2013 : Sage-femme, Maternité de Befelatanana (CHU)

ACTIVITÉS
Formatrice bénévole pour l'ONG Marie Stopes Madagascar (2018-2020)
Langues : malgache, français, anglais (notions)

RÉFÉRENCES
Dr RANDRIAMANANTSOA Jean-Aimé, Médecin-chef du CSB II d'Andravoahangy - 032 05 117 42
Mme RASOANIRINA Lalao, Sage-femme major, Maternité de Befelatanana
""",
sensitive=[(D, "Née le 9 octobre 1987"),
           (E, "Nationalité : malgache"),
           (F, "Mariée, mère de quatre enfants"),
           (R, "Religion : protestante (FJKM), diaconesse dans ma paroisse")],
keep=["Sage-femme diplômée d'État", "Diplôme d'État de sage-femme",
      "Formation en soins obstétricaux et néonatals d'urgence (SONU)",
      "Certificat en santé sexuelle et reproductive des adolescents",
      "Sage-femme responsable, CSB II d'Andravoahangy", "Consultations prénatales et accouchements",
      "Animation des séances d'éducation sur la planification familiale",
      "Supervision de 14 agents communautaires", "Maternité de Befelatanana", "Marie Stopes Madagascar"],
contact=["RAKOTOMALALA Voahangy Hanitra", "Lot IVG 128 Bis, Antsahabe, Antananarivo 101", "034 12 458 63",
         "voahangy.rakotomalala@gmail.com", "101 211 045 678", "Dr RANDRIAMANANTSOA Jean-Aimé",
         "032 05 117 42", "Mme RASOANIRINA Lalao"]),

# 014 Instituteur d'école primaire publique, Toamasina (Madagascar)
dict(text="""
RAZAFINDRABE Hery Nirina
Instituteur titulaire (CAP-EP)
Enseignant à l'EPP Tanambao V, CISCO de Toamasina I
Adresse : Lot 45 Ampasimazava, Toamasina 501
Tél. : 033 24 710 85 - heryrazafindrabe@gmail.com

Âge : 41 ans

FORMATION
1999 : Baccalauréat série A2
2003 : Certificat d'aptitude pédagogique de l'enseignement primaire (CAP-EP), CRINFP Toamasina
2017 : Formation sur l'éducation inclusive des enfants handicapés (Handicap International / MEN)

EXPÉRIENCE
Depuis 2010 : Instituteur fonctionnaire, EPP Tanambao V - classes de CM1 et CM2 (62 élèves)
  - Directeur intérimaire de l'école en 2019-2020
  - Responsable de la cantine scolaire (programme PAM)
  - Accueil d'élèves sourds et malvoyants dans une classe ordinaire, avec l'appui de l'école des sourds de l'Église luthérienne (FLM)
2003 - 2010 : Maître FRAM (enseignant recruté par l'association des parents d'élèves), EPP Ambodimanga

ENGAGEMENTS
Membre du Syndicat des Enseignants du Public (SEP) Toamasina, secrétaire de section depuis 2016.
Membre actif du parti TIM (Tiako i Madagasikara) dans mon fokontany, candidat malheureux aux élections communales de 2019.

PIÈCES ADMINISTRATIVES
Bulletin n°3 du casier judiciaire : néant (délivré en 2024)
""",
sensitive=[(D, "Âge : 41 ans"),
           (U, "Membre du Syndicat des Enseignants du Public (SEP) Toamasina, secrétaire de section depuis 2016"),
           (P, "Membre actif du parti TIM (Tiako i Madagasikara) dans mon fokontany, candidat malheureux aux élections communales de 2019"),
           (C, "Bulletin n°3 du casier judiciaire : néant")],
keep=["Instituteur titulaire (CAP-EP)", "EPP Tanambao V", "CISCO de Toamasina I",
      "Certificat d'aptitude pédagogique de l'enseignement primaire (CAP-EP)",
      "Formation sur l'éducation inclusive des enfants handicapés", "Directeur intérimaire de l'école",
      "Responsable de la cantine scolaire (programme PAM)",
      "Accueil d'élèves sourds et malvoyants dans une classe ordinaire",
      "école des sourds de l'Église luthérienne (FLM)", "Maître FRAM", "Baccalauréat série A2"],
contact=["RAZAFINDRABE Hery Nirina", "Lot 45 Ampasimazava, Toamasina 501", "033 24 710 85",
         "heryrazafindrabe@gmail.com"]),

# 015 Infirmière scolaire, Libreville (Gabon)
dict(text="""
CURRICULUM VITAE

Clarisse NZENG ONDO épouse MBA
Infirmière diplômée d'État - santé scolaire
Quartier Louis, BP 4127, Libreville (Gabon)
+241 077 52 38 14 - clarisse.nzeng@gmail.com

ÉTAT CIVIL
Née le 14 janvier 1984 à Oyem
Nationalité : gabonaise
Mariée (mariage coutumier 2009, civil 2012), deux enfants
Drépanocytose : porteuse du trait AS (dépistage prénuptial)

FORMATION
2006 : Diplôme d'État d'infirmier, École nationale d'action sanitaire et sociale (ENASS), Libreville
2014 : Certificat en santé scolaire et universitaire, Ministère de l'Éducation nationale
2021 : Formation en prise en charge psychosociale des élèves victimes de violences (UNICEF)

EXPÉRIENCE
Depuis 2014 : Infirmière scolaire, Lycée national Léon Mba, Libreville
  - Infirmerie pour 3 200 élèves : soins, urgences, suivi des maladies chroniques (drépanocytose, asthme, épilepsie)
  - Campagnes de déparasitage et de vaccination (HPV 2022)
  - Causeries éducatives sur la santé de la reproduction et la prévention des grossesses précoces
2006 - 2014 : Infirmière, Centre hospitalier universitaire de Libreville (pédiatrie)

AUTRES
Chrétienne évangélique, je chante à la chorale de l'Église évangélique du Gabon de Baraka.
Langues : français, fang, anglais (notions).
""",
sensitive=[(F, "épouse MBA"),
           (D, "Née le 14 janvier 1984"),
           (E, "Nationalité : gabonaise"),
           (F, "Mariée (mariage coutumier 2009, civil 2012), deux enfants"),
           (G, "Drépanocytose : porteuse du trait AS (dépistage prénuptial)"),
           (R, "Chrétienne évangélique, je chante à la chorale de l'Église évangélique du Gabon de Baraka")],
keep=["Infirmière diplômée d'État", "Diplôme d'État d'infirmier",
      "École nationale d'action sanitaire et sociale (ENASS)", "Certificat en santé scolaire et universitaire",
      "Formation en prise en charge psychosociale des élèves victimes de violences",
      "Infirmière scolaire, Lycée national Léon Mba",
      "suivi des maladies chroniques (drépanocytose, asthme, épilepsie)",
      "Campagnes de déparasitage et de vaccination",
      "Causeries éducatives sur la santé de la reproduction",
      "Centre hospitalier universitaire de Libreville"],
contact=["Clarisse NZENG ONDO", "Quartier Louis, BP 4127, Libreville (Gabon)", "+241 077 52 38 14",
         "clarisse.nzeng@gmail.com"]),

# 016 Professeur d'EPS, Libreville (Gabon)
dict(text="""
Serge-Aimé MOUSSAVOU
Professeur certifié d'éducation physique et sportive
Akébé-Plaine, Libreville - (+241) 066 91 40 27 - sergeaime.moussavou@yahoo.fr

PROFIL
Professeur d'EPS depuis 2008, entraîneur d'athlétisme, attaché au sport scolaire et à l'inclusion des élèves en situation de handicap en cours d'EPS.

PARCOURS
2013 → Professeur d'EPS, Collège d'enseignement secondaire (CES) d'Akébé, Libreville
   · 8 classes de la 6e à la 3e ; coordinateur de l'association sportive du collège
   · Organisation des championnats scolaires d'athlétisme de l'Estuaire (2016-2023)
   · Adaptation des séances pour des élèves malvoyants et amputés
2008 → 2013   Professeur d'EPS, Lycée d'État de Lambaréné

FORMATION
CAPES d'EPS, Institut national de la jeunesse et des sports (INJS), Libreville, 2008
Brevet d'entraîneur fédéral d'athlétisme, 2e degré (2014)

RENSEIGNEMENTS
Membre du SENA (Syndicat de l'éducation nationale) ; délégué de mon établissement lors de la grève de 2022.
Militant du PDG depuis 2005, section de Lambaréné.
Bulletin n°3 du casier judiciaire : néant.
Asthmatique depuis l'enfance, je garde toujours mon inhalateur au stade, sans conséquence sur mon service.
""",
sensitive=[(U, "Membre du SENA (Syndicat de l'éducation nationale) ; délégué de mon établissement lors de la grève de 2022"),
           (P, "Militant du PDG depuis 2005, section de Lambaréné"),
           (C, "Bulletin n°3 du casier judiciaire : néant"),
           (H, "Asthmatique depuis l'enfance, je garde toujours mon inhalateur au stade")],
keep=["Professeur certifié d'éducation physique et sportive", "Collège d'enseignement secondaire (CES) d'Akébé",
      "coordinateur de l'association sportive du collège",
      "Organisation des championnats scolaires d'athlétisme de l'Estuaire",
      "Adaptation des séances pour des élèves malvoyants et amputés", "Lycée d'État de Lambaréné",
      "CAPES d'EPS", "Institut national de la jeunesse et des sports (INJS)",
      "Brevet d'entraîneur fédéral d'athlétisme, 2e degré"],
contact=["Serge-Aimé MOUSSAVOU", "Akébé-Plaine, Libreville", "(+241) 066 91 40 27",
         "sergeaime.moussavou@yahoo.fr"]),

# 017 AESH, Rennes (France)
dict(text="""
Léa Morvan
AESH - Accompagnante d'élèves en situation de handicap (CDI)
Rennes (35000) · 06 47 15 82 30 · lea.morvan.aesh@gmail.com

Profil
AESH depuis 2017, en école élémentaire puis en collège, accompagnement individuel et mutualisé. Je suis moi-même autiste, diagnostiquée au CRA de Bretagne à 27 ans, ce qui m'aide souvent à comprendre ce que vivent les élèves que j'accompagne. J'ai besoin de consignes écrites et d'un planning stable ; le bruit de la cantine m'épuise, je demande donc à ne pas y être affectée.

Expériences
2020 - aujourd'hui : AESH mutualisée, Collège Les Gayeulles, Rennes (PIAL Rennes-Nord-Est)
   - Accompagnement de 4 élèves (TSA, TDAH, dyspraxie) en classe ordinaire et en ULIS collège
   - Adaptation des supports avec les enseignants : textes aérés, cartes mentales, timer visuel
   - Participation aux ESS et aux réunions avec le SESSAD
2017 - 2020 : AESH individuelle, École élémentaire Clemenceau, Rennes
2014 - 2017 : Animatrice périscolaire, Ville de Rennes

Formation
Formation d'adaptation à l'emploi des AESH (60 h), 2017
DEAES spécialité éducation inclusive et vie ordinaire (2021)
Licence de sciences de l'éducation, Université Rennes 2 (2014)

Engagement
Syndiquée à SUD éducation 35 depuis 2018, je représente les AESH au conseil syndical.

Personnel
34 ans. Je vis avec ma compagne à Villejean. Extrait de casier judiciaire n°3 vierge, fourni au recrutement.
""",
sensitive=[(H, "Je suis moi-même autiste, diagnostiquée au CRA de Bretagne"),
           (D, "à 27 ans"),
           (H, "J'ai besoin de consignes écrites et d'un planning stable ; le bruit de la cantine m'épuise, je demande donc à ne pas y être affectée"),
           (U, "Syndiquée à SUD éducation 35 depuis 2018, je représente les AESH au conseil syndical"),
           (D, "34 ans"),
           (S, "Je vis avec ma compagne"),
           (C, "Extrait de casier judiciaire n°3 vierge")],
keep=["AESH mutualisée, Collège Les Gayeulles", "PIAL Rennes-Nord-Est",
      "Accompagnement de 4 élèves (TSA, TDAH, dyspraxie) en classe ordinaire et en ULIS collège",
      "Adaptation des supports avec les enseignants",
      "Participation aux ESS et aux réunions avec le SESSAD",
      "AESH individuelle, École élémentaire Clemenceau", "Animatrice périscolaire, Ville de Rennes",
      "Formation d'adaptation à l'emploi des AESH (60 h)",
      "DEAES spécialité éducation inclusive et vie ordinaire", "Licence de sciences de l'éducation"],
contact=["Léa Morvan", "Rennes (35000)", "06 47 15 82 30", "lea.morvan.aesh@gmail.com"]),

# 018 Professeur de mathématiques en REP+, Bobigny (France)
dict(text="""
Mohammad Jawad AHMADI
Professeur certifié de mathématiques
Bobigny (93000) - 07 81 26 54 90 - mj.ahmadi.maths@gmail.com

Parcours en bref
Arrivé en France en 2012 comme réfugié afghan (statut accordé par l'OFPRA en 2013), naturalisé français en 2019. J'ai repris mes études à Paris 8 et j'enseigne depuis 2018 en éducation prioritaire. 37 ans, marié, un fils de 3 ans.

EXPÉRIENCE
2019 - aujourd'hui : Professeur de mathématiques, Collège Jean-Pierre Timbaud, Bobigny (REP+)
  • Classes de 6e à 3e ; professeur principal de 3e
  • Co-intervention en UPE2A avec la collègue de FLS pour les élèves allophones nouvellement arrivés
  • Atelier « Maths en jeans » ; deux équipes au congrès national 2023
2018 - 2019 : Professeur stagiaire, Collège Travail-Langevin, Bagnolet

FORMATION
CAPES externe de mathématiques, 2018
Master MEEF mathématiques, INSPE de Créteil, 2018
Licence de mathématiques, Université Paris 8, 2016
Diplôme d'ingénieur civil (équivalence partielle), Université de Kaboul, 2009

DIVERS
Langues : dari, pachto, français, anglais.
Musulman non pratiquant ; je ne fais pas le ramadan.
Pour la naturalisation, j'ai donné mes empreintes digitales à la préfecture de Bobigny (2018).
""",
sensitive=[(E, "Arrivé en France en 2012 comme réfugié afghan (statut accordé par l'OFPRA en 2013), naturalisé français en 2019"),
           (D, "37 ans"),
           (F, "marié, un fils de 3 ans"),
           (R, "Musulman non pratiquant ; je ne fais pas le ramadan"),
           (G, "j'ai donné mes empreintes digitales à la préfecture de Bobigny (2018)")],
keep=["Professeur certifié de mathématiques", "Professeur de mathématiques, Collège Jean-Pierre Timbaud",
      "professeur principal de 3e",
      "Co-intervention en UPE2A avec la collègue de FLS pour les élèves allophones nouvellement arrivés",
      "Atelier « Maths en jeans »", "Collège Travail-Langevin", "CAPES externe de mathématiques",
      "Master MEEF mathématiques, INSPE de Créteil", "Licence de mathématiques, Université Paris 8",
      "Diplôme d'ingénieur civil (équivalence partielle)"],
contact=["Mohammad Jawad AHMADI", "Bobigny (93000)", "07 81 26 54 90", "mj.ahmadi.maths@gmail.com"]),

# 019 Conseillère principale d'éducation, Strasbourg (France)
dict(text="""
Nathalie Koenig-Weber
Conseillère principale d'éducation (CPE), classe normale
67000 Strasbourg - 06 33 71 20 48 - nathalie.koenig-weber@ac-strasbourg.fr

Synthèse
CPE depuis 2009 en collège et lycée dans l'académie de Strasbourg : pilotage de la vie scolaire, prévention du décrochage, climat scolaire.

Expérience
2016 - aujourd'hui : CPE, Lycée Marie-Curie, Strasbourg (1 400 élèves)
  - Encadrement de 9 AED et d'un service civique
  - Référente harcèlement (programme pHARe) et référente égalité filles-garçons
  - Gestion des demandes de dispense de l'enseignement religieux (régime concordataire d'Alsace-Moselle)
  - Mise en place d'un GPDS et d'une cellule de veille décrochage
2009 - 2016 : CPE, Collège du Stockfeld, Strasbourg (REP)

Formation
Concours externe de CPE, 2009
Master 2 sciences de l'éducation, Université de Strasbourg, 2008
Formation de formateurs « climat scolaire » (2020)

Engagements
Syndiquée au SNES-FSU, commissaire paritaire académique pour les CPE (2018-2022).
Militante au Parti socialiste, secrétaire de section à Strasbourg-Neudorf.

Santé et situation
Porteuse d'une mutation BRCA2 identifiée en 2020 à la suite du cancer de ma mère ; j'ai subi une mastectomie préventive en 2021 (trois mois d'arrêt). Aujourd'hui, aucune restriction.
Mariée à Sandrine depuis 2016.
""",
sensitive=[(U, "Syndiquée au SNES-FSU, commissaire paritaire académique pour les CPE (2018-2022)"),
           (P, "Militante au Parti socialiste, secrétaire de section à Strasbourg-Neudorf"),
           (G, "Porteuse d'une mutation BRCA2 identifiée en 2020 à la suite du cancer de ma mère"),
           (H, "j'ai subi une mastectomie préventive en 2021 (trois mois d'arrêt)"),
           (S, "Mariée à Sandrine depuis 2016")],
keep=["Conseillère principale d'éducation (CPE)", "Lycée Marie-Curie",
      "Encadrement de 9 AED et d'un service civique", "Référente harcèlement (programme pHARe)",
      "Gestion des demandes de dispense de l'enseignement religieux (régime concordataire d'Alsace-Moselle)",
      "Mise en place d'un GPDS et d'une cellule de veille décrochage", "Collège du Stockfeld",
      "Concours externe de CPE", "Master 2 sciences de l'éducation",
      "Formation de formateurs « climat scolaire »"],
contact=["Nathalie Koenig-Weber", "67000 Strasbourg", "06 33 71 20 48", "nathalie.koenig-weber@ac-strasbourg.fr"]),

# 020 Éducatrice de jeunes enfants, crèche municipale, Paris (France)
dict(text="""
Océane JEAN-BAPTISTE
Éducatrice de jeunes enfants (DEEJE)
75019 Paris · 06 14 29 73 58 · oceane.jb.eje@gmail.com

Je suis éducatrice de jeunes enfants depuis 2015, aujourd'hui adjointe de direction en crèche collective. J'aime construire des projets autour du jeu libre, de la nature et de l'accueil des familles les plus éloignées des modes de garde.

Expériences
Depuis 2020 - EJE adjointe de direction, Crèche collective Mathis, Ville de Paris (66 berceaux)
 ◆ Co-encadrement d'une équipe de 22 professionnels (auxiliaires de puériculture, CAP AEPE)
 ◆ Accueil d'enfants en situation de handicap et de familles hébergées en hôtel social
 ◆ Projet « Dehors tous les jours » soutenu par la CAF de Paris (2022)
2015 - 2020 - EJE de section, crèche associative Les Lucioles, Pantin

Formation
Diplôme d'État d'éducateur de jeunes enfants, IRTS Parmentier, 2015
Formation Pikler-Lóczy (2018) ; Communication gestuelle associée à la parole (2019)

Personnel
Née en 1992, d'une famille guadeloupéenne installée en région parisienne. Mariée à Sophie depuis 2021.
Bulletin n°2 consulté par la Ville de Paris à l'embauche : néant.
Loisirs : gwoka, course à pied, bibliothèques de rue avec ATD Quart Monde.
""",
sensitive=[(D, "Née en 1992"),
           (E, "d'une famille guadeloupéenne installée en région parisienne"),
           (S, "Mariée à Sophie depuis 2021"),
           (C, "Bulletin n°2 consulté par la Ville de Paris à l'embauche : néant")],
keep=["Éducatrice de jeunes enfants (DEEJE)", "EJE adjointe de direction, Crèche collective Mathis",
      "Co-encadrement d'une équipe de 22 professionnels",
      "Accueil d'enfants en situation de handicap et de familles hébergées en hôtel social",
      "Projet « Dehors tous les jours »", "crèche associative Les Lucioles",
      "Diplôme d'État d'éducateur de jeunes enfants", "Formation Pikler-Lóczy",
      "Communication gestuelle associée à la parole"],
contact=["Océane JEAN-BAPTISTE", "75019 Paris", "06 14 29 73 58", "oceane.jb.eje@gmail.com"]),
]
