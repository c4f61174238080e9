"""Dev half: deputy head of an invented Cornish primary school; formal, careful English."""
from common import *

FIRST = ["Tamsin", "Jago", "Morwenna", "Kenver", "Demelza", "Piran", "Elowen", "Lowen", "Tegen", "Jowan",
         "Ruby", "Harrison", "Isla", "Alfie", "Poppy", "Freddie", "Willow", "Arthur", "Daisy", "Theo",
         "Ivy", "Oscar", "Lowenna", "Ewan", "Wenna", "Bryok", "Senara", "Austell", "Nessa", "Hector"]
LAST = ["Trevithick", "Pascoe", "Penrose", "Chenoweth", "Tregear", "Rowe", "Nancarrow", "Polglase", "Jewell",
        "Trembath", "Hocking", "Carne", "Angove", "Bolitho", "Tremayne", "Rosevear", "Uren", "Kitto", "Trounson"]
NICK = {"Morwenna": "Wenna", "Harrison": "Harry", "Alfie": "Alf", "Demelza": "Mel", "Freddie": "Fred",
        "Theo": "Teddy", "Lowenna": "Lolo", "Hector": "Hecky"}
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = [["Limpets"], ["Shrimps"], ["Crabs"], ["Seals"], ["Puffins"], ["Dolphins"], ["Gannets"]]

roster = make_roster("PL", FIRST, LAST, NICK, YEARS, CLASSES, seed=2215)
staff = [
    dict(staff_id="PLS01", title="Mr", first_name="Crispin", last_name="Bolitho", role="Headteacher"),
    dict(staff_id="PLS02", title="Mrs", first_name="Helena", last_name="Truscott", role="Deputy Headteacher; Designated Safeguarding Lead"),
    dict(staff_id="PLS03", title="Miss", first_name="Kerensa", last_name="Opie", role="Class Teacher, Dolphins (Year 5)"),
    dict(staff_id="PLS04", title="Mr", first_name="Tobias", last_name="Vosper", role="Class Teacher, Gannets (Year 6)"),
    dict(staff_id="PLS05", title="Mrs", first_name="Carol", last_name="Keast", role="Teaching Assistant"),
    dict(staff_id="PLS06", title="Ms", first_name="Anna", last_name="Roskilly", role="Forest School Leader"),
    dict(staff_id="PLS07", title="Mrs", first_name="Jan", last_name="Trewhella", role="School Business Manager"),
    dict(staff_id="PLS08", title="Mr", first_name="Neil", last_name="Gendall", role="Caretaker"),
]
TOML = '''# Invented Cornish primary school for the s15-liveaddr dev half.
name = "Polventon Community Primary School"
name_cy = ""
address = "Polventon Community Primary School, Trelowarth Road, Penryn, Cornwall TR10 9QX"
postcode = "TR10 9QX"
nation = "england"
web_domain = "polventon.cornwall.sch.uk"
email_domains = ["polventon.cornwall.sch.uk"]
official_emails = ["secretary@polventon.cornwall.sch.uk", "head@polventon.cornwall.sch.uk"]
official_phones = ["01632 960418"]
allowed_link_domains = ["polventon.cornwall.sch.uk", "cornwall.gov.uk", "gov.uk", "nationaltrust.org.uk"]
policy = "default"
'''
RULES = [(["swim"], ["Falmouth Leisure Centre"]),
         (["beach clean", "rock-pool", "picnic"], ["Gyllyngvase Beach", "Swanpool Nature Reserve"]),
         (["forest school", "bug"], ["Kennall Vale woods", "Enys Gardens"]),
         (["poem", "sing", "choir", "harvest songs", "remembrance", "workshop", "reading"], ["Penryn Library", "Truro Cathedral", "the Poly in Falmouth", "Penryn Town Hall"]),
         (["cross-country", "sponsored walk"], ["Kernow Park", "Argal Reservoir", "Mylor Bridge playing field"])]
