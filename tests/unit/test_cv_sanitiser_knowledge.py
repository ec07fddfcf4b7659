"""Knowledge and structure: lexicons as data, label/value lines, sections, policy extras,
short free-text fields."""

from __future__ import annotations

import re

import pytest

from anonymiser.cv_sanitiser import CvInputError, PLACEHOLDER, SanitiserOptions, get_sanitiser, options_for_preset
from anonymiser.recognizers.lexicons import lexicon_terms, trie_pattern
from talentguard.policy import load_policy, preset_names


@pytest.fixture(scope="module")
def sanitiser():
    return get_sanitiser()


def test_when_terms_become_a_trie_pattern_then_it_matches_exactly_the_terms() -> None:
    terms = ["CGT", "CFDT", "CFE-CGC", "cat", "cats", "shop steward"]
    pattern = re.compile(r"(?<![\w-])(?:" + trie_pattern(terms, fold_case=False) + r")(?!\w)")
    found = [m.group() for m in pattern.finditer("CGT, CFE-CGC, cats, shop  steward, CGTX, cattle, cgt")]
    assert found == ["CGT", "CFE-CGC", "cats", "shop  steward"]


@pytest.mark.parametrize("lang, name, minimum", [("en", "icd10_conditions", 500), ("en", "demonyms", 100),
                                                 ("fr", "demonyms", 200), ("fr", "countries", 100),
                                                 ("en", "unions", 40), ("fr", "faith", 80)])
def test_when_a_lexicon_is_loaded_then_it_holds_its_terms(lang, name, minimum) -> None:
    assert len(lexicon_terms(lang, name)) >= minimum


@pytest.mark.parametrize("lang, text, gone", [
    ("en", "Nationality: Nigerian | Marital status: single\nSkills: SQL", "Nigerian"),
    ("en", "Date of birth:\n03/04/91\nSkills: SQL", "03/04/91"),
    ("en", "Notes: on sertraline since 2020.", "sertraline"),
    ("en", "Member of the SNP since 2015.", "SNP"),
    ("en", "Active GMB member.", "GMB"),
    ("en", "Proud of my Yoruba heritage.", "Yoruba"),
    ("en", "Volunteer at the local gurdwara kitchen.", "gurdwara"),
    ("en", "Diagnosed with fibromyalgia in 2019.", "fibromyalgia"),
    ("en", "My partner Tom and I moved to Leeds.", "Tom"),
    ("fr", "Nationalité : marocaine\nPermis B", "marocaine"),
    ("fr", "Adhérente EELV depuis 2012.", "EELV"),
    ("fr", "Sous antidépresseurs depuis 2019.", "antidépresseurs"),
    ("fr", "Membre de l'Association des Marocains de France.", "Marocains"),
    ("fr", "RQTH depuis 2020.", "RQTH"),
    ("en", "Notes: HFE C282Y homozygous, fine now.", "C282Y"),
    ("fr", "Mes parents sont arrivés du Sénégal en 1985.", "Sénégal"),
    # service histories (session 11): a discharge or a wound is a health fact
    ("en", "Rank: Sgt. Medically discharged (PVD) in 2019.", "Medically discharged"),
    ("en", "Invalided out of the RAF in 2015.", "Invalided out"),
    ("fr", "Réformé pour raisons médicales en 2017.", "raisons médicales"),
    ("fr", "Blessé en opération (Mali, 2014).", "Blessé en opération"),
    # a genotype label takes its value with it: "AS" is the sickle-cell trait
    ("en", "Name: Ada Obi | Genotype: AS | Skills: SQL", ": AS"),
    ("fr", "Électrophorèse de l'hémoglobine : AS\nPermis B", ": AS"),
    ("en", "Military spouse, so I have moved six times in ten years.", "Military spouse"),
    ("en", "Freemason, Lodge of Harmony No. 255.", "Freemason"),
    ("fr", "Conjoint militaire, muté à Djibouti en 2021.", "Conjoint militaire"),
])
def test_when_knowledge_or_a_label_reveals_a_category_then_it_is_removed(sanitiser, lang, text, gone) -> None:
    out = sanitiser.sanitise(text, lang)
    assert gone not in out.text and PLACEHOLDER in out.text


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "Partner - Deloitte, 2015-2020", "Partner - Deloitte"),
    ("en", "Structured Islamic finance products at HSBC.", "Islamic finance"),
    ("en", "Led negotiations with the unions on pay (2019).", "negotiations with the unions"),
    ("en", "Languages: English (native), Punjabi (fluent)", "Punjabi (fluent)"),
    ("en", "Opened the French office for Capgemini.", "French office"),
    ("fr", "Négociations avec les organisations syndicales lors des NAO.", "organisations syndicales"),
    ("fr", "Langues : anglais courant, arabe courant", "arabe courant"),
    ("fr", "Chercheuse à l'Institut Pasteur.", "Institut Pasteur"),
    # a short guard ("négociation") found first must not hide the longer one from the same place
    ("fr", "Responsable RH, négociation annuelle avec les syndicats.", "négociation annuelle avec les syndicats"),
    # a guard that starts well before the trigger still reaches it
    ("fr", "Conseiller pénitentiaire d'insertion et de probation.", "Conseiller pénitentiaire d'insertion et de probation"),
    ("en", "Wrote a BRCA1 variant classification pipeline.", "BRCA1 variant classification pipeline"),
    ("fr", "Technicien, Établissement français du sang.", "Établissement français du sang"),
    ("en", "Processed medical discharges for 300 soldiers at the unit.", "medical discharges"),
    ("en", "Skills: genotype imputation, GWAS, PLINK", "genotype imputation"),
    ("en", "Worked as Military Spouse Employment Partnership coordinator.", "Military Spouse Employment Partnership"),
    ("en", "Events manager at Freemasons' Hall, London (2015-2019).", "Freemasons' Hall"),
    ("fr", "Plateforme de génotypage : 12 000 échantillons par an.", "Plateforme de génotypage"),
    ("en", "Supported veterans injured in action through a charity programme.", "veterans injured in action"),
])
def test_when_professional_text_meets_a_lexicon_then_it_survives(sanitiser, lang, text, kept) -> None:
    assert kept in sanitiser.sanitise(text, lang).text


