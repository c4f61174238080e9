import json, random, re, csv, collections, os
BASE = "/work/wt/new-sealed/polcom-4"
SLUG = "polcom-4"

def load(fn, var):
    g = {}
    exec(open(f"{BASE}/src/{fn}").read(), g)
    return g[var]

# ---------------- rosters ----------------
NI_F = ["Orlaith", "Ella", "Grace", "Clodagh", "Roisin", "Sophie", "Erin", "Ciara", "Maeve", "Aine", "Shannon", "Leah", "Anna", "Katie", "Rachel", "Megan", "Hannah", "Eimear", "Sorcha", "Fionnuala"]
NI_M = ["Ruairi", "Conor", "Jack", "Callum", "Eoin", "Darragh", "Sean", "Matthew", "Ryan", "Patrick", "Cathal", "Niall", "Odhran", "Liam", "Adam", "Dylan", "Eamon", "Fergal", "Shea", "Cormac"]
NI_S = ["McLaughlin", "Gallagher", "Bradley", "Quigley", "McGinley", "Hegarty", "Devlin", "Kelly", "O'Donnell", "McCafferty", "Mullan", "Harkin", "Brolly", "Friel", "Coyle", "McDaid", "Deery", "Duddy", "Moore", "Canning"]
CY_F = ["Ffion", "Alaw", "Elin", "Nia", "Megan", "Seren", "Begw", "Heledd", "Mared", "Efa", "Lili", "Mia", "Tesni", "Manon", "Ela", "Non", "Catrin", "Beca", "Gwenno", "Anest"]
CY_M = ["Ioan", "Gethin", "Rhodri", "Tomos", "Harri", "Iwan", "Morgan", "Jac", "Deio", "Llŷr", "Rhys", "Cai", "Sion", "Gruffudd", "Aled", "Owain", "Dafydd", "Ifan", "Steffan", "Jacob"]
CY_S = ["Jones", "Williams", "Griffiths", "Owen", "Thomas", "Pritchard", "Hughes", "Lloyd", "Ellis", "Morgan", "Price", "Edwards", "Rowlands", "Vaughan", "Bellis", "Humphreys", "Wynne", "Parry", "Rees", "Foulkes"]

NICK = {"Thomas": "Tom", "Tomos": "Twm", "Gwenllian": "Gwen", "Dafydd": "Dafs", "Rachel": "Rach", "Katie": "Katie"}

def roster(prefix, years, firsts_f, firsts_m, surnames, fixed, seed, n_per_year=26):
    rnd = random.Random(seed)
    rows = []
    i = 201
    for yg in years:
        yn = yg.split()[1]
        for k in range(n_per_year):
            pid = f"{prefix}{i:04d}"
            i += 1
            fn = rnd.choice(firsts_f if k % 2 else firsts_m)
            ln = rnd.choice(surnames)
            pref = NICK.get(fn, fn) if rnd.random() < 0.3 else fn
            cls = f"{yn}{'ABCD'[k % 4]}"
            cons = "no" if rnd.random() < 0.1 else "yes"
            rows.append([pid, fn, ln, pref, yg, cls, cons, cons if rnd.random() < 0.8 else "yes"])
    for pid, fn, ln, pref, yg in fixed:
        yn = yg.split()[1]
        rows.append([pid, fn, ln, pref, yg, f"{yn}B", "yes", "yes"])
    return rows

DEV_FIXED = [("FM0101", "Aoife", "McCann", "Aoife", "Year 12"), ("FM0102", "Oisín", "Doherty", "Oisín", "Year 10"),
             ("FM0103", "Caoimhe", "Bradley", "Caoimhe", "Year 10"), ("FM0104", "Tiernan", "Quigley", "Tiernan", "Year 14"),
             ("FM0105", "Niamh", "Gillespie", "Niamh", "Year 14")]
TEST_FIXED = [("GE0101", "Osian", "Pritchard", "Osian", "Year 11"), ("GE0102", "Cadi", "Hughes", "Cadi", "Year 11"),
              ("GE0103", "Tomos", "Evans", "Twm", "Year 10"), ("GE0104", "Elis", "Roberts", "Elis", "Year 10"),
              ("GE0105", "Gwenllian", "Davies", "Gwen", "Year 12"), ("GE0106", "Macsen", "Lloyd", "Macsen", "Year 13"),
              ("GE0108", "Lowri", "Parry", "Lowri", "Year 9")]

