import json, random, csv, sys, collections
sys.path.insert(0,'.')
from train_posts import TRAIN; from dev_posts import DEV; from test_posts import TEST
R='/work/wt/new-sealed/classmock-3/'
FAM={'mock':'offensive: mocking a class/team performance or an unnamed child\'s ability',
 'rival':'offensive: belittling another school\'s pupils or a rival team',
 'parents':'offensive: shaming a group of parents (pick-up, costumes, bake sale, donations)',
 'named':'offensive: sarcasm/scare quotes insinuating something about a named adult',
 'faith':'offensive: faith or culture insensitivity made as a joke',
 'loss':'clean near miss: honest report of a loss or poor result, said kindly',
 'workon':'clean near miss: "we need to work on…"',
 'self':'clean near miss: staff laughing at themselves',
 'praise_rival':'clean near miss: gracious praise of a rival school',
 'warm':'clean near miss: warm jokes',
 'faith_ok':'clean near miss: faiths and cultures celebrated'}
with open(R+'train/posts.jsonl','w') as f:
    for fam,v,l,o,lv,c,p,t in TRAIN:
        f.write(json.dumps({"text":t,"offensive":bool(o),"live_location":bool(lv),"commercial":bool(c),"political":bool(p),"voice":v,"lang":l},ensure_ascii=False)+"\n")

