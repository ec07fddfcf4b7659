CVS = [
r"""
{c:Cdt Philippe ROCHAT}
Commandant de bord A220 – {c:Nyon (VD)}
{c:+41 79 614 22 08} · {c:ph.rochat@gmx.ch}

RÉSUMÉ DU CARNET DE VOL
Total : 14 250 h | CDB : 8 900 h | A220 (CS100/300) : 4 100 h | Avro RJ100 : 3 800 h | Nuit : 2 300 h

LICENCES
{k:ATPL(A) OFAC (Part-FCL)}, qualification de type A220, {k:TRI/TRE A220}
{k:Certificat médical de classe 1}, anglais niveau 6.

CARRIÈRE
2017 – … {k:Swiss International Air Lines} – CDB A220, instructeur depuis 2020
2002 – 2017 {k:Swiss European Air Lines} (ex-Crossair) – OPL puis CDB Avro RJ100
1999 – 2002 {k:Instructeur de vol, Groupe de vol à moteur de Lausanne}

AUTRES
{U:Membre d'Aeropers, délégué au comité pour la flotte A220 (2019-2023)}.
{D:Âge : 56 ans}.
{S:Marié à Marc depuis 2022 (partenariat enregistré converti en mariage)}.
{R:Protestant, je suis conseiller de paroisse à Nyon}.

Références : {c:Cdt Beat Zürcher}, chef pilote A220.
""",
r"""
{c:Kevin NGUYEN-VAN}
Agent de piste / bagagiste – {c:Aéroport Paris-Charles-de-Gaulle}
{c:Villepinte (93)} · {c:06 26 93 50 71} · {c:kevin.nguyenvan@gmail.com}

EXPÉRIENCE
2018 – auj. {k:Agent de piste, Groupe 3S (assistance Air France, terminal 2E)}
   Chargement / déchargement B777, {k:conduite de tracteurs push-back (habilitation PB)}
2015 – 2018 {k:Bagagiste, Alyzia, terminal 1}

HABILITATIONS
{k:Badge rouge ADP} après enquête administrative ; {G:mes empreintes sont enrôlées sur le contrôle d'accès biométrique des postes d'inspection filtrage}.
{k:Permis piste (T)}, CACES R489 cat. 1 et 3.
{C:Mon premier badge avait été refusé en 2015 à cause d'une condamnation pour outrage à agent (2012), accordé sur recours en 2016}.

DIVERS
{U:Adhérent FO Air France – assistance aéroportuaire}.
{E:Parents arrivés du Vietnam comme réfugiés en 1979}.
{S:Membre de l'association LGBT Air-Rainbow}.
{D:31 ans}.

Loisirs : basket, jeux vidéo, cuisine vietnamienne.
""",
r"""
CURRICULUM VITAE

{c:Ousmane SARR}
{c:Parcelles Assainies, Unité 17, villa n° 203, Dakar}
{c:+221 76 302 48 15} / {c:ousmanesarr.livraison@gmail.com}

ÉTAT CIVIL
{D:Né le 22 juillet 1994 à Kaolack}
{F:Marié, un enfant}
{R:Religion : musulman (tidiane)}

OBJECTIF
Chauffeur-livreur ou chef d'équipe livraison dans une entreprise de distribution à Dakar.

EXPÉRIENCE
2021 – 2025 : {k:Chauffeur-livreur, Yango Delivery / Paps (Dakar)} — 40 à 60 colis par jour, encaissement Wave et Orange Money
2017 – 2021 : {k:Livreur moto Jumia Food}, Dakar Plateau
2014 – 2017 : {k:Apprenti chauffeur de car rapide}, ligne Pikine – Petersen

PERMIS
{k:Permis A et B}, {k:attestation de formation à la conduite professionnelle (CFPP)}

AUTRES
{P:Militant de PASTEF depuis 2019, j'ai fait la campagne présidentielle de 2024 à Kaolack}.
{C:Condamné avec sursis en 2014 pour coups et blessures (bagarre)}.
{E:Sérère par mon père}.

Langues : wolof, sérère, français.
""",
r"""
{c:Marie-Carmel JOSEPH}
Agente d'escale – {c:Pétion-Ville, Haïti}
{c:+509 3712 4580} · {c:mcjoseph.escale@yahoo.fr}

EXPÉRIENCE
2016 – 2024 : {k:Agente d'escale / enregistrement, Swissport Haïti (aéroport Toussaint-Louverture)}
   Vols American Airlines, Air Canada, Air France
   {k:Superviseure de comptoir} à partir de 2021
2012 – 2016 : {k:Réceptionniste, Hôtel Karibe, Pétion-Ville}

FORMATION
{k:IATA – Passenger Ground Services}, 2016
{k:Licence en gestion, Université Quisqueya}, 2012

LANGUES
Créole, français, anglais courant, espagnol.

INFORMATIONS PERSONNELLES
{D:Née le 9 décembre 1988}.
{F:Veuve depuis 2021, deux enfants}.
{R:Catholique, engagée dans la Légion de Marie}.
{G:Trait drépanocytaire (AS) connu}.
{H:Hypertension depuis la grossesse de mon deuxième enfant}.

Je cherche un poste de superviseure d'escale, en Haïti ou à l'étranger, où mon expérience des vols américains et du contrôle documentaire sera utile.

Centres d'intérêt : chorale, broderie.

Références : {c:M. Jean-Ronel Pierre}, chef d'escale, Swissport Haïti.
""",
r"""
{c:Ludovic GARNIER}
Responsable de quai / chef d'équipe logistique
{c:27 allée des Peupliers, 45100 Orléans} · {c:06 19 58 33 72} · {c:ludovic.garnier.log@gmail.com}

PROFIL
Douze ans dans la messagerie et l'entreposage, dont six à encadrer des équipes de quai de nuit. J'aime les quais qui partent à l'heure et les tableaux de bord simples.

EXPÉRIENCE
Depuis 2019 — {k:Chef de quai, Geodis Distribution & Express, Saran}
 • Équipe de 25 personnes, 60 tournées par nuit, taux de départ à l'heure 98 %
 • {k:Mise en place du tri par scanner (WMS Reflex)}
2013 – 2019 — {k:Agent de quai puis cariste, DB Schenker, Ormes}
2011 – 2013 — {k:Préparateur de commandes (intérim), Amazon Saran}

FORMATION
{k:Bac pro Logistique}, lycée Jean-Lurçat, Fleury-les-Aubrais
{k:CACES R489 catégories 1, 3 et 5}
{k:Sauveteur secouriste du travail (SST)}

COMPÉTENCES
Planification des effectifs, animation de brief sécurité, gestion des litiges transporteurs, Excel.

LOISIRS
Rugby (entraîneur des moins de 12 ans à l'USO), randonnée en Sologne.
""",
r"""
{c:Rachid HAMMOUDI}
Conducteur d'engins portuaires – {c:Port-Saint-Louis-du-Rhône}
{c:06 60 38 12 74} · {c:rachid.hammoudi13@free.fr}

EXPÉRIENCE
Depuis 2011 : {k:Conducteur de cavalier et de reach stacker, Seayard (terminal de Fos 2XL)}
2006 – 2011 : {k:Cariste, entrepôt Ikea de Saint-Martin-de-Crau}
2003 – 2006 : {k:Chauffeur-livreur, Transports Mazet}

CACES
{k:R482 cat. C1 et F}, {k:R489 cat. 5}, {k:habilitation interne reach stacker}

ENGAGEMENTS
{U:Secrétaire adjoint du syndicat CGT des ouvriers portuaires de Fos}.
{C:Placé en garde à vue puis condamné à 3 mois avec sursis pour entrave lors du blocage du port en 2010}.
{P:Sympathisant de La France insoumise}.

SITUATION PERSONNELLE
{E:Fils d'un docker algérien arrivé en 1962}.
{D:46 ans}. {F:Marié, 2 filles}.
{H:Lombalgie, reconnaissance RQTH depuis 2022}.

Je cherche un poste de chef d'équipe sur un terminal à conteneurs, avec des horaires postés.

Loisirs : pétanque, OM.
""",
r"""
{c:Erwan LE BIHAN}
Second capitaine – marine marchande
{c:29910 Concarneau} · {c:06 84 27 13 55} · {c:erwan.lebihan@marin-mail.fr}

BREVETS
{k:Brevet de capitaine 3000 (STCW II/2)}, {k:certificat GMDSS GOC}, ECDIS, {k:sûreté (SSO)}.
Aptitude médicale ENIM : {H:apte avec restriction (port de lunettes, vision des couleurs à vérifier chaque année)}.

SERVICE EN MER
Navire | Type | Armateur | Fonction | Période
Pont-Aven | Ferry | {k:Brittany Ferries} | Second capitaine | 2020 – 2024
Armorique | Ferry | Brittany Ferries | Lieutenant | 2015 – 2020
Belle-Île | Navire de ravitaillement | {k:Bourbon Offshore} | Lieutenant | 2011 – 2015

DIVERS
{U:Adhérent de la CFDT marins}.
{S:Je partage ma vie avec Yannick, boulanger à Concarneau}, {S:et je suis membre de l'association Marins Fiers (LGBT+ dans la marine)}.
{D:Âge : 39 ans}.
{R:Je n'ai aucune religion, je suis athée}.
Voile traditionnelle, fest-noz.
""",
r"""
{c:Sandrine PALMIER-LUBIN}
Contrôleuse (ASCT) TGV – {c:Paris-Gare de Lyon}
{c:06 98 20 51 36} – {c:sandrine.palmier.asct@gmail.com}

EXPÉRIENCE
2010 – aujourd'hui : {k:SNCF Voyageurs, Agente du service commercial trains (ASCT) TGV INOUI}
   Relations Paris–Marseille / Nice / Montpellier, {k:chef de bord} depuis 2016
   {k:Formatrice relais sûreté à bord}
2006 – 2010 : {k:Agente de vente, gare de Lyon}

FORMATION
{k:BTS Tourisme}, 2006 ; {k:habilitation sécurité ferroviaire (S9)}

ENGAGEMENTS
{U:Syndiquée SUD-Rail, déléguée de ligne}.
{P:Adhérente d'EELV depuis 2018}.

PERSONNEL
{E:Guadeloupéenne, arrivée à Paris à 18 ans}.
{D:39 ans}.
{F:Enceinte de mon troisième enfant, je souhaite un poste sédentaire temporaire}.
{H:Migraines chroniques, traitement préventif}.

Je connais bien la gestion des situations perturbées, l'accueil des personnes à mobilité réduite et la lutte anti-fraude.

Loisirs : gwoka, course à pied.
""",
r"""
{c:Didier VANDERHEYDEN}
Chauffeur routier international (CE)
{c:Rue de la Station 12, 7860 Lessines} – {c:0477 21 46 83} – {c:didier.vdh@telenet.be}

EXPÉRIENCE
2014 – aujourd'hui : {k:Chauffeur international, Transports Ninatrans (Waregem)} – Belgique, France, Italie, Espagne
2006 – 2014 : {k:Chauffeur national, H.Essers (Genk)}
1998 – 2006 : {k:Magasinier, Carrières de Lessines}

PERMIS
{k:C, CE, ADR base}, {k:Code 95 (formation continue)}
{C:Condamné en 2015 pour conduite en état d'ivresse (1,8 g/l)} ; {C:déchéance du droit de conduire de 6 mois et examens de réintégration}.

PERSONNEL
{D:Né en 1972}. {F:Divorcé, deux grands enfants}.
{S:Je vis avec mon compagnon, Kevin, depuis 2019}.
{H:Sobre depuis 2016, suivi aux Alcooliques anonymes}.
{U:Affilié à la CGSLB (syndicat libéral)}.
{P:Membre du PS à Lessines}.

Loisirs : vélo, pêche, brocantes.
""",
r"""
{c:Nassim BELKACEM}
Cariste / préparateur de commandes – {c:Laval, Québec}
{c:450-555-0188} · {c:nassim.belkacem@outlook.com}

EXPÉRIENCE
{k:Cariste (chariot à mât rétractable), Sobeys – centre de distribution de Terrebonne} — 2020 à aujourd'hui
 • Réapprovisionnement et rangement, 150 palettes par quart
 • {k:Formateur cariste certifié (norme CSA B335)}
{k:Préparateur de commandes, Metro (CD de Laval)} — 2018 à 2020
{k:Chauffeur-livreur, Sonatrach (Alger)} — 2010 à 2017

CERTIFICATIONS
{k:Carte de cariste (CSA B335-15)}, SIMDUT 2015, permis de conduire classe 5.

PERSONNEL
{E:Immigré d'Algérie en 2017 (résident permanent)}. {D:41 ans}.
{U:Membre de la CSN, délégué syndical de nuit}.
{H:Opéré d'une hernie inguinale en 2023, retour au travail sans restriction}.
{F:Marié, deux enfants nés à Montréal}.

Langues : français, arabe, anglais intermédiaire.
Disponible de nuit et le week-end, ponctuel, habitué aux entrepôts froids (–25 °C).
""",
]
