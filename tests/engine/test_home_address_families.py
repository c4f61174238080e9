"""PD103 home-address: the families added in the twelfth session, in English and Welsh, each
with its near misses. Every address, house, person and business here is invented."""

from __future__ import annotations

import pytest

from safepost.engine.rules import Env
from tests.engine._pd103 import example_env, spans


@pytest.fixture(scope="module")
def env() -> Env:
    return example_env()


# --- a public place or business named in apposition to the address -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a home word nearby ("moved", "Care Home") does not make a named venue a home
        "The quiz is at St Anne's Church Hall, 7 Mill Road, and has moved to Friday.",
        "Carols at Bryn Teg Care Home, 3 Heol y Parc, on Tuesday.",
        "Thank you to O'Neill's Londis, 4 Bridge Street, Kesh, for the prizes.",
        "Thank you to Patel's Pharmacy, 9 Station Road, for the raffle prizes.",
        "Drinks after the match at the Red Kite Inn function room, 40 Orchard Ave.",
        # Welsh venue words, mutated as written
        "Diolch i Siop Lyfrau'r Dref, 14 Stryd Fawr, am y llyfrau newydd.",
        "Mae'r cylch yn symud i Neuadd y Pentref, 2 Heol y Capel, o fis Medi.",
        "Nofio yng Nghanolfan Hamdden y Cwm, 1 Ffordd yr Orsaf, ddydd Sadwrn.",
    ],
)
def test_a_named_venue_before_the_address_is_not_a_home(env: Env, text: str) -> None:
    assert spans(text, env) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a house named after what it was is still a house
        ("Drop the raffle prizes at Chapel House, 4 Mill Lane.", "4 Mill Lane"),
        ("Gadewch y bagiau yn Nhŷ Capel, Heol y Bryn, os gwelwch yn dda.", "Nhŷ Capel, Heol y Bryn"),
        # a place someone owns is part of their home, not a business
        ("Boxes can go to her garage – 8 Orchard Close.", "8 Orchard Close"),
        ("Gallwch eu gadael yn ei garej, 5 Heol y Waun.", "5 Heol y Waun"),
        # the venue the text says it is not
        ("Tickets are at my house now, not the office: 12 Beech Grove.", "12 Beech Grove"),
        ("Mae'r bws yn stopio tu allan i rif 9, Heol y Nant, nid wrth y siop.", "rif 9, Heol y Nant"),
    ],
)
def test_a_home_beside_a_venue_word_is_still_a_home(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


# --- street short forms, postcode areas, the school's own postcode --------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Drop them at 5 Glenview Pk please.", "5 Glenview Pk"),
        ("Cakes to 16 Ashfield Dr by Friday.", "16 Ashfield Dr"),
        ("Bring it to 3 Kirk Brae, Lanark.", "3 Kirk Brae, Lanark"),
        ("Raffle money to 47 Larch Cres, NP10 8AB, by Friday.", "47 Larch Cres, NP10 8AB"),
    ],
)
def test_it_reads_street_short_forms(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


def test_a_lone_postcode_must_be_in_a_postcode_area(env: Env) -> None:
    assert spans("Drop the envelopes through the letterbox: BT74 6AB.", env) == ["BT74 6AB"]
    assert spans("Send your letters to Santa at XM4 5HQ.", env) == []
    assert spans("Anfonwch eich llythyrau at Siôn Corn, XM4 5HQ.", env) == []


def test_the_schools_postcode_ends_the_schools_address_whatever_comes_first(env: Env) -> None:
    assert spans("Send forms to: Swyddfa'r Ysgol, Mill Lane, Hebden Bridge HX7 8AB.", env) == []
    assert spans("Send forms to: School Office, 12 Mill Lane, Hebden Bridge HX7 8AB.", env) == []


def test_another_schools_short_name_is_a_school(env: Env) -> None:
    assert spans("Our pen pals sang their address: Drumlee PS, Carran Road, Kesh!", env) == []


# --- rural addresses with no street ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Eggs came from the lady at Glenroe, Drumskinny, Kesh this week.", "Glenroe, Drumskinny, Kesh"),
        ("The family of The Old Mill, Carran have lent us a trailer.", "The Old Mill, Carran"),
        ("Lambs are safe with a neighbour at Cloughbane Farm, Pomeroy.", "Cloughbane Farm, Pomeroy"),
        ("Our teacher is resting at home in Lisdoo House, Kesh.", "Lisdoo House, Kesh"),
        ("Diolch i'r teulu ym Mron Deg, Llanfihangel am y goeden.", "Mron Deg, Llanfihangel"),
    ],
)
def test_a_house_and_its_townland_is_a_home(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "We live in Enniskillen, Co. Fermanagh and love it.",
        "A family from Lisnaskea, Fermanagh won the prize.",
        "Mae'r teulu yn byw yn Llanelli, Sir Gâr.",
        "The harvest supper is on the farm at Drumskinny, Kesh.",  # no house named
        "Our trip to Castle Ward House, Strangford was brilliant.",  # no home word
        "Diolch i'r teulu am y goeden o Fferm Bryn, Llanfihangel a'r siop.",
    ],
)
def test_a_town_and_county_or_an_outing_is_not_a_rural_home(env: Env, text: str) -> None:
    assert spans(text, env) == []


