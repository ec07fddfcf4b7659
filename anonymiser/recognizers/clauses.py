"""Clause boundaries: the span removed around a finding is the clause that holds it.

Redacting only the trigger word leaks the fact ("Elected [X] delegate"), so the sanitiser
removes the whole clause, bounded by sentence and list punctuation. A clause is narrowed
at an employer preposition ("Shop steward at Union Pacific") when the part after it is a
capitalised name without any trigger: the employer stays, the sensitive role goes.
"""

from __future__ import annotations

import re

BOUNDARY = re.compile(r"\n|[;|•·()\[\]]|(?<!\b(?:St|Dr|Mr|Ms|No|Mt))\.(?=\s|$)|,(?=\s)|:(?=\s)|\s[–—-]\s")
# a reference to published work ("Diallo A., Roy P. (2020). « Title »", "Reyes M., et al.
# "Title""): its title names research topics, not the candidate
# (also one author and a year, "Jaccard R. (2021). Title", and Vancouver style, "Vasseur-Lenoir C,
# Frébourg T. Title. Bull Cancer, 2018")
CITATION = re.compile(r"\bet al\.|(?:^|[-•*]\s)\s*[A-ZÀ-Þ][\w'’-]+,? (?:[A-Z]\.\s?){1,3}(?:,|;|&| and| et)\s"
                      r"|\((?:19|20)\d{2}[a-z]?\)\.?\s*[\"“«]"
                      r"|(?:^|[-•*]\s)\s*[A-ZÀ-Þ][\w'’-]+,? (?:[A-Z]\.\s?){1,3}\((?:19|20)\d{2}[a-z]?\)\."
                      r"|(?:^|[-•*]\s)\s*[A-ZÀ-Þ][\w'’-]+ [A-Z]{1,2}, [A-ZÀ-Þ][\w'’-]+ [A-Z]{1,2}[.,] ", re.MULTILINE)
# a dated experience line ("Chef, Leroy Merlin (2010-2020)", "2019 – present"), also an open range
# opening the line ("2021–  Programme Manager", "2016–… bassist"): it names employers and work,
# not the candidate (learned.py, structure.py and contact.py all read it)
YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now|today|aujourd'hui|pr[ée]sent|current)"
                        r"|^\s*(?:19|20)\d{2}\s?[-–—](?!\s*\d)", re.IGNORECASE)
# a clause with no punctuation for this long (one-paragraph CVs) is cut around the finding
MAX_CLAUSE, REACH_BEFORE, REACH_AFTER = 240, 40, 80
EMPLOYER_PREP = re.compile(r"\s(?:at|for|with|chez|pour|avec|au sein d[eu']|within)\s+(?=(?:the\s|l[ae']\s?)?[A-ZÉÈÀ])")


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end], whitespace-trimmed, never smaller than the match."""
    left = 0
    for m in BOUNDARY.finditer(text, 0, start):
        left = m.end()
    right_match = BOUNDARY.search(text, end)
    right = right_match.start() if right_match else len(text)
    if right - left > MAX_CLAUSE:  # run-on text: the words around the finding, not the paragraph
        lo, hi = max(left, start - REACH_BEFORE), min(right, end + REACH_AFTER)
        if lo > left:
            space = text.find(" ", lo, start)
            lo = space + 1 if space >= 0 else start
        if hi < right:
            space = text.rfind(" ", end, hi)
            hi = space if space >= 0 else end
        left, right = lo, hi
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def narrow_at_employer(text: str, start: int, end: int, trigger_start: int, trigger_end: int,
                       has_trigger) -> tuple[int, int]:  # noqa: ANN001 - has_trigger(str) -> bool
    """Drop a trailing "at Employer" (or leading "Employer ... at") that holds no trigger."""
    for m in EMPLOYER_PREP.finditer(text, start, end):
        if m.start() >= trigger_end and not has_trigger(text[m.end():end]):
            return start, m.start()
        if m.end() <= trigger_start and not has_trigger(text[start:m.start()]):
            start = m.end()
    return start, end
