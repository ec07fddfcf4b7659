"""Build a valid sample event for any record schema (for round-trip and compatibility tests)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

NOW = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)


def sample_value(avro_type: Any, name: str) -> Any:
    if isinstance(avro_type, list):
        non_null = [t for t in avro_type if t != "null"]
        return sample_value(non_null[0], name)
    if isinstance(avro_type, dict):
        logical = avro_type.get("logicalType")
        if logical == "timestamp-millis":
            return NOW
        if logical == "date":
            return date(1990, 3, 3)
        kind = avro_type["type"]
        if kind == "enum":
            return avro_type["symbols"][-1]
        if kind == "array":
            return [sample_value(avro_type["items"], name), sample_value(avro_type["items"], name + "2")]
        if kind == "map":
            return {"health": 2, "contact": 1}
        if kind == "record":
            return {f["name"]: sample_value(f["type"], f["name"]) for f in avro_type["fields"]}
        return sample_value(kind, name)
    return {"string": f"{name}-value", "int": 7, "long": 1234567890123, "boolean": True,
            "double": 1.5, "float": 2.5}[avro_type]


def sample_event(schema: dict) -> dict:
    event = {f["name"]: sample_value(f["type"], f["name"]) for f in schema["fields"]}
    event["type"] = schema["name"].rsplit(".", 1)[-1]
    return event
