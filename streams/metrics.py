"""Prometheus exposition of the worker's ``Counters`` through prometheus-client.

Why a custom Collector rather than prometheus-client's own Counter objects: every part
of the pipeline (processors, both engines, periodic jobs) already counts into one plain
``Counters`` dataclass, which unit tests read directly. The collector reads that object
at scrape time, so a new metric is a new field of ``Counters``, nothing more:

- an ``int`` field ``foo`` becomes the counter ``talentguard_foo_total``;
- a ``dict[str, int]`` field becomes the same counter with one label (``LABELS`` names
  it, ``name`` by default);
- a ``dict[str, LatencyHistogram]`` field becomes the histogram ``talentguard_foo`` with
  a ``topic`` label;
- a field listed in ``GAUGES`` is a gauge (a level that goes up and down), without the
  ``_total`` suffix.

Values are counts and seconds only; label values are topic names, reason codes and
other fixed vocabularies: never an id or a payload.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Mapping

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric)
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector

from streams.processor import LATENCY_BUCKETS_S, Counters, LatencyHistogram

PREFIX = "talentguard_"
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

HELP: dict[str, str] = {
    "consumed": "input messages read and processed, per topic",
    "produced": "output messages acknowledged by the broker, per topic",
    "dead_letters": "messages sent to dead-letter (undecodable or invalid input)",
    "dropped": "events deliberately not acted on, per reason (no analytics consent, state unavailable, ...)",
    "duplicates": "redelivered or re-sent events skipped by event_id",
    "latency": "input event created -> its outputs acknowledged by the broker, per input topic",
    "subject_requests_overdue": "open subject requests past their legal deadline",
    "state_invalid": "decisions refused (or copies revoked) because Redis held a malformed or unauthenticated entry",
}
LABELS: dict[str, str] = {"consumed": "topic", "produced": "topic", "dropped": "reason", "latency": "topic"}
RENAME: dict[str, str] = {"latency": "event_latency_seconds"}
GAUGES: frozenset[str] = frozenset({"subject_requests_overdue"})


class CountersCollector(Collector):
    """Renders every field of a ``Counters`` object at scrape time (see module doc)."""

    def __init__(self, counters: Counters) -> None:
        self.counters = counters

    def describe(self) -> Iterable[Metric]:
        return []  # no eager describe: fields are read at scrape time

    def collect(self) -> Iterable[Metric]:
        for f in dataclasses.fields(self.counters):
            value = getattr(self.counters, f.name)
            metric = _family(f.name, value)
            if metric is not None:
                yield metric


def _family(field: str, value: object) -> Metric | None:
    name = PREFIX + RENAME.get(field, field)
    doc = HELP.get(field, field.replace("_", " "))
    label = LABELS.get(field, "name")
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if field in GAUGES:
            return GaugeMetricFamily(name, doc, value=value)
        return CounterMetricFamily(name, doc, value=value)
    if isinstance(value, dict):
        items = sorted(value.items())
        if any(isinstance(v, LatencyHistogram) for _, v in items) or field in RENAME:
            hist = HistogramMetricFamily(name, doc, labels=[label])
            for key, h in items:
                hist.add_metric([key], _buckets(h), sum_value=h.total)
            return hist
        if field in GAUGES:
            gauge = GaugeMetricFamily(name, doc, labels=[label])
            for key, n in items:
                gauge.add_metric([key], n)
            return gauge
        counter = CounterMetricFamily(name, doc, labels=[label])
        for key, n in items:
            counter.add_metric([key], n)
        return counter
    return None


def _buckets(hist: LatencyHistogram) -> list[tuple[str, float]]:
    running, out = 0, []
    for bound, n in zip((*LATENCY_BUCKETS_S, float("inf")), hist.counts):
        running += n
        out.append(("+Inf" if bound == float("inf") else repr(float(bound)), running))
    return out


class GaugeCollector(Collector):
    """Gauges computed outside ``Counters`` (e.g. the group's consumer lag, readiness):
    ``source()`` returns {metric name: (help, label name or None, {label value: value})}."""

    def __init__(self, source: Callable[[], Mapping[str, tuple[str, str | None, Mapping[str, float]]]]) -> None:
        self.source = source

    def describe(self) -> Iterable[Metric]:
        return []

    def collect(self) -> Iterable[Metric]:
        for name, (doc, label, values) in sorted(self.source().items()):
            if label is None:
                yield GaugeMetricFamily(PREFIX + name, doc, value=values.get("", 0.0))
                continue
            gauge = GaugeMetricFamily(PREFIX + name, doc, labels=[label])
            for key, v in sorted(values.items()):
                gauge.add_metric([key], v)
            yield gauge


def build_registry(counters: Counters, extra: Iterable[Collector] = (), process: bool = True) -> CollectorRegistry:
    """A private registry (never the process-global one): the worker's counters, optional
    extra collectors, and the process's CPU and memory (``process_*``)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(CountersCollector(counters))
    for collector in extra:
        registry.register(collector)
    if process:
        ProcessCollector(registry=registry)
    return registry


def metrics_text(counters: Counters) -> str:
    """Prometheus text format of ``counters`` alone (kept for callers of the old helper)."""
    return generate_latest(build_registry(counters, process=False)).decode()
