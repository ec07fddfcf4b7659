# CV français 031-040, tels qu'extraits de fichiers PDF / Word. Écrits à la main.
CVS = []

# 031 France (Nice) - CV photocopié puis OCR : « l » pour « I », accents perdus, césures
CVS.append(dict(
text="""FRANCK LOMBARDI
Chef de rang / Maitre d'hotel
Ne le 19/05/1978 - Divorce, sans enfant a charge
27 bd de la Madeleine, 06000 Nice - 06 14 82 33 91 - franck.lombardi06@orange.fr

EXPERIENCE PROFESSlONNELLE
2016 - auj.  Maitre d'hotel, Hotel Negresco (restaurant Le Chantecler), Nice
             - Brigade de 14 personnes, 2 etoiles Michelin jusqu'en 2019
             - Formation des apprentis au service a la russe et au decoupage
2008 - 2016  Chef de rang, Hotel de Paris Monte-Carlo (SBM), Monaco
             - Service Louis XV - Alain Ducasse
2000 - 2008  Commis puis demi-chef de rang, saisons Courchevel et Saint-Tropez

FORMATlON
BTS Hotellerie-restauration, Lycee Paul Augier, Nice (1998)
Certificat de sommellerie (CFA Nice, 2005)

LANGUES
Italien (bilingue), anglais (courant), russe (notions)

SlTUATlON
Bulletin n° 2 : une condamnation de 2015 pour outrage a agent (amende), a la suite
d'une manifestation.
J'ai ete adherent et colleur d'affiches du Front national de 2012 a 2017 ; je n'ai
plus d'engagement aujourd'hui.
                                                                   Page 1/1""",
sens=[("D", "Ne le 19/05/1978"), ("F", "Divorce, sans enfant a charge"),
      ("C", "une condamnation de 2015 pour outrage a agent (amende)"),
      ("P", "J'ai ete adherent et colleur d'affiches du Front national de 2012 a 2017")],
keep=["Chef de rang / Maitre d'hotel", "Maitre d'hotel, Hotel Negresco (restaurant Le Chantecler), Nice",
      "Brigade de 14 personnes, 2 etoiles Michelin jusqu'en 2019", "Chef de rang, Hotel de Paris Monte-Carlo (SBM), Monaco",
      "BTS Hotellerie-restauration, Lycee Paul Augier, Nice", "Certificat de sommellerie (CFA Nice, 2005)"],
contact=["FRANCK LOMBARDI", "27 bd de la Madeleine, 06000 Nice", "06 14 82 33 91", "franck.lombardi06@orange.fr"],
))

# 032 Suisse (Neuchâtel) - deux colonnes fusionnées ligne à ligne
CVS.append(dict(
text="""OLIVIER JEANNERET                         Horloger rhabilleur
Rue des Parcs 92, 2000 Neuchâtel · 079 522 18 40 · o.jeanneret@bluewin.ch

EN BREF                        PARCOURS
Horloger CFC, 20 ans           Horloger rhabilleur — Tissot SA, Le Locle
d'atelier. Patient,            2011 – aujourd'hui
minutieux, bon                 – Révision de calibres automatiques et
formateur.                       chronographes (ETA, Powermatic 80)
                               – Formateur des apprentis 3e et 4e année
ÉTAT CIVIL                     – Membre du comité de section Unia
Partenariat enregistré           Neuchâtel (horlogerie) depuis 2016
avec Marc depuis 2012          Horloger — Cartier, La Chaux-de-Fonds
                               2004 – 2011
SANTÉ                          – Emboîtage et contrôle final
Séropositif depuis 2009,
traitement efficace,           FORMATION
charge virale                  CFC d'horloger praticien, CIFOM,
indétectable.                  Le Locle (2004)
                               Brevet fédéral d'horloger rhabilleur (2014)
POLITIQUE
Élu au Conseil général         LANGUES
de Neuchâtel sur la liste      Français, allemand (B1), anglais (B1)
du POP (2021–2024)""",
sens=[("U", "Membre du comité de section Unia"), ("O", "Partenariat enregistré"), ("O", "avec Marc"),
      ("H", "Séropositif depuis 2009"), ("P", "Élu au Conseil général"),
      ("P", "du POP (2021–2024)")],
keep=["Horloger rhabilleur", "Horloger rhabilleur — Tissot SA, Le Locle", "Révision de calibres automatiques et",
      "Formateur des apprentis 3e et 4e année", "Horloger — Cartier, La Chaux-de-Fonds", "CFC d'horloger praticien, CIFOM,",
      "Brevet fédéral d'horloger rhabilleur (2014)"],
contact=["OLIVIER JEANNERET", "Rue des Parcs 92, 2000 Neuchâtel", "079 522 18 40", "o.jeanneret@bluewin.ch"],
))

