# CV français 001-010, tels qu'extraits de fichiers PDF / Word. Écrits à la main.
CVS = []

# 001 France (Lyon) - modèle Canva à deux colonnes fusionnées ligne à ligne, pied de page
CVS.append(dict(
text="""CAMILLE ROUSSEL
COMPTABLE CONFIRMÉE

INFOS                       PROFIL
06 71 44 28 19              Comptable générale depuis onze ans, à l'aise
c.roussel69@gmail.com       du rapprochement bancaire à la liasse fiscale.
Villeurbanne (69100)        Je cherche un poste de responsable comptable
                            dans une PME ou une association.
Née le
03/09/1986                  EXPÉRIENCES PROFESSIONNELLES
                            Comptable unique — Groupe SEB (filiale Rhône),
Mariée, deux                Écully                            2018 – auj.
enfants (4 et 7 ans)         Clôtures mensuelles, liasse fiscale, IS
                             Mise en place de la dématérialisation des
Permis B                      factures (Yooz)
                            Aide-comptable — Cabinet Fiducial, Lyon 3e
LOGICIELS                                                     2013 – 2018
Sage 100, Cegid,             Tenue de 45 dossiers TPE et associations
Excel (TCD), Yooz            Audit des comptes d'une association cultuelle
                              (loi de 1905) et d'un syndicat local

                            FORMATION
                            DCG – Diplôme de comptabilité et de gestion (2013)
                            BTS Comptabilité et gestion, Lycée La Martinière
CENTRES D'INTÉRÊT
Course à pied, chorale
de la paroisse Saint-
Pothin (soprano)

Page 1/1 — Camille Roussel — c.roussel69@gmail.com""",
sens=[("D", "03/09/1986"), ("F", "Mariée, deux"), ("F", "enfants (4 et 7 ans)"),
      ("R", "chorale\nde la paroisse Saint-\nPothin")],
keep=["COMPTABLE CONFIRMÉE", "Comptable unique — Groupe SEB (filiale Rhône),", "Clôtures mensuelles, liasse fiscale, IS",
      "Aide-comptable — Cabinet Fiducial, Lyon 3e", "Tenue de 45 dossiers TPE et associations",
      "Audit des comptes d'une association cultuelle", "DCG – Diplôme de comptabilité et de gestion (2013)",
      "Sage 100, Cegid,"],
contact=["CAMILLE ROUSSEL", "Camille Roussel", "06 71 44 28 19", "c.roussel69@gmail.com", "Villeurbanne (69100)"],
))

# 002 France (Lille) - Word justifié, mots coupés en fin de ligne, puces ●
CVS.append(dict(
text="""Maxime DELACROIX — Infirmier diplômé d'État
12 rue Solférino, 59000 Lille · 07 62 18 90 33 · maxime.delacroix.ide@laposte.net
RPPS 10101845217

PROFIL
Infirmier de 36 ans, dix ans de réanimation et de soins continus au CHU. Diabé-
tique de type 1 depuis l'enfance, je connais la pompe à insuline des deux côtés du
lit, ce qui aide beaucoup en éducation thérapeutique.

EXPÉRIENCE
CHU de Lille — Hôpital Roger Salengro, réanimation neurochirurgicale   2016 – auj.
● Prise en charge de 12 lits, patients ventilés, ECMO
● Tuteur des étudiants IFSI (3e année)
● Délégué syndical SUD Santé Sociaux au CHU depuis 2020 (mandat sur 20 % de mon temps)
Clinique de la Louvière, Lille — Infirmier en soins continus   2013 – 2016
● Post-opératoire de chirurgie digestive et bariatrique

FORMATION
Diplôme d'État d'infirmier, IFSI du CHU de Lille, 2013
DU Éducation thérapeutique du patient, Université de Lille, 2019
AFGSU niveau 2 (recyclage 2023)

DIVERS
Pacsé avec Thomas depuis 2018 ; nous cherchons à nous rapprocher de la métropole
rouennaise pour sa mutation. Bénévole à la Croix-Rouge (maraudes).

Page 1/1""",
sens=[("D", "Infirmier de 36 ans"), ("H", "Diabé-\ntique de type 1 depuis l'enfance"),
      ("U", "Délégué syndical SUD Santé Sociaux au CHU depuis 2020"), ("O", "Pacsé avec Thomas")],
keep=["Infirmier diplômé d'État", "CHU de Lille — Hôpital Roger Salengro, réanimation neurochirurgicale",
      "Prise en charge de 12 lits, patients ventilés, ECMO", "Tuteur des étudiants IFSI (3e année)",
      "Clinique de la Louvière, Lille — Infirmier en soins continus", "Diplôme d'État d'infirmier, IFSI du CHU de Lille",
      "DU Éducation thérapeutique du patient, Université de Lille", "AFGSU niveau 2 (recyclage 2023)"],
contact=["Maxime DELACROIX", "12 rue Solférino, 59000 Lille", "07 62 18 90 33", "maxime.delacroix.ide@laposte.net",
         "RPPS 10101845217"],
))

