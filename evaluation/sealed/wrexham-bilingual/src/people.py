"""Roster, staff and school settings for the invented Ysgol Maes y Wennol (Wrexham)."""
import random

YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {  # (Welsh stream, English stream)
    "Reception": ("Cywion", "Acorns"), "Year 1": ("Dryw", "Hazel"), "Year 2": ("Robin Goch", "Rowan"),
    "Year 3": ("Tylluanod", "Willow"), "Year 4": ("Gwenoliaid", "Ash"), "Year 5": ("Barcutiaid", "Oak"),
    "Year 6": ("Eryrod", "Hawthorn"),
}

# key: (first, last, preferred, year, stream 0=cy 1=en, consent_social)
NAMED = {
    "seren": ("Seren", "Parry", "Seren", "Reception", 0, "yes"),
    "summer": ("Summer", "Kowalski", "Summer", "Reception", 1, "yes"),
    "oliwia": ("Oliwia", "Nowak", "Oliwia", "Reception", 1, "no"),
    "cadi": ("Cadi", "Ellis", "Cadi", "Reception", 0, "yes"),
    "haf": ("Haf", "Morgan-Jones", "Haf", "Year 1", 0, "yes"),
    "brook": ("Brook", "Davies", "Brook", "Year 1", 1, "yes"),
    "jay": ("Jayden", "Santos", "Jay", "Year 1", 1, "yes"),
    "twm": ("Tomos", "Griffiths", "Twm", "Year 1", 0, "yes"),
    "eira": ("Eira", "Vaughan", "Eira", "Year 2", 0, "yes"),
    "hope": ("Hope", "McCarthy", "Hope", "Year 2", 1, "yes"),
    "aarav": ("Aarav", "Sharma", "Aarav", "Year 2", 1, "yes"),
    "gwion": ("Gwion", "Lloyd", "Gwion", "Year 2", 0, "yes"),
    "maria": ("Maria", "Reyes", "Maria", "Year 2", 1, "yes"),
    "gwawr": ("Gwawr", "Edwards", "Gwawr", "Year 3", 0, "yes"),
    "rosie": ("Rose", "O'Connor", "Rosie", "Year 3", 1, "yes"),
    "kuba": ("Jakub", "Wiśniewski", "Kuba", "Year 3", 1, "yes"),
    "cerys": ("Cerys", "Bowen", "Cerys", "Year 3", 0, "yes"),
    "ayesha": ("Ayesha", "Khan", "Ayesha", "Year 3", 1, "no"),
    "dewi": ("Dewi", "Wynne", "Dewi", "Year 4", 0, "yes"),
    "gracie": ("Grace", "Dela Cruz", "Gracie", "Year 4", 1, "yes"),
    "rafa": ("Rafael", "Costa", "Rafa", "Year 4", 1, "yes"),
    "macsen": ("Macsen", "Price", "Macsen", "Year 4", 0, "yes"),
    "siobhan": ("Siobhan", "Byrne", "Siobhan", "Year 4", 1, "yes"),
    "harpreet": ("Harpreet", "Kaur", "Harpreet", "Year 4", 1, "yes"),
    "mali": ("Mali", "Thomas", "Mali", "Year 5", 0, "yes"),
    "beth": ("Bethan", "Howells", "Beth", "Year 5", 0, "yes"),
    "zuza": ("Zuzanna", "Kamińska", "Zuza", "Year 5", 1, "yes"),
    "ciaran": ("Ciarán", "Murphy", "Ciarán", "Year 5", 1, "yes"),
    "josh": ("Joshua", "Bautista", "Josh", "Year 5", 1, "yes"),
    "rowan": ("Rowan", "Jenkins", "Rowan", "Year 5", 1, "yes"),
    "dyl": ("Dylan", "Parry-Evans", "Dyl", "Year 6", 0, "yes"),
    "tegan": ("Tegan", "Lewis", "Tegan", "Year 6", 0, "yes"),
    "ibby": ("Ibrahim", "Hussain", "Ibby", "Year 6", 1, "yes"),
    "bia": ("Beatriz", "Ferreira", "Bia", "Year 6", 1, "no"),
    "pedr": ("Pedr", "Jones", "Pedr", "Year 6", 0, "no"),
    "joy": ("Joy", "Mendoza", "Joy", "Year 6", 1, "yes"),
    "faith": ("Faith", "Walsh", "Faith", "Year 6", 1, "yes"),
}

