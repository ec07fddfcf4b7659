"""Data-subject rights requests: deadlines and outcomes (pure, no Kafka or Redis).

GDPR Art. 12(3) and the presets: answer within one month of receipt, extendable by two
further months when the requester is told why. The pipeline answers most requests as
soon as it processes them; the deadline is still recorded so that ops can see any
request that is overdue (one that needs a human, or that failed).
"""

from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

RIGHTS = ("access", "portability", "erasure", "rectification", "restriction", "objection")
RECTIFIABLE_FIELDS = ("job_title", "sector", "years_experience", "skills", "education_level",
                      "contract_types", "salary_expectation", "city", "region", "country",
                      "first_name", "last_name", "phone", "email")


def add_months(at: datetime, months: int) -> datetime:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = at.month - 1 + months
    year, month = at.year + month_index // 12, month_index % 12 + 1
    day = min(at.day, monthrange(year, month)[1])
    return at.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class Deadline:
    received_at: datetime
    due_at: datetime
    extended_due_at: datetime

    def overdue(self, now: datetime, extended: bool = False) -> bool:
        return now > (self.extended_due_at if extended else self.due_at)


def deadline_for(received_at: datetime, months: int = 1, extension_months: int = 2) -> Deadline:
    due = add_months(received_at, months)
    return Deadline(received_at, due, add_months(due, extension_months))


class RectificationError(ValueError):
    """The request's details do not say which fields to correct (message names the problem)."""


def parse_rectification(details: str | None) -> dict[str, Any]:
    """``details`` holds a JSON object of corrected fields, e.g. {"job_title": "Nurse"}.

    Unknown fields are refused by name (never echoing values: they are personal data).
    """
    if not details:
        raise RectificationError("rectification needs details: a JSON object of corrected fields")
    try:
        fields = json.loads(details)
    except json.JSONDecodeError:
        raise RectificationError("rectification details are not a JSON object") from None
    if not isinstance(fields, dict) or not fields:
        raise RectificationError("rectification details must be a non-empty JSON object")
    unknown = sorted(set(fields) - set(RECTIFIABLE_FIELDS))
    if unknown:
        raise RectificationError(f"cannot rectify field(s): {', '.join(unknown)}")
    return fields


def export_document(candidate_id: str, held: Mapping[str, Any], right: str) -> str:
    """The data held, as JSON text: what access (Art. 15) and portability (Art. 20) return."""
    doc = {"candidate_id": candidate_id, "right": right, "format": "talentguard-export/1", **held}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, default=str)
