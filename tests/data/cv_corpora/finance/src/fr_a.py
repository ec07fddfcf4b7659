CVS = [
r"""
{c:Mme Claire BENHAMOU}
Contrôleuse de gestion bancaire

ÉTAT CIVIL
{c:14, rue des Carmes, 45000 Orléans}
Tél. : {c:06 71 28 44 90}
Courriel : {c:claire.benhamou@orange.fr}
{D:Née le 6 mars 1986 à Oran (Algérie)}
{E:Nationalité française (naturalisée en 2004)}
{F:Mariée, deux enfants}

EXPÉRIENCE PROFESSIONNELLE
Depuis 2017 — {k:Contrôleuse de gestion, BNP Paribas, direction régionale Centre-Val de Loire}
• {k:Pilotage du PNB de 42 agences (budget, reprévisions, tableaux de bord mensuels)}
• Réduction de 15 % des frais généraux de la région en deux exercices
• Mise en place d'un reporting sous Power BI pour le comité de direction
2011-2017 — {k:Analyste financière, Crédit Agricole Centre Loire}

FORMATION
{k:Master CCA (Comptabilité, Contrôle, Audit), Université d'Orléans}, 2010
{k:DSCG (3 UE validées)}

DIVERS
{H:Reconnue travailleuse handicapée (RQTH) suite à une sclérose en plaques diagnostiquée en 2015}.
{U:Adhérente CFDT Banques et Assurances depuis 2012}.
Loisirs : randonnée, chorale.
""",
r"""
{c:Julien Masson}
Comptable de fonds senior — OPC et fonds alternatifs
{c:57100 Thionville (France)} · {c:+33 6 12 80 47 53} · {c:julien.masson.lux@gmail.com}

PROFIL
Frontalier depuis neuf ans, je travaille au Luxembourg sur le calcul de VNI de SICAV et de fonds de private equity. Rigoureux, à l'aise avec les auditeurs.

PARCOURS
{k:Comptable de fonds senior, CACEIS Bank Luxembourg} — 2019 à aujourd'hui
– {k:Calcul de la VNI de 35 compartiments (UCITS et FIA), 6 Md€ d'actifs}
– {k:Préparation des rapports annuels audités et des reportings CSSF}
– Formation de quatre nouveaux arrivants
{k:Comptable de fonds, European Fund Administration (EFA)} — 2015 à 2019

FORMATION
{k:Master Finance, Université de Lorraine (Metz)}, 2014

AUTRES INFORMATIONS
{D:34 ans}. {S:Pacsé avec Maxime depuis 2018}. {U:Délégué du personnel ALEBA chez CACEIS depuis 2021}. {G:L'accès à la salle des serveurs se fait par empreinte digitale, mon empreinte est enregistrée depuis 2019.} Sport : trail, vélo de route.
""",
r"""
{c:Nathalie Verhaegen}
{c:Rue de la Station 18, 5000 Namur} — {c:0478 55 12 09} — {c:nathalie.verhaegen@skynet.be}

ANALYSTE CRÉDIT ENTREPRISES

Expérience
2016 – aujourd'hui : {k:Credit Analyst Corporate, Belfius Banque, Bruxelles}
  ▪ {k:Analyse de 180 dossiers de crédit PME et midcaps par an (jusqu'à 25 M€)}
  ▪ Notation interne, covenants, suivi des dossiers sous surveillance
  ▪ {U:Déléguée SETCa au conseil d'entreprise depuis 2020}
2012 – 2016 : {k:Conseillère clientèle professionnelle, ING Belgique, Namur}

Formation
{k:Master en sciences de gestion, UNamur}, 2012
{k:Certificat Febelfin en crédit hypothécaire}

Infos personnelles
{F:Mère de trois enfants}, {F:séparée}. {P:Conseillère CPAS pour Ecolo à Namur (2018-2024)}. {R:Je suis catéchiste dans ma paroisse de Jambes}. Langues : français, néerlandais (C1), anglais (B2). Outils : Excel avancé, SAS Enterprise Guide, Moody's CreditLens. Je cours les 20 km de Bruxelles chaque année.
""",
r"""
{c:Marc-Antoine Perrenoud}
Chargé de conformité (compliance officer) — banque privée
{c:Chemin des Crêts 7, 1218 Le Grand-Saconnex} | {c:+41 79 512 33 48} | {c:ma.perrenoud@bluewin.ch}

EXPÉRIENCE
{k:Compliance Officer, Lombard Odier & Cie, Genève} (2018 – ce jour)
 › {k:Revue LBA de 600 relations clients par an, dont 45 PEP}
 › {k:Rédaction de 12 communications au MROS}
 › Formation annuelle du front sur les sanctions SECO et OFAC
Juriste, Banque Cantonale de Genève (2013 – 2018)

FORMATION
{k:Master en droit, Université de Genève}
{k:Brevet d'avocat (Genève), 2013}

CASIER JUDICIAIRE
{C:Condamné en 2011 à une peine pécuniaire avec sursis pour conduite en état d'ébriété}, {C:inscription éliminée du casier en 2021}. La FINMA en a été informée lors de la garantie d'une activité irréprochable.

PERSONNEL
{D:Né en 1985}. {S:Marié avec Laurent depuis 2019}. {G:Inscrit au programme de contrôle biométrique (iris) de l'aéroport de Genève pour mes déplacements}. Ski de randonnée, échecs.
""",
r"""
{c:Giulia Ferraro-Bianchi}
Gestionnaire back-office — Banque privée
{c:Boulevard du Jardin Exotique, 98000 Monaco} · {c:+377 6 40 11 58 23} · {c:giulia.ferraro@libello.com}

Madame, Monsieur, après six années au back-office titres d'une banque monégasque, je souhaite rejoindre une équipe dépositaire. {H:J'ai traversé un épuisement professionnel en 2022 (arrêt de cinq mois, suivi psychiatrique)} et j'ai repris à temps plein en 2023.

EXPÉRIENCE
2018 – présent : {k:Gestionnaire back-office titres, CFM Indosuez Wealth Management, Monaco}
 - {k:Règlement-livraison de 3 000 opérations mensuelles sur 40 marchés}
 - {k:Rapprochements espèces et titres avec Euroclear et Clearstream}
 - Déclarations AMSF dans le cadre des obligations LCB-FT
2015 – 2018 : {k:Assistante opérations, Banca Sella, Turin}

FORMATION
{k:Laurea in Economia e Finanza, Università di Torino}

ÉTAT CIVIL
{E:Nationalité italienne}, titulaire d'une carte de séjour monégasque
{D:Née le 19/09/1990}
{F:Mariée, un enfant de 4 ans}
{R:Catholique pratiquante, bénévole à la paroisse Saint-Charles}
""",
r"""
{c:Olivier Gagnon-Thériault}, FICA, FSA
{c:Lévis (Québec)} · {c:418 555-0176} · {c:olivier.gagnon.t@videotron.ca}

ACTUAIRE — ASSURANCE DE PERSONNES

EXPÉRIENCE
{k:Desjardins Assurances — Actuaire principal, Tarification assurance vie} (2017 à aujourd'hui)
  ✓ {k:Refonte de la tarification de l'assurance temporaire : ventes +19 % en 2022}
  ✓ {k:Mise en œuvre d'IFRS 17 pour le bloc d'assurance vie individuelle}
  ✓ Encadrement de 5 étudiants actuaires
{k:iA Groupe financier — Analyste actuariel} (2011 à 2017)

FORMATION
{k:Baccalauréat en actuariat, Université Laval}, 2011
{k:Fellow de l'Institut canadien des actuaires (FICA)}

À PROPOS DE MOI
{S:Mon conjoint Étienne et moi} habitons Lévis avec {F:notre fille adoptée en 2020}. {P:Militant de Québec solidaire dans Lévis depuis 2014}. {G:J'ai fait un test génétique en 2021 : porteur de la mutation du syndrome de Lynch comme mon père}. {D:39 ans.}
""",
r"""
{c:Salma El Idrissi}
{c:Résidence Al Manar, Bd Ghandi, Casablanca} | {c:06 61 48 22 73} | {c:salma.elidrissi@gmail.com}

CHARGÉE DE CLIENTÈLE — BANQUE PARTICIPATIVE

EXPÉRIENCE
Depuis 2019 : {k:Chargée de clientèle particuliers, Umnia Bank (filiale participative du CIH)}, agence Maârif
 • {k:Commercialisation de Mourabaha immobilier et automobile : 120 dossiers/an}
 • {k:Participation aux formations du Comité Charia pour la Finance Participative}
 • Portefeuille de 900 clients, taux de satisfaction 94 %
2015 – 2019 : {k:Conseillère clientèle, Attijariwafa bank}, agence Racine

FORMATION
{k:Master Banque et Finance, ENCG Settat}, 2015

INFORMATIONS PERSONNELLES
{D:Date de naissance : 12/01/1992}
{F:Situation familiale : mariée, deux enfants}
{R:Je porte le voile} et {R:je fais partie d'un cercle de lecture coranique à Maârif}.
{U:Adhérente de l'UMT, section banques, depuis 2016}.
Loisirs : natation, pâtisserie.
""",
r"""
{c:Hatem Ben Salah}
Auditeur senior — banques et assurances
{c:Cité El Ghazala, 2083 Ariana} — {c:+216 98 441 207} — {c:hatem.bensalah@topnet.tn}

EXPÉRIENCE PROFESSIONNELLE
2018 – présent — {k:Auditeur senior, Deloitte Tunisie}
   → {k:Commissariat aux comptes de deux banques cotées à la BVMT}
   → {k:Audit des provisions sur créances classées selon la circulaire BCT 91-24}
   → Encadrement de 8 assistants
2014 – 2018 — {k:Auditeur, Cabinet FMBZ KPMG Tunisie}

FORMATION
{k:Diplôme d'expertise comptable, ISCAE Tunis} (2020)

VIE ASSOCIATIVE ET ENGAGEMENTS
{U:Membre du syndicat de base UGTT du secteur privé (comptables) depuis 2015}.
{P:Militant du Courant démocrate, section Ariana}.
{C:Arrêté et condamné en 2009 à trois mois de prison pour participation à une manifestation étudiante}, {C:amnistié en 2011}.
{H:Asthmatique, traitement de fond.}
{D:Né le 2 juin 1987.}
""",
r"""
CURRICULUM VITAE

{c:NZÉ OBAME Patrick Arnaud}
{c:BP 2143, Libreville, Gabon}
{c:+241 66 12 45 78} / {c:pnzeobame@yahoo.fr}

Poste visé : Analyste crédit senior

PARCOURS PROFESSIONNEL
2016 à ce jour : {k:Analyste crédit entreprises, BGFIBank Gabon}
   - {k:Instruction de dossiers de crédit (forestiers, BTP, pétrole) jusqu'à 8 milliards FCFA}
   - {k:Suivi des ratios prudentiels COBAC du portefeuille}
   - Taux de créances en souffrance ramené de 9 % à 5,5 %
2012 à 2016 : {k:Chargé de clientèle, UGB (Union Gabonaise de Banque)}, Port-Gentil

FORMATION
{k:Master Banque-Finance, Université Omar Bongo}, 2011
{k:Certificat COFEB / BEAC en gestion du risque de crédit}

RENSEIGNEMENTS PERSONNELS
{D:Né le 27 octobre 1984 à Oyem}
{E:Ethnie : Fang}
{R:Religion : catholique}
{F:Marié, père de quatre enfants}
{P:Membre du PDG, fédération de Libreville 3e arrondissement}
""",
r"""
{c:RAKOTOMALALA Hanitra Voahangy}
{c:Lot IVG 68 Ambohipo, Antananarivo 101} · {c:034 12 456 78} · {c:hanitra.rakoto@gmail.com}

RESPONSABLE D'AGENCE — MICROFINANCE

EXPÉRIENCE
{k:Responsable d'agence, Baobab Banque Madagascar}, agence d'Antsirabe (2018 – aujourd'hui)
  • {k:Encours de crédit porté de 3,1 à 7,4 milliards d'ariary}
  • {k:PAR30 maintenu sous 2,5 % malgré le cyclone de 2022}
  • Crédits agricoles et crédits aux micro-entrepreneuses
{k:Agent de crédit, CECAM (Caisses d'Épargne et de Crédit Agricole Mutuels)} (2012 – 2018)

FORMATION
{k:Licence en gestion, Université d'Antananarivo}
Certificat en microfinance, Boulder Institute

COMPÉTENCES
Analyse de capacité de remboursement, logiciel Orbit, encadrement d'une équipe de 9 agents, malgache, français, anglais intermédiaire.

ÉTAT CIVIL
{D:Âge : 36 ans}
{E:Origine : Merina}
{R:Confession : protestante (FJKM), je chante dans la chorale de mon temple}
{F:Mariée, deux enfants}
{H:Suivie pour une hypertension depuis 2020, stabilisée}
""",
]
