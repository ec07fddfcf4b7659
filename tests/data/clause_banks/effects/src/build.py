import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from en import EN
from fr import FR
H, G, A, F = "health", "genetic_biometric", "date_of_birth_age", "family_status"
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for lang, items in (("en", EN), ("fr", FR)):
    with open(os.path.join(out, f"{lang}.jsonl"), "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            text, sens, keep = it[0], it[1], it[2]
            contact = it[3] if len(it) > 3 else []
            for c, s in sens:
                assert text.count(s) == 1, (lang, i, s)
            for k in keep + contact:
                assert k in text, (lang, i, k)
            fh.write(json.dumps({"id": f"effects-{lang}-{i:04d}", "lang": lang, "text": text,
                "sensitive": [{"category": c, "text": s} for c, s in sens],
                "keep": keep, "contact": contact}, ensure_ascii=False) + "\n")
    print(lang, len(items), sum(1 for it in items if it[1]))