# 003 France (Toulouse) - export d'un ATS (questions de présélection puis CV analysé)
CVS.append(dict(
text="""TALENTSOFT — Dossier candidat (export PDF)
Offre : Ingénieur(e) méthodes aéronautique H/F — Réf. 2024-0517 — Blagnac
Candidat : Yacine BENALI
E-mail : yacine.benali.meth@gmail.com     Téléphone : 06 58 31 72 40
Adresse : 8 allée des Demoiselles, 31400 Toulouse
Source : Indeed

Questions de présélection
Êtes-vous autorisé(e) à travailler en France ? Oui — nationalité algérienne, titre
de séjour « salarié » valable jusqu'en 2026
Êtes-vous bénéficiaire de l'obligation d'emploi (RQTH) ? Oui (surdité partielle,
appareillé des deux oreilles)
Prétentions salariales : 48 k€
Disponibilité : préavis de 2 mois

CV (texte extrait)
YACINE BENALI — INGÉNIEUR MÉTHODES
EXPÉRIENCE
Ingénieur méthodes — Latécoère, Toulouse — 2020 à aujourd'hui
- Gammes de fabrication des portes passagers A320neo (CATIA V5, DELMIA)
- Chantier Lean : -18 % d'encours sur la ligne de sous-ensembles
Technicien méthodes — Airbus Atlantic (ex-Stelia), Méaulte — 2016 à 2020
- Industrialisation de tronçons de fuselage A350

FORMATION
Diplôme d'ingénieur en génie mécanique, INSA Toulouse (2016)
Licence de génie mécanique, USTHB Alger (2013)

COMPÉTENCES
CATIA V5, DELMIA, SAP PP, Lean Six Sigma (ceinture verte), AMDEC""",
sens=[("E", "nationalité algérienne, titre\nde séjour « salarié »"),
      ("H", "Oui (surdité partielle,\nappareillé des deux oreilles)")],
keep=["Ingénieur(e) méthodes aéronautique H/F", "Ingénieur méthodes — Latécoère, Toulouse",
      "Gammes de fabrication des portes passagers A320neo (CATIA V5, DELMIA)",
      "Technicien méthodes — Airbus Atlantic (ex-Stelia), Méaulte", "Industrialisation de tronçons de fuselage A350",
      "Diplôme d'ingénieur en génie mécanique, INSA Toulouse", "Lean Six Sigma (ceinture verte)"],
contact=["Yacine BENALI", "YACINE BENALI", "yacine.benali.meth@gmail.com", "06 58 31 72 40",
         "8 allée des Demoiselles, 31400 Toulouse"],
))

