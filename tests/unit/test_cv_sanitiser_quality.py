"""The quality bar on the labelled evaluation set (tests/data/cv_eval): recall >= 0.95 for
every category and keep-rate >= 0.98. The set must exist: a missing file fails the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymiser.cv_eval import DEFAULT_SET, load, score
from anonymiser.cv_sanitiser import get_sanitiser
from anonymiser.recognizers.special_categories import CATEGORIES

FILES = [DEFAULT_SET / "en.jsonl", DEFAULT_SET / "fr.jsonl"]


@pytest.fixture(scope="module")
def report():
    for path in FILES:
        assert path.exists(), f"evaluation set missing: {path}"
    records = load(FILES)
    for lang in ("en", "fr"):
        assert sum(r["lang"] == lang for r in records) >= 40, f"fewer than 40 {lang} CVs"
    return score(get_sanitiser(), records)


@pytest.mark.parametrize("category", CATEGORIES + ("contact",))
def test_when_the_eval_set_is_sanitised_then_recall_meets_the_bar(report, category: str) -> None:
    assert report.total[category] >= 10, f"too few labelled {category} spans to measure"
    assert report.recall(category) >= 0.95, f"{category}: misses {[m for m in report.misses if m[1] == category][:5]}"


def test_when_the_eval_set_is_sanitised_then_professional_content_is_kept(report) -> None:
    assert report.keep_rate >= 0.98, f"lost: {report.lost[:10]}"


def test_when_the_holdout_is_scored_then_it_stays_above_a_floor() -> None:
    """tests/data/cv_holdout: 16 hand-written CVs, scored blind once (numbers in
    docs/sanitiser.md), then used to find missing general rules, so no longer blind. Small,
    hence a looser floor: every category >= 0.5, keep-rate >= 0.95."""
    holdout = score(get_sanitiser(), load(sorted(Path(DEFAULT_SET.parent / "cv_holdout").glob("*.jsonl"))))
    assert holdout.keep_rate >= 0.95
    assert all(holdout.recall(c) >= 0.5 for c in holdout.total)
