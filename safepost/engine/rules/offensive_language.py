"""LAN401 offensive-language: offensive language. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class OffensiveLanguage(TextRule):
    """Offensive language.

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

    code = "LAN401"
    name = "offensive-language"
    family = "language"
    default_severity = Severity.BLOCK
    summary = "Offensive language"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
