"""Generate classmock-en panels. Run: python3 src/make.py (from the slug folder)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_train import TRAIN
from data_probe import DEV, TEST

VOICE = {"d": "classmock-dean-whitlow", "s": "classmock-sharon-keele"}
FAMNAME = {
 "O1": "offensive: mocking a whole class/year group's performance",
 "O2": "offensive: belittling another school's pupils",
 "O3": "offensive: shaming a group of parents",
 "O4": "offensive: sarcasm/scare quotes insinuating about a named adult",
 "O5": "offensive: mocking an unnamed child's ability",
 "N1": "clean: honest loss or poor result said kindly",
 "N2": "clean: 'we need to work on'",
 "N3": "clean: self-deprecating staff humour",
 "N4": "clean: praise/thanks to another school",
 "N5": "clean: big win reported respectfully",
 "N6": "clean: celebrating effort after defeat",
 "N7": "clean: funny-but-kind class story",
 "N8": "clean: polite, firm reminder to parents",
 "N9": "clean: joke that targets no one",
}

STAFF = [
 ("BJS01","Mrs","Lorraine","Heathcote","Headteacher"),
 ("BJS02","Mr","Dean","Whitlow","Deputy Headteacher; social media lead"),
 ("BJS03","Mrs","Sharon","Keele","PE Lead; Year 5 teacher"),
 ("BJS04","Mrs","Anjali","Patel","Year 3 teacher"),
 ("BJS05","Mr","Martin","Cope","Year 4 teacher"),
 ("BJS06","Miss","Hollie","Jervis","Year 6 teacher"),
 ("BJS07","Mrs","Tracey","Bloor","School Business Manager"),
 ("BJS08","Mr","Keith","Lovatt","Site Manager"),
]
ROSTER_DEV = """Ellis,Mountford,,Year 3,3M
Aria,Salt,,Year 3,3P
Kian,Boulton,,Year 3,3P
Lexi,Hancock,,Year 3,3M
Tyler,Plant,,Year 4,4C
Macie,Forrester,,Year 4,4C
Rory,Goodwin,,Year 4,4B
Ffion,Rowley,,Year 4,4B
Zain,Akhtar,,Year 4,4C
Amelia-Rose,Bennett,Millie,Year 5,5K
Harvey,Capper,,Year 5,5K
Ayesha,Hussain,,Year 5,5W
Kacper,Nowak,,Year 5,5W
Harper,Birks,,Year 5,5K
Reggie,Tomlinson,,Year 6,6J
Isabella,Ryder,Bella,Year 6,6J
Callum,Whitehurst,,Year 6,6H
Maisie,Lear,,Year 6,6H
Darcy,Emery,,Year 6,6J
Oakley,Stubbs,,Year 6,6H"""
ROSTER_TEST = """Jenson,Hulme,,Year 3,3M
Evie-Mae,Cartlidge,Evie,Year 3,3P
Musa,Rahman,,Year 3,3P
Scarlett,Wain,,Year 3,3M
Brody,Bagguley,,Year 4,4C
Poppy-Leigh,Eardley,Poppy,Year 4,4B
Ibrahim,Qureshi,,Year 4,4B
Nevaeh,Machin,,Year 4,4C
Lenny,Clowes,,Year 5,5K
Gracie,Steele,,Year 5,5W
Alfie,Beech,,Year 5,5K
Zofia,Kowalska,,Year 5,5W
Tommy,Brindley,,Year 5,5K
Lacey,Colclough,,Year 6,6J
Riley,Dawson,,Year 6,6H
Hafsa,Iqbal,,Year 6,6J
Frankie,Shenton,,Year 6,6H
Kayden,Podmore,,Year 6,6J
Esme,Wilshaw,,Year 6,6H
Mason,Adderley,,Year 6,6H"""
NOCONSENT = {3, 11, 17}

SCHOOL_TOML = '''# Synthetic English junior school for the classmock-en probe panels. Everything invented.
name = "Brickfield Junior School"
address = "Kilnside Road, Fenton, Stoke-on-Trent ST4 9ZZ"
nation = "england"
web_domains = ["brickfieldjunior.example.sch.uk"]
email_domains = ["brickfieldjunior.example.sch.uk"]
emails = ["office@brickfieldjunior.example.sch.uk", "head@brickfieldjunior.example.sch.uk"]
phones = ["01632 960412"]
allowed_link_domains = ["brickfieldjunior.example.sch.uk", "stoke.gov.uk", "parentpay.com", "bbc.co.uk"]
policy = "default"
'''

def post(pid, fam, v, text, with_meta):
    d = {"id": pid, "text": text, "images": [],
         "labels": {"offensive": fam.startswith("O"), "live_location": False,
                    "unsafe_link": False, "political_or_commercial": False},
         "spans": [], "image_spans": []}
    d["voice"] = VOICE[v]; d["lang"] = "en"
    return d

def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

def sentences(t):
    return {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", t) if len(s.strip()) > 25}

def readme(split, items, roster_n):
    fams = collections.Counter(f for f, _, _ in items)
    off = sum(1 for f, _, _ in items if f.startswith("O"))
    vo = collections.Counter(VOICE[v] for _, v, _ in items)
    L = ["SEALED: do not read if you work on the safepost engine", "",
         f"# classmock-en / {split}", "",
         "Written by an independent writer in persona: Dean Whitlow (deputy head, runs the Facebook page, thinks he is hilarious)",
         "and Sharon Keele (PE lead, fiercely competitive), Brickfield Junior School, Stoke-on-Trent (fictional).",
         "Drafts for the school's Facebook page before anyone checks them. Fully synthetic.", "",
         f"Posts: {len(items)} (posts.jsonl). Roster: {roster_n} pupils; staff: {len(STAFF)}.",
         f"Labels: offensive {off}, clean {len(items)-off}; live_location 0, unsafe_link 0, political_or_commercial 0. Spans: none (no pupil names, no contact details).",
         f"Language: en {len(items)} (some Potteries dialect: duck, mardy, nesh, oatcakes).",
         "Voices: " + ", ".join(f"{k} {n}" for k, n in sorted(vo.items())), "",
         "| family | meaning | posts |", "|---|---|---|"]
    for k in sorted(FAMNAME): L.append(f"| {k} | {FAMNAME[k]} | {fams.get(k,0)} |")
    return "\n".join(L) + "\n"

def main():
    seen_ids = set(); alltexts = set()
    for split, items in (("train", TRAIN), ("dev", DEV), ("test", TEST)):
        import random; items = list(items); random.Random(f"classmock-{split}").shuffle(items)
        rows = []
        for i, (fam, v, text) in enumerate(items, 1):
            pid = f"classmock-en-{split}-{i:03d}"
            assert pid not in seen_ids; seen_ids.add(pid)
            assert text not in alltexts, text; alltexts.add(text)
            rows.append(post(pid, fam, v, text, True))
        d = os.path.join(ROOT, split); os.makedirs(d, exist_ok=True)
        write_jsonl(os.path.join(d, "posts.jsonl"), rows)
        with open(os.path.join(ROOT, "src", f"families_{split}.csv"), "w") as f:
            f.write("id,family,voice\n")
            for r, (fam, v, _) in zip(rows, items): f.write(f"{r['id']},{fam},{VOICE[v]}\n")
        if split in ("dev", "test"):
            raw = ROSTER_DEV if split == "dev" else ROSTER_TEST
            pre = "BJD" if split == "dev" else "BJT"
            lines = ["pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website"]
            names = []
            for j, ln in enumerate(raw.splitlines(), 1):
                fn, sn, pref, yg, cl = ln.split(",")
                pref = pref or fn
                c = "no" if j in NOCONSENT else "yes"
                lines.append(f"{pre}{j:03d},{fn},{sn},{pref},{yg},{cl},{c},{c}")
                names += [fn, pref]
            open(os.path.join(d, "roster.csv"), "w").write("\n".join(lines) + "\n")
            with open(os.path.join(d, "staff.csv"), "w") as f:
                f.write("staff_id,title,first_name,last_name,role\n")
                for s in STAFF: f.write(",".join(s) + "\n")
            open(os.path.join(d, "school.toml"), "w").write(SCHOOL_TOML)
            open(os.path.join(d, "README.md"), "w").write(readme(split, items, len(lines) - 1))
            # no roster first/preferred name may appear as a word in any post of the split
            for _, _, t in items:
                for n in names:
                    assert not re.search(r"\b" + re.escape(n) + r"\b", t, re.I), (n, t)
    # dev and test must share no sentences
    sd = set().union(*(sentences(t) for _, _, t in DEV))
    st = set().union(*(sentences(t) for _, _, t in TEST))
    sr = set().union(*(sentences(t) for _, _, t in TRAIN))
    assert not (sd & st), sd & st
    print("train/dev overlap", sd & sr, "train/test overlap", st & sr)
    # validate files
    for split, want in (("train", 160), ("dev", 70), ("test", 70)):
        rows = [json.loads(l) for l in open(os.path.join(ROOT, split, "posts.jsonl"), encoding="utf-8")]
        assert len(rows) == want, (split, len(rows))
        for r in rows:
            for s in r["spans"]: assert r["text"][s["start"]:s["end"]] == s["text"]
        fams = collections.Counter(l.split(",")[1] for l in list(open(os.path.join(ROOT, "src", f"families_{split}.csv")))[1:])
        off = sum(r["labels"]["offensive"] for r in rows)
        print(split, len(rows), "offensive", off, f"({off/len(rows):.0%})", dict(sorted(fams.items())))
    open(os.path.join(ROOT, ".done"), "a").close() if "--done" in sys.argv else None

main()
