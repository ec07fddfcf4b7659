CVS = [
dict(id="office-fr-011", text="""
Curriculum Vitae — Luc DELVAUX

Rue Saint-Gilles 87, 4000 Liège
0495 31 62 08 — luc.delvaux@proximus.be

Né le 07.11.1977 — marié, trois enfants — permis B

COMPTABLE-FISCALISTE EN FIDUCIAIRE

Ce que j'apporte
Vingt ans en fiduciaire liégeoise : comptabilités de PME et d'indépendants, déclarations TVA et ISOC, bilans à la BNB. Un portefeuille de 80 dossiers que je connais par cœur.

Expérience
2011 – aujourd'hui : Comptable-fiscaliste, Fiduciaire Lambotte & Associés, Liège
- Gestion autonome de 80 dossiers (commerces, professions médicales, ASBL)
- Tenue de la comptabilité de plusieurs fabriques d'église et d'une mutualité locale
- Déclarations IPP et ISOC, conseils en optimisation (PLCI, INAMI)
- Formation des stagiaires ITAA

2004 – 2011 : Employé comptable, SPRL Comptaplus, Seraing

Formation
Bachelier en comptabilité, HEC Liège — Haute École (1999)
Comptable-fiscaliste agréé ITAA (2008)

Logiciels
Winbooks, BOB 50, Biztax, Excel

Situation actuelle
Après un lymphome soigné en 2023-2024 (chimiothérapie, aujourd'hui en rémission), je reprends à temps plein et cherche un cabinet à taille humaine.

Engagements
Militant au PTB depuis 2014, section de Liège-Outremeuse (distribution du journal, fêtes de quartier).
Entraîneur de mini-foot pour les 10-12 ans au RFC Wandre.
""",
sensitive=[
    ("date_of_birth_age", "Né le 07.11.1977"),
    ("family_status", "marié, trois enfants"),
    ("health", "Après un lymphome soigné en 2023-2024 (chimiothérapie, aujourd'hui en rémission)"),
    ("political_opinion", "Militant au PTB depuis 2014, section de Liège-Outremeuse (distribution du journal, fêtes de quartier)."),
],
keep=["COMPTABLE-FISCALISTE EN FIDUCIAIRE", "Comptable-fiscaliste, Fiduciaire Lambotte & Associés, Liège",
      "Tenue de la comptabilité de plusieurs fabriques d'église et d'une mutualité locale", "Déclarations IPP et ISOC, conseils en optimisation (PLCI, INAMI)",
      "SPRL Comptaplus", "Comptable-fiscaliste agréé ITAA (2008)", "Winbooks"],
contact=["Luc DELVAUX", "Rue Saint-Gilles 87, 4000 Liège", "0495 31 62 08", "luc.delvaux@proximus.be"],
),

dict(id="office-fr-012", text="""
| CONTACT
| Av. de Morges 41
| 1004 Lausanne
| 078 245 90 16
| elodie.martinet@gmx.ch
|
| COMPÉTENCES
| Gestion de sinistres RC
| Négociation avec experts
| SAP FS-CD, Guidewire
|
| LANGUES
| Français, allemand B2, anglais C1
|
| DÉTAILS
| Âge : 29 ans
| Permis B (ressortissante française, à Lausanne depuis 2019)

ÉLODIE MARTINET
Gestionnaire de sinistres responsabilité civile

PROFIL
Gestionnaire de sinistres RC entreprises et particuliers depuis six ans. J'instruis les dossiers de A à Z, je négocie avec les experts et les avocats et je tiens mes délais de réponse.

EXPÉRIENCE
Vaudoise Assurances, Lausanne — Gestionnaire de sinistres RC (2021 – aujourd'hui)
• 220 dossiers actifs, dont des sinistres corporels graves
• Recours contre tiers : 1,4 MCHF récupérés en 2024
• Participation au projet de digitalisation de la déclaration de sinistre

AXA France, Lyon — Chargée d'indemnisation IARD (2019 – 2021)

FORMATION
Brevet fédéral de spécialiste en assurance (2023)
Licence professionnelle Assurance, Banque, Finance – Université Lyon 3 (2019)

À CÔTÉ
Bénévole à Lestime, la communauté lesbienne de Genève, pour l'organisation des soirées.
Porteuse d'une mutation BRCA1 : suivi préventif annuel, sans incidence sur mon taux d'activité.
Trail dans le Jura.
""",
sensitive=[
    ("date_of_birth_age", "Âge : 29 ans"),
    ("ethnic_origin", "Permis B (ressortissante française, à Lausanne depuis 2019)"),
    ("sexual_orientation", "Bénévole à Lestime, la communauté lesbienne de Genève, pour l'organisation des soirées."),
    ("genetic_biometric", "Porteuse d'une mutation BRCA1"),
],
keep=["Gestionnaire de sinistres responsabilité civile", "Vaudoise Assurances, Lausanne — Gestionnaire de sinistres RC (2021 – aujourd'hui)",
      "Recours contre tiers : 1,4 MCHF récupérés en 2024", "AXA France, Lyon — Chargée d'indemnisation IARD (2019 – 2021)",
      "Brevet fédéral de spécialiste en assurance (2023)", "SAP FS-CD, Guidewire"],
contact=["Av. de Morges 41", "1004 Lausanne", "078 245 90 16", "elodie.martinet@gmx.ch", "ÉLODIE MARTINET"],
),

dict(id="office-fr-013", text="""
Nadège Saint-Fleur
Adjointe administrative principale
Montréal-Nord (Québec) — 514 555-0181 — nadege.saintfleur@hotmail.com

PROFIL
Adjointe administrative depuis quatorze ans dans le réseau de la santé et le secteur municipal. Rapide, fiable, excellente en français écrit. Née en Haïti, je suis arrivée au Québec en 2005 et je suis citoyenne canadienne depuis 2011. Mère de trois enfants, disponible de jour.

EXPÉRIENCE
CIUSSS du Nord-de-l'Île-de-Montréal — Adjointe administrative, Direction des soins infirmiers (2016 à aujourd'hui)
• Soutien à une directrice adjointe et 14 chefs de service
• Gestion des agendas, comités, procès-verbaux et suivis de plaintes
• Préparation des horaires de la liste de rappel dans Logibec
• Déléguée syndicale SCFP pour le personnel de bureau depuis 2019

Arrondissement de Montréal-Nord — Agente de bureau (2011 à 2016)
• Réception des requêtes citoyennes (311), permis et facturation

RETOUR AU TRAVAIL
En 2022, j'ai été en arrêt de travail neuf mois pour une dépression majeure ; je suis de retour à temps plein depuis janvier 2023.

FORMATION
DEP en secrétariat, Centre de formation professionnelle Marie-Rollet (2010)
AEC en bureautique, Collège de Maisonneuve (2014)
Test de français du CSPQ : 92 %

INTÉRÊTS
Soliste à la chorale de l'Église baptiste évangélique Emmanuel, cuisine haïtienne, lecture.
""",
sensitive=[
    ("ethnic_origin", "Née en Haïti, je suis arrivée au Québec en 2005 et je suis citoyenne canadienne depuis 2011"),
    ("family_status", "Mère de trois enfants"),
    ("trade_union", "Déléguée syndicale SCFP pour le personnel de bureau depuis 2019"),
    ("health", "En 2022, j'ai été en arrêt de travail neuf mois pour une dépression majeure"),
    ("religious_belief", "Soliste à la chorale de l'Église baptiste évangélique Emmanuel"),
],
keep=["Adjointe administrative principale", "CIUSSS du Nord-de-l'Île-de-Montréal — Adjointe administrative, Direction des soins infirmiers",
      "Gestion des agendas, comités, procès-verbaux et suivis de plaintes", "Préparation des horaires de la liste de rappel dans Logibec",
      "Arrondissement de Montréal-Nord — Agente de bureau", "DEP en secrétariat, Centre de formation professionnelle Marie-Rollet (2010)",
      "AEC en bureautique, Collège de Maisonneuve (2014)"],
contact=["Nadège Saint-Fleur", "Montréal-Nord (Québec)", "514 555-0181", "nadege.saintfleur@hotmail.com"],
),

dict(id="office-fr-014", text="""
CV — Youssef EL AMRANI
Responsable logistique et achats
Quartier Malabata, Tanger — 06 62 18 45 90 — youssef.elamrani.log@gmail.com

Âge : 38 ans | Marié, 2 enfants | Permis B et C

PROFIL
Responsable logistique dans la zone franche de Tanger depuis douze ans, spécialiste des flux juste-à-temps pour l'automobile et des achats de consommables.

EXPÉRIENCE PROFESSIONNELLE
2018 – aujourd'hui : Responsable logistique, Yazaki Morocco, Tanger Automotive City
• Pilotage des flux d'approvisionnement pour 3 500 références de câblage
• Taux de service client porté à 99,6 % ; stocks réduits de 22 %
• Négociation des contrats de transport avec 8 transitaires

2013 – 2018 : Acheteur, Renault Tanger Méditerranée (Melloussa)
• Achats indirects (EPI, emballages, maintenance), 60 MDH par an

FORMATION
Master Management logistique, ENCG Tanger (2013)
Certification Green Belt Lean Six Sigma (2019)

LANGUES
Arabe, français, anglais, espagnol

INFORMATIONS COMPLÉMENTAIRES
Adhérent de l'UMT (Union marocaine du travail) depuis mon passage chez Renault.
En 2010, condamnation à une amende pour chèque sans provision ; j'ai été réhabilité en 2016 et mon casier est vierge.
Je jeûne pendant le Ramadan et je demande seulement un horaire décalé ce mois-là.
""",
sensitive=[
    ("date_of_birth_age", "Âge : 38 ans"),
    ("family_status", "Marié, 2 enfants"),
    ("trade_union", "Adhérent de l'UMT (Union marocaine du travail) depuis mon passage chez Renault."),
    ("criminal_record", "En 2010, condamnation à une amende pour chèque sans provision"),
    ("criminal_record", "j'ai été réhabilité en 2016"),
    ("religious_belief", "Je jeûne pendant le Ramadan et je demande seulement un horaire décalé ce mois-là."),
],
keep=["Responsable logistique et achats", "Responsable logistique, Yazaki Morocco, Tanger Automotive City",
      "Pilotage des flux d'approvisionnement pour 3 500 références de câblage", "Renault Tanger Méditerranée (Melloussa)",
      "Achats indirects (EPI, emballages, maintenance), 60 MDH par an", "Master Management logistique, ENCG Tanger (2013)",
      "Certification Green Belt Lean Six Sigma (2019)"],
contact=["Youssef EL AMRANI", "Quartier Malabata, Tanger", "06 62 18 45 90", "youssef.elamrani.log@gmail.com"],
),

dict(id="office-fr-015", text="""
INES BEN HASSINE
Chargée de marketing digital
Les Berges du Lac 2, Tunis | +216 22 604 119 | ines.benhassine@gmail.com | linkedin.com/in/inesbenhassine

Née le 5 janvier 1996 — célibataire

À PROPOS
Cinq ans d'expérience en marketing digital dans la grande consommation en Tunisie. Je pilote des campagnes social media, des influenceurs et des budgets médias avec des KPI clairs.

EXPÉRIENCES
Délice Danone, Tunis — Chargée de marketing digital (depuis 2022)
· Campagne Ramadan 2024 « Ftour en famille » : 11 millions de vues, +9 % de ventes sur la période
· Gestion d'un budget média de 1,2 MDT et de deux agences
· Lancement de la gamme de yaourts à boire sur TikTok

Ooredoo Tunisie — Community manager (2020 – 2022)
· Animation des pages Facebook et Instagram (3 M d'abonnés)

FORMATION
Mastère professionnel en marketing digital, IHEC Carthage (2020)
Certification Meta Blueprint (2022)

COMPÉTENCES
Meta Business Suite, Google Ads, Canva, Hootsuite, Brandwatch

ACTIVITÉS
Militante au Courant démocrate (Attayar) depuis 2019, section de La Marsa.
Traitée pour une anorexie à l'adolescence ; aujourd'hui bénévole dans une association de prévention des troubles alimentaires.
Danse contemporaine, photographie.
""",
sensitive=[
    ("date_of_birth_age", "Née le 5 janvier 1996"),
    ("family_status", "célibataire"),
    ("political_opinion", "Militante au Courant démocrate (Attayar) depuis 2019, section de La Marsa."),
    ("health", "Traitée pour une anorexie à l'adolescence"),
],
keep=["Chargée de marketing digital", "Délice Danone, Tunis — Chargée de marketing digital (depuis 2022)",
      "Campagne Ramadan 2024 « Ftour en famille » : 11 millions de vues, +9 % de ventes sur la période", "Gestion d'un budget média de 1,2 MDT et de deux agences",
      "Ooredoo Tunisie — Community manager (2020 – 2022)", "Mastère professionnel en marketing digital, IHEC Carthage (2020)", "Certification Meta Blueprint (2022)"],
contact=["INES BEN HASSINE", "Les Berges du Lac 2, Tunis", "+216 22 604 119", "ines.benhassine@gmail.com", "linkedin.com/in/inesbenhassine"],
),

dict(id="office-fr-016", text="""
CURRICULUM VITAE

Mme COULIBALY née TRAORÉ Mariam
Assistante de direction
Yopougon Sideci, Abidjan — 01 02 44 78 91 — mariam.coulibaly.ad@yahoo.fr

Née le 30/08/1989 à Korhogo
Situation matrimoniale : mariée, deux enfants

COMPÉTENCES CLÉS
Gestion d'agenda de direction générale · rédaction administrative · organisation de conseils d'administration · archivage · SAGE et Excel

EXPÉRIENCE PROFESSIONNELLE
Depuis 2016 — Assistante du Directeur général, Société Ivoirienne de Banque (SIB), Plateau
- Préparation et secrétariat des conseils d'administration et comités d'audit
- Gestion des courriers confidentiels et du protocole des visites officielles
- Organisation des missions du DG dans la zone UEMOA

2012 – 2016 — Secrétaire comptable, Cabinet d'avocats Kouamé & Associés, Cocody

FORMATION
BTS Secrétariat de direction, Institut Pigier Côte d'Ivoire (2011)
Licence professionnelle en communication d'entreprise, Université Félix Houphouët-Boigny (2014)

CENTRES D'INTÉRÊT
Trésorière de l'association des femmes de la mosquée de Sideci ; cuisine ; couture.

INFORMATIONS COMPLÉMENTAIRES
Porteuse du trait drépanocytaire (AS), je suis le protocole de dépistage avec mes enfants.
""",
sensitive=[
    ("date_of_birth_age", "Née le 30/08/1989 à Korhogo"),
    ("family_status", "Situation matrimoniale : mariée, deux enfants"),
    ("religious_belief", "Trésorière de l'association des femmes de la mosquée de Sideci"),
    ("genetic_biometric", "Porteuse du trait drépanocytaire (AS)"),
],
keep=["Assistante de direction", "Assistante du Directeur général, Société Ivoirienne de Banque (SIB), Plateau",
      "Préparation et secrétariat des conseils d'administration et comités d'audit", "Organisation des missions du DG dans la zone UEMOA",
      "Cabinet d'avocats Kouamé & Associés", "BTS Secrétariat de direction, Institut Pigier Côte d'Ivoire (2011)"],
contact=["Mme COULIBALY née TRAORÉ Mariam", "Yopougon Sideci, Abidjan", "01 02 44 78 91", "mariam.coulibaly.ad@yahoo.fr"],
),

dict(id="office-fr-017", text="""
Anouch KARAPETIAN
Office manager / Services généraux
75011 Paris · 06 84 22 17 35 · anouch.karapetian@free.fr

Profil
Office manager expérimentée, 55 ans, veuve depuis 2020. Trente ans dans les services généraux d'agences de communication et de cabinets de conseil parisiens : locaux, prestataires, budget, accueil, événements internes. Je suis la personne qui sait où se trouve le contrat de la photocopieuse et comment on ouvre le local serveur.

Expérience
2012 – 2025 · Office manager, Publicis Conseil, Paris 8e
— Gestion des services généraux pour 600 collaborateurs sur 3 étages
— Renégociation des contrats de nettoyage et de restauration : –14 % sur le budget
— Pilotage du déménagement vers Saint-Ouen en 2024 (planning, prestataires, 0 jour d'arrêt)
— Organisation des séminaires et des fêtes de fin d'année (jusqu'à 800 personnes)

1995 – 2012 · Assistante puis responsable accueil, Havas, Levallois-Perret

Formation
BTS Assistant de manager, Lycée Jules-Ferry, Paris (1992)
Certificat Services généraux, Arseg (2015)

Centres d'intérêt
La généalogie : petite-fille de rescapés du génocide arménien arrivés à Marseille en 1923, j'ai fait un test ADN MyHeritage qui m'a reliée à des cousins d'Erevan et de Beyrouth. Je chante aussi à la cathédrale arménienne Saint-Jean-Baptiste, rue Jean-Goujon.
""",
sensitive=[
    ("date_of_birth_age", "55 ans"),
    ("family_status", "veuve depuis 2020"),
    ("ethnic_origin", "petite-fille de rescapés du génocide arménien arrivés à Marseille en 1923"),
    ("genetic_biometric", "j'ai fait un test ADN MyHeritage qui m'a reliée à des cousins d'Erevan et de Beyrouth"),
    ("religious_belief", "Je chante aussi à la cathédrale arménienne Saint-Jean-Baptiste, rue Jean-Goujon."),
],
keep=["Office manager / Services généraux", "Office manager, Publicis Conseil, Paris 8e",
      "Renégociation des contrats de nettoyage et de restauration : –14 % sur le budget",
      "Pilotage du déménagement vers Saint-Ouen en 2024 (planning, prestataires, 0 jour d'arrêt)", "Havas",
      "BTS Assistant de manager, Lycée Jules-Ferry, Paris (1992)", "Certificat Services généraux, Arseg (2015)"],
contact=["Anouch KARAPETIAN", "75011 Paris", "06 84 22 17 35", "anouch.karapetian@free.fr"],
),

dict(id="office-fr-018", text="""
Paulo FERREIRA DOS SANTOS
Conseiller clientèle assurances (IARD et vie)
3, rue de la Gare, L-4131 Esch-sur-Alzette · +352 621 448 902 · paulo.fds@pt.lu

Nationalité : portugaise (né à Chaves, au Luxembourg depuis l'âge de 6 ans)
Né le 19 avril 1990 · Marié à Ricardo, un enfant

PROFIL
Conseiller clientèle depuis neuf ans, en agence et au téléphone. Je vends et j'explique des contrats auto, habitation et prévoyance en luxembourgeois, français, portugais et allemand.

EXPÉRIENCE
Foyer Assurances, Leudelange — Conseiller clientèle (2019 – aujourd'hui)
- Portefeuille de 1 400 clients particuliers ; 96 % de taux de renouvellement
- Vente de contrats prévoyance et d'épargne-pension (art. 111bis)
- Traitement des sinistres simples en délégation

La Luxembourgeoise — Chargé d'accueil et de souscription (2016 – 2019)

FORMATION
Diplôme de technicien administratif et commercial (DT), Lycée technique d'Esch (2010)
Agrément d'agent d'assurances, Commissariat aux Assurances (2016)

ENGAGEMENTS
Membre du LCGB depuis 2017.
Diabétique de type 1 depuis l'enfance, sous pompe à insuline.

CASIER JUDICIAIRE
Bulletin n° 3 : une condamnation de 2015 pour conduite en état d'ivresse (amende et interdiction de conduire de 6 mois).

LOISIRS
Futsal au club lusitanien de Differdange, cuisine.
""",
sensitive=[
    ("ethnic_origin", "Nationalité : portugaise (né à Chaves, au Luxembourg depuis l'âge de 6 ans)"),
    ("date_of_birth_age", "Né le 19 avril 1990"),
    ("sexual_orientation", "Marié à Ricardo"),
    ("family_status", "un enfant"),
    ("trade_union", "Membre du LCGB depuis 2017."),
    ("health", "Diabétique de type 1 depuis l'enfance, sous pompe à insuline."),
    ("criminal_record", "une condamnation de 2015 pour conduite en état d'ivresse (amende et interdiction de conduire de 6 mois)"),
],
keep=["Conseiller clientèle assurances (IARD et vie)", "Foyer Assurances, Leudelange — Conseiller clientèle (2019 – aujourd'hui)",
      "Portefeuille de 1 400 clients particuliers ; 96 % de taux de renouvellement", "Vente de contrats prévoyance et d'épargne-pension (art. 111bis)",
      "La Luxembourgeoise", "Agrément d'agent d'assurances, Commissariat aux Assurances (2016)"],
contact=["Paulo FERREIRA DOS SANTOS", "3, rue de la Gare, L-4131 Esch-sur-Alzette", "+352 621 448 902", "paulo.fds@pt.lu"],
),

dict(id="office-fr-019", text="""
Olivier DEPREZ — Chef de projet informatique (PMO)
Jambes (Namur) · 0477 82 30 15 · olivier.deprez.pmo@gmail.com

Profil
Chef de projet depuis 2017 dans le secteur public wallon et les intercommunales. Méthodes PRINCE2 et Agile, budgets jusqu'à 3 M€. Je préfère le dire d'emblée : j'ai été condamné en 2011 à 30 mois de prison, dont 18 avec sursis, pour escroquerie, et j'ai purgé ma peine à la prison de Namur. J'ai repris des études en sortant et je n'ai plus jamais eu affaire à la justice.

Expérience
2020 – aujourd'hui : Chef de projet, Intercommunale BEP, Namur
- Déploiement d'un ERP (Odoo) pour 4 métiers, 320 utilisateurs
- Refonte du portail de demandes de permis d'environnement
- Rapport mensuel au comité de direction

2017 – 2020 : Analyste fonctionnel puis PMO, SPW Mobilité et Infrastructures

Formation
Bachelier en informatique de gestion, Hénallux (promotion sociale, 2016)
PRINCE2 Foundation et Practitioner (2019), Professional Scrum Master I (2021)

Langues
Français, anglais (B2), néerlandais (B1)

Informations complémentaires
46 ans. Je vis à Jambes avec mon compagnon, Thomas, et sa fille.
Laïque convaincu, je suis bénévole au Centre d'Action Laïque de la province de Namur (parrainages laïques).
""",
sensitive=[
    ("criminal_record", "j'ai été condamné en 2011 à 30 mois de prison, dont 18 avec sursis, pour escroquerie, et j'ai purgé ma peine à la prison de Namur"),
    ("date_of_birth_age", "46 ans."),
    ("sexual_orientation", "mon compagnon, Thomas"),
    ("family_status", "et sa fille"),
    ("religious_belief", "Laïque convaincu, je suis bénévole au Centre d'Action Laïque de la province de Namur (parrainages laïques)."),
],
keep=["Chef de projet informatique (PMO)", "Chef de projet, Intercommunale BEP, Namur", "Déploiement d'un ERP (Odoo) pour 4 métiers, 320 utilisateurs",
      "Refonte du portail de demandes de permis d'environnement", "SPW Mobilité et Infrastructures",
      "Bachelier en informatique de gestion, Hénallux (promotion sociale, 2016)", "PRINCE2 Foundation et Practitioner (2019)"],
contact=["Olivier DEPREZ", "Jambes (Namur)", "0477 82 30 15", "olivier.deprez.pmo@gmail.com"],
),

dict(id="office-fr-020", text="""
Fabienne ROSSIER
Comptable avec brevet fédéral
Route de la Glâne 22, 1700 Fribourg — 026 424 18 60 — fabienne.rossier@sunrise.ch

Profil
Comptable avec brevet fédéral, quinze ans d'expérience en fiduciaire puis en entreprise. Bouclements, TVA, salaires et reporting mensuel en français et en allemand.

Expérience professionnelle

2016 – aujourd'hui — Responsable comptable, Groupe E Celsius SA, Fribourg
· Bouclements mensuels et annuels selon Swiss GAAP RPC
· Décomptes TVA trimestriels et relations avec l'AFC
· Gestion des salaires de 75 collaborateurs (Abacus), y compris les retenues de cotisations Syna et Unia pour les collaborateurs concernés
· Mise en place d'un tableau de bord de trésorerie dans Power BI

2010 – 2016 — Comptable, Fiduciaire Kessler & Partenaires, Bulle
· Tenue de 60 mandats PME et associations (dont des paroisses catholiques de la Gruyère)

2008 – 2010 — Employée de commerce, Banque Cantonale de Fribourg

Formation
Brevet fédéral de spécialiste en finance et comptabilité (2014)
CFC d'employée de commerce, profil E (2008)

Informatique
Abacus, SAP FI, Excel avancé, Power BI

Langues
Français (maternelle), allemand (C1, bilingue au travail), anglais (B2)

Loisirs
Ski de randonnée, jardinage, et le marché de Fribourg le samedi.
""",
sensitive=[],
keep=["Comptable avec brevet fédéral", "Responsable comptable, Groupe E Celsius SA, Fribourg", "Bouclements mensuels et annuels selon Swiss GAAP RPC",
      "Gestion des salaires de 75 collaborateurs (Abacus), y compris les retenues de cotisations Syna et Unia pour les collaborateurs concernés",
      "Tenue de 60 mandats PME et associations (dont des paroisses catholiques de la Gruyère)", "Fiduciaire Kessler & Partenaires",
      "Brevet fédéral de spécialiste en finance et comptabilité (2014)", "Banque Cantonale de Fribourg"],
contact=["Fabienne ROSSIER", "Route de la Glâne 22, 1700 Fribourg", "026 424 18 60", "fabienne.rossier@sunrise.ch"],
),
]
