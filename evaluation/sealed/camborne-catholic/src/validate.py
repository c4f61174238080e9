#!/usr/bin/env python3
"""Validate the built set and print counts (used for README)."""
import csv, json, os, collections, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
roster = {r["pupil_id"]: r for r in csv.DictReader(open(os.path.join(OUT, "roster.csv"), encoding="utf-8"))}
LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]
TYPES = ["pupil-name", "phone-number", "email-address", "home-address", "date-of-birth"]
CATS = ["abuse", "threat", "hate", "safeguarding", "complaint", "question", "praise", "spam", "other"]
ROLES = ["parent", "public", "pupil", "unknown"]

def check_span(s, text):
    assert set(s) >= {"start", "end", "type", "pupil_id", "on_roster", "text"}, s
    assert s["type"] in TYPES
    assert text[s["start"]:s["end"]] == s["text"], (s, text)
    if s["type"] == "pupil-name":
        assert s["on_roster"] in (True, False)
        if s["on_roster"]:
            assert s["pupil_id"] in roster
        else:
            assert s["pupil_id"] is None
    else:
        assert s["pupil_id"] is None and s["on_roster"] is None

posts = [json.loads(l) for l in open(os.path.join(OUT, "posts.jsonl"), encoding="utf-8")]
comments = [json.loads(l) for l in open(os.path.join(OUT, "comments.jsonl"), encoding="utf-8")]
ids = set()
span_n = collections.Counter(); span_posts = collections.Counter(); lab = collections.Counter()
img_spans = 0; img_posts = 0; img_name_posts = 0; off_roster = 0; problem = 0; n_images = 0
for p in posts:
    assert set(p) == {"id", "text", "images", "labels", "spans", "image_spans"}
    assert p["id"] not in ids; ids.add(p["id"])
    assert set(p["labels"]) == set(LABELS)
    for s in p["spans"]:
        check_span(s, p["text"])
        span_n[s["type"]] += 1
        off_roster += s["type"] == "pupil-name" and not s["on_roster"]
    for t in set(s["type"] for s in p["spans"]):
        span_posts[t] += 1
    for s in p["image_spans"]:
        img = p["images"][s["image"]]
        check_span(s, img[s["field"]])
        img_spans += 1
    n_images += len(p["images"])
    img_posts += bool(p["images"]); img_name_posts += bool(p["image_spans"])
    for l in LABELS:
        lab[l] += p["labels"][l]
    problem += bool(p["spans"] or p["image_spans"] or any(p["labels"].values()))
cat = collections.Counter(); role = collections.Counter(); cspan = collections.Counter()
for c in comments:
    assert set(c) == {"id", "text", "author_role", "category", "spans"}
    assert c["id"] not in ids; ids.add(c["id"])
    assert c["category"] in CATS and c["author_role"] in ROLES
    for s in c["spans"]:
        check_span(s, c["text"]); cspan[s["type"]] += 1
    cat[c["category"]] += 1; role[c["author_role"]] += 1
print(f"roster {len(roster)} pupils, {sum(r['consent_social_media']=='no' for r in roster.values())} without social-media consent")
print(f"posts {len(posts)}: {problem} with a problem ({100*problem/len(posts):.0f}%), {len(posts)-problem} clean")
for t in TYPES:
    print(f"  {t}: {span_n[t]} spans in {span_posts[t]} posts")
print(f"  off-roster pupil-name spans: {off_roster}")
print(f"  images: {n_images} in {img_posts} posts; image pupil-name spans {img_spans} in {img_name_posts} posts")
for l in LABELS:
    print(f"  {l}: {lab[l]}")
print(f"comments {len(comments)}")
for k in CATS: print(f"  {k}: {cat[k]}")
print("  roles:", dict(role))
print("  spans:", dict(cspan))
