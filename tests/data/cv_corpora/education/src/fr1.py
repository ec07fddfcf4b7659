CVS = [
"""
{C:Camille Dufresne-Lebrun}
{C:27, rue des Postes, 59000 Lille}
{C:06 72 41 88 19} – {C:camille.dufresne@laposte.net}

PROFESSEURE DES ÉCOLES — demande de mutation (mouvement interdépartemental)

Titres et diplômes
- {K:CRPE} (concours externe), académie de Lille, 2014
- {K:Master MEEF premier degré}, INSPE Lille Hauts-de-France
- {K:CAPPEI}, option troubles des fonctions cognitives, 2020

Parcours
2014–2018 Professeure des écoles, école élémentaire Jean-Macé, Roubaix (REP+)
2018– {K:Enseignante spécialisée en ULIS école}, {K:école Paul-Bert, Lille-Fives}
- Scolarisation de 12 élèves avec TSA, TDAH ou troubles dys ; coordination des PPS avec les AESH
- Projet {K:Éducation à la sexualité en cycle 3} avec l'infirmière scolaire

Situation de famille
{SO:Pacsée avec Léa} ; {FA:deux enfants (5 et 8 ans)}. {FA:Rapprochement de conjoint demandé} (Léa est mutée à Rennes).
{DB:Née le 04/09/1990} à Dunkerque.
{TU:Syndiquée au SNUipp-FSU, élue au conseil des maîtres pour la section syndicale}.
{HE:Reconnaissance de la qualité de travailleur handicapé (RQTH) pour une sclérose en plaques}.
""",
"""
Julien Maréchal — AESH
{C:Toulouse (31)} · {C:07 81 20 33 46} · {C:julien.marechal31@gmail.com}

Accompagnant d'élèves en situation de handicap depuis 2017, {K:PIAL Toulouse Nord}.

Expériences
• {K:AESH individuel}, collège Bellevue : accompagnement d'un élève de 4e avec autisme (emploi du temps visuel, prise de notes, gestion de crises)
• {K:AESH mutualisé}, école Jules-Julien : trois élèves avec trisomie 21 et troubles dys
• {K:Formation d'adaptation à l'emploi AESH (60 h)}

Diplômes : {K:DEAES} (2016), licence de psychologie (L2 validée).

Pourquoi ce métier
{HE:Je suis moi-même dyspraxique, diagnostiqué à l'âge de 10 ans}, et j'ai eu une AVS au collège. {FA:Père célibataire d'une fille de 7 ans} : je ne peux pas travailler le mercredi.
{TU:Adhérent SUD éducation, je participe aux AG AESH}. {ET:Mes parents sont d'origine algérienne (Oran)}. {DB:32 ans}.
Disponibilité : dès la rentrée.
""",
"""
CURRICULUM VITAE
{C:Nathalie Vasseur}
Conseillère principale d'éducation
{C:14, montée du Gourguillon, 69005 Lyon} — {C:nathalie.vasseur@ac-lyon.fr}

Expérience professionnelle
2015– {K:CPE}, {K:lycée Ampère}, Lyon
— Suivi de 900 élèves, conseils de discipline, {K:signalements au procureur et informations préoccupantes (CRIP)}
— Animation du {K:CVL (conseil de la vie lycéenne)} et organisation des élections des délégués
— Référente {K:harcèlement (programme pHARe)} et égalité filles-garçons
2010–2015 CPE, collège Jean-Moulin, Vénissieux

Titres et diplômes : {K:CAPES de CPE} (2010), master de sciences de l'éducation.

Informations personnelles
{DB:Âge : 43 ans}
{FA:Situation de famille : divorcée, un fils}
{TU:Élue SGEN-CFDT au comité social d'administration académique (2019–2022)}
{RE:Catholique pratiquante, catéchiste dans ma paroisse de Saint-Just}
{GB:Porteuse d'une mutation BRCA1 (test génétique en 2018)} ; {HE:mastectomie préventive en 2019}.
""",
"""
Sophie Van den Bossche
{C:Avenue Brugmann 212, 1190 Forest} · {C:+32 478 55 02 19} · {C:sophie.vdb@skynet.be}

PUERICULTRICE / ÉDUCATRICE EN CRÈCHE

{K:Puéricultrice}, {K:crèche communale Les P'tits Loups (ONE)}, Forest — depuis 2016
• Section des grands (18–36 mois) ; projet d'accueil, observation, lien avec les familles
• Accueil d'enfants avec allergies sévères et diabète de type 1 ({K:protocoles d'urgence ONE})
• Accueil d'enfants de familles primo-arrivantes ; éveil aux langues

Formation : {K:Puéricultrice, Institut Jean-Pierre Lallemand}, 2014 ; {K:brevet d'aptitude à la fonction d'animateur (BAFA)}.

À propos de moi
{DB:30 ans}. {ET:Belgo-congolaise, ma mère est de Kinshasa}. {FA:En couple, enceinte de notre premier enfant (terme en mars)}. {HE:Épileptique, stabilisée sous traitement depuis 2015}. {RE:Je fréquente l'église kimbanguiste de Bruxelles}.
""",
"""
Hugues de Kerviler
Professeur agrégé de philosophie
{C:hugues.dekerviler@orange.fr} — {C:06 11 92 45 70} — {C:78000 Versailles}

Titres et diplômes
- {K:Agrégation externe de philosophie} (2006, rang 18)
- Doctorat de philosophie, Sorbonne : « La grâce chez Malebranche » (2011)

Carrière
2011– {K:Professeur de philosophie en terminale et CPGE}, {K:lycée privé Sainte-Geneviève (Ginette), Versailles}, établissement catholique sous contrat
- Cours de {K:philosophie de la religion} et de morale ; oral de culture générale
- Participation à la {K:pastorale scolaire} (retraites de terminales)
2006–2011 Lycée Hoche (public), Versailles

Situation de famille : {FA:marié, six enfants}.
{RE:Catholique de tradition, je sers la messe en forme extraordinaire}.
{PO:Adhérent des Républicains, conseiller municipal d'opposition au Chesnay de 2014 à 2020}.
{DB:Né en 1979}.
Publications : deux articles dans la {K:Revue thomiste} et un manuel de philosophie pour terminales.
""",
"""
Manon Giraud — Enseignante de FLE
{C:Lot II M 45 Bis, Antanimena, Antananarivo} — {C:+261 34 12 775 08} — {C:manon.giraud.fle@gmail.com}

Expérience
2021– {K:Professeure de FLE}, {K:Alliance française de Tananarive}
• Cours adultes A1–C1, préparation {K:DELF / DALF} ; examinatrice-correctrice habilitée
• Ateliers de conversation pour étudiants malgaches partant en France
2018–2021 {K:Lectrice de français}, Université de Séoul

Diplômes : {K:Master 2 FLE, Université Grenoble Alpes} ; {K:habilitation examinatrice DELF-DALF}.

Infos pratiques
{DB:29 ans}. {SO:Je vis avec ma compagne, Haingo}, malgache, d'où mon installation durable à Madagascar. {FA:Sans enfant}. {HE:Diabétique de type 1 (pompe à insuline)} : je demande un logement avec réfrigérateur.
{CR:Condamnation en 2015 (amende) pour outrage lors d'une manifestation contre la loi Travail}, mentionnée au bulletin n° 2.
""",
"""
Jean-Robert Pierre-Louis
Instituteur
{C:Delmas 33, Port-au-Prince, Haïti} — {C:+509 3712 4490} — {C:jrpierrelouis@yahoo.fr}

ÉTAT CIVIL
{DB:Né le 15 mai 1983 à Jacmel}
{FA:Marié, père de quatre enfants}
{RE:Religion : protestant baptiste}

FORMATION
{K:Diplôme d'École normale d'instituteurs, ENI Port-au-Prince} (2005)
Licence en sciences de l'éducation, Université Quisqueya (2012)

EXPÉRIENCE
2012– {K:Maître de 5e et 6e année fondamentale}, {K:Institution Saint-Louis de Gonzague} (Frères de l'Instruction chrétienne)
- Enseignement du créole, du français et de l'{K:éducation civique et morale}, dont les élections et la Constitution de 1987
- Catéchèse organisée par l'établissement (participation en tant que surveillant)
2005–2012 Instituteur, École nationale de Bizoton

ENGAGEMENTS
{TU:Membre de la CNEH (Confédération nationale des éducateurs d'Haïti)}.
{HE:Opéré d'une hernie discale en 2020}, sans séquelle.
{CR:Détenu six semaines au Pénitencier national en 2004, libéré sans inculpation}.
Activités : animation d'un {K:club de lecture en créole} pour les élèves de 6e année.
""",
"""
ÉMILIE BOUCHARD-GAGNON
{C:Sherbrooke (Québec)} | {C:819 555-0172} | {C:emilie.bouchardgagnon@videotron.ca}

ENSEIGNANTE EN ADAPTATION SCOLAIRE

FORMATION
{K:Baccalauréat en adaptation scolaire et sociale}, Université de Sherbrooke, 2013
Brevet d'enseignement, ministère de l'Éducation du Québec

EXPÉRIENCE
2013 à aujourd'hui — {K:Enseignante en classe-ressource}, {K:Centre de services scolaire de la Région-de-Sherbrooke}
• Élèves HDAA du 2e cycle du primaire : plans d'intervention, TSA, dysphasie
• {K:Cours Culture et citoyenneté québécoise} (volet éducation à la sexualité)

IMPLICATIONS
{TU:Déléguée syndicale au SEE-CSQ pour mon école depuis 2018}
{PO:Militante de Québec solidaire, responsable de l'association de circonscription}

PERSONNEL
{FA:Mère de trois enfants, conjointe de fait}. {DB:35 ans}. {HE:En retour progressif après un congé pour épuisement professionnel (2022)}. {GB:J'ai fait un test d'ascendance génétique (Ancestry) qui confirme mes racines abénakises}; {ET:membre de la Nation W8banaki}.
Formation continue : {K:programme Fluppy de prévention de la violence}.
""",
"""
Marie-Line Jean-Baptiste
Directrice d'école maternelle
{C:Quartier Bellevue, 97200 Fort-de-France} — {C:0696 41 28 77}

Titres et diplômes
{K:CAFIPEMF} (2012) ; {K:Liste d'aptitude aux fonctions de directeur d'école} (2015) ; licence de lettres modernes, UAG.

Carrière
2015– {K:Directrice}, {K:école maternelle Ermancia-Bélus, Fort-de-France} (8 classes)
• Projet d'école : langage oral en français et {K:créole martiniquais (LVR)}
• Gestion des {K:plans d'accueil individualisé (PAI) pour asthme et drépanocytose}
• Accueil des enfants de familles haïtiennes et saint-luciennes
2001–2015 Professeure des écoles, circonscription de Schœlcher

Vie personnelle
{DB:Âgée de 52 ans}. {FA:Veuve, deux grands enfants}. {GB:Drépanocytaire AS (trait), comme ma mère}. {RE:Adventiste du septième jour : pas de réunions le samedi}. {TU:Syndiquée au SE-UNSA}. {PO:Conseillère municipale (liste du PPM) à Schœlcher depuis 2020}.
""",
"""
David Aeschlimann
{C:Rue de Carouge 88, 1205 Genève} · {C:+41 79 520 33 18} · {C:d.aeschlimann@bluewin.ch}

Maître d'histoire et de citoyenneté au secondaire I

Expérience
2012– {K:Maître d'histoire et citoyenneté}, {K:Cycle d'orientation de la Seymaz}, DIP Genève
– Séquences sur la {K:démocratie directe, les votations et les élections fédérales}
– Organisation du {K:Parlement des jeunes genevois} en classe
– Projet « {K:Mémoire de la Shoah} » avec la CICAD
2008–2012 Suppléant, collèges genevois

Formation : {K:Master en histoire, Université de Genève} ; certificat IUFE.

Personnel
{DB:Né le 2 février 1981}. {SO:Partenariat enregistré avec Marc depuis 2010}. {FA:Nous avons un enfant placé en famille d'accueil chez nous}. {PO:Membre du PS genevois et constituant suppléant 2008}. {TU:Membre de la FAMCO (fédération des maîtres du CO)}. {RE:Sans confession, sorti de l'Église protestante à 18 ans}.
""",
"""
Fatima Zahra Bennani-Roux
Infirmière de l'Éducation nationale
{C:13006 Marseille} · {C:06 45 90 12 83} · {C:fzbennani.roux@gmail.com}

Parcours
2016– {K:Infirmière scolaire}, {K:collège Longchamp et lycée Thiers}, Marseille
• Bilans de santé, {K:PAI diabète, épilepsie, allergies}, dépistage des troubles visuels
• Éducation à la vie affective et sexuelle, contraception d'urgence, {K:suivi des élèves en détresse et signalements}
• Participation au CESC et au dispositif {K:Santé mentale des adolescents}
2008–2016 IDE, pédiatrie, AP-HM La Timone

Diplômes : {K:Diplôme d'État d'infirmier} (2008) ; DU santé de l'adolescent.

Divers
{ET:Franco-marocaine, née à Fès}. {RE:Musulmane, je jeûne pendant le Ramadan (aucune incidence sur le service)}. {FA:Mariée, trois enfants}. {DB:41 ans}. {TU:SNICS-FSU}.
Loisirs : randonnée dans les calanques, natation. {CR:Une condamnation en 2006 pour outrage à agent}, déclarée lors de mon recrutement.
""",
"""
Thomas Le Guennec
Psychologue de l'Éducation nationale (EDO)
{C:35000 Rennes} — {C:t.leguennec@protonmail.com} — {C:06 30 58 21 44}

Titres et diplômes
- {K:Concours de psychologue de l'Éducation nationale, spécialité EDO} (2017)
- Master 2 psychologie du développement, Rennes 2

Expériences
2017– {K:Psy-EN}, {K:CIO Rennes-Nord} et collèges de secteur
- Bilans pour orientation SEGPA/ULIS, entretiens avec élèves en décrochage, phobie scolaire
- {K:Cellule d'écoute après le suicide d'un élève} (2021)
- Accompagnement des élèves LGBT+ et de leurs familles

Situation personnelle
{DB:37 ans}. {SO:Marié à Youenn depuis 2016}. {FA:Nous sommes en parcours d'adoption}. {HE:Suivi en psychothérapie pour un trouble anxieux}, ce que je vis comme une force dans mon métier. {CR:Casier judiciaire : condamnation pour conduite en état alcoolique en 2009}. {PO:Adhérent de l'Union démocratique bretonne}.
Formation : {K:repérage et prise en charge du risque suicidaire chez l'adolescent}.
""",
"""
Kévin Payet
Animateur périscolaire
{C:97400 Saint-Denis, La Réunion} · {C:0692 55 18 03} · {C:kevin.payet974@gmail.com}

Diplômes
{K:BAFA} (2015) ; {K:BPJEPS Loisirs tous publics} (2019) ; PSC1.

Expériences
Depuis 2019 — {K:Directeur adjoint d'accueil de loisirs}, {K:Ville de Saint-Denis (Réunion)}
• Temps périscolaires de 180 enfants ; projet « {K:Le maloya à l'école} »
• Accueil d'enfants avec TSA et handicap moteur, lien avec les AESH
2015–2019 Animateur, centre aéré de Sainte-Clotilde

Moi
{ET:Créole réunionnais, d'ascendance malbar par mon père}. {RE:Je participe aux cérémonies tamoules du temple de Saint-Denis}. {DB:27 ans}. {FA:Célibataire, pas d'enfant}. {CR:Une condamnation avec sursis en 2016 pour vol}, inscrite au casier : j'en parle franchement aux familles. {HE:Asthmatique}.
Loisirs : moringue, randonnée au Piton des Neiges et football en club le week-end avec les jeunes du quartier.
""",
"""
Samira El Idrissi
Professeure d'arabe et de français
{C:Quartier Racine, Casablanca, Maroc} — {C:+212 6 61 43 22 08} — {C:samira.elidrissi@menara.ma}

Diplômes
{K:Licence de langue et littérature arabes, Université Hassan II} ; {K:CAPES d'arabe (France, 2009)}.

Expérience
2013– {K:Professeure d'arabe}, {K:lycée Lyautey de Casablanca} (AEFE)
• Arabe LV1/LV2 du collège au baccalauréat, {K:section internationale}
• Co-animation du module « {K:Faits religieux et laïcité} » avec les collègues d'histoire
2009–2013 Professeure d'arabe, collège Marcel-Pagnol, Saint-Denis (93)

Situation de famille : {FA:mariée, deux enfants}.
Date de naissance : {DB:12/06/1981}.
Nationalité : {ET:marocaine et française}.
{TU:Adhérente du SNES-FSU hors de France (section du Maroc)}.
{GB:Empreintes digitales enregistrées pour ma carte nationale biométrique marocaine}.
Engagement : {PO:membre de la Fédération de la gauche démocratique, section de Casablanca}.
""",
"""
Laurent Dechamps
{C:Rue Hors-Château 41, 4000 Liège} — {C:0486 33 21 90}

ÉDUCATEUR SPÉCIALISÉ

{K:Éducateur A1}, {K:IME Le Chênelet (AViQ)}, Liège — depuis 2011
– Groupe de 8 adolescents polyhandicapés ; projets individualisés
– {K:Éducation à la vie relationnelle, affective et sexuelle (EVRAS)} adaptée
– Prise en charge des crises d'épilepsie, alimentation par sonde
2006–2011 Éducateur de rue, AMO Dinamo

Formation : {K:Bachelier éducateur spécialisé en accompagnement psycho-éducatif}, HELMo.

Situation
{DB:44 ans}. {FA:Séparé, garde alternée de mes deux fils}.
{TU:Délégué syndical CGSP au conseil d'entreprise de 2015 à 2021}.
{PO:Membre du PTB, colistier aux communales de 2018}.
{HE:Greffé rénal depuis 2019}; {GB:polykystose rénale héréditaire, confirmée par test génétique}.
Compétences : {K:snoezelen}, {K:langue des signes (LSFB niveau 2)}.
Permis B ; je peux conduire le minibus de l'institution pour les sorties et les camps d'été.
""",
"""
Lettre de motivation

{C:Aurélie Brunet}
{C:8, impasse des Mimosas, 44300 Nantes}
{C:aurelie.brunet44@free.fr} – {C:06 59 17 40 26}

Objet : candidature au poste d'{K:auxiliaire de puériculture} — {K:multi-accueil Les Dervallières, Ville de Nantes}

Madame, Monsieur,

{K:Assistante maternelle agréée} depuis 2014, j'accueille à mon domicile trois enfants de moins de trois ans. Je souhaite aujourd'hui rejoindre une équipe en structure collective. Je suis titulaire du {K:CAP Accompagnant éducatif petite enfance} et je prépare le {K:diplôme d'État d'auxiliaire de puériculture} en VAE.

Mon agrément est lié à mon domicile : {FA:maman solo de deux enfants de 10 et 13 ans}, je cherche aujourd'hui des horaires plus réguliers. {HE:Une lombalgie chronique (reconnue en maladie professionnelle)} m'oblige à éviter le port de charges lourdes répétées, ce que la PMI connaît.

{ET:Née au Cap-Vert, arrivée en France à 12 ans, naturalisée en 2004}, je parle portugais et créole avec de nombreuses familles du quartier. {DB:J'ai 39 ans}.

Je vous prie d'agréer mes salutations distinguées.
Aurélie Brunet
""",
"""
Karim Haddouche
Principal adjoint
{C:karim.haddouche@ac-creteil.fr} · {C:06 14 88 02 67} · {C:Saint-Denis (93)}

Parcours
2019– {K:Principal adjoint}, {K:collège Iqbal-Masih, Saint-Denis (REP+)}
• Pilotage des {K:dialogues sociaux avec les sections SNES-FSU et SUD} (côté direction) lors des DHG
• Référent {K:laïcité et valeurs de la République}, formation des équipes après l'assassinat de Samuel Paty
• Coordination du {K:dispositif UPE2A pour élèves allophones} et du plan de lutte contre le racisme
2010–2019 Professeur d'histoire-géographie, lycée Paul-Éluard

Concours : {K:personnel de direction (2019)}, CAPES d'histoire-géographie.

Personnel
{DB:46 ans}. {ET:Fils d'immigrés kabyles}. {RE:Non-croyant, je me définis comme athée}. {FA:Pacsé, un enfant}. {CR:Casier : une amende en 1997 pour dégradation (tag) — bulletin n° 2 vierge aujourd'hui}.
Disponibilités : temps plein, horaires de 7 h 30 à 18 h 30 acceptés, permis B.
""",
"""
Claire Morvan
Professeure certifiée de sciences économiques et sociales
{C:29200 Brest} — {C:claire.morvan29@gmail.com}

Titres et diplômes
{K:CAPES de SES} (2008) · {K:Master d'économie, Université de Bretagne occidentale}

Expériences
2010– {K:Professeure de SES}, {K:lycée de l'Harteloire, Brest}
– Enseignement de la sociologie politique (vote, partis, syndicats) en terminale
– Organisation d'un débat entre candidats aux législatives de 2022 au lycée
– {K:Enseignement moral et civique (EMC)}
2008–2010 TZR, académie de Rennes

Engagements personnels
{TU:Secrétaire de la section SNES-FSU de mon lycée}.
{PO:Adhérente de La France insoumise depuis 2017}.
{SO:Je vis avec ma compagne Gwenola}.
{FA:Mère d'une fille de 6 ans}.
{DB:Née en 1984}.
{HE:Malentendante appareillée depuis l'enfance}.
{SO:Mon partenaire de PACS, Julien,} est lui aussi enseignant, en lycée professionnel à Aubervilliers.
""",
"""
Véronique Lambotte
{C:Rue de la Station 7, 5000 Namur} – {C:081 22 47 65} – {C:v.lambotte@outlook.be}

Professeure de religion catholique et de morale

Expériences
2004– {K:Professeure de religion catholique}, {K:Athénée royal de Namur} (enseignement officiel, cours philosophiques)
– Cours de religion de la 1re à la 6e secondaire, {K:cours de philosophie et citoyenneté (CPC)}
– Visites de la synagogue de Bruxelles et de la mosquée de Namur dans le cadre du dialogue interconvictionnel
{K:Visa de l'évêché de Namur} pour l'enseignement de la religion

Formation : {K:Agrégation de l'enseignement secondaire supérieur (AESS) en sciences religieuses, UCLouvain}

Vie privée
{RE:Je suis moi-même catholique engagée, membre d'une communauté de l'Emmanuel}. {FA:Mariée, cinq enfants}. {DB:Âge : 49 ans}. {TU:Affiliée à la CSC-Enseignement}. {GB:Une de mes filles et moi sommes porteuses de l'hémophilie A}.
""",
"""
Olivier Tremblay-Nadeau
Conseiller pédagogique et administrateur universitaire
{C:Montréal (Québec)} · {C:514 555-0148} · {C:o.tremblaynadeau@umontreal.ca}

EXPÉRIENCE
Depuis 2016 – {K:Conseiller pédagogique}, {K:Centre de pédagogie universitaire, Université de Montréal}
• Formation des chargés de cours ; mesures d'accommodement pour étudiants en situation de handicap
• Gestion du {K:programme d'accueil des étudiants autochtones}
2010–2016 – {K:Technicien en administration}, Faculté des sciences de l'éducation, UQAM

FORMATION
{K:Maîtrise en technopédagogie, Université Laval}

RENSEIGNEMENTS PERSONNELS
{DB:Âge : 42 ans}
{SO:Conjoint de fait avec mon chum, Stéphane}
{FA:Père de jumelles nées par gestation pour autrui}
{PO:Candidat du Bloc québécois dans Laurier—Sainte-Marie en 2015}
{TU:Membre du SCCCUM (syndicat des chargés de cours)}
{HE:Trouble bipolaire stabilisé}.
Loisirs : roller derby, vélo. {GB:J'ai donné mon ADN à la biobanque CARTaGENE}.
""",
]
