"""Dead letters for ops: list them and replay them onto their original topic after a fix.

The payload of a letter is sealed with the keyring's dead-letter key
(``streams.envelope.dead_letter``), so reading the topic shows reasons and coordinates,
never personal data; opening needs the keyring. What a reader of the topic would no longer
see on Apache Kafka is skipped here too, so the embedded broker (which never compacts nor
expires anything) behaves the same for ops:

- a letter followed by a tombstone under its key (an erasure of its subject): compaction
  deletes it;
- a letter older than the topic's ``retention.ms`` (``streams.topics.ERASURE_DEADLINE_MS``).

Replay after a fix: an event rejected by a processor (it decoded, but could not be applied)
was marked processed so that a redelivery is not dead-lettered twice. ``replay_marks``
names those marks; the replay command clears them before re-publishing, so the replayed
copy is processed again instead of being dropped as a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterable

from schemas import catalogue as cat
from schemas.codec import EventCodec
from streams.consumer import read_topic
from streams.envelope import open_dead_letter
from streams.state.dedupe import processed_key
from streams.topics import ERASURE_DEADLINE_MS
from talentguard.keyring import Keyring


@dataclass(frozen=True)
class Letter:
    event_id: str
    partition: int
    offset: int
    key: bytes | None     # the dead letter's own message key (subject pseudonym or its id)
    record: dict          # the DeadLetter event as decoded (payload still sealed)

    @property
    def origin(self) -> str:
        return f"{self.record['topic']}[{self.record['partition']}]@{self.record['offset']}"

    def open(self, keyring: Keyring) -> tuple[bytes | None, bytes | None]:
        """The original (key, value): only for replay, never printed."""
        return open_dead_letter(self.record, [keyring.dead_letter_key])


def live_letters(bootstrap: str, *, now: datetime | None = None, timeout_s: float = 3.0,
                 retention_ms: int = ERASURE_DEADLINE_MS) -> list[Letter]:
    """Every dead letter a compacting, expiring Kafka would still hold, oldest first."""
    now = now or datetime.now(timezone.utc)
    horizon = now - timedelta(milliseconds=retention_ms)
    letters: list[Letter] = []
    tombstoned: dict[bytes, int] = {}  # key -> offset of its latest tombstone
    for msg in read_topic(bootstrap, cat.DEAD_LETTER, from_beginning=True, timeout_s=timeout_s):
        if msg.event is None:
            if msg.error is None and msg.key is not None:
                tombstoned[msg.key] = msg.offset
            continue
        letters.append(Letter(msg.event["event_id"], msg.partition, msg.offset, msg.key, msg.event))
    return [letter for letter in letters
            if letter.record["at"] >= horizon and tombstoned.get(letter.key or b"", -1) < letter.offset]


def select(letters: Iterable[Letter], ids: Iterable[str] = (), topic: str | None = None,
           error_contains: str | None = None) -> list[Letter]:
    wanted = set(ids)
    return [letter for letter in letters
            if (not wanted or letter.event_id in wanted)
            and (topic is None or letter.record["topic"] == topic)
            and (error_contains is None or error_contains in letter.record["error"])]


# which processor consumes each input topic: its name scopes the dedupe marks
# (``ProcessorBase.name``; a unit test keeps this in step with the processors)
PROCESSOR_OF_TOPIC = {cat.CANDIDATE_EVENTS: "candidate-events", cat.CLIENT_EVENTS: "consent-gate",
                      cat.ANALYTICS_EVENTS: "analytics"}


def replay_marks(codec: EventCodec, topic: str, value: bytes | None) -> list[str]:
    """The dedupe marks (``processed_key``) that would make a replay of ``value`` onto
    ``topic`` a duplicate. None for a message that does not decode: it never got one."""
    scope = PROCESSOR_OF_TOPIC.get(topic)
    if scope is None or value is None:
        return []
    try:
        event = codec.decode(value)
    except Exception:  # noqa: BLE001 - undecodable: dead-lettered before any dedupe
        return []
    return [processed_key(scope, event["type"], event["event_id"])]
