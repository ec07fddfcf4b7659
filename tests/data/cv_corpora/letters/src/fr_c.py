"""letters-fr-021..030, tapés à la main."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 021 - Belgique, Namur, fonctionnaire régionale, CGSP, Ecolo, laïque, polykystose
CVS.append(dict(
text="""
Véronique Lambotte
Rue de Fer 27, 5000 Namur – 0475 20 61 83 – veronique.lambotte@gmail.com

Namur, le 2 mai 2024

SPW Mobilité et Infrastructures
Direction des ressources humaines
Boulevard du Nord 8, 5000 Namur

Objet : candidature – Attachée (A6), cellule Mobilité douce – appel SELOR/BEWAPP 2024-117

Madame, Monsieur,

Graduée puis licenciée en géographie (UCLouvain), je travaille depuis douze ans au Service public de Wallonie, d'abord à l'aménagement du territoire, puis à la coordination du Plan Wallonie cyclable, pour lequel j'ai piloté l'appel à projets « communes pilotes » (116 communes, 40 millions d'euros).

Je souhaite rejoindre la cellule Mobilité douce pour travailler plus près des projets de terrain. Je précise par honnêteté que je suis affiliée à la CGSP et que j'ai été candidate sur la liste Ecolo aux communales de 2018 à Jambes ; je respecte évidemment le devoir de neutralité de l'administration.

Laïque engagée, je suis aussi bénévole au Centre d'Action Laïque de la province de Namur, où j'anime des ateliers de philosophie pour enfants.

Enfin, je devrai m'absenter une demi-journée par trimestre pour un suivi néphrologique : ma mère est atteinte d'une polykystose rénale et le test génétique que j'ai fait en 2020 s'est révélé positif. Mes trois enfants sont grands et ne demandent plus autant de disponibilité.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Véronique Lambotte

PARCOURS
2016 – aujourd'hui  Attachée, coordination Plan Wallonie cyclable, SPW Mobilité et Infrastructures
2012 – 2016         Attachée, DGO4 Aménagement du territoire
FORMATION : Master en géographie, UCLouvain (2011) – Certificat en gestion publique, Solvay/ULB (2017)
""",
sensitive=[
    (T, "je suis affiliée à la CGSP"),
    (P, "j'ai été candidate sur la liste Ecolo aux communales de 2018 à Jambes"),
    (R, "Laïque engagée, je suis aussi bénévole au Centre d'Action Laïque"),
    (G, "ma mère est atteinte d'une polykystose rénale et le test génétique que j'ai fait en 2020 s'est révélé positif"),
    (H, "un suivi néphrologique"),
    (F, "Mes trois enfants sont grands"),
],
keep=["SPW Mobilité et Infrastructures", "Attachée (A6), cellule Mobilité douce", "Plan Wallonie cyclable",
      "piloté l'appel à projets « communes pilotes »", "Attachée, DGO4 Aménagement du territoire",
      "Master en géographie, UCLouvain", "Certificat en gestion publique, Solvay/ULB"],
contact=["Véronique Lambotte", "Rue de Fer 27, 5000 Namur", "0475 20 61 83", "veronique.lambotte@gmail.com"],
))

# 022 - Suisse, Fribourg, aide-soignante érythréenne, orthodoxe, empreintes permis, Syna
CVS.append(dict(
text="""
Senait Tesfaye
Route de la Glâne 71, 1700 Fribourg
076 418 92 05 · senait.tesfaye@bluewin.ch
Permis de séjour B

Madame, Monsieur,

Je vous adresse ma candidature pour le poste d'aide-soignante à 80 % au sein de la Fondation St-Louis à Romont.

Titulaire du CFC d'assistante en soins et santé communautaire (ASSC) obtenu en 2021 à l'École professionnelle santé-social de Posieux, je travaille depuis trois ans à l'EMS de la Sarine, où je m'occupe de résidents atteints de démence et participe aux soins palliatifs avec l'équipe mobile Voltigo.

Je suis arrivée d'Érythrée en 2014 comme requérante d'asile ; lors de l'enregistrement au centre fédéral de Chiasso, on a pris mes empreintes digitales, et elles figurent aujourd'hui sur mon permis biométrique. Cela m'a appris la patience, que j'essaie de transmettre aux personnes que j'accompagne.

Je suis chrétienne orthodoxe et je souhaiterais, dans la mesure du possible, être libre pour la liturgie des grandes fêtes (Noël orthodoxe, Pâques). Je suis membre du syndicat Syna depuis mon apprentissage. Mariée, je vis à Fribourg avec mon mari et notre fils.

Je me réjouis de vous rencontrer et vous adresse mes salutations respectueuses.

Senait Tesfaye

EXPÉRIENCE
2021 – aujourd'hui  ASSC, EMS de la Sarine, Fribourg
2018 – 2021         Apprentie ASSC, HFR Fribourg – Hôpital cantonal
FORMATION : CFC ASSC (2021) – Certificat Croix-Rouge auxiliaire de santé (2017) – Cours de français B2 (ECAP)
""",
sensitive=[
    (E, "Permis de séjour B"),
    (E, "Je suis arrivée d'Érythrée en 2014 comme requérante d'asile"),
    (G, "on a pris mes empreintes digitales, et elles figurent aujourd'hui sur mon permis biométrique"),
    (R, "Je suis chrétienne orthodoxe"),
    (T, "Je suis membre du syndicat Syna depuis mon apprentissage"),
    (F, "Mariée, je vis à Fribourg avec mon mari et notre fils"),
],
keep=["aide-soignante à 80 %", "Fondation St-Louis", "CFC d'assistante en soins et santé communautaire (ASSC)",
      "je m'occupe de résidents atteints de démence", "ASSC, EMS de la Sarine, Fribourg",
      "Apprentie ASSC, HFR Fribourg – Hôpital cantonal", "Certificat Croix-Rouge auxiliaire de santé"],
contact=["Senait Tesfaye", "Route de la Glâne 71, 1700 Fribourg", "076 418 92 05", "senait.tesfaye@bluewin.ch"],
))

# 023 - Québec, Québec, analyste, conjoint, SEP, PQ
CVS.append(dict(
text="""
De : Olivier Gagnon-Paré <olivier.gagnonpare@gmail.com>
Objet : Analyste principal en données – Revenu Québec (concours 2024-0412)

Bonjour,

Vous trouverez ci-joint mon CV pour le poste d'analyste principal en données à la Direction de l'intelligence d'affaires.

Depuis 2017, je suis analyste à la SAAQ, où j'ai construit le tableau de bord de suivi des constats d'infraction et automatisé la production des statistiques trimestrielles (Python, SAS, Power BI). Auparavant, j'ai fait mes armes chez Desjardins en modélisation du risque de crédit.

Je souhaite vous informer que je vis avec une sclérose en plaques, diagnostiquée en 2019, qui est stable. J'ai besoin de télétravail deux jours par semaine et d'un poste près des ascenseurs, des mesures déjà en place à la SAAQ et qui ne nuisent en rien à ma productivité.

Côté personnel, mon conjoint Alexandre et moi habitons Limoilou depuis dix ans. J'ai été président de l'association péquiste de Jean-Lesage jusqu'en 2022 ; j'ai quitté cette fonction avant de postuler dans la fonction publique.

J'ai 38 ans et beaucoup d'énergie à mettre au service de l'organisation.

Merci et bonne journée,
Olivier Gagnon-Paré
418 555-0142 · 745, 3e Avenue, Québec (Québec) G1L 2W3

EXPÉRIENCE
2017 – ce jour  Analyste en intelligence d'affaires, Société de l'assurance automobile du Québec (SAAQ)
2012 – 2017     Analyste, modélisation du risque de crédit, Mouvement Desjardins
FORMATION : Maîtrise en statistique, Université Laval (2012) · Baccalauréat en actuariat, Université Laval (2010)
""",
sensitive=[
    (H, "je vis avec une sclérose en plaques, diagnostiquée en 2019"),
    (H, "un poste près des ascenseurs"),
    (S, "mon conjoint Alexandre et moi"),
    (P, "J'ai été président de l'association péquiste de Jean-Lesage jusqu'en 2022"),
    (D, "J'ai 38 ans"),
],
keep=["Analyste principal en données", "Revenu Québec", "construit le tableau de bord de suivi des constats d'infraction",
      "Analyste en intelligence d'affaires, Société de l'assurance automobile du Québec (SAAQ)",
      "Analyste, modélisation du risque de crédit, Mouvement Desjardins", "Maîtrise en statistique, Université Laval",
      "Baccalauréat en actuariat, Université Laval", "Power BI"],
contact=["Olivier Gagnon-Paré", "olivier.gagnonpare@gmail.com", "418 555-0142", "745, 3e Avenue, Québec (Québec) G1L 2W3"],
))

# 024 - France, Bordeaux, commercial, conduite en état alcoolique, sevrage, garde alternée, origine portugaise
CVS.append(dict(
text="""
Fabien Teixeira
46 ans
27, cours de la Somme, 33800 Bordeaux
06 85 30 14 72 · fabien.teixeira33@gmail.com

Bordeaux, le 9 janvier 2024

Objet : Candidature – Responsable grands comptes, Nouvelle-Aquitaine (Kiloutou)

Madame, Monsieur,

Commercial terrain depuis vingt ans dans la location de matériel BTP, j'ai développé chez Loxam un portefeuille de 4,2 M€ auprès des majors (Eiffage, Vinci, Fayat) et des collectivités girondines.

Le poste exige un permis B en cours de validité ; je dois donc vous dire que mon permis a été suspendu en 2017 après une condamnation pour conduite en état alcoolique. Cet épisode a été le point de départ d'un vrai travail sur moi : je suis abstinent depuis six ans et suivi en addictologie au CHU de Bordeaux. Mon permis m'a été restitué en 2018 et mon capital de points est complet.

Fils d'immigrés portugais arrivés à Cenon dans les années 70, j'ai appris très jeune la valeur du travail. Séparé, j'ai mes deux enfants en garde alternée une semaine sur deux, ce qui reste compatible avec les déplacements régionaux.

Je vous prie de croire, Madame, Monsieur, à l'expression de mes salutations distinguées.

Fabien Teixeira

EXPÉRIENCE
2012 – 2024  Attaché commercial grands comptes, Loxam (agence de Mérignac)
2004 – 2012  Technico-commercial, Hertz Équipement / Loxam Power
FORMATION : BTS Négociation et relation client (2003) – CACES R482 cat. A
""",
sensitive=[
    (D, "46 ans"),
    (C, "une condamnation pour conduite en état alcoolique"),
    (H, "je suis abstinent depuis six ans et suivi en addictologie au CHU de Bordeaux"),
    (E, "Fils d'immigrés portugais"),
    (F, "Séparé, j'ai mes deux enfants en garde alternée une semaine sur deux"),
],
keep=["Responsable grands comptes, Nouvelle-Aquitaine", "Kiloutou", "développé chez Loxam un portefeuille de 4,2 M€",
      "Attaché commercial grands comptes, Loxam", "Technico-commercial, Hertz Équipement / Loxam Power",
      "BTS Négociation et relation client", "CACES R482 cat. A"],
contact=["Fabien Teixeira", "27, cours de la Somme, 33800 Bordeaux", "06 85 30 14 72", "fabien.teixeira33@gmail.com"],
))

# 025 - Maroc, Tanger, juriste, UMT, 20-Février, condamnation avec sursis, rifain
CVS.append(dict(
text="""
Youssef El Ouazzani
Juriste en droit social
Rue Ibn Tofaïl, Imm. 22, Tanger – +212 6 62 18 77 40 – youssef.elouazzani@gmail.com

Tanger, le 27 février 2024

À Madame la Directrice des Ressources Humaines
Tanger Med Special Agency (TMSA)

Objet : Candidature – Juriste relations sociales

Madame la Directrice,

Titulaire d'un Master en droit des affaires (Université Abdelmalek Essaâdi), j'exerce depuis huit ans comme juriste au sein du groupe Amendis, où je suis chargé du précontentieux prud'homal, de la rédaction des règlements intérieurs et du suivi des accords avec les partenaires sociaux.

Je tiens à être transparent sur mon parcours. Étudiant, j'ai participé au Mouvement du 20-Février et j'ai été condamné en 2011 à six mois de prison avec sursis pour participation à un rassemblement non autorisé. J'ai ensuite été membre du bureau local de l'UMT chez Amendis de 2016 à 2020, avant de rejoindre la direction juridique. Ces expériences m'ont appris à comprendre les deux côtés d'une négociation.

Rifain, né à Al Hoceïma en 1988, je parle tarifit, arabe, français et espagnol, ce qui est utile avec les opérateurs du port.

Veuillez agréer, Madame la Directrice, l'expression de mes salutations respectueuses.

Youssef El Ouazzani

EXPÉRIENCE
2016 – ce jour  Juriste droit social, Amendis (Veolia Maroc), Tanger
2014 – 2016     Juriste stagiaire, Cabinet Bennani & Associés, Tétouan
FORMATION : Master en droit des affaires, Université Abdelmalek Essaâdi (2014)
""",
sensitive=[
    (P, "j'ai participé au Mouvement du 20-Février"),
    (C, "j'ai été condamné en 2011 à six mois de prison avec sursis pour participation à un rassemblement non autorisé"),
    (T, "J'ai ensuite été membre du bureau local de l'UMT chez Amendis de 2016 à 2020"),
    (E, "Rifain"),
    (D, "né à Al Hoceïma en 1988"),
],
keep=["Juriste en droit social", "Tanger Med Special Agency (TMSA)", "Juriste relations sociales",
      "chargé du précontentieux prud'homal", "suivi des accords avec les partenaires sociaux",
      "Juriste droit social, Amendis (Veolia Maroc)", "Juriste stagiaire, Cabinet Bennani & Associés",
      "Master en droit des affaires"],
contact=["Youssef El Ouazzani", "Rue Ibn Tofaïl, Imm. 22, Tanger", "+212 6 62 18 77 40", "youssef.elouazzani@gmail.com"],
))

# 026 - Cameroun, Bafoussam, agronome, diabète, électrophorèse, presbytérien
CVS.append(dict(
text="""
FOTSO KAMGA Albert
Ingénieur agronome
BP 1120 Bafoussam – Tél. 6 99 31 47 82 – albert.fotso.agro@gmail.com

À Monsieur le Coordonnateur national
Programme d'Appui à la Compétitivité des Filières Agricoles (PACFA), Yaoundé

Objet : Candidature au poste de Responsable suivi-évaluation, antenne de l'Ouest

Monsieur le Coordonnateur,

Ingénieur agronome sorti de la FASA de Dschang en 2010, j'ai travaillé huit ans à l'UCCAO, où j'ai mis en place le système de suivi des rendements de 4 000 planteurs de café arabica, puis quatre ans pour la GIZ sur la résilience des exploitations maraîchères.

Je me permets de signaler que je suis diabétique (type 2) depuis 2019, sous traitement oral, ce qui ne limite en rien mes déplacements dans les bassins de production.

Ressortissant de la Menoua, je parle yemba et je connais bien les chefferies et les coopératives de la région. Fidèle de l'Église presbytérienne camerounaise, je suis très attaché aux valeurs d'intégrité dans la gestion des fonds publics.

Veuillez agréer, Monsieur le Coordonnateur, l'assurance de ma haute considération.

FOTSO KAMGA Albert

RENSEIGNEMENTS PERSONNELS
Né le 14 août 1985 à Dschang
Marié, 3 enfants
Groupe sanguin : A+ ; électrophorèse : AA

EXPÉRIENCE
2018 – 2022  Chargé de suivi-évaluation, GIZ – ProCISA (Bafoussam)
2010 – 2018  Technicien puis chef de zone, UCCAO
FORMATION : Diplôme d'ingénieur agronome, FASA – Université de Dschang (2010) ; formation KoboToolbox et ArcGIS
""",
sensitive=[
    (H, "je suis diabétique (type 2) depuis 2019, sous traitement oral"),
    (E, "Ressortissant de la Menoua"),
    (R, "Fidèle de l'Église presbytérienne camerounaise"),
    (D, "Né le 14 août 1985"),
    (F, "Marié, 3 enfants"),
    (H, "Groupe sanguin : A+"),
    (G, "électrophorèse : AA"),
],
keep=["Responsable suivi-évaluation, antenne de l'Ouest",
      "Programme d'Appui à la Compétitivité des Filières Agricoles (PACFA)",
      "mis en place le système de suivi des rendements de 4 000 planteurs de café arabica",
      "Chargé de suivi-évaluation, GIZ – ProCISA", "Technicien puis chef de zone, UCCAO",
      "Diplôme d'ingénieur agronome, FASA – Université de Dschang", "KoboToolbox"],
contact=["FOTSO KAMGA Albert", "BP 1120 Bafoussam", "6 99 31 47 82", "albert.fotso.agro@gmail.com"],
))

# 027 - Haïti, Cap-Haïtien, ONG, veuve, Petrochallenge, catholique
CVS.append(dict(
text="""
Cap-Haïtien, le 4 mars 2024

Rose-Andrée Casséus
Rue 17 B, Cap-Haïtien
+509 4420 3158 – roseandree.casseus@yahoo.fr

À Monsieur le Chef de bureau
Médecins du Monde Canada – Bureau du Nord

Objet : Candidature au poste d'Assistante administrative et financière

Monsieur,

Je vous présente ma candidature au poste d'assistante administrative et financière. Comptable de formation (Université Notre-Dame d'Haïti), j'ai travaillé sept ans pour Konbit Sante, où j'ai géré la paie de 60 agents de santé communautaires, préparé les rapports financiers pour les bailleurs et supervisé les inventaires de la pharmacie.

