import json, re, sys, collections
from pathlib import Path
here = Path(__file__).parent
voices = {"adran.txt":"cy4-adran-gymraeg-bryneithin","pta.txt":"cy4-crha-trefelin-penfro","clwb.txt":"cy4-clwb-porthllechog-mon",
          "meithrin.txt":"cy4-meithrinfa-nythdryw-caerdydd","bugeiliol.txt":"cy4-bugeiliol-tylacoch-rhondda","pennaeth.txt":"cy4-pennaeth-rhydycelyn-conwy"}
rows=[]
for f,v in voices.items():
    for ln in (here/f).read_text().splitlines():
        if not ln.strip(): continue
        lab,lang,text=ln.split("|",2)
        assert lab in "ON" and lang in ("cy","mixed"), ln
        rows.append({"text":text.strip(),"offensive":lab=="O","live_location":False,"voice":v,"lang":lang})
def nsent(t): return len([s for s in re.split(r'(?<=[.!?])\s+', t) if s.strip()])
if "--stats" in sys.argv:
    c=collections.Counter((r["voice"],r["offensive"], nsent(r["text"])>=4) for r in rows)
    for k in sorted(c): print(k,c[k])
    print("long total", sum(nsent(r["text"])>=4 for r in rows), "of", len(rows))
with open(here.parent/"posts.jsonl","w") as fh:
    for r in rows: fh.write(json.dumps(r,ensure_ascii=False)+"\n")
