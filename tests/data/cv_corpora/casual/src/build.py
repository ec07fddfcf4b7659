"""Assemble the hand-written casual CVs (literal texts in en_*.py / fr_*.py) into en.jsonl / fr.jsonl.

Nothing is generated: each module holds a list CVS of hand-written records in file order;
this script only numbers them, expands the category codes and checks the labels
(exact substrings, sensitive strings unique, no labelled string overlapping another).
Usage: python tests/data/cv_corpora/casual/src/build.py
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CODES = {"H": "health", "R": "religious_belief", "P": "political_opinion", "T": "trade_union",
         "E": "ethnic_origin", "S": "sexual_orientation", "C": "criminal_record",
         "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CVS


def occ(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def check(rid, rec, errors):
    text = rec["text"]
    spans = []
    for cat, s in rec["sensitive"]:
        o = occ(text, s)
        if len(o) != 1:
            errors.append(f"{rid}: sensitive {s!r} occurs {len(o)} times")
        spans += [(a, b, "S", s) for a, b in o]
    for kind in ("keep", "contact"):
        for s in rec[kind]:
            o = occ(text, s)
            if not o:
                errors.append(f"{rid}: {kind} {s!r} not in text")
            spans += [(a, b, kind[0].upper(), s) for a, b in o]
    spans.sort()
    for i, (a, b, k, s) in enumerate(spans):
        for a2, b2, k2, s2 in spans[i + 1:]:
            if a2 >= b:
                break
            if s2 != s:
                errors.append(f"{rid}: {k} {s!r} overlaps {k2} {s2!r}")
    n = len(text.split())
    if not 120 <= n <= 500:
        errors.append(f"{rid}: {n} words")
    if not 5 <= len(rec["keep"]) <= 12:
        errors.append(f"{rid}: {len(rec['keep'])} keep strings")


def main():
    errors = []
    for lang in ("en", "fr"):
        recs = []
        for part in (1, 2, 3, 4):
            recs += load(f"{lang}_{part}")
        lines = []
        for n, rec in enumerate(recs, 1):
            rid = f"casual-{lang}-{n:03d}"
            rec = dict(rec, text=rec["text"].strip())
            check(rid, rec, errors)
            lines.append(json.dumps({
                "id": rid, "lang": lang, "text": rec["text"],
                "sensitive": [{"category": CODES[c], "text": s} for c, s in rec["sensitive"]],
                "keep": rec["keep"], "contact": rec["contact"]}, ensure_ascii=False))
        (OUT / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(lang, len(recs), "CVs")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
