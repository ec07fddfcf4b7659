# CV académiques rédigés à la main, français, 021-030.

CVS = [
dict(id="academia-fr-021", text="""
Dr Espérance Mbuyi-Lambrecht
Chargée de cours en histoire contemporaine, Université de Liège — Unité de recherche Transitions
Quai Roosevelt 1B, 4000 Liège · e.mbuyi@uliege.be · +32 4 555 66 21

Recherche : histoire coloniale belge ; missions catholiques au Kasaï ; restitutions et archives du Congo belge.

Formation
Doctorat en histoire, art et archéologie, Université de Liège, 2016 : « Les catéchistes du Kasaï. Missionnaires scheutistes et intermédiaires congolais, 1908-1960 »
Master en histoire, KU Leuven, 2010

Carrière
Depuis 2020 : chargée de cours, ULiège
2017-2020 : chercheuse postdoctorale, Musée royal de l'Afrique centrale (AfricaMuseum), Tervuren

Publications
Mbuyi-Lambrecht E. (2023). « Une commission pour rien ? Le Parlement belge et le passé colonial », Revue belge d'histoire contemporaine.

Expertise
Experte auprès de la commission spéciale « passé colonial » de la Chambre (2021-2022).

Situation personnelle
Née à Kananga en 1984, arrivée en Belgique à six ans avec ma mère, naturalisée belge en 2001. Mère de trois enfants, en garde alternée depuis mon divorce en 2022. Catholique pratiquante, je chante à la chorale congolaise de la paroisse Saint-Pholien. Ancienne candidate sur la liste PS aux communales liégeoises de 2018.
""", s=[
    ("E", "Née à Kananga"),
    ("D", "en 1984"),
    ("E", "arrivée en Belgique à six ans avec ma mère, naturalisée belge en 2001"),
    ("F", "Mère de trois enfants, en garde alternée depuis mon divorce en 2022"),
    ("P", "Ancienne candidate sur la liste PS aux communales liégeoises de 2018"),
    ("R", 'Catholique pratiquante, je chante à la chorale congolaise de la paroisse Saint-Pholien.'),
], keep=[
    "Chargée de cours en histoire contemporaine, Université de Liège",
    "missions catholiques au Kasaï",
    "Les catéchistes du Kasaï. Missionnaires scheutistes et intermédiaires congolais, 1908-1960",
    "chercheuse postdoctorale, Musée royal de l'Afrique centrale (AfricaMuseum)",
    "Une commission pour rien ? Le Parlement belge et le passé colonial",
    "Experte auprès de la commission spéciale « passé colonial » de la Chambre (2021-2022).",
    "Master en histoire, KU Leuven, 2010",
], contact=[
    "Dr Espérance Mbuyi-Lambrecht", "Quai Roosevelt 1B, 4000 Liège", "e.mbuyi@uliege.be",
    "+32 4 555 66 21", "Mbuyi-Lambrecht E.",
]),

dict(id="academia-fr-022", text="""
Dr méd. Laurent Favre-Bulle
Médecin adjoint et chercheur clinique, Service d'oncologie, Hôpitaux universitaires de Genève (HUG)
Rue Gabrielle-Perret-Gentil 4, 1205 Genève · laurent.favre-bulle@hcuge.ch · +41 22 555 48 90

Spécialisation
Oncologie digestive ; syndrome de Lynch ; essais d'immunothérapie dans les cancers MSI.

Parcours
2019– Médecin adjoint, HUG ; investigateur principal de 6 essais (dont KEYNOTE-177 site Genève)
2014–2019 Chef de clinique, CHUV, Lausanne
Titre FMH en oncologie médicale (2016) ; MD-PhD, Université de Genève (2012)

Financements
Ligue suisse contre le cancer, KFS-5512-02-2022, « Dépistage en cascade du syndrome de Lynch dans les familles genevoises » (280 000 CHF)

Publications
Favre-Bulle L. et al. « Universal MMR screening in Geneva: five-year results », Swiss Med Wkly, 2024.

Déclaration (commission de nomination)
Je suis moi-même porteur d'une mutation MLH1 ; j'ai été opéré d'un cancer du côlon à 39 ans et je poursuis une surveillance endoscopique annuelle. Mes deux enfants seront testés à leur majorité. Marié à Nathalie, pédiatre.
""", s=[
    ("G", "Je suis moi-même porteur d'une mutation MLH1"),
    ("H", "j'ai été opéré d'un cancer du côlon"),
    ("D", "à 39 ans"),
    ("H", "je poursuis une surveillance endoscopique annuelle"),
    ("F", "Mes deux enfants seront testés à leur majorité. Marié à Nathalie, pédiatre."),
], keep=[
    "Médecin adjoint et chercheur clinique, Service d'oncologie, Hôpitaux universitaires de Genève (HUG)",
    "syndrome de Lynch",
    "Chef de clinique, CHUV, Lausanne",
    "Titre FMH en oncologie médicale (2016)",
    "Dépistage en cascade du syndrome de Lynch dans les familles genevoises",
    "Universal MMR screening in Geneva: five-year results",
    "MD-PhD, Université de Genève (2012)",
], contact=[
    "Dr méd. Laurent Favre-Bulle", "Rue Gabrielle-Perret-Gentil 4, 1205 Genève",
    "laurent.favre-bulle@hcuge.ch", "+41 22 555 48 90", "Favre-Bulle L.",
]),

dict(id="academia-fr-023", text="""
Félix-Antoine Gagnon
Doctorant en science politique, Université Laval (Québec)
Pavillon Charles-De Koninck, 1030, av. des Sciences-Humaines, Québec (QC) G1V 0A6
felix-antoine.gagnon.3@ulaval.ca · 418 555-0139

Thèse : « Partis de militants ou partis de militants-candidats ? La sélection des candidatures à Québec solidaire et au Parti québécois, 2012-2026 » (dir. : Pr Éric Montigny)

Formation
M.A. science politique, Université Laval, 2021 ; B.A. science politique, Université de Sherbrooke, 2019

Bourses
Bourse doctorale du FRQSC (2022-2025) ; bourse de la Chaire de recherche sur la démocratie et les institutions parlementaires

Enseignement
Auxiliaire d'enseignement, POL-1005 Introduction à la politique québécoise ; chargé de cours, POL-2220 Partis politiques et élections (automne 2025)

Publications
Gagnon F.-A. (2024). « Les primaires ouvertes : une fausse bonne idée? », Politique et Sociétés, 43(2).

Implication
J'ai été candidat de Québec solidaire dans Jean-Talon aux élections générales de 2022 et je siège au comité de coordination régional du parti. Délégué syndical au SAEUL (Syndicat des auxiliaires d'enseignement) en 2023-2024. Arrêté lors du printemps érable en 2012, j'ai été condamné à une amende pour attroupement illégal ; mes empreintes digitales ont été prises au poste du SPVM. J'habite avec mon chum, Mathieu, dans Saint-Roch.

Né le 8 décembre 1997.
""", s=[
    ("P", "J'ai été candidat de Québec solidaire dans Jean-Talon aux élections générales de 2022 et je siège au comité de coordination régional du parti."),
    ("U", "Délégué syndical au SAEUL (Syndicat des auxiliaires d'enseignement) en 2023-2024."),
    ("S", "avec mon chum, Mathieu,"),
    ("D", "Né le 8 décembre 1997."),
    ("C", "Arrêté lors du printemps érable en 2012, j'ai été condamné à une amende pour attroupement illégal"),
    ("G", 'mes empreintes digitales ont été prises au poste du SPVM'),
], keep=[
    "Doctorant en science politique, Université Laval",
    "La sélection des candidatures à Québec solidaire et au Parti québécois, 2012-2026",
    "Bourse doctorale du FRQSC (2022-2025)",
    "Chaire de recherche sur la démocratie et les institutions parlementaires",
    "POL-1005 Introduction à la politique québécoise",
    "POL-2220 Partis politiques et élections",
    "Les primaires ouvertes : une fausse bonne idée?",
], contact=[
    "Félix-Antoine Gagnon", "Pavillon Charles-De Koninck, 1030, av. des Sciences-Humaines, Québec (QC) G1V 0A6",
    "felix-antoine.gagnon.3@ulaval.ca", "418 555-0139", "Pr Éric Montigny", "Gagnon F.-A.",
]),

dict(id="academia-fr-024", text="""
CANDIDATURE — CHAIRE DE PROFESSEUR JUNIOR « Santé, environnement, inégalités » — Université de Bordeaux (2026)

Dr Hélène Castaing-Moreau
Chercheuse contractuelle, Bordeaux Population Health (Inserm U1219), 146 rue Léo Saignat, 33076 Bordeaux
helene.castaing@u-bordeaux.fr · 06 55 73 41 29 · ORCID 0000-0002-4417-9930

Parcours
2021– Chercheuse contractuelle, équipe EPICENE, BPH
2017-2021 Post-doctorante, Santé publique France (programme pesticides et santé)
2016 Doctorat en épidémiologie, Université de Bordeaux : « Exposition aux pesticides et maladie de Parkinson chez les viticulteurs girondins »

Productions
27 articles (h-index 14) ; porteuse du projet ANR JCJC « VITIKIDS » sur l'exposition des enfants riverains des vignes.

Enseignement
Épidémiologie environnementale (M1 Santé publique) ; Biostatistique (L3)

Interruptions de carrière et situation personnelle (rubrique 6 du dossier)
— Congé maternité, puis congé parental à 50 %, de mars 2019 à septembre 2020.
— Arrêt maladie de six mois en 2022 pour un épuisement professionnel (burn-out), suivi d'un mi-temps thérapeutique.
— Je suis aidante de ma mère, atteinte de la maladie d'Alzheimer, depuis 2023.
Élue SNCS-FSU au conseil de l'unité depuis 2022. Ma conjointe, Sophie, a accepté une mutation à Bordeaux en 2021 : c'est la raison de mon ancrage géographique.
""", s=[
    ("F", "Congé maternité, puis congé parental à 50 %, de mars 2019 à septembre 2020"),
    ("H", "Arrêt maladie de six mois en 2022 pour un épuisement professionnel (burn-out), suivi d'un mi-temps thérapeutique"),
    ("F", "Je suis aidante de ma mère, atteinte de la maladie d'Alzheimer, depuis 2023"),
    ("S", "Ma conjointe, Sophie,"),
    ("U", "Élue SNCS-FSU au conseil de l'unité depuis 2022."),
], keep=[
    "CHAIRE DE PROFESSEUR JUNIOR « Santé, environnement, inégalités »",
    "Chercheuse contractuelle, Bordeaux Population Health (Inserm U1219)",
    "Post-doctorante, Santé publique France",
    "Exposition aux pesticides et maladie de Parkinson chez les viticulteurs girondins",
    "ANR JCJC « VITIKIDS »",
    "Épidémiologie environnementale (M1 Santé publique)",
], contact=[
    "Dr Hélène Castaing-Moreau", "146 rue Léo Saignat, 33076 Bordeaux",
    "helene.castaing@u-bordeaux.fr", "06 55 73 41 29", "ORCID 0000-0002-4417-9930",
]),

dict(id="academia-fr-025", text="""
Liste des publications — extraction HAL (idHAL : thomas-verdier), 30 novembre 2026
Thomas Verdier, maître de conférences en histoire moderne, Université Clermont Auvergne, Centre d'histoire « Espaces et Cultures » (CHEC)
thomas.verdier@uca.fr

Ouvrages
1. Verdier T., Les Protestants du Velay après la Révocation : clandestinité et conversions forcées (1685-1787), Rennes, PUR, 2019. ⟨hal-02211478⟩

Articles dans des revues à comité de lecture
2. Verdier T., « Les registres d'abjuration du diocèse du Puy », Bulletin de la Société de l'histoire du protestantisme français, 168, 2022. ⟨hal-03801123⟩
3. Verdier T., « Galériens pour la foi : les condamnés protestants du Languedoc », Revue d'histoire moderne et contemporaine, 66-2, 2019. ⟨hal-02310944⟩
4. Verdier T., Lagarde M., « Enfermer les nouvelles catholiques : la maison de Clermont (1700-1760) », Histoire, économie & société, 2021. ⟨hal-03355012⟩

Chapitres d'ouvrages
5. Verdier T., « Le Désert et la prison », dans Krumenacker Y. (dir.), Les Protestants et l'enfermement, Genève, Droz, 2024. ⟨hal-04502290⟩

Communications
6. Verdier T., « Juger l'assemblée du Désert », colloque « Justice et religion à l'époque moderne », Université de Lyon, 2023.

Direction de travaux
Co-encadrement de 2 thèses ; 14 mémoires de master.
""", s=[], keep=[
    "maître de conférences en histoire moderne, Université Clermont Auvergne",
    "Les Protestants du Velay après la Révocation : clandestinité et conversions forcées (1685-1787)",
    "Les registres d'abjuration du diocèse du Puy",
    "Galériens pour la foi : les condamnés protestants du Languedoc",
    "Enfermer les nouvelles catholiques : la maison de Clermont (1700-1760)",
    "Les Protestants et l'enfermement",
    "Justice et religion à l'époque moderne",
], contact=[
    "thomas-verdier", "Thomas Verdier", "thomas.verdier@uca.fr", "Verdier T.", "Lagarde M.", "Krumenacker Y.",
]),

dict(id="academia-fr-026", text="""
Youness Tahiri
Ingénieur de recherche — Plateforme de calcul haute performance, Université Mohammed VI Polytechnique (UM6P), Benguérir
youness.tahiri@um6p.ma · +212 6 61 55 08 72 · Lot 660, Hay Moulay Rachid, Benguérir

Profil
Ingénieur HPC et données, sept ans d'expérience dans l'exploitation de supercalculateurs et l'accompagnement de chercheurs en géosciences et en bioinformatique.

Expérience
Depuis 2020 : Ingénieur de recherche, African Supercomputing Center, UM6P
 – Exploitation du cluster Toubkal (Slurm, Lustre, 69 000 cœurs)
 – Portage de codes de dynamique moléculaire et de génomique (GROMACS, GATK)
 – Formation de 300 doctorants par an aux bonnes pratiques HPC
2017-2020 : Ingénieur systèmes, OCP Group, Direction des systèmes d'information, Casablanca

Formation
Diplôme d'ingénieur d'État en informatique, ENSIAS, Rabat, 2017
Classes préparatoires MP, Lycée Moulay Youssef, Rabat

Certifications
Red Hat Certified Engineer (RHCE) ; NVIDIA DLI « Fundamentals of Accelerated Computing with CUDA »

Langues
Arabe, français, anglais (C1).

Référence
Dr Hassan Benali, directeur de l'African Supercomputing Center.
""", s=[], keep=[
    "Ingénieur de recherche — Plateforme de calcul haute performance",
    "Université Mohammed VI Polytechnique (UM6P)",
    "Exploitation du cluster Toubkal (Slurm, Lustre, 69 000 cœurs)",
    "Ingénieur systèmes, OCP Group",
    "Diplôme d'ingénieur d'État en informatique, ENSIAS, Rabat, 2017",
    "Red Hat Certified Engineer (RHCE)",
], contact=[
    "Youness Tahiri", "youness.tahiri@um6p.ma", "+212 6 61 55 08 72",
    "Lot 660, Hay Moulay Rachid, Benguérir", "Dr Hassan Benali",
]),

dict(id="academia-fr-027", text="""
CURRICULUM VITAE

Abdoulaye Sow
Enseignant-chercheur (Maître-assistant), Faculté des sciences juridiques et politiques, Université Gaston Berger de Saint-Louis
abdoulaye.sow@ugb.edu.sn · +221 77 555 63 18 · Cité universitaire, Sanar, Saint-Louis

Né le 21 avril 1985 à Podor

Diplômes
2017 : Doctorat en droit privé et sciences criminelles, UGB — « La détention provisoire au Sénégal : entre exception légale et pratique ordinaire »
2011 : Master 2 Droit pénal, Université Cheikh Anta Diop

Postes
Depuis 2018 : Maître-assistant, UGB ; chargé du cours de procédure pénale et du séminaire « Prisons et droits de l'homme »
2012-2017 : Juriste, Ligue sénégalaise des droits humains (LSDH), programme d'assistance aux détenus

Publications
Sow A. (2022), « Surpopulation carcérale et détention provisoire à Rebeuss », Revue de l'ERSUMA.

Expertise
Consultant pour l'ONUDC sur la révision du Code de procédure pénale (2020).

Note biographique
Militant du Pastef depuis 2016, j'ai moi-même été placé sous mandat de dépôt et détenu sept mois à la Maison d'arrêt de Rebeuss en 2023 pour « appel à l'insurrection », avant de bénéficier de la loi d'amnistie de mars 2024. Mes empreintes digitales et ma photo biométrique figurent toujours au fichier de l'administration pénitentiaire. Haalpulaar du Fouta, je mène mes entretiens en pulaar. Cette expérience éclaire mes travaux sur la détention provisoire.
""", s=[
    ("D", "Né le 21 avril 1985"),
    ("P", "Militant du Pastef depuis 2016"),
    ("C", "j'ai moi-même été placé sous mandat de dépôt et détenu sept mois à la Maison d'arrêt de Rebeuss en 2023 pour « appel à l'insurrection »"),
    ("C", "avant de bénéficier de la loi d'amnistie de mars 2024"),
    ("G", "Mes empreintes digitales et ma photo biométrique figurent toujours au fichier de l'administration pénitentiaire."),
    ("E", 'Haalpulaar du Fouta'),
], keep=[
    "Maître-assistant",
    "Faculté des sciences juridiques et politiques, Université Gaston Berger de Saint-Louis",
    "La détention provisoire au Sénégal : entre exception légale et pratique ordinaire",
    "Prisons et droits de l'homme",
    "Juriste, Ligue sénégalaise des droits humains (LSDH), programme d'assistance aux détenus",
    "Surpopulation carcérale et détention provisoire à Rebeuss",
    "Consultant pour l'ONUDC sur la révision du Code de procédure pénale (2020).",
], contact=[
    "Abdoulaye Sow", "abdoulaye.sow@ugb.edu.sn", "+221 77 555 63 18",
    "Cité universitaire, Sanar, Saint-Louis", "Sow A.",
]),

dict(id="academia-fr-028", text="""
Rima Mousawi
Anthropologue, chercheuse post-doctorale — Institut français du Proche-Orient (Ifpo), Beyrouth
rima.mousawi@ifporient.org · +961 71 555 903

Thèmes
Camps de réfugiés palestiniens au Liban ; économies morales de l'aide ; deuil et martyre dans la banlieue sud de Beyrouth.

Parcours
2023– Post-doctorante, Ifpo (programme « Citadinités en crise »)
2022 Doctorat en anthropologie sociale, EHESS : « Vivre dans l'attente. Temporalités du camp de Chatila »
2016 Master en sociologie, Université libanaise

Publications
Mousawi R., « Les funérailles comme scène politique à Dahiyé », Cahiers d'études africaines et moyen-orientales, 2024.

Enseignement
Cours d'anthropologie de la religion, Université Saint-Joseph (vacations, 2023-2025)

Positionnement (introduction de la thèse)
Je suis née à Chatila, fille d'un réfugié palestinien et d'une mère libanaise, et je n'ai pas la nationalité libanaise : je suis enregistrée auprès de l'UNRWA. Ayant grandi dans une famille chiite, j'ai pu assister aux commémorations de l'Achoura sans être perçue comme étrangère. En 2019, j'ai été détenue dix jours et condamnée par le tribunal militaire pour « atteinte au prestige de l'armée » après une publication sur Facebook. Fiancée, mariage prévu en 2027.
""", s=[
    ("E", "Je suis née à Chatila, fille d'un réfugié palestinien et d'une mère libanaise, et je n'ai pas la nationalité libanaise : je suis enregistrée auprès de l'UNRWA"),
    ("R", "Ayant grandi dans une famille chiite"),
    ("F", "Fiancée, mariage prévu en 2027."),
    ("C", "j'ai été détenue dix jours et condamnée par le tribunal militaire pour « atteinte au prestige de l'armée » après une publication sur Facebook"),
], keep=[
    "Anthropologue, chercheuse post-doctorale",
    "Institut français du Proche-Orient (Ifpo)",
    "Camps de réfugiés palestiniens au Liban",
    "Vivre dans l'attente. Temporalités du camp de Chatila",
    "Les funérailles comme scène politique à Dahiyé",
    "Cours d'anthropologie de la religion, Université Saint-Joseph",
    "Doctorat en anthropologie sociale, EHESS",
], contact=[
    "Rima Mousawi", "rima.mousawi@ifporient.org", "+961 71 555 903", "Mousawi R.",
]),

dict(id="academia-fr-029", text="""
Élodie Carrasco — PRAG d'anglais, doctorante en études anglophones
Université Paul-Valéry Montpellier 3, EMMA (EA 741) — Route de Mende, 34199 Montpellier
elodie.carrasco@univ-montp3.fr — 06 55 84 27 19

Agrégation externe d'anglais (2014, rang 22) ; CAPES (2013)

Thèse en cours (soutenance 2027) : « Écrire le sida à la première personne : récits de malades dans la presse gay britannique, 1984-1996 » (dir. Mme Claire Leroux)

Enseignement (depuis 2016, 384 h/an)
Traduction (thème et version, L1-L3) ; Préparation à l'agrégation interne : civilisation britannique ; Littérature et épidémies (option L3)

Publications
Carrasco É., « Les "AIDS diaries" de Gay Times », Cercles, n° 44, 2023.

Responsabilités
Référente égalité-diversité de l'UFR ; correspondante handicap du département d'anglais.

Informations personnelles
38 ans. Petite-fille de républicains espagnols réfugiés en 1939. Adhérente de la CGT FERC Sup. Pacsée avec Julie depuis 2017. Je bénéficie d'un aménagement de service (pas de cours avant 10 h) en raison d'une polyarthrite rhumatoïde sous biothérapie.
""", s=[
    ("D", "38 ans."),
    ("S", "Pacsée avec Julie depuis 2017."),
    ("H", "Je bénéficie d'un aménagement de service (pas de cours avant 10 h)"),
    ("H", "en raison d'une polyarthrite rhumatoïde sous biothérapie"),
    ("E", 'Petite-fille de républicains espagnols réfugiés en 1939.'),
    ("U", 'Adhérente de la CGT FERC Sup.'),
], keep=[
    "PRAG d'anglais",
    "Université Paul-Valéry Montpellier 3",
    "Agrégation externe d'anglais (2014, rang 22)",
    "Écrire le sida à la première personne : récits de malades dans la presse gay britannique, 1984-1996",
    "Littérature et épidémies (option L3)",
    "Les \"AIDS diaries\" de Gay Times",
    "Référente égalité-diversité de l'UFR",
], contact=[
    "Élodie Carrasco", "Route de Mende, 34199 Montpellier", "elodie.carrasco@univ-montp3.fr",
    "06 55 84 27 19", "Mme Claire Leroux", "Carrasco É.",
]),

dict(id="academia-fr-030", text="""
Dr Arnaud Vanderstraeten
Chercheur qualifié FNRS — Laboratoire de génétique humaine, Institut de Duve, UCLouvain (Woluwe)
Avenue Hippocrate 75, 1200 Bruxelles · arnaud.vanderstraeten@uclouvain.be · +32 2 555 33 47

Recherche
Génétique des populations de Belgique et des Pays-Bas ; détection d'apparentements cachés dans les biobanques ; généalogie génétique et vie privée (identification par parentèle).

Carrière
2019– Chercheur qualifié FNRS, UCLouvain
2014–2019 Postdoc, Leiden University Medical Center (Forensic Genetics)
2013 Doctorat en sciences biomédicales, KU Leuven : « Chromosome Y et structure généalogique des patronymes flamands »

Publications
Vanderstraeten A., Larmuseau M. « Événements de paternité extra-conjugale dans les généalogies flamandes », Annales de génétique humaine, 2021.
Vanderstraeten A. et al. « Investigative genetic genealogy in Belgium: legal limits », Forensic Sci Int Genet, 2025.

Projets
EOS « GENPRIV – Génomique, parenté et vie privée » (coordinateur, 2024-2028)

Note
J'ai versé mon propre profil ADN dans GEDmatch en 2018 pour tester la méthode ; il m'a révélé que mon père biologique n'était pas celui qui m'a élevé. Marié à Koen, qui enseigne à la VUB. Petit-fils de mineurs italiens arrivés dans le Borinage en 1947.
""", s=[
    ("G", "J'ai versé mon propre profil ADN dans GEDmatch en 2018 pour tester la méthode"),
    ("F", "il m'a révélé que mon père biologique n'était pas celui qui m'a élevé"),
    ("E", "Petit-fils de mineurs italiens arrivés dans le Borinage en 1947."),
    ("S", 'Marié à Koen'),
], keep=[
    "Chercheur qualifié FNRS",
    "Laboratoire de génétique humaine, Institut de Duve, UCLouvain",
    "généalogie génétique et vie privée (identification par parentèle)",
    "Postdoc, Leiden University Medical Center (Forensic Genetics)",
    "Chromosome Y et structure généalogique des patronymes flamands",
    "Événements de paternité extra-conjugale dans les généalogies flamandes",
    "GENPRIV – Génomique, parenté et vie privée",
], contact=[
    "Dr Arnaud Vanderstraeten", "Avenue Hippocrate 75, 1200 Bruxelles",
    "arnaud.vanderstraeten@uclouvain.be", "+32 2 555 33 47", "Larmuseau M.",
]),
]
