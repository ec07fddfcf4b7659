CVS = [
(1, """
CV — accompagnement France Travail, agence Lyon Part-Dieu

Nom : AL-SAYED Mahmoud
Adresse : 14 rue Paul Bert, 69003 Lyon
Tél. : 06 51 33 28 90 — Courriel : mahmoud.alsayed.lyon@gmail.com
Situation : réfugié statutaire (OFPRA, 2021), carte de résident 10 ans
Né le 3 avril 1979 à Homs

OBJECTIF PROFESSIONNEL
Technicien de maintenance en génie climatique (reconversion d'ingénieur)

EXPÉRIENCE
2022 – aujourd'hui  Technicien de maintenance CVC, Dalkia, Villeurbanne
   • entretien de chaufferies collectives, relevés et astreintes
2005 – 2012  Ingénieur mécanique, Compagnie générale des engrais, Homs
   • maintenance de compresseurs et de pompes, équipe de 12 techniciens
2013 – 2019  Chef d'atelier, usine de climatiseurs, Gaziantep (Turquie)

FORMATION
2021 Titre professionnel Technicien de maintenance d'équipements de confort climatique (AFPA Vénissieux)
2004 Diplôme d'ingénieur mécanique, Université Al-Baath — attestation de comparabilité ENIC-NARIC : niveau 7
Français : DELF B2 (2022)

INFORMATIONS COMPLÉMENTAIRES
Marié, quatre enfants de 7 à 16 ans.
Je fais la prière du vendredi à la mosquée de Lyon et peux rattraper mes heures.
Mes empreintes ont été relevées à la préfecture pour la carte de résident biométrique.
Habilitation électrique BR, permis B.
""",
[("E","Situation : réfugié statutaire (OFPRA, 2021)"),("D","Né le 3 avril 1979"),("F","Marié, quatre enfants de 7 à 16 ans."),
 ("R","Je fais la prière du vendredi à la mosquée de Lyon"),("G","Mes empreintes ont été relevées à la préfecture pour la carte de résident biométrique.")],
["Technicien de maintenance CVC, Dalkia, Villeurbanne","Ingénieur mécanique, Compagnie générale des engrais, Homs","Chef d'atelier, usine de climatiseurs, Gaziantep",
 "Titre professionnel Technicien de maintenance d'équipements de confort climatique","Diplôme d'ingénieur mécanique, Université Al-Baath","attestation de comparabilité ENIC-NARIC : niveau 7",
 "DELF B2 (2022)","Habilitation électrique BR"],
["AL-SAYED Mahmoud","14 rue Paul Bert, 69003 Lyon","06 51 33 28 90","mahmoud.alsayed.lyon@gmail.com"]),

(2, """
Fatema HOSSEINI
Aide à domicile — auxiliaire de vie
Montreuil (93100) · 07 68 40 12 55 · fatema.hosseini93@gmail.com

Je m'appelle Fatema, j'ai 44 ans. À Kaboul, j'étais sage-femme pendant quinze ans. Je suis arrivée en France en septembre 2021 par le pont aérien de l'opération Apagan, avec mes trois enfants ; mon mari est resté en Afghanistan.

EXPÉRIENCE
Depuis 2023 — Auxiliaire de vie, ADMR Montreuil : toilette, repas, courses, 9 bénéficiaires
2022 — Stage d'aide-soignante, EHPAD Les Murs à Pêches
2006–2021 — Sage-femme, maternité Malalai, Kaboul (plus de 3 000 accouchements)
2016–2021 — Formatrice de sages-femmes pour l'UNFPA, province de Kaboul

FORMATION
2022 Titre professionnel Assistant de vie aux familles (Greta 93)
2005 Diplôme de sage-femme, Institut des sciences de la santé de Kaboul — en attente d'avis du Conseil de l'Ordre des sages-femmes
Français : A2 vers B1 (cours du soir, Secours populaire)

À SAVOIR
J'ai participé aux manifestations de femmes à Kaboul en août 2021 et nos photos ont circulé.
Je suis suivie pour une hypertension (traitement quotidien), sans restriction au travail.
Le mois de Ramadan, je jeûne mais je garde le même rythme.
""",
[("D","j'ai 44 ans"),("E","Je suis arrivée en France en septembre 2021 par le pont aérien de l'opération Apagan"),
 ("F","avec mes trois enfants ; mon mari est resté en Afghanistan"),("P","J'ai participé aux manifestations de femmes à Kaboul en août 2021"),
 ("H","Je suis suivie pour une hypertension (traitement quotidien)"),("R","Le mois de Ramadan, je jeûne")],
["Auxiliaire de vie, ADMR Montreuil","Stage d'aide-soignante, EHPAD Les Murs à Pêches","Sage-femme, maternité Malalai, Kaboul","Formatrice de sages-femmes pour l'UNFPA",
 "Titre professionnel Assistant de vie aux familles","Diplôme de sage-femme, Institut des sciences de la santé de Kaboul"],
["Fatema HOSSEINI","Montreuil (93100)","07 68 40 12 55","fatema.hosseini93@gmail.com"]),

(3, """
Olena BONDARENKO
Rue de Carouge 58, 1205 Genève
+41 78 614 22 09 · olena.bondarenko.ge@gmail.com

Comptable — expérience internationale

Données personnelles
Date de naissance : 19.11.1987
Permis S (protection provisoire), depuis mars 2022
Partenaire : Iryna (nous vivons ensemble à Genève)
Sans enfants

Expérience professionnelle
2023 – aujourd'hui   Aide-comptable (CDD 80 %), Fiduciaire Gerofinance, Genève
                     saisie Abacus, décomptes TVA, salaires de 30 PME
2012 – 2022          Comptable principale, Metinvest Digital, Zaporijjia
                     clôtures IFRS mensuelles, consolidation de 6 filiales
2009 – 2012          Auditrice junior, KPMG Ukraine, Kyiv

Formation
2024   Brevet fédéral de spécialiste en finance et comptabilité — 1re année (veb.ch)
2009   Master en comptabilité et audit, Université nationale de Zaporijjia
       Reconnaissance : avis de niveau SEFRI (2023)
Langues : ukrainien, russe (langue maternelle), anglais C1, français B2

Divers
J'étais membre du syndicat des employés de Metinvest pendant dix ans.
Bénévole à la permanence d'accueil des réfugiés ukrainiens de la Croix-Rouge genevoise (traduction de courriers administratifs).
""",
[("D","Date de naissance : 19.11.1987"),("E","Permis S (protection provisoire), depuis mars 2022"),("X","Partenaire : Iryna (nous vivons ensemble à Genève)"),
 ("F","Sans enfants"),("T","J'étais membre du syndicat des employés de Metinvest pendant dix ans.")],
["Aide-comptable (CDD 80 %), Fiduciaire Gerofinance, Genève","saisie Abacus, décomptes TVA","Comptable principale, Metinvest Digital, Zaporijjia","Auditrice junior, KPMG Ukraine, Kyiv",
 "Brevet fédéral de spécialiste en finance et comptabilité","Master en comptabilité et audit, Université nationale de Zaporijjia",
 "Bénévole à la permanence d'accueil des réfugiés ukrainiens de la Croix-Rouge genevoise (traduction de courriers administratifs)"],
["Olena BONDARENKO","Rue de Carouge 58, 1205 Genève","+41 78 614 22 09","olena.bondarenko.ge@gmail.com"]),

(4, """
Curriculum vitae

Tesfalem GEBREMEDHIN
Chemin de Montelly 31, 1007 Lausanne
079 552 18 43 — tesfalem.g@bluewin.ch

Né en 1995 · Permis F (admission provisoire), demande de permis B en cours

Je cherche une place d'apprentissage AFP d'aide-menuisier.

Parcours
2023–2024  Préapprentissage d'intégration (PAI), menuiserie, CPNV Yverdon
2022       Stage, Menuiserie Bovey SA, Ecublens (3 mois)
2020–2022  Nettoyeur à l'heure, Onet Suisse, Lausanne
2013–2016  Aide dans l'atelier de meubles de mon oncle, Mendefera (Érythrée)

Langues : tigrinya, amharique, français B1, anglais A2

Mon parcours de 2016 à 2019
J'ai fui le service national. J'ai été arrêté à la frontière et enfermé huit mois dans un conteneur à Adi Abeito, puis je suis parti par le Soudan et la Libye. En Italie, on a pris mes empreintes digitales (Dublin) avant que j'arrive en Suisse.

Je suis chrétien orthodoxe et je chante dans la chorale de l'église érythréenne de Lausanne.

Références
M. Pascal Bovey, Menuiserie Bovey SA, 021 691 40 70
Mme Aster Haile, conseillère en insertion, EVAM
""",
[("D","Né en 1995"),("E","Permis F (admission provisoire), demande de permis B en cours"),
 ("C","J'ai été arrêté à la frontière et enfermé huit mois dans un conteneur à Adi Abeito"),("G","En Italie, on a pris mes empreintes digitales (Dublin)"),
 ("R","Je suis chrétien orthodoxe et je chante dans la chorale de l'église érythréenne de Lausanne.")],
["Préapprentissage d'intégration (PAI), menuiserie, CPNV Yverdon","Stage, Menuiserie Bovey SA, Ecublens","Nettoyeur à l'heure, Onet Suisse, Lausanne",
 "aide-menuisier","Aide dans l'atelier de meubles de mon oncle, Mendefera","conseillère en insertion, EVAM"],
["Tesfalem GEBREMEDHIN","Chemin de Montelly 31, 1007 Lausanne","079 552 18 43","tesfalem.g@bluewin.ch","M. Pascal Bovey","021 691 40 70","Mme Aster Haile"]),

(5, """
ADAM Ishaq Mohamed — Soudeur TIG / MIG
Nantes (44) — 06 02 77 41 38 — ishaq.adam.soudure@gmail.com

PROFIL
Soudeur avec 9 ans d'expérience au Soudan (ateliers de réparation de camions) et 2 ans en France. Titulaire d'une protection subsidiaire depuis 2022.

EXPÉRIENCE
• 2023 – auj. : Soudeur TIG inox (intérim puis CDI), Atlantic Inox, Carquefou
• 2022 – 2023 : Agent de production, Manpower Industrie, Saint-Nazaire
• 2011 – 2019 : Soudeur, garage de poids lourds El-Neelain, Omdurman

FORMATION
Certificat de qualification de soudeur NF EN ISO 9606-1 (2023)
Formation POEI soudure, AFPA Saint-Herblain (2022)
Français B1 (TCF, 2023)

PARCOURS (2019-2022)
Pendant la révolution de 2019, je distribuais les tracts des comités de résistance d'Omdurman. J'ai été condamné par un tribunal d'urgence à six mois de prison pour « trouble à l'ordre public ». J'ai ensuite traversé la Libye et la Méditerranée, puis attendu à Calais.
Ma main gauche a été brûlée à Calais (greffe de peau à l'hôpital de Lille) mais j'ai retrouvé toute ma force.
À mon arrivée en Italie, la police a pris mes empreintes et ma photo pour Eurodac.

Centres d'intérêt : football en club (FC Nantes Bottière), cuisine.
""",
[("E","Titulaire d'une protection subsidiaire depuis 2022."),("P","je distribuais les tracts des comités de résistance d'Omdurman"),
 ("C","J'ai été condamné par un tribunal d'urgence à six mois de prison pour « trouble à l'ordre public »."),
 ("H","Ma main gauche a été brûlée à Calais (greffe de peau à l'hôpital de Lille)"),("G","la police a pris mes empreintes et ma photo pour Eurodac")],
["Soudeur TIG inox (intérim puis CDI), Atlantic Inox, Carquefou","Agent de production, Manpower Industrie, Saint-Nazaire","Soudeur, garage de poids lourds El-Neelain, Omdurman",
 "Certificat de qualification de soudeur NF EN ISO 9606-1","Formation POEI soudure, AFPA Saint-Herblain","Soudeur TIG / MIG"],
["ADAM Ishaq Mohamed","Nantes (44)","06 02 77 41 38","ishaq.adam.soudure@gmail.com"]),

(6, """
Daniela Carolina MÁRQUEZ HERRERA
Villeray, Montréal (QC) H2R · 514 555-0168 · daniela.marquez.mtl@gmail.com

Technicienne en laboratoire médical — bientôt membre de l'OPTMQ

Sommaire
Bioanalyste diplômée au Venezuela, neuf ans en hématologie. Au Québec depuis 2019 (résidente permanente, programme des travailleurs qualifiés). En démarche d'équivalence auprès de l'Ordre.

Expérience
2021 – présent  Préposée au laboratoire, CIUSSS du Nord-de-l'Île-de-Montréal (Hôpital du Sacré-Cœur)
2010 – 2018     Bioanalyste, Banco Municipal de Sangre, Caracas
2008 – 2010     Assistante de laboratoire, Clínica Santa Sofía

Formation
Licenciatura en Bioanálisis, Universidad Central de Venezuela (2008)
Évaluation comparative MIFI : baccalauréat québécois (2020)
Francisation à temps complet, Cégep du Vieux Montréal (2019-2020) ; niveau 8 en français

Implication
J'ai milité à Primero Justicia pendant mes études et j'ai quitté le pays après les manifestations de 2017.
Ma conjointe Valeria et moi nous sommes mariées à Montréal en 2023 ; nous attendons notre premier enfant en novembre.
Née en 1985.
""",
[("E","Au Québec depuis 2019 (résidente permanente, programme des travailleurs qualifiés)"),("P","J'ai milité à Primero Justicia pendant mes études"),
 ("X","Ma conjointe Valeria et moi nous sommes mariées à Montréal en 2023"),("F","nous attendons notre premier enfant en novembre"),("D","Née en 1985.")],
["Préposée au laboratoire, CIUSSS du Nord-de-l'Île-de-Montréal (Hôpital du Sacré-Cœur)","Bioanalyste, Banco Municipal de Sangre, Caracas","Assistante de laboratoire, Clínica Santa Sofía",
 "Licenciatura en Bioanálisis, Universidad Central de Venezuela","Évaluation comparative MIFI","Francisation à temps complet, Cégep du Vieux Montréal","Technicienne en laboratoire médical"],
["Daniela Carolina MÁRQUEZ HERRERA","Villeray, Montréal (QC) H2R","514 555-0168","daniela.marquez.mtl@gmail.com"]),

(7, """
CV DE RECONVERSION
Sofiane BOUZIDI — de l'enseignement à la logistique

Adresse : 27 boulevard National, 13001 Marseille
Téléphone : 07 49 12 86 30
E-mail : sofiane.bouzidi13@laposte.net

Ce que je veux faire : Responsable d'exploitation logistique (entrepôt)

Pourquoi ce changement
Professeur de mathématiques à Sétif pendant douze ans, j'ai rejoint ma femme, française, à Marseille en 2020 avec un visa « conjoint de Français ». Mon diplôme algérien ne me permet pas d'enseigner sans concours ; j'ai choisi la logistique où mon sens des chiffres sert tous les jours.

Expériences
2022 – aujourd'hui : Chef d'équipe préparation, Geodis, Vitrolles (32 préparateurs, WMS Reflex)
2021 – 2022 : Préparateur de commandes (CACES 1, 3, 5), Adecco, Fos-sur-Mer
2008 – 2020 : Professeur de mathématiques, lycée Mohamed Kerouani, Sétif
      délégué du syndicat CNAPESTE pour le lycée, grèves de 2018

Formation
2022 Titre professionnel Technicien supérieur en méthodes et exploitation logistique (AFPA Marseille)
2007 Licence de mathématiques, Université Ferhat Abbas Sétif 1
Bilan de compétences (2021)

Personnel
Deux enfants (3 et 6 ans).
Je pratique l'islam ; pas d'alcool aux pots d'équipe, mais je viens volontiers !
41 ans.
""",
[("E","j'ai rejoint ma femme, française, à Marseille en 2020 avec un visa « conjoint de Français »"),("T","délégué du syndicat CNAPESTE pour le lycée, grèves de 2018"),
 ("F","Deux enfants (3 et 6 ans)."),("R","Je pratique l'islam"),("D","41 ans.")],
["Chef d'équipe préparation, Geodis, Vitrolles","Préparateur de commandes (CACES 1, 3, 5), Adecco, Fos-sur-Mer","Professeur de mathématiques, lycée Mohamed Kerouani, Sétif",
 "Titre professionnel Technicien supérieur en méthodes et exploitation logistique","Licence de mathématiques, Université Ferhat Abbas Sétif 1","Bilan de compétences (2021)",
 "Responsable d'exploitation logistique"],
["Sofiane BOUZIDI","27 boulevard National, 13001 Marseille","07 49 12 86 30","sofiane.bouzidi13@laposte.net"]),

(8, """
Magalie DORVIL
Préposée aux bénéficiaires (PAB)
Montréal-Nord (QC) H1G — 438 555-0119 — magalie.dorvil@hotmail.com

PROFIL
Infirmière auxiliaire en Haïti pendant dix ans, préposée au Québec depuis 2021. Arrivée comme demandeuse d'asile en 2019, j'ai été régularisée par le programme spécial des « anges gardiens ». Je veux devenir infirmière auxiliaire ici (DEP en cours).

EXPÉRIENCE
2021 – aujourd'hui  PAB, CHSLD Marie-Rollet (CIUSSS de l'Est)
   - soins d'hygiène, alimentation, prévention des chutes, 14 résidents
   - préposée durant la 2e vague COVID en zone rouge
2009 – 2019  Infirmière auxiliaire, Hôpital Immaculée-Conception, Les Cayes

FORMATION
DEP Santé, assistance et soins infirmiers, CFP Pierre-Dupuy (en cours, 2025)
AEP Préposé aux bénéficiaires (2020)
Diplôme d'infirmière auxiliaire, École nationale, Port-au-Prince (2008)

AUTRES
Je suis membre de la FSSS-CSN dans mon CHSLD.
Mère de trois enfants ; le plus jeune a 5 ans.
J'ai attrapé la COVID longue en 2020 : fatigue pendant un an, aujourd'hui rétablie.
Église adventiste : je ne travaille pas du vendredi soir au samedi soir.
""",
[("E","Arrivée comme demandeuse d'asile en 2019, j'ai été régularisée par le programme spécial des « anges gardiens »."),
 ("T","Je suis membre de la FSSS-CSN dans mon CHSLD."),("F","Mère de trois enfants ; le plus jeune a 5 ans."),
 ("H","J'ai attrapé la COVID longue en 2020 : fatigue pendant un an"),("R","Église adventiste : je ne travaille pas du vendredi soir au samedi soir.")],
["PAB, CHSLD Marie-Rollet (CIUSSS de l'Est)","soins d'hygiène, alimentation, prévention des chutes","Infirmière auxiliaire, Hôpital Immaculée-Conception, Les Cayes",
 "DEP Santé, assistance et soins infirmiers, CFP Pierre-Dupuy","AEP Préposé aux bénéficiaires","Diplôme d'infirmière auxiliaire, École nationale, Port-au-Prince"],
["Magalie DORVIL","Montréal-Nord (QC) H1G","438 555-0119","magalie.dorvil@hotmail.com"]),

(9, """
TRẦN Văn Minh
Cuisinier — cuisine vietnamienne et française
75013 Paris · 06 83 20 47 11 · tranvanminh.cuisine@gmail.com

Expérience
2018 – auj.   Chef de partie, restaurant Phở Tài, avenue de Choisy, Paris 13e
2015 – 2018   Commis puis cuisinier, Brasserie Flo, Paris 10e
2009 – 2014   Cuisinier, hôtel Sofitel Metropole, Hanoï

Formation
CAP Cuisine (candidat libre, 2017)
Certificat HACCP, 2018
Français B2 (DELF 2016)

Informations personnelles
Arrivé en France en 2014 comme étudiant, naturalisé français en 2022.
Né le 8 janvier 1988 à Hải Phòng.
Marié, un fils de 2 ans.
À Hanoï, j'ai été secrétaire d'un petit cercle de lecture pro-démocratie, ce qui m'a valu des ennuis — d'où mon départ.
En 2021, un test génétique a montré que je suis porteur sain d'une alpha-thalassémie ; nous avons fait le conseil génétique avant la naissance.
""",
[("E","Arrivé en France en 2014 comme étudiant, naturalisé français en 2022."),("D","Né le 8 janvier 1988"),("F","Marié, un fils de 2 ans."),
 ("P","j'ai été secrétaire d'un petit cercle de lecture pro-démocratie"),("G","un test génétique a montré que je suis porteur sain d'une alpha-thalassémie")],
["Chef de partie, restaurant Phở Tài, avenue de Choisy, Paris 13e","Commis puis cuisinier, Brasserie Flo, Paris 10e","Cuisinier, hôtel Sofitel Metropole, Hanoï",
 "CAP Cuisine (candidat libre, 2017)","Certificat HACCP","Français B2 (DELF 2016)"],
["TRẦN Văn Minh","75013 Paris","06 83 20 47 11","tranvanminh.cuisine@gmail.com"]),

(10, """
Curriculum vitae

Jonathan MBUYI KALALA
Rue de Brabant 112, 1030 Schaerbeek
0487 22 15 63 — jonathan.mbuyi@outlook.be

Comptable — expert en gestion de projets financés (bailleurs internationaux)

Statut : réfugié reconnu (CGRA, 2022), carte B

Expérience professionnelle
2023 – …    Aide-comptable, Fedasil — centre d'accueil du Petit-Château (CDD)
             paiement de l'argent de poche des résidents, rapprochements
2014 – 2021 Comptable de projets, Médecins du Monde, Goma
             rapports financiers ECHO et USAID, audits annuels
2010 – 2014 Caissier, Rawbank, Kinshasa

Formation
Graduat en sciences commerciales et financières, ISC Kinshasa (2009)
Équivalence : bachelier en comptabilité (Fédération Wallonie-Bruxelles, 2023)
Néerlandais A2 (Huis van het Nederlands)

Engagements
Membre du syndicat SETCa / BBTK depuis mon CDD.
J'étais militant de l'UDPS à Goma en 2018 ; après une nuit au cachot de l'ANR pour avoir filmé une marche, je suis parti.
Je vis avec mon compagnon, Thibault, à Schaerbeek.

Intérêts : chorale gospel (concerts), course à pied.
""",
[("E","Statut : réfugié reconnu (CGRA, 2022), carte B"),("T","Membre du syndicat SETCa / BBTK depuis mon CDD."),
 ("P","J'étais militant de l'UDPS à Goma en 2018"),("C","après une nuit au cachot de l'ANR pour avoir filmé une marche"),
 ("X","Je vis avec mon compagnon, Thibault, à Schaerbeek.")],
["Aide-comptable, Fedasil — centre d'accueil du Petit-Château","paiement de l'argent de poche des résidents","Comptable de projets, Médecins du Monde, Goma",
 "rapports financiers ECHO et USAID","Caissier, Rawbank, Kinshasa","Graduat en sciences commerciales et financières, ISC Kinshasa","Néerlandais A2 (Huis van het Nederlands)"],
["Jonathan MBUYI KALALA","Rue de Brabant 112, 1030 Schaerbeek","0487 22 15 63","jonathan.mbuyi@outlook.be"]),

(11, """
SIVANESAN Kajan
Agent de sûreté / agent de sécurité incendie (SSIAP 1)
93120 La Courneuve — 07 53 91 04 27 — kajan.sivanesan@gmail.com

EXPÉRIENCES
depuis 2020  Agent SSIAP 1, Securitas, centre commercial Rosny 2
2016-2020    Employé polyvalent, supérette Jaffna Cash & Carry, rue du Faubourg-Saint-Denis
2008-2012    Mécanicien de motos, Kilinochchi (Sri Lanka)

DIPLÔMES
SSIAP 1 (2019) · CQP Agent de prévention et de sécurité (2019) · SST (recyclage 2023)
Carte professionnelle CNAPS valide jusqu'en 2027

LANGUES
tamoul, français B1, anglais notions

À PROPOS DE MOI
Tamoul du Vanni, j'ai obtenu l'asile en France en 2016 après cinq ans de procédure.
En 2009, à la fin de la guerre, j'ai été détenu dix-huit mois dans un camp de « réhabilitation » de l'armée ; on m'a relâché sans jugement.
Là-bas on a pris mes empreintes et ma photo pour une carte de suivi militaire.
Hindou, je vais au temple Sri Manicka Vinayakar Alayam de La Chapelle pour les grandes fêtes.
Je participe chaque mois de mai à la commémoration de Mullivaikkal, place de la République.
""",
[("E","Tamoul du Vanni, j'ai obtenu l'asile en France en 2016"),("C","En 2009, à la fin de la guerre, j'ai été détenu dix-huit mois dans un camp de « réhabilitation » de l'armée"),
 ("G","Là-bas on a pris mes empreintes et ma photo pour une carte de suivi militaire."),("R","Hindou, je vais au temple Sri Manicka Vinayakar Alayam de La Chapelle"),
 ("P","Je participe chaque mois de mai à la commémoration de Mullivaikkal, place de la République.")],
["Agent de sûreté / agent de sécurité incendie (SSIAP 1)","Agent SSIAP 1, Securitas, centre commercial Rosny 2","Employé polyvalent, supérette Jaffna Cash & Carry",
 "Mécanicien de motos, Kilinochchi","CQP Agent de prévention et de sécurité","Carte professionnelle CNAPS"],
["SIVANESAN Kajan","93120 La Courneuve","07 53 91 04 27","kajan.sivanesan@gmail.com"]),

(12, """
Franck LEROUX
59000 Lille — 06 27 50 81 14 — franck.leroux.batiment@orange.fr

Peintre en bâtiment — remise à l'emploi via un chantier d'insertion

Mon parcours en quelques mots
J'ai 48 ans. J'ai passé six ans au centre de détention de Bapaume pour des vols avec violence, libéré en conditionnelle en 2021. En détention j'ai passé mon CAP peinture avec le GRETA et je me suis soigné : je ne bois plus depuis 2017 et je suis toujours suivi en CSAPA.

Expériences
2022 – aujourd'hui : Peintre, chantier d'insertion Les Ateliers de l'Escaut (ACI), Lille
2021 – 2022 : Agent d'entretien des espaces verts, association Interm'Aide
2015 – 2016 : Auxi du service général (peinture des coursives), CD de Bapaume
1995 – 2009 : Peintre puis chef d'équipe, Entreprise Dufour Peinture, Roubaix
      délégué du personnel CGT de 2003 à 2009

Formation
CAP Peintre applicateur de revêtements (2016)
Habilitation travaux en hauteur, échafaudage R408 (2022)

Situation
Divorcé, une fille de 22 ans avec qui j'ai repris contact.
Permis B récupéré en 2023.
""",
[("D","J'ai 48 ans."),("C","J'ai passé six ans au centre de détention de Bapaume pour des vols avec violence, libéré en conditionnelle en 2021."),
 ("H","je ne bois plus depuis 2017 et je suis toujours suivi en CSAPA"),("T","délégué du personnel CGT de 2003 à 2009"),
 ("F","Divorcé, une fille de 22 ans avec qui j'ai repris contact.")],
["Peintre en bâtiment","Peintre, chantier d'insertion Les Ateliers de l'Escaut (ACI), Lille","Agent d'entretien des espaces verts, association Interm'Aide",
 "Peintre puis chef d'équipe, Entreprise Dufour Peinture, Roubaix","CAP Peintre applicateur de revêtements","échafaudage R408"],
["Franck LEROUX","59000 Lille","06 27 50 81 14","franck.leroux.batiment@orange.fr"]),

(13, """
Aurélie GUILLOU
Chargée de communication — retour à l'emploi
44100 Nantes · 06 71 09 58 32 · aurelie.guillou.com@gmail.com · linkedin.com/in/aurelieguillou

Deux ans et demi de pause, et je reviens
En 2021, on m'a diagnostiqué un cancer du côlon ; chirurgie, chimiothérapie, puis une stomie refermée en 2023. La consultation d'oncogénétique a trouvé chez moi un syndrome de Lynch, qui explique tout et m'oblige à une coloscopie par an. Je suis aujourd'hui en rémission et en mi-temps thérapeutique possible.

Expériences
2014 – 2021 Chargée de communication interne, Airbus Atlantic, Saint-Nazaire
   – journal interne (9 000 salariés), intranet, accompagnement de 3 plans de transformation
2010 – 2014 Attachée de presse, Le Voyage à Nantes
2023 – 2024 Bénévole rédactrice, Ligue contre le cancer 44 (témoignages de patients)

Formation
Master Communication des organisations, Université Rennes 2 (2010)
Formation « Accessibilité numérique RGAA », 2024

Compétences
Rédaction, InDesign, WordPress, vidéo courte, relations presse

Personnel
43 ans. Mariée à Élodie depuis 2016 ; nous avons un fils de 8 ans.
""",
[("H","En 2021, on m'a diagnostiqué un cancer du côlon ; chirurgie, chimiothérapie, puis une stomie refermée en 2023."),
 ("G","La consultation d'oncogénétique a trouvé chez moi un syndrome de Lynch"),("D","43 ans."),("X","Mariée à Élodie depuis 2016"),("F","nous avons un fils de 8 ans")],
["Chargée de communication interne, Airbus Atlantic, Saint-Nazaire","journal interne (9 000 salariés)","Attachée de presse, Le Voyage à Nantes",
 "Bénévole rédactrice, Ligue contre le cancer 44 (témoignages de patients)","Master Communication des organisations, Université Rennes 2","Formation « Accessibilité numérique RGAA »"],
["Aurélie GUILLOU","44100 Nantes","06 71 09 58 32","aurelie.guillou.com@gmail.com","linkedin.com/in/aurelieguillou"]),

(14, """
Nathalie DEPREZ
Rue Saint-Léonard 301, 4000 Liège
0472 81 36 90 — nathalie.deprez@skynet.be

Assistante administrative — reprise après 7 ans d'aidance

Pourquoi ce trou dans mon CV ?
De 2016 à 2023, j'ai été aidante proche reconnue de mon mari, tétraplégique après un accident de moto, jusqu'à son décès. J'ai tout géré : mutuelle, AVIQ, aménagement du logement, aides à domicile. J'ai moi-même fait un burn-out en 2022, soigné par antidépresseurs et thérapie.

Expérience
2004 – 2016  Secrétaire de direction, Intercommunale de Santé Publique du Pays de Charleroi
2000 – 2004  Employée administrative, CSC Liège-Verviers (service chômage)
2018 – 2023  Bénévole, Aidants Proches asbl (groupe de parole)

Formation
Bachelier Assistant de direction, HELMo (2000)
Formation Forem « Office 365 et outils collaboratifs » (2024)

Divers
Affiliée à la CNE depuis 2004.
Née le 14/06/1976.
J'ai été élue suppléante sur la liste Ecolo aux communales de 2018 à Liège.
""",
[("F","De 2016 à 2023, j'ai été aidante proche reconnue de mon mari, tétraplégique après un accident de moto, jusqu'à son décès."),
 ("H","J'ai moi-même fait un burn-out en 2022, soigné par antidépresseurs et thérapie."),("T","Affiliée à la CNE depuis 2004."),
 ("D","Née le 14/06/1976."),("P","J'ai été élue suppléante sur la liste Ecolo aux communales de 2018 à Liège.")],
["Secrétaire de direction, Intercommunale de Santé Publique du Pays de Charleroi","Employée administrative, CSC Liège-Verviers (service chômage)","Bénévole, Aidants Proches asbl (groupe de parole)",
 "Bachelier Assistant de direction, HELMo","Formation Forem « Office 365 et outils collaboratifs »","Assistante administrative"],
["Nathalie DEPREZ","Rue Saint-Léonard 301, 4000 Liège","0472 81 36 90","nathalie.deprez@skynet.be"]),

(15, """
CV DE RECONVERSION — DU MILITAIRE AU SOIN
Sergent-chef (ER) Yannick LE BRIS
83000 Toulon · 06 44 19 72 05 · yannick.lebris83@gmail.com

Objectif : Infirmier diplômé d'État (IFSI, promotion 2025), puis urgences ou SMUR

17 ans dans la Marine nationale
2006 – 2022 Atomicien puis chef de quart propulsion, sous-marins nucléaires d'attaque, Toulon
   – habilitation radioprotection, gestion de crise, travail en équipe confinée
2019 – 2022 Sauveteur secouriste référent du bord
Réformé en 2022 à la suite d'une hernie discale opérée et d'un syndrome anxio-dépressif suivi à l'HIA Sainte-Anne.

Formation en soins
IFSI de Toulon, 3e année (2022 – 2025), financement Défense Mobilité
Stages : urgences HIA Sainte-Anne, EHPAD Les Oliviers, bloc opératoire Clinique Saint-Michel
Aide-soignant en vacation, Clinique Saint-Michel (2023 – …)

Divers
Adhérent de la CFDT Santé-Sociaux depuis mes stages.
Mon ADN figure dans le fichier de référence de la Défense, comme pour tous les sous-mariniers.
Pacsé avec Mathieu depuis 2015.
Né en 1986.
""",
[("H","Réformé en 2022 à la suite d'une hernie discale opérée et d'un syndrome anxio-dépressif suivi à l'HIA Sainte-Anne."),
 ("T","Adhérent de la CFDT Santé-Sociaux depuis mes stages."),("G","Mon ADN figure dans le fichier de référence de la Défense"),
 ("X","Pacsé avec Mathieu depuis 2015."),("D","Né en 1986.")],
["Atomicien puis chef de quart propulsion, sous-marins nucléaires d'attaque, Toulon","Sauveteur secouriste référent du bord","IFSI de Toulon, 3e année",
 "Aide-soignant en vacation, Clinique Saint-Michel","Infirmier diplômé d'État","habilitation radioprotection"],
["Yannick LE BRIS","83000 Toulon","06 44 19 72 05","yannick.lebris83@gmail.com"]),

(16, """
CV

Nom prénom : BENHAMOU Karima
adresse : 12 rue de l'Alma apt 34 59100 Roubaix
tel : 06 13 88 20 71

emplois
- agent de service cantine école Jules Ferry (mairie de Roubaix) 2015 a 2019
- femme de ménage chez des particuliers (chèque emploi service) 2010 a 2015
- magasinière La Redoute 2003 a 2009

ce que je sais faire
nettoyage des sols et des vitres, plonge, service a la cantine, faire les colis

pourquoi j'ai arrêté
j'ai eu un cancer du sein en 2019, j'ai eu la chimio et j'ai la RQTH maintenant
je suis restée a la maison avec mes 4 enfants (le plus petit a 9 ans)
mon mari est parti en 2020

autres
j'ai eu une condamnation en 2008 pour un chèque sans provision, c'est fini
je suis née le 2 mars 1972
je fais le ramadan
je veux bien travailler le matin tot ou le soir

suivie par France Travail Roubaix, conseillère Mme Laurence Vandamme
""",
[("H","j'ai eu un cancer du sein en 2019, j'ai eu la chimio et j'ai la RQTH maintenant"),("F","je suis restée a la maison avec mes 4 enfants (le plus petit a 9 ans)"),
 ("F","mon mari est parti en 2020"),("C","j'ai eu une condamnation en 2008 pour un chèque sans provision"),("D","je suis née le 2 mars 1972"),("R","je fais le ramadan")],
["agent de service cantine école Jules Ferry (mairie de Roubaix)","femme de ménage chez des particuliers (chèque emploi service)","magasinière La Redoute",
 "nettoyage des sols et des vitres, plonge, service a la cantine","faire les colis"],
["BENHAMOU Karima","12 rue de l'Alma apt 34 59100 Roubaix","06 13 88 20 71","Mme Laurence Vandamme"]),

(17, """
Andriy
SHEVCHUK
Québec (QC)
G1K 3A2
418 555-
0190
andriy.shevchuk
@videotron.ca

SOUDEUR-
MONTEUR
(CCQ, apprenti 2e période)

Arrivé au Québec
en 2022 avec le
programme AVUCU,
permis de travail
ouvert ; mes données
biométriques ont été
prises au CRDV de
Varsovie.

EXPÉRIENCE
Apprenti soudeur-monteur,
Pomerleau, chantier
Hôpital de l'Enfant-Jésus,
2023 - aujourd'hui
Soudeur, Azovstal,
Marioupol, 2008 - 2022
  - soudage de structures
    et conduites
  - procédés SMAW, GMAW
    et FCAW, toutes
    positions
  - lecture de plans
    et contrôle visuel
    des soudures
Manoeuvre, Entrepôt
Metro, Lévis, 2022 - 2023

CARTES
Carte de compétence
CCQ, ASP Construction,
SIMDUT 2015

Membre de la FTQ-Construction
(local 144) depuis 2023.

FORMATION
Collège technique
de Marioupol, 2007
Francisation MIFI,
niveau 6

PERSONNEL
Né en
1988.
Mon chum,
Oleksandr, est
arrivé avec moi.
""",
[("E","Arrivé au Québec\nen 2022 avec le\nprogramme AVUCU,\npermis de travail\nouvert"),("G","mes données\nbiométriques ont été\nprises au CRDV de\nVarsovie"),
 ("T","Membre de la FTQ-Construction\n(local 144) depuis 2023."),("D","Né en\n1988."),("X","Mon chum,\nOleksandr, est\narrivé avec moi.")],
["SOUDEUR-\nMONTEUR","Apprenti soudeur-monteur,\nPomerleau","Soudeur, Azovstal,\nMarioupol","soudage de structures\n    et conduites","Collège technique\nde Marioupol","Francisation MIFI,\nniveau 6"],
["Andriy\nSHEVCHUK","Québec (QC)\nG1K 3A2","418 555-\n0190","andriy.shevchuk\n@videotron.ca"]),

(18, """
Curriculum vitae — candidature place d'apprentissage CFC

Mustafa AHMADI
Rue de la Servette 41, 1202 Genève
076 408 93 17
mustafa.ahmadi.ge@gmail.com

Date de naissance : 12.05.2003
Permis B réfugié (arrivé comme mineur non accompagné en 2019)
Confession : musulman chiite (je jeûne pendant le Ramadan)

Apprentissage visé : CFC de peintre en automobile

Scolarité et formation
2022–2024 Classe d'accueil et d'insertion, CFPP Genève — attestation
2023      Stage de 2 semaines, Carrosserie des Acacias SA
2021      Cours de français intensif, Hospice général — niveau B1
2012–2017 École primaire, Jaghori (Afghanistan)

Expérience
2020–2024 Aide-cuisinier (week-ends), restaurant Le Bouchon de Plainpalais
2018      Travail dans un atelier de carrosserie, Téhéran (Iran), 8 mois

Autres informations
En Bulgarie, la police m'a pris les empreintes de force.
Je fais partie du collectif « Jeunes réfugiés en colère » qui manifeste contre les renvois.
J'aime le cricket et le dessin.

Référence : M. Olivier Jaquet, chef d'atelier, Carrosserie des Acacias SA, 022 342 11 08
""",
[("D","Date de naissance : 12.05.2003"),("E","Permis B réfugié (arrivé comme mineur non accompagné en 2019)"),("R","Confession : musulman chiite (je jeûne pendant le Ramadan)"),
 ("G","En Bulgarie, la police m'a pris les empreintes de force."),("P","Je fais partie du collectif « Jeunes réfugiés en colère » qui manifeste contre les renvois.")],
["CFC de peintre en automobile","Classe d'accueil et d'insertion, CFPP Genève","Stage de 2 semaines, Carrosserie des Acacias SA",
 "Aide-cuisinier (week-ends), restaurant Le Bouchon de Plainpalais","Travail dans un atelier de carrosserie, Téhéran","chef d'atelier"],
["Mustafa AHMADI","Rue de la Servette 41, 1202 Genève","076 408 93 17","mustafa.ahmadi.ge@gmail.com","M. Olivier Jaquet","022 342 11 08"]),

(19, """
Dr Rania KHOURI — Pharmacienne
Avenue de la Couronne 204, 1050 Ixelles · 0489 40 71 26 · rania.khouri.pharma@gmail.com

PROFIL
Pharmacienne d'officine formée à Damas, douze ans de pratique. En Belgique depuis 2016, réfugiée reconnue puis naturalisée belge en 2022. Équivalence de diplôme obtenue après l'épreuve complémentaire à l'ULB.

PARCOURS PROFESSIONNEL
2022 – …    Pharmacienne adjointe, Multipharma, Ixelles
2018 – 2022 Assistante pharmaceutico-technique, Pharmacie du Chant d'Oiseau, Woluwe
2004 – 2015 Titulaire, Pharmacie Al-Shifaa, Damas
2017 – 2019 Interprète arabe-français bénévole, Médecins du Monde, Bruxelles (consultations de demandeurs d'asile)

FORMATION
Master en sciences pharmaceutiques — équivalence Fédération Wallonie-Bruxelles, 2022
Licence en pharmacie, Université de Damas, 2003

LANGUES
arabe, français C1, anglais B2, néerlandais B1

VIE PERSONNELLE
Chrétienne syriaque-orthodoxe.
Divorcée, mère d'une adolescente de 15 ans.
Ma carte d'identité belge contient mes empreintes digitales, comme toutes les nouvelles cartes.
Je vis seule avec ma fille et je ne me remarierai pas, ma compagne actuelle vit à Gand.
""",
[("E","En Belgique depuis 2016, réfugiée reconnue puis naturalisée belge en 2022."),("R","Chrétienne syriaque-orthodoxe."),
 ("F","Divorcée, mère d'une adolescente de 15 ans."),("G","Ma carte d'identité belge contient mes empreintes digitales"),("X","ma compagne actuelle vit à Gand")],
["Pharmacienne adjointe, Multipharma, Ixelles","Assistante pharmaceutico-technique, Pharmacie du Chant d'Oiseau, Woluwe","Titulaire, Pharmacie Al-Shifaa, Damas",
 "Interprète arabe-français bénévole, Médecins du Monde, Bruxelles (consultations de demandeurs d'asile)","Master en sciences pharmaceutiques","Licence en pharmacie, Université de Damas"],
["Dr Rania KHOURI","Avenue de la Couronne 204, 1050 Ixelles","0489 40 71 26","rania.khouri.pharma@gmail.com"]),

(20, """
Thomas VIDAL
Boulanger — reconversion après 12 ans de banque
33000 Bordeaux | 06 58 30 17 42 | thomas.vidal.pain@gmail.com

En bref
Ancien chargé d'affaires entreprises, j'ai quitté la banque en 2022 après un épuisement professionnel. J'ai passé mon CAP boulanger en un an et je cherche un poste de boulanger ou d'ouvrier qualifié en vue d'ouvrir ma propre boutique.

Boulangerie
2023 – auj. Boulanger (CDI), Au Pétrin Moissagais, Bordeaux Chartrons
   – pains au levain, viennoiseries, 4 h – 12 h, fournil de 3 personnes
2022 – 2023 Apprenti, Boulangerie Lagrange, Talence

Banque
2010 – 2022 Chargé d'affaires entreprises, Crédit Agricole Aquitaine
   représentant élu SNECA-CGC au CSE de 2016 à 2022

Formation
CAP Boulanger (2023, mention), CFA de la Chambre de métiers de la Gironde
Master Banque-Finance, IAE Bordeaux (2009)

Le reste
Diabétique de type 1 (pompe à insuline) : les horaires de nuit ne me gênent pas.
J'ai 38 ans ; mon mari Julien est maraîcher bio à Blanquefort.
Adhérent de La France insoumise, animateur d'un groupe d'action à Bordeaux.
""",
[("H","j'ai quitté la banque en 2022 après un épuisement professionnel"),("T","représentant élu SNECA-CGC au CSE de 2016 à 2022"),
 ("H","Diabétique de type 1 (pompe à insuline)"),("D","J'ai 38 ans"),("X","mon mari Julien est maraîcher bio à Blanquefort"),
 ("P","Adhérent de La France insoumise, animateur d'un groupe d'action à Bordeaux.")],
["Boulanger (CDI), Au Pétrin Moissagais, Bordeaux Chartrons","pains au levain, viennoiseries","Apprenti, Boulangerie Lagrange, Talence",
 "Chargé d'affaires entreprises, Crédit Agricole Aquitaine","CAP Boulanger (2023, mention)","Master Banque-Finance, IAE Bordeaux"],
["Thomas VIDAL","33000 Bordeaux","06 58 30 17 42","thomas.vidal.pain@gmail.com"]),
]
