# Parses the inline span markup and writes test/posts.jsonl and test/comments.jsonl with computed offsets.
import json, os, re, sys, csv, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from posts_data import POSTS
from comments_data import COMMENTS
OUT = os.path.join(HERE, "..", "test")
roster = {r["pupil_id"] for r in csv.DictReader(open(os.path.join(OUT, "roster.csv")))}
TYPES = {"tel": "phone-number", "email": "email-address", "addr": "home-address", "dob": "date-of-birth"}
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")

def parse(s):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()]); cur += m.start() - pos
        key, txt = m.group(1), m.group(2)
        if key in TYPES:
            sp = {"start": cur, "end": cur + len(txt), "type": TYPES[key], "pupil_id": None, "on_roster": None, "text": txt}
        else:
            assert key == "-" or key in roster, key
            sp = {"start": cur, "end": cur + len(txt), "type": "pupil-name",
                  "pupil_id": None if key == "-" else key, "on_roster": key != "-", "text": txt}
        spans.append(sp); out.append(txt); cur += len(txt); pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, s
    for sp in spans: assert text[sp["start"]:sp["end"]] == sp["text"]
    return text, spans

LAB = {"O": "offensive", "L": "live_location", "U": "unsafe_link", "C": "political_or_commercial"}
with open(os.path.join(OUT, "posts.jsonl"), "w") as fh:
    for i, (lang, flags, raw, imgs) in enumerate(POSTS, 1):
        text, spans = parse(raw)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs):
            f, fs = parse(fn); a, as_ = parse(alt)
            images.append({"filename": f, "alt": a})
            for field, ss in (("filename", fs), ("alt", as_)):
                for sp in ss: ispans.append({"image": k, "field": field, **sp})
        labels = {v: (k in flags) for k, v in LAB.items()}
        fh.write(json.dumps({"id": f"post-{i:03d}", "text": text, "images": images, "labels": labels,
                             "spans": spans, "image_spans": ispans}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "comments.jsonl"), "w") as fh:
    for i, (lang, role, cat, raw) in enumerate(COMMENTS, 1):
        text, spans = parse(raw)
        fh.write(json.dumps({"id": f"comment-{i:03d}", "text": text, "author_role": role, "category": cat,
                             "spans": spans}, ensure_ascii=False) + "\n")

# summary
P = [json.loads(l) for l in open(os.path.join(OUT, "posts.jsonl"))]
prob = [p for p in P if p["spans"] or p["image_spans"] or any(p["labels"].values())]
print("posts", len(P), "with problem", len(prob))
print("labels", {k: sum(p["labels"][k] for p in P) for k in LAB.values()})
st = collections.Counter(s["type"] for p in P for s in p["spans"])
sp = collections.Counter(t for p in P for t in {s["type"] for s in p["spans"]})
print("post spans", dict(st), "posts containing", dict(sp))
print("offroster", sum(1 for p in P for s in p["spans"] if s["type"] == "pupil-name" and not s["on_roster"]),
      "image spans", sum(len(p["image_spans"]) for p in P), "posts w/ images", sum(bool(p["images"]) for p in P))
print("post lang", collections.Counter(x[0] for x in POSTS))
C = [json.loads(l) for l in open(os.path.join(OUT, "comments.jsonl"))]
print("comments", len(C), dict(collections.Counter(c["category"] for c in C)))
print("roles", dict(collections.Counter(c["author_role"] for c in C)))
print("comment spans", dict(collections.Counter(s["type"] for c in C for s in c["spans"])))
print("comment lang", collections.Counter(x[0] for x in COMMENTS))
