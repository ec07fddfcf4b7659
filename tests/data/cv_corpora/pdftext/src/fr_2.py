# CV français 011-020, tels qu'extraits de fichiers PDF / Word. Écrits à la main.
CVS = []

# 011 Belgique (Bruxelles) - PDF à deux colonnes fusionnées ; barre latérale coupée en plein milieu
CVS.append(dict(
text="""NATHALIE VERBEKE
Juriste en droit social

CONTACT                        PROFIL
+32 475 61 09 38               Juriste (8 ans) en secrétariat social puis en
n.verbeke@proximus.be          cabinet. Je rédige vite, je vulgarise bien et
Schaerbeek                     je tiens les délais de l'ONSS.

NÉE LE                         EXPÉRIENCE
18/06/1985                     Juriste senior — SD Worx, Bruxelles
                               2019 – aujourd'hui
SANTÉ                          ▪ Conseil aux employeurs : licenciements,
Porteuse d'une                   crédit-temps, CCT sectorielles
mutation BRCA2 ;               ▪ Formations internes sur la loi
mastectomie                      anti-discrimination de 2007
préventive en 2022,            Juriste — Claeys & Engels, Bruxelles
aucune restriction             2015 – 2019
                               ▪ Procédures devant le tribunal du
VIE PRIVÉE                       travail (côté employeur)
Cohabitante légale
avec Sarah depuis              FORMATION
2016                           Master en droit, UCLouvain (2015)
                               Certificat en droit social, ULB (2017)
ENGAGEMENT
Conseillère de l'action        LANGUES
sociale (CPAS de               Français, néerlandais (C1), anglais (C1)
Schaerbeek) sur la
liste Ecolo depuis 2018""",
sens=[("D", "18/06/1985"), ("G", "mutation BRCA2"), ("H", "mastectomie"),
      ("O", "Cohabitante légale\navec Sarah"), ("P", "liste Ecolo")],
keep=["Juriste en droit social", "Juriste senior — SD Worx, Bruxelles", "Conseil aux employeurs : licenciements,",
      "Formations internes sur la loi", "Juriste — Claeys & Engels, Bruxelles", "Master en droit, UCLouvain (2015)",
      "Certificat en droit social, ULB (2017)"],
contact=["NATHALIE VERBEKE", "+32 475 61 09 38", "n.verbeke@proximus.be", "Schaerbeek"],
))

# 012 France (Nantes) - export Workday : questions, puis CV et lettre analysés
CVS.append(dict(
text="""Workday — Profil du candidat
Offre : Technicien(ne) logistique — Entrepôt de Carquefou (44) — R-00712
Nom légal : Adam Ibrahim ABDELRAHMAN
Adresse e-mail : adam.abdelrahman44@gmail.com
Téléphone : 07 81 52 39 60
Adresse : 5 rue de la Ville-en-Bois, 44100 Nantes

Questions
Disposez-vous d'une autorisation de travail en France ? Oui — réfugié statutaire
(protection OFPRA 2016), originaire du Darfour (Soudan)
Avez-vous fait l'objet d'une condamnation inscrite au bulletin n° 2 ? Oui — 2019,
conduite sans permis (amende)
Permis CACES : R489 catégories 1A, 3, 5

CV (analyse automatique)
ADAM ABDELRAHMAN
TECHNICIEN LOGISTIQUE / CHEF D'ÉQUIPE PRÉPARATION
Expériences
Chef d'équipe préparation — ID Logistics, Montoir-de-Bretagne — 2021 – aujourd'hui
- Équipe de 14 préparateurs, 9 000 colis par jour, WMS Reflex
- Inventaires tournants, écart de stock ramené à 0,3 %
Préparateur de commandes (intérim Adecco) — Lidl, Carquefou — 2017 – 2021
Formation
Titre professionnel Technicien en logistique d'entreposage (AFPA, 2020)
Langues
Arabe (langue maternelle), four (dialecte fur), français (B2), anglais (B1)
Autres
Je suis musulman pratiquant ; je demande seulement une pause courte le vendredi
vers 13 h.""",
sens=[("E", "réfugié statutaire\n(protection OFPRA 2016), originaire du Darfour (Soudan)"),
      ("C", "Oui — 2019,\nconduite sans permis (amende)"), ("R", "Je suis musulman pratiquant")],
keep=["Technicien(ne) logistique", "Chef d'équipe préparation — ID Logistics", "Équipe de 14 préparateurs, 9 000 colis par jour, WMS Reflex",
      "Inventaires tournants, écart de stock ramené à 0,3 %", "Titre professionnel Technicien en logistique d'entreposage",
      "R489 catégories 1A, 3, 5", "Préparateur de commandes (intérim Adecco)"],
contact=["Adam Ibrahim ABDELRAHMAN", "ADAM ABDELRAHMAN", "adam.abdelrahman44@gmail.com", "07 81 52 39 60",
         "5 rue de la Ville-en-Bois, 44100 Nantes"],
))