# 033 Québec (Trois-Rivières) - aucune mention sensible ; Word avec puces , tableau aplati
CVS.append(dict(
text="""ÉMILIE TROTTIER
Analyste en approvisionnement — Trois-Rivières (QC) — 819 555-0109 — emilie.trottier.appro@gmail.com

PROFIL
Analyste en approvisionnement stratégique (9 ans) en santé et en fabrication. Je
transforme des appels d'offres compliqués en contrats que les équipes comprennent.

EXPÉRIENCE
CIUSSS de la Mauricie-et-du-Centre-du-Québec — Agente d'approvisionnement | 2018 – ...
 Appels d'offres regroupés pour les fournitures médicales (Sigma Santé)
 Contrats de pompes à perfusion et de lits pour les CHSLD
 Suivi des indicateurs de rupture de stock pendant la pandémie
Marmen — Acheteuse | 2014 – 2018
 Achat d'acier et de brides pour les tours d'éoliennes

FORMATION
Année	Diplôme	Établissement
2014	Baccalauréat en administration des affaires (chaîne d'approvisionnement)	UQTR
2020	Certification CPA? Non — Titre SCMP	Supply Chain Canada

COMPÉTENCES
SAP MM, GRICS, Excel avancé (Power Query), rédaction de devis, LCOP

LANGUES
Français, anglais (avancé)

INTÉRÊTS
Canot-camping en Haute-Mauricie, tricot, club de lecture de la bibliothèque.""",
sens=[],
keep=["Analyste en approvisionnement", "CIUSSS de la Mauricie-et-du-Centre-du-Québec — Agente d'approvisionnement",
      "Appels d'offres regroupés pour les fournitures médicales (Sigma Santé)",
      "Contrats de pompes à perfusion et de lits pour les CHSLD", "Marmen — Acheteuse",
      "Achat d'acier et de brides pour les tours d'éoliennes", "Titre SCMP", "SAP MM, GRICS, Excel avancé (Power Query)"],
contact=["ÉMILIE TROTTIER", "Trois-Rivières (QC)", "819 555-0109", "emilie.trottier.appro@gmail.com"],
))

