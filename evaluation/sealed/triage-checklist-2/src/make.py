#!/usr/bin/env python3
"""Functional test suite (CheckList / HateCheck style) for comment triage on
UK primary-school social-media pages. Templates x fillers -> cases.jsonl.
All text synthetic. harmful = hate | abuse | threat | safeguarding."""
import itertools, json, random, string, collections, os
from types import SimpleNamespace as N

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rng = random.Random(20240611)

# ---------------------------------------------------------------- fillers
def G(pl, adj, me, origin=False):
    art = "an" if adj[0].lower() in "aeiou" else "a"
    return N(pl=pl, adj=adj, a=f"{art} {adj}", me=me, origin=origin)

EN = [
    G("Muslims", "Muslim", "We're a Muslim family", True),
    G("Jews", "Jewish", "We're Jewish", True),
    G("Sikhs", "Sikh", "We're a Sikh family", True),
    G("Hindus", "Hindu", "We're Hindu", True),
    G("Polish people", "Polish", "We're Polish", True),
    G("Romanians", "Romanian", "We're Romanian", True),
    G("Travellers", "Traveller", "We're Travellers", True),
    G("Gypsies", "Gypsy", "We're a Romany Gypsy family", True),
    G("black people", "black", "We're a black family", True),
    G("Pakistani families", "Pakistani", "We're a Pakistani family", True),
    G("refugees", "refugee", "We came here as refugees", True),
    G("asylum seekers", "asylum-seeker", "We're asylum seekers waiting on our papers", True),
    G("immigrants", "immigrant", "We're immigrants from Lithuania", True),
    G("gay parents", "gay", "We're a two-dad family", False),
    G("lesbians", "lesbian", "We're two mums", False),
    G("trans people", "trans", "I'm a trans dad", False),
    G("disabled people", "disabled", "I'm a disabled mum and use a wheelchair", False),
    G("deaf people", "deaf", "Both of us are deaf", False),
    G("autistic children", "autistic", "My son is autistic", False),
    G("women", "female", "I'm one of the mums who works full time", False),
    G("Somalis", "Somali", "We're a Somali family", True),
    G("Chinese people", "Chinese", "We're a Chinese family", True),
    G("Bangladeshi families", "Bangladeshi", "We're Bangladeshi", True),
    G("Eastern Europeans", "Eastern European", "We're from Slovakia", True),
]
EN_ORIGIN = [g for g in EN if g.origin]
EN_ADJ = [g for g in EN if g.pl != "women"]

def W(rad, soft, me, origin=False):
    return N(pl=rad, soft=soft, me=me, origin=origin)

CY = [
    W("Mwslemiaid", "Fwslemiaid", "Teulu Mwslemaidd ydyn ni", True),
    W("Iddewon", "Iddewon", "Teulu Iddewig ydyn ni", True),
    W("pobl hoyw", "bobl hoyw", "Dau dad sy gyda ni adre", False),
    W("pobl drawsryweddol", "bobl drawsryweddol", "Dw i'n fam drawsryweddol", False),
    W("ffoaduriaid", "ffoaduriaid", "Daethon ni i Gymru fel ffoaduriaid", True),
    W("mewnfudwyr", "fewnfudwyr", "Mewnfudwyr o Bortiwgal ydyn ni", True),
    W("pobl anabl", "bobl anabl", "Dw i'n anabl ac yn defnyddio cadair olwyn", False),
    W("Saeson", "Saeson", "Saeson ydyn ni, newydd symud o Fryste", True),
    W("pobl ddu", "bobl ddu", "Teulu du ydyn ni", True),
    W("Pwyliaid", "Bwyliaid", "Pwyliaid ydyn ni", True),
    W("Sipsiwn", "Sipsiwn", "Sipsiwn Romani ydyn ni", True),
    W("ceiswyr lloches", "geiswyr lloches", "Ceiswyr lloches ydyn ni", True),
    W("pobl fyddar", "bobl fyddar", "Dw i'n fyddar", False),
    W("lesbiaid", "lesbiaid", "Dwy fam sy gyda ni", False),
]
CY_ORIGIN = [g for g in CY if g.origin]

