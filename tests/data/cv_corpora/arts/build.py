"""Strip the inline marks from the hand-typed CVs in src/ and write en.jsonl / fr.jsonl.

Marks: [[X:text]] sensitive (X = category code), {{text}} keep, <<text>> contact.
Nothing here generates text; it only removes the marks and lists the marked strings.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

CODES = {
    "H": "health", "R": "religious_belief", "P": "political_opinion", "U": "trade_union",
    "E": "ethnic_origin", "S": "sexual_orientation", "C": "criminal_record",
    "G": "genetic_biometric", "D": "date_of_birth_age", "F": "family_status",
}
MARK = re.compile(r"\[\[([A-Z]):(.+?)\]\]|\{\{(.+?)\}\}|<<(.+?)>>", re.S)


def parse(marked):
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
    text = MARK.sub(repl, marked.strip("\n"))
    return text, sensitive, keep, contact


def build(lang, modules):
    rows = []
    for mod in modules:
        rows.extend(__import__(mod).CVS)
    with open(os.path.join(HERE, f"{lang}.jsonl"), "w", encoding="utf-8") as out:
        for i, marked in enumerate(rows, 1):
            text, sensitive, keep, contact = parse(marked)
            out.write(json.dumps({"id": f"arts-{lang}-{i:03d}", "lang": lang, "text": text,
                                  "sensitive": sensitive, "keep": keep, "contact": contact},
                                 ensure_ascii=False) + "\n")
    print(lang, len(rows))


if __name__ == "__main__":
    build("en", ["en_a", "en_b"])
    build("fr", ["fr_a", "fr_b"])