def test_when_a_clause_is_featurised_then_its_section_heading_is_read() -> None:
    from anonymiser.recognizers.learned import clauses, featurise, headings, section_at

    text = "Jo Bloggs\nHOBBIES :\nChess and long walks in the hills\nEXPERIENCE\nAnalyst at Arup on bridge design"
    heads = headings(text)
    seen = {text[a:b]: section_at(heads, a) for a, b in clauses(text)}
    assert seen == {"Chess and long walks in the hills": "hobbies", "Analyst at Arup on bridge design": "experience"}
    assert featurise("Chess and long walks", "en", "hobbies") == "__s_hobbies __en__ Chess and long walks"


def test_when_a_personal_block_holds_unlabelled_lines_then_only_professional_lines_stay(sanitiser) -> None:
    text = "Ana Lopes\nPERSONAL DETAILS\nLives with her grandmother in Porto\nFull UK driving licence\n\nEXPERIENCE\nAnalyst, Arup, 2019-2023"
    out = sanitiser.sanitise(text, "en")
    assert "grandmother" not in out.text
    assert "Full UK driving licence" in out.text and "Analyst, Arup" in out.text


def test_when_the_valumen_preset_is_used_then_hobbies_gender_birthplace_and_associations_go(sanitiser) -> None:
    text = ("Jane Roe\nGender: Female\nBorn in Leeds. Treasurer of the Headingley Running Club.\n\nINTERESTS\nChess, hiking\n\n"
            "EXPERIENCE\nAnalyst, Arup, 2019-2023")
    base = sanitiser.sanitise(text, "en")
    assert "Chess, hiking" in base.text and "Gender: Female" in base.text
    valumen = sanitiser.sanitise(text, "en", options_for_preset("valumen"))
    for gone in ("Chess, hiking", "Female", "Leeds", "Running Club"):
        assert gone not in valumen.text
    assert "Analyst, Arup" in valumen.text
    assert {"hobbies", "gender"} <= set(valumen.redaction_counts())


