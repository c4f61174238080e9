#!/usr/bin/env python3
"""Self-checks: span offsets, and every roster/staff first-name-like token outside a span (for manual review)."""
import csv, json, re
ros = list(csv.DictReader(open("roster.csv", encoding="utf-8")))
names = {r["first_name"].lower() for r in ros} | {r["preferred_name"].lower() for r in ros}
names |= {"gadi", "chadi", "fryn", "fabli", "chai", "charys", "garys", "degwen", "theilo", "wen", "deio", "twm", "zosia", "kuba", "zak", "gruff", "abdi", "antek", "wiki", "mati", "millie", "frankie", "anga"}
def chk(kind, r, text, spans, verify=True):
    for s in spans if verify else []:
        assert text[s["start"]:s["end"]] == s["text"], (r["id"], s)
    cov = set()
    for s in spans:
        cov |= set(range(s["start"], s["end"]))
    for m in re.finditer(r"[\wŵŷôâêîûáéíóúïëöñąćęłńóśźż']+", text):
        w = m.group(0).lower().strip("'")
        w = re.sub(r"'s$", "", w)
        if w in names and not (set(range(m.start(), m.end())) & cov):
            print(f"  {kind} {r['id']}: unmarked '{m.group(0)}' …{text[max(0,m.start()-30):m.end()+30]!r}")
for r in map(json.loads, open("posts.jsonl", encoding="utf-8")):
    chk("post", r, r["text"], r["spans"])
    for k, im in enumerate(r["images"]):
        for f in ("filename", "alt"):
            ss = [s for s in r["image_spans"] if s["image"] == k and s["field"] == f]
            for sp in ss:
                assert im[f][sp["start"]:sp["end"]] == sp["text"], (r["id"], sp)
            t = im[f].replace("_", " ").replace("-", " ").replace(".", " ")
            chk(f"img{k}.{f}", r, t, ss, verify=False)
for r in map(json.loads, open("comments.jsonl", encoding="utf-8")):
    chk("comment", r, r["text"], r["spans"])
print("offsets ok")
