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


# The bar on CVs the rules' authors never saw: the TEST split of the independent corpora
# (tests/data/cv_corpora, split rule in anonymiser/corpora.py). The goal is recall
# >= 0.95 in every category, >= 0.97 overall and keep-rate >= 0.98; it is NOT reached yet.
# These floors are the measured level minus a small margin, so a change that makes the
# sanitiser worse on unseen CVs fails here. Measured (docs/sanitiser.md, score log) on the
# THIRTY-EIGHT corpora's test split (1,849 CVs; session 15 imported energy, scored whole and
# blind first in session 14): every category >= 0.923, overall 0.957, keep-rate 0.967 after
# session 15 (framing, knowledge, the clause model retrained with eight clause banks); session
# 14 left 0.916 / 0.953 / 0.966 on the same split (0.917 / 0.952 / 0.966 on the 37 corpora).
# Only totals are asserted: the test split's misses are never printed.
TEST_FLOOR_CATEGORY = 0.91  # 0.87 until session 9, 0.88 in session 9, 0.89 until session 14, 0.90 in session 14
TEST_FLOOR_OVERALL = 0.95  # 0.92 until session 9, 0.925 in session 9, 0.935 until session 14, 0.945 in session 14
TEST_FLOOR_KEEP = 0.962  # 0.95 until session 8, 0.955 until session 13, 0.96 until session 15


@pytest.fixture(scope="module")
def test_split_report():
    from anonymiser.corpora import corpus_names, load_corpus

    names = corpus_names()
    assert len(names) >= 3, f"expected three independent corpora, found {names}"
    records = [r for name in names for r in load_corpus(name, "test")]
    for lang in ("en", "fr"):
        assert sum(r["lang"] == lang for r in records) >= 80, f"fewer than 80 {lang} test CVs"
    return score(get_sanitiser(), records)


@pytest.mark.parametrize("category", CATEGORIES)
def test_when_the_unseen_test_split_is_sanitised_then_each_category_stays_above_its_floor(test_split_report, category) -> None:
    assert test_split_report.total[category] >= 50, f"too few labelled {category} spans in the test split"
    assert test_split_report.recall(category) >= TEST_FLOOR_CATEGORY, f"{category}: {test_split_report.recall(category):.3f}"


def test_when_the_unseen_test_split_is_sanitised_then_overall_recall_and_keep_rate_hold(test_split_report) -> None:
    assert test_split_report.overall >= TEST_FLOOR_OVERALL, f"overall {test_split_report.overall:.3f}"
    assert test_split_report.keep_rate >= TEST_FLOOR_KEEP, f"keep-rate {test_split_report.keep_rate:.3f}"
