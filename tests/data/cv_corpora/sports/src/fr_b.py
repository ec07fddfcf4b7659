CVS = [
# 021 France, boxeur -> éducateur sportif, trous de CV
"""
{c|Mehdi Boukhari}
{c|Quartier des Izards, Toulouse} — {c|07 81 52 63 14} — {c|mehdi.boukhari.boxe@gmail.com}

ÉDUCATEUR SPORTIF — BOXE ANGLAISE

Parcours
2019 → aujourd'hui : {k|Éducateur sportif, Toulouse Boxing Club des Izards}
 • {k|Boxe éducative pour 80 jeunes suivis par la PJJ}
 • {k|Référent du dispositif « Sport et insertion » de la Mairie de Toulouse}
2016 → 2019 : {k|Agent de sécurité, Stadium de Toulouse}

Diplômes : {k|BPJEPS Boxe}, {k|CQP Moniteur de boxe}

Explications sur mon parcours
2011-2013 : {cri|incarcéré à la maison d'arrêt de Seysses pour trafic de stupéfiants}. {age|J'avais 19 ans}. Le sport en détention m'a remis debout.

Moi
{eth|Français d'origine marocaine, né à Toulouse de parents venus de Nador}. {rel|Musulman, je jeûne même les soirs de gala}. {fam|Pacsé avec Sonia, deux enfants}. {pol|Bénévole pour la campagne de Génération.s aux municipales de 2020}.
""",
# 022 Québec, physiothérapeute sport paralympique
"""
{c|Marie-Pier Gagnon}, pht
{c|Sherbrooke (Québec)} | {c|819 555-0162} | {c|mariepier.gagnon.physio@gmail.com}

Sommaire
Physiothérapeute du sport, 10 ans auprès d'athlètes paralympiques et de parasports d'hiver.

Expérience
2017- {k|Physiothérapeute, Institut national du sport du Québec}
 - {k|Évaluation fonctionnelle pour la classification en para-ski nordique}
 - {k|Équipe médicale canadienne aux Jeux paralympiques de Pékin 2022}
2013-2017 {k|Physiothérapeute, CIUSSS de l'Estrie – CHUS}

Formation
{k|Maîtrise en physiothérapie, Université de Sherbrooke}; {k|Diplôme en physiothérapie du sport (Sport Physiotherapy Canada)}. Je donne aussi un cours de réadaptation en parasport aux étudiants de troisième année.

Personnel
{sex|Mariée à Julie depuis 2016}; {fam|nous avons adopté un garçon en 2021}.
{tu|Membre de l'APTS, déléguée syndicale au CHUS} jusqu'en 2017.
{gen|J'ai fait un test génétique après le décès de mon père: je suis porteuse de la mutation BRCA2}.
{age|Née en 1988}.
""",
# 023 Cameroun, footballeur déchu, casier
"""
{c|Jean-Pierre Mbarga Owona}
{c|Quartier Biyem-Assi, Yaoundé} | {c|+237 6 55 12 40 87} | {c|jp.mbargaowona@gmail.com}

PROFIL
Ancien défenseur (Canon de Yaoundé, Union de Douala) devenu entraîneur de jeunes et formateur d'arbitres amateurs.

EXPÉRIENCE
• 2020-: {k|Entraîneur U15, École de football Brasseries du Cameroun}
• 2018-2020: {k|Instructeur arbitres régionaux, Ligue du Centre}
• {k|Licence CAF C}
• {k|Canon de Yaoundé} (1998-2006), 140 matchs en Elite One, puis Union de Douala jusqu'en 2011
• {k|Sensibilisation aux matchs truqués avec Interpol Integrity in Sport}

PASSÉ JUDICIAIRE
{cri|Condamné en 2015 par le tribunal de première instance de Yaoundé pour escroquerie (deux ans avec sursis)}, après l'affaire des paris. Je le dis aux parents dès la première réunion.

SANTÉ
{hea|Hypertension traitée}.

VIE PERSONNELLE
{age|44 ans}. {fam|Veuf, père de quatre enfants}. {eth|Éton, originaire de Sa'a}. {rel|Fidèle de l'Église presbytérienne camerounaise}.
""",
# 024 France, arbitre rugby, tableau
"""
{c|Pauline Etcheverry}
Arbitre de rugby fédérale
{c|Bayonne (64)} · {c|06 24 91 38 57} · {c|pauline.etcheverry@orange.fr}

SAISONS
| Saison | Compétition | Matchs |
| 2021-22 | {k|Élite 1 féminine} | 14 |
| 2022-23 | Nationale 2 | 11 |
| 2023-24 | {k|Pro D2} (juge de touche) | 9 |

QUALIFICATIONS
{k|Arbitre fédérale, Fédération Française de Rugby} ; {k|Formatrice d'arbitres, Ligue Nouvelle-Aquitaine}

EMPLOI
{k|Professeure d'EPS, Collège Marracq} (2015-) ; j'entraîne aussi la section rugby féminine du collège, vice-championne d'Aquitaine UNSS en 2023. Je suis titulaire du certificat de secourisme PSC1.

À SAVOIR
{sex|Capitaine des Dragonnes, l'équipe de rugby inclusive LGBT+ de Bayonne}.
{tu|Syndiquée au SNEP-FSU}.
{pol|Militante abertzale, adhérente d'EH Bai}.
{eth|Basque}, je parle euskara sur le terrain.
{age|Née le 30/04/1991}.
{hea|Commotion cérébrale sévère en 2019, arrêt de six mois}.
""",
# 025 Belgique, coach fitness, puces
"""
{c|Kevin Lambrechts}
Coach fitness & personal trainer
{c|6000 Charleroi} — {c|0472 18 94 60} — {c|kevin.lambrechts.fit@gmail.com}

• {k|Responsable des cours collectifs, Basic-Fit Charleroi} (2020-)
• {k|Personal trainer indépendant} (2016-)
• {k|Programmes de renforcement pour seniors avec la Mutualité chrétienne}
• {k|Certificat ADEPS Moniteur sportif initiateur}
• {k|Brevet de coach en préparation physique, LIBEF}
• Quinze ans de musculation et de powerlifting en compétition nationale
• Langues : français, néerlandais de base

Ce qu'il faut savoir
• {cri|Condamné pour coups et blessures en 2014 (peine de travail de 120 heures)}
• {hea|Suivi pour addiction aux anabolisants, sevré depuis 2015}
• {fam|Papa de jumelles, séparé}
• {tu|Affilié à la CGSLB}
• {age|34 ans}
• {sex|Je suis en couple avec Antoine, entraîneur aux Panthères de Charleroi}
""",
# 026 Suisse, esport, LinkedIn
"""
{c|Noah Favre}
{c|Genève} · {c|noah.favre.gg@protonmail.ch} · {c|+41 78 640 12 95}

À propos
Joueur pro de Fortnite à 15 ans, aujourd'hui responsable esport. {age|J'ai signé mon premier contrat à 15 ans}, et {hea|un trouble du sommeil et une dépression} m'ont poussé à ralentir à 19 ans. Je travaille aujourd'hui à la {k|Fédération Suisse d'eSport (SESF)}.

Expérience
— {k|Chargé de compétitions, Fédération Suisse d'eSport (SESF)} (2023-)
— {k|Joueur, Team BDS Fortnite} (2019-2022)
— {k|Création d'une charte de bien-être des joueurs mineurs}
— {k|Intégrité : contrôles anti-triche et vérification d'identité des joueurs}

Infos
{gen|Mon visage a été enregistré pour la vérification biométrique d'identité de l'Epic Games FNCS}. {cri|Une condamnation pénale pour harcèlement en ligne quand j'étais mineur, effacée du casier}. {sex|Mon copain, Elias, joue en Valorant}. {pol|Jeune Vert·e·s genevois}.
""",
# 027 Sénégal, journaliste sportif + syndicat
"""
{c|Abdoulaye Sow}
Journaliste sportif
{c|Médina, Dakar} | {c|+221 78 590 23 41} | {c|abdoulaye.sow.sport@gmail.com}

EXPÉRIENCE
2016 – : {k|Rédacteur en chef adjoint, Record (quotidien sportif)}
2010 – 2016 : {k|Reporter, Radio Futurs Médias (RFM)}
• {k|Couverture de la CAN 2021 remportée par les Lions}
• {k|Série sur les lutteurs et le dopage aux anabolisants}

FORMATION
{k|Diplôme du CESTI, Université Cheikh Anta Diop}; stage à l'AFP Sport à Paris (2012). Langues : français, wolof, pulaar, anglais.

VIE ASSOCIATIVE
{tu|Secrétaire général adjoint du SYNPICS (section presse sportive)}, {k|membre de l'ANPS}.

ÉTAT CIVIL
{age|Né le 5 août 1984 à Podor}
{eth|Halpulaar}
{rel|Musulman (tidjane)}
{fam|Marié, trois enfants}
{cri|Détenu 4 jours en 2021 pendant les manifestations de mars, libéré sans poursuite, puis condamné à une amende pour diffusion de fausses nouvelles en 2022}
{pol|Sympathisant de Pastef}
""",
# 028 Maroc, kiné, formulaire
"""
FICHE DE CANDIDATURE — FÉDÉRATION ROYALE MAROCAINE D'ATHLÉTISME

Nom : {c|Zineb Alaoui}
Adresse : {c|Quartier Gauthier, Casablanca}
Téléphone : {c|06 62 41 08 73}
E-mail : {c|zineb.alaoui.kine@gmail.com}
{age|Date de naissance : 11/07/1992}
{fam|Situation familiale : mariée}

Poste : {k|Kinésithérapeute de l'équipe nationale de marathon}
Expérience : {k|Kinésithérapeute, Centre National d'Athlétisme Moulay Rachid d'Ifrane} (2018-) ; {k|Clinique du sport Casablanca} (2015-2018)
Compétences : {k|Dry needling, rééducation post-fracture de fatigue}, {k|tests de l'Athlete Biological Passport pour les athlètes de l'équipe}
Diplôme : {k|Diplôme d'État de kinésithérapie, IFCS Casablanca}

Informations complémentaires :
{rel|Je porte le voile et je souhaite le garder en compétition internationale}.
{hea|Endométriose, deux interventions chirurgicales}.
{gen|Mon frère est atteint de thalassémie et j'ai été dépistée porteuse}.
{tu|Membre de l'UMT}.

Signature : Casablanca, le 2 mars 2024
""",
# 029 Côte d'Ivoire, footballeur -> entraîneur, tableau
"""
{c|Ibrahim Diabaté}
Entraîneur de football
{c|Bouaké} | {c|+225 07 58 30 14 62} | {c|ibrahim.diabate.coach@gmail.com}

CARRIÈRE DE JOUEUR
| Années | Club | Matchs | Buts |
| 2005-2010 | {k|ASEC Mimosas} | 104 | 22 |
| 2010-2014 | {k|KV Courtrai} (Belgique) | 87 | 11 |
{age|Recruté à l'académie MimoSifcom à 12 ans}.

ENTRAÎNEUR
• {k|Entraîneur principal, Stella Club d'Adjamé} (2021-)
• {k|Licence CAF A}
• {k|Détection régionale pour la FIF (Gbêkê)}

PERSONNEL
{eth|Malinké, nationalité ivoirienne reconnue seulement en 2013 après la révision de mon certificat de nationalité}.
{rel|Musulman, hadj accompli en 2019}.
{fam|Marié à deux femmes, sept enfants}.
{hea|Ancien genou opéré cinq fois, je ne joue plus}.
{gen|Le test ADN demandé par le club belge pour prouver ma filiation avec mon père a été conservé au dossier}.
{cri|Amende du tribunal de Courtrai en 2012 pour conduite en état d'ivresse}.
""",
# 030 France, préparatrice mentale, style à propos
"""
{c|Anne-Sophie Rigaud}
Préparatrice mentale
{c|44000 Nantes} · {c|as.rigaud@prepamentale.fr} · {c|06 47 20 91 38}

À propos
Ancienne handballeuse de D1, j'accompagne aujourd'hui des athlètes de haut niveau. J'ai fini ma carrière {age|à 27 ans} après {hea|un trouble bipolaire diagnostiqué en pleine saison}, et c'est l'expérience qui m'a amenée à la psychologie du sport.

Expérience
• {k|Préparatrice mentale, Nantes Atlantique Handball} (2019-)
• {k|Intervenante, CREPS des Pays de la Loire} (2017-)
• {k|Programme de prévention des violences sexuelles dans le sport (CNOSF)}
• Suivi individuel d'une vingtaine d'athlètes listés haut niveau, en présentiel et en visio

Formation
{k|Master Psychologie du sport, Université de Rennes 2}; {k|DU Préparation mentale, INSEP}

Personnel
{sex|Je vis avec Claire, ma compagne, depuis 2014}. {fam|Nous attendons notre premier enfant}. {pol|Engagée à Nous Toutes et adhérente du Parti socialiste}.
""",
# 031 Belgique, directeur sportif club, négatifs (Crusaders)
"""
{c|Thomas Vanhoutte}
{c|7000 Mons} · {c|0495 72 18 33} · {c|thomas.vanhoutte@rfcmons.be}

DIRECTEUR SPORTIF

• {k|Directeur sportif, RAEC Mons} (2020-)
• {k|Team manager, Brussels Crusaders (football américain)} (2014-2020)
• {k|Mise en place du plan de prévention du racisme avec Kick It Out Belgium}
• {k|Gestion des dossiers d'assurance blessure et de la médecine du sport}
• {k|Licence UEFA A}

Parcours de joueur
Défenseur en D2, 2005-2014, surtout à l'AFC Tubize et à l'Olympic de Charleroi, 240 matchs au total. {age|Premier contrat pro à 18 ans}.

Personnel
{cri|Condamné en 2016 pour fraude fiscale liée à des primes non déclarées (amende, casier effacé en 2022)}.
{tu|Ancien délégué Sporta au vestiaire de Tubize}.
{hea|Greffe de rein en 2018}.
{gen|Ma polykystose rénale est héréditaire, comme celle de ma mère}.
{fam|Marié, trois enfants}.
""",
# 032 Québec, administratrice, format fédéral + autochtone
"""
{c|Kim Picard-Vollant}
{c|Uashat mak Mani-utenam, Sept-Îles (Québec)} | {c|418 555-0139} | {c|kim.picard.vollant@gmail.com}

Administratrice sportive

Expérience
2019- {k|Directrice générale, Alliance sportive autochtone du Québec}
 - {k|Organisation des Jeux autochtones interbandes}
 - {k|Partenariat avec Sports Québec pour l'accès des jeunes des Premières Nations}
2014-2019 {k|Agente de développement, Hockey Côte-Nord}

Formation
{k|Certificat en gestion du sport, UQAM}; {k|Programme national de certification des entraîneurs (PNCE), niveau compétition-introduction}

J'ai joué au hockey féminin junior AAA et je suis encore gardienne dans une ligue de garage le mardi soir. Je parle innu-aimun, français et anglais.

Personnel
{eth|Innue de Uashat}, {age|j'ai 36 ans}. {fam|Mère de trois enfants}. {sex|Ma conjointe, Audrey, est entraîneuse de volleyball}. {rel|Je prends part aux cérémonies de la tente tremblante de ma communauté}. {hea|Diabète de type 2 découvert à 30 ans}. {pol|Membre de Québec solidaire}.
""",
# 033 France, cycliste -> directeur sportif, antidopage
"""
{c|Romain Lebrun}
{c|Annecy (74)} — {c|06 93 18 52 74} — {c|romain.lebrun.dsportif@gmail.com}

DIRECTEUR SPORTIF CYCLISME

Carrière de coureur (2008-2018) : 6 Tours de France, 1 victoire d'étape au Dauphiné.
{age|Passé professionnel à 21 ans}.

Directeur sportif
• {k|Directeur sportif adjoint, Decathlon AG2R La Mondiale} (2020-)
• {k|Directeur sportif, équipe continentale Chambéry Cyclisme Formation} (2018-2020)
• {k|Suivi du passeport biologique de l'équipe avec le MPCC}
• {k|Diplôme d'État supérieur (DESJEPS) cyclisme}
• {k|Recrutement et formation des coureurs espoirs}

Ce que je ne cache pas
{cri|Suspendu deux ans en 2012 pour EPO, puis condamné par le tribunal correctionnel de Bonneville pour détention de produits dopants}.
{gen|Mes valeurs de passeport biologique de 2011-2012 sont restées archivées par l'UCI}.
{tu|Membre du CPA et de l'UNCP, représentant des coureurs en 2017}.
{fam|Marié, deux filles}.
""",
# 034 Sénégal, para-athlète, classification
"""
{c|Aïssatou Ba}
{c|Saint-Louis, Sénégal} | {c|+221 77 201 48 63} | {c|aissatou.ba.para@gmail.com}

ATHLÈTE PARALYMPIQUE ET ANIMATRICE SPORTIVE

{hea|Malvoyante depuis l'enfance (rétinite pigmentaire)}, {hea|classée T12}. {gen|Ma maladie est génétique : ma sœur aînée et moi avons le même gène, confirmé par un test à Fann}.

Parcours
• 400 m T12, Jeux paralympiques de Tokyo (demi-finale)
• {age|Championne d'Afrique à 17 ans}

Expérience
• {k|Animatrice sportive, Fédération Sénégalaise des Sports pour Personnes Handicapées} (2021-)
• {k|Initiation des enfants malvoyants à l'athlétisme à l'INEFJA}
• {k|Sensibilisation des guides-coureurs}

Formation
{k|BTS Animation socio-sportive}; {k|Braille intégral}. Je cours avec mon guide, Ousmane, depuis 2016 et je forme aujourd'hui d'autres binômes dans la région nord.

Vie personnelle
{fam|Mariée, un fils}. {rel|Je suis catholique, paroisse Saint-Louis}. {eth|Peule par mon père}.
""",
# 035 Cameroun, administrateur fédération, criminel
"""
{c|Paul-Éric Essomba}
{c|Bastos, Yaoundé} · {c|+237 6 70 88 12 45} · {c|pe.essomba@fecafoot-mail.cm}

ADMINISTRATEUR SPORTIF

Expérience
2017- {k|Secrétaire général adjoint, Fédération Camerounaise de Handball}
 • {k|Organisation administrative de la CAN de handball 2022}
 • {k|Gestion des contrats de sélectionneurs et des primes des joueurs}
2010-2017 {k|Chef de service des compétitions, Ministère des Sports et de l'Éducation Physique}

Formation
{k|Master en management du sport, Université de Yaoundé II}; formation MEMOS (Executive Masters in Sport Organisations Management)

Personnel
{age|Né le 18/12/1979}. {fam|Marié, cinq enfants}. {eth|Ewondo}. {cri|Poursuivi en 2016 pour détournement de fonds publics, relaxé par le Tribunal criminel spécial en 2019 ; mentions effacées}. {pol|Membre du comité central du SDF jusqu'en 2015}. Je ne dis pas grand-chose de ma vie privée ici : {sex|mon compagnon vit à Paris}.
""",
# 036 France, prof EPS + syndicat + orientation
"""
{c|Yannick Le Goff}
Professeur d'EPS agrégé
{c|Brest (29)} · {c|06 58 21 74 09} · {c|yannick.legoff@ac-rennes.fr}

Enseignement
2012-   {k|Professeur d'EPS agrégé, Lycée de l'Iroise}
        {k|Coordonnateur de l'association sportive (UNSS)}
        {k|Section sportive voile}
2008-12 {k|Professeur d'EPS, Collège de Kerichen}

Concours : {k|Agrégation externe d'EPS} (2011) ; tuteur de stagiaires de l'INSPE de Bretagne depuis 2016

Sport : international de voile olympique (470) {age|de 18 à 24 ans}. J'encadre encore des stages de voile l'été au {k|Centre nautique de Moulin Blanc} et je suis jury des épreuves pratiques du baccalauréat.

Engagements
{tu|Secrétaire départemental du SNEP-FSU dans le Finistère}.
{sex|Pacsé avec Erwan depuis 2013}.
{pol|Adhérent de l'Union démocratique bretonne}.
{hea|Sclérose en plaques diagnostiquée en 2020, poussées rares}.
{cri|Condamné avec sursis pour une action militante contre un élevage intensif (2017)}.
""",
# 037 Suisse, ancien cycliste -> journaliste
"""
{c|Luca Bernasconi}
Journaliste sportif
{c|Lugano / Lausanne} · {c|+41 76 512 33 07} · {c|luca.bernasconi@rts-mail.ch}

Profil
Ancien coureur amateur élite devenu journaliste. Je couvre le cyclisme et le hockey pour la {k|RTS} depuis 2014.

Expérience
• {k|Journaliste sportif, RTS Sport} (2014-)
• {k|Correspondant, Le Temps} (2010-2014)
• {k|Enquête sur les tests génétiques de talent vendus aux clubs juniors (2022)}

Formation
{k|Master en journalisme, Université de Neuchâtel}. Langues : italien, français, allemand. J'ai aussi commenté les Mondiaux de hockey 2020 à Lausanne.

Personnel
{age|43 ans}. {eth|Tessinois, petit-fils d'immigrés calabrais}. {tu|Membre de SSM (Syndicat suisse des mass media)}. {fam|Divorcé, un fils}. {gen|J'ai fait un test ADN généalogique qui m'a fait découvrir une lignée ashkénaze}. {cri|Condamnation pour diffamation en 2018 (jour-amende), à la suite d'un article sur un dirigeant de club}.
""",
# 038 Maroc, boxeuse, Pride/inclusive? careful; esport player
"""
{c|Yassine Ouazzani}
Joueur pro / streamer
{c|Agdal, Rabat} | {c|yassine.ouazzani.gg@gmail.com} | {c|+212 6 11 42 09 87}

À PROPOS
Joueur professionnel d'EA FC, champion d'Afrique {age|à 20 ans}, qualifié pour la FIFAe World Cup 2023. Je veux maintenant créer une académie esport au Maroc.

PALMARÈS
| Année | Compétition | Résultat |
| 2022 | {k|FIFAe African Championship} | 1er |
| 2023 | {k|FIFAe World Cup} | Top 16 |

EXPÉRIENCE
• {k|Joueur pro, Team Falcons}
• {k|Coaching de joueurs juniors en ligne}
• {k|Ambassadeur de la Fédération Royale Marocaine des Jeux Vidéo et Sports Électroniques}

PERSONNEL
{hea|Épilepsie photosensible contrôlée par traitement}. {fam|Célibataire}. {gen|Mes empreintes sont enregistrées dans le système biométrique de la Fédération pour les tournois en ligne}. {rel|Je ne fais plus le Ramadan depuis mes 18 ans et je me considère athée}. {cri|Condamné à une amende en 2021 pour des paris illégaux}.
""",
# 039 France, Outre-mer? arbitre de basket, Pride club
"""
{c|Jessica Moutou}
Arbitre de basket-ball — Haut niveau
{c|Saint-Denis, La Réunion} · {c|0692 41 82 07} · {c|jessica.moutou.arbitre@gmail.com}

PARCOURS D'ARBITRE
2023- {k|Arbitre de Ligue Féminine de Basket (LFB)}
2019-2023 {k|Arbitre NM1}
{k|Badge FIBA} obtenu en 2022 ; désignée à l'AfroBasket féminin 2023

AUTRES ACTIVITÉS
{k|Conseillère technique, Ligue Réunionnaise de Basket-Ball}
{k|Formation des jeunes arbitres au lycée Leconte de Lisle}
Je travaille aussi à temps plein comme gestionnaire à la Caisse d'allocations familiales ; j'arbitre les week-ends et pendant mes congés, et j'ai dirigé la finale de la Coupe de La Réunion en 2022.

À MON SUJET
{age|Née en 1994}. {eth|Créole réunionnaise d'ascendance tamoule et malgache}. {rel|Hindouiste, je marche sur le feu au temple du Colosse}. {sex|Membre fondatrice de l'équipe LGBTQIA+ Les Zoizos Fiers}. {tu|Syndiquée CGTR dans mon emploi principal à la CAF}. {hea|Asthme sévère, traité}.
""",
# 040 Belgique, fitness + kiné: no-span? keep some spans
"""
{c|Élodie Marchal}
Préparatrice physique & nutrition sportive
{c|Rue de la Station 8, 1400 Nivelles} | {c|0498 66 02 17} | {c|elodie.marchal@prepa-sport.be}

RÉSUMÉ
Préparatrice physique en hockey sur gazon et sports collectifs. Ancienne joueuse des Red Panthers (62 sélections), {age|retraitée à 29 ans}.

EXPÉRIENCE
• {k|Préparatrice physique, Royal Racing Club de Bruxelles} (2019-)
• {k|Préparatrice physique des Red Panthers U21} (2021-)
• {k|Suivi nutritionnel et dépistage RED-S des joueuses}
• {k|Contrôles de la charge d'entraînement (Catapult, Polar)}

FORMATION
{k|Master en sciences de la motricité, UCLouvain}

PERSONNEL
{hea|Ostéoporose précoce liée à une aménorrhée pendant ma carrière}. {gen|Test génétique de prédisposition aux tendinopathies fait à titre personnel (COL5A1)}. {fam|Mariée, deux garçons}. {sex|Ancienne membre du conseil de la Belgian Pride}. {pol|Conseillère communale Les Engagés à Nivelles}.
""",
]
