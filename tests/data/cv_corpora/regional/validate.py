#!/usr/bin/env python3
"""Validate the regional CV corpus (en.jsonl, fr.jsonl) and print label counts.

Checks: valid JSON per line, required fields, unique ids, id/lang agreement,
category names, every labelled string is an exact substring of text, no two
labelled spans overlap (checked over every occurrence of every labelled
string), keep strings do not contain sensitive spans and vice versa, and the
number of keep strings per CV. Exit status 1 on any error.
Usage: python validate.py [--markdown]
"""
import json, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = ["health", "religious_belief", "political_opinion", "trade_union", "ethnic_origin",
              "sexual_orientation", "criminal_record", "genetic_biometric", "date_of_birth_age",
              "family_status"]


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def check_file(path, lang, errors, warnings):
    counts, ids, n = Counter(), set(), 0
    stats = Counter()
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})"); continue
        n += 1
        for key in ("id", "lang", "text", "sensitive", "keep", "contact"):
            if key not in rec:
                errors.append(f"{where}: missing {key}")
        if rec.get("lang") != lang or not str(rec.get("id", "")).startswith(f"regional-{lang}-"):
            errors.append(f"{where}: id/lang mismatch {rec.get('id')} {rec.get('lang')}")
        if rec.get("id") in ids:
            errors.append(f"{where}: duplicate id {rec.get('id')}")
        ids.add(rec.get("id"))
        text = rec.get("text", "")
        where = f"{path.name}:{rec.get('id')}"
        labels = []  # (kind, category, string)
        for s in rec.get("sensitive", []):
            if s.get("category") not in CATEGORIES:
                errors.append(f"{where}: bad category {s.get('category')!r}")
            labels.append(("sensitive", s.get("category"), s.get("text", "")))
            counts[s.get("category")] += 1
        for kind in ("keep", "contact"):
            for t in rec.get(kind, []):
                labels.append((kind, None, t))
        k = len(rec.get("keep", []))
        if not 6 <= k <= 12:
            errors.append(f"{where}: {k} keep strings (want 6-12)")
        nsens = len(rec.get("sensitive", []))
        stats["cvs_without_sensitive" if nsens == 0 else "cvs_with_sensitive"] += 1
        stats["sensitive_2_to_5" if 2 <= nsens <= 5 else "sensitive_other"] += 0 if nsens == 0 else 1
        spans = []
        for kind, cat, t in labels:
            if not t:
                errors.append(f"{where}: empty {kind} string"); continue
            occ = occurrences(text, t)
            if not occ:
                errors.append(f"{where}: {kind} not in text: {t!r}"); continue
            if len(occ) > 1 and kind == "sensitive":
                warnings.append(f"{where}: sensitive string occurs {len(occ)}x: {t!r}")
            spans += [(a, b, kind, t) for a, b in occ]
        spans.sort()
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                a1, b1, k1, t1 = spans[i]
                a2, b2, k2, t2 = spans[j]
                if a2 >= b1:
                    break
                if (a1, b1, t1) == (a2, b2, t2):
                    continue
                errors.append(f"{where}: overlap {k1} {t1!r} / {k2} {t2!r}")
        sens = [t for kind, _, t in labels if kind == "sensitive"]
        for kind, _, t in labels:
            if kind == "keep":
                for s in sens:
                    if s in t or t in s:
                        errors.append(f"{where}: keep {t!r} and sensitive {s!r} nest")
    return n, counts, stats


def main():
    errors, warnings, table = [], [], {}
    for lang in ("en", "fr"):
        path = HERE / f"{lang}.jsonl"
        n, counts, stats = check_file(path, lang, errors, warnings)
        table[lang] = (n, counts, stats)
    md = "--markdown" in sys.argv
    print(("| category | en | fr |\n|---|---:|---:|") if md else f"{'category':22} {'en':>4} {'fr':>4}")
    for c in CATEGORIES + ["TOTAL"]:
        v = [sum(table[l][1].values()) if c == "TOTAL" else table[l][1][c] for l in ("en", "fr")]
        print(f"| {c} | {v[0]} | {v[1]} |" if md else f"{c:22} {v[0]:>4} {v[1]:>4}")
    for l in ("en", "fr"):
        n, _, st = table[l]
        print(f"{l}: {n} CVs, {st['cvs_without_sensitive']} without sensitive mentions, "
              f"{st['sensitive_2_to_5']} with 2-5, {st['sensitive_other']} with 1 or 6+")
    for c in CATEGORIES:
        for l in ("en", "fr"):
            if table[l][1][c] < 8:
                errors.append(f"{l}: only {table[l][1][c]} {c} mentions (want >= 8)")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
