CVS = [
# 001 CV de journaliste PQR, carte de presse
"""{{C|Yann Le Goff}}
Journaliste — carte de presse n° {{C|118 442}}
{{C|12 rue de Siam, 29200 Brest}} · {{C|06 71 28 44 90}} · {{C|yann.legoff@laposte.net}}

PARCOURS
Depuis 2015 — {{K|Journaliste, rédaction de Brest, Ouest-France}}
  · {{K|Enquête sur les conditions de détention à la maison d'arrêt de Brest}} (2022)
  · {{K|Suivi des élections municipales et législatives dans le Finistère}}
2011–2015 — {{K|Localier, Le Télégramme (Morlaix)}}

FORMATION
{{K|Master de journalisme, IUT de Lannion}} (2011)

COMPÉTENCES
{{K|Secrétariat de rédaction}}, photo (Nikon Z6), breton courant, montage sur Premiere.

DIVERS
{{tu|Adhérent au SNJ et délégué du personnel à la rédaction de Brest}}. {{sex|Pacsé avec Julien depuis 2019}}. {{hea|Diabétique de type 1 (pompe à insuline)}}, aucune restriction pour les permanences de nuit. {{age|39 ans}}.

Référence : {{C|Mme Anne-Laure Kerhervé}}, rédactrice en chef adjointe.""",

# 002 JRI France 2
"""{{C|Karim Benslimane}}
JRI — Journaliste reporter d'images
{{C|Montreuil (93)}} · {{C|07 68 12 90 35}} · {{C|karim.benslimane.jri@gmail.com}}

EXPÉRIENCE
2016 – aujourd'hui : {{K|JRI, France 2 — service Société}}
– {{K|Reportages sur les centres de rétention administrative}} (Mesnil-Amelot, Vincennes)
– Couverture des manifestations contre la réforme des retraites (2023)
2012 – 2016 : {{K|Reporter d'images, BFMTV}}

DOCUMENTAIRE
{{K|« Les Invisibles de la Chapelle » (2019), 52 min, France 5}}, sur les exilés à Paris

FORMATION
{{K|BTS Audiovisuel option image}} (2011) ; {{K|formation sécurité en zones hostiles (2018)}}

À SAVOIR
{{crim|Placé en garde à vue 24 heures à Sainte-Soline en mars 2023 alors que je filmais ; classement sans suite}}.
{{tu|Délégué syndical CGT à France Télévisions depuis 2020}}.
{{eth|Fils d'immigrés marocains arrivés à Saint-Denis en 1979}}.
{{fam|Marié, deux enfants}}.""",

# 003 Belgique RTBF
"""{{C|Florence Vandenbroucke}}
Journaliste radio — RTBF
{{C|Rue de la Victoire 84, 1060 Saint-Gilles}} · {{C|+32 475 21 88 04}} · {{C|florence.vdb@skynet.be}}

EXPÉRIENCES PROFESSIONNELLES
2014–…  {{K|Journaliste, La Première (RTBF), rédaction Société}}
        {{K|Série « Prisons belges : la surpopulation » (2021)}}
        Couverture des élections fédérales et régionales de 2019 et 2024
2010–2014 {{K|Journaliste, Le Soir, service Politique}}

FORMATION
{{K|Master en journalisme, ULB}} (2010)

COMPÉTENCES
Néerlandais (C1), anglais ; {{K|interviews en direct et duplex}} ; {{K|présentation de journaux parlés}} ; montage Dalet.

ENGAGEMENTS PERSONNELS
{{rel|Laïque engagée, bénévole au Centre d'Action Laïque de Bruxelles}}.
{{pol|Membre d'Ecolo depuis 2012, section de Saint-Gilles}}.
{{sex|Mariée à Sophie depuis 2016}}, {{fam|nous avons adopté deux enfants en 2020}}.
Carte de presse belge (AJP). Je présente aussi, l'été, la tranche d'information de 18 heures et j'anime des ateliers d'éducation aux médias dans les écoles de Saint-Gilles.

Références : {{C|M. Jean-Pierre Jacqmin}}.""",

# 004 Suisse traductrice
"""{{C|Dr Anna Bärtschi-Moreau}}
Traductrice jurée DE/EN > FR · {{C|Lausanne}}
{{C|anna.baertschi@bluewin.ch}} · {{C|+41 79 512 44 08}}

TARIFS 2025
Traduction générale : CHF 2.90 / ligne standard
Traduction jurée (tribunaux vaudois) : CHF 3.50 / ligne
Relecture : CHF 95.– / heure
Urgence (< 24 h) : + 50 %

RÉFÉRENCES
{{K|Traductions pour le Tribunal cantonal vaudois}}
{{K|Rapports annuels du CICR (comité de rédaction francophone)}}
{{K|Traduction de « Die Kinder der Landstrasse », essai sur les enfants yéniches placés}} (éd. d'en bas, 2019)

PARCOURS
2010–2016 {{K|Traductrice, Chancellerie fédérale, Berne}}
{{K|Doctorat en traductologie, Université de Genève}} (2009)

PERSONNEL
{{age|Née le 3 février 1978 à Neuchâtel}}. {{gen|Porteuse d'une mutation BRCA2 connue depuis 2015}}, {{hea|j'ai subi une ovariectomie préventive en 2018}}. {{fam|Mariée, un fils}}. {{rel|Protestante pratiquante, je chante au chœur de la cathédrale}}.""",

# 005 Québec recherchiste Radio-Canada
"""{{C|Jérôme Gagnon-Pelletier}}
Recherchiste et réalisateur — {{C|Montréal (Québec)}}
{{C|jgagnonpelletier@videotron.ca}} | {{C|514 555-0183}}

EXPÉRIENCE
2017–présent  {{K|Recherchiste principal, Radio-Canada — Enquête}}
   • {{K|Reportage sur les CHSLD pendant la première vague de COVID-19}}
   • {{K|Enquête sur les communautés religieuses et les pensionnats autochtones}}
2012–2017     {{K|Réalisateur, ICI Première — Médium large}}

FORMATION
{{K|Baccalauréat en journalisme, UQAM}} (2011)

Prix
{{K|Prix Michener (équipe), 2021}}, pour l'enquête sur les pensionnats.

COMPÉTENCES
{{K|Recherche documentaire et demandes d'accès à l'information}}, entrevues sensibles, anglais, vérification des faits et préparation des entrevues de l'animateur en studio

IMPLICATION
{{tu|Délégué syndical au Syndicat des communications de Radio-Canada (FNC-CSN), 2019–2023}}.
{{sex|Je vis avec mon chum, Mathieu, depuis douze ans}}.
{{hea|Épisode de dépression majeure en 2016 ; arrêt de travail de cinq mois}}, bien rétabli.
{{age|Âge : 37 ans}}.""",

# 006 Liban L'Orient-Le Jour
"""{{C|Rita Abi Nader}}
Journaliste politique
{{C|Achrafieh, Beyrouth, Liban}} · {{C|+961 3 448 217}} · {{C|rita.abinader@gmail.com}}

EXPÉRIENCE
Depuis 2016 : {{K|Journaliste politique, L'Orient-Le Jour}}
 – {{K|Couverture des législatives de 2018 et 2022}}
 – {{K|Dossier sur l'explosion du port de Beyrouth et l'enquête judiciaire}}
2012–2016 : {{K|Correspondante, France 24 (bureau de Beyrouth)}}

FORMATION
{{K|Master en journalisme, Université Saint-Joseph}} (2012)

LANGUES
Arabe, français, anglais ; je présente aussi une chronique hebdomadaire sur la vie parlementaire.

INFORMATIONS PERSONNELLES
{{age|Date de naissance : 11/09/1988}}
{{rel|Confession : maronite}}
{{fam|Situation familiale : mariée, une fille}}

AUTRES
{{crim|Convoquée et condamnée par défaut en 2021 par le tribunal des imprimés pour diffamation envers un ministre}} — jugement en appel. {{hea|Blessée au tympan lors de l'explosion du 4 août 2020 ; légère perte auditive}}.

Référence : {{C|M. Michel Touma}}.""",

# 007 Algérie El Watan
"""{{C|Mourad Aït Hamouda}}
Journaliste, correspondant régional
{{C|Tizi Ouzou, Algérie}} · {{C|+213 555 41 27 90}} · {{C|mourad.aithamouda@yahoo.fr}}

EXPÉRIENCE PROFESSIONNELLE
2010 – 2022 : {{K|Correspondant à Tizi Ouzou, El Watan}}
   • {{K|Couverture hebdomadaire du Hirak (2019–2021)}}
   • {{K|Enquête sur les feux de forêt de Kabylie en 2021}}
2006 – 2010 : {{K|Journaliste, La Dépêche de Kabylie}}

FORMATION
Licence en sciences de l'information et de la communication, Université d'Alger 3

COMPÉTENCES
Presse écrite et web, photo, {{K|tamazight, arabe, français}}

SITUATION
{{crim|Condamné en 2021 à un an de prison dont six mois ferme pour « atteinte à l'unité nationale »}} ; j'ai purgé ma peine à la prison de Tizi Ouzou. {{eth|Kabyle}}, {{pol|sympathisant du RCD depuis l'université}}. {{fam|Marié, trois enfants}}. {{age|Né en 1981}}.

Référence : {{C|M. Omar Belhouchet}}, fondateur d'El Watan.""",

# 008 Sénégal animateur radio
"""CURRICULUM VITAE

{{C|Mamadou Lamine Ndiaye}}
Animateur / Présentateur radio
{{C|Sicap Liberté 6, villa n° 6214, Dakar}}
Tél. : {{C|77 641 28 90}} — {{C|mlndiaye.rfm@gmail.com}}

ÉTAT CIVIL
{{age|Né le 14 juillet 1984 à Kaolack}}
{{fam|Situation matrimoniale : marié, deux épouses, cinq enfants}}
{{eth|Ethnie : sérère}}

EXPÉRIENCE
2013 – ce jour : {{K|Animateur de la matinale, RFM (Radio Futurs Médias)}}
 – {{K|Émission hebdomadaire sur la santé maternelle et la planification familiale}}
 – {{K|Débats présidentiels de 2019 et 2024}}
2008 – 2013 : {{K|Présentateur, Sud FM Kaolack}}

FORMATION
{{K|CESTI, diplôme supérieur de journalisme}} (2008)

ENGAGEMENT
{{tu|Secrétaire général adjoint du SYNPICS, section RFM}}.
{{rel|Talibé mouride, je me rends au Grand Magal de Touba chaque année}}.

Langues : wolof, sérère, français, anglais. Je couvre aussi les grands événements religieux du pays en direct.""",

# 009 Haïti photographe
"""{{C|Widlore Jean-Baptiste}}
Photographe documentaire — {{C|Port-au-Prince, Haïti}}
{{C|widlore.jb@photo.ht}} · {{C|+509 3712 4488}}

TRAVAUX
2023 — {{K|« Lakou », les communautés vodou de Souvenance}} (reportage pour Le Nouvelliste)
2021 — {{K|Assassinat du président Moïse : couverture pour l'AFP}}
2010 — {{K|Séisme du 12 janvier, série « Fatra »}}, World Press Photo (mention)

EMPLOIS
2014 – aujourd'hui : {{K|Photographe pigiste, Agence France-Presse (AFP) Haïti}}
2011 – 2014 : Photographe, Le Nouvelliste

FORMATION
{{K|Atelier FOKAL de photographie documentaire}}

PERSONNEL
{{rel|Je suis moi-même ounsi dans un péristyle de Bel-Air}}, ce qui m'a ouvert les portes de Souvenance. {{hea|Amputé de la jambe gauche après le séisme, je travaille avec une prothèse}}. {{crim|Arrêté et détenu trois jours au commissariat de Delmas 33 en 2019 pendant le peyi lòk, puis relâché sans poursuite}}. {{age|35 ans}}, {{fam|père d'une fille}}.""",

# 010 France chargé de communication CFDT
"""{{C|Thomas Rivière}}
Chargé de communication
{{C|75019 Paris}} — {{C|06 12 55 83 07}} — {{C|thomas.riviere@free.fr}}

EXPÉRIENCE
Depuis 2019  {{K|Chargé de communication presse, Confédération CFDT}}
             {{K|Relations presse pendant le mouvement contre la réforme des retraites}}
2015 – 2019  {{K|Attaché de presse, Parti socialiste (groupe au Sénat)}}
2012 – 2015  {{K|Journaliste, Libération (rubrique Social)}}

FORMATION
{{K|Sciences Po Lille}} (2012)

COMPÉTENCES
{{K|Relations presse, éléments de langage, media training}} ; Cision ; anglais courant.

À PROPOS DE MOI
{{pol|Militant socialiste à titre personnel, adhérent à la section du 19e}}. {{sex|Je vis avec mon compagnon, Romain}}. {{gen|Mon ADN a été prélevé et inscrit au FNAEG après une interpellation en 2010}}. {{crim|J'ai été condamné à une amende pour dégradation lors d'une manifestation étudiante en 2010}}. {{age|36 ans}}.""",
]
