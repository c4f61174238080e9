"""Shared helpers: roster generation, template rendering with computed offsets, writing, validation."""
import csv, json, random, re, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def make_roster(prefix, firsts, lasts, nick, years, classes, n=120, n_noconsent=10, seed=0):
    rnd = random.Random(seed)
    rows, seen = [], set()
    noc = set(rnd.sample(range(n), n_noconsent))
    i = 0
    while len(rows) < n:
        f, l = rnd.choice(firsts), rnd.choice(lasts)
        if (f, l) in seen:
            continue
        seen.add((f, l))
        yi = len(rows) * len(years) // n
        y = years[yi]
        cls = classes[yi][len(rows) % len(classes[yi])]
        pref = nick.get(f, f) if rnd.random() < 0.5 else f
        c = "no" if len(rows) in noc else "yes"
        rows.append(dict(pupil_id=f"{prefix}{len(rows)+1:04d}", first_name=f, last_name=l,
                         preferred_name=pref, year_group=y, class_name=cls,
                         consent_social_media=c, consent_website=c if rnd.random() < .8 else "yes"))
    return rows

def write_csv(path, rows, fields):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow(r)

PH = re.compile(r"\{(\w+)\}")

def render(tpl, fills):
    """fills: name -> str (plain) or (str, spaninfo dict). Returns text, spans."""
    out, spans, pos = [], [], 0
    last = 0
    for m in PH.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit); pos += len(lit)
        val = fills[m.group(1)]
        if isinstance(val, tuple):
            s, info = val
            sp = dict(start=pos, end=pos + len(s))
            sp.update(info)
            sp["text"] = s
            spans.append(sp)
        else:
            s = val
        out.append(s); pos += len(s)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), spans

def kid_span(p, text):
    return (text, dict(type="pupil-name", pupil_id=p["pupil_id"], on_roster=True))

def home_span(text):
    return (text, dict(type="home-address", pupil_id=None, on_roster=None))

def order_span(sp):
    keys = ["start", "end", "type", "pupil_id", "on_roster", "text"]
    return {k: sp[k] for k in keys}

def build_half(name, roster, tpls, counts, fillfn, seed, voice=None):
    """tpls: dict kind -> list of (lang, template). counts: kind -> number of posts.
    kinds: LIVE, BOTH, HOME, NEAR, CLEAN. fillfn(rnd, roster, tpl) -> fills."""
    rnd = random.Random(seed)
    posts, seen = [], set()
    meta = []
    for kind, n in counts.items():
        lst = tpls[kind]
        order = list(range(len(lst)))
        made = 0
        cyc = 0
        while made < n:
            if cyc % len(lst) == 0:
                rnd.shuffle(order)
            lang, tpl = lst[order[cyc % len(lst)]]
            cyc += 1
            for _ in range(50):
                text, spans = render(tpl, fillfn(rnd, roster, tpl))
                if text not in seen:
                    break
            else:
                continue
            seen.add(text)
            live = kind in ("LIVE", "BOTH")
            posts.append(dict(text=text, images=[], labels=dict(offensive=False, live_location=live,
                         unsafe_link=False, political_or_commercial=False),
                         spans=[order_span(s) for s in spans], image_spans=[], _lang=lang, _kind=kind))
            made += 1
    rnd.shuffle(posts)
    lines = []
    for i, p in enumerate(posts, 1):
        d = {"id": f"{name}-{i:03d}", "text": p["text"], "images": [], "labels": p["labels"],
             "spans": p["spans"], "image_spans": []}
        if voice:
            d["voice"] = voice
        lines.append(d)
        meta.append((p["_kind"], p["_lang"]))
    return lines, meta

def write_half(half, roster, staff, staff_fields, toml, lines, meta):
    d = os.path.join(OUT, half)
    write_csv(os.path.join(d, "roster.csv"), roster, ["pupil_id", "first_name", "last_name", "preferred_name",
              "year_group", "class_name", "consent_social_media", "consent_website"])
    write_csv(os.path.join(d, "staff.csv"), staff, staff_fields)
    open(os.path.join(d, "school.toml"), "w", encoding="utf-8").write(toml)
    with open(os.path.join(d, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    validate(half, roster, lines)
    # summary
    from collections import Counter
    c = Counter()
    for l, (kind, lang) in zip(lines, meta):
        c["posts"] += 1
        c["live_true"] += l["labels"]["live_location"]
        h = [s for s in l["spans"] if s["type"] == "home-address"]
        c["posts_with_home"] += bool(h)
        c["home_spans"] += len(h)
        c["pupil_spans"] += sum(s["type"] == "pupil-name" for s in l["spans"])
        c["clean"] += (not l["spans"] and not any(l["labels"].values()))
        c["kind_" + kind] += 1
        c["lang_" + lang] += 1
    print(half, dict(c))

def validate(half, roster, lines):
    ids = {r["pupil_id"] for r in roster}
    seen = set()
    for l in lines:
        assert l["id"] not in seen; seen.add(l["id"])
        for s in l["spans"]:
            assert l["text"][s["start"]:s["end"]] == s["text"], (l["id"], s)
            if s["type"] == "pupil-name":
                assert s["pupil_id"] in ids and s["on_roster"] is True
        for v in l["labels"].values():
            assert isinstance(v, bool)

def pick_venue(rnd, tpl, rules, default):
    """rules: list of (keywords, venues). First rule with a keyword in the template wins."""
    low = tpl.lower()
    for kws, vs in rules:
        if any(k in low for k in kws):
            return rnd.choice(vs)
    return rnd.choice(default)
