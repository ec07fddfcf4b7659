"""Build en.jsonl / fr.jsonl from the hand-typed CVs in src/*.py.

Each CV is typed as a literal string with inline marks; this script only strips the marks:
  [[X:text]]  sensitive span, X = category code (see CODES)
  {{text}}    keep string
  <<text>>    contact string
Nothing is generated: every word of every CV is in src/.
"""
import importlib.util
import json
import pathlib
import re

CODES = {
    "H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
    "E": "ethnic_origin", "S": "sexual_orientation", "C": "criminal_record",
    "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status",
}
MARK = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)
HERE = pathlib.Path(__file__).parent


def strip(raw):
    sensitive, keep, contact = [], [], []
    def repl(m):
        if m.group(1):
            sensitive.append({"category": CODES[m.group(1)], "text": m.group(2)})
            return m.group(2)
        if m.group(3):
            if m.group(3) not in keep:
                keep.append(m.group(3))
            return m.group(3)
        if m.group(4) not in contact:
            contact.append(m.group(4))
        return m.group(4)
    text = MARK.sub(repl, raw.strip("\n"))
    return text, sensitive, keep, contact


def main():
    out = {"en": [], "fr": []}
    for path in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for cv_id, raw in mod.CVS:
            lang = cv_id.split("-")[1]
            text, sens, keep, contact = strip(raw)
            out[lang].append({"id": cv_id, "lang": lang, "text": text, "sensitive": sens,
                              "keep": keep, "contact": contact})
    for lang, rows in out.items():
        rows.sort(key=lambda r: r["id"])
        with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
