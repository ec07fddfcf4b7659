# trades-fr-021 .. 030, tapés à la main
CVS = [
# 021 technicienne de maintenance, contrat prison (Rennes)
dict(text="""
Sophie Marchal
Agent de maintenance des bâtiments (multitechnique)
Rennes (35) - 06 31 90 47 22 - sophie.marchal.maintenance@gmail.com

Habilitations électriques B1V, BR, BC - H0B0 · CACES R486 nacelle · SST · travail en hauteur
Titre pro Agent de maintenance des bâtiments (AFPA, 2015)

2017 - ... : Technicienne de maintenance, GEPSA - centre pénitentiaire de Rennes-Vezin (contrat de maintenance)
   • plomberie, électricité, serrurerie des portes de cellules, peinture
   • interventions sous escorte en détention, GMAO (Coswin), astreintes
2015 - 2017 : Agent de maintenance, Néotoa (bailleur social), Rennes

Perso
Pacsée avec Claire depuis 2019
Mon ADN est au FNAEG depuis une garde à vue en 2010 (manif étudiante, relaxée) - sans incidence sur mon habilitation pénitentiaire
Adhérente CFDT
36 ans
""",
sensitive=[
 ("sexual_orientation", "Pacsée avec Claire depuis 2019"),
 ("genetic_biometric", "Mon ADN est au FNAEG"),
 ("criminal_record", "garde à vue en 2010 (manif étudiante, relaxée)"),
 ("trade_union", "Adhérente CFDT"),
 ("date_of_birth_age", "36 ans"),
],
keep=["Habilitations électriques B1V, BR, BC", "CACES R486 nacelle", "Titre pro Agent de maintenance des bâtiments (AFPA, 2015)",
      "Technicienne de maintenance, GEPSA", "centre pénitentiaire de Rennes-Vezin (contrat de maintenance)",
      "serrurerie des portes de cellules", "interventions sous escorte en détention", "Néotoa (bailleur social)"],
contact=["Sophie Marchal", "Rennes (35)", "06 31 90 47 22", "sophie.marchal.maintenance@gmail.com"],
),

# 022 gestionnaire paie intérim, Namur (primes syndicales = travail)
dict(text="""
Benoît Lejeune
Gestionnaire paie - secteur intérim & construction
Namur · 0472 55 18 34 · benoit.lejeune@proximus.be · linkedin.com/in/benoitlejeune-paie

Expérience
2016 - ... : Payroll officer, Randstad Belgium (siège de Namur) - 900 intérimaires par semaine, construction (CP 124)
  • calcul des timbres fidélité et intempéries (Constructiv)
  • gestion des primes syndicales FGTB / CSC / CGSLB et attestations pour les organisations syndicales
  • saisies et cessions sur salaire (huissiers, greffes)
  • Dimona, DmfA, déclarations ONSS, chômage temporaire intempéries
2011 - 2016 : Employé administratif, Securex (secrétariat social)
  • dossiers accidents du travail, attestations C4

Formation
Bachelier en comptabilité (HEPN, 2011)
Certificat « Expert en paie » (Securex Academy)
Excel avancé, SAP HCM

Marié à Jonathan, nous habitons Jambes.
Né en 1987.
""",
sensitive=[
 ("sexual_orientation", "Marié à Jonathan"),
 ("date_of_birth_age", "Né en 1987"),
],
keep=["Payroll officer, Randstad Belgium", "calcul des timbres fidélité et intempéries (Constructiv)",
      "gestion des primes syndicales FGTB / CSC / CGSLB et attestations pour les organisations syndicales",
      "saisies et cessions sur salaire (huissiers, greffes)", "Dimona, DmfA, déclarations ONSS",
      "Employé administratif, Securex", "Bachelier en comptabilité (HEPN, 2011)", "Excel avancé, SAP HCM"],
contact=["Benoît Lejeune", "Namur", "0472 55 18 34", "benoit.lejeune@proximus.be", "linkedin.com/in/benoitlejeune-paie"],
),

# 023 installateur pointeuses biométriques, Moselle
dict(text="""
David Ferreira
Technicien installateur - contrôle d'accès, pointeuses, vidéoprotection
Thionville (57) - 06 88 40 12 67 - d.ferreira.technique@free.fr

2014 - ... : Technicien, Horoquartz - agence Est
   • installation de pointeuses biométriques (empreinte, reconnaissance faciale) chez 150 clients industriels et hôpitaux
   • paramétrage des gabarits, purge des gabarits des sortants, aide aux clients pour le registre RGPD
   • câblage bus RS485, réseau IP, contrôleurs de porte, lecteurs de badges
2008 - 2014 : Électricien, Cegelec Metz
   • tableaux, chemins de câbles, dépannage tertiaire

Formations : BTS Électrotechnique (2008), habilitation électrique BR/B2V, certification Horoquartz eTemptation, CACES R486

Divers : 42 ans, marié, trois enfants. D'origine portugaise (parents arrivés en 1975). Candidat sur la liste RN aux municipales 2020 (Hayange).
Permis B, véhicule de service, déplacements Grand Est et Luxembourg.
""",
sensitive=[
 ("date_of_birth_age", "42 ans"),
 ("family_status", "marié, trois enfants"),
 ("ethnic_origin", "D'origine portugaise (parents arrivés en 1975)"),
 ("political_opinion", "Candidat sur la liste RN aux municipales 2020 (Hayange)"),
],
keep=["Technicien, Horoquartz", "installation de pointeuses biométriques (empreinte, reconnaissance faciale)",
      "purge des gabarits des sortants", "câblage bus RS485", "Électricien, Cegelec Metz", "BTS Électrotechnique (2008)",
      "certification Horoquartz eTemptation"],
contact=["David Ferreira", "Thionville (57)", "06 88 40 12 67", "d.ferreira.technique@free.fr"],
),

# 024 désamianteur SS3, Saint-Étienne
dict(text="""
Julien Mercier
Opérateur de chantier désamiantage SS3 / chef d'équipe
Saint-Étienne · 07 68 22 10 41 · julien.mercier.ss3@gmail.com

Formations amiante : SS3 opérateur (2016) puis encadrant de chantier (2020), recyclages à jour
EPI : masque à adduction d'air, APVR ventilé, essais d'ajustement
Aptitude médicale amiante (médecine du travail, suivi individuel renforcé) à jour
CACES R486, SST, habilitation BS

2016 - ... : Opérateur puis chef d'équipe, Ortec Environnement (Lyon)
   • confinement, sas 5 compartiments, extracteurs, mesures d'empoussièrement
   • retrait flocages, dalles vinyle-amiante, toitures fibrociment
2011 - 2016 : Manœuvre démolition, Genier-Deforge

Perso
Hémochromatose génétique (homozygote C282Y) : saignées tous les 2 mois à l'EFS, aucune restriction
Condamné en 2014 à 2 mois avec sursis (conduite sans permis), permis repassé en 2015
Je vis avec mon compagnon Mehdi
Né le 19 octobre 1991
""",
sensitive=[
 ("genetic_biometric", "Hémochromatose génétique (homozygote C282Y)"),
 ("health", "saignées tous les 2 mois à l'EFS"),
 ("criminal_record", "Condamné en 2014 à 2 mois avec sursis (conduite sans permis)"),
 ("sexual_orientation", "mon compagnon Mehdi"),
 ("date_of_birth_age", "Né le 19 octobre 1991"),
],
keep=["SS3 opérateur (2016) puis encadrant de chantier (2020)", "masque à adduction d'air, APVR ventilé",
      "Aptitude médicale amiante (médecine du travail, suivi individuel renforcé)", "Ortec Environnement (Lyon)",
      "sas 5 compartiments, extracteurs, mesures d'empoussièrement", "retrait flocages, dalles vinyle-amiante",
      "Genier-Deforge"],
contact=["Julien Mercier", "Saint-Étienne", "07 68 22 10 41", "julien.mercier.ss3@gmail.com"],
),

# 025 ASH bionettoyage, Marseille
dict(text="""
Zaïnaba Ahmed Mohamed
Agent de service hospitalier (ASH) - bionettoyage
Marseille 14e · 06 50 77 13 28 · zainaba.ahmed13@gmail.com

2018 - ... ASH, AP-HM Hôpital Nord - réanimation et urgences
   • bionettoyage des chambres et des blocs, protocoles chambre d'isolement (BMR, Clostridium)
   • traitement des projections de sang et liquides biologiques (kit), DASRI
   • pointage sur badgeuse à empreinte, j'y suis enregistrée depuis 2019
2014 - 2018 Agent de propreté, Derichebourg Multiservices (bureaux)

Formation : module bionettoyage (formation continue AP-HM), HACCP, titre pro Agent de propreté et d'hygiène

Perso
Comorienne, naturalisée française en 2016
Je porte le foulard en dehors du service et respecte la tenue réglementaire à l'hôpital
Mère de 4 enfants, mon mari est chauffeur de bus
Née en 1980
""",
sensitive=[
 ("genetic_biometric", "pointage sur badgeuse à empreinte, j'y suis enregistrée depuis 2019"),
 ("ethnic_origin", "Comorienne, naturalisée française en 2016"),
 ("religious_belief", "Je porte le foulard en dehors du service"),
 ("family_status", "Mère de 4 enfants, mon mari est chauffeur de bus"),
 ("date_of_birth_age", "Née en 1980"),
],
keep=["ASH, AP-HM Hôpital Nord", "protocoles chambre d'isolement (BMR, Clostridium)",
      "traitement des projections de sang et liquides biologiques (kit), DASRI", "Derichebourg Multiservices",
      "module bionettoyage (formation continue AP-HM)", "titre pro Agent de propreté et d'hygiène"],
contact=["Zaïnaba Ahmed Mohamed", "Marseille 14e", "06 50 77 13 28", "zainaba.ahmed13@gmail.com"],
),

# 026 préposée aux bénéficiaires, Sept-Îles
dict(text="""
Karine Vollant
Préposée aux bénéficiaires (PAB)
Sept-Îles (QC) - 418 555-0163 - karine.vollant@hotmail.ca

Formation
AEP Assistance aux soins de santé (2020, programme accéléré)
RCR/DEA, PDSB (principes de déplacement sécuritaire des bénéficiaires), Oméga

Expérience
CHSLD de Sept-Îles (CISSS de la Côte-Nord) - PAB, 2020-...
   • soins d'hygiène, alimentation, PDSB, accompagnement en fin de vie
   • soins culturellement sécurisants pour les aînés innus (interprète en innu-aimun au besoin)
Caissière, IGA Sept-Îles, 2014-2020

Moi
Innue de Uashat mak Mani-utenam
Membre CSN (syndicat des travailleuses et travailleurs du CISSS), déléguée de plancher
En couple avec ma conjointe Julie, on élève ses deux enfants
Diabète de type 2 (metformine)
Je participe au pèlerinage de Sainte-Anne-de-Beaupré chaque été (congé en juillet)
38 ans
Disponibilités : quarts de soir et de nuit, une fin de semaine sur deux. Permis classe 5, auto.
""",
sensitive=[
 ("ethnic_origin", "Innue de Uashat mak Mani-utenam"),
 ("trade_union", "Membre CSN (syndicat des travailleuses et travailleurs du CISSS), déléguée de plancher"),
 ("sexual_orientation", "ma conjointe Julie"),
 ("family_status", "on élève ses deux enfants"),
 ("health", "Diabète de type 2 (metformine)"),
 ("religious_belief", "Je participe au pèlerinage de Sainte-Anne-de-Beaupré chaque été"),
 ("date_of_birth_age", "38 ans"),
],
keep=["Préposée aux bénéficiaires (PAB)", "AEP Assistance aux soins de santé", "RCR/DEA, PDSB",
      "CHSLD de Sept-Îles (CISSS de la Côte-Nord)", "soins culturellement sécurisants pour les aînés innus",
      "Caissière, IGA Sept-Îles"],
contact=["Karine Vollant", "Sept-Îles (QC)", "418 555-0163", "karine.vollant@hotmail.ca"],
),

# 027 serveur saisonnier, Savoie
dict(text="""
Théo Vasseur
Serveur / barman - saisonnier (hiver & été)
06 29 74 18 55 - theo.vasseur.saison@gmail.com - Chambéry (73)

Saisons
Hiver 2023-24 : Chef de rang, Club Med Val Thorens Sensations
Été 2023 : Barman, camping 5 étoiles, Île de Ré
Hiver 2022-23 : Serveur, La Folie Douce Méribel (restaurant d'altitude)
Été 2022 : Plagiste / serveur, Biarritz

Compétences : service à l'assiette, bar à cocktails, caisse (Zelty), anglais courant, permis B
Formations : CAP Commercialisation et services en HCR (2020), permis d'exploitation (licence IV), PSC1

Moi
23 ans
Je voyage avec mon copain Hugo, on cherche une saison à deux (logement couple bienvenu)
Militant aux Soulèvements de la Terre (Sainte-Soline, 2023)
Test ADN MyHeritage fait pour le fun : origines en partie kabyles, du côté de ma grand-mère
""",
sensitive=[
 ("date_of_birth_age", "23 ans"),
 ("sexual_orientation", "mon copain Hugo"),
 ("political_opinion", "Militant aux Soulèvements de la Terre (Sainte-Soline, 2023)"),
 ("genetic_biometric", "Test ADN MyHeritage fait pour le fun"),
 ("ethnic_origin", "origines en partie kabyles, du côté de ma grand-mère"),
],
keep=["Chef de rang, Club Med Val Thorens Sensations", "La Folie Douce Méribel", "bar à cocktails, caisse (Zelty)",
      "CAP Commercialisation et services en HCR (2020)", "permis d'exploitation (licence IV)", "PSC1"],
contact=["Théo Vasseur", "06 29 74 18 55", "theo.vasseur.saison@gmail.com", "Chambéry (73)"],
),

# 028 carreleur, Schaerbeek
dict(text="""
Emre Aydın
Carreleur - chapiste
Schaerbeek (1030) - 0486 71 22 09 - emre.aydin.carrelage@gmail.com

Activités : carrelage sol et mur, grands formats 120x120, chapes, étanchéité de salle de bain, mosaïque
Qualifications : CEFA carreleur (2009), VCA Basis (sécurité)

2014 - ... : Indépendant (sous-traitant) pour BPC Group et Thomas & Piron - logements neufs, hôtels
2009 - 2014 : Ouvrier carreleur, Carrelages Öztürk sprl, Saint-Josse

Chantiers récents : 40 salles de bain à l'hôtel Motel One Bruxelles, logements de Tivoli GreenCity (Laeken). Je fais mes devis et métrés moi-même.

Perso
Belgo-turc, né à Schaerbeek, famille originaire d'Emirdağ
Alévi
Condamné en 2012 pour coups et blessures (peine de travail de 120 h)
Divorcé, 1 fille
Âge : 34
Camionnette et outillage personnels (coupe-carreaux Sigma, ventouses, laser)
""",
sensitive=[
 ("ethnic_origin", "Belgo-turc, né à Schaerbeek, famille originaire d'Emirdağ"),
 ("religious_belief", "Alévi"),
 ("criminal_record", "Condamné en 2012 pour coups et blessures (peine de travail de 120 h)"),
 ("family_status", "Divorcé, 1 fille"),
 ("date_of_birth_age", "Âge : 34"),
],
keep=["carrelage sol et mur, grands formats 120x120", "CEFA carreleur (2009)", "VCA Basis", "BPC Group", "Thomas & Piron",
      "Carrelages Öztürk sprl", "étanchéité de salle de bain"],
contact=["Emre Aydın", "Schaerbeek (1030)", "0486 71 22 09", "emre.aydin.carrelage@gmail.com"],
),

# 029 opératrice câblage automobile, Tanger
dict(text="""
CV
Nom : OUAZZANI Salma
Née le 11/02/1998 à Tanger
Situation familiale : célibataire
Adresse : Hay Mesnana, Tanger
Tél : 06 70 18 44 93

Expérience
Depuis 2019 : Opératrice câblage, Lear Corporation - Tanger Automotive City
  - assemblage de faisceaux électriques, test électrique (banc), contrôle visuel
  - polyvalence sur 6 postes, audit qualité IATF 16949
  - pointage par empreinte digitale (mon empreinte est enregistrée depuis l'embauche)
  - élue déléguée des salariées en 2023 (liste UMT)
2017 - 2019 : Couturière, atelier de confection (sous-traitant Inditex), zone franche de Tanger

Formation : Bac sciences expérimentales (2016), formation OFPPT opératrice câblage (2019)
Santé : syndrome du canal carpien main droite (opération prévue)
Je porte le voile.
Langues : arabe, français, espagnol (notions). Disponible en équipes 3x8.
""",
sensitive=[
 ("date_of_birth_age", "Née le 11/02/1998"),
 ("family_status", "Situation familiale : célibataire"),
 ("genetic_biometric", "mon empreinte est enregistrée depuis l'embauche"),
 ("trade_union", "élue déléguée des salariées en 2023 (liste UMT)"),
 ("health", "syndrome du canal carpien main droite"),
 ("religious_belief", "Je porte le voile"),
],
keep=["Opératrice câblage, Lear Corporation", "Tanger Automotive City",
      "assemblage de faisceaux électriques, test électrique (banc)", "audit qualité IATF 16949",
      "pointage par empreinte digitale", "atelier de confection (sous-traitant Inditex)",
      "formation OFPPT opératrice câblage (2019)"],
contact=["OUAZZANI Salma", "Hay Mesnana, Tanger", "06 70 18 44 93"],
),

# 030 charpentier-menuisier, Lévis (aucune donnée sensible)
dict(text="""
Olivier Bouchard
Charpentier-menuisier compagnon
Lévis (QC) · 418 555-0119 · olivier.bouchard.charp@gmail.com

Cartes
Certificat de compétence compagnon charpentier-menuisier (CCQ) · ASP Construction · SIMDUT 2015 · travail en hauteur · nacelle

Expérience
2016 - ... Charpentier-menuisier, Hamel Construction
   - coffrages de béton (ponts, viaducs, fondations), charpente de bois, finition intérieure
   - chantier de réfection du pont de l'Île-d'Orléans (coffrages et étaiement)
   - formation des apprentis, lecture de plans, implantation avec station totale
2012 - 2016 Apprenti, Maisons Laprise (usine de maisons usinées, Montmagny)
   - murs préfabriqués, fermes de toit, contrôle qualité

Formation
DEP Charpenterie-menuiserie, CFP de Lévis (2012)

Outils personnels : scie à onglets, cloueuses, niveau laser. Permis classe 5 et camionnette.
Disponible : horaire 4 x 10, déplacements sur la Côte-Nord acceptés.
Références sur demande.
""",
sensitive=[],
keep=["Certificat de compétence compagnon charpentier-menuisier (CCQ)", "ASP Construction", "Charpentier-menuisier, Hamel Construction",
      "coffrages de béton (ponts, viaducs, fondations)", "pont de l'Île-d'Orléans", "Maisons Laprise",
      "DEP Charpenterie-menuiserie, CFP de Lévis (2012)"],
contact=["Olivier Bouchard", "Lévis (QC)", "418 555-0119", "olivier.bouchard.charp@gmail.com"],
),
]