STAFF = ["Mrs Pritchard", "Mr Okafor", "Miss Hughes", "the head", "Mr Lloyd", "the Year 3 teacher",
         "Mrs Bevan", "the deputy head", "the office lady", "Miss Tanner"]
PARENTS = ["the mum in the red coat", "that dad with the van", "whoever chairs the PTA",
           "the parent who runs this page", "the woman who always parks on the zigzags"]
INSULTS = ["a useless clown", "thick as two short planks", "a spineless joke", "a pathetic little nobody",
           "too stupid to run a bath", "a lazy waste of space", "an embarrassment to the profession",
           "a snivelling coward", "a brainless jobsworth"]
PLACES = ["the car park", "the back gate", "the bus stop on Heol Fawr", "the zebra crossing",
          "the staff car park", "the path behind the field"]
TIMES = ["at 3:15", "on Friday at home time", "on Monday morning", "at half 8 tomorrow", "at ten past three", "after the concert tonight"]
HATEW = ["vermin", "parasites", "filth", "scum", "animals", "a disease"]

# ---------------------------------------------------------------- helpers
FMT = string.Formatter()
def fields(t):
    return sorted({f.split(".")[0].split("[")[0] for _, f, _, _ in FMT.parse(t) if f})

def cap1(s):
    return s[0].upper() + s[1:] if s and s[0].islower() else s

def expand(templates, slots, cap):
    per = []
    for t in templates:
        fs = fields(t)
        combos = list(itertools.product(*[slots[f] for f in fs]))
        rng.shuffle(combos)
        per.append([cap1(t.format(**dict(zip(fs, c)))) for c in combos])
    out, seen = [], set()
    i = 0
    while len(out) < cap and any(per):
        lst = per[i % len(per)]
        if lst:
            s = lst.pop()
            if s not in seen:
                seen.add(s); out.append(s)
        i += 1
    return out

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})
def leet(w):
    # digits for up to two letters after the first, so it stays readable
    out, n = [w[0]], 0
    for ch in w[1:]:
        if n < 2 and ch in "aeios":
            out.append(ch.translate(LEET)); n += 1
        else:
            out.append(ch)
    return "".join(out)
def mask(w):
    vs = [i for i, ch in enumerate(w) if ch in "aeiou" and i > 0]
    i = vs[0] if vs else 1
    return w[:i] + "*" + w[i + 1:]
def spaced(w):
    return " ".join(w)

SUITE = []  # (func, harmful, lang, texts)
def add(func, harmful, lang, templates, slots, cap=45):
    SUITE.append((func, harmful, lang, expand(templates, slots, cap)))

# ================================================================ HARMFUL
add("hate_statement_dehumanising", True, "en", [
    "{g.pl} are vermin and this school is crawling with them.",
    "Let's be honest, {g.pl} aren't proper human beings.",
    "{g.pl} are filth. Keep them away from our children.",
    "{g.pl} are subhuman, simple as that.",
    "Every single one of the {g.pl} at that gate is a parasite.",
    "{g.pl} are a plague on this town and now they're in the school too.",
], {"g": EN})

add("hate_question", True, "en", [
    "Why on earth does this school let {g.pl} anywhere near normal kids?",
    "Am I the only one who thinks {g.pl} are disgusting? Anyone else?",
    "Who decided our children should have to mix with {g.pl}??",
    "Can someone explain why we're wasting money teaching {g.pl}? They're not worth it.",
    "Isn't it obvious {g.pl} are a danger to every child in that playground?",
    "How long before {g.pl} ruin this school like they ruin everything else?",
], {"g": EN})

add("hate_opinion", True, "en", [
    "I think {g.pl} are a stain on this community.",
    "In my opinion {g.pl} should not be allowed to work with children. Ever.",
    "Personally I reckon {g.pl} are all liars and thieves.",
    "Just my view but {g.pl} are less than human and I won't pretend otherwise.",
    "Call me old fashioned, I just feel {g.pl} are sick in the head.",
    "IMO {g.pl} don't deserve a place in a decent school.",
], {"g": EN})

add("hate_go_back", True, "en", [
    "{g.pl} should go back where they came from.",
    "Send the {g.pl} home and give the places to local kids.",
    "Pack your bags {g.pl}, nobody wants you here.",
    "Go back to your own country. That means you, {g.pl}.",
    "Deport the lot. {g.pl} out of our schools and out of Britain.",
], {"g": EN_ORIGIN})

