"""Validate the sealed set: JSON parses, fields present, spans match text, pupil ids on roster."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
ros = {r["pupil_id"]: r for r in csv.DictReader(open(os.path.join(ROOT, "roster.csv"), encoding="utf-8"))}
TYPES = {"pupil-name", "phone-number", "email-address", "home-address", "date-of-birth"}
SPAN_KEYS = {"start", "end", "type", "pupil_id", "on_roster", "text"}
LABELS = {"offensive", "live_location", "unsafe_link", "political_or_commercial"}
CATS = {"abuse", "threat", "hate", "safeguarding", "complaint", "question", "praise", "spam", "other"}
ROLES = {"parent", "public", "pupil", "unknown"}
err = 0
def bad(msg):
    global err; err += 1; print("ERR", msg)
def deaccent(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
def name_ok(text, pid):
    r = ros[pid]
    t = deaccent(text.lstrip("#")).lower().replace("_", " ")
    cands = {deaccent(r["first_name"]).lower(), deaccent(r["preferred_name"]).lower()}
    for n in list(cands):
        for a, b in [("ll","l"),("rh","r"),("c","g"),("p","b"),("t","d"),("g",""),("b","f"),("d","dd"),("m","f"),("c","ch"),("p","ph"),("t","th"),("c","ngh"),("t","nh"),("g","ng"),("b","m")]:
            if n.startswith(a): cands.add(b + n[len(a):])
    return any(c in t for c in cands)
def check_span(s, txt, where):
    if set(s) - {"image", "field"} != SPAN_KEYS: bad(f"{where} keys {sorted(s)}")
    if s["type"] not in TYPES: bad(f"{where} type {s['type']}")
    if txt[s["start"]:s["end"]] != s["text"]: bad(f"{where} offsets {s}")
    if s["text"] != s["text"].strip(): bad(f"{where} untrimmed {s['text']!r}")
    if s["type"] == "pupil-name":
        if s["on_roster"] is True:
            if s["pupil_id"] not in ros: bad(f"{where} unknown id {s['pupil_id']}")
            elif not name_ok(s["text"], s["pupil_id"]): bad(f"{where} name/id mismatch {s['text']} {s['pupil_id']}")
        elif not (s["on_roster"] is False and s["pupil_id"] is None): bad(f"{where} off-roster fields")
    elif s["pupil_id"] is not None or s["on_roster"] is not None: bad(f"{where} non-pupil fields")
ids = set()
for n, line in enumerate(open(os.path.join(ROOT, "posts.jsonl"), encoding="utf-8"), 1):
    o = json.loads(line)
    if set(o) != {"id", "text", "images", "labels", "spans", "image_spans"}: bad(f"post {n} keys")
    if o["id"] in ids: bad("dup id " + o["id"]); 
    ids.add(o["id"])
    if set(o["labels"]) != LABELS or not all(isinstance(v, bool) for v in o["labels"].values()): bad(o["id"] + " labels")
    for s in o["spans"]: check_span(s, o["text"], o["id"])
    for s in o["image_spans"]:
        im = o["images"][s["image"]]
        check_span(s, im[s["field"]], o["id"] + f" img{s['image']}.{s['field']}")
    for im in o["images"]:
        if set(im) != {"filename", "alt"}: bad(o["id"] + " image keys")
    prev = -1
    for s in sorted(o["spans"], key=lambda s: s["start"]):
        if s["start"] < prev: bad(o["id"] + " overlapping spans")
        prev = s["end"]
for n, line in enumerate(open(os.path.join(ROOT, "comments.jsonl"), encoding="utf-8"), 1):
    o = json.loads(line)
    if set(o) != {"id", "text", "author_role", "category", "spans"}: bad(f"comment {n} keys")
    if o["id"] in ids: bad("dup id " + o["id"])
    ids.add(o["id"])
    if o["category"] not in CATS: bad(o["id"] + " cat")
    if o["author_role"] not in ROLES: bad(o["id"] + " role")
    for s in o["spans"]: check_span(s, o["text"], o["id"])
print("errors:", err)
sys.exit(1 if err else 0)
