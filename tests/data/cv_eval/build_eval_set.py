"""Builds the labelled CV evaluation set (en.jsonl, fr.jsonl), deterministically.

Each CV is assembled from varied, hand-written pieces: a header with contact details,
experience lines (with professional hard negatives such as "Union Pacific" or "diabetes
research software"), education, skills, and personal/other lines carrying special-
category mentions in many phrasings. Labels are exact substrings:
  sensitive: [{"category", "text"}]  must no longer appear in the sanitised text
  keep:      ["..."]                 professional strings that must survive
  contact:   ["..."]                 contact details that must no longer appear
Run: python tests/data/cv_eval/build_eval_set.py  (rewrites the two files)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_PER_LANGUAGE = 45

EN_SENSITIVE = {
    "health": ["Type 1 diabetic, fully autonomous", "asthmatic since childhood", "in remission from breast cancer since 2020",
               "I manage my epilepsy with medication", "wheelchair user", "took six months of sick leave for burn-out in 2021",
               "recovering from clinical depression", "registered disabled", "I am hearing-impaired and lip-read",
               "diagnosed with ADHD as an adult", "living with multiple sclerosis", "HIV-positive, undetectable",
               "dyslexic (extra time in exams)", "chronic back pain limits heavy lifting", "currently pregnant, due in June"],
    "trade_union": ["shop steward for Unite since 2019", "member of the NEU", "UNISON branch secretary",
                    "elected union representative at the depot", "active trade unionist", "GMB member",
                    "union rep during the 2022 pay dispute", "trade union membership: Usdaw",
                    "organised picket lines during the strike", "served on the TUC youth committee",
                    "union steward (RMT)", "represented colleagues as a union delegate"],
    "political_opinion": ["campaigned for the Green Party in 2019", "Labour Party member", "canvassing for the Liberal Democrats",
                          "local election candidate for the Conservative Party", "political activist with Momentum",
                          "volunteer for Extinction Rebellion", "Young Conservatives treasurer", "member of the Socialist Party",
                          "stood as a candidate in the 2022 council elections", "Democrats Abroad volunteer",
                          "committed socialist", "Reform UK branch organiser"],
    "religious_belief": ["practising Catholic", "volunteer at my local mosque", "Sunday school teacher",
                         "church choir member", "devout Muslim", "active in my synagogue's youth programme",
                         "I observe Ramadan", "Christian Union president at university", "Buddhist, meditation retreats",
                         "sing in the parish choir", "committed Christian", "Jehovah's Witness", "Sikh, gurdwara volunteer",
                         "member of the Church of England youth group", "Hindu temple volunteer"],
    "ethnic_origin": ["of Moroccan descent", "British Pakistani", "Black British", "of Nigerian heritage",
                      "member of the BAME staff network", "my parents emigrated from Vietnam", "of Romani heritage",
                      "Irish Traveller background", "mixed-race (White and Black Caribbean)", "of Kurdish origin",
                      "ethnic minority candidate", "first-generation immigrant from Somalia"],
    "sexual_orientation": ["openly gay", "co-chair of the LGBT+ staff network", "bisexual", "lesbian",
                           "Pride network organiser", "live with my same-sex partner", "queer rights volunteer",
                           "member of Stonewall", "LGBTQ+ mentoring volunteer", "homosexual and proud"],
    "genetic_biometric": ["BRCA2 carrier", "DNA test results available on request", "carrier of the cystic fibrosis gene",
                          "genetic predisposition to heart disease", "my fingerprints are on file with the agency",
                          "biometric data enrolled for site access", "sickle cell trait", "genetic test for Huntington's: negative",
                          "23andMe results shared on request", "my iris scan is registered for the lab doors", "blood type O negative"],
    "criminal_record": ["clean criminal record", "no criminal convictions", "DBS check clear (2023)", "spent conviction for shoplifting (2010)",
                        "served 18 months in prison", "convicted of fraud in 2015", "released from prison in 2019",
                        "community service order completed", "police caution in 2016", "criminal record: none",
                        "drink-driving conviction (2018)", "on probation until 2025"],
    "date_of_birth_age": ["Date of birth: 14/02/1987", "DOB: 1990-03-03", "born 12 March 1988", "Age: 34",
                          "34 years old", "born in 1979", "D.O.B. 5 June 1992", "aged 41", "Birth date: 21.09.1985",
                          "(29)", "born on 3rd May 1990", "I am 52"],
    "family_status": ["married, two children", "single", "divorced", "mother of three", "widowed", "married",
                      "father of twins", "in a civil partnership", "two kids", "on maternity leave until March",
                      "single parent", "engaged", "no children", "marital status: separated", "three children aged 4, 7 and 9"],
}
FR_SENSITIVE = {
    "health": ["diabétique de type 1", "asthmatique", "en rémission d'un cancer du sein depuis 2020", "épileptique stabilisée",
               "en fauteuil roulant", "arrêt maladie de six mois pour burn-out en 2021", "sortie d'une dépression",
               "reconnaissance RQTH", "travailleur handicapé", "malentendante, je lis sur les lèvres", "TDAH diagnostiqué",
               "atteinte de sclérose en plaques", "séropositif", "dyslexique", "enceinte de cinq mois", "maladie de Crohn"],
    "trade_union": ["déléguée syndicale CFDT", "adhérent à la CGT", "élu CSE sur la liste FO", "militante SUD Rail",
                    "représentant du personnel (UNSA)", "syndiqué depuis 2010", "secrétaire de la section syndicale",
                    "membre de la CFE-CGC", "mandat syndical de 2016 à 2020", "délégué du personnel CGT",
                    "responsable de l'intersyndicale", "adhérente SNUipp-FSU"],
    "political_opinion": ["militant EELV", "adhérent à La France insoumise", "conseillère municipale (Les Républicains)",
                          "membre du Parti socialiste", "tractage pour le Rassemblement national", "engagement politique à gauche",
                          "candidate aux élections municipales de 2020", "militante écologiste", "Jeunes Républicains, trésorier",
                          "membre du PCF", "porte-à-porte pour Renaissance", "sympathisant d'extrême gauche"],
    "religious_belief": ["catholique pratiquant", "bénévole à la mosquée de mon quartier", "catéchiste à la paroisse",
                         "chorale paroissiale", "musulmane pratiquante", "je fais le ramadan", "protestant engagé",
                         "bouddhiste", "aumônerie étudiante", "animatrice en aumônerie", "juive pratiquante",
                         "pèlerinage à Lourdes chaque année", "Témoin de Jéhovah", "ma foi chrétienne", "enfant de chœur"],
    "ethnic_origin": ["d'origine algérienne", "origine marocaine", "issue de l'immigration", "d'origine vietnamienne",
                      "originaire d'Afrique subsaharienne par mes parents", "d'origine kabyle", "métisse",
                      "d'origines sénégalaise et bretonne", "mes parents sont originaires du Mali", "origine ethnique : maghrébine",
                      "seconde génération d'immigrés portugais"],
    "sexual_orientation": ["ouvertement gay", "lesbienne", "bisexuel", "membre de l'association LGBT+ de l'entreprise",
                           "bénévole à SOS Homophobie", "je vis avec ma compagne de même sexe", "organisatrice de la Marche des fiertés",
                           "homosexuel assumé", "co-fondateur du réseau LGBTQI+ interne", "pansexuelle"],
    "genetic_biometric": ["porteuse de la mutation BRCA1", "résultats de test ADN disponibles", "porteur sain du gène de la mucoviscidose",
                          "prédisposition génétique au diabète", "mes empreintes digitales sont enregistrées",
                          "données biométriques enregistrées pour l'accès au site", "drépanocytose (trait)",
                          "test génétique réalisé en 2021", "groupe sanguin A+", "séquençage de mon génome en 2022"],
    "criminal_record": ["casier judiciaire vierge", "extrait de casier judiciaire (B3) vierge", "condamné en 2015 pour vol",
                        "peine de prison avec sursis", "sorti de prison en 2019", "travaux d'intérêt général effectués en 2017",
                        "aucune condamnation", "incarcéré de 2012 à 2014", "suspension de permis en 2018",
                        "antécédents judiciaires : néant", "placé sous contrôle judiciaire en 2016"],
    "date_of_birth_age": ["Date de naissance : 14/02/1987", "née le 3 avril 1991", "né le 12 mars 1988", "Âge : 34 ans",
                          "34 ans", "né en 1979", "naissance : 05/06/1992", "âgée de 41 ans", "(29 ans)", "née le 21.09.1985",
                          "Age : 52"],
    "family_status": ["mariée, deux enfants", "célibataire", "divorcé", "mère de trois enfants", "veuve", "marié",
                      "père de jumeaux", "pacsée", "deux enfants", "en congé maternité jusqu'en mars", "en couple",
                      "sans enfant", "situation familiale : séparée", "trois enfants à charge", "fiancée"],
}
EN_NEGATIVES = ["Union Pacific", "Christian Dior Couture", "Church Street", "Parti Pris Studio", "St Mary's Hospital",
                "Labour market analyst", "Democratic Republic of Congo", "diabetes research software",
                "HIV clinical trial data pipeline", "health insurance claims platform", "Royal Free Hospital",
                "Cancer Research UK", "Islamic finance desk", "Green energy consultant", "criminal law paralegal",
                "prison education programme", "genetic algorithms", "Catholic University of Leuven", "Temple Bar office",
                "Conservative estimate modelling", "Credit Union of Ireland", "BA in Religious Studies",
                "Political Science degree", "fingerprint sensor firmware", "Single sign-on rollout", "European Union funding",
                "mental health app for students", "DNA sequencing platform", "Black Friday campaign", "Pride Foods Ltd"]
FR_NEGATIVES = ["Union Pacific", "Christian Dior Couture", "Parti Pris Studio", "Hôpital Necker", "rue de l'Église",
                "Syndicat des eaux d'Île-de-France", "Santé publique France", "Mutuelle Générale", "Assurance maladie",
                "logiciel de recherche sur le diabète", "plateforme de données d'essais cliniques", "Crédit Agricole",
                "Banque Populaire", "République démocratique du Congo", "politique commerciale", "droit pénal des affaires",
                "administration pénitentiaire", "algorithmes génétiques", "Sciences Po Paris", "Institut Curie",
                "Ligue contre le cancer", "service de cardiologie", "Union européenne", "finance islamique",
                "capteurs d'empreintes digitales", "Église Saint-Eustache", "Maison de la Mutualité", "Institut Pasteur"]
EN_JOBS = ["Data engineer", "Staff nurse", "Store manager", "Warehouse team leader", "Management accountant", "Paralegal",
           "Sous chef", "Site manager", "Secondary school teacher", "Policy officer", "Software developer", "HR business partner",
           "Logistics coordinator", "Customer success manager", "Mechanical engineer", "Pharmacist"]
FR_JOBS = ["Développeur Java", "Infirmière", "Responsable de magasin", "Chef d'équipe logistique", "Comptable",
           "Juriste", "Chef de partie", "Conducteur de travaux", "Professeure de mathématiques", "Chargée de mission",
           "Ingénieure data", "Assistante RH", "Technicien de maintenance", "Commercial terrain", "Pharmacien", "Cariste"]
EN_EMPLOYERS = ["Capgemini", "Tesco", "DHL Supply Chain", "Deloitte", "Barclays", "NHS Lothian", "Siemens", "Ocado",
                "Arup", "Accenture", "John Lewis", "BAE Systems"]
FR_EMPLOYERS = ["Capgemini", "Carrefour", "Decathlon", "Orange", "Veolia", "AP-HP", "Thales", "Leroy Merlin", "Sodexo",
                "Bouygues Construction", "SNCF", "Michelin"]
EN_SCHOOLS = [("MSc Computer Science", "University of Leeds"), ("BSc Nursing", "King's College London"),
              ("BA Economics", "University of Bristol"), ("HND Business", "Glasgow Kelvin College"),
              ("MEng Mechanical Engineering", "Imperial College London"), ("PGCE Mathematics", "University of Exeter")]
FR_SCHOOLS = [("Master Informatique", "Université de Lyon"), ("Diplôme d'État infirmier", "IFSI de Nantes"),
              ("BTS Comptabilité", "Lycée Carnot"), ("Licence de droit", "Université Paris 1 Panthéon-Sorbonne"),
              ("CAP Cuisine", "CFA de Bordeaux"), ("Diplôme d'ingénieur", "INSA Toulouse")]
EN_SKILLS = ["Python", "SQL", "Kafka", "Excel", "SAP", "stakeholder management", "forklift licence", "HACCP", "AutoCAD", "Power BI"]
FR_SKILLS = ["Python", "SQL", "Excel", "SAP", "gestion de projet", "CACES 3", "HACCP", "AutoCAD", "anglais courant", "Power BI"]
EN_NAMES = [("Oliver", "Bennett"), ("Amelia", "Clarke"), ("Priya", "Raman"), ("Noah", "Fitzgerald"), ("Grace", "Okafor"),
            ("Jack", "Morrison"), ("Sophie", "Turner"), ("Daniel", "Kowalski"), ("Hannah", "Lewis"), ("Samuel", "Adeyemi")]
FR_NAMES = [("Camille", "Lefèvre"), ("Léa", "Moreau"), ("Hugo", "Bernard"), ("Nadia", "Haddad"), ("Thomas", "Girard"),
            ("Inès", "Benali"), ("Lucas", "Petit"), ("Chloé", "Rousseau"), ("Mehdi", "Lambert"), ("Juliette", "Fontaine")]
EN_STREETS = ["14 Oak Road, Leeds LS6 2AB", "221 Baker Street, London NW1 6XE", "7 Mill Lane, Bristol BS1 4DJ",
              "32 Victoria Avenue, Manchester M20 3QR"]
FR_STREETS = ["12 rue Victor Hugo, 69002 Lyon", "5 avenue Jean Jaurès, 31000 Toulouse", "8 bis boulevard Voltaire, 75011 Paris",
              "3 allée des Tilleuls, 44000 Nantes"]


def build(lang: str, rng: random.Random) -> list[dict]:
    en = lang == "en"
    sens_bank = EN_SENSITIVE if en else FR_SENSITIVE
    cvs = []
    for n in range(N_PER_LANGUAGE):
        first, last = rng.choice(EN_NAMES if en else FR_NAMES)
        email = f"{first.lower()}.{last.lower()}@{'mail.com' if en else 'exemple.fr'}".replace("è", "e").replace("é", "e")
        phone = rng.choice(["+44 7700 900123", "07700 900456", "+44 20 7946 0958"] if en else
                           ["06 12 34 56 78", "+33 6 98 76 54 32", "07.11.22.33.44"])
        street = rng.choice(EN_STREETS if en else FR_STREETS)
        linkedin = f"linkedin.com/in/{first.lower()}-{last.lower()}".replace("è", "e").replace("é", "e")
        contact = [f"{first} {last}", email, phone]
        header = f"{first} {last}\n{email} | {phone}"
        if rng.random() < 0.6:
            header += f"\n{street}"
            contact.append(street)
        if rng.random() < 0.5:
            header += f"\n{linkedin}"
            contact.append(linkedin)
        keep: list[str] = []
        sensitive: list[dict] = []
        jobs = rng.sample(EN_JOBS if en else FR_JOBS, 2)
        employers = rng.sample(EN_EMPLOYERS if en else FR_EMPLOYERS, 2)
        negatives = rng.sample(EN_NEGATIVES if en else FR_NEGATIVES, 3)
        y = rng.randint(2005, 2016)
        exp_lines = []
        for i, (job, emp) in enumerate(zip(jobs, employers)):
            years = f"{y + 3 * i}-{y + 3 * i + rng.randint(1, 3)}"
            exp_lines.append(f"{job} at {emp}, {years}" if en else f"{job} chez {emp}, {years}")
            keep += [job, emp, years]
        neg_lines = []
        for neg in negatives:
            tpl = rng.choice(["- Worked on the {x} project.", "- Delivered reporting for {x}.", "- Seconded to {x} for six months.",
                              "- Contract with {x}."] if en else
                             ["- Projet pour {x}.", "- Mission réalisée pour {x}.", "- Détachement auprès de {x} pendant six mois.",
                              "- Reporting pour {x}."])
            neg_lines.append(tpl.format(x=neg))
            keep.append(neg)
        degree, school = rng.choice(EN_SCHOOLS if en else FR_SCHOOLS)
        keep += [degree, school]
        skills = rng.sample(EN_SKILLS if en else FR_SKILLS, 4)
        keep += skills
        # special-category mentions: 3 to 7 per CV, spread over sections and phrasings
        categories = rng.sample(list(sens_bank), rng.randint(3, 7)) if n % 9 else []
        personal, hobbies, prose = [], [], []
        for cat in categories:
            phrase = rng.choice(sens_bank[cat])
            sensitive.append({"category": cat, "text": phrase})
            slot = rng.random()
            (personal if slot < 0.5 else hobbies if slot < 0.8 else prose).append(phrase)
        heading_exp, heading_edu, heading_skills, heading_personal, heading_hobbies = (
            ("EXPERIENCE", "EDUCATION", "SKILLS", "PERSONAL DETAILS", "INTERESTS") if en else
            ("EXPÉRIENCE", "FORMATION", "COMPÉTENCES", "INFORMATIONS PERSONNELLES", "CENTRES D'INTÉRÊT"))
        hobby_fill = ["running", "chess", "photography"] if en else ["randonnée", "photographie", "lecture"]
        parts = [header, "", heading_exp, *exp_lines, *neg_lines, "", heading_edu, f"{degree}, {school}", "",
                 f"{heading_skills}: " + ", ".join(skills)]
        if personal:
            sep = rng.choice([". ", "; ", " | "])
            parts += ["", heading_personal, sep.join(p[0].upper() + p[1:] if i == 0 else p for i, p in enumerate(personal)) + "."]
        if hobbies:
            parts += ["", f"{heading_hobbies}: " + ", ".join(rng.sample(hobby_fill, 2) + hobbies) + "."]
        if prose:
            lead = "About me: outside work, " if en else "À propos : en dehors du travail, "
            parts += ["", lead + " and ".join(prose) + "." if en else lead + " et ".join(prose) + "."]
        text = "\n".join(parts)
        # case-fix: a phrase capitalised at the start of a line must be labelled as written
        for item in sensitive:
            if item["text"] not in text:
                item["text"] = item["text"][0].upper() + item["text"][1:]
            assert item["text"] in text, item
        cvs.append({"id": f"{lang}-{n + 1:03d}", "lang": lang, "text": text, "sensitive": sensitive,
                    "keep": sorted(set(keep)), "contact": contact})
    return cvs


def main() -> None:
    rng = random.Random(2026)
    for lang in ("en", "fr"):
        rows = build(lang, rng)
        (HERE / f"{lang}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        counts: dict[str, int] = {}
        for r in rows:
            for s in r["sensitive"]:
                counts[s["category"]] = counts.get(s["category"], 0) + 1
        print(lang, len(rows), "CVs", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
