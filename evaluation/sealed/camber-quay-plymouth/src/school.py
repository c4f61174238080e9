# Roster, staff and school settings for the s15-school test half (Camber Quay, Devonport).
import random

YEARS = [("Reception", "Limpets"), ("Year 1", "Crabs"), ("Year 2", "Seahorses"),
         ("Year 3", "Drake"), ("Year 4", "Tamar"), ("Year 5", "Brunel"), ("Year 6", "Eddystone")]
YI = {y: i for i, (y, _) in enumerate(YEARS)}

# key, first, last, preferred, year index, consent_social
NAMED = [
    ("hope", "Hope", "Trewin", "Hope", 0, "yes"),
    ("summer", "Summer", "Kowalczyk", "Summer", 2, "yes"),
    ("bill", "William", "Penrose", "Bill", 4, "yes"),
    ("reed", "Reed", "Adebayo", "Reed", 5, "yes"),
    ("rose", "Rose", "Santos", "Rose", 3, "yes"),
    ("jowan", "Jowan", "Pascoe", "Jowan", 6, "no"),
    ("melza", "Demelza", "Tregenza", "Melza", 5, "yes"),
    ("zosia", "Zofia", "Nowicka", "Zosia", 3, "yes"),
    ("kacper", "Kacper", "Wiśniewski", "Kacper", 6, "no"),
    ("andrei", "Andrei", "Munteanu", "Andrei", 4, "yes"),
    ("ioana", "Ioana", "Ciobanu", "Ioana", 2, "yes"),
    ("ionut", "Ionuț", "Lungu", "Ionuț", 3, "yes"),
    ("azad", "Azad", "Hawrami", "Azad", 5, "yes"),
    ("rojin", "Rojin", "Amedi", "Rojin", 1, "no"),
    ("dilan", "Dilan", "Sherwani", "Dilan", 6, "yes"),
    ("gel", "Angelica", "Dizon", "Gel", 4, "yes"),
    ("paolo", "Paolo", "Mercado", "Paolo", 6, "yes"),
    ("aarav", "Aarav", "Gurung", "Aarav", 3, "yes"),
    ("siju", "Srijana", "Tamang", "Siju", 5, "yes"),
    ("bibek", "Bibek", "Rai", "Bibek", 1, "yes"),
    ("chi", "Chidinma", "Eze", "Chi", 6, "no"),
    ("tobi", "Tobiloba", "Adeyemi", "Tobi", 2, "yes"),
    ("seun", "Oluwaseun", "Bakare", "Seun", 4, "yes"),
    ("alfie", "Alfie", "Roach", "Alfie", 3, "yes"),
    ("tj", "Tyler-Jay", "Hocking", "TJ", 4, "yes"),
    ("kayleigh", "Kayleigh", "Moyse", "Kayleigh", 5, "yes"),
    ("harley", "Harley", "Skinner", "Harley", 2, "no"),
    ("brooke", "Brooke", "Yabsley", "Brooke", 4, "yes"),
    ("mason", "Mason", "Luscombe", "Mason", 1, "yes"),
    ("lexi", "Lexi-Mae", "Widdicombe", "Lexi-Mae", 0, "yes"),
    ("charlie", "Charlie", "Rundle", "Charlie", 5, "yes"),
    ("poppy", "Poppy", "Chubb", "Poppy", 1, "yes"),
    ("wenna", "Morwenna", "Jago", "Wenna", 2, "yes"),
    ("tamsin", "Tamsin", "Kitto", "Tamsin", 4, "yes"),
    ("piran", "Piran", "Hosking", "Piran", 3, "no"),
    ("kerensa", "Kerensa", "Bolitho", "Kerensa", 1, "yes"),
    ("oliwia", "Oliwia", "Zając", "Oliwia", 0, "yes"),
    ("maja", "Maja", "Kowalska", "Maja", 4, "yes"),
    ("filip", "Filip", "Nowak", "Filip", 5, "yes"),
    ("faith", "Faith", "Doidge", "Faith", 2, "yes"),
    ("autumn", "Autumn", "Pengelly", "Autumn", 0, "yes"),
    ("jake", "Jacob", "Hext-Bray", "Jake", 6, "yes"),
    ("daria", "Daria", "Stoica", "Daria", 5, "no"),
    ("hawre", "Hawre", "Barzinji", "Hawre", 3, "yes"),
    ("mayumi", "Mary Joy", "Villanueva", "MJ", 2, "yes"),
    ("sandesh", "Sandesh", "Limbu", "Sandesh", 4, "no"),
    ("amara", "Amarachi", "Okafor", "Amara", 0, "yes"),
    ("lenny", "Leonard", "Prout", "Lenny", 6, "yes"),
]

FIRST = ["Ava", "Oscar", "Isla", "Leo", "Evie", "Freddie", "Millie", "Archie", "Ellis", "Nevaeh",
         "Kai", "Sienna", "Rocco", "Darcie", "Jenson", "Tilly", "Riley", "Mia", "Logan", "Ruby",
         "Bogdan", "Natalia", "Wiktor", "Amelia", "Szymon", "Elena", "Matei", "Ana", "Vlad", "Sofia",
         "Shvan", "Lana", "Rebin", "Avin", "Jerome", "Princess", "Miguel", "Althea", "Prakash",
         "Anisha", "Sujan", "Kemi", "Ebuka", "Zainab", "Femi", "Ifeoma", "Loveday", "Jory", "Tressa",
         "Cadan", "Peran", "Ellen", "Bonnie", "Rhys", "Dexter", "Lacey", "Bobby", "Callum", "Jasmine",
         "Summer-Rose", "Ashton", "Hollie", "Kian", "Paige", "Ruben", "Skye", "Troy", "Willow"]