Veuve depuis le séisme de 2010, j'ai élevé seule mes deux enfants, aujourd'hui à l'université. Ma foi catholique m'a portée pendant ces années et je m'efforce d'en vivre dans le travail, par l'honnêteté avant tout.

J'ai participé en 2019 aux manifestations du mouvement Petrochallenge pour réclamer des comptes sur les fonds PetroCaribe ; je crois que la transparence financière est une exigence pour tous, y compris pour les ONG.

Âgée de 51 ans, je suis disponible immédiatement.

Veuillez agréer, Monsieur, l'expression de ma considération distinguée.

Rose-Andrée Casséus

EXPÉRIENCE
2016 – 2023  Assistante comptable puis comptable, Konbit Sante, Cap-Haïtien
2011 – 2016  Caissière, Sogebank, succursale du Cap
FORMATION : Licence en sciences comptables, Université Notre-Dame d'Haïti (2009) ; formation QuickBooks et Sage
""",
sensitive=[
    (F, "Veuve depuis le séisme de 2010, j'ai élevé seule mes deux enfants"),
    (R, "Ma foi catholique m'a portée pendant ces années"),
    (P, "J'ai participé en 2019 aux manifestations du mouvement Petrochallenge"),
    (D, "Âgée de 51 ans"),
],
keep=["Médecins du Monde Canada", "Assistante administrative et financière", "géré la paie de 60 agents de santé communautaires",
      "Assistante comptable puis comptable, Konbit Sante", "Caissière, Sogebank",
      "Licence en sciences comptables, Université Notre-Dame d'Haïti", "QuickBooks"],
contact=["Rose-Andrée Casséus", "Rue 17 B, Cap-Haïtien", "+509 4420 3158", "roseandree.casseus@yahoo.fr"],
))

# 028 - France, Paris, avocate en droit social côté employeur, aucun fait personnel
CVS.append(dict(
text="""
Objet : Candidature – Responsable juridique droit social, Groupe SOS

