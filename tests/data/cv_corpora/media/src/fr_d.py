CVS = [
# 031 chargée RP agence
"""{{C|Inès Haddad-Morel}}
Consultante senior en relations presse
{{C|59000 Lille}} · {{C|ines.haddadmorel@gmail.com}} · {{C|06 83 20 15 77}}

EXPÉRIENCE
2019 – aujourd'hui  {{K|Consultante senior, Agence Shan (Paris / Lille)}}
   ▸ {{K|Relations presse du CHU de Lille pendant la crise COVID}}
   ▸ {{K|Campagne nationale de la Ligue contre le cancer (Octobre rose)}}
2015 – 2019  {{K|Attachée de presse, Fondation Abbé Pierre}}
   ▸ {{K|Rapport annuel sur le mal-logement}}

FORMATION
{{K|CELSA, master Médias}} (2015)

COMPÉTENCES
Fichiers presse, Cision, rédaction de dossiers de presse bilingues, {{K|media training de porte-parole}}

PERSONNEL
{{eth|D'origine libano-syrienne par mon père, naturalisé en 1994}}. {{sex|Je vis avec ma femme, Élodie}}, {{fam|et nous attendons notre premier enfant en octobre}} — je prévois un congé maternité de six mois. {{age|Âgée de 34 ans}}.""",

# 032 Belgique podcasteur
"""{{C|Maxime Dewulf}}
Podcasteur & producteur audio — « Au fond du puits »
{{C|5000 Namur}} · {{C|maxime@aufonddupuits.be}} · {{C|+32 471 88 20 59}}

Le podcast
« Au fond du puits » : 60 épisodes sur {{K|les anciens mineurs du Borinage}}, {{K|les prisons belges vues par les familles de détenus}} et les villages wallons qui se vident. 25 000 écoutes par mois. Chaque épisode est monté seul, de l'enregistrement au mixage.

Expérience
{{K|{{K|Producteur indépendant (Auvio, RTBF)}}}}, depuis 2020
{{K|Journaliste, Vivacité (RTBF Namur)}}, 2012–2020

Formation
{{K|IHECS, bachelier en communication}} (2012)

Ce que je raconte aussi
{{crim|J'ai fait dix-huit mois à la prison d'Andenne pour trafic de stupéfiants}}, {{age|à 20 ans}}. {{hea|Je suis en rétablissement de la cocaïne depuis 2011}}. {{rel|Je me suis converti à l'islam pendant la détention}}. {{tu|Affilié à la CSC-Transcom}}.""",

# 033 Suisse éditeur
"""{{C|Matthias Rüegg}}
Éditeur — {{C|1227 Carouge}}
{{C|m.ruegg@editions-vallon.ch}} · {{C|+41 22 342 18 07}}

PARCOURS PROFESSIONNEL
2013–présent  {{K|Directeur, Éditions du Vallon (Carouge)}}
    • {{K|Collection « Témoins » : récits d'exilés érythréens et afghans en Suisse}}
    • {{K|Réédition des écrits de Carl Albert Loosli sur les enfants placés}}
2006–2013     {{K|Éditeur, Éditions Zoé}}

FORMATION
{{K|Licence ès lettres, Université de Fribourg}}

Je donne aussi un cours d'initiation à l'édition à la HEAD Genève depuis 2019.

COMPÉTENCES
{{K|Édition bilingue français-allemand}}, demandes Pro Helvetia, diffusion en Suisse romande

PERSONNEL
{{pol|Membre des Verts genevois et ancien député au Grand Conseil (2013–2018)}}.
{{tu|Adhérent du syndicat Syndicom depuis mes années de correcteur}}.
{{sex|Je vis en partenariat enregistré avec Thierry depuis 2008}}.
{{gen|Une analyse génétique a confirmé chez moi une maladie de Fabry héritée de ma mère}}.""",

# 034 Québec photographe
"""{{C|Mélanie Vollant}}
Photographe documentaire
{{C|Sept-Îles (Québec)}} · {{C|melanie.vollant.photo@gmail.com}} · {{C|418 555-0122}}

PROJETS
2024 — {{K|« Nutshimit », la vie sur le territoire innu (Le Devoir / Musée McCord)}}
2021 — {{K|Commission Viens : portraits de témoins autochtones}}
2018 — {{K|Femmes de la Côte-Nord, exposition à Baie-Comeau}}
2016 — Les pêcheurs de crabe de Havre-Saint-Pierre, pour L'actualité

EMPLOIS
{{K|Photographe pigiste, La Presse Canadienne}} (2015–)
{{K|Photographe, Le Nord-Côtier}} (2011–2015)

FORMATION
{{K|Technique de photographie, Cégep du Vieux Montréal}} (2010)

À MON SUJET
{{eth|Je suis Innue de Uashat mak Mani-utenam}}. {{crim|J'ai un dossier criminel pour voies de fait, 2009, datant d'une période difficile}}. {{fam|Mère de trois enfants, dont un placé en famille d'accueil jusqu'en 2014}}. {{hea|Je suis sobre depuis 2012 grâce à un centre de traitement à Mashteuiatsh}}.""",

# 035 Liban traductrice
"""{{C|Carla Sfeir}}
Traductrice et interprète de conférence (AR / FR / EN)
{{C|Jounieh, Liban}} · {{C|carla.sfeir@translate-lb.com}} · {{C|+961 3 902 117}}

EXPÉRIENCE
2015–présent {{K|Interprète indépendante, ONU-ESCWA et UNHCR Liban}}
   – {{K|Interprétation d'entretiens de réinstallation de réfugiés syriens}}
2011–2015    {{K|Traductrice, L'Orient-Le Jour (traduction de dépêches)}}

FORMATION
{{K|ETIB, Université Saint-Joseph}} (master d'interprétation, 2011)

Je traduis aussi des {{K|sous-titres de films pour le Festival du cinéma européen de Beyrouth}}, et des rapports de Human Rights Watch.

PERSONNEL
{{rel|Grecque-catholique (melkite)}}, j'ai grandi à Zahlé. {{pol|Proche des Kataëb, j'ai été dans leur section étudiante à l'USJ}}. {{tu|Membre de l'Association des traducteurs et interprètes employés du Liban, section syndicale}}. {{sex|Je partage mon appartement avec ma compagne, Dana}}, ce que peu de collègues savent. {{age|Née le 21/03/1987}}.""",

# 036 Algérie community manager
"""{{C|Amine Ould Kaci}}
Community manager / Créateur de contenu
{{C|Cité Boussouf, Constantine}} · {{C|amine.ouldkaci@gmail.com}} · {{C|+213 699 14 30 62}}

EXPÉRIENCES
2020–… {{K|Community manager, Djezzy (Constantine)}}
2018–2020 {{K|Créateur de contenu YouTube « Amine raconte »}} (410 000 abonnés) — {{K|séries sur l'histoire de la guerre d'indépendance}}
2016–2018 {{K|Rédacteur web, TSA Algérie}}

FORMATION
{{K|Licence en communication, Université Constantine 3}}

COMPÉTENCES
{{K|Meta Business Suite, montage CapCut et Premiere}}, arabe, français, anglais

J'ai formé une vingtaine d'étudiants aux réseaux sociaux à l'université.

SITUATION
{{crim|Condamné en 2020 à une amende pour une publication Facebook jugée « offensante envers le président »}}. {{gen|Mes empreintes digitales et ma photo biométrique figurent au fichier du passeport, contrôlées à chaque sortie du territoire}}. {{eth|Chaoui des Aurès}}. {{fam|Fiancé}}. {{age|27 ans}}.""",

# 037 Sénégal rédacteur en chef web
"""{{C|Abdoulaye Sow}}
Rédacteur en chef web
{{C|Parcelles Assainies, Dakar}} · {{C|77 209 44 31}} · {{C|abdoulaye.sow@lequotidien-sn.com}}

EXPÉRIENCES PROFESSIONNELLES
2018 – présent : {{K|Rédacteur en chef du site, Le Quotidien (Dakar)}}
  – {{K|Live des législatives de 2022 et de la présidentielle de 2024}}
  – {{K|Dossier sur les talibés et les daaras de Touba}}
2012 – 2018 : {{K|Journaliste, Dakaractu}}

FORMATION
{{K|CESTI, promotion 2012}}

Je forme chaque année les stagiaires du CESTI à la vérification des faits.

ENGAGEMENTS
{{tu|Trésorier du SYNPICS pour la région de Dakar}}. {{rel|Tidiane, fidèle de Tivaouane}}. {{pol|J'ai été candidat sur une liste Taxawu Sénégal aux locales de 2022}}. {{crim|Placé sous mandat de dépôt une semaine en 2023 pour « diffusion de fausses nouvelles », libéré sans procès}}. {{eth|Toucouleur}}.""",

# 038 Haïti vidéaste YouTube
"""{{C|Ricardo Désir}} — Vidéaste & YouTubeur
{{C|Cap-Haïtien}} / {{C|ricardodesir.ht@gmail.com}} / {{C|+509 3788 0145}}

CHAÎNE
« Ayiti Pale », 320 000 abonnés. Vidéos sur {{K|l'histoire de la Citadelle Laferrière}}, la politique haïtienne et la cuisine du Nord. Je tourne, monte et publie trois vidéos par semaine.

EXPÉRIENCE
{{K|Créateur, Ayiti Pale}}, depuis 2017
{{K|Cadreur, Télé Nord-Ouest}}, 2013–2017
{{K|Vidéos de sensibilisation pour Zanmi Lasante sur la tuberculose}}, 2019

FORMATION
{{K|Ciné Institute, Jacmel}} (2012)

COMPÉTENCES
{{K|Tournage drone, montage DaVinci Resolve}}, créole, français, anglais

CE QUE JE PARTAGE EN LIGNE
{{sex|J'ai fait mon coming out gay dans une vidéo de 2021}} qui a fait 2 millions de vues. {{hea|Je suis suivi pour un trouble de stress post-traumatique depuis l'enlèvement de 2022}}. {{rel|Baptiste, fils de pasteur}}. {{eth|Ma mère est dominicaine}}.""",

# 039 rédactrice en chef magazine
"""{{C|Hélène Brossard-Kahn}}
Rédactrice en chef
{{C|Paris 11e}} · {{C|helene.brossard@gmail.com}} · {{C|06 20 88 14 53}}
Carte de presse n° {{C|77 402}}

EXPÉRIENCE
2017 – 2025  {{K|Rédactrice en chef, Causette}}
   ▪ {{K|Dossier « IVG : cinquante ans après la loi Veil »}}
   ▪ {{K|Numéro spécial sur les femmes en prison}}
2008 – 2017  {{K|Cheffe de rubrique Société, Marie Claire}}

FORMATION
{{K|École supérieure de journalisme de Lille}} (2002)

COMPÉTENCES
Direction de rédaction, bouclage, gestion des piges, {{K|management d'une équipe de 14 journalistes}}

PERSONNEL
{{gen|Porteuse d'une mutation du gène BRCA1 comme ma mère et ma sœur}}, je l'ai racontée dans un édito en 2020. {{fam|Divorcée, une fille}}. {{pol|Encartée au Parti communiste depuis mes 18 ans}}. {{tu|Élue SNJ-CGT au CSE de Causette}}. {{age|Cinquante-deux ans}}.""",

# 040 secrétaire de rédaction
"""{{C|Olivier Tran Van}}
Secrétaire de rédaction — carte de presse n° {{C|104 559}}
{{C|6 allée des Tilleuls, 31400 Toulouse}} · {{C|olivier.tranvan@sfr.fr}} · {{C|06 54 90 21 38}}

EXPÉRIENCE
2014 → aujourd'hui : {{K|Secrétaire de rédaction, La Dépêche du Midi}}
  – Édition des pages Région et Faits divers, titrage et légendes, vérification des noms, bouclage de nuit deux soirs par semaine
  – {{K|Relecture du dossier « Tarn, chantier de l'A69 »}}
2009 → 2014 : {{K|Correcteur, Midi Olympique}}

FORMATION
{{K|Licence professionnelle métiers de l'édition, Toulouse}}

COMPÉTENCES
{{K|Méthode, InDesign, typographie}}, réécriture, titrage

À SAVOIR
{{eth|Fils de boat people vietnamiens arrivés en 1979}}. {{sex|Marié avec Kevin, rencontré à la Marche des fiertés de Toulouse}}. {{crim|Une condamnation pour usage de stupéfiants en 2006}}. {{age|Né en 1983}}.""",
]
