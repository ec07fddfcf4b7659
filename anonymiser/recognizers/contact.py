"""Contact details in a CV: e-mails, phones, postal addresses, personal profile URLs and
the candidate's name (spaCy person entities, filtered). All reported as ``contact``."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonymiser.recognizers.clauses import YEAR_RANGE
from anonymiser.search_terms import first_names

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/])(?:\+\d{1,3}[ .-]?)?(?:\(0\) ?)?\d{1,4}(?:[ .-]?\d{2,4}){2,5}(?![\w/])")
PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:linkedin\.com/in|github\.com|gitlab\.com|twitter\.com|x\.com|instagram\.com|"
    r"facebook\.com|medium\.com/@?|behance\.net|dribbble\.com|viadeo\.com/p|malt\.fr/profile)/[\w./%-]+", re.IGNORECASE)
STREET_FR = re.compile(
    r"\b(?!(?:19|20)\d{2}\b)\d{1,4}\s?(?:bis|ter)?,?\s(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|impasse|chemin|route|quai|cours|square|"
    r"r[ée]sidence|lotissement|faubourg)\b[^\n,;|]*(?:,\s*\d{5}\s+[A-ZÉ][\w' -]+)?", re.IGNORECASE)
STREET_EN = re.compile(
    r"\b\d{1,4}[a-z]?,?\s(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|"
    r"Crescent|Terrace|Court|Gardens|Grove|Row|Square|Mews)\b\.?(?:,\s*[A-Z][a-z]+)*(?:,?\s*[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})?")
POSTCODE_CITY = re.compile(r"\b\d{5}\s+[A-ZÉ][a-zé]+(?:[- ][A-ZÉ][a-zé]+)*\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")
NAME_LABEL = re.compile(r"(?:^|\n)\s*(?:name|full name|nom(?: complet)?|pr[ée]nom(?: et nom)?)\s*:\s*([^\n,;|]+)", re.IGNORECASE)
ORG_WORDS = re.compile(r"\b(?:couture|group|groupe|sa|sas|sarl|ltd|llc|inc|plc|gmbh|bank|banque|hospital|h[ôo]pital|"
                       r"clinic|clinique|university|universit[ée]|school|[ée]cole|street|road|rue|avenue|consulting|studio|"
                       r"partners|associates|foundation|fondation|institute|institut|pacific|airlines|motors|labs?|"
                       r"technologies|systems|solutions|services|agency|agence|hotel|h[ôo]tel|church|[ée]glise|saint|st|"
                       r"carpenter|engineer|developer|manager|analyst|designer|consultant|director|assistant|officer|"
                       r"technician|nurse|teacher|chef|driver|electrician|plumber|welder|journeyman|journeyperson|"
                       r"apprentice|intern|trainer|coach|specialist|lead|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|stagiaire|aventures?|"
                       r"adventures?|voyages|travel|tours|events|[ée]v[ée]nements|productions|cr[ée]ations?|design|media|"
                       r"m[ée]dias|films|records|music|musique|sports?|fitness|caf[ée]|restaurant|boulangerie|garage|"
                       r"transports?|logistique|immobilier|conseil|formation|sant[ée]|assurances?|finance|aid|relief|museum|mus[ée]e|"
                       r"theatre|th[ée][âa]tre|orchestra|orchestre|trust|fund|council|college|coll[èe]ge|lyc[ée]e|team|unit|ward|service|department|network|[ée]quipe)\b",
                       re.IGNORECASE)
EMPLOYER_BEFORE = re.compile(r"(?:\bat|\bchez|\bfor|\bpour|\bwith|\bavec|@|\bjoined|\brejoint|\bclient)\s+(?:the\s|l[ae']\s?)?$", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^[A-ZÉÈÀÂÎÔ][a-zéèëêàâîïôöûüç]*(?:['’-][A-ZÉÈ]?[a-zéèëêàâîïôöûüç]+)*$|^[A-ZÉÈ]{2,}$")
# a CV usually opens with the candidate's name alone on its line
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺľłńňōőœŕřśşšţťūůűųźżž"
_WORD = (rf"(?:[{_UP}]['’](?:[{_UP}]{{2,}}|[{_UP}][{_LOW}]+)"  # O'CONNOR, N'Diaye
         rf"|[{_UP}][{_LOW}]*(?:[{_UP}][{_LOW}]+)?(?:['’-][{_UP}]?[{_LOW}]+)*"
         rf"|[{_UP}]{{2,}}(?:['’-][{_UP}]+)*|[{_UP}]\.?)")
HEADER_SKIP = re.compile(r"\s*(?:europass\s+)?(?:cv|curriculum vitae|r[ée]sum[ée]|personal (?:information|details)|"
                         r"informations personnelles|[ée]tat civil|profil|profile)\s*$", re.IGNORECASE)
# "Imam Reza Hospital", "Father Hudson's Care", "Dr Gray's Hospital": a place named after a person is an employer
NAMED_AFTER_PERSON = re.compile(r"\b(?:Hospital|Complex|Clinic|Centre|Center|College|School|Academy|University|Foundation|"
                                r"Trust|Institute|Mosque|Church|Cathedral|H[ôo]pital|Clinique|Coll[èe]ge|Lyc[ée]e|[ÉE]cole)\b")
TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Pr|Mme|Mlle|Captain|Capt|Sister|Brother|Father|Revd|Rev|Canon|Ds|Pastor|Imam|Rabbi)\.?[ \t]+"
                         r"(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?[ \t]*)*[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}")  # initials: "Prof. R. Venkatesh Babu"
ADDRESS_EU = re.compile(r"\b(?:rue|avenue|av\.|chemin|place|boulevard|bd|chauss[ée]e|quai|route|all[ée]e|calle|via|rua|straat|stra(?:ss|ß)e)"
                        r"\s[^,\n]{2,40}?\s\d{1,4}[a-z]?,\s*\d{4,5}\s+[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)*", re.IGNORECASE)
HEADER_NAME = re.compile(r"\s*(?:(?i:(?:Europass\s+)?(?:CV|Curriculum vitae|R[ée]sum[ée]))\s*[-–—:|]\s*)?"
                         r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|M\.|Mme|Mlle)\.?\s+)?"
                         rf"({_WORD}(?: [\"“(][{_UP}][\w'’-]{{1,15}}[\"”)])?(?:(?:[ -]| {{2,4}})(?:{_WORD}|de|van|von|da|di|le|la)){{1,3}}"
                         r"(?:,? (?i:jr|sr)\.?|,? (?:II|III|IV))?)"
                         r"\s*(?:\n|$|[|,–—/·•\t-]| {3,})")
# a district that is an address on its own: "Paris 15e", "Marseille 1er", "Tuam, Co. Galway", "Dublin 8"
# (read on header and referee lines only: "Chez Janou (Paris 3e)" on an experience line is an employer's)
DISTRICT = re.compile(r"\b(?:Paris|Marseille|Lyon) \d{1,2}(?:e|ème|er)\b|\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, Co\. [A-Z][a-z]+\b"
                      r"|\bDublin \d{1,2}[Ww]?\b")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
PHONE_NA = re.compile(r"\(\d{3}\)\s?\d{3}[-. ]\d{4}\b")
PERSONAL_SITE = re.compile(r"(?<![@\w.-])[a-z0-9][a-z0-9-]{2,}(?:\.[a-z0-9-]+)?\.(?:fit|photo|photography|ch|io|dev|me|design|"
                           r"art|studio|xyz|page|site|online|coach|blog|website|pro|tech|space|works|plumbing|cafe|ca|fr|be|lu|com|net)\b(?![.@]\w)")
# the candidate's place on a header line that also holds an e-mail or a phone ("Ottawa, ON
# K1V 2E5", "Montreuil (93)", "59000 LILLE", "Nyon (VD)", "Camberwell, London SE5")
_PLACE_WORD = rf"(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,}})(?:['’-](?:[{_UP}]?[{_LOW}]+|[{_UP}]{{2,}}))*"
_PLACE_NAME = rf"{_PLACE_WORD}(?: (?:{_PLACE_WORD}|de|du|des|la|le|of|on|upon|sur|en|d'{_PLACE_WORD}|l'{_PLACE_WORD})){{0,3}}"
_POSTCODE = r"(?:\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?(?: ?\d[A-Z]{2})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)"
_PLACE_PART = rf"(?:\d{{4,5}} )?{_PLACE_NAME}(?: \d{{4}})?"
PLACE_SEGMENT = re.compile(
    rf"{_PLACE_PART}(?:, ?{_PLACE_PART}){{0,2}}(?: \([\w.\- ]{{1,12}}\))?"
    rf"(?: [A-Z]{{2}}\b| \([A-Z]{{2}}\))?(?: {_POSTCODE})?")
SAINT = re.compile(r"\b(?:Saint|Sainte|St|Ste)[- ]")  # "Saint-Hyacinthe" is a town, not a church
SEGMENT_SPLIT = re.compile(r"\s+[|·•—–/]\s+|\t+|\s{2,}|\s+[-–—]\s+")
CONTACT_CUE = re.compile(rf"{EMAIL.pattern}|\d{{2,4}}[ .-]\d{{2,4}}[ .-]\d{{2,4}}")
PLACE_STOP = re.compile(r"(?:remote|hybrid|hybride|t[ée]l[ée]travail|freelance|ind[ée]pendante?|available|disponible|"
                        r"bilingu\w+|portfolio|cv|resume|r[ée]sum[ée]|linkedin|github|phd|msc|mba|cpa)$", re.IGNORECASE)
LIVES_IN = re.compile(rf"\b(?i:j'habite(?: [àa]| au| en)?|je vis [àa]|je r[ée]side [àa]|domicili[ée]e? [àa]|"
                      rf"i live in|living in|based in|localisation ?:|location ?:|lieu de r[ée]sidence ?:)\s*"
                      rf"({_PLACE_NAME}(?: \(\d{{2,3}}\))?)")
SCORE = 0.85
NAME_SOURCES = frozenset({"header_name", "name_label", "titled_name"})  # not NER guesses: "Marine Corps"


def _result(start: int, end: int, name: str) -> RecognizerResult:
    return RecognizerResult("contact", start, end, SCORE, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name})


class _Ent:
    def __init__(self, start_char: int, end_char: int, text: str) -> None:
        self.start_char, self.end_char, self.text = start_char, end_char, text


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


# Where a CV names people: its header, and reference/contact lines. NER runs only there
# (it is ~80% of the cost of a full pass); the rest of the text gets the regex rules and
# the first-name rule below.
REFERENCE_LINE = re.compile(r"\b(?:referees?|references?|r[ée]f[ée]rences?|recommand\w*|contact|manager|supervisor|"
                            r"responsable|tuteur|tutrice|signed|sign[ée])\b", re.IGNORECASE)
HEADER_LINES = 4
ORG_BEFORE = re.compile(rf"{ORG_WORDS.pattern}(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){{0,3}}[ \t]+$", re.IGNORECASE)
FIRST_NAME_PAIR = re.compile(r"\b([A-ZÉÈ][a-zéèëêàâîïôöûüç]+)\s+([A-ZÉÈ][a-zéèëêàâîïôöûüç]+(?:['’-][A-ZÉÈ]?[a-zéèëêàâîïôöûüç]+)*|[A-ZÉÈ]{2,})\b")


REFERENCE_HEADING = re.compile(r"^[\s#*_=>\-–—•]*(?:referees?|references?|r[ée]f[ée]rences?|recommandations?)"
                               r"(?: (?:available|disponibles?|on request|sur demande)[\w ]*)?[\s#*_=:\-–—]*$", re.IGNORECASE)
REFERENCE_BLOCK = 6  # lines read after a "REFERENCES" heading ("Gerard Fahy, Youth Officer — 091 566 201")


def name_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the header lines, of every reference-like line and of the lines under
    a references heading (which name referees without the word "reference")."""
    regions, seen_lines, pos, block = [], 0, 0, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (seen_lines < HEADER_LINES or block > 0 or REFERENCE_LINE.search(line)):
            regions.append((pos, pos + len(line.rstrip("\n"))))
        if stripped:
            seen_lines += 1
            block = REFERENCE_BLOCK if REFERENCE_HEADING.match(stripped) else max(0, block - 1)
        pos += len(line)
    return regions


