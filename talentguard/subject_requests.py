"""Data-subject rights requests: deadlines and outcomes (pure, no Kafka or Redis).

GDPR Art. 12(3) and the presets: answer within one month of receipt, extendable by two
further months when the requester is told why. The pipeline answers most requests as
soon as it processes them; the deadline is still recorded so that ops can see any
request that is overdue (one that needs a human, or that failed).
"""

from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Mapping

from dateutil.relativedelta import relativedelta

from schemas.codec import EventCodec
from talentguard.errors import SchemaError

RIGHTS = ("access", "portability", "erasure", "rectification", "restriction", "objection")
RECTIFIABLE_FIELDS = ("job_title", "sector", "years_experience", "skills", "education_level",
                      "contract_types", "salary_expectation", "city", "region", "country",
                      "first_name", "last_name", "phone", "email")
# a corrected field must have the type of the event that normally sets it: the profile
# fields ProfileUpdated's, the identity fields CandidateRegistered's (placeholders fill the
# other required fields, so only the corrected ones are checked)
_IDENTITY_PLACEHOLDERS = {"candidate_id": "-", "email": "-", "first_name": "-", "last_name": "-", "locale": "en"}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


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


@lru_cache(maxsize=1)
def _shipped_codec() -> EventCodec:
    return EventCodec()


def parse_rectification(details: str | None, codec: EventCodec | None = None) -> dict[str, Any]:
    """``details`` holds a JSON object of corrected fields, e.g. {"job_title": "Nurse"}.

    Unknown fields, and values of the wrong type (``"years_experience": "ten"``), are refused
    by name (never echoing values: they are personal data): a rectification stores nothing
    that the events setting those fields could not carry, so a stored profile stays encodable.
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
    codec = codec or _shipped_codec()
    profile_fields = codec.schema("ProfileUpdated").fields
    profile = {k: v for k, v in fields.items() if k in profile_fields}
    identity = {k: v for k, v in fields.items() if k not in profile_fields}
    try:
        codec.validate({"type": "ProfileUpdated", "event_id": "-", "occurred_at": _EPOCH, "candidate_id": "-",
                        **profile})
        codec.validate({"type": "CandidateRegistered", "event_id": "-", "occurred_at": _EPOCH,
                        **_IDENTITY_PLACEHOLDERS, **identity})
    except SchemaError as exc:  # names the record, the field and the expected type only
        raise RectificationError(f"cannot rectify: {exc}") from None
    return fields


def export_document(candidate_id: str, held: Mapping[str, Any], right: str) -> str:
    """The data held, as JSON text: what access (Art. 15) and portability (Art. 20) return."""
    doc = {"candidate_id": candidate_id, "right": right, "format": "talentguard-export/1", **held}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, default=str)


# --- request records: deadline, extension and status of every request (ops view) ---

STATUSES = ("open", "extended", "completed", "rejected")


class ExtensionRefused(ValueError):
    """An extension that cannot apply (request answered, no reason): the message says why."""


@dataclass(frozen=True)
class RequestRecord:
    """One subject request as ops see it. ``subject`` is the keyed pseudonym, never the id."""

    request_id: str
    subject: str
    right: str
    submitted_at: datetime
    due_at: datetime
    first_due_at: datetime
    status: str = "open"
    extension_reason: str | None = None
    completed_at: datetime | None = None
    outcome: str | None = None

    @property
    def final(self) -> bool:
        return self.status in ("completed", "rejected")

    def overdue(self, as_of: datetime) -> bool:
        """Open past its deadline, or answered after it."""
        if self.final:
            return self.completed_at is not None and self.completed_at > self.due_at
        return as_of > self.due_at

    def to_json(self) -> str:
        doc = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in self.__dict__.items()}
        return json.dumps(doc, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> "RequestRecord":
        doc = json.loads(text)
        for k in ("submitted_at", "due_at", "first_due_at", "completed_at"):
            if doc.get(k):
                doc[k] = datetime.fromisoformat(doc[k])
        return cls(**doc)

    def as_row(self, as_of: datetime) -> dict[str, Any]:
        return {"request_id": self.request_id, "candidate": self.subject, "right": self.right,
                "submitted_at": self.submitted_at.isoformat(), "due_at": self.due_at.isoformat(),
                "status": self.status, "overdue": self.overdue(as_of),
                "extension_reason": self.extension_reason,
                "completed_at": self.completed_at.isoformat() if self.completed_at else None}


def open_request(request_id: str, subject: str, right: str, submitted_at: datetime,
                 deadline: relativedelta) -> RequestRecord:
    due = submitted_at + deadline
    return RequestRecord(request_id, subject, right, submitted_at, due, due)


def extend_request(record: RequestRecord, reason: str, extension: relativedelta | None,
                   limit: relativedelta) -> tuple[RequestRecord, bool]:
    """Move due_at to first deadline + ``extension`` (default: ``limit``), never beyond
    first deadline + ``limit`` (GDPR art. 12(3): two further months). Returns the record
    and whether the asked extension was capped."""
    if record.final:
        raise ExtensionRefused(f"request already {record.status}")
    if not reason or not reason.strip():
        raise ExtensionRefused("an extension needs a reason told to the person")
    latest = record.first_due_at + limit
    wanted = record.first_due_at + (extension if extension is not None else limit)
    capped = wanted > latest
    due = min(max(wanted, record.due_at), latest)
    return replace(record, due_at=due, status="extended", extension_reason=reason.strip()), capped


def finish_request(record: RequestRecord, outcome: str, at: datetime) -> RequestRecord:
    status = "rejected" if outcome.startswith("rejected") else "completed"
    return replace(record, status=status, outcome=outcome.split(":")[0], completed_at=at)
