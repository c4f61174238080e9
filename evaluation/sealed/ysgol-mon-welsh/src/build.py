#!/usr/bin/env python3
"""Build the Ysgol Gynradd Bryngwenith evaluation set. Offsets are computed from markup."""
import csv, json, os, re, sys, random
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from roster import build_roster, STAFF
from posts_data import POSTS
from comments_data import COMMENTS

rows, KEY = build_roster()
ROSTER = {r[0]: r for r in rows}
TYPES = {"p": "pupil-name", "x": "pupil-name", "ph": "phone-number", "em": "email-address",
         "ad": "home-address", "dob": "date-of-birth"}
MARK = re.compile(r"\{(p|x|ph|em|ad|dob):([^}|]+)(?:\|([a-z_]+))?\}")


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(s) for s in out)
        kind, txt, key = m.group(1), m.group(2), m.group(3)
        out.append(txt)
        sp = {"start": start, "end": start + len(txt), "type": TYPES[kind]}
        if kind == "p":
            assert key in KEY, key
            sp["pupil_id"], sp["on_roster"] = KEY[key], True
        elif kind == "x":
            sp["pupil_id"], sp["on_roster"] = None, False
        else:
            assert key is None
            sp["pupil_id"], sp["on_roster"] = None, None
        sp["text"] = txt
        spans.append(sp)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "{" not in text and "}" not in text, text
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"]
    return text, spans


def main():
    # roster / staff / school
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                    "consent_social_media", "consent_website"])
        w.writerows(rows)
    with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        w.writerows(STAFF)
    with open(os.path.join(OUT, "school.toml"), "w", encoding="utf-8") as f:
        f.write('''# Synthetic Welsh-medium primary school on Ynys Môn. Used by `safepost check --school` and `safepost triage --school`.
name = "Ysgol Gynradd Bryngwenith"
name_cy = "Ysgol Gynradd Bryngwenith"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Lôn yr Eglwys, Bryngwenith, Llangefni, Ynys Môn LL77 9YW"
local_authority = "Cyngor Sir Ynys Môn / Isle of Anglesey County Council"
web_domains = ["ysgolbryngwenith.cymru"]
email_domains = ["ysgolbryngwenith.cymru"]
emails = ["swyddfa@ysgolbryngwenith.cymru", "pennaeth@ysgolbryngwenith.cymru", "chwaraeon@ysgolbryngwenith.cymru"]
phones = ["01632 960418"]
allowed_link_domains = ["ysgolbryngwenith.cymru", "ynysmon.llyw.cymru", "anglesey.gov.wales", "hwb.gov.wales", "gov.wales", "llyw.cymru", "estyn.gov.wales", "urdd.cymru", "bbc.co.uk", "s4c.cymru", "nhs.uk", "parentpay.com"]
platforms = ["facebook", "x", "classdojo"]
''')
    # posts
    posts = []
    for i, entry in enumerate(POSTS, 1):
        marked, lab = entry[0], entry[1]
        imgs = entry[2] if len(entry) > 2 else []
        text, spans = parse(marked)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs):
            fnt, fsp = parse(fn)
            altt, asp = parse(alt)
            images.append({"filename": fnt, "alt": altt})
            for field, sps in (("filename", fsp), ("alt", asp)):
                for sp in sps:
                    ispans.append({"image": k, "field": field, **sp})
        assert set(lab) <= set("OLUC"), lab
        labels = {"offensive": "O" in lab, "live_location": "L" in lab,
                  "unsafe_link": "U" in lab, "political_or_commercial": "C" in lab}
        posts.append({"id": f"post-{i:03d}", "text": text, "images": images, "labels": labels,
                      "spans": spans, "image_spans": ispans})
    rnd = random.Random(7)
    order = list(range(len(posts)))
    rnd.shuffle(order)
    posts = [posts[j] for j in order]
    for i, p in enumerate(posts, 1):
        p["id"] = f"post-{i:03d}"
    with open(os.path.join(OUT, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    # comments
    comments = []
    for marked, role, cat in COMMENTS:
        text, spans = parse(marked)
        assert role in ("parent", "public", "pupil", "unknown")
        assert cat in ("abuse", "threat", "hate", "safeguarding", "complaint", "question", "praise", "spam", "other")
        comments.append({"text": text, "author_role": role, "category": cat, "spans": spans})
    rnd.shuffle(comments)
    with open(os.path.join(OUT, "comments.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(comments, 1):
            f.write(json.dumps({"id": f"comment-{i:03d}", **c}, ensure_ascii=False) + "\n")
    open(os.path.join(OUT, "images.jsonl"), "w").close()
    # stats
    st = {"posts": len(posts), "problem_posts": 0, "labels": Counter(), "spans": Counter(), "span_posts": Counter(),
          "img_spans": 0, "img_posts": 0, "posts_with_images": 0, "offroster": 0,
          "comments": len(comments), "cats": Counter(c["category"] for c in comments),
          "roles": Counter(c["author_role"] for c in comments), "cspans": Counter()}
    for p in posts:
        if p["spans"] or p["image_spans"] or any(p["labels"].values()):
            st["problem_posts"] += 1
        for k, v in p["labels"].items():
            st["labels"][k] += v
        for t in set(s["type"] for s in p["spans"]):
            st["span_posts"][t] += 1
        for s in p["spans"]:
            st["spans"][s["type"]] += 1
            st["offroster"] += s["type"] == "pupil-name" and not s["on_roster"]
        st["img_spans"] += len(p["image_spans"])
        st["img_posts"] += bool(p["image_spans"])
        st["posts_with_images"] += bool(p["images"])
    for c in comments:
        for s in c["spans"]:
            st["cspans"][s["type"]] += 1
    json.dump(st, open(os.path.join(HERE, "stats.json"), "w"), indent=1, ensure_ascii=False, default=dict)
    print(json.dumps(st, indent=1, ensure_ascii=False, default=dict))


if __name__ == "__main__":
    main()
