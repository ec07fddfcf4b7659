"""Strip inline marks from the hand-typed CVs in src/ and write en.jsonl / fr.jsonl.

Marks: {X:text} where X is one of
  H health, R religious_belief, P political_opinion, U trade_union, E ethnic_origin,
  S sexual_orientation, C criminal_record, G genetic_biometric, D date_of_birth_age,
  F family_status, k keep, c contact.
Nothing here fills templates: each CV is a literal string in src/*.py.
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
        code, inner = m.group(1), m.group(2)
        if code == "k":
            if inner not in keep:
                keep.append(inner)
        elif code == "c":
            if inner not in contact:
                contact.append(inner)
        else:
            sens.append({"category": CATS[code], "text": inner})
        return inner

    text = MARK.sub(sub, raw.strip("\n"))
    assert "{" not in text and "}" not in text, text[:80]
    return text, sens, keep, contact


def load(lang):
    cvs = []
    for path in sorted((HERE / "src").glob(f"{lang}*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        cvs.extend(mod.CVS)
    return cvs


def main():
    for lang in ("en", "fr"):
        with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as out:
            for i, raw in enumerate(load(lang), 1):
                text, sens, keep, contact = parse(raw)
                rec = {"id": f"transport-{lang}-{i:03d}", "lang": lang, "text": text,
                       "sensitive": sens, "keep": keep, "contact": contact}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
