"""Schema and idempotent batch writes shared by the DuckDB and PostgreSQL sinks."""

from __future__ import annotations

from collections import Counter
from typing import Any, Callable

from sinks.base import VIEWS, SinkBatch

TABLES = [
    """CREATE TABLE IF NOT EXISTS cohort_stats (
        period TEXT NOT NULL, sector TEXT NOT NULL, region TEXT NOT NULL, seniority_band TEXT NOT NULL,
        education_level TEXT NOT NULL, contract_type TEXT NOT NULL, profiles BIGINT NOT NULL,
        PRIMARY KEY (period, sector, region, seniority_band, education_level, contract_type))""",
    """CREATE TABLE IF NOT EXISTS analytics_daily (
        day DATE NOT NULL, event_type TEXT NOT NULL, path_group TEXT NOT NULL,
        events BIGINT NOT NULL, visitors BIGINT NOT NULL, PRIMARY KEY (day, event_type, path_group))""",
    # analytics_visitors (visitor pseudonyms per cell) is gone since issue 11: distinct
    # visitors are counted in Redis (HyperLogLog, expiring) and only the count lands here
    "DROP TABLE IF EXISTS analytics_visitors",
    """CREATE TABLE IF NOT EXISTS search_terms_daily (
        day DATE NOT NULL, term TEXT NOT NULL, searches BIGINT NOT NULL, PRIMARY KEY (day, term))""",
    "CREATE TABLE IF NOT EXISTS applied_events (event_id TEXT PRIMARY KEY)",
    """CREATE TABLE IF NOT EXISTS survey_stats (
        survey_id TEXT NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL, respondents BIGINT NOT NULL,
        PRIMARY KEY (survey_id, question_id, answer))""",
    "CREATE TABLE IF NOT EXISTS sink_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
]
K = "(SELECT CAST(value AS INTEGER) FROM sink_settings WHERE name = 'k')"
VIEW_SQL = {
    VIEWS["cohorts"]: f"SELECT period, sector, region, seniority_band, education_level, contract_type, profiles "
                      f"FROM cohort_stats WHERE profiles >= {K}",
    VIEWS["analytics"]: f"SELECT day, event_type, path_group, events, visitors FROM analytics_daily "
                        f"WHERE visitors >= {K}",
    VIEWS["searches"]: f"SELECT day, term, searches FROM search_terms_daily WHERE searches >= {K}",
    VIEWS["surveys"]: f"SELECT survey_id, question_id, answer, respondents FROM survey_stats WHERE respondents >= {K}",
}
for _view, _dimension in (("cohorts-sector", "sector"), ("cohorts-region", "region"),
                          ("cohorts-seniority", "seniority_band")):
    VIEW_SQL[VIEWS[_view]] = (f"SELECT period, {_dimension}, SUM(profiles) AS profiles FROM cohort_stats "
                              f"GROUP BY period, {_dimension} HAVING SUM(profiles) >= {K}")
ORDER = {VIEWS["cohorts"]: "profiles DESC, period, sector, region", VIEWS["analytics"]: "day, event_type, path_group",
         VIEWS["searches"]: "day, searches DESC, term",
         VIEWS["surveys"]: "survey_id, question_id, respondents DESC, answer",
         VIEWS["cohorts-sector"]: "period, profiles DESC, sector",
         VIEWS["cohorts-region"]: "period, profiles DESC, region",
         VIEWS["cohorts-seniority"]: "period, seniority_band"}


class Dialect:
    """The few statements whose syntax differs between DuckDB and PostgreSQL."""

    def unnest(self, columns: list[tuple[str, str]]) -> str:
        raise NotImplementedError

    param = "?"


class DuckDialect(Dialect):
    param = "?"

    def unnest(self, columns: list[tuple[str, str]]) -> str:
        return "SELECT " + ", ".join(f"unnest(?::{t}[])" for _, t in columns)


class PostgresDialect(Dialect):
    param = "%s"

    def unnest(self, columns: list[tuple[str, str]]) -> str:
        return "SELECT * FROM unnest(" + ", ".join(f"%s::{t}[]" for _, t in columns) + ")"


