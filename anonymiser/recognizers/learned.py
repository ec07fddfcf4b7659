"""Learned clause classifier: the rules' second opinion on each clause of a CV.

Rules find what their lexicons and patterns name; a CV also says things in ways nobody
listed ("I spent my twenties going in and out of hospital"). A small linear model over word
and character n-grams (scikit-learn, CPU, about a millisecond per CV) scores every clause
for each special category; a clause whose probability of being sensitive reaches the
threshold chosen at training time is removed, labelled with its most likely category.

The model is built by ``python -m anonymiser.train_clause_model`` from the DEV splits only
(see anonymiser/corpora.py) and shipped as anonymiser/data/clause_model.joblib; nothing is
downloaded at run time. Without the file the sanitiser runs on rules alone.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonymiser.recognizers.clauses import CITATION, YEAR_RANGE
from anonymiser.recognizers.framing import FIRST_PERSON, PRIVATE_SECTION
from anonymiser.recognizers.linear_scorer import CompiledScorer

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "clause_model.joblib"
NONE = "none"
CLAUSE_BREAK = re.compile(r"\n|[;|•·()\[\]]|(?<!\b(?:St|Dr|Mr|Ms|No|Mt))[.!?](?=\s|$)|,(?=\s)|:(?=\s)|\s[–—-]\s")
MIN_WORDS = 3  # a lone word ("Partner", "Irish") is the rules' job: the model needs context
WORD = re.compile(r"[^\W\d_]{2,}")


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every clause holding some words, whitespace-trimmed."""
    out, pos = [], 0
    for m in [*CLAUSE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if len(WORD.findall(text[start:stop])) >= MIN_WORDS:
            out.append((start, stop))
        pos = m.end() if m else len(text)
    return out


# a heading: a short line, capitalised, no sentence punctuation ("PERSONAL DETAILS", "Loisirs :")
HEADING = re.compile(r"^[\s#*_=>\-–—•]*([A-ZÀ-Ý][^\d,;.!?|@]{1,38}?)[\s#*_=:\-–—]*$")
SECTION_WORDS = 3  # words of the heading the model reads


def headings(text: str) -> tuple[list[int], list[int], list[str]]:
    """(start offsets, end offsets, lower-cased words) of the heading-like lines of a CV."""
    starts, ends, names, pos = [], [], [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped.split()) <= 4 and HEADING.match(stripped):
            starts.append(pos)
            ends.append(pos + len(line))
            names.append(" ".join(re.findall(r"\w+", stripped.lower())[:SECTION_WORDS]))
        pos += len(line) + 1
    return starts, ends, names


def section_at(heads: tuple[list[int], list[int], list[str]], pos: int) -> str:
    """The heading of the block holding pos: the last heading line before pos's own line."""
    starts, ends, names = heads
    i = bisect_right(starts, pos) - 1
    if i >= 0 and ends[i] >= pos:  # pos is on the heading line itself: not its own section
        i -= 1
    return names[i] if i >= 0 else ""


def _line(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def on_work_line(text: str, pos: int) -> bool:
    """Experience lines ("Partner - Deloitte, 2015-2020") and citations are work, whatever
    their words: the model removes no clause there unless the line is personal (see
    personal(); the rules still read them, and ClauseRecognizer.overrule may still overrule
    a rule finding there)."""
    line = _line(text, pos)
    return bool(YEAR_RANGE.search(line) or CITATION.search(line))


def personal(text: str, start: int, heads, language: str) -> bool:  # noqa: ANN001 - headings()
    """The clause at start sits on a line where the candidate speaks ("I", "my", "our", "je",
    "mon", "nous": framing.yaml self + we_and_you) or in a private section (under a heading
    such as "Personal details" or "Loisirs", or on a line that opens with a private-section
    word, "PERSONAL ..."): there the self makes a fact personal whatever else the line holds,
    so a rule guard or a dated line does not veto the model, and the model does not overrule
    the rules. Broad on purpose for the overrule (a false "personal" only keeps a rule
    finding); on the removal side it is a known looseness: "Phase I", "Our Lady's Hospital"
    or a job line opening with "Community ..." read as personal, and then only professional
    framing and the model's threshold stand between the clause and removal."""
    line = _line(text, start)
    speaker = FIRST_PERSON.get(language, FIRST_PERSON["en"])
    return bool(speaker.search(line) or PRIVATE_SECTION.match(line.lstrip(" \t-•*"))
                or PRIVATE_SECTION.search(section_at(heads, start)))


def featurise(text: str, language: str, section: str = "") -> str:
    """What the model reads: the clause, its language tag and the words of its section's
    heading as tags ("__s_interests"): the same words mean more under "Personal details"
    or "Hobbies" than under "Experience". (The last words before the clause on its line,
    tried as tags too, gained 5 points leave one corpus out on seven corpora and lost 2 on
    nine: not kept.)"""
    tags = " ".join(f"__s_{w}" for w in section.split())
    return f"{tags} __{language}__ {text}" if tags else f"__{language}__ {text}"


def clause_features(text: str, start: int, end: int, language: str, heads) -> str:  # noqa: ANN001 - headings()
    """featurise() for the clause text[start:end] of a CV: the one call training and the
    recognizer share, so the model reads at run time exactly what it was trained on."""
    return featurise(text[start:end], language, section_at(heads, start))


@dataclass
class ClauseModel:
    pipeline: object          # sklearn Pipeline: features -> LogisticRegression
    threshold: float          # P(sensitive) = 1 - P(none) at or above which a clause goes
    classes: tuple[str, ...]
    trained_on: str           # which CVs (dev splits), for the record
    # a rule finding in a clause the model scores below this is overruled (see
    # ClauseRecognizer.overrule); 0 for models trained before overruling existed: never
    overrule_below: float = 0.0

    def score(self, texts: list[str]) -> list[tuple[str, float]]:
        """(most likely sensitive category, P(sensitive)) per clause text."""
        if not texts:
            return []
        probs = self._predict_proba(texts)
        none = self.classes.index(NONE)
        out = []
        for row in probs:
            best = max((i for i in range(len(self.classes)) if i != none), key=lambda i: row[i])
            out.append((self.classes[best], float(1.0 - row[none])))
        return out


    def _predict_proba(self, texts: list[str]):  # noqa: ANN202 - numpy array
        """The pipeline's predict_proba, computed by CompiledScorer (the same numbers without
        scikit-learn's per-call validation: 3.3 -> 1.0 ms per CV, measured); a pipeline it
        cannot reproduce falls back to scikit-learn."""
        compiled = getattr(self, "_compiled", None)
        if compiled is None:
            try:
                compiled = CompiledScorer(self.pipeline)
            except (AttributeError, KeyError, ValueError):
                compiled = False
            self._compiled = compiled
        return compiled.predict_proba(texts) if compiled else self.pipeline.predict_proba(texts)


def load_model(path: Path = MODEL_PATH) -> ClauseModel | None:
    if not path.exists():
        return None
    import joblib

    return joblib.load(path)


def save_model(model: ClauseModel, path: Path = MODEL_PATH) -> None:
    """The one writer of a model file (the trainer's fit and its --set-overrule), so both
    write it the same way."""
    import joblib

    joblib.dump(model, path, compress=3)


def removable_place(text: str, start: int, heads, language: str) -> bool:  # noqa: ANN001 - headings()
    """The model may remove a clause starting at start at all: not on an experience or
    citation line, unless the line is personal."""
    return not on_work_line(text, start) or personal(text, start, heads, language)


def vetoed(guarded, framed, category: str, text: str, start: int, end: int, heads,  # noqa: ANN001
           language: str) -> bool:
    """A rule guard in the clause, or professional framing for the model's category, overrules
    the model (guarded/framed as given to ClauseRecognizer; heads from headings()). A guard
    (an employer, a street, a project topic: "hospital", "campaign", "University") does not
    veto on a personal line (personal()): "I am also a member of ASMOF myself", "Je suis
    restée membre du SSP à titre personnel depuis mes années d'infirmière" (session 10; the
    measurements are in docs/sanitiser.md)."""
    return ((guarded(None, text[start:end]) and not personal(text, start, heads, language))
            or framed(category, text, start, end, heads))


class ClauseRecognizer(EntityRecognizer):
    """Clauses the learned model finds sensitive (one language; the model is shared), and,
    through overrule(), the rules' findings in clauses it finds plainly professional."""

    def __init__(self, language: str, model: ClauseModel, guarded=None, framed=None,  # noqa: ANN001 - (category, text) -> bool
                 rules: str = "") -> None:
        self.model = model
        self.rules = rules  # name of the rule recognizer whose findings overrule() may drop
        self._last = threading.local()  # analyze()'s clauses and scores, reused by overrule() on the same text
        self.guarded = guarded or (lambda _category, _text: False)  # a rule guard in the clause vetoes the model (not on a personal line)
        # (category, text, start, end, heads) -> bool: the clause is framed as the candidate's work (framing.py)
        self.framed = framed or (lambda _category, _text, _a, _b, _heads: False)
        super().__init__(supported_entities=[c for c in model.classes if c != NONE], supported_language=language,
                         name=f"ClauseRecognizer_{language}")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        every = clauses(text)
        heads = headings(text)
        spans = [(a, b) for a, b in every if removable_place(text, a, heads, self.supported_language)]
        scored = self.model.score([clause_features(text, a, b, self.supported_language, heads) for a, b in spans])
        self._last.seen = (text, self.model, every, heads, {span: p for span, (_, p) in zip(spans, scored)})
        wanted = set(entities)
        return [RecognizerResult(str(category), a, b, round(p, 2),
                                 recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name})
                for (a, b), (category, p) in zip(spans, scored)
                if p >= self.model.threshold and category in wanted
                and not vetoed(self.guarded, self.framed, str(category), text, a, b, heads, self.supported_language)]

    def overrule(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Drop the rule findings (recognizer ``self.rules``) whose clause the model finds
        plainly professional: P(sensitive) below ``model.overrule_below``. A lexicon term is
        evidence, not proof: "Maybank Islamic Berhad", "Audit de biais ethnique d'un modèle",
        "Parole-board letter support for graduates" hold one, and a model trained with such
        clauses as weighted hard negatives scores them near 0 on corpora it never saw (leave one
        corpus out: 23% of the rules' hits on keep strings score below 0.05, 0.6% of their hits
        on sensitive spans). Never overruled: a finding on a line where the candidate speaks
        ("I", "my", "je", "mon", "our": the self makes it personal whatever the model says, and a
        clause cut at a comma loses its subject), or in a private section ("Personal details",
        "Loisirs", a line opening with "PERSONAL"): see personal(). Unlike the classifier's own
        findings on impersonal lines, the overrule also reads clauses on experience and citation
        lines (the model was trained on them too). Third-person prose ("He is a practising
        Catholic") has no exemption: there the model's score alone decides, which leave one
        corpus out cost 0.05% of spans."""
        seen = self._last.__dict__.pop("seen", None)  # used once: no CV text outlives its call
        if self.model.overrule_below <= 0 or not self.rules:
            return results
        # only the categories the model was trained on: a preset's extras (hobbies,
        # associations, birthplace, gender) mean nothing to it and are never overruled
        hits = [r for r in results if r.entity_type in self.supported_entities
                and (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) == self.rules]
        if not hits:
            return results
        fresh = seen and seen[0] == text and seen[1] is self.model
        spans, heads, known = seen[2:] if fresh else (clauses(text), headings(text), {})
        starts = [a for a, _ in spans]
        holder: dict[int, tuple[int, int]] = {}  # id(result) -> the clause holding it whole
        for r in hits:
            i = bisect_right(starts, r.start) - 1
            if i >= 0 and spans[i][1] >= r.end:
                holder[id(r)] = spans[i]
        candidates = sorted({c for c in holder.values() if not personal(text, c[0], heads, self.supported_language)})
        unscored = [c for c in candidates if c not in known]  # impersonal work-line clauses: analyze() skipped them
        scores = self.model.score([clause_features(text, a, b, self.supported_language, heads) for a, b in unscored])
        known = {**known, **{c: p for c, (_, p) in zip(unscored, scores)}}
        plain = {c for c in candidates if known[c] < self.model.overrule_below}
        return [r for r in results if holder.get(id(r)) not in plain]
