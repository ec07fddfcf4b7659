import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from en_data import EN
from fr_data import FR
CAT = {"R": "religious_belief", "S": "sexual_orientation", "F": "family_status", "A": "date_of_birth_age",
       "H": "health", "E": "ethnic_origin"}
out = os.path.join(os.path.dirname(__file__), "..")
DROP = {
 "en": ["Interview availability:", "Service Advisor, ATL", "Hiking Guide, Ultimate", "Electronics Technician, Bose",
        "Volunteer Manager, Glasgow", "Licensed Plumber, Fletchers", "Front Desk Agent, Fairmont",
        "Registrar, National Records", "Marketing Officer, Dundee", "Customer Service, Westpac", "Data Engineer, Experian"],
 "fr": ["Disponible pour un entretien", "Réceptionnaire atelier", "Guide de montagne", "Technicien SAV",
        "Responsable des bénévoles", "Plombier-chauffagiste", "Réceptionniste, Fairmont", "Officier de l'état civil",
        "Chargé de marketing, Girondins", "Conseiller bancaire", "Ingénieur données", "Technicien informatique",
        "Analyste exploitation", "Ma copine et moi", "J'ai eu trente ans", "Vu mon âge"],
}
def trim(lang, data):
    out = []
    for d in data:
        hits = [p for p in DROP[lang] if d[0].startswith(p)]
        if not hits:
            out.append(d)
    assert len(data) - len(out) == len(DROP[lang]), (lang, len(data) - len(out))
    return out
for lang, data in (("en", trim("en", EN)), ("fr", trim("fr", FR))):
    with open(os.path.join(out, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (text, sens, keep) in enumerate(data, 1):
            for c, s in sens:
                assert text.count(s) == 1, (lang, i, s)
            for k in keep:
                assert k in text, (lang, i, k)
            rec = {"id": f"bonds-{lang}-{i:04d}", "lang": lang, "text": text,
                   "sensitive": [{"category": CAT[c], "text": s} for c, s in sens],
                   "keep": keep, "contact": []}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pos = sum(1 for d in data if d[1])
    print(lang, len(data), "positives", pos)
