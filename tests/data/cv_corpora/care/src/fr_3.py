from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 021 Enseignante en francisation des adultes, Montréal (Québec)
dict(text="""
INES TRABELSI
Enseignante de français langue seconde - francisation des adultes
Montréal (Québec) H2S 2P4 · 514 555-0177 · ines.trabelsi.fle@gmail.com

PROFIL
Enseignante de francisation depuis 9 ans auprès d'adultes immigrants et de personnes réfugiées, à l'aise avec les classes multiniveaux et les apprenants peu scolarisés.

EXPÉRIENCE
2018 - aujourd'hui | Enseignante en francisation, Centre Yves-Thériault (CSS de Montréal)
   - Groupes de niveau 1 à 8 selon l'Échelle québécoise des niveaux de compétence en français des personnes immigrantes adultes
   - Conception d'un module d'alphabétisation pour des apprenantes afghanes et syriennes
   - Accompagnement des élèves dans leurs démarches d'intégration (logement, emploi, garderie)
2015 - 2018 | Enseignante, classe d'accueil au primaire, École Barclay (CSS de Montréal)
2008 - 2014 | Professeure de français au lycée, Sfax

FORMATION
Maîtrise qualifiante en enseignement du français langue seconde, Université de Montréal, 2017
Maîtrise en langue et littérature françaises, Université de Sfax, 2008
Reconnaissance des acquis - brevet d'enseignement du Québec, 2019

RENSEIGNEMENTS PERSONNELS
Arrivée au Québec en 2014 avec le statut de résidente permanente (travailleuse qualifiée) ; mes données biométriques (photo et empreintes) ont été recueillies par IRCC à Tunis. Mère monoparentale de deux enfants. Membre de Québec solidaire et bénévole dans la circonscription de Laurier-Dorion. Fibromyalgie diagnostiquée en 2020 : j'ai besoin d'un horaire regroupé le matin.
""",
sensitive=[(E, "Arrivée au Québec en 2014 avec le statut de résidente permanente (travailleuse qualifiée)"),
           (G, "mes données biométriques (photo et empreintes) ont été recueillies par IRCC à Tunis"),
           (F, "Mère monoparentale de deux enfants"),
           (P, "Membre de Québec solidaire et bénévole dans la circonscription de Laurier-Dorion"),
           (H, "Fibromyalgie diagnostiquée en 2020 : j'ai besoin d'un horaire regroupé le matin")],
keep=["Enseignante en francisation, Centre Yves-Thériault",
      "Échelle québécoise des niveaux de compétence en français des personnes immigrantes adultes",
      "Conception d'un module d'alphabétisation pour des apprenantes afghanes et syriennes",
      "Accompagnement des élèves dans leurs démarches d'intégration",
      "classe d'accueil au primaire, École Barclay", "Professeure de français au lycée",
      "Maîtrise qualifiante en enseignement du français langue seconde",
      "Maîtrise en langue et littérature françaises", "brevet d'enseignement du Québec"],
contact=["INES TRABELSI", "Montréal (Québec) H2S 2P4", "514 555-0177", "ines.trabelsi.fle@gmail.com"]),

