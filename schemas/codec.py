"""Avro codec for every event: load the .avsc contract, validate, encode, decode.

Wire format: Avro *single-object encoding* (magic ``C3 01``, the writer schema's
CRC-64-AVRO fingerprint, then the binary body). The fingerprint tells a reader which
record type and which schema version wrote the bytes, so one topic can carry several
record types and old data stays readable after a compatible schema change (every
version kept in ``schemas/history/`` stays registered as a writer schema).

JSON form (what ``publish`` reads and ``consume`` prints): the EVENTS.md field names plus
``"type"`` holding the record name; timestamps as ISO-8601, dates as YYYY-MM-DD.
The input topics also accept that JSON form on the wire (UTF-8 bytes starting with
``{``), for producers without an Avro library: ``decode`` tells the two apart by the first
byte (Avro single-object messages start with ``C3``, which is never the first byte of
UTF-8 text) and validates JSON against the same schema. A ``content-type`` Kafka header
(``wire_format``: application/json, or application/vnd.apache.avro and its aliases) decides
instead of the first byte when the producer sets one; one contradicting the bytes is refused. On the wire, ``event_id`` and
``occurred_at`` are required in JSON too: a default made up by the reader would give a
redelivered message a new id and defeat deduplication.
Error messages name the field and the expected type, never the offending value (it may
be personal data).
"""

from __future__ import annotations

import io
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import fastavro
from fastavro.schema import fingerprint, to_parsing_canonical_form
from fastavro.validation import ValidationError, validate

from talentguard.errors import SchemaError

SCHEMA_DIR = Path(__file__).resolve().parent
HISTORY_DIR = SCHEMA_DIR / "history"
MAGIC = b"\xc3\x01"
HEADER_LEN = 10
JSON_CONTENT_TYPE = "application/json"
AVRO_CONTENT_TYPE = "application/vnd.apache.avro"
WIRE_REQUIRED = ("event_id", "occurred_at")

Event = dict[str, Any]


@dataclass(frozen=True)
class RecordSchema:
    name: str
    parsed: Any
    fingerprint: bytes
    fields: Mapping[str, Any]  # field name -> parsed field dict

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(n for n, f in self.fields.items() if "default" not in f)


def _fingerprint(parsed: Any) -> bytes:
    # CRC-64-AVRO over the parsing canonical form; the spec writes it little-endian.
    return bytes.fromhex(fingerprint(to_parsing_canonical_form(parsed), "CRC-64-AVRO"))


def _load_schema(path: Path) -> RecordSchema:
    try:
        raw = json.loads(path.read_text())
        parsed = fastavro.parse_schema(raw)
    except (ValueError, fastavro.schema.SchemaParseException) as exc:
        raise SchemaError(f"{path.name}: not a valid Avro schema ({exc})") from exc
    fields = {f["name"]: f for f in parsed["fields"]}
    return RecordSchema(raw["name"], parsed, _fingerprint(parsed), fields)


def _type_name(schema: Any) -> str:
    """A short human name for an Avro type ("string", "null or int", "one of [en, fr]")."""
    if isinstance(schema, str):
        return schema.rsplit(".", 1)[-1]
    if isinstance(schema, list):
        return " or ".join(_type_name(s) for s in schema)
    kind = schema.get("type")
    if kind == "enum":
        return "one of [" + ", ".join(schema["symbols"]) + "]"
    if kind == "array":
        return f"list of {_type_name(schema['items'])}"
    if kind == "map":
        return f"map of {_type_name(schema['values'])}"
    if schema.get("logicalType") == "timestamp-millis":
        return "ISO-8601 timestamp"
    if schema.get("logicalType") == "date":
        return "date YYYY-MM-DD"
    if kind == "record":
        return f"record {schema['name'].rsplit('.', 1)[-1]}"
    return str(kind)


def _describe(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string",
            list: "list", dict: "object", type(None): "null"}.get(type(value), type(value).__name__)


