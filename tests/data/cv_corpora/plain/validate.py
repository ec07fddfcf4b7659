#!/usr/bin/env python3
"""Validate the plain CV corpus (en.jsonl, fr.jsonl) and print span counts.

Checks: valid JSON, required fields, unique ids, id/lang agreement, category names,
every labelled string an exact substring of text, no two labelled spans overlapping
(over every occurrence of every string), no keep string containing or contained in a
sensitive span, 5-10 keep strings per CV, and minimum mentions per category
(25 en, 15 fr). Exits 1 on any error. `--markdown` prints the counts as a table.
"""
import json
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["health", "religious_belief", "political_opinion", "trade_union",
              "ethnic_origin", "sexual_orientation", "criminal_record",
              "genetic_biometric", "date_of_birth_age", "family_status"]
MINIMUM = {"en": 25, "fr": 15}
EXPECTED_CVS = {"en": 50, "fr": 30}
HERE = Path(__file__).resolve().parent


def occurrences(text, s):
    out, start = [], 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return out
        out.append((i, i + len(s)))
        start = i + 1


def check_cv(cv, lang, errors, warnings):
    cid = cv.get("id", "?")
    for field in ("id", "lang", "text", "sensitive", "keep", "contact"):
        if field not in cv:
            errors.append(f"{cid}: missing field {field}")
            return
    if cv["lang"] != lang or not cid.startswith(f"plain-{lang}-"):
        errors.append(f"{cid}: id/lang mismatch ({cv['lang']} in {lang}.jsonl)")
    text = cv["text"]
    labelled = []  # (kind, string)
    for s in cv["sensitive"]:
        if set(s) != {"category", "text"}:
            errors.append(f"{cid}: bad sensitive entry {s}")
            continue
        if s["category"] not in CATEGORIES:
            errors.append(f"{cid}: unknown category {s['category']!r}")
        labelled.append(("sensitive", s["text"]))
    labelled += [("keep", k) for k in cv["keep"]]
    labelled += [("contact", c) for c in cv["contact"]]
    if not 5 <= len(cv["keep"]) <= 10:
        errors.append(f"{cid}: {len(cv['keep'])} keep strings (want 5-10)")
    spans = []
    for kind, s in labelled:
        if not isinstance(s, str) or not s.strip():
            errors.append(f"{cid}: empty {kind} string")
            continue
        occ = occurrences(text, s)
        if not occ:
            errors.append(f"{cid}: {kind} not in text: {s!r}")
        elif kind == "sensitive" and len(occ) > 1:
            warnings.append(f"{cid}: sensitive string occurs {len(occ)} times: {s!r}")
        spans += [(a, b, kind, s) for a, b in occ]
    spans.sort()
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            if spans[j][0] >= spans[i][1]:
                break
            errors.append(f"{cid}: overlap {spans[i][2]} {spans[i][3]!r} / "
                          f"{spans[j][2]} {spans[j][3]!r}")
    sens = [s["text"] for s in cv["sensitive"]]
    for k in cv["keep"]:
        for s in sens:
            if k in s or s in k:
                errors.append(f"{cid}: keep {k!r} nests with sensitive {s!r}")


def main():
    errors, warnings = [], []
    counts = {lang: Counter() for lang in MINIMUM}
    ncv = Counter()
    nkeep, ncontact = Counter(), Counter()
    ids = set()
    for lang in MINIMUM:
        path = HERE / f"{lang}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                cv = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path.name}:{n}: bad JSON: {e}")
                continue
            if cv.get("id") in ids:
                errors.append(f"duplicate id {cv.get('id')}")
            ids.add(cv.get("id"))
            ncv[lang] += 1
            check_cv(cv, lang, errors, warnings)
            for s in cv.get("sensitive", []):
                counts[lang][s.get("category")] += 1
            nkeep[lang] += len(cv.get("keep", []))
            ncontact[lang] += len(cv.get("contact", []))
        if ncv[lang] != EXPECTED_CVS[lang]:
            warnings.append(f"{lang}: {ncv[lang]} CVs (expected {EXPECTED_CVS[lang]})")
        for c in CATEGORIES:
            if counts[lang][c] < MINIMUM[lang]:
                errors.append(f"{lang}: only {counts[lang][c]} {c} mentions "
                              f"(want >= {MINIMUM[lang]})")
    md = "--markdown" in sys.argv
    if md:
        print("| category | en | fr |\n|---|---:|---:|")
    for c in CATEGORIES + ["TOTAL"]:
        row = [sum(counts[l].values()) if c == "TOTAL" else counts[l][c] for l in MINIMUM]
        print(f"| {c} | {row[0]} | {row[1]} |" if md else f"{c:20} en={row[0]:4} fr={row[1]:4}")
    print(f"CVs: en={ncv['en']} fr={ncv['fr']}; keep: en={nkeep['en']} fr={nkeep['fr']}; "
          f"contact: en={ncontact['en']} fr={ncontact['fr']}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
