"""PD104 date-of-birth: a date of birth. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class DateOfBirth(TextRule):
    """A date of birth.

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

    code = "PD104"
    name = "date-of-birth"
    family = "personal data"
    default_severity = Severity.BLOCK
    summary = "A date of birth"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
