# legal-fr-001 .. 010, tapés à la main
CVS = [
# 001 avocate droit du travail (côté salariés), Paris — CV d'avocat
r"""<<Maître Camille Rousseau-Ndiaye>>
Avocate au Barreau de Paris
<<12, rue Saint-Maur, 75011 Paris>> · <<06 71 32 48 09>> · <<c.rousseau@avocat-conseil.fr>>

[[Prestation de serment : 14 décembre 2012, Cour d'appel de Paris]]
Toque : <<C 1847>>

EXPÉRIENCE
Depuis 2018 — [[Associée, cabinet Ménard & Rousseau]] (droit social, côté salariés)
  – [[Défense de salariés devant le conseil de prud'hommes de Paris et de Bobigny]] (plus de 400 dossiers)
  – [[Contentieux de la discrimination syndicale pour des élus CGT et Sud-Rail]]
  – [[Harcèlement moral et licenciements de salariées enceintes]]
2012–2018 — Collaboratrice, cabinet Brun (Paris 9e)

FORMATION
[[CAPA, EFB Paris]] (2012) · [[Master 2 Droit social, Université Paris 1 Panthéon-Sorbonne]] (2010)

ENGAGEMENTS
{U|Adhérente du Syndicat des avocats de France (SAF), membre du bureau de la section de Paris}.
Formatrice bénévole à l'Institut du travail de Sceaux.

INFORMATIONS PERSONNELLES
{D|Née le 4 mai 1986} à Dakar.
{S|Pacsée avec Claire depuis 2015}, {F|une fille de six ans}.
{H|Asthme sévère : je limite les déplacements en période de pollution}.
""",

# 002 notaire, Lyon — CV classique
r"""<<Bertrand de Valcourt>>
Notaire associé
<<Office notarial de Valcourt & Chambon, 8 place Bellecour, 69002 Lyon>>
<<04 78 92 11 30>> — <<bertrand.devalcourt@notaires.fr>>

{D|52 ans} — {F|marié, trois enfants}

PARCOURS
2006 – aujourd'hui  [[Notaire associé, SCP de Valcourt & Chambon]], Lyon
    [[Règlements de successions et donations-partages (environ 180 dossiers par an)]]
    [[Ventes en l'état futur d'achèvement pour des promoteurs lyonnais]]
1998 – 2006  [[Notaire assistant, étude Me Perrier]], Villefranche-sur-Saône

DIPLÔMES
[[Diplôme supérieur du notariat, Université Lyon 3]] (1998)
[[DESS Droit notarial, Université Jean Moulin Lyon 3]] (1996)

FONCTIONS ORDINALES
[[Membre de la Chambre des notaires du Rhône (2016–2022)]]
Chargé d'enseignement à l'INFN de Lyon

VIE PERSONNELLE
{R|Catholique pratiquant, je suis hospitalier de Lourdes chaque année au mois d'août}. {P|Adhérent des Républicains, trésorier de la circonscription de Lyon 2e de 2012 à 2017}. Voile en Méditerranée, chasse en Sologne.
""",

# 003 juge d'instruction, Rennes
r"""<<Hélène Quéméner>>
Magistrate — juge d'instruction
<<Rennes (35)>> · <<helene.quemener@justice.fr>>

CARRIÈRE JUDICIAIRE
2019 – ce jour   [[Juge d'instruction, tribunal judiciaire de Rennes]]
                 [[Informations judiciaires en matière de criminalité organisée et de violences conjugales]]
2014 – 2019      [[Substitut du procureur, tribunal de grande instance de Brest]]
                 Permanence parquet mineurs ; [[politique pénale en matière de stupéfiants]]
2012 – 2014      [[Auditrice de justice, École nationale de la magistrature]], Bordeaux

FORMATION
[[Concours d'accès à l'ENM (premier concours), 2011]]
[[Master 2 Droit pénal et sciences criminelles, Université Rennes 1]]

ENSEIGNEMENT
Chargée de TD en procédure pénale, Université Rennes 1 (depuis 2020)

ENGAGEMENT ET SITUATION
{U|Adhérente du Syndicat de la magistrature depuis l'ENM, déléguée régionale pour la cour d'appel de Rennes}.
{F|Mariée, deux enfants en bas âge} ; {H|reprise à temps partiel thérapeutique en 2021 après un burn-out}.
{D|Âge : 37 ans}.
""",

# 004 greffier, Bordeaux
r"""<<Karim Benslimane>>
Greffier des services judiciaires
<<33800 Bordeaux>> — <<07 62 18 44 90>> — <<karim.benslimane33@laposte.net>>

PROFIL
Greffier depuis 2011, [[spécialisé en audiences correctionnelles et comparutions immédiates]], candidat au concours de directeur des services de greffe.

EXPÉRIENCE
2016 – aujourd'hui  [[Greffier, chambre des appels correctionnels, cour d'appel de Bordeaux]]
2011 – 2016         [[Greffier, service de l'application des peines, TGI de Périgueux]]
   • Tenue des audiences JAP ; [[notifications de mesures de sûreté]]

FORMATION
[[École nationale des greffes, Dijon]] (2010–2011)
[[Licence de droit, Université de Bordeaux]] (2009)

DIVERS
{U|Militant CGT Chancelleries et services judiciaires, élu en commission administrative paritaire de 2018 à 2022}.
{H|Reconnaissance de la qualité de travailleur handicapé (RQTH) depuis 2019} — poste de travail adapté.
{F|Divorcé, père de deux garçons}, {S|aujourd'hui en couple avec Julien} ; {E|fils d'un ouvrier marocain arrivé à Mérignac en 1975}.
{C|Une condamnation en 2004 pour dégradations lors d'une manifestation lycéenne}, non inscrite au bulletin n° 2, déclarée lors du concours.
Football en club (FC Bordeaux-Bastide), arbitrage de district.
""",

# 005 avocat pénaliste, Marseille — profil prose
r"""<<Me Nordine Haddadi>>
Avocat pénaliste — Barreau de Marseille
<<Marseille 1er>> · <<n.haddadi@haddadi-avocat.fr>> · <<04 91 54 27 66>>

À PROPOS
Je défends depuis 2010 des personnes poursuivies devant le tribunal correctionnel et la cour d'assises des Bouches-du-Rhône. [[Commis d'office dans plus de 70 dossiers criminels]], [[défense de mineurs devant le tribunal pour enfants de Marseille]], [[plaidoiries en matière de trafic de stupéfiants et de règlements de comptes]].

Mon parcours explique mon métier : {E|je suis fils d'immigrés algériens de Sétif}, j'ai grandi à la Busserine, et {C|j'ai moi-même été condamné à 19 ans à une peine d'amende pour outrage à agent} — {C|condamnation aujourd'hui effacée par la réhabilitation}, ce que le conseil de l'Ordre savait lors de mon inscription. {R|Musulman pratiquant, j'observe le jeûne du ramadan} sans que cela ne change rien à mes horaires d'audience.

PARCOURS
[[Prestation de serment en 2010]] ; [[secrétaire de la Conférence du stage du Barreau de Marseille (2012)]].
[[Master 2 Droit pénal, Aix-Marseille Université]].

{F|Marié, père de trois enfants}. {D|41 ans}.
""",

# 006 juriste droit des étrangers, La Cimade, Montpellier
r"""<<Mariama Diallo>>
Juriste en droit des étrangers
<<34000 Montpellier>> · <<mariama.diallo.juriste@gmail.com>> · <<06 44 17 92 05>>

EXPÉRIENCE
Depuis 2020  [[Juriste, La Cimade, permanence juridique de Montpellier]]
  ▸ [[Accompagnement de demandeurs d'asile devant l'OFPRA et la CNDA]]
  ▸ [[Recours contre les obligations de quitter le territoire (OQTF)]]
  ▸ Intervention au centre de rétention de Sète
2018–2020    [[Chargée d'accueil, Réseau Éducation Sans Frontières]]

FORMATION
[[Master 2 Droit des étrangers, Université de Montpellier]] (2020)
[[DU Droit d'asile et protection internationale]] (2018)

LANGUES
Français, peul, soussou, anglais

PARCOURS PERSONNEL
{E|Je suis arrivée de Guinée en 2013 et j'ai obtenu le statut de réfugiée en 2015}, {S|ma demande d'asile reposait sur mon orientation lesbienne}, passible de prison à Conakry. {G|Mes empreintes ont été relevées dans Eurodac à Paris} : je sais ce que vivent les personnes que j'accompagne. {D|Née en 1994}. {F|Célibataire, sans enfant}.
""",

# 007 commissaire de justice (ex-huissier), Lille
r"""<<Jean-Philippe Vandamme>>
Commissaire de justice associé
<<SELARL Vandamme-Lefebvre, 27 rue Nationale, 59000 Lille>>
<<03 20 55 41 09>> | <<jp.vandamme@cj-lille.fr>>

COMPÉTENCES
[[Signification d'actes et exécution forcée]] · [[Constats (internet, dégâts des eaux, état des lieux)]] · [[Ventes judiciaires aux enchères]] · Médiation

EXPÉRIENCE
2022 – ce jour  [[Commissaire de justice associé]] (fusion huissiers/commissaires-priseurs)
2004 – 2021     Huissier de justice associé, même étude
   - [[Procédures d'expulsion locative avec saisine de la CCAPEX]]
   - Recouvrement pour bailleurs sociaux de la métropole lilloise
1998 – 2004     Clerc significateur puis principal clerc, étude Dewulf, Roubaix

FORMATION
[[Examen professionnel d'huissier de justice, 2003]]
[[Maîtrise de droit privé, Université Lille 2]] (1997)

PERSONNEL
{D|Né le 21/08/1973} à Tourcoing.
{F|Marié, deux enfants, un petit-fils}.
{H|Diabétique de type 2, sous traitement}.
""",

# 008 avocat, Barreau de Bruxelles
r"""<<Thibault Van Acker>>
Avocat au Barreau de Bruxelles (ordre français)
<<Avenue Louise 149, 1050 Bruxelles>> · <<+32 478 55 21 09>> · <<t.vanacker@avocats-bxl.be>>

EXPÉRIENCE PROFESSIONNELLE
2017 – aujourd'hui  [[Avocat associé, cabinet Progress Lawyers Network]]
   • [[Droit des étrangers : recours devant le Conseil du contentieux des étrangers]]
   • [[Défense de militants poursuivis après des actions climat]]
   • Regroupement familial, séjours étudiants
2013 – 2017  Avocat stagiaire puis collaborateur, cabinet Dupont & Lemaire

FORMATION
[[Master en droit, UCLouvain]] (2012) · [[Certificat d'aptitude à la profession d'avocat (CAPA), 2016]]

ENGAGEMENTS
{P|Membre d'Ecolo, élu au conseil de section d'Ixelles depuis 2018}.
{U|Affilié à la CSC à titre personnel depuis mon premier emploi étudiant}.

SITUATION
{S|Marié à Thomas, mon époux, depuis 2019}. {F|Nous accueillons un enfant en famille d'accueil}. {D|Né en 1988}.
""",

# 009 juriste d'entreprise, Genève — CV suisse avec état civil
r"""<<Sofia Carvalho Meier>>
<<Rue de Carouge 54, 1205 Genève>>
<<+41 79 612 44 80>> · <<sofia.carvalho@bluewin.ch>>

{D|Date de naissance : 02.11.1983}
{E|Nationalité : portugaise, permis C}
{F|État civil : mariée, deux enfants}
{R|Confession : protestante}

EXPÉRIENCE PROFESSIONNELLE
2015 – ce jour  [[Juriste senior, Firmenich SA]], Satigny
   – [[Contrats de distribution et de licence dans 40 pays]]
   – [[Conformité LPD/RGPD pour les données des collaborateurs]]
2010 – 2015     [[Avocate-stagiaire puis collaboratrice, Lenz & Staehelin]], Genève

FORMATION
[[Brevet d'avocat, canton de Genève]] (2010)
[[Master en droit, Université de Genève]] (2008)

LANGUES
Français, portugais (langue maternelle), anglais, allemand (B2)

LOISIRS
Randonnée, chorale. {U|Membre d'Unia depuis mes années d'étudiante}, lorsque je travaillais dans la vente. {H|Je suis suivie pour une sclérose en plaques depuis 2018, sans incidence sur mon taux d'activité de 90 %}.
""",

# 010 avocate, Luxembourg
r"""<<Ana Lopes Fonseca>>
Avocate à la Cour — Barreau de Luxembourg
<<L-1930 Luxembourg>> | <<ana.lopesfonseca@pt.lu>> | <<+352 621 334 780>>

PARCOURS
2019 – présent   [[Senior associate, Arendt & Medernach]]
                 [[Fonds d'investissement alternatifs (FIA) et structuration de SICAV]]
                 [[Dossiers CSSF et lutte contre le blanchiment]]
2014 – 2019      Avocate, Elvinger Hoss Prussen

DIPLÔMES
[[Cours complémentaires en droit luxembourgeois (CCDL)]], 2014
[[Master 2 Droit bancaire et financier, Université Paris 2 Panthéon-Assas]], 2013
[[Inscrite à la liste I du Tableau de l'Ordre des avocats]], 2017

PERSONNEL
{E|Double nationalité luxembourgeoise et capverdienne ; mes parents sont venus de Praia en 1979}.
{D|35 ans}. {S|En couple avec Marta}, {F|un enfant, congé parental prévu au printemps}.
{G|Porteuse du trait drépanocytaire, comme ma mère}, je m'implique dans l'association Drépano Lux.
{P|Militante du LSAP, section Esch-sur-Alzette}.
""",
]
