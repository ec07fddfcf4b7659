"""The clause model overrules the rules' findings in clauses it finds plainly professional.

Pure unit tests: a fake pipeline scores clauses by a word it looks for, so each case states
exactly what the model "thinks" and the test checks what overrule() does with it."""

from __future__ import annotations

import numpy as np
import pytest
from presidio_analyzer import RecognizerResult

from anonymiser.recognizers.learned import NONE, ClauseModel, ClauseRecognizer

RULES = "SpecialCategoryRecognizer_en"
CLASSES = (NONE, "religious_belief")


class WordScorer:
    """predict_proba: P(sensitive) 0.9 when the clause holds ``word``, else 0.01."""

    def __init__(self, word: str) -> None:
        self.word = word

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return np.array([[0.1, 0.9] if self.word in t else [0.99, 0.01] for t in texts])


def finding(text: str, needle: str, recognizer: str = RULES) -> RecognizerResult:
    start = text.index(needle)
    return RecognizerResult("religious_belief", start, start + len(needle), 0.8,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})


def recognizer(overrule_below: float, sensitive_word: str = "practising", language: str = "en",
               guarded=None, framed=None) -> ClauseRecognizer:  # noqa: ANN001 - ClauseRecognizer's callables
    model = ClauseModel(WordScorer(sensitive_word), 0.9, CLASSES, "fake", overrule_below)
    return ClauseRecognizer(language, model, guarded=guarded, framed=framed, rules=RULES)


@pytest.mark.parametrize("text, needle, kept, why", [
    ("Relationship manager for Maybank Islamic Berhad clients in Kuala Lumpur", "Islamic", False,
     "professional clause, no first person: the model's low score overrules the lexicon hit"),
    ("Weekends: practising Muslim, Friday prayers at the local mosque", "Muslim", True,
     "the model scores the clause sensitive: the rule finding stands"),
    ("Islamic finance is something I have studied for a long time", "Islamic", True,
     "the candidate speaks (I): never overruled, whatever the model says"),
    ("Islamic", "Islamic", True,
     "a lone word is no clause (fewer than three words): the rules alone decide"),
])
def test_overrule_drops_a_rule_finding_only_in_a_plainly_professional_impersonal_clause(
        text: str, needle: str, kept: bool, why: str) -> None:
    hit = finding(text, needle)
    assert (hit in recognizer(0.1).overrule(text, [hit])) is kept, why


def test_a_model_trained_before_the_overrule_never_overrules() -> None:
    text = "Relationship manager for Maybank Islamic Berhad clients in Kuala Lumpur"
    hit = finding(text, "Islamic")
    assert recognizer(0.0).overrule(text, [hit]) == [hit]


def test_only_the_named_rule_recognizers_findings_are_overruled() -> None:
    text = "Relationship manager for Maybank Islamic Berhad clients in Kuala Lumpur"
    contact = finding(text, "Kuala Lumpur", recognizer="ContactRecognizer_en")
    rule = finding(text, "Islamic")
    assert recognizer(0.1).overrule(text, [contact, rule]) == [contact]


def test_a_finding_that_crosses_a_clause_boundary_is_left_to_the_rules() -> None:
    text = "Supported the synagogue; the parish of St Mary and the community trust"
    start = text.index("synagogue")
    hit = RecognizerResult("religious_belief", start, text.index("parish") + 6, 0.8,
                           recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: RULES})
    assert recognizer(0.1).overrule(text, [hit]) == [hit]


def test_an_old_pickled_model_without_the_field_reads_as_never_overruling() -> None:
    model = ClauseModel.__new__(ClauseModel)
    model.__dict__.update(pipeline=WordScorer("x"), threshold=0.9, classes=CLASSES, trained_on="old")
    assert model.overrule_below == 0.0


@pytest.mark.parametrize("text, needle, why", [
    ("Centre LGBTQIA+ de Nantes - refonte du logo, projet qui tenait à cœur à mon équipe et à moi", "LGBTQIA+",
     "the line holds the candidate's voice (mon, moi) although the finding's own clause does not"),
    ("PERSONAL Indian national, H-1B. Spouse on Islamic finance visa", "Islamic",
     "a line that opens with a private-section word"),
    ("Interests\nChess club\nVolunteer driver for the Islamic Relief shop in Leeds", "Islamic",
     "a clause under a private-section heading (Interests)"),
])
def test_a_personal_line_or_section_is_never_overruled(text: str, needle: str, why: str) -> None:
    rec = recognizer(0.1, "never-present", language="fr" if "Nantes" in text else "en")
    hit = finding(text, needle)
    assert rec.overrule(text, [hit]) == [hit], why


