import json, csv, re, sys, os
CATS = {"safeguarding","threat","hate","abuse","complaint","question","spam","praise","other"}
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for half in ["train", "dev", "test"]:
    d = os.path.join(base, half)
    ids = {r["pupil_id"]: r for r in csv.DictReader(open(f"{d}/roster.csv", encoding="utf-8"))}
    names = {r["first_name"].lower() for r in ids.values()} | {r["preferred_name"].lower() for r in ids.values()} | {r["last_name"].lower() for r in ids.values()}
    seen = set()
    for line in open(f"{d}/comments.jsonl", encoding="utf-8"):
        c = json.loads(line)
        assert c["id"] not in seen; seen.add(c["id"])
        assert c["category"] in CATS and c["author_role"] in {"parent","public","pupil","unknown"}
        if half != "train": assert "voice" not in c
        for s in c["spans"]:
            assert c["text"][s["start"]:s["end"]] == s["text"], c
            if s["type"] == "pupil-name": assert s["pupil_id"] in ids and s["on_roster"] is True
        covered = [(s["start"], s["end"]) for s in c["spans"]]
        for m in re.finditer(r"[A-Za-zÀ-ž'-]+", c["text"]):
            if m.group().lower().strip("'-") in names and not any(a <= m.start() < b for a, b in covered):
                print(half, "UNMARKED?", m.group(), "|", c["text"][:80])
    print(half, len(seen), "ok")
