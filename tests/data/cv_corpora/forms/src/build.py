"""Assemble the hand-written literal CV texts of the `forms` corpus into en.jsonl / fr.jsonl.

Each module below holds literal texts typed one by one; this file only maps the short
category codes to the category names and writes the JSON lines.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CODES = {
    "H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
    "E": "ethnic_origin", "O": "sexual_orientation", "C": "criminal_record",
    "G": "genetic_biometric", "A": "date_of_birth_age", "F": "family_status",
}

MODULES = {"en": ["en_1", "en_2", "en_3", "en_4"], "fr": ["fr_1", "fr_2", "fr_3", "fr_4"]}


def main():
    for lang, mods in MODULES.items():
        rows = []
        for m in mods:
            try:
                mod = importlib.import_module(m)
            except ModuleNotFoundError:
                continue
            rows.extend(mod.CVS)
        out = HERE.parent / f"{lang}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for i, cv in enumerate(rows, 1):
                rec = {
                    "id": f"forms-{lang}-{i:03d}",
                    "lang": lang,
                    "text": cv["text"].strip("\n"),
                    "sensitive": [{"category": CODES[c], "text": t} for c, t in cv["s"]],
                    "keep": cv["keep"],
                    "contact": cv["contact"],
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
