# Builds roster.csv, staff.csv, school.toml for the s15-school2 test half (all invented).
import csv, random, os
OUT = os.path.join(os.path.dirname(__file__), "..", "test")
CLASSES = {"Reception": ("Cywion", "Ducklings"), "Year 1": ("Draenogod", "Hedgehogs"),
           "Year 2": ("Dyfrgwn", "Otters"), "Year 3": ("Barcutiaid", "Kites"),
           "Year 4": ("Gwenoliaid", "Swallows"), "Year 5": ("Tylluanod", "Owls"),
           "Year 6": ("Dreigiau", "Dragons")}
# id, first, last, preferred, year, stream (0 Welsh, 1 English), social consent
FIXED = """YD001|Haf|Pryce-Owen|Haf|Year 2|0|yes
YD002|Seren|Maddox|Seren|Year 4|0|yes
YD003|Eira|Bowen-Tudur|Eira|Year 1|0|yes
YD004|Gwen|Arkwright|Gwen|Year 6|0|yes
YD005|Rose|Hennessy|Rose|Year 3|1|yes
YD006|Hope|Macaraeg|Hope|Year 5|1|yes
YD007|William|Prothero-Jukes|Bill|Year 6|1|yes
YD008|Autumn|Leversedge|Autumn|Year 3|1|no
YD009|Cadi|Llwyd-Ifans|Cadi|Year 3|0|yes
YD010|Gethin|Pugh-Rowlands|Gethin|Year 6|0|yes
YD011|Dyfan|Rhydderch|Dyfan|Year 5|0|yes
YD012|Bethan|Caerwyn-Hughes|Bethan|Year 4|0|yes
YD013|Tomos|Ffransis|Twm|Year 6|0|yes
YD014|Mali|Gwyndaf-Price|Mali|Year 2|0|yes
YD015|Zofia|Wróblewska|Zosia|Year 4|1|yes
YD016|Kacper|Zielonka|Kacper|Year 6|1|yes
YD017|Wiktoria|Szymańska|Wiktoria|Year 5|1|no
YD018|Kalina|Dragneva|Kalina|Year 3|1|yes
YD019|Bozhidar|Tsvetkov|Bobi|Year 5|1|yes
YD020|Georgi|Angelov|Georgi|Year 1|1|yes
YD021|Yara|Qassab|Yara|Year 2|1|no
YD022|Omar|Sabbagh|Omar|Year 4|1|yes
YD023|Lujain|Tarabishi|Lujain|Year 6|1|yes
YD024|Ahmad|Kanaan|Ahmad|Reception|1|yes
YD025|Princess|Dumlao|Princess|Year 3|1|yes
YD026|Angelo|Bituin|Angelo|Year 5|1|yes
YD027|Althea|Sumalpong|Althea|Year 1|1|yes
YD028|Jericho|Tabuyo|Jek|Year 6|1|yes
YD029|Bridget|Maughan|Bridgie|Year 2|1|no
YD030|Martin|Joyce|Marty|Year 4|1|yes
YD031|Kathleen|Doran-Connors|Kathleen|Year 6|1|yes
YD032|Patrick|Connors|Paddy|Year 1|1|yes
YD033|Elis|Vaughan-Tudor|Elis|Reception|0|yes
YD034|Nel|Rhisiart|Nel|Reception|0|yes
YD035|Ffion|Caradog|Ffion|Year 5|0|yes
YD036|Osian|Brychan-Lloyd|Osian|Year 4|0|yes
YD037|Lleucu|Meredudd|Lleucu|Year 3|0|yes
YD038|Harri|Wynne-Jervis|Harri|Year 6|0|yes
YD039|Jac|Bumford|Jac|Year 5|1|yes
YD040|Poppy|Stanwardine|Poppy|Year 2|1|yes
YD041|Ruby|Tallentire|Ruby|Year 4|1|yes
YD042|Alfie|Brereton-Clee|Alfie|Year 1|1|yes
YD043|Mason|Ditchfield|Mason|Year 6|1|yes
YD044|Summer|Quilliam|Summer|Reception|1|yes
YD045|Noah|Pellow|Noah|Year 3|1|no
YD046|Isla|Thistlewood|Isla|Year 5|1|yes
YD047|Evie|Cartmel|Evie|Year 2|1|yes
YD048|Tyler|Brockhurst|Tyler|Year 6|1|yes
YD049|Lily-Mae|Harnage|Lily-Mae|Year 1|1|yes
YD050|Taliesin|Gruffydd-Bowen|Tal|Year 5|0|yes
YD051|Megan|Ellis-Crane|Meg|Year 5|0|yes
YD052|Dylan|Rhosier|Dylan|Year 6|0|yes
YD053|Gruffydd|Maelor|Gruff|Year 4|0|yes
YD054|Cerys|Ainsworth-Pugh|Cerys|Year 5|0|yes
YD055|Jacob|Wharmby|Jacob|Year 3|1|yes
YD056|Freya|Lillicrap|Freya|Year 4|1|yes
YD057|Lukas|Jankowski-Reed|Lukas|Year 2|1|yes
YD058|Nikol|Stoyanova|Nikol|Year 4|1|no
YD059|Rama|Hallak|Rama|Year 3|1|yes
YD060|Michael|Purcell|Mikey|Year 5|1|yes"""
rows = []
for line in FIXED.splitlines():
    i, f, l, p, y, s, c = line.split("|")
    rows.append([i, f, l, p, y, CLASSES[y][int(s)], c, c if c == "yes" else random.Random(i).choice(["yes", "no"])])
