"""Strip inline marks from the hand-typed CVs in src/ and write en.jsonl / fr.jsonl.

Marks: {X:text} where X is one of
  H health, R religious_belief, P political_opinion, U trade_union, E ethnic_origin,
  S sexual_orientation, C criminal_record, G genetic_biometric, D date_of_birth_age,
  F family_status, k keep, c contact.
"""
import importlib.util
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
CATS = {"H": "health", "R": "religious_belief", "P": "political_opinion",
        "U": "trade_union", "E": "ethnic_origin", "S": "sexual_orientation",
        "C": "criminal_record", "G": "genetic_biometric", "D": "date_of_birth_age",
        "F": "family_status"}
MARK = re.compile(r"\{([HRPUESCGDFkc]):(.*?)\}", re.S)


def parse(raw):
    sens, keep, contact = [], [], []
    def sub(m):
        code, txt = m.group(1), m.group(2)
        if code == "k":
            if txt not in keep:
                keep.append(txt)
        elif code == "c":
            if txt not in contact:
                contact.append(txt)
        else:
            sens.append({"category": CATS[code], "text": txt})
        return txt
    text = MARK.sub(sub, raw.strip("\n"))
    assert "{" not in text and "}" not in text, text[:80]
    return text, sens, keep, contact


def load(lang):
    cvs = []
    for f in sorted((HERE / "src").glob(f"{lang}_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        cvs.extend(mod.CVS)
    return cvs


for lang in ("en", "fr"):
    with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as out:
        for i, raw in enumerate(load(lang), 1):
            text, sens, keep, contact = parse(raw)
            rec = {"id": f"finance-{lang}-{i:03d}", "lang": lang, "text": text,
                   "sensitive": sens, "keep": keep, "contact": contact}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
