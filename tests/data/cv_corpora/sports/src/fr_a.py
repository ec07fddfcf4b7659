CVS = [
# 001 France, ex-footballeuse -> entraîneuse, tableau de stats
"""
{c|Léa Fontanel}
{c|12 rue des Tanneurs, 69007 Lyon} — {c|06 71 48 22 93} — {c|lea.fontanel@laposte.net}

ENTRAÎNEUSE DE FOOTBALL FÉMININ

Parcours de joueuse
| Saison | Club | Matchs | Buts |
| 2012-2016 | {k|Olympique Lyonnais} (réserve) | 58 | 9 |
| 2016-2020 | {k|Paris FC} | 71 | 14 |
Première sélection en équipe de France U17 {age|à 16 ans}.

Expérience
2021 – aujourd'hui : {k|Entraîneuse principale, FC Lyon Féminin (D2)}
  • Montée en D2 en 2023
  • {k|Référente prévention des violences sexuelles, Ligue AURA}
Diplômes : {k|BEF (Brevet d'Entraîneur de Football)}, {k|Licence STAPS, Université Lyon 1}

Pourquoi j'ai arrêté : {hea|deux ruptures du ligament croisé du genou droit, opérées en 2018 et 2020}.

À côté : {sex|je vis avec ma compagne, Inès, rencontrée aux Gay Games de Paris 2018}. {tu|Adhérente de l'UNFP pendant toute ma carrière, déléguée de l'effectif parisien en 2019}. {pol|Militante chez Europe Écologie – Les Verts, section Lyon 7e}.
""",
# 002 Belgique, kiné du sport
"""
{c|Maxime Vandenberghe}
Kinésithérapeute du sport
{c|Rue Saint-Gilles 44, 4000 Liège} | {c|+32 478 55 19 03} | {c|m.vandenberghe@kine-sport.be}

EXPÉRIENCE
• {k|Kinésithérapeute principal, Standard de Liège} — depuis 2019
• {k|Kinésithérapeute, Centre de médecine du sport du CHU de Liège} — 2013-2019
• {k|Protocole de retour au jeu après commotion cérébrale (équipe A et U21)}
• {k|Accompagnement de la classification paralympique des athlètes de la Ligue Handisport Francophone}

FORMATION
{k|Master en kinésithérapie, ULiège}; {k|Certificat interuniversitaire en kinésithérapie du sport}

INFORMATIONS PERSONNELLES
{age|Né le 9 juin 1988 à Verviers}
{fam|Cohabitant légal, deux enfants}
{tu|Affilié à la CSC et délégué syndical au CHU jusqu'en 2019}
{pol|Conseiller CPAS (Ecolo) à Chaudfontaine depuis 2018}
{hea|Diabète de type 1 bien équilibré (pompe à insuline)}

LANGUES
Français, néerlandais, anglais ; notions d'allemand pour les stages en Eifel.
""",
# 003 Suisse, ski alpin -> préparateur physique, format LinkedIn
"""
{c|Julien Rey-Bellet}
{c|Sion (VS)} · {c|julien.reybellet@bluewin.ch} · {c|+41 79 412 66 08}

Info
Ancien skieur de Coupe du monde (slalom géant, 41 départs), aujourd'hui préparateur physique. {age|J'ai intégré le cadre B de Swiss-Ski à 17 ans}. {hea|Une fracture du plateau tibial et trois opérations en 2017} ont mis fin à ma carrière, mais la rééducation m'a donné ma vocation.

Expérience
{k|Préparateur physique, Swiss-Ski (cadre technique)} — 2020-
– {k|Tests de force isocinétiques et suivi de charge GPS des skieurs C}
– {k|Collaboration avec le Swiss Olympic Medical Center de Crans-Montana}
{k|Coach, Centre National de Performance Brigue} — 2018-2020

Formation
{k|Brevet fédéral d'entraîneur Swiss Olympic}; Bachelor en sciences du sport, UNIL

Divers
{sex|Marié à Thomas depuis 2022}. {rel|Catholique pratiquant, je chante à la cathédrale de Sion}. {gen|J'ai fait séquencer mon génome dans l'étude suisse sur l'ACTN3 des skieurs}.
""",
# 004 Québec, arbitre de hockey
"""
{c|Geneviève Tremblay-Côté}
Arbitre de hockey | {c|Saguenay (Québec)} | {c|418 555-0147} | {c|gen.tremblaycote@videotron.ca}

EXPÉRIENCE D'ARBITRAGE
- {k|Arbitre niveau 5, Hockey Canada} (depuis 2018)
- {k|Officielle PWHL} — saison inaugurale 2024
- {k|Championnat mondial féminin IIHF 2021 (Calgary)}
- Superviseure des officiels lors des Jeux du Québec 2022, où j'ai encadré 40 jeunes arbitres
- {k|Formatrice d'arbitres, Hockey Québec, région Saguenay–Lac-Saint-Jean}

EMPLOI PRINCIPAL
{k|Enseignante en éducation physique, Polyvalente Jonquière} (2012-)

PROFIL
{eth|Je suis innue, membre de la communauté de Mashteuiatsh}, et j'arbitre les tournois autochtones l'été. {tu|Je suis déléguée syndicale FSE-CSQ dans mon école}. {fam|Mère de deux ados}. {age|À 39 ans}, je réussis toujours les tests physiques. {hea|Je porte un appareil auditif à l'oreille gauche}, validé par Hockey Canada.

Références : {c|M. Jean-François Lavoie}, superviseur des officiels
""",
# 005 Sénégal, lutteur -> administrateur fédéral, état civil
"""
CURRICULUM VITAE

ÉTAT CIVIL
Nom : {c|Ndiaye}
Prénoms : {c|Mamadou Lamine}
{age|Date de naissance : 14/02/1985 à Thiès}
Adresse : {c|Cité Keur Gorgui, Dakar}
Tél : {c|+221 77 614 32 08}
Courriel : {c|ml.ndiaye.lutte@gmail.com}
{fam|Situation matrimoniale : marié, 2 épouses, 5 enfants}
{rel|Confession : musulman, mouride}
{eth|Ethnie : Sérère}

PARCOURS SPORTIF
Lutteur avec frappe (écurie Fass), 32 combats, 24 victoires.

EXPÉRIENCE PROFESSIONNELLE
2019 – ce jour : {k|Secrétaire administratif, Comité National de Gestion de la Lutte (CNG)}
 • {k|Organisation des contrôles antidopage des lutteurs avec le laboratoire de Dakar}
 • {k|Suivi des licences de 600 lutteurs}
2014 – 2019 : {k|Entraîneur adjoint, écurie Fass}

SANCTIONS
{cri|Condamné en 2012 à trois mois avec sursis pour coups et blessures après un combat}.

DIPLÔMES
{k|Licence en STAPS, INSEPS Dakar}
""",
# 006 Cameroun, footballeur -> agent, passeports
"""
{c|Samuel Ngono Abessolo}
{c|Bonamoussadi, Douala} | {c|+237 6 77 45 21 90} | {c|s.ngonoabessolo@yahoo.fr}

AGENT DE JOUEURS — LICENCE FIFA

CARRIÈRE DE JOUEUR
| Années | Club | Pays | Matchs |
| 2004-2008 | {k|Coton Sport de Garoua} | Cameroun | 92 |
| 2008-2013 | {k|FC Sochaux} | France | 74 |
| 2013-2016 | {k|Al-Wehda} | Arabie saoudite | 48 |
{age|Âge officiel à la CAN U17 : 16 ans} — il y avait déjà des doutes.

ACTIVITÉ
{k|Agent de football licencié FIFA (2023)}
 – 14 joueurs sous mandat, dont 5 en Ligue 2
 – {k|Vérification des tests IRM du poignet pour les sélections U17}

NATIONALITÉS
{eth|Camerounais, naturalisé français en 2012}.
{eth|Bassa par mon père, Béti par ma mère}.

PERSONNEL
{hea|Hépatite B chronique, suivie et sans traitement}.
{fam|Marié, 3 enfants scolarisés à Douala}.
{pol|Sympathisant du MRC de Maurice Kamto}.
""",
# 007 Maroc, athlète -> prof d'EPS
"""
{c|Salma Benjelloun}
Professeure d'éducation physique et sportive
{c|Hay Riad, Rabat} — {c|06 61 29 47 03} — {c|salma.benjelloun.eps@gmail.com}

FORMATION
• {k|Licence en éducation physique, ENS Rabat} (2011)
• {k|Diplôme d'entraîneur d'athlétisme niveau 2, FRMA}

EXPÉRIENCE
• Depuis 2014 : {k|Professeure d'EPS, Lycée Moulay Youssef}
• {k|Coordinatrice des Jeux scolaires nationaux (athlétisme), AREF Rabat-Salé-Kénitra}
• {k|Programme de sport féminin dans les quartiers avec la Fondation Mohammed VI}

CARRIÈRE ATHLÉTIQUE
3000 m steeple, championne du Maroc 2010. {age|Sélectionnée pour les Jeux panarabes à 19 ans}.

INFORMATIONS
{rel|Je jeûne le Ramadan et j'adapte mes cours d'EPS en conséquence}.
{fam|Mariée, un fils}.
{tu|Membre du bureau local du SNE (FDT)}.
{gen|Mes profils du passeport biologique ont été suivis par l'AMAD jusqu'en 2013}.
{eth|Amazighe du Souss}.
""",
# 008 Côte d'Ivoire, journaliste sportif
"""
{c|Kouassi Jean-Baptiste Yao}
Journaliste sportif
{c|Cocody Angré, Abidjan} | {c|+225 07 08 45 12 63} | {c|jb.yao.sport@gmail.com}

PROFIL
Douze ans de terrain sur le football ivoirien, la CAN et l'athlétisme. J'ai couvert la CAN 2023 à domicile pour la radio et la presse écrite.

EXPÉRIENCE
2017 – : {k|Chef de la rubrique Sports, Fraternité Matin}
2012 – 2017 : {k|Reporter, Radio Jam}
 • {k|Enquête sur les fraudes à l'âge dans les centres de formation d'Abidjan}
 • {k|Commentaire en direct des Éléphants (français et baoulé)}

ASSOCIATIONS
{k|Association Internationale de la Presse Sportive (AIPS)}; {tu|membre du SYNAPP-CI, secrétaire à l'organisation de la section Fraternité Matin}

DIVERS
{age|41 ans}. {eth|Baoulé de Yamoussoukro}. {fam|Marié, 4 enfants}. {rel|Fidèle de la Mission Harriste}. {cri|Gardé à vue en 2011 pendant la crise post-électorale et poursuivi pour « atteinte à la sûreté de l'État », puis relaxé}. {pol|Ex-militant des jeunes du PDCI}.
""",
# 009 France, esport, style LinkedIn
"""
{c|Hugo « Kaizen » Marchetti}
{c|Marseille 13005} · {c|hugo.marchetti.pro@gmail.com} · {c|06 18 72 39 54}

À propos
Ancien joueur pro de Rocket League, {age|recruté par une structure à 16 ans}, aujourd'hui {k|Head of Esports, Team Vitality Academy}. J'ai joué trois saisons RLCS en Europe et j'ai tout arrêté après {hea|un burn-out et des crises d'angoisse soignées pendant un an}.

Je parle ouvertement : {sex|je suis gay et j'ai cofondé le collectif Queer Gamers Marseille}. {eth|Mes grands-parents sont arrivés d'Oran en 1962}. {pol|Adhérent à La France insoumise}.

Expérience
– {k|Head of Esports, Team Vitality Academy} (2022-)
– {k|Joueur professionnel, Team BDS} (2018-2021)
– {k|Mise en place d'un suivi préparation mentale et sommeil des joueurs}
– {k|Formation anti-triche et intégrité avec France Esports}

Formation
{k|DU Management du sport, Aix-Marseille Université}
""",
# 010 Belgique, arbitre football, formulaire fédéral
"""
UNION BELGE DE FOOTBALL — FICHE ARBITRE

Nom, prénom : {c|El Idrissi, Youssef}
Adresse : {c|Chaussée de Gand 210, 1080 Molenbeek-Saint-Jean}
GSM : {c|0486 33 71 25}
Courriel : {c|y.elidrissi.arbitre@skynet.be}
{age|Date de naissance : 23/10/1990}
{eth|Nationalité : belge et marocaine}

Catégorie : {k|Arbitre Jupiler Pro League} (depuis 2021)
Formation : {k|Licence UEFA d'arbitre (Talent Core)}
Profession : {k|Conseiller en prévention, STIB}
Matchs dirigés : 74 en Pro League, 12 en {k|Croky Cup}, 3 en {k|UEFA Youth League}
Disponibilités : week-ends et mercredis soir ; pas de déplacement longue durée en mai

Observations médicales : {hea|asthme d'effort, inhalateur autorisé}
Contraintes religieuses : {rel|pratique le jeûne du Ramadan ; demande des désignations en soirée pendant le mois}
Antécédents disciplinaires : {cri|condamnation par le tribunal de police (2013) pour conduite sans permis}
Engagements : {tu|délégué CGSP à la STIB}
Situation : {fam|marié, un enfant}

Observateur référent : {c|M. Frank De Bleeckere}
""",
# 011 Suisse, médecin du sport (négatifs)
"""
{c|Dr méd. Aurélie Chappuis}
Médecin du sport, FMH
{c|Avenue de Rumine 18, 1005 Lausanne} — {c|+41 21 555 04 31} — {c|a.chappuis@medsport.ch}

POSTES
2018-   {k|Médecin cheffe, Centre de médecine du sport du CHUV}
2014-18 {k|Médecin d'équipe, Lausanne HC}
 • {k|Consultations de génétique du sport : dépistage des cardiomyopathies héréditaires chez 300 athlètes}
 • {k|Contrôles antidopage pour Swiss Sport Integrity}
 • {k|Classification médicale des athlètes de Swiss Paralympic}

FORMATION
{k|Titre de spécialiste FMH en médecine physique et réadaptation}; formation complémentaire en médecine du sport (SEMS), Macolin. Je parle français, allemand et italien, ce qui m'aide avec les équipes nationales.

PERSONNEL
{gen|Porteuse d'une mutation du gène SCN5A découverte lors d'un dépistage familial}; {hea|défibrillateur implanté en 2016}. Ancienne triathlète (élite jusqu'{age|à 24 ans}). {sex|En partenariat enregistré avec Marion depuis 2015}. {pol|Membre des Vert'libéraux vaudois}.
""",
# 012 Québec, préparateur physique LNH, style puces
"""
{c|Olivier Bergeron-Sauvé}
{c|Laval (Québec)} • {c|514 555-0193} • {c|olivier.bergeron.s@gmail.com}

PRÉPARATEUR PHYSIQUE

▸ {k|Préparateur physique adjoint, Canadien de Montréal} (2020-)
▸ {k|Kinésiologue, Clinique du Sport de Laval} (2014-2020)
▸ {k|Programme de retour au jeu post-commotion pour 25 joueurs}
▸ {k|Membre de la Fédération des kinésiologues du Québec}
▸ Joueur junior majeur (LHJMQ), Drakkar de Baie-Comeau, 2008-2012

▸ {tu|Membre actif de la FTQ, délégué de section à la Clinique du Sport}
▸ {cri|Dossier judiciaire pour voies de fait (2011); suspension du casier obtenue en 2019}
▸ {hea|Deux épisodes de dépression majeure, suivi en psychiatrie}
▸ {fam|Conjoint de fait, un bébé arrivé en mars}
▸ {rel|Je me suis converti à l'islam en 2016}

Formation : {k|Baccalauréat en kinésiologie, Université de Montréal}; certification CSCS (NSCA) en 2016. Je donne aussi des ateliers aux entraîneurs de hockey mineur de la Rive-Nord.
""",
# 013 France, handisport, classification
"""
{c|Karim Haddouche}
{c|Villeurbanne (69)} | {c|07 52 18 44 96} | {c|karim.haddouche@handi-sport.fr}

Basketteur en fauteuil, aujourd'hui conseiller technique.

{hea|Paraplégique depuis un accident de moto à 20 ans}, {hea|classé 1.5 point par l'IWBF}, j'ai joué huit saisons en Nationale 1A.

EXPÉRIENCE
2019 → {k|Conseiller technique sportif, Fédération Française Handisport}
 – {k|Organisation de sessions de classification pour 45 joueurs en Auvergne-Rhône-Alpes}
 – {k|Formation des éducateurs au handibasket scolaire}
2011 → 2019 {k|Joueur, Hyères Handi Club}

DIPLÔMES
{k|DEJEPS Perfectionnement sportif, mention handisport}; formateur régional pour le brevet fédéral handibasket depuis 2021. Je conduis un véhicule adapté et me déplace dans toute la région.

PERSONNEL
{age|Né en 1986}. {eth|Parents algériens, arrivés à Lyon dans les années 1970}. {fam|Divorcé, je vois ma fille un week-end sur deux}. {cri|Condamné en 2005 pour recel}. {sex|Membre des Bleus de Lyon (club de basket LGBT+)}.
""",
# 014 Cameroun, kiné + médecine sportive, état civil
"""
CURRICULUM VITAE

{c|Mme Beyala Ngo Bikai Christiane}
{c|BP 1284 Yaoundé} — {c|+237 6 99 01 58 34} — {c|christiane.ngobikai@gmail.com}

{age|Née le 02 mars 1987 à Édéa}
{fam|Mariée, mère de trois enfants}
{rel|Église évangélique du Cameroun}

EXPÉRIENCE
• Depuis 2018 : {k|Kinésithérapeute, Fédération Camerounaise de Football (Lionnes Indomptables)}
• 2012-2018 : {k|Kinésithérapeute, Hôpital Central de Yaoundé}
• {k|Suivi médical des joueuses à la CAN féminine 2022}
• {k|Tests de féminité et de niveau de testostérone exigés par la CAF : organisation logistique}

CARRIÈRE SPORTIVE
Handballeuse internationale (2005-2011).

SANTÉ
{gen|Drépanocytaire AS (trait), dépistée à l'INJS}.
{hea|Opérée d'un fibrome utérin en 2020}.

ENGAGEMENT
{tu|Membre du Syndicat national des personnels de santé}.
{pol|Militante au RDPC, section Mfoundi}.

DIPLÔMES
{k|Diplôme d'État de kinésithérapeute, ENSP Yaoundé}
""",
# 015 France, journaliste L'Équipe, bullets
"""
{c|Camille Lefort-Nakache}
{c|Paris 11e} · {c|06 33 84 21 70} · {c|camille.lefort@proton.me}

JOURNALISTE SPORTIVE — RUGBY & OLYMPISME

• {k|Rédactrice, L'Équipe} (2016-)
• {k|Pigiste, Midi Olympique} (2012-2016)
• {k|Enquête « Le rugby et les commotions » (Prix de la presse sportive 2021)}
• {k|Couverture des Jeux de Paris 2024, cellule intégrité et dopage}
• {k|Master journalisme, ESJ Lille}
• Chroniqueuse régulière dans l'émission L'Équipe du soir, spécialiste des questions d'éthique et de santé des joueurs et joueuses
• Anglais et espagnol courants

• {tu|Syndiquée au SNJ, déléguée du personnel à L'Équipe}
• {rel|Juive pratiquante ; je ne travaille pas pendant Yom Kippour}
• {eth|Fille d'un père tunisien et d'une mère bretonne}
• {sex|Mariée à Sarah depuis 2017}
• {fam|Deux enfants par PMA}
• {age|37 ans}
""",
# 016 Côte d'Ivoire, athlète -> fédération, format formulaire
"""
FÉDÉRATION IVOIRIENNE D'ATHLÉTISME — DOSSIER DE CANDIDATURE

Candidat : {c|Mlle Aminata Koné}
Adresse : {c|Yopougon Maroc, Abidjan}
Contact : {c|+225 05 44 81 27 90} / {c|aminata.kone.athle@gmail.com}
{age|Âge : 28 ans}
{eth|Origine : Sénoufo de Korhogo}
{rel|Religion : musulmane}
{fam|Célibataire, sans enfant}

Poste visé : {k|Responsable du développement de l'athlétisme féminin}

Parcours : sprinteuse, 200 m, Jeux africains 2019. {age|Médaillée aux championnats d'Afrique juniors à 17 ans}.

Expérience : {k|Assistante technique, Direction Technique Nationale FIA} (2021-) ; {k|Coordination des contrôles antidopage avec l'ONAD-CI}.

Formation : {k|Licence STAPS, INJS Abidjan}; {k|Diplôme d'entraîneur niveau 1 World Athletics}

Déclaration : {gen|J'ai été soumise en 2019 à un examen de mon taux de testostérone et à un caryotype au titre du règlement DSD}. {hea|Traitement hormonal suivi de 2019 à 2021}.
""",
# 017 Sénégal, basketteuse -> coach
"""
{c|Fatou Binetou Diop}
Entraîneuse de basket-ball
{c|Sacré-Cœur 3, Dakar} · {c|+221 76 382 10 47} · {c|fatoubdiop.coach@gmail.com}

CARRIÈRE
Meneuse des {k|Lionnes du Sénégal} (2009-2019), championne d'Afrique 2015. Six saisons en France avec Tarbes et Villeneuve-d'Ascq. {age|Première sélection à 18 ans}.

ENTRAÎNEMENT
• {k|Entraîneuse principale, DUC Dakar (féminines)} — 2020-
• {k|Diplôme FIBA Coaching Certificate Level 2}
• {k|NBA Academy Africa, camp féminin de Saly (assistante)}
• {k|Programme « Basket et scolarité » avec SEED Project}

PERSONNEL
{fam|Divorcée, deux enfants}.
{rel|Catholique, paroisse des Martyrs de l'Ouganda}.
{eth|Lébou de Yoff par ma mère}.
{hea|Ménisque opéré deux fois; arthrose précoce du genou}.
{tu|Membre de l'Association des basketteurs professionnels, ancienne représentante des joueuses}.
{pol|Candidate sur la liste Yewwi Askan Wi aux municipales de 2022}.

Référence : {c|M. Moustapha Gaye}
""",
# 018 Maroc, footballeur binational, éligibilité
"""
{c|Anas Belhaj}
{c|Tanger 90000} | {c|anas.belhaj10@gmail.com} | {c|+212 6 70 19 82 44}

Profil
Milieu offensif reconverti en analyste vidéo. Formé aux Pays-Bas, {eth|binational néerlandais-marocain, j'ai choisi le Maroc en 2016}. {age|J'avais 19 ans lors de ma première sélection A}.

Carrière
| Saison | Club | Matchs |
| 2014-2017 | {k|Feyenoord} (jeunes) | — |
| 2017-2021 | {k|Ittihad Riadi Tanger} | 86 |

Reconversion
{k|Analyste vidéo, Fédération Royale Marocaine de Football} (2022-)
– {k|Analyse des adversaires pour la CAN 2023 (Hudl Sportscode)}
– {k|Certification Wyscout Analyst}

Personnel
{hea|Opéré d'une pubalgie en 2020}. {rel|Je fais mes cinq prières, même en rassemblement}. {fam|Marié, un enfant}. {gen|Mes empreintes et mon visage ont été enregistrés pour la carte d'accréditation biométrique de la CAF}.
""",
# 019 Belgique, journaliste RTBF, style à propos
"""
{c|Nathalie Dewulf}
Journaliste sportive, RTBF
{c|5000 Namur} | {c|nathalie.dewulf@rtbf-mail.be} | {c|+32 495 61 27 80}

À propos
Depuis 15 ans, je commente le cyclisme et l'athlétisme. {k|Commentatrice cyclisme, RTBF} depuis 2015, j'ai suivi 9 Tours de France et les Jeux de Tokyo et Paris.

{pol|J'ai été candidate PS aux communales de Namur en 2018}. {tu|Je suis affiliée à l'AJP et à la FGTB}. {hea|J'ai traversé un cancer du sein en 2021 et commenté Tokyo entre deux chimios}. {fam|Maman solo d'une ado}. {age|50 ans cette année}.

Expérience
• {k|Commentatrice cyclisme, RTBF} (2015-)
• {k|Journaliste, La Dernière Heure / Les Sports} (2008-2015)
• {k|Documentaire « Dopage : les années EPO » (2019)}
• {k|Présentation de La Tribune, magazine du sport}

Formation
{k|Master en journalisme, UCLouvain}
""",
# 020 Suisse, administratrice fédération, puces
"""
{c|Sophie Moret-Baumann}
{c|Kramgasse 12, 3011 Bern} · {c|sophie.moret@sportmail.ch} · {c|+41 31 555 72 18}

ADMINISTRATION DU SPORT
• {k|Responsable de l'éthique, Swiss Olympic} (2021-)
• {k|Mise en œuvre de la Charte d'éthique et du service de signalement Swiss Sport Integrity}
• {k|Cheffe de projet, Fédération Suisse de Gymnastique} (2015-2021)
• {k|Enquête interne sur les « Magglingen Protocols »}
• Gymnaste de l'équipe nationale jusqu'{age|à 19 ans}

• {hea|Anorexie soignée pendant deux ans après ma carrière}
• {sex|Vit avec sa compagne à Berne}
• {rel|Sortie de l'Église réformée en 2018, humaniste convaincue}
• {pol|Membre du PS suisse, section Berne-Ville}
• {gen|A participé à une étude génétique sur les fractures de fatigue (profil VDR conservé par l'Université de Berne)}

Langues : français, allemand, anglais. Je suis aussi juge internationale de gymnastique artistique (brevet FIG), ce qui me garde près du terrain.
Formation : {k|MAS en management du sport, IDHEAP}
""",
]
