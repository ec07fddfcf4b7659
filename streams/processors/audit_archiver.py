"""Copies every record of ``privacy-audit`` into the durable audit archive (SQL sink).

Runs in the worker like the other processors (own consumer on the audit topic, offsets
committed only after the archive write): at-least-once, and the archive is idempotent
by record, so a redelivery stores nothing twice. If the archive cannot be written the
batch is retried with backoff, holding back only this stream; nothing is skipped.
Records that are not AuditRecords go to dead-letter. The archiver stores what it reads,
forged records included: verification, not the archiver, decides what is genuine.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Awaitable, Callable, Sequence

from schemas import catalogue as cat
from schemas.codec import EventCodec
from sinks.audit_archive import AuditArchive
from streams.envelope import Incoming, Outgoing
from streams.processor import Counters, decode_batch
from talentguard.errors import SinkError, StateUnavailable

Released = Callable[[Sequence[str]], Awaitable[None]]

log = logging.getLogger("talentguard.worker")


class AuditArchiver:
    name = "audit-archive"
    topic = cat.PRIVACY_AUDIT

    def __init__(self, codec: EventCodec, archive: AuditArchive, counters: Counters,
                 retry_backoff_s: float = 0.5, on_archived: Released | None = None) -> None:
        self.codec, self.archive, self.counters, self.backoff = codec, archive, counters, retry_backoff_s
        self.on_archived = on_archived  # records seen on the topic are no longer pending

    async def process(self, batch: Sequence[Incoming]) -> list[Outgoing]:
        good, dead = decode_batch(self.codec, batch, datetime.now(timezone.utc))
        self.counters.dead_letters += len(dead)
        records = [event for _, event in good]
        delay = self.backoff
        while records:
            try:
                await asyncio.to_thread(self.archive.append, records)
                break
            except SinkError as exc:
                log.warning("audit archive unavailable (%s); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
        if records and self.on_archived is not None:
            try:
                await self.on_archived([r["hash"] for r in records])
            except StateUnavailable:
                pass  # still pending: re-published later, a harmless duplicate
        return list(dead)

    async def on_sent(self) -> None:
        return None