# 004 Belgique (Liège) - Europass ancien modèle, libellés et valeurs séparés par des tabulations
CVS.append(dict(
text="""Europass
Curriculum Vitae

Informations personnelles
Nom(s) / Prénom(s)	Mukendi Grâce
Adresse(s)	Rue Saint-Léonard 214, 4000 Liège, Belgique
Téléphone(s)	+32 4 227 18 90	Portable :	+32 478 55 12 09
Courrier électronique	grace.mukendi@skynet.be
Nationalité	Belge et congolaise (RDC)
Date de naissance	22/11/1984
Sexe	Féminin

Emploi recherché / Domaine de compétence	Gestionnaire de paie

Expérience professionnelle
Dates	Depuis 03/2015
Fonction ou poste occupé	Gestionnaire de paie (450 dossiers)
Principales activités et responsabilités	Calcul des salaires, DmfA, DIMONA, primes
syndicales et jours de grève ; déléguée FGTB au conseil d'entreprise depuis 2020
Nom et adresse de l'employeur	Partena Professional, Liège
Type ou secteur d'activité	Secrétariat social

Page 1 / 2 - Curriculum vitae de
Mukendi Grâce
Pour plus d'informations sur Europass: http://europass.cedefop.europa.eu
© Union européenne, 2002-2010 24082010

Éducation et formation
Dates	2003 - 2006
Intitulé du certificat ou diplôme délivré	Bachelier en comptabilité, option fiscalité
Nom et type de l'établissement	Haute École de la Province de Liège

Aptitudes et compétences personnelles
Langue(s) maternelle(s)	Français, lingala
Compétences informatiques	SD Worx, Partena Payroll, Excel avancé

Information complémentaire	Militante au PTB, section Liège-Centre ; maman
de deux enfants.

Page 2 / 2 - Curriculum vitae de
Mukendi Grâce""",
sens=[("E", "Nationalité	Belge et congolaise (RDC)"), ("D", "Date de naissance	22/11/1984"),
      ("U", "déléguée FGTB au conseil d'entreprise depuis 2020"), ("P", "Militante au PTB"),
      ("F", "maman\nde deux enfants")],
keep=["Gestionnaire de paie", "Gestionnaire de paie (450 dossiers)", "Calcul des salaires, DmfA, DIMONA, primes",
      "Partena Professional, Liège", "Secrétariat social", "Bachelier en comptabilité, option fiscalité",
      "Haute École de la Province de Liège", "SD Worx, Partena Payroll, Excel avancé"],
contact=["Mukendi Grâce", "Rue Saint-Léonard 214, 4000 Liège, Belgique", "+32 4 227 18 90", "+32 478 55 12 09",
         "grace.mukendi@skynet.be"],
))

# 005 Suisse (Genève) - CV suisse classique, tableau des données personnelles aplati
CVS.append(dict(
text="""CURRICULUM VITAE

João Manuel FERREIRA DA SILVA
Chemin des Palettes 31, 1212 Grand-Lancy
079 418 63 02 — joao.ferreira.silva@bluewin.ch

DONNÉES PERSONNELLES
Date de naissance	14.05.1979	État civil	Marié, 3 enfants
Nationalité	Portugaise	Permis	C
Confession	Catholique romaine

OBJECTIF
Chef d'équipe en second œuvre (plâtrerie-peinture) dans une entreprise genevoise.

EXPÉRIENCE PROFESSIONNELLE
2014 – aujourd'hui	Chef d'équipe plâtrier-peintre, Induni & Cie SA, Petit-Lancy
	– Équipe de 6 à 10 personnes, chantiers de logements (jusqu'à 120 appartements)
	– Métrés, commandes, suivi qualité selon les normes SIA 242
	– Membre du comité de la section genevoise d'Unia (bâtiment) depuis 2017
2006 – 2014	Plâtrier-peintre, Zschokke Entreprise Générale, Genève
1997 – 2005	Pintor de construção civil, Mota-Engil, Porto (Portugal)

FORMATION
2011	CFC de plâtrier-constructeur à sec (validation des acquis), Genève
2019	Brevet fédéral de chef de chantier plâtrerie (SMGV)

LANGUES
Portugais (langue maternelle), français (C1), espagnol (B1)

DIVERS
Hernie discale opérée en 2021, reprise à 100 % sans restriction médicale.

Grand-Lancy, mars 2024""",
sens=[("D", "Date de naissance	14.05.1979"), ("F", "État civil	Marié, 3 enfants"), ("E", "Nationalité	Portugaise"),
      ("E", "Permis	C"), ("R", "Confession	Catholique romaine"),
      ("U", "Membre du comité de la section genevoise d'Unia (bâtiment)"), ("H", "Hernie discale opérée en 2021")],
keep=["Chef d'équipe plâtrier-peintre, Induni & Cie SA", "Métrés, commandes, suivi qualité selon les normes SIA 242",
      "Plâtrier-peintre, Zschokke Entreprise Générale", "Mota-Engil",
      "CFC de plâtrier-constructeur à sec (validation des acquis)", "Brevet fédéral de chef de chantier plâtrerie (SMGV)",
      "Équipe de 6 à 10 personnes"],
contact=["João Manuel FERREIRA DA SILVA", "Chemin des Palettes 31, 1212 Grand-Lancy", "079 418 63 02",
         "joao.ferreira.silva@bluewin.ch"],
))

