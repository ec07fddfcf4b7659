"""Validate the sectors CV corpus (en.jsonl, fr.jsonl).

Checks: valid JSON, required fields, unique ids, id/lang agreement, category names,
every labelled string an exact substring of text, no two labelled spans overlapping
(over every occurrence of every sensitive, contact and keep string), no keep string
containing or contained in a sensitive span, 6-12 keep strings, 150-450 words, and at
least MIN[lang] spans per category. Prints the counts table; exits 1 on any error.
Usage: python validate.py [--markdown]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATS = ["health", "religious_belief", "political_opinion", "trade_union", "ethnic_origin",
        "sexual_orientation", "criminal_record", "genetic_biometric", "date_of_birth_age",
        "family_status"]
MIN = {"en": 25, "fr": 15}
FILES = {"en": "en.jsonl", "fr": "fr.jsonl"}


def occurrences(text, s):
    out, start = [], 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return out
        out.append((i, i + len(s)))
        start = i + 1


def check_record(rec, lang, errors, warnings):
    rid = rec.get("id", "?")
    for f in ("id", "lang", "text", "sensitive", "keep", "contact"):
        if f not in rec:
            errors.append(f"{rid}: missing field {f}")
            return
    if rec["lang"] != lang or not re.fullmatch(rf"sectors-{lang}-\d{{3}}", rid):
        errors.append(f"{rid}: id/lang mismatch ({rec['lang']})")
    text = rec["text"]
    words = len(text.split())
    if not 150 <= words <= 450:
        errors.append(f"{rid}: {words} words (want 150-450)")
    if not 6 <= len(rec["keep"]) <= 12:
        errors.append(f"{rid}: {len(rec['keep'])} keep strings (want 6-12)")
    labelled = []  # (kind, string)
    for s in rec["sensitive"]:
        if set(s) != {"category", "text"}:
            errors.append(f"{rid}: bad sensitive entry {s}")
            continue
        if s["category"] not in CATS:
            errors.append(f"{rid}: unknown category {s['category']}")
        labelled.append(("sensitive", s["text"]))
    labelled += [("keep", k) for k in rec["keep"]] + [("contact", c) for c in rec["contact"]]
    spans = []
    seen = set()
    for kind, s in labelled:
        if not isinstance(s, str) or not s.strip():
            errors.append(f"{rid}: empty {kind} string")
            continue
        if s in seen:
            errors.append(f"{rid}: string labelled twice: {s!r}")
            continue
        seen.add(s)
        occ = occurrences(text, s)
        if not occ:
            errors.append(f"{rid}: {kind} not in text: {s!r}")
        if kind == "sensitive" and len(occ) > 1:
            warnings.append(f"{rid}: sensitive string occurs {len(occ)} times: {s!r}")
        spans += [(a, b, kind, s) for a, b in occ]
    spans.sort()
    for i, (a, b, k, s) in enumerate(spans):
        for a2, b2, k2, s2 in spans[i + 1:]:
            if a2 >= b:
                break
            errors.append(f"{rid}: overlap {k} {s!r} / {k2} {s2!r}")
    sens = [s["text"] for s in rec["sensitive"]]
    for k in rec["keep"]:
        for s in sens:
            if k in s or s in k:
                errors.append(f"{rid}: keep {k!r} nests with sensitive {s!r}")


def main():
    errors, warnings = [], []
    counts = {lang: Counter() for lang in FILES}
    stats = {}
    ids = set()
    for lang, name in FILES.items():
        n = nk = nc = 0
        for ln, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{ln}: bad JSON {e}")
                continue
            if rec.get("id") in ids:
                errors.append(f"duplicate id {rec.get('id')}")
            ids.add(rec.get("id"))
            check_record(rec, lang, errors, warnings)
            n += 1
            nk += len(rec.get("keep", []))
            nc += len(rec.get("contact", []))
            for s in rec.get("sensitive", []):
                counts[lang][s.get("category")] += 1
        stats[lang] = (n, nk, nc)
    for lang in FILES:
        for c in CATS:
            if counts[lang][c] < MIN[lang]:
                errors.append(f"{lang}: only {counts[lang][c]} {c} spans (want {MIN[lang]})")
    md = "--markdown" in sys.argv
    print("| category | en | fr |\n|---|---:|---:|" if md else f"{'category':20} {'en':>5} {'fr':>5}")
    for c in CATS + ["TOTAL"]:
        en = sum(counts['en'].values()) if c == "TOTAL" else counts['en'][c]
        fr = sum(counts['fr'].values()) if c == "TOTAL" else counts['fr'][c]
        print(f"| {c} | {en} | {fr} |" if md else f"{c:20} {en:5} {fr:5}")
    for lang, (n, nk, nc) in stats.items():
        print(f"{lang}: {n} CVs, {nk} keep strings, {nc} contact strings")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
