"""Search-term hygiene (pure): normalise what visitors typed, drop what looks personal.

Dropped (return None): e-mail addresses, phone numbers, URLs, long digit runs (ids,
postcodes with house numbers...), and person names: a common first name followed by
another word ("marie dupont"), or two or more capitalised words typed as such ("Jean
Martin") that are not known job or skill words. Heuristic by nature: it errs on the side
of dropping, and a surname typed alone cannot be recognised.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(\+?\d[\d\s().-]{7,}\d)")
URL = re.compile(r"(https?://|www\.)\S+|\S+\.(com|org|net|fr|io|eu)(/\S*)?", re.IGNORECASE)
DIGITS = re.compile(r"\d{5,}")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", re.UNICODE)
PROFESSIONAL_WORDS = {
    "engineer", "developer", "nurse", "manager", "analyst", "teacher", "chef", "data", "python", "java",
    "sales", "marketing", "senior", "junior", "remote", "lead", "designer", "consultant", "accountant",
    "infirmière", "infirmier", "développeur", "développeuse", "ingénieur", "chef", "projet", "stage",
    "alternance", "comptable", "cariste", "vendeur", "vendeuse", "commercial", "aide", "soignante",
}
MAX_LEN = 80


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    lines = (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def looks_like_person_name(raw: str) -> bool:
    words = WORD.findall(raw)
    lowered = [w.lower() for w in words]
    if any(w in PROFESSIONAL_WORDS for w in lowered):
        return False
    if len(words) >= 2 and lowered[0] in first_names():
        return True
    capitalised = [w for w in words if w[:1].isupper() and w[1:].islower()]
    return len(words) >= 2 and len(capitalised) == len(words)


def normalise_term(query: str) -> str | None:
    """Lower-cased, whitespace-collapsed term, or None if it must not be stored."""
    if not isinstance(query, str):
        return None
    raw = unicodedata.normalize("NFC", query).strip()
    if not raw or len(raw) > MAX_LEN:
        return None
    if EMAIL.search(raw) or URL.search(raw) or PHONE.search(raw) or DIGITS.search(raw):
        return None
    if looks_like_person_name(raw):
        return None
    words = WORD.findall(raw.lower())
    return " ".join(words) or None


def path_group(path: str) -> str:
    """Group a page path: query strings dropped, ids and anything variable replaced."""
    path = (path or "/").split("?", 1)[0].split("#", 1)[0]
    parts = []
    for part in path.strip("/").split("/")[:3]:
        if not part:
            continue
        if any(ch.isdigit() for ch in part) or "@" in part or len(part) > 24:
            parts.append(":id")
        else:
            parts.append(part.lower())
    return "/" + "/".join(parts)