# 006 Québec (Québec) - fichier Word, puces Wingdings devenues 
CVS.append(dict(
text="""ANNE-SOPHIE GROS-LOUIS, inf. clin.
Wendake (Québec) G0A 4V0 | 418 555-0167 | as.groslouis@videotron.ca

PROFIL
Infirmière clinicienne en santé communautaire depuis neuf ans. Membre de la Nation
huronne-wendat, j'ai grandi à Wendake et je travaille en français et en anglais.

EXPÉRIENCE
CIUSSS de la Capitale-Nationale — Infirmière clinicienne, soins à domicile   2017 – ...
 Suivi de 35 usagers en soins palliatifs et plaies complexes
 Projet de sécurisation culturelle des soins pour les usagers autochtones
 Représentante locale de la FIQ pour l'équipe de soutien à domicile depuis 2021
Centre de santé de Wendake — Infirmière   2015 – 2017
 Vaccination, suivi prénatal et périnatal

FORMATION
Baccalauréat en sciences infirmières, Université Laval (2015)
Microprogramme en soins de plaies, UQTR (2019)

PERSONNEL
Mère de deux garçons. Ma conjointe, Marie-Ève, est enseignante à Loretteville.
Membre de l'OIIQ no 2015-04417.""",
sens=[("E", "Membre de la Nation\nhuronne-wendat"), ("U", "Représentante locale de la FIQ pour l'équipe de soutien à domicile"),
      ("F", "Mère de deux garçons"), ("O", "Ma conjointe, Marie-Ève")],
keep=["Infirmière clinicienne", "CIUSSS de la Capitale-Nationale", "Suivi de 35 usagers en soins palliatifs et plaies complexes",
      "Projet de sécurisation culturelle des soins pour les usagers autochtones", "Centre de santé de Wendake — Infirmière",
      "Baccalauréat en sciences infirmières, Université Laval", "Microprogramme en soins de plaies, UQTR"],
contact=["ANNE-SOPHIE GROS-LOUIS", "Wendake (Québec) G0A 4V0", "418 555-0167", "as.groslouis@videotron.ca",
         "Membre de l'OIIQ no 2015-04417"],
))

# 007 Maroc (Casablanca) - CV Word de deux pages, « Page 1/2 », état civil en tête
CVS.append(dict(
text="""CURRICULUM VITAE
EL AMRANI Youssef
Né le 12/04/1990 à Fès
Situation familiale : Marié, un enfant
CIN : CD 418772
Adresse : Résidence Al Amal, Imm. 7, Apt 12, Hay Hassani, Casablanca
GSM : +212 6 61 34 90 25 — E-mail : y.elamrani.audit@gmail.com

PROFIL
Auditeur interne (8 ans) dans la banque de détail et la banque participative.

EXPÉRIENCES PROFESSIONNELLES
Depuis 2019 : Auditeur interne senior — Attijariwafa bank, Casablanca
   - Missions d'audit du réseau (120 agences) et des filiales de financement
   - Audit de conformité charia des produits Mourabaha de la filiale participative
     Bank Assafa, avec le comité charia
   - Membre du bureau syndical UMT de la direction de l'audit depuis 2022
2016 - 2019 : Auditeur junior — Mazars Audit et Conseil, Casablanca

                                                                      Page 1/2
FORMATION
2016 : Master Audit et Contrôle de Gestion — ENCG Settat
2014 : Licence en Sciences Économiques — Université Sidi Mohamed Ben Abdellah, Fès
Certifications : CIA (Certified Internal Auditor), 2021

LANGUES
Arabe, amazigh (tarifit), français, anglais

CENTRES D'INTÉRÊT
Football, lecture. Congé sans solde en 2019 pour accomplir le pèlerinage à La
Mecque avec mes parents.
                                                                      Page 2/2""",
sens=[("D", "Né le 12/04/1990"), ("F", "Situation familiale : Marié, un enfant"),
      ("U", "Membre du bureau syndical UMT de la direction de l'audit"),
      ("R", "accomplir le pèlerinage à La\nMecque")],
keep=["Auditeur interne senior — Attijariwafa bank", "Missions d'audit du réseau (120 agences)",
      "Audit de conformité charia des produits Mourabaha de la filiale participative",
      "Auditeur junior — Mazars Audit et Conseil", "Master Audit et Contrôle de Gestion — ENCG Settat",
      "CIA (Certified Internal Auditor)", "Licence en Sciences Économiques"],
contact=["EL AMRANI Youssef", "CIN : CD 418772", "Résidence Al Amal, Imm. 7, Apt 12, Hay Hassani, Casablanca",
         "+212 6 61 34 90 25", "y.elamrani.audit@gmail.com"],
))

