CVS = [
# 021 graphiste, Lille — portfolio
r"""
<<Hugo Delattre>> — graphiste & typographe
<<hugodelattre.fr>> · <<bonjour@hugodelattre.fr>> · <<59000 Lille>>

Je dessine des identités visuelles, des affiches et des caractères. Beaucoup de culture, un peu d'institutionnel, jamais de pub pour les banques.

Projets récents
— {{Identité de Lille3000, édition « Utopia »}} (2022)
— {{Affiches de la saison 2023-24 du Théâtre du Nord}}
— {{Caractère « Flandrin »}}, distribué par Production Type
— Affiche de la {{Marche des fiertés de Lille 2023}} (commande de l'association J'en suis, J'y reste)
— Campagne « Votez ! » pour la Ville de Roubaix (élections européennes 2024)

Parcours
2018 → auj.  Indépendant
2015 → 2018  {{Designer graphique, studio Atelier Baudelaire}}, Lille

Formation
{{DNSEP design graphique, ESAD Amiens}} (2015)

Distinctions
{{Type Directors Club}} (2021) ; sélection Biennale de Chaumont (2022)

Hors écran
[[S:Je suis gay]] et [[S:bénévole au centre LGBT J'en suis, J'y reste]] depuis 2016, d'où l'affiche. [[P:Adhérent des Écologistes, je fais leurs tracts à prix coûtant]]. [[C:Une garde à vue et un rappel à la loi en 2019 pour collage d'affiches sauvages]]. [[D:31 ans]].
""",

# 022 médiatrice culturelle, Bordeaux
r"""
<<Aminata Sow>>
Médiatrice culturelle
<<33800 Bordeaux>> · <<aminata.sow.mediation@gmail.com>> · <<07 66 21 40 58>>

EXPÉRIENCE
2019 – aujourd'hui  {{Médiatrice, musée d'Aquitaine}}
  • Conception des visites {{« Bordeaux, port négrier »}} (salles sur la traite atlantique et l'esclavage)
  • {{Ateliers « Mémoires des migrations » avec des classes d'accueil (UPE2A)}}
2016 – 2019  {{Chargée des publics, CAPC musée d'art contemporain}}
2015 – 2016  {{Service civique, Cap Sciences}}

FORMATION
{{Master « Médiation culturelle et patrimoniale », Université Bordeaux Montaigne}} (2015)

LANGUES
Français, anglais, peul (pulaar), wolof (notions)

INFORMATIONS COMPLÉMENTAIRES
[[E:Née à Saint-Louis du Sénégal, arrivée en France à 11 ans]] ; [[E:naturalisée en 2008]]. [[R:Musulmane pratiquante]], [[R:je porte le foulard]] — il n'a jamais posé de problème en salle. [[G:Mon titre de séjour biométrique, puis ma carte d'identité, ont pris mes empreintes à 14 ans]] : j'en parle dans les ateliers sur les migrations. [[F:Mariée, un enfant de trois ans]]. [[D:32 ans]].

Référence : <<Laurent Védrine>>, directeur du musée d'Aquitaine
""",

# 023 comédien de doublage, Paris
r"""
<<GUILLAUME ARNOUX>>
Comédien — doublage, voix off, livres audio
<<Agence Voix Off Paris>> — <<01 45 26 70 31>>
Studio maison : <<Montreuil (93)>> · <<guillaume.arnoux.voix@gmail.com>>

[[D:Né le 9 décembre 1979]] — voix grave, timbre chaud · [[D:Âge vocal : 30-55]]

DOUBLAGE (voix française)
{{« The Crown »}} (Netflix) — rôle récurrent, saisons 5-6
{{« Succession »}} (HBO) — Roman Roy, en alternance
{{« Oppenheimer »}} (Universal) — rôle secondaire
Jeux vidéo : {{« Assassin's Creed Mirage »}} (Ubisoft)

LIVRES AUDIO
{{« Les Misérables »}} (Audible, intégrale) ; « L'Étranger » (Gallimard Écoutez lire)

FORMATION
{{Cours Florent}} (2001-2004) ; stage doublage à l'{{École supérieure de doublage}}

ADMINISTRATIF
[[U:Adhérent SFA-CGT, élu au bureau national]]. [[C:Condamné en 2005 pour outrage à agent]] ; casier réhabilité depuis. [[H:Opéré d'un nodule sur les cordes vocales en 2016]]. [[F:Deux enfants, séparé de leur mère]].
""",

# 024 plasticien queer, Bruxelles
r"""
<<Yannick Mbuyi>>
Artiste visuel — performance, installation
<<1000 Bruxelles>> · <<yannickmbuyi.be>> · <<studio@yannickmbuyi.be>> · <<+32 485 11 72 06>>

BIOGRAPHIE
Yannick Mbuyi vit et travaille à Bruxelles. [[E:Né à Kinshasa en 1988]], [[E:arrivé en Belgique à six ans]], il interroge les archives coloniales et les corps qui n'y figurent pas.

EXPOSITIONS (sélection)
2024  {{« Matonge, mémoire vive »}}, {{WIELS}}, Bruxelles
2022  {{« Zaïre Pride »}}, Kanal – Centre Pompidou (performance)
2020  « Restitutions », AfricaMuseum, Tervuren (intervention)
2018  Biennale de Lubumbashi

PRIX & RÉSIDENCES
{{Prix de la Jeune Peinture belge}} (lauréat 2021) ; Résidence {{Triangle Astérides}}, Marseille (2019)

FORMATION
{{Master en arts plastiques, La Cambre}} (2013)

DÉCLARATION
Mes performances citent mon histoire : [[S:en tant qu'homme queer]] [[E:de la diaspora congolaise]], j'ai grandi entre l'église et la boîte de nuit. [[H:Je vis avec le VIH depuis 2015]] et « Zaïre Pride » est aussi une pièce sur la PrEP et le silence. [[R:Fils de pasteur kimbanguiste, je ne crois plus]]. [[P:Je suis membre du PTB depuis 2019]].

Galerie : <<Galerie Nathalie Obadia>>, Bruxelles
""",

# 025 slameur, Dakar
r"""
<<Ibrahima « Ibou » Faye>>
Slameur — rappeur — animateur d'ateliers d'écriture
<<Parcelles Assainies, Dakar>> · <<+221 78 402 19 66>> · <<iboufaye.slam@gmail.com>>

PARCOURS ARTISTIQUE
{{Fondateur du Collectif Slam Xamxam}} (2013)
Albums : {{« Dakar Kilomètre Zéro »}} (2019), « Ndank Ndank » (2022)
Scènes : {{Festival Duni Slam}}, Africa Fête, {{Festival Banlieues Bleues}} (Seine-Saint-Denis)

ATELIERS
Ateliers d'écriture à la {{Maison d'arrêt de Rebeuss}} et dans les daaras de Pikine (2017-)

FORMATION
Licence de lettres modernes, {{Université Cheikh Anta Diop}} (2011)

ÉTAT CIVIL
[[D:Né en 1988 à Rufisque]] ; [[F:célibataire]].
[[R:Musulman, de la confrérie tidiane]].

À DÉCLARER
[[P:Militant de Y'en a marre depuis 2011]], [[C:j'ai été condamné en 2021 à trois mois avec sursis pour participation à une manifestation non autorisée]] pendant les émeutes de mars. [[C:Incarcéré deux semaines à Rebeuss avant le jugement]].

Référence : <<Didier Awadi>>
""",

# 026 scénographe, Montréal
r"""
<<Widlyne Charles>>
Scénographe et conceptrice de costumes
<<Villeray, Montréal>> · <<514 555-0190>> · <<widlyne.charles.design@gmail.com>>

CONCEPTIONS (choix)
2023  {{« Héritage »}} de Lorraine Hansberry — scénographie — {{Théâtre du Nouveau Monde}}
2022  {{« Kuessipan »}} — costumes — Théâtre Denise-Pelletier
2021  « Port-au-Prince, 12 janvier » — scénographie — Théâtre de Quat'Sous
2019  {{« Les Belles-sœurs »}} — assistante scénographe — Théâtre du Rideau Vert

FORMATION
{{École nationale de théâtre du Canada, programme de scénographie}} (2016)
Baccalauréat en design de l'environnement, UQAM (2013)

PRIX
{{Prix de la critique, Association québécoise des critiques de théâtre}} (2023)

AFFILIATIONS
[[U:APASQ et AQTIS 514 IATSE]]

PERSONNEL
[[E:Québécoise d'origine haïtienne, née à Montréal de parents arrivés en 1986]]. [[G:Un test génétique en 2020 a confirmé que je suis porteuse du trait drépanocytaire]], [[F:ce qui a compté pour ma grossesse]] ; [[F:de retour de congé parental en septembre 2023]]. [[D:34 ans]].

Référence : <<Lorraine Pintal>>, TNM
""",

# 027 photographe, Lyon
r"""
<<Julien Ferrand>> — photographe
<<69007 Lyon>> · <<06 45 17 83 29>> · <<julien@julienferrand-photo.fr>> · <<julienferrand-photo.fr>>

Photographe auteur, représenté par l'agence {{Hans Lucas}}.

Séries
2022  {{« Les Invisibles de la Guillotière »}} — sans-papiers et squats, exposée au {{Festival Images de Vevey}}
2020  « Blouses blanches » — un an en réanimation à l'hôpital Édouard-Herriot (Covid)
2018  « Les Gilets jaunes du rond-point de Vénissieux »

Commandes
Libération, {{La Croix}}, {{Mediapart}}, Région Auvergne-Rhône-Alpes

Formation
{{École nationale supérieure de la photographie (ENSP), Arles}} (2012)

Parcours perso (on me le demande)
[[H:Bipolaire de type I, stabilisé]] ; [[H:hospitalisé au Vinatier en 2016]]. [[C:Condamné en 2019 à une amende pour rébellion]] lors d'une manifestation de Gilets jaunes que je couvrais. [[G:Mon ADN a été prélevé et inscrit au FNAEG à cette occasion]]. [[S:En couple avec Thomas]]. [[D:Né en 1987]].
""",

# 028 chanteuse lyrique, Paris
r"""
<<Clémence Aubry-Nakamura>>
Soprano
Agent : <<Opéra Management International>> — <<Yannick Lemaire>> — <<+33 1 47 20 11 84>>
<<clemence-aubry-nakamura.com>>

RÔLES
2024  Cio-Cio-San — {{Madama Butterfly}} — {{Opéra national de Paris}} (Bastille)
2023  Blanche de la Force — {{Dialogues des carmélites}} — Théâtre des Champs-Élysées
2022  Micaëla — {{Carmen}} — Festival d'Aix-en-Provence
2021  Pamina — Die Zauberflöte — Opéra de Rouen

CONCERTS
{{Requiem de Fauré}} (Orchestre de Paris) ; Stabat Mater de Pergolèse (Ambronay)

FORMATION
{{Académie de l'Opéra national de Paris}} (2016-2018) ; {{CNSMD de Paris}}, master (2016)

DISTINCTION
{{Révélation artiste lyrique, Victoires de la musique classique}} (2020)

NOTES BIOGRAPHIQUES
[[E:Née à Lyon d'une mère japonaise et d'un père français]], Clémence a longtemps refusé Butterfly avant de l'aborder en 2024. [[R:Catholique pratiquante]], [[R:elle chante chaque dimanche à Saint-Sulpice quand elle est à Paris]]. [[G:Elle a fait séquencer son génome dans le cadre du programme de recherche « France Génomique 2025 »]], [[G:sa sœur étant atteinte de mucoviscidose]]. [[F:Mère d'un petit garçon né en 2022]].
""",

# 029 marionnettiste, Toulouse
r"""
<<Lucie Barthe>>
Marionnettiste — constructrice — metteuse en scène
<<31000 Toulouse>> · <<lucie.barthe.marionnette@laposte.net>> · <<06 29 44 71 08>>

COMPAGNIE
{{Directrice artistique, Compagnie Fil de Laine}} (depuis 2014)
  {{« La Vieille qui ne voulait pas mourir »}} (2022) — sur Alzheimer et la fin de vie ; 180 dates
  {{« Mémé Résistance »}} (2018) — la Résistance toulousaine racontée par une marionnette de 90 ans

COLLABORATIONS
Constructrice pour le {{Théâtre aux Mains Nues}} et pour {{Philippe Genty}} (tournée 2016)

FORMATION
{{ESNAM — École nationale supérieure des arts de la marionnette}}, Charleville-Mézières (2013)

TRANSMISSION
Ateliers en EHPAD et en service de pédiatrie (CHU Purpan)

VIE PERSONNELLE
[[H:Sourde d'une oreille depuis une méningite à 20 ans]]. [[U:Adhérente au SYNAVI]]. [[P:Militante LFI, j'ai été candidate aux municipales 2020 sur la liste Archipel Citoyen]]. [[F:Deux enfants]], [[D:40 ans]].

Référence : <<Claire Dancoisne>>
""",

# 030 musicienne, Genève
r"""
<<Fatima Rochat-El Idrissi>>
Percussionniste — musicienne d'orchestre et de musiques du monde
<<1203 Genève>> · <<+41 76 391 04 52>> · <<fatima.rie@gmail.com>>

POSTES
Depuis 2015 — {{Percussionniste tuttiste, Orchestre de la Suisse Romande}}
2011-2015 — {{Orchestre de chambre de Lausanne}} (supplémentaire)
Depuis 2018 — {{Enseignante de percussions, Conservatoire populaire de musique de Genève}}

PROJETS
{{« Gnawa Symphonique »}} avec Maâlem Hamid El Kasri, Victoria Hall (2019)
{{« Soufis de Fès »}}, tournée européenne (2022) — musiques de confréries, avec l'Ensemble Ibn Arabi
Atelier « Rythmes d'ailleurs » pour les classes d'accueil de l'école primaire des Pâquis

FORMATION
{{Master d'interprétation, HEM Genève}} (2011)
{{Conservatoire de Rabat}}, classe de percussions traditionnelles (2006)

PERSONNEL
[[E:Marocaine de naissance, naturalisée suisse en 2017]]. [[S:Mariée à Claudia Rochat]] — d'où mon double nom. [[C:Condamnation (jours-amende avec sursis) en 2020 pour un accident de la route avec blessés légers]]. [[D:Née en 1987 à Meknès]]. [[P:Membre des Vert-e-s genevois, élue au conseil municipal de la Ville de Genève en 2020]].
[[U:Membre de l'USDAM]]
""",

# 031 autrice BD, Angoulême
r"""
<<Margaux Pellerin>>
Autrice de bande dessinée
<<16000 Angoulême>> · <<margaux.pellerin.bd@gmail.com>> · <<06 84 10 66 27>>

Albums
2023  {{« Les Hérétiques de Montségur »}} (scénario & dessin), Glénat — sur les cathares et l'Inquisition
2021  {{« Chimio Mambo »}} (dessin), Delcourt, scénario de Nadia Ferhat — sur le cancer d'une adolescente
2018  « Grève ! Lip 1973 », Futuropolis

Presse
{{La Revue dessinée}} ; {{Spirou}} (récits courts)

Formation
{{Master bande dessinée, EESI Angoulême}} (2014)

Résidence
{{Maison des auteurs, Angoulême}} (2016-2018)

Engagements
Membre des {{États généraux de la bande dessinée}} (groupe sur la rémunération)

Vie personnelle
« Chimio Mambo » n'est pas mon histoire, mais celle d'après l'est : [[G:mon père est atteint de la maladie de Huntington]] [[G:et j'ai choisi de ne pas faire le test présymptomatique]]. [[F:Je m'occupe de lui un week-end sur deux]]. [[H:Tendinite chronique du poignet droit]], je dessine en partie sur tablette. [[D:35 ans]].
""",

# 032 circassien, Bruxelles
r"""
<<Rayan Haddou>>
Artiste de cirque — mât chinois, acrobatie
<<Molenbeek-Saint-Jean, Bruxelles>> · <<+32 488 73 02 19>> · <<rayan.haddou.cirque@gmail.com>>

SPECTACLES
2022 – auj.  {{« Ressaca »}} — Cie {{Circo Aereo}} / {{Cirque Le Roux}} — tournée Europe
2019 – 2022  {{« Le Cri du Caméléon »}} (reprise) — Cirque Baroque
2018         Festival UP! – {{Espace Catastrophe}}, Bruxelles

FORMATION
{{École supérieure des arts du cirque (ESAC), Bruxelles}} (2018)
École de cirque de Molenbeek (2008-2014)

PÉDAGOGIE
Cours pour les jeunes de la Maison des cultures de Molenbeek

À SAVOIR
[[E:Belgo-marocain, de parents rifains]]. [[C:J'ai été placé en IPPJ à 16 ans après un vol avec violence]], et c'est l'école de cirque de Molenbeek qui m'a sorti de là. [[H:Double fracture de la cheville en 2021 (chute de mât), opérée]] ; reprise complète en 2022. [[R:Je fais le ramadan, je m'entraîne alors plus tôt le matin]]. [[P:J'ai milité au PTB à Molenbeek]]. [[D:26 ans]].
""",

# 033 costumière, Paris
r"""
<<Odile Lemercier>>
Costumière — chef d'atelier costumes
<<75020 Paris>> · <<odile.lemercier@wanadoo.fr>> · <<06 07 31 52 88>>

EXPÉRIENCE
1998 – 2023   {{Chef d'atelier costumes, Comédie-Française}}
              Réalisation des costumes de {{« Le Misanthrope »}} (2019), {{« Les Damnés »}} (2016), « Lucrèce Borgia » (2014)
1990 – 1998   Costumière, {{Opéra national de Paris}} (ateliers Berthier)
Depuis 2023   Costumière indépendante ; formatrice au {{GRETA des arts appliqués}}

FORMATION
{{DMA costumier-réalisateur, Lycée Paul-Poiret}} (1989)

SAVOIR-FAIRE
Coupe à plat et moulage, costume historique XVIIe-XIXe, teinture et patine, corseterie

VIE SYNDICALE ET PERSONNELLE
[[U:Déléguée du personnel CGT à la Comédie-Française pendant quinze ans]]. [[D:Âgée de 58 ans]], je souhaite transmettre. [[F:Veuve, deux enfants adultes]]. [[F:Aidante de ma mère]], ce qui m'oblige à éviter les longues tournées.

Référence : <<Éric Ruf>>, administrateur général
""",

# 034 cinéaste, Haïti–Montréal
r"""
<<Rachelle Désir>>
Réalisatrice, documentariste
<<Montréal (Qc)>> et <<Port-au-Prince>> · <<rachelle.desir.films@gmail.com>> · <<438 555-0115>>

FILMOGRAPHIE
2023  {{« Restavèk »}} (long métrage documentaire, ONF) — prix Magnus-Isacsson, RIDM
2020  {{« Les Ti Sœurs »}} (court métrage) — une communauté de religieuses à Jérémie
2017  {{« Sang mêlé »}} (moyen métrage) — sur la recherche des pères à l'aide de tests ADN en Haïti

PRODUCTION
Productrice associée, {{Coop Vidéo de Montréal}}

FORMATION
{{Maîtrise en cinéma, Université de Montréal}} (2015)
{{Ciné Institute, Jacmel}} (2010)

PERSONNEL
[[E:Née à Cap-Haïtien, réfugiée au Canada après 2010]], [[E:citoyenne canadienne depuis 2016]]. [[G:J'ai fait moi-même un test ADN de paternité en 2016]] — le point de départ de « Sang mêlé ». [[P:Membre du parti Pitit Desalin de 2012 à 2015]]. [[S:Ma conjointe est une monteuse québécoise]].
[[U:Membre de l'ARRQ]]
""",

# 035 guide-conférencière, Louvre
r"""
<<Hélène Vasseur>>
Guide-conférencière nationale
<<92100 Boulogne-Billancourt>> · <<helene.vasseur.guide@gmail.com>> · <<06 73 29 51 04>>

CARTE PROFESSIONNELLE
{{Carte de guide-conférencier}} (licence pro, 2009)

EXPÉRIENCE
Depuis 2012  {{Conférencière, musée du Louvre}} — départements des Antiquités orientales et des Arts de l'Islam
             Parcours {{« Les trois monothéismes au Louvre »}} et {{« Icônes et Évangiles »}}
Depuis 2010  Guide indépendante, Paris et Île-de-France (visites en français, anglais, hébreu) — groupes scolaires, comités d'entreprise, visiteurs étrangers
             {{Visites « Paris médiéval » et « Le Marais, quartier juif »}} pour Paris Musées
2009 – 2012  Guide, {{musée d'Orsay}}

FORMATION
{{Master d'histoire de l'art, École du Louvre}} (2008)

LANGUES
Anglais courant, hébreu courant, italien

MOI
Je travaille six jours par semaine en haute saison et prépare chaque année deux nouveaux parcours thématiques. [[D:39 ans]]. [[R:Juive pratiquante, je ne guide pas le samedi]]. [[S:En couple avec Myriam]]. [[E:Franco-israélienne, double nationalité]]. [[P:Adhérente au Parti socialiste]].
""",

# 036 chorégraphe, La Réunion
r"""
<<Sully Payet>>
Chorégraphe — danseur hip-hop et moringue
<<97460 Saint-Paul, La Réunion>> · <<0692 55 17 40>> · <<sully.payet.danse@gmail.com>>

COMPAGNIE
{{Directeur artistique, Compagnie Soul City}} (depuis 2011)
{{« Moring »}} (2022) — pièce sur le moringue, art de combat des esclaves — Théâtre Luc Donat, puis {{Suresnes Cités Danse}}
« Zanmari » (2019) — sur le carnaval et les croyances tamoules de l'île

FORMATION
{{Diplôme d'État de professeur de danse (jazz)}} (2010) ; formation hip-hop au {{Centre chorégraphique national de La Rochelle}} (2008)

TERRITOIRE
Ateliers au Port et à la Rivière des Galets, avec le {{Pôle régional des musiques actuelles}}

À PROPOS
[[E:Mon arrière-grand-père était un engagé tamoul]], ma mère est cafrine. [[G:Je suis drépanocytaire SS]], [[H:deux hospitalisations par an au CHU de Saint-Pierre]]. [[F:Marié, trois enfants]]. [[S:Ma première compagnie, je l'ai fondée avec mon ex, Noé]] — [[S:je suis bi]], et cela nourrit « Zanmari ». [[D:39 ans]].
""",

# 037 traductrice libanaise, Paris
r"""
<<Nour Abi Nader>>
Traductrice (arabe, anglais > français) et interprète de conférence
<<75014 Paris>> · <<nour.abinader@traduction.fr>> · <<06 41 80 29 36>>

TRADUCTIONS LITTÉRAIRES
{{« Le Corset »}}, roman de Hoda Barakat (Actes Sud, 2022)
{{« Poèmes de la prison de Roumieh »}} (Sindbad, 2020)
« La Chambre de la mariée », nouvelles druzes de la Montagne (L'Harmattan, 2017)

INTERPRÉTATION
{{Interprète auprès de la CNDA}} (Cour nationale du droit d'asile), 2015-2021
UNESCO, Institut du monde arabe

FORMATION
{{ESIT, Paris — Master interprétation de conférence}} (2012)
{{Université Saint-Joseph, Beyrouth — licence de traduction}} (2009)

PERSONNEL
[[E:Libanaise, arrivée à Paris en 2009]], [[E:naturalisée française en 2019]]. [[R:Élevée dans la foi druze]] ; [[R:je n'en ai plus la pratique]]. [[C:Retenue 48 heures par la Sûreté générale à Beyrouth en 2015 pour des articles en ligne]]. [[F:Mariée, un fils]].
[[U:Membre de l'ATLF]]
""",

# 038 jazzman, Liège
r"""
<<Olivier Dumont>> — saxophoniste
<<4000 Liège>> · <<+32 479 20 33 51>> · <<olivier@dumontjazz.be>>

Le saxophoniste liégeois Olivier Dumont mène depuis quinze ans le quartet {{Dumont / Urbain}} et joue dans le {{Brussels Jazz Orchestra}}. Il enseigne au {{Conservatoire royal de Liège}}.

Discographie
{{« Meuse Noire »}} (Igloo Records, 2021) — Django d'Or
« Seraing, 1960 » (2017) — suite sur la grande grève de l'hiver 60-61
« Chorals pour Saint-Barthélemy » (2014)

Festivals
{{Gent Jazz}}, Jazz à Liège, {{Jazz à Vienne}}, North Sea Jazz

Formation
{{Master jazz, Conservatoire royal de Liège}} (2006)

Fiche
[[S:Il vit avec son mari, le pianiste Arno Wuyts]]. [[U:Affilié à la FGTB (Centrale culturelle)]] — [[U:délégué au Conservatoire]]. [[H:Il a perdu quarante pour cent d'audition à droite]] et joue avec des bouchons filtrants. [[D:Né en 1981]]. [[C:Une condamnation pour coups et blessures en 2003, effacée]].

Booking : <<Jazz Suisse-Belge>>, <<booking@jsb.be>>
""",

# 039 régisseuse générale, Québec
r"""
<<Annie-Claude Paradis>>
Régisseuse générale / directrice de production
<<Saint-Sauveur, Québec (Qc)>> · <<418 555-0172>> · <<acparadis.regie@gmail.com>>

EXPÉRIENCE
2018 – auj.   {{Directrice de production, Ex Machina}} (Robert Lepage)
              {{« Kanata »}} (Théâtre du Soleil / Ex Machina, 2018) ; {{« 887 »}} (tournée mondiale)
2012 – 2018   {{Régisseuse générale, Le Diamant / Théâtre Périscope}}
2008 – 2012   Régisseuse, {{Cirque du Soleil}} (« Totem », tournée)

FORMATION
{{Conservatoire d'art dramatique de Québec, production}} (2008)
{{ASP Construction — santé et sécurité}} ; Secourisme en milieu de travail

LANGUES
Français, anglais (travail), espagnol (tournée)

NOTES
[[U:Membre de l'AQTIS 514 IATSE, ancienne déléguée de plancher]]. [[C:Dossier criminel : possession simple de cannabis en 2006, pardon obtenu en 2014]]. [[G:Inscrite au programme NEXUS (iris et photo)]] pour les passages fréquents aux États-Unis. [[D:37 ans]]. [[F:Mère monoparentale]].

Référence : <<Steve Blanchet>>
""",

# 040 chargée de production, sans mention sensible
r"""
<<Léa Fontaine>>
Chargée de production et de diffusion
<<35000 Rennes>> · <<lea.fontaine.prod@gmail.com>> · <<06 52 17 94 30>>

EXPÉRIENCE
Depuis 2020  {{Chargée de production, Théâtre National de Bretagne}}
  • Suivi de 25 productions et coproductions par saison
  • Contrats de cession, de coproduction, DPAE et paie des intermittents
  • Accueil des compagnies internationales pour le {{Festival TNB}}
2017 – 2020  {{Chargée de diffusion, Compagnie Lumière d'août}}
  • Tournées de 60 dates par an, négociation avec les scènes nationales
2016 – 2017  Assistante d'administration, {{Les Tombées de la Nuit}}

FORMATION
{{Master « Métiers de la production culturelle », Université Rennes 2}} (2016)

COMPÉTENCES
Budgets de production, conventions collectives (CCNEAC), outils Gestion de spectacle (Heeds, Spectacle+), anglais courant, permis B.

CENTRES D'INTÉRÊT
Voile, chorale amateur, cinéma documentaire, festivals de rue.

Références : <<Arthur Nauzyciel>>, directeur du TNB
""",
]
