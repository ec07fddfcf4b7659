CVS = [
# 001 France, attachée d'administration de l'État, préfecture
dict(text="""
Claire VASSEUR-NDIAYE
Attachée principale d'administration de l'État - catégorie A - 7e échelon
12, rue des Tanneurs, 59000 Lille - 06 41 27 83 55 - claire.vasseur.ndiaye@laposte.net

ÉTAT CIVIL
Née le 9 septembre 1984 à Amiens (80)
Nationalité française
Mariée, deux enfants (2013 et 2016)

PARCOURS DANS LA FONCTION PUBLIQUE
Depuis 2021 - Préfecture du Nord, direction des migrations et de l'intégration
Cheffe du bureau de l'asile et de l'éloignement
- Encadrement de 34 agents (catégories B et C) et du guichet unique pour demandeurs d'asile (GUDA)
- Pilotage des procédures Dublin, des obligations de quitter le territoire (OQTF) et du contentieux devant le tribunal administratif
- Relations avec l'OFII, l'OFPRA et les associations d'aide aux étrangers
2016-2021 - Préfecture de la Somme, bureau des élections et de la réglementation
Adjointe au chef de bureau : organisation des scrutins municipaux 2020 et départementaux, contrôle des comptes de campagne
2012-2016 - Rectorat d'Amiens, gestionnaire des concours enseignants

CONCOURS ET FORMATION
Concours externe des IRA (Institut régional d'administration de Lille), promotion 2011-2012
Master 2 Droit public, Université de Picardie Jules-Verne (2010)

ENGAGEMENTS
Adhérente CFDT Fonctions publiques, élue suppléante en CAP des attachés (2019-2022).
""",
sensitive=[
 ("date_of_birth_age", "Née le 9 septembre 1984 à Amiens (80)"),
 ("family_status", "Mariée, deux enfants (2013 et 2016)"),
 ("trade_union", "Adhérente CFDT Fonctions publiques, élue suppléante en CAP des attachés (2019-2022)"),
],
keep=[
 "Attachée principale d'administration de l'État - catégorie A - 7e échelon",
 "Cheffe du bureau de l'asile et de l'éloignement",
 "Pilotage des procédures Dublin, des obligations de quitter le territoire (OQTF) et du contentieux devant le tribunal administratif",
 "organisation des scrutins municipaux 2020 et départementaux, contrôle des comptes de campagne",
 "Concours externe des IRA (Institut régional d'administration de Lille)",
 "Master 2 Droit public, Université de Picardie Jules-Verne",
],
contact=["Claire VASSEUR-NDIAYE", "12, rue des Tanneurs, 59000 Lille", "06 41 27 83 55",
 "claire.vasseur.ndiaye@laposte.net"]),

# 002 France, brigadier de police nationale
dict(text="""
BRIGADIER DE POLICE - CANDIDATURE À L'EXAMEN DE BRIGADIER-CHEF
Julien MARCHETTI
Commissariat central de Marseille - 13e arrondissement
julien.marchetti13@gmail.com | 06 72 19 40 88

Situation de famille : pacsé avec Antoine depuis 2018
Service national : JDC effectuée en 2005

Expérience
2019 - aujourd'hui : Brigadier, brigade anticriminalité (BAC) de nuit, Marseille Nord
  • Interpellations en flagrant délit (environ 150 par an), rédaction des procès-verbaux et mise à disposition de l'OPJ
  • Chef de bord d'un équipage de trois gardiens de la paix
  • Témoin à l'audience en comparution immédiate
2012 - 2019 : Gardien de la paix, police secours, Aubagne puis Marseille
  • Gestion des violences intrafamiliales, accueil des victimes, recueil de plaintes
2010 - 2012 : Adjoint de sécurité (ADS), Toulon

Formation
École nationale de police de Nîmes, promotion 2012
Habilitation OPJ (examen 2017)
Moniteur en techniques et sécurité en intervention (MTSI)

Divers
Délégué syndical Alliance Police nationale pour la circonscription depuis 2021.
Asthmatique depuis l'enfance, sous traitement de fond ; aptitude médicale confirmée.
Ceinture noire 2e dan de judo, sport en club à Allauch.
""",
sensitive=[
 ("sexual_orientation", "pacsé avec Antoine depuis 2018"),
 ("trade_union", "Délégué syndical Alliance Police nationale pour la circonscription depuis 2021"),
 ("health", "Asthmatique depuis l'enfance, sous traitement de fond"),
],
keep=[
 "Brigadier, brigade anticriminalité (BAC) de nuit, Marseille Nord",
 "Interpellations en flagrant délit (environ 150 par an), rédaction des procès-verbaux et mise à disposition de l'OPJ",
 "Gestion des violences intrafamiliales, accueil des victimes, recueil de plaintes",
 "École nationale de police de Nîmes",
 "Habilitation OPJ",
 "Moniteur en techniques et sécurité en intervention (MTSI)",
 "Ceinture noire 2e dan de judo",
],
contact=["Julien MARCHETTI", "julien.marchetti13@gmail.com", "06 72 19 40 88"]),

# 003 France, sapeur-pompier professionnel
dict(text="""
Sergent-chef Karim BOUZIANE
Sapeur-pompier professionnel - SDIS 69 (Métropole de Lyon)
21 rue Paul-Bert, 69200 Vénissieux - 07 61 33 20 94 - k.bouziane.spp@orange.fr

Né en 1987, fils de harkis installés à Rivesaltes puis dans la vallée du Rhône.

Mon parcours
Chef d'agrès, centre d'incendie et de secours de Vénissieux (depuis 2020)
  - Commandement d'un engin-pompe (FPT) et de six sapeurs en intervention
  - Interventions en milieu urbain sensible, feux de véhicules, secours à personne
  - Formateur de maintien des acquis en secours routier
Sapeur puis caporal-chef, CIS Lyon-Rochat (2009-2020)
Sapeur-pompier volontaire, Givors (2005-2009)

Formations et qualifications
Concours de sergent de sapeurs-pompiers professionnels (2019)
Chef d'agrès tout engin (CATE), 2020
Équipier risque chimique (RCH2), sauvetage-déblaiement (SD1)
Permis C et CE

Ce que je souhaite préciser
Je suis représentant CGT des SPP au CHSCT du SDIS depuis 2017.
En 2022 j'ai été mis en arrêt quatre mois pour une hernie discale opérée ; reprise en service opérationnel complet.
Musulman pratiquant, je demande si possible une adaptation des gardes pendant le ramadan.

Références : Commandant Sylvie Garnier, cheffe de groupement Est ; Lieutenant Hugo Perret
""",
sensitive=[
 ("date_of_birth_age", "Né en 1987"),
 ("ethnic_origin", "fils de harkis installés à Rivesaltes puis dans la vallée du Rhône"),
 ("trade_union", "Je suis représentant CGT des SPP au CHSCT du SDIS depuis 2017"),
 ("health", "En 2022 j'ai été mis en arrêt quatre mois pour une hernie discale opérée"),
 ("religious_belief", "Musulman pratiquant, je demande si possible une adaptation des gardes pendant le ramadan"),
],
keep=[
 "Chef d'agrès, centre d'incendie et de secours de Vénissieux",
 "Commandement d'un engin-pompe (FPT) et de six sapeurs en intervention",
 "Formateur de maintien des acquis en secours routier",
 "Concours de sergent de sapeurs-pompiers professionnels",
 "Chef d'agrès tout engin (CATE)",
 "Équipier risque chimique (RCH2), sauvetage-déblaiement (SD1)",
],
contact=["Sergent-chef Karim BOUZIANE", "21 rue Paul-Bert, 69200 Vénissieux", "07 61 33 20 94", "k.bouziane.spp@orange.fr",
 "Commandant Sylvie Garnier", "Lieutenant Hugo Perret"]),

# 004 France, directeur des services pénitentiaires
dict(text="""
Bertrand LEFÈVRE-DUPUIS
Directeur des services pénitentiaires hors classe
Candidature : direction du centre pénitentiaire de Rennes-Vezin
bertrand.lefevre-dupuis@justice-alumni.fr - 06 18 55 72 09 - 35700 Rennes

Expériences
2020 - 2026 : Chef d'établissement, centre de détention de Val-de-Reuil (800 places)
  · Direction de 420 agents, pilotage des commissions de discipline et de la commission d'application des peines
  · Coordination avec les aumôniers catholique, protestant, musulman et israélite ; création d'une salle polycultuelle
  · Négociation avec les organisations syndicales (FO, UFAP-UNSa, CGT) lors du mouvement de 2024, côté direction
  · Mise en place des unités pour détenus violents (UDV)
2014 - 2020 : Adjoint au chef d'établissement, maison d'arrêt de Fresnes
2010 - 2014 : Directeur de la détention, centre pénitentiaire de Caen

Formation
École nationale d'administration pénitentiaire (ENAP), Agen - concours externe de DSP (2008)
Master 2 Droit pénal et sciences criminelles, Université de Rennes (2007)

Situation personnelle
Marié, quatre enfants. Ordonné diacre permanent en 2019 pour le diocèse de Rennes ; cet engagement est sans incidence sur ma neutralité de chef de service.
J'ai été adhérent du Parti socialiste de 2002 à 2012.
""",
sensitive=[
 ("family_status", "Marié, quatre enfants"),
 ("religious_belief", "Ordonné diacre permanent en 2019 pour le diocèse de Rennes"),
 ("political_opinion", "J'ai été adhérent du Parti socialiste de 2002 à 2012"),
],
keep=[
 "Directeur des services pénitentiaires hors classe",
 "Chef d'établissement, centre de détention de Val-de-Reuil (800 places)",
 "pilotage des commissions de discipline et de la commission d'application des peines",
 "Coordination avec les aumôniers catholique, protestant, musulman et israélite ; création d'une salle polycultuelle",
 "Négociation avec les organisations syndicales (FO, UFAP-UNSa, CGT) lors du mouvement de 2024, côté direction",
 "École nationale d'administration pénitentiaire (ENAP), Agen",
 "Master 2 Droit pénal et sciences criminelles, Université de Rennes",
],
contact=["Bertrand LEFÈVRE-DUPUIS", "bertrand.lefevre-dupuis@justice-alumni.fr", "06 18 55 72 09", "35700 Rennes"]),

# 005 France, ancien légionnaire en reconversion
dict(text="""
CV - Oleksandr KOVALENKO
Agent de sûreté aéroportuaire / chef d'équipe
Aix-en-Provence - 06 95 40 11 27 - o.kovalenko.pro@gmail.com

PROFIL
Ancien caporal-chef de la Légion étrangère, 15 ans de service. Je cherche un poste de chef d'équipe sûreté à l'aéroport Marseille-Provence.

ÉTAT CIVIL
41 ans. Né à Jytomyr (Ukraine). Français par le sang versé depuis 2016.
Célibataire, un fils qui vit à Kyiv avec sa mère.

PARCOURS MILITAIRE (2007 - 2022)
1er régiment étranger de cavalerie (1er REC), Carpiquet
  - Chef de bord VBL, opérations Serval (Mali, 2013) et Barkhane (2017, 2020)
  - Instructeur tir et secourisme de combat (SC1/SC2)
  - Garde et contrôle d'accès du quartier, fouilles de véhicules
Quitté l'armée en 2022 : état de stress post-traumatique reconnu, pension militaire d'invalidité à 30 %.

EXPÉRIENCE CIVILE
Agent de sûreté aéroportuaire, ICTS France, Marseille-Provence (2023 - aujourd'hui)
  - Inspection-filtrage des passagers et bagages, imagerie radioscopique
  - Habilitation préfectorale et certification DGAC

QUALIFICATIONS
CQP Agent de sûreté aéroportuaire ; SSIAP 1 ; permis B, C
Langues : ukrainien, russe (langues maternelles), français courant, anglais B1

À SAVOIR
Une condamnation à quatre mois avec sursis (tribunal correctionnel de Nîmes, 2010, rixe) figure encore à mon B1 ; le B2 est vierge et l'habilitation m'a été accordée.
""",
sensitive=[
 ("date_of_birth_age", "41 ans"),
 ("ethnic_origin", "Né à Jytomyr (Ukraine). Français par le sang versé depuis 2016"),
 ("family_status", "Célibataire, un fils qui vit à Kyiv avec sa mère"),
 ("health", "état de stress post-traumatique reconnu, pension militaire d'invalidité à 30 %"),
 ("criminal_record", "Une condamnation à quatre mois avec sursis (tribunal correctionnel de Nîmes, 2010, rixe) figure encore à mon B1"),
],
keep=[
 "1er régiment étranger de cavalerie (1er REC)",
 "Chef de bord VBL, opérations Serval (Mali, 2013) et Barkhane (2017, 2020)",
 "Instructeur tir et secourisme de combat (SC1/SC2)",
 "Agent de sûreté aéroportuaire, ICTS France",
 "Inspection-filtrage des passagers et bagages, imagerie radioscopique",
 "CQP Agent de sûreté aéroportuaire",
 "SSIAP 1",
],
contact=["Oleksandr KOVALENKO", "Aix-en-Provence", "06 95 40 11 27", "o.kovalenko.pro@gmail.com"]),

# 006 France, greffière des services judiciaires
dict(text="""
Émilie ROUSSEL
Greffière des services judiciaires - catégorie B - 5e échelon
Tribunal judiciaire de Bordeaux
14 cours de l'Argonne, 33000 Bordeaux • 06 28 91 56 14 • emilie.roussel.greffe@free.fr

OBJECTIF : concours interne de directeur des services de greffe judiciaires (DSGJ), session 2027.

EXPÉRIENCE
Depuis 2019 - Greffière au service de l'application des peines, TJ de Bordeaux
  - Assistance du juge de l'application des peines lors des débats contradictoires
  - Mise en forme des jugements d'aménagement de peine et suivi des bracelets électroniques
  - Tenue des audiences de la commission d'application des peines à la maison d'arrêt de Gradignan
2015 - 2019 - Greffière à la chambre correctionnelle, TJ de Périgueux
  - Notes d'audience, rédaction des plumitifs, inscription des condamnations au casier judiciaire national
2012 - 2015 - Adjointe administrative au conseil de prud'hommes de Bordeaux (catégorie C)

FORMATION
École nationale des greffes, Dijon - promotion 2015
Licence professionnelle Métiers du notariat, Université de Bordeaux (2011)

INFORMATIONS COMPLÉMENTAIRES
Reconnue travailleuse handicapée (RQTH) depuis 2020 en raison d'une sclérose en plaques ; poste aménagé avec un jour de télétravail.
Pacsée avec Clara, infirmière au CHU.
Secrétaire de la section UNSa Services judiciaires de Gironde.
Née le 30/01/1989.
""",
sensitive=[
 ("health", "Reconnue travailleuse handicapée (RQTH) depuis 2020 en raison d'une sclérose en plaques"),
 ("sexual_orientation", "Pacsée avec Clara"),
 ("trade_union", "Secrétaire de la section UNSa Services judiciaires de Gironde"),
 ("date_of_birth_age", "Née le 30/01/1989"),
],
keep=[
 "Greffière des services judiciaires - catégorie B - 5e échelon",
 "Greffière au service de l'application des peines",
 "Mise en forme des jugements d'aménagement de peine et suivi des bracelets électroniques",
 "inscription des condamnations au casier judiciaire national",
 "École nationale des greffes, Dijon",
 "Licence professionnelle Métiers du notariat, Université de Bordeaux",
 "concours interne de directeur des services de greffe judiciaires (DSGJ)",
],
contact=["Émilie ROUSSEL", "14 cours de l'Argonne, 33000 Bordeaux", "06 28 91 56 14",
 "emilie.roussel.greffe@free.fr"]),

# 007 France, contrôleur des douanes
dict(text="""
Yann LE GOFF
Contrôleur principal des douanes et droits indirects
Dunkerque (59) | 06 33 82 17 46 | yann.legoff.dunkerque@outlook.fr

Dix ans dans la branche surveillance, aujourd'hui en brigade garde-côtes. Je prépare le concours d'inspecteur des douanes (interne).

EXPÉRIENCE
Brigade de surveillance maritime, Dunkerque - Contrôleur principal, chef d'équipe (2021 - )
  › Contrôle des navires et des conteneurs, saisies de stupéfiants (3,2 t de cocaïne en 2023 avec l'OFAST)
  › Rédaction des procès-verbaux de constatation et de saisie, transmission au parquet
  › Retenues douanières et remise à l'OPJ
Brigade des douanes de Calais-Tunnel - Agent de constatation puis contrôleur (2014 - 2021)
  › Lutte contre les filières d'immigration clandestine et la contrebande de tabac

FORMATION
École nationale des douanes de La Rochelle (2014)
Permis bateau hauturier ; brevet de plongeur douanier
DUT Gestion logistique et transport, IUT du Littoral (2012)

PERSONNEL
Marié, trois enfants.
En 2012, avant mon entrée dans l'administration, j'ai été placé en garde à vue lors de l'évacuation d'une ZAD à Notre-Dame-des-Landes ; relaxé. Mon profil génétique enregistré au FNAEG à cette occasion a été effacé en 2019 sur ma demande.
Longtemps militant écologiste (EELV), je n'ai plus de carte depuis 2016.
""",
sensitive=[
 ("family_status", "Marié, trois enfants"),
 ("criminal_record", "j'ai été placé en garde à vue lors de l'évacuation d'une ZAD à Notre-Dame-des-Landes ; relaxé"),
 ("genetic_biometric", "Mon profil génétique enregistré au FNAEG à cette occasion a été effacé en 2019 sur ma demande"),
 ("political_opinion", "Longtemps militant écologiste (EELV), je n'ai plus de carte depuis 2016"),
],
keep=[
 "Contrôleur principal des douanes et droits indirects",
 "Brigade de surveillance maritime, Dunkerque",
 "saisies de stupéfiants (3,2 t de cocaïne en 2023 avec l'OFAST)",
 "Rédaction des procès-verbaux de constatation et de saisie, transmission au parquet",
 "Lutte contre les filières d'immigration clandestine et la contrebande de tabac",
 "École nationale des douanes de La Rochelle",
 "DUT Gestion logistique et transport, IUT du Littoral",
],
contact=["Yann LE GOFF", "Dunkerque (59)", "06 33 82 17 46", "yann.legoff.dunkerque@outlook.fr"]),

# 008 France, jeune candidate au concours IRA
dict(text="""
Sarah BENMANSOUR
Candidate au concours externe des Instituts régionaux d'administration (IRA) - session 2027
28 avenue Jean-Jaurès, 69007 Lyon - 07 56 23 48 10 - sarah.benmansour@etu.univ-lyon2.fr

État civil
Née le 5 mars 2001 à Tlemcen (Algérie)
Nationalité française par déclaration (2019), également algérienne
Célibataire

Formation
2024-2026 : Master Administration publique, Sciences Po Lyon - prépa concours administratifs
2019-2022 : Licence Droit, Université Lumière Lyon 2

Expériences
2025 (6 mois) : Stagiaire, Direction départementale de l'emploi, du travail et des solidarités du Rhône
  - Analyse des données d'égalité professionnelle (index égalité femmes-hommes) de 120 entreprises
  - Préparation des contrôles de l'inspection du travail sur les discriminations à l'embauche
2023 (été) : Agente de bureau de vote et de dépouillement, Mairie de Lyon 7e (élections européennes 2024 - vacation)
2021-2023 : Vacataire, CAF du Rhône, accueil des allocataires

Engagements
Bénévole depuis 2018 à l'aumônerie musulmane étudiante de Lyon (maraudes, aide aux devoirs).
Porteuse d'une mutation BRCA1 comme ma mère ; suivi préventif à l'hôpital Léon-Bérard.
Service national : JDC effectuée (2018).
""",
sensitive=[
 ("date_of_birth_age", "Née le 5 mars 2001"),
 ("ethnic_origin", "à Tlemcen (Algérie)"),
 ("ethnic_origin", "Nationalité française par déclaration (2019), également algérienne"),
 ("family_status", "Célibataire"),
 ("religious_belief", "Bénévole depuis 2018 à l'aumônerie musulmane étudiante de Lyon"),
 ("genetic_biometric", "Porteuse d'une mutation BRCA1 comme ma mère"),
 ("health", "suivi préventif à l'hôpital Léon-Bérard"),
],
keep=[
 "Master Administration publique, Sciences Po Lyon",
 "Licence Droit, Université Lumière Lyon 2",
 "Analyse des données d'égalité professionnelle (index égalité femmes-hommes) de 120 entreprises",
 "Préparation des contrôles de l'inspection du travail sur les discriminations à l'embauche",
 "Agente de bureau de vote et de dépouillement",
 "Vacataire, CAF du Rhône",
],
contact=["Sarah BENMANSOUR", "28 avenue Jean-Jaurès, 69007 Lyon", "07 56 23 48 10",
 "sarah.benmansour@etu.univ-lyon2.fr"]),

# 009 France, adjoint technique territorial
dict(text="""
Patrick DELCOURT - 57 ans
Adjoint technique territorial principal de 1re classe (catégorie C)
Mairie d'Hénin-Beaumont - services techniques, voirie et espaces verts
3 rue Pasteur, 62110 Hénin-Beaumont / 06 47 12 98 30 / patrick.delcourt62@sfr.fr

POSTE VISÉ : agent de maîtrise, responsable d'équipe propreté urbaine (concours interne d'agent de maîtrise obtenu en 2025)

EXPÉRIENCE
Depuis 2004 : Mairie d'Hénin-Beaumont
 - Chef d'équipe voirie (8 agents) : nids-de-poule, signalisation, salage hivernal
 - Installation et démontage des bureaux de vote à chaque scrutin (22 bureaux)
 - Référent sécurité pour les chantiers (AIPR opérateur, CACES R482)
1990-2004 : Ouvrier puis chef de poste, Metaleurop Nord, Noyelles-Godault (jusqu'à la fermeture)

FORMATION
CAP Maçonnerie (1986)
CNFPT : encadrement d'équipe en collectivité (2019)

VIE PERSONNELLE
Délégué CGT du personnel communal pendant douze ans.
J'ai été élu conseiller municipal d'opposition sur une liste divers gauche à Dourges de 2008 à 2014.
Marié, deux filles, trois petits-enfants.
Suivi pour une hémochromatose génétique (saignées régulières).
""",
sensitive=[
 ("date_of_birth_age", "57 ans"),
 ("trade_union", "Délégué CGT du personnel communal pendant douze ans"),
 ("political_opinion", "J'ai été élu conseiller municipal d'opposition sur une liste divers gauche à Dourges de 2008 à 2014"),
 ("family_status", "Marié, deux filles, trois petits-enfants"),
 ("genetic_biometric", "hémochromatose génétique"),
 ("health", "(saignées régulières)"),
],
keep=[
 "Adjoint technique territorial principal de 1re classe (catégorie C)",
 "Chef d'équipe voirie (8 agents)",
 "Installation et démontage des bureaux de vote à chaque scrutin (22 bureaux)",
 "AIPR opérateur, CACES R482",
 "Ouvrier puis chef de poste, Metaleurop Nord",
 "CAP Maçonnerie",
 "concours interne d'agent de maîtrise",
],
contact=["Patrick DELCOURT", "3 rue Pasteur, 62110 Hénin-Beaumont", "06 47 12 98 30", "patrick.delcourt62@sfr.fr"]),

# 010 France, commandant de police, protestant
dict(text="""
Commandant de police Thomas WEBER
Chef de la sûreté départementale du Haut-Rhin
68200 Mulhouse - 06 84 30 25 71 - thomas.weber.police@gmail.com

PROFIL
Officier de police judiciaire depuis 2006, spécialiste de la criminalité organisée et des violences sexuelles. Je postule au poste de chef de l'office antistupéfiants (OFAST) antenne de Strasbourg.

EXPÉRIENCE
Depuis 2021 : Chef de la sûreté départementale, DIPN 68
  ▸ Direction de 85 enquêteurs (brigades criminelle, stupéfiants, protection de la famille)
  ▸ Conduite d'enquêtes préliminaires et de commissions rogatoires ; rapports au parquet et au juge d'instruction
  ▸ Démantèlement d'un réseau de traite des êtres humains : 19 interpellations, 11 mises en examen
2014 - 2021 : Chef de groupe, brigade de recherche et d'intervention (BRI), Strasbourg
2006 - 2014 : Lieutenant puis capitaine, commissariat de Colmar

FORMATION
École nationale supérieure des officiers de police (ENSOP), Cannes-Écluse - concours externe 2004
Master 2 Droit pénal, Université de Strasbourg
Diplôme universitaire de victimologie

VIE PRIVÉE
Marié avec Mathieu depuis 2015 ; nous avons adopté une petite fille en 2021.
Conseiller presbytéral de la paroisse protestante Saint-Étienne de Mulhouse (UEPAL).
""",
sensitive=[
 ("sexual_orientation", "Marié avec Mathieu depuis 2015"),
 ("family_status", "nous avons adopté une petite fille en 2021"),
 ("religious_belief", "Conseiller presbytéral de la paroisse protestante Saint-Étienne de Mulhouse (UEPAL)"),
],
keep=[
 "Chef de la sûreté départementale, DIPN 68",
 "Conduite d'enquêtes préliminaires et de commissions rogatoires ; rapports au parquet et au juge d'instruction",
 "Démantèlement d'un réseau de traite des êtres humains : 19 interpellations, 11 mises en examen",
 "Chef de groupe, brigade de recherche et d'intervention (BRI), Strasbourg",
 "École nationale supérieure des officiers de police (ENSOP), Cannes-Écluse",
 "Master 2 Droit pénal, Université de Strasbourg",
 "Diplôme universitaire de victimologie",
],
contact=["Commandant de police Thomas WEBER", "68200 Mulhouse", "06 84 30 25 71", "thomas.weber.police@gmail.com"]),
]