# 013 Suisse (Lausanne) - Word justifié, césures, en-tête répété en page 2
CVS.append(dict(
text="""Pierre-Alain MONNIER · Ingénieur en génie civil EPF · pa.monnier@sunrise.ch
CURRICULUM VITAE                                                          Page 1/2

Route de Berne 118, 1010 Lausanne · 078 624 91 07
44 ans, marié, père de deux filles · Nationalité suisse · Permis de conduire B

PROFIL
Ingénieur civil, 18 ans d'expérience en ouvrages d'art et en assainissement de ponts.
Chef de projet pour des maîtres d'ouvrage publics (OFROU, CFF, canton de Vaud), j'as-
sure la direction locale des travaux comme le dialogue avec les riverains.

EXPÉRIENCE
2015 – ...	Chef de projet ouvrages d'art, Ingphi SA, Lausanne
	– Assainissement du viaduc de Chillon (OFROU), lot B, 32 MCHF
	– Expertises de ponts en béton précontraint, normes SIA 269
2007 – 2015	Ingénieur de projet, Emch+Berger SA, Lausanne

Pierre-Alain MONNIER · Ingénieur en génie civil EPF · pa.monnier@sunrise.ch
CURRICULUM VITAE                                                          Page 2/2

FORMATION
2006	Master en génie civil, EPFL
2012	CAS en gestion de projets de construction, HEIG-VD

ENGAGEMENTS
Membre de l'UDC Vaud ; candidat au Grand Conseil (arrondissement de Lausanne) en
2022, non élu. Ancien diacre de l'Église évangélique libre de Lausanne.

SANTÉ
Hémochromatose héréditaire (homozygote C282Y) découverte en 2019 par un test gé-
nétique ; saignées trimestrielles, sans incidence sur le travail.""",
sens=[("D", "44 ans"), ("F", "marié, père de deux filles"), ("E", "Nationalité suisse"),
      ("P", "Membre de l'UDC Vaud"), ("P", "candidat au Grand Conseil (arrondissement de Lausanne) en\n2022"),
      ("R", "Ancien diacre de l'Église évangélique libre de Lausanne"),
      ("G", "Hémochromatose héréditaire (homozygote C282Y)"), ("H", "saignées trimestrielles")],
keep=["Ingénieur en génie civil EPF", "Chef de projet ouvrages d'art, Ingphi SA", "Assainissement du viaduc de Chillon (OFROU), lot B",
      "Expertises de ponts en béton précontraint, normes SIA 269", "Ingénieur de projet, Emch+Berger SA",
      "Master en génie civil, EPFL", "CAS en gestion de projets de construction, HEIG-VD"],
contact=["Pierre-Alain MONNIER", "pa.monnier@sunrise.ch", "Route de Berne 118, 1010 Lausanne", "078 624 91 07"],
))

