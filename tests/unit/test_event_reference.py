"""docs/events.md is generated from the schemas and must stay in sync with them."""

from __future__ import annotations

from schemas import catalogue as cat
from schemas.codec import default_codec
from schemas.reference import GENERATE_COMMAND, REFERENCE_PATH, render_reference


def test_when_the_schemas_change_then_docs_events_md_must_be_regenerated() -> None:
    committed = REFERENCE_PATH.read_text() if REFERENCE_PATH.exists() else ""
    assert committed == render_reference(), f"docs/events.md is out of date: run `{GENERATE_COMMAND}`"


def test_when_the_reference_is_rendered_then_every_record_field_and_fingerprint_is_listed() -> None:
    text = render_reference()
    codec = default_codec()
    for topic, records in cat.RECORDS_BY_TOPIC.items():
        assert f"| `{topic}` " in text
        for record in records:
            schema = codec.schema(record)
            section = text.split(f"### {record}\n", 1)[1].split("\n### ", 1)[0]
            assert schema.fingerprint.hex() in section
            for name in schema.fields:
                assert f"| `{name}` |" in section, (record, name)


def test_when_the_go_example_hard_codes_a_fingerprint_then_it_is_the_schemas() -> None:
    go = (REFERENCE_PATH.parent / "examples" / "go" / "main.go").read_text()
    fingerprint = default_codec().schema("CandidateRegistered").fingerprint.hex()
    assert f'"c301" + "{fingerprint}"' in go
