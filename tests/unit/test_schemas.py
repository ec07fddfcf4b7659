"""Every record round-trips, and every schema reads data written by its previous version."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import fastavro
import pytest

from schemas import catalogue as cat
from schemas.codec import HISTORY_DIR, SCHEMA_DIR, EventCodec, default_codec, parse_json_line
from schemas.compat import field_problems
from talentguard.errors import SchemaError
from tests.schema_samples import sample_event

CODEC = default_codec()
RECORDS = CODEC.record_names
EVENTS_MD_RECORDS = {r for records in cat.RECORDS_BY_TOPIC.values() for r in records}


def raw(path: Path) -> dict:
    return json.loads(path.read_text())


def previous_version(record: str) -> Path:
    versions = sorted(HISTORY_DIR.glob(f"v*/{record}.avsc"))
    assert versions, f"no previous version of {record} in schemas/history"
    return versions[-1]


def test_when_catalogue_lists_a_record_then_a_schema_file_exists() -> None:
    assert EVENTS_MD_RECORDS == set(RECORDS)
    assert len(RECORDS) == 29


@pytest.mark.parametrize("record", RECORDS)
def test_when_event_is_encoded_then_decoding_gives_it_back(record: str) -> None:
    event = sample_event(CODEC.schema(record).parsed)
    decoded = CODEC.decode(CODEC.encode(event))
    assert decoded == event


@pytest.mark.parametrize("record", RECORDS)
def test_when_event_goes_through_json_then_it_is_unchanged(record: str) -> None:
    event = sample_event(CODEC.schema(record).parsed)
    as_json = json.dumps(CODEC.to_json(event))
    assert CODEC.from_json(json.loads(as_json)) == event


@pytest.mark.parametrize("record", RECORDS)
def test_when_data_was_written_by_previous_version_then_current_reads_it(record: str) -> None:
    old = raw(previous_version(record))
    new = raw(SCHEMA_DIR / f"{record}.avsc")
    assert field_problems(old, new) == []
    old_parsed = fastavro.parse_schema(copy.deepcopy(old))
    event = sample_event(old_parsed)
    # bytes as the old writer produced them, read through the current codec
    old_codec = EventCodec(schema_dir=previous_version(record).parent, history_dir=None)
    decoded = CODEC.decode(old_codec.encode(event))
    for name in (f["name"] for f in old["fields"]):
        assert decoded[name] == event[name]


def test_when_a_field_is_removed_then_the_check_names_it() -> None:
    old = raw(SCHEMA_DIR / "ConsentGranted.avsc")
    new = copy.deepcopy(old)
    new["fields"] = [f for f in new["fields"] if f["name"] != "proof"]
    assert field_problems(old, new) == ["ConsentGranted: field 'proof' was removed or renamed"]


def test_when_a_field_is_renamed_without_alias_then_the_check_fails_and_with_alias_it_passes() -> None:
    old = raw(SCHEMA_DIR / "PageViewed.avsc")
    new = copy.deepcopy(old)
    for f in new["fields"]:
        if f["name"] == "path":
            f["name"] = "url"
    assert any("'path' was removed or renamed" in p for p in field_problems(old, new))
    for f in new["fields"]:
        if f["name"] == "url":
            f["aliases"] = ["path"]
    assert field_problems(old, new) == []


def test_when_a_required_field_is_added_then_old_data_is_unreadable() -> None:
    old = raw(SCHEMA_DIR / "AccountClosed.avsc")
    new = copy.deepcopy(old)
    new["fields"].append({"name": "why", "type": "string"})
    assert field_problems(old, new) == ["AccountClosed: new field 'why' has no default, so old data cannot be read"]


@pytest.mark.parametrize(
    "line, field, words",
    [
        ('{"type": "ProfileUpdated", "candidate_id": 5}', "candidate_id", "expected string"),
        ('{"type": "ConsentGranted", "candidate_id": "c", "purpose": "spam"}', "purpose", "one of"),
        ('{"type": "ProfileUpdated"}', "candidate_id", "missing required field"),
        ('{"type": "ProfileUpdated", "candidate_id": "c", "colour": 1}', "colour", "unknown field"),
        ('{"type": "Nope"}', "type", "unknown event type"),
        ('{"candidate_id": "c"}', "type", "missing \"type\""),
        ('{"type": "PageViewed", "visitor_id": "v", "path": "/", "occurred_at": "yesterday"}', "occurred_at", "ISO-8601"),
    ],
)
def test_when_json_is_invalid_then_the_error_names_the_field(line: str, field: str, words: str) -> None:
    with pytest.raises(SchemaError) as info:
        parse_json_line(line)
    assert info.value.field == field
    assert words in str(info.value)


def test_when_a_value_is_wrong_then_the_error_does_not_repeat_it() -> None:
    with pytest.raises(SchemaError) as info:
        parse_json_line('{"type": "CandidateRegistered", "candidate_id": "c", "email": 42424242, '
                        '"first_name": "A", "last_name": "B", "locale": "en"}')
    assert "42424242" not in str(info.value)


@pytest.mark.parametrize("data", [b"", b"\x00garbage", b"\xc3\x01" + b"\x00" * 8 + b"x", None])
def test_when_bytes_are_not_an_event_then_decode_raises_schema_error(data: bytes | None) -> None:
    with pytest.raises(SchemaError):
        CODEC.decode(data)


def test_when_occurred_at_and_event_id_are_absent_then_they_default() -> None:
    event = parse_json_line('{"type": "AccountClosed", "candidate_id": "c-1"}')
    assert event["occurred_at"].tzinfo is not None
    assert len(event["event_id"]) == 36
