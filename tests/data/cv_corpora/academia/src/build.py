"""Assemble the hand-written academia CVs into en.jsonl and fr.jsonl.

Each src module holds a list CVS of dicts written by hand: id, text, s (list of
(category, span) pairs), keep, contact.  This script only copies them out.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CATS = {
    "H": "health", "R": "religious_belief", "P": "political_opinion",
    "U": "trade_union", "E": "ethnic_origin", "S": "sexual_orientation",
    "C": "criminal_record", "G": "genetic_biometric",
    "D": "date_of_birth_age", "F": "family_status",
}


def rows(modules, lang):
    out = []
    for name in modules:
        mod = __import__(name)
        for cv in mod.CVS:
            out.append({
                "id": cv["id"],
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": CATS[c], "text": t} for c, t in cv["s"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            })
    out.sort(key=lambda r: r["id"])
    return out


def main():
    for lang, mods in (("en", ["en_a", "en_b", "en_c", "en_d"]),
                       ("fr", ["fr_a", "fr_b", "fr_c", "fr_d"])):
        path = HERE.parent / f"{lang}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows(mods, lang):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
