"""Live pipeline summary for `talentguard run`: messages per topic, dead letters, lag.

Computed from the broker alone (true end offsets and committed offsets), so it needs no
channel into the worker and shows the same numbers ops would get from `talentguard lag`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kafka import KafkaConsumer, TopicPartition

from schemas import catalogue as cat
from streams.lag import group_lag, true_end_offsets
from streams import connect


@dataclass(frozen=True)
class Snapshot:
    at: float
    ends: dict[str, int]  # topic -> total messages
    lag: int


def snapshot(bootstrap: str, group: str, at: float) -> Snapshot:
    consumer = KafkaConsumer(**connect.kafka_python_options(), bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    try:
        parts = [TopicPartition(t, p) for t in cat.ALL_TOPICS for p in sorted(consumer.partitions_for_topic(t) or ())]
        ends = true_end_offsets(consumer, parts)
    finally:
        consumer.close()
    totals: dict[str, int] = {t: 0 for t in cat.ALL_TOPICS}
    for tp, end in ends.items():
        totals[tp.topic] += end
    # the ends just read serve the lag too: each probe fetches the last batch of every
    # partition, a cost that grows as the embedded broker fills up (docs/benchmark.md)
    lag = sum(max(r.lag, 0) for r in group_lag(bootstrap, [group], ends=ends))  # ends read first
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


@dataclass
class LagTrend:
    """Says when the worker's lag keeps growing: it grew at every one of the last
    ``window`` snapshots and by more than ``min_growth`` in total. Pure (no clock, no
    broker), so it is unit-tested; ``talentguard run`` feeds it one value per snapshot."""

    window: int = 5
    min_growth: int = 500
    history: list[int] = field(default_factory=list)
    warned_at: int | None = None

    def add(self, lag: int) -> bool:
        """Record a lag value; True when this value completes a growing streak (once per
        streak: again only after the lag has fallen back)."""
        self.history = (self.history + [lag])[-(self.window + 1):]
        growing = (len(self.history) == self.window + 1
                   and all(b > a for a, b in zip(self.history, self.history[1:]))
                   and self.history[-1] - self.history[0] >= self.min_growth)
        if not growing:
            if self.warned_at is not None and lag < self.warned_at:
                self.warned_at = None
            return False
        if self.warned_at is not None:
            return False
        self.warned_at = lag
        return True


def lag_warning(lag_from: int, lag_to: int, seconds: float, embedded: bool, broker_cpu: float | None,
                worker_cpu: float | None = None, *, stored: int | None = None, load: float | None = None) -> str:
    """Why lag grows, in words an operator can act on. ``*_cpu``: cores used over the last
    interval (None when unknown); ``stored``: records the broker holds; ``load``: the
    machine's load per core. The embedded broker is blamed only when it is busy; a machine
    whose runnable processes far outnumber its cores is named before the worker."""
    head = (f"WARNING: worker lag has grown for {seconds:.0f} s ({lag_from:,} -> {lag_to:,}): the worker "
            f"is not keeping up with the input.")
    usage = ", ".join(f"{name} {cpu:.0%} of a core" for name, cpu in (("broker", broker_cpu), ("worker", worker_cpu))
                      if cpu is not None)
    usage = f" (CPU now: {usage})" if usage else ""
    if embedded and (broker_cpu is None or broker_cpu >= BUSY_BROKER_CORES):
        held = f" It holds {stored:,} records" if stored is not None else " It holds every record sent so far"
        return (f"{head}{usage} The embedded broker is the bottleneck: it never deletes records, and each fetch "
                f"costs more as the record batches of a partition pile up.{held}; this is its limit, not the "
                "pipeline's (docs/benchmark.md). Lower --rate, start again (`talentguard run` starts a fresh "
                "broker each time), or run on Apache Kafka (--bootstrap).")
    if load is not None and load >= STARVED_LOAD_PER_CORE:
        return (f"{head}{usage} The machine is overloaded (load {load:.1f} per core): the worker and the broker "
                "wait for a CPU. Stop other work on the machine or lower --rate.")
    return (f"{head}{usage} The broker is not the bottleneck: the worker (or the machine it shares) is. "
            "Lower --rate, add workers to the group (same --group), or give it more CPU.")


BUSY_BROKER_CORES = 0.7
STARVED_LOAD_PER_CORE = 3.0