# 022 Ergothérapeute en milieu scolaire, Lévis (Québec)
dict(text="""
Marie-Pier Gagnon, erg.
Ergothérapeute - Ordre des ergothérapeutes du Québec, permis no 12-478
Lévis (Québec) · 581 555-0124 · mariepier.gagnon.erg@outlook.com

Profil
Ergothérapeute en milieu scolaire et en réadaptation pédiatrique depuis 10 ans. Spécialités : intégration sensorielle, graphomotricité, aides techniques à la communication et à l'écriture.

Expériences
2019 - ...   Ergothérapeute, CISSS de Chaudière-Appalaches, programme DI-TSA-DP (volet scolaire)
   ◦ Évaluations et plans d'intervention pour 70 élèves par année dans 12 écoles
   ◦ Formation des TES et des enseignantes aux pauses sensorielles et au clavier adapté
   ◦ Trajectoire de services avec le centre de réadaptation en déficience physique
2014 - 2019   Ergothérapeute, Institut de réadaptation en déficience physique de Québec (IRDPQ), programme enfance

Formation
Maîtrise en ergothérapie, Université Laval, 2014
Certification en intégration sensorielle (EASI, 2018)
Formation Bien écrire sans larmes

Autres renseignements
Membre de l'APTS, représentante locale pour les ergothérapeutes du CISSS depuis 2021.
J'ai 35 ans et je vis avec ma conjointe, Audrey. Porteuse d'une prémutation du gène FMR1 (X fragile), découverte lors d'un dépistage familial en 2017 - cela a orienté mon intérêt pour la DI.
Vérification des antécédents judiciaires : aucun empêchement (2024).
""",
sensitive=[(U, "Membre de l'APTS, représentante locale pour les ergothérapeutes du CISSS depuis 2021"),
           (D, "J'ai 35 ans"),
           (S, "ma conjointe, Audrey"),
           (G, "Porteuse d'une prémutation du gène FMR1 (X fragile), découverte lors d'un dépistage familial en 2017"),
           (C, "Vérification des antécédents judiciaires : aucun empêchement")],
keep=["Ergothérapeute, CISSS de Chaudière-Appalaches", "programme DI-TSA-DP (volet scolaire)",
      "Évaluations et plans d'intervention pour 70 élèves par année",
      "Formation des TES et des enseignantes aux pauses sensorielles et au clavier adapté",
      "Institut de réadaptation en déficience physique de Québec (IRDPQ)", "Maîtrise en ergothérapie",
      "Certification en intégration sensorielle", "Bien écrire sans larmes"],
contact=["Marie-Pier Gagnon", "12-478", "Lévis (Québec)", "581 555-0124", "mariepier.gagnon.erg@outlook.com"]),

# 023 Travailleur social en CLSC, Montréal-Nord (Québec)
dict(text="""
JEAN-ROBERT PIERRE-LOUIS, T.S.
Travailleur social - permis OTSTCFQ 06-3187
Montréal-Nord (Québec) · 438 555-0109 · jrpierrelouis.ts@gmail.com

Sommaire
Travailleur social en CLSC depuis 11 ans, équipe jeunesse et famille. Intervention en contexte interculturel, protection de la jeunesse en première ligne, liens avec les communautés haïtiennes et latino-américaines.

Expérience
2016 - présent : Travailleur social, CLSC de Montréal-Nord, CIUSSS du Nord-de-l'Île-de-Montréal
  ◇ Suivi psychosocial de 25 familles (négligence, violence conjugale, santé mentale parentale)
  ◇ Intervenant pivot pour les signalements à la DPJ et les ententes multisectorielles
  ◇ Co-animation d'un groupe de pères immigrants, en créole et en français
2013 - 2016 : Intervenant jeunesse, Maison d'Haïti
  ◇ Accueil des familles nouvellement arrivées, aide aux devoirs, prévention du décrochage

Formation
Baccalauréat en travail social, UQAM, 2013
Formation ACCORD sur l'intervention en contexte de diversité (2018)

À propos de moi
Né à Port-au-Prince, arrivé au Québec à 12 ans, citoyen canadien depuis 2004. Catholique pratiquant, je chante à la chorale de la paroisse Sainte-Colette. J'ai reçu un pardon (suspension du casier) en 2014 pour une condamnation pour vol simple datant de 2006 ; je le mentionne par transparence. Gai et fier, je vis avec mon conjoint, Mathieu. Membre de la CSN, délégué syndical de l'équipe jeunesse depuis 2019.
""",
sensitive=[(E, "Né à Port-au-Prince, arrivé au Québec"),
           (D, "à 12 ans"),
           (E, "citoyen canadien depuis 2004"),
           (R, "Catholique pratiquant, je chante à la chorale de la paroisse Sainte-Colette"),
           (C, "J'ai reçu un pardon (suspension du casier) en 2014 pour une condamnation pour vol simple datant de 2006"),
           (S, "Gai et fier, je vis avec mon conjoint, Mathieu"),
           (U, "Membre de la CSN, délégué syndical de l'équipe jeunesse depuis 2019")],
keep=["Travailleur social, CLSC de Montréal-Nord", "CIUSSS du Nord-de-l'Île-de-Montréal",
      "Suivi psychosocial de 25 familles", "Intervenant pivot pour les signalements à la DPJ",
      "Co-animation d'un groupe de pères immigrants, en créole et en français",
      "Intervenant jeunesse, Maison d'Haïti", "Accueil des familles nouvellement arrivées",
      "Baccalauréat en travail social", "Formation ACCORD sur l'intervention en contexte de diversité",
      "Intervention en contexte interculturel"],
contact=["JEAN-ROBERT PIERRE-LOUIS", "06-3187", "Montréal-Nord (Québec)", "438 555-0109",
         "jrpierrelouis.ts@gmail.com"]),

