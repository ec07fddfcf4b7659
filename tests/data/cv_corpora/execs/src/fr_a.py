from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 001 - France, notice de type Who's Who, PDG industriel
BOOK.add("""
DAMPIERRE-VAUBOIS (Henri, Marie, Étienne de), président-directeur général de société. Né le 4 mars 1958 à Lyon (Rhône). Fils de Jacques de Dampierre-Vaubois, industriel, et de Mme, née Anne de Lestrange. Marié le 12 juin 1984 à Mlle Claire de Rochebrune (3 enfants : Louis, Marie, Antoine).
Études : Lycée du Parc à Lyon, École polytechnique (X 1978), École nationale supérieure des mines de Paris. Diplôme : Ingénieur du corps des mines.
Carrière : Ingénieur à la DRIRE Rhône-Alpes (1983-1986), Conseiller technique au cabinet du ministre de l'Industrie (1986-1988), Directeur de la stratégie (1988-1994) puis Directeur général adjoint (1994-2003) de Ferralis, Président-directeur général des Aciéries de la Loire (depuis 2003) ; a conduit l'acquisition de Sidermet (Italie) en 2011.
Autres mandats : Administrateur de la Banque Rhodanienne, Membre du conseil de surveillance de Vigna Assurances.
Mis en examen en 2004 dans le dossier des ententes sur l'acier, il a bénéficié d'un non-lieu en 2007.
Décorations : Officier de la Légion d'honneur, Commandeur de l'ordre national du Mérite, Chevalier de l'ordre souverain de Malte.
Distractions : chasse, musique baroque.
Adresse : 12, quai Saint-Antoine, 69002 Lyon.
""",
    [(A, "Né le 4 mars 1958"),
     (F, "Marié le 12 juin 1984 à Mlle Claire de Rochebrune"),
     (F, "(3 enfants : Louis, Marie, Antoine)"),
     (C, "Mis en examen en 2004 dans le dossier des ententes sur l'acier, il a bénéficié d'un non-lieu en 2007"),
     (R, "Chevalier de l'ordre souverain de Malte")],
    ["École polytechnique (X 1978)", "Ingénieur du corps des mines",
     "Conseiller technique au cabinet du ministre de l'Industrie",
     "Président-directeur général des Aciéries de la Loire",
     "a conduit l'acquisition de Sidermet (Italie) en 2011",
     "Administrateur de la Banque Rhodanienne",
     "Membre du conseil de surveillance de Vigna Assurances",
     "Officier de la Légion d'honneur", "Commandeur de l'ordre national du Mérite"],
    ["DAMPIERRE-VAUBOIS (Henri, Marie, Étienne de)", "Jacques de Dampierre-Vaubois",
     "Anne de Lestrange", "12, quai Saint-Antoine, 69002 Lyon"])

