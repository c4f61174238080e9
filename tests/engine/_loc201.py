"""What the LOC201 (live-location) test files share: the example school, whether the rule fires
on a draft, and the same with its learned model switched off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safepost.engine import Draft, check, load_policy, load_school

REPO = Path(__file__).resolve().parents[2]


def example_school() -> Any:
    """The example school: Brookfield Primary School, 12 Mill Lane, Hebden Bridge."""
    return load_school(REPO / "examples" / "school")


def fires(school: Any, text: str, **draft: Any) -> bool:
    """LOC201 finds a live location in the draft."""
    report = check(Draft(id="t", text=text, **draft), school, load_policy("default"))
    return any(f.code == "LOC201" for f in report.findings)


def rule_fires(school: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """The rule's grammar alone, with the learned model switched off."""
    from safepost.engine.rules import live_location

    monkeypatch.setattr(live_location, "_learned_hit", lambda field, places, post="": iter(()))
    return fires(school, text)
