"""Labelled CV corpora and their dev/test split.

A corpus is a folder ``tests/data/cv_corpora/<name>/`` holding ``en.jsonl`` and
``fr.jsonl`` (one CV per line: ``{id, lang, text, sensitive: [{category, text}], keep,
contact}``), written by someone who never saw the sanitiser. Each CV belongs to the dev or
the test split by a stable hash of its id, so the split never changes when files are
re-ordered or CVs are added, and nobody chooses which CV lands where:

    split(id) = "dev" if int(sha256(id)[:8], 16) % 100 < 40 else "test"

Rules are tuned on dev only (plus the project's own eval and holdout sets, which are all
dev); the test split is scored once per reported change and its misses are never printed.

A clause bank is a folder ``tests/data/clause_banks/<name>/`` in the same format whose
"CVs" are short labelled fragments (a heading and one to four lines): training data for the
clause model only, written for it. Banks are never scored and have no split.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data"
CORPORA_DIR = ROOT / "cv_corpora"
DEV_PERCENT = 40
SPLITS = ("dev", "test")
BANKS_DIR = ROOT / "clause_banks"
# the project's own sets: written by the rules' author, dev only
OWN_SETS = {"eval": ROOT / "cv_eval", "holdout": ROOT / "cv_holdout"}


def split_of(cv_id: str) -> str:
    """"dev" for ~40% of ids, "test" for the rest; stable across runs and machines."""
    bucket = int(hashlib.sha256(cv_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_PERCENT else "test"


def _folders(parent: Path) -> list[str]:
    if not parent.is_dir():
        return []
    return sorted(p.name for p in parent.iterdir() if p.is_dir() and any(p.glob("*.jsonl")))


def corpus_names() -> list[str]:
    """Independent corpora held by the project (folders with at least one .jsonl file)."""
    return _folders(CORPORA_DIR)


def bank_names() -> list[str]:
    """Clause banks held by the project (training fragments for the clause model)."""
    return _folders(BANKS_DIR)


def load_bank(name: str) -> list[dict]:
    """Every fragment of one clause bank (banks have no split: they are never scored)."""
    folder = BANKS_DIR / name
    if not folder.is_dir():
        raise ValueError(f"no clause bank {name!r} in {BANKS_DIR} (have: {', '.join(bank_names()) or 'none'})")
    return load_files(sorted(folder.glob("*.jsonl")))


def load_files(paths: list[Path]) -> list[dict]:
    records = []
    for path in paths:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
    return records


def load_corpus(name: str, split: str | None = None) -> list[dict]:
    """CVs of one corpus (an independent one, or "eval"/"holdout"), optionally one split.
    The project's own sets are dev as a whole: asking for their test split gives nothing."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {SPLITS}")
    if name in OWN_SETS:
        records = load_files(sorted(OWN_SETS[name].glob("*.jsonl")))
        return records if split in (None, "dev") else []
    folder = CORPORA_DIR / name
    if not folder.is_dir():
        raise ValueError(f"no corpus {name!r} in {CORPORA_DIR} (have: {', '.join(corpus_names()) or 'none'})")
    records = load_files(sorted(folder.glob("*.jsonl")))
    return [r for r in records if split is None or split_of(r["id"]) == split]
