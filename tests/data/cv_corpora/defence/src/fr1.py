CVS = [
("defence-fr-001", """
ÉTAT DES SERVICES — <<Caporal-chef (ER) Oleksandr « Alex » Martel>>
<<12, rue des Aubépines, 13400 Aubagne>> — <<06 41 22 87 15>> — <<alex.martel.surete@gmail.com>>

Identité déclarée à l'engagement : Alex Martel. Matricule 2004-117-38.

SERVICES
2004 — Engagé volontaire, {{4e Régiment étranger}}, Castelnaudary
2005-2012 — {{2e Régiment étranger de parachutistes}}, Calvi : grenadier-voltigeur puis chef d'équipe
2012-2019 — {{Caporal-chef, 1er Régiment étranger de cavalerie}}, Carpiagne
Opérations : Afghanistan (2008), Côte d'Ivoire (Licorne), Mali (Serval, Barkhane)
Quitté le service en 2019, 15 ans de services.

RECONVERSION
2019-2025 — {{Agent de sûreté aéroportuaire, Aéroport Marseille Provence}} : {{contrôle des passagers, imagerie radioscopique}}
Diplômes : {{CQP Agent de prévention et de sécurité}}, {{SSIAP 1}}, permis C

RENSEIGNEMENTS PERSONNELS
Né le [[D:03 NOV 82]] à Kharkiv. [[E:Ukrainien d'origine, naturalisé français « par le sang versé » en 2011]]. [[H:Blessé par éclat d'IED à Gao en 2014, invalidité de 20 %]]. [[F:Marié, une fille de 7 ans]]. [[R:Orthodoxe, je fréquente la paroisse ukrainienne de Marseille]].
"""),
("defence-fr-002", """
<<Sandrine Le Goff>>
Adjudant-chef de gendarmerie (retraite 2025) — Responsable sûreté
<<Quimper (29)>> · <<sandrine.legoff29@orange.fr>> · <<06 72 18 44 09>>

PROFIL
Trente ans dans la {{Gendarmerie nationale}}, dont douze comme commandant de brigade. Je cherche un poste de responsable sûreté ou de prévention dans une collectivité ou un grand groupe.

PARCOURS
2013-2025 {{Commandante de la brigade territoriale autonome de Douarnenez}}
 – Encadrement de 22 militaires ; {{interpellations et gardes à vue}} ; {{plaintes pour violences conjugales et discriminations}}
 – {{Référente « atteintes aux personnes » et lutte contre la haine anti-LGBT}}
2002-2013 {{Technicienne en identification criminelle de proximité (TICP)}}
 – {{Prélèvements de traces papillaires et biologiques pour le FNAEG}}
1995-2002 Gendarme mobile, escadron de Pontivy

FORMATION
{{Diplôme d'officier de police judiciaire}} ; licence professionnelle Sécurité des biens et des personnes

DIVERS
[[S:Pacsée avec ma compagne Nolwenn depuis 2010]]. [[U:Membre de l'association professionnelle GEND XXI]]. [[D:55 ans]]. Randonnée, voile à Bénodet.
"""),
("defence-fr-003", """
<<Karim Belkacem>>
Sergent-chef de sapeurs-pompiers professionnels — candidat au poste de préventionniste
<<Vitrolles>> | <<karim.belkacem.sp@laposte.net>> | <<07 81 33 20 46>>

Expérience
{{SDIS 13 — Sapeur-pompier professionnel}}, 2008 à aujourd'hui
• Chef d'agrès incendie, centre de secours de Vitrolles
• {{Secours à personne en quartiers prioritaires}}, feux urbains et feux de forêt
• {{Formateur PSE1/PSE2}} pour les jeunes sapeurs-pompiers
• {{Prévention : visites d'établissements recevant du public (ERP)}}

Formations
{{PRV1 (prévention)}}, {{Chef d'agrès tout engin}}, permis poids lourd

Engagements
[[U:Délégué SUD SDIS 13]] depuis 2019. Au service, j'ai [[H:subi une lésion des ligaments croisés en 2021]] et repris le service après rééducation. [[R:Musulman pratiquant, je fais le ramadan]] sans aménagement particulier. [[E:Parents algériens, arrivés à Marseille en 1979]]. [[F:Deux enfants, en garde alternée]].
"""),
("defence-fr-004", """
CURRICULUM VITAE

<<Élodie Vandermeulen>>
<<Rue de la Station 44, 4020 Liège>>
<<0475 21 88 63>> — <<elodie.vdm@skynet.be>>

Ambulancière-secouriste (Aide médicale urgente) puis infirmière SIAMU

Expérience professionnelle
2016 - … : {{Infirmière SIAMU, CHR de la Citadelle}} — SMUR, PIT (paramedical intervention team)
2011 - 2016 : {{Ambulancière AMU, Zone de secours Liège 2 IILE-SRI}}
 - {{Interventions auprès de personnes en crise psychiatrique avec la police}}
 - {{Formatrice en premiers secours pour la Croix-Rouge de Belgique}}

Formation
{{Bachelier infirmier responsable de soins généraux, HELMo}} ; {{Titre professionnel SIAMU}}

Informations complémentaires
Née le [[D:07.09.1988]]. [[F:Cohabitante légale, deux enfants]]. [[P:Membre du PTB, section Liège]]. [[U:Affiliée CNE]] et [[U:déléguée syndicale au CHR de 2019 à 2022]]. En congé en 2020 pour [[H:un burn-out]].
Loisirs : course à pied, chorale wallonne.
"""),
("defence-fr-005", """
<<Jean-Baptiste Koffi Yao>>
Ancien surveillant pénitentiaire — Conseiller en insertion (candidature)
<<Bd Gambetta, 93000 Bobigny>> — <<jb.koffiyao@gmail.com>> — <<06 19 02 74 55>>

EXPÉRIENCE
{{Surveillant brigadier, Centre pénitentiaire de Fresnes}}, 2012-2024
 ▹ Gestion d'une coursive de 120 détenus ; {{fouilles de cellules}} et {{rédaction de comptes rendus d'incident}}
 ▹ {{Participation aux commissions pluridisciplinaires uniques (CPU) sur la radicalisation}}
 ▹ {{Accompagnement des aumôniers catholique, musulman et protestant}} dans la détention
{{Agent de sécurité, Securitas}}, 2008-2012

FORMATION
{{ENAP Agen, promotion 2012}} ; {{licence AES, Paris 13}}

SITUATION
[[E:Né à Bouaké, Côte d'Ivoire ; naturalisé en 2009]]. [[F:Marié, trois enfants]]. [[R:Évangélique, membre d'une église baptiste à Bobigny]]. Syndicat : [[U:FO Pénitentiaire]] (adhérent 2013-2024). [[C:Condamnation en 2007 pour conduite sans permis]], mention effacée du bulletin n° 2.
"""),
("defence-fr-006", """
<<Geneviève Tremblay-Roy>>
Enquêteuse — Service de police de la Ville de Montréal (retraitée)
<<Rosemont, Montréal>> · <<514 555-0142>> · <<gtremblayroy@videotron.ca>>

SOMMAIRE
Vingt-huit ans au {{SPVM}}, dont quinze aux crimes majeurs et aux crimes haineux. Je souhaite travailler comme {{enquêteuse en milieu de travail (harcèlement, discrimination)}}.

EXPÉRIENCE
2010-2024 {{Sergente-détective, Module des crimes haineux, SPVM}}
 – {{Enquêtes sur des actes antisémites, islamophobes et homophobes}}
 – {{Liaison avec les communautés juive, musulmane et LGBTQ+ du Plateau et de Côte-des-Neiges}}
1996-2010 Agente, puis enquêteuse aux crimes contre la personne

FORMATION
{{Diplôme de l'École nationale de police du Québec}} ; {{certificat en criminologie, Université de Montréal}}

VIE PERSONNELLE
[[S:Ma conjointe Isabelle]] est sergente au SIM. [[D:Née en 1971]]. [[U:Membre de la Fraternité des policiers et policières de Montréal]] jusqu'à ma retraite. J'ai [[H:un trouble du stress post-traumatique reconnu par la CNESST]] depuis 2019. [[P:Militante de Québec solidaire]] dans Rosemont.
"""),
("defence-fr-007", """
<<Thierry Lemoine>>
Contrôleur principal des douanes → Responsable conformité douanière
<<Le Havre>> — <<t.lemoine.douane@free.fr>> — <<06 33 51 28 70>>

Compétences
• {{Nomenclature combinée, origine et valeur en douane}}
• {{Procédures de dédouanement (Delta G, OEA)}}
• {{Contrôle des marchandises et lutte contre la fraude}}
• Anglais professionnel

Expérience
2009-2025 {{Direction générale des douanes et droits indirects (DGDDI)}}, Le Havre
 — {{Contrôleur principal, Bureau principal du port}} : visites de conteneurs, saisies de stupéfiants
 — {{Référent « biens à double usage » et contrôle des sanctions}}
2004-2009 Agent de constatation, Dunkerque

Formation : {{Licence de droit, Université du Havre}} ; École nationale des douanes de La Rochelle

Personnel
[[D:Né le 14/05/1979]]. [[F:Divorcé, un fils]]. Adhérent à [[U:Solidaires Douanes]] et [[P:militant La France insoumise au Havre]]. Je suis [[G:porteur du gène de l'hémochromatose (test génétique en 2018)]].
"""),
("defence-fr-008", """
<<Inès Haddad>>
Analyste SOC / CTI — habilitée Secret
<<Rennes>> | <<ines.haddad@proton.me>> | <<github.com/ihaddad-cti>>

Profil
Ancienne sous-officière du {{Commandement de la cyberdéfense (COMCYBER)}}, aujourd'hui analyste CTI chez un prestataire PASSI. Je cherche un poste de threat hunter.

Expérience
{{Analyste CTI, Orange Cyberdefense}} (2022-…)
 · {{Suivi des groupes pro-russes visant les partis politiques français}}
 · {{Rapports sur la propagande jihadiste et l'ultradroite en ligne}}
{{Sergente, 807e compagnie de transmissions, COMCYBER}} (2016-2022)

Certifications : {{GIAC GCFA}}, {{OSCP}}

Habilitation
Secret (renouvelée 2023). L'enquête a porté sur [[E:ma double nationalité franco-libanaise]] et [[F:mon mari]], [[E:de nationalité tunisienne]]. [[C:Rappel à la loi en 2013 pour usage de stupéfiants]], déclaré.
Autres : [[R:je ne pratique plus, j'ai quitté l'Église maronite à 20 ans]]. Escalade et CTF.
"""),
("defence-fr-009", """
<<Moussa Diarra>>
Agent de prévention et de sécurité — Chef d'équipe
<<Saint-Denis (93)>> · <<06 58 12 39 71>> · <<moussadiarra.aps@gmail.com>>

Expériences
2019 – aujourd'hui : {{Chef d'équipe sécurité, Stade de France (Groupe Onet Sécurité)}}
 • {{Palpations, filtrage et gestion des flux}} les soirs de match
 • Rédaction des mains courantes ; {{remise des interpellés à la police}}
2015 – 2019 : {{Agent de sécurité magasin, Carrefour Saint-Denis}}
2013 – 2015 : Agent cynophile, sites SNCF

Diplômes et cartes
{{Carte professionnelle CNAPS}} ; {{SSIAP 2}} ; {{CQP APS}} ; SST

Infos
[[D:34 ans]], [[F:marié, 4 enfants]]. [[E:Malien, titre de séjour de 10 ans]]. [[R:Musulman]], bénévole à l'association de la mosquée pour le ramadan. [[C:Une condamnation de 2011 (vol) figurait au B2]] ; le CNAPS a délivré ma carte après réhabilitation.
"""),
("defence-fr-010", """
<<Commissaire (ER) Aminata Ndiaye Sow>>
<<Cité Keur Gorgui, Dakar>> — <<+221 77 641 82 90>> — <<aminata.ndiayesow@gmail.com>>

RÉSUMÉ
Officière de police à la retraite après 30 ans à la {{Police nationale du Sénégal}}, aujourd'hui consultante en sûreté aéroportuaire. Je postule au poste de {{Directrice de la sûreté de l'AIBD}}.

CARRIÈRE
2015-2023 {{Commissaire, Division de la police de l'air et des frontières}}
 ▸ {{Déploiement des contrôles biométriques MIDAS aux postes frontières}}
 ▸ Lutte contre la traite des personnes et la fraude documentaire
2005-2015 {{Commissaire central adjoint de Thiès}}
1993-2005 Officière de police judiciaire, Dakar-Plateau

FORMATION
{{ENPFP Dakar}} ; {{Master en droit pénal, UCAD}}

ÉTAT CIVIL
Née le [[D:22 février 1963]] à Kaolack
Situation matrimoniale : [[F:mariée, 5 enfants]]
[[R:Tidiane, disciple de la famille de Tivaouane]]
[[G:Drépanocytaire AS (trait)]]
Membre du [[P:bureau départemental de l'APR]] depuis ma retraite.
"""),
]
