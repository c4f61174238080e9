"""Build the live-location probe sets (dev and test) in bench format."""
import csv, json, random, re, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import data_dev, data_test

LABELS = ["offensive", "live_location", "unsafe_link", "political_or_commercial"]

FIRST_W = ["Alaw","Betsan","Cai","Deio","Efa","Ffion","Gethin","Heledd","Iestyn","Lowri","Macsen","Nia","Osian","Rhodri",
           "Siwan","Tomos","Wil","Elan","Gwion","Mali","Tirion","Llŷr","Anest","Begw","Caio","Dyfan","Erin","Gruffydd",
           "Hawys","Ianto","Jac","Leusa","Mabon","Nedw","Owain","Pedr","Rhun","Sioned","Tesni","Ynyr"]
FIRST_E = ["Amelia","Harry","Isla","Jack","Lily","Noah","Poppy","Oscar","Evie","Leo","Freya","Charlie","Ava","Theo","Ruby",
           "Arthur","Millie","Archie","Sienna","Finley","Daisy","Reuben","Esme","Kai","Layla","Zain","Aisha","Ibrahim",
           "Maya","Jayden","Connor","Niamh","Kacper","Zofia","Ellis","Harper","Logan","Orla","Ethan","Thea"]
LAST_W = ["Jenkins","Pugh","Bowen","Llewelyn","Griffiths","Prosser","Gwilym","Rees","Morgan","Powell","Vaughan","Pryce",
          "Rowlands","Humphreys","Howells","Watkins","Tudor","Ellis","Lewis","Parry"]
LAST_E = ["Barker","Walsh","Holden","Crossley","Fletcher","Kaur","Begum","Nowak","Okonkwo","Taylor","Harrison","Whitehead",
          "Sutcliffe","Ashton","Patel","Murray","Garside","Platt","Leigh","Hughes"]
NICK = {"Gruffydd":"Gruff","Ianto":"Ianto","Archie":"Arch","Tomos":"Twm","Gwion":"Gwi","Charlie":"Charlie"}
YEARS = ["Reception","Year 1","Year 2","Year 3","Year 4","Year 5","Year 6"]


def roster_rows(prefix, classes, firsts, lasts, n_per_year, seed, forbidden):
    rnd = random.Random(seed)
    firsts = [f for f in firsts if f.lower() not in forbidden]
    lasts = [l for l in lasts if l.lower() not in forbidden]
    rows, k = [], 0
    for yi, year in enumerate(YEARS):
        for j in range(n_per_year):
            k += 1
            fn = rnd.choice(firsts); ln = rnd.choice(lasts)
            pref = NICK.get(fn, fn) if rnd.random() < 0.15 else fn
            cons = "no" if rnd.random() < 0.1 else "yes"
            rows.append([f"{prefix}{k:04d}", fn, ln, pref, year, classes[yi], cons, cons if rnd.random() < .9 else "no"])
    return rows


