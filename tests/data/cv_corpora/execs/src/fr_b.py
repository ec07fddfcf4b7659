from _common import A, C, E, F, G, H, P, R, S, U, Book

BOOK = Book()

# 011 - Suisse, directrice générale d'hôpital régional (Vaud)
BOOK.add("""
Curriculum vitae — Nathalie Perret-Gentil
Route de Berne 48, 1010 Lausanne | 079 555 23 14 | n.perretgentil@bluewin.ch

Directrice générale — Hôpital régional Riviera-Lavaux (2017 – aujourd'hui)
• A mené la fusion de l'hôpital de Vevey et de la clinique de Lavaux en un seul établissement de 420 lits (2019)
• Construction du nouveau bâtiment de soins aigus (CHF 280 mio), livré dans les délais
• Négociation de la convention collective de travail avec le SSP et Syna, côté employeur
Directrice des soins, CHUV (2010 – 2017)
Infirmière cheffe de service, HUG (2002 – 2010)

Formation : Bachelor en soins infirmiers (HES-SO) ; Executive MBA, HEC Lausanne ; CAS en gestion hospitalière (IDHEAP)

Ce que je souhaite dire au comité de sélection
Je suis mariée à Sandra depuis 2022, dès l'ouverture du mariage civil aux couples de même sexe. J'ai fait un épuisement professionnel en 2016 et pris trois mois d'arrêt ; j'en parle parce que la prévention du burn-out des cadres est au cœur de mon projet. Je suis restée membre du SSP à titre personnel depuis mes années d'infirmière. Le test génétique fait dans le cadre de la consultation d'oncogénétique a confirmé chez moi un syndrome de Lynch ; je suis suivie et cela ne limite en rien ma disponibilité.
""",
    [(S, "Je suis mariée à Sandra depuis 2022, dès l'ouverture du mariage civil aux couples de même sexe"),
     (H, "J'ai fait un épuisement professionnel en 2016 et pris trois mois d'arrêt"),
     (U, "Je suis restée membre du SSP à titre personnel depuis mes années d'infirmière"),
     (G, "Le test génétique fait dans le cadre de la consultation d'oncogénétique a confirmé chez moi un syndrome de Lynch")],
    ["Directrice générale — Hôpital régional Riviera-Lavaux",
     "A mené la fusion de l'hôpital de Vevey et de la clinique de Lavaux",
     "nouveau bâtiment de soins aigus (CHF 280 mio)",
     "Négociation de la convention collective de travail avec le SSP et Syna, côté employeur",
     "Directrice des soins, CHUV", "Infirmière cheffe de service, HUG",
     "Executive MBA, HEC Lausanne", "CAS en gestion hospitalière (IDHEAP)"],
    ["Nathalie Perret-Gentil", "Route de Berne 48, 1010 Lausanne", "079 555 23 14",
     "n.perretgentil@bluewin.ch"])

# 012 - Luxembourg, administrateur indépendant, déclaration fit & proper
BOOK.add("""
Jean-Marc Pereira Weber
Administrateur indépendant (ILA) — fonds d'investissement et PSF
12, rue des Romains, L-8041 Strassen · +352 621 447 290 · jm.pereiraweber@pt.lu

Né le 7 septembre 1960 à Esch-sur-Alzette. De nationalité luxembourgeoise et portugaise.

Mandats actuels
— Président du comité d'audit, Moselle Global Funds SICAV (2016-)
— Administrateur, Kirchberg Private Equity SCA SICAR (2019-)
— Administrateur, Alzette Re S.A. (réassurance captive) (2021-)

Parcours
PwC Luxembourg (1985-2008), associé audit à partir de 1996 ; réviseur d'entreprises agréé
Directeur général, Banque Ardennes-Lux (2008-2011)

Formation : maîtrise de sciences de gestion, Université Nancy II ; certificat ILA d'administrateur

Déclaration (questionnaire « fit & proper » de la CSSF)
Après la faillite de Banque Ardennes-Lux, le tribunal d'arrondissement de Luxembourg a prononcé en 2011 à mon encontre une interdiction d'exercer une activité commerciale pour trois ans, levée en 2014 ; la CSSF en a été informée à chaque nomination.
Situation familiale : veuf, deux enfants majeurs.
Santé : suivi pour une dépression sévère en 2011-2012, aucun arrêt depuis.
Porteur de l'hémochromatose héréditaire (test génétique en 2009), traité par saignées.
""",
    [(A, "Né le 7 septembre 1960"),
     (E, "De nationalité luxembourgeoise et portugaise"),
     (C, "le tribunal d'arrondissement de Luxembourg a prononcé en 2011 à mon encontre une interdiction d'exercer une activité commerciale pour trois ans, levée en 2014"),
     (F, "Situation familiale : veuf, deux enfants majeurs"),
     (H, "suivi pour une dépression sévère en 2011-2012"),
     (G, "Porteur de l'hémochromatose héréditaire (test génétique en 2009)"),
     (H, "traité par saignées")],
    ["Administrateur indépendant (ILA)",
     "Président du comité d'audit, Moselle Global Funds SICAV",
     "Administrateur, Kirchberg Private Equity SCA SICAR",
     "associé audit à partir de 1996", "réviseur d'entreprises agréé",
     "Directeur général, Banque Ardennes-Lux",
     "maîtrise de sciences de gestion, Université Nancy II",
     "certificat ILA d'administrateur"],
    ["Jean-Marc Pereira Weber", "12, rue des Romains, L-8041 Strassen", "+352 621 447 290",
     "jm.pereiraweber@pt.lu"])

