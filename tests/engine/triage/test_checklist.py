"""The second held-out functional set: its cases and templates stay out of the training data.

No pass-rate floor is asserted here on purpose: this set is for measuring, not for tuning, and
its figures (first run and after each retrain) are recorded in docs/quality-comments.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from safepost.engine.triage.checklist import (
    FUNCTIONALITIES,
    GROUPS,
    cases,
    main,
    no_apostrophes,
    spaced_inside,
)

ROOT = Path(__file__).resolve().parents[3]
TRAINING_DATA = ROOT / "training" / "triage" / "data"
TRAINING_SOURCES = ROOT / "training" / "triage"


def _training_texts() -> list[str]:
    return [json.loads(line)["text"].lower() for path in sorted(TRAINING_DATA.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _six_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text)
    return set(zip(*(words[i:] for i in range(6)), strict=False))


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
    training = set(_training_texts())
    assert training
    assert [c.text for c in cases() if c.text.lower() in training] == []


def test_it_holds_its_templates_out_of_the_training_data() -> None:
    training: set[tuple[str, ...]] = set()
    for text in _training_texts():
        training |= _six_grams(text)
    shared = set()
    for functionality in FUNCTIONALITIES:
        for template in functionality.templates:
            for fixed in re.split(r"\{[^}]*\}|\[\[[^\]]*\]\]", template.lower()):
                shared |= {" ".join(g) for g in _six_grams(fixed) & training}
    assert shared == set()


def test_the_trainer_never_reads_it() -> None:
    for path in TRAINING_SOURCES.glob("*.py"):
        assert "checklist" not in path.read_text(encoding="utf-8"), path


def test_it_prints_a_table() -> None:
    assert main([]) == 0
