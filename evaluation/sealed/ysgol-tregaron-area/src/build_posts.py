import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from markup import parse
ns = {}
for f in "abcd":
    exec(open(os.path.join(HERE, f"posts_{f}.py"), encoding="utf-8").read(), ns)
P = ns["P"]
LAB = {"off": "offensive", "live": "live_location", "link": "unsafe_link", "pol": "political_or_commercial"}
out = []; langs = {}
for i, d in enumerate(P, 1):
    text, spans = parse(d["text"])
    labels = {v: False for v in LAB.values()}
    for k in d["labels"].split():
        labels[LAB[k]] = True
    images = []; ispans = []
    for j, (fn, alt) in enumerate(d["imgs"]):
        fn_t, fn_s = parse(fn); alt_t, alt_s = parse(alt)
        images.append({"filename": fn_t, "alt": alt_t})
        for field, ss in (("filename", fn_s), ("alt", alt_s)):
            for s in ss:
                ispans.append({"image": j, "field": field, **s})
    pid = f"tre-p-{i:03d}"
    langs[pid] = d["lang"]
    out.append({"id": pid, "text": text, "images": images, "labels": labels, "spans": spans, "image_spans": ispans})
with open(os.path.join(HERE, "..", "posts.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
json.dump(langs, open(os.path.join(HERE, "post_langs.json"), "w"), indent=0)
print(len(out))