# 014 Québec (Sherbrooke) - Word, puces « o » et ¶, lignes coupées
CVS.append(dict(
text="""MATHIEU BOISVERT-LALIBERTÉ
Technicien en génie mécanique | Sherbrooke (QC) J1H 3L2
819 555-0148 | mathieu.boisvert.l@hotmail.com

SOMMAIRE
¶ Technicien en maintenance industrielle, 15 ans dans la transformation du bois et la
  fabrication de véhicules récréatifs
¶ Vice-président du syndicat CSN de l'usine depuis 2020 (libéré une journée par
  semaine)
¶ Carte ASP construction, SIMDUT 2015

EXPÉRIENCE
BRP — Usine de Valcourt | Technicien en maintenance | 2014 – aujourd'hui
o Maintenance préventive des presses et des cellules robotisées (Fanuc)
o Implantation de la GMAO Maximo pour 1 200 équipements
Domtar — Usine de Windsor | Mécanicien industriel | 2008 – 2014
o Entretien des lignes de coupe et des convoyeurs

FORMATION
DEC en technologie du génie mécanique, Cégep de Sherbrooke (2008)
AEC Automatisation industrielle, Cégep de Granby (2016)

INFORMATIONS COMPLÉMENTAIRES
o Suspension du casier obtenue en 2017 pour une condamnation de 2009 (vol
  qualifié, sursis) ; je l'indique par transparence.
o Mon conjoint, Étienne, enseigne au Cégep ; nous habitons le quartier Nord.
o Bénévole du Parti Québécois dans Saint-François lors des élections de 2022.""",
sens=[("U", "Vice-président du syndicat CSN de l'usine depuis 2020"),
      ("C", "une condamnation de 2009 (vol\n  qualifié, sursis)"), ("C", "Suspension du casier obtenue en 2017"),
      ("O", "Mon conjoint, Étienne"), ("P", "Bénévole du Parti Québécois dans Saint-François")],
keep=["Technicien en génie mécanique", "BRP — Usine de Valcourt", "Technicien en maintenance",
      "Maintenance préventive des presses et des cellules robotisées (Fanuc)", "Implantation de la GMAO Maximo pour 1 200 équipements",
      "Domtar — Usine de Windsor", "DEC en technologie du génie mécanique, Cégep de Sherbrooke",
      "AEC Automatisation industrielle, Cégep de Granby"],
contact=["MATHIEU BOISVERT-LALIBERTÉ", "Sherbrooke (QC) J1H 3L2", "819 555-0148", "mathieu.boisvert.l@hotmail.com"],
))

# 015 France (Strasbourg) - nouveau Europass exporté en PDF, libellés en capitales
CVS.append(dict(
text="""Elif YILDIRIM
Date de naissance : 02/02/1983    Nationalité : Française, turque
Numéro de téléphone : (+33) 6 44 19 82 07 (Portable)
Adresse e-mail : elif.yildirim.rh@gmail.com
Adresse : 17 rue du Jeu-des-Enfants, 67000 Strasbourg (France)

À PROPOS DE MOI
Assistante RH polyvalente, de la paie à la GPEC. Je parle turc, français, allemand.

EXPÉRIENCE PROFESSIONNELLE
ÉLECTRICITÉ DE STRASBOURG – STRASBOURG, FRANCE
ASSISTANTE RESSOURCES HUMAINES – 09/2016 – ACTUEL
Administration du personnel de 800 salariés (IEG), variables de paie
Organisation des élections professionnelles 2023 (vote électronique)
Élue au CSE sur la liste CFDT depuis 2019, secrétaire adjointe

ADECCO – STRASBOURG, FRANCE
CHARGÉE DE RECRUTEMENT – 01/2010 – 08/2016
Recrutement d'intérimaires pour l'industrie ; partenariat avec Pôle emploi

ÉDUCATION ET FORMATION
2008 Strasbourg, France
MASTER GESTION DES RESSOURCES HUMAINES Université de Strasbourg – IAE

COMPÉTENCES LINGUISTIQUES
Langue(s) maternelle(s) : TURC | FRANÇAIS
Autre(s) langue(s) : ALLEMAND (B2), ANGLAIS (B2)

INFORMATIONS COMPLÉMENTAIRES
Divorcée, un fils de 12 ans en garde alternée.
Je fais partie de l'association de la mosquée Eyyub Sultan (cours de soutien scolaire
le samedi).""",
sens=[("D", "Date de naissance : 02/02/1983"), ("E", "Nationalité : Française, turque"),
      ("U", "Élue au CSE sur la liste CFDT depuis 2019, secrétaire adjointe"),
      ("F", "Divorcée, un fils de 12 ans en garde alternée"),
      ("R", "Je fais partie de l'association de la mosquée Eyyub Sultan")],
keep=["ÉLECTRICITÉ DE STRASBOURG", "ASSISTANTE RESSOURCES HUMAINES", "Administration du personnel de 800 salariés (IEG), variables de paie",
      "Organisation des élections professionnelles 2023 (vote électronique)", "CHARGÉE DE RECRUTEMENT",
      "MASTER GESTION DES RESSOURCES HUMAINES Université de Strasbourg – IAE", "ADECCO"],
contact=["Elif YILDIRIM", "(+33) 6 44 19 82 07", "elif.yildirim.rh@gmail.com", "17 rue du Jeu-des-Enfants, 67000 Strasbourg (France)"],
))

