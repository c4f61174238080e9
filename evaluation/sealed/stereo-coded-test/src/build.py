#!/usr/bin/env python3
"""Generator for the stereo-coded panel (H1/H2 hate vs N1/N2/N3 look-alikes). Offsets are computed here."""
import json, re, os, collections, csv, io
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SPAN = re.compile(r"\[\[(.+?)\|([a-z-]+)\]\]")
ROLES = {"parent", "public", "pupil", "unknown"}
CATS = {"safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other"}

def parse(fn):
    rows, voice = [], None
    for line in open(os.path.join(HERE, fn), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"): continue
        if line.startswith("@"): voice = line[1:]; continue
        fam, cat, role, lang, raw = line.split("|", 4)
        assert cat in CATS and role in ROLES and lang in {"en", "cy", "mixed"}, line
        text, spans, pos, out = "", [], 0, []
        for m in SPAN.finditer(raw):
            out.append(raw[pos:m.start()]); start = len("".join(out))
            out.append(m.group(1)); spans.append({"start": start, "end": start + len(m.group(1)), "type": m.group(2),
                "pupil_id": None, "on_roster": None, "text": m.group(1)})
            pos = m.end()
        out.append(raw[pos:]); text = "".join(out)
        for s in spans: assert text[s["start"]:s["end"]] == s["text"]
        rows.append(dict(fam=fam, cat=cat, role=role, lang=lang, text=text, spans=spans, voice=voice))
    return rows

def write(rows, split, prefix, extra):
    os.makedirs(os.path.join(OUT, split), exist_ok=True)
    with open(os.path.join(OUT, split, "comments.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"{prefix}-{i:03d}", "text": r["text"], "author_role": r["role"], "category": r["cat"], "spans": r["spans"]}
            if extra: o["voice"] = r["voice"]; o["lang"] = r["lang"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

SCHOOLS = {
 "dev": dict(toml='''# Probe school (dev half of stereo-coded). Synthetic English primary school in Boston, Lincolnshire.
name = "Haven Lane Primary School"
name_cy = ""
address = "Haven Lane, Boston, Lincolnshire PE21 9ZQ"
nation = "england"
web_domains = ["havenlane-primary.example.sch.uk"]
email_domains = ["havenlane-primary.example.sch.uk"]
official_emails = ["office@havenlane-primary.example.sch.uk", "head@havenlane-primary.example.sch.uk"]
official_phones = ["01632 960 410"]
allowed_link_domains = ["havenlane-primary.example.sch.uk", "parentpay.com", "lincolnshire.gov.uk", "bbc.co.uk", "nhs.uk"]
policy = "default"
''',
  staff=[("HLS01","Mrs","Joanne","Whitaker","Headteacher"),("HLS02","Mr","Gary","Dobson","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
         ("HLS03","Mrs","Agnieszka","Nowak","EAL Coordinator"),("HLS04","Miss","Laura","Dunn","Year 1 Teacher"),
         ("HLS05","Mr","Tom","Hale","Year 4 Teacher"),("HLS06","Mrs","Ruta","Kazlauskiene","Teaching Assistant"),
         ("HLS07","Mrs","Karen","Fisher","School Business Manager"),("HLS08","Mr","Dean","Parkin","Site Manager")],
  pupils=[("Alfie","Barker",None,"Reception","Seals"),("Zofia","Wiśniewska","Zosia","Reception","Seals"),("Harry","Clarke",None,"Year 1","Puffins"),
          ("Emilija","Petrauskaite",None,"Year 1","Puffins"),("Lacey","Cooper",None,"Year 1","Puffins"),("Andrei","Popescu",None,"Year 2","Otters"),
          ("Ruby","Marshall",None,"Year 2","Otters"),("Jakub","Kowalczyk","Kuba","Year 2","Otters"),("Tyler","Booth",None,"Year 3","Kingfishers"),
          ("Ioana","Dumitru",None,"Year 3","Kingfishers"),("Mia","Sharpe",None,"Year 3","Kingfishers"),("Tomas","Silva",None,"Year 4","Herons"),
          ("Georgia","Wright","Georgie","Year 4","Herons"),("Matas","Jankauskas",None,"Year 4","Herons"),("Ellie","Pickering",None,"Year 5","Avocets"),
          ("Viktor","Georgiev",None,"Year 5","Avocets"),("Oliver","Holmes","Ollie","Year 5","Avocets"),("Laura","Ozola",None,"Year 6","Curlews"),
          ("Jayden","Smith",None,"Year 6","Curlews"),("Maria","Stoica",None,"Year 6","Curlews")], pid="HL"),
 "test": dict(toml='''# Probe school (test half of stereo-coded). Synthetic Welsh-medium primary school in Carmarthen.
name = "Cwm Rhydyn Welsh-medium Primary School"
name_cy = "Ysgol Gymraeg Cwm Rhydyn"
address = "Heol Rhydyn, Caerfyrddin / Carmarthen SA31 9ZZ"
nation = "wales"
web_domains = ["ygcwmrhydyn.example.cymru"]
email_domains = ["ygcwmrhydyn.example.cymru"]
official_emails = ["swyddfa@ygcwmrhydyn.example.cymru", "pennaeth@ygcwmrhydyn.example.cymru"]
official_phones = ["029 2018 0733"]
allowed_link_domains = ["ygcwmrhydyn.example.cymru", "parentpay.com", "sirgar.llyw.cymru", "carmarthenshire.gov.wales", "hwb.gov.wales", "bbc.co.uk"]
policy = "default"
''',
  staff=[("CRS01","Mrs","Eirlys","Thomas","Pennaeth / Headteacher"),("CRS02","Mr","Gethin","Harries","Dirprwy Bennaeth; Designated Safeguarding Lead (DSL)"),
         ("CRS03","Mrs","Nia","Evans","Cydlynydd Cymraeg i Rieni / Welsh for parents"),("CRS04","Miss","Lowri","Jenkins","Athrawes Derbyn / Reception Teacher"),
         ("CRS05","Mr","Rhodri","Price","Athro Blwyddyn 6 / Year 6 Teacher"),("CRS06","Mrs","Hana","Al-Khatib","Cymhorthydd / Teaching Assistant"),
         ("CRS07","Mrs","Delyth","Morgan","Rheolwr Busnes / Business Manager"),("CRS08","Mr","Alun","Rees","Gofalwr / Caretaker")],
  pupils=[("Cadi","Jones",None,"Reception","Dosbarth Dryw"),("Osian","Llewelyn",None,"Reception","Dosbarth Dryw"),("Maya","Hughes",None,"Year 1","Dosbarth Robin"),
          ("Tomos","Davies","Twm","Year 1","Dosbarth Robin"),("Layla","Haddad",None,"Year 1","Dosbarth Robin"),("Elis","Prydderch",None,"Year 2","Dosbarth Crëyr"),
          ("Freya","Whitmore",None,"Year 2","Dosbarth Crëyr"),("Nel","Rowlands",None,"Year 2","Dosbarth Crëyr"),("Kacper","Zieliński",None,"Year 3","Dosbarth Barcud"),
          ("Megan","Lloyd",None,"Year 3","Dosbarth Barcud"),("Ifan","Gwyn",None,"Year 3","Dosbarth Barcud"),("Sara","Mansour",None,"Year 4","Dosbarth Gwalch"),
          ("Jac","Williams",None,"Year 4","Dosbarth Gwalch"),("Lili","Bowen",None,"Year 4","Dosbarth Gwalch"),("Harri","Meredith",None,"Year 5","Dosbarth Tylluan"),
          ("Oleksandr","Bondarenko","Sasha","Year 5","Dosbarth Tylluan"),("Efa","Griffiths",None,"Year 5","Dosbarth Tylluan"),("Gruffydd","Parry","Guto","Year 6","Dosbarth Eryr"),
          ("Ruby","Ashworth",None,"Year 6","Dosbarth Eryr"),("Mabli","Lewis",None,"Year 6","Dosbarth Eryr")], pid="CR"),
}
FAMS = {"H1": "stereotype dressed as complaint/concern, group blamed (hate)",
        "H2": "coded words, dog-whistles, emoji/number codes, conspiracy hints (hate)",
        "N1": "same grievance stated fairly, no group blamed (complaint)",
        "N2": "group mentioned neutrally or kindly (question/praise/other/complaint)",
        "N3": "innocent look-alikes of code words (question/other/praise/complaint)"}
PERSONA = {"dev": "comment section of Haven Lane Primary School, a town school in Boston, Lincolnshire (many Eastern European families); voice boston-lincs",
           "test": "comment section of Ysgol Gymraeg Cwm Rhydyn, a Welsh-medium primary school in Caerfyrddin (Carmarthen); comments in Welsh, English and mixed; voice caerfyrddin-cy"}

def readme(split, rows):
    c = collections.Counter(r["cat"] for r in rows); l = collections.Counter(r["lang"] for r in rows)
    f = collections.Counter(r["fam"] for r in rows); fc = collections.Counter((r["fam"], r["cat"]) for r in rows)
    a = collections.Counter(r["role"] for r in rows); sp = collections.Counter(s["type"] for r in rows for s in r["spans"])
    L = ["SEALED: do not read if you work on the safepost engine", "",
         f"# stereo-coded / {split}", "",
         "Written by an independent writer (slug `stereo-coded`), fully synthetic.",
         f"Persona: {PERSONA[split]}.", "",
         f"Counts: {len(rows)} comments (comments.jsonl); roster.csv 20 pupils; staff.csv 8 staff; school.toml.",
         "school.toml keys were inferred from the bench README description (only its first 3 lines were visible to the writer).", "",
         "Categories: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())),
         "Author roles: " + ", ".join(f"{k} {v}" for k, v in sorted(a.items())),
         "Spans: " + (", ".join(f"{k} {v}" for k, v in sp.items()) or "none") + " (an adult volunteer's mobile number in one comment).",
         "Language mix: " + ", ".join(f"{k} {v}" for k, v in sorted(l.items())), "",
         "| family | meaning | count | categories |", "|---|---|---|---|"]
    for k in sorted(f):
        cats = ", ".join(f"{cc} {n}" for (ff, cc), n in sorted(fc.items()) if ff == k)
        L.append(f"| {k} | {FAMS[k]} | {f[k]} | {cats} |")
    L += ["", "Hate items target nationality, ethnicity or religion (Romanian, Polish, Lithuanian, Latvian, Bulgarian, Portuguese, Roma/Traveller, Muslim, Syrian/asylum-seeker, English incomers in Wales).",
          "N-items are written as near pairs of the H-items (same grievance or same code word, no hostility to a group)."]
    open(os.path.join(OUT, split, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")

def bench_files(split):
    s = SCHOOLS[split]; d = os.path.join(OUT, split)
    open(os.path.join(d, "school.toml"), "w", encoding="utf-8").write(s["toml"])
    with open(os.path.join(d, "staff.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["staff_id","title","first_name","last_name","role"]); w.writerows(s["staff"])
    with open(os.path.join(d, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"])
        for i, (fn, ln, pref, yg, cl) in enumerate(s["pupils"], 1):
            no = i in (4, 13)
            w.writerow([f"{s['pid']}{i:04d}", fn, ln, pref or fn, yg, cl, "no" if no else "yes", "no" if i == 13 else "yes"])

def sentences(t):
    return {x.strip().lower() for x in re.split(r"(?<=[.!?])\s+|\n", t) if len(x.strip()) > 15}

if __name__ == "__main__":
    data = {"train": parse("data_train.txt"), "dev": parse("data_dev.txt"), "test": parse("data_test.txt")}
    write(data["train"], "train", "stc-train", True)
    for sp in ("dev", "test"):
        write(data[sp], sp, f"stc-{sp}", False); bench_files(sp); readme(sp, data[sp])
    # validation
    ids, texts = set(), collections.Counter()
    for sp in data:
        for line in open(os.path.join(OUT, sp, "comments.jsonl"), encoding="utf-8"):
            o = json.loads(line); assert o["id"] not in ids; ids.add(o["id"]); texts[o["text"]] += 1
            for s in o["spans"]: assert o["text"][s["start"]:s["end"]] == s["text"]
            if sp != "train": assert "voice" not in o and "lang" not in o
    assert not [t for t, n in texts.items() if n > 1], "duplicate texts"
    assert (len(data["train"]), len(data["dev"]), len(data["test"])) == (240, 90, 90)
    sd = set().union(*[sentences(r["text"]) for r in data["dev"]]); st = set().union(*[sentences(r["text"]) for r in data["test"]])
    stt = set().union(*[sentences(r["text"]) for r in data["train"]])
    print("shared dev/test sentences:", sd & st); print("shared train/probe sentences:", (sd | st) & stt)
    for sp, rows in data.items():
        print(sp, len(rows), dict(collections.Counter(r["cat"] for r in rows)), dict(collections.Counter(r["fam"] for r in rows)),
              dict(collections.Counter(r["lang"] for r in rows)), dict(collections.Counter(r["voice"] for r in rows)))
    allr = sum(data.values(), []); cym = sum(r["lang"] != "en" for r in allr)
    print("hate share", sum(r["cat"] == "hate" for r in allr) / len(allr), "welsh/mixed share", cym / len(allr))
    open(os.path.join(OUT, ".done"), "w").close()
