# CV français 021-040 : plus de 55 ans (licenciés, retours après aidance ou veuvage,
# cumul emploi-retraite, retraités qui reprennent, longues carrières). Écrits à la main.
CVS = []

CVS.append((21, """
[[N:Jean-Marc Schaeffer]]
[[N:12 rue de Wendel, 57700 Hayange]]
[[N:06 81 30 57 42]] · [[N:jm.schaeffer57@orange.fr]]

FONDEUR / AGENT DE MAINTENANCE – 40 ans de métier

Licencié [[A:à 58 ans]] lors de la fermeture de la ligne de laminage, je cherche un poste en maintenance industrielle ou en logistique dans la vallée de la Fensch ou au Luxembourg. Je ne me vois pas m'arrêter.

PARCOURS
1984 – 2024  [[K:ArcelorMittal Florange]] (ex-Sollac, ex-Usinor)
   • [[K:Fondeur au haut-fourneau P6]] jusqu'à son arrêt en 2012
   • puis [[K:agent de maintenance mécanique au train à chaud]]
   • sauveteur secouriste du travail, formateur des nouveaux embauchés
   • [[U:délégué CGT du personnel pendant 22 ans]], élu au CHSCT puis au CSE
1982 – 1984  Apprenti, [[K:CFA de l'industrie de Hayange]]

DIPLÔMES
[[K:CAP Mécanicien d'entretien]] (1984) · [[K:Habilitation électrique BR]] · CACES pont roulant

ENGAGEMENTS
[[P:Militant au Parti communiste depuis 1983]], section de Hayange.
[[C:Condamné à une amende en 2012 pour l'occupation des bureaux de la direction à Florange]] — je ne le cache pas, tout le monde ici connaît l'histoire.

SANTÉ
[[H:Surdité professionnelle reconnue, appareillé des deux oreilles]].

VIE PERSONNELLE
[[F:Marié, trois enfants, grand-père depuis l'an dernier]]. Pêche à l'étang, jardin ouvrier, supporter du FC Metz.
"""))

CVS.append((22, """
[[N:Rosetta Lombardi]]
[[N:Rue de la Station 41, 6040 Jumet]] – [[N:0472 19 63 05]] – [[N:rosetta.lombardi@skynet.be]]

Secrétaire médicale – reprise d'activité

[[A:Âgée de 60 ans]], je souhaite reprendre un emploi à mi-temps après trois années [[F:consacrées à mon mari malade]]. [[F:Je suis veuve depuis 2022 et mes enfants sont grands]].

EXPÉRIENCE
1986 – 2021  [[K:Secrétaire médicale, Grand Hôpital de Charleroi]] (site Notre-Dame)
   – accueil et [[K:prise de rendez-vous en consultation de cardiologie]]
   – frappe des protocoles, gestion du dossier patient informatisé
   – [[U:affiliée à la CSC et déléguée suppléante au CPPT]]
1982 – 1986  Employée, [[K:Mutualité socialiste de Charleroi]]

FORMATION
[[K:Graduat en secrétariat médical]], Institut provincial de Charleroi
Remise à niveau 2024 : [[K:Word, Outlook et logiciel Xperthis]]

PERSONNEL
[[E:Fille de mineur italien arrivé des Abruzzes en 1956]], je parle italien couramment.
[[R:Catholique pratiquante]], je suis lectrice à la messe du dimanche à Jumet-Heigne.
[[H:La ménopause a été difficile]], mais tout est rentré dans l'ordre.
[[G:Je porte une mutation du facteur V Leiden]], découverte après une phlébite : je dois simplement bouger régulièrement au bureau.

Références : [[N:Dr Marc Vanderlinden]], cardiologue, GHdC
"""))

