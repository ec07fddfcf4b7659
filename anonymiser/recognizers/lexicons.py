"""Lexicons kept as data (anonymiser/data/lexicons/<lang>/<name>.txt, one term a line,
'#' comments) turned into compact regular expressions.

A lexicon of hundreds of literal terms becomes one trie-shaped pattern (shared prefixes
factored out), so matching costs about one pass over the text instead of one attempt per
term. Spaces in a term match any run of spaces or a hyphen; apostrophes match ' or ’.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicons"
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@lru_cache(maxsize=128)
def lexicon_terms(language: str, name: str) -> tuple[str, ...]:
    path = LEXICON_DIR / language / f"{name}.txt"
    if not path.exists():
        raise FileNotFoundError(f"lexicon {name!r} missing for language {language!r}: {path}")
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        term = line.strip()
        if term and not term.startswith("#"):
            terms.append(term)
    return tuple(dict.fromkeys(terms))


def _piece(ch: str) -> str:
    if ch == " ":
        return r"[\s-]+"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def trie_pattern(terms: tuple[str, ...] | list[str], fold_case: bool = True) -> str:
    """One regex alternation equivalent to the list of literal terms (no anchors)."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in (term.lower() if fold_case else term):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [_piece(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return build(trie)


@lru_cache(maxsize=256)
def lexicon_pattern(language: str, name: str, fold_case: bool = True) -> str:
    return "(?:" + trie_pattern(lexicon_terms(language, name), fold_case) + ")"


def expand(pattern: str, language: str) -> str:
    """Replace {lexicon_name} placeholders in a YAML trigger by the lexicon's pattern."""
    return PLACEHOLDER.sub(lambda m: lexicon_pattern(language, m.group(1)), pattern)