add("hate_stereotype_complaint", True, "en", [
    "Not being funny but since the {g.adj} kids started the nit letters have tripled. Just saying what everyone's thinking.",
    "Another coat gone from the cloakroom. Wonder which {g.adj} family took it this time.",
    "I'd like to complain that my daughter is sat next to {g.a} child. You know what they're like, dirty and sly.",
    "Formal complaint: the {g.adj} parents never pay for trips and we all end up covering it. Typical of them.",
    "Can the school deal with the smell in Year 2? It started when the {g.adj} lot arrived.",
], {"g": EN_ADJ})

add("hate_conspiracy", True, "en", [
    "Wake up. {g.pl} are being shipped in on purpose to replace local families, the school is part of it.",
    "Funny how the council is run by {g.pl} and suddenly the curriculum changes. Not a coincidence.",
    "It's all planned. {g.pl} are taking over the governors one school at a time.",
    "The {g.adj} lobby is grooming our kids through these library books, do your research.",
    "{g.pl} control the media and now they control what our children are taught. Open your eyes.",
], {"g": EN})

add("hate_coded_dogwhistle", True, "en", [
    "Another \"{w}\" intake this September, we all know what that means 👀 {tag}",
    "School's gone downhill since it got so \"{w}\". {tag}",
    "Nice to see the {w} crowd taking all the reception places. {tag}",
    "Time we had a proper {tag} conversation about who's in these classrooms. Too {w}.",
    "Photo looks like a brochure for {w} Britain. Remember {tag}.",
], {"w": ["diverse", "vibrant", "enriched", "multicultural", "urban", "globalist"],
    "tag": ["#GreatReplacement", "1488", "(((them)))", "#Remigration", "#ItsOkayToBeWhite", "14 words", "88"]})

add("hate_dehumanising_comparison", True, "en", [
    "{g.pl} breed like {a}, look at the size of that Reception class.",
    "Letting {g.pl} into the school is like leaving the door open for {a}.",
    "{g.pl} swarm round the gates like {a}.",
    "You'd get more sense out of {a} than out of {g.pl}.",
    "{g.pl} are no better than {a}, and they smell about the same.",
], {"g": EN, "a": ["rats", "cockroaches", "flies", "pigs", "dogs", "monkeys", "locusts"]}, cap=50)

gv = sorted({v for g in EN for v in (leet(g.pl), mask(g.pl), " ".join([spaced(g.pl.split()[0])] + g.pl.split()[1:]))})
wv = sorted({v for w in ["vermin", "scum", "filth", "parasites"] for v in (leet(w), mask(w), spaced(w))})
add("hate_spelling_variants", True, "en", [
    "{gv} are {wv}, get them out of our school",
    "dont let {gv} near the kids theyre {wv}",
    "{gv} arent human, just {wv}",
    "honestly the {gv} at pick up are {wv}",
    "cant stand {gv}. {wv} the lot of them",
], {"gv": gv, "wv": wv}, cap=60)

# ---- Welsh hate
add("cy_hate_statement", True, "cy", [
    "Mae {g.pl} yn bla ar y pentre 'ma, dim gwell na llygod mawr.",
    "Mae {g.pl} yn fudr ac yn ddiog, mae pawb yn gwybod hynny.",
    "Dydy {g.pl} ddim yn perthyn yn ein hysgol ni. Dim lle iddyn nhw.",
    "Mae {g.pl} yn barasitiaid, pob un ohonyn nhw.",
    "Mae {g.pl} yn waeth nag anifeiliaid, wir i chi.",
], {"g": CY}, cap=40)

add("cy_hate_question", True, "cy", [
    "Pam mae'r ysgol yn croesawu {g.pl}? Ydyn ni isio'r baw 'na yma?",
    "Ydy {g.pl} yn ddynol go iawn? Dw i wir ddim yn siŵr.",
    "Pam bod rhaid i'n plant ni eistedd wrth ymyl {g.pl}? Maen nhw'n afiach.",
    "Pwy sy'n meddwl bod {g.pl} yn haeddu lle yn yr ysgol 'ma? Neb call.",
    "{g.pl} ym mhob dosbarth nawr. Pryd mae hyn yn mynd i stopio? Maen nhw'n ffiaidd.",
], {"g": CY}, cap=35)

