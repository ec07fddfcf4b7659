"""Analytics events: cookie consent first, then anonymous daily counters in the sink.

Page views, searches and e-mail clicks count only for visitors whose analytics consent
is given and younger than the preset's limit (13 months by default); the others are
dropped and only counted. IPs and user agents never leave this module; visitors are
counted through keyed pseudonyms in Redis (never in the sink); search terms that look
personal are dropped, and a term or path group reaches the sink only once k distinct
visitors produced it that day (``streams.state.rare_values``).
"""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import datetime
from typing import Any

from anonymiser.search_terms import normalise_term, path_group
from schemas import catalogue as cat
from schemas.codec import Event
from sinks.base import AggregateSink, AnalyticsHit, SearchHit, SinkBatch
from streams.processors.base import BatchOutput, ProcessorBase
from streams.state.rare_values import RareValueGate
from talentguard.consent import CookieConsent, analytics_allowed
from talentguard.errors import StateUnavailable
from talentguard.keyring import Keyring

TRACKED = ("PageViewed", "SearchPerformed", "EmailClicked")


class AnalyticsProcessor(ProcessorBase):
    name = "analytics"
    topic = cat.ANALYTICS_EVENTS

    def __init__(self, *args: Any, sink: AggregateSink, cookie_max_age: Any, keyring: Keyring, k: int,
                 fault: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sink, self.max_age, self.keyring, self.k = sink, cookie_max_age, keyring, k
        self.rare = RareValueGate(self.state.client, self.state.keys,
                                  lambda group: keyring.pseudonym("analytics-group", group))
        self.fault = fault  # fault injection for crash tests, see FAULT_ENV in streams.wiring

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        # cookie choices first, in order: a consent given in this batch covers later views;
        # each is kept only as long as it is valid (then Redis deletes it)
        for e in events:
            if e["type"] == "CookieConsentChanged":
                consent = CookieConsent(e["visitor_id"], e["analytics"], e["advertising"], e["functional"],
                                        e["occurred_at"], e["event_id"])
                expires = e["occurred_at"] + self.max_age
                await self._retrying(lambda c=consent, x=expires: self.state.cookies.record(c, x))
        tracked = [e for e in events if e["type"] in TRACKED]
        visitors = list(dict.fromkeys(e["visitor_id"] for e in tracked))
        consents = await self._retrying(lambda: self.state.cookies.get_many(visitors))
        by_visitor = {c.visitor_id: c for c in consents if c is not None}
        # (kind, day, event type or "", group, visitor pseudonym, event id): every cell a hit
        # lands in, gated by k distinct visitors before anything reaches the sink
        cells: list[tuple[str, Any, str, str, str, str]] = []
        pseudonyms: dict[str, str] = {}  # this batch only: a visitor's views share one HMAC
        for e in tracked:
            if not analytics_allowed(by_visitor.get(e["visitor_id"]), e["occurred_at"], self.max_age):
                self.counters.bump(self.counters.dropped, "no_analytics_consent")
                continue
            day = e["occurred_at"].date()
            visitor = pseudonyms.get(e["visitor_id"])
            if visitor is None:
                visitor = pseudonyms[e["visitor_id"]] = self.keyring.pseudonym("visitor", e["visitor_id"])
            eid = e["event_id"]
            if e["type"] == "PageViewed":
                cells.append(("a", day, "PageViewed", path_group(e["path"]), visitor, f"a:{eid}"))
            elif e["type"] == "SearchPerformed":
                cells.append(("a", day, "SearchPerformed", "/search", visitor, f"a:{eid}"))
                term = normalise_term(e["query"])
                if term is None:
                    self.counters.bump(self.counters.dropped, "personal_search_term")
                else:
                    cells.append(("s", day, "", term, visitor, f"s:{eid}"))
            else:
                cells.append(("a", day, "EmailClicked", "/email", visitor, f"a:{eid}"))
        seen = await self._retrying(lambda: self.rare.observe(
            self.k, [(f"{kind}|{day.isoformat()}|{etype}|{group}", visitor, ref)
                     for kind, day, etype, group, visitor, ref in cells]))
        batch = SinkBatch()
        for (kind, day, etype, group, _, ref), obs in zip(cells, seen):
            if not obs.released:
                self.counters.bump(self.counters.dropped, "below_k_held")
            elif kind == "a":
                batch.analytics.append(AnalyticsHit(ref, day, etype, group, visitors=obs.distinct, covers=obs.covers))
            else:
                batch.searches.append(SearchHit(ref, day, group, covers=obs.covers))
        if batch:
            await asyncio.to_thread(self.sink.apply, batch)  # raises SinkError: batch redelivered
            if self.fault == "kill-after-sink-write":
                os.kill(os.getpid(), signal.SIGKILL)  # die between the sink write and the commit
        result.processed.extend(e["event_id"] for e in events)

    async def _retrying(self, call):  # noqa: ANN001, ANN202
        """Cookie state must be read to decide: wait for Redis rather than guess."""
        delay = 0.5
        while True:
            try:
                return await call()
            except StateUnavailable:
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
