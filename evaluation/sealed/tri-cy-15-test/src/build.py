#!/usr/bin/env python3
"""Build s15-tri-cy halves from src/{train,dev,test}.txt. Offsets are computed here."""
import csv, json, random, re, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATS = {"H": "hate", "A": "abuse", "T": "threat", "S": "safeguarding", "C": "complaint",
        "Q": "question", "P": "praise", "X": "spam", "O": "other"}
ROLE = {"n": "parent", "t": "parent", "b": "parent", "e": "parent", "c": "public", "p": "pupil", "u": "unknown"}
VOICE = {"n": "rhiant-gogledd-llafar", "t": "taid-ffurfiol", "b": "mam-brysiog-dim-acenion",
         "e": "rhiant-saesneg-newydd", "c": "cymuned", "p": "disgybl", "u": "cyfrif-anhysbys"}
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]

FIRST = ["Alys", "Anest", "Aron", "Awen", "Bedwyr", "Brân", "Caio", "Carys", "Cerys", "Dewi", "Eban", "Eirlys",
         "Elain", "Eldra", "Erin", "Esyllt", "Ffion", "Gwern", "Gwydion", "Hafwen", "Huwcyn", "Iestyn", "Ilan",
         "Jac", "Kian", "Leusa", "Llŷr", "Lois", "Mared", "Math", "Meilyr", "Mirain", "Nedw", "Nest", "Owain",
         "Peredur", "Rhodri", "Rhun", "Seren", "Siôn", "Steffan", "Swyn", "Teifi", "Tirion", "Wil", "Ynyr",
         "Zac", "Ruby", "Leo", "Poppy", "Oliver", "Maisie", "Jacob", "Amelia", "Oscar", "Isla"]
LAST = ["Bryn", "Cadwaladr", "Dafis", "Eames", "Ffowc", "Glyn", "Gruffudd", "Hughes", "Humphreys", "Jones",
        "Lewis", "Llwyd", "Morgan", "Owen", "Parry", "Pierce", "Rowlands", "Tomos", "Vaughan", "Williams",
        "Wynne", "Baker", "Clarke", "Walsh", "Nowak", "Ahmed", "Kelly", "Carter", "Thomas", "Roberts"]

