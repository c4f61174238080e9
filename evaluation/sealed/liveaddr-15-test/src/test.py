"""Test half: bilingual office administrator of an invented Welsh primary in Llanelli (south-Wales Welsh)."""
from common import *

FIRST = ["Cadi", "Osian", "Gethin", "Efa", "Nel", "Tomos", "Elis", "Lowri", "Ifan", "Macsen", "Deio", "Nanw",
         "Alaw", "Cian", "Jac", "Catrin", "Harri", "Lili", "Begw", "Mabli", "Steffan", "Erin", "Caio", "Tirion",
         "Peredur", "Ela", "Rhodri", "Megan", "Tegan", "Ffion", "Carwyn", "Poppy", "Noah", "Evie"]
LAST = ["Jones", "Davies", "Thomas", "Evans", "Rees", "Williams", "Griffiths", "Morgan", "Howells", "Bowen",
        "Lewis", "Harries", "Rowlands", "Protheroe", "Beynon", "Jenkins", "Llewellyn", "Phillips", "Hopkins"]
NICK = {"Tomos": "Twm", "Steffan": "Steff", "Catrin": "Cat", "Macsen": "Macs", "Deio": "Dei",
        "Rhodri": "Rhod", "Harri": "Haz", "Peredur": "Pedr"}
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = [["Dosbarth Derbyn"], ["Dosbarth Dryw"], ["Dosbarth Robin"], ["Dosbarth Tylluan"],
           ["Dosbarth Barcud"], ["Dosbarth Gwalch"], ["Dosbarth Eryr"]]
roster = make_roster("CF", FIRST, LAST, NICK, YEARS, CLASSES, seed=3315)
staff = [
    dict(staff_id="CFS01", title="Mr", first_name="Huw", last_name="Bevan", role="Pennaeth / Headteacher"),
    dict(staff_id="CFS02", title="Mrs", first_name="Rhian", last_name="Gravell", role="Dirprwy Bennaeth / Deputy Head; DSL"),
    dict(staff_id="CFS03", title="Mrs", first_name="Delyth", last_name="Harries", role="Gweinyddwr / Office Administrator"),
    dict(staff_id="CFS04", title="Miss", first_name="Sioned", last_name="Parry", role="Athrawes Blwyddyn 5 / Year 5 Teacher"),
    dict(staff_id="CFS05", title="Mr", first_name="Dafydd", last_name="Hughes", role="Athro Blwyddyn 6 / Year 6 Teacher"),
    dict(staff_id="CFS06", title="Mrs", first_name="Eirlys", last_name="Davies", role="Cymhorthydd / Teaching Assistant"),
    dict(staff_id="CFS07", title="Mr", first_name="Gareth", last_name="Prosser", role="Gofalwr / Caretaker"),
    dict(staff_id="CFS08", title="Mrs", first_name="Menna", last_name="Tudor", role="Athrawes Derbyn / Reception Teacher"),
]
TOML = '''# Invented Llanelli primary school for the s15-liveaddr test half.
name = "Cae'r Felin Primary School"
name_cy = "Ysgol Gynradd Cae'r Felin"
address = "Ysgol Gynradd Cae'r Felin, Heol Cae'r Felin, Llanelli SA15 4QJ"
postcode = "SA15 4QJ"
nation = "wales"
web_domain = "caerfelin.sch.cymru"
email_domains = ["caerfelin.sch.cymru", "hwbcymru.net"]
official_emails = ["swyddfa@caerfelin.sch.cymru", "office@caerfelin.sch.cymru"]
official_phones = ["01632 960772"]
allowed_link_domains = ["caerfelin.sch.cymru", "sirgar.llyw.cymru", "carmarthenshire.gov.wales", "hwb.gov.wales"]
policy = "default"
'''
# (radical, soft after "o", "yn" + nasal form, English name)
VEN = [("Parc Howard", "Barc Howard", "ym Mharc Howard", "Parc Howard"),
       ("Canolfan Hamdden Llanelli", "Ganolfan Hamdden Llanelli", "yng Nghanolfan Hamdden Llanelli", "Llanelli Leisure Centre"),
       ("Llyfrgell Llanelli", "Lyfrgell Llanelli", "yn Llyfrgell Llanelli", "Llanelli Library"),
       ("Parc y Scarlets", "Barc y Scarlets", "ym Mharc y Scarlets", "Parc y Scarlets"),
       ("Traeth Pen-bre", "Draeth Pen-bre", "yn Nhraeth Pen-bre", "Pembrey beach"),
       ("Theatr y Ffwrnes", "Theatr y Ffwrnes", "yn Theatr y Ffwrnes", "the Ffwrnes Theatre"),
       ("Harbwr Porth Tywyn", "Harbwr Porth Tywyn", "yn Harbwr Porth Tywyn", "Burry Port harbour"),
       ("Canolfan Gwlyptir Llanelli", "Ganolfan Gwlyptir Llanelli", "yng Nghanolfan Gwlyptir Llanelli", "the Wetland Centre"),
       ("Eglwys Sant Elli", "Eglwys Sant Elli", "yn Eglwys Sant Elli", "St Elli's Church"),
       ("Cae Chwarae Felinfoel", "Gae Chwarae Felinfoel", "yng Nghae Chwarae Felinfoel", "Felinfoel playing field")]
