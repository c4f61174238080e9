"""Invented schools, rosters and staff for the two halves (all fictional)."""

DEV_SCHOOL = {
    "name": "Cwm Gafenni Primary School",
    "name_cy": "Ysgol Gynradd Cwm Gafenni",
    "address": "Heol y Felin Fach, Abergavenny NP7 6QX",
    "local_authority": "Monmouthshire County Council",
    "web": "cwmgafenni.example.org",
    "emails": ["office@cwmgafenni.example.org"],
    "phones": ["01632 960418"],
    "links": ["cwmgafenni.example.org", "monmouthshire.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"],
    "comment": "Rhodri's dev school: an invented English-medium primary in Abergavenny with Welsh taught as a second language.",
}

TEST_SCHOOL = {
    "name": "Maes Deri Primary School",
    "name_cy": "Ysgol Gynradd Maes Deri",
    "address": "Lôn y Dderwen, Abergavenny NP7 8ZR",
    "local_authority": "Monmouthshire County Council",
    "web": "maesderi.example.org",
    "emails": ["admin@maesderi.example.org"],
    "phones": ["01632 960733"],
    "links": ["maesderi.example.org", "monmouthshire.gov.uk", "hwb.gov.wales", "gov.wales", "gov.uk", "bbc.co.uk", "nhs.uk"],
    "comment": "Test school: an invented English-medium primary on the other side of Abergavenny, Welsh taught.",
}

