"""LOC201 live-location: where pupils are now or will be. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class LiveLocation(TextRule):
    """Where pupils are now or will be.

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

    code = "LOC201"
    name = "live-location"
    family = "location and routine"
    default_severity = Severity.BLOCK
    summary = "Where pupils are now or will be"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
