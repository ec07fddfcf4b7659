"""Assemble the hand-typed CVs into en.jsonl / fr.jsonl (adds ids, nothing else)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import en_1, en_2, en_3, en_4, fr_1, fr_2, fr_3, fr_4  # noqa: E402


def write(lang, modules):
    rows = []
    for mod in modules:
        rows.extend(mod.CVS)
    out = HERE.parent / f"{lang}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, cv in enumerate(rows, 1):
            rec = {
                "id": f"care-{lang}-{i:03d}",
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": c, "text": t} for c, t in cv["sensitive"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            }
            for s in [x["text"] for x in rec["sensitive"]] + rec["keep"] + rec["contact"]:
                if s not in rec["text"]:
                    print(f"{rec['id']}: not found: {s!r}")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(lang, len(rows))


write("en", [en_1, en_2, en_3, en_4])
write("fr", [fr_1, fr_2, fr_3, fr_4])
