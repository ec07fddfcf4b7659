"""Every topic of EVENTS.md with its partition count and cleanup policy, created explicitly.

Never rely on broker auto-creation: Tansu auto-creates 4 partitions whatever we want, and
a Faust agent on a topic with an unexpected partition count crash-loops behind a "Ready"
worker (BROKER.md). ``ensure_topics`` is idempotent and is run by the worker at start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from schemas import catalogue as cat
from streams.envelope import Outgoing
from talentguard.errors import BrokerError
from streams import connect

WEEK_MS = 7 * 24 * 3600 * 1000
DAY_MS = 24 * 3600 * 1000
# The shortest erasure deadline of every preset (1 month) counted as the shortest month:
# no topic holding personal data keeps a record longer than the subject may wait for its
# erasure (a unit test checks every preset's deadline is at least this long).
ERASURE_DEADLINE_MS = 28 * DAY_MS


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    configs: dict[str, str] = field(default_factory=dict)
    why: str = ""


def _compacted(**extra: str) -> dict[str, str]:
    """Compaction (tombstones delete a subject's records) AND a retention bound."""
    return {"cleanup.policy": "compact,delete", "retention.ms": str(ERASURE_DEADLINE_MS),
            "min.compaction.lag.ms": str(WEEK_MS), "delete.retention.ms": str(DAY_MS), **extra}


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(cat.CANDIDATE_EVENTS, 6, _compacted(),
              "keyed by candidate: an erasure tombstone removes the candidate's raw events "
              "(CVs included) once compacted; a week's lag keeps fresh events for processing; "
              "nothing older than the erasure deadline is kept"),
    TopicSpec(cat.CLIENT_EVENTS, 6, {"cleanup.policy": "delete", "retention.ms": str(ERASURE_DEADLINE_MS)}),
    TopicSpec(cat.ANALYTICS_EVENTS, 6, {"cleanup.policy": "delete", "retention.ms": str(ERASURE_DEADLINE_MS)},
              "raw visitor ids and IPs: kept no longer than the erasure deadline"),
    TopicSpec(cat.CLIENT_PROFILES, 3, _compacted(),
              "keyed by client and candidate pseudonym: erasure tombstones delete every client's copy"),
    TopicSpec(cat.CANDIDATE_NOTIFICATIONS, 3, _compacted(),
              "keyed by candidate: erasure tombstones reach it too"),
    TopicSpec(cat.PRIVACY_AUDIT, 3, {"cleanup.policy": "delete", "retention.ms": "-1"},
              "append-only proof: kept forever, holds pseudonymous ids only"),
    TopicSpec(cat.DEAD_LETTER, 1, _compacted(),
              "payloads sealed with the dead-letter key, keyed by subject pseudonym (tombstones "
              "reach them) or by their own id; kept no longer than the erasure deadline"),
)

TOPICS_BY_NAME = {t.name: t for t in TOPICS}
COMPACTED_BY_CANDIDATE = tuple(
    t.name for t in TOPICS
    if "compact" in t.configs.get("cleanup.policy", "") and cat.KEY_FIELD_BY_TOPIC.get(t.name) == "candidate_id"
)


def erasure_tombstones(candidate_id: str, subject_name: str, clients: Iterable[str]) -> list[Outgoing]:
    """A null value under every key that may hold this subject's records on a compacted
    topic: candidate-events and candidate-notifications (the candidate id), client-profiles
    (one per client that ever received or was refused the profile: ``CLIENT:PSEUDONYM``),
    dead-letter (the pseudonym). Apache Kafka then deletes the older records with those keys
    (after ``min.compaction.lag.ms``); the embedded broker never compacts (see README)."""
    out = [Outgoing(topic, candidate_id.encode(), None) for topic in COMPACTED_BY_CANDIDATE]
    out += [Outgoing(cat.CLIENT_PROFILES, cat.client_subject_key(c, subject_name), None)
            for c in sorted(set(clients))]
    out.append(Outgoing(cat.DEAD_LETTER, subject_name.encode(), None))
    return out


def admin_client(bootstrap: str) -> KafkaAdminClient:
    try:
        return KafkaAdminClient(**connect.kafka_python_options(), bootstrap_servers=bootstrap, client_id="talentguard-admin",
                                request_timeout_ms=10_000)
    except KafkaError as exc:
        raise BrokerError(f"cannot reach Kafka at {bootstrap} within {connect.connect_timeout_s():g} s "
                          f"(--connect-timeout): {type(exc).__name__}") from exc


def ensure_topics(bootstrap: str, specs: tuple[TopicSpec, ...] = TOPICS) -> dict[str, str]:
    """Create missing topics; return {topic: "created" | "exists" | "exists (N partitions!)"}."""
    admin = admin_client(bootstrap)
    try:
        existing = set(admin.list_topics())
        report: dict[str, str] = {}
        missing = [s for s in specs if s.name not in existing]
        for spec in missing:
            try:
                admin.create_topics([NewTopic(spec.name, spec.partitions, 1, topic_configs=spec.configs)])
                report[spec.name] = "created"
            except TopicAlreadyExistsError:
                report[spec.name] = "exists"
        present = [s for s in specs if s.name in existing]
        if present:
            counts = partition_counts(admin, [s.name for s in present])
            for spec in present:
                got = counts.get(spec.name)
                report[spec.name] = "exists" if got == spec.partitions else f"exists ({got} partitions, want {spec.partitions}!)"
        return {s.name: report[s.name] for s in specs}
    except KafkaError as exc:
        raise BrokerError(f"topic creation failed on {bootstrap}: {type(exc).__name__}: {exc}") from exc
    finally:
        admin.close()


def partition_counts(admin: KafkaAdminClient, topics: list[str]) -> dict[str, int]:
    return {t.get("name") or t.get("topic"): len(t["partitions"]) for t in admin.describe_topics(topics)}
