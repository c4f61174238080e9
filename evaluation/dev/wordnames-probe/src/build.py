import csv, json, re, sys
sys.path.insert(0, "src")
roster = list(csv.DictReader(open("roster.csv")))
by = {r["preferred_name"].lower(): r for r in roster}
from posts_a import A
from posts_b import B
MK = re.compile(r"\[([^\[\]|]+)(?:\|([^\[\]]+))?\]")
def render(t):
    out = ""; spans = []; pos = 0
    for m in MK.finditer(t):
        out += t[pos:m.start()]
        txt, key = m.group(1), m.group(2)
        if txt.startswith("@"):
            r = by[txt[1:].lower()]; txt = r["first_name"] + " " + r["last_name"]; key = r["preferred_name"]
        if key == "~":
            pid, on = None, False
        else:
            k = (key or txt).lower().lstrip("#")
            r = by[k]; pid, on = r["pupil_id"], True
        s = len(out); out += txt
        spans.append({"start": s, "end": len(out), "type": "pupil-name", "pupil_id": pid, "on_roster": on, "text": txt})
        pos = m.end()
    out += t[pos:]
    for sp in spans: assert out[sp["start"]:sp["end"]] == sp["text"]
    return out, spans
posts = []
items = [(t, True) for t in A] + [(t, False) for t in B]
# interleave
import random; random.seed(3); random.shuffle(items)
for i, (t, expect) in enumerate(items):
    text, spans = render(t)
    assert bool(spans) == expect, t
    assert "[" not in text and "]" not in text, t
    posts.append({"id": f"wn-{i+1:03d}", "text": text, "images": [], "labels": {"offensive": False, "live_location": False, "unsafe_link": False, "political_or_commercial": False}, "spans": spans, "image_spans": []})
with open("posts.jsonl", "w") as fh:
    for p in posts: fh.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(A), len(B), len(posts), sum(len(p["spans"]) for p in posts), sum(1 for p in posts for s in p["spans"] if not s["on_roster"]))
