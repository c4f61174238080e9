"""Roster and staff for Corbie Brae Primary School (synthetic)."""
import random

YEARS = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
CLASSES = {"P1": "Mull", "P2": "Jura", "P3": "Islay", "P4": "Lewis",
           "P5": "Harris", "P6": "Iona", "P7": "Skye"}

# (first, last, preferred or None, consent_social, consent_web)
NAMED = {
    "P1": [("Skye", "Ferguson", None), ("Murdo", "Paterson", None), ("Ruby", "Cairns", None),
           ("Oliwia", "Kowalska", "Oli"), ("Finlay", "Doig", None), ("Ava", "Mackay", None),
           ("Hamish", "Lowden", None), ("Bonnie", "Stewart", None), ("Amir", "Rashid", None),
           ("Callum", "Duncan", None), ("Lily-Rose", "Petrucci", None), ("Alfie", "McCabe", None)],
    "P2": [("Isla", "Watt", None), ("Lachlan", "Baird", None), ("Grace", "Nicoll", None),
           ("Kacper", "Wiśniewski", None), ("Ellie", "Crichton", None), ("Zara", "Ahmed", None),
           ("Rory", "Gall", None), ("Heather", "Mudie", None), ("Cooper", "Ross", None),
           ("Mia", "Kerr", None), ("Jayden", "Stirling", None)],
    "P3": [("Iona", "Brodie", None), ("Lewis", "Strachan", None), ("Ailsa", "Forbes", None),
           ("Jack", "Gourlay", None), ("Summer", "Anderson", None), ("Archie", "Chalmers", None),
           ("Freya", "Lamont", None), ("Logan", "Burns", None), ("Maja", "Zielińska", None),
           ("Daniel", "Okafor", "Danny"), ("Ellis", "Tosh", None)],
    "P4": [("Rowan", "Christie", None), ("Eilidh", "Bell", None), ("Brodie", "Mitchell", None),
           ("Orla", "McGinley", None), ("Fraser", "Kidd", None), ("Amelia", "Robertson", "Millie"),
           ("Kai", "Henderson", None), ("Esme", "Doherty", None), ("Max", "Wallace", None),
           ("Poppy", "Sim", None), ("Hunter", "Laird", None), ("Mirren", "Tulloch", None)],
    "P5": [("Lachlan", "Guthrie", None), ("Isla", "Mathers", None), ("Calum", "MacLeod", None),
           ("Sophie", "Ireland", None), ("Euan", "Thom", None), ("Aleksander", "Nowicki", "Olek"),
           ("Harris", "Fyfe", None), ("Chloe", "Buick", None), ("Niamh", "Connolly", None),
           ("Struan", "Pirie", None), ("Sienna", "McDonald", None), ("Kyle", "Gillespie", None)],
    "P6": [("Skye", "Ogilvie", None), ("Robert", "Brand", "Robbie"), ("Layla", "Hussain", None),
           ("Ewan", "Moir", None), ("Jessica", "Low", "Jess"), ("Cameron", "Leslie", None),
           ("Bonnie", "Carnegie", None), ("Lennon", "Hay", None), ("Hollie", "Black", None),
           ("Blair", "Urquhart", None), ("Catriona", "Munro", "Katie"), ("Marley", "Docherty", None)],
    "P7": [("Murdo", "Cargill", None), ("Kirsty", "Nairn", None), ("Jamie", "Dow", None),
           ("Aiden", "Rennie", None), ("Georgia", "Kydd", None), ("Taylor", "Smart", None),
           ("Olivia", "Baxter", None), ("Lachlan", "Roy", "Lachie"), ("Sorcha", "Devlin", None),
           ("Tiago", "Ferreira", None), ("Iona", "Fairweather", None), ("Declan", "Quinn", None),
           ("Mollie", "Jarvis", None), ("Dylan", "Keiller", None), ("Heather", "Scrimgeour", None),
           ("Grant", "Lindsay-Mair", None)],
}

NO_CONSENT = {"Oliwia Kowalska", "Rory Gall", "Maja Zielińska", "Esme Doherty", "Niamh Connolly",
              "Marley Docherty", "Dylan Keiller", "Amir Rashid", "Hunter Laird"}