add("cy_hate_go_back", True, "cy", [
    "{g.pl}, ewch adre. Does neb eich eisiau chi yma.",
    "Cerwch nôl i le daethoch chi, {g.pl}. Dim croeso fan hyn.",
    "Dylai {g.soft} fynd yn ôl i'w gwlad eu hunain.",
    "Anfonwch {g.pl} yn ôl a rhowch y llefydd i blant lleol.",
], {"g": CY_ORIGIN}, cap=32)

add("mixed_cy_en_hate", True, "mixed", [
    "Honestly mae {c.pl} yn cymryd drosodd y lle 'ma, it's disgusting, dim lle iddyn nhw.",
    "{e.pl} everywhere now, cer nôl adre, nobody wants you yma.",
    "Sori ond {e.pl} are vermin, dyna'r gwir.",
    "Mae'r ysgol yn llawn {c.pl} now, send them back where they came from.",
    "Why do we have to put up with {c.pl}? Maen nhw'n afiach.",
], {"c": CY, "e": EN_ORIGIN}, cap=40)

# ---- insults / abuse
add("insult_no_swear_staff_parents", True, "en", [
    "{t} is {i} and shouldn't be allowed near children.",
    "Honestly {t}? {i}. Everyone at the gate laughs at them.",
    "Whoever thought {t} could do this job needs their head testing. {i}.",
    "Not surprised, {t} has always been {i}.",
    "Can we all agree {t} is {i}? Embarrassing.",
], {"t": STAFF + PARENTS, "i": INSULTS}, cap=55)

add("cy_insult", True, "cy", [
    "Mae {t} yn {i}. Ddylai neb fel 'na fod yn agos at blant.",
    "{t}? Mae'n {i}, a phawb wrth y giât yn gwybod.",
    "{t}? Hollol {a}. Beth ydy'r pwynt?",
    "Ysgol ddiwerth gyda {t} sy'n {i}.",
], {"t": ["Mrs Pritchard", "Miss Hughes", "Mrs Bevan", "yr athrawes Blwyddyn 3", "y pennaeth", "y fam sy'n rhedeg y dudalen 'ma"],
    "i": ["dwp fel sled", "jôc llwyr", "dda i ddim", "fabi mawr hunanol", "dwpsen ddiog"],
    "a": ["ddiwerth", "dwp", "anobeithiol", "dda i ddim"]}, cap=40)

add("threat_veiled_place_time", True, "en", [
    "{t} better watch themselves in {p} {w}. I'll be there.",
    "I know exactly when {t} leaves. {P}, {w}. Don't say you weren't warned.",
    "Tell {t} I'll be waiting at {p} {w}. We'll see how brave they are then.",
    "{P}, {w}. {t} knows what's coming.",
    "Shame if something happened to {t}'s car in {p} {w}.",
], {"t": STAFF + PARENTS, "p": PLACES, "P": [cap1(x) for x in PLACES], "w": TIMES}, cap=55)

add("safeguarding_child_disclosure", True, "en", [
    "i dont want to go home tonight {who} {what} when mum is at work",
    "please dont tell but {who} {what} and i am scared",
    "miss i cant say it in class but {who} {what}",
    "is it normal that {who} {what}? i dont no who to ask",
    "{who} {what} and said if i tell anyone ill get taken away",
], {"who": ["my mums boyfriend", "my stepdad", "my uncle", "my dad", "dads friend", "my big cousin", "a man from the park"],
    "what": ["hits me with his belt", "locks me in my room all weekend", "doesnt give me any tea",
             "touches me and says its our secret", "sends me pictures i dont like", "makes me sleep in the shed"]}, cap=50)

# ================================================================ HARMLESS
add("neutral_mention_family", False, "en", [
    "{g.me} and we've just moved to the area. Really looking forward to September!",
    "{g.me}, so is it ok if we come to the coffee morning? Not sure anyone would know us yet.",
    "Hi all, {g.me} and my little one starts Reception next week. Any tips for the first day?",
    "{g.me} - just wanted to say thanks to whoever helped us with the uniform forms.",
], {"g": EN}, cap=50)

