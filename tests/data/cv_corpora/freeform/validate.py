"""Validate the freeform CV corpus (en.jsonl, fr.jsonl) and print per-category counts.

Checks: valid JSON per line, required keys, unique ids, known categories, every labelled
string is an exact substring of the text, no two labelled occurrences overlap (sensitive vs
keep vs contact, and sensitive vs sensitive), keep count per CV, and per-language minimums.
Exit code 1 on any error. Usage: python validate.py [--markdown]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = ["health", "religious_belief", "political_opinion", "trade_union", "ethnic_origin",
              "sexual_orientation", "criminal_record", "genetic_biometric", "date_of_birth_age",
              "family_status"]
MIN_PER_CATEGORY = 8
EXPECTED_CVS = 40
KEEP_RANGE = (6, 12)


def occurrences(text: str, span: str) -> list[tuple[int, int]]:
    out, start = [], text.find(span)
    while start != -1:
        out.append((start, start + len(span)))
        start = text.find(span, start + 1)
    return out


def check_record(rec: dict, lang: str, errors: list[str]) -> None:
    rid = rec.get("id", "?")
    for key in ("id", "lang", "text", "sensitive", "keep", "contact"):
        if key not in rec:
            errors.append(f"{rid}: missing key {key}")
            return
    if rec["lang"] != lang:
        errors.append(f"{rid}: lang {rec['lang']} != {lang}")
    text = rec["text"]
    labelled: list[tuple[str, str]] = []
    for item in rec["sensitive"]:
        if item.get("category") not in CATEGORIES:
            errors.append(f"{rid}: unknown category {item.get('category')}")
        labelled.append((f"sensitive/{item.get('category')}", item.get("text", "")))
    labelled += [("keep", k) for k in rec["keep"]] + [("contact", c) for c in rec["contact"]]
    spans: list[tuple[int, int, str, str]] = []
    for kind, span in labelled:
        if not span or not span.strip():
            errors.append(f"{rid}: empty {kind} span")
            continue
        occ = occurrences(text, span)
        if not occ:
            errors.append(f"{rid}: {kind} {span!r} is not a substring of text")
        spans += [(s, e, kind, span) for s, e in occ]
    spans.sort()
    for i, (s1, e1, k1, t1) in enumerate(spans):
        for s2, e2, k2, t2 in spans[i + 1:]:
            if s2 >= e1:
                break
            if t1 == t2 and s1 == s2:
                continue
            errors.append(f"{rid}: overlap {k1} {t1!r} / {k2} {t2!r}")
    if not KEEP_RANGE[0] <= len(rec["keep"]) <= KEEP_RANGE[1]:
        errors.append(f"{rid}: {len(rec['keep'])} keep strings, want {KEEP_RANGE}")


def main() -> int:
    errors: list[str] = []
    counts: dict[str, Counter] = {}
    per_cv: dict[str, Counter] = {}
    seen: set[str] = set()
    for lang in ("en", "fr"):
        path = HERE / f"{lang}.jsonl"
        counts[lang], per_cv[lang] = Counter(), Counter()
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) != EXPECTED_CVS:
            errors.append(f"{lang}: {len(lines)} CVs, want {EXPECTED_CVS}")
        for n, line in enumerate(lines, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{path.name}:{n}: invalid JSON ({exc})")
                continue
            if rec.get("id") in seen:
                errors.append(f"{rec.get('id')}: duplicate id")
            seen.add(rec.get("id"))
            check_record(rec, lang, errors)
            for item in rec.get("sensitive", []):
                counts[lang][item.get("category")] += 1
            counts[lang]["keep"] += len(rec.get("keep", []))
            counts[lang]["contact"] += len(rec.get("contact", []))
            n_sens = len(rec.get("sensitive", []))
            per_cv[lang]["0" if n_sens == 0 else "1" if n_sens == 1 else
                         "2-5" if n_sens <= 5 else "6+"] += 1
        for cat in CATEGORIES:
            if counts[lang][cat] < MIN_PER_CATEGORY:
                errors.append(f"{lang}: {cat} has {counts[lang][cat]} spans, want >= {MIN_PER_CATEGORY}")

    rows = CATEGORIES + ["keep", "contact"]
    print("| category | en | fr | total |")
    print("|---|---:|---:|---:|")
    for cat in rows:
        en, fr = counts["en"][cat], counts["fr"][cat]
        print(f"| {cat} | {en} | {fr} | {en + fr} |")
    sen = {lang: sum(counts[lang][c] for c in CATEGORIES) for lang in counts}
    print(f"| **all sensitive** | {sen['en']} | {sen['fr']} | {sen['en'] + sen['fr']} |")
    print()
    print("| sensitive spans per CV | en | fr |")
    print("|---|---:|---:|")
    for bucket in ("0", "1", "2-5", "6+"):
        print(f"| {bucket} | {per_cv['en'][bucket]} | {per_cv['fr'][bucket]} |")
    if errors:
        print("\nERRORS:", file=sys.stderr)
        for err in errors:
            print("  " + err, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