RULES = [(["swim", "nofio"], [VEN[1]]),
         (["canu", "singing", "harp", "adrodd", "show", "workshop"], [VEN[2], VEN[5], VEN[8]]),
         (["rugby", "racing", "cross-country", "seiclo"], [VEN[3], VEN[9], VEN[4]]),
         (["planting", "ysgol goedwig", "llwybr arfordir", "coastal"], [VEN[0], VEN[6], VEN[7], VEN[4]])]
GRP_CY = ["Blwyddyn 5", "Blwyddyn 6", "Dosbarth Barcud", "côr yr ysgol", "Blwyddyn 3 a 4", "y Cyngor Ysgol", "plant y Derbyn", "Dosbarth Eryr"]
GRP_EN = ["Year 5", "Year 6", "Barcud class", "the school choir", "Years 3 and 4", "the School Council", "our Reception children"]
T_CY = ["10 o'r gloch", "1.30", "hanner awr wedi tri", "2 o'r gloch", "11", "9.30", "3.15"]
T_EN = ["10am", "1.30pm", "half past three", "2pm", "11am", "9.30am", "3.15pm"]
D_CY = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener"]
D_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
HOMES = ["Bryn Awel, Heol Gwili, Felinfoel SA14 8QX", "Maes y Coed, Ffordd yr Orsaf", "14 Cilgant y Dderwen, Pwll",
         "Fflat 2, 9 Stryd Thomas", "Tŷ Gwyn, Lôn Hir, Bynea", "23 Heol\nHen, Llwynhendy SA14 9QD",
         "rhif 5 Maes Glas, Dafen", "Flat 4, 31 Stryd y\nFarchnad", "Glasfryn, Heol y Bryn, Pen-y-groes",
         "Gwêl y Môr, Lôn Sger, Pen-bre", "no. 12 Cilgant Bryndulais", "8 Maes yr Ysgol,\nTrimsaran SA17 4QB",
         "Hafod Lon, Heol Pant-y-Celyn", "Fflat 1, 40 Ffordd y Mor, Porth Tywyn SA16 0QN"]
PCS = ["SA14 8QF", "SA15 3QT", "SA16 0QZ", "SA15 2QY", "SA14 9QL", "SA17 4QE"]

T = {"LIVE": [], "BOTH": [], "HOME": [], "NEAR": [], "CLEAN": []}
def add(kind, lang, *tpls):
    for t in tpls:
        T[kind].append((lang, t))

