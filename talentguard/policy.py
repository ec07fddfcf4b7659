"""Policy presets: each platform's promises as a declarative file the pipeline loads.

``load_policy("valumen")`` reads ``talentguard/presets/valumen.yaml``; a path loads any
file of the same shape. Every error names the file, the field and what was expected.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml
from dateutil.relativedelta import relativedelta

from talentguard.durations import DurationError, parse_duration
from talentguard.errors import PolicyError

PRESET_DIR = Path(__file__).resolve().parent / "presets"
ANCHORS = ("registered_at", "last_activity", "closed_at", "suspended_at", "latest_negative_decision")


@dataclass(frozen=True)
class RetentionRule:
    """Expiry candidate: ``anchor`` + ``after``; ``while_open`` rules stop once the account closes."""

    anchor: str
    after: relativedelta
    while_open: bool = False
    text: str = ""  # the policy's own words, for the audit trail


@dataclass(frozen=True)
class Policy:
    name: str
    description: str
    rules: tuple[RetentionRule, ...]
    cookie_max_age: relativedelta
    request_deadline: relativedelta
    request_extension: relativedelta
    k: int
    source: str = ""

    def with_rules(self, *rules: RetentionRule) -> "Policy":
        """A copy with other retention rules (tests run a whole cycle in seconds)."""
        return replace(self, rules=tuple(rules))


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESET_DIR.glob("*.yaml"))


def load_policy(name_or_path: str) -> Policy:
    path = Path(name_or_path)
    if not (path.suffix in (".yaml", ".yml") or path.exists()):
        path = PRESET_DIR / f"{name_or_path}.yaml"
        if not path.exists():
            raise PolicyError(f"unknown policy preset {name_or_path!r}; presets: {', '.join(preset_names())} "
                              "(or give a path to a policy file)")
    if not path.exists():
        raise PolicyError(f"{path}: policy file not found")
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        raise PolicyError(f"{path.name}: not valid YAML ({exc.__class__.__name__})") from None
    return parse_policy(data, path.name)


def _need(data: Any, field: str, where: str, kind: type, expected: str) -> Any:
    if not isinstance(data, dict) or field not in data:
        raise PolicyError(f"{where}: missing field {field!r} ({expected})")
    value = data[field]
    if not isinstance(value, kind):
        raise PolicyError(f"{where}.{field}: expected {expected}, got {type(value).__name__}")
    return value


def _duration(value: Any, where: str) -> relativedelta:
    try:
        return parse_duration(value if isinstance(value, str) else "")
    except DurationError:
        raise PolicyError(f"{where}: expected a duration like '2y', '13mo', '30d', '5s' or 'P2Y', got {value!r}") from None


def parse_policy(data: Any, filename: str) -> Policy:
    if not isinstance(data, dict):
        raise PolicyError(f"{filename}: expected a mapping at the top level")
    name = _need(data, "name", filename, str, "the preset's name")
    retention = _need(data, "retention", filename, dict, "a mapping with 'rules'")
    raw_rules = _need(retention, "rules", f"{filename}: retention", list, "a list of rules")
    if not raw_rules:
        raise PolicyError(f"{filename}: retention.rules: expected at least one rule")
    rules = []
    for i, raw in enumerate(raw_rules):
        where = f"{filename}: retention.rules[{i}]"
        anchor = _need(raw, "anchor", where, str, f"one of {', '.join(ANCHORS)}")
        if anchor not in ANCHORS:
            raise PolicyError(f"{where}.anchor: expected one of {', '.join(ANCHORS)}, got {anchor!r}")
        after = _duration(raw.get("after"), f"{where}.after")
        while_open = raw.get("while_open", False)
        if not isinstance(while_open, bool):
            raise PolicyError(f"{where}.while_open: expected true or false, got {while_open!r}")
        rules.append(RetentionRule(anchor, after, while_open, str(raw.get("text", ""))))
    cookies = data.get("cookies", {}) or {}
    requests = data.get("subject_requests", {}) or {}
    k = (data.get("aggregates", {}) or {}).get("k", 5)
    if not isinstance(k, int) or k < 1:
        raise PolicyError(f"{filename}: aggregates.k: expected a whole number >= 1, got {k!r}")
    return Policy(
        name=name, description=str(data.get("description", "")), rules=tuple(rules),
        cookie_max_age=_duration(cookies.get("consent_max_age", "13mo"), f"{filename}: cookies.consent_max_age"),
        request_deadline=_duration(requests.get("deadline", "1mo"), f"{filename}: subject_requests.deadline"),
        request_extension=_duration(requests.get("extension", "2mo"), f"{filename}: subject_requests.extension"),
        k=k, source=str(data.get("source", "")))