CVS.append((23, """
[[N:Catherine Aubry-Lenoir]]
[[N:75011 Paris]] · [[N:06 09 44 71 28]] · [[N:c.aubrylenoir@free.fr]]

CORRECTRICE – SECRÉTAIRE DE RÉDACTION (freelance, cumul emploi-retraite)

Après 36 ans dans la presse, je suis en cumul emploi-retraite et je propose mes services en correction, révision et secrétariat de rédaction, deux à trois jours par semaine.

Expérience
[[K:Secrétaire de rédaction, Le Monde]] — 1998-2021
  · édition des pages Société, titres, chapôs, respect de la charte
  · encadrement des correcteurs du soir
[[K:Correctrice, Éditions Gallimard]] — 1985-1998

Formation
[[K:Maîtrise de lettres modernes, Paris IV-Sorbonne]] · [[K:Certificat de correcteur, EMI-CFD]]

Compétences
[[K:Orthotypographie]], InDesign, [[K:Méthode Prolexis]], relecture d'épreuves PDF annotées

Personnel
[[A:Née en 1961]]. [[S:Je vis avec ma compagne Hélène]] à Paris et dans le Perche.
[[P:Adhérente d'EELV depuis 2010]], je tiens le bulletin de ma section.
[[H:Prothèse de hanche en 2023]] : je marche de nouveau sans canne, je prends le métro sans difficulté.
[[G:J'ai une hémochromatose génétique]], découverte [[A:à 50 ans]] par hasard, parfaitement suivie.

Références : [[N:Sylvie Kahn]], cheffe d'édition — [[N:sylvie.kahn@lemonde.fr]]
"""))

CVS.append((24, """
[[N:Gisèle LeBlanc]]
[[N:Moncton (N.-B.)]] / [[N:Québec (Charlesbourg)]]
[[N:581 555-0104]] — [[N:gisele.leblanc@videotron.ca]]

RETRAITÉE DE L'ENSEIGNEMENT – SUPPLÉANCE ET AIDE AUX DEVOIRS

À [[A:67 ans]], je reprends du service : les écoles manquent de monde et moi, l'école me manque.

CARRIÈRE
[[K:Enseignante au primaire, Centre de services scolaire des Premières-Seigneuries]] — 1983-2017
  ▪ classes de 3e et 4e année, puis orthopédagogie
  ▪ [[K:responsable du programme de lecture « Lire en famille »]]
  ▪ [[U:présidente du syndicat local CSQ de 2005 à 2012]]
[[K:Suppléante occasionnelle]] — 2022 à aujourd'hui

FORMATION
[[K:Baccalauréat en éducation préscolaire et enseignement primaire, Université de Moncton]]
[[K:Certificat en orthopédagogie, Université Laval]]

QUI JE SUIS
[[E:Acadienne du Nouveau-Brunswick]], installée à Québec depuis 1983.
[[F:Grand-maman de six petits-enfants]], dont trois à Charlesbourg.
[[S:Ma conjointe Lise et moi]] sommes ensemble depuis 1991.
[[H:J'ai une perte auditive légère et je porte des appareils]] ; en classe, j'utilise un micro.
[[G:Je suis porteuse de l'ataxie de Charlevoix-Saguenay]], ce que j'ai appris lors du dépistage offert à ma fille.

Référence : [[N:M. Denis Paradis]], directeur, école Sainte-Chrétienne
"""))

CVS.append((25, """
[[N:Philippe Bonvin]]
[[N:Rue du Scex 18, 1950 Sion]]
[[N:079 221 84 60]] — [[N:philippe.bonvin@netplus.ch]]
[[A:Né en 1965]], [[F:marié]]

COMPTABLE – RETOUR SUR LE MARCHÉ DU TRAVAIL

Pendant quatre ans, [[F:j'ai été proche aidant de mon épouse atteinte de SLA]] ; elle vit aujourd'hui en EMS et je peux reprendre un poste à 60-80 %.

EXPÉRIENCE
2002–2020  [[K:Chef comptable, Provins Valais]] (coopérative vinicole)
   – [[K:bouclements annuels, TVA]], contrôle des encaves
   – introduction d'Abacus, formation de 6 collaborateurs
1990–2002  [[K:Comptable, Banque Cantonale du Valais]]

FORMATION
[[K:Brevet fédéral de spécialiste en finance et comptabilité]] (1995)
[[K:Abacus]], Excel avancé, Power Query (cours 2024)

ENGAGEMENTS
[[R:Membre du conseil de paroisse réformée de Sion]] (trésorier)
[[P:Membre de l'UDC Valais romand]], ancien candidat au conseil général
[[U:Syndiqué chez Syna]] depuis mes années à la banque

SANTÉ
[[H:Diabétique de type 2]], traitement oral, aucune restriction.

Langues : français, allemand (B2), anglais (B1)
Références : [[N:Mme Corinne Zufferey]], directrice financière, Provins
"""))

