"""MED302 tagged-without-consent: a tagged pupil without consent for the channel. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import DraftRule, Env


class TaggedWithoutConsent(DraftRule):
    """A tagged pupil without consent for the channel.

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

    code = "MED302"
    name = "tagged-without-consent"
    family = "images and consent"
    default_severity = Severity.BLOCK
    summary = "A tagged pupil without consent for the channel"

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        return ()