# 002 - France, note de chasseur de têtes, préfet
BOOK.add("""
NOTE DE PRÉSENTATION — CONFIDENTIEL
Mission : Secrétaire général, Groupe Aéroports du Sud-Est
Candidat : M. Arnaud Lestrade
Consultante : Valérie Chambon, associée, Ferrand & Lys Executive Search (v.chambon@ferrandlys.fr, 01 44 51 72 90)

Parcours. M. Lestrade, 57 ans, énarque (promotion Léopold Sédar Senghor, 2004), est préfet de la Haute-Savoie depuis 2022. Auparavant sous-préfet d'Arles, directeur de cabinet du préfet de police, puis conseiller au cabinet du ministre de l'Intérieur chargé des collectivités territoriales ; à ce titre il a conseillé le gouvernement socialiste sur la réforme territoriale de 2015 (loi NOTRe). Agrégé d'histoire avant l'ENA.

Réalisations. Plan de sécurisation du tunnel du Mont-Blanc (2023) ; coordination des services de l'État pour la candidature aux Jeux olympiques d'hiver de 2030 ; mise en place de la zone à faibles émissions de la vallée de l'Arve.

Appréciation. Grande aisance avec les élus et les industriels ; pas d'expérience directe du compte de résultat, compensée par la gestion de budgets publics importants.

Points évoqués par le candidat. Ancien candidat LR aux législatives de 2017 dans la 3e circonscription du Var, pendant une disponibilité ; il n'a plus d'engagement partisan. Il est pacsé avec Julien Ferrier, chef d'orchestre. Son père étant atteint de la maladie de Huntington, il a fait le test présymptomatique en 2012, négatif ; il en parle sans difficulté.

Rémunération souhaitée : 190 k€ fixe. Disponible après accord du ministère (détachement).
""",
    [(A, "57 ans"),
     (P, "Ancien candidat LR aux législatives de 2017 dans la 3e circonscription du Var"),
     (S, "Il est pacsé avec Julien Ferrier"),
     (G, "Son père étant atteint de la maladie de Huntington"),
     (G, "il a fait le test présymptomatique en 2012, négatif")],
    ["énarque (promotion Léopold Sédar Senghor, 2004)", "préfet de la Haute-Savoie",
     "sous-préfet d'Arles", "directeur de cabinet du préfet de police",
     "conseiller au cabinet du ministre de l'Intérieur",
     "il a conseillé le gouvernement socialiste sur la réforme territoriale de 2015",
     "Agrégé d'histoire", "Plan de sécurisation du tunnel du Mont-Blanc"],
    ["M. Arnaud Lestrade", "M. Lestrade", "Valérie Chambon", "v.chambon@ferrandlys.fr",
     "01 44 51 72 90"])

# 003 - France, avocate associée, droit pénal des affaires
BOOK.add("""
Maître Sarah Benhamou-Lévy
Avocate associée — Droit pénal des affaires
Cabinet Darcourt Vermeil AARPI, 38 avenue Hoche, 75008 Paris
Tél. 01 53 76 40 12 — s.benhamou@darcourt-vermeil.fr

Née en 1970. Avocate au barreau de Paris depuis 1996, associée depuis 2008.

Domaines d'intervention
— A représenté des prévenus dans des affaires pénales financières devant le tribunal correctionnel de Paris et la Cour de justice de la République (abus de biens sociaux, corruption d'agent public étranger, délit d'initié).
— Conseil d'une caisse de retraite complémentaire gérée paritairement avec les organisations syndicales, dans un contentieux contre son ancien gestionnaire d'actifs.
— Enquêtes internes et conventions judiciaires d'intérêt public (CJIP) : quatre dossiers négociés avec le PNF.

Formation : DEA de droit pénal et sciences criminelles (Paris II Panthéon-Assas) ; CAPA ; Secrétaire de la Conférence du stage (1998).

Distinctions : Chevalier de l'ordre national du Mérite (2019).

Engagements personnels
Présidente, à titre personnel, du conseil d'administration de la communauté juive libérale d'Île-de-France depuis 2017. Adhérente du SAF (Syndicat des avocats de France). Mère de trois enfants. A repris ses fonctions en 2021 après un cancer du sein.
""",
    [(A, "Née en 1970"),
     (R, "Présidente, à titre personnel, du conseil d'administration de la communauté juive libérale d'Île-de-France"),
     (U, "Adhérente du SAF (Syndicat des avocats de France)"),
     (F, "Mère de trois enfants"),
     (H, "A repris ses fonctions en 2021 après un cancer du sein")],
    ["Avocate associée — Droit pénal des affaires",
     "A représenté des prévenus dans des affaires pénales financières",
     "Conseil d'une caisse de retraite complémentaire gérée paritairement avec les organisations syndicales",
     "quatre dossiers négociés avec le PNF",
     "DEA de droit pénal et sciences criminelles (Paris II Panthéon-Assas)", "CAPA",
     "Secrétaire de la Conférence du stage (1998)",
     "Chevalier de l'ordre national du Mérite (2019)"],
    ["Maître Sarah Benhamou-Lévy", "38 avenue Hoche, 75008 Paris", "01 53 76 40 12",
     "s.benhamou@darcourt-vermeil.fr"])