# 013 - Québec, sous-ministre adjointe
BOOK.add("""
MARIE-JOSÉE BEAUBRUN
Sous-ministre adjointe, ministère de la Santé et des Services sociaux (Québec)
Québec (Québec) · 418 555-0147 · mj.beaubrun@videotron.ca

EXPÉRIENCE
Sous-ministre adjointe, Planification et performance, MSSS (2019 – ...)
• A dirigé la fusion des établissements de la Capitale-Nationale en CIUSSS et le transfert des ressources informationnelles
• Pilotage du plan de rattrapage chirurgical post-pandémie (150 000 chirurgies)
Directrice générale adjointe, CISSS de Chaudière-Appalaches (2015 – 2019)
Analyste puis directrice, Secrétariat du Conseil du trésor (2003 – 2015) — membre du SPGQ pendant mes années d'analyste

FORMATION
Maîtrise en administration publique, ENAP (2003) ; B. Sc. économie, Université Laval (2000) ; ASC, Collège des administrateurs de sociétés

PERSONNEL
Née à Port-au-Prince, arrivée au Québec à onze ans.
Catholique pratiquante, je suis marguillière de ma paroisse de Sainte-Foy.
Mère de deux adolescentes.
J'ai fait un test d'ascendance ADN en 2020 pour retrouver la famille de mon père.
""",
    [(U, "membre du SPGQ pendant mes années d'analyste"),
     (E, "Née à Port-au-Prince, arrivée au Québec"),
     (A, "à onze ans"),
     (R, "Catholique pratiquante, je suis marguillière de ma paroisse de Sainte-Foy"),
     (F, "Mère de deux adolescentes"),
     (G, "J'ai fait un test d'ascendance ADN en 2020")],
    ["Sous-ministre adjointe, Planification et performance, MSSS",
     "A dirigé la fusion des établissements de la Capitale-Nationale en CIUSSS",
     "Pilotage du plan de rattrapage chirurgical post-pandémie",
     "Directrice générale adjointe, CISSS de Chaudière-Appalaches",
     "Secrétariat du Conseil du trésor",
     "Maîtrise en administration publique, ENAP (2003)",
     "B. Sc. économie, Université Laval (2000)",
     "ASC, Collège des administrateurs de sociétés"],
    ["MARIE-JOSÉE BEAUBRUN", "Québec (Québec)", "418 555-0147", "mj.beaubrun@videotron.ca"])

