"""Text no store can hold is refused at decode time, naming the field (never the value).

Why: a lone surrogate in JSON (``"\\ud800"``) decoded fine and then failed inside the Redis
client; a NUL in a page path failed inside PostgreSQL. Both looked like store outages, so
the batch was retried forever and the partition stalled."""

from __future__ import annotations

import json

import pytest

from schemas.codec import default_codec
from talentguard.errors import SchemaError

CODEC = default_codec()


def _json(**fields: object) -> bytes:
    event = {"type": "PageViewed", "event_id": "e-1", "occurred_at": "2026-11-30T10:00:00Z",
             "visitor_id": "v-1", "path": "/jobs/1", **fields}
    return json.dumps(event).encode()


@pytest.mark.parametrize("field,value", [("path", "/jobs\u0000"), ("event_id", "e-\ud800"),
                                         ("user_agent", "Mozilla \udfff")])
def test_when_a_json_string_is_not_storable_then_the_event_is_refused_naming_the_field(field: str, value: str) -> None:
    with pytest.raises(SchemaError) as err:
        CODEC.decode(_json(**{field: value}))
    assert err.value.field == field and value not in str(err.value)


def test_when_avro_carries_a_nul_then_it_is_refused_too() -> None:
    event = CODEC.from_json({"type": "ProfileUpdated", "candidate_id": "c-1", "skills": ["SQL", "Py\u0000thon"]})
    data = CODEC.encode(event)
    with pytest.raises(SchemaError, match="skills"):
        CODEC.decode(data)


def test_when_text_is_ordinary_unicode_then_it_decodes() -> None:
    event = CODEC.decode(_json(path="/emplois/développeur-😀", user_agent="tab\tand newline\n"))
    assert event["path"] == "/emplois/développeur-😀"
