"""CON601 political-or-commercial: party-political or commercial promotion. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class PoliticalOrCommercial(TextRule):
    """Party-political or commercial promotion.

    What it flags:
        Not implemented yet.

    Why it matters:
        TODO.

    Example:
        TODO.

    Use instead:
        TODO.

    Known problems:
        Not implemented yet: this rule finds nothing.
    """

    code = "CON601"
    name = "political-or-commercial"
    family = "content"
    default_severity = Severity.REVIEW
    summary = "Party-political or commercial promotion"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
