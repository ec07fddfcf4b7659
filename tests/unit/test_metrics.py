"""Counters through prometheus-client: names, types, labels; metrics address settings."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from streams.metrics import build_registry, metrics_text
from streams.ops_http import MetricsAddress, bind_ops_socket, resolve_metrics_address
from streams.processor import Counters
from talentguard.errors import ConfigError


def families(text: str) -> dict[str, object]:
    return {f.name: f for f in text_string_to_metric_families(text)}


def test_when_counters_are_rendered_then_prometheus_parses_every_family_with_its_type() -> None:
    counters = Counters()
    counters.bump(counters.consumed, "client-events", 7)
    counters.bump(counters.dropped, "no_analytics_consent", 2)
    counters.dead_letters = 3
    counters.observe_latency("client-events", [1_000], done_ms=1_020)
    parsed = families(metrics_text(counters))
    assert parsed["talentguard_consumed"].type == "counter"
    assert [(s.labels, s.value) for s in parsed["talentguard_consumed"].samples
            if s.name.endswith("_total")] == [({"topic": "client-events"}, 7.0)]
    assert [(s.labels, s.value) for s in parsed["talentguard_dropped"].samples
            if s.name.endswith("_total")] == [({"reason": "no_analytics_consent"}, 2.0)]
    assert [s.value for s in parsed["talentguard_dead_letters"].samples if s.name.endswith("_total")] == [3.0]
    assert parsed["talentguard_event_latency_seconds"].type == "histogram"


def test_when_nothing_was_counted_yet_then_every_family_is_still_declared() -> None:
    text = metrics_text(Counters())
    for name in ("talentguard_consumed_total", "talentguard_produced_total", "talentguard_dropped_total",
                 "talentguard_event_latency_seconds"):
        assert f"# TYPE {name.removesuffix('_total')} " in text or f"# TYPE {name} " in text, name


def test_when_a_helper_adds_a_field_to_counters_then_it_appears_without_renderer_changes() -> None:
    @dataclass
    class MoreCounters(Counters):
        erasures: int = 0
        sanitised: dict[str, int] = field(default_factory=dict)

    counters = MoreCounters(erasures=4)
    counters.bump(counters.sanitised, "health", 2)
    text = generate_latest(build_registry(counters, process=False)).decode()
    assert "talentguard_erasures_total 4.0" in text
    assert 'talentguard_sanitised_total{name="health"} 2.0' in text


def test_when_the_registry_is_built_then_process_memory_is_exported_too() -> None:
    text = generate_latest(build_registry(Counters())).decode()
    assert "process_resident_memory_bytes" in text


@pytest.mark.parametrize("env, flags, expected", [
    ({}, {}, MetricsAddress("127.0.0.1", 6066)),
    ({"TALENTGUARD_METRICS_PORT": "9100", "TALENTGUARD_METRICS_HOST": "0.0.0.0"}, {}, MetricsAddress("0.0.0.0", 9100)),
    ({"TALENTGUARD_METRICS_PORT": "9100"}, {"port": "0"}, MetricsAddress("127.0.0.1", 0)),
    ({"TALENTGUARD_METRICS_HOST": "0.0.0.0"}, {"host": "127.0.0.2", "port": 7000}, MetricsAddress("127.0.0.2", 7000)),
])
def test_when_metrics_address_is_given_then_flag_beats_env_beats_default(env: dict, flags: dict,
                                                                          expected: MetricsAddress) -> None:
    assert resolve_metrics_address(env=env, **flags) == expected


@pytest.mark.parametrize("port, words", [("http", "expected a port number"), ("70000", "out of range")])
def test_when_metrics_port_is_bad_then_the_error_names_the_setting(port: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        resolve_metrics_address(env={"TALENTGUARD_METRICS_PORT": port})
    assert "TALENTGUARD_METRICS_PORT" in str(info.value) and words in str(info.value)


def test_when_metrics_port_is_zero_then_nothing_is_bound() -> None:
    assert bind_ops_socket(MetricsAddress("127.0.0.1", 0)) is None
