"""Read a topic from outside the pipeline (kafka-python, no consumer group, no commits).

Used by ``talentguard consume`` and by tests: it assigns every partition itself, so it
never joins a group, never waits for a rebalance and never moves anyone's offsets.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterator

from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from schemas.codec import Event, EventCodec, default_codec
from talentguard.errors import BrokerError, SchemaError
from streams import connect
from streams.lag import true_end_offsets


@dataclass(frozen=True)
class Received:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    event: Event | None  # None for a tombstone or an undecodable message
    error: str | None = None


def read_topic(
    bootstrap: str,
    topic: str,
    *,
    from_beginning: bool = True,
    timeout_s: float = 5.0,
    max_messages: int | None = None,
    codec: EventCodec | None = None,
) -> Iterator[Received]:
    """Yield messages until ``max_messages`` or ``timeout_s`` without a new message."""
    codec = codec or default_codec()
    try:
        consumer = KafkaConsumer(**connect.kafka_python_options(), bootstrap_servers=bootstrap, enable_auto_commit=False,
                                 client_id="talentguard-consume", consumer_timeout_ms=200)
    except KafkaError as exc:
        raise BrokerError(f"cannot reach Kafka at {bootstrap} within {connect.connect_timeout_s():g} s "
                          f"(--connect-timeout): {type(exc).__name__}") from exc
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise BrokerError(f"topic {topic!r} does not exist (run `talentguard topics create`)")
        assigned = [TopicPartition(topic, p) for p in sorted(partitions)]
        # "only new ones" starts at the TRUE log end: Tansu's ListOffsets(LATEST) answers the
        # start of the last batch + 1, so seek_to_end would replay most of that batch
        ends = {} if from_beginning else true_end_offsets(consumer, assigned)
        consumer.assign(assigned)
        if from_beginning:
            consumer.seek_to_beginning(*assigned)
        else:
            for tp in assigned:
                consumer.seek(tp, ends.get(tp, 0))
        seen = 0
        idle_since = time.monotonic()
        while max_messages is None or seen < max_messages:
            batch = consumer.poll(timeout_ms=200, max_records=500)
            if not batch:
                if time.monotonic() - idle_since >= timeout_s:
                    return
                continue
            idle_since = time.monotonic()
            for records in batch.values():
                for msg in records:
                    yield _decode(codec, msg)
                    seen += 1
                    if max_messages is not None and seen >= max_messages:
                        return
    finally:
        consumer.close()


def _decode(codec: EventCodec, msg) -> Received:  # noqa: ANN001 - kafka ConsumerRecord
    if msg.value is None:
        return Received(msg.topic, msg.partition, msg.offset, msg.key, None, None)
    try:
        return Received(msg.topic, msg.partition, msg.offset, msg.key, codec.decode(msg.value))
    except SchemaError as exc:
        return Received(msg.topic, msg.partition, msg.offset, msg.key, None, str(exc))
