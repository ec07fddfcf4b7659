"""The clause model's arithmetic without scikit-learn's per-call machinery.

At prediction time a fitted TfidfVectorizer + LogisticRegression pipeline is dictionary
lookups, a logarithm, a row normalisation and one sparse-by-dense product. Profiled on 200
CVs, scikit-learn spent more of its time validating inputs and wrapping outputs than on
that arithmetic, and the character n-grams of the same words ("experience", "the") were
cut out and looked up again in every clause. CompiledScorer reads the vocabularies, idf
weights and coefficients out of the fitted pipeline once and computes the same probabilities
(equal to scikit-learn's within 1e-9 on every clause of the corpora:
tests/unit/test_linear_scorer.py).

The character n-grams of a word are cached only for words of the word vocabulary, which the
model file already holds: no word of a CV outlives the call that read it.
"""

from __future__ import annotations

import re

import numpy as np
from scipy.sparse import csr_matrix


class _Block:
    """One fitted TfidfVectorizer (analyzer "word" or "char_wb", lower-casing, sublinear tf,
    idf, l2 norm): the parts of it that prediction needs."""

    def __init__(self, vectorizer, offset: int, cacheable: set[str] | None = None) -> None:  # noqa: ANN001 - TfidfVectorizer
        settings = vectorizer.get_params()
        unsupported = {k: settings[k] for k in ("strip_accents", "preprocessor", "tokenizer", "stop_words", "binary")
                       if settings[k] not in (None, False)}
        if (settings["analyzer"] not in ("word", "char_wb") or not settings["lowercase"] or settings["norm"] != "l2"
                or not settings["use_idf"] or unsupported):
            raise ValueError(f"CompiledScorer cannot reproduce this vectorizer: {settings}")
        self.kind = settings["analyzer"]
        self.low, self.high = settings["ngram_range"]
        self.token = re.compile(settings["token_pattern"])
        self.sublinear = bool(settings["sublinear_tf"])
        # the first block's columns are the vectorizer's own: its dictionary is shared, not copied
        self.vocabulary: dict[str, int] = (vectorizer.vocabulary_ if offset == 0 else
                                           {term: offset + i for term, i in vectorizer.vocabulary_.items()})
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.offset = offset
        self.cacheable = cacheable or set()
        self._grams: dict[str, list[int]] = {}

    def columns(self, text: str) -> list[int]:
        """Feature columns of every known n-gram of text, one entry per occurrence."""
        text = text.lower()
        return self._word_columns(text) if self.kind == "word" else self._char_columns(text)

    def _word_columns(self, text: str) -> list[int]:
        tokens = self.token.findall(text)
        get = self.vocabulary.get
        out = []
        for n in range(self.low, self.high + 1):
            for i in range(len(tokens) - n + 1):
                column = get(tokens[i] if n == 1 else " ".join(tokens[i:i + n]))
                if column is not None:
                    out.append(column)
        return out

    def _char_columns(self, text: str) -> list[int]:
        out: list[int] = []
        for word in text.split():
            grams = self._grams.get(word)
            if grams is None:
                grams = self._word_grams(word)
                if word in self.cacheable:
                    self._grams[word] = grams
            out += grams
        return out

    def _word_grams(self, word: str) -> list[int]:
        """Columns of the char_wb n-grams of one word: padded with a space on each side, every
        substring of length low..high that fits (a padded word shorter than low counts once)."""
        padded = f" {word} "
        get = self.vocabulary.get
        grams = [get(padded[i:i + n]) for n in range(self.low, min(self.high, len(padded)) + 1)
                 for i in range(len(padded) - n + 1)]
        if len(padded) < self.low:
            grams = [get(padded)]
        return [g for g in grams if g is not None]

    def weigh(self, matrix: csr_matrix) -> None:
        """Counts -> sublinear tf * idf, each row scaled to unit length (in place, this block's
        columns only; rows of a block with no known n-gram stay zero)."""
        data, columns = matrix.data, matrix.indices
        mine = (columns >= self.offset) & (columns < self.offset + len(self.idf))
        values = data[mine]
        if self.sublinear:
            values = np.log(values) + 1.0
        values = values * self.idf[columns[mine] - self.offset]
        rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))[mine]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=matrix.shape[0]))
        data[mine] = values / norms[rows]


class CompiledScorer:
    """predict_proba of a Pipeline(FeatureUnion([TfidfVectorizer, ...]), LogisticRegression)."""

    def __init__(self, pipeline) -> None:  # noqa: ANN001 - sklearn Pipeline
        union, model = pipeline.named_steps["features"], pipeline.named_steps["model"]
        if getattr(union, "transformer_weights", None):
            raise ValueError("CompiledScorer cannot reproduce weighted feature unions")
        if len(model.classes_) == 2:  # a binary LogisticRegression keeps one row of coefficients
            raise ValueError("CompiledScorer reproduces multinomial models only")
        vectorizers = [t for _, t in union.transformer_list]
        words = {term for v in vectorizers if v.analyzer == "word" for term in v.vocabulary_ if " " not in term}
        self.blocks, offset = [], 0
        for vectorizer in vectorizers:
            self.blocks.append(_Block(vectorizer, offset, cacheable=words))
            offset += len(vectorizer.idf_)
        coef = np.asarray(model.coef_, dtype=np.float64)
        if coef.shape[1] != offset:
            raise ValueError(f"the model reads {coef.shape[1]} features, the vectorizers make {offset}")
        self.weights = np.ascontiguousarray(coef.T)  # (features, classes)
        self.intercept = np.asarray(model.intercept_, dtype=np.float64)
        self.width = offset

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """(len(texts), classes) probabilities, rows summing to 1, columns in model.classes_
        order: one sparse count matrix for all texts, weighed per block, then a softmax."""
        columns: list[int] = []
        ends = [0]
        for text in texts:
            for block in self.blocks:
                columns += block.columns(text)
            ends.append(len(columns))
        matrix = csr_matrix((np.ones(len(columns)), np.array(columns, dtype=np.int32), np.array(ends, dtype=np.int32)),
                            shape=(len(texts), self.width))
        matrix.sum_duplicates()  # an n-gram seen twice in a clause: one column, count 2
        for block in self.blocks:
            block.weigh(matrix)
        scores = matrix @ self.weights + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores
