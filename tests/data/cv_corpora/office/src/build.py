"""Assemble the hand-written CVs of the office corpus into en.jsonl and fr.jsonl.

Each src module holds a list CVS of dicts written by hand:
  id, text, sensitive=[(category, span), ...], keep=[...], contact=[...]
This script only converts them to JSON lines; it generates nothing.
"""
import json
import pathlib

import en_a, en_b, en_c, en_d
import fr_a, fr_b, fr_c, fr_d

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent


def write(lang, modules):
    rows = []
    for mod in modules:
        for cv in mod.CVS:
            rows.append({
                "id": cv["id"],
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": c, "text": t} for c, t in cv["sensitive"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            })
    rows.sort(key=lambda r: r["id"])
    with open(OUT / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(lang, len(rows))


if __name__ == "__main__":
    write("en", [en_a, en_b, en_c, en_d])
    write("fr", [fr_a, fr_b, fr_c, fr_d])