# 024 Médecin-dentiste scolaire, Lausanne (Suisse)
dict(text="""
Dre méd. dent. Ana Rita SOARES PEREIRA
Médecin-dentiste - pédodontie et soins aux patients à besoins particuliers
Avenue de Cour 58, 1007 Lausanne · +41 78 640 22 91 · anarita.soarespereira@hin.ch

Données personnelles
36 ans · Nationalité portugaise, permis B · Mariée

Expérience
2019 - aujourd'hui   Médecin-dentiste, Service dentaire scolaire de la Ville de Lausanne
  ▪ Dépistage annuel et traitement des enfants de 4 à 15 ans (environ 2 500 contrôles par an)
  ▪ Soins sous MEOPA et coordination des narcoses pour les enfants avec handicap ou anxiété sévère
  ▪ Prophylaxie en classe avec les hygiénistes et les infirmières scolaires
2016 - 2019   Médecin-dentiste assistante, Cabinet dentaire du Flon, Lausanne

Formation
Master en médecine dentaire, Universidade do Porto, 2014 - reconnaissance MEBEKO 2016
Formation postgrade en médecine dentaire pédiatrique, 2021
Certificat d'utilisation du MEOPA

Divers
Langues : portugais, français, anglais, espagnol.
Je porte des appareils auditifs depuis une otite chronique dans l'enfance ; je travaille sans difficulté, mais je préfère les réunions en présentiel.
Je milite pour le droit de vote des étrangers et suis membre du Parti socialiste vaudois.
""",
sensitive=[(D, "36 ans"),
           (E, "Nationalité portugaise, permis B"),
           (F, "Mariée"),
           (H, "Je porte des appareils auditifs depuis une otite chronique dans l'enfance ; je travaille sans difficulté, mais je préfère les réunions en présentiel"),
           (P, "Je milite pour le droit de vote des étrangers et suis membre du Parti socialiste vaudois")],
keep=["pédodontie et soins aux patients à besoins particuliers",
      "Médecin-dentiste, Service dentaire scolaire de la Ville de Lausanne",
      "Dépistage annuel et traitement des enfants de 4 à 15 ans",
      "Soins sous MEOPA et coordination des narcoses pour les enfants avec handicap ou anxiété sévère",
      "Prophylaxie en classe avec les hygiénistes et les infirmières scolaires", "Cabinet dentaire du Flon",
      "Master en médecine dentaire", "Formation postgrade en médecine dentaire pédiatrique",
      "Certificat d'utilisation du MEOPA"],
contact=["Dre méd. dent. Ana Rita SOARES PEREIRA", "Avenue de Cour 58, 1007 Lausanne", "+41 78 640 22 91",
         "anarita.soarespereira@hin.ch"]),

