"""letters-fr-001..010, tapés à la main."""
from common import H, R, P, T, E, S, C, G, D, F

CVS = []

# 001 - France, Lyon, infirmière coordinatrice, burn-out, CFDT
CVS.append(dict(
text="""
Nathalie Roux-Berthier
18, rue Saint-Jean-de-Dieu
69007 Lyon
06 71 48 22 95 – nathalie.rouxberthier@orange.fr

Lyon, le 3 avril 2024

Objet : candidature au poste d'infirmière coordinatrice – SSIAD de la Croix-Rouge française, Lyon 8e

Madame, Monsieur,

Infirmière diplômée d'État depuis 1996, j'ai exercé vingt ans en service de diabétologie aux Hospices Civils de Lyon, où j'ai notamment piloté l'éducation thérapeutique des patients sous pompe à insuline et formé les équipes de nuit au protocole hypoglycémie.

Je ne vous cacherai pas que mon départ de l'hôpital, en 2021, a suivi un burn-out sévère, avec un arrêt de sept mois. Cette période m'a appris à poser des limites et à reconnaître l'épuisement chez les autres, ce qui me semble précieux pour encadrer une équipe de soins à domicile.

À 52 ans, mère de trois enfants désormais grands, je souhaite mettre mon expérience au service d'une structure à taille humaine. Je précise, par souci de transparence, que je suis adhérente à la CFDT Santé-Sociaux depuis quinze ans, sans mandat actuellement.

Je me tiens à votre disposition pour un entretien et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Roux-Berthier

PARCOURS
2021-2024  Infirmière, cabinet libéral, Villeurbanne
2001-2021  Infirmière puis référente éducation thérapeutique, service de diabétologie, Hospices Civils de Lyon (Édouard-Herriot)
1996-2001  Infirmière, Centre hospitalier Lyon-Sud
FORMATION
DE infirmier (IFSI Clemenceau, 1996) – DU Éducation thérapeutique du patient, Université Lyon 1 (2009)
""",
sensitive=[
    (H, "a suivi un burn-out sévère, avec un arrêt de sept mois"),
    (D, "À 52 ans"),
    (F, "mère de trois enfants désormais grands"),
    (T, "je suis adhérente à la CFDT Santé-Sociaux depuis quinze ans"),
],
keep=["infirmière coordinatrice", "SSIAD de la Croix-Rouge française", "Hospices Civils de Lyon",
      "piloté l'éducation thérapeutique des patients sous pompe à insuline", "formé les équipes de nuit au protocole hypoglycémie",
      "Infirmière, cabinet libéral, Villeurbanne", "Infirmière, Centre hospitalier Lyon-Sud",
      "DE infirmier (IFSI Clemenceau, 1996)", "DU Éducation thérapeutique du patient, Université Lyon 1"],
contact=["Nathalie Roux-Berthier", "18, rue Saint-Jean-de-Dieu", "69007 Lyon", "06 71 48 22 95",
         "nathalie.rouxberthier@orange.fr"],
))

