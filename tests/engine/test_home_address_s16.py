"""PD103 home-address: the sixteenth session's families (a one-word street, a house name after
someone staying there, a flat before a house name, a postcode in lower case or after a dash),
each with ordinary sentences of the same shape that must stay quiet. Every address, house and
person here is invented."""

from __future__ import annotations

import pytest

from safepost.engine.rules import Env
from tests.engine._pd103 import example_env, spans


@pytest.fixture(scope="module")
def env() -> Env:
    return example_env()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street of one word, no Road or Heol: a drop-off, a person or "lives at" before it
        ("Please drop the costumes at 12 Brynteg, Llanbradach.", "12 Brynteg, Llanbradach"),
        ("Sympathy to the family of the late Mrs Ann Price, 4 Glanrhyd, Tonyrefail.", "4 Glanrhyd, Tonyrefail"),
        ("Cards can be sent to Mr Hughes at 27 Fairview, Bedwas CF83 8AB.", "27 Fairview, Bedwas CF83 8AB"),
        ("Lost cat found, please collect it from 3 Greenacres, Hengoed.", "3 Greenacres, Hengoed"),
        ("Mrs Jones lives at 15 Bryncoch and has offered to host the bake sale.", "15 Bryncoch"),
        ("Gadewch y bagiau yn 9 Maesglas, Bargod os gwelwch yn dda.", "9 Maesglas, Bargod"),
        # a house name after someone staying there, mutated after "yn" in Welsh
        ("Mae hi bellach ym Mryn Awel, Ffordd y Capel gyda'i nain.", "Mryn Awel, Ffordd y Capel"),
        ("Mae o'n aros yng Ngwêl y Môr, Heol y Bryn tan ddydd Sul.", "Ngwêl y Môr, Heol y Bryn"),
        ("She is now at The Willows, Elm Lane with her aunt.", "The Willows, Elm Lane"),
        # a flat before a house name; a postcode in lower case, or after a dash or a bracket
        ("Parcels to Flat 2, Bryn House, Heol Fawr, Caerphilly please.", "Flat 2, Bryn House, Heol Fawr, Caerphilly"),
        ("Flat 3, 22 Oak Road, Cardiff cf14 2ab is where to drop them.", "Flat 3, 22 Oak Road, Cardiff cf14 2ab"),
        ("Drop-off: 14 Heol Fach, Nelson – CF46 6HR", "14 Heol Fach, Nelson – CF46 6HR"),
        ("Happy 100th birthday to Mr Jones of 12 Heol an Ysgol!", "12 Heol an Ysgol"),
        # "at" straight after a drop-off word, "no." before the number, a first name and "of"
        ("Drop the bags at 12 Brynteg by Friday please.", "12 Brynteg"),
        ("Leave them at no. 4 Glanrhyd, Tonyrefail.", "no. 4 Glanrhyd, Tonyrefail"),
        ("Congratulations to Ffion of Tŷ Gwyn, Penrhiw on her certificate.", "Tŷ Gwyn, Penrhiw"),
        # a house name in its nasal mutation after "yn", a street after it, and no other cue
        ("Parti pen-blwydd ym Mryn Awel, Ffordd y Capel ddydd Sadwrn.", "Mryn Awel, Ffordd y Capel"),
        ("Bydd y parti yn Nhŷ Coch, Heol y Bryn, Bedwas.", "Nhŷ Coch, Heol y Bryn, Bedwas"),
    ],
)
def test_it_finds_the_sixteenth_sessions_families(env: Env, text: str, address: str) -> None:
    assert spans(text, env) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # a number and one capitalised word that is no street
        "Welcome to our 30 Reception, Nursery and Year 1 pupils!",
        "Year 6 visited 3 Castles, Caerphilly, Castell Coch and Cardiff.",
        "Key dates: 12 March, Sports Day; 14 March, Easter Fair.",
        "Match report: Brookfield 4, Bedwas 2.",
        "Thank you for the 250 Shoeboxes, Operation Christmas Child will deliver them.",
        "Bring 2 Apples, Bananas or Grapes for snack time.",
        "Congratulations to our 4 Eco Warriors, Ffion, Osian, Macy and Leo!",
        "Drop your toys at the office: 25 Bags, 3 Boxes so far!",
        "Buses 26, Caerphilly and 50, Blackwood will stop at the gate.",
        "We sent 40 Cards, Mrs Evans posted them to the care home.",
        # someone staying at a town, a school, a club, a church or a university is at no home
        "She is at Aberystwyth, Ceredigion studying music now.",
        "Mae hi yng Nghaerdydd, Heol y Frenhines gyda'r côr.",
        "Mae hi bellach yn Ysgol Gymraeg Caerffili, Heol y Bryn.",
        "They are at Bedwas Rugby Club, Church Street for training.",
        "He is at St Mary's, Church Road for the service.",
        "She is now at Cardiff University, Cathays Park.",
        "He is now at Oakdale Comprehensive, Penmaen Road.",
        "She's staying at the Premier Inn, Newport Road tonight.",
        "Mae'r disgyblion yng Nghanolfan Hamdden Caerffili, Heol y Bryn heddiw.",
        # a venue's or an area's name in its nasal mutation after "yn", a street after it
        "Cyngerdd ym Mhafiliwn Porthcawl, Heol y Môr nos Wener.",
        "Gêm ym Mharc Penallta, Heol Ystrad ddydd Sadwrn.",
        "Sioe yng Nghastell Caerffili, Heol y Castell.",
        "Disgo yn Nhafarn y Llew, Stryd Fawr.",
        "Ffair yng Ngerddi Dyffryn, Heol Sain Nicolas.",
        "Nofio ym Mhwll Nofio Caerffili, Heol y Bryn bob dydd Iau.",
        "Cinio Nadolig yng Nghlwb Rygbi Bedwas, Heol yr Eglwys.",
        "Gwasanaeth yng Nghapel Bethel, Heol Fawr am 10.",
        "Siop lyfrau newydd ym Mhontypridd, Stryd y Farchnad.",
        "Taith gerdded yng Nghwm Rhymni, Heol y Cwm.",
        # the school's own address, a street with no house
        "We are at 12 Mill Lane, Hebden Bridge HX7 8AB.",
        "Parking is on Heol yr Ysgol, not in the staff car park.",
    ],
)
def test_it_stays_quiet_on_the_same_shapes_without_a_home(env: Env, text: str) -> None:
    assert spans(text, env) == []