CVS.append((26, """
[[N:Karim Bensaïd]]
[[N:Roubaix (59)]] — [[N:06 72 05 31 88]] — [[N:karim.bensaid59@gmail.com]]

Magasinier cariste expérimenté — [[A:56 ans]]

[[A:Inscrit comme demandeur d'emploi senior à France Travail]] depuis la fermeture de mon entrepôt, je suis le parcours d'accompagnement intensif et je veux retravailler vite.

EXPÉRIENCES
2001 – 2023  [[K:Magasinier cariste, La Redoute]], entrepôt de Wattrelos
  ▸ réception, mise en stock, préparation e-commerce (jusqu'à 12 000 colis/jour en période de fêtes)
  ▸ [[K:référent sécurité de l'équipe de nuit]]
1990 – 2001  [[K:Manutentionnaire, Damart]], Roubaix (intérim puis CDI)

FORMATIONS
[[K:CACES R489 cat. 1, 3, 5]] (recyclage 2024) · [[K:SST]] · Gestion de stock sur SAP (France Travail, 2024)

EN TOUTE FRANCHISE
[[E:Fils de harkis, j'ai grandi au camp de Bias]] avant que mes parents s'installent dans le Nord.
[[C:Condamné en 1990 pour un vol de marchandises]] — une erreur de jeunesse, réhabilité depuis longtemps.
[[H:J'ai traversé une dépression après le licenciement]], suivie et guérie.
[[R:Musulman]], je ne demande rien de particulier, sauf éventuellement un jour de congé pour l'Aïd.
[[F:Divorcé, deux grands enfants]].
"""))

CVS.append((27, """
[[N:Michel Dethier]]
[[N:4020 Liège (Outremeuse)]] • [[N:0495 72 10 38]] • [[N:michel.dethier@yahoo.fr]]

Éducateur spécialisé – recherche d'un dernier emploi à temps partiel

PROFIL
[[A:62 ans]], éducateur depuis 1984. Je veux transmettre, accompagner de jeunes collègues, et rester utile jusqu'à ma pension.

EXPÉRIENCE
[[K:Éducateur A1, Service d'aide à la jeunesse de Liège]] — 1996-2023
  – suivi de jeunes de 12 à 18 ans placés en famille d'accueil ou en institution
  – [[K:coordination des contacts avec le juge de la jeunesse]]
  – [[U:délégué SETCa-FGTB pour le personnel du service]]
[[K:Éducateur, Centre de jeunes Le Bastion]], Seraing — 1984-1996

FORMATION
[[K:Graduat d'éducateur spécialisé]] (1984) · [[K:Certificat en médiation familiale]] (2008)

ENGAGEMENTS
[[P:Militant du PS liégeois depuis 1980]], section d'Outremeuse.
[[C:Condamné en 1992 pour outrage lors d'une action d'Act Up à Bruxelles]], peine effacée depuis.

VIE PRIVÉE
[[S:Marié à Marc depuis 2004 — nous avons fait partie des premiers couples à nous marier en Belgique]].
[[H:Séropositif depuis 1989]], indétectable depuis vingt ans : cela n'a jamais limité mon travail.

Références : [[N:Anne-Marie Closset]], directrice SAJ (retraitée)
"""))

