"""One error tree for the whole pipeline.

    PipelineError                 base of every error talentguard raises on purpose
    ├── ConfigError               a setting (env var or flag) has a bad value
    ├── PolicyError               a policy preset/file is missing or invalid
    ├── SchemaError               an event does not match its Avro schema (has .field)
    ├── BrokerError               the Kafka-API broker cannot be reached or started
    ├── StateUnavailable          Redis (consent/profile state) cannot be read: fail closed
    ├── StateInvalid              Redis holds a key of the wrong type (or value) for one event: dead letter
    └── SinkError                 an aggregate sink cannot be written or read

Messages never contain personal data: they name settings, fields, topics, offsets and
event ids, not values typed by candidates.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class: the CLI prints these as one line, without a traceback."""


class ConfigError(PipelineError):
    """A configuration value (environment variable or flag) is invalid."""


class PolicyError(PipelineError):
    """A policy preset cannot be found or a policy file is invalid."""


class SchemaError(PipelineError):
    """An event does not validate against its schema.

    ``field`` names the offending field (dotted path) when it is known.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class BrokerError(PipelineError):
    """The Kafka-API broker is unreachable, or the embedded one failed to start."""


class StateUnavailable(PipelineError):
    """Pipeline state (Redis) cannot be read or written; callers must fail closed."""


class StateInvalid(PipelineError):
    """Redis answered, but a key this event needs holds the wrong type or value (WRONGTYPE,
    "not an integer"): invalid state, not an outage. Retrying cannot help, so the event is
    dead-lettered (a share request denied ``state_invalid``) and the stream goes on."""


class SinkError(PipelineError):
    """An aggregate sink (DuckDB, PostgreSQL) failed."""