def test_overrule_after_analyze_reuses_its_scores_and_decides_the_same() -> None:
    text = "Relationship manager for Maybank Islamic Berhad clients\nWeekends: practising Muslim, Friday prayers"
    professional, personal = finding(text, "Islamic"), finding(text, "Muslim")
    rec = recognizer(0.1)
    alone = rec.overrule(text, [professional, personal])
    rec.analyze(text, ["religious_belief"])
    assert rec.overrule(text, [professional, personal]) == alone == [personal]
    other = "Relationship manager for Islamic Relief donors in Leeds"  # not the text analyze() saw
    assert rec.overrule(other, [finding(other, "Islamic")]) == []


def test_a_presets_extra_category_is_never_overruled() -> None:
    """hobbies / associations / birthplace / gender come from the rules only: the model was
    never trained on them, so its score says nothing about them (review of session 8)."""
    text = "Trustee of the Education Endowment Foundation and its grants panel"
    start = text.index("Trustee")
    extra = RecognizerResult("associations", start, len(text), 0.8,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: RULES})
    assert recognizer(0.1).overrule(text, [extra]) == [extra]


def test_overrule_reads_the_current_model_not_scores_cached_by_another() -> None:
    text = "Relationship manager for Maybank Islamic Berhad clients in Kuala Lumpur"
    hit = finding(text, "Islamic")
    rec = recognizer(0.1, sensitive_word="Maybank")  # this model scores the clause sensitive
    rec.analyze(text, ["religious_belief"])
    rec.model = ClauseModel(WordScorer("never-present"), 0.9, CLASSES, "swapped", 0.1)  # as the LOCO report does
    assert rec.overrule(text, [hit]) == []


def test_the_sanitiser_applies_the_overrule_on_both_its_paths() -> None:
    """Through CvSanitiser with the shipped model: a professional clause holding a rule
    trigger ("Parole-board") survives; with overruling off (0) the same rule removes it."""
    from anonymiser.cv_sanitiser import get_sanitiser

    sanitiser = get_sanitiser()
    text = "Parole-board letter support for graduates of the reading programme"
    shipped = sanitiser.clause_model.overrule_below
    assert shipped > 0
    try:
        assert sanitiser.sanitise(text, "en").text == text
        assert sanitiser.sanitise_many([(text, "en")])[0].text == text
        sanitiser.clause_model.overrule_below = 0.0
        assert sanitiser.sanitise(text, "en").text != text
    finally:
        sanitiser.clause_model.overrule_below = shipped


def guard_on(word: str):  # noqa: ANN201 - the (category, text) -> bool a rule recognizer gives
    return lambda _category, text: word in text


@pytest.mark.parametrize("text, needle, removed, why", [
    ("Ran the practising clinics at the university hospital", "practising clinics", False,
     "impersonal line: a rule guard (hospital) vetoes the model"),
    ("I am practising my faith and volunteer at the hospital chapel", "practising my faith", True,
     "the candidate speaks (I): the guard does not veto"),
    ("Interests\nPractising self-care at the hospital gym every week", "Practising self-care", True,
     "under a private-section heading (Interests): the guard does not veto"),
    ("Chaplain, practising ministry team, St Mary's, 2015-2020", "practising ministry team", False,
     "a dated experience line: the model removes nothing there"),
    ("Chaplaincy support group where I met my wife, practising ministry team, 2015-2020", "practising ministry team", True,
     "a dated line where the candidate speaks (I, my) outside the clause itself: the whole line is personal"),
    ("Ran the practising clinics where I trained, at the hospital", "practising clinics", True,
     "first person elsewhere on the line: the guard in the clause does not veto"),
])
def test_a_guard_or_a_dated_line_vetoes_the_model_only_where_the_candidate_does_not_speak(
        text: str, needle: str, removed: bool, why: str) -> None:
    found = recognizer(0.0, "ractising", guarded=guard_on("hospital")).analyze(text, ["religious_belief"])
    start = text.index(needle)
    assert any(r.start <= start < r.end for r in found) is removed, why


def test_professional_framing_still_vetoes_the_model_on_a_personal_line() -> None:
    text = "I ran the practising clinics at the hospital"
    framed = recognizer(0.0, "ractising", guarded=guard_on("hospital"),
                        framed=lambda _category, _text, _a, _b, _heads: True)
    assert framed.analyze(text, ["religious_belief"]) == []
    assert recognizer(0.0, "ractising", guarded=guard_on("hospital")).analyze(text, ["religious_belief"])