CVS.append((28, """
[[N:José Martinez]]
[[N:11 impasse des Vignes, 66000 Perpignan]]
[[N:04 68 52 90 11]] / [[N:jose.martinez66@wanadoo.fr]]

[[A:Né le 2 février 1959]]

CHAUFFEUR-LIVREUR – RETRAITÉ QUI REPREND DU SERVICE

Retraité depuis deux ans, je cherche quelques tournées par semaine (permis C et FIMO à jour). La retraite, c'est bien ; la route me manque.

EXPÉRIENCE
1985 – 2022  [[K:Chauffeur poids lourd, Transports Cazals]], Rivesaltes
  → fruits et légumes du marché Saint-Charles vers toute l'Europe
  → 3 millions de km sans accident responsable
1980 – 1985  [[K:Livreur, Coopérative agricole de Thuir]]

PERMIS ET FORMATIONS
[[K:Permis C et CE]] · [[K:FIMO/FCO]] (renouvelée 2024) · carte conducteur à jour · [[K:ADR de base]]

PERSONNEL
[[E:D'origine espagnole]], mes parents ont passé les Pyrénées en 1939.
[[R:Je suis Témoin de Jéhovah]] : [[C:j'ai été condamné pour insoumission en 1979 et j'ai fait un an de prison à Fresnes]] plutôt que de porter l'uniforme. Rien d'autre au casier.
[[F:Veuf depuis 2020, trois petits-enfants]] que je garde le mercredi.

Références : [[N:M. Alain Cazals]], gérant, [[N:04 68 64 20 20]]
"""))

CVS.append((29, """
[[N:Nathalie Ferrand]]
[[N:Clermont-Ferrand]] – [[N:06 25 87 14 60]] – [[N:nathalie.ferrand@laposte.net]]

Conseillère retraite – 20 ans d'expérience en protection sociale

PROFIL
Spécialiste de la retraite du régime général, j'accompagne les assurés dans la reconstitution de carrière, le calcul des droits et les départs anticipés. Je cherche un poste de référente ou de formatrice.

EXPÉRIENCE
[[K:Conseillère retraite, Carsat Auvergne]] — 2010 à aujourd'hui
 · entretiens information retraite pour 900 assurés par an
 · dossiers « carrières longues » et retraite pour inaptitude
 · animation des réunions « Bien vieillir » avec la MSA
 · référente [[K:cumul emploi-retraite]] pour l'agence de Clermont
[[K:Technicienne retraite, Cnav]] — 2004-2010
 · régularisation de carrières, validation des trimestres de chômage et de maladie

FORMATION
[[K:Licence professionnelle Protection sociale]], Université Clermont-Auvergne
[[K:Formation interne « Retraite progressive »]] (2023)

COMPÉTENCES
Outils : [[K:Sirius, Retraite Pro]] · Réglementation : âge légal, décote et surcote, pension de réversion, minimum vieillesse (ASPA)
Animation de réunions d'information collectives pour les seniors et les entreprises

CENTRES D'INTÉRÊT
Randonnée dans les volcans, chorale, bénévolat à la bibliothèque municipale.
"""))

CVS.append((30, """
[[N:Sylvie Gauthier]]
[[N:Trois-Rivières (Québec)]] · [[N:819 555-0118]] · [[N:sylvie.gauthier66@hotmail.com]]

TECHNICIENNE EN ADMINISTRATION — DISPONIBLE IMMÉDIATEMENT

[[A:Née en 1966]]. Mise à pied en janvier après 31 ans à la même usine, je cherche un poste en approvisionnement ou en administration.

EXPÉRIENCE
[[K:Technicienne en approvisionnement, Kruger Trois-Rivières]] — 1993-2024
 • achats de pièces pour la machine à papier, SAP MM
 • [[K:négociation avec 60 fournisseurs]], économies de 8 % en 2022
 • [[U:déléguée syndicale CSN de 2009 à 2024]]
[[K:Commis de bureau, Caisse Desjardins de Trois-Rivières]] — 1986-1993

FORMATION
[[K:DEC en techniques administratives]], Cégep de Trois-Rivières
[[K:Attestation SAP MM (module achats)]]

EN DEHORS DU TRAVAIL
[[P:Militante péquiste depuis le référendum de 1980]], j'ai été présidente d'association de circonscription.
[[S:Ma conjointe Francine et moi]] avons deux chats et un chalet en Mauricie.
[[G:Un test d'ADN généalogique m'a appris que j'ai une arrière-grand-mère abénakise]] ; je m'intéresse depuis à l'histoire de ma famille.
[[H:La ménopause m'a donné du fil à retordre]] mais je suis en pleine forme.

Référence : [[N:M. Réjean Lacombe]], directeur des achats (retraité)
"""))

