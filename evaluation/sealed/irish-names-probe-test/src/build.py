#!/usr/bin/env python3
"""Build the irish-names-probe dev and test sets.

Post texts are written with inline markup: {shown text|First Last} marks a pupil-name span
for the roster pupil whose first_name + last_name is "First Last"; {shown text|-} marks a
child who is not on the roster; {Full Name} is short for {Full Name|Full Name}.
Offsets are computed here, never by hand.
"""
import csv
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import dev_data  # noqa: E402
import test_data  # noqa: E402

YEAR_GROUPS = {1: "Reception", 2: "Year 1", 3: "Year 2", 4: "Year 3", 5: "Year 4", 6: "Year 5", 7: "Year 6"}
MARK = re.compile(r"\{([^{}|]+)(?:\|([^{}]+))?\}")
LABELS = {"offensive": False, "live_location": False, "unsafe_link": False, "political_or_commercial": False}


def build_roster(data):
    rng = random.Random(data.SEED)
    rows = []
    used = {(f[0], f[1]) for fs in data.FEATURED.values() for f in fs}
    for p, cls in enumerate(data.CLASSES, start=1):
        feats = data.FEATURED[p]
        people = []
        for f in feats:
            first, last = f[0], f[1]
            pref = f[2] if len(f) > 2 else first
            people.append((first, last, pref))
            used.add((first, last))
        while len(people) < data.CLASS_SIZE[p - 1]:
            if rng.random() < 0.5:
                first = rng.choice(data.FILL_GIRLS)
                last = rng.choice(data.FILL_SURNAMES + data.FILL_SURNAMES_GIRL)
            else:
                first = rng.choice(data.FILL_BOYS)
                last = rng.choice(data.FILL_SURNAMES + data.FILL_SURNAMES_BOY)
            if (first, last) in used:
                continue
            used.add((first, last))
            people.append((first, last, first))
        people.sort(key=lambda t: (strip(t[1]).lower(), strip(t[0]).lower()))
        for first, last, pref in people:
            rows.append({"first_name": first, "last_name": last, "preferred_name": pref,
                         "year_group": YEAR_GROUPS[p], "class_name": f"P{p} {cls}"})
    no_consent = set(rng.sample(range(len(rows)), data.NO_CONSENT))
    for i, r in enumerate(rows):
        r["pupil_id"] = f"{data.ID_PREFIX}{i + 1:04d}"
        r["consent_social_media"] = "no" if i in no_consent else "yes"
        r["consent_website"] = "no" if (i in no_consent and i % 2 == 0) else "yes"
    return rows


def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def parse(raw, keymap):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        cur += len(raw[pos:m.start()])
        shown = m.group(1)
        key = m.group(2) or shown
        if key == "-":
            pid, on = None, False
        else:
            if key not in keymap:
                raise SystemExit(f"unknown pupil key {key!r} in: {raw}")
            pid, on = keymap[key], True
        spans.append({"start": cur, "end": cur + len(shown), "type": "pupil-name",
                      "pupil_id": pid, "on_roster": on, "text": shown})
        out.append(shown)
        cur += len(shown)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"], (s, text)
    assert "{" not in text and "}" not in text and "|" not in text, text
    return text, spans


FORBIDDEN = [re.compile(p) for p in [r"\d{3,}\s?\d{3,}", r"@", r"https?://", r"www\.", r"\bBT\d", r"\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b.*birth"]]