# 008 Côte d'Ivoire (Abidjan) - CV Word, rubriques en capitales, tableau d'état civil aplati
CVS.append(dict(
text="""KOUADIO AMENAN ESTELLE épouse GNAHORÉ
Contrôleuse de gestion
Cocody Angré 8e tranche, Abidjan — 07 07 48 21 96 / 01 02 33 71 80
estelle.kouadio.cg@yahoo.fr

ÉTAT CIVIL
Date et lieu de naissance :	17 août 1987 à Bouaké
Nationalité :	Ivoirienne
Ethnie :	Baoulé
Situation matrimoniale :	Mariée, trois enfants
Religion :	Chrétienne évangélique (Église des Assemblées de Dieu)
Électrophorèse de l'hémoglobine :	AS

EXPÉRIENCE PROFESSIONNELLE
Depuis 2018	SIFCA (Groupe agro-industriel), Abidjan-Plateau — Contrôleuse de gestion
	• Budget et reporting mensuel de 4 filiales (hévéa, palmier)
	• Tableaux de bord Power BI pour la direction générale
2012 – 2018	PwC Côte d'Ivoire — Auditrice, puis senior
	• Audit légal de banques et de sociétés d'État

FORMATION
2012	Master CCA, Université Félix Houphouët-Boigny, Cocody
2019	DESCOGEF (en cours, 3 UV sur 5)

ENGAGEMENTS
Secrétaire de la section PPA-CI de Cocody-Angré depuis 2022.

RÉFÉRENCES
M. Serge Yao, Directeur financier, SIFCA — 27 20 21 47 00""",
sens=[("D", "17 août 1987"), ("E", "Ethnie :	Baoulé"), ("F", "Situation matrimoniale :	Mariée, trois enfants"),
      ("R", "Religion :	Chrétienne évangélique (Église des Assemblées de Dieu)"),
      ("G", "Électrophorèse de l'hémoglobine :	AS"), ("P", "Secrétaire de la section PPA-CI de Cocody-Angré")],
keep=["Contrôleuse de gestion", "SIFCA (Groupe agro-industriel)", "Budget et reporting mensuel de 4 filiales (hévéa, palmier)",
      "Tableaux de bord Power BI pour la direction générale", "PwC Côte d'Ivoire — Auditrice, puis senior",
      "Audit légal de banques et de sociétés d'État", "Master CCA, Université Félix Houphouët-Boigny"],
contact=["KOUADIO AMENAN ESTELLE épouse GNAHORÉ", "Cocody Angré 8e tranche, Abidjan", "07 07 48 21 96", "01 02 33 71 80",
         "estelle.kouadio.cg@yahoo.fr", "M. Serge Yao", "27 20 21 47 00"],
))

