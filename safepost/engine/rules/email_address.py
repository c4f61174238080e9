"""PD102 email-address: a personal email address. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class EmailAddress(TextRule):
    """A personal email address.

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

    code = "PD102"
    name = "email-address"
    family = "personal data"
    default_severity = Severity.BLOCK
    summary = "A personal email address"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
