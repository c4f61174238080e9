#!/usr/bin/env python3
"""Build the Oakfield Park evaluation set. Offsets are computed from inline markup, never by hand."""
import csv
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from people import build_roster, STAFF  # noqa: E402
from posts_data import POSTS  # noqa: E402
from comments_data import COMMENTS  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\|([^\]]+?)\]\]")
TYPES = {"#ph": "phone-number", "#em": "email-address", "#ad": "home-address", "#dob": "date-of-birth"}

roster, KEY = build_roster()


def parse(s):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        n += len(s[pos:m.start()])
        surface, key = m.group(1), m.group(2)
        start = n
        out.append(surface)
        n += len(surface)
        if key in TYPES:
            sp = {"start": start, "end": n, "type": TYPES[key], "pupil_id": None, "on_roster": None, "text": surface}
        elif key == "-":
            sp = {"start": start, "end": n, "type": "pupil-name", "pupil_id": None, "on_roster": False, "text": surface}
        else:
            if key not in KEY:
                raise SystemExit(f"unknown pupil key {key!r} in {s!r}")
            sp = {"start": start, "end": n, "type": "pupil-name", "pupil_id": KEY[key], "on_roster": True, "text": surface}
        spans.append(sp)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"], (sp, text)
    return text, spans


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    # roster / staff / toml
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                    "consent_social_media", "consent_website"])
        w.writerows(roster)
    with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        w.writerows(STAFF)
    with open(os.path.join(OUT, "school.toml"), "w", encoding="utf-8") as f:
        f.write('''# Held-out school: a synthetic primary academy in Bradford, West Yorkshire.
name = "Oakfield Park Primary Academy"
policy = "default"          # the default pack enables every rule
nation = "england"
address = "Oakfield Park Road, Manningham, Bradford BD8 9QZ"
local_authority = "City of Bradford Metropolitan District Council"
trust = "Aire Valley Learning Trust"
web_domains = ["oakfieldparkacademy.org.uk"]
email_domains = ["oakfieldparkacademy.org.uk"]
emails = ["office@oakfieldparkacademy.org.uk", "admissions@oakfieldparkacademy.org.uk"]
phones = ["01632 960214"]
allowed_link_domains = ["oakfieldparkacademy.org.uk", "bradford.gov.uk", "gov.uk", "bbc.co.uk", "nhs.uk", "parentpay.com"]
platforms = ["facebook", "x", "instagram"]
''')

    posts = []
    voices = Counter()
    for i, p in enumerate(POSTS, 1):
        text, spans = parse(p["text"])
        images, ispans = [], []
        for k, (fn, alt) in enumerate(p["imgs"]):
            fn_t, fn_s = parse(fn)
            alt_t, alt_s = parse(alt)
            images.append({"filename": fn_t, "alt": alt_t})
            for field, ss in (("filename", fn_s), ("alt", alt_s)):
                for sp in ss:
                    ispans.append({"image": k, "field": field, **sp})
        fl = p["flags"]
        assert set(fl) <= set("OLUP"), fl
        labels = {"offensive": "O" in fl, "live_location": "L" in fl, "unsafe_link": "U" in fl,
                  "political_or_commercial": "P" in fl}
        posts.append({"id": f"post-{i:03d}", "text": text, "images": images, "labels": labels,
                      "spans": spans, "image_spans": ispans})
        voices[p["voice"]] += 1
    write_jsonl(os.path.join(OUT, "posts.jsonl"), posts)

    comments = []
    cats = ["safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other"]
    for i, (t, role, cat) in enumerate(COMMENTS, 1):
        assert role in ("parent", "public", "pupil", "unknown"), role
        assert cat in cats, cat
        text, spans = parse(t)
        comments.append({"id": f"comment-{i:03d}", "text": text, "author_role": role, "category": cat, "spans": spans})
    write_jsonl(os.path.join(OUT, "comments.jsonl"), comments)
    open(os.path.join(OUT, "images.jsonl"), "w").close()

    # ---- validation ----
    for path in ("posts.jsonl", "comments.jsonl"):
        with open(os.path.join(OUT, path), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                for sp in r["spans"]:
                    assert r["text"][sp["start"]:sp["end"]] == sp["text"]
                for sp in r.get("image_spans", []):
                    assert r["images"][sp["image"]][sp["field"]][sp["start"]:sp["end"]] == sp["text"]
    ids = {r[0] for r in roster}
    for r in posts + comments:
        for sp in r["spans"] + r.get("image_spans", []):
            if sp["type"] == "pupil-name" and sp["on_roster"]:
                assert sp["pupil_id"] in ids

    # ---- stats ----
    st = {}
    st["posts"] = len(posts)
    st["problem_posts"] = sum(1 for p in posts if p["spans"] or p["image_spans"] or any(p["labels"].values()))
    st["labels"] = {k: sum(p["labels"][k] for p in posts) for k in posts[0]["labels"]}
    st["span_types"] = Counter(sp["type"] for p in posts for sp in p["spans"])
    st["span_posts"] = {t: sum(1 for p in posts if any(sp["type"] == t for sp in p["spans"])) for t in TYPES.values()}
    st["span_posts"]["pupil-name"] = sum(1 for p in posts if any(sp["type"] == "pupil-name" for sp in p["spans"]))
    st["off_roster_post_spans"] = sum(1 for p in posts for sp in p["spans"] if sp["type"] == "pupil-name" and not sp["on_roster"])
    st["image_spans"] = sum(len(p["image_spans"]) for p in posts)
    st["image_span_posts"] = sum(1 for p in posts if p["image_spans"])
    st["posts_with_images"] = sum(1 for p in posts if p["images"])
    st["comments"] = len(comments)
    st["cats"] = Counter(c["category"] for c in comments)
    st["roles"] = Counter(c["author_role"] for c in comments)
    st["comment_spans"] = Counter(sp["type"] for c in comments for sp in c["spans"])
    st["voices"] = voices
    st["roster"] = len(roster)
    st["no_consent"] = sum(1 for r in roster if r[6] == "no")
    st["staff"] = len(STAFF)
    json.dump(st, open(os.path.join(HERE, "stats.json"), "w"), indent=1, default=dict, ensure_ascii=False)
    print(json.dumps(st, indent=1, default=dict, ensure_ascii=False))

    # ---- review aid: capitalised / any-case occurrences of featured names outside spans ----
    names = set()
    for r in roster:
        names.add(r[1].lower()); names.add(r[3].lower())
    if "--review" in sys.argv:
        for r in posts + comments:
            covered = set()
            for sp in r["spans"]:
                covered.update(range(sp["start"], sp["end"]))
            for m in re.finditer(r"[A-Za-zÀ-ž]+", r["text"]):
                if m.group(0).lower() in names and m.start() not in covered:
                    print("UNMARKED?", r["id"], m.group(0), "|", r["text"][max(0, m.start() - 30):m.end() + 30])


if __name__ == "__main__":
    main()