# first, last, preferred, year, class, consent_social, consent_web
DEV_ROSTER = [
    # Reception – Dosbarth Eos
    ("Seren", "Watkins", "Seren", "Reception", "Eos", "yes", "yes"),
    ("Jack", "Prosser", "Jack", "Reception", "Eos", "yes", "yes"),
    ("Haf", "Llewellyn", "Haf", "Reception", "Eos", "yes", "yes"),
    ("Oliver", "Price", "Ollie", "Reception", "Eos", "yes", "yes"),
    ("Amelia", "Gwatkin", "Millie", "Reception", "Eos", "no", "yes"),
    ("Zain", "Hussain", "Zain", "Reception", "Eos", "yes", "yes"),
    ("Ivy", "Morgan", "Ivy", "Reception", "Eos", "yes", "yes"),
    ("Tomos", "Jenkins", "Twm", "Reception", "Eos", "yes", "yes"),
    # Year 1 – Dosbarth Dryw
    ("Hope", "Baker", "Hope", "Year 1", "Dryw", "yes", "yes"),
    ("Rhys", "Probert", "Rhys", "Year 1", "Dryw", "yes", "yes"),
    ("Eira", "Harries", "Eira", "Year 1", "Dryw", "yes", "yes"),
    ("Leo", "Walsh", "Leo", "Year 1", "Dryw", "yes", "no"),
    ("Maja", "Nowak", "Maja", "Year 1", "Dryw", "yes", "yes"),
    ("Osian", "Lloyd", "Osian", "Year 1", "Dryw", "yes", "yes"),
    ("Ruby", "Sheppard", "Ruby", "Year 1", "Dryw", "yes", "yes"),
    ("Alfie", "Bowen", "Alfie", "Year 1", "Dryw", "no", "no"),
    ("Poppy", "Cadwallader", "Poppy", "Year 1", "Dryw", "yes", "yes"),
    # Year 2 – Dosbarth Robin
    ("William", "Griffiths", "Will", "Year 2", "Robin", "yes", "yes"),
    ("Awel", "Beddoe", "Awel", "Year 2", "Robin", "yes", "yes"),
    ("Noah", "Jones", "Noah", "Year 2", "Robin", "yes", "yes"),
    ("Summer", "Rees", "Summer", "Year 2", "Robin", "yes", "yes"),
    ("Cadi", "Vaughan", "Cadi", "Year 2", "Robin", "yes", "yes"),
    ("Harry", "Stephens", "Harry", "Year 2", "Robin", "yes", "yes"),
    ("Sky", "Mahoney", "Sky", "Year 2", "Robin", "yes", "yes"),
    ("Dylan", "Hopkins", "Dylan", "Year 2", "Robin", "yes", "yes"),
    # Year 3 – Dosbarth Barcud
    ("Grace", "Whittaker", "Grace", "Year 3", "Barcud", "yes", "yes"),
    ("Mali", "Rosser", "Mali", "Year 3", "Barcud", "yes", "yes"),
    ("Ethan", "Boswell", "Ethan", "Year 3", "Barcud", "yes", "yes"),
    ("Rowan", "Clarke", "Rowan", "Year 3", "Barcud", "yes", "yes"),
    ("Aisha", "Begum", "Aisha", "Year 3", "Barcud", "no", "yes"),
    ("Gethin", "Parry", "Gethin", "Year 3", "Barcud", "yes", "yes"),
    ("Lily-Mae", "Davies", "Lily-Mae", "Year 3", "Barcud", "yes", "yes"),
    ("Jac", "Morris", "Jac", "Year 3", "Barcud", "yes", "yes"),
    ("Freya", "Cole", "Freya", "Year 3", "Barcud", "yes", "yes"),
    # Year 4 – Dosbarth Hebog
    ("Elis", "ap Dafydd", "Elis", "Year 4", "Hebog", "yes", "yes"),
    ("Isla", "Protheroe", "Isla", "Year 4", "Hebog", "yes", "yes"),
    ("Jack", "Beavan", "Jack", "Year 4", "Hebog", "yes", "yes"),
    ("Seren", "Maddocks", "Seren", "Year 4", "Hebog", "yes", "yes"),
    ("Ffion", "Hughes", "Ffion", "Year 4", "Hebog", "yes", "yes"),
    ("Mason", "Webb", "Mason", "Year 4", "Hebog", "yes", "yes"),
    ("Nia", "Evans", "Nia", "Year 4", "Hebog", "yes", "yes"),
    ("Kacper", "Zieliński", "Kacper", "Year 4", "Hebog", "yes", "yes"),
    ("Daisy", "Harris", "Daisy", "Year 4", "Hebog", "yes", "yes"),
    # Year 5 – Dosbarth Tylluan
    ("Megan", "Powell", "Meg", "Year 5", "Tylluan", "yes", "yes"),
    ("Harri", "Bevan", "Harri", "Year 5", "Tylluan", "yes", "yes"),
    ("Olivia", "Nash", "Liv", "Year 5", "Tylluan", "yes", "yes"),
    ("Arthur", "Williams", "Arthur", "Year 5", "Tylluan", "yes", "yes"),
    ("Elinor", "Jones", "Nel", "Year 5", "Tylluan", "yes", "yes"),
    ("Reuben", "Lewis", "Reuben", "Year 5", "Tylluan", "yes", "yes"),
    ("Tegan", "Morgan", "Tegan", "Year 5", "Tylluan", "yes", "yes"),
    ("Dafydd", "Rowlands", "Deio", "Year 5", "Tylluan", "yes", "yes"),
    ("Brooke", "Tanner", "Brooke", "Year 5", "Tylluan", "yes", "yes"),
    # Year 6 – Dosbarth Gwennol
    ("Autumn", "Sayce", "Autumn", "Year 6", "Gwennol", "yes", "yes"),
    ("Jacob", "Pugh", "Jake", "Year 6", "Gwennol", "yes", "yes"),
    ("Carys", "Meredith", "Carys", "Year 6", "Gwennol", "yes", "yes"),
    ("Lewis", "Gwynne", "Lewis", "Year 6", "Gwennol", "yes", "yes"),
    ("Gwen", "Roberts", "Gwen", "Year 6", "Gwennol", "yes", "yes"),
    ("Tyler", "Hale", "Tyler", "Year 6", "Gwennol", "no", "no"),
    ("Lowri", "Jenkins", "Lowri", "Year 6", "Gwennol", "yes", "yes"),
    ("Rhodri", "Sayce", "Rhodri", "Year 6", "Gwennol", "yes", "yes"),
]

