"""Keyed pseudonyms (HMAC-SHA256): stable per secret, not reversible, not guessable.

Used for distinct-visitor counts: the sink stores the pseudonym, never the visitor id,
and without the secret nobody can test a guessed id against it.
"""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(secret: bytes, identifier: str, purpose: str = "analytics") -> str:
    return hmac.new(secret, f"{purpose}:{identifier}".encode(), hashlib.sha256).hexdigest()[:32]
