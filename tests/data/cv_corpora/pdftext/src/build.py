"""Assemble the hand-written pdftext CVs (literal texts in en_*.py / fr_*.py) into JSON lines.

Nothing here generates text: each module holds a list CVS of literal CVs, written one by one.
Category shorthands: H health, R religious_belief, P political_opinion, U trade_union,
E ethnic_origin, O sexual_orientation, C criminal_record, G genetic_biometric,
D date_of_birth_age, F family_status.
"""
import importlib
import json
import pathlib
import sys

CATS = {
    "H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
    "E": "ethnic_origin", "O": "sexual_orientation", "C": "criminal_record",
    "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status",
}
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def build(lang, modules):
    rows = []
    for mod in modules:
        for cv in importlib.import_module(mod).CVS:
            n = len(rows) + 1
            rows.append({
                "id": f"pdftext-{lang}-{n:03d}",
                "lang": lang,
                "text": cv["text"],
                "sensitive": [{"category": CATS[c], "text": t} for c, t in cv["sens"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            })
    out = HERE.parent / f"{lang}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    for lang, mods in (("en", ["en_1", "en_2", "en_3", "en_4"]), ("fr", ["fr_1", "fr_2", "fr_3", "fr_4"])):
        present = [m for m in mods if (HERE / f"{m}.py").exists()]
        rows = build(lang, present)
        for r in rows:
            cats = "".join(k for s in r["sensitive"] for k, v in CATS.items() if v == s["category"])
            print(r["id"], len(r["text"].split()), "words", len(r["sensitive"]), "spans", cats)
