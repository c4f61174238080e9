"""Build the sealed bench directory for wrexham-bilingual. Run: python3 src/build.py"""
import csv, json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from people import build_roster, STAFF, SCHOOL_TOML
from posts_src import POSTS
from comments_src import COMMENTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\[\[(p|x|ph|em|ad|dob)(?::(\w+))?\|(.*?)\]\]")
TYPES = {"p": "pupil-name", "x": "pupil-name", "ph": "phone-number", "em": "email-address",
         "ad": "home-address", "dob": "date-of-birth"}
roster, KEY = build_roster()


def parse(s):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        start = sum(len(x) for x in out)
        kind, key, txt = m.groups()
        out.append(txt)
        sp = {"start": start, "end": start + len(txt), "type": TYPES[kind]}
        if kind == "p":
            sp.update(pupil_id=KEY[key], on_roster=True)
        elif kind == "x":
            sp.update(pupil_id=None, on_roster=False)
        else:
            sp.update(pupil_id=None, on_roster=None)
        sp["text"] = txt
        spans.append(sp)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    for sp in spans:
        assert text[sp["start"]:sp["end"]] == sp["text"], sp
    assert "[[" not in text and "]]" not in text, text
    return text, spans


def main():
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                    "consent_social_media", "consent_website"])
        w.writerows(roster)
    with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, s in enumerate(STAFF, 1):
            w.writerow([f"MWS{i:02d}", *s])
    open(os.path.join(OUT, "school.toml"), "w", encoding="utf-8").write(SCHOOL_TOML)

    posts, meta = [], []
    for i, (voice, lang, labs, raw, imgs) in enumerate(POSTS, 1):
        text, spans = parse(raw)
        images, ispans = [], []
        for j, (fn, alt) in enumerate(imgs):
            fn2, s1 = parse(fn)
            alt2, s2 = parse(alt)
            images.append({"filename": fn2, "alt": alt2})
            for field, ss in (("filename", s1), ("alt", s2)):
                for sp in ss:
                    ispans.append({"image": j, "field": field, **sp})
        labels = {"offensive": "O" in labs, "live_location": "L" in labs, "unsafe_link": "U" in labs,
                  "political_or_commercial": "C" in labs}
        pid = f"post-{i:03d}"
        posts.append({"id": pid, "text": text, "images": images, "labels": labels, "spans": spans,
                      "image_spans": ispans})
        meta.append({"id": pid, "voice": voice, "lang": lang})
    comments = []
    for i, (cat, role, lang, raw) in enumerate(COMMENTS, 1):
        text, spans = parse(raw)
        comments.append({"id": f"comment-{i:03d}", "text": text, "author_role": role, "category": cat,
                         "spans": spans})
        meta.append({"id": f"comment-{i:03d}", "lang": lang})
    for name, rows in (("posts.jsonl", posts), ("comments.jsonl", comments)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "src", "meta.jsonl"), "w", encoding="utf-8") as f:
        for r in meta:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    readme(posts, comments, meta)