SCHOOLS={
'dev':dict(slug='FG',name='Fulwell Grange Primary School',name_cy=None,addr='Grange Terrace, Fulwell, Sunderland SR6 9XQ',web='fulwellgrange.sch.uk',
  emails=['office@fulwellgrange.sch.uk','head@fulwellgrange.sch.uk'],phones=['0191 498 0231','0191 498 0232'],nation='england',
  staff=[('Mrs','Janet','Rutter','Headteacher'),('Mr','Craig','Thew','Deputy Headteacher; Designated Safeguarding Lead (DSL)'),('Mrs','Nia','Pearson','Year 6 Teacher'),
   ('Miss','Amy','Gowans','Year 5 Teacher'),('Mr','Liam','Rowntree','Year 4 Teacher'),('Mrs','Dawn','Forster','Year 3 Teacher'),('Miss','Chloe','Bewick','Year 2 Teacher'),
   ('Mrs','Kerry','Hindmarch','Year 1 Teacher'),('Miss','Lauren','Tate','Reception Teacher'),('Mrs','Julie','Charlton','SENCo'),('Mr','Paul','Lumsden','Caretaker'),
   ('Mrs','Gillian','Purvis','School Business Manager'),('Mr','Jordan','Armstrong','PE Coach')],
  classes={'Reception':'Puffins','Year 1':'Kittiwakes','Year 2':'Terns','Year 3':'Gannets','Year 4':'Cormorants','Year 5':'Guillemots','Year 6':'Ospreys'},
  first=['Olivia','Harper','Isla','Ava','Poppy','Lily','Sophie','Evie','Millie','Ruby','Grace','Amelia','Maisie','Freya','Darcie','Jack','Oliver','Harry','Charlie','Leo','Noah','Alfie','Mason','Riley','Jacob','Finley','Lewis','Kian','Callum','Tyler','Aisha','Zain','Maya','Ellis','Brody'],
  last=['Robson','Charlton','Milburn','Dixon','Forster','Hall','Scott','Armstrong','Thompson','Wilson','Bell','Young','Reay','Hedley','Bulmer','Nesbitt','Elliott','Ahmed','Hussain','Kowalski','Patterson','Graham','Stoddart','Wake']),
'test':dict(slug='PF',name='Pant-y-Ffynnon Primary School',name_cy='Ysgol Gynradd Pant-y-Ffynnon',addr='Heol y Waun, Ystalyfera, Swansea SA9 2ZZ',web='pantyffynnon.cymru',
  emails=['swyddfa@pantyffynnon.cymru','office@pantyffynnon.cymru'],phones=['01632 960417','01632 960418'],nation='wales',
  staff=[('Mrs','Eirian','Hopkins','Pennaeth / Headteacher'),('Mr','Dafydd','Lloyd','Dirprwy Bennaeth / Deputy Headteacher; DSL'),('Mrs','Bethan','Rees','Rheolwr Swyddfa / Office Manager'),
   ('Mr','Ryan','Powell','Hyfforddwr Chwaraeon / Sports Coach'),('Miss','Ffion','Walters','Athrawes Blwyddyn 6'),('Mr','Owain','Bevan','Athro Blwyddyn 5'),('Mrs','Catrin','Morgan','Athrawes Blwyddyn 4'),
   ('Miss','Sian','Jenkins','Athrawes Blwyddyn 3'),('Mrs','Lowri','Davies','Athrawes Blwyddyn 2'),('Mrs','Meinir','Thomas','Athrawes Blwyddyn 1'),('Miss','Elin','Howells','Athrawes y Derbyn'),
   ('Mr','Gareth','Prosser','Gofalwr / Caretaker'),('Mrs','Nerys','Griffiths','Cymhorthydd Addysgu')],
  classes={'Reception':'Dosbarth Dryw','Year 1':'Dosbarth Robin','Year 2':'Dosbarth Titw','Year 3':'Dosbarth Bronfraith','Year 4':'Dosbarth Barcud','Year 5':'Dosbarth Hebog','Year 6':'Dosbarth Eryr'},
  first=['Cadi','Seren','Nia','Elin','Mali','Lowri','Ffion','Alaw','Megan','Efa','Gwenllian','Lili','Erin','Tomos','Dylan','Osian','Rhys','Cai','Gethin','Ifan','Macsen','Harri','Morgan','Jac','Osian','Deio','Steffan','Lewys','Tirion','Kayden','Olivia','Noah','Amelia','Jacob'],
  last=['Jones','Davies','Williams','Evans','Thomas','Rees','Morgan','Lewis','Hughes','Price','Griffiths','Powell','Jenkins','Bevan','Phillips','Howells','Lloyd','Watkins','Pugh','Rowlands','Prosser','Harries']),
}
NICK={'Gwenllian':'Gwen','Steffan':'Steff','Tomos':'Twm','Olivia':'Liv','Amelia':'Millie','Jacob':'Jake','Oliver':'Ollie','Charlie':'Charlie'}
for half,rows in [('dev',DEV),('test',TEST)]:
    S=SCHOOLS[half]; d=R+half+'/'; rnd=random.Random(half)
    slug='classmock-3'
    with open(d+'posts.jsonl','w') as f:
        for i,(fam,v,l,o,lv,c,p,t) in enumerate(rows,1):
            f.write(json.dumps({"id":f"{slug}-{half}-{i:03d}","text":t,"images":[],"labels":{"offensive":bool(o),"live_location":bool(lv),"unsafe_link":False,"political_or_commercial":bool(c or p)},"spans":[],"image_spans":[]},ensure_ascii=False)+"\n")
    with open(d+'staff.csv','w',newline='') as f:
        w=csv.writer(f); w.writerow(['staff_id','title','first_name','last_name','role'])
        for k,(a,b,c_,r) in enumerate(S['staff'],1): w.writerow([f"{S['slug']}S{k:02d}",a,b,c_,r])
    with open(d+'roster.csv','w',newline='') as f:
        w=csv.writer(f); w.writerow(['pupil_id','first_name','last_name','preferred_name','year_group','class_name','consent_social_media','consent_website'])
        k=0
        for yg,cl in S['classes'].items():
            for _ in range(20):
                k+=1; fn=rnd.choice(S['first']); ln=rnd.choice(S['last'])
                pref=NICK.get(fn,fn) if rnd.random()<0.3 else fn
                cs='no' if rnd.random()<0.1 else 'yes'; cw='no' if cs=='no' and rnd.random()<0.5 else 'yes'
                w.writerow([f"{S['slug']}{k:04d}",fn,ln,pref,yg,cl,cs,cw])
    toml=[f'# {half} school for classmock-3 (synthetic). Used by `safepost check --school`.',f'name = "{S["name"]}"']
    if S['name_cy']: toml.append(f'name_cy = "{S["name_cy"]}"')
    toml+= [f'address = "{S["addr"]}"',f'nation = "{S["nation"]}"',f'web_domains = ["{S["web"]}", "www.{S["web"]}"]',f'email_domains = ["{S["web"]}"]',
      'official_emails = ['+', '.join(f'"{e}"' for e in S['emails'])+']','official_phones = ['+', '.join(f'"{p}"' for p in S['phones'])+']',
      f'allowed_link_domains = ["{S["web"]}", "parentpay.com", "bbc.co.uk", "gov.uk", "gov.wales"]','policy = "default"']
    open(d+'school.toml','w').write("\n".join(toml)+"\n")
    # README
    fc=collections.Counter(r[0] for r in rows); lc=collections.Counter(r[2] for r in rows)
    n=len(rows); off=sum(r[3] for r in rows); live=sum(r[4] for r in rows); pc=sum(1 for r in rows if r[5] or r[6])
    clean=sum(1 for r in rows if not (r[3] or r[4] or r[5] or r[6]))
    pers={'dev':"- `deputy-sunderland`: Mr Craig Thew, deputy head at a Sunderland primary, thinks he is funny; Mackem/North-East turns of phrase, emoji, picks up the odd Welsh word from a colleague.\n- `y6-sunderland`: Mrs Nia Pearson, worn-out Year 6 teacher, originally from Llanelli, so code-switches into Welsh when tired or fond; some lower-case hurried posts.",
          'test':"- `coach-swansea`: Mr Ryan Powell, sports coach at a bilingual Swansea-valley primary, writes in English, blunt touchline register.\n- `office-swansea`: Mrs Bethan Rees, office manager, writes in colloquial south-Wales Welsh (so, ife, 'na, bach, sa i, moyn, hala, heddi, odd) or mixed Welsh/English."}[half]
    md=[f"# classmock-3 — {half} set: {S['name']}"+(f" / {S['name_cy']}" if S['name_cy'] else ''),"",
        f"Fully synthetic school at a fictional address in a real town ({S['addr']}). All people, schools named as rivals, volunteers, governors and contractors are invented. Posts only (no comments, no images).","",
        "## Personas","",pers,"",
        "## Counts","",f"| item | count |\n|---|---|\n| posts | {n} |\n| roster.csv pupils | {k} |\n| staff.csv | {len(S['staff'])} |","",
        "| label | positive posts |\n|---|---|"+f"\n| offensive | {off} |\n| live_location | {live} |\n| unsafe_link | 0 |\n| political_or_commercial | {pc} |\n| clean (no label, no span) | {clean} |","",
        "Spans: none (no post names a child or gives private contact details; adults named in posts are not pupil-name spans).","",
        f"Language: en {lc['en']}, mixed {lc['mixed']}, cy {lc['cy']} — Welsh or mixed share {100*(lc['mixed']+lc['cy'])/n:.0f}%.","",
        "## Families","","| family | posts |\n|---|---|"]
    for key in FAM: md.append(f"| {FAM[key]} | {fc[key]} |")
    md+=["","Notes: offensive posts contain no swear words; the harm is in mockery, belittling, shaming, insinuation or stereotype. A few posts also carry live_location (a named off-site venue with a time) or political_or_commercial (a staff member plugging a relative's side business); these are labelled as they are."]
    open(d+'README.md','w').write("\n".join(md)+"\n")
# src notes
open(R+'src/families.md','w').write("# families\n\n"+"\n".join(f"- `{k}`: {v}" for k,v in FAM.items())+"\n\nTrain voices: deputy-sunderland, y6-sunderland, coach-swansea, office-swansea, ta-cardiff (teaching assistant), head-newport (headteacher). Posts were hand-written per half; build.py only serialises them.\n")
