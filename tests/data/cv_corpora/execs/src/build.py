"""Only numbers the hand-written CVs and writes them as JSON lines (no text is generated here)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import en_a, en_b, en_c, en_d, fr_a, fr_b, fr_c, fr_d  # noqa: E402

PARTS = {"en": [en_a, en_b, en_c, en_d], "fr": [fr_a, fr_b, fr_c, fr_d]}


def main():
    out = HERE.parent
    for lang, mods in PARTS.items():
        cvs = [cv for m in mods for cv in m.BOOK.cvs]
        problems = []
        with open(out / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for i, cv in enumerate(cvs, 1):
                cid = f"execs-{lang}-{i:03d}"
                for s in cv["sensitive"]:
                    n = cv["text"].count(s["text"])
                    if n != 1:
                        problems.append(f"{cid}: sensitive x{n}: {s['text']!r}")
                for k in cv["keep"] + cv["contact"]:
                    if k not in cv["text"]:
                        problems.append(f"{cid}: missing: {k!r}")
                rec = {"id": cid, "lang": lang, **cv}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(lang, len(cvs), "CVs")
        for p in problems:
            print("  ", p)


if __name__ == "__main__":
    main()
