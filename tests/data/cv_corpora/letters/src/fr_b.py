"""letters-fr-011..020, tapés à la main."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 011 - Belgique, Bruxelles, pharmacien réfugié syrien, biométrie HCR, syriaque
CVS.append(dict(
text="""
Elias Haddad
Avenue de la Couronne 211, bte 4, 1050 Ixelles
0486 31 77 52 – elias.haddad.pharma@gmail.com

Bruxelles, le 5 mars 2024

Objet : candidature – Pharmacien adjoint (temps plein), Multipharma

Madame, Monsieur,

Pharmacien diplômé de l'Université de Damas en 2003, j'ai dirigé pendant dix ans une officine à Homs avant de devoir quitter la Syrie. Arrivé en Belgique comme réfugié en 2015, j'ai obtenu l'équivalence de mon diplôme à l'ULB en 2019, après deux années de cours et de stages, et je travaille depuis comme pharmacien adjoint chez Multipharma à Etterbeek.

Le parcours a été long. Au Liban, le HCR a enregistré mes empreintes et mon iris avant même de me donner un numéro de dossier ; j'ai appris là ce que signifie dépendre d'une administration, et je crois que cela me rend patient avec les patients perdus dans les remboursements INAMI.

Chrétien syriaque, j'ai gardé le goût du service que m'ont transmis mes parents. Mon épouse et nos deux filles sont désormais belges, comme moi depuis l'an dernier, et à 45 ans je souhaite prendre davantage de responsabilités, notamment dans l'accompagnement des patients diabétiques et la concertation avec les médecins généralistes.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Elias Haddad

EXPÉRIENCE
2019 – aujourd'hui  Pharmacien adjoint, Multipharma Etterbeek
2004 – 2013         Pharmacien titulaire, Pharmacie Al-Nour, Homs
FORMATION
Équivalence Master en sciences pharmaceutiques, ULB (2019) – Licence en pharmacie, Université de Damas (2003)
Langues : arabe, français, anglais, néerlandais (B1)
""",
sensitive=[
    (E, "Arrivé en Belgique comme réfugié en 2015"),
    (G, "le HCR a enregistré mes empreintes et mon iris"),
    (R, "Chrétien syriaque"),
    (F, "Mon épouse et nos deux filles"),
    (E, "sont désormais belges, comme moi depuis l'an dernier"),
    (D, "à 45 ans"),
],
keep=["Pharmacien adjoint (temps plein), Multipharma", "Licence en pharmacie, Université de Damas",
      "Équivalence Master en sciences pharmaceutiques, ULB", "Pharmacien adjoint, Multipharma Etterbeek",
      "Pharmacien titulaire, Pharmacie Al-Nour, Homs", "l'accompagnement des patients diabétiques",
      "remboursements INAMI", "néerlandais (B1)"],
contact=["Elias Haddad", "Avenue de la Couronne 211, bte 4, 1050 Ixelles", "0486 31 77 52",
         "elias.haddad.pharma@gmail.com"],
))

# 012 - Suisse, Lausanne, infirmier VIH, partenariat enregistré, SSP, PS
CVS.append(dict(
text="""
Thomas Rochat
Avenue de Morges 58, 1004 Lausanne · 078 633 19 40 · thomas.rochat@hispeed.ch

Madame la Responsable des soins,

Je me permets de vous adresser ma candidature pour le poste d'infirmier clinicien au Service des maladies infectieuses du CHUV.

Infirmier depuis douze ans, dont sept au Checkpoint Vaud, j'ai mené des consultations de dépistage VIH/IST, mis en place le suivi PrEP pour plus de 900 usagers et formé les médecins de premier recours aux nouvelles recommandations de l'OFSP.

Je vis moi-même avec le VIH depuis 2010, avec une charge virale indétectable. Je le dis parce que je pense que cela fait partie de ce que j'apporte aux patients, et parce que je préfère que ce soit dit clairement plutôt que deviné.

