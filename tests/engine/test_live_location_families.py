"""LOC201 live-location: the families read from a new writer's probe (evaluation/dev/live-probe),
each in sentences written for this test, not taken from any set."""

from __future__ import annotations

from typing import Any

import pytest

from safepost.engine import DraftImage
from tests.engine._loc201 import example_school
from tests.engine._loc201 import fires as _fires
from tests.engine._loc201 import rule_fires as _rule_fires


@pytest.fixture(scope="module")
def school() -> Any:
    return example_school()


@pytest.mark.parametrize(
    "text",
    [
        # Welsh venue words found in their mutated forms, and halls and stages with whose they are
        "Mae Dosbarth Derw ar gopa Pen y Fan ar hyn o bryd, yn chwifio at y camera!",
        "Bydd y côr yn canu ar lwyfan Neuadd y Farchnad, Dinbych, nos Iau am 6.",
        "Clwb nofio bob bore Sadwrn am 8 yng nghanolfan hamdden y dref.",
        "Bws y daith yn gadael o faes parcio Heol y Bont am 8:45 fore Mercher.",
        # greetings from a place, "now" at a clause's end, a coach trip's stops, a game in minutes
        "Greetings from Folly Farm! Year 2 are feeding the goats now.",
        "Bore da o Gastell Conwy – Blwyddyn 4 yn dringo'r tŵr!",
        "Year 5 are paddling at Barafundle Bay now 🌊",
        "comfort stop at Cross Hands services, next stop the National Botanic Garden 🚌",
        "Pitch 2 at the Parc y Scarlets ground – our first match kicks off in 10 mins!",
        # routes that start somewhere, a route around streets, a bare "in" before a named venue
        "Sponsored scoot on Sunday: set off 10am from the Bandstand in Victoria Park, back by 12.",
        "Cycle training every Wednesday, 1.15–2.45, riding around Mill Lane and Bridge Street.",
        "Our recorder group will busk in Carmarthen market square on Saturday at 11am.",
        # another school's ground, a name ending in a field or a track, a day with an hour range
        "Netball v Ysgol Pen Rhos on Thursday, 3.45 start at their courts.",
        "Tag rugby festival on the Bryn Gwyn field, Friday 10–2.",
    ],
)
def test_it_finds_pupils_somewhere_in_the_probes_new_families(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _rule_fires(school, text, monkeypatch)


def test_it_reads_a_clock_time_in_alt_text_as_today(school: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from safepost.engine.rules import live_location

    monkeypatch.setattr(live_location, "_learned_hit", lambda field, places, post="": iter(()))
    image = DraftImage(filename="p.jpg", alt="Year 4 queuing at Tenby station for the 10.15 train to Swansea")
    assert _fires(school, "Off we go! 🚂", images=(image,))


@pytest.mark.parametrize(
    "text",
    [
        # a match called off, thanks for something good (said afterwards), volunteers only
        "Saturday's netball at Heol Las is cancelled – the courts are flooded.",
        "Diolch i'r Parchedig Huws am wasanaeth hyfryd yn y capel bore 'ma.",
        "Thank you to Tenby RNLI for a brilliant tour at the lifeboat station this morning.",
        "Stondin y gymdeithas rieni yn Sgwâr y Dref ddydd Sadwrn 10 tan 2 – gwirfoddolwyr yn unig.",
        # a hall on the school's own site, a day after it; a language after "yn"; a price
        "Cyngerdd yr Haf yn y neuadd fore Gwener am 10. Croeso i bawb!",
        "Pawb yn siarad yn Gymraeg heddiw – da iawn chi!",
        "New hoodies £24.50 from the Uniform Shop in Bridge Square until Friday.",
        # "now" that is not where anyone is: "can now", "now open", "apply now"
        "Families can now book swimming lessons at the leisure centre.",
        "Bookings for the holiday club at the sports centre are now open.",
        "Their own field kitchen was set up in the classroom today.",
        # a class after a Welsh article or a greeting, a house number
        "Hello from Snowdon Class! Here are this week's poems.",
        "Croeso i'r disgyblion newydd yn y Kestrels heddiw!",
        "The minibus will stop outside No. 12 on the way home for the swimmers who live there.",
    ],
)
def test_it_stays_quiet_on_the_probes_near_misses(school: Any, text: str) -> None:
    assert not _fires(school, text)


def test_it_lets_a_routine_in_the_schools_own_woodland_through(school: Any) -> None:
    text = "Forest School in our own woodland every Wednesday afternoon – wellies and waterproofs please!"
    assert not _fires(school, text)


# --- the fifteenth session's families (issue 11), in sentences written for this test -----------------


@pytest.mark.parametrize(
    "text",
    [
        # a child chosen for an event still to come: "has been invited", "was selected" are no report
        "Well done to Cerys, who has been invited to play a solo with the county band at Tenby De Valence on Friday at 6.30pm.",
        # where the group is, said after the place; a vehicle just leaving; a bus from a street corner
        "News from Caerphilly Castle, where we are now: lunch on the lawn!",
        "Just pulled out of Folly Farm car park, back at school about 3.30.",
        "The walking bus leaves the corner of Park Road and Heol Isaf at 8.15 every morning.",
        # a route from one named place to another, a start line, an Irish "half 10", a pin before "the"
        "Sponsored run along the canal from the Boat House to Millbrook Bridge on Sunday, half 10 to 12.",
        "Charity fun run on Saturday! Start line in Pontcanna, 9am sharp.",
        "📍 the Lido now. Year 6 racing in 15 mins!",
        "Our athletes are on the track at Leckwith Stadium at this moment, 200m heats next.",
        # a Welsh travel verb at the start of a sentence
        "Casglu o Ganolfan y Celfyddydau am 9 heno, nid o'r ysgol.",
    ],
)
def test_it_finds_the_fifteenth_sessions_live_families(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _rule_fires(school, text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        # grown-ups' events and routines: training days, a staff team, reunions, meetings, parents' courses
        "Staff are all at Cardiff Met today for INSET training – no school for pupils.",
        "Mae'r staff i gyd yng Nghanolfan y Dref am hyfforddiant heddiw.",
        "Former pupils reunion this Friday 8pm at the Railway Club – see you there!",
        "First aid course for parents on Tuesday night at the Community Centre, 7-9pm.",
        "Staff netball every Monday at 5.30 at the Leisure Centre (no kids, just us).",
        "Mr Pryce runs at the leisure centre every Tuesday at 6, come and join him!",
        "Mrs Lloyd coaches the adult team at Penlan Park every Thursday at 7pm.",
        # a flat is an address, a charity paid is not a place visited, a comparison, a school closed
        "The parcel has arrived at Flat 4, 12 Heol Awel by mistake.",
        "Bake sale this Friday lunchtime – all money going to the Marie Curie Hospice!",
        "Sŵn fel tasai'r ffair wedi cyrraedd Llanelli heddiw!",
        "Mae'r ysgol ar gau heddiw. Mae'r ffordd i Gwm Du yn beryglus.",
        "Road closure: Station Road is shut on Tuesday from 9am. Please park on Bryn Road.",
        # a neighbour sentence in the past dates something else; a report with an irregular past
        "Swimming lessons start after half term at the Plas Madoc pool. Letters went home today.",
        "Great news – Osian swam his first length at Aberdare Lido today!",
    ],
)
def test_it_stays_quiet_on_the_fifteenth_sessions_near_misses(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _rule_fires(school, text, monkeypatch)


# --- review fixes (branch s15-fixlive): each regression's family, in sentences written for this test -----


@pytest.mark.parametrize(
    "text",
    [
        # a grown-ups' event or the school closed in another sentence does not silence a trip
        "Class 4 are rock-pooling at Whitesands Bay right now! Parents' evening letters are in bags, please book by Thursday.",
        "Mae Dosbarth Onnen ar draeth Cefn Sidan y prynhawn 'ma. Cyfarfod y llywodraethwyr nos Iau.",
        "The school will be closed on Friday for the election. Today Year 3 are at the Senedd until 2pm.",
        # a greeting to parents, and a grown-up taking a group, are not adults alone
        "Parents, the minibus sets off from the Leisure Centre car park at 8.30 on Saturday.",
        "Rhieni, bydd y bws yn cychwyn o Sgwâr y Dref am 8 fore Sadwrn.",
        "Mrs Evans takes the chess players swimming at the Leisure Centre every Thursday at 3.30.",
        "Miss Rees is leading the Eco Warriors along the Taff Trail this afternoon.",
        # still there: a past-tense word beside it is what they did first
        "Year 1 explored the rock pools at Barry Island earlier and are still on the sand now.",
        "Class 2 saw the lambs at Folly Farm this morning and are there until 2pm.",
        # a road shut that is not the place, "all go to", a comparison in another clause, a route that travels
        "The walking bus goes down Heol Hir every morning at 8.20; the back lane is closed to cars.",
        "Year 5 all go to the Splash Point pool every Friday at 11.",
        "It feels as if spring is here – Year 4 are at Bute Park right now!",
        "The sponsored walk goes from the Boathouse to Llandaff Weir on Sunday at 10am.",
    ],
)
def test_the_review_fixes_find_pupils_somewhere(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _rule_fires(school, text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the time belongs to a grown-ups' event, grown-ups alone, a singular "takes the bus"
        "Year 2 go to the Museum of Cardiff next term. Parents' evening is on Tuesday at 6pm.",
        "Coffee morning for parents at the Village Hall on Friday at 9am.",
        "Parents meet at the Red Lion every Friday at 8pm for quiz night.",
        "Mr Hughes takes the bus to Penarth Pier every Sunday at 10.",
        # "are there any" is a question, not the group still there; a closure that leads the sentence
        "Year 6 visited Tintern Abbey yesterday. Are there any photos from the day?",
        "Road closure: Cathedral Road is shut on Saturday from 7am for the half marathon.",
        # news from an organisation, a topic's span, the road to an event, a Welsh question
        "News from the County Council: the consultation closes on Monday at 5pm.",
        "Our Romans topic runs from Julius Caesar to Hadrian and begins on Monday at 9am.",
        "The road to the National Eisteddfod begins today: choir practice every Wednesday at 3.30 in the hall.",
        "Mynd i Sioe Frenhinol Cymru? Mae tocynnau ar gael yn y swyddfa heddiw.",
    ],
)
def test_the_review_fixes_near_misses_stay_quiet(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _rule_fires(school, text, monkeypatch)


def test_a_run_of_street_corners_with_no_preposition_stays_cheap(school: Any) -> None:
    """"the corner of" opens a window only before a capital and after a preposition: 2,000 characters
    of it cost 65 ms when every occurrence ran the place pattern."""
    import time

    from safepost.engine.rules._live_places import find_places

    for text in ("the corner of " * 150, "the corner of Aa " * 120):
        started = time.process_time()
        assert list(find_places(text, school)) == []
        assert time.process_time() - started < 0.02
