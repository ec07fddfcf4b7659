CVS = [
# 011 Lyon pigiste, grille tarifaire
"""{{C|Aurélie Mbarga}} — Journaliste pigiste (santé, société)
{{C|69007 Lyon}} · {{C|aurelie.mbarga@protonmail.com}} · {{C|06 44 19 72 31}}
Carte de presse n° {{C|121 907}}

GRILLE TARIFAIRE 2025 (HT)
Feuillet (1 500 signes) presse magazine : 75 €
Enquête longue (15 000 signes) : 1 100 €
Journée de reportage photo + texte : 450 €
Frais de déplacement en sus

PUBLICATIONS RÉCENTES
– {{K|« Les déserts médicaux de la Loire », Mediapart (2024)}}
– {{K|« Drépanocytose : la maladie oubliée des urgences », Le Monde (2023)}}
– {{K|Portraits de syndicalistes de la chimie lyonnaise, Rue89Lyon}}

EXPÉRIENCE
{{K|Journaliste, Le Progrès (service Société)}}, 2014–2019 ; pigiste depuis 2019.

FORMATION
{{K|ESJ Lille, cursus presse écrite}} (2014)

EN PERSONNE
{{gen|J'ai moi-même le trait drépanocytaire}}, ce qui a nourri l'enquête pour Le Monde. {{eth|Mes parents sont venus de Yaoundé en 1988}}. {{tu|Adhérente SNJ-CGT, commission des pigistes}}. {{pol|Militante LFI dans le 7e arrondissement}}. {{hea|Suivie pour une sclérose en plaques depuis 2022}}, je privilégie les reportages à la journée.""",

# 012 Belgique éditrice
"""{{C|Nadia El Khattabi}}
Éditrice — {{C|Forest, Bruxelles}}
{{C|nadia.elkhattabi@editions-lumiere.be}} · {{C|+32 486 33 02 19}}

PARCOURS
Depuis 2017  {{K|Directrice éditoriale, Éditions Lumière (Bruxelles)}}
  – {{K|Collection « Voix d'exil » : récits de réfugiés et de sans-papiers}}
  – Publication de « Molenbeek, mon quartier » (prix Rossel des jeunes, 2021)
2011–2017    {{K|Éditrice, Casterman (bande dessinée)}}
2009–2011    {{K|Assistante d'édition, Actes Sud}}

FORMATION
Master en langues et lettres romanes, UCLouvain (2009)

COMPÉTENCES
{{K|Direction de collection}}, cessions de droits, subventions FWB, néerlandais et arabe.

QUELQUES MOTS SUR MOI
{{eth|Belgo-marocaine, née à Anderlecht de parents rifains}}. {{rel|Musulmane, je jeûne pendant le ramadan}} et j'organise donc mes salons du livre en conséquence. {{sex|Ma compagne, Lotte, est illustratrice}} ; nous vivons à Forest. {{gen|Un test ADN de généalogie m'a appris des origines andalouses}}. {{age|42 ans}}.""",

# 013 Suisse RTS
"""{{C|Luca Ferrari-Dubois}}
Journaliste TV, RTS — {{C|Plainpalais, Genève}}
{{C|luca.ferrari@rts-externe.ch}} · {{C|+41 78 661 20 94}}

Expérience
2013–aujourd'hui — {{K|Journaliste, Temps Présent (RTS)}}
  ▸ {{K|« Champ-Dollon, prison saturée » (2020)}}
  ▸ {{K|Documentaire sur le vote des étrangers à Genève}}
2009–2013 — {{K|Journaliste, Léman Bleu}}

Formation
{{K|Centre de formation au journalisme et aux médias (CFJM), Lausanne}}

Compétences
{{K|Tournage et montage (Avid)}}, italien et allemand ; présentation en plateau lors des soirées de votations fédérales

Engagements
{{pol|Conseiller municipal socialiste à Carouge de 2015 à 2020}}.
{{tu|Membre du comité SSM (Syndicat suisse des mass media), section RTS}}.
{{crim|Condamnation avec sursis en 2008 pour conduite en état d'ivresse, radiée du casier depuis}}.
{{gen|J'ai une hémochromatose héréditaire}} ({{hea|saignées tous les trois mois}}).
{{fam|Divorcé, deux enfants en garde alternée}}.""",

# 014 Québec podcasteuse, LinkedIn
"""{{C|Stéphanie Dorval-Joseph}}
Balado & création de contenu · {{C|Québec (Québec)}}
{{C|linkedin.com/in/stephaniedorvaljoseph}} · {{C|steph@baladocreole.ca}}

À propos
Je crée « Kreyòl Kafe », un balado sur la diaspora haïtienne au Québec (150 000 écoutes par saison). {{eth|Fille d'une mère haïtienne arrivée à Montréal en 1972 et d'un père québécois}}, je parle de ce que c'est de grandir entre deux cuisines.

Une saison complète a porté sur {{K|l'histoire des chauffeurs de taxi haïtiens à Montréal}} et une autre sur {{K|la santé mentale dans les communautés noires}}. {{hea|J'ai un TDAH diagnostiqué à 30 ans}}, et je l'ai raconté dans l'épisode 14.

{{gen|Un test génétique 23andMe m'a révélé une ascendance que je ne connaissais pas}} : j'en ai fait une série. {{sex|Ma blonde, Geneviève}}, fait la prise de son. {{pol|J'ai été candidate pour Québec solidaire dans Taschereau en 2018}}.

Expérience
{{K|Créatrice et animatrice, Kreyòl Kafe (Ohdio / Radio-Canada)}} — 2020 à aujourd'hui
{{K|Journaliste, Le Soleil}} — 2013 à 2020
Compétences : {{K|montage audio (Hindenburg)}}, animation, commandites.""",

# 015 Liban photographe
"""{{C|Hassan Moussawi}}
Photojournaliste — {{C|Hamra, Beyrouth}}
{{C|hassan.moussawi.photo@gmail.com}} · {{C|+961 71 228 490}}

SÉLECTION DE REPORTAGES
2024 — {{K|Déplacés du Sud-Liban, pour Reuters}}
2020 — {{K|Explosion du port, 4 août, série pour Le Monde}}
2019 — {{K|Thawra : la révolution d'octobre sur la place des Martyrs}}
2017 — Achoura à Nabatieh
2015 — {{K|Crise des déchets à Beyrouth}}, pour L'Orient-Le Jour

COLLABORATIONS
{{K|Photographe pigiste, Reuters Liban}} (2015–présent) ; {{K|Agence France-Presse}} (2012–2015)

FORMATION
{{K|ALBA, Académie libanaise des beaux-arts}} (photographie, 2011)

À MON SUJET
{{eth|Né au camp de Bourj el-Barajneh de parents palestiniens}}, {{rel|élevé dans une famille chiite}}. {{pol|Je militais dans le mouvement Beirut Madinati en 2016}}. {{crim|Détenu par les services de renseignement de l'armée pendant deux jours en 2019 ; aucune poursuite}}. {{age|Âge : 36 ans}}.""",

# 016 Algérie traductrice
"""{{C|Lydia Bensaïd}}
Traductrice-interprète (arabe, français, anglais, tamazight)
{{C|Bab Ezzouar, Alger}} · {{C|+213 661 30 47 88}} · {{C|lydia.bensaid.trad@gmail.com}}

EXPÉRIENCE
2016–présent  {{K|Traductrice indépendante agréée auprès des tribunaux d'Alger}}
  • Traductions d'actes d'état civil et de jugements pour les particuliers, les notaires et les avocats, y compris en urgence
  • {{K|Sous-titrage de documentaires pour ARTE et Al Jazeera Documentary}}
2012–2016     {{K|Traductrice, Agence Presse Service (APS)}}

FORMATION
{{K|Master en traduction, ISTI Alger}} (2012)

PUBLICATIONS
{{K|Traduction du recueil « Femmes du Hirak » (Barzakh, 2021)}}

PERSONNEL
{{rel|Convertie au protestantisme, je fréquente une église évangélique à Tizi Ouzou}}. {{gen|Mon frère est atteint de bêta-thalassémie et je suis porteuse}}. {{fam|Célibataire, je m'occupe de mes parents}}. {{age|Née en 1987}}.
{{eth|Chaouie par mon père}}, kabyle par ma mère.""",

# 017 Sénégal chargé de com ministère
"""{{C|Ousmane Diallo}}
Chargé de communication institutionnelle
{{C|Cité Keur Gorgui, Dakar}} · {{C|78 402 11 63}} · {{C|ousmane.diallo.com@gmail.com}}

EXPÉRIENCES
2020 – 2024 : {{K|Chef du service communication, Ministère de la Santé et de l'Action sociale}}
  ▪ {{K|Campagne de vaccination contre la COVID-19 en milieu confrérique}}
  ▪ {{K|Communication de crise sur la flambée de choléra de 2021}}
2014 – 2020 : {{K|Journaliste, Le Soleil (service Politique)}}
  ▪ Couverture de la présidentielle de 2019

FORMATION
{{K|Master en communication, CESTI – UCAD}}

ENGAGEMENT PERSONNEL
{{pol|Membre de l'APR depuis 2012, responsable de la cellule de communication à Guédiawaye}}.
{{tu|Ancien délégué du personnel au Soleil pour le SYNPICS}}.
{{gen|Mes empreintes et ma photo faciale sont enregistrées dans le fichier biométrique de la CEDEAO depuis ma carte d'identité de 2017}}.
{{hea|Hypertendu sous traitement}}.
{{eth|Peul du Fouta}}.""",

# 018 Haïti journaliste radio
"""{{C|Jean-Robert Pierre-Louis}}
Journaliste radio et présentateur
{{C|Pétion-Ville, Haïti}} · {{C|+509 4821 3307}} · {{C|jrpierrelouis@radiokiskeya.ht}}

EXPÉRIENCE
2012–présent : {{K|Présentateur du journal de midi, Radio Kiskeya}}
  – {{K|Enquêtes sur les massacres de La Saline et de Bel-Air}}
  – {{K|Couverture des élections de 2015–2016}}
2007–2012 : {{K|Reporter, Radio Métropole}}

Je collabore aussi avec {{K|le Réseau national de défense des droits humains (RNDDH) pour ses rapports en créole}}.

FORMATION
{{K|Licence en communication sociale, Faculté des sciences humaines (UEH)}}

ENGAGEMENTS
{{tu|Membre du bureau de l'Association des journalistes haïtiens (AJH), 2017–2021}}.
{{pol|J'ai soutenu publiquement Fanmi Lavalas dans ma jeunesse}}.

À SAVOIR
{{crim|Condamné en 2005 pour trouble à l'ordre public lors d'une manifestation, peine purgée au Pénitencier national}}. {{gen|Je fais partie de l'étude génétique sur la drépanocytose de l'Hôpital Albert-Schweitzer}}. {{fam|Veuf depuis 2010, deux fils}}.
{{age|Âge : 46 ans}}""",

# 019 CV bilingue rédactrice web
"""{{C|Camille Nguyen-Lefèvre}} — Rédactrice web / Web content writer
{{C|33000 Bordeaux}} · {{C|camille.nl@gmail.com}} · {{C|06 58 21 77 40}}

PROFIL / PROFILE
Rédactrice SEO et éditrice de contenus, bilingue français-anglais. SEO copywriter and content editor, fully bilingual.

EXPÉRIENCE / EXPERIENCE
2019–2025 {{K|Responsable éditoriale, Doctolib (blog santé)}} / Editorial lead, health blog
   – {{K|Guides patients sur la PrEP, le dépistage du VIH et la contraception}}
2015–2019 {{K|Rédactrice, Konbini}} — {{K|dossier Pride Marseille et droits LGBT}}

FORMATION / EDUCATION
{{K|Master Communication numérique, Bordeaux Montaigne}}

COMPÉTENCES / SKILLS
WordPress, Semrush, {{K|rédaction médicale vulgarisée}}, English C2

PERSONNEL / PERSONAL
{{eth|Née à Hô Chi Minh-Ville, adoptée à deux ans par une famille bordelaise}}. {{sex|Lesbienne}}, {{sex|bénévole au Girofard (centre LGBTI de Bordeaux)}}. {{hea|Endometriosis — I sometimes work from home on bad days}}. {{rel|Bouddhiste, je fais retraite chaque été au Village des Pruniers}}.""",

# 020 Belgique attaché de presse PTB
"""{{C|Pieter-Jan Claes}}
Attaché de presse
{{C|4020 Liège}} · {{C|+32 494 71 20 38}} · {{C|pj.claes@mailo.be}}

EXPÉRIENCE
2019 – … {{K|Attaché de presse, PTB (groupe à la Chambre)}}
         {{K|Communication sur la campagne pour la pension minimum à 1 500 €}}
2014 – 2019 {{K|Journaliste, La Meuse}} (faits divers, social)
         {{K|Couverture de la fermeture d'ArcelorMittal Liège}}

FORMATION
{{K|Bachelier en journalisme, IHECS}} (2014)

LANGUES
Français, néerlandais (langue maternelle), anglais

HORS TRAVAIL
{{pol|Je suis moi-même membre du PTB depuis 2012}}. {{tu|Affilié à la FGTB et ancien délégué SETCa à La Meuse}}. {{crim|Condamné à une peine de travail en 2013 pour rébellion lors d'une action contre la fermeture de Seraing}}. {{gen|Ma mère est atteinte de la maladie de Huntington}} et je n'ai pas encore voulu faire le test. {{age|Né en 1991}}.""",
]
