"""A policy's rules in plain words, each with the clause it comes from.

Used by ``talentguard policy show`` and by the generated side-by-side table in
docs/policies.md (a test keeps that file in sync with the presets).
"""

from __future__ import annotations

from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from talentguard.policy import PARTY_ANCHORS, Policy, RetentionRule, load_policy, preset_names

ANCHOR_WORDS = {
    "registered_at": "registration", "last_activity": "the last contact or use", "closed_at": "account closure",
    "suspended_at": "suspension", "latest_negative_decision": "the latest negative decision",
    "contract_ended_at": "the end of the contract", "last_contact": "the last contact",
}
PARTY_WORDS = {"clients": "Clients", "prospects": "Prospects", "canvassing": "Canvassing data"}


@dataclass(frozen=True)
class Statement:
    topic: str
    words: str
    source: str


def duration_words(d: relativedelta) -> str:
    parts = []
    if d.years and d.months:  # "13 months", not "1 year 1 month"
        d = d + relativedelta(years=-d.years, months=12 * d.years)
    for unit in ("years", "months", "weeks", "days", "hours", "minutes", "seconds"):
        n = getattr(d, unit, 0)
        if unit == "days" and d.weeks:
            n -= d.weeks * 7
        if n:
            n = int(n) if float(n).is_integer() else n
            parts.append(f"{n} {unit[:-1] if n == 1 else unit}")
    return " ".join(parts) or "0 seconds"


def _rule_words(rule: RetentionRule, events: tuple[str, ...]) -> str:
    cond = " while the account stays open" if rule.while_open else ""
    moved = f" (moved by {', '.join(events)})" if events else ""
    text = f": \"{rule.text}\"" if rule.text else ""
    return f"{duration_words(rule.after)} after {ANCHOR_WORDS.get(rule.anchor, rule.anchor)}{moved}{cond}{text}"


def statements(policy: Policy) -> list[Statement]:
    from talentguard.policy import CANDIDATE_ANCHOR_EVENTS

    s = policy.sharing
    out: list[Statement] = []
    if s.allowed:
        out.append(Statement("sharing", "Profiles reach a client only with the candidate's prior consent "
                                        "(share_with_client for that client or every client, or cv_library).",
                             s.source))
        out.append(Statement("client fields", "Clients see only: " + ", ".join(s.client_fields) +
                             " (region, never the city) and the sanitised CV.", s.source))
        out.append(Statement("notice", "The first share with each client is announced to the candidate, listing the "
                             "fields and categories sent and a purpose from: " + ", ".join(s.notice_purposes) +
                             f" (default {s.default_purpose}).", s.source))
    else:
        out.append(Statement("sharing", f"Profiles NEVER reach a client, whatever the consent "
                             f"(denied with not_permitted_by_policy): {s.denial_text}", s.source))
    out.append(Statement("accounts", "A closed or suspended account is not shared and every copy held by a "
                         "client is revoked (account_closed, account_suspended); lifting a suspension restores "
                         "sharing under the consents recorded.", "generic rule (shared/POLICIES.md)"))
    ft = policy.free_text
    out.append(Statement("free text", "Stripped from CVs, job titles and skills before any share: " +
                         ", ".join(ft.strip_categories + ft.extra_categories) + ".", ft.source))
    out.append(Statement("never to clients", "These profile fields never reach a client: " +
                         ", ".join(ft.never_to_clients) + ".", ft.source))
    refused = [p for p in ("share_with_client", "cv_library", "marketing", "surveys") if p not in policy.consent_purposes]
    out.append(Statement("consent", "Consent purposes accepted: " + ", ".join(policy.consent_purposes) +
                         (f"; refused and audited as rejected: {', '.join(refused)}" if refused else "") + ".",
                         policy.consent_source))
    out.append(Statement("cookies", f"Cookie consent lasts at most {duration_words(policy.cookie_max_age)}; "
                         "analytics events without a valid consent are dropped.", policy.cookie_source))
    out.append(Statement("subject requests", f"Answered within {duration_words(policy.request_deadline)} of "
                         f"receipt, extendable once by at most {duration_words(policy.request_extension)} with a "
                         "reason (SubjectRequestExtended).", policy.requests_source))
    out.append(Statement("statistics", f"Aggregates are written and published only for cells of at least "
                         f"k={policy.k} people; `stats --k` may only raise it for its own output.", policy.k_source))
    out.append(Statement("surveys", "Survey answers reach a sink only as statistics of cells of at least k "
                         "respondents; no answer is stored per person.", policy.surveys_source))
    for rule in policy.rules:
        out.append(Statement("retention: candidates", _rule_words(rule, CANDIDATE_ANCHOR_EVENTS.get(rule.anchor, ())),
                             rule.source or policy.source))
    for party, rules in policy.party_rules.items():
        for rule in rules:
            out.append(Statement(f"retention: {PARTY_WORDS[party].lower()}",
                                 _rule_words(rule, PARTY_ANCHORS[party].get(rule.anchor, ())),
                                 rule.source or policy.source))
    return out


def render(policy: Policy) -> str:
    lines = [f"policy {policy.name}" + (f" (source: {policy.source})" if policy.source else ""), ""]
    for st in statements(policy):
        lines.append(f"- {st.topic}: {st.words}")
        lines.append(f"    source: {st.source}")
    return "\n".join(lines)


def side_by_side() -> str:
    """The Markdown table of docs/policies.md: one row per topic, one column per preset."""
    names = preset_names()
    table: dict[str, dict[str, list[str]]] = {}
    for name in names:
        for st in statements(load_policy(name)):
            table.setdefault(st.topic, {}).setdefault(name, []).append(f"{st.words} [{st.source}]")
    head = "| rule | " + " | ".join(f"`{n}`" for n in names) + " |"
    rows = [head, "|" + "---|" * (len(names) + 1)]
    for topic, cells in table.items():
        rows.append(f"| {topic} | " + " | ".join("<br>".join(cells.get(n, ["(none)"])).replace("|", "/")
                                                 for n in names) + " |")
    return "\n".join(rows)
