import json, csv, collections, os
D = os.path.join(os.path.dirname(__file__), "..", "test")
roster = {r["pupil_id"]: r for r in csv.DictReader(open(f"{D}/roster.csv"))}
CATS = {"abuse","threat","hate","safeguarding","complaint","question","praise","spam","other"}
P = [json.loads(l) for l in open(f"{D}/posts.jsonl")]
C = [json.loads(l) for l in open(f"{D}/comments.jsonl")]
prob = 0; lab = collections.Counter(); st = collections.Counter(); sp_posts = collections.Counter(); img = collections.Counter()
offr = 0
for p in P:
    assert all(isinstance(v, bool) for v in p["labels"].values())
    for s in p["spans"]:
        assert p["text"][s["start"]:s["end"]] == s["text"]
        if s["pupil_id"]: assert s["pupil_id"] in roster
        if s["type"] == "pupil-name" and not s["on_roster"]: offr += 1
    for s in p["image_spans"]:
        assert p["images"][s["image"]][s["field"]][s["start"]:s["end"]] == s["text"]
        if s["pupil_id"]: assert s["pupil_id"] in roster
        img[s["field"]] += 1
    bad = any(p["labels"].values()) or p["spans"] or p["image_spans"]
    prob += bool(bad)
    for k, v in p["labels"].items(): lab[k] += v
    for s in p["spans"]: st[s["type"]] += 1
    for t in {s["type"] for s in p["spans"]}: sp_posts[t] += 1
print("posts", len(P), "problem", prob, f"{prob/len(P):.0%}", "clean", len(P)-prob)
print("labels", dict(lab)); print("post spans", dict(st)); print("posts containing", dict(sp_posts))
print("off-roster pupil spans", offr, "image spans", dict(img), "posts w/ images", sum(1 for p in P if p["images"]),
      "posts w/ image spans", sum(1 for p in P if p["image_spans"]))
cc = collections.Counter(c["category"] for c in C); assert set(cc) <= CATS
rc = collections.Counter(c["author_role"] for c in C); cs = collections.Counter()
for c in C:
    for s in c["spans"]:
        assert c["text"][s["start"]:s["end"]] == s["text"]
        if s["pupil_id"]: assert s["pupil_id"] in roster
        cs[s["type"]] += 1
harm = sum(cc[k] for k in ("abuse","threat","hate","safeguarding"))
print("comments", len(C), dict(cc), "harmful", harm, f"{harm/len(C):.0%}")
print("roles", dict(rc), "comment spans", dict(cs))
print("roster", len(roster), "no consent", sum(r["consent_social_media"]=="no" for r in roster.values()))
