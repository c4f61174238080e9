"""Build posts.jsonl and comments.jsonl from the marked-up sources in src/.

Markup: [[visible text|TAG]] where TAG is P:SH0001 (pupil on roster), X (child not on roster),
phone, email, addr, dob. Post headers: '=== FLAGS' (O offensive, L live_location, U unsafe_link,
C political_or_commercial). Image lines: '@img filename | alt'. Comment headers: '--- role category'.
"""
import csv, json, pathlib, re, sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
ROSTER = {r["pupil_id"]: r for r in csv.DictReader(open(OUT / "roster.csv", encoding="utf-8"))}
MARK = re.compile(r"\[\[(.+?)\|(P:SH\d{4}|X|phone|email|addr|dob)\]\]")
TYPES = {"phone": "phone-number", "email": "email-address", "addr": "home-address", "dob": "date-of-birth"}
FLAGS = {"O": "offensive", "L": "live_location", "U": "unsafe_link", "C": "political_or_commercial"}
CATS = ["safeguarding", "threat", "hate", "abuse", "complaint", "question", "spam", "praise", "other"]
ROLES = {"parent", "public", "pupil", "unknown"}


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(s) for s in out)
        vis, tag = m.group(1), m.group(2)
        out.append(vis)
        end = start + len(vis)
        if tag.startswith("P:"):
            pid = tag[2:]
            if pid not in ROSTER:
                sys.exit(f"unknown pupil {pid}")
            spans.append({"start": start, "end": end, "type": "pupil-name", "pupil_id": pid, "on_roster": True, "text": vis})
        elif tag == "X":
            spans.append({"start": start, "end": end, "type": "pupil-name", "pupil_id": None, "on_roster": False, "text": vis})
        else:
            spans.append({"start": start, "end": end, "type": TYPES[tag], "pupil_id": None, "on_roster": None, "text": vis})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"stray markup: {text!r}")
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    return text, spans


def blocks(path, head):
    cur = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(head):
            if cur:
                yield cur
            cur = [line[len(head):].strip(), []]
        elif cur is not None:
            cur[1].append(line)
        elif line.strip() and not line.startswith("#"):
            sys.exit(f"text before first header: {line!r}")
    if cur:
        yield cur


def build_posts():
    posts = []
    for flags, lines in blocks(HERE / "posts.txt", "==="):
        body, imgs = [], []
        for ln in lines:
            if ln.startswith("@img "):
                fn, alt = ln[5:].split(" | ", 1)
                imgs.append((fn.strip(), alt.strip()))
            else:
                body.append(ln)
        marked = "\n".join(body).strip()
        text, spans = parse(marked)
        images, ispans = [], []
        for i, (fn, alt) in enumerate(imgs):
            f_text, f_spans = parse(fn)
            a_text, a_spans = parse(alt)
            images.append({"filename": f_text, "alt": a_text})
            for field, sp in (("filename", f_spans), ("alt", a_spans)):
                for s in sp:
                    ispans.append({"image": i, "field": field, **s})
        for ch in flags.replace(" ", ""):
            if ch not in FLAGS:
                sys.exit(f"bad flag {ch} in {text[:40]}")
        labels = {v: (k in flags) for k, v in FLAGS.items()}
        posts.append({"id": f"sha-p-{len(posts)+1:03d}", "text": text, "images": images,
                      "labels": labels, "spans": spans, "image_spans": ispans})
    return posts


def build_comments():
    comments = []
    for head, lines in blocks(HERE / "comments.txt", "---"):
        role, cat = head.split()
        assert role in ROLES, head
        assert cat in CATS, head
        text, spans = parse("\n".join(lines).strip())
        comments.append({"id": f"sha-c-{len(comments)+1:03d}", "text": text, "author_role": role,
                         "category": cat, "spans": spans})
    return comments


def write(name, rows):
    with open(OUT / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def stats(posts, comments):
    st = Counter()
    for p in posts:
        problem = bool(p["spans"] or p["image_spans"] or any(p["labels"].values()))
        st["posts"] += 1
        st["posts_problem"] += problem
        st["posts_with_images"] += bool(p["images"])
        st["images"] += len(p["images"])
        for k, v in p["labels"].items():
            st["label:" + k] += v
        types = Counter(s["type"] for s in p["spans"])
        for t, n in types.items():
            st["span:" + t] += n
            st["posts_with:" + t] += 1
        st["offroster_post_spans"] += sum(1 for s in p["spans"] if s["type"] == "pupil-name" and not s["on_roster"])
        st["image_spans"] += len(p["image_spans"])
        st["posts_with_image_spans"] += bool(p["image_spans"])
    for c in comments:
        st["comments"] += 1
        st["cat:" + c["category"]] += 1
        st["role:" + c["author_role"]] += 1
        for s in c["spans"]:
            st["cspan:" + s["type"]] += 1
    return st


if __name__ == "__main__":
    posts = build_posts()
    write("posts.jsonl", posts)
    comments = build_comments() if (HERE / "comments.txt").exists() else []
    if comments:
        write("comments.jsonl", comments)
    texts = [p["text"] for p in posts] + [c["text"] for c in comments]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    if dup:
        print("DUPLICATE TEXTS:", dup)
    for k, v in sorted(stats(posts, comments).items()):
        print(f"{k:40s} {v}")
