"""Counterfactual token fairness in triage (Garg et al. 2019): the model reads every protected group's
name as one placeholder, and hate the model found without any hostile predicate must survive the
group's name swapped for a neutral noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.classifier import _hostility_vanishes, _model
from safepost.engine.triage.model import GROUP_PLACEHOLDER, abstract_identity, load_model
from safepost.engine.triage.normalise import prepare


@pytest.mark.parametrize(("text", "names"), [
    ("the Somali mums and the Polish families ran the stall", 2),
    ("Mae'r Mwslemiaid a'r pobl hoyw yn y côr", 2),
    ("our autistic kids love the sensory room", 1),
])
def test_every_group_name_becomes_the_placeholder(text: str, names: int) -> None:
    abstracted = abstract_identity(prepare(text))
    assert abstracted.count(GROUP_PLACEHOLDER) == names


@pytest.mark.parametrize("text", ["the halal sausages ran out at eid", "those people again", "muzzies"])
def test_things_coded_phrases_and_slurs_keep_their_own_words(text: str) -> None:
    assert GROUP_PLACEHOLDER not in abstract_identity(prepare(text))


def test_the_shipped_model_was_trained_on_placeholders() -> None:
    assert load_model().identity_abstraction


@pytest.mark.parametrize("group", ["Hindus", "Nigerians", "Travellers", "gay people"])
def test_a_group_named_with_any_word_gets_the_same_model_reading(group: str) -> None:
    model = load_model()
    base = model.probabilities(prepare("Muslims are on the rota for the tuck shop this week"), "parent")
    other = model.probabilities(prepare(f"{group} are on the rota for the tuck shop this week"), "parent")
    assert other == base


@pytest.mark.parametrize("text", [
    "Hindus are never the reason the buses run late",
    "Nigerians are never why the car park is full",
    "Travellers do not deserve the abuse they got on that thread",
    "Lesbians don't deserve any of the nasty comments under the photo",
])
def test_a_denied_claim_with_no_hostile_word_is_not_harmful(text: str) -> None:
    assert classify(text, "parent").category not in HARMFUL


@pytest.mark.parametrize("text", [
    "Lock up your sheds, the Travellers are back on the common",
    "Gypsies don't deserve a place in this village",
    "Romanians are thieves, the lot of them",
])
def test_hate_with_a_hostile_predicate_is_not_swapped_away(text: str) -> None:
    model = _model()
    assert model is not None
    assert not _hostility_vanishes(prepare(text), "parent", model)
    assert classify(text, "parent").category is Category.HATE


@pytest.mark.parametrize("text", ["I hate Hindus.", "honestly we can't stand those Albanian families"])
def test_hatred_declared_of_a_group_is_hate(text: str) -> None:
    assert classify(text, "parent").category is Category.HATE


@pytest.mark.parametrize("text", ["I hate Kurds being picked on at the bus stop", "I don't hate Eritreans, never have"])
def test_hatred_of_what_is_done_to_a_group_or_denied_is_not(text: str) -> None:
    assert classify(text, "parent").category is not Category.HATE
