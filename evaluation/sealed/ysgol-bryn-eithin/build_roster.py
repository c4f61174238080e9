"""Roster for the sealed school Ysgol Gynradd Bryn Eithin (all names invented).

Key pupils (used in posts and comments) are fixed; the rest are drawn with a fixed seed
from pools that exclude the key pupils' names, so a first name used alone in a post
points at one child only.
"""
import csv
import random

YEARS = [("Reception", "Cywion"), ("Year 1", "Dryw"), ("Year 2", "Tylluanod"), ("Year 3", "Derw"),
         ("Year 4", "Criafol"), ("Year 5", "Celyn"), ("Year 6", "Barcud")]
SIZES = [29, 29, 29, 29, 28, 28, 28]

# key: (first, last, preferred, year index, social consent)
KEY = {
    "seren": ("Seren", "Hughes", "", 0, "yes"), "eira": ("Eira", "Roberts", "", 0, "yes"),
    "jack": ("Jack", "Whitfield", "", 0, "yes"), "poppy": ("Poppy", "Marsh", "", 0, "yes"),
    "gwion": ("Gwion", "Owen", "", 0, "yes"), "macsen": ("Macsen", "Lewis", "", 0, "yes"),
    "cadi": ("Cadi", "Morgan", "", 1, "yes"), "tomos": ("Tomos", "Huws", "Twm", 1, "yes"),
    "summer": ("Summer", "Baxter", "", 1, "yes"), "hedd": ("Hedd", "Jones", "", 1, "yes"),
    "begw": ("Begw", "Williams", "", 1, "yes"), "ruby": ("Ruby", "Cartwright", "", 1, "no"),
    "gwawr": ("Gwawr", "Evans", "", 2, "yes"), "will": ("William", "Ashworth", "Will", 2, "yes"),
    "tesni": ("Tesni", "Griffiths", "", 2, "yes"), "mabli": ("Mabli", "Rowlands", "", 2, "yes"),
    "oliver": ("Oliver", "Kendrick", "Ollie", 2, "yes"), "alaw": ("Alaw", "Thomas", "", 2, "yes"),
    "deio": ("Dafydd", "Owen", "Deio", 3, "yes"), "grace": ("Grace", "Holloway", "", 3, "yes"),
    "llinos": ("Llinos", "Parry", "", 3, "yes"), "carys": ("Carys", "Lloyd-Williams", "", 3, "yes"),
    "mason": ("Mason", "Pickering", "", 3, "yes"), "awel": ("Awel", "Jenkins", "", 3, "yes"),
    "rhys": ("Rhys", "Gruffydd", "", 3, "yes"),
    "gethin": ("Gethin", "Vaughan", "", 4, "yes"), "hope": ("Hope", "Kinsella", "", 4, "yes"),
    "mali": ("Mali", "Jones", "", 4, "yes"), "bedwyr": ("Bedwyr", "Ellis", "", 4, "yes"),
    "daisy": ("Daisy", "Fairclough", "", 4, "no"), "ifan": ("Ifan", "Roberts", "", 4, "yes"),
    "enfys": ("Enfys", "Lewis", "", 4, "yes"),
    "celyn": ("Celyn", "Morris", "", 5, "yes"), "guto": ("Guto", "Wyn", "", 5, "yes"),
    "harri": ("Harri", "Jones", "", 5, "yes"), "lowri": ("Lowri", "Davies", "", 5, "yes"),
    "frank": ("Frank", "Whelan", "", 5, "yes"), "glain": ("Glain", "Pugh", "", 5, "no"),
    "heulwen": ("Heulwen", "Ifans", "", 5, "yes"),
    "osian": ("Osian", "Parry", "", 6, "yes"), "elin": ("Elin", "Roberts", "", 6, "yes"),
    "tyler": ("Tyler", "Booth", "", 6, "yes"), "ffion": ("Ffion", "Lloyd", "", 6, "yes"),
    "gruff": ("Gruffydd", "Morgan", "Gruff", 6, "yes"), "iwan": ("Iwan", "Tudor", "", 6, "yes"),
    "amber": ("Amber", "Nicholls", "", 6, "yes"), "robin": ("Robin", "Hale", "", 6, "yes"),
    "dewi": ("Dewi", "Roberts", "", 6, "yes"), "llew": ("Llewelyn", "Prys", "Llew", 6, "yes"),
    "isabella": ("Isabella", "Jarvis", "Bella", 5, "yes"), "taliesin": ("Taliesin", "Cadwaladr", "Tali", 5, "yes"),
    "efa": ("Efa", "Glyn", "", 4, "yes"), "ioan": ("Ioan", "Foulkes", "", 4, "yes"),
}

