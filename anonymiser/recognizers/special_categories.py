"""Special categories (GDPR art. 9 and 10, Code du travail L1132-1) from data files.

Each category has, per language, trigger expressions and guard expressions
(data/special_categories.yaml). A trigger reveals the category unless a guard matches
around it in the same clause ("diabetes research software", "Union Pacific", "Church
Street"). The finding covers the whole clause (see clauses.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonymiser.recognizers.clauses import CITATION, clause_around, narrow_at_employer
from anonymiser.recognizers.framing import RESEARCHED, affirmed_answer, professional, study_subject
from anonymiser.recognizers.learned import headings, section_at
from anonymiser.recognizers.lexicons import expand, lexicon_pattern
from talentguard.policy import EXTRA_CATEGORIES

DATA = Path(__file__).resolve().parents[1] / "data" / "special_categories.yaml"
KNOWLEDGE = DATA.with_name("knowledge.yaml")  # lexicon-driven rules, merged with DATA
WORLD = DATA.with_name("knowledge_world.yaml")  # more countries and CV styles, merged too
GENERAL = DATA.with_name("knowledge_general.yaml")  # word families from general knowledge, merged too
SELF = DATA.with_name("knowledge_self.yaml")  # first-person word families (round 4), merged too
CATEGORIES = ("ethnic_origin", "political_opinion", "religious_belief", "trade_union", "health",
              "sexual_orientation", "genetic_biometric", "criminal_record", "date_of_birth_age", "family_status")
# policy extras (EXTRA_CATEGORIES, from talentguard.policy): removed only when a preset's
# free_text.extra_categories asks (Valumen: hobbies, associations, birthplace, gender)
# categories whose match alone is the fact (an age, a birth date): the rest of the clause stays
MATCH_ONLY = frozenset({"date_of_birth_age"})
GUARD_WINDOW = 40  # characters after a trigger in which a guard neutralises it
# how far back a guard may START and still reach the trigger ("Conseiller pénitentiaire d'insertion
# et de probation": the guard begins 43 characters before "probation")
GUARD_REACH = 120
SCORE = 0.9
SEPARATOR = re.compile(r"\b(?:at|for|with|chez|pour|avec|and|et|in|à)\b|[,;:]", re.IGNORECASE)


@dataclass(frozen=True)
class CategoryRules:
    category: str
    triggers: re.Pattern[str]
    guards: re.Pattern[str] | None
    acronyms: re.Pattern[str] | None = None  # case-sensitive (CGT, SNP): ordinary words survive
    line_guards: re.Pattern[str] | None = None  # a trigger on such a line is kept ("Languages: ...")
    # each guard on its own: in one alternation a short guard ("négociation") found first at a
    # position hides a longer one from the same position ("négociation ... avec les syndicats")
    guard_parts: tuple[re.Pattern[str], ...] = ()

    def finditer(self, text: str):  # noqa: ANN201 - iterator of re.Match
        yield from self.triggers.finditer(text)
        if self.acronyms is not None:
            yield from self.acronyms.finditer(text)

    def search(self, text: str) -> bool:
        return bool(self.triggers.search(text) or (self.acronyms is not None and self.acronyms.search(text)))


def _alternation(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex per category: the word-start check is done once per position, then the
    alternatives (a lookbehind inside a pattern, such as "(?<=: )", still applies)."""
    return re.compile("(?<![\\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + ")(?!\\w)", flags)


@lru_cache(maxsize=4)
def load_rules(language: str, paths: tuple[Path, ...] = (DATA, KNOWLEDGE, WORLD, GENERAL, SELF)) -> tuple[CategoryRules, ...]:
    files = [yaml.safe_load(p.read_text(encoding="utf-8")) or {} for p in paths if p.exists()]
    rules = []
    for category in CATEGORIES + EXTRA_CATEGORIES:
        spec: dict[str, list[str]] = {}
        for data in files:
            for key, values in ((data.get(category) or {}).get(language) or {}).items():
                spec.setdefault(key, []).extend(values or [])
        if not spec.get("triggers") and not spec.get("lexicons") and not spec.get("acronyms"):
            continue
        guards = [expand(g, language) for g in spec.get("guards") or []]
        triggers = [expand(t, language) for t in spec.get("triggers") or []]
        triggers += [lexicon_pattern(language, name) for name in spec.get("lexicons") or []]
        acronyms = [lexicon_pattern(language, name, fold_case=False) for name in spec.get("acronyms") or []]
        line_guards = [expand(g, language) for g in spec.get("line_guards") or []]
        rules.append(CategoryRules(category, _alternation(triggers), _alternation(guards) if guards else None,
                                   _alternation(acronyms, 0) if acronyms else None,
                                   re.compile("|".join(f"(?:{g})" for g in line_guards), re.IGNORECASE) if line_guards else None,
                                   tuple(_alternation([g]) for g in guards)))
    return tuple(rules)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


