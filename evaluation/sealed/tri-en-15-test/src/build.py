"""Build train/dev/test comment halves for slug s15-tri-en. Offsets are computed here."""
import csv, json, random, re, os, unicodedata

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOICES = {"h": "hurried_parent", "d": "sarcastic_dad", "g": "formal_grandmother",
          "s": "older_sibling_17", "c": "community_member"}
ROLES = {"P": "parent", "U": "public", "K": "pupil", "X": "unknown"}
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]

SCHOOLS = {
 "train": dict(
   prefix="TI", seed=151, name="Thorncliffe Ings Primary School",
   address="Ings Lane, Dalton, Rotherham S65 9ZX", domain="thorncliffe-ings.example.sch.uk",
   phone="01632 960214", town="Rotherham",
   classes=["Robins", "Wrens", "Oak", "Ash", "Rowan", "Beech", "Cedar"],
   fixed=[("Kayden","Royston","Kayden","Year 2"),("Brandon","Hepworth","Brandon","Year 5"),
          ("Ruby-Mae","Stringer","Ruby-Mae","Year 4"),("Maisie","Outhwaite","Maisie","Year 4"),
          ("Harvey","Dransfield","Harvey","Year 1"),("Amira","Siddique","Amira","Year 3"),
          ("Kacper","Wróbel","Kacper","Year 5"),("Tyler","Greenhalgh","Tyler","Year 3"),
          ("Lily-Rose","Barraclough","Lily-Rose","Reception")],
   staff=[("Mrs","Lorraine","Beckett","Headteacher"),("Mr","Craig","Staniforth","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
          ("Miss","Leanne","Copley","Reception teacher"),("Miss","Harriet","Oldroyd","Year 1 teacher"),
          ("Mrs","Nasreen","Akhtar","Year 2 teacher"),("Mrs","Sadia","Rafiq","Year 3 teacher"),
          ("Miss","Agata","Wolska","Year 4 teacher"),("Mrs","Pauline","Dyson","Year 5 teacher"),
          ("Mr","Dean","Whitlam","Year 6 teacher"),("Mrs","Claire","Oxley","SENCo"),
          ("Mr","Tom","Hirst","PE lead"),("Mrs","Jo","Fenwick","Office manager"),
          ("Miss","Keeley","Marsden","Teaching assistant"),("Mr","Gary","Lowe","Site manager"),
          ("Mrs","Bev","Stenton","Midday supervisor")]),
 "dev": dict(
   prefix="BC", seed=152, name="Bentley Carr Primary School",
   address="Carr Road, Bentley, Doncaster DN5 0ZQ", domain="bentleycarr.example.sch.uk",
   phone="01632 960587", town="Doncaster",
   classes=["Ladybirds", "Bees", "Kestrels", "Owls", "Herons", "Falcons", "Eagles"],
   fixed=[("Kieran","Swallow","Kieran","Year 6"),("Jayden","Cartwright","Jayden","Year 3"),
          ("Poppy","Lindley","Poppy","Year 1")],
   staff=[("Mr","Martin","Ackroyd","Headteacher"),("Mrs","Gemma","Hollis","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
          ("Miss","Jade","Fairbrother","Reception teacher"),("Mr","Sam","Ellery","Year 1 teacher"),
          ("Miss","Chloe","Turton","Year 2 teacher"),("Mrs","Shazia","Begum","Year 3 teacher"),
          ("Mrs","Anita","Rudd","Year 4 teacher"),("Mr","Paul","Brammer","Year 5 teacher"),
          ("Mr","Ryan","Kitson","Year 6 teacher"),("Mrs","Denise","Holroyd","SENCo"),
          ("Miss","Zuzana","Horvathova","EAL teaching assistant"),("Mrs","Karen","Pashley","Office manager"),
          ("Mr","Lee","Gascoigne","Caretaker")]),
 "test": dict(
   prefix="DV", seed=153, name="Denaby Vale Primary School",
   address="Vale Road, Denaby Main, Doncaster DN12 4ZR", domain="denabyvale.example.sch.uk",
   phone="01632 960931", town="Doncaster",
   classes=["Acorns", "Hedgehogs", "Foxes", "Badgers", "Otters", "Hawks", "Stags"],
   fixed=[("Tayla","Blackburn","Tayla","Year 2"),("Riley","Mosby","Riley","Year 3"),
          ("Mikołaj","Zieliński","Mikołaj","Year 4"),("Esmae","Thorpe","Esmae","Reception"),
          ("Alfie-James","Winstanley","Alfie-James","Year 1")],
   staff=[("Mrs","Helen","Cawthorne","Headteacher"),("Mr","Stuart","Padgett","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
          ("Miss","Megan","Staveley","Reception teacher"),("Miss","Rachel","Birkinshaw","Year 1 teacher"),
          ("Mr","Ben","Lister","Year 3 teacher"),("Mr","Kamran","Hussain","Year 4 teacher"),
          ("Mrs","Joanne","Priestley","Year 6 teacher"),("Mrs","Lucy","Ibbotson","SENCo"),
          ("Mrs","Tracey","Nuttall","Office manager"),("Miss","Oliwia","Nowak","Teaching assistant"),
          ("Mr","Dave","Horsfield","Caretaker"),("Mrs","Sandra","Frith","Midday supervisor")]),
}

FIRST = ["Ava","Oliver","Isla","Noah","Freya","Leo","Evie","Archie","Millie","Theo","Sienna","Alfie",
         "Ivy","Reggie","Darcie","Hugo","Aisha","Zayn","Maryam","Yusuf","Hafsa","Ibrahim","Zofia","Filip",
         "Lena","Szymon","Natalia","Tomáš","Dominika","Matej","Gracie","Ollie","Rosie","Finley","Phoebe",
         "Jenson","Amelia","Kai","Scarlett","Bobby","Eliza","Rory","Lottie","Ezra","Nell","Arlo","Hanna",
         "Musa","Safa","Ayaan","Imogen","Toby","Layla","Ronnie","Tilly","Cody","Esme","Frankie"]
LAST = ["Walker","Hague","Shaw","Fletcher","Siddiqui","Kowalczyk","Balog","Lakatos","Hinchliffe","Crossland",
        "Bramall","Fox","Gill","Hussain","Mahmood","Nowicki","Duda","Oakes","Marsh","Webster","Pickering",
        "Ellis","Frost","Kaur","Ahmed","Booth","Sykes","Milner","Varga","Pearson","Turner","Kirk","Lodge",
        "Ramsden","Cooper","Hardcastle","Bibi","Nawaz","Jagger","Wilde"]

def roster(half, s):
    rnd = random.Random(s["seed"])
    fixed_first = {f[0].lower() for f in s["fixed"]} | {"mikolaj"}
    rows, used = [], set()
    n = 0
    for fn, ln, pn, yr in s["fixed"]:
        n += 1; used.add((fn, ln))
        rows.append(dict(pupil_id=f"{s['prefix']}{n:04d}", first_name=fn, last_name=ln, preferred_name=pn,
                         year_group=yr, class_name=s["classes"][YEARS.index(yr)],
                         consent_social_media="yes", consent_website="yes"))
    while len(rows) < 150:
        fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
        if (fn, ln) in used or fn.lower() in fixed_first: continue
        used.add((fn, ln)); n += 1
        yr = YEARS[(n - 1) % 7]
        rows.append(dict(pupil_id=f"{s['prefix']}{n:04d}", first_name=fn, last_name=ln, preferred_name=fn,
                         year_group=yr, class_name=s["classes"][YEARS.index(yr)],
                         consent_social_media="no" if rnd.random() < 0.1 else "yes", consent_website="yes"))
    return rows

def strip_acc(x):
    return "".join(c for c in unicodedata.normalize("NFD", x) if unicodedata.category(c) != "Mn").replace("ł", "l")

MARK = re.compile(r"\{([^{}#]+)(?:#([a-z-]+))?\}")

def parse(raw, rows):
    out, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        txt, typ = m.group(1), m.group(2) or "pupil-name"
        start = len(out); out += txt
        sp = dict(start=start, end=len(out), type=typ, pupil_id=None, on_roster=None, text=txt)
        if typ == "pupil-name":
            hits = [r for r in rows if strip_acc(r["preferred_name"]).lower() == strip_acc(txt).lower()]
            assert len(hits) == 1, (txt, hits)
            sp["pupil_id"], sp["on_roster"] = hits[0]["pupil_id"], True
        spans.append(sp); pos = m.end()
    out += raw[pos:]
    return out, spans

def build(half):
    s = SCHOOLS[half]; d = os.path.join(BASE, half); os.makedirs(d, exist_ok=True)
    rows = roster(half, s)
    with open(os.path.join(d, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
    with open(os.path.join(d, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, st in enumerate(s["staff"], 1): w.writerow([f"{s['prefix']}S{i:02d}", *st])
    dom = s["domain"]
    toml = f'''# Synthetic English primary school (South Yorkshire) for safepost evaluation, slug s15-tri-en/{half}.
name = "{s['name']}"
address = "{s['address']}"
web_domains = ["{dom}"]
email_domains = ["{dom}"]
official_emails = ["office@{dom}", "head@{dom}", "senco@{dom}"]
official_phones = ["{s['phone']}"]
nation = "england"
allowed_link_domains = ["{dom}", "parentpay.com", "gov.uk", "{s['town'].lower()}.gov.uk", "bbc.co.uk", "nhs.uk"]
policy = "default"
'''
    open(os.path.join(d, "school.toml"), "w", encoding="utf-8").write(toml)
    open(os.path.join(d, "posts.jsonl"), "w").close()
    lines = [l.rstrip("\n") for l in open(os.path.join(BASE, "src", f"{half}.txt"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    order = list(range(len(lines))); random.Random(s["seed"] + 7).shuffle(order)
    with open(os.path.join(d, "comments.jsonl"), "w", encoding="utf-8") as f:
        for k, i in enumerate(order, 1):
            cat, role, voice, raw = lines[i].split("|", 3)
            text, spans = parse(raw, rows)
            rec = {"id": f"{s['prefix'].lower()}-c{k:03d}", "text": text, "author_role": ROLES[role],
                   "category": cat, "spans": spans}
            if half == "train" and voice in VOICES: rec["voice"] = VOICES[voice]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

for h in SCHOOLS: build(h)
