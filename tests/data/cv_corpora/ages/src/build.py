"""Assemble the hand-written CVs of the `ages` corpus into en.jsonl and fr.jsonl.

Each CV is one literal text written by hand in en_young.py, en_old.py, fr_young.py
and fr_old.py. Labelled strings are marked inline as [[X:...]] so that every label
is an exact substring by construction; this script only strips the markers:

  H health  R religious_belief  P political_opinion  U trade_union
  E ethnic_origin  S sexual_orientation  C criminal_record  G genetic_biometric
  A date_of_birth_age  F family_status  K keep  N contact
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CATS = {
    "H": "health", "R": "religious_belief", "P": "political_opinion",
    "U": "trade_union", "E": "ethnic_origin", "S": "sexual_orientation",
    "C": "criminal_record", "G": "genetic_biometric", "A": "date_of_birth_age",
    "F": "family_status",
}
MARK = re.compile(r"\[\[([A-Z]):(.*?)\]\]", re.S)


def parse(cv_id, lang, marked):
    text, sensitive, keep, contact = [], [], [], []
    pos = 0
    for m in MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        code, inner = m.group(1), m.group(2)
        text.append(inner)
        pos = m.end()
        if code == "K":
            keep.append(inner)
        elif code == "N":
            contact.append(inner)
        elif code in CATS:
            sensitive.append({"category": CATS[code], "text": inner})
        else:
            raise ValueError(f"{cv_id}: unknown code {code}")
    text.append(marked[pos:])
    body = "".join(text).strip("\n")
    if "[[" in body or "]]" in body:
        raise ValueError(f"{cv_id}: stray marker")
    return {"id": cv_id, "lang": lang, "text": body, "sensitive": sensitive,
            "keep": keep, "contact": contact}


def main():
    import en_young, en_old, fr_young, fr_old
    out = HERE.parent
    for lang, mods in (("en", (en_young, en_old)), ("fr", (fr_young, fr_old))):
        rows = []
        for mod in mods:
            for num, marked in mod.CVS:
                rows.append(parse(f"ages-{lang}-{num:03d}", lang, marked))
        rows.sort(key=lambda r: r["id"])
        with open(out / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
