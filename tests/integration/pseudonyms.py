"""How tests find a candidate's audit records: subjects are named by their keyed pseudonym.

Workers started by the tests and the test process read the same keyring (the default
``TALENTGUARD_KEYS_DIR``), so the test can compute the name the worker used.
"""

from __future__ import annotations

import os
from functools import lru_cache

from streams.testing import ROOT
from talentguard.keyring import DEFAULT_KEYS_DIR, ENV_KEYS_DIR, Keyring, load_keyring


@lru_cache(maxsize=1)
def shared_test_keyring() -> Keyring:
    """The keyring the workers (started in ROOT) and the CLI use."""
    return load_keyring(ROOT / (os.environ.get(ENV_KEYS_DIR) or DEFAULT_KEYS_DIR))


def audit_subject(candidate_id: str) -> str:
    return shared_test_keyring().subject_pseudonym(candidate_id)
