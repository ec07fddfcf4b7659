"""Score the CV sanitiser on labelled CVs: recall per category and language, keep-rate,
each with a 95% Wilson confidence interval.

recall(category) = labelled spans of that category that no longer appear in the output
keep-rate        = labelled professional strings still present in the output
overall          = all special-category spans together (contact is reported on its own line)

Usage:
  python -m anonymiser.cv_eval                               # the project's eval set, with misses
  python -m anonymiser.cv_eval --corpus europass --split dev --misses
  python -m anonymiser.cv_eval --corpus all --split test     # independent corpora, test split
  python -m anonymiser.cv_eval --corpus all --split test --log "what changed"   # + dated log entry
  python -m anonymiser.cv_eval FILE.jsonl ...                 # any labelled file (treated as dev)

The test split is scored blind: the tool refuses to print its misses or lost strings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from anonymiser.corpora import OWN_SETS, SPLITS, corpus_names, load_corpus, load_files

DEFAULT_SET = OWN_SETS["eval"]
DOC = Path(__file__).resolve().parents[1] / "docs" / "sanitiser.md"
LANGS = ("en", "fr")
load = load_files  # kept for callers of the previous API


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion (sensible at 0, 1 and small n)."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class Report:
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kept: int = 0
    keep_total: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)   # (cv id, category, span)
    lost: list[tuple[str, str]] = field(default_factory=list)          # (cv id, keep string)
    by_lang: dict[str, "Report"] = field(default_factory=dict)
    cvs: int = 0

    def recall(self, category: str) -> float:
        return self.found[category] / self.total[category] if self.total[category] else 1.0

    @property
    def special_found(self) -> int:
        return sum(v for k, v in self.found.items() if k != "contact")

    @property
    def special_total(self) -> int:
        return sum(v for k, v in self.total.items() if k != "contact")

    @property
    def overall(self) -> float:
        return self.special_found / self.special_total if self.special_total else 1.0

    @property
    def keep_rate(self) -> float:
        return self.kept / self.keep_total if self.keep_total else 1.0

    def lang(self, code: str) -> "Report":
        return self.by_lang.setdefault(code, Report())

    def table(self) -> str:
        """Markdown: one row per category, columns EN / FR / all as `recall [lo-hi] (n)`."""
        parts = [self.by_lang.get(code, Report()) for code in LANGS] + [self]

        def cell(found: int, total: int) -> str:
            if not total:
                return "-"
            lo, hi = wilson(found, total)
            return f"{found / total:.3f} [{lo:.2f}-{hi:.2f}] ({total})"

        rows = ["| category | EN | FR | all |", "|---|---|---|---|"]
        for cat in sorted(c for c in self.total if c != "contact"):
            rows.append(f"| {cat} | " + " | ".join(cell(p.found[cat], p.total[cat]) for p in parts) + " |")
        rows.append("| **overall (special categories)** | "
                    + " | ".join(cell(p.special_found, p.special_total) for p in parts) + " |")
        if self.total["contact"]:
            rows.append("| contact | " + " | ".join(cell(p.found["contact"], p.total["contact"]) for p in parts) + " |")
        rows.append("| **keep-rate** | " + " | ".join(cell(p.kept, p.keep_total) for p in parts) + " |")
        rows.append(f"| CVs | {' | '.join(str(p.cvs) for p in parts)} |")
        return "\n".join(rows)

    def counts(self) -> str:
        """The exact numbers behind the rates, so two logged runs can be compared span by span."""
        return (f"exact: {self.special_found} of {self.special_total} sensitive spans removed, "
                f"{self.kept} of {self.keep_total} professional strings kept, "
                f"{self.found['contact']} of {self.total['contact']} contact items removed")


def score(sanitiser, records: list[dict], options=None) -> Report:  # noqa: ANN001 - CvSanitiser, SanitiserOptions
    report = Report()
    items = [(r["text"], r.get("lang")) for r in records]
    outputs = sanitiser.sanitise_many(items, options) if options is not None else sanitiser.sanitise_many(items)
    for record, out in zip(records, outputs):
        parts = (report, report.lang(record.get("lang") or out.language))
        for part in parts:
            part.cvs += 1
        for item in record.get("sensitive", []):
            removed = item["text"] not in out.text
            for part in parts:
                part.total[item["category"]] += 1
                part.found[item["category"]] += removed
            if not removed:
                report.misses.append((record["id"], item["category"], item["text"]))
        for item in record.get("contact", []):
            removed = item not in out.text
            for part in parts:
                part.total["contact"] += 1
                part.found["contact"] += removed
            if not removed:
                report.misses.append((record["id"], "contact", item))
        for keep in record.get("keep", []):
            kept = keep in out.text
            for part in parts:
                part.keep_total += 1
                part.kept += kept
            if not kept:
                report.lost.append((record["id"], keep))
    return report


def _records(args: argparse.Namespace) -> tuple[list[dict], str]:
    if args.files:
        return load_files([Path(f) for f in args.files]), "files " + " ".join(args.files)
    names = args.corpus or ["eval"]
    if names == ["all"]:
        names = corpus_names()
        if not names:
            raise SystemExit("no independent corpus in tests/data/cv_corpora yet")
    records = []
    for name in names:
        records += load_corpus(name, args.split)
    return records, f"corpora {', '.join(names)}, split {args.split or 'whole'}"


def _commit() -> str:
    try:
        # "-dirty" when the tree holds uncommitted changes: the score is then not HEAD's
        return subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True,
                              cwd=DOC.parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m anonymiser.cv_eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", help="labelled JSONL files (scored as dev)")
    parser.add_argument("--corpus", action="append", help="corpus name (repeatable), eval, holdout, or all")
    parser.add_argument("--split", choices=SPLITS, help="dev or test (default: the whole corpus)")
    parser.add_argument("--misses", action="store_true", help="print every miss and lost string (dev only)")
    parser.add_argument("--preset", help="score with a policy preset's sanitiser options (e.g. valumen)")
    parser.add_argument("--log", metavar="NOTE", help="append the table, dated, to the score log in docs/sanitiser.md")
    args = parser.parse_args(argv)
    blind = args.split == "test" or (args.split is None and bool(args.corpus) and not args.files
                                     and any(c not in OWN_SETS for c in args.corpus))
    if args.misses and blind:
        print("refused: misses of a test split are never shown (tune on --split dev)", file=sys.stderr)
        return 2
    from anonymiser.cv_sanitiser import get_sanitiser, options_for_preset

    records, what = _records(args)
    if not records:
        print(f"no CVs in {what}", file=sys.stderr)
        return 2
    report = score(get_sanitiser(), records, options_for_preset(args.preset) if args.preset else None)
    table = report.table() + "\n\n" + report.counts()
    print(f"{what}: {len(records)} CVs\n")
    print(table)
    if args.log:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        with DOC.open("a", encoding="utf-8") as doc:
            doc.write(f"\n### {stamp}, commit {_commit()}: {args.log}\n\n{what}: {len(records)} CVs\n\n{table}\n")
        print(f"\nlogged in {DOC}", file=sys.stderr)
    if args.misses or (not blind and not args.corpus and not args.files):
        for cv, cat, span in report.misses:
            print(f"MISS  {cv} {cat}: {span}", file=sys.stderr)
        for cv, keep in report.lost:
            print(f"LOST  {cv}: {keep}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
