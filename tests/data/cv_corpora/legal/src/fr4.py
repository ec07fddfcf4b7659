# legal-fr-031 .. 040, tapés à la main
CVS = [
# 031 conseiller à la cour d'appel, Versailles
r"""<<Daniel Zerbib>>
Conseiller à la cour d'appel de Versailles
<<Versailles (78)>> · <<daniel.zerbib@justice.fr>>

CARRIÈRE
2017 – ce jour  [[Conseiller, chambre sociale, cour d'appel de Versailles]]
   · [[Contentieux du licenciement des salariés protégés et des délégués syndicaux]]
   · [[Appels en matière de discrimination religieuse au travail]]
2008 – 2017  [[Vice-président, tribunal de grande instance de Nanterre]] (chambre commerciale)
1996 – 2008  Juge d'instance puis juge aux affaires familiales, Pontoise

FORMATION
[[École nationale de la magistrature, promotion 1994]]
[[DEA de droit privé, Université Paris 2]]

ENSEIGNEMENT ET PUBLICATIONS
[[« Le fait religieux dans l'entreprise après l'arrêt Baby Loup », Droit social 2015]]
Formateur à l'ENM (formation continue, droit du travail)

À TITRE PERSONNEL
{U|Adhérent de l'Union syndicale des magistrats (USM) depuis 1996}.
{R|Juif pratiquant, je ne siège pas le samedi ni lors des fêtes de Tichri}.
{F|Marié, quatre enfants, trois petits-enfants}. {D|Né en 1967}.
""",

# 032 avocat pénaliste, Bruxelles — disclosure
r"""<<Me Youssef El Amrani>>
Avocat au Barreau de Bruxelles — droit pénal
<<Rue de la Régence 58, 1000 Bruxelles>> · <<+32 2 511 40 27>> · <<y.elamrani@penal-bxl.be>>

PRATIQUE
[[Défense devant le tribunal correctionnel et la cour d'assises de Bruxelles]]
[[Assistance lors des auditions Salduz]]
[[Défense de mineurs poursuivis pour des faits de radicalisation]]
[[Détention préventive : chambre du conseil et chambre des mises en accusation]]

PARCOURS
2015 – ce jour  Avocat indépendant, Bruxelles
2012 – 2015  [[Avocat stagiaire, cabinet Uyttendaele]]
[[Master en droit, Université libre de Bruxelles]] (2011)
[[Lauréat du concours d'éloquence de la Conférence du Jeune Barreau (2014)]]

MON HISTOIRE
{E|Né à Molenbeek de parents venus de Nador}, {C|j'ai été condamné à 18 ans par le tribunal correctionnel à un an de prison avec sursis pour vol avec violence}. {C|J'ai obtenu ma réhabilitation en 2009}, ce qui m'a permis de prêter serment. {G|Mon profil ADN a été enregistré à la Banque nationale de données ADN à cette occasion}. {H|J'ai souffert d'une dépression sévère en 2019, soignée}. {P|Conseiller communal PS à Molenbeek depuis 2018}. {F|Père de deux filles}.
""",

# 033 parajuriste, Québec
r"""<<Mathieu Gagnon-Roy>>
Technicien juridique
<<Québec (Québec)>> · <<418 555-0103>> · <<mathieu.gagnonroy@gmail.com>>

EXPÉRIENCE
2016 – aujourd'hui  [[Technicien juridique, Direction des affaires juridiques, ministère de l'Emploi et de la Solidarité sociale]]
   – [[Préparation des dossiers devant le Tribunal administratif du Québec]]
   – Recherche jurisprudentielle (SOQUIJ), suivi des délais
2012 – 2016  [[Adjoint juridique, Langlois avocats]]
   – [[Dossiers de griefs et d'accréditation syndicale devant le Tribunal administratif du travail]] (côté patronal)

FORMATION
[[DEC en techniques juridiques, Cégep Garneau]] (2012)
[[Certificat en droit, Université Laval]] (2018)

IMPLICATION
{U|Délégué syndical du SFPQ pour mon unité depuis 2019}.
{P|Membre de Québec solidaire, responsable de l'association de circonscription de Taschereau}.
{S|Je vis avec mon conjoint, Jean-François, à Limoilou}.
{D|33 ans}.
{C|Reconnu coupable de méfait lors de la grève étudiante de 2012 ; suspension du casier obtenue en 2019}.

AUTRES
Formateur bénévole à la Clinique juridique de Limoilou (aide aux déclarations de revenus).
""",

# 034 compliance officer, Luxembourg
r"""<<Claire Weber>>
Compliance Officer — Private Banking
<<L-8030 Strassen>> · <<claire.weber@web.lu>> · <<+352 691 882 104>>

EXPÉRIENCE
2016 – présent   [[Compliance Officer, Banque Internationale à Luxembourg (BIL)]]
   • [[Contrôles permanents MiFID II et déclaration à la CRF]]
   • [[Revue des procédures de contrôle d'accès biométrique aux coffres-forts]]
   • Formation anti-blanchiment pour 300 collaborateurs
2012 – 2016      [[Analyste AML, Deloitte Luxembourg]]

FORMATION
[[Master en droit européen, Université du Luxembourg]] (2011)
[[Certificat ILA Compliance Officer]] (2015)

LANGUES
Luxembourgeois, français, allemand, anglais

PERSONNEL
{D|Née le 30 mars 1987}. {F|Mariée, deux enfants, dont un né en 2023}. {G|J'ai fait séquencer mon génome dans le cadre de l'étude de cohorte du LIH sur la maladie de Parkinson}, {G|mon grand-père paternel étant porteur d'une forme familiale (mutation LRRK2)}.
""",

# 035 avocat-défenseur stagiaire, Monaco — une mention
r"""<<Alexandre Rinaldi>>
Avocat-stagiaire — Barreau de Monaco
<<Boulevard des Moulins, Monte-Carlo>> · <<+377 6 43 18 77 02>> · <<a.rinaldi@rinaldi-avocats.mc>>

PARCOURS
Depuis 2023  [[Avocat-stagiaire, étude Me Giaccardi, avocat-défenseur]]
   – [[Contentieux locatif devant le tribunal de première instance de Monaco]]
   – [[Droit des sociétés et immatriculations au RCI]]
   – Assistance aux audiences du tribunal correctionnel
2021 – 2022  [[Juriste stagiaire, Direction des Affaires Juridiques de la Principauté]]

FORMATION
[[Master 2 Droit monégasque et droit privé, Université Côte d'Azur]] (2022)
[[Licence en droit, Université Nice Sophia Antipolis]] (2020)

LANGUES
Français, italien, anglais

MÉMOIRE
[[« L'ordre public monégasque et la reconnaissance des jugements étrangers »]], sous la direction du professeur Roux (2022)

LOISIRS
Rugby (AS Monaco Rugby), voile légère, lecture de romans policiers italiens. {D|Âge : 26 ans}.
""",

# 036 dossier d'inscription au barreau — questions/réponses, Bordeaux
r"""DEMANDE D'INSCRIPTION AU TABLEAU — ORDRE DES AVOCATS DU BARREAU DE BORDEAUX
(extrait du questionnaire de moralité)

Nom et prénom : <<FAURE Justine>>
Adresse : <<14 cours de l'Argonne, 33000 Bordeaux>>
Courriel : <<justine.faure33@gmail.com>>
{D|Date et lieu de naissance : 11/01/1998 à Agen}

1. Diplômes obtenus
[[CAPA, École des avocats Aliénor (2024)]] ; [[Master 2 Droit pénal et sciences criminelles, Université de Bordeaux]] (2022).

2. Avez-vous fait l'objet d'une condamnation pénale, même non inscrite au bulletin n° 3 ?
Oui. {C|Composition pénale en 2017 pour usage de stupéfiants (cannabis)}, {D|j'avais 19 ans}. Aucune autre procédure.

3. Avez-vous fait l'objet de poursuites disciplinaires ?
Non.

4. Exercerez-vous une autre activité ?
[[Chargée d'enseignement vacataire en procédure pénale, Université de Bordeaux]].

5. Cabinet d'exercice
[[Collaboratrice, cabinet Lafon-Moreau (droit pénal et droit des étrangers)]] — [[permanences garde à vue et comparutions immédiates]].

Observations libres
{H|Je suis suivie pour un trouble bipolaire stabilisé} et je l'indique par transparence, le médecin de l'Ordre ayant donné un avis favorable.
""",

# 037 avocat, Nouméa
r"""<<Me Sosefo Tuikalepa>>
Avocat au Barreau de Nouméa
<<Rue de Sébastopol, Nouméa>> · <<(+687) 27 84 15>> · <<s.tuikalepa@avocat-noumea.nc>>

EXPÉRIENCE
2014 – ce jour  [[Avocat associé, SELARL Tuikalepa & Delrieu]]
  – [[Droit foncier coutumier et terres de réserve]]
  – [[Défense pénale devant la cour d'assises de Nouméa]]
  – [[Conseil des communes de Païta et du Mont-Dore]]
2009 – 2014  Collaborateur, cabinet Calmet

FORMATION
[[CAPA, HEDAC Paris]] (2008)
[[Master 1 Droit privé, Université de Montpellier]] (2006)

ÉTAT CIVIL
{E|Wallisien, né à Mata-Utu et arrivé en Nouvelle-Calédonie à 10 ans}
{D|Âge : 42 ans}
{F|Marié, cinq enfants}
{R|Catholique, diacre permanent de la paroisse Saint-Jean-Baptiste de Païta}
{P|Membre du Rassemblement, colistier aux provinciales de 2019}
{C|Condamnation en 1999 pour coups et blessures à la sortie d'un bal, réhabilitée depuis}

LANGUES
Français, wallisien, anglais courant
""",

# 038 greffier au Tribunal cantonal, Fribourg
r"""<<Nicolas Bapst>>
Greffier — Tribunal cantonal de Fribourg
<<Route de la Glâne 31, 1700 Fribourg>> · <<+41 78 644 20 17>> · <<nicolas.bapst@bluewin.ch>>

{D|Date de naissance : 28.02.1984}
{F|État civil : marié, trois enfants}
Nationalité : suisse
{R|Religion : réformé, membre du conseil de paroisse de Fribourg}

EXPÉRIENCE
2014 – ce jour  [[Greffier-rapporteur, IIe Cour d'appel civil, Tribunal cantonal de Fribourg]]
   – [[Rédaction de projets d'arrêts en droit de la famille et des successions]]
2010 – 2014  [[Greffier, Tribunal civil de la Sarine]]

FORMATION
[[Brevet d'avocat fribourgeois]] (2010)
[[Master en droit bilingue, Université de Fribourg]] (2008)

LANGUES
Français, allemand (bilingue), anglais

ACTIVITÉS
{U|Membre du SSP, groupe du personnel de l'État de Fribourg}. Chœur mixte de Marly. {G|Donneur inscrit au registre de cellules souches de Transfusion CRS après un typage HLA}.
""",

# 039 avocate stagiaire, Sousse
r"""<<Maître Ons Ben Salah>>
Avocate stagiaire — Barreau de Tunisie (section de Sousse)
<<Sahloul 3, Sousse>> · <<+216 55 608 211>> · <<ons.bensalah@gmail.com>>

STAGE
Depuis 2022  [[Avocate stagiaire, cabinet Me Hamdi, avocat près la Cour d'appel de Sousse]]
   ▸ [[Affaires de statut personnel : divorce, pension alimentaire, garde]]
   ▸ [[Assistance des victimes de violences sous la loi organique 58-2017]]
   ▸ Rédaction de conclusions en matière de baux commerciaux

FORMATION
[[CAPA, Institut supérieur de la profession d'avocat (ISPA)]] (2022)
[[Master de recherche en droit privé, Faculté de droit de Sousse]] (2020)

ENGAGEMENT
[[Bénévole juridique à l'ATFD (Association tunisienne des femmes démocrates), antenne de Sousse]]

INFORMATIONS PERSONNELLES
{D|Née le 6 novembre 1996}
{F|Fiancée, mariage prévu en 2025}
{R|Je porte le voile}
{H|Asthmatique, suivi régulier}
{G|Porteuse d'une thalassémie mineure}
""",

# 040 commissaire de justice, Strasbourg — sobre
r"""<<Frédéric Schaeffer>>
Commissaire de justice
<<Strasbourg-Neudorf>> · <<f.schaeffer@cj-alsace.fr>> · <<03 88 34 61 02>>

EXPÉRIENCE
2012 – ce jour  [[Huissier puis commissaire de justice associé, SCP Schaeffer-Ott]]
   – [[Saisies-attributions et saisies-ventes pour des créanciers institutionnels]]
   – [[Procédures spécifiques au droit local (Livre foncier, saisie immobilière alsacienne)]]
   – Inventaires successoraux et prisées (depuis la réforme de 2022)
2005 – 2012  Clerc habilité aux constats, étude Muller, Colmar

FORMATION
[[Examen d'aptitude à la profession d'huissier de justice]] (2011)
[[Master 2 Droit des contrats, Université de Strasbourg]] (2004)
[[Certificat de commissaire de justice (formation INCJ)]] (2023)

PERSONNEL
{F|Divorcé, deux enfants en garde alternée}, {S|aujourd'hui pacsé avec Stéphane}. {P|Adhérent d'Unser Land}. {D|Né en 1981}. {G|Mon père est atteint de la maladie de Huntington ; j'ai choisi de faire le test prédictif en 2015}. Handball en loisir.
""",
]
