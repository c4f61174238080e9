#!/usr/bin/env python3
"""Build the two halves of the Welsh offensive-language probe from the hand-written
post lists in this folder. Writes posts.jsonl, roster.csv, staff.csv, school.toml into
../dev and ../test (READMEs are hand-written). Standard library only."""
import csv
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HALVES = {
    "dev": {
        "src": "dev_posts.txt",
        "prefix": "wo-dev-",
        "seed": 1917,
        "toml": '''# Welsh offensive-language probe, dev half: a synthetic Welsh-medium primary school in Gwynedd.
name = "Bryn Collen Primary School"
name_cy = "Ysgol Gynradd Bryn Collen"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Ffordd y Chwarel, Llanfeiriol, Gwynedd LL41 9QZ"
local_authority = "Cyngor Gwynedd"
web_domains = ["bryncollen.example.sch.uk"]
email_domains = ["bryncollen.example.sch.uk"]
emails = ["swyddfa@bryncollen.example.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["bryncollen.example.sch.uk", "gwynedd.llyw.cymru", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
        "staff": [
            ("BCS01", "Mrs", "Gwenan", "Prys", "Headteacher"),
            ("BCS02", "Mr", "Dylan", "Hughes", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
            ("BCS03", "Miss", "Mared", "Ellis", "Class teacher (Reception–Year 2, Moelwyn)"),
            ("BCS04", "Mr", "Iolo", "Thomas", "Class teacher (Years 3–4, Cnicht)"),
            ("BCS05", "Mrs", "Catrin", "Owen", "Class teacher (Years 5–6, Manod); Deputy DSL"),
            ("BCS06", "Mrs", "Sandra", "Parry", "Teaching assistant (TA)"),
            ("BCS07", "Mr", "Gareth", "Roberts", "Sports coach (PPA cover)"),
            ("BCS08", "Mrs", "Eirlys", "Jones", "Cook"),
        ],
        # pupil_id, first, last, preferred, year, class, consent_social, consent_web
        "roster": [
            ("BC001", "Osian", "Gruffudd", "Osian", "Reception", "Moelwyn", "yes", "yes"),
            ("BC002", "Lleucu", "Morris", "Lleucu", "Reception", "Moelwyn", "yes", "yes"),
            ("BC003", "Begw", "Jones", "Begw", "Reception", "Moelwyn", "no", "yes"),
            ("BC004", "Gethin", "Hughes", "Gethin", "Year 1", "Moelwyn", "yes", "yes"),
            ("BC005", "Nel", "Williams", "Nel", "Year 1", "Moelwyn", "yes", "yes"),
            ("BC006", "Dafydd", "Parry", "Deio", "Year 1", "Moelwyn", "yes", "yes"),
            ("BC007", "Mabli", "Roberts", "Mabli", "Year 2", "Moelwyn", "yes", "yes"),
            ("BC008", "Efa", "Pritchard", "Efa", "Year 2", "Moelwyn", "yes", "no"),
            ("BC009", "Ianto", "Evans", "Ianto", "Year 3", "Cnicht", "yes", "yes"),
            ("BC010", "Elis", "Owen", "Elis", "Year 3", "Cnicht", "yes", "yes"),
            ("BC011", "Hanna", "Lloyd", "Hanna", "Year 3", "Cnicht", "yes", "yes"),
            ("BC012", "Gwion", "Jones", "Gwion", "Year 4", "Cnicht", "yes", "yes"),
            ("BC013", "Oliver", "Bennett", "Ollie", "Year 4", "Cnicht", "yes", "yes"),
            ("BC014", "Moli", "Thomas", "Moli", "Year 4", "Cnicht", "no", "no"),
            ("BC015", "Tomos", "Ellis", "Twm", "Year 5", "Manod", "yes", "yes"),
            ("BC016", "Rhun", "Griffiths", "Rhun", "Year 5", "Manod", "yes", "yes"),
            ("BC017", "Freya", "Walsh", "Freya", "Year 5", "Manod", "yes", "yes"),
            ("BC018", "Sioned", "Llwyd", "Sioned", "Year 6", "Manod", "yes", "yes"),
            ("BC019", "Dion", "Hughes", "Dion", "Year 6", "Manod", "yes", "yes"),
            ("BC020", "Lowri", "Jones", "Lowri", "Year 6", "Manod", "yes", "yes"),
        ],
    },
    "test": {
        "src": "test_posts.txt",
        "prefix": "wo-test-",
        "seed": 1588,
        "toml": '''# Welsh offensive-language probe, test half: a synthetic Welsh-medium primary school in Carmarthenshire.
name = "Cefn Brynach Primary School"
name_cy = "Ysgol Gynradd Cefn Brynach"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Heol y Capel, Llan-y-nant, Sir Gaerfyrddin SA19 9ZX"
local_authority = "Cyngor Sir Gâr (Carmarthenshire County Council)"
web_domains = ["cefnbrynach.example.sch.uk"]
email_domains = ["cefnbrynach.example.sch.uk"]
emails = ["swyddfa@cefnbrynach.example.sch.uk"]
phones = ["01632 960733"]
allowed_link_domains = ["cefnbrynach.example.sch.uk", "sirgar.llyw.cymru", "carmarthenshire.gov.wales", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
        "staff": [
            ("CBS01", "Mr", "Rhodri", "Lewis", "Headteacher; Designated Safeguarding Lead (DSL)"),
            ("CBS02", "Mrs", "Ann", "Morgans", "Deputy Headteacher; Deputy DSL"),
            ("CBS03", "Miss", "Ffion", "Rees", "Class teacher (Nursery–Reception, Gwendraeth)"),
            ("CBS04", "Mrs", "Delyth", "Bowen", "Class teacher (Years 1–2, Tywi)"),
            ("CBS05", "Mrs", "Nerys", "Jenkins", "Class teacher (Years 3–4, Cothi)"),
            ("CBS06", "Mr", "Huw", "Daniel", "Class teacher (Years 5–6, Teifi); rugby coach"),
            ("CBS07", "Mrs", "Beti", "Davies", "Teaching assistant (TA)"),
            ("CBS08", "Mr", "Wyn", "Harries", "Caretaker"),
        ],
        "roster": [
            ("CB001", "Caio", "Rees", "Caio", "Reception", "Gwendraeth", "yes", "yes"),
            ("CB002", "Nanw", "Davies", "Nanw", "Reception", "Gwendraeth", "yes", "yes"),
            ("CB003", "Layla", "Hussain", "Layla", "Reception", "Gwendraeth", "yes", "yes"),
            ("CB004", "Deian", "Jenkins", "Deian", "Year 1", "Tywi", "yes", "yes"),
            ("CB005", "Gwenno", "Hopkins", "Gwenno", "Year 1", "Tywi", "no", "yes"),
            ("CB006", "Kai", "Walker", "Kai", "Year 1", "Tywi", "yes", "yes"),
            ("CB007", "Anest", "Harries", "Anest", "Year 2", "Tywi", "yes", "yes"),
            ("CB008", "Ioan", "Jones", "Ioan", "Year 2", "Tywi", "yes", "yes"),
            ("CB009", "Zofia", "Nowak", "Zosia", "Year 3", "Cothi", "yes", "yes"),
            ("CB010", "Beca", "Williams", "Beca", "Year 3", "Cothi", "yes", "yes"),
            ("CB011", "Rhys", "Morgan", "Rhys", "Year 3", "Cothi", "yes", "no"),
            ("CB012", "Erin", "Price", "Erin", "Year 4", "Cothi", "yes", "yes"),
            ("CB013", "Steffan", "Griffiths", "Steff", "Year 4", "Cothi", "yes", "yes"),
            ("CB014", "Cadi", "Thomas", "Cadi", "Year 4", "Cothi", "yes", "yes"),
            ("CB015", "Gruffudd", "Lewis", "Gruff", "Year 5", "Teifi", "yes", "yes"),
            ("CB016", "Megan", "Evans", "Megan", "Year 5", "Teifi", "no", "no"),
            ("CB017", "Owain", "Rees", "Owain", "Year 5", "Teifi", "yes", "yes"),
            ("CB018", "Alys", "Phillips", "Alys", "Year 6", "Teifi", "yes", "yes"),
            ("CB019", "Elan", "Davies", "Elan", "Year 6", "Teifi", "yes", "yes"),
            ("CB020", "Ela", "Richards", "Ela", "Year 6", "Teifi", "yes", "yes"),
        ],
    },
}


def read_posts(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            family, lang, text = line.split("|", 2)
            assert lang in ("cy", "mx", "en"), line
            rows.append({"family": family, "lang": lang, "text": text.replace("\\n", "\n"),
                         "offensive": not family.startswith("n-")})
    return rows


def main():
    for half, cfg in HALVES.items():
        out = os.path.join(ROOT, half)
        os.makedirs(out, exist_ok=True)
        rows = read_posts(os.path.join(HERE, cfg["src"]))
        random.Random(cfg["seed"]).shuffle(rows)
        meta = []
        with open(os.path.join(out, "posts.jsonl"), "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                pid = f"{cfg['prefix']}{i:03d}"
                obj = {"id": pid, "text": r["text"], "images": [],
                       "labels": {"offensive": r["offensive"], "live_location": False,
                                  "unsafe_link": False, "political_or_commercial": False},
                       "spans": [], "image_spans": []}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                meta.append({"id": pid, "family": r["family"], "lang": r["lang"]})
        # side file for the README tables and for checking; not part of the bench format
        with open(os.path.join(HERE, f"{half}_meta.jsonl"), "w", encoding="utf-8") as f:
            for m in meta:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group",
                        "class_name", "consent_social_media", "consent_website"])
            w.writerows(cfg["roster"])
        with open(os.path.join(out, "staff.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
            w.writerows(cfg["staff"])
        with open(os.path.join(out, "school.toml"), "w", encoding="utf-8") as f:
            f.write(cfg["toml"])
        print(half, len(rows), "posts written")


if __name__ == "__main__":
    main()
