#!/usr/bin/env python3
"""Build and validate the group-mentions probe (dev + test halves).

Writes, for each half: school.toml, roster.csv, staff.csv, comments.jsonl (README.md is written by hand,
the counts it quotes are printed here). Standard library only.
"""
import csv
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from dev_data import DEV  # noqa: E402
from test_data import TEST  # noqa: E402

CATS = ["safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other"]
ROLES = {"parent", "public", "pupil", "unknown"}

SCHOOL_TOML = {
    "dev": '''# group-mentions probe, dev half. SEALED: do not read if you work on the safepost engine.
# The comments were left on the Facebook pages of two schools linked through a schools-linking project
# (a Leicester primary and a Welsh-medium primary in Gwynedd). This file describes the host school; the
# partner school's own domain, email and phone are listed as allowed too.
# Partner: Ysgol Gynradd Llwyn Eithin (Welsh-medium), Lôn yr Eithin, Caernarfon, Gwynedd LL55 9ZP,
#          Cyngor Gwynedd, nation "wales".
name = "Humberstone Brook Primary School"
policy = "default"          # the default pack enables every rule
nation = "england"
address = "Brookfield Walk, Humberstone, Leicester LE5 0ZR"
local_authority = "Leicester City Council"
web_domains = ["humberstonebrook.sch.uk", "llwyneithin.sch.uk"]
email_domains = ["humberstonebrook.sch.uk", "llwyneithin.sch.uk"]
emails = ["office@humberstonebrook.sch.uk", "swyddfa@llwyneithin.sch.uk"]
phones = ["0116 496 0381", "01632 960214"]
allowed_link_domains = ["humberstonebrook.sch.uk", "llwyneithin.sch.uk", "leicester.gov.uk", "gwynedd.llyw.cymru", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook"]
''',
    "test": '''# group-mentions probe, test half. SEALED: do not read if you work on the safepost engine.
# The comments were left on the Facebook pages of two schools linked through a schools-linking project
# (a Luton primary and a bilingual primary in Swansea). This file describes the host school; the partner
# school's own domain, email and phone are listed as allowed too.
# Partner: Ysgol Gynradd Ddwyieithog Cwm Tawelan / Cwm Tawelan Bilingual Primary School,
#          Heol y Gwenith, Swansea SA5 9ZW, City and County of Swansea, nation "wales".
name = "Dallow Brook Primary School"
policy = "default"          # the default pack enables every rule
nation = "england"
address = "Cresswell Row, Luton LU4 9ZQ"
local_authority = "Luton Borough Council"
web_domains = ["dallowbrook.sch.uk", "cwmtawelan.sch.uk"]
email_domains = ["dallowbrook.sch.uk", "cwmtawelan.sch.uk"]
emails = ["office@dallowbrook.sch.uk", "swyddfa@cwmtawelan.sch.uk"]
phones = ["01632 960418", "01632 960577"]
allowed_link_domains = ["dallowbrook.sch.uk", "cwmtawelan.sch.uk", "luton.gov.uk", "swansea.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook"]
''',
}