FIRST = {
    "cy": ["Osian", "Elis", "Lowri", "Ffion", "Megan", "Carys", "Iwan", "Rhys", "Catrin", "Nel", "Alaw", "Efa",
           "Llew", "Math", "Ianto", "Gethin", "Elin", "Awel", "Heulwen", "Nanw", "Guto", "Deio", "Mabli", "Lleucu",
           "Begw", "Tomi", "Sion", "Alys"],
    "en": ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Freya", "Leo", "Poppy", "Alfie", "Evie", "Mason", "Ruby",
           "Archie", "Ivy", "Charlie", "Daisy", "Theo", "Lacey", "Riley", "Millie", "Jacob", "Ellie"],
    "pl": ["Szymon", "Maja", "Antoni", "Lena", "Wiktoria", "Filip", "Igor", "Hanna"],
    "pt": ["Tiago", "Inês", "João", "Leonor", "Duarte", "Matilde"],
    "ph": ["Angelo", "Princess", "Jericho", "Althea", "Carlo", "Andrea"],
    "sa": ["Zain", "Amira", "Arjun", "Priya", "Hamza", "Anaya", "Aisha", "Rehan"],
    "ie": ["Niamh", "Oisín", "Saoirse", "Cillian", "Aoife", "Darragh"],
}
LAST = {
    "cy": ["Williams", "Evans", "Hughes", "Owen", "Pugh", "Rees", "Morris", "Jones", "Lloyd", "Edwards", "Bellis",
           "Humphreys", "Rowlands", "Tudor", "Gruffydd", "Wyn"],
    "en": ["Smith", "Taylor", "Brown", "Wright", "Walker", "Green", "Hall", "Wood", "Clarke", "Jackson", "Harrison"],
    "pl": ["Kowalczyk", "Zieliński", "Lewandowska", "Wójcik", "Mazur", "Krawczyk"],
    "pt": ["Silva", "Santos", "Pereira", "Oliveira", "Rodrigues"],
    "ph": ["Garcia", "Reyes", "Cruz", "Ramos", "Aquino", "Villanueva"],
    "sa": ["Patel", "Ahmed", "Begum", "Singh", "Ali", "Chaudhry"],
    "ie": ["Kelly", "Doyle", "Quinn", "Ryan", "Gallagher", "Brennan"],
}
NICK = {"Oliver": "Ollie", "Amelia": "Millie", "Jacob": "Jake", "Charlie": "Charlie", "Antoni": "Antek",
        "Wiktoria": "Wiki", "Sion": "Sion", "Tomi": "Tomi"}


def build_roster(seed=7):
    rnd = random.Random(seed)
    used = {v[0] for v in NAMED.values()}
    rows, keymap = [], {}
    n = 1
    no_consent_extra = set()
    for yi, year in enumerate(YEARS):
        named = [(k, v) for k, v in NAMED.items() if v[3] == year]
        fill = 23 - len(named)
        entries = [(k, v[0], v[1], v[2], v[4], v[5]) for k, v in named]
        for i in range(fill):
            stream = i % 2
            if stream == 0:
                pool = rnd.choice(["cy", "cy", "cy", "en", "pl", "ie"])
            else:
                pool = rnd.choice(["en", "en", "en", "cy", "pl", "pt", "ph", "sa", "ie"])
            while True:
                f = rnd.choice(FIRST[pool])
                if f not in used or rnd.random() < 0.15:
                    break
            l = rnd.choice(LAST[pool if rnd.random() < 0.85 else "cy"])
            entries.append((None, f, l, NICK.get(f, f) if rnd.random() < 0.5 else f, stream, "yes"))
        rnd.shuffle(entries)
        for k, f, l, pref, stream, consent in entries:
            pid = f"MW{n:04d}"
            n += 1
            rows.append([pid, f, l, pref, year, CLASSES[year][stream], consent, "yes" if consent == "yes" else "no"])
            if k:
                keymap[k] = pid
    # top up no-consent to 15: pick unnamed pupils deterministically
    nn = sum(1 for r in rows if r[6] == "no")
    cand = [r for r in rows if r[0] not in keymap.values()]
    rnd.shuffle(cand)
    for r in cand[: 15 - nn]:
        r[6] = "no"
        r[7] = rnd.choice(["yes", "no"])
    return rows, keymap


