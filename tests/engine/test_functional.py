"""The CheckList-style functional suite (``python -m safepost.engine.functional``): every
functionality (templates crossed with fillers, English and Welsh) passes at least ``FLOOR``."""

from __future__ import annotations

import pytest

from safepost.engine import functional


@pytest.fixture(scope="module")
def results() -> list[functional.Result]:
    return functional.run()


def test_it_keeps_every_functionality_at_or_above_the_floor(results: list[functional.Result]) -> None:
    low = {r.name: (round(r.rate, 2), r.failures[:3]) for r in results if r.rate < functional.FLOOR}
    assert not low, low


def test_it_covers_each_post_rule_in_both_directions(results: list[functional.Result]) -> None:
    rules = {(f.rule, f.fire) for f in (*functional.SUITE, *functional.name_suite())}
    for rule in (
        "offensive-language",
        "live-location",
        "political-or-commercial",
        "home-address",
        "date-of-birth",
        "pupil-name",
    ):
        assert (rule, True) in rules and (rule, False) in rules, rule
    assert all(r.n > 0 for r in results)


def test_it_expands_templates_deterministically() -> None:
    func = functional.SUITE[0]
    first = list(functional.expand(func))
    assert first == list(functional.expand(func))
    assert len(first) <= functional.PER_FUNCTIONALITY
    assert all("{" not in text for text, _ in first)


def test_it_prints_a_table_with_a_row_per_functionality(results: list[functional.Result],
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # main([]) runs the default suite, which the module has already run (deterministically):
    # reuse those results rather than spend another twenty seconds computing the same ones.
    run = functional.run
    monkeypatch.setattr(functional, "run", lambda suite=None, thorough=False: results if suite is None else run(suite, thorough))
    assert functional.main([]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") >= len(functional.SUITE)
    assert "| functionality" in out and "pass rate" in out
