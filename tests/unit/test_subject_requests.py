from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from talentguard.subject_requests import (RectificationError, add_months, deadline_for,
                                           export_document, parse_rectification)

UTC = timezone.utc


@pytest.mark.parametrize("start, months, expected", [
    (datetime(2026, 1, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
    (datetime(2028, 1, 31, tzinfo=UTC), 1, datetime(2028, 2, 29, tzinfo=UTC)),
    (datetime(2026, 11, 15, tzinfo=UTC), 3, datetime(2027, 2, 15, tzinfo=UTC)),
    (datetime(2026, 12, 1, tzinfo=UTC), 1, datetime(2027, 1, 1, tzinfo=UTC)),
])
def test_when_months_are_added_then_month_ends_are_clamped(start, months, expected) -> None:
    assert add_months(start, months) == expected


def test_when_a_request_arrives_then_it_is_due_in_a_month_extendable_by_two() -> None:
    d = deadline_for(datetime(2026, 3, 10, tzinfo=UTC))
    assert d.due_at == datetime(2026, 4, 10, tzinfo=UTC)
    assert d.extended_due_at == datetime(2026, 6, 10, tzinfo=UTC)
    assert d.overdue(datetime(2026, 4, 11, tzinfo=UTC))
    assert not d.overdue(datetime(2026, 4, 11, tzinfo=UTC), extended=True)


@pytest.mark.parametrize("details, words", [
    (None, "needs details"), ("not json", "not a JSON object"), ("[1]", "non-empty JSON object"),
    ('{"religion": "x"}', "religion"),
])
def test_when_rectification_details_are_bad_then_the_error_says_why(details, words) -> None:
    with pytest.raises(RectificationError) as info:
        parse_rectification(details)
    assert words in str(info.value)


def test_when_rectification_names_known_fields_then_they_are_returned() -> None:
    assert parse_rectification('{"job_title": "Nurse"}') == {"job_title": "Nurse"}


@pytest.mark.parametrize("fields, field", [
    ({"years_experience": "ten"}, "years_experience"),
    ({"skills": "python"}, "skills"),
    ({"skills": ["python", 3]}, "skills"),
    ({"salary_expectation": 1.5}, "salary_expectation"),
    ({"years_experience": 2 ** 40}, "years_experience"),   # beyond Avro int
    ({"contract_types": {"a": 1}}, "contract_types"),
    ({"first_name": None}, "first_name"),                   # a name cannot be unset
    ({"email": ["a@b.c"]}, "email"),
    ({"job_title": "Nurse", "city": 75}, "city"),
])
def test_when_a_rectified_value_has_the_wrong_type_then_it_is_refused_naming_the_field_not_the_value(
        fields, field) -> None:
    with pytest.raises(RectificationError) as info:
        parse_rectification(json.dumps(fields))
    message = str(info.value)
    assert repr(field) in message and "expected" in message
    assert all(str(v) not in message for v in fields.values() if v not in (None, 3, 1.5))


def test_when_rectified_values_have_the_event_types_then_they_are_accepted() -> None:
    fields = {"years_experience": 10, "skills": ["python"], "phone": None, "last_name": "Lovelace",
              "city": None, "contract_types": []}
    assert parse_rectification(json.dumps(fields)) == fields


def test_when_data_is_exported_then_it_is_json_with_the_subject() -> None:
    doc = json.loads(export_document("c-1", {"profile": {"job_title": "Nurse"}}, "access"))
    assert doc["candidate_id"] == "c-1" and doc["profile"]["job_title"] == "Nurse"