rng = random.Random(1515)
WF = "Aneira Bleddyn Caio Deiniol Efa Ffraid Gwawr Hedd Ianto Llio Macsen Nanw Owain Pabo Rhun Siwan Tirion Wil Alaw Berwyn Cari Dewi Elan Fflur Gwion Heledd Idris Lois Meilir Nedw".split()
EF = "Ava Bobby Connor Daisy Ellis Finley Grace Harvey Imogen Jenson Kayla Logan Maisie Nathan Olly Phoebe Reggie Sienna Theo Violet Archie Layla Ronnie Millie".split()
XF = "Maja Szymon Oliwia Filip Antoni Hanna Nikolay Desislava Iva Stefan Aya Karam Tala Hamza Jhon Maricel Rhea Clarence Johnny Nora Mary-Kate Francie".split()
LN = "Aberdaron Bidwell Cadwgan Dolben Eynon Ffowc Glasbury Hendy Ithel Kinnerley Llewellin Mostyn-Pryse Nantlle Penwern Rhiwlas Sarn-Bevan Trefor Ucheldre Wenallt Yorath Kowalik Nowakowska Petkov Dimitrova Shaheen Nasrallah Lagman Dizon Maguire-Ward Cawley Ashford Brindley Coulthard Dunstall Eldridge Fairbairn".split()
used = {(r[1], r[2]) for r in rows}
n = 61
years = list(CLASSES)
while len(rows) < 150:
    y = years[(n - 61) % 7]; s = (n // 7) % 2
    pool = WF if s == 0 and rng.random() < .8 else (EF if rng.random() < .6 else XF)
    f = rng.choice(pool); l = rng.choice(LN)
    if (f, l) in used: continue
    used.add((f, l))
    c = "no" if n in (66, 79, 93, 104, 117, 131, 140, 142, 149) else "yes"
    rows.append([f"YD{n:03d}", f, l, f, y, CLASSES[y][s], c, "yes" if rng.random() < .9 else "no"])
    n += 1
with open(os.path.join(OUT, "roster.csv"), "w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow("pupil_id,first_name,last_name,preferred_name,year_group,class_name,consent_social_media,consent_website".split(","))
    w.writerows(rows)
STAFF = """YDS01|Mr|Emyr|Tudur-Lewis|Headteacher
YDS02|Mrs|Delyth|Morgan-Rees|Office Manager
YDS03|Mr|Gareth|Bevan|Teaching Assistant; Football Coach
YDS04|Mrs|Sioned|Ap Iorwerth|Deputy Headteacher; Designated Safeguarding Lead (DSL)
YDS05|Miss|Seren|Pritchard|Class Teacher (Dyfrgwn)
YDS06|Mr|Tom|Haverley|Class Teacher (Kites)
YDS07|Mrs|Angharad|Lewis|Class Teacher (Dreigiau)
YDS08|Ms|Joanna|Kerswell|Class Teacher (Dragons)
YDS09|Mrs|Marta|Lis-Bowen|EAL Coordinator
YDS10|Mr|Rhodri|Elfed|Class Teacher (Tylluanod)
YDS11|Miss|Hope|Garside|Class Teacher (Owls)
YDS12|Mrs|Nia|Wyn|Class Teacher (Cywion)
YDS13|Miss|Katie|Ambler|Class Teacher (Ducklings)
YDS14|Mr|Iwan|Hopcyn|Class Teacher (Barcutiaid)
YDS15|Mrs|Lorna|Fitchett|Class Teacher (Swallows)
YDS16|Mrs|Eirlys|Tomos|Class Teacher (Gwenoliaid)
YDS17|Mr|Dan|Oakridge|Class Teacher (Hedgehogs)
YDS18|Mrs|Ceinwen|Parri|Class Teacher (Draenogod)
YDS19|Mrs|Sandra|Whitcombe|Class Teacher (Otters)
YDS20|Mr|Neil|Brampton|Caretaker
YDS21|Mrs|Gwen|Ashdown|Cook
YDS22|Mr|Bilal|Haddad|Teaching Assistant; Arabic Support"""
with open(os.path.join(OUT, "staff.csv"), "w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["staff_id", "title", "first_name", "last_name", "role"])
    for l in STAFF.splitlines(): w.writerow(l.split("|"))
open(os.path.join(OUT, "school.toml"), "w").write('''# Held-out bench school (synthetic): a dual-stream community primary in Newtown, Powys.
name = "Hafren Community Primary School"
name_cy = "Ysgol Gymunedol Hafren"
address = "Ffordd y Felin, Newtown, Powys SY16 4QX"
address_cy = "Ffordd y Felin, Y Drenewydd, Powys SY16 4QX"
nation = "wales"
web_domains = ["ysgolhafren.cymru"]
email_domains = ["hafren.powys.sch.uk"]
emails = ["swyddfa@hafren.powys.sch.uk", "office@hafren.powys.sch.uk", "pennaeth@hafren.powys.sch.uk"]
phones = ["01632 960418", "01632 960419"]
allowed_link_domains = ["ysgolhafren.cymru", "powys.gov.uk", "hwb.gov.wales", "parentpay.com", "estyn.gov.wales"]
policy = "default"
''')
print(len(rows), sum(r[6] == "no" for r in rows))
