"""``in_order_per_key``: one key's items in order, keys side by side, failures raised as is."""

from __future__ import annotations

import asyncio

import pytest

from streams.processors.per_key import in_order_per_key


def test_items_of_one_key_run_in_order_and_keys_overlap() -> None:
    items = [("a", 1), ("b", 1), ("a", 2), ("c", 1), ("b", 2), ("a", 3)]
    log: list[tuple[str, int, str]] = []
    running, peak = [0], [0]

    async def work(item: tuple[str, int]) -> str:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        log.append((*item, "start"))
        await asyncio.sleep(0.01)
        log.append((*item, "end"))
        running[0] -= 1
        return f"{item[0]}{item[1]}"

    results = asyncio.run(in_order_per_key(items, lambda i: i[0], work))
    assert results == ["a1", "b1", "a2", "c1", "b2", "a3"]  # the items' order, not completion order
    for key in "abc":
        steps = [(n, what) for k, n, what in log if k == key]
        assert steps == sorted(steps, key=lambda s: (s[0], s[1] != "start"))  # never two of one key at once
    assert peak[0] == 3  # the three keys ran side by side


def test_concurrency_one_is_strictly_sequential() -> None:
    running, peak = [0], [0]

    async def work(item: int) -> int:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        await asyncio.sleep(0.001)
        running[0] -= 1
        return item

    assert asyncio.run(in_order_per_key(list(range(10)), lambda i: i, work, concurrency=1)) == list(range(10))
    assert peak[0] == 1


def test_a_failure_is_raised_unwrapped_and_cancels_the_other_keys() -> None:
    finished: list[str] = []

    async def work(item: str) -> str:
        if item == "boom":
            await asyncio.sleep(0.01)
            raise ConnectionError("store down")
        await asyncio.sleep(1.0)
        finished.append(item)
        return item

    with pytest.raises(ConnectionError, match="store down"):
        asyncio.run(in_order_per_key(["slow-1", "boom", "slow-2"], lambda i: i, work))
    assert finished == []  # the others were cancelled, not left running behind the caller's back
