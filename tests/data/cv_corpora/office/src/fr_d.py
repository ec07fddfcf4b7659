CVS = [
dict(id="office-fr-031", text="""
Émilie DUQUESNOY
Acheteuse projets — industrie
59650 Villeneuve-d'Ascq · 06 15 77 90 32 · emilie.duquesnoy@outlook.fr

Âge : 34 ans – Permis B

PROFIL
Acheteuse depuis dix ans dans l'industrie ferroviaire et automobile. Consultation, négociation, contractualisation et suivi fournisseurs : je tiens les coûts et les délais sans casser la relation. Anglais courant, habituée aux fournisseurs allemands et tchèques.

EXPÉRIENCE
2019 – aujourd'hui · Acheteuse projets, Alstom, Petite-Forêt (59)
– Périmètre : aménagements intérieurs de rames (sièges, planchers, éclairage), 38 M€ par an
– Économies de 7,4 % sur le projet TER Hauts-de-France
– Qualification de 6 nouveaux fournisseurs en Europe de l'Est
– Élue au CSE sur la liste CGT depuis 2022, commission économique

2015 – 2019 · Acheteuse famille, Valeo Vision, Angers

FORMATION
Master Achats internationaux, IAE Lille (2015)
Certification CIPS niveau 4 (2020)

OUTILS
SAP MM / Ariba, Excel, Power BI

CENTRES D'INTÉRÊT
Mariée à Aurélie depuis 2020, nous courons ensemble le semi-marathon de Lille chaque année.
Militante au Parti socialiste, section de Villeneuve-d'Ascq.
Inscrite comme donneuse au registre France Greffe de Moelle (typage HLA réalisé en 2018).
""",
sensitive=[
    ("date_of_birth_age", "Âge : 34 ans"),
    ("trade_union", "Élue au CSE sur la liste CGT depuis 2022, commission économique"),
    ("sexual_orientation", "Mariée à Aurélie depuis 2020"),
    ("political_opinion", "Militante au Parti socialiste, section de Villeneuve-d'Ascq."),
    ("genetic_biometric", "Inscrite comme donneuse au registre France Greffe de Moelle (typage HLA réalisé en 2018)."),
],
keep=["Acheteuse projets — industrie", "Acheteuse projets, Alstom, Petite-Forêt (59)",
      "Périmètre : aménagements intérieurs de rames (sièges, planchers, éclairage), 38 M€ par an", "Économies de 7,4 % sur le projet TER Hauts-de-France",
      "Acheteuse famille, Valeo Vision, Angers", "Master Achats internationaux, IAE Lille (2015)", "Certification CIPS niveau 4 (2020)"],
contact=["Émilie DUQUESNOY", "59650 Villeneuve-d'Ascq", "06 15 77 90 32", "emilie.duquesnoy@outlook.fr"],
),

dict(id="office-fr-032", text="""
CURRICULUM VITAE

Lahcen AIT OUHMAD
Délégué commercial – agroalimentaire
Quartier Dakhla, Agadir — 06 48 22 71 05 — lahcen.aitouhmad@gmail.com

Né le 15 mars 1985 — marié, 3 enfants — permis B

PROFIL
Délégué commercial depuis treize ans dans la région Souss-Massa et le Sud. Vente aux grossistes, à la grande distribution et aux épiceries ; ouverture de nouveaux points de vente.

EXPÉRIENCE
Depuis 2016 : Délégué commercial régional, Copag (Jaouda), Taroudant
– Animation de 14 grossistes et 600 points de vente de Tiznit à Laâyoune
– Progression du CA régional de 19 % en trois ans
– Lancement de la gamme de produits laitiers pour le Ramadan en grandes surfaces

2012 – 2016 : Prévendeur, Centrale Danone, Agadir

FORMATION
Licence professionnelle Techniques de commercialisation, ENCG Agadir (2011)

LANGUES
Amazigh (tachelhit), arabe, français, anglais (notions)

ENGAGEMENT ET VIE PERSONNELLE
Militant de la cause amazighe, membre de l'association Tamaynut depuis 2005.
Je fais la prière du vendredi à la mosquée de mon quartier et j'adapte mes tournées ce jour-là.
En 2013, j'ai été condamné à deux mois avec sursis après une bagarre lors d'un match ; aucun autre antécédent.
Asthmatique, sans incidence sur le travail.
""",
sensitive=[
    ("date_of_birth_age", "Né le 15 mars 1985"),
    ("family_status", "marié, 3 enfants"),
    ("ethnic_origin", "Militant de la cause amazighe, membre de l'association Tamaynut depuis 2005."),
    ("religious_belief", "Je fais la prière du vendredi à la mosquée de mon quartier"),
    ("criminal_record", "En 2013, j'ai été condamné à deux mois avec sursis après une bagarre lors d'un match"),
    ("health", "Asthmatique"),
],
keep=["Délégué commercial – agroalimentaire", "Délégué commercial régional, Copag (Jaouda), Taroudant",
      "Animation de 14 grossistes et 600 points de vente de Tiznit à Laâyoune", "Lancement de la gamme de produits laitiers pour le Ramadan en grandes surfaces",
      "Prévendeur, Centrale Danone, Agadir", "Licence professionnelle Techniques de commercialisation, ENCG Agadir (2011)"],
contact=["Lahcen AIT OUHMAD", "Quartier Dakhla, Agadir", "06 48 22 71 05", "lahcen.aitouhmad@gmail.com"],
),

dict(id="office-fr-033", text="""
Rim GHARBI
Gestionnaire de contrats santé et prévoyance
El Menzah 6, Tunis · +216 98 330 541 · rim.gharbi@topnet.tn

Née en 1990 · divorcée, sans enfant

PROFIL
Huit ans dans l'assurance santé groupe : adhésions, cotisations, remboursements et relation avec les entreprises clientes. Précise, patiente avec les assurés, à l'aise avec les chiffres.

EXPÉRIENCE
STAR Assurances, Tunis — Gestionnaire de contrats santé groupe (2019 – aujourd'hui)
• Gestion de 60 contrats d'entreprises (18 000 assurés)
• Contrôle des remboursements et détection des fraudes (–12 % de dépenses indues)
• Tarification des renouvellements avec l'actuariat, y compris pour des sociétés dont le personnel est couvert par la convention UGTT

GAT Assurances — Chargée de prestations (2016 – 2019)

FORMATION
Licence en sciences actuarielles et assurances, IHEC Carthage (2016)

LANGUES
Arabe, français, anglais

INFORMATIONS COMPLÉMENTAIRES
Diabète de type 2 depuis 2021, bien équilibré.
Mon frère et moi avons fait un test génétique après le diagnostic de mon père : je suis porteuse du gène de la maladie de Wilson.
Bénévole chez Mawjoudin pour la permanence d'écoute.
Militante d'Al Massar jusqu'en 2019.
En 2018, interpellée lors d'une manifestation et condamnée à une amende pour « atteinte aux bonnes mœurs ».
""",
sensitive=[
    ("date_of_birth_age", "Née en 1990"),
    ("family_status", "divorcée, sans enfant"),
    ("health", "Diabète de type 2 depuis 2021, bien équilibré."),
    ("genetic_biometric", "je suis porteuse du gène de la maladie de Wilson"),
    ("sexual_orientation", "Bénévole chez Mawjoudin pour la permanence d'écoute."),
    ("political_opinion", "Militante d'Al Massar jusqu'en 2019."),
    ("criminal_record", "En 2018, interpellée lors d'une manifestation et condamnée à une amende pour « atteinte aux bonnes mœurs »."),
],
keep=["Gestionnaire de contrats santé et prévoyance", "STAR Assurances, Tunis — Gestionnaire de contrats santé groupe",
      "Contrôle des remboursements et détection des fraudes (–12 % de dépenses indues)",
      "Tarification des renouvellements avec l'actuariat, y compris pour des sociétés dont le personnel est couvert par la convention UGTT",
      "GAT Assurances — Chargée de prestations", "Licence en sciences actuarielles et assurances, IHEC Carthage (2016)"],
contact=["Rim GHARBI", "El Menzah 6, Tunis", "+216 98 330 541", "rim.gharbi@topnet.tn"],
),

dict(id="office-fr-034", text="""
DIABATÉ Souleymane
Responsable administratif et ressources humaines
Marcory Zone 4, Abidjan · 05 06 21 47 88 · souleymane.diabate.rh@gmail.com

ÉTAT CIVIL
Né vers 1979 à Séguéla (jugement supplétif)
Marié, 5 enfants

PROFIL
Responsable RH et administratif avec vingt ans d'expérience dans l'agro-industrie et le BTP en Côte d'Ivoire : paie, CNPS, relations avec les délégués du personnel, contentieux social.

EXPÉRIENCE
2014 – aujourd'hui : Responsable administratif et RH, SOCOCE BTP, Abidjan
– Gestion administrative de 900 ouvriers et 120 cadres
– Déclarations CNPS et ITS, relations avec l'inspection du travail
– Négociation des protocoles de fin de grève avec les délégués du personnel (côté employeur)

2005 – 2011 : Chef du personnel, SAPH, plantation de Bongo
– Gestion de la paie, du logement et de la santé des travailleurs de plantation

PARCOURS
Entre 2011 et 2013, je n'ai pas pu travailler : militant du RHDP à l'époque, j'ai été arrêté en avril 2011 et détenu vingt mois à la MACA. Les poursuites ont été abandonnées dans le cadre de l'ordonnance d'amnistie de 2018.

FORMATION
Maîtrise en gestion des ressources humaines, Université de Cocody (2003)

ASSOCIATIONS
Membre du Syndicat national des cadres de l'agro-industrie (SYNACAI) de 2005 à 2011.
Fidèle de la grande mosquée de Marcory, membre du comité de gestion.
""",
sensitive=[
    ("date_of_birth_age", "Né vers 1979 à Séguéla (jugement supplétif)"),
    ("family_status", "Marié, 5 enfants"),
    ("political_opinion", "militant du RHDP à l'époque"),
    ("criminal_record", "j'ai été arrêté en avril 2011 et détenu vingt mois à la MACA"),
    ("criminal_record", "Les poursuites ont été abandonnées dans le cadre de l'ordonnance d'amnistie de 2018."),
    ("trade_union", "Membre du Syndicat national des cadres de l'agro-industrie (SYNACAI) de 2005 à 2011."),
    ("religious_belief", "Fidèle de la grande mosquée de Marcory, membre du comité de gestion."),
],
keep=["Responsable administratif et ressources humaines", "Responsable administratif et RH, SOCOCE BTP, Abidjan",
      "Déclarations CNPS et ITS, relations avec l'inspection du travail",
      "Négociation des protocoles de fin de grève avec les délégués du personnel (côté employeur)", "Chef du personnel, SAPH, plantation de Bongo",
      "Maîtrise en gestion des ressources humaines, Université de Cocody (2003)"],
contact=["DIABATÉ Souleymane", "Marcory Zone 4, Abidjan", "05 06 21 47 88", "souleymane.diabate.rh@gmail.com"],
),

dict(id="office-fr-035", text="""
Thomas ROUSSEL — Chef de projet transformation / PMO
Toulouse (31) · 06 52 19 04 67 · thomas.roussel.pmo@protonmail.com · linkedin.com/in/thomasroussel-pmo

EN BREF
Chef de projet depuis 2015 chez des sous-traitants aéronautiques et dans le conseil. Déploiements d'outils, réorganisations de processus, pilotage budgétaire. Certifié PMP et PSM I.

EXPÉRIENCES
Depuis 2021 — Chef de projet transformation, Sopra Steria, Colomiers
• Pilotage du déploiement d'un PLM pour un équipementier (1 500 utilisateurs, 4,5 M€)
• Animation d'une équipe de 12 personnes en mode hybride
• Conduite du changement : 60 sessions de formation, taux d'adoption 92 %

2015 – 2021 — Chef de projet SI, Latécoère, Toulouse
• Migration ERP (SAP ECC vers S/4HANA) du site de Montredon

FORMATION
Diplôme d'ingénieur, INSA Toulouse (2014)
PMP (2018), Professional Scrum Master I (2020)

CE QUE VOUS NE VERREZ PAS SUR LINKEDIN
Pacsé avec Karim depuis 2017.
Je me suis converti à l'islam en 2016.
Militant de La France insoumise, j'ai tenu un bureau de vote pour eux en 2024.
Syndiqué à la CFE-CGC pendant mes années chez Latécoère.
Condamné en 2019 à une amende pour refus de prélèvement ADN après une garde à vue lors d'une manifestation ; mon profil ADN a finalement été enregistré au FNAEG.
""",
sensitive=[
    ("sexual_orientation", "Pacsé avec Karim depuis 2017."),
    ("religious_belief", "Je me suis converti à l'islam en 2016."),
    ("political_opinion", "Militant de La France insoumise, j'ai tenu un bureau de vote pour eux en 2024."),
    ("trade_union", "Syndiqué à la CFE-CGC pendant mes années chez Latécoère."),
    ("criminal_record", "Condamné en 2019 à une amende pour refus de prélèvement ADN après une garde à vue lors d'une manifestation"),
    ("genetic_biometric", "mon profil ADN a finalement été enregistré au FNAEG"),
],
keep=["Chef de projet transformation / PMO", "Chef de projet transformation, Sopra Steria, Colomiers",
      "Pilotage du déploiement d'un PLM pour un équipementier (1 500 utilisateurs, 4,5 M€)", "Chef de projet SI, Latécoère, Toulouse",
      "Migration ERP (SAP ECC vers S/4HANA) du site de Montredon", "Diplôme d'ingénieur, INSA Toulouse (2014)", "PMP (2018), Professional Scrum Master I (2020)"],
contact=["Thomas ROUSSEL", "Toulouse (31)", "06 52 19 04 67", "thomas.roussel.pmo@protonmail.com", "linkedin.com/in/thomasroussel-pmo"],
),

dict(id="office-fr-036", text="""
Grâce MBUYI KABONGO
Team leader service clientèle
Rue Malibran 44, 1050 Ixelles · 0486 71 30 22 · grace.mbuyi@gmail.com

Détails : Belge d'origine congolaise (arrivée de Kinshasa en 2003) · maman de deux filles · permis B

PROFIL
Team leader dans des centres de contact bruxellois depuis sept ans, en français, néerlandais et anglais. Je recrute, je forme et je garde mes agents.

EXPÉRIENCE
2020 – aujourd'hui : Team leader, Proximus, centre de contact de Bruxelles-Nord
– Équipe de 16 conseillers (facturation et déménagements)
– NPS de l'équipe passé de 22 à 41 en deux ans
– Déléguée SETCa (FGTB) au comité pour la prévention et la protection au travail

2016 – 2020 : Conseillère clientèle bilingue, Engie Electrabel (via Randstad)

FORMATION
Bachelier en communication, IHECS (2015)
Formation « Leadership de proximité », Proximus Academy (2021)

INFORMATIONS COMPLÉMENTAIRES
Absente six mois en 2021 pour un burn-out, suivi d'une reprise progressive à mi-temps médical.
Je vis avec ma compagne, Inès, et nos deux filles.
Drépanocytose chez mon frère : mon propre test a montré que je suis porteuse saine (AS).
""",
sensitive=[
    ("ethnic_origin", "Belge d'origine congolaise (arrivée de Kinshasa en 2003)"),
    ("family_status", "maman de deux filles"),
    ("trade_union", "Déléguée SETCa (FGTB) au comité pour la prévention et la protection au travail"),
    ("health", "Absente six mois en 2021 pour un burn-out, suivi d'une reprise progressive à mi-temps médical."),
    ("sexual_orientation", "Je vis avec ma compagne, Inès"),
    ("genetic_biometric", "Drépanocytose chez mon frère : mon propre test a montré que je suis porteuse saine (AS)."),
],
keep=["Team leader service clientèle", "Team leader, Proximus, centre de contact de Bruxelles-Nord", "Équipe de 16 conseillers (facturation et déménagements)",
      "NPS de l'équipe passé de 22 à 41 en deux ans", "Conseillère clientèle bilingue, Engie Electrabel (via Randstad)",
      "Bachelier en communication, IHECS (2015)"],
contact=["Grâce MBUYI KABONGO", "Rue Malibran 44, 1050 Ixelles", "0486 71 30 22", "grace.mbuyi@gmail.com"],
),

dict(id="office-fr-037", text="""
Christine JEANNERET-HUGUENIN
Office manager / Assistante de gestion
Rue des Parcs 84, 2000 Neuchâtel · 032 725 18 40 · c.jeanneret@net2000.ch

Née le 6 juin 1971 · Mariée, trois enfants adultes · Suissesse

Profil
Office manager dans une PME horlogère depuis quinze ans : comptabilité fournisseurs, salaires, achats de bureau, accueil, organisation des salons. La personne qui fait que tout marche, sans bruit.

Expérience
2010 – aujourd'hui · Office manager, Manufacture Perrelet SA, La Chaux-de-Fonds
· Gestion administrative de 85 collaborateurs (salaires Abacus, assurances sociales, vacances)
· Organisation de la présence à Watches and Wonders Genève (stand, logistique, hôtels)
· Achats de bureau et de fournitures : budget de 180 000 CHF par an

1995 – 2010 · Secrétaire de direction, Fédération de l'industrie horlogère suisse (FH), Bienne

Formation
Diplôme de commerce, École supérieure de commerce de Neuchâtel (1990)
Brevet fédéral d'assistante de direction (2004)

Engagements
Conseillère de paroisse à l'Église réformée évangélique du canton de Neuchâtel (EREN), paroisse de La Côte.
Membre des Vert-e-s neuchâtelois·es, secrétaire de section.
J'ai envoyé ma salive à 23andMe l'an dernier : 60 % « Europe du Nord-Ouest », pas de surprise.
Marraine d'une apprentie horlogère au CPLN, randonnée dans le Jura.
""",
sensitive=[
    ("date_of_birth_age", "Née le 6 juin 1971"),
    ("family_status", "Mariée, trois enfants adultes"),
    ("ethnic_origin", "Suissesse"),
    ("religious_belief", "Conseillère de paroisse à l'Église réformée évangélique du canton de Neuchâtel (EREN), paroisse de La Côte."),
    ("political_opinion", "Membre des Vert-e-s neuchâtelois·es, secrétaire de section."),
    ("genetic_biometric", "J'ai envoyé ma salive à 23andMe l'an dernier : 60 % « Europe du Nord-Ouest », pas de surprise."),
],
keep=["Office manager / Assistante de gestion", "Office manager, Manufacture Perrelet SA, La Chaux-de-Fonds",
      "Gestion administrative de 85 collaborateurs (salaires Abacus, assurances sociales, vacances)",
      "Organisation de la présence à Watches and Wonders Genève (stand, logistique, hôtels)",
      "Fédération de l'industrie horlogère suisse (FH), Bienne", "Brevet fédéral d'assistante de direction (2004)"],
contact=["Christine JEANNERET-HUGUENIN", "Rue des Parcs 84, 2000 Neuchâtel", "032 725 18 40", "c.jeanneret@net2000.ch"],
),

dict(id="office-fr-038", text="""
Carlos MONTEIRO LOPES
Comptable senior — fiduciaire et fonds
12, rue de Hollerich, L-1740 Luxembourg · +352 661 20 84 17 · carlos.monteiro.lopes@gmail.com

Nationalité : capverdienne (titre de séjour de longue durée UE) · 41 ans

PROFIL
Comptable senior depuis quinze ans au Luxembourg, sur des sociétés de participations financières (Soparfi) et des fonds alternatifs. Comptes annuels en Lux GAAP, déclarations fiscales, dépôts au RCS.

EXPÉRIENCE
Intertrust (CSC), Luxembourg — Senior accountant (2017 – aujourd'hui)
- Portefeuille de 45 Soparfi et SCSp ; comptes annuels, déclarations IRC/ICC, TVA
- Revue du travail de 3 comptables juniors
- Participation à la migration vers Viewpoint

Fiduciaire Fernand Kartheiser & Cie — Comptable (2010 – 2017)

FORMATION
BTS Comptabilité et gestion (Lycée Technique du Centre, 2010)
Formation de base en comptabilité luxembourgeoise, House of Training (2011)

LANGUES
Portugais et créole capverdien (maternels), français (C2), anglais (C1), luxembourgeois (B1)

INFORMATIONS PERSONNELLES
Je vis avec mon mari, Nuno, à Bonnevoie depuis notre mariage en 2018.
Suivi en hôpital de jour pour une maladie de Crohn, sans impact sur ma disponibilité.
Casier : une condamnation en 2009 à Lisbonne pour détention de stupéfiants (amende), inscrite au casier portugais.
""",
sensitive=[
    ("ethnic_origin", "Nationalité : capverdienne (titre de séjour de longue durée UE)"),
    ("date_of_birth_age", "41 ans"),
    ("sexual_orientation", "Je vis avec mon mari, Nuno,"),
    ("health", "Suivi en hôpital de jour pour une maladie de Crohn"),
    ("criminal_record", "une condamnation en 2009 à Lisbonne pour détention de stupéfiants (amende), inscrite au casier portugais"),
],
keep=["Comptable senior — fiduciaire et fonds", "Intertrust (CSC), Luxembourg — Senior accountant",
      "Portefeuille de 45 Soparfi et SCSp ; comptes annuels, déclarations IRC/ICC, TVA", "Fiduciaire Fernand Kartheiser & Cie",
      "BTS Comptabilité et gestion (Lycée Technique du Centre, 2010)", "Formation de base en comptabilité luxembourgeoise, House of Training (2011)"],
contact=["Carlos MONTEIRO LOPES", "12, rue de Hollerich, L-1740 Luxembourg", "+352 661 20 84 17", "carlos.monteiro.lopes@gmail.com"],
),

dict(id="office-fr-039", text="""
Sylvain BÉLANGER
Courtier immobilier résidentiel
Laval (Québec) · 450 555-0148 · sylvain.belanger@royallepage.ca

PROFIL
Courtier immobilier depuis 2011 à Laval et sur la Rive-Nord. Une cinquantaine de transactions par année, surtout des familles et des premiers acheteurs. J'ai été absent dix mois en 2020 pour traiter un cancer du côlon ; je suis en rémission et plus motivé que jamais.

EXPÉRIENCE
Royal LePage Village — Courtier immobilier résidentiel (2015 à aujourd'hui)
• 52 transactions conclues en 2025 (volume : 31 M$)
• Vente de l'ancien presbytère de la paroisse Saint-Vincent-de-Paul, converti en huit condos
• Prix Diamant Royal LePage, 2022 et 2024

RE/MAX Alliance — Courtier (2011 à 2015)

FORMATION
Attestation d'études collégiales en courtage immobilier résidentiel, Collège de l'immobilier du Québec (2011)
Permis de courtier, OACIQ (2011)

AUTRES
Ancien délégué syndical des Teamsters (section 1999) quand je conduisais des camions, avant l'immobilier.
En 2006, reconnu coupable de possession de cannabis ; la suspension du casier a été accordée en 2014.
Membre du Parti conservateur du Canada, bénévole pour le candidat local en 2025.
Marguillier de la fabrique Saint-Vincent-de-Paul.
Mon chum, Patrick, est aussi dans l'immobilier – on se fait des références.
J'ai participé à la cohorte CARTaGENE en donnant un échantillon d'ADN en 2010.
""",
sensitive=[
    ("health", "J'ai été absent dix mois en 2020 pour traiter un cancer du côlon ; je suis en rémission"),
    ("trade_union", "Ancien délégué syndical des Teamsters (section 1999) quand je conduisais des camions"),
    ("criminal_record", "En 2006, reconnu coupable de possession de cannabis ; la suspension du casier a été accordée en 2014."),
    ("political_opinion", "Membre du Parti conservateur du Canada, bénévole pour le candidat local en 2025."),
    ("religious_belief", "Marguillier de la fabrique Saint-Vincent-de-Paul."),
    ("sexual_orientation", "Mon chum, Patrick,"),
    ("genetic_biometric", "J'ai participé à la cohorte CARTaGENE en donnant un échantillon d'ADN en 2010."),
],
keep=["Courtier immobilier résidentiel", "Royal LePage Village — Courtier immobilier résidentiel", "52 transactions conclues en 2025 (volume : 31 M$)",
      "Vente de l'ancien presbytère de la paroisse Saint-Vincent-de-Paul, converti en huit condos", "Prix Diamant Royal LePage, 2022 et 2024",
      "RE/MAX Alliance — Courtier", "Permis de courtier, OACIQ (2011)"],
contact=["Sylvain BÉLANGER", "Laval (Québec)", "450 555-0148", "sylvain.belanger@royallepage.ca"],
),

dict(id="office-fr-040", text="""
Delphine MOREAU
Responsable du service clients
44000 Nantes · 06 29 44 87 10 · delphine.moreau.src@gmail.com

[Photo]
42 ans · Pacsée avec Nathalie · deux enfants · Permis B, véhiculée

PROFIL
Responsable de service clients depuis huit ans dans la vente à distance et l'énergie. Je pilote des équipes de 20 à 40 conseillers, internes et externalisés, avec un objectif simple : un client qui n'a pas besoin de rappeler.

EXPÉRIENCE PROFESSIONNELLE
2020 – aujourd'hui · Responsable service clients, ekWateur (site de Nantes)
– Management de 4 superviseurs et 38 conseillers ; pilotage d'un prestataire à Rabat
– Taux de réclamations divisé par deux en deux ans
– Mise en place du traitement des clients en situation de précarité énergétique (chèque énergie, FSL)

2014 – 2020 · Superviseure puis responsable adjointe, La Redoute, Roubaix
– Relation client omnicanale (téléphone, e-mail, chat)

2010 – 2014 · Conseillère clientèle, Orange, Angers

FORMATION
Licence professionnelle Management de la relation client, IUT de Nantes (2010)
Certification Lean Management (2018)

OUTILS
Zendesk, Salesforce Service Cloud, Genesys, Power BI

CENTRES D'INTÉRÊT
Course à pied, jardinage, bénévolat aux Restos du Cœur.
""",
sensitive=[
    ("date_of_birth_age", "42 ans"),
    ("sexual_orientation", "Pacsée avec Nathalie"),
    ("family_status", "deux enfants"),
],
keep=["Responsable du service clients", "Responsable service clients, ekWateur (site de Nantes)",
      "Mise en place du traitement des clients en situation de précarité énergétique (chèque énergie, FSL)",
      "Superviseure puis responsable adjointe, La Redoute, Roubaix", "Licence professionnelle Management de la relation client, IUT de Nantes (2010)",
      "Zendesk, Salesforce Service Cloud, Genesys, Power BI"],
contact=["Delphine MOREAU", "44000 Nantes", "06 29 44 87 10", "delphine.moreau.src@gmail.com"],
),
]
