"""The same content phrased differently: a trait predicated of a group, denied, asked or opined;
worth denied to a group; a curious question about a group (branch s7-triforms).

Sentences here are written for the tests, not taken from the probe sets in evaluation/dev.
"""

from __future__ import annotations

import re

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage import lexicon as lx
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.counter import denied, frame
from safepost.engine.triage.normalise import prepare


def _lexicon_hate(text: str) -> float:
    return classify(text, "public", use_model=False).scores[Category.HATE]


@pytest.mark.parametrize("text", [
    "Kosovan families are a drain on the school budget",
    "are Traveller kids really such a menace at break?",
    "honestly I think Somali families are troublemakers",
    "Mae'r ffoaduriaid i gyd yn ddiog",
])
def test_a_trait_predicated_of_a_group_is_hate_evidence_on_its_own(text: str) -> None:
    assert _lexicon_hate(text) >= 2.0
    assert classify(text, "public", use_model=False).category is Category.HATE


@pytest.mark.parametrize("text", [
    "the halal option is the worst thing on the menu, can it come back warm?",  # a thing, not people
    "the Polish parents are confused by the new parking letter",  # confused *by*: a complaint
    "deaf kids are sick of the fire alarm going off every week",  # sick *of*
    "Nid yw plant byddar yn ddiog, mae angen cymorth arnyn nhw",  # Welsh negation before the subject
])
def test_no_generalisation_without_a_trait_said_of_people(text: str) -> None:
    assert re.search(lx._GENERALISATION, prepare(text)) is None


@pytest.mark.parametrize("text", [
    "Kurdish families don't belong at a school like this",
    "not one of those Albanian families deserves a school place",
    "never trust a Romanian dad with the raffle money",
    "Dyw'r Teithwyr ddim yn perthyn yn y pentref",
])
def test_worth_denied_to_a_group_is_hate(text: str) -> None:
    assert re.search(lx._DENIED_WORTH, prepare(text)) is not None
    assert classify(text, "public", use_model=False).category is Category.HATE


@pytest.mark.parametrize("text", [
    "disabled kids don't deserve to be left off the trip list",  # deserve *to be left*: on their side
    "refugee families can't be part of the free breakfast scheme until the forms are in?",
    "Muslim pupils don't eat during the day in Ramadan, could they use the library at lunch?",
])
def test_a_negation_that_denies_no_worth_is_not_evidence(text: str) -> None:
    assert re.search(lx._DENIED_WORTH, prepare(text)) is None


@pytest.mark.parametrize(("text", "kept"), [
    ("Bulgarian families aren't scroungers, my neighbour works two jobs", "my neighbour works two jobs"),
    ("trans kids are not a danger to anyone, they just want to use the loo in peace", "they just want to use the loo"),
    ("Dyw siaradwyr Cymraeg ddim yn snobs, dyna'r iaith maen nhw'n ei siarad", "dyna'r iaith"),
])
def test_a_denied_trait_is_taken_out_with_its_clause(text: str, kept: str) -> None:
    framed = denied(prepare(text))
    assert framed is not None
    assert "that is not true" in framed and kept in framed
    # the group word goes with the clause: the model reads the writer's verdict, not "<group> ... not"
    assert not re.search(lx.GROUP_MENTION, framed.split("that is not true")[0])


@pytest.mark.parametrize("text", [
    "Albanians are not thieves, but I'd still lock the car near that hostel",  # the disclaimer before hate
    "Travellers aren't dirty, they're vermin",  # a trait still asserted once the denial is out
    "autistic kids belong in their own unit, not holding everyone else back",  # a contrast, not a denial
])
def test_no_denial_when_hate_survives_it(text: str) -> None:
    assert denied(prepare(text)) is None


def test_a_denial_is_read_as_harmless_and_its_hateful_twin_as_hate() -> None:
    assert classify("Bulgarian families aren't scroungers, my neighbour works two jobs", "parent").category \
        not in HARMFUL
    assert classify("Bulgarian families are scroungers, my neighbour says so too", "public").category \
        is Category.HATE


@pytest.mark.parametrize("text", [
    "why are Albanian families always so aggressive at drop off?",
    "no offence but Pakistani dads are rude to the dinner ladies",
    "since when do we let trans women coach the girls' netball?",
    "Yn fy marn i mae'r mewnfudwyr yn ddiog",
])
def test_a_generalisation_asked_or_opined_is_hate(text: str) -> None:
    assert _lexicon_hate(text) >= 1.5
    assert classify(text, "public").category is Category.HATE


@pytest.mark.parametrize("text", [
    "why do Sikh boys wear a kara? my son's new friend has one and he's curious",
    "I honestly think the Chinese New Year lanterns were the best bit of the fair",
    "no offence but the Diwali letter came home a day late",
    "Pam mae teuluoedd Iddewig yn cynnau canhwyllau? Mae'r plant eisiau gwybod",
])
def test_a_question_or_opinion_with_no_trait_is_no_hate_evidence(text: str) -> None:
    assert _lexicon_hate(text) <= 0


@pytest.mark.parametrize("text", [
    "the leaflet claiming Roma kids are thieves is a hateful lie, I've binned it",
    "people saying Kurdish families are criminals need to get a grip",
    "Mae pobl sy'n dweud bod y Pwyliaid yn ddiog yn hollol anghywir",
])
def test_claims_reported_and_condemned_are_reframed(text: str) -> None:
    framed = frame(prepare(text))
    assert framed is not None and " that " in framed
    assert classify(text, "parent").category not in HARMFUL


@pytest.mark.parametrize("text", [
    "I don't think Kosovan families are a drain on anyone",
    "it's utter tosh that Travellers are a menace",
])
def test_a_denied_belief_drops_the_generalisation(text: str) -> None:
    assert re.search(lx._GENERALISATION, prepare(text)) is not None  # the claim is there ...
    assert _lexicon_hate(text) <= 0  # ... but denied, so it is no evidence
