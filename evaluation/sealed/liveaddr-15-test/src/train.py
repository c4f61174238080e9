"""Train half: PE teacher at an invented Belfast secondary, posting from fixtures on his phone."""
import random
from common import *

FIRST = ["Oisín", "Cormac", "Niamh", "Aoife", "Ciarán", "Rory", "Shannon", "Caoimhe", "Darragh", "Eimear",
         "Tiernan", "Clodagh", "Ruairí", "Orla", "Fionn", "Saoirse", "Callum", "Megan", "Jamie", "Kerri",
         "Conall", "Bronagh", "Peadar", "Róisín", "Lorcan", "Ellie", "Declan", "Tierna", "Odhrán", "Grace",
         "Kyle", "Aimee", "Dáire", "Leah", "Cathal", "Niall", "Sorcha", "Matthew", "Ava", "Ethan"]
LAST = ["McKeown", "Doherty", "Magee", "Hanna", "Quinn", "McAllister", "Donnelly", "Mulholland", "Devlin",
        "McCartan", "Gribben", "Toner", "McIlroy", "Fegan", "Kearney", "Lavery", "McStravick", "Brolly",
        "Hagan", "Carlin", "Crangle", "McGuigan", "Boyle", "Rafferty", "McVeigh", "Maginn", "Shields"]
NICK = {"Cormac": "Corm", "Ciarán": "Kiki", "Darragh": "Dar", "Ruairí": "Ru", "Callum": "Cal",
        "Matthew": "Matty", "Saoirse": "Seersh", "Conall": "Con", "Lorcan": "Lorc", "Jamie": "Jay"}
YEARS = ["Year 8", "Year 9", "Year 10", "Year 11", "Year 12"]
CLASSES = [["8L", "8M", "8R"], ["9L", "9M", "9R"], ["10L", "10M", "10R"], ["11L", "11M"], ["12L", "12M"]]

roster = make_roster("LB", FIRST, LAST, NICK, YEARS, CLASSES, seed=815)
staff = [
    dict(staff_id="LBS01", title="Mrs", first_name="Geraldine", last_name="Tumelty", role="Principal"),
    dict(staff_id="LBS02", title="Mr", first_name="Seamus", last_name="Corr", role="Vice-Principal; Designated Teacher for Child Protection"),
    dict(staff_id="LBS03", title="Mr", first_name="Paddy", last_name="Gilmore", role="Head of PE"),
    dict(staff_id="LBS04", title="Miss", first_name="Shauna", last_name="Keenan", role="PE Teacher; Camogie and Netball"),
    dict(staff_id="LBS05", title="Mr", first_name="Gareth", last_name="Wylie", role="PE Teacher; Rugby and Athletics"),
    dict(staff_id="LBS06", title="Ms", first_name="Bernie", last_name="Loughran", role="Head of Year 10"),
    dict(staff_id="LBS07", title="Mr", first_name="Eamon", last_name="Conlon", role="Minibus driver and Site Manager"),
    dict(staff_id="LBS08", title="Mrs", first_name="Julie", last_name="Adair", role="Office Manager"),
    dict(staff_id="LBS09", title="Dr", first_name="Niall", last_name="Kerr", role="Head of Science"),
    dict(staff_id="LBS10", title="Miss", first_name="Cliodhna", last_name="Rooney", role="Learning Support"),
]
TOML = '''# Invented Belfast secondary school for the s15-liveaddr train half.
name = "Lagan Brae High School"
name_cy = ""
address = "Lagan Brae High School, 40 Carnbrae Road, Belfast BT8 6QX"
postcode = "BT8 6QX"
nation = "northern-ireland"
web_domain = "laganbraehigh.org.uk"
email_domains = ["laganbraehigh.org.uk", "c2kni.net"]
official_emails = ["info@laganbraehigh.org.uk", "pe@laganbraehigh.org.uk"]
official_phones = ["028 9649 6000", "028 9649 6001"]
allowed_link_domains = ["laganbraehigh.org.uk", "gaa.ie", "ulsterrugby.com", "education-ni.gov.uk"]
policy = "default"
'''

RULES = [(["swim"], ["Olympia Leisure Centre", "Lisnasharragh Leisure Centre"]),
         (["1500", "200m", "trials", "cross country"], ["Mary Peters Track"]),
         (["towpath", "walk"], ["Ormeau Park", "the Waterworks", "Victoria Park", "Falls Park", "Cregagh Park"])]
VENUES = ["Mary Peters Track", "Ormeau Park", "Boucher Road playing fields", "Falls Park", "Stranmillis pitches", "Musgrave Park",
          "Cherryvale playing fields", "Corrigan Park", "the Waterworks", "Victoria Park", "Cregagh Park"]
OPP = ["St Malachy's", "Ashfield", "Grosvenor", "Dominican", "Wellington", "Methody", "St Joe's",
       "Castlereagh Academy", "Knockbreda", "Bangor Grammar"]