# 025 Enseignant primaire, Bulle (Suisse)
dict(text="""
Pascal CHASSOT
Enseignant primaire (1H-8H) - diplôme HEP Fribourg
Route de la Gruyère 14, 1630 Bulle · 079 318 55 40 · pascal.chassot@edufr.ch

Profil
Enseignant généraliste depuis 2006, titulaire d'une classe de 7H-8H et praticien formateur pour les stagiaires de la HEP.

Parcours
2012 → Enseignant titulaire 7H-8H, École primaire de la Condémine, Bulle
   • Enseignement de toutes les branches, y compris « Éthique et cultures religieuses » selon le PER
   • Praticien formateur HEP (12 stagiaires accompagnés)
   • Responsable informatique (MITIC) de l'établissement
2006 → 2012   Enseignant 3H-4H, École primaire de Vuadens

Formation
Diplôme d'enseignement pour les degrés préscolaire et primaire, HEP Fribourg, 2006
CAS Praticien formateur, HEP Fribourg, 2013
Formation « Élèves à haut potentiel » (2019)

Informations personnelles
Marié, père de trois enfants (14, 11 et 8 ans).
Membre du Syndicat des enseignants romands (SER) via la SPFF.
Je siège au Conseil général de Bulle pour l'UDC depuis 2021.
Catholique, je suis lecteur à la messe du dimanche à la paroisse Saint-Pierre-aux-Liens.
Extrait spécial du casier judiciaire (pour activités avec des mineurs) : aucune inscription.
""",
sensitive=[(F, "Marié, père de trois enfants (14, 11 et 8 ans)"),
           (U, "Membre du Syndicat des enseignants romands (SER) via la SPFF"),
           (P, "Je siège au Conseil général de Bulle pour l'UDC depuis 2021"),
           (R, "Catholique, je suis lecteur à la messe du dimanche à la paroisse Saint-Pierre-aux-Liens"),
           (C, "Extrait spécial du casier judiciaire (pour activités avec des mineurs) : aucune inscription")],
keep=["Enseignant titulaire 7H-8H, École primaire de la Condémine",
      "Enseignement de toutes les branches, y compris « Éthique et cultures religieuses » selon le PER",
      "Praticien formateur HEP", "Responsable informatique (MITIC)", "École primaire de Vuadens",
      "Diplôme d'enseignement pour les degrés préscolaire et primaire", "CAS Praticien formateur",
      "Élèves à haut potentiel"],
contact=["Pascal CHASSOT", "Route de la Gruyère 14, 1630 Bulle", "079 318 55 40", "pascal.chassot@edufr.ch"]),

# 026 Assistante sociale en centre PMS, Namur (Belgique)
dict(text="""
CURRICULUM VITAE

Anne-Sophie LEMAIRE
Assistante sociale - Centre PMS
Rue de Fer 27, 5000 Namur - 0476 82 14 09 - as.lemaire@skynet.be
Date de naissance : 12/11/1971

Expérience professionnelle
2005 - ce jour : Assistante sociale, Centre PMS de la Fédération Wallonie-Bruxelles, Namur 1
• Suivi psychosocial des élèves de 12 écoles fondamentales et secondaires
• Collaboration avec le SAJ et le SPJ pour les situations d'enfants en danger
• Animation EVRAS et prévention du harcèlement en 5e-6e primaire
• Accompagnement des familles pour l'orientation vers l'enseignement spécialisé
1995 - 2005 : Assistante sociale, CPAS de Namur - service insertion

Formation
Bachelier assistant social, Haute École de Namur, 1995
Certificat en médiation scolaire, UNamur, 2010

Informations personnelles
Veuve depuis 2020 : ma compagne Françoise, avec qui j'ai vécu dix-huit ans, est décédée cette année-là. J'ai ensuite traversé un burn-out et j'ai été en incapacité de travail pendant huit mois en 2021 ; je suis aujourd'hui pleinement disponible.
Extrait de casier judiciaire modèle 2 (art. 596, al. 2) : néant.
""",
sensitive=[(D, "Date de naissance : 12/11/1971"),
           (F, "Veuve depuis 2020"),
           (S, "ma compagne Françoise, avec qui j'ai vécu dix-huit ans"),
           (H, "J'ai ensuite traversé un burn-out et j'ai été en incapacité de travail pendant huit mois en 2021"),
           (C, "Extrait de casier judiciaire modèle 2 (art. 596, al. 2) : néant")],
keep=["Assistante sociale, Centre PMS de la Fédération Wallonie-Bruxelles",
      "Suivi psychosocial des élèves de 12 écoles fondamentales et secondaires",
      "Collaboration avec le SAJ et le SPJ pour les situations d'enfants en danger",
      "Animation EVRAS et prévention du harcèlement",
      "Accompagnement des familles pour l'orientation vers l'enseignement spécialisé",
      "CPAS de Namur", "Bachelier assistant social", "Certificat en médiation scolaire"],
contact=["Anne-Sophie LEMAIRE", "Rue de Fer 27, 5000 Namur", "0476 82 14 09", "as.lemaire@skynet.be"]),