DEV_STAFF = [("FMS01", "Mr", "Brendan", "Friel", "Principal"), ("FMS02", "Mrs", "Gráinne", "Harkin", "Vice Principal; Designated Teacher for Child Protection"),
             ("FMS03", "Mrs", "Bernadette", "Coyle", "Office Manager"), ("FMS04", "Ms", "Shauna", "Deery", "Receptionist"),
             ("FMS05", "Mrs", "Siobhan", "McLaughlin", "Catering Supervisor"), ("FMS06", "Mr", "Conor", "Doherty", "Teacher of Mathematics"),
             ("FMS07", "Miss", "Clare", "Kelly", "Head of Art"), ("FMS08", "Mr", "Paul", "Gallagher", "Teacher of Technology"),
             ("FMS09", "Mrs", "Deirdre", "Breen", "Learning Support Assistant"), ("FMS10", "Mrs", "Marie", "Logue", "Office Assistant (retiring)"),
             ("FMS11", "Mr", "Kieran", "Mullan", "Head of PE"), ("FMS12", "Mrs", "Anne", "Canning", "Head of English"),
             ("FMS13", "Mr", "Thomas", "Brolly", "Teacher of Politics"), ("FMS14", "Ms", "Orla", "McDaid", "Teacher of History"),
             ("FMS15", "Mr", "Declan", "Duddy", "Caretaker"), ("FMS16", "Mrs", "Fiona", "Moore", "Head of Year 14"),
             ("FMS17", "Miss", "Laura", "Quinn", "Teacher of Biology"), ("FMS18", "Mr", "Gavin", "Hegarty", "Head of Science"),
             ("FMS19", "Mrs", "Rosemary", "Devlin", "Librarian"), ("FMS20", "Mr", "Stephen", "McGinley", "Head of Year 8")]
TEST_STAFF = [("GES01", "Mr", "Huw", "Bellis", "Pennaeth / Headteacher"), ("GES02", "Mrs", "Sioned", "Foulkes", "Dirprwy Bennaeth; Person Dynodedig Diogelu (DSP)"),
              ("GES03", "Mrs", "Eirlys", "Jones", "Rheolwr Swyddfa / Office Manager"), ("GES04", "Ms", "Carys", "Wynne", "Derbynnydd / Receptionist"),
              ("GES05", "Mrs", "Glenys", "Price", "Cogydd / Cook"), ("GES06", "Mr", "Elis", "Parry", "Athro Mathemateg a Ffiseg"),
              ("GES07", "Miss", "Ffion", "Hughes", "Cymhorthydd Addysgu / Teaching Assistant"), ("GES08", "Mr", "Dai", "Humphreys", "Pennaeth Addysg Gorfforol / Head of PE"),
              ("GES09", "Mrs", "Meinir", "Edwards", "Athrawes Gymraeg (ymddeol)"), ("GES10", "Mr", "Gwyn", "Owen", "Athro Hanes"),
              ("GES11", "Miss", "Alys", "Rowlands", "Athrawes Addysg Gorfforol"), ("GES12", "Mr", "Iestyn", "Vaughan", "Pennaeth Blwyddyn 7"),
              ("GES13", "Mrs", "Nerys", "Rees", "Athrawes Saesneg"), ("GES14", "Mr", "Geraint", "Thomas", "Gofalwr / Caretaker"),
              ("GES15", "Mrs", "Llinos", "Griffiths", "Pennaeth Gwyddoniaeth"), ("GES16", "Miss", "Bethan", "Ellis", "Athrawes Cerdd"),
              ("GES17", "Mr", "Rhodri", "Williams", "Athro Daearyddiaeth"), ("GES18", "Mrs", "Anwen", "Morgan", "Llyfrgellydd / Librarian"),
              ("GES19", "Mr", "Emyr", "Lloyd", "Pennaeth Blwyddyn 11"), ("GES20", "Mrs", "Delyth", "Owen", "Cydlynydd ADY / ALN Coordinator")]

