"""Build posts.jsonl for the address probe from marked-up drafts.

Drafts live in dev_posts.py / test_posts.py as (school, lang, text) tuples.
Home-address spans are written inline as ⟦...⟧; this script strips the markers,
computes Python str offsets, validates everything and writes posts.jsonl.
"""
import csv, json, random, re, sys, pathlib, importlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]


def parse(marked):
    out, spans, i, start = [], [], 0, None
    for ch in marked:
        if ch == "⟦":
            assert start is None, marked
            start = len("".join(out))
        elif ch == "⟧":
            assert start is not None, marked
            end = len("".join(out))
            spans.append((start, end))
            start = None
        else:
            out.append(ch)
    assert start is None, marked
    text = "".join(out)
    return text, [{"start": s, "end": e, "type": "home-address", "pupil_id": None,
                   "on_roster": None, "text": text[s:e]} for s, e in spans]


def build(half, seed):
    mod = importlib.import_module(f"{half}_posts")
    drafts = list(mod.POSTS)
    rng = random.Random(seed)
    rng.shuffle(drafts)
    rows, meta = [], []
    for n, (school, lang, marked) in enumerate(drafts, 1):
        text, spans = parse(marked)
        pid = f"ap-{half}-{n:03d}"
        rows.append({"id": pid, "text": text, "images": [],
                     "labels": {k: False for k in LABELS},
                     "spans": spans, "image_spans": []})
        meta.append((pid, school, lang))
    return rows, meta


def validate(half, rows):
    d = ROOT / half
    # no duplicates, spans exact, no phone/email-like strings
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate post text"
    for r in rows:
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip(), (r["id"], s)
        assert "@" not in r["text"], r["id"]
        assert not re.search(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44", r["text"]), r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"]
    # roster names must not occur as words anywhere in the posts
    names = set()
    with open(d / "roster.csv", newline="") as f:
        for p in csv.DictReader(f):
            names |= {p["first_name"], p["last_name"], p["preferred_name"]}
    blob = "\n".join(texts).lower()
    for nm in names:
        if re.search(r"(?<![\w'])" + re.escape(nm.lower()) + r"(?![\w])", blob):
            raise SystemExit(f"{half}: roster name {nm!r} appears in posts")
    # re-read the written file
    with open(d / "posts.jsonl", encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == rows
    for r in back:
        assert set(r) == {"id", "text", "images", "labels", "spans", "image_spans"}
        assert set(r["labels"]) == set(LABELS)


def main():
    summary = {}
    for half, seed in (("dev", 20261207), ("test", 71262021)):
        rows, meta = build(half, seed)
        with open(ROOT / half / "posts.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        validate(half, rows)
        pos = sum(1 for r in rows if r["spans"])
        nspans = sum(len(r["spans"]) for r in rows)
        welsh = sum(1 for m in meta if m[2] in ("cy", "mixed"))
        by_school = {}
        for r, (pid, school, lang) in zip(rows, meta):
            b = by_school.setdefault(school, [0, 0, 0, 0])
            b[0] += 1
            b[1] += bool(r["spans"])
            b[2] += len(r["spans"])
            b[3] += lang in ("cy", "mixed")
        summary[half] = dict(posts=len(rows), positive_posts=pos, spans=nspans,
                             welsh_or_mixed=welsh, by_school=by_school,
                             cy=sum(1 for m in meta if m[2] == "cy"),
                             mixed=sum(1 for m in meta if m[2] == "mixed"))
        with open(HERE / f"{half}_meta.tsv", "w") as f:
            for m in meta:
                f.write("\t".join(m) + "\n")
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
