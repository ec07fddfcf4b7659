# legal-fr-021 .. 030, tapés à la main
CVS = [
# 021 maître de conférences et avocat, CV universitaire, Strasbourg
r"""<<Pierre-Yves Kessler>>
Maître de conférences HDR en droit public — [[Université de Strasbourg]]
Avocat au Barreau de Strasbourg (of counsel)
<<pierre-yves.kessler@unistra.fr>> · <<orcid.org/0000-0001-7733-2190>>

POSTES
[[Maître de conférences en droit public, Faculté de droit de Strasbourg]] (depuis 2009)
[[Habilitation à diriger des recherches]] (2017)
Of counsel, cabinet Wachsmann & associés (contentieux administratif)

PUBLICATIONS CHOISIES
[[« Le régime concordataire d'Alsace-Moselle devant le Conseil constitutionnel », RFDA 2013, p. 512]]
[[La laïcité à l'épreuve du droit local (LGDJ, 2019)]]
[[« Signes religieux et service public : vingt ans de jurisprudence », AJDA 2021]]

THÈSE
[[Doctorat en droit public, Université Robert Schuman]] (2007) — le financement public des cultes

ENGAGEMENTS PERSONNELS
{R|Athée militant, je suis membre de la Libre Pensée du Bas-Rhin}, ce qui ne m'empêche pas d'enseigner le droit local des cultes avec rigueur. {P|Candidat sur la liste PS aux municipales de Strasbourg en 2020}. {S|Pacsé avec Olivier depuis 2011}. {D|Né en 1978}.
""",

# 022 notaire, Sherbrooke (Québec)
r"""<<Me Geneviève Thibodeau>>, notaire
<<Sherbrooke (Québec) J1H 2K9>> · <<819 555-0148>> · <<g.thibodeau@notarius-estrie.ca>>

RÉSUMÉ
Notaire en pratique privée depuis 2006, [[droit immobilier et successions]], [[mandats de protection et homologation]].

EXPÉRIENCE
2011 – ce jour  [[Notaire associée, Thibodeau Gagné notaires inc.]]
   – [[Ventes résidentielles et agricoles en Estrie (environ 250 par année)]]
   – [[Testaments, liquidations de successions, régimes de protection]]
2006 – 2011     Notaire salariée, Étude Bergeron, Magog

FORMATION
[[Diplôme de droit notarial (D.D.N.), Université de Sherbrooke]] (2005)
[[Membre de la Chambre des notaires du Québec depuis 2006]]

PERSONNEL
{S|Conjointe de fait de Julie depuis 15 ans}, {F|trois enfants}. {P|Militante du Parti québécois dans Sherbrooke}. {D|J'ai eu 45 ans en janvier}. {H|Je me remets d'un cancer du côlon opéré en 2022}, d'où un horaire de quatre jours. {G|Un test génétique a confirmé un syndrome de Lynch, comme chez mon père}. Ski de fond, bénévolat au Club des petits déjeuners.
""",

# 023 substitut du procureur du Roi, Liège
r"""<<Marc Dethier>>
Substitut du procureur du Roi — Parquet de Liège
<<4000 Liège>> · <<marc.dethier@just.fgov.be>>

CARRIÈRE
2016 – aujourd'hui  [[Substitut du procureur du Roi, parquet de Liège, section famille-jeunesse]]
    ◦ [[Réquisitions devant le tribunal de la jeunesse]]
    ◦ [[Dossiers de violences intrafamiliales et de mariages forcés]]
2011 – 2016  [[Stagiaire judiciaire puis substitut, parquet de Verviers]]
2006 – 2011  Avocat au Barreau de Liège

FORMATION
[[Examen d'aptitude professionnelle (magistrature), 2010]]
[[Master en droit, Université de Liège]] (2005)

SITUATION PERSONNELLE
{S|Cohabitant légal avec Marc-Antoine depuis 2014}. {H|Atteint d'une sclérose en plaques rémittente, sous traitement} — télétravail un jour par semaine. {U|Membre de l'Association syndicale des magistrats (ASM)}. {D|Né le 7 janvier 1980}. {E|Fils d'un mineur italien venu des Abruzzes en 1956}.

AUTRES ACTIVITÉS
Maître de stage des stagiaires judiciaires ; formateur à l'IFJ sur l'audition des mineurs.
""",

# 024 avocate-stagiaire, Lausanne
r"""<<Arta Krasniqi>>
Avocate-stagiaire
<<Avenue de Morges 18, 1004 Lausanne>> · <<+41 76 342 18 09>> · <<arta.krasniqi@gmail.com>>

{D|Née le 19.08.1997}
{E|Nationalité kosovare, permis B}
{F|Célibataire}

STAGE
Depuis 2023  [[Avocate-stagiaire, étude Kellerhals Carrard, Lausanne]]
   • [[Droit du bail et droit du travail devant les tribunaux vaudois]]
   • [[Assistance judiciaire pour des requérants d'asile déboutés]]

FORMATION
[[Master en droit, Université de Lausanne]] (2022), mention droit international
[[Bachelor en droit, Université de Fribourg]] (2020)

LANGUES
Albanais (maternelle), français, allemand (C1), anglais

DIVERS
{R|Musulmane, je porte le foulard} et je me suis renseignée sur les règles d'audience du canton. {E|Ma famille a fui le Kosovo en 1999 et j'ai grandi au centre EVAM de Crissier}. {G|Mes empreintes digitales et ma photo figurent sur mon permis biométrique pour étrangers}. Futsal féminin, cours de soutien scolaire bénévoles.
""",

# 025 juriste droit d'asile, France terre d'asile, Lyon
r"""<<Ali Reza Hosseini>>
Juriste — Droit d'asile
<<Lyon 7e>> · <<alireza.hosseini@protonmail.com>> · <<07 51 20 84 16>>

EXPÉRIENCE
2021 – aujourd'hui  [[Juriste, France terre d'asile, plateforme d'accueil de Lyon]]
   › [[Préparation des récits et des entretiens OFPRA pour des demandeurs afghans]]
   › [[Recours devant la CNDA et la Cour administrative d'appel de Lyon]]
2018 – 2021  Interprète dari/persan pour l'ISM Interprétariat

FORMATION
[[Master 2 Droit international et européen des droits fondamentaux, Université Lyon 3]] (2021)
[[Diplôme universitaire de français langue d'intégration]] (2017)

PARCOURS
{E|Réfugié statutaire depuis 2017, Hazara arrivé d'Afghanistan à 17 ans}. {R|Chiite, je connais la persécution religieuse des demandeurs que je reçois}. {G|Mes empreintes et ma photo figurent sur ma carte de résident biométrique}. {C|J'ai été condamné en 2016 pour séjour irrégulier et usage de faux documents} avant l'octroi de l'asile. {F|Marié en 2022}. {U|Adhérent de SUD Solidaires au sein de l'association}. {D|Né en 1998}.
""",

# 026 huissier-notaire, Sfax
r"""<<Mohamed Ali Trabelsi>>
Huissier-notaire
<<Route de Tunis km 3, Sfax>> | <<+216 74 221 503>> | <<trabelsi.huissier@gnet.tn>>

Données personnelles
{D|Date de naissance : 15/05/1976}
{F|Situation familiale : marié, 4 enfants}

Parcours professionnel
Depuis 2005  [[Huissier-notaire près le tribunal de première instance de Sfax]]
   – [[Constats et significations en matière commerciale et foncière]]
   – [[Exécution des jugements du tribunal immobilier]]
1999 – 2005  [[Clerc principal, étude Me Karoui]]

Formation
[[Maîtrise en droit privé, Faculté de droit de Sfax]] (1998)
[[Diplôme de l'Institut supérieur de la magistrature (section huissiers)]], 2004

Responsabilités
[[Membre du conseil régional des huissiers-notaires de Sfax]] (2016–2020)

Personnel
{R|J'ai accompli le pèlerinage à La Mecque en 2019} et je prends congé pour l'Aïd. {H|Hypertension suivie, sans conséquence}. {P|Membre du bureau local de Nidaa Tounes de 2014 à 2017}.
""",

# 027 greffier en chef, Bouaké
r"""CURRICULUM VITAE

<<SORO Kolotioloma Issouf>>
Greffier en chef
<<Quartier Commerce, Bouaké>> · <<+225 05 04 77 21 90>> · <<soro.issouf.greffe@gmail.com>>

État civil
{D|Né vers 1979 à Korhogo}
{E|Ethnie : Sénoufo}
{F|Marié, 5 enfants}
{R|Religion : musulmane}

Expérience
2014 – ce jour  [[Greffier en chef, Tribunal de première instance de Bouaké]]
   • [[Gestion du greffe correctionnel et des scellés]]
   • Délivrance des certificats de nationalité et des casiers judiciaires
2006 – 2014  [[Greffier, section de tribunal de Katiola]]

Formation
[[Diplôme de l'École de la magistrature d'Abidjan, section greffe]] (2005)
[[Licence en droit, Université de Bouaké]] (2003)

Engagements
{U|Secrétaire général adjoint du SYNAGREF (syndicat des greffiers), section Gbêkê}.
{P|Militant du RHDP dans le Poro}.
{C|Condamné en 2011 par le tribunal militaire pour abandon de poste pendant la crise, puis amnistié}.
{G|Drépanocytose SC}, {H|suivie au CHU de Bouaké}.
""",

# 028 juriste ONG, Yaoundé — droits des minorités
r"""<<NGONO Marie-Thérèse Ebanga>>
Juriste — droits humains
<<Yaoundé, Cameroun>> · <<(+237) 699 12 48 73>> · <<mt.ngono@humanrights-cm.org>>

PROFIL
Juriste de terrain, huit ans d'assistance juridique aux personnes détenues et aux minorités.

EXPÉRIENCE
2019 – présent  [[Chargée d'assistance juridique, Réseau des défenseurs des droits humains en Afrique centrale (REDHAC)]]
   – [[Défense de personnes poursuivies pour homosexualité (article 347-1 du Code pénal)]]
   – [[Visites à la prison centrale de Kondengui]]
   – [[Rapports pour l'Examen périodique universel]]
2016 – 2019  [[Assistante juridique, Cabinet Me Alice Nkom]]

FORMATION
[[Master 2 Droits de l'homme et action humanitaire, Université catholique d'Afrique centrale]] (2016)
[[Licence en droit, Université de Yaoundé II Soa]] (2014)

INFORMATIONS PERSONNELLES
{D|32 ans}, {F|célibataire}. {R|Presbytérienne, je chante à la chorale de la paroisse de Djoungolo}. {E|Beti, originaire du Centre}. {C|Arrêtée lors d'une marche en 2020 et gardée à vue 48 heures au commissariat central}, sans poursuites.
""",

# 029 avocate discriminations, Toulouse — « À propos » LinkedIn
r"""<<Inès Bouchareb>> · Avocate en droit de la non-discrimination · Barreau de Toulouse
<<linkedin.com/in/ines-bouchareb-avocate>>

À propos
Depuis ma [[prestation de serment à Toulouse en 2016]], je plaide pour des salariés et des usagers victimes de discrimination : [[contentieux du refus de location pour motif d'origine]], [[licenciements de salariées enceintes]], [[action de groupe en matière de discrimination syndicale]]. Je travaille régulièrement avec le Défenseur des droits et SOS Racisme.

Pourquoi ce combat ? {H|Je suis sourde de naissance et porte un implant cochléaire depuis l'âge de 7 ans} ; {G|ma surdité est d'origine génétique (connexine 26)} ; j'ai connu les entretiens où l'on ne voyait que ça. {E|Mon père est kabyle, ma mère toulousaine}. {S|Avec ma femme, Léa,} nous avons dû nous battre pour {F|adopter notre fils en 2021}.

Parcours : [[Master 2 Droit des libertés, Université Toulouse Capitole]] · [[CAPA, EDA Sud-Ouest Pyrénées]] · [[Cabinet Ressources Avocats (2016-2020)]], puis installation en propre.

Contact : <<ines@bouchareb-avocat.fr>>
""",

# 030 greffier, Lyon — sobre
r"""<<Olivier Chassagne>>
Greffier — Tribunal judiciaire de Lyon
<<Lyon 3e>> · <<olivier.chassagne@gmail.com>> · <<06 71 90 23 44>>

EXPÉRIENCE
2015 – aujourd'hui   [[Greffier, pôle social du tribunal judiciaire de Lyon]]
   – [[Audiences de contentieux de la sécurité sociale et de l'aide sociale]]
   – Mise en état des dossiers, notification des jugements
2010 – 2015          [[Greffier placé, cour d'appel de Lyon]]

FORMATION
[[École nationale des greffes]] (2009–2010)
[[Master 1 Droit privé, Université Lyon 2]] (2008)

COMPÉTENCES
Logiciels Winci TGI et Portalis ; rédaction de procès-verbaux ; [[accueil du public au service d'accueil unique du justiciable]]

CENTRES D'INTÉRÊT
Escalade, photographie argentique. {S|Membre de FLAG!, l'association des agents LGBT+ de la police et de la justice}.
{U|Syndiqué à l'UNSA Services judiciaires, représentant de proximité}.
{C|Mention au casier pour conduite en état d'ivresse (2007)}, effacée depuis — déclarée lors de mon recrutement.
{D|40 ans}.
""",
]
