"""Generalisation and search-term hygiene, table-driven."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from anonymiser.generalise import age_band, cohort_key, region_of, salary_band, seniority_band
from anonymiser.search_terms import normalise_term, path_group


@pytest.mark.parametrize("query, expected", [
    ("Data Engineer", "data engineer"),
    ("  infirmière   de nuit ", "infirmière de nuit"),
    ("jean.dupont@example.org", None),
    ("+33 6 12 34 56 78", None),
    ("Marie Dupont", None),
    ("marie dupont", None),
    ("Jean Martin", None),
    ("Senior Developer", "senior developer"),
    ("https://linkedin.com/in/someone", None),
    ("dossier 123456789", None),
    ("", None),
    ("x" * 200, None),
])
def test_when_a_search_term_looks_personal_then_it_is_dropped(query, expected) -> None:
    assert normalise_term(query) == expected


@pytest.mark.parametrize("path, group", [
    ("/jobs/1234?utm=x", "/jobs/:id"), ("/", "/"), ("/Companies/acme-42/jobs", "/companies/:id/jobs"),
    ("/profile/jane@example.org", "/profile/:id"),
])
def test_when_paths_are_grouped_then_ids_and_queries_disappear(path, group) -> None:
    assert path_group(path) == group


def test_when_a_profile_expires_then_only_coarse_categories_remain() -> None:
    key = cohort_key({"first_name": "Ada", "city": "Lyon", "sector": "it", "years_experience": 7,
                      "education_level": "Master", "contract_types": ["permanent"], "birth_date": "1990-01-01"},
                     datetime(2026, 5, 17, tzinfo=timezone.utc))
    assert (key.period, key.sector, key.region, key.seniority_band, key.education_level, key.contract_type) == \
        ("2026-Q2", "IT", "Auvergne-Rhône-Alpes", "6-10", "master", "permanent")
    assert "Ada" not in repr(key) and "1990" not in repr(key)


@pytest.mark.parametrize("city, region, expected", [
    ("Paris", None, "Île-de-France"), (None, "Occitanie", "Occitanie"), ("Smallville", "Nowhere", "unknown"),
])
def test_when_a_city_is_generalised_then_it_becomes_a_region(city, region, expected) -> None:
    assert region_of(city, region) == expected


def test_when_values_are_banded_then_bands_are_coarse() -> None:
    assert [seniority_band(y) for y in (0, 3, 8, 20, None)] == ["0-2", "3-5", "6-10", "11+", "unknown"]
    assert age_band(date(2000, 6, 1), date(2026, 5, 31)) == "25-34"
    assert salary_band(52_000) == "45-60k"
