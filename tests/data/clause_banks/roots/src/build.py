import json, sys, importlib
sys.path.insert(0, '.')
for lang in ('en', 'fr'):
    mod = importlib.import_module('data_' + lang)
    out = []
    items = [it for j, it in enumerate(mod.ITEMS, 1) if j not in mod.DROP]
    for i, (text, sens, keep) in enumerate(items, 1):
        s = []
        for x in sens:
            if isinstance(x, str):
                s.append({"category": "ethnic_origin", "text": x})
            else:
                s.append({"category": x[0], "text": x[1]})
        for x in s:
            assert text.count(x["text"]) == 1, (lang, i, x)
        for k in keep:
            assert k in text, (lang, i, k)
        out.append({"id": f"roots-{lang}-{i:04d}", "lang": lang, "text": text, "sensitive": s, "keep": keep, "contact": []})
    with open(f'../{lang}.jsonl', 'w') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(lang, len(out), sum(1 for o in out if o["sensitive"]))
