CVS = [
r"""
{c:Guillaume Ferrand}
Trésorier d'entreprise
{c:69006 Lyon} · {c:06 28 73 11 45} · {c:guillaume.ferrand@gmail.com}

PROFIL
Trésorier groupe avec dix ans d'expérience en cash management international, financements et couverture de change. J'aime les projets de centralisation de trésorerie et les banques me connaissent pour mes appels d'offres serrés.

EXPÉRIENCE
{k:Trésorier groupe, SEB SA, Écully} — depuis 2018
 – {k:Mise en place d'un cash pooling physique sur 24 filiales européennes}
 – {k:Renégociation du crédit syndiqué de 1,2 Md€ (marge réduite de 25 pb)}
 – Politique de couverture de change USD/CNY, 600 M€ couverts par an
{k:Trésorier adjoint, Boiron} — 2014 à 2018
{k:Analyste Corporate Banking, Société Générale CIB} — 2012 à 2014

FORMATION
{k:Master Finance d'entreprise, emlyon business school}, 2012
{k:Certificat AFTE (trésorier d'entreprise)}

COMPÉTENCES
Kyriba, SAP FSCM, Swift, EMIR, IFRS 9 (comptabilité de couverture).
Anglais courant, allemand professionnel.

CENTRES D'INTÉRÊT
Trail, œnologie, bénévole trésorier d'un club de handball amateur.
""",
r"""
{c:Laura Weber}
Conseillère fiscale — fiscalité internationale
{c:L-2340 Luxembourg} · {c:+352 661 847 209} · {c:laura.weber.tax@gmail.com}

EXPÉRIENCE
{k:Senior Tax Consultant, PwC Luxembourg} (2019 – aujourd'hui)
   • {k:Déclarations d'impôt sur le revenu des collectivités pour 70 sociétés de participations financières (Soparfi)}
   • {k:Analyse des règles ATAD (limitation des intérêts, CFC) pour des fonds de private equity}
   • {k:Reporting DAC6 et CRS}
{k:Tax Associate, KPMG Luxembourg} (2016 – 2019)

FORMATION
{k:Master en droit fiscal européen, Université du Luxembourg}
{k:LL.M. Tax, Université de Strasbourg}

LANGUES
Luxembourgeois, allemand, français, anglais (courants).

INFORMATIONS
{D:Née le 21/07/1992}. Permis B. Outils : OneSource Tax Provision, Alteryx, SAP. J'aime les dossiers techniques et la rédaction de mémos clairs pour les clients. Membre de l'orchestre d'harmonie de Bertrange (clarinette).
""",
r"""
{c:Benoît Lambotte}
Courtier en assurances (IARD et vie)
{c:Rue de Herve 54, 4000 Liège} — {c:0472 19 83 40} — {c:benoit@lambotte-assurances.be}

EXPÉRIENCE
2014 – aujourd'hui : {k:Gérant, Lambotte Assurances SRL (courtier inscrit à la FSMA)}
   • {k:Portefeuille de 2 300 clients, 4,1 M€ de primes}
   • {k:Gestion des sinistres des inondations de juillet 2021 pour 180 clients}
2008 – 2014 : {k:Inspecteur commercial, AXA Belgium}

FORMATION
{k:Bachelier en assurances, HEPL}
{k:Attestation FSMA connaissances professionnelles}

À DÉCLARER
{C:Condamné en 2004 pour coups et blessures (travail d'intérêt général)}, {C:réhabilité en 2012}. La FSMA a jugé mon honorabilité professionnelle suffisante.

PERSONNEL
{P:Conseiller communal PTB à Liège depuis 2018}. {U:Affilié à la CNE depuis mes années chez AXA}. {S:Je vis avec mon compagnon Didier} à Outremeuse. {D:47 ans}.
""",
r"""
{c:Nadia Kuster-Osmani}
Fiduciaire — comptabilité et fiscalité des PME
{c:2000 Neuchâtel} · {c:+41 79 884 10 36} · {c:nadia.kuster@fiduciaire-ko.ch}

EXPÉRIENCE
{k:Associée, Fiduciaire Kuster-Osmani Sàrl, Neuchâtel} — depuis 2015
   – {k:Bouclements et déclarations d'impôt pour 150 PME et indépendants}
   – {k:Décomptes TVA (AFC) et salaires (AVS, LPP)}
{k:Comptable, Fiduciaire Leitenberg & Associés} — 2008 à 2015

FORMATION
{k:Brevet fédéral de spécialiste en finance et comptabilité}
{k:Diplôme fédéral d'experte fiduciaire}

PERSONNEL
{E:Suisse et kosovare, arrivée à La Chaux-de-Fonds en 1994 comme réfugiée}. {R:Je suis musulmane mais pas pratiquante}. {P:Élue au Conseil général de Neuchâtel pour le PS}. {G:Mes empreintes digitales ont été relevées au titre de la procédure d'asile en 1994 et figurent toujours dans le registre}. {F:Divorcée, deux adolescents}. Logiciels : Abacus, Banana, Crésus.
""",
r"""
{c:Maxime Ouellet-Nadeau}
Analyste principal, crédit commercial
{c:Laval (Québec)} · {c:450 555-0137} · {c:maxime.ouellet.nadeau@outlook.com}

EXPÉRIENCE
{k:Banque Nationale du Canada — Analyste principal, crédit commercial} (2018 à aujourd'hui)
 ● {k:Analyse de dossiers de 5 à 60 M$ (manufacturier, agroalimentaire)}
 ● Révision annuelle de 110 comptes ; aucune perte sur portefeuille depuis 2019
 ● {k:Modèle de flux de trésorerie sous Excel utilisé par l'équipe de Laval}
{k:Caisse Desjardins de Laval — Conseiller aux entreprises} (2014 à 2018)

FORMATION
{k:B.A.A. finance, HEC Montréal}, 2014
{k:Titre de CPA}

AUTRES RENSEIGNEMENTS
{S:Mon conjoint Samuel et moi} sommes en attente d'une adoption internationale. {H:Je suis suivi pour un trouble bipolaire, stabilisé depuis 2016}. {G:J'ai accepté la reconnaissance vocale biométrique de la Banque pour mon accès client}. {P:Bénévole au Parti québécois dans Laval-des-Rapides}.
""",
r"""
{c:RAZAFINDRAKOTO Fanja Lalaina}
{c:Cité Ambohipo, Lot 12 B, Antananarivo} · {c:034 20 655 13} · {c:fanja.razaf@yahoo.fr}

AGENT DE BANQUE — CAISSE ET CLIENTÈLE

PARCOURS
2016 – présent : {k:Chargée de clientèle, BOA Madagascar (Bank of Africa)}, agence Analakely
  ◦ {k:Gestion d'un portefeuille de 700 clients particuliers et PME}
  ◦ {k:Promotion des comptes d'épargne pour les fonctionnaires (épargne domiciliée)}
2012 – 2016 : {k:Caissière, BNI Madagascar}

FORMATION
{k:Licence en banque et finance, ISCAM Antananarivo}

AUTRES
{R:Catholique, membre active de la Légion de Marie de ma paroisse}.
{P:Ancienne militante du parti TGV (Tanora malaGasy Vonona)}.
{U:Adhérente au syndicat des employés de banque SYGEBAM}.
{C:Placée en garde à vue deux jours en 2009 lors des événements politiques, sans poursuite}.
{D:Née le 4 décembre 1988}.
""",
r"""
{c:MBOUMBA Serge-Landry}
{c:BP 3905, Libreville} — {c:+241 62 81 70 14} — {c:sl.mboumba@gmail.com}

Comptable principal — organisme de prévoyance sociale

EXPÉRIENCE
Depuis 2014 : {k:Comptable principal, Caisse Nationale de Sécurité Sociale (CNSS) du Gabon}
   - {k:Comptabilisation des cotisations de 4 800 employeurs et des prestations retraite}
   - {k:Rapprochements avec les données de la paie des ministères}
   - Préparation des comptes annuels pour la Cour des comptes
2009 – 2014 : {k:Aide-comptable, Gabon Télécom}

FORMATION
{k:DESS Comptabilité et finance, Université Omar Bongo}

PERSONNEL
{D:Né en 1980 à Mouila}. {F:Marié sous le régime de la polygamie, deux épouses et six enfants}. {G:Enregistré dans le système biométrique de pointage de la CNSS}. {U:Secrétaire général du SYNACNSS, syndicat maison, de 2016 à 2020}. {P:Candidat indépendant aux législatives de 2018}.
""",
r"""
{c:Skander Jebali}
Actuaire — assurance vie et retraite
{c:Lac 2, Tunis} · {c:+216 29 406 318} · {c:skander.jebali@gmail.com}

EXPÉRIENCE
{k:Actuaire, STAR (Société Tunisienne d'Assurances et de Réassurances)} | 2017 – aujourd'hui
  ▸ {k:Calcul des provisions mathématiques des contrats vie et retraite complémentaire}
  ▸ {k:Études de mortalité sur le portefeuille emprunteur (tables TD 88-90 et TV 88-90)}
  ▸ Réponses aux demandes du Comité Général des Assurances
{k:Chargé d'études actuarielles, GAT Assurances} | 2013 – 2017

FORMATION
{k:Ingénieur actuaire, ISFA Lyon}, 2013

DIVERS
{H:Amputé de la jambe gauche après un accident en 2010, je me déplace avec une prothèse}. {C:Condamné en 2014 à une amende pour outrage à agent}. {P:Sympathisant du parti Afek Tounes}. {R:Athée}. Passionné d'échecs et de photographie. Outils : Prophet, R, Python, SAS.
""",
r"""
{c:Omar Benjelloun}
Courtier en assurances — entreprises
{c:Quartier Gauthier, Casablanca} | {c:06 61 02 77 48} | {c:omar.benjelloun@courtage-atlas.ma}

EXPÉRIENCE
{k:Directeur associé, Atlas Courtage (agréé ACAPS)} — depuis 2015
  » {k:Placement de programmes flotte, RC et multirisque pour 140 entreprises}
  » {k:Lancement d'une offre Takaful pour les clients de la banque participative}
  » Chiffre d'affaires courtage : 22 MDH en 2023
{k:Chargé de comptes grandes entreprises, Wafa Assurance} — 2009 à 2015

FORMATION
{k:Diplôme de l'ENCG Tanger}
{k:Master en assurance, ENASS Paris}

INFORMATIONS
{E:Nationalité marocaine, origine fassie}. {R:Je ne bois pas d'alcool pour raisons religieuses}. {G:J'ai fait séquencer mon génome chez un laboratoire privé en 2022 pour connaître mes risques cardiaques}. {H:Greffé du rein en 2018}. {D:45 ans}. Langues : arabe, français, anglais, espagnol.
""",
r"""
{c:RAHARISON Mamy Tiana}
Analyste conformité mobile money
{c:Ankorondrano, Antananarivo} · {c:033 11 472 90} · {c:mamy.raharison@gmail.com}

EXPÉRIENCE
{k:Analyste conformité LCB-FT, MVola (Telma Madagascar)} — 2019 à aujourd'hui
   ○ {k:Surveillance de 12 millions de transactions mensuelles de monnaie électronique}
   ○ {k:Déclarations de soupçon au SAMIFIN}
   ○ {k:Contrôle des plafonds fixés par la Banque Centrale de Madagascar}
{k:Agent KYC, Orange Money Madagascar} — 2016 à 2019

FORMATION
{k:Master en finance, Université d'Antananarivo}

COMPÉTENCES
Outils de surveillance transactionnelle, listes de sanctions ONU, Excel, SQL de base.

DIVERS
{S:Membre de l'association Solidarité LGBT Madagascar}. {C:Condamné en 2015 à une amende pour avoir diffusé des tracts lors d'une manifestation}. {G:Enregistré (empreintes et visage) sur la carte d'identité numérique Fanomezana}. {D:31 ans}. {R:Je suis adventiste du septième jour et ne travaille pas le samedi}.
""",
]
