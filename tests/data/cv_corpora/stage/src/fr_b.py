from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
("011", """
Farida Rahimi
Traductrice-interprète dari, pachto, persan > français
Lyon 7e · 06 55 33 81 07 · farida.rahimi.trad@gmail.com

Interprète assermentée près la cour d'appel de Lyon

EXPÉRIENCE
Depuis 2017 - Traductrice et interprète indépendante
 · Traduction de dossiers de demande d'asile (récits de vie, pièces d'état civil) pour l'OFPRA et pour des avocats devant la CNDA - plus de 600 dossiers
 · Interprétariat en audience à la CNDA (Montreuil) et au tribunal administratif de Lyon
 · Interprétariat médical en PMI et en centre médico-psychologique (Orspere-Samdarra)
2014-2017 - Médiatrice interculturelle, Forum réfugiés-Cosi, Villeurbanne

FORMATION
Master traduction spécialisée multilingue, Université Lumière Lyon 2 (2016)
DU interprétariat en milieu médical et social, Université Paris 8

SITUATION
33 ans. Arrivée en France comme réfugiée afghane en 2011, naturalisée française en 2019. Mariée. Musulmane, je ne travaille pas le jour de l'Aïd mais je rattrape volontiers le week-end.

PARCOURS
Un arrêt de six mois en 2020 pour dépression, après une période de traductions très lourdes ; je travaille depuis avec une supervision mensuelle.
""",
 [(D, "33 ans."), (E, "Arrivée en France comme réfugiée afghane en 2011, naturalisée française en 2019"),
  (F, "Mariée."), (R, "Musulmane, je ne travaille pas le jour de l'Aïd"),
  (H, "Un arrêt de six mois en 2020 pour dépression")],
 ["Interprète assermentée près la cour d'appel de Lyon",
  "Traduction de dossiers de demande d'asile (récits de vie, pièces d'état civil) pour l'OFPRA",
  "Interprétariat en audience à la CNDA (Montreuil)",
  "Interprétariat médical en PMI et en centre médico-psychologique (Orspere-Samdarra)",
  "Médiatrice interculturelle, Forum réfugiés-Cosi, Villeurbanne",
  "Master traduction spécialisée multilingue, Université Lumière Lyon 2 (2016)",
  "DU interprétariat en milieu médical et social, Université Paris 8"],
 ["Farida Rahimi", "Lyon 7e", "06 55 33 81 07", "farida.rahimi.trad@gmail.com"]),

("012", """
Audrey Tremblay-Nadeau - kinésiologue et entraîneuse
Québec (Saint-Roch) · 418 555-0194 · audrey@bougeaveca.ca

À propos de moi
J'ai 29 ans, un baccalauréat en kinésiologie et une obsession : que les gens qui détestent le gym y reviennent. Je vis avec ma blonde, Maude, et notre chien.

Expérience
2020 - auj.  Kinésiologue et responsable des cours de groupe, Énergie Cardio, Québec
             - 22 cours par semaine ; programme « Bouger après un cancer » avec le CHU de Québec
             - Cours adaptés pour personnes vivant avec la sclérose en plaques
2017 - 2020  Entraîneuse, YMCA de Québec

Formation
Baccalauréat en kinésiologie, Université Laval · Certification canfitpro PTS · RCR/DEA

Santé et transparence
Je vis avec une endométriose sévère (opérée en 2021) ; un ou deux jours de télétravail par mois me suffisent. Un dépistage génétique au cégep m'a appris que je suis porteuse du gène de la fibrose kystique.

Engagements
Membre de Québec solidaire et bénévole lors des élections de 2022.

Dossier judiciaire
Vol à l'étalage en 2012, à 18 ans ; suspension du casier obtenue en 2019.
""",
 [(D, "J'ai 29 ans"), (S, "ma blonde, Maude"), (H, "Je vis avec une endométriose sévère (opérée en 2021)"),
  (G, "je suis porteuse du gène de la fibrose kystique"),
  (P, "Membre de Québec solidaire et bénévole lors des élections de 2022."),
  (C, "Vol à l'étalage en 2012"), (D, "à 18 ans"), (C, "suspension du casier obtenue en 2019")],
 ["Kinésiologue et responsable des cours de groupe, Énergie Cardio, Québec",
  "programme « Bouger après un cancer » avec le CHU de Québec",
  "Cours adaptés pour personnes vivant avec la sclérose en plaques",
  "Entraîneuse, YMCA de Québec", "Baccalauréat en kinésiologie, Université Laval",
  "Certification canfitpro PTS", "RCR/DEA"],
 ["Audrey Tremblay-Nadeau", "Québec (Saint-Roch)", "418 555-0194", "audrey@bougeaveca.ca"]),

