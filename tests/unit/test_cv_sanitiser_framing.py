"""Professional framing (framing.py): a sensitive word that names the candidate's work stays;
the same word said of the candidate goes. Hand-made probes, not corpus strings."""

from __future__ import annotations

import pytest

from anonymiser.cv_sanitiser import get_sanitiser


@pytest.fixture(scope="module")
def sanitiser():
    return get_sanitiser()


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "EXPERIENCE\nHepatology Nurse, HIV Outreach Service — Leeds Teaching Hospitals (2018–2023)", "HIV Outreach Service"),
    ("en", "EXPERIENCE\n- Ran hepatitis C screening days in hostels", "hepatitis C screening days"),
    ("en", "EXPERIENCE\n- Tutored 40 incarcerated learners in maths", "incarcerated learners"),
    ("en", "EXPERIENCE\n- Represented Unison members at disciplinary hearings", "Represented Unison members"),
    ("fr", "EXPÉRIENCE\n- Coordination des dépistages VIH en milieu rural", "dépistages VIH"),
    ("fr", "EXPÉRIENCE\nInfirmière, service d'addictologie — CHU de Nantes (2015-2020)", "service d'addictologie"),
    ("en", "EXPERIENCE\n- Reconciled GMB and Unite subscription deductions each month", "subscription deductions"),
    ("fr", "EXPÉRIENCE\n- Saisie des retenues pour arrêts maladie dans la paie", "arrêts maladie"),
])
def test_when_the_sensitive_word_names_the_work_then_it_survives(sanitiser, lang, text, kept) -> None:
    assert kept in sanitiser.sanitise(text, lang).text


@pytest.mark.parametrize("lang, text, gone", [
    ("en", "EXPERIENCE\n- Ran my own HIV support group while on treatment", "HIV support group"),
    ("en", "VOLUNTEERING\nTreasurer, Labour Party branch (2016–2019)", "Labour Party"),
    ("en", "EXPERIENCE\nFilipino nurse, 10 years on wards", "Filipino"),
    ("fr", "BÉNÉVOLAT\nResponsable de la section PCF de Montreuil (2012-2016)", "section PCF"),
    ("fr", "EXPÉRIENCE\n- Accompagnement de mon fils autiste", "autiste"),
    ("en", "EXPERIENCE\nPicker, Acme Logistics, 2021-2023 - the gates scan your face every shift", "scan your face"),
    ("fr", "État civil : d'origine sénégalaise ; mariée, 3 enfants.", "sénégalaise"),
    # a dated job line frames only its own sentence (a real-worker test caught this leak)
    ("en", "Data engineer at Acme, 2019-2024: data engineer work. Type 1 diabetic.", "diabetic"),
    ("en", "Staff nurse, Royal Infirmary, 2015-2020. Living with HIV since 2012.", "HIV"),
    ("fr", "Infirmière, CHU de Lille, 2015-2020. Diabétique de type 1.", "Diabétique"),
])
def test_when_the_fact_is_the_candidates_then_it_goes(sanitiser, lang, text, gone) -> None:
    assert gone not in sanitiser.sanitise(text, lang).text


@pytest.mark.parametrize("lang, text, gone, kept", [
    ("en", "Interests: fishing. I used face recognition to log in to my laptop.", "face recognition", "fishing"),
    ("en", "About me: my sister carries the BRCA2 gene.", "BRCA2", "About me"),
    ("en", "Availability: immediate. I pleaded guilty to careless driving in 2015.", "pleaded guilty", "Availability"),
    ("en", "Other: I've 3 teenage kids.", "teenage kids", "Other"),
    ("en", "EXPERIENCE\n- I came over from Poland in 2009 and started in a bakery", "Poland", "EXPERIENCE"),
])
def test_when_a_fact_is_said_in_the_first_person_then_it_goes(sanitiser, lang, text, gone, kept) -> None:
    out = sanitiser.sanitise(text, lang).text
    assert gone not in out and kept in out


@pytest.mark.parametrize("lang, text", [
    ("en", "EXPERIENCE\n- Rolled out fingerprint sign-in for 400 warehouse staff"),
    ("en", "EXPERIENCE\n- I moved from retail to logistics in 2015"),
    ("en", "EXPERIENCE\n- Represented clients who pleaded guilty at the magistrates' court"),
    ("en", "EXPERIENCE\n- Covered shifts for 40 drivers who went on strike"),
])
def test_when_the_first_person_family_meets_work_then_it_stays(sanitiser, lang, text) -> None:
    assert sanitiser.sanitise(text, lang).text == text