# 014 - Québec, associé d'un cabinet comptable
BOOK.add("""
Étienne Tremblay-Gagnon, CPA
Associé, Audit et certification — Bouchard Lemieux S.E.N.C.R.L., Montréal
1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8 · 514 555-0163 · etremblaygagnon@bouchardlemieux.ca

49 ans. 24 ans en audit, dont 12 comme associé.

EXPÉRIENCE
Associé, Bouchard Lemieux (2013 – aujourd'hui) — responsable du secteur public et OBNL
• A présidé le comité d'audit de l'Université Saint-Paul (Ottawa), université catholique, à titre de membre externe rémunéré (2016-2022)
• Associé responsable de l'audit de trois sociétés d'État québécoises
• Audit de la caisse de retraite d'un syndicat de la construction
Directeur principal, KPMG Montréal (2001 – 2013)

FORMATION
B.A.A. comptabilité, HEC Montréal (2000) ; CPA auditeur (2002)

VIE PERSONNELLE
Je suis membre du Parti Québécois et j'ai été président de l'association de circonscription de Chicoutimi de 2008 à 2012. Je vis avec mon chum, Mathieu, à Rosemont. Diabète de type 1 depuis l'enfance, bien contrôlé. Originaire du Saguenay, j'ai appris par un test génétique que je suis porteur de l'ataxie récessive spastique de Charlevoix-Saguenay. Une condamnation pour conduite avec les facultés affaiblies en 2001, pardon obtenu en 2008.
""",
    [(A, "49 ans"),
     (P, "Je suis membre du Parti Québécois"),
     (P, "président de l'association de circonscription de Chicoutimi de 2008 à 2012"),
     (S, "Je vis avec mon chum, Mathieu"),
     (H, "Diabète de type 1 depuis l'enfance"),
     (G, "j'ai appris par un test génétique que je suis porteur de l'ataxie récessive spastique de Charlevoix-Saguenay"),
     (C, "Une condamnation pour conduite avec les facultés affaiblies en 2001"),
     (C, "pardon obtenu en 2008")],
    ["Associé, Audit et certification", "responsable du secteur public et OBNL",
     "A présidé le comité d'audit de l'Université Saint-Paul (Ottawa), université catholique",
     "Associé responsable de l'audit de trois sociétés d'État québécoises",
     "Audit de la caisse de retraite d'un syndicat de la construction",
     "Directeur principal, KPMG Montréal", "B.A.A. comptabilité, HEC Montréal (2000)",
     "CPA auditeur (2002)"],
    ["Étienne Tremblay-Gagnon", "1250, boul. René-Lévesque O., bureau 2200, Montréal (Québec) H3B 4W8",
     "514 555-0163", "etremblaygagnon@bouchardlemieux.ca"])

# 015 - Monaco, directeur général de family office
BOOK.add("""
Alexandre Notari
Directeur général, Hercule Family Office S.A.M., Monaco
Le Millefiori, 1 rue des Genêts, 98000 Monaco · +377 6 78 63 41 20 · a.notari@hercule-fo.mc

Né le 2 février 1968 à Monaco. De nationalité monégasque.

Expérience
Hercule Family Office S.A.M. — Directeur général (2012 – )
 · Gestion consolidée de 2,3 Md€ pour quatre familles ; structuration immobilière Monaco-Italie
 · Mise en conformité avec le dispositif LCB-FT après l'évaluation MONEYVAL de 2022
Compagnie Monégasque de Banque — Directeur de la gestion privée (2001 – 2012)
Société Générale Private Banking, Genève — Gestionnaire (1993 – 2001)

Formation : ESCP (1992) ; DEA de finance, Université Paris-Dauphine

Mandat : Trésorier de l'Association monégasque des professionnels en administration des structures étrangères

Personnel : marié à une Milanaise, Chiara, deux fils. Catholique pratiquant, membre de la Vénérable Archiconfrérie de la Miséricorde. Opéré d'une valve cardiaque en 2020. Membre du Yacht Club de Monaco.
""",
    [(A, "Né le 2 février 1968"),
     (E, "De nationalité monégasque"),
     (F, "marié à une Milanaise, Chiara, deux fils"),
     (R, "Catholique pratiquant, membre de la Vénérable Archiconfrérie de la Miséricorde"),
     (H, "Opéré d'une valve cardiaque en 2020")],
    ["Hercule Family Office S.A.M. — Directeur général",
     "Gestion consolidée de 2,3 Md€ pour quatre familles",
     "Mise en conformité avec le dispositif LCB-FT",
     "Compagnie Monégasque de Banque — Directeur de la gestion privée",
     "Société Générale Private Banking, Genève — Gestionnaire", "ESCP (1992)",
     "DEA de finance, Université Paris-Dauphine",
     "Trésorier de l'Association monégasque des professionnels en administration des structures étrangères"],
    ["Alexandre Notari", "Le Millefiori, 1 rue des Genêts, 98000 Monaco",
     "+377 6 78 63 41 20", "a.notari@hercule-fo.mc"])

