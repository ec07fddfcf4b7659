"""Assemble the hand-written literal CVs of the tech corpus into en.jsonl and fr.jsonl.

Each module en_*.py / fr_*.py holds a list CVS of dicts written by hand:
  id, text, s (list of (category, span)), keep, contact.
Nothing here generates text; it only serialises.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def load(prefix):
    out = []
    for p in sorted(HERE.glob(prefix + "_*.py")):
        out.extend(importlib.import_module(p.stem).CVS)
    return out


def main():
    for lang in ("en", "fr"):
        rows = []
        for cv in load(lang):
            rows.append({
                "id": cv["id"],
                "lang": lang,
                "text": cv["text"].strip(),
                "sensitive": [{"category": c, "text": t} for c, t in cv["s"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            })
        with open(HERE.parent / (lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