DEV_TOML = '''# Held-out style school for safepost (polcom-4 dev): a synthetic secondary in Derry/Londonderry.
name = "Foyle Meadow College"
address = "Foyle Meadow College, 40 Racecourse Road, Derry/Londonderry BT48 8AA"
nation = "northern-ireland"
web_domain = "foylemeadowcollege.org.uk"
email_domains = ["foylemeadowcollege.org.uk", "fmc.ni.sch.uk"]
official_emails = ["info@foylemeadowcollege.org.uk", "office@fmc.ni.sch.uk", "pta@foylemeadowcollege.org.uk"]
official_phones = ["028 9649 6120", "028 9649 6121"]
allowed_link_domains = ["foylemeadowcollege.org.uk", "eani.org.uk", "nidirect.gov.uk", "derrystrabane.com", "justgiving.com"]
policy = "default"
'''
TEST_TOML = '''# Held-out style school for safepost (polcom-4 test): a synthetic Welsh-medium secondary in Wrexham county.
name = "Gwaun Eithin Secondary School"
name_cy = "Ysgol Uwchradd Gwaun Eithin"
address = "Ysgol Uwchradd Gwaun Eithin, Ffordd y Ponciau, Rhosllannerchrugog, Wrecsam LL14 1AA"
nation = "wales"
web_domain = "gwauneithin.cymru"
email_domains = ["gwauneithin.cymru", "gwauneithin.wrecsam.sch.uk"]
official_emails = ["swyddfa@gwauneithin.cymru", "office@gwauneithin.cymru", "crha@gwauneithin.cymru"]
official_phones = ["01632 960412", "01632 960413"]
allowed_link_domains = ["gwauneithin.cymru", "wrexham.gov.uk", "gov.wales", "gov.uk", "hwb.gov.wales", "urdd.cymru", "justgiving.com"]
policy = "default"
'''

def spans_for(text, sp):
    out = []
    for s, typ, pid in sp:
        if typ == "pupil-name":
            pat = r"(?<![\w#])" + re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "")
            hits = [m.start() for m in re.finditer(pat, text)]
        else:
            hits = [m.start() for m in re.finditer(re.escape(s), text)]
        assert hits, (s, text)
        for h in hits:
            d = {"start": h, "end": h + len(s), "type": typ,
                 "pupil_id": pid if typ == "pupil-name" else None,
                 "on_roster": (pid is not None) if typ == "pupil-name" else None, "text": s}
            out.append(d)
    # drop a full-name's first-name sub-match (e.g. "Aoife" inside "Aoife McCann")
    out.sort(key=lambda d: (d["start"], -d["end"]))
    keep = []
    for d in out:
        if any(k["start"] <= d["start"] and d["end"] <= k["end"] and k is not d for k in keep):
            continue
        keep.append(d)
    for d in keep:
        assert text[d["start"]:d["end"]] == d["text"]
    return keep

