"""LAN401's openers for ridicule without swearing (twelfth session): families of wording that
never make a post offensive alone but let the learned model speak at its lower bar
(``_learned.OFFENSIVE_WITH_CUE``) on the quick path too. Every sentence here was written for
these tests, in English and Welsh; none comes from an evaluation set."""

from __future__ import annotations

from typing import Any

import pytest

from safepost.engine.rules import Env, Field, FieldKind, _learned
from safepost.engine.rules import offensive_language as lan
from safepost.engine.rules.offensive_language import ASIDE, BELITTLES_GROUP, OPENS_MODEL
from tests.engine._lan401 import fires_on_lexicon, signals

SWEEPING = "a sweeping remark about a group's behaviour"




@pytest.mark.parametrize(
    "text",
    [
        # a group's performance likened to something lowly, or bettered by it
        "The Year 8 orchestra sounded like a dustbin lorry reversing down a hill.",
        "The under-11 team played like a row of garden gnomes in the second half.",
        "The whole class were running like a bunch of penguins on ice.",
        "Mae tîm pêl-droed Blwyddyn 6 yn chwarae fel criw o ieir ar goll.",
        "Roedd côr yr ysgol yn canu fel drws heb olew.",
        "The hamster danced better than most of Year 3 at the disco.",
        "Roedd y pyped yn actio'n well na'r rhan fwyaf o'r cast.",
        # a subset of the readers told off
        "Some of you clearly need reminding what a school day looks like.",
        "The rest of you obviously found something better to do on sports day.",
        "I'r gweddill: mae'r llythyr yn y bag ers wythnos.",
        "Efallai bod angen gwersi darllen ar rai ohonoch chi.",
        "I rai ohonoch chi mae'n amlwg nad yw amser yn bwysig.",
        "Maybe some of the parents need night classes too.",
        "Dydyn ni ddim yn feithrinfa, bobl.",
        "Nobody in the class seemed to know what a verb was.",
        "Does neb yn y dosbarth yn gwybod beth yw hanner.",
    ],
)
def test_a_group_belittled_in_a_new_way_opens_the_model_but_is_not_offensive_alone(text: str) -> None:
    found = signals(text)
    assert BELITTLES_GROUP in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Creative spelling from Set 2, if nothing else.",
        "Impressive goalkeeping, just not in a good way.",
        "Da iawn am drio... fel petai.",
        "A talent of sorts, we suppose.",
        "Mae hynny'n rhyw fath o ddawn.",
        "He read the notices with all the enthusiasm of a wet weekend.",
        "Darllenodd y cyhoeddiadau gyda holl frwdfrydedd malwen.",
        "Their striker thought offside was a kind of biscuit. Cute.",
        "Parents of the red group, please don't expect miracles.",
        "Peidiwch â disgwyl gwyrthiau gan y criw yma.",
        "Letters have gone home with the usual suspects.",
    ],
)
def test_a_verdict_undone_in_the_same_breath_is_a_sarcastic_aside(text: str) -> None:
    found = signals(text)
    assert ASIDE in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pancakes for Shrove Tuesday, which is how they eat every meal over there.",
        "Meant to be a football nation up there, apparently.",
        "Bagpipes: the only thing they've ever invented, according to our caretaker.",
        "Harvest in church today: nice that some people still believe in fairy tales.",
        "Braf gweld bod rhai yn dal i gredu mewn straeon tylwyth teg.",
        "Lovely Eid party, shame about the smell of curry all afternoon.",
    ],
)
def test_a_people_or_a_faith_summed_up_in_passing_opens_the_model(text: str) -> None:
    found = signals(text)
    assert SWEEPING in found or "mocks a faith or culture" in found, text
    assert not fires_on_lexicon(text), text


@pytest.mark.parametrize(
    "text",
    [
        # near misses: likening and subsets of readers in kind posts
        "The display in the hall looks amazing, well done Year 4.",
        "Year 2's collage of the seaside looks like the real thing!",
        "Some of you have asked about kit for Friday: whites and tracksuits please.",
        "The rest of the kit is provided by the club.",
        "Diolch i'r rhai sydd wedi helpu gyda'r ffair.",
        "I'r rhai ohonoch chi sy'n methu dod i'r noson rieni, ffoniwch y swyddfa.",
        "Year 6 read brilliantly in assembly, better than ever.",
        "Roedd y plant yn canu fel angylion yn y gwasanaeth.",
        "No one in the class will forget the trip to the planetarium.",
        "Apologies for the late newsletter this week.",
        "We hope you enjoy the photos from over there in Brittany!",
        "Eid Mubarak to all our families, and thank you for the sweets.",
        "Lessons start at 8.50 on Monday.",
        "Dydd Llun mae'r gwersi nofio yn dechrau.",
    ],
)
def test_kind_posts_sharing_the_words_do_not_open_the_model(text: str) -> None:
    assert not set(signals(text)) & OPENS_MODEL, text


def test_the_few_who_aims_the_shaming_word_at_people() -> None:
    text = "Diolch i bawb am y cacennau. I'r ychydig wnaeth brynu o'r siop: diog iawn."
    assert "aimed at an identifiable child or person" in signals(text)
    assert fires_on_lexicon(text)
    # the shaming word without anyone aimed at stays below the bar
    assert not fires_on_lexicon("Bore diog iawn heddiw ar ôl y cyngerdd.")


class _Window:
    def __init__(self, probability: float) -> None:
        self.probability, self.start, self.end = probability, 0, 4


def test_an_opener_lets_the_model_fire_at_its_lower_bar_on_the_quick_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick path (no encoder): p between the lower bar and the bar alone fires only with an
    opener; without one the same probability stays quiet."""
    p = (_learned.OFFENSIVE_WITH_CUE + _learned.OFFENSIVE_ALONE) / 2
    monkeypatch.setattr(_learned, "window", lambda field, head: _Window(p))
    env: Any = Env(school=None, policy=None, thorough=False)  # type: ignore[arg-type]
    rule = lan.OffensiveLanguage()
    opened = Field("body", FieldKind.TEXT, "Year 9 sang like a flock of startled geese at the concert.")
    plain = Field("body", FieldKind.TEXT, "Year 9 sang at the concert and the hall was full.")
    assert list(rule.find(opened, env))
    assert not list(rule.find(plain, env))
