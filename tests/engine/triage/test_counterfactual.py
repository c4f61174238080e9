"""Group mentions: the identity abstraction the trainer can switch on (counterfactual token fairness,
Garg et al. 2019; off in the shipped model), worth affirmed by denying the harm a group gets, and
hatred declared of a group (branch s11-triage). Sentences written for these tests."""

from __future__ import annotations

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.model import GROUP_PLACEHOLDER, abstract_identity
from safepost.engine.triage.normalise import prepare


@pytest.mark.parametrize(("text", "names"), [
    ("the Somali mums and the Polish families ran the stall", 2),
    ("Mae'r Mwslemiaid a'r pobl hoyw yn y côr", 2),
    ("our autistic kids love the sensory room", 1),
])
def test_every_group_name_becomes_the_placeholder(text: str, names: int) -> None:
    assert abstract_identity(prepare(text)).count(GROUP_PLACEHOLDER) == names


@pytest.mark.parametrize("text", ["the halal sausages ran out at eid", "those people again", "muzzies"])
def test_things_coded_phrases_and_slurs_keep_their_own_words(text: str) -> None:
    assert GROUP_PLACEHOLDER not in abstract_identity(prepare(text))


@pytest.mark.parametrize("text", [
    "Travellers do not deserve the abuse they got on that thread",
    "Lesbians don't deserve any of the nasty comments under the photo",
])
def test_denying_the_harm_a_group_gets_is_not_harmful(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


def test_worth_denied_is_still_lexicon_hate() -> None:
    text = "Gypsies don't deserve a place in this village"
    assert classify(text, "parent", use_model=False).scores[Category.HATE] >= 2


@pytest.mark.parametrize("text", ["I hate Hindus.", "honestly we can't stand those Albanian families"])
def test_hatred_declared_of_a_group_is_hate(text: str) -> None:
    assert classify(text, "parent").category is Category.HATE


@pytest.mark.parametrize("text", ["I hate Kurds being picked on at the bus stop", "I don't hate Eritreans, never have"])
def test_hatred_of_what_is_done_to_a_group_or_denied_is_not(text: str) -> None:
    assert classify(text, "parent").category is not Category.HATE
