"""Build en.jsonl / fr.jsonl from hand-typed CVs in src/*.py.

Marks used in the literals (stripped here, nothing generated):
  [[X|text]]  sensitive span, X = category code
  {{text}}    keep string
  <<text>>    contact string
"""
import importlib.util, json, re, pathlib, sys

CATS = {"H": "health", "R": "religious_belief", "P": "political_opinion",
        "U": "trade_union", "E": "ethnic_origin", "S": "sexual_orientation",
        "C": "criminal_record", "G": "genetic_biometric",
        "D": "date_of_birth_age", "F": "family_status"}
MARK = re.compile(r"\[\[([A-Z])\|(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)
HERE = pathlib.Path(__file__).parent


def parse(raw):
    sens, keep, contact = [], [], []
    def sub(m):
        if m.group(1):
            sens.append({"category": CATS[m.group(1)], "text": m.group(2)})
            return m.group(2)
        if m.group(3):
            if m.group(3) not in keep:
                keep.append(m.group(3))
            return m.group(3)
        if m.group(4) not in contact:
            contact.append(m.group(4))
        return m.group(4)
    text = MARK.sub(sub, raw.strip("\n"))
    return text, sens, keep, contact


def main():
    out = {"en": [], "fr": []}
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for cid, raw in mod.CVS:
            lang = cid.split("-")[1]
            text, sens, keep, contact = parse(raw)
            out[lang].append({"id": cid, "lang": lang, "text": text,
                              "sensitive": sens, "keep": keep, "contact": contact})
    for lang, rows in out.items():
        rows.sort(key=lambda r: r["id"])
        with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
