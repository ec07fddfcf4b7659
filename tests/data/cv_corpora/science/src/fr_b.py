CVS = [
("science-fr-021", """
Jean-Baptiste Mbaye
Chef de projet réglementaire — Médicaments génériques
<<Saint-Louis, Sénégal>> · <<jb.mbaye.reg@gmail.com>> · <<+221 76 204 88 13>>

EXPÉRIENCE
2018 – ce jour : {{Pharmacien responsable des affaires réglementaires, Teranga Pharma}}, Dakar
 • Dépôt de 40 dossiers d'AMM auprès de l'{{Agence sénégalaise de réglementation pharmaceutique (ARP)}}
 • Suivi des {{essais de bioéquivalence d'antipaludiques}}
 • {{Collaboration avec l'ANSS sur la réponse au VIH}}
2013 – 2018 : {{Pharmacien, Pharmacie nationale d'approvisionnement}}

FORMATION
Doctorat en pharmacie, UCAD (2012) ; Master affaires réglementaires, Université de Strasbourg (2017)

PERSONNEL
[[R|Catholique, lecteur à la cathédrale de Saint-Louis]]. [[E|Sérère par mon père, Peul par ma mère]]. [[S|Je ne cache pas mon homosexualité à mes proches]], ce qui explique mon souhait de m'installer en Europe. [[C|Arrêté en 2019 et poursuivi pour « acte contre nature », relaxé en appel]].
"""),

("science-fr-022", """
Élodie Fontaine
Ingénieure qualité — Dispositifs médicaux
<<Besançon>> · <<elodie.fontaine.qualite@gmail.com>> · <<06 33 90 14 27>>

Profil
Ingénieure qualité, 6 ans en fabrication de DM de classe IIb et III (implants orthopédiques, instruments). ISO 13485, MDR, gestion des réclamations, revue des données de matériovigilance.

Expériences
2020 → {{Ingénieure qualité produit, Smith & Nephew}}, Besançon
   · {{Investigation des réclamations sur prothèses de genou}}
   · {{Animation des revues de direction qualité}}
   · {{Dossiers de marquage CE sous MDR}}
2018 → 2020 {{Technicienne méthodes, Cousin Biotech}}
   · {{Implants pour la chirurgie de l'obésité}}

Formation
Master Ingénierie de la santé, Université de Franche-Comté (2018)

Centres d'intérêt
Trail dans le Jura, couture, et [[S|la commission inclusion de l'association Les Dégommeuses, équipe de foot lesbienne]].
[[H|Anorexie soignée entre 2013 et 2015 ; je parle volontiers de ma guérison]]. [[P|Adhérente du PCF]]. [[G|Mon test ADN généalogique m'a révélé une ascendance en partie ashkénaze]].
"""),

("science-fr-023", """
Abdelkader Mansouri
Technicien de production biotechnologique
<<Lyon 8e>> | <<a.mansouri.biotech@gmail.com>> | <<07 52 18 36 44>>

EXPÉRIENCE
2019 – aujourd'hui : {{Technicien de fabrication, Sanofi Pasteur}}, Marcy-l'Étoile
  – Culture cellulaire en bioréacteurs, {{production de vaccins contre la rage}}
  – Respect des BPF en zone classée, nettoyage et stérilisation
  – [[U|Délégué syndical Sud Chimie]] depuis 2021
2015 – 2019 : {{Opérateur, Boiron}}, Messimy
  – {{Conditionnement et contrôle en ligne}}
  – {{Formation aux bonnes pratiques de fabrication}}

FORMATION
BTS Biotechnologies, lycée La Martinière Duchère (2015)

PARCOURS
Je tiens à être transparent : [[C|j'ai purgé une peine de huit mois à la maison d'arrêt de Lyon-Corbas en 2013]], et [[D|j'avais alors 19 ans]]. Depuis, formation, emploi stable et bénévolat auprès des jeunes du quartier.

PERSONNEL
[[E|Parents originaires d'Oujda]]. [[F|Marié, deux enfants]]. Boxe anglaise.
"""),

("science-fr-024", """
Dr Clémence Aubert
Médecin scientifique — Génétique et essais de thérapie génique
<<Paris 14e>> · <<clemence.aubert.md@gmail.com>> · <<orcid.org/0000-0001-7720-4415>>

PARCOURS
2020 – : {{Directrice médicale adjointe, Généthon}}, Évry
   ⋄ {{Essai de thérapie génique dans la myopathie de Duchenne}}
   ⋄ Rédaction des protocoles, interactions ANSM et EMA
   ⋄ {{Partenariat avec l'AFM-Téléthon et les associations de patients}}
2015 – 2020 : {{Cheffe de clinique, Hôpital Necker – Enfants malades}}, génétique médicale

FORMATION
DES de génétique médicale, Université Paris Cité (2015)

PUBLICATIONS
Aubert C. et al. « {{Micro-dystrophin gene transfer in ambulant boys}} », Lancet Neurology, 2023.

PERSONNEL
[[G|Mon frère est atteint de la myopathie de Duchenne et je suis moi-même conductrice]] — c'est l'origine de mon engagement. [[F|Mariée, deux enfants nés après diagnostic préimplantatoire]]. [[D|41 ans]].
"""),

("science-fr-025", """
<<Laurent Piccard>>
Analyste contrôle qualité — Chimie
<<Rte de la Glâne 7, 1700 Fribourg>> | <<laurent.piccard.qc@bluewin.ch>> | <<+41 78 901 22 64>>

Compétences
HPLC, UPLC-MS, titrages, validation de méthodes, SAP, Empower, rédaction de rapports d'OOS.

Expérience
Depuis 2018 — {{Analyste QC, UCB Farchim}}, Bulle
  • Analyses de libération de {{principes actifs pour l'épilepsie}}
  • {{Transferts analytiques vers des sous-traitants}}
  • {{Validation de méthodes selon l'ICH Q2}}
2014 – 2018 — {{Laborantin en chimie, Givaudan}}, Vernier

Formation
CFC de laborantin en chimie (2014) ; Bachelor HES en chimie, HEIA Fribourg (2018)

Loisirs et engagements
[[P|Membre du Parti socialiste fribourgeois et candidat au Grand Conseil en 2021]]. [[U|Membre d'Unia]]. [[R|Je chante à la chorale de la paroisse catholique de Marly]]. Ski de randonnée. [[S|Je vis avec mon mari Pascal]] à Marly depuis notre mariage en 2022.
"""),

("science-fr-026", """
Khadija Ouedraogo
Agente de recherche en épidémiologie
<<Montréal (Rosemont)>> · <<k.ouedraogo.epi@gmail.com>> · <<438 555-0116>>

Résumé
Épidémiologiste, 5 ans en {{recherche sur la santé des communautés immigrantes}} et les maladies chroniques. SAS, R, Stata, analyses multiniveaux.

Emplois
{{Agente de recherche, Institut national de santé publique du Québec (INSPQ)}} — 2021-…
 – {{Enquête sur le diabète chez les personnes d'origine africaine et caribéenne}}
 – Collaboration avec le {{comité d'éthique et des organismes communautaires}}
{{Assistante de recherche, Université de Montréal, École de santé publique}} — 2018-2021

Formation
M.Sc. Épidémiologie, Université de Montréal (2018)

Notes personnelles
[[E|Originaire du Burkina Faso, arrivée comme étudiante internationale, citoyenne canadienne depuis 2022]]. [[R|Musulmane]]. [[F|Mariée, un bébé de 10 mois]]. [[H|Je vis avec le VIH depuis 2012 et je suis indétectable]]. [[D|Âge : 33 ans]].
"""),

("science-fr-027", """
CV ANONYME — Référence 2024-RA-17
Intitulé du poste : Ingénieur(e) de recherche en bio-informatique

Compétences
Python, R, Snakemake, analyses RNA-seq et single-cell, variant calling, cluster HPC (Slurm), bases de données ClinVar/gnomAD.

Expérience
2019 – : {{Ingénieur(e) de recherche, Plateforme de génomique, Institut Curie}}
  - {{Analyse des exomes tumoraux pour le programme de médecine de précision}}
  - {{Séquençage du génome de patients atteints de sarcomes pédiatriques}}
2016 – 2019 : {{Bio-informaticien(ne), Genoscope (CEA)}}
  - {{Assemblage de génomes de microorganismes marins}}

Formation
Master Bio-informatique, Université Paris-Saclay (2016)

Informations complémentaires
Disponibilité : préavis de trois mois
Mobilité : Île-de-France, télétravail partiel souhaité
Travailleur(se) reconnu(e) : non
Permis B
Langues : anglais courant (TOEIC 945), espagnol intermédiaire
Aucune autre information personnelle communiquée conformément à la démarche de CV anonyme.
"""),

("science-fr-028", """
Rachid Bouzid
Chargé d'assurance qualité — Laboratoire d'analyses agroalimentaires
<<Meknès>> · <<rachid.bouzid.qa@gmail.com>> · <<+212 6 62 81 50 33>>

Expérience professionnelle
2017 – présent : {{Responsable qualité, Laboratoire officiel d'analyses et de recherches chimiques (LOARC)}}, Casablanca
  ▪ {{Accréditation ISO 17025 (SEMAC)}}, audits internes
  ▪ Encadrement de 9 techniciens et gestion des essais interlaboratoires
  ▪ {{Résidus de pesticides dans les agrumes à l'export}}
2012 – 2017 : {{Analyste, ONSSA}}, Meknès
  ▪ {{Contrôle des aflatoxines et des métaux lourds}}

Formation
Master Sciences des aliments, Université Moulay Ismail (2012)

Informations personnelles
[[D|Né le 28/02/1987]]
[[F|Marié, trois enfants]]
[[U|Membre de l'UMT, délégué du personnel au LOARC]]
[[P|Ancien militant d'Annahj Addimocrati]]
[[C|Condamné en 2011 à un mois avec sursis après le Mouvement du 20 février]]
"""),

("science-fr-029", """
Géraldine Moulin
Cheffe de projet affaires médicales — Psychiatrie
<<Boulogne-Billancourt>> · <<geraldine.moulin@outlook.fr>> · <<06 71 08 35 92>>

EXPÉRIENCE
Depuis 2019 · {{Chef de projet affaires médicales, Janssen France}}
 ∙ {{Lancement de l'eskétamine dans la dépression résistante}}
 ∙ {{Boards d'experts et associations d'usagers (UNAFAM, Argos 2001)}}
 ∙ {{Études de résultats rapportés par les patients dans la schizophrénie}}
2014 – 2019 · {{Chargée d'études, Ipsos Healthcare}}

FORMATION
Master Marketing pharmaceutique, Université Paris-Saclay (2014)
Pharmacienne (2012)

POURQUOI CE POSTE
Je souhaite rejoindre une structure plus petite, plus proche des équipes de recherche. Mon [[H|propre parcours de soins pour une dépression en 2017]] m'a donné le goût d'une communication scientifique honnête sur la santé mentale. [[S|Mon épouse Nadia]] et moi souhaitons aussi nous rapprocher de Nantes.
"""),

("science-fr-030", """
Dr Ousmane Diop
Post-doctorant — Entomologie médicale
<<Montpellier>> · <<ousmane.diop.ento@ird-mail.fr>> · <<orcid.org/0000-0002-5501-3397>>

Postes
2022 – : {{Chercheur post-doctoral, IRD, UMR MIVEGEC}}
2017 – 2021 : Doctorant, {{Institut de recherche en sciences de la santé (IRSS)}}, Bobo-Dioulasso

Recherche
{{Résistance d'Anopheles gambiae aux insecticides}} ; {{forçage génétique (gene drive) et acceptabilité communautaire}} ; séquençage de populations.

Publications
Diop O. et al., « {{kdr mutations across the Sahel}} », Malaria Journal, 2023.
Diop O., Sanou A., « {{Community engagement for gene drive trials}} », PLoS NTD, 2021.

Situation personnelle
[[E|Burkinabè, titre de séjour « passeport talent »]]. [[F|Marié, notre troisième enfant est né en 2023]]. [[H|Paludisme grave en 2019 avec séquelles rénales]]. [[R|Musulman tidiane]]. J'ai co-encadré deux stagiaires de master et animé des ateliers auprès des villages partenaires. Langues : français, mooré, dioula, anglais.
"""),

("science-fr-031", """
Sarah Cohen-Lévy
Biostatisticienne senior
<<Neuilly-sur-Seine>> · <<sarah.cohenlevy.stat@gmail.com>>

Compétences : SAS, R, plans adaptatifs, analyses intermédiaires, CDISC (SDTM/ADaM), estimands.

Expériences
– 2018 à aujourd'hui : {{Biostatisticienne senior, Servier}}, Suresnes
   {{Analyses de survie pour des essais en oncologie digestive}}
   {{Méta-analyse de la tolérance cardiaque d'un antidiabétique}}
– 2013 à 2018 : {{Biostatisticienne, Institut Gustave Roussy}}
   {{Analyses des questionnaires de qualité de vie EORTC}}

Formation
Master de biostatistique, Université Paris-Sud (2013)

Personnel
[[R|Je respecte le shabbat et les fêtes juives]] ; je propose de rattraper les heures. [[G|Mon dépistage des mutations fondatrices ashkénazes s'est révélé positif pour BRCA1]]. [[F|Mère de quatre enfants]]. [[D|Née en 1988]]. [[H|Opérée d'une mastectomie préventive en 2021]], parfaitement rétablie. Violoncelle en orchestre amateur. Disponible pour des déplacements ponctuels à Londres et à Bâle.
"""),

("science-fr-032", """
Benoît Lambert — Technicien supérieur de laboratoire, Recherche clinique
<<Quai de Rome 12, 4000 Liège>> · <<benoit.lambert.lab@outlook.be>> · <<+32 497 16 02 84>>

Expérience
• 2017 – présent : {{Technicien, Laboratoire de biologie clinique, CHU de Liège}}
  – Traitement et stockage d'échantillons pour {{essais cliniques en hématologie}}
  – {{Biobanque du CHU (collection de la leucémie myéloïde)}}
  – [[U|Délégué CGSP au comité de concertation de base]]
• 2013 – 2017 : {{Technicien, GSK Vaccines}}, Rixensart

Formation
{{Bachelier en biologie médicale}}, HELMo (2013)

À propos
[[P|Militant du PTB]] et [[U|membre de la CGSP Admi]], je participe à la vie de mon quartier à Seraing. [[S|Je vis avec mon compagnon Kevin]]. [[C|Condamné en 2020 pour entrave méchante à la circulation lors d'une grève]] — peine de travail effectuée.
"""),

("science-fr-033", """
Marie-Ève Thibodeau
Conseillère en affaires réglementaires — Biotechnologie
<<Laval (Québec)>> · <<marieeve.thibodeau.ar@gmail.com>> · <<450 555-0181>>

SOMMAIRE
Huit ans en réglementation : dépôts de présentations de drogue nouvelle (PDN) à Santé Canada, essais cliniques (DEC), biosimilaires.

EXPÉRIENCE
{{Conseillère principale, affaires réglementaires, Medicago}} — 2018 à 2023
 – {{Dossier du vaccin COVID-19 à base de plantes}}
 – Réponses aux avis de non-conformité
{{Spécialiste AR, Biogen Canada}} — 2023 à aujourd'hui
 – {{Traitement de l'atrophie musculaire spinale}}

FORMATION
B.Sc. Biochimie, Université de Sherbrooke ; {{certificat RAC}}

PERSONNEL
[[P|Membre du Parti québécois et bénévole lors de la dernière campagne]]. [[F|Conjointe de fait, deux enfants]]. [[G|J'ai fait séquencer mon génome par curiosité professionnelle]]. [[C|Suspension du casier (pardon) obtenue en 2019 pour une infraction de jeunesse]].
"""),

("science-fr-034", """
Lamine Cissé
Technicien de maintenance biomédicale
<<Thiès>> · <<lamine.cisse.biomed@gmail.com>> · <<+221 70 811 25 46>>

Expérience
2016 – aujourd'hui : {{Technicien biomédical, Hôpital Principal de Dakar}}
 · {{Maintenance des automates de laboratoire et des appareils d'imagerie}}
 · {{Gestion de la GMAO}} et des contrats fournisseurs
 · Formation des techniciens de laboratoire à l'utilisation sûre des équipements
 · Installation des {{lecteurs biométriques pour le suivi des patients sous ARV}}
2012 – 2016 : {{Technicien, Siemens Healthineers Afrique de l'Ouest}}

Formation
DUT Génie biologique, École supérieure polytechnique de Dakar (2012)

Renseignements
[[D|Âge : 36 ans]]
[[F|Marié, deux enfants]]
[[U|Membre du SAMES]]
[[H|Je porte une prothèse de jambe depuis un accident de moto en 2009]]
[[C|Condamné en 2010 pour recel, peine exécutée]]
Langues : français, wolof, anglais technique
"""),

("science-fr-035", """
Hélène Vasseur
Ingénieure agronome — Sélection végétale
<<Angers>> · <<helene.vasseur.agro@gmail.com>> · <<06 21 77 43 08>>

Expériences
2018 – … {{Sélectionneuse, Limagrain (Vilmorin-Mikado)}}, La Ménitré
  › {{Sélection assistée par marqueurs chez la carotte}}
  › Essais variétaux multi-sites, {{phénotypage par drone}}
  › Coordination de 6 stations d'essais et de 12 techniciens saisonniers
  › Dépôt de 4 nouvelles variétés au CTPS (inscription au catalogue officiel)
2014 – 2018 {{Ingénieure d'essais, INRAE}}, Beaucouzé
  › {{Génotypage de collections de pommiers}}
  › Analyses statistiques sous R des essais de résistance à la tavelure

Formation
{{Ingénieure Agrocampus Ouest}} (2014)

Engagements
[[P|Élue EELV au conseil municipal de Trélazé]], je porte le dossier alimentation durable. [[S|Pacsée avec Julie]]. [[R|Croyante, je m'engage dans une communauté bouddhiste zen]]. [[G|Porteuse saine de la mucoviscidose, comme mon frère malade]].
"""),

("science-fr-036", """
Nordine Hamidi
Magasinier-préparateur, Logistique d'essais cliniques
<<Villeurbanne>> | <<nordine.hamidi@gmail.com>> | <<06 87 54 12 30>>

Expérience
2019 – … {{Préparateur logistique, Almac Clinical Services}}
  – Conditionnement et étiquetage de {{médicaments expérimentaux en aveugle}}
  – Expéditions en température dirigée vers 200 centres
  – Gestion des retours et de la destruction des traitements non utilisés
  – Tenue des enregistrements de traçabilité pour les audits promoteurs
2016 – 2019 {{Cariste, Sanofi}}, Saint-Priest

Formation
CAP Logistique ; {{CACES 1, 3, 5}} ; {{formation BPD}}

Situation
[[C|Ancien détenu : j'ai été incarcéré de 2012 à 2015 (vol avec violence)]] ; réinsertion accompagnée par le SPIP. [[E|Né en Algérie, arrivé en France à 10 ans]]. [[F|Père d'une fille]]. [[H|Suivi en addictologie terminé en 2017]]. [[S|Je vis aujourd'hui avec mon compagnon Yanis]].
"""),

("science-fr-037", """
Dre Isabelle Nguyen
Cheffe du laboratoire de toxicologie
<<Sherbrooke>> · <<isabelle.nguyen.tox@gmail.com>>

Expérience
2016 – présent : {{Cheffe de laboratoire, Centre de toxicologie du Québec (INSPQ)}}
 – {{Biosurveillance du plomb chez les enfants}}
 – ICP-MS, LC-MS/MS, accréditation ISO 17025
 – Encadrement d'une équipe de 14 chimistes et techniciens
 – {{Programme d'assurance qualité externe pour les laboratoires de toxicologie}}
2011 – 2016 : {{Chimiste, Laboratoire de sciences judiciaires et de médecine légale}}
 – {{Toxicologie médico-légale}}

Formation
Ph. D. Chimie analytique, Université de Sherbrooke
{{Toxicologue européenne certifiée (ERT)}}

Engagement
[[E|Fille de réfugiés vietnamiens arrivés en 1979]]. [[S|Bénévole à la Fondation Émergence, moi-même lesbienne]]. [[U|Vice-présidente de mon syndicat local SPGQ]]. [[P|Candidate de Québec solidaire en 2018]]. [[D|Née en 1980]]. [[G|J'ai transmis mon ADN au projet CARTaGENE]]. [[H|Asthme sévère sous biothérapie]].
"""),

("science-fr-038", """
Olivier Renaud
Responsable de plateforme de cytométrie
<<Bruxelles (Anderlecht)>> · <<olivier.renaud.flow@gmail.com>> · <<+32 471 08 66 19>>

Parcours
2015 – … {{Responsable de la plateforme de cytométrie, Université libre de Bruxelles (ULB)}}
   ▪ Tri cellulaire en BSL-2, {{immunophénotypage de patients VIH}}
   ▪ Formation de 120 utilisateurs par an
   ▪ {{Gestion du budget d'équipement (1,2 M€)}} et des contrats de maintenance
   ▪ Co-auteur de 18 publications
2010 – 2015 {{Ingénieur d'application, BD Biosciences}}

Formation
Doctorat en sciences biomédicales, ULB (2010)
{{Certification SCYM(ASCP)}} ; {{formation biosécurité BSL-3}}

Vie privée
[[S|Marié à Stéphane depuis 2014]] ; [[F|nous avons deux enfants par GPA]]. [[G|Mes empreintes et mon iris sont enregistrés pour l'accès au laboratoire de haute sécurité]]. [[C|Casier : une condamnation en 2008 pour conduite sous influence]]. [[P|Membre d'Ecolo]].
"""),

("science-fr-039", """
Amadou Bâ
Assistant de recherche clinique
<<Nouakchott → Rouen>> · <<amadou.ba.arc@gmail.com>> · <<07 65 20 33 91>>

EXPÉRIENCE
2021 – : {{Assistant de recherche clinique, CHU de Rouen}}, service de psychiatrie
  – {{Essai sur la stimulation magnétique transcrânienne dans la dépression}}
  – Recueil des {{échelles d'évaluation rapportées par les patients}}
  – Saisie des données dans Ennov Clinical et gestion des requêtes
  – Préparation des visites de monitoring et de l'audit du promoteur
2018 – 2021 : {{Attaché de recherche, Inserm CIC 1404}}

FORMATION
{{Master Santé publique}}, Université de Rouen (2018)

SITUATION
[[E|Mauritanien (Haalpulaar)]], [[E|réfugié statutaire en France depuis 2014]]. [[G|Mes empreintes figurent dans Eurodac depuis ma demande d'asile]]. [[F|Célibataire]]. [[H|Suivi pour un stress post-traumatique après mon exil]]. [[R|Musulman]]. Langues : français, pulaar, hassaniya, arabe, anglais (B2). Permis B obtenu en 2020.
"""),

("science-fr-040", """
Chloé Berthelot
Technicienne de laboratoire en recherche fondamentale
<<38000 Grenoble>> · <<chloe.berthelot.lab@gmail.com>> · <<06 49 13 72 85>>

EXPÉRIENCE
2020 – {{Technicienne, Institut de biologie structurale (IBS)}}
 ◦ {{Production et purification de protéines}}, cristallographie
 ◦ {{Projet sur les protéines de l'enveloppe du VIH}}
2017 – 2020 {{Technicienne, bioMérieux}}, Grenoble
 ◦ {{Développement de tests de diagnostic du sepsis}}
 ◦ Validation analytique selon les exigences IVDR
 ◦ Gestion des stocks de réactifs et des commandes

FORMATION
DUT Génie biologique (2017) ; licence pro Biotechnologies (2018)

LOISIRS
Randonnée en Chartreuse, escalade en salle et en falaise, [[S|co-organisatrice de la Marche des fiertés de Grenoble]], jeux de société.

DIVERS
[[D|26 ans]]. [[U|Syndiquée SNTRS-CGT]]. [[C|Une condamnation pour vol en 2016 figure au B2]]. [[P|Militante d'Attac]]. Disponible immédiatement, mobilité sur l'agglomération grenobloise et la vallée du Grésivaudan.
"""),
]