add("LIVE", "cy",
    "Yn fyw o {vs}! 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Mae {gc} yn canu nawr, dewch lawr os chi yn y dre.",
    "Ni {vn} ar hyn o bryd gyda {gc}, ni'n aros 'ma tan {tc}. Tywydd pert!",
    "Bob {dc} am {tc} mae {gc} yn cerdded lawr i {vs} i nofio. Cofiwch y tywel a'r cit nofio plîs.",
    "Llongyfarchiadau i {k1}! Bydd {k1f} yn adrodd yng nghyngerdd yr Urdd {vn} {dc} am {tc}. Pob lwc!",
    "📍 {vr}. {GC} newydd gyrraedd, ni mas fan hyn tan {tc}.",
    "Ni ar y llwybr arfordir nawr, yn cerdded o Borth Tywyn i {vs}. Byddwn ni 'na erbyn {tc}.",
    "Bob {dc} am {tc} bydd {gc} yn mynd i Ysgol Goedwig {vn}. Dillad glaw a welis os gwelwch yn dda.",
)
add("LIVE", "mixed",
    "Yn fyw o {vs} 🎶 {ge} are singing right now – dewch i wrando! Ni 'ma tan {tc}.",
    "Ar hyn o bryd we're at {ve} with {ge}. Pickup back at school as normal, ni'n gadael am {tc}.",
    "Bob {dc} am {tc} – every {de} at {te} – {ge} walk to {ve} for swimming. Cit nofio plîs!",
    "{k1f} a {k2m} are racing at {ve} {de} at {te} – pob lwc i chi'ch dau! 🏃‍♀️",
    "Seiclo diogel: {ge} will cycle from school to {ve} on {de} between {te} and 3pm. Llwybr: Heol y Parc a'r llwybr beicio.",
)
add("LIVE", "en",
    "We're at {ve} now with {ge} for the rugby festival, here till {te}. Come and cheer!",
    "Every {de} at {te} {ge} walk to {ve} for swimming – please pack kit in a named bag.",
    "Congratulations to {k1}, who will be playing the harp at {ve} on {de} at {te}. Everyone welcome to come along.",
    "📍 {ve} – {ge} have just arrived for their workshop and will be here until {te}.",
    "Sponsored walk route for {de}: leaving school 9.30am, along the coastal path to {ve} by 11, back for lunch.",
    "{GE} are at {ve} right now planting trees with the council – we'll be here until {te}.",
    "{k1f} and {k2f} are in the cross-country final at {ve} at {te} today – good luck!",
    "From this week {ge} will go to {ve} every {de} at {te} for their reading buddies sessions.",
)
add("BOTH", "mixed",
    "Ni dal {vn} – running late! {k1f} will be dropped at {h} tua {tc} as Mamgu asked.",
    "Yn fyw o {vs} 😊 After the show the minibus will drop {k1} at {pc}, {te}ish, fel y trefnwyd.",
)
add("BOTH", "en",
    "We're at {ve} now and the bus is delayed. {k1f} will be dropped at {h} at about {te} instead of school, as agreed with Dad.",
    "Still at {ve} with {ge}. Taxi will take {k1} straight home to {pc} at {te}.",
)
add("BOTH", "cy",
    "Ni {vn} ar hyn o bryd. Byddwn ni'n gollwng {k1f} adre at Tadcu, {h}, am {tc}, fel gofynnodd Tadcu.",
)
add("HOME", "cy",
    "Mae cardigan {k1f} wedi cael ei ffeindio – mae e gyda Mamgu yn {h}. Diolch!",
    "Diolch o galon i deulu {k1f}, {h}, am olchi'r gwisgoedd i gyd ar ôl y sioe 💛",
    "Bydd y tacsi yn casglu {k1} o {pc} bob bore o hyn ymlaen.",
    "Cardiau i {k1f}, sy'n gwella gartre: {h}. Brysia wella cariad!",
)
add("HOME", "mixed",
    "Lost property / Eiddo coll: {k1f}'s lunchbox is at her Mamgu's, {h}. Casglwch unrhyw bryd.",
    "Tombola prizes can be left at {h} – {k1f}'s family sy'n trefnu. Diolch yn fawr!",
)
add("HOME", "en",
    "A neighbour found {k1}'s reading folder – it can be collected from {h}.",
    "Christmas jumper donations can be dropped at {h}, where {k1f}'s mum is sorting them for the PTA.",
    "The Year 6 hoodies have gone to {k1f}'s house, {h}, for collection on Saturday.",
    "From Monday, {k1}'s taxi will pick up from {pc} instead of Nana's.",
)
add("NEAR", "cy",
    "Ddoe roedd Blwyddyn 4 ym Mharc Howard – diwrnod bendigedig! Diolch i'r rhieni.",
    "Cyfeiriad yr ysgol ar gyfer y ffair haf: Heol Cae'r Felin, Llanelli SA15 4QJ. Parcio ar y stryd plîs.",
    "Noson rieni am y daith breswyl yng Nghanolfan Selwyn Samuel, Heol yr Orsaf, {dc} am 6.30. Oedolion yn unig.",
    "Diolch i Siop Gig Beynon, 7 Stryd Stepney, am noddi'r crysau newydd 🙏",
    "Bydd Blwyddyn 6 yn mynd i Langrannog rywbryd yn yr haf. Mwy o fanylion i ddod.",
)
add("NEAR", "mixed",
    "Wythnos diwethaf / last week {ge} had a lovely trip to {ve}. Lluniau ar y wefan!",
    "Staff netball – bob {dc} am 6 yng Nghanolfan Hamdden Llanelli. Staff only, dim plant! 😂",
    "Ffair Haf / Summer Fair: on the school field, Heol Cae'r Felin SA15 4QJ. Directions: turn off Heol Goffa by the garage.",
)
add("NEAR", "en",
    "Yesterday {ge} visited {ve} and loved every minute. Thank you to the staff there!",
    "Parents' meeting about the Year 6 residential is at Llanelli Library, Vaughan Street, on {de} at 6pm – adults only.",
    "Thank you to Morgan's Hardware, 22 Station Road, for donating compost for our garden.",
    "Our school postcode for sat-navs is SA15 4QJ – visitors please use the main gate.",
    "{k1f} did brilliantly at the county swimming gala last weekend – proud of you!",
    "Next term {ge} will be visiting {ve}. Details nearer the time.",
    "Pilates for parents and staff every {de} at 7pm in the school hall, Heol Cae'r Felin. Adults only.",
)
add("CLEAN", "cy",
    "Atgoffa: mae angen potel ddŵr bob dydd. Diolch!",
    "Croeso nôl i bawb ar ôl yr hanner tymor 😊",
    "Bydd llythyron am y nosweithiau rhieni yn mynd adref heddiw.",
)
add("CLEAN", "mixed",
    "Diwrnod Shwmae hapus! Have a go at saying 'shwmae' to someone today 👋",
    "Book bags / bagiau llyfrau back every Monday please. Diolch!",
)
add("CLEAN", "en",
    "Flu spray consent forms are due back on Friday.",
    "Well done to everyone who took part in Welsh Reading Week – da iawn!",
    "The school office will close at 2pm on Friday for staff training.",
    "Please label all uniform – we have a mountain of unnamed jumpers!",
    "Reminder that {ge} have PE on {de} – trainers and shorts please.",
    "Thank you to everyone who gave to the food bank appeal – over 300 items!",
    "Parent consultations next week – booking forms went home in book bags today.",
)
add("CLEAN", "cy",
    "Mae {gc} wedi gweithio mor galed yr wythnos hon – da iawn chi!",
    "Cofiwch: mae'r ysgol ar gau {dc} ar gyfer hyfforddiant staff.",
    "Diolch i'r Cyngor Ysgol am drefnu'r casgliad ar gyfer Plant Mewn Angen 💛",
)

