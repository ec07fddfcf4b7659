"""Copy a finished, independently written corpus into tests/data/cv_corpora/<name>/.

Usage: python -m anonymiser.import_corpus SOURCE_DIR NAME
SOURCE_DIR must hold a DONE file (the writer's "complete" mark) and en.jsonl / fr.jsonl.
Every line is checked (id, lang, text; every labelled span occurs in the text) and only
counts are printed: no CV content, so importing does not peek at the test split.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from anonymiser.corpora import CORPORA_DIR, load_files, split_of


def check(records: list[dict], lang: str) -> list[str]:
    errors = []
    for r in records:
        rid = r.get("id")
        if not rid or r.get("lang") != lang or not isinstance(r.get("text"), str):
            errors.append(f"{rid}: needs id, lang={lang}, text")
            continue
        spans = [s.get("text", "") for s in r.get("sensitive", [])] + list(r.get("keep", [])) + list(r.get("contact", []))
        errors += [f"{rid}: a labelled span is not in the text" for s in spans if not s or s not in r["text"]]
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, name = Path(argv[0]), argv[1]
    if not (source / "DONE").exists():
        print(f"{source}: no DONE file, the corpus is not complete yet", file=sys.stderr)
        return 1
    target = CORPORA_DIR / name
    target.mkdir(parents=True, exist_ok=True)
    ids: set[str] = set()
    for lang in ("en", "fr"):
        path = source / f"{lang}.jsonl"
        records = load_files([path])
        errors = check(records, lang)
        dup = [r["id"] for r in records if r["id"] in ids]
        ids |= {r["id"] for r in records}
        if errors or dup:
            print(f"{path}: {len(errors)} errors, {len(dup)} duplicate ids; first: {(errors + dup)[:3]}", file=sys.stderr)
            return 1
        (target / f"{lang}.jsonl").write_bytes(path.read_bytes())
        splits = Counter(split_of(r["id"]) for r in records)
        spans = sum(len(r.get("sensitive", [])) for r in records)
        print(f"{name}/{lang}: {len(records)} CVs ({splits['dev']} dev, {splits['test']} test), {spans} sensitive spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
