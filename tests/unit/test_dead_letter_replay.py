"""Replaying a dead letter after a fix clears the dedupe mark its rejection left (pure).

Before: ``reject`` marked the event processed (so a redelivery is not dead-lettered twice),
and ``dead-letter replay`` re-published the same event id: the worker dropped it as a
duplicate, silently. The replay now names the marks to clear (``replay_marks``).
"""

from __future__ import annotations

import asyncio

from schemas import catalogue as cat
from schemas.codec import default_codec
from streams.dead_letters import PROCESSOR_OF_TOPIC, replay_marks
from streams.processors.analytics import AnalyticsProcessor
from streams.processors.candidate import CandidateProcessor
from streams.processors.consent_gate import ConsentGate
from streams.state.dedupe import InMemoryProcessedEvents, processed_key

CODEC = default_codec()


def test_the_replay_scopes_match_the_processors_of_each_input_topic() -> None:
    processors = (CandidateProcessor, ConsentGate, AnalyticsProcessor)
    assert PROCESSOR_OF_TOPIC == {p.topic: p.name for p in processors}
    assert set(PROCESSOR_OF_TOPIC) == set(cat.INPUT_TOPICS)


def test_a_replayed_event_has_the_mark_its_rejection_left_and_an_undecodable_one_none() -> None:
    event = CODEC.from_json({"type": "ProfileShareRequested", "event_id": "ev-9", "request_id": "r9",
                             "client_id": "client1", "candidate_id": "c1", "occurred_at": "2026-11-30T12:00:00+00:00"})
    value = CODEC.encode(event)
    assert replay_marks(CODEC, cat.CLIENT_EVENTS, value) == [processed_key("consent-gate", "ProfileShareRequested", "ev-9")]
    assert replay_marks(CODEC, cat.CLIENT_EVENTS, b"probe: not avro") == []
    assert replay_marks(CODEC, cat.CLIENT_EVENTS, None) == []


def test_forgetting_a_mark_makes_the_event_unseen_again_and_leaves_the_others() -> None:
    seen = InMemoryProcessedEvents()
    asyncio.run(seen.mark(["a", "b"]))
    assert asyncio.run(seen.forget(["a", "zz"])) == 1
    assert asyncio.run(seen.unseen(["a", "b"])) == {"a"}
