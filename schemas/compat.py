"""Backward-compatibility check between two versions of a record schema.

"Backward compatible" here means: data written with the OLD schema can be read with the
NEW one, and no field of the old version was removed or renamed (a rename is a removal
plus an addition, unless the new field lists the old name in ``aliases``). EVENTS.md
allows adding optional fields freely and forbids removing or renaming any.
"""

from __future__ import annotations

from typing import Any


def field_problems(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human-readable problems that make ``new`` incompatible with ``old`` (empty = fine)."""
    problems: list[str] = []
    new_fields = {f["name"]: f for f in new["fields"]}
    aliases = {alias: f["name"] for f in new["fields"] for alias in f.get("aliases", ())}
    for field in old["fields"]:
        name = field["name"]
        if name not in new_fields and name not in aliases:
            problems.append(f"{old['name']}: field {name!r} was removed or renamed")
    old_names = {f["name"] for f in old["fields"]}
    for name, field in new_fields.items():
        renamed_from = set(field.get("aliases", ())) & old_names
        if name not in old_names and not renamed_from and "default" not in field:
            problems.append(f"{new['name']}: new field {name!r} has no default, so old data cannot be read")
    return problems