MUT = {"C": "Ch", "P": "Ph", "T": "Th"}

def fills(rnd, ros, tpl):
    ok = [r for r in ros if r["consent_social_media"] == "yes"]
    a = rnd.choice(ok)
    if "{k2m}" in tpl:
        b = rnd.choice([r for r in ok if r["preferred_name"][0] in MUT and r["preferred_name"][:2] != "Ch" and r is not a])
        m = MUT[b["preferred_name"][0]] + b["preferred_name"][1:]
    else:
        b = rnd.choice([r for r in ok if r is not a]); m = b["preferred_name"]
    v = pick_venue(rnd, tpl, RULES, [x for x in VEN if x[0] not in ('Canolfan Hamdden Llanelli', 'Theatr y Ffwrnes', 'Eglwys Sant Elli', 'Llyfrgell Llanelli')])
    i = rnd.randrange(len(T_CY)); j = rnd.randrange(len(D_CY))
    _ge = rnd.choice(GRP_EN)
    _gc = rnd.choice(GRP_CY)
    return dict(k1=kid_span(a, f"{a['preferred_name']} {a['last_name']}"), k1f=kid_span(a, a["preferred_name"]),
                k2f=kid_span(b, b["preferred_name"]), k2m=kid_span(b, m),
                h=home_span(rnd.choice(HOMES)), pc=home_span(rnd.choice(PCS)),
                vr=v[0], vs=v[1], vn=v[2], ve=v[3], gc=_gc, GC=_gc[0].upper()+_gc[1:], ge=_ge, GE=_ge[0].upper()+_ge[1:],
                tc=T_CY[i], te=T_EN[i], dc=D_CY[j], de=D_EN[j])

if __name__ == "__main__":
    lines, meta = build_half("cf", roster, T, dict(LIVE=29, BOTH=7, HOME=16, NEAR=24, CLEAN=14), fills, 3303)
    write_half("test", roster, staff, ["staff_id", "title", "first_name", "last_name", "role"], TOML, lines, meta)
