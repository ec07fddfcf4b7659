"""Live pipeline summary for `talentguard run`: messages per topic, dead letters, lag.

Computed from the broker alone (true end offsets and committed offsets), so it needs no
channel into the worker and shows the same numbers ops would get from `talentguard lag`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition

from schemas import catalogue as cat
from streams.lag import group_lag, true_end_offsets


@dataclass(frozen=True)
class Snapshot:
    at: float
    ends: dict[str, int]  # topic -> total messages
    lag: int


def snapshot(bootstrap: str, group: str, at: float) -> Snapshot:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    try:
        parts = [TopicPartition(t, p) for t in cat.ALL_TOPICS for p in sorted(consumer.partitions_for_topic(t) or ())]
        ends = true_end_offsets(consumer, parts)
    finally:
        consumer.close()
    totals: dict[str, int] = {t: 0 for t in cat.ALL_TOPICS}
    for tp, end in ends.items():
        totals[tp.topic] += end
    lag = sum(r.lag for r in group_lag(bootstrap, [group]))
    return Snapshot(at, totals, lag)


def render(prev: Snapshot | None, cur: Snapshot) -> str:
    span = (cur.at - prev.at) if prev else 0.0

    def rate(topic: str) -> str:
        if not prev or span <= 0:
            return ""
        return f" ({(cur.ends[topic] - prev.ends[topic]) / span:,.0f}/s)"

    ins = "  ".join(f"{t}={cur.ends[t]:,}{rate(t)}" for t in cat.INPUT_TOPICS)
    outs = "  ".join(f"{t}={cur.ends[t]:,}{rate(t)}"
                     for t in (cat.CLIENT_PROFILES, cat.CANDIDATE_NOTIFICATIONS, cat.PRIVACY_AUDIT))
    return (f"in:  {ins}\nout: {outs}\ndead-letters={cur.ends[cat.DEAD_LETTER]:,}  "
            f"worker lag={cur.lag:,}")
