#!/usr/bin/env python3
"""Build and validate posts.jsonl for both halves of polcom-probe-3 (standard library only)."""
import csv, json, random, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import posts_dev, posts_test

LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]

def build(half, mod, prefix, seed):
    rows = [(True, *e) for e in mod.POS] + [(False, *e) for e in mod.NEG]
    random.Random(seed).shuffle(rows)
    out, meta = [], []
    for i, (pos, lang, voice, sub, text, imgs) in enumerate(rows, 1):
        pid = f"{prefix}-{i:03d}"
        out.append({"id": pid, "text": text, "images": imgs or [],
                    "labels": {"offensive": False, "live_location": False, "unsafe_link": False,
                               "political_or_commercial": pos},
                    "spans": [], "image_spans": []})
        meta.append({"id": pid, "political_or_commercial": pos, "lang": lang, "voice": voice, "subtype": sub})
    with open(os.path.join(ROOT, half, "posts.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, f"meta_{half}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(meta[0]))
        w.writeheader(); w.writerows(meta)
    return out, meta

def sentences(t):
    return {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\n", t) if len(s.strip()) > 25}

def validate(half, out, meta):
    problems = []
    roster = list(csv.DictReader(open(os.path.join(ROOT, half, "roster.csv"), encoding="utf-8")))
    names = set()
    for r in roster:
        for k in ("first_name", "last_name", "preferred_name"):
            names.add(r[k])
    allowed = None
    toml = open(os.path.join(ROOT, half, "school.toml"), encoding="utf-8").read()
    allowed = re.search(r"allowed_link_domains = \[(.*?)\]", toml).group(1)
    allowed = [a.strip().strip('"') for a in allowed.split(",")]
    ids = set()
    with open(os.path.join(ROOT, half, "posts.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            assert set(o) == {"id", "text", "images", "labels", "spans", "image_spans"}, o["id"]
            assert set(o["labels"]) == set(LABELS)
            assert o["spans"] == [] and o["image_spans"] == []
            assert o["id"] not in ids; ids.add(o["id"])
            for lab in LABELS[:3]:
                assert o["labels"][lab] is False
            blobs = [o["text"]] + [im["filename"] + " " + im["alt"] for im in o["images"]]
            for b in blobs:
                for n in names:
                    if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", b, re.I):
                        problems.append((o["id"], "roster name", n))
                if "@" in b: problems.append((o["id"], "at-sign", b))
                if re.search(r"\d[\d \-]{8,}\d", b): problems.append((o["id"], "long digits", b))
                if re.search(r"https?://", b): problems.append((o["id"], "http", b))
                for dom in re.findall(r"\b(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|co\.uk|uk|wales|cymru|org|net|io|app|ly|gd|at|gy|me)\b[^\s]*", b, re.I):
                    host = dom.lower().split("/")[0]
                    if host.startswith("www."): host = host[4:]
                    if not any(host == a or host.endswith("." + a) for a in allowed):
                        problems.append((o["id"], "domain", dom))
    n = len(meta)
    pos = sum(m["political_or_commercial"] for m in meta)
    cy = Counter(m["lang"] for m in meta)
    print(f"{half}: {n} posts, {pos} positive ({pos/n:.0%}), lang {dict(cy)} -> Welsh/mixed {(cy['cy']+cy['mix'])/n:.0%}")
    print("  welsh/mixed among pos:", sum(1 for m in meta if m['political_or_commercial'] and m['lang']!='en'),
          " among neg:", sum(1 for m in meta if not m['political_or_commercial'] and m['lang']!='en'))
    print("  voices:", dict(Counter(m["voice"] for m in meta)))
    print("  subtypes pos:", dict(Counter(m["subtype"] for m in meta if m["political_or_commercial"])))
    print("  subtypes neg:", dict(Counter(m["subtype"] for m in meta if not m["political_or_commercial"])))
    print("  images:", sum(len(o["images"]) for o in out))
    return problems

if __name__ == "__main__":
    d_out, d_meta = build("dev", posts_dev, "pp3-dev", 3101)
    t_out, t_meta = build("test", posts_test, "pp3-test", 3202)
    probs = validate("dev", d_out, d_meta) + validate("test", t_out, t_meta)
    # duplicate texts / shared sentences
    dtexts = [o["text"] for o in d_out]; ttexts = [o["text"] for o in t_out]
    for name, ts in (("dev", dtexts), ("test", ttexts)):
        c = Counter(ts)
        for t, k in c.items():
            if k > 1: probs.append((name, "duplicate text", t))
    ds = set().union(*map(sentences, dtexts)); tss = set().union(*map(sentences, ttexts))
    for s in ds & tss: probs.append(("both", "shared sentence", s))
    for p in probs: print("PROBLEM", p)
    print("problems:", len(probs))