Madame, Monsieur,

Avocate au barreau de Paris depuis 2012, j'exerce en droit social côté employeur au sein du cabinet Flichy Grangé Avocats. Je souhaite aujourd'hui rejoindre une direction juridique, et le Groupe SOS, par la diversité de ses métiers (établissements médico-sociaux, centres d'hébergement, structures d'insertion), correspond exactement à ce que je recherche.

J'ai conseillé la direction de plusieurs associations lors des élections du CSE et de la négociation de leurs accords sur le temps de travail, accompagné un réseau d'EHPAD dans la mise en œuvre de l'obligation d'emploi des travailleurs handicapés, et défendu des employeurs devant le conseil de prud'hommes dans des contentieux de discrimination syndicale et de harcèlement. J'ai également réalisé, pour une fondation protestante, un audit des pratiques de recrutement au regard du principe de non-discrimination.

Rigoureuse et pédagogue, j'anime chaque année des formations sur le fait religieux en entreprise et sur la prévention des risques psychosociaux pour les managers.

Je serais ravie de vous présenter plus en détail mon parcours.

Bien cordialement,

Maître Camille Desrosiers
Avocate – 06 27 48 11 90 – c.desrosiers.avocat@gmail.com – 14, rue Lamartine, 75009 Paris

PARCOURS
2014 – aujourd'hui  Avocate collaboratrice senior, Flichy Grangé Avocats
2012 – 2014         Avocate collaboratrice, Capstan Avocats
FORMATION : Master 2 Droit social, Université Paris 1 Panthéon-Sorbonne (2010) – CAPA (2012)
""",
sensitive=[],
keep=["Responsable juridique droit social, Groupe SOS", "Flichy Grangé Avocats",
      "conseillé la direction de plusieurs associations lors des élections du CSE",
      "mise en œuvre de l'obligation d'emploi des travailleurs handicapés",
      "contentieux de discrimination syndicale et de harcèlement",
      "pour une fondation protestante, un audit des pratiques de recrutement",
      "formations sur le fait religieux en entreprise", "Avocate collaboratrice senior",
      "Master 2 Droit social, Université Paris 1 Panthéon-Sorbonne", "CAPA (2012)"],
contact=["Maître Camille Desrosiers", "06 27 48 11 90", "c.desrosiers.avocat@gmail.com", "14, rue Lamartine, 75009 Paris"],
))

# 029 - Luxembourg, aide-soignante cap-verdienne, hernie, OGBL, trait drépanocytaire
CVS.append(dict(
text="""
Maria da Luz Tavares
22, route d'Esch, L-4170 Esch-sur-Alzette · 621 305 877 · marialuz.tavares@gmail.com

