"""French CVs 001-020, typed by hand."""
from cats import H, R, P, T, E, S, C, G, A, F

CVS = [
dict(n=1, text="""
Yann Le Goff
Kerhuel, 29450 Sizun — 06 72 18 44 90 — yann.legoff29@orange.fr

Projet d'installation : reprise des parts de mes parents dans le GAEC de Kerhuel

Je suis associé salarié depuis 2019 dans l'exploitation familiale : 85 vaches Prim'Holstein, 110 ha dont 60 ha de prairies, livraison à la coopérative Sodiaal. Mes parents partent en retraite en 2027 ; je reprends avec mon épouse Gwenaëlle, qui entre dans le GAEC, et nos deux enfants grandissent sur la ferme.

Parcours
- 2019 – aujourd'hui : associé, GAEC de Kerhuel (traite robotisée Lely, génotypage des génisses avec Innoval, sélection sur l'ISU)
- 2016 – 2019 : salarié agricole, ETA Le Bras, Landivisiau (ensilage, épandage, chauffeur d'automoteur)
- 2015 : service de remplacement du Finistère

Formation
BPREA, CFPPA de Châteaulin (2016) ; Bac pro CGEA, lycée de l'Aulne
Certiphyto « décideur en entreprise soumise à agrément » ; CACES R482

Vie locale
Membre du bureau cantonal de la FDSEA et des Jeunes Agriculteurs du Finistère jusqu'à mes 35 ans, l'an dernier. Catholique pratiquant, je porte la bannière au pardon de Sizun chaque année. Colistier divers droite aux municipales de 2026.

Référent : M. Hervé Quéré, conseiller installation, Chambre d'agriculture de Bretagne, 02 98 52 48 00
""",
s=[(F, "je reprends avec mon épouse Gwenaëlle, qui entre dans le GAEC, et nos deux enfants grandissent sur la ferme"),
   (T, "Membre du bureau cantonal de la FDSEA et des Jeunes Agriculteurs du Finistère"), (A, "jusqu'à mes 35 ans, l'an dernier"),
   (R, "Catholique pratiquant, je porte la bannière au pardon de Sizun chaque année"),
   (P, "Colistier divers droite aux municipales de 2026")],
keep=["associé, GAEC de Kerhuel", "génotypage des génisses avec Innoval, sélection sur l'ISU",
      "salarié agricole, ETA Le Bras, Landivisiau", "BPREA, CFPPA de Châteaulin (2016)",
      "Certiphyto « décideur en entreprise soumise à agrément »", "CACES R482", "livraison à la coopérative Sodiaal"],
contact=["Yann Le Goff", "Kerhuel, 29450 Sizun", "06 72 18 44 90", "yann.legoff29@orange.fr",
         "M. Hervé Quéré", "02 98 52 48 00"]),

dict(n=2, text="""
MARIE-PIERRE VIDALENC
Éleveuse de Salers — vente directe
Le Bouyssou, 15140 Salers · 06 31 55 09 27 · mp.vidalenc@laposte.net

Candidature : animatrice filière viande, Association des éleveurs du Cantal

Expérience
Depuis 2011 — cheffe d'exploitation, 60 mères Salers en race pure, 95 ha d'estives et de prés de fauche ; vente en caissettes, label Rouge ; affiliée au herd-book Salers (pointage, index IBOVAL)
2006 – 2011 — technicienne bovins viande, Chambre d'agriculture du Cantal, Aurillac
2004 – 2006 — contrôleuse de performances, Bovins Croissance Cantal

Formation
BTSA Productions animales, ENILV Aurillac (2004) ; licence pro Agriculture biologique, VetAgro Sup (2011)

Engagements
Porte-parole départementale de la Confédération paysanne du Cantal depuis 2020. J'ai été candidate sur la liste « Salers en commun » (gauche) aux municipales de 2020.

Santé / parcours
En 2019, un burn-out m'a arrêtée cinq mois ; ma compagne Léa a tenu la ferme pendant ce temps avec l'aide du service de remplacement.

Références
Mme Josiane Delmas, présidente de l'Association des éleveurs du Cantal — 04 71 45 55 00
""",
s=[(T, "Porte-parole départementale de la Confédération paysanne du Cantal depuis 2020"),
   (P, "J'ai été candidate sur la liste « Salers en commun » (gauche) aux municipales de 2020"),
   (H, "En 2019, un burn-out m'a arrêtée cinq mois"), (S, "ma compagne Léa")],
keep=["animatrice filière viande", "cheffe d'exploitation, 60 mères Salers en race pure",
      "affiliée au herd-book Salers (pointage, index IBOVAL)",
      "technicienne bovins viande, Chambre d'agriculture du Cantal, Aurillac",
      "BTSA Productions animales, ENILV Aurillac (2004)", "licence pro Agriculture biologique, VetAgro Sup (2011)"],
contact=["MARIE-PIERRE VIDALENC", "Le Bouyssou, 15140 Salers", "06 31 55 09 27", "mp.vidalenc@laposte.net",
         "Mme Josiane Delmas", "04 71 45 55 00"]),

dict(n=3, text="""
Jean-Marc Dubarry — chef de culture viticole
Lieu-dit Lacaze, 32190 Vic-Fezensac — 06 08 77 41 32 — jm.dubarry32@gmail.com
Né le 12 mai 1970 à Auch

PROFIL
Trente ans de vigne en Gascogne : colombard, ugni blanc, tannat. Conversion de domaines en bio et suivi d'un essai en biodynamie. Je cherche un poste de chef de culture dans une cave coopérative ou un domaine d'armagnac.

EXPÉRIENCE
2008 – 2026  Chef de culture, Domaine de Lacaze (85 ha, armagnac et côtes-de-gascogne)
   • Conversion en agriculture biologique certifiée Ecocert (2012–2015)
   • Essai de préparations biodynamiques Demeter sur 6 ha
   • Encadrement de 12 saisonniers pour la taille et les vendanges
1995 – 2008  Tractoriste puis chef d'équipe, cave coopérative Plaimont

FORMATION
BTA Viticulture-œnologie, lycée agricole de Riscle (1990) ; Certiphyto ; CACES R482 cat. A

À SIGNALER
Mon permis a été suspendu six mois en 2017 après une condamnation pour conduite en état alcoolique ; je l'ai récupéré et n'ai plus eu d'incident. Mon père a eu un cancer du côlon jeune et le test génétique m'a trouvé porteur du syndrome de Lynch : coloscopie tous les deux ans, sans conséquence sur le travail.
Divorcé, un fils.

Référence : Mme Sylvie Lacaze, propriétaire, 05 62 06 12 91
""",
s=[(A, "Né le 12 mai 1970"), (C, "Mon permis a été suspendu six mois en 2017 après une condamnation pour conduite en état alcoolique"),
   (G, "le test génétique m'a trouvé porteur du syndrome de Lynch"), (H, "coloscopie tous les deux ans"),
   (F, "Divorcé, un fils")],
keep=["chef de culture viticole", "Chef de culture, Domaine de Lacaze",
      "Conversion en agriculture biologique certifiée Ecocert (2012–2015)",
      "Essai de préparations biodynamiques Demeter sur 6 ha", "Tractoriste puis chef d'équipe, cave coopérative Plaimont",
      "BTA Viticulture-œnologie, lycée agricole de Riscle (1990)"],
contact=["Jean-Marc Dubarry", "Lieu-dit Lacaze, 32190 Vic-Fezensac", "06 08 77 41 32", "jm.dubarry32@gmail.com",
         "Mme Sylvie Lacaze", "05 62 06 12 91"]),

dict(n=4, text="""
Karim Benaïssa
Trayeur — agent d'élevage laitier
12 rue des Pommiers, 50600 Saint-Hilaire-du-Harcouët
07 81 40 22 65 — karim.benaissa50@free.fr

Ce que je sais faire
• Traite en salle 2×12 et sur robot DeLaval, hygiène de traite, détection des mammites
• Soins aux veaux, écornage, parage de base
• Conduite tracteur, désilage, paillage ; CACES R482 cat. C1
• Lecture des boucles électroniques et pesées à la bascule

Expériences
Depuis 2018 : agent d'élevage, EARL du Haut-Bocage, Saint-Hilaire (220 vaches, lait vendu à Lactalis)
2015 – 2018 : salarié du service de remplacement de la Manche
2013 – 2015 : ouvrier en abattoir de volailles, Ducey

Formation
CAPA Métiers de l'agriculture, option ruminants — MFR de Mortain (2013)

Autres informations
Français, parents venus du Maroc (région de Berkane) dans les années 80.
Adhérent CFDT Agri-Agro depuis 2016 et délégué du personnel suppléant à l'EARL.
Musulman pratiquant : pendant le ramadan, je préfère la traite du matin.
Pacsé, un enfant de 2 ans.

Référence : M. Olivier Lemonnier, gérant de l'EARL du Haut-Bocage, 02 33 49 71 08
""",
s=[(E, "parents venus du Maroc (région de Berkane) dans les années 80"),
   (T, "Adhérent CFDT Agri-Agro depuis 2016 et délégué du personnel suppléant à l'EARL"),
   (R, "Musulman pratiquant : pendant le ramadan, je préfère la traite du matin"),
   (F, "Pacsé, un enfant de 2 ans")],
keep=["Trayeur — agent d'élevage laitier", "Traite en salle 2×12 et sur robot DeLaval",
      "Lecture des boucles électroniques et pesées à la bascule",
      "agent d'élevage, EARL du Haut-Bocage, Saint-Hilaire", "salarié du service de remplacement de la Manche",
      "CAPA Métiers de l'agriculture, option ruminants — MFR de Mortain (2013)"],
contact=["Karim Benaïssa", "12 rue des Pommiers, 50600 Saint-Hilaire-du-Harcouët", "07 81 40 22 65",
         "karim.benaissa50@free.fr", "M. Olivier Lemonnier", "02 33 49 71 08"]),

dict(n=5, text="""
CURRICULUM VITAE

Nom : RAMASSAMY
Prénom : Jean-Claude
Adresse : Quartier Bois-Lézard, 97213 Le Lorrain, Martinique
Tél. : 0696 41 28 33 — Courriel : jc.ramassamy972@wanadoo.fr
Âge : 58 ans

Poste visé : chef d'équipe sur plantation de bananes (Banamart)

EXPÉRIENCE
1998 – 2026 : ouvrier agricole puis chef d'équipe, Habitation Bois-Lézard, Le Lorrain
   - Équipe de coupe et d'emballage (15 personnes), hangar de conditionnement
   - Suivi de la cercosporiose noire, effeuillage, gainage des régimes
   - Certification GlobalG.A.P. de la station d'emballage
1988 – 1998 : coupeur de canne, distillerie du Lorrain

FORMATION
CAPA Productions agricoles, lycée agricole du Robert (1986) ; Certiphyto opérateur

VIE PERSONNELLE ET ENGAGEMENTS
Descendant d'engagés indiens arrivés au Lorrain en 1860 ; je participe aux cérémonies du temple hindou de Basse-Pointe.
Syndiqué à la CGTM depuis 1992, j'ai été délégué de plantation pendant la grève de 2009.
Exposé au chlordécone dans les années 90 ; opéré d'un cancer de la prostate en 2021, suivi au CHU.
Marié, quatre enfants, sept petits-enfants.

Référence : M. Patrick Desportes, gérant de l'Habitation Bois-Lézard, 0596 53 41 20
""",
s=[(A, "Âge : 58 ans"), (E, "Descendant d'engagés indiens arrivés au Lorrain en 1860"),
   (R, "je participe aux cérémonies du temple hindou de Basse-Pointe"),
   (T, "Syndiqué à la CGTM depuis 1992, j'ai été délégué de plantation pendant la grève de 2009"),
   (H, "opéré d'un cancer de la prostate en 2021, suivi au CHU"), (F, "Marié, quatre enfants, sept petits-enfants")],
keep=["chef d'équipe sur plantation de bananes (Banamart)", "ouvrier agricole puis chef d'équipe, Habitation Bois-Lézard, Le Lorrain",
      "Suivi de la cercosporiose noire, effeuillage, gainage des régimes",
      "Certification GlobalG.A.P. de la station d'emballage", "coupeur de canne, distillerie du Lorrain",
      "CAPA Productions agricoles, lycée agricole du Robert (1986)"],
contact=["RAMASSAMY", "Jean-Claude", "Quartier Bois-Lézard, 97213 Le Lorrain, Martinique", "0696 41 28 33",
         "jc.ramassamy972@wanadoo.fr", "M. Patrick Desportes", "0596 53 41 20"]),

dict(n=6, text="""
Lucette Payet, planteuse de canne
Chemin Ceinture, 97470 Saint-Benoît, La Réunion · 0692 55 18 04 · lucette.payet974@gmail.com

Candidature au poste de technicienne de la filière canne — Tereos Océan Indien / CTICS

Mon parcours
Depuis 2005, je cultive 14 ha de canne à sucre sur l'exploitation familiale (plantation, épaillage, coupe mécanisée et manuelle, livraison au centre de réception de Beaufonds). J'ai replanté 8 ha en variétés R579 et R583 et suivi les essais d'irrigation au goutte-à-goutte avec eRcane.
2000 – 2005 : agent de pesée, centre de réception de canne de Beaufonds (campagne sucrière)

Diplômes
BPREA, CFPPA de Saint-Paul (2004) ; Certiphyto ; permis C

Engagements
Élue au conseil d'administration de la CGPER, le syndicat des planteurs, depuis 2018.
Malbar de famille, je marche sur le feu chaque année au temple de Saint-Benoît.
Veuve depuis 2016 ; mes deux fils m'aident à la coupe.
J'ai fait de l'hypertension pendant la grossesse de mon second et je suis suivie depuis, sans souci pour le travail.

Référence : M. Daniel Hoarau, technicien canne, Chambre d'agriculture de La Réunion, 0262 94 25 94
""",
s=[(T, "Élue au conseil d'administration de la CGPER, le syndicat des planteurs, depuis 2018"),
   (E, "Malbar de famille"), (R, "je marche sur le feu chaque année au temple de Saint-Benoît"),
   (F, "Veuve depuis 2016 ; mes deux fils m'aident à la coupe"),
   (H, "J'ai fait de l'hypertension pendant la grossesse de mon second et je suis suivie depuis")],
keep=["technicienne de la filière canne", "suivi les essais d'irrigation au goutte-à-goutte avec eRcane",
      "agent de pesée, centre de réception de canne de Beaufonds", "BPREA, CFPPA de Saint-Paul (2004)",
      "replanté 8 ha en variétés R579 et R583", "Certiphyto ; permis C"],
contact=["Lucette Payet", "Chemin Ceinture, 97470 Saint-Benoît, La Réunion", "0692 55 18 04",
         "lucette.payet974@gmail.com", "M. Daniel Hoarau", "0262 94 25 94"]),

dict(n=7, text="""
Benoît Lambotte
Agriculteur — grandes cultures et Blanc-Bleu Belge
Rue du Try 14, 5310 Éghezée (Belgique) · +32 475 61 22 08 · benoit.lambotte@skynet.be

Je sollicite le poste de conseiller technique grandes cultures au CePiCOP / Centre de Michamps.

Expérience
2002 – aujourd'hui : exploitant, ferme familiale du Try (140 ha : froment, betteraves, chicorée, pommes de terre ; 70 mères Blanc-Bleu Belge)
 · Suivi des génotypages et des index génomiques BBB avec l'AWE
 · Agriculture de précision : modulation de la fumure azotée par imagerie satellite
 · Membre de la CUMA d'Éghezée (gestion de l'arracheuse 6 rangs)
1998 – 2002 : technicien, Raffinerie Tirlemontoise, service betteravier de Wanze

Formation
Bachelier en agronomie, Haute École Charlemagne, Huy (1998) ; phytolicence P2

Divers
Administrateur de la section locale de la Fédération Wallonne de l'Agriculture. Conseiller communal à Éghezée (Les Engagés) depuis 2018. Né en 1976.
J'ai appris en 2015, après le diagnostic de mon frère, que je suis homozygote pour l'hémochromatose ; quelques saignées par an.
Je chante à la chorale paroissiale de Leuze.

Référence : M. Philippe Dethier, directeur du service betteravier, +32 19 33 21 11
""",
s=[(T, "Administrateur de la section locale de la Fédération Wallonne de l'Agriculture"),
   (P, "Conseiller communal à Éghezée (Les Engagés) depuis 2018"), (A, "Né en 1976"),
   (G, "après le diagnostic de mon frère, que je suis homozygote pour l'hémochromatose"),
   (H, "quelques saignées par an"), (R, "Je chante à la chorale paroissiale de Leuze")],
keep=["conseiller technique grandes cultures", "exploitant, ferme familiale du Try",
      "Suivi des génotypages et des index génomiques BBB avec l'AWE",
      "modulation de la fumure azotée par imagerie satellite", "Membre de la CUMA d'Éghezée",
      "technicien, Raffinerie Tirlemontoise, service betteravier de Wanze",
      "Bachelier en agronomie, Haute École Charlemagne, Huy (1998)", "phytolicence P2"],
contact=["Benoît Lambotte", "Rue du Try 14, 5310 Éghezée (Belgique)", "+32 475 61 22 08", "benoit.lambotte@skynet.be",
         "M. Philippe Dethier", "+32 19 33 21 11"]),

dict(n=8, text="""
Stéphane Bonvin
Vigneron-encaveur
Route de Lens 41, 3963 Crans-Montana (VS) · 079 412 63 08 · s.bonvin@vinsbonvin.ch

Formation
CFC de viticulteur, École d'agriculture du Valais, Châteauneuf (2001)
Brevet fédéral de caviste (2006) ; Maîtrise fédérale de vigneron-encaveur (2012)

Parcours
2012 – auj.   Exploitant, Cave Bonvin Frères, Lens — 7 ha en terrasses (petite arvine, cornalin, humagne rouge) ; 35 000 bouteilles
   – Conversion Bio Suisse (bourgeon) des parcelles de Flanthey depuis 2020
   – Vinification en cuves béton, élevage en barriques ; sélection massale de cornalin avec Agroscope
2006 – 2012   Caviste, Provins Valais, Sion
2001 – 2006   Ouvrier viticole, domaine du Mont d'Or, Pont-de-la-Morge

Compétences
Vendanges à la brante, monorail, traitement par hélicoptère (coordination), dégustation

Engagements
Membre de l'UDC du district de Sierre, candidat au Grand Conseil en 2025.
Fanfare L'Avenir de Lens, trompette ; servant de messe dans ma jeunesse et encore à la Fête-Dieu.
Marié à Nicolas depuis 2022.
49 ans.

Référence : M. Pierre-André Rey, œnologue cantonal honoraire, 027 606 76 00
""",
s=[(P, "Membre de l'UDC du district de Sierre, candidat au Grand Conseil en 2025"),
   (R, "servant de messe dans ma jeunesse et encore à la Fête-Dieu"), (S, "Marié à Nicolas depuis 2022"),
   (A, "49 ans")],
keep=["Vigneron-encaveur", "CFC de viticulteur, École d'agriculture du Valais, Châteauneuf (2001)",
      "Maîtrise fédérale de vigneron-encaveur (2012)", "Exploitant, Cave Bonvin Frères, Lens",
      "Conversion Bio Suisse (bourgeon) des parcelles de Flanthey depuis 2020",
      "sélection massale de cornalin avec Agroscope", "Caviste, Provins Valais, Sion"],
contact=["Stéphane Bonvin", "Route de Lens 41, 3963 Crans-Montana (VS)", "079 412 63 08", "s.bonvin@vinsbonvin.ch",
         "M. Pierre-André Rey", "027 606 76 00"]),

dict(n=9, text="""
Claudine Froidevaux
Agricultrice et fromagère d'alpage
Les Rouges-Terres 3, 2345 Les Breuleux (JU) · 032 954 18 27 · claudine.froidevaux@bluewin.ch

Je postule comme fromagère à la fromagerie de Saignelégier (Tête de Moine AOP).

Expérience
1999 – 2026  Exploitation familiale, Les Breuleux — 28 vaches Montbéliardes et franches-montagnes (chevaux), lait livré en fromagerie Tête de Moine
2010 – 2026  Fromagère d'été à l'alpage de la Chaux-d'Abel (gruyère d'alpage, 900 meules)
1996 – 1999  Apprentie fromagère, fromagerie des Genevez

Titres
CFC de technologue du lait (1999) ; certificat d'agricultrice (Courtemelon, 2003)

Engagements
Membre d'Uniterre, syndicat paysan, et déléguée jurassienne à l'assemblée nationale depuis 2016.
Militante autonomiste dans ma jeunesse au sein du groupe Bélier ; condamnée en 1993 avec sursis pour des dégradations lors d'une action à Berne.
Mariée, trois enfants dont deux reprennent la ferme.
Âge : 52 ans.

Références : M. Jean-Paul Aubry, fromager, Saignelégier, 032 951 12 40
""",
s=[(T, "Membre d'Uniterre, syndicat paysan, et déléguée jurassienne à l'assemblée nationale depuis 2016"),
   (P, "Militante autonomiste dans ma jeunesse au sein du groupe Bélier"),
   (C, "condamnée en 1993 avec sursis pour des dégradations lors d'une action à Berne"),
   (F, "Mariée, trois enfants dont deux reprennent la ferme"), (A, "Âge : 52 ans")],
keep=["fromagère à la fromagerie de Saignelégier (Tête de Moine AOP)",
      "Fromagère d'été à l'alpage de la Chaux-d'Abel", "Apprentie fromagère, fromagerie des Genevez",
      "CFC de technologue du lait (1999)", "certificat d'agricultrice (Courtemelon, 2003)",
      "28 vaches Montbéliardes et franches-montagnes"],
contact=["Claudine Froidevaux", "Les Rouges-Terres 3, 2345 Les Breuleux (JU)", "032 954 18 27",
         "claudine.froidevaux@bluewin.ch", "M. Jean-Paul Aubry", "032 951 12 40"]),

dict(n=10, text="""
MATHIEU TREMBLAY
Producteur laitier — Ferme Tremblay et fils inc.
1840, rang Saint-Isidore, Hébertville (Québec) G8N 1M3
418 344-2761 · mathieu@fermetremblay.qc.ca

OBJECTIF
Poste de conseiller en gestion à Agrinova / Groupe conseil agricole Lac-Saint-Jean, en parallèle de la ferme que mon frère reprend.

EXPÉRIENCE
2008 – 2026  Copropriétaire, Ferme Tremblay et fils (120 vaches Holstein, 42 kg/vache/jour, quota de 118 kg MG/jour)
   • Génotypage de toutes les génisses (Lactanet) et accouplements sur l'IPV
   • Reconstruction de l'étable à stabulation libre après l'incendie de 2019
   • Plan agroenvironnemental de fertilisation (PAEF) avec le club-conseil
2005 – 2008  Conseiller technique, Coop Nutrinor, Alma

FORMATION
DEC Gestion et technologies d'entreprise agricole (GTEA), ITAQ Saint-Hyacinthe (2005)

IMPLICATION
Administrateur du syndicat local de l'UPA Lac-Saint-Jean-Est depuis 2014.
Après l'incendie, j'ai fait une dépression et j'ai été suivi huit mois au CLSC ; je témoigne maintenant pour Au cœur des familles agricoles.
Comme beaucoup au Saguenay, j'ai passé le test de dépistage de porteur des maladies héréditaires (ataxie, tyrosinémie) : porteur de l'ARSACS.
41 ans ; marié, trois enfants.

Référence : M. Réjean Girard, agronome, 418 662-6486
""",
s=[(T, "Administrateur du syndicat local de l'UPA Lac-Saint-Jean-Est depuis 2014"),
   (H, "j'ai fait une dépression et j'ai été suivi huit mois au CLSC"),
   (G, "j'ai passé le test de dépistage de porteur des maladies héréditaires (ataxie, tyrosinémie) : porteur de l'ARSACS"),
   (A, "41 ans"), (F, "marié, trois enfants")],
keep=["Copropriétaire, Ferme Tremblay et fils", "Génotypage de toutes les génisses (Lactanet) et accouplements sur l'IPV",
      "Reconstruction de l'étable à stabulation libre après l'incendie de 2019",
      "Plan agroenvironnemental de fertilisation (PAEF)", "Conseiller technique, Coop Nutrinor, Alma",
      "DEC Gestion et technologies d'entreprise agricole (GTEA), ITAQ Saint-Hyacinthe (2005)",
      "Au cœur des familles agricoles"],
contact=["MATHIEU TREMBLAY", "1840, rang Saint-Isidore, Hébertville (Québec) G8N 1M3", "418 344-2761",
         "mathieu@fermetremblay.qc.ca", "M. Réjean Girard", "418 662-6486"]),

dict(n=11, text="""
Curriculum vitae

Edwin Xoy Caal
Travailleur agricole saisonnier — maraîchage
Logement de la Ferme Guinois, 610, rang Sainte-Sophie, Sherrington (QC) J0L 2N0
Cellulaire : 450 454-8810 · edwinxoy@gmail.com

Statut : travailleur étranger temporaire, Guatemala, permis de travail fermé (volet agricole du PTET), sixième saison au Québec. Mes données biométriques (empreintes et photo) ont été prises au centre de Guatemala City en 2021.

Expérience au Québec
2021 – 2026 : Ferme Guinois, Sherrington — laitue, céleri, oignons
   – récolte et emballage au champ, conduite du convoyeur de récolte
   – chef d'équipe hispanophone depuis 2024 (10 travailleurs), traduction des consignes SST
Expérience au Guatemala
2012 – 2020 : culture de cardamome et de café, coopérative de Cobán (Alta Verapaz)

Formation
Certificat en santé et sécurité au travail agricole (UPA / CNESST, 2023)
Cours de français langue seconde, niveau 4 (Maison de l'immigrant, Saint-Rémi)

Personnel
Maya q'eqchi', espagnol appris à l'école. Pasteur laïc dans une église évangélique à Saint-Rémi le dimanche. Ma femme et nos cinq enfants restent à Cobán.

Référence : M. Stéphane Guinois, producteur, 450 454-3372
""",
s=[(E, "travailleur étranger temporaire, Guatemala, permis de travail fermé"),
   (G, "Mes données biométriques (empreintes et photo) ont été prises au centre de Guatemala City en 2021"),
   (E, "Maya q'eqchi'"), (R, "Pasteur laïc dans une église évangélique à Saint-Rémi le dimanche"),
   (F, "Ma femme et nos cinq enfants restent à Cobán")],
keep=["Travailleur agricole saisonnier — maraîchage", "récolte et emballage au champ, conduite du convoyeur de récolte",
      "chef d'équipe hispanophone depuis 2024 (10 travailleurs), traduction des consignes SST",
      "culture de cardamome et de café, coopérative de Cobán",
      "Certificat en santé et sécurité au travail agricole (UPA / CNESST, 2023)", "Ferme Guinois, Sherrington"],
contact=["Edwin Xoy Caal", "Logement de la Ferme Guinois, 610, rang Sainte-Sophie, Sherrington (QC) J0L 2N0",
         "450 454-8810", "edwinxoy@gmail.com", "M. Stéphane Guinois", "450 454-3372"]),

dict(n=12, text="""
CURRICULUM VITAE

RAKOTONIRINA Hery Andriamalala
Lot 45 Ambodivoara, Sambava 208, Madagascar
+261 34 12 558 07 — hery.rakotonirina@gmail.com
Né le 03 septembre 1988 à Antalaha
Situation familiale : marié, 2 enfants
Origine : Betsimisaraka par ma mère, Merina par mon père

POSTE RECHERCHÉ : Responsable qualité vanille — exportateur certifié

EXPÉRIENCE PROFESSIONNELLE
2016 – 2026 : Technicien qualité puis responsable de la collecte, SAVA Vanille Export SARL, Sambava
   • Contrôle de la maturité, préparation (échaudage, étuvage, séchage), classement des gousses
   • Traçabilité des 1 400 producteurs, certification biologique (Ecocert) et Rainforest Alliance
   • Formation des préparateurs sur la teneur en vanilline
2012 – 2016 : Animateur agricole, ONG Fanamby, Andapa

FORMATION
Diplôme d'ingénieur agronome, ESSA — Université d'Antananarivo (2012)

ACTIVITÉS
Membre de l'église FJKM d'Ambodivoara, responsable de la chorale.
Ma carte d'électeur biométrique m'a été délivrée en 2023.
J'ai été militant du parti TIM lors des élections de 2018.

RÉFÉRENCE
M. Lalaina Randrianasolo, directeur, SAVA Vanille Export — +261 32 05 441 20
""",
s=[(A, "Né le 03 septembre 1988"), (F, "Situation familiale : marié, 2 enfants"),
   (E, "Origine : Betsimisaraka par ma mère, Merina par mon père"),
   (R, "Membre de l'église FJKM d'Ambodivoara, responsable de la chorale"),
   (G, "Ma carte d'électeur biométrique m'a été délivrée en 2023"),
   (P, "J'ai été militant du parti TIM lors des élections de 2018")],
keep=["Responsable qualité vanille", "Technicien qualité puis responsable de la collecte, SAVA Vanille Export SARL, Sambava",
      "Contrôle de la maturité, préparation (échaudage, étuvage, séchage), classement des gousses",
      "certification biologique (Ecocert) et Rainforest Alliance", "Animateur agricole, ONG Fanamby, Andapa",
      "Diplôme d'ingénieur agronome, ESSA — Université d'Antananarivo (2012)"],
contact=["RAKOTONIRINA Hery Andriamalala", "Lot 45 Ambodivoara, Sambava 208, Madagascar", "+261 34 12 558 07",
         "hery.rakotonirina@gmail.com", "M. Lalaina Randrianasolo", "+261 32 05 441 20"]),

dict(n=13, text="""
OUÉDRAOGO Issouf
Conseiller agricole — gestion des exploitations
Secteur 4, Ouahigouya, Burkina Faso · +226 70 25 41 88 · issouf.ouedraogo.cep@gmail.com

État civil : né le 1er janvier 1979 à Gourcy ; marié à deux épouses, sept enfants

Expérience
2014 – 2026  Conseiller en gestion, Fédération des Professionnels Agricoles du Burkina (FEPAB), Yatenga
   – Conseil à l'exploitation familiale (CEF) pour 320 producteurs : comptes simplifiés, plans de campagne
   – Zaï et demi-lunes, compost, diffusion du sorgho amélioré avec l'INERA
   – Appui aux magasins de warrantage de 12 groupements
2006 – 2014  Animateur, projet de récupération des terres dégradées, Gourcy

Formation
Brevet de technicien agricole, Centre agricole polyvalent de Matourkou (2005)
Certificat en conseil de gestion (AFDI / CPF, 2015)

Vie associative
Membre de la Confédération paysanne du Faso, délégué de ma province au congrès de 2022.
Je suis mossi, musulman, et je fais la prière à la mosquée du secteur 4.
Diabétique de type 2 sous traitement depuis 2020.

Référence : M. Salif Sawadogo, secrétaire général de la FEPAB — +226 76 11 90 23
""",
s=[(A, "né le 1er janvier 1979"), (F, "marié à deux épouses, sept enfants"),
   (T, "Membre de la Confédération paysanne du Faso, délégué de ma province au congrès de 2022"),
   (E, "Je suis mossi"), (R, "musulman, et je fais la prière à la mosquée du secteur 4"),
   (H, "Diabétique de type 2 sous traitement depuis 2020")],
keep=["Conseiller agricole — gestion des exploitations",
      "Conseiller en gestion, Fédération des Professionnels Agricoles du Burkina (FEPAB), Yatenga",
      "Conseil à l'exploitation familiale (CEF) pour 320 producteurs",
      "Zaï et demi-lunes, compost, diffusion du sorgho amélioré avec l'INERA",
      "Appui aux magasins de warrantage de 12 groupements",
      "Brevet de technicien agricole, Centre agricole polyvalent de Matourkou (2005)"],
contact=["OUÉDRAOGO Issouf", "Secteur 4, Ouahigouya, Burkina Faso", "+226 70 25 41 88", "issouf.ouedraogo.cep@gmail.com",
         "M. Salif Sawadogo", "+226 76 11 90 23"]),

dict(n=14, text="""
Aminata Traoré
Ingénieure agronome — riziculture irriguée
Niono, zone Office du Niger, Mali · +223 76 48 20 15 · aminata.traore.agro@yahoo.fr

Profil
Dix ans d'appui aux riziculteurs de l'Office du Niger : calendrier cultural, repiquage, gestion de l'eau à la parcelle, crédit intrants.

Expériences
2017 – 2026 : Chargée de conseil rural, Office du Niger, zone de Niono
   · Encadrement de 2 400 exploitants ; démonstrations SRI (système de riziculture intensive)
   · Gestion des redevances eau et des contrats d'attribution de parcelles
   · Suivi des coopératives féminines d'étuvage du riz
2014 – 2017 : Assistante de recherche, IER — station de Niono (variétés Gambiaka, Kogoni)

Formation
Ingénieur de l'IPR/IFRA de Katibougou (2013)

Informations personnelles
Âge : 36 ans. Bambara de Ségou. Musulmane.
Adhérente du SEXAGON, le syndicat des exploitants agricoles de l'Office du Niger, car ma famille a 4 ha en attribution.
Drépanocytaire AS, je l'ai su lors du dépistage prénuptial.
Mariée, une fille.

Référence : M. Boubacar Diarra, chef de zone, Office du Niger Niono — +223 66 72 13 50
""",
s=[(A, "Âge : 36 ans"), (E, "Bambara de Ségou"), (R, "Musulmane."),
   (T, "Adhérente du SEXAGON, le syndicat des exploitants agricoles de l'Office du Niger"),
   (G, "Drépanocytaire AS, je l'ai su lors du dépistage prénuptial"), (F, "Mariée, une fille")],
keep=["Ingénieure agronome — riziculture irriguée", "Chargée de conseil rural, Office du Niger, zone de Niono",
      "démonstrations SRI (système de riziculture intensive)", "Suivi des coopératives féminines d'étuvage du riz",
      "Assistante de recherche, IER — station de Niono", "Ingénieur de l'IPR/IFRA de Katibougou (2013)"],
contact=["Aminata Traoré", "Niono, zone Office du Niger, Mali", "+223 76 48 20 15", "aminata.traore.agro@yahoo.fr",
         "M. Boubacar Diarra", "+223 66 72 13 50"]),

dict(n=15, text="""
Élise Garnier
La Croix-Blanche, 63210 Rochefort-Montagne
06 45 90 12 38 — elise.garnier.agro@gmail.com

Madame la Présidente,
Chambre d'agriculture du Puy-de-Dôme
11 allée Pierre de Fermat, 63170 Aubière

Objet : candidature au poste de conseillère en agriculture biologique (réf. CA63-2026-17)

Madame la Présidente,

Ingénieure VetAgro Sup (2014), je travaille depuis huit ans à l'accompagnement des conversions en bio. Au GAB 63 puis à Bio 63, j'ai suivi 75 fermes laitières et ovines en conversion, animé les groupes DEPHY sur l'herbe et monté la formation « Lire ses sols » avec le réseau Civam. J'ai également coordonné un essai de préparations biodynamiques dans deux fermes AOP Saint-Nectaire, en lien avec le Mouvement de l'agriculture biodynamique.

Je souhaite rejoindre la Chambre pour toucher aussi les éleveurs qui hésitent encore, avec des références technico-économiques solides (réseaux Inosys).

Pour être transparente sur mes disponibilités : je suis traitée pour une endométriose et je dois poser quelques journées par an pour des examens. Je vis avec ma compagne, Anaïs, installée en PPAM à Orcival ; à 38 ans je n'envisage pas de mobilité hors du département.

Je vous prie d'agréer, Madame la Présidente, mes salutations distinguées.

Élise Garnier
""",
s=[(H, "je suis traitée pour une endométriose"), (S, "Je vis avec ma compagne, Anaïs"), (A, "à 38 ans")],
keep=["conseillère en agriculture biologique", "Ingénieure VetAgro Sup (2014)",
      "j'ai suivi 75 fermes laitières et ovines en conversion", "animé les groupes DEPHY sur l'herbe",
      "coordonné un essai de préparations biodynamiques dans deux fermes AOP Saint-Nectaire",
      "références technico-économiques solides (réseaux Inosys)"],
contact=["Élise Garnier", "La Croix-Blanche, 63210 Rochefort-Montagne", "06 45 90 12 38", "elise.garnier.agro@gmail.com",
         "11 allée Pierre de Fermat, 63170 Aubière"]),

dict(n=16, text="""
THÉO CHEVALLIER
Étudiant en BTSA ACSE — recherche d'alternance
4 impasse du Moulin, 14490 Balleroy-sur-Drôme · 07 69 31 08 52 · theo.chevallier14@gmail.com
20 ans · permis B et tracteur

Formation
2025 – 2027  BTSA Analyse, conduite et stratégie de l'entreprise agricole, lycée agricole de Saint-Lô-Thère
2022 – 2025  Bac pro CGEA, lycée Le Robillard (mention bien)

Stages et expériences
2026 (12 sem.) Stage, SCEA des Longs Champs, Balleroy — 150 vaches normandes, suivi des pesées et des index génomiques, calcul du coût de production du lait
2024           Saisonnier, récolte de lin, Teillage Vandecandelaere
Été 2023       Ouvrier, ETA Marie : moisson, pressage, chargement de betteraves

Compétences
Excel, logiciel Isagri, télépilotage de drone (brevet DGAC), soudure à l'arc

Informations complémentaires
Je suis diabétique de type 1 (pompe à insuline), j'ai mon kit sur moi en permanence.
Mon copain Hugo est dans la même promo que moi. Mes parents ont été expulsés de la ferme de mon grand-père après la liquidation de 2015 ; je veux m'installer un jour.
J'ai fait un test ADN MyHeritage pour l'arbre de famille : beaucoup de Normandie, sans surprise.

Maître de stage : M. Laurent Hébert, SCEA des Longs Champs, 02 31 21 68 40
""",
s=[(A, "20 ans"), (H, "Je suis diabétique de type 1 (pompe à insuline)"), (H, "j'ai mon kit sur moi en permanence"),
   (G, "J'ai fait un test ADN MyHeritage pour l'arbre de famille"), (S, "Mon copain Hugo")],
keep=["BTSA Analyse, conduite et stratégie de l'entreprise agricole, lycée agricole de Saint-Lô-Thère",
      "Bac pro CGEA, lycée Le Robillard", "suivi des pesées et des index génomiques, calcul du coût de production du lait",
      "Saisonnier, récolte de lin, Teillage Vandecandelaere", "logiciel Isagri", "télépilotage de drone (brevet DGAC)"],
contact=["THÉO CHEVALLIER", "4 impasse du Moulin, 14490 Balleroy-sur-Drôme", "07 69 31 08 52", "theo.chevallier14@gmail.com",
         "M. Laurent Hébert", "02 31 21 68 40"]),

dict(n=17, text="""
Dr Antoine Levasseur
Vétérinaire rural — bovins
8 route de Vire, 50890 Condé-sur-Vire · 06 14 52 77 09 · a.levasseur.veto@gmail.com
N° ordinal : 21874

Parcours
2011 – 2026  Associé, Clinique vétérinaire du Bocage, Torigni-sur-Vire (8 vétérinaires, 70 % rurale)
  · Suivi de reproduction et qualité du lait pour 110 élevages ; césariennes, chirurgie de caillette
  · Vétérinaire sanitaire : prophylaxies, tuberculination, certification export
  · Conseil génomique aux éleveurs (choix des taureaux, génotypage femelles) avec Seenergi
  · Vérification de l'identification électronique des ovins lors des visites
2008 – 2011  Assistant, cabinet vétérinaire de Villedieu-les-Poêles

Formation
Docteur vétérinaire, ENV Nantes / Oniris (2008) ; CEAV Médecine interne des animaux d'élevage

Autres
Élu au conseil régional de l'Ordre des vétérinaires de Normandie (2022).
Après le suicide d'un éleveur que je suivais, en 2020, j'ai moi-même traversé un épisode dépressif ; j'ai repris après trois mois et je fais partie du réseau de sentinelles MSA.
Je vis avec mon compagnon, Julien, infirmier à Saint-Lô.
J'ai fait une campagne pour Europe Écologie aux régionales de 2021.

Références : Dr Claire Mauduit, 02 33 56 01 17 ; M. Rémi Hamel, éleveur, Tessy-Bocage
""",
s=[(H, "j'ai moi-même traversé un épisode dépressif ; j'ai repris après trois mois"),
   (S, "Je vis avec mon compagnon, Julien"), (P, "J'ai fait une campagne pour Europe Écologie aux régionales de 2021")],
keep=["Associé, Clinique vétérinaire du Bocage, Torigni-sur-Vire",
      "Vétérinaire sanitaire : prophylaxies, tuberculination, certification export",
      "Conseil génomique aux éleveurs (choix des taureaux, génotypage femelles) avec Seenergi",
      "Vérification de l'identification électronique des ovins lors des visites",
      "Docteur vétérinaire, ENV Nantes / Oniris (2008)", "CEAV Médecine interne des animaux d'élevage",
      "Élu au conseil régional de l'Ordre des vétérinaires de Normandie (2022)", "réseau de sentinelles MSA"],
contact=["Dr Antoine Levasseur", "8 route de Vire, 50890 Condé-sur-Vire", "06 14 52 77 09", "a.levasseur.veto@gmail.com",
         "21874", "Dr Claire Mauduit", "02 33 56 01 17", "M. Rémi Hamel"]),

dict(n=18, text="""
Camille Roux — Auxiliaire spécialisée vétérinaire (ASV), échelon 5
Le Bourg, 43500 Craponne-sur-Arzon · 06 88 21 40 63 · camille.roux.asv@laposte.net

Recherche : poste d'ASV en clinique mixte, Haute-Loire ou Loire

Expérience
Depuis 2017 : ASV, Clinique vétérinaire du Haut-Livradois, Craponne
  – accueil, facturation, gestion de la pharmacie et des commandes (Centravet)
  – aide opératoire (anesthésie, stérilisation), radiologie ; préparation du matériel pour les vêlages et césariennes
  – tenue du registre des délivrances d'antibiotiques pour les élevages
2015 – 2017 : vendeuse en jardinerie-animalerie, Yssingeaux

Formation
Titre ASV échelon 5, GIPSA (2017) ; PSC1 ; permis B

Situation
Maman solo de deux enfants (6 et 9 ans), je cherche des horaires de journée.
J'ai été victime de violences conjugales ; mon ex-conjoint a été condamné en 2021 et j'ai dû déménager, ce qui explique l'interruption de quatre mois dans mon parcours.
Je suis née le 14/02/1992.

Référence : Dr Pierre Faure, vétérinaire, 04 71 03 22 18
""",
s=[(F, "Maman solo de deux enfants (6 et 9 ans)"),
   (F, "J'ai été victime de violences conjugales ; mon ex-conjoint a été condamné en 2021"), (A, "Je suis née le 14/02/1992")],
keep=["Auxiliaire spécialisée vétérinaire (ASV), échelon 5", "ASV, Clinique vétérinaire du Haut-Livradois, Craponne",
      "gestion de la pharmacie et des commandes (Centravet)", "aide opératoire (anesthésie, stérilisation), radiologie",
      "tenue du registre des délivrances d'antibiotiques pour les élevages", "Titre ASV échelon 5, GIPSA (2017)"],
contact=["Camille Roux", "Le Bourg, 43500 Craponne-sur-Arzon", "06 88 21 40 63", "camille.roux.asv@laposte.net",
         "Dr Pierre Faure", "04 71 03 22 18"]),

dict(n=19, text="""
Gérard Pellerin
Garde-chasse particulier — technicien cynégétique
Maison forestière des Brosses, 41600 Nouan-le-Fuzelier (Sologne)
06 03 47 28 91 · gerard.pellerin41@orange.fr

Agrément et titres
Garde-chasse particulier assermenté (agrément préfectoral Loir-et-Cher, renouvelé 2024)
Permis de chasser ; formation « piégeur agréé » ; BTSA Gestion et protection de la nature (Vendôme, 1992)

Expérience
2004 – 2026 : garde, domaine de la Motte-Beuvron (1 100 ha, grand gibier) — plans de chasse cerf et chevreuil, agrainage, comptages nocturnes au phare, suivi sanitaire (tuberculose bovine chez le sanglier, prélèvements pour le réseau SAGIR)
1993 – 2004 : technicien, Fédération départementale des chasseurs du Loir-et-Cher

Ce qu'il faut savoir
En 2009, j'ai été condamné à une amende par le tribunal correctionnel de Blois pour détention d'une espèce protégée (un autour naturalisé) ; mon agrément a été suspendu un an puis rétabli. Mes empreintes et mon profil ADN ont été enregistrés au FNAEG à cette occasion.
Né en 1968. Veuf, remarié en 2018.

Référence : M. Hubert de Vaulogé, propriétaire du domaine, 02 54 88 70 15
""",
s=[(C, "En 2009, j'ai été condamné à une amende par le tribunal correctionnel de Blois pour détention d'une espèce protégée"),
   (G, "Mes empreintes et mon profil ADN ont été enregistrés au FNAEG à cette occasion"), (A, "Né en 1968"),
   (F, "Veuf, remarié en 2018")],
keep=["Garde-chasse particulier assermenté (agrément préfectoral Loir-et-Cher, renouvelé 2024)",
      "BTSA Gestion et protection de la nature (Vendôme, 1992)", "plans de chasse cerf et chevreuil",
      "suivi sanitaire (tuberculose bovine chez le sanglier, prélèvements pour le réseau SAGIR)",
      "technicien, Fédération départementale des chasseurs du Loir-et-Cher", "formation « piégeur agréé »"],
contact=["Gérard Pellerin", "Maison forestière des Brosses, 41600 Nouan-le-Fuzelier (Sologne)", "06 03 47 28 91",
         "gerard.pellerin41@orange.fr", "M. Hubert de Vaulogé", "02 54 88 70 15"]),

dict(n=20, text="""
Loïc Tanguy
Patron pêcheur — chalutier hauturier
17 rue du Port, 29730 Le Guilvinec · 06 62 31 80 44 · loic.tanguy.peche@gmail.com

Brevets
Brevet de patron de pêche (capitaine 500) — 2009
Certificat de formation de base à la sécurité (STCW) ; CRO ; permis de conduire les moteurs marins 750 kW
Enseignement médical de niveau II

Navigation
2012 – 2026  Patron, GV 851 « Ar Bugel », chalutier de 24 m (langoustine, baudroie, merlu), armement Le Guilvinec — équipage de 6, journal de pêche électronique, quotas de l'OP
2004 – 2012  Second puis patron remplaçant, armement Pêcheurs de Bretagne
1998 – 2004  Matelot, chalutiers côtiers de Loctudy

Formation
CAP Matelot puis BEP, lycée maritime du Guilvinec (1998)

Divers
Adhérent au syndicat CFDT des marins-pêcheurs et délégué à la caisse de l'ENIM. Catholique, je porte le bateau au pardon de la Madeleine chaque juillet. Hernie discale opérée en 2022, reprise en mer sans restriction. En 2015, le tribunal de Quimper m'a condamné pour pêche de bar sous taille (amende et suspension de licence trois mois). Je me suis présenté sur la liste Bretagne Insoumise aux régionales de 2021.

Référence : M. Hervé Le Berre, armateur, 02 98 58 10 22
""",
s=[(T, "Adhérent au syndicat CFDT des marins-pêcheurs et délégué à la caisse de l'ENIM"),
   (R, "Catholique, je porte le bateau au pardon de la Madeleine chaque juillet"),
   (H, "Hernie discale opérée en 2022"),
   (C, "En 2015, le tribunal de Quimper m'a condamné pour pêche de bar sous taille (amende et suspension de licence trois mois)"),
   (P, "Je me suis présenté sur la liste Bretagne Insoumise aux régionales de 2021")],
keep=["Patron pêcheur — chalutier hauturier", "Brevet de patron de pêche (capitaine 500) — 2009",
      "Certificat de formation de base à la sécurité (STCW)", "Patron, GV 851 « Ar Bugel », chalutier de 24 m",
      "journal de pêche électronique, quotas de l'OP", "Second puis patron remplaçant, armement Pêcheurs de Bretagne",
      "CAP Matelot puis BEP, lycée maritime du Guilvinec (1998)"],
contact=["Loïc Tanguy", "17 rue du Port, 29730 Le Guilvinec", "06 62 31 80 44", "loic.tanguy.peche@gmail.com",
         "M. Hervé Le Berre", "02 98 58 10 22"]),
]
