#!/usr/bin/env python3
"""Checks for the Welsh offensive-language probe (standard library only)."""
import collections
import csv
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]
KEYS = {"id", "text", "images", "labels", "spans", "image_spans"}
problems = []


def sentences(text):
    parts = re.split(r"(?<=[.!?…])\s+|\n", text)
    return {re.sub(r"\W+", " ", p).strip().lower() for p in parts if len(p.strip()) > 25}


def shingles(text, n=6):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


all_sent = {}
all_shing = {}
for half, n_expected in (("dev", 120), ("test", 100)):
    d = os.path.join(ROOT, half)
    for fn in ("school.toml", "roster.csv", "staff.csv", "posts.jsonl", "README.md"):
        if not os.path.exists(os.path.join(d, fn)):
            problems.append(f"{half}: missing {fn}")
    with open(os.path.join(d, "school.toml"), "rb") as f:
        tomllib.load(f)
    roster = list(csv.DictReader(open(os.path.join(d, "roster.csv"), encoding="utf-8")))
    staff = list(csv.DictReader(open(os.path.join(d, "staff.csv"), encoding="utf-8")))
    assert len(roster) == 20 and len(staff) == 8, (half, len(roster), len(staff))
    posts = [json.loads(l) for l in open(os.path.join(d, "posts.jsonl"), encoding="utf-8")]
    meta = {m["id"]: m for m in (json.loads(l) for l in open(os.path.join(HERE, f"{half}_meta.jsonl"), encoding="utf-8"))}
    if len(posts) != n_expected:
        problems.append(f"{half}: {len(posts)} posts, expected {n_expected}")
    ids = [p["id"] for p in posts]
    if len(set(ids)) != len(ids):
        problems.append(f"{half}: duplicate ids")
    texts = [p["text"] for p in posts]
    if len(set(texts)) != len(texts):
        problems.append(f"{half}: duplicate texts")
    names = set()
    for r in roster:
        for k in ("first_name", "last_name", "preferred_name"):
            pass
        names.update({r["first_name"], r["preferred_name"]})
    name_re = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(names))) + r")(?!\w)", re.I)
    for p in posts:
        if set(p) != KEYS:
            problems.append(f"{p['id']}: keys {sorted(p)}")
        if set(p["labels"]) != set(LABELS):
            problems.append(f"{p['id']}: labels {p['labels']}")
        for lab in LABELS[1:]:
            if p["labels"][lab] is not False:
                problems.append(f"{p['id']}: {lab} not false")
        if not isinstance(p["labels"]["offensive"], bool):
            problems.append(f"{p['id']}: offensive not bool")
        if p["spans"] or p["image_spans"] or p["images"]:
            problems.append(f"{p['id']}: spans/images not empty")
        t = p["text"]
        m = name_re.search(t)
        if m:
            problems.append(f"{p['id']}: roster name '{m.group(0)}' in text")
        if re.search(r"https?://|www\.|\.(com|co\.uk|cymru|org|net)\b|@", t):
            problems.append(f"{p['id']}: link/email-like text")
        if re.search(r"\d{4,}|\d{3}[ -]\d{3}", re.sub(r"£[\d,.]+", "", t).replace(",", "")):
            problems.append(f"{p['id']}: long digit run: {t}")
        if re.search(r"\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b", t):
            problems.append(f"{p['id']}: postcode-like")
        for s in sentences(t):
            if s in all_sent and all_sent[s][0] != half:
                problems.append(f"{p['id']}: sentence shared with {all_sent[s][1]}: {s}")
            all_sent.setdefault(s, (half, p["id"]))
        for sh in shingles(t):
            if sh in all_shing and all_shing[sh][0] != half:
                problems.append(f"{p['id']}: 6-gram shared with {all_shing[sh][1]}: {sh}")
            all_shing.setdefault(sh, (half, p["id"]))
    pos = sum(p["labels"]["offensive"] for p in posts)
    langs = collections.Counter(meta[p["id"]]["lang"] for p in posts)
    fams = collections.Counter(meta[p["id"]]["family"] for p in posts)
    print(f"{half}: {len(posts)} posts, offensive {pos} ({100*pos/len(posts):.1f}%), "
          f"langs {dict(langs)}, families {dict(sorted(fams.items()))}")
    for lang in ("cy", "mx", "en"):
        lp = [p for p in posts if meta[p["id"]]["lang"] == lang]
        print(f"   {lang}: {len(lp)} posts, {sum(p['labels']['offensive'] for p in lp)} offensive")

print("\n".join(problems) if problems else "OK: no problems")
sys.exit(1 if problems else 0)