HALVES = {
 "train": dict(seed=151, prefix="CG", school=dict(
    name="Cae'r Gwenith Primary School", name_cy="Ysgol Gynradd Cae'r Gwenith",
    address="Ffordd y Gwenith, Caernarfon, Gwynedd LL55 9QX", web="caergwenith.ysgol.cymru",
    phones=["01632 960110", "01632 960111"], allowed=["caergwenith.ysgol.cymru", "gwynedd.llyw.cymru", "hwb.gov.wales"]),
  staff=[("Mrs", "Eleri", "Parry-Owen", "Pennaeth / Headteacher"),
         ("Mr", "Iwan", "Rowlands", "Dirprwy Bennaeth; Designated Safeguarding Lead (DSL)"),
         ("Mrs", "Sioned", "Wyn", "Cydlynydd ADY / ALNCo"), ("Miss", "Lowri", "Haf", "Athrawes Derbyn"),
         ("Miss", "Ffion", "Glyn", "Athrawes Blwyddyn 2"), ("Mr", "Huw", "Jones", "Athro Blwyddyn 4"),
         ("Mrs", "Nia", "Madog", "Cymhorthydd Dosbarth"), ("Mrs", "Delyth", "Hughes", "Cogydd"),
         ("Mr", "Gareth", "Pritchard", "Gofalwr"), ("Mrs", "Menna", "Llywelyn", "Rheolwr Swyddfa"),
         ("Mr", "Arwel", "Caradog", "Athro Blwyddyn 6"), ("Mrs", "Gwawr", "Bebb", "Athrawes Blwyddyn 5")],
  named=[("Gruffydd", "Owen", "Gruff", "Year 4", ["Gruffydd"]), ("Lili", "Hughes", "Lili", "Year 1", ["Lili"]),
         ("Tomos", "Evans", "Tomos", "Year 5", ["Tomos Evans"]), ("Efa", "Jones", "Efa", "Year 3", ["Efa"]),
         ("Macsen", "Roberts", "Macsen", "Year 4", ["Macsen", "Facsen"]), ("Osian", "Williams", "Osian", "Year 5", ["Osian"]),
         ("Cadi", "Parry", "Cadi", "Year 2", ["Cadi"]), ("Harri", "Thomas", "Harri", "Year 6", ["Harri"]),
         ("Tomos", "Ellis", "Twm", "Year 3", ["Twm"]), ("Ela", "Davies", "Ela", "Year 2", ["Ela"]),
         ("Nel", "Hughes-Lloyd", "Nel", "Year 1", ["Nel"]), ("Gethin", "Lloyd", "Gethin", "Year 6", ["Gethin"]),
         ("Mabli", "Griffiths", "Mabli", "Reception", ["Mabli"]), ("Ifan", "Morris", "Ifan", "Year 5", ["Ifan"]),
         ("Lleucu", "Jones", "Lleucu", "Year 2", ["Lleucu"]), ("Rhys", "Owen", "Rhys", "Year 3", ["Rhys"]),
         ("Cai", "Williams", "Cai", "Year 3", ["Cai", "Chai"])]),
 "dev": dict(seed=152, prefix="MT", school=dict(
    name="Mynydd Tirion Primary School", name_cy="Ysgol Gynradd Mynydd Tirion",
    address="Lôn yr Ysgol, Rhydgwynt, Pwllheli, Gwynedd LL53 9ZT", web="mynyddtirion.ysgol.cymru",
    phones=["01632 960520"], allowed=["mynyddtirion.ysgol.cymru", "gwynedd.llyw.cymru", "hwb.gov.wales"]),
  staff=[("Mr", "Dylan", "Prys", "Pennaeth / Headteacher"),
         ("Mr", "Dewi", "Huws", "Dirprwy; Designated Safeguarding Lead (DSL)"),
         ("Miss", "Llinos", "Rees", "Athrawes Blwyddyn 3"), ("Mrs", "Angharad", "Llwyd", "Athrawes Derbyn"),
         ("Mrs", "Catrin", "Elfyn", "Cydlynydd ADY / ALNCo"), ("Mr", "Robat", "Gwilym", "Athro Blwyddyn 6"),
         ("Mrs", "Eirian", "Tudur", "Ysgrifenyddes"), ("Mr", "Emyr", "Pennant", "Gofalwr")],
  named=[("Alaw", "Griffith", "Alaw", "Year 4", ["Alaw"]), ("Morgan", "Tudor", "Morgan", "Year 3", ["Morgan"]),
         ("Begw", "Jones", "Begw", "Year 1", ["Begw", "Fegw"]), ("Gwenno", "Evans", "Gwenno", "Year 2", ["Gwenno"]),
         ("Sofia", "Kovalenko", "Sofia", "Year 2", ["Sofia"]), ("Elis", "Pritchard", "Elis", "Year 6", ["Elis"])]),
 "test": dict(seed=153, prefix="PE", school=dict(
    name="Porth Eithin Primary School", name_cy="Ysgol Gynradd Porth Eithin",
    address="Stryd y Capel, Porth Eithin, Nefyn, Gwynedd LL53 9YP", web="porth-eithin.ysgol.cymru",
    phones=["01632 960735", "01632 960736"], allowed=["porth-eithin.ysgol.cymru", "gwynedd.llyw.cymru", "hwb.gov.wales"]),
  staff=[("Mrs", "Rhiannon", "Cybi", "Pennaeth / Headteacher"),
         ("Mr", "Hywel", "Bebb", "Dirprwy; Designated Safeguarding Lead (DSL)"),
         ("Miss", "Elan", "Mostyn", "Athrawes Derbyn"), ("Mr", "Ceri", "Ellis", "Athro Blwyddyn 4"),
         ("Mrs", "Glenys", "Morus", "Derbynnydd"), ("Mr", "Alun", "Trefor", "Cogydd"),
         ("Mrs", "Einir", "Prydderch", "Cydlynydd ADY / ALNCo"), ("Miss", "Sara", "Gwynant", "Athrawes Blwyddyn 2")],
  named=[("Guto", "Parri", "Guto", "Year 3", ["Guto"]), ("Nanw", "Hughes", "Nanw", "Year 4", ["Nanw"]),
         ("Dafydd", "Rowlands", "Deio", "Year 2", ["Deio", "Ddeio"]), ("Heledd", "Wyn", "Heledd", "Year 5", ["Heledd"]),
         ("Noa", "Jones-Evans", "Noa", "Year 1", ["Noa"]), ("Mali", "Owen", "Mali", "Reception", ["Mali"]),
         ("Yusuf", "Haidari", "Yusuf", "Year 3", ["Yusuf"]), ("Fflur", "Lewis", "Fflur", "Year 6", ["Fflur"]),
         ("Ioan", "Pierce", "Ioan", "Year 6", ["Ioan"]), ("Tegid", "Morgan", "Tegid", "Year 6", ["Tegid", "Thegid"])]),
}

CLASS = {"Reception": "Penbyliaid", "Year 1": "Cregyn", "Year 2": "Gwylanod", "Year 3": "Morloi",
         "Year 4": "Dolffiniaid", "Year 5": "Hebogiaid", "Year 6": "Eryrod"}
CLASS_DEV = {"Reception": "Cywion", "Year 1": "Cywion", "Year 2": "Drudwy", "Year 3": "Drudwy",
             "Year 4": "Tylluanod", "Year 5": "Tylluanod", "Year 6": "Barcutiaid"}
