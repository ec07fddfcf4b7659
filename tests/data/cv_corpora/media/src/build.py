"""Assemble hand-typed CV texts into JSON lines.

Each CV in en_*.py / fr_*.py is a literal string in which labelled spans are
marked inline as {{tag|text}}; this script only strips the marks and records
the spans. tags: K keep, C contact, and a sensitive category code.
"""
import json, re, sys, importlib
from pathlib import Path

CATS = {"hea": "health", "rel": "religious_belief", "pol": "political_opinion",
        "tu": "trade_union", "eth": "ethnic_origin", "sex": "sexual_orientation",
        "crim": "criminal_record", "gen": "genetic_biometric",
        "age": "date_of_birth_age", "fam": "family_status"}
MARK = re.compile(r"\{\{(\w+)\|(.*?)\}\}", re.S)

def parse(src):
    sens, keep, contact = [], [], []
    def rep(m):
        tag, s = m.group(1), m.group(2)
        if tag == "K":
            keep.append(s)
        elif tag == "C":
            if s not in contact:
                contact.append(s)
        else:
            sens.append({"category": CATS[tag], "text": s})
        return s
    text = MARK.sub(rep, src.strip("\n"))
    # de-duplicate keep while preserving order
    k2 = []
    for k in keep:
        if k not in k2:
            k2.append(k)
    return text, sens, k2, contact

here = Path(__file__).parent
sys.path.insert(0, str(here))
for lang in ("en", "fr"):
    cvs = []
    for mod in sorted(here.glob(f"{lang}_*.py")):
        cvs += importlib.import_module(mod.stem).CVS
    with open(here.parent / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for i, src in enumerate(cvs, 1):
            text, sens, keep, contact = parse(src)
            f.write(json.dumps({"id": f"media-{lang}-{i:03d}", "lang": lang, "text": text,
                                "sensitive": sens, "keep": keep, "contact": contact},
                               ensure_ascii=False) + "\n")
    print(lang, len(cvs))
