"""Strip inline marks from the hand-typed CVs in src/ and write en.jsonl / fr.jsonl.

Marks: {X|text} sensitive (X = category code), [[text]] keep, <<text>> contact.
"""
import importlib.util, json, pathlib, re

CATS = {"H": "health", "R": "religious_belief", "P": "political_opinion",
        "U": "trade_union", "E": "ethnic_origin", "S": "sexual_orientation",
        "C": "criminal_record", "G": "genetic_biometric",
        "D": "date_of_birth_age", "F": "family_status"}
MARK = re.compile(r"\{([A-Z])\|(.+?)\}|\[\[(.+?)\]\]|<<(.+?)>>", re.S)
HERE = pathlib.Path(__file__).parent


def parse(raw):
    out, sens, keep, contact, pos = [], [], [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        pos = m.end()
        if m.group(1):
            sens.append({"category": CATS[m.group(1)], "text": m.group(2)})
            out.append(m.group(2))
        elif m.group(3):
            keep.append(m.group(3)); out.append(m.group(3))
        else:
            contact.append(m.group(4)); out.append(m.group(4))
    out.append(raw[pos:])
    text = "".join(out).strip("\n")
    dedup = lambda xs: list(dict.fromkeys(xs))
    return text, sens, dedup(keep), dedup(contact)


def load(lang):
    rows = []
    for f in sorted((HERE / "src").glob(f"{lang}*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        rows.extend(mod.CVS)
    return rows


for lang in ("en", "fr"):
    rows = load(lang)
    with open(HERE / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
        for i, raw in enumerate(rows, 1):
            text, sens, keep, contact = parse(raw)
            fh.write(json.dumps({"id": f"legal-{lang}-{i:03d}", "lang": lang, "text": text,
                                 "sensitive": sens, "keep": keep, "contact": contact},
                                ensure_ascii=False) + "\n")
    print(lang, len(rows))