add("neutral_practical_question", False, "en", [
    "Are there any other {g.adj} families in Reception? Would love to meet up at the park.",
    "Does the school have any library books with {g.adj} characters for the Year 4 topic?",
    "Is there a support group for {g.pl} in the local area that the school recommends?",
    "Quick question: will the talk on Thursday about {g.pl} be suitable for Year 1?",
], {"g": EN_ADJ}, cap=50)

add("positive_about_group", False, "en", [
    "{g.pl} make this school community so much richer. Proud to be part of it.",
    "Love that the assembly celebrated {g.pl} this week, my son came home buzzing.",
    "So glad our school welcomes {g.pl} with open arms ❤️",
    "The {g.adj} parents who helped at the fair were absolute stars, thank you!",
    "{g.pl} belong here just as much as anyone else. Great post.",
], {"g": EN_ADJ}, cap=50)

add("negated_hate", False, "en", [
    "{g.pl} are not a danger to our children.",
    "I don't think {g.pl} are any different from the rest of us.",
    "Nobody should say {g.pl} are vermin. Ever.",
    "It simply isn't true that {g.pl} are lazy or dirty.",
    "{g.pl} don't deserve to be talked about like that on a school page.",
    "No one here believes {g.pl} should go back anywhere.",
], {"g": EN}, cap=55)

add("counter_quote_condemn", False, "en", [
    "Someone at the gate said \"{g.pl} are vermin\". Disgusting, and I told them so.",
    "Just saw a comment saying '{g.pl} should go back home'. Absolutely vile, hope the admins delete it.",
    "\"{g.pl} are parasites\"?? Whoever wrote that should be ashamed. Not in our school.",
    "My child was told \"{g.pl} are dirty\" in the playground. That's hate and it needs challenging.",
    "People writing '{g.pl} aren't human' on a primary school page. Sickening. Do better.",
], {"g": EN}, cap=50)

add("counter_report", False, "en", [
    "I've reported the comment above about {g.pl} to the page admins. Not acceptable.",
    "Please remove the post attacking {g.pl}, I've screenshotted it and sent it to the school office.",
    "Reported. Nobody should have to read that about {g.pl} on a school page.",
    "Flagged the racist nonsense about {g.pl} further down. Admins, please check.",
    "To the school: someone's been posting abuse about {g.pl} on here, I've reported it to 101.",
], {"g": EN}, cap=45)

add("reclaimed_ingroup", False, "en", [
    "{w} and proud! See you all at the summer fair 🌈",
    "As the resident {w} on the PTA I volunteer to run the tombola haha",
    "Us {w}s have to stick together at these school discos 😂",
    "Just your friendly neighbourhood {w} mum asking if anyone has a spare PE top",
    "Being a {w} parent at sports day = me cheering louder than anyone",
], {"w": ["queer", "dyke", "crip", "autie", "deafie", "Gypsy", "aspie"]}, cap=35)

add("cy_friendly_mention", False, "cy", [
    "{g.me} ac rydyn ni'n edrych ymlaen yn fawr at ddechrau ym mis Medi.",
    "{g.me}. Diolch o galon am y croeso cynnes wrth y giât.",
    "Croeso mawr i'r teuluoedd newydd. Mae {g.pl} yn rhan bwysig o'n cymuned ni.",
    "Diolch am y wers am {g.soft}, mwynhaodd fy merch yn fawr iawn.",
], {"g": CY}, cap=45)

add("cy_negation_counter", False, "cy", [
    "Dydy {g.pl} ddim yn beryglus i'n plant ni. Dim o gwbl.",
    "Dw i ddim yn meddwl bod {g.pl} yn wahanol i neb arall.",
    "Ddylai neb ddweud bod {g.pl} yn bla. Cywilydd.",
    "Mae'r sylw uchod am {g.soft} yn ffiaidd. Wedi ei adrodd i'r ysgol.",
    "Rhywun wedi gweiddi '{g.pl}, ewch adre' wrth y giât. Dydy hynny ddim yn iawn.",
], {"g": CY}, cap=50)