# 016 - Sénégal, directeur général de banque, ancien ministre
BOOK.add("""
CURRICULUM VITAE

M. Mamadou Lamine Sarr
Né le 17 janvier 1960 à Fatick (Sénégal)
Villa 214, Cité Keur Gorgui, Dakar · +221 77 638 41 90 · mlsarr@orange.sn

Situation familiale : marié (deux épouses), père de six enfants

FONCTIONS ACTUELLES
Directeur général, Banque Sahélienne de l'Habitat (depuis 2019)
 — Assainissement du portefeuille : taux de créances douteuses ramené de 21 % à 7 %
 — Lancement du programme de 10 000 logements sociaux de Diamniadio avec l'État

PARCOURS
2014-2019 Ministre délégué chargé du Budget — a porté la réforme des finances publiques UEMOA (budget-programme)
2005-2014 Directeur de la Dette publique, ministère de l'Économie et des Finances
1986-2005 BCEAO, Dakar puis siège — économiste, puis directeur adjoint des études

FORMATION
Doctorat en sciences économiques, Université Cheikh Anta Diop (1991) ; Diplôme du CESAG ; Institut du FMI (programmation financière)

ENGAGEMENTS PERSONNELS
Sérère de naissance, je suis membre de la confrérie mouride et fidèle du Grand Magal de Touba.
Ancien membre du bureau politique du PDS (1998-2012).
En 1988, détenu trois semaines après les émeutes post-électorales, libéré sans jugement.
Opéré du cœur (pontage) en 2015.

DISTINCTIONS : Commandeur de l'Ordre national du Lion
""",
    [(A, "Né le 17 janvier 1960"),
     (F, "Situation familiale : marié (deux épouses), père de six enfants"),
     (E, "Sérère de naissance"),
     (R, "je suis membre de la confrérie mouride et fidèle du Grand Magal de Touba"),
     (P, "Ancien membre du bureau politique du PDS (1998-2012)"),
     (C, "En 1988, détenu trois semaines après les émeutes post-électorales, libéré sans jugement"),
     (H, "Opéré du cœur (pontage) en 2015")],
    ["Directeur général, Banque Sahélienne de l'Habitat",
     "taux de créances douteuses ramené de 21 % à 7 %",
     "Ministre délégué chargé du Budget",
     "a porté la réforme des finances publiques UEMOA",
     "Directeur de la Dette publique",
     "économiste, puis directeur adjoint des études",
     "Doctorat en sciences économiques, Université Cheikh Anta Diop (1991)",
     "Commandeur de l'Ordre national du Lion"],
    ["M. Mamadou Lamine Sarr", "Villa 214, Cité Keur Gorgui, Dakar", "+221 77 638 41 90",
     "mlsarr@orange.sn"])

# 017 - Sénégal, directrice exécutive d'ONG de santé
BOOK.add("""
Aminata Diatta Badji
Directrice exécutive — Association Santé Femmes Sahel (ASFS), Dakar
Sicap Liberté 6, villa 6402, Dakar · +221 76 512 08 33 · a.diattabadji@asfs-senegal.org

PROFIL
Journaliste devenue directrice d'ONG, 25 ans d'engagement pour la santé des femmes. Je dirige une organisation de 140 salariés présente dans huit régions.

EXPÉRIENCE
Directrice exécutive, ASFS (2014 – aujourd'hui)
• A dirigé le programme national de dépistage du VIH et de la syphilis chez les femmes enceintes (financement Fonds mondial, 18 M$)
• Négociation d'un accord-cadre avec le ministère de la Santé pour 42 cases de santé
• Budget annuel porté de 2,1 à 9,6 milliards FCFA
Chargée de plaidoyer, ONUSIDA Sénégal (2008 – 2014)
Journaliste santé, Le Soleil puis Sud FM (1996 – 2008) — déléguée du personnel et membre du bureau du SYNPICS (2002-2006)

FORMATION
Master en santé publique, ISED/UCAD (2008) ; CESTI (journalisme), 1996

PERSONNEL
Diola de Ziguinchor. Divorcée, mère de trois enfants. Je vis avec le VIH depuis 2003 et je le dis publiquement depuis 2010 : c'est la source de mon engagement. Arrêtée en 2005 avec d'autres journalistes lors d'une marche pour la liberté de la presse ; les poursuites ont été abandonnées.
""",
    [(U, "déléguée du personnel et membre du bureau du SYNPICS (2002-2006)"),
     (E, "Diola de Ziguinchor"),
     (F, "Divorcée, mère de trois enfants"),
     (H, "Je vis avec le VIH depuis 2003"),
     (C, "Arrêtée en 2005 avec d'autres journalistes lors d'une marche pour la liberté de la presse ; les poursuites ont été abandonnées")],
    ["Directrice exécutive, ASFS",
     "A dirigé le programme national de dépistage du VIH et de la syphilis chez les femmes enceintes",
     "Négociation d'un accord-cadre avec le ministère de la Santé pour 42 cases de santé",
     "Chargée de plaidoyer, ONUSIDA Sénégal", "Journaliste santé, Le Soleil puis Sud FM",
     "Master en santé publique, ISED/UCAD (2008)", "CESTI (journalisme)"],
    ["Aminata Diatta Badji", "Sicap Liberté 6, villa 6402, Dakar", "+221 76 512 08 33",
     "a.diattabadji@asfs-senegal.org"])