Je suis lié par un partenariat enregistré avec mon compagnon, Yannick, depuis 2014. Je suis également membre du SSP et, à titre privé, conseiller communal socialiste à Renens ; ces engagements n'empiètent pas sur mes horaires.

En vous remerciant de votre attention, je vous adresse, Madame, mes meilleures salutations.

Thomas Rochat

EXPÉRIENCE
2017 – 2024  Infirmier spécialisé santé sexuelle, Checkpoint Vaud (PROFA)
2012 – 2017  Infirmier, Service de médecine interne, Hôpital de Morges (EHC)
FORMATION
Bachelor of Science HES-SO en soins infirmiers, HESAV (2012)
CAS en santé sexuelle, HES-SO (2018)
""",
sensitive=[
    (H, "Je vis moi-même avec le VIH depuis 2010, avec une charge virale indétectable"),
    (S, "Je suis lié par un partenariat enregistré avec mon compagnon, Yannick, depuis 2014"),
    (T, "Je suis également membre du SSP"),
    (P, "conseiller communal socialiste à Renens"),
],
keep=["infirmier clinicien", "Service des maladies infectieuses du CHUV", "mené des consultations de dépistage VIH/IST",
      "mis en place le suivi PrEP pour plus de 900 usagers", "Infirmier spécialisé santé sexuelle, Checkpoint Vaud (PROFA)",
      "Service de médecine interne, Hôpital de Morges (EHC)", "Bachelor of Science HES-SO en soins infirmiers, HESAV",
      "CAS en santé sexuelle, HES-SO"],
contact=["Thomas Rochat", "Avenue de Morges 58, 1004 Lausanne", "078 633 19 40", "thomas.rochat@hispeed.ch"],
))

# 013 - Québec, Sherbrooke, enseignant, suspension du casier, bipolaire, CSQ
CVS.append(dict(
text="""
Sherbrooke, le 14 février 2024

Centre de services scolaire de la Région-de-Sherbrooke
Service des ressources humaines

Objet : Poste d'enseignant en adaptation scolaire (secondaire) – école Le Triolet

Madame, Monsieur,

Je désire poser ma candidature au poste d'enseignant en adaptation scolaire à l'école Le Triolet. J'enseigne depuis onze ans en classe de cheminement particulier, j'ai conçu un programme de préparation au marché du travail avec Carrefour jeunesse-emploi de l'Estrie et j'ai accompagné une quarantaine d'élèves vers le diplôme d'études professionnelles.

Comme la vérification des antécédents judiciaires fait partie du processus, je préfère vous informer moi-même : j'ai été reconnu coupable de voies de fait en 2006, à la suite d'une altercation dans un bar. J'ai obtenu une suspension du casier en 2018 et j'ai déjà été blanchi par le ministère pour mon brevet.

Je vis également avec un trouble bipolaire, stabilisé depuis plusieurs années ; j'en parle à mes élèves en difficulté quand je sens que ça peut les aider.

J'ai été délégué syndical de mon école pour le SEE-CSQ de 2019 à 2023. Âgé de 42 ans, je souhaite terminer ma carrière dans le réseau public estrien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mathieu Bergeron
819 555-0163 · mathieu.bergeron.ens@gmail.com · 1135, rue King Ouest, app. 6, Sherbrooke (Québec) J1H 1R8

