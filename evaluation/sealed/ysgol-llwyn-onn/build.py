#!/usr/bin/env python3
"""Build the sealed Llwyn Onn set: parses [[text|CODE]] markup, computes offsets, writes CSV/JSONL, checks spans."""
import csv, json, re, sys, random
from collections import Counter
import roster_src, posts_src, comments_src

OUT = "."
ROSTER = roster_src.roster()
RID = {r["pupil_id"]: r for r in ROSTER}
MARK = re.compile(r"\[\[(.+?)\|([A-Z0-9]+)\]\]")
TYPES = {"PH": "phone-number", "EM": "email-address", "AD": "home-address", "DOB": "date-of-birth"}

def parse(src):
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last:m.start()])
        pos += len(src[last:m.start()])
        txt, code = m.group(1), m.group(2)
        start = pos
        out.append(txt)
        pos += len(txt)
        last = m.end()
        if code in TYPES:
            spans.append({"start": start, "end": pos, "type": TYPES[code], "pupil_id": None, "on_roster": None, "text": txt})
        elif code == "X":
            spans.append({"start": start, "end": pos, "type": "pupil-name", "pupil_id": None, "on_roster": False, "text": txt})
        else:
            pid = "LO" + code
            assert pid in RID, pid
            spans.append({"start": start, "end": pos, "type": "pupil-name", "pupil_id": pid, "on_roster": True, "text": txt})
    out.append(src[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"], (s, text)
    return text, spans

def main():
    with open(f"{OUT}/roster.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ROSTER[0].keys()))
        w.writeheader(); w.writerows(ROSTER)
    with open(f"{OUT}/staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        w.writerows(roster_src.STAFF)

    posts = list(posts_src.P)
    random.Random(1407).shuffle(posts)
    lang_p = Counter()
    rows = []
    for i, (lang, labels, src, imgs) in enumerate(posts, 1):
        text, spans = parse(src)
        images, ispans = [], []
        for k, (fn, alt) in enumerate(imgs):
            fn2, fs = parse(fn); alt2, as_ = parse(alt)
            images.append({"filename": fn2, "alt": alt2})
            for field, ss in (("filename", fs), ("alt", as_)):
                for s in ss:
                    ispans.append({"image": k, "field": field, **s})
        lab = {"offensive": "o" in labels, "live_location": "l" in labels,
               "unsafe_link": "u" in labels, "political_or_commercial": "c" in labels}
        rows.append({"id": f"post-{i:03d}", "text": text, "images": images, "labels": lab,
                     "spans": spans, "image_spans": ispans})
        lang_p[lang] += 1
    with open(f"{OUT}/posts.jsonl", "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    coms = list(comments_src.C)
    random.Random(2207).shuffle(coms)
    crow, lang_c = [], Counter()
    for i, (lang, role, cat, src) in enumerate(coms, 1):
        text, spans = parse(src)
        crow.append({"id": f"comment-{i:03d}", "text": text, "author_role": role, "category": cat, "spans": spans})
        lang_c[lang] += 1
    with open(f"{OUT}/comments.jsonl", "w", encoding="utf-8") as fh:
        for r in crow: fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- report
    print("posts", len(rows), dict(lang_p), "welsh-or-mixed share %.2f" % ((lang_p["cy"] + lang_p["mix"]) / len(rows)))
    st = Counter(); sp = Counter(); lb = Counter()
    for r in rows:
        for s in r["spans"]: st[s["type"]] += 1
        for s in r["image_spans"]: st["image:" + s["type"]] += 1
        for t in {s["type"] for s in r["spans"]}: sp[t] += 1
        for k, v in r["labels"].items(): lb[k] += v
    clean = sum(1 for r in rows if not r["spans"] and not r["image_spans"] and not any(r["labels"].values()))
    print(" span counts", dict(st)); print(" posts containing", dict(sp)); print(" labels", dict(lb)); print(" clean", clean)
    print(" off-roster pupil spans", sum(1 for r in rows for s in r["spans"] + r["image_spans"] if s["type"] == "pupil-name" and not s["on_roster"]))
    print("comments", len(crow), dict(lang_c), "welsh-or-mixed share %.2f" % ((lang_c["cy"] + lang_c["mix"]) / len(crow)))
    print(" categories", dict(Counter(r["category"] for r in crow)))
    print(" roles", dict(Counter(r["author_role"] for r in crow)))
    print(" spans", dict(Counter(s["type"] for r in crow for s in r["spans"])))

if __name__ == "__main__":
    main()