("013", """
CAMILLE ROUSSET
Cheffe de projet événementiel
Paris 11e - 06 55 20 47 19 - camille.rousset@gmail.com - linkedin.com/in/camillerousset

Dix ans d'événements corporate, culturels et privés, de 80 à 15 000 personnes. Rigueur budgétaire, sang-froid en régie, bon carnet de prestataires.

EXPÉRIENCE
Depuis 2019 - Cheffe de projet senior, agence Hopscotch Live, Paris
 · Logistique du congrès confédéral de la CFDT (Lyon, 2022) : 2 000 délégués, accréditations, votes électroniques
 · Production de la soirée de lancement d'un parti pour un client en affaires publiques (prestation, 2021)
 · Mariages religieux et laïques haut de gamme : cérémonies catholiques, juives et hindoues
2015 - 2019 - Chargée de production, Fête de l'Humanité (La Courneuve), pour un prestataire technique : plans d'implantation, sécurité, 500 000 visiteurs
2014 - Assistante régie, Festival d'Avignon

FORMATION
Master management des événements, IAE Paris-Sorbonne
Licence information-communication, Université Sorbonne Nouvelle

COMPÉTENCES
Budget (Excel, Sage), rétroplanning, dossiers de sécurité ERP, Weezevent, anglais C1, espagnol B2

RÉFÉRENCES
Julien Marchetti, directeur de production, Hopscotch Live - 01 55 20 30 40
""",
 [],
 ["Cheffe de projet senior, agence Hopscotch Live, Paris",
  "Logistique du congrès confédéral de la CFDT (Lyon, 2022)",
  "Production de la soirée de lancement d'un parti pour un client en affaires publiques (prestation, 2021)",
  "Mariages religieux et laïques haut de gamme : cérémonies catholiques, juives et hindoues",
  "Chargée de production, Fête de l'Humanité (La Courneuve)",
  "Master management des événements, IAE Paris-Sorbonne", "dossiers de sécurité ERP",
  "Assistante régie, Festival d'Avignon"],
 ["CAMILLE ROUSSET", "Paris 11e", "06 55 20 47 19", "camille.rousset@gmail.com",
  "linkedin.com/in/camillerousset", "Julien Marchetti", "01 55 20 30 40"]),

("014", """
Pape Abdou Fall dit « Papis Fall »
Guitariste, arrangeur, directeur musical
HLM Grand Yoff, Dakar · +221 76 555 20 94 · papisfall.music@gmail.com

Âge : 44 ans · Nationalité : sénégalaise · Marié, père de deux enfants

EXPÉRIENCE
2012 - ce jour : Guitariste soliste et directeur musical, Super Étoile de Dakar (tournées Europe, États-Unis)
2008 - 2012 : Musicien de studio, Studio Xippi (Youssou Ndour) - 150 albums de mbalax et de chants religieux enregistrés sur commande
2005 - 2008 : Orchestre du Just 4 U, Dakar
Arrangements pour les khassaïdes chantés au Grand Théâtre national (commande, 2019)

ENSEIGNEMENT
Professeur de guitare, École nationale des arts de Dakar (vacataire)

FORMATION
Diplôme de l'École nationale des arts, section musique (2004)

MOI EN QUELQUES MOTS
Baye Fall, je porte les njaxas et je fais mon travail comme un adiya. Diabétique de type 2, sous traitement, sans restriction en tournée. En 2010, j'ai été condamné pour outrage à agent lors d'un contrôle routier (amende) ; je le signale pour les visas.
""",
 [(D, "Âge : 44 ans"), (E, "Nationalité : sénégalaise"), (F, "Marié, père de deux enfants"),
  (R, "Baye Fall, je porte les njaxas"), (H, "Diabétique de type 2"),
  (C, "j'ai été condamné pour outrage à agent lors d'un contrôle routier (amende)")],
 ["Guitariste soliste et directeur musical, Super Étoile de Dakar",
  "Musicien de studio, Studio Xippi (Youssou Ndour)", "150 albums de mbalax et de chants religieux enregistrés sur commande",
  "Arrangements pour les khassaïdes chantés au Grand Théâtre national (commande, 2019)",
  "Professeur de guitare, École nationale des arts de Dakar (vacataire)",
  "Diplôme de l'École nationale des arts, section musique (2004)"],
 ["Pape Abdou Fall", "Papis Fall", "HLM Grand Yoff, Dakar", "+221 76 555 20 94", "papisfall.music@gmail.com"]),

