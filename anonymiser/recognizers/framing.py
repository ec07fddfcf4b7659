"""Professional framing (sanitiser-r4): a trigger word that names the candidate's WORK, not a
fact about the candidate ("Clinical Nurse Specialist, HIV and Sexual Health — Barts Health",
"Ran HIV testing clinics", "Coordinate 24 volunteer instructors teaching 300 incarcerated
students", "Coordination du réseau de suivi des femmes porteuses d'une mutation BRCA").

Three general shapes, each refused when the line speaks of the candidate (first person:
"I", "my", "je", "mon"...) or holds a word that makes the role itself the fact (volunteer,
member, rep, steward, candidate, patient, diagnosed, sick leave...):

1. job lines: a line with a year range, or a short title line, holding a paid job title
   (nurse, officer, manager, coordinator, lawyer; FR responsable, chargé(e), aide-soignant(e)...)
   close to the trigger: the trigger names the job's field or the employer;
2. task bullets: a line opening (after its bullet) with a professional action verb or noun
   (ran, led, validated, administered, analysis of; FR coordination, gestion, mise en place,
   accompagnement...): the trigger names what the candidate delivered to others;
3. services to counted people: "300 incarcerated students", "for 180,000 refugees",
   "70 demandeurs d'asile LGBT": a count of people is a caseload, not the candidate.

Categories where the role or the action itself is often the fact (trade unions, parties,
religion: "Led the strike", "Led prayers", "Treasurer, Labour branch 2016-2019") use only
the narrow professional-service verbs of their own list.
Written from general knowledge of CV layout, checked for recall on all dev splits. The word
lists are data (data/framing.yaml), one block per language.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "framing.yaml"
YEAR = re.compile(r"(?:19|20)\d{2}\s*[-–—→]\s*(?:(?:19|20)\d{2}|present|now|today|current|date|aujourd'hui|pr[ée]sent|…|\.\.\.)"
                  r"|\((?:19|20)\d{2}\)|\b(?:since|depuis) (?:19|20)\d{2}|\|\s*(?:19|20)\d{2}", re.IGNORECASE)
# a task bullet's glyph (the ones CV writers use, counted over the corpora), or a number
BULLET = r"^\s*(?:[-•*▸▪›◦–—>·→●▹»✓✔∙◇⋄◆○➢➔▫★■□♦‣⁃►⇒+]|✅|\d+[.)])?\s*"


def _either(words: list[str]) -> str:
    return "|".join(words)


def _vocabularies(path: Path = DATA) -> dict[str, dict[str, list[str]]]:
    """Per-language word lists (data/framing.yaml); see the file's header for what each means."""
    return {lang: {key: list(words or []) for key, words in spec.items()}
            for lang, spec in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()}


def _speaker(words: list[str], elided: list[str]) -> re.Pattern[str]:
    """Whole first-person words, or an elided form before a letter ("j'ai", "m'a")."""
    pattern = rf"(?<![\w'’])(?:{_either(words)})(?![\w'’])"
    if elided:
        pattern += rf"|(?<![\w'’])(?:{_either(elided)})(?=\w)"
    return re.compile(pattern, re.IGNORECASE)


VOCABULARY = _vocabularies()


def _per_language(key: str, prefix: str = r"\b", suffix: str = r"\b") -> dict[str, re.Pattern[str]]:
    """One case-insensitive pattern per language: prefix (word list) suffix."""
    return {lang: re.compile(rf"{prefix}(?:{_either(v[key])}){suffix}", re.IGNORECASE) for lang, v in VOCABULARY.items()}


def _all_languages(key: str) -> str:
    """The words of every language's list, as one alternation (for checks that ignore language)."""
    return _either([w for v in VOCABULARY.values() for w in v[key]])


