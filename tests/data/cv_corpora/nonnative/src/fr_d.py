CVS = [
# 031 Burundais (kirundi/swahili), infirmier, Namur
dict(text="""
Éric NDAYISHIMIYE
Infirmier bachelier — Urgences / Soins intensifs
Rue de Bruxelles 63, 5000 Namur · 0471 90 24 88 · eric.ndayishimiye.inf@gmail.com

Profil
Infirmier avec 11 ans d'expérience au Burundi et en Belgique, dont 6 ans aux urgences. Calme dans les situations critiques, bon travail en équipe, formateur pour les stagiaires.

Expérience professionnelle
2019 – présent : Infirmier urgences, CHU UCL Namur (site Godinne)
  – triage (échelle MTS), déchocage, SMUR occasionnel
  – référent « violence et agressivité » aux urgences
2017 – 2019 : Infirmier, Centre Croix-Rouge pour demandeurs d'asile de Belgrade (Namur) — soins de première ligne aux résidents
2010 – 2015 : Infirmier A2, Hôpital Prince Régent Charles, Bujumbura

Formation
Bachelier en soins infirmiers (équivalence + compléments) — Hénallux, Namur, 2019
Diplôme d'infirmier A2 — École paramédicale de Bujumbura, 2009
Titre professionnel particulier en soins d'urgence (SIAMU) — 2022

Langues : kirundi, swahili, français, anglais, néerlandais (base)

Informations personnelles
Né le 14/02/1987 à Ngozi.
Je suis tutsi ; en 2015 j'étais militant du MSD contre le troisième mandat et j'ai été emprisonné 4 mois à Mpimba sans jugement. Réfugié reconnu en Belgique en 2017.
J'ai un stress post-traumatique suivi par un psychologue (Ulysse), je fonctionne bien au travail.
Je vis avec mon compagnon Pieter, cohabitation légale depuis 2021.
Pour le regroupement familial de ma sœur, j'ai fait un test ADN à l'ambassade en 2020.
""",
sensitive=[
 ("date_of_birth_age", "Né le 14/02/1987"),
 ("ethnic_origin", "Je suis tutsi"),
 ("political_opinion", "en 2015 j'étais militant du MSD contre le troisième mandat"),
 ("criminal_record", "j'ai été emprisonné 4 mois à Mpimba sans jugement"),
 ("ethnic_origin", "Réfugié reconnu en Belgique en 2017"),
 ("health", "J'ai un stress post-traumatique suivi par un psychologue (Ulysse)"),
 ("sexual_orientation", "Je vis avec mon compagnon Pieter, cohabitation légale depuis 2021"),
 ("genetic_biometric", "j'ai fait un test ADN à l'ambassade en 2020"),
],
keep=["Infirmier bachelier — Urgences / Soins intensifs", "Infirmier urgences, CHU UCL Namur (site Godinne)",
      "triage (échelle MTS), déchocage, SMUR occasionnel", "référent « violence et agressivité » aux urgences",
      "Centre Croix-Rouge pour demandeurs d'asile de Belgrade (Namur)", "Infirmier A2, Hôpital Prince Régent Charles, Bujumbura",
      "Bachelier en soins infirmiers (équivalence + compléments) — Hénallux, Namur", "Titre professionnel particulier en soins d'urgence (SIAMU)"],
contact=["Éric NDAYISHIMIYE", "Rue de Bruxelles 63, 5000 Namur", "0471 90 24 88", "eric.ndayishimiye.inf@gmail.com"],
),

# 032 Portugaise, gouvernante générale, Luxembourg
dict(text="""
Maria da Conceição RODRIGUES
Gouvernante générale — Hôtellerie
8, rue de la Gare, L-3236 Bettembourg · +352 661 274 390 · sao.rodrigues.gouvernante@gmail.com

Données personnelles
Née le 27.07.1970
Mariée, 2 filles (mariées aussi)
Nationalité : portugaise
N° matricule : 1970 0727 34567

Expérience
2012 – aujourd'hui : Gouvernante générale, Sofitel Luxembourg Europe (Kirchberg)
 – service étages de 109 chambres, équipe de 22 femmes de chambre et valets
 – plannings, commandes de linge et produits, contrôles qualité ALLSAFE
 – je suis membre de l'OGBL, syndicat Hôtellerie (HORESCA) et déléguée du personnel depuis 2018
2002 – 2012 : Gouvernante d'étage, Hôtel Le Royal, Luxembourg
1994 – 2002 : Femme de chambre, Hôtel Parc Belair, Luxembourg
1988 – 1993 : Empregada de mesa (serveuse), Hotel Turismo, Guarda (Portugal)

Formation
Ensino secundário (9.º ano), Guarda, 1986
Formation « Gouvernante d'hôtel » — École d'hôtellerie et de tourisme du Luxembourg (EHTL), 2005
Formation hygiène et sécurité (HACCP), premiers secours

Langues : portugais, français, luxembourgeois (bon), anglais (moyen)

Remarques
J'ai une polyarthrite rhumatoïde depuis 2016, bien contrôlée par le traitement ; je fais surtout l'encadrement et moins le travail physique.
Catholique pratiquante, je participe à la procession de Notre-Dame de Fatima à Wiltz chaque année.
""",
sensitive=[
 ("date_of_birth_age", "Née le 27.07.1970"),
 ("family_status", "Mariée, 2 filles (mariées aussi)"),
 ("ethnic_origin", "Nationalité : portugaise"),
 ("trade_union", "je suis membre de l'OGBL, syndicat Hôtellerie (HORESCA) et déléguée du personnel depuis 2018"),
 ("health", "J'ai une polyarthrite rhumatoïde depuis 2016, bien contrôlée par le traitement"),
 ("religious_belief", "Catholique pratiquante, je participe à la procession de Notre-Dame de Fatima à Wiltz chaque année"),
],
keep=["Gouvernante générale — Hôtellerie", "Gouvernante générale, Sofitel Luxembourg Europe (Kirchberg)",
      "service étages de 109 chambres, équipe de 22 femmes de chambre et valets", "Gouvernante d'étage, Hôtel Le Royal, Luxembourg",
      "Femme de chambre, Hôtel Parc Belair, Luxembourg", "Empregada de mesa (serveuse), Hotel Turismo, Guarda",
      "Formation « Gouvernante d'hôtel » — École d'hôtellerie et de tourisme du Luxembourg (EHTL)"],
contact=["Maria da Conceição RODRIGUES", "8, rue de la Gare, L-3236 Bettembourg", "+352 661 274 390",
         "sao.rodrigues.gouvernante@gmail.com", "1970 0727 34567"],
),

# 033 Turc, ingénieur qualité automobile, Strasbourg
dict(text="""
Emre YILDIRIM
Ingénieur qualité fournisseurs — Automobile
67000 Strasbourg | 06 45 82 30 17 | emre.yildirim.quality@gmail.com | linkedin.com/in/emreyildirim-sqe

Compétences clés
APQP / PPAP, 8D, AMDEC, IATF 16949, audits process VDA 6.3, Minitab, allemand et anglais courants

Expérience
2018 – présent  Ingénieur qualité fournisseurs (SQE), Mercedes-Benz Molsheim (via Alten)
  • portefeuille de 25 fournisseurs (plasturgie, câblage), réduction des PPM de 40 %
  • audits VDA 6.3 en France, Allemagne, Turquie
2014 – 2018  Kalite Mühendisi (ingénieur qualité), Oyak-Renault, Bursa
  • qualité des pièces de carrosserie, traitement des réclamations
2013 – 2014  Service militaire — lieutenant de réserve, Commandement logistique, Ankara

Formation
Lisans (licence 4 ans) en génie industriel — Université technique d'Istanbul (İTÜ), 2012
Master Management de la qualité — Université de Strasbourg, 2018
Auditeur VDA 6.3 certifié (2019)

Informations personnelles
Date de naissance : 04.04.1989
Je suis alévi (pas sunnite), je ne fais pas le ramadan.
Je suis marié avec mon mari Nicolas depuis 2022.
J'ai la fièvre méditerranéenne familiale (FMF) génétique, traitée par colchicine ; mon père et mon oncle l'ont aussi.
J'ai voté CHP et je soutiens l'opposition laïque en Turquie.
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 04.04.1989"),
 ("religious_belief", "Je suis alévi (pas sunnite), je ne fais pas le ramadan"),
 ("sexual_orientation", "Je suis marié avec mon mari Nicolas depuis 2022"),
 ("genetic_biometric", "J'ai la fièvre méditerranéenne familiale (FMF) génétique"),
 ("health", "traitée par colchicine"),
 ("political_opinion", "J'ai voté CHP et je soutiens l'opposition laïque en Turquie"),
],
keep=["Ingénieur qualité fournisseurs — Automobile", "APQP / PPAP, 8D, AMDEC, IATF 16949, audits process VDA 6.3, Minitab",
      "Ingénieur qualité fournisseurs (SQE), Mercedes-Benz Molsheim (via Alten)", "portefeuille de 25 fournisseurs (plasturgie, câblage), réduction des PPM de 40 %",
      "Kalite Mühendisi (ingénieur qualité), Oyak-Renault, Bursa", "Service militaire — lieutenant de réserve, Commandement logistique, Ankara",
      "Lisans (licence 4 ans) en génie industriel — Université technique d'Istanbul (İTÜ)", "Master Management de la qualité — Université de Strasbourg"],
contact=["Emre YILDIRIM", "67000 Strasbourg", "06 45 82 30 17", "emre.yildirim.quality@gmail.com", "linkedin.com/in/emreyildirim-sqe"],
),

# 034 Taïwanaise, chercheuse postdoctorale, Lausanne
dict(text="""
Dr LIN Yu-Ting (林昱婷)
Chercheuse postdoctorale — Neurosciences computationnelles
1007 Lausanne · +41 76 551 08 23 · yuting.lin@epfl-example.ch · orcid.org/0000-0002-4417-9035

Thèmes de recherche
Modèles de réseaux neuronaux du cortex somatosensoriel ; apprentissage par renforcement ; analyse de données d'électrophysiologie à grande échelle.

Parcours
2021 – présent  Postdoctorante, Brain Mind Institute, EPFL (laboratoire du Prof. W. Gerstner)
   – modèles de plasticité synaptique à trois facteurs, simulations sur GPU (PyTorch, Brian2)
   – co-encadrement de 2 doctorants et de projets de master
2016 – 2021  Doctorat en neurosciences, National Taiwan University, Taipei
   – thèse : « Codage de la récompense dans le striatum du rongeur »
2019  Séjour de recherche (6 mois), Gatsby Computational Neuroscience Unit, Londres

Publications choisies
Lin Y.-T. et al. (2023) « Three-factor learning in spiking networks », PLOS Computational Biology
Lin Y.-T., Chen C. (2020) « Striatal reward signals », Journal of Neuroscience

Financements
Bourse postdoctorale Swiss Government Excellence Scholarship (2021–2023)
Taiwan MOST Graduate Students Study Abroad Program (2019)

Enseignement
Assistante du cours « Computational Neuroscience: Neuronal Dynamics » (EPFL, 2022, 2023)

Divers
Née en 1990. Je vis à Lausanne avec ma compagne Mei, nous sommes mariées depuis 2019 (Taïwan).
Langues : mandarin, taïwanais, anglais (C2), français (B1)
""",
sensitive=[
 ("date_of_birth_age", "Née en 1990"),
 ("sexual_orientation", "Je vis à Lausanne avec ma compagne Mei, nous sommes mariées depuis 2019 (Taïwan)"),
],
keep=["Chercheuse postdoctorale — Neurosciences computationnelles", "Postdoctorante, Brain Mind Institute, EPFL",
      "modèles de plasticité synaptique à trois facteurs, simulations sur GPU (PyTorch, Brian2)",
      "Doctorat en neurosciences, National Taiwan University, Taipei", "« Codage de la récompense dans le striatum du rongeur »",
      "« Three-factor learning in spiking networks », PLOS Computational Biology", "Swiss Government Excellence Scholarship",
      "« Computational Neuroscience: Neuronal Dynamics »"],
contact=["Dr LIN Yu-Ting (林昱婷)", "1007 Lausanne", "+41 76 551 08 23", "yuting.lin@epfl-example.ch", "orcid.org/0000-0002-4417-9035"],
),

# 035 Polonais, ingénieur génie climatique, Luxembourg — aucune mention sensible
dict(text="""
Piotr WÓJCIK — Ingénieur génie climatique (CVC)
Esch-sur-Alzette, Luxembourg | +352 691 805 447 | piotr.wojcik.hvac@gmail.com

PROFIL
Ingénieur CVC avec 13 ans d'expérience en conception et suivi de chantier de bâtiments tertiaires et hospitaliers. Je travaille en BIM (Revit MEP), je suis à l'aise avec la réglementation luxembourgeoise sur la performance énergétique (certificats de performance énergétique).

EXPÉRIENCE
2017 – aujourd'hui — Ingénieur projet CVC, Goblet Lavandier & Associés, Junglinster
  • conception CVC du Centre hospitalier de Luxembourg (nouveau bâtiment Sud), 45 000 m²
  • dimensionnement des centrales de traitement d'air, salles blanches, pompes à chaleur
  • suivi de chantier et réception des installations
2013 – 2017 — Ingénieur études, Schroeder & Associés, Luxembourg
2010 – 2013 — Projektant instalacji sanitarnych (projeteur plomberie/CVC), Mostostal Warszawa

FORMATION
Magister inżynier (master ingénieur) en génie de l'environnement — Politechnika Warszawska, 2010
Certificat « Conseiller en énergie » — Chambre des Métiers Luxembourg, 2016

LOGICIELS
Revit MEP, AutoCAD, Dialux, IDA ICE, Excel VBA

LANGUES
Polonais (maternelle), français (C1), anglais (C1), allemand (B2), luxembourgeois (A2)

LOISIRS
Course à pied (marathon de Luxembourg 2023), échecs en club à Esch.
""",
sensitive=[],
keep=["Ingénieur génie climatique (CVC)", "Ingénieur projet CVC, Goblet Lavandier & Associés, Junglinster",
      "conception CVC du Centre hospitalier de Luxembourg (nouveau bâtiment Sud), 45 000 m²",
      "dimensionnement des centrales de traitement d'air, salles blanches, pompes à chaleur", "Ingénieur études, Schroeder & Associés, Luxembourg",
      "Projektant instalacji sanitarnych (projeteur plomberie/CVC), Mostostal Warszawa",
      "Magister inżynier (master ingénieur) en génie de l'environnement — Politechnika Warszawska", "Revit MEP, AutoCAD, Dialux, IDA ICE, Excel VBA"],
contact=["Piotr WÓJCIK", "Esch-sur-Alzette, Luxembourg", "+352 691 805 447", "piotr.wojcik.hvac@gmail.com"],
),

# 036 Vénézuélien, infirmier, Québec (Sherbrooke)
dict(text="""
Luis Alberto GONZÁLEZ RIVAS
Infirmier clinicien — Soins critiques
Sherbrooke, QC J1H 4A9 · 819 555-0140 · luis.gonzalez.inf@gmail.com

Sommaire
Infirmier formé au Venezuela (Licenciado en Enfermería), permis de l'OIIQ obtenu en 2021 après le programme d'intégration. 12 ans d'expérience, surtout en soins intensifs adultes et en urgence.

Expérience
2021 – maintenant : Infirmier clinicien, soins intensifs, CHUS Fleurimont (CIUSSS de l'Estrie)
   ◦ patients ventilés, ECMO (formation 2022), accès vasculaires, protocole hypothermie
   ◦ préceptorat des nouvelles infirmières
   ◦ je suis délégué syndical FIQ pour mon unité depuis 2023
2019 – 2021 : Préposé aux bénéficiaires, CHSLD Saint-Joseph, Sherbrooke (en attendant mon permis)
2009 – 2018 : Enfermero (infirmier) UCI, Hospital Universitario de Caracas

Formation
Licenciatura en Enfermería — Universidad Central de Venezuela (UCV), 2008
Programme d'intégration professionnelle (DEC-Bac, 45 crédits) — Cégep de Sherbrooke, 2021
ACLS, PALS, certificat en soins critiques (UdeS)

Données personnelles
Né le 30.10.1984
Je suis arrivé au Canada comme demandeur d'asile en 2018 ; j'étais opposant au gouvernement de Maduro et j'ai été détenu 2 semaines par la police politique en 2017 après une manifestation.
Je suis gai et je vis avec mon conjoint de fait, François.
En 2023 j'ai eu un arrêt de travail de 3 mois pour épuisement professionnel.
""",
sensitive=[
 ("trade_union", "je suis délégué syndical FIQ pour mon unité depuis 2023"),
 ("date_of_birth_age", "Né le 30.10.1984"),
 ("ethnic_origin", "Je suis arrivé au Canada comme demandeur d'asile en 2018"),
 ("political_opinion", "j'étais opposant au gouvernement de Maduro"),
 ("criminal_record", "j'ai été détenu 2 semaines par la police politique en 2017"),
 ("sexual_orientation", "Je suis gai et je vis avec mon conjoint de fait, François"),
 ("health", "En 2023 j'ai eu un arrêt de travail de 3 mois pour épuisement professionnel"),
],
keep=["Infirmier clinicien — Soins critiques", "Infirmier clinicien, soins intensifs, CHUS Fleurimont (CIUSSS de l'Estrie)",
      "patients ventilés, ECMO (formation 2022), accès vasculaires, protocole hypothermie", "Préposé aux bénéficiaires, CHSLD Saint-Joseph, Sherbrooke",
      "Enfermero (infirmier) UCI, Hospital Universitario de Caracas", "Licenciatura en Enfermería — Universidad Central de Venezuela (UCV)",
      "Programme d'intégration professionnelle (DEC-Bac, 45 crédits) — Cégep de Sherbrooke", "ACLS, PALS, certificat en soins critiques (UdeS)"],
contact=["Luis Alberto GONZÁLEZ RIVAS", "Sherbrooke, QC J1H 4A9", "819 555-0140", "luis.gonzalez.inf@gmail.com"],
),

# 037 Indien (hindi), chef de projet SAP, Paris La Défense
dict(text="""
CURRICULUM VITAE

Rajesh Kumar SRIVASTAVA
Chef de projet SAP / Consultant SAP FI-CO senior
92400 Courbevoie · 07 49 20 63 18 · rajesh.srivastava.sap@gmail.com

OBJECTIF DE CARRIÈRE
Obtenir un poste de chef de projet SAP S/4HANA dans une organisation réputée où je pourrai utiliser mes compétences pour la croissance de l'entreprise et de moi-même.

EXPÉRIENCE PROFESSIONNELLE
Capgemini France, La Défense — Chef de projet SAP FI-CO (2019 – à ce jour)
 ★ migration S/4HANA Finance pour un groupe de luxe (12 sociétés, 8 pays)
 ★ équipe de 9 consultants (offshore Bangalore + Paris)
Tata Consultancy Services (TCS), Noida et Paris — Consultant SAP FI-CO (2011 – 2019)
 ★ clients : Société Générale, Air Liquide, Tata Steel
 ★ 3 déploiements complets (blueprint → go-live → hypercare)

FORMATION
MBA (Finance) — Institute of Management Technology (IMT), Ghaziabad, 2011
B.Com (Hons) — Université de Lucknow, 2009
Certification SAP S/4HANA Financial Accounting (C_TS4FI), PMP

DÉTAILS PERSONNELS
Nom du père : Shri Ram Prakash Srivastava
Date de naissance : 15/08/1987
Religion : hindoue
Caste : Kayastha
Groupe sanguin : AB+
Statut marital : marié (épouse Pooja), 1 fille
Titre de séjour : carte de séjour pluriannuelle « passeport talent »
Je suis membre de l'Overseas Friends of BJP (section France).

DÉCLARATION
Je déclare que les informations ci-dessus sont vraies au meilleur de ma connaissance.
Lieu : Paris                                    (Rajesh K. Srivastava)
""",
sensitive=[
 ("date_of_birth_age", "Date de naissance : 15/08/1987"),
 ("religious_belief", "Religion : hindoue"),
 ("ethnic_origin", "Caste : Kayastha"),
 ("genetic_biometric", "Groupe sanguin : AB+"),
 ("family_status", "Statut marital : marié (épouse Pooja), 1 fille"),
 ("ethnic_origin", "Titre de séjour : carte de séjour pluriannuelle « passeport talent »"),
 ("political_opinion", "Je suis membre de l'Overseas Friends of BJP (section France)"),
],
keep=["Chef de projet SAP / Consultant SAP FI-CO senior", "Capgemini France, La Défense — Chef de projet SAP FI-CO",
      "migration S/4HANA Finance pour un groupe de luxe (12 sociétés, 8 pays)", "Tata Consultancy Services (TCS), Noida et Paris — Consultant SAP FI-CO",
      "MBA (Finance) — Institute of Management Technology (IMT), Ghaziabad", "B.Com (Hons) — Université de Lucknow",
      "Certification SAP S/4HANA Financial Accounting (C_TS4FI), PMP"],
contact=["Rajesh Kumar SRIVASTAVA", "92400 Courbevoie", "07 49 20 63 18", "rajesh.srivastava.sap@gmail.com",
         "Shri Ram Prakash Srivastava", "(Rajesh K. Srivastava)"],
),

# 038 Marocaine, juriste-interprète, Luxembourg
dict(text="""
Salma BENJELLOUN
Juriste — Interprète assermentée arabe / français / anglais
Luxembourg-Bonnevoie · +352 621 509 376 · salma.benjelloun.juriste@gmail.com

Profil
Juriste de formation (droit public et droits de l'homme) et interprète assermentée près la Cour supérieure de justice. 8 ans d'expérience dans le droit des étrangers et l'interprétation judiciaire.

Expérience
2019 – aujourd'hui : Interprète et traductrice assermentée (indépendante), Luxembourg
  – interprétation aux entretiens de demande de protection internationale (Direction de l'immigration)
  – interprète aux audiences pénales du tribunal d'arrondissement (affaires de stupéfiants, traite des êtres humains)
  – traduction d'actes d'état civil, jugements de divorce et certificats médicaux
2016 – 2019 : Juriste, Passerell asbl (aide juridique aux demandeurs d'asile)
  – préparation des recours devant le tribunal administratif, 120 dossiers par an
2014 – 2016 : Chargée de mission, Conseil national des droits de l'homme (CNDH), Rabat

Formation
Master 2 Droits de l'homme et droit humanitaire — Université Paris II Panthéon-Assas, 2014
Licence en droit public (langue française) — Université Mohammed V, Rabat, 2012
Assermentation comme interprète — Ministère de la Justice du Luxembourg, 2019

Langues : arabe (darija et classique), français, anglais (C2), luxembourgeois (A2), espagnol (B1)

Infos personnelles
Âge : 34 ans
Je porte le foulard (musulmane pratiquante) ; cela n'a jamais été un problème avec les juridictions.
Je suis enceinte de mon deuxième enfant (naissance prévue en mars) et je souhaiterais reprendre à 80 % ensuite.
Casier judiciaire luxembourgeois (bulletin n°3) vierge.
J'ai une endométriose, qui me donne quelques jours difficiles par mois.
""",
sensitive=[
 ("date_of_birth_age", "Âge : 34 ans"),
 ("religious_belief", "Je porte le foulard (musulmane pratiquante)"),
 ("family_status", "Je suis enceinte de mon deuxième enfant (naissance prévue en mars)"),
 ("criminal_record", "Casier judiciaire luxembourgeois (bulletin n°3) vierge"),
 ("health", "J'ai une endométriose"),
],
keep=["Juriste — Interprète assermentée arabe / français / anglais",
      "interprétation aux entretiens de demande de protection internationale (Direction de l'immigration)",
      "interprète aux audiences pénales du tribunal d'arrondissement (affaires de stupéfiants, traite des êtres humains)",
      "traduction d'actes d'état civil, jugements de divorce et certificats médicaux", "Juriste, Passerell asbl (aide juridique aux demandeurs d'asile)",
      "Chargée de mission, Conseil national des droits de l'homme (CNDH), Rabat",
      "Master 2 Droits de l'homme et droit humanitaire — Université Paris II Panthéon-Assas", "Licence en droit public (langue française) — Université Mohammed V, Rabat"],
contact=["Salma BENJELLOUN", "Luxembourg-Bonnevoie", "+352 621 509 376", "salma.benjelloun.juriste@gmail.com"],
),

# 039 Ukrainien, soudeur, Bretagne (Saint-Nazaire)
dict(text="""
Andriy MELNYK
Soudeur-tuyauteur naval
44600 Saint-Nazaire · 07 53 84 21 90 · andriy.melnyk.soudure@ukr.net

Qui je suis
Soudeur avec 16 ans d'expérience dans la construction navale à Mykolaïv (Ukraine) et maintenant aux Chantiers de l'Atlantique. Je soude en toutes positions, acier et inox. Je suis en France depuis 2023 avec la protection temporaire ; à la préfecture on a pris mes empreintes et ma photo pour l'autorisation provisoire de séjour.

Expérience
2023 – maintenant : Soudeur-tuyauteur (intérim puis CDI), Chantiers de l'Atlantique (sous-traitant Endel), Saint-Nazaire
  – tuyauterie inox sur paquebots (Celebrity, MSC), soudage TIG 141 et semi-auto 136
  – je suis syndiqué à la CGT métallurgie depuis janvier 2024
2005 – 2022 : Електрозварник (soudeur électrique), Chantier naval Okean, Mykolaïv
  – coques et blocs de cargos et patrouilleurs, chef de brigade de 6 soudeurs (2016–2022)

Formation
Lycée professionnel n°19 de Mykolaïv — qualification « soudeur électrique et au gaz », 2004
Qualifications EN ISO 9606-1 (141, 136) obtenues en France, 2023
Cours de français FLE — OFII (contrat d'intégration républicaine), niveau A2

État civil
Date de naissance : 02.02.1984
Marié, ma femme et mon fils sont avec moi ; ma fille est restée à Kyiv avec sa grand-mère.

Santé
Mobilisé en 2022, j'ai été blessé par éclat à la jambe gauche (démobilisé). Je marche normalement, pas de restriction pour le poste selon la médecine du travail.
""",
sensitive=[
 ("ethnic_origin", "Je suis en France depuis 2023 avec la protection temporaire"),
 ("genetic_biometric", "à la préfecture on a pris mes empreintes et ma photo pour l'autorisation provisoire de séjour"),
 ("trade_union", "je suis syndiqué à la CGT métallurgie depuis janvier 2024"),
 ("date_of_birth_age", "Date de naissance : 02.02.1984"),
 ("family_status", "Marié, ma femme et mon fils sont avec moi ; ma fille est restée à Kyiv avec sa grand-mère"),
 ("health", "j'ai été blessé par éclat à la jambe gauche (démobilisé)"),
],
keep=["Soudeur-tuyauteur naval", "Chantiers de l'Atlantique (sous-traitant Endel), Saint-Nazaire",
      "tuyauterie inox sur paquebots (Celebrity, MSC), soudage TIG 141 et semi-auto 136",
      "Електрозварник (soudeur électrique), Chantier naval Okean, Mykolaïv", "chef de brigade de 6 soudeurs",
      "Qualifications EN ISO 9606-1 (141, 136) obtenues en France", "pas de restriction pour le poste selon la médecine du travail"],
contact=["Andriy MELNYK", "44600 Saint-Nazaire", "07 53 84 21 90", "andriy.melnyk.soudure@ukr.net"],
),

# 040 Roumaine, assistante en soins, Neuchâtel
dict(text="""
Mihaela CONSTANTINESCU
Assistante en soins et santé communautaire (ASSC) — EMS / psychogériatrie
Rue des Parcs 118, 2000 Neuchâtel · 078 912 34 07 · mihaela.constantinescu.assc@gmail.com

Mon parcours en quelques mots
Je suis venue en Suisse en 2013 comme auxiliaire de santé, j'ai fait mon CFC d'ASSC en cours d'emploi. J'aime le travail avec les personnes âgées désorientées et je suis référente pour les familles.

Expériences
2016 – aujourd'hui : ASSC, Home médicalisé Les Charmettes, Neuchâtel — unité de psychogériatrie (24 résidents)
  • soins, médicaments, contrôles des paramètres, plans de soins (logiciel Easydoc)
  • animation d'un atelier « mémoire et musique » le jeudi
  • membre du SSP (Syndicat des services publics), je suis dans le comité du secteur santé
2013 – 2016 : Auxiliaire de santé CRS, Fondation Les Perce-Neige, Les Hauts-Geneveys
2008 – 2012 : Infirmieră (aide-infirmière), Spitalul Clinic Județean Craiova

Formation
CFC Assistante en soins et santé communautaire (art. 32), CPNE Pierre-Coullery, 2016
Certificat d'auxiliaire de santé Croix-Rouge suisse, 2013
Școala Postliceală Sanitară Craiova, 2008

Langues : roumain (maternelle), français (C1), italien (B1), allemand (A2)

Personnel
Née le 23.05.1987, permis C.
Religion : orthodoxe.
Je vis avec ma compagne Sandrine à Neuchâtel.
Mon père a la maladie de Huntington ; j'ai fait le test génétique en 2020 à Lausanne et il est négatif.
""",
sensitive=[
 ("trade_union", "membre du SSP (Syndicat des services publics), je suis dans le comité du secteur santé"),
 ("date_of_birth_age", "Née le 23.05.1987"),
 ("ethnic_origin", "permis C"),
 ("religious_belief", "Religion : orthodoxe"),
 ("sexual_orientation", "Je vis avec ma compagne Sandrine à Neuchâtel"),
 ("genetic_biometric", "Mon père a la maladie de Huntington ; j'ai fait le test génétique en 2020 à Lausanne et il est négatif"),
],
keep=["Assistante en soins et santé communautaire (ASSC) — EMS / psychogériatrie",
      "ASSC, Home médicalisé Les Charmettes, Neuchâtel — unité de psychogériatrie (24 résidents)",
      "soins, médicaments, contrôles des paramètres, plans de soins (logiciel Easydoc)", "animation d'un atelier « mémoire et musique » le jeudi",
      "Auxiliaire de santé CRS, Fondation Les Perce-Neige, Les Hauts-Geneveys", "Infirmieră (aide-infirmière), Spitalul Clinic Județean Craiova",
      "CFC Assistante en soins et santé communautaire (art. 32), CPNE Pierre-Coullery"],
contact=["Mihaela CONSTANTINESCU", "Rue des Parcs 118, 2000 Neuchâtel", "078 912 34 07", "mihaela.constantinescu.assc@gmail.com"],
),
]
