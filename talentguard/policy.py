"""Policy presets: each platform's promises as a declarative file the pipeline loads.

``load_policy("valumen")`` reads ``talentguard/presets/valumen.yaml``; a path loads any
file of the same shape. Every error names the file, the field and what was expected.
Every rule carries ``source``: the clause of the platform's policy it comes from, so
``talentguard policy show`` and the audit trail can say why the pipeline does what it does.

Sections (all but ``name`` and ``retention.rules`` have defaults, see docs/policies.md):
``sharing`` (may profiles reach clients at all, which fields, notice purposes),
``free_text`` (categories stripped, profile fields that never reach a client),
``consent`` (accepted purposes), ``cookies``, ``subject_requests``, ``aggregates`` (k),
``surveys`` and ``retention`` (candidates, clients, prospects, canvassing).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from dateutil.relativedelta import relativedelta

from talentguard.durations import DurationError, parse_duration
from talentguard.errors import PolicyError

PRESET_DIR = Path(__file__).resolve().parent / "presets"
ANCHORS = ("registered_at", "last_activity", "closed_at", "suspended_at", "latest_negative_decision")
# the other parties' anchors, and the events that move them (client-events topic)
PARTY_ANCHORS: dict[str, dict[str, tuple[str, ...]]] = {
    "clients": {"contract_ended_at": ("ClientContractEnded",), "last_contact": ("ClientContractStarted",
                                                                                 "ClientContractEnded")},
    "prospects": {"last_contact": ("ProspectContacted",)},
    "canvassing": {"last_contact": ("ProspectContacted", "ClientContractStarted", "ClientContractEnded")},
}
CANDIDATE_ANCHOR_EVENTS = {
    "registered_at": ("CandidateRegistered",),
    "last_activity": ("CandidateRegistered", "ProfileUpdated", "CvUploaded", "ActivityRecorded", "ConsentGranted"),
    "closed_at": ("AccountClosed",),
    "suspended_at": ("AccountSuspended",),
    "latest_negative_decision": ("NegativeDecisionReceived",),
}
# what a client may ever see (a whitelist); a preset may narrow it, never widen it
CLIENT_FIELDS = ("job_title", "sector", "years_experience", "skills", "education_level", "contract_types", "region")
SPECIAL_CATEGORIES = ("ethnic_origin", "political_opinion", "religious_belief", "trade_union", "health",
                      "sexual_orientation", "genetic_biometric", "criminal_record", "date_of_birth_age",
                      "family_status")
EXTRA_CATEGORIES = ("hobbies", "associations", "birthplace", "gender")  # the sanitiser's preset extras
PRIVATE_FIELDS = ("birth_date", "birthplace", "gender", "photo_url", "hobbies", "associations", "salary_expectation",
                  "bank_details", "city", "first_name", "last_name", "email", "phone")
CONSENT_PURPOSES = ("share_with_client", "cv_library", "marketing", "surveys")
NOTICE_PURPOSES = ("recruitment", "job_application", "cv_library", "talent_portal")
GENERIC = "generic rule shared by every preset (shared/POLICIES.md)"


@dataclass(frozen=True)
class RetentionRule:
    """Expiry candidate: ``anchor`` + ``after``; ``while_open`` rules stop once the account closes."""

    anchor: str
    after: relativedelta
    while_open: bool = False
    text: str = ""  # the policy's own words, for the audit trail
    source: str = ""  # the clause it comes from


@dataclass(frozen=True)
class SharingRules:
    """Whether, what and why a candidate profile may reach a client."""

    allowed: bool = True
    denial_text: str = ""              # why not, when not allowed (audited)
    client_fields: tuple[str, ...] = CLIENT_FIELDS
    notice_purposes: tuple[str, ...] = NOTICE_PURPOSES
    default_purpose: str = "recruitment"
    source: str = GENERIC


@dataclass(frozen=True)
class FreeTextRules:
    """What free text (CV, job title, skills) loses before any client sees it."""

    strip_categories: tuple[str, ...] = SPECIAL_CATEGORIES
    extra_categories: tuple[str, ...] = ()  # also removed from free text (sanitiser extras)
    never_to_clients: tuple[str, ...] = PRIVATE_FIELDS
    source: str = GENERIC


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
    sharing: SharingRules = field(default_factory=SharingRules)
    free_text: FreeTextRules = field(default_factory=FreeTextRules)
    consent_purposes: tuple[str, ...] = CONSENT_PURPOSES
    consent_source: str = GENERIC
    cookie_source: str = GENERIC
    requests_source: str = GENERIC
    k_source: str = GENERIC
    surveys_source: str = GENERIC  # survey answers reach a sink only as k-thresholded statistics
    party_rules: dict[str, tuple[RetentionRule, ...]] = field(default_factory=dict)

    def with_rules(self, *rules: RetentionRule) -> "Policy":
        """A copy with other retention rules (tests run a whole cycle in seconds)."""
        return replace(self, rules=tuple(rules))

    def accepts_purpose(self, purpose: str) -> bool:
        return purpose in self.consent_purposes

    def notice_purpose(self, requested: str | None) -> str:
        """The purpose a notice states: the client's word when it is in the preset's
        vocabulary, else the preset's default (a client's free text never reaches the person)."""
        return requested if requested in self.sharing.notice_purposes else self.sharing.default_purpose


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


def _section(data: dict, name: str, filename: str) -> dict:
    value = data.get(name)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PolicyError(f"{filename}: {name}: expected a mapping, got {type(value).__name__}")
    return value


def _duration(value: Any, where: str) -> relativedelta:
    try:
        return parse_duration(value if isinstance(value, str) else "")
    except DurationError:
        raise PolicyError(f"{where}: expected a duration like '2y', '13mo', '30d', '5s' or 'P2Y', got {value!r}") from None


def _names(section: dict, key: str, where: str, allowed: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    value = section.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{where}.{key}: expected a list of names from {', '.join(allowed)}")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise PolicyError(f"{where}.{key}: expected names from {', '.join(allowed)}, got {', '.join(unknown)}")
    return tuple(value)


def _bool(section: dict, key: str, where: str, default: bool) -> bool:
    value = section.get(key, default)
    if not isinstance(value, bool):
        raise PolicyError(f"{where}.{key}: expected true or false, got {value!r}")
    return value


def _source(section: dict, default: str = GENERIC) -> str:
    return str(section.get("source", default))


def _rules(raw_rules: Any, where: str, anchors: tuple[str, ...], required: bool) -> tuple[RetentionRule, ...]:
    if not isinstance(raw_rules, list):
        raise PolicyError(f"{where}: expected a list of rules")
    if required and not raw_rules:
        raise PolicyError(f"{where}: expected at least one rule")
    rules = []
    for i, raw in enumerate(raw_rules):
        at = f"{where}[{i}]"
        anchor = _need(raw, "anchor", at, str, f"one of {', '.join(anchors)}")
        if anchor not in anchors:
            raise PolicyError(f"{at}.anchor: expected one of {', '.join(anchors)}, got {anchor!r}")
        after = _duration(raw.get("after"), f"{at}.after")
        while_open = raw.get("while_open", False)
        if not isinstance(while_open, bool):
            raise PolicyError(f"{at}.while_open: expected true or false, got {while_open!r}")
        rules.append(RetentionRule(anchor, after, while_open, str(raw.get("text", "")), str(raw.get("source", ""))))
    return tuple(rules)


def _sharing(data: dict, filename: str) -> SharingRules:
    s = _section(data, "sharing", filename)
    where = f"{filename}: sharing"
    allowed = _bool(s, "with_clients", where, True)
    denial = str(s.get("denial_text", ""))
    if not allowed and not denial:
        raise PolicyError(f"{where}.denial_text: expected the reason given when sharing is never allowed")
    purposes = _names(s, "notice_purposes", where, NOTICE_PURPOSES, NOTICE_PURPOSES)
    default = s.get("default_purpose", "recruitment")
    if default not in purposes:
        raise PolicyError(f"{where}.default_purpose: expected one of {', '.join(purposes)}, got {default!r}")
    return SharingRules(allowed, denial, _names(s, "client_fields", where, CLIENT_FIELDS, CLIENT_FIELDS),
                        purposes, default, _source(s))


def _free_text(data: dict, filename: str) -> FreeTextRules:
    s = _section(data, "free_text", filename)
    where = f"{filename}: free_text"
    strip = _names(s, "strip_categories", where, SPECIAL_CATEGORIES, SPECIAL_CATEGORIES)
    missing = [c for c in SPECIAL_CATEGORIES if c not in strip]
    if missing:  # GDPR art. 9/10 and L1132-1 are not a platform's choice
        raise PolicyError(f"{where}.strip_categories: every special category must be stripped; missing "
                          f"{', '.join(missing)}")
    extras = _names(s, "extra_categories", where, EXTRA_CATEGORIES, ())
    return FreeTextRules(strip, extras, _names(s, "never_to_clients", where, PRIVATE_FIELDS, PRIVATE_FIELDS),
                         _source(s))


def parse_policy(data: Any, filename: str) -> Policy:
    if not isinstance(data, dict):
        raise PolicyError(f"{filename}: expected a mapping at the top level")
    name = _need(data, "name", filename, str, "the preset's name")
    retention = _need(data, "retention", filename, dict, "a mapping with 'rules'")
    raw_rules = _need(retention, "rules", f"{filename}: retention", list, "a list of rules")
    rules = _rules(raw_rules, f"{filename}: retention.rules", ANCHORS, required=True)
    party_rules = {party: _rules(retention.get(party) or [], f"{filename}: retention.{party}", tuple(anchors), False)
                   for party, anchors in PARTY_ANCHORS.items()}
    cookies = _section(data, "cookies", filename)
    requests = _section(data, "subject_requests", filename)
    aggregates = _section(data, "aggregates", filename)
    consent = _section(data, "consent", filename)
    surveys = _section(data, "surveys", filename)
    k = aggregates.get("k", 5)
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise PolicyError(f"{filename}: aggregates.k: expected a whole number >= 1, got {k!r}")
    deadline = _duration(requests.get("deadline", "1mo"), f"{filename}: subject_requests.deadline")
    extension = _duration(requests.get("extension", "2mo"), f"{filename}: subject_requests.extension")
    return Policy(
        name=name, description=str(data.get("description", "")), rules=rules,
        cookie_max_age=_duration(cookies.get("consent_max_age", "13mo"), f"{filename}: cookies.consent_max_age"),
        request_deadline=deadline, request_extension=extension, k=k, source=str(data.get("source", "")),
        sharing=_sharing(data, filename), free_text=_free_text(data, filename),
        consent_purposes=_names(consent, "purposes", f"{filename}: consent", CONSENT_PURPOSES, CONSENT_PURPOSES),
        consent_source=_source(consent), cookie_source=_source(cookies), requests_source=_source(requests),
        k_source=_source(aggregates),
        surveys_source=_source(surveys), party_rules=party_rules)
