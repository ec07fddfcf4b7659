"""Survey answers as counts only: who answered is remembered (to count once), never what.

``PREFIX:survey-answered:SURVEY:QUESTION:SUBJECT`` (a pseudonym) marks that the subject
answered that question, with a TTL (``MARKER_TTL``), so a re-answer is not counted twice;
it does not hold the answer. ``PREFIX:survey-cells`` hash ``[survey, question, answer]`` ->
respondents. A cell reaches the sink only once it counts at least k respondents (the
worker's timer writes absolute counts, so a repeated write is harmless). The counting is
``streams.state.count_once`` (shared with the retention cohorts).
"""

from __future__ import annotations

import json

from redis.asyncio import Redis

from streams.state.count_once import RedisCountOnce
from streams.state.redis_client import KeySpace

MARKER_TTL_S = 400 * 86400  # a survey's answers count once per respondent for 400 days


class SurveyCounts:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self.cells_key = keys.key("survey-cells")
        self._counts = RedisCountOnce(client, self.cells_key, keys.key("survey-released"), MARKER_TTL_S)

    async def record(self, subject: str, survey: str, question: str, answer: str) -> bool:
        """Count one respondent's answer (once per subject and question); True if counted."""
        marker = self.keys.key("survey-answered", survey, question, subject)
        cell = json.dumps([survey, question, answer])
        # k = 0: nothing held back per answer; cells_at_least gates the absolute counts
        return (await self._counts.record(0, [(marker, cell)]))[0].counted

    async def cells_at_least(self, k: int) -> list[tuple[str, str, str, int]]:
        """(survey, question, answer, respondents) of every cell with at least k respondents."""
        out = []
        for field, n in (await self._counts.counts()).items():
            if n >= k:
                survey, question, answer = json.loads(field)
                out.append((survey, question, answer, n))
        return sorted(out)