CVS.append((31, """
[[N:Yves Le Guennec]]
[[N:Lieu-dit Kerbastard, 29400 Landivisiau]] · [[N:06 33 18 02 74]] · [[N:yves.leguennec@orange.fr]]

EX-AGRICULTEUR EN RECONVERSION – conseiller ou technicien agricole

À [[A:61 ans]], j'ai cédé mon exploitation laitière (60 vaches, 90 ha) à un jeune installé et je cherche un poste salarié où mon expérience serve : conseil en élevage, contrôle laitier, accompagnement à l'installation.

EXPÉRIENCE
1988 – 2023  [[K:Exploitant agricole, GAEC de Kerbastard]] (lait bio depuis 2009)
   – conversion en agriculture biologique, [[K:pâturage tournant]]
   – maître de stage pour 14 BTS agricoles
[[K:Administrateur de la CUMA de Landivisiau]] (1995-2023)

FORMATION
[[K:BTS Productions animales]], lycée agricole de Morlaix (1984)
[[K:Certiphyto]]

ENGAGEMENTS ET PARCOURS
[[P:Conseiller municipal d'opposition à Landivisiau de 2014 à 2020]].
[[C:Condamné en 2004 avec les faucheurs volontaires pour l'arrachage d'une parcelle d'OGM]] — amende et sursis.
[[R:Catholique, je chante dans la chorale paroissiale]].

SANTÉ ET VIE PRIVÉE
[[G:J'ai une maladie de Charcot-Marie-Tooth héréditaire]] qui m'a poussé à arrêter la traite ; [[H:mes jambes se fatiguent vite mais je conduis sans problème]].
[[S:Je vis avec mon compagnon Yann]], ostréiculteur à Carantec.
"""))

CVS.append((32, """
[[N:Luís Carvalho]]
[[N:Avenue de Châtelaine 77, 1219 Le Lignon GE]]
[[N:078 905 22 43]] – [[N:luis.carvalho@gmx.ch]]

CHEF D'ÉQUIPE NETTOYAGE INDUSTRIEL – disponible

En fin de carrière ([[A:je toucherai l'AVS l'an prochain]]), je cherche encore un poste de chef d'équipe ou de contrôleur qualité dans le nettoyage. Je suis en forme et j'ai 40 ans de métier.

EXPÉRIENCE
[[K:Chef d'équipe, ISS Facility Services]] – 2005 à 2024
 – équipes de 12 à 20 personnes sur le site de l'aéroport de Genève
 – [[K:planification, contrôle qualité, formation aux produits]]
[[K:Nettoyeur puis contremaître, Honegger SA]] – 1984 à 2005

FORMATION
[[K:Brevet fédéral de chef d'équipe en nettoyage]] · [[K:Formation sécurité aéroportuaire]]

PERSONNEL
[[E:D'origine portugaise, arrivé comme saisonnier en 1983 et naturalisé suisse en 2001]].
[[U:Membre d'Unia]] depuis le statut de saisonnier, j'ai été délégué pendant la CCT de 2011.
[[P:Membre du Parti socialiste genevois]].
[[S:Mon mari Luis et moi]] — oui, on porte presque le même prénom — habitons au Lignon depuis 1998.
[[H:Hernie discale opérée en 2019]] ; je ne soulève plus de charges lourdes mais je dirige très bien ceux qui le font.
[[C:Condamné en 2015 pour un excès de vitesse grave]], permis restitué en 2017.

Références sur demande.
"""))

