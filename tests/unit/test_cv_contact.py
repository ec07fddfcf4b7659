"""Contact details in a CV (recognizers/contact.py): the candidate's and referees' names and
where they live go; an employer's district on a dated experience line stays.
Hand-made probes, not corpus strings."""

from __future__ import annotations

import pytest

from anonymiser.cv_sanitiser import get_sanitiser
from anonymiser.recognizers.contact import name_regions


@pytest.fixture(scope="module")
def sanitiser():
    return get_sanitiser()


@pytest.mark.parametrize("lang, text, gone", [
    # a capitalised "CURRICULUM VITAE" prefix was read as the name itself
    ("en", "CURRICULUM VITAE - Rory Devlin\n12 Kelvin Way, Glasgow G3 7QE\n", "Rory Devlin"),
    # referees under a references heading, named without the word "reference" on their line
    ("en", "Skills\nForklift (counterbalance)\n\nREFEREES\nBrendan Cahill, Site Manager, Kells Logistics\n", "Brendan Cahill"),
    ("fr", "Compétences\nCACES R489\n\nRÉFÉRENCES\nSandrine Bouvier, cheffe d'équipe, Transports Morel\n", "Sandrine Bouvier"),
    ("fr", "Yasmine Haddad\nParis 15e | 06 12 34 56 78\n", "Paris 15e"),
    ("en", "Aoife Brennan\nBallina, Co. Mayo\naoife.b@example.ie\n", "Ballina, Co. Mayo"),
])
def test_when_a_name_or_district_locates_a_person_then_it_goes(sanitiser, lang, text, gone) -> None:
    assert gone not in sanitiser.sanitise(text, lang).text


def test_when_a_district_is_on_a_dated_experience_line_then_it_stays(sanitiser) -> None:
    text = "Rahim Uddin\n07 53 91 08 26\n- Le Petit Zinc (Paris 3e) | commis | 2022 → maintenant\n"
    assert "Le Petit Zinc (Paris 3e)" in sanitiser.sanitise(text, "fr").text


def test_a_references_heading_opens_a_block_of_name_lines() -> None:
    text = "A\nB\nC\nD\nE\nSkills\nWelding\nReferences\nJo Bloggs, Foreman\nSam Hill, Manager\n"
    regions = [text[a:b] for a, b in name_regions(text)]
    assert "Jo Bloggs, Foreman" in regions and "Sam Hill, Manager" in regions and "Welding" not in regions


def test_when_the_header_name_recurs_in_a_footer_then_every_copy_goes(sanitiser) -> None:
    text = ("PRIYA RAMANATHAN\nChennai | +91 98400 12345\n\nExperience\nAnalyst, Tata Elxsi (2019-2024)\n\n"
            "Priya Ramanathan - CV - page 2")
    out = sanitiser.sanitise(text, "en").text
    assert "priya ramanathan" not in out.lower() and "Tata Elxsi" in out


def test_when_a_header_name_has_a_suffix_then_the_suffix_goes_with_it(sanitiser) -> None:
    assert "CASTILLO" not in sanitiser.sanitise("RAMON CASTILLO JR.\nLaredo, TX | (956) 555-0101\n", "en").text