def test_when_an_unknown_extra_is_asked_then_a_clear_error_names_it() -> None:
    with pytest.raises(CvInputError, match="astrology"):
        SanitiserOptions.from_names(["hobbies", "astrology"])
    assert options_for_preset("kakoo") == SanitiserOptions()
    with pytest.raises(CvInputError, match="valumn"):
        options_for_preset("valumn")


@pytest.mark.parametrize("preset", preset_names())
def test_when_a_preset_is_named_then_its_extras_are_those_of_its_policy_file(preset: str) -> None:
    """One source: talentguard/presets/<name>.yaml free_text.extra_categories, nothing else."""
    assert options_for_preset(preset) == SanitiserOptions.from_names(load_policy(preset).free_text.extra_categories)


def test_when_valumen_is_asked_then_its_policy_extras_are_all_four() -> None:
    assert options_for_preset("valumen").extra == {"hobbies", "associations", "birthplace", "gender"}
    with pytest.raises(CvInputError, match="unknown preset"):
        options_for_preset("talentguard/presets/valumen.yaml")  # a preset name, not a path


@pytest.mark.parametrize("lang, value, expected", [
    ("en", "Data engineer", "Data engineer"),
    ("en", "Shop steward", PLACEHOLDER),
    ("en", "Senior Project Manager", "Senior Project Manager"),
    ("fr", "Délégué syndical CGT", PLACEHOLDER),
    ("fr", "Responsable RH", "Responsable RH"),
])
def test_when_a_short_field_is_sanitised_then_sensitive_titles_go_and_job_titles_stay(sanitiser, lang, value, expected) -> None:
    assert sanitiser.sanitise_field(value, lang).text == expected


def test_when_a_skills_list_is_sanitised_then_removed_items_are_dropped(sanitiser) -> None:
    assert sanitiser.sanitise_fields(["Python", "Unison branch secretary", "SQL"], "en") == ["Python", "SQL"]
    with pytest.raises(CvInputError):
        sanitiser.sanitise_field("Python", "de")


def test_when_the_clause_model_scores_directly_then_it_gives_the_pipelines_numbers() -> None:
    import numpy as np

    from anonymiser.recognizers.learned import load_model

    model = load_model()
    texts = ["__en__ I have lived with Crohn's disease since 2015", "__fr__ Développement d'API REST en Python",
             "__s_personal __en__ Married with two children"]
    assert np.allclose(model._predict_proba(texts), model.pipeline.predict_proba(texts))


# two-column PDF text: the label starts a line, its value starts the next one
@pytest.mark.parametrize("lang, text, gone, kept", [
    ("en", "Date of birth      experienced payroll officer with\n12/05/1979         a decade in the NHS.\n", "12/05/1979", "a decade in the NHS"),
    ("en", "Nationality        fluent in three languages and\nGhanaian / British\n(dual)             EXPERIENCE\n", "Ghanaian", "EXPERIENCE"),
    ("fr", "Date de naissance\n14/02/1991                  EXPÉRIENCES\n", "14/02/1991", "EXPÉRIENCES"),
])
def test_when_a_bare_label_heads_a_column_then_the_value_below_goes(sanitiser, lang, text, gone, kept) -> None:
    out = sanitiser.sanitise(text, lang).text
    assert gone not in out and kept in out


def test_when_a_single_generic_word_starts_a_column_then_the_line_below_stays(sanitiser) -> None:
    """"Partner" or "Family" alone may be a job title or a heading: no value is taken below it."""
    text = "Partner            2015 - 2020\nKPMG Advisory       audit of listed clients\n"
    assert "KPMG Advisory" in sanitiser.sanitise(text, "en").text


def test_when_a_recognizer_declares_context_words_then_the_sanitiser_refuses_to_ignore_them() -> None:
    from presidio_analyzer import PatternRecognizer

    from anonymiser.cv_sanitiser import NoContextWords
    from anonymiser.recognizers.special_categories import SpecialCategoryRecognizer

    NoContextWords.check([SpecialCategoryRecognizer("en")])  # ours declare none
    with pytest.raises(ValueError, match="context words"):
        NoContextWords.check([PatternRecognizer("health", deny_list=["asthma"], context=["diagnosed"])])