STAFF = [
    ("Mrs", "Nia", "Pritchard", "Headteacher"),
    ("Mr", "Gareth", "Hughes-Jones", "Deputy Headteacher; Sport and Educational Visits; Designated Safeguarding Lead (DSL)"),
    ("Mrs", "Bev", "Roberts", "Office Manager"),
    ("Mrs", "Carol", "Ellis", "Administrative Assistant"),
    ("Miss", "Haf", "Llywelyn", "Class Teacher, Year 2 (Robin Goch)"),
    ("Mrs", "Seren", "Ashworth", "Music Teacher"),
    ("Mr", "Tom", "Kearney", "Class Teacher, Year 6 (Hawthorn)"),
    ("Mrs", "Eleri", "Puw", "Class Teacher, Year 6 (Eryrod)"),
    ("Miss", "Chloe", "Bennett", "Class Teacher, Reception (Acorns)"),
    ("Mrs", "Ffion", "Rowlands", "Class Teacher, Reception (Cywion)"),
    ("Mr", "Rhodri", "Evans", "Class Teacher, Year 4 (Gwenoliaid); Gardening Club"),
    ("Mrs", "Anna", "Zielińska", "Class Teacher, Year 3 (Willow); EAL Lead"),
    ("Miss", "Sophie", "Hart", "Class Teacher, Year 1 (Hazel)"),
    ("Mrs", "Llinos", "Vaughan-Roberts", "Class Teacher, Year 1 (Dryw)"),
    ("Mr", "Kieran", "Doherty", "Class Teacher, Year 5 (Oak)"),
    ("Mrs", "Mererid", "Owen", "Class Teacher, Year 5 (Barcutiaid)"),
    ("Mrs", "Nerys", "Wyn", "Cook"),
    ("Mrs", "Jo", "Pugh", "Teaching Assistant"),
    ("Mr", "Dai", "Bellis", "Caretaker"),
    ("Mrs", "Rhian", "Jenkins", "Additional Learning Needs Coordinator (ALNCo)"),
]

SCHOOL_TOML = '''# Invented bench school: a bilingual (dual-stream) primary on the edge of Wrexham. Everything is synthetic.
name = "Maes y Wennol Community Primary School"
name_cy = "Ysgol Gynradd Gymunedol Maes y Wennol"
short_names = ["Maes y Wennol", "Ysgol Maes y Wennol", "MYW"]
address = "Lôn Cae Gwenith, Gwersyllt, Wrecsam / Wrexham LL11 4XZ"
web_domains = ["ysgolmaesywennol.cymru"]
email_domains = ["maesywennol.wrexham.sch.uk"]
official_emails = ["office@maesywennol.wrexham.sch.uk", "swyddfa@maesywennol.wrexham.sch.uk", "head@maesywennol.wrexham.sch.uk", "absence@maesywennol.wrexham.sch.uk", "pta@maesywennol.wrexham.sch.uk"]
official_phones = ["01632 960100", "01632 960101"]
nation = "wales"
allowed_link_domains = ["ysgolmaesywennol.cymru", "wrexham.gov.uk", "gov.wales", "hwb.gov.wales", "parentpay.com", "bbc.co.uk", "nhs.uk", "childline.org.uk", "urdd.cymru", "justgiving.com"]
policy = "default"
'''
