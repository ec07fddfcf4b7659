"""Score the CV sanitiser on a labelled set: recall per category and keep-rate.

recall(category) = labelled spans of that category that no longer appear in the output
keep-rate        = labelled professional strings still present in the output
Usage: python -m anonymiser.cv_eval [FILE.jsonl ...]  (default: tests/data/cv_eval/*.jsonl)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from anonymiser.cv_sanitiser import CvSanitiser, get_sanitiser

DEFAULT_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "cv_eval"


@dataclass
class Report:
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kept: int = 0
    keep_total: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)   # (cv id, category, span)
    lost: list[tuple[str, str]] = field(default_factory=list)          # (cv id, keep string)

    def recall(self, category: str) -> float:
        return self.found[category] / self.total[category] if self.total[category] else 1.0

    @property
    def keep_rate(self) -> float:
        return self.kept / self.keep_total if self.keep_total else 1.0

    def table(self) -> str:
        rows = ["| category | labelled | removed | recall |", "|---|---:|---:|---:|"]
        for cat in sorted(self.total):
            rows.append(f"| {cat} | {self.total[cat]} | {self.found[cat]} | {self.recall(cat):.3f} |")
        rows.append(f"| **keep-rate** (professional strings kept) | {self.keep_total} | {self.kept} | {self.keep_rate:.3f} |")
        return "\n".join(rows)


def load(paths: list[Path]) -> list[dict]:
    records = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def score(sanitiser: CvSanitiser, records: list[dict]) -> Report:
    report = Report()
    outputs = sanitiser.sanitise_many([(r["text"], r.get("lang")) for r in records])
    for record, out in zip(records, outputs):
        for item in record.get("sensitive", []):
            report.total[item["category"]] += 1
            if item["text"] not in out.text:
                report.found[item["category"]] += 1
            else:
                report.misses.append((record["id"], item["category"], item["text"]))
        for item in record.get("contact", []):
            report.total["contact"] += 1
            if item not in out.text:
                report.found["contact"] += 1
            else:
                report.misses.append((record["id"], "contact", item))
        for keep in record.get("keep", []):
            report.keep_total += 1
            if keep in out.text:
                report.kept += 1
            else:
                report.lost.append((record["id"], keep))
    return report


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(DEFAULT_SET.glob("*.jsonl"))
    report = score(get_sanitiser(), load(paths))
    print(report.table())
    for cv, cat, span in report.misses:
        print(f"MISS  {cv} {cat}: {span}", file=sys.stderr)
    for cv, keep in report.lost:
        print(f"LOST  {cv}: {keep}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
