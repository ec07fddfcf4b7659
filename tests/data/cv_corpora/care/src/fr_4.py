from cats import H, R, P, U, E, S, C, G, D, F

CVS = [
# 031 Travailleur de rue en AMO, Charleroi (Belgique)
dict(text="""
JORDAN VANDERLINDEN
Éducateur / travailleur de rue - AMO (aide en milieu ouvert)
Rue de Montigny 55, 6000 Charleroi · 0494 27 81 63 · jordan.vdl@outlook.be

À propos
33 ans, éducateur spécialisé. J'ai grandi dans les quartiers où je travaille aujourd'hui, et je connais le chemin qui mène de la rue au tribunal de la jeunesse.

Parcours professionnel
2018 - aujourd'hui : Travailleur de rue, AMO Transit, Charleroi
  · Accompagnement de 40 jeunes de 12 à 22 ans en décrochage scolaire ou en rupture familiale
  · Permanences au parc et dans les halls d'immeubles, projets hip-hop et foot en salle
  · Orientation vers le SAJ, les services de santé mentale et les CPAS
2014 - 2018 : Éducateur, IPPJ de Wauthier-Braine
  · Encadrement de jeunes placés par le juge de la jeunesse

Formation
Bachelier éducateur spécialisé en accompagnement psycho-éducatif, HELHa Gosselies, 2014
Formation « Réduction des risques en milieu festif » (Modus Vivendi, 2019)

Transparence
À 18 ans, j'ai été condamné à un an de prison avec sursis pour un vol avec violence (2009). J'ai obtenu ma réhabilitation en 2016 ; mon profil ADN reste néanmoins enregistré dans la banque de données ADN « condamnés ».
Membre du PS et de la section locale de Marcinelle ; j'ai été colistier aux élections communales de 2024.
Marié à Youssef depuis 2022.
""",
sensitive=[(D, "33 ans"),
           (D, "À 18 ans"),
           (C, "j'ai été condamné à un an de prison avec sursis pour un vol avec violence (2009). J'ai obtenu ma réhabilitation en 2016"),
           (G, "mon profil ADN reste néanmoins enregistré dans la banque de données ADN « condamnés »"),
           (P, "Membre du PS et de la section locale de Marcinelle ; j'ai été colistier aux élections communales de 2024"),
           (S, "Marié à Youssef depuis 2022")],
keep=["Travailleur de rue, AMO Transit",
      "Accompagnement de 40 jeunes de 12 à 22 ans en décrochage scolaire ou en rupture familiale",
      "Permanences au parc et dans les halls d'immeubles",
      "Orientation vers le SAJ, les services de santé mentale et les CPAS", "Éducateur, IPPJ de Wauthier-Braine",
      "Encadrement de jeunes placés par le juge de la jeunesse",
      "Bachelier éducateur spécialisé en accompagnement psycho-éducatif",
      "Réduction des risques en milieu festif"],
contact=["JORDAN VANDERLINDEN", "Rue de Montigny 55, 6000 Charleroi", "0494 27 81 63", "jordan.vdl@outlook.be"]),

# 032 Enseignante spécialisée, Genève (Suisse)
dict(text="""
Laurence BAUD-MEYLAN
Enseignante spécialisée - DIP Genève
Rue de Carouge 71, 1205 Genève · 076 412 08 53 · laurence.baud-meylan@edu.ge.ch

Profil
Enseignante spécialisée depuis 2011 en classe intégrée et en centre médico-pédagogique, titulaire du master en enseignement spécialisé de l'Université de Genève.

Expérience
2016 - aujourd'hui   Enseignante spécialisée, classe intégrée (CLI) de l'École des Pâquis, Office médico-pédagogique (OMP)
   ◦ Classe de 8 élèves avec troubles du spectre de l'autisme (méthodes TEACCH, ABA)
   ◦ Projets d'inclusion partielle en classes ordinaires, co-enseignement
   ◦ Coordination avec les logopédistes, psychomotriciennes et pédopsychiatres de l'OMP
2011 - 2016   Enseignante spécialisée, Centre médico-pédagogique de Lancy

Formation
Master en enseignement spécialisé (MESP), Université de Genève, 2011
Bachelor en sciences de l'éducation, Université de Genève, 2008
CAS en troubles du spectre de l'autisme (2019)

Personnel
Née en 1984. Épileptique, stabilisée sous traitement depuis 2015 ; je ne conduis pas et j'évite les camps de nuit. Je vis avec ma compagne, Nadia, à la Jonction. Membre du SSP (Syndicat suisse des services publics), région Genève. Membre des Verts genevois depuis 2019. Protestante, je siège au conseil de paroisse de l'Église protestante de Genève à Plainpalais.
""",
sensitive=[(D, "Née en 1984"),
           (H, "Épileptique, stabilisée sous traitement depuis 2015 ; je ne conduis pas et j'évite les camps de nuit"),
           (S, "Je vis avec ma compagne, Nadia"),
           (U, "Membre du SSP (Syndicat suisse des services publics), région Genève"),
           (P, "Membre des Verts genevois depuis 2019"),
           (R, "Protestante, je siège au conseil de paroisse de l'Église protestante de Genève à Plainpalais")],
keep=["Enseignante spécialisée, classe intégrée (CLI) de l'École des Pâquis", "Office médico-pédagogique (OMP)",
      "Classe de 8 élèves avec troubles du spectre de l'autisme (méthodes TEACCH, ABA)",
      "Projets d'inclusion partielle en classes ordinaires, co-enseignement",
      "Coordination avec les logopédistes, psychomotriciennes et pédopsychiatres",
      "Centre médico-pédagogique de Lancy", "Master en enseignement spécialisé (MESP)",
      "Bachelor en sciences de l'éducation", "CAS en troubles du spectre de l'autisme"],
contact=["Laurence BAUD-MEYLAN", "Rue de Carouge 71, 1205 Genève", "076 412 08 53",
         "laurence.baud-meylan@edu.ge.ch"]),

# 033 Pharmacienne d'officine, Constantine (Algérie)
dict(text="""
CV - Pharmacienne d'officine

Nesrine BOUCHAREB
Cité Boussouf, Constantine 25000
Tél : 0698 52 17 40 - e-mail : nesrine.bouchareb.pharma@gmail.com

Renseignements personnels
Née le 28/05/1988 à Constantine
Nationalité algérienne
Mariée, un enfant
Casier judiciaire : néant

Formation
2012 : Diplôme de docteur en pharmacie, Faculté de médecine de Constantine (Université Constantine 3)
2016 : Attestation de formation en pharmacie clinique et éducation thérapeutique du patient diabétique
2020 : Formation en conseil officinal pédiatrique (Ordre des pharmaciens)

Expérience
Depuis 2016 : Pharmacienne titulaire, Pharmacie El Bir, Constantine
  - Dispensation et conseil ; suivi des patients diabétiques et hypertendus
  - Gestion des stocks, relations avec la CNAS (tiers payant Chifa)
  - Campagne de sensibilisation au diabète gestationnel avec la PMI du quartier
2012 - 2016 : Pharmacienne assistante, Pharmacie centrale du CHU Ben Badis de Constantine
  - Préparation des chimiothérapies et des nutritions parentérales pédiatriques

Divers
J'ai accompli le pèlerinage à La Mecque avec mon mari en 2019.
Dépistée porteuse de la bêta-thalassémie mineure lors du bilan prénuptial.
Langues : arabe, français, anglais.
""",
sensitive=[(D, "Née le 28/05/1988"),
           (E, "Nationalité algérienne"),
           (F, "Mariée, un enfant"),
           (C, "Casier judiciaire : néant"),
           (R, "J'ai accompli le pèlerinage à La Mecque avec mon mari en 2019"),
           (G, "Dépistée porteuse de la bêta-thalassémie mineure lors du bilan prénuptial")],
keep=["Pharmacienne d'officine", "Diplôme de docteur en pharmacie",
      "Attestation de formation en pharmacie clinique et éducation thérapeutique du patient diabétique",
      "Formation en conseil officinal pédiatrique", "Pharmacienne titulaire, Pharmacie El Bir",
      "suivi des patients diabétiques et hypertendus", "relations avec la CNAS (tiers payant Chifa)",
      "Campagne de sensibilisation au diabète gestationnel",
      "Pharmacie centrale du CHU Ben Badis de Constantine",
      "Préparation des chimiothérapies et des nutritions parentérales pédiatriques"],
contact=["Nesrine BOUCHAREB", "Cité Boussouf, Constantine 25000", "0698 52 17 40",
         "nesrine.bouchareb.pharma@gmail.com"]),

# 034 Médecin de santé scolaire, Mahajanga (Madagascar)
dict(text="""
CURRICULUM VITAE

Dr VELONJARA Fidèle
Médecin généraliste - santé scolaire et santé communautaire
Lot 12 Mahabibo, Mahajanga 401
032 41 885 20 - fidele.velonjara@gmail.com
Inscrit à l'Ordre national des médecins de Madagascar sous le n° 4127

ÉTAT CIVIL
Né le 2 février 1980 à Mahajanga - 45 ans
Ethnie : sakalava
Marié, trois enfants
Religion : catholique
Porteur du trait drépanocytaire (électrophorèse de l'hémoglobine, 2005)

FORMATION
Doctorat en médecine, Faculté de médecine de Mahajanga, 2008
Diplôme universitaire de santé publique, Institut national de santé publique et communautaire, 2014

EXPÉRIENCE
Depuis 2015 : Médecin responsable du Service de santé scolaire, Direction régionale de l'Éducation nationale (DREN) Boeny
  - Visites médicales dans 60 écoles ; dépistage de la malnutrition, des parasitoses et des troubles visuels
  - Programme de déparasitage et de supplémentation en vitamine A avec l'UNICEF
  - Formation des enseignants aux premiers secours et à la prise en charge des crises drépanocytaires à l'école
2009 - 2015 : Médecin chef, CSB II de Marovoay
  - Paludisme, vaccination, consultations prénatales

ENGAGEMENT
Membre du Syndicat des médecins fonctionnaires de Madagascar, section Boeny (trésorier depuis 2020).
""",
sensitive=[(D, "Né le 2 février 1980"),
           (D, "45 ans"),
           (E, "Ethnie : sakalava"),
           (F, "Marié, trois enfants"),
           (R, "Religion : catholique"),
           (G, "Porteur du trait drépanocytaire (électrophorèse de l'hémoglobine, 2005)"),
           (U, "Membre du Syndicat des médecins fonctionnaires de Madagascar, section Boeny (trésorier depuis 2020)")],
keep=["Doctorat en médecine, Faculté de médecine de Mahajanga", "Diplôme universitaire de santé publique",
      "Médecin responsable du Service de santé scolaire",
      "Direction régionale de l'Éducation nationale (DREN) Boeny", "Visites médicales dans 60 écoles",
      "Programme de déparasitage et de supplémentation en vitamine A",
      "Formation des enseignants aux premiers secours et à la prise en charge des crises drépanocytaires à l'école",
      "Médecin chef, CSB II de Marovoay"],
contact=["Dr VELONJARA Fidèle", "Lot 12 Mahabibo, Mahajanga 401", "032 41 885 20", "fidele.velonjara@gmail.com",
         "4127"]),

# 035 Professeure de SVT, Port-Gentil (Gabon)
dict(text="""
Mariama NJOYA
Professeure de SVT (sciences de la vie et de la Terre)
Quartier Balise, BP 1085, Port-Gentil, Gabon
+241 074 33 60 18 - mariama.njoya@yahoo.fr

Informations personnelles
Nationalité camerounaise - carte de séjour gabonaise (biométrique) n° CS-PG-0412786 ; empreintes digitales relevées à la DGDI en 2021
Célibataire, mère d'une fille de 7 ans
Musulmane

Formation
DIPES II en sciences naturelles, École normale supérieure de Yaoundé, 2010
Maîtrise de biologie végétale, Université de Yaoundé I, 2008

Expérience
2014 - aujourd'hui : Professeure de SVT, Complexe scolaire privé laïc Les Flamboyants, Port-Gentil
   • Classes de 2nde à Terminale D ; taux de réussite au bac D de 78 % (2023)
   • Club environnement : reboisement de mangrove avec l'ANPN
   • Éducation à la santé : VIH, paludisme, santé sexuelle des adolescents
2010 - 2014 : Professeure de SVT, Lycée bilingue de Foumban (Cameroun)

Autres
Adhérente de la CONASYSED, déléguée des enseignants du privé laïc en 2022.
Casier judiciaire (Cameroun et Gabon) : néant.
""",
sensitive=[(E, "Nationalité camerounaise - carte de séjour gabonaise (biométrique)"),
           (G, "empreintes digitales relevées à la DGDI en 2021"),
           (F, "Célibataire, mère d'une fille de 7 ans"),
           (R, "Musulmane"),
           (U, "Adhérente de la CONASYSED, déléguée des enseignants du privé laïc en 2022"),
           (C, "Casier judiciaire (Cameroun et Gabon) : néant")],
keep=["Professeure de SVT", "DIPES II en sciences naturelles, École normale supérieure de Yaoundé",
      "Maîtrise de biologie végétale", "Complexe scolaire privé laïc Les Flamboyants",
      "taux de réussite au bac D de 78 %", "Club environnement : reboisement de mangrove avec l'ANPN",
      "Éducation à la santé : VIH, paludisme, santé sexuelle des adolescents", "Lycée bilingue de Foumban"],
contact=["Mariama NJOYA", "Quartier Balise, BP 1085, Port-Gentil, Gabon", "+241 074 33 60 18",
         "mariama.njoya@yahoo.fr", "CS-PG-0412786"]),

# 036 Conseillère d'orientation, Sept-Îles (Québec)
dict(text="""
Marie-Josée Bellefleur, c.o.
Conseillère d'orientation - membre de l'OCCOQ (permis 2479)
Sept-Îles (Québec) · 418 555-0146 · mj.bellefleur.co@gmail.com

PROFIL
Conseillère d'orientation depuis 12 ans au secondaire et en formation des adultes, avec une expertise en persévérance scolaire des élèves autochtones.

EXPÉRIENCE
2017 - ...   Conseillère d'orientation, Centre de services scolaire du Fer
  » Accompagnement de 450 élèves de 3e à 5e secondaire ; bilans d'intérêts et de personnalité
  » Programme de transition secondaire-cégep pour les élèves des communautés innues
  » Collaboration avec l'Institut Tshakapesh et le cégep
2012 - 2017   Conseillère en emploi, Carrefour jeunesse-emploi Duplessis

FORMATION
Maîtrise en sciences de l'orientation, Université Laval, 2012
Formation à l'évaluation du TDAH chez l'adulte (2020)

RENSEIGNEMENTS PERSONNELS
Innue de Uashat mak Mani-utenam, inscrite au registre des Indiens.
Un test d'ADN généalogique fait en 2021 m'a surtout confirmé ce que ma grand-mère racontait.
J'ai moi-même un TDAH, diagnostiqué à l'âge adulte, et je travaille avec un agenda très structuré.
Membre de la FSE-CSQ, déléguée d'établissement.
Je vis avec ma conjointe, Karine. Militante au Parti québécois, section Côte-Nord.
Vérification des antécédents judiciaires (2023) : aucun antécédent.
""",
sensitive=[(E, "Innue de Uashat mak Mani-utenam, inscrite au registre des Indiens"),
           (G, "Un test d'ADN généalogique fait en 2021 m'a surtout confirmé ce que ma grand-mère racontait"),
           (H, "J'ai moi-même un TDAH, diagnostiqué à l'âge adulte, et je travaille avec un agenda très structuré"),
           (U, "Membre de la FSE-CSQ, déléguée d'établissement"),
           (S, "ma conjointe, Karine"),
           (P, "Militante au Parti québécois, section Côte-Nord"),
           (C, "Vérification des antécédents judiciaires (2023) : aucun antécédent")],
keep=["Conseillère d'orientation, Centre de services scolaire du Fer",
      "Accompagnement de 450 élèves de 3e à 5e secondaire",
      "Programme de transition secondaire-cégep pour les élèves des communautés innues",
      "Collaboration avec l'Institut Tshakapesh", "Conseillère en emploi, Carrefour jeunesse-emploi Duplessis",
      "Maîtrise en sciences de l'orientation", "Formation à l'évaluation du TDAH chez l'adulte",
      "persévérance scolaire des élèves autochtones"],
contact=["Marie-Josée Bellefleur", "2479", "Sept-Îles (Québec)", "418 555-0146", "mj.bellefleur.co@gmail.com"]),

# 037 Sage-femme indépendante, Liège (Belgique)
dict(text="""
Élodie RENARD - Sage-femme indépendante
Rue Hors-Château 22, 4000 Liège · 0472 18 93 45 · elodie.renard.sf@gmail.com · INAMI 4-56789-12-606

Activités
Depuis 2015 : sage-femme indépendante (suivi de grossesse, préparation à la naissance, post-partum à domicile)
  - 180 suivis post-partum par an, dont une part importante de mères en situation de précarité orientées par l'ONE
  - Consultations prénatales à la Maison médicale du Laveu
  - Accompagnement des familles après une PMA ou un deuil périnatal
2010 - 2015 : sage-femme en salle de naissance, CHR de la Citadelle, Liège

Formation
Bachelier sage-femme, HELMo, 2010
Certificat en échographie obstétricale de base (2017)
Consultante en lactation IBCLC (2019)

Personnel
Mon fils est né en 2018 après une PMA avec ma compagne, Zoé, qui l'a porté. Un test génétique (2020) a montré que je suis porteuse du syndrome de Lynch, ce qui implique des coloscopies régulières. Membre d'Ecolo, je suis conseillère de l'action sociale (CPAS) pour ce parti. Laïque engagée, je suis bénévole au Centre d'Action Laïque de la province de Liège pour les parrainages laïques.
""",
sensitive=[(F, "Mon fils est né en 2018 après une PMA"),
           (S, "ma compagne, Zoé"),
           (G, "Un test génétique (2020) a montré que je suis porteuse du syndrome de Lynch"),
           (H, "ce qui implique des coloscopies régulières"),
           (P, "Membre d'Ecolo, je suis conseillère de l'action sociale (CPAS) pour ce parti"),
           (R, "Laïque engagée, je suis bénévole au Centre d'Action Laïque de la province de Liège pour les parrainages laïques")],
keep=["sage-femme indépendante", "180 suivis post-partum par an", "orientées par l'ONE",
      "Maison médicale du Laveu", "Accompagnement des familles après une PMA ou un deuil périnatal",
      "sage-femme en salle de naissance, CHR de la Citadelle", "Bachelier sage-femme, HELMo",
      "Certificat en échographie obstétricale de base", "Consultante en lactation IBCLC"],
contact=["Élodie RENARD", "Rue Hors-Château 22, 4000 Liège", "0472 18 93 45", "elodie.renard.sf@gmail.com",
         "4-56789-12-606"]),

# 038 Éducateur social ES, Sion (Suisse)
dict(text="""
Nicolas FOURNIER
Éducateur social ES - Valais
Rue du Scex 19, 1950 Sion · 079 245 61 38 · nicolas.fournier.es@netplus.ch

Profil
Éducateur social diplômé ES, 14 ans d'expérience auprès d'adolescents en foyer et d'adultes avec déficience intellectuelle. Âgé de 42 ans.

Expériences
2015 - aujourd'hui : Éducateur social, Institut Saint-Raphaël, Champlan
  - Référent de 5 adolescents placés par l'Office pour la protection de l'enfant (OPE) ou le Tribunal des mineurs
  - Ateliers de préparation à l'autonomie (logement, budget, apprentissage)
  - Camps de ski et de montagne
2010 - 2015 : Éducateur, FOVAHM, Saxon
  - Accompagnement d'adultes avec déficience intellectuelle en atelier protégé

Formation
Diplôme ES d'éducateur social, École supérieure en éducation sociale de Sion, 2010
Formation « Intervention en addictions » (GREA, 2018)

Ce que je souhaite dire
Je suis abstinent de l'alcool depuis 2013, après un sevrage et un suivi ambulatoire. En 2011, j'ai été condamné à une peine pécuniaire avec sursis pour conduite en état d'ébriété ; cette condamnation figure encore à mon extrait ordinaire mais pas à l'extrait spécial. Ancien délégué syndical Syna dans mon précédent emploi. Je vis avec mon compagnon, Fabrice, depuis 2016. Je suis membre des Vert'libéraux valaisans.
""",
sensitive=[(D, "Âgé de 42 ans"),
           (H, "Je suis abstinent de l'alcool depuis 2013, après un sevrage et un suivi ambulatoire"),
           (C, "En 2011, j'ai été condamné à une peine pécuniaire avec sursis pour conduite en état d'ébriété ; cette condamnation figure encore à mon extrait ordinaire mais pas à l'extrait spécial"),
           (U, "Ancien délégué syndical Syna dans mon précédent emploi"),
           (S, "Je vis avec mon compagnon, Fabrice"),
           (P, "Je suis membre des Vert'libéraux valaisans")],
keep=["Éducateur social, Institut Saint-Raphaël",
      "Référent de 5 adolescents placés par l'Office pour la protection de l'enfant (OPE) ou le Tribunal des mineurs",
      "Ateliers de préparation à l'autonomie", "Camps de ski et de montagne", "Éducateur, FOVAHM",
      "Accompagnement d'adultes avec déficience intellectuelle en atelier protégé",
      "Diplôme ES d'éducateur social", "Intervention en addictions"],
contact=["Nicolas FOURNIER", "Rue du Scex 19, 1950 Sion", "079 245 61 38", "nicolas.fournier.es@netplus.ch"]),

# 039 Professeure des écoles, Fort-de-France (Martinique, France)
dict(text="""
CV de l'enseignante - Lucie THÉODOSE
Professeure des écoles, académie de Martinique
Quartier Redoute, 97200 Fort-de-France · 0696 28 47 15 · lucie.theodose@ac-martinique.fr

Situation administrative : titulaire, 7e échelon, poste à titre définitif
Situation familiale : pacsée avec Julie (2019)

Parcours
Depuis 2018 : Enseignante en maternelle (grande section), École maternelle Morne Pichevin
  • Enseignement du créole (LVR) et projets « langues et cultures régionales »
  • Parcours d'éducation artistique autour du bèlè avec une association de quartier
  • Accueil d'élèves allophones venus d'Haïti et de Sainte-Lucie
2012 - 2018 : Brigade de remplacement, circonscription de Fort-de-France 2

Diplômes
CRPE, 2012 (option langue régionale créole)
Master MEEF 1er degré, ESPE de Martinique
Licence LLCER créole, Université des Antilles, 2010

Informations
Pratiquante bouddhiste (Soka Gakkai) depuis 2015.
Daltonienne (deutéranopie) : j'adapte mes supports de couleurs avec des symboles.
Syndiquée au SNUDI-FO 972, représentante au conseil syndical.
Inscrite au registre France Greffe de Moelle depuis 2016 (typage HLA réalisé lors d'un don du sang).
""",
sensitive=[(S, "pacsée avec Julie"),
           (R, "Pratiquante bouddhiste (Soka Gakkai) depuis 2015"),
           (H, "Daltonienne (deutéranopie) : j'adapte mes supports de couleurs avec des symboles"),
           (U, "Syndiquée au SNUDI-FO 972, représentante au conseil syndical"),
           (G, "Inscrite au registre France Greffe de Moelle depuis 2016 (typage HLA réalisé lors d'un don du sang)")],
keep=["Enseignante en maternelle (grande section), École maternelle Morne Pichevin",
      "Enseignement du créole (LVR)", "Parcours d'éducation artistique autour du bèlè",
      "Accueil d'élèves allophones venus d'Haïti et de Sainte-Lucie", "Brigade de remplacement",
      "CRPE, 2012 (option langue régionale créole)", "Master MEEF 1er degré, ESPE de Martinique",
      "Licence LLCER créole"],
contact=["Lucie THÉODOSE", "Quartier Redoute, 97200 Fort-de-France", "0696 28 47 15",
         "lucie.theodose@ac-martinique.fr"]),

# 040 Professeur d'histoire-géographie, lycée catholique sous contrat, Nantes (France) - âge seulement
dict(text="""
Bertrand LE GALL
Professeur certifié d'histoire-géographie (CAFEP-CAPES)
06 22 47 81 90 · b.legall.hg@orange.fr
Né en 1968

Vingt-huit ans d'enseignement dans l'enseignement catholique sous contrat, dont quinze comme coordinateur de discipline.

Expérience
Depuis 2002 - Professeur d'histoire-géographie et EMC, Lycée Saint-Stanislas, Nantes (établissement catholique sous contrat d'association)
  - Enseignement en seconde, première et terminale, spécialité HGGSP
  - Coordinateur du pôle histoire-géographie (9 enseignants)
  - Voyage de mémoire à Auschwitz-Birkenau et au Struthof avec la Fondation pour la Mémoire de la Shoah (2016, 2019, 2023)
  - Participation à la pastorale du lycée : organisation de la journée annuelle de solidarité avec le Secours catholique
1996 - 2002 - Professeur, Collège Saint-Joseph du Loquidy, Nantes

Formation
CAFEP-CAPES d'histoire-géographie, 1996
Maîtrise d'histoire contemporaine, Université de Nantes, 1994 - mémoire sur les syndicats de dockers de Saint-Nazaire (1900-1936)
Formateur académique EMC depuis 2015

Publications
« Enseigner la laïcité dans un lycée catholique », Cahiers pédagogiques (2022)

Centres d'intérêt : voile, archives locales, orgue.
""",
sensitive=[(D, "Né en 1968")],
keep=["Professeur certifié d'histoire-géographie (CAFEP-CAPES)", "Lycée Saint-Stanislas",
      "établissement catholique sous contrat d'association", "Coordinateur du pôle histoire-géographie",
      "Voyage de mémoire à Auschwitz-Birkenau et au Struthof avec la Fondation pour la Mémoire de la Shoah",
      "Participation à la pastorale du lycée", "Collège Saint-Joseph du Loquidy",
      "Maîtrise d'histoire contemporaine", "mémoire sur les syndicats de dockers de Saint-Nazaire (1900-1936)",
      "« Enseigner la laïcité dans un lycée catholique »", "Formateur académique EMC"],
contact=["Bertrand LE GALL", "06 22 47 81 90", "b.legall.hg@orange.fr"]),
]
