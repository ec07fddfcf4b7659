CVS = [
r"""
FICHE D'INSCRIPTION – AGENCE RANDSTAD LIÈGE (LOGISTIQUE)

Nom : {c:RUGGIERO}          Prénom : {c:Valentina}
Adresse : {c:rue de l'Ourthe 48, 4020 Liège}
GSM : {c:0496 31 72 08}      E-mail : {c:valentina.ruggiero@hotmail.be}
{D:Date de naissance : 21/09/1986}
{E:Nationalité : italienne (née à Seraing de parents siciliens)}
{F:État civil : mariée} – {S:épouse : Sofie Claes}
Personnes à charge : 1

Brevets : [x] {k:Chariot élévateur frontal} [x] {k:Transpalette électrique} [ ] Reach truck
Permis de conduire : B
Formation : {k:CESS technique (option logistique), IPES Seraing}

Expérience récente
- {k:Cariste, Alibaba Logistics Hub, Liège Airport} (intérim) : 2021–2024
- {k:Préparatrice de commandes, Colruyt, Ollignies} : 2017–2021

Horaires acceptés : matin / après-midi / nuit : oui / week-end : non
Santé (aptitude manutention) : {H:lombalgie chronique, pas de port de charges > 15 kg}
{C:Condamnations : amende pour défaut d'assurance en 2018 (tribunal de police)}
Syndicat (pour la prime) : {U:FGTB}

Engagement : {P:membre du PTB, section de Seraing}

Signature : V. Ruggiero            Date : 10/02/2025
""",
r"""
{c:Nuno ALVES DA SILVA}
Préparateur de commandes / magasinier
{c:Chemin des Palettes 7, 1219 Le Lignon (GE)}
{c:+41 76 422 18 93} – {c:nuno.alvesdasilva@bluewin.ch}

EXPÉRIENCE
2018 – ce jour : {k:Magasinier CFC, Planzer Transport SA, Satigny} – réception, stockage, préparation pour Migros Genève
2014 – 2018 : {k:Préparateur de commandes, Coop Distribution, Aclens}
2011 – 2014 : {k:manœuvre, entreprise de maçonnerie Rampini, Carouge}

FORMATION
{k:CFC de logisticien}, 2016 (formation en emploi)
{k:Permis cariste SUVA (catégories R1, R3)}

PERSONNEL
{E:Portugais, permis C}. {D:Né le 7 mai 1984 à Braga}.
{S:Marié à Luís, mon compagnon de longue date, depuis 2019}.
{U:Membre d'Unia, membre du comité de la branche logistique à Genève}.
{R:Catholique pratiquant, lecteur à la messe portugaise de Saint-Boniface}.
{G:Porteur sain d'une mutation BRCA1, découverte lors du dépistage familial}.

Loisirs : football (FC Lusitanos), grillades en famille.
""",
r"""
{c:Jean-Robert PIERRE-LOUIS}
Chauffeur de taxi – {c:Montréal-Nord, QC}
{c:514-555-0172} · {c:jrpierrelouis.taxi@videotron.ca}

PROFIL
Chauffeur de taxi depuis 17 ans à Montréal, 4,9 étoiles sur l'application. Courtois, je connais l'aéroport Trudeau et l'Est de l'île par cœur. Je parle français, créole et anglais.

EXPÉRIENCE
2016 – aujourd'hui : {k:Chauffeur propriétaire, Taxi Diamond (permis de propriétaire de taxi)}
2007 – 2016 : {k:Chauffeur, Taxi Hochelaga}
2003 – 2007 : {k:Préposé à l'entretien, STM (garage Saint-Denis)}

PERMIS
{k:Classe 4C (taxi)}, {k:formation obligatoire du Bureau du taxi de Montréal}.
{C:Conduite avec facultés affaiblies en 2008 (déclaration de culpabilité)} ; {C:suspension du casier (pardon) obtenue en 2016}.

PERSONNEL
{E:Né à Jacmel (Haïti), arrivé au Québec en 1998}. {D:56 ans}.
{F:Marié, quatre enfants dont deux à l'université}.
{R:Diacre à l'Église baptiste évangélique de Montréal-Nord}.
{P:Membre de Québec solidaire, bénévole le jour du vote}.
{H:Glaucome suivi, vision conforme à la norme de la SAAQ}.

Références : {c:M. Wilner Jean-Baptiste}, répartiteur, Taxi Diamond.
""",
r"""
{c:Mathilde Bacon-Vollant}
Répartitrice (transport routier) – {c:Sept-Îles, Québec}
{c:418-555-0149} · {c:mbacon.repartition@outlook.com}

EXPÉRIENCE
{k:Répartitrice principale, Transport Gilmyr}, Sept-Îles — depuis 2017
• Répartition de 40 camions (Côte-Nord, Labrador, Montréal), chaîne d'approvisionnement minière
• {k:Mise en place du logiciel Isaac Instruments (registres électroniques)}
{k:Commis à la répartition, Groupe Guilbault}, Québec — 2013-2017
Caissière, Tim Hortons — 2010-2013

FORMATION
{k:AEC Logistique du transport (Cégep de Sept-Îles)}, 2013
{k:Cours de sécurité routière des véhicules lourds (CFTR)}

EN DEHORS DU TRAVAIL
{E:Je suis innue, membre de la communauté de Uashat mak Mani-utenam}.
{U:Syndiquée aux Teamsters Québec, local 1999, déléguée de plancher}.
{S:Je vis avec ma conjointe de fait, Karine}.
{P:Bénévole pour le Bloc québécois dans Manicouagan}.
{D:Âge : 35 ans}.
Motoneige, pêche blanche, tambour (teweikan).
""",
r"""
{c:Ana Cristina FERREIRA-MULLER}
Planificatrice supply chain
{c:18, rue de Hollerich, L-1740 Luxembourg} | {c:+352 621 384 907} | {c:anacristina.fm@pt.lu}

PROFIL
Sept ans de planification de la demande et des approvisionnements dans l'industrie et la logistique aérienne. À l'aise en anglais, français, portugais et luxembourgeois.

EXPÉRIENCE
{k:Cargolux Airlines International} – {k:Planificatrice capacité fret} – depuis 2021
 - Plan de chargement hebdomadaire de 30 B747F
 - {k:Prévision de la demande par route (SAP IBP)}
{k:Goodyear Dunlop Tires Operations}, Colmar-Berg – Demand planner – 2017-2021

FORMATION
{k:Master en Supply Chain Management, Université du Luxembourg}, 2017

PERSONNEL
{E:Née au Portugal (Viseu), arrivée au Luxembourg à 6 ans, naturalisée luxembourgeoise en 2012}.
{D:31 ans}.
{S:Mariée à Ana Sofia}.
{U:Membre de l'OGBL, déléguée du personnel suppléante chez Cargolux}.
{G:Un test ADN MyHeritage m'a appris que j'ai 12 % d'ascendance nord-africaine}.

Centres d'intérêt : course à pied (ING Night Marathon), fado.
""",
r"""
CURRICULUM VITAE

Nom : {c:BOUZIANE}
Prénom : {c:Abdelkader}
{D:Né le : 12/06/1976 à Sidi Bel Abbès}
{F:Situation familiale : marié, 4 enfants}
{E:Nationalité : algérienne}
Service national : accompli (1996-1998)
Adresse : {c:Cité 200 logements, bât. C n° 14, Bab Ezzouar, Alger}
Tél. : {c:0661 48 27 93}
E-mail : {c:a.bouziane.chauffeur@gmail.com}

PERMIS : {k:B, C, C1, E(C)} – {k:Brevet professionnel de transport de matières dangereuses}

EXPÉRIENCE PROFESSIONNELLE
2010 – à ce jour : {k:Chauffeur poids lourd, NAFTAL (district carburants Alger)} : citerne 33 000 L
2002 – 2010 : {k:Chauffeur, SNTR (Société nationale des transports routiers)} : semi-remorque Alger–Hassi Messaoud
1998 – 2002 : {k:Chauffeur livreur, Cevital}

DIVERS
{U:Membre de l'UGTA, section syndicale NAFTAL Bab Ezzouar}.
{P:J'ai participé aux marches du Hirak en 2019}.
{R:Je fais la prière, et je demande la pause du vendredi}.
{H:Diabétique sous insuline depuis 2020 (apte selon le médecin du travail)}.

Langues : arabe, français, berbère (chaoui).
""",
r"""
{c:Said Ali MCHANGAMA}
Chauffeur VTC – {c:Marseille (13014)}
{c:06 51 39 20 74} · {c:saidali.mch@gmail.com}

Chauffeur VTC depuis 2019, 4,95 sur Uber et Heetch, plus de 9 000 courses. Je connais l'aéroport de Marignane, la gare Saint-Charles et toutes les calanques.

EXPÉRIENCE
- 2019 – aujourd'hui : {k:Chauffeur VTC indépendant (carte professionnelle VTC, préfecture des Bouches-du-Rhône)}
- 2014 – 2019 : {k:Agent de sécurité, Securitas (port de Marseille)}
- 2011 – 2014 : {k:Manutentionnaire, La Poste, plateforme de Vitrolles}

PERMIS / CARTES
{k:Permis B depuis 2010}, {k:carte VTC}, attestation PSC1.
{C:Permis : 8 points (retraits pour téléphone au volant et feu rouge)}.

SITUATION
{E:Comorien d'origine (Mitsamiouli), naturalisé français en 2016}.
{G:Mes empreintes et mon visage sont enregistrés pour le passeport et le titre de séjour depuis 2008}.
{R:Musulman pratiquant, je fais la prière du vendredi à la mosquée des Comoriens de Marseille}.
{F:Marié, 3 enfants}. {D:38 ans}.
{U:Adhérent à l'INV (Intersyndicale nationale VTC)}.

Langues : shikomori, français, arabe (lu).
""",
r"""
CURRICULUM VITAE

NOM ET PRÉNOMS : {c:AHAMADA Soilihi}
{D:Date de naissance : vers 1980 (jugement supplétif)}
Lieu : Mutsamudu, Anjouan
Nationalité : comorienne
{F:Situation matrimoniale : marié, 6 enfants}
Adresse : {c:quartier Pagé, Mutsamudu, Anjouan}
Téléphone : {c:+269 332 18 04}

POSTE RECHERCHÉ : {k:Matelot / maître d'équipage (caboteur)}

SERVICE EN MER
Navire | Type | Armateur | Fonction | Années
Maria Galanta | Caboteur | {k:Société Comorienne de Navigation} | Maître d'équipage | 2016 – 2024
Ville de Sima | Boutre motorisé | privé | Matelot | 2008 – 2016
Pêche artisanale (pirogue), Anjouan | 1996 – 2008

FORMATIONS
{k:Certificat de matelot (École de Pêche et de Marine de Mutsamudu)}
{k:Formation de base à la sécurité STCW (Mayotte, 2015)}
{k:Manœuvre, arrimage, amarrage au port de Mutsamudu}

AUTRES
{R:Je suis l'imam de la mosquée de mon quartier quand je suis à terre}.
{H:J'ai perdu deux doigts de la main gauche (accident de treuil 2019), je travaille normalement}.
{U:Membre du syndicat des marins de Mutsamudu}.

Langues : shindzuani, français, swahili.
""",
r"""
{c:Firmin JEAN-ALPHONSE}
Chauffeur de car scolaire et de ligne
{c:Quartier Bellevue, 97212 Saint-Joseph, Martinique}
{c:0696 41 29 70} | {c:firmin.jeanalphonse@orange.fr}

EXPÉRIENCE
2012 – ce jour : {k:Conducteur de car, Compagnie Foyalaise de Transports Urbains (CFTU / Mozaïk)}
   Lignes Fort-de-France – Saint-Joseph, ramassage scolaire le matin
2005 – 2012 : {k:Chauffeur de taxi collectif (TC) Saint-Joseph – Fort-de-France}
2000 – 2005 : Chauffeur livreur, Socomor

PERMIS ET FORMATIONS
{k:Permis D} – FIMO voyageurs – {k:FCO 2023} – {k:attestation de capacité transport de personnes}

AUTRES INFORMATIONS
{D:Âge : 52 ans}.
{F:Concubin, trois enfants}.
{R:Adventiste du septième jour, je ne travaille pas le samedi}.
{U:Syndiqué à la CGTM, délégué de dépôt}.
{P:Militant du Mouvement indépendantiste martiniquais (MIM)}.
{G:Drépanocytaire AS (trait), connu de la médecine du travail}.
{H:Asthmatique depuis l'enfance, traitement de fond}.

Loisirs : yole ronde (équipe de Saint-Joseph), combats de coqs.
""",
r"""
{c:Samira EL AMRANI}
Conductrice de tram – {c:1070 Anderlecht}
{c:0485 72 09 16} · {c:samira.elamrani@gmail.com}

EXPÉRIENCE
Depuis 2015 — {k:STIB / MIVB} — {k:Conductrice de tram (lignes 81, 82, 3)}
   {k:Monitrice de conduite tram} depuis 2021
2011 – 2015 — {k:Agente d'accueil, SNCB gare du Midi}

FORMATION
{k:Brevet de conduite tram STIB}, {k:secourisme en entreprise (Croix-Rouge)}

LANGUES
Français, néerlandais (niveau Selor), arabe, anglais.

PERSONNEL
{E:Belge d'origine marocaine (Nador)}. {D:Née le 30.08.1990}.
{R:Je porte le foulard en dehors du service ; au travail je respecte la neutralité de la STIB}.
{U:Affiliée à la CSC Transcom}.
{P:Membre d'Ecolo, section d'Anderlecht}.
{G:Fièvre méditerranéenne familiale (maladie génétique), traitée par colchicine}.
{F:Divorcée, une fille de 8 ans}.

Ponctuelle, calme en situation perturbée, habituée aux déviations et aux incidents sur la ligne 81.

Loisirs : futsal féminin, pâtisserie.
""",
]