# 016 Maroc (Rabat) - PDF à deux colonnes fusionnées ligne à ligne
CVS.append(dict(
text="""SALMA BENJELLOUN                          Ingénieure en génie industriel
Agdal, Rabat · +212 6 70 22 81 46 · salma.benjelloun.gi@gmail.com

INFORMATIONS                   EXPÉRIENCES
Née le 9 mars 1995             Ingénieure amélioration continue
Célibataire                    Renault Group — Usine de Tanger
                               Melloussa          2020 – aujourd'hui
SANTÉ                          ▪ Chantiers Kaizen sur la ligne de montage
Thalassémie mineure              (Dacia Sandero) : +7 % de TRS
(bêta), sans                   ▪ Standardisation des postes, 5S, SMED
traitement                     ▪ Déléguée du personnel CDT (collège
                                 cadres) depuis 2022
ENGAGEMENTS                    Stagiaire PFE — Lear Corporation,
Jeunesse ittihadie             Kénitra            2019
(USFP), section Agdal          ▪ Simulation de flux sous Arena
                               
LANGUES                        FORMATION
Arabe, français,               Diplôme d'ingénieur d'État en génie
anglais, espagnol              industriel, ENSAM Meknès (2019)
                               Classes préparatoires, CPGE Moulay
CERTIFICATIONS                 Youssef, Rabat (2014)
Lean Six Sigma Green Belt
                               Page 1/1""",
sens=[("D", "Née le 9 mars 1995"), ("F", "Célibataire"), ("G", "Thalassémie mineure"),
      ("U", "Déléguée du personnel CDT (collège"), ("P", "Jeunesse ittihadie"), ("P", "(USFP)")],
keep=["Ingénieure en génie industriel", "Ingénieure amélioration continue", "Renault Group — Usine de Tanger",
      "Chantiers Kaizen sur la ligne de montage", "Standardisation des postes, 5S, SMED", "Stagiaire PFE — Lear Corporation,",
      "Diplôme d'ingénieur d'État en génie", "Lean Six Sigma Green Belt"],
contact=["SALMA BENJELLOUN", "Agdal, Rabat", "+212 6 70 22 81 46", "salma.benjelloun.gi@gmail.com"],
))

# 017 Côte d'Ivoire (Yamoussoukro / Abidjan) - CV Word, tableau aplati, « Page 1 sur 2 »
CVS.append(dict(
text="""CURRICULUM VITAE
SORO KOLOTIOLOMA ISSA
Enseignant-chercheur en agronomie
Tél. : 05 05 27 81 40 — E-mail : issa.soro.agro@gmail.com
Quartier Habitat, Yamoussoukro

IDENTITÉ
Date de naissance	04/01/1982	Lieu	Korhogo
Ethnie	Sénoufo	Religion	Musulman
Situation de famille	Marié, 4 enfants	Électrophorèse	SS
Groupe sanguin	O+

PARCOURS PROFESSIONNEL
2014 – ce jour	Maître-assistant, Institut National Polytechnique Félix Houphouët-Boigny (INP-HB)
		Enseignement : agronomie tropicale, systèmes de culture de l'anacarde
		Encadrement de 22 mémoires d'ingénieur
2009 – 2014	Chercheur, Centre National de Recherche Agronomique (CNRA), Bouaké
		Essais variétaux sur le coton et l'anacarde

Page 1 sur 2

FORMATION
2013	Doctorat en agronomie, Université Félix Houphouët-Boigny
2008	Diplôme d'Agronomie Approfondie (DAA), ESA/INP-HB

INFORMATIONS COMPLÉMENTAIRES
Drépanocytaire suivi au CHU de Treichville ; hospitalisé deux fois depuis 2015 pour
des crises, sans conséquence sur mes enseignements.
Détenu à la MACA d'avril à juin 2011 lors de la crise post-électorale, libéré sans
jugement.
Militant RHDP, membre du bureau de la section de Yamoussoukro-Habitat.

Page 2 sur 2""",
sens=[("D", "Date de naissance	04/01/1982"), ("E", "Ethnie	Sénoufo"), ("R", "Religion	Musulman"),
      ("F", "Situation de famille	Marié, 4 enfants"), ("G", "Électrophorèse	SS"), ("G", "Drépanocytaire"),
      ("H", "hospitalisé deux fois depuis 2015 pour\ndes crises"), ("C", "Détenu à la MACA d'avril à juin 2011"),
      ("P", "Militant RHDP, membre du bureau de la section")],
keep=["Enseignant-chercheur en agronomie", "Maître-assistant, Institut National Polytechnique Félix Houphouët-Boigny (INP-HB)",
      "Encadrement de 22 mémoires d'ingénieur", "Chercheur, Centre National de Recherche Agronomique (CNRA), Bouaké",
      "Essais variétaux sur le coton et l'anacarde", "Doctorat en agronomie, Université Félix Houphouët-Boigny",
      "Diplôme d'Agronomie Approfondie (DAA), ESA/INP-HB"],
contact=["SORO KOLOTIOLOMA ISSA", "05 05 27 81 40", "issa.soro.agro@gmail.com", "Quartier Habitat, Yamoussoukro"],
))

