"""What LAN401's tests ask of the rule: its cues' total by label, whether the cues alone decide
(the rule's own :func:`offensive_language.decides`), and the whole rule on the quick path."""

from __future__ import annotations

from safepost.engine.check import check
from safepost.engine.draft import Draft
from safepost.engine.functional import school
from safepost.engine.policy import load_policy
from safepost.engine.rules import Field, FieldKind
from safepost.engine.rules import offensive_language as lan


def signals(text: str) -> dict[str, float]:
    """Each cue label's total weight in ``text``."""
    found: dict[str, float] = {}
    for s in lan.assess(Field("body", FieldKind.TEXT, text)):
        found[s.name] = found.get(s.name, 0.0) + s.weight
    return found


def fires_on_lexicon(text: str) -> bool:
    return lan.decides(lan.assess(Field("body", FieldKind.TEXT, text)))


def flagged(text: str) -> bool:
    """LAN401 on the quick path, lexicon and learned model together, as a bulk scan runs it."""
    result = check(Draft(id="t", text=text), school(), load_policy("default"), thorough=False)
    return any(f.code == "LAN401" for f in result.findings)