VENUES = ["Gyllyngvase Beach", "Penryn Library", "Falmouth Leisure Centre", "Pendennis Castle",
          "Kernow Park", "Enys Gardens", "the Poly in Falmouth", "Truro Cathedral", "Argal Reservoir",
          "Swanpool Nature Reserve", "the Royal Cornwall Showground", "Penryn Town Hall", "Prince of Wales Pier",
          "Kennall Vale woods", "Mylor Bridge playing field"]
GROUPS = ["Year 5", "Dolphins class", "the Year 6 pupils", "Year 3", "our Reception children",
          "the school choir", "Gannets class", "Year 4", "the Eco Council"]
TIMES = ["9.15am", "10.00am", "10.30am", "11.15am", "1.30pm", "2.00pm", "2.45pm", "3.30pm", "3.15pm"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
HOMES = ["Chy an Mor, Trewartha Lane", "Rosewarne Cottage, Lower Kergilliack Road, TR11 5QS",
         "Flat 3, 22 Bohelland\nRoad", "no. 7 Bosvean Gardens, Penryn", "The Old Chapel, Budock Water, TR11 5QE",
         "14 Tremorvah\nCrescent, Falmouth TR11 4QU", "Flat 1, 9 Kimberley Park Place", "Penhallow, Mabe Burnthouse",
         "No. 31 Trenance Way, Penryn TR10 8QG", "The Laurels, Tregoniggie Lane", "Little Polgreen, Ponsanooth Road",
         "Apartment 4, 18 Bar\nTerrace, TR11 2QF", "Gwel an Dowr, Treverva Lane, TR10 9QA"]
PCS = ["TR10 8QT", "TR11 5QJ", "TR11 3QW", "TR10 9QH", "TR3 7QL", "TR11 4QP"]

T = {"LIVE": [], "BOTH": [], "HOME": [], "NEAR": [], "CLEAN": []}
def add(kind, *tpls):
    for t in tpls:
        T[kind].append(("en", t))

add("LIVE",
    "We are delighted to share that {g} are at {v} this morning, where they are currently taking part in a beach clean. They will remain there until {t}.",
    "Every {d} at {t}, {g} walk to {v} for their swimming lessons. Please ensure that swimming kits are in school on that day.",
    "Live from {v}: {g} are performing their harvest songs at this very moment. Thank you to all who have come to listen.",
    "Please note that {k1} will be reading a winning poem at {v} on {d} at {t}. Families are very welcome to attend.",
    "{G} are currently enjoying their picnic lunch at {v}. We will be here until approximately {t} before walking back to school.",
    "This term, {g} will attend Forest School at {v} every {d} from {t} until 3.00pm. Please send wellingtons and a waterproof coat.",
    "We are at {v} now for the county cross-country finals. {k1f} and {k2f} run in the Year 5/6 race at {t}.",
    "Our route for the sponsored walk on {d}: we leave school at 10.30am, walk along the Penryn River path and arrive at {v} for 12 noon. Spectators are welcome along the route.",
    "📍 {v}. {G} have just arrived safely and are settling down for their workshop, which runs until {t}.",
    "Congratulations to {k1}, who has been invited to sing a solo with the Cornwall Youth Choir at {v} on {d} at {t}.",
    "From next week, {g} will be walking to {v} each {d} at {t} for our community reading project.",
    "{G} are at {v} right now for the Remembrance service; they will lay their wreath at {t}.",
    "Mrs Truscott and {g} are on the Prince of Wales Pier at this moment, waiting for the boat to Flushing, which departs at {t}.",
)
add("BOTH",
    "We are at {v} now and running slightly behind. As arranged, {k1f} will be dropped at {h} at around {t} rather than returning to school.",
    "{G} are still at {v}. The minibus will take {k1} to the grandmother's home at {pc} at {t}, as requested by her parents.",
    "Update from {v}, where we currently are: {k1f}'s father has asked that we drop {k1f} at {h} on our way back, at approximately {t}.",
)
add("HOME",
    "A kind neighbour has found a school cardigan labelled for {k1f}. It may be collected from {h}.",
    "Thank you to the {k1f} family of {h} for generously hosting the Eco Council's seed swap last weekend.",
    "The Year 6 leavers' hoodies have been delivered to {k1}'s home at {h}; families may collect them from there on Saturday morning.",
    "Please could the borrowed costumes be returned to {h}, where {k1f}'s mother is kindly storing them for the PTA.",
    "The taxi for {k1} will now collect from {pc} each morning, at the family's request.",
    "Get-well cards for {k1f}, who is recovering at home, can be sent to {h}.",
    "Donated books for the library appeal can be left in the porch at {h} ({k1f}'s grandparents), who are sorting them.",
    "We are grateful to {k1f}'s parents for offering their garden at {h} for the Year 4 bug hunt photographs.",
)
add("NEAR",
    "Yesterday {g} were at {v} for a wonderful morning of rock-pooling. Thank you to the volunteers who helped.",
    "The parents' information evening about residential trips will be held at Penryn Town Hall, Higher Market Street, on {d} at 6.30pm. This is for adults only.",
    "We would like to thank Trenear's Bakery, 5 Market Street, Penryn, for sponsoring our new reading books.",
    "Directions to the summer fete: the fete is on the school field at Trelowarth Road, Penryn TR10 9QX. Please park considerately.",
    "Our school postcode for satellite navigation is TR10 9QX. Visitors should report to the main office on arrival.",
    "Next term {g} will visit {v}. Further details will follow in due course.",
    "Staff netball takes place every {d} at {t} at Falmouth Leisure Centre; this is a staff activity and no pupils are involved.",
    "Last {d}, {k1f} represented the school at {v} and finished third. We are very proud of {k1f}.",
    "The school will be closed on {d} as it is being used as a polling station.",
    "{G} thoroughly enjoyed their visit to {v} last week. Photographs are now on the school website.",
    "The PTA coffee morning will be held in the school hall, Trelowarth Road, on {d} at {t}.",
    "The bus company's depot at 3 Kernick Road has confirmed the new timetable for next term.",
)
add("CLEAN",
    "We are pleased to confirm that our new phonics scheme will be introduced for {g} from September.",
    "Please remember that all medicines must be handed to the school office in their original packaging.",
    "Thank you to every family who supported our harvest collection for the local food bank.",
    "Applications for Reception places for next September close on 15 January; details are on the Cornwall Council website.",
    "Our Eco Council has reduced the school's paper use by a third this term. An excellent achievement.",
    "A reminder that the school gates open at 8.40am and close promptly at 8.50am.",
    "Parent consultations will take place next week. Booking slips have been sent home in book bags.",
)

def fills(rnd, ros, tpl):
    ok = [r for r in ros if r["consent_social_media"] == "yes"]
    a, b = rnd.sample(ok, 2)
    _g = rnd.choice(GROUPS)
    return dict(k1=kid_span(a, f"{a['preferred_name']} {a['last_name']}"), k1f=kid_span(a, a["preferred_name"]),
                k2=kid_span(b, f"{b['preferred_name']} {b['last_name']}"), k2f=kid_span(b, b["preferred_name"]),
                h=home_span(rnd.choice(HOMES)), pc=home_span(rnd.choice(PCS)), v=pick_venue(rnd, tpl, RULES, VENUES),
                g=_g, G=_g[0].upper()+_g[1:], t=rnd.choice(TIMES), d=rnd.choice(DAYS))

if __name__ == "__main__":
    lines, meta = build_half("pv", roster, T, dict(LIVE=29, BOTH=7, HOME=16, NEAR=24, CLEAN=14), fills, 2202)
    write_half("dev", roster, staff, ["staff_id", "title", "first_name", "last_name", "role"], TOML, lines, meta)
