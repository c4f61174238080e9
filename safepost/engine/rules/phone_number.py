"""PD101 phone-number: a private phone number. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class PhoneNumber(TextRule):
    """A private phone number.

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

    code = "PD101"
    name = "phone-number"
    family = "personal data"
    default_severity = Severity.BLOCK
    summary = "A private phone number"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
