"""Builds each processor and periodic job with its real dependencies.

The one place that knows which concrete parts the worker uses (Redis stores, the sink,
the policy, the sanitiser); processors and jobs only see seams.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Awaitable, Callable

import redis

from schemas import catalogue as cat
from schemas.codec import default_codec
from sinks.factory import open_sink
from streams.envelope import Outgoing, emit
from streams.processor import Counters, Processor
from sinks.audit_archive import open_archive
from streams.processors.analytics import AnalyticsProcessor
from streams.processors.base import Limits
from streams.processors.audit_archiver import AuditArchiver
from streams.log_end import LogEndProbe
from streams.state.watermarks import AppliedOffsets
from streams.topics import TOPICS_BY_NAME
from streams.processors.candidate import CandidateProcessor
from streams.processors.consent_gate import ConsentGate
from streams.retention_sweep import RetentionSweeper
from streams.sanitising import preset_sanitisers
from streams.state.bundle import open_state
from streams.state.retention_clock import RetentionClock
from streams.state.subject_requests import SubjectRequestStore, export_ttl_from_env
from streams.state.party_retention import PartyClock
from streams.state.surveys import SurveyCounts
from talentguard.audit import AuditEntry
from talentguard.clock import SystemClock
from talentguard.config import Settings
from talentguard.errors import SinkError, StateUnavailable
from talentguard.keyring import default_keyring
from talentguard.policy import load_policy

# Fault injection for crash tests only: "kill-after-sink-write" makes the analytics
# processor SIGKILL its own process right after a sink write, before the offset commit;
# "kill-before-mark:EVENT_ID" once the outputs of the batch holding that event are
# acknowledged, before its processed mark and commit (ProcessorBase.fault).
FAULT_ENV = "TALENTGUARD_FAULT_INJECTION"
# How often each worker publishes a signed checkpoint of the audit chain heads it linked.
CHECKPOINT_ENV = "TALENTGUARD_CHECKPOINT_INTERVAL_S"
DEFAULT_CHECKPOINT_INTERVAL_S = 30.0
# After how long a linked audit record still unseen on the topic is re-published.
RECOVER_ENV = "TALENTGUARD_AUDIT_RECOVER_AFTER_S"
DEFAULT_RECOVER_AFTER_S = 60.0

log = logging.getLogger("talentguard.worker")

JobResult = tuple[list[Outgoing], Callable[[], Awaitable[None]] | None]
Timer = tuple[float, Callable[[], Awaitable[JobResult]]]


@dataclass
class Pipeline:
    processors: list[Processor]
    timers: list[Timer]


def drop_legacy_secrets(settings: Settings) -> None:
    """Versions before issue 11 kept the visitor pseudonym secret in Redis next to the data
    (anyone with Redis read access could re-identify visitors) and cookie choices under
    visitor ids in clear. The secret now lives in the keyring; both old keys are deleted."""
    client = redis.Redis.from_url(settings.redis_url, socket_timeout=2)
    try:
        client.delete(f"{settings.state_prefix}:pseudonym-secret", f"{settings.state_prefix}:cookie")
    except redis.RedisError as exc:
        raise StateUnavailable(f"Redis unavailable at start: {type(exc).__name__}") from None
    finally:
        client.close()


def build_pipeline(settings: Settings, counters: Counters, sweep_interval_s: float = 5.0,
                   bootstrap: str | None = None) -> Pipeline:
    """``bootstrap``: the broker the worker uses (the gate probes its log ends); defaults
    to ``settings.bootstrap``."""
    codec, clock = default_codec(), SystemClock()
    policy = load_policy(settings.policy)
    keyring = default_keyring()  # secrets outside Redis: KEK, pseudonym key, dead-letter key
    drop_legacy_secrets(settings)
    state = open_state(settings.redis_url, settings.state_prefix, keyring=keyring)
    retention = RetentionClock(state.client, state.keys, policy)
    sink = open_sink(settings, hold=True)  # one DuckDB connection, handed over on demand
    sanitise_cv, sanitise_field = preset_sanitisers(policy)  # the preset's extras included
    surveys = SurveyCounts(state.client, state.keys)
    parties = PartyClock(state.client, state.keys, policy)
    requests = SubjectRequestStore(state.client, state.keys, keyring.kek, export_ttl_from_env())
    applied = AppliedOffsets(state.client, state.keys)  # read-your-writes for the gate
    candidate_partitions = TOPICS_BY_NAME[cat.CANDIDATE_EVENTS].partitions
    bootstrap = bootstrap or settings.bootstrap
    read_your_writes = settings.gate_wait_ms > 0 and bootstrap is not None  # 0 = off
    limits = Limits(max_future_skew_s=settings.max_clock_skew_s, max_cv_chars=settings.max_cv_chars)
    processors: list[Processor] = [
        CandidateProcessor(codec, clock, state, counters, limits=limits, retention=retention, sanitise=sanitise_cv,
                           sanitise_field=sanitise_field, policy=policy,
                           requests=requests, pseudonym=keyring.subject_pseudonym, surveys=surveys,
                           applied=applied),
        ConsentGate(codec, clock, state, counters, limits=limits, policy=policy, parties=parties,
                    applied=applied if read_your_writes else None,
                    log_end=LogEndProbe(bootstrap, cat.CANDIDATE_EVENTS, candidate_partitions)
                    if read_your_writes else None,
                    candidate_partitions=candidate_partitions,
                    wait_for_state_s=settings.gate_wait_ms / 1000),
        AnalyticsProcessor(codec, clock, state, counters, limits=limits, sink=sink,
                           cookie_max_age=policy.cookie_max_age,
                           keyring=keyring, k=settings.k, fault=os.environ.get(FAULT_ENV)),
    ]
    for proc in processors:
        proc.fault = os.environ.get(FAULT_ENV)  # type: ignore[attr-defined]
    processors.append(AuditArchiver(codec, open_archive(settings, hold=True), counters, on_archived=state.audit.released))
    sweeper = RetentionSweeper(state, retention, sink, codec)

    async def sweep() -> JobResult:
        result = await sweeper.sweep(clock.now())
        counters.bump(counters.dropped, "retention_expired", len(result.expired))
        return result.outputs, result.finish

    async def count_overdue() -> JobResult:
        try:
            counters.subject_requests_overdue = await requests.overdue_count(clock.now())
        except StateUnavailable:
            pass  # keep the last value; the next tick retries
        return [], None

    async def publish_surveys() -> JobResult:
        """Survey cells that reached k respondents go to the sink (absolute counts)."""
        try:
            cells = await surveys.cells_at_least(policy.k)
            if cells:
                await asyncio.to_thread(sink.put_survey_stats, cells)
        except (StateUnavailable, SinkError) as exc:
            log.warning("survey statistics not written this time: %s", exc)
        return [], None

    async def sweep_parties() -> JobResult:
        """Clients, prospects, canvassing data past their retention: an audit record tells the
        platform to erase them (the pipeline holds none of their personal data itself)."""
        try:
            expired = await parties.due(clock.now())
            if not expired:
                return [], None
            entries = [AuditEntry(pid, "party_retention_expired", f"{party}: {rule.text if rule else 'expired'}",
                                  rule.source if rule else policy.source, f"party-retention:{party}:{pid}",
                                  clock.now()) for party, pid, rule in expired]
            outputs = [emit(codec, r) for r in await state.audit.append(entries)]
        except StateUnavailable as exc:
            log.warning("party retention sweep skipped: %s", exc)
            return [], None

        async def finish() -> None:  # once the audit records are acknowledged
            for party, pid, _ in expired:
                await parties.forget(party, pid)
            counters.bump(counters.dropped, "party_retention_expired", len(expired))

        return outputs, finish

    timers: list[Timer] = [(sweep_interval_s, sweep), (sweep_interval_s, count_overdue),
                           (sweep_interval_s, publish_surveys), (sweep_interval_s, sweep_parties)]
    if settings.duckdb_path is not None:
        timers.append((sweep_interval_s, _publisher(settings.duckdb_path)))
    writer = f"{socket.gethostname()}-{os.getpid()}"

    recover_after = float(os.environ.get(RECOVER_ENV) or DEFAULT_RECOVER_AFTER_S)

    async def checkpoint() -> JobResult:
        """Signed checkpoint of the heads linked here; and re-publication of linked records a
        dead worker never got acknowledged (still pending after ``recover_after``)."""
        records, heads = await state.audit.checkpoint(clock.now(), writer)
        stale = await state.audit.stale_pending(recover_after)

        async def finish() -> None:
            state.audit.checkpointed(heads)
            await state.audit.released([r["hash"] for r in stale])
        return [emit(codec, r) for r in records + stale], finish

    timers.append((float(os.environ.get(CHECKPOINT_ENV) or DEFAULT_CHECKPOINT_INTERVAL_S), checkpoint))
    return Pipeline(processors, timers)


def _publisher(sink_path: Path) -> Callable[[], Awaitable[JobResult]]:
    """Rewrite the analysts' published-only DuckDB file when the sink file changed (the file
    or its write-ahead log: the worker's held connection writes the log between checkpoints)."""
    from sinks.access import publish_duckdb, published_path

    out, seen = published_path(sink_path), [-1.0]

    async def publish() -> JobResult:
        try:
            mtime = sink_path.stat().st_mtime
        except OSError:
            return [], None
        try:
            mtime = max(mtime, sink_path.with_name(sink_path.name + ".wal").stat().st_mtime)
        except OSError:
            pass  # no log: everything is in the file
        if mtime != seen[0] or not out.exists():
            try:
                await asyncio.to_thread(publish_duckdb, sink_path, out, False)
                seen[0] = mtime
            except SinkError as exc:
                log.warning("published file not refreshed: %s", exc)
        return [], None

    return publish


def _sanitiser():  # noqa: ANN202 - returns the async sanitise callable or None
    """The CV sanitiser, when available: CV text is stored (and shared) only sanitised."""
    try:
        from anonymiser.cv_sanitiser import async_sanitiser
    except ImportError:
        return None
    return async_sanitiser()