# 002 - France, Paris, comptable au FSJU (négatif), musulmane voilée, origine algérienne
CVS.append(dict(
text="""
De : Samira Benali <samira.benali.compta@gmail.com>
À : recrutement@apf-francehandicap.org
Objet : Candidature – Responsable comptable (CDI) – réf. RC-75-0412

Madame, Monsieur,

Je vous adresse ma candidature au poste de responsable comptable au siège d'APF France handicap.

Depuis 2017, je suis comptable au Fonds Social Juif Unifié (FSJU), où je tiens la comptabilité de quatorze établissements (centres communautaires, maisons d'enfants), prépare les comptes annuels avec le commissaire aux comptes et gère les dossiers de subventions de la Ville de Paris. Cette expérience m'a appris à travailler au service d'une communauté qui n'est pas la mienne, avec beaucoup de respect mutuel.

Je préfère être transparente dès maintenant : je suis musulmane pratiquante et je porte le voile. Cela n'a jamais posé de difficulté dans mes fonctions, y compris au FSJU, et je m'adapterai bien sûr au règlement intérieur.

Née à Aubervilliers de parents venus d'Algérie, j'ai aussi milité plusieurs années à SOS Racisme pendant mes études, ce qui a renforcé mon attachement aux valeurs de l'économie sociale.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations respectueuses.

Samira Benali
07 62 19 40 88 – 23, avenue de la République, 93300 Aubervilliers

EXPÉRIENCE
Depuis 2017  Comptable, Fonds Social Juif Unifié (Paris 17e)
2012-2017    Assistante comptable, cabinet In Extenso, Saint-Denis
DIPLÔMES
DCG (2012) – BTS Comptabilité et gestion, lycée Le Corbusier, Aubervilliers (2010)
Logiciels : Sage 100, Cegid, Excel avancé
""",
sensitive=[
    (R, "je suis musulmane pratiquante et je porte le voile"),
    (E, "de parents venus d'Algérie"),
    (P, "j'ai aussi milité plusieurs années à SOS Racisme"),
],
keep=["responsable comptable", "APF France handicap", "comptable au Fonds Social Juif Unifié (FSJU)",
      "tiens la comptabilité de quatorze établissements", "Comptable, Fonds Social Juif Unifié (Paris 17e)",
      "Assistante comptable, cabinet In Extenso", "DCG (2012)", "BTS Comptabilité et gestion", "Sage 100"],
contact=["Samira Benali", "samira.benali.compta@gmail.com", "recrutement@apf-francehandicap.org", "07 62 19 40 88",
         "23, avenue de la République, 93300 Aubervilliers"],
))

# 003 - Belgique, Liège, sidérurgiste devenu formateur, FGTB, PTB, condamnation réhabilitée
CVS.append(dict(
text="""
Marc Dethier
Rue des Houilleurs 42, 4100 Seraing
0478 55 21 09 – marc.dethier@skynet.be

Seraing, le 12 février 2024

Au Forem – Service recrutement
Objet : candidature au poste de formateur en maintenance industrielle (centre de compétence Technifutur)

Madame, Monsieur,

Après vingt-deux ans chez ArcelorMittal Liège, d'abord comme électromécanicien au froid puis comme chef d'équipe maintenance, j'ai été licencié lors de la fermeture de la ligne à chaud. Depuis, j'ai obtenu le CAP (certificat d'aptitude pédagogique) et j'ai donné des modules en sous-traitance pour Technifutur.

Je préfère vous le dire moi-même : j'ai été condamné en 2009 pour coups et blessures, à la suite d'une bagarre devant un café de Jemeppe. J'ai obtenu ma réhabilitation en 2019 et mon extrait de casier est vierge. J'en parle aux stagiaires quand c'est utile, parce que beaucoup arrivent avec des parcours cabossés.

J'ai été délégué principal FGTB-Métal pendant onze ans, ce qui m'a appris à expliquer, à convaincre et à négocier. Je suis aussi militant au PTB à Seraing, mais cela reste en dehors du travail.

J'ai 49 ans et encore beaucoup à transmettre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Marc Dethier

PARCOURS
2013-2022  Chef d'équipe maintenance, ArcelorMittal Liège (Cockerill)
2000-2013  Électromécanicien, laminoir à froid de Tilleur
2023       Formateur indépendant, Technifutur (modules automates Siemens S7)
Formation : A2 électromécanique (IPES Seraing) – CAP, Haute École de la Province de Liège (2023) – VCA-VOL
""",
sensitive=[
    (C, "j'ai été condamné en 2009 pour coups et blessures"),
    (C, "J'ai obtenu ma réhabilitation en 2019"),
    (T, "J'ai été délégué principal FGTB-Métal pendant onze ans"),
    (P, "Je suis aussi militant au PTB à Seraing"),
    (D, "J'ai 49 ans"),
],
keep=["formateur en maintenance industrielle", "Technifutur", "Chef d'équipe maintenance, ArcelorMittal Liège (Cockerill)",
      "Électromécanicien, laminoir à froid de Tilleur", "automates Siemens S7", "A2 électromécanique (IPES Seraing)",
      "CAP, Haute École de la Province de Liège", "VCA-VOL"],
contact=["Marc Dethier", "Rue des Houilleurs 42, 4100 Seraing", "0478 55 21 09", "marc.dethier@skynet.be"],
))