LAST = ["Treloar", "Bray", "Stephens", "Pearce", "Vosper", "Coombe", "Hill", "Northey", "Bennett",
        "Rowe", "Kowalski", "Lewandowska", "Mazur", "Popa", "Dumitru", "Ionescu", "Rostami",
        "Qadir", "Reyes", "Bautista", "Magar", "Shrestha", "Thapa Magar", "Oyelaran", "Nwachukwu",
        "Eke", "Olaniyan", "Trethewey", "Nance", "Carne", "Jewell", "Widger", "Lang", "Ellery",
        "Tapson", "Crago", "Hannaford", "Blatchford", "Doble", "Sleep"]

STAFF = [
    ("CQS01", "Mrs", "Gillian", "Hext", "Headteacher"),
    ("CQS02", "Mr", "Simon", "Avery", "Deputy Headteacher; Designated Safeguarding Lead (DSL)"),
    ("CQS03", "Ms", "Jodie", "Penhaligon", "School Business Manager"),
    ("CQS04", "Mr", "Dean", "Crocker", "PE Teacher and Sports Coach"),
    ("CQS05", "Mrs", "Nicola", "Stidworthy", "Reception Teacher (Limpets)"),
    ("CQS06", "Mr", "Tomasz", "Lis", "Year 1 Teacher (Crabs)"),
    ("CQS07", "Miss", "Kerry", "Dunstan", "Year 2 Teacher (Seahorses)"),
    ("CQS08", "Miss", "Faith", "Oduya", "Year 3 Teacher (Drake)"),
    ("CQS09", "Mr", "Liam", "Tapper", "Year 4 Teacher (Tamar)"),
    ("CQS10", "Mrs", "Priya", "Thapa", "Year 5 Teacher (Brunel)"),
    ("CQS11", "Mr", "Gareth", "Bunce", "Year 6 Teacher (Eddystone)"),
    ("CQS12", "Mrs", "Angela", "Moss", "SENCo"),
    ("CQS13", "Mrs", "Rose", "Kessell", "Teaching Assistant"),
    ("CQS14", "Mr", "Femi", "Ajayi", "Teaching Assistant"),
    ("CQS15", "Mrs", "Beata", "Wróbel", "Teaching Assistant (EAL)"),
    ("CQS16", "Ms", "Sheree", "Pym", "Teaching Assistant"),
    ("CQS17", "Mrs", "Donna", "Tozer", "Office Manager"),
    ("CQS18", "Mr", "Keith", "Squance", "Site Manager"),
    ("CQS19", "Mrs", "Lorraine", "Batten", "Cook"),
    ("CQS20", "Mrs", "Marian", "Gill", "Midday Supervisor"),
    ("CQS21", "Ms", "Roxana", "Dobre", "Family Support Worker"),
    ("CQS22", "Miss", "Chelsea", "Vinnicombe", "Breakfast Club Lead"),
    ("CQS23", "Mr", "Ollie", "Penrose", "Music Teacher"),
    ("CQS24", "Mrs", "Bev", "Luxton", "Attendance Officer"),
]

TOML = '''# Held-out school: a synthetic community primary in Devonport, Plymouth (England).
name = "Camber Quay Community Primary School"
short_name = "Camber Quay Primary"
address = "Camber Quay Community Primary School, Fore Bastion Way, Devonport, Plymouth PL1 4QX"
postcode = "PL1 4QX"
nation = "england"
website = "https://www.camberquay.plymouth.sch.uk"
web_domains = ["camberquay.plymouth.sch.uk"]
email_domains = ["camberquay.plymouth.sch.uk"]
emails = ["office@camberquay.plymouth.sch.uk", "head@camberquay.plymouth.sch.uk", "attendance@camberquay.plymouth.sch.uk", "pta@camberquay.plymouth.sch.uk"]
phones = ["01632 960410", "01632 960411"]
allowed_link_domains = ["camberquay.plymouth.sch.uk", "plymouth.gov.uk", "gov.uk", "bbc.co.uk", "parentpay.com", "justgiving.com", "nspcc.org.uk", "childline.org.uk", "nhs.uk"]
policy = "default"
'''


def build_roster(seed=1507):
    rng = random.Random(seed)
    rows, ids = [], {}
    per_year = [[] for _ in YEARS]
    for key, f, l, p, y, c in NAMED:
        per_year[y].append((key, f, l, p, c))
    used = {(f, l) for _, f, l, _, _, _ in NAMED}
    n_no = sum(1 for r in NAMED if r[5] == "no")
    total = 160
    fill = total - len(NAMED)
    extra_no = 15 - n_no
    k = 0
    while k < fill:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if (f, l) in used:
            continue
        used.add((f, l))
        y = min(range(len(YEARS)), key=lambda i: (len(per_year[i]), rng.random()))
        c = "no" if k % 13 == 5 and extra_no > 0 else "yes"
        if c == "no":
            extra_no -= 1
        per_year[y].append((None, f, l, f, c))
        k += 1
    n = 0
    for yi, lst in enumerate(per_year):
        lst.sort(key=lambda r: (r[2], r[1]))
        for key, f, l, p, c in lst:
            n += 1
            pid = f"CQ{n:04d}"
            if key:
                ids[key] = pid
            rows.append([pid, f, l, p, YEARS[yi][0], YEARS[yi][1], c, "yes" if c == "yes" or n % 2 else "no"])
    return rows, ids
