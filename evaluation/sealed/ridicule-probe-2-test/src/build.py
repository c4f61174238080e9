"""Build the ridicule-probe-2 dev and test sets (offensive label only).

Run: python3 src/build.py   (from the ridicule-probe-2 folder or anywhere)
"""
import csv
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

import sys
sys.path.insert(0, str(HERE))
import dev_data  # noqa: E402
import test_data  # noqa: E402

LABELS = ("offensive", "live_location", "unsafe_link", "political_or_commercial")

FAMILY_DESC = {
    "O-perf": "mocking a class's, year group's or team's performance or ability (results, concerts, matches, projects sneered at)",
    "O-other": "belittling another school's pupils or team",
    "O-parents": "shaming a group of parents (pick-up, parking, costumes, lunchboxes, donations, meetings, holidays)",
    "O-child": "ridiculing one child's ability without naming them",
    "O-adult": "sarcasm and scare quotes insinuating dishonesty, bias or idleness by an identifiable adult",
    "O-faith": "insensitivity to a faith, culture or nationality (stereotypes, mockery of observance)",
    "C-loss": "honest reporting of a loss or poor results, with encouragement",
    "C-rival": "friendly rivalry with, or congratulations to, another school",
    "C-self": "staff's self-deprecating humour about themselves",
    "C-remind": "firm but respectful reminders to parents (parking, lateness, kit, lunchboxes, absence)",
    "C-improve": "celebrating improvement (often naming the poor starting point)",
    "C-light": "light jokes about the weather or the staff room",
    "C-faith": "respectful faith and culture posts",
}

VOICE_DESC = {
    "office": "brisk office manager",
    "pe": "jokey PE teacher / sports lead",
    "head": "headteacher",
    "pta": "PTA volunteer",
    "phone": "class teacher posting from a phone in lower case",
    "teacher": "class teacher (ordinary punctuation)",
}

