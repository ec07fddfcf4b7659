"""Keyed pseudonyms (HMAC-SHA256): stable per secret, not reversible, not guessable.

Pure helper. The pipeline's own pseudonyms (subjects in Redis key names, visitors in the
k-at-write counters and cookie state, client-profiles keys) come from
``talentguard.keyring.Keyring``, whose pseudonym key lives outside Redis: a pseudonym is
only as safe as its secret is kept apart from the data it names.
"""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(secret: bytes, identifier: str, purpose: str = "analytics") -> str:
    return hmac.new(secret, f"{purpose}:{identifier}".encode(), hashlib.sha256).hexdigest()[:32]