CVS.append((33, """
[[N:Myriam Goldberg]]
[[N:69006 Lyon]] — [[N:06 14 58 93 07]] — [[N:myriam.goldberg@gmail.com]]

Documentaliste – bibliothécaire, [[A:57 ans]]

Après 25 ans dans l'enseignement privé et un arrêt long, je cherche un poste de documentaliste à temps plein.

EXPÉRIENCE
[[K:Professeure documentaliste, lycée Saint-Marc]], Lyon — 1999-2022
 ○ gestion du CDI (PMB), éducation aux médias, club lecture
 ○ [[K:partenariat avec le Mémorial de la Shoah]] pour les voyages de classes de terminale
[[K:Bibliothécaire, Bibliothèque municipale de Lyon]] — 1992-1999

FORMATION
[[K:CAPES de documentation]] (1998) · [[K:Master Sciences de l'information, Enssib]]

PERSONNEL
[[R:Juive pratiquante, je ne travaille pas le samedi]] ni pendant les grandes fêtes ; je compense volontiers le dimanche.
[[E:Mes parents, survivants, sont venus de Pologne en 1947]].
[[F:Mère de quatre enfants et grand-mère de deux]].
[[H:J'ai été soignée pour un cancer du sein en 2022]], ce qui explique mon arrêt. [[G:Je suis porteuse d'une mutation BRCA1]], fréquente chez les Ashkénazes.

Références : [[N:Mme Sophie Altmann]], proviseure adjointe
"""))

CVS.append((34, """
[[N:Jean-Pierre Mukendi]]
[[N:Avenue Louise 312, 1050 Bruxelles]] · [[N:0488 20 37 64]] · [[N:jp.mukendi@outlook.be]]

Agent de gardiennage – pensionné disponible pour des missions

Pensionné depuis 2023, je reste disponible pour des missions de surveillance, d'accueil ou de contrôle d'accès, en semaine et le week-end.

PARCOURS
[[K:Agent de gardiennage, G4S Secure Solutions]] — 2001-2023
  – [[K:contrôle d'accès au Parlement européen]] et dans des bâtiments de la Commission
  – chef de poste de nuit (équipe de 8)
  – [[U:délégué CNE au conseil d'entreprise]]
[[K:Magasinier, Delhaize]] — 1989-2001

FORMATION
[[K:Attestation de compétence agent de gardiennage (SPF Intérieur)]] · [[K:Brevet de secouriste]] · Néerlandais B1

PERSONNEL
[[A:Né en 1958]] [[E:à Kinshasa]] ; [[E:Congolais naturalisé belge en 1994]].
[[R:Je suis pasteur laïc dans une église évangélique à Matonge]], le dimanche matin.
[[G:Je suis drépanocytaire AS (porteur du trait)]], sans conséquence.
[[H:Glaucome traité par gouttes]] ; vision corrigée conforme pour le gardiennage.

Références : [[N:M. Luc Peeters]], superviseur G4S
"""))

CVS.append((35, """
[[N:Martine Vandamme]]
[[N:59200 Tourcoing]] · [[N:06 61 49 02 37]] · [[N:martine.vandamme@sfr.fr]]

ASSISTANTE RESSOURCES HUMAINES

[[A:59 ans]] — licenciée économique après 34 ans chez le même employeur ; je cherche un poste d'assistante RH ou de gestionnaire paie.

EXPÉRIENCE
1990 – 2024  [[K:Assistante RH puis gestionnaire paie, Phildar]] (siège de Roubaix)
  · [[K:paie de 350 salariés (Sage), déclarations DSN]]
  · suivi des visites médicales et des accidents du travail
  · [[U:élue CFDT au comité d'entreprise puis au CSE]]
[[K:Employée administrative, Caisse d'allocations familiales de Roubaix]] — 1986-1990

FORMATION
[[K:BTS Assistante de gestion PME-PMI]] · [[K:Titre professionnel Gestionnaire de paie]] (2010)

ENGAGEMENTS
[[P:Adhérente du Parti socialiste]], secrétaire de section à Tourcoing de 2012 à 2017.
[[C:Condamnée à du sursis en 2003 après l'occupation de l'usine de Wattrelos]] ; nous étions 40 sur le banc.

SANTÉ
[[H:Je suis devenue malentendante d'une oreille]] ; un casque téléphonique amplifié suffit.

VIE PERSONNELLE
[[S:Ma compagne Nadine]] travaille à Lille ; [[S:nous sommes pacsées depuis 2001]].
"""))