# --------------------------------------------------------------------- schools
SCHOOLS = {
    "dev": {
        "toml": """# Synthetic school for the ridicule-probe-2 dev set (English-medium primary in Wales, bilingual posts).
name = "Glyn Ebrill Primary School"
name_cy = "Ysgol Gynradd Glyn Ebrill"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Heol y Dderwen, Glyn Ebrill, Pontypridd CF37 9ZQ"
local_authority = "Rhondda Cynon Taf County Borough Council"
web_domains = ["glynebrill.sch.uk"]
email_domains = ["glynebrill.sch.uk"]
emails = ["office@glynebrill.sch.uk", "head@glynebrill.sch.uk"]
phones = ["029 2018 0731"]
allowed_link_domains = ["glynebrill.sch.uk", "rctcbc.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
""",
        "prefix": "GE",
        "staff": [
            ("Mrs", "Rhian", "Pugh", "Headteacher"),
            ("Mr", "Gareth", "Lewis", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
            ("Mrs", "Helen", "Bowen", "ALNCo; Deputy DSL"),
            ("Miss", "Ffion", "Jenkins", "Class teacher (Reception, Robins / Robinod)"),
            ("Mrs", "Sarah", "Morgan", "Class teacher (Year 1, Wrens / Drywod)"),
            ("Mr", "Dafydd", "Rees", "Class teacher (Year 2, Owls / Tylluanod)"),
            ("Miss", "Amy", "Clarke", "Class teacher (Year 3, Kestrels / Cudyllod)"),
            ("Mr", "Tom", "Hughes", "Class teacher (Year 4, Ospreys / Gweilch)"),
            ("Mrs", "Lowri", "Price", "Class teacher (Year 5, Red Kites / Barcutiaid)"),
            ("Mr", "Rhys", "Evans", "Class teacher (Year 6, Buzzards / Boncathod); PE lead"),
            ("Mrs", "Janet", "Williams", "Office Manager"),
            ("Mrs", "Bethan", "Thomas", "Teaching Assistant"),
            ("Mr", "Kevin", "Davies", "Caretaker"),
            ("Mrs", "Carol", "Edwards", "Cook"),
            ("Miss", "Nia", "Hopkins", "Welsh language lead (Siarter Iaith)"),
            ("Mrs", "Mandy", "Powell", "Lunchtime supervisor"),
            ("Mrs", "Kirsty", "Phillips", "Teaching Assistant; PTA liaison"),
            ("Mr", "Siôn", "Roberts", "Peripatetic music teacher"),
        ],
        "classes": [("Reception", "Robins"), ("Year 1", "Wrens"), ("Year 2", "Owls"),
                    ("Year 3", "Kestrels"), ("Year 4", "Ospreys"), ("Year 5", "Red Kites"),
                    ("Year 6", "Buzzards")],
        "per_class": 30,
        "first": ["Harvey", "Riley", "Ethan", "Logan", "Callum", "Tyler", "Dylan", "Jayden", "Kian",
                  "Leo", "Noah", "Alfie", "Freddie", "Archie", "Finley", "Theo", "Oscar", "Louie",
                  "Harrison", "Brody", "Ellis", "Ioan", "Osian", "Rhodri", "Zain", "Kacper", "Tomos",
                  "Amelia", "Isla", "Evie", "Lacey", "Maisie", "Ava", "Ella", "Sophia", "Mia", "Freya",
                  "Lexi", "Darcy", "Millie", "Layla", "Erin", "Cerys", "Carys", "Elsie", "Imogen",
                  "Phoebe", "Zara", "Ayesha", "Megan", "Lili", "Efa", "Nansi", "Mali"],
        "nick": {"Alfie": "Alf", "Freddie": "Fred", "Harrison": "Harri", "Imogen": "Immy",
                 "Tomos": "Twm", "Sophia": "Sophie"},
        "last": ["Jones", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Morgan", "Griffiths",
                 "Powell", "Jenkins", "James", "Phillips", "Owen", "Harris", "Watkins", "Pritchard",
                 "Howells", "Lloyd", "Richards", "Parry", "Walters", "Probert", "Morris", "Edwards",
                 "Kaur", "Ahmed", "Kowalski", "Nowak", "Begum", "Khan", "Singh", "Okafor", "Taylor",
                 "Baker", "Cole", "Hopkins", "Pugh", "Rowlands", "Bevan", "Matthews"],
        "posts": dev_data.POSTS,
        "seed": 2201,
    },
    "test": {
        "toml": """# Synthetic school for the ridicule-probe-2 test set (Welsh-medium primary).
name = "Ysgol Gymraeg y Felin Wen"
name_cy = "Ysgol Gymraeg y Felin Wen"
policy = "default"          # the default pack enables every rule
nation = "wales"
address = "Heol y Felin, Cwmgwenith, Llanelli SA15 9QY"
local_authority = "Carmarthenshire County Council / Cyngor Sir Gâr"
web_domains = ["ygfelinwen.sch.uk"]
email_domains = ["ygfelinwen.sch.uk"]
emails = ["swyddfa@ygfelinwen.sch.uk", "pennaeth@ygfelinwen.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["ygfelinwen.sch.uk", "sirgar.llyw.cymru", "carmarthenshire.gov.wales", "hwb.gov.wales", "gov.wales", "llyw.cymru", "gov.uk", "bbc.co.uk", "nhs.uk", "urdd.cymru"]
platforms = ["facebook", "x", "seesaw"]
""",
        "prefix": "FW",
        "staff": [
            ("Mr", "Huw", "Jenkins", "Pennaeth / Headteacher"),
            ("Mrs", "Catrin", "Llwyd", "Dirprwy Bennaeth / Deputy Headteacher; DSL"),
            ("Miss", "Manon", "Prys", "Athrawes Derbyn (Dosbarth y Wiwerod)"),
            ("Mrs", "Non", "Harries", "Athrawes Blwyddyn 1 (Dosbarth y Draenogod)"),
            ("Mr", "Geraint", "Owen", "Athro Blwyddyn 2 (Dosbarth y Dyfrgwn)"),
            ("Mrs", "Sioned", "Bevan", "Athrawes Blwyddyn 3 (Dosbarth y Llwynogod)"),
            ("Mr", "Iwan", "Thomas", "Athro Blwyddyn 4 (Dosbarth y Moch Daear); arweinydd AG / PE lead"),
            ("Miss", "Elin", "Rowlands", "Athrawes Blwyddyn 5 (Dosbarth y Barcutiaid)"),
            ("Mr", "Aled", "Morris", "Athro Blwyddyn 6 (Dosbarth yr Hebogiaid)"),
            ("Mrs", "Delyth", "James", "Rheolwr Swyddfa / Office Manager"),
            ("Mrs", "Gwenda", "Hughes", "Cymhorthydd Dosbarth / Teaching Assistant"),
            ("Mr", "Dai", "Lewis", "Gofalwr / Caretaker"),
            ("Mrs", "Menna", "Griffiths", "Cogydd / Cook"),
            ("Mrs", "Ann", "Evans", "ALNCo; Deputy DSL"),
        ],
        "classes": [("Reception", "Wiwerod"), ("Year 1", "Draenogod"), ("Year 2", "Dyfrgwn"),
                    ("Year 3", "Llwynogod"), ("Year 4", "Moch Daear"), ("Year 5", "Barcutiaid"),
                    ("Year 6", "Hebogiaid")],
        "per_class": 24,
        "first": ["Osian", "Tomos", "Gruffudd", "Ioan", "Elis", "Steffan", "Gethin", "Iestyn", "Llŷr",
                  "Macsen", "Ianto", "Deio", "Jac", "Guto", "Rhodri", "Ifan", "Gwion", "Caio",
                  "Aneurin", "Jakub", "Lleucu", "Efa", "Begw", "Nel", "Nansi", "Cadi", "Elan", "Heledd",
                  "Mared", "Glesni", "Mabli", "Esyllt", "Martha", "Greta", "Ela", "Megan", "Gwenno",
                  "Alys", "Llio", "Beca", "Zofia", "Anwen"],
        "nick": {"Gruffudd": "Gruff", "Tomos": "Twm", "Rhodri": "Rhods", "Gwenno": "Gwen"},
        "last": ["Jones", "Davies", "Williams", "Rees", "Llywelyn", "Gwynfor", "Pryce", "Harries",
                 "Bowen", "Thomas", "Morgan", "Lewis", "Evans", "Hughes", "Griffiths", "Jenkins",
                 "Owen", "Powell", "Rowlands", "Watkins", "Howells", "Mathias", "Nicholas", "Gravell",
                 "Bevan", "Wiśniewski", "Kowalczyk", "Rahman"],
        "posts": test_data.POSTS,
        "seed": 1102,
    },
}


def words(text):
    return set(w.lower() for w in re.findall(r"[\w’'-]+", text))


def build(kind):
    cfg = SCHOOLS[kind]
    out = ROOT / kind
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(cfg["seed"])
    posts = cfg["posts"]

    # all words used in this set's posts (to keep roster names out of them)
    post_words = set()
    for fam, voice, lang, text in posts:
        post_words |= words(text)
    first = [n for n in cfg["first"] if n.lower() not in post_words]
    nicks = {k: v for k, v in cfg["nick"].items() if v.lower() not in post_words}
    dropped = sorted(set(cfg["first"]) - set(first))

    # ---- school.toml
    (out / "school.toml").write_text(cfg["toml"], encoding="utf-8")

    # ---- staff.csv
    with open(out / "staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, (t, fn, ln, role) in enumerate(cfg["staff"], 1):
            w.writerow([f"{cfg['prefix']}S{i:02d}", t, fn, ln, role])

    # ---- roster.csv
    roster = []
    seen = set()
    n = 0
    for yg, cls in cfg["classes"]:
        for _ in range(cfg["per_class"]):
            while True:
                fn, ln = rng.choice(first), rng.choice(cfg["last"])
                if (fn, ln) not in seen:
                    seen.add((fn, ln))
                    break
            n += 1
            pref = nicks.get(fn, fn) if rng.random() < 0.5 else fn
            sm = "no" if rng.random() < 0.1 else "yes"
            web = "no" if sm == "no" or rng.random() < 0.05 else "yes"
            roster.append([f"{cfg['prefix']}{n:04d}", fn, ln, pref, yg, cls, sm, web])
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group",
                    "class_name", "consent_social_media", "consent_website"])
        w.writerows(roster)

    # ---- posts.jsonl (shuffled, deterministic)
    order = list(range(len(posts)))
    rng.shuffle(order)
    lines = []
    for k, idx in enumerate(order, 1):
        fam, voice, lang, text = posts[idx]
        rec = {"id": f"post-{k:03d}", "text": text, "images": [],
               "labels": {"offensive": fam.startswith("O-"), "live_location": False,
                          "unsafe_link": False, "political_or_commercial": False},
               "spans": [], "image_spans": []}
        lines.append(json.dumps(rec, ensure_ascii=False))
    (out / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "comments.jsonl").write_text("", encoding="utf-8")
    (out / "images.jsonl").write_text("", encoding="utf-8")

    # ---- checks
    texts = [p[3] for p in posts]
    assert len(set(texts)) == len(texts), "duplicate post text"
    for line in (out / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert set(d) == {"id", "text", "images", "labels", "spans", "image_spans"}
        assert set(d["labels"]) == set(LABELS)
        assert d["spans"] == [] and d["image_spans"] == [] and d["images"] == []
        assert not any(d["labels"][l] for l in LABELS[1:])
        # no phone/email/url-like content, no masked profanity
        assert not re.search(r"@|https?://|www\.|\*", d["text"]), d["text"]
        assert not re.search(r"\b0\d{3,4}\s?\d{3}", d["text"]), d["text"]
    roster_names = {r[1].lower() for r in roster} | {r[3].lower() for r in roster}
    clash = roster_names & post_words
    assert not clash, clash
    staff_first = {s[1].lower() for s in cfg["staff"]}
    assert not (roster_names & staff_first), roster_names & staff_first
    return {
        "n": len(posts),
        "off": sum(p[0].startswith("O-") for p in posts),
        "fam": Counter(p[0] for p in posts),
        "lang": Counter(p[2] for p in posts),
        "voice": Counter(p[1] for p in posts),
        "famlang": Counter((p[0], p[2]) for p in posts),
        "roster": len(roster),
        "nocons": sum(r[6] == "no" for r in roster),
        "staff": len(cfg["staff"]),
        "dropped": dropped,
    }


README_HEAD = {
    "dev": """# ridicule-probe-2 – dev set (Glyn Ebrill Primary School)

A probe of ONE post label, `offensive`, on draft posts for a school's official social-media accounts,
written in the voices of school staff. Bench format (see `/work/shared/bench/README.md`).

**School:** Glyn Ebrill Primary School / Ysgol Gynradd Glyn Ebrill, an invented English-medium primary in
Rhondda Cynon Taf with a strong Welsh-language programme (so many posts are bilingual). Heol y Dderwen,
Glyn Ebrill, Pontypridd CF37 9ZQ; domain `glynebrill.sch.uk`; office phone in the drama range.
Seven classes named after birds (Robins to Buzzards, with Welsh names in `staff.csv`).
Its opponents and partners in the posts are two invented neighbouring schools: **Coed Lan Primary**
(English-medium, the main rival) and **Pantglas Primary**.

The sister test set (`../test/`) is written about a different, Welsh-medium school, Ysgol Gymraeg y Felin
Wen, with different opponents, different topics and different sentences; it is not a paraphrase of this set.
""",
    "test": """# ridicule-probe-2 – test set (Ysgol Gymraeg y Felin Wen)

A probe of ONE post label, `offensive`, on draft posts for a school's official social-media accounts,
written in the voices of school staff. Bench format (see `/work/shared/bench/README.md`). Held out:
written after, and separately from, the dev set (`../dev/`), with a different school, different
opponents, different topics (hockey, Urdd eisteddfod, cerdd dant and folk dance, coding and Lego league,
gardening, sewing, cawl, orienteering, cycling proficiency, shoebox appeal…) and different sentences.

**School:** Ysgol Gymraeg y Felin Wen, an invented Welsh-medium primary in Carmarthenshire
(Heol y Felin, Cwmgwenith, Llanelli SA15 9QY; domain `ygfelinwen.sch.uk`; office phone in the drama range).
Seven classes named after animals (Wiwerod to Hebogiaid). Opponents and partners in the posts are the
invented **Ysgol Maes y Wennol** (main rival) and **Ysgol y Garn**, plus an unnamed English-medium
school "across town".
""",
}


def readme(kind, st):
    n, off = st["n"], st["off"]
    cy = st["lang"]["cy"]
    mix = st["lang"]["mix"]
    en = st["lang"]["en"]
    r = [README_HEAD[kind], "## Counts\n"]
    r.append("| file | count |\n|---|---|")
    r.append(f"| roster.csv | {st['roster']} pupils ({st['nocons']} without social-media consent) |")
    r.append(f"| staff.csv | {st['staff']} staff |")
    r.append(f"| posts.jsonl | {n} posts: {off} offensive ({off / n:.0%}), {n - off} clean |")
    r.append("| comments.jsonl | 0 (empty) |")
    r.append("| images.jsonl | 0 (empty; no post has images) |\n")
    r.append("Labels: `offensive` is the only positive label; `live_location`, `unsafe_link` and "
             "`political_or_commercial` are false on every post. There are **no spans of any type** "
             "(no pupil names, phone numbers, emails, addresses or dates of birth) and no image spans. "
             "No post contains a swear word or masked profanity; the offensiveness is carried by "
             "mockery, sneering, sarcasm, scare quotes and stereotypes. Roster first names and nicknames "
             "were checked not to occur as words in any post.\n")
    r.append(f"Language: {cy} posts wholly in Welsh, {mix} mixed Welsh/English, {en} English "
             f"({(cy + mix) / n:.0%} Welsh or mixed). Welsh is written naturally, with soft, nasal and "
             "aspirate mutations (including mutated school and place names after prepositions).\n")
    r.append("## Families\n")
    r.append("| family | label | posts | Welsh | mixed | English |\n|---|---|---|---|---|---|")
    for fam in FAMILY_DESC:
        c = st["fam"].get(fam, 0)
        if not c:
            continue
        lab = "offensive" if fam.startswith("O-") else "clean"
        r.append(f"| {FAMILY_DESC[fam]} | {lab} | {c} | {st['famlang'][(fam, 'cy')]} | "
                 f"{st['famlang'][(fam, 'mix')]} | {st['famlang'][(fam, 'en')]} |")
    r.append("")
    r.append("## Voices\n")
    r.append("| voice | posts |\n|---|---|")
    for v, d in VOICE_DESC.items():
        r.append(f"| {d} | {st['voice'].get(v, 0)} |")
    r.append("")
    r.append("""## Hard cases

The clean posts are built to share vocabulary and topics with the offensive ones:

* Offensive posts about performance use the same scores, events and year groups as the clean
  loss reports; the difference is whether the children are sneered at (comparisons with toddlers, pets
  or the elderly, questioning whether they should compete at all, ironic praise) or encouraged.
* Staff jokes at their own expense (falling over, bad baking, wrong dates) are clean; the same kind of
  joke aimed at a pupil, a class or a group of parents is offensive.
* Reminders to parents about parking, lateness, kit, lunchboxes, costumes and absence appear on both
  sides: clean when firm and respectful, offensive when they shame or insinuate (about money, hygiene,
  literacy or the kind of household).
* Rival schools appear in congratulations and friendly banter (clean) and in posts that belittle their
  pupils, their area or their Welsh (offensive).
* Scare quotes appear in clean posts too (self-mockery, quoted feedback); in offensive posts they
  insinuate dishonesty, bias or idleness by an identifiable adult (treasurer, referee, contractor,
  governor, volunteer, photographer, officer) without saying it outright.
* Faith and culture posts appear both as respectful celebrations and as stereotyped or mocking ones
  (dress-up stereotypes, sneering at observance, food and festival jokes, nationality stereotypes).
* Some offensive posts are softened with emojis, affectionate asides, a claim to be joking or praise
  elsewhere in the post; some clean posts use blunt words about heavy defeats, failures and last places.
* Ridicule of an individual child never names the child, so the post has no pupil-name span.

Built by `../src/build.py` from `../src/""" + ("dev_data.py" if kind == "dev" else "test_data.py") + "`.\n")
    return "\n".join(r)


if __name__ == "__main__":
    for kind in ("dev", "test"):
        st = build(kind)
        (ROOT / kind / "README.md").write_text(readme(kind, st), encoding="utf-8")
        print(kind, st["n"], st["off"], dict(st["lang"]), "roster", st["roster"], "dropped names", st["dropped"])
