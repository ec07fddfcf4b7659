"""Assemble the hand-typed CVs in en_*.py / fr_*.py into en.jsonl and fr.jsonl."""
import json, pathlib, importlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
CAT = {"H": "health", "R": "religious_belief", "P": "political_opinion", "T": "trade_union",
       "E": "ethnic_origin", "X": "sexual_orientation", "C": "criminal_record",
       "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status"}

for lang, mods in (("en", ["en_a", "en_b"]), ("fr", ["fr_a", "fr_b"])):
    rows = []
    for m in mods:
        for num, text, sens, keep, contact in importlib.import_module(m).CVS:
            text = text.strip("\n")
            rows.append({"id": f"newcomers-{lang}-{num:03d}", "lang": lang, "text": text,
                         "sensitive": [{"category": CAT[c], "text": t} for c, t in sens],
                         "keep": keep, "contact": contact})
            for c, t in sens:
                if text.count(t) != 1:
                    print("SPAN COUNT", rows[-1]["id"], text.count(t), repr(t))
            for t in keep + contact:
                if t not in text:
                    print("MISSING", rows[-1]["id"], repr(t))
    with open(HERE.parent / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(lang, len(rows))
