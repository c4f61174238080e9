"""Lists possible unmarked pupil names / PII outside spans, for manual review (expected: hard negatives)."""
import csv, json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
ros = list(csv.DictReader(open(os.path.join(ROOT, "roster.csv"), encoding="utf-8")))
def muts(n):
    out = {n}
    soft = [("Ll","L"),("Rh","R"),("C","G"),("P","B"),("T","D"),("G",""),("B","F"),("D","Dd"),("M","F")]
    asp = [("C","Ch"),("P","Ph"),("T","Th")]
    nas = [("C","Ngh"),("P","Mh"),("T","Nh"),("G","Ng"),("B","M"),("D","N")]
    for table in (soft, asp, nas):
        for a, b in table:
            if n.startswith(a) and not (a == "G" and n.startswith("Gw") and False):
                r = b + n[len(a):]
                if r: out.add(r[0].upper() + r[1:])
                break
    return out
names = set()
for r in ros:
    for n in (r["first_name"], r["preferred_name"]):
        names |= muts(n)
names = {n for n in names if len(n) >= 3}
rx = re.compile(r"(?<![\w#])(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?!\w)", re.I)
kind = sys.argv[1] if len(sys.argv) > 1 else "posts"
for line in open(os.path.join(ROOT, f"{kind}.jsonl"), encoding="utf-8"):
    o = json.loads(line)
    fields = [("text", o["text"], o["spans"])]
    for j, im in enumerate(o.get("images", [])):
        for fld in ("filename", "alt"):
            fields.append((f"img{j}.{fld}", im[fld], [s for s in o["image_spans"] if s["image"] == j and s["field"] == fld]))
    for fname, t, spans in fields:
        cov = set()
        for s in spans: cov |= set(range(s["start"], s["end"]))
        t2 = t.replace("_", " ")
        for m in rx.finditer(t2):
            if not (set(range(m.start(), m.end())) & cov):
                print(f"{o['id']} {fname}: NAME? {m.group(0)!r}  ...{t[max(0,m.start()-25):m.end()+25]!r}")
        for m in re.finditer(r"(\+44|\b0)[\d\s().-]{9,}\d|\S+@\S+|\S+ \(at\) \S+|\b[A-Z]{1,2}\d{1,2}\s?\d[A-Z]{2}\b", t):
            if not (set(range(m.start(), m.end())) & cov):
                print(f"{o['id']} {fname}: PII? {m.group(0)!r}")
