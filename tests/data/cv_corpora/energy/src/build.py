#!/usr/bin/env python3
"""Strip inline marks from the hand-typed CV sources and write en.jsonl / fr.jsonl.

Marks: [[X:...]] sensitive span (X = one-letter category code), {{...}} keep, <<...>> contact.
A source file holds several CVs, each starting with a line '=== <id>'.
"""
import json, re, sys, glob, os
from collections import Counter

CODES = {"H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
         "E": "ethnic_origin", "S": "sexual_orientation", "C": "criminal_record",
         "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status"}
TOK = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def parse(raw):
    text, sens, keep, contact = [], [], [], []
    pos = 0; n = 0
    for m in TOK.finditer(raw):
        text.append(raw[pos:m.start()])
        if m.group(1):
            sens.append({"category": CODES[m.group(1)], "text": m.group(2)}); text.append(m.group(2))
        elif m.group(3) is not None:
            keep.append(m.group(3)); text.append(m.group(3))
        else:
            contact.append(m.group(4)); text.append(m.group(4))
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text).strip("\n")
    assert "[[" not in t and "{{" not in t and "<<" not in t and "]]" not in t and "}}" not in t and ">>" not in t, t[:80]
    dedup = lambda xs: list(dict.fromkeys(xs))
    return t, sens, dedup(keep), dedup(contact)

def occ(t, s):
    i = t.find(s); r = []
    while i >= 0:
        r.append((i, i + len(s))); i = t.find(s, i + 1)
    return r

def check(rec):
    t = rec["text"]; errs = []
    labelled = [("S", s["text"]) for s in rec["sensitive"]] + [("K", k) for k in rec["keep"]] + [("C", c) for c in rec["contact"]]
    for s in rec["sensitive"]:
        if len(occ(t, s["text"])) != 1: errs.append("sensitive not once: %r" % s["text"])
    spans = [(a, b, kind, s) for kind, s in labelled for a, b in occ(t, s)]
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            a1, b1, k1, s1 = spans[i]; a2, b2, k2, s2 = spans[j]
            if (a1, b1, s1) == (a2, b2, s2): continue
            if a1 < b2 and a2 < b1 and ("S" in (k1, k2) or {k1, k2} == {"K", "C"}):
                errs.append("overlap %s%r / %s%r" % (k1, s1, k2, s2))
    w = len(t.split())
    if not 120 <= w <= 450: errs.append("words %d" % w)
    if not 6 <= len(rec["keep"]) <= 12: errs.append("keep %d" % len(rec["keep"]))
    return sorted(set(errs))

def main():
    for lang in ("en", "fr"):
        recs = []
        for f in sorted(glob.glob(os.path.join(HERE, lang + "_*.txt"))):
            raw = open(f, encoding="utf-8").read()
            parts = re.split(r"^=== (\S+)\s*$", raw, flags=re.M)
            for i in range(1, len(parts), 2):
                t, s, k, c = parse(parts[i + 1])
                rid = os.path.basename(OUT) + parts[i][len("energy"):]  # checker wants <folder>-<lang>-NNN
                recs.append({"id": rid, "lang": lang, "text": t, "sensitive": s, "keep": k, "contact": c})
        ids = [r["id"] for r in recs]
        assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
        cnt = Counter(); words = []
        for r in recs:
            e = check(r)
            if e: print(r["id"], e)
            cnt.update(s["category"] for s in r["sensitive"]); words.append(len(r["text"].split()))
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in recs: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(recs), "CVs, words %d-%d mean %d" % (min(words), max(words), sum(words) / len(words)) if words else "")
        for c in CODES.values(): print("  %-20s %d" % (c, cnt[c]))
        print("  total", sum(cnt.values()))

if __name__ == "__main__":
    main()
