"""Assemble the hand-typed CVs in src/*.py into en.jsonl / fr.jsonl.

Each CV is a literal string with inline marks {X:text}; this script only strips the marks
and records the marked text. Codes: H health, R religious_belief, P political_opinion,
U trade_union, E ethnic_origin, S sexual_orientation, C criminal_record,
G genetic_biometric, A date_of_birth_age, F family_status, K keep, N contact.
"""
import importlib.util
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
CATS = {"H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
        "E": "ethnic_origin", "S": "sexual_orientation", "C": "criminal_record",
        "G": "genetic_biometric", "A": "date_of_birth_age", "F": "family_status"}
MARK = re.compile(r"\{([HRPUESCGAFKN]):(.*?)\}", re.S)


def parse(cv_id, raw):
    sens, keep, contact = [], [], []

    def repl(m):
        code, txt = m.group(1), m.group(2)
        if code == "K":
            keep.append(txt)
        elif code == "N":
            contact.append(txt)
        else:
            sens.append({"category": CATS[code], "text": txt})
        return txt

    text = MARK.sub(repl, raw.strip("\n"))
    lang = cv_id.split("-")[1]
    dedup = lambda xs: list(dict.fromkeys(xs))
    return {"id": cv_id, "lang": lang, "text": text, "sensitive": sens,
            "keep": dedup(keep), "contact": dedup(contact)}


def main():
    out = {"en": [], "fr": []}
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for cv_id, raw in mod.CVS:
            rec = parse(cv_id, raw)
            out[rec["lang"]].append(rec)
    for lang, recs in out.items():
        recs.sort(key=lambda r: r["id"])
        with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(recs))


if __name__ == "__main__":
    main()