# 027 Logopède en enseignement spécialisé, Bruxelles (Belgique)
dict(text="""
Grâce MBUYI KALONJI
Logopède - numéro INAMI 6-78901-23-802
Rue des Palais 130, 1030 Bruxelles - 0489 63 20 15 - grace.mbuyi.logo@gmail.com

Profil
Logopède en enseignement spécialisé et en cabinet privé, spécialisée dans les troubles du langage oral chez l'enfant plurilingue.

Expériences
2017 - ...   Logopède, École d'enseignement fondamental spécialisé de type 8, Evere
  - Rééducation de 35 élèves avec troubles d'apprentissage (dyslexie, dysphasie)
  - Évaluation bilingue (lingala/français) des élèves primo-arrivants pour éviter les orientations abusives
  - Collaboration avec le centre PMS et les titulaires pour les plans individuels d'apprentissage
2014 - 2017   Logopède indépendante, Centre médical Matonge, Ixelles

Formation
Bachelier en logopédie, Haute École Léonard de Vinci, 2014
Formation « Évaluer l'enfant bilingue » (2018)

Infos personnelles
Congolaise (RDC), résidente en Belgique depuis 2008 avec une carte F ; mes empreintes digitales ont été prises à la commune de Schaerbeek pour la nouvelle carte électronique (2022).
Témoin de Jéhovah, je ne participe pas aux fêtes d'anniversaire ni aux célébrations de Noël organisées à l'école ; je m'organise discrètement avec les collègues.
Affiliée au SETCa (FGTB) ; déléguée au CPPT de l'école.
""",
sensitive=[(E, "Congolaise (RDC), résidente en Belgique depuis 2008 avec une carte F"),
           (G, "mes empreintes digitales ont été prises à la commune de Schaerbeek pour la nouvelle carte électronique (2022)"),
           (R, "Témoin de Jéhovah, je ne participe pas aux fêtes d'anniversaire ni aux célébrations de Noël organisées à l'école"),
           (U, "Affiliée au SETCa (FGTB) ; déléguée au CPPT de l'école")],
keep=["Logopède, École d'enseignement fondamental spécialisé de type 8",
      "Rééducation de 35 élèves avec troubles d'apprentissage (dyslexie, dysphasie)",
      "Évaluation bilingue (lingala/français) des élèves primo-arrivants",
      "Collaboration avec le centre PMS", "plans individuels d'apprentissage",
      "Logopède indépendante, Centre médical Matonge", "Bachelier en logopédie, Haute École Léonard de Vinci",
      "Évaluer l'enfant bilingue", "troubles du langage oral chez l'enfant plurilingue"],
contact=["Grâce MBUYI KALONJI", "6-78901-23-802", "Rue des Palais 130, 1030 Bruxelles", "0489 63 20 15",
         "grace.mbuyi.logo@gmail.com"]),

