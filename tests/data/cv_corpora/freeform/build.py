"""Build en.jsonl / fr.jsonl from the hand-written, inline-annotated sources in src/.

Why: the CVs are written by hand with their labels inline, so every span is an exact
substring by construction and nobody has to count character offsets.

Source format (src/en.txt, src/fr.txt):
  * CVs are separated by a line holding only ``=====``.
  * ``{x:text}`` marks a span; x is one letter:
      h health, r religious_belief, p political_opinion, u trade_union,
      e ethnic_origin, s sexual_orientation, j criminal_record,
      g genetic_biometric, d date_of_birth_age, f family_status,
      K keep (must survive), C contact (email, phone, address, URL, person name).
  * ``<TAB>`` stands for a tab character (flattened tables).
The markers are removed; the output JSON holds the plain text plus the label lists.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = {
    "h": "health",
    "r": "religious_belief",
    "p": "political_opinion",
    "u": "trade_union",
    "e": "ethnic_origin",
    "s": "sexual_orientation",
    "j": "criminal_record",
    "g": "genetic_biometric",
    "d": "date_of_birth_age",
    "f": "family_status",
}
MARK = re.compile(r"\{([hrpuesjgdfKC]):([^{}]+)\}")


def parse_cv(raw: str, cv_id: str, lang: str) -> dict:
    """Strip the inline markers of one CV and return its JSON record."""
    raw = raw.replace("<TAB>", "\t").strip("\n")
    sensitive: list[dict] = []
    keep: list[str] = []
    contact: list[str] = []

    def repl(m: re.Match[str]) -> str:
        kind, span = m.group(1), m.group(2)
        if kind == "K":
            if span not in keep:
                keep.append(span)
        elif kind == "C":
            if span not in contact:
                contact.append(span)
        else:
            item = {"category": CATEGORIES[kind], "text": span}
            if item not in sensitive:
                sensitive.append(item)
        return span

    text = MARK.sub(repl, raw)
    if "{" in text or "}" in text:
        raise SystemExit(f"{cv_id}: stray brace left after markup removal")
    return {"id": cv_id, "lang": lang, "text": text, "sensitive": sensitive,
            "keep": keep, "contact": contact}


def build(lang: str) -> list[dict]:
    src = (HERE / "src" / f"{lang}.txt").read_text(encoding="utf-8")
    chunks = [c for c in re.split(r"^=====\s*$", src, flags=re.M) if c.strip()]
    return [parse_cv(c, f"freeform-{lang}-{i:03d}", lang) for i, c in enumerate(chunks, 1)]


def main() -> None:
    for lang in sys.argv[1:] or ["en", "fr"]:
        records = build(lang)
        with (HERE / f"{lang}.jsonl").open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{lang}: wrote {len(records)} CVs")


if __name__ == "__main__":
    main()
