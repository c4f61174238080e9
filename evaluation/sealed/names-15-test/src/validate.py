import json, csv, sys, re
WELSH = re.compile(r"\b(Diolch|Llongyfarchiadau|Da iawn|Mae|Roedd|yr|Croeso|Dyma|Gwnaeth|Plannodd|ar gyfer|Pob|Gŵyl|mawr|hir|Cododd|Darllenodd|Rhoddodd|Ymunodd|Gwisgodd|hyfryd|braf|ac|Gwên|Tymor|Eisteddfod yr|Cyngor|Calennig|wedi|yn|gan|Ein|Gwaith|Mabolgampau|Tystysgrif|llyfr|Llyfr)\b")
for h in sys.argv[1:]:
    ids = {r["pupil_id"]: r for r in csv.DictReader(open(f"{h}/roster.csv", encoding="utf-8"))}
    P = [json.loads(l) for l in open(f"{h}/posts.jsonl", encoding="utf-8")]
    on = off = img = named = welsh = 0
    for p in P:
        assert all(v is False for v in p["labels"].values())
        for s in p["spans"]:
            assert p["text"][s["start"]:s["end"]] == s["text"], s
            assert (s["pupil_id"] in ids) if s["on_roster"] else s["pupil_id"] is None
            on += s["on_roster"]; off += not s["on_roster"]
        for s in p["image_spans"]:
            assert p["images"][s["image"]][s["field"]][s["start"]:s["end"]] == s["text"]
            assert s["pupil_id"] in ids; img += 1
        named += bool(p["spans"] or p["image_spans"])
        welsh += bool(WELSH.search(p["text"] + " ".join(i["alt"] for i in p["images"])))
    nc = sum(r["consent_social_media"] == "no" for r in ids.values())
    print(h, "posts", len(P), "naming", named, "trap", len(P) - named, "text spans on", on, "off", off,
          "image spans", img, "welsh/mixed", welsh, "noconsent", nc)
