"""Validate a half: python check.py dev|test

* every images.jsonl line parses and has exactly the bench fields (file, pupil_names[pupil_id, text])
* every listed PNG exists, is a PNG, 900-1600 px wide; no stray PNGs
* every pupil_id is on the roster, and the label text is made of that pupil's name parts
  (first / last / preferred, or an initial with a full stop)
* every label text was actually drawn into that image (drawn-text log from build.py)
* file names contain no roster name
* prints, per image, roster name words that were drawn but are NOT labelled (the intended
  hard negatives: staff, word-names used as words, titles, places...) for a human to review
"""
import csv
import json
import os
import re
import sys

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
half = sys.argv[1]
D = os.path.join(os.path.dirname(HERE), half)
roster = {r["pupil_id"]: r for r in csv.DictReader(open(os.path.join(D, "roster.csv"), encoding="utf-8"))}
staff = list(csv.DictReader(open(os.path.join(D, "staff.csv"), encoding="utf-8")))
drawn = json.load(open(os.path.join(HERE, f"drawn_{half}.json"), encoding="utf-8"))

name_words = set()
for r in roster.values():
    for k in ("first_name", "last_name", "preferred_name"):
        for w in re.split(r"[\s]+", r[k]):
            name_words.add(w.lower())

errors = []
lines = [json.loads(l) for l in open(os.path.join(D, "images.jsonl"), encoding="utf-8")]
files = set()
npos = nnames = 0
for ln in lines:
    if set(ln) != {"file", "pupil_names"}:
        errors.append(f"fields {ln}")
    f = ln["file"]
    files.add(f)
    p = os.path.join(D, f)
    if not os.path.exists(p):
        errors.append(f"missing {f}")
        continue
    im = Image.open(p)
    if im.format != "PNG" or not (900 <= im.size[0] <= 1600):
        errors.append(f"format/size {f} {im.format} {im.size}")
    base = os.path.basename(f).lower()
    for w in name_words:
        if len(w) > 2 and w in base:
            errors.append(f"name in file name {f}: {w}")
    texts = drawn.get(f, [])
    if ln["pupil_names"]:
        npos += 1
    for n in ln["pupil_names"]:
        nnames += 1
        if set(n) != {"pupil_id", "text"}:
            errors.append(f"name fields {n}")
        r = roster.get(n["pupil_id"])
        if not r:
            errors.append(f"unknown id {n}")
            continue
        parts = {r["first_name"].lower(), r["preferred_name"].lower(), *r["last_name"].lower().split()}
        inits = {r["first_name"][0].lower() + ".", r["last_name"][0].lower() + ".", r["last_name"][0].lower(),
                 r["last_name"][:2].lower() + "."}
        for w in n["text"].split():
            if w.lower() not in parts and w.lower() not in inits:
                errors.append(f"{f}: word {w!r} of {n['text']!r} is not a name part of {n['pupil_id']}")
        if not any(n["text"] in t for t in texts):
            errors.append(f"{f}: {n['text']!r} was not drawn")
    labelled = " ".join(n["text"] for n in ln["pupil_names"]).lower()
    hn = set()
    for t in texts:
        for w in re.findall(r"[\wÀ-ſ'-]+", t):
            wl = w.lower().strip("'")
            if wl in name_words and wl not in labelled.split():
                hn.add(w)
    print(f"{f}: names={[n['text'] for n in ln['pupil_names']]}  unlabelled-name-words={sorted(hn)}")

on_disk = {"images/" + x for x in os.listdir(os.path.join(D, "images"))}
if on_disk != files:
    errors.append(f"disk/jsonl mismatch {on_disk ^ files}")
print(f"\n{half}: {len(lines)} images, {npos} with names, {len(lines) - npos} without, {nnames} names; "
      f"roster {len(roster)}, staff {len(staff)}")
print("ERRORS:" if errors else "OK", *errors, sep="\n")
sys.exit(1 if errors else 0)
