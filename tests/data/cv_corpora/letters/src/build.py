"""Adds ids to the hand-typed letters and writes en.jsonl / fr.jsonl. Nothing else."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import en_a, en_b, en_c, en_d  # noqa: E402
import fr_a, fr_b, fr_c, fr_d  # noqa: E402


def write(lang, modules):
    rows = []
    for mod in modules:
        rows.extend(mod.CVS)
    out = HERE.parent / f"{lang}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, cv in enumerate(rows, 1):
            rec = {
                "id": f"letters-{lang}-{i:03d}",
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": c, "text": t} for c, t in cv["sensitive"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(rows))


if __name__ == "__main__":
    write("en", [en_a, en_b, en_c, en_d])
    write("fr", [fr_a, fr_b, fr_c, fr_d])