# 004 - France, directeur d'hôpital, CV classique
BOOK.add("""
Jean-Philippe MOREL
Directeur d'hôpital hors classe
Né le 11/02/1966 — 6, rue des Tanneurs, 67000 Strasbourg — 06 72 18 44 09 — jp.morel@ghrv.fr

PARCOURS
2019 – auj.   Directeur général adjoint, Groupe hospitalier Rhin-Vosges (GHT 10)
   • A conduit la fusion des hôpitaux de Sélestat et d'Obernai (2021) et la direction commune avec trois EHPAD publics
   • Plan de retour à l'équilibre : déficit ramené de 14 M€ à 2 M€ en trois exercices
   • Négociation du protocole de fin de grève des urgences avec les organisations syndicales (2019)
2012 – 2019   Directeur des ressources humaines, CH de Mulhouse
2006 – 2012   Directeur des finances, CH de Colmar
2004 – 2006   Élève directeur d'hôpital, EHESP Rennes

FORMATION
EHESP — diplôme de directeur d'hôpital (2006) ; Sciences Po Strasbourg (1988) ; master 2 Droit de la santé, Université de Strasbourg

SITUATION PERSONNELLE
Divorcé, deux enfants ; pacsé avec Olivier depuis 2016.
Reconnu travailleur handicapé (RQTH) depuis un AVC en 2018, sans incidence sur l'exercice des fonctions.
Adhérent du SMPS (Syndicat des managers publics de santé) depuis l'EHESP.
""",
    [(A, "Né le 11/02/1966"),
     (F, "Divorcé, deux enfants"),
     (S, "pacsé avec Olivier depuis 2016"),
     (H, "Reconnu travailleur handicapé (RQTH) depuis un AVC en 2018"),
     (U, "Adhérent du SMPS (Syndicat des managers publics de santé)")],
    ["Directeur d'hôpital hors classe",
     "Directeur général adjoint, Groupe hospitalier Rhin-Vosges",
     "A conduit la fusion des hôpitaux de Sélestat et d'Obernai",
     "Négociation du protocole de fin de grève des urgences avec les organisations syndicales",
     "Directeur des ressources humaines, CH de Mulhouse",
     "Directeur des finances, CH de Colmar",
     "EHESP — diplôme de directeur d'hôpital",
     "master 2 Droit de la santé, Université de Strasbourg"],
    ["Jean-Philippe MOREL", "6, rue des Tanneurs, 67000 Strasbourg", "06 72 18 44 09",
     "jp.morel@ghrv.fr"])

# 005 - France, doyenne de faculté de santé
BOOK.add("""
Pr Isabelle Garnier-Roux
Doyenne de la faculté de santé — Université de Tours (depuis 2020)
PU-PH d'oncologie médicale, CHRU de Tours
isabelle.garnier-roux@univ-tours.fr — 02 47 36 60 01

Titres et fonctions
• Agrégation de médecine (1999) ; PU-PH depuis 2003
• Doyenne : fusion des UFR de médecine et de pharmacie (2022), création du département de maïeutique
• Coordinatrice du réseau régional de cancérologie OncoCentre (2010-2019)
• Présidente de la Conférence des doyens de médecine, commission pédagogie (2023-)
• A conduit l'essai national GENOTRI sur les tests génétiques constitutionnels en oncologie mammaire

Publications : 142 articles indexés ; h-index 41.

Extrait de sa lettre de candidature au second mandat
« Porteuse d'une mutation BRCA2 découverte lors d'un test en 2015, j'ai choisi la chirurgie prophylactique et je n'en fais pas mystère auprès des étudiantes. Syndiquée au SNESUP-FSU depuis mon premier poste, je continuerai à y cotiser. Je vis avec ma compagne, Hélène, à Vouvray. Je souhaite consacrer ce second mandat à l'ouverture de la faculté aux étudiants boursiers et au territoire. »
""",
    [(G, "Porteuse d'une mutation BRCA2 découverte lors d'un test en 2015"),
     (H, "j'ai choisi la chirurgie prophylactique"),
     (U, "Syndiquée au SNESUP-FSU depuis mon premier poste"),
     (S, "Je vis avec ma compagne, Hélène")],
    ["Doyenne de la faculté de santé — Université de Tours",
     "PU-PH d'oncologie médicale, CHRU de Tours", "Agrégation de médecine (1999)",
     "fusion des UFR de médecine et de pharmacie (2022)",
     "Coordinatrice du réseau régional de cancérologie OncoCentre",
     "Présidente de la Conférence des doyens de médecine, commission pédagogie",
     "A conduit l'essai national GENOTRI sur les tests génétiques constitutionnels en oncologie mammaire"],
    ["Pr Isabelle Garnier-Roux", "isabelle.garnier-roux@univ-tours.fr", "02 47 36 60 01"])