FIRST_POOL = [
    # Welsh girls
    "Nia", "Mared", "Manon", "Heledd", "Anwen", "Nel", "Non", "Lleucu", "Tirion", "Alys", "Cari",
    "Gwenno", "Megan", "Catrin", "Sara", "Hanna", "Leusa", "Mirain", "Beca", "Elan", "Swyn", "Eleri",
    "Siwan", "Lois", "Ela", "Magi", "Eluned", "Llio", "Gwenllian", "Morfudd", "Gwennan",
    # Welsh boys
    "Dyfan", "Elis", "Caio", "Cai", "Iolo", "Steffan", "Math", "Ianto", "Morgan", "Tudur", "Siôn",
    "Aron", "Tegid", "Dion", "Gwilym", "Emrys", "Llŷr", "Owain", "Huw", "Gwydion", "Idris", "Meilyr",
    "Peredur", "Ifor", "Medwyn", "Cynan", "Bleddyn",
    # English-language and other names
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Sophia", "Evie", "Ella", "Freya", "Harper",
    "Lily", "Millie", "Scarlett", "Ivy", "Holly", "Jasmine", "Willow", "Rosie", "Maisie", "Florence",
    "Phoebe", "Matilda", "Layla", "Sienna", "Esme", "Violet", "Penny", "Pearl", "Iris", "Hazel", "Faith",
    "Honey", "Brooke", "Autumn", "Sky", "Noah", "Leo", "Archie", "Freddie", "Alfie", "Charlie", "Theo",
    "Oscar", "Arthur", "Harry", "Henry", "Jacob", "Thomas", "Joshua", "Riley", "Jayden", "Kai", "Lewis",
    "Dylan", "Ethan", "Logan", "Louis", "Reggie", "Albie", "Miles", "Hunter", "Rocco", "Bobby", "Ronnie",
    "Stanley", "Teddy", "Max", "Finley", "Harvey", "Brody", "Zofia", "Kacper", "Amara", "Yusuf", "Aisha",
    "Priya", "Arjun", "Maja", "Oskar", "Ayaan", "Fatima", "Zara", "Lena", "Mateo",
]
NICK = {"Isabella": "Bella", "Florence": "Flo", "Matilda": "Tilly", "Thomas": "Tom", "Joshua": "Josh",
        "Gwilym": "Gwil", "Peredur": "Pedr", "Taliesin": "Tali", "Eluned": "Luned", "Gwenllian": "Gwen",
        "Morfudd": "Mo", "Alfie": "Alf"}
LAST_POOL = [
    "Jones", "Williams", "Roberts", "Hughes", "Owen", "Evans", "Davies", "Thomas", "Parry", "Griffiths",
    "Lewis", "Jenkins", "Morris", "Lloyd", "Rowlands", "Ellis", "Edwards", "Wyn", "Huws", "Ifans", "Prys",
    "Humphreys", "Bowen", "Rees", "Price", "Tudor", "Morgan", "Jarvis", "Smith", "Taylor", "Brown",
    "Wilson", "Clarke", "Wood", "Wright", "Walker", "Kowalski", "Nowak", "Khan", "Patel", "Ali", "Dawson",
    "Fletcher", "Carter", "Gittins", "Maddocks", "Pierce", "Foulkes", "Cadwaladr", "Glyn", "Tomos",
]


def build(path):
    rng = random.Random(20261206)
    rows = []
    for key, (first, last, pref, year, consent) in KEY.items():
        rows.append({"key": key, "first": first, "last": last, "pref": pref or first, "year": year,
                     "social": consent})
    pool = FIRST_POOL[:]
    rng.shuffle(pool)
    for year, size in enumerate(SIZES):
        have = sum(1 for r in rows if r["year"] == year)
        for _ in range(size - have):
            first = pool.pop() if pool else rng.choice(FIRST_POOL)
            rows.append({"key": None, "first": first, "last": rng.choice(LAST_POOL),
                         "pref": NICK.get(first, first), "year": year, "social": "yes"})
    fill = [r for r in rows if r["key"] is None]
    for r in rng.sample(fill, 17):
        r["social"] = "no"
    rows.sort(key=lambda r: (r["year"], r["last"], r["first"]))
    ids = {}
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "class_name",
                    "consent_social_media", "consent_website"])
        for n, r in enumerate(rows, 1):
            pid = f"BE{n:04d}"
            website = "no" if r["social"] == "no" and n % 2 == 0 else "yes"
            year, cls = YEARS[r["year"]]
            w.writerow([pid, r["first"], r["last"], r["pref"], year, cls, r["social"], website])
            if r["key"]:
                ids[r["key"]] = pid
    return ids