("015", """
Élodie Marchal
Journaliste santé et sciences
Montreuil (93100) | 06 55 61 28 44 | elodie.marchal@protonmail.com

EXPÉRIENCE
Depuis 2018 · Journaliste, service Santé, France Info (radio et web)
  - Couverture de l'épidémie de Covid-19 et de la campagne de vaccination
  - Série « Urgences en apnée » sur la fermeture des urgences la nuit (Prix Varenne 2022)
  - Décryptages sur la fin de vie, l'IVG et la PMA pour toutes
2013 - 2018 · Reporter, Le Parisien, édition Seine-Saint-Denis : santé, mal-logement, élections municipales de 2014

FORMATION
École supérieure de journalisme de Lille (ESJ), promotion 2013 · Licence de biologie, Université de Lille

SYNDICAT
Adhérente du SNJ, élue déléguée du personnel à France Info depuis 2021.

PERSONNEL
35 ans. Je vis avec ma compagne à Montreuil et je suis enceinte de cinq mois : congé maternité prévu à partir de mars. Je suis épileptique (crises contrôlées, pas de conduite de nuit). Ancienne militante du Parti socialiste (2008-2012) ; je n'ai plus aucune carte.
""",
 [(U, "Adhérente du SNJ, élue déléguée du personnel à France Info depuis 2021."),
  (D, "35 ans."), (S, "Je vis avec ma compagne"), (F, "je suis enceinte de cinq mois : congé maternité prévu à partir de mars"),
  (H, "Je suis épileptique (crises contrôlées, pas de conduite de nuit)"),
  (P, "Ancienne militante du Parti socialiste (2008-2012)")],
 ["Journaliste, service Santé, France Info (radio et web)",
  "Couverture de l'épidémie de Covid-19 et de la campagne de vaccination",
  "Série « Urgences en apnée » sur la fermeture des urgences la nuit (Prix Varenne 2022)",
  "Décryptages sur la fin de vie, l'IVG et la PMA pour toutes",
  "Reporter, Le Parisien, édition Seine-Saint-Denis : santé, mal-logement, élections municipales de 2014",
  "École supérieure de journalisme de Lille (ESJ), promotion 2013"],
 ["Élodie Marchal", "Montreuil (93100)", "06 55 61 28 44", "elodie.marchal@protonmail.com"]),

