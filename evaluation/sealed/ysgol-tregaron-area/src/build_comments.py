import json, os, sys, random
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from markup import parse
ns = {}
exec(open(os.path.join(HERE, "comments_src.py"), encoding="utf-8").read(), ns)
C = list(ns["C"])
random.Random(2612).shuffle(C)
out = []; langs = {}
for i, d in enumerate(C, 1):
    text, spans = parse(d["text"])
    cid = f"tre-c-{i:03d}"
    langs[cid] = d["lang"]
    out.append({"id": cid, "text": text, "author_role": d["role"], "category": d["cat"], "spans": spans})
with open(os.path.join(HERE, "..", "comments.jsonl"), "w", encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
json.dump(langs, open(os.path.join(HERE, "comment_langs.json"), "w"), indent=0)
print(len(out))