def write_half(half, fn, prefix, years, ff, fm, ss, fixed, staff, toml, seed, school, personas):
    P = load(fn, "P")
    d = f"{BASE}/{half}"
    os.makedirs(d, exist_ok=True)
    rows = roster(prefix, years, ff, fm, ss, fixed, seed)
    ids = {r[0] for r in rows}
    with open(f"{d}/roster.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name", "consent_social_media", "consent_website"])
        for r in sorted(rows):
            w.writerow(r)
    with open(f"{d}/staff.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        w.writerows(staff)
    open(f"{d}/school.toml", "w").write(toml)
    lab = collections.Counter(); spc = collections.Counter(); fam = collections.Counter(); lang = collections.Counter()
    clean = 0
    with open(f"{d}/posts.jsonl", "w") as f:
        for i, p in enumerate(P, 1):
            sp = spans_for(p["t"], p["sp"])
            for s in sp:
                if s["pupil_id"]:
                    assert s["pupil_id"] in ids, s
            labels = {"offensive": bool(p["off"]), "live_location": bool(p["live"]), "unsafe_link": bool(p["link"]), "political_or_commercial": bool(p["pc"])}
            obj = {"id": f"{SLUG}-{half}-{i:03d}", "text": p["t"], "images": [], "labels": labels, "spans": sp, "image_spans": []}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
            for k, v in labels.items():
                lab[k] += v
            for s in sp:
                spc[s["type"]] += 1
            if not sp and not any(labels.values()):
                clean += 1
            kind = ("political" if p["f"] in POL else "commercial") if p["pc"] else ("near miss" if p["f"] in NEAR else "everyday")
            fam[(kind, p["f"])] += 1
            lang[p["lang"]] += 1
    n = len(P)
    md = [f"# {SLUG} {half}: {school}", "",
          "Fully synthetic posts for a fictional school (people, numbers, addresses and businesses invented; towns real).",
          "Focus: the `political_or_commercial` label and its near misses.", "",
          "## Personas", ""] + [f"* {x}" for x in personas] + ["",
          "## Counts", "",
          f"* posts.jsonl: {n} posts ({n - clean} with at least one problem, {clean} clean); no comments file.",
          f"* roster.csv: {len(rows)} pupils; staff.csv: {len(staff)} staff.", "",
          "| label | positive posts |", "|---|---|"] + [f"| {k} | {v} |" for k, v in lab.items()] + ["",
          "| span type | spans |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(spc.items())] + ["",
          f"Language: {lang['en']} English, {lang['cy']} Welsh, {lang['mixed']} mixed — Welsh or mixed share {100 * (lang['cy'] + lang['mixed']) / n:.0f}%.", "",
          "## Families", "", "| kind | family | posts |", "|---|---|---|"] + \
         [f"| {k} | {f_} | {v} |" for (k, f_), v in sorted(fam.items())] + ["",
          "Notes: `political_or_commercial` is true for every commercial and political row, false for near misses and everyday posts.",
          "Links to private business, gambling or crypto sites and URL shorteners are labelled `unsafe_link`.",
          "school.toml keys follow the bench README's description (key names guessed from the description; only its first 3 lines were visible to the writer).", ""]
    open(f"{d}/README.md", "w").write("\n".join(md))
    print(half, n, dict(lab), dict(spc), dict(lang))

POL = {"party campaigning", "councillor leaflet", "party petition", "against a party", "candidate campaigning", "pushing party line"}
NEAR = {"PTA raffle", "school cake sale", "school uniform sale", "free health service", "free council service", "free public service", "thanking sponsor",
        "thanking donor", "thanking partner", "civic event", "civic visit", "school council election", "MP democracy visit", "MS democracy visit", "votes at 16 civic",
        "polling station closure", "school photographer", "school book fair", "PTA quiz", "school fundraiser", "PTA fundraiser", "mock election civic education",
        "careers fair", "uniform arrangements", "school production tickets", "school sport"}

write_half("dev", "dev_posts.py", "FM", [f"Year {i}" for i in range(8, 15)], NI_F, NI_M, NI_S, DEV_FIXED, DEV_STAFF, DEV_TOML, 41,
           "Foyle Meadow College, Derry/Londonderry",
           ["ni-office: the office manager of a Northern Irish secondary (brisk, practical, occasional local idiom).",
            "derry-pta: the PTA chair, a Welsh-born parent living in Derry who mixes Welsh words and phrases into her posts; the college also has an exchange link with a school in Bangor, Gwynedd."])
write_half("test", "test_posts.py", "GE", [f"Year {i}" for i in range(7, 14)], CY_F, CY_M, CY_S, TEST_FIXED, TEST_STAFF, TEST_TOML, 77,
           "Ysgol Uwchradd Gwaun Eithin, Rhosllannerchrugog (Wrexham county)",
           ["wxm-office: the office of a Welsh-medium secondary, posting in Welsh, English or both.",
            "pe-teacher: an enthusiastic PE teacher (capitals, exclamation marks, emoji, fixtures and kit)."])

# ---------------- train ----------------
T = load("train_posts.py", "T")
os.makedirs(f"{BASE}/train", exist_ok=True)
with open(f"{BASE}/train/posts.jsonl", "w") as f:
    for t, com, pol, live, off, v, lg, fm in T:
        f.write(json.dumps({"text": t, "offensive": bool(off), "live_location": bool(live), "commercial": bool(com), "political": bool(pol), "voice": v, "lang": lg}, ensure_ascii=False) + "\n")
print("train", len(T), sum(x[1] for x in T), sum(x[2] for x in T), collections.Counter(x[6] for x in T))
