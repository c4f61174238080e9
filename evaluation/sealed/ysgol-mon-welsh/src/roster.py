# Roster and staff for Ysgol Gynradd Bryngwenith (synthetic).
import random

YEARS = [("Reception", "Cregyn"), ("Year 1", "Cywion"), ("Year 2", "Celyn"),
         ("Year 3", "Derwen"), ("Year 4", "Awel"), ("Year 5", "Enfys"), ("Year 6", "Eryri")]
YI = {y: i for i, (y, _) in enumerate(YEARS)}

# key: (first, last, preferred, year, consent_social, consent_web)
FEATURED = {
    "begw_o": ("Begw", "Owen", "Begw", "Reception", "yes", "yes"),
    "jac_t": ("Jac", "Thomas", "Jac", "Reception", "yes", "yes"),
    "harri_m": ("Harri", "Morris", "Harri", "Reception", "yes", "yes"),
    "eira_ap": ("Eira", "ap Dafydd", "Eira", "Year 1", "yes", "yes"),
    "heulwen_d": ("Heulwen", "Davies", "Heulwen", "Year 1", "yes", "yes"),
    "cadi_m": ("Cadi", "Morgan", "Cadi", "Year 1", "yes", "yes"),
    "dyfan_h": ("Dyfan", "Hughes", "Dyfan", "Year 1", "yes", "yes"),
    "ela_t": ("Ela", "Thomas", "Ela", "Year 1", "yes", "no"),
    "mali_j": ("Mali", "Jones", "Mali", "Year 1", "yes", "yes"),
    "cai_r": ("Cai", "Roberts", "Cai", "Year 2", "yes", "yes"),
    "celyn_e": ("Celyn", "Evans", "Celyn", "Year 2", "yes", "yes"),
    "alaw_j": ("Alaw", "Jones", "Alaw", "Year 2", "yes", "yes"),
    "ioan_p": ("Ioan", "Pritchard", "Ioan", "Year 2", "yes", "yes"),
    "zofia_n": ("Zofia", "Nowak", "Zofia", "Year 2", "yes", "yes"),
    "efa_g": ("Efa", "Griffiths", "Efa", "Year 2", "yes", "yes"),
    "mabli_p": ("Mabli", "Parry", "Mabli", "Year 3", "yes", "yes"),
    "gwawr_l": ("Gwawr", "Lewis", "Gwawr", "Year 3", "yes", "yes"),
    "nia_o": ("Nia", "Owen", "Nia", "Year 3", "yes", "yes"),
    "guto_j": ("Guto", "Jones", "Guto", "Year 3", "yes", "yes"),
    "olivia_s": ("Olivia", "Smith", "Olivia", "Year 3", "yes", "yes"),
    "idris_d": ("Idris", "Davies", "Idris", "Year 3", "no", "no"),
    "bedwyr_r": ("Bedwyr", "Rowlands", "Bedwyr", "Year 3", "yes", "yes"),
    "gwion_h": ("Gwion", "Hughes", "Gwion", "Year 4", "yes", "yes"),
    "seren_p": ("Seren", "Pritchard", "Seren", "Year 4", "yes", "yes"),
    "awel_m": ("Awel", "Morris", "Awel", "Year 4", "yes", "yes"),
    "deio_p": ("Dafydd", "Parry", "Deio", "Year 4", "yes", "yes"),
    "ffion_r": ("Ffion", "Roberts", "Ffion", "Year 4", "yes", "yes"),
    "yusuf_k": ("Yusuf", "Khan", "Yusuf", "Year 4", "yes", "yes"),
    "swyn_p": ("Swyn", "Prys", "Swyn", "Year 4", "no", "yes"),
    "caio_j": ("Caio", "Jones", "Caio", "Year 4", "yes", "yes"),
    "sion_e": ("Siôn", "Ellis", "Siôn", "Year 4", "yes", "yes"),
    "tesni_w": ("Tesni", "Williams", "Tesni", "Year 5", "yes", "yes"),
    "afon_g": ("Afon", "Griffiths", "Afon", "Year 5", "yes", "yes"),
    "enfys_w": ("Enfys", "Wyn", "Enfys", "Year 5", "yes", "yes"),
    "osian_r": ("Osian", "Rowlands", "Osian", "Year 5", "yes", "yes"),
    "gruff_l": ("Gruffudd", "Lloyd", "Gruff", "Year 5", "yes", "yes"),
    "lowri_ap": ("Lowri", "ap Huw", "Lowri", "Year 5", "yes", "yes"),
    "manon_e": ("Manon", "Evans", "Manon", "Year 5", "yes", "yes"),
    "teleri_w": ("Teleri", "Williams", "Teleri", "Year 5", "yes", "yes"),
    "alys_h": ("Alys", "Hughes", "Alys", "Year 5", "no", "no"),
    "llyr_o": ("Llŷr", "Owen", "Llŷr", "Year 6", "yes", "yes"),
    "haf_j": ("Haf", "Jones", "Haf", "Year 6", "yes", "yes"),
    "glain_t": ("Glain", "Thomas", "Glain", "Year 6", "yes", "yes"),
    "hedd_ab": ("Hedd", "ab Iorwerth", "Hedd", "Year 6", "yes", "yes"),
    "elin_h": ("Elin", "Hughes", "Elin", "Year 6", "yes", "yes"),
    "twm_e": ("Tomos", "Ellis", "Twm", "Year 6", "yes", "yes"),
    "macsen_w": ("Macsen", "Williams", "Macsen", "Year 6", "yes", "yes"),
    "lleucu_j": ("Lleucu", "Jenkins", "Lleucu", "Year 6", "yes", "yes"),
    "elis_b": ("Elis", "Bowen", "Elis", "Year 6", "yes", "yes"),
    "morgan_ap": ("Morgan", "ap Rhys", "Morgan", "Year 6", "yes", "yes"),
}

