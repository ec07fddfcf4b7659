CVS = [
(21, """
Mebrat TEKLE
Agente hôtelière hospitalière (ASH)
Paris 19e · 07 81 26 54 03 · mebrat.tekle75@gmail.com

Expérience
2021 → aujourd'hui  ASH, Hôpital Robert-Debré (AP-HP), service de néonatologie
                    bionettoyage, circuits du linge, distribution des repas
2019 → 2021         Femme de chambre, Ibis Paris La Villette (sous-traitance STN)
2010 → 2015         Vendeuse au marché Medeber, Asmara

Formation
Formation ASH (AFPA, 2020) · Français A2 → B1 (cours de la Cimade puis du CASNAV) · Gestes et postures

Ma situation
Réfugiée depuis 2018. Mon fils de 10 ans m'a rejointe par la réunification familiale ; le consulat a exigé un test ADN pour prouver que je suis sa mère.
Je suis orthodoxe et je jeûne plus de 180 jours par an, sans conséquence sur mon travail.
Syndiquée CGT depuis la grève des femmes de chambre de l'Ibis en 2019.

Références : Mme Caroline Petit, cadre de santé, Robert-Debré
""",
[("E","Réfugiée depuis 2018."),("F","Mon fils de 10 ans m'a rejointe par la réunification familiale"),
 ("G","le consulat a exigé un test ADN pour prouver que je suis sa mère"),("R","Je suis orthodoxe et je jeûne plus de 180 jours par an"),
 ("T","Syndiquée CGT depuis la grève des femmes de chambre de l'Ibis en 2019.")],
["ASH, Hôpital Robert-Debré (AP-HP), service de néonatologie","bionettoyage, circuits du linge","Femme de chambre, Ibis Paris La Villette","Vendeuse au marché Medeber, Asmara",
 "Formation ASH (AFPA, 2020)","Gestes et postures","cadre de santé, Robert-Debré"],
["Mebrat TEKLE","Paris 19e","07 81 26 54 03","mebrat.tekle75@gmail.com","Mme Caroline Petit"]),

(22, """
Jean-Robert PIERRE-LOUIS
Camionneur classe 1
Laval (QC) H7N — 450 555-0132 — jrpierrelouis@gmail.com

RÉSUMÉ
Chauffeur de camion lourd, 6 ans au Québec, 10 ans en Haïti. Résident permanent depuis 2017, arrivé par parrainage de ma sœur.

EXPÉRIENCE
2019 – présent   Chauffeur classe 1 longue distance, Transport Jacques Auger, Laval
                 Québec–Toronto–Chicago ; dossier sans accident
2017 – 2019      Livreur classe 3, Sysco Québec
2006 – 2016      Chauffeur, Digicel Haïti (camions de pylônes)

PERMIS ET FORMATION
Permis classe 1 (SAAQ, 2019) · DEP Transport par camion, CFTR Saint-Jérôme (2019)
Carte FAST (2021) · Matières dangereuses (TMD)

INFORMATIONS
Membre des Teamsters Québec, section locale 106.
J'ai un dossier pour voies de fait en 2015 à Montréal ; j'ai obtenu la suspension du casier (pardon) en 2022, d'où ma carte FAST.
Je fréquente l'Église baptiste évangélique haïtienne de Laval.
Né le 27/07/1980.
Je porte un appareil pour l'apnée du sommeil (CPAP) depuis 2020, ce qui est suivi pour mon permis.
""",
[("E","Résident permanent depuis 2017, arrivé par parrainage de ma sœur."),("T","Membre des Teamsters Québec, section locale 106."),
 ("C","J'ai un dossier pour voies de fait en 2015 à Montréal"),("C","j'ai obtenu la suspension du casier (pardon) en 2022"),
 ("R","Je fréquente l'Église baptiste évangélique haïtienne de Laval."),("D","Né le 27/07/1980."),
 ("H","Je porte un appareil pour l'apnée du sommeil (CPAP) depuis 2020")],
["Chauffeur classe 1 longue distance, Transport Jacques Auger, Laval","Livreur classe 3, Sysco Québec","Chauffeur, Digicel Haïti","Permis classe 1 (SAAQ, 2019)",
 "DEP Transport par camion, CFTR Saint-Jérôme","Matières dangereuses (TMD)"],
["Jean-Robert PIERRE-LOUIS","Laval (QC) H7N","450 555-0132","jrpierrelouis@gmail.com"]),

(23, """
Lina HAMIDI, ing. jr
Ingénieure en génie électrique — membre junior de l'OIQ (permis restrictif en cours)
Sherbrooke (QC) J1H · 819 555-0174 · lina.hamidi.ing@gmail.com · linkedin.com/in/linahamidi

SOMMAIRE
Sept ans chez Sonelgaz à Alger, deux ans chez Hydro-Sherbrooke. Immigrée au Québec par le PEQ en 2021.

EXPÉRIENCE
Ingénieure junior, Hydro-Sherbrooke — 2022 à aujourd'hui
  · études de protection des postes 25 kV, ETAP
Technicienne en génie électrique, Kruger Énergie — 2021-2022
Ingénieure d'études, Sonelgaz Distribution, Alger — 2013-2020
  · plan de réhabilitation de 40 postes HTA/BT

FORMATION
Ingénieure d'État en électrotechnique, École nationale polytechnique d'Alger (2013)
OIQ : examen sur les connaissances professionnelles réussi (2023)
Test de français : exempté (études en français)

À PROPOS
J'ai milité au RAJ (Rassemblement Actions Jeunesse) pendant le Hirak, avant sa dissolution.
Je ne suis pas croyante ; je l'écris parce qu'on me pose souvent la question à cause de mon prénom.
Ma blonde, Sarah, travaille aussi à Hydro-Sherbrooke.
Mon test de patrimoine génétique (23andMe) a confirmé des origines kabyles et andalouses.
""",
[("E","Immigrée au Québec par le PEQ en 2021."),("P","J'ai milité au RAJ (Rassemblement Actions Jeunesse) pendant le Hirak"),
 ("R","Je ne suis pas croyante"),("X","Ma blonde, Sarah, travaille aussi à Hydro-Sherbrooke."),
 ("G","Mon test de patrimoine génétique (23andMe) a confirmé des origines kabyles et andalouses.")],
["Ingénieure en génie électrique","Ingénieure junior, Hydro-Sherbrooke","études de protection des postes 25 kV, ETAP","Technicienne en génie électrique, Kruger Énergie",
 "Ingénieure d'études, Sonelgaz Distribution, Alger","Ingénieure d'État en électrotechnique, École nationale polytechnique d'Alger","OIQ : examen sur les connaissances professionnelles réussi"],
["Lina HAMIDI","Sherbrooke (QC) J1H","819 555-0174","lina.hamidi.ing@gmail.com","linkedin.com/in/linahamidi"]),

(24, """
Grâce MASSAMBA-NGOMA
Assistante de régulation médicale (ARM) — en formation
69008 Lyon · 06 29 74 55 13 · grace.massamba@yahoo.fr

EXPÉRIENCES
2022 – 2024  Secrétaire médicale, Centre de santé mutualiste de Vénissieux
2019 – 2022  Agente d'accueil, Hospices civils de Lyon — Hôpital Édouard-Herriot
2012 – 2018  Secrétaire, CHU de Brazzaville, service d'hématologie

FORMATION
2024 – 2025  Diplôme d'assistant de régulation médicale, CFARM des HCL
2011         BTS Assistante de direction, Brazzaville (équivalence bac +2)

SITUATION
Originaire de Brazzaville, je suis arrivée en France en 2018 avec un visa étudiant ; carte de séjour pluriannuelle « salarié » aujourd'hui.
Je suis drépanocytaire (SS) et je fais des échanges transfusionnels tous les deux mois à Édouard-Herriot ; je préviens simplement pour ces demi-journées.
Maman solo d'une petite fille de 4 ans.
Adhérente SUD Santé Sociaux depuis 2021.
Je chante à la chorale de l'Église évangélique de Vénissieux.
""",
[("E","Originaire de Brazzaville, je suis arrivée en France en 2018 avec un visa étudiant"),("G","Je suis drépanocytaire (SS)"),
 ("H","je fais des échanges transfusionnels tous les deux mois à Édouard-Herriot"),("F","Maman solo d'une petite fille de 4 ans."),
 ("T","Adhérente SUD Santé Sociaux depuis 2021."),("R","Je chante à la chorale de l'Église évangélique de Vénissieux.")],
["Secrétaire médicale, Centre de santé mutualiste de Vénissieux","Agente d'accueil, Hospices civils de Lyon — Hôpital Édouard-Herriot","Secrétaire, CHU de Brazzaville, service d'hématologie",
 "Diplôme d'assistant de régulation médicale, CFARM des HCL","BTS Assistante de direction, Brazzaville","Assistante de régulation médicale (ARM)"],
["Grâce MASSAMBA-NGOMA","69008 Lyon","06 29 74 55 13","grace.massamba@yahoo.fr"]),

(25, """
José Gregorio RONDÓN PAREDES
Sommelier / chef de rang
Rue des Pâquis 12, 1201 Genève · +41 79 301 58 66 · jose.rondon.vin@gmail.com

Né à Valencia (Venezuela) le 30 août 1983.
Permis B (regroupement familial avec mon époux, citoyen suisse), depuis 2020.

Expérience
2021 – … Chef de rang & sommelier, Hôtel Beau-Rivage, Genève
2020 – 2021 Commis de salle, Brasserie Lipp Genève
2009 – 2018 Maître d'hôtel, restaurant Alto, Caracas

Formation
Certificat de sommelier WSET Level 3 (2022)
Cours de français intensif, Université populaire de Genève (B2)
Técnico Superior en Turismo, Universidad Nueva Esparta (2005)

Parcours
J'étais responsable de quartier pour Vente Venezuela à Caracas et j'ai été arrêté lors des manifestations de 2017 ; j'ai passé trois semaines à la prison de Rodeo I avant d'être libéré sous conditions.
Mon mari et moi nous sommes rencontrés à Caracas quand il travaillait pour le CICR.

Loisirs : cuisine, trail au Salève.
""",
[("D","Né à Valencia (Venezuela) le 30 août 1983."),("E","Permis B (regroupement familial"),("X","avec mon époux, citoyen suisse), depuis 2020."),
 ("P","J'étais responsable de quartier pour Vente Venezuela à Caracas"),("C","j'ai passé trois semaines à la prison de Rodeo I avant d'être libéré sous conditions")],
["Sommelier / chef de rang","Chef de rang & sommelier, Hôtel Beau-Rivage, Genève","Commis de salle, Brasserie Lipp Genève","Maître d'hôtel, restaurant Alto, Caracas",
 "Certificat de sommelier WSET Level 3","Técnico Superior en Turismo, Universidad Nueva Esparta"],
["José Gregorio RONDÓN PAREDES","Rue des Pâquis 12, 1201 Genève","+41 79 301 58 66","jose.rondon.vin@gmail.com"]),

(26, """
Shalini PERERA
Chargée de clientèle bilingue (anglais-français)
94200 Ivry-sur-Seine · 06 95 11 37 84 · shalini.perera@outlook.fr

EXPÉRIENCE
2021 – … Chargée de clientèle, Air France (centre de relation client, Roissy), CDI
2018 – 2021 Hôtesse d'accueil, Hôtel Pullman Paris Tour Eiffel
2012 – 2017 Agent de réservation, SriLankan Airlines, Colombo

FORMATION
BA in English, University of Kelaniya (2011) — attestation ENIC-NARIC : niveau licence
DELF B2 (2019) · TOEIC 960

PERSONNEL
Cinghalaise, arrivée en France en 2017 pour rejoindre mon mari.
Deux enfants (5 et 9 ans).
Je suis bouddhiste et je participe au Vesak à la pagode de Vincennes.
En 2023 j'ai été opérée d'une tumeur de la thyroïde ; je prends du Lévothyrox chaque matin.
Un test génétique fait à la suite de ce cancer n'a retrouvé aucune mutation RET.
""",
[("E","Cinghalaise, arrivée en France en 2017 pour rejoindre mon mari."),("F","Deux enfants (5 et 9 ans)."),
 ("R","Je suis bouddhiste et je participe au Vesak à la pagode de Vincennes."),("H","En 2023 j'ai été opérée d'une tumeur de la thyroïde ; je prends du Lévothyrox chaque matin."),
 ("G","Un test génétique fait à la suite de ce cancer n'a retrouvé aucune mutation RET.")],
["Chargée de clientèle, Air France (centre de relation client, Roissy)","Hôtesse d'accueil, Hôtel Pullman Paris Tour Eiffel","Agent de réservation, SriLankan Airlines, Colombo",
 "BA in English, University of Kelaniya","DELF B2 (2019)","TOEIC 960"],
["Shalini PERERA","94200 Ivry-sur-Seine","06 95 11 37 84","shalini.perera@outlook.fr"]),

(27, """
Curriculum vitae

Samia TOURÉ
Marseille 14e — 07 62 18 90 41 — samia.toure13@gmail.com

Objectif : employée libre-service ou hôtesse de caisse, temps plein

Expériences
Depuis 2023  Hôtesse de caisse, Carrefour Market Le Merlan (contrat aidé, SIAE Marseille Solidarité)
2022 – 2023  Agente de tri, Emmaüs Pointe-Rouge (chantier d'insertion)
2016 – 2018  Opératrice de saisie, IPSOS, Marseille
2014 – 2019  Travail en cuisine aux Baumettes (centre pénitentiaire), auxiliaire cuisine

Formation
Titre professionnel Employé commercial (2023)
CléA – socle de connaissances et de compétences (2022)

À savoir
J'ai été incarcérée aux Baumettes de 2019 à 2021 pour trafic de stupéfiants.
Sortie avec un bracelet électronique, fin de peine en 2022.
Je suis sous traitement de substitution (Subutex) et suivie au CSAPA Danielle Casanova.
33 ans.
Ma copine et moi vivons ensemble depuis ma sortie.
J'ai fait campagne avec l'Observatoire international des prisons sur les conditions aux Baumettes.
""",
[("C","J'ai été incarcérée aux Baumettes de 2019 à 2021 pour trafic de stupéfiants."),("C","Sortie avec un bracelet électronique, fin de peine en 2022."),
 ("H","Je suis sous traitement de substitution (Subutex) et suivie au CSAPA Danielle Casanova."),("D","33 ans."),
 ("X","Ma copine et moi vivons ensemble depuis ma sortie."),("P","J'ai fait campagne avec l'Observatoire international des prisons sur les conditions aux Baumettes.")],
["Hôtesse de caisse, Carrefour Market Le Merlan","Agente de tri, Emmaüs Pointe-Rouge (chantier d'insertion)","Opératrice de saisie, IPSOS, Marseille",
 "Titre professionnel Employé commercial","CléA – socle de connaissances et de compétences"],
["Samia TOURÉ","Marseille 14e","07 62 18 90 41","samia.toure13@gmail.com"]),

(28, """
Pascal CHARRIÈRE
Route de la Glâne 88, 1700 Fribourg
026 424 81 05 · 079 612 44 70 · p.charriere@netplus.ch

Employé de commerce CFC — reprise après une année AI

Données personnelles
Né le 22.01.1971 · Marié, trois enfants (11, 14 et 19 ans)

Ce que je cherche
Un poste d'employé administratif à 60-80 %, dans le cadre de mes mesures de réadaptation de l'AI (Office AI du canton de Fribourg).

Expérience
2001 – 2022  Gestionnaire des sinistres, La Mobilière, agence générale de Fribourg
1996 – 2001  Employé de commerce, Groupe E, Granges-Paccot
2023 – 2024  Stage de réentraînement au travail, Fondation Saint-Louis, Fribourg

Formation
CFC d'employé de commerce (1990) · Brevet fédéral d'assurance (1999)

Santé
Après une dépression sévère et six semaines à l'hôpital de Marsens en 2022, je suis suivi par un psychiatre et je reprends progressivement.

Engagements
Membre de Syndicom puis de Syna pendant 20 ans.
Conseiller général PS à Villars-sur-Glâne de 2011 à 2021.
""",
[("D","Né le 22.01.1971"),("F","Marié, trois enfants (11, 14 et 19 ans)"),("H","dans le cadre de mes mesures de réadaptation de l'AI"),
 ("H","Après une dépression sévère et six semaines à l'hôpital de Marsens en 2022, je suis suivi par un psychiatre"),
 ("T","Membre de Syndicom puis de Syna pendant 20 ans."),("P","Conseiller général PS à Villars-sur-Glâne de 2011 à 2021.")],
["Employé de commerce CFC","Gestionnaire des sinistres, La Mobilière, agence générale de Fribourg","Employé de commerce, Groupe E, Granges-Paccot",
 "Stage de réentraînement au travail, Fondation Saint-Louis, Fribourg","Brevet fédéral d'assurance"],
["Pascal CHARRIÈRE","Route de la Glâne 88, 1700 Fribourg","026 424 81 05","079 612 44 70","p.charriere@netplus.ch"]),

(29, """
Abdelaziz OSMAN HAMID
Mécanicien poids lourds
Boulevard Émile Jacqmain 90, 1000 Bruxelles · 0465 33 72 81 · abdelaziz.osman.meca@gmail.com

Expérience
2022 – …  Mécanicien (contrat article 60 puis CDI), De Lijn, dépôt de Haren
2019 – 2021  Bénévole à la plateforme citoyenne BXLRefugees, atelier vélo du Parc Maximilien
2008 – 2018  Mécanicien poids lourds, DAL Group, Khartoum Nord

Formation
Diplôme technique en mécanique automobile, Khartoum (2007) — équivalence CESS technique (2021)
Formation Bruxelles Formation « Mécanicien poids lourds » (2021)
Néerlandais A2, français B1

Informations
Réfugié reconnu depuis 2021 (statut de réfugié, CGRA).
J'ai été arrêté par le NISS en 2013 et emprisonné quatre mois à Kober pour avoir participé aux manifestations contre la hausse du carburant ; on m'a torturé.
En Belgique j'ai donné mes empreintes au Petit-Château à l'enregistrement.
Musulman pratiquant.
""",
[("E","Réfugié reconnu depuis 2021 (statut de réfugié, CGRA)."),("C","J'ai été arrêté par le NISS en 2013 et emprisonné quatre mois à Kober"),
 ("P","pour avoir participé aux manifestations contre la hausse du carburant"),("H","on m'a torturé"),
 ("G","En Belgique j'ai donné mes empreintes au Petit-Château à l'enregistrement."),("R","Musulman pratiquant.")],
["Mécanicien (contrat article 60 puis CDI), De Lijn, dépôt de Haren","Bénévole à la plateforme citoyenne BXLRefugees, atelier vélo du Parc Maximilien",
 "Mécanicien poids lourds, DAL Group, Khartoum Nord","Diplôme technique en mécanique automobile, Khartoum","Formation Bruxelles Formation « Mécanicien poids lourds »"],
["Abdelaziz OSMAN HAMID","Boulevard Émile Jacqmain 90, 1000 Bruxelles","0465 33 72 81","abdelaziz.osman.meca@gmail.com"]),

(30, """
NGUYỄN Thị Lan
Technicienne en pharmacie — Montréal
Côte-des-Neiges (QC) H3S · 514 555-0185 · lan.nguyen.tp@gmail.com

Profil
Pharmacienne formée à Hô-Chi-Minh-Ville, technicienne au Québec en attendant le parcours de l'OPQ. Au Canada depuis 2018 comme étudiante internationale, puis résidente permanente (2022).

Expérience
2020 – présent Assistante technique en pharmacie, Jean Coutu, chemin de la Côte-des-Neiges
2012 – 2017 Pharmacienne, Hôpital Chợ Rẫy, Hô-Chi-Minh-Ville

Formation
DEP Assistance technique en pharmacie, CFP Calixa-Lavallée (2020)
Bachelor of Pharmacy, Université de médecine et pharmacie d'Hô-Chi-Minh-Ville (2012)
OPQ : évaluation de l'équivalence — formation d'appoint prescrite (2024)

Personnel
Catholique, je vais à la messe vietnamienne de la paroisse Saint-Viateur.
Je vis avec ma conjointe, Mai, et sa fille de 7 ans.
Porteuse d'une mutation du gène HFE (hémochromatose), dépistée après le diagnostic de mon père.
""",
[("E","Au Canada depuis 2018 comme étudiante internationale, puis résidente permanente (2022)."),("R","Catholique, je vais à la messe vietnamienne de la paroisse Saint-Viateur."),
 ("X","Je vis avec ma conjointe, Mai,"),("F","et sa fille de 7 ans"),("G","Porteuse d'une mutation du gène HFE (hémochromatose), dépistée après le diagnostic de mon père.")],
["Technicienne en pharmacie","Assistante technique en pharmacie, Jean Coutu, chemin de la Côte-des-Neiges","Pharmacienne, Hôpital Chợ Rẫy, Hô-Chi-Minh-Ville",
 "DEP Assistance technique en pharmacie, CFP Calixa-Lavallée","Bachelor of Pharmacy, Université de médecine et pharmacie d'Hô-Chi-Minh-Ville","OPQ : évaluation de l'équivalence"],
["NGUYỄN Thị Lan","Côte-des-Neiges (QC) H3S","514 555-0185","lan.nguyen.tp@gmail.com"]),

(31, """
Tetiana KRAVCHENKO
Rue des Tanneurs 17, 7500 Tournai
0493 62 10 58 — tetiana.kravchenko.be@gmail.com

Infirmière (équivalence en cours) — aide-soignante en attendant

Informations
Née le 05/09/1974 à Kharkiv
Protection temporaire (carte A) depuis avril 2022

Expérience
2023 – …   Aide-soignante, CHwapi, site Union, Tournai (gériatrie)
1996 – 2022 Infirmière puis infirmière-chef, Hôpital régional clinique de Kharkiv, chirurgie cardiaque
2014 – 2015 Infirmière volontaire, hôpital militaire mobile, Donbass

Formation
Diplôme d'infirmière, Collège médical de Kharkiv (1996) — dossier d'équivalence déposé au SPF Santé publique
Français B1 (Forem, 2023)

Syndicat
Membre du syndicat des travailleurs de la santé d'Ukraine pendant 25 ans ; affiliée à la CGSP en Belgique.

Autres
En 2014 j'ai fait campagne pour le parti Samopomitch à Kharkiv.
Depuis le bombardement de notre immeuble, j'ai une perte d'audition de l'oreille droite (appareil auditif).
Mes empreintes sont enregistrées pour ma carte A biométrique.
""",
[("D","Née le 05/09/1974"),("E","Protection temporaire (carte A) depuis avril 2022"),
 ("T","Membre du syndicat des travailleurs de la santé d'Ukraine pendant 25 ans ; affiliée à la CGSP en Belgique."),
 ("P","En 2014 j'ai fait campagne pour le parti Samopomitch à Kharkiv."),("H","j'ai une perte d'audition de l'oreille droite (appareil auditif)"),
 ("G","Mes empreintes sont enregistrées pour ma carte A biométrique.")],
["Aide-soignante, CHwapi, site Union, Tournai (gériatrie)","Infirmière puis infirmière-chef, Hôpital régional clinique de Kharkiv, chirurgie cardiaque",
 "Infirmière volontaire, hôpital militaire mobile, Donbass","Diplôme d'infirmière, Collège médical de Kharkiv","Français B1 (Forem, 2023)"],
["Tetiana KRAVCHENKO","Rue des Tanneurs 17, 7500 Tournai","0493 62 10 58","tetiana.kravchenko.be@gmail.com"]),

(32, """
Fadi ISSA — Conducteur receveur (bus)
67100 Strasbourg · 06 37 84 25 19 · fadi.issa.cts@gmail.com

Parcours pro
• depuis 2022 — Conducteur receveur, CTS (Compagnie des transports strasbourgeois), ligne 14
• 2020-2022 — Chauffeur-livreur, Chronopost, Entzheim
• 2007-2015 — Chauffeur de bus interurbain, Karnak, Damas–Alep

Diplômes
Titre professionnel Conducteur du transport routier interurbain de voyageurs (2021) · FIMO voyageurs · Permis D
Français : B1 (2019), cours à la CIMADE Strasbourg

En quelques lignes
Arrivé en 2016 par la Grèce ; réfugié depuis 2018.
J'ai été condamné en 2019 à Strasbourg pour conduite sans permis français (amende) — j'ai depuis passé tous mes permis ici.
Je vis avec mon compagnon, Lucas, à Neudorf.
Élu suppléant FO au CSE de la CTS depuis 2024.
Sympathisant du Parti socialiste, je tracte parfois à la Krutenau.
""",
[("E","Arrivé en 2016 par la Grèce ; réfugié depuis 2018."),("C","J'ai été condamné en 2019 à Strasbourg pour conduite sans permis français (amende)"),
 ("X","Je vis avec mon compagnon, Lucas, à Neudorf."),("T","Élu suppléant FO au CSE de la CTS depuis 2024."),("P","Sympathisant du Parti socialiste, je tracte parfois à la Krutenau.")],
["Conducteur receveur, CTS (Compagnie des transports strasbourgeois)","Chauffeur-livreur, Chronopost, Entzheim","Chauffeur de bus interurbain, Karnak, Damas–Alep",
 "Titre professionnel Conducteur du transport routier interurbain de voyageurs","FIMO voyageurs","Permis D"],
["Fadi ISSA","67100 Strasbourg","06 37 84 25 19","fadi.issa.cts@gmail.com"]),

(33, """
Christian KABASELE NTUMBA
Intervenant en santé mentale (en démarche vers l'Ordre des travailleurs sociaux)
Gatineau (QC) J8Y · 819 555-0149 · c.kabasele@protonmail.com

Parcours
2022 – aujourd'hui  Intervenant communautaire, Centre d'intervention en abus sexuels pour la famille (CIASF), Gatineau
2020 – 2022         Préposé en santé mentale, CISSS de l'Outaouais
2011 – 2018         Psychologue clinicien, Centre neuropsychiatrique de Kinshasa
                    prise en charge d'enfants-soldats démobilisés

Formation
Licence en psychologie clinique, Université de Kinshasa (2010) — évaluation comparative MIFI : baccalauréat
Certificat en santé mentale, Université du Québec en Outaouais (2022)

Informations
Réfugié accepté par la CISR en 2020, résident permanent depuis 2022.
J'étais sympathisant de l'opposition (Ensemble pour la République) à Kinshasa.
Membre de l'APTS depuis mon poste au CISSS.
Je vis avec un trouble de stress post-traumatique, suivi et stable.
Je suis gai et mon conjoint, Étienne, est infirmier.
""",
[("E","Réfugié accepté par la CISR en 2020, résident permanent depuis 2022."),("P","J'étais sympathisant de l'opposition (Ensemble pour la République) à Kinshasa."),
 ("T","Membre de l'APTS depuis mon poste au CISSS."),("H","Je vis avec un trouble de stress post-traumatique, suivi et stable."),
 ("X","Je suis gai et mon conjoint, Étienne, est infirmier.")],
["Intervenant communautaire, Centre d'intervention en abus sexuels pour la famille (CIASF), Gatineau","Préposé en santé mentale, CISSS de l'Outaouais",
 "Psychologue clinicien, Centre neuropsychiatrique de Kinshasa","prise en charge d'enfants-soldats démobilisés","Licence en psychologie clinique, Université de Kinshasa",
 "Certificat en santé mentale, Université du Québec en Outaouais"],
["Christian KABASELE NTUMBA","Gatineau (QC) J8Y","819 555-0149","c.kabasele@protonmail.com"]),

(34, """
Roseline ÉTIENNE
Coiffeuse — barbière
93200 Saint-Denis · 07 58 03 61 29 · roseline.etienne.coiffure@gmail.com

Mon métier
Coiffure afro, tresses, locks, défrisage, barbe. Douze ans de métier entre Port-au-Prince et Saint-Denis.

Expériences
2020 – …  Coiffeuse, salon Afro Beauty Basilique, Saint-Denis
2017 – 2020  Coiffeuse à domicile (auto-entrepreneuse)
2008 – 2016  Gérante, salon Bèl Cheve, Pétion-Ville

Diplômes
CAP Métiers de la coiffure (2019, candidate libre)
Brevet professionnel coiffure — en cours (CFA de la Coiffure, Paris)

Personnel
Haïtienne, titre de séjour « vie privée et familiale » depuis 2019.
Ma compagne, Nadège, tient le salon avec moi.
J'ai une condamnation de 2018 pour travail dissimulé quand je coiffais sans papiers.
Je suis protestante et je vais à l'église le dimanche matin.
Une prise de sang a montré que j'ai le trait drépanocytaire (AS).
""",
[("E","Haïtienne, titre de séjour « vie privée et familiale » depuis 2019."),("X","Ma compagne, Nadège, tient le salon avec moi."),
 ("C","J'ai une condamnation de 2018 pour travail dissimulé quand je coiffais sans papiers."),("R","Je suis protestante et je vais à l'église le dimanche matin."),
 ("G","j'ai le trait drépanocytaire (AS)")],
["Coiffure afro, tresses, locks, défrisage, barbe","Coiffeuse, salon Afro Beauty Basilique, Saint-Denis","Coiffeuse à domicile (auto-entrepreneuse)","Gérante, salon Bèl Cheve, Pétion-Ville",
 "CAP Métiers de la coiffure","Brevet professionnel coiffure"],
["Roseline ÉTIENNE","93200 Saint-Denis","07 58 03 61 29","roseline.etienne.coiffure@gmail.com"]),

(35, """
Céline MOSER
Développeuse front-end junior — ex-infirmière
1205 Genève · 078 225 90 64 · celine.moser.dev@gmail.com · github.com/celinemoser

POURQUOI LA RECONVERSION
Infirmière aux HUG pendant 11 ans, j'ai dû arrêter les soins en 2022 à cause d'une sclérose en plaques (traitement par perfusion tous les six mois). Le code se fait assise, et je l'adore.

EXPÉRIENCE
2023 – … Développeuse front-end (stage puis CDD), Swissquote, Gland
   – composants React pour l'application de trading, tests Cypress
2011 – 2022 Infirmière, HUG — soins intensifs adultes
   – référente du dossier patient informatisé (DPI) pour l'unité

FORMATION
2023 Bootcamp Développement Web, Le Wagon Genève
2011 Bachelor en soins infirmiers, HEdS Genève

PROJETS
« Planif'Soins » : outil de planification des rotations infirmières (Vue.js), utilisé par 2 unités

PERSONNEL
J'ai 37 ans.
Mon test génétique (HLA-DRB1*15:01) a été fait dans une étude des HUG sur la SEP.
Mariée à Laura depuis 2021.
Membre des Vert-e-s genevois.
""",
[("H","à cause d'une sclérose en plaques (traitement par perfusion tous les six mois)"),("D","J'ai 37 ans."),
 ("G","Mon test génétique (HLA-DRB1*15:01) a été fait dans une étude des HUG sur la SEP."),("X","Mariée à Laura depuis 2021."),("P","Membre des Vert-e-s genevois.")],
["Développeuse front-end (stage puis CDD), Swissquote, Gland","composants React pour l'application de trading, tests Cypress","Infirmière, HUG — soins intensifs adultes",
 "Bootcamp Développement Web, Le Wagon Genève","Bachelor en soins infirmiers, HEdS Genève","« Planif'Soins » : outil de planification des rotations infirmières (Vue.js)"],
["Céline MOSER","1205 Genève","078 225 90 64","celine.moser.dev@gmail.com","github.com/celinemoser"]),

(36, """
CV — Espace Insertion, Mission Locale de Grenoble

NOM : CHERGUI
Prénom : Yacine
Adresse : Foyer Adoma, 5 rue Abbé-Grégoire, 38000 Grenoble
Tél : 07 55 90 14 62
Âge : 26 ans

MÉTIER RECHERCHÉ : Électricien du bâtiment

EXPÉRIENCE
2023-2024 : Aide-électricien, Eiffage Énergie Systèmes (mission intérim Proman)
2021 : Manutentionnaire, marché d'intérêt national de Grenoble
2016-2019 : Apprenti électricien, entreprise Bouchareb, Oran

FORMATION
2024 Titre professionnel Électricien d'équipement du bâtiment (AFPA Pont-de-Claix)
2018 CAP algérien en électricité (niveau 3 reconnu)
Habilitations B1V, BR

SITUATION
Né en Algérie, arrivé en France en 2019 ; titre de séjour « salarié » obtenu en 2023 après régularisation.
De 2020 à 2021, j'ai passé quatre mois à la maison d'arrêt de Varces pour recel ; peine effectuée.
Ancien adhérent CGT intérim.
Suivi pour épilepsie, pas de crise depuis 2021, permis B en attente d'avis médical.
""",
[("D","Âge : 26 ans"),("E","Né en Algérie, arrivé en France en 2019 ; titre de séjour « salarié » obtenu en 2023 après régularisation."),
 ("C","j'ai passé quatre mois à la maison d'arrêt de Varces pour recel"),("T","Ancien adhérent CGT intérim."),
 ("H","Suivi pour épilepsie, pas de crise depuis 2021")],
["Électricien du bâtiment","Aide-électricien, Eiffage Énergie Systèmes","Manutentionnaire, marché d'intérêt national de Grenoble","Apprenti électricien, entreprise Bouchareb, Oran",
 "Titre professionnel Électricien d'équipement du bâtiment","Habilitations B1V, BR"],
["CHERGUI","Yacine","Foyer Adoma, 5 rue Abbé-Grégoire, 38000 Grenoble","07 55 90 14 62"]),

(37, """
Curriculum vitae

Nom : Ahmad Shah SAFI
Adresse : Chaussée de Gand 215, 1080 Molenbeek-Saint-Jean
GSM : 0466 18 32 70
E-mail : ahmadshah.safi@gmail.com

Fonction recherchée : Boucher / découpeur

Expérience
2021 – …  Boucher, Boucherie halal Al-Baraka, Molenbeek
          découpe de carcasses d'agneau et de bœuf, préparation des commandes de l'Aïd
2019 – 2021 Commis, abattoir d'Anderlecht (Abatan)
2010 – 2016 Boucher, échoppe familiale, Jalalabad

Formation
Formation Boucher-charcutier, EFP Bruxelles (2020)
Certificat AFSCA hygiène alimentaire

Informations personnelles
Pachtoune, arrivé en Belgique en 2016 ; statut de protection subsidiaire.
Je suis sunnite et je demande une pause pour la prière du vendredi.
Dans la province de Nangarhar, j'ai travaillé pour le parti de l'ancien président Ghani pendant l'élection de 2014.
Une condamnation en 2018 pour séjour illégal et travail au noir, avant ma régularisation.
Marié, deux enfants (2 et 5 ans).
""",
[("E","Pachtoune, arrivé en Belgique en 2016 ; statut de protection subsidiaire."),("R","Je suis sunnite et je demande une pause pour la prière du vendredi."),
 ("P","j'ai travaillé pour le parti de l'ancien président Ghani pendant l'élection de 2014"),("C","Une condamnation en 2018 pour séjour illégal et travail au noir"),
 ("F","Marié, deux enfants (2 et 5 ans).")],
["Boucher / découpeur","Boucher, Boucherie halal Al-Baraka, Molenbeek","découpe de carcasses d'agneau et de bœuf, préparation des commandes de l'Aïd","Commis, abattoir d'Anderlecht (Abatan)",
 "Boucher, échoppe familiale, Jalalabad","Formation Boucher-charcutier, EFP Bruxelles","Certificat AFSCA hygiène alimentaire"],
["Ahmad Shah SAFI","Chaussée de Gand 215, 1080 Molenbeek-Saint-Jean","0466 18 32 70","ahmadshah.safi@gmail.com"]),

(38, """
Filmon ASMEROM
Opérateur de production alimentaire
Saint-Hyacinthe (QC) J2S · 450 555-0107 · filmon.asmerom@gmail.com

EXPÉRIENCE
2021 – présent  Opérateur de ligne, Olymel (usine de découpe), Saint-Hyacinthe
                 désossage, contrôle qualité, formation de 6 nouveaux employés
2019 – 2021     Journalier agricole, Ferme Gadbois, Saint-Rémi
2010 – 2016     Technicien en électronique, EriTel, Asmara

FORMATION
Diplôme en électronique, Institut technique de Mai Nefhi (2009)
Francisation, Cégep de Saint-Hyacinthe (niveau 7)

AUTRES
Arrivé par le programme de parrainage collectif en 2019 après trois ans au camp de Shimelba en Éthiopie ; là-bas, le HCR a enregistré mon iris et mes empreintes.
Délégué syndical des TUAC, section locale 1991-P, à l'usine.
En Érythrée, j'ai fait un an de prison militaire pour désertion.
Je suis gai — c'est une autre raison pour laquelle je ne peux pas rentrer.
""",
[("E","Arrivé par le programme de parrainage collectif en 2019 après trois ans au camp de Shimelba en Éthiopie"),
 ("G","le HCR a enregistré mon iris et mes empreintes"),("T","Délégué syndical des TUAC, section locale 1991-P, à l'usine."),
 ("C","j'ai fait un an de prison militaire pour désertion"),("X","Je suis gai")],
["Opérateur de production alimentaire","Opérateur de ligne, Olymel (usine de découpe), Saint-Hyacinthe","Journalier agricole, Ferme Gadbois, Saint-Rémi","Technicien en électronique, EriTel, Asmara",
 "Diplôme en électronique, Institut technique de Mai Nefhi","Francisation, Cégep de Saint-Hyacinthe (niveau 7)"],
["Filmon ASMEROM","Saint-Hyacinthe (QC) J2S","450 555-0107","filmon.asmerom@gmail.com"]),

(39, """
Dr Bassel HAMWI
Médecin — assistant en médecine interne (reconnaissance MEBEKO en cours)
Avenue de Morges 60, 1004 Lausanne · 078 940 27 61 · bassel.hamwi.md@gmail.com

Parcours médical
2023 – …    Médecin assistant (stage d'observation puis poste), Hôpital de Morges, EHC
2021 – 2023 Aide-infirmier, EMS La Rozavère, Lausanne
2010 – 2015 Médecin interniste, Hôpital Al-Mouwasat, Damas
2015 – 2019 Médecin bénévole, dispensaires du camp de Zaatari (Jordanie)

Formation
Doctorat en médecine, Université de Damas (2009)
Examen fédéral de médecine humaine — partie écrite réussie (2023)
Français C1 (DALF), allemand B1

Statut et parcours
Réfugié, permis B depuis 2020.
En 2012 j'ai soigné des manifestants blessés dans un hôpital clandestin ; arrêté, j'ai été détenu onze mois à la prison de Saydnaya.
J'étais membre du Syndicat des médecins libres, réseau d'opposition.
Je suis membre de l'ASMAC depuis mon poste à Morges.
Mes empreintes et mon ADN ont été prélevés par la police vaudoise lors d'une enquête d'identification en 2020, sans suite.
""",
[("E","Réfugié, permis B depuis 2020."),("C","arrêté, j'ai été détenu onze mois à la prison de Saydnaya"),
 ("P","J'étais membre du Syndicat des médecins libres, réseau d'opposition."),("T","Je suis membre de l'ASMAC depuis mon poste à Morges."),
 ("G","Mes empreintes et mon ADN ont été prélevés par la police vaudoise lors d'une enquête d'identification en 2020")],
["Médecin assistant (stage d'observation puis poste), Hôpital de Morges, EHC","Aide-infirmier, EMS La Rozavère, Lausanne","Médecin interniste, Hôpital Al-Mouwasat, Damas",
 "Médecin bénévole, dispensaires du camp de Zaatari","Doctorat en médecine, Université de Damas","Examen fédéral de médecine humaine — partie écrite réussie","Français C1 (DALF)"],
["Dr Bassel HAMWI","Avenue de Morges 60, 1004 Lausanne","078 940 27 61","bassel.hamwi.md@gmail.com"]),

(40, """
Leïla MANSOURI-DUVAL
Interprète-traductrice arabe / français — reconversion d'enseignante
69100 Villeurbanne — 06 84 57 20 93 — leila.mansouri.trad@gmail.com

Pourquoi je change
Professeure des écoles pendant quinze ans, j'interprète aujourd'hui en milieu social et médical. C'est une reconversion choisie.

Expériences
2021 – …  Interprète en milieu social, ISM Interprétariat (consultations hospitalières, entretiens OFPRA, CADA)
2022 – …  Traductrice assermentée arabe-français près la cour d'appel de Lyon
2006 – 2021  Professeure des écoles, Éducation nationale, Vaulx-en-Velin
          représentante SNUipp-FSU au conseil d'école et en commission paritaire

Formation
DU Interprétariat en milieu social et médical, Université Lyon 2 (2021)
CRPE (2006), Licence de lettres modernes (2005)

Ce que je dois dire
J'ai un casier pour outrage à agent lors d'une manifestation contre la réforme des retraites en 2019 (amende) ; je milite toujours à Attac.
Je vis avec ma femme, Claire, et nous élevons nos jumelles de 6 ans.
Ma mère est porteuse d'une mutation BRCA1 : j'ai fait le test, négatif.
""",
[("T","représentante SNUipp-FSU au conseil d'école et en commission paritaire"),("C","J'ai un casier pour outrage à agent"),
 ("P","lors d'une manifestation contre la réforme des retraites en 2019 (amende) ; je milite toujours à Attac."),
 ("X","Je vis avec ma femme, Claire,"),("F","nous élevons nos jumelles de 6 ans"),("G","Ma mère est porteuse d'une mutation BRCA1 : j'ai fait le test, négatif.")],
["Interprète-traductrice arabe / français","Interprète en milieu social, ISM Interprétariat (consultations hospitalières, entretiens OFPRA, CADA)",
 "Traductrice assermentée arabe-français près la cour d'appel de Lyon","Professeure des écoles, Éducation nationale, Vaulx-en-Velin","DU Interprétariat en milieu social et médical, Université Lyon 2",
 "CRPE (2006), Licence de lettres modernes (2005)"],
["Leïla MANSOURI-DUVAL","69100 Villeurbanne","06 84 57 20 93","leila.mansouri.trad@gmail.com"]),
]
