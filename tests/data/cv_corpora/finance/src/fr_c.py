CVS = [
r"""
Madame, Monsieur,

Analyste LCB-FT depuis quatre ans dans une néobanque, je souhaite rejoindre votre équipe conformité pour travailler sur le filtrage des sanctions. J'ai traité plus de 6 000 alertes et rédigé 140 déclarations de soupçon à TRACFIN. {H:Je précise que je suis sourde appareillée} : je lis sur les lèvres et j'utilise la transcription automatique en réunion.

{c:Inès Haddad-Morel}
{c:Lille (59)} — {c:06 45 90 27 13} — {c:ines.haddadmorel@proton.me}

EXPÉRIENCE
{k:Analyste LCB-FT confirmée, Qonto} — 2020 à aujourd'hui
   • {k:Déclarations de soupçon à TRACFIN (140) et réponses aux droits de communication}
   • {k:Paramétrage de scénarios de détection sur les virements instantanés}
{k:Chargée de conformité junior, Crédit du Nord} — 2018 à 2020

FORMATION
{k:Master 2 Conformité et éthique financière, Université de Lille}

ENGAGEMENTS
{S:Coprésidente de l'association Homoboulot (LGBT+ dans la finance) à Lille}. {E:Fille d'un père libanais et d'une mère bretonne}. {U:Adhérente SNB CFE-CGC}. Badminton, photographie argentique.
""",
r"""
{c:Frédéric Delmas}
Credit manager — recouvrement BtoB
{c:33700 Mérignac} · {c:06 14 77 52 80} · {c:fdelmas.credit@free.fr}

EXPÉRIENCE
{k:Credit manager, Groupe Lapeyre} (2017 – aujourd'hui)
  → {k:Encours clients de 85 M€, DSO ramené de 62 à 48 jours}
  → {k:Pilotage de l'assurance-crédit Allianz Trade et des limites clients}
  → Équipe de 4 chargés de recouvrement
{k:Chargé de recouvrement, Cdiscount} (2012 – 2017)

FORMATION
{k:Licence professionnelle Gestion du crédit et du recouvrement, IUT Bordeaux}
{k:Certification AFDCC}

SITUATION
{D:44 ans}, {F:pacsé, deux enfants}. {C:J'ai été condamné en 2006 pour recel (sursis)} ; ma situation a ensuite été réhabilitée. J'ai aussi connu un dossier de surendettement en 2010, soldé en 2014. {G:Mon ADN figure au FNAEG depuis cette affaire}. Passionné de rugby, j'entraîne les moins de 14 ans à Mérignac.
""",
r"""
{c:Carlos Da Silva Pereira}
Responsable dépositaire — banque dépositaire
{c:L-4050 Esch-sur-Alzette} · {c:+352 691 203 778} · {c:carlos.dasilva@post.lu}

EXPÉRIENCE
{k:Depositary Manager, BNP Paribas Securities Services Luxembourg} | 2016 – aujourd'hui
 ▪ {k:Supervision dépositaire (cash monitoring, oversight) de 80 FIA immobiliers et de private equity}
 ▪ {k:Revue des contrôles AIFMD avant les inspections de la CSSF}
 ▪ Encadrement de 7 personnes
{k:Fund Administrator, Alter Domus} | 2011 – 2016

FORMATION
{k:Master en gestion, HEC Liège}, 2011
Langues : portugais, français, luxembourgeois, anglais, allemand (notions).

ENGAGEMENTS
{U:Membre du bureau du syndicat Banques et Assurances de l'OGBL}.
{P:Candidat LSAP aux élections communales d'Esch-sur-Alzette (2023)}.
{E:Né au Portugal, installé au Luxembourg avec mes parents en 1992}.
{S:Marié à Bruno depuis 2017.}
{D:Date de naissance : 3.9.1986}.
""",
r"""
{c:Fatima Zahra Bouchiki}
{c:Rue Haute 122, 1000 Bruxelles} · {c:0486 31 22 07} · {c:fz.bouchiki@gmail.com}

Employée d'agence bancaire (guichet et conseil) — 7 ans d'expérience

EXPÉRIENCE
2017 – aujourd'hui : {k:Conseillère en agence, bpost banque, agence de Bruxelles-Midi}
  • Ouverture de comptes, virements, épargne, service au guichet
  • {k:Accompagnement de 300 clients âgés vers la banque en ligne}
  • {k:Prix de l'agence la mieux notée en satisfaction client (2022)}
2014 – 2017 : {k:Caissière, Delhaize, Anderlecht}

FORMATION
{k:Bachelier en comptabilité, Haute École Francisco Ferrer}
{k:Attestation Febelfin Agent bancaire}

INFORMATIONS
{E:Belgo-marocaine (parents originaires du Rif)}. {R:Je porte le foulard, ce qui n'a jamais posé problème en agence}. {F:Mariée, enceinte de notre premier enfant (terme prévu en mars)}. {H:Je suis en rémission d'une maladie de Crohn}. Langues : français, néerlandais, arabe, anglais.
""",
r"""
{c:Stéphanie Rochat}
Gestionnaire de caisse de pension (2e pilier)
{c:1006 Lausanne} | {c:+41 76 318 90 44} | {c:stephanie.rochat@sunrise.ch}

EXPÉRIENCE
{k:Gestionnaire principale, Retraites Populaires, Lausanne} — depuis 2015
   ▸ {k:Gestion de 4 500 assurés LPP (entrées, sorties, libre passage, retraites)}
   ▸ {k:Calcul des prestations en cas de divorce (partage de la prévoyance)}
   ▸ Préparation des dossiers pour le conseil de fondation
{k:Collaboratrice assurances sociales, Caisse AVS de la FER Genève} — 2010 à 2015

FORMATION
{k:Brevet fédéral de spécialiste en gestion de la prévoyance en faveur du personnel}
CFC d'employée de commerce, 2009

DONNÉES PERSONNELLES
{D:Née le 30 novembre 1990}
{F:Mariée, un enfant}
{S:Mon épouse Aline est infirmière au CHUV}
{G:Après le diagnostic de Huntington de ma mère, j'ai fait un test prédictif en 2020}
Loisirs : escalade, jardinage.
""",
r"""
CURRICULUM VITAE

{c:Mlle Aurélie VIALE}
Auditrice financière

ÉTAT CIVIL
{c:Résidence Les Agaves, 98000 Monaco}
{c:+377 6 80 55 71 32} — {c:aurelie.viale@gmail.com}
{D:Née le 11 juillet 1995 à Nice}
{E:Nationalité : française, résidente monégasque depuis l'enfance}
{F:Célibataire, sans enfant}

EXPÉRIENCE
2019 – aujourd'hui : {k:Auditrice senior, Deloitte Monaco}
  – {k:Audit légal de banques privées et de sociétés de gestion agréées par la CCAF}
  – {k:Revue des procédures LCB-FT pour le compte de l'AMSF}
  – Coordination d'équipes de 3 à 5 auditeurs
2018 – 2019 : {k:Stagiaire audit, PwC Nice}

FORMATION
{k:Master CCA, IAE Nice}, 2018
Compétences : IFRS, normes ISA, outils d'audit Levvia, anglais courant.

INFORMATIONS COMPLÉMENTAIRES
{H:Diabétique de type 1 sous pompe à insuline}.
Bénévole à l'association monégasque Fight Aids Monaco et {S:membre d'un collectif lesbien niçois}.
""",
r"""
{c:Kevin Bouchard-Tremblay}
{c:Saguenay (Québec)} · {c:418 555-0155} · {c:kevin.bouchard.t@gmail.com}

TECHNICIEN EN PAIE — 10 ANS D'EXPÉRIENCE

EXPÉRIENCE
{k:Technicien principal en paie, Rio Tinto Alcan, Saguenay} (2016 à aujourd'hui)
  → Paie de 1 900 employés syndiqués (horaires atypiques, primes de quart)
  → {k:Application de la convention collective du Syndicat national des employés de l'aluminium d'Arvida}
  → {k:Retenues syndicales et déclarations RL-1 et T4}
{k:Commis à la paie, Ville de Saguenay} (2012 à 2016)

FORMATION
{k:Certification CPP (Canadian Payroll Association)}
{k:DEC en techniques de comptabilité et de gestion, Cégep de Jonquière}

À NOTER
{C:J'ai obtenu une suspension de casier en 2018 pour une condamnation de 2009 (vol qualifié)}. {U:Je suis moi-même membre de l'unité de bureau syndiquée CSN}. {S:Mon chum Patrick et moi} habitons Chicoutimi. {D:36 ans}.
""",
r"""
{c:Khadija Ait Ouarab}
Agente de crédit — microfinance rurale
{c:Douar Tizi, Commune d'Asni, Province d'Al Haouz} · {c:06 70 14 82 39} · {c:k.aitouarab@gmail.com}

EXPÉRIENCE
Depuis 2016 : {k:Agente de crédit, Fondation Al Amana Microfinance}, agence d'Asni
   • {k:Portefeuille de 480 micro-crédits (élevage, artisanat, commerce) avec 98,7 % de remboursement}
   • {k:Reconstruction : 160 prêts rééchelonnés après le séisme d'Al Haouz de septembre 2023}
   • Animation de groupes solidaires de femmes artisanes
2013 – 2016 : {k:Animatrice, Association Tichka pour le développement}

FORMATION
{k:Licence en économie, Université Cadi Ayyad, Marrakech}

PERSONNEL
{D:Née en 1991}. {E:Amazighe, tachelhit langue maternelle}. {F:Veuve depuis 2020, une fille}. {R:Je suis des cours d'enseignement coranique à la mosquée du douar}. {P:Adhérente du PPS}. {U:Membre de la CDT, section microfinance}.
""",
r"""
{c:Mohamed Amine Gharbi}
Chargé de conformité charaïque — banque islamique
{c:Ennasr 2, 2037 Ariana} · {c:+216 55 203 917} · {c:ma.gharbi@planet.tn}

EXPÉRIENCE
{k:Chargé de conformité charaïque, Banque Zitouna, Tunis} (2016 – aujourd'hui)
 › {k:Revue de conformité des contrats Mourabaha, Ijara et Moucharaka avant décaissement}
 › {k:Secrétariat du comité de contrôle de conformité charaïque (CCCC)}
 › {k:Audit charaïque annuel de 40 agences}
{k:Comptable, Al Baraka Bank Tunisie} (2012 – 2016)

FORMATION
{k:Master en finance islamique, Université Ez-Zitouna}
{k:CSAA (AAOIFI)}

DIVERS
{D:Né le 14 janvier 1986}. {R:Je suis pratiquant et j'ai accompli le hajj en 2019}. {C:Une condamnation en 2008 pour usage de cannabis (loi 52), un an avec sursis}. {G:Mon empreinte est enregistrée sur le lecteur biométrique de la salle d'archives}. {F:Marié, deux enfants}.
""",
r"""
{c:ANDRIAMIHAJA Tojo Nirina}
{c:Lot II M 45 Antsakaviro, Antananarivo} / {c:032 05 781 44} / {c:tojo.andriamihaja@gmail.com}

COMPTABLE GÉNÉRAL — ASSURANCE

EXPÉRIENCE PROFESSIONNELLE
2017 – ce jour : {k:Comptable général, ARO (Assurances Réassurances Omnibranches)}
  ◦ {k:Clôtures mensuelles et états financiers selon le plan comptable des assurances}
  ◦ {k:Réconciliations de réassurance avec 6 réassureurs}
  ◦ Déclarations fiscales (IRSA, TVA)
2013 – 2017 : {k:Aide-comptable, Cabinet Delta Audit Deloitte}

FORMATION
{k:Master en comptabilité et audit, INSCAE}

COMPÉTENCES
Sage Saari, Excel (tableaux croisés), normes IFRS 17 en cours d'apprentissage, malgache, français, anglais.
Loisirs : football le week-end avec l'équipe de l'entreprise, lecture, jardinage.

RENSEIGNEMENTS PERSONNELS
{D:Âge : 35 ans}
{F:Marié, deux enfants}
{P:Membre du parti TIM, section Antananarivo Renivohitra}
{H:Opéré d'une tuberculose vertébrale en 2019, rétabli}
{E:Origine : Betsileo}
""",
]
