CVS = [
("defence-fr-021", """
<<Serge-Alain Gnahoré>>
Agent de protection rapprochée (APR) — Chef de dispositif
<<Boulevard de la République, 94000 Créteil>> · <<06 27 90 14 36>> · <<sa.gnahore.apr@gmail.com>>

EXPÉRIENCE
2017-… {{Chef de dispositif, protection rapprochée, Amarante International}}
 ▹ {{Protection de dirigeants lors de déplacements en Afrique de l'Ouest et au Moyen-Orient}}
 ▹ {{Reconnaissance d'itinéraires et analyse de menace}}
2010-2017 {{Sergent, 3e Régiment de parachutistes d'infanterie de marine (3e RPIMa)}}
 ▹ Opérations Serval et Sangaris ; tireur d'élite

CERTIFICATIONS
{{Titre professionnel APR (niveau 4)}} ; {{carte CNAPS protection physique des personnes}} ; SST ; permis B et moto

À SAVOIR
[[E:Ivoirien de naissance, Français depuis 2014]]. [[C:Condamné en 2009 pour port d'arme prohibé]], [[D:à 19 ans]] ; condamnation réhabilitée, B2 vierge. [[S:Mon compagnon Julien]] travaille aussi dans la sûreté. [[H:Suivi pour un syndrome de stress post-traumatique après la Centrafrique]], stabilisé.
"""),
("defence-fr-022", """
Lettre de motivation

<<Loïc Kerhervé>>
<<7, rue de Siam, 29200 Brest>>
<<loic.kerherve@laposte.net>> — <<06 98 04 52 17>>

Madame, Monsieur,

Officier marinier de la {{Marine nationale}} pendant dix-neuf ans, je souhaite rejoindre {{Naval Group}} comme {{responsable sûreté du site de Brest}}.

À bord de la {{frégate multi-missions Bretagne}}, j'ai été {{chef du service sécurité-incendie}}, puis, à terre, {{responsable du contrôle d'accès de la base navale de Brest}}, où je gérais les {{enquêtes administratives d'accès des sous-traitants}} avec la DRSD.

Vous lirez dans mon dossier que [[H:j'ai été débarqué en 2022 pour une dépression]] après le décès d'un matelot. C'est derrière moi, et c'est aussi ce qui m'a appris à écouter.

Sur le plan personnel, [[F:je suis père de trois enfants]] et [[F:mon épouse est mutée à Djibouti jusqu'en 2026]] ; je cherche donc un poste stable à Brest. Je m'engage par ailleurs [[P:au sein de l'Union démocratique bretonne]] au conseil de quartier de Recouvrance.

Je me tiens à votre disposition pour un entretien.

Loïc Kerhervé, [[D:né le 3 juillet 1985]]
"""),
("defence-fr-023", """
<<Gardienne de la paix Manon Rigaud>>
Brigade de protection des mineurs → Éducatrice spécialisée (reconversion)
<<Toulouse>> · <<manon.rigaud31@gmail.com>> · <<07 88 13 55 20>>

Profil
Huit ans à la {{brigade de protection des familles}} de Toulouse. Je me forme aujourd'hui au diplôme d'éducatrice spécialisée.

Expérience
2016-2024 {{Gardienne de la paix, Brigade de protection des familles, DDSP 31}}
 • {{Auditions filmées de mineurs victimes}}
 • {{Enquêtes sur les violences intrafamiliales et les mariages forcés}}
 • {{Prélèvements ADN et signalisation des mis en cause}}
2014-2016 {{Adjointe de sécurité, commissariat du Mirail}}

Formation en cours : {{DEES, IRTS Occitanie}} (promotion 2026)

Personnel
[[D:Née en 1992]]. [[S:Bisexuelle, active dans l'association FLAG!]] (policiers et gendarmes LGBT+). [[H:Endométriose sévère]], ce qui explique des arrêts en 2021. [[P:J'ai milité chez Europe Écologie Les Verts pendant mes études]]. [[G:J'ai fait un test ADN généalogique MyHeritage]] par curiosité.
"""),
("defence-fr-024", """
<<Colonel (ER) Georges Abi Nader>>
Ancien officier de l'Armée libanaise — Gestion de crise et continuité d'activité
<<Jounieh, Kesrouan>> — <<+961 70 228 415>> — <<georges.abinader@outlook.com>>

RÉSUMÉ
Trente ans dans l'{{Armée libanaise}}, dont dix au renseignement militaire. Je souhaite diriger la gestion de crise d'une banque ou d'une organisation internationale.

CARRIÈRE
2014-2023 {{Chef de section, Direction du renseignement de l'Armée libanaise}}
 – {{Suivi des groupes armés à la frontière syrienne (Ersal, 2014 et 2017)}}
 – {{Coordination avec la FINUL au Sud-Liban}}
1993-2014 Officier d'infanterie, régiments d'intervention

FORMATION
{{École militaire de Fayadieh}} ; {{École de guerre (Paris), promotion 2009}} ; {{Master en relations internationales, USJ}}

ÉTAT CIVIL
[[D:Né le 18 décembre 1970]] à Zahlé. [[R:Maronite]]. [[F:Marié, trois enfants, dont deux étudiants à Paris]]. [[E:Double nationalité libanaise et française]]. [[P:Proche du Courant patriotique libre, j'ai été candidat sur sa liste à Zahlé en 2022]].
"""),
("defence-fr-025", """
<<Ousmane Faye>>
Inspecteur des Douanes sénégalaises — Spécialiste lutte contre la fraude
<<Sacré-Cœur 3, Villa 9120, Dakar>> | <<+221 76 530 21 84>> | <<ousmane.faye.douanes@gmail.com>>

Expérience
2014-… {{Direction des Douanes du Sénégal}}
 ▪ {{Chef de la subdivision du port autonome de Dakar}} (depuis 2020)
 ▪ {{Brigade mobile de Kidira : saisies de faux médicaments et de cannabis}}
 ▪ {{Ciblage par GAINDE et scanners de conteneurs}}
2011-2014 Agent des douanes, Rosso

Formation
{{ENA du Sénégal, section douanes}} ; {{certificat OMD en gestion des risques}}

Informations personnelles
Âge : [[D:41 ans]]
Situation : [[F:marié, deux épouses, six enfants]]
Confrérie : [[R:mouride, talibé de Serigne Mountakha]]
[[U:Membre du SYNADAS, le syndicat des douaniers]]
Casier : [[C:condamnation avec sursis en 2009 pour coups et blessures volontaires]], réhabilitée.
Langues : wolof, français, anglais, pulaar.
"""),
("defence-fr-026", """
<<Aurélie Marchetti>>
Technicienne de police technique et scientifique (PTS)
<<Route des Sanguinaires, 20000 Ajaccio>> · <<aurelie.marchetti.pts@gmail.com>> · <<06 09 41 76 33>>

Compétences clés
- {{Relevé et exploitation de traces papillaires (FAED)}}
- {{Prélèvements biologiques et inscription au FNAEG}}
- {{Gestion des scellés et chaîne de traçabilité}}
- {{Photographie judiciaire}}

Expérience
2012-… {{Technicienne PTS, Service régional d'identité judiciaire d'Ajaccio}}
 → Scènes d'homicides liés au grand banditisme ; dépositions aux assises
 → Formation des primo-intervenants de la sécurité publique à la préservation des traces

Formation
{{Licence professionnelle Police technique et scientifique, Université de Lausanne}}

Divers
Comme tout le personnel, [[G:mon profil ADN est enregistré au fichier des personnels de la PTS pour l'élimination des contaminations]]. [[D:39 ans]]. [[S:Mariée à Sabrina depuis 2018]]. Je suis [[P:adhérente de Femu a Corsica]]. [[U:Adhérente SNIPAT]].
"""),
("defence-fr-027", """
<<Bart Claessens>>
Assistant de surveillance pénitentiaire — Prison de Haren
<<Avenue de la Chasse 112, 1040 Etterbeek>> · <<0486 55 31 02>> · <<bart.claessens@telenet.be>>

Parcours
2022 – … {{Assistant de surveillance pénitentiaire, prison de Haren}}
 • {{Encadrement d'une aile de 60 détenus}}, {{fouilles et contrôles des visites}}
 • {{Signalement des détenus radicalisés à la cellule extrémisme (CelEx)}}
2016 – 2022 {{Agent de gardiennage, G4S Belgique}} (port d'Anvers)
2012 – 2016 {{Soldat, Défense belge, 2e Bataillon Commando}}

Langues : néerlandais (maternelle), français, anglais
Permis B ; secourisme ; je cherche un poste d'agent pénitentiaire en région bruxelloise avec horaire fixe.

Informations
[[D:Né le 04/11/1990]]. [[U:Délégué ACOD-CGSP prisons]]. [[C:Condamnation en 2013 pour coups et blessures, avec sursis]] ; réhabilitation obtenue en 2020. [[H:Suivi pour un trouble bipolaire, stable sous lithium]]. [[F:En couple, un enfant]].
"""),
("defence-fr-028", """
<<Nicolas Rochat>>
Ambulancier ES et sapeur-pompier volontaire
<<Rue du Lac 22, 1400 Yverdon-les-Bains>> · <<078 644 19 30>> · <<nicolas.rochat.amb@gmail.com>>

Expérience professionnelle
2015-… {{Ambulancier diplômé ES, Ambulances du Nord vaudois}}
 – {{Interventions primaires et secondaires, gestion des détresses vitales}}
 – {{Intervention auprès de patients en crise avec la police cantonale}}
2010-… {{Sapeur-pompier volontaire, SDIS Nord vaudois}} — porteur d'appareil respiratoire

Service militaire
{{Soldat sanitaire, armée suisse}} ; [[C:condamné par le tribunal militaire en 2009 pour refus de servir]], puis [[R:service civil accepté pour motifs de conscience (je suis témoin de Jéhovah)]].

Formation
{{Diplôme ES d'ambulancier, ES ASUR Le Mont-sur-Lausanne}}

Personnel
[[D:Né en 1989]]. [[S:Partenariat enregistré avec Yann]] depuis 2019. [[G:Trait thalassémique (bêta) connu]]. Loisirs : aviron sur le lac de Neuchâtel, montagne.
"""),
("defence-fr-029", """
<<Franck Delmas>>
Responsable sûreté — Centre commercial
<<Montpellier>> · <<franck.delmas.surete@gmail.com>> · <<06 52 18 47 90>>

PROFIL
Ancien fonctionnaire de la police nationale en compagnie républicaine de sécurité, reconverti depuis 2018 dans la sûreté des sites recevant du public.

EXPÉRIENCE
2018-… {{Responsable sûreté, centre commercial Odysseum (Klépierre)}}
 • Management de 25 agents prestataires et des opérateurs vidéoprotection
 • {{Plans Vigipirate et exercices « attentat-intrusion »}}
 • {{Relations avec la police nationale et la police municipale}}
2001-2018 {{Brigadier-chef, CRS 56}} : maintien de l'ordre, secours en montagne (saisonnier), sécurisation des plages

FORMATION
{{Diplôme de responsable sûreté (titre RNCP niveau 6)}} ; {{SSIAP 3}}

CENTRES D'INTÉRÊT
Trail, pêche en mer, arbitrage de rugby régional. Disponible immédiatement, mobilité sur toute l'Occitanie ; références fournies sur demande.
"""),
("defence-fr-030", """
<<Hélène Vautrin>>
Chargée des enquêtes administratives de sécurité — Ministère des Armées
<<Versailles>> · <<helene.vautrin@gmail.com>> · <<06 71 29 04 88>>

Compétences
• {{Instruction des demandes d'habilitation Secret et Très Secret}}
• {{Analyse des liens familiaux à l'étranger et des vulnérabilités des candidats}}
• {{Enquêtes administratives préalables au recrutement (criblage)}}
• {{Rédaction d'avis de sécurité pour la DRSD}}

Expérience
2015-… {{Chargée d'enquêtes, Direction du renseignement et de la sécurité de la défense (DRSD)}}
2010-2015 Gestionnaire RH, Base aérienne 107 Villacoublay

Formation : {{Master Sécurité et défense, Université Paris-Saclay}}

Je souhaite désormais rejoindre la direction de la sûreté d'un industriel de défense, où ces méthodes d'analyse s'appliquent aux recrutements sensibles et aux visites de sites.

Personnel : [[F:mariée, deux enfants]]. Violon en orchestre amateur.
"""),
]
