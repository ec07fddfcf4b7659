"""Count record batches and records in every partition of a topic, with raw Fetch requests.

Why: the embedded broker's fetch cost grows with the record batches a partition holds
(docs/benchmark.md), and no client API shows batches. Used to compare how many batches
`talentguard simulate` writes, e.g. on a fresh broker:
  B=$(talentguard broker --detach); talentguard simulate --bootstrap $B --rate 200 --duration 30 --seed 7
  python scripts/count_record_batches.py $B candidate-events; talentguard broker --stop
"""

from __future__ import annotations

import asyncio
import sys

from aiokafka import AIOKafkaClient, TopicPartition
from aiokafka.protocol.fetch import FetchRequest
from aiokafka.record.memory_records import MemoryRecords

MAX_BYTES = 4 * 1024 * 1024


async def count(bootstrap: str, topic: str) -> tuple[int, int, int]:
    """(records, batches, partitions) of ``topic``."""
    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    try:
        await client.force_metadata_update()
        parts = sorted(client.cluster.partitions_for_topic(topic) or ())
        records = batches = 0
        for p in parts:
            node = client.cluster.leader_for_partition(TopicPartition(topic, p))
            offset = 0
            while True:
                resp = await client.send(node, FetchRequest(100, 1, MAX_BYTES, 0, [(topic, [(p, offset, MAX_BYTES)])]))
                data = resp.topics[0][1][0][-1]
                found = 0
                reader = MemoryRecords(data) if data else None
                while reader is not None:
                    batch = reader.next_batch()
                    if batch is None:
                        break
                    n = sum(1 for _ in batch)
                    if n and batch.base_offset >= offset:
                        records, batches, found = records + n, batches + 1, found + 1
                        offset = batch.base_offset + n
                if not found:
                    break
        return records, batches, len(parts)
    finally:
        await client.close()


def main() -> None:
    bootstrap, topic = sys.argv[1], sys.argv[2]
    records, batches, parts = asyncio.run(count(bootstrap, topic))
    print(f"{topic}: {records} records in {batches} batches over {parts} partitions "
          f"({records / max(batches, 1):.2f} per batch)")


if __name__ == "__main__":
    main()
