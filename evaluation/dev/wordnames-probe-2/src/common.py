import json, re, random, csv, os

MARK = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")
LABELS = {"offensive": False, "live_location": False, "unsafe_link": False, "political_or_commercial": False}

def parse(marked, byname):
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        s = len(text)
        text += m.group(1)
        key = m.group(2)
        if key == "-":
            pid, on = None, False
        else:
            pid, on = byname[key], True
        spans.append({"start": s, "end": len(text), "type": "pupil-name", "pupil_id": pid, "on_roster": on, "text": m.group(1)})
        pos = m.end()
    text += marked[pos:]
    assert "{" not in text and "}" not in text, marked
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"]
    return text, spans

def build_roster(prefix, named, fill_first_word, fill_first_plain, fill_last, classes, total, seed):
    """named: list of (first, last, preferred, year). returns rows and byname map ('Pref Last' -> id)."""
    rnd = random.Random(seed)
    years = ["Reception"] + [f"Year {i}" for i in range(1, 7)]
    people = [(f, l, p or f, y) for f, l, p, y in named]
    used = {(p, l) for f, l, p, y in people}
    nword = sum(1 for f, l, p, y in people if p in fill_first_word or f in fill_first_word)
    while len(people) < total:
        want_word = nword < 0.40 * total and rnd.random() < 0.5
        f = rnd.choice(fill_first_word if want_word else fill_first_plain)
        l = rnd.choice(fill_last)
        if (f, l) in used: continue
        used.add((f, l)); nword += want_word
        people.append((f, l, f, years[len(people) % 7]))
    people.sort(key=lambda r: (years.index(r[3]), r[1], r[0]))
    rows, byname = [], {}
    for i, (f, l, p, y) in enumerate(people, 1):
        pid = f"{prefix}{i:04d}"
        consent = "no" if rnd.random() < 0.08 else "yes"
        rows.append([pid, f, l, p, y, classes[y], consent, consent])
        byname[f"{p} {l}"] = pid
    return rows, byname

def write_set(outdir, school_toml, roster, staff, posts_marked, byname, readme, prefix):
    os.makedirs(outdir, exist_ok=True)
    open(f"{outdir}/school.toml", "w").write(school_toml)
    with open(f"{outdir}/roster.csv", "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow("pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website".split(","))
        w.writerows(roster)
    with open(f"{outdir}/staff.csv", "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow("staff_id,title,first_name,last_name,role".split(","))
        w.writerows(staff)
    stats = {"posts": 0, "named_posts": 0, "spans": 0, "off": 0}
    with open(f"{outdir}/posts.jsonl", "w") as fh:
        for i, pm in enumerate(posts_marked, 1):
            text, spans = parse(pm, byname)
            rec = {"id": f"{prefix}-post-{i:03d}", "text": text, "images": [], "labels": dict(LABELS), "spans": spans, "image_spans": []}
            line = json.dumps(rec, ensure_ascii=False)
            json.loads(line)
            fh.write(line + "\n")
            stats["posts"] += 1; stats["named_posts"] += bool(spans); stats["spans"] += len(spans)
            stats["off"] += sum(1 for s in spans if not s["on_roster"])
    open(f"{outdir}/comments.jsonl", "w").close()
    open(f"{outdir}/images.jsonl", "w").close()
    open(f"{outdir}/README.md", "w").write(readme.format(**stats, pupils=len(roster), staff=len(staff)))
    return stats