# 004 - Suisse, Genève, compliance, fils autiste, épouse, BRCA2
CVS.append(dict(
text="""
Claire-Anne Morel
Chemin de la Gravière 9, 1227 Les Acacias (GE)
+41 79 402 18 33 · ca.morel@bluewin.ch

Madame, Monsieur,

Je postule au poste de Compliance Officer senior (80 %) au sein de la Banque Cantonale de Genève.

Juriste de formation, j'ai passé neuf ans chez Pictet, dont cinq comme responsable des contrôles LBA pour la clientèle privée, et j'ai conduit la mise en conformité avec la nouvelle LSFin. Je forme chaque année les gestionnaires aux indices de blanchiment.

Je souhaite réduire mon taux d'activité à 80 %, car notre fils, âgé de sept ans, est autiste et ses prises en charge du mercredi demandent ma présence. Mon épouse, Sophie, travaille à plein temps aux HUG et nous nous relayons.

Je vous dois aussi une explication sur l'absence de quatre mois en 2022 : porteuse d'une mutation BRCA2, j'ai subi une chirurgie préventive. Je suis aujourd'hui en pleine forme.

En vous remerciant de l'attention portée à ma candidature, je vous prie d'agréer mes salutations les meilleures.

Claire-Anne Morel

EXPÉRIENCE
2015-2024  Responsable contrôles LBA, Banque Pictet & Cie SA, Genève
2012-2015  Juriste, Autorité fédérale de surveillance des marchés financiers (FINMA), Berne
FORMATION
Master en droit, Université de Genève (2011) · Certificate of Advanced Studies en compliance, Université de Lausanne (2016)
Langues : français, anglais, allemand (C1)
""",
sensitive=[
    (F, "notre fils, âgé de sept ans, est autiste"),
    (S, "Mon épouse, Sophie,"),
    (G, "porteuse d'une mutation BRCA2"),
    (H, "j'ai subi une chirurgie préventive"),
],
keep=["Compliance Officer senior (80 %)", "Banque Cantonale de Genève", "responsable des contrôles LBA pour la clientèle privée",
      "mise en conformité avec la nouvelle LSFin", "Responsable contrôles LBA, Banque Pictet & Cie SA",
      "Juriste, Autorité fédérale de surveillance des marchés financiers (FINMA)", "Master en droit, Université de Genève",
      "Certificate of Advanced Studies en compliance, Université de Lausanne"],
contact=["Claire-Anne Morel", "Chemin de la Gravière 9, 1227 Les Acacias (GE)", "+41 79 402 18 33", "ca.morel@bluewin.ch"],
))

