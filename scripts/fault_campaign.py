"""Fault campaign: traffic + kill -9 + a Redis outage + fuzzed payloads, then an accounting.

Why: a test proves one scenario; the campaign throws the faults at the worker together,
the way production does, and then checks the promises by counting what came out:

    requests vs decisions    every share request decided, exactly one outcome each (and
                             never two different final ones: retryable denials aside)
    notices per pair         at most one FirstShareNotice per (candidate, client)
    withdrawals honoured     no request published after a withdrawal was acked is shared
    false unknown_candidate  requests for registered candidates denied as unknown
    recovery                 once the faults are over, consenting candidates are shared
                             (the client re-asks after a retryable denial, as a client would)
    analytics exact          page views counted exactly once in the sink despite kills
    dead letters = bad       each undecodable fuzzed payload dead-lettered; nothing else
    worker RSS               after warm-up and at the end

Everything is private to the run: its own embedded broker, its own redis-server (append
only, so a restart keeps the state like a production Redis), its own DuckDB file and
keys directory. Usage:

    python scripts/fault_campaign.py                 # full size (~10 min on 2 cores)
    python scripts/fault_campaign.py --small --json  # what the CI test runs

Exit status 0 only when every check holds. Not covered: broker crashes (Tansu keeps
everything in memory: a restart loses the topics, see BROKER.md).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from schemas import catalogue as cat  # noqa: E402
from schemas.codec import default_codec  # noqa: E402
from streams.broker import start_broker  # noqa: E402
from streams.publisher import Publisher  # noqa: E402
from streams.testing import RedisServer, TopicTail, WorkerProcess  # noqa: E402
from streams.topics import ensure_topics  # noqa: E402
from talentguard.errors import PipelineError, SchemaError  # noqa: E402


@dataclass
class Size:
    candidates: int
    clients: int
    requests: int
    withdrawals: int
    page_views: int
    kills: int
    redis_outages: int
    fuzz: int
    rate: float  # share requests per second during the traffic phase


FULL = Size(candidates=400, clients=8, requests=4000, withdrawals=150, page_views=2000, kills=10,
            redis_outages=2, fuzz=10_000, rate=60)
SMALL = Size(candidates=30, clients=4, requests=240, withdrawals=12, page_views=120, kills=2,
             redis_outages=1, fuzz=400, rate=20)
RECOVERY_REQUESTS = 20   # consenting candidates asked for once the faults are over
RECOVERY_ATTEMPTS = 6    # a client retries a retryable denial (state_lagging, state_unavailable)
RETRYABLE = {"state_lagging", "state_unavailable"}


@dataclass
class Ledger:
    """What the campaign published, to compare with what came out."""

    requests: dict[str, tuple[str, str]] = field(default_factory=dict)    # request id -> (candidate, client)
    must_not_share: set[str] = field(default_factory=set)                 # requests published after a withdrawal
    fuzz_offsets: dict[tuple[str, int, int], bool] = field(default_factory=dict)  # -> expected dead letter
    page_views: int = 0
    path: str = ""


@dataclass
class Faults:
    kills: int = 0
    unplanned_exits: int = 0
    redis_outages: int = 0
    worker_restarts: int = 0
    log: list[str] = field(default_factory=list)


class Campaign:
    def __init__(self, size: Size, workdir: Path, seed: int, engine: str) -> None:
        self.size, self.dir, self.rng, self.engine = size, workdir, random.Random(seed), engine
        self.tag = uuid.uuid4().hex[:6]
        self.codec = default_codec()
        self.ledger = Ledger(path=f"/campaign-{''.join(chr(97 + int(c, 16) % 26) for c in self.tag)}")
        self.faults = Faults()
        self.lock = threading.Lock()
        self.stop_faults = threading.Event()
        self.rss: dict[str, float] = {}
        self.withdrawn: set[str] = set()
        self.recovery: dict[str, Any] = {}

    # ---- set-up -------------------------------------------------------------------------
    def start(self) -> None:
        self.broker, self.broker_proc = start_broker(detach=False, log_path=self.dir / "tansu.log")
        ensure_topics(self.broker.bootstrap)
        self.redis = RedisServer(self.dir / "redis")
        self.redis.start()
        self.env = {
            "TALENTGUARD_REDIS_URL": self.redis.url,
            "TALENTGUARD_STATE_PREFIX": f"fc{self.tag}",
            "TALENTGUARD_SINK": f"duckdb:{self.dir / 'sink.duckdb'}",
            "TALENTGUARD_KEYS_DIR": str(self.dir / "keys"),
            "TALENTGUARD_BROKER_STATE": str(self.dir / "no-embedded.json"),
        }
        self.dead = TopicTail(self.broker.bootstrap, cat.DEAD_LETTER)
        self.profiles = TopicTail(self.broker.bootstrap, "client-profiles")
        self.notices = TopicTail(self.broker.bootstrap, "candidate-notifications")
        self.group = f"fc-{self.tag}"
        self.worker = self._new_worker()
        self.worker.wait_ready(self.dead, timeout=120)
        self.probes = 1  # wait_ready's probe is a dead letter by design

    def _new_worker(self) -> WorkerProcess:
        self.faults.worker_restarts += 1
        return WorkerProcess(self.broker.bootstrap, group=self.group, env=self.env,
                             log_path=self.dir / "worker.log",
                             extra_args=("--engine", self.engine)).start()

    def close(self) -> None:
        self.stop_faults.set()
        for closer in (self.worker.stop, self.dead.close, self.profiles.close, self.notices.close,
                       self.redis.stop, self.broker.stop):
            try:
                closer()
            except Exception:  # noqa: BLE001 - best effort at teardown
                pass

    # ---- traffic ------------------------------------------------------------------------
    def base(self, record: str, **fields: Any) -> dict[str, Any]:
        return {"type": record, "event_id": f"{record}-{uuid.uuid4().hex}", "source": "fault-campaign", **fields}

    def populate(self, pub: Publisher) -> tuple[list[str], list[str]]:
        cids = [f"fc-{self.tag}-{i}" for i in range(self.size.candidates)]
        clients = [f"fcc-{self.tag}-{i}" for i in range(self.size.clients)]
        for cid in cids:
            pub.publish(cat.CANDIDATE_EVENTS, self.base(
                "CandidateRegistered", candidate_id=cid, email=f"{cid}@example.org", first_name="Test",
                last_name="Candidate", city="Lyon", locale="fr"))
            pub.publish(cat.CANDIDATE_EVENTS, self.base(
                "ProfileUpdated", candidate_id=cid, job_title="Data engineer", sector="IT", years_experience=5,
                education_level="master", contract_types=["permanent"], birth_date="1990-01-01"))
            pub.publish(cat.CANDIDATE_EVENTS, self.base(
                "ConsentGranted", candidate_id=cid, purpose="cv_library",
                occurred_at=datetime.now(timezone.utc) - timedelta(seconds=30)))
        visitors = [f"fcv-{self.tag}-{i}" for i in range(6)]
        for vid in visitors:
            pub.publish(cat.ANALYTICS_EVENTS, self.base("CookieConsentChanged", visitor_id=vid, analytics=True,
                                                        advertising=False, functional=True))
        pub.flush()
        self.visitors = visitors
        return cids, clients

    def traffic(self, pub: Publisher, cids: list[str], clients: list[str]) -> None:
        withdrawn: set[str] = set()
        total = self.size.requests
        withdraw_at = set(self.rng.sample(range(total), self.size.withdrawals))
        views_per_request = self.size.page_views / total
        owed_views = 0.0
        interval = 1.0 / self.size.rate
        for i in range(total):
            started = time.monotonic()
            if i in withdraw_at:
                cid = self.rng.choice([c for c in cids if c not in withdrawn] or cids)
                pub.publish(cat.CANDIDATE_EVENTS, self.base("ConsentWithdrawn", candidate_id=cid, purpose="cv_library"))
                pub.flush()  # acknowledged: every request published from now on must respect it
                withdrawn.add(cid)
                self.withdrawn.add(cid)
            cid, client = self.rng.choice(cids), self.rng.choice(clients)
            rid = f"fcr-{self.tag}-{i}"
            pub.publish(cat.CLIENT_EVENTS, self.base("ProfileShareRequested", request_id=rid, client_id=client,
                                                     candidate_id=cid, purpose="recruitment"))
            self.ledger.requests[rid] = (cid, client)
            if cid in withdrawn:
                self.ledger.must_not_share.add(rid)
            owed_views += views_per_request
            while owed_views >= 1:
                pub.publish(cat.ANALYTICS_EVENTS, self.base("PageViewed", visitor_id=self.rng.choice(self.visitors),
                                                            path=self.ledger.path))
                self.ledger.page_views += 1
                owed_views -= 1
            time.sleep(max(0.0, interval - (time.monotonic() - started)))
        pub.flush()

    # ---- faults -------------------------------------------------------------------------
    def fault_loop(self, duration_s: float) -> None:
        """Kill -9 the worker N times and stop Redis M times, spread over the traffic phase."""
        events = ["kill"] * self.size.kills + ["redis"] * self.size.redis_outages
        self.rng.shuffle(events)
        gap = duration_s / (len(events) + 1)
        for what in events:
            if self.stop_faults.wait(gap * self.rng.uniform(0.6, 1.4)):
                return
            if what == "kill":
                self.kill_worker()
            else:
                self.redis_outage()

    def kill_worker(self) -> None:
        with self.lock:
            if self.worker.proc is not None and self.worker.proc.poll() is None:
                os.killpg(self.worker.proc.pid, signal.SIGKILL)
                self.worker.proc.wait(10)
                self.faults.kills += 1
                self.faults.log.append(f"{time.strftime('%H:%M:%S')} kill -9 worker")
            self.worker = self._new_worker()

    def redis_outage(self) -> None:
        self.redis.stop()
        self.faults.redis_outages += 1
        self.faults.log.append(f"{time.strftime('%H:%M:%S')} redis stopped")
        time.sleep(self.rng.uniform(2.0, 4.0))
        self.redis.start()
        self.faults.log.append(f"{time.strftime('%H:%M:%S')} redis restarted")

    def supervise(self) -> None:
        """Restart a worker that died without being killed (a poison event, a crash)."""
        while not self.stop_faults.wait(0.5):
            with self.lock:
                if self.worker.proc is not None and self.worker.proc.poll() is not None:
                    self.faults.unplanned_exits += 1
                    self.faults.log.append(f"{time.strftime('%H:%M:%S')} worker exited by itself "
                                           f"(code {self.worker.proc.returncode}); restarted")
                    self.worker = self._new_worker()

    # ---- fuzz ---------------------------------------------------------------------------
    def fuzz(self, pub: Publisher) -> None:
        seeds = self._fuzz_seeds()
        futures = []
        for n in range(self.size.fuzz):
            topic, event = self.rng.choice(seeds)
            value = self._mutate(topic, event)
            key = f"fz-{self.tag}-{n}".encode()
            futures.append((topic, value, pub._producer.send(topic, key=key, value=value)))
        pub.flush()
        for topic, value, future in futures:
            meta = future.get(timeout=30)
            self.ledger.fuzz_offsets[(topic, meta.partition, meta.offset)] = not self._decodes(topic, value)

    def _decodes(self, topic: str, value: bytes | None) -> bool:
        try:
            event = self.codec.decode(value)
        except (SchemaError, PipelineError):
            return False
        except Exception:  # noqa: BLE001 - a codec crash is a bad input too
            return False
        return event["type"] in cat.RECORDS_BY_TOPIC.get(topic, ())

    def _fuzz_seeds(self) -> list[tuple[str, dict[str, Any]]]:
        cid, client, vid = f"fzc-{self.tag}", f"fzk-{self.tag}", f"fzv-{self.tag}"
        return [
            (cat.CANDIDATE_EVENTS, self.base("CandidateRegistered", candidate_id=cid, email="fz@example.org",
                                             first_name="Fuzz", last_name="Case", locale="en")),
            (cat.CANDIDATE_EVENTS, self.base("CvUploaded", candidate_id=cid, cv_id="cv-fz",
                                             text="Data engineer at Decathlon, 2015-2020. Python, Kafka.")),
            (cat.CANDIDATE_EVENTS, self.base("ConsentGranted", candidate_id=cid, purpose="share_with_client",
                                             client_id=client)),
            (cat.CANDIDATE_EVENTS, self.base("ProfileUpdated", candidate_id=cid, years_experience=3,
                                             skills=["SQL"], birth_date="1991-02-03")),
            (cat.CANDIDATE_EVENTS, self.base("SubjectRequestSubmitted", candidate_id=cid, request_id="sr-fz",
                                             right="access")),
            (cat.CLIENT_EVENTS, self.base("ProfileShareRequested", request_id="fz-r", client_id=client,
                                          candidate_id=cid)),
            (cat.ANALYTICS_EVENTS, self.base("PageViewed", visitor_id=vid, path="/jobs/1")),
            (cat.ANALYTICS_EVENTS, self.base("SearchPerformed", visitor_id=vid, query="nurse")),
        ]

    def _mutate(self, topic: str, event: dict[str, Any]) -> bytes | None:
        full = self.codec.from_json(dict(event))
        full["event_id"] = f"fz-{uuid.uuid4().hex}"
        how = self.rng.randrange(10)
        if how < 5:  # byte-level mutations of valid Avro
            data = bytearray(self.codec.encode(full))
            for _ in range(self.rng.randint(1, 4)):
                op = self.rng.randrange(4)
                pos = self.rng.randrange(len(data))
                if op == 0:
                    data[pos] ^= 1 << self.rng.randrange(8)
                elif op == 1:
                    del data[pos:pos + self.rng.randint(1, 8)]
                elif op == 2:
                    data[pos:pos] = os.urandom(self.rng.randint(1, 8))
                else:
                    data = data[:pos]
                if not data:
                    data = bytearray(b"\xc3")
            return bytes(data)
        doc = self.codec.to_json(full)
        if how == 5:  # JSON with a field removed
            doc.pop(self.rng.choice([k for k in doc if k != "type"]), None)
        elif how == 6:  # JSON with a field of the wrong type
            doc[self.rng.choice(list(doc))] = self.rng.choice([12, None, [], {"x": 1}, True, "x" * 50])
        elif how == 7:  # extreme timestamps and sizes
            doc["occurred_at"] = self.rng.choice(["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
                                                  "2099-01-01T00:00:00Z", "not a date", "1970-01-01T00:00:00Z"])
        elif how == 8:  # whitespace, empty and oversized strings
            for key, value in list(doc.items()):
                if isinstance(value, str) and key not in ("type", "event_id"):
                    doc[key] = self.rng.choice(["", "   ", "\u0000", "é" * 5000])
        else:  # random bytes, or a JSON that is not an object
            return self.rng.choice([os.urandom(self.rng.randint(0, 64)), b"[]", b"null", b"{", b"\xc3\x01"])
        return json.dumps(doc).encode()

    # ---- recovery ------------------------------------------------------------------------
    def recover(self, pub: Publisher, cids: list[str], clients: list[str]) -> None:
        """Once the faults are over, consenting candidates must be shared again: a client
        re-asks (new request id) after a retryable denial, as the reason code tells it to."""
        todo = {cid: self.rng.choice(clients) for cid in [c for c in cids if c not in self.withdrawn][:RECOVERY_REQUESTS]}
        final: dict[str, str] = {}
        attempts = 0
        for attempt in range(RECOVERY_ATTEMPTS):
            if not todo:
                break
            attempts = attempt + 1
            rids = {}
            for cid, client in todo.items():
                rid = f"fcrec-{self.tag}-{attempt}-{cid}"
                pub.publish(cat.CLIENT_EVENTS, self.base("ProfileShareRequested", request_id=rid, client_id=client,
                                                         candidate_id=cid, purpose="recruitment"))
                rids[rid] = cid
            pub.flush()
            deadline = time.monotonic() + 90
            outcome: dict[str, str] = {}
            while time.monotonic() < deadline and len(outcome) < len(rids):
                self.profiles.poll()
                for _, e in self.profiles.seen:
                    if e is not None and e.get("request_id") in rids:
                        outcome[e["request_id"]] = e.get("reason") or "shared"
                time.sleep(0.3)
            for rid, cid in rids.items():
                reason = outcome.get(rid, "undecided")
                final[cid] = reason
                if reason not in RETRYABLE:
                    todo.pop(cid, None)
            time.sleep(2.0)
        self.recovery = {"recovery_requests": len(final), "recovery_shared": sum(r == "shared" for r in final.values()),
                         "recovery_attempts": attempts,
                         "recovery_other_outcomes": dict(Counter(r for r in final.values() if r != "shared"))}

    # ---- drain and account ---------------------------------------------------------------
    def drain(self, timeout_s: float, stalled_s: float = 90.0, cap_s: float = 600.0) -> None:
        """Wait until every request is decided and every undecodable payload dead-lettered.
        Gives up when nothing new arrived for ``stalled_s`` after ``timeout_s`` (a stalled
        worker: what is missing is then reported, not waited for), or after ``cap_s`` in
        all. Why not a fixed deadline: on a loaded machine a worker still catching up after
        the kills was counted as stalled (CI failed once so, with one core kept busy)."""
        wanted = set(self.ledger.requests)
        bad = {where for where, expected in self.ledger.fuzz_offsets.items() if expected}
        start = last_progress = time.monotonic()
        progress = -1
        while time.monotonic() - start < cap_s:
            self.profiles.poll()
            self.dead.poll()
            decided = {e["request_id"] for _, e in self.profiles.seen if e is not None and "request_id" in e}
            dead = {(e["topic"], e["partition"], e["offset"]) for _, e in self.dead.seen if e is not None}
            if wanted <= decided and bad <= dead:
                break
            done = len(wanted & decided) + len(bad & dead)
            now = time.monotonic()
            if done > progress:
                progress, last_progress = done, now
            elif now - start >= timeout_s and now - last_progress >= stalled_s:
                break
            time.sleep(0.5)
        self.dead.matching(lambda e: False, settle=3.0)
        self.notices.matching(lambda e: False, settle=1.0)
        self.profiles.matching(lambda e: False, settle=1.0)

    def account(self) -> dict[str, Any]:
        self.notices.matching(lambda e: False, settle=2.0)  # the recovery's shares bring notices
        outcomes: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for _, e in self.profiles.seen:
            if e is not None and e.get("request_id") in self.ledger.requests:
                outcomes[e["request_id"]].add((e["type"], e.get("reason") or "shared"))
        undecided = [r for r in self.ledger.requests if r not in outcomes]
        conflicting = [r for r, o in outcomes.items() if len(o) > 1]
        # a retryable denial invites a retry, and a redelivery is one: what must never happen
        # is two different FINAL outcomes (claimed decisions, share_registry)
        final_conflicting = [r for r, o in outcomes.items() if len({x for x in o if x[1] not in RETRYABLE}) > 1]
        withdrawn_shared = [r for r in self.ledger.must_not_share
                            if any(t == "ProfileShared" for t, _ in outcomes.get(r, ()))]
        reasons = Counter(reason for o in outcomes.values() for _, reason in o)
        notices = Counter((e["candidate_id"], e["client_id"]) for _, e in self.notices.seen
                          if e is not None and e["type"] == "FirstShareNotice"
                          and e["candidate_id"].startswith(f"fc-{self.tag}"))
        distinct_notice_ids: dict[tuple[str, str], set[str]] = defaultdict(set)
        for _, e in self.notices.seen:
            if e is not None and e["type"] == "FirstShareNotice" and e["candidate_id"].startswith(f"fc-{self.tag}"):
                distinct_notice_ids[(e["candidate_id"], e["client_id"])].add(e["event_id"])
        dl_where = Counter((e["topic"], e["partition"], e["offset"]) for _, e in self.dead.seen if e is not None)
        bad = {where for where, expected in self.ledger.fuzz_offsets.items() if expected}
        fuzz_dl = {where for where in dl_where if where in self.ledger.fuzz_offsets}
        decodable_dl = {where for where in fuzz_dl if not self.ledger.fuzz_offsets[where]}
        other_dl = [where for where in dl_where if where not in self.ledger.fuzz_offsets]
        counted = self._sink_page_views()
        return {
            "requests": len(self.ledger.requests),
            "decided": len(outcomes),
            "undecided": len(undecided),
            "conflicting_outcomes": len(conflicting),
            "conflicting_final_outcomes": len(final_conflicting),
            "conflicting_outcome_sets": dict(Counter(" + ".join(sorted(r for _, r in outcomes[x]))
                                                     for x in conflicting)),
            "decision_reasons": dict(reasons),
            "false_unknown_candidate": reasons.get("unknown_candidate", 0),
            "false_unknown_request_range": _index_range(r for r, o in outcomes.items()
                                                        if any(reason == "unknown_candidate" for _, reason in o)),
            "requests_after_withdrawal": len(self.ledger.must_not_share),
            "shared_after_withdrawal": len(withdrawn_shared),
            "notice_pairs": len(notices),
            "pairs_with_more_than_one_notice": sum(1 for ids in distinct_notice_ids.values() if len(ids) > 1),
            "page_views_published": self.ledger.page_views,
            "page_views_in_sink": counted,
            "fuzzed": len(self.ledger.fuzz_offsets),
            "fuzzed_undecodable": len(bad),
            "fuzzed_undecodable_dead_lettered": len(bad & fuzz_dl),
            "fuzzed_decodable_dead_lettered": len(decodable_dl),
            "dead_letters_not_from_fuzz": max(0, len(other_dl) - self.probes),
            # why (topic and the worker's reason, which never quotes a payload): the probe is one of them
            "dead_letters_not_from_fuzz_reasons": dict(Counter(
                f"{e['topic']}: {str(e.get('error') or e.get('reason') or '')[:120]}" for _, e in self.dead.seen
                if e is not None and (e["topic"], e["partition"], e["offset"]) not in self.ledger.fuzz_offsets)),
            **self.recovery,
            "worker_rss_mb_after_warmup": self.rss.get("warm"),
            "worker_rss_mb_end": self.rss.get("end"),
            "kills": self.faults.kills,
            "redis_outages": self.faults.redis_outages,
            "unplanned_worker_exits": self.faults.unplanned_exits,
        }

    def _sink_page_views(self) -> int | None:
        """Page views of the campaign's own path in the sink's published analytics view."""
        from sinks.duckdb_sink import _connect
        from sinks.sql import select_view

        try:
            con = _connect(self.dir / "sink.duckdb", read_only=True)
            try:
                cur = con.execute(select_view("analytics"))
                columns = [d[0] for d in cur.description]
                rows = cur.fetchall()
            finally:
                con.close()
        except Exception:  # noqa: BLE001 - reported as missing (None fails the check)
            return None
        idx_path, idx_events = columns.index("path_group"), columns.index("events")
        return int(sum(r[idx_events] for r in rows if r[idx_path] == self.ledger.path))

    def sample_rss(self, label: str) -> None:
        with self.lock:
            if self.worker.proc is not None and self.worker.proc.poll() is None:
                proc = psutil.Process(self.worker.proc.pid)
                rss = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
                self.rss[label] = round(rss / 2**20, 1)


def _index_range(rids: Any) -> list[int] | None:
    """First and last traffic index of some requests (where in the run they happened)."""
    indexes = [int(r.rsplit("-", 1)[1]) for r in rids]
    return [min(indexes), max(indexes)] if indexes else None


def checks(result: dict[str, Any]) -> list[tuple[str, bool]]:
    return [
        ("every request decided", result["undecided"] == 0),
        ("one outcome per request", result["conflicting_outcomes"] == 0),
        ("one final outcome per request", result["conflicting_final_outcomes"] == 0),
        ("withdrawals honoured by every later request", result["shared_after_withdrawal"] == 0),
        ("at most one notice per pair", result["pairs_with_more_than_one_notice"] == 0),
        ("no false unknown_candidate", result["false_unknown_candidate"] == 0),
        ("page views counted exactly once", result["page_views_in_sink"] == result["page_views_published"]),
        ("every undecodable payload dead-lettered",
         result["fuzzed_undecodable_dead_lettered"] == result["fuzzed_undecodable"]),
        ("no dead letter from valid traffic", result["dead_letters_not_from_fuzz"] == 0),
        ("no worker exit that was not a kill", result["unplanned_worker_exits"] == 0),
        ("after the faults, consenting candidates are shared",
         result.get("recovery_requests", 0) > 0 and result.get("recovery_shared") == result.get("recovery_requests")),
    ]


def table(result: dict[str, Any]) -> str:
    rows = ["| measure | value |", "|---|---:|"]
    rows += [f"| {k} | {v} |" for k, v in result.items() if k != "checks"]
    rows += ["", "| check | result |", "|---|---|"]
    rows += [f"| {name} | {'ok' if ok else 'FAILED'} |" for name, ok in checks(result)]
    return "\n".join(rows)


def run(size: Size, seed: int, engine: str, workdir: Path) -> dict[str, Any]:
    campaign = Campaign(size, workdir, seed, engine)
    started = time.monotonic()
    try:
        campaign.start()
        with Publisher(campaign.broker.bootstrap) as pub:
            cids, clients = campaign.populate(pub)
            time.sleep(2.0)
            campaign.sample_rss("warm")
            duration = size.requests / size.rate
            supervisor = threading.Thread(target=campaign.supervise, daemon=True)
            faults = threading.Thread(target=campaign.fault_loop, args=(duration,), daemon=True)
            supervisor.start()
            faults.start()
            campaign.traffic(pub, cids, clients)
            faults.join()
            campaign.fuzz(pub)
        campaign.drain(timeout_s=120 + size.requests / 20)
        with Publisher(campaign.broker.bootstrap) as pub:
            campaign.recover(pub, cids, clients)
        campaign.sample_rss("end")
        campaign.stop_faults.set()
        result = campaign.account()
        result["seconds"] = round(time.monotonic() - started, 1)
        result["fault_log"] = campaign.faults.log
        result["checks"] = {name: ok for name, ok in checks(result)}
        return result
    finally:
        campaign.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="CI size: 240 requests, 2 kills, 400 fuzzed payloads")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engine", choices=("direct", "faust"), default="direct")
    parser.add_argument("--json", action="store_true", help="print the accounting as JSON")
    parser.add_argument("--workdir", type=Path, help="keep logs and data here (default: a temporary folder)")
    args = parser.parse_args(argv)
    size = SMALL if args.small else FULL
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = run(size, args.seed, args.engine, args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="tg-campaign-") as tmp:
            result = run(size, args.seed, args.engine, Path(tmp))
    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        print(table({k: v for k, v in result.items() if k != "fault_log"}))
        print("\nfaults:\n" + "\n".join(result["fault_log"]))
    return 0 if all(result["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
