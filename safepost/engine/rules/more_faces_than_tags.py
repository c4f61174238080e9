"""MED304 more-faces-than-tags: more faces than tagged pupils. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import DraftRule, Env


class MoreFacesThanTags(DraftRule):
    """More faces than tagged pupils.

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

    code = "MED304"
    name = "more-faces-than-tags"
    family = "images and consent"
    default_severity = Severity.REVIEW
    summary = "More faces than tagged pupils"

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        return ()
