CVS = [
dict(id="office-fr-021", text="""
[Photo]

Jean-Baptiste LACOMBE
Attaché commercial terrain – mobilier et équipement des collectivités
23 allée des Pins, 33600 Pessac · 06 07 58 41 92 · jb.lacombe33@laposte.net

Né le 23/04/1980 (45 ans) · Marié, quatre enfants · Permis B, véhiculé

PROFIL
Commercial terrain depuis vingt ans en Nouvelle-Aquitaine. Je vends du mobilier, de la sonorisation et de l'équipement aux mairies, aux écoles, aux paroisses et aux maisons de retraite. J'aime la route, les rendez-vous en direct et les appels d'offres bien ficelés.

EXPÉRIENCE
2014 – aujourd'hui · Attaché commercial, Mobilier Collectivités Sud-Ouest (Mérignac)
– Secteur Gironde, Landes, Dordogne : 450 clients actifs
– Ventes aux paroisses et congrégations religieuses (bancs, sonorisation, chauffage d'églises) : 30 % du CA
– CA personnel 2,3 M€ en 2025 (+12 %)
– Réponse à 40 marchés publics par an

2006 – 2014 · Technico-commercial, Manutan Collectivités

FORMATION
BTS Négociation et relation client (2002), lycée Gustave Eiffel, Bordeaux

CENTRES D'INTÉRÊT
Diacre permanent du diocèse de Bordeaux depuis 2019 (préparation au baptême et au mariage).
Rugby à XV (vétérans de l'US Pessac), pêche au lac de Lacanau.
Adhérent du Rassemblement national depuis 2022, circonscription de Pessac.

INFORMATION
Opéré d'une hernie discale en 2023 : je conduis toujours mes 40 000 km par an, avec pauses régulières.
""",
sensitive=[
    ("date_of_birth_age", "Né le 23/04/1980 (45 ans)"),
    ("family_status", "Marié, quatre enfants"),
    ("religious_belief", "Diacre permanent du diocèse de Bordeaux depuis 2019 (préparation au baptême et au mariage)."),
    ("political_opinion", "Adhérent du Rassemblement national depuis 2022, circonscription de Pessac."),
    ("health", "Opéré d'une hernie discale en 2023"),
],
keep=["Attaché commercial terrain – mobilier et équipement des collectivités", "Attaché commercial, Mobilier Collectivités Sud-Ouest (Mérignac)",
      "Ventes aux paroisses et congrégations religieuses (bancs, sonorisation, chauffage d'églises) : 30 % du CA", "CA personnel 2,3 M€ en 2025 (+12 %)",
      "Technico-commercial, Manutan Collectivités", "BTS Négociation et relation client (2002), lycée Gustave Eiffel, Bordeaux"],
contact=["Jean-Baptiste LACOMBE", "23 allée des Pins, 33600 Pessac", "06 07 58 41 92", "jb.lacombe33@laposte.net"],
),

dict(id="office-fr-022", text="""
Mélanie Ottawa-Dubé
Gestionnaire de projets — TI et transformation
Trois-Rivières (Québec) · 819 555-0133 · melanie.ottawa.dube@gmail.com

PROFIL
Gestionnaire de projets certifiée PMP, dix ans en TI dans le secteur public et coopératif. J'ai grandi à Wemotaci : je suis Atikamekw, membre de la Nation Atikamekw de Wemotaci, et je parle atikamekw et français.

EXPÉRIENCE
Desjardins — Gestionnaire de projets, Transformation numérique (2020 à aujourd'hui)
– Migration de 1 200 postes vers Windows 11 et Intune en 11 mois
– Gestion d'un portefeuille de 6 projets (budget total 9 M$)
– Animation des comités de pilotage et rapports au bureau de projet

Hydro-Québec — Analyste d'affaires (2016 à 2020)
– Analyse des besoins pour le système de gestion des interventions terrain

FORMATION
Baccalauréat en administration des affaires, UQTR (2015)
Project Management Professional (PMP), 2019
Certification SAFe 6 Agilist (2023)

IMPLICATION
Ancienne représentante syndicale (SEPB-Québec) chez Hydro-Québec, 2018-2020.
Bénévole au Parti Québécois dans Trois-Rivières aux élections de 2022.

PERSONNEL
Mon conjoint, Mathieu, et moi avons quitté Montréal en 2021 pour revenir près de ma famille.
Suspension du casier accordée en 2017 pour une condamnation de 2011 (vol à l'étalage).
""",
sensitive=[
    ("ethnic_origin", "je suis Atikamekw, membre de la Nation Atikamekw de Wemotaci"),
    ("trade_union", "Ancienne représentante syndicale (SEPB-Québec) chez Hydro-Québec, 2018-2020."),
    ("political_opinion", "Bénévole au Parti Québécois dans Trois-Rivières aux élections de 2022."),
    ("family_status", "Mon conjoint, Mathieu,"),
    ("criminal_record", "Suspension du casier accordée en 2017 pour une condamnation de 2011 (vol à l'étalage)."),
],
keep=["Gestionnaire de projets — TI et transformation", "Desjardins — Gestionnaire de projets, Transformation numérique",
      "Migration de 1 200 postes vers Windows 11 et Intune en 11 mois", "Hydro-Québec — Analyste d'affaires",
      "Baccalauréat en administration des affaires, UQTR (2015)", "Project Management Professional (PMP), 2019", "Certification SAFe 6 Agilist (2023)"],
contact=["Mélanie Ottawa-Dubé", "Trois-Rivières (Québec)", "819 555-0133", "melanie.ottawa.dube@gmail.com"],
),

dict(id="office-fr-023", text="""
CURRICULUM VITAE

Hamza IDRISSI
Comptable – Chef de mission junior
Hay Riad, Rabat · 06 70 33 81 24 · hamza.idrissi.cpt@gmail.com

Date de naissance : 11/12/1991 (34 ans)
Situation familiale : marié, un enfant
Nationalité : marocaine

FORMATION
2016 : Master Comptabilité, Contrôle, Audit (CCA), ENCG Kénitra
2019 : Diplôme national d'expert-comptable – cycle en cours (ISCAE)

EXPÉRIENCE PROFESSIONNELLE
Depuis 2020 — Chef de mission junior, Mazars Audit et Conseil, Rabat
• Audit légal de sociétés industrielles, d'établissements publics et d'une mutuelle
• Commissariat aux comptes de deux associations caritatives et d'une fondation religieuse (habous)
• Encadrement de 3 auditeurs

2016 – 2020 — Comptable, Fiduciaire Al Maghrib, Salé
• Tenue de 40 dossiers, déclarations fiscales (IS, IR, TVA), déclarations CNSS

COMPÉTENCES
Normes marocaines (CGNC), IFRS, Sage, Excel avancé, Power BI

LANGUES
Arabe, français, anglais

ACTIVITÉS
Membre de la jeunesse ittihadie (USFP) à Rabat depuis l'université.
Adhérent de la CDT à la fiduciaire, jusqu'en 2020.
Don de sang régulier (thalassémie mineure découverte lors d'un bilan : je suis porteur hétérozygote).
""",
sensitive=[
    ("date_of_birth_age", "Date de naissance : 11/12/1991 (34 ans)"),
    ("family_status", "Situation familiale : marié, un enfant"),
    ("political_opinion", "Membre de la jeunesse ittihadie (USFP) à Rabat depuis l'université."),
    ("trade_union", "Adhérent de la CDT à la fiduciaire, jusqu'en 2020."),
    ("genetic_biometric", "thalassémie mineure découverte lors d'un bilan : je suis porteur hétérozygote"),
],
keep=["Comptable – Chef de mission junior", "Chef de mission junior, Mazars Audit et Conseil, Rabat",
      "Commissariat aux comptes de deux associations caritatives et d'une fondation religieuse (habous)",
      "Fiduciaire Al Maghrib", "Master Comptabilité, Contrôle, Audit (CCA), ENCG Kénitra",
      "Normes marocaines (CGNC), IFRS"],
contact=["Hamza IDRISSI", "Hay Riad, Rabat", "06 70 33 81 24", "hamza.idrissi.cpt@gmail.com"],
),

dict(id="office-fr-024", text="""
Leïla MANSOURI
Responsable ressources humaines
Cité El Ghazala, Ariana · +216 55 210 874 · leila.mansouri.rh@gmail.com

Date de naissance : 1983 · Mariée, 1 enfant

PROFIL
Quinze ans de RH dans l'industrie textile et électrique tunisienne : relations sociales, paie, recrutement et formation. Je sais tenir une négociation salariale et garder la confiance des équipes.

EXPÉRIENCE
Depuis 2017 : Responsable RH, Câbleries du Cap Bon (1 100 salariés), Nabeul
- Négociations salariales annuelles avec le syndicat de base UGTT (côté direction)
- Gestion de la paie et des déclarations CNSS
- Mise en place du plan de formation financé par la TFP (taxe de formation professionnelle)
- Réduction de l'absentéisme de 9 % à 5,5 %

2010 – 2017 : Chargée RH, Benetton Tunisie (Sahline)

FORMATION
Mastère en gestion des ressources humaines, ISG Tunis (2008)

LANGUES
Arabe, français, anglais, italien (notions)

INFORMATIONS COMPLÉMENTAIRES
J'ai pris un congé sans solde en 2019 pour accomplir le pèlerinage du Hajj avec ma mère.
Épileptique, stabilisée sous traitement depuis 2012 ; aucune crise depuis dix ans.
Test génétique réalisé pendant ma grossesse : je suis porteuse d'une mutation de la bêta-thalassémie, comme mon mari.
""",
sensitive=[
    ("date_of_birth_age", "Date de naissance : 1983"),
    ("family_status", "Mariée, 1 enfant"),
    ("religious_belief", "J'ai pris un congé sans solde en 2019 pour accomplir le pèlerinage du Hajj avec ma mère."),
    ("health", "Épileptique, stabilisée sous traitement depuis 2012 ; aucune crise depuis dix ans."),
    ("genetic_biometric", "Test génétique réalisé pendant ma grossesse : je suis porteuse d'une mutation de la bêta-thalassémie, comme mon mari."),
],
keep=["Responsable ressources humaines", "Responsable RH, Câbleries du Cap Bon (1 100 salariés), Nabeul",
      "Négociations salariales annuelles avec le syndicat de base UGTT (côté direction)", "Gestion de la paie et des déclarations CNSS",
      "Mise en place du plan de formation financé par la TFP (taxe de formation professionnelle)", "Benetton Tunisie",
      "Mastère en gestion des ressources humaines, ISG Tunis (2008)"],
contact=["Leïla MANSOURI", "Cité El Ghazala, Ariana", "+216 55 210 874", "leila.mansouri.rh@gmail.com"],
),

dict(id="office-fr-025", text="""
OUÉDRAOGO Boukary Arnaud
Chargé de clientèle entreprises — banque
Angré Château, Cocody, Abidjan · +225 07 48 90 21 66 · arnaud.ouedraogo@gmail.com

Né le 01/01/1987 à Ouagadougou
Nationalité : burkinabè (carte de résident en Côte d'Ivoire depuis 2009)

RÉSUMÉ
Banquier d'affaires PME avec douze ans d'expérience à Abidjan. Montage de crédits de campagne (cacao, anacarde), crédits d'investissement et garanties. Connaissance fine du tissu des PME ivoiriennes et burkinabè.

EXPÉRIENCE
Ecobank Côte d'Ivoire — Chargé de clientèle entreprises (2018 – aujourd'hui)
• Portefeuille de 85 PME, encours de 34 milliards FCFA
• Montage du financement de campagne d'un exportateur d'anacarde (6 milliards FCFA)
• Taux de créances en souffrance maintenu sous 4 %

NSIA Banque — Analyste crédit (2013 – 2018)

FORMATION
Master Banque et Finance, CESAG Dakar (2012)
Certificat Crédit PME, Centre de formation de la profession bancaire (BCEAO), 2016

VIE ASSOCIATIVE ET PERSONNELLE
Pasteur adjoint à l'Église des Assemblées de Dieu de Cocody-Angré, responsable de la jeunesse.
J'ai été militant du PPA-CI et, pendant la crise de 2011, j'ai été détenu quatre mois à la MACA sans jugement avant d'être libéré.

RÉFÉRENCES
M. Didier Aka, Directeur Entreprises, Ecobank CI — 07 08 33 14 20
""",
sensitive=[
    ("date_of_birth_age", "Né le 01/01/1987"),
    ("ethnic_origin", "à Ouagadougou"),
    ("ethnic_origin", "Nationalité : burkinabè (carte de résident en Côte d'Ivoire depuis 2009)"),
    ("religious_belief", "Pasteur adjoint à l'Église des Assemblées de Dieu de Cocody-Angré, responsable de la jeunesse."),
    ("political_opinion", "J'ai été militant du PPA-CI"),
    ("criminal_record", "j'ai été détenu quatre mois à la MACA sans jugement avant d'être libéré"),
],
keep=["Chargé de clientèle entreprises — banque", "Ecobank Côte d'Ivoire — Chargé de clientèle entreprises", "Portefeuille de 85 PME, encours de 34 milliards FCFA",
      "Montage du financement de campagne d'un exportateur d'anacarde (6 milliards FCFA)", "NSIA Banque — Analyste crédit",
      "Master Banque et Finance, CESAG Dakar (2012)", "Certificat Crédit PME, Centre de formation de la profession bancaire (BCEAO), 2016"],
contact=["OUÉDRAOGO Boukary Arnaud", "Angré Château, Cocody, Abidjan", "+225 07 48 90 21 66", "arnaud.ouedraogo@gmail.com", "M. Didier Aka", "07 08 33 14 20"],
),

dict(id="office-fr-026", text="""
Nadia BOUKHARI
Assistante administrative et commerciale
59000 Lille · 07 68 21 45 93 · nadia.boukhari59@gmail.com

Situation : mère célibataire d'un garçon de 9 ans, que j'élève en garde alternée avec mon ex-compagne, Léa · 33 ans · Permis B

PROFIL
Assistante polyvalente depuis dix ans dans le négoce et les services. Accueil, devis, facturation, relances : je fais tourner le bureau. Je suis malentendante appareillée (reconnaissance RQTH) et très à l'aise à l'écrit et en visio sous-titrée.

EXPÉRIENCE
2019 – aujourd'hui | Assistante commerciale, Leroy Merlin Pro (siège, Lezennes)
• Saisie et suivi de 250 devis par mois pour les artisans
• Gestion des litiges de livraison avec les transporteurs
• Élue suppléante au CSE sur la liste Force Ouvrière depuis 2023

2015 – 2019 | Assistante administrative, Adecco, agence de Roubaix
• Contrats de mission, relevés d'heures, accueil des intérimaires

FORMATION
BTS Support à l'action managériale, lycée Baggio, Lille (2015)
Certification Voltaire (score 840)

INFORMATIONS COMPLÉMENTAIRES
Fille de harkis, j'ai grandi au camp de Bias avant que mes parents ne s'installent dans le Nord.
Ma surdité est d'origine génétique (mutation de la connexine 26, confirmée par test en 2016).

CENTRES D'INTÉRÊT
Théâtre amateur, course à pied, brocantes.
""",
sensitive=[
    ("family_status", "mère célibataire d'un garçon de 9 ans"),
    ("sexual_orientation", "mon ex-compagne, Léa"),
    ("date_of_birth_age", "33 ans"),
    ("health", "Je suis malentendante appareillée (reconnaissance RQTH)"),
    ("trade_union", "Élue suppléante au CSE sur la liste Force Ouvrière depuis 2023"),
    ("ethnic_origin", "Fille de harkis, j'ai grandi au camp de Bias"),
    ("genetic_biometric", "Ma surdité est d'origine génétique (mutation de la connexine 26, confirmée par test en 2016)."),
],
keep=["Assistante administrative et commerciale", "Assistante commerciale, Leroy Merlin Pro (siège, Lezennes)",
      "Saisie et suivi de 250 devis par mois pour les artisans", "Gestion des litiges de livraison avec les transporteurs",
      "Assistante administrative, Adecco, agence de Roubaix", "BTS Support à l'action managériale, lycée Baggio, Lille (2015)",
      "Certification Voltaire (score 840)"],
contact=["Nadia BOUKHARI", "59000 Lille", "07 68 21 45 93", "nadia.boukhari59@gmail.com"],
),

dict(id="office-fr-027", text="""
Michel VANDERSTEEN
Agent immobilier agréé IPI
Chaussée de Waterloo 540, 1050 Ixelles · 0475 20 88 13 · michel@vandersteen-immo.be · www.vandersteen-immo.be

Informations personnelles
Né en 1968 · agréé IPI n° 503 218 · permis B

Parcours
Agent immobilier indépendant à Bruxelles depuis 2004, spécialisé en ventes résidentielles à Ixelles, Saint-Gilles et Forest. Environ 45 transactions par an. J'ai aussi commercialisé plusieurs biens d'ordres religieux : l'ancien couvent des Dominicaines de Forest (18 lots) et un presbytère à Saint-Gilles.

Expérience
2004 – aujourd'hui · Gérant, Vandersteen Immo SRL, Ixelles
– 45 ventes par an en moyenne, délai moyen de vente 62 jours
– Expertises pour notaires et successions
– Gestion locative d'un portefeuille de 110 biens

1995 – 2004 · Négociateur, Era Immobilier, Uccle

Formation
Graduat en immobilier, EPHEC (1995)
Stage IPI (2003) et formation permanente annuelle

Engagements
Membre du comité organisateur de la Belgian Pride depuis 2012 ; je défile chaque année avec l'association Rainbow Business.
Sympathisant Ecolo, j'ai été candidat sur leur liste communale à Ixelles en 2018.

Santé et divers
Séropositif depuis 1996, parfaitement suivi ; je le mentionne parce que j'en parle ouvertement.
Passé judiciaire : une peine de travail de 80 heures en 2009 pour coups et blessures (rixe).
Passionné de généalogie : mon test ADN 23andMe a confirmé la branche flamande et une surprise frisonne.
""",
sensitive=[
    ("date_of_birth_age", "Né en 1968"),
    ("sexual_orientation", "Membre du comité organisateur de la Belgian Pride depuis 2012 ; je défile chaque année avec l'association Rainbow Business."),
    ("political_opinion", "Sympathisant Ecolo, j'ai été candidat sur leur liste communale à Ixelles en 2018."),
    ("health", "Séropositif depuis 1996, parfaitement suivi"),
    ("criminal_record", "une peine de travail de 80 heures en 2009 pour coups et blessures (rixe)"),
    ("genetic_biometric", "mon test ADN 23andMe a confirmé la branche flamande et une surprise frisonne"),
],
keep=["Agent immobilier agréé IPI", "l'ancien couvent des Dominicaines de Forest (18 lots)", "Gérant, Vandersteen Immo SRL, Ixelles",
      "45 ventes par an en moyenne, délai moyen de vente 62 jours", "Expertises pour notaires et successions", "Era Immobilier",
      "Graduat en immobilier, EPHEC (1995)"],
contact=["Michel VANDERSTEEN", "Chaussée de Waterloo 540, 1050 Ixelles", "0475 20 88 13", "michel@vandersteen-immo.be", "www.vandersteen-immo.be", "503 218"],
),

dict(id="office-fr-028", text="""
Francesca BERNASCONI
Souscriptrice vie et prévoyance
Rue de Carouge 60, 1205 Genève
076 334 21 80 · f.bernasconi@bluewin.ch

Née le 28.02.1984 · Nationalité italienne, permis C · Permis de conduire B

PROFIL
Souscriptrice en assurance vie individuelle et prévoyance professionnelle depuis douze ans, en français et en italien. Je lis vite un dossier médical, je sais quand demander un rapport complémentaire et je motive mes décisions clairement pour les courtiers.

EXPÉRIENCE
Swiss Life, Genève — Souscriptrice senior (2018 – aujourd'hui)
· Souscription de risques médicaux en prévoyance : antécédents oncologiques, cardiaques et psychiatriques
· Limite de compétence : 3 MCHF de capital décès
· Élaboration du guide interne sur les tests génétiques et la LAGH (art. 28)

Helvetia, Lugano — Souscriptrice (2013 – 2018)

FORMATION
Laurea in Economia, Università della Svizzera italiana (2008)
Diplôme fédéral de spécialiste en assurance (2016)
Certificat de sélection des risques, Swiss Re Academy (2019)

À SAVOIR
Je suis porteuse du syndrome de Lynch (test en 2017, comme ma mère) et je fais une coloscopie de contrôle chaque année.
Membre de Syna depuis 2014.

LANGUES
Italien (maternelle), français (C2), allemand (B2), anglais (C1)
""",
sensitive=[
    ("date_of_birth_age", "Née le 28.02.1984"),
    ("ethnic_origin", "Nationalité italienne, permis C"),
    ("genetic_biometric", "Je suis porteuse du syndrome de Lynch (test en 2017, comme ma mère)"),
    ("health", "je fais une coloscopie de contrôle chaque année"),
    ("trade_union", "Membre de Syna depuis 2014."),
],
keep=["Souscriptrice vie et prévoyance", "Swiss Life, Genève — Souscriptrice senior",
      "Souscription de risques médicaux en prévoyance : antécédents oncologiques, cardiaques et psychiatriques",
      "Élaboration du guide interne sur les tests génétiques et la LAGH (art. 28)", "Helvetia, Lugano — Souscriptrice",
      "Diplôme fédéral de spécialiste en assurance (2016)", "Certificat de sélection des risques, Swiss Re Academy (2019)"],
contact=["Francesca BERNASCONI", "Rue de Carouge 60, 1205 Genève", "076 334 21 80", "f.bernasconi@bluewin.ch"],
),

dict(id="office-fr-029", text="""
Sophie LAMBERTY
HR Business Partner / Responsable RH
Strassen (Luxembourg) · +352 691 57 40 28 · sophie.lamberty.hr@gmail.com

Données personnelles
Née le 9 septembre 1986 à Arlon · nationalité belge · pacsée avec Claire depuis 2019

Profil
Responsable RH depuis onze ans dans la grande distribution et la logistique luxembourgeoise. Droit du travail luxembourgeois, délégations du personnel, conventions collectives : je connais le terrain.

Expérience
Cactus S.A., Windhof — HR Business Partner (2020 – aujourd'hui)
- Accompagnement de 1 200 collaborateurs (supermarchés et entrepôt)
- Négociation de la convention collective 2024-2027 avec l'OGBL et le LCGB (côté employeur)
- Gestion des élections sociales 2024 et des relations avec la délégation du personnel

CFL Multimodal, Bettembourg — Chargée RH (2015 – 2020)
- Recrutement et intégration des conducteurs et agents de quai

Formation
Master en gestion des ressources humaines, Université de Liège (2010)
Formation « Droit du travail luxembourgeois », Chambre de Commerce (2016)

Divers
Engagée chez déi gréng, section de Strassen, où je m'occupe des réseaux sociaux.
Mon casier luxembourgeois est vierge ; en Belgique, une condamnation avec sursis en 2007 pour usage de faux (étudiante), aujourd'hui effacée.
""",
sensitive=[
    ("date_of_birth_age", "Née le 9 septembre 1986 à Arlon"),
    ("ethnic_origin", "nationalité belge"),
    ("sexual_orientation", "pacsée avec Claire depuis 2019"),
    ("political_opinion", "Engagée chez déi gréng, section de Strassen, où je m'occupe des réseaux sociaux."),
    ("criminal_record", "en Belgique, une condamnation avec sursis en 2007 pour usage de faux (étudiante), aujourd'hui effacée"),
],
keep=["HR Business Partner / Responsable RH", "Cactus S.A., Windhof — HR Business Partner",
      "Négociation de la convention collective 2024-2027 avec l'OGBL et le LCGB (côté employeur)",
      "Gestion des élections sociales 2024 et des relations avec la délégation du personnel", "CFL Multimodal, Bettembourg — Chargée RH",
      "Master en gestion des ressources humaines, Université de Liège (2010)"],
contact=["Sophie LAMBERTY", "Strassen (Luxembourg)", "+352 691 57 40 28", "sophie.lamberty.hr@gmail.com"],
),

dict(id="office-fr-030", text="""
Maxime TREMBLAY
Chef d'équipe — Service à la clientèle
Lévis (Québec) · 418 555-0127 · maxime.tremblay.sac@gmail.com

PROFIL
Chef d'équipe au service à la clientèle depuis six ans, dans les télécommunications puis l'assurance. Je coache, je calibre, je protège mes agents des appels abusifs et je livre les indicateurs.

COMPÉTENCES
– Coaching et écoute d'appels (grilles de qualité)
– Gestion des horaires et de l'adhérence (NICE, Genesys)
– Traitement des plaintes de niveau 2
– Formation des nouveaux agents

EXPÉRIENCE
Desjardins Assurances, Lévis — Chef d'équipe, centre de contact (2021 à aujourd'hui)
• Supervision de 15 agents en assurance auto et habitation
• Taux de résolution au premier appel : de 71 % à 80 %
• Projet pilote de rappel automatique pendant les tempêtes de verglas

Vidéotron, Québec — Conseiller puis agent de soutien technique (2016 à 2021)
• Soutien Internet et télé, meilleur agent du trimestre à 4 reprises

FORMATION
AEC en gestion de centre de contact, Cégep de Lévis (2019)
DEC en sciences humaines, Cégep Garneau (2015)

LANGUES
Français, anglais (fonctionnel)

INTÉRÊTS
Hockey récréatif, camping au Bas-Saint-Laurent, brassage de bière maison.
""",
sensitive=[],
keep=["Chef d'équipe — Service à la clientèle", "Desjardins Assurances, Lévis — Chef d'équipe, centre de contact",
      "Supervision de 15 agents en assurance auto et habitation", "Taux de résolution au premier appel : de 71 % à 80 %",
      "Vidéotron, Québec", "AEC en gestion de centre de contact, Cégep de Lévis (2019)", "Gestion des horaires et de l'adhérence (NICE, Genesys)"],
contact=["Maxime TREMBLAY", "Lévis (Québec)", "418 555-0127", "maxime.tremblay.sac@gmail.com"],
),
]