CVS.append((36, """
[[N:Harjit Singh Dhillon]]
[[N:Laval (Chomedey)]] — [[N:450 555-0183]] — [[N:harjit.dhillon@videotron.ca]]

ENSEIGNANT RETRAITÉ — SUPPLÉANCE EN MATHÉMATIQUES ET SCIENCES

[[A:J'ai 63 ans]] et, après une retraite anticipée, je souhaite faire de la suppléance au secondaire.

EXPÉRIENCE
[[K:Enseignant de mathématiques, Centre de services scolaire de Laval]] — 1992-2021
  » mathématiques séquence SN de 4e et 5e secondaire
  » [[K:coach de l'équipe de robotique]] (finale provinciale 2016)
  » [[U:membre de la FAE et délégué syndical de mon école pendant dix ans]]
[[K:Technicien de laboratoire, Collège Montmorency]] — 1987-1992

FORMATION
[[K:Baccalauréat en enseignement secondaire (mathématiques), UQAM]]
[[K:B.Sc. Physics, Panjab University, Chandigarh]]

À MON SUJET
[[E:Arrivé du Pendjab en 1985, j'ai appris le français au COFI]].
[[R:Sikh pratiquant, je porte le turban]] ; ça n'a jamais dérangé mes élèves, ça les intrigue plutôt.
[[P:Bénévole pour le NPD]] dans Laval–Les Îles à chaque élection fédérale.
[[G:Je suis porteur d'une thalassémie mineure]], découverte à un don de sang.

Références : [[N:Mme Chantal Bérubé]], directrice, école secondaire Curé-Antoine-Labelle
"""))

CVS.append((37, """
[[N:Françoise Rochat]]
[[N:Chemin des Vignes 4, 1110 Morges]] · [[N:021 801 46 92]] · [[N:francoise.rochat@hispeed.ch]]

Infirmière en soins gériatriques – remplacements

PROFIL
Infirmière diplômée avec une longue pratique en établissements médico-sociaux (EMS) et en soins à domicile. Je propose des remplacements de nuit et de week-end dans la région de Morges et de Nyon.

EXPÉRIENCE
[[K:Infirmière cheffe d'unité, EMS La Gracieuse]], Lonay — 2006-2023
 • unité de psychogériatrie de 24 résidents
 • mise en place du protocole de prévention des chutes
 • accompagnement en fin de vie avec l'équipe mobile de soins palliatifs
[[K:Infirmière, Centre médico-social (CMS) de Morges]] — 1995-2006
 • soins à domicile, évaluation RAI-HC, coordination avec les proches aidants

FORMATION
[[K:Diplôme d'infirmière, HES La Source]], Lausanne
[[K:CAS en soins palliatifs]] · [[K:Formation en démence (Alzheimer Suisse)]]

COMPÉTENCES
Évaluation gériatrique, plaies chroniques, gestion de la douleur, [[K:dossier de soins informatisé NetCare]]

INTÉRÊTS
Jardinage, voile sur le Léman, bénévolat pour l'association des proches aidants du district.

Références sur demande.
"""))