EXPÉRIENCE
2013 – ce jour  Enseignant en adaptation scolaire, école secondaire de la Montée
FORMATION
Baccalauréat en adaptation scolaire et sociale, Université de Sherbrooke (2012) · Brevet d'enseignement (MEQ)
""",
sensitive=[
    (C, "j'ai été reconnu coupable de voies de fait en 2006"),
    (C, "J'ai obtenu une suspension du casier en 2018"),
    (H, "Je vis également avec un trouble bipolaire"),
    (T, "J'ai été délégué syndical de mon école pour le SEE-CSQ de 2019 à 2023"),
    (D, "Âgé de 42 ans"),
],
keep=["Centre de services scolaire de la Région-de-Sherbrooke", "enseignant en adaptation scolaire",
      "conçu un programme de préparation au marché du travail", "Carrefour jeunesse-emploi de l'Estrie",
      "école secondaire de la Montée", "Baccalauréat en adaptation scolaire et sociale, Université de Sherbrooke",
      "Brevet d'enseignement (MEQ)"],
contact=["Mathieu Bergeron", "819 555-0163", "mathieu.bergeron.ens@gmail.com",
         "1135, rue King Ouest, app. 6, Sherbrooke (Québec) J1H 1R8"],
))

# 014 - France, Lille, ancienne ouvrière devenue assistante RH, CGT, PCF, divorcée, compagne
CVS.append(dict(
text="""
Sandrine Wattel
12, rue de Fives, 59800 Lille · 06 58 21 93 47 · sandrine.wattel59@laposte.net
Née en 1970

Madame, Monsieur,

Je vous propose ma candidature au poste de chargée de relations sociales au sein de Roquette, à Lestrem.

Entrée à 19 ans comme opératrice de production chez Bonduelle, j'y suis restée vingt-quatre ans avant d'évoluer vers le service RH, où je gère aujourd'hui les élections professionnelles, le calendrier des NAO et le suivi des accords d'entreprise pour trois sites. En 2022, j'ai organisé pour la direction la consultation du CSE sur la réorganisation des équipes de nuit, sans un seul jour de grève.

Vous remarquerez que je connais aussi l'autre côté de la table : j'ai été déléguée CGT pendant douze ans sur la ligne conserve. Je suis restée adhérente du PCF, à titre strictement personnel.

Divorcée, avec deux enfants aujourd'hui étudiants, je vis à Lille avec ma compagne et je suis mobile sur l'ensemble de la métropole et du Pas-de-Calais.

Veuillez recevoir, Madame, Monsieur, mes salutations les plus sincères.

Sandrine Wattel

EXPÉRIENCE
2013 – aujourd'hui  Assistante RH / relations sociales, Bonduelle (sites de Renescure, Estrées, Bordères)
1989 – 2013         Opératrice puis conductrice de ligne, Bonduelle Renescure
FORMATION
Titre professionnel Assistant(e) Ressources Humaines (AFPA, 2014) – Licence pro GRH, Université de Lille (2018)
""",
sensitive=[
    (D, "Née en 1970"),
    (D, "à 19 ans"),
    (T, "j'ai été déléguée CGT pendant douze ans sur la ligne conserve"),
    (P, "Je suis restée adhérente du PCF"),
    (F, "Divorcée, avec deux enfants aujourd'hui étudiants"),
    (S, "je vis à Lille avec ma compagne"),
],
keep=["chargée de relations sociales", "Roquette", "opératrice de production chez Bonduelle",
      "gère aujourd'hui les élections professionnelles", "organisé pour la direction la consultation du CSE",
      "Assistante RH / relations sociales", "Opératrice puis conductrice de ligne, Bonduelle Renescure",
      "Titre professionnel Assistant(e) Ressources Humaines (AFPA, 2014)", "Licence pro GRH, Université de Lille"],
contact=["Sandrine Wattel", "12, rue de Fives, 59800 Lille", "06 58 21 93 47", "sandrine.wattel59@laposte.net"],
))

# 015 - Maroc, Rabat, médecin, bêta-thalassémie, sahraoui, prière
CVS.append(dict(
text="""
Dr Brahim Ould Mbarek
Médecin généraliste
Avenue Annakhil, Hay Riad, Rabat · +212 6 70 31 58 24 · dr.brahim.mbarek@gmail.com

Rabat, le 19 avril 2024

À Monsieur le Directeur régional
Fondation Lalla Salma – Prévention et traitement des cancers

Objet : Candidature au poste de médecin coordinateur du programme de dépistage

Monsieur le Directeur,

Médecin diplômé de la Faculté de médecine et de pharmacie de Rabat, j'exerce depuis neuf ans dans les centres de santé du ministère, dont cinq comme médecin chef du centre de santé de Laayoune, où j'ai organisé le dépistage du cancer du col et du sein pour plus de 11 000 femmes.

