"""Assemble the hand-typed CVs in en_cvs.py / fr_cvs.py into en.jsonl / fr.jsonl.

Inline marks in the literal texts (removed from the output text):
  [[x:...]]  sensitive span, x = category letter (see CATS)
  {{...}}    keep string
  <<...>>    contact string
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CATS = {
    "h": "health", "r": "religious_belief", "p": "political_opinion",
    "u": "trade_union", "e": "ethnic_origin", "s": "sexual_orientation",
    "c": "criminal_record", "g": "genetic_biometric",
    "a": "date_of_birth_age", "f": "family_status",
}
MARK = re.compile(r"\[\[([a-z]):(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)


def parse(raw):
    text, sens, keep, contact = [], [], [], []
    pos = 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()])
        if m.group(1):
            sens.append({"category": CATS[m.group(1)], "text": m.group(2)})
            text.append(m.group(2))
        elif m.group(3):
            keep.append(m.group(3))
            text.append(m.group(3))
        else:
            contact.append(m.group(4))
            text.append(m.group(4))
        pos = m.end()
    text.append(raw[pos:])
    out = "".join(text).strip("\n")
    for bad in ("[[", "]]", "{{", "}}", "<<", ">>"):
        assert bad not in out, (bad, out[:80])
    dedup = lambda xs: list(dict.fromkeys(xs))
    return out, sens, dedup(keep), dedup(contact)


def build(lang, cvs):
    lines = []
    for i, raw in enumerate(cvs, 1):
        text, sens, keep, contact = parse(raw)
        lines.append(json.dumps({
            "id": f"ngo-{lang}-{i:03d}", "lang": lang, "text": text,
            "sensitive": sens, "keep": keep, "contact": contact,
        }, ensure_ascii=False))
    (HERE.parent / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import en_cvs
    import fr_cvs
    build("en", en_cvs.CVS)
    build("fr", fr_cvs.CVS)
