"""MED301 image-gps: a GPS position in a photo's metadata. (Placeholder: not implemented yet.)"""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.rules import DraftRule, Env


class ImageGps(DraftRule):
    """A GPS position in a photo's metadata.

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

    code = "MED301"
    name = "image-gps"
    family = "images and consent"
    default_severity = Severity.BLOCK
    summary = "A GPS position in a photo's metadata"

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        return ()