# 005 - Québec, Montréal, intervenante, a connu la rue, dépendance, origine haïtienne, QS, blonde
CVS.append(dict(
text="""
Objet : Candidature – Intervenante de milieu, Mission Old Brewery (poste permanent, 35 h)

Bonjour Madame Tremblay,

Je vous envoie ma candidature pour le poste d'intervenante de milieu. Je travaille depuis six ans au Refuge des jeunes de Montréal, où je fais de l'accompagnement vers le logement, de la gestion de crise et des références en santé mentale, et j'ai coordonné l'an dernier le projet de halte-chaleur d'hiver avec le CIUSSS du Centre-Sud.

Ayant moi-même connu la rue entre 17 et 20 ans, je sais ce que c'est d'être de l'autre côté du comptoir. J'ai aussi traversé une dépendance à l'alcool dont je suis sortie en 2012, grâce notamment à Portage. Je n'en fais pas un étendard, mais ça m'aide à ne juger personne.

Québécoise d'origine haïtienne, je parle créole, ce qui est souvent utile avec les usagers de Montréal-Nord. Je suis maman solo d'une fille de 10 ans; ma blonde s'occupe d'elle les soirs où je travaille tard, donc les horaires variables ne me font pas peur.

Enfin, je milite à Québec solidaire dans Hochelaga, mais je garde ça bien à l'extérieur du travail.

Au plaisir d'en discuter,
Stéphanie Joseph
514 555-0176 · stephanie.joseph.inter@gmail.com · 2210, rue Sicard, Montréal (Québec) H1V 2Y4

EXPÉRIENCE
Depuis 2018  Intervenante psychosociale, Le Refuge des jeunes de Montréal
2015-2018    Préposée à l'accueil, Maison du Père
FORMATION
DEC en techniques de travail social, Cégep du Vieux Montréal (2015) · Formation ASIST (prévention du suicide) · Secourisme RCR
""",
sensitive=[
    (D, "entre 17 et 20 ans"),
    (H, "J'ai aussi traversé une dépendance à l'alcool dont je suis sortie en 2012"),
    (E, "Québécoise d'origine haïtienne"),
    (F, "Je suis maman solo d'une fille de 10 ans"),
    (S, "ma blonde s'occupe d'elle"),
    (P, "je milite à Québec solidaire dans Hochelaga"),
],
keep=["Intervenante de milieu", "Mission Old Brewery", "Le Refuge des jeunes de Montréal",
      "coordonné l'an dernier le projet de halte-chaleur d'hiver", "Intervenante psychosociale",
      "Préposée à l'accueil, Maison du Père", "DEC en techniques de travail social, Cégep du Vieux Montréal",
      "Formation ASIST (prévention du suicide)"],
contact=["Madame Tremblay", "Stéphanie Joseph", "514 555-0176", "stephanie.joseph.inter@gmail.com",
         "2210, rue Sicard, Montréal (Québec) H1V 2Y4"],
))

# 006 - Luxembourg, développeur, portugais, conjointe mutée, Témoin de Jéhovah
CVS.append(dict(
text="""
RUI MIGUEL FERREIRA
Développeur Java senior
14, rue de Hollerich, L-1741 Luxembourg · +352 621 448 903 · rui.ferreira.dev@pm.me
Né le 02.04.1985 à Braga (Portugal) – nationalité portugaise

Madame, Monsieur,

Votre offre de développeur Java senior pour l'équipe paiements de POST Luxembourg a retenu toute mon attention.

J'ai travaillé huit ans chez Critical Software à Coimbra puis trois ans chez Deloitte Luxembourg, où je développe des microservices Spring Boot pour des clients bancaires et où j'ai mené la migration d'un moteur SEPA vers Kubernetes.

Je suis arrivé au Grand-Duché en 2021 lorsque mon épouse a été affectée à la Cour de justice de l'Union européenne comme juriste-linguiste ; nous sommes désormais installés à Hollerich avec nos deux enfants.

Une précision pratique : étant Témoin de Jéhovah, je ne participe pas aux célébrations d'anniversaire ou de Noël organisées au bureau. Je le dis simplement pour éviter tout malentendu ; cela n'a jamais gêné la vie d'équipe.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes meilleures salutations.

Rui Ferreira

EXPÉRIENCE
2021-        Senior Java Developer, Deloitte Luxembourg (Financial Services Technology)
2013-2021    Software Engineer, Critical Software, Coimbra
FORMATION
Mestrado Integrado em Engenharia Informática, Universidade do Minho (2010)
Java 17 · Spring Boot · Kafka · Kubernetes · ISO 20022 · Oracle Certified Professional
""",
sensitive=[
    (D, "Né le 02.04.1985"),
    (E, "Braga (Portugal)"),
    (E, "nationalité portugaise"),
    (F, "lorsque mon épouse a été affectée à la Cour de justice de l'Union européenne"),
    (F, "avec nos deux enfants"),
    (R, "étant Témoin de Jéhovah"),
],
keep=["Développeur Java senior", "POST Luxembourg", "Senior Java Developer, Deloitte Luxembourg",
      "mené la migration d'un moteur SEPA vers Kubernetes", "Software Engineer, Critical Software",
      "Mestrado Integrado em Engenharia Informática, Universidade do Minho", "Spring Boot", "ISO 20022",
      "Oracle Certified Professional"],
contact=["RUI MIGUEL FERREIRA", "14, rue de Hollerich, L-1741 Luxembourg", "+352 621 448 903", "rui.ferreira.dev@pm.me",
         "Rui Ferreira"],
))