Originaire de Smara et issu d'une famille sahraouie, je connais bien les provinces du Sud et j'ai l'habitude des campagnes mobiles. Je suis moi-même porteur de la bêta-thalassémie mineure, ce qui m'a sensibilisé très tôt à l'importance du dépistage et du conseil génétique.

Je suis marié et père de trois enfants ; à 39 ans, je souhaite donner une dimension régionale à mon action. Musulman pratiquant, je veillerai simplement à organiser les tournées en tenant compte des heures de prière.

Je vous prie d'agréer, Monsieur le Directeur, l'expression de mes salutations distinguées.

Dr Brahim Ould Mbarek

PARCOURS
2019 – ce jour  Médecin chef, Centre de santé urbain Laayoune (Ministère de la Santé)
2015 – 2019     Médecin généraliste, Centre de santé rural de Tan-Tan
FORMATION
Doctorat en médecine, FMP Rabat (2014) ; DU d'épidémiologie, Université Mohammed V (2018)
""",
sensitive=[
    (E, "Originaire de Smara et issu d'une famille sahraouie"),
    (G, "Je suis moi-même porteur de la bêta-thalassémie mineure"),
    (F, "Je suis marié et père de trois enfants"),
    (D, "à 39 ans"),
    (R, "Musulman pratiquant"),
],
keep=["Fondation Lalla Salma", "médecin coordinateur du programme de dépistage",
      "organisé le dépistage du cancer du col et du sein pour plus de 11 000 femmes", "l'importance du dépistage et du conseil génétique",
      "Médecin chef, Centre de santé urbain Laayoune", "Médecin généraliste, Centre de santé rural de Tan-Tan",
      "Doctorat en médecine, FMP Rabat", "DU d'épidémiologie, Université Mohammed V"],
contact=["Dr Brahim Ould Mbarek", "Avenue Annakhil, Hay Riad, Rabat", "+212 6 70 31 58 24", "dr.brahim.mbarek@gmail.com"],
))

# 016 - Belgique (Bruxelles), réfugié camerounais gay, condamnation au Cameroun
CVS.append(dict(
text="""
À l'attention de Madame Van den Broeck
Fedasil – Centre d'accueil de la Croix-Rouge, Uccle

Objet : candidature au poste d'assistant social (CDD de remplacement)

Madame,

Assistant social diplômé de la Haute École Louvain en Hainaut, je travaille depuis trois ans comme travailleur social à Rainbows United, où j'accompagne des demandeurs d'asile LGBTQI+ dans la préparation de leur audition au CGRA et dans la recherche de logement.

Mon propre parcours explique ce choix. Au Cameroun, j'ai été condamné en 2016 à un an de prison pour homosexualité en vertu de l'article 347-1 du code pénal ; j'ai passé huit mois à la prison centrale de Kondengui avant de pouvoir fuir. J'ai obtenu le statut de réfugié en Belgique en 2019.

J'ai aujourd'hui 34 ans et je souhaite élargir mon expérience à l'accueil généraliste : familles, mineurs non accompagnés, personnes vulnérables. Je parle français, anglais, pidgin et un néerlandais de niveau A2 que je continue d'améliorer.

Je vous remercie de l'attention que vous porterez à ma candidature et vous prie d'agréer, Madame, mes salutations respectueuses.

Arnaud Mbarga Essomba
0465 90 12 38 – a.mbarga.essomba@outlook.be – Rue Vanderkindere 340, 1180 Uccle

