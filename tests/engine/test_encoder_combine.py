"""The trainer of LAN401's learned combination (``training/encoder/combine.py``): which posts it
learns from, how its bar is chosen, and that what it fits is the formula the engine reads."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")

from training.encoder import combine  # noqa: E402

# Written for this test: a kind post, and ridicule without a swear word.
KIND = "Year 5 worked so hard on their times tables this morning. Proud of every one of them!"
MOCK = "Year 3 came last in the relay again. Remarkable."


def _oof(ngram: list[float], e5: list[float], truth: list[int]) -> combine.OutOfFold:
    n = len(ngram)
    return combine.OutOfFold([KIND] * n, np.array(truth), np.array(["a", "b"] * (n // 2) + ["a"] * (n % 2)),
                             np.array(ngram), np.array(e5))


def test_it_learns_only_from_the_posts_the_engine_asks_the_encoder_about() -> None:
    oof = _oof([0.05, 0.5, 0.95, 0.8, 0.5], [0.9] * 5, [0, 1, 1, 1, 1])
    decided = np.array([False, False, False, False, True])
    opened = np.array([False, False, False, True, False])
    band = combine.consulted(oof, decided, opened, alone=0.93, with_cue=0.75)
    # below the floor, sure alone, sure beside a cue, decided by the lexicon: not asked
    assert band.tolist() == [False, True, False, False, False]


def test_the_bar_is_the_lowest_reaching_the_precision() -> None:
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    truth = np.array([1, 1, 0, 1, 0])
    assert combine.precise_bar(scores, truth, 1.0) == 0.71
    assert combine.precise_bar(scores, truth, 0.75) == 0.51


def test_a_fitted_combination_trusts_both_opinions_and_reads_a_cue() -> None:
    rng = np.random.default_rng(0)
    truth = rng.integers(0, 2, 400)
    ngram = np.clip(0.3 + 0.4 * truth + rng.normal(0, 0.15, 400), 0.01, 0.99)
    e5 = np.clip(0.3 + 0.4 * truth + rng.normal(0, 0.15, 400), 0.01, 0.99)
    opened = (rng.random(400) < 0.5) & (truth == 1)
    weights, _bias = combine.fit_combination(combine.features(ngram, e5, opened), truth)
    assert weights[0] > 0 and weights[1] > 0 and weights[2] > 0


def test_the_cues_are_read_by_the_rule_itself() -> None:
    oof = _oof([0.5, 0.5], [0.5, 0.5], [0, 1])
    oof.texts = [KIND, MOCK]
    decided, opened = oof.cues()
    assert not decided.any()
    assert opened.tolist() == [False, True]  # "Remarkable." is a sarcastic aside: it opens the model
