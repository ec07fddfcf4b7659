"""What a processor receives and emits, independent of Faust.

Processors take ``Incoming`` messages (raw bytes plus where they came from) and return
``Outgoing`` messages (raw bytes plus where they go). Keeping Faust out of this seam lets
unit tests, the benchmark and the worker drive the same code.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime
from typing import TYPE_CHECKING, Any, Sequence

from anonymiser.crypto_shred import Shredded, decrypt, encrypt, kek_id
from schemas import catalogue as cat
from schemas.codec import Event, EventCodec
from talentguard.keyring import default_keyring

if TYPE_CHECKING:
    from talentguard.keyring import Keyring


@dataclass(frozen=True)
class Incoming:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int | None = None  # the broker record's timestamp, when the runner knows it
    # the record's Kafka headers as (name, value) pairs: a ``content-type`` one decides how the
    # value is decoded (schemas.codec.wire_format); nothing else reads them
    headers: tuple[tuple[str, bytes | None], ...] = ()

    @property
    def where(self) -> str:
        """topic[partition]@offset: what logs may say about a message (never its payload)."""
        return f"{self.topic}[{self.partition}]@{self.offset}"


def kafka_headers(raw: Any) -> tuple[tuple[str, bytes | None], ...]:
    """Headers as the engines hand them over (aiokafka: a sequence of pairs; Faust: pairs or
    a mapping; None when the record has none) as one immutable shape."""
    if not raw:
        return ()
    items = raw.items() if hasattr(raw, "items") else raw
    return tuple((str(name), bytes(value) if value is not None else None) for name, value in items)


@dataclass(frozen=True)
class Outgoing:
    topic: str
    key: bytes | None
    value: bytes | None


def emit(codec: EventCodec, event: Event, keyring: "Keyring | None" = None) -> Outgoing:
    """Encode a processor output for its topic (the type decides the topic and the key;
    client-profiles are keyed by client and the candidate's pseudonym, see ``cat.key_for``)."""
    topic = cat.TOPIC_BY_RECORD[event["type"]]
    namer = None
    if topic in cat.KEYED_BY_CLIENT_AND_SUBJECT:
        namer = _cached_namer(keyring or default_keyring())
    return Outgoing(topic, cat.key_for(topic, event, namer), codec.encode(event, validated=True))


_NAMERS: dict[int, Any] = {}


def _cached_namer(keyring: "Keyring") -> Any:
    """The keyring's subject pseudonym function, memoised (one HMAC per candidate, not per
    message)."""
    namer = _NAMERS.get(id(keyring))
    if namer is None:
        namer = _NAMERS[id(keyring)] = lru_cache(maxsize=65_536)(keyring.subject_pseudonym)
    return namer


def dead_letter(codec: EventCodec, msg: Incoming, error: str, now: datetime, event_id: str,
                *, keyring: "Keyring | None" = None) -> Outgoing:
    """A DeadLetter record with a readable reason and the original key and value SEALED
    (AES-GCM, the keyring's dead-letter key): readable only by ``talentguard dead-letter``,
    never by whoever can read the topic. The message key is the subject's keyed pseudonym
    when the message names a candidate (so an erasure tombstone reaches it), else the dead
    letter's own id (compacted topics need a key). ``error`` must not quote the payload."""
    ring = keyring or default_keyring()
    subject = _subject_of(codec, msg, ring)
    record: dict[str, Any] = {
        "type": "DeadLetter",
        "event_id": event_id,
        "occurred_at": now,
        "source": "talentguard-worker",
        "topic": msg.topic,
        "partition": msg.partition,
        "offset": msg.offset,
        "key": None,
        "value": None,
        "sealed": seal_payload(ring.dead_letter_key, event_id, msg.key, msg.value),
        "sealed_with": kek_id(ring.dead_letter_key).hex(),
        "subject": subject,
        "error": error,
        "at": now,
    }
    return Outgoing(cat.DEAD_LETTER, (subject or event_id).encode(), codec.encode(record, validated=True))


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode() if data is not None else None


def seal_payload(key: bytes, event_id: str, msg_key: bytes | None, msg_value: bytes | None) -> str:
    body = json.dumps({"key": _b64(msg_key), "value": _b64(msg_value)}).encode()
    return base64.b64encode(encrypt(key, body, b"dead-letter\0" + event_id.encode())).decode()


def open_dead_letter(record: Event, keys: Sequence[bytes]) -> tuple[bytes | None, bytes | None]:
    """The original (key, value) of a DeadLetter: unsealed with whichever of ``keys`` sealed
    it, or read from the base64 fields of a v1 letter. Raises ``Shredded`` if no key fits."""
    if not record.get("sealed"):
        raw_key, raw_value = record.get("key"), record.get("value")
        return (base64.b64decode(raw_key) if raw_key else None, base64.b64decode(raw_value) if raw_value else None)
    blob = base64.b64decode(record["sealed"])
    wanted = record.get("sealed_with")
    for key in keys:
        if wanted and kek_id(key).hex() != wanted:
            continue
        body = json.loads(decrypt(key, blob, b"dead-letter\0" + record["event_id"].encode()))
        return (base64.b64decode(body["key"]) if body["key"] else None,
                base64.b64decode(body["value"]) if body["value"] else None)
    raise Shredded("dead letter sealed with a dead-letter key this keyring does not hold")


def _subject_of(codec: EventCodec, msg: Incoming, keyring: "Keyring") -> str | None:
    """The keyed pseudonym of the candidate a bad message is about, if it can be told."""
    candidate = None
    if msg.value is not None:
        try:
            candidate = codec.decode(msg.value).get("candidate_id")
        except Exception:  # noqa: BLE001 - unreadable is why it is here; fall back to the key
            candidate = None
    if candidate is None and msg.topic == cat.CANDIDATE_EVENTS and msg.key:
        try:
            candidate = msg.key.decode()
        except UnicodeDecodeError:
            candidate = None
    return keyring.subject_pseudonym(str(candidate)) if candidate else None
