"""CV sanitiser: table-driven behaviour in both languages, offsets, errors."""

from __future__ import annotations

import pytest

from anonymiser.cv_sanitiser import CvInputError, PLACEHOLDER, get_sanitiser
from anonymiser.language import detect_language


@pytest.fixture(scope="module")
def sanitiser():
    return get_sanitiser()


@pytest.mark.parametrize("lang, text, gone, category", [
    ("en", "Hobbies: chess. Elected CGT delegate in 2019.", "Elected CGT delegate", "trade_union"),
    ("en", "Personal: Type 1 diabetic, married.", "Type 1 diabetic", "health"),
    ("en", "Shop steward at Union Pacific.", "Shop steward", "trade_union"),
    ("en", "DOB: 1990-03-03", "1990-03-03", "date_of_birth_age"),
    ("fr", "Divers : déléguée syndicale FO depuis 2018.", "déléguée syndicale FO depuis 2018", "trade_union"),
    ("fr", "Centres d'intérêt : chorale paroissiale, vélo.", "chorale paroissiale", "religious_belief"),
    ("fr", "Née le 3 avril 1991 à Lyon.", "3 avril 1991", "date_of_birth_age"),
    ("fr", "Casier judiciaire vierge.", "Casier judiciaire vierge", "criminal_record"),
])
def test_when_a_cv_mentions_a_special_category_then_the_clause_is_removed(sanitiser, lang, text, gone, category) -> None:
    out = sanitiser.sanitise(text, lang)
    assert gone not in out.text and PLACEHOLDER in out.text
    assert category in out.redaction_counts()


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "Data engineer at Union Pacific, 2018-2022.", "Union Pacific"),
    ("en", "Merchandiser, Christian Dior Couture (2015-2019).", "Christian Dior Couture"),
    ("en", "Office on Church Street, Leeds.", "Church Street"),
    ("en", "Staff nurse at St Mary's Hospital, cardiology ward.", "St Mary's Hospital"),
    ("en", "Labour market analyst, ONS.", "Labour market analyst"),
    ("en", "Led a water project in the Democratic Republic of Congo.", "Democratic Republic of Congo"),
    ("en", "Built diabetes research software in Python.", "diabetes research software"),
    ("fr", "Graphiste chez Parti Pris Studio (2016-2020).", "Parti Pris Studio"),
    ("fr", "Technicienne au Syndicat des eaux d'Île-de-France.", "Syndicat des eaux"),
    ("fr", "Chargée de projet à Santé publique France.", "Santé publique France"),
])
def test_when_professional_content_looks_sensitive_then_it_survives(sanitiser, lang, text, kept) -> None:
    assert kept in sanitiser.sanitise(text, lang).text


def test_when_findings_are_reported_then_offsets_point_into_the_input(sanitiser) -> None:
    text = "Ada Lovelace\nada@example.org | +44 7700 900123\nAnalyst. Practising Catholic."
    out = sanitiser.sanitise(text, "en")
    spans = {text[f.start:f.end] for f in out.findings}
    assert "ada@example.org" in spans and "+44 7700 900123" in spans and "Ada Lovelace" in spans
    assert any("Catholic" in s for s in spans)
    assert all(0 <= f.start < f.end <= len(text) for f in out.findings)


@pytest.mark.parametrize("bad", ["", "   \n", None, 42])
def test_when_input_is_empty_or_not_text_then_a_clear_error_is_raised(sanitiser, bad) -> None:
    with pytest.raises(CvInputError):
        sanitiser.sanitise(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text, lang", [
    ("Experienced data engineer with five years of work in the energy sector.", "en"),
    ("Ingénieure data avec cinq ans d'expérience dans le secteur de l'énergie.", "fr"),
])
def test_when_language_is_absent_then_it_is_detected(text, lang) -> None:
    assert detect_language(text) == lang


def test_when_many_cvs_are_sanitised_in_a_batch_then_results_match_single_calls(sanitiser) -> None:
    items = [("Married, two kids. Python developer.", "en"), ("Mariée, deux enfants. Développeuse Python.", "fr")]
    batch = sanitiser.sanitise_many(items)
    assert [b.text for b in batch] == [sanitiser.sanitise(t, l).text for t, l in items]
