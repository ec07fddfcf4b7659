import json, importlib, sys, os
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
out = os.path.dirname(here)
for lang, mods in (("en", ["en_a", "en_b", "en_c"]), ("fr", ["fr_a", "fr_b", "fr_c"])):
    items = []
    for m in mods:
        try: items += importlib.import_module(m).ITEMS
        except ModuleNotFoundError: pass
    with open(os.path.join(out, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, (text, sens, keep) in enumerate(items, 1):
            for c, s in sens: assert s in text, (lang, i, s)
            for k in keep: assert k in text, (lang, i, k)
            f.write(json.dumps({"id": f"records-{lang}-{i:04d}", "lang": lang, "text": text,
                "sensitive": [{"category": c, "text": s} for c, s in sens], "keep": keep, "contact": []}, ensure_ascii=False) + "\n")
    pos = sum(1 for t in items if t[1])
    print(lang, len(items), "pos", pos, "neg", len(items) - pos)
