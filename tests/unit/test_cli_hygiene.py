"""CLI hygiene without sockets: lag trend warnings, simulator seeds, stats on a missing file,
the connect-timeout setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.simulate import TrafficGenerator
from streams.summary import LagTrend, lag_warning
from talentguard.cli import main
from talentguard.commands.simulate import pick_seed
from talentguard.config import Settings
from talentguard.errors import ConfigError


@pytest.mark.parametrize("values, warns_at", [
    ([0, 100, 700, 1500, 2600, 3900, 5000], [5]),          # grows at every step: warned once
    ([0, 100, 700, 1500, 2600, 3900, 5000, 6000], [5]),    # still growing: not repeated
    ([0, 10, 20, 30, 40, 50, 60], []),                    # grows, but by less than min_growth
    ([0, 900, 800, 1700, 2600, 3500, 4400], []),           # one dip breaks the streak
    ([100, 100, 100, 100, 100, 100, 100], []),             # steady lag is not growth
])
def test_when_lag_keeps_growing_then_the_trend_warns_once_per_streak(values: list[int], warns_at: list[int]) -> None:
    trend = LagTrend(window=5, min_growth=500)
    assert [i for i, v in enumerate(values) if trend.add(v)] == warns_at


def test_when_lag_falls_back_then_a_new_streak_warns_again() -> None:
    trend = LagTrend(window=2, min_growth=10)
    assert [trend.add(v) for v in (0, 20, 40, 0, 20, 45)] == [False, False, True, False, False, True]


def test_when_the_embedded_broker_is_behind_the_lag_then_the_warning_says_why_and_what_to_do() -> None:
    text = lag_warning(1000, 9000, 15, embedded=True, broker_cpu=1.3, worker_cpu=0.2)
    assert "1,000 -> 9,000" in text and "broker 130% of a core, worker 20% of a core" in text
    assert "never deletes records" in text and "Apache Kafka" in text and "--rate" in text
    idle_broker = lag_warning(1000, 9000, 15, embedded=True, broker_cpu=0.1, worker_cpu=0.95)
    assert "never deletes" not in idle_broker and "broker is not the bottleneck" in idle_broker
    assert "add workers" in lag_warning(1000, 9000, 15, embedded=False, broker_cpu=None)


def test_when_lag_grows_then_the_warning_names_what_the_embedded_broker_holds_or_an_overloaded_machine() -> None:
    busy = lag_warning(1000, 9000, 15, embedded=True, broker_cpu=1.3, worker_cpu=0.2, stored=180_000, load=1.0)
    assert "holds 180,000 records" in busy and "fresh broker" in busy and "batches" in busy
    starved = lag_warning(1000, 9000, 15, embedded=True, broker_cpu=0.1, worker_cpu=0.2, stored=20_000, load=10.0)
    assert "overloaded (load 10.0 per core)" in starved and "never deletes" not in starved
    calm = lag_warning(1000, 9000, 15, embedded=True, broker_cpu=0.1, worker_cpu=0.9, stored=20_000, load=0.5)
    assert "worker (or the machine it shares)" in calm and "overloaded" not in calm


def test_when_the_run_summary_sees_a_growing_series_then_it_warns_on_the_snapshot_that_completes_it() -> None:
    # the lag every 3 s of a run whose embedded broker fell behind (shape of the measured run):
    # flat while caught up, then up at every snapshot
    series = [120, 90, 150, 110, 400, 1_300, 2_600, 4_100, 5_900, 8_000, 9_800]
    trend = LagTrend()
    warnings = [(i, lag_warning(trend.history[0], lag, 15, True, 1.2)) for i, lag in enumerate(series)
                if trend.add(lag)]
    assert [i for i, _ in warnings] == [8]
    assert "(110 -> 5,900)" in warnings[0][1] and "embedded broker is the bottleneck" in warnings[0][1]


def test_when_no_seed_is_given_then_runs_get_different_event_ids_and_a_seed_replays_them() -> None:
    ids = lambda seed: [e["event_id"] for _, e in TrafficGenerator(seed).events(20)]  # noqa: E731
    assert ids(pick_seed(None)) != ids(pick_seed(None))
    assert ids(pick_seed(42)) == ids(42)


def test_when_stats_reads_a_missing_duckdb_file_then_it_is_an_error_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.duckdb"
    assert main(["stats", "cohorts", "--sink", f"duckdb:{missing}"]) == 2
    err = capsys.readouterr().err
    assert f"no DuckDB file at {missing}" in err and "TALENTGUARD_SINK" in err
    assert not missing.exists()


@pytest.mark.parametrize("env, flag, expected", [({}, None, 7.0), ({"TALENTGUARD_CONNECT_TIMEOUT": "3"}, None, 3.0),
                                                 ({"TALENTGUARD_CONNECT_TIMEOUT": "3"}, "1.5", 1.5)])
def test_when_connect_timeout_is_set_then_flag_beats_env_beats_default(env: dict, flag: str | None,
                                                                        expected: float) -> None:
    assert Settings.load(env=env, connect_timeout=flag).connect_timeout_s == expected


def test_when_connect_timeout_is_not_a_number_then_the_error_names_the_setting() -> None:
    with pytest.raises(ConfigError, match="TALENTGUARD_CONNECT_TIMEOUT"):
        Settings.load(env={"TALENTGUARD_CONNECT_TIMEOUT": "soon"})


def test_when_run_as_python_dash_m_talentguard_then_it_is_the_same_cli() -> None:
    """``python -m talentguard`` used to fail (no ``__main__``); README and ops docs use it."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "talentguard", "--help"], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: talentguard")