# 018 - Liban, fiche d'état civil et parcours, banquier d'affaires
BOOK.add("""
FICHE D'ÉTAT CIVIL ET PARCOURS
Nom : TABET, Élie Georges
Né le : 3 novembre 1969, à Achrafieh (Beyrouth)
Confession : grec-orthodoxe
Nationalités : libanaise et française
État civil : marié, trois enfants
Adresse : Immeuble Sursock, rue Sursock, Achrafieh, Beyrouth · +961 3 217 845 · etabet@cedrus-capital.com.lb

Fonctions
Associé fondateur, Cedrus Capital Partners (Beyrouth, Dubaï), depuis 2009 : conseil en fusions-acquisitions et restructuration de dette pour des groupes familiaux du Levant et du Golfe ; restructuration de 1,2 Md$ de dette d'un groupe hospitalier après 2020.
Directeur, financement des entreprises, Banque du Levant et de la Méditerranée (1998-2009).
Conseiller du ministère des Finances pour le programme avec le FMI (2022-2023, mission rémunérée).

Formation : ESIB — Université Saint-Joseph (ingénieur, 1992) ; MBA, INSEAD (1997).

Engagement public : candidat malheureux aux législatives de 2018 dans la circonscription de Beyrouth I, sur une liste soutenue par les Forces libanaises.
Santé : porteur de la bêta-thalassémie mineure (dépistage prénuptial obligatoire, 1999).
""",
    [(A, "Né le : 3 novembre 1969"),
     (R, "Confession : grec-orthodoxe"),
     (E, "Nationalités : libanaise et française"),
     (F, "État civil : marié, trois enfants"),
     (P, "candidat malheureux aux législatives de 2018 dans la circonscription de Beyrouth I, sur une liste soutenue par les Forces libanaises"),
     (G, "porteur de la bêta-thalassémie mineure (dépistage prénuptial obligatoire, 1999)")],
    ["Associé fondateur, Cedrus Capital Partners",
     "conseil en fusions-acquisitions et restructuration de dette",
     "restructuration de 1,2 Md$ de dette d'un groupe hospitalier",
     "Directeur, financement des entreprises, Banque du Levant et de la Méditerranée",
     "Conseiller du ministère des Finances pour le programme avec le FMI",
     "ESIB — Université Saint-Joseph (ingénieur, 1992)", "MBA, INSEAD (1997)"],
    ["TABET, Élie Georges", "Immeuble Sursock, rue Sursock, Achrafieh, Beyrouth",
     "+961 3 217 845", "etabet@cedrus-capital.com.lb"])

