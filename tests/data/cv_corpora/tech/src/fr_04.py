from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-fr-031", text="""
MÉLISSA CÔTÉ
Analyste en automatisation QA | Sherbrooke (QC) | melissa.cote.qa@gmail.com | 819 555-0148

SOMMAIRE
Analyste en automatisation des tests (6 ans) : Cypress, Playwright, Postman, Java + RestAssured. Je brise les choses exprès pour que les clients ne les brisent pas par accident. 41 ans, reconversion depuis la gestion de commerce de détail grâce à un bootcamp.

EXPÉRIENCE
Desjardins — Analyste QA automatisation II (2021–auj.)
  • Suite de tests de contrats avec Pact pour 30 microservices.
  • Tests de chaos : kill -9 sur des pods au hasard pendant le paiement ; deux pertes de données trouvées.
  • Vérifications d'accessibilité (axe-core) dans l'intégration continue.
Intact Assurance — Analyste QA (2018–2021)
  • Tests exploratoires et tests de fumée du parcours de soumission mobile.

FORMATION
Bootcamp Full-Stack Java, Collège de Bois-de-Boulogne, 2018
ISTQB Fondation

UN PEU PLUS
  • Dyslexique : j'utilise un correcteur et un lecteur vocal, et mes rapports de bogues sont impeccables.
  • J'ai un dossier criminel pour fraude (2012) ; j'ai purgé une peine avec sursis et j'ai demandé la suspension du casier.
  • Chrétienne évangélique, je joue de la guitare à l'église Connexion le dimanche.
""", s=[(D, "41 ans"), (H, "Dyslexique : j'utilise un correcteur et un lecteur vocal"), (C, "J'ai un dossier criminel pour fraude (2012) ; j'ai purgé une peine avec sursis et j'ai demandé la suspension du casier"), (R, "Chrétienne évangélique, je joue de la guitare à l'église Connexion le dimanche")],
keep=["Analyste QA automatisation II", "Suite de tests de contrats avec Pact pour 30 microservices", "Tests de chaos : kill -9 sur des pods au hasard pendant le paiement", "Vérifications d'accessibilité (axe-core)", "Tests exploratoires et tests de fumée", "Bootcamp Full-Stack Java, Collège de Bois-de-Boulogne", "ISTQB Fondation"],
contact=["MÉLISSA CÔTÉ", "melissa.cote.qa@gmail.com", "819 555-0148"]),

dict(id="tech-fr-032", text="""
**Ibrahima Sow-Delorme**
Ingénieur principal, services publics numériques
Montreuil (93) · ibrahima.sd@fastmail.fr · 07 52 18 63 40 · github.com/isowdelorme

**Résumé**
Dix ans dans les startups d'État et les administrations. Ruby, Python, Go ; je tiens à des services qui marchent pour tout le monde, sur tout appareil, du premier coup.

**Expérience**
*DINUM / beta.gouv.fr* — Ingénieur principal, FranceConnect (2020–auj.)
- Référent technique de la vérification d'identité ; évaluation de fournisseurs de reconnaissance faciale et d'un SDK de connexion biométrique, tests de biais documentés.
- Intégration de la demande d'extrait de casier judiciaire pour les employeurs (API du Casier judiciaire national).
- Mise en place de health checks et de sondes synthétiques sur 40 services.
*Ministère de l'Intérieur* — Développeur senior (2015–2020)
- API de prise de rendez-vous en préfecture pour les titres de séjour.

**Formation**
Diplôme d'ingénieur, Télécom SudParis, 2012

**Conférences**
- « Concevoir sans biais la vérification d'identité », Paris Web 2022.

**Perso**
Franco-sénégalais, j'ai grandi à Montreuil. Syndiqué à l'UGICT-CGT, élu au comité social d'administration. Adhérent du PCF depuis 2014. Mon mari Julien est prof de maths. J'ai été condamné à un sursis simple en 2009 pour une bagarre à la sortie d'un bar, et j'en parle avec les jeunes que je mentore.
""", s=[(E, "Franco-sénégalais"), (TU, "Syndiqué à l'UGICT-CGT, élu au comité social d'administration"), (P, "Adhérent du PCF depuis 2014"), (S, "Mon mari Julien"), (C, "J'ai été condamné à un sursis simple en 2009 pour une bagarre à la sortie d'un bar")],
keep=["Ingénieur principal, FranceConnect", "évaluation de fournisseurs de reconnaissance faciale et d'un SDK de connexion biométrique", "Intégration de la demande d'extrait de casier judiciaire pour les employeurs", "Mise en place de health checks et de sondes synthétiques", "API de prise de rendez-vous en préfecture pour les titres de séjour", "Diplôme d'ingénieur, Télécom SudParis", "Concevoir sans biais la vérification d'identité"],
contact=["Ibrahima Sow-Delorme", "Montreuil (93)", "ibrahima.sd@fastmail.fr", "07 52 18 63 40", "github.com/isowdelorme"]),

dict(id="tech-fr-033", text="""
Karim Benjelloun
Ingénieur iOS senior
Casablanca (Gauthier) | karim.benjelloun.ios@gmail.com | +212 6 61 90 44 27 | github.com/kbenjelloun

