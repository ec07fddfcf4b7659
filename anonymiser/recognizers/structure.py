"""CV structure: personal label/value lines and sections (data/structure.yaml).

- "Nationality: Moroccan", "Situation familiale : mariée, 2 enfants", "DOB 03/04/91":
  the label names the category, so label and value go together, whatever the value says.
  A line is split into segments at | • · ; tabs and wide gaps ("Nationality: French |
  Marital status: single"); a label alone at the end of a line takes the next short line
  as its value.
- Sections: a heading line opens a block that runs to the next heading. In a `personal`
  block (personal details, état civil, divers...) every line that carries no professional
  cue goes. `hobbies` and `associations` blocks go whole when a preset asks for them
  (policy extras); otherwise the other recognizers look at them like any other text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonymiser.recognizers.clauses import YEAR_RANGE
from anonymiser.recognizers.framing import DECLINED_VALUE, FACT_WHEN_NONE
from anonymiser.recognizers.special_categories import CATEGORIES, EXTRA_CATEGORIES

DATA = Path(__file__).resolve().parents[1] / "data" / "structure.yaml"
SCORE = 0.8
# (a wide gap before a colon is layout inside one field: "Fingerprints      : Registered")
SEGMENT_SPLIT = re.compile(r"\s*(?:\||•|·|;|\t|\s{3,}|▪|►)\s*(?![\s:：=])")
HEADING_STRIP = re.compile(r"^[\s#*_=~>\-–—•·▪►\d.)]*|[\s#*_=~:：\-–—]*$")
GENDER_VALUE = re.compile(r"^(?:mr|mrs|ms|miss|mx|m\.|mme|mlle|madame|monsieur|mademoiselle|male|female|man|woman|"
                          r"homme|femme|f|m|h|non-binary|non-binaire|other|autre|she|he|they|il|elle|iel)\b", re.IGNORECASE)
UNKNOWN_HEADING = re.compile(r"^[\s#*_=>\-–—•]*[A-ZÀ-Ý][^\d,;.!?|@]{1,38}?[\s#*_=:\-–—]*$")
PERSONAL_DETAILS = "personal_details"  # a line of a personal block that matched no category


# a label alone at the start of a line, its value on the next line: text extracted from a
# two-column PDF ("Date of birth      listed manufacturers and...\n04/11/1982     associations.")
# or a label typed above its value ("Née le\n03/09/1986"). Only labels that cannot be a job or
# a heading on their own ("Partner", "Family", "Health" can): two words or more, or these
BARE_LABEL_CATEGORIES = frozenset({"date_of_birth_age", "ethnic_origin", "family_status", "religious_belief"})
BARE_LABEL_WORDS = re.compile(r"(?:nationality|nationalities|citizenship|ethnicity|religion|d\.?o\.?b\.?|nationalit[ée]s?|"
                              r"citoyennet[ée]|ethnie|caste|tribe|tribu|naissance)\W*$", re.IGNORECASE)
FIRST_SEGMENT = re.compile(r"^\s*(.*?)(?:\s{3,}|\t|$)")


@dataclass(frozen=True)
class StructureRules:
    labels: tuple[tuple[str, re.Pattern[str]], ...]
    headings: tuple[tuple[str, re.Pattern[str]], ...]
    professional: re.Pattern[str]
    bare_labels: tuple[tuple[str, re.Pattern[str]], ...] = ()


@lru_cache(maxsize=4)
def load_structure(language: str, path: Path = DATA) -> StructureRules:
    spec = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get(language) or {}
    labels = tuple(
        (category, re.compile(r"^(?:[-*+]\s*)?(?:" + "|".join(names) + r")(?:\s*\([^)]{0,30}\))?\s*(?:[:：=]|\s[-–—]\s)\s*(.*)$",
                              re.IGNORECASE))
        for category, names in (spec.get("labels") or {}).items())
    headings = tuple((kind, re.compile("^(?:" + "|".join(names) + ")$", re.IGNORECASE))
                     for kind, names in (spec.get("sections") or {}).items())
    bare = tuple((category, re.compile(r"^\s*(?:[-*+]\s*)?(?:" + "|".join(names) + r")\s*[:：]?(?:\s{3,}|\t|$)", re.IGNORECASE))
                 for category, names in (spec.get("labels") or {}).items() if category in BARE_LABEL_CATEGORIES)
    return StructureRules(labels, headings, re.compile(spec.get("professional_cues") or r"(?!)", re.IGNORECASE), bare)


def _lines(text: str):  # noqa: ANN202 - (start, end, line) per line
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _segments(line: str, offset: int):  # noqa: ANN202 - (start, end, segment)
    pos = 0
    for m in SEGMENT_SPLIT.finditer(line):
        if m.start() > pos:
            yield offset + pos, offset + m.start(), line[pos:m.start()]
        pos = m.end()
    if pos < len(line):
        yield offset + pos, offset + len(line), line[pos:]


class StructureRecognizer(EntityRecognizer):
    """Label/value lines and personal sections, in one language."""

    def __init__(self, language: str, any_trigger=None) -> None:  # noqa: ANN001 - any_trigger(str) -> str | None
        self.rules = load_structure(language)
        self.category_of = any_trigger or (lambda _text: None)
        super().__init__(supported_entities=list(CATEGORIES) + list(EXTRA_CATEGORIES) + [PERSONAL_DETAILS],
                         supported_language=language, name=f"StructureRecognizer_{language}")

    def load(self) -> None:
        return None

    def heading_kind(self, line: str) -> str | None:
        core = HEADING_STRIP.sub("", line).strip()
        if not core or len(core) > 45:
            return None
        for kind, pattern in self.rules.headings:
            if pattern.match(core):
                return kind
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        wanted = set(entities)
        out: list[RecognizerResult] = []
        section, pending, bare = None, None, None
        for start, end, line in _lines(text):
            if not line.strip():
                continue
            kind = self.heading_kind(line)
            if kind is not None:
                section, pending = kind, None
                continue
            if section is not None and len(line.split()) <= 4 and UNKNOWN_HEADING.match(line) and not self._is_label(line):
                section, pending = "other", None  # a heading we do not know ends the block
                continue
            if pending is not None:  # "Date of birth:" then the value on the next line
                if len(line.strip()) <= 60:
                    out.append(self._result(pending, start, end))
                pending = None
            elif bare is not None:  # a bare label above: its value is this line's first column
                value = FIRST_SEGMENT.match(line)
                if value and 0 < len(value.group(1)) <= 40 and not self._is_label(value.group(1)):
                    out.append(self._result(bare, start + value.start(1), start + value.end(1)))
            bare = self._bare_label(line, wanted)
            labelled = False
            # experience lines ("Partner - Deloitte, 2015-2020") hold no personal labels
            for s_start, s_end, segment in ([] if YEAR_RANGE.search(line) else _segments(line, start)):
                for category, pattern in self.rules.labels:
                    if category not in wanted:
                        continue
                    m = pattern.match(segment)
                    if not m:
                        continue
                    value = m.group(1).strip()
                    if category == "gender" and not GENDER_VALUE.match(value):
                        continue
                    if DECLINED_VALUE.match(value) and category not in FACT_WHEN_NONE:
                        labelled = True  # "Sexual orientation: Prefer not to say" discloses nothing: it stays
                        break
                    out.append(self._result(category, s_start, s_end))
                    labelled = True
                    if not value and s_end == end:
                        pending = category
                    break
            if labelled:
                continue
            if section in ("hobbies", "associations") and section in wanted:
                out.append(self._result(section, start, end))
            elif section == "personal" and not self.rules.professional.search(line) and not YEAR_RANGE.search(line):
                category = self.category_of(line) or PERSONAL_DETAILS
                if category in wanted:
                    out.append(self._result(category, start, end))
        return out

    def _bare_label(self, line: str, wanted: set[str]) -> str | None:
        """The category of a label standing alone at the start of the line (value below)."""
        if YEAR_RANGE.search(line):
            return None
        for category, pattern in self.rules.bare_labels:
            m = pattern.match(line)
            if m and category in wanted:
                label = m.group().strip(" \t:：-*+")
                if len(label.split()) >= 2 or BARE_LABEL_WORDS.match(label):
                    return category
        return None

    def _is_label(self, line: str) -> bool:
        return any(p.match(line.strip()) for _, p in self.rules.labels)

    def _result(self, category: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(category, start, end, SCORE, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name})
