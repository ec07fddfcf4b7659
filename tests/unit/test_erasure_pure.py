"""Erasure without sockets: sealed dead letters, wrapped subject keys, tombstones on input
topics, the erased-marker rule, per-subject keys and topic retention bounds."""

from __future__ import annotations

import asyncio
import base64
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from anonymiser.crypto_shred import Shredded, new_key, unwrap_key, wrap_key
from schemas import catalogue as cat
from schemas.codec import default_codec
from streams.envelope import Incoming, dead_letter, open_dead_letter
from streams.erasure import DROPPED_AFTER_ERASURE, drop_if_erased
from streams.processor import decode_batch
from streams.processors.base import BatchOutput
from streams.topics import ERASURE_DEADLINE_MS, TOPICS, erasure_tombstones
from talentguard.durations import approx_seconds
from talentguard.keyring import load_keyring
from talentguard.policy import load_policy, preset_names

NOW = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)


@pytest.fixture
def keyring(tmp_path: Path):
    return load_keyring(tmp_path / "keys", create=True)


def test_when_a_message_is_dead_lettered_then_its_payload_is_sealed_and_opens_with_the_keyring(keyring) -> None:
    codec = default_codec()
    msg = Incoming("candidate-events", 2, 41, b"cand-77", b'{"first_name": "Zephyrine", "email": "z@example.org"}')
    out = dead_letter(codec, msg, "not an event", NOW, "dlq:candidate-events:2:41", keyring=keyring)
    assert b"Zephyrine" not in out.value and b"z@example.org" not in out.value and b"cand-77" not in out.value
    assert base64.b64encode(b"Zephyrine") not in out.value
    record = codec.decode(out.value)
    assert record["key"] is None and record["value"] is None
    assert record["subject"] == keyring.subject_pseudonym("cand-77") and out.key == record["subject"].encode()
    assert open_dead_letter(record, [keyring.dead_letter_key]) == (msg.key, msg.value)


def test_when_a_dead_letter_is_opened_with_another_key_then_it_stays_shut(keyring, tmp_path: Path) -> None:
    codec = default_codec()
    other = load_keyring(tmp_path / "other", create=True)
    out = dead_letter(codec, Incoming("client-events", 0, 1, None, b"junk"), "bad", NOW, "dlq:x", keyring=keyring)
    with pytest.raises(Shredded):
        open_dead_letter(codec.decode(out.value), [other.dead_letter_key])
    assert out.key == b"dlq:x"  # no subject known: keyed by its own id (compacted topics need a key)


def test_when_a_subject_key_is_wrapped_then_only_its_kek_and_its_subject_unwrap_it(keyring, tmp_path: Path) -> None:
    key = new_key()
    wrapped = wrap_key(keyring.kek, key, b"s_one")
    assert key not in wrapped
    assert unwrap_key([keyring.kek], wrapped, b"s_one") == key
    other = load_keyring(tmp_path / "other", create=True)
    assert unwrap_key([other.kek, keyring.kek], wrapped, b"s_one") == key  # an old KEK still accepted
    with pytest.raises(Shredded):
        unwrap_key([other.kek], wrapped, b"s_one")
    with pytest.raises(Shredded):
        unwrap_key([keyring.kek], wrapped, b"s_two")  # swapped between subjects


def test_when_a_tombstone_arrives_on_an_input_topic_then_it_is_neither_an_event_nor_a_dead_letter() -> None:
    batch = [Incoming("candidate-events", 0, 5, b"cand-1", None), Incoming("client-events", 1, 2, b"acme", None)]
    good, bad = decode_batch(default_codec(), batch, NOW)
    assert good == [] and bad == []


class _Subjects:
    def __init__(self, erased_at: datetime | None, known: bool = False) -> None:
        self.marker, self.known, self.flags = erased_at, known, {}

    async def erasure_state(self, cid: str):  # noqa: ANN201
        self.reads = getattr(self, "reads", 0) + 1
        return self.marker, self.known

    async def erasure_states(self, cids):  # noqa: ANN001, ANN201
        return [(self.marker, self.known) for _ in cids]

    async def set_flag(self, cid: str, flag: str, value: bool = True) -> None:
        self.flags[flag] = value


class _State:
    def __init__(self, subjects: _Subjects) -> None:
        from streams.state.redis_client import KeySpace

        self.subjects = subjects
        self.keys = KeySpace("t", lambda cid: f"s_{cid[::-1]}")


