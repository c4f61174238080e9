"""The second held-out functional set: its cases and templates stay out of the training data.

No pass-rate floor is asserted here on purpose: this set is for measuring, not for tuning, and
its figures (first run and after each retrain) are recorded in docs/quality-comments.md.
"""

from __future__ import annotations

from pathlib import Path

from safepost.engine.triage.checklist import (
    FUNCTIONALITIES,
    GROUPS,
    cases,
    main,
    no_apostrophes,
    spaced_inside,
)
from tests.engine.triage.leakage import phrases_shared_with_training, training_texts

TRAINING_SOURCES = Path(__file__).resolve().parents[3] / "training" / "triage"


def test_it_covers_every_group_kind_and_language() -> None:
    assert {g.kind for g in GROUPS} == {"religion", "race", "nationality", "sexuality", "gender identity",
                                        "disability", "Gypsy/Roma/Traveller", "English in Wales / Welsh"}
    assert {f.language for f in FUNCTIONALITIES} == {"en", "cy", "mixed"}
    all_cases = cases()
    assert len(all_cases) > 1000
    assert all("{" not in c.text and "[[" not in c.text for c in all_cases)


def test_its_spelling_changes() -> None:
    assert spaced_inside("rats").strip() == "ra  ts"
    assert no_apostrophes("they're") == "theyre"


def test_it_holds_its_cases_out_of_the_training_data() -> None:
    training = training_texts()
    assert training
    assert [c.text for c in cases() if c.text.lower() in training] == []


#: Everyday wording the training grammar reaches by its own slots: the families' veiled threat
#: "... see you at {place}" drew "the leisure centre" from its list of places once the writers'
#: comments stopped crowding out generated ones (training/triage/train.py).
SHARED_STOCK_PHRASES = {"see you at the leisure centre"}


def test_it_holds_its_templates_out_of_the_training_data() -> None:
    assert phrases_shared_with_training(FUNCTIONALITIES) <= SHARED_STOCK_PHRASES


def test_the_trainer_never_reads_it() -> None:
    for path in TRAINING_SOURCES.glob("*.py"):
        assert "checklist" not in path.read_text(encoding="utf-8"), path


def test_it_prints_a_table() -> None:
    assert main(["--quick"]) == 0  # the quick path: the thorough one costs a minute of embeddings
