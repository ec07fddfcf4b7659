"""Analytics events: cookie consent first, then anonymous daily counters in the sink.

Page views, searches and e-mail clicks count only for visitors whose analytics consent
is given and younger than the preset's limit (13 months by default); the others are
dropped and only counted. IPs and user agents never leave this module; visitors are
counted through keyed pseudonyms; search terms that look personal are dropped.
"""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import datetime
from typing import Any

from anonymiser.pseudonym import pseudonym
from anonymiser.search_terms import normalise_term, path_group
from schemas import catalogue as cat
from schemas.codec import Event
from sinks.base import AggregateSink, AnalyticsHit, SearchHit, SinkBatch
from streams.processors.base import BatchOutput, ProcessorBase
from talentguard.consent import CookieConsent, analytics_allowed
from talentguard.errors import StateUnavailable

TRACKED = ("PageViewed", "SearchPerformed", "EmailClicked")


class AnalyticsProcessor(ProcessorBase):
    name = "analytics"
    topic = cat.ANALYTICS_EVENTS

    def __init__(self, *args: Any, sink: AggregateSink, cookie_max_age: Any, secret: bytes,
                 fault: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sink, self.max_age, self.secret = sink, cookie_max_age, secret
        self.fault = fault  # fault injection for crash tests, see FAULT_ENV in streams.wiring

    async def handle(self, events: list[Event], now: datetime, result: BatchOutput) -> None:
        # cookie choices first, in order: a consent given in this batch covers later views
        for e in events:
            if e["type"] == "CookieConsentChanged":
                consent = CookieConsent(e["visitor_id"], e["analytics"], e["advertising"], e["functional"],
                                        e["occurred_at"], e["event_id"])
                await self._retrying(lambda c=consent: self.state.cookies.record(c))
        tracked = [e for e in events if e["type"] in TRACKED]
        visitors = list(dict.fromkeys(e["visitor_id"] for e in tracked))
        consents = await self._retrying(lambda: self.state.cookies.get_many(visitors))
        by_visitor = {c.visitor_id: c for c in consents if c is not None}
        batch = SinkBatch()
        for e in tracked:
            if not analytics_allowed(by_visitor.get(e["visitor_id"]), e["occurred_at"], self.max_age):
                self.counters.bump(self.counters.dropped, "no_analytics_consent")
                continue
            day = e["occurred_at"].date()
            visitor = pseudonym(self.secret, e["visitor_id"])
            if e["type"] == "PageViewed":
                batch.analytics.append(AnalyticsHit(e["event_id"], day, "PageViewed", path_group(e["path"]), visitor))
            elif e["type"] == "SearchPerformed":
                batch.analytics.append(AnalyticsHit(e["event_id"], day, "SearchPerformed", "/search", visitor))
                term = normalise_term(e["query"])
                if term is None:
                    self.counters.bump(self.counters.dropped, "personal_search_term")
                else:
                    batch.searches.append(SearchHit(e["event_id"], day, term))
            else:
                batch.analytics.append(AnalyticsHit(e["event_id"], day, "EmailClicked", "/email", visitor))
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
