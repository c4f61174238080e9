#!/usr/bin/env python3
"""Build the Corbie Brae Primary School (Dundee) evaluation set. Offsets are computed here."""
import csv, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from roster_staff import build_roster, STAFF
from posts_data import POSTS
from comments_data import C as COMMENTS

TYPES = {"P": "pupil-name", "N": "pupil-name", "T": "phone-number", "E": "email-address",
         "A": "home-address", "D": "date-of-birth"}
MARK = re.compile(r"\[\[(P:[^|\]]+|N|T|E|A|D)\|([^\]]+)\]\]")

roster = build_roster()
by_name = {r["first_name"] + " " + r["last_name"]: r["pupil_id"] for r in roster}
assert len(by_name) == len(roster)


def parse(marked):
    out, spans, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        key, shown = m.group(1), m.group(2)
        kind = key.split(":")[0]
        sp = {"start": plain_len, "end": plain_len + len(shown), "type": TYPES[kind]}
        if kind == "P":
            full = key[2:]
            sp["pupil_id"] = by_name[full]
            sp["on_roster"] = True
        elif kind == "N":
            sp["pupil_id"] = None
            sp["on_roster"] = False
        else:
            sp["pupil_id"] = None
            sp["on_roster"] = None
        sp["text"] = shown
        spans.append(sp)
        out.append(shown)
        plain_len += len(shown)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, marked
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"]
    return text, spans


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(roster[0].keys()))
        w.writeheader()
        w.writerows(roster)
    with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        w.writerows(STAFF)

    posts = []
    seen = set()
    for i, (marked, labs, imgs) in enumerate(POSTS, 1):
        text, spans = parse(marked)
        assert text not in seen, text
        seen.add(text)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs):
            fn_t, fn_s = parse(fn)
            alt_t, alt_s = parse(alt)
            images.append({"filename": fn_t, "alt": alt_t})
            for field, ss in (("filename", fn_s), ("alt", alt_s)):
                for s in ss:
                    ispans.append({"image": k, "field": field, **s})
        assert set(labs) <= set("OLUC"), labs
        labels = {"offensive": "O" in labs, "live_location": "L" in labs,
                  "unsafe_link": "U" in labs, "political_or_commercial": "C" in labs}
        posts.append({"id": "post-%03d" % i, "text": text, "images": images, "labels": labels,
                      "spans": spans, "image_spans": ispans})
    write_jsonl(os.path.join(OUT, "posts.jsonl"), posts)

    comments = []
    cats = {"safeguarding", "threat", "hate", "abuse", "complaint", "question", "praise", "spam", "other"}
    for i, (marked, role, cat) in enumerate(COMMENTS, 1):
        assert cat in cats and role in {"parent", "public", "pupil", "unknown"}
        text, spans = parse(marked)
        comments.append({"id": "comment-%03d" % i, "text": text, "author_role": role,
                         "category": cat, "spans": spans})
    write_jsonl(os.path.join(OUT, "comments.jsonl"), comments)
    open(os.path.join(OUT, "images.jsonl"), "w").close()

    # ---- stats
    st = {}
    st["pupils"] = len(roster)
    st["no_consent"] = sum(r["consent_social_media"] == "no" for r in roster)
    st["staff"] = len(STAFF)
    st["posts"] = len(posts)
    prob = [p for p in posts if p["spans"] or p["image_spans"] or any(p["labels"].values())]
    st["problem_posts"] = len(prob)
    st["clean_posts"] = len(posts) - len(prob)
    st["labels"] = {k: sum(p["labels"][k] for p in posts) for k in posts[0]["labels"]}
    st["span_counts"] = Counter(s["type"] for p in posts for s in p["spans"])
    st["span_posts"] = {t: sum(any(s["type"] == t for s in p["spans"]) for p in posts)
                        for t in TYPES.values()}
    st["off_roster_post_spans"] = sum(1 for p in posts for s in p["spans"] if s["on_roster"] is False)
    st["image_spans"] = sum(len(p["image_spans"]) for p in posts)
    st["image_span_posts"] = sum(1 for p in posts if p["image_spans"])
    st["posts_with_images"] = sum(1 for p in posts if p["images"])
    st["comments"] = len(comments)
    st["categories"] = Counter(c["category"] for c in comments)
    st["roles"] = Counter(c["author_role"] for c in comments)
    st["comment_spans"] = Counter(s["type"] + ("(off-roster)" if s.get("on_roster") is False else "")
                                  for c in comments for s in c["spans"])
    for k, v in st.items():
        print(k, dict(v) if isinstance(v, Counter) else v)


if __name__ == "__main__":
    main()
