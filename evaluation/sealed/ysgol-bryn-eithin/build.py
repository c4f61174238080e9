"""Builds the sealed set for Ysgol Gynradd Bryn Eithin: roster.csv, posts.jsonl, comments.jsonl.

Run from this folder: python3 build.py. Texts live in texts_posts.py and texts_comments.py with
inline span markup [[text|type|key]]; offsets are taken at the point each span is written out and
then checked with str.find and slicing, so text[start:end] == span["text"] always holds.
Then every line is re-read and validated. Standard library only.
"""
import csv
import json
import random
import re
from collections import Counter
from itertools import pairwise

import build_roster
from texts_comments import COMMENTS
from texts_posts import POSTS

TYPES = {"pn": "pupil-name", "ph": "phone-number", "em": "email-address", "ad": "home-address",
         "dob": "date-of-birth"}
LABELS = {"O": "offensive", "L": "live_location", "U": "unsafe_link", "P": "political_or_commercial"}
CATEGORIES = ["safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other"]
ROLES = {"parent", "public", "pupil", "unknown"}
MARK = re.compile(r"\[\[([^\]|]+)\|(pn|ph|em|ad|dob)(?:\|([^\]|]+))?\]\]")


def parse(marked, ids):
    """Strip the markup; return plain text and spans whose offsets index the plain text."""
    out, spans, last = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        start = len("".join(out))
        text, kind, key = m.group(1), m.group(2), m.group(3)
        out.append(text)
        span = {"start": start, "end": start + len(text), "type": TYPES[kind], "pupil_id": None,
                "on_roster": None, "text": text}
        if kind == "pn":
            if key is None:
                raise ValueError(f"pupil-name without key: {marked}")
            span["pupil_id"] = None if key == "x" else ids[key]
            span["on_roster"] = key != "x"
        spans.append(span)
        last = m.end()
    out.append(marked[last:])
    plain = "".join(out)
    for s in spans:
        assert plain.find(s["text"], s["start"]) == s["start"], (plain, s)
        assert plain[s["start"]:s["end"]] == s["text"]
    assert "[[" not in plain and "]]" not in plain, plain
    return plain, spans


def build_posts(ids, rng):
    items = POSTS[:]
    rng.shuffle(items)
    lines = []
    for n, p in enumerate(items, 1):
        text, spans = parse(p["text"], ids)
        images, image_spans = [], []
        for i, (fname, alt) in enumerate(p["images"]):
            f_plain, f_spans = parse(fname, ids)
            a_plain, a_spans = parse(alt, ids)
            images.append({"filename": f_plain, "alt": a_plain})
            for field, fs in (("filename", f_spans), ("alt", a_spans)):
                for s in fs:
                    image_spans.append({"image": i, "field": field, **s})
        labels = {name: letter in p["labels"] for letter, name in LABELS.items()}
        lines.append({"id": f"post-{n:03d}", "text": text, "images": images, "labels": labels,
                      "spans": spans, "image_spans": image_spans, "_lang": p["lang"]})
    return lines


def build_comments(ids, rng):
    items = COMMENTS[:]
    rng.shuffle(items)
    lines = []
    for n, c in enumerate(items, 1):
        text, spans = parse(c["text"], ids)
        lines.append({"id": f"comment-{n:03d}", "text": text, "author_role": c["role"],
                      "category": c["category"], "spans": spans, "_lang": c["lang"]})
    return lines


