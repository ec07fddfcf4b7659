"""The audit archive on real DuckDB and PostgreSQL: idempotent by record, a forged copy
never displaces the original, append-only in PostgreSQL, and verify reads it back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sinks.audit_archive import AuditArchive
from talentguard.audit import CHECKPOINT_DECISION, CHECKPOINT_SUBJECT, GENESIS, AuditEntry, Sealer, TrustedKeys, verify
from talentguard.config import Settings
from tests.integration.test_sinks import pg_dsn  # noqa: F401

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
KEY = Ed25519PrivateKey.generate()
SEALER = Sealer(KEY)


def chain(subject: str, n: int) -> list[dict]:
    out, prev = [], GENESIS
    for i in range(n):
        out.append(SEALER.seal(AuditEntry(subject, "deny", "no_consent", "r", f"{subject}-{i}",
                                          T0 + timedelta(seconds=i)), prev))
        prev = out[-1]["hash"]
    return out


@pytest.fixture(params=["duckdb", "postgres"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[AuditArchive]:
    sink = f"duckdb:{tmp_path / 'a.duckdb'}" if request.param == "duckdb" else request.getfixturevalue("pg_dsn")
    a = AuditArchive(Settings.load(sink=sink))
    yield a
    a.close()


def test_when_records_are_archived_twice_then_each_is_stored_once_and_verifies(archive: AuditArchive) -> None:
    records = chain("s_a", 3) + chain("s_b", 2)
    checkpoint = SEALER.seal(AuditEntry(CHECKPOINT_SUBJECT, CHECKPOINT_DECISION, "2", "p", "w:1", T0,
                                        (("s_a", records[2]["hash"]), ("s_b", records[4]["hash"]))), GENESIS)
    archive.append(records + [checkpoint])
    archive.append(records[:2])   # a redelivery
    stored = archive.records()
    assert len(stored) == 6
    report = verify(stored, TrustedKeys.of(KEY.public_key()))
    assert report.failures == [] and report.checkpoints == 1
    assert [r["ref"] for r in report.verified["s_a"]] == ["s_a-0", "s_a-1", "s_a-2"]
    assert [r["ref"] for r in archive.records(["s_b"]) if r["subject_id"] == "s_b"] == ["s_b-0", "s_b-1"]


def test_when_a_forged_copy_reuses_an_event_id_then_the_original_stays_and_verify_rejects_the_copy(
        archive: AuditArchive) -> None:
    records = chain("s_a", 2)
    archive.append([{**records[1], "reason": "shared"}])   # the forgery arrives first
    archive.append(records)
    report = verify(archive.records(), TrustedKeys.of(KEY.public_key()))
    assert [(p.kind, p.ref) for p in report.failures] == [("edited", "s_a-1")]
    assert len(report.verified["s_a"]) == 2


def test_when_someone_updates_deletes_or_truncates_archived_rows_in_postgresql_then_it_is_refused(pg_dsn: str) -> None:  # noqa: F811
    archive = AuditArchive(Settings.load(sink=pg_dsn))
    try:
        archive.append(chain("s_a", 2))
    finally:
        archive.close()
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        for sql in ("UPDATE audit_records SET reason = 'shared'", "DELETE FROM audit_records",
                    "TRUNCATE audit_records"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(sql)
        rows = conn.execute("SELECT reason FROM audit_records").fetchall()
    assert rows == [("no_consent",), ("no_consent",)]
