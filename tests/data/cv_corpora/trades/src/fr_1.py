# trades-fr-001 .. 010, tapés à la main
CVS = [
# 001 cariste, Lyon
dict(text="""
Karim Benali
Cariste - Préparateur de commandes
06 12 48 77 31 - karim.benali69@gmail.com
Vénissieux (69200)

CACES R489 cat. 1A, 3, 5 (valides 2027)
CACES R485 gerbeur
SST (sauveteur secouriste du travail)
Permis B + véhicule

EXPÉRIENCE
2019 - auj. : Cariste, intérim Manpower puis CDI chez Geodis Corbas
 - chargement / déchargement camions, quai, gestion des emplacements (WMS Reflex)
 - préparation commandes vocale, 200 colis/h
 - pointage biométrique (empreinte) - j'ai été enregistré dès mon 1er jour
2014 - 2019 : Manutentionnaire, Lidl plateforme de Saint-Quentin-Fallavier (intérim Adecco)

INFOS
Né le 12/05/1990 à Lyon
Marié, 2 enfants (5 et 8 ans)
Hernie discale opérée en 2018, apte sans restriction (visite médecine du travail 2024)
Syndiqué CGT, élu au CSE de Geodis Corbas depuis 2022
Dispo en 2x8, pas de nuit
""",
sensitive=[
 ("genetic_biometric", "pointage biométrique (empreinte) - j'ai été enregistré dès mon 1er jour"),
 ("date_of_birth_age", "Né le 12/05/1990"),
 ("family_status", "Marié, 2 enfants (5 et 8 ans)"),
 ("health", "Hernie discale opérée en 2018"),
 ("trade_union", "Syndiqué CGT, élu au CSE de Geodis Corbas depuis 2022"),
],
keep=["CACES R489 cat. 1A, 3, 5", "CACES R485 gerbeur", "SST (sauveteur secouriste du travail)",
      "CDI chez Geodis Corbas", "WMS Reflex", "préparation commandes vocale",
      "Lidl plateforme de Saint-Quentin-Fallavier"],
contact=["Karim Benali", "06 12 48 77 31", "karim.benali69@gmail.com", "Vénissieux (69200)"],
),

# 002 conducteur SPL, Marseille
dict(text="""
Rachid Hadj-Aïssa
45 ans
Tél. 07 61 23 90 44
rachid.hadjaissa@orange.fr
12 rue des Glycines, 13015 Marseille

CONDUCTEUR SPL (permis CE)

PERMIS : B, C, CE - FIMO marchandises 2010, FCO à jour (2025)
Carte conducteur chrono · ADR base + citerne · hayon

PARCOURS
2016 → Conducteur SPL, Transports Jacky Perrenot (Vitrolles) - frigo, livraisons GMS, 2 à 4 points/jour, nuit
2010 → 2016 Conducteur PL porteur, STEF (Marseille) - messagerie frigorifique
2007 → 2010 Livreur VL, Chronopost

SANTÉ
Diabète de type 1 sous insuline. Aptitude renouvelée tous les 2 ans par la commission médicale du permis (groupe lourd). Aucun malaise au volant en 15 ans.

SITUATION
Nationalité algérienne - certificat de résidence 10 ans
Divorcé, garde alternée de ma fille ; aujourd'hui en couple avec Fabrice
Musulman pratiquant : coupure le vendredi midi pour la prière si la tournée le permet
Disponible de suite
""",
sensitive=[
 ("date_of_birth_age", "45 ans"),
 ("health", "Diabète de type 1 sous insuline"),
 ("ethnic_origin", "Nationalité algérienne - certificat de résidence 10 ans"),
 ("family_status", "Divorcé, garde alternée de ma fille"),
 ("sexual_orientation", "en couple avec Fabrice"),
 ("religious_belief", "Musulman pratiquant : coupure le vendredi midi pour la prière"),
],
keep=["FIMO marchandises 2010, FCO à jour", "Carte conducteur chrono", "ADR base + citerne",
      "Conducteur SPL, Transports Jacky Perrenot (Vitrolles)", "STEF (Marseille)", "messagerie frigorifique", "Chronopost"],
contact=["Rachid Hadj-Aïssa", "07 61 23 90 44", "rachid.hadjaissa@orange.fr", "12 rue des Glycines, 13015 Marseille"],
),

# 003 maçon coffreur, Montreuil
dict(text="""
ABDOULAYE NDIAYE
Maçon coffreur - N3P2
Tél : 06 58 20 14 97
Montreuil (93)

Compétences
- maçonnerie parpaing, brique, béton banché
- coffrage traditionnel et banches, ferraillage, lecture de plans
- AIPR opérateur, habilitation travail en hauteur, échafaudage R408 (montage)
- CACES R482 cat. A (mini-pelle)

Expériences
2020-2024 Maçon coffreur, Bouygues Bâtiment IDF (via intérim Randstad) - logements Saint-Ouen, village JO
2017-2020 Manœuvre puis maçon, petite entreprise du BTP (Bobigny)
2008-2015 Maçon à Thiès (Sénégal), construction de maisons

Chantiers marquants
- Chantier de la mosquée de Montreuil (extension) : coulage de la dalle et des voiles, 2019
- Réhabilitation d'une école à Bagnolet

Situation
Sénégalais, titre de séjour salarié (régularisé en 2020 par le travail)
Marié, ma femme et mes 3 enfants sont au Sénégal
Pratiquant, je fais la prière du vendredi (pause 13h-14h si possible)
Né en 1986
""",
sensitive=[
 ("ethnic_origin", "Sénégalais, titre de séjour salarié (régularisé en 2020 par le travail)"),
 ("family_status", "Marié, ma femme et mes 3 enfants sont au Sénégal"),
 ("religious_belief", "Pratiquant, je fais la prière du vendredi"),
 ("date_of_birth_age", "Né en 1986"),
],
keep=["AIPR opérateur", "échafaudage R408 (montage)", "CACES R482 cat. A (mini-pelle)", "Bouygues Bâtiment IDF",
      "village JO", "Chantier de la mosquée de Montreuil (extension)", "coffrage traditionnel et banches, ferraillage"],
contact=["ABDOULAYE NDIAYE", "06 58 20 14 97", "Montreuil (93)"],
),

# 004 aide familiale, Seraing (Belgique)
dict(text="""
Rosaria LOMBARDO
Aide familiale / soins à domicile
Rue de la Station 14, 4100 Seraing
0478 22 61 90 - rosaria.lombardo@skynet.be
Née le 3 mars 1968

Brevet d'aide familiale (Promotion sociale, Seraing 1995)
Enregistrée au cadastre des aides-soignants (SPF Santé)
Formation soins palliatifs, manutention de patients (ergonomie), premiers secours

Expérience
1996 - aujourd'hui : Aide familiale, ASD Liège (Aide & Soins à Domicile)
  • toilettes, repas, courses, accompagnement de personnes âgées, fin de vie à domicile
  • soutien aux familles, tenue du cahier de liaison
  • déléguée syndicale CNE (CSC) pour le service depuis 2010
1990 - 1995 : ouvrière chez FN Herstal (montage)

Personnel
Fille de mineur sicilien arrivé en 1956 - nationalité belge et italienne
Veuve, deux enfants adultes
Deux prothèses de hanche (2019, 2021) : je ne fais plus de transferts sans lève-personne
Catholique pratiquante (chorale paroissiale)
""",
sensitive=[
 ("date_of_birth_age", "Née le 3 mars 1968"),
 ("trade_union", "déléguée syndicale CNE (CSC) pour le service depuis 2010"),
 ("ethnic_origin", "Fille de mineur sicilien arrivé en 1956 - nationalité belge et italienne"),
 ("family_status", "Veuve, deux enfants adultes"),
 ("health", "Deux prothèses de hanche (2019, 2021)"),
 ("religious_belief", "Catholique pratiquante (chorale paroissiale)"),
],
keep=["Brevet d'aide familiale", "Enregistrée au cadastre des aides-soignants (SPF Santé)", "Formation soins palliatifs",
      "Aide familiale, ASD Liège (Aide & Soins à Domicile)", "fin de vie à domicile", "FN Herstal"],
contact=["Rosaria LOMBARDO", "Rue de la Station 14, 4100 Seraing", "0478 22 61 90", "rosaria.lombardo@skynet.be"],
),

# 005 agent de sécurité SSIAP, Val-d'Oise
dict(text="""
Serge Kouamé Yao
Agent de sécurité SSIAP 1 / Chef de poste
Sarcelles (95200) · 06 74 19 38 62 · serge.yao.securite@gmail.com

Carte professionnelle CNAPS n° CAR-095-2028-04-11-20190548812 (valide)
CQP APS · SSIAP 1 (recyclage 2024) · SST · H0B0 · palpation / filtrage (événementiel)

2018 - ... Agent SSIAP puis chef de poste, Securitas - Centre commercial Aéroville (Roissy)
  • PC sécurité, rondes, levée de doute, SSI catégorie A
  • gestion des badges et enrôlement des empreintes pour les accès réserves (Nedap)
2014 - 2018 Agent de prévention, Fiducial Sécurité - magasins Monoprix Paris
  • vidéoprotection, interpellations avec remise à l'OPJ

Naturalisé français en 2017 (origine ivoirienne)
Pacsé avec Yann depuis 2020
Adhérent LFI, je tracte sur le marché de Sarcelles le dimanche
37 ans
""",
sensitive=[
 ("ethnic_origin", "Naturalisé français en 2017 (origine ivoirienne)"),
 ("sexual_orientation", "Pacsé avec Yann depuis 2020"),
 ("political_opinion", "Adhérent LFI, je tracte sur le marché de Sarcelles le dimanche"),
 ("date_of_birth_age", "37 ans"),
],
keep=["CQP APS", "SSIAP 1 (recyclage 2024)", "Securitas", "Centre commercial Aéroville (Roissy)",
      "SSI catégorie A", "gestion des badges et enrôlement des empreintes pour les accès réserves (Nedap)",
      "Fiducial Sécurité"],
contact=["Serge Kouamé Yao", "Sarcelles (95200)", "06 74 19 38 62", "serge.yao.securite@gmail.com",
         "CAR-095-2028-04-11-20190548812"],
),

# 006 saisonnier agricole OFII, Vaucluse
dict(text="""
CV
Nom : EL AMRANI   Prénom : Mohamed
Né le : 05/01/1983 à Tinghir (Maroc)
Situation familiale : marié, 4 enfants
Adresse au Maroc : Douar Aït Hammou, Tinghir
Tél (France) : 06 95 44 21 08 - WhatsApp : +212 661 47 83 20

Contrat saisonnier OFII (titre « travailleur saisonnier » 3 ans) - 8e saison en France
Empreintes et photo prises au consulat (VFS Casablanca) à chaque renouvellement

EXPÉRIENCE
Depuis 2016 : Ouvrier agricole saisonnier, SCEA Les Vergers de la Durance (Cavaillon) - mars à octobre
 - taille, éclaircissage, récolte pommes et poires, 1 tonne/jour
 - conduite tracteur avec plateau (vergers), irrigation goutte-à-goutte
 - Certiphyto « opérateur » obtenu en 2021
2010-2015 : Ouvrier, coopérative agricole, Souss (Agadir) - serres tomates

DIVERS
Parle arabe, tachelhit, français courant
Musulman, je fais le ramadan pendant la récolte sans problème
Accident du travail en 2019 (chute d'échelle, fracture du poignet), guéri
""",
sensitive=[
 ("date_of_birth_age", "Né le : 05/01/1983"),
 ("ethnic_origin", "à Tinghir (Maroc)"),
 ("family_status", "Situation familiale : marié, 4 enfants"),
 ("ethnic_origin", "Contrat saisonnier OFII (titre « travailleur saisonnier » 3 ans)"),
 ("genetic_biometric", "Empreintes et photo prises au consulat (VFS Casablanca)"),
 ("religious_belief", "Musulman, je fais le ramadan"),
 ("health", "Accident du travail en 2019 (chute d'échelle, fracture du poignet)"),
],
keep=["Ouvrier agricole saisonnier", "SCEA Les Vergers de la Durance (Cavaillon)",
      "taille, éclaircissage, récolte pommes et poires", "Certiphyto « opérateur »", "irrigation goutte-à-goutte",
      "coopérative agricole, Souss (Agadir)"],
contact=["EL AMRANI", "Mohamed", "Douar Aït Hammou, Tinghir", "06 95 44 21 08", "+212 661 47 83 20"],
),

# 007 commis de cuisine, Montréal
dict(text="""
Jean-Robert Pierre-Louis
Commis de cuisine / plongeur
Montréal-Nord (QC) H1G 3K9
514 555-0187
jrpierrelouis@hotmail.com

Disponibilités : dimanche au vendredi 15 h - pas disponible du vendredi soir au samedi soir (sabbat, je suis adventiste)

Expérience
Commis de cuisine - Hôpital Maisonneuve-Rosemont, service alimentaire, 2021 - présent
 • production froide, plonge batterie, réception des marchandises
 • diètes spéciales (texture modifiée, sans gluten, casher/halal sur demande)
Plongeur - Resto St-Hubert, Anjou, 2018 - 2021
 • lave-vaisselle à convoyeur, fermeture de cuisine

Formation
DEP Cuisine (en cours, CFP Calixa-Lavallée, soir)
Certificat MAPAQ - manipulateur d'aliments
SIMDUT 2015

Autres
Résident permanent depuis 2019, arrivé d'Haïti après le séisme
Membre du syndicat (CSN) à l'hôpital
Père de 2 enfants, garde partagée
Né le 14 février 1992
""",
sensitive=[
 ("religious_belief", "sabbat, je suis adventiste"),
 ("ethnic_origin", "Résident permanent depuis 2019, arrivé d'Haïti après le séisme"),
 ("trade_union", "Membre du syndicat (CSN) à l'hôpital"),
 ("family_status", "Père de 2 enfants, garde partagée"),
 ("date_of_birth_age", "Né le 14 février 1992"),
],
keep=["Commis de cuisine - Hôpital Maisonneuve-Rosemont", "diètes spéciales (texture modifiée, sans gluten, casher/halal sur demande)",
      "Resto St-Hubert, Anjou", "DEP Cuisine", "CFP Calixa-Lavallée", "Certificat MAPAQ - manipulateur d'aliments", "SIMDUT 2015"],
contact=["Jean-Robert Pierre-Louis", "Montréal-Nord (QC) H1G 3K9", "514 555-0187", "jrpierrelouis@hotmail.com"],
),

# 008 électricien, Saguenay
dict(text="""
Maxime Gagnon-Tremblay
Électricien compagnon - carte CCQ
Saguenay (Chicoutimi), QC · 418 555-0142 · max.gagnon.elec@outlook.com

Cartes et formations
- Certificat de qualification Électricien (Emploi-Québec), compagnon depuis 2015
- ASP Construction (santé-sécurité)
- Nacelle, plateforme élévatrice, travail en hauteur
- Cadenassage, SIMDUT

Expériences
2017-... Électricien, Pomerleau - chantier aluminerie AP60 (Jonquière) : basse tension, chemins de câbles, MCC, mises en service
2012-2017 Apprenti puis compagnon, EBC inc. - centrale Romaine (Hydro-Québec), camps 14/7

Perso
Membre FIPOE (FTQ-Construction), délégué de chantier sur la Romaine en 2016
Militant du Parti Québécois, bénévole dans le comté de Chicoutimi
Conjointe : Audrey, 2 enfants (4 et 7 ans)
Daltonien léger - testé OK pour les couleurs de fils
Né en 1990
L'été, guide de pêche au lac Kénogami. Disponible pour les chantiers éloignés (Baie-James) en rotation 14/7.
""",
sensitive=[
 ("trade_union", "Membre FIPOE (FTQ-Construction), délégué de chantier sur la Romaine en 2016"),
 ("political_opinion", "Militant du Parti Québécois, bénévole dans le comté de Chicoutimi"),
 ("family_status", "Conjointe : Audrey, 2 enfants (4 et 7 ans)"),
 ("health", "Daltonien léger"),
 ("date_of_birth_age", "Né en 1990"),
],
keep=["Certificat de qualification Électricien (Emploi-Québec)", "ASP Construction", "Cadenassage, SIMDUT", "Pomerleau",
      "aluminerie AP60", "chemins de câbles, MCC", "EBC inc.", "centrale Romaine (Hydro-Québec)"],
contact=["Maxime Gagnon-Tremblay", "Saguenay (Chicoutimi), QC", "418 555-0142", "max.gagnon.elec@outlook.com"],
),

# 009 femme de chambre, Clichy
dict(text="""
Fatoumata KONÉ
Femme de chambre / Gouvernante d'étage
Clichy (92110) - 07 53 88 12 40

Expérience
2016 - auj. : Femme de chambre, sous-traitance STN - hôtel Ibis Paris Batignolles
   - 30 à 35 chambres/jour, recouche et départ, contrôle minibar
   - depuis 2022 gouvernante d'étage : planning, contrôle qualité, formation des nouvelles
   - grève de 22 mois (2019-2021) avec la CGT-HPE pour l'internalisation, j'étais au piquet tous les jours
2012 - 2016 : Agent de propreté, Onet - bureaux La Défense

Formation
CAP Agent de propreté et d'hygiène (VAE 2018)
Gestes et postures, produits d'entretien (fiches de données de sécurité)

Personnel
Malienne, carte de résident 10 ans
Maman solo de 3 enfants
Tendinite chronique aux deux épaules (reconnue maladie professionnelle en 2020)
47 ans
""",
sensitive=[
 ("trade_union", "grève de 22 mois (2019-2021) avec la CGT-HPE pour l'internalisation, j'étais au piquet tous les jours"),
 ("ethnic_origin", "Malienne, carte de résident 10 ans"),
 ("family_status", "Maman solo de 3 enfants"),
 ("health", "Tendinite chronique aux deux épaules (reconnue maladie professionnelle en 2020)"),
 ("date_of_birth_age", "47 ans"),
],
keep=["Femme de chambre, sous-traitance STN", "hôtel Ibis Paris Batignolles", "gouvernante d'étage : planning, contrôle qualité",
      "30 à 35 chambres/jour, recouche et départ", "Agent de propreté, Onet", "CAP Agent de propreté et d'hygiène (VAE 2018)"],
contact=["Fatoumata KONÉ", "Clichy (92110)", "07 53 88 12 40"],
),

# 010 mécanicien poids lourds, Charleroi
dict(text="""
DETHIER Dylan - Mécanicien poids lourds
Rue du Pont 8, 6000 Charleroi | 0495 31 77 02 | dylan.dethier@hotmail.be

Diplômes
CESS technique - mécanicien automobile (Athénée Royal de Gosselies)
Formation IFAPME Mécanicien poids lourds (2014)
Permis B, C, CE + code 95
Habilitation électrique véhicules hybrides/électriques

Expérience
2016 - ... : Mécanicien PL, TEC Charleroi (dépôt de Jumet) - bus Van Hool et Volvo, diagnostic, freins, boîtes ZF, bus électriques
2014 - 2016 : Mécanicien, Volvo Trucks Center Fleurus

À côté
Délégué CGSP (FGTB) au dépôt depuis 2019
Membre du PTB, section Charleroi
Sclérose en plaques diagnostiquée en 2021, traitement ok, aucun impact sur le travail à ce jour
Condamné en 2017 pour conduite sous cannabis (déchéance de 3 mois), rien depuis
Cohabitant légal avec ma compagne Laura, un fils de 2 ans
29 ans
""",
sensitive=[
 ("trade_union", "Délégué CGSP (FGTB) au dépôt depuis 2019"),
 ("political_opinion", "Membre du PTB, section Charleroi"),
 ("health", "Sclérose en plaques diagnostiquée en 2021"),
 ("criminal_record", "Condamné en 2017 pour conduite sous cannabis (déchéance de 3 mois)"),
 ("family_status", "Cohabitant légal avec ma compagne Laura, un fils de 2 ans"),
 ("date_of_birth_age", "29 ans"),
],
keep=["CESS technique - mécanicien automobile", "Formation IFAPME Mécanicien poids lourds", "TEC Charleroi (dépôt de Jumet)",
      "boîtes ZF", "Volvo Trucks Center Fleurus", "Habilitation électrique véhicules hybrides/électriques"],
contact=["DETHIER Dylan", "Rue du Pont 8, 6000 Charleroi", "0495 31 77 02", "dylan.dethier@hotmail.be"],
),
]
