"""Profile generalisation (pure): from a personal profile to a statistics cohort.

Only coarse, bounded categories come out: sector, region (never the city), seniority
band, education level, contract type, and the period. Names, contact details, birth
date, salary and free text never do. Unknown or free-form values collapse to
"other"/"unknown" so a rare typed value cannot single someone out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

DATA = Path(__file__).resolve().parent / "data"
SECTORS = ("IT", "Health care", "Retail", "Logistics", "Finance", "Legal", "Hospitality", "Construction",
           "Education", "Public sector", "Industry", "Marketing", "Sales", "Human resources", "Energy",
           "Transport", "Agriculture", "Media", "Research")
EDUCATION = ("none", "secondary", "vocational", "bachelor", "master", "doctorate")
CONTRACTS = ("permanent", "fixed_term", "freelance", "internship", "temporary", "apprenticeship")


@dataclass(frozen=True)
class CohortKey:
    period: str
    sector: str
    region: str
    seniority_band: str
    education_level: str
    contract_type: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip().lower())


@lru_cache(maxsize=1)
def _regions() -> tuple[dict[str, str], set[str]]:
    table = yaml.safe_load((DATA / "regions.yaml").read_text())
    cities = {_fold(city): region for country in table.values() for city, region in country.items()}
    return cities, {_fold(r) for r in cities.values()}


def region_of(city: str | None, region: str | None) -> str:
    cities, regions = _regions()
    if city and _fold(city) in cities:
        return cities[_fold(city)]
    if region and _fold(region) in regions:
        return next(r for r in cities.values() if _fold(r) == _fold(region))
    return "unknown"


def seniority_band(years: Any) -> str:
    if not isinstance(years, int) or years < 0:
        return "unknown"
    return "0-2" if years <= 2 else "3-5" if years <= 5 else "6-10" if years <= 10 else "11+"


def age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return "unknown"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return "<25" if age < 25 else "25-34" if age < 35 else "35-44" if age < 45 else "45-54" if age < 55 else "55+"


def salary_band(amount: Any) -> str:
    if not isinstance(amount, int) or amount <= 0:
        return "unknown"
    return "<30k" if amount < 30_000 else "30-45k" if amount < 45_000 else "45-60k" if amount < 60_000 else "60k+"


def _pick(value: Any, allowed: tuple[str, ...], fallback: str = "other") -> str:
    if not isinstance(value, str) or not value.strip():
        return "unknown"
    folded = {_fold(a): a for a in allowed}
    return folded.get(_fold(value), fallback)


def period_of(at: datetime) -> str:
    """Quarter granularity: coarse enough that the expiry date does not identify anyone."""
    return f"{at.year}-Q{(at.month - 1) // 3 + 1}"


def cohort_key(profile: Mapping[str, Any], expired_at: datetime) -> CohortKey:
    contracts = profile.get("contract_types") or []
    return CohortKey(
        period=period_of(expired_at),
        sector=_pick(profile.get("sector"), SECTORS),
        region=region_of(profile.get("city"), profile.get("region")),
        seniority_band=seniority_band(profile.get("years_experience")),
        education_level=_pick(profile.get("education_level"), EDUCATION),
        contract_type=_pick(contracts[0] if contracts else None, CONTRACTS),
    )
