CVS = [
("retail-fr-001", """
{N:Sandrine Moreau}
{N:12 rue des Tilleuls, 59000 Lille}
{N:06 41 22 87 30} – {N:sandrine.moreau59@orange.fr}

HÔTESSE DE CAISSE – 12 ans d'expérience

EXPÉRIENCE
2015 – aujourd'hui : {K:Hôtesse de caisse principale}, {K:Carrefour} Euralille
– Gestion des caisses libre-service, fonds de caisse, remises en banque
– {K:Contrôle de l'âge pour la vente d'alcool aux mineurs}
– Témoin dans {K:deux dossiers de vol à l'étalage transmis à la police}
2011 – 2015 : {K:Employée libre-service}, {K:Auchan} Villeneuve-d'Ascq

FORMATION
{K:CAP Employé de vente spécialisé}, 2010

DIVERS
{A:Née le 08/03/1986 à Roubaix}.
{F:Mariée, 3 enfants} – disponible en horaires du matin de préférence.
{U:Déléguée du personnel CFDT de 2017 à 2021}, puis {U:élue au CSE sur la liste CFDT}.
{H:Reconnaissance RQTH (lombalgie chronique)} : je demande un siège assis-debout en caisse.
Loisirs : couture, marche nordique, bénévolat aux Restos du Cœur.
"""),

("retail-fr-002", """
{N:Yanis Benali}
{N:Marseille 13003} · {N:07 58 14 22 69} · {N:yanis.benali13@gmail.com}

Profil France Travail – Préparateur de commandes / Livreur

Métier recherché : Préparateur de commandes (H/F)
Mobilité : Bouches-du-Rhône, permis B + véhicule

Expériences
{K:Préparateur de commandes}, {K:Amazon} MRS1 (intérim Adecco) – 2022 à ce jour
  Picking sur scanner, 180 colis/h, {K:pointage biométrique par reconnaissance faciale} à l'entrée du site
{K:Livreur à vélo}, {K:Uber Eats} / {K:Deliveroo} (auto-entrepreneur) – 2019 à 2022
  {K:Vérification d'identité par selfie} dans l'appli avant chaque session

Formation
{K:CACES R489 cat. 1, 3 et 5}
Bac pro Logistique, lycée Diderot, 2018

Infos perso
{A:24 ans}. {E:Mes parents sont venus d'Oran en 1995}. {R:Je fais le ramadan, donc en mars je préfère les postes du matin}. {C:Condamné en 2019 à 4 mois avec sursis pour recel}, casier B3 vierge aujourd'hui. {U:Adhérent CGT livreurs depuis la grève de 2021}.
"""),

("retail-fr-003", """
{N:Claire Vandenberghe}
{N:Avenue Louise 212, 1050 Ixelles}
{N:+32 478 11 40 92} | {N:claire.vdb@skynet.be}

Gérante de magasin – Prêt-à-porter

PARCOURS
2016 – ce jour | {K:Store Manager}, {K:Inno} Rue Neuve, Bruxelles
• Équipe de 45 vendeuses, CA 9 M€
• {K:Négociations avec la délégation SETCa et CNE (côté direction)} sur l'ouverture dominicale
• {K:Campagne Pride Brussels en vitrine} et collection arc-en-ciel
• {K:Formation diversité et inclusion pour 45 collaborateurs}

2010 – 2016 | {K:Responsable de rayon}, {K:C&A} Bruxelles-Midi

FORMATION
Bachelier en marketing, EPHEC, 2009

PERSONNEL
{A:Née en 1987}. {S:Mariée à Sophie depuis 2015}, {F:deux enfants}. {P:Membre d'Ecolo, conseillère CPAS à Ixelles}. {H:Sclérose en plaques diagnostiquée en 2020, stable} – je travaille à 4/5e depuis.
Langues : français, néerlandais, anglais. Disponible pour un poste de direction régionale.
"""),

("retail-fr-004", """
{N:Mamadou Diallo}
{N:Rue de Lausanne 48, 1201 Genève}
{N:+41 78 624 19 03} – {N:m.diallo.vente@bluewin.ch}

Vendeur en parfumerie et cosmétiques

Expérience
{K:Conseiller de vente beauté}, {K:Manor} Genève — depuis 2019
— Stands Dior et Lancôme, objectifs dépassés de 18 % en 2023
— {K:Tests d'allergie cutanée et conseils dermo-cosmétiques}
— Gestion des {K:réclamations de clientes voilées concernant l'accueil des agents de sécurité}
{K:Vendeur}, {K:Sephora} Rive — 2016–2019

Formation
{K:CFC de gestionnaire du commerce de détail}, 2016

À propos
{E:Né à Conakry, arrivé en Suisse à 15 ans, permis C}. {A:32 ans}. {R:Musulman pratiquant}. {S:En couple avec Julien, mon compagnon depuis 6 ans}. {G:Mes empreintes sont enregistrées dans le système de pointage du magasin, comme pour toute l'équipe}.
Loisirs : danse contemporaine, randonnée dans le Jura.
"""),

("retail-fr-005", """
{N:Marie-Ève Tremblay}
{N:Saguenay (Chicoutimi), QC G7H} · {N:418 555-0142} · {N:marieeve.tremblay@videotron.ca}

Gérante adjointe – épicerie

Expérience
{K:Gérante adjointe}, {K:IGA} Extra, Chicoutimi — 2018 à aujourd'hui
 • 70 employé·es, horaires, inventaires
 • {K:Négociation avec les TUAC section locale 500 (partie patronale)}
 • {K:Vérification de l'âge pour la vente de bière et de vin}
 • {K:Gamme biologique et produits casher pour la fête de Pessa'h}
{K:Caissière puis commis}, {K:Metro}, Jonquière — 2012–2018

Formation
DEC en gestion de commerces, Cégep de Chicoutimi, 2014

Sur moi
{A:J'ai 31 ans}. {F:Maman monoparentale d'une fille de 7 ans}. {E:Ma mère est innue de Mashteuiatsh}. {P:Militante à Québec solidaire}, j'ai été candidate aux élections municipales de 2021. {G:J'ai passé un test génétique pour l'ataxie de Charlevoix-Saguenay, comme beaucoup de monde ici}.
"""),

("retail-fr-006", """
{N:Gaëlle Hoarau}
{N:Saint-Pierre (974)} / {N:0692 41 88 07} / {N:gaelle.hoarau974@gmail.com}

CV – Vendeuse en pharmacie / Conseillère parapharmacie

EXPÉRIENCE
2020 – … {K:Conseillère en parapharmacie}, {K:Pharmacie du Front de Mer}, Saint-Pierre
 ▸ Vente de {K:dispositifs médicaux (tensiomètres, lecteurs de glycémie, bas de contention)}
 ▸ {K:Accueil des patients sous traitement substitutif (méthadone)}
 ▸ Gestion des stocks parapharmacie, vitrine, inventaires
2016 – 2020 {K:Hôtesse de caisse}, {K:Leclerc} Portail, Saint-Leu

FORMATION
{K:CQP Dermo-cosmétique pharmaceutique}, 2020

INFOS
{A:Née le 19/10/1995}. {E:Famille tamoule de La Réunion (malbar)}. {R:Je fais le carême du Pongal et je pratique au temple de Saint-Pierre}. {G:Drépanocytose : je suis porteuse du trait AS}. {F:Pacsée, un petit garçon de 2 ans}. Disponible du lundi au samedi. Permis B, véhicule personnel, créole et français.
"""),

("retail-fr-007", """
{N:Julien Marchal}
{N:Nancy (54)} – {N:06 77 30 14 52} – {N:julien.marchal@laposte.net}

Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de {K:responsable de magasin} de votre enseigne de bricolage à Laxou.

Depuis 2014, je suis {K:chef de secteur} chez {K:Leroy Merlin} Houdemont. J'y ai piloté l'installation des {K:badgeuses biométriques pour les 130 salariés}, en lien avec le CSE et la CNIL, et j'ai représenté la direction lors des {K:négociations annuelles obligatoires avec FO et la CGT}. J'ai aussi mené les {K:enquêtes sur des vols en réunion} avec la gendarmerie.

Côté personnel, {A:j'ai 44 ans}, {F:je suis divorcé et père de deux ados}. {C:J'ai été condamné en 2003 pour conduite en état d'ivresse}, une erreur de jeunesse que je n'ai jamais cachée. {H:Je suis abstinent depuis 2004 et suivi en addictologie}. {R:Je suis catholique pratiquant} et je participe à la Saint-Vincent-de-Paul de ma paroisse.

Je reste à votre disposition pour un entretien.

Julien Marchal
"""),

("retail-fr-008", """
{N:Aïcha Trabelsi}
{N:Cité El Khadra, Tunis} · {N:+216 22 418 906} · {N:aicha.trabelsi@gmail.com}

Téléconseillère francophone – 6 ans en centre d'appels

Expériences
{K:Téléconseillère senior}, {K:Teleperformance Tunisie}, Tunis — 2019 à ce jour
 · Compte télécom français, 70 appels/jour
 · {K:Traitement des plaintes pour discrimination} remontées par les clients
 · {K:Enrôlement vocal pour l'authentification des clients}
{K:Conseillère clientèle}, {K:Webhelp}, Sousse — 2017–2019

Formation
Licence en langue et littérature françaises, Université de la Manouba, 2016

Informations personnelles
{A:Date de naissance : 11/07/1994}
{F:État civil : mariée, un enfant}
{R:Je porte le foulard} et cela n'a jamais posé problème avec les clients au téléphone.
{U:Membre de l'UGTT, section des centres d'appels}
{P:Militante au Courant démocrate (Attayar) depuis 2019}
Langues : arabe, français (C1), anglais (B2)
"""),

("retail-fr-009", """
{N:Kévin Rousseau}
{N:Rennes (35)} {N:06 12 74 88 31}
{N:kevin.rousseau35@hotmail.fr}

cv rapide – employé de rayon

{K:Leclerc} Cesson – {K:employé libre service rayon frais} – depuis 2021
- mise en rayon, dlc, inventaire
- {K:rayon bio et sans gluten}
- {K:badgeuse à empreinte digitale} installée en 2022

{K:Lidl} Rennes – {K:préparateur de commandes} entrepôt – 2018/2021

formation : {K:bac pro commerce} 2018

perso : {A:25 ans}, {S:je vis avec mon copain Théo} à Rennes. {H:je suis sourd d'une oreille}, ça ne gêne pas au travail. {C:j'ai fait 3 mois ferme en 2017 pour vol}, depuis j'ai repris le sport (boxe) et tout va bien. {U:syndiqué SUD Commerces}. dispo tout de suite, pas le dimanche matin (foot). permis B, caces 1.
"""),

("retail-fr-010", """
{N:Léa Fontaine}
{N:Lyon 7e} — {N:06 33 19 27 04} — {N:lea.fontaine.coiffure@gmail.com}

COIFFEUSE – COLORISTE

Expérience
2019 – aujourd'hui · {K:Coiffeuse coloriste}, {K:Jean Louis David}, Lyon Part-Dieu
  › Balayages, colorations végétales, lissages
  › {K:Tests d'allergie 48 h avant coloration}
  › {K:Accueil de clientes sous chimiothérapie (prothèses capillaires)}
2016 – 2019 · {K:Apprentie coiffeuse}, {K:Dessange}, Villeurbanne

Diplômes
{K:BP Coiffure}, 2019 · CAP Coiffure, 2016

À savoir
{A:Née en 1998}. {S:Je suis lesbienne} et {S:bénévole à la Lesbian & Gay Pride de Lyon}. {G:Mon père a la maladie de Huntington ; j'ai choisi de faire le test en 2022}. {F:Célibataire, sans enfants}. {H:Je suis suivie pour une dépression depuis 2023}, ce qui ne m'empêche pas de travailler à temps plein. Je cherche un salon à Lyon ou Villeurbanne.
"""),
]
