CVS = [
dict(n=1, text="""
CURRICULUM VITAE

Jean-Robert DORSAINVIL
Delmas 33, rue Charbonnière no 14, Port-au-Prince, Haïti
Tél. : (509) 3712-4480 — Courriel : jrdorsainvil.cpa@gmail.com

RENSEIGNEMENTS PERSONNELS
Date et lieu de naissance : 8 mai 1986 à Jacmel
Nationalité : haïtienne
État civil : marié, deux enfants
Religion : protestant (baptiste)
NIF : 004-418-227-3
Électrophorèse de l'hémoglobine : AS

OBJECTIF
Mettre mon expérience de la comptabilité des projets financés par les bailleurs au service d'une institution de santé ou d'éducation.

EXPÉRIENCE PROFESSIONNELLE
2017 – ce jour : Hôpital Albert Schweitzer, Deschapelles — Contrôleur financier
  • Suivi de 14 subventions (USAID, Fonds mondial) ; clôtures mensuelles sous QuickBooks et Sage.
  • Mise en place du contrôle des stocks de la pharmacie (2 400 références).
2012 – 2017 : Zanmi Lasante / Partners In Health, Mirebalais — Comptable senior
  • Rapports financiers trimestriels du programme VIH/tuberculose.
2009 – 2012 : Banque Nationale de Crédit — Caissier puis agent de crédit

FORMATION
Licence en sciences comptables, Université Quisqueya, 2009
Certificat en gestion financière des ONG, Mango (Royaume-Uni), 2015

LANGUES
Créole, français, anglais (courant), espagnol (notions)

RÉFÉRENCES
Dr Frantz Jean-Baptiste, directeur médical, Hôpital Albert Schweitzer — (509) 3700-1122
Pasteur Wilner Célestin, Église baptiste de Jacmel — (509) 3455-8890

Je certifie sur l'honneur l'exactitude des renseignements ci-dessus.
Port-au-Prince, le 12 février 2024
""",
sensitive=[("date_of_birth_age", "8 mai 1986"), ("ethnic_origin", "Nationalité : haïtienne"),
           ("family_status", "marié, deux enfants"), ("religious_belief", "Religion : protestant (baptiste)"),
           ("genetic_biometric", "Électrophorèse de l'hémoglobine : AS")],
keep=["Hôpital Albert Schweitzer, Deschapelles", "Contrôleur financier", "Suivi de 14 subventions (USAID, Fonds mondial)",
      "Zanmi Lasante / Partners In Health, Mirebalais", "Rapports financiers trimestriels du programme VIH/tuberculose",
      "Banque Nationale de Crédit", "Licence en sciences comptables, Université Quisqueya",
      "Certificat en gestion financière des ONG"],
contact=["Jean-Robert DORSAINVIL", "Delmas 33, rue Charbonnière no 14, Port-au-Prince, Haïti", "(509) 3712-4480",
         "jrdorsainvil.cpa@gmail.com", "004-418-227-3", "Dr Frantz Jean-Baptiste", "(509) 3700-1122",
         "Pasteur Wilner Célestin", "(509) 3455-8890"]),

dict(n=2, text="""
FICHE SIGNALÉTIQUE
Nom : RAKOTOMALALA
Prénoms : Hery Niaina
Né le : 23 janvier 1990 à Ambositra
Situation matrimoniale : célibataire
Originaire de : Fianarantsoa (Betsileo)
Confession : FJKM
Groupe sanguin : O+
Adresse : Lot II J 45 Bis, Ivandry, Antananarivo 101
Tél. : +261 34 11 524 87 — Mail : hery.rakotomalala@gmail.com

PROFIL
Ingénieur agronome, spécialiste riziculture et chaînes de valeur, 10 ans d'expérience dans les Hautes Terres et l'Alaotra.

PARCOURS
Depuis 2019 — FIFAMANOR, Antsirabe : chef de projet « semences améliorées »
  › Diffusion de 12 variétés de riz pluvial auprès de 9 000 ménages.
  › Partenariat avec la SALFA (service de santé de l'Église luthérienne) pour les jardins nutritionnels des centres de santé.
2014 – 2019 — Ministère de l'Agriculture, DRAE Alaotra-Mangoro : technicien supérieur
  › Suivi des périmètres irrigués du lac Alaotra.

DIPLÔMES
Ingénieur agronome, ESSA, Université d'Antananarivo, 2014
Master 2 Économie du développement, Université de Clermont Auvergne (à distance), 2020

ENGAGEMENTS
Membre actif du parti TIM (Tiako i Madagasikara), section Antsirabe I, depuis 2018.
Chef scout (Tily eto Madagasikara).

Langues : malagasy, français, anglais (B2).
""",
sensitive=[("date_of_birth_age", "Né le : 23 janvier 1990"), ("family_status", "Situation matrimoniale : célibataire"),
           ("ethnic_origin", "Originaire de : Fianarantsoa (Betsileo)"), ("religious_belief", "Confession : FJKM"),
           ("health", "Groupe sanguin : O+"),
           ("political_opinion", "Membre actif du parti TIM (Tiako i Madagasikara)")],
keep=["Ingénieur agronome", "FIFAMANOR, Antsirabe", "chef de projet « semences améliorées »",
      "Partenariat avec la SALFA (service de santé de l'Église luthérienne)",
      "DRAE Alaotra-Mangoro", "Ingénieur agronome, ESSA, Université d'Antananarivo",
      "Master 2 Économie du développement, Université de Clermont Auvergne",
      "Diffusion de 12 variétés de riz pluvial auprès de 9 000 ménages"],
contact=["RAKOTOMALALA", "Hery Niaina", "Lot II J 45 Bis, Ivandry, Antananarivo 101", "+261 34 11 524 87",
         "hery.rakotomalala@gmail.com"]),

dict(n=3, text="""
Kevin Lam Po Tang
Développeur full-stack — 9 ans d'expérience
Royal Road, Beau-Bassin, Maurice | +230 5 789 4412 | kevin.lpt@outlook.com | gitlab.com/klampotang

Je cherche un poste de lead développeur à Maurice ou à La Réunion, où mon compagnon, Stéphane, enseigne depuis 2022.

EXPÉRIENCES
Mauritius Union Assurance — Lead développeur, plateforme sinistres (2020 – aujourd'hui)
• Réécriture du portail de déclaration de sinistres (Angular, .NET 6) ; délai moyen de règlement réduit de 11 jours.
• Intégration de la signature électronique avec la MRA.
Ceridian Mauritius — Développeur .NET (2015 – 2020)
• Modules de paie multi-pays ; migration vers Azure.

FORMATION
BSc (Hons) Computer Science, University of Mauritius, 2015
Certification Microsoft Azure Developer Associate (AZ-204)

COMPÉTENCES
C#, .NET, Angular, PostgreSQL, Azure DevOps, Docker

AUTRES INFORMATIONS
Âge : 32 ans
Membre du comité de la Fédération des travailleurs unis (FTU) de 2017 à 2020, chez Ceridian.
Asthmatique (traitement de fond), sans incidence sur le travail.
Bénévole pour le Collectif Arc-en-Ciel lors de la marche des fiertés de Port-Louis.

Langues : créole mauricien, français, anglais, hakka (notions)
""",
sensitive=[("sexual_orientation", "mon compagnon, Stéphane,"), ("date_of_birth_age", "Âge : 32 ans"),
           ("trade_union", "Membre du comité de la Fédération des travailleurs unis (FTU) de 2017 à 2020"),
           ("health", "Asthmatique (traitement de fond)"),
           ("sexual_orientation", "Bénévole pour le Collectif Arc-en-Ciel lors de la marche des fiertés de Port-Louis.")],
keep=["Développeur full-stack", "Mauritius Union Assurance", "Lead développeur, plateforme sinistres",
      "Réécriture du portail de déclaration de sinistres", "Ceridian Mauritius", "Développeur .NET",
      "BSc (Hons) Computer Science, University of Mauritius", "C#, .NET, Angular, PostgreSQL, Azure DevOps, Docker"],
contact=["Kevin Lam Po Tang", "Royal Road, Beau-Bassin, Maurice", "+230 5 789 4412", "kevin.lpt@outlook.com",
         "gitlab.com/klampotang"]),

dict(n=4, text="""
Rita Khoury
Ingénieure civile — structures et réhabilitation
Achrafieh, rue Abdel Wahab el-Inglizi, immeuble Sursock, Beyrouth · +961 3 214 870 · rita.khoury.ing@gmail.com

Née le 17/03/1991 — nationalité libanaise — confession maronite

Expérience
Khatib & Alami, Beyrouth — Ingénieure structures senior (2018 – aujourd'hui)
  – Diagnostic et renforcement de 46 bâtiments patrimoniaux de Gemmayzé et Mar Mikhaël après l'explosion du 4 août 2020.
  – Reconstruction de l'aile pédiatrique de l'Hôtel-Dieu de France.
Dar Al-Handasah — Ingénieure junior (2014 – 2018)
  – Calculs sismiques (ETABS) pour deux tours à Doha.

Formation
Diplôme d'ingénieur civil, École supérieure d'ingénieurs de Beyrouth (ESIB), Université Saint-Joseph, 2014
Master en réhabilitation du patrimoine, Université libanaise, 2021

Membre de l'Ordre des ingénieurs et architectes de Beyrouth (n° 54 117)

Engagements
Candidate sur la liste Beirut Madinati aux municipales de 2016.
Bénévole à la Croix-Rouge libanaise (secourisme), 2010 – 2014.

Santé
Porteuse saine de la bêta-thalassémie (dépistage prénuptial, 2019).

Langues : arabe, français, anglais
""",
sensitive=[("date_of_birth_age", "Née le 17/03/1991"), ("ethnic_origin", "nationalité libanaise"),
           ("religious_belief", "confession maronite"),
           ("political_opinion", "Candidate sur la liste Beirut Madinati aux municipales de 2016."),
           ("genetic_biometric", "Porteuse saine de la bêta-thalassémie")],
keep=["Ingénieure civile — structures et réhabilitation", "Khatib & Alami, Beyrouth", "Ingénieure structures senior",
      "Reconstruction de l'aile pédiatrique de l'Hôtel-Dieu de France", "Dar Al-Handasah",
      "Diplôme d'ingénieur civil, École supérieure d'ingénieurs de Beyrouth (ESIB), Université Saint-Joseph",
      "Master en réhabilitation du patrimoine, Université libanaise",
      "Bénévole à la Croix-Rouge libanaise (secourisme)"],
contact=["Rita Khoury", "Achrafieh, rue Abdel Wahab el-Inglizi, immeuble Sursock, Beyrouth", "+961 3 214 870",
         "rita.khoury.ing@gmail.com", "n° 54 117"]),

dict(n=5, text="""
CURRICULUM VITAE

Docteur KABONGO MUTOMBO Patrick
Avenue de la Justice n° 112, Commune de la Gombe, Kinshasa — RD Congo
+243 81 555 20 14 | pkabongo.md@gmail.com

I. IDENTITÉ
Nom et post-nom : KABONGO MUTOMBO
Prénom : Patrick
Lieu et date de naissance : Mbuji-Mayi, le 2 juin 1984
Tribu : Luba (Kasaï-Oriental)
État civil : marié, père de quatre enfants
Religion : kimbanguiste
N° d'inscription à l'Ordre des médecins : CNOM 22.418

II. EXPÉRIENCES
2016 – à ce jour : Hôpital évangélique de Vanga (CBCO), Kwilu — Médecin directeur adjoint
   - Chirurgie générale et obstétrique ; 1 900 interventions par an.
   - Coordination de la riposte Ebola 2020 (zone de santé de Vanga).
2012 – 2016 : Cliniques universitaires de Kinshasa — Médecin résident, chirurgie

III. FORMATION
Docteur en médecine, Université de Kinshasa, 2011
Diplôme de spécialisation en chirurgie générale (COSECSA), 2018

IV. AUTRES
Membre du Syndicat national des médecins (SYNAMED), délégué de la province du Kwilu.
Langues : français, lingala, tshiluba, anglais

Fait à Kinshasa, le 4 mars 2024
""",
sensitive=[("date_of_birth_age", "le 2 juin 1984"), ("ethnic_origin", "Tribu : Luba (Kasaï-Oriental)"),
           ("family_status", "marié, père de quatre enfants"), ("religious_belief", "Religion : kimbanguiste"),
           ("trade_union", "Membre du Syndicat national des médecins (SYNAMED), délégué de la province du Kwilu.")],
keep=["Hôpital évangélique de Vanga (CBCO), Kwilu", "Médecin directeur adjoint",
      "Chirurgie générale et obstétrique", "Coordination de la riposte Ebola 2020",
      "Cliniques universitaires de Kinshasa", "Docteur en médecine, Université de Kinshasa",
      "Diplôme de spécialisation en chirurgie générale (COSECSA)"],
contact=["KABONGO MUTOMBO Patrick", "Avenue de la Justice n° 112, Commune de la Gombe, Kinshasa — RD Congo",
         "+243 81 555 20 14", "pkabongo.md@gmail.com", "KABONGO MUTOMBO", "CNOM 22.418"]),

dict(n=6, text="""
Aurélie NZE MBA
Chargée d'affaires entreprises
Quartier Louis, Libreville, Gabon  ·  +241 77 41 08 22  ·  aurelie.nzemba@yahoo.fr

38 ans. Mariée coutumièrement, trois enfants.

PARCOURS BANCAIRE
BGFIBank Gabon — Chargée d'affaires PME/PMI (2016 – aujourd'hui)
   ▹ Portefeuille de 120 entreprises, encours de 34 milliards FCFA ; taux de créances douteuses de 3,1 %.
   ▹ Montage des crédits pour deux cliniques privées et l'extension de l'Hôpital Albert Schweitzer de Lambaréné.
Ecobank Gabon — Analyste crédit (2011 – 2016)

FORMATION
Master Banque-Finance, Université Omar Bongo, 2010
Certificat Compliance LAB-FT, COBAC, 2019

SANTÉ
Drépanocytaire SS, suivie au CHU de Libreville ; hospitalisée une fois en 2021 pour une crise, sinon aucune absence.

ENGAGEMENT
Trésorière de la section Akanda de l'Union des femmes du PDG.

Langues : français, fang, anglais (B1)
""",
sensitive=[("date_of_birth_age", "38 ans."), ("family_status", "Mariée coutumièrement, trois enfants."),
           ("genetic_biometric", "Drépanocytaire SS"),
           ("health", "hospitalisée une fois en 2021 pour une crise"),
           ("political_opinion", "Trésorière de la section Akanda de l'Union des femmes du PDG.")],
keep=["Chargée d'affaires entreprises", "BGFIBank Gabon", "Chargée d'affaires PME/PMI",
      "Montage des crédits pour deux cliniques privées et l'extension de l'Hôpital Albert Schweitzer de Lambaréné",
      "Ecobank Gabon", "Analyste crédit", "Master Banque-Finance, Université Omar Bongo",
      "Certificat Compliance LAB-FT, COBAC"],
contact=["Aurélie NZE MBA", "Quartier Louis, Libreville, Gabon", "+241 77 41 08 22", "aurelie.nzemba@yahoo.fr"]),

dict(n=7, text="""
CURRICULUM VITAE — Mamadou SYLLA

Ingénieur télécoms et réseaux (8 ans)
Hamdallaye ACI 2000, rue 402, porte 18, Bamako, Mali | +223 76 45 12 90 | mamadou.sylla.tel@gmail.com

ÉTAT CIVIL
Date de naissance : 14/10/1988, Kayes
Ethnie : Soninké
Religion : musulman
Situation : célibataire

EXPÉRIENCE PROFESSIONNELLE
Sotelma-Malitel — Ingénieur radio, direction technique (2018 – à ce jour)
   • Déploiement de 210 sites 4G dans les régions de Kayes, Koulikoro et Sikasso.
   • Audit qualité de service pour l'AMRTP.
Banque Islamique du Mali (BIM-SA) — Technicien réseaux (2015 – 2018)
   • Interconnexion VPN de 28 agences ; mise en place de la supervision Zabbix.

FORMATION
Master Télécommunications, École supérieure multinationale des télécommunications (ESMT), Dakar, 2015
Licence Électronique, ENI-ABT Bamako, 2012
CCNP Enterprise (Cisco), 2021

ACTIVITÉS SYNDICALES
Secrétaire à l'organisation du comité SYNTEL (UNTM) de la Sotelma depuis 2020.

INFORMATION
Condamné en 2016 à six mois d'emprisonnement avec sursis pour coups et blessures (bagarre lors d'un match) ; aucune autre mention au casier.

Langues : soninké, bambara, français, anglais technique.
""",
sensitive=[("date_of_birth_age", "Date de naissance : 14/10/1988"), ("ethnic_origin", "Ethnie : Soninké"),
           ("religious_belief", "Religion : musulman"), ("family_status", "Situation : célibataire"),
           ("trade_union", "Secrétaire à l'organisation du comité SYNTEL (UNTM) de la Sotelma depuis 2020."),
           ("criminal_record", "Condamné en 2016 à six mois d'emprisonnement avec sursis pour coups et blessures")],
keep=["Ingénieur télécoms et réseaux", "Sotelma-Malitel", "Ingénieur radio, direction technique",
      "Déploiement de 210 sites 4G", "Banque Islamique du Mali (BIM-SA)", "Technicien réseaux",
      "Master Télécommunications, École supérieure multinationale des télécommunications (ESMT), Dakar",
      "CCNP Enterprise (Cisco)"],
contact=["Mamadou SYLLA", "Hamdallaye ACI 2000, rue 402, porte 18, Bamako, Mali", "+223 76 45 12 90",
         "mamadou.sylla.tel@gmail.com"]),

dict(n=8, text="""
Fatoumata Binta DIALLO
Journaliste — politique et droits humains
Ratoma, Kipé, Conakry, Guinée / +224 622 40 18 75 / fbdiallo.journaliste@gmail.com

Quinze ans de reportage radio et presse écrite en Guinée, dont dix à couvrir les élections et les manifestations.

EXPÉRIENCE
Horoya (quotidien public), Conakry — Reporter puis cheffe de la rubrique politique, 2009 – 2016
  » Couverture des présidentielles de 2010 et 2015 et des législatives de 2013.
Espace FM — Rédactrice en chef adjointe, 2016 – 2023
  » Émission hebdomadaire « Les Grandes Gueules » ; enquêtes sur les détentions provisoires à la Maison centrale.
Reporters sans frontières — Correspondante Afrique de l'Ouest (pige), depuis 2023

FORMATION
Licence en journalisme, Institut supérieur de l'information et de la communication (ISIC) de Kountia, 2008

CE QUE JE DOIS PRÉCISER
Je suis Peule du Fouta et membre de l'UFDG depuis 2012.
J'ai été arrêtée en juillet 2020 et détenue trois semaines à la Maison centrale de Conakry pour « participation délictueuse à un attroupement », puis relaxée.
Mariée, mère de deux filles.

RÉFÉRENCES
M. Lamine Guirassy, fondateur du groupe Hadafo Médias — +224 664 20 00 11
Me Hamidou Barry, avocat au barreau de Guinée — +224 655 33 21 09
""",
sensitive=[("ethnic_origin", "Je suis Peule du Fouta"), ("political_opinion", "membre de l'UFDG depuis 2012"),
           ("criminal_record", "J'ai été arrêtée en juillet 2020 et détenue trois semaines à la Maison centrale de Conakry pour « participation délictueuse à un attroupement »"),
           ("family_status", "Mariée, mère de deux filles.")],
keep=["Journaliste — politique et droits humains", "Horoya (quotidien public), Conakry",
      "cheffe de la rubrique politique", "Couverture des présidentielles de 2010 et 2015",
      "enquêtes sur les détentions provisoires à la Maison centrale", "Rédactrice en chef adjointe",
      "Reporters sans frontières", "Licence en journalisme, Institut supérieur de l'information et de la communication (ISIC) de Kountia"],
contact=["Fatoumata Binta DIALLO", "Ratoma, Kipé, Conakry, Guinée", "+224 622 40 18 75", "fbdiallo.journaliste@gmail.com",
         "M. Lamine Guirassy", "+224 664 20 00 11", "Me Hamidou Barry", "+224 655 33 21 09"]),

dict(n=9, text="""
Amina BENSALEM
Pharmacienne hospitalière
Cité 1 000 logements, bât. C, Bab Ezzouar, Alger · 0550 47 18 32 · amina.bensalem.pharma@gmail.com

[Photo d'identité : je porte le foulard]

Informations personnelles
Date de naissance : 29 août 1989
Situation familiale : mariée, deux enfants

Expérience
CHU Mustapha Pacha, Alger — Pharmacienne assistante, service de pharmacie centrale (2017 – aujourd'hui)
  ■ Gestion des anticancéreux injectables (unité de reconstitution centralisée, 60 préparations/jour).
  ■ Pharmacovigilance : 140 déclarations transmises au CNPM en 2023.
Saidal (groupe pharmaceutique public), Médéa — Pharmacienne contrôle qualité (2014 – 2017)
Al Salam Bank Algeria — Consultante ponctuelle, évaluation des dossiers de financement d'officines (2019)

Formation
Doctorat en pharmacie, Université d'Alger 1, 2013
DEMS de pharmacie hospitalière (résidanat), 2017

Vie syndicale
Membre du bureau de wilaya du SNPSP (Syndicat national des praticiens de la santé publique) depuis 2021.

Divers
Je suis pratiquante et je demande un aménagement de l'horaire pendant le Ramadan si possible.
Migraines chroniques suivies en neurologie ; aucune absence prolongée.

Langues : arabe, tamazight, français, anglais
""",
sensitive=[("religious_belief", "je porte le foulard"), ("date_of_birth_age", "Date de naissance : 29 août 1989"),
           ("family_status", "mariée, deux enfants"),
           ("trade_union", "Membre du bureau de wilaya du SNPSP (Syndicat national des praticiens de la santé publique) depuis 2021."),
           ("religious_belief", "Je suis pratiquante et je demande un aménagement de l'horaire pendant le Ramadan"),
           ("health", "Migraines chroniques suivies en neurologie")],
keep=["Pharmacienne hospitalière", "CHU Mustapha Pacha, Alger", "Pharmacienne assistante, service de pharmacie centrale",
      "Gestion des anticancéreux injectables", "Saidal (groupe pharmaceutique public), Médéa",
      "Al Salam Bank Algeria", "Doctorat en pharmacie, Université d'Alger 1",
      "DEMS de pharmacie hospitalière (résidanat)"],
contact=["Amina BENSALEM", "Cité 1 000 logements, bât. C, Bab Ezzouar, Alger", "0550 47 18 32",
         "amina.bensalem.pharma@gmail.com"]),

dict(n=10, text="""
Tiago PEREIRA DOS SANTOS
Consultant senior en conformité réglementaire (banque privée)
12, rue de la Libération, L-4210 Esch-sur-Alzette · +352 621 447 093 · tiago.pds@pt.lu

Profil
Onze ans à Luxembourg en conformité, LBC/FT et gouvernance des fonds. Luxembourgeois naturalisé en 2019 ; né au Portugal, arrivé à Esch à l'âge de neuf ans avec mes parents.

Expérience
Banque Internationale à Luxembourg (BIL) — Senior Compliance Officer, 2018 – aujourd'hui
   · Revue KYC des clients fortunés ; remédiation suite à l'inspection CSSF de 2021.
   · Formation annuelle LBC/FT de 450 collaborateurs.
Deloitte Luxembourg — Consultant puis Senior, Regulatory Consulting, 2013 – 2018
   · Missions pour Caritas Luxembourg (gouvernance) et pour le LCGB (révision des statuts de la mutuelle).

Formation
Master en droit bancaire et financier, Université du Luxembourg, 2013
Certification ACAMS (CAMS), 2016

Langues
Luxembourgeois, français, allemand, portugais, anglais

Engagements personnels
Membre de l'OGBL, section banques et assurances.
Membre de déi gréng et conseiller communal à Esch-sur-Alzette depuis 2023.
Mon mari, Paul, et moi vivons à Esch ; je ne souhaite pas de déménagement.
""",
sensitive=[("ethnic_origin", "Luxembourgeois naturalisé en 2019 ; né au Portugal, arrivé à Esch à l'âge de neuf ans avec mes parents"),
           ("trade_union", "Membre de l'OGBL, section banques et assurances."),
           ("political_opinion", "Membre de déi gréng et conseiller communal à Esch-sur-Alzette depuis 2023."),
           ("sexual_orientation", "Mon mari, Paul, et moi")],
keep=["Consultant senior en conformité réglementaire (banque privée)", "Banque Internationale à Luxembourg (BIL)",
      "Senior Compliance Officer", "Revue KYC des clients fortunés", "Deloitte Luxembourg",
      "Missions pour Caritas Luxembourg (gouvernance) et pour le LCGB (révision des statuts de la mutuelle)",
      "Master en droit bancaire et financier, Université du Luxembourg", "Certification ACAMS (CAMS)"],
contact=["Tiago PEREIRA DOS SANTOS", "12, rue de la Libération, L-4210 Esch-sur-Alzette", "+352 621 447 093",
         "tiago.pds@pt.lu"]),
]
