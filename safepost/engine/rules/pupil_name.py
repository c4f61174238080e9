"""PUP001 pupil-name: a pupil's name. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import Env, Field, TextRule


class PupilName(TextRule):
    """A pupil's name.

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

    code = "PUP001"
    name = "pupil-name"
    family = "pupil identity"
    default_severity = Severity.BLOCK
    summary = "A pupil's name"

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        return ()