# 018 France (Rennes) - CV de graphiste : blocs de texte sortis dans le désordre
CVS.append(dict(
text="""CHARGÉE DE COMMUNICATION
hello@juliettelemoal.fr
Juliette Le Moal

06 33 57 90 12 · Rennes (35000) · juliettelemoal.fr

COMPÉTENCES
InDesign · Illustrator · Figma · WordPress · rédaction web · relations presse

Depuis 2021 — Chargée de communication, Rennes Métropole
— Campagne « Mois des fiertés » de la Ville (affichage, réseaux) en 2022 et 2023
— Refonte du magazine mensuel (120 000 ex.)

EXPÉRIENCES

2020 — Pause de six mois après un burn-out, suivie d'un mi-temps thérapeutique.

2016 – 2020 — Chargée de communication, Ouest-France Événements
— Village du Tour de Bretagne, salons, newsletter

ENGAGEMENTS
Membre du bureau d'Iskis, centre LGBTI+ de Rennes, depuis 2019.
Adhérente EELV, je tracte pour les municipales.

FORMATION
Master Communication des organisations, Université Rennes 2 (2016)

Née en 1993 · mère d'une petite fille de 2 ans""",
sens=[("H", "Pause de six mois après un burn-out"), ("H", "mi-temps thérapeutique"),
      ("O", "Membre du bureau d'Iskis, centre LGBTI+ de Rennes"), ("P", "Adhérente EELV"),
      ("D", "Née en 1993"), ("F", "mère d'une petite fille de 2 ans")],
keep=["CHARGÉE DE COMMUNICATION", "Chargée de communication, Rennes Métropole",
      "Campagne « Mois des fiertés » de la Ville (affichage, réseaux) en 2022 et 2023", "Refonte du magazine mensuel (120 000 ex.)",
      "Chargée de communication, Ouest-France Événements", "Master Communication des organisations, Université Rennes 2",
      "InDesign · Illustrator · Figma"],
contact=["Juliette Le Moal", "hello@juliettelemoal.fr", "06 33 57 90 12", "Rennes (35000)", "juliettelemoal.fr"],
))