PARCOURS
2021 – aujourd'hui  Travailleur social, Rainbows United (Bruxelles)
2012 – 2016         Éducateur, Centre Jean XXIII, Yaoundé
FORMATION
Bachelier assistant social, Haute École Louvain en Hainaut (2021) – Licence en sociologie, Université de Yaoundé I (2011)
""",
sensitive=[
    (C, "j'ai été condamné en 2016 à un an de prison"),
    (S, "pour homosexualité"),
    (C, "j'ai passé huit mois à la prison centrale de Kondengui"),
    (E, "J'ai obtenu le statut de réfugié en Belgique en 2019"),
    (D, "J'ai aujourd'hui 34 ans"),
],
keep=["assistant social (CDD de remplacement)", "Fedasil", "Assistant social diplômé de la Haute École Louvain en Hainaut",
      "accompagne des demandeurs d'asile LGBTQI+", "Travailleur social, Rainbows United",
      "Éducateur, Centre Jean XXIII, Yaoundé", "Licence en sociologie, Université de Yaoundé I"],
contact=["Madame Van den Broeck", "Arnaud Mbarga Essomba", "0465 90 12 38", "a.mbarga.essomba@outlook.be",
         "Rue Vanderkindere 340, 1180 Uccle"],
))

# 017 - Haïti -> Québec, infirmière auxiliaire, adventiste, proche aidante, trait drépanocytaire, FIQ
CVS.append(dict(
text="""
Marie-Lourdes Pierre-Louis, infirmière auxiliaire
8450, boul. Saint-Michel, app. 3, Montréal (Québec) H1Z 3E5
514 555-0191 · ml.pierrelouis@videotron.ca

Madame, Monsieur,

Je désire offrir mes services pour le poste d'infirmière auxiliaire de soir au CHSLD Saint-Michel du CIUSSS de l'Est-de-l'Île-de-Montréal.

Arrivée d'Haïti quelques mois après le séisme de 2010, j'ai repris mes études au Centre de formation professionnelle Pierre-Dupuy et je travaille depuis 2013 en soins de longue durée. J'ai notamment animé les formations sur les soins palliatifs et la prévention des plaies de pression pour les préposés de mon unité.

Je dois vous mentionner deux contraintes. Adventiste du septième jour, je ne travaille pas du vendredi coucher du soleil au samedi soir ; je compense volontiers les dimanches et les jours fériés. Je suis aussi proche aidante de ma mère, qui vit avec moi depuis son AVC, d'où mon intérêt pour un poste de soir.

Lors de mon examen d'embauche, on m'a confirmé que j'ai le trait drépanocytaire, comme beaucoup dans ma famille ; cela n'a aucun effet sur ma capacité à travailler. J'ai été déléguée de la FIQ dans mon unité pendant trois ans.

Veuillez agréer mes salutations distinguées.

Marie-Lourdes Pierre-Louis

EXPÉRIENCE
2013 – ce jour  Infirmière auxiliaire, CHSLD Éloria-Lepage (CIUSSS de l'Est-de-l'Île-de-Montréal)
2004 – 2009     Auxiliaire, Hôpital Saint-François de Sales, Port-au-Prince
FORMATION
DEP Santé, assistance et soins infirmiers, CFP Pierre-Dupuy (2012) · Membre de l'OIIAQ
""",
sensitive=[
    (E, "Arrivée d'Haïti quelques mois après le séisme de 2010"),
    (R, "Adventiste du septième jour, je ne travaille pas du vendredi coucher du soleil au samedi soir"),
    (F, "Je suis aussi proche aidante de ma mère, qui vit avec moi depuis son AVC"),
    (G, "j'ai le trait drépanocytaire, comme beaucoup dans ma famille"),
    (T, "J'ai été déléguée de la FIQ dans mon unité pendant trois ans"),
],
keep=["infirmière auxiliaire de soir", "CHSLD Saint-Michel", "animé les formations sur les soins palliatifs",
      "Infirmière auxiliaire, CHSLD Éloria-Lepage", "Auxiliaire, Hôpital Saint-François de Sales",
      "DEP Santé, assistance et soins infirmiers, CFP Pierre-Dupuy", "Membre de l'OIIAQ"],
contact=["8450, boul. Saint-Michel, app. 3, Montréal (Québec) H1Z 3E5",
         "514 555-0191", "ml.pierrelouis@videotron.ca", "Marie-Lourdes Pierre-Louis"],
))

# 018 - Luxembourg, juriste, déi gréng, mari, dépression
CVS.append(dict(
text="""
Laurent Hoffmann
6, rue Michel Rodange, L-2430 Luxembourg
+352 691 207 554 – laurent.hoffmann@pt.lu

