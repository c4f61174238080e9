"""The functional (CheckList-style) tests: every functionality passes, and their templates are held out.

The table itself is printed by `python -m safepost.engine.triage.functional`; here each
functionality must reach MINIMUM_PASS_RATE, and the cases must not be in the training data.
"""

from __future__ import annotations

import pytest

from safepost.engine.triage.categories import Category
from safepost.engine.triage.functional import (
    FUNCTIONALITIES,
    GROUPS,
    MINIMUM_PASS_RATE,
    NOT_HARMFUL,
    Case,
    cases,
    leet,
    main,
    masked,
    run,
    spaced,
    table,
)
from tests.engine.triage.leakage import phrases_shared_with_training, training_texts

#: Stock phrases both sides may use: the disclaimer that is itself the functionality's subject.
#: Everyday phrases that independent writers of training comments (training/voices) used too:
#: shared wording, not a leaked template ("Is it just me or are the homework tasks getting longer?").
#: The go-back demand and "no place on this page" are the idioms themselves, written by a third
#: panel of writers (training/voices/tri-panel3) who never saw these templates; "ydy'r ysgol yn cynnig
#: cefnogaeth i" ("does the school offer support to") is a north-Wales writer's question (training/voices/s15-tri-cy).
SHARED_STOCK_PHRASES = {"ydy'r ysgol yn cynnig cefnogaeth i", "dw i ddim yn hiliol ond", "is it just me or are", "is it just me or do", "does dim lle iddyn nhw yma",
                        "nhw does dim lle iddyn nhw", "go back where they came from",
                        "should go back where they came", "have no place on this page",
                        "we all know what they're like",
                        # (s16) a Swansea pupil's praise in the s16-stereo writer's panel, who never saw the suite
                        "and honestly this school has been"}


@pytest.fixture(scope="module")
def rows() -> list:  # type: ignore[type-arg]
    return run()


def test_it_passes_every_functionality_at_the_minimum_rate(rows: list) -> None:  # type: ignore[type-arg]
    low = {r.functionality: round(r.rate, 2) for r in rows if r.rate < MINIMUM_PASS_RATE}
    assert low == {}
    assert len(rows) == len(FUNCTIONALITIES)


def test_it_covers_every_protected_group_kind_in_english_and_welsh() -> None:
    assert {g.kind for g in GROUPS} == {"religion", "ethnicity", "nationality", "sexuality", "gender identity",
                                        "disability", "Traveller"}
    assert {f.language for f in FUNCTIONALITIES} == {"en", "cy", "mixed"}
    all_cases = cases()
    assert len(all_cases) > 1000
    assert all("{" not in c.text and "[[" not in c.text for c in all_cases)


def test_it_perturbs_the_marked_word_three_ways() -> None:
    assert leet("vermin") == "v3rm1n"
    assert masked("vermin") == "v*rmin"
    assert spaced("rats") == "r a t s"
    texts = {c.text for c in cases() if c.functionality == "hate: spelling, masked letters"}
    assert any("v*rmin" in t for t in texts)


def test_it_holds_its_cases_out_of_the_training_data() -> None:
    training = training_texts()
    assert training, "no training data found"
    leaked = [c.text for c in cases() if c.text.lower() in training]
    assert leaked == []


def test_it_holds_its_templates_out_not_just_its_examples() -> None:
    assert phrases_shared_with_training(FUNCTIONALITIES) <= SHARED_STOCK_PHRASES


def test_it_counts_a_pass_only_for_the_categories_a_functionality_allows() -> None:
    cases_in = [Case("friendly", "Lovely assembly today, thank you all", NOT_HARMFUL),
                Case("hateful", "Lovely assembly today, thank you all", frozenset({Category.HATE}))]
    by_name = {r.functionality: r for r in run(cases_in)}
    assert by_name["friendly"].passed == 1
    assert by_name["hateful"].passed == 0
    assert by_name["hateful"].failures[0][1] is Category.PRAISE


def test_it_prints_the_table_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| functionality | n | pass rate |")
    assert "| **all cases** |" in out
    assert table(run(cases()[:3])).count("\n") == 3
