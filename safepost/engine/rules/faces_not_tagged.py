"""MED303 faces-not-tagged: a photo with faces and no tagged pupils. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import DraftRule, Env


class FacesNotTagged(DraftRule):
    """A photo with faces and no tagged pupils.

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

    code = "MED303"
    name = "faces-not-tagged"
    family = "images and consent"
    default_severity = Severity.REVIEW
    summary = "A photo with faces and no tagged pupils"

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        return ()
