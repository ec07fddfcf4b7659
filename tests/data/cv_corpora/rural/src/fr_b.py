"""French CVs 021-040, typed by hand."""
from cats import H, R, P, T, E, S, C, G, A, F

CVS = [
dict(n=21, text="""
Sébastien Lecoutour — ostréiculteur
Parc de la Pointe, 50560 Gouville-sur-Mer · 06 27 48 13 90 · seb.lecoutour@orange.fr

Je cherche un poste de chef de parc ou de responsable d'expédition dans une entreprise conchylicole de la côte ouest du Cotentin.

Expérience
2010 – 2026 : chef d'entreprise, EARL Lecoutour Huîtres (12 ha de parcs sur tables, 180 t/an)
   – captage et achat de naissain triploïde et diploïde, élevage en poches, affinage
   – expédition GMS et export Italie ; agrément sanitaire, autocontrôles norovirus
   – 4 salariés permanents et 6 saisonniers à Noël
2004 – 2010 : ouvrier conchylicole, établissements Hélie, Blainville-sur-Mer

Diplômes
BPREA option cultures marines, lycée maritime et aquacole de Cherbourg (2004) ; permis bateau côtier ; CACES chariot

Autres informations
En 2013, l'EARL et moi avons été condamnés pour travail dissimulé (deux saisonniers non déclarés) : amende et rappel des cotisations à la MSA ; tout est en règle depuis.
Je vis à Gouville avec mon mari, Franck, qui travaille à la criée de Granville.
Candidat sans étiquette aux municipales de 2026 (non élu).
43 ans.

Référence : M. Yves Hélie, 02 33 47 21 60
""",
s=[(C, "En 2013, l'EARL et moi avons été condamnés pour travail dissimulé (deux saisonniers non déclarés)"),
   (S, "avec mon mari, Franck"), (P, "Candidat sans étiquette aux municipales de 2026 (non élu)"), (A, "43 ans")],
keep=["chef d'entreprise, EARL Lecoutour Huîtres", "captage et achat de naissain triploïde et diploïde, élevage en poches, affinage",
      "agrément sanitaire, autocontrôles norovirus", "ouvrier conchylicole, établissements Hélie, Blainville-sur-Mer",
      "BPREA option cultures marines, lycée maritime et aquacole de Cherbourg (2004)", "permis bateau côtier"],
contact=["Sébastien Lecoutour", "Parc de la Pointe, 50560 Gouville-sur-Mer", "06 27 48 13 90", "seb.lecoutour@orange.fr",
         "M. Yves Hélie", "02 33 47 21 60"]),

dict(n=22, text="""
Fabrice Maisonneuve
Bûcheron — ouvrier forestier
La Chapelle-Agnon, 63590 Cunlhat · 06 12 57 39 84 · fabrice.maisonneuve63@gmail.com

Certificats
CS « conducteur de machines forestières » (abatteuse), CFPPA de Noirétable
Certificat individuel d'abattage manuel, élagage et grimpe (CS arboriste-élagueur, 2010)
Sauveteur secouriste du travail ; CACES R482 cat. F (débusqueur)

Expérience
2012 – 2026  Ouvrier forestier, ONF, unité territoriale Livradois — coupes de bois, martelage avec les techniciens, entretien de pistes
2006 – 2012  Bûcheron indépendant, Livradois-Forez (résineux, éclaircies, bois de chauffage)
2003 – 2006  Salarié, scierie Bonnefoy, Ambert

Engagements
Syndiqué au SNUPFEN Solidaires depuis 2013 ; élu au comité social d'agence.
Je vis avec mon compagnon Cédric, garde-moniteur au parc naturel régional.

À préciser
Syndrome de Raynaud (doigts blancs des vibrations), reconnu en maladie professionnelle en 2021 ; je travaille avec des gants chauffants et des outils antivibrations.
Condamné en 2016 pour conduite sous l'emprise de l'alcool : suspension de quatre mois, stage de sensibilisation fait.

Référence : M. Thierry Roche, technicien forestier territorial, ONF Ambert, 04 73 82 12 45
""",
s=[(T, "Syndiqué au SNUPFEN Solidaires depuis 2013 ; élu au comité social d'agence"),
   (S, "Je vis avec mon compagnon Cédric"),
   (H, "Syndrome de Raynaud (doigts blancs des vibrations), reconnu en maladie professionnelle en 2021"),
   (C, "Condamné en 2016 pour conduite sous l'emprise de l'alcool : suspension de quatre mois")],
keep=["Bûcheron — ouvrier forestier", "CS « conducteur de machines forestières » (abatteuse), CFPPA de Noirétable",
      "Ouvrier forestier, ONF, unité territoriale Livradois", "martelage avec les techniciens",
      "Bûcheron indépendant, Livradois-Forez", "CACES R482 cat. F (débusqueur)", "Sauveteur secouriste du travail"],
contact=["Fabrice Maisonneuve", "La Chapelle-Agnon, 63590 Cunlhat", "06 12 57 39 84", "fabrice.maisonneuve63@gmail.com",
         "M. Thierry Roche", "04 73 82 12 45"]),

dict(n=23, text="""
CANDIDATURE — SAISON VENDANGES / MELONS 2027

Mohamed Aït Ouali
Hébergement saisonnier, 5 chemin de Lamothe, 32100 Condom
Tél. : 07 58 22 14 90 — mohamed.aitouali@gmail.com

Situation administrative : ressortissant marocain, contrat saisonnier OFII (introduction de travailleurs saisonniers), titre de séjour pluriannuel « travailleur saisonnier » ; empreintes digitales et photo enregistrées au consulat de France à Agadir.

Expérience
- 2022 à 2026 : saisons en France pour la SCEA Domaine de Bilé, Gers — vendanges manuelles, taille en hiver (2024), récolte et conditionnement de melons au Domaine Lafforgue
- 2018 à 2022 : ouvrier en serre, tomates et poivrons, Chtouka Aït Baha (Maroc), chef de ligne à l'emballage
- Conduite de tracteur enjambeur (formation sur l'exploitation)

Langues : tamazight, arabe, français courant

Vie personnelle
Je suis berbère du Souss. Je fais mes prières et le jeûne du ramadan, je demande seulement la pause du soir pendant ce mois. Marié, trois enfants au pays ; ma femme garde la maison à Biougra.

Référence : Mme Nathalie Lafforgue, exploitante, 05 62 28 10 44
""",
s=[(E, "ressortissant marocain, contrat saisonnier OFII"),
   (G, "empreintes digitales et photo enregistrées au consulat de France à Agadir"), (E, "Je suis berbère du Souss"),
   (R, "Je fais mes prières et le jeûne du ramadan, je demande seulement la pause du soir pendant ce mois"),
   (F, "Marié, trois enfants au pays ; ma femme garde la maison à Biougra")],
keep=["vendanges manuelles, taille en hiver (2024)", "récolte et conditionnement de melons au Domaine Lafforgue",
      "ouvrier en serre, tomates et poivrons, Chtouka Aït Baha (Maroc), chef de ligne à l'emballage",
      "Conduite de tracteur enjambeur", "SCEA Domaine de Bilé, Gers"],
contact=["Mohamed Aït Ouali", "5 chemin de Lamothe, 32100 Condom", "07 58 22 14 90", "mohamed.aitouali@gmail.com",
         "Mme Nathalie Lafforgue", "05 62 28 10 44"]),

dict(n=24, text="""
Annick Le Floch
Gîtes de Kerlann — accueil à la ferme
Kerlann, 56310 Melrand · 02 97 39 51 06 · gites.kerlann@wanadoo.fr · www.gites-kerlann.bzh

Je me porte candidate au poste de référente hébergement du réseau Accueil Paysan Bretagne.

Ce que j'ai construit
1998 – 2026 : création puis gestion de trois gîtes ruraux (Gîtes de France 3 épis) et d'une ferme pédagogique (chèvres, ânes, volailles) ; 220 classes accueillies
2008 – 2026 : vente de fromages de chèvre fermiers sur les marchés de Pontivy et Baud
Avant 1998 : secrétaire à la Chambre d'agriculture du Morbihan, Pontivy

Formation
BPREA productions caprines, CFPPA de Pontivy (1998) ; permis d'exploiter en restauration ; formation accueil pédagogique (réseau Bienvenue à la ferme)

Côté personnel
Veuve de ma compagne Hélène, décédée en 2022, avec qui j'avais monté la ferme ; je tiens tout seule depuis.
J'ai 64 ans et je ne songe pas encore à la retraite.
Traitée pour un cancer du sein en 2023, je vais bien.
Ma fille a fait un test génétique BRCA après mon diagnostic ; moi aussi : je suis porteuse de la mutation BRCA2.

Référence : M. Erwan Guillemot, président d'Accueil Paysan Bretagne, 02 97 27 33 18
""",
s=[(S, "Veuve de ma compagne Hélène"), (F, "décédée en 2022"), (A, "J'ai 64 ans"),
   (H, "Traitée pour un cancer du sein en 2023"), (G, "je suis porteuse de la mutation BRCA2"),
   (G, "Ma fille a fait un test génétique BRCA après mon diagnostic")],
keep=["référente hébergement du réseau Accueil Paysan Bretagne",
      "création puis gestion de trois gîtes ruraux (Gîtes de France 3 épis) et d'une ferme pédagogique",
      "vente de fromages de chèvre fermiers sur les marchés de Pontivy et Baud",
      "secrétaire à la Chambre d'agriculture du Morbihan, Pontivy", "BPREA productions caprines, CFPPA de Pontivy (1998)",
      "formation accueil pédagogique (réseau Bienvenue à la ferme)"],
contact=["Annick Le Floch", "Kerlann, 56310 Melrand", "02 97 39 51 06", "gites.kerlann@wanadoo.fr", "www.gites-kerlann.bzh",
         "M. Erwan Guillemot", "02 97 27 33 18"]),

dict(n=25, text="""
Profil WWOOFing — Noa Bellanger (iel)

Basé·e à : 12 rue du Four, 26400 Crest · 07 44 19 62 38 · noa.bellanger@riseup.net
27 ans · disponible de mars à septembre 2027

Qui je suis
Ancien·ne animateur·rice nature, en reconversion vers le maraîchage. Je veux passer mon BPREA maraîchage bio l'an prochain et je cherche des fermes en bio ou en biodynamie (Drôme, Ardèche, Diois) pour apprendre.

Ce que je sais déjà faire
- Maraîchage sur sol vivant : buttes, paillage, semis en mottes (saison 2026 au Jardin de Cocagne de Crest)
- Soins aux chèvres, traite à la main, fabrication de tomme
- Greffe d'arbres fruitiers, taille de la lavande, distillation (avec la coopérative des Baronnies)
- BAFA ; PSC1 ; permis B

À savoir avant de m'accueillir
Je suis pansexuel·le et en couple avec une femme trans, Alex, qui viendra me voir certains week-ends.
Je suis suivi·e pour un trouble anxieux, rien qui empêche le travail physique.
Je milite aux Soulèvements de la Terre ; après Sainte-Soline (2023) j'ai été condamné·e à 70 heures de travail d'intérêt général pour participation à un attroupement.

Ancien hôte : Mme Hélène Barjavel, Ferme des Trois Becs, Saoû — 06 80 21 44 07
""",
s=[(A, "27 ans"), (S, "Je suis pansexuel·le et en couple avec une femme trans, Alex"),
   (H, "Je suis suivi·e pour un trouble anxieux"), (P, "Je milite aux Soulèvements de la Terre"),
   (C, "j'ai été condamné·e à 70 heures de travail d'intérêt général pour participation à un attroupement")],
keep=["BPREA maraîchage bio", "Maraîchage sur sol vivant : buttes, paillage, semis en mottes",
      "Jardin de Cocagne de Crest", "Soins aux chèvres, traite à la main, fabrication de tomme",
      "Greffe d'arbres fruitiers, taille de la lavande, distillation", "BAFA ; PSC1 ; permis B"],
contact=["Noa Bellanger", "12 rue du Four, 26400 Crest", "07 44 19 62 38", "noa.bellanger@riseup.net",
         "Mme Hélène Barjavel", "06 80 21 44 07"]),

dict(n=26, text="""
Ricardo Fernandes
Technico-commercial productions végétales
23 rue de la Gare, 49500 Segré-en-Anjou Bleu · 06 95 11 48 70 · ricardo.fernandes.agri@gmail.com
https://www.linkedin.com/in/ricardo-fernandes-agri

Candidature : technico-commercial appro céréales, Terrena (secteur Segré-Candé)

Expérience
2018 – 2026 : Technico-commercial, Négoce Agri-Anjou, Châteaubriant
   · 140 exploitations suivies (semences, phytos, fertilisation), CA de 4,2 M€
   · Conseil stratégique phytosanitaire (certificat « conseil » Certiphyto) et OAD Xarvio
   · Collecte de céréales, contrats de production de colza et de pois
2015 – 2018 : Technicien d'expérimentation, Arvalis, station de La Jaillière

Formation
Licence pro Conseiller technico-commercial en agrofournitures, Angers (2015) ; BTSA Agronomie productions végétales (2014)

Informations
Fils d'immigrés portugais (Minho), binational.
Conseiller municipal d'opposition (liste Rassemblement national) à Segré depuis 2020.
Casier : une condamnation pour délit de fuite en 2010, à 19 ans (accrochage sans blessé).
Pacsé avec Mathieu, ingénieur chez Bonduelle.
Mes empreintes digitales servent à déverrouiller les coffres de stockage phyto de l'entreprise (lecteur biométrique).

Référence : Mme Sandrine Le Gall, directrice commerciale, Négoce Agri-Anjou, 02 40 81 03 55
""",
s=[(E, "Fils d'immigrés portugais (Minho), binational"),
   (P, "Conseiller municipal d'opposition (liste Rassemblement national) à Segré depuis 2020"),
   (C, "une condamnation pour délit de fuite en 2010"), (A, "à 19 ans"), (S, "Pacsé avec Mathieu"),
   (G, "Mes empreintes digitales servent à déverrouiller les coffres de stockage phyto de l'entreprise")],
keep=["technico-commercial appro céréales, Terrena", "Technico-commercial, Négoce Agri-Anjou, Châteaubriant",
      "Conseil stratégique phytosanitaire (certificat « conseil » Certiphyto) et OAD Xarvio",
      "Technicien d'expérimentation, Arvalis, station de La Jaillière",
      "Licence pro Conseiller technico-commercial en agrofournitures, Angers (2015)",
      "BTSA Agronomie productions végétales (2014)"],
contact=["Ricardo Fernandes", "23 rue de la Gare, 49500 Segré-en-Anjou Bleu", "06 95 11 48 70",
         "ricardo.fernandes.agri@gmail.com", "https://www.linkedin.com/in/ricardo-fernandes-agri",
         "Mme Sandrine Le Gall", "02 40 81 03 55"]),

dict(n=27, text="""
Sophie Castéra
Professeure certifiée d'agronomie (PLPA puis PCEA)
8 chemin de Bordeneuve, 32000 Auch · 06 70 84 33 12 · sophie.castera@educagri.fr

Demande de mutation — EPLEFPA de Mirande / lycée agricole de Mirande

Parcours d'enseignement
2016 – 2026 : professeure d'agronomie, EPLEFPA Auch-Beaulieu-Lavacant
   · BTSA APV et ACSE ; Bac pro CGEA ; module « agroécologie et transition »
   · Responsable de l'exploitation pédagogique en conversion bio (110 ha, vaches gasconnes) ; essai de semis direct sous couvert
   · Référente « Enseigner à produire autrement »
2012 – 2016 : formatrice, CFPPA de Riscle (BPREA, certiphyto)

Formation
Ingénieure agronome, ENSAT Toulouse (2011) ; concours PCEA externe (2016)

Engagements
Secrétaire départementale du SNETAP-FSU ; j'ai porté la grève de 2023 dans l'établissement.
Militante à La France insoumise, j'ai été suppléante aux législatives de 2024.
Protestante, je joue de l'orgue au temple d'Auch.
Je suis mariée à Nadia, professeure de biologie ; nous avons adopté un garçon en 2021.

Référence : M. Bernard Lacoste, proviseur, EPLEFPA Auch-Beaulieu-Lavacant, 05 62 60 20 00
""",
s=[(T, "Secrétaire départementale du SNETAP-FSU ; j'ai porté la grève de 2023 dans l'établissement"),
   (P, "Militante à La France insoumise, j'ai été suppléante aux législatives de 2024"),
   (R, "Protestante, je joue de l'orgue au temple d'Auch"), (S, "Je suis mariée à Nadia"),
   (F, "nous avons adopté un garçon en 2021")],
keep=["Professeure certifiée d'agronomie (PLPA puis PCEA)", "professeure d'agronomie, EPLEFPA Auch-Beaulieu-Lavacant",
      "Responsable de l'exploitation pédagogique en conversion bio (110 ha, vaches gasconnes)",
      "Référente « Enseigner à produire autrement »", "formatrice, CFPPA de Riscle (BPREA, certiphyto)",
      "Ingénieure agronome, ENSAT Toulouse (2011)"],
contact=["Sophie Castéra", "8 chemin de Bordeneuve, 32000 Auch", "06 70 84 33 12", "sophie.castera@educagri.fr",
         "M. Bernard Lacoste", "05 62 60 20 00"]),

dict(n=28, text="""
VANG Tou Xiong
Agriculteur — maraîchage et arboriculture fruitière
Village Cacao, PK 18, 97352 Roura, Guyane · 0694 21 77 40 · touxiong.vang@gmail.com

Objet : candidature au poste de technicien d'appui à la coopérative des producteurs de Cacao

Mon exploitation
Depuis 2001 : 9 ha défrichés en terrasses — ramboutans, agrumes, choux, concombres, herbes aromatiques ; vente au marché de Cayenne le samedi et à la grande distribution.
   • Irrigation par aspersion, serres tunnel anti-pluie
   • Formation des jeunes producteurs du village à la gestion des sols ferrallitiques (avec l'EPLEFPA de Matiti)
   • Participation au programme de l'ODEADOM pour les fruits tropicaux
1995 – 2001 : ouvrier chez mon oncle, Javouhey

Formation
Brevet professionnel responsable d'exploitation agricole, CFPPA de Matiti (2003)
Certiphyto ; permis B et C

Personnel
Hmong, famille arrivée du Laos par le plan de 1977.
Catholique, j'aide le père de la mission de Cacao pour la fête du Nouvel An hmong et la messe en hmong.
Né en 1976 à Roura. Marié, cinq enfants.
En 2016, condamné avec sursis pour usage d'un insecticide interdit en Guyane sur mes choux ; j'ai changé toutes mes pratiques.

Référence : M. Pascal Mazurier, conseiller, Chambre d'agriculture de Guyane, 0594 29 61 95
""",
s=[(E, "Hmong, famille arrivée du Laos par le plan de 1977"),
   (R, "Catholique, j'aide le père de la mission de Cacao pour la fête du Nouvel An hmong et la messe en hmong"),
   (A, "Né en 1976"), (F, "Marié, cinq enfants"),
   (C, "En 2016, condamné avec sursis pour usage d'un insecticide interdit en Guyane sur mes choux")],
keep=["technicien d'appui à la coopérative des producteurs de Cacao", "Irrigation par aspersion, serres tunnel anti-pluie",
      "Formation des jeunes producteurs du village à la gestion des sols ferrallitiques",
      "Participation au programme de l'ODEADOM pour les fruits tropicaux",
      "Brevet professionnel responsable d'exploitation agricole, CFPPA de Matiti (2003)"],
contact=["VANG Tou Xiong", "Village Cacao, PK 18, 97352 Roura, Guyane", "0694 21 77 40", "touxiong.vang@gmail.com",
         "M. Pascal Mazurier", "0594 29 61 95"]),

dict(n=29, text="""
Giulia Marchetti
Cheffe d'équipe — récolte de fraises et petits fruits
Rue de la Station 88, 4357 Donceel (Belgique) · +32 494 50 12 77 · giulia.marchetti@outlook.be

Profil
Huit saisons en cueillette puis en encadrement dans les fraiseraies de Hesbaye, hors-sol et pleine terre. Je parle français, italien et un peu de roumain et de polonais, ce qui aide avec les équipes.

Expérience
2019 – 2026 : cheffe d'équipe, Fraises de Hesbaye SPRL, Donceel — 35 cueilleurs, contrôle qualité des barquettes, pointage, formation sécurité
2016 – 2019 : cueilleuse puis préparatrice de commandes, même entreprise
2014 – 2016 : ouvrière, criée de Saint-Trond (Veiling Haspengouw)

Formation
CESS technique agricole, Institut Provincial d'Enseignement Agronomique de La Reid (2013)
Phytolicence P1 ; permis B

Personnel
Petite-fille d'un mineur venu des Abruzzes en 1947 ; nationalité belge et italienne.
Déléguée FGTB Horval pour les saisonniers de l'exploitation. En 2014, amende pour avoir bloqué l'entrée de la criée lors d'une grève.
Membre du PTB à Liège.
Je vis avec ma compagne Kasia. Opérée d'une hernie inguinale en 2024.

Référence : M. Luc Thiry, gérant, Fraises de Hesbaye — +32 19 54 40 33
""",
s=[(E, "Petite-fille d'un mineur venu des Abruzzes en 1947 ; nationalité belge et italienne"),
   (T, "Déléguée FGTB Horval pour les saisonniers de l'exploitation"),
   (C, "En 2014, amende pour avoir bloqué l'entrée de la criée lors d'une grève"), (P, "Membre du PTB à Liège"),
   (S, "Je vis avec ma compagne Kasia"), (H, "Opérée d'une hernie inguinale en 2024")],
keep=["Cheffe d'équipe — récolte de fraises et petits fruits", "cheffe d'équipe, Fraises de Hesbaye SPRL, Donceel",
      "contrôle qualité des barquettes, pointage, formation sécurité", "ouvrière, criée de Saint-Trond (Veiling Haspengouw)",
      "CESS technique agricole, Institut Provincial d'Enseignement Agronomique de La Reid (2013)", "Phytolicence P1"],
contact=["Giulia Marchetti", "Rue de la Station 88, 4357 Donceel (Belgique)", "+32 494 50 12 77",
         "giulia.marchetti@outlook.be", "M. Luc Thiry", "+32 19 54 40 33"]),

dict(n=30, text="""
Jérôme Metallic
Aide-pêcheur / capitaine de crabier
Listuguj, Québec G0C 2R0 · 418 788-2094 · jerome.metallic@listuguj.net

Brevets
Brevet de capitaine de pêche, quatrième classe (Transports Canada) ; FUM A1 ; CRO-M
Certificat de conducteur d'embarcation de plaisance

Expérience en mer
2015 – 2026 : capitaine, bateau communautaire de la Première Nation Listuguj, crabe des neiges zone 12 et homard LFA 21B — équipage de 4, journal de bord électronique du MPO
2009 – 2015 : aide-pêcheur, crabiers de Shippagan et de Grande-Rivière
Hiver : entretien des casiers, mécanique diesel Cummins

Formation
DEP Pêche professionnelle, École des pêches et de l'aquaculture du Québec, Grande-Rivière (2009)

Personnel
Mi'gmaq de Listuguj, membre inscrit de la bande. En 2012 j'ai plaidé coupable sous la Loi sur les pêches pour des casiers non étiquetés ; amende payée. J'ai été bénévole pour le Bloc québécois dans Gaspésie–Les Îles-de-la-Madeleine aux fédérales de 2025.
Je vis avec mon chum Patrice.
Mon ADN a été prélevé en 2024 pour une étude de génétique des Premières Nations de l'Université Laval.

Référence : M. Gordon Isaac, directeur des pêches, Listuguj — 418 788-2136
""",
s=[(E, "Mi'gmaq de Listuguj, membre inscrit de la bande"),
   (C, "En 2012 j'ai plaidé coupable sous la Loi sur les pêches pour des casiers non étiquetés"),
   (P, "J'ai été bénévole pour le Bloc québécois dans Gaspésie–Les Îles-de-la-Madeleine aux fédérales de 2025"),
   (S, "Je vis avec mon chum Patrice"),
   (G, "Mon ADN a été prélevé en 2024 pour une étude de génétique des Premières Nations de l'Université Laval")],
keep=["Aide-pêcheur / capitaine de crabier", "Brevet de capitaine de pêche, quatrième classe (Transports Canada)",
      "capitaine, bateau communautaire de la Première Nation Listuguj", "journal de bord électronique du MPO",
      "aide-pêcheur, crabiers de Shippagan et de Grande-Rivière",
      "DEP Pêche professionnelle, École des pêches et de l'aquaculture du Québec, Grande-Rivière (2009)"],
contact=["Jérôme Metallic", "Listuguj, Québec G0C 2R0", "418 788-2094", "jerome.metallic@listuguj.net",
         "M. Gordon Isaac", "418 788-2136"]),

dict(n=31, text="""
Raphaël Fournier
Berger d'alpage / employé agricole polyvalent
Chemin des Mayens 6, 1997 Haute-Nendaz (VS) · 078 605 21 49 · raphael.fournier.berger@gmail.com

Expérience
Étés 2014 – 2026 : berger d'alpage, consortage de l'alpage de Siviez — 650 moutons blancs des Alpes et nez noirs, parcs électrifiés, chiens de protection (patous), soins et comptages
Hivers 2016 – 2026 : employé d'exploitation, ferme du Bisse, Veysonnaz (vaches d'Hérens, traite, affouragement)
2010 – 2014 : apprenti puis employé, pépinière viticole, Leytron

Formation
CFC d'agriculteur, École d'agriculture du Valais (2013) ; cours de berger AGRIDEA (2014) ; cours chiens de protection des troupeaux

Ce que je dois mentionner
En 2019, condamné par le tribunal de Sion pour avoir tiré sur un loup qui attaquait le troupeau (peine pécuniaire avec sursis). J'ai changé d'approche et je travaille maintenant avec les patous et le service de la chasse.
Je partage le chalet avec mon ami Nathan, qui garde les vaches sur l'alpage voisin.
J'ai fait un test génétique en 2022 : je suis porteur sain de la mucoviscidose.
Né le 29.08.1994, célibataire, sans enfant.

Référence : M. Jean-Daniel Praz, procureur de l'alpage, 079 221 45 10
""",
s=[(C, "En 2019, condamné par le tribunal de Sion pour avoir tiré sur un loup qui attaquait le troupeau (peine pécuniaire avec sursis)"),
   (S, "Je partage le chalet avec mon ami Nathan"),
   (G, "J'ai fait un test génétique en 2022 : je suis porteur sain de la mucoviscidose"),
   (A, "Né le 29.08.1994"), (F, "célibataire, sans enfant")],
keep=["Berger d'alpage / employé agricole polyvalent", "berger d'alpage, consortage de l'alpage de Siviez",
      "parcs électrifiés, chiens de protection (patous), soins et comptages",
      "employé d'exploitation, ferme du Bisse, Veysonnaz", "CFC d'agriculteur, École d'agriculture du Valais (2013)",
      "cours de berger AGRIDEA (2014)"],
contact=["Raphaël Fournier", "Chemin des Mayens 6, 1997 Haute-Nendaz (VS)", "078 605 21 49",
         "raphael.fournier.berger@gmail.com", "M. Jean-Daniel Praz", "079 221 45 10"]),

dict(n=32, text="""
CURRICULUM VITAE

Dr RANDRIAMAHEFA Tojo
Docteur vétérinaire — élevage bovin (zébu) et santé animale
Lot II M 34 Antsenakely, Antsirabe 110, Madagascar
+261 33 11 802 56 · tojo.randriamahefa@gmail.com

EXPÉRIENCE
2015 – 2026 : Vétérinaire sanitaire mandaté, district d'Antsirabe II
  - Vaccination charbon et fièvre de la vallée du Rift, 35 000 zébus par an
  - Mise en place du marquage et de l'enregistrement des bovins (boucles et passeports « karatra omby ») contre le vol de zébus
  - Appui à la laiterie coopérative ROVA : qualité du lait, mammites
2010 – 2015 : Vétérinaire, projet FOFIFA / CIRAD « Élevage laitier des Hautes Terres »

FORMATION
Doctorat vétérinaire, Université d'Antananarivo (2010)

AUTRES INFORMATIONS
D'ascendance chinoise par mon grand-père, commerçant à Antsirabe.
Membre de l'Église catholique, je chante à la cathédrale d'Antsirabe.
Militant du parti TGV pendant la crise de 2009 ; j'ai passé trois mois en détention provisoire à Antanimora cette année-là, sans jugement.
Marié, quatre enfants.

RÉFÉRENCE
Dr Fara Rasoanaivo, Direction des services vétérinaires, Antananarivo — +261 34 05 119 32
""",
s=[(E, "D'ascendance chinoise par mon grand-père"), (R, "Membre de l'Église catholique, je chante à la cathédrale d'Antsirabe"),
   (P, "Militant du parti TGV pendant la crise de 2009"),
   (C, "j'ai passé trois mois en détention provisoire à Antanimora cette année-là, sans jugement"),
   (F, "Marié, quatre enfants")],
keep=["Vétérinaire sanitaire mandaté, district d'Antsirabe II",
      "Vaccination charbon et fièvre de la vallée du Rift, 35 000 zébus par an",
      "Mise en place du marquage et de l'enregistrement des bovins", "Appui à la laiterie coopérative ROVA",
      "Vétérinaire, projet FOFIFA / CIRAD « Élevage laitier des Hautes Terres »",
      "Doctorat vétérinaire, Université d'Antananarivo (2010)"],
contact=["Dr RANDRIAMAHEFA Tojo", "Lot II M 34 Antsenakely, Antsirabe 110, Madagascar", "+261 33 11 802 56",
         "tojo.randriamahefa@gmail.com", "Dr Fara Rasoanaivo", "+261 34 05 119 32"]),

dict(n=33, text="""
DICKO Hamadoun Boubacar
Éleveur — auxiliaire d'élevage communautaire
Quartier Peulh, Dori, région du Sahel, Burkina Faso · +226 78 40 12 93 · hamadoun.dicko.dori@gmail.com

Poste sollicité : Agent d'appui pastoral, programme de sécurisation des couloirs de transhumance

Expérience
2012 – 2026 : auxiliaire d'élevage, Réseau Billital Maroobé — vaccinations, déparasitage, suivi sanitaire de 9 000 têtes (bovins, ovins, caprins)
2008 – 2012 : convoyeur de troupeaux en transhumance vers le Ghana et le Togo ; négociation des points d'eau et des couloirs
Depuis toujours : éleveur de zébus peuls et de moutons balami avec ma famille

Formation
Formation d'auxiliaire d'élevage, Direction régionale des ressources animales (2011)
Alphabétisation en fulfulde et en français

Informations personnelles
Peul, de la lignée des Dicko de Djibo. Musulman, je suis l'enseignement de la zaouïa de Dori.
En 2018, lors d'un conflit avec des agriculteurs sur un champ, j'ai été condamné à six mois avec sursis par le tribunal de Dori.
Soigné pour une tuberculose en 2020 (six mois de traitement), guéri.
Marié, six enfants ; une partie de ma famille est déplacée à Kaya à cause de l'insécurité.

Référence : M. Ousmane Sidibé, coordinateur, Réseau Billital Maroobé — +226 70 33 58 21
""",
s=[(E, "Peul, de la lignée des Dicko de Djibo"), (R, "Musulman, je suis l'enseignement de la zaouïa de Dori"),
   (C, "j'ai été condamné à six mois avec sursis par le tribunal de Dori"),
   (H, "Soigné pour une tuberculose en 2020 (six mois de traitement), guéri"), (F, "Marié, six enfants")],
keep=["Agent d'appui pastoral", "auxiliaire d'élevage, Réseau Billital Maroobé",
      "vaccinations, déparasitage, suivi sanitaire de 9 000 têtes",
      "convoyeur de troupeaux en transhumance vers le Ghana et le Togo",
      "Formation d'auxiliaire d'élevage, Direction régionale des ressources animales (2011)"],
contact=["DICKO Hamadoun Boubacar", "Quartier Peulh, Dori, région du Sahel, Burkina Faso", "+226 78 40 12 93",
         "hamadoun.dicko.dori@gmail.com", "M. Ousmane Sidibé", "+226 70 33 58 21"]),

dict(n=34, text="""
CV — DEMBÉLÉ Kadiatou
Présidente de la coopérative des femmes transformatrices de karité « Benkadi », Koutiala, Mali
Tél. : +223 79 15 30 62 — kadiatou.dembele.benkadi@gmail.com

Candidature : animatrice de filière karité, programme de la FAO / AEDD

Expérience
2009 – 2026 : présidente de la coopérative Benkadi (240 femmes, 11 villages)
   · Collecte des amandes, barattage, beurre de karité certifié biologique et équitable
   · Contrats avec un acheteur cosmétique français ; 38 tonnes vendues en 2025
   · Alphabétisation fonctionnelle en bambara et tenue des cahiers de caisse
2003 – 2009 : trésorière de l'association des femmes, Koutiala

Formation
Certificat en gestion des coopératives (SCOOPS), loi OHADA — Bamako, 2012
Formation qualité et hygiène (HACCP) pour le karité, 2016

Personnel
Minianka, née vers 1975 à M'Pessoba (sans acte de naissance exact).
Veuve, remariée au frère de mon défunt mari selon la coutume ; huit enfants.
Deux de mes enfants sont drépanocytaires SS et j'ai appris que je suis porteuse AS lors de leur diagnostic.
Chrétienne protestante, fidèle de l'église de la Mission évangélique.

Référence : M. Souleymane Koné, conseiller, Chambre régionale d'agriculture de Sikasso — +223 66 20 48 71
""",
s=[(E, "Minianka"), (A, "née vers 1975 à M'Pessoba"),
   (F, "Veuve, remariée au frère de mon défunt mari selon la coutume ; huit enfants"),
   (G, "Deux de mes enfants sont drépanocytaires SS et j'ai appris que je suis porteuse AS lors de leur diagnostic"),
   (R, "Chrétienne protestante, fidèle de l'église de la Mission évangélique")],
keep=["animatrice de filière karité", "présidente de la coopérative Benkadi (240 femmes, 11 villages)",
      "Collecte des amandes, barattage, beurre de karité certifié biologique et équitable",
      "trésorière de l'association des femmes, Koutiala",
      "Certificat en gestion des coopératives (SCOOPS), loi OHADA — Bamako, 2012",
      "Formation qualité et hygiène (HACCP) pour le karité, 2016"],
contact=["DEMBÉLÉ Kadiatou", "+223 79 15 30 62", "kadiatou.dembele.benkadi@gmail.com", "M. Souleymane Koné",
         "+223 66 20 48 71"]),

dict(n=35, text="""
Nicolas Pruvost
Ingénieur machinisme agricole — support produit
17 allée des Tilleuls, 60200 Compiègne · 06 41 20 87 55 · nicolas.pruvost@gmail.com

Compétences clés
Diagnostic CAN-bus et ISOBUS, télémétrie, guidage RTK, agriculture de précision, homologation des remorques et outils portés, rédaction de bulletins techniques

Expérience
2019 – 2026  Ingénieur support produit, Claas France, Le Plessis-Belleville
   – Moissonneuses-batteuses Lexion et ensileuses Jaguar : analyse des défaillances terrain, retours garantie, formation des concessionnaires
   – Déploiement du système de télémétrie Telematics chez 40 concessions
2015 – 2019  Ingénieur essais, Kuhn SAS, Saverne (semoirs et épandeurs, banc d'essai de répartition)
2014         Stage de fin d'études, Irstea Montoldre (pulvérisation)

Formation
Ingénieur UniLaSalle Beauvais, spécialité agroéquipements (2014)
Habilitation électrique B1V/BR ; CACES R482 cat. A et F

Langues
Anglais courant (réunions techniques au siège de Harsewinkel), allemand intermédiaire

Centres d'intérêt
Restauration de tracteurs anciens (Renault D22), membre du club de moissonneuses anciennes de l'Oise ; trail.

Référence : M. Gilles Hennequin, responsable service après-vente, Claas France — 03 44 60 40 00
""",
s=[],
keep=["Ingénieur machinisme agricole — support produit", "Diagnostic CAN-bus et ISOBUS, télémétrie, guidage RTK",
      "Ingénieur support produit, Claas France, Le Plessis-Belleville",
      "Déploiement du système de télémétrie Telematics chez 40 concessions", "Ingénieur essais, Kuhn SAS, Saverne",
      "Ingénieur UniLaSalle Beauvais, spécialité agroéquipements (2014)", "Habilitation électrique B1V/BR"],
contact=["Nicolas Pruvost", "17 allée des Tilleuls, 60200 Compiègne", "06 41 20 87 55", "nicolas.pruvost@gmail.com",
         "M. Gilles Hennequin", "03 44 60 40 00"]),

dict(n=36, text="""
Maëlle Quéméner — Technicienne d'insémination et de conseil génétique
Lieu-dit Penn ar Hoat, 22110 Rostrenen · 06 33 50 19 84 · maelle.quemener@evolution-xy.fr

Expérience
Depuis 2018 — Inséminatrice puis conseillère génétique, Evolution (coopérative de sélection), secteur Centre-Bretagne
 · 4 200 inséminations par an en Prim'Holstein, Montbéliarde et races à viande
 · Génotypage des femelles et plans d'accouplement sur index génomiques (ISU, INEL) pour 150 élevages
 · Mise en place des pose-sondes de détection des chaleurs et des colliers d'activité
 · Prélèvements de cartilage auriculaire à la pose des boucles pour le génotypage des veaux
2015 – 2018 — Contrôleuse laitière, Eilyps (contrôle de performances, pesées, échantillons)

Formation
Licence professionnelle Conseil en élevage, Rennes (2015) ; BTSA Productions animales, Caulnes (2014)
Certificat d'aptitude aux fonctions d'inséminateur (CAFI)

Compétences
Logiciels Synel et Cowell ; échographie de gestation ; permis B, conduite en exploitation

Loisirs
Danse bretonne au cercle celtique de Rostrenen ; trail des Monts d'Arrée.

Référence : M. Jean-Yves Le Bihan, responsable de secteur, Evolution — 02 96 29 01 30
""",
s=[],
keep=["Technicienne d'insémination et de conseil génétique",
      "Inséminatrice puis conseillère génétique, Evolution (coopérative de sélection), secteur Centre-Bretagne",
      "Génotypage des femelles et plans d'accouplement sur index génomiques (ISU, INEL) pour 150 élevages",
      "Prélèvements de cartilage auriculaire à la pose des boucles pour le génotypage des veaux",
      "Contrôleuse laitière, Eilyps", "Certificat d'aptitude aux fonctions d'inséminateur (CAFI)",
      "Licence professionnelle Conseil en élevage, Rennes (2015)"],
contact=["Maëlle Quéméner", "Lieu-dit Penn ar Hoat, 22110 Rostrenen", "06 33 50 19 84", "maelle.quemener@evolution-xy.fr",
         "M. Jean-Yves Le Bihan", "02 96 29 01 30"]),

dict(n=37, text="""
Thomas Guillou
Responsable qualité — abattoir de bovins et d'ovins
6 rue du Stade, 22600 Loudéac · 06 51 72 30 48 · thomas.guillou.qualite@gmail.com

Expérience
2017 – 2026 : Responsable qualité, Abattoir du Mené (1 200 gros bovins par semaine)
   – Mise en place et suivi de la certification halal avec l'organisme ARGML (mosquée de Lyon) : procédure d'abattage rituel, formation des sacrificateurs habilités, traçabilité des carcasses et étiquetage
   – Audits IFS Food et agrément export Algérie ; relation quotidienne avec les services vétérinaires de la DDPP
   – Plan HACCP, protection animale à l'abattage (RPA, certificat de compétence)
2012 – 2017 : Technicien qualité, Bigard, Quimperlé

Formation
Master Qualité et sécurité des aliments, Institut Agro Rennes-Angers (2012)
Certificat de compétence « protection des animaux dans le cadre de leur mise à mort »

Compétences
Gestion des non-conformités, analyses microbiologiques, formation des opérateurs, management d'une équipe de 5 techniciens

Divers
Je suis pacsé avec Yannick, infirmier à Loudéac. 36 ans. Rugby au club de Loudéac.

Référence : Mme Martine Le Cam, directrice de site, Abattoir du Mené — 02 96 28 45 11
""",
s=[(S, "Je suis pacsé avec Yannick"), (A, "36 ans")],
keep=["Responsable qualité, Abattoir du Mené",
      "Mise en place et suivi de la certification halal avec l'organisme ARGML (mosquée de Lyon)",
      "procédure d'abattage rituel, formation des sacrificateurs habilités, traçabilité des carcasses et étiquetage",
      "Audits IFS Food et agrément export Algérie", "Technicien qualité, Bigard, Quimperlé",
      "Master Qualité et sécurité des aliments, Institut Agro Rennes-Angers (2012)",
      "Certificat de compétence « protection des animaux dans le cadre de leur mise à mort »"],
contact=["Thomas Guillou", "6 rue du Stade, 22600 Loudéac", "06 51 72 30 48", "thomas.guillou.qualite@gmail.com",
         "Mme Martine Le Cam", "02 96 28 45 11"]),

dict(n=38, text="""
Didier Lasserre — Ferme du Bartot
Producteur de foie gras et de canards gras, accueil en ferme-auberge
Le Bartot, 32320 Montesquiou · 05 62 70 91 33 · fermedubartot@orange.fr

Objet : candidature au conseil d'administration de la coopérative Vivadour (collège des producteurs) — note de présentation

Exploitation
Depuis 1994 : 4 000 canards mulards par an, gavage au maïs grain entier de l'exploitation, IGP Canard à foie gras du Sud-Ouest ; salle de découpe agréée ; ferme-auberge de 40 couverts et deux chambres d'hôtes
Biosécurité influenza aviaire : bandes uniques, vide sanitaire, plan de biosécurité validé par la DDETSPP
Vente : marchés au gras de Gimont et Samatan, vente directe, un traiteur d'Auch qui livre aussi le repas paroissial de la Saint-Martin et le banquet annuel de la section locale du Parti socialiste

Formation
BTA Productions animales, lycée agricole de Mirande (1991)

Engagements
Président départemental de la Coordination rurale du Gers depuis 2019.
Candidat sur la liste Rassemblement national aux régionales de 2021.
Condamné en 2024 à 1 500 € d'amende pour le déversement de fumier devant la préfecture d'Auch lors des manifestations agricoles.
J'ai 57 ans, marié, deux filles, dont l'aînée reprendra l'atelier gavage.
Mon empreinte digitale me sert de badge pour la salle de découpe et la chambre froide.

Référence : M. Jean-Louis Dupouy, ancien président de Vivadour — 05 62 09 40 00
""",
s=[(T, "Président départemental de la Coordination rurale du Gers depuis 2019"),
   (P, "Candidat sur la liste Rassemblement national aux régionales de 2021"),
   (C, "Condamné en 2024 à 1 500 € d'amende pour le déversement de fumier devant la préfecture d'Auch"),
   (A, "J'ai 57 ans"), (F, "marié, deux filles, dont l'aînée reprendra l'atelier gavage"),
   (G, "Mon empreinte digitale me sert de badge pour la salle de découpe et la chambre froide")],
keep=["IGP Canard à foie gras du Sud-Ouest", "salle de découpe agréée",
      "Biosécurité influenza aviaire : bandes uniques, vide sanitaire",
      "un traiteur d'Auch qui livre aussi le repas paroissial de la Saint-Martin et le banquet annuel de la section locale du Parti socialiste",
      "BTA Productions animales, lycée agricole de Mirande (1991)", "ferme-auberge de 40 couverts"],
contact=["Didier Lasserre", "Le Bartot, 32320 Montesquiou", "05 62 70 91 33", "fermedubartot@orange.fr",
         "M. Jean-Louis Dupouy", "05 62 09 40 00"]),

dict(n=39, text="""
Pierre-Yves Marie
Agriculteur — polyculture-élevage, candidat à un poste salarié
La Hogue, 61120 Vimoutiers · 06 20 44 73 19 · pymarie61@gmail.com

Pourquoi je cherche un emploi
J'ai arrêté l'exploitation familiale (45 vaches normandes, AOP camembert de Normandie) en 2025 après un accident : renversement du tracteur dans une pente, fracture du bassin et trois mois d'hôpital. Je ne peux plus faire la traite, mais je connais le métier par cœur.

Expérience
1999 – 2025 : chef d'exploitation, GAEC de la Hogue, Vimoutiers (lait livré à la fromagerie Gillot, vergers hautes tiges pour le cidre)
   – Mesures agroenvironnementales « prairies et haies », contrat avec le Parc naturel régional du Perche
   – Génotypage du troupeau et sélection sur le taux protéique
1996 – 1999 : salarié, CUMA de la Vie (chauffeur d'ensileuse)

Formation
BTSA ACSE, lycée agricole de Sées (1996) ; Certiphyto décideur

Ce que je veux dire franchement
Après l'accident j'ai fait une dépression et je suis encore suivi par le psychologue de la MSA. Mon permis m'a été retiré en 2018 pour alcoolémie (condamnation, trois mois de suspension) et je ne bois plus. J'ai été responsable cantonal des Jeunes Agriculteurs puis de la FDSEA de l'Orne. Divorcé depuis 2020 ; mon ancien associé était mon ex-beau-frère.

Référence : M. Jacques Gillot, fromagerie Gillot — 02 33 39 04 12
""",
s=[(H, "renversement du tracteur dans une pente, fracture du bassin et trois mois d'hôpital"),
   (H, "Après l'accident j'ai fait une dépression et je suis encore suivi par le psychologue de la MSA"),
   (C, "Mon permis m'a été retiré en 2018 pour alcoolémie (condamnation, trois mois de suspension)"),
   (T, "J'ai été responsable cantonal des Jeunes Agriculteurs puis de la FDSEA de l'Orne"),
   (F, "Divorcé depuis 2020 ; mon ancien associé était mon ex-beau-frère")],
keep=["chef d'exploitation, GAEC de la Hogue, Vimoutiers", "AOP camembert de Normandie",
      "Mesures agroenvironnementales « prairies et haies »", "Génotypage du troupeau et sélection sur le taux protéique",
      "salarié, CUMA de la Vie (chauffeur d'ensileuse)", "BTSA ACSE, lycée agricole de Sées (1996)"],
contact=["Pierre-Yves Marie", "La Hogue, 61120 Vimoutiers", "06 20 44 73 19", "pymarie61@gmail.com",
         "M. Jacques Gillot", "02 33 39 04 12"]),

dict(n=40, text="""
Nadia Wabanonik, agr.
Conseillère en productions animales
112, 4e Rue Est, Amos (Québec) J9T 2B4 · 819 732-4410 · nadia.wabanonik@outlook.com

Candidature : agronome, direction régionale de l'Abitibi-Témiscamingue, MAPAQ

Expérience
2017 – 2026 : conseillère en productions bovines, Groupe conseil agricole de l'Abitibi
   · Suivi de 60 entreprises vache-veau et laitières : alimentation, coûts de production, plans d'affaires pour la relève
   · Implantation du programme d'amélioration génétique du troupeau boucher avec le CDPQ et la Fédération des producteurs de bovins (tests ADN des taureaux)
   · Traçabilité : identification ATQ et lecteurs d'étiquettes RFID
2014 – 2017 : agronome stagiaire, Financière agricole du Québec, Rouyn-Noranda

Formation
Baccalauréat en agronomie, Université Laval (2014) ; membre de l'Ordre des agronomes du Québec

Implication
Anishinabe de Pikogan, je siège au comité jeunesse du Conseil de la Nation Anishnabe du Lac Simon.
Je vis avec ma blonde Marie-Ève ; enceinte de notre premier, je prévois un congé parental à partir de mai 2027.
J'ai milité pour Québec solidaire aux élections de 2022.
Ma mère est atteinte d'une maladie de Huntington ; j'ai choisi de ne pas faire le test prédictif.

Référence : M. Luc Bergeron, agr., Groupe conseil agricole de l'Abitibi — 819 727-2116
""",
s=[(E, "Anishinabe de Pikogan"), (E, "je siège au comité jeunesse du Conseil de la Nation Anishnabe du Lac Simon"), (S, "Je vis avec ma blonde Marie-Ève"),
   (F, "enceinte de notre premier, je prévois un congé parental à partir de mai 2027"),
   (P, "J'ai milité pour Québec solidaire aux élections de 2022"),
   (G, "Ma mère est atteinte d'une maladie de Huntington")],
keep=["Conseillère en productions animales", "conseillère en productions bovines, Groupe conseil agricole de l'Abitibi",
      "programme d'amélioration génétique du troupeau boucher avec le CDPQ et la Fédération des producteurs de bovins (tests ADN des taureaux)",
      "identification ATQ et lecteurs d'étiquettes RFID", "agronome stagiaire, Financière agricole du Québec, Rouyn-Noranda",
      "Baccalauréat en agronomie, Université Laval (2014)"],
contact=["Nadia Wabanonik", "112, 4e Rue Est, Amos (Québec) J9T 2B4", "819 732-4410", "nadia.wabanonik@outlook.com",
         "M. Luc Bergeron", "819 727-2116"]),
]
