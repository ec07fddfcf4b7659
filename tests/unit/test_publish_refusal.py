"""`talentguard publish` refuses the pipeline's output topics before connecting anywhere."""

from __future__ import annotations

import pytest

from talentguard.cli import main


@pytest.mark.parametrize("topic", ["privacy-audit", "client-profiles", "candidate-notifications", "dead-letter"])
def test_when_publishing_to_an_output_topic_then_it_is_refused_in_one_line(
        topic: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["publish", topic, "--bootstrap", "127.0.0.1:1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{topic} is an output topic" in err[0] and "candidate-events" in err[0]
