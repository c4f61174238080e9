#!/usr/bin/env python3
"""Write dev/README.md, test/README.md and README.md from the built posts and the meta side files."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
TEMPLATE = open(os.path.join(HERE, "readme_decisions.md"), encoding="utf-8").read()
FAM = {"A": "Welsh insults and mild swearing",
 "B": "masked Welsh and English swearing",
 "C": "ridicule of a class or pupils without swearing",
 "D": "belittling another school, village, town or region",
 "E": "shaming parents",
 "F": "sarcasm about, or an insinuation against, a named adult",
 "G": "mocking English incomers or learners' Welsh",
 "H": "belittling a faith or culture",
 "n-word": "the same or look-alike words used innocently",
 "n-tease": "gentle teasing that the adult being teased shares in",
 "n-loss": "honest reports of a defeat",
 "n-praise": "praise and thanks",
 "n-notice": "firm, polite notices",
 "n-poem": "quotations from poems, hymns and songs",
 "n-idiom": "kind idioms that sound harsh",
 "n-antibully": "anti-bullying lessons that quote unkind words",
 "n-learners": "welcoming incomers and celebrating learners",
 "n-faith": "respectful posts about faiths and festivals",
 "n-other": "ordinary school news"}
HALF = {
 "dev": dict(
   school="Ysgol Gynradd Bryn Collen (Bryn Collen Primary School), Llanfeiriol, Gwynedd",
   places="its neighbouring village and schools (Tal-y-waun, Ysgol y Foel, Ysgol Glanrafon)",
   real="Porthmadog, Trawsfynydd, Machynlleth, Lerpwl",
   dialect="north-west Welsh (isio, rŵan, hogia, genod, panad, efo, deud, ydach chi)",
   classes="Moelwyn (Reception–Year 2), Cnicht (Years 3–4), Manod (Years 5–6)",
   ids="wo-dev-001 … wo-dev-120",
   ex_swear='"Diawl, am fore!", "Uffar o lanast", "Cachu hwch go iawn efo\'r bws"',
   ex_vulgar='*coc oen*',
   ex_fond='"Un o\'r diawliaid bach yn y Derbyn … Dagrau! 🥹"',
   ex_devil_name='**Diawl Bach as the name of a thing** (the well-known trout fly) and **y Diafol** in the Pont y Gŵr Drwg legend are *not* offensive: one is a proper name and the other a folk-tale figure, like a book title.',
   ex_aimed='"chwarae fel llo", "Penbyliaid, bob un wan jac", "I\'r ffŵl a barciodd…", "y penbyliaid" said to holiday-home owners',
   ex_cau='"Cau dy gôt, gwisga dy het!"',
   ex_minced='Nefi blw, Argol fawr, myn coblyn; the post with *myn coblyn* is offensive for its ridicule of pupils, not for the oath',
   ex_masked='c*chu, d**wl, ff***in, F***, sh*t, p*ssed',
   ex_grafu='',
   ex_idiom='*yr hen gnaf* for a retiring bus driver, *yr hen goes* for the deputy, *bwrw hen wragedd a ffyn*, *fel lladd nadroedd*, *wedi blino\'n rhacs*',
   ex_tease='the deputy losing the three-legged race again, a teacher singing "Sosban Fach", dinosaur slippers',
   ex_poem='Hedd Wyn\'s "oes mor ddreng", "hell\'s destruction" in Cwm Rhondda, "Beth yw\'r ots gennyf i am Gymru?"',
   ex_adults='staff, a councillor, a council IT worker, a lollipop man, the bus driver "Now"'),
 "test": dict(
   school="Ysgol Gynradd Cefn Brynach (Cefn Brynach Primary School), Llan-y-nant, Sir Gaerfyrddin",
   places="its neighbouring villages and schools (Cwm-isaf, Pen-y-waun, Ysgol Bryn Gwyn)",
   real="Llanelli, Y Tymbl, Cydweli, Dre-fach Felindre, Caerloyw",
   dialect="Carmarthenshire Welsh (ma', nawr, ishe, mas, whare, hala, crwt, gwed, sai, y'ch chi) with a little Wenglish",
   classes="Gwendraeth (Nursery–Reception), Tywi (Years 1–2), Cothi (Years 3–4), Teifi (Years 5–6)",
   ids="wo-test-001 … wo-test-100",
   ex_swear='"Jiawl erioed", "Uffach o fore", "Cachu!"',
   ex_vulgar='*ffycin*',
   ex_fond='"Ein jiawled bach ni yn y Meithrin … 🥰"',
   ex_devil_name='(This half has no innocent *diawl*: I found no natural Carmarthenshire school post that needs one.)',
   ex_aimed='"Whare fel llo", "Pwy bynnag yw\'r llo a dorrodd ffenest y sied", "Rhyw ffŵl wedi rhoi\'r sgôr anghywir"',
   ex_cau='"Cau\'r clawr, cadw\'r pensil a chodi\'ch llaw"',
   ex_minced='Jiw jiw, Iesgob, Ych a fi',
   ex_masked='c*chu, u****n, f****r, sh*t, b****y',
   ex_grafu='\n* **"Cer i grafu" said to a storm** is clean: it is an idiom aimed at the weather, not at a person.',
   ex_idiom='*yr hen gnaf* for the caretaker, *bwrw cyllyll a ffyrc*, *wedi blino\'n dwll*, *bois bach*',
   ex_tease='the staff rugby team blaming a slippery ball, the deputy dressed as a dwarf in her own words, the head\'s dab',
   ex_poem='"Where is death\'s sting?", "Rage, rage against the dying of the light", "Er gwaetha pawb a phopeth"',
   ex_adults='staff, two councillors, a catering contractor, the caretaker'),
}
for half, h in HALF.items():
    posts = [json.loads(l) for l in open(os.path.join(ROOT, half, "posts.jsonl"), encoding="utf-8")]
    meta = {m["id"]: m for m in map(json.loads, open(os.path.join(HERE, f"{half}_meta.jsonl"), encoding="utf-8"))}
    n = len(posts); pos = sum(p["labels"]["offensive"] for p in posts)
    lang = collections.Counter(meta[p["id"]]["lang"] for p in posts)
    lpos = collections.Counter(meta[p["id"]]["lang"] for p in posts if p["labels"]["offensive"])
    fam = collections.Counter(meta[p["id"]]["family"] for p in posts)
    other = "test" if half == "dev" else "dev"
    L = ["SEALED: do not read if you work on the safepost engine", "",
         f"# Welsh offensive-language probe: {half} half", "",
         "Written by **Elen**, a Welsh-language editor from Blaenau Ffestiniog. For years I have tidied (and quietly deleted) "
         "drafts for small Welsh-medium schools' pages: a tired deputy's sarcasm at nine at night, a coach's jibes after a "
         "hiding, a volunteer's \"banter\". This set is made of posts like those, and of the innocent posts that sit closest to them.", "",
         f"A posts-only probe for the **`offensive`** label, set at {h['school']}. Everything is invented: the school, its "
         f"staff, its 20 pupils (none is named in any post), {h['places']}, and the councillors and contractors. Real places appear only "
         f"as places ({h['real']}). The Welsh is mostly {h['dialect']}. Class names: {h['classes']}. "
         f"The `{other}/` half is a different school in a different county and shares no sentences with this one.", "",
         f"Same format as the bench (`school.toml`, `roster.csv`, `staff.csv`, `posts.jsonl`); ids {h['ids']}. "
         "No `comments.jsonl` and no images.", "",
         "## Counts", "", "| file | count |", "|---|---|", "| roster.csv | 20 pupils |", "| staff.csv | 8 staff |",
         f"| posts.jsonl | {n} posts |", "", "| label | positive posts |", "|---|---|",
         f"| offensive | {pos} ({100*pos/n:.0f} %) |", "| live_location | 0 |", "| unsafe_link | 0 |",
         "| political_or_commercial | 0 |", "",
         f"Spans: 0 of every type. The {n-pos} posts with `offensive: false` are clean.", "",
         "| language | posts | of which offensive |", "|---|---|---|"]
    for k, name in (("cy", "Welsh"), ("mx", "mixed Welsh/English"), ("en", "English")):
        L.append(f"| {name} | {lang[k]} ({100*lang[k]/n:.0f} %) | {lpos[k]} |")
    L += ["", "| family | posts |", "|---|---|"]
    for k in FAM:
        L.append(f"| {'offensive' if not k.startswith('n-') else 'not offensive'}: {FAM[k]} | {fam[k]} |")
    L.append("")
    text = "\n".join(L) + "\n" + TEMPLATE.format(**{k: v for k, v in h.items() if k.startswith("ex_")})
    open(os.path.join(ROOT, half, "README.md"), "w", encoding="utf-8").write(text)
top = """SEALED: do not read if you work on the safepost engine

# Welsh offensive-language probe (posts only)

Written by Elen, a Welsh-language editor from Blaenau Ffestiniog. There are two complete halves, each about its own
invented school:

* `dev/`: Ysgol Gynradd Bryn Collen, Gwynedd. 120 posts, 54 offensive (45 %); 90 Welsh, 18 mixed, 12 English.
* `test/`: Ysgol Gynradd Cefn Brynach, Sir Gaerfyrddin. 100 posts, 45 offensive (45 %); 76 Welsh, 14 mixed, 10 English.

Only `offensive` is ever true, and there are no spans. The labelling decisions are in each half's README.md.
`src/` holds the hand-written post lists, the build script, the README generator and the validator.
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(top)
print("READMEs written")