# the candidate speaking of themself, or of "we"/"you" (a job line written for a team or the reader)
FIRST_PERSON = {lang: _speaker(v["self"] + v["we_and_you"], v["elided"]) for lang, v in VOCABULARY.items()}
# the candidate speaking of themself (not "you", which a form question addresses)
SELF = {lang: _speaker(v["self"], v["elided"]) for lang, v in VOCABULARY.items()}
# words that make the role the fact: unpaid or member roles, union and party offices, own health
SELF_ROLE = _per_language("self_role")
# the employer's side of a union negotiation ("(management side)", "côté direction")
EMPLOYER_SIDE = _per_language("employer_side")
# a study or trial as the subject of the work, unless the candidate took part in it
RESEARCH = _per_language("research")
PARTICIPANT = _per_language("participant")
RESEARCHED = frozenset({"health", "genetic_biometric"})
RESEARCH_REACH = 60  # characters between a trigger and the research word naming its study
PHRASE_BREAK = re.compile(r"[,;:|()\[\]–—]|\s-\s")
COUNTERPART = re.compile(r"\b(?:with|against|opposite|avec|aupr[èe]s|face|contre|entre)\b", re.IGNORECASE)
JOB_TITLE = _per_language("job_title", suffix=r"s?\b")
# professional action openings, broad (health, genetics, ethnic origin, orientation, criminal record)
ACTION = _per_language("action", prefix=BULLET)
# the narrow list for trade unions and parties: legal, payroll and advisory services to them
SERVICE = _per_language("service", prefix=BULLET)
COUNT = _per_language("people", prefix=r"\b\d[\d,. ]*\d\+?\s+(?:[\w'’-]+\s+){0,3}?", suffix=r"\b")
# a qualification line ("Certificate in Perinatal Mental Health", "DU Surdité et troubles de la
# communication", "MA Islamic Studies"): the trigger is its field of study
QUALIFICATION = _per_language("qualification", prefix=BULLET, suffix="")
# the candidate as the subject of a professional action ("I've built", "we ran", "j'ai coordonné")
SELF_ACTION = {lang: re.compile(r"(?<![\w'’])(?:" + _either(v["actor"]) + r")\s+(?:also |then |since |personally )?(?:"
                                + _either(v["done"]) + r")\b", re.IGNORECASE) for lang, v in VOCABULARY.items()}
# payroll and HR processing of other people's deductions and absences
PAYROLL = _per_language("payroll")
# sections whose lines are the candidate's own life, not paid work (any language's words)
PRIVATE_SECTION = re.compile(_all_languages("private_sections"), re.IGNORECASE)
BROAD = frozenset({"health", "genetic_biometric", "ethnic_origin", "sexual_orientation", "criminal_record"})
NARROW = frozenset({"trade_union", "political_opinion"})
JOB_LINE_CATEGORIES = frozenset({"health", "genetic_biometric", "ethnic_origin", "sexual_orientation",
                                 "trade_union", "political_opinion", "religious_belief"})
TITLE_REACH = 60
DATED_REACH = 80  # "LGBT Health and Wellbeing, Edinburgh — Helpline & Volunteer Services Manager | 2019–"
# roles that are themselves a membership or office: a job line needs a year range for these
DATED_ONLY = frozenset({"trade_union", "political_opinion", "religious_belief"})
SEGMENT = re.compile(r"\s[·•|—–]\s|\t|\s{3,}")
SENTENCE = re.compile(r"\w[.!?]\s+[A-Z]")
SENTENCE_END = re.compile(r"(?<=\w[.!?])\s+(?=[A-ZÀ-Ý])")  # the space between two sentences


# a quoted title of three words or more: « Syndicats et partis en Haïti », "Ageing well with HIV"
QUOTED_TITLE = re.compile(r"[«“\"]\s?[A-ZÀ-Ý][^«»“”\"\n]{10,200}?[»”\"]")
# a credit: a line naming a work by its quoted title, single quotes too ("Father Flynn, 'Doubt: A
# Parable'", "Détenu en émeute, 'Un prophète' (2009)"): what it says describes the role or the
# work, not the candidate (an apostrophe inside a word is not a quote). Only single quotes:
# guillemets also name electoral lists ("Candidate sur la liste « Baie-Mahault an nou »")
CREDIT_TITLE = re.compile(r"(?<![\w'’])['‘][A-ZÀ-Ý](?:[^'‘’\n]|['’](?=\w)){1,80}?['’](?![\w'’])")
SENTENCE_STOP = re.compile(r"[.!?\n]")
AFFIRMED = re.compile(r"\?[^\S\n]*(?:[-–—:]\s*)?(?:" + _all_languages("affirmative") + r")\b", re.IGNORECASE)


