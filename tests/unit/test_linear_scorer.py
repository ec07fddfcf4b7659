"""CompiledScorer computes the clause model's probabilities without scikit-learn's per-call
machinery: it must give scikit-learn's numbers, on the shipped model and on pipelines of
other shapes, refuse the pipelines it cannot reproduce, and keep no word of a CV."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from anonymiser.recognizers.learned import ClauseModel, clause_features, clauses, headings, load_model
from anonymiser.recognizers.linear_scorer import CompiledScorer

# what clauses look like, and what a careless producer sends: nothing known, blanks, one
# letter, tabs and non-breaking spaces, accents, digits, a very long token, repeated words
ODD_TEXTS = ["", "   ", "x", "__en__", "__fr__ é", "a b c d e", "Crohn's\tdisease\u00a0since 2015",
             "Zyxqorbat Vlemminkx-Oyelaran", "A" * 400, "the the the the hospital hospital",
             "Délégué syndical CGT (2019–2021) ; membre du PCF", "__s_personal __en__ Married, 2 kids",
             "日本語のテキスト", "\u2003em\u2003space\u2009thin"]


def _toy_pipeline(words=(1, 3), chars=(2, 4), classes=("none", "health", "religious_belief")) -> Pipeline:
    xs = ["I have diabetes", "type 1 diabetic since 2010", "practising Catholic", "I go to mosque",
          "Python developer", "managed a team of ten", "asthma and eczema", "Je suis musulman pratiquant",
          "Développement d'API REST", "chef de projet", "épilepsie depuis 2015", "church choir every Sunday"]
    ys = ["health", "health", "religious_belief", "religious_belief", "none", "none", "health",
          "religious_belief", "none", "none", "health", "religious_belief"]
    ys = [y if y in classes else "none" for y in ys]
    features = FeatureUnion([
        ("words", TfidfVectorizer(analyzer="word", ngram_range=words, sublinear_tf=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=chars, sublinear_tf=False)),
    ])
    return Pipeline([("features", features), ("model", LogisticRegression(max_iter=500))]).fit(xs, ys)


def test_when_the_shipped_model_scores_corpus_clauses_and_odd_input_then_it_gives_sklearns_numbers() -> None:
    from anonymiser.corpora import corpus_names, load_corpus

    model = load_model()
    assert model is not None, "anonymiser/data/clause_model.joblib is missing"
    texts = list(ODD_TEXTS)
    for record in [r for name in corpus_names()[:6] for r in load_corpus(name, "dev")[:20]]:
        text, heads = record["text"], headings(record["text"])
        texts += [clause_features(text, a, b, record["lang"], heads) for a, b in clauses(text)]
    assert len(texts) > 1000
    ours = CompiledScorer(model.pipeline).predict_proba(texts)
    theirs = model.pipeline.predict_proba(texts)
    assert ours.shape == theirs.shape
    assert np.abs(ours - theirs).max() < 1e-9


@pytest.mark.parametrize("words, chars", [((1, 1), (3, 5)), ((1, 3), (2, 4)), ((2, 2), (1, 1))])
def test_when_a_pipeline_has_other_ngram_ranges_then_the_numbers_still_match(words, chars) -> None:
    pipeline = _toy_pipeline(words, chars)
    texts = ODD_TEXTS + ["diabetes and a church choir", "Python diabetes mosque", "managed a team"]
    assert np.abs(CompiledScorer(pipeline).predict_proba(texts) - pipeline.predict_proba(texts)).max() < 1e-9


@pytest.mark.parametrize("change", [{"features__chars__binary": True}, {"features__words__strip_accents": "unicode"},
                                    {"features__chars__analyzer": "char"}, {"features__words__norm": "l1"}])
def test_when_a_vectorizer_setting_is_not_reproduced_then_compiling_refuses_and_the_model_falls_back(change) -> None:
    pipeline = _toy_pipeline()
    pipeline.set_params(**change)
    texts = ["I have diabetes", "Développement d'API REST"]
    pipeline.fit(texts * 6, ["health", "none"] * 6)
    with pytest.raises(ValueError):
        CompiledScorer(pipeline)
    model = ClauseModel(pipeline, 0.5, tuple(pipeline.classes_), "test")
    assert np.allclose(model._predict_proba(texts), pipeline.predict_proba(texts))
    assert model._compiled is False


def test_when_a_binary_model_is_compiled_then_it_refuses() -> None:
    pipeline = _toy_pipeline(classes=("none", "health"))
    with pytest.raises(ValueError, match="multinomial"):
        CompiledScorer(pipeline)


def test_when_a_cv_is_scored_then_no_word_outside_the_models_vocabulary_is_cached() -> None:
    model = load_model()
    scorer = CompiledScorer(model.pipeline)
    scorer.predict_proba(["__en__ Zyxqorbat Vlemminkx lives with epilepsy", "__en__ call Zyxqorbat on 07719 938123"])
    cached = {word for block in scorer.blocks for word in block._grams}
    words = model.pipeline.named_steps["features"].transformer_list[0][1].vocabulary_
    assert "epilepsy" in cached  # vocabulary words are cached...
    assert not {"zyxqorbat", "vlemminkx"} & cached  # ...a candidate's own words are not
    assert cached <= set(words)  # nothing the model file does not already hold

