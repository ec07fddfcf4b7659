"""Presets hold the whole policy as data, each rule with its source; `policy show` says it in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from talentguard.cli import main
from talentguard.errors import PolicyError
from talentguard.policy import SPECIAL_CATEGORIES, load_policy, preset_names
from talentguard.policy_words import side_by_side, statements

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ["cocoom", "cooptalis", "kakoo", "kbis-registre", "valumen"]
BASE = "name: x\nretention:\n  rules:\n    - anchor: last_activity\n      after: 1y\n"


@pytest.mark.parametrize("name", SEEDS)
def test_when_a_seed_preset_loads_then_every_rule_names_its_source(name: str) -> None:
    policy = load_policy(name)
    for st in statements(policy):
        assert st.source, st.topic
    assert all(rule.source for rule in policy.rules)
    assert set(policy.free_text.strip_categories) == set(SPECIAL_CATEGORIES)


def test_when_cocoom_loads_then_profiles_never_go_to_clients_with_a_reason() -> None:
    sharing = load_policy("cocoom").sharing
    assert sharing.allowed is False and "tiers" in sharing.denial_text and "003" in sharing.source
    assert all(load_policy(n).sharing.allowed for n in SEEDS if n != "cocoom")


def test_when_kakoo_loads_then_marketing_consent_is_refused_and_every_party_has_retention() -> None:
    kakoo = load_policy("kakoo")
    assert not kakoo.accepts_purpose("marketing") and kakoo.accepts_purpose("share_with_client")
    anchors = {party: [(r.anchor, r.after.years) for r in rules] for party, rules in kakoo.party_rules.items()}
    assert anchors == {"clients": [("contract_ended_at", 5)], "prospects": [("last_contact", 5)],
                       "canvassing": [("last_contact", 3)]}
    assert load_policy("cooptalis").accepts_purpose("marketing")


def test_when_valumen_loads_then_private_registration_fields_never_reach_clients() -> None:
    valumen = load_policy("valumen")
    for f in ("hobbies", "associations", "birthplace", "gender", "birth_date", "bank_details", "photo_url"):
        assert f in valumen.free_text.never_to_clients and f not in valumen.sharing.client_fields


def test_when_the_client_sends_free_text_as_purpose_then_the_notice_uses_the_vocabulary() -> None:
    policy = load_policy("kbis-registre")
    assert policy.notice_purpose("job_application") == "job_application"
    assert policy.notice_purpose("we sell your data to brokers") == "recruitment"
    assert policy.notice_purpose(None) == "recruitment"


@pytest.mark.parametrize("extra, words", [
    ("sharing:\n  with_clients: false\n", "sharing.denial_text: expected the reason"),
    ("sharing:\n  client_fields: [job_title, email]\n", "sharing.client_fields: expected names from"),
    ("sharing:\n  default_purpose: spying\n", "sharing.default_purpose: expected one of"),
    ("sharing:\n  with_clients: maybe\n", "sharing.with_clients: expected true or false"),
    ("free_text:\n  strip_categories: [health]\n", "every special category must be stripped; missing ethnic_origin"),
    ("consent:\n  purposes: [share_with_client, spam]\n", "consent.purposes: expected names from"),
    ("consent: [a]\n", "consent: expected a mapping"),
    ("retention:\n  rules:\n    - anchor: last_activity\n      after: 1y\n  clients:\n    - anchor: last_activity\n"
     "      after: 5y\n", "retention.clients[0].anchor: expected one of contract_ended_at"),
])
def test_when_a_policy_section_is_invalid_then_the_error_names_file_field_and_expectation(
        tmp_path: Path, extra: str, words: str) -> None:
    path = tmp_path / "custom.yaml"
    body = BASE + extra if not extra.startswith("retention") else "name: x\n" + extra
    path.write_text(body)
    with pytest.raises(PolicyError) as info:
        load_policy(str(path))
    assert "custom.yaml" in str(info.value) and words in str(info.value)


def test_when_policy_show_runs_then_rules_are_printed_in_words_with_sources(capsys: pytest.CaptureFixture) -> None:
    assert main(["policy", "show", "kakoo"]) == 0
    out = capsys.readouterr().out
    assert "clients: 5 years after the end of the contract (moved by ClientContractEnded)" in out
    assert "refused and audited as rejected: marketing" in out
    assert 'source: 000 §E ("Under no circumstances' in out
    assert main(["policy", "show", "cocoom"]) == 0
    assert "NEVER reach a client" in capsys.readouterr().out


def test_when_docs_list_the_presets_then_the_table_matches_the_preset_files() -> None:
    doc = (ROOT / "docs" / "policies.md").read_text()
    assert side_by_side() in doc, "docs/policies.md is stale: regenerate with `talentguard policy table`"
    for name in preset_names():
        assert f"`{name}`" in doc