GIRLS = ["Haf", "Eira", "Seren", "Celyn", "Awel", "Glain", "Mabli", "Gwawr", "Heulwen", "Tesni",
         "Elin", "Alaw", "Enfys", "Nia", "Cadi", "Lowri", "Megan", "Ffion", "Catrin", "Mali", "Lili",
         "Nel", "Begw", "Gwen", "Efa", "Anwen", "Llio", "Manon", "Elan", "Erin", "Beca", "Non",
         "Briallen", "Eleri", "Fflur", "Ela", "Lleucu", "Menna", "Sara", "Olivia", "Ava", "Isla",
         "Maisie", "Awen", "Mererid", "Gwenllian", "Nanw", "Sioned", "Poppy", "Amelia", "Ffreya"]
BOYS = ["Osian", "Gwion", "Cai", "Llŷr", "Hedd", "Afon", "Ioan", "Macsen", "Tomos", "Elis", "Ifan",
        "Gruffudd", "Dyfan", "Guto", "Tudur", "Morgan", "Rhodri", "Harri", "Jac", "Efan", "Iestyn",
        "Math", "Siôn", "Dewi", "Caio", "Bedwyr", "Lewys", "Mabon", "Idris", "Trystan", "Huw", "Rhys",
        "Steffan", "Owain", "Gethin", "Noah", "Oliver", "Leo", "Archie", "Deio", "Cian", "Ianto",
        "Emyr", "Alfie", "Twm"]
NICK = {"Gruffudd": "Gruff", "Tomos": "Twm", "Catrin": "Cat", "Gwenllian": "Gwenllïan", "Dafydd": "Deio",
        "Rhodri": "Rhod", "Elizabeth": "Lizzie"}