CLASS_TEST = {"Reception": "Sêr Môr", "Year 1": "Sêr Môr", "Year 2": "Crancod", "Year 3": "Crancod",
              "Year 4": "Morfilod", "Year 5": "Morfilod", "Year 6": "Goleudy"}
CLASSMAP = {"train": CLASS, "dev": CLASS_DEV, "test": CLASS_TEST}
N_PUPILS = {"train": 112, "dev": 60, "test": 64}

TOK = re.compile(r"\[\[(?:(phone|email|address|dob):)?([^\]]+)\]\]")
SPANTYPE = {"phone": "phone-number", "email": "email-address", "address": "home-address", "dob": "date-of-birth"}


def build(half):
    cfg = HALVES[half]
    rnd = random.Random(cfg["seed"])
    out = ROOT / half
    out.mkdir(exist_ok=True)
    # roster
    rows, lookup, used = [], {}, set()
    for i, (fn, ln, pref, yr, forms) in enumerate(cfg["named"]):
        pid = f"{cfg['prefix']}{i+1:04d}"
        rows.append([pid, fn, ln, pref, yr, CLASSMAP[half][yr], "yes", "yes"])
        used.add((fn, ln))
        for f in forms:
            lookup[f] = pid
    named_first = {n[0] for n in cfg["named"]} | {n[2] for n in cfg["named"]}
    pool = [f for f in FIRST if f not in named_first]
    while len(rows) < N_PUPILS[half]:
        fn, ln = rnd.choice(pool), rnd.choice(LAST)
        if (fn, ln) in used:
            continue
        used.add((fn, ln))
        yr = YEARS[len(rows) % 7]
        cons = "no" if rnd.random() < 0.1 else "yes"
        rows.append([f"{cfg['prefix']}{len(rows)+1:04d}", fn, ln, fn, yr, CLASSMAP[half][yr], cons, cons])
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                    "consent_social_media", "consent_website"])
        w.writerows(rows)
    with open(out / "staff.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, s in enumerate(cfg["staff"]):
            w.writerow([f"{cfg['prefix']}S{i+1:02d}", *s])
    sc = cfg["school"]
    dom = sc["web"]
    toml = [f'# {half} half of s15-tri-cy: a synthetic Welsh-medium primary in Gwynedd.',
            f'name = "{sc["name"]}"', f'name_cy = "{sc["name_cy"]}"', f'address = "{sc["address"]}"',
            f'web_domains = ["{dom}"]', f'email_domains = ["{dom}"]',
            f'emails = ["swyddfa@{dom}", "pennaeth@{dom}"]',
            'phones = [' + ", ".join(f'"{p}"' for p in sc["phones"]) + ']',
            'nation = "wales"',
            'allowed_link_domains = [' + ", ".join(f'"{d}"' for d in sc["allowed"]) + ']',
            'policy_pack = "default"']
    (out / "school.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
    (out / "posts.jsonl").write_text("", encoding="utf-8")
    # comments
    items = []
    for line in (ROOT / "src" / f"{half}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cat, voice, lang, raw = line.split(" ", 3)
        text, spans, pos = "", [], 0
        for m in TOK.finditer(raw):
            text += raw[pos:m.start()]
            start = len(text)
            text += m.group(2)
            kind = m.group(1)
            if kind is None:
                spans.append({"start": start, "end": len(text), "type": "pupil-name",
                              "pupil_id": lookup[m.group(2)], "on_roster": True, "text": m.group(2)})
            else:
                spans.append({"start": start, "end": len(text), "type": SPANTYPE[kind],
                              "pupil_id": None, "on_roster": None, "text": m.group(2)})
            pos = m.end()
        text += raw[pos:]
        assert "[[" not in text and "]]" not in text
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"]
        items.append((cat, voice, lang, text, spans))
    rnd.shuffle(items)
    meta = []
    with open(out / "comments.jsonl", "w", encoding="utf-8") as fh:
        for i, (cat, voice, lang, text, spans) in enumerate(items):
            obj = {"id": f"{cfg['prefix'].lower()}-comment-{i+1:03d}", "text": text,
                   "author_role": ROLE[voice], "category": CATS[cat], "spans": spans}
            if half == "train":
                obj["voice"] = VOICE[voice]
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            meta.append({"id": obj["id"], "lang": lang})
    (ROOT / "src" / f"{half}-lang.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0), encoding="utf-8")
    return items


if __name__ == "__main__":
    from collections import Counter
    for half in HALVES:
        items = build(half)
        cats = Counter(CATS[c] for c, *_ in items)
        langs = Counter(l for _, _, l, _, _ in items)
        harmful = sum(cats[k] for k in ("hate", "abuse", "threat", "safeguarding"))
        nspans = Counter(s["type"] for *_, sp in items for s in sp)
        print(half, len(items), dict(cats), "harmful", harmful, f"{harmful/len(items):.0%}", dict(langs),
              f"welsh+mixed {(langs['cy']+langs['mix'])/len(items):.1%}", dict(nspans))
