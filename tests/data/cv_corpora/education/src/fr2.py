CVS = [
"""
Rivka Benhamou
Conseillère pédagogique
{C:Côte-Saint-Luc (Québec)} — {C:514 555-0193} — {C:rivka.benhamou@gmail.com}

EXPÉRIENCE
2014 à ce jour — {K:Conseillère pédagogique en français}, {K:École Maïmonide} (école juive privée, Montréal)
• Programme bilingue français-hébreu ; {K:cours d'études juives et de Shoah}
• Encadrement de la francisation des élèves arrivés d'Israël et de France
2008–2014 — Enseignante de français, Académie Yavné

FORMATION
{K:Baccalauréat en enseignement du français langue seconde, UQAM}

PERSONNEL
{ET:Née à Casablanca dans une famille séfarade, arrivée au Québec en 1995}. {RE:Je pratique le judaïsme orthodoxe et ne travaille pas pendant le shabbat et les fêtes}. {FA:Mariée, cinq enfants}. {GB:Dépistage génétique prénuptial Dor Yeshorim : porteuse de la maladie de Gaucher}. {DB:45 ans}.
Autres : {K:formation au programme Ces années incroyables} ; {PO:membre du Parti libéral du Québec dans D'Arcy-McGee}.
""",
"""
Jérémie Sainte-Rose
{C:97300 Cayenne} · {C:0694 22 17 58} · {C:jeremie.sainterose@ac-guyane.fr}

PROFESSEUR DES ÉCOLES — GUYANE

Titres et diplômes
{K:CRPE spécial Guyane (créole et langues régionales)}, 2012 ; licence de géographie, Université de Guyane.

Carrière
2012–2017 Professeur des écoles, Grand-Santi (école du fleuve), accès en pirogue
2017– {K:Maître formateur}, {K:circonscription de Cayenne Sud}
– Formation des {K:intervenants en langue maternelle (ILM)} en bushinengué et amérindien
– Projet « {K:Citoyenneté et élections des délégués} » en cycle 3

Personnel
{ET:Guyanais, d'origine saramaka par ma mère}. {DB:Né en 1987}. {SO:Pacsé avec Antoine, professeur de SVT}. {HE:Suivi pour un paludisme chronique (P. vivax)}. {CR:Condamné en 2017 à du sursis pour entrave lors des blocages du mouvement « Pou Lagwiyann dékolé »}. {TU:Syndiqué à l'UTG éducation}.
""",
"""
Cours particuliers — Maths, Physique-chimie
{C:Guillaume Aubertin}
{C:33000 Bordeaux} | {C:06 03 71 58 44} | {C:g.aubertin.cours@gmail.com}

Profil
Ingénieur de formation ({K:Arts et Métiers ParisTech}), {K:professeur particulier} depuis 2016 pour {K:Acadomia} puis en indépendant (auto-entrepreneur, services à la personne, crédit d'impôt 50 %).
Niveaux : collège, lycée, {K:prépa scientifique (MPSI/PCSI)}, Parcoursup.

Méthode
Bilan initial, fiches de méthode, annales du bac ; suivi d'élèves dyscalculiques et TDAH avec aménagements.

En toute transparence
{HE:J'ai quitté l'industrie après un cancer du testicule en 2015}, aujourd'hui en rémission. {SO:Je vis avec mon compagnon} ; {FA:nous n'avons pas d'enfants}. {DB:36 ans}. {CR:Une condamnation avec sursis en 2012 pour usage de stupéfiants} : mon casier (bulletin n° 3) est vierge depuis ; j'en informe les familles qui me le demandent.
Aussi : {K:préparation au Grand Oral} et aux concours des écoles d'ingénieurs.
""",
"""
Anne-Sophie Klein
{C:12, rue de la Nuée-Bleue, 67000 Strasbourg} · {C:03 88 32 15 90}

PROFESSEURE DES ÉCOLES — coordonnatrice ULIS

Titres et diplômes
- {K:CRPE} (2011) · {K:CAPPEI module TSA} (2021)
- Licence d'allemand, Université de Strasbourg

Parcours
2011–2019 Professeure des écoles, école élémentaire du Neudorf
2019– {K:Coordonnatrice ULIS}, {K:école Louvois, Strasbourg}
• {K:Enseignement religieux concordataire (catholique, protestant, israélite)} organisé par l'école en Alsace-Moselle : gestion des dispenses
• Élèves avec TSA et troubles du langage, travail avec le SESSAD

Situation de famille
{FA:Mariée, trois enfants}. {DB:Née le 30/01/1987}. {RE:Protestante (UEPAL), conseillère presbytérale}. {GB:Mon fils est atteint de mucoviscidose et je suis porteuse de la mutation}. {TU:Adhérente SE-UNSA}. {HE:Maladie cœliaque}.
Loisirs : randonnée dans les Vosges, chorale.
Je souhaite poursuivre dans l'enseignement spécialisé et devenir enseignante référente à moyen terme.
""",
"""
Lucie Favre
Directrice de crèche
{C:Chemin de Bellerive 12, 1007 Lausanne} · {C:+41 76 311 45 29} · {C:lucie.favre@hispeed.ch}

Expérience
2018– {K:Directrice}, {K:Centre de vie enfantine de Montoie}, Ville de Lausanne (44 places)
– Gestion d'une équipe de 15 {K:éducatrices et éducateurs de l'enfance ES}
– {K:Politique d'inclusion : enfants avec besoins particuliers}, lien avec le SESAF
– Vérification des {K:extraits spéciaux du casier judiciaire} du personnel
2010–2018 Éducatrice de l'enfance, Garderie La Chenille, Renens

Formation : {K:Diplôme ES d'éducatrice de l'enfance}, ESEDE Lausanne.

Données personnelles
{DB:Née en 1982}. {ET:Nationalité : française, permis C}. {FA:Divorcée, une fille}. {SO:Je partage ma vie avec Nadia depuis 2019}. {PO:Membre des Verts vaudois, élue au Conseil communal de Prilly}. {TU:Membre du SSP}.
Langues : français, allemand (B2), italien (B1).
""",
"""
RAKOTOMALALA Hery Nirina
Professeur de français — {C:Lot IVG 120 Antsahabe, Antananarivo 101}
Tél. : {C:+261 33 14 508 92} — {C:herynirina.rakoto@gmail.com}

ÉTAT CIVIL
{DB:Né le 08 octobre 1978 à Fianarantsoa}
{FA:Marié, trois enfants}
{ET:Nationalité malgache, Betsileo}
{RE:Religion : FJKM (protestant)}

DIPLÔMES
{K:CAPEN (Certificat d'aptitude pédagogique de l'École normale), ENS Antananarivo} — 2003
Maîtrise de lettres françaises

EXPÉRIENCE
2003–2012 Professeur de français, lycée public de Fianarantsoa
2012– {K:Professeur de français et d'instruction civique}, {K:Lycée Jean-Joseph Rabearivelo}
• Préparation au baccalauréat malgache ; club théâtre
• {K:Éducation civique : élections et Constitution de la IVe République}

DIVERS
{TU:Membre du SECES (syndicat des enseignants)}, participation à la grève de 2019.
{PO:Sympathisant actif du parti TIM, assesseur lors des élections de 2018}.
Loisirs : {K:encadrement du club de débat du lycée}. {CR:Détenu deux semaines en 2009 pendant la crise politique, libéré sans charges}.
""",
"""
Yanis Chebbah — Assistant d'éducation (AED)
{C:59100 Roubaix} — {C:07 66 24 91 30} — {C:yanis.chebbah@gmail.com}

EXPÉRIENCE
Depuis 2021 — {K:Assistant d'éducation}, {K:lycée Jean-Rostand, Roubaix}
→ Vie scolaire : appels, permanences, internat
→ Aide aux devoirs, tutorat d'élèves en décrochage
→ Participation aux {K:ateliers de prévention des discriminations et du racisme}

Service civique 2019–2020 : {K:Unis-Cité, programme « Les Petits Frères des Écoles »}

FORMATION
{K:Licence STAPS}, Université de Lille (en cours, L3) ; BNSSA.

COMPLÉMENTS
{DB:23 ans}. {ET:Parents algériens (Sétif), je suis né à Roubaix}. {RE:Musulman pratiquant}. {CR:Un rappel à la loi en 2017 pour une bagarre}, pas d'inscription au casier. {SO:Bisexuel, engagé à l'association Le Refuge comme bénévole}. {HE:Ancien joueur de foot, opéré des ligaments croisés}.
Permis B, disponible le soir pour l'internat.
""",
"""
CURRICULUM VITAE

Nom : {C:Marie-Ève Lavoie}
Adresse : {C:482, rue Saint-Jean, Québec (Québec) G1R 1P5}
Téléphone : {C:418 555-0166}

Objectif : poste d'{K:éducatrice à la petite enfance} en CPE

Scolarité
{K:DEC en Techniques d'éducation à l'enfance}, Cégep de Sainte-Foy, 2016

Expérience
2016 à aujourd'hui — {K:Éducatrice, groupe des 4 ans}, {K:CPE Saint-Roch}
• Programme « Accueillir la petite enfance » ; enfants avec TSA et retard de langage
• Signalements à la DPJ conformément au protocole du CPE
• Accueil d'enfants de familles réfugiées (Syrie, Colombie)

Autres renseignements
{TU:Déléguée syndicale STCPEQ-CSN}
{FA:Enceinte, congé de maternité prévu en février}
{SO:Conjointe de fait avec Julie}
{GB:Nos embryons ont fait l'objet d'un dépistage génétique préimplantatoire}
{DB:31 ans}
Formation continue : {K:RCR et secourisme en milieu de garde}. Disponible à temps plein.
""",
"""
Nadia Ouazzani
Professeure d'EPS
{C:Agdal, Rabat} · {C:+212 6 70 18 42 55} · {C:nadia.ouazzani@gmail.com}

Titres et diplômes
{K:Licence en sciences du sport, ISSS Rabat} · {K:Diplôme du CRMEF, option EPS} (2011)

Expérience
2011–2017 Professeure d'EPS, lycée qualifiant Moulay Youssef, Rabat
2017– {K:Professeure d'EPS}, {K:lycée Descartes (AEFE), Rabat}
• Association sportive : basket féminin, championnats UNSS Maroc
• {K:Éducation à la santé : nutrition et sommeil pendant le Ramadan}

Divers
{DB:38 ans}. {FA:Célibataire}. {ET:Amazighe du Souss}. {RE:Je ne porte pas le voile et ne pratique pas}. {HE:Sportive handisport depuis l'amputation d'une jambe en 2008} : je joue au basket fauteuil. {TU:Membre de la FNE (Fédération nationale de l'enseignement)}.
{GB:Mes empreintes sont enregistrées pour ma carte nationale d'identité électronique}. Langues : tamazight, arabe, français, anglais.
""",
"""
Wilner Désir
Professeur de lettres
{C:Pétion-Ville, Haïti} — {C:+509 4421 0876} — {C:wilnerdesir@gmail.com}

Formation
{K:Licence en lettres modernes, École normale supérieure (UEH)}, 2009

Expérience
2009– {K:Professeur de littérature haïtienne et française}, {K:Collège Saint-Pierre, Port-au-Prince} (épiscopal)
– Classes de NS3 et NS4, préparation aux examens officiels
– {K:Cours d'éducation à la citoyenneté} : élections, droits humains
– Atelier d'écriture en créole

Engagements
{PO:Membre de Fanmi Lavalas, j'ai été candidat à la députation en 2015}.
{CR:Arrêté et détenu trois jours en 2019 lors des manifestations « Petrochallenge »}.
{SO:Je vis avec mon compagnon depuis huit ans, dans la discrétion}.
{DB:38 ans}. {HE:Séropositif, sous traitement}.
Publications : {K:recueil de poèmes en créole « Lavi nan lari »} (2017). Disponible immédiatement.
Je souhaite rejoindre un établissement où la littérature haïtienne occupe une vraie place dans le programme.
""",
"""
Catherine Bolle
Secrétaire de faculté
{C:Quai Roosevelt 1B, 4000 Liège} — {C:+32 4 366 21 08} — {C:catherine.bolle@uliege.be}

Expérience
2012– {K:Secrétaire de faculté}, {K:Faculté de Psychologie, Logopédie et Sciences de l'Éducation, Université de Liège}
– Gestion des inscriptions, jurys et délibérations
– {K:Aménagements raisonnables pour étudiants à besoins spécifiques}
– Suivi des {K:extraits de casier judiciaire (modèle 2)} pour les stages en école
2005–2012 Employée administrative, Haute École de la Province de Liège

Formation : {K:Bachelier en droit}, ULiège.

Personnel
{DB:Âge : 47 ans}. {FA:Veuve, deux enfants}. {TU:Déléguée SETCa au conseil d'entreprise}. {RE:Membre du Centre d'Action Laïque}. {GB:Ma mère est atteinte de la maladie de Huntington} ; {GB:mon test présymptomatique de 2018 est négatif}.
Langues : français, néerlandais (B1), anglais (B2). Permis B.
""",
"""
Ngozi Mbaye-Leroy
Formatrice FLE
{C:Rue Haute 150, 1000 Bruxelles} · {C:+32 470 98 22 41} · {C:ngozi.mbaye@gmail.com}

Expérience
2015– {K:Formatrice en français langue étrangère}, {K:Lire et Écrire Bruxelles}
• Alphabétisation et FLE pour primo-arrivants, {K:parcours d'intégration (BAPA)}
• Modules « citoyenneté » : institutions belges, élections communales
2011–2015 Animatrice, Ciré asbl

Formation : {K:Master en langues et lettres françaises, ULB} ; {K:CAPAES}.

Personnel
{ET:Née à Dakar d'un père sénégalais et d'une mère nigériane ; belge depuis 2012}. {GB:Mes empreintes et ma photo ont été enregistrées pour ma carte de séjour}. {FA:Mère de deux enfants}. {DB:42 ans}. {RE:Catholique}. {SO:Lesbienne, mariée à Hélène depuis 2014}.
{CR:Condamnée en 2010 pour séjour irrégulier, peine effacée depuis}. Langues : wolof, anglais, français, néerlandais (A2).
Je cherche un poste à mi-temps pour compléter mon activité de traductrice.
""",
"""
Pierre-Alain Roux
Animateur jeunesse
{C:38000 Grenoble} · {C:06 42 17 88 05} · {C:pa.roux.anim@gmail.com}

Expérience
2016– {K:Animateur jeunesse}, {K:MJC Parmentier, Grenoble}
– Accueil des 11–17 ans, accompagnement de projets (festival, séjours)
– {K:Débats « Jeunes et démocratie » avant les municipales}
– Prévention des addictions avec l'{K:ANPAA}
2012–2016 Animateur périscolaire, Ville d'Échirolles

Diplômes : {K:DEJEPS Animation socio-éducative}, BAFD.

Personnel
{DB:34 ans}. {HE:Ancien consommateur d'héroïne, abstinent et sous méthadone depuis 2011}. {CR:Condamné en 2010 à huit mois de prison pour usage et revente}. {FA:Papa d'un garçon de 5 ans}. {PO:Militant écologiste (EELV), co-secrétaire du groupe local}. {GB:Mon ADN figure au FNAEG depuis 2010}.
{SO:Je vis avec mon compagnon, Bastien}, éducateur spécialisé.
Je cherche un poste de coordinateur jeunesse dans une structure d'éducation populaire de l'agglomération grenobloise.
""",
"""
Isabelle Hoarau
Professeure documentaliste
{C:97410 Saint-Pierre, La Réunion} — {C:0692 71 40 19} — {C:isabelle.hoarau@ac-reunion.fr}

Titres et diplômes
- {K:CAPES de documentation} (2008)
- Master information-communication, Université de La Réunion

Parcours
2008–2014 Professeure documentaliste, collège de Cilaos
2014– {K:Professeure documentaliste}, {K:lycée Ambroise-Vollard, Saint-Pierre}
• {K:Éducation aux médias et à l'information (EMI)} ; semaine de la presse
• Exposition sur l'engagisme et l'esclavage à La Réunion (20 décembre)

Informations
{ET:Réunionnaise, d'ascendance chinoise hakka par ma grand-mère}. {RE:Bouddhiste}. {FA:Pacsée, sans enfant}. {SO:avec ma compagne Mireille}. {DB:40 ans}. {HE:Sclérose en plaques rémittente, sous traitement}. Casier judiciaire vierge.
Autres : {K:club manga du CDI} ; formatrice {K:Pix} pour les collègues.
Je souhaite rejoindre un lycée général où développer un projet autour de l'histoire de l'océan Indien et des archives familiales des élèves.
""",
"""
Mehdi Boukhris
Médiateur scolaire
{C:34000 Montpellier} · {C:06 21 45 90 77} · {C:mehdi.boukhris@laposte.net}

Expérience
2018– {K:Médiateur social en milieu scolaire}, {K:association France Médiation}, collèges de la Paillade
• Médiation élèves-familles-école, prévention du harcèlement
• {K:Ateliers contre le racisme et l'antisémitisme} avec la LICRA
• Accompagnement de familles roms et maghrébines vers les institutions
2014–2018 {K:Éducateur sportif}, Montpellier Hérault Rugby

Formation : {K:Titre professionnel de médiateur social accès aux droits et services}.

Moi
{DB:Trentenaire (né en 1991)}. {ET:Tunisien, titulaire d'une carte de résident}. {CR:Condamné en 2012 pour violences (six mois avec sursis)} : c'est ce passé qui me rend crédible auprès des jeunes. {FA:Marié, un bébé}. {PO:Candidat sur une liste citoyenne aux municipales 2020}.
Langues : arabe tunisien, français, espagnol. Permis B.
""",
"""
Bertrand Sauvageot
Proviseur
{C:Route de Targa, Marrakech} · {C:+212 6 61 20 55 73} · {C:b.sauvageot@lycee-marrakech.org}

Carrière
2020– {K:Proviseur}, {K:lycée Victor-Hugo de Marrakech (AEFE)}
– 1 600 élèves ; {K:recrutement des personnels de droit local et vérification des casiers}
– Relations avec l'ambassade et l'AMDEFM
– {K:Négociation avec les représentants syndicaux SNES et SNUipp au comité technique (côté direction)}
2012–2020 Proviseur adjoint, lycée Lakanal, Sceaux

Concours : {K:personnel de direction}, agrégation de lettres classiques.

Personnel
{DB:58 ans}. {FA:Marié, quatre enfants dont deux scolarisés au lycée}. {RE:Protestant, ancien de l'Église réformée}. {HE:Porteur d'un défibrillateur implantable depuis 2016}. {GB:Cardiomyopathie hypertrophique familiale, diagnostiquée par test génétique}.
Langues : anglais, arabe dialectal (débutant). Disponible à la rentrée 2025.
Je souhaite rejoindre un établissement du réseau AEFE en Afrique du Nord pour un nouveau contrat de trois ans.
""",
"""
Geneviève Côté
{C:Trois-Rivières (Québec)} · {C:819 555-0133} · {C:gen.cote.ortho@cgocable.ca}

ORTHOPÉDAGOGUE

FORMATION
{K:Maîtrise en orthopédagogie, UQTR}, 2014
{K:Baccalauréat en éducation préscolaire et enseignement primaire}, 2009

EXPÉRIENCE
2014 à ce jour — {K:Orthopédagogue}, {K:Centre de services scolaire du Chemin-du-Roy}
• Évaluation et intervention en lecture-écriture, dyslexie et dysorthographie
• Soutien aux élèves des communautés atikamekw (Wemotaci)
2009–2014 — Enseignante au primaire, écoles de Shawinigan

RENSEIGNEMENTS PERSONNELS
{FA:Mère monoparentale de deux garçons}. {DB:39 ans}. {HE:Je suis moi-même dyslexique}. {TU:Membre de l'exécutif du Syndicat de l'enseignement des Vieilles-Forges (CSQ)}. {PO:Bénévole pour le Parti québécois aux élections de 2022}.
Autres : {K:formation en littératie précoce (RI)}. {CR:Suspension de casier (pardon) obtenue en 2015 pour une condamnation de 2004}.
Je souhaite intervenir auprès des élèves du secondaire dans une école de la région de la Mauricie.
""",
"""
Rose-Aimée Bélizaire
{C:97110 Pointe-à-Pitre} · {C:0690 48 22 15}

ACCOMPAGNANTE D'ÉLÈVES EN SITUATION DE HANDICAP (ex-AVS)

Expérience
2009–2014 {K:Auxiliaire de vie scolaire (contrat aidé)}, école primaire de Baie-Mahault
2014– {K:AESH}, {K:collège Front-de-Mer, Pointe-à-Pitre}
• Accompagnement d'élèves sourds (LSF débutante) et d'une élève avec drépanocytose (PAI)
• {K:Formation continue : troubles du spectre autistique (Canopé)}

Diplômes : {K:DEAES}, BEP sanitaire et social.

Situation de famille : {FA:concubinage, trois enfants}.
{DB:Née le 17/07/1975}.
{ET:Haïtienne d'origine, naturalisée française en 2001}.
{RE:Pentecôtiste}.
{TU:Adhérente de l'UGTG}.
{CR:Condamnée en 2009 pour violences lors du mouvement LKP (amende)}.
Langues : créole, français, LSF (niveau A2). Disponible immédiatement.
Je souhaite poursuivre l'accompagnement d'élèves sourds et me former à la LSF jusqu'au niveau B2 dans les deux prochaines années.
""",
"""
Stéphanie Jungo
{C:Rue de Morat 45, 1700 Fribourg} · {C:+41 79 812 05 66} · {C:s.jungo@edufr.ch}

Enseignante de mathématiques, secondaire II

Expérience
2011– {K:Professeure de mathématiques}, {K:Collège Saint-Michel, Fribourg}
– Maturité gymnasiale, option spécifique physique et applications des mathématiques
– {K:Cours bilingue (immersion français-allemand)}
– Responsable de l'{K:Olympiade suisse de mathématiques} pour l'établissement
2008–2011 Assistante diplômée, Université de Fribourg

Formation
{K:Master of Science en mathématiques, Université de Fribourg}
{K:Diplôme d'enseignement pour le degré secondaire II (DEEM)}

Loisirs
Course d'orientation, chœur, échecs. {FA:Mère de deux enfants}, j'enseigne à 80 %.
Langues : français, allemand (C1), anglais. Disponible à la rentrée d'août.
Je souhaite enseigner dans un gymnase bilingue et poursuivre l'encadrement des jeunes talents en mathématiques.
Références : sur demande auprès de la direction du collège.
""",
"""
Antoine Lefranc
Professeur d'éducation musicale et de chant choral
{C:21000 Dijon} · {C:06 58 12 33 90} · {C:antoine.lefranc.musique@gmail.com}

Titres et diplômes
- {K:CAPES d'éducation musicale et chant choral} (2013)
- {K:Diplôme d'études musicales (DEM) de piano}, CRR de Dijon
- Licence de musicologie, Université de Bourgogne

Expériences
2013–2016 Professeur d'éducation musicale, collège de Montbard
2016– {K:Professeur d'éducation musicale}, {K:collège Marcelle-Pardé, Dijon}
• Chorale de 80 élèves, spectacle annuel à l'auditorium
• {K:Projet « Orchestre à l'école »} avec la Fondation Orchestre à l'école
• Enseignement pratique interdisciplinaire arts et histoire (musiques de la Première Guerre mondiale)

Compétences
Pilotage de chorales, MAO (Logic Pro), arrangement, direction de chœurs d'adultes.

Centres d'intérêt
Jazz, randonnée dans le Morvan, restauration de vieux pianos.
""",
]