def sentence_start(text: str, line_start: int, t_start: int) -> int:
    """Where the sentence holding the trigger at t_start begins (its line's start at the latest)."""
    return max([line_start, *(m.end() for m in SENTENCE_STOP.finditer(text, line_start, t_start))])


def question_mark(text: str, t_end: int) -> re.Match[str] | None:
    """The "?" that ends the sentence holding the trigger ending at t_end, if it is a question."""
    stop = SENTENCE_STOP.search(text, t_end)
    return stop if stop is not None and stop.group() == "?" else None


def affirmed_answer(text: str, t_end: int, line_end: int) -> tuple[int, int] | None:
    """(start, end) of a "Yes – ..." / "Oui – ..." answer to the question that holds the
    trigger ending at t_end, on the same line: the answer is the fact the question asks for."""
    stop = question_mark(text, t_end)
    if stop is None or stop.start() >= line_end:
        return None
    if not AFFIRMED.match(text, stop.start(), line_end):
        return None
    start = stop.start() + 1
    while start < line_end and text[start].isspace():
        start += 1
    return start, line_end


# an answer that discloses nothing ("Prefer not to say", "N/A", "Unspent convictions: None");
# for the categories in FACT_WHEN_NONE the answer is itself a fact
DECLINED_VALUE = re.compile("(?:" + _all_languages("declined") + r")\W*(?:\([^)\n]{0,30}\)\W*)?$", re.IGNORECASE)
# "Religion: None" is a belief, "Children: none" a family fact, "Casier judiciaire : vierge" data
# relating to convictions (GDPR art. 10; two corpora label it so): their answers are facts
FACT_WHEN_NONE = frozenset({"religious_belief", "family_status", "criminal_record"})
DECLINED_ANSWER = re.compile(r"[^\S\n]*(?:\([^)\n]{0,30}\))?[^\S\n]*[:：=?][^\S\n]*" + DECLINED_VALUE.pattern, re.IGNORECASE)


def asked_or_titled(language: str, text: str, line_start: int, line_end: int, t_start: int, t_end: int) -> bool:
    """The trigger is in a question ("Are you a member of a trade union?": only its answer is
    a fact) or in a quoted title ("Ageing well with HIV in regional NSW" (2019): a research
    topic); and the question, or the line, does not speak of the candidate in the first person.
    (Whole publications / grants sections were tried too: a heading too long to be recognised
    as one let the section run on over personal lines, so titles are judged line by line.)"""
    lang = language if language in SELF else "en"
    stop = question_mark(text, t_end)
    if stop is not None:
        begin = sentence_start(text, line_start, t_start)
        if not SELF[lang].search(text, begin, stop.start()):
            return True
    line = text[line_start:line_end]
    if SELF[lang].search(line):
        return False
    return any(m.start() <= t_start - line_start and m.end() >= t_end - line_start for m in QUOTED_TITLE.finditer(line))


# nouns that head the name of an employer, a school or a project ("Maybank Islamic Berhad",
# "Museum of Islamic Art", "Ethnic Minority Youth Project", "Hôpital évangélique de Vanga");
# not the bodies a person joins or attends (association, society, club, union, party, church,
# mosque, network...): naming those is the fact
ORG_HEAD = {lang: _either(v["org_head"]) for lang, v in VOCABULARY.items()}
ORG_BEFORE = {lang: re.compile(rf"\b(?:{heads})\b[^,;:|().!?\n]{{0,60}}$") for lang, heads in ORG_HEAD.items()}
# the trigger as a capitalised premodifier of the head: "Islamic Education Unit", "Islamic Berhad"
ORG_AFTER = {lang: re.compile(rf"^(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|of|for|and|&|de|du|des|d['’]))*?\s+(?:{heads})\b")
             for lang, heads in ORG_HEAD.items()}


