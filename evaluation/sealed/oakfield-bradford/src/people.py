# Roster and staff for Oakfield Park Primary Academy (synthetic).
import random

CLASSES = {
    "Reception": ["Hebble", "Colne"],
    "Year 1": ["Holme", "Worth"],
    "Year 2": ["Esk", "Rye"],
    "Year 3": ["Don", "Dearne"],
    "Year 4": ["Swale", "Ure"],
    "Year 5": ["Nidd", "Wharfe"],
    "Year 6": ["Calder", "Aire"],
}

# key, first, last, preferred, year, class, consent_social
FEATURED = [
    ("Daisy Wood", "Daisy", "Wood", "Daisy", "Reception", "Hebble", "yes"),
    ("Eden Ali", "Eden", "Ali", "Eden", "Reception", "Colne", "yes"),
    ("Honey Shaw", "Honey", "Shaw", "Honey", "Reception", "Hebble", "yes"),
    ("Ayaan Khan", "Ayaan", "Khan", "Ayaan", "Reception", "Colne", "yes"),
    ("Ivy Bird", "Ivy", "Bird", "Ivy", "Year 1", "Holme", "yes"),
    ("Sky Lumb", "Sky", "Lumb", "Sky", "Year 1", "Worth", "yes"),
    ("Lily Nowak", "Lily", "Nowak", "Lily", "Year 1", "Holme", "yes"),
    ("Aria Mahmood", "Aria", "Mahmood", "Aria", "Year 1", "Worth", "yes"),
    ("Gift Eze", "Gift", "Eze", "Gift", "Year 1", "Holme", "yes"),
    ("Angel Horváth", "Angel", "Horváth", "Angel", "Year 1", "Worth", "yes"),
    ("River Baker", "River", "Baker", "River", "Year 2", "Esk", "yes"),
    ("Bill Booth", "William", "Booth", "Bill", "Year 2", "Rye", "yes"),
    ("Amber Walker", "Amber", "Walker", "Amber", "Year 2", "Esk", "yes"),
    ("Favour Nwosu", "Favour", "Nwosu", "Favour", "Year 2", "Rye", "yes"),
    ("Shapla Begum", "Shapla", "Begum", "Shapla", "Year 2", "Esk", "yes"),
    ("Storm Pickering", "Storm", "Pickering", "Storm", "Year 2", "Rye", "no"),
    ("Summer Wood", "Summer", "Wood", "Summer", "Year 3", "Don", "yes"),
    ("Hope Adeyemi", "Hope", "Adeyemi", "Hope", "Year 3", "Dearne", "yes"),
    ("Harley Binns", "Harley", "Binns", "Harley", "Year 3", "Don", "yes"),
    ("Kai Olatunji", "Kai", "Olatunji", "Kai", "Year 3", "Dearne", "yes"),
    ("Vanesa Gažiová", "Vanesa", "Gažiová", "Vanesa", "Year 3", "Don", "yes"),
    ("Robin Greaves", "Robin", "Greaves", "Robin", "Year 3", "Dearne", "yes"),
    ("Autumn Moss", "Autumn", "Moss", "Autumn", "Year 4", "Swale", "yes"),
    ("Brooke Hill", "Brooke", "Hill", "Brooke", "Year 4", "Ure", "yes"),
    ("Rocky Balog", "Rocco", "Balog", "Rocky", "Year 4", "Swale", "no"),
    ("Poppy Baker", "Poppy", "Baker", "Poppy", "Year 4", "Ure", "yes"),
    ("Zara Khan", "Zara", "Khan", "Zara", "Year 4", "Swale", "yes"),
    ("Zosia Wiśniewska", "Zofia", "Wiśniewska", "Zosia", "Year 4", "Ure", "yes"),
    ("Grace Okonkwo", "Grace", "Okonkwo", "Grace", "Year 4", "Swale", "yes"),
    ("Will Hill", "William", "Hill", "Will", "Year 5", "Wharfe", "yes"),
    ("Rose Taylor", "Rose", "Taylor", "Rose", "Year 5", "Wharfe", "yes"),
    ("Mason Walker", "Mason", "Walker", "Mason", "Year 5", "Wharfe", "yes"),
    ("Noor Khan", "Noor", "Khan", "Noor", "Year 5", "Wharfe", "yes"),
    ("Marley Fox", "Marley", "Fox", "Marley", "Year 5", "Wharfe", "yes"),
    ("Jasmine Begum", "Jasmine", "Begum", "Jasmine", "Year 5", "Nidd", "yes"),
    ("Blessing Okafor", "Blessing", "Okafor", "Blessing", "Year 5", "Wharfe", "yes"),
    ("Kuba Nowak", "Jakub", "Nowak", "Kuba", "Year 5", "Wharfe", "yes"),
    ("Denis Gaži", "Denis", "Gaži", "Denis", "Year 5", "Wharfe", "no"),
    ("Tahmid Miah", "Tahmid", "Miah", "Tahmid", "Year 5", "Nidd", "yes"),
    ("Hunter Shaw", "Hunter", "Shaw", "Hunter", "Year 6", "Calder", "yes"),
    ("Iman Hussain", "Iman", "Hussain", "Iman", "Year 6", "Aire", "no"),
    ("Jack Taylor", "Jack", "Taylor", "Jack", "Year 6", "Calder", "yes"),
    ("Ruby Moss", "Ruby", "Moss", "Ruby", "Year 6", "Aire", "yes"),
    ("Frankie Brook", "Francesca", "Brook", "Frankie", "Year 6", "Calder", "yes"),
    ("Precious Adebayo", "Precious", "Adebayo", "Precious", "Year 6", "Aire", "yes"),
    ("Mo Iqbal", "Muhammad", "Iqbal", "Mo", "Year 6", "Calder", "yes"),
    ("Dom Horváth", "Dominik", "Horváth", "Dom", "Year 6", "Aire", "yes"),
    ("Rafi Islam", "Rafi", "Islam", "Rafi", "Year 6", "Calder", "yes"),
    ("Maja Zielińska", "Maja", "Zielińska", "Maja", "Year 6", "Aire", "yes"),
]