# --- a house and its street in different clauses, or the street first ------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("The bags are with my mum, she's at number 14. That's on Bridge Street.", "number 14. That's on Bridge Street"),
        ("Send the boxes back to his – number 62, out on the Carran Road.", "number 62, out on the Carran Road"),
        ("Mae'r allwedd gyda Nain, rhif 8 ar Heol y Nant.", "rhif 8 ar Heol y Nant"),
        ("Her house is called Ashgrove. It's on Mill Road, near the church.", "Ashgrove. It's on Mill Road"),
        ("Enw'r tŷ yw Hafod Las. Mae ar Heol y Mynydd.", "Hafod Las. Mae ar Heol y Mynydd"),
        ("Found by a neighbour on Maple Avenue, number 22.", "Maple Avenue, number 22"),
        ("Wedi'i ddarganfod gan gymydog ar Heol y Bryn, rhif 7.", "Heol y Bryn, rhif 7"),
    ],
)
def test_a_house_and_its_street_apart_are_one_address(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "The number 14 bus on Station Road is late today.",
        "Catch it on Ffordd y Gogledd, number 3 bus.",
        "The house is lovely. It's on the market now.",
        "The house called Ashgrove is lovely, and the shop is on Mill Road.",
        "Mae'r bws yn mynd ar Heol y Bryn heddiw.",
    ],
)
def test_a_number_or_name_for_something_else_is_not_split_into_an_address(env: Env, text: str) -> None:
    assert spans(text, env) == []


# --- quiz questions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Book Week quiz: which detective lived at 221B Baker Street?",
        "Pwy sy'n byw yn 10 Stryd Downing? Atebion i'r athro!",
    ],
)
def test_an_address_in_a_quiz_question_is_not_a_home(env: Env, text: str) -> None:
    assert spans(text, env) == []


def test_a_question_before_the_address_does_not_hide_it(env: Env) -> None:
    assert spans("Who can help? Drop the boxes at 4 Elm Road.", env) == ["4 Elm Road"]
    assert spans("Pwy all helpu? Gadewch y bocsys yn 4 Heol y Coed.", env) == ["4 Heol y Coed"]


# --- reviewer's regressions (twelfth session) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a question that asks for a lift, a collection or a drop-off is not a quiz
        ("Who can give Amy a lift home to 12 Elm Road?", "12 Elm Road"),
        ("Which parent can collect the parcel from 14 Beech Grove, Hebden Bridge?", "14 Beech Grove, Hebden Bridge"),
        ("What time should I drop it at 5 Oak Lane?", "5 Oak Lane"),
        ("Pwy all roi lifft adref i Cai i 12 Heol y Coed?", "12 Heol y Coed"),
        ("Pa riant all gasglu'r parsel o 14 Heol y Bryn?", "14 Heol y Bryn"),
    ],
)
def test_a_question_asking_for_a_lift_or_drop_off_is_not_a_quiz(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


def test_a_lone_house_name_with_no_place_is_not_an_address(env: Env) -> None:
    assert spans("We have moved. The lady at Rosebank, Thanks for everything.", env) == []
    assert spans("Rydyn ni wedi symud. Nain ym Maesglas, Diolch am bopeth.", env) == []


def test_the_schools_own_street_then_number_is_the_school(env: Env) -> None:
    assert spans("Brookfield Primary School is at Mill Lane, number 12.", env) == []
    # another house on the same street is still a home
    assert spans("Found by a neighbour on Mill Lane, number 40.", env) == ["Mill Lane, number 40"]


@pytest.mark.parametrize(
    "text",
    [
        "She came number 1 on the High Street fun run.",
        "Our team was number 3 on the Church Road leaderboard.",
        "Daeth hi'n rhif 1 ar Heol y Bont yn y ras.",
    ],
)
def test_a_ranking_on_a_street_is_not_a_split_address(env: Env, text: str) -> None:
    assert spans(text, env) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nain has moved into Plas Helyg Care Home, 20 Heol y Parc, Cardiff.",
        "Please drop the cards at Plas Madoc Leisure Centre, 2 Heol y Parc.",
        "Gadewch y cardiau yn Nhŷ Gwyn Leisure Centre, 2 Heol y Parc.",
    ],
)
def test_a_venue_word_ending_a_welsh_headed_name_is_a_venue(env: Env, text: str) -> None:
    assert spans(text, env) == []


