#!/usr/bin/env python3
"""Generator for the mentions-en writer set. Reads src/*.txt (fam|category|role|voice|lang|text),
computes pupil-name spans from {{text|PUPILID}} markers, writes train/, dev/, test/ and validates."""
import json, re, os, csv, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CATS = ["safeguarding","threat","hate","abuse","complaint","question","spam","praise","other"]
ROLES = {"parent","public","pupil","unknown"}
MARK = re.compile(r"\{\{([^|{}]+)\|([A-Z0-9]+)\}\}")

def load(files):
    items = []
    for f in files:
        for ln in open(os.path.join(HERE, f), encoding="utf-8"):
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"): continue
            fam, cat, role, voice, lang, text = ln.split("|", 5)
            spans = []; out = ""; pos = 0
            for m in MARK.finditer(text):
                out += text[pos:m.start()]; s = len(out); out += m.group(1)
                spans.append({"start": s, "end": len(out), "type": "pupil-name", "pupil_id": m.group(2),
                              "on_roster": True, "text": m.group(1)})
                pos = m.end()
            out += text[pos:]
            assert cat in CATS and role in ROLES and lang in {"en","cy","mixed"}, ln
            assert "{{" not in out and "|" not in out, ln
            items.append(dict(family=fam, category=cat, author_role=role, voice=voice, lang=lang, text=out, spans=spans))
    return items

def write(split, items, extra_fields):
    d = os.path.join(ROOT, split); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "comments.jsonl"), "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": f"mentions-{split}-{i:03d}", "text": it["text"], "author_role": it["author_role"],
                   "category": it["category"], "spans": it["spans"]}
            for k in extra_fields: rec[k] = it[k]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