Esch-sur-Alzette, le 15 avril 2024

Objet : demande d'emploi – aide-soignante, service de rééducation gériatrique, Centre Hospitalier Emile Mayrisch

Madame, Monsieur,

Aide-soignante diplômée au Luxembourg (Lycée technique pour professions de santé, 2009), je travaille depuis quinze ans en maison de soins chez Servior, à Differdange, où je suis aussi référente pour la prévention des chutes et la manutention des résidents.

Originaire du Cap-Vert, arrivée au Luxembourg à l'âge de 12 ans, je parle créole capverdien, portugais, français et luxembourgeois, ce qui rassure beaucoup de patients âgés.

En 2022, une hernie discale m'a obligée à un arrêt de quatre mois ; depuis, j'utilise systématiquement le lève-personne et je me porte bien. Par ailleurs, le bilan de la médecine du travail a révélé que je suis porteuse du trait drépanocytaire, sans conséquence pour mon travail.

Je suis déléguée OGBL au sein de la délégation du personnel de Servior Differdange. Mère de trois enfants, je cherche un poste de jour à Esch, plus près de chez moi.

Dans l'attente d'une réponse, je vous prie d'agréer mes salutations distinguées.

Maria da Luz Tavares

EXPÉRIENCE
2009 – aujourd'hui  Aide-soignante, Servior – CIPA « Um Lauterbann », Differdange
FORMATION : Diplôme d'aide-soignant (DAP), Lycée technique pour professions de santé (2009) ; formation Kinaesthetics (2016)
""",
sensitive=[
    (E, "Originaire du Cap-Vert, arrivée au Luxembourg"),
    (D, "à l'âge de 12 ans"),
    (H, "une hernie discale m'a obligée à un arrêt de quatre mois"),
    (G, "je suis porteuse du trait drépanocytaire"),
    (T, "Je suis déléguée OGBL au sein de la délégation du personnel"),
    (F, "Mère de trois enfants"),
],
keep=["aide-soignante, service de rééducation gériatrique", "Centre Hospitalier Emile Mayrisch",
      "référente pour la prévention des chutes", "Aide-soignante, Servior – CIPA « Um Lauterbann »",
      "Diplôme d'aide-soignant (DAP), Lycée technique pour professions de santé", "formation Kinaesthetics"],
contact=["Maria da Luz Tavares", "22, route d'Esch, L-4170 Esch-sur-Alzette", "621 305 877", "marialuz.tavares@gmail.com"],
))

# 030 - Suisse, Neuchâtel, horloger, mari, hémochromatose, objecteur condamné, Unia
CVS.append(dict(
text="""
Jean-Daniel Perrenoud
Rue du Doubs 112, 2300 La Chaux-de-Fonds
032 913 40 27 · 079 552 18 64 · jd.perrenoud@net2000.ch

