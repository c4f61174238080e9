import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from roster_src import YEARS, STAFF
OUT = os.path.join(os.path.dirname(__file__), "..")
rows = []; n = 0
for yg, cls, kids in YEARS:
    for k in kids:
        n += 1
        first, last, pref = k[0], k[1], k[2]
        sm = k[3] if len(k) > 3 else "yes"; web = k[4] if len(k) > 4 else "yes"
        rows.append([f"TRE{n:03d}", first, last, pref or first, yg, cls, sm, web])
with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["pupil_id","first_name","last_name","preferred_name","year_group","class_name","consent_social_media","consent_website"])
    w.writerows(rows)
with open(os.path.join(OUT, "staff.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["staff_id","title","first_name","last_name","role"])
    for i, s in enumerate(STAFF, 1):
        w.writerow([f"TRES{i:02d}", *s])
print(len(rows), sum(r[6]=="no" for r in rows))
for r in rows: print(r[0], r[1], r[2], r[3], r[4], r[6])
