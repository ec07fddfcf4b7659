"""Keys apart from data (KEK rotation over the real Redis) and dead letters for ops
(`talentguard dead-letter list|replay` against the real broker and worker)."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from streams.publisher import Publisher
from streams.state.bundle import open_state
from streams.state.kek_rotation import forget_retired, keks_of, retire_and_replace, rewrap_all
from streams.testing import ROOT, TopicTail, WorkerProcess
from talentguard.keyring import load_keyring


def test_when_the_kek_is_rotated_then_data_stays_readable_and_retired_keks_can_be_forgotten(
    redis_url: str, state_prefix: str, tmp_path: Path
) -> None:
    keys_dir = tmp_path / "keys"

    async def scenario():
        ring = load_keyring(keys_dir, create=True)
        state = open_state(redis_url, state_prefix, keyring=ring)
        await state.subjects.merge_profile("c-rot", {"job_title": "Welder", "first_name": "Ottoline"})
        raw = await state.client.get(state.subjects.key_key("c-rot"))
        await state.close()
        new = retire_and_replace(keys_dir, ring.kek)
        rotated = load_keyring(keys_dir, create=False)
        assert rotated.kek == new and len(keks_of(rotated)) == 2
        state = open_state(redis_url, state_prefix, keyring=rotated)
        report = await rewrap_all(state.client, state.keys, keks_of(rotated))
        after = await state.client.get(state.subjects.key_key("c-rot"))
        assert forget_retired(keys_dir) == 1
        only_new = open_state(redis_url, state_prefix, keyring=load_keyring(keys_dir, create=False))
        view = await only_new.subjects.view("c-rot")
        await state.close()
        await only_new.close()
        return raw, after, report, view

    raw, after, report, view = asyncio.run(scenario())
    assert raw != after and report.rewrapped == 1 and report.unreadable == 0
    assert b"Ottoline" not in raw and b"Ottoline" not in after  # wrapped keys, not data
    assert view.profile["first_name"] == "Ottoline"  # readable with the new KEK alone


def test_when_the_kek_is_lost_then_a_copy_of_redis_decrypts_nothing(redis_url: str, state_prefix: str,
                                                                     tmp_path: Path) -> None:
    async def scenario():
        ring = load_keyring(tmp_path / "a", create=True)
        state = open_state(redis_url, state_prefix, keyring=ring)
        await state.subjects.merge_profile("c-bak", {"first_name": "Ottoline"})
        await state.close()
        # same pseudonym key (so the same key names), another KEK: a backup without the keyring
        other = load_keyring(tmp_path / "b", create=True)
        thief = open_state(redis_url, state_prefix, keyring=other)
        thief.keys = state.keys
        thief.subjects.keys = state.keys
        view = await thief.subjects.view("c-bak")
        await thief.close()
        return view

    assert asyncio.run(scenario()).profile == {}


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "talentguard.cli", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120)


def test_when_a_bad_event_is_dead_lettered_then_ops_list_it_without_payload_and_replay_it(
    bootstrap: str, worker: WorkerProcess, worker_env: dict, dead_letters: TopicTail
) -> None:
    secret = f"Ottoline-{uuid.uuid4().hex[:8]}"
    key = f"dl-{uuid.uuid4().hex[:8]}".encode()
    with Publisher(bootstrap) as pub:
        pub.send_raw("candidate-events", key, f'{{"first_name": "{secret}"}}'.encode())
    b64 = base64.b64encode(key).decode()
    (letter,) = dead_letters.wait_for(lambda e: e.get("key") == b64, timeout=60)
    env = {**worker_env, "TALENTGUARD_BOOTSTRAP": bootstrap}
    listed = cli("dead-letter", "list", "--json", "--id", letter["event_id"], env=env)
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["event_id"] for r in rows] == [letter["event_id"]] and rows[0]["sealed"]
    assert secret not in listed.stdout and secret not in listed.stderr
    replayed = cli("dead-letter", "replay", "--id", letter["event_id"], env=env)
    assert replayed.returncode == 0, replayed.stderr
    assert secret not in replayed.stdout
    # the same bytes are back on candidate-events: still broken, so dead-lettered again
    again = dead_letters.wait_for(lambda e: e.get("key") == b64, count=2, timeout=60)
    assert base64.b64decode(again[-1]["value"]).decode() == f'{{"first_name": "{secret}"}}'
    assert again[-1]["offset"] > letter["offset"]


def test_when_ops_rotate_the_kek_from_the_cli_then_old_keks_are_gone_and_data_still_opens(
    redis_url: str, state_prefix: str, tmp_path: Path
) -> None:
    keys_dir = tmp_path / "keys"
    ring = load_keyring(keys_dir, create=True)

    async def store() -> None:
        state = open_state(redis_url, state_prefix, keyring=ring)
        await state.subjects.merge_profile("c-cli", {"first_name": "Ottoline"})
        await state.close()

    asyncio.run(store())
    env = {"TALENTGUARD_KEYS_DIR": str(keys_dir), "TALENTGUARD_REDIS_URL": redis_url,
           "TALENTGUARD_STATE_PREFIX": state_prefix}
    done = cli("keys", "rotate-kek", "--forget-retired", env=env)
    assert done.returncode == 0, done.stderr
    assert "rewrapped 1" in done.stdout and "deleted 1 retired" in done.stdout
    rotated = load_keyring(keys_dir, create=False)
    assert rotated.kek != ring.kek and not list(keys_dir.glob("kek-*.retired"))

    async def read() -> dict:
        state = open_state(redis_url, state_prefix, keyring=rotated)
        view = await state.subjects.view("c-cli")
        await state.close()
        return view.profile

    assert asyncio.run(read()) == {"first_name": "Ottoline"}


def test_when_a_cv_finishes_sanitising_after_the_erasure_then_nothing_is_stored(redis_url: str,
                                                                                  state_prefix: str) -> None:
    async def scenario():
        state = open_state(redis_url, state_prefix)
        await state.subjects.merge_profile("c-late", {"first_name": "Ottoline"})
        await state.forget_subject("c-late")  # a retention sweep while the CV was sanitised
        stored = await state.subjects.store_cv("c-late", {"cv_id": "cv", "text": "late", "redactions": {}})
        left = {k.decode() async for k in state.client.scan_iter(match=f"{state_prefix}:key:*")}
        fields = await state.client.hkeys(state.subjects.key("c-late"))
        await state.subjects.set_flag("c-late", "known")  # registered again: a new life stores CVs
        again = await state.subjects.store_cv("c-late", {"cv_id": "cv2", "text": "new", "redactions": {}})
        await state.close()
        return stored, left, fields, again

    stored, left, fields, again = asyncio.run(scenario())
    assert stored is False and left == set() and set(fields) == {b"erased_at"}
    assert again is True
