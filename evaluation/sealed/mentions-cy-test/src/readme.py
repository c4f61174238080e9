import json, collections, os, csv
OUT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESC={"N1":"neutral/practical mention of identity inside an ordinary comment (question/praise/other/complaint)",
"N2":"negation: denying or rejecting a hateful claim (not hate)","N3":"counter-speech: quoting/condemning someone else's hate (not hate; 1 with an insult = abuse)",
"N4":"warm welcome / positive statement about a group","H1":"hate inside ordinary shapes: stereotype as opinion, hate as a question",
"H2":"hate behind a disclaimer ('dim yn hiliol ond', 'not being funny but')","H3":"endorsing or repeating someone else's hate",
"H4":"direct hostility: go-back demands, dehumanising, conspiracy tropes, anti-English/anti-Welsh as a people"}
SCH={"dev":"Ysgol Gymraeg Pen y Cei, Caernarfon (north Wales Welsh; voices nain, taid, teen chwaer/brawd)",
     "test":"Ysgol Gynradd Nant Glas / Nant Glas Primary, Aberdâr (south Wales Welsh + valleys English; voices mam-gu, tad-cu, teen sis/bro)"}
for s in ("dev","test"):
    rows=[json.loads(l) for l in open(f"{OUT}/{s}/comments.jsonl",encoding="utf-8")]
    fam={r["id"]:r for r in csv.DictReader(open(f"{OUT}/src/families_{s}.csv"))}
    cat=collections.Counter(r["category"] for r in rows); role=collections.Counter(r["author_role"] for r in rows)
    lang=collections.Counter(fam[r["id"]]["lang"] for r in rows); fc=collections.Counter((fam[r["id"]]["family"],r["category"]) for r in rows)
    nsp=sum(len(r["spans"]) for r in rows)
    L=["SEALED: do not read if you work on the safepost engine","",
       f"# mentions-cy / {s}","",
       "Written by an independent writer (slug `mentions-cy`), personas: grandparents (nain a taid / mam-gu a tad-cu) and teenage older siblings",
       f"commenting on a primary school's page. School: {SCH[s]}. All synthetic.","",
       f"Comments: {len(rows)} (`comments.jsonl`); roster.csv 20 pupils; staff.csv 8 staff; school.toml.","",
       "Categories: "+", ".join(f"{k} {v}" for k,v in sorted(cat.items())),
       "Author roles: "+", ".join(f"{k} {v}" for k,v in sorted(role.items()))+" (grandparents = parent; teen siblings = pupil)",
       f"Spans: {nsp} pupil-name (on roster).",
       "Language: "+", ".join(f"{k} {v}" for k,v in sorted(lang.items()))+f" (cy+mixed {100*(lang['cy']+lang['mixed'])//len(rows)}%)","",
       "| family | meaning | category | count |","|---|---|---|---|"]
    for (f,c),n in sorted(fc.items()): L.append(f"| {f} | {DESC[f]} | {c} | {n} |")
    L+=["","Many hate items are near-pairs of a non-hate item (same opening, hostile ending). Per-item family labels: `../src/families_"+s+".csv`."]
    open(f"{OUT}/{s}/README.md","w",encoding="utf-8").write("\n".join(L)+"\n")