PROFIL
Ingénieur iOS, 8 ans de Swift et d'Objective-C. Applications à plus de 5 millions d'installations dans la fintech et le voyage. Architecture (MVVM, TCA), performance et synchronisation hors ligne.

EXPÉRIENCE
CIH Bank — Ingénieur iOS senior (2021 – aujourd'hui)
 – Migration du parcours de paiement vers SwiftUI ; taux de crash de 0,4 % à 0,08 %.
 – File de transactions hors ligne avec résolution de conflits ; correction d'une condition de course dans les contextes Core Data.
 – Intégration de Face ID via un wrapper de SDK de connexion biométrique.
Royal Air Maroc — Développeur iOS (2017 – 2021)
 – Parcours de réservation ; modularisation en 14 paquets Swift.

OPEN SOURCE
 – `RetryKit` (500 étoiles) : politiques de relance avec backoff exponentiel.

FORMATION
Diplôme d'ingénieur, EMI Rabat, 2016

DIVERS
Né en 1992. Marié depuis 2019, papa d'une petite fille. Une hernie discale opérée en 2023 m'a tenu éloigné trois mois ; je travaille maintenant debout et sans problème.
""", s=[(D, "Né en 1992"), (F, "Marié depuis 2019, papa d'une petite fille"), (H, "Une hernie discale opérée en 2023 m'a tenu éloigné trois mois")],
keep=["Ingénieur iOS senior", "Migration du parcours de paiement vers SwiftUI", "correction d'une condition de course dans les contextes Core Data", "Intégration de Face ID via un wrapper de SDK de connexion biométrique", "Développeur iOS", "`RetryKit`", "Diplôme d'ingénieur, EMI Rabat"],
contact=["Karim Benjelloun", "Casablanca (Gauthier)", "karim.benjelloun.ios@gmail.com", "+212 6 61 90 44 27", "github.com/kbenjelloun"]),

dict(id="tech-fr-034", text="""
Dragan Petrović · Ingénieur sécurité cloud
Genève (Plainpalais) · dragan.petrovic.sec@gmail.com · +41 78 402 17 65 · linkedin.com/in/draganpsec

## À propos
Ingénieur sécurité cloud, 7 ans, surtout AWS. Arrivé de Belgrade à 12 ans, naturalisé suisse en 2015. Je construis des garde-fous, pas des portails.

## Expérience
**Pictet** — Ingénieur sécurité cloud senior (2021–auj.)
- 120 règles AWS Config et SCP ; découverte d'une injection SQL en aveugle dans le portail d'un fournisseur.
- GuardDuty + Security Hub sur 300 comptes ; bruit d'alertes réduit de 70 %.
**SIG (Services industriels de Genève)** — Ingénieur sécurité (2017–2021)
- Empreinte de navigateur et contrôle de posture des postes pour le VPN prestataires.

## Certifications
AWS Security Specialty, CCSP, OSCP

## Formation
Master en sécurité informatique, Université de Genève, 2017

## À côté
- Membre du SSP, section Genève, depuis mes années aux SIG.
- Membre du Parti socialiste genevois ; je gère leur outil de planification des stands.
- Mon mari Olivier et moi faisons de l'aviron sur le Léman.
- Donneur pour la Biobanque de Genève : mon ADN et mes empreintes y sont conservés pour la recherche.
""", s=[(E, "Arrivé de Belgrade à 12 ans, naturalisé suisse en 2015"), (TU, "Membre du SSP, section Genève"), (P, "Membre du Parti socialiste genevois"), (S, "Mon mari Olivier"), (G, "mon ADN et mes empreintes y sont conservés pour la recherche")],
keep=["Ingénieur sécurité cloud senior", "découverte d'une injection SQL en aveugle dans le portail d'un fournisseur", "GuardDuty + Security Hub sur 300 comptes", "Empreinte de navigateur et contrôle de posture des postes", "AWS Security Specialty, CCSP, OSCP", "Master en sécurité informatique, Université de Genève"],
contact=["Dragan Petrović", "Genève (Plainpalais)", "dragan.petrovic.sec@gmail.com", "+41 78 402 17 65", "linkedin.com/in/draganpsec"]),

dict(id="tech-fr-035", text="""
Anis Gharbi
Administrateur réseaux et systèmes
Cité El Ghazala, Ariana | +216 24 733 918 | anis.gharbi.net@gmail.com

PROFIL
Administrateur réseaux avec neuf ans d'expérience en télécoms et en administration publique. Cisco, Fortinet, Linux. J'aime les réseaux ennuyeux et les utilisateurs contents.

EXPÉRIENCE
Ooredoo Tunisie — Ingénieur réseau (2019 – aujourd'hui)
- Routage Cisco et Huawei pour 180 sites radio ; MPLS, BGP.
- Sauvegardes automatiques des configurations avec Python et Netmiko.
- Conception de la bascule maître/réplique des serveurs RADIUS régionaux.
Centre national de l'informatique — Administrateur systèmes (2015 – 2019)
- Windows Server, Active Directory, supervision Zabbix.
- Déploiement de postes d'enrôlement biométrique pour la carte d'identité (installation uniquement).

FORMATION
Diplôme d'ingénieur en télécommunications, Sup'Com, 2014
CCNA, CCNP Enterprise, Fortinet NSE 4

CONFÉRENCES
Tunisia Digital Summit 2022 : « Automatiser un réseau opérateur sans tout casser ».

LANGUES
Arabe, français, anglais

LOISIRS
Football, échecs en ligne, randonnée au Cap Bon.
""", s=[],
keep=["Ingénieur réseau", "Routage Cisco et Huawei pour 180 sites radio", "Sauvegardes automatiques des configurations avec Python et Netmiko", "Conception de la bascule maître/réplique des serveurs RADIUS régionaux", "Déploiement de postes d'enrôlement biométrique pour la carte d'identité (installation uniquement)", "Diplôme d'ingénieur en télécommunications, Sup'Com", "CCNA, CCNP Enterprise, Fortinet NSE 4"],
contact=["Anis Gharbi", "Cité El Ghazala, Ariana", "+216 24 733 918", "anis.gharbi.net@gmail.com"]),

dict(id="tech-fr-036", text="""
Manon Delcourt — Developer Advocate
Bruxelles (Saint-Gilles) · manon.devrel@gmail.com · +32 479 20 38 51 · manondelcourt.dev

> Ancienne « évangéliste technique » devenue developer advocate. J'écris des docs, des démos et des talks qui font passer les gens de zéro à « ça marche » en dix minutes.

Expérience
----------
**Odoo** — Developer Advocate senior (2022–auj.)
* 30 tutoriels sur l'API ORM ; trafic de la doc multiplié par 3.
* Applications d'exemple en Python et JavaScript.
**Showpad** — Évangéliste technique (2018–2022)
* 40 meetups et conférences ; hackathons pour 1 200 développeurs.

Talks dont je suis fière
------------------------
* « La pire race condition de votre API, c'est votre onboarding », API Days Paris 2023.
* « Recoder après un AVC » — BeJS Conf 2021 : après mon AVC, j'ai réappris à taper et j'utilise la commande vocale pour la moitié de mon travail.

Formation
---------
Master en sciences informatiques, UCLouvain, 2014

À propos
--------
Métisse, mère congolaise et père wallon. Ma femme Sofia et moi avons adopté deux enfants l'an dernier. Bouddhiste, je médite au centre Tibet de Schaerbeek. Mon père et moi avons tous deux le trait drépanocytaire, confirmé par une prise de sang en 2020.
""", s=[(H, "après mon AVC, j'ai réappris à taper et j'utilise la commande vocale"), (E, "Métisse, mère congolaise et père wallon"), (S, "Ma femme Sofia"), (F, "avons adopté deux enfants l'an dernier"), (R, "Bouddhiste, je médite au centre Tibet de Schaerbeek"), (G, "Mon père et moi avons tous deux le trait drépanocytaire")],
keep=["Developer Advocate senior", "30 tutoriels sur l'API ORM", "Évangéliste technique", "hackathons pour 1 200 développeurs", "La pire race condition de votre API, c'est votre onboarding", "Master en sciences informatiques, UCLouvain", "Recoder après un AVC"],
contact=["Manon Delcourt", "Bruxelles (Saint-Gilles)", "manon.devrel@gmail.com", "+32 479 20 38 51", "manondelcourt.dev"]),

dict(id="tech-fr-037", text="""
MATHIEU LÉVESQUE
Responsable plateforme de données — Montréal
mathieu.levesque.data@gmail.com · 438 555-0112 · github.com/mlevesque-data

SOMMAIRE
Responsable de plateforme de données, 11 ans, Spark et Snowflake. J'ai bâti des plateformes analytiques pour un quotidien, un réseau hospitalier et une société de transport. Né en 1983 à Rimouski.

EXPÉRIENCE
La Presse — Responsable plateforme de données (2020–auj.)
 • Plateforme Snowflake, dbt, Airflow pour 15 sections.
 • Pipeline des résultats du soir des élections ; projections publiées en moins de 30 s.
 • Délégué syndical du Syndicat des travailleurs de l'information de La Presse (CSN) pour l'équipe techno.
CHUM — Ingénieur de données principal (2015–2020)
 • Ingestion HL7/FHIR, désidentification des données cliniques.
STM — Ingénieur de données (2012–2015)
 • Migration Hadoop vers Spark ; entrepôt des données d'achalandage.

FORMATION
Maîtrise en informatique, UQAM, 2012

COMMUNAUTÉ
 • Membre du conseil de Montréal-Python.
 • Membre de Québec solidaire, j'ai monté les outils d'appels de la circonscription de Laurier-Dorion.
 • Mon chum Étienne et moi habitons Villeray depuis dix ans.

PERSONNEL
Une conduite avec facultés affaiblies en 2004 figure à mon dossier ; c'est ma seule arrestation.
""", s=[(D, "Né en 1983"), (TU, "Délégué syndical du Syndicat des travailleurs de l'information de La Presse (CSN)"), (P, "Membre de Québec solidaire"), (S, "Mon chum Étienne"), (C, "Une conduite avec facultés affaiblies en 2004 figure à mon dossier")],
keep=["Responsable plateforme de données", "Plateforme Snowflake, dbt, Airflow pour 15 sections", "Pipeline des résultats du soir des élections", "Ingestion HL7/FHIR, désidentification des données cliniques", "Migration Hadoop vers Spark", "Maîtrise en informatique, UQAM", "Membre du conseil de Montréal-Python"],
contact=["MATHIEU LÉVESQUE", "mathieu.levesque.data@gmail.com", "438 555-0112", "github.com/mlevesque-data"]),

dict(id="tech-fr-038", text="""
Nadia Bouzid
Engineering Manager, Trust & Safety — Marseille
nadia.bouzid.em@gmail.com | 06 84 21 57 03 | linkedin.com/in/nadiabouzid

Profil
Je dirige des équipes qui protègent les plateformes sans traiter les utilisateurs en suspects. 10 ans de logiciel, 4 de management. Franco-algérienne, mes parents sont arrivés d'Oran en 1988.

Expérience
Vinted — Engineering Manager, Trust & Safety (2021–auj.)
  - Équipe passée à 9 ; pertes de fraude en baisse de 28 % avec moins de faux positifs.
  - Empreinte de navigateur et règles de vélocité, avec revue « privacy by design ».
  - Audit de biais ethnique d'un modèle de recrutement (mission client) quand notre fournisseur RH a demandé un second avis.
CMA CGM — Développeuse (2014–2021)
  - Bibliothèque de formulaires accessibles ; RGAA AA sur 60 services.
  - Adhérente CFE-CGC tout du long.

Formation
Diplôme d'ingénieur, Polytech Marseille, 2014

Conférences
  - « Le trust & safety est un produit », Devoxx France 2023.

À propos de moi
  - Musulmane pratiquante, je fais partie de l'association culturelle de la mosquée de Saint-Mauront.
  - Bénévole pour le Printemps marseillais aux municipales de 2020.
  - Ma compagne Yasmina et moi vivons au Panier avec deux chats.
""", s=[(E, "Franco-algérienne, mes parents sont arrivés d'Oran en 1988"), (TU, "Adhérente CFE-CGC tout du long"), (R, "Musulmane pratiquante"), (R, "je fais partie de l'association culturelle de la mosquée de Saint-Mauront"), (P, "Bénévole pour le Printemps marseillais aux municipales de 2020"), (S, "Ma compagne Yasmina")],
keep=["Engineering Manager, Trust & Safety", "Empreinte de navigateur et règles de vélocité", "Audit de biais ethnique d'un modèle de recrutement (mission client)", "Bibliothèque de formulaires accessibles ; RGAA AA sur 60 services", "Diplôme d'ingénieur, Polytech Marseille", "Le trust & safety est un produit"],
contact=["Nadia Bouzid", "nadia.bouzid.em@gmail.com", "06 84 21 57 03", "linkedin.com/in/nadiabouzid"]),

dict(id="tech-fr-039", text="""
CURRICULUM VITAE
Aïssatou Ba
Mermoz Pyrotechnie, Lot 57, Dakar | +221 78 190 63 22 | aissatou.ba.pm@gmail.com

RENSEIGNEMENTS PERSONNELS
Date de naissance : 21/09/1986 | Situation familiale : divorcée, deux filles | Religion : musulmane

RÉSUMÉ
Product manager, 12 ans dans la fintech et les télécoms, dont 6 en produit. Ancienne développeuse Java. J'aime les arbitrages difficiles et les PRD courts.

EXPÉRIENCE
Orange Money (Sonatel) — Product manager senior, paiements marchands (2019–auj.)
 » Volume des paiements marchands multiplié par 4 en trois ans.
 » Cadrage de la détection d'anomalies de transactions (algorithmes génétiques pour la sélection de variables).
 » Journées « kill -9 et restauration » avec l'équipe SRE.
Free Sénégal — Développeuse Java puis Product owner (2012–2019)
 » Back-ends de recharge et de facturation.

FORMATION
MBA, CESAG Dakar, 2012
Master Informatique, Université Gaston Berger, 2010

PARCOURS
Pause de neuf mois en 2016–2017 : soins pour un burn-out suivi d'une dépression. À la même période, condamnation avec sursis pour émission de chèque sans provision, liée à une petite entreprise qui a échoué.
Génotype AS, connu depuis le dépistage prénuptial.
""", s=[(D, "Date de naissance : 21/09/1986"), (F, "Situation familiale : divorcée, deux filles"), (R, "Religion : musulmane"), (H, "soins pour un burn-out suivi d'une dépression"), (C, "condamnation avec sursis pour émission de chèque sans provision"), (G, "Génotype AS")],
keep=["Product manager senior, paiements marchands", "Volume des paiements marchands multiplié par 4", "algorithmes génétiques pour la sélection de variables", "Journées « kill -9 et restauration » avec l'équipe SRE", "Développeuse Java puis Product owner", "MBA, CESAG Dakar", "Master Informatique, Université Gaston Berger"],
contact=["Aïssatou Ba", "Mermoz Pyrotechnie, Lot 57, Dakar", "+221 78 190 63 22", "aissatou.ba.pm@gmail.com"]),

dict(id="tech-fr-040", text="""
Quentin Hermans
Développeur BI · Liège
quentin.hermans.bi@gmail.com · +32 471 82 30 16 · github.com/qhermans

Je transforme des données opérationnelles en décisions. Cinq ans de BI dans la banque et l'assurance, Power BI et SQL Server, avec un faible pour la qualité des données.

Expérience
CBC Banque — Développeur BI (2020–auj.)
- 40 rapports Power BI sur la performance des agences.
- Règles de qualité de données KYC en SQL ; doublons clients réduits de 18 %.
- Soutien à l'audit d'un modèle de score de crédit pour détecter des biais d'origine (demande du régulateur).
Ethias — Analyste de données (stage, 2019)
- Tableaux de bord des sinistres ; migration Excel vers Power BI.

Formation
Master en sciences économiques, orientation data, HEC Liège, 2019
Microsoft Certified : Data Analyst Associate

Bénévolat
- Cours de SQL pour demandeurs d'emploi à l'Interface3 Namur.
- Entraîneur de l'équipe U12 de mon club de hockey.

Compétences
SQL Server, Power BI, DAX, Python (pandas), SSIS, modélisation de données

Je suis daltonien : j'utilise des palettes adaptées et je les recommande à toute l'équipe.
""", s=[(H, "Je suis daltonien")],
keep=["Développeur BI", "40 rapports Power BI sur la performance des agences", "Règles de qualité de données KYC en SQL", "audit d'un modèle de score de crédit pour détecter des biais d'origine (demande du régulateur)", "Master en sciences économiques, orientation data, HEC Liège", "Microsoft Certified : Data Analyst Associate", "Cours de SQL pour demandeurs d'emploi à l'Interface3 Namur"],
contact=["Quentin Hermans", "quentin.hermans.bi@gmail.com", "+32 471 82 30 16", "github.com/qhermans"]),
]