def write_set(data, outdir):
    os.makedirs(outdir, exist_ok=True)
    roster = build_roster(data)
    keymap = {}
    for r in roster:
        k = f"{r['first_name']} {r['last_name']}"
        assert k not in keymap, k
        keymap[k] = r["pupil_id"]
    with open(os.path.join(outdir, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["pupil_id", "first_name", "last_name", "preferred_name", "year_group",
                                          "class_name", "consent_social_media", "consent_website"])
        w.writeheader()
        for r in roster:
            w.writerow({k: r[k] for k in w.fieldnames})
    with open(os.path.join(outdir, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, s in enumerate(data.STAFF, start=1):
            w.writerow([f"{data.STAFF_PREFIX}{i:02d}"] + list(s))
    with open(os.path.join(outdir, "school.toml"), "w", encoding="utf-8") as f:
        f.write(data.SCHOOL_TOML)
    open(os.path.join(outdir, "comments.jsonl"), "w").close()
    open(os.path.join(outdir, "images.jsonl"), "w").close()

    posts, meta = [], []
    seen_texts = set()
    for i, (voice, tags, raw) in enumerate(data.POSTS, start=1):
        text, spans = parse(raw, keymap)
        assert text not in seen_texts, text
        seen_texts.add(text)
        for rx in FORBIDDEN:
            assert not rx.search(text), (rx.pattern, text)
        posts.append({"id": f"post-{i:03d}", "text": text, "images": [], "labels": dict(LABELS),
                      "spans": spans, "image_spans": []})
        meta.append((voice, tags, raw, spans))
    assert len(posts) == data.N_POSTS, len(posts)
    with open(os.path.join(outdir, "posts.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    # re-read and validate
    with open(os.path.join(outdir, "posts.jsonl"), encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            assert set(p) == {"id", "text", "images", "labels", "spans", "image_spans"}
            assert all(v is False for v in p["labels"].values()) and set(p["labels"]) == set(LABELS)
            for s in p["spans"]:
                assert s["type"] == "pupil-name"
                assert p["text"][s["start"]:s["end"]] == s["text"]
                assert (s["pupil_id"] is None) == (s["on_roster"] is False)
                if s["pupil_id"]:
                    assert s["pupil_id"] in {r["pupil_id"] for r in roster}
            ends = sorted((s["start"], s["end"]) for s in p["spans"])
            for a, b in zip(ends, ends[1:]):
                assert a[1] <= b[0], ("overlap", p["id"])
    return roster, posts, meta


def stats(data, roster, posts, meta):
    byid = {r["pupil_id"]: r for r in roster}
    st = Counter()
    voices_named, voices_clean = Counter(), Counter()
    tags = Counter()
    for (voice, tg, raw, spans), p in zip(meta, posts):
        (voices_named if spans else voices_clean)[voice] += 1
        for t in [t for t in tg.split(",") if t]:
            tags[t] += 1
        if len(spans) >= 4:
            st["list posts (4+ names)"] += 1
        for s in spans:
            st["spans"] += 1
            t = s["text"]
            if not s["on_roster"]:
                st["off-roster children"] += 1
                continue
            r = byid[s["pupil_id"]]
            full = f"{r['first_name']} {r['last_name']}"
            if t.startswith("#"):
                st["hashtags"] += 1
            elif t == full:
                st["full names as on the roster"] += 1
            elif t.isupper() and len(t) > 1:
                st["all capitals"] += 1
            elif t == t.lower():
                st["all lower case"] += 1
            if re.search(r"\b[A-Za-zÁÉÍÓÚáéíóú]\.?$", t) and " " in t and not t.startswith("#"):
                st["first name + initial"] += 1
            if re.match(r"^[A-Z]\. ", t):
                st["initial + surname"] += 1
            if p["text"][s["end"]:s["end"] + 2] in ("'s", "’s"):
                st["possessives"] += 1
            base = t.lstrip("#")
            fw = base.split()[0] if " " in base else base
            fn = r["first_name"]
            if strip(fn) != fn and strip(fw).lower() == fw.lower() and strip(fn).lower() == fw.lower():
                st["fada dropped"] += 1
            if strip(fn) == fn and strip(fw) != fw and fn.lower() == strip(fw).lower():
                st["fada added (roster has none)"] += 1
            if (r["preferred_name"] != r["first_name"] and r["preferred_name"].lower() in base.lower()) or \
               (strip(r["first_name"]).lower() not in strip(base).lower() and strip(r["last_name"]).lower() not in strip(base).lower()):
                st["nicknames"] += 1
    return st, voices_named, voices_clean, tags


WORD_NAMES = {"Shannon", "Erin", "Kerry", "Clare", "Derry", "Bronagh", "Brendan", "Patrick", "Bridget", "Colm",
              "Grace", "Hope", "Rose", "Faith", "Brooke", "Bay", "Sky", "Niall", "Ross", "Neve", "Robin"}
ANGLICISED = {"Keeva", "Kieran", "Owen", "Rory", "Neve", "Maeve", "Sinead", "Aine", "Roisin", "Caitlin"}
VOICE_NAMES = {
    "dev": {"S": "school secretary (Mrs Clodagh Gormley), chatty, emoji-heavy, 'folks' and 'wee'",
            "P": "principal (Mr Pádraig Ó Catháin), formal announcements and congratulations",
            "G": "Gaelic games coach (Mr Colm Devlin), match reports, squads, hashtags",
            "T": "P3 teacher (Miss Orla Hughes), writes almost entirely in lower case",
            "V": "grandparent reading volunteer (Granny Peg), guest posts signed with her name"},
    "test": {"S": "school secretary (Mrs Bronagh Reid), chatty, emoji-heavy",
             "P": "principal (Mrs Róisín Hamill), formal announcements and congratulations",
             "G": "Gaelic games coach (Mr Dara Ó Ceallaigh, 'Coach Dara'), squads, match reports, hashtags",
             "T": "P3 teacher (Mr Fionn Gilmore), writes almost entirely in lower case",
             "V": "grandparent reading volunteer (Grandad Billy), guest posts signed with his name"},
}
TAG_BASE = {
    "saint": "saints and feast days", "place": "places, rivers, counties and cities",
    "staff": "staff named by first name, title or full name, many sharing a pupil's first name or surname",
    "class": "class names", "house": "house names that are also pupils' first names", "song": "songs",
    "irish": "Irish-language phrases and words, names explained as words",
    "famous": "famous, historical or fictional people", "gaa": "GAA clubs and county teams",
    "word": "ordinary words that are also names, or a name discussed as a word",
    "legend": "figures from Irish legend", "pet": "pets, toys, plants and animals given children's names",
    "adult": "adults with Irish first names (priests, governors, former pupils now grown up, club officials)",
}
TAG_EX = {
    "dev": {"saint": "St Patrick's Day, Lá Fhéile Bríde, Saint Brigid's cross, St Brendan, St Colm",
            "place": "River Shannon, County Kerry, County Clare, Derry, Lough Derg",
            "class": "the P3 class is called Shannon, like a pupil in it",
            "house": "Brigid, Patrick, Colmcille, Ciarán", "song": "The Rose of Tralee, Róisín Dubh, Grace, Danny Boy",
            "irish": "Erin go Brách, Lá Fhéile Pádraig, saoirse, aisling, síofra",
            "famous": "Seamus Heaney, Tyrone footballers, Niall of the Nine Hostages, TV characters",
            "gaa": "Naomh Colm, Errigal Ciarán, Tyrone, Derry, Kerry", "word": "grace, hope, faith, sky, bay",
            "legend": "Fionn mac Cumhaill, Oisín and Niamh, Aoife in the Children of Lir"},
    "test": {"saint": "St Bronagh, St Patrick on Slemish, St Bridget, St Colmcille",
             "place": "Cave Hill, Belfast Lough, Dundrum Bay, County Kerry",
             "class": "classes are named after birds; the P2 class is called Robin, like a pupil in it",
             "house": "Fionn, Oisín, Méabh, Lir", "song": "a Belfast street song",
             "irish": "counting in Irish, Naomh Bríd abú, Múinteoir Éabha",
             "famous": "C.S. Lewis, George Best, Niall Horan, Dara Ó Briain, Mary McAleese",
             "gaa": "Naomh Bríd, Antrim, Kerry", "word": "grace, hope, sky, bay, robin, rose",
             "legend": "Cúchulainn, Queen Méabh, Fionn mac Cumhaill"},
}
OFF_DESC = {"dev": "a new baby brother (twice) and an unknown child's name on a lunchbox",
            "test": "a baby brother and a cousin at another school"}


def make_readme(name, data, roster, posts, meta, st, vn, vc):
    named = sum(1 for p in posts if p["spans"])
    spans = sum(len(p["spans"]) for p in posts)
    off = sum(1 for p in posts for s in p["spans"] if not s["on_roster"])
    firsts = [r["first_name"] for r in roster]
    fada = sum(1 for f in firsts if strip(f) != f)
    wordn = sum(1 for f in firsts if f in WORD_NAMES)
    angl = sum(1 for f in firsts if f in ANGLICISED)
    sur = Counter()
    for r in roster:
        l = r["last_name"]
        if l.startswith("Mac an "):
            sur["Mac an …"] += 1
        elif l.startswith(("Ó ", "Ní ", "Nic ")):
            sur["Ó / Ní / Nic …"] += 1
        elif l.startswith("O'"):
            sur["O'…"] += 1
        elif l.startswith("Mac "):
            sur["Mac …"] += 1
        elif l.startswith("Mc"):
            sur["Mc…"] += 1
    pupil_firsts = set(strip(f).lower() for f in firsts)
    pupil_lasts = set(r["last_name"] for r in roster)
    shared_first = [s for s in data.STAFF if strip(s[1]).lower() in pupil_firsts]
    shared_last = [s for s in data.STAFF if s[2] in pupil_lasts]
    no_consent = sum(1 for r in roster if r["consent_social_media"] == "no")
    trap_clean, trap_named = Counter(), Counter()
    for (voice, tg, raw, sp) in meta:
        for t in [t for t in tg.split(",") if t]:
            (trap_named if sp else trap_clean)[t] += 1
    L = []
    L.append(f"# irish-names-probe – {name} set ({data.SCHOOL_NAME}, {data.PLACE})\n")
    L.append(f"A probe set about one thing only: **pupil names** written in Irish spelling, anglicised, or shared with "
             f"places, saints, words and staff. Everything is invented: {data.SCHOOL_NAME} is a fictional primary school in "
             f"{data.PLACE}, Northern Ireland; pupils, staff, volunteers and events are made up. Every post label is false and the only "
             f"span type is `pupil-name`; posts contain no phone numbers, emails, home addresses, dates of birth, links, "
             f"live locations, offensive wording or advertising. Comments and images are empty files.\n")
    L.append("Northern Ireland primary classes P1–P7 are recorded in `year_group` as the bench's Reception … Year 6 "
             "(P1 = Reception, P7 = Year 6); `class_name` holds the P-class and its name (e.g. `P3 " + data.CLASSES[2] + "`). "
             f"Classes are named {', '.join(data.CLASSES)}; houses are {', '.join(data.HOUSES)}.\n")
    L.append("## Counts\n")
    L.append("| file | count |\n|---|---|")
    L.append(f"| roster.csv | {len(roster)} pupils ({no_consent} without social-media consent) |")
    L.append(f"| staff.csv | {len(data.STAFF)} staff |")
    L.append(f"| posts.jsonl | {len(posts)} posts: {named} with at least one pupil name, {len(posts) - named} clean |")
    L.append("| comments.jsonl | 0 |\n| images.jsonl | 0 |\n")
    L.append(f"Spans: {spans} `pupil-name` spans in {named} posts ({spans - off} on the roster, {off} children not on the roster: "
             f"{OFF_DESC[name]}). No image spans. Positive labels: 0 for all four labels.\n")
    L.append("### Forms of the names in spans\n")
    L.append("| form | spans |\n|---|---|")
    for k in ["full names as on the roster", "all lower case", "all capitals", "hashtags", "possessives",
              "first name + initial", "initial + surname", "fada dropped", "fada added (roster has none)", "nicknames",
              "list posts (4+ names)"]:
        L.append(f"| {k} | {st.get(k, 0)}{' posts' if k.startswith('list') else ''} |")
    L.append("\nThe remaining spans are first names alone in ordinary sentence case. A span can fall in more than one row.\n")
    L.append("## Name families in the roster\n")
    def ex(pred):
        out = []
        for f in firsts:
            if pred(f) and f not in out:
                out.append(f)
        return ", ".join(out)
    L.append(f"* {fada} pupils have a first name with a fada ({ex(lambda f: strip(f) != f)}); "
             "many others have Irish names without one.")
    L.append(f"* {wordn} pupils have first names that are also places, saints or words ({ex(lambda f: f in WORD_NAMES)}).")
    L.append(f"* {angl} pupils have anglicised forms or roster spellings without the fada ({ex(lambda f: f in ANGLICISED)}); "
             "some posts add the fada the roster lacks.")
    L.append("* Surnames: " + ", ".join(f"{k} {v}" for k, v in sur.items()) + " pupils; the rest are plain surnames.")
    L.append("* Several first names occur more than once across year groups; the span's `pupil_id` says which child is meant.")
    L.append(f"* {len(shared_first)} of {len(data.STAFF)} staff share a first name with at least one pupil and {len(shared_last)} share a surname; "
             "staff appear in posts as Miss/Mrs/Mr + first name, surname or full name, as 'Coach' + first name, and by first name alone, and are never spans.\n")
    L.append("## Voices\n")
    L.append("| voice | posts with names | clean posts |\n|---|---|---|")
    for v in "SPGTV":
        L.append(f"| {VOICE_NAMES[name][v]} | {vn.get(v, 0)} | {vc.get(v, 0)} |")
    L.append("\nThe volunteer is an adult and not on staff; the signature is never a span.\n")
    L.append("## Hard cases\n")
    L.append("Trap words in posts (a post can carry several):\n")
    L.append("| trap | clean posts | posts that also name pupils |\n|---|---|---|")
    for t in TAG_BASE:
        e = TAG_EX[name].get(t)
        L.append(f"| {TAG_BASE[t]}{' (' + e + ')' if e else ''} | {trap_clean.get(t, 0)} | {trap_named.get(t, 0)} |")
    L.append("")
    L.append("Further cases: a pupil and the class of the same name in one post; a pupil and a house, legend or saint "
             "of the same name in one post; a pupil and a staff member with the same first name in one post; "
             "a child's name as a pet's, toy's or plant's name (not a span); a pupil explaining what her or his name means "
             "(the child is a span, the bare word is not); the P3 teacher's lower-case names next to lower-case "
             "places and classes; nicknames not listed in the roster; names run together with surnames beginning Ó, Ní, Nic, Mac an.\n")
    L.append("## Files\n")
    L.append("Same format as the bench (`school.toml`, `roster.csv`, `staff.csv`, `posts.jsonl`, `comments.jsonl`, `images.jsonl`). "
             "Built by `../src/build.py` from marked-up text; every span's offsets are computed and checked.\n")
    return "\n".join(L)


def main():
    report = {}
    for name, data in [("dev", dev_data), ("test", test_data)]:
        outdir = os.path.join(ROOT, name)
        roster, posts, meta = write_set(data, outdir)
        st, vn, vc, tags = stats(data, roster, posts, meta)
        named = sum(1 for p in posts if p["spans"])
        readme = make_readme(name, data, roster, posts, meta, st, vn, vc)
        with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme)
        report[name] = dict(pupils=len(roster), staff=len(data.STAFF), posts=len(posts), named=named,
                            clean=len(posts) - named, spans=st["spans"], stats=dict(st),
                            voices_named=dict(vn), voices_clean=dict(vc), tags=dict(tags))
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