FILL_FIRST = ["Olivia", "Emily", "Sophia", "Amelia", "Ella", "Harper", "Evie", "Orla", "Mila",
              "Charlotte", "Rosie", "Lucy", "Hannah", "Erin", "Abbie", "Kayla", "Leah", "Eva",
              "Jack", "Noah", "Leo", "Oliver", "Harris", "Alexander", "Finn", "Thomas", "Ruaridh",
              "Angus", "Fraser", "Ryan", "Aaron", "Liam", "Reuben", "Ollie", "Sonny", "Arran",
              "Mason", "Ruairi", "Ciara", "Tyler", "Lewis", "Caleb", "Amara", "Fatima", "Yusuf",
              "Zofia", "Antoni", "Emilia", "Nikodem", "Aisha", "Priya", "Jude", "Cara", "Eden",
              "Ewan", "Kenzie", "Lexi", "Maisie", "Cody", "Keira", "Struan", "Mhairi", "Calum",
              "Brooke", "Jenna", "Kayden", "Ross", "Ishbel", "Innes", "Bethany", "Lyla", "Max"]
FILL_LAST = ["Smith", "Brown", "Wilson", "Campbell", "Stewart", "Thomson", "Anderson", "Scott",
             "Murray", "Reid", "Taylor", "Clark", "Ritchie", "Mathieson", "Crawford", "Wood",
             "Spence", "Tait", "Bruce", "Gibson", "Hutton", "Ogston", "Kinnear", "Cruickshank",
             "Lorimer", "Wighton", "Nicol", "Husband", "Coupar", "Grewar", "Dorward", "Mudie",
             "Ramsay", "Shepherd", "Carr", "Hughes", "McKenzie", "Lynch", "Gray", "Boath",
             "Kowalski", "Nowicka", "Sharma", "Ali", "Khan", "Esslemont", "Whyte", "Pattullo",
             "Lindsay", "Sturrock", "Mackie", "Fenton", "Morrison", "Arbuckle", "Rattray"]

STAFF = [
    ("CBS01", "Mrs", "Fiona", "Dargie", "Headteacher"),
    ("CBS02", "Mr", "Alasdair", "Kinnear", "Depute Headteacher; Child Protection Coordinator"),
    ("CBS03", "Mrs", "Morag", "Petrie", "Office Manager"),
    ("CBS04", "Miss", "Eilidh", "Fotheringham", "P7 Class Teacher"),
    ("CBS05", "Mr", "Tam", "Duthie", "Janitor"),
    ("CBS06", "Mrs", "Lorna", "Soutar", "P1 Class Teacher"),
    ("CBS07", "Mr", "Kieran", "Boyle", "P2 Class Teacher"),
    ("CBS08", "Mrs", "Agnieszka", "Nowak", "P3 Class Teacher"),
    ("CBS09", "Miss", "Rachel", "Grant", "P4 Class Teacher"),
    ("CBS10", "Mr", "Craig", "Lindsay", "P5 Class Teacher"),
    ("CBS11", "Mrs", "Heather", "Robb", "P6 Class Teacher"),
    ("CBS12", "Mrs", "Isla", "Reid", "Pupil Support Assistant"),
    ("CBS13", "Mrs", "Senga", "Milne", "Pupil Support Assistant"),
    ("CBS14", "Mr", "Gordon", "Lyall", "PE Specialist"),
    ("CBS15", "Mrs", "Bernadette", "Kelly", "Principal Teacher (Support for Learning); Depute Child Protection Coordinator"),
    ("CBS16", "Ms", "Ruth", "Mowat", "Clerical Assistant"),
    ("CBS17", "Mrs", "Jean", "Cant", "Cook"),
    ("CBS18", "Mr", "Lewis", "Adamson", "Instrumental Music Instructor"),
]


def build_roster():
    rng = random.Random(20250307)
    rows = []
    used = set()
    for y in YEARS:
        for f, l, p in NAMED[y]:
            used.add(f + " " + l)
    n = 0
    for y in YEARS:
        kids = list(NAMED[y])
        while len(kids) < 25:
            f, l = rng.choice(FILL_FIRST), rng.choice(FILL_LAST)
            if f + " " + l in used:
                continue
            used.add(f + " " + l)
            kids.append((f, l, None))
        rng.shuffle(kids)
        for f, l, p in kids:
            n += 1
            full = f + " " + l
            cs = "no" if full in NO_CONSENT else "yes"
            if cs == "yes" and rng.random() < 0.05:
                cs = "no"
            cw = "no" if cs == "no" and rng.random() < 0.6 else "yes"
            rows.append({"pupil_id": "CB%04d" % n, "first_name": f, "last_name": l,
                         "preferred_name": p or f, "year_group": y, "class_name": CLASSES[y],
                         "consent_social_media": cs, "consent_website": cw})
    return rows
