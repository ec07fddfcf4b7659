CVS = [
# 021 Le Monde chroniqueur religions
"""{{C|Benoît Sauvageot}}
Journaliste — rubrique Religions · carte de presse n° {{C|98 316}}
{{C|14 rue Monge, 75005 Paris}} · {{C|benoit.sauvageot@orange.fr}} · {{C|06 09 44 71 62}}

EXPÉRIENCE
2012 – aujourd'hui  {{K|Journaliste spécialiste des religions, Le Monde}}
  · {{K|Couverture du rapport de la CIASE sur les abus sexuels dans l'Église (2021)}}
  · {{K|Enquête sur le financement des mosquées en France}}
  · Suivi de la loi « séparatisme » de 2021
2004 – 2012  {{K|Journaliste, La Croix}}

FORMATION
CFJ Paris (2004) ; licence de théologie, Institut catholique de Paris

PUBLICATION
{{K|« Le Dernier Conclave » (Seuil, 2019)}}

À TITRE PERSONNEL
{{rel|Catholique pratiquant, paroissien de Saint-Séverin}}. {{sex|Marié à Olivier depuis 2014}}, ce qui m'a valu quelques lettres intéressantes. {{tu|Élu SNJ au CSE du Monde de 2016 à 2022}}. {{age|Né le 2 juin 1978}}.""",

# 022 productrice documentaire Arte
"""{{C|Samia Bouchareb}}
Productrice et réalisatrice de documentaires
{{C|Marseille (13003)}} · {{C|samia@filmsdelatraverse.fr}} · {{C|06 31 78 04 52}}

FILMOGRAPHIE (productrice)
2023 · {{K|« Lampedusa, la nuit » — 90 min, ARTE}}
2021 · {{K|« Les Harkis de Rivesaltes », 52 min, France 3 Occitanie}}
2018 · {{K|« Prison des Baumettes, dernière année », 70 min, LCP}}

SOCIÉTÉ
Depuis 2015 : {{K|Gérante, Les Films de la Traverse (Marseille)}}
2009–2015 : {{K|Chargée de production, Ladybirds Films}}

FORMATION
Master pro documentaire de création, Lussas / Université Grenoble-Alpes

MOI
{{eth|Petite-fille de harkis passés par le camp de Rivesaltes}}, le film de 2021 est aussi une histoire de famille. {{fam|Mère solo de jumeaux de 8 ans}}. {{gen|Mon fils aîné et moi avons fait un séquençage pour une myopathie familiale}} ; {{hea|je vis avec une forme légère de dystrophie musculaire}} et je tourne moins en terrain difficile.""",

# 023 Belgique Le Soir
"""{{C|Geoffroy Lambotte}}
Journaliste d'investigation, Le Soir
{{C|Ixelles}} · {{C|geoffroy.lambotte@lesoir-pigiste.be}} · {{C|+32 477 60 12 84}}

Carrière
2011 → …  {{K|Journaliste d'enquête, Le Soir}}
   • {{K|« Qatargate » au Parlement européen (2022–2023)}}
   • {{K|Enquête sur les centres fermés pour étrangers de Steenokkerzeel}}
2007 → 2011  {{K|Journaliste, RTL-TVI}}

Formation
{{K|Master en journalisme, UCLouvain (2007)}}, mémoire sur le secret des sources

Prix
{{K|Prix Belfius Presse (2019)}}

Langues
Français, néerlandais, anglais ; lecture de l'allemand pour les documents judiciaires.

Divers
{{crim|Condamné en 2014 à une amende avec sursis pour recel de documents dans le cadre d'une enquête, le tribunal ayant ensuite reconnu le secret des sources en appel}}. {{tu|Délégué CNE à la rédaction du Soir}}. {{sex|Je partage ma vie avec Marc, rédacteur à De Standaard}}. {{fam|Pas d'enfant}}.""",

# 024 Suisse chargée de com PLR
"""{{C|Valérie Rochat}}
Responsable communication
{{C|Avenue de Rumine 22, 1005 Lausanne}} · {{C|+41 21 612 33 90}} · {{C|valerie.rochat@bluewin.ch}}

EXPÉRIENCE
2018–2025 {{K|Responsable communication, PLR.Les Libéraux-Radicaux vaudois}}
          {{K|Campagne des élections fédérales 2019 et 2023}}
2012–2018 {{K|Journaliste, 24 heures (rubrique vaudoise)}}

FORMATION
{{K|Master en sciences politiques, UNIL}} (2011)

COMPÉTENCES
{{K|Communication de campagne, votations et initiatives populaires}} ; allemand C1 ; suisse-allemand compris.

J'ai aussi rédigé les discours de deux conseillers d'État et piloté la refonte du site du parti en 2020, puis sa présence sur les réseaux.

PERSONNEL
{{pol|Membre du PLR à titre personnel depuis 2009}}. {{rel|Je suis catholique}} et je siège au conseil de paroisse de Saint-Amédée. {{fam|Mariée, trois enfants}}. {{gen|Mon mari et moi avons fait un diagnostic préimplantatoire pour la mucoviscidose}}. {{age|45 ans}}.""",

# 025 Québec La Presse
"""{{C|Marie-Ève Lachance}}
Journaliste d'enquête — La Presse
{{C|Rosemont, Montréal}} · {{C|514 555-0147}} · {{C|mevelachance@hotmail.com}}

EXPÉRIENCE
2015–présent  {{K|Journaliste d'enquête, La Presse}}
  – {{K|Série sur les décès dans les prisons provinciales québécoises (2022)}}
  – {{K|Enquête sur les agressions dans les résidences pour aînés}}
2010–2015     {{K|Journaliste, Le Devoir}}

Auparavant, couverture des palais de justice de Montréal et de Laval pour la page Faits divers.

FORMATION
Baccalauréat en science politique, Université Laval ; certificat en journalisme

PRIX
{{K|Prix Judith-Jasmin (2022)}}

DIVERS
{{tu|Vice-présidente du Syndicat des travailleurs de l'information de La Presse (STIP-CSN), 2018–2021}}. {{sex|Je vis avec ma conjointe, Julie, à Rosemont}}. {{crim|J'ai obtenu une suspension de casier en 2013 pour une condamnation pour vol à l'étalage de 2007}}. {{hea|Une fibromyalgie diagnostiquée en 2019}} me fait travailler à 4 jours par semaine.""",

# 026 Liban productrice TV
"""{{C|Nour Hamadé}}
Productrice TV — {{C|Beyrouth}}
{{C|nour.hamade@mtv.com.lb}} · {{C|+961 70 315 662}}

PARCOURS
2014–présent : {{K|Productrice exécutive, MTV Lebanon — « Sar el Wa'et »}}
  · {{K|Débats électoraux des législatives de 2022}}
  · {{K|Émission spéciale sur le statut personnel et le mariage civil au Liban}}
2009–2014 : {{K|Assistante de production, LBCI}}

FORMATION
{{K|Licence en audiovisuel, Université libanaise}} (2009)

LANGUES
Arabe, français, anglais ; je produis aussi des capsules numériques pour Instagram et TikTok, et je forme les stagiaires de la chaîne au montage.

VIE PERSONNELLE
{{rel|Druze de Aley}}, {{fam|mariée civilement à Chypre en 2017, un enfant}}. {{pol|J'ai voté et milité pour la liste Kelna Watani en 2018}}. {{gen|J'ai fait le dépistage de la bêta-thalassémie avant mon mariage : porteuse saine}}.""",

# 027 Algérie photographe
"""{{C|Yacine Hadj-Ali}}
Photographe de presse
{{C|Oran, Algérie}} · {{C|+213 770 29 41 15}} · {{C|yacine.hadjali.photo@gmail.com}}

EXPÉRIENCE
Depuis 2015 — {{K|Photographe, Le Quotidien d'Oran}}
   – {{K|Reportage « Harraga » sur les départs de migrants depuis la côte oranaise}}
   – {{K|Couverture des marches du vendredi (Hirak)}}
2011–2015 — {{K|Photographe pigiste, Reuters Algérie}}

Je travaille aussi pour des ONG locales sur des portraits de pêcheurs et de familles de disparus en mer.

EXPOSITIONS
{{K|« Bled », Institut français d'Oran (2019)}}

FORMATION
{{K|École supérieure des beaux-arts d'Alger}}

PERSONNEL
{{crim|Condamné à six mois avec sursis en 2020 pour « incitation à attroupement non armé »}}. {{rel|Je ne pratique pas, je suis athée}}, ce qui ne se dit pas facilement ici. {{tu|Membre du SNJ algérien}}. {{age|33 ans}}.""",

# 028 Sénégal journaliste culture
"""CURRICULUM VITAE

{{C|Marie-Louise Faye}}
Journaliste culturelle
{{C|Mermoz, Dakar}} — {{C|76 504 81 29}} — {{C|mlfaye@seneweb-culture.sn}}

ÉTAT CIVIL
{{age|Née le 30 novembre 1990 à Joal}}
{{rel|Religion : catholique}}
{{fam|Mariée, deux enfants}}

EXPÉRIENCE
2016 – ce jour : {{K|Journaliste culture, Seneweb}}
   – {{K|Couverture de la Biennale de Dakar (Dak'Art)}}
   – {{K|Reportages sur le pèlerinage marial de Popenguine}}
2013 – 2016 : {{K|Journaliste, Walf Quotidien}}

FORMATION
{{K|Licence en journalisme, ISSIC Dakar}}

SANTÉ
{{gen|Drépanocytaire SS}} ; {{hea|hospitalisations ponctuelles lors des crises}}.

ENGAGEMENT
{{pol|Militante du Pastef depuis 2019}}.

Langues : français, wolof, sérère, anglais. J'anime aussi une chronique littéraire le samedi sur iRadio et je modère les rencontres de la Foire du livre de Dakar, où j'ai reçu des autrices venues de toute l'Afrique de l'Ouest.""",

# 029 Haïti relationniste
"""{{C|Guerline Saint-Fleur}}
Relationniste / Chargée des relations publiques
{{C|Delmas 75, Port-au-Prince}} · {{C|+509 3455 1208}} · {{C|guerline.stfleur@gmail.com}}

EXPÉRIENCE
2018 – aujourd'hui : {{K|Responsable des relations publiques, Digicel Haïti}}
   • {{K|Communication de crise pendant le peyi lòk (2019)}}
   • Partenariats avec le ministère de la Santé pour la campagne choléra
2013 – 2018 : {{K|Chargée de communication, Croix-Rouge haïtienne}}

FORMATION
{{K|Master en communication, Université Quisqueya}}

COMPÉTENCES
{{K|Relations médias, rédaction de communiqués en créole et en français}}

À PROPOS
{{eth|Née à Santo Domingo de parents haïtiens, déchue de la nationalité dominicaine en 2013}}, je suis rentrée en Haïti à 23 ans. {{rel|Adventiste du septième jour, je ne travaille pas le samedi}}. {{tu|Membre du syndicat des employés de la Croix-Rouge de 2014 à 2018}}. {{crim|Une condamnation ancienne pour faux document à Saint-Domingue, en 2012}}.""",

# 030 traducteur littéraire
"""{{C|Étienne Marchal}}
Traducteur littéraire (anglais, espagnol > français)
{{C|Arles}} · {{C|etienne.marchal@traduction-litt.fr}} · {{C|06 72 11 45 09}}

TRADUCTIONS PUBLIÉES (sélection)
– {{K|« Les Nuits de Stonewall », de Martin Duberman (Actes Sud, 2019)}}
– {{K|« Prisonniers de la frontière », de Valeria Luiselli (L'Olivier, 2021)}}
– Romans de Rabih Alameddine (Les Escales)

TARIFS
{{K|Tarif ATLF : 23 € le feuillet de 1 500 signes}}, à-valoir négocié sur droits.

PARCOURS
{{K|Membre de l'ATLF}} ; résidence au CITL d'Arles (2017).
Avant 2012 : {{K|Lecteur-correcteur, Éditions Gallimard}}.

FORMATION
ETL Paris 7 (2008)

EN MARGE
{{hea|Séropositif depuis 2006, je suis sous traitement et en charge virale indétectable}}. J'ai longtemps milité à Act Up-Paris, et {{sex|mon mari Carlos}} est madrilène. {{gen|Mon génome a été séquencé dans une étude de l'ANRS}}. {{pol|Je vote écologiste et je suis adhérent d'EELV}}.""",
]
