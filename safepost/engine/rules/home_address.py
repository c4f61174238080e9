"""PD103 home-address: a home address or full postcode. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class HomeAddress(TextRule):
    """A home address or full postcode.

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

    code = "PD103"
    name = "home-address"
    family = "personal data"
    default_severity = Severity.BLOCK
    summary = "A home address or full postcode"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