class SpecialCategoryRecognizer(EntityRecognizer):
    """Finds clauses revealing one of the ten special categories, in one language."""

    def __init__(self, language: str, framing: bool = True) -> None:
        self.rules = load_rules(language)
        self.framing = framing  # professional-framing guards (framing.py)
        super().__init__(supported_entities=list(CATEGORIES + EXTRA_CATEGORIES), supported_language=language,
                         name=f"SpecialCategoryRecognizer_{language}")

    def load(self) -> None:
        return None

    def any_trigger(self, text: str) -> bool:
        return any(rule.search(text) for rule in self.rules if rule.category in CATEGORIES)

    def guarded(self, category: str | None, text: str) -> bool:
        """A guard of that category (of any category if None) appears in text (employer, street, project topic...)."""
        return any((category is None or rule.category == category) and rule.guards is not None
                   and rule.guards.search(text) for rule in self.rules)

    def framed(self, category: str, text: str, start: int, end: int, heads=None) -> bool:  # noqa: ANN001
        """text[start:end] is framed as the candidate's work (framing.py): used to veto the clause model."""
        if not self.framing:
            return False
        l_start = text.rfind("\n", 0, start) + 1
        l_end = text.find("\n", start)
        l_end = len(text) if l_end < 0 else l_end
        section = section_at(heads, start) if heads else ""
        return professional(category, self.supported_language, text, l_start, l_end, start, end, section)

    def category_of(self, text: str) -> str | None:
        """The first special category whose triggers appear in text (no guard applied)."""
        return next((rule.category for rule in self.rules if rule.category in CATEGORIES and rule.search(text)), None)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        results: list[RecognizerResult] = []
        wanted = set(entities)
        heads = headings(text) if self.framing and "\n" in text else None
        for rule in self.rules:
            if rule.category not in wanted:
                continue
            for m in rule.finditer(text):
                if m.end() == m.start():
                    continue
                c_start, c_end = clause_around(text, m.start(), m.end())
                line = _line_at(text, m.start())
                if rule.line_guards is not None and rule.line_guards.match(line):
                    continue
                if CITATION.search(line):  # a reference to published work: its title is work
                    continue
                l_start = text.rfind("\n", 0, m.start()) + 1
                answer = affirmed_answer(text, m.end(), l_start + len(line))
                if answer is not None:  # "Unspent convictions? Yes – ...": the question stays, the answer goes
                    results.append(RecognizerResult(rule.category, *answer, SCORE,
                                                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name}))
                    continue
                if self.framing and professional(rule.category, self.supported_language, text, l_start,
                                                 l_start + len(line), m.start(), m.end(),
                                                 section_at(heads, m.start()) if heads else ""):
                    continue  # the candidate's work: a job line, a task bullet, a caseload (framing.py)
                if rule.guards is not None and self._guarded(text, rule.guard_parts, m.start(), m.end(), c_start, c_end) \
                        and not (rule.category in RESEARCHED
                                 and study_subject(self.supported_language, text[c_start:c_end])):
                    continue  # a guard ("diabetes trial") spares work, not the candidate enrolled in it
                if rule.category in MATCH_ONLY:
                    c_start, c_end = m.start(), m.end()  # "19-year-old": the number is the fact, the clause is work
                else:
                    c_start, c_end = narrow_at_employer(text, c_start, c_end, m.start(), m.end(), self.any_trigger)
                results.append(RecognizerResult(rule.category, c_start, c_end, SCORE,
                                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name}))
        return results

    @staticmethod
    def _guarded(text: str, guards: tuple[re.Pattern[str], ...], t_start: int, t_end: int, c_start: int, c_end: int) -> bool:
        """A guard counts if it overlaps the trigger, or sits close to it in the same phrase
        (no employer preposition in between: "Shop steward at Union Pacific" stays sensitive)."""
        lo, hi = max(c_start, t_start - GUARD_REACH), min(c_end, t_end + GUARD_WINDOW)
        for guard in guards:
            for g in guard.finditer(text, lo, hi):
                if g.start() < t_end and g.end() > t_start:
                    return True
                between = text[t_end:g.start()] if g.start() >= t_end else text[g.end():t_start]
                if len(between) <= 25 and not SEPARATOR.search(between):
                    return True
        return False
