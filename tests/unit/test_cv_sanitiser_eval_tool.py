"""The evaluation tooling: a stable dev/test split, Wilson intervals, blind test split."""

from __future__ import annotations

import pytest

from anonymiser import cv_eval
from anonymiser.corpora import load_corpus, split_of
from anonymiser.cv_eval import Report, wilson


def test_when_ids_are_split_then_the_split_is_stable_and_about_forty_percent_dev() -> None:
    ids = [f"corpus-{lang}-{i:02d}" for lang in ("en", "fr") for i in range(1, 501)]
    first = [split_of(i) for i in ids]
    assert first == [split_of(i) for i in ids]
    share = first.count("dev") / len(first)
    assert 0.35 <= share <= 0.45, share
    assert split_of("europass-en-01") in ("dev", "test")


@pytest.mark.parametrize("k, n, lo, hi", [(10, 10, 0.72, 1.0), (0, 10, 0.0, 0.28), (45, 50, 0.79, 0.96)])
def test_when_a_proportion_is_given_then_the_wilson_interval_is_the_textbook_one(k, n, lo, hi) -> None:
    low, high = wilson(k, n)
    assert low == pytest.approx(lo, abs=0.01) and high == pytest.approx(hi, abs=0.01)


def test_when_misses_of_a_test_split_are_asked_then_the_tool_refuses(capsys) -> None:
    assert cv_eval.main(["--corpus", "all", "--split", "test", "--misses"]) == 2
    assert "refused" in capsys.readouterr().err


def test_when_the_own_sets_are_asked_for_test_then_they_hold_none() -> None:
    assert load_corpus("eval", "test") == [] and len(load_corpus("eval", "dev")) >= 80


def test_when_a_report_is_rendered_then_each_language_and_the_total_have_a_column() -> None:
    report = Report()
    for part in (report, report.lang("en")):
        part.total["health"] += 2
        part.found["health"] += 1
        part.cvs += 1
    table = report.table()
    assert "| health | 0.500 [0.09-0.91] (2) | - | 0.500 [0.09-0.91] (2) |" in table


def test_when_a_report_is_rendered_then_the_exact_counts_behind_the_rates_are_given() -> None:
    report = Report()
    report.total["health"], report.found["health"] = 3, 2
    report.total["contact"], report.found["contact"] = 4, 4
    report.keep_total, report.kept = 5, 1
    assert report.counts() == ("exact: 2 of 3 sensitive spans removed, 1 of 5 professional strings kept, "
                               "4 of 4 contact items removed")
