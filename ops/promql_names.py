"""Metric names a PromQL expression refers to (used by the tests that keep the alert rules
and the Grafana dashboard honest: every metric they name must exist on a worker)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

OPS_DIR = Path(__file__).resolve().parent
ALERTS = OPS_DIR / "prometheus" / "alerts.yml"
DASHBOARDS = sorted((OPS_DIR / "grafana" / "dashboards").glob("*.json"))

_KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool",
             "offset", "inf", "nan"}
_SERVER_METRICS = {"up"}  # made by Prometheus itself for every scrape target


def metric_names(expr: str) -> set[str]:
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)                 # strings
    text = re.sub(r"\{[^}]*\}", "", text)                             # label matchers
    text = re.sub(r"\[[^\]]*\]", "", text)                            # range selectors
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", text)
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", text):
        word = match.group(0)
        rest = text[match.end():].lstrip()
        if word.lower() in _KEYWORDS or rest.startswith("("):
            continue  # a keyword or a function call
        names.add(word)
    return names


def alert_expressions() -> list[str]:
    rules = yaml.safe_load(ALERTS.read_text())
    return [rule["expr"] for group in rules["groups"] for rule in group["rules"]]


def dashboard_expressions() -> list[str]:
    exprs = []
    for path in DASHBOARDS:
        for panel in json.loads(path.read_text())["panels"]:
            exprs += [t["expr"] for t in panel.get("targets", [])]
    return exprs


def referenced_metrics() -> set[str]:
    names = set()
    for expr in alert_expressions() + dashboard_expressions():
        names |= metric_names(expr)
    return names - _SERVER_METRICS


def exposed_names(metrics_text: str) -> set[str]:
    """Sample names on a /metrics page, plus the sample names a declared family will have
    (a histogram with no observation yet still declares its _bucket/_sum/_count)."""
    names = set()
    for line in metrics_text.splitlines():
        if line.startswith("# TYPE "):
            _, _, family, kind = line.split(" ", 3)
            names.add(family)
            suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"),
                        "summary": ("_sum", "_count")}.get(kind, ())
            names |= {family + s for s in suffixes}
        elif line and not line.startswith("#"):
            names.add(re.split(r"[{ ]", line, 1)[0])
    return names
