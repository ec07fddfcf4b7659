"""k at write for retention cohorts, with the in-memory count store (no socket)."""

from __future__ import annotations

import asyncio

import pytest

from anonymiser.generalise import CohortKey
from streams.state.cohort_counts import CohortCounts
from streams.state.count_once import InMemoryCountOnce, release_amount
from streams.state.redis_client import KeySpace

IT = CohortKey("2026-Q1", "IT", "Occitanie", "3-5", "master", "permanent")
RETAIL = CohortKey("2026-Q1", "Retail", "Occitanie", "0-2", "none", "temporary")


def _counts() -> tuple[CohortCounts, InMemoryCountOnce]:
    store = InMemoryCountOnce()
    return CohortCounts(store, KeySpace("t", namer=lambda s: s)), store


def _admit(counts: CohortCounts, k: int, expiries: list[tuple[str, CohortKey]]) -> list[int]:
    return asyncio.run(counts.admit(k, expiries))


def test_when_a_cell_has_k_minus_1_profiles_then_nothing_is_released() -> None:
    counts, _ = _counts()
    assert _admit(counts, 5, [(f"e{i}", IT) for i in range(4)]) == [0, 0, 0, 0]


def test_when_the_kth_profile_arrives_then_it_releases_k_and_later_ones_release_one_each() -> None:
    counts, _ = _counts()
    assert _admit(counts, 5, [(f"e{i}", IT) for i in range(4)]) == [0] * 4
    assert _admit(counts, 5, [("e4", IT), ("e5", IT), ("r0", RETAIL)]) == [5, 1, 0]
    assert _admit(counts, 5, [("e6", IT)]) == [1]


def test_when_an_expiry_is_replayed_then_it_is_not_counted_twice_and_gets_the_same_release() -> None:
    counts, store = _counts()
    first = _admit(counts, 3, [("e0", IT), ("e1", IT), ("e2", IT)])
    again = _admit(counts, 3, [("e1", IT), ("e2", IT)])  # a sweep repeated after a crash
    assert first == [0, 0, 3] and again == [0, 3]
    assert asyncio.run(store.counts()) == {next(iter(store.cells)): 3}
    assert _admit(counts, 3, [("e3", IT)]) == [1]  # the replay did not move the count


def test_when_a_held_back_expiry_is_replayed_then_it_stays_held() -> None:
    counts, store = _counts()
    assert _admit(counts, 3, [("e0", IT), ("e0", IT), ("e0", IT)]) == [0, 0, 0]
    assert list(store.cells.values()) == [1]


def test_when_the_store_is_held_then_no_key_or_field_names_the_expiry_with_its_cohort() -> None:
    counts, store = _counts()
    _admit(counts, 2, [("expire:pseudo1:1700000000000", IT)])
    assert all("pseudo1" not in f for f in store.cells)  # cells hold dimensions and a count only
    assert list(store.markers.values()) == [0]  # the marker holds only what it released


@pytest.mark.parametrize("count,released,k,expected", [
    (4, 0, 5, 0), (5, 0, 5, 5), (6, 5, 5, 1), (6, 6, 5, 0),
    (8, 7, 10, 0), (10, 7, 10, 3),  # k raised after 7 were released: only the new 3 go out
    (3, 0, 0, 0),  # k = 0: the caller gates on absolute counts (surveys)
])
def test_when_a_cell_reaches_a_count_then_release_amount_never_releases_twice(
        count: int, released: int, k: int, expected: int) -> None:
    assert release_amount(count, released, k) == expected
