"""What a client receives (pure): the preset's client fields, free text only sanitised.

Shared by the consent gate (first share) and the candidate processor (re-sends after a
rectification, a lifted suspension or restriction), so every copy is built the same way.
"""

from __future__ import annotations

from typing import Any, Mapping

from anonymiser.generalise import region_of
from talentguard.consent import notice_categories, professional_profile
from talentguard.policy import Policy

# free-text profile fields: sent only in the sanitised form the candidate processor stores
# under SANITISED (written when the field is set); without it the field is withheld
FREE_TEXT_FIELDS = ("job_title", "skills")
SANITISED = "_sanitised"


def client_profile(profile: Mapping[str, Any], policy: Policy) -> dict[str, Any]:
    """The profile as a client may see it: preset fields, sanitised free text, region not city."""
    clean = dict(profile)
    sanitised = profile.get(SANITISED) or {}
    for name in FREE_TEXT_FIELDS:
        if clean.get(name) not in (None, "", []):
            clean[name] = sanitised.get(name)  # None (withheld) when never sanitised: fail closed
    out = professional_profile(clean, policy.sharing.client_fields)
    if "region" in policy.sharing.client_fields and not out["region"]:
        region = region_of(profile.get("city"), profile.get("region"))  # the city stays private
        out["region"] = None if region == "unknown" else region
    return out


def client_copy(profile: Mapping[str, Any], cv: Mapping[str, Any] | None,
                policy: Policy) -> tuple[dict[str, Any], str | None, dict[str, int], list[str]]:
    """(profile, cv_text, redactions, categories sent): the categories list exactly what the
    ProfileShared carries, for the FirstShareNotice."""
    sent = client_profile(profile, policy)
    cv_text = cv["text"] if cv else None
    return sent, cv_text, dict(cv["redactions"]) if cv else {}, notice_categories(sent, cv_text is not None)
