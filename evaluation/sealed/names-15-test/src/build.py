"""Build a bench half from a data module: roster, staff, school.toml, posts.jsonl.
Post markup: [[surface|First Last]] for a roster pupil, [[surface|-]] for a child not on the roster.
Offsets are computed here, never typed."""
import csv, json, random, re, sys, importlib, os

MARK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def strip(s, lookup):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        n += len(s[pos:m.start()])
        surf, key = m.group(1), m.group(2)
        pid = None if key == "-" else lookup[key]
        spans.append({"start": n, "end": n + len(surf), "type": "pupil-name",
                      "pupil_id": pid, "on_roster": pid is not None, "text": surf})
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(s[pos:])
    return "".join(out), spans


def make_roster(mod):
    rng = random.Random(mod.SEED)
    rows, seen = [], set()
    for first, last, pref in mod.NAMED:
        rows.append([first, last, pref or first]); seen.add((first, last))
    while len(rows) < 150:
        grp = rng.choice(mod.POOLS)
        f, l = rng.choice(grp[0]), rng.choice(grp[1])
        if (f, l) in seen or any(r[0] == f for r in rows[:len(mod.NAMED)]):
            continue
        seen.add((f, l)); rows.append([f, l, f])
    years = ["Reception"] + [f"Year {i}" for i in range(1, 7)]
    order = list(range(150)); rng.shuffle(order)
    yearmap = {}
    for k, idx in enumerate(order):
        yearmap[idx] = years[k % 7]
    # fixed year groups for named pupils if given
    for idx, (first, last, pref) in enumerate(mod.NAMED):
        if (first, last) in mod.YEAR:
            yearmap[idx] = mod.YEAR[(first, last)]
    noconsent = set(rng.sample(range(150), 15))
    out = []
    for i, (f, l, p) in enumerate(rows):
        y = yearmap[i]
        out.append({"pupil_id": f"{mod.PREFIX}{i+1:04d}", "first_name": f, "last_name": l,
                    "preferred_name": p, "year_group": y, "class_name": mod.CLASSES[y],
                    "consent_social_media": "no" if i in noconsent else "yes",
                    "consent_website": "no" if i in noconsent and i % 2 else "yes"})
    return out


def main(name, outdir):
    mod = importlib.import_module(name)
    roster = make_roster(mod)
    lookup = {f"{r['first_name']} {r['last_name']}": r["pupil_id"] for r in roster}
    with open(os.path.join(outdir, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(roster[0])); w.writeheader(); w.writerows(roster)
    with open(os.path.join(outdir, "staff.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, s in enumerate(mod.STAFF):
            w.writerow([f"{mod.PREFIX}S{i+1:02d}"] + list(s))
    with open(os.path.join(outdir, "school.toml"), "w", encoding="utf-8") as fh:
        fh.write(mod.TOML)
    with open(os.path.join(outdir, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for i, p in enumerate(mod.POSTS):
            if isinstance(p, str):
                p = (p, [])
            text, imgs = p
            t, spans = strip(text, lookup)
            images, ispans = [], []
            for k, (fn, alt) in enumerate(imgs):
                fn2, s1 = strip(fn, lookup); alt2, s2 = strip(alt, lookup)
                images.append({"filename": fn2, "alt": alt2})
                for field, ss in (("filename", s1), ("alt", s2)):
                    for s in ss:
                        ispans.append({"image": k, "field": field, **s})
            rec = {"id": f"post-{i+1:03d}", "text": t, "images": images,
                   "labels": {"offensive": False, "live_location": False, "unsafe_link": False,
                              "political_or_commercial": False},
                   "spans": spans, "image_spans": ispans}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(name, len(roster), "pupils", len(mod.STAFF), "staff", len(mod.POSTS), "posts")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    main(sys.argv[1], sys.argv[2])