DEV_STAFF = [
    ("Mrs", "Helen", "Wyatt", "Headteacher"),
    ("Mr", "Gareth", "Bowen", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
    ("Mrs", "Grace", "Powell", "Class teacher (Reception, Eos)"),
    ("Miss", "Seren", "Pritchard", "Class teacher (Year 1, Dryw)"),
    ("Mr", "Jack", "Harries", "Class teacher (Year 2, Robin)"),
    ("Mrs", "Catrin", "Kinsey", "Class teacher (Year 3, Barcud)"),
    ("Mr", "Owen", "Rowlands", "Class teacher (Year 4, Hebog)"),
    ("Mrs", "Siân", "Gwilym", "Class teacher (Year 5, Tylluan)"),
    ("Miss", "Ruby", "Fenwick", "Class teacher (Year 6, Gwennol)"),
    ("Mrs", "Eira", "Jones", "Teaching assistant (TA); Welsh language lead"),
    ("Mr", "Rhodri", "Bevan", "Teaching assistant (TA)"),
]

TEST_ROSTER = [
    # Reception – Willow
    ("Eira", "Probert", "Eira", "Reception", "Willow", "yes", "yes"),
    ("Jack", "Ellis", "Jack", "Reception", "Willow", "yes", "yes"),
    ("Bethan", "Lewis", "Beth", "Reception", "Willow", "yes", "yes"),
    ("Edward", "Marsh", "Teddy", "Reception", "Willow", "yes", "yes"),
    ("Amira", "Saleh", "Amira", "Reception", "Willow", "yes", "yes"),
    ("Macsen", "Howells", "Macsen", "Reception", "Willow", "yes", "yes"),
    ("Willow", "Jenkins", "Willow", "Reception", "Willow", "yes", "yes"),
    ("Harley", "Stone", "Harley", "Reception", "Willow", "no", "yes"),
    # Year 1 – Rowan
    ("Haf", "Treharne", "Haf", "Year 1", "Rowan", "yes", "yes"),
    ("Sky", "Donovan", "Sky", "Year 1", "Rowan", "yes", "yes"),
    ("George", "Evans", "George", "Year 1", "Rowan", "yes", "yes"),
    ("Efa", "Gittins", "Efa", "Year 1", "Rowan", "yes", "yes"),
    ("Oscar", "Pike", "Oscar", "Year 1", "Rowan", "yes", "yes"),
    ("Hope", "Sullivan", "Hope", "Year 1", "Rowan", "yes", "yes"),
    ("Ifan", "Morgan", "Ifan", "Year 1", "Rowan", "yes", "yes"),
    ("Layla", "Hussain", "Layla", "Year 1", "Rowan", "yes", "no"),
    ("Finley", "Cross", "Finn", "Year 1", "Rowan", "yes", "yes"),
    # Year 2 – Alder
    ("Grace", "Llewellyn", "Grace", "Year 2", "Alder", "yes", "yes"),
    ("Rowan", "Bevan", "Rowan", "Year 2", "Alder", "yes", "yes"),
    ("Martha", "Powell", "Martha", "Year 2", "Alder", "yes", "yes"),
    ("Alys", "Prosser", "Alys", "Year 2", "Alder", "yes", "yes"),
    ("Kian", "Doyle", "Kian", "Year 2", "Alder", "yes", "yes"),
    ("Seren", "Hopkins", "Seren", "Year 2", "Alder", "yes", "yes"),
    ("Nathaniel", "Ward", "Nate", "Year 2", "Alder", "yes", "yes"),
    ("Elsie", "Barnes", "Elsie", "Year 2", "Alder", "yes", "yes"),
    ("Gruffydd", "Jones", "Gruff", "Year 2", "Alder", "yes", "yes"),
    # Year 3 – Holly
    ("Summer", "Wilcox", "Summer", "Year 3", "Holly", "yes", "yes"),
    ("William", "Parry", "Will", "Year 3", "Holly", "yes", "yes"),
    ("Ruby", "Bishop", "Ruby", "Year 3", "Holly", "yes", "yes"),
    ("Tomasz", "Kowalczyk", "Tomek", "Year 3", "Holly", "yes", "yes"),
    ("Anwen", "Davies", "Anwen", "Year 3", "Holly", "yes", "yes"),
    ("Logan", "Hart", "Logan", "Year 3", "Holly", "no", "no"),
    ("Holly", "Ashworth", "Holly", "Year 3", "Holly", "yes", "yes"),
    ("Cai", "Roberts", "Cai", "Year 3", "Holly", "yes", "yes"),
    ("Evie", "Watkins", "Evie", "Year 3", "Holly", "yes", "yes"),
    # Year 4 – Sycamore
    ("Awel", "Jenkins", "Awel", "Year 4", "Sycamore", "yes", "yes"),
    ("Jack", "Morgan", "Jack", "Year 4", "Sycamore", "yes", "yes"),
    ("Sophie", "Bennett", "Sophie", "Year 4", "Sycamore", "yes", "yes"),
    ("Osian", "Pritchard", "Osian", "Year 4", "Sycamore", "yes", "yes"),
    ("Ava", "Lloyd", "Ava", "Year 4", "Sycamore", "yes", "yes"),
    ("Dewi", "Harris", "Dewi", "Year 4", "Sycamore", "yes", "yes"),
    ("Maisie", "Carter", "Maisie", "Year 4", "Sycamore", "yes", "yes"),
    ("Ibrahim", "Ali", "Ibrahim", "Year 4", "Sycamore", "yes", "yes"),
    # Year 5 – Cedar
    ("Gwenllian", "Rees", "Gwenllian", "Year 5", "Cedar", "yes", "yes"),
    ("Ethan", "Moore", "Ethan", "Year 5", "Cedar", "yes", "yes"),
    ("Ruby", "Thomas", "Ruby", "Year 5", "Cedar", "yes", "yes"),
    ("Jac", "Vaughan", "Jac", "Year 5", "Cedar", "yes", "yes"),
    ("Lola", "Griffin", "Lola", "Year 5", "Cedar", "yes", "yes"),
    ("Rhiannon", "Wood", "Rhi", "Year 5", "Cedar", "yes", "yes"),
    ("Harrison", "Day", "Harry", "Year 5", "Cedar", "yes", "yes"),
    ("Mia", "Phillips", "Mia", "Year 5", "Cedar", "yes", "yes"),
    ("Seren", "Edwards", "Seren", "Year 5", "Cedar", "yes", "yes"),
    # Year 6 – Oak
    ("Angharad", "Lewis", "Angharad", "Year 6", "Oak", "yes", "yes"),
    ("Kieran", "Walsh", "Kieran", "Year 6", "Oak", "yes", "yes"),
    ("Cerys", "Baldwin", "Cerys", "Year 6", "Oak", "yes", "yes"),
    ("Morgan", "Price", "Morgan", "Year 6", "Oak", "yes", "yes"),
    ("Lucy", "Beynon", "Lucy", "Year 6", "Oak", "yes", "yes"),
    ("Taliesin", "Hale", "Tal", "Year 6", "Oak", "yes", "yes"),
    ("Isabelle", "Rudd", "Izzy", "Year 6", "Oak", "no", "yes"),
    ("Reggie", "Fox", "Reggie", "Year 6", "Oak", "yes", "yes"),
]

TEST_STAFF = [
    ("Mr", "Huw", "Aldridge", "Headteacher"),
    ("Mrs", "Catrin", "Walsh", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
    ("Miss", "Hope", "Jeremy", "Class teacher (Reception, Willow)"),
    ("Mrs", "Grace", "Ashworth", "Class teacher (Year 1, Rowan)"),
    ("Mr", "Will", "Pendry", "Class teacher (Year 2, Alder)"),
    ("Mrs", "Haf", "Gwyther", "Class teacher (Year 3, Holly)"),
    ("Mr", "Dylan", "Rees", "Class teacher (Year 4, Sycamore)"),
    ("Mrs", "Ruby", "Okafor", "Class teacher (Year 5, Cedar)"),
    ("Mr", "Rhys", "Jack", "Class teacher (Year 6, Oak)"),
    ("Mrs", "Seren", "Buckley", "Teaching assistant (TA)"),
    ("Mrs", "Awel", "Morris", "Teaching assistant (TA); Welsh language lead"),
]


def roster_rows(prefix, roster):
    rows = []
    for i, r in enumerate(roster, 1):
        rows.append({"pupil_id": f"{prefix}{i:04d}", "first_name": r[0], "last_name": r[1],
                     "preferred_name": r[2], "year_group": r[3], "class_name": r[4],
                     "consent_social_media": r[5], "consent_website": r[6]})
    return rows


DEV_ROWS = roster_rows("CG", DEV_ROSTER)
TEST_ROWS = roster_rows("MD", TEST_ROSTER)


def pid(rows, first, last):
    for r in rows:
        if r["first_name"] == first and r["last_name"] == last:
            return r["pupil_id"]
    raise KeyError((first, last))
