"""Assemble the hand-written CVs into en.jsonl and fr.jsonl (no generation here)."""
import json
import os

import en_a, en_b, fr_a, fr_b

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def write(lang, cvs):
    path = os.path.join(OUT, f"{lang}.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for cv in cvs:
            rec = {
                "id": f"rural-{lang}-{cv['n']:03d}",
                "lang": lang,
                "text": cv["text"].strip("\n"),
                "sensitive": [{"category": c, "text": t} for c, t in cv["s"]],
                "keep": cv["keep"],
                "contact": cv["contact"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("en", en_a.CVS + en_b.CVS)
    write("fr", fr_a.CVS + fr_b.CVS)