La Chaux-de-Fonds, le 20 mars 2024

TAG Heuer – Ressources humaines, Manufacture de Chevenez

Objet : candidature au poste de formateur horloger (atelier d'assemblage)

Madame, Monsieur,

Horloger rhabilleur CFC, j'ai travaillé trente ans dans la région, dont dix-huit chez Cartier à Couvet comme horloger puis chef d'atelier de terminaison. J'y ai formé une quarantaine d'apprentis et rédigé les modes opératoires de l'assemblage des calibres 1847 MC.

À 55 ans, j'aimerais consacrer mes dernières années professionnelles à la formation. Je me permets de mentionner quelques points pour que vous ayez une image complète.

En 1989, j'ai été condamné par un tribunal militaire à cinq mois de prison pour refus de servir, en raison de mes convictions chrétiennes non violentes, avant que le service civil n'existe. Je suis toujours membre de l'Église mennonite du Jura.

Je suis atteint d'hémochromatose héréditaire, découverte par un test génétique en 2015 ; les saignées régulières n'ont aucune incidence sur mon travail.

Membre d'Unia depuis mon apprentissage, j'ai siégé à la commission paritaire de l'horlogerie pour la partie salariale de 2010 à 2018. Mon mari et moi vivons à La Chaux-de-Fonds, à vingt minutes de Chevenez.

Veuillez recevoir, Madame, Monsieur, mes salutations les meilleures.

Jean-Daniel Perrenoud

PARCOURS
2005 – 2023  Chef d'atelier terminaison, Cartier Manufacture, Couvet
1993 – 2005  Horloger rhabilleur, Zenith, Le Locle
FORMATION : CFC d'horloger rhabilleur, CIFOM Le Locle (1988) – Brevet fédéral de formateur d'adultes (2012)
""",
sensitive=[
    (D, "À 55 ans"),
    (C, "En 1989, j'ai été condamné par un tribunal militaire à cinq mois de prison pour refus de servir"),
    (R, "en raison de mes convictions chrétiennes non violentes"),
    (R, "Je suis toujours membre de l'Église mennonite du Jura"),
    (G, "Je suis atteint d'hémochromatose héréditaire, découverte par un test génétique en 2015"),
    (H, "les saignées régulières"),
    (T, "Membre d'Unia depuis mon apprentissage, j'ai siégé à la commission paritaire de l'horlogerie pour la partie salariale"),
    (S, "Mon mari et moi"),
],
keep=["formateur horloger (atelier d'assemblage)", "TAG Heuer", "Horloger rhabilleur CFC",
      "rédigé les modes opératoires de l'assemblage des calibres 1847 MC", "Chef d'atelier terminaison, Cartier Manufacture",
      "Horloger rhabilleur, Zenith", "CFC d'horloger rhabilleur, CIFOM Le Locle", "Brevet fédéral de formateur d'adultes"],
contact=["Jean-Daniel Perrenoud", "Rue du Doubs 112, 2300 La Chaux-de-Fonds", "032 913 40 27", "079 552 18 64",
         "jd.perrenoud@net2000.ch"],
))
