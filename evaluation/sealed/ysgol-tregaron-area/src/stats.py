import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
posts = [json.loads(l) for l in open(os.path.join(ROOT, "posts.jsonl"), encoding="utf-8")]
langs = json.load(open(os.path.join(HERE, "post_langs.json")))
sc = collections.Counter(); pc = collections.Counter(); lab = collections.Counter()
prob = 0; offr = 0; img_posts = 0; img_name_posts = 0; ispan = 0
for p in posts:
    for s in p["spans"]:
        sc[s["type"]] += 1
        if s["type"] == "pupil-name" and not s["on_roster"]: offr += 1
    for t in {s["type"] for s in p["spans"]}: pc[t] += 1
    for k, v in p["labels"].items():
        if v: lab[k] += 1
    if p["spans"] or p["image_spans"] or any(p["labels"].values()): prob += 1
    if p["images"]: img_posts += 1
    if p["image_spans"]: img_name_posts += 1; ispan += len(p["image_spans"])
print("posts", len(posts), "problem", prob, "clean", len(posts) - prob)
for t in sc: print(f"  {t}: spans {sc[t]} posts {pc[t]}")
print("  off-roster pupil spans", offr, "| image posts", img_posts, "with names", img_name_posts, "image spans", ispan)
print("  labels", dict(lab))
print("  langs", collections.Counter(langs.values()))
p = os.path.join(ROOT, "comments.jsonl")
if os.path.exists(p):
    cs = [json.loads(l) for l in open(p, encoding="utf-8")]
    print("comments", len(cs), collections.Counter(c["category"] for c in cs))
    print("  roles", collections.Counter(c["author_role"] for c in cs))
    print("  spans", collections.Counter(s["type"] for c in cs for s in c["spans"]))
    cl = json.load(open(os.path.join(HERE, "comment_langs.json")))
    print("  langs", collections.Counter(cl.values()))
