import csv, pathlib
here = pathlib.Path(__file__).resolve().parent
out = here.parent
NO_SOCIAL = {4, 13, 20, 33, 44, 52, 65, 71, 83, 92, 99, 104, 120, 127, 141, 150, 159, 168, 182, 190, 198}
WEB_YES_ANYWAY = {33, 92, 150}
rows = []
year = cls = None
n = 0
for line in (here / "roster_src.txt").read_text(encoding="utf-8").splitlines():
    parts = line.split("|")
    if len(parts) == 2:
        year, cls = parts
        continue
    first, last, pref = parts
    n += 1
    soc = "no" if n in NO_SOCIAL else "yes"
    web = "no" if (n in NO_SOCIAL and n not in WEB_YES_ANYWAY) else "yes"
    rows.append([f"SH{n:04d}", first, last, pref or first, year, cls, soc, web])
with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name", "consent_social_media", "consent_website"])
    w.writerows(rows)
print(len(rows), sum(r[6] == "no" for r in rows))
