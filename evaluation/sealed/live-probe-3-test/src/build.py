#!/usr/bin/env python3
"""Build and validate the live_location probe (dev + test halves). Standard library only."""
import csv
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import dev_posts  # noqa: E402
import test_posts  # noqa: E402

LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]

SCHOOLS = {
    "dev": {
        "prefix": "lp3-dev-",
        "posts": dev_posts.POSTS,
        "seed": 31,
        "toml": """# Probe school (dev half): a synthetic primary school in Wrexham. Used by `safepost check --school`.
name = "Maes y Grug Primary School"
name_cy = "Ysgol Gynradd Maes y Grug"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Ffordd Maes y Grug, Gwersyllt, Wrexham LL11 4SZ"
local_authority = "Wrexham County Borough Council"
web_domains = ["maesygrug.sch.uk"]
email_domains = ["maesygrug.sch.uk"]
emails = ["office@maesygrug.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["maesygrug.sch.uk", "wrexham.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
""",
        "roster": [
            ("MG0001", "Tomos", "Griffiths", "Tomos", "Reception", "Dryw", "yes", "yes"),
            ("MG0002", "Lacey", "Whitfield", "Lacey", "Reception", "Dryw", "yes", "yes"),
            ("MG0003", "Harri", "Edwards", "Harri", "Reception", "Dryw", "no", "yes"),
            ("MG0004", "Ava-Rose", "Kelsall", "Ava-Rose", "Year 1", "Tylluan", "yes", "yes"),
            ("MG0005", "Jac", "Roberts", "Jac", "Year 1", "Tylluan", "yes", "yes"),
            ("MG0006", "Maisie", "Pritchard", "Maisie", "Year 1", "Tylluan", "yes", "yes"),
            ("MG0007", "Caio", "Ferreira", "Caio", "Year 2", "Tylluan", "yes", "yes"),
            ("MG0008", "Elis", "Humphreys", "Elis", "Year 2", "Tylluan", "yes", "yes"),
            ("MG0009", "Zuzanna", "Kowalczyk", "Zuzia", "Year 2", "Tylluan", "yes", "yes"),
            ("MG0010", "Reggie", "Bithell", "Reggie", "Year 3", "Barcud", "yes", "yes"),
            ("MG0011", "Megan", "Ankers", "Megan", "Year 3", "Barcud", "yes", "yes"),
            ("MG0012", "Dafydd", "Wynne", "Deio", "Year 3", "Barcud", "yes", "yes"),
            ("MG0013", "Isla", "Jarvis", "Isla", "Year 4", "Barcud", "no", "no"),
            ("MG0014", "Kian", "Davies", "Kian", "Year 4", "Barcud", "yes", "yes"),
            ("MG0015", "Lowri", "Ellis", "Lowri", "Year 4", "Barcud", "yes", "yes"),
            ("MG0016", "Archie", "Foulkes", "Archie", "Year 5", "Hebog", "yes", "yes"),
            ("MG0017", "Nel", "Vaughan", "Nel", "Year 5", "Hebog", "yes", "yes"),
            ("MG0018", "Theo", "Gittins", "Theo", "Year 5", "Hebog", "yes", "yes"),
            ("MG0019", "Cadi", "Rees", "Cadi", "Year 6", "Hebog", "yes", "yes"),
            ("MG0020", "Alfie", "Lewis", "Alfie", "Year 6", "Hebog", "yes", "yes"),
        ],
        "staff": [
            ("MGS01", "Mrs", "Sioned", "Pryce", "Headteacher"),
            ("MGS02", "Mr", "Owain", "Bellis", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
            ("MGS03", "Mrs", "Karen", "Whitty", "Class teacher (Reception, Dryw)"),
            ("MGS04", "Miss", "Leah", "Corbett", "Class teacher (Years 1-2, Tylluan)"),
            ("MGS05", "Mrs", "Angharad", "Lloyd", "Class teacher (Years 3-4, Barcud)"),
            ("MGS06", "Mr", "Dylan", "Parry", "Class teacher (Years 5-6, Hebog); PE lead"),
            ("MGS07", "Mr", "Steve", "Mottram", "Teaching assistant (TA); school football"),
            ("MGS08", "Mrs", "Bethan", "Roe", "Teaching assistant (TA); Welsh stream"),
        ],
    },
    "test": {
        "prefix": "lp3-test-",
        "posts": test_posts.POSTS,
        "seed": 77,
        "toml": """# Probe school (test half): a synthetic Welsh-medium primary school in Llanelli. Used by `safepost check --school`.
name = "Ysgol Gymraeg Cae'r Wennol"
name_cy = "Ysgol Gymraeg Cae'r Wennol"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Heol y Wennol, Llanelli SA15 9ZW"
local_authority = "Carmarthenshire County Council"
web_domains = ["caerwennol.sch.uk"]
email_domains = ["caerwennol.sch.uk"]
emails = ["swyddfa@caerwennol.sch.uk", "office@caerwennol.sch.uk"]
phones = ["01632 960733"]
allowed_link_domains = ["caerwennol.sch.uk", "carmarthenshire.gov.wales", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
""",
        "roster": [
            ("CW0001", "Gruffudd", "Harries", "Guto", "Reception", "Cocos", "yes", "yes"),
            ("CW0002", "Alys", "Bowen", "Alys", "Reception", "Cocos", "yes", "yes"),
            ("CW0003", "Mabli", "Thomas", "Mabli", "Reception", "Cocos", "yes", "yes"),
            ("CW0004", "Ianto", "Williams", "Ianto", "Year 1", "Morloi", "yes", "yes"),
            ("CW0005", "Efa", "Jenkins", "Efa", "Year 1", "Morloi", "no", "yes"),
            ("CW0006", "Macsen", "Daniel", "Macsen", "Year 1", "Morloi", "yes", "yes"),
            ("CW0007", "Tomos", "Rogers", "Twm", "Year 2", "Morloi", "yes", "yes"),
            ("CW0008", "Lleucu", "Howells", "Lleucu", "Year 2", "Morloi", "yes", "yes"),
            ("CW0009", "Cerys", "Phillips", "Cerys", "Year 2", "Morloi", "yes", "yes"),
            ("CW0010", "Osian", "Rosser", "Osian", "Year 3", "Crancod", "yes", "yes"),
            ("CW0011", "Nansi", "Hopkins", "Nansi", "Year 3", "Crancod", "yes", "yes"),
            ("CW0012", "Elan", "Bevan", "Elan", "Year 3", "Crancod", "yes", "yes"),
            ("CW0013", "Jake", "Evans", "Jake", "Year 4", "Crancod", "yes", "yes"),
            ("CW0014", "Leo", "Francis", "Leo", "Year 4", "Crancod", "yes", "yes"),
            ("CW0015", "Amelia", "Morris", "Amelia", "Year 4", "Crancod", "no", "no"),
            ("CW0016", "Tegan", "Jones", "Tegan", "Year 5", "Gwylanod", "yes", "yes"),
            ("CW0017", "Betsan", "Griffiths", "Betsan", "Year 5", "Gwylanod", "yes", "yes"),
            ("CW0018", "Kacper", "Nowak", "Kacper", "Year 5", "Gwylanod", "yes", "yes"),
            ("CW0019", "Dafydd", "Walters", "Dai", "Year 6", "Gwylanod", "yes", "yes"),
            ("CW0020", "Gethin", "Rowlands", "Gethin", "Year 6", "Gwylanod", "yes", "yes"),
        ],
        "staff": [
            ("CWS01", "Mr", "Rhodri", "Gealy", "Headteacher (Pennaeth)"),
            ("CWS02", "Mrs", "Eleri", "Dafis", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
            ("CWS03", "Mrs", "Manon", "Eynon", "ALNCo; Deputy DSL"),
            ("CWS04", "Miss", "Nia", "Rhydderch", "Class teacher (Reception, Cocos)"),
            ("CWS05", "Mr", "Kyle", "Anthony", "Class teacher (Years 1-2, Morloi)"),
            ("CWS06", "Mrs", "Delyth", "Gravell", "Class teacher (Years 3-4, Crancod)"),
            ("CWS07", "Mr", "Huw", "Llywelyn", "Class teacher (Years 5-6, Gwylanod); PE lead"),
            ("CWS08", "Mrs", "Catrin", "Probert", "Teaching assistant (TA)"),
        ],
    },
}

PERSONA = {
    "dev": "Gareth, a dad in Wrexham who runs a junior football club and looks after the PTA's page, posting for "
           "Maes y Grug Primary (a dual-stream school, hence Welsh-stream posts in north Walian Welsh: efo, hogia, genod)",
    "test": "Catrin (Gareth's sister), a teaching assistant at a Welsh-medium school in Llanelli, posting for "
            "Ysgol Gymraeg Cae'r Wennol (south Walian touches: heddi, nawr, ni'n)",
}


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(buf.getvalue())


def sentences(text):
    parts = re.split(r"[.!?\n]+|\s[–-]\s", text)
    return {re.sub(r"\W+", " ", p).strip().lower() for p in parts if len(p.split()) >= 3}


def shingles(text, n=5):
    words = re.sub(r"[^\w']+", " ", text.lower()).split()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def build(half):
    cfg = SCHOOLS[half]
    out = os.path.join(ROOT, half)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "school.toml"), "w", encoding="utf-8") as f:
        f.write(cfg["toml"])
    write_csv(os.path.join(out, "roster.csv"),
              ["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
               "consent_social_media", "consent_website"], cfg["roster"])
    write_csv(os.path.join(out, "staff.csv"), ["staff_id", "title", "first_name", "last_name", "role"], cfg["staff"])

    posts = list(cfg["posts"])
    random.Random(cfg["seed"]).shuffle(posts)
    lines, meta = [], []
    for i, (live, welsh, text, images) in enumerate(posts, 1):
        rec = {
            "id": f"{cfg['prefix']}{i:03d}",
            "text": text,
            "images": images,
            "labels": {"offensive": False, "live_location": live, "unsafe_link": False,
                       "political_or_commercial": False},
            "spans": [],
            "image_spans": [],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append((rec, welsh))
    with open(os.path.join(out, "posts.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return meta


def validate(half, meta):
    cfg = SCHOOLS[half]
    out = os.path.join(ROOT, half)
    errors = []
    # re-read and parse every line
    with open(os.path.join(out, "posts.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    for r in recs:
        for k in ("id", "text", "images", "labels", "spans", "image_spans"):
            if k not in r:
                errors.append(f"{r.get('id')}: missing {k}")
        for lab in LABELS:
            if lab not in r["labels"] or not isinstance(r["labels"][lab], bool):
                errors.append(f"{r['id']}: label {lab}")
        for lab in ("offensive", "unsafe_link", "political_or_commercial"):
            if r["labels"][lab]:
                errors.append(f"{r['id']}: {lab} should be false")
        if r["spans"] or r["image_spans"]:
            errors.append(f"{r['id']}: spans should be empty")
        for sp in r["spans"]:
            if r["text"][sp["start"]:sp["end"]] != sp["text"]:
                errors.append(f"{r['id']}: span mismatch")
        for im in r["images"]:
            if set(im) != {"filename", "alt"}:
                errors.append(f"{r['id']}: image keys")
        # no URLs, emails, phone-like digit runs
        if re.search(r"https?://|www\.|\.(com|co\.uk|ly|gd)\b", r["text"]):
            errors.append(f"{r['id']}: looks like a link")
        if re.search(r"@", r["text"]) or re.search(r"\d{4,}\s?\d{3,}", r["text"]):
            errors.append(f"{r['id']}: looks like contact details")
    # no pupil names (roster first, last, preferred) as whole words in text/alt/filename
    names = set()
    for row in cfg["roster"]:
        names.update({row[1], row[2], row[3]})
    for r in recs:
        blob = r["text"] + " " + " ".join(im["alt"] + " " + im["filename"] for im in r["images"])
        for nm in names:
            if re.search(r"(?<![\w'])" + re.escape(nm) + r"(?![\w])", blob, re.I):
                errors.append(f"{r['id']}: contains roster name {nm!r}")
    return recs, errors


def main():
    metas, allrecs, errors = {}, {}, []
    for half in ("dev", "test"):
        metas[half] = build(half)
        recs, errs = validate(half, metas[half])
        allrecs[half] = recs
        errors += [f"{half}: {e}" for e in errs]
    # no shared sentences / long word runs between halves
    dev_s = set().union(*(sentences(r["text"]) for r in allrecs["dev"]))
    test_s = set().union(*(sentences(r["text"]) for r in allrecs["test"]))
    for s in dev_s & test_s:
        errors.append(f"shared sentence: {s!r}")
    dev_sh = set().union(*(shingles(r["text"]) for r in allrecs["dev"]))
    for r in allrecs["test"]:
        common = shingles(r["text"]) & dev_sh
        if common:
            errors.append(f"shared 5-word run in {r['id']}: {sorted(common)}")
    # within-half near duplicates (6-word runs)
    for half in ("dev", "test"):
        seen = {}
        for r in allrecs[half]:
            for s in shingles(r["text"], 6):
                if s in seen and seen[s] != r["id"]:
                    errors.append(f"{half}: 6-word run shared by {seen[s]} and {r['id']}: {s!r}")
                seen.setdefault(s, r["id"])
    for half in ("dev", "test"):
        meta = metas[half]
        n = len(meta)
        pos = sum(r["labels"]["live_location"] for r, _ in meta)
        cy = sum(w for _, w in meta)
        pos_cy = sum(1 for r, w in meta if w and r["labels"]["live_location"])
        imgs = sum(1 for r, _ in meta if r["images"])
        print(f"{half}: posts={n} live_location={pos} ({100*pos/n:.0f}%) welsh_or_mixed={cy} ({100*cy/n:.0f}%) "
              f"welsh_positive={pos_cy} posts_with_images={imgs}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
