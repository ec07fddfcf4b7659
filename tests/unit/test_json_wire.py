"""Input topics accept UTF-8 JSON events beside Avro: same schemas, same dead-letter rules."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone

import pytest

from schemas import catalogue as cat
from schemas.codec import content_type_of, default_codec, wire_format
from streams.envelope import Incoming, kafka_headers
from streams.processor import decode_batch
from talentguard.errors import SchemaError
from tests.schema_samples import sample_event

CODEC = default_codec()
NOW = datetime(2026, 11, 30, tzinfo=timezone.utc)
INPUT_RECORDS = [r for t in cat.INPUT_TOPICS for r in cat.RECORDS_BY_TOPIC[t]]


def wire_json(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("record", INPUT_RECORDS)
def test_when_an_input_event_arrives_as_json_then_it_decodes_like_its_avro_form(record: str) -> None:
    event = sample_event(CODEC.schema(record).parsed)
    from_avro = CODEC.decode(CODEC.encode(event))
    from_json = CODEC.decode(wire_json(CODEC.to_json(event)))
    assert from_json == from_avro


def test_when_json_has_a_content_type_header_then_it_wins_over_sniffing() -> None:
    data = b'  \n{"type": "AccountClosed", "event_id": "e-1", "occurred_at": "2026-11-30T10:00:00Z", "candidate_id": "c"}'
    assert CODEC.decode(data, content_type="application/json; charset=utf-8")["candidate_id"] == "c"
    assert CODEC.decode(data)["event_id"] == "e-1"  # leading whitespace is still JSON


def test_when_occurred_at_is_epoch_millis_then_it_is_a_utc_timestamp() -> None:
    event = CODEC.decode(wire_json({"type": "AccountClosed", "event_id": "e", "occurred_at": 1_764_496_800_000,
                                    "candidate_id": "c"}))
    assert event["occurred_at"] == datetime(2025, 11, 30, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "obj, field, words",
    [
        ({"type": "AccountClosed", "occurred_at": "2026-11-30T10:00:00Z", "candidate_id": "c"}, "event_id",
         "missing required field"),
        ({"type": "AccountClosed", "event_id": "e", "candidate_id": "c"}, "occurred_at", "missing required field"),
        ({"type": "ProfileUpdated", "event_id": "e", "occurred_at": "2026-11-30T10:00:00Z", "candidate_id": "c",
          "years_experience": "SECRET-VALUE"}, "years_experience", "expected"),
        ({"type": "ConsentGranted", "event_id": "e", "occurred_at": "2026-11-30T10:00:00Z", "candidate_id": "c",
          "purpose": "SECRET-VALUE"}, "purpose", "one of"),
        ({"type": "PageViewed", "event_id": "e", "occurred_at": "SECRET-VALUE", "visitor_id": "v", "path": "/"},
         "occurred_at", "ISO-8601"),
    ],
)
def test_when_a_json_event_is_invalid_then_the_error_names_the_field_not_the_value(obj: dict, field: str, words: str) -> None:
    with pytest.raises(SchemaError) as info:
        CODEC.decode(wire_json(obj))
    assert info.value.field == field
    assert words in str(info.value)
    assert "SECRET-VALUE" not in str(info.value)


@pytest.mark.parametrize("data, words", [(b'{"type": "AccountClosed", ', "not valid JSON"),
                                         (b"{\xff\xfe}", "UTF-8"), (b"[1, 2]", "neither"),
                                         (b"hello", "neither")])
def test_when_bytes_are_neither_avro_nor_a_json_object_then_decode_says_so(data: bytes, words: str) -> None:
    with pytest.raises(SchemaError) as info:
        CODEC.decode(data)
    assert words in str(info.value)


def test_when_a_batch_mixes_avro_json_and_bad_json_then_only_the_bad_one_is_dead_lettered() -> None:
    avro = CODEC.encode(CODEC.from_json({"type": "AccountClosed", "candidate_id": "c-1"}))
    good = wire_json({"type": "AccountClosed", "event_id": "e-2", "occurred_at": "2026-11-30T10:00:00Z",
                      "candidate_id": "c-2"})
    bad = wire_json({"type": "CandidateRegistered", "event_id": "e-3", "occurred_at": "2026-11-30T10:00:00Z",
                     "candidate_id": "c-3", "email": 12345678, "first_name": "Ada", "last_name": "L", "locale": "en"})
    wrong_topic = wire_json({"type": "PageViewed", "event_id": "e-4", "occurred_at": "2026-11-30T10:00:00Z",
                             "visitor_id": "v", "path": "/"})
    batch = [Incoming(cat.CANDIDATE_EVENTS, 0, i, b"k", v) for i, v in enumerate((avro, good, bad, wrong_topic))]
    decoded, dead = decode_batch(CODEC, batch, NOW)
    assert [e["candidate_id"] for _, e in decoded] == ["c-1", "c-2"]
    letters = [CODEC.decode(d.value) for d in dead]
    assert [(d["offset"], d["topic"]) for d in letters] == [(2, cat.CANDIDATE_EVENTS), (3, cat.CANDIDATE_EVENTS)]
    assert "'email'" in letters[0]["error"] and "12345678" not in letters[0]["error"]
    assert "does not belong on candidate-events" in letters[1]["error"]


# ---- the content-type header ---------------------------------------------------------------

JSON_BYTES = wire_json({"type": "AccountClosed", "event_id": "e-h", "occurred_at": "2026-11-30T10:00:00Z",
                        "candidate_id": "c-h"})
AVRO_BYTES = CODEC.encode(CODEC.from_json({"type": "AccountClosed", "candidate_id": "c-h"}))


@pytest.mark.parametrize("content_type, data, expected", [
    (None, JSON_BYTES, "json"), (None, AVRO_BYTES, "avro"), (None, b"garbage", "avro"),
    ("application/json", JSON_BYTES, "json"), ("Application/JSON; charset=utf-8", JSON_BYTES, "json"),
    ("application/json", b"garbage", "json"),  # the header decides: then JSON's own error names the problem
    ("application/vnd.apache.avro", AVRO_BYTES, "avro"), ("avro/binary", AVRO_BYTES, "avro"),
    ("application/avro", AVRO_BYTES, "avro"), ("application/vnd.apache.avro+binary", AVRO_BYTES, "avro"),
])
def test_when_a_content_type_header_is_set_then_it_decides_the_wire_format(content_type, data, expected) -> None:
    assert wire_format(data, content_type) == expected


@pytest.mark.parametrize("content_type, data, words", [
    ("application/json", AVRO_BYTES, "is an Avro single-object message"),
    ("avro/binary", JSON_BYTES, "is a JSON object"),
    ("application/vnd.apache.avro", b"  {\"x\": 1}", "is a JSON object"),
    ("text/plain", JSON_BYTES, "unsupported content-type header 'text/plain'"),
    ("hello ada@example.com <x>", JSON_BYTES, "(value not shown)"),
])
def test_when_a_content_type_header_contradicts_the_bytes_or_is_unknown_then_decoding_refuses(
        content_type: str, data: bytes, words: str) -> None:
    with pytest.raises(SchemaError) as info:
        CODEC.decode(data, content_type)
    assert words in str(info.value) and info.value.field == "content-type"
    assert "ada@example.com" not in str(info.value)


def test_when_headers_name_content_type_in_any_case_then_it_is_found_and_disagreeing_ones_refused() -> None:
    assert content_type_of(None) is None and content_type_of([("trace", b"x")]) is None
    assert content_type_of([("Content-Type", b"application/json")]) == "application/json"
    assert content_type_of([("content-type", b"avro/binary"), ("CONTENT-TYPE", b"avro/binary")]) == "avro/binary"
    with pytest.raises(SchemaError, match="disagree"):
        content_type_of([("content-type", b"avro/binary"), ("content-type", b"application/json")])


def test_when_engines_hand_over_headers_then_incoming_keeps_them_as_pairs() -> None:
    assert kafka_headers(None) == () and kafka_headers([]) == ()
    assert kafka_headers([("content-type", b"application/json")]) == (("content-type", b"application/json"),)
    assert kafka_headers({"content-type": b"avro/binary", "x": None}) == (("content-type", b"avro/binary"), ("x", None))


def test_when_a_batch_carries_headers_then_a_lying_header_is_dead_lettered_with_the_reason() -> None:
    json_header = (("content-type", b"application/json"),)
    avro_header = (("content-type", b"application/vnd.apache.avro"),)
    batch = [Incoming(cat.CANDIDATE_EVENTS, 0, 0, b"k", JSON_BYTES, None, json_header),
             Incoming(cat.CANDIDATE_EVENTS, 0, 1, b"k", AVRO_BYTES, None, avro_header),
             Incoming(cat.CANDIDATE_EVENTS, 0, 2, b"k", AVRO_BYTES, None, json_header),
             Incoming(cat.CANDIDATE_EVENTS, 0, 3, b"k", JSON_BYTES, None, avro_header)]
    decoded, dead = decode_batch(CODEC, batch, NOW)
    assert [m.offset for m, _ in decoded] == [0, 1]
    letters = [CODEC.decode(d.value) for d in dead]
    assert [d["offset"] for d in letters] == [2, 3]
    assert "content-type header says application/json but the value is an Avro" in letters[0]["error"]
    assert "content-type header says application/vnd.apache.avro but the value is a JSON object" in letters[1]["error"]
