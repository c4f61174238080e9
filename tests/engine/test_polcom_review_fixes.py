"""CON601 false alarms a reviewer found in the fourteenth session's cues, fixed as families: each
family's quiet sentences (the reviewer's own first, then variants) and the pitches beside them
that must still fire. Everyone and everything here is invented for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safepost.engine import load_school
from safepost.engine.rules.political_or_commercial import assess
from safepost.engine.textnorm import fold
from tests.engine._con601 import con601 as _con601
from tests.engine._con601 import cue_names as _names

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def school() -> Any:
    return load_school(REPO / "examples" / "school")




DISCOUNT = "offers a discount or sale"


@pytest.mark.parametrize(
    "text",
    [
        "Forest School for Year 3 for 2 weeks from Monday, please send wellies.",
        "Class 3 have done it again! 3 for 2 weeks running they've won the attendance cup!",
        "Swimming for Year 2 for 3 weeks from Tuesday; kits in a named bag.",
        "Year 3 for 2 days of Forest School after half term.",
        "Club runs 3 for 2 hours each Saturday morning.",
        "Blwyddyn 3 for 2 diwrnod yn y goedwig.",
    ],
)
def test_it_reads_a_year_group_or_a_duration_as_no_offer(school: Any, text: str) -> None:
    assert DISCOUNT not in _names(text)
    assert _con601(school, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sale on the kids' range at Tots Boutique: 3 for 2 on all leggings!",
        "Books are 2 for 1 at Page Turners this weekend.",
    ],
)
def test_it_still_reads_n_for_m_as_an_offer(school: Any, text: str) -> None:
    assert DISCOUNT in _names(text)
    assert _con601(school, text)


@pytest.mark.parametrize(
    "text",
    [
        "Remember to give your vote to Green House in the sports day poll!",
        "Give your votes to Alliance team in the quiz final!",
        "Please lend your vote to the Green Class garden in the borough's awards.",
        "Our school needs your votes to win £1,000 from the Tesco Community Grants scheme! Vote in store with your blue token.",
        "We need your votes to win a grant for the new sensory garden – pop your token in our box at the till!",
    ],
)
def test_a_vote_for_a_house_team_or_grant_is_not_a_party_vote(school: Any, text: str) -> None:
    assert _con601(school, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please don't give your vote to Reform this time – think of our Welsh-medium classes.",
        "Give your vote to the Greens on Thursday, they will fix our school roof.",
        "Please vote for Labour on Thursday – they need your votes to win.",
    ],
)
def test_a_vote_given_to_a_party_still_fires(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found and "campaigns" in found[0].message


def test_a_comment_reply_counts_once() -> None:
    # "comment 'yes' below" is a recruiter's reply (earn_team); the order route's comment cue
    # must not count the same words again
    found = assess(fold("Comment 'yes' below if you can help on the PTA stall!").text, "commercial")
    assert [s.name for s in found].count("recruits families to earn or sell") == 1
    assert "asks readers to order or contact a seller" not in {s.name for s in found}
    assert sum(s.weight for s in found) < 1.0


def test_a_comment_code_word_is_still_an_order_route(school: Any) -> None:
    assert "asks readers to order or contact a seller" in _names("Comment 'XMAS' for the link to my shop!")
    assert _con601(school, "Comment 'XMAS' for the link to my shop!")


@pytest.mark.parametrize(
    "text",
    [
        "Raffle tickets are £1 a piece or 6 for £5, available from the office.",
        "New school water bottles: the office has them for £2 each.",
        "Spare book bags are £4 each from the school office.",
        "The PTA have them for £3 each at the summer fair.",
        "Mae poteli dwr newydd ar werth o'r swyddfa am £2 yr un.",
    ],
)
def test_the_offices_or_the_ptas_price_for_each_item_is_the_schools_own_sale(school: Any, text: str) -> None:
    # the cues fall short and the commercial head (0.75 on the water bottles) is held back
    assert _con601(school, text) == []


def test_the_own_sale_cue_reads_the_seller_not_the_price() -> None:
    assert "the school's own sale" in _names("New school water bottles: the office has them for £2 each.")
    assert "the school's own sale" in _names("Raffle tickets are £1 a piece or 6 for £5.")
    assert "the school's own sale" not in _names("The corner shop have them for £2 each.")


def test_a_private_pitch_left_at_the_office_still_fires(school: Any) -> None:
    text = "Gorgeous candles by my sister – the office has some for £5 each, or DM me for the full range!"
    assert _con601(school, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Year 5 have been designing pocket money apps for children in their computing lessons.",
        "Year 6 built money-saving apps for kids in their enterprise week – come and see them on Friday!",
        "Mae Blwyddyn 6 wedi bod yn dylunio apiau arian poced yn eu gwersi cyfrifiadureg.",
    ],
)
def test_pupils_designing_apps_in_lessons_is_not_selling(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_an_app_pitched_to_families_still_fires(school: Any) -> None:
    text = "Try PennyPot, the pocket money app for kids – our Year 5 tested it in their maths lessons and loved it! Download now."
    assert _con601(school, text)


GAMBLING = "gambling or a casino-style prize"


@pytest.mark.parametrize(
    "text",
    [
        "Parents' evening slots are filling up fast, please book yours through SchoolCloud.",
        "Slots for next week's parents evening are on the app – book yours on SchoolCloud.",
        "Book your timeslots for the Christmas grotto through the office.",
        "Noson rieni: mae'r slotiau'n llenwi'n gyflym!",
    ],
)
def test_booking_slots_are_not_gambling(school: Any, text: str) -> None:
    assert GAMBLING not in _names(text)
    assert _con601(school, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our kit sponsor MegaSlots are offering 50 free spins to new players – join today!",
        "Play online slots at LuckyReel – new players get a £10 welcome bonus!",
    ],
)
def test_a_slots_brand_or_online_slots_is_still_gambling(school: Any, text: str) -> None:
    assert GAMBLING in _names(text)
    assert _con601(school, text)


def test_a_private_booking_with_few_slots_left_still_fires(school: Any) -> None:
    assert _con601(school, "Mrs Green's nail bar has a few slots left this week – book yours now, £20 a set!")


def test_what_bare_slots_used_to_carry_is_read_by_its_own_grammar() -> None:
    # a private service's session slots opening, a form "in my bio", "only six slots"
    assert "a paid private service" in _names("Ms Ray's massage treatment slots for December are now open, DM me.")
    assert "asks readers to order or contact a seller" in _names("Portraits £40 – booking form in my bio.")
    assert "sales urgency" in _names("Only four slots left this Saturday, £30 a lesson!")


def test_a_local_sellers_order_passed_on_by_the_office_is_not_the_schools_own() -> None:
    text = "Keyrings in school colours are £3 each from a local maker – ask at the office and we'll pass your order on."
    assert "the school's own sale" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Christmas wreaths made by Miss Lee, £20 each, just let her know at pick-up.",
        "Year 3 TA Mrs Bell now runs a dog grooming service from home, ask her for a price.",
        "Support local! Bethan's mum has opened a beauty room at the back of her house, booking now.",
        "Mr Price runs a small bakery from home – ask him for a price list for birthday cakes.",
    ],
)
def test_a_staff_or_parents_side_business_fires(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found and "promotes or sells" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Cards made by Miss Lee's class are on sale at the fair.",
        "Let her know at pick-up if your child will be absent.",
        "Support local! The Christmas market on the green has 40 stalls this Saturday.",
    ],
)
def test_the_side_business_cues_leave_school_notices_quiet(school: Any, text: str) -> None:
    assert _con601(school, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Please back our governor Cllr Ann Smith in Thursday's by-election.",
        "Our MP Sarah Jones visited today to open the library. She has our full support on 4 July.",
        "He has our vote on polling day.",
    ],
)
def test_backing_a_person_in_an_election_fires(school: Any, text: str) -> None:
    found = _con601(school, text)
    assert found and "campaigns" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Please support our candidates in Friday's class election!",
        "Back our netball team in the county final on Saturday!",
        "Congratulations to Cllr Smith, who won Thursday's by-election, on her visit.",
        "Thank you to the PTA, who have our full support on 4 July for the summer fair.",
    ],
)
def test_backing_pupils_a_team_or_the_pta_is_not_campaigning(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_the_own_sale_cue_among_the_signals_holds_the_head_back() -> None:
    from safepost.engine.rules.political_or_commercial import _schools_own

    text = fold("New school water bottles: the office has them for £2 each.").text
    signals = assess(text, "commercial")
    assert _schools_own(text, signals, sum(s.weight for s in signals))
    assert not _schools_own(text, [], 0.0)  # the own-sale section alone does not read the office


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 continued working from home during the snow days.",
        "If school closes, pupils will be working from home on Teams until it reopens.",
        "Staff are working from home today because of the strike; the office phone is diverted.",
    ],
)
def test_a_notice_of_working_from_home_is_not_a_pitch(school: Any, text: str) -> None:
    assert _con601(school, text) == []


def test_a_work_from_home_pitch_still_fires(school: Any) -> None:
    assert _con601(school, "Work from home with Aloe Haf – no experience needed, message me!")