class ContactRecognizer(EntityRecognizer):
    def __init__(self, language: str, ner=None, fields: bool = False) -> None:  # noqa: ANN001 - spaCy Language with "ner"
        self.ner = ner
        self.fields = fields  # short fields (job title, skills): no "name on the first line" rule
        super().__init__(supported_entities=["contact"], supported_language=language,
                         name=f"ContactRecognizer_{language}{'_fields' if fields else ''}")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: ANN001
        out = [_result(m.start(), m.end(), "email") for m in EMAIL.finditer(text)]
        out += [_result(m.start(), m.end(), "profile_url") for m in PROFILE_URL.finditer(text)]
        for m in PHONE.finditer(text):
            digits = _digits(m.group())
            if 9 <= digits <= 15 and not re.fullmatch(r"[\d\s]*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}", m.group()):
                out.append(_result(m.start(), m.end(), "phone"))
        out += [_result(m.start(), m.end(), "phone") for m in PHONE_NA.finditer(text)]
        out += [_result(m.start(), m.end(), "orcid") for m in ORCID.finditer(text)]
        header_end = sum(len(line) + 1 for line in text.split("\n")[:HEADER_LINES])
        out += [_result(m.start(), m.end(), "profile_url") for m in PERSONAL_SITE.finditer(text, 0, header_end)]
        for pattern in (STREET_FR, STREET_EN, POSTCODE_CITY):
            out += [_result(m.start(), m.end(), "address") for m in pattern.finditer(text)]
        regions = name_regions(text)  # header and referee lines: read for districts here, for names by NER below
        for start, end in regions:  # a district names where the candidate or a referee lives,
            if not YEAR.search(text, start, end):  # unless the line is dated: then it is an employer's
                out += [_result(m.start(), m.end(), "address") for m in DISTRICT.finditer(text, start, end)]
        for m in NAME_LABEL.finditer(text):
            out.append(_result(m.start(1), m.end(1), "name_label"))
        if not self.fields:
            out += self._header_name(text)
            out += [_result(m.start(), m.end(), "titled_name") for m in TITLED_NAME.finditer(text)
                    if not NAMED_AFTER_PERSON.search(m.group())]
        out += [_result(m.start(), m.end(), "address") for m in ADDRESS_EU.finditer(text)]
        out += [_result(m.start(1), m.end(1), "lives_in") for m in LIVES_IN.finditer(text)]
        if not self.fields:
            out += self._header_places(text)
        out += self._person_names(text, self._entities(text, regions))
        out += self._first_name_pairs(text)
        return out + self._repeated_names(text, out)

    @staticmethod
    def _repeated_names(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A name found once is a name everywhere: page footers, a signature, the same name in
        capitals ("KARTHIK SELVARAJ ... Karthik Selvaraj, page 2")."""
        names = {text[r.start:r.end] for r in found
                 if r.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY) in NAME_SOURCES}
        names = {n for n in names if len(n.split()) >= 2 and len(n) >= 6 and not ORG_WORDS.search(n)}
        if not names:
            return []
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(?![\w'’-])", re.IGNORECASE)
        return [_result(m.start(), m.end(), "repeated_name") for m in pattern.finditer(text)]

    @staticmethod
    def _header_name(text: str) -> list[RecognizerResult]:
        """The candidate's name: the first header line that is not a "CV" / "Personal
        information" heading."""
        pos, seen = 0, 0
        for line in text.split("\n"):
            if line.strip():
                seen += 1
                if not HEADER_SKIP.match(line):
                    m = HEADER_NAME.match(line)
                    return [_result(pos + m.start(1), pos + m.end(1), "header_name")] if m else []
                if seen >= HEADER_LINES:
                    break
            pos += len(line) + 1
        return []

    @staticmethod
    def _header_places(text: str) -> list[RecognizerResult]:
        """Place segments of the header lines that carry an e-mail or a phone: there a
        place is where the candidate lives (employers' places are on experience lines)."""
        out, pos, seen = [], 0, 0
        for line in text.split("\n"):
            if line.strip():
                seen += 1
                if seen > HEADER_LINES:
                    break
                if CONTACT_CUE.search(line):
                    cut = 0
                    for sep in [*SEGMENT_SPLIT.finditer(line), None]:
                        end = sep.start() if sep else len(line)
                        raw = line[cut:end]
                        seg = raw.strip()
                        start = pos + cut + (len(raw) - len(raw.lstrip()))
                        cut = sep.end() if sep else len(line)
                        if (not seg or PLACE_STOP.match(seg) or not PLACE_SEGMENT.fullmatch(seg)
                                or ORG_WORDS.search(SAINT.sub("", seg))):
                            continue
                        # a lone word is a place only if not an acronym; two+ words need a place cue
                        words = seg.split()
                        cue = ("," in seg or "(" in seg or re.search(r"\d", seg)
                               or re.search(r" [A-Z]{2}$", seg) or len(words) == 1)
                        if cue and not (len(words) == 1 and seg.isupper() and len(seg) < 5):
                            out.append(_result(start, start + len(seg), "header_place"))
            pos += len(line) + 1
        return out

    def _entities(self, text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """(start, end, label, text) of NER entities found in the name regions."""
        if self.ner is None:
            return []
        found = []
        ner = self.ner.get_pipe("ner")  # called directly: it is disabled in the full pass
        docs = ner.pipe(self.ner.make_doc(text[a:b]) for a, b in regions)
        for (start, _), doc in zip(regions, docs):
            found += [(start + e.start_char, start + e.end_char, e.label_, e.text) for e in doc.ents]
        return found

    def _first_name_pairs(self, text: str) -> list[RecognizerResult]:
        """A common first name followed by a capitalised word, outside experience lines."""
        names, out = first_names(), []
        for m in FIRST_NAME_PAIR.finditer(text):
            if m.group(1).lower() not in names or ORG_WORDS.search(m.group(0)):
                continue
            if ORG_WORDS.match(text[m.end():m.end() + 15].strip()) or EMPLOYER_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                continue
            if ORG_BEFORE.search(text[max(0, m.start() - 40):m.start()]):  # "Université Claude Bernard Lyon 1"
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if YEAR_RANGE.search(text[line_start:line_end if line_end >= 0 else len(text)]):
                continue
            out.append(_result(m.start(), m.end(), "first_name_pair"))
        return out

    def _person_names(self, text: str, entities: list[tuple[int, int, str, str]]) -> list[RecognizerResult]:
        found = []
        names = first_names()
        for start_char, end_char, label, ent_text in entities:
            if label not in ("PERSON", "PER"):
                continue
            ent = _Ent(start_char, end_char, ent_text)
            words = ent.text.split()
            if "\n" in ent.text or not 2 <= len(words) <= 4 or not all(NAME_TOKEN.match(w) for w in words):
                continue
            if ORG_WORDS.search(ent.text) or EMPLOYER_BEFORE.search(text[max(0, ent.start_char - 20):ent.start_char]):
                continue
            after = text[ent.end_char:ent.end_char + 15]
            if ORG_WORDS.match(after.strip()) or after.strip()[:1] == "&":
                continue
            line_start = text.rfind("\n", 0, ent.start_char) + 1
            line_end = text.find("\n", ent.end_char)
            if YEAR_RANGE.search(text[line_start:line_end if line_end >= 0 else len(text)]):
                continue
            first_lines = text.count("\n", 0, ent.start_char) < 3
            known_first = words[0].lower() in names
            if known_first or first_lines or ent.start_char == line_start:
                found.append(_result(ent.start_char, ent.end_char, "person"))
        return found
