# CV français tapés à la main (corpus ngo). Marques : [[x:sensible]] {{à garder}} <<contact>>.
CVS = [
# fr-001 France, CV humanitaire
r"""
<<Julien MARCHETTI>>
Logisticien / Coordinateur logistique
<<06 72 14 88 30>> | <<julien.marchetti@laposte.net>> | <<Grenoble (38)>>
[[a:Né le 4 février 1984]] | [[s:pacsé avec Romain]], [[f:père d'un petit garçon]]

MISSIONS
2023 | Soudan du Sud, Malakal | {{Coordinateur logistique, MSF OCP}} | {{hôpital de 120 lits, réponse choléra}}
2021-2022 | Haïti, Port-au-Prince | {{Logisticien biomédical, MSF}} | {{centre de traitement des brûlés de Drouillard}}
2019-2020 | RD Congo, Nord-Kivu | Logisticien, {{ALIMA}} | {{centre de traitement Ebola de Beni}}
2017-2018 | Jordanie | {{Logisticien approvisionnement, Première Urgence Internationale}}

FORMATION
{{Bioforce : Responsable logistique de l'action humanitaire}} (2016)
BTS Maintenance industrielle (2004)

DIVERS
[[h:Paludisme grave contracté à Beni en 2019, avec évacuation sanitaire]] ; apte sans restriction depuis.
[[u:Adhérent SUD Santé Sociaux]] entre deux missions.
[[c:Rappel à la loi en 2002 pour un tag]], rien depuis.
""",
# fr-002 Belgique, narratif
r"""
<<Marie-Claire Ilunga Mbuyi>>
<<Rue de la Victoire 112, 1060 Saint-Gilles>> | <<0478 22 91 05>> | <<mc.ilunga@skynet.be>> | [[a:46 ans]]

Assistante sociale depuis quinze ans, je travaille aujourd'hui comme {{assistante sociale au service Regroupement familial de Caritas International}}, où j'accompagne les {{demandes de visa pour des familles de réfugiés reconnus}}. Auparavant, j'étais {{travailleuse sociale au centre Fedasil du Petit-Château}} (2010-2017), puis formatrice ponctuelle pour l'{{ADDE sur le droit au regroupement familial}}.

[[e:Née à Lubumbashi, arrivée en Belgique en 1998 et naturalisée belge en 2006]] : je connais les démarches de l'intérieur. [[r:Catholique pratiquante, je chante à la chorale congolaise de la paroisse Sainte-Croix d'Ixelles]]. [[f:Mariée, trois enfants dont l'aîné est à l'université]]. [[h:Je suis suivie pour un lupus]], bien stabilisé. [[u:Affiliée à la CSC]] depuis mon premier emploi.

Diplômes : {{Bachelier assistant social, Haute École Paul-Henri Spaak}} (2008) ; certificat interuniversitaire en droit des étrangers (2015).
""",
# fr-003 France, liste
r"""
<<Karim BELKACEM>>
<<Roubaix (59)>> · <<07 81 22 40 19>> · <<k.belkacem59@gmail.com>>

RESPONSABLE DE CENTRE DE DISTRIBUTION

Expérience
• Depuis 2018 : {{Responsable du centre des Restos du cœur de Roubaix-Épeule}} (contrat aidé puis CDI)
  – {{1 200 familles inscrites par campagne d'hiver}}
  – {{animation d'une équipe de 45 bénévoles}}
• 2015-2018 : {{Agent d'accueil, Emmaüs Tourcoing}}
• 2012-2014 : [[c:incarcéré au centre pénitentiaire de Maubeuge (vol aggravé)]]

Formation
{{CAP Cuisine}} (2014) · {{PSC1}} · permis B · formation hygiène alimentaire HACCP

Personnel
[[a:38 ans]] ; [[h:abstinent depuis 2014, suivi au CSAPA de Roubaix]] ; [[f:père de deux filles]] ; [[e:de nationalité algérienne, titulaire d'une carte de résident de dix ans]] ; [[u:adhérent FO]].

Référence : <<Mme Christine Deleplanque>>, présidente de l'antenne départementale
""",
# fr-004 Suisse (Genève), formulaire de candidature
r"""
FORMULAIRE DE CANDIDATURE | PERSONNEL EXPATRIÉ

Nom : <<VUILLEUMIER>>     Prénom : <<Nadia>>
Date de naissance : [[a:19.08.1991]]
[[e:Nationalités : suisse et tunisienne]]
[[f:État civil : célibataire]]
Adresse : <<Rue de Carouge 47, 1205 Genève>>
Téléphone : <<+41 79 334 22 18>>     Courriel : <<nadia.vuilleumier@bluewin.ch>>

Expériences
2020-2024 : {{Déléguée protection (détention), CICR, délégation de Bamako}} : {{visites de lieux de détention à la Maison centrale d'arrêt}} ; {{rétablissement des liens familiaux}}
2017-2020 : {{Chargée de projet, Association pour la prévention de la torture (APT), Genève}}

Formation : {{Master en droit international humanitaire, Académie de droit international humanitaire et de droits humains à Genève}}
Langues : français, arabe (dialecte tunisien), anglais

Santé : [[h:hypothyroïdie traitée (Lévothyrox)]], vaccinations à jour
Génétique : [[g:ma sœur a une mucoviscidose et je suis porteuse d'une mutation]], sans conséquence pour moi.
Casier judiciaire : vierge
Remarques : [[s:ma compagne est ressortissante française]], ce qui peut compter pour les visas de conjoint.
""",
# fr-005 France, narratif
r"""
<<Sylvie Garnier-Roux>>
<<Saint-Denis (93)>> – <<sylvie.garnier.roux@orange.fr>> – <<06 45 90 12 73>>

{{Secrétaire générale de la fédération de Seine-Saint-Denis du Secours populaire français}} depuis 2016, je pilote la {{Journée des oubliés des vacances}} et le {{libre-service solidaire de Saint-Denis}}, qui reçoit 900 familles par mois. Je coordonne aussi les {{distributions d'urgence pendant le confinement de 2020}}.

Auparavant, dix-huit ans comme {{guichetière à La Poste}}, où [[u:j'ai été déléguée CGT puis secrétaire de section]]. Ce parcours m'a appris la négociation et l'animation d'équipes bénévoles.

Pour être transparente : [[p:militante communiste]] [[a:depuis mes vingt ans]], je ne mélange jamais cet engagement avec l'action du Secours populaire, qui est indépendant. [[f:Divorcée, deux enfants adultes]]. [[h:Reconnue travailleuse handicapée (RQTH) depuis une hernie discale opérée en 2012]].

Formation : {{DU Gestion des associations, Université Paris 8}} (2017).
""",
# fr-006 Haïti, état civil
r"""
<<Jean-Robert PIERRE-LOUIS>>
<<Delmas 33, Port-au-Prince, Haïti>> | <<+509 3712 4480>> | <<jrpierrelouis@gmail.com>>

ÉTAT CIVIL
Né le [[a:12 décembre 1979]] à Jacmel
[[f:Marié, père de cinq enfants]]
[[r:Religion : protestant (Église baptiste)]]

EXPÉRIENCE
2016-… {{Coordonnateur gestion des risques, Croix-Rouge haïtienne (Sud-Est)}}
  • {{Préparation aux ouragans dans 40 communautés}}
  • {{Réponse au séisme du 14 août 2021 dans la Grand'Anse}}
2010-2016 {{Agent de mobilisation communautaire, Oxfam Haïti}}
  • {{Riposte au choléra dans l'Artibonite}}

FORMATION
Licence en agronomie, FAMV (2004)
Formation de formateurs en premiers secours, FICR (2012)

COMPÉTENCES
Cartographie participative des risques, gestion de stocks de contingence, créole, français, anglais

DIVERS
[[p:Candidat malheureux à la députation de Jacmel en 2015 sous la bannière de Fanmi Lavalas]]
[[h:Amputé de la main gauche après le séisme de 2010]] ; je conduis un véhicule adapté.
""",
# fr-007 RD Congo, CV personnel clé
r"""
CURRICULUM VITAE | PERSONNEL CLÉ

Poste proposé : {{Spécialiste protection de l'enfance, projet DDR-Enfants Ituri}}
Nom : <<KABONGO TSHIBANGU>>     Prénoms : <<Patrick>>
Date et lieu de naissance : [[a:21/05/1983]], Mbuji-Mayi
[[e:Nationalité : congolaise (RDC)]]
[[f:État civil : marié, 4 enfants]]

Expérience
2018-présent : {{Chargé de protection de l'enfance, UNICEF Bunia}} : {{réintégration de 1 100 enfants sortis des groupes armés}}
2012-2018 : {{Superviseur des centres de transit et d'orientation, Save the Children RDC}} : {{recherche familiale et réunification}}

Formation : Licence en psychologie, Université de Kinshasa (2008)
Langues : français, lingala, tshiluba, swahili

Informations complémentaires : [[e:Muluba du Kasaï]], j'ai dû justifier plusieurs fois ma présence en Ituri. [[r:Je suis kimbanguiste]]. [[h:Porteur d'une prothèse de hanche depuis un accident de moto en 2016]]. [[g:J'ai fait faire un test ADN de paternité pour mon fils en 2017]].

Certification : je certifie que ce CV décrit fidèlement ma situation.
""",
# fr-008 France, narratif
r"""
<<Thomas Lefèvre>>
<<Lille-Moulins>> · <<thomas.lefevre.aides@gmail.com>> · <<06 12 55 83 40>>

Je suis {{animateur de prévention chez AIDES à Lille}} depuis 2017 : {{dépistage communautaire par TROD VIH/VHC}}, {{distribution de PrEP en milieu festif}}, {{accompagnement des usagers de chemsex}}. Avant cela, j'étais {{chargé d'accueil au Planning familial du Nord}}.

Pourquoi ce métier : [[h:je vis avec le VIH depuis 2011]], et [[s:je suis gay]] ; [[s:mon mari et moi nous sommes mariés en 2019]] après cinq ans de pacs. [[c:J'ai une condamnation de 2009 pour usage de stupéfiants]], qui n'apparaît plus au bulletin n°3. [[a:J'ai 36 ans]]. [[p:Adhérent des Écologistes]] depuis 2020.

Formation : {{DU Santé sexuelle, Université de Lille}} (2020) ; BPJEPS Animation sociale (2012). Je cherche un poste de coordination régionale.
""",
# fr-009 Burkina Faso, état civil
r"""
<<OUÉDRAOGO Aminata>>
<<01 BP 4412 Ouagadougou 01>> — <<+226 70 24 88 51>> — <<aminata.ouedraogo@yahoo.fr>>

ÉTAT CIVIL
Date de naissance : [[a:15/09/1988]] à Kaya
[[e:Nationalité : burkinabè]]
[[f:Situation matrimoniale : mariée, 2 enfants]]
[[r:Religion : musulmane]]

EXPÉRIENCES
Depuis 2020 — {{Chargée de programme VBG, Plan International Burkina Faso (Kaya)}} : {{prise en charge psychosociale des survivantes de violences basées sur le genre}} parmi les {{personnes déplacées internes du Centre-Nord}}
2015-2020 — {{Animatrice, Association Song-Taaba des femmes}} : {{groupements d'épargne et de crédit de femmes rurales}}

FORMATION
Maîtrise en sociologie, Université Joseph Ki-Zerbo (2013)

LANGUES : mooré, français, fulfuldé

DIVERS
Loisirs : [[h:marche quotidienne prescrite pour mon hypertension]], couture.
[[g:Mes empreintes et ma photo ont été enregistrées lors de l'enrôlement biométrique de la CENI en 2020]], ma carte d'électrice est à jour.
""",
# fr-010 Madagascar, liste
r"""
<<RAKOTOMALALA Hery Nirina>>
<<Lot II J 45 Ambohipo, Antananarivo 101>> · <<+261 34 12 450 87>> · <<hery.rakotomalala@moov.mg>>

COORDINATEUR DE PROJET SANTÉ COMMUNAUTAIRE

• 2019-… {{Coordinateur régional, Médecins du Monde Madagascar (Atsimo-Andrefana)}} — {{réponse au kere (famine) dans le Grand Sud}}
• 2014-2019 {{Responsable suivi-évaluation, Santé Sud}}
• 2012-2014 {{Enseignant de SVT, lycée FJKM Ambatonakanga}}

Formation : {{Master en santé publique, Institut Pasteur de Madagascar}} (2014) ; licence de biologie, Université d'Antananarivo

Informations personnelles
• [[a:41 ans]], [[f:marié, trois enfants]]
• [[r:Diacre à l'église FJKM de mon quartier]]
• [[e:Merina des Hautes Terres]], j'ai appris l'antandroy sur le terrain
• [[h:Tuberculose pulmonaire traitée en 2017, guéri]]
• [[p:Ancien militant du parti TIM]]
• [[c:Arrêté lors des manifestations de 2009 place du 13-Mai]], libéré sans poursuite
""",
# fr-011 France, CV humanitaire
r"""
<<Dr Fatoumata DIALLO>>, médecin nutritionniste
<<fatou.diallo.md@gmail.com>> · <<+33 6 58 11 29 04>> · <<Montreuil (93)>>

MISSIONS TERRAIN
Tchad, Abéché (2023) — {{Référente nutrition, Action contre la Faim}} — {{CNT pour 300 enfants en malnutrition aiguë sévère}}
Burkina Faso, Djibo (2021-2022) — {{Médecin, ALIMA}} — {{prise en charge de la malnutrition chez les déplacés}}
Madagascar, Ambovombe (2020) — {{Médecin, ACF}} — kere

SIÈGE
2018-2020 — {{Chargée de plaidoyer nutrition, Coordination SUD}}, en appui aux ONG membres pour les négociations du Sommet Nutrition for Growth

LANGUES
Français, anglais, bambara, notions d'arabe tchadien

FORMATION
Doctorat en médecine, Université Paris Cité (2016) ; {{DU Nutrition humanitaire}}

INFOS
[[g:Drépanocytaire SC]], ce qui limite certaines affectations en altitude ; [[e:franco-malienne]] ; [[a:née en 1989]] ; [[s:en couple avec une femme]], [[f:pas d'enfant]].
""",
# fr-012 Belgique, liste
r"""
<<Pieter-Jan Vandamme>>
<<Rue Haute 210, 1000 Bruxelles>> · <<pj.vandamme@telenet.be>> · <<0496 11 72 30>>

CHARGÉ DE CAMPAGNE
• {{Chargé de campagne Réfugiés, Amnesty International Belgique francophone}} (2019-)
  – {{campagne « I Welcome » sur le regroupement familial}}
  – {{monitoring des expulsions au centre fermé 127bis}}
• {{Chargé de plaidoyer, CNCD-11.11.11}} (2014-2019)
• [[u:délégué SETCa au conseil d'entreprise]]
• [[p:membre d'Ecolo, élu au conseil communal d'Ixelles en 2018]]
• [[c:arrestation administrative lors d'une action de désobéissance civile devant l'Office des étrangers en 2019]]
• [[a:39 ans]] · [[s:marié à Youssef depuis 2020]] · [[e:Flamand de naissance]], francophone d'adoption
• Langues : néerlandais, français, anglais, espagnol
• Compétences : {{relations presse et porte-parolat}}, coalitions associatives, rédaction de notes politiques

Formation : master en sciences politiques, UGent (2012).
""",
# fr-013 Suisse (Genève), narratif
r"""
<<Claire-Lise Rochat>>
<<Chemin des Crêts 8, 1218 Le Grand-Saconnex>> | <<cl.rochat@gmail.com>> | <<+41 78 612 04 59>>

Juriste spécialisée en bioéthique, je suis {{conseillère juridique au Global Health Centre de l'Institut de hautes études internationales et du développement}}. J'y ai rédigé un {{avis sur la gouvernance des données génomiques en Afrique}} et coordonné le {{projet « Biométrie et personnes déplacées » avec le CICR}}. Avant, {{collaboratrice scientifique à la Commission nationale d'éthique pour la médecine humaine}} (2012-2017).

Je mentionne ma situation car elle éclaire mon intérêt pour ces questions : [[g:mon père est atteint de la maladie de Huntington]], et [[g:mon propre test prédictif, fait en 2019, est négatif]]. [[f:Je suis proche aidante de mes deux parents]], ce qui me fait préférer un poste basé à Genève. [[s:Je vis avec ma compagne]] à Ferney-Voltaire. [[r:Protestante de tradition, je ne pratique plus]]. [[a:Née en 1985]].

Formation : {{Doctorat en droit, Université de Genève}} (2012) ; brevet d'avocate.
""",
# fr-014 France, CV classique
r"""
<<Rojhat ASLAN>>
<<12 rue Danton, 69003 Lyon>> — <<06 23 71 99 04>> — <<rojhat.aslan@gmail.com>>

INTERVENANT JURIDIQUE — DROIT DES ÉTRANGERS

Expérience
2020-2025 {{Intervenant en centre de rétention, La Cimade (CRA de Lyon Saint-Exupéry)}} : {{aide à l'exercice des droits de 1 400 personnes retenues par an}} ; {{recours contre les OQTF}}
2017-2020 {{Juriste, Forum réfugiés}} : {{préparation des récits pour l'OFPRA}}

Formation
{{Master 2 Droit des libertés, Université Lyon 3}}

Situation personnelle
[[e:Kurde de Turquie]], [[e:réfugié statutaire depuis 2012 puis naturalisé français en 2019]]. [[g:Mes empreintes ont été relevées dans Eurodac à mon arrivée en Grèce]]. [[c:En Turquie, j'ai été condamné par contumace à six ans de prison pour « propagande terroriste »]], [[p:en raison de mon engagement au HDP]]. [[a:35 ans]], [[f:marié, un enfant]]. [[u:Adhérent CGT]].
""",
# fr-015 France, liste
r"""
<<Hugo Lambert-Diop>>
<<Marseille 13003>> | <<hugo.lambertdiop@proton.me>> | <<07 66 18 34 29>>

- Depuis 2021 : {{Responsable de programme, Emmaüs Connect Marseille}} : {{recharges solidaires et ateliers numériques pour 3 000 personnes en précarité}}
- 2018-2021 : {{Animateur numérique, Secours Catholique – Caritas France}}
- 2016-2018 : Service civique, {{Unis-Cité}}

Compétences : {{animation d'ateliers}}, {{pédagogie pour publics allophones}}, Python, Canva, réparation de smartphones reconditionnés
J'aimerais rejoindre une structure qui travaille sur l'accès aux droits en ligne (CAF, préfecture, ANTS).
Formation : licence de sociologie, Aix-Marseille Université (2016)

Moi :
- [[h:autiste, diagnostic posé tard]], ce qui explique que je préfère les consignes écrites
- [[e:père sénégalais, mère bretonne]]
- [[s:en couple avec Mathis]]
- [[a:né le 8 juin 1995]]
- [[u:syndiqué à la CFDT]]
- [[p:j'ai milité chez les Jeunes communistes au lycée]]
""",
# fr-016 RD Congo, CV humanitaire
r"""
<<Dr Espérance MWAMBA KALALA>>
Médecin urgentiste
<<Avenue Kasa-Vubu 45, Kinshasa/Gombe>> · <<+243 81 553 2107>> · <<esperance.mwamba@gmail.com>>

MISSIONS
• Nord-Kivu, Rutshuru (2022-2024) — {{Médecin référente violences sexuelles, MSF OCBA}} — {{prise en charge de 2 300 survivantes}}
• Équateur, Mbandaka (2020) — {{riposte Ebola, OMS}}
• Kasaï, Tshikapa (2018-2019) — {{Médecin, MSF OCB}} — {{rougeole et choléra}}
• Kinshasa — {{Médecin, Hôpital général de référence de Kinshasa}} (2014-2017)

Interruption : 2021, [[h:pause de trois mois pour épuisement professionnel]].

Formation : Docteur en médecine, UNIKIN (2013) ; {{certificat de médecine tropicale, Institut de médecine tropicale d'Anvers}} (2016)
Langues : français, lingala, tshiluba, swahili, anglais courant

Personnel : [[a:née à Kananga en 1987]] ; [[f:célibataire, j'élève ma nièce]] ; [[g:porteuse du trait drépanocytaire]] ; [[r:catholique]].
""",
# fr-017 France, narratif (think tank)
r"""
<<Antoine Berthier>>
<<Paris 11e>> · <<a.berthier@fastmail.fr>> · <<06 09 77 51 28>>

Chercheur associé à l'{{IRIS (Institut de relations internationales et stratégiques)}} sur les {{financements européens de la gestion des frontières en Afrique du Nord}}, je candidate au poste de directeur des études. J'ai publié {{« Frontières externalisées » (Éditions de l'Atelier, 2022)}} et coordonné l'{{observatoire citoyen des élections législatives tunisiennes de 2019}}.

Parcours : 2015-2019, {{chargé de mission au Centre d'analyse, de prévision et de stratégie du Quai d'Orsay}} ; 2011-2015, ATER à Paris 1, où [[u:j'étais adhérent au SNESUP-FSU]].

Par transparence : [[p:j'ai été candidat suppléant du Parti socialiste aux législatives de 2017]] et [[p:je suis toujours adhérent]]. [[c:Une condamnation avec sursis pour outrage lors d'une manifestation en 2006]] figure à mon casier (bulletin n°1 seulement). [[a:44 ans]]. [[f:Marié, trois enfants]].

Formation : {{Doctorat de science politique, Sciences Po}} (2011).
""",
# fr-018 Burkina Faso, CV personnel clé
r"""
CV DU PERSONNEL CLÉ — Projet « Cohésion sociale Sahel »

Nom et prénoms : <<DICKO Boubacar>>
Fonction proposée : {{Chef de projet cohésion sociale}}
Organisme : {{Helvetas Burkina Faso}}
Date de naissance : [[a:02-01-1981]]
Formation : DESS en gestion des conflits, Université Ouaga II (2010)

Expérience :
2017-2024 : {{Coordinateur du dialogue intercommunautaire, Search for Common Ground, Dori}} — {{médiation entre éleveurs et agriculteurs}} ; {{prévention de l'extrémisme violent}}
2011-2017 : {{Chargé de suivi, Catholic Relief Services (CRS), Ouahigouya}}

Langues : fulfuldé (maternelle), mooré, français, anglais

Observations : [[e:Peul, originaire de Djibo]], [[e:déplacé interne depuis 2020]] avec ma famille, ce qui me rapproche des communautés du projet. [[r:Musulman, je suis aussi imam suppléant de la mosquée de mon secteur]]. [[f:Marié à deux épouses, neuf enfants]].

Je certifie l'exactitude des renseignements ci-dessus. <<B. Dicko>>, <<+226 75 01 33 92>>
""",
# fr-019 Madagascar, liste
r"""
<<RANDRIANASOLO Miora>>
<<Antsirabe 110>> · <<miora.randria@gmail.com>> · <<+261 32 07 881 44>>

ÉDUCATRICE SPÉCIALISÉE

• {{Éducatrice, Grandir Dignement}} (depuis 2019) — {{suivi éducatif des mineurs détenus à la maison centrale d'Antanimora}} ; {{plaidoyer pour les alternatives à la détention}}
• {{Animatrice, Aumônerie catholique des prisons d'Antsirabe}} (2015-2019)
• Licence en sciences de l'éducation, Université d'Antananarivo (2014)
• Compétences : {{médiation familiale}}, ateliers d'expression, suivi des dossiers au parquet des mineurs

Infos :
• [[a:32 ans]]
• [[f:mère célibataire d'un garçon de 8 ans]]
• [[r:adventiste du septième jour]], je ne travaille pas le samedi
• [[h:épileptique, sans crise depuis 2018]]
• [[p:militante du parti Tiako i Madagasikara en 2018]]
• [[g:test ADN de paternité demandé au tribunal en 2017]]

Référence : <<Sœur Hanta Rasoanirina>>, aumônerie d'Antsirabe
""",
# fr-020 France, liste
r"""
<<Léa Fontaine>>
<<44000 Nantes>> · <<lea.fontaine.crf@gmail.com>> · <<06 87 42 10 93>>

COORDINATRICE — RÉTABLISSEMENT DES LIENS FAMILIAUX

- {{Coordinatrice du Rétablissement des liens familiaux, Croix-Rouge française}} (2020-)
   · {{recherche de 250 personnes disparues sur les routes migratoires}}
- {{Cheffe d'équipe, centre d'hébergement d'urgence pour demandeurs d'asile de Nantes}} (2016-2020)
- {{PSE2}}, {{BNSSA}}
- Master Migrations internationales, Université de Poitiers (2015)
- Langues : anglais, espagnol, arabe levantin (intermédiaire)
- Bénévole au poste de secours de la Croix-Rouge sur les festivals d'été
- Disponible pour des déploiements courts en renfort des délégations territoriales
- [[u:élue au CSE sur la liste CFDT]]
- [[s:référente du réseau LGBT+ interne]]
- [[g:un test ADN généalogique (MyHeritage) m'a permis de retrouver mon père biologique]]
- [[a:34 ans]]
- [[f:sans enfant, deux chats]]
""",
# fr-021 Belgique, narratif
r"""
<<Sarah Benali>>
<<Avenue de Stalingrad 14, 1000 Bruxelles>> · <<sarah.benali@outlook.be>> · <<0487 53 20 61>>

Responsable RH au {{siège de MSF Belgique (OCB)}}, je gère les {{contrats du personnel expatrié}} et le {{dispositif de soutien psychosocial après incident critique}}. Avant cela, j'ai été {{gestionnaire RH chez Handicap International à Lyon}}, puis {{assistante RH au CPAS de Molenbeek}}.

[[e:Belgo-marocaine, troisième génération]] ; [[r:je porte le foulard]], ce qui m'a valu un refus d'embauche en 2014. [[f:Mariée depuis 2017, deux enfants en bas âge]] ; [[f:je serai en congé de maternité de mars à juillet 2025]]. [[g:Un dépistage pendant ma grossesse a montré que je suis porteuse saine de la mucoviscidose]]. [[u:Ancienne déléguée CNE chez HI]].

Formation : {{Master en sciences du travail, ULB}} (2012).
""",
# fr-022 Haïti, liste
r"""
<<Widline JOSEPH>>
<<Cange, Plateau Central>> · <<widlinejoseph@gmail.com>> · <<+509 4811 2290>>

INFIRMIÈRE — SANTÉ COMMUNAUTAIRE

• {{Infirmière superviseure, Zanmi Lasante (Partners In Health), Mirebalais}} — 2015-…
   – {{programme d'accompagnateurs pour patients TB-VIH}}
   – {{soins prénataux en zone rurale}}
• {{Infirmière, Hôpital Albert Schweitzer, Deschapelles}} — 2011-2015
• Diplôme d'État en sciences infirmières, FSIL Léogâne (2010)
• Créole, français, anglais
• {{Formation en gestion des stocks d'antirétroviraux}}, MSPP (2018)
• Encadrement de 25 agents de santé communautaire
• Disponible pour des missions dans le Centre et l'Artibonite

Personnel :
[[a:Née en 1987]] · [[f:mère de trois enfants, séparée]] · [[r:initiée dans le vodou (ounsi) depuis 2009]] · [[h:opérée d'un fibrome en 2022]] · [[c:deux mois à la prison civile des Gonaïves en 2004, sans condamnation]] · [[p:sympathisante de Pitit Desalin]]
""",
# fr-023 RD Congo, identité
r"""
<<MUNYAMPETA Claude>>
<<Quartier Himbi, Goma>> | <<+243 99 774 1020>> | <<claude.munyampeta@gmail.com>>

IDENTITÉ
Né le : [[a:7 juillet 1976]] à Minembwe
[[e:Communauté : Banyamulenge]]
[[f:État civil : marié, six enfants]]
[[r:Confession : pentecôtiste (CEPAC)]]

PARCOURS
2014-… {{Chef de projet sécurité alimentaire, Caritas Goma}}
  – {{distributions de semences pour 8 000 ménages retournés à Masisi}}
  – {{argent contre travail pour la réhabilitation de pistes}}
2008-2014 {{Agronome, Programme alimentaire mondial (PAM), Uvira}}

DIPLÔMES
Ingénieur agronome, Institut facultaire des sciences agronomiques de Yangambi (2002)
{{Formation SPHERE et normes minimales en sécurité alimentaire}} (2015)
LANGUES : français, swahili, kinyarwanda

À SIGNALER
[[c:Détenu six mois à la prison centrale de Bukavu en 2004, sans jugement]], lors des tensions de cette année-là. Je n'ai jamais été poursuivi depuis.
""",
# fr-024 France, narratif
r"""
<<Étienne Rouvière>>
<<Toulouse>> · <<etienne.rouviere@free.fr>> · <<05 61 22 09 48>>

Animateur d'équipes bénévoles au {{Secours Catholique – Caritas France, délégation de Haute-Garonne}} depuis 2012, j'ai lancé les {{Tables ouvertes paroissiales}} et l'{{accueil de jour des personnes sans domicile du quartier Arnaud-Bernard}}. Avant, j'étais {{éducateur spécialisé au Foyer Saint-Joseph (protection de l'enfance)}}.

Mon parcours n'est pas linéaire. [[r:Catholique, j'ai longtemps été séminariste]] ; [[s:j'ai quitté le séminaire en 2008 en assumant mon homosexualité]]. [[r:Je reste croyant et engagé dans ma paroisse]], où j'anime un groupe biblique. [[h:Je porte un appareil auditif depuis une méningite]], ce qui ne gêne pas l'accueil du public. [[u:Adhérent CFTC]]. [[a:Né en 1980]].

Formation : {{DEES (diplôme d'État d'éducateur spécialisé)}}, IRTS Occitanie (2005). Permis B, vélo cargo.
""",
# fr-025 Suisse (Genève), PHP
r"""
PERSONAL HISTORY PROFILE (version française)

Nom : <<TESFAY>>     Prénom : <<Senait>>
Date de naissance : [[a:1990-03-11]]
[[e:Nationalité actuelle : suisse (naturalisée en 2018)]]
[[e:Nationalité à la naissance : érythréenne]]
Adresse : <<Avenue de Châtelaine 91, 1219 Châtelaine>>
Courriel : <<senait.tesfay@gmail.com>>

Expérience professionnelle
06/2019 – présent : {{Assistante de protection (G-6), HCR Genève, Division de la protection internationale}} : {{lignes directrices sur l'apatridie}} ; {{appui aux procédures de détermination du statut}}
2015 – 2019 : {{Interprète tigrinya, Secrétariat d'État aux migrations (SEM)}}

Formation : Bachelor en relations internationales, Université de Genève (2015) ; {{certificat en droit international des réfugiés, Institut international de droit humanitaire de Sanremo}}
Langues : tigrinya, amharique, français, anglais

Informations complémentaires (facultatif) : [[r:orthodoxe érythréenne pratiquante]] ; [[f:mariée, une fille]] ; [[g:mes empreintes sont enregistrées dans Eurodac depuis ma demande d'asile en 2009]].
""",
# fr-026 Burkina Faso, narratif
r"""
<<Issouf SAWADOGO>>
<<Secteur 15, Ouagadougou>> — <<issouf.sawadogo@gmail.com>> — <<+226 76 40 12 88>>

Juriste, je suis {{chargé de monitoring au Mouvement burkinabè des droits de l'homme et des peuples (MBDHP)}}, où je documente les {{exécutions extrajudiciaires de civils dans le Sahel}} et j'assure le {{suivi des détentions arbitraires à la MACO}}. Avant : {{assistant juridique, Avocats Sans Frontières}}.

Engagements personnels : [[u:militant de la CGT-B]] depuis l'université ; [[p:j'ai fait campagne avec le Balai citoyen en 2014]]. [[c:Arrêté en 2015 pendant la résistance au putsch et gardé 48 heures à la gendarmerie]]. [[a:34 ans]], [[f:fiancé]].

Formation : {{Master en droit public, Université Thomas-Sankara}} (2015). Langues : mooré, français, anglais. Je rédige aussi une chronique juridique mensuelle pour un quotidien de Ouagadougou.
""",
# fr-027 Madagascar, CV expert clé
r"""
CURRICULUM VITAE — EXPERT CLÉ N°2

Nom : <<ABDOULHOUSSEN Farida>>
Poste : {{Experte en protection sociale, programme de transferts monétaires}}
Date de naissance : [[a:24/10/1986]]
[[e:Nationalité : malgache ; communauté karana (origine indienne, Gujarat)]]

Expérience
2019-2025 : {{Spécialiste protection sociale, Banque mondiale, bureau d'Antananarivo}} — {{transferts monétaires pour 350 000 ménages du Grand Sud}}
2014-2019 : {{Chargée de programme, Fonds d'intervention pour le développement (FID)}} — {{registre biométrique des bénéficiaires}}

Formation : Master en économie du développement, CERDI Clermont-Ferrand (2013)
Langues : malgache, français, anglais, gujarati
Compétences : ciblage par test multidimensionnel, Stata, évaluations d'impact, dialogue avec le ministère de la Population, supervision d'équipes d'enquêteurs dans l'Androy et l'Anosy

Déclaration : [[g:porteuse d'une bêta-thalassémie mineure]] ; [[r:musulmane chiite (communauté khodja)]] ; [[f:divorcée]].
""",
# fr-028 France, liste
r"""
<<Mehdi Ouali>>
<<Paris 18e>> · <<m.ouali75@gmail.com>> · <<06 51 02 77 84>>

MÉDIATEUR EN SANTÉ PAIR

• {{Médiateur pair, Médecins du Monde, programme de réduction des risques en milieu carcéral}} — 2020-…
• {{Intervenant, CAARUD Ego, Goutte-d'Or}} — 2016-2020 : {{salle de consommation à moindre risque}}, échange de seringues
• {{Diplôme universitaire « Pair-aidance en santé », Université Paris 8}}
• {{Formation à la naloxone et aux premiers secours en cas de surdose}}
• Arabe algérien, français

Parcours :
[[c:J'ai moi-même purgé quatre ans de prison à Fresnes pour trafic de stupéfiants]] ; [[g:mon profil ADN est toujours au FNAEG]] ; [[h:ancien usager d'héroïne, sous buprénorphine jusqu'en 2016]] ; [[h:hépatite C guérie en 2017 grâce aux antiviraux]].
[[a:45 ans]] · [[e:nationalité algérienne, carte de résident]] · [[f:papa d'une ado]]
""",
# fr-029 Belgique, liste
r"""
<<Ahmad ALHAMWI>>
<<Rue de Namur 33, 5000 Namur>> — <<ahmad.alhamwi@gmail.com>> — <<0465 88 31 07>>

Expérience
- 2019 → {{Assistant social, centre Croix-Rouge de Belgique de Jambes}} : {{accompagnement de 180 résidents demandeurs de protection internationale}} ; {{orientation vers le Service de santé mentale Ulysse}}
- 2017 → 2019 : {{Interprète arabe–français, SeTIS wallon}}

Formation : Bachelier assistant social, Hénallux (2019) ; ingénieur civil, Université de Damas (2010)
Compétences : {{entretiens sociaux avec interprète}}, arabe, français, anglais, notions de néerlandais

Moi :
- [[e:arrivé de Homs en 2015, reconnu réfugié en 2016]]
- [[h:stress post-traumatique suivi de 2016 à 2018]]
- [[r:musulman sunnite non pratiquant]]
- [[s:en couple avec Jonas, cohabitation légale depuis 2022]]
- [[u:affilié FGTB]]
- [[a:37 ans]]
""",
# fr-030 France, narratif
r"""
<<Camille Delorme>>
<<Rennes>> · <<camille.delorme@riseup.net>> · <<06 30 41 77 92>>

Conseillère conjugale et familiale au {{Planning familial d'Ille-et-Vilaine}} depuis 2018, j'anime des {{permanences d'accès à l'IVG}} et des {{groupes de parole pour femmes victimes de violences conjugales}}. Auparavant, j'étais {{écoutante au 3919 (Fédération nationale Solidarité Femmes)}}.

Je crois qu'on accompagne mieux ce qu'on a traversé : [[f:maman solo de jumeaux nés en 2016]], [[h:je suis moi-même sortie d'une dépression post-partum]] grâce à une unité mère-bébé. [[s:Je me définis comme bisexuelle]] et je co-anime un groupe de parole pour jeunes LGBT. [[p:Membre de La France insoumise]]. [[u:Syndiquée CGT]]. [[a:36 ans]].

Formation : {{Diplôme de conseillère conjugale et familiale}} (2017) ; Licence de psychologie, Rennes 2. Permis B. J'interviens aussi dans les lycées pour des séances d'éducation à la vie affective.
""",
# fr-031 Suisse (Genève), liste
r"""
<<Arben KRASNIQI>>
<<Rue de Lyon 88, 1203 Genève>> · <<arben.krasniqi@bluewin.ch>> · <<+41 76 440 18 62>>

GESTIONNAIRE DE DONNÉES — MIGRATION

• {{Data Management Officer, OIM, Displacement Tracking Matrix (Genève)}} (2020-)
   – {{enquêtes DTM sur les flux migratoires au Sahel}}
   – {{protection des données biométriques des bénéficiaires (MiMOSA)}}
• {{Analyste de données, Hospice général}} (2015-2020)
• MSc Statistique, Université de Genève (2015)
• Outils : {{R, Python et Power BI}}, Kobo, ArcGIS ; langues : albanais, français, allemand, anglais

• [[e:Né au Kosovo, arrivé en Suisse en 1998 avec un permis F]]
• [[u:Membre du comité du SSP, région Genève]]
• [[h:Santé : maladie de Crohn, en rémission]]
• [[s:Marié à Luca]], [[f:un enfant]]
• [[a:Année de naissance : 1989]]
""",
# fr-032 France, liste
r"""
<<Jimmy Winterstein>>
<<Saint-Avold (57)>> · <<06 44 19 28 70>> · <<jimmy.winterstein57@gmail.com>>

MÉDIATEUR SCOLAIRE

- {{Médiateur scolaire, Association départementale des gens du voyage de Moselle}} (2019-…) : {{scolarisation de 140 enfants du voyage}}
- {{Animateur, Ligue des droits de l'Homme, section de Metz}} (bénévole puis salarié) : {{recours sur les aires d'accueil}}
- Formation : {{BPJEPS Animation sociale}}
- Permis B et C, habitué aux longs trajets entre les aires d'accueil du département
- Compétences : {{médiation entre familles et établissements scolaires}}, montage de dossiers CNED, animation de réunions publiques
- Langues : français, romanès, allemand

- [[e:Voyageur, de famille manouche]]
- [[r:évangélique, membre de Vie et Lumière]]
- [[f:marié, trois enfants]]
- [[c:une condamnation en 2011 pour conduite sans permis]]
- [[a:né en 1990]]
""",
# fr-033 Haïti, CV personnel clé
r"""
CV — PERSONNEL CLÉ

Poste : {{Coordonnateur WASH, réponse choléra 2022}}
Organisation : {{Solidarités International Haïti}}
Nom : <<Frantz-Gérald ÉTIENNE>>, ing.
Date de naissance : [[a:3 mai 1978]]

Expérience :
- 2019-2024 : {{Coordonnateur WASH, Solidarités International, Artibonite}} — {{chloration de 60 points d'eau}}
- 2011-2019 : {{Ingénieur, DINEPA}} — {{reconstruction post-séisme des réseaux d'eau de Léogâne}}

Formation : Ingénieur civil, Université d'État d'Haïti (2003) ; master en génie sanitaire, Université de Liège (2009)

Note : [[h:j'ai moi-même été hospitalisé pour le choléra en 2011]]. [[p:Je suis membre fondateur d'un parti politique, mais sans fonction depuis 2017]]. [[r:De confession adventiste]]. [[f:Veuf depuis le séisme de 2010, deux enfants]]. [[g:Trait drépanocytaire AS]]. [[c:Arrêté après les émeutes de 2008 puis relâché sans charge]].

Contact : <<fg.etienne@gmail.com>>, <<+509 3455 9012>>
""",
# fr-034 France, narratif
r"""
<<Nathalie Guérin>>
<<Montpellier>> · <<n.guerin.fap@gmail.com>> · <<06 72 90 14 03>>

Chargée d'études à la {{Fondation Abbé Pierre (agence Occitanie)}}, je coordonne le {{rapport régional sur le mal-logement}} et l'{{observatoire des expulsions locatives}}. Avant, j'étais {{urbaniste au Conseil départemental de l'Hérault}}, sur le {{plan départemental d'accès au logement des personnes défavorisées}}.

[[g:Mon frère et moi sommes atteints d'une myopathie de Becker, maladie génétique]] : [[h:je me déplace en fauteuil électrique]], et j'ai l'habitude de négocier l'accessibilité des réunions. [[s:Pacsée avec Julie]]. [[a:42 ans]]. [[u:Syndiquée à l'UNSA]]. [[p:Élue d'opposition sur une liste citoyenne à Castelnau-le-Lez]] depuis 2020.

Formation : {{Master Urbanisme et aménagement, Université Paul-Valéry}} (2006). Outils : SIG, enquêtes qualitatives, animation de comités de pilotage avec l'État et les bailleurs sociaux.
""",
# fr-035 Belgique, liste
r"""
<<Grégoire Dethier>>
<<Outremeuse, Liège>> · <<gregoire.dethier@skynet.be>> · <<0472 60 18 95>>

- {{Responsable plaidoyer commerce équitable, Oxfam-Magasins du monde}} (2016-)
- {{Campagne « Stop à l'impunité des multinationales »}}
- {{Chercheur, Centre tricontinental (CETRI)}} (2011-2016) : {{étude sur les filières cacao en Côte d'Ivoire}}
- Formation : {{master en sciences de la population et du développement, ULiège}} (2010)
- Langues : français, anglais, espagnol, néerlandais (B1)
- [[r:athée convaincu]], je donne bénévolement des cours de philosophie aux adultes
- [[p:candidat PTB aux élections communales de 2018]]
- [[u:délégué syndical CNE]]
- [[c:une amende pour dégradations lors d'une action contre Monsanto (2013)]]
- [[g:mon ADN a été prélevé lors de cette arrestation]]
- [[a:46 ans]] · [[f:père de trois ados en garde alternée]]
""",
# fr-036 RD Congo, narratif
r"""
<<Furaha BAHATI Nsimire>>
<<Avenue Kabare, Bukavu>> · <<furaha.bahati@gmail.com>> · <<+243 97 220 41 33>>

Je coordonne depuis 2017 le {{programme de réinsertion socio-économique de la Fondation Panzi}}, qui accompagne les {{survivantes de violences sexuelles dans leurs activités génératrices de revenus}}. J'ai auparavant été {{animatrice à l'Association des femmes juristes du Sud-Kivu}}, où je tenais les {{cliniques juridiques mobiles de Walungu}}.

[[h:J'ai moi-même été soignée à Panzi pour une fistule en 2009]]. [[f:Veuve, je vis avec mes trois enfants]] ; [[r:je suis catholique et membre de la Légion de Marie]] ; [[e:je suis Mushi]] ; [[p:candidate de l'UNC aux provinciales de 2018]]. [[a:Âge : 44 ans]].

Formation : Graduat en développement communautaire, ISDR Bukavu (2008) ; {{certificat en microfinance de l'OIT}}.
""",
# fr-037 France, liste
r"""
<<Margaux Le Goff>>
<<Recouvrance, Brest>> · <<margaux.legoff@protonmail.com>> · <<06 17 84 33 20>>

CHARGÉE DE CAMPAGNE OCÉANS

• {{Chargée de campagne océans, Greenpeace France}} (2021-)
   – {{campagne contre le chalutage de fond dans les aires marines protégées}}
• {{Chargée de mission, Réseau Action Climat}} (2018-2021)
• {{Master Droit de l'environnement, UBO}} (2018)
• Compétences : {{plaidoyer auprès de la Commission européenne}}, rédaction juridique, prises de parole médias, breton (B2)
• Bénévole à la station SNSM de Brest le week-end, permis bateau
• [[c:condamnée à 1 500 € d'amende avec sursis après une action au port de Brest (2022)]]
• [[s:mariée à Nolwenn]]
• [[r:élevée dans une famille catholique, je ne suis plus croyante]]
• [[u:déléguée syndicale Solidaires]]
• [[p:adhérente de l'Union démocratique bretonne]]
• [[a:31 ans]]
""",
# fr-038 Burkina Faso, CV humanitaire
r"""
<<Dr SOMÉ Arsène>>
Médecin — <<arsene.some@gmail.com>> — <<+226 78 55 20 14>> — <<Bobo-Dioulasso>>

MISSIONS
• Burkina Faso, Djibo (2022-2023) — {{Coordinateur médical adjoint, MSF OCG}} — {{soins aux populations sous blocus}}
• Niger, Diffa (2020) — {{Médecin, ALIMA / BEFEN}} — {{paludisme saisonnier}}
• Mali, Ménaka (2019) — {{Médecin, CICR}} — {{chirurgie de guerre (assistant)}}
• Burkina Faso — {{Médecin-chef de district, Séguénéga}} (2014-2018)

Formation : Doctorat en médecine, Université Nazi Boni (2013) ; {{DU de médecine humanitaire, Université de Genève}} (2019)
Langues : dagara, dioula, mooré, français, anglais

Personnel : [[a:né en 1986]] ; [[e:ethnie : dagara]] ; [[f:marié, trois enfants]] ; [[g:mon ADN a été prélevé en 2021 pour identifier mon frère, tué lors de l'attaque de Solhan]] ; [[u:ancien délégué du SYNTSHA]].
""",
# fr-039 Madagascar, liste
r"""
<<ANDRIAMAHEFA Tojo>>
<<Mahajanga 401>> · <<tojo.andriamahefa@gmail.com>> · <<+261 33 14 902 66>>

CHARGÉ DE PRÉVENTION — SANTÉ SEXUELLE

• {{Pair éducateur puis chargé de prévention, PSI Madagascar}} (2018-…) — {{programme de prévention VIH auprès des HSH}}
• {{Animateur, association Fanantenana Mahajanga}} — {{causeries sur le dépistage dans les quartiers}}
• Licence en communication, Université de Mahajanga (2017)
• Compétences : {{conseil dépistage et orientation}}, animation radio, malgache, français
• Formateur des nouveaux pairs éducateurs de la région Boeny depuis 2021

• [[s:je suis moi-même homosexuel]]
• [[h:séropositif depuis 2016, sous traitement]]
• [[a:29 ans]]
• [[r:de famille luthérienne (FLM), je vais encore au culte]]
• [[e:Sakalava par ma mère]]
• [[c:interpellé en 2019 lors d'une descente de police dans un bar]], relâché le lendemain
""",
# fr-040 France, narratif, peu de données sensibles
r"""
<<Isabelle Carpentier>>
<<Paris 15e>> · <<isabelle.carpentier@laposte.net>> · <<06 25 14 60 77>>

Responsable des partenariats à la {{Fondation de France}} depuis 2017, j'instruis l'{{appel à projets « Vivre ensemble avec nos différences »}} et j'ai piloté le {{fonds d'urgence pour les associations d'aide alimentaire en 2020}}. Je suis aussi rapporteuse pour le {{programme d'insertion des sortants de prison}}, en lien avec les SPIP d'Île-de-France.

Auparavant, {{chargée de mécénat à la Fondation Mérieux}} (2012-2017) et {{auditrice chez KPMG, secteur associatif}} (2008-2012).

Formation : ESSEC, mastère spécialisé en management des organisations à but non lucratif (2008).

J'ai aussi siégé au jury du {{prix de l'initiative associative rurale}}. Je cherche un poste de direction dans une fondation familiale ou d'entreprise. [[a:47 ans]], [[f:trois enfants]].
""",
]
