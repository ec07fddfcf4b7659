"""A Redis key of the wrong type is invalid state, not an outage (pure: no Redis).

Before: WRONGTYPE in a write path became ``StateUnavailable``, and the batch was retried
forever, stalling the stream. Now it is ``StateInvalid``: the event is dead-lettered with a
reason naming the reply code only (a pipeline's error quotes its command: keys, values), a
share request is denied ``state_invalid`` and counted, and the other events go on.
"""

from __future__ import annotations

import asyncio

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ReadOnlyError, ResponseError

from streams.processor import Counters
from streams.processors.consent_gate import ConsentGate
from streams.runtime import is_infrastructure
from streams.state.redis_client import is_invalid_state, reply_code, state_errors
from talentguard.clock import FixedClock
from talentguard.errors import StateInvalid, StateUnavailable
from tests.unit.test_consent_gate_poison import CODEC, GOOD, NOW, GateState, run, share_request

PIPELINE_WRONGTYPE = ("Command # 2 (HSET tg:shares:s_0123 client-7 Ottoline) of pipeline caused error: "
                      "WRONGTYPE Operation against a key holding the wrong kind of value")


def test_the_reply_code_is_kept_and_nothing_the_command_quoted() -> None:
    assert reply_code(ResponseError("WRONGTYPE Operation against a key holding the wrong kind of value")) == "WRONGTYPE"
    assert reply_code(ResponseError(PIPELINE_WRONGTYPE)) == "WRONGTYPE"
    assert reply_code(ResponseError("value is not an integer or out of range")) == "ERR"  # redis-py strips ERR


@pytest.mark.parametrize("exc, invalid", [
    (ResponseError("WRONGTYPE Operation against a key holding the wrong kind of value"), True),
    (ResponseError(PIPELINE_WRONGTYPE), True),
    (ResponseError("value is not an integer or out of range"), True),
    (ResponseError("BUSY Redis is busy running a script."), False),
    (ResponseError("MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist"), False),
    (ReadOnlyError("You can't write against a read only replica."), False),
    (RedisConnectionError("Connection refused"), False),
])
def test_only_error_replies_about_the_data_are_invalid_state(exc: Exception, invalid: bool) -> None:
    assert is_invalid_state(exc) is invalid


def test_state_errors_tell_invalid_state_from_an_outage_and_quote_no_key_or_value() -> None:
    async def raising(exc: Exception) -> None:
        async with state_errors("recording shares"):
            raise exc

    with pytest.raises(StateInvalid) as invalid:
        asyncio.run(raising(ResponseError(PIPELINE_WRONGTYPE)))
    assert str(invalid.value) == "Redis holds invalid state while recording shares: WRONGTYPE"
    assert not is_infrastructure(invalid.value)   # dead-lettered, not retried forever
    with pytest.raises(StateUnavailable):
        asyncio.run(raising(RedisConnectionError("Connection refused")))
    with pytest.raises(StateUnavailable):
        asyncio.run(raising(ResponseError("LOADING Redis is loading the dataset in memory")))


class WrongTypeFor(GateState):
    """The share registry of candidate ``bad`` is a key of the wrong type."""

    def __init__(self, bad: str) -> None:
        super().__init__(GOOD)
        self.bad, real = bad, self.shares.settle_decisions

        async def settle_decisions(items: list) -> list:  # the gate's one write (claims + shares)
            async with state_errors("recording shares"):
                if any(i.candidate_id == bad for i in items):
                    raise ResponseError(PIPELINE_WRONGTYPE)
            return await real(items)

        self.shares.settle_decisions = settle_decisions  # type: ignore[method-assign]


def test_when_one_candidates_share_key_has_the_wrong_type_then_that_request_is_denied_state_invalid_and_the_rest_flow() -> None:
    counters = Counters()
    state = WrongTypeFor("c2")
    gate = ConsentGate(CODEC, FixedClock(NOW), state, counters)  # type: ignore[arg-type]
    out = run(gate, share_request("r1", "client1", 0, "c1"), share_request("r2", "client1", 1, "c2"),
              share_request("r3", "client1", 2, "c3"))
    answers = sorted((e["type"], e["candidate_id"], e.get("reason")) for e in out if e["type"].startswith("Profile"))
    assert answers == [("ProfileShareDenied", "c2", "state_invalid"), ("ProfileShared", "c1", None),
                       ("ProfileShared", "c3", None)]
    (letter,) = [e for e in out if e["type"] == "DeadLetter"]
    assert letter["error"].endswith("ev-r2: StateInvalid: Redis holds invalid state while recording shares: WRONGTYPE")
    assert "Ottoline" not in letter["error"] and "s_0123" not in letter["error"]
    assert counters.state_invalid == 1 and counters.dead_letters == 1
    assert sorted(state.shares.held) == ["c1", "c3"]
    assert "consent-gate|ProfileShareRequested|ev-r2" in state.processed.marked  # a redelivery: not twice