# 006 - France, fiche candidat, banquier d'affaires
BOOK.add("""
Fiche candidat — Associé-gérant, banque d'affaires (Paris)
Cabinet : Delorme Saint-Clair Partners — consultant : Thibault Renaud (t.renaud@delormesc.com)

Candidat : Karim Nassar
Âge : 52 ans

Parcours
Associé-gérant de Maison Varenne & Cie depuis 2014, responsable de la couverture industrie et défense. A conseillé le rachat d'une société de biométrie par un groupe de défense européen (1,4 Md€, 2021) et la cession de la branche aéronautique de Lestrel. Auparavant directeur exécutif chez Lazard Frères (2004-2014), et inspecteur des finances (2000-2004).
Formation : HEC Paris (1994), ENA (promotion Cyrano de Bergerac).

Appréciation : excellent réseau dans l'industrie française ; très présent auprès des PDG ; moins à l'aise avec les fonds d'investissement.

Informations transmises par le candidat
— Double nationalité franco-libanaise ; né à Beyrouth.
— Membre du conseil paroissial de Notre-Dame du Liban (rite maronite), rue d'Ulm.
— Marié, quatre enfants.
— Relaxé en 2012 par le tribunal correctionnel de Paris dans une affaire de délit d'initié ; il tient à ce que le client l'apprenne de lui.

Contact direct du candidat : 06 11 48 93 27
""",
    [(A, "Âge : 52 ans"),
     (E, "Double nationalité franco-libanaise ; né à Beyrouth"),
     (R, "Membre du conseil paroissial de Notre-Dame du Liban (rite maronite)"),
     (F, "Marié, quatre enfants"),
     (C, "Relaxé en 2012 par le tribunal correctionnel de Paris dans une affaire de délit d'initié")],
    ["Associé-gérant de Maison Varenne & Cie",
     "responsable de la couverture industrie et défense",
     "A conseillé le rachat d'une société de biométrie par un groupe de défense européen",
     "directeur exécutif chez Lazard Frères", "inspecteur des finances",
     "HEC Paris (1994)", "ENA (promotion Cyrano de Bergerac)"],
    ["Karim Nassar", "Thibault Renaud", "t.renaud@delormesc.com", "06 11 48 93 27"])

# 007 - France, conseiller maître à la Cour des comptes
BOOK.add("""
Bernard FOURCADE
Conseiller maître à la Cour des comptes
23, rue Monge, 75005 Paris — bernard.fourcade@free.fr

Né en 1956 à Carcassonne.

Parcours administratif
• ENA, promotion Solidarité (1983), affecté à la Cour des comptes
• Rapporteur général du rapport public annuel (2005-2009)
• Président de la section « santé et cohésion sociale » de la 6e chambre (2012-2022) ; a supervisé l'enquête sur la fusion de l'AP-HM et des hôpitaux d'Aix
• Mis à disposition comme directeur de cabinet du ministre du Budget (1997-2000), auprès d'un gouvernement de gauche

Enseignement : maître de conférences à Sciences Po (finances publiques), 1990-2015.

Engagements
Membre du Parti socialiste de 1988 à 2017, secrétaire de section dans le 5e arrondissement.
Initié au Grand Orient de France en 1995 ; vénérable de la loge « Les Amis de la Vérité » (2008-2011).
Ancien secrétaire de la section Cour des comptes du Syndicat des juridictions financières (1992-1996).
Marié, trois enfants.

Décorations : Commandeur de la Légion d'honneur ; Officier des Palmes académiques.
""",
    [(A, "Né en 1956"),
     (P, "Membre du Parti socialiste de 1988 à 2017, secrétaire de section dans le 5e arrondissement"),
     (R, "Initié au Grand Orient de France en 1995"),
     (R, "vénérable de la loge « Les Amis de la Vérité » (2008-2011)"),
     (U, "Ancien secrétaire de la section Cour des comptes du Syndicat des juridictions financières (1992-1996)"),
     (F, "Marié, trois enfants")],
    ["Conseiller maître à la Cour des comptes", "ENA, promotion Solidarité (1983)",
     "Rapporteur général du rapport public annuel",
     "a supervisé l'enquête sur la fusion de l'AP-HM et des hôpitaux d'Aix",
     "directeur de cabinet du ministre du Budget",
     "maître de conférences à Sciences Po (finances publiques)",
     "Commandeur de la Légion d'honneur"],
    ["Bernard FOURCADE", "23, rue Monge, 75005 Paris", "bernard.fourcade@free.fr"])