def test_a_welsh_house_named_after_a_chapel_is_still_a_house(env: Env) -> None:
    assert spans("Please drop the cards at Tŷ Capel, 2 Heol y Parc.", env) != []


@pytest.mark.parametrize("run", ["A-" * 30_000, "A" * 60_000, "Aa-" * 20_000])
def test_a_long_run_of_capitals_after_a_home_word_stays_linear(env: Env, run: str) -> None:
    """A capitalised word's letters and hyphenated parts are bounded: unbounded, every capital of
    "A-A-A-..." started a match that ran to the end (3 s CPU on 12,000 characters, growing with
    the square). CPU time, so a busy machine does not fail it."""
    import time

    started = time.process_time()
    spans("She lives at " + run, env)
    assert time.process_time() - started < 2


# --- the fifteenth session's families (issue 11), in sentences written for this test -----------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Cornish and Irish joining words, and who lives there before a house name with no head word
        ("A big thank you to the Rowe family of Chy an Dowr, Polwithen Road, for the plants.", "Chy an Dowr, Polwithen Road"),
        # a street's name wrapped onto a new line
        ("Cards can be sent to Flat 2, 17 Penmere\nCrescent, Falmouth TR11 2QB.", "Flat 2, 17 Penmere\nCrescent, Falmouth TR11 2QB"),
        # the nearest cue decides: a venue word before the drop-off word does not make a venue
        ("Raffle prizes for the church fair can be left in the porch at Bryn Hyfryd, Heol y Nant.", "Bryn Hyfryd, Heol y Nant"),
        # a building turned into a home keeps its old name
        ("The costumes are at Megan's home at The Old Rectory, Llanfair Road, LL15 1AB.", "The Old Rectory, Llanfair Road, LL15 1AB"),
        # "goes to", "dropping at"; a house named with a bare "is" and its street in the next sentence
        ("If you find the ball it goes to Woodlands, Ashgrove Lane, BT5 7QQ.", "Woodlands, Ashgrove Lane, BT5 7QQ"),
        ("Dropping Aoife at Cedarhurst, Kings Road on the way back.", "Cedarhurst, Kings Road"),
        ("Her house is Bryn Glas. It's on Ffordd y Traeth.", "Bryn Glas. It's on Ffordd y Traeth"),
    ],
)
def test_the_fifteenth_sessions_house_names_and_forms(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


def test_a_house_open_to_visitors_is_not_a_home(env: Env) -> None:
    text = "Ganwyd yr arlunydd yn 9 Heol y Coed, Caerdydd, ac mae'r tŷ bellach ar agor i ymwelwyr."
    assert spans(text, env) == []


# --- review fixes (branch s15-fixlive), in sentences written for this test ------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a list's lines (a number and a name each) are not a street wrapped onto the next line
        "Spelling stars:\n21 Kites\nWay out in front, 18 Owls",
        "Raffle winners\n7 Robins\nPark your cars at the back please",
        # money given to a charity is not a drop-off at a home
        "All money collected goes to Tŷ Hafan, Sully.",
        "Every penny raised will go to Tŷ Gobaith, Conwy this year.",
    ],
)
def test_a_list_or_a_charity_paid_is_not_a_home(env: Env, text: str) -> None:
    assert spans(text, env) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # near misses: a wrapped street alone on its lines, things (not money) that "can go to" a house
        ("Lost coat, please bring it to\n5 Elm\nRoad\nthank you", "5 Elm\nRoad"),
        ("Spare uniform can go to Tŷ Gwyn, Llanbadarn, Mrs Pugh will sort it.", "Tŷ Gwyn, Llanbadarn"),
    ],
)
def test_a_wrapped_street_or_a_drop_off_is_still_a_home(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]
