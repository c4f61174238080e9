"""Negation in the lexicons' hate and abuse evidence (classifier._in_denial) and the model's veto of a
harmful category it is nearly sure of (CATEGORY_VETO): thirteenth session."""

from __future__ import annotations

import pytest

from safepost.engine.triage.categories import Category
from safepost.engine.triage.classifier import (
    CATEGORY_VETO,
    Classification,
    GrammarContext,
    _in_denial,
    combine,
)
from safepost.engine.triage.normalise import prepare


def _denied(text: str, phrase: str) -> bool:
    prepared = prepare(text)
    start = prepared.index(phrase)
    return _in_denial(prepared, start, start + len(phrase))


@pytest.mark.parametrize(("text", "phrase"), [
    ("It's simply untrue and not fair to say the Polish families are lazy", "polish families are lazy"),
    ("I have never once thought refugees are dangerous", "refugees are dangerous"),
    ("Nobody round here believes travellers are thieves", "travellers are thieves"),
    ("Dyw hi ddim yn wir fod mewnfudwyr yn beryglus", "mewnfudwyr yn beryglus"),
])
def test_a_claim_after_a_denial_is_denied(text: str, phrase: str) -> None:
    assert _denied(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    # the negation is a wish, trust or belonging: hostile, not a denial
    ("I don't want the Roma families near our school", "roma families near our school"),
    ("never trust a single one of those Romanians, they steal", "they steal"),
    # a rhetorical question
    ("why don't the Polish lot go back home", "go back home"),
    # a "but" ends the denial: the disclaimer before hate
    ("I'm not against anyone but the Somali kids are violent", "somali kids are violent"),
    # the phrase's own negation is its claim
    ("refugees are not welcome here", "refugees are not welcome"),
    # a clause break ends the scope
    ("not my problem. the Kurdish lot are vermin", "kurdish lot are vermin"),
])
def test_a_hostile_negation_or_a_claim_outside_the_scope_is_not_denied(text: str, phrase: str) -> None:
    assert not _denied(text, phrase)


def _lexical(category: Category, score: float) -> Classification:
    scores = dict.fromkeys(Category, 0.0)
    scores[category] = score
    return Classification(category, 0.6, ("x",), scores)


def _probabilities(**given: float) -> dict[Category, float]:
    rest = (1.0 - sum(given.values())) / (len(Category) - len(given))
    return {c: given.get(c.value, rest) for c in Category}


def test_the_model_overrules_a_harmful_category_it_is_nearly_sure_of() -> None:
    p = _probabilities(safeguarding=CATEGORY_VETO / 2, threat=0.01, hate=0.01, abuse=0.01, other=0.6)
    assert combine(_lexical(Category.SAFEGUARDING, 1.2), p, GrammarContext(author_role="parent")).category is Category.OTHER


def test_a_pupils_or_a_decisive_safeguarding_sign_is_never_overruled() -> None:
    p = _probabilities(safeguarding=CATEGORY_VETO / 2, threat=0.01, hate=0.01, abuse=0.01, other=0.6)
    assert combine(_lexical(Category.SAFEGUARDING, 1.7), p, GrammarContext(author_role="pupil")).category is Category.SAFEGUARDING
    assert combine(_lexical(Category.SAFEGUARDING, 2.0), p, GrammarContext(author_role="parent")).category is Category.SAFEGUARDING


def test_contested_hate_stands_only_when_the_model_sees_harm() -> None:
    unsure = _probabilities(hate=0.3, abuse=0.05, threat=0.02, safeguarding=0.01, other=0.4)
    sure = _probabilities(hate=0.5, abuse=0.1, threat=0.02, safeguarding=0.01, other=0.2)
    assert combine(_lexical(Category.HATE, 2.5), unsure, GrammarContext(harm_denied=True)).category is Category.OTHER
    assert combine(_lexical(Category.HATE, 2.5), unsure).category is Category.HATE
    assert combine(_lexical(Category.HATE, 2.5), sure, GrammarContext(harm_denied=True)).category is Category.HATE
