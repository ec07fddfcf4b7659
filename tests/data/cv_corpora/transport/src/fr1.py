CVS = [
r"""
{c:Franck DUBREUIL}
{c:12 rue des Tanneurs, 69007 Lyon}
{c:06 72 18 44 09} – {c:franck.dubreuil69@orange.fr}

CONDUCTEUR POIDS LOURD SUPER LOURD (SPL)

{D:Né le 14/02/1979}
{F:Situation familiale : marié, 3 enfants}
Permis : {k:B, C, CE} – {k:FIMO marchandises + FCO à jour (2027)}
{k:ADR citerne et colis}
{C:Permis : 6 points sur 12 (excès de vitesse 2019 et 2021)}
Carte conducteur n° : sur demande

EXPÉRIENCE
2015 – aujourd'hui : {k:Conducteur SPL citerne, Transports Chalavan et Duc}, Saint-Fons – livraisons carburant Rhône-Alpes
2008 – 2015 : {k:Conducteur PL régional, Norbert Dentressangle}, Saint-Priest
2003 – 2008 : Chauffeur-livreur VL, Sodexo

SANTÉ
Visite médicale du permis lourd : apte. {H:Hernie discale opérée en 2016, pas de restriction depuis}.

DIVERS
{P:Adhérent du Rassemblement national depuis 2020}.
Pêche, moto, football à l'AS Saint-Priest (vétérans).

Références : {c:M. Stéphane Roux}, exploitant, Chalavan et Duc.
""",
r"""
{c:Josiane LAGIER-ÉTIENNE}
Machiniste-receveuse (conductrice de bus)
{c:45 avenue Jean-Jaurès, 93500 Pantin} · {c:07 61 22 30 94} · {c:josiane.lagier@laposte.net}

PARCOURS
Depuis 2009 — {k:RATP, centre bus de Pleyel} : {k:machiniste-receveuse} lignes 139, 170, 255
   {k:Tutrice des nouveaux machinistes} depuis 2017
   Formée à la conduite des bus électriques (Bluebus) en 2021
2004 – 2009 — Agent d'accueil, Aéroports de Paris (Orly Sud)

PERMIS / FORMATIONS
{k:Permis D et B}, FIMO voyageurs, {k:FCO voyageurs 2024}, SST.

ENGAGEMENTS
{U:Adhérente FO-RATP et déléguée du personnel au dépôt de Pleyel de 2015 à 2022}.
{R:Je chante dans la chorale de la paroisse Sainte-Marthe et je demande si possible le dimanche matin}.

INFORMATIONS PERSONNELLES
{E:Née au Lamentin (Martinique), arrivée en métropole à 19 ans par le Bumidom}.
{D:57 ans}. {F:Veuve, deux enfants adultes}.
{H:Diabète de type 2 sous comprimés, suivi en médecine du travail, apte}.
{G:Porteuse du trait drépanocytaire, comme ma mère}.

Centres d'intérêt : cuisine créole, zouk, bénévolat aux Restos du Cœur.
""",
r"""
{c:Thierry MASSONNEAU}
Conducteur de train (TGV) – {c:21000 Dijon}
{c:06 88 41 07 53} · {c:t.massonneau@free.fr}

MON PARCOURS À LA SNCF
2012 – …  {k:Conducteur de ligne TGV, Traction TGV Sud-Est (Dijon)} – Paris–Dijon–Lyon–Marseille
2005 – 2012  {k:Conducteur de manœuvre puis de ligne (fret), Fret SNCF Dijon-Perrigny}
2001 – 2005  {k:Agent de manœuvre, gare de triage de Gevrey}

HABILITATIONS
{k:Licence européenne de conducteur de train}, attestation complémentaire TGV Réseau / Duplex, {k:KVB et TVM 430}.

SANTÉ
Aptitude de sécurité renouvelée tous les ans. {H:Apnée du sommeil appareillée (PPC) depuis 2018, suivie en pneumologie}. {G:Ma mère est atteinte de la maladie de Huntington ; j'ai refusé le test génétique}.

À CÔTÉ
{U:Cheminot syndiqué CGT depuis 2001}, {U:élu CSE de la traction Bourgogne 2019-2022}.
{P:Militant au PCF de Chenôve}.
{F:Divorcé, deux ados en garde alternée} ; {S:aujourd'hui en couple avec Stéphane, contrôleur à Dijon}.
{D:Âge : 49 ans}.
Randonnée, vélo, jardin ouvrier.
""",
r"""
{c:Julien-Marie KERBRAT}
Aiguilleur du rail – poste d'aiguillage informatisé
{c:35000 Rennes} | {c:06 14 92 03 37} | {c:jm.kerbrat@protonmail.com}

EXPÉRIENCE
{k:SNCF Réseau} – {k:Aiguilleur, poste PRCI de Rennes} – depuis 2016
- Gestion des circulations Rennes–Saint-Malo / Rennes–Redon, trafic TER et TGV
- {k:Formateur habilité sur le simulateur de poste (SIMPRCI)} depuis 2021
SNCF Réseau – Agent circulation, gare de Lamballe – 2011 à 2016
Intérim – préparateur de commandes, Lidl Vern-sur-Seiche – 2009 à 2011

FORMATION
{k:BTS Transport et prestations logistiques}, lycée Jean-Jaurès, Rennes (2009)
{k:Habilitation S9A / sécurité des circulations}

ENGAGEMENTS
{U:Délégué SUD-Rail au CSE Bretagne depuis 2019}.
{P:Je milite à La France insoumise, groupe d'action Rennes-Sud}.
{S:Pacsé avec Julien depuis 2020}.

{D:Âge : 36 ans}.
{H:Daltonien (deutéranopie légère), compatible avec le poste informatisé selon la médecine d'aptitude}.

Loisirs : bagad de Cesson (bombarde), voile.
""",
r"""
{c:Karim BENSALAH}
Livreur / coursier (vélo cargo et scooter)
{c:Paris 19e} – {c:07 53 11 82 40} – {c:karim.bensalah.livraison@gmail.com}

EN BREF
Cinq ans de livraison à Paris, sous statut auto-entrepreneur puis salarié. Je connais le nord-est parisien par cœur. Rapide, ponctuel, poli.

EXPÉRIENCE
2022 – auj.  {k:Coursier salarié, Olvo (coopérative de livraison à vélo cargo)}
2019 – 2022  {k:Livreur Uber Eats et Deliveroo (auto-entrepreneur)}
2017 – 2019  {k:Manutentionnaire, Rungis (pavillon fruits et légumes)}

PERMIS / ATTESTATIONS
Permis B, {k:permis AM (scooter)}, {k:PSC1}.

SITUATION
{E:Algérien, titre de séjour salarié (renouvellement en cours)}. {G:Empreintes relevées à la préfecture pour la carte de séjour biométrique}.
{D:Né à Sétif en 1993}.
{F:Célibataire, j'envoie de l'argent à mes parents}.
{R:Je fais le ramadan ; je préfère les créneaux du matin pendant ce mois}.
{C:Condamné en 2017 à 3 mois avec sursis pour recel de vélo}, rien depuis.
{U:Adhérent au syndicat CGT des coursiers à vélo}.

Langues : arabe, kabyle, français.
""",
r"""
{c:Commandant de bord Hervé LE GUILLOU}
Pilote de ligne – A330 / A350
{c:Saint-Germain-en-Laye} · {c:06 07 52 18 83} · {c:herve.leguillou@wanadoo.fr}

SYNTHÈSE DU CARNET DE VOL (au 31/12/2024)
Heures de vol totales : 19 800 h
Dont commandant de bord : 11 300 h
Long-courrier A330/A350 : 12 400 h
Instructeur (TRI) : 2 100 h

LICENCES
{k:ATPL(A) DGAC}, qualifications de type A330/A350, {k:TRI/TRE A330}.
{k:Certificat médical de classe 1} – {H:avec restriction TML (examen tous les six mois) depuis mon infarctus de 2020}.

CARRIÈRE
1996 – auj. {k:Air France} – OPL puis CDB long-courrier, instructeur depuis 2012
1991 – 1996 Pilote de chasse, {k:Armée de l'air (Mirage 2000, BA 116 Luxeuil)}

DIVERS
{D:Né en 1965} : {D:la limite d'âge de 65 ans me laisse jusqu'en 2030} pour transmettre.
{F:Marié, quatre enfants}.
{G:Hémochromatose génétique (homozygote C282Y) dépistée après le diagnostic de mon père}.
{P:Adhérent Les Républicains, section des Yvelines}.
{U:Membre de la commission technique du SNPL (sécurité des vols)}.

Références : {c:CDB Anne-Sophie Morel}, chef pilote A350.
""",
r"""
{c:Laetitia VAN DEN BROECK}
Steward / hôtesse de l'air – {c:Woluwe-Saint-Lambert}
{c:+32 478 22 16 90} – {c:laetitia.vdb@skynet.be}

EXPÉRIENCE
Depuis 2016 : {k:Brussels Airlines} – {k:Cabin Crew Member puis Senior Cabin Crew (A320 / A330)}
  • Vols Afrique (Kinshasa, Dakar, Abidjan) et Europe
  • {k:Instructrice safety & first aid (formation initiale)} depuis 2022
2013 – 2016 : TUI fly Belgium – hôtesse saisonnière

CERTIFICATIONS
{k:Attestation de membre d'équipage de cabine (EASA)}, recyclage SEP 2024.

LANGUES
{k:Français, néerlandais, anglais, espagnol (C1)}

PERSONNEL
{D:32 ans}.
{F:Enceinte de 5 mois : disponible au sol jusqu'à l'été, puis retour en vol après le congé de maternité}.
{U:Syndiquée à la CNE, j'ai participé aux grèves de 2022}.
{S:Bénévole à la Rainbowhouse Brussels}.
{R:Je ne suis pas baptisée et je suis membre d'une association laïque à Woluwe}.

Hobbies : paddle, voyages, peinture aquarelle.
""",
r"""
{c:Marion CHEVALLIER}
Contrôleuse aérienne (ICNA) – {c:13100 Aix-en-Provence}
{c:06 31 47 90 21} · {c:marion.chevallier.icna@gmail.com}

PARCOURS
{k:ENAC Toulouse} – formation ICNA, promotion 2010
{k:DSNA – CRNA Sud-Est (Aix-en-Provence)} – contrôleuse en route, qualifiée sur les secteurs Marseille-Ouest depuis 2013
{k:Instructrice sur position (ISP)} depuis 2018
{k:Chef d'équipe adjointe} depuis 2022

LICENCE
{k:Licence de contrôleur de la circulation aérienne}, mentions radar / procédures, anglais niveau 5.
Certificat médical classe 3 : {H:apte après un arrêt de 6 mois pour épuisement professionnel en 2019, suivi psychiatrique terminé}.

SYNDICAT
{U:Adhérente SNCTA, représentante de salle 2016–2020}.

PERSONNEL
{S:Je vis avec ma compagne, Sarah, infirmière à la Timone}, {S:et nous défilons chaque année à la Marche des fiertés de Marseille}.
{D:Née en 1987}.
{F:Mère d'un petit garçon de 3 ans}.

Escalade, plongée, chorale.
""",
r"""
CURRICULUM VITAE

Prénom et nom : {c:Mamadou Lamine DIOUF}
{D:Date et lieu de naissance : 03 janvier 1985 à Rufisque}
{E:Nationalité : sénégalaise}
{F:Situation matrimoniale : marié, 2 épouses, 5 enfants}
{R:Religion : musulman (mouride)}
Adresse : {c:Keur Massar, Cité Jaxaay, parcelle 112, Dakar}
Tél. : {c:+221 77 548 30 12}
E-mail : {c:laminediouf.marin@yahoo.fr}

TITRES ET BREVETS
{k:Brevet de mécanicien 750 kW (École nationale de formation maritime, Dakar)}
{k:STCW : formation de base à la sécurité}, {k:certificat de matelot de quart à la machine}
Livret professionnel maritime n° : sur demande
{G:Pièce d'identité des gens de mer biométrique (empreintes digitales)}

SERVICE EN MER
Navire | Type | Armateur | Fonction | Période
Almadies 3 | Chalutier congélateur | {k:Sopasen} | Mécanicien | 2019 – 2024
Dakar Express | Cargo côtier | COSAMA | Graisseur | 2016 – 2019
Aguene | Ferry Dakar–Ziguinchor | {k:COSAMA} | Matelot machine | 2012 – 2016

DIVERS
{E:Lébou de Rufisque}, fils de pêcheur.
{U:Membre du Syndicat national des marins du Sénégal}.
{H:Apte au service en mer, hypertension sous traitement}.

Langues : wolof, français, anglais maritime.
""",
r"""
{c:Sébastien « Seb » LEFRANÇOIS}
Docker – conducteur de portique – {c:Le Havre}
{c:06 45 92 17 30} – {c:seb.lefrancois76@gmail.com}

EXPÉRIENCE
2010 – aujourd'hui : {k:Docker CDI, GMP (Générale de Manutention Portuaire), Port 2000}
   {k:Conducteur de portique et de cavalier}, 30 à 35 mouvements/heure
   {k:Tuteur des jeunes conducteurs de portique} depuis 2019
2005 – 2010 : docker intermittent (carte G), bassin de l'Eure

QUALIFICATIONS
{k:CACES R490 et R482}, {k:habilitation portique (certificat interne GMP)}, permis C.
Carte d'accès ZAR : {G:enregistrée avec mes empreintes digitales au contrôle d'accès du terminal}.

SYNDICAT / ENGAGEMENTS
{U:Syndiqué à la CGT des dockers du Havre depuis mes débuts}.
{C:Condamné en 2017 à 2 000 € d'amende pour violences lors d'une manifestation contre la loi Travail}.
{P:Élu communiste au conseil municipal de Gonfreville-l'Orcher depuis 2020}.

PERSONNEL
{D:44 ans}. {F:Pacsé avec Nadia, trois enfants}.

Foot en salle, pêche en mer.
""",
]
