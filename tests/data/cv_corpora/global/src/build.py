"""Assemble the hand-written CVs of the `global` corpus into en.jsonl / fr.jsonl.

Each module in this folder holds literal CV texts with their labels; nothing is generated.
"""
import importlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
MODULES = {"en": ["en_a", "en_b", "en_c", "en_d"], "fr": ["fr_a", "fr_b", "fr_c", "fr_d"]}


def main():
    for lang, mods in MODULES.items():
        rows = []
        for m in mods:
            try:
                mod = importlib.import_module(m)
            except ModuleNotFoundError:
                continue
            for cv in mod.CVS:
                rows.append({
                    "id": f"global-{lang}-{cv['n']:03d}",
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
    main()
