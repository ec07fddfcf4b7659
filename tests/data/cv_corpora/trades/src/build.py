"""Assemble the hand-typed trades CVs into en.jsonl / fr.jsonl.

Each src/<lang>_<n>.py holds a list CVS of literal CVs typed one by one. This script
only numbers them, turns (category, text) pairs into objects and writes JSON lines.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def build(lang):
    cvs = []
    for part in (1, 2, 3, 4):
        cvs.extend(importlib.import_module(f"{lang}_{part}").CVS)
    out = HERE.parent / f"{lang}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, cv in enumerate(cvs, 1):
            row = {
                "id": f"trades-{lang}-{i:03d}",
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": c, "text": t} for c, t in cv["sensitive"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(lang, len(cvs))


if __name__ == "__main__":
    build("en")
    build("fr")