def _in_a_profile(sanitiser, lang: str, fact: str) -> str:  # noqa: ANN001 - CvSanitiser
    """The fact as a sentence of a profile paragraph, followed by a dated job (which must stay)."""
    head = ("Jane Doe\nPROFILE\nWarehouse operative, ten years in logistics. " if lang == "en"
            else "Jeanne Dupont\nPROFIL\nPréparatrice de commandes, dix ans en logistique. ")
    return sanitiser.sanitise(f"{head}{fact}.\nEXPERIENCE\nPicker, Acme (2015-2024)\n", lang).text


@pytest.mark.parametrize("lang, fact", [
    ("en", "Two ACL reconstructions (2012, 2014)"),
    ("en", "Past back operation (L5 disc)"),
    ("en", "Gallbladder removed in 2020"),
    ("en", "Flat feet, no long standing"),
    ("en", "Cannot carry heavy loads"),
    ("fr", "Chirurgie de l'épaule en 2022"),
    ("fr", "Ablation de la thyroïde"),
    ("fr", "Pieds plats, pas de station debout prolongée"),
])
def test_when_a_profile_mentions_surgery_or_a_physical_limit_then_it_goes(sanitiser, lang, fact) -> None:
    """Session 15: a procedure on a named body part, an organ removed, a limit on carrying or standing."""
    out = _in_a_profile(sanitiser, lang, fact)
    assert fact not in out and "Picker, Acme" in out


@pytest.mark.parametrize("lang, fact", [
    ("en", "Employment Pass holder"),
    ("en", "Currently on a bridging visa"),
    ("en", "Holder of a Blue Card"),
    ("fr", "Deux ans dans un camp de réfugiés au Kenya"),
])
def test_when_a_profile_states_the_candidates_own_visa_or_camp_years_then_it_goes(sanitiser, lang, fact) -> None:
    out = _in_a_profile(sanitiser, lang, fact)
    assert fact not in out and "Picker, Acme" in out


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "EXPERIENCE\nHR Advisor, Acme (2018-2024)\n- Advised 40 engineers on Blue Card applications", "Blue Card applications"),
    ("en", "EXPERIENCE\nImmigration Paralegal, Smith LLP (2019-2024)\n- Tier 2 visa casework for tech clients", "Tier 2 visa casework"),
    ("fr", "EXPÉRIENCE\nCoordinatrice, HCR (2015-2020)\n- Gestion du camp de réfugiés de Dadaab, 200 000 personnes", "camp de réfugiés"),
])
def test_when_visas_or_camps_are_the_work_then_they_stay(sanitiser, lang, text, kept) -> None:
    assert kept in sanitiser.sanitise(text, lang).text


@pytest.mark.parametrize("lang, fact", [
    ("en", "Bound over to keep the peace"),
    ("en", "Did 200 hours of community service"),
    ("en", "Paroled in 2017"),
    ("en", "Six points for speeding"),
    ("fr", "Retrait de six points"),
    ("fr", "Inscrit au FIJAIS"),
    ("fr", "Placement sous surveillance électronique"),
])
def test_when_a_profile_names_a_court_outcome_without_the_word_conviction_then_it_goes(sanitiser, lang, fact) -> None:
    out = _in_a_profile(sanitiser, lang, fact)
    assert fact not in out and "Picker, Acme" in out


@pytest.mark.parametrize("lang, text, kept", [
    ("en", "EXPERIENCE\nProbation Officer, Probation Service (2015-2023)\n- Supervised 40 people on parole licences",
     "Probation Service"),
    ("fr", "EXPÉRIENCE\nCPIP, SPIP du Nord (2016-2024)\n- Suivi des placements sous surveillance électronique de 60 personnes",
     "placements sous surveillance électronique"),
])
def test_when_supervising_court_orders_is_the_work_then_it_stays(sanitiser, lang, text, kept) -> None:
    assert kept in sanitiser.sanitise(text, lang).text
