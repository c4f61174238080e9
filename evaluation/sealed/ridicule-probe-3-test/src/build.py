#!/usr/bin/env python3
"""Build and validate the ridicule-probe-3 dev/test halves. Standard library only."""
import collections, csv, io, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import dev_posts, test_posts  # noqa: E402

LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]
FAMILY = {
    "O1": "mocking a whole class / year group's performance",
    "O2": "belittling another school's pupils",
    "O3": "shaming a group of parents",
    "O4": "sarcasm / scare quotes about a named adult",
    "O5": "mocking an unnamed child's ability",
    "O6": "belittling a culture or faith",
    "N1": "honest loss or poor result, said kindly",
    "N2": "constructive 'we need to work on'",
    "N3": "praise of another school",
    "N4": "gentle self-deprecating staff humour",
    "N5": "polite reminder to parents",
    "N6": "firm but respectful notice",
    "N7": "celebrating effort after a defeat",
    "N8": "joke that targets no one",
    "N9": "respectful faith/culture post, anonymous praise of a child, sincere thanks to a named adult",
}

HALVES = {
    "dev": {
        "prefix": "rp3-dev",
        "posts": dev_posts.POSTS,
        "seed": 3101,
        "toml": '''# ridicule-probe-3 (dev half): a synthetic Welsh-medium primary school in south-west Wales.
# Twinned (in the posts) with Thornbeck Primary, Hebbleside, West Yorkshire (also invented).
name = "Bryn Meillion Primary School"
name_cy = "Ysgol Gynradd Bryn Meillion"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Heol y Gweydd, Llwynhelyg, Llandeilo SA19 7ZP"
local_authority = "Carmarthenshire County Council"
web_domains = ["brynmeillion.sch.uk"]
email_domains = ["brynmeillion.sch.uk"]
emails = ["swyddfa@brynmeillion.sch.uk"]
phones = ["01632 960271"]
allowed_link_domains = ["brynmeillion.sch.uk", "carmarthenshire.gov.wales", "sirgar.llyw.cymru", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
        "roster": [
            ("BM001", "Lowri", "Daniel", "Lowri", "Reception", "Dryw", "yes", "yes"),
            ("BM002", "Macsen", "Howells", "Macsen", "Reception", "Dryw", "yes", "yes"),
            ("BM003", "Efa", "Rowlands", "Efa", "Year 1", "Dryw", "yes", "yes"),
            ("BM004", "Caio", "James", "Caio", "Year 1", "Dryw", "yes", "yes"),
            ("BM005", "Nel", "Hopkins", "Nel", "Year 2", "Dryw", "yes", "yes"),
            ("BM006", "Aron", "Williams", "Aron", "Year 2", "Dryw", "yes", "yes"),
            ("BM007", "Zara", "Ahmed", "Zara", "Year 2", "Dryw", "no", "yes"),
            ("BM008", "Ioan", "Bevan", "Ioan", "Year 3", "Barcud", "yes", "yes"),
            ("BM009", "Alys", "Jenkins", "Alys", "Year 3", "Barcud", "yes", "yes"),
            ("BM010", "Tomos", "Griffiths", "Tomos", "Year 3", "Barcud", "yes", "yes"),
            ("BM011", "Cadi", "Owen", "Cadi", "Year 4", "Barcud", "yes", "yes"),
            ("BM012", "Harri", "Walters", "Harri", "Year 4", "Barcud", "yes", "yes"),
            ("BM013", "Megan", "Pugh", "Meg", "Year 4", "Barcud", "yes", "yes"),
            ("BM014", "Guto", "Lloyd", "Guto", "Year 5", "Gwalch", "yes", "yes"),
            ("BM015", "Ffion", "Mathias", "Ffion", "Year 5", "Gwalch", "yes", "yes"),
            ("BM016", "Jac", "Davies", "Jac", "Year 5", "Gwalch", "yes", "yes"),
            ("BM017", "Elis", "Rogers", "Elis", "Year 6", "Gwalch", "yes", "yes"),
            ("BM018", "Gethin", "Phillips", "Gethin", "Year 6", "Gwalch", "yes", "yes"),
            ("BM019", "Lili-Mai", "Evans", "Lili-Mai", "Year 6", "Gwalch", "no", "yes"),
            ("BM020", "Erin", "Thomas", "Erin", "Year 6", "Gwalch", "yes", "yes"),
        ],
        "staff": [
            ("BMS01", "Mrs", "Eirlys", "Thomas", "Headteacher"),
            ("BMS02", "Mr", "Rhodri", "Bowen", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
            ("BMS03", "Miss", "Catrin", "Lewis", "Class teacher (Reception to Year 2, Dryw)"),
            ("BMS04", "Mr", "Dafydd", "Harries", "Class teacher (Years 3 and 4, Barcud)"),
            ("BMS05", "Mrs", "Menna", "Jones", "Class teacher (Years 5 and 6, Gwalch)"),
            ("BMS06", "Mrs", "Delyth", "Morgan", "Teaching assistant (TA)"),
            ("BMS07", "Mr", "Gareth", "Rees", "PE and games coordinator (part-time)"),
            ("BMS08", "Mrs", "Anwen", "Price", "School business manager"),
        ],
        "school": "Ysgol Gynradd Bryn Meillion (Bryn Meillion Primary), Llwynhelyg, Carmarthenshire (south-west Wales)",
        "partner": "Thornbeck Primary, Hebbleside, West Yorkshire (twinned school; pen pals, online quiz, rugby friendly, visit day)",
        "others": "local rivals Ysgol Nant Hesgen, Ysgol Maes y Gwenyn, Ysgol Cwm Pedol",
    },
    "test": {
        "prefix": "rp3-test",
        "posts": test_posts.POSTS,
        "seed": 4207,
        "toml": '''# ridicule-probe-3 (test half): a synthetic Welsh-medium primary school in north Wales.
# Twinned (in the posts) with Ashwell Marsh Primary, Kettlebury, Staffordshire (also invented).
name = "Tan-y-Garth Primary School"
name_cy = "Ysgol Gynradd Tan-y-Garth"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Ffordd Chwarel Goch, Carreg Lwyd, Gwynedd LL57 9ZQ"
local_authority = "Cyngor Gwynedd"
web_domains = ["tanygarth.sch.uk"]
email_domains = ["tanygarth.sch.uk"]
emails = ["swyddfa@tanygarth.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["tanygarth.sch.uk", "gwynedd.llyw.cymru", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
        "roster": [
            ("TG001", "Begw", "Jones", "Begw", "Reception", "Grug", "yes", "yes"),
            ("TG002", "Tyler", "Bennett", "Tyler", "Reception", "Grug", "yes", "yes"),
            ("TG003", "Lleucu", "Owen", "Lleucu", "Year 1", "Grug", "yes", "yes"),
            ("TG004", "Ianto", "Hughes", "Ianto", "Year 1", "Grug", "yes", "yes"),
            ("TG005", "Mabli", "Williams", "Mabli", "Year 2", "Grug", "yes", "yes"),
            ("TG006", "Hana", "Rahman", "Hana", "Year 2", "Grug", "no", "yes"),
            ("TG007", "Deio", "Thomas", "Deio", "Year 3", "Eithin", "yes", "yes"),
            ("TG008", "Anest", "Jones", "Anest", "Year 3", "Eithin", "yes", "yes"),
            ("TG009", "Dyfan", "Parry", "Dyfan", "Year 3", "Eithin", "yes", "yes"),
            ("TG010", "Greta", "Kowalska", "Greta", "Year 4", "Eithin", "yes", "yes"),
            ("TG011", "Llŷr", "Edwards", "Llŷr", "Year 4", "Eithin", "yes", "yes"),
            ("TG012", "Heledd", "Griffith", "Heledd", "Year 4", "Eithin", "yes", "yes"),
            ("TG013", "Cian", "Roberts", "Cian", "Year 5", "Rhedyn", "yes", "yes"),
            ("TG014", "Elain", "Hughes", "Elain", "Year 5", "Rhedyn", "yes", "yes"),
            ("TG015", "Osian", "Gwilym", "Osian", "Year 5", "Rhedyn", "yes", "no"),
            ("TG016", "Jaden", "Smith", "Jaden", "Year 5", "Rhedyn", "yes", "yes"),
            ("TG017", "Morgan", "Ellis", "Morgan", "Year 6", "Rhedyn", "yes", "yes"),
            ("TG018", "Sioned", "Wyn", "Sioned", "Year 6", "Rhedyn", "yes", "yes"),
            ("TG019", "Rhys", "Lewis", "Rhys", "Year 6", "Rhedyn", "yes", "yes"),
            ("TG020", "Tomos", "Pritchard", "Twm", "Year 6", "Rhedyn", "no", "no"),
        ],
        "staff": [
            ("TGS01", "Mrs", "Ffion", "Eames", "Headteacher"),
            ("TGS02", "Mr", "Emyr", "Gwynne", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
            ("TGS03", "Mrs", "Mair", "Humphreys", "Class teacher (Reception to Year 2, Grug)"),
            ("TGS04", "Mrs", "Bethan", "Closs", "Class teacher (Years 3 and 4, Eithin)"),
            ("TGS05", "Mr", "Huw", "Tudur", "Class teacher (Years 5 and 6, Rhedyn)"),
            ("TGS06", "Miss", "Llinos", "Bebb", "ALNCo; Deputy DSL"),
            ("TGS07", "Mr", "Dylan", "Gruffudd", "Teaching assistant (TA); sports lead"),
            ("TGS08", "Mrs", "Glenys", "Evans", "Office manager"),
        ],
        "school": "Ysgol Gynradd Tan-y-Garth (Tan-y-Garth Primary), Carreg Lwyd, Gwynedd (north Wales)",
        "partner": "Ashwell Marsh Primary, Kettlebury, Staffordshire (twinned school; pen pals, rounders, STEM day, concert, visit)",
        "others": "local rivals Ysgol Pen-y-Cefn, Ysgol Glan Ceirw; secondary Ysgol Dyffryn Garth",
    },
}

# ---------- Welsh mutations of a name (to hunt for accidental pupil names) ----------
SOFT = {"p": "b", "t": "d", "c": "g", "b": "f", "d": "dd", "m": "f", "ll": "l", "rh": "r"}
NASAL = {"p": "mh", "t": "nh", "c": "ngh", "b": "m", "d": "n", "g": "ng"}
ASP = {"p": "ph", "t": "th", "c": "ch"}


def mutations(name):
    out = {name}
    low = name.lower()
    for table in (SOFT, NASAL, ASP):
        for k in sorted(table, key=len, reverse=True):
            if low.startswith(k):
                out.add((table[k] + low[len(k):]).capitalize())
                break
    if low.startswith("g"):
        out.add(name[1:].capitalize())  # soft mutation drops g
    return out


def name_hits(text, roster, staff):
    hits = []
    staff_words = {s[3] for s in staff} | {s[2] for s in staff}
    for r in roster:
        cands = set()
        for n in (r[1], r[3]):
            cands |= mutations(n)
        for c in cands:
            for m in re.finditer(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", text, flags=re.I):
                hits.append((r[0], c, m.start()))
        # surname only if not preceded by a title (staff/adults are fine)
        for m in re.finditer(r"(?<![\w-])" + re.escape(r[2]) + r"(?![\w-])", text, flags=re.I):
            hits.append((r[0], r[2] + " (surname)", m.start()))
    return hits


def sentences(text):
    parts = re.split(r"(?<=[.!?…])\s+|\n+", text)
    return {re.sub(r"\W+", " ", p.lower()).strip() for p in parts if len(p.split()) >= 4}


def build(half):
    cfg = HALVES[half]
    out = os.path.join(ROOT, half)
    os.makedirs(out, exist_ok=True)
    posts = list(cfg["posts"])
    rng = random.Random(cfg["seed"])
    order = list(range(len(posts)))
    rng.shuffle(order)
    rows, meta = [], []
    for i, idx in enumerate(order, 1):
        fam, lang, text, images = posts[idx]
        rec = {
            "id": f"{cfg['prefix']}-{i:03d}",
            "text": text,
            "images": images or [],
            "labels": {k: False for k in LABELS},
            "spans": [],
            "image_spans": [],
        }
        rec["labels"]["offensive"] = fam.startswith("O")
        rows.append(rec)
        meta.append((rec["id"], fam, lang))
    with open(os.path.join(out, "posts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "school.toml"), "w", encoding="utf-8") as f:
        f.write(cfg["toml"])
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                    "consent_social_media", "consent_website"])
        w.writerows(cfg["roster"])
    with open(os.path.join(out, "staff.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        w.writerows(cfg["staff"])
    with open(os.path.join(HERE, f"{half}_families.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tfamily\tlang\n")
        for m in meta:
            f.write("\t".join(m) + "\n")
    return rows, meta


def validate(half, rows, meta):
    cfg = HALVES[half]
    problems = []
    ids = set()
    path = os.path.join(ROOT, half, "posts.jsonl")
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            d = json.loads(line)
            if set(d) != {"id", "text", "images", "labels", "spans", "image_spans"}:
                problems.append(f"{ln}: keys {sorted(d)}")
            if set(d["labels"]) != set(LABELS):
                problems.append(f"{ln}: labels {d['labels']}")
            if any(d["labels"][k] for k in LABELS[1:]):
                problems.append(f"{ln}: other label true")
            if d["spans"] or d["image_spans"]:
                problems.append(f"{ln}: spans present")
            for sp in d["spans"]:
                if d["text"][sp["start"]:sp["end"]] != sp["text"]:
                    problems.append(f"{ln}: span mismatch")
            if d["id"] in ids:
                problems.append(f"dup id {d['id']}")
            ids.add(d["id"])
            t = d["text"] + " " + " ".join(im["filename"] + " " + im["alt"] for im in d["images"])
            for h in name_hits(t, cfg["roster"], cfg["staff"]):
                problems.append(f"{d['id']}: possible pupil name {h}")
            if re.search(r"https?://|www\.|\.com\b|\.co\.uk\b|@", t):
                problems.append(f"{d['id']}: link/email-like text")
            if re.search(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44", t):
                problems.append(f"{d['id']}: phone-like text")
            if re.search(r"\b(shit|crap|damn|bloody|hell|piss|arse|sh\*t|f\*ck|b\*\*\*\*)", t, re.I):
                problems.append(f"{d['id']}: swear-ish word")
    return problems


def stats(rows, meta):
    n = len(rows)
    off = sum(r["labels"]["offensive"] for r in rows)
    fam = collections.Counter(m[1] for m in meta)
    lang = collections.Counter(m[2] for m in meta)
    famlang = collections.Counter((m[1], m[2] != "en") for m in meta)
    imgs = sum(1 for r in rows if r["images"])
    return n, off, fam, lang, famlang, imgs


README = """SEALED: do not read if you work on the safepost engine

# ridicule-probe-3 / {half}

Written by **Gwenllian** (persona): a former Welsh-medium secondary teacher from Cwm Tawe, now a
newspaper columnist with a sharp tongue and a long memory for how school staff, PTA volunteers and
coaches belittle children and parents without ever swearing.

A posts-only probe for the `offensive` label. Every post is a draft for the official page of
{school}. The drafts read as a careless or spiteful member of staff might write them. The second
school named in the brief is this school's invented twin, {partner}; posts about it (matches, pen
pals, quizzes, visits) run on the Welsh school's page. Other invented schools: {others}.

## Files

| file | count |
|---|---|
| school.toml | 1 school (nation wales, policy default) |
| roster.csv | {nroster} pupils (bench format); **no pupil is named in any post** |
| staff.csv | {nstaff} staff (bench format) |
| posts.jsonl | {n} posts, ids `{prefix}-001` to `{prefix}-{n:03d}` ({imgs} have an attached image with neutral file name and alt text) |

There are no comments.jsonl, images/ or images.jsonl files. This is a posts-only set.

## Labels

| label | positive posts |
|---|---|
| offensive | {off} ({offpct:.0f} %) |
| live_location | 0 |
| unsafe_link | 0 |
| political_or_commercial | 0 |

Spans: none (no pupil names, phone numbers, emails, addresses or dates of birth); `spans` and
`image_spans` are `[]` throughout. Offensive posts contain no swear words, masked profanity or slurs.
The offensiveness comes from mockery, sarcasm, scare quotes and stereotypes.

Language: {cy} posts in Welsh, {mix} mixed Welsh/English, {en} English. Welsh or mixed: {cypct:.0f} %.
The Welsh is {dialect}.

## Families (for analysis; the family is not a field in posts.jsonl)

| family | what | posts | of which Welsh/mixed |
|---|---|---|---|
{famtable}

Per-id family and language tags are in `../src/{half}_families.tsv`. Build and validation script:
`../src/build.py`. It checks that every line parses, the keys and labels match the bench format, there
are no spans, no roster name or Welsh mutation of one appears, and there are no link, email or phone
patterns. It also checks that no sentence is shared between the halves.
"""


def main():
    results = {}
    for half in ("dev", "test"):
        rows, meta = build(half)
        results[half] = (rows, meta)
        probs = validate(half, rows, meta)
        n, off, fam, lang, famlang, imgs = stats(rows, meta)
        print(f"== {half}: {n} posts, offensive {off} ({100*off/n:.1f}%), lang {dict(lang)}, "
              f"welsh+mix {100*(lang['cy']+lang['mix'])/n:.1f}%, images {imgs}")
        print("   families", dict(sorted(fam.items())))
        for p in probs:
            print("   PROBLEM", p)
    # no shared sentences between halves
    s_dev = set().union(*(sentences(r["text"]) for r in results["dev"][0]))
    s_test = set().union(*(sentences(r["text"]) for r in results["test"][0]))
    shared = s_dev & s_test
    print("shared sentences:", shared or "none")
    # duplicate texts inside a half
    for half in results:
        c = collections.Counter(r["text"] for r in results[half][0])
        d = [t for t, k in c.items() if k > 1]
        if d:
            print("duplicate texts in", half, d)
    # READMEs
    for half in ("dev", "test"):
        cfg = HALVES[half]
        rows, meta = results[half]
        n, off, fam, lang, famlang, imgs = stats(rows, meta)
        famtable = "\n".join(
            f"| {k} | {FAMILY[k]} | {fam[k]} | {famlang[(k, True)]} |" for k in sorted(fam))
        txt = README.format(
            half=half, school=cfg["school"], partner=cfg["partner"], others=cfg["others"],
            nroster=len(cfg["roster"]), nstaff=len(cfg["staff"]), n=n, prefix=cfg["prefix"], imgs=imgs,
            off=off, offpct=100 * off / n, cy=lang["cy"], mix=lang["mix"], en=lang["en"],
            cypct=100 * (lang["cy"] + lang["mix"]) / n, famtable=famtable,
            dialect=("south-western (nawr, mas, lan, becso, moyn, sa i, y'n ni, mam-gu)" if half == "dev"
                     else "northern (rŵan, efo, hogia, genod, adra, panad, ylwch, sgin i'm)"))
        with open(os.path.join(ROOT, half, "README.md"), "w", encoding="utf-8") as f:
            f.write(txt)


if __name__ == "__main__":
    main()
