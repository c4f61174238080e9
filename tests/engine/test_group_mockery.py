"""LAN401 on a class, a team or another school's pupils mocked for how they performed, in English
and without a swear word (thirteenth session): a group beside a contemptuous verdict, praise
undone by a hedge, a lowly likening, another school said not to understand the game; and the same
words in a kind report, which only open the learned model. Every sentence here was written for
these tests; none comes from an evaluation set or a training panel."""

from __future__ import annotations

import pytest

from safepost.engine.rules import Field, FieldKind
from safepost.engine.rules import offensive_language as lan
from safepost.engine.rules.offensive_language import ASIDE, BELITTLES_GROUP, GROUP_MOCK
from tests.engine._lan401 import fires_on_lexicon, flagged, signals


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the verdict predicated of the group (or before it, or a lowly likening): fires
        ("The Year 7 brass group at the spring concert: excruciating from the first bar.", True),
        ("Our relay team were abysmal again on Saturday.", True),
        ("Year 9's performance of the school song was a complete farce.", True),
        ("A woeful display from Year 8, who seemed to forget which goal was ours.", True),
        ("P5's harvest play: a triumph, if you like.", True),
        ("The choir gave what I can only call singing, if you can call it that.", True),
        ("We've seen better passing from a bag of wet towels.", True),
        # a scare-quoted performance, another school's pupils not knowing the game: 0.7, short
        # of firing alone (a laugh or an eye-roll beside them makes them fire)
        ("Year 10 'revised' for the mock exam, apparently.", False),
        ("Their side didn't understand the rules of rounders at all.", False),
        ("Took them twenty minutes to work out which end was theirs.", False),
    ],
)
def test_a_group_mocked_for_its_performance_is_offensive_on_the_lexicon(text: str, fires: bool) -> None:
    signals = lan.assess(Field("body", FieldKind.TEXT, text))
    assert GROUP_MOCK in {s.name for s in signals}, text
    assert fires_on_lexicon(text) is fires, text
    if not fires:
        assert fires_on_lexicon(text + " 🙄"), text


def test_the_performance_as_the_subject_of_a_verdict_counts_short_of_firing() -> None:
    text = "Dress rehearsal for the Year 7 musical today. The show itself is going to be a train wreck."
    found = signals(text)
    assert found.get(GROUP_MOCK) == 0.7, found
    assert not fires_on_lexicon(text)
    assert fires_on_lexicon(text + " 🙄")
    assert GROUP_MOCK not in signals("The weather on sports day was a disaster, but the races were run.")


@pytest.mark.parametrize(
    "text",
    [
        "Year 4's harvest concert: a triumph, if you like off-key humming.",
        "The Year 9 choir's carols were a masterpiece, if you will.",
    ],
)
def test_strong_praise_hedged_fires_whatever_follows(text: str) -> None:
    assert fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the same verdicts in a kind report: only an opener, the model decides
        "The weather was dire, but Year 4 kept smiling and we are so proud of them.",
        "Year 6's first match was a disaster on paper, 7-0, but they never gave up.",
        "Our netball team found it painful to watch the final, but they learned so much.",
    ],
)
def test_a_kind_report_with_the_same_verdict_only_opens_the_model(text: str) -> None:
    found = signals(text)
    assert GROUP_MOCK not in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the weather, the roads and the staff themselves are not the group
        "Year 3's trip: the coach journey was a disaster, the children were wonderful.",
        "Year 5 sports day went ahead although the forecast was dismal.",
        "Come to the Year 2 concert, or watch the recording if you like.",
        "We've seen better days, but the new hall is nearly finished.",
    ],
)
def test_verdicts_on_something_else_are_not_group_mockery(text: str) -> None:
    assert GROUP_MOCK not in signals(text), text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hold the front page: Set 4 handed in their homework on time.",
        "The caretaker has asked for a pay rise after the Year 8 disco.",
        "They can swim a width now. Sort of.",
        "The future of British science, ladies and gentlemen.",
        "Riveting stuff.",
        "At least the choir turned up.",
        "The less said about the Year 9 quiz team the better.",
        "Set 3's reading scores are in. No surprises there.",
        "The Year 8 art exhibition opens tomorrow. Brace yourselves.",
        "Year 11 have rehearsed for a month. You'd never know it.",
    ],
)
def test_english_sarcasm_shapes_are_asides(text: str) -> None:
    found = signals(text)
    assert ASIDE in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Their defence had the reflexes of a sleepy tortoise.",
        "The singing was lovely, which is more than we can say for the behaviour.",
        "Imagine a herd of cows learning to skip.",
    ],
)
def test_english_comparisons_belittle_a_group_and_open_the_model(text: str) -> None:
    found = signals(text)
    assert BELITTLES_GROUP in found, text
    assert not fires_on_lexicon(text), text




@pytest.mark.parametrize(
    "text",
    [
        # a verdict on the conditions, a day, a need or a period, not predicated of the group
        "The team battled on in atrocious conditions and lost 3-0 to a strong Ysgol Bryn side. Well done all.",
        "The children made the most of a dismal, wet sports day.",
        "Year 5 learned about the appalling conditions children faced in Victorian workhouses.",
        "The children wrote to the council about the horrendous litter in the park.",
        "Year 4 collected tins for families in dire need this Christmas.",
        # boasts, an honest "no hope", the staff laughing at themselves, praise
        "Year 6 got the best SATs results in school history!",
        "Year 6 raised the most money for Children in Need in living memory!",
        "Year 3 had no hope against the county champions but what a game.",
        "The staff netball team lost to Year 6, never speak of it again 😂",
        "The museum staff said they had never seen better behaviour from a school group.",
        "Year 6's leavers' song would make a teacher cry.",
        "Year 6's leavers' song would make a teacher cry. See you at the service.",
        "Year 6's leavers' video was hard to watch without a tissue.",
        "Year 2's comical puppet show had everyone in stitches.",
        "Year 11 prom: the cringe-worthy dad dancing was the highlight 😂",
        # a hedge that undoes nothing: an invitation, the weather, a word searched for
        "Year 6 enjoyed a picnic in what passes for summer in Wales.",
        "Year 5 had a, for want of a better word, magical week at Llangrannog.",
        "Our Year 4 class had a sleepover in the hall, if you can call it sleeping!",
        "Year 2 parents are welcome to stay and watch the performance, if you like.",
        "Come and watch the concert, if you like. Doors open at 6.",
        # a word taught, beginners, a puzzle meant to take time, a side that never gave up
        "Year 2 learned the word 'flabbergasted' today 😂",
        "Year 3 tried tag rugby for the first time - they didn't know the rules yet but loved it 😂",
        "It took them twenty minutes to work out the first clue in the escape room 😂",
        "Hats off to Ysgol Bryn - their players just didn't know how to give up! Great game.",
    ],
)
def test_kind_posts_from_the_review_are_not_flagged(text: str) -> None:
    assert not flagged(text), text


def test_a_kind_mark_about_another_class_does_not_excuse_the_mocked_one() -> None:
    text = "Year 5 were abysmal today. Very proud of Year 6 though."
    assert fires_on_lexicon(text)
    assert not fires_on_lexicon("Year 5 were abysmal today. Very proud of them though.")


def test_one_construction_counts_once() -> None:
    # the hedged tier and the bare hedge read the same words: the stronger one counts
    found = signals("Year 4's concert, if you like.")
    assert found.get(GROUP_MOCK) == 1.0, found
