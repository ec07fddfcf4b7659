"""Durations of any length, from seconds to years: "5s", "90m", "36h", "30d", "2w",
"13mo", "2y", or ISO-8601 ("P2Y", "PT5S", "P1Y6M"). Months and years are calendar
units (2 years after 29 Feb is 28 Feb), so retention matches what the policies say."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil.relativedelta import relativedelta

_SHORT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w|mo|y)\s*$", re.IGNORECASE)
_ISO = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


class DurationError(ValueError):
    pass


def parse_duration(text: str) -> relativedelta:
    if not isinstance(text, str) or not text.strip():
        raise DurationError("expected a duration like '2y', '13mo', '30d', '5s' or 'P2Y'")
    m = _SHORT.match(text)
    if m:
        value, unit = float(m.group(1)), m.group(2).lower()
        whole = int(value)
        if unit in ("mo", "y") and whole != value:
            raise DurationError(f"months and years must be whole numbers, got {text!r}")
        return {
            "s": relativedelta(seconds=value), "sec": relativedelta(seconds=value),
            "m": relativedelta(minutes=value), "min": relativedelta(minutes=value),
            "h": relativedelta(hours=value), "d": relativedelta(days=value), "w": relativedelta(weeks=value),
            "mo": relativedelta(months=whole), "y": relativedelta(years=whole),
        }[unit].normalized()
    m = _ISO.match(text.strip().upper())
    if m and any(m.groups()):
        y, mo, w, d, h, mi, s = m.groups()
        return relativedelta(years=int(y or 0), months=int(mo or 0), weeks=int(w or 0), days=int(d or 0),
                             hours=int(h or 0), minutes=int(mi or 0), seconds=float(s or 0)).normalized()
    raise DurationError(f"expected a duration like '2y', '13mo', '30d', '5s' or 'P2Y', got {text!r}")


def after(at: datetime, duration: relativedelta) -> datetime:
    return at + duration


def approx_seconds(duration: relativedelta) -> float:
    """For display and comparisons only (a month counts 30.44 days)."""
    return (duration.years * 365.25 + duration.months * 30.44 + duration.days) * 86400 + \
        duration.hours * 3600 + duration.minutes * 60 + duration.seconds