# 009 France (Paris) - aucune mention sensible ; export Welcome to the Jungle puis CV analysé
CVS.append(dict(
text="""Welcome to the Jungle — Candidature
Poste : Product Owner Paiements (CDI) — Paris 9e
Candidate : Léa Marchetti
Email : lea.marchetti.po@gmail.com   Téléphone : 06 22 80 47 15
Lien LinkedIn : linkedin.com/in/leamarchetti
Message au recruteur : « Votre projet de paiement fractionné m'intéresse
beaucoup, je l'ai construit deux fois déjà. »

--- CV (extraction automatique) ---
LÉA MARCHETTI
PRODUCT OWNER — PAIEMENTS & FINTECH

EXPÉRIENCES
Product Owner, Alma (paiement fractionné) | 2021 – aujourd'hui
• Backlog de l'équipe « checkout » (8 développeurs) ; taux de conversion +6 pts
• Intégration de 3 PSP et mise en conformité DSP2 (authentification forte)
Business Analyst, Lydia | 2018 – 2021
• Parcours de virement instantané et de cagnotte
Consultante junior, Wavestone | 2016 – 2018
• Cadrage SEPA Instant pour une banque mutualiste

FORMATION
Master Management des systèmes d'information, Université Paris-Dauphine (2016)
Certification Professional Scrum Product Owner I (2019)

COMPÉTENCES
Jira, Confluence, SQL, Amplitude, Figma — anglais courant (C1), italien (B2)

INTÉRÊTS
Escalade, cuisine sicilienne, podcasts sur l'histoire de la monnaie.""",
sens=[],
keep=["Product Owner Paiements (CDI)", "Product Owner, Alma (paiement fractionné)",
      "Intégration de 3 PSP et mise en conformité DSP2 (authentification forte)", "Business Analyst, Lydia",
      "Consultante junior, Wavestone", "Master Management des systèmes d'information, Université Paris-Dauphine",
      "Certification Professional Scrum Product Owner I (2019)", "Jira, Confluence, SQL, Amplitude, Figma"],
contact=["Léa Marchetti", "LÉA MARCHETTI", "lea.marchetti.po@gmail.com", "06 22 80 47 15", "linkedin.com/in/leamarchetti"],
))

# 010 France (Marseille) - CV scanné passé à l'OCR : ligatures, « rn » pour « m », lignes cassées
CVS.append(dict(
text="""KARIM SAÏD M'BAÉ
Technicien de rnaintenance CVC
13014 Marseille — 06 95 12 47 83 — karim.mbae13@orange.fr

PROFlL
Technicien CVC (chauffage, ventilation, clirnatisation) depuis 14 ans, 46 ans, d'origine
comorienne, arrivé à Marseille à l'âge de 10 ans. Habilitations électriques et ﬂuides
frigorigènes à jour.

EXPÉRIENCE
Dalkia — Technicien de maintenance CVC, AP-HM Hôpital Nord      2015 – auj.
 - Maintenance préventive des CTA et groupes froids du bloc opératoire
 - Astreintes une semaine sur quatre
Engie Solutions — Technicien frigoriste      2010 – 2015
 - Installations de climatisation en grandes surfaces (Carrefour, Géant)

FORMATION
BTS Fluides, Énergies, Domotique (option génie climatique), Lycée Diderot, 2009
Attestation d'aptitude fluides frigorigènes (catégorie 1)
Habilitation électrique BR, B2V, H0V

SITUATION
Je vis avec mon compagnon, Sébastien, à Saint-Barthélemy (13014).
Sclérose en plaques (forme rérnittente) diagnostiquée en 2020 : aucune
restriction à ce jour, RQTH obtenue en 2021.
Casier : condamnation en 2003 pour vol (3 mois avec sursis), réhabilitation
acquise depuis.""",
sens=[("D", "46 ans"), ("E", "d'origine\ncomorienne"), ("D", "à l'âge de 10 ans"), ("O", "mon compagnon, Sébastien"),
      ("H", "Sclérose en plaques (forme rérnittente)"), ("H", "RQTH obtenue en 2021"),
      ("C", "condamnation en 2003 pour vol (3 mois avec sursis)")],
keep=["Technicien de rnaintenance CVC", "Dalkia — Technicien de maintenance CVC, AP-HM Hôpital Nord",
      "Maintenance préventive des CTA et groupes froids du bloc opératoire", "Engie Solutions — Technicien frigoriste",
      "BTS Fluides, Énergies, Domotique (option génie climatique)", "Attestation d'aptitude fluides frigorigènes (catégorie 1)",
      "Habilitation électrique BR, B2V, H0V"],
contact=["KARIM SAÏD M'BAÉ", "13014 Marseille", "06 95 12 47 83", "karim.mbae13@orange.fr", "Saint-Barthélemy (13014)"],
))
