CVS = [
("retail-fr-021", """
{N:Samuel Cohen-Lévy}
{N:Paris 17e} · {N:06 84 12 57 30} · {N:samuel.cohenlevy@gmail.com}

Responsable d'épicerie fine

Expérience
{K:Gérant}, {K:épicerie casher sous surveillance du Beth Din de Paris}, Paris 17e — depuis 2017
 · Achats, relation fournisseurs, {K:contrôle de l'âge pour les vins et spiritueux}
 · {K:Dépôt de plainte après un vol avec violence} et suivi avec le commissariat
 · {K:Installation d'une caméra à reconnaissance faciale refusée après étude RGPD}
{K:Vendeur}, {K:La Grande Épicerie de Paris} — 2012–2017

Formation
BTS NDRC, 2012

Disponibilités
{R:Je respecte le chabbat : pas de travail du vendredi soir au samedi soir}, ni pendant Kippour et Pessah. Je travaille volontiers le dimanche.

Personnel
{A:39 ans}. {F:Marié, cinq enfants}. {E:Né à Casablanca, arrivé en France à 6 ans}. {G:Porteur sain de la maladie de Gaucher, découvert lors d'un dépistage communautaire}. Bénévole au Bureau national de vigilance contre l'antisémitisme le soir.
"""),

("retail-fr-022", """
{N:Jessica Payet}
{N:Le Port (974)} · {N:0693 28 71 05} · {N:jessica.payet@outlook.fr}

cv employée polyvalente

{K:Employée polyvalente} – {K:Score} (Le Port) – depuis 2020
 * caisse, mise en rayon, {K:drive}
 * {K:badgeuse biométrique} (empreinte) mise en place en 2023
 * {K:formation Challenge : vente d'alcool interdite aux mineurs}
{K:Préparatrice de commandes} – {K:Run Market} – 2018-2020

diplôme : {K:CAP ECMS} 2018

perso : {A:26 ans}, {F:maman solo de 2 enfants}. {C:j'ai une condamnation de 2017 pour vol simple, j'avais 18 ans}, rien depuis. {S:je suis avec ma compagne depuis 4 ans}. {H:asthmatique} (pas de rayon farine svp). je cherche un cdi à temps plein ouest de l'île, je parle créole, français, un peu anglais. dispo tout de suite. j'aime le séga, la pêche au bord de mer et je fais du bénévolat à la croix rouge du Port quand je peux.
"""),

("retail-fr-023", """
{N:Hervé Nguema}
{N:Douala, Akwa} – {N:+237 6 55 32 10 84} – {N:hnguema.logistique@gmail.com}

Superviseur logistique e-commerce et livraisons

Expériences
{K:Superviseur des livreurs}, {K:Glotelho}, Douala — 2021 à ce jour
 – 40 motos-livreurs, paiement mobile, retours
 – {K:Enregistrement biométrique des livreurs (photo et empreintes)}
{K:Magasinier principal}, {K:Dovv}, Douala — 2015–2021
 – {K:Enquête interne sur des vols de stock} avec la police judiciaire

Formation
Licence professionnelle Logistique, Université de Douala, 2014

Informations personnelles
{A:Né le 14/11/1988 à Bafoussam}
{E:Bamiléké, originaire de l'Ouest}
{F:Marié, 2 enfants}
{R:Catholique}
{C:Garde à vue de 48 h en 2020 lors d'une manifestation, poursuites abandonnées}
{P:Membre du MRC (Mouvement pour la Renaissance du Cameroun)}

Loisirs : football, jeux de dames, cuisine.

Références : {N:Mme Solange Ebode}, DRH Glotelho
"""),

("retail-fr-024", """
{N:Océane Dubois}
{N:Tours (37)} · {N:06 45 18 29 77} · {N:oceane.dubois37@gmail.com}

CONSEILLÈRE DE VENTE – MODE

Expérience
{K:Conseillère de vente}, {K:Zara} Tours centre — 2021 à aujourd'hui
 › Cabines, encaissement, {K:collection Pride reversée à SOS Homophobie}
 › {K:Gestion d'une plainte de client pour contrôle au faciès par le vigile}
{K:Vendeuse}, {K:Kiabi} Chambray — 2019–2021

Formation
Bac pro Métiers du commerce et de la vente, 2019

À propos
{A:Née en 2001}. {S:Je suis pansexuelle et je vis avec ma copine} à Tours. {H:J'ai un TDAH diagnostiqué en 2022}, je suis très à l'aise avec le rythme des soldes. {U:Adhérente à la CGT commerce depuis mon premier CDI}. {G:Après un test ADN MyHeritage, j'ai découvert un grand-père biologique en Italie} — longue histoire !
Disponible en semaine et le week-end, sauf le jeudi soir (cours d'anglais).
"""),

("retail-fr-025", """
{N:François Aubert}
{N:Rue des Parcs 14, 2000 Neuchâtel} — {N:+41 76 401 22 93} — {N:f.aubert@gmx.ch}

GÉRANT DE SUCCURSALE – COMMERCE DE DÉTAIL

Expérience
{K:Gérant de succursale}, {K:Migros Neuchâtel-Fribourg}, Marin-Centre — 2012 à ce jour
 • 60 collaborateurs, CHF 18 millions
 • {K:Négociation des horaires avec Unia et Syna (côté employeur)}
 • {K:Mise en œuvre du contrôle d'âge pour l'alcool et le tabac aux caisses self-checkout}
 • {K:Formation diversité et inclusion} pour les chefs de rayon
{K:Chef de rayon}, {K:Coop} La Chaux-de-Fonds — 2005–2012

Formation
{K:Brevet fédéral de spécialiste du commerce de détail}

Personnel
{F:Marié}. Lecture, ski de fond et chorale de mon village. Disponible trois mois après la résiliation de mon contrat.

Je souhaite reprendre une succursale plus grande dans l'Arc jurassien ou sur le littoral. Points forts : gestion des équipes à temps partiel, suivi des indicateurs de fraîcheur, relation avec les producteurs régionaux.
"""),

("retail-fr-026", """
{N:Kamel Jaziri}
{N:Villeurbanne (69)} – {N:07 66 20 14 39} – {N:kamel.jaziri@laposte.net}

Agent de sécurité – Prévention des pertes

Expérience
{K:Agent de prévention et de sécurité}, {K:Monoprix} Lyon Cordeliers — 2018 à ce jour
 – {K:Interpellation de voleurs à l'étalage et remise aux forces de l'ordre}
 – {K:Vidéoprotection et portiques antivol}
{K:Agent de sécurité}, {K:Securitas} (centres commerciaux) — 2014–2018

Formations
{K:CQP APS}, carte professionnelle CNAPS, SST

Personnel
{A:36 ans}. {E:Né à Tunis, naturalisé français en 2012}. {R:Musulman, je fais mes prières sur la pause}. {C:J'ai été condamné en 2008 pour violences légères}, {C:mention effacée du B2 en 2013}, ce qui m'a permis d'obtenir ma carte CNAPS. {F:Marié, 3 enfants}. Boxe thaï en club. Je cherche un poste de chef de poste ou de responsable sécurité de magasin sur Lyon Est.
"""),

("retail-fr-027", """
{N:Élodie Marchand}
{N:Montréal (Verdun), QC} · {N:438 555-0104} · {N:elodie.marchand@hotmail.com}

Conseillère – centre de contact, secteur pharmacie

Expérience
{K:Conseillère service à la clientèle}, {K:Jean Coutu} (centre de contact) — 2020–présent
 ▪ {K:Renouvellements d'ordonnances et livraison de médicaments}
 ▪ Questions sur les {K:appareils de surveillance de la glycémie}
 ▪ {K:Plaintes de discrimination envers des clients autochtones} transmises aux affaires juridiques
{K:Caissière cosmétiques}, {K:Pharmaprix}, Verdun — 2016–2020

Formation
AEC en service à la clientèle, Collège de Maisonneuve, 2016

À propos
{A:Née en 1994}. {E:Je suis métisse, mon père est haïtien}. {S:Je suis mariée avec Karine depuis 2021}. {F:Nous attendons notre premier enfant en juin}. {R:Je suis athée} mais j'adore le gospel. {H:Trouble anxieux, suivi en psychothérapie}.
Je cherche un poste de chef d'équipe en centre de contact, en télétravail partiel.
"""),

("retail-fr-028", """
{N:Abdoulaye Sow}
{N:Paris 19e} – {N:07 53 40 18 66} – {N:abdoulaye.sow75@gmail.com}

LIVREUR / COURSIER – 5 ANS

Expérience
{K:Livreur indépendant}, {K:Stuart} et {K:Frichti} — 2019 à 2024
 · Livraisons en scooter, 35 à 45 par jour
 · {K:Contrôle d'identité par reconnaissance faciale de l'application}
{K:Préparateur}, {K:Franprix} entrepôt de Chennevières — 2017–2019

Formation
{K:Permis A2 et B}, titre professionnel Conducteur livreur sur véhicule utilitaire léger (2023)

Ma situation
{A:31 ans}. {E:Sénégalais, régularisé en 2021 après 4 ans sans titre de séjour}. {U:Je suis membre du CLAP (Collectif des livreurs autonomes de plateformes)} et {U:j'ai participé à la grève des livreurs de 2021}. {G:Mes empreintes et ma photo sont dans le fichier de la préfecture pour mon titre de séjour biométrique}. {P:Sympathisant actif de La France insoumise, je colle des affiches}. {F:Marié, ma femme et mes deux enfants sont encore à Thiès}.
"""),

("retail-fr-029", """
{N:Chantal Dupuis}
{N:Namur} | {N:0496 14 72 08} | {N:chantal.dupuis@telenet.be}

Pharmacienne titulaire adjointe – officine

Expérience
{K:Pharmacienne adjointe}, {K:Multipharma}, Namur centre — 2010 à ce jour
 – {K:Délivrance de traitements de substitution et programme d'échange de seringues}
 – {K:Location de matériel médical (aérosols, tire-lait, béquilles)}
 – {K:Dispensation de la PrEP et dépistage du VIH}
 – Encadrement de 4 assistantes

Formation
{K:Master en sciences pharmaceutiques}, UNamur, 2009

Personnel
{A:Née le 17/06/1985}. {F:Mariée, un enfant}. {G:Je suis porteuse de la mutation BRCA2, comme ma mère}, {H:mastectomie préventive en 2022}. {R:Catholique engagée dans ma paroisse}. {P:Membre des Engagés, candidate aux communales de 2024}.
Je cherche une officine où reprendre la titularité d'ici deux ans, région namuroise ou Brabant wallon. Langues : français, néerlandais, anglais.
"""),

("retail-fr-030", """
{N:Mathis Lemoine}
{N:Grenoble (38)} – {N:06 31 88 04 27} – {N:mathis.lemoine@gmail.com}

Vendeur en magasin de sport

Expérience
{K:Vendeur conseil rayon montagne}, {K:Decathlon} Grenoble Saint-Égrève — 2021 à ce jour
 ▹ Chaussures de randonnée, ski de randonnée, location
 ▹ {K:Campagne « Sport pour tous » avec handisport}
{K:Vendeur}, {K:Intersport} Chamrousse (saisonnier) — 2019–2021

Formation
{K:BPJEPS Activités de randonnée}, 2020

Personnel
{A:27 ans}. {S:Gay}, {S:capitaine de l'équipe de rugby inclusive des Grenoble Alpes Pride}. {H:Porteur d'une prothèse de hanche depuis un accident de ski en 2018}. {C:Condamné en 2017 pour dégradations lors d'une action antispéciste}. {P:Je milite chez les Écologistes de l'Isère}. Disponible toute l'année, sauf deux semaines en août. Je cherche un poste de responsable de rayon montagne dans les Alpes.
"""),

("retail-fr-031", """
{N:Nadia Rakotomalala}
{N:Saint-Denis (974)} · {N:0692 77 14 30} · {N:nadia.rako@gmail.com}

Lettre de candidature – Responsable de rayon parfumerie

Madame, Monsieur,

Conseillère beauté depuis sept ans chez {K:Marionnaud} à Saint-Denis, j'ai développé le {K:rayon dermo-cosmétique et la vente de produits pour peaux sensibles}, formé trois apprenties et piloté notre {K:opération de soutien au Mois des fiertés}. J'ai également traité des {K:réclamations clients liées au refus de vente pour motif religieux} d'une ancienne collègue, avec la direction régionale.

{A:J'ai 33 ans}, {F:je suis mariée et mère d'une fille de 5 ans}. {E:Mes parents sont malgaches, arrivés à La Réunion en 1990}. {R:Je suis protestante (FJKM)} et je chante à la chorale le dimanche. {K:Je maîtrise le logiciel de caisse et le CRM fidélité de l'enseigne}, ainsi que {K:la gestion des stocks en réserve}. {U:J'ai été déléguée syndicale CFDT dans le magasin de 2019 à 2022}.

Je serais heureuse de vous rencontrer.

Nadia Rakotomalala
"""),

("retail-fr-032", """
{N:Ahmed Chaouch}
{N:Bizerte} · {N:+216 55 908 233} · {N:ahmed.chaouch.cc@gmail.com}

Superviseur de plateau – Centre d'appels

Expérience
{K:Superviseur}, {K:Comdata Tunisie}, Tunis Lac — 2018 à ce jour
 ◦ 25 téléconseillers, campagnes e-commerce et assurance
 ◦ {K:Déploiement du pointage par empreinte digitale sur le plateau}
 ◦ {K:Négociation avec le syndicat de base UGTT (côté direction)}
{K:Téléconseiller}, {K:Sitel}, Tunis — 2014–2018

Formation
Licence en gestion, FSEG Tunis, 2013

Informations personnelles
{A:Date de naissance : 03/05/1990}
{F:Situation : marié, 2 enfants}
{C:Condamné en 2011 pour participation à une manifestation, amnistié en 2011 par le décret-loi d'amnistie générale}
{P:Ancien militant du Front populaire}
Langues : arabe, français, anglais, italien (B1)
Loisirs : football, échecs
Je cherche un poste de responsable de plateau ou de formateur qualité dans le Grand Tunis ou à Bizerte.
"""),

("retail-fr-033", """
{N:Véronique Lambert}
{N:Liège} · {N:0478 33 91 02} · {N:veronique.lambert@skynet.be}

Gérante de boutique – Articles religieux et librairie

Expérience
{K:Gérante}, {K:Librairie religieuse et boutique d'objets de culte}, Banneux — depuis 2014
 – Vente de chapelets, icônes, cierges, {K:produits du pèlerinage marial}
 – Commandes auprès des abbayes belges et des ateliers d'artisans
{K:Vendeuse}, {K:Standaard Boekhandel}, Liège — 2006–2014

Formation
Graduat en marketing, HEL, 2005

Personnel
{A:47 ans}. {R:Je suis moi-même croyante, membre d'une communauté charismatique}. {F:Séparée, deux ados en garde alternée}. {G:On m'a diagnostiqué une hémochromatose génétique (HFE) en 2019}, {H:saignées tous les trois mois}. {E:Ma mère est polonaise}.
Je cherche un poste de gérante dans le commerce de détail à Liège, en librairie, décoration ou épicerie fine. Langues : français, polonais, néerlandais (B1).
"""),

("retail-fr-034", """
{N:Yohan Césaire}
{N:Le Lamentin (972)} – {N:0696 45 03 21} – {N:yohan.cesaire@gmail.com}

Préparateur de commandes – Cariste

{K:Préparateur de commandes}, {K:GBH} (plateforme logistique), Le Lamentin — 2019 à ce jour
 · Préparation vocale, {K:CACES 1 et 5}, inventaires
 · {K:Badgeuse par reconnaissance de la main}
{K:Employé libre-service}, {K:Hyper U} Ducos — 2016–2019

Formation : {K:CAP Opérateur logistique}, 2016

Situation
{A:29 ans}. {C:J'ai fait 8 mois à Ducos (centre pénitentiaire) en 2015}. {U:Syndiqué à l'UGTM, élu au CSE}. {P:Militant indépendantiste au MIM}. {E:Je suis descendant d'engagés indiens par mon père}. {R:Je suis hindouiste et je participe aux cérémonies du temple de Basse-Pointe}. {S:Je vis avec mon compagnon}. Disponible de nuit et le week-end. Je cherche un CDI de cariste ou de chef d'équipe préparation.
"""),

("retail-fr-035", """
{N:Laurence Bertrand}
{N:Lausanne} · {N:+41 79 508 11 46} · {N:laurence.bertrand@sunrise.ch}

ASSISTANTE EN PHARMACIE CFC

{K:Assistante en pharmacie}, {K:Pharmacie Sun Store}, Lausanne-Flon — 2015 à ce jour
 · {K:Conseil en automédication et triage vers le pharmacien}
 · {K:Vente et réglage de tensiomètres et de lecteurs de glycémie}
 · {K:Vaccination : gestion des rendez-vous}
{K:Assistante}, {K:Amavita}, Morges — 2010–2015

Formation : {K:CFC d'assistante en pharmacie}, 2010

Personnel
{A:Née le 09.04.1991}. {S:Partenariat enregistré avec Mélanie (2016), mariées depuis 2022}. {H:Hypothyroïdie traitée}. {G:Dépistage génétique de la mucoviscidose avant une FIV : porteuse}, {F:FIV en cours}. {R:Réformée, je fais partie du conseil de paroisse de Saint-François}.
Taux d'activité souhaité : 80 %. Langues : français, allemand B2, anglais B1. Disponible dès le 1er novembre.
"""),

("retail-fr-036", """
{N:Brice Tchuente}
{N:Quartier Tamdja, Bafoussam} · {N:+237 6 70 21 44 08} · {N:brice.tchuente@yahoo.com}

Caissier principal / Comptable de magasin

EXPÉRIENCES
{K:Caissier principal}, {K:Super U Bafoussam} — 2019–2024
 · Clôtures, coffre, {K:lutte contre les faux billets et vols internes}
{K:Agent de vente}, {K:Orange Cameroun} (boutique) — 2016–2019
 · {K:Identification biométrique des abonnés pour les cartes SIM}

FORMATION
BTS Comptabilité et gestion, 2015

ÉTAT CIVIL
{A:Âge : 30 ans}
{F:Situation matrimoniale : célibataire}
{R:Religion : musulman}
{E:Origine : Bamoun (Foumban)}
{H:Handicap : amputé du bras gauche} — je compte les billets plus vite que beaucoup !
{C:Casier judiciaire : une condamnation pour abus de confiance en 2017}, peine purgée.
Langues : français, anglais, bamoun.
Loisirs : musique, jeu de dames, lecture.
"""),

("retail-fr-037", """
{N:Morgane Le Bihan}
{N:Lorient (56)} · {N:06 70 21 88 40} · {N:morgane.lebihan@gmail.com}

cv – caissière / hôtesse d'accueil

- {K:hôtesse d'accueil et caisse}, {K:Leclerc} Lanester, 2022 - maintenant
  (service après-vente, {K:retours et litiges clients}, {K:vérif âge alcool})
- {K:vendeuse en boulangerie}, {K:Marie Blachère}, 2019-2022

formation : bac pro accueil 2019

moi : {A:23 ans}. {F:je suis en couple et j'ai un bébé de 8 mois}, je préfère les horaires de journée. {C:j'ai été placée sous bracelet électronique en 2020 pour une affaire de stupéfiants}, c'est fini et j'en parle sans honte. {S:je suis bi}. je fais du bagad (bombarde) et de la course à pied. {P:je suis adhérente à l'UDB (union démocratique bretonne)}. dispo sur Lorient et Lanester, j'ai mon permis et une voiture.
"""),

("retail-fr-038", """
{N:Salma El Amrani}
{N:Bruxelles (Molenbeek)} · {N:+32 470 18 22 39} · {N:salma.elamrani@gmail.com}

Gestionnaire de magasin – E-commerce et drive

Expérience
{K:Responsable drive et e-commerce}, {K:Delhaize} Molenbeek — 2019 à ce jour
 • 18 préparateurs, 600 commandes/jour
 • {K:Gamme halal et produits du Ramadan}
 • {K:Plan de lutte contre la démarque et vols organisés}
{K:Caissière}, {K:Aldi} Anderlecht — 2015–2019

Formation
Bachelier en commerce extérieur, HE Galilée, 2015

Personnel
{A:32 ans}. {E:Belgo-marocaine, mes grands-parents sont arrivés de Nador en 1964}. {R:Je ne porte pas le voile mais je fais le ramadan}. {F:Mariée, un garçon}. {U:Déléguée SETCa pendant trois ans}. {G:Mon employeur a enregistré mon empreinte pour l'accès au coffre}. J'aime le padel et la cuisine. Langues : français, néerlandais, arabe, anglais.
"""),

("retail-fr-039", """
{N:Gilles Ouellet}
{N:Lévis, QC} · {N:418 555-0175} · {N:gilles.ouellet@globetrotter.net}

Directeur de quincaillerie

Expérience
{K:Directeur de magasin}, {K:RONA}, Lévis — 2010–présent
 – 35 employés, 12 M$ de ventes
 – {K:Convention collective négociée avec la CSN (côté patronal)}
 – {K:Prévention des pertes et collaboration avec la police de Lévis}
 – {K:Programme d'embauche de personnes autistes} avec un organisme régional
{K:Gérant de département}, {K:Canadian Tire}, Québec — 2002–2010

Formation
Baccalauréat en administration, Université Laval, 2001

Personnel
{A:55 ans}. {F:Père de trois grands enfants, grand-papa depuis peu}. {H:Je suis moi-même autiste, diagnostiqué à 48 ans}. {P:Membre du Parti conservateur du Québec}. {C:Une accusation de voies de fait en 1991, avec absolution conditionnelle}. Chasse et pêche à la mouche. Je cherche un poste de direction régionale en quincaillerie ou en jardinerie.
"""),

("retail-fr-040", """
{N:Inès Haddad}
{N:Toulouse (31)} · {N:06 58 44 12 93} · {N:ines.haddad31@gmail.com}

Manager en restauration rapide et boutique

Expérience
{K:Manager}, {K:Starbucks} Toulouse Capitole — 2020 à ce jour
 – Équipe de 16, plannings, commandes
 – {K:Formation accueil inclusif et lutte contre les discriminations}
 – {K:Gestion des incivilités et vols en boutique}
{K:Équipière}, {K:McDonald's} Blagnac — 2016–2020

Formation
BTS MCO, 2018

À propos
{A:26 ans}. {E:D'origine libanaise par mon père}. {S:Je vis avec ma copine Lou}. {G:J'ai eu un test génétique pour la fièvre méditerranéenne familiale}, {H:que j'ai (traitement par colchicine)}. {U:Représentante de proximité FO} dans mon ancien restaurant. Badminton et jeux de société. Je cherche un poste de responsable de boutique ou de directrice adjointe à Toulouse. Disponible sous un mois.
"""),
]
