#!/usr/bin/env python3
"""Build the polcom-probe-2 dev and test sets (political_or_commercial only)."""
import csv, json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SETS = {
 "dev": dict(
  prefix="pc2d", src="dev_posts.txt", seed=11,
  toml='''# polcom-probe-2 dev set. Main school below; the set also holds posts from a partner school,
# Ysgol Bryn Clwyd (Welsh-medium primary, Ffordd y Castell, Rhuthun LL15 1XX; ysgolbrynclwyd.sch.uk),
# whose posts carry no contact details.
name = "Brierley Fold Primary School"
policy = "default"
nation = "england"
address = "Fold Lane, Brierley Hill DY5 4ZZ"
local_authority = "Dudley Metropolitan Borough Council"
web_domains = ["brierleyfold.sch.uk", "ysgolbrynclwyd.sch.uk"]
email_domains = ["brierleyfold.sch.uk", "ysgolbrynclwyd.sch.uk"]
emails = ["office@brierleyfold.sch.uk", "swyddfa@ysgolbrynclwyd.sch.uk"]
phones = ["0121 496 0733", "01632 960 218"]
allowed_link_domains = ["brierleyfold.sch.uk", "ysgolbrynclwyd.sch.uk", "dudley.gov.uk", "denbighshire.gov.uk", "gov.uk", "gov.wales", "hwb.gov.wales", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
  staff=[("BF01","Mr","Neil","Grainger","Headteacher (Brierley Fold)"),("BF02","Mr","Stuart","Clarke","Deputy Headteacher; DSL (Brierley Fold)"),
         ("BF03","Mrs","Linda","Hadley","Class teacher, Year 6 (Brierley Fold)"),("BF04","Mr","Emeka","Okafor","Class teacher, Year 4 (Brierley Fold)"),
         ("BF05","Mr","Ryan","Price","PE lead (Brierley Fold)"),("BF06","Miss","Hannah","Doyle","Class teacher, Year 2 (Brierley Fold)"),
         ("BF07","Mr","Tom","Bates","Class teacher, Year 5 (Brierley Fold)"),("BF08","Miss","Jade","Perry","Teaching assistant (Brierley Fold)"),
         ("BF09","Mrs","Gemma","Rowley","Teaching assistant (Brierley Fold)"),("BF10","Mrs","Karen","Tromans","Receptionist (Brierley Fold)"),
         ("BF11","Mrs","Beverley","Hickman","Lunchtime supervisor (Brierley Fold)"),("BF12","Mrs","Maxine","Cartwright","Cleaner (Brierley Fold)"),
         ("BF13","Mrs","Donna","Carter","Family liaison officer (Brierley Fold)"),("BF14","Mr","Keith","Plant","Site manager (Brierley Fold)"),
         ("BC01","Mrs","Gwenan","Pritchard","Pennaeth (Ysgol Bryn Clwyd)"),("BC02","Mr","Hywel","Owen","Dirprwy bennaeth (Ysgol Bryn Clwyd)"),
         ("BC03","Mr","Iwan","Ellis","Athro Blwyddyn 5 (Ysgol Bryn Clwyd)"),("BC04","Miss","Mair","Roberts","Athrawes Blwyddyn 2 (Ysgol Bryn Clwyd)"),
         ("BC05","Miss","Lowri","Vaughan","Cynorthwyydd dysgu (Ysgol Bryn Clwyd)"),("BC06","Mrs","Cari","Hughes","Cogyddes (Ysgol Bryn Clwyd)"),
         ("BC07","Mrs","Bethan","Lewis","Cegin (Ysgol Bryn Clwyd)"),("BC08","Mrs","Nia","Evans","Swyddfa (Ysgol Bryn Clwyd)"),
         ("BC09","Mr","Arwel","Jones","Gofalwr (Ysgol Bryn Clwyd)")],
  classes=[("BF","Reception","Robins"),("BF","Year 1","Finches"),("BF","Year 2","Wrens"),("BF","Year 3","Kestrels"),("BF","Year 4","Owls"),("BF","Year 5","Falcons"),("BF","Year 6","Eagles"),
           ("BC","Reception","Dosbarth Derw"),("BC","Year 2","Dosbarth Onnen"),("BC","Year 4","Dosbarth Celyn"),("BC","Year 6","Dosbarth Ywen")],
  first=["Harvey","Aaliyah","Kayden","Skye","Ibrahim","Mollie","Reggie","Ellie-Mae","Jayden","Amelia","Tyler","Simran","Archie","Lacey","Zain","Brooke","Lewis","Tegan","Osian","Elis","Megan","Gwion","Lois","Twm","Mali","Ianto","Efa","Deio"],
  last=["Pearson","Bradley","Hodgetts","Kaur","Jukes","Dunn","Bissell","Mansell","Hussain","Cox","Oakley","Parry","Wynne","Roberts","Lloyd","Humphreys","Edwards","Foulkes"]),
 "test": dict(
  prefix="pc2t", src="test_posts.txt", seed=23,
  toml='''# polcom-probe-2 test set. Main school below; the set also holds posts from a partner school,
# Lomond Braes Primary School (Braes Road, Glenrothes KY6 9ZZ; lomondbraes.fife.sch.uk), and posts
# from a link project with a school in Ceredigion, which are bilingual. No post carries contact details.
name = "Six Mile Water Primary School"
policy = "default"
nation = "northern-ireland"
address = "Riverside Road, Antrim BT41 9ZZ"
local_authority = "Education Authority (North Eastern Region)"
web_domains = ["sixmilewaterps.sch.uk", "lomondbraes.fife.sch.uk"]
email_domains = ["sixmilewaterps.sch.uk", "lomondbraes.fife.sch.uk"]
emails = ["info@sixmilewaterps.sch.uk", "office@lomondbraes.fife.sch.uk"]
phones = ["028 9018 0114", "0131 496 0582"]
allowed_link_domains = ["sixmilewaterps.sch.uk", "lomondbraes.fife.sch.uk", "eani.org.uk", "fife.gov.uk", "gov.uk", "gov.scot", "nidirect.gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "seesaw"]
''',
  staff=[("SM01","Mrs","Deirdre","Hamill","Principal (Six Mile Water)"),("SM02","Mr","Paul","McAuley","P7 teacher (Six Mile Water)"),
         ("SM03","Mrs","Alison","Ferguson","Music; P4 teacher (Six Mile Water)"),("SM04","Miss","Roisin","Quinn","Classroom assistant P3 (Six Mile Water)"),
         ("SM05","Mrs","Sadie","Wilson","Dinner supervisor (Six Mile Water)"),("SM06","Mr","Billy","Hanna","Caretaker (Six Mile Water)"),
         ("SM07","Mrs","Bethan","Maguire","P5 teacher (Six Mile Water)"),("SM08","Mrs","Clare","Boyd","P2 teacher (Six Mile Water)"),
         ("SM09","Miss","Lauren","Gault","P1 teacher (Six Mile Water)"),("SM10","Mr","Rhodri","Evans","Welsh link teacher (Six Mile Water)"),
         ("LB01","Mr","Graeme","Lindsay","Headteacher (Lomond Braes)"),("LB02","Mrs","Fiona","Mackie","Depute head (Lomond Braes)"),
         ("LB03","Mr","Owain","Pryce","PE teacher (Lomond Braes)"),("LB04","Miss","Haf","Morgan","P6 teacher (Lomond Braes)"),
         ("LB05","Mrs","Agnes","Kerr","Dinner lady (Lomond Braes)"),("LB06","Mrs","Shona","Baxter","Office manager (Lomond Braes)")],
  classes=[("SM","P1","P1 Mrs Gault"),("SM","P3","P3 Mr Hughes"),("SM","P5","P5 Mrs Maguire"),("SM","P7","P7 Mr McAuley"),
           ("LB","P2","P2 Room 4"),("LB","P4","P4 Room 7"),("LB","P6","P6 Room 9")],
  first=["Oisin","Caoimhe","Callum","Aoibhinn","Jack","Erin","Tiernan","Shannon","Cormac","Niamh","Fraser","Isla","Lachlan","Eilidh","Rory","Kirsten","Finlay","Morven","Ruaridh","Ailsa"],
  last=["McCann","Devlin","Millar","Agnew","Loughran","McKay","Stewart","Paterson","Hendry","Crichton","Doig","Kinnear"]),
}

def build(name, cfg):
    out = os.path.join(ROOT, name)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(cfg["seed"])
    open(os.path.join(out, "school.toml"), "w").write(cfg["toml"])
    with open(os.path.join(out, "staff.csv"), "w", newline="") as f:
        w = csv.writer(f); w.writerow(["staff_id","title","first_name","last_name","role"]); w.writerows(cfg["staff"])
    rows, n = [], 0
    for sc, yg, cls in cfg["classes"]:
        for _ in range(12):
            n += 1
            fn = rng.choice(cfg["first"]); ln = rng.choice(cfg["last"])
            rows.append([f"{cfg['prefix'].upper()}{n:04d}", fn, ln, fn, yg, cls, "no" if rng.random() < 0.1 else "yes", "yes"])
    with open(os.path.join(out, "roster.csv"), "w", newline="") as f:
        w = csv.writer(f); w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"]); w.writerows(rows)
    items = []
    for line in open(os.path.join(HERE, cfg["src"]), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip(): continue
        tag, text = line[:2], line[3:]
        assert tag[0] in "+-" and tag[1] in "ew", line
        items.append((tag[0] == "+", tag[1] == "w", text.strip()))
    rng.shuffle(items)
    texts = [t for _, _, t in items]
    assert len(texts) == len(set(texts)), "duplicate text"
    names = {r[1].lower() for r in rows}
    with open(os.path.join(out, "posts.jsonl"), "w", encoding="utf-8") as f:
        for i, (pos, welsh, text) in enumerate(items, 1):
            # sanity: no URLs, emails, phone-like digit runs, or roster first names
            assert not re.search(r"https?://|www\.|\.(com|co\.uk|ly)\b|@\w+\.\w", text), text
            assert not re.search(r"\d{4,}\s?\d{3}", text), text
            toks = {t.lower() for t in re.findall(r"[A-Za-zÀ-ÿŵŷ'-]+", text)}
            assert not (toks & names), (text, toks & names)
            rec = {"id": f"{cfg['prefix']}-{i:03d}", "text": text, "images": [],
                   "labels": {"offensive": False, "live_location": False, "unsafe_link": False, "political_or_commercial": pos},
                   "spans": [], "image_spans": []}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    open(os.path.join(out, "comments.jsonl"), "w").close()
    open(os.path.join(out, "images.jsonl"), "w").close()
    # validate
    recs = [json.loads(l) for l in open(os.path.join(out, "posts.jsonl"), encoding="utf-8")]
    npos = sum(r["labels"]["political_or_commercial"] for r in recs)
    nw = sum(w for _, w, _ in items)
    nwp = sum(w and p for p, w, _ in items)
    print(name, len(recs), "pos", npos, f"{npos/len(recs):.0%}", "welsh/mixed", nw, f"{nw/len(recs):.0%}", "welsh pos", nwp)
    return dict(n=len(recs), pos=npos, neg=len(recs)-npos, w=nw, wp=nwp, wn=nw-nwp, roster=len(rows), staff=len(cfg["staff"]))

if __name__ == "__main__":
    stats = {k: build(k, v) for k, v in SETS.items()}
    json.dump(stats, open(os.path.join(HERE, "stats.json"), "w"), indent=1)
