"""Assemble the hand-typed CVs into en.jsonl / fr.jsonl.

Each CV in en_*.py / fr_*.py is a literal text with inline marks typed by hand:
  [[X|text]]  sensitive span, X = one-letter category code (see CODES)
  {{text}}    keep string
  <<text>>    contact string
This script only strips the marks and records the labels; it fills no templates.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CODES = {
    "H": "health", "R": "religious_belief", "P": "political_opinion",
    "U": "trade_union", "E": "ethnic_origin", "S": "sexual_orientation",
    "C": "criminal_record", "G": "genetic_biometric", "D": "date_of_birth_age",
    "F": "family_status",
}
MARK = re.compile(r"\[\[([A-Z])\|(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)


def parse(raw):
    out, sens, keep, contact, pos = [], [], [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1):
            sens.append({"category": CODES[m.group(1)], "text": m.group(2)})
            out.append(m.group(2))
        elif m.group(3):
            keep.append(m.group(3))
            out.append(m.group(3))
        else:
            contact.append(m.group(4))
            out.append(m.group(4))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out).strip("\n")
    for tok in ("[[", "]]", "{{", "}}", "<<", ">>"):
        assert tok not in text, (tok, text[:80])
    dedup = lambda xs: list(dict.fromkeys(xs))
    return text, sens, dedup(keep), dedup(contact)


def build(lang, modules):
    rows = []
    for modname in modules:
        mod = __import__(modname)
        rows.extend(mod.CVS)
    path = HERE.parent / f"{lang}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, raw in enumerate(rows, 1):
            text, sens, keep, contact = parse(raw)
            fh.write(json.dumps({"id": f"students-{lang}-{i:03d}", "lang": lang, "text": text,
                                 "sensitive": sens, "keep": keep, "contact": contact},
                                ensure_ascii=False) + "\n")
    print(lang, len(rows))


if __name__ == "__main__":
    build("en", ["en_a", "en_b"])
    build("fr", ["fr_a", "fr_b"])
