import json, random, csv, os, difflib
from collections import Counter
from data_train import TRAIN
from data_dev_test import DEV, TEST
from revisions import TRAIN_REV, TEST_REV
ROOT='/work/wt/new-sealed/cy-stereo-q'
CATS={"safeguarding","threat","hate","abuse","complaint","question","spam","praise","other"}
ROLES={"parent","public","pupil","unknown"}
def apply(data, rev):
    data=list(data)
    for old,new,lang in rev:
        hits=[i for i,x in enumerate(data) if x[5].startswith(old)]
        assert len(hits)==1,(old,hits)
        x=data[hits[0]]; data[hits[0]]=(x[0],x[1],x[2],x[3],lang or x[4],new)
    return data
TRAIN=apply(TRAIN,TRAIN_REV); TEST=apply(TEST,TEST_REV)
for d in (TRAIN,DEV,TEST):
    for x in d:
        assert x[1] in CATS and x[2] in ROLES and x[4] in ("en","cy","mixed"), x
# near-copy check
halves={'train':TRAIN,'dev':DEV,'test':TEST}
names=list(halves)
for a in range(3):
    for b in range(a,3):
        A=halves[names[a]];B=halves[names[b]]
        for i,x in enumerate(A):
            for j,y in enumerate(B):
                if a==b and j<=i: continue
                r=difflib.SequenceMatcher(None,x[5].lower(),y[5].lower()).ratio()
                if r>0.6: print('SIMILAR',names[a],names[b],round(r,2),'|',x[5][:60],'|',y[5][:60])
# train
with open(f'{ROOT}/train/comments.jsonl','w') as f:
    for x in TRAIN:
        f.write(json.dumps({"text":x[5],"category":x[1],"author_role":x[2],"voice":x[3],"lang":x[4]},ensure_ascii=False)+"\n")

