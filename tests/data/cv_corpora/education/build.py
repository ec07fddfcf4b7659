"""Assemble the hand-typed CVs in src/*.py into en.jsonl / fr.jsonl.

Each CV is typed as a literal string with inline marks {CODE:text}. This script only
strips the marks and records the marked strings; it generates nothing.
Codes: HE health, RE religious_belief, PO political_opinion, TU trade_union,
ET ethnic_origin, SO sexual_orientation, CR criminal_record, GB genetic_biometric,
DB date_of_birth_age, FA family_status, K keep, C contact.
"""
import json, re, pathlib, importlib.util

CATS = {"HE": "health", "RE": "religious_belief", "PO": "political_opinion",
        "TU": "trade_union", "ET": "ethnic_origin", "SO": "sexual_orientation",
        "CR": "criminal_record", "GB": "genetic_biometric", "DB": "date_of_birth_age",
        "FA": "family_status"}
MARK = re.compile(r"\{(HE|RE|PO|TU|ET|SO|CR|GB|DB|FA|K|C):(.*?)\}", re.S)
HERE = pathlib.Path(__file__).parent


def parse(raw):
    sens, keep, contact = [], [], []
    def sub(m):
        code, s = m.group(1), m.group(2)
        if code == "K":
            keep.append(s)
        elif code == "C":
            contact.append(s)
        else:
            sens.append({"category": CATS[code], "text": s})
        return s
    text = MARK.sub(sub, raw.strip("\n"))
    assert "{" not in text, text[:80]
    dedup = lambda xs: list(dict.fromkeys(xs))
    return text, sens, dedup(keep), dedup(contact)


def load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / "src" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CVS


for lang, parts in (("en", ["en1", "en2"]), ("fr", ["fr1", "fr2"])):
    rows = []
    for part in parts:
        for raw in load(part):
            text, sens, keep, contact = parse(raw)
            rows.append({"id": f"education-{lang}-{len(rows) + 1:03d}", "lang": lang,
                         "text": text, "sensitive": sens, "keep": keep, "contact": contact})
    with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(lang, len(rows))