def setup_statements(k: int, dialect: Dialect) -> list[tuple[str, tuple]]:
    p = dialect.param
    stmts: list[tuple[str, tuple]] = [(t, ()) for t in TABLES]
    stmts.append((f"INSERT INTO sink_settings VALUES ('k', {p}) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
                  (str(k),)))
    stmts += [(f"CREATE OR REPLACE VIEW {name} AS {sql}", ()) for name, sql in VIEW_SQL.items()]
    return stmts


Execute = Callable[[str, tuple], list[tuple]]


def apply_batch(execute: Execute, dialect: Dialect, batch: SinkBatch) -> int:
    """Idempotent counter updates for the events of ``batch`` not applied before."""
    ids = [c[0] for c in batch.cohorts] + [i for h in batch.analytics for i in (h.event_id, *h.covers)] + \
        [i for h in batch.searches for i in (h.event_id, *h.covers)]
    if not ids:
        return 0
    fresh = {row[0] for row in execute(
        f"INSERT INTO applied_events {dialect.unnest([('event_id', 'TEXT')])} ON CONFLICT DO NOTHING RETURNING event_id",
        (list(dict.fromkeys(ids)),))}
    cohorts: Counter = Counter()
    for eid, key, *weight in batch.cohorts:  # (ref, cohort) counts 1; (ref, cohort, n) counts n
        if eid in fresh:
            cohorts[key] += weight[0] if weight else 1
    if cohorts:
        keys = list(cohorts)
        execute(
            "INSERT INTO cohort_stats " + dialect.unnest([("c", "TEXT")] * 6 + [("n", "BIGINT")]) +
            " ON CONFLICT (period, sector, region, seniority_band, education_level, contract_type) "
            "DO UPDATE SET profiles = cohort_stats.profiles + EXCLUDED.profiles",
            ([k.period for k in keys], [k.sector for k in keys], [k.region for k in keys],
             [k.seniority_band for k in keys], [k.education_level for k in keys], [k.contract_type for k in keys],
             [cohorts[k] for k in keys]))
    def weight(h: Any) -> int:  # the hit itself and the held-back events it covers, each once
        return sum(1 for i in dict.fromkeys((h.event_id, *h.covers)) if i in fresh)

    cells: Counter = Counter()
    visitors: dict[tuple, int] = {}
    for h in batch.analytics:
        cell = (h.day, h.event_type, h.path_group)
        cells[cell] += weight(h)
        visitors[cell] = max(visitors.get(cell, 0), h.visitors)
    keys = [k for k in cells if cells[k] or visitors[k]]
    if keys:
        execute(
            "INSERT INTO analytics_daily " + dialect.unnest([("d", "DATE"), ("e", "TEXT"), ("p", "TEXT"), ("n", "BIGINT"), ("v", "BIGINT")]) +
            " ON CONFLICT (day, event_type, path_group) DO UPDATE SET events = analytics_daily.events + EXCLUDED.events, "
            "visitors = GREATEST(analytics_daily.visitors, EXCLUDED.visitors)",
            ([k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], [cells[k] for k in keys],
             [visitors[k] for k in keys]))
    searches: Counter = Counter()
    for h in batch.searches:
        searches[(h.day, h.term)] += weight(h)
    searches = Counter({k: n for k, n in searches.items() if n})
    if searches:
        keys = list(searches)
        execute(
            "INSERT INTO search_terms_daily " + dialect.unnest([("d", "DATE"), ("t", "TEXT"), ("n", "BIGINT")]) +
            " ON CONFLICT (day, term) DO UPDATE SET searches = search_terms_daily.searches + EXCLUDED.searches",
            ([k[0] for k in keys], [k[1] for k in keys], [searches[k] for k in keys]))
    return len(fresh)


def survey_statements(rows: list[tuple[str, str, str, int]], k: int, dialect: Dialect) -> list[tuple[str, tuple]]:
    """Absolute respondent counts of survey cells; a cell below k is never written (k at write)."""
    p = dialect.param
    return [(f"INSERT INTO survey_stats VALUES ({p}, {p}, {p}, {p}) ON CONFLICT (survey_id, question_id, answer) "
             "DO UPDATE SET respondents = EXCLUDED.respondents", row) for row in rows if row[3] >= k]


def select_view(view: str) -> str:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    name = VIEWS[view]
    return f"SELECT * FROM {name} ORDER BY {ORDER[name]}"


def to_rows(rows: list[Any]) -> list[tuple]:
    return [tuple(r) for r in rows]