# 007 - Maroc, Casablanca, ingénieure qualité, diabète, Ramadan, amazighe, USFP
CVS.append(dict(
text="""
CURRICULUM VITAE ET LETTRE DE MOTIVATION

Nadia Ait Lahcen
Résidence Al Amal, Imm. 7, Appt 12, Hay Hassani, Casablanca
+212 6 61 47 20 93 – nadia.aitlahcen@gmail.com
Née le 12/05/1990 à Tiznit
Situation familiale : mariée, 2 enfants

Casablanca, le 8 mars 2024

À l'attention de Monsieur le Directeur des Ressources Humaines
Renault Group Maroc – Usine de Tanger

Objet : Candidature au poste de Responsable Qualité Fournisseurs

Monsieur le Directeur,

Ingénieure d'État en génie industriel (ENSAM Casablanca), je compte huit années d'expérience dans la qualité automobile, dont cinq chez Yazaki Morocco, où j'ai piloté les audits fournisseurs VDA 6.3 et réduit le taux de PPM client de 60 %.

Je me permets de vous signaler que je suis diabétique de type 1 depuis l'enfance ; mon traitement est bien équilibré et je n'ai besoin que de pouvoir m'alimenter à heures régulières, y compris lors des audits. Pendant le Ramadan, je jeûne lorsque ma santé le permet, sans incidence sur mon travail.

Fille d'une famille amazighe du Souss, je suis fière d'avoir été la première ingénieure de mon village. Par ailleurs, j'ai été membre de la jeunesse de l'USFP pendant mes études ; je n'ai plus d'engagement partisan aujourd'hui.

Je suis prête à m'installer à Tanger avec ma famille.

Veuillez agréer, Monsieur le Directeur, l'expression de ma haute considération.

Nadia Ait Lahcen

EXPÉRIENCE
2019 – ce jour  Ingénieure Qualité Fournisseurs, Yazaki Morocco, Kénitra
2016 – 2019     Ingénieure Méthodes, Lear Corporation, Tanger Free Zone
FORMATION : Diplôme d'ingénieur d'État en génie industriel, ENSAM Casablanca (2016) ; certification IATF 16949 auditeur interne
""",
sensitive=[
    (D, "Née le 12/05/1990"),
    (F, "Situation familiale : mariée, 2 enfants"),
    (H, "je suis diabétique de type 1 depuis l'enfance"),
    (R, "Pendant le Ramadan, je jeûne"),
    (E, "Fille d'une famille amazighe du Souss"),
    (P, "j'ai été membre de la jeunesse de l'USFP pendant mes études"),
],
keep=["Responsable Qualité Fournisseurs", "Renault Group Maroc", "piloté les audits fournisseurs VDA 6.3",
      "Ingénieure Qualité Fournisseurs, Yazaki Morocco", "Ingénieure Méthodes, Lear Corporation",
      "Diplôme d'ingénieur d'État en génie industriel, ENSAM Casablanca", "certification IATF 16949 auditeur interne"],
contact=["Nadia Ait Lahcen", "Résidence Al Amal, Imm. 7, Appt 12, Hay Hassani, Casablanca", "+212 6 61 47 20 93",
         "nadia.aitlahcen@gmail.com", "Tiznit"],
))

