import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from data_train import TRAIN
from data_probe import DEV, TEST
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOICE = "classmock-cy:nia-prys-owen+gwyndaf"
FAMS = {"O1":"mocking a whole class/year group's performance","O2":"belittling another school's pupils",
 "O3":"shaming a group of parents","O4":"sarcasm/scare quotes insinuating about a named adult",
 "O5":"mocking an unnamed child's ability","O6":"belittling a culture/faith or 'Saeson' as a people",
 "N1":"honest loss said kindly","N2":"'mae angen gweithio ar' constructive","N3":"gentle self-deprecating staff humour",
 "N4":"praising another school","N5":"celebrating effort after defeat","N6":"warm funny class story",
 "N7":"polite firm reminder","N8":"joke that targets no one","N9":"friendly eisteddfod rivalry with respect"}

def rec(split, i, fam, lang, text, extra):
    r = {"id": f"classmock-cy-{split}-{i:03d}", "text": text, "images": [],
         "labels": {"offensive": fam.startswith("O"), "live_location": False, "unsafe_link": False, "political_or_commercial": False},
         "spans": [], "image_spans": []}
    if extra:
        r["voice"] = VOICE; r["lang"] = lang
    return r

SCHOOL = '''# Synthetic Welsh-medium primary school (classmock-cy probe). Everything invented.
name = "Ysgol Bryn Glas"
name_cy = "Ysgol Gynradd Bryn Glas"
policy = "default"
nation = "wales"
address = "Ffordd yr Ysgol, Llanddoged, Llanrwst LL26 0ZQ"
local_authority = "Conwy County Borough Council"
web_domains = ["ysgolbrynglas.sch.uk"]
email_domains = ["ysgolbrynglas.sch.uk"]
emails = ["swyddfa@ysgolbrynglas.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["ysgolbrynglas.sch.uk", "conwy.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk", "urdd.cymru"]
platforms = ["facebook", "instagram", "x"]
'''
STAFF = """staff_id,title,first_name,last_name,role
BGS01,Mrs,Eirlys,Jones,Pennaeth / Headteacher; Designated Safeguarding Lead (DSL)
BGS02,Mrs,Nia,Prys-Owen,Rheolwr Swyddfa / Office Manager
BGS03,Mr,Gwyndaf,Tomos,Athro Blwyddyn 6 / Year 6 Teacher; social media
BGS04,Miss,Lowri,Williams,Athrawes Blwyddyn 4 a 5
BGS05,Mrs,Delyth,Roberts,Athrawes Blwyddyn 2 a 3
BGS06,Miss,Catrin,Evans,Athrawes y Cyfnod Sylfaen
BGS07,Mr,Hywel,Davies,Cymhorthydd Dysgu / Teaching Assistant
BGS08,Mrs,Mair,Ellis,Goruchwylwraig Cinio / Lunchtime Supervisor
"""
ROSTER = {
"dev": [("Cadi","Hughes",None,"Reception","Dosbarth Eryri"),("Osian","Parry",None,"Reception","Dosbarth Eryri"),
 ("Elin","Jones",None,"Year 1","Dosbarth Eryri"),("Tomos","Williams","Twm","Year 1","Dosbarth Eryri"),
 ("Mali","Roberts",None,"Year 2","Dosbarth Conwy"),("Gethin","Davies",None,"Year 2","Dosbarth Conwy"),
 ("Nel","Owen",None,"Year 3","Dosbarth Conwy"),("Ifan","Thomas",None,"Year 3","Dosbarth Conwy"),
 ("Lleucu","Evans",None,"Year 4","Dosbarth Moelwyn"),("Harri","Lloyd",None,"Year 4","Dosbarth Moelwyn"),
 ("Seren","Pritchard",None,"Year 4","Dosbarth Moelwyn"),("Dafydd","Morgan","Deio","Year 5","Dosbarth Moelwyn"),
 ("Megan","Edwards",None,"Year 5","Dosbarth Moelwyn"),("Alaw","Griffiths",None,"Year 5","Dosbarth Moelwyn"),
 ("Llŷr","Jenkins",None,"Year 6","Dosbarth Tryfan"),("Efa","Rowlands",None,"Year 6","Dosbarth Tryfan"),
 ("Guto","Vaughan",None,"Year 6","Dosbarth Tryfan"),("Non","Bebb",None,"Year 6","Dosbarth Tryfan"),
 ("Owain","Humphreys",None,"Year 3","Dosbarth Conwy"),("Beca","Wyn",None,"Year 2","Dosbarth Conwy")],
"test": [("Gwenno","Lewis",None,"Reception","Dosbarth Eryri"),("Macsen","Pugh",None,"Reception","Dosbarth Eryri"),
 ("Erin","Jones",None,"Year 1","Dosbarth Eryri"),("Morgan","Hughes",None,"Year 1","Dosbarth Eryri"),
 ("Anest","Davies",None,"Year 2","Dosbarth Conwy"),("Cai","Roberts",None,"Year 2","Dosbarth Conwy"),
 ("Lowri","Parry","Low","Year 3","Dosbarth Conwy"),("Hedd","Owen",None,"Year 3","Dosbarth Conwy"),
 ("Heledd","Williams",None,"Year 4","Dosbarth Moelwyn"),("Iestyn","Thomas",None,"Year 4","Dosbarth Moelwyn"),
 ("Mabli","Ellis",None,"Year 4","Dosbarth Moelwyn"),("Rhodri","Evans","Rhods","Year 5","Dosbarth Moelwyn"),
 ("Fflur","Jenkins",None,"Year 5","Dosbarth Moelwyn"),("Elis","Morris",None,"Year 5","Dosbarth Moelwyn"),
 ("Teleri","Gruffudd",None,"Year 6","Dosbarth Tryfan"),("Aled","Rees",None,"Year 6","Dosbarth Tryfan"),
 ("Sioned","Llwyd",None,"Year 6","Dosbarth Tryfan"),("Tirion","Bowen",None,"Year 6","Dosbarth Tryfan"),
 ("Wil","Pritchard",None,"Year 3","Dosbarth Conwy"),("Nanw","Prys",None,"Year 2","Dosbarth Conwy")],
}

