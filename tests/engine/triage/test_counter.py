"""Counter-speech: quoting or reporting hate in order to condemn it is not hate; hate itself still is."""

from __future__ import annotations

import pytest

from safepost.engine.triage import Category, classify
from safepost.engine.triage.categories import HARMFUL
from safepost.engine.triage.classifier import GrammarContext, combine
from safepost.engine.triage.counter import frame
from safepost.engine.triage.normalise import prepare


@pytest.mark.parametrize("text", [
    'a man at the bus stop told my daughter "your lot should go home" and I am appalled',
    "it's shameful that a dad called the Somali families rats on the class chat",
    "Dywedodd rhywun \"ewch adre\" wrth y teulu newydd. Ffiaidd.",
])
def test_it_takes_the_quoted_words_out_when_the_rest_condemns_them(text: str) -> None:
    framed = frame(prepare(text))
    assert framed is not None
    assert " that" in framed
    assert "rats" not in framed and "go home" not in framed and "ewch adre" not in framed


@pytest.mark.parametrize("text", [
    "my son said a man at the park touched him",  # a disclosure: no word of condemnation
    "Somalis are rats, simple as",  # no quotation, no reported speech
    'he said "see you at the gates" lol',
])
def test_it_leaves_everything_else_alone(text: str) -> None:
    assert frame(prepare(text)) is None


def test_it_reads_condemned_hate_as_harmless_and_hate_as_hate() -> None:
    text = "someone wrote 'Romanians are all thieves' on the fence, that's racist and wrong"
    assert classify(text, "parent").category not in HARMFUL
    # the lexicons alone read the quoted words as hate; the frame is what clears it
    condemned = classify(text, "parent", use_model=False)
    assert condemned.category not in HARMFUL
    assert condemned.evidence[0].startswith("counter-speech")
    assert classify("Romanians are all thieves, lock your bikes up", "parent").category is Category.HATE


def test_it_never_reframes_a_safeguarding_disclosure() -> None:
    result = classify("my daughter said her stepdad hits her and I'm so upset", "parent")
    assert result.category is Category.SAFEGUARDING


def test_it_asks_more_of_the_models_hate_when_no_group_is_mentioned() -> None:
    lexical = classify("the year 5 assembly was lovely", "parent", use_model=False)
    probabilities = dict.fromkeys(Category, 0.0)
    probabilities[Category.HATE] = 0.5
    probabilities[Category.PRAISE] = 0.5
    assert combine(lexical, probabilities, GrammarContext(mentions_group=False)).category is Category.PRAISE
    assert combine(lexical, probabilities, GrammarContext(mentions_group=True)).category is Category.HATE
    probabilities[Category.HATE], probabilities[Category.PRAISE] = 0.7, 0.3
    assert combine(lexical, probabilities, GrammarContext(mentions_group=False)).category is Category.HATE


# Written for these tests: a denial of what someone reported, and the disclaimer that precedes hate.
@pytest.mark.parametrize("text", [
    "Nobody's saying the Muslim families get special treatment, the quiet room is for everyone. Read the letter.",
    "Nobody's saying the Polish families are all on benefits. They work harder than most of us.",
])
def test_a_denial_of_the_reported_words_is_not_hate(text: str) -> None:
    framed = frame(prepare(text))
    assert framed is not None and "families" not in framed
    assert classify(text, "parent").category not in HARMFUL


def test_a_denial_followed_by_but_is_the_disclaimer_before_hate() -> None:
    text = "Nobody is saying the Roma families are thieves, but lock your cars tonight."
    assert frame(prepare(text)) is None
    assert classify(text, "parent").category is Category.HATE