("016", """
Léa Vuilleumier
Soprano lyrique
Lausanne (VD) · 078 555 40 12 · lea.vuilleumier@bluewin.ch
Agence : Marc Schaller, Schaller Artists Management, Zurich

Âge scénique : 25-35 ans · Membre du SSRS (Syndicat suisse romand du spectacle)

RÔLES
Sœur Angelica, 'Suor Angelica' (Puccini) - Opéra de Lausanne, 2023
Blanche de la Force, 'Dialogues des carmélites' - Grand Théâtre de Genève, 2022
Susanna, 'Le nozze di Figaro' - Opéra de Fribourg, 2020
Gretel, 'Hänsel und Gretel' - Théâtre du Jorat, 2019

CONCERTS
Requiem de Fauré, soliste - Cathédrale de Lausanne (Festival Bach de Lausanne)
Messe en ut mineur de Mozart - Orchestre de Chambre de Lausanne
Cantates de Bach - Ensemble Vocal de Lausanne, dir. Michel Corboz

FORMATION
Master of Arts en interprétation musicale, HEMU Vaud Valais Fribourg (2018)

NOTES PERSONNELLES
Bouddhiste pratiquante, je médite chaque matin avant les répétitions - cela remplace le café. En 2021, des nodules sur les cordes vocales ont nécessité une opération et trois mois de repos vocal. Née le 2 juin 1993 à Vevey. Je vis avec ma compagne, altiste à l'Orchestre de Chambre de Lausanne, d'où quelques contraintes de calendrier partagées.
""",
 [(D, "Âge scénique : 25-35 ans"), (U, "Membre du SSRS (Syndicat suisse romand du spectacle)"),
  (R, "Bouddhiste pratiquante"),
  (H, "des nodules sur les cordes vocales ont nécessité une opération et trois mois de repos vocal"),
  (D, "Née le 2 juin 1993"), (S, "Je vis avec ma compagne, altiste")],
 ["Sœur Angelica, 'Suor Angelica' (Puccini) - Opéra de Lausanne, 2023",
  "Blanche de la Force, 'Dialogues des carmélites' - Grand Théâtre de Genève, 2022",
  "Requiem de Fauré, soliste - Cathédrale de Lausanne",
  "Messe en ut mineur de Mozart - Orchestre de Chambre de Lausanne",
  "Cantates de Bach - Ensemble Vocal de Lausanne",
  "Master of Arts en interprétation musicale, HEMU Vaud Valais Fribourg (2018)"],
 ["Léa Vuilleumier", "Lausanne (VD)", "078 555 40 12", "lea.vuilleumier@bluewin.ch", "Marc Schaller"]),

("017", """
Jean-Sébastien « J-S » Gagnon
Humoriste, auteur, animateur
Trois-Rivières (Québec) · 819 555-0148 · js@jsgagnon.com · Gérance : Productions Juste pour rire, Karine Ouellet

Je fais rire les gens depuis 2008, et depuis que j'ai 41 ans je fais semblant d'avoir 35.

SCÈNE
Spectacle solo 'Mécréant' (2022-2024), 140 représentations - sur une enfance chez les frères des Écoles chrétiennes
Premières parties de Louis-José Houde (2016-2018)
Gala Juste pour rire, animation (2021)

TÉLÉ / RADIO
Auteur, 'Infoman' (ICI Radio-Canada Télé), saisons 2019-2023 - sketchs sur les élections fédérales et provinciales
Chroniqueur, 'Le retour', 98,5 Montréal

ATELIERS
Ateliers d'écriture humoristique au pénitencier de Donnacona et à l'Établissement Archambault (Service correctionnel Canada), 2017-2022

FORMATION
École nationale de l'humour, diplômé en 2008

CE QUE VOUS TROUVEREZ DE TOUTE FAÇON SUR GOOGLE
- Candidat du Parti québécois dans Trois-Rivières en 2018 (défait). Plus membre d'aucun parti.
- Condamné pour voies de fait en 2009 ; pardon (suspension du casier) obtenu en 2016. Mon ADN est resté dans la banque nationale de données génétiques de la GRC.
- TDAH diagnostiqué à l'âge adulte.
- Divorcé, garde partagée de mes deux filles.
- Membre de l'UDA depuis 2010.
""",
 [(D, "depuis que j'ai 41 ans"), (P, "Candidat du Parti québécois dans Trois-Rivières en 2018 (défait)"),
  (C, "Condamné pour voies de fait en 2009 ; pardon (suspension du casier) obtenu en 2016"),
  (G, "Mon ADN est resté dans la banque nationale de données génétiques de la GRC"),
  (H, "TDAH diagnostiqué à l'âge adulte"), (F, "Divorcé, garde partagée de mes deux filles"),
  (U, "Membre de l'UDA depuis 2010")],
 ["Spectacle solo 'Mécréant' (2022-2024), 140 représentations",
  "sur une enfance chez les frères des Écoles chrétiennes",
  "Auteur, 'Infoman' (ICI Radio-Canada Télé), saisons 2019-2023",
  "sketchs sur les élections fédérales et provinciales",
  "Ateliers d'écriture humoristique au pénitencier de Donnacona et à l'Établissement Archambault",
  "École nationale de l'humour, diplômé en 2008", "Chroniqueur, 'Le retour', 98,5 Montréal"],
 ["Jean-Sébastien « J-S » Gagnon", "Trois-Rivières (Québec)", "819 555-0148", "js@jsgagnon.com",
  "Karine Ouellet"]),

