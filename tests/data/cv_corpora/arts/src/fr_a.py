CVS = [
# 001 comédienne, Paris, CV artistique
r"""
<<CAMILLE DUVERNOY>>
Comédienne
Agent : <<Agence Adéquat>> — <<01 42 60 18 72>> — <<camille@agence-adequat.fr>>

[[D:Âge de jeu : 30-40 ans]] · Taille : 1,68 m · Cheveux châtains · Yeux verts
Langues : anglais courant, italien (notions)
[[U:Adhérente SFA-CGT]]

THÉÂTRE
2023  Phèdre (rôle-titre)           {{Phèdre}}, Racine             m.e.s. Julie Deliquet — {{Théâtre Gérard Philipe, Saint-Denis}}
2022  Sœur Marie-Thérèse            {{Dialogues des carmélites}}    m.e.s. Olivier Py — Opéra de Lyon (rôle parlé)
2021  Christine                     {{Le Procès de Bobigny}}        m.e.s. Émilie Anna Maillet — sur la loi de 1975 sur l'IVG
2019  Nina                          La Mouette                     Compagnie des Lucioles (tournée)

CINÉMA / TÉLÉVISION
2022  Capitaine Roussel (récurrent) {{Engrenages}}                  Canal+
2020  La mère                       {{Les Invisibles}} (court)      prod. Les Films du Worso

FORMATION
{{Conservatoire national supérieur d'art dramatique (CNSAD)}}, promotion 2012

COMPÉTENCES
Chant (mezzo), danse contemporaine, escrime de spectacle, permis B, équitation.

Divers : [[F:mère de deux enfants]] — [[F:garde alternée avec leur père]], disponible en tournée une semaine sur deux. [[D:Née le 3 avril 1986 à Lorient]].
""",

# 002 technicien son intermittent, Lyon
r"""
<<Karim Benaïssa>>
Régisseur son — intermittent du spectacle
<<12 rue Paul-Bert, 69003 Lyon>> · <<06 71 42 88 13>> · <<karim.benaissa.son@free.fr>>

EXPÉRIENCE
Depuis 2016   {{Régisseur son, Les Nuits de Fourvière}} (saisons estivales)
              Façade et retours pour Ibrahim Maalouf, Orchestre national de Lyon, {{Rachid Taha (hommage, 2019)}}
2014 – 2020   {{Régisseur son de tournée, Compagnie Käfig}} (Mourad Merzouki) — 22 pays
2011 – 2014   Technicien plateau, {{Théâtre des Célestins}}

FORMATION
{{BTS Métiers de l'audiovisuel option son}}, Lycée Léonard-de-Vinci, Villefontaine (2011)
Habilitation électrique {{B1V-BR}} ; CACES nacelle 3B

MATÉRIEL
DiGiCo SD, Yamaha CL/QL, Midas Pro, {{Dante Level 2}}, Smaart, d&b ArrayCalc

SITUATION
[[D:38 ans]], [[F:marié, un enfant]].
[[U:Délégué SYNPTAC-CGT pour la région Auvergne-Rhône-Alpes]] pendant la lutte sur l'assurance chômage des intermittents en 2021 (occupation du Théâtre de l'Odéon de Lyon).
[[E:Fils d'un ouvrier algérien arrivé à Vénissieux en 1972]].
[[C:Condamné en 2010 pour conduite sous l'emprise de stupéfiants (suspension de permis six mois)]] — permis récupéré, je conduis le camion de tournée.
[[H:Acouphènes depuis 2018]] : je porte des protections sur mesure.

Référence : <<Dominique Delorme>>, directeur des Nuits de Fourvière
""",

# 003 musicien, Bruxelles
r"""
<<Thibault Van den Bossche>>
Violoncelliste — <<Saint-Gilles, 1060 Bruxelles>> — <<+32 476 52 19 08>> — <<thibault.vdb@skynet.be>>

PARCOURS
Violoncelle solo, {{Orchestre royal de chambre de Wallonie}} (depuis 2017)
Membre fondateur du {{Quatuor Tana}} (2008-2016)
Chambriste invité : Festival de Stavelot, Flagey, Bozar

ENREGISTREMENTS
{{Chostakovitch, quatuors 1-15}} (Fuga Libera, 2015)
« Kaddish » — musique de chambre de compositeurs juifs déportés, avec Denis Herlin (2019)

ENSEIGNEMENT
{{Professeur de violoncelle, Conservatoire royal de Bruxelles}} (depuis 2019)

FORMATION
{{Premier prix, Conservatoire royal de Bruxelles}} (2006) ; Chapelle musicale Reine Élisabeth (2006-2008)

VIE PERSONNELLE
[[G:Porteur sain de la mucoviscidose (mutation F508del)]] — [[F:nous avons eu recours à une FIV avec ma compagne]], d'où une année 2020 allégée. [[F:Papa d'une petite fille depuis 2021]]. [[U:Affilié à la CGSP Culture]] et [[P:membre d'Ecolo, section Saint-Gilles]]. [[H:Opéré d'une tendinite calcifiante de l'épaule droite en 2018]].

Références : <<Frank Braley>>, <<Véronique Bogaerts>>
""",

# 004 plasticienne, Genève
r"""
<<Naïma Zürcher-Belkacem>>
Artiste plasticienne
<<Rue des Bains 44, 1205 Genève>> · <<+41 78 614 22 37>> · <<atelier@naimazb.ch>> · <<naimazb.ch>>

EXPOSITIONS PERSONNELLES
2024  {{« Généalogies »}}, {{Centre d'art contemporain Genève}}
2021  {{« Frontière liquide »}}, Kunsthalle Bern — sur les naufrages en Méditerranée
2018  « Prières de ma grand-mère », Galerie Laurence Bernard

EXPOSITIONS COLLECTIVES
2023  Swiss Art Awards, Bâle
2020  {{Biennale de Dakar}}, Off
2019  « Corps étrangers », Musée d'art et d'histoire, Genève

BOURSES & RÉSIDENCES
{{Prix culturel Manor Genève}} (2022) ; {{Résidence à la Cité internationale des arts, Paris}} (2020)

FORMATION
{{Master Arts visuels, HEAD – Genève}} (2014)

NOTE D'INTENTION (extrait)
« Généalogies » est née d'un choc : [[G:mon test ADN, fait en 2021, m'a révélé un grand-père biologique inconnu]]. [[E:Née d'une mère kabyle et d'un père bernois]], j'ai grandi entre deux récits. [[R:Je ne pratique aucune religion]] mais les prières de ma grand-mère restent ma première musique. [[S:Je vis avec ma compagne, Lea]].

[[U:Membre de Visarte Genève]]
""",

# 005 chanteuse, Montréal
r"""
<<MARIE-ÈVE GAGNON>>
Auteure-compositrice-interprète
Gérance : <<Productions Spectra>> — <<Julie Lavoie>> — <<514 555-0147>> — <<jlavoie@spectra.ca>>
<<marieevegagnon.com>>

DISCOGRAPHIE
2023  {{« Les filles de Sainte-Rose »}} (Audiogram) — Félix, Album de l'année folk
2020  « Bleu Abitibi » (Audiogram)
2017  « Premier hiver » (autoproduit)

SPECTACLES
Plus de 250 représentations au Québec et en France ; {{Francos de Montréal}} (2021, 2023), {{Festival d'été de Québec}}, Printemps de Bourges (2019)
Première partie de {{Cœur de pirate}} (tournée 2019)

TÉLÉVISION
Coach invitée, {{La Voix}} (TVA, 2022)

FORMATION
{{DEC en chant populaire, Cégep de Drummondville}} (2012)

PRIX
{{Félix 2023}} ; lauréate des Francouvertes (2016)

EN VRAC
« Les filles de Sainte-Rose » parle des Sœurs grises qui m'ont élevée au pensionnat — [[R:je suis sortie de l'Église à 18 ans]]. [[S:Ma blonde, Sophie, joue de la batterie dans mon band]]. [[U:Membre de l'UDA]] et de la SPACQ. [[H:Je suis en rémission d'un cancer de la thyroïde (2019)]]. [[D:Née à Rouyn-Noranda en 1992]].
""",

# 006 danseur, Dakar
r"""
<<Ousmane Diagne>>
Danseur — chorégraphe
<<Sicap Liberté 6, Dakar, Sénégal>> · <<+221 77 541 30 62>> · <<ousmane.diagne.danse@gmail.com>>

ÉTAT CIVIL
[[D:Né le 22 septembre 1990 à Thiès]]
[[E:Nationalité : sénégalaise]]
[[F:Situation : marié, deux enfants]]

FORMATION
{{École des Sables, Toubab Dialaw}} — formation professionnelle de danse africaine contemporaine (2009-2011), auprès de Germaine Acogny
{{Programme « Prototype », Centre national de la danse (Pantin)}} (2015)

CRÉATIONS
2023  {{« Xaar Yalla » (Attendre Dieu)}} — solo sur les talibés, {{Festival Kaay Fecc}}, Dakar ; Montpellier Danse
2020  « Sabar Électrique », pièce pour six danseurs, Biennale de Lyon
2017  Interprète dans {{« Le Sacre du printemps » de Pina Bausch / École des Sables}}

ENSEIGNEMENT
Ateliers hebdomadaires pour enfants des rues, Médina, avec l'association Village Pilote

SANTÉ
[[G:Drépanocytaire AS (trait)]] ; [[H:deux crises de paludisme grave en tournée en 2019]], suivi à l'Institut Pasteur de Dakar.

CONVICTIONS
[[R:Je suis mouride et je fais le Magal de Touba chaque année]] ; je ne programme pas de spectacle ces jours-là.

Contact Europe : <<Cie Diagne Danse>>, <<c/o La Briqueterie, Vitry-sur-Seine>>
""",

# 007 griot, Bamako
r"""
<<Sidiki Kouyaté>>
Joueur de kora, chanteur, compositeur
<<Hamdallaye ACI 2000, Bamako, Mali>> | <<+223 76 48 12 05>> | <<sidikikouyate.kora@yahoo.fr>>

Sidiki Kouyaté est [[E:issu d'une grande famille de griots mandingues]] — [[E:la caste des jeli]] — et a appris la kora de son père dès l'âge de cinq ans. Il a accompagné Toumani Diabaté sur {{« The Mandé Variations »}} (2008) et tourné avec {{l'Orchestre Symphonique Kaïra}} en Europe.

Son album {{« Bamako-Tombouctou »}} (Mieruba, 2022) rend hommage aux manuscrits sauvés pendant l'occupation de 2012 ; le titre « Charia » évoque les musiciens réduits au silence par les jihadistes dans le Nord.

Il enseigne à {{l'Institut national des arts (INA) de Bamako}} et dirige chaque année le {{Festival sur le Niger}} (volet kora, Ségou).

FICHE
[[D:Âge : 41 ans]]
[[R:Confession : musulman]]
[[F:Marié (deux épouses), sept enfants]]
[[U:Membre du bureau de l'Association des artistes musiciens du Mali (SYNAMUS)]]
[[P:Il a soutenu publiquement le M5-RFP en 2020]]

Langues : bambara, français, anglais (notions)
Référence : <<Toumani Diabaté Jr.>>, <<contact@festivalsurleniger.org>>
""",

# 008 photographe, Beyrouth
r"""
<<Lina Saadé>>
Photographe documentaire
<<Mar Mikhael, Beyrouth, Liban>> · <<+961 3 482 117>> · <<lina@linasaade.com>> · <<linasaade.com>>

PROJETS
2021-2023  {{« Le Port, après »}} — série sur les familles des victimes de l'explosion du 4 août 2020 ; exposée à {{Arles (Rencontres 2023)}}
2019       {{« Thawra »}} — le soulèvement d'octobre, Beyrouth et Tripoli
2016-2018  « Chatila, troisième génération », camp de réfugiés palestiniens

PUBLICATIONS / COMMANDES
{{Le Monde}}, L'Orient-Le Jour, {{Magnum Foundation}} (bourse 2020), Médecins Sans Frontières

FORMATION
{{Master en photographie, Académie libanaise des beaux-arts (ALBA)}} (2012)

ENSEIGNEMENT
Chargée de cours, ALBA (depuis 2017)

PERSONNEL
[[C:Arrêtée et condamnée à une amende en 2019 pour « atteinte à l'ordre public » lors d'une manifestation]]. [[P:Je milite avec Beirut Madinati]]. [[R:Famille maronite, je ne suis pas croyante]]. [[H:Blessée aux yeux (éclats de verre) le 4 août 2020]], vision partielle de l'œil gauche. [[G:Mes empreintes sont enregistrées dans le fichier VIS depuis mes visas Schengen]] — procédure rapide pour les festivals.

[[D:36 ans]].
""",

# 009 peintre, Haïti
r"""
<<Jean-Robert Pierre-Louis>>
Peintre
<<Pétion-Ville, Haïti>> / <<Rue Saint-Denis, Montréal>> · <<+509 3712 4481>> · <<jrpierrelouis.art@gmail.com>>

FORMATION
{{Centre d'art d'Haïti}}, Port-au-Prince (2003-2006)
{{ENARTS (École nationale des arts)}}, diplôme de peinture (2008)

EXPOSITIONS
2023  {{« Lwa et métropoles »}}, {{Musée d'art contemporain de Montréal}} (collective)
2021  {{« Après Goudougoudou »}}, Fondation Clément, Martinique — sur le séisme de 2010
2018  « Les Saints de la rue », Galerie Monnin, Pétion-Ville
2016  Biennale de La Havane

COLLECTIONS
Fondation Clément ; Collection FOKAL ; Musée du Panthéon national haïtien (MUPANAH)

PAROLES D'ARTISTE
Mes tableaux peuplés de lwa ne sont pas de l'ethnographie : [[R:je suis vodouisant, initié (kanzo) en 2011]]. [[H:Amputé de la jambe droite après le séisme de 2010]], je peins assis, sur de grands formats à plat. [[F:Père de trois enfants ; ma femme et les deux aînés vivent à Montréal]]. [[E:Résident permanent au Canada depuis 2019]].

[[D:Né en 1984]], Jacmel.
Galerie : <<Galerie Monnin>>, <<galeriemonnin@gmail.com>>
""",

# 010 illustratrice née au Vietnam, Paris
r"""
<<Thu-Hà Nguyễn Lemoine>>
Illustratrice jeunesse & autrice de bande dessinée
<<75011 Paris>> — <<thuha.illustration@gmail.com>> — <<06 12 58 77 40>> — instagram <<@thuha.dessine>>

Publications
• {{« La Petite Fille du Mékong »}}, album jeunesse, {{L'École des loisirs}} (2022)
• {{« Boat People »}}, roman graphique, Delcourt (2020) — Prix Artémisia
• « Le Nouvel An du Têt », documentaire jeunesse, Milan (2018)

Presse & commandes
{{XXI}}, Télérama, {{Bayard Jeunesse (J'aime lire)}}, affiche du Festival d'Angoulême « jeunesse » 2023

Formation
{{Diplôme de l'École Estienne (DN MADE illustration)}}, 2015

Interventions
Ateliers dans les écoles et médiathèques d'Île-de-France ; résidence au {{Musée national de l'histoire de l'immigration}} (2021)

Un mot sur moi
« Boat People » raconte l'histoire de ma mère, pas la mienne : [[E:je suis née à Hô-Chi-Minh-Ville et j'ai été adoptée à deux ans par une famille bretonne]]. [[R:Élevée dans le catholicisme, je suis aujourd'hui bouddhiste pratiquante]]. [[H:Je souffre d'une dépression récurrente, bien suivie]], ce qui explique un rythme de deux livres par an. [[D:34 ans]].

Contact éditorial : <<Sophie Giraud>>, Delcourt
""",

# 011 chanteur maloya, Réunion
r"""
<<Patrick Hoarau dit « Ti Patou »>>
Chanteur, percussionniste (roulèr, kayamb)
<<Saint-Louis, La Réunion (974)>> · <<0692 41 88 20>> · <<tipatou.maloya@orange.fr>>

PARCOURS
{{Fondateur du groupe Lanbik Maloya}} (2005-)
Albums : {{« Kabar pou nout zansèt »}} (2012), « Lèv dobout » (2019)
Festivals : {{Sakifo}}, WOMEX (2017), {{Festival Île de la Réunion à Paris}}, {{Africolor}}

TRANSMISSION
{{Intervenant maloya, Conservatoire à rayonnement régional de La Réunion}} (depuis 2014)
Ateliers en milieu carcéral, centre pénitentiaire du Port (2016-2022)

LE MALOYA ET MOI
Le maloya a été interdit, puis porté par le Parti communiste réunionnais ; [[P:j'ai été militant du PCR de 18 à 30 ans]]. [[R:J'organise le servis kabaré pour nos ancêtres chaque année]] — [[E:ma famille descend d'engagés malgaches et de Cafres]]. [[C:Condamné à quatre mois avec sursis en 1998 pour les émeutes du Chaudron]]. [[F:Marié, cinq enfants, trois petits-enfants]]. [[D:Né en 1976]].

Référence : <<Danyèl Waro>>
""",

# 012 conservatrice, Marseille
r"""
<<Dr Rachel Benhamou>>
Conservatrice du patrimoine
<<13007 Marseille>> · <<rachel.benhamou@laposte.net>> · <<06 89 31 44 02>>

FONCTIONS
Depuis 2018  {{Conservatrice en chef, département Méditerranée, Mucem}}
             Commissaire de {{« Juifs d'Algérie, 1830-1962 »}} (2022) et de {{« Pèlerinages »}} (2019)
             Co-commissaire de « Roms, une histoire européenne » (2021)
2011-2018    {{Conservatrice, musée d'Art et d'Histoire du judaïsme}}, Paris
2009-2011    Stagiaire, Institut national du patrimoine

FORMATION
{{Institut national du patrimoine}}, promotion 2009-2011
{{Doctorat d'histoire de l'art, Paris-Sorbonne}} (2008)

PUBLICATIONS
{{« Objets de culte, objets d'exil »}}, Actes Sud, 2020

ÉLÉMENTS PERSONNELS
[[E:Ma famille paternelle est constantinoise, arrivée à Marseille en 1962]]. [[R:Je suis pratiquante et je ne travaille pas le samedi ni pendant les fêtes de Tichri]], contrainte prévue dans les plannings de montage. [[F:Trois enfants ; en congé parental à 80 % jusqu'en 2021]]. [[U:Syndiquée SNAC-FSU]].

Références : <<Jean-François Chougnet>> ; <<Paul Salmona>>
""",

# 013 traductrice, Strasbourg
r"""
<<Anne-Sophie Kieffer>>
Traductrice littéraire (allemand, anglais → français)
<<67000 Strasbourg>> · <<askieffer.traduction@gmail.com>> · <<06 74 20 51 93>>

TRADUCTIONS (sélection)
2023  {{« Le Dernier Été de la RDA »}}, roman, Éd. Jacqueline Chambon — Prix Eugen-Helmlé
2021  {{« Stolpersteine »}}, récits sur les pavés de la mémoire, Éd. de l'Antilope
2019  « Ma mère, sa maladie et moi », mémoires sur la chorée de Huntington (Stock)
2017  Sous-titrage de {{« Le Ruban blanc »}} (reprise), Arte

FORMATION
{{Master traduction littéraire, ITI-RI Strasbourg}} (2010)
Agrégation d'allemand (2008)

RÉSIDENCES
{{Collège international des traducteurs littéraires (CITL), Arles}}, 2018 ; Literarisches Colloquium Berlin, 2022

ACTIVITÉS ASSOCIATIVES
[[U:Adhérente de l'ATLF]] (Association des traducteurs littéraires de France) ; {{jury du prix Gérard-de-Nerval}}

À SAVOIR
[[G:Porteuse d'une mutation BRCA1]], [[H:j'ai subi une mastectomie préventive en 2020]], d'où une année sans livre. [[S:Pacsée avec Julie depuis 2015]]. [[P:Adhérente au Parti socialiste d'Alsace]]. [[R:Protestante (Église protestante réformée d'Alsace et de Lorraine), je chante au temple Saint-Guillaume]].

Référence : <<Claire de Oliveira>>
""",

# 014 chef de chœur gospel, Paris
r"""
<<Emmanuel Mbemba>>
Chef de chœur gospel — pianiste — arrangeur
<<93200 Saint-Denis>> · <<06 51 30 78 44>> · <<emmanuel.mbemba@gospelparis.fr>>

EXPÉRIENCE
Depuis 2012  {{Directeur musical, Chœur Gospel de Paris}}
             Tournées annuelles (Olympia, {{Festival de Marciac}}, Montreux Jazz)
Depuis 2016  {{Chef de chœur, Maîtrise populaire de l'Opéra-Comique}} (répertoire afro-américain)
2010-2015    Choriste studio : Yannick Noah, Christophe Maé, {{« The Voice » (TF1)}}

ARRANGEMENTS
{{« Negro Spirituals de la Résistance »}}, création 2019 au {{Festival de Saint-Denis}}
« Oh Happy Day — 50 ans », hommage Edwin Hawkins (2019)

FORMATION
{{DEM piano jazz, CRR de Paris}} (2009)

PERSONNEL
Le gospel est mon métier, et [[R:c'est aussi ma foi : je suis pasteur laïc à l'Église évangélique de Saint-Denis]]. [[E:Congolais de Brazzaville, naturalisé français en 2014]]. [[F:Marié à Grâce, quatre enfants]]. [[U:Adhérent SNAM-CGT]]. [[D:47 ans]].

Références : <<Olivier Mantei>> (Opéra-Comique)
""",

# 015 régisseur lumière, Nantes
r"""
<<Gwenaël Le Goff>>
Régisseur lumière — éclairagiste
<<44000 Nantes>> · <<gwen.legoff.lumiere@gmail.com>> · <<07 81 62 09 33>>

Expérience
2019 → auj.   {{Régisseur lumière principal, Le Lieu Unique}}, Nantes
2015 → 2019   {{Régisseur lumière de tournée, Royal de Luxe}} (« La Saga des Géants »)
2012 → 2015   Électricien, {{Théâtre universitaire de Nantes}}

Créations lumière
{{« Les Pieds Tanqués »}} (théâtre sur la guerre d'Algérie), Cie Artscénicum, 2021
« Noir et Humide », création jeune public, 2020

Formation
{{DMA régie de spectacle, option lumière — Lycée Guist'hau}} (2012)
{{SSIAP 1}} ; habilitation électrique BR ; travail en hauteur

Logiciels
grandMA3, ETC Eos, Capture, WYSIWYG

Situation personnelle
[[C:Condamnation en 2013 pour dégradations lors d'une manifestation contre l'aéroport de Notre-Dame-des-Landes]] (casier mentionné pour les accréditations). [[P:Militant à la ZAD jusqu'en 2018]]. [[U:Élu CSE et délégué syndical SYNPTAC-CGT au Lieu Unique]]. [[H:Épilepsie stabilisée sous traitement]], je ne conduis plus la nuit. [[D:33 ans]].

Référence : <<Patrick Gyger>>, directeur du Lieu Unique
""",

# 016 comédien, Lausanne
r"""
<<Mathieu Rochat>> — comédien
<<Lausanne (VD)>> | <<+41 79 302 18 64>> | <<mathieu.rochat@bluewin.ch>>
Agence : <<Artmedia Suisse>>

[[D:Âge de jeu : 35-45]] · 1,82 m · accent vaudois sur demande · [[E:Nationalité : suisse et italienne]]

THÉÂTRE
2023  Alceste — {{Le Misanthrope}} — m.e.s. Omar Porras, {{Théâtre Kléber-Méleau}}
2022  Le Père — {{« Je suis ton père »}} (création sur le diagnostic génétique prénatal) — Théâtre de Vidy
2019  Rôles multiples — « Cap au pire », Théâtre du Grütli

CINÉMA
2021  {{« Azor »}} (Andreas Fontana) — rôle secondaire
2018  {{« Tambour battant »}} (François-Christophe Marzal)

FORMATION
{{Haute école de théâtre de Suisse romande (La Manufacture)}}, 2009

DIVERS
[[G:Atteint d'une dystrophie myotonique de Steinert, diagnostic génétique posé en 2016]] : [[H:fatigue musculaire certains soirs]], aucune annulation à ce jour. [[F:Divorcé, un fils]], [[S:aujourd'hui en couple avec Julien]]. [[U:Membre du SSRS]].
""",

# 017 écrivain, Québec
r"""
<<Étienne Bouchard-Lévesque>>
Écrivain, chroniqueur
<<Limoilou, Québec (Qc) G1L>> · <<418 555-0163>> · <<etiennebl@videotron.ca>>

LIVRES
{{« La Prison des Plaines »}}, roman, Boréal (2022) — Prix des libraires du Québec
{{« Saint-Roch, nuit blanche »}}, nouvelles, Alto (2019)
« Tabarnak », essai sur le sacre et la Révolution tranquille, Lux (2017)

CHRONIQUES
{{Le Devoir}} (chronique littéraire, 2018-) ; Radio-Canada, « Plus on est de fous » (2016-2020)

ATELIERS
{{Atelier d'écriture, Établissement de détention de Québec}} (2020-)
Chargé de cours en création littéraire, Université Laval (2019-)

FORMATION
{{Maîtrise en études littéraires, Université Laval}} (2014)

CE QU'ON ME DEMANDE SOUVENT
Oui, « La Prison des Plaines » vient de quelque part : [[C:j'ai purgé dix-huit mois à Orsainville pour trafic en 2008]], et [[C:j'ai obtenu ma suspension de casier en 2016]]. [[H:Sobre depuis 2009, suivi en dépendance]]. [[P:Candidat de Québec solidaire dans Jean-Lesage en 2018]]. [[F:Conjoint de fait, une fille]]. [[D:41 ans]].
[[U:Membre de l'UNEQ]]
""",

# 018 productrice de festival, Avignon
r"""
<<Sandrine Marchetti>>
Productrice — directrice de production de festivals
<<84000 Avignon>> · <<sandrine.marchetti@orange.fr>> · <<06 33 47 19 02>>

PARCOURS
2017 – ...   {{Directrice de production, Festival d'Avignon}}
             Production de la Cour d'honneur ({{« Le Jardin des délices »}}, 2023) ; coordination de 40 spectacles par édition
2012 – 2017  {{Administratrice de production, Festival de Marseille}}
             {{« Migrant·es, paroles de la Méditerranée »}} (2016), projet participatif avec la Cimade
2008 – 2012  Chargée de production, {{Compagnie Maguy Marin}}

FORMATION
{{Master « Direction de projets culturels », Université Lyon 2}} (2007)

COMPÉTENCES
Budgets jusqu'à 4 M€, licences d'entrepreneur de spectacles, accueil de compagnies internationales, gestion des intermittents, sécurité ERP

À TITRE PERSONNEL
[[S:Mariée à Nadia depuis 2016]] ; [[F:nous attendons notre premier enfant en juin]] ([[F:congé de maternité prévu de juin à octobre]]). [[P:Conseillère municipale d'opposition (liste PS-écologistes) à Villeneuve-lès-Avignon]]. [[E:Corse par mon père]]. [[D:Née en 1983]].

Référence : <<Tiago Rodrigues>>
""",

# 019 danseuse en situation de handicap, Montpellier
r"""
<<Élodie Faure>>
Danseuse — interprète et pédagogue
<<34000 Montpellier>> · <<elodie.faure.danse@gmail.com>> · <<06 98 02 11 45>>

Interprète
2021 – 2024  {{Compagnie Candoco}} (Londres) — tournée « Set and Reset/Reset »
2018 – 2021  {{Compagnie DK-BEL}} (danse inclusive, Paris) — « Illumination(s) »
2016 – 2018  Danseuse chez {{Montpellier Danse}} (projets amateurs et pros, « Danse et handicap »)

Créations
2023  {{« Os de verre »}}, solo, {{Festival Montpellier Danse}}

Formation
{{Formation du danseur interprète, EPSEDANCE}} (2015)
Diplôme d'État de professeur de danse contemporaine (2019)

Pédagogie
Ateliers « danse assise » pour des résidents d'ESAT et d'IME

Ce que j'apporte
« Os de verre » parle de mon propre corps : [[G:j'ai une ostéogenèse imparfaite de type I, confirmée génétiquement]], [[H:et je danse en fauteuil roulant depuis une fracture du bassin en 2014]]. [[H:Reconnaissance RQTH]]. [[S:Ma compagne Inès est ma répétitrice]]. [[D:29 ans]]. [[U:Syndiquée au SFA-CGT, commission handicap]].

Référence : <<Pedro Machado>>, Candoco
""",

# 020 organiste liturgique, Lyon
r"""
<<Benoît Chassagne>>
Organiste, claveciniste
<<69005 Lyon>> · <<06 20 84 39 17>> · <<benoit.chassagne.orgue@gmail.com>>

POSTES
Depuis 2014  {{Organiste titulaire, primatiale Saint-Jean de Lyon}} (messes, vêpres, offices pontificaux)
Depuis 2016  {{Professeur d'orgue, CRR de Lyon}}
2009 – 2014  Organiste adjoint, basilique Notre-Dame de Fourvière

CONCERTS & DISQUES
Intégrale Bach à Saint-Jean (2017-2019) ; {{« Messiaen : La Nativité du Seigneur »}} (Ligia, 2020)
Festival de Saint-Maximin, Toulouse les Orgues

FORMATION
{{Premier prix d'orgue, CNSMD de Lyon}} (2008)

PRIX
{{Grand prix de Chartres}} (interprétation), 2010

CHOSES À SAVOIR
Je joue la liturgie depuis vingt ans et la connais par cœur ; [[R:je ne suis pas croyant — athée depuis l'adolescence]], ce que le chapitre sait. [[U:Délégué SNAM-CGT au conservatoire]]. [[D:Né le 17 mai 1985]]. [[F:Pacsé, deux enfants]].

Références : <<Mgr Olivier de Germay>> ; <<Michel Bouvard>>
""",
]