ROSTER = {
    "dev": [
        ("HB0001", "Zayan", "Hussain", "Zayan", "Reception", "Kingfishers", "yes", "yes"),
        ("HB0002", "Ishani", "Parmar", "Ishani", "Year 1", "Otters", "yes", "yes"),
        ("HB0003", "Kacper", "Wójcik", "Kacper", "Year 2", "Herons", "yes", "yes"),
        ("HB0004", "Amarachi", "Okonkwo", "Amarachi", "Year 3", "Badgers", "no", "yes"),
        ("HB0005", "Harvir", "Dhillon", "Harvir", "Year 4", "Foxes", "yes", "yes"),
        ("HB0006", "Maryam", "Sheikh", "Maryam", "Year 5", "Kestrels", "yes", "yes"),
        ("HB0007", "Reuben", "Ashworth", "Reuben", "Year 6", "Falcons", "yes", "yes"),
        ("HB0008", "Ayaan", "Chauhan", "Ayaan", "Year 2", "Herons", "yes", "no"),
        ("HB0009", "Tiana", "Campbell-Reid", "Tiana", "Year 4", "Foxes", "yes", "yes"),
        ("HB0010", "Szymon", "Baranowski", "Szymek", "Year 5", "Kestrels", "yes", "yes"),
        ("LE0001", "Gethin", "Owen", "Gethin", "Reception", "Dosbarth Cnicht", "yes", "yes"),
        ("LE0002", "Elliw", "Roberts", "Elliw", "Year 1", "Dosbarth Moelwyn", "yes", "yes"),
        ("LE0003", "Osian", "Williams", "Osian", "Year 2", "Dosbarth Tryfan", "yes", "yes"),
        ("LE0004", "Lleucu", "Jones", "Lleucu", "Year 3", "Dosbarth Yr Eifl", "yes", "yes"),
        ("LE0005", "Gruffudd", "Lloyd", "Gruffudd", "Year 4", "Dosbarth Moel Eilio", "yes", "yes"),
        ("LE0006", "Efa", "Griffiths", "Efa", "Year 5", "Dosbarth Elidir", "no", "no"),
        ("LE0007", "Mabon", "Ellis", "Mabon", "Year 6", "Dosbarth Carnedd", "yes", "yes"),
        ("LE0008", "Llio", "Evans", "Llio", "Year 3", "Dosbarth Yr Eifl", "yes", "yes"),
        ("LE0009", "Tomos", "Rowlands", "Twm", "Year 1", "Dosbarth Moelwyn", "yes", "yes"),
        ("LE0010", "Jakub", "Nowicki", "Kuba", "Year 4", "Dosbarth Moel Eilio", "yes", "yes"),
    ],
    "test": [
        ("DB0001", "Rayyan", "Mahmood", "Rayyan", "Reception", "Robins", "yes", "yes"),
        ("DB0002", "Inaya", "Rahman", "Inaya", "Year 1", "Wrens", "yes", "yes"),
        ("DB0003", "Oisín", "Byrne", "Oisín", "Year 2", "Swifts", "yes", "yes"),
        ("DB0004", "Zofia", "Kamińska", "Zosia", "Year 3", "Larks", "yes", "yes"),
        ("DB0005", "Jayden", "Boateng", "Jayden", "Year 4", "Owls", "no", "yes"),
        ("DB0006", "Simran", "Kaur", "Simran", "Year 5", "Jays", "yes", "yes"),
        ("DB0007", "Andrei", "Popescu", "Andrei", "Year 6", "Hawks", "yes", "yes"),
        ("DB0008", "Khadija", "Begum", "Khadija", "Year 2", "Swifts", "yes", "no"),
        ("DB0009", "Harvey", "Lomas", "Harvey", "Year 4", "Owls", "yes", "yes"),
        ("DB0010", "Mehreen", "Iqbal", "Mehreen", "Year 5", "Jays", "yes", "yes"),
        ("CT0001", "Elis", "Bowen", "Elis", "Reception", "Dosbarth Barcud", "yes", "yes"),
        ("CT0002", "Nanw", "Rees", "Nanw", "Year 1", "Dosbarth Dryw", "yes", "yes"),
        ("CT0003", "Caio", "Fernandes", "Caio", "Year 2", "Dosbarth Crëyr", "yes", "yes"),
        ("CT0004", "Ffion", "Jenkins", "Ffion", "Year 3", "Dosbarth Gwennol", "yes", "yes"),
        ("CT0005", "Rhodri", "Thomas", "Rhods", "Year 4", "Dosbarth Tylluan", "yes", "yes"),
        ("CT0006", "Amani", "Yusuf", "Amani", "Year 5", "Dosbarth Hebog", "no", "no"),
        ("CT0007", "Iestyn", "Watkins", "Iestyn", "Year 6", "Dosbarth Gwalch", "yes", "yes"),
        ("CT0008", "Megan", "Daniels", "Meg", "Year 3", "Dosbarth Gwennol", "yes", "yes"),
        ("CT0009", "Harri", "Llewellyn", "Harri", "Year 1", "Dosbarth Dryw", "yes", "yes"),
        ("CT0010", "Wiktoria", "Mazur", "Wiki", "Year 4", "Dosbarth Tylluan", "yes", "yes"),
    ],
}