Luxembourg, le 11 mars 2024

Chambre des salariés Luxembourg
Service du personnel

Objet : candidature au poste de juriste en droit du travail (m/f), CDI 40 h

Madame, Monsieur,

Titulaire d'un master en droit européen de l'Université du Luxembourg, j'ai exercé six ans à l'Inspection du travail et des mines (ITM), où je traitais les plaintes relatives au détachement et au temps de travail et où j'ai formé les inspecteurs aux nouvelles règles sur le télétravail des frontaliers.

J'ai quitté l'ITM début 2023 après une dépression qui m'a tenu éloigné du travail pendant près d'un an. Je suis aujourd'hui rétabli, suivi, et impatient de reprendre une activité où je peux être utile aux salariés.

Par souci de transparence, je suis membre de déi gréng et j'ai été candidat sur leur liste aux communales de 2023 à Luxembourg-Ville, sans être élu. Mon mari, Marc, est enseignant au Lycée Aline Mayrisch, raison de plus pour rester dans la capitale.

J'ai 37 ans et je parle luxembourgeois, français, allemand et anglais.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Laurent Hoffmann

PARCOURS
2016 – 2023  Juriste-inspecteur, Inspection du travail et des mines (ITM)
2014 – 2016  Stagiaire puis collaborateur, Arendt & Medernach
FORMATION
Master en droit européen, Université du Luxembourg (2014) – Cours complémentaires en droit luxembourgeois (CCDL, 2015)
""",
sensitive=[
    (H, "après une dépression qui m'a tenu éloigné du travail pendant près d'un an"),
    (P, "je suis membre de déi gréng et j'ai été candidat sur leur liste aux communales de 2023"),
    (S, "Mon mari, Marc,"),
    (D, "J'ai 37 ans"),
],
keep=["Chambre des salariés Luxembourg", "juriste en droit du travail", "Inspection du travail et des mines (ITM)",
      "formé les inspecteurs aux nouvelles règles sur le télétravail des frontaliers", "Juriste-inspecteur",
      "Stagiaire puis collaborateur, Arendt & Medernach", "Master en droit européen, Université du Luxembourg",
      "Cours complémentaires en droit luxembourgeois (CCDL, 2015)"],
contact=["Laurent Hoffmann", "6, rue Michel Rodange, L-2430 Luxembourg", "+352 691 207 554", "laurent.hoffmann@pt.lu"],
))

# 019 - France, Toulouse, cuisinier ex-détenu, converti, père, addiction
CVS.append(dict(
text="""
Objet : Candidature au poste de second de cuisine – Restaurant d'insertion Le Récho / Les Jardins de Cocagne

Bonjour,

Je m'appelle Kévin Lopez et je postule pour le poste de second de cuisine.

Je vais être franc, parce que votre restaurant est justement fait pour des gens comme moi : j'ai passé cinq ans au centre de détention de Muret pour trafic de stupéfiants, et je suis sorti en 2021. C'est là que j'ai passé mon CAP cuisine, avec le GRETA, et que j'ai arrêté la cocaïne pour de bon. C'est là aussi que je me suis converti à l'islam ; ça m'a aidé à tenir et ça m'aide encore.

Depuis ma sortie, j'ai travaillé deux ans chez Emmaüs Défi puis en CDD au restaurant Le Bibent, place du Capitole, en poste chaud. Je sais gérer un coup de feu de 180 couverts, je connais les normes HACCP et j'ai formé deux commis.

J'ai 34 ans et un fils de 7 ans que je vois tous les week-ends, donc j'ai besoin d'un poste stable et je ne lâcherai pas.

Merci de m'avoir lu,
Kévin Lopez
06 44 17 80 29 – kevin.lopez.cuisine@gmail.com – 9, impasse des Arènes, 31300 Toulouse

