from cats import H, R, P, TU, E, S, C, G, D, F

CVS = [
dict(id="tech-fr-011", text="""
## Thibault Lejeune — développeur Android / Kotlin
Liège · thibault.lejeune@pm.me · +32 495 60 17 23 · github.com/tlejeune

### Actuellement
**Ethias** — Développeur mobile senior (2020–auj.)
- Refonte de l'app de déclaration de sinistres en Jetpack Compose ; 99,7 % de sessions sans crash.
- Modèles partagés en Kotlin Multiplatform, ce qui a clos le débat sur les types union en TypeScript contre les sealed classes.
- Délégué SETCa au conseil d'entreprise depuis 2022, pour le personnel IT.

**NRB** — Développeur Android (2016–2020)
- Applications pour des communes wallonnes ; tests UI avec Espresso.

### Stack
`Kotlin` `Compose` `Coroutines` `Room` `Firebase` `Bitrise`

### Communauté
- Orateur au Devoxx Belgium 2022 : « Migrer 200 écrans vers Compose sans geler les features ».
- Coorganisateur du GDG Liège.

### Hors du clavier
Je vis à Outremeuse avec mon compagnon Bastien. Militant au PTB depuis 2019, j'ai codé l'outil de porte-à-porte de la section liégeoise. Fin 2021, j'ai fait séquencer mon génome par une société privée pour un projet perso de visualisation des variants.

### Formation
Master en sciences informatiques, Université de Liège, 2016
""", s=[(TU, "Délégué SETCa au conseil d'entreprise depuis 2022"), (S, "mon compagnon Bastien"), (P, "Militant au PTB depuis 2019"), (G, "j'ai fait séquencer mon génome par une société privée")],
keep=["Développeur mobile senior", "Refonte de l'app de déclaration de sinistres en Jetpack Compose", "types union en TypeScript contre les sealed classes", "Devoxx Belgium 2022", "Coorganisateur du GDG Liège", "Master en sciences informatiques, Université de Liège", "Développeur Android"],
contact=["Thibault Lejeune", "thibault.lejeune@pm.me", "+32 495 60 17 23", "github.com/tlejeune"]),

dict(id="tech-fr-012", text="""
Salma Bennani
Ingénieure Machine Learning
Rabat, Agdal · salma.bennani.ml@gmail.com · +212 6 70 25 81 43 · huggingface.co/salmab

RÉSUMÉ
Ingénieure ML (5 ans) spécialisée dans les séries temporelles pour dispositifs de santé. Diabétique de type 1 depuis l'adolescence, je porte moi-même un capteur de glucose : ce domaine me tient à cœur.

EXPÉRIENCE
Sanofi Maroc — Ingénieure ML (2021–auj.)
• Modèles de prévision glycémique (TCN, LightGBM) pour une application de suivi du diabète d'un client medtech.
• MLOps : MLflow, pipelines Kubeflow, model cards, suivi de dérive.
Inwi — Data engineer (2019–2021)
• Pipelines Spark pour la détection de fraude SIM box.

FORMATION
Ingénieure d'État, INPT Rabat, 2019

PUBLICATION
« Prévision de la glycémie à court terme par convolutions temporelles », conférence IEEE BHI 2023 (co-autrice).

AUTRES
• Ma mère et moi sommes porteuses d'une mutation BRCA1, découverte par un test génétique familial en 2022.
• Mariée, un enfant de deux ans.
• Binationale marocaine et française, d'origine rifaine par mon père.
""", s=[(H, "Diabétique de type 1 depuis l'adolescence, je porte moi-même un capteur de glucose"), (G, "Ma mère et moi sommes porteuses d'une mutation BRCA1"), (F, "Mariée, un enfant de deux ans"), (E, "Binationale marocaine et française, d'origine rifaine par mon père")],
keep=["Ingénieure ML", "application de suivi du diabète d'un client medtech", "MLOps : MLflow, pipelines Kubeflow, model cards, suivi de dérive", "Pipelines Spark pour la détection de fraude SIM box", "Ingénieure d'État, INPT Rabat", "Prévision de la glycémie à court terme par convolutions temporelles"],
contact=["Salma Bennani", "Rabat, Agdal", "salma.bennani.ml@gmail.com", "+212 6 70 25 81 43", "huggingface.co/salmab"]),

dict(id="tech-fr-013", text="""
Émilie Bouchard
Ingénieure de données — Québec (Saint-Roch)
emilie.bouchard.data@gmail.com · 418 555-0166 · linkedin.com/in/emiliebouchard-donnees

Profil
Ingénieure de données, 8 ans, pipelines en lot et en continu pour le secteur public et l'assurance. J'aime dbt, les contrats de données et les pipelines qui ne réveillent personne à 3 h du matin. 34 ans, trois chats.

Expérience
Revenu Québec — Conseillère en architecture de données (2020–auj.)
- Pipeline de déclarations de revenus : Kafka → Spark → Delta Lake, 6 millions de dossiers.
- Contrats de données et registre de schémas ; tableaux de bord brisés réduits de 55 %.
- Déléguée syndicale au Syndicat de la fonction publique et parapublique du Québec (SFPQ) pour mon unité.
Beneva — Ingénieure de données (2016–2020)
- Airflow sur Kubernetes ; migration pandas vers PySpark.

Formation
Maîtrise en informatique, Université Laval, 2016

Communauté
Coorganisatrice de PyData Québec. Ma conjointe Sarah et moi animons un atelier de code pour ados à la bibliothèque Gabrielle-Roy.

Personnel
Porteuse du gène de la tyrosinémie, comme beaucoup de gens du Saguenay ; dépistée lors d'un projet de recherche.
""", s=[(D, "34 ans"), (TU, "Déléguée syndicale au Syndicat de la fonction publique et parapublique du Québec (SFPQ)"), (S, "Ma conjointe Sarah"), (G, "Porteuse du gène de la tyrosinémie")],
keep=["Conseillère en architecture de données", "Kafka → Spark → Delta Lake", "Contrats de données et registre de schémas", "Airflow sur Kubernetes ; migration pandas vers PySpark", "Maîtrise en informatique, Université Laval", "Coorganisatrice de PyData Québec"],
contact=["Émilie Bouchard", "emilie.bouchard.data@gmail.com", "418 555-0166", "linkedin.com/in/emiliebouchard-donnees"]),

dict(id="tech-fr-014", text="""
Nicolas Ferreira
Ingénieur DevOps — Toulouse
nicolas.ferreira.ops@gmail.com | 07 61 42 08 35 | gitlab.com/nferreira

Résumé : ingénieur plateforme et DevOps, 9 ans. Kubernetes, GitLab CI, Terraform, beaucoup de Bash. Papa solo d'une fille de 8 ans, j'apprécie les équipes qui planifient l'astreinte équitablement.

Expérience
Airbus — Ingénieur DevOps senior (2019–auj.)
* Migration de 120 services vers OpenShift avec Argo CD.
* Écriture d'un « faucheur » de processus zombies et orphelins dans les runners CI.
* Sondes de disponibilité et health checks ajoutés à chaque chart Helm.
Sopra Steria — Administrateur systèmes (2015–2019)
* VMware et Ansible sur site ; premiers pipelines CI.

Certifications
CKA, CKAD, AWS Solutions Architect Associate, HashiCorp Terraform Associate

Formation
DUT Réseaux et télécommunications, IUT de Blagnac, 2015

À savoir
Mon casier judiciaire (bulletin n° 2) mentionne une condamnation de 2013 pour conduite sous l'empire d'un état alcoolique ; je n'ai plus eu le moindre incident depuis.

Engagements
Adhérent de La France insoumise, je maintiens le site du groupe d'action de mon quartier. Donneur de moelle osseuse inscrit au registre, avec typage HLA.

Loisirs : rugby, homelab Proxmox, randonnée dans les Pyrénées.
""", s=[(F, "Papa solo d'une fille de 8 ans"), (C, "une condamnation de 2013 pour conduite sous l'empire d'un état alcoolique"), (P, "Adhérent de La France insoumise"), (G, "inscrit au registre, avec typage HLA")],
keep=["Ingénieur DevOps senior", "Migration de 120 services vers OpenShift avec Argo CD", "processus zombies et orphelins dans les runners CI", "Sondes de disponibilité et health checks", "Administrateur systèmes", "CKA, CKAD, AWS Solutions Architect Associate", "DUT Réseaux et télécommunications, IUT de Blagnac"],
contact=["Nicolas Ferreira", "nicolas.ferreira.ops@gmail.com", "07 61 42 08 35", "gitlab.com/nferreira"]),

dict(id="tech-fr-015", text="""
Ilyas Azzouzi
Développeur front-end · React & TypeScript
Molenbeek-Saint-Jean · ilyas.azzouzi.dev@gmail.com · +32 486 31 77 02 · github.com/iazzouzi

À PROPOS
Belgo-Marocain, développeur front depuis 6 ans. J'aime les design systems, les pages rapides et régler les querelles de religion tabs contre espaces avec une config Prettier.

EXPÉRIENCE
Collibra — Front-end Engineer (2021–auj.)
— Performance de l'éditeur de lignage ; premier rendu 35 % plus rapide.
— Typage de l'ancien store avec des types union discriminés.
Smals — Développeur web (2018–2021)
— Formulaires de la sécurité sociale belge ; corrections d'accessibilité, adoption de Storybook.

PROJETS
— `bxl-halal-map` : carte Next.js des restaurants halal de Bruxelles (projet perso, 2 000 utilisateurs par mois).
— `tokens-lite` : compilateur de jetons de design en variables CSS.

COMMUNAUTÉ
— Coorganisateur de BeJS et de l'atelier de code pour les jeunes de ma mosquée à Molenbeek, le samedi matin.
— Membre de la CNE depuis mon passage chez Smals.
— Mon copain Mathis et moi organisons chaque année un hackathon solidaire.

FORMATION
Bachelier en informatique de gestion, HE2B, 2018
""", s=[(E, "Belgo-Marocain"), (R, "l'atelier de code pour les jeunes de ma mosquée"), (TU, "Membre de la CNE depuis mon passage chez Smals"), (S, "Mon copain Mathis")],
keep=["Front-end Engineer", "régler les querelles de religion tabs contre espaces avec une config Prettier", "Typage de l'ancien store avec des types union discriminés", "Formulaires de la sécurité sociale belge", "`tokens-lite`", "Coorganisateur de BeJS", "Bachelier en informatique de gestion, HE2B"],
contact=["Ilyas Azzouzi", "Molenbeek-Saint-Jean", "ilyas.azzouzi.dev@gmail.com", "+32 486 31 77 02", "github.com/iazzouzi"]),

dict(id="tech-fr-016", text="""
AWA NDIAYE
Analyste cybersécurité (SOC)
Sacré-Cœur 3, Villa 4410, Dakar · +221 76 512 40 87 · awa.ndiaye.soc@gmail.com

INFORMATIONS PERSONNELLES
Née le 12 mars 1994 à Saint-Louis | Ethnie : wolof | Situation matrimoniale : célibataire sans enfant

PROFIL
Analyste SOC, 6 ans dans la banque et l'administration. Splunk, Microsoft Sentinel, CrowdStrike. J'aime la chasse aux menaces et j'écris aussi les rapports.

EXPÉRIENCE
Sénégal Numérique SA — Analyste SOC senior (2021–auj.)
• Triage de niveau 2 pour 35 administrations ; 60 règles de détection Sentinel.
• Responsable d'incident sur un rançongiciel lié à un VPN non corrigé.
• Tests de sécurité de l'API d'inscription sur les listes électorales pour la commission électorale (évaluation tierce).
CBAO Groupe Attijariwafa bank — Chargée de sécurité SI (2018–2021)
• Gestion des vulnérabilités ; audits ISO 27001.

CERTIFICATIONS
CompTIA Security+, CySA+, Microsoft SC-200

FORMATION
Master Sécurité des systèmes d'information, Université Cheikh Anta Diop, 2018

ENGAGEMENTS
Militante de Pastef, coordinatrice numérique pour la commune de Sicap-Liberté en 2024. Drépanocytaire (forme SS), je connais bien l'hôpital et je gère mes crises avec mon médecin.
""", s=[(D, "Née le 12 mars 1994"), (E, "Ethnie : wolof"), (F, "Situation matrimoniale : célibataire sans enfant"), (P, "Militante de Pastef, coordinatrice numérique pour la commune de Sicap-Liberté en 2024"), (G, "Drépanocytaire (forme SS)"), (H, "je connais bien l'hôpital et je gère mes crises avec mon médecin")],
keep=["Analyste SOC senior", "60 règles de détection Sentinel", "API d'inscription sur les listes électorales pour la commission électorale (évaluation tierce)", "Chargée de sécurité SI", "CompTIA Security+, CySA+, Microsoft SC-200", "Master Sécurité des systèmes d'information, Université Cheikh Anta Diop"],
contact=["AWA NDIAYE", "Sacré-Cœur 3, Villa 4410, Dakar", "+221 76 512 40 87", "awa.ndiaye.soc@gmail.com"]),

dict(id="tech-fr-017", text="""
Rebecca Haddad-Cohen
Ingénieure logicielle Staff, infrastructure de paiement
Paris 17e · rebecca.hc@fastmail.fr · 06 44 90 18 27 · github.com/rhaddadcohen

Ce que je fais
Des systèmes de paiement qui ne perdent pas d'argent quand le réseau déraille. 12 ans, surtout Java et Go, récemment Rust.

Expérience
Qonto — Staff Software Engineer (2020–auj.)
  · Conception du grand livre de virements « exactly-once » ; correction d'une condition de concurrence entre remboursements et litiges.
  · Exercices de bascule maître/réplique sur les shards PostgreSQL.
  · Élue CFDT au CSE de Qonto depuis 2023.
Lydia — Ingénieure backend senior (2015–2020)
  · Facturation des abonnements ; découpage d'un monolithe.

Formation
Diplôme d'ingénieur, Télécom Paris, 2012

Communauté
  · Oratrice à la dotJS 2022 : « L'idempotence est une fonctionnalité produit ».
  · Mentore chez Ada Tech School.

Organisation
Juive pratiquante : je ne travaille pas du vendredi soir au samedi soir ni lors des grandes fêtes, et je planifie mes échanges d'astreinte très en avance. Née à Tunis, arrivée en France à 10 ans.

Famille
Ma compagne Léa et moi attendons notre premier enfant en mai ; je prendrai un congé en été.
""", s=[(TU, "Élue CFDT au CSE de Qonto depuis 2023"), (R, "Juive pratiquante"), (E, "Née à Tunis, arrivée en France à 10 ans"), (S, "Ma compagne Léa"), (F, "attendons notre premier enfant en mai")],
keep=["Staff Software Engineer", "correction d'une condition de concurrence entre remboursements et litiges", "Exercices de bascule maître/réplique sur les shards PostgreSQL", "Diplôme d'ingénieur, Télécom Paris", "L'idempotence est une fonctionnalité produit", "Mentore chez Ada Tech School", "Ingénieure backend senior"],
contact=["Rebecca Haddad-Cohen", "Paris 17e", "rebecca.hc@fastmail.fr", "06 44 90 18 27", "github.com/rhaddadcohen"]),

dict(id="tech-fr-018", text="""
Philippe Dumont — Technicien support IT
Namur (Jambes)
philippe.dumont.it@skynet.be / 0472 18 63 95

QUI JE SUIS
J'ai 54 ans et je suis arrivé tard dans l'informatique, après vingt ans comme électricien. Reconversion via le Forem en 2018. Je me déplace en fauteuil roulant depuis un accident de chantier en 2016 ; mon poste actuel est adapté et j'aurais besoin de la même chose.

EXPÉRIENCE
Service public de Wallonie — Technicien support (2019–auj.)
 - Support poste de travail pour 900 agents ; 93 % de satisfaction.
 - Formation des nouveaux sur la collecte de logs et le mode sans échec.
Technobel (stage) — Helpdesk (2018–2019)
 - Masterisation de PC, files d'impression, réinitialisations Active Directory.

QUALIFICATIONS
Formation Technicien PC/réseau, Technobel, 2019
ITIL 4 Foundation, CompTIA A+

OUTILS
Windows 10/11, Intune, GLPI, PowerShell de base, beaucoup de patience

À CÔTÉ
Basket en fauteuil au club de Namur. Divorcé, trois enfants adultes. Condamné en 2003 pour coups et blessures lors d'une bagarre ; réhabilité depuis 2015.
""", s=[(D, "J'ai 54 ans"), (H, "Je me déplace en fauteuil roulant depuis un accident de chantier en 2016"), (H, "Basket en fauteuil"), (F, "Divorcé, trois enfants adultes"), (C, "Condamné en 2003 pour coups et blessures lors d'une bagarre ; réhabilité depuis 2015")],
keep=["Technicien support", "Support poste de travail pour 900 agents", "Helpdesk", "Formation Technicien PC/réseau, Technobel", "ITIL 4 Foundation, CompTIA A+", "Windows 10/11, Intune, GLPI"],
contact=["Philippe Dumont", "Namur (Jambes)", "philippe.dumont.it@skynet.be", "0472 18 63 95"]),

dict(id="tech-fr-019", text="""
Yasmine Trabelsi | Designer produit
Sousse · yasmine.trabelsi.design@gmail.com · +216 98 307 514 · behance.net/ytrabelsi

Designer produit pour la fintech et l'e-santé depuis 5 ans. Recherche utilisateur d'abord, Figma au quotidien, à l'aise avec les contraintes de faible débit.

Expérience
InstaDeep — Designer produit senior (2022–auj.)
 • Interfaces d'outils de bio-informatique ; algorithmes génétiques expliqués aux clients par la visualisation.
 • Recherche terrain avec des biologistes à Tunis et Paris.
Expensya — Designer produit (2019–2022)
 • Appli de notes de frais ; design system de zéro.

Formation
Licence en design graphique, ISBAS Sousse, 2018
Certificat Google UX Design

Conférences
 • Design Days Tunis 2023 : « Concevoir pour un après-midi en 3G ».
 • Panel Women in Tech Tunisia 2022 : j'ai parlé de ma propre dépression post-partum après la naissance de ma fille et de mon retour au travail.

Personnel
Mariée, une fille. Amazighe de Djerba, je parle chelha à la maison. Le test génétique prénatal a confirmé que je suis porteuse saine de la bêta-thalassémie. Militante d'Afek Tounes à l'université.
""", s=[(H, "ma propre dépression post-partum"), (F, "après la naissance de ma fille"), (F, "Mariée, une fille"), (E, "Amazighe de Djerba"), (G, "Le test génétique prénatal a confirmé que je suis porteuse saine de la bêta-thalassémie"), (P, "Militante d'Afek Tounes à l'université")],
keep=["Designer produit senior", "algorithmes génétiques expliqués aux clients par la visualisation", "Appli de notes de frais ; design system de zéro", "Licence en design graphique, ISBAS Sousse", "Certificat Google UX Design", "Concevoir pour un après-midi en 3G"],
contact=["Yasmine Trabelsi", "yasmine.trabelsi.design@gmail.com", "+216 98 307 514", "behance.net/ytrabelsi"]),

dict(id="tech-fr-020", text="""
Harpreet Singh Gill
Ingénieur sécurité — identité et biométrie
Laval (QC) · harpreet.gill@hey.com · 450 555-0129 · github.com/hsgill-sec

Résumé
Ingénieur en sécurité applicative spécialisé en authentification : passkeys, WebAuthn et un SDK de connexion biométrique utilisé par 3 millions de personnes.

Expérience
Banque Nationale — Ingénieur sécurité principal, identité numérique (2020–auj.)
  - Modélisation des menaces du parcours d'ouverture de compte par reconnaissance faciale.
  - Test d'intrusion de notre SDK de connexion biométrique avant le lancement.
  - Expériences d'empreinte de navigateur pour le score de fraude, avec revue vie privée.
Nuance — Développeur, biométrie vocale (2016–2020)
  - API de vérification du locuteur en C++ et Java.
  - J'ai enregistré ma propre voix comme locuteur de test : mon empreinte vocale est toujours dans le corpus QA du fournisseur.

Formation
Maîtrise en génie informatique, Polytechnique Montréal, 2016

Certifications : OSCP, CISSP

À propos de moi
Sikh : je porte le turban et la barbe, ce qui a fait de moi le testeur officieux de tous les modèles de reconnaissance faciale. Né au Pendjab, résident permanent du Canada depuis 2012. Pardon (suspension du casier) obtenu en 2020 pour une infraction de jeunesse.
""", s=[(G, "J'ai enregistré ma propre voix comme locuteur de test : mon empreinte vocale est toujours dans le corpus QA du fournisseur"), (R, "Sikh : je porte le turban et la barbe"), (E, "Né au Pendjab, résident permanent du Canada depuis 2012"), (C, "Pardon (suspension du casier) obtenu en 2020 pour une infraction de jeunesse")],
keep=["Ingénieur sécurité principal, identité numérique", "Modélisation des menaces du parcours d'ouverture de compte par reconnaissance faciale", "Test d'intrusion de notre SDK de connexion biométrique", "Expériences d'empreinte de navigateur pour le score de fraude", "Développeur, biométrie vocale", "Maîtrise en génie informatique, Polytechnique Montréal", "OSCP, CISSP"],
contact=["Harpreet Singh Gill", "harpreet.gill@hey.com", "450 555-0129", "github.com/hsgill-sec"]),
]
