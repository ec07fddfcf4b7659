"""Check a labelled CV corpus folder before anyone scores the sanitiser on it.

A corpus is only a fair yardstick if its labels can be found: every labelled string must be
an exact substring of its CV, a sensitive span may overlap no other labelled string (a keep
string inside a sensitive span could never be both removed and kept), nor may a keep string
overlap a contact string, ids must be unique and say their
language. One checker for every corpus, so a new writer gets the same rules as the old ones.

    python -m anonymiser.corpus_check tests/data/cv_corpora/<name> [--markdown]
        [--min-spans 25,15] [--words 100-600] [--keep 5-12]

Prints the span counts per category and language; exits 1 on any error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = (
    "health", "religious_belief", "political_opinion", "trade_union", "ethnic_origin",
    "sexual_orientation", "criminal_record", "genetic_biometric", "date_of_birth_age",
    "family_status",
)
LANGS = ("en", "fr")
FIELDS = ("id", "lang", "text", "sensitive", "keep", "contact")


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    spans: dict[str, Counter] = field(default_factory=lambda: {lang: Counter() for lang in LANGS})
    cvs: Counter = field(default_factory=Counter)
    keep: Counter = field(default_factory=Counter)
    contact: Counter = field(default_factory=Counter)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    found, start = [], 0
    while (at := text.find(needle, start)) >= 0:
        found.append((at, at + len(needle)))
        start = at + 1
    return found


def check_cv(cv: dict, lang: str, prefix: str, report: Report,
             words: tuple[int, int], keep: tuple[int, int]) -> None:
    """Append to ``report`` what is wrong with one CV (errors) or worth a look (warnings)."""
    cid = cv.get("id", "?")
    missing = [f for f in FIELDS if f not in cv]
    if missing:
        report.errors.append(f"{cid}: missing field(s) {', '.join(missing)}")
        return
    if cv["lang"] != lang or not re.fullmatch(rf"{re.escape(prefix)}-{lang}-\d{{2,4}}", cid):
        report.errors.append(f"{cid}: id or lang does not match {prefix}-{lang}-NNN (lang={cv['lang']!r})")
    text = cv["text"]
    n_words = len(text.split())
    if not words[0] <= n_words <= words[1]:
        report.errors.append(f"{cid}: {n_words} words (want {words[0]}-{words[1]})")
    if not keep[0] <= len(cv["keep"]) <= keep[1]:
        report.errors.append(f"{cid}: {len(cv['keep'])} keep strings (want {keep[0]}-{keep[1]})")
    labelled: list[tuple[str, object]] = []
    for span in cv["sensitive"]:
        if not isinstance(span, dict) or set(span) != {"category", "text"}:
            report.errors.append(f"{cid}: a sensitive entry is not {{category, text}}: {span!r}")
            continue
        if span["category"] not in CATEGORIES:
            report.errors.append(f"{cid}: unknown category {span['category']!r}")
        labelled.append(("sensitive", span["text"]))
    labelled += [("keep", k) for k in cv["keep"]] + [("contact", c) for c in cv["contact"]]
    placed, seen = [], set()
    for kind, string in labelled:
        if not isinstance(string, str) or not string.strip():
            report.errors.append(f"{cid}: empty {kind} string")
            continue
        if string in seen:
            report.errors.append(f"{cid}: string labelled twice: {string!r}")
            continue
        seen.add(string)
        found = _occurrences(text, string)
        if not found:
            report.errors.append(f"{cid}: {kind} string not in text: {string!r}")
        elif kind == "sensitive" and len(found) > 1:
            report.warnings.append(f"{cid}: sensitive string occurs {len(found)} times: {string!r}")
        placed += [(a, b, kind, string) for a, b in found]
    placed.sort()
    for i, (a, b, kind, string) in enumerate(placed):
        for a2, _b2, kind2, string2 in placed[i + 1:]:
            if a2 >= b:
                break
            if kind == kind2 != "sensitive":  # "Site Manager" inside "Assistant Site Manager": both kept
                continue
            report.errors.append(f"{cid}: {kind} {string!r} overlaps {kind2} {string2!r}")


def check_corpus(folder: Path, min_spans: dict[str, int] | None = None,
                 words: tuple[int, int] = (60, 700), keep: tuple[int, int] = (3, 14)) -> Report:
    """Check ``folder/en.jsonl`` and ``folder/fr.jsonl``; ids are ``<folder name>-<lang>-NNN``."""
    report, ids = Report(), set()
    for lang in LANGS:
        path = folder / f"{lang}.jsonl"
        if not path.exists():
            report.errors.append(f"{path}: missing")
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                cv = json.loads(line)
            except json.JSONDecodeError as exc:
                report.errors.append(f"{path.name}:{lineno}: not valid JSON ({exc.msg})")
                continue
            if cv.get("id") in ids:
                report.errors.append(f"{path.name}:{lineno}: duplicate id {cv.get('id')!r}")
            ids.add(cv.get("id"))
            check_cv(cv, lang, folder.name, report, words, keep)
            report.cvs[lang] += 1
            report.keep[lang] += len(cv.get("keep", []))
            report.contact[lang] += len(cv.get("contact", []))
            for span in cv.get("sensitive", []):
                if isinstance(span, dict):
                    report.spans[lang][span.get("category")] += 1
    for lang, floor in (min_spans or {}).items():
        for category in CATEGORIES:
            if report.spans[lang][category] < floor:
                report.errors.append(f"{lang}: {report.spans[lang][category]} {category} spans (want >= {floor})")
    return report


def counts_table(report: Report, markdown: bool = False) -> str:
    rows = [(c, report.spans["en"][c], report.spans["fr"][c]) for c in CATEGORIES]
    rows.append(("TOTAL", sum(report.spans["en"].values()), sum(report.spans["fr"].values())))
    if markdown:
        return "\n".join(["| category | en | fr |", "|---|---:|---:|"] + [f"| {c} | {en} | {fr} |" for c, en, fr in rows])
    return "\n".join([f"{'category':20} {'en':>5} {'fr':>5}"] + [f"{c:20} {en:5} {fr:5}" for c, en, fr in rows])


def _pair(text: str, sep: str) -> tuple[int, int]:
    low, high = (int(x) for x in text.split(sep))
    return low, high


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anonymiser.corpus_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="corpus folder holding en.jsonl and fr.jsonl")
    parser.add_argument("--markdown", action="store_true", help="print the counts as a Markdown table")
    parser.add_argument("--min-spans", default=None, metavar="EN,FR", help="least spans per category and language, e.g. 25,15")
    parser.add_argument("--words", default="60-700", metavar="LOW-HIGH", help="words per CV (default 60-700)")
    parser.add_argument("--keep", default="3-14", metavar="LOW-HIGH", help="keep strings per CV (default 3-14)")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder} is not a folder")
    min_spans = dict(zip(LANGS, _pair(args.min_spans, ","))) if args.min_spans else None
    report = check_corpus(args.folder, min_spans, _pair(args.words, "-"), _pair(args.keep, "-"))
    print(counts_table(report, args.markdown))
    for lang in LANGS:
        print(f"{lang}: {report.cvs[lang]} CVs, {report.keep[lang]} keep strings, {report.contact[lang]} contact strings")
    for warning in report.warnings:
        print("WARNING", warning)
    for error in report.errors:
        print("ERROR", error)
    print(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