("018", """
Nadia El Amrani
Guide-conférencière - Bruxelles et Malines
Schaerbeek, 1030 Bruxelles · +32 486 55 17 30 · nadia.elamrani.guide@gmail.com

Guide agréée Visit.brussels · Master en histoire (ULB)

VISITES ET MÉDIATION
Depuis 2016 - Guide indépendante pour Arkadia et Visit.brussels
 · Parcours « Bruxelles, capitale des cultes » : Grande Mosquée du Cinquantenaire, Grande Synagogue de Bruxelles, cathédrale Saints-Michel-et-Gudule
 · Visites du Musée juif de Belgique pour groupes scolaires
 · Visites guidées de la Kazerne Dossin (Malines), mémorial de la déportation des Juifs et des Roms de Belgique
 · Balade « Molenbeek, 100 ans d'immigration » pour le Centre bruxellois d'action interculturelle
2012-2016 - Animatrice pédagogique, Musée royal de l'Afrique centrale (Tervuren), pendant sa rénovation sur l'héritage colonial

LANGUES
Français, néerlandais, anglais, arabe marocain, notions d'hébreu

PERSONNEL
Née à Tanger, arrivée en Belgique à 9 ans, naturalisée belge. Musulmane pratiquante, je porte le foulard, y compris pendant les visites de synagogues - ce qui n'a jamais posé problème aux groupes. Mariée, trois enfants. Malentendante de l'oreille gauche : je travaille avec un micro-casque.
""",
 [(E, "Née à Tanger, arrivée en Belgique à 9 ans, naturalisée belge"),
  (R, "Musulmane pratiquante, je porte le foulard"), (F, "Mariée, trois enfants"),
  (H, "Malentendante de l'oreille gauche")],
 ["Guide agréée Visit.brussels", "Master en histoire (ULB)",
  "Parcours « Bruxelles, capitale des cultes » : Grande Mosquée du Cinquantenaire, Grande Synagogue de Bruxelles",
  "Visites du Musée juif de Belgique pour groupes scolaires",
  "Visites guidées de la Kazerne Dossin (Malines), mémorial de la déportation des Juifs et des Roms de Belgique",
  "Balade « Molenbeek, 100 ans d'immigration »",
  "Animatrice pédagogique, Musée royal de l'Afrique centrale (Tervuren)"],
 ["Nadia El Amrani", "Schaerbeek, 1030 Bruxelles", "+32 486 55 17 30", "nadia.elamrani.guide@gmail.com"]),