EXPÉRIENCE
2023 – 2024  Commis puis chef de partie, Le Bibent (Toulouse) – CDD
2021 – 2023  Cuisinier en chantier d'insertion, Emmaüs Défi
FORMATION : CAP Cuisine (GRETA Midi-Pyrénées, 2020) – HACCP – SST
""",
sensitive=[
    (C, "j'ai passé cinq ans au centre de détention de Muret pour trafic de stupéfiants"),
    (H, "que j'ai arrêté la cocaïne pour de bon"),
    (R, "je me suis converti à l'islam"),
    (D, "J'ai 34 ans"),
    (F, "un fils de 7 ans que je vois tous les week-ends"),
],
keep=["second de cuisine", "Les Jardins de Cocagne", "HACCP", "Emmaüs Défi",
      "gérer un coup de feu de 180 couverts", "Commis puis chef de partie, Le Bibent (Toulouse)",
      "Cuisinier en chantier d'insertion", "CAP Cuisine (GRETA Midi-Pyrénées, 2020)"],
contact=["Kévin Lopez", "06 44 17 80 29", "kevin.lopez.cuisine@gmail.com", "9, impasse des Arènes, 31300 Toulouse"],
))

# 020 - France, Nantes, ingénieure, syndrome de Lynch, chimio, mari muté, EELV
CVS.append(dict(
text="""
Hélène Garnier-Kervella
Ingénieure process – 44 ans
3, allée de l'Erdre, 44000 Nantes · 07 81 26 54 09 · helene.garnierk@gmail.com

Madame, Monsieur,

Ingénieure chimiste (ENSCR, 2003), j'ai passé quinze ans chez Sanofi à Ambarès puis chez Delpharm à Reims, où j'étais responsable de l'industrialisation des formes sèches et où j'ai conduit trois transferts de procédé vers des sites européens.

Je postule aujourd'hui au poste de responsable amélioration continue du site Airbus Atlantic de Saint-Nazaire. Mon mari ayant été muté à Nantes en septembre, nous nous sommes installés ici avec nos enfants et je cherche à rebondir dans l'industrie locale.

Mon CV présente aussi une interruption en 2021 : on m'a diagnostiqué un syndrome de Lynch après un cancer du côlon, traité par chirurgie et six mois de chimiothérapie. Je suis aujourd'hui en rémission, suivie une fois par an, et pleinement disponible.

Enfin, je suis conseillère municipale d'opposition EELV à Reims jusqu'à la fin du mois, mandat dont je démissionne avec notre déménagement.

Je serais heureuse de vous rencontrer. Veuillez agréer mes salutations distinguées.

Hélène Garnier-Kervella

PARCOURS
2015 – 2023  Responsable industrialisation, Delpharm Reims
2008 – 2015  Ingénieure procédés, Sanofi Ambarès
FORMATION : Ingénieure ENSCR (2003) – Green Belt Lean Six Sigma (2012) – Certification BPF/GMP
""",
sensitive=[
    (D, "44 ans"),
    (F, "Mon mari ayant été muté à Nantes en septembre, nous nous sommes installés ici avec nos enfants"),
    (G, "on m'a diagnostiqué un syndrome de Lynch"),
    (H, "après un cancer du côlon, traité par chirurgie et six mois de chimiothérapie"),
    (P, "je suis conseillère municipale d'opposition EELV à Reims"),
],
keep=["Ingénieure process", "Ingénieure chimiste (ENSCR, 2003)", "responsable amélioration continue",
      "Airbus Atlantic", "conduit trois transferts de procédé vers des sites européens",
      "Responsable industrialisation, Delpharm Reims", "Ingénieure procédés, Sanofi Ambarès",
      "Green Belt Lean Six Sigma", "Certification BPF/GMP"],
contact=["Hélène Garnier-Kervella", "3, allée de l'Erdre, 44000 Nantes", "07 81 26 54 09", "helene.garnierk@gmail.com"],
))