def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

def table(items):
    c = collections.Counter(f for f,_,_ in items)
    return "\n".join(f"| {k} | {FAMS[k]} | {'offensive' if k[0]=='O' else 'not offensive'} | {c[k]} |" for k in sorted(c))

def main():
    allids = set()
    for split, items in (("train", TRAIN), ("dev", DEV), ("test", TEST)):
        d = os.path.join(ROOT, split); os.makedirs(d, exist_ok=True)
        rows = [rec(split, i+1, f, l, t, True) for i,(f,l,t) in enumerate(items)]
        for r in rows:
            assert r["id"] not in allids; allids.add(r["id"])
            for s in r["spans"]: assert r["text"][s["start"]:s["end"]] == s["text"]
        write_jsonl(os.path.join(d, "posts.jsonl"), rows)
        if split != "train":
            open(os.path.join(d,"school.toml"),"w").write(SCHOOL)
            open(os.path.join(d,"staff.csv"),"w").write(STAFF)
            with open(os.path.join(d,"roster.csv"),"w") as f:
                f.write("pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website\n")
                for k,(fn,ln,pn,yg,cl) in enumerate(ROSTER[split]):
                    cons = "no" if k in (3, 14) else "yes"
                    f.write(f"BG{'D' if split=='dev' else 'T'}{k+1:03d},{fn},{ln},{pn or fn},{yg},{cl},{cons},yes\n")
            n = len(items); off = sum(f[0]=="O" for f,_,_ in items)
            lang = collections.Counter(l for _,l,_ in items)
            readme = f"""SEALED: do not read if you work on the safepost engine

# classmock-cy / {split}

Written by: Nia Prys-Owen (office manager) and Gwyndaf (Year 6 teacher, runs the Instagram) of the fictional
Welsh-medium primary Ysgol Bryn Glas, Dyffryn Conwy, north Wales (writer slug `classmock-cy`). North-Wales Welsh
social-media register, some Welsh/English code-switching. All schools, adults and places in posts are invented
or generic; no pupil names appear in any post.

Counts: {n} posts (posts.jsonl only; no comments).

Labels: offensive {off}, not offensive {n-off}; live_location 0, unsafe_link 0, political_or_commercial 0; spans 0, image_spans 0.

Language mix: cy {lang['cy']}, mixed {lang['mixed']} (fully Welsh {100*lang['cy']//n}%). `lang`/`voice` fields are only in train/.

| family | description | label | posts |
|---|---|---|---|
{table(items)}
"""
            open(os.path.join(d,"README.md"),"w").write(readme)
        # strip voice/lang? keep bench format in probes
        if split != "train":
            for r in rows: r.pop("voice"); r.pop("lang")
            write_jsonl(os.path.join(d, "posts.jsonl"), rows)
    # validation
    def sents(items):
        out=set()
        for _,_,t in items:
            for s in re.split(r"[.!?]\s+|\n", t):
                s=s.strip().lower()
                if len(s)>25: out.add(s)
        return out
    sd, st, str_ = sents(DEV), sents(TEST), sents(TRAIN)
    print("dev∩test", sd & st); print("train∩dev/test", str_ & (sd|st))
    texts=[t for _,_,t in TRAIN+DEV+TEST]; assert len(texts)==len(set(texts))
    for split, items in (("train", TRAIN), ("dev", DEV), ("test", TEST)):
        c=collections.Counter(f for f,_,_ in items); l=collections.Counter(x for _,x,_ in items)
        print(split, len(items), "off", sum(v for k,v in c.items() if k[0]=="O"), dict(sorted(c.items())), dict(l))
        for line in open(os.path.join(ROOT,split,"posts.jsonl"),encoding="utf-8"): json.loads(line)
main()
