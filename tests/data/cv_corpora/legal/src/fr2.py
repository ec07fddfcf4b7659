# legal-fr-011 .. 020, tapés à la main
CVS = [
# 011 avocate aide juridique, Montréal
r"""<<Me Roseline Pierre-Louis>>
Avocate — Aide juridique de Montréal, bureau Immigration
<<Montréal (Québec)>> · <<514 555-0162>> · <<roseline.pierrelouis@videotron.ca>>

ASSERMENTATION
[[Membre du Barreau du Québec depuis 2014]]

EXPÉRIENCE
2016 – aujourd'hui  [[Avocate permanente, Centre communautaire juridique de Montréal]]
  • [[Demandes d'asile devant la Section de la protection des réfugiés (CISR)]]
  • [[Contrôles de détention au Centre de surveillance de l'immigration de Laval]]
2014 – 2016  Stagiaire puis avocate, Hasa Avocats (droit de la famille)

FORMATION
[[Baccalauréat en droit (LL.B.), Université de Montréal]] (2012)
[[École du Barreau du Québec]] (2013)

CE QUI ME PORTE
{E|Je suis arrivée d'Haïti à 12 ans, après le coup d'État de 1991}. {R|Adventiste, je chante à l'Église adventiste Maranatha de Montréal-Nord}. {U|Je suis déléguée de mon bureau à la Fédération des avocats et avocates de l'aide juridique}, notre syndicat. {F|Mère monoparentale de deux ados}. {H|Une surdité partielle de l'oreille gauche} m'oblige à me placer près du banc.
""",

# 012 juriste banque privée, Monaco — peu de mentions
r"""<<Laurent Giordano>>
<<Monte-Carlo, Principauté de Monaco>> · <<+377 6 78 41 22 05>> · <<laurent.giordano@monaco-mail.mc>>

JURISTE CONFORMITÉ — BANQUE PRIVÉE

Expérience
2017 – aujourd'hui  [[Juriste conformité senior, CFM Indosuez Wealth Management]]
   – [[Déclarations de soupçon au SICCFIN]]
   – Revue KYC des clients à haut risque ; formation annuelle des gestionnaires
2012 – 2017  [[Juriste, Compagnie Monégasque de Banque]]
   – [[Rédaction de conventions de gestion sous mandat]]

Formation
[[Master 2 Droit des affaires internationales, Université Nice Sophia Antipolis]] (2011)
[[Certification AMF, 2013]]

Langues
Français, italien, anglais, monégasque (notions)

Centres d'intérêt
Réalisations
– Refonte de la procédure d'entrée en relation pour les trusts et fondations (2019)
– Coordination de l'évaluation MONEYVAL côté banque en 2022

Aviron (Société Nautique de Monaco), bénévole au Grand Prix historique.
{S|Marié à Jérôme}, {F|un fils adopté en 2019}. {P|Colistier de la liste Primo ! aux élections nationales de 2023}.
""",

# 013 avocat, Douala, Cameroun — informations personnelles
r"""CURRICULUM VITAE

<<Me FOTSO KAMGA Serge Aristide>>
Avocat au Barreau du Cameroun
<<BP 4417 Douala>> — <<(+237) 677 41 29 08>> — <<sfotsokamga@yahoo.fr>>

INFORMATIONS PERSONNELLES
{D|Né le 12 juin 1981 à Bafoussam}
{E|Originaire de la région de l'Ouest (Bamiléké)}
{F|Situation matrimoniale : marié, père de quatre enfants}
{R|Religion : catholique}
{G|Électrophorèse de l'hémoglobine : AS}

PRESTATION DE SERMENT
[[Inscrit au tableau de l'Ordre des Avocats au Barreau du Cameroun, 2009]]

EXPÉRIENCE
2014 – ce jour : [[Avocat associé, Cabinet Fotso & Ngo Mbem]], Akwa
 – [[Contentieux commercial devant le Tribunal de Grande Instance du Wouri]]
 – [[Défense de journalistes poursuivis pour diffamation]]
2009 – 2014 : Collaborateur, Cabinet Tchakoua

FORMATION
[[Maîtrise en droit privé, Université de Dschang]] (2005)
[[Certificat d'aptitude à la profession d'avocat (CAPA), 2008]]

ACTIVITÉS EXTRA-PROFESSIONNELLES
{P|Militant du SDF depuis 2004, conseiller du président fédéral du Wouri}. {C|Détenu trois semaines à la prison de New-Bell lors des émeutes de février 2008, puis relaxé}.
""",

# 014 juriste, Abidjan
r"""<<KOUADIO Amenan Christelle>>
Juriste d'entreprise
<<Cocody Riviera 3, Abidjan>> | <<+225 07 07 48 21 55>> | <<christelle.kouadio@gmail.com>>

ÉTAT CIVIL
{D|Née le 03/03/1990 à Yamoussoukro}
{F|Mariée, 2 enfants}
{E|Ethnie : baoulé}

EXPÉRIENCE PROFESSIONNELLE
Depuis 2017 : [[Juriste, Direction juridique, Orange Côte d'Ivoire]]
   • [[Contrats fournisseurs et baux des sites techniques]]
   • [[Contentieux prud'homal devant le Tribunal du travail d'Abidjan]]
   • Veille réglementaire ARTCI (protection des données)
2014 – 2017 : [[Juriste stagiaire, Cabinet Fadika-Delafosse]]

FORMATION
[[Master 2 Droit des affaires OHADA, Université Félix Houphouët-Boigny]] (2014)
[[Certificat d'aptitude à la profession d'avocat, 2016]] (non exercé)

VIE ASSOCIATIVE
{P|Secrétaire à la communication de l'UFPDCI (femmes du PDCI-RDA), section Cocody}.
{R|Membre de la chorale de la paroisse Saint-Jacques des Deux-Plateaux}.
{U|Adhérente de l'Union générale des travailleurs de Côte d'Ivoire via la section Orange CI}.
""",

# 015 avocat, Tunis — parcours militant
r"""<<Maître Slim Ben Romdhane>>
Avocat près la Cour de cassation
<<Rue d'Angleterre, Tunis 1000>> · <<+216 98 412 306>> · <<slim.benromdhane@topnet.tn>>

EXPÉRIENCE
2012 – ce jour   [[Avocat près la Cour de cassation, cabinet personnel]]
    [[Défense de prévenus devant le tribunal militaire permanent de Tunis]]
    [[Requêtes devant l'Instance Vérité et Dignité pour des victimes de torture]]
2002 – 2012      [[Avocat près les tribunaux de première instance]]

FORMATION
[[Certificat d'aptitude à la profession d'avocat (CAPA), ISPA Tunis]] (2001)
[[Maîtrise en sciences juridiques, Faculté de droit et des sciences politiques de Tunis]] (1999)

ORDRE
[[Membre de l'Ordre national des avocats de Tunisie (ONAT)]] ; ancien membre de la section de Tunis

PARCOURS PERSONNEL
{C|En 2010, sous l'ancien régime, j'ai été condamné à huit mois de prison pour « diffusion de fausses nouvelles »}, {C|avant d'être amnistié par le décret-loi de février 2011}. {P|Membre fondateur d'Ettakatol, section de Bab Souika}. {D|Âge : 49 ans}. {F|Marié à une magistrate, trois enfants}.
""",

# 016 greffière, Nouméa, Nouvelle-Calédonie
r"""<<Mme Wakaine Wahnyamalla>>
Greffière principale
<<Nouméa, Nouvelle-Calédonie>> · <<wakaine.w@lagoon.nc>> · <<(+687) 78 41 36>>

PARCOURS
Depuis 2015  [[Greffière, tribunal de première instance de Nouméa]]
    – [[Audiences coutumières avec assesseurs coutumiers]]
    – Tenue du registre des actes de l'état civil coutumier
    – Accueil et orientation des justiciables des îles Loyauté
2008 – 2015  [[Adjointe administrative, section détachée de Lifou]]

FORMATION
[[Concours de greffier des services judiciaires (ENG Dijon), 2014]]
[[Licence de droit, Université de la Nouvelle-Calédonie]] (2007)

LANGUES
Français, drehu, anglais

À MON SUJET
{E|Je suis kanak, de la tribu de Hnathalo à Lifou}. {R|Je suis engagée dans l'Église protestante de Kanaky Nouvelle-Calédonie, diacre dans ma paroisse}. {P|Sympathisante indépendantiste, j'ai milité à l'Union calédonienne avant ma titularisation}. {U|Adhérente de l'USOENC, section justice}. {F|Mère de trois enfants}. {D|44 ans}.
""",

# 017 élève-avocat, Paris — CV de stage
r"""<<Louis-Arthur Mercier>>
Élève-avocat — EFB Paris, promotion 2025
<<louis.mercier@efb-eleve.fr>> · <<06 33 81 20 47>> · <<Paris 20e>>

RECHERCHE : stage final (PPI/stage en cabinet), droit pénal ou droit des libertés

FORMATION
[[École de formation professionnelle des barreaux (EFB)]], 2024–2025
[[CRFPA obtenu en 2023]] (IEJ Paris 1)
[[Master 2 Droits de l'homme, Université Paris Nanterre]] (2023)

EXPÉRIENCES
[[Stage PPI, Défenseur des droits]] — [[instruction de réclamations pour discrimination liée à l'orientation sexuelle et à l'origine]]
[[Stage, cabinet Temime (droit pénal des affaires)]] — recherches, notes de plaidoirie
Bénévole à la [[permanence juridique du Centre LGBTQI+ de Paris]] (consultations)

INFOS
{D|24 ans}. {H|Dyslexique et dysorthographique, tiers-temps aux examens}. {S|Je vis avec mon compagnon, Hugo, à Belleville}. {E|Petit-fils de harkis installés à Rivesaltes}. {C|Rappel à la loi en 2019 pour un tag lors d'une manifestation étudiante}. Théâtre d'improvisation, course à pied.
""",

# 018 assistante juridique, Lyon
r"""<<Sandrine Morel>>
Assistante juridique polyvalente
<<69100 Villeurbanne>> · <<06 58 14 72 30>> · <<sandrine.morel69@orange.fr>>

EXPÉRIENCE
Mars 2014 – aujourd'hui — [[Assistante juridique, cabinet Fiducial Legal by Lamy]], Lyon
  • [[Rédaction d'actes de procédure, RPVA, suivi des délais]]
  • Secrétariat de deux avocats en droit des sociétés (approbations de comptes, assemblées)
Sept. 2008 – Févr. 2014 — [[Secrétaire juridique, étude de Me Garnier, notaire]]

FORMATION
[[BTS Support à l'action managériale]] (2008)
[[Titre de secrétaire juridique (ENADEP)]] (2010)

COMPÉTENCES
Word/Excel avancé, Secib, Infogreffe ; frappe 70 mots/min

SITUATION
{F|Mère isolée de deux enfants de 9 et 12 ans}, {S|je partage aujourd'hui ma vie avec ma compagne, Aurélie} : je recherche un poste à moins de 30 minutes de Villeurbanne.
{H|Arrêt de six mois en 2020 pour une dépression post-divorce}, reprise sans difficulté depuis.
{D|Née en 1985}.
""",

# 019 secrétaire juridique, Nantes
r"""<<Nathalie Le Goff>>
<<44000 Nantes>> — <<nathalie.legoff44@free.fr>> — <<02 40 71 58 36>>

Secrétaire juridique confirmée — 20 ans d'expérience en cabinet d'avocats

EXPÉRIENCE
2009 – ce jour   [[Secrétaire juridique, SCP Ménard Quimbert]], Nantes
                 [[Droit de la famille : requêtes en divorce, conventions parentales]]
                 [[Procédures de surendettement devant le juge des contentieux de la protection]]
2003 – 2009      [[Secrétaire, cabinet Lebrun, avocats en droit du travail]]

FORMATION
[[BTS Assistant de gestion PME-PMI]] (2002)
[[Formation Lexbase « procédure civile »]] (2019)

AUTRES
{U|Déléguée du personnel CFDT au sein du cabinet, puis membre élue du CSE (2015–2023)}.
{F|Mariée, trois enfants}.
{R|Catéchiste bénévole à la paroisse Saint-Félix}.
{G|Porteuse saine de la mucoviscidose, dépistée après la naissance de mon deuxième enfant}.
Disponible immédiatement ; permis B, véhicule personnel.
{D|Âge : 46 ans}.
{H|Je porte un défibrillateur implantable depuis 2017}, aucune restriction d'activité.
""",

# 020 compliance officer, Paris
r"""<<Émilie Charpentier>>
Compliance Officer — Sécurité financière
<<Paris 15e>> · <<emilie.charpentier@protonmail.com>> · <<06 19 45 82 03>> · <<linkedin.com/in/emiliecharpentier>>

EXPÉRIENCE
2018 – aujourd'hui  [[Responsable conformité, BNP Paribas Personal Finance]]
    ▪ [[Dispositif Sapin II : cartographie des risques de corruption]]
    ▪ [[Traitement des alertes internes, y compris des signalements de discrimination]]
    ▪ Reporting ACPR ; pilotage d'une équipe de 6 analystes
    ▪ [[Formation des 1 200 conseillers aux règles de protection de la clientèle fragile]]
2013 – 2018  [[Analyste LCB-FT, Société Générale]]

FORMATION
[[Master 2 Droit de la conformité, Université Paris-Saclay]] (2013)
[[Certification AMF]] · [[Certificat CCEP-I]]

PERSONNEL
{D|36 ans}. {U|Adhérente de la CFE-CGC à titre personnel}. {S|Mariée à Juliette depuis 2020}. {G|Porteuse d'une mutation BRCA1 identifiée par un test génétique familial en 2019} ; {H|mastectomie préventive en 2021, suivie de trois mois d'arrêt}. Course à pied, cuisine japonaise.
""",
]