# 028 Puéricultrice de PMI, Villeurbanne (France) - aucune mention sensible
dict(text="""
Isabelle FAURE-MARCHAND
Infirmière puéricultrice diplômée d'État - Protection maternelle et infantile
Villeurbanne (69100) · 06 51 83 20 74 · isabelle.faure.puer@gmail.com
RPPS 10003456789

Expériences
Depuis 2015 - Puéricultrice de PMI, Métropole de Lyon, Maison de la Métropole de Villeurbanne
  ▸ Consultations de nourrissons, visites à domicile en post-natal, bilans de santé en école maternelle (BSEM) pour 900 enfants par an
  ▸ Instruction des demandes d'agrément des assistantes maternelles : visites, évaluation des conditions d'accueil, vérification des extraits de casier judiciaire des majeurs du foyer
  ▸ Contrôle des établissements d'accueil du jeune enfant (EAJE)
  ▸ Évaluation des informations préoccupantes en lien avec l'ASE
2009 - 2015 - Puéricultrice, service de néonatologie, Hôpital Femme Mère Enfant (HCL), Bron
2006 - 2008 - Infirmière, service de pédiatrie générale, CH de Villefranche

Formation
Diplôme d'État de puéricultrice, école de puéricultrices des HCL, 2009
Diplôme d'État d'infirmier, IFSI Croix-Rouge Lyon, 2006
DU Allaitement maternel, Université Lyon 1, 2014
Formation NBAS (Neonatal Behavioral Assessment Scale), 2017

Compétences
Dépistage des troubles du neurodéveloppement (grilles HAS), entretien motivationnel, travail en réseau (CAMSP, PMI, ASE, Éducation nationale).

Centres d'intérêt : escalade, chant choral, bénévolat à la Croix-Rouge (maraudes).
""",
sensitive=[],
keep=["Puéricultrice de PMI, Métropole de Lyon",
      "Consultations de nourrissons, visites à domicile en post-natal, bilans de santé en école maternelle (BSEM)",
      "Instruction des demandes d'agrément des assistantes maternelles",
      "vérification des extraits de casier judiciaire des majeurs du foyer",
      "Contrôle des établissements d'accueil du jeune enfant (EAJE)",
      "Évaluation des informations préoccupantes en lien avec l'ASE",
      "service de néonatologie, Hôpital Femme Mère Enfant (HCL)", "Diplôme d'État de puéricultrice",
      "DU Allaitement maternel", "Formation NBAS"],
contact=["Isabelle FAURE-MARCHAND", "Villeurbanne (69100)", "06 51 83 20 74", "isabelle.faure.puer@gmail.com",
         "10003456789"]),

# 029 Psychologue clinicienne en libéral, Toulouse (France)
dict(text="""
Psychologue clinicienne - psychothérapeute
Aurélie CASTEX
Cabinet : 8 allées Jean-Jaurès, 31000 Toulouse · 05 34 41 67 20 · contact@aureliecastex-psy.fr
N° ADELI 31 93 0298 4

Je reçois enfants, adolescents et familles en cabinet libéral et j'interviens comme vacataire en institution. Orientation systémique et TCC, formée à l'EMDR.

Parcours
Depuis 2016 - Psychologue en libéral, Toulouse (conventionnée Mon soutien psy)
   · Accompagnement d'enfants présentant des troubles anxieux, des phobies scolaires et des troubles du comportement alimentaire
   · Thérapies familiales, guidance parentale, liens avec les écoles et les médecins traitants
Depuis 2018 - Psychologue vacataire, Maison des adolescents de la Haute-Garonne (1 jour par semaine)
2012 - 2016 - Psychologue, ITEP de Castelmaurou
   · Groupes thérapeutiques avec des enfants à difficultés psychologiques, travail avec l'Éducation nationale

Formation
Master 2 psychologie clinique et psychopathologie, Université Toulouse Jean-Jaurès, 2012
Praticienne EMDR Europe (2017)
DU Thérapie familiale systémique (2015)

Personnel
Je suis mariée avec Laure, qui est sage-femme. Atteinte de la maladie de Crohn depuis 2008 (deux hospitalisations, stable sous biothérapie), je garde un jour par mois pour mes perfusions. Militante à La France insoumise, j'ai été candidate sur la liste aux municipales de 2020.
""",
sensitive=[(S, "Je suis mariée avec Laure"),
           (H, "Atteinte de la maladie de Crohn depuis 2008 (deux hospitalisations, stable sous biothérapie), je garde un jour par mois pour mes perfusions"),
           (P, "Militante à La France insoumise, j'ai été candidate sur la liste aux municipales de 2020")],
keep=["Psychologue clinicienne", "Psychologue en libéral",
      "Accompagnement d'enfants présentant des troubles anxieux, des phobies scolaires et des troubles du comportement alimentaire",
      "Thérapies familiales, guidance parentale", "Maison des adolescents de la Haute-Garonne",
      "ITEP de Castelmaurou", "Groupes thérapeutiques avec des enfants à difficultés psychologiques",
      "Master 2 psychologie clinique et psychopathologie", "Praticienne EMDR Europe",
      "DU Thérapie familiale systémique"],
contact=["Aurélie CASTEX", "8 allées Jean-Jaurès, 31000 Toulouse", "05 34 41 67 20",
         "contact@aureliecastex-psy.fr", "31 93 0298 4"]),

