CVS = [
# 011 Belgique, attaché SPF Intérieur, Office des étrangers
dict(text="""
Youssef EL AMRANI
Attaché (A2) - SPF Intérieur, Office des étrangers
Avenue Rogier 212, 1030 Schaerbeek - 0478 55 21 36 - youssef.elamrani@skynet.be

DONNÉES PERSONNELLES
Né le 14/06/1986 à Schaerbeek
Belge, de parents originaires de Nador (Rif marocain)
Marié, trois enfants

FONCTION ACTUELLE
Attaché, direction Asile et Dublin, Office des étrangers (depuis 2019)
- Supervision de 18 agents traitant les demandes de protection internationale au stade de l'enregistrement (prise d'empreintes Eurodac, photos, entretien Dublin)
- Rédaction des décisions de transfert Dublin et des notes pour le cabinet du Secrétaire d'État à l'Asile et la Migration
- Représentation de l'Office devant le Conseil du contentieux des étrangers (CCE)

PARCOURS ANTÉRIEUR
2013-2019 : Assistant administratif puis expert, Fedasil, centre d'accueil du Petit-Château
2010-2013 : Agent de quartier contractuel, commune de Saint-Josse-ten-Noode

FORMATION
Master en sciences politiques, orientation administration publique, ULB (2010)
Brevet de management fédéral, SELOR/BOSA (2022)
Screening linguistique SELOR : connaissance approfondie du néerlandais (article 9 §1)

AUTRES
Affilié à la CGSP Ministères depuis 2012.
Langues : français, néerlandais, arabe, tarifit, anglais.
""",
sensitive=[
 ("date_of_birth_age", "Né le 14/06/1986"),
 ("ethnic_origin", "de parents originaires de Nador (Rif marocain)"),
 ("family_status", "Marié, trois enfants"),
 ("trade_union", "Affilié à la CGSP Ministères depuis 2012"),
],
keep=[
 "Attaché, direction Asile et Dublin, Office des étrangers",
 "Supervision de 18 agents traitant les demandes de protection internationale au stade de l'enregistrement (prise d'empreintes Eurodac, photos, entretien Dublin)",
 "Représentation de l'Office devant le Conseil du contentieux des étrangers (CCE)",
 "Fedasil, centre d'accueil du Petit-Château",
 "Master en sciences politiques, orientation administration publique, ULB",
 "Brevet de management fédéral, SELOR/BOSA",
 "Screening linguistique SELOR : connaissance approfondie du néerlandais (article 9 §1)",
],
contact=["Youssef EL AMRANI", "Avenue Rogier 212, 1030 Schaerbeek", "0478 55 21 36", "youssef.elamrani@skynet.be"]),

# 012 Belgique, inspectrice principale police fédérale
dict(text="""
Inspectrice principale Valérie DUMONT
Police judiciaire fédérale de Liège - Section traite des êtres humains
Rue Saint-Gilles 58, 4000 Liège | 0495 62 18 40 | valerie.dumont.pjf@gmail.com

Objectif : promotion au cadre d'officier (commissaire) par la voie de l'accession.

Expérience
2017 - aujourd'hui : Inspectrice principale, PJF Liège
  • Enquêtes sur l'exploitation sexuelle et économique ; auditions de victimes avec interprète
  • Rédaction des procès-verbaux de synthèse pour le parquet et le juge d'instruction
  • Coordination d'une opération conjointe avec l'inspection sociale (ONSS) : 14 arrestations
2009 - 2017 : Inspectrice, zone de police Liège, service d'intervention puis quartier

Formation
Académie provinciale de police de Liège (2009)
Formation fonctionnelle « Traite des êtres humains », ANPA (2018)
Bachelier en droit, HEL (2008)

Vie privée
Divorcée, une fille de 10 ans en garde alternée.
Je vis avec ma compagne Nathalie à Seraing.
Déléguée permanente du SLFP Police pour l'arrondissement de Liège depuis 2020 (mi-temps syndical).
Conseillère de l'action sociale (CPAS de Seraing) sur la liste Ecolo depuis 2019.
J'ai traversé un burn-out en 2021 (trois mois d'arrêt), aujourd'hui derrière moi.

Référence : Commissaire divisionnaire Luc Hardy, directeur PJF Liège
""",
sensitive=[
 ("family_status", "Divorcée, une fille de 10 ans en garde alternée"),
 ("sexual_orientation", "Je vis avec ma compagne Nathalie"),
 ("trade_union", "Déléguée permanente du SLFP Police pour l'arrondissement de Liège depuis 2020 (mi-temps syndical)"),
 ("political_opinion", "Conseillère de l'action sociale (CPAS de Seraing) sur la liste Ecolo depuis 2019"),
 ("health", "J'ai traversé un burn-out en 2021 (trois mois d'arrêt)"),
],
keep=[
 "Inspectrice principale, PJF Liège",
 "Enquêtes sur l'exploitation sexuelle et économique ; auditions de victimes avec interprète",
 "Rédaction des procès-verbaux de synthèse pour le parquet et le juge d'instruction",
 "Coordination d'une opération conjointe avec l'inspection sociale (ONSS) : 14 arrestations",
 "Académie provinciale de police de Liège",
 "Formation fonctionnelle « Traite des êtres humains », ANPA",
 "Bachelier en droit, HEL",
],
contact=["Inspectrice principale Valérie DUMONT", "Rue Saint-Gilles 58, 4000 Liège", "0495 62 18 40",
 "valerie.dumont.pjf@gmail.com", "Commissaire divisionnaire Luc Hardy"]),

# 013 Belgique, agent pénitentiaire, prison de Haren
dict(text="""
CURRICULUM VITAE
Nom : POPESCU   Prénom : Mihai
Adresse : Chaussée de Haecht 1180, 1130 Haren
GSM : 0471 33 90 27   E-mail : mihai.popescu@hotmail.be
Né en Roumanie (Iași), Belge par naturalisation depuis 2012

Fonction recherchée : chef de quartier (niveau C) - prison de Haren, via sélection interne

Expérience professionnelle
Depuis 2016 : Agent de surveillance pénitentiaire, prison de Saint-Gilles puis prison de Haren
  - Surveillance d'une aile de 120 détenus, fouilles de cellules, mouvements vers les parloirs
  - Accompagnement des détenus vers l'aumônier orthodoxe, l'imam et le conseiller moral laïque
  - Gestion des incidents et rédaction des rapports disciplinaires pour la direction
2012 - 2016 : Agent de sécurité, Securitas, gare de Bruxelles-Midi
2008 - 2012 : Chauffeur-livreur, Bruxelles

Formation
Formation de base d'agent pénitentiaire, Centre de formation de l'administration pénitentiaire (CFPP), 2016
Test de sélection SELOR « agent pénitentiaire » réussi (2015)
Cours du soir : CESS, Promotion sociale Schaerbeek (2014)

Informations complémentaires
Je fréquente la paroisse orthodoxe roumaine Saint-Nicolas d'Anderlecht.
En 2009 j'ai été condamné par le tribunal correctionnel de Bruxelles pour coups et blessures (peine de travail de 80 heures). J'ai obtenu ma réhabilitation en 2015, avant mon engagement.
Mon empreinte digitale est enregistrée dans le système biométrique d'accès du personnel de Haren.
""",
sensitive=[
 ("ethnic_origin", "Né en Roumanie (Iași), Belge par naturalisation depuis 2012"),
 ("religious_belief", "Je fréquente la paroisse orthodoxe roumaine Saint-Nicolas d'Anderlecht"),
 ("criminal_record", "En 2009 j'ai été condamné par le tribunal correctionnel de Bruxelles pour coups et blessures (peine de travail de 80 heures)"),
 ("criminal_record", "J'ai obtenu ma réhabilitation en 2015"),
 ("genetic_biometric", "Mon empreinte digitale est enregistrée dans le système biométrique d'accès du personnel de Haren"),
],
keep=[
 "Agent de surveillance pénitentiaire",
 "Surveillance d'une aile de 120 détenus, fouilles de cellules, mouvements vers les parloirs",
 "Accompagnement des détenus vers l'aumônier orthodoxe, l'imam et le conseiller moral laïque",
 "rédaction des rapports disciplinaires pour la direction",
 "Agent de sécurité, Securitas",
 "Formation de base d'agent pénitentiaire, Centre de formation de l'administration pénitentiaire (CFPP)",
 "Test de sélection SELOR « agent pénitentiaire » réussi",
],
contact=["POPESCU", "Mihai", "Chaussée de Haecht 1180, 1130 Haren", "0471 33 90 27", "mihai.popescu@hotmail.be"]),

# 014 Suisse, gendarme vaudois
dict(text="""
Arben KRASNIQI
Sergent - Gendarmerie vaudoise
Chemin des Sports 7, 1018 Lausanne
079 555 31 86 - arben.krasniqi@bluewin.ch

Données personnelles
Date de naissance : 03.08.1985
État civil : marié, deux enfants (2014, 2017)
Nationalité : suisse (naturalisé en 2009), d'origine kosovare
Service militaire : déclaré inapte en 2005 (diabète de type 1), taxe d'exemption payée

Parcours professionnel
2018 - à ce jour  Sergent, chef de groupe, Centre d'intervention régional de la Blécherette
   - Conduite d'un groupe de 8 gendarmes, interventions d'urgence, constats, interpellations
   - Rédaction des rapports à l'intention du Ministère public
   - Formateur en techniques d'intervention et en gestion de la violence
2009 - 2018  Gendarme, postes de Nyon et d'Yverdon
2005 - 2008  Apprentissage et emploi d'employé de commerce, Banque Cantonale Vaudoise

Formation
Brevet fédéral de policier (Académie de police de Savatan, 2009)
Certificat de chef de groupe, Institut suisse de police (2018)
CFC d'employé de commerce (2005)

Langues
Français, albanais (langue maternelle), allemand B2, anglais B1

Divers
Membre de l'UDC Lausanne.
Entraîneur junior au FC Renens.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 03.08.1985"),
 ("family_status", "État civil : marié, deux enfants (2014, 2017)"),
 ("ethnic_origin", "Nationalité : suisse (naturalisé en 2009), d'origine kosovare"),
 ("health", "déclaré inapte en 2005 (diabète de type 1)"),
 ("political_opinion", "Membre de l'UDC Lausanne"),
],
keep=[
 "Sergent, chef de groupe, Centre d'intervention régional de la Blécherette",
 "Conduite d'un groupe de 8 gendarmes, interventions d'urgence, constats, interpellations",
 "Rédaction des rapports à l'intention du Ministère public",
 "Formateur en techniques d'intervention et en gestion de la violence",
 "Brevet fédéral de policier (Académie de police de Savatan, 2009)",
 "Certificat de chef de groupe, Institut suisse de police",
 "CFC d'employé de commerce",
],
contact=["Arben KRASNIQI", "Chemin des Sports 7, 1018 Lausanne", "079 555 31 86", "arben.krasniqi@bluewin.ch"]),

# 015 Suisse, spécialiste douane et sécurité des frontières, Genève
dict(text="""
Luc-Henri BOVET
Spécialiste en douane et sécurité des frontières - OFDF, Genève
Rue de Lyon 88, 1203 Genève - 078 555 40 12 - lhbovet@gmx.ch

PARCOURS
Office fédéral de la douane et de la sécurité des frontières (OFDF), région Ouest
2020 - : Chef d'équipe, aéroport de Genève, contrôle des personnes
   • Contrôle frontière Schengen aux portes automatiques (enrôlement biométrique et lecture des passeports)
   • Détection de faux documents, remise des cas à la police cantonale et au Ministère public
   • Formation des nouveaux collaborateurs au système EES
2012 - 2020 : Garde-frontière, postes de Bardonnex et de Moillesulaz
2006 - 2012 : Employé de commerce, Services industriels de Genève

FORMATION
Brevet fédéral de spécialiste en sécurité des frontières (2014)
Formation de base du Corps des gardes-frontière, Liestal (2012)

SERVICE MILITAIRE ET CIVIL
En 2004 j'ai refusé de servir ; le tribunal militaire m'a condamné à deux mois avec sursis. J'ai ensuite été admis au service civil (objection de conscience fondée sur ma foi de Témoin de Jéhovah) et l'ai accompli dans un EMS de Carouge.

PERSONNEL
Partenariat enregistré avec Stéphane depuis 2010.
Né en 1984.

Référence : M. Christophe Aebi, chef de la division Personnes, OFDF Genève
""",
sensitive=[
 ("criminal_record", "En 2004 j'ai refusé de servir ; le tribunal militaire m'a condamné à deux mois avec sursis"),
 ("religious_belief", "objection de conscience fondée sur ma foi de Témoin de Jéhovah"),
 ("sexual_orientation", "Partenariat enregistré avec Stéphane depuis 2010"),
 ("date_of_birth_age", "Né en 1984"),
],
keep=[
 "Chef d'équipe, aéroport de Genève, contrôle des personnes",
 "Contrôle frontière Schengen aux portes automatiques (enrôlement biométrique et lecture des passeports)",
 "Détection de faux documents, remise des cas à la police cantonale et au Ministère public",
 "Garde-frontière, postes de Bardonnex et de Moillesulaz",
 "Brevet fédéral de spécialiste en sécurité des frontières",
 "Formation de base du Corps des gardes-frontière, Liestal",
],
contact=["Luc-Henri BOVET", "Rue de Lyon 88, 1203 Genève", "078 555 40 12", "lhbovet@gmx.ch",
 "M. Christophe Aebi"]),

# 016 Québec, greffière-audiencière, Cour du Québec
dict(text="""
Nadège PIERRE-LOUIS
Greffière-audiencière - Cour du Québec, chambre criminelle et pénale
Montréal-Nord (Québec) H1G | 514 555-0182 | nadege.pierrelouis@videotron.ca

Sommaire
Quatorze ans au ministère de la Justice du Québec, dont huit comme greffière-audiencière au palais de justice de Montréal. Je pose ma candidature au poste de greffière adjointe (cadre, classe 7).

Expérience
Ministère de la Justice du Québec - Services de justice, Montréal
Greffière-audiencière, chambre criminelle et pénale, 2018 - aujourd'hui
  ◦ Tenue des procès-verbaux d'audience lors des enquêtes sur remise en liberté, procès et prononcés de peine
  ◦ Assermentation des témoins, gestion des pièces à conviction, rédaction des ordonnances de probation
  ◦ Formation de onze nouvelles greffières sur le système de gestion des dossiers
Agente de bureau, greffe civil, 2012 - 2018

Formation
Techniques juridiques (DEC), Cégep Ahuntsic, 2011
Certificat en droit, Université de Montréal, 2016

Informations personnelles
Arrivée d'Haïti à neuf ans, après le séisme de 2010 ma famille a parrainé mes cousins.
Conjointe de fait de Sophie depuis 2015.
Déléguée syndicale du SFPQ pour le palais de justice depuis 2019.
Je vis avec le lupus ; mon horaire est aménagé les jours de traitement.

Références : Me Denis Gagnon, greffier en chef ; Mme Line Beaudry, SFPQ
""",
sensitive=[
 ("ethnic_origin", "Arrivée d'Haïti"),
 ("date_of_birth_age", "à neuf ans"),
 ("sexual_orientation", "Conjointe de fait de Sophie depuis 2015"),
 ("trade_union", "Déléguée syndicale du SFPQ pour le palais de justice depuis 2019"),
 ("health", "Je vis avec le lupus ; mon horaire est aménagé les jours de traitement"),
],
keep=[
 "Greffière-audiencière, chambre criminelle et pénale",
 "Tenue des procès-verbaux d'audience lors des enquêtes sur remise en liberté, procès et prononcés de peine",
 "Assermentation des témoins, gestion des pièces à conviction, rédaction des ordonnances de probation",
 "Ministère de la Justice du Québec",
 "Techniques juridiques (DEC), Cégep Ahuntsic",
 "Certificat en droit, Université de Montréal",
],
contact=["Nadège PIERRE-LOUIS", "Montréal-Nord (Québec) H1G", "514 555-0182", "nadege.pierrelouis@videotron.ca",
 "Me Denis Gagnon", "Mme Line Beaudry"]),

# 017 Québec, agent des services correctionnels
dict(text="""
JÉRÔME VOLLANT
Agent des services correctionnels - Établissement de détention de Sept-Îles
Sept-Îles (Québec) G4R | 418 555-0937 | jerome.vollant@globetrotter.net

PROFIL
Innu de Uashat mak Mani-utenam, je travaille depuis dix ans en milieu carcéral provincial. Je vise le poste de chef d'unité.

EXPÉRIENCE
Ministère de la Sécurité publique du Québec - Services correctionnels
Agent des services correctionnels, EDSI, 2016 à aujourd'hui
   › Surveillance et encadrement de 90 personnes incarcérées, dont une majorité d'Autochtones
   › Agent de liaison autochtone : organisation des visites d'aînés et des cérémonies de purification avec l'aumônier
   › Rédaction des rapports d'incident et témoignage devant le comité de discipline
   › Escortes vers la cour et l'hôpital
Intervenant, Centre d'amitié autochtone de Sept-Îles, 2012 à 2016

FORMATION
AEC Intervention en milieu carcéral, Cégep de Sept-Îles (2015)
Secourisme en milieu de travail ; Oméga (gestion de crise)

VIE PERSONNELLE
Père monoparental de deux garçons.
Membre du SAPSCQ-CSN et délégué de l'exécutif régional depuis 2021.
J'ai un dossier pour possession simple de cannabis datant de 2008 ; j'ai obtenu la suspension du casier en 2014, avant mon embauche.

RÉFÉRENCE
M. Patrice Gagné, directeur de l'EDSI - 418 555-0910
""",
sensitive=[
 ("ethnic_origin", "Innu de Uashat mak Mani-utenam"),
 ("family_status", "Père monoparental de deux garçons"),
 ("trade_union", "Membre du SAPSCQ-CSN et délégué de l'exécutif régional depuis 2021"),
 ("criminal_record", "J'ai un dossier pour possession simple de cannabis datant de 2008 ; j'ai obtenu la suspension du casier en 2014"),
],
keep=[
 "Agent des services correctionnels, EDSI",
 "Surveillance et encadrement de 90 personnes incarcérées, dont une majorité d'Autochtones",
 "Agent de liaison autochtone : organisation des visites d'aînés et des cérémonies de purification avec l'aumônier",
 "Rédaction des rapports d'incident et témoignage devant le comité de discipline",
 "Intervenant, Centre d'amitié autochtone de Sept-Îles",
 "AEC Intervention en milieu carcéral, Cégep de Sept-Îles",
],
contact=["JÉRÔME VOLLANT", "Sept-Îles (Québec) G4R", "418 555-0937", "jerome.vollant@globetrotter.net",
 "M. Patrice Gagné", "418 555-0910"]),

# 018 Luxembourg, rédacteur de l'État
dict(text="""
Ricardo DA SILVA FERREIRA
Rédacteur principal - Administration des contributions directes
21, rue de la Libération, L-4210 Esch-sur-Alzette
Tél. : +352 621 555 874 | ricardo.dasilva@pt.lu

Renseignements personnels
Né le 22 avril 1990 à Esch-sur-Alzette
Nationalités : luxembourgeoise et portugaise
Marié, un enfant

Carrière dans la fonction publique
Depuis 2018 - Administration des contributions directes (ACD), bureau d'imposition Esch
   · Groupe de traitement B1 (rédacteur), promu rédacteur principal en 2023
   · Établissement des bulletins d'impôt des personnes physiques et des contribuables transfrontaliers
   · Contrôle des déductions et préparation des dossiers de redressement
2014 - 2018 - Employé de l'État, Centre commun de la sécurité sociale (CCSS), service affiliations

Examens et formation
Examen-concours pour l'admission au stage de rédacteur (2017) ; examen de fin de stage réussi (2020)
Examen de promotion (2023)
BTS Gestion comptable, Lycée technique d'Esch-sur-Alzette (2012)
Formation INAP : gestion de projets dans l'administration

Langues
Luxembourgeois, portugais, français, allemand, anglais

Engagements
Délégué de la CGFP au sein de la représentation du personnel de l'ACD (2021-2025).
Candidat LSAP aux élections communales de 2023 à Esch-sur-Alzette (non élu).
""",
sensitive=[
 ("date_of_birth_age", "Né le 22 avril 1990 à Esch-sur-Alzette"),
 ("ethnic_origin", "Nationalités : luxembourgeoise et portugaise"),
 ("family_status", "Marié, un enfant"),
 ("trade_union", "Délégué de la CGFP au sein de la représentation du personnel de l'ACD (2021-2025)"),
 ("political_opinion", "Candidat LSAP aux élections communales de 2023 à Esch-sur-Alzette (non élu)"),
],
keep=[
 "Rédacteur principal - Administration des contributions directes",
 "Établissement des bulletins d'impôt des personnes physiques et des contribuables transfrontaliers",
 "Contrôle des déductions et préparation des dossiers de redressement",
 "Centre commun de la sécurité sociale (CCSS)",
 "Examen-concours pour l'admission au stage de rédacteur",
 "BTS Gestion comptable, Lycée technique d'Esch-sur-Alzette",
 "Formation INAP : gestion de projets dans l'administration",
],
contact=["Ricardo DA SILVA FERREIRA", "21, rue de la Libération, L-4210 Esch-sur-Alzette", "+352 621 555 874",
 "ricardo.dasilva@pt.lu"]),

# 019 Luxembourg, ancien soldat volontaire, candidat à la Police grand-ducale
dict(text="""
Pit SCHMIT
Candidat inspecteur de police - Police grand-ducale
Ettelbruck | +352 691 555 203 | pit.schmit@post.lu

Profil
Ancien caporal de l'Armée luxembourgeoise (4 ans comme soldat volontaire), aujourd'hui agent municipal. Je souhaite intégrer la carrière d'inspecteur de police par le recrutement 2027.

Expérience
Ville d'Ettelbruck - Agent municipal (2023 - aujourd'hui)
  → Surveillance du stationnement, constats d'infractions aux règlements communaux, avertissements taxés
  → Présence lors des marchés et de la foire agricole ; liaison avec le commissariat régional
Armée luxembourgeoise, Centre militaire de Diekirch (2019 - 2023)
  → Caporal, compagnie de reconnaissance ; mission EUTM Mali (2021) et présence renforcée de l'OTAN en Lituanie (2022)
  → Garde et filtrage d'accès au Centre militaire

Formation
Diplôme de fin d'études secondaires générales, Lycée du Nord, Wiltz (2018)
Formation militaire de base et cours de caporal (2019-2020)
Permis B et C

Santé et vie privée
Opéré d'une rupture du ligament croisé en 2022, entièrement rétabli et apte aux tests sportifs.
Mon compagnon Laurent et moi vivons à Ettelbruck.
Un test génétique prénatal de ma sœur a révélé que je suis, comme elle, porteur sain de la mucoviscidose.
""",
sensitive=[
 ("health", "Opéré d'une rupture du ligament croisé en 2022"),
 ("sexual_orientation", "Mon compagnon Laurent"),
 ("genetic_biometric", "je suis, comme elle, porteur sain de la mucoviscidose"),
],
keep=[
 "Agent municipal",
 "Surveillance du stationnement, constats d'infractions aux règlements communaux, avertissements taxés",
 "Caporal, compagnie de reconnaissance ; mission EUTM Mali (2021) et présence renforcée de l'OTAN en Lituanie (2022)",
 "Diplôme de fin d'études secondaires générales, Lycée du Nord, Wiltz",
 "Formation militaire de base et cours de caporal",
 "Permis B et C",
],
contact=["Pit SCHMIT", "+352 691 555 203", "pit.schmit@post.lu"]),

# 020 Sénégal, administrateur civil
dict(text="""
CURRICULUM VITAE

M. Mamadou Lamine FAYE
Administrateur civil principal
Cité Keur Gorgui, Villa n° 41, Dakar
Tél. : +221 77 555 48 21 - Courriel : mlfaye.adm@gmail.com

ÉTAT CIVIL
Né le 7 juillet 1979 à Fatick
Sérère
Musulman, talibé mouride
Marié, père de trois enfants
Groupe sanguin : O+ ; électrophorèse de l'hémoglobine : AS

FORMATION
École nationale d'administration (ENA) du Sénégal, section administration générale, promotion 2006
Maîtrise en droit public, Université Cheikh Anta Diop de Dakar (2003)

EXPÉRIENCE PROFESSIONNELLE
2021 - à ce jour : Préfet du département de Mbour
   - Coordination des services déconcentrés de l'État et de la sécurité publique (police, gendarmerie)
   - Supervision des révisions des listes électorales et de l'organisation des scrutins de 2022 et 2024 avec la CENA
   - Gestion des conflits fonciers et autorisation des manifestations
2014 - 2021 : Sous-préfet de l'arrondissement de Sindia, puis adjoint au gouverneur de Thiès
2007 - 2014 : Chef de la division des affaires administratives, ministère de l'Intérieur

DIVERS
Secrétaire général adjoint du SYNTAC (syndicat des administrateurs civils) de 2010 à 2014.
Sympathisant du PASTEF depuis 2018, sans activité partisane depuis ma nomination.
""",
sensitive=[
 ("date_of_birth_age", "Né le 7 juillet 1979 à Fatick"),
 ("ethnic_origin", "Sérère"),
 ("religious_belief", "Musulman, talibé mouride"),
 ("family_status", "Marié, père de trois enfants"),
 ("health", "Groupe sanguin : O+"),
 ("genetic_biometric", "électrophorèse de l'hémoglobine : AS"),
 ("trade_union", "Secrétaire général adjoint du SYNTAC (syndicat des administrateurs civils) de 2010 à 2014"),
 ("political_opinion", "Sympathisant du PASTEF depuis 2018"),
],
keep=[
 "Administrateur civil principal",
 "École nationale d'administration (ENA) du Sénégal, section administration générale",
 "Maîtrise en droit public, Université Cheikh Anta Diop de Dakar",
 "Préfet du département de Mbour",
 "Supervision des révisions des listes électorales et de l'organisation des scrutins de 2022 et 2024 avec la CENA",
 "Gestion des conflits fonciers et autorisation des manifestations",
 "Sous-préfet de l'arrondissement de Sindia",
],
contact=["M. Mamadou Lamine FAYE", "Cité Keur Gorgui, Villa n° 41, Dakar", "+221 77 555 48 21", "mlfaye.adm@gmail.com"]),
]