# 008 - Cameroun, Douala, comptable, électrophorèse AS, Bamiléké, catholique, MRC
CVS.append(dict(
text="""
NGUEMO TCHOUAMOU Jean-Paul
BP 4127 Douala – Quartier Bonamoussadi
Tél. : (+237) 6 77 41 28 06 – E-mail : jp.nguemo@yahoo.fr

À Monsieur le Directeur Administratif et Financier
Brasseries du Cameroun (SABC), Douala

Objet : Demande d'emploi – Poste de Chef Comptable

Monsieur le Directeur,

J'ai l'honneur de solliciter auprès de votre haute bienveillance le poste de Chef Comptable paru dans Cameroon Tribune du 15 janvier.

Titulaire d'un Master en Comptabilité, Contrôle et Audit (ESSEC Douala) et du DECF, je cumule douze années d'expérience, dont sept comme comptable principal à la CAMTEL, où j'ai supervisé la clôture des comptes selon le SYSCOHADA révisé et la migration vers SAP FI.

Ma candidature s'accompagne d'une déclaration en toute honnêteté : j'ai été militant du MRC lors de la présidentielle de 2018. Je n'ai aujourd'hui aucune activité politique et je mesure le devoir de réserve qu'impose un tel poste.

Dans l'espoir que ma demande retiendra votre attention, je vous prie d'agréer, Monsieur le Directeur, l'expression de mes sentiments respectueux.

NGUEMO TCHOUAMOU Jean-Paul

ÉTAT CIVIL
Âge : 38 ans
Situation matrimoniale : marié, père de 4 enfants
Région d'origine : Ouest (Bamiléké, Dschang)
Religion : catholique
Électrophorèse de l'hémoglobine : AS

EXPÉRIENCE
2017 – ce jour  Comptable principal, CAMTEL, Yaoundé/Douala
2012 – 2017     Comptable, Cabinet Mazars Cameroun
DIPLÔMES : Master CCA, ESSEC Douala (2011) ; DECF (2013)
""",
sensitive=[
    (P, "j'ai été militant du MRC lors de la présidentielle de 2018"),
    (D, "Âge : 38 ans"),
    (F, "Situation matrimoniale : marié, père de 4 enfants"),
    (E, "Région d'origine : Ouest (Bamiléké, Dschang)"),
    (R, "Religion : catholique"),
    (G, "Électrophorèse de l'hémoglobine : AS"),
],
keep=["Chef Comptable", "Brasseries du Cameroun (SABC)", "Master en Comptabilité, Contrôle et Audit (ESSEC Douala)",
      "supervisé la clôture des comptes selon le SYSCOHADA révisé", "Comptable principal, CAMTEL",
      "Comptable, Cabinet Mazars Cameroun", "DECF (2013)", "SAP FI"],
contact=["NGUEMO TCHOUAMOU Jean-Paul", "BP 4127 Douala – Quartier Bonamoussadi", "(+237) 6 77 41 28 06", "jp.nguemo@yahoo.fr"],
))

# 009 - Haïti, Port-au-Prince, journaliste, Fanmi Lavalas, vodou, détention
CVS.append(dict(
text="""
Port-au-Prince, le 22 janvier 2024

Wilfrid Jean-Baptiste
Delmas 33, Rue Charbonnière #14, Port-au-Prince, Haïti
+509 3714 2286 · wilfrid.jbaptiste@gmail.com

À Madame la Directrice de l'information
AyiboPost

Madame la Directrice,

Je sollicite le poste de rédacteur en chef adjoint annoncé sur votre site. Journaliste depuis quinze ans, j'ai couvert les élections de 2015-2016 pour Radio Kiskeya, enquêté sur le dossier PetroCaribe et formé une trentaine de jeunes correspondants en province avec le soutien de l'UNESCO.

Par honnêteté, je vous signale que j'ai été membre de Fanmi Lavalas dans ma jeunesse et que j'en suis sorti en 2010. J'ai également été détenu trois mois au Pénitencier national en 2019, après un reportage sur un chef de gang, sans jamais être présenté à un juge ; l'affaire a été classée.

Je suis père de deux enfants et, à 44 ans, je crois encore qu'un journalisme honnête peut aider ce pays. Fils de houngan, je suis moi-même vodouisant et je respecte toutes les croyances de nos lecteurs, ce qui me paraît essentiel pour un média comme le vôtre.

Dans l'attente de votre réponse, veuillez agréer, Madame la Directrice, mes salutations distinguées.

Wilfrid Jean-Baptiste

EXPÉRIENCE
2012 – 2023  Journaliste-reporter puis chef d'édition, Radio Kiskeya
2008 – 2012  Correspondant, Le Nouvelliste (Artibonite)
FORMATION : Licence en communication sociale, Faculté des sciences humaines, Université d'État d'Haïti (2008)
""",
sensitive=[
    (P, "j'ai été membre de Fanmi Lavalas dans ma jeunesse et que j'en suis sorti en 2010"),
    (C, "J'ai également été détenu trois mois au Pénitencier national en 2019"),
    (F, "Je suis père de deux enfants"),
    (D, "à 44 ans"),
    (R, "Fils de houngan, je suis moi-même vodouisant"),
],
keep=["rédacteur en chef adjoint", "AyiboPost", "couvert les élections de 2015-2016 pour Radio Kiskeya",
      "enquêté sur le dossier PetroCaribe", "formé une trentaine de jeunes correspondants en province",
      "Journaliste-reporter puis chef d'édition", "Correspondant, Le Nouvelliste (Artibonite)",
      "Licence en communication sociale, Faculté des sciences humaines, Université d'État d'Haïti"],
contact=["Wilfrid Jean-Baptiste", "Delmas 33, Rue Charbonnière #14, Port-au-Prince, Haïti", "+509 3714 2286",
         "wilfrid.jbaptiste@gmail.com"],
))

