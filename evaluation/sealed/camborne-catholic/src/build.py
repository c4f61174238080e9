#!/usr/bin/env python3
"""Build the sealed Camborne set from the marked-up sources and validate it."""
import csv, json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from roster_src import roster
from posts_src import POSTS
from comments_src import COMMENTS

ROSTER = roster()
BYNAME = {r["first_name"] + " " + r["last_name"]: r for r in ROSTER}
TYPES = {"@phone": "phone-number", "@email": "email-address", "@addr": "home-address", "@dob": "date-of-birth"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+)\]\]")

def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        shown, key = m.group(1), m.group(2)
        out.append(shown)
        end = start + len(shown)
        if key in TYPES:
            spans.append(dict(start=start, end=end, type=TYPES[key], pupil_id=None, on_roster=None, text=shown))
        elif key == "-":
            spans.append(dict(start=start, end=end, type="pupil-name", pupil_id=None, on_roster=False, text=shown))
        else:
            r = BYNAME[key]  # KeyError = typo in source
            spans.append(dict(start=start, end=end, type="pupil-name", pupil_id=r["pupil_id"], on_roster=True, text=shown))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    return text, spans

def build_posts():
    rows = []
    for i, p in enumerate(POSTS, 1):
        text, spans = parse(p["text"])
        images, ispans = [], []
        for k, (fn, alt) in enumerate(p["images"]):
            fn_t, fs = parse(fn); alt_t, als = parse(alt)
            images.append(dict(filename=fn_t, alt=alt_t))
            for field, ss in (("filename", fs), ("alt", als)):
                for s in ss:
                    ispans.append(dict(image=k, field=field, **s))
        labels = dict(offensive="O" in p["labels"], live_location="L" in p["labels"],
                      unsafe_link="U" in p["labels"], political_or_commercial="C" in p["labels"])
        assert set(p["labels"]) <= set("OLUC")
        rows.append(dict(id=f"cam-p-{i:03d}", text=text, images=images, labels=labels, spans=spans, image_spans=ispans))
    return rows

def build_comments():
    rows = []
    for i, c in enumerate(COMMENTS, 1):
        text, spans = parse(c["text"])
        rows.append(dict(id=f"cam-c-{i:03d}", text=text, author_role=c["author_role"], category=c["category"], spans=spans))
    return rows

def shuffle(rows, seed):
    import random
    rnd = random.Random(seed)
    rows = rows[:]
    rnd.shuffle(rows)
    return rows

def main():
    posts = build_posts()
    comments = build_comments()
    # shuffle order, then renumber
    posts = shuffle(posts, 2026)
    for i, p in enumerate(posts, 1):
        p["id"] = f"cam-p-{i:03d}"
    comments = shuffle(comments, 1207)
    for i, c in enumerate(comments, 1):
        c["id"] = f"cam-c-{i:03d}"
    with open(os.path.join(OUT, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "comments.jsonl"), "w", encoding="utf-8") as f:
        for c in comments:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["pupil_id", "first_name", "last_name", "preferred_name", "year_group",
                                          "class_name", "consent_social_media", "consent_website"], lineterminator="\n")
        w.writeheader(); w.writerows(ROSTER)

if __name__ == "__main__":
    main()
