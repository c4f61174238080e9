"""LNK501 unsafe-link: a link that hides or risks its destination. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class UnsafeLink(TextRule):
    """A link that hides or risks its destination.

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

    code = "LNK501"
    name = "unsafe-link"
    family = "links"
    default_severity = Severity.REVIEW
    summary = "A link that hides or risks its destination"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
