import csv, json, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from school import build_roster, STAFF, TOML
from posts_data import POSTS
from comments_data import COMMENTS

OUT = os.path.join(os.path.dirname(__file__), "..", "test")
os.makedirs(OUT, exist_ok=True)
rows, IDS = build_roster()
TYPES = {"ph": "phone-number", "em": "email-address", "ad": "home-address", "db": "date-of-birth"}
MARK = re.compile(r"\{(p:[a-z-]+|ph|em|ad|db):(.+?)\}")

def parse(s):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        start = sum(len(x) for x in out)
        txt = m.group(2)
        out.append(txt)
        tag = m.group(1)
        if tag.startswith("p:"):
            key = tag[2:]
            pid = None if key == "-" else IDS[key]
            spans.append({"start": start, "end": start + len(txt), "type": "pupil-name",
                          "pupil_id": pid, "on_roster": pid is not None, "text": txt})
        else:
            spans.append({"start": start, "end": start + len(txt), "type": TYPES[tag],
                          "pupil_id": None, "on_roster": None, "text": txt})
        pos = m.end()
    out.append(s[pos:])
    t = "".join(out)
    assert "{" not in t and "}" not in t, t
    for sp in spans:
        assert t[sp["start"]:sp["end"]] == sp["text"]
    return t, spans

with open(os.path.join(OUT, "roster.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                "consent_social_media", "consent_website"])
    w.writerows(rows)
with open(os.path.join(OUT, "staff.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
    w.writerows(STAFF)
open(os.path.join(OUT, "school.toml"), "w").write(TOML)

LAB = {"O": "offensive", "L": "live_location", "U": "unsafe_link", "P": "political_or_commercial"}
with open(os.path.join(OUT, "posts.jsonl"), "w") as f:
    for i, (text, labs, imgs) in enumerate(POSTS, 1):
        t, spans = parse(text)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs):
            fn2, s1 = parse(fn)
            alt2, s2 = parse(alt)
            images.append({"filename": fn2, "alt": alt2})
            for field, ss in (("filename", s1), ("alt", s2)):
                for sp in ss:
                    ispans.append({"image": k, "field": field, **sp})
        labels = {v: (k in labs) for k, v in LAB.items()}
        f.write(json.dumps({"id": f"post-{i:03d}", "text": t, "images": images, "labels": labels,
                            "spans": spans, "image_spans": ispans}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "comments.jsonl"), "w") as f:
    for i, (text, role, cat) in enumerate(COMMENTS, 1):
        t, spans = parse(text)
        f.write(json.dumps({"id": f"comment-{i:03d}", "text": t, "author_role": role, "category": cat,
                            "spans": spans}, ensure_ascii=False) + "\n")
print(len(rows), "pupils;", len(POSTS), "posts;", len(COMMENTS), "comments")