# 034 Maroc (Tanger) - export ReKrute, puis CV Word analysé
CVS.append(dict(
text="""ReKrute.com — Profil candidat exporté
Nom : AZOUAGH Mohamed
Poste souhaité : Responsable maintenance — zone franche Tanger Automotive City
Ville : Tanger — Tél : 06 55 31 78 20 — E-mail : m.azouagh.maint@gmail.com
Niveau d'études : Bac+5 — Expérience : 10 ans
Date de naissance : 08/08/1988

CV
MOHAMED AZOUAGH — INGÉNIEUR MAINTENANCE
Expérience
Depuis 2019 : Responsable maintenance, Yazaki Morocco, Tanger
   ▪ Équipe de 18 techniciens, 3 équipes ; disponibilité des presses de sertissage 97 %
   ▪ Secrétaire du bureau syndical UMT de l'usine depuis 2021
2013 - 2017 : Ingénieur maintenance, Renault Tanger Méditerranée
   ▪ Robots de soudure (ABB, Kuka), GMAO Maximo
Interruption 2017 - 2019 : condamné en 2017 à dix mois de prison ferme, pour avoir
participé aux marches du Hirak à Al Hoceima ; gracié en 2019.

Formation
2013 : Ingénieur d'État en génie électromécanique, ENSA Tanger

Langues : tarifit (langue maternelle), arabe, français, espagnol, anglais""",
sens=[("D", "Date de naissance : 08/08/1988"), ("U", "Secrétaire du bureau syndical UMT de l'usine"),
      ("C", "condamné en 2017 à dix mois de prison ferme"), ("P", "pour avoir\nparticipé aux marches du Hirak"),
      ("C", "gracié en 2019")],
keep=["Responsable maintenance", "Responsable maintenance, Yazaki Morocco, Tanger",
      "Équipe de 18 techniciens, 3 équipes ; disponibilité des presses de sertissage 97 %",
      "Ingénieur maintenance, Renault Tanger Méditerranée", "Robots de soudure (ABB, Kuka), GMAO Maximo",
      "Ingénieur d'État en génie électromécanique, ENSA Tanger"],
contact=["AZOUAGH Mohamed", "MOHAMED AZOUAGH", "06 55 31 78 20", "m.azouagh.maint@gmail.com"],
))

# 035 France (Grenoble) - nouveau Europass, rubriques en capitales, pied de page
CVS.append(dict(
text="""Sandrine MOUNIER
Date de naissance : 25/04/1981
Numéro de téléphone : (+33) 6 70 28 15 44
Adresse e-mail : sandrine.mounier38@gmail.com
Adresse : 3 rue Très-Cloîtres, 38000 Grenoble (France)

EXPÉRIENCE PROFESSIONNELLE
STMICROELECTRONICS – CROLLES, FRANCE
TECHNICIENNE DE PRODUCTION SALLE BLANCHE – 2005 – ACTUEL
Conduite des équipements de photolithographie (scanners ASML), wafers 300 mm
Référente 5S et animation des points sécurité de l'équipe
Déléguée syndicale CGT pour le site de Crolles depuis 2018

ÉDUCATION ET FORMATION
BTS Contrôle industriel et régulation automatique, Lycée Vaucanson, Grenoble (2003)

COMPÉTENCES NUMÉRIQUES
SAP, MES (Camstar), Excel

INFORMATIONS COMPLÉMENTAIRES
Santé : porteuse hétérozygote du facteur V Leiden (test génétique familial en 2019,
après une phlébite) ; je travaille en position debout avec des bas de contention.
Vie personnelle : je vis avec ma compagne, Laure, et ses deux fils.

Sandrine Mounier — CV Europass — 1/1""",
sens=[("D", "Date de naissance : 25/04/1981"), ("U", "Déléguée syndicale CGT pour le site de Crolles"),
      ("G", "porteuse hétérozygote du facteur V Leiden"), ("H", "après une phlébite"),
      ("O", "ma compagne, Laure"), ("F", "ses deux fils")],
keep=["STMICROELECTRONICS", "TECHNICIENNE DE PRODUCTION SALLE BLANCHE",
      "Conduite des équipements de photolithographie (scanners ASML), wafers 300 mm",
      "Référente 5S et animation des points sécurité de l'équipe",
      "BTS Contrôle industriel et régulation automatique, Lycée Vaucanson", "SAP, MES (Camstar), Excel"],
contact=["Sandrine MOUNIER", "Sandrine Mounier", "(+33) 6 70 28 15 44", "sandrine.mounier38@gmail.com",
         "3 rue Très-Cloîtres, 38000 Grenoble (France)"],
))