def validate():
    ids = set()
    for name in ("posts.jsonl", "comments.jsonl"):
        for line in open(os.path.join(OUT, name), encoding="utf-8"):
            r = json.loads(line)
            assert r["id"] not in ids
            ids.add(r["id"])
            for sp in r["spans"]:
                assert r["text"][sp["start"]:sp["end"]] == sp["text"]
            for sp in r.get("image_spans", []):
                img = r["images"][sp["image"]]
                assert img[sp["field"]][sp["start"]:sp["end"]] == sp["text"]
    pids = {r[0] for r in roster}
    for line in open(os.path.join(OUT, "posts.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for sp in r["spans"] + r["image_spans"]:
            if sp["on_roster"]:
                assert sp["pupil_id"] in pids
    print("valid:", len(ids), "records")


def readme(posts, comments, meta):
    lang = Counter(m["lang"] for m in meta if m["id"].startswith("post"))
    clang = Counter(m["lang"] for m in meta if m["id"].startswith("comment"))
    voice = Counter(m["voice"] for m in meta if "voice" in m)
    problem = sum(1 for p in posts if p["spans"] or p["image_spans"] or any(p["labels"].values()))
    st = Counter(); sp_posts = Counter()
    for p in posts:
        for s in p["spans"]:
            st[s["type"]] += 1
        for t in {s["type"] for s in p["spans"]}:
            sp_posts[t] += 1
    off = sum(1 for p in posts for s in p["spans"] if s["type"] == "pupil-name" and not s["on_roster"])
    ims = sum(len(p["image_spans"]) for p in posts)
    imp = sum(1 for p in posts if p["image_spans"])
    withimg = sum(1 for p in posts if p["images"])
    lab = Counter(k for p in posts for k, v in p["labels"].items() if v)
    cat = Counter(c["category"] for c in comments)
    role = Counter(c["author_role"] for c in comments)
    cst = Counter(s["type"] for c in comments for s in c["spans"])
    nocons = sum(1 for r in roster if r[6] == "no")
    L = ["SEALED: do not read if you work on the safepost engine", "",
         "# wrexham-bilingual: Maes y Wennol Community Primary School (Ysgol Gynradd Gymunedol Maes y Wennol)", "",
         "Invented bilingual dual-stream primary (Welsh-medium and English-medium classes in each year) on the edge of "
         "Wrexham (Wrecsam). Everything is synthetic; phones use Ofcom drama ranges (01632 960xxx, 07700 900xxx).", "",
         "## Personas", "",
         "* posts: `office` Bev Roberts, office manager (busy, warm, careless with names, her own mobile and email); "
         "`deputy` Mr Gareth Hughes-Jones, deputy head running sport and trips (live venues, results, banter that "
         "sometimes tips into mockery); `pta` Lisa, PTA chair posting via the school account (side businesses, raffles, "
         "links, her own address); `head` Mrs Nia Pritchard (a few posts).",
         "* comments: parents and grandparents (incl. Polish, Portuguese, Filipino families), the public, pupils, "
         "fake accounts, a few trolls.", "",
         f"Post voices: {dict(voice)}", "", "## Counts", "",
         "| file | count |", "|---|---|",
         f"| roster.csv | {len(roster)} pupils ({nocons} without social-media consent) |",
         f"| staff.csv | {len(STAFF)} staff |",
         f"| posts.jsonl | {len(posts)} posts: {problem} with at least one problem, {len(posts)-problem} clean |",
         f"| comments.jsonl | {len(comments)} comments |", "",
         "Post spans (text):", "", "| type | spans | posts containing |", "|---|---|---|"]
    for t in ["pupil-name", "phone-number", "email-address", "home-address", "date-of-birth"]:
        L.append(f"| {t} | {st[t]} | {sp_posts[t]} |")
    L += ["", f"{off} pupil-name spans in post text are children not on the roster. {ims} further pupil-name spans "
          f"are in image file names or alt text ({imp} posts; {withimg} posts have images).", "",
          "| label | positive posts |", "|---|---|"]
    for k in ["offensive", "live_location", "unsafe_link", "political_or_commercial"]:
        L.append(f"| {k} | {lab[k]} |")
    L += ["", "| category | comments |", "|---|---|"]
    for k in ["safeguarding", "threat", "hate", "abuse", "complaint", "question", "praise", "spam", "other"]:
        L.append(f"| {k} | {cat[k]} |")
    L += ["", f"Comment authors: {dict(role)}", f"Spans in comments: {dict(cst)}", "",
          "## Language mix", "",
          f"* posts: {dict(lang)} (Welsh or bilingual: {lang['cy']+lang['mixed']} of {len(posts)}, "
          f"{100*(lang['cy']+lang['mixed'])//len(posts)} %)",
          f"* comments: {dict(clang)}", "",
          "## Families (hard cases)", "",
          "* names that are words: Summer/summer term, Hope/hope, Rose/rose garden, Seren/`Seren yr Wythnos`, "
          "Haf/`tymor yr haf`, Eira/`diwrnod eira`, Gwawr/`gwawr newydd`, Brook/the brook, Joy/joy, Faith, Tegan/"
          "`tegan` (toy), Mali the country, Rowan class vs pupil Rowan, staff Miss Haf Llywelyn and Mrs Seren Ashworth;",
          "* Welsh mutated names: Gerys (Cerys), Thomos (Tomos), Wion (Gwion), Fethan (Bethan), Ddewi, Facsen, Degan "
          "(Tegan), Wawr (Gwawr);",
          "* names in hashtags, possessives, initials (`Faith W.`, `Summer K`), caps/lower case, nicknames not on the "
          "roster (`Oli`), image file names and alt text;",
          "* phone in words, obfuscated email, official numbers/emails and helplines as negatives; home address as "
          "house name, as postcode only; DOB of an adult on a found licence;",
          "* live: trip now, match venue+time, weekly swimming/forest school, concert at a church; negatives: trips "
          "reported afterwards, on-site events, visitors, 'next summer';",
          "* comments: hate without slurs (go-back, stereotypes, coded), abuse without swearing, veiled threats, "
          "pupil disclosures, adults seeking images; fairness complaint about Eid/Welsh as complaint.", ""]
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(L))


if __name__ == "__main__":
    main()
    validate()