("019", """
Marc-Antoine Vollant
Réalisateur et monteur - documentaire
Mashteuiatsh / Montréal · 514 555-0133 · mavollant@videotron.ca · vimeo.com/mavollant

Innu de Pessamit · 36 ans · membre de l'AQTIS 514 IATSE (monteurs) depuis 2014

RÉALISATION
2023  'Les pensionnats de Maliotenam' (Wapikoni / ONF), long métrage documentaire - témoignages de survivants des pensionnats autochtones
2021  'Vote autochtone', web-série sur la participation électorale dans les communautés des Premières Nations (Radio-Canada)
2019  'Fierté Nord' - la première marche des fiertés de Sept-Îles (TV5 Unis)

MONTAGE
Monteur, 'Enquête' (Radio-Canada), 2016-2020
Monteur, Wapikoni mobile (ateliers de cinéma en communautés), 2012-2016

FORMATION
Baccalauréat en cinéma, Université de Montréal · Formation montage, INIS

À SAVOIR
Je suis homosexuel, et c'est aussi pour ça que j'ai voulu filmer Sept-Îles. En 2022, un scan 3D complet de mon visage et de mon corps a été réalisé pour un personnage de jeu vidéo d'Ubisoft Montréal ; les données restent chez eux.
""",
 [(E, "Innu de Pessamit"), (D, "36 ans"), (U, "membre de l'AQTIS 514 IATSE (monteurs) depuis 2014"),
  (S, "Je suis homosexuel"),
  (G, "un scan 3D complet de mon visage et de mon corps a été réalisé pour un personnage de jeu vidéo d'Ubisoft Montréal")],
 ["'Les pensionnats de Maliotenam' (Wapikoni / ONF), long métrage documentaire",
  "témoignages de survivants des pensionnats autochtones",
  "'Vote autochtone', web-série sur la participation électorale dans les communautés des Premières Nations",
  "'Fierté Nord' - la première marche des fiertés de Sept-Îles (TV5 Unis)",
  "Monteur, 'Enquête' (Radio-Canada)", "Baccalauréat en cinéma, Université de Montréal",
  "Monteur, Wapikoni mobile"],
 ["Marc-Antoine Vollant", "Mashteuiatsh / Montréal", "514 555-0133", "mavollant@videotron.ca",
  "vimeo.com/mavollant"]),

("020", """
Anne-Sophie Kientz
Violoniste - tuttiste et chambriste
Strasbourg (67000) · 06 55 83 20 71 · askientz.violon@free.fr

ORCHESTRE
Depuis 2008 : violon du rang (2e violons), Orchestre philharmonique de Strasbourg
  · Saisons symphoniques, opéras à l'Opéra national du Rhin, concerts scolaires
  · Passion selon saint Jean et Messie de Haendel chaque année à l'église Saint-Thomas
2004-2008 : supplémentaire, Orchestre symphonique de Mulhouse

MUSIQUE DE CHAMBRE
Quatuor Ill (fondatrice) : intégrale des quatuors de Chostakovitch, 2019

FORMATION
Diplôme national supérieur professionnel de musicien, HEAR Strasbourg · Master de musicologie, Université de Strasbourg

VIE SYNDICALE
Déléguée SNAM-CGT de l'orchestre de 2016 à 2022, j'ai négocié notre accord sur les tournées.

PERSONNEL
Veuve depuis 2020. Protestante (Église protestante de Strasbourg), je joue bénévolement pour ma paroisse une fois par mois. Syndrome du canal carpien opéré des deux côtés en 2017. Ma sœur est atteinte d'une myopathie de Duchenne, et un test génétique a montré que je suis conductrice du gène ; j'en tiens compte dans mes projets.
""",
 [(U, "Déléguée SNAM-CGT de l'orchestre de 2016 à 2022"), (F, "Veuve depuis 2020."),
  (R, "Protestante (Église protestante de Strasbourg), je joue bénévolement pour ma paroisse une fois par mois"),
  (H, "Syndrome du canal carpien opéré des deux côtés en 2017"),
  (G, "Ma sœur est atteinte d'une myopathie de Duchenne"),
  (G, "un test génétique a montré que je suis conductrice du gène")],
 ["violon du rang (2e violons), Orchestre philharmonique de Strasbourg",
  "Passion selon saint Jean et Messie de Haendel chaque année à l'église Saint-Thomas",
  "supplémentaire, Orchestre symphonique de Mulhouse",
  "Quatuor Ill (fondatrice) : intégrale des quatuors de Chostakovitch, 2019",
  "Diplôme national supérieur professionnel de musicien, HEAR Strasbourg",
  "Master de musicologie, Université de Strasbourg"],
 ["Anne-Sophie Kientz", "Strasbourg (67000)", "06 55 83 20 71", "askientz.violon@free.fr"]),
]