# 036 Côte d'Ivoire (Bouaké) - CV Word, tableau aplati en cellules séparées par des espaces
CVS.append(dict(
text="""CURRICULUM VITAE
N'GUESSAN KOFFI SERGE
Ingénieur agronome — Responsable d'exploitation
Bouaké, Quartier Air France 2 — 07 09 44 61 28 — serge.nguessan.agro@gmail.com

ÉTAT CIVIL
Date de naissance       03 mars 1979            Lieu       Abengourou
Ethnie                  Agni                    Religion   Harriste
Situation               Marié, 5 enfants        Génotype   AC

EXPÉRIENCES
2016 – ce jour   Olam Côte d'Ivoire — Responsable des achats de cajou, zone Centre
                 ▪ 14 000 producteurs, traçabilité par coopérative (Rainforest Alliance)
                 ▪ Délégué du personnel, syndicat UGTCI de la filiale, depuis 2020
2008 – 2016      ANADER — Conseiller agricole principal, Bouaké
                 ▪ Formation des planteurs au greffage de l'anacarde

FORMATION
2007   Ingénieur agronome, École Supérieure d'Agronomie, Yamoussoukro

ENGAGEMENT
Secrétaire de la section PDCI-RDA de Bouaké-Commerce depuis 2018.

LOISIRS
Arbitre de football (district de Bouaké), petit élevage de poulets à Tiébissou.
                                                              Page 1 sur 1""",
sens=[("D", "Date de naissance       03 mars 1979"), ("E", "Ethnie                  Agni"),
      ("R", "Religion   Harriste"), ("F", "Situation               Marié, 5 enfants"), ("G", "Génotype   AC"),
      ("U", "Délégué du personnel, syndicat UGTCI de la filiale"),
      ("P", "Secrétaire de la section PDCI-RDA de Bouaké-Commerce")],
keep=["Ingénieur agronome — Responsable d'exploitation", "Olam Côte d'Ivoire — Responsable des achats de cajou, zone Centre",
      "14 000 producteurs, traçabilité par coopérative (Rainforest Alliance)", "ANADER — Conseiller agricole principal, Bouaké",
      "Formation des planteurs au greffage de l'anacarde", "Ingénieur agronome, École Supérieure d'Agronomie, Yamoussoukro"],
contact=["N'GUESSAN KOFFI SERGE", "Bouaké, Quartier Air France 2", "07 09 44 61 28", "serge.nguessan.agro@gmail.com"],
))

# 037 Belgique (Bruxelles) - export d'un ATS, puis CV avec bloc de texte en fin de document
CVS.append(dict(
text="""Recruitee — Candidate export / Export candidat
Offre : Pharmacienne hospitalière adjointe (H/F/X) — CHU Saint-Pierre
Nom : Rima HADDAD
E-mail : rima.haddad.pharma@gmail.com
Téléphone : +32 483 70 26 19
Adresse : Avenue de la Couronne 302, 1050 Ixelles

CV
RIMA HADDAD — PHARMACIENNE
Expérience
2019 – ... : Pharmacienne, Cliniques universitaires Saint-Luc, Bruxelles
   – Préparations cytostatiques (isolateurs), validation des prescriptions
   – Projet de traçabilité des médicaments à haut risque
2013 – 2016 : Pharmacienne, Hôpital Al-Mouassat, Damas (Syrie)

Formation
Master en sciences pharmaceutiques, UCLouvain (équivalence 2018)
Doctorat en pharmacie, Université de Damas (2013)

Langues : arabe, français, anglais

[encadré]
Réfugiée reconnue en Belgique depuis 2017 (arrivée de Syrie via le Liban) ;
mes empreintes et mon iris ont été enregistrés par le HCR à Beyrouth en 2016.
Je suis chrétienne syriaque orthodoxe. Un stress post-traumatique, suivi en 2017-
2018, est aujourd'hui stabilisé.
Mariée, un garçon de 4 ans.""",
sens=[("E", "Réfugiée reconnue en Belgique depuis 2017 (arrivée de Syrie via le Liban)"),
      ("G", "mes empreintes et mon iris ont été enregistrés par le HCR"),
      ("R", "Je suis chrétienne syriaque orthodoxe"), ("H", "Un stress post-traumatique"),
      ("F", "Mariée, un garçon de 4 ans")],
keep=["Pharmacienne hospitalière adjointe (H/F/X)", "Pharmacienne, Cliniques universitaires Saint-Luc, Bruxelles",
      "Préparations cytostatiques (isolateurs), validation des prescriptions",
      "Projet de traçabilité des médicaments à haut risque", "Pharmacienne, Hôpital Al-Mouassat, Damas (Syrie)",
      "Master en sciences pharmaceutiques, UCLouvain (équivalence 2018)", "Doctorat en pharmacie, Université de Damas"],
contact=["Rima HADDAD", "RIMA HADDAD", "rima.haddad.pharma@gmail.com", "+32 483 70 26 19",
         "Avenue de la Couronne 302, 1050 Ixelles"],
))

