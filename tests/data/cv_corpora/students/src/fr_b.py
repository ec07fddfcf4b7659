CVS = [
# fr-021 Tunisie, licence de gestion, Sousse
"""CURRICULUM VITAE

Nom et prénom : <<Ben Salah Oussama>>
[[D|Date de naissance : 19/06/2001]]
[[F|État civil : célibataire, aîné de trois frères]]
Adresse : <<Cité Erriadh, Sousse 4023>>
GSM : <<+216 98 331 470>> — E-mail : <<oussama.bensalah01@gmail.com>>

FORMATION
2020-2023 : {{Licence fondamentale en Sciences de gestion}}, {{IHEC Sousse}} — mention Assez bien
2020 : Baccalauréat Économie et Gestion, Lycée Farhat Hached, M'saken

EXPÉRIENCE
2023-2024 : {{Réceptionniste de nuit}}, {{Hôtel Riadh Palms}}, Sousse
  • Check-in/check-out, clôture de caisse, réclamations en 4 langues
  • [[U|Adhérent au syndicat de base UGTT de l'hôtel]]
Étés 2019-2022 : {{Serveur saisonnier}}, Port El Kantaoui

INFORMATIONS COMPLÉMENTAIRES
[[R|Musulman pratiquant, je souhaite pouvoir faire la prière du vendredi]]
[[E|Mère de nationalité libyenne]], je suis binational tuniso-libyen.
[[C|Condamné en 2021 à une amende pour participation aux manifestations nocturnes de janvier]], peine exécutée.

COMPÉTENCES
{{Opera PMS}}, Excel, arabe, français, anglais, italien (B1)
""",
# fr-022 Sénégal, BTS en alternance
"""<<Aminata Sow>>
Technicienne supérieure en Maintenance industrielle (BTS en alternance)
<<Pikine, Dakar>> · <<78 402 19 65>> · <<aminatasow.bts@gmail.com>>

ÉTAT CIVIL
[[D|Née le 8 octobre 2002 à Kaolack]]
[[F|Célibataire, sans enfant ; je vis chez mon grand frère]]

FORMATION
2022-2024 : {{BTS Maintenance des systèmes}}, {{Institut supérieur d'enseignement professionnel (ISEP) de Thiès}}, en alternance
2022 : Baccalauréat F3 (électrotechnique), Lycée technique Maurice Delafosse

ALTERNANCE
{{Apprentie technicienne de maintenance}} — {{SOCOCIM Industries}}, Rufisque
• Maintenance préventive des broyeurs et convoyeurs
• Relevés de vibrations, graissage, consignation électrique
• [[U|Membre de la section jeunes du SYNTRAS (CNTS) à l'usine]]

STAGE
2021 : {{Stage d'observation}}, Senelec, centrale du Cap des Biches

DIVERS
[[G|Drépanocytose : je suis AS (porteuse du trait)]], ce que j'indique pour les visites médicales
[[R|Je suis layène]] ; bénévole lors de l'Appel de Seydina Limamou à Yoff
Langues : wolof, sérère, français, anglais (A2)
""",
# fr-023 Québec, Polytechnique Montréal
"""<<Jean-Philippe Désir>>
Stagiaire en génie électrique — Polytechnique Montréal
<<Montréal-Nord>> | <<jp.desir@polymtl.ca>> | <<514 555-0110>> | <<linkedin.com/in/jpdesir>>

FORMATION
2021-2025 {{Baccalauréat en génie électrique}}, {{Polytechnique Montréal}} (régime coopératif)
2019-2021 DEC Sciences de la nature, Cégep Marie-Victorin

STAGES
Hiver 2024 — {{Stagiaire en ingénierie, réseau de distribution}}, {{Hydro-Québec}}
  Études de protection pour 14 postes; scripts Python sur CYME
Été 2023 — {{Stagiaire}}, {{Agence du revenu du Canada}}, centre de données
  [[U|Membre étudiant de l'AFPC pendant mon stage fédéral]]

IMPLICATION
Comité Génie sans frontières, responsable des ateliers en écoles
[[P|Jeune libéral, bénévole pour le Parti libéral du Canada dans Bourassa en 2021]]

À PROPOS
[[E|Arrivé d'Haïti à 9 ans, devenu citoyen canadien en 2017]]. [[D|23 ans]]. [[S|Mon chum Olivier]] et moi faisons du bénévolat à la Maison d'Haïti.

COMPÉTENCES
{{Python}}, {{CYME}}, MATLAB, AutoCAD Electrical, créole haïtien, anglais
""",
# fr-024 Bac pro, stage, Marseille
"""<<ZAÏNA ABDALLAH>>
Élève en Bac pro Accompagnement, soins et services à la personne (ASSP) – Terminale
<<Marseille 14e>> – <<06 13 52 77 41>> – <<zaina.abdallah13@gmail.com>>
[[D|18 ans]]

FORMATION
2022-2025 : {{Bac pro ASSP}}, option structure – {{Lycée professionnel La Floride}}, Marseille
2022 : Brevet des collèges

STAGES (PFMP)
– {{EHPAD Les Opalines}}, Marseille 13e : aide aux repas, toilettes avec l'aide-soignante (6 sem.)
– {{Crèche municipale Font-Vert}} : activités d'éveil, change, repas (4 sem.)
– Hôpital Nord, service de gériatrie (4 sem.)

JOBS
Été 2024 : {{Animatrice}} au centre social de la Busserine

MOI
[[E|Nationalité comorienne]], je vis en France depuis mes 6 ans. [[F|Mes parents sont séparés, j'habite avec ma mère et mes trois sœurs]]. [[R|Je porte le voile en dehors du lycée]] et je sais que certains postes demandent de l'enlever, on peut en parler. [[H|Je suis en surpoids et suivie par une diététicienne]], ça ne m'empêche pas de porter les résidents. [[C|Convoquée chez le délégué du procureur à 16 ans pour un vol en magasin]].

Qualités : patiente, ponctuelle, souriante. {{PSC1}} obtenu en 2023.
""",
# fr-025 Master santé publique, Erasmus
"""<<Margaux Delacroix>>
Master 2 Santé publique – Université de Bordeaux (ISPED)
<<margaux.delacroix@u-bordeaux.fr>> – <<06 31 27 84 50>> – <<Bordeaux-Bastide>>

FORMATION
2023-2025 {{Master Santé publique, parcours Épidémiologie}}, {{ISPED, Université de Bordeaux}}
2024 (sem. 1) Erasmus+, Universidad de Granada – Escuela Andaluza de Salud Pública
2020-2023 Licence Sciences de la vie, Université de Poitiers

STAGES
2025 (6 mois) {{Stagiaire épidémiologiste}}, {{Santé publique France, cellule Nouvelle-Aquitaine}}
  Analyse des passages aux urgences pendant les vagues de chaleur (R, SurSaUD)
2024 (2 mois) Stage, ORS Nouvelle-Aquitaine – {{Baromètre santé des jeunes}}

COMPÉTENCES
{{R}}, {{SAS}}, QGIS, anglais C1, espagnol B2

PERSONNEL
[[D|Née le 27/03/2001]]. [[S|Pacsée avec Claire depuis 2023]]. [[G|J'ai fait un test génétique après le cancer de ma mère : porteuse d'une mutation Lynch (MLH1)]], d'où ma coloscopie annuelle. [[H|Endométriose opérée en 2022]]. [[P|Militante EELV à Bordeaux]], je tracte surtout pendant les municipales.
""",
# fr-026 Doctorant, Lyon
"""<<Antoine Girard>>
Doctorant en histoire contemporaine – Université Lumière Lyon 2 (LARHRA)
<<antoine.girard@univ-lyon2.fr>> · <<Lyon 7e>> · <<orcid.org/0000-0001-5562-8830>>

FORMATION
Depuis 2022 : {{Doctorat d'histoire contemporaine}} (contrat doctoral), {{Université Lumière Lyon 2}}
Thèse : {{Les grèves des mineurs de la Loire, 1948-1963}}
2020-2022 : {{Master Histoire}}, ENS de Lyon
2017-2020 : CPGE A/L puis licence, Lycée du Parc

ENSEIGNEMENT
{{Chargé de TD}} : 64 h éq. TD/an en L1-L2 (histoire sociale, méthodologie)

ENGAGEMENTS
[[U|Élu SNESUP-FSU au conseil de l'école doctorale, représentant des doctorants contractuels]]
Comité d'organisation des {{journées doctorales 2024}}

DIVERS
[[D|28 ans]]. [[F|Pacsé avec Emma, un enfant né en 2024]]. [[P|Encarté au Parti communiste depuis mes 20 ans]]. [[R|Athée]], petit-fils de mineur. [[G|J'ai versé mon ADN au fichier FNAEG]] après [[C|une condamnation avec sursis pour dégradation lors d'une manifestation étudiante en 2018]].
""",
# fr-027 Service civique, Roubaix
"""<<Bilal Haddouche>>
<<Roubaix (59)>> – <<07 58 90 14 66>> – <<bilal.haddouche@outlook.fr>>

Volontaire en service civique – recherche un emploi d'animateur socioculturel

PROFIL
[[D|22 ans]]. Après un bac pro commerce et une année compliquée, je me suis lancé dans l'animation et j'ai trouvé ma voie.

EXPÉRIENCE
Depuis oct. 2024 — {{Volontaire en service civique}}, {{Unis-Cité Hauts-de-France}}
  Projet « Les Connectés » : ateliers numériques pour seniors dans 3 résidences
2022-2023 — {{Préparateur de commandes}} intérimaire, {{La Redoute}}, Wattrelos

FORMATION
{{BPJEPS Animation sociale}} (entrée prévue en septembre)
{{BAFA}} (2024)
2021 — Bac pro Métiers du commerce et de la vente, Lycée Jean-Moulin, Roubaix

PARCOURS
[[C|Incarcéré huit mois à Sequedin en 2022 pour trafic de stupéfiants]], j'ai repris pied grâce à la mission locale. [[H|Suivi en CSAPA pour une addiction au cannabis, abstinent depuis deux ans]].
[[R|Je fais partie de l'association des jeunes de la mosquée Abou Bakr]], on organise des collectes alimentaires. [[E|Franco-algérien par mon père]]. [[S|Je suis gay]] et j'anime aussi un groupe de parole jeunes au centre LGBT de Lille.
""",
# fr-028 Belgique, Namur, étudiant jobiste
"""<<Lucas Degraeve>>
Étudiant en 2e bachelier Ingénieur de gestion – UNamur
<<Rue de Bruxelles 88, 5000 Namur>> | <<0471 33 90 16>> | <<lucas.degraeve@student.unamur.be>>

FORMATION
2023-2026 {{Bachelier Ingénieur de gestion}}, {{Université de Namur}}
2023 CESS, Institut Saint-Louis, Namur

JOBS ÉTUDIANTS
2022-2025 {{Équipier}}, {{Quick Namur Gare}} (soirs et week-ends) – formateur des nouveaux
   [[U|Affilié à la CSC depuis mon premier contrat d'étudiant]]
Étés 2023-2024 {{Moniteur de stage sportif}}, Adeps, Jambes

IMPLICATION
Délégué de cours, comité du cercle Ingé de gestion

PERSONNEL
[[D|Âgé de 20 ans]]. [[F|Je suis jeune papa d'une petite fille née en 2024]], que j'élève en garde alternée. [[S|Mon compagnon Arnaud]] est éducateur. [[G|Mon ADN a été prélevé par la police]] après [[C|une condamnation par le tribunal de la jeunesse pour des vols de vélos]].

COMPÉTENCES
{{Excel (VBA)}}, SQL, néerlandais B2, anglais C1
""",
# fr-029 Suisse, Fribourg, gymnase
"""<<Sophie Python>>
Gymnasienne (3e année) – Collège Saint-Michel, Fribourg
<<Route de la Glâne 41, 1700 Fribourg>> · <<076 552 18 04>> · <<sophie.python@edufr.ch>>

Recherche un job d'été (juillet) dans l'hôtellerie ou la vente.

FORMATION
2022-2026 {{Maturité gymnasiale bilingue français-allemand}}, {{Collège Saint-Michel}}
Options : biologie et chimie

EXPÉRIENCE
Étés 2023 et 2024 — {{Aide de cuisine}}, {{Auberge de Moléson}} (plonge, mise en place)
Hivers 2023-2025 — {{Caissière}} au téléski des Paccots (week-ends)

ENGAGEMENTS
[[R|Catholique pratiquante, servante de messe à la cathédrale Saint-Nicolas]]
Chœur du collège (alto)

À SAVOIR
[[D|Âge : 18 ans]]
[[F|Ma mère est décédée l'an passé ; j'ai deux petits frères que j'aide pour les devoirs]]
[[H|Maladie de Basedow, traitée, bien équilibrée]]
[[G|Mes frères et moi avons fait un test génétique pour la polypose familiale de ma mère : négatif pour moi]]

LANGUES
Français, allemand (bilingue), anglais B2
""",
# fr-030 Maroc, Casablanca, BTS
"""CV

<<El Idrissi Youssef>>
Technicien spécialisé en développement informatique (OFPPT)
<<Sidi Moumen, Casablanca>> — <<06 55 41 20 93>> — <<youssef.elidrissi.dev@gmail.com>>

ÉTAT CIVIL
[[D|Né le 21/11/2002 à Casablanca]]
[[F|Célibataire ; je vis avec mes parents et ma sœur, dont je m'occupe depuis l'accident de mon père]]
[[E|Nationalité : marocaine ; ma mère est sénégalaise]]

FORMATION
2021-2023 : {{Diplôme de Technicien spécialisé en développement digital}}, {{ISTA NTIC Sidi Maârouf (OFPPT)}}
2021 : Baccalauréat Sciences physiques

STAGES ET EMPLOI
2023 : {{Stagiaire développeur}}, {{Sofrecom Maroc}}, Rabat — tableaux de bord Angular
2023-2024 : {{Téléconseiller}}, {{Webhelp Casablanca}}
  [[U|Adhérent à l'UMT au centre d'appels]]

À SIGNALER
[[C|Condamné à deux mois de prison avec sursis en 2020 pour une bagarre]], réhabilité.

COMPÉTENCES
{{Angular}}, {{Laravel}}, MySQL, arabe, français, anglais B1
""",
# fr-031 Strasbourg, master droit
"""<<Rachel Lévy-Hertz>>
M2 Droit des libertés – Université de Strasbourg
<<rachel.levyhertz@etu.unistra.fr>> · <<06 82 14 70 33>> · <<Strasbourg-Neudorf>>

FORMATION
2024-2025 {{Master 2 Droits de l'homme et libertés fondamentales}}, {{Université de Strasbourg}}
2019-2022 Licence Droit, Université de Strasbourg
Bac général, {{École Aquiba}}, Strasbourg

EXPÉRIENCES
2024 {{Stagiaire juriste}}, {{Cour européenne des droits de l'homme}}, division de la recherche
2023 {{Assistante de justice}}, {{Tribunal judiciaire de Strasbourg}}
     Préparation des audiences du juge des libertés, recherches de jurisprudence, projets d'ordonnances
2021-2022 Baby-sitting et soutien scolaire en anglais pour des collégiens

ENGAGEMENTS
[[R|Monitrice aux Éclaireurs israélites de France et je respecte le chabbat]]
[[P|Membre du Parti socialiste, section Strasbourg-Sud]]
Clinique du droit, pôle asile : accompagnement de demandeurs devant la CNDA

LANGUES
Anglais C1, allemand B2, hébreu (lu)

PERSONNEL
[[D|25 ans]]. [[S|En couple avec Sarah]]. [[G|Testée pour les mutations BRCA fréquentes chez les Ashkénazes, résultat positif]]. [[C|Casier judiciaire vierge]] (demandé pour la CEDH).
""",
# fr-032 Lille, licence STAPS
"""<<Kevin Lambert>>
Étudiant en Licence STAPS – Activités physiques adaptées et santé (APAS)
<<Villeneuve-d'Ascq (Cité scientifique)>> | <<06 40 93 27 15>> | <<kevin.lambert@univ-lille.fr>>

[[H|Athlète handisport (basket fauteuil, Nationale A)]] — [[D|20 ans]]

FORMATION
2022-2025 {{Licence STAPS APAS}}, {{Université de Lille}}
2022 Bac général, Lycée Baggio, Lille

EXPÉRIENCES
Stage 2024 — {{Éducateur APA stagiaire}}, {{Centre de rééducation L'Espoir}}, Hellemmes
Depuis 2023 — {{Vendeur}} (temps partiel), {{Decathlon Villeneuve-d'Ascq}}
  [[U|Syndiqué à SUD Décathlon]]

DIVERS
{{PSC1}}, permis B aménagé
[[F|Mes parents sont agriculteurs et je suis le dernier de cinq]]
[[C|Suspension de permis en 2023 pour excès de vitesse, jugé au tribunal de police]]
[[S|Mon copain est kiné]], c'est lui qui m'a poussé vers l'APA.

PROJET
Devenir enseignant en APA dans un service de soins de suite, ou préparer le master APAS à Lille pour travailler avec des jeunes en rééducation.
""",
# fr-033 Lyon, BUT TC alternance
"""<<Aïcha Konaté>>
Alternante BUT Techniques de commercialisation – Business développement
<<Vénissieux>> · <<aicha.konate@etu.univ-lyon1.fr>> · <<07 51 44 20 86>> · <<linkedin.com/in/aichakonate>>

FORMATION
2023-2026 {{BUT Techniques de commercialisation}} (alternance), {{IUT Lyon 1}}
2023 Bac STMG, Lycée Jacques-Brel, Vénissieux

ALTERNANCE
Depuis sept. 2023 — {{Chargée de développement commercial (alternante)}}, {{Orange Business}}, Lyon
• Prospection de PME, démos de solutions cloud, 28 contrats signés en 2024
• [[U|Adhérente SUD PTT depuis mon arrivée]]

JOB
2021-2023 — {{Hôtesse de caisse}}, Carrefour Vénissieux

PERSONNEL
[[D|20 ans]]. [[E|Née à Bamako, arrivée en France à 12 ans, naturalisée en 2021]]. [[S|Je suis lesbienne et je coanime le groupe jeunes de l'association Rimbaud]]. [[G|Ma carte de séjour biométrique m'a valu de déposer mes empreintes dans AGDREF]] avant la naturalisation.

COMPÉTENCES
{{Salesforce}}, HubSpot, bambara, anglais B2
""",
# fr-034 Sénégal, Saint-Louis, licence
"""<<Fatou Binetou Diop>>
Licence 3 Sociologie – Université Gaston Berger de Saint-Louis
<<Quartier Sor, Saint-Louis>> | <<76 218 55 09>> | <<fatoubinetou.diop@ugb.edu.sn>>

ÉTAT CIVIL
[[D|Née vers 2003 (jugement supplétif)]] · [[E|Halpulaar du Fouta]]
[[F|Mariée, mon mari vit à Nouakchott]]

FORMATION
2021-2025 : {{Licence de Sociologie}}, {{Université Gaston Berger}}
2021 : Baccalauréat L2, Lycée Charles de Gaulle, Saint-Louis

EXPÉRIENCES
2024 : {{Enquêtrice}}, {{ENDA Graf Sahel}} — enquête sur le travail des femmes transformatrices de poisson à Guet-Ndar
2023 : {{Stagiaire}}, Mairie de Saint-Louis, service de l'état civil

ENGAGEMENTS
[[R|Membre du dahira tidiane de l'UGB]]
[[P|Secrétaire chargée des femmes, Mouvement des étudiants de l'APR]]
Amicale des étudiants du département de sociologie

MÉMOIRE
{{Les tontines des femmes de Guet-Ndar face au mobile money}} (en cours, sous la direction du Pr Sow)

COMPÉTENCES
{{KoboToolbox}}, SPSS, pulaar, wolof, français, anglais
""",
# fr-035 Québec, Sherbrooke, stage
"""<<Élodie Marchand>>
Stagiaire en ergothérapie – Université de Sherbrooke
<<Sherbrooke, QC>> · <<elodie.marchand@usherbrooke.ca>> · <<819 555-0151>>

FORMATION
2022-2026 {{Baccalauréat-maîtrise en ergothérapie}}, {{Université de Sherbrooke}}
2019-2021 Licence STAPS, Université de Caen (France)

STAGES
Automne 2024 {{Stagiaire en ergothérapie}}, {{CIUSSS de l'Estrie – CHUS}}, réadaptation physique
Hiver 2024 Stage en santé mentale jeunesse, CLSC de Magog

EMPLOI
{{Préposée aux bénéficiaires}}, CHSLD Saint-Vincent (étés 2023 et 2024)

À PROPOS
[[E|Française arrivée au Québec en 2021 avec un permis d'études, résidente permanente depuis 2024]]. [[D|25 ans]]. [[S|Ma conjointe Anne-Sophie]] est infirmière au CHUS. [[H|Je vis avec une fibromyalgie]], ce qui nourrit mon approche en ergo. [[G|Empreintes digitales et photo prises pour la biométrie d'IRCC]] lors de ma demande. [[C|Une accusation de vol à l'étalage en France à 17 ans, réglée par une composition pénale]].
""",
# fr-036 Bruxelles, Haute École
"""<<Samir El Khattabi>>
Étudiant en Bachelier Comptabilité – HE Galilée / ISC Saint-Louis
<<1030 Schaerbeek>> – <<0489 71 20 55>> – <<samir.elkhattabi@galilee.be>>

FORMATION
2022-2025 {{Bachelier en Comptabilité, orientation Fiscalité}}, {{Haute École Galilée}}, Bruxelles
2022 CESS, {{Institut Saint-Dominique}}, Schaerbeek

STAGE
2025 (13 sem.) {{Stagiaire comptable}}, {{BDO Belgium}}, Zaventem : déclarations IPP et ISOC

JOB ÉTUDIANT
2021-2024 {{Magasinier}}, {{Colruyt Schaerbeek}} (samedis)
  [[U|Délégué jeunes CGSLB au siège de Colruyt pendant un an]]

ENGAGEMENTS
[[P|Membre des Jeunes Engagés à Schaerbeek]], j'ai été sur la liste communale de 2024
[[R|Je participe aux cours du soir à la mosquée Al Khalil]]

INFOS
[[D|Né le 2 mars 2003]]. [[E|Belgo-marocain, ma famille vient d'Al Hoceima]]. Langues : français, néerlandais B2, darija, anglais B1.

OUTILS
{{Winbooks}}, Excel, Biztax, Tax-on-web. Permis B. Disponible pour un premier emploi à partir de septembre, de préférence en fiduciaire à Bruxelles.
""",
# fr-037 Tunisie, Sfax, mastère
"""<<Rym Chaabane>>
Mastère professionnel en Qualité, Sécurité, Environnement — ENIS
<<Route de Tunis km 4, Sfax>> · <<+216 25 107 362>> · <<rym.chaabane@enis.tn>>

PROFIL
[[D|25 ans]], ingénieure chimiste en mastère QSE, je cherche un stage de 6 mois en HSE industriel.

FORMATION
2023-2025 : {{Mastère professionnel QSE}}, {{École nationale d'ingénieurs de Sfax}}
2018-2023 : Diplôme d'ingénieur en génie chimique, ENIS

EXPÉRIENCES
2023-2024 : {{Ingénieure HSE junior}}, {{Groupe Chimique Tunisien}}, usine de Sfax
  – Suivi des rejets atmosphériques, audits ISO 14001
  – [[U|Adhérente au syndicat de base UGTT des cadres]]
2022 : {{Stage PFE}}, {{SIAPE}} : analyse des risques ATEX

PERSONNEL
[[F|Mariée depuis 2023, enceinte de mon premier enfant (terme en novembre)]]. [[H|Migraines chroniques avec traitement de fond]]. [[G|Mon cousin germain a la maladie de Wilson et j'ai fait le dépistage génétique familial]]. [[P|J'ai voté et milité pour Qalb Tounes en 2019]].

COMPÉTENCES
{{ISO 45001}}, HAZOP, AutoCAD, arabe, français, anglais C1
""",
# fr-038 Bordeaux, extraction Canva cassée
"""<<CHLOÉ    VIGNAUD>>
Étudiante en              CONTACT
Licence Info-Com          <<06 29 81 44 70>>
                          <<chloe.vignaud@gmail.com>>
FORMATION                 <<Bordeaux (33)>>
Licence Information-
Communication             COMPÉTENCES
Université Bordeaux       {{Suite Adobe}}
Montaigne                 Canva, WordPress
2022-2025                 {{Community management}}

EXPÉRIENCES               À PROPOS
{{Stagiaire communication}}   [[D|21 ans]], passionnée de
{{Sud Ouest}}               photo argentique.
avril-juin 2024            [[S|Bi, en couple avec Inès]]
- posts Instagram          [[P|Militante aux Jeunes Écologistes]]
- reportage vidéo          [[H|Dyspraxie (aménagement d'examens)]]
                           [[C|Amende pour tag (action climat 2023)]]
{{Serveuse}}                LANGUES
{{Le Café du Port}}          Anglais B2, espagnol B1
(étés 2022-2023)
- service en terrasse      PROJET
  (80 couverts)            Master journalisme à
- encaissement             l'IJBA ou alternance
                           en agence de com
Bénévole
Festival Relâche           CENTRES D'INTÉRÊT
(2023, 2024)               Photo argentique,
- accueil artistes         fanzines, roller
- réseaux sociaux          derby (Bordeaux
                           Roller Derby)
PROJETS
{{Podcast étudiant « Ondes courtes »}}
12 épisodes sur la vie étudiante à Bordeaux
""",
# fr-039 Profil Jobteaser, Paris
"""Profil JobTeaser — <<Mehdi Rahmani>>
École : {{ESIEE Paris}} · Ingénieur Cybersécurité · Promo 2026
Recherche : Stage de 4 à 6 mois · Paris · à partir de février 2025
Disponibilité : dès le 3 février · Mobilité : Île-de-France
Contact : <<mehdi.rahmani@edu.esiee.fr>> · <<07 44 18 62 90>>

Expériences
• {{Stagiaire analyste SOC}} — {{Thales}}, Élancourt — été 2024 (3 mois)
  Tri d'alertes Splunk, rédaction de playbooks de réponse
• {{Équipier}} — {{Uber Eats / Deliveroo}} (livreur à vélo), 2022-2023

Compétences
{{Splunk}}, {{Python}}, Wireshark, pentest web (Burp Suite), CTF

Associations
BDE ESIEE — responsable CTF
[[U|Adhérent à la CGT livreurs quand je faisais Deliveroo]]

Ce que je veux que le recruteur sache
[[D|22 ans]]. [[E|Réfugié afghan, statut obtenu auprès de l'OFPRA en 2019]]. [[R|Musulman chiite, je jeûne pendant le ramadan]]. [[G|Mes empreintes sont au fichier Eurodac depuis mon arrivée]]. [[C|Condamné à un stage de citoyenneté en 2020 pour une bagarre en centre d'hébergement]].
""",
# fr-040 Suisse, Neuchâtel, apprentie employée de commerce
"""<<Océane Jeanneret>>
Apprentie employée de commerce CFC (profil E), 3e année
<<Rue des Parcs 58, 2000 Neuchâtel>> – <<078 661 02 39>> – <<oceane.jeanneret@rpn.ch>>

APPRENTISSAGE
2022-2025 {{Employée de commerce CFC}} – {{Banque cantonale neuchâteloise}}
– {{Guichet, ouverture de comptes, saisie des paiements}}
– Service RH : dossiers des apprentis

ÉCOLE
{{CPLN – École supérieure du commerce}}, Neuchâtel (cours professionnels), maturité professionnelle en cours

AUTRES
Été 2021 : {{Vendeuse}} stand du marché de Neuchâtel (fruits)

PERSONNEL
[[D|Née le 14.12.2006]]. [[F|J'ai une fille de deux ans, gardée par mes parents pendant mes journées à la banque]]. [[S|Je suis pansexuelle]] et bénévole au stand Pride de Neuchâtel. [[P|Membre de la Jeunesse socialiste neuchâteloise]]. [[C|J'ai été condamnée par le tribunal des mineurs à 15 ans pour vol]] ; la mention a disparu du casier.
""",
]