TIMES = ["3.30", "4pm", "4.15", "10.30", "11am", "half 3", "2pm", "1.45", "9.30am", "half 10", "12.15", "5pm"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
SPORT = ["rugby", "football", "netball", "camogie", "hockey", "hurling", "gaelic", "cross country"]
TEAM = ["U14s", "U16s", "Year 8 girls", "Year 9 boys", "Year 10s", "U13 girls", "the seniors", "the Year 11 squad"]
HOMES = ["The Laurels, Knockmount Drive", "Glenshane, Rosetta Park Lane, BT6 0QJ", "Flat 2, 14 Lisnabreen Court",
         "no. 27 Tullyglass Avenue", "No. 9 Carrowreagh Gardens, Dundonald", "Apt 5, 61 Cregagh\nRoad, BT6 0QZ",
         "Hillcrest, Ballyhanwood Road", "18 Kilmakee\nPark, Belfast BT5 7QL", "Flat 1A, 3 Beechmount Parade",
         "Ardnavally House, Ballylesson Road, BT8 8QP", "43 Mount Merrion\nAvenue", "Rathmore, Old Holywood Road",
         "no.6 Sunnyside Crescent, BT7 3QD", "Flat 7, 22 Ava Grove", "Cloverhill, Church Road, Castlereagh",
         "112 Cavehill\nDrive, BT15 5QF", "Apartment 12, 4 Lanark Mews", "Drumbeg Cottage, Quarterlands Road"]
PCS = ["BT8 7QJ", "BT6 9QW", "BT5 6QN", "BT7 2QE", "BT9 6QZ", "BT16 1QT", "BT4 3QA", "BT11 8QR"]

T = {"LIVE": [], "BOTH": [], "HOME": [], "NEAR": [], "CLEAN": []}
def add(kind, *tpls):
    for t in tpls:
        T[kind].append(("en", t))

add("LIVE",
    "📍 {v} now. {TM} v {opp}, ko in 10 mins. come down and give them a shout 💪",
    "LIVE from {v}!! {tm} 1-0 up at the break, {k1f} with a screamer. lads are flyin",
    "we're at {v} now for the {sp} blitz, {tm} on pitch 3 till about {t}. any parents in the area come on down",
    "{k1} running the 1500 at {v} in about 20 mins 🏃 get down if yous are close",
    "Every {d} at {t} the Year 8s walk down to {v} for swimming, please make sure they have togs + a towel",
    "Reminder: {tm} training is {d}s {t}-5 at {v}, not in school this term. bus leaves from the front gate",
    "At {v} right now with {tm}, pitch is a bog 😂 {k1f} and {k2f} covered head to toe",
    "{TM} cup semi at {v} this {d} at {t}. {k1} back from injury and starting. big crowd needed!!",
    "on the road to {v} now, should be there for {t}. {k1f} already asking for the chippy",
    "Sat in the stand at {v} watching {tm} warm up, throw in {t}. {k1f} captaining today",
    "Walking route for the sponsored walk {d}: leave school 9.30, down the Ormeau Road, into {v} by 10.15, back for 12. Year 9 groups 1-4",
    "{k1} and {k2} are at {v} all day today for the NI schools trials, first session starts at {t}. fingers crossed",
    "Pin dropped 📍 {v}. {TM} here till {t} for {sp}, subs are warming up",
    "Still here at {v} - extra time!! all square. {k1f} cramping 😬",
    "Year 10 {sp} club is every {d} {t} at {v} from now till Easter, collect from the main entrance at 5.30",
    "{k1f} in the 200m final at {v} at {t} today!!! 🥇 whole PE dept down here screaming",
    "Heads up, {tm} will be jogging the towpath from {v} to Shaw's Bridge {d} between {t} and 5, wave if you see us",
    "right we're here at {v}, {opp} bus just pulling in. {TM} ko {t}. {k1f} and {k2f} both starting",
    "Every {d} after school {tm} train at {v}, {t} till 5. lift share sheet on the PE noticeboard",
    "{k1} has been picked for the Ulster squad, first session {d} at {v} {t}. proud as punch",
)
add("BOTH",
    "Minibus back from {v} running late, we're on the Boucher Road now. dropping {k1f} at {h} about {t}, rest back to school",
    "{k1f} left the boots at {v} where we are now. his granny is going to collect them, she's at {h} if anyone's passing",
    "Bus from {v} leaves at {t}. {k1} being dropped off at {pc} on the way as agreed with mum",
    "live from {v}, {tm} buzzing. Mr Conlon will drop {k1f} home to {h} straight after, {t}ish",
    "Still at {v} for {sp}, finishing {t}. {k1f} and {k2f} getting dropped at {pc} after, the rest back to school for 5",
)
add("HOME",
    "whoever lifted the wrong kitbag after {sp} on {d}, it belongs to {k1f}, drop it round to {h} please 🙏",
    "{k1}'s mum has the spare jerseys at home, {h}. collect before {d}",
    "Lost property from the away game last week: gumshield, 1 boot, a phone. phone owner lives at {h} apparently, will drop it round",
    "Massive thanks to the {k1f} family at {h} for washing all 30 jerseys after the cup final 🙌",
    "Car pool for next month's tournament sorted, pick up point for the Castlereagh crew is {pc} ({k1f}'s house)",
    "Spare hurls can be picked up from the {k1f} household at {h}, dad says any evening",
    "{k1f} has a broken wrist after Saturday's game, cards can be posted to {h}. get well soon 💪",
    "Kit sponsor stuff arrived, being stored at {h} till we get the cage fixed. ta to {k1f}'s da",
    "The medals for last season are with me at... nope, with {k1f}'s mum at {h}. call in this week",
    "Boots for the swap shop: leave at the porch of {h}, {k1f}'s grandad will sort them",
    "drop off for the after-party pizza order is {pc}, {k1}'s, not the school. ta",
    "{k1f}'s wee brother needs his ball back, if you have it it goes to {h}",
)
add("NEAR",
    "What a day yesterday at {v}! {tm} won 3-1 v {opp}. {k1f} player of the match 🏆",
    "Last week's {sp} blitz at {v} was class, well done all. photos to follow",
    "Parents' info night for the Spain ski trip is at the Europa Hotel, Great Victoria Street, on {d} at 7pm. adults only, no need to bring the kids",
    "Huge thanks to our kit sponsor McCready's Butchers, 212 Ormeau Road, for the new {sp} jerseys 🙌",
    "Sports day is ON. all events at school, 40 Carnbrae Road, BT8 6QX. Parents welcome from 1pm",
    "Directions to the summer fete: it's at school, in off the Carnbrae Road, car park via the side gate, postcode BT8 6QX for the satnav",
    "Staff 5-a-side every {d} at {t} at {v}, any teachers wanting a game let me know (no kids involved, just us old legs 😂)",
    "Fixtures for next term coming soon, {tm} will be playing {opp} at some point in the spring",
    "Got back to school at 6 last night after {v}, thanks to all the parents who waited",
    "{k1} was class at the county trials on Saturday, came home with a silver 🥈",
    "Coaching course for parents on {d} night at the Ormeau Road community centre, 34 Ormeau Road, 7-9pm. volunteers wanted",
    "Swimming gala results from last {d} at {v} are up on the website",
    "Sponsored walk raised £1,240!! well done everyone who walked it last {d}",
    "Season tickets for the club are on sale at their shop, 14 Lisburn Road, not through us",
    "The PTA quiz is in the school hall on {d}, doors 7.30, BT8 6QX",
    "Ulster Schools Cup draw done, {tm} play {opp} in the new year, date tbc",
)
add("CLEAN",
    "Well done to everyone who tried out for {tm} {sp} this week, teams up on the noticeboard {d}",
    "Reminder gum shields are compulsory for {sp} from now on, no gumshield no game",
    "PE kit: navy shorts, school polo, trainers. no jewellery. that's it 😂",
    "Massive effort from {tm} in training tonight, proud of yous",
    "Anyone got spare football boots size 5-7 they don't need? donate to the PE dept, ta",
    "New {sp} nets up in the sports hall, big thanks to the site team",
    "Letters home today re the {sp} tournament, please sign and return by {d}",
    "Hydration!! bring a water bottle to every PE lesson, it's warm out",
    "Extra-curricular timetable for this term is on the school app",
    "{TM} {sp} team photo day moved to next week, full kit please",
)

def fills(rnd, ros, tpl):
    ok = [r for r in ros if r["consent_social_media"] == "yes"]
    a, b = rnd.sample(ok, 2)
    _tm = rnd.choice(TEAM)
    return dict(k1=kid_span(a, f"{a['preferred_name']} {a['last_name']}"), k1f=kid_span(a, a["preferred_name"]),
                k2=kid_span(b, f"{b['preferred_name']} {b['last_name']}"), k2f=kid_span(b, b["preferred_name"]),
                h=home_span(rnd.choice(HOMES)), pc=home_span(rnd.choice(PCS)), v=pick_venue(rnd, tpl, RULES, VENUES),
                opp=rnd.choice(OPP), t=rnd.choice(TIMES), d=rnd.choice(DAYS), sp=rnd.choice(SPORT), tm=_tm, TM=_tm[0].upper()+_tm[1:])

if __name__ == "__main__":
    lines, meta = build_half("lb", roster, T, dict(LIVE=65, BOTH=15, HOME=35, NEAR=50, CLEAN=35), fills, 1501,
                             voice="pe-teacher-belfast-secondary")
    write_half("train", roster, staff, ["staff_id", "title", "first_name", "last_name", "role"], TOML, lines, meta)