# 010 - France, Marseille, éducatrice spécialisée, fauteuil, compagne, SUD
CVS.append(dict(
text="""
Objet : candidature – Cheffe de service éducatif, IME Les Calanques (ADAPEI 13)

Madame la Directrice,

Éducatrice spécialisée depuis 2008, je vous propose ma candidature au poste de cheffe de service de l'IME Les Calanques.

Depuis neuf ans, je coordonne à l'IME Saint-Thys le projet d'accompagnement des adolescents polyhandicapés ; j'y ai formé les équipes à la loi de 2005 et aux droits des usagers, et j'ai piloté l'évaluation externe de 2022.

Je suis en fauteuil roulant depuis un accident de ski à 23 ans. J'ai vu lors de ma visite que le bâtiment principal est accessible ; je vous demanderais seulement de vérifier l'accès au bureau du premier étage ou, à défaut, de m'installer au rez-de-chaussée. Je connais de l'intérieur ce que vivent les familles que nous accompagnons, et je crois que c'est un atout.

Je vis à Marseille avec ma compagne, Léa, depuis dix ans ; je suis aussi déléguée syndicale SUD Santé Sociaux dans mon établissement actuel, mandat que je quitterais évidemment en prenant un poste d'encadrement.

Je reste à votre disposition et vous prie de croire, Madame la Directrice, à l'assurance de mes sentiments distingués.

Julie Mercadier
41 ans – 06 12 83 40 57 – julie.mercadier13@free.fr – 7, boulevard Baille, 13006 Marseille

PARCOURS
2015-2024  Éducatrice spécialisée coordinatrice, IME Saint-Thys (Marseille)
2008-2015  Éducatrice spécialisée, Foyer d'accueil médicalisé Les Tilleuls, Aubagne
DEES (IRTS PACA, 2008) – CAFERUIS (2019)
""",
sensitive=[
    (H, "Je suis en fauteuil roulant depuis un accident de ski"),
    (D, "à 23 ans"),
    (H, "de vérifier l'accès au bureau du premier étage"),
    (S, "avec ma compagne, Léa,"),
    (T, "je suis aussi déléguée syndicale SUD Santé Sociaux dans mon établissement actuel"),
    (D, "41 ans"),
],
keep=["Cheffe de service éducatif", "IME Les Calanques (ADAPEI 13)", "formé les équipes à la loi de 2005 et aux droits des usagers",
      "piloté l'évaluation externe de 2022", "Éducatrice spécialisée coordinatrice, IME Saint-Thys",
      "Foyer d'accueil médicalisé Les Tilleuls", "DEES (IRTS PACA, 2008)", "CAFERUIS (2019)"],
contact=["Julie Mercadier", "06 12 83 40 57", "julie.mercadier13@free.fr", "7, boulevard Baille, 13006 Marseille"],
))
