#!/usr/bin/env python3
"""List roster-name words that occur outside spans, for manual review of hard negatives/misses."""
import csv, json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
roster = list(csv.DictReader(open(os.path.join(OUT, "roster.csv"), encoding="utf-8")))
names = set()
for r in roster:
    for n in (r["first_name"], r["preferred_name"]):
        names.update(n.split())
names = {n.lower() for n in names if len(n) > 1}
for fn in ("posts.jsonl", "comments.jsonl"):
    for line in open(os.path.join(OUT, fn), encoding="utf-8"):
        d = json.loads(line)
        covered = set()
        for s in d["spans"]:
            covered.update(range(s["start"], s["end"]))
        hits = []
        for m in re.finditer(r"[A-Za-zÀ-ž]+", d["text"]):
            if m.group().lower() in names and m.start() not in covered:
                hits.append(m.group())
        if hits:
            print(d["id"], hits)