STAFF = {
    "dev": [
        ("HBS01", "Mrs", "Hina", "Mistry", "Headteacher (Humberstone Brook)"),
        ("HBS02", "Mr", "Daniel", "Okafor", "Deputy Headteacher; Designated Safeguarding Lead (DSL) (Humberstone Brook)"),
        ("HBS03", "Miss", "Joanna", "Kowal", "Class teacher (Year 3, Badgers) (Humberstone Brook)"),
        ("HBS04", "Mr", "Ravinder", "Sandhu", "Class teacher (Year 5, Kestrels) (Humberstone Brook)"),
        ("LES01", "Mrs", "Gwenda", "Parry", "Pennaeth / Headteacher (Ysgol Llwyn Eithin)"),
        ("LES02", "Mr", "Iwan", "Pritchard", "Dirprwy Bennaeth / Deputy Headteacher; DSL (Ysgol Llwyn Eithin)"),
        ("LES03", "Miss", "Lowri", "Hughes", "Athrawes / Class teacher (Year 2, Dosbarth Tryfan) (Ysgol Llwyn Eithin)"),
        ("LES04", "Mrs", "Agnieszka", "Roberts", "Cymhorthydd / Teaching assistant (TA) (Ysgol Llwyn Eithin)"),
    ],
    "test": [
        ("DBS01", "Mrs", "Nasreen", "Akhtar", "Headteacher (Dallow Brook)"),
        ("DBS02", "Mr", "Conor", "Doyle", "Deputy Headteacher; Designated Safeguarding Lead (DSL) (Dallow Brook)"),
        ("DBS03", "Miss", "Precious", "Adeyemi", "Class teacher (Year 2, Swifts) (Dallow Brook)"),
        ("DBS04", "Mr", "Piotr", "Zieliński", "Class teacher (Year 5, Jays) (Dallow Brook)"),
        ("CTS01", "Mrs", "Rhian", "Bevan", "Pennaeth / Headteacher (Cwm Tawelan)"),
        ("CTS02", "Mr", "Gareth", "Lewis", "Dirprwy Bennaeth / Deputy Headteacher; DSL (Cwm Tawelan)"),
        ("CTS03", "Mrs", "Eleri", "Powell", "Athrawes / Class teacher (Year 1, Dosbarth Dryw) (Cwm Tawelan)"),
        ("CTS04", "Mr", "Huw", "Tanner", "Athro / Class teacher (Year 4, Dosbarth Tylluan) (Cwm Tawelan)"),
    ],
}