# 008 - Belgique, CEO de banque
BOOK.add("""
Marie-Claire Mbuyi Kalala
Administratrice déléguée (CEO) — Banque Sambre & Meuse, Bruxelles
° 12.05.1971 — Avenue Louise 312, 1050 Ixelles — +32 475 61 22 90 — mc.mbuyi@bsm.be

Résumé : banquière de détail et de PME, 27 ans d'expérience, CEO depuis 2020.

Expérience
2020 – …  Administratrice déléguée, Banque Sambre & Meuse
  · Reprise et intégration de la Caisse d'épargne du Hainaut (2022)
  · Lancement de l'identification biométrique (empreinte et visage) dans l'app mobile — 1,1 million de clients
  · Sponsor du programme diversité et inclusion du groupe
2011 – 2020  Directrice Retail, Belfius Banque
1996 – 2011  Gestionnaire puis directrice d'agence, Fortis Banque (Charleroi, Namur) — affiliée au SETCa pendant ses années en agence

Formation : Ingénieure commerciale, Solvay Brussels School (1994) ; Guberna — administratrice certifiée

Personnel : Belge d'origine congolaise, naturalisée en 1999. Mère de deux enfants. Langues : français, néerlandais, anglais, lingala.
""",
    [(A, "° 12.05.1971"),
     (U, "affiliée au SETCa pendant ses années en agence"),
     (E, "Belge d'origine congolaise, naturalisée en 1999"),
     (F, "Mère de deux enfants")],
    ["Administratrice déléguée, Banque Sambre & Meuse",
     "Reprise et intégration de la Caisse d'épargne du Hainaut (2022)",
     "Lancement de l'identification biométrique (empreinte et visage) dans l'app mobile",
     "Sponsor du programme diversité et inclusion du groupe",
     "Directrice Retail, Belfius Banque", "Fortis Banque",
     "Ingénieure commerciale, Solvay Brussels School (1994)",
     "Guberna — administratrice certifiée"],
    ["Marie-Claire Mbuyi Kalala", "Avenue Louise 312, 1050 Ixelles", "+32 475 61 22 90",
     "mc.mbuyi@bsm.be"])

