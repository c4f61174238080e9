"""Build one half: python build.py dev|test [index ...]

Writes school.toml, roster.csv, staff.csv, images/*.png, images.jsonl and a drawn-text log
(src/drawn_<half>.json, used by check.py) into ../<half>/.
"""
import csv
import json
import os
import random
import sys
import zlib

import numpy as np

import lib
from data import DEV_SCHOOL, TEST_SCHOOL, DEV_ROWS, TEST_ROWS, DEV_STAFF, TEST_STAFF, pid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write_common(out, school, rows, staff, prefix):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    with open(os.path.join(out, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(out, "staff.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
        for i, s in enumerate(staff, 1):
            w.writerow([f"{prefix}S{i:02d}", *s])
    q = lambda xs: "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"
    toml = f"""# {school['comment']} Used by `safepost check --school` and `safepost triage --school`.
name = {json.dumps(school['name'], ensure_ascii=False)}
name_cy = {json.dumps(school['name_cy'], ensure_ascii=False)}
policy = "default"          # the default pack enables every rule
nation = "wales"
address = {json.dumps(school['address'], ensure_ascii=False)}
local_authority = {json.dumps(school['local_authority'])}
web_domains = {q([school['web']])}
email_domains = {q([school['web']])}
emails = {q(school['emails'])}
phones = {q(school['phones'])}
allowed_link_domains = {q(school['links'])}
platforms = ["facebook", "x", "classdojo"]
"""
    with open(os.path.join(out, "school.toml"), "w", encoding="utf-8") as f:
        f.write(toml)


def main():
    half = sys.argv[1]
    only = [int(x) for x in sys.argv[2:]]
    if half == "dev":
        import dev_images as mod
        school, rows, staff, prefix = DEV_SCHOOL, DEV_ROWS, DEV_STAFF, "CG"
    else:
        import test_images as mod
        school, rows, staff, prefix = TEST_SCHOOL, TEST_ROWS, TEST_STAFF, "MD"
    out = os.path.join(ROOT, half)
    write_common(out, school, rows, staff, prefix)
    lines, drawn = [], {}
    logpath = os.path.join(HERE, f"drawn_{half}.json")
    if only and os.path.exists(logpath):
        drawn = json.load(open(logpath, encoding="utf-8"))
    for i, spec in enumerate(mod.SPECS, 1):
        names = [{"pupil_id": pid(rows, f, l), "text": t} for (f, l, t) in spec["names"]]
        lines.append({"file": spec["file"], "pupil_names": names})
        if only and i not in only:
            continue
        seed = zlib.crc32(f"{half}-{i}".encode())
        random.seed(seed)
        np.random.seed(seed % (2 ** 32))
        lib.reset_log()
        scene = spec["draw"]([t for (_, _, t) in spec["names"]])
        img = lib.camera(scene, **spec["cam"])
        img.save(os.path.join(out, spec["file"]), optimize=True)
        drawn[spec["file"]] = list(lib.LOG)
        print(i, spec["file"], img.size, [n["text"] for n in names])
    with open(os.path.join(out, "images.jsonl"), "w", encoding="utf-8") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(logpath, "w", encoding="utf-8") as f:
        json.dump(drawn, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
