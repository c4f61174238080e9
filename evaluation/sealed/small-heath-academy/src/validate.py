"""Validate the sealed set: JSON parses, fields present, spans match text, ids exist."""
import csv, json, pathlib, tomllib
OUT = pathlib.Path(__file__).resolve().parent.parent
roster = {r["pupil_id"] for r in csv.DictReader(open(OUT / "roster.csv", encoding="utf-8"))}
tomllib.load(open(OUT / "school.toml", "rb"))
SPAN_KEYS = {"start", "end", "type", "pupil_id", "on_roster", "text"}
TYPES = {"pupil-name", "phone-number", "email-address", "home-address", "date-of-birth"}
LABELS = {"offensive", "live_location", "unsafe_link", "political_or_commercial"}
CATS = {"abuse", "threat", "hate", "safeguarding", "complaint", "question", "praise", "spam", "other"}

def check_span(s, text):
    assert SPAN_KEYS <= set(s), s
    assert s["type"] in TYPES, s
    assert text[s["start"]:s["end"]] == s["text"], (s, text)
    if s["type"] == "pupil-name":
        assert s["on_roster"] in (True, False)
        assert (s["pupil_id"] in roster) if s["on_roster"] else s["pupil_id"] is None, s
    else:
        assert s["pupil_id"] is None and s["on_roster"] is None, s

def no_overlap(spans):
    ss = sorted((s["start"], s["end"]) for s in spans)
    for a, b in zip(ss, ss[1:]):
        assert a[1] <= b[0], (a, b)

ids = set()
for line in open(OUT / "posts.jsonl", encoding="utf-8"):
    p = json.loads(line)
    assert set(p) == {"id", "text", "images", "labels", "spans", "image_spans"}, p.keys()
    assert p["id"] not in ids; ids.add(p["id"])
    assert set(p["labels"]) == LABELS and all(isinstance(v, bool) for v in p["labels"].values())
    for s in p["spans"]:
        check_span(s, p["text"])
    no_overlap(p["spans"])
    for im in p["images"]:
        assert set(im) == {"filename", "alt"}
    for s in p["image_spans"]:
        assert s["field"] in ("filename", "alt")
        check_span(s, p["images"][s["image"]][s["field"]])
for line in open(OUT / "comments.jsonl", encoding="utf-8"):
    c = json.loads(line)
    assert set(c) == {"id", "text", "author_role", "category", "spans"}, c.keys()
    assert c["id"] not in ids; ids.add(c["id"])
    assert c["author_role"] in {"parent", "public", "pupil", "unknown"}
    assert c["category"] in CATS
    for s in c["spans"]:
        check_span(s, c["text"])
    no_overlap(c["spans"])
print("valid:", len(ids), "records")
