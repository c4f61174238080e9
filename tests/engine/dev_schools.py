"""The pupil names the engine finds in a text for one of the development schools in
``evaluation/dev`` (the word-name tests of each language share this)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from safepost.engine import Draft, SchoolContext, check, load_policy, load_school

DEV = Path(__file__).resolve().parents[2] / "evaluation" / "dev"


@lru_cache(maxsize=8)
def dev_school(name: str) -> SchoolContext:
    return load_school(DEV / name)


def names_found(school: str, text: str) -> list[str]:
    """The text of every pupil-name finding in ``text``, checked against ``school``'s roster."""
    report = check(Draft(id="t", text=text), dev_school(school), load_policy("default"))
    return [text[f.start : f.end] for f in report.findings if f.rule == "pupil-name" and f.start is not None]
