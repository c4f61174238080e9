import json, random, re, csv, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from dev_data import D
from test_data import T
from train_a import TA
from train_b import TB
from train_c import TC
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = "pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website"
STAFF = [("Mrs","Fiona","McAllister","Headteacher (Craigielea Primary, Paisley)"),
         ("Mr","Stuart","Baird","Depute Headteacher; Child Protection Coordinator (Craigielea Primary)"),
         ("Mr","Gary","Dunlop","Class teacher P6 (Craigielea Primary)"),
         ("Miss","Ashleigh","Kerr","Class teacher P2 (Craigielea Primary)"),
         ("Mr","Gareth","Prydderch","Pennaeth / Headteacher (Ysgol Gynradd Maes-y-Gwenyn); DSL"),
         ("Mrs","Eirlys","Bowen","Athrawes Blwyddyn 3 (Ysgol Gynradd Maes-y-Gwenyn)"),
         ("Miss","Ffion","Rees","Athrawes Derbyn (Ysgol Gynradd Maes-y-Gwenyn)"),
         ("Mr","Huw","Jenkins","Athro Blwyddyn 6 (Ysgol Gynradd Maes-y-Gwenyn)")]
ROSTERS = {
 "dev": [("Kayden","Moir","","Year 5","P6 Dunlop"),("Cerys","Howells","","Year 2","Dosbarth Derw"),
         ("Isla","Gilmour","","Year 1","P2 Kerr"),("Lewis","Paterson","Lew","Year 5","P6 Dunlop"),
         ("Amber","Rennie","","Year 3","P4 Stewart"),("Callum","Docherty","Cal","Year 6","P7 Wallace"),
         ("Skye","McLaren","","Reception","P1 Reid"),("Ruaridh","Boyle","","Year 4","P5 Grant"),
         ("Erin","Tennant","","Year 2","P3 Mackay"),("Mason","Lindsay","","Year 6","P7 Wallace"),
         ("Gethin","Prosser","","Year 6","Dosbarth Onnen"),("Mali","Thomas","","Year 3","Dosbarth Bedw"),
         ("Tirion","Harries","","Year 1","Dosbarth Helyg"),("Steffan","Bevan","Steff","Year 4","Dosbarth Celyn"),
         ("Elin","Morgan","","Reception","Dosbarth Derbyn"),("Ianto","Llewellyn","","Year 5","Dosbarth Ywen"),
         ("Nanw","Griffiths","","Year 2","Dosbarth Derw"),("Cai","Lloyd","","Year 3","Dosbarth Bedw"),
         ("Mabli","Evans","","Year 4","Dosbarth Celyn"),("Dylan","Rowlands","","Year 6","Dosbarth Onnen")],
 "test":[("Leighton","Fyfe","","Year 5","P6 Dunlop"),("Osian","Harries","","Year 4","Dosbarth Celyn"),
         ("Ava","McGlinchey","","Year 1","P2 Kerr"),("Jack","Quinn","","Year 3","P4 Stewart"),
         ("Lacey","Gallacher","","Year 6","P7 Wallace"),("Finlay","Orr","Finn","Year 2","P3 Mackay"),
         ("Millie","Craig","","Reception","P1 Reid"),("Robbie","Kane","","Year 4","P5 Grant"),
         ("Darcy","Muir","","Year 5","P6 Dunlop"),("Zara","Hamilton","","Year 6","P7 Wallace"),
         ("Lowri","Jones","","Year 3","Dosbarth Bedw"),("Twm","Davies","","Year 5","Dosbarth Ywen"),
         ("Efa","Walters","","Reception","Dosbarth Derbyn"),("Rhodri","Price","","Year 6","Dosbarth Onnen"),
         ("Seren","Jenkins-Lloyd","","Year 1","Dosbarth Helyg"),("Macsen","Owen","","Year 2","Dosbarth Derw"),
         ("Catrin","Phillips","","Year 4","Dosbarth Celyn"),("Iwan","Rees","","Year 3","Dosbarth Bedw"),
         ("Lili","Watkins","","Year 1","Dosbarth Helyg"),("Harri","Edwards","","Year 6","Dosbarth Onnen")],
 "train":[("Ellie-Mae","Burns","","Year 4","P5 Grant"),("Tomos","Williams","","Year 2","Dosbarth Derw"),
          ("Jayden","Brownlie","","Year 3","P4 Stewart"),("Gwenllian","Hughes","Gwen","Year 5","Dosbarth Ywen"),
          ("Alys","Parry","","Year 1","Dosbarth Helyg")],
}
SCHOOLS = {
 "dev": '''# Ysgol Gynradd Maes-y-Gwenyn (fictional bilingual primary, Rhydaman/Ammanford).
# Comments in this panel come from the moderated pages of two partner schools: this one and
# Craigielea Primary, Paisley (see README.md); staff.csv lists staff of both.
name = "Maes-y-Gwenyn Primary School"
name_cy = "Ysgol Gynradd Maes-y-Gwenyn"
policy = "default"
nation = "wales"
address = "Heol y Gwenyn, Rhydaman, Sir Gaerfyrddin SA18 9ZQ"
local_authority = "Carmarthenshire County Council"
web_domains = ["maesygwenyn.sch.uk"]
email_domains = ["maesygwenyn.sch.uk"]
emails = ["swyddfa@maesygwenyn.sch.uk", "office@maesygwenyn.sch.uk"]
phones = ["01632 960514"]
allowed_link_domains = ["maesygwenyn.sch.uk", "carmarthenshire.gov.wales", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
 "test": '''# Craigielea Primary School (fictional primary, Paisley, Renfrewshire).
# Comments in this panel come from the moderated pages of two partner schools: this one and
# Ysgol Gynradd Maes-y-Gwenyn, Rhydaman (see README.md); staff.csv lists staff of both.
name = "Craigielea Primary School"
policy = "default"
nation = "scotland"
address = "Braehead Road, Paisley PA2 9ZZ"
local_authority = "Renfrewshire Council"
web_domains = ["craigielea-ps.sch.uk"]
email_domains = ["craigielea-ps.sch.uk"]
emails = ["enquiries@craigielea-ps.sch.uk"]
phones = ["0141 496 0321"]
allowed_link_domains = ["craigielea-ps.sch.uk", "renfrewshire.gov.uk", "gov.scot", "gov.uk", "bbc.co.uk", "nhs.uk", "education.gov.scot"]
platforms = ["facebook", "x", "seesaw"]
''',
}
FAMILY = {"A1":"A1 insults/name-calling of staff/school (incl. masked swearing)","A2":"A2 mocking a pupil or parent",
 "A3":"A3 defamatory allegation about an identifiable adult","A4":"A4 harassment / pile-on",
 "T1":"T1 veiled threat (place/time/car/house)","T2":"T2 conditional or implied threat","T3":"T3 incitement",
 "N1":"N1 angry but fair complaint","N2":"N2 sarcastic complaint","N3":"N3 rhetorical why (complaint)",
 "N7":"N7 firm criticism naming the head (complaint)","N6":"N6 honest question asked rudely",
 "N5":"N5 banter between parents / chat","N4":"N4 exaggeration idioms (other/praise)","N8":"N8 plain praise (incl. pair twins)"}

def roster_rows(split):
    rows=[]; pref = {"dev":"MGD","test":"MGT","train":"MGR"}[split]
    for i,(f,l,p,y,c) in enumerate(ROSTERS[split],1):
        rows.append(dict(pupil_id=f"{pref}{i:03d}",first_name=f,last_name=l,preferred_name=p or f,
                         year_group=y,class_name=c,consent_social_media="yes" if i%7 else "no",consent_website="yes"))
    return rows

def lookup(rows, name):
    for r in rows:
        full=f"{r['first_name']} {r['last_name']}"
        if name in (full, r['first_name'], r['preferred_name']): return r['pupil_id']
    raise SystemExit(f"name not on roster: {name}")

def build(split, data, seed):
    rows=roster_rows(split); recs=[]
    data=list(data); random.Random(seed).shuffle(data)
    for i,(fam,cat,role,lang,voice,text,names) in enumerate(data,1):
        spans=[]
        for n in names:
            for m in re.finditer(re.escape(n), text):
                spans.append(dict(start=m.start(),end=m.end(),type="pupil-name",pupil_id=lookup(rows,n),on_roster=True,text=n))
        spans.sort(key=lambda s:s["start"])
        r=dict(id=f"abm-{split}-{i:03d}",text=text,author_role=role,category=cat,spans=spans)
        if split=="train": r["voice"]=voice; r["lang"]=lang
        recs.append((r,fam,lang))
    return recs, rows

def write(split, recs, rows):
    d=os.path.join(OUT,split); os.makedirs(d,exist_ok=True)
    with open(os.path.join(d,"comments.jsonl"),"w",encoding="utf-8") as f:
        for r,_,_ in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    with open(os.path.join(d,"roster.csv"),"w",newline="",encoding="utf-8") as f:
        w=csv.DictWriter(f,fieldnames=HEADER.split(",")); w.writeheader(); w.writerows(rows)
    with open(os.path.join(d,"staff.csv"),"w",newline="",encoding="utf-8") as f:
        w=csv.writer(f); w.writerow(["staff_id","title","first_name","last_name","role"])
        for i,s in enumerate(STAFF,1): w.writerow([f"ST{i:02d}",*s])
    if split in SCHOOLS:
        open(os.path.join(d,"school.toml"),"w").write(SCHOOLS[split])
        cats=Counter(r["category"] for r,_,_ in recs); langs=Counter(l for _,_,l in recs)
        roles=Counter(r["author_role"] for r,_,_ in recs); fams=Counter(f for _,f,_ in recs)
        nsp=sum(len(r["spans"]) for r,_,_ in recs)
        L=["SEALED: do not read if you work on the safepost engine","",
           f"# abuse-mix / {split}","",
           "Written by writer `abuse-mix` (independent synthetic-data writer). Personas: furious and calmer parents,",
           "grandparents, members of the public and trolls commenting on the pages of two fictional primaries:",
           "Craigielea Primary, Paisley (Scots / Glasgow English) and Ysgol Gynradd Maes-y-Gwenyn, Rhydaman/Ammanford",
           "(south Wales Welsh, valleys English, code-mixing). `school.toml` describes "+("Maes-y-Gwenyn" if split=="dev" else "Craigielea")+
           "; staff.csv lists staff of both schools; roster.csv has 20 pupils (10 per school).","",
           f"Comments: {len(recs)}. Abuse+threat: {cats['abuse']+cats['threat']}; not harmful: {len(recs)-cats['abuse']-cats['threat']}.",
           f"Spans: {nsp} pupil-name spans (all on roster). Staff names are never spans.","",
           "## Category counts","","| category | comments |","|---|---|"]
        L+= [f"| {c} | {n} |" for c,n in sorted(cats.items(), key=lambda x:-x[1])]
        L+= ["","## Author roles","","| role | comments |","|---|---|"]+[f"| {c} | {n} |" for c,n in roles.most_common()]
        L+= ["","## Language mix","","| lang | comments |","|---|---|"]+[f"| {c} | {n} |" for c,n in langs.most_common()]
        scots=sum(1 for (r,f,l),(_,_,_,_,v,_,_) in zip(recs,[None]*len(recs)) ) if False else None
        L+= ["","## Families","","| family | category | comments |","|---|---|---|"]
        fc=Counter((f,r["category"]) for r,f,_ in recs)
        for (f,c),n in sorted(fc.items()): L.append(f"| {FAMILY[f]} | {c} | {n} |")
        L+= ["","Several near-miss comments are deliberate twins of harmful ones (same words, different intent),",
             "e.g. \"See you at the gates at 3\" as a threat vs. as thanks; \"I know what time she leaves\" as a threat vs. a complaint.",
             "Precedence used: threat > abuse > complaint > question > praise > other. Masked swearing aimed at a person = abuse;",
             "mild or masked swearing about a decision = complaint. Insult + complaint = abuse. Insult + threat = threat."]
        open(os.path.join(d,"README.md"),"w").write("\n".join(L)+"\n")

def validate(split):
    d=os.path.join(OUT,split); ids=set(); n=0
    for line in open(os.path.join(d,"comments.jsonl"),encoding="utf-8"):
        r=json.loads(line); n+=1
        assert r["id"] not in ids; ids.add(r["id"])
        assert r["category"] in {"safeguarding","threat","hate","abuse","complaint","question","spam","praise","other"}
        assert r["author_role"] in {"parent","public","pupil","unknown"}
        for s in r["spans"]: assert r["text"][s["start"]:s["end"]]==s["text"], (r["id"],s)
        if split!="train": assert "voice" not in r and "lang" not in r
        else: assert r["voice"] and r["lang"] in {"en","cy","mixed"}
    return n

allrecs={}
for split,data,seed in (("train",TA+TB+TC,11),("dev",D,22),("test",T,33)):
    recs,rows=build(split,data,seed); write(split,recs,rows); allrecs[split]=recs
    n=validate(split)
    cats=Counter(r["category"] for r,_,_ in recs); langs=Counter(l for _,_,l in recs)
    print(split,n,dict(cats),dict(langs),"harmful%.2f"%((cats['abuse']+cats['threat'])/n),
          "welsh%.2f"%((langs['cy']+langs['mixed'])/n), "spans",sum(len(r['spans']) for r,_,_ in recs))
# no shared sentences across splits, no duplicate texts
def sents(t): return {s.strip().lower() for s in re.split(r"[.!?]+",t) if len(s.strip())>12}
for a in allrecs:
    for b in allrecs:
        if a<b:
            sa=set().union(*(sents(r["text"]) for r,_,_ in allrecs[a])); sb=set().union(*(sents(r["text"]) for r,_,_ in allrecs[b]))
            assert not (sa&sb), (a,b,sa&sb)
texts=[r["text"] for s in allrecs.values() for r,_,_ in s]; assert len(texts)==len(set(texts))
print("ok")
