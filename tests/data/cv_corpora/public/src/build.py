"""Assemble the hand-written CVs of the `public` corpus into en.jsonl and fr.jsonl.

Each module below holds a list CVS of literal, hand-written CVs; this script only
numbers them and writes one JSON object per line.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PARTS = {"en": ["en_a", "en_b", "en_c", "en_d"], "fr": ["fr_a", "fr_b", "fr_c", "fr_d"]}


def main():
    for lang, modules in PARTS.items():
        rows = []
        for name in modules:
            try:
                mod = importlib.import_module(name)
            except ModuleNotFoundError:
                continue
            rows.extend(mod.CVS)
        out = HERE.parent / f"{lang}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for i, cv in enumerate(rows, 1):
                obj = {
                    "id": f"public-{lang}-{i:03d}",
                    "lang": lang,
                    "text": cv["text"].strip("\n"),
                    "sensitive": [{"category": c, "text": t} for c, t in cv["sensitive"]],
                    "keep": list(cv["keep"]),
                    "contact": list(cv["contact"]),
                }
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