# a whole span that is itself such a name ("Imam Khomeini Hospital Complex"): capitalised words
# and connectors only, with a head among them
ORG_SPAN = re.compile(r"^(?:[A-ZÀ-Ý][\w'’&.-]*|of|for|and|&|de|du|des|la|le|d['’]\w+)"
                      r"(?:\s+(?:[A-ZÀ-Ý][\w'’&.-]*|of|for|and|&|de|du|des|la|le|d['’]\w+)){0,7}$")
ORG_HEAD_WORD = {lang: re.compile(rf"\b(?:{heads})\b") for lang, heads in ORG_HEAD.items()}


def in_organisation_name(language: str, line: str, rel_s: int, rel_e: int) -> bool:
    """The trigger (or the clause the model scored) is part of the name of an employer, a
    school or a project."""
    lang = language if language in ORG_HEAD else "en"
    capitalised = line[rel_s:rel_s + 1].isupper()
    span = line[rel_s:rel_e]
    if ORG_SPAN.match(span) and ORG_HEAD_WORD[lang].search(span):
        return True
    return bool(ORG_BEFORE[lang].search(line[:rel_s]) or (capitalised and ORG_AFTER[lang].match(line[rel_e:])))


def self_at_work(lang: str, text: str, line_start: int, line_end: int, t_start: int) -> bool:
    """The trigger's sentence is the candidate doing a professional action ("I've built the
    ... classifier", "j'ai coordonné le dépistage ...") and speaks of the self nowhere else."""
    begin = sentence_start(text, line_start, t_start)
    stop = SENTENCE_STOP.search(text, t_start, line_end)
    sentence = text[begin:stop.start() if stop else line_end]
    actor = SELF_ACTION[lang].search(sentence)
    if actor is None or actor.start() > t_start - begin:
        return False
    return not FIRST_PERSON[lang].search(SELF_ACTION[lang].sub(" ", sentence))


def employer_side(lang: str, line: str) -> bool:
    """The line puts the candidate on the employer's side of a union negotiation ("Negotiated
    the restructure with NEU and NASUWT as employer's representative (management side)",
    "Négociation avec les syndicats Alliance et SGP-FO (côté administration)"): the unions are
    the other party, not the candidate's. Refused when the words before the counterpart
    ("with", "avec"...) hold a union office ("Shop steward facing the management side");
    offices after it are the counterparts' ("avec les délégués syndicaux CGT")."""
    side = EMPLOYER_SIDE[lang]
    if not side.search(line):
        return False
    own = COUNTERPART.split(side.sub(" ", line), maxsplit=1)[0]
    return not SELF_ROLE[lang].search(own)


def study_subject(lang: str, clause: str) -> bool:
    """The clause makes the candidate the subject of a study ("Enrolled in a type 1 diabetes
    trial", "suivie dans une étude clinique")."""
    lang = lang if lang in PARTICIPANT else "en"
    return bool(RESEARCH[lang].search(clause) and PARTICIPANT[lang].search(clause))


def research_subject(lang: str, text: str, line_start: int, line_end: int, t_start: int, t_end: int) -> bool:
    """The trigger belongs to the name of a study or trial that is the work ("Sickle cell
    disease burden study using Ontario ICES data", "Étude de biomarqueurs génétiques dans la
    maladie de Parkinson"): a research word sits in the same phrase, no comma, semicolon,
    colon or bracket between them and at most RESEARCH_REACH characters away ("HIV-positive
    since 2010, now leading HIV cohort studies" keeps its first HIV a fact); and the sentence
    says nothing that makes the candidate the study's subject (took part, enrolled) nor a role
    that is the fact once the research words are taken out (diagnosed, patient)."""
    begin = sentence_start(text, line_start, t_start)
    stop = SENTENCE_STOP.search(text, t_start, line_end)
    end = stop.start() if stop else line_end
    sentence = text[begin:end]
    if PARTICIPANT[lang].search(sentence) or SELF_ROLE[lang].search(RESEARCH[lang].sub(" ", sentence)):
        return False
    for m in RESEARCH[lang].finditer(text, begin, end):
        gap = text[t_end:m.start()] if m.start() >= t_end else text[m.end():t_start]
        overlaps = m.start() < t_end and m.end() > t_start
        if overlaps or (len(gap) <= RESEARCH_REACH and not PHRASE_BREAK.search(gap)):
            return True
    return False


