"""Request records (pure): deadline from the preset, extension within its limit, overdue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from dateutil.relativedelta import relativedelta

from talentguard.consent import SubjectStatus, decide_share
from talentguard.policy import load_policy
from talentguard.subject_requests import (ExtensionRefused, RequestRecord, extend_request, finish_request,
                                           open_request)

T0 = datetime(2026, 1, 31, 10, tzinfo=timezone.utc)
KAKOO = load_policy("kakoo")


def fresh() -> RequestRecord:
    return open_request("r-1", "s_abc", "access", T0, KAKOO.request_deadline)


def test_when_a_request_opens_then_its_deadline_is_the_presets() -> None:
    record = fresh()
    assert record.due_at == datetime(2026, 2, 28, 10, tzinfo=timezone.utc) and record.status == "open"
    assert not record.overdue(record.due_at) and record.overdue(record.due_at + timedelta(seconds=1))


@pytest.mark.parametrize("asked, due, capped", [
    (None, datetime(2026, 4, 28, 10, tzinfo=timezone.utc), False),
    (relativedelta(days=10), datetime(2026, 3, 10, 10, tzinfo=timezone.utc), False),
    (relativedelta(months=6), datetime(2026, 4, 28, 10, tzinfo=timezone.utc), True),
])
def test_when_a_request_is_extended_then_due_at_moves_within_the_limit(asked, due, capped) -> None:
    record, was_capped = extend_request(fresh(), "complex request", asked, KAKOO.request_extension)
    assert (record.due_at, was_capped, record.status) == (due, capped, "extended")
    assert record.extension_reason == "complex request"


def test_when_an_extension_has_no_reason_or_comes_after_the_answer_then_it_is_refused() -> None:
    with pytest.raises(ExtensionRefused, match="reason"):
        extend_request(fresh(), "  ", None, KAKOO.request_extension)
    done = finish_request(fresh(), "completed", T0)
    with pytest.raises(ExtensionRefused, match="already completed"):
        extend_request(done, "late", None, KAKOO.request_extension)


def test_when_a_request_is_answered_late_then_it_stays_overdue_and_round_trips() -> None:
    late = finish_request(fresh(), "completed", T0 + timedelta(days=40))
    assert late.status == "completed" and late.overdue(T0)
    rejected = finish_request(fresh(), "rejected: cannot rectify field(s): x", T0)
    assert rejected.status == "rejected" and not rejected.overdue(T0 + timedelta(days=400))
    assert RequestRecord.from_json(late.to_json()) == late
    assert "candidate_id" not in late.to_json()


@pytest.mark.parametrize("status, reason", [
    (SubjectStatus(known=True, closed=True), "account_closed"),
    (SubjectStatus(known=True, suspended=True), "account_suspended"),
])
def test_when_the_account_is_closed_or_suspended_then_no_share_whatever_the_consent(status, reason) -> None:
    from talentguard.consent import ConsentRecord
    grant = ConsentRecord("c", "share_with_client", None, True, T0, "e1")
    decision = decide_share("acme", [grant], status)
    assert not decision.shared and decision.reason == reason
    assert decide_share("acme", [grant], SubjectStatus(known=True)).shared


def test_when_a_suspension_is_lifted_during_a_restriction_then_the_copy_waits_for_the_restriction() -> None:
    """Table-driven on the in-memory pieces: the copy moves from one pause to the other."""
    import asyncio

    from streams.processors.candidate import CandidateProcessor
    from talentguard.consent import ConsentRecord

    class Subjects:
        def __init__(self) -> None:
            self.paused: dict[str, dict[str, str]] = {"suspension": {"acme": "share_with_client:*"}}
            self.status = SubjectStatus(known=True, restricted=True)

        async def view(self, cid):  # noqa: ANN001, ANN202
            return type("V", (), {"status": self.status, "profile": {}, "cv": None})()

        async def take_paused(self, cid, why):  # noqa: ANN001, ANN202
            return self.paused.pop(why, {})

        async def pause_shares(self, cid, why, clients):  # noqa: ANN001, ANN202
            self.paused[why] = dict(clients)

    class Consents:
        async def all_for(self, cid):  # noqa: ANN001, ANN202
            return [ConsentRecord("c", "share_with_client", None, True, T0, "e1")]

    subjects = Subjects()
    proc = CandidateProcessor.__new__(CandidateProcessor)
    proc.policy = KAKOO
    proc.state = type("S", (), {"subjects": subjects, "consents": Consents()})()
    sent = asyncio.run(proc.reshare("c", asyncio.run(subjects.take_paused("c", "suspension")), "suspension_lifted",
                                    {"event_id": "lift"}, T0, None))
    assert sent == [] and subjects.paused == {"restriction": {"acme": "share_with_client:*"}}