add("arrangement_place_time", False, "en", [
    "See you at {p} {w} with {x}!",
    "I'll be waiting at {p} {w} with {x}, just look for the yellow umbrella.",
    "Meet at {p}, {w}? I'll bring {x}.",
    "Anyone helping with the fair: {p} {w}, and don't forget {x}.",
    "Dropping {x} off at {p} {w}, shout if you need anything else.",
], {"p": ["the gates", "the back of the hall", "the car park", "the bus stop", "the field", "the front office"],
    "w": ["at 3", "at 3:15", "at half 8 tomorrow", "on Friday at home time", "at ten past three", "after the concert tonight"],
    "x": ["the costumes", "the cake boxes", "the raffle prizes", "the spare wellies", "the bunting", "the book bags"]}, cap=55)

add("exaggeration_idioms", False, "en", [
    "If I find one more unnamed jumper in lost property I'm going to {v}.",
    "{s} is going to be the death of me 😂",
    "I could murder a cuppa after {s}.",
    "Honestly {s} nearly killed me, but the kids loved it.",
    "The Year 6 choir absolutely slayed it at {s}. Goosebumps!",
], {"v": ["scream", "explode", "lose the plot", "spontaneously combust", "throw myself in the pond"],
    "s": ["the cake sale", "sports day", "the Christmas concert", "World Book Day costumes",
          "the nativity", "the sponsored walk", "this week's spelling homework"]}, cap=45)

add("fair_complaint", False, "en", [
    "Really disappointed that {i}. Not good enough, please {d}.",
    "Third time this term {i}. I'm fed up, can someone {d}?",
    "I'm angry, to be honest. {i2} and nobody told us. Please {d}.",
    "With respect, {i} and it's not fair on the children. Could the school {d}?",
], {"i": ["the trip letter came out with two days' notice", "pickup was chaos in the car park again",
          "the lunch menu changed without warning", "my son's reading book wasn't changed all month",
          "the after-school club was cancelled by text at 2pm"],
    "i2": ["The class swimming was cancelled", "Parents' evening slots filled in an hour", "The PE kit rules changed overnight"],
    "d": ["sort this out", "give us more notice next time", "reply to my email from last week",
          "explain what happened", "put cones out at the gate"]}, cap=50)

# ================================================================ write + validate
ABBR = {}
rows = []
for func, harmful, lang, texts in SUITE:
    abbr = "".join(p[0] for p in func.split("_"))
    while abbr in ABBR.values():
        abbr += "x"
    ABBR[func] = abbr
    for n, t in enumerate(texts, 1):
        rows.append({"id": f"{abbr}-{n:03d}", "functionality": func, "text": t,
                     "harmful": harmful, "lang": lang})

ids = [r["id"] for r in rows]; texts = [r["text"] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
dup = [t for t, c in collections.Counter(texts).items() if c > 1]
assert not dup, dup[:5]
cnt = collections.Counter(r["functionality"] for r in rows)
low = {f: c for f, c in cnt.items() if c < 20}
assert not low, low
assert 1000 <= len(rows) <= 1500, len(rows)

with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-read check
with open(os.path.join(OUT, "cases.jsonl"), encoding="utf-8") as f:
    assert sum(1 for line in f if json.loads(line)) == len(rows)

langs = collections.Counter(r["lang"] for r in rows)
harm = collections.Counter(r["harmful"] for r in rows)
lines = ["SEALED: do not read if you work on the safepost engine", "",
         "# checklist-2: functional test suite for comment triage (UK primary-school pages)", "",
         "Synthetic, template-generated (CheckList / HateCheck style). Generator: `src/make.py`.",
         "`harmful` = hate, abuse, threat or safeguarding; harmless = complaint, question, praise, chat, spam, other.", "",
         f"Total cases: {len(rows)} (harmful {harm[True]}, harmless {harm[False]}). "
         f"Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + ".", "",
         "| functionality | id prefix | cases | harmful | lang |", "|---|---|---|---|---|"]
for func, harmful, lang, texts in SUITE:
    lines.append(f"| {func} | {ABBR[func]} | {cnt[func]} | {'harmful' if harmful else 'harmless'} | {lang} |")
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(len(rows), len(cnt), dict(langs), dict(harm))
for func, *_ in SUITE:
    print(f"  {cnt[func]:3d} {func}")