POOLS = {
    "wb": (["Oliver", "Charlie", "Leo", "Freddie", "Teddie", "Oscar", "Harry", "George", "Tommy",
            "Reggie", "Jessica", "Olivia", "Amelia", "Isabella", "Evie", "Millie", "Sienna", "Ella",
            "Lacey", "Macie", "Kayden", "Tyler", "Riley", "Logan", "Bobby", "Lexi", "Layla", "Jayden"],
           ["Walker", "Shaw", "Wood", "Hill", "Baker", "Bird", "Moss", "Taylor", "Booth", "Crabtree",
            "Illingworth", "Ackroyd", "Priestley", "Hartley", "Mitchell", "Jowett", "Barraclough",
            "Smith", "Robinson", "Lumb", "Fox", "Brook"]),
    "pk": (["Zain", "Hamza", "Ibrahim", "Yusuf", "Musa", "Rayyan", "Haroon", "Eesa", "Areeb",
            "Aisha", "Maryam", "Inaya", "Haniya", "Sana", "Hira", "Zainab", "Khadija", "Mahnoor",
            "Alishba", "Safiya", "Umar", "Hafsa"],
           ["Khan", "Hussain", "Ahmed", "Akhtar", "Iqbal", "Mahmood", "Shah", "Malik", "Butt", "Raja",
            "Hanif", "Bashir", "Saddique"]),
    "bd": (["Farhan", "Ruhul", "Sumaiya", "Tasnim", "Anika", "Nusrat", "Sabbir", "Mahin", "Raisa",
            "Tanha", "Ishraq", "Nabil"],
           ["Miah", "Begum", "Uddin", "Rahman", "Islam", "Chowdhury", "Hoque", "Ali"]),
    "rs": ([("Patrik", "m"), ("Erik", "m"), ("Samuel", "m"), ("Dávid", "m"), ("Roman", "m"), ("Mário", "m"),
            ("Nikola", "f"), ("Kristína", "f"), ("Sabina", "f"), ("Natália", "f"), ("Lenka", "f"),
            ("Simona", "f"), ("Dajana", "f")],
           [("Horváth", "Horváthová"), ("Gaži", "Gažiová"), ("Balog", "Balogová"), ("Lakatoš", "Lakatošová"),
            ("Oláh", "Oláhová"), ("Kotlár", "Kotlárová"), ("Dudi", "Dudiová"), ("Pompa", "Pompová")]),
    "pl": ([("Kacper", "m"), ("Szymon", "m"), ("Filip", "m"), ("Antoni", "m"), ("Igor", "m"),
            ("Franciszek", "m"), ("Wiktoria", "f"), ("Oliwia", "f"), ("Natalia", "f"), ("Lena", "f"),
            ("Hanna", "f")],
           [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
            ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
            ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk")]),
    "ng": (["Chidi", "Tobi", "Daniel", "Emmanuel", "Tolu", "Ife", "Chioma", "Adaeze", "Temi", "Kemi",
            "Ebuka", "Somto", "Ayo", "Ifeoma"],
           ["Okafor", "Adeyemi", "Oyelaran", "Eze", "Nwosu", "Bello", "Olatunji", "Adebayo", "Okonkwo",
            "Afolabi", "Ogunleye"]),
}
WEIGHTS = [("wb", 30), ("pk", 30), ("bd", 12), ("rs", 10), ("pl", 10), ("ng", 8)]
TOTAL = 224


def build_roster():
    rng = random.Random(4127)
    rows = []
    used = set()
    per_year = {y: [] for y in CLASSES}
    for f in FEATURED:
        per_year[f[4]].append(f)
        used.add((f[1], f[2]))
    target = TOTAL // len(CLASSES)  # 32 per year
    comms = [c for c, w in WEIGHTS for _ in range(w)]
    fillers = {}
    for year, classes in CLASSES.items():
        need = target - len(per_year[year])
        out = []
        ci = 0
        while len(out) < need:
            c = rng.choice(comms)
            firsts, lasts = POOLS[c]
            fn = rng.choice(firsts)
            ln = rng.choice(lasts)
            if isinstance(fn, tuple):
                fn, sex = fn
                ln = ln[0] if sex == "m" else ln[1]
            if (fn, ln) in used:
                continue
            used.add((fn, ln))
            # balance classes
            counts = {cl: sum(1 for r in per_year[year] if r[5] == cl) + sum(1 for r in out if r[5] == cl) for cl in classes}
            cl = min(classes, key=lambda k: counts[k])
            consent = "no" if rng.random() < 0.09 else "yes"
            out.append((None, fn, ln, fn, year, cl, consent))
        fillers[year] = out
    pid = 0
    keymap = {}
    for year in CLASSES:
        allp = per_year[year] + fillers[year]
        allp.sort(key=lambda r: (r[5], r[2], r[1]))
        for r in allp:
            pid += 1
            p = f"OP{pid:04d}"
            web = "yes" if r[6] == "yes" else ("no" if pid % 2 else "yes")
            rows.append([p, r[1], r[2], r[3], r[4], r[5], r[6], web])
            if r[0]:
                keymap[r[0]] = p
    return rows, keymap


STAFF = [
    ("OPS01", "Mrs", "Nasreen", "Qureshi", "Principal"),
    ("OPS02", "Mr", "Gareth", "Holroyd", "Vice Principal; Designated Safeguarding Lead (DSL)"),
    ("OPS03", "Mrs", "Ruksana", "Begum", "Learning Mentor; Deputy DSL"),
    ("OPS04", "Ms", "Jodie", "Firth", "Communications Officer"),
    ("OPS05", "Miss", "Hannah", "Rose", "Year 5 teacher (Wharfe)"),
    ("OPS06", "Miss", "Jade", "Moss", "Year 5 teacher (Nidd)"),
    ("OPS07", "Mr", "Dean", "Marsh", "PE Coach"),
    ("OPS08", "Mr", "Bill", "Fairbank", "Site Manager (caretaker)"),
    ("OPS09", "Miss", "Amber", "Clough", "Year 2 teacher (Esk)"),
    ("OPS10", "Mrs", "Karen", "Sutcliffe", "Office Manager"),
    ("OPS11", "Mr", "Piotr", "Nowicki", "EAL Coordinator"),
    ("OPS12", "Mrs", "Lucia", "Horváthová", "Roma Community Liaison"),
    ("OPS13", "Mr", "Chinedu", "Obi", "Year 3 teacher (Don)"),
    ("OPS14", "Mr", "Rizwan", "Akhtar", "Year 3 teacher (Dearne)"),
    ("OPS15", "Miss", "Chloe", "Hardcastle", "Reception teacher (Hebble)"),
    ("OPS16", "Mr", "Faisal", "Rashid", "Year 4 teacher (Swale)"),
    ("OPS17", "Mrs", "Gemma", "Holt", "Year 4 teacher (Ure)"),
    ("OPS18", "Mrs", "Shabana", "Hussain", "Year 6 teacher (Calder); Assistant Principal"),
    ("OPS19", "Mr", "Sam", "Wood", "Year 6 teacher (Aire)"),
    ("OPS20", "Mr", "Tom", "Greenwood", "Year 1 teacher (Holme)"),
    ("OPS21", "Mrs", "Fatima", "Ali", "SENCO"),
    ("OPS22", "Mrs", "Dawn", "Pickles", "Senior Lunchtime Supervisor"),
    ("OPS23", "Mrs", "Agnieszka", "Wrona", "Teaching Assistant"),
    ("OPS24", "Mrs", "Joy", "Okoro", "Teaching Assistant"),
    ("OPS25", "Miss", "Summer", "Haigh", "Music teacher"),
]