SCHOOLS={
 'dev':dict(name="Glan Aeron Primary School",name_cy="Ysgol Gynradd Glan Aeron",address="Heol y Felin, Aberaeron SA46 0XQ",
   la="Ceredigion County Council",dom="glanaeron.sch.uk",phone="01632 960418",council="ceredigion.gov.uk",prefix="GA",
   staff=[("Mrs","Nia","Jenkins","Headteacher"),("Mr","Gethin","Morgan","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
          ("Miss","Lowri","Davies","Class teacher, Dosbarth Aeron"),("Mrs","Catrin","Lloyd","Class teacher, Dosbarth Arth"),
          ("Mr","Iwan","Thomas","Class teacher, Dosbarth Mynach"),("Mrs","Helen","Parry","ALNCo"),
          ("Mrs","Ann","Williams","School business manager"),("Mr","Dai","Hughes","Caretaker")],
   classes=["Dosbarth Arth","Dosbarth Aeron","Dosbarth Mynach","Dosbarth Cledan"]),
 'test':dict(name="Gwaun Tawe Welsh-medium Primary School",name_cy="Ysgol Gymraeg Gwaun Tawe",address="Heol Gwaun Tawe, Pontardawe, Swansea SA8 4XR",
   la="Neath Port Talbot County Borough Council",dom="gwauntawe.sch.uk",phone="01632 960733",council="npt.gov.uk",prefix="GT",
   staff=[("Mr","Huw","Griffiths","Headteacher"),("Mrs","Meinir","Rowlands","Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
          ("Mr","Rhodri","Bevan","Class teacher, Blwyddyn 6"),("Miss","Ffion","Harries","Class teacher, Blwyddyn 3"),
          ("Mrs","Angharad","Price","Class teacher, Blwyddyn 2"),("Mrs","Julie","Watkins","ALNCo"),
          ("Mrs","Sharon","Lewis","Office manager"),("Mr","Gareth","John","Caretaker")],
   classes=["Derbyn","Blwyddyn 1","Blwyddyn 2","Blwyddyn 3","Blwyddyn 4","Blwyddyn 5","Blwyddyn 6"]),
}
FIRST=["Alaw","Cai","Deio","Efa","Ffion","Gruffudd","Hedd","Ifan","Jac","Kayla","Leo","Lili","Macsen","Mali","Nansi","Osian","Poppy",
 "Rhys","Sion","Tomos","Wil","Ela","Gwion","Nel","Oliwia","Jakub","Amira","Yusuf","Zofia","Aled","Begw","Cadi","Elis","Guto",
 "Heledd","Idris","Lowri","Mabon","Nedw","Anest","Harri","Tirion","Aneurin","Beca","Caio","Dylan","Erin","Fflur","Gethin","Hana"]
LAST=["Jones","Davies","Evans","Thomas","Williams","Lewis","Hughes","Morgan","Griffiths","Owen","Rees","Price","Lloyd","Powell",
 "Nowak","Kowalski","Khan","Ahmed","Smith","Taylor","Phillips","Bowen","James","Edwards","Howells","Jenkins","Richards","Watkins"]
YEARS=["Reception","Year 1","Year 2","Year 3","Year 4","Year 5","Year 6"]
for half,s in SCHOOLS.items():
    d=f'{ROOT}/{half}'; rnd=random.Random(half)
    data=DEV if half=='dev' else TEST
    toml=f'''# {s['name_cy']} – synthetic bench school written by cy-stereo-q ({half}). Everything is invented.
name = "{s['name']}"
name_cy = "{s['name_cy']}"
policy = "default"
nation = "wales"
address = "{s['address']}"
local_authority = "{s['la']}"
web_domains = ["{s['dom']}"]
email_domains = ["{s['dom']}"]
emails = ["office@{s['dom']}", "swyddfa@{s['dom']}"]
phones = ["{s['phone']}"]
allowed_link_domains = ["{s['dom']}", "{s['council']}", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk", "urdd.cymru"]
platforms = ["facebook"]
'''
    open(f'{d}/school.toml','w').write(toml)
    with open(f'{d}/staff.csv','w',newline='') as f:
        w=csv.writer(f); w.writerow(["staff_id","title","first_name","last_name","role"])
        for i,(t,fn,ln,r) in enumerate(s['staff'],1): w.writerow([f"{s['prefix']}S{i:02d}",t,fn,ln,r])
    with open(f'{d}/roster.csv','w',newline='') as f:
        w=csv.writer(f); w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"])
        for i in range(1,71):
            fn=rnd.choice(FIRST); ln=rnd.choice(LAST); yg=YEARS[(i-1)*7//70]
            cls = s['classes'][YEARS.index(yg)] if len(s['classes'])==7 else s['classes'][min(3,YEARS.index(yg)*4//7)]
            pref={"Gruffudd":"Gruff","Tomos":"Twm","Macsen":"Macs","Oliwia":"Oli"}.get(fn,fn)
            cons="no" if rnd.random()<0.1 else "yes"
            w.writerow([f"{s['prefix']}{i:04d}",fn,ln,pref,yg,cls,cons,cons])
    with open(f'{d}/comments.jsonl','w') as f:
        for i,x in enumerate(data,1):
            f.write(json.dumps({"id":f"cy-stereo-q-{half}-{i:03d}","text":x[5],"author_role":x[2],"category":x[1],"spans":[]},ensure_ascii=False)+"\n")
# stats
def stats(d):
    return dict(n=len(d),cat=Counter(x[1] for x in d),fam=Counter(x[0] for x in d),role=Counter(x[2] for x in d),
                lang=Counter(x[4] for x in d),welsh=sum(x[4]!='en' for x in d))
for h,d in halves.items(): print(h,stats(d))
json.dump({h:{k:(dict(v) if isinstance(v,Counter) else v) for k,v in stats(d).items()} for h,d in halves.items()},open(f'{ROOT}/src/stats.json','w'),indent=1)