ROSTER_HEADER = ["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                 "consent_social_media", "consent_website"]
STAFF_HEADER = ["staff_id", "title", "first_name", "last_name", "role"]


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def build(half, data, prefix, seed):
    out = ROOT / half
    out.mkdir(exist_ok=True)
    (out / "school.toml").write_text(SCHOOL_TOML[half], encoding="utf-8")
    write_csv(out / "roster.csv", ROSTER_HEADER, ROSTER[half])
    write_csv(out / "staff.csv", STAFF_HEADER, STAFF[half])
    items = list(data)
    random.Random(seed).shuffle(items)
    lines = []
    meta = []
    for i, (lang, role, cat, shape, text) in enumerate(items, 1):
        cid = f"{prefix}-{i:03d}"
        lines.append(json.dumps({"id": cid, "text": text, "author_role": role, "category": cat, "spans": []},
                                ensure_ascii=False))
        meta.append({"id": cid, "lang": lang, "shape": shape})
    (out / "comments.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # writer's notes (language, shape) kept outside the half folders
    (HERE / f"{half}_notes.jsonl").write_text(
        "\n".join(json.dumps(m, ensure_ascii=False) for m in meta) + "\n", encoding="utf-8")


def words(s):
    return re.findall(r"[\wÀ-ÿŵŷŴŶ']+", s.lower())


def validate(half):
    out = ROOT / half
    errs = []
    roster = list(csv.DictReader(open(out / "roster.csv", encoding="utf-8")))
    staff = list(csv.DictReader(open(out / "staff.csv", encoding="utf-8")))
    names = set()
    for r in roster:
        for k in ("first_name", "preferred_name"):
            names.add(r[k].lower())
    rows = []
    for n, line in enumerate(open(out / "comments.jsonl", encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{half}:{n} bad json {e}")
            continue
        if set(o) != {"id", "text", "author_role", "category", "spans"}:
            errs.append(f"{half}:{n} fields {sorted(o)}")
        if o["category"] not in CATS:
            errs.append(f"{half}:{n} category {o['category']}")
        if o["author_role"] not in ROLES:
            errs.append(f"{half}:{n} role {o['author_role']}")
        for sp in o["spans"]:
            if o["text"][sp["start"]:sp["end"]] != sp["text"]:
                errs.append(f"{half}:{n} span mismatch")
        ws = set(words(o["text"]))
        hit = ws & names
        if hit:
            errs.append(f"{half}:{o['id']} contains roster name {hit}: {o['text']}")
        rows.append(o)
    texts = [o["text"] for o in rows]
    if len(set(texts)) != len(texts):
        errs.append(f"{half}: duplicate texts")
    ids = [o["id"] for o in rows]
    if len(set(ids)) != len(ids):
        errs.append(f"{half}: duplicate ids")
    if len(roster) != 20 or len(staff) != 8:
        errs.append(f"{half}: roster {len(roster)} staff {len(staff)}")
    return rows, errs


def ngrams(text, n=6):
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def sentences(text):
    return {s.strip().lower() for s in re.split(r"[.!?\n]+", text) if len(s.strip().split()) >= 4}


def main():
    build("dev", DEV, "gm-dev", 20261207)
    build("test", TEST, "gm-test", 77011)
    all_errs = []
    stats = {}
    for half in ("dev", "test"):
        rows, errs = validate(half)
        all_errs += errs
        notes = {json.loads(l)["id"]: json.loads(l) for l in open(HERE / f"{half}_notes.jsonl", encoding="utf-8")}
        cat = Counter(o["category"] for o in rows)
        role = Counter(o["author_role"] for o in rows)
        lang = Counter(notes[o["id"]]["lang"] for o in rows)
        welsh_by_cat = Counter(o["category"] for o in rows if notes[o["id"]]["lang"] != "en")
        shape = Counter((o["category"], notes[o["id"]]["shape"]) for o in rows)
        stats[half] = dict(n=len(rows), cat=cat, role=role, lang=lang, welsh_by_cat=welsh_by_cat, shape=shape)
    # cross-half overlap
    dev_rows = [json.loads(l) for l in open(ROOT / "dev/comments.jsonl", encoding="utf-8")]
    test_rows = [json.loads(l) for l in open(ROOT / "test/comments.jsonl", encoding="utf-8")]
    dev_sent = set().union(*(sentences(o["text"]) for o in dev_rows))
    dev_ng = set().union(*(ngrams(o["text"]) for o in dev_rows))
    for o in test_rows:
        s = sentences(o["text"]) & dev_sent
        if s:
            all_errs.append(f"shared sentence {o['id']}: {s}")
        g = ngrams(o["text"]) & dev_ng
        if g:
            print("note: shared 6-gram", o["id"], g)
    for half, st in stats.items():
        print(f"== {half}: {st['n']} comments")
        print("  categories:", dict(st["cat"]))
        print("  roles:", dict(st["role"]))
        print("  lang:", dict(st["lang"]), "welsh/mixed share %.1f%%" % (100 * (st["n"] - st["lang"]["en"]) / st["n"]))
        print("  welsh/mixed by category:", dict(st["welsh_by_cat"]))
        print("  shapes:", sorted(st["shape"].items()))
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
