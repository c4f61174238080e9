"""Build roster.csv, posts.jsonl and comments.jsonl for Ysgol Glan Morfa from the *_src.py files.

Spans are written inline as [[text|type]] and their offsets are computed here, never by hand.
Run: python build_gold.py  (from this folder). It verifies every span and prints the counts for README.md.
"""
import csv
import json
import re
from collections import Counter

from comments_src import COMMENTS
from posts_src import POSTS
from roster_src import pupils

TYPES = {"n": "pupil-name", "p": "phone-number", "e": "email-address", "a": "home-address", "d": "date-of-birth"}
MARK = re.compile(r"\[\[(.+?)\|([npead])(?::([^\]]*))?\]\]")

ROSTER = pupils()
BY_NAME = {f"{p['first_name']} {p['last_name']}": p for p in ROSTER}


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(s) for s in out)
        text, kind, key = m.group(1), m.group(2), m.group(3)
        out.append(text)
        span = {"start": start, "end": start + len(text), "type": TYPES[kind]}
        if kind == "n":
            if key == "-":
                span.update(pupil_id=None, on_roster=False)
            else:
                span.update(pupil_id=BY_NAME[key]["pupil_id"], on_roster=True)
        else:
            assert key is None, marked
            span.update(pupil_id=None, on_roster=None)
        span["text"] = text
        spans.append(span)
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    assert "[[" not in plain and "]]" not in plain, marked
    for s in spans:
        assert plain[s["start"]:s["end"]] == s["text"], (plain, s)
    return plain, spans


def main():
    with open("roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(ROSTER[0]))
        w.writeheader()
        w.writerows(ROSTER)

    langs = Counter()
    posts = []
    for i, (lang, voice, labels, marked, images) in enumerate(POSTS, 1):
        assert lang in ("cy", "mx", "en") and voice in "OHT" and set(labels) <= set("oluc")
        text, spans = parse(marked)
        imgs, ispans = [], []
        for k, (fn, alt) in enumerate(images):
            fn_t, fn_s = parse(fn)
            alt_t, alt_s = parse(alt)
            imgs.append({"filename": fn_t, "alt": alt_t})
            for field, ss in (("filename", fn_s), ("alt", alt_s)):
                for s in ss:
                    ispans.append({"image": k, "field": field, **s})
        posts.append({
            "id": f"gm-post-{i:03d}", "text": text, "images": imgs,
            "labels": {"offensive": "o" in labels, "live_location": "l" in labels,
                       "unsafe_link": "u" in labels, "political_or_commercial": "c" in labels},
            "spans": spans, "image_spans": ispans})
        langs["post", lang] += 1
        langs["voice", voice] += 1
    comments = []
    for i, (lang, role, cat, marked) in enumerate(COMMENTS, 1):
        text, spans = parse(marked)
        comments.append({"id": f"gm-comment-{i:03d}", "text": text, "author_role": role, "category": cat, "spans": spans})
        langs["comment", lang] += 1
    for name, rows in (("posts.jsonl", posts), ("comments.jsonl", comments)):
        with open(name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # independent re-check from the written files
    for name in ("posts.jsonl", "comments.jsonl"):
        with open(name, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        for r in rows:
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]] == s["text"]
            for s in r.get("image_spans", []):
                assert r["images"][s["image"]][s["field"]][s["start"]:s["end"]] == s["text"]
    print(dict(langs))


if __name__ == "__main__":
    main()
