import json, re, glob, random, csv, os, importlib.util, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
roster = {r["pupil_id"]: r for r in csv.DictReader(open(os.path.join(OUT, "roster.csv")))}
MARK = re.compile(r"\{\{(.+?)\|(BE\d{3}|-)\}\}")
def parse(raw):
    spans, out, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        name, pid = m.group(1), m.group(2)
        out.append(name)
        spans.append({"start": start, "end": start + len(name), "type": "pupil-name",
                      "pupil_id": None if pid == "-" else pid, "on_roster": pid != "-", "text": name})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
        if s["pupil_id"]: assert s["pupil_id"] in roster, s
    assert "{{" not in text and "}}" not in text, text
    return text, spans
items = []
for fn in sorted(glob.glob(os.path.join(HERE, "p_*.txt"))):
    for line in open(fn, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        o, lang, raw = line.split("|", 2)
        assert o in ("O", "N") and lang in ("en", "cy", "mix"), line
        items.append((o == "O", lang, raw.replace("\\n", "\n"), os.path.basename(fn)))
texts = set()
for off, lang, raw, src in items:
    t, _ = parse(raw)
    assert t not in texts, "dup: " + t[:60]
    texts.add(t)
random.Random(20261207).shuffle(items)
n_off = sum(1 for i in items if i[0]); n_cy = sum(1 for i in items if i[1] in ("cy", "mix"))
with open(os.path.join(OUT, "posts.jsonl"), "w", encoding="utf-8") as f:
    for i, (off, lang, raw, src) in enumerate(items, 1):
        text, spans = parse(raw)
        f.write(json.dumps({"id": f"rp-{i:03d}", "text": text, "images": [],
            "labels": {"offensive": off, "live_location": False, "unsafe_link": False, "political_or_commercial": False},
            "spans": spans, "image_spans": []}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "lang.json"), "w") as f:
    json.dump({f"rp-{i:03d}": lang for i, (off, lang, raw, src) in enumerate(items, 1)}, f)
print(f"posts {len(items)} offensive {n_off} clean-ish {len(items)-n_off} welsh/mixed {n_cy} ({100*n_cy/len(items):.0f}%)")
from collections import Counter
print(Counter((src, off) for off, lang, raw, src in items))