# 019 - Liban, doyen de faculté (USJ)
BOOK.add("""
Pr Hagop Kalaydjian
Doyen de la Faculté de gestion et de management, Université Saint-Joseph de Beyrouth (USJ)
Campus des sciences sociales, rue Huvelin, Beyrouth · hagop.kalaydjian@usj.edu.lb · +961 1 421 000 (poste 5230)

Parcours académique
• Doyen depuis 2019 ; a conduit l'accréditation AACSB (2023) et la fusion des masters de banque et de finance
• Directeur de l'Institut de gestion de la santé (2012-2019) : a coordonné la formation des directeurs des hôpitaux publics libanais
• Professeur à l'Université libanaise (1995-2012), où il a été membre de la Ligue des professeurs à plein temps

Formation : doctorat en sciences de gestion, Université Paris-Dauphine (1994) ; DEA, Université Lyon 3

Travaux : La gouvernance des entreprises familiales au Liban (PUSJ, 2016).

Personnel
Né en 1962. Arménien de Bourj Hammoud, petit-fils de rescapés du génocide de 1915. Diacre de la paroisse arménienne apostolique Saint-Vartan. Marié, deux filles. Opéré d'un cancer de la thyroïde en 2016.
""",
    [(U, "membre de la Ligue des professeurs à plein temps"),
     (A, "Né en 1962"),
     (E, "Arménien de Bourj Hammoud, petit-fils de rescapés du génocide de 1915"),
     (R, "Diacre de la paroisse arménienne apostolique Saint-Vartan"),
     (F, "Marié, deux filles"),
     (H, "Opéré d'un cancer de la thyroïde en 2016")],
    ["Doyen de la Faculté de gestion et de management, Université Saint-Joseph de Beyrouth (USJ)",
     "a conduit l'accréditation AACSB (2023)",
     "la fusion des masters de banque et de finance",
     "a coordonné la formation des directeurs des hôpitaux publics libanais",
     "Professeur à l'Université libanaise",
     "doctorat en sciences de gestion, Université Paris-Dauphine (1994)",
     "La gouvernance des entreprises familiales au Liban"],
    ["Pr Hagop Kalaydjian", "Campus des sciences sociales, rue Huvelin, Beyrouth",
     "hagop.kalaydjian@usj.edu.lb", "+961 1 421 000 (poste 5230)"])

# 020 - France, DRH de groupe industriel
BOOK.add("""
Sophie Lamarque-Duval
Directrice des ressources humaines Groupe — Veloria (équipementier automobile, 48 000 salariés)
Boulogne-Billancourt · 06 84 21 57 36 · sophie.lamarque@outlook.fr · linkedin.com/in/sophielamarqueduval

55 ans — 30 ans de relations sociales dans l'industrie.

EXPÉRIENCE
DRH Groupe, Veloria (2017 – aujourd'hui) — membre du comité exécutif
  · A mené les négociations avec la CGT, la CFDT et FO sur la GEPP et l'accord de rupture conventionnelle collective de 2020
  · Sponsor du programme diversité, équité et inclusion ; index égalité porté de 79 à 94
  · Mise en place du dialogue social européen (comité d'entreprise européen)
DRH France, Renault Trucks (2009 – 2017)
Responsable relations sociales, Renault (1996 – 2009) — j'y ai moi-même été déléguée syndicale CFDT de 1996 à 2001, avant de passer côté direction

FORMATION
Master 2 GRH, IAE de Paris (1995) ; Sciences Po Paris (1993)

PERSONNEL
Mariée à Claire Bertin, médecin. Une fille, adoptée en 2011. Atteinte de sclérose en plaques depuis 2012 ; je ne l'ai jamais cachée à mes équipes. Ancienne militante du Mouvement des jeunes socialistes pendant mes études.
""",
    [(A, "55 ans"),
     (U, "j'y ai moi-même été déléguée syndicale CFDT de 1996 à 2001"),
     (S, "Mariée à Claire Bertin, médecin"),
     (F, "Une fille, adoptée en 2011"),
     (H, "Atteinte de sclérose en plaques depuis 2012"),
     (P, "Ancienne militante du Mouvement des jeunes socialistes pendant mes études")],
    ["DRH Groupe, Veloria", "membre du comité exécutif",
     "A mené les négociations avec la CGT, la CFDT et FO sur la GEPP",
     "Sponsor du programme diversité, équité et inclusion",
     "Mise en place du dialogue social européen", "DRH France, Renault Trucks",
     "Responsable relations sociales, Renault", "Master 2 GRH, IAE de Paris (1995)"],
    ["Sophie Lamarque-Duval", "Boulogne-Billancourt", "06 84 21 57 36",
     "sophie.lamarque@outlook.fr", "linkedin.com/in/sophielamarqueduval"])
