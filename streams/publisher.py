"""Publishing helper for platform services (kafka-python).

    from streams.publisher import Publisher
    with Publisher("127.0.0.1:19092") as pub:
        pub.publish("candidate-events", {"type": "CandidateRegistered", "candidate_id": "c-1", ...})

Events are validated against their Avro schema before anything is sent; an invalid event
raises ``SchemaError`` naming the field. The message key is the topic's key field
(EVENTS.md), so all events of one candidate land on one partition, in order.
"""

from __future__ import annotations

from typing import Any, Mapping

from kafka import KafkaProducer
from kafka.errors import KafkaError

from schemas import catalogue as cat
from schemas.codec import Event, EventCodec, default_codec
from talentguard.errors import BrokerError, SchemaError
from streams import connect


def check_topic(topic: str, record: str) -> None:
    """Refuse an event type that does not belong on ``topic`` (EVENTS.md)."""
    allowed = cat.RECORDS_BY_TOPIC.get(topic)
    if allowed is None:
        raise SchemaError(f"unknown topic {topic!r}; topics: {', '.join(cat.ALL_TOPICS)}", field="topic")
    if record not in allowed:
        raise SchemaError(f"{record} does not belong on {topic} (it takes: {', '.join(allowed)})", field="type")


class Publisher:
    """A validating producer. Not thread-safe across ``close``; ``flush`` before exit."""

    def __init__(self, bootstrap: str, *, codec: EventCodec | None = None, linger_ms: int = 5) -> None:
        self.codec = codec or default_codec()
        try:
            self._producer = KafkaProducer(**connect.kafka_python_options(), 
                bootstrap_servers=bootstrap, acks="all", linger_ms=linger_ms,
                client_id="talentguard-publisher", retries=5,
            )
        except KafkaError as exc:
            raise BrokerError(f"cannot reach Kafka at {bootstrap} within {connect.connect_timeout_s():g} s "
                          f"(--connect-timeout): {type(exc).__name__}") from exc

    def prepare(self, topic: str, event: Mapping[str, Any]) -> tuple[bytes | None, bytes, Event]:
        """Validate and encode; returns (key, value, completed event). Raises SchemaError."""
        full = self.codec.from_json(dict(event))  # accepts JSON strings or Python datetimes
        check_topic(topic, full["type"])
        value = self.codec.encode(full)
        return cat.key_for(topic, full), value, full

    def publish(self, topic: str, event: Mapping[str, Any]) -> Event:
        """Validate, encode and send one event (asynchronously; ``flush`` to wait)."""
        key, value, full = self.prepare(topic, event)
        self.send_raw(topic, key, value)
        return full

    def send_raw(self, topic: str, key: bytes | None, value: bytes | None,
                 headers: list[tuple[str, bytes]] | None = None) -> None:
        """Send bytes as they are (tests use it to inject garbage, tombstones or headers)."""
        try:
            self._producer.send(topic, key=key, value=value, headers=headers)
        except KafkaError as exc:
            raise BrokerError(f"send to {topic} failed: {type(exc).__name__}") from exc

    def flush(self, timeout: float = 30.0) -> None:
        try:
            self._producer.flush(timeout=timeout)
        except KafkaError as exc:
            raise BrokerError(f"flush failed: {type(exc).__name__}") from exc

    def close(self) -> None:
        self._producer.close(timeout=10)

    def __enter__(self) -> "Publisher":
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.flush()
        finally:
            self.close()


def publish(topic: str, event: Mapping[str, Any], *, bootstrap: str | None = None) -> Event:
    """One-shot convenience: validate, publish and flush a single event.

    ``bootstrap`` defaults to TALENTGUARD_BOOTSTRAP or the embedded broker. For many
    events keep a ``Publisher`` open instead (one connection, batched sends).
    """
    from streams.broker import resolve_bootstrap
    from talentguard.config import Settings

    servers = bootstrap or resolve_bootstrap(Settings.load())
    with Publisher(servers) as pub:
        return pub.publish(topic, event)
