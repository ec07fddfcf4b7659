"""The labelled corpora are only a fair yardstick if their labels can be found and agree."""

import json

import pytest

from anonymiser.corpora import BANKS_DIR, CORPORA_DIR, bank_names, corpus_names
from anonymiser.corpus_check import check_corpus


@pytest.mark.parametrize("name", corpus_names())
def test_every_corpus_passes_the_checker(name):
    report = check_corpus(CORPORA_DIR / name)
    assert report.errors == []
    assert report.cvs["en"] > 0 and report.cvs["fr"] > 0


@pytest.mark.parametrize("name", bank_names())
def test_every_clause_bank_passes_the_checker(name):
    """Clause banks are short fragments (a heading and a few lines), some with no keep string."""
    report = check_corpus(BANKS_DIR / name, words=(3, 120), keep=(0, 6))
    assert report.errors == []
    assert report.cvs["en"] > 0 and report.cvs["fr"] > 0


def test_clause_banks_train_the_model_but_are_never_a_corpus():
    from anonymiser.train_clause_model import training_corpora, training_records

    assert bank_names() == ["body", "bonds", "civic", "effects", "identity", "life", "records", "roots"]  # an empty list would make the tests above vacuous
    records, origin = training_records()
    assert {o for o in origin if o.startswith("bank:")} == {f"bank:{name}" for name in bank_names()}
    # leave one corpus out scores exactly the corpora: a bank is never a held-out "corpus"
    assert not set(bank_names()) & set(training_corpora())
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))  # origin is looked up by id: a fragment never shares one with a CV
    _, origin_without = training_records(banks=False)
    assert not any(o.startswith("bank:") for o in origin_without)


def test_cross_validation_folds_train_on_every_bank_fragment_and_score_none():
    import numpy as np

    from anonymiser.train_clause_model import cv_folds

    groups = [f"cv{i // 3}" for i in range(30)] + [f"bank{i}" for i in range(8)]  # 10 CVs x 3 clauses, 8 fragments
    from_bank = np.array([False] * 30 + [True] * 8)
    folds = cv_folds(groups, from_bank)
    assert len(folds) == 5
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested) == list(range(30))  # every CV clause scored exactly once, no fragment
    for train, test in folds:
        assert set(range(30, 38)) <= set(train)
        assert not {groups[i] for i in train} & {groups[i] for i in test}  # a CV never straddles train and test


def _write(folder, cvs_by_lang):
    folder.mkdir()
    for lang, cvs in cvs_by_lang.items():
        (folder / f"{lang}.jsonl").write_text("\n".join(json.dumps(cv) for cv in cvs), encoding="utf-8")


def _cv(cid, lang, text, sensitive=(), keep=("Acme Ltd",), contact=()):
    return {"id": cid, "lang": lang, "text": text, "keep": list(keep), "contact": list(contact),
            "sensitive": [{"category": c, "text": t} for c, t in sensitive]}


TEXT = "Jo Bloggs, data engineer at Acme Ltd since 2019. I am a member of Unite. Born 1980."


@pytest.mark.parametrize("broken, expected", [
    (dict(sensitive=[("trade_union", "member of Unison")]), "sensitive string not in text"),
    (dict(sensitive=[("trade_union", "member of Unite"), ("trade_union", "Unite. Born")]), "overlaps"),
    (dict(sensitive=[("union", "member of Unite")]), "unknown category"),
    (dict(sensitive=[("trade_union", "Acme")]), "overlaps"),
    (dict(keep=("Jo Bloggs",), contact=("Bloggs",)), "overlaps"),
])
def test_the_checker_names_what_is_wrong(tmp_path, broken, expected):
    _write(tmp_path / "toy", {"en": [_cv("toy-en-001", "en", TEXT, **broken)],
                              "fr": [_cv("toy-fr-001", "fr", TEXT)]})
    errors = check_corpus(tmp_path / "toy", words=(5, 50), keep=(1, 3)).errors
    assert len(errors) == 1 and expected in errors[0] and errors[0].startswith("toy-en-001")


def test_the_checker_accepts_a_clean_corpus_and_counts_spans(tmp_path):
    good = _cv("toy-en-001", "en", TEXT, sensitive=[("trade_union", "member of Unite"), ("date_of_birth_age", "Born 1980")])
    _write(tmp_path / "toy", {"en": [good], "fr": [_cv("toy-fr-001", "fr", TEXT)]})
    report = check_corpus(tmp_path / "toy", words=(5, 50), keep=(1, 3))
    assert report.errors == []
    assert report.spans["en"]["trade_union"] == 1 and report.spans["en"]["date_of_birth_age"] == 1
    below = check_corpus(tmp_path / "toy", min_spans={"en": 1}, words=(5, 50), keep=(1, 3)).errors
    assert len(below) == 8 and not any("trade_union" in e for e in below)  # 8 categories have none
    misnamed = check_corpus(tmp_path / "toy", words=(5, 50), keep=(2, 3)).errors
    assert any("keep strings (want 2-3)" in e for e in misnamed)