# 030 Directeur d'école primaire, Tizi Ouzou (Algérie)
dict(text="""
CURRICULUM VITAE

Nom : OUALI
Prénom : Smaïl
Date de naissance : 15/08/1972
Adresse : Cité des 600 Logements, Bt 12, Tizi Ouzou 15000
Téléphone : 0770 93 14 52
E-mail : directeur.smail15@gmail.com
Nationalité : algérienne
Situation familiale : marié, 5 enfants
Service national : exempté (raison médicale - perte de la vision de l'œil gauche)

DIPLÔMES
1991 : Baccalauréat, série lettres
1993 : Diplôme de l'Institut de technologie de l'éducation (ITE) - instituteur
2012 : Licence en sciences de l'éducation (formation à distance, UFC Alger)
2015 : Concours de directeur d'école primaire

EXPÉRIENCE
Depuis 2015 : Directeur, École primaire Frères Belhadj, Tizi Ouzou (480 élèves, 18 enseignants)
  - Pilotage pédagogique, suivi des enseignants stagiaires, relations avec l'inspection
  - Introduction de l'enseignement de tamazight dès la 2e année (pilote 2017)
  - Mise en place d'une classe intégrée pour enfants sourds avec la direction de l'action sociale
1993 - 2015 : Instituteur puis professeur d'enseignement primaire (PEP), écoles de Draâ Ben Khedda

ENGAGEMENTS
Militant du RCD (Rassemblement pour la culture et la démocratie) depuis 1990, ancien élu à l'APC de Draâ Ben Khedda (2007-2012).
Kabyle, militant associatif pour la culture amazighe (association Tiddukla).

LANGUES : tamazight, arabe, français.
""",
sensitive=[(D, "Date de naissance : 15/08/1972"),
           (E, "Nationalité : algérienne"),
           (F, "Situation familiale : marié, 5 enfants"),
           (H, "Service national : exempté (raison médicale - perte de la vision de l'œil gauche)"),
           (P, "Militant du RCD (Rassemblement pour la culture et la démocratie) depuis 1990, ancien élu à l'APC de Draâ Ben Khedda (2007-2012)"),
           (E, "Kabyle, militant associatif pour la culture amazighe")],
keep=["Directeur, École primaire Frères Belhadj", "Pilotage pédagogique, suivi des enseignants stagiaires",
      "Introduction de l'enseignement de tamazight dès la 2e année",
      "Mise en place d'une classe intégrée pour enfants sourds",
      "Diplôme de l'Institut de technologie de l'éducation (ITE)", "Licence en sciences de l'éducation",
      "Concours de directeur d'école primaire", "professeur d'enseignement primaire (PEP)"],
contact=["OUALI", "Smaïl", "Cité des 600 Logements, Bt 12, Tizi Ouzou 15000", "0770 93 14 52",
         "directeur.smail15@gmail.com"]),
]
