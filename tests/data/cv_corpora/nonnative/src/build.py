"""Assemble the hand-written CVs of the nonnative corpus into en.jsonl / fr.jsonl.

Each module en_*.py / fr_*.py holds a list CVS of literal CV texts with their labels,
written one by one; this script only numbers them and writes JSON lines.
"""
import importlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent


def build(lang, modules):
    rows = []
    for name in modules:
        mod = importlib.import_module(name)
        for cv in mod.CVS:
            n = len(rows) + 1
            rows.append({
                "id": f"nonnative-{lang}-{n:03d}",
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": c, "text": t} for c, t in cv["sensitive"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            })
    with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(lang, len(rows))


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE))
    build("en", ["en_a", "en_b", "en_c", "en_d"])
    build("fr", ["fr_a", "fr_b", "fr_c", "fr_d"])
