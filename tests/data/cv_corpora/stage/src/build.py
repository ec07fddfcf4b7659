"""Assemble the hand-written literal CVs of the `stage` corpus into en.jsonl / fr.jsonl.

Each module below holds a list CVS of (number, text, sensitive, keep, contact) written by
hand; this script only adds ids and writes JSON lines. No templates, no slot filling.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = {
    "en": ["en_a", "en_b", "en_c", "en_d"],
    "fr": ["fr_a", "fr_b", "fr_c", "fr_d"],
}


def main() -> None:
    for lang, mods in MODULES.items():
        rows = []
        for name in mods:
            try:
                mod = __import__(name)
            except ModuleNotFoundError:
                continue
            for num, text, sens, keep, contact in mod.CVS:
                text = text.strip("\n")
                rows.append({
                    "id": f"stage-{lang}-{num}",
                    "lang": lang,
                    "text": text,
                    "sensitive": [{"category": c, "text": t} for c, t in sens],
                    "keep": list(keep),
                    "contact": list(contact),
                })
        rows.sort(key=lambda r: r["id"])
        out = HERE.parent / f"{lang}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
