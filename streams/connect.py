"""How long a client waits for Kafka before saying it cannot reach it.

kafka-python waits 30 s for the first broker answer by default, so every command took
31 s to report a wrong ``--bootstrap``. One setting (``--connect-timeout`` /
``TALENTGUARD_CONNECT_TIMEOUT``, seconds, default 7: with the interpreter's start, a
command reports an unreachable broker within 10 s) bounds that wait for every command;
``configure`` is called once by the CLI with the validated value.
"""

from __future__ import annotations

DEFAULT_CONNECT_TIMEOUT_S = 7.0
_timeout_s = DEFAULT_CONNECT_TIMEOUT_S


def configure(timeout_s: float) -> None:
    global _timeout_s
    _timeout_s = timeout_s


def connect_timeout_s() -> float:
    return _timeout_s


def kafka_python_options() -> dict[str, int]:
    """Keyword arguments for kafka-python clients (consumer, producer, admin)."""
    ms = int(_timeout_s * 1000)
    return {"bootstrap_timeout_ms": ms}
