"""Stereotypes dressed as complaints and coded words for a group (session 14, branch s14-stereo):
``lexicon.STEREOTYPE_FRAME`` (a group as the subject of a habitual or generic claim), ``lexicon.CODED_GROUP``
(euphemisms, scare-quoted people words, a warm word said with a wink) and how ``classifier.combine`` reads them;
and the near misses each must leave alone.

Sentences here are written for the tests, not taken from any evaluation set or training panel.
"""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.classifier import (
    HATE_IN_STEREOTYPE,
    Classification,
    GrammarContext,
    combine,
)
from safepost.engine.triage.lexicon import CODED_GROUP, GROUP_MENTION, STEREOTYPE_FRAME
from safepost.engine.triage.normalise import prepare


def _frame(text: str) -> bool:
    return re.search(STEREOTYPE_FRAME, prepare(text)) is not None


def _group(text: str) -> bool:
    return re.search(GROUP_MENTION, prepare(text)) is not None


@pytest.mark.parametrize("text", [
    "Since the Bulgarians moved onto Mill Street there's never a space at pick-up",
    "Before the Kurds arrived you could get a doctor's appointment",
    "It's always the Somali mums blocking the crossing",
    "The Polish dads never bother reading the newsletter",
    "Albanian families get everything handed to them",
    "Free breakfast club for families who've been here five minutes",
    "Attendance is down because of the Roma families",
    "Shouting at the gate, they're loud by nature",
    "Ers i'r Pwyliaid symud i'r stad does dim lle i barcio",
    "Y Saeson sy'n cwyno am bopeth",
    "Mae'r Rwmaniaid wastad yn hwyr",
])
def test_stereotype_frame_finds_a_group_as_the_subject_of_a_generic_claim(text: str) -> None:
    assert _frame(text)


@pytest.mark.parametrize("text", [
    "Since the roadworks started there's never a space at pick-up",
    "It's always the same cars parked on the zigzags",
    "The lollipop man never gets a thank you",
    "Attendance is down because of the flu going round",
    "Ers i'r gwaith ffordd ddechrau does dim lle i barcio",
])
def test_stereotype_frame_leaves_grievances_with_no_group(text: str) -> None:
    assert not _frame(text)


@pytest.mark.parametrize("text", [
    "The newcomers have found the free uniform rail then",
    'Our "new friends" from the hostel were out late again',
    "Certain families seem to think the rules are for other people",
    "Cultural enrichment at the school gate again 🙄",
    "The you-know-whos were at the fair",
    "Mae'r mewnfudwyr yn y dre eto",
])
def test_coded_words_make_a_comment_about_a_group(text: str) -> None:
    assert re.search(CODED_GROUP, prepare(text)) is not None
    assert _group(text)


@pytest.mark.parametrize("text", [
    "Vibrant colours in the Year 3 collage, love it 😂",
    "The enrichment week timetable is on the website",
    "Our new neighbours brought round a lasagne",
])
def test_coded_words_need_their_code(text: str) -> None:
    assert re.search(CODED_GROUP, prepare(text)) is None


def _lexical(category: Category) -> Classification:
    return Classification(category, 0.6, ("“x”",), dict.fromkeys(Category, 0.0) | {category: 1.0})


def _probabilities(**given: float) -> dict[Category, float]:
    rest = (1.0 - sum(given.values())) / (len(Category) - len(given))
    return {c: given.get(c.value, rest) for c in Category}


def test_a_stereotype_lets_the_models_hate_beat_a_complaint() -> None:
    p = _probabilities(hate=HATE_IN_STEREOTYPE + 0.02, complaint=0.45)
    assert combine(_lexical(Category.COMPLAINT), p, GrammarContext(mentions_group=True, group_in_stereotype_frame=True)).category is Category.HATE
    # the same probabilities without the frame: a complaint that mentions a group stays a complaint
    assert combine(_lexical(Category.COMPLAINT), p, GrammarContext(mentions_group=True)).category is Category.COMPLAINT


def test_a_stereotype_frame_alone_is_not_hate() -> None:
    p = _probabilities(hate=0.05, complaint=0.80)
    assert combine(_lexical(Category.COMPLAINT), p, GrammarContext(mentions_group=True, group_in_stereotype_frame=True)).category is Category.COMPLAINT


def test_without_a_group_a_hostile_reading_is_a_threat_or_abuse() -> None:
    p = _probabilities(hate=0.40, threat=0.30, abuse=0.10)
    assert combine(_lexical(Category.OTHER), p, GrammarContext(mentions_group=False)).category is Category.THREAT
    assert combine(_lexical(Category.OTHER), p, GrammarContext(mentions_group=True)).category is Category.HATE


@pytest.mark.parametrize("text", [
    "Since the Bulgarians moved onto Mill Street you can't park anywhere near the school. Never used to be like this",
    "Head lice letter again. Funny how it started when the Roma families moved in",
    "Breakfast club places all going to Albanian families while working parents pay",
])
def test_stereotypes_dressed_as_complaints_are_hate(text: str) -> None:
    assert classify(text, "parent").category is Category.HATE


@pytest.mark.parametrize("text", [
    "Since the roadworks started on Mill Street you can't park anywhere near the school. Never used to be like this",
    "Head lice letter again. Please check your children's hair this weekend",
    "The Polish families always bring such lovely cakes to the summer fair",
    "The newcomers' coffee morning is on Friday in the hall, everyone welcome",
])
def test_fair_grievances_and_friendly_mentions_stay_harmless(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


def test_lexicon_abuse_becomes_hate_only_about_a_group() -> None:
    p = _probabilities(hate=0.70, abuse=0.20)
    assert combine(_lexical(Category.ABUSE), p, GrammarContext(mentions_group=False)).category is Category.ABUSE
    assert combine(_lexical(Category.ABUSE), p, GrammarContext(mentions_group=True)).category is Category.HATE