def write_jsonl(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps({k: v for k, v in line.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")


def check_span(s, text, roster, where):
    assert set(s) >= {"start", "end", "type", "pupil_id", "on_roster", "text"}, where
    assert s["type"] in TYPES.values(), where
    assert 0 <= s["start"] < s["end"] <= len(text), where
    assert text[s["start"]:s["end"]] == s["text"], where
    if s["type"] == "pupil-name":
        assert isinstance(s["on_roster"], bool), where
        assert (s["pupil_id"] in roster) if s["on_roster"] else s["pupil_id"] is None, where
    else:
        assert s["pupil_id"] is None and s["on_roster"] is None, where


def read_roster():
    with open("roster.csv", encoding="utf-8") as f:
        return {r["pupil_id"]: r for r in csv.DictReader(f)}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def validate():
    roster = read_roster()
    assert len(roster) == len(set(roster))
    for r in roster.values():
        assert r["consent_social_media"] in ("yes", "no") and r["consent_website"] in ("yes", "no")
    ids = set()
    for p in read_jsonl("posts.jsonl"):
        assert set(p) == {"id", "text", "images", "labels", "spans", "image_spans"}, p["id"]
        assert p["id"] not in ids
        ids.add(p["id"])
        assert set(p["labels"]) == set(LABELS.values()) and all(isinstance(v, bool) for v in p["labels"].values())
        for s in p["spans"]:
            check_span(s, p["text"], roster, p["id"])
        for s in p["image_spans"]:
            assert s["field"] in ("filename", "alt") and 0 <= s["image"] < len(p["images"]), p["id"]
            check_span(s, p["images"][s["image"]][s["field"]], roster, p["id"])
        spans = sorted(p["spans"], key=lambda s: s["start"])
        assert all(a["end"] <= b["start"] for a, b in pairwise(spans)), p["id"]
    for c in read_jsonl("comments.jsonl"):
        assert set(c) == {"id", "text", "author_role", "category", "spans"}, c["id"]
        assert c["id"] not in ids
        ids.add(c["id"])
        assert c["author_role"] in ROLES and c["category"] in CATEGORIES, c["id"]
        for s in c["spans"]:
            check_span(s, c["text"], roster, c["id"])
    return roster


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def lang_rows(items):
    n = Counter(i["_lang"] for i in items)
    total = len(items)
    rows = [(name, n[key], f"{100 * n[key] / total:.0f} %") for key, name in
            (("cy", "Welsh", ), ("mix", "mixed Welsh/English"), ("en", "English"))]
    welsh = n["cy"] + n["mix"]
    rows.append(("**Welsh or mixed**", welsh, f"{100 * welsh / total:.0f} %"))
    return rows


def write_readme(posts, comments, roster):
    clean = [p for p in posts if not p["spans"] and not p["image_spans"] and not any(p["labels"].values())]
    label_n = Counter(k for p in posts for k, v in p["labels"].items() if v)
    span_rows = []
    for t in TYPES.values():
        spans = [(p["id"], s) for p in posts for s in p["spans"] if s["type"] == t]
        span_rows.append((t, len(spans), len({pid for pid, _ in spans})))
    img = [s for p in posts for s in p["image_spans"]]
    img_posts = {p["id"] for p in posts if p["image_spans"]}
    with_images = sum(1 for p in posts if p["images"])
    pn = [s for p in posts for s in p["spans"] + p["image_spans"] if s["type"] == "pupil-name"]
    off = sum(1 for s in pn if not s["on_roster"])
    cat_n = Counter(c["category"] for c in comments)
    role_n = Counter(c["author_role"] for c in comments)
    cspan_n = Counter(s["type"] for c in comments for s in c["spans"])
    no_consent = sum(1 for r in roster.values() if r["consent_social_media"] == "no")
    with open("README.template.md", encoding="utf-8") as f:
        template = f.read()
    text = template.format(
        n_roster=len(roster), no_consent=no_consent, n_posts=len(posts), n_problem=len(posts) - len(clean),
        n_clean=len(clean), clean_pct=f"{100 * len(clean) / len(posts):.0f}", n_comments=len(comments),
        labels=table(["label", "positive posts"], [(k, label_n[k]) for k in LABELS.values()]),
        spans=table(["type", "spans", "posts containing"], span_rows),
        n_img=len(img), n_img_posts=len(img_posts), with_images=with_images,
        n_pn=len(pn), off=off,
        cats=table(["category", "comments"], [(c, cat_n[c]) for c in CATEGORIES]),
        roles=", ".join(f"{r} {role_n[r]}" for r in ("parent", "public", "pupil", "unknown")),
        cspans=", ".join(f"{t} {cspan_n[t]}" for t in TYPES.values()),
        lang_posts=table(["language", "posts", "share"], lang_rows(posts)),
        lang_comments=table(["language", "comments", "share"], lang_rows(comments)),
    )
    with open("README.md", "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ids = build_roster.build("roster.csv")
    roster = read_roster()
    # A first or preferred name used alone in the texts must point at one child only.
    names = Counter()
    for r in roster.values():
        for n in {r["first_name"], r["preferred_name"]}:
            names[n.lower()] += 1
    for key, pid in ids.items():
        r = roster[pid]
        for n in {r["first_name"], r["preferred_name"]}:
            assert names[n.lower()] == 1, (key, n)
    rng = random.Random(1915)
    posts = build_posts(ids, rng)
    comments = build_comments(ids, rng)
    write_jsonl("posts.jsonl", posts)
    write_jsonl("comments.jsonl", comments)
    validate()
    write_readme(posts, comments, roster)
    print(f"roster {len(roster)}, posts {len(posts)}, comments {len(comments)}: valid")


if __name__ == "__main__":
    main()