SCHOOLS = {
 "dev": dict(name="Pen y Dociau Primary School", name_cy="Ysgol Gynradd Pen y Dociau", nation="wales",
   address="Heol y Ffowndri, Splott, Cardiff CF24 2PD", la="Cardiff Council", dom="penydociau.sch.uk",
   phone="029 2018 0736", links='["penydociau.sch.uk", "cardiff.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]',
   pref="PD", staffpref="PDS",
   pupils=[("Lily","Evans"),("Jac","Morgan"),("Amina","Hassan"),("Oliver","Price"),("Zofia","Nowak"),("Harri","Jenkins"),
           ("Yusuf","Ali"),("Maisie","Thomas"),("Ilinca","Popescu"),("Kacper","Wiśniewski"),("Sumaya","Farah"),("Cerys","Llewellyn"),
           ("Noah","Williams"),("Ruby","Davies"),("Ibrahim","Al-Saidi"),("Elis","Rees"),("Denisa","Horváthová"),("Mason","Hughes"),
           ("Ffion","Roberts"),("Tyler","Cole")],
   staff=[("Mrs","Rhian","Pugh","Headteacher"),("Mr","Gareth","Rowlands","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
          ("Mrs","Nasra","Abdi","Family Liaison Officer"),("Miss","Elin","Hughes","Year 5 Teacher"),("Mr","Owain","Bevan","Year 2 Teacher"),
          ("Mrs","Kasia","Zielinska","EAL Coordinator"),("Ms","Dawn","Jeffries","ALNCo"),("Mrs","Sue","Harris","Office Manager")]),
 "test": dict(name="Strandfield Integrated Primary School", name_cy=None, nation="northern-ireland",
   address="22 Ballycloughan Road, Belfast BT5 7QX", la="Education Authority (Northern Ireland)", dom="strandfieldips.org.uk",
   phone="028 9649 6311", links='["strandfieldips.org.uk", "eani.org.uk", "education-ni.gov.uk", "nidirect.gov.uk", "gov.uk", "bbc.co.uk", "nhs.uk"]',
   pref="PS", staffpref="PSS",
   pupils=[("Aoife","McCann"),("Jack","Gibson"),("Ellie","Boyd"),("Callum","Moore"),("Niamh","Quinn"),("Ryan","Wilson"),
           ("Fatima","Khalil"),("Lucas","Kowalski"),("Chidera","Okafor"),("Grace","Patterson"),("Andrei","Ionescu"),("Sophie","Campbell"),
           ("Darragh","O'Neill"),("Oisín","Doherty"),("Mia","Li"),("Ethan","Stewart"),("Priya","Sharma"),("Caoimhe","Murphy"),
           ("Ben","Hamilton"),("Layla","Haddad")],
   staff=[("Mrs","Karen","Crawford","Principal"),("Mr","Declan","Magee","Vice Principal; Designated Teacher for Child Protection"),
          ("Miss","Naomi","Irvine","P1 Teacher"),("Mr","Stuart","Bell","P7 Teacher"),("Mrs","Bernadette","Lavery","SENCo"),
          ("Ms","Joy","Adebayo","Newcomer Support"),("Mrs","Linda","Gray","Classroom Assistant"),("Mrs","Pauline","Neill","Office Manager")]),
}
YEARS = ["Reception","Year 1","Year 2","Year 3","Year 4","Year 5","Year 6"]

def school_files(split, items):
    s = SCHOOLS[split]; d = os.path.join(ROOT, split)
    with open(os.path.join(d, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"])
        for i, (fn, ln) in enumerate(s["pupils"], 1):
            y = YEARS[i % 7]; cls = ["Dolffiniaid","Morloi","Crancod","Sêr","Tonnau","Angorau","Goleudy"][i % 7] if split == "dev" else ["Ash","Beech","Cedar","Elm","Hazel","Oak","Rowan"][i % 7]
            cons = "no" if i in (5, 16) else "yes"
            w.writerow([f"{s['pref']}{i:04d}", fn, ln, fn, y, cls, cons, cons])
    with open(os.path.join(d, "staff.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["staff_id","title","first_name","last_name","role"])
        for i, st in enumerate(s["staff"], 1): w.writerow([f"{s['staffpref']}{i:02d}", *st])
    lines = [f"# Synthetic school for the mentions-en probe ({split}). Everything invented.", f'name = "{s["name"]}"']
    if s["name_cy"]: lines.append(f'name_cy = "{s["name_cy"]}"')
    lines += ['policy = "default"', f'nation = "{s["nation"]}"', f'address = "{s["address"]}"', f'local_authority = "{s["la"]}"',
              f'web_domains = ["{s["dom"]}"]', f'email_domains = ["{s["dom"]}"]', f'emails = ["office@{s["dom"]}"]',
              f'phones = ["{s["phone"]}"]', f'allowed_link_domains = {s["links"]}', 'platforms = ["facebook", "x", "classdojo"]']
    open(os.path.join(d, "school.toml"), "w").write("\n".join(lines) + "\n")
    # validate spans against roster
    ids = {f"{s['pref']}{i:04d}": fn for i, (fn, _) in enumerate(s["pupils"], 1)}
    for it in items:
        for sp in it["spans"]:
            assert sp["pupil_id"] in ids, sp
            assert ids[sp["pupil_id"]] == sp["text"], sp

FAMDESC = {"N1":"neutral/practical mention of own or others' identity","N2":"negation: denies/rejects a hateful claim",
           "N3":"counter-speech: condemns, reports or quotes hate to reject it","N4":"positive statement / welcome about a group",
           "H1":"hate: stereotype or dehumanising claim stated as opinion ('not racist but', 'I just think')",
           "H2":"hate phrased as a question ('why do X always...?')","H3":"hate: go-back / send-them-home demands",
           "H4":"hate: conspiracy tropes and coded words (replacement, 'certain people', money tropes)"}

def readme(split, items):
    s = SCHOOLS[split]; d = os.path.join(ROOT, split)
    cats = collections.Counter(i["category"] for i in items); fams = collections.Counter(i["family"] for i in items)
    langs = collections.Counter(i["lang"] for i in items); roles = collections.Counter(i["author_role"] for i in items)
    fc = collections.defaultdict(collections.Counter)
    for i in items: fc[i["family"]][i["category"]] += 1
    nspan = sum(len(i["spans"]) for i in items)
    where = "Splott, Cardiff (Welsh/English voices)" if split == "dev" else "east Belfast (Ulster English / Ulster Scots flavour)"
    L = ["SEALED: do not read if you work on the safepost engine", "",
         f"# mentions-en / {split}: comments that mention protected groups", "",
         f"Written by the `mentions-en` independent writer. Personas: parents, grandparents and community members around "
         f"{s['name']}, {where} - busy people on their phones, some careful, some in a hurry. Hateful voices are separate "
         f"personas (voice ids containing `-x-`). Everything is invented.", "",
         f"Comments: {len(items)} (comments.jsonl). Roster: {len(s['pupils'])} pupils, staff: {len(s['staff'])}.", "",
         "Categories: " + ", ".join(f"{c} {cats[c]}" for c in CATS if cats[c]), "",
         "Author roles: " + ", ".join(f"{k} {v}" for k, v in sorted(roles.items())), "",
         "Language: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())), "",
         f"Spans: pupil-name {nspan} (all on roster); no other span types.", "",
         "| family | meaning | count | categories |", "|---|---|---|---|"]
    for f in sorted(fams): L.append(f"| {f} | {FAMDESC[f]} | {fams[f]} | " + ", ".join(f"{c} {n}" for c, n in fc[f].most_common()) + " |")
    L += ["", "Several items come in pairs: a harmless and a hateful comment sharing most words "
          "(e.g. \"Are the X families coming to the fair? ...\"). Fairness complaints that mention a festival or language "
          "without hostility are `complaint`; reports of racist bullying to the school are `complaint`; other counter-speech "
          "is `other` (or `praise` when it thanks staff)."]
    open(os.path.join(d, "README.md"), "w").write("\n".join(L) + "\n")

def norm(t): return re.sub(r"\W+", " ", t.lower()).strip()

if __name__ == "__main__":
    train = load(["train_lei.txt", "train_car.txt", "train_bel.txt"])
    dev = load(["dev_car.txt"]); test = load(["test_bel.txt"])
    assert (len(train), len(dev), len(test)) == (320, 110, 110), (len(train), len(dev), len(test))
    # no shared sentences across splits
    def sents(items):
        out = set()
        for it in items:
            for s in re.split(r"(?<=[.!?])\s+", it["text"]):
                n = norm(s)
                if len(n) > 25: out.add(n)
        return out
    S = {k: sents(v) for k, v in [("train", train), ("dev", dev), ("test", test)]}
    for a, b in [("train","dev"),("train","test"),("dev","test")]:
        assert not (S[a] & S[b]), (a, b, S[a] & S[b])
    alltexts = [norm(i["text"]) for i in train + dev + test]
    assert len(set(alltexts)) == len(alltexts), "duplicate text"
    for split, items in [("dev", dev), ("test", test)]:
        assert set(i["family"] for i in items) >= set(FAMDESC), split
    write("train", train, ["voice", "lang"])
    write("dev", dev, []); write("test", test, [])
    for split, items in [("dev", dev), ("test", test)]:
        school_files(split, items); readme(split, items)
    # validate output files
    seen = set()
    for split in ["train", "dev", "test"]:
        for ln in open(os.path.join(ROOT, split, "comments.jsonl"), encoding="utf-8"):
            r = json.loads(ln); assert r["id"] not in seen; seen.add(r["id"])
            assert r["category"] in CATS and r["author_role"] in ROLES
            for sp in r["spans"]: assert r["text"][sp["start"]:sp["end"]] == sp["text"]
    for split, items in [("train", train), ("dev", dev), ("test", test)]:
        c = collections.Counter(i["category"] for i in items); h = c["hate"]
        print(split, len(items), dict(c), f"hate {h/len(items):.0%}", dict(collections.Counter(i["lang"] for i in items)),
              dict(collections.Counter(i["family"] for i in items)), "spans", sum(len(i["spans"]) for i in items))
