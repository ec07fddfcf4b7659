CVS = [
("science-fr-001", """
<<Camille Lefèvre-Diallo>>
Attachée de recherche clinique (ARC) senior
<<12 rue des Tanneurs, 69007 Lyon>> — <<06 72 18 44 90>> — <<camille.lefevre.arc@gmail.com>>

PROFIL
ARC depuis sept ans, spécialisée en oncologie et hématologie. Monitoring sur site et à distance, BPC (ICH E6), gestion des EIG, relation investigateurs.

EXPÉRIENCE
Depuis 2020 — {{ARC senior, Centre Léon Bérard}}, Lyon
• Monitoring de 5 essais de phase II dont un {{essai de thérapie CAR-T dans le myélome multiple}}
• Formation des TEC aux nouveaux eCRF (Ennov Clinical)
• Participation au {{comité de patients partenaires avec la Ligue contre le cancer}}
2017–2020 — {{ARC, ICON Clinical Research}}, Paris
• {{Étude de cohorte sur le VIH et le vieillissement}} (ANRS)

FORMATION
Master 2 Recherche clinique, Université Claude Bernard Lyon 1 (2017)
DIU Formation des ARC

INFORMATIONS PERSONNELLES
[[D|Née le 9 mars 1991]] à Villeurbanne
[[E|Père sénégalais, mère française]]
[[F|Pacsée, un enfant]]
Permis B, mobilité nationale

CENTRES D'INTÉRÊT
Course à pied (semi-marathon de Lyon), [[R|catéchiste bénévole à la paroisse Saint-Pothin]], lecture.
[[H|Reconnue travailleuse handicapée (RQTH) suite à une sclérose en plaques diagnostiquée en 2019]] : aucun aménagement nécessaire hormis du télétravail ponctuel.
"""),

("science-fr-002", """
CV ANONYME
Poste visé : Technicien de laboratoire contrôle qualité (H/F)

Compétences
- HPLC, CPG, spectrophotométrie UV, dissolution, Karl Fischer
- Logiciels : Empower 3, LIMS LabWare, SAP QM
- BPF, intégrité des données, rédaction de modes opératoires

Expérience professionnelle
2018 – aujourd'hui : {{Technicien contrôle qualité, Sanofi}}, site de production de formes sèches (Normandie)
   {{Analyses libératoires des produits finis}} ; {{investigations OOS}} ; participation aux {{audits ANSM et FDA}}
   [[U|Élu CFDT au CSE depuis 2022]], membre de la CSSCT
2015 – 2018 : {{Technicien de laboratoire, Laboratoires Servier}}, industrie pharmaceutique
   Stabilités ICH, {{contrôle des lots d'un antidiabétique oral}}

Formation
BTS Bioanalyses et contrôles (2015)
Licence professionnelle Industrie pharmaceutique, cosmétologique et de santé (2016)

Informations complémentaires
[[D|34 ans]]. [[F|Marié, trois enfants]]. Permis B.
[[C|Condamné en 2012 à une amende pour outrage lors d'une manifestation ; mention effacée du bulletin n° 3]].
Loisirs : football en club, jardinage, pêche en rivière.
"""),

("science-fr-003", """
Dr Yasmine Belkacem
Chargée d'affaires réglementaires — Dispositifs médicaux
<<Genève, Suisse>> | <<yasmine.belkacem.ra@bluewin.ch>> | <<+41 79 442 18 06>>

Résumé
Pharmacienne, huit ans en affaires réglementaires DM et DMDIV : documentation technique MDR/IVDR, marquage CE, Swissmedic, relations avec les organismes notifiés.

Parcours
2019 – présent · {{Regulatory Affairs Manager, Medtronic (Tolochenaz)}}
  – Transition MDR de 9 familles de neurostimulateurs, dont la {{stimulation cérébrale profonde pour la maladie de Parkinson}}
  – Rédaction des {{rapports périodiques de sécurité (PSUR) et de la matériovigilance}}
2016 – 2019 · {{Chargée réglementaire, Debiotech}}, Lausanne
  – {{Pompe à insuline patch}} : dossier CE, analyse de risques ISO 14971

Formation
Doctorat en pharmacie, Université d'Alger (2012) ; Master DM, Université de Genève (2015)

Divers
[[E|Algérienne, titulaire d'un permis C]]. [[R|Musulmane pratiquante]], je ne consomme pas d'alcool lors des événements clients. [[S|Je vis avec ma compagne, Léa, à Carouge]]. Langues : français, arabe, anglais (C1), allemand (A2).
"""),

("science-fr-004", """
Mamadou Lamine Ndiaye
Biologiste médical — Laboratoire de biologie moléculaire
<<Dakar, Sénégal>> · <<ml.ndiaye.bio@yahoo.fr>> · <<+221 77 512 43 90>>

ÉTAT CIVIL
[[D|Né le 21/11/1985 à Kaolack]]
Nationalité : sénégalaise
[[F|Situation matrimoniale : marié, deux épouses, cinq enfants]]
[[R|Religion : musulman (confrérie mouride)]]

EXPÉRIENCE
2017 – ce jour : {{Biologiste, Institut Pasteur de Dakar}}
  ▪ {{Séquençage génomique des virus de la dengue et de la fièvre jaune}}
  ▪ {{Responsable qualité du laboratoire (ISO 15189)}}
  ▪ {{Surveillance de la résistance du VIH aux antirétroviraux}}
2012 – 2017 : {{Technicien supérieur, Laboratoire national de santé publique}}
  ▪ Diagnostic paludisme, TDR et microscopie

FORMATION
Doctorat d'État en pharmacie, Université Cheikh Anta Diop (2012)
DES de biologie clinique (2016)

ENGAGEMENTS
[[U|Secrétaire général adjoint du SUTSAS, section de l'Institut]] (2019–2023)
[[P|Militant du PASTEF depuis 2018]]
Football, lecture, musique mbalax.
"""),

("science-fr-005", """
Julien Marchetti
Data scientist santé — Données de vie réelle
<<Paris 11e>> · <<julien.marchetti.ds@proton.me>> · <<github.com/jmarchetti-rwd>>

Ce que je fais
J'exploite les données du SNDS et des entrepôts hospitaliers pour des études pharmaco-épidémiologiques : Python, R, SQL, Spark, modèles de survie, appariement sur score de propension.

Expériences
• {{Data scientist senior, Health Data Hub}} (2021 – )
  - {{Étude post-AMM sur les antidépresseurs chez l'adolescent}}
  - Pipeline de pseudonymisation, accompagnement des demandes CNIL
• {{Biostatisticien, IQVIA France}} (2017 – 2021)
  - {{Questionnaires de qualité de vie rapportés par les patients (PRO) en diabétologie}}

Formation
Diplôme d'ingénieur ENSAE (2017)

En dehors du travail
[[S|Je suis marié à Antoine depuis 2019]] et nous sommes bénévoles à l'association {{SOS Homophobie}} (permanence d'écoute). [[H|Suivi pour un trouble anxieux généralisé]], je pratique la méditation. [[P|Adhérent d'EELV]], je tiens le blog scientifique de ma section locale.
"""),

("science-fr-006", """
<<Nathalie Vandenbroeck>>
Responsable assurance qualité (GxP)
<<Wavre, Belgique>> – <<nathalie.vdb.qa@skynet.be>> – <<+32 478 55 21 09>>

Profil
Pharmacienne industrielle, personne qualifiée (QP), 14 ans dans les vaccins et biologiques.

Expérience
2016 – …  {{QA Manager, GSK Vaccines}}, Wavre
   ✓ Libération de lots de {{vaccins contre le paludisme (RTS,S)}}
   ✓ {{Gestion des déviations majeures et des CAPA}}
   ✓ Audits fournisseurs en Inde et aux États-Unis
2010 – 2016  {{Pharmacienne QA, UCB}}, Braine-l'Alleud
   ✓ {{Pharmacovigilance des antiépileptiques}}

Formation
Master en sciences pharmaceutiques, UCLouvain (2009)

Vie personnelle
[[F|Divorcée, deux adolescents en garde alternée]]. [[U|Déléguée SETCa au conseil d'entreprise]] jusqu'en 2020. [[R|Laïque, membre du Centre d'Action Laïque du Brabant wallon]]. [[G|Porteuse d'une mutation BRCA2 identifiée lors du dépistage familial]], je suis suivie tous les six mois. Chorale, randonnée dans les Ardennes.
"""),

("science-fr-007", """
Karim El Amrani
Ingénieur R&D — Biocapteurs et biométrie
<<Casablanca>> | <<karim.elamrani.rd@gmail.com>> | <<+212 6 61 22 73 05>>

Compétences clés
Traitement du signal, électronique embarquée, apprentissage automatique, {{reconnaissance biométrique par empreinte et réseau veineux}}, normes ISO/IEC 19794.

Expérience
2020 – présent : {{Ingénieur R&D, HID Global}} (centre R&D de Casablanca)
  – {{Algorithmes anti-spoofing pour capteurs d'empreintes}}
  – {{Campagne de collecte biométrique auprès de 2 000 volontaires}} (consentement, CNDP)
2017 – 2020 : {{Ingénieur biomédical, Clinique Cheikh Khalifa}}
  – Maintenance des moniteurs multiparamétriques

Formation
Ingénieur d'État, École Mohammadia d'Ingénieurs (2017)

Informations personnelles
[[D|Âge : 31 ans]]
[[F|Célibataire]]
[[G|Mes propres empreintes et mon visage figurent dans la base de test de l'équipe]]
[[C|Condamnation avec sursis en 2014 pour trouble à l'ordre public (manifestation étudiante)]]
Loisirs : surf, échecs.
"""),

("science-fr-008", """
Sophie Tremblay-Gagnon
Coordonnatrice de recherche clinique
<<Québec (Québec)>> · <<sophie.tg.recherche@videotron.ca>> · <<418 555-0173>>

SOMMAIRE
Infirmière bachelière, 9 ans en recherche clinique hospitalière : recrutement, consentement, CÉR, saisie eCRF, gestion des échantillons biologiques.

EXPÉRIENCE
{{Coordonnatrice de recherche, CHU de Québec – Université Laval}} — 2018 à aujourd'hui
 • {{Essai sur un nouvel antipsychotique chez les premiers épisodes psychotiques}}
 • {{Biobanque de sang et de salive pour la génétique du trouble bipolaire}}
 • Soutien au {{comité d'éthique de la recherche (CÉR)}} pour 15 protocoles
{{Infirmière clinicienne, CIUSSS de la Capitale-Nationale}} — 2014 à 2018

FORMATION
Baccalauréat en sciences infirmières, Université Laval (2014)

À PROPOS DE MOI
[[U|Membre de la FIQ, j'ai été déléguée syndicale locale pendant trois ans]]. [[E|Je suis Innue de Mashteuiatsh]] et je m'implique dans le recrutement de participants autochtones. [[F|Mère de trois enfants]]. [[H|En arrêt six mois en 2021 pour épuisement professionnel]].
"""),

("science-fr-009", """
Pierre-Antoine Roux
Chimiste R&D — Formulation cosmétique
<<Orléans>> · <<pa.roux.chimie@orange.fr>> · <<07 81 42 66 19>>

EXPÉRIENCE
2019–… {{Chimiste formulateur senior, L'Oréal Recherche & Innovation}}, Chevilly-Larue
   - {{Développement de 12 formules de soins solaires}}, tests de stabilité et compatibilité
   - {{Études cliniques sur peaux sensibles avec un CRO dermatologique}}
2014–2019 {{Formulateur, Laboratoires Pierre Fabre}}, Castres
   - Gammes dermo-cosmétiques pour l'{{eczéma atopique}}

FORMATION
Diplôme d'ingénieur chimiste, ENSCM Montpellier (2014)

COMPÉTENCES
Émulsions, rhéologie, plans d'expériences (JMP), réglementation cosmétique (CE 1223/2009)

PERSONNEL
[[D|Né en 1989]]. [[S|En couple avec Mathieu]]. [[P|Conseiller municipal d'opposition (liste Union de la gauche) à Saint-Jean-de-Braye depuis 2020]]. [[C|J'ai fait l'objet d'une composition pénale en 2016 pour usage de stupéfiants]]. Pratique de l'escalade et du piano. [[G|Mon test génétique a montré que je suis porteur d'une hémochromatose]], ce qui m'a amené à donner mon sang régulièrement.
"""),

("science-fr-010", """
Aïcha Traoré
Technicienne de laboratoire — Sécurité sanitaire des aliments
<<Bamako → Bruxelles>> · <<aicha.traore.lab@gmail.com>> · <<+32 465 20 11 87>>

PROFIL
Technicienne en microbiologie alimentaire, 6 ans : recherche de Listeria, Salmonella, E. coli STEC, analyses d'allergènes, accréditation BELAC.

EXPÉRIENCE
2021 – aujourd'hui : {{Technicienne, Sciensano}}, Bruxelles
  – Laboratoire national de référence {{toxi-infections alimentaires}}
  – {{PCR en temps réel}}, {{séquençage WGS de souches}}
2018 – 2021 : {{Analyste, Eurofins Food Testing Belgium}}

FORMATION
Bachelier en biotechnologie, Haute École Léonard de Vinci (2018)

INFORMATIONS
[[E|Malienne, réfugiée reconnue en Belgique depuis 2015]]. [[G|Mes empreintes ont été prises pour la carte de séjour biométrique]]. [[G|Drépanocytose suivie à Saint-Pierre]] — quelques jours d'hospitalisation par an. [[U|Affiliée à la CSC]]. [[D|29 ans]]. Langues : français, bambara, anglais ; permis B en cours.
"""),

("science-fr-011", """
Dr Étienne Morel
Chercheur en neurosciences — INSERM
<<Bordeaux>> · <<orcid.org/0000-0003-2219-8841>> · <<etienne.morel@inserm-mail.fr>>

POSTES
2018 – : {{Chargé de recherche, Inserm U1215, Neurocentre Magendie}}
2014 – 2018 : {{Post-doctorant, Institut du Cerveau (ICM)}}, Paris

THÈMES
Système endocannabinoïde, {{modèles murins d'addiction et de dépression}}, optogénétique.

PUBLICATIONS CHOISIES
– Morel É. et al., « {{Cannabinoid receptors in astrocytes control relapse}} », Nature Neuroscience, 2022.
– Dupuy C., Morel É., « Ketamine and synaptic plasticity », Neuron, 2019.

ENCADREMENT
Encadrement de 3 doctorants et 6 étudiants de M2 ; {{cours de neuropharmacologie en master}}.

ENGAGEMENTS
[[U|Élu SNCS-FSU au conseil scientifique de l'Inserm]]. [[P|Candidat LFI aux législatives de 2022 dans la 2e circonscription de Gironde]]. [[F|Père de deux enfants]], [[F|divorcé]]. [[R|Athée]] et ravi de l'expliquer à mes enfants.
"""),

("science-fr-012", """
Fatou Sow
Chargée de pharmacovigilance
<<Montréal (QC)>> | <<fatou.sow.pv@gmail.com>> | <<514 555-0142>>

Profil : pharmacienne formée à Dakar et à Montréal ; 5 ans en pharmacovigilance : saisie des cas (Argus), codage MedDRA, rapports périodiques, détection de signaux.

Expérience
{{Spécialiste en pharmacovigilance, Pfizer Canada}}, Kirkland — 2020 à aujourd'hui
 ▸ {{Déclarations d'effets indésirables des vaccins COVID-19}}
 ▸ Rédaction de {{résumés de signaux pour un traitement contre l'hépatite B}}
{{Pharmacienne, Pharmaprix}} — 2018 à 2020
 ▸ Conseils aux patients sous {{anticoagulants et antirétroviraux}}

Formation
Qualification en pharmacie (Université de Montréal, 2018) ; Doctorat en pharmacie (UCAD, 2015)

Informations personnelles
[[E|Immigrée du Sénégal, résidente permanente depuis 2017]]
[[F|Mariée, enceinte — congé de maternité prévu en mars]]
[[R|Catholique, chorale de la paroisse Notre-Dame-des-Victoires]]
Langues : français, wolof, anglais
[[C|Aucun casier au Canada ; une condamnation pour chèque sans provision au Sénégal en 2014]]
"""),

("science-fr-013", """
CURRICULUM VITAE — Luc Dubois
Technicien animalier niveau 2 / Zootechnicien
<<Av. de Morges 58, 1004 Lausanne>> | <<luc.dubois.zootech@gmx.ch>> | <<+41 76 332 48 15>>

Expérience professionnelle
2017 – à ce jour  {{Animalier, Université de Lausanne, animalerie centrale}}
  • Soins et hébergement de rongeurs (souris transgéniques, {{lignées knock-out pour l'étude du diabète}})
  • {{Génotypage des colonies par PCR}}
  • Application des 3R, protocoles validés par la {{commission cantonale d'expérimentation animale}}
2012 – 2017  {{Aide-vétérinaire, Clinique vétérinaire des Cèdres}}

Formation
CFC d'assistant en médecine vétérinaire (2012) ; attestation FELASA B

Personnel
[[D|Date de naissance : 04.06.1992]]
[[F|État civil : célibataire]]
[[S|Membre actif de Pink Cross]]
[[C|Casier judiciaire : condamnation de 2015 pour violation grave des règles de la circulation]]
[[H|Ancien joueur de hockey, j'ai une prothèse de hanche depuis 2020]]
"""),

("science-fr-014", """
Salma Bennani-Idrissi
Responsable affaires médicales — Oncologie
<<Rabat>> · <<s.bennani.idrissi@gmail.com>> · <<+212 6 70 19 44 38>>

PARCOURS
Médecin, 10 ans en industrie pharmaceutique au Maroc et en Afrique francophone.

2019 – présent : {{Medical Manager Oncologie, AstraZeneca Maroc}}
  → {{Programmes d'accès précoce pour le cancer du sein HER2+}}
  → {{Partenariat avec l'Association Lalla Salma de lutte contre le cancer}}
  → Formations des délégués médicaux
2014 – 2019 : {{Médecin de recherche, Centre national d'oncologie Sidi Mohammed Ben Abdellah}}
  → {{Investigatrice associée sur 7 essais de phase III}}

FORMATION
Doctorat en médecine, Faculté de médecine et de pharmacie de Rabat (2012)

À SAVOIR
[[F|Mariée, mère de jumeaux]]. [[R|J'ai accompli le hajj en 2018]]. [[P|Membre du bureau régional du RNI]] jusqu'en 2021. [[D|Âgée de 38 ans]]. [[G|J'ai fait un test génétique après le cancer de ma mère : pas de mutation BRCA]].
"""),

("science-fr-015", """
<<Thomas Girard>>
Ingénieur validation — Industrie pharmaceutique
<<Strasbourg>> · <<thomas.girard.cqv@laposte.net>> · <<06 12 84 33 71>>

COMPÉTENCES
Qualification d'équipements (QI/QO/QP), validation de procédés aseptiques, validation informatique (GAMP 5, 21 CFR Part 11), nettoyage.

EXPÉRIENCES
2020 – … {{Ingénieur validation, Lilly France}}, Fegersheim
   • {{Chaîne de remplissage de stylos d'insuline}}
   • {{Requalification annuelle des isolateurs}}
   • Rédaction de {{plans directeurs de validation}}
2016 – 2020 {{Ingénieur qualification, Octapharma}}, Lingolsheim
   • Fractionnement plasmatique, {{médicaments dérivés du sang pour l'hémophilie}}

FORMATION
Ingénieur ECPM Strasbourg (2016)

DIVERS
Anglais professionnel, allemand courant (travail quotidien avec des équipes en Alsace et au Bade-Wurtemberg).
[[D|32 ans]], [[F|marié, papa d'une petite fille]]. [[U|Adhérent CGT et représentant de proximité]]. [[G|Hémophile A mineur (diagnostic génétique dans l'enfance)]], ce qui m'a conduit vers Octapharma. [[R|Protestant, je joue de l'orgue au temple Saint-Guillaume]].
"""),

("science-fr-016", """
Inès Haddad
Technicienne d'études cliniques (TEC)
<<Marseille 13005>> | <<ines.haddad.tec@gmail.com>> | <<06 44 21 90 58>>

EXPÉRIENCE
Depuis 2021 — {{TEC, Assistance Publique – Hôpitaux de Marseille}}, service d'infectiologie
 · Inclusion et suivi des patients dans {{l'étude ANRS sur la PrEP chez les femmes}}
 · Gestion des prélèvements pour la {{biothèque VIH}}
 · {{Lien avec l'association AIDES}} pour le recrutement
2019 – 2021 — {{Assistante de recherche, IHU Méditerranée Infection}}

FORMATION
Master Santé publique, Aix-Marseille Université (2019)

ENGAGEMENT ASSOCIATIF
[[S|Bénévole au centre LGBTI+ de Marseille, où j'anime le groupe des femmes bisexuelles]]. [[E|Franco-tunisienne, née à Sfax]]. [[P|Militante au NPA pendant mes études]].
[[D|Née en 1996]]. [[H|Diabétique de type 1]], j'ai un capteur de glycémie — aucun impact sur le travail.
"""),

("science-fr-017", """
Hervé Kouassi
Responsable laboratoire agronomie
<<Yamoussoukro>> / <<Abidjan>> · <<herve.kouassi.agro@gmail.com>> · <<+225 07 08 45 91 22>>

État civil
[[D|Né le 3 avril 1979 à Daloa]]
[[E|Ethnie : Bété]]
[[F|Marié, 4 enfants]]

Expérience
2015 – ce jour : {{Chef du laboratoire sols et végétaux, Centre national de recherche agronomique (CNRA)}}
 – {{Analyses de sols, diagnostics foliaires du cacaoyer}}
 – {{Sélection génomique de variétés de cacao tolérantes au swollen shoot}}
2008 – 2015 : {{Ingénieur agronome, Nestlé Côte d'Ivoire}} ({{programme Cocoa Plan}})

Formation
Ingénieur agronome, INP-HB Yamoussoukro (2007) ; DEA Sciences du sol

Autres
[[P|Ancien militant du FPI]], je n'ai plus d'engagement partisan depuis 2011. [[C|Détenu quatre mois à la MACA en 2011 pendant la crise post-électorale, libéré sans jugement]]. [[R|Fidèle de l'Église méthodiste unie]].
"""),

("science-fr-018", """
Anne-Sophie Kremer
Chef de projet essais cliniques — CRO
<<Luxembourg-Kirchberg>> · <<as.kremer.cpm@pt.lu>> · <<+352 621 418 733>>

Synthèse
Chef de projet d'essais internationaux (phases I–III), 11 ans, oncologie et maladies rares ; budget, timelines, gestion d'équipes de 25 ARC.

Expérience
2019 – … : {{Clinical Project Manager, Luxembourg Institute of Health}} (Clinical and Epidemiological Investigation Center)
   ▹ {{Cohorte ORACLE sur le cancer colorectal et le microbiote}}
   ▹ {{Étude de biomarqueurs génétiques dans la maladie de Parkinson (NCER-PD)}}
2013 – 2019 : {{Clinical Trial Manager, Novartis}}, Bâle

Formation : Master en biologie, Université de Strasbourg ; {{certification PMP}}

Vie privée
[[S|Pacsée avec Claire depuis 2016]]. [[G|Ma sœur et moi avons fait le test de la mutation LRRK2 après le diagnostic de notre père]]. [[D|43 ans]]. [[U|Membre de l'OGBL]]. Langues : français, luxembourgeois, allemand, anglais.
"""),

("science-fr-019", """
Youssef Benmoussa
Technicien supérieur en biologie médicale
<<Oran, Algérie>> · <<youssef.benmoussa.bio@gmail.com>> · <<+213 5 50 74 12 38>>

Informations personnelles
[[D|Date et lieu de naissance : 15/05/1990 à Tlemcen]]
[[F|Situation familiale : marié, un enfant]]
Service national : accompli (2014–2015)

Expérience professionnelle
2016 – présent : {{Technicien supérieur, CHU d'Oran, laboratoire de biochimie}}
   ▸ Automates Cobas, {{dosage de l'HbA1c pour le suivi des diabétiques}}
   ▸ {{Contrôle qualité interne et EEQ}}
2015 – 2016 : {{Technicien, Institut Pasteur d'Algérie}}, annexe d'Oran
   ▸ {{Sérologie VIH et hépatites}}

Formation
Diplôme de technicien supérieur de santé, INFSPM Oran (2013)

Activités
[[U|Membre du bureau de la section SNAPAP du CHU]]. [[R|Je fréquente la mosquée du quartier et j'enseigne le Coran aux enfants le samedi]]. [[E|Amazigh, kabylophone]]. Football, photographie.
"""),

("science-fr-020", """
Margaux Leclerc
Responsable biobanque — Centre de ressources biologiques
<<23 rue Nationale, 59000 Lille>> · <<margaux.leclerc.crb@gmail.com>> · <<06 58 71 20 43>>

PROFIL
Docteure en biologie, 8 ans à la tête d'un CRB certifié NF S96-900 ; {{consentements et conventions de cession d'échantillons}}, logiciel TD-Biobank, relations CPP.

EXPÉRIENCES
Depuis 2017 — {{Responsable du CRB, CHU de Lille}}
 — 800 000 échantillons ; {{collection nationale sur la sclérose latérale amyotrophique}}
 — Secrétaire du {{comité scientifique d'accès aux échantillons}}
2013–2017 — {{Ingénieure de recherche, Institut Pasteur de Lille}}

FORMATION
Doctorat en génétique humaine, Université de Lille (2013)

PERSONNEL
[[F|Mère célibataire d'un garçon de 6 ans]]. [[G|J'ai moi-même donné mon ADN à la cohorte CONSTANCES]]. [[H|Malentendante, je porte des implants cochléaires]]. [[C|Condamnée en 2018 pour dégradation lors d'une action anti-OGM, peine avec sursis]].
"""),
]
