"""Consumer lag that is right on the embedded broker too.

Tansu answers ``ListOffsets(LATEST)`` with the start of the last record batch plus one,
not the log end (BROKER.md), so lag computed from it is too small. The true end is in
any fetch response: we seek each partition to the reported end minus one (inside the
last batch), read that batch, and take the last offset seen plus one. On Apache Kafka
the same procedure returns exactly the reported end, so one code path serves both.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient
from kafka.errors import KafkaError

from talentguard.errors import BrokerError
from streams import connect


@dataclass(frozen=True)
class PartitionLag:
    group: str
    topic: str
    partition: int
    committed: int | None
    end: int

    @property
    def lag(self) -> int:
        return self.end - (self.committed or 0)

    def as_dict(self) -> dict:
        return {**asdict(self), "lag": self.lag}


def true_end_offsets(consumer: KafkaConsumer, partitions: list[TopicPartition], timeout_s: float = 5.0) -> dict[TopicPartition, int]:
    """Log-end offset per partition, read from fetched records rather than ListOffsets."""
    if not partitions:
        return {}
    reported = consumer.end_offsets(partitions)
    ends = dict(reported)
    pending = {tp for tp, end in reported.items() if end > 0}
    if not pending:
        return ends
    consumer.assign(list(pending))
    for tp in pending:
        consumer.seek(tp, max(reported[tp] - 1, 0))
    deadline = time.monotonic() + timeout_s
    quiet_polls = 0
    while pending and time.monotonic() < deadline and quiet_polls < 3:
        batch = consumer.poll(timeout_ms=50, max_records=10_000)
        if not batch:
            quiet_polls += 1
            continue
        quiet_polls = 0
        for tp, records in batch.items():
            if records:
                ends[tp] = max(ends[tp], records[-1].offset + 1)
        for tp in list(pending):
            if consumer.position(tp) >= ends[tp] and tp not in batch:
                pending.discard(tp)
    consumer.unsubscribe()
    return ends


def group_lag(bootstrap: str, groups: list[str] | None = None,
              ends: dict[TopicPartition, int] | None = None) -> list[PartitionLag]:
    """Per (group, topic, partition): committed offset, true end offset, lag. ``ends``: true
    end offsets the caller has just read (partitions missing from it are probed)."""
    try:
        admin = KafkaAdminClient(**connect.kafka_python_options(), bootstrap_servers=bootstrap, client_id="talentguard-lag")
        consumer = KafkaConsumer(**connect.kafka_python_options(), bootstrap_servers=bootstrap, enable_auto_commit=False,
                                 client_id="talentguard-lag", group_id=None)
    except KafkaError as exc:
        raise BrokerError(f"cannot reach Kafka at {bootstrap} within {connect.connect_timeout_s():g} s "
                          f"(--connect-timeout): {type(exc).__name__}") from exc
    try:
        if groups is None:
            groups = sorted(g["group_id"] for g in admin.list_groups())
        committed_by_group = admin.list_group_offsets(groups) if groups else {}
        topics = {tp.topic for offsets in committed_by_group.values() for tp in offsets}
        # include every partition of the group's topics, also those never committed
        partitions: list[TopicPartition] = []
        for topic in sorted(topics):
            for p in sorted(consumer.partitions_for_topic(topic) or ()):
                partitions.append(TopicPartition(topic, p))
        known = ends or {}
        ends = {**known, **true_end_offsets(consumer, [tp for tp in partitions if tp not in known])}
        rows: list[PartitionLag] = []
        for group in groups:
            offsets = committed_by_group.get(group, {})
            group_topics = {tp.topic for tp in offsets}
            for tp in partitions:
                if tp.topic not in group_topics:
                    continue
                meta = offsets.get(tp)
                committed = meta.offset if meta is not None and meta.offset >= 0 else None
                rows.append(PartitionLag(group, tp.topic, tp.partition, committed, ends.get(tp, 0)))
        return rows
    except KafkaError as exc:
        raise BrokerError(f"lag query failed on {bootstrap}: {type(exc).__name__}") from exc
    finally:
        consumer.close()
        admin.close()


@dataclass(frozen=True)
class GroupInfo:
    """What the broker says about a group: its state and its members (client ids as the
    worker names them: ``GROUP-PROCESSOR-uuid``). Empty members + ``Empty`` state = stopped."""

    group: str
    state: str
    members: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"group": self.group, "state": self.state, "members": list(self.members)}


def describe_groups(bootstrap: str, groups: list[str], timeout_s: float | None = None) -> dict[str, GroupInfo]:
    """State and members per group. Through aiokafka: kafka-python's ``describe_groups``
    crashes on Tansu's answer (an ``authorized_operations`` of -1), aiokafka's request
    version does not carry that field."""
    import asyncio

    from aiokafka.admin import AIOKafkaAdminClient

    timeout_s = timeout_s or connect.connect_timeout_s()

    async def describe_one(admin, group: str) -> GroupInfo:  # noqa: ANN001 - aiokafka admin
        try:
            responses = await asyncio.wait_for(admin.describe_consumer_groups([group]), timeout_s)
        except Exception:  # noqa: BLE001 - Tansu answers some groups (e.g. unknown ones) unreadably
            return GroupInfo(group, "Unknown", ())
        for response in responses:
            for entry in response.groups:
                if entry[1] == group:
                    return GroupInfo(group, entry[2] or "Unknown", tuple(sorted(m[0] for m in entry[5])))
        return GroupInfo(group, "Unknown", ())

    async def query() -> dict[str, GroupInfo]:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout_s * 1000))
        await asyncio.wait_for(admin.start(), timeout_s)
        try:
            return {group: await describe_one(admin, group) for group in groups}
        finally:
            await admin.close()

    if not groups:
        return {}
    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a failed decode is logged with a traceback; we report it
    try:
        return asyncio.run(query())
    except Exception as exc:  # noqa: BLE001 - any failure: one line naming the broker
        raise BrokerError(f"cannot describe groups on {bootstrap}: {type(exc).__name__}") from None
    finally:
        quiet.setLevel(level)


def totals(rows: list[PartitionLag]) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in rows:
        out[row.group] = out.get(row.group, 0) + row.lag
    return out
