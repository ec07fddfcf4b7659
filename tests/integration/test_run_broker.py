"""`talentguard run` gets a fresh embedded broker (real Tansu processes), and leaves alone
one that is already running unless told to reuse it."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams import broker as embedded


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "embedded-broker.json"
    monkeypatch.setenv(embedded.STATE_FILE_ENV, str(path))
    return path


def test_when_no_broker_runs_then_run_starts_a_fresh_one_records_it_and_stops_it_at_the_end(state: Path) -> None:
    choice = embedded.broker_for_run()
    try:
        assert choice.owned and choice.recorded and choice.broker.alive()
        assert embedded.running_broker() == choice.broker  # `lag`, `stats` find it during the run
    finally:
        embedded.end_run_broker(choice)
    assert not choice.broker.alive() and not state.exists()


def test_when_a_broker_already_runs_then_run_uses_a_fresh_one_and_leaves_the_other_alone(state: Path) -> None:
    old = embedded.ensure_embedded_broker(embedded.free_port(0))
    try:
        choice = embedded.broker_for_run()
        try:
            assert choice.owned and not choice.recorded
            assert choice.broker.port != old.port and choice.broker.alive()
            assert f"--bootstrap {choice.bootstrap}" in choice.note
        finally:
            embedded.end_run_broker(choice)
        assert not choice.broker.alive()
        assert old.alive() and embedded.running_broker() == old
        reused = embedded.broker_for_run(reuse=True)
        assert reused.broker == old and not reused.owned
        embedded.end_run_broker(reused)
        assert old.alive()
    finally:
        old.stop()