# 038 France (Lyon) - Word enregistré en texte : puces Symbol devenues « ¶ » et « o »
CVS.append(dict(
text="""Nicolas PERRIN — Éducateur spécialisé
6 rue Paul-Bert, 69003 Lyon · 06 30 14 92 77 · nicolas.perrin.es@gmail.com

¶ PROFIL
Éducateur spécialisé (10 ans) en protection de l'enfance et en prévention spécialisée.
J'ai une épilepsie stabilisée depuis 2014, sans crise ; je ne conduis pas les véhicules
de service, ce qui n'a jamais gêné mes équipes.

¶ EXPÉRIENCE
Sauvegarde 69 — Éducateur de prévention spécialisée, Vénissieux      2017 – auj.
o Accompagnement de 35 jeunes de 16 à 21 ans ; chantiers éducatifs
o Élu au CSE sur la liste Sud / Solidaires depuis 2022
ADSEA 69 — Éducateur en MECS                                        2013 – 2017
o Internat de 12 adolescents placés par l'ASE

¶ FORMATION
Diplôme d'État d'éducateur spécialisé (DEES), IREIS Lyon, 2013

¶ DIVERS
o Militant du NPA depuis 2010
o Condamné en 2016 à 300 € d'amende pour des dégradations lors d'une
  manifestation contre la loi Travail
o Je vis avec mon compagnon, Hugo, à la Guillotière""",
sens=[("H", "J'ai une épilepsie stabilisée depuis 2014"), ("U", "Élu au CSE sur la liste Sud / Solidaires"),
      ("P", "Militant du NPA depuis 2010"), ("C", "Condamné en 2016 à 300 € d'amende pour des dégradations"),
      ("O", "mon compagnon, Hugo")],
keep=["Éducateur spécialisé", "Sauvegarde 69 — Éducateur de prévention spécialisée, Vénissieux",
      "Accompagnement de 35 jeunes de 16 à 21 ans ; chantiers éducatifs", "ADSEA 69 — Éducateur en MECS",
      "Internat de 12 adolescents placés par l'ASE", "Diplôme d'État d'éducateur spécialisé (DEES), IREIS Lyon"],
contact=["Nicolas PERRIN", "6 rue Paul-Bert, 69003 Lyon", "06 30 14 92 77", "nicolas.perrin.es@gmail.com"],
))

