CVS = [
("retail-fr-011", """
{N:Rodrigue Mbarga}
{N:Quartier Bastos, Yaoundé} · {N:+237 6 77 41 20 85} · {N:rodrigue.mbarga@yahoo.fr}

CURRICULUM VITAE – Chef de rayon / Superviseur de supermarché

EXPÉRIENCES PROFESSIONNELLES
2018 – à ce jour : {K:Chef de rayon produits frais}, {K:Carrefour Market} Yaoundé (groupe CFAO)
 – Encadrement de 22 employés et 10 merchandiseurs fournisseurs
 – {K:Mise en place de la pointeuse biométrique} pour le personnel
 – {K:Suivi des vols en magasin et plaintes au commissariat du 1er arrondissement}
 – Respect de la chaîne du froid et des normes ANOR
2013 – 2018 : {K:Caissier puis superviseur caisses}, {K:Santa Lucia}, Douala

FORMATION
BTS Commerce international, IUC Douala, 2012

ÉTAT CIVIL
{A:Né le 25 mai 1989 à Sangmélima}
{E:Originaire du Sud, ethnie Bulu}
{F:Marié, père de 4 enfants}
{R:Religion : protestant (EPC)}
Nationalité : camerounaise

CENTRES D'INTÉRÊT
Football, lecture, {P:militant du SDF, responsable de cellule à Mfoundi}

RÉFÉRENCES
{N:M. Théodore Nkoulou}, Directeur de magasin – {N:+237 6 99 12 55 40}
"""),

("retail-fr-012", """
{N:Nathalie Joseph-Angélique}
{N:Fort-de-France (972)} · {N:0696 32 18 44} · {N:nathalie.ja972@gmail.com}

Conseillère de vente – Mode & Prêt-à-porter

Expérience
{K:Responsable adjointe}, {K:Galeries Lafayette} Fort-de-France — 2017 à aujourd'hui
 · Équipe de 12 vendeuses, remplacement de la responsable
 · {K:Opération « Fiertés Caraïbes » en vitrine} avec une association locale
 · {K:Gestion des réclamations clients pour propos racistes d'un vigile}
{K:Vendeuse}, {K:Camaïeu} La Galleria — 2012–2017

Formation
{K:BTS Management des unités commerciales}, 2012

Personnel
{A:37 ans}. {F:Divorcée, deux enfants de 10 et 13 ans}. {R:Adventiste du septième jour : je ne travaille pas le samedi}, je compense volontiers le dimanche et les soirs. {U:Élue CGTM au comité social du magasin}. {H:Diabète de type 2 sous traitement}. Je fais partie d'une troupe de bèlè le week-end et je chante en créole.
Disponible immédiatement, mobilité sur toute la Martinique.
"""),

("retail-fr-013", """
{N:Thomas Girard}
{N:Montréal (Rosemont), QC} — {N:514 555-0188} — {N:thomas.girard.mtl@gmail.com}

AGENT DE CENTRE DE CONTACT / SERVICE À LA CLIENTÈLE

Expérience
{K:Agent service client bilingue}, {K:Vidéotron}, Montréal — 2021 à maintenant
 – Facturation, internet, mobilité; moyenne de 55 appels par quart
 – {K:Formation sur l'accueil des clients trans et non binaires}
 – {K:Authentification par empreinte vocale} des abonnés
{K:Caissier}, {K:SAQ}, Plateau Mont-Royal — 2018–2021
 – {K:Vérification d'âge (18 ans) pour la vente d'alcool}

Formation
DEC en sciences humaines, Cégep du Vieux Montréal, 2018

À propos de moi
{A:J'ai 26 ans}. {S:Je suis gai} et {S:je vis avec mon chum Olivier} à Rosemont. {U:J'ai été délégué syndical SCFP au magasin}. {P:Je milite au Bloc Québécois dans Rosemont–La Petite-Patrie}. {C:J'ai eu un dossier pour possession simple en 2016}, {C:suspendu par la Commission des libérations conditionnelles en 2022}.
"""),

("retail-fr-014", """
{N:Sonia Khelifi}
{N:Saint-Denis (93)} – {N:07 81 40 26 95} – {N:sonia.khelifi@outlook.fr}

Profil France Travail
Métier recherché : Employé(e) de pharmacie / Préparatrice
Type de contrat : CDI, temps partiel accepté

Expériences
{K:Employée en pharmacie}, {K:Pharmacie de la Basilique}, Saint-Denis – depuis 2020
 · Comptoir, {K:dispositifs médicaux et matériel de maintien à domicile}
 · {K:Délivrance de tests VIH et autotests}, conseils confidentiels
 · Accueil des patients en {K:tiers payant AME et CSS}
{K:Hôtesse de caisse}, {K:Franprix} – 2016–2020

Formation
{K:CQP Employé(e) en pharmacie}, 2020
Bac STMG, 2016

Informations complémentaires
{A:Née le 02/02/1998}. {E:Mes parents sont tunisiens, je suis franco-tunisienne}. {F:Maman d'un garçon de 3 ans, horaires de crèche 8h–18h}. {H:Je suis épileptique, stabilisée}. {G:Mon frère est atteint de mucoviscidose, je suis porteuse saine selon mon test}.
Permis B. Disponible à partir du 1er septembre.
"""),

("retail-fr-015", """
{N:Pierre-Yves Le Gall}
{N:Brest (29)} / {N:06 59 20 11 73} / {N:pylegall@free.fr}

DIRECTEUR DE SUPERMARCHÉ

Parcours
2015 – … {K:Directeur de magasin}, {K:Intermarché} Brest-Lambézellec
  ▸ CA 24 M€, 85 salariés
  ▸ {K:Négociations avec les délégués FO et CFDT (côté employeur)}
  ▸ {K:Rayon halal et casher} développé avec deux fournisseurs certifiés
  ▸ {K:Déploiement de caisses avec reconnaissance faciale pour la vérification d'âge}, stoppé après avis de la CNIL
2008 – 2015 {K:Chef de rayon}, {K:Super U} Quimper

Formation
Master Management, IAE Brest, 2007

Personnel
{A:51 ans}. {F:Marié, trois enfants}. {P:Adjoint au maire (divers droite) de Plougastel de 2014 à 2020}. {H:Je porte un pacemaker depuis 2019}. Voile, trail, et président du club de handball.
Je recherche une direction de magasin dans le Finistère nord, idéalement avec un projet d'agrandissement.
"""),

("retail-fr-016", """
{N:Fatou Ndiaye}
{N:Schaerbeek, 1030 Bruxelles} – {N:+32 486 27 93 10} – {N:fatou.ndiaye.be@gmail.com}

Esthéticienne – Conseillère beauté

Expérience
{K:Esthéticienne}, {K:Ici Paris XL}, Anvers puis Bruxelles — depuis 2018
 - Soins visage, épilation, maquillage, ventes de soins
 - {K:Gamme cosmétique halal} et {K:maquillage pour peaux noires et métissées}
 - Animations pour la {K:Brussels Pride (partenariat du magasin)}
{K:Vendeuse}, {K:Kruidvat} Matongé — 2015–2018

Formation
{K:CESS section esthétique}, Institut Redouté-Peiffer, 2015

À propos
{E:Née à Dakar, belge depuis 2014}. {A:30 ans}. {R:Musulmane, je porte le voile hors du travail}. {S:En couple avec une femme, Inès}. {U:Affiliée à la CSC}. {H:Je souffre d'eczéma}, je travaille avec gants.
Langues : français, wolof, néerlandais B1.
Disponible du mardi au samedi ; je cherche un poste de responsable d'institut ou de conseillère beauté senior.
"""),

("retail-fr-017", """
{N:Luc Perrin}
{N:Vevey (VD)} · {N:+41 79 310 48 22} · {N:luc.perrin.ch@gmail.com}

Livreur / Coursier

Expériences
{K:Coursier à vélo}, {K:Smood} et {K:Uber Eats}, Lausanne — 2020 à 2024
  · Livraisons repas, 30 courses/jour, {K:reconnaissance faciale à la connexion de l'appli}
{K:Magasinier}, {K:Coop} Vevey — 2016–2020
  · {K:Contrôle de l'âge pour l'alcool et le tabac}

Formation
{K:AFP Aide-gestionnaire du commerce de détail}, 2016

Remarques
{A:Né en 1997}. {U:Membre d'Unia et porte-parole des coursiers lors de la grève de 2021}. {P:Membre des Jeunes Vert-e-s vaudois}. {C:Condamné en 2018 à une peine pécuniaire avec sursis pour dommages à la propriété (tags)}. {G:J'ai fait un test ADN d'origines par curiosité}. Je cherche un poste stable avec un contrat, dans la logistique ou la vente, région Riviera ou Lausanne. Permis B.
"""),

("retail-fr-018", """
{N:Imen Ben Salah}
{N:Sfax} · {N:+216 98 302 417} · {N:imen.bensalah@gmail.com}

Vendeuse en prêt-à-porter et e-commerce

Expérience professionnelle
{K:Responsable e-commerce}, {K:Zen Tunisie}, Sfax – depuis 2021
 ◦ Gestion du site, retours, service client Messenger/WhatsApp
 ◦ {K:Collection Aïd} et {K:campagne Ramadan} sur Instagram
{K:Vendeuse}, {K:Monoprix Tunisie}, Sfax – 2017–2021
 ◦ Caisse, rayon textile, {K:traitement des vols signalés}

Formation
Licence en e-commerce, ISCAE Manouba, 2017

Informations personnelles
{A:Née le 23/09/1995}
{F:Situation familiale : fiancée}
{H:Je suis suivie pour un diabète de type 1 (pompe à insuline)}
{G:Test génétique pour bêta-thalassémie : porteuse}
{E:Nationalité : tunisienne et libyenne (père libyen)}
Loisirs : photographie, bénévolat au Croissant-Rouge.
Langues : arabe, français, anglais. Maîtrise de Shopify, Meta Business Suite et Canva. Je cherche un poste de responsable e-commerce ou de chef de boutique à Sfax ou à Tunis.
"""),

("retail-fr-019", """
{N:Bernard Lefèvre}
{N:Charleroi} | {N:0475 20 31 88} | {N:bernard.lefevre@proximus.be}

Magasinier – cariste, 25 ans de métier

{K:Magasinier cariste}, {K:Colruyt}, Centre de distribution de Ghislenghien — 1999–2024
 · Réception, préparation, chargement; {K:scanner vocal (voice picking)}
 · {K:Enregistrement des empreintes pour le pointage}, formation des collègues
{K:Manutentionnaire}, {K:Delhaize}, Gosselies — 1994–1999

Brevets : {K:permis cariste}, VCA

En plus
{A:J'ai 56 ans} et je cherche un poste moins physique (magasin, réception). {U:Délégué syndical FGTB de 2005 à 2020}. {P:Membre du PTB}. {H:Opéré du dos en 2021 (hernie discale)}. {F:Veuf, deux enfants adultes}. Pêcheur à la ligne le dimanche.

Je connais bien le SAP entrepôt, les inventaires tournants et la sécurité des quais. Je peux former les jeunes caristes. Disponible tout de suite, horaires de jour de préférence, région de Charleroi ou Nivelles.
"""),

("retail-fr-020", """
{N:Amandine Roche}
{N:Bordeaux (33)} — {N:06 22 48 90 17} — {N:amandine.roche@gmail.com}

Lettre de motivation – Responsable de boutique, enseigne de produits biologiques

Madame, Monsieur,

Responsable de boutique chez {K:Biocoop} Bordeaux-Chartrons depuis 2019, je gère une équipe de huit personnes, les {K:commandes de produits bio et vrac}, ainsi que le {K:rayon compléments alimentaires et naturopathie}. J'ai animé une {K:formation contre les discriminations à l'accueil} pour l'ensemble du réseau aquitain. Auparavant, j'étais {K:vendeuse} chez {K:Nature & Découvertes}.

Plus personnellement, {A:j'ai 34 ans}, {F:je suis enceinte de mon deuxième enfant, congé maternité prévu en mars}. {R:Je suis bouddhiste et je fais une retraite de méditation chaque été}. {P:J'ai été candidate EELV aux municipales de Bègles}. {E:Ma mère est vietnamienne, arrivée en France en 1979}.

Je serais ravie d'en discuter avec vous.

Amandine Roche
"""),
]