class EventCodec:
    """Loads every record schema once; thread-safe for reading after construction."""

    def __init__(self, schema_dir: Path = SCHEMA_DIR, history_dir: Path | None = HISTORY_DIR) -> None:
        self.current: dict[str, RecordSchema] = {}
        self._writers: dict[bytes, RecordSchema] = {}
        for path in sorted(schema_dir.glob("*.avsc")):
            schema = _load_schema(path)
            self.current[schema.name] = schema
            self._writers[schema.fingerprint] = schema
        if history_dir is not None and history_dir.is_dir():
            for path in sorted(history_dir.glob("*/*.avsc")):
                old = _load_schema(path)
                self._writers.setdefault(old.fingerprint, old)
        if not self.current:
            raise SchemaError(f"no .avsc schema found in {schema_dir}")

    @property
    def record_names(self) -> tuple[str, ...]:
        return tuple(sorted(self.current))

    def schema(self, record: str) -> RecordSchema:
        try:
            return self.current[record]
        except KeyError:
            raise SchemaError(
                f"unknown event type {record!r}; known types: {', '.join(self.record_names)}",
                field="type",
            ) from None

    # ---- JSON <-> event -------------------------------------------------------------

    def from_json(self, obj: Any, *, now: datetime | None = None, wire: bool = False) -> Event:
        """Validate a JSON object (already parsed) and return an event ready to encode.

        Defaults: ``occurred_at`` to now, ``event_id`` to a fresh UUID, unless ``wire``
        (a JSON message read from a topic), where both are required. Unknown fields are
        an error (a typo must not silently drop data).
        """
        if not isinstance(obj, dict):
            raise SchemaError(f"expected a JSON object, got {_describe(obj)}")
        record = obj.get("type")
        if not isinstance(record, str) or not record:
            raise SchemaError('missing "type" (the record name, e.g. "CandidateRegistered")', field="type")
        schema = self.schema(record)
        event: Event = {"type": record}
        unknown = sorted(set(obj) - set(schema.fields) - {"type"})
        if unknown:
            raise SchemaError(f"{record}: unknown field {unknown[0]!r} (not in the schema)", field=unknown[0])
        for name, field in schema.fields.items():
            if name not in obj or obj[name] is None:
                if wire and name in WIRE_REQUIRED:
                    raise SchemaError(f"{record}: missing required field {name!r}", field=name)
                if name == "occurred_at":
                    event[name] = now or datetime.now(timezone.utc)
                elif name == "event_id":
                    event[name] = str(uuid.uuid4())
                elif "default" in field:
                    event[name] = field["default"]
                else:
                    raise SchemaError(f"{record}: missing required field {name!r}", field=name)
                continue
            event[name] = _from_json_value(record, name, obj[name], field["type"])
        self.validate(event)
        return event

    def to_json(self, event: Event) -> dict[str, Any]:
        """JSON-ready dict: "type" first, datetimes as ISO-8601, dates as YYYY-MM-DD."""
        out: dict[str, Any] = {"type": event["type"]}
        for name, value in event.items():
            if name != "type":
                out[name] = _to_json_value(value)
        return out

    # ---- validation / binary -------------------------------------------------------

    def validate(self, event: Event) -> None:
        """Raise SchemaError naming the first bad field and the expected type."""
        schema = self.schema(event.get("type", ""))
        for name, field in schema.fields.items():
            if name not in event:
                if "default" in field:
                    continue
                raise SchemaError(f"{schema.name}: missing required field {name!r}", field=name)
            try:
                validate(event[name], field["type"], field=name, raise_errors=True)
            except ValidationError as exc:
                path = exc.errors[0].field.rsplit(".", 1)[-1] if exc.errors else name
                raise SchemaError(
                    f"{schema.name}: field {name!r}: expected {_type_name(field['type'])}, "
                    f"got {_describe(event[name])}", field=path or name,
                ) from None

    def encode(self, event: Event, *, validated: bool = False) -> bytes:
        """Single-object encoding of ``event``. ``validated=True`` skips the explicit check
        (the writer still refuses a wrong type) for trusted processor outputs."""
        schema = self.schema(event.get("type", ""))
        if not validated:
            self.validate(event)
        buf = io.BytesIO()
        buf.write(MAGIC)
        buf.write(schema.fingerprint)
        try:
            fastavro.schemaless_writer(buf, schema.parsed, event)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            raise SchemaError(f"{schema.name}: cannot encode ({type(exc).__name__})") from None
        return buf.getvalue()

    def decode(self, data: bytes | None, content_type: str | None = None) -> Event:
        """Decode a message: Avro single-object bytes written by any known schema version
        (returned as the current version), or a UTF-8 JSON event (validated against the
        current schema). ``content_type``: the message's ``content-type`` header, when the
        producer sets one; ``wire_format`` decides (the header, checked against the bytes)."""
        if data is None:
            raise SchemaError("empty message (null value / tombstone)")
        if wire_format(data, content_type) == "json":
            return self.decode_json(data)
        if len(data) < HEADER_LEN or data[:2] != MAGIC:
            raise SchemaError("neither an Avro single-object message (magic C3 01) nor a JSON object")
        writer = self._writers.get(data[2:HEADER_LEN])
        if writer is None:
            raise SchemaError(f"unknown schema fingerprint {data[2:HEADER_LEN].hex()}")
        reader = self.current.get(writer.name)
        if reader is None:
            raise SchemaError(f"record type {writer.name!r} is no longer known")
        try:
            record = fastavro.schemaless_reader(
                io.BytesIO(data[HEADER_LEN:]), writer.parsed,
                reader.parsed if reader is not writer else None,
            )
        except Exception as exc:  # noqa: BLE001 - any decoding failure is bad input
            raise SchemaError(f"{writer.name}: undecodable Avro body ({type(exc).__name__})") from None
        record["type"] = writer.name
        _refuse_unstorable_text(record)
        return record

    def decode_json(self, data: bytes) -> Event:
        """A UTF-8 JSON event from the wire, validated like ``publish`` does, except that
        ``event_id`` and ``occurred_at`` are required. Errors name the field, never the value."""
        try:
            obj = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise SchemaError("JSON message is not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise SchemaError(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
        event = self.from_json(obj, wire=True)
        _refuse_unstorable_text(event)
        return event


JSON_CONTENT_TYPES = frozenset({JSON_CONTENT_TYPE})
AVRO_CONTENT_TYPES = frozenset({AVRO_CONTENT_TYPE, "application/vnd.apache.avro+binary", "avro/binary",
                                "application/avro"})
_SHOWABLE = re.compile(r"[A-Za-z0-9.+/_-]{1,80}")


def wire_format(data: bytes, content_type: str | None = None) -> str:
    """"json" or "avro": how a message's value must be read. Without a ``content-type``
    header the first byte decides (``{`` after optional whitespace = JSON, else Avro).
    With one, the header decides (parameters such as ``; charset=utf-8`` and case are
    ignored; accepted values: ``JSON_CONTENT_TYPES``, ``AVRO_CONTENT_TYPES``), and bytes
    that plainly are the other format are refused rather than read as the header says:
    a producer whose header lies has a bug that must show as a dead letter with a reason,
    not as a confusing decoding error. An unknown value is refused too (a typo in a
    header must not silently fall back to sniffing)."""
    looks_avro = data[:2] == MAGIC
    looks_json = not looks_avro and data.lstrip()[:1] == b"{"
    if content_type is None:
        return "json" if looks_json else "avro"
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in JSON_CONTENT_TYPES:
        if looks_avro:
            raise SchemaError(f"content-type header says {kind} but the value is an Avro single-object "
                              "message (magic C3 01)", field="content-type")
        return "json"
    if kind in AVRO_CONTENT_TYPES:
        if looks_json:
            raise SchemaError(f"content-type header says {kind} but the value is a JSON object (starts "
                              "with '{')", field="content-type")
        return "avro"
    shown = repr(kind) if _SHOWABLE.fullmatch(kind) else "(value not shown)"
    raise SchemaError(f"unsupported content-type header {shown}; accepted: "
                      f"{', '.join(sorted(JSON_CONTENT_TYPES | AVRO_CONTENT_TYPES))} (or no header: "
                      "the first byte decides)", field="content-type")


def content_type_of(headers: Iterable[tuple[str, bytes | None]] | None) -> str | None:
    """The ``content-type`` header's value (name case-insensitive), None without one.
    Several that disagree are refused: which one the producer meant cannot be told."""
    values = {(value or b"").decode("utf-8", "replace").strip()
              for name, value in (headers or ()) if name.lower() == "content-type"}
    if len(values) > 1:
        raise SchemaError("several content-type headers that disagree", field="content-type")
    return values.pop() if values else None


# A lone UTF-16 surrogate (JSON "\ud800") cannot be encoded as UTF-8, so Redis, Kafka and the
# sinks all fail on it; a NUL character is refused by PostgreSQL text columns. Either one in
# an event used to fail far from the decoder (a store error, retried forever): refuse it here.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _refuse_unstorable_text(event: Mapping[str, Any], path: str = "") -> None:
    """SchemaError naming the first string field holding a NUL or a lone surrogate."""
    for name, value in event.items():
        where = f"{path}{name}"
        if isinstance(value, str):
            if _UNSTORABLE.search(value):
                raise SchemaError(f"{event.get('type', 'event')}: field {where!r}: contains a NUL character or an "
                                  f"unpaired surrogate (not storable text)", field=where)
        elif isinstance(value, dict):
            _refuse_unstorable_text(value, f"{where}.")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str) and _UNSTORABLE.search(item):
                    raise SchemaError(f"field '{where}[{i}]': contains a NUL character or an unpaired surrogate "
                                      f"(not storable text)", field=where)
                if isinstance(item, dict):
                    _refuse_unstorable_text(item, f"{where}[{i}].")