CVS.append((38, """
[[N:Alain Cohen-Rivière]]
[[N:93100 Montreuil]] | [[N:06 07 22 91 63]] | [[N:alain.cr@riseup.net]]

Formateur en imprimerie et arts graphiques — [[A:70 ans]], en cumul emploi-retraite

Ancien typographe puis conducteur offset, je forme des jeunes en reconversion aux métiers de l'impression et de la fabrication, à la demande.

PARCOURS
[[K:Formateur indépendant, Lycée Maximilien-Vox (FCIL impression)]] — 2017-2024
[[K:Conducteur offset, Imprimerie Nationale]] — 1981-2016
  – presses Heidelberg et Komori, calage, colorimétrie
  – [[U:délégué du Syndicat du Livre CGT pendant 25 ans]]
[[K:Apprenti typographe, Imprimerie Chaix]] — 1970-1974

FORMATION
[[K:CAP Typographe]] (1972) · [[K:Certificat de formateur pour adultes (AFPA)]]

HISTOIRE
[[P:Militant de la LCR dans les années 1970 et 1980]] ; [[C:condamné en 1977 pour des collages d'affiches et des dégradations]].
[[G:Un prélèvement d'ADN après une manifestation en 2008 m'a inscrit au FNAEG]].
[[S:Gay, je vis à Montreuil avec mon compagnon depuis 30 ans]].
[[H:Pontage coronarien en 2019]], suivi régulier, aucune limitation pour enseigner.

Références : [[N:Mme Farida Ouali]], coordinatrice FCIL, Lycée Maximilien-Vox
"""))

CVS.append((39, """
[[N:Annick Verbeke]]
[[N:1070 Anderlecht]] – [[N:0476 38 15 92]] – [[N:annick.verbeke@telenet.be]]

Aide-ménagère sociale – à la recherche d'un contrat en titres-services ou en CPAS

À [[A:58 ans]], je cherche encore un emploi stable : j'ai quitté mon dernier poste après un long arrêt et je suis prête à reprendre.

EXPÉRIENCE
[[K:Aide-ménagère sociale, CPAS d'Anderlecht]] — 2010-2023
  – entretien des logements de personnes âgées et handicapées, courses, petits repas
  – signalement des situations à l'assistante sociale
[[K:Aide-ménagère titres-services, Trixxo]] — 2004-2010
[[K:Ouvrière, Côte d'Or]], Halle — 1984-2004 (conditionnement)

FORMATION
[[K:Formation d'aide-ménagère sociale (Bruxelles Formation)]] · [[K:Hygiène et premiers secours]]

SITUATION
[[S:Mon épouse Sofie]] et moi [[F:avons deux enfants et deux petits-enfants]].
[[H:La ménopause m'a causé des bouffées et des insomnies]], c'est l'origine de mon arrêt ; c'est maîtrisé.
[[G:Mon père est mort de la maladie de Huntington ; j'ai fait le test et je suis négative]].
[[C:J'ai été condamnée en 2009 pour fraude sociale]], remboursée intégralement.
[[P:Je milite au PTB]] dans ma commune.

Langues : français, néerlandais (langue maternelle)
"""))

CVS.append((40, """
[[N:Mme Danielle Sanchez-Morel]]
[[N:75015 Paris]] · [[N:01 45 33 81 06]] · [[N:danielle.sanchezmorel@orange.fr]]

Assistante de direction – reprise à temps partiel

PROFIL
[[A:Sexagénaire]] et fière de l'être — [[A:je fêterai mes 66 ans en mars]] — je cherche un poste d'assistante de direction trois jours par semaine. J'ai le sens de l'organisation et une orthographe sans faille.

EXPÉRIENCE
[[K:Assistante de direction, Air France]] (direction juridique) — 1987-2021
  • agenda et déplacements de trois directeurs
  • [[K:organisation des conseils et procès-verbaux]]
  • préparation des dossiers contentieux
[[K:Secrétaire bilingue, Hachette]] — 1980-1987

FORMATION
[[K:BTS Assistante de direction]] · [[K:TOEIC 925]] · Microsoft 365

PERSONNEL
[[E:Née à Oran et rapatriée en 1962]], j'ai grandi à Toulouse.
[[R:Catholique engagée, je suis catéchiste dans ma paroisse]].
[[S:Ma femme Claire et moi nous sommes mariées en 2014]].
[[H:Je suis malentendante et je lis bien sur les lèvres]] ; au téléphone, j'utilise la transcription automatique.

Références : [[N:Maître Bertrand Lefèvre]], ancien directeur juridique, Air France
"""))
