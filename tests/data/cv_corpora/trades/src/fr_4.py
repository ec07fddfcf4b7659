# trades-fr-031 .. 040, tapés à la main
CVS = [
# 031 chauffeur-livreur, Anderlecht (ancien sans-papiers)
dict(text="""
Adil Berrada
Chauffeur-livreur (permis B, C1)
Anderlecht (1070) · 0489 20 71 56 · adil.berrada.bxl@gmail.com

Expérience
2022 - ... : Chauffeur-livreur, bpost - tournées Anderlecht / Cureghem
   • 130 colis/jour, scanner, paiements à la livraison, recommandés
2019 - 2022 : aide-déménageur et livreur (travail non déclaré)
2012 - 2019 : Plongeur, restaurants Bruxelles-centre

Permis B et C1 belges, certificat d'aptitude professionnelle (code 95)
Langues : français, arabe, néerlandais de base (cours au Huis van het Nederlands)

Mon parcours : arrivé du Maroc en 2010, sans papiers pendant 12 ans, régularisé en 2022 (9bis).
J'ai fait partie de la grève de la faim des sans-papiers à l'église du Béguinage en 2021 ; j'en garde une insuffisance rénale légère, suivie à Érasme.
Marié à Pierre depuis 2023.
45 ans.
""",
sensitive=[
 ("ethnic_origin", "arrivé du Maroc en 2010, sans papiers pendant 12 ans, régularisé en 2022 (9bis)"),
 ("political_opinion", "J'ai fait partie de la grève de la faim des sans-papiers à l'église du Béguinage en 2021"),
 ("health", "insuffisance rénale légère, suivie à Érasme"),
 ("sexual_orientation", "Marié à Pierre depuis 2023"),
 ("date_of_birth_age", "45 ans"),
],
keep=["Chauffeur-livreur, bpost", "130 colis/jour, scanner, paiements à la livraison", "Permis B et C1 belges",
      "certificat d'aptitude professionnelle (code 95)", "Huis van het Nederlands", "Plongeur, restaurants Bruxelles-centre"],
contact=["Adil Berrada", "Anderlecht (1070)", "0489 20 71 56", "adil.berrada.bxl@gmail.com"],
),

# 032 mécanicien automobile, Lomé
dict(text="""
CURRICULUM VITAE

AGBODJAN Kossi Mawuli
Mécanicien automobile / diagnostic
Né le 14/09/1988 à Aného
Nationalité : togolaise
Situation : vie maritale, 3 enfants (le dernier reconnu en 2020 après un test ADN de paternité)
Adresse : quartier Bè-Kpota, Lomé - Tél. : +228 90 14 72 38 - kossi.agbodjan@gmail.com

FORMATION
CAP Mécanique automobile - Centre de formation Don Bosco, Lomé (2009)
Formation Toyota (T-TEP) : diagnostic moteur, injection diesel

EXPÉRIENCE
2015 - ... : Mécanicien, CFAO Motors Togo (Toyota) - diagnostic Techstream, moteurs diesel, climatisation
   • entretien des flottes des ONG et des sociétés minières
2009 - 2015 : Apprenti puis mécanicien, garage de quartier à Adawlato

DIVERS
Religion : vodou, je participe aux cérémonies familiales d'Aného
Militant de l'ANC ; j'ai passé 3 semaines à la prison civile de Lomé après les manifestations de 2017
""",
sensitive=[
 ("date_of_birth_age", "Né le 14/09/1988"),
 ("ethnic_origin", "Nationalité : togolaise"),
 ("family_status", "vie maritale, 3 enfants"),
 ("genetic_biometric", "reconnu en 2020 après un test ADN de paternité"),
 ("religious_belief", "Religion : vodou"),
 ("political_opinion", "Militant de l'ANC"),
 ("criminal_record", "j'ai passé 3 semaines à la prison civile de Lomé après les manifestations de 2017"),
],
keep=["CAP Mécanique automobile - Centre de formation Don Bosco, Lomé", "Formation Toyota (T-TEP)",
      "Mécanicien, CFAO Motors Togo (Toyota)", "diagnostic Techstream, moteurs diesel, climatisation",
      "entretien des flottes des ONG et des sociétés minières"],
contact=["AGBODJAN Kossi Mawuli", "quartier Bè-Kpota, Lomé", "+228 90 14 72 38", "kossi.agbodjan@gmail.com"],
),

# 033 agente de piste, Roissy
dict(text="""
Déborah Attal
Agent de piste / bagagiste - Roissy-CDG
Garges-lès-Gonesse (95) · 06 17 55 30 82 · deborah.attal.cdg@gmail.com

Badge rouge aéroport (habilitation, enquête administrative OK) · permis piste (T)
Conduite de tracteurs à bagages, tapis, passerelles · push-back (formation en cours)
CACES R489 cat. 1, 3 · formation sûreté aéroportuaire (11.2.6)

Expérience
2018 - ... Agent de piste, WFS (Worldwide Flight Services) CDG
   • chargement des soutes Boeing 777 / A350, plans de chargement, matières dangereuses (DGR)
   • tutrice des nouveaux embauchés
2015 - 2018 Manutentionnaire, Geodis Roissy Fret

Perso
Mariée à Inès depuis 2021
Juive pratiquante : pas de service du vendredi coucher du soleil au samedi soir, je compense le dimanche
Adhérente FO, section piste
Née en 1993
""",
sensitive=[
 ("sexual_orientation", "Mariée à Inès depuis 2021"),
 ("religious_belief", "Juive pratiquante : pas de service du vendredi coucher du soleil au samedi soir"),
 ("trade_union", "Adhérente FO, section piste"),
 ("date_of_birth_age", "Née en 1993"),
],
keep=["Badge rouge aéroport", "permis piste (T)", "CACES R489 cat. 1, 3", "formation sûreté aéroportuaire (11.2.6)",
      "Agent de piste, WFS (Worldwide Flight Services) CDG", "chargement des soutes Boeing 777 / A350",
      "Geodis Roissy Fret"],
contact=["Déborah Attal", "Garges-lès-Gonesse (95)", "06 17 55 30 82", "deborah.attal.cdg@gmail.com"],
),

# 034 jardinier paysagiste, Rezé
dict(text="""
Antoine Guérin
Jardinier paysagiste
Rezé (44400) - 06 04 72 95 38 - antoine.guerin.paysage@gmail.com

Diplômes : BP Aménagements paysagers (2013), Certiphyto applicateur, CACES R482 cat. A, permis BE (remorque)

2016 - ... : Jardinier paysagiste, ID Verde - espaces verts de Nantes Métropole
   • tonte, taille douce, élagage (grimpe encordée), plantations, arrosage automatique
   • gestion différenciée, zéro phyto, prairies fleuries
2013 - 2016 : Ouvrier paysagiste, Tarvel (Saint-Herblain)
À côté : entretien de jardins de particuliers en CESU le samedi, création de potagers partagés dans les quartiers nord de la ville.

Perso
Pacsé avec Julien
Porteur de la mutation BRCA2 (comme ma mère), suivi une fois par an
Bénévole EELV pendant les municipales 2020
Syndiqué CGT chez ID Verde
31 ans
""",
sensitive=[
 ("sexual_orientation", "Pacsé avec Julien"),
 ("genetic_biometric", "Porteur de la mutation BRCA2 (comme ma mère)"),
 ("political_opinion", "Bénévole EELV pendant les municipales 2020"),
 ("trade_union", "Syndiqué CGT chez ID Verde"),
 ("date_of_birth_age", "31 ans"),
],
keep=["BP Aménagements paysagers (2013)", "Certiphyto applicateur", "CACES R482 cat. A", "Jardinier paysagiste, ID Verde",
      "espaces verts de Nantes Métropole", "élagage (grimpe encordée)", "gestion différenciée, zéro phyto",
      "Tarvel (Saint-Herblain)"],
contact=["Antoine Guérin", "Rezé (44400)", "06 04 72 95 38", "antoine.guerin.paysage@gmail.com"],
),

# 035 chef de partie, Dakar
dict(text="""
CV

Prénom : Pascal
Nom : DIOUF
Né le 02 décembre 1990 à Joal
Religion : catholique
Ethnie : sérère
Situation : marié, 1 enfant
Tél : 77 455 90 12 - pascaldiouf.cuisine@gmail.com - Sicap Liberté 6, Dakar

CUISINIER / CHEF DE PARTIE

Expérience
2018 - ... : Chef de partie chaud, Radisson Blu Dakar Sea Plaza - banquets jusqu'à 400 couverts, cuisine sénégalaise et internationale
2014 - 2018 : Commis puis cuisinier, King Fahd Palace (Dakar)
2011 - 2013 : Aide-cuisinier, restaurant de plage à Saly

Formation
BT Cuisine - CFPH (Centre de formation professionnelle hôtelière), Dakar
HACCP, hygiène alimentaire

Divers
En 2012-2013 j'ai fait 6 mois à la prison de Rebeuss (vol) ; depuis j'ai tout repris à zéro.
Mon empreinte est enregistrée à la pointeuse du Radisson, jamais un retard.
""",
sensitive=[
 ("date_of_birth_age", "Né le 02 décembre 1990"),
 ("religious_belief", "Religion : catholique"),
 ("ethnic_origin", "Ethnie : sérère"),
 ("family_status", "Situation : marié, 1 enfant"),
 ("criminal_record", "j'ai fait 6 mois à la prison de Rebeuss (vol)"),
 ("genetic_biometric", "Mon empreinte est enregistrée à la pointeuse du Radisson"),
],
keep=["Chef de partie chaud, Radisson Blu Dakar Sea Plaza", "banquets jusqu'à 400 couverts", "King Fahd Palace (Dakar)",
      "BT Cuisine - CFPH (Centre de formation professionnelle hôtelière), Dakar", "HACCP, hygiène alimentaire",
      "Aide-cuisinier, restaurant de plage à Saly"],
contact=["Pascal", "DIOUF", "77 455 90 12", "pascaldiouf.cuisine@gmail.com", "Sicap Liberté 6, Dakar"],
),

# 036 électricien de maintenance, Algérie
dict(text="""
CV - Électricien industriel

Lounès Hamidouche
Né le 5 juillet 1995 à Tizi Ouzou
Adresse : cité des 500 logements, Bab Ezzouar, Alger
Tél : +213 661 48 27 90 - lounes.hamidouche@gmail.com
Service national : dégagé

Diplômes
BTS Électrotechnique (INSFP Tizi Ouzou, 2016)
Habilitation électrique B2 / BR

Expérience
2019 - ... : Électricien de maintenance, Cevital - raffinerie de sucre, Béjaïa
   • automates Siemens S7, variateurs, moteurs HT, armoires MCC
   • astreintes, GMAO, consignations
2016 - 2019 : Électricien bâtiment, Cosider Construction (logements AADL)

Divers
Kabyle, je parle kabyle, arabe et français
J'ai manifesté chaque vendredi pendant le Hirak (2019-2020)
Condamné à 6 mois avec sursis en 2019 pour port du drapeau amazigh
Fiancé, mariage prévu l'été prochain
Anglais technique. Disponible pour travailler en base de vie dans le Sud (rotation 4/4).
""",
sensitive=[
 ("date_of_birth_age", "Né le 5 juillet 1995"),
 ("ethnic_origin", "Kabyle, je parle kabyle"),
 ("political_opinion", "J'ai manifesté chaque vendredi pendant le Hirak (2019-2020)"),
 ("criminal_record", "Condamné à 6 mois avec sursis en 2019 pour port du drapeau amazigh"),
 ("family_status", "Fiancé, mariage prévu l'été prochain"),
],
keep=["BTS Électrotechnique (INSFP Tizi Ouzou, 2016)", "Habilitation électrique B2 / BR", "Électricien de maintenance, Cevital",
      "raffinerie de sucre, Béjaïa", "automates Siemens S7, variateurs", "Cosider Construction"],
contact=["Lounès Hamidouche", "cité des 500 logements, Bab Ezzouar, Alger", "+213 661 48 27 90", "lounes.hamidouche@gmail.com"],
),

# 037 conducteur d'installation, Mulhouse
dict(text="""
Cédric Wetzel
Opérateur de production / conducteur de ligne - automobile
Illzach (68110) · 06 81 35 64 02 · cedric.wetzel68@orange.fr

2005 - ... : Stellantis (ex-PSA) Mulhouse
   • opérateur montage, puis conducteur d'installation ferrage (robots Fanuc), 3x8
   • TPM, 5S, SMED, animation d'une équipe de 12
   • formateur poste pour les intérimaires
2003 - 2005 : Intérimaire (Manpower), usines de mécanique du Haut-Rhin

Formations : Bac pro Pilotage de systèmes de production automatisée, CQPM conducteur d'équipements industriels, habilitation électrique BR

Délégué syndical FO au CSE (secteur ferrage) depuis 2015
Marié à Sébastien, on a adopté deux enfants en 2020
Surdité partielle (appareillé), reconnue maladie professionnelle (bruit)
Né en 1984
Loisirs : entraîneur bénévole des U13 au FC Illzach-Modenheim, vélo.
""",
sensitive=[
 ("trade_union", "Délégué syndical FO au CSE (secteur ferrage) depuis 2015"),
 ("sexual_orientation", "Marié à Sébastien"),
 ("family_status", "on a adopté deux enfants en 2020"),
 ("health", "Surdité partielle (appareillé), reconnue maladie professionnelle (bruit)"),
 ("date_of_birth_age", "Né en 1984"),
],
keep=["Stellantis (ex-PSA) Mulhouse", "conducteur d'installation ferrage (robots Fanuc)", "TPM, 5S, SMED",
      "formateur poste pour les intérimaires", "Bac pro Pilotage de systèmes de production automatisée",
      "CQPM conducteur d'équipements industriels"],
contact=["Cédric Wetzel", "Illzach (68110)", "06 81 35 64 02", "cedric.wetzel68@orange.fr"],
),

# 038 ASH faisant fonction, EHPAD (Nord)
dict(text="""
Jessica Lamotte
ASH / faisant fonction d'aide-soignante - EHPAD
Denain (59220) · 06 38 21 55 47 · jessica.lamotte59@gmail.com

Contrats courts depuis 2017 (CDD, vacations, intérim) - dispo jour / nuit, week-ends

2021 - ... : ASH faisant fonction d'AS, EHPAD Korian, Valenciennes
   • toilettes, aide aux repas, transferts (lève-personne), change, bionettoyage
   • accompagnement de fin de vie, transmissions orales et écrites (NetSoins)
2017 - 2021 : ASH intérimaire, Adecco Médical (EHPAD et clinique)

Formation : module ASH - soins (70 h), PSC1, formation humanitude
En cours : VAE diplôme d'État d'aide-soignant

Perso
Ma compagne Aurélie et moi élevons son fils (7 ans)
Mon père a la maladie de Huntington ; je n'ai pas voulu faire le test
Adhérente au PCF, section de Denain
29 ans
""",
sensitive=[
 ("sexual_orientation", "Ma compagne Aurélie"),
 ("family_status", "élevons son fils (7 ans)"),
 ("genetic_biometric", "Mon père a la maladie de Huntington"),
 ("political_opinion", "Adhérente au PCF, section de Denain"),
 ("date_of_birth_age", "29 ans"),
],
keep=["ASH faisant fonction d'AS, EHPAD Korian, Valenciennes", "transferts (lève-personne)", "NetSoins",
      "ASH intérimaire, Adecco Médical", "formation humanitude", "VAE diplôme d'État d'aide-soignant"],
contact=["Jessica Lamotte", "Denain (59220)", "06 38 21 55 47", "jessica.lamotte59@gmail.com"],
),

# 039 camionneur classe 1, Drummondville
dict(text="""
Steve Lachance
Camionneur classe 1 - longue distance (Canada / É.-U.)
Drummondville (QC) · 819 555-0177 · steve.lachance.trucker@gmail.com

Permis classe 1 (SAAQ), mention F (freins pneumatiques), TDG (transport de matières dangereuses)

Expérience
2015 - ... : Camionneur longue distance, Groupe Robert (Boucherville)
   • remorque réfrigérée, Québec - Floride / Californie, journal de bord électronique (ELD)
   • zéro accident, prix du camionneur sécuritaire 2021
2011 - 2015 : Chauffeur classe 3, Sysco Québec (livraison restaurants)

Formation : DEP Transport par camion, CFTR Saint-Romuald (2011)

Autres
J'ai fait 18 mois à Bordeaux pour vol qualifié (2006). Suspension du casier obtenue en 2016, donc je passe la frontière sans problème.
Conjoint : Patrick, ensemble depuis 12 ans
Bénévole pour Québec solidaire dans Drummond-Bois-Francs
Apnée du sommeil, CPAP la nuit
Né en 1983
""",
sensitive=[
 ("criminal_record", "J'ai fait 18 mois à Bordeaux pour vol qualifié (2006)"),
 ("criminal_record", "Suspension du casier obtenue en 2016"),
 ("sexual_orientation", "Conjoint : Patrick"),
 ("political_opinion", "Bénévole pour Québec solidaire dans Drummond-Bois-Francs"),
 ("health", "Apnée du sommeil, CPAP la nuit"),
 ("date_of_birth_age", "Né en 1983"),
],
keep=["Permis classe 1 (SAAQ)", "mention F (freins pneumatiques)", "TDG (transport de matières dangereuses)",
      "Camionneur longue distance, Groupe Robert (Boucherville)", "journal de bord électronique (ELD)", "Sysco Québec",
      "DEP Transport par camion, CFTR Saint-Romuald (2011)"],
contact=["Steve Lachance", "Drummondville (QC)", "819 555-0177", "steve.lachance.trucker@gmail.com"],
),

# 040 magasinière, Liège Airport
dict(text="""
Manon Delvaux
Magasinière - réceptionniste (chariot élévateur)
Herstal (4040) · 0497 14 82 30 · manon.delvaux@gmail.com

Brevets : brevet cariste (frontal + rétractable), VCA Basis, brevet de secouriste (Croix-Rouge)

2018 - ... : Magasinière, FedEx Liège Airport (via Randstad puis CDI)
   • cross-dock, scan, montage des palettes avion (ULD), pesée et sanglage
   • contrôle des colis à risque avec l'équipe sûreté
   • formation des intérimaires au scanner et aux règles de sécurité du hangar
2014 - 2018 : Vendeuse-réassort, Delhaize Herstal

Contrôle d'accès biométrique en zone réservée : j'ai mon empreinte enregistrée sur le badge
Déléguée CSC-Transcom depuis 2022
Je vis avec ma compagne Élodie et sa fille de 5 ans
Née le 27/03/1994
Horaires de nuit OK. Permis B, voiture.
Néerlandais de base, anglais pour les documents de transport (AWB, manifestes).
""",
sensitive=[
 ("genetic_biometric", "j'ai mon empreinte enregistrée sur le badge"),
 ("trade_union", "Déléguée CSC-Transcom depuis 2022"),
 ("sexual_orientation", "ma compagne Élodie"),
 ("family_status", "sa fille de 5 ans"),
 ("date_of_birth_age", "Née le 27/03/1994"),
],
keep=["brevet cariste (frontal + rétractable)", "VCA Basis", "brevet de secouriste (Croix-Rouge)",
      "Magasinière, FedEx Liège Airport", "montage des palettes avion (ULD)", "Vendeuse-réassort, Delhaize Herstal"],
contact=["Manon Delvaux", "Herstal (4040)", "0497 14 82 30", "manon.delvaux@gmail.com"],
),
]