@pytest.mark.parametrize("text, removed", [
    ("Animation des ateliers de pratique religieuse à l'hôpital", False),
    ("Je suis restée membre, pratique religieuse à l'hôpital", True),
])
def test_the_french_first_person_lifts_the_guard_veto_too(text: str, removed: bool) -> None:
    rec = recognizer(0.0, "pratique", language="fr", guarded=guard_on("hôpital"))
    assert bool(rec.analyze(text, ["religious_belief"])) is removed


def test_the_trainer_counts_as_removable_exactly_what_the_runtime_may_remove() -> None:
    """train_clause_model.removable() sets the threshold on the keep clauses the recognizer could
    really remove: it must apply the same personal-line exemptions as analyze()."""
    from anonymiser.recognizers.learned import clauses, removable_place, vetoed
    from anonymiser.recognizers.special_categories import SpecialCategoryRecognizer
    from anonymiser.train_clause_model import clause_places, removable

    records = [{"id": "t-en-1", "lang": "en", "text": "Regional Organiser, Unite the Union, 2015-2020\n"
                "I am also a member of Unite myself and sit on its branch committee\n"
                "I was branch secretary of Unite at the hospital, 2015-2020\n"
                "Ran pay talks with the union at the hospital trust"},
               {"id": "t-fr-1", "lang": "fr", "text": "Je suis membre de la CGT depuis 2010, section de l'hôpital"}]
    places = clause_places(records)
    got = removable(places, ["trade_union"] * len(places))
    rules = {lang: SpecialCategoryRecognizer(lang) for lang in ("en", "fr")}
    want = [removable_place(text, a, heads, lang)
            and not vetoed(rules[lang].guarded, rules[lang].framed, "trade_union", text, a, b, heads, lang)
            for text, lang, a, b, heads in places]
    assert list(got) == want
    assert len(places) == sum(len(clauses(r["text"])) for r in records)
    assert any(want) and not all(want)  # the sample holds clauses of both kinds


def test_set_overrule_rewrites_only_the_overrule_of_a_model_file(tmp_path, capsys) -> None:  # noqa: ANN001 - fixtures
    import joblib

    from anonymiser.recognizers.learned import load_model
    from anonymiser.train_clause_model import main

    path = tmp_path / "model.joblib"
    joblib.dump(ClauseModel(WordScorer("practising"), 0.9, CLASSES, "fake", 0.05), path)
    assert main(["--out", str(path), "--set-overrule", "0.2"]) == 0
    model = load_model(path)
    assert (model.overrule_below, model.threshold, model.trained_on, model.classes) == (0.2, 0.9, "fake", CLASSES)
    assert "0.050 -> 0.200" in capsys.readouterr().out
    assert main(["--out", str(tmp_path / "none.joblib"), "--set-overrule", "0.2"]) == 2


@pytest.mark.parametrize("value", ["1.0", "-0.1", "a", "", "0.1,0.2"])
def test_set_overrule_refuses_a_value_outside_0_to_1_or_more_than_one(value: str, tmp_path) -> None:  # noqa: ANN001
    from anonymiser.train_clause_model import main

    with pytest.raises(SystemExit) as usage:
        main(["--out", str(tmp_path / "model.joblib"), "--set-overrule", value])
    assert usage.value.code == 2


def test_the_shipped_model_overrules_below_the_trainers_chosen_value() -> None:
    """The model file and OVERRULE_BELOW cannot drift apart: the value chosen leave one corpus
    out is the one the sanitiser runs with."""
    from anonymiser.recognizers.learned import load_model
    from anonymiser.train_clause_model import OVERRULE_BELOW

    assert load_model().overrule_below == OVERRULE_BELOW


def test_an_overrule_sweep_without_loco_is_a_usage_error(capsys) -> None:  # noqa: ANN001 - fixture
    from anonymiser.train_clause_model import main

    with pytest.raises(SystemExit) as usage:
        main(["--overrule-sweep", "0.05,0.1"])
    assert usage.value.code == 2
    assert "--overrule-sweep needs --loco" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["1.5", "-0.1", "a"])
def test_an_overrule_outside_0_to_1_is_a_usage_error_before_any_training(value: str, capsys) -> None:  # noqa: ANN001
    """--overrule is read like --set-overrule: a bad value is refused (exit 2), naming it, before
    the trainer reads a corpus."""
    from anonymiser.train_clause_model import main

    with pytest.raises(SystemExit) as usage:
        main(["--overrule", value, "--oof-report"])
    assert usage.value.code == 2
    assert repr(value) in capsys.readouterr().err