# 019 Belgique (Namur) - export d'un ATS belge, puis CV Word analysé
CVS.append(dict(
text="""Jobat Recruiter — fiche candidat
Fonction : Technicien de laboratoire (H/F/X) — Biopôle, Gosselies
Candidat : Thibault Lambotte
E-mail : thibault.lambotte@outlook.be  |  GSM : 0491 27 64 18
Adresse : Rue de Fer 48, 5000 Namur

Extrait de casier judiciaire (modèle 1) joint : oui — mentionne une condamnation
(2013, coups et blessures volontaires, peine de travail de 60 heures).

CV
THIBAULT LAMBOTTE — technicien de laboratoire, 10 ans
Expérience
GSK Vaccines, Wavre — Technicien QC microbiologie — 2017 à aujourd'hui
  • Tests de stérilité et d'endotoxines (BET), revue de lots
  • Délégué CSC au comité pour la prévention et la protection au travail (CPPT)
Certis Laboratoires, Namur — Laborantin — 2014 à 2017
  • Analyses de biologie clinique ; chaîne automatisée Roche cobas
Formation
Bachelier en biologie médicale, Henallux, Namur (2014)
Formation BPF / GMP et intégrité des données (ALCOA+)

Divers
Mon père est atteint de la maladie de Huntington ; j'ai fait le test présymptomatique
en 2020 et je le dis simplement pour expliquer mon intérêt pour la recherche
clinique. Cohabitant, pas d'enfants.""",
sens=[("C", "une condamnation\n(2013, coups et blessures volontaires, peine de travail de 60 heures)"),
      ("U", "Délégué CSC au comité pour la prévention et la protection au travail (CPPT)"),
      ("G", "Mon père est atteint de la maladie de Huntington"), ("G", "j'ai fait le test présymptomatique"),
      ("F", "Cohabitant, pas d'enfants")],
keep=["Technicien de laboratoire (H/F/X)", "GSK Vaccines, Wavre — Technicien QC microbiologie",
      "Tests de stérilité et d'endotoxines (BET), revue de lots", "Certis Laboratoires, Namur — Laborantin",
      "Analyses de biologie clinique ; chaîne automatisée Roche cobas", "Bachelier en biologie médicale, Henallux, Namur",
      "Formation BPF / GMP et intégrité des données (ALCOA+)"],
contact=["Thibault Lambotte", "THIBAULT LAMBOTTE", "thibault.lambotte@outlook.be", "0491 27 64 18", "Rue de Fer 48, 5000 Namur"],
))

# 020 France (Paris / Roissy) - CV Word de deux pages, en-tête répété, puces ✓
CVS.append(dict(
text="""RACHEL COHEN-SABBAH — Superviseure escale — rachel.cohensabbah@free.fr — 06 12 73 44 58
Page 1/2

PROFIL
Superviseure d'escale (12 ans) à Roissy-CDG, habilitée sûreté et badge rouge.

EXPÉRIENCE
Air France — Hub CDG, Terminal 2E
Superviseure escale (passage et correspondances), 2016 – aujourd'hui
 ✓ Coordination de 40 agents par vacation, vols long-courriers Amérique du Nord
 ✓ Déploiement des portiques de reconnaissance faciale à l'embarquement (2022)
 ✓ Gestion des passagers à mobilité réduite avec le prestataire PMR
WFS (Worldwide Flight Services) — Agente de passage, 2011 – 2016

RACHEL COHEN-SABBAH — Superviseure escale — rachel.cohensabbah@free.fr — 06 12 73 44 58
Page 2/2

FORMATION
Licence professionnelle Métiers du transport aérien, Université Paris-Est Créteil (2011)
Certification sûreté 11.2.3.1 (DGAC)

INFORMATIONS
 ✓ Inscrite moi-même à PARAFE (empreintes digitales enregistrées) pour mes trajets
 ✓ Juive pratiquante : je ne travaille pas du vendredi soir au samedi soir, ce que
   j'ai toujours compensé par les dimanches et les fêtes civiles
 ✓ Condamnée en 2014 pour conduite sous l'emprise de stupéfiants (retrait de
   permis de 6 mois), rien depuis
 ✓ Deux enfants, 9 et 11 ans""",
sens=[("G", "empreintes digitales enregistrées"), ("R", "Juive pratiquante"),
      ("C", "Condamnée en 2014 pour conduite sous l'emprise de stupéfiants"), ("F", "Deux enfants, 9 et 11 ans")],
keep=["Superviseure escale", "Air France — Hub CDG, Terminal 2E",
      "Coordination de 40 agents par vacation, vols long-courriers Amérique du Nord",
      "Déploiement des portiques de reconnaissance faciale à l'embarquement (2022)",
      "WFS (Worldwide Flight Services) — Agente de passage",
      "Licence professionnelle Métiers du transport aérien, Université Paris-Est Créteil", "Certification sûreté 11.2.3.1 (DGAC)"],
contact=["RACHEL COHEN-SABBAH", "rachel.cohensabbah@free.fr", "06 12 73 44 58"],
))
