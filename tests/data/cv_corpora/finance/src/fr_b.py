CVS = [
r"""
{c:Thomas Lefèvre-Azoulay}
Avocat fiscaliste — fiscalité des entreprises et des groupes
{c:75011 Paris} | {c:06 33 18 72 04} | {c:t.lefevre.azoulay@avocat-conseil.fr} | {c:linkedin.com/in/tlefevreazoulay}

EXPÉRIENCE
{k:Collaborateur senior, CMS Francis Lefebvre Avocats} — depuis 2019
  – {k:Intégration fiscale, prix de transfert et contrôles fiscaux de groupes industriels}
  – {k:Défense de 14 dossiers en rescrit et contentieux (redressements évités : 23 M€)}
  – Veille Pilier 2 / impôt minimum mondial
{k:Fiscaliste, EY Société d'Avocats} — 2014 à 2019

FORMATION
{k:Master 2 Droit fiscal, Université Paris 1 Panthéon-Sorbonne}
{k:CAPA, barreau de Paris (2014)}

INTERRUPTION DE CARRIÈRE
{F:Congé parental de six mois en 2022 à la naissance de notre fils}, que {S:mon mari Sébastien et moi} avons eu par GPA au Canada.

DIVERS
{G:J'ai réalisé un séquençage de mon exome en 2021 dans le cadre du suivi de la maladie de Fabry de mon frère}. {H:Je suis moi-même traité par enzymothérapie tous les quinze jours}, sans impact sur mon activité. {D:38 ans}.
""",
r"""
{c:Sandrine Pujol}
{c:12 allée des Tilleuls, 31200 Toulouse}
{c:07 82 40 19 66} — {c:sandrine.pujol31@laposte.net}

Conseillère clientèle particuliers — 12 ans en agence

Expériences
Depuis 2015 : {k:Conseillère clientèle particuliers, Crédit Agricole Toulouse 31, agence Minimes}
 * {k:Portefeuille de 1 100 clients, 1er rang régional en assurance emprunteur en 2023}
 * Ouverture de comptes, crédits consommation, épargne réglementée
 * {U:Élue CGT au CSE et déléguée syndicale depuis 2019}
2011-2015 : {k:Chargée d'accueil, Banque Populaire Occitane}

Formation
{k:BTS Banque (conseiller de clientèle particuliers)}, 2011
{k:Certification AMF (2016)}

À savoir
{C:Condamnation en 2013 pour violences légères lors d'une dispute de voisinage (amende), mention portée au bulletin n° 2}, {C:exclue du B2 par jugement en 2016}. Ma banque en a été informée à l'embauche.
{D:Née en 1989}. {F:Divorcée, deux enfants en garde alternée}.
""",
r"""
{c:Anouk Schmitz}
Analyste LCB-FT — fintech de paiement
{c:L-1855 Luxembourg-Kirchberg} | {c:+352 621 455 902} | {c:anouk.schmitz@pt.lu}

PROFIL
Analyste LBC/FT trilingue (luxembourgeois, français, anglais) avec cinq ans de transaction monitoring et d'onboarding. {E:Luxembourgeoise d'origine cap-verdienne par ma mère}.

EXPÉRIENCE
{k:AML Analyst, PayPal (Europe) S.à r.l. et Cie, S.C.A.} — 2021 à ce jour
  ▸ {k:Traitement de 1 500 alertes par trimestre, 96 % de qualité}
  ▸ {k:Déclarations d'opérations suspectes à la CRF}
  ▸ {k:Revue des vérifications d'identité par selfie et reconnaissance faciale des clients}
{k:KYC Officer, Banque Internationale à Luxembourg (BIL)} — 2019 à 2021

FORMATION
{k:Bachelor en sciences économiques, Université du Luxembourg}

INFORMATIONS COMPLÉMENTAIRES
{S:Engagée chez Rosa Lëtzebuerg, l'association LGBTIQ+} ; {S:je vis avec ma compagne Léa à Esch}. {C:Une amende pénale en 2018 pour détention de cannabis}, signalée à la CSSF. {G:Mes empreintes sont enregistrées sur ma carte d'identité biométrique et sur le pointage de PayPal}.
""",
r"""
{c:Pieter-Jan Claes}
{c:Avenue Brugmann 211, 1180 Uccle} · {c:0495 82 31 60} · {c:pj.claes@telenet.be}

ACTUAIRE — ASSURANCES NON-VIE

EXPÉRIENCE
{k:Actuaire senior, AG Insurance, Bruxelles} · 2016 – aujourd'hui
  – {k:Provisionnement des branches RC auto et incendie (méthodes chain-ladder, Bornhuetter-Ferguson)}
  – {k:Calcul du SCR en formule standard pour la BNB}
  – Automatisation des triangles en R, gain de 4 jours par clôture
{k:Actuaire junior, Ethias, Liège} · 2012 – 2016

FORMATION
{k:Master en sciences actuarielles, UCLouvain}, 2012

VIE PRIVÉE
{D:Né le 15 avril 1988}. {S:Cohabitant légal avec mon compagnon Jeroen depuis 2015}. {G:Mon test génétique de 2019 a montré que je suis porteur sain de la mucoviscidose}. {H:Suivi pour une dépression en 2020, aujourd'hui terminé}. J'aime le cyclisme et la cuisine flamande.
""",
r"""
{c:Raphaël Zimmermann}
Trader obligataire — salle des marchés
{c:8004 Zürich} · {c:+41 78 640 22 19} · {c:raphael.zimmermann@gmx.ch}

EXPÉRIENCE
{k:Trader Rates & Credit, Banque Cantonale Vaudoise, Lausanne} (2018 – 2024)
 • {k:Tenue de marché sur 300 obligations en CHF, volume moyen 180 M CHF par jour}
 • Gestion du risque de taux du livre (DV01 limité à 250 000 CHF)
 • {G:Accès à la salle des marchés par reconnaissance des veines de la main, mon gabarit a été enregistré en 2018}
{k:Analyste crédit, UBS, Zurich} (2014 – 2018)

FORMATION
{k:Master en finance, HEC Lausanne}
{k:CFA charterholder}

PAUSE 2024
{H:Arrêt de travail de quatre mois pour burn-out, suivi par un psychiatre et traitement antidépresseur}, reprise d'activité prévue en janvier.

DIVERS
{S:Je vis à Zurich avec mon ami Nils}. {P:Membre des Vert'libéraux, section Ville de Zurich}. Course à pied, voile sur le Léman.
""",
r"""
{c:Hélène Gastaud-Pastor}
Comptable confirmée — cabinet d'expertise comptable
{c:Avenue de la Costa, 98000 Monaco} · {c:+377 6 78 22 41 09} · {c:helene.gastaud@monaco.mc}

EXPÉRIENCE
{k:Comptable confirmée, Cabinet Fissore Expertise Comptable, Monaco} (depuis 2016)
 › {k:Tenue et révision de 60 dossiers (SAM, SARL, SCI), liasses et déclarations d'ISB}
 › {k:Déclarations de TVA monégasque et rapprochements bancaires}
 › Accompagnement de clients lors des contrôles de la Direction des Services Fiscaux
{k:Assistante comptable, KPMG Monaco} (2011 – 2016)

FORMATION
{k:DCG, Nice}, 2011
Logiciels : Cegid Loop, Sage 100, Excel avancé. Anglais et italien courants.

ÉTAT CIVIL
{D:Née le 8 mai 1988}
Nationalité monégasque
{F:Mariée, trois enfants}
{R:Membre de la confrérie de la Miséricorde, j'assiste à la messe chaque dimanche à la cathédrale}
{C:Condamnation en 2010 pour conduite sans permis, peine réhabilitée}
""",
r"""
{c:Widlyne Jean-Baptiste}
Conseillère en sécurité financière
{c:Montréal-Nord, QC H1G} · {c:514 555-0192} · {c:widlyne.jb@hotmail.com}

EXPÉRIENCE
{k:Conseillère en sécurité financière, Industrielle Alliance (iA)}, Montréal — 2019 à aujourd'hui
  – {k:350 clients en assurance vie, invalidité et REEE}
  – {k:Ateliers d'éducation financière en créole pour la communauté haïtienne de Montréal-Nord}
  – Club du président 2022 et 2023
{k:Caissière puis conseillère, Caisse Desjardins de Montréal-Nord} — 2014 à 2019

FORMATION
{k:Certificat en planification financière, Université de Montréal}
{k:Permis AMF en assurance de personnes}

PERSONNEL
{E:Née à Port-au-Prince, arrivée au Québec comme résidente permanente en 2010}. {R:Choriste à l'Église baptiste évangélique de Montréal-Nord}. {F:Mère monoparentale de deux garçons}. {H:Je vis avec la drépanocytose ; une crise m'éloigne parfois quelques jours}. {U:Ancienne membre du syndicat des employés de la caisse (SEPB)}.
""",
r"""
{c:Youssef Lahlou}
Auditeur interne — Groupe bancaire
{c:Hay Riad, Rabat} · {c:06 62 19 37 85} · {c:youssef.lahlou@menara.ma}

EXPÉRIENCE
{k:Auditeur interne senior, Bank of Africa (BMCE Group)}, Casablanca — depuis 2018
   » {k:Missions d'audit sur 60 agences et sur la conformité Bank Al-Maghrib}
   » {k:Audit du dispositif de vérification biométrique des clients via la CNIE}
   » Recommandations suivies à 92 %
{k:Auditeur junior, Mazars Audit et Conseil} — 2014 à 2018

FORMATION
{k:ISCAE Casablanca — Grande École}, 2014
{k:CIA (Certified Internal Auditor)}

INFORMATIONS PERSONNELLES
{D:Âge : 33 ans}
{F:Marié, un enfant}
{P:Ancien membre de la jeunesse de l'USFP}
{R:Je fais la prière du vendredi et souhaite pouvoir m'absenter brièvement ce jour-là}
{G:Mes empreintes et ma photo sont enregistrées pour l'accès aux coffres du siège}
""",
r"""
{c:Amel Trabelsi}
Gestionnaire de paie — bureau de paie externalisée
{c:Rue Ibn Khaldoun, Sousse} / {c:+216 22 615 440} / {c:amel.trabelsi@gnet.tn}

EXPÉRIENCE
2017 – aujourd'hui : {k:Responsable paie, PayServices Tunisie (bureau de paie pour 45 sociétés)}
  ◦ 3 200 bulletins par mois sous Sage Paie
  ◦ {k:Calcul et versement des retenues de cotisations syndicales UGTT pour les clients industriels}
  ◦ {k:Déclarations CNSS trimestrielles et déclaration d'employeur annuelle}
  ◦ Application des augmentations salariales négociées en 2022
2012 – 2017 : {k:Assistante paie, Groupe Poulina}

FORMATION
{k:Licence en comptabilité, IHEC Sousse}

SITUATION PERSONNELLE
{D:Née le 23/02/1988}.
{F:Mariée, trois enfants ; congé de maternité de trois mois en 2021}.
{U:Je suis moi-même adhérente UGTT et secrétaire adjointe du syndicat de base de PayServices}.
{H:Opérée d'une hernie discale en 2023, je porte une ceinture lombaire et ai besoin d'un siège ergonomique}.
""",
r"""
{c:MOUSSAVOU Elvire Nadège}
{c:Quartier Louis, Libreville} · {c:+241 77 40 21 63} · {c:elvire.moussavou@gmail.com}

CHARGÉE D'INDEMNISATION — ASSURANCES IARD

EXPÉRIENCE
2015 – ce jour : {k:Chargée d'indemnisation sinistres, OGAR Assurances}
   – {k:Gestion de 900 sinistres automobiles et incendie par an}
   – {k:Mise en place de la procédure anti-fraude validée par la CIMA}
   – Délais de règlement ramenés de 75 à 40 jours
2011 – 2015 : {k:Gestionnaire de contrats, AXA Gabon}

FORMATION
{k:Diplôme de l'IIA (Institut International des Assurances) de Yaoundé}

RENSEIGNEMENTS
{D:Âgée de 37 ans}
{E:Punu, originaire de la Ngounié}
{P:Militante des Démocrates jusqu'en 2016}
{C:Détenue quinze jours en 2016 après les manifestations post-électorales, sans condamnation}
{G:Enrôlée dans le fichier biométrique électoral en 2023 (empreintes et photo)}
{H:Porteuse du VIH, traitée et suivie au CTA de Libreville}
""",
]
