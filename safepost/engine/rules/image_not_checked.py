"""MED305 image-not-checked: a photo that could not be checked (or only in part)."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.images import ImageAnalysis, ImageProblem, image_results
from safepost.engine.rules import DraftRule, Env


class ImageNotChecked(DraftRule):
    """A photo that could not be checked, or only in part.

    What it flags:
        An attached file that is not an image safepost can read (whatever its name), is
        truncated or damaged, is larger than the limits (64 megapixels, 100 MB; decompression
        bombs claim far more), or an animated image of which only the first frame was checked.

    Why it matters:
        A photo nobody could check may hold a child's name, face or location. Publishing it
        unchecked defeats the point of checking; the platform may also show it differently.

    Example:
        ``trip.jpg`` that is really a PDF; a JPEG cut short by a failed upload.

    Use instead:
        Export the photo again as JPEG or PNG from the original, under 64 megapixels.

    Known problems:
        An animated GIF's later frames are not checked.

    Known weaknesses:
        - **Not measured by the post figures.** The functional tests and the posts bench do not
          exercise this rule (only `pupil-name[image-field]`, 13 of 13, touches photos). It fires on
          what could not be read, so its rate depends on the files schools send; later GIF frames are
          never checked.
    """

    code = "MED305"
    name = "image-not-checked"
    family = N_("images and consent")
    default_severity = Severity.REVIEW
    summary = N_("A photo that could not be checked")

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        for index, result in sorted(image_results(env.extra).items()):
            if isinstance(result, ImageProblem):
                yield f"image[{index}]", Hit(
                    None, None, message=phrase("This file could not be checked: it {why}.", why=result.message),
                    explanation=result.message)
            elif isinstance(result, ImageAnalysis) and result.notes:
                notes = list(result.notes)
                yield f"image[{index}]", Hit(None, None, message=phrase("Checked in part: {notes}.", notes=notes),
                                             explanation=phrase("{notes}", notes=notes))
