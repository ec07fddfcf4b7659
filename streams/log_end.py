"""The true log end of a topic's partitions, read from the broker (engine-neutral).

Why not ``ListOffsets(LATEST)`` alone: the embedded broker (Tansu) answers the start of
the last record batch plus one, not the log end (/work/shared/BROKER.md; measured: 17
records in two batches -> 11). The high watermark of a FETCH response is right (17), on
Tansu and on Apache Kafka. So one probe is: ListOffsets(LATEST) -> L per partition, then
one fetch at L - 1 (the last batch, at most a byte asked for) whose high
watermark is the end; L = 0 means an empty partition (end 0). On Apache Kafka L is
already the end and the fetch only confirms it.

A raw client (no consumer): nothing is prefetched in the background, and each probe is
two request rounds bounded by ``timeout_s``. A partition whose end could not be read is
absent from the answer: the caller treats it as not covered (never decide unproven).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from aiokafka import TopicPartition
from aiokafka.client import AIOKafkaClient
from aiokafka.protocol.fetch import FetchRequest
from aiokafka.protocol.offset import OffsetRequest

log = logging.getLogger("talentguard.worker")

LATEST = -1
FETCH_WAIT_MS = 100


class LogEnd(Protocol):
    async def ends(self) -> dict[int, int]:
        """{partition: end offset} read now; a partition left out is unknown."""
        ...


class LogEndProbe:
    def __init__(self, bootstrap: str, topic: str, partitions: int, timeout_s: float = 2.0) -> None:
        self.bootstrap, self.topic, self.partitions, self.timeout_s = bootstrap, topic, partitions, timeout_s
        self._client: AIOKafkaClient | None = None

    async def ends(self) -> dict[int, int]:
        try:
            return await asyncio.wait_for(self._probe(), self.timeout_s)
        except Exception as exc:  # noqa: BLE001 - unknown ends: the gate waits, then state_lagging
            log.warning("log end probe of %s failed: %s", self.topic, type(exc).__name__)
            await self.close()  # a fresh connection next time (e.g. the broker restarted)
            return {}

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                await client.close()
            except Exception:  # noqa: BLE001 - closing a broken client
                pass

    async def _connect(self) -> AIOKafkaClient:
        if self._client is None:
            client = AIOKafkaClient(bootstrap_servers=self.bootstrap, client_id="talentguard-log-end")
            try:
                await client.bootstrap()
                client.add_topic(self.topic)
                await client.force_metadata_update()
            except BaseException:
                await client.close()
                raise
            self._client = client
        return self._client

    def _by_leader(self, client: AIOKafkaClient) -> dict[int, list[int]]:
        nodes: dict[int, list[int]] = {}
        for p in range(self.partitions):
            leader = client.cluster.leader_for_partition(TopicPartition(self.topic, p))
            if leader is None or leader < 0:
                client.force_metadata_update()  # known next time; this partition stays unknown
                continue
            nodes.setdefault(leader, []).append(p)
        return nodes

    async def _probe(self) -> dict[int, int]:
        client = await self._connect()
        ends: dict[int, int] = {}
        for node, parts in self._by_leader(client).items():
            latest = await self._list_latest(client, node, parts)
            ends.update({p: 0 for p, last in latest.items() if last == 0})
            fetch_at = {p: last - 1 for p, last in latest.items() if last > 0}
            if fetch_at:
                ends.update(await self._high_watermarks(client, node, fetch_at))
        return ends

    async def _list_latest(self, client: AIOKafkaClient, node: int, parts: list[int]) -> dict[int, int]:
        response = await client.send(node, OffsetRequest(-1, 0, [(self.topic, [(p, LATEST) for p in parts])]))
        latest: dict[int, int] = {}
        for _topic, partitions in response.topics:
            for partition, error_code, *info in partitions:
                if error_code != 0:
                    continue
                offset = info[0][0] if response.API_VERSION == 0 and info[0] else info[-1]
                if isinstance(offset, int) and offset >= 0:
                    latest[partition] = offset
        return latest

    async def _high_watermarks(self, client: AIOKafkaClient, node: int, fetch_at: dict[int, int]) -> dict[int, int]:
        # min 1 byte, wait at most FETCH_WAIT_MS: the record at L - 1 exists, so the answer is
        # immediate (Tansu answers a fetch with no wait with no partitions at all)
        request = FetchRequest(FETCH_WAIT_MS, 1, 1, 0, [(self.topic, [(p, offset, 1) for p, offset in fetch_at.items()])])
        response = await client.send(node, request)
        ends: dict[int, int] = {}
        for _topic, partitions in response.topics:
            for partition, error_code, highwater, *_ in partitions:
                if error_code == 0 and isinstance(highwater, int) and highwater >= fetch_at.get(partition, 0) + 1:
                    ends[partition] = highwater
        return ends
