"""Assemble the hand-typed CVs in en_cvs.py / fr_cvs.py into JSON lines.

Inline marks in the literal texts: [[X:...]] where X is
H health, R religious_belief, P political_opinion, U trade_union, E ethnic_origin,
S sexual_orientation, C criminal_record, G genetic_biometric, D date_of_birth_age,
F family_status, K keep, N contact. The marks are stripped; nothing is generated.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CATS = {"H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
        "E": "ethnic_origin", "S": "sexual_orientation", "C": "criminal_record",
        "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status"}
MARK = re.compile(r"\[\[([A-Z]):(.+?)\]\]", re.S)


def parse(raw):
    sens, keep, contact = [], [], []
    def sub(m):
        code, s = m.group(1), m.group(2)
        if code == "K":
            if s not in keep:
                keep.append(s)
        elif code == "N":
            if s not in contact:
                contact.append(s)
        else:
            sens.append({"category": CATS[code], "text": s})
        return s
    text = MARK.sub(sub, raw.strip("\n"))
    return text, sens, keep, contact


def main():
    import en_cvs, fr_cvs
    out = HERE.parent
    for lang, mod in (("en", en_cvs), ("fr", fr_cvs)):
        with open(out / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for i, raw in enumerate(mod.CVS, 1):
                text, sens, keep, contact = parse(raw)
                rec = {"id": f"hospitality-{lang}-{i:03d}", "lang": lang, "text": text,
                       "sensitive": sens, "keep": keep, "contact": contact}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