def _from_json_value(record: str, name: str, value: Any, avro_type: Any) -> Any:
    """Convert JSON scalars to the Python types fastavro expects for logical types."""
    logical = _logical(avro_type)
    if logical == "timestamp-millis" and isinstance(value, int) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, tz=timezone.utc)  # epoch milliseconds
    if logical == "timestamp-millis" and isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise SchemaError(f"{record}: field {name!r}: expected an ISO-8601 timestamp", field=name) from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    if logical == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise SchemaError(f"{record}: field {name!r}: expected a date YYYY-MM-DD", field=name) from None
    return value


def _logical(avro_type: Any) -> str | None:
    if isinstance(avro_type, dict):
        return avro_type.get("logicalType")
    if isinstance(avro_type, list):
        for branch in avro_type:
            found = _logical(branch)
            if found:
                return found
    return None


def _to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json_value(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=1)
def default_codec() -> EventCodec:
    """The process-wide codec built from the schemas shipped in this package."""
    return EventCodec()


def parse_json_line(line: str, codec: EventCodec | None = None) -> Event:
    """One JSON line -> validated event (SchemaError on bad JSON or bad fields)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    return (codec or default_codec()).from_json(obj)


def records(codec: EventCodec | None = None) -> Iterable[str]:
    return (codec or default_codec()).record_names
