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
Written from general knowledge of CV layout, checked for recall on all dev splits.
"""

from __future__ import annotations

import re

YEAR = re.compile(r"(?:19|20)\d{2}\s*[-–—→]\s*(?:(?:19|20)\d{2}|present|now|today|current|date|aujourd'hui|pr[ée]sent|…|\.\.\.)"
                  r"|\((?:19|20)\d{2}\)|\b(?:since|depuis) (?:19|20)\d{2}|\|\s*(?:19|20)\d{2}", re.IGNORECASE)
FIRST_PERSON = {
    "en": re.compile(r"(?<![\w'’])(?:(?-i:I)|I'?m|I'?ve|I'?d|my|me|myself|mine|our|you|your)(?![\w'’])", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w'’])(?:je|j['’]|mon|ma|mes|moi|m['’]|nous|notre|nos)(?![\w])", re.IGNORECASE),
}
# words that make the role the fact: unpaid or member roles, union and party offices, own health
SELF_ROLE = {
    "en": re.compile(r"\b(?:volunteer(?:ed|ing)?\b(?! (?:instructors|tutors|mentors|teams?|staff|programmes?|programs?|services|co-?ordinator|manager|recruitment|training|hours))|member of|member since|membership|(?:active|paid-up|life|lifelong|card-carrying|party|union|church) member|rep|reps|representative|steward|delegate|convenor|treasurer|chair\w*|"
                     r"secretary|candidate|councillor|activist|campaign\w*|trustee|elder|deacon|churchwarden|warden|"
                     r"altar|choir|chorister|parishioner|congregation|worship|patient|diagnos\w+|sick|signed off|off work|"
                     r"leave|treatment|recover\w*|inmate|prisoner|serving|sentence|custody|convict\w*|released|tagged|"
                     r"self-employed carer|unpaid|carer for|branch|weekend|sunday school|madrasa|madrassa|catechis\w*)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:b[ée]n[ée]vole\w*|membre|adh[ée]rent\w*|militant\w*|d[ée]l[ée]gu[ée]\w*|[ée]lue?s?|tr[ée]sori[eè]re?|"
                     r"secr[ée]taire|candidat\w*|conseill[eè]re? municipal\w*|paroissien\w*|patient\w*|diagnos\w+|arr[êe]t|"
                     r"cong[ée] maladie|malade|traitement|d[ée]tenu\w*|incarc[ée]r[ée]\w*|condamn\w+|section|communal\w*|conseill\w+ r[ée]gional\w*|"
                     r"conseill\w+ d[ée]partemental\w*|catéchis\w*|week-end)\b", re.IGNORECASE),
}
JOB_TITLE = {
    "en": re.compile(r"\b(?:nurse|consultant|specialist|worker|officer|manager|co-?ordinator|director|lead|head of|adviser|advisor|"
                     r"analyst|scientist|lawyer|solicitor|barrister|counsel|assistant|administrator|engineer|developer|"
                     r"technician|counsellor|counselor|therapist|psychologist|physician|doctor|surgeon|midwife|pharmacist|"
                     r"researcher|lecturer|professor|teacher|tutor|trainer|caseworker|clerk|paralegal|associate|intern|"
                     r"executive|inspector|investigator|planner|designer|editor|journalist|accountant|auditor|"
                     r"registrar|genetic counsell?or|practitioner|clinician|psychiatrist|chaplain|minister|pastor|"
                     r"organi[sz]er|caseworker|receptionist|porter|operator|carer|care assistant|support worker)s?\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:responsable|coordinat(?:eur|rice)|charg[ée]e? (?:de|d['’])|conseill(?:er|[eè]re)|avocate?|associ[ée]e|"
                     r"aide-soignante?|infirmi(?:er|[eè]re)|m[ée]decin|direct(?:eur|rice)|chef(?:fe)? de|assistante?|juriste|"
                     r"animat(?:eur|rice)|[ée]ducat(?:eur|rice)|r[ée]f[ée]rente?|ing[ée]nieure?|technicien(?:ne)?|psychologue|"
                     r"agente?|collaborat(?:eur|rice)|gestionnaire|pasteure?|aum[ôo]ni(?:er|[eè]re)|cpip|cadre|"
                     r"consultante?|chercheu(?:r|se)|biologiste|g[ée]n[ée]ticien(?:ne)?|sage-femme|pharmacien(?:ne)?)s?\b", re.IGNORECASE),
}
BULLET = r"^\s*(?:[-•*▸▪›◦–—>]|\d+[.)])?\s*"
# professional action openings, broad (health, genetics, ethnic origin, orientation, criminal record)
ACTION = {
    "en": re.compile(BULLET + r"(?:ran|run|led|lead|managed|manage|co-?ordinated|co-?ordinate|delivered|deliver|designed|built|"
                     r"validated|developed|implemented|administered|administer|advised|advise|supported|support|trained|train|"
                     r"audited|wrote|drafted|briefed|processed|process|reviewed|set up|launched|oversaw|supervised|"
                     r"introduced|partnered|established|organi[sz]ed|taught|teach|mentored|facilitated|commissioned|"
                     r"analy[sz]ed|analysis of|casework|case management|referrals?|screened|assessed|assessments?|"
                     r"provided|provide|authored|co-authored|negotiated|handled|represented|conducted|prepared|"
                     r"needle exchange|research on|evaluation of|reporting on|translated|translating|translation of|"
                     r"interpreted|interpreting)\b", re.IGNORECASE),
    "fr": re.compile(BULLET + r"(?:accompagnement|coordination|gestion|mise en place|politique|projets?|repr[ée]sentation|"
                     r"arbitrage|amendements?|enregistrement|d[ée]pistages?|animation|conception|organisation|formation|"
                     r"pilotage|suivi|r[ée]daction|conseil|analyse|[ée]valuation|encadrement|prise en charge|orientation|"
                     r"identification|sensibilisation|accueil|d[ée]ploiement|cr[ée]ation|dossiers?|instruction|"
                     r"recrutement|pr[ée]vention|plaidoyer|audit|traduction|interpr[ée]tariat)\b", re.IGNORECASE),
}
# the narrow list for trade unions and parties: legal, payroll and advisory services to them
SERVICE = {
    "en": re.compile(BULLET + r"(?:advised|advising|represented|representing|acted for|led for|appeared for|administered|"
                     r"processed|briefed|drafted|negotiated with|reconciled)\b", re.IGNORECASE),
    "fr": re.compile(BULLET + r"(?:repr[ée]sentation|arbitrage|gestion des retenues|conseil juridique|d[ée]fense|plaidoirie)\b",
                     re.IGNORECASE),
}
PEOPLE = {
    "en": r"(?:students|people|patients|clients|residents|families|households|refugees|migrants|asylum seekers|women|men|"
          r"children|young people|youths?|users|service users|prisoners|offenders|learners|participants|cases|carriers|"
          r"survivors|claimants|applicants|beneficiaries|adults|girls|boys|veterans|employees|staff)",
    "fr": r"(?:personnes|femmes|hommes|demandeu(?:rs|ses) d['’]asile|patients|patientes|familles|jeunes|d[ée]tenus|"
          r"b[ée]n[ée]ficiaires|usagers|migrants|r[ée]fugi[ée]s|enfants|mineurs|salari[ée]s|agents|porteuses|porteurs)",
}
COUNT = {lang: re.compile(r"\b\d[\d,. ]*\d\+?\s+(?:[\w'’-]+\s+){0,3}?" + PEOPLE[lang] + r"\b", re.IGNORECASE)
         for lang in PEOPLE}
# payroll and HR processing of other people's deductions and absences
PAYROLL = {
    "en": re.compile(r"\b(?:deductions?|check-?off|calculations?|payroll|pay gap|reconciliations?|returns? to HMRC|docas)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:retenues?|paie|bulletins? de (?:paie|salaire)|calculs?|[ée]cart de r[ée]mun[ée]ration|index (?:de l')?[ée]galit[ée])\b",
                     re.IGNORECASE),
}
BROAD = frozenset({"health", "genetic_biometric", "ethnic_origin", "sexual_orientation", "criminal_record"})
NARROW = frozenset({"trade_union", "political_opinion"})
JOB_LINE_CATEGORIES = frozenset({"health", "genetic_biometric", "ethnic_origin", "sexual_orientation",
                                 "trade_union", "political_opinion", "religious_belief"})
TITLE_REACH = 60
DATED_REACH = 80  # "LGBT Health and Wellbeing, Edinburgh — Helpline & Volunteer Services Manager | 2019–"
# sections whose lines are the candidate's own life, not paid work
PRIVATE_SECTION = re.compile(r"volunteer|b[ée]n[ée]vol|interest|hobbi|loisir|personal|personnel|divers|other|autres|"
                             r"community|engagement|associati|marge|about me|[àa] propos|extra", re.IGNORECASE)
# roles that are themselves a membership or office: a job line needs a year range for these
DATED_ONLY = frozenset({"trade_union", "political_opinion", "religious_belief"})
SEGMENT = re.compile(r"\s[·•|—–]\s|\t|\s{3,}")
SENTENCE = re.compile(r"\w[.!?]\s+[A-Z]")
SENTENCE_END = re.compile(r"(?<=\w[.!?])\s+(?=[A-ZÀ-Ý])")  # the space between two sentences


# the candidate speaking of themself (not "you", which a form question addresses)
SELF = {
    "en": re.compile(r"(?<![\w'’])(?:(?-i:I)|I'?m|I'?ve|I'?d|my|me|myself|mine)(?![\w'’])", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w'’])(?:je|j['’]|mon|ma|mes|moi|m['’])(?![\w])", re.IGNORECASE),
}
# a quoted title of three words or more: « Syndicats et partis en Haïti », "Ageing well with HIV"
QUOTED_TITLE = re.compile(r"[«“\"]\s?[A-ZÀ-Ý][^«»“”\"\n]{10,200}?[»”\"]")
SENTENCE_STOP = re.compile(r"[.!?\n]")
AFFIRMED = re.compile(r"\?[^\S\n]*(?:[-–—:]\s*)?(?:yes|oui|y|o)\b", re.IGNORECASE)


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
DECLINED_VALUE = re.compile(r"(?:prefer not to (?:say|answer|disclose)|i (?:would )?prefer not to say|not disclosed|"
                            r"declined?|rather not say|n/?a|nil|none|no|non|néant|neant|aucune?|vierge|"
                            r"(?:je )?pr[ée]f[èe]re ne pas (?:r[ée]pondre|le dire)|ne souhaite pas r[ée]pondre|"
                            r"non communiqu[ée]e?)\W*(?:\([^)\n]{0,30}\)\W*)?$", re.IGNORECASE)
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
        begin = max([line_start, *(m.end() for m in SENTENCE_STOP.finditer(text, line_start, t_start))])
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
ORG_HEAD = {
    "en": r"Bank|Berhad|Bhd|PLC|Ltd|Limited|Inc|Hospital|Clinic|Museum|Academy|College|School|Schools|University|"
          r"Institute|Trust|Foundation|Ministry|Department|Division|Unit|Project|Programme|Program|Agency|Authority|"
          r"Centre|Center|Fund|Relief|Board|Commission|Bureau|Office|Press|Journal|Review|Studies|Laboratory|Lab|"
          r"Library|Archives?|Complex|Plant|Factory|Campus",
    "fr": r"Banque|Bank|H[ôo]pital|Clinique|Mus[ée]e|Acad[ée]mie|Coll[èe]ge|[ÉE]cole|Lyc[ée]e|Universit[ée]|Institut|"
          r"Fondation|Minist[èe]re|Direction|Agence|Centre|Fonds|Secours|Office|Revue|Presses|Laboratoire|Programme|Projet|"
          r"Biblioth[èe]que|Archives|Mutualit[ée]|Mutuelle|Usine|Campus",
}
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
    if FIRST_PERSON[lang].search(line) or SELF_ROLE[lang].search(line) or PRIVATE_SECTION.search(section):
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
    if category in NARROW and SERVICE[lang].search(line):
        return True
    if category in ("health", "trade_union") and PAYROLL[lang].search(line):
        return True
    if category in BROAD:
        for m in COUNT[lang].finditer(line):
            if m.start() <= rel_e + 60 and m.end() >= rel_s - 40:
                return True
    return False