SETS = {
 "dev": dict(
    data=data_dev, n_expected=200, seed=2024,
    schools={"GT": "Glan Terrig CP School (Ysgol Gynradd Glan Terrig), Mold, Flintshire – English-medium, with bilingual posts",
             "HB": "Hollinsbrook Primary School, Chorley, Lancashire"},
    toml='''# Live-location probe, dev set. Settings for the main school of this set.
# Posts also come from a second school, Hollinsbrook Primary School, Hollins Lane, Chorley (Lancashire);
# its posts name no contact details, links or addresses.
name = "Glan Terrig CP School"
name_cy = "Ysgol Gynradd Glan Terrig"
policy = "default"
nation = "wales"
address = "Ffordd Glan Terrig, Mold CH7 1QZ"
local_authority = "Flintshire County Council"
web_domains = ["glanterrig.sch.uk"]
email_domains = ["glanterrig.sch.uk"]
emails = ["office@glanterrig.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["glanterrig.sch.uk", "flintshire.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
    roster=[("GT", ["Dosbarth Derbyn","Afon Alun","Afon Clwyd","Afon Dyfrdwy","Afon Conwy","Afon Elwy","Afon Terrig"], FIRST_W + FIRST_E[:20], LAST_W + LAST_E[:8], 12),
            ("HB", ["Acorn","Willow","Rowan","Maple","Hawthorn","Sycamore","Chestnut"], FIRST_E, LAST_E, 10)],
    staff=[["GTS01","Mrs","Helen","Pritchard","Headteacher (Glan Terrig)"],
           ["GTS02","Mr","Gareth","Lloyd-Evans","Deputy Headteacher; DSL (Glan Terrig)"],
           ["GTS03","Mrs","Sandra","Kerr","Office Manager (Glan Terrig)"],
           ["GTS04","Mr","Dylan","Hughes","PE lead (Glan Terrig)"],
           ["GTS05","Mrs","Leanne","Whitley","Class teacher (Year 6, Glan Terrig)"],
           ["GTS06","Miss","Ffion","Roberts","Class teacher (Year 3, Glan Terrig)"],
           ["GTS07","Mr","Tom","Ashcroft","Class teacher (Year 5, Glan Terrig)"],
           ["GTS08","Mrs","Carys","Bellis","Class teacher (Reception, Glan Terrig)"],
           ["GTS09","Ms","Kate","Morrell","Forest School leader (Glan Terrig)"],
           ["GTS10","Mr","Rhodri","Parry","Music and choir (Glan Terrig)"],
           ["HBS01","Mr","Simon","Ashworth","Headteacher (Hollinsbrook)"],
           ["HBS02","Mrs","Karen","Haworth","Office Manager (Hollinsbrook)"],
           ["HBS03","Miss","Jade","Whittle","PE lead (Hollinsbrook)"],
           ["HBS04","Mrs","Priya","Shah","Class teacher (Year 4, Hollinsbrook)"],
           ["HBS05","Mr","Owen","Clegg","Class teacher (Year 2, Hollinsbrook)"],
           ["HBS06","Mrs","Maureen","Birtwistle","Choir leader (Hollinsbrook)"]],
 ),
 "test": dict(
    data=data_test, n_expected=100, seed=7331,
    schools={"GTY": "Ysgol Gymraeg Glan Tywi, Llandeilo, Carmarthenshire – Welsh-medium",
             "BM": "Brookmead Primary School, Hythe, Kent"},
    toml='''# Live-location probe, test set. Settings for the main school of this set.
# Posts also come from a second school, Brookmead Primary School, Hythe (Kent);
# its posts name no contact details, links or addresses.
name = "Ysgol Gymraeg Glan Tywi"
name_cy = "Ysgol Gymraeg Glan Tywi"
policy = "default"
nation = "wales"
address = "Heol y Dderwen, Llandeilo SA19 6QZ"
local_authority = "Carmarthenshire County Council"
web_domains = ["glantywi.sch.uk"]
email_domains = ["glantywi.sch.uk"]
emails = ["swyddfa@glantywi.sch.uk"]
phones = ["029 2018 0733"]
allowed_link_domains = ["glantywi.sch.uk", "carmarthenshire.gov.wales", "sirgar.llyw.cymru", "hwb.gov.wales", "gov.wales", "llyw.cymru", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "seesaw"]
''',
    roster=[("GY", ["Meithrin","Cennen","Sawdde","Dulais","Cothi","Gwili","Tywi"], FIRST_W, LAST_W, 12),
            ("BM", ["Shells","Pebbles","Oak","Elm","Cedar","Ash","Beech"], FIRST_E, LAST_E, 10)],
    staff=[["GYS01","Mr","Huw","Bevan","Pennaeth / Headteacher (Glan Tywi)"],
           ["GYS02","Mrs","Eleri","Thomas","Dirprwy Bennaeth; DSL (Glan Tywi)"],
           ["GYS03","Mrs","Delyth","Harries","Rheolwr Swyddfa / Office Manager (Glan Tywi)"],
           ["GYS04","Mr","Iwan","Daniel","Arweinydd Addysg Gorfforol / PE lead (Glan Tywi)"],
           ["GYS05","Miss","Catrin","Walters","Class teacher (Blwyddyn 2, Glan Tywi)"],
           ["GYS06","Mrs","Meinir","Jones","Class teacher (Blwyddyn 6, Glan Tywi)"],
           ["BMS01","Mrs","Claire","Denton","Headteacher (Brookmead)"],
           ["BMS02","Mrs","Adaeze","Okafor","Class teacher (Year 4, Brookmead)"],
           ["BMS03","Mr","Paul","Rigden","PE lead (Brookmead)"],
           ["BMS04","Ms","Tracey","Gilbert","Office Manager (Brookmead)"],
           ["BMS05","Miss","Holly","Marsh","Class teacher (Year 1, Brookmead)"]],
 ),
}

VOICE = {"office": "office manager", "trip": "trip leader posting from a phone", "head": "headteacher",
         "pe": "PE teacher", "pta": "PTA"}
FAM_POS = {"now": "where the children are right now (arrived, live from, location pin, check-in, Welsh present tense)",
           "timetable": "a trip timetable with a pick-up point or venue and times",
           "fixture": "a match or tournament with an off-site venue and a start time",
           "performance": "a named group performing at a public event at a stated place and time",
           "routine": "a regular routine with day, time and off-site place (swimming, forest school, walking bus, clubs, volunteering)",
           "route": "a planned route with a time window (sponsored walks, parades and similar)",
           "alt": "a vague caption whose image alt text places the children somewhere off site today"}
FAM_NEG = {"past_en": "trips and fixtures reported afterwards, in English",
           "past_cy": "Welsh past-tense reports (preterite and bod-past forms)",
           "onsite": "events on the school's own site, home fixtures, on-site forest school, visitors who come in",
           "vague": "future plans with no date or time (next term, in the summer, some time this spring)",
           "parents_hall": "events for parents in the school hall or classrooms",
           "no_children": "named places, often with times, where no pupils will be (for example staff alone, PTA adults, road or service notices)",
           "weather": "weather, closures and site notices",
           "time_no_place": "times or days with no place (departure times, kit reminders, venue withheld)",
           "place_no_time": "named places with no time (topics, recommendations, grants, play parks)",
           "cancelled_other": "cancelled or postponed trips and matches, archive photos, general notes"}


def words_in(text):
    return set(w.lower() for w in re.findall(r"[\wŵŷâêîôûáéíóúàèìòùäëïöüÿ']+", text))


def build(name, cfg):
    out = ROOT / name
    out.mkdir(parents=True, exist_ok=True)
    data = cfg["data"]
    items = [dict(zip(["school","voice","lang","family","live","text","alt"], t)) for t in data.POS + data.NEG]
    assert len(items) == cfg["n_expected"], (name, len(items))
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate text"
    allwords = set()
    for i in items:
        allwords |= words_in(i["text"]) | words_in(i["alt"] or "")
    # roster: drop any first name that also appears as a word in the posts, so no post text mentions a roster name
    rows = []
    for prefix, classes, firsts, lasts, n in cfg["roster"]:
        rows += roster_rows(prefix, classes, firsts, lasts, n, cfg["seed"] + len(prefix), allwords)
    for r in rows:
        for part in (r[1], r[2], r[3]):
            assert part.lower() not in allwords, (name, part)
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"])
        w.writerows(rows)
    with open(out / "staff.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id","title","first_name","last_name","role"])
        w.writerows(cfg["staff"])
    (out / "school.toml").write_text(cfg["toml"], encoding="utf-8")
    (out / "comments.jsonl").write_text("", encoding="utf-8")
    (out / "images.jsonl").write_text("", encoding="utf-8")

    rnd = random.Random(cfg["seed"])
    order = list(range(len(items)))
    rnd.shuffle(order)
    lines, n_img = [], 0
    for k, idx in enumerate(order, 1):
        it = items[idx]
        images = []
        if it["alt"]:
            n_img += 1
            images = [{"filename": f"IMG_{4100 + k * 7}.jpg", "alt": it["alt"]}]
        labels = {l: False for l in LABELS}
        labels["live_location"] = bool(it["live"])
        rec = {"id": f"post-{k:03d}", "text": it["text"], "images": images, "labels": labels,
               "spans": [], "image_spans": []}
        it["id"] = rec["id"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    (out / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # validation
    for ln in (out / "posts.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(ln)
        assert set(r) == {"id","text","images","labels","spans","image_spans"}
        assert set(r["labels"]) == set(LABELS)
        assert not any(r["labels"][l] for l in LABELS if l != "live_location")
        assert r["spans"] == [] and r["image_spans"] == []
        full = r["text"] + " " + " ".join(i["alt"] + " " + i["filename"] for i in r["images"])
        assert not re.search(r"https?://|www\.|\.co\.uk|\.com|@", full), r["id"]
        assert not re.search(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\+44", full), r["id"]
        assert not re.search(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b", full), r["id"]
    return items, rows, n_img


def readme(name, cfg, items, rows, n_img):
    c = collections.Counter
    pos = [i for i in items if i["live"]]; neg = [i for i in items if not i["live"]]
    langs = c(i["lang"] for i in items)
    lines = [f"# live-location probe – {name} set", "",
             "A single-label evaluation set for the `live_location` post label, in the bench format "
             "(`/work/shared/bench/README.md`). Every other label is false and no post has spans or image spans: "
             "the posts name no pupils, phones, emails, addresses or links. `comments.jsonl` and `images.jsonl` are empty.", "",
             "## Schools", ""]
    for code, desc in cfg["schools"].items():
        n = sum(1 for i in items if i["school"] == code)
        npos = sum(1 for i in items if i["school"] == code and i["live"])
        lines.append(f"* **{desc}**: {n} posts, {npos} live.")
    lines += ["", "`school.toml` holds the settings of the first school (the second school's posts never use its own contact "
              "details). `roster.csv` lists invented pupils of both schools (" + str(len(rows)) + " pupils; no roster name "
              "appears in any post), and `staff.csv` lists staff of both schools; a few staff surnames appear in posts.", "",
              "All schools, people, pupils and venues named in posts are fictional or public places used only as settings; "
              "the school phone number is from an Ofcom drama range.", "",
              "## Counts", "",
              "| | count |", "|---|---|",
              f"| posts | {len(items)} |",
              f"| live_location positive | {len(pos)} ({100*len(pos)/len(items):.0f} %) |",
              f"| live_location negative (hard negatives) | {len(neg)} |",
              f"| posts with an attached image (alt text) | {n_img} |",
              f"| wholly Welsh | {langs['cy']} |", f"| mixed Welsh/English | {langs['mixed']} |", f"| English | {langs['en']} |",
              f"| Welsh or mixed share | {100*(langs['cy']+langs['mixed'])/len(items):.0f} % |",
              "| spans of any type | 0 |", "| other labels positive | 0 |", "| comments | 0 |", "",
              "## Positive families (live_location = true)", "", "| family | posts | Welsh or mixed |", "|---|---|---|"]
    for f, d in FAM_POS.items():
        fi = [i for i in pos if i["family"] == f]
        lines.append(f"| {d} | {len(fi)} | {sum(1 for i in fi if i['lang'] != 'en')} |")
    lines += ["", "## Hard-negative families (live_location = false)", "", "| family | posts | Welsh or mixed |", "|---|---|---|"]
    for f, d in FAM_NEG.items():
        fi = [i for i in neg if i["family"] == f]
        lines.append(f"| {d} | {len(fi)} | {sum(1 for i in fi if i['lang'] != 'en')} |")
    lines += ["", "## Voices", "", "| voice | posts | positive |", "|---|---|---|"]
    for v, d in VOICE.items():
        lines.append(f"| {d} | {sum(1 for i in items if i['voice']==v)} | {sum(1 for i in pos if i['voice']==v)} |")
    lines += ["", "## Labelling decisions", "",
              "* Positive when the post places pupils (or staff with pupils) at a named off-site place now (arrived, here, live from, "
              "a pin, today, this morning, Welsh present tense such as nawr / ar hyn o bryd), or at a named off-site place at a stated "
              "date and clock time, or on a stated recurring day-and-time schedule. A pick-up or meeting point away from the school "
              "with a time counts, even when the destination itself has no time. Another school's field, a care home, a church, a "
              "market, a station and a bus stop all count as off-site places.",
              "* Negative when the place is the school's own site (field, hall, playground, MUGA, on-site woodland or wildlife garden, "
              "a mobile pool in the school car park), including home fixtures with a kick-off time; when the visit is reported in the "
              "past; when the future plan has no date or time; when only adults are at the place (staff at a conference or a "
              "marathon, PTA stalls and quiz nights, road closures); when a time is given but the venue is withheld or absent; when a "
              "place is named with no time; when the trip or match is cancelled or postponed; and for archive photos.",
              "* In some bilingual posts the place or the time appears in only one of the two languages; the label follows the whole post.",
              "* Alt-text positives have a caption with no place; the alt text carries both the place and today/now. One negative "
              "has alt text describing a trip in the past tense.",
              "", "Built by `../src/build.py` from `../src/data_" + name + ".py`."]
    (ROOT / name / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    seen = {}
    for name, cfg in SETS.items():
        items, rows, n_img = build(name, cfg)
        readme(name, cfg, items, rows, n_img)
        seen[name] = {i["text"] for i in items}
        langs = collections.Counter(i["lang"] for i in items)
        print(name, len(items), "pos", sum(i["live"] for i in items), "welsh/mixed", langs["cy"] + langs["mixed"], "imgs", n_img)
    assert not (seen["dev"] & seen["test"])
