"""The event reference (docs/events.md), rendered from the ``.avsc`` files and the catalogue.

The schemas are the contract; this page is how integrators read it. It is generated
(``python scripts/generate_event_reference.py``) and a unit test fails when the committed
page differs from what the schemas say, so the two cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from schemas import catalogue as cat
from schemas.codec import EventCodec, RecordSchema, _type_name

REFERENCE_PATH = Path(__file__).resolve().parents[1] / "docs" / "events.md"
GENERATE_COMMAND = "python scripts/generate_event_reference.py"

HEADER = """\
# Event reference

<!-- GENERATED from schemas/*.avsc by `{command}`: do not edit by hand.
     tests/unit/test_event_reference.py fails when this page and the schemas differ. -->

The pipeline's public contract: every record type, the topic it travels on, its key and
its fields. The Avro schemas in [`schemas/`](../schemas) are the source of truth (one
`.avsc` per record; earlier versions in `schemas/history/`); how to produce and consume
from other languages is in [integration.md](integration.md).

## On the wire

- **Key**: the topic's key field (below), UTF-8 bytes. Events of one subject share a
  partition and stay in order.
- **Value, Avro**: single-object encoding: `C3 01`, then the writer schema's 8-byte
  CRC-64-AVRO fingerprint (of its parsing canonical form) **little-endian**, then the
  Avro binary body. Fingerprints of the current schemas are listed below.
- **Value, JSON** (input topics only): a UTF-8 JSON object with these field names and
  `"type"` holding the record name. Timestamps (`timestamp-millis`) as ISO-8601 strings
  (`2026-11-30T09:15:00Z`) or epoch milliseconds; dates as `YYYY-MM-DD`; optional fields
  may be omitted. `event_id` and `occurred_at` are required on the wire. A `content-type`
  Kafka header, when set, decides (`application/json`; `application/vnd.apache.avro`,
  `application/vnd.apache.avro+binary`, `avro/binary` or `application/avro`); one that
  contradicts the bytes goes to dead-letter. Without it the first byte decides (`{` = JSON).
- Anything that cannot be decoded or validated goes to `dead-letter` with the reason
  (naming the field, never its value); the worker keeps going.
- Every event carries `event_id` (unique; the pipeline deduplicates on it: re-send with
  the same id, never a new one), `occurred_at` and optionally `source`.

## Topics

| topic | key | records |
|---|---|---|
"""


def _topic_rows() -> list[str]:
    rows = []
    for topic, records in cat.RECORDS_BY_TOPIC.items():
        direction = "input" if topic in cat.INPUT_TOPICS else "output"
        links = ", ".join(f"[{r}](#{r.lower()})" for r in records)
        rows.append(f"| `{topic}` ({direction}) | {cat.key_description(topic)} | {links} |")
    return rows


def _type_cell(avro_type: Any) -> str:
    return _type_name(avro_type).replace("|", "\\|")


def _record_section(schema: RecordSchema, topic: str) -> list[str]:
    doc = schema.parsed.get("doc", "")
    lines = [f"### {schema.name}", ""]
    if doc:
        lines += [doc, ""]
    lines += [f"Topic `{topic}`, key {cat.key_description(topic)}; fingerprint (CRC-64-AVRO, as on the "
              f"wire) `{schema.fingerprint.hex()}`; schema file `schemas/{schema.name}.avsc`.", "",
              "| field | type | required | description |", "|---|---|---|---|"]
    for name, field in schema.fields.items():
        required = "no" if "default" in field else "**yes**"
        if name in ("event_id", "occurred_at") and topic in cat.INPUT_TOPICS:
            required = "yes (JSON on the wire too; `publish` fills it in)"
        text = (field.get("doc") or "").replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{name}` | {_type_cell(field['type'])} | {required} | {text} |")
    return lines + [""]


def render_reference(codec: EventCodec | None = None) -> str:
    codec = codec or EventCodec()
    out = [HEADER.replace("{command}", GENERATE_COMMAND).rstrip("\n")]
    out += _topic_rows()
    out.append("")
    for title, topics in (("Input events", cat.INPUT_TOPICS),
                          ("Output events", [t for t in cat.ALL_TOPICS if t not in cat.INPUT_TOPICS])):
        out += [f"## {title}", ""]
        for topic in topics:
            for record in cat.RECORDS_BY_TOPIC[topic]:
                out += _record_section(codec.schema(record), topic)
    return "\n".join(out).rstrip("\n") + "\n"
