"""Assemble hand-typed CV texts into JSON lines.

Each CV in en_*.py / fr_*.py is a literal text with inline marks:
{k|...} keep string, {c|...} contact string, {<cat>|...} sensitive span where
<cat> is one of the abbreviations below. The marks are stripped; nothing is
generated or filled from lists.
"""
import json, re, sys, pathlib, importlib

CATS = {"hea": "health", "rel": "religious_belief", "pol": "political_opinion",
        "tu": "trade_union", "eth": "ethnic_origin", "sex": "sexual_orientation",
        "cri": "criminal_record", "gen": "genetic_biometric",
        "age": "date_of_birth_age", "fam": "family_status"}
MARK = re.compile(r"\{(k|c|hea|rel|pol|tu|eth|sex|cri|gen|age|fam)\|([^{}]*)\}")

def parse(cid, lang, raw):
    sens, keep, contact = [], [], []
    def sub(m):
        tag, s = m.group(1), m.group(2)
        if tag == "k":
            if s not in keep: keep.append(s)
        elif tag == "c":
            if s not in contact: contact.append(s)
        else:
            sens.append({"category": CATS[tag], "text": s})
        return s
    text = MARK.sub(sub, raw.strip("\n"))
    assert "{" not in text and "}" not in text, cid
    return {"id": cid, "lang": lang, "text": text, "sensitive": sens,
            "keep": keep, "contact": contact}

here = pathlib.Path(__file__).parent
sys.path.insert(0, str(here))
for lang, mods in (("en", ["en_a", "en_b"]), ("fr", ["fr_a", "fr_b"])):
    rows = []
    for m in mods:
        try:
            rows += importlib.import_module(m).CVS
        except ModuleNotFoundError:
            continue
    out = [parse(f"sports-{lang}-{i:03d}", lang, t) for i, t in enumerate(rows, 1)]
    with open(here.parent / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(lang, len(out))
