"""Alert rules pass promtool; dashboards and compose provisioning are well-formed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
import yaml

from ops.promql_names import ALERTS, DASHBOARDS, OPS_DIR, metric_names, referenced_metrics
from streams.testing import ROOT


def _promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("promtool is required under CI (Debian package prometheus, installed by .ci/run)")
        pytest.skip("promtool not installed (apt-get install prometheus)")
    return path


def test_when_promtool_checks_the_alert_rules_then_they_are_valid() -> None:
    result = subprocess.run([_promtool(), "check", "rules", str(ALERTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_when_promtool_checks_the_prometheus_config_then_it_loads_the_rules() -> None:
    result = subprocess.run([_promtool(), "check", "config", str(OPS_DIR / "prometheus" / "prometheus.yml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_when_an_alert_is_required_by_the_runbook_then_it_exists() -> None:
    exprs = " ".join(rule["expr"] for g in yaml.safe_load(ALERTS.read_text())["groups"] for rule in g["rules"])
    for metric in ("talentguard_consumer_lag", "talentguard_dead_letters_total", "talentguard_dropped_total",
                   "talentguard_event_latency_seconds_bucket", "talentguard_subject_requests_overdue"):
        assert metric in exprs, metric


@pytest.mark.parametrize("expr, names", [
    ('histogram_quantile(0.99, sum by (le, topic) (rate(talentguard_event_latency_seconds_bucket[5m]))) > 1',
     {"talentguard_event_latency_seconds_bucket"}),
    ('increase(talentguard_dropped_total{reason=~".*state_unavailable.*"}[5m]) > 0', {"talentguard_dropped_total"}),
    ("sum by (job) (a_metric) > 10 and on (job) b_metric == bool 1", {"a_metric", "b_metric"}),
])
def test_when_a_promql_expression_is_parsed_then_its_metric_names_come_out(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names


def test_when_grafana_provisioning_is_read_then_dashboards_parse_and_compose_mounts_existing_files() -> None:
    assert DASHBOARDS, "no dashboard JSON under ops/grafana/dashboards"
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text())
        assert dashboard["uid"] and dashboard["panels"]
        assert all(t["expr"] for p in dashboard["panels"] for t in p["targets"])
    assert referenced_metrics()  # the integration test checks each against a real worker
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for service in ("prometheus", "grafana"):
        for volume in compose["services"][service]["volumes"]:
            source = volume.split(":", 1)[0]
            assert (ROOT / source).exists(), (service, source)
    worker_env = compose["services"]["worker-1"]["environment"]
    assert worker_env["TALENTGUARD_METRICS_HOST"] == "0.0.0.0"
