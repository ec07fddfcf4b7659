"""The aggregate sink contract.

A sink stores counters that analysts query, never rows about people:
``cohort_stats`` (expired, anonymised profiles), ``analytics_daily`` and
``search_terms_daily``. Contract:

- ``apply(batch)`` is all-or-nothing (one transaction) and idempotent per ``event_id``:
  applied ids are stored in the same transaction as the counters, so a redelivered event,
  or a worker killed between the sink write and the Kafka commit, is counted once.
- On failure it raises ``SinkError`` and nothing of the batch is applied; the caller does
  not commit its offsets and the batch is delivered again.
- Published views (``*_published``) hide every cell whose count is below k; k is stored
  in the sink (table ``sink_settings``) so SQL users see the same suppression. k is also
  enforced before writing: cohort cells (``streams.state.cohort_counts``), search terms,
  path groups and survey cells reach the sink only once they count k.
- Not guaranteed: ordering between batches of different workers (counters commute).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from anonymiser.generalise import CohortKey

VIEWS = {"cohorts": "cohort_stats_published", "analytics": "analytics_daily_published",
         "searches": "search_terms_daily_published", "surveys": "survey_stats_published"}
# Coarser rollups of cohort_stats next to the full view (each k-suppressed on its own
# counts): most cells of the five-dimension view are below k, a quarter by one
# dimension is not.
VIEWS.update({"cohorts-sector": "cohort_sector_quarter_published",
              "cohorts-region": "cohort_region_quarter_published",
              "cohorts-seniority": "cohort_seniority_quarter_published"})


@dataclass(frozen=True)
class AnalyticsHit:
    event_id: str
    day: date
    event_type: str
    path_group: str
    visitor: str = ""  # unused since issue 11: distinct visitors are counted in Redis (``visitors``)
    visitors: int = 0  # distinct visitors of the cell so far (the sink keeps the largest seen)
    covers: tuple[str, ...] = ()  # held-back event ids counted with this one (k-at-write)


@dataclass(frozen=True)
class SearchHit:
    event_id: str
    day: date
    term: str
    covers: tuple[str, ...] = ()  # held-back event ids counted with this one (k-at-write)


@dataclass
class SinkBatch:
    # (expiry ref, cohort) counts one profile; (expiry ref, cohort, n) counts n: the sweeper
    # writes only cells released at k (streams.state.cohort_counts), the k-th carrying k
    cohorts: list[tuple[str, CohortKey] | tuple[str, CohortKey, int]] = field(default_factory=list)
    analytics: list[AnalyticsHit] = field(default_factory=list)
    searches: list[SearchHit] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.cohorts or self.analytics or self.searches)


class AggregateSink(Protocol):
    def apply(self, batch: SinkBatch) -> int:
        """Apply the batch; returns how many events were new (not applied before)."""
        ...

    def put_survey_stats(self, rows: list[tuple[str, str, str, int]]) -> None:
        """Absolute respondent counts per survey cell; cells below k are never written."""
        ...

    def published(self, view: str) -> tuple[list[str], list[tuple]]:
        """(column names, rows) of a published view: "cohorts", "analytics" or "searches"."""
        ...

    def close(self) -> None:
        ...
