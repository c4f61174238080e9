"""Denied claims about a group are not hate; hate asked as a question, and hate holding a "not", still is."""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.counter import without_denial
from safepost.engine.triage.lexicon import GROUP_MENTION, WARM_PREDICATE
from safepost.engine.triage.normalise import prepare

HOSTILE = {Category.HATE, Category.ABUSE, Category.THREAT}


@pytest.mark.parametrize("text", [
    "Kurdish dads aren't aggressive, they were only asking about the parking",
    "it isn't true that the Lithuanian families are on benefits",
    "None of the Albanian mums were rude at the meeting",
    "Dyw'r teuluoedd Somaliaid ddim yn swnllyd o gwbl",
    "Nid troseddwyr yw'r ffoaduriaid",
])
def test_it_takes_a_denied_claim_out(text: str) -> None:
    assert without_denial(prepare(text)) is not None


@pytest.mark.parametrize("text", [
    "Kurdish dads aren't welcome at this school",  # hostile with its "not"
    "Lithuanians are not people, they're rats",
    "Afghans don't pay a penny towards anything",  # a duty denied is a stereotype, not a denial
    "Bangladeshi families aren't dangerous, but they are filthy",  # the disclaimer before hate
    "the Year 5 trip isn't cancelled",  # no group
])
def test_it_leaves_hostile_negations_alone(text: str) -> None:
    assert without_denial(prepare(text)) is None


@pytest.mark.parametrize("text", [
    "Ukrainian mums aren't scroungers, most of them work at the care home",
    "It's not the case that Kurdish families cause trouble on the estate",
    "Deaf pupils aren't holding anyone back in the choir",
    "Dyw'r plant Somaliaid ddim yn fudr, maen nhw'n dod i'r ysgol yn daclus bob dydd",
    "Does neb yn credu bod y ffoaduriaid yn beryglus",
])
def test_a_denial_is_not_hate(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


def test_the_denial_is_what_clears_it() -> None:
    # the lexicons alone read "Ukrainian ... taking our houses" as hate; the denial is what clears it
    text = "Ukrainian mums aren't taking our houses, they rent like everyone else"
    result = classify(text, "parent", use_model=False)
    assert result.category not in HARMFUL
    assert result.evidence[0].startswith("counter-speech")


@pytest.mark.parametrize("text", [
    "Albanians aren't honest, they're crooks the lot of them",
    "Lithuanian dads aren't violent, they're just scum",
    "I'm not racist but the Kurds should go back where they came from",
    "Dyw'r Saeson ddim yn perthyn yma",
])
def test_hate_with_a_negation_in_it_is_still_hostile(text: str) -> None:
    assert classify(text, "public").category in HOSTILE


@pytest.mark.parametrize("text", [
    "Why do Afghans always get the new flats first?",
    "Do Albanians ever do an honest day's work",
    "how many more refugees are we meant to squeeze into Year 2",
    "Pam fod y sipsiwn wastad yn gadael llanast ar y cae?",
    "Ydy'r mewnfudwyr yn dwyn ein swyddi ni?",
])
def test_hate_asked_as_a_question_is_hate(text: str) -> None:
    assert classify(text, "public").category in HOSTILE


@pytest.mark.parametrize("text", [
    "Why do Sikh boys wear a patka? Our son asked at tea time",
    "Is it true the Kurdish families are doing a food stall? Count us in",
    "Pam mae Iddewon yn dathlu Hanukkah? Roedd fy merch eisiau gwybod",
    "Are the Kurdish mums always this generous with the cakes? What a table",
])
def test_a_curious_or_keen_question_about_a_group_is_not_hate(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


@pytest.mark.parametrize("text", [
    "diolch i'r teuluoedd Fwslimaidd", "yr holl fewnfudwyr", "i bobl hoyw", "y Bwyliaid", "ceiswyr lloches",
])
def test_welsh_group_words_are_seen_in_their_mutated_forms(text: str) -> None:
    assert re.search(GROUP_MENTION, prepare(text))


def test_meddwl_is_not_drunk() -> None:
    text = "Dydw i ddim yn meddwl bod y Gwyddelod wedi bod yma heddiw"
    assert classify(text, "parent").category not in HARMFUL


def test_a_denied_weapon_is_no_threat() -> None:
    assert classify("Sikh men don't carry knives into the school, it's a small kirpan pendant", "parent").category \
        is not Category.THREAT


def test_warm_words_need_no_negation_in_front() -> None:
    assert re.search(WARM_PREDICATE, "count us in for the lantern workshop")
    assert not re.search(WARM_PREDICATE, "they are not welcome")


@pytest.mark.parametrize("text", [
    "The Sikh grandads are running the book swap by the gate",
    "The lesbian couple in Year 4 are doing the face painting",
])
def test_a_group_named_in_passing_is_not_hate_on_an_unsure_model(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


def test_an_unsure_model_still_counts_when_a_hostile_word_is_there() -> None:
    result = classify(
        "Kurdish dads lot are running the tuck shop now, standards have dropped", "public",
    )
    assert result.category in HOSTILE
