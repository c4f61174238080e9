"""What the CON601 (political-or-commercial) test files share: the rule's findings on a quick check, and
the names of the cues that matched."""

from __future__ import annotations

from typing import Any

from safepost.engine import Draft, check, load_policy
from safepost.engine.rules.political_or_commercial import assess
from safepost.engine.textnorm import fold


def con601(school: Any, text: str) -> list[Any]:
    """CON601's findings on ``text``, checked on the quick path as a bulk scan would."""
    report = check(Draft(id="t", text=text), school, load_policy("default"), thorough=False)
    return [f for f in report.findings if f.code == "CON601"]


def cue_names(text: str, section: str = "commercial") -> set[str]:
    """The labels of the cues of ``section`` that match ``text``."""
    return {s.name for s in assess(fold(text).text, section)}
