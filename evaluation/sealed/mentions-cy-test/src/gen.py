#!/usr/bin/env python3
"""Generator for mentions-cy: comments mentioning protected groups (Welsh/English, grandparents + teen siblings)."""
import json, os, re, collections, csv, io
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
ROLE = {"nain_cfn":"parent","taid_cfn":"parent","mamgu_abd":"parent","tadcu_abd":"parent",
        "chwaer_cfn":"pupil","brawd_cfn":"pupil","sis_abd":"pupil","bro_abd":"pupil"}
CATS = {"safeguarding","threat","hate","abuse","complaint","question","spam","praise","other"}

SCHOOLS = {
 "dev": dict(prefix="cfn", toml='''# Synthetic school (mentions-cy dev probe). Everything invented.
name = "Ysgol Gymraeg Pen y Cei"
name_cy = "Ysgol Gymraeg Pen y Cei"
policy = "default"
nation = "wales"
address = "Ffordd Pen y Cei, Caernarfon, Gwynedd LL55 9ZQ"
local_authority = "Cyngor Gwynedd"
web_domains = ["penycei.sch.uk"]
email_domains = ["penycei.sch.uk"]
emails = ["swyddfa@penycei.sch.uk"]
phones = ["01632 960418"]
allowed_link_domains = ["penycei.sch.uk", "gwynedd.llyw.cymru", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
  pupils=[("Gruffudd","Owen","Gruff"),("Cadi","Hughes",""),("Elis","Parry",""),("Lowri","Jones",""),("Mabli","Roberts",""),
          ("Osian","Williams",""),("Alys","Pritchard",""),("Tomos","Griffith","Twm"),("Nel","Evans",""),("Ianto","Davies",""),
          ("Amira","Haddad",""),("Oliwia","Nowak",""),("Jac","Thomas",""),("Efa","Morris",""),("Harri","Lloyd",""),
          ("Mali","Owen",""),("Yusuf","Rahimi",""),("Megan","Wyn",""),("Deio","Jones",""),("Leah","Chan","")],
  staff=[("Mrs","Eirian","Pritchard","Pennaeth / Headteacher"),("Mr","Dafydd","Hughes","Dirprwy Bennaeth; Designated Safeguarding Lead (DSL)"),
         ("Miss","Catrin","Elis","Athrawes Dosbarth Eryri"),("Mr","Gareth","Roberts","Athro Blwyddyn 5"),("Mrs","Nia","Gwilym","ALNCo"),
         ("Mrs","Bethan","Morgan","Cymhorthydd Addysgu"),("Mr","Huw","Parry","Gofalwr"),("Mrs","Sioned","Lewis","Rheolwr Swyddfa")],
  classes=["Dosbarth Eryri","Dosbarth Menai","Dosbarth Seiont"], names={"Gruffudd":"Gruffudd"}),
 "test": dict(prefix="abd", toml='''# Synthetic school (mentions-cy test probe). Everything invented.
name = "Nant Glas Primary School"
name_cy = "Ysgol Gynradd Nant Glas"
policy = "default"
nation = "wales"
address = "Heol y Gwaith, Aberdâr, Rhondda Cynon Taf CF44 9ZW"
local_authority = "Rhondda Cynon Taf County Borough Council"
web_domains = ["nantglas.sch.uk"]
email_domains = ["nantglas.sch.uk"]
emails = ["office@nantglas.sch.uk", "swyddfa@nantglas.sch.uk"]
phones = ["01632 960733"]
allowed_link_domains = ["nantglas.sch.uk", "rctcbc.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"]
platforms = ["facebook", "x", "classdojo"]
''',
  pupils=[("Ffion","Rees",""),("Rhys","Bevan",""),("Kacper","Wiśniewski",""),("Tia","Price",""),("Callum","Jenkins",""),
          ("Seren","Morgan",""),("Layla","Ahmed",""),("Dylan","Powell",""),("Ruby","Harries",""),("Mason","Llewellyn",""),
          ("Evie","Watkins",""),("Harvey","Edwards",""),("Nia","Phillips",""),("Zain","Hussain",""),("Maddison","Pugh","Maddie"),
          ("Lewys","Richards",""),("Grace","Thomas",""),("Olek","Kowalski",""),("Megan","Howells",""),("Joshua","Daniel","Josh")],
  staff=[("Mrs","Helen","Prosser","Headteacher"),("Mr","Rhodri","Bowen","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
         ("Mrs","Delyth","Lewis","Welsh Stream Lead"),("Mr","Craig","Morgan","Year 5 Teacher"),("Miss","Sara","Jones","Year 3 Teacher"),
         ("Mrs","Anna","Kowalczyk","Breakfast Club Lead"),("Mrs","Kerry","Evans","ALNCo"),("Mr","Gethin","Davies","Caretaker")],
  classes=["Dosbarth Derw","Dosbarth Onnen","Dosbarth Bedw"], names={"Ffion":"Ffion"}),
}

def parse(name):
    rows=[]
    for ln,line in enumerate(open(os.path.join(HERE,name+".txt"),encoding="utf-8"),1):
        line=line.rstrip("\n")
        if not line.strip(): continue
        v,lang,cat,fam,text=line.split("|",4)
        assert v in ROLE and lang in ("cy","en","mixed") and cat in CATS and re.fullmatch(r"[NH][1-4]",fam),(name,ln,line)
        assert (cat=="hate")==fam.startswith("H"),(name,ln,line)
        rows.append(dict(voice=v,lang=lang,category=cat,family=fam,text=text))
    return rows

def roster(sch):
    out=io.StringIO(); w=csv.writer(out,lineterminator="\n")
    w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"])
    years=["Reception","Year 1","Year 2","Year 3","Year 4","Year 5","Year 6"]; ids={}
    for i,(f,l,p) in enumerate(sch["pupils"],1):
        pid=f"{sch['prefix'].upper()}{i:04d}"; ids[f]=pid
        w.writerow([pid,f,l,p or f,years[i%7],sch["classes"][i%3],"no" if i in (7,15) else "yes","yes"])
    return out.getvalue(),ids

def spans_for(text,names,ids):
    sp=[]
    for n in names:
        for m in re.finditer(r"\b%s\b"%re.escape(n),text):
            sp.append(dict(start=m.start(),end=m.end(),type="pupil-name",pupil_id=ids[n],on_roster=True,text=n))
    return sp

all_texts={}
summary={}
for split in ("train","dev","test"):
    rows=parse(split); d=os.path.join(OUT,split); os.makedirs(d,exist_ok=True)
    ids={}; names=[]
    if split!="train":
        sch=SCHOOLS[split]; r,ids=roster(sch); names=list(sch["names"])
        open(os.path.join(d,"roster.csv"),"w",encoding="utf-8").write(r)
        with open(os.path.join(d,"staff.csv"),"w",encoding="utf-8") as f:
            w=csv.writer(f,lineterminator="\n"); w.writerow(["staff_id","title","first_name","last_name","role"])
            for i,s in enumerate(sch["staff"],1): w.writerow([f"{sch['prefix'].upper()}S{i:02d}",*s])
        open(os.path.join(d,"school.toml"),"w",encoding="utf-8").write(sch["toml"])
    fams=[]
    with open(os.path.join(d,"comments.jsonl"),"w",encoding="utf-8") as f:
        for i,r in enumerate(rows,1):
            t=r["text"]; assert t not in all_texts,(split,t,all_texts.get(t)); all_texts[t]=split
            sp=spans_for(t,names,ids)
            o={"id":f"mcy-{split}-{i:03d}","text":t,"author_role":ROLE[r["voice"]],"category":r["category"],"spans":sp}
            if split=="train": o["voice"]=r["voice"]; o["lang"]=r["lang"]
            f.write(json.dumps(o,ensure_ascii=False)+"\n"); fams.append((o["id"],r["family"],r["lang"],r["voice"]))
    with open(os.path.join(HERE,f"families_{split}.csv"),"w") as f:
        f.write("id,family,lang,voice\n"); [f.write(",".join(x)+"\n") for x in fams]
    summary[split]=(rows,fams)

# validation
for split in ("train","dev","test"):
    seen=set(); n=0
    for line in open(os.path.join(OUT,split,"comments.jsonl"),encoding="utf-8"):
        o=json.loads(line); n+=1; assert o["id"] not in seen; seen.add(o["id"])
        for s in o["spans"]: assert o["text"][s["start"]:s["end"]]==s["text"]
    print(split,n)
import pickle; pickle.dump({k:v[0] for k,v in summary.items()},open("/tmp/mcy_summary.pkl","wb"))
