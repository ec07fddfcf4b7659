"""Survey answers as counts only: who answered is remembered (to count once), never what.

``PREFIX:survey-answered:SURVEY:QUESTION:SUBJECT`` (a pseudonym) marks that the subject
answered that question, with a TTL (``MARKER_TTL``), so a re-answer is not counted twice;
it does not hold the answer. ``PREFIX:survey-cells`` hash ``[survey, question, answer]`` ->
respondents. A cell reaches the sink only once it counts at least k respondents (the
worker's timer writes absolute counts, so a repeated write is harmless).
"""

from __future__ import annotations

import json

from redis.asyncio import Redis

from streams.state.redis_client import KeySpace, state_errors

MARKER_TTL_S = 400 * 86400  # a survey's answers count once per respondent for 400 days

# KEYS: marker, cells; ARGV: cell field, ttl seconds. Returns 1 when counted.
COUNT_ONCE = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
  redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
  return 1
end
return 0
"""


class SurveyCounts:
    def __init__(self, client: Redis, keys: KeySpace) -> None:
        self.client, self.keys = client, keys
        self.cells_key = keys.key("survey-cells")
        self._count = client.register_script(COUNT_ONCE)

    async def record(self, subject: str, survey: str, question: str, answer: str) -> bool:
        """Count one respondent's answer (once per subject and question); True if counted."""
        marker = self.keys.key("survey-answered", survey, question, subject)
        cell = json.dumps([survey, question, answer])
        async with state_errors("counting a survey answer"):
            return bool(await self._count(keys=[marker, self.cells_key], args=[cell, MARKER_TTL_S]))

    async def cells_at_least(self, k: int) -> list[tuple[str, str, str, int]]:
        """(survey, question, answer, respondents) of every cell with at least k respondents."""
        async with state_errors("reading survey counts"):
            raw = await self.client.hgetall(self.cells_key)
        out = []
        for field, n in raw.items():
            if int(n) >= k:
                survey, question, answer = json.loads(field)
                out.append((survey, question, answer, int(n)))
        return sorted(out)
