"""The personal-data rules PD101-PD104: phone numbers, email addresses, home addresses, dates of birth.

All people, numbers and addresses here are invented (phone numbers from Ofcom's drama ranges).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from safepost.engine import load_policy, load_school
from safepost.engine.findings import Hit
from safepost.engine.rules import DOC_HEADINGS, Env, Field, FieldKind, TextRule
from safepost.engine.rules.date_of_birth import DateOfBirth
from safepost.engine.rules.email_address import EmailAddress
from safepost.engine.rules.home_address import HomeAddress
from safepost.engine.rules.phone_number import PhoneNumber
from safepost.engine.school import SchoolContext

REPO = Path(__file__).resolve().parents[2]
RULES: list[TextRule] = [PhoneNumber(), EmailAddress(), HomeAddress(), DateOfBirth()]


@pytest.fixture(scope="module")
def school() -> SchoolContext:
    return load_school(REPO / "examples" / "school")


@pytest.fixture(scope="module")
def env(school: SchoolContext) -> Env:
    return Env(school=school, policy=load_policy("default"))


def spans(rule: TextRule, text: str, env: Env, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    return [text[h.start : h.end] for h in hits(rule, text, env, kind) if h.start is not None]


def hits(rule: TextRule, text: str, env: Env, kind: FieldKind = FieldKind.TEXT) -> list[Hit]:
    return list(rule.find(Field("text", kind, text), env))


# --- phone-number ------------------------------------------------------------------------------


def test_it_offers_the_school_office_number_for_a_private_phone(env: Env) -> None:
    (hit,) = hits(PhoneNumber(), "Ring Mr Dale on 07700 900 318 about the tickets.", env)
    assert hit.fix is not None and hit.fix.replacement == "01422 845 210"
    assert not hit.fix.safe
    assert hit.message.endswith(".") and "mobile" in hit.message
    assert 0.5 < hit.confidence <= 1.0


@pytest.mark.parametrize("written", ["01422 845 210", "01422845210", "(01422) 845210", "+44 1422 845 210", "+44 (0)1422 845210"])
def test_it_allows_the_schools_own_number_in_any_format(env: Env, written: str) -> None:
    assert spans(PhoneNumber(), f"Call the office on {written} today.", env) == []


def test_it_flags_another_number_with_the_schools_area_code(env: Env) -> None:
    assert spans(PhoneNumber(), "Her home phone is 01422 845 999.", env) == ["01422 845 999"]


def test_it_compiles_the_schools_numbers_once(env: Env, school: SchoolContext) -> None:
    hits(PhoneNumber(), "Call 07700 900 111.", env)
    first = school.memo("phone-number:own", lambda: frozenset({"rebuilt"}))
    hits(PhoneNumber(), "Call 07700 900 222.", env)
    assert first == school.memo("phone-number:own", lambda: frozenset({"rebuilt"}))
    assert "1422845210" in first


def test_it_reads_a_number_spoken_in_words(env: Env) -> None:
    text = "Call me on oh seven seven double oh nine oh oh three two one, thanks"
    found = spans(PhoneNumber(), text, env)
    assert found == ["oh seven seven double oh nine oh oh three two one"]


@pytest.mark.parametrize(
    "text",
    [
        "Childline: 0800 1111. NSPCC: 0808 800 5000. Samaritans: 116 123. Emergencies: 999.",
        "Final score 12-10; doors 18.30-20.00; tickets £1,250.00 raised; trip on 03/11/2025.",
        "Registered charity number 1234567 and company no. 01234567.",
    ],
)
def test_it_leaves_helplines_and_other_numbers_alone(env: Env, text: str) -> None:
    assert spans(PhoneNumber(), text, env) == []


# --- email-address -----------------------------------------------------------------------------


def test_it_offers_the_school_office_address_for_a_private_email(env: Env) -> None:
    (hit,) = hits(EmailAddress(), "Photos to sam.k.pe@gmail.com please", env)
    assert hit.fix is not None and hit.fix.replacement == "office@brookfield.sch.uk"


def test_it_covers_the_whole_disguised_address(env: Env) -> None:
    text = "Write to jo.bloggs (at) hotmail (dot) co (dot) uk by Friday"
    assert spans(EmailAddress(), text, env) == ["jo.bloggs (at) hotmail (dot) co (dot) uk"]


@pytest.mark.parametrize(
    "address",
    ["office@brookfield.sch.uk", "head@BROOKFIELD.SCH.UK", "schools@calderdale.gov.uk", "help@gov.wales",
     "nurse@nhs.net", "clinic@cavuhb.wales.nhs.uk", "pcso@westyorkshire.police.uk"],
)
def test_it_allows_the_schools_and_public_bodies_addresses(env: Env, address: str) -> None:
    assert spans(EmailAddress(), f"Email {address} for help.", env) == []


def test_it_maps_an_address_back_through_accents_and_invisible_characters(env: Env) -> None:
    text = "Caffi Siôn\u200b: archebwch ar siôn.caffi@gmail.com"
    assert spans(EmailAddress(), text, env) == ["siôn.caffi@gmail.com"]


# --- home-address ------------------------------------------------------------------------------


def test_it_flags_a_home_address_with_town_and_postcode(env: Env) -> None:
    text = "Cards can go to her at home: 8 Larch Close, Mytholmroyd, HX7 5LP. Thank you!"
    assert spans(HomeAddress(), text, env) == ["8 Larch Close, Mytholmroyd, HX7 5LP"]


def test_it_allows_the_schools_own_address(env: Env) -> None:
    assert spans(HomeAddress(), "Visit us at 12 Mill Lane, Hebden Bridge HX7 8AB.", env) == []


def test_it_needs_a_home_cue_for_a_postcode_on_its_own(env: Env) -> None:
    assert spans(HomeAddress(), "Drop the bags at Dan's house, postcode HX7 6QT.", env) == ["HX7 6QT"]
    assert spans(HomeAddress(), "The leisure centre postcode is HX7 6QT.", env) == []
    assert spans(HomeAddress(), "Families in HX7 can apply.", env) == []


def test_it_suggests_the_school_office_for_a_drop_off(env: Env) -> None:
    (hit,) = hits(HomeAddress(), "Please drop donations at 4 Birch Row, Heptonstall.", env)
    assert hit.fix is not None and hit.fix.replacement == "the school office"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Sponsor forms to Flat 2/1, 18 Cilgant y Dderwen, CF5 2LP please.", "Flat 2/1, 18 Cilgant y Dderwen, CF5 2LP"),
        ("Raffle prizes to no. 14 Maes Glas by Friday.", "no. 14 Maes Glas"),
        ("Mae'r casgliad yn fy nhŷ i, Rhif 5, Heol y Parc.", "Rhif 5, Heol y Parc"),
        ("Leave the bags at 3/2, 45 Byres Road, G11 5RG.", "3/2, 45 Byres Road, G11 5RG"),
        ("Lost property is at my house, 6 Ffordd Las, Penarth CF64 1AB.", "6 Ffordd Las, Penarth CF64 1AB"),
        ("Pop the tickets through the door at Hafan, Ffordd y Môr.", "Hafan, Ffordd y Môr"),
        ("Bring the bunting to The Willows, Church Road by 9.", "The Willows, Church Road"),
        ("Please drop at:\n14 Heol Fach\nNelson\nCF46 6HR\nThanks!", "14 Heol Fach\nNelson\nCF46 6HR"),
        ("Drop at Flat 7, Tŷ Gwyn Court, 5 Heol Fawr.", "Flat 7, Tŷ Gwyn Court, 5 Heol Fawr"),
        ("Come to mine, Llys Awel, Heol y Dre, CF83 1AA!", "Llys Awel, Heol y Dre, CF83 1AA"),
        ("Pick-up for the car share is CF24 3AB at 8am.", "CF24 3AB"),
        ("Drop at 14 Heol Fach, Treharris, Merthyr Tydfil, Mid Glamorgan, CF46 6HR.",
         "14 Heol Fach, Treharris, Merthyr Tydfil, Mid Glamorgan, CF46 6HR"),
    ],
)
def test_it_takes_flats_numbers_welsh_streets_and_the_postcode_into_the_span(env: Env, text: str, address: str) -> None:
    assert spans(HomeAddress(), text, env) == [address]


def test_it_ends_a_town_at_its_full_stop_and_a_line_with_no_postcode(env: Env) -> None:
    assert spans(HomeAddress(), "Send to 14 Heol Fach, Nelson. Thanks", env) == ["14 Heol Fach, Nelson"]
    assert spans(HomeAddress(), "Leave it at 14 Heol Fach\nCollection is from 4pm", env) == ["14 Heol Fach"]


@pytest.mark.parametrize(
    "text",
    ["Our choir is no. 1 in the county rankings!", "Class 2/1 visited the fire station on Ffordd y Gogledd.",
     "Places are limited to no. 30, so book early."],
)
def test_it_leaves_numbers_that_are_no_house_alone(env: Env, text: str) -> None:
    assert spans(HomeAddress(), text, env) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a venue named before "or" is the other choice, not this address
        ("Costumes to the hall or to Mr Reid at 9 Ashgrove Drive, Paisley PA2 6RT.", "9 Ashgrove Drive, Paisley PA2 6RT"),
        # a relative's name in the possessive stands for their home
        ("Bring it to the shop counter or drop it at my nan's, Flat 1/2, 30 Gartcraig Road, G33 2QL.",
         "Flat 1/2, 30 Gartcraig Road, G33 2QL"),
        ("Leave the trays beside the café at Nain's, 7 Lôn Eithin.", "7 Lôn Eithin"),
        # "no." glued to the number
        ("The lost scooter went back to its owner at no.12 Wrenfield Avenue.", "no.12 Wrenfield Avenue"),
    ],
)
def test_it_finds_a_home_beside_another_place(env: Env, text: str, address: str) -> None:
    assert spans(HomeAddress(), text, env) == [address]


def test_it_leaves_another_schools_address_alone(env: Env) -> None:
    text = "The cluster concert is at Ashby Vale Academy, 41 Ferndown Road, Leeds LS9 2QP, on Thursday."
    assert spans(HomeAddress(), text, env) == []
    text = "Parcels for the cluster can go to Ysgol Bro Alaw, Heol y Gors, Llangefni LL77 7AB."
    assert spans(HomeAddress(), text, env) == []


def test_it_leaves_a_match_result_alone(env: Env) -> None:
    assert spans(HomeAddress(), "Final score: Craigbank 4, Hillside Park 2 – well played, everyone!", env) == []
    assert spans(HomeAddress(), "Parc y Scarlets 3, Heol y Cae 1 oedd hi ddydd Sadwrn.", env) == []


# --- date-of-birth -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Happy birthday Ruby, born 2nd June 2019!", "2nd June 2019"),
        ("Ganwyd Gethin ar 5 Ionawr 2020.", "5 Ionawr 2020"),
        ("Pen-blwydd hapus i Nia ar y 3ydd Mawrth!", "3ydd Mawrth"),
        ("DOB: 07/10/2017", "07/10/2017"),
        ("Our cook was born on March 21st, 1970.", "March 21st, 1970"),
    ],
)
def test_it_flags_only_the_date_of_a_birth(env: Env, text: str, date: str) -> None:
    assert spans(DateOfBirth(), text, env) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The poet Dylan Thomas was born on 27 October 1914.",
        "Happy birthday to Brookfield! The school opened on 8th September 1975.",
        "Happy birthday Alfie, 6 today!",
        "Date of birth (e.g. 01/01/2018)",
        "Sports day is 4th July.",
    ],
)
def test_it_leaves_dates_that_are_not_a_private_birth(env: Env, text: str) -> None:
    assert spans(DateOfBirth(), text, env) == []


def test_it_suggests_the_month_alone(env: Env) -> None:
    (hit,) = hits(DateOfBirth(), "Mrs Cole's birthday is 9th November.", env)
    assert hit.fix is not None and hit.fix.replacement == "November"


# --- all four ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(FieldKind))
def test_it_checks_every_kind_of_field(env: Env, kind: FieldKind) -> None:
    text = "Text 07700 900 515 or mail pat.r@gmail.com; it's at 6 Ash Grove; Pat was born 4 May 2018."
    found = [spans(rule, text, env, kind) for rule in RULES]
    assert found == [["07700 900 515"], ["pat.r@gmail.com"], ["6 Ash Grove"], ["4 May 2018"]]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_it_documents_the_rule_under_every_heading(rule: TextRule) -> None:
    doc = rule.doc()
    for heading, following in zip(DOC_HEADINGS, [*DOC_HEADINGS[1:], None], strict=True):
        assert f"{heading}:" in doc
        body = doc.split(f"{heading}:", 1)[1]
        body = body.split(f"{following}:", 1)[0] if following else body
        assert len(body.strip()) > 40 and "TODO" not in body and "Not implemented" not in body


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_it_explains_every_hit(env: Env, rule: TextRule) -> None:
    text = "Ring 07700 900 777, mail a.b@gmail.com, drop at 3 Oak Close, Jo was born 5/6/2019."
    (hit,) = hits(rule, text, env)
    assert hit.message.endswith(".") and hit.explanation
    assert 0 < hit.confidence <= 1


def _hostile_text(size: int) -> str:
    """A megabyte of the patterns that make careless regexes or loops blow up."""
    pieces = [
        "0" * 4096, "1 " * 2048, "07700 900 154 " * 300, "oh " * 1400, "a@" * 2048, "a" * 4000 + "@",
        "a at " * 800, "a@b." * 1024, "12 Aaaa " * 500, "Aaaa " * 800, "Tŷ Aaa Bbb, " * 350, "AB1 2CD " * 500,
        "3/" * 2048, "born 3 May " * 370, "born " + "1-" * 2000, "birthday " * 450,
        "Happy birthday! Call 07700 900 154 or jo@gmail.com, 12 Mill Road HX7 1AB house. " * 50,
    ]
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(pieces[i % len(pieces)])
        i += 1
    return "".join(out)[:size]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_it_finishes_a_hostile_megabyte_quickly(env: Env, rule: TextRule) -> None:
    field = Field("text", FieldKind.TEXT, _hostile_text(1_000_000))
    assert field.folded.text  # fold outside the timing: it is shared by every rule
    started = time.process_time()  # CPU time: a guard against runaway regexes, deaf to machine load
    found = list(rule.find(field, env))
    elapsed = time.process_time() - started
    assert elapsed < 5.0, f"{rule.name} took {elapsed:.1f}s on 1 MB"
    assert all(h.start is not None and h.end is not None and 0 <= h.start < h.end <= len(field.text) for h in found)