@pytest.mark.parametrize("kind,dated,known,right,dropped", [
    ("ConsentGranted", -1, False, None, True),            # a replay from before the erasure
    ("CandidateRegistered", -1, False, None, True),
    ("ConsentGranted", +1, False, None, True),            # after, but no new registration
    ("CandidateRegistered", +1, False, None, False),      # a new life
    ("ConsentGranted", +1, True, None, False),            # after the new registration
    ("SubjectRequestSubmitted", +1, False, "access", False),
    ("SubjectRequestSubmitted", +1, False, "rectification", True),
])
def test_when_an_event_is_about_an_erased_subject_then_only_a_new_life_passes(kind, dated, known, right, dropped) -> None:
    erased = NOW - timedelta(hours=1)
    state = _State(_Subjects(erased, known))
    event = {"type": kind, "candidate_id": "c-1", "event_id": "e-1", "occurred_at": erased + timedelta(minutes=dated),
             "right": right}
    result = BatchOutput()
    assert asyncio.run(drop_if_erased(state, event, NOW, result)) is dropped
    assert [a.decision for a in result.audit] == ([DROPPED_AFTER_ERASURE] if dropped else [])
    tombstones = [(m.topic, m.key) for m in result.messages if m.value is None]
    assert tombstones == ([("candidate-events", b"c-1"), ("dead-letter", b"s_1-c")] if dropped else [])
    if kind == "CandidateRegistered" and not dropped:
        assert state.subjects.flags == {"erased": False}


def test_when_markers_are_prefetched_then_a_new_registration_and_an_erasure_update_the_batch_view() -> None:
    from streams.erasure import prefetch

    erased = NOW - timedelta(hours=1)
    subjects = _Subjects(erased)
    state = _State(subjects)
    later = erased + timedelta(minutes=5)
    events = [{"type": "CandidateRegistered", "candidate_id": "c-1", "event_id": "r", "occurred_at": later},
              {"type": "ConsentGranted", "candidate_id": "c-1", "event_id": "g", "occurred_at": later},
              {"type": "SubjectRequestSubmitted", "candidate_id": "c-1", "event_id": "s", "occurred_at": later,
               "right": "erasure"}]

    async def run() -> list[bool]:
        cache = await prefetch(state, events)
        out = [await drop_if_erased(state, e, NOW, BatchOutput(), cache) for e in events]
        assert "c-1" not in cache  # the erasure request forces the next event to read the new marker
        return out

    assert asyncio.run(run()) == [False, False, False]
    assert getattr(subjects, "reads", 0) == 0  # one prefetch, no read per event


def test_when_a_subject_was_never_erased_then_nothing_is_dropped() -> None:
    result = BatchOutput()
    event = {"type": "ConsentGranted", "candidate_id": "c-1", "event_id": "e", "occurred_at": NOW}
    assert asyncio.run(drop_if_erased(_State(_Subjects(None)), event, NOW, result)) is False


def test_when_a_profile_goes_to_a_client_then_its_key_names_the_client_and_the_pseudonym(keyring) -> None:
    event = {"client_id": "acme", "candidate_id": "cand-9"}
    key = cat.key_for(cat.CLIENT_PROFILES, event, keyring.subject_pseudonym)
    assert key == f"acme:{keyring.subject_pseudonym('cand-9')}".encode() and b"cand-9" not in key
    tombstones = erasure_tombstones("cand-9", keyring.subject_pseudonym("cand-9"), ["acme"])
    assert (cat.CLIENT_PROFILES, key) in [(t.topic, t.key) for t in tombstones]
    assert {t.topic for t in tombstones} == {cat.CANDIDATE_EVENTS, cat.CANDIDATE_NOTIFICATIONS, cat.CLIENT_PROFILES,
                                             cat.DEAD_LETTER}
    assert all(t.value is None for t in tombstones)


def test_when_a_topic_holds_personal_data_then_it_is_kept_no_longer_than_any_erasure_deadline() -> None:
    shortest = min(approx_seconds(load_policy(name).request_deadline) for name in preset_names())
    assert ERASURE_DEADLINE_MS / 1000 <= shortest
    for spec in TOPICS:
        if spec.name == cat.PRIVACY_AUDIT:
            continue  # pseudonymous proof, kept on purpose
        assert 0 < int(spec.configs["retention.ms"]) <= ERASURE_DEADLINE_MS, spec.name
    per_subject = {cat.CANDIDATE_EVENTS, cat.CLIENT_PROFILES, cat.CANDIDATE_NOTIFICATIONS, cat.DEAD_LETTER}
    assert {s.name for s in TOPICS if "compact" in s.configs["cleanup.policy"]} == per_subject