SURNAMES = ["Jones", "Williams", "Hughes", "Parry", "Owen", "Roberts", "Griffiths", "Evans", "Thomas",
            "Davies", "Pritchard", "Lewis", "Rowlands", "Lloyd", "Morris", "Jenkins", "Ellis", "Wyn",
            "Prys", "Bowen", "ap Dafydd", "ab Iorwerth", "ap Huw", "ab Owen", "ap Rhys", "Smith",
            "Taylor", "Kowalski", "Ahmed", "Jarvis", "Humphreys", "Pugh", "Rees", "Môn Jones", "Tudur"]

STAFF = [
    ("BGS01", "Mr", "Huw Gwilym", "Prydderch", "Pennaeth / Headteacher; Designated Safeguarding Lead (DSL)"),
    ("BGS02", "Mrs", "Menna Wyn", "Parri", "Dirprwy Bennaeth / Deputy Head; Deputy DSL; athrawes Blwyddyn 6 (Eryri)"),
    ("BGS03", "Miss", "Alaw", "Tudur", "Athrawes Blwyddyn 4 (Awel)"),
    ("BGS04", "Mr", "Dafydd", "Pritchard", "Athro Blwyddyn 5 (Enfys); Arweinydd Chwaraeon a'r Urdd"),
    ("BGS05", "Mrs", "Carys", "Owen", "Ysgrifenyddes / School Secretary"),
    ("BGS06", "Mrs", "Bethan", "Lloyd", "Athrawes Derbyn (Cregyn)"),
    ("BGS07", "Mrs", "Siân", "Morris", "Athrawes Blwyddyn 1 (Cywion)"),
    ("BGS08", "Mr", "Ifan", "Llywelyn", "Athro Blwyddyn 2 (Celyn)"),
    ("BGS09", "Mrs", "Gwenda", "Roberts", "Athrawes Blwyddyn 3 (Derwen)"),
    ("BGS10", "Mrs", "Eluned", "Hughes", "CADY / ALNCo"),
    ("BGS11", "Mrs", "Heulwen", "Jones", "Cymhorthydd / Teaching Assistant (Cywion)"),
    ("BGS12", "Miss", "Ffion", "Bowen", "Cymhorthydd / Teaching Assistant (Awel)"),
    ("BGS13", "Mr", "Gareth", "Williams", "Gofalwr / Caretaker"),
    ("BGS14", "Mrs", "Delyth", "Evans", "Cogyddes / Cook"),
    ("BGS15", "Mrs", "Glenys", "Thomas", "Goruchwylydd Cinio a Chlwb Brecwast / Lunchtime and Breakfast Club Supervisor"),
    ("BGS16", "Mrs", "Nerys", "Pugh", "Athrawes Feithrin / Nursery Teacher"),
]


def build_roster(n_total=172, seed=20240919):
    rnd = random.Random(seed)
    per_year = {y: [] for y, _ in YEARS}
    used = set()
    for key, (f, l, pref, y, cs, cw) in FEATURED.items():
        per_year[y].append((key, f, l, pref, cs, cw))
        used.add((f, l))
    target = n_total // len(YEARS)
    extra = n_total - target * len(YEARS)
    for i, (y, _) in enumerate(YEARS):
        want = target + (1 if i < extra else 0)
        while len(per_year[y]) < want:
            pool = GIRLS if rnd.random() < 0.5 else BOYS
            f = rnd.choice(pool)
            l = rnd.choice(SURNAMES)
            if (f, l) in used:
                continue
            used.add((f, l))
            pref = NICK.get(f, f) if rnd.random() < 0.5 else f
            cs = "no" if rnd.random() < 0.08 else "yes"
            cw = "no" if cs == "no" and rnd.random() < 0.7 else "yes"
            per_year[y].append((None, f, l, pref, cs, cw))
    rows, keymap = [], {}
    n = 0
    for y, cls in YEARS:
        kids = per_year[y]
        kids.sort(key=lambda r: (r[2], r[1]))
        for key, f, l, pref, cs, cw in kids:
            n += 1
            pid = f"BG{n:04d}"
            rows.append((pid, f, l, pref, y, cls, cs, cw))
            if key:
                keymap[key] = pid
    return rows, keymap