# 039 Québec (Saguenay) - Workday, libellés bilingues, CV analysé
CVS.append(dict(
text="""Workday – Profil du candidat / Candidate Profile
Poste / Job : Électricien d'entretien – Aluminerie (Rio Tinto, Alma) – R-44127
Nom légal : Sébastien TREMBLAY-GAGNON
Courriel : seb.tremblay.gagnon@gmail.com
Téléphone : 418 555-0174
Adresse : 2314 rue Saint-Dominique, Jonquière (QC) G7X 6L5

CV (analysé)
SÉBASTIEN TREMBLAY-GAGNON
Électricien industriel (licence C) – 17 ans

Expérience
Résolu Produits forestiers, Kénogami — Électricien d'entretien — 2010 – aujourd'hui
- Entretien des variateurs de vitesse et des automates (ControlLogix)
- Coordination électrique des arrêts annuels
- Délégué en santé-sécurité du Syndicat des Métallos (FTQ), section locale, depuis 2015
Hydro-Québec — Apprenti électricien — 2006 – 2010

Formation
DEP en électricité, Centre de formation professionnelle Jonquière (2006)
Licence C d'électricien, Emploi-Québec

Renseignements additionnels
Je suis porteur de l'ataxie récessive spastique de Charlevoix-Saguenay (dépistage
offert aux couples de la région) ; mon conjoint, David, et moi l'avons fait en 2021.
Marguillier de la paroisse Saint-Dominique de Jonquière.
Tendinite chronique à l'épaule droite, suivie en physiothérapie, sans limitation.""",
sens=[("U", "Délégué en santé-sécurité du Syndicat des Métallos (FTQ), section locale"),
      ("G", "Je suis porteur de l'ataxie récessive spastique de Charlevoix-Saguenay"),
      ("O", "mon conjoint, David"), ("R", "Marguillier de la paroisse Saint-Dominique de Jonquière"),
      ("H", "Tendinite chronique à l'épaule droite")],
keep=["Électricien d'entretien – Aluminerie (Rio Tinto, Alma)", "Électricien industriel (licence C)",
      "Résolu Produits forestiers, Kénogami — Électricien d'entretien",
      "Entretien des variateurs de vitesse et des automates (ControlLogix)", "Coordination électrique des arrêts annuels",
      "Hydro-Québec — Apprenti électricien", "DEP en électricité, Centre de formation professionnelle Jonquière"],
contact=["Sébastien TREMBLAY-GAGNON", "SÉBASTIEN TREMBLAY-GAGNON", "seb.tremblay.gagnon@gmail.com", "418 555-0174",
         "2314 rue Saint-Dominique, Jonquière (QC) G7X 6L5"],
))

# 040 France (Toulon) - CV Word, lignes coupées à largeur fixe, en-tête « Page 1/2 » répété
CVS.append(dict(
text="""MANUEL JIMÉNEZ — Chef d'équipe espaces verts — Page 1/2
manuel.jimenez83@gmail.com — 07 69 35 20 41 — La Seyne-sur-Mer (83500)

QUI SUIS-JE ?
J'ai 43 ans et je viens de la communauté gitane de Toulon, où j'ai grandi en caravane
jusqu'à 14 ans. J'ai connu la prison de 2008 à 2010 (trafic de stupéfiants) ; j'y ai
arrêté l'héroïne et je suis abstinent depuis plus de treize ans. C'est aussi là que
j'ai commencé les espaces verts, en atelier.

PARCOURS
2016 – auj.   Chef d'équipe espaces verts, Ville de La Seyne-sur-Mer
              – Équipe de 7 agents, 40 ha de parcs et d'écoles ; gestion différenciée
              – Zéro phyto depuis 2017, paillage et prairies fleuries
2011 – 2016   Ouvrier paysagiste, ID Verde (chantiers d'insertion puis CDI)

MANUEL JIMÉNEZ — Chef d'équipe espaces verts — Page 2/2

FORMATION
CAPa Jardinier paysagiste (2012), BP Aménagements paysagers (2015)
Certiphyto, CACES R482 (mini-pelle)

FAMILLE
Marié, père de trois enfants ; ma femme tient le stand du marché de Six-Fours.""",
sens=[("D", "J'ai 43 ans"), ("E", "je viens de la communauté gitane de Toulon"),
      ("C", "J'ai connu la prison de 2008 à 2010 (trafic de stupéfiants)"),
      ("H", "j'y ai\narrêté l'héroïne et je suis abstinent depuis plus de treize ans"),
      ("F", "Marié, père de trois enfants")],
keep=["Chef d'équipe espaces verts", "Chef d'équipe espaces verts, Ville de La Seyne-sur-Mer",
      "Équipe de 7 agents, 40 ha de parcs et d'écoles ; gestion différenciée", "Zéro phyto depuis 2017, paillage et prairies fleuries",
      "Ouvrier paysagiste, ID Verde (chantiers d'insertion puis CDI)", "CAPa Jardinier paysagiste (2012)",
      "Certiphyto, CACES R482 (mini-pelle)"],
contact=["MANUEL JIMÉNEZ", "manuel.jimenez83@gmail.com", "07 69 35 20 41", "La Seyne-sur-Mer (83500)"],
))