# 009 - Belgique, avocat associé à Liège, texte de candidature
BOOK.add("""
Me Philippe Dethier
Avocat associé — Dethier & Lonay, Liège
Boulevard d'Avroy 118, 4000 Liège · 04 222 18 70 · p.dethier@dethier-lonay.be

Barreau de Liège depuis 1992. Associé fondateur du cabinet (2001), 14 avocats.

Pratique
– A représenté des prévenus devant la cour d'assises de Liège et le tribunal correctionnel dans des dossiers de criminalité financière et de fraude sociale.
– Conseil du fonds de pension sectoriel géré paritairement (construction) dans un litige contre son ancien gestionnaire.
– Bâtonnier de l'Ordre des avocats de Liège (2018-2020).

Formation : licence en droit, Université de Liège (1991) ; spécialisation en droit pénal (KU Leuven, 1992).

Engagement et transparence (extrait de sa candidature au conseil d'administration d'une institution culturelle liégeoise)
« Je milite au PS depuis mes vingt ans et j'ai été candidat aux communales de 2012 à Seraing, sans être élu. Condamné en 1994 par le tribunal correctionnel de Liège pour coups et blessures à la suite d'une bagarre, j'ai été réhabilité en 2005 ; cela a fait de moi un meilleur avocat de la défense. En rémission d'un cancer du côlon opéré en 2019. Membre du réseau Rainbow Lawyers Belgium ; je vis avec mon compagnon, Koen. »
""",
    [(P, "Je milite au PS"),
     (A, "depuis mes vingt ans"),
     (P, "j'ai été candidat aux communales de 2012 à Seraing"),
     (C, "Condamné en 1994 par le tribunal correctionnel de Liège pour coups et blessures"),
     (C, "j'ai été réhabilité en 2005"),
     (H, "En rémission d'un cancer du côlon opéré en 2019"),
     (S, "Membre du réseau Rainbow Lawyers Belgium"),
     (S, "je vis avec mon compagnon, Koen")],
    ["Avocat associé — Dethier & Lonay", "Associé fondateur du cabinet (2001)",
     "A représenté des prévenus devant la cour d'assises de Liège",
     "Conseil du fonds de pension sectoriel géré paritairement",
     "Bâtonnier de l'Ordre des avocats de Liège (2018-2020)",
     "licence en droit, Université de Liège (1991)",
     "spécialisation en droit pénal (KU Leuven, 1992)"],
    ["Me Philippe Dethier", "Boulevard d'Avroy 118, 4000 Liège", "04 222 18 70",
     "p.dethier@dethier-lonay.be"])

# 010 - Suisse, banquier privé genevois
BOOK.add("""
DANIEL BLOCH-MERMOD
Associé gérant, Banque Rhône & Mont-Blanc SA, Genève
Chemin de la Chevillarde 9, 1208 Genève · +41 79 412 58 33 · d.bloch@rhone-montblanc.ch

Né en 1963. Citoyen suisse et américain (déclaré FATCA).

Carrière
1999 – ...  Banque Rhône & Mont-Blanc — associé gérant depuis 2008, responsable de la gestion institutionnelle (CHF 31 milliards)
1992 – 1999  UBS, Zurich et New York — gérant de portefeuille obligataire

Formation : licence HEC Lausanne (1988) ; CFA (1995) ; AMP, Harvard Business School (2010)

Mandats
• Vice-président, Association des banquiers privés suisses
• Membre du comité de placement de la caisse de pension d'Unia (mandat rémunéré, 2015-2021)
• Membre du comité de la Communauté israélite de Genève (bénévole)

Personnel : marié, trois enfants. Relaxé en 2013 par le Tribunal pénal fédéral dans une procédure pour blanchiment aggravé ouverte contre la banque et deux associés. Porteur sain de la maladie de Gaucher, révélé par un séquençage génomique en 2019.
""",
    [(A, "Né en 1963"),
     (E, "Citoyen suisse et américain"),
     (R, "Membre du comité de la Communauté israélite de Genève (bénévole)"),
     (F, "marié, trois enfants"),
     (C, "Relaxé en 2013 par le Tribunal pénal fédéral dans une procédure pour blanchiment aggravé"),
     (G, "Porteur sain de la maladie de Gaucher, révélé par un séquençage génomique en 2019")],
    ["Associé gérant, Banque Rhône & Mont-Blanc SA",
     "associé gérant depuis 2008, responsable de la gestion institutionnelle (CHF 31 milliards)",
     "gérant de portefeuille obligataire", "licence HEC Lausanne (1988)",
     "AMP, Harvard Business School (2010)",
     "Vice-président, Association des banquiers privés suisses",
     "Membre du comité de placement de la caisse de pension d'Unia (mandat rémunéré, 2015-2021)"],
    ["DANIEL BLOCH-MERMOD", "Chemin de la Chevillarde 9, 1208 Genève", "+41 79 412 58 33",
     "d.bloch@rhone-montblanc.ch"])