def professional(category: str, language: str, text: str, line_start: int, line_end: int,
                 t_start: int, t_end: int, section: str = "") -> bool:
    """The trigger at text[t_start:t_end] is framed as the candidate's work (see module doc);
    section: the words of the heading above the line (learned.section_at)."""
    lang = language if language in FIRST_PERSON else "en"
    line = text[line_start:line_end]
    if asked_or_titled(lang, text, line_start, line_end, t_start, t_end):
        return True
    if category not in FACT_WHEN_NONE and DECLINED_ANSWER.match(text, t_end, line_end):
        return True  # a label whose answer discloses nothing: "Sexual orientation: Prefer not to say"
    if PRIVATE_SECTION.search(section):
        return False
    if FIRST_PERSON[lang].search(line):
        # a letter's "I've built the mismatch-repair classifier": the candidate as the subject
        # of a professional action, in a sentence that says nothing else about the self
        return category in BROAD and self_at_work(lang, text, line_start, line_end, t_start)
    if CREDIT_TITLE.search(line):
        return True  # a credit ("Leo, a gay man caring for his dying partner, 'Doubt'"): the role is the work
    if category == "trade_union" and employer_side(lang, line):
        return True
    if category in RESEARCHED and research_subject(lang, text, line_start, line_end, t_start, t_end):
        return True
    if SELF_ROLE[lang].search(line):
        return False
    if category in JOB_LINE_CATEGORIES and in_organisation_name(lang, line, t_start - line_start, t_end - line_start):
        return True
    # the positive shapes are looked for in the trigger's own sentence only: "Data engineer
    # at Acme, 2019-2024: data engineer work. Type 1 diabetic." is a dated job line, but its
    # second sentence is about the candidate (a real-worker test caught the leak)
    lo = max([0] + [m.end() for m in SENTENCE_END.finditer(line) if m.end() <= t_start - line_start])
    hi = next((m.start() for m in SENTENCE_END.finditer(line) if m.start() >= t_end - line_start), len(line))
    line_start, line = line_start + lo, line[lo:hi]
    rel_s, rel_e = t_start - line_start, t_end - line_start
    dated = bool(YEAR.search(line))
    # a title line, or a title segment of a header line ("Registered Nurse (Mental Health) · City · phone")
    seg_s = max([0] + [m.end() for m in SEGMENT.finditer(line, 0, rel_s)])
    seg_e = next((m.start() for m in SEGMENT.finditer(line, rel_e)), len(line))
    short_title = seg_e - seg_s <= 70 and not SENTENCE.search(line[seg_s:seg_e])
    if category in JOB_LINE_CATEGORIES and (dated or (short_title and category not in DATED_ONLY)):
        lo, hi = (0, len(line)) if dated else (seg_s, seg_e)
        for m in JOB_TITLE[lang].finditer(line, lo, hi):
            if m.end() <= rel_s:
                gap = rel_s - m.end()
            elif category == "ethnic_origin" and m.start() - rel_e <= 1:
                continue  # "Filipina nurse": the nationality qualifies the person
            else:
                gap = m.start() - rel_e
            if gap <= (DATED_REACH if dated else TITLE_REACH):
                return True
    if category in BROAD and ACTION[lang].search(line):
        return True
    if (category in BROAD or category == "religious_belief") and QUALIFICATION[lang].search(line):
        return True
    if category in NARROW and SERVICE[lang].search(line):
        return True
    if category in ("health", "trade_union") and PAYROLL[lang].search(line):
        return True
    if category in BROAD:
        for m in COUNT[lang].finditer(line):
            if m.start() <= rel_e + 60 and m.end() >= rel_s - 40:
                return True
    return False
