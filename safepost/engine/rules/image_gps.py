"""MED301 image-gps: a GPS position in a photo's metadata."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.images import ImageAnalysis, image_results
from safepost.engine.rules import DraftRule, Env


class ImageGps(DraftRule):
    """A GPS position in a photo's metadata.

    What it flags:
        A photo whose EXIF or XMP metadata records the latitude and longitude where it was
        taken. Phones add this by default; most sites strip it, but not all (websites, blogs,
        newsletters, shared drives keep it), and a downloaded original keeps it.

    Why it matters:
        The position of a residential trip, a pupil's home (a photo taken at a party) or the
        school's forest-school site tells a stranger where children are. It is invisible to the
        person posting.

    Example:
        A photo from the trip with ``GPS 51.6312 N, 3.2278 W`` in its EXIF.

    Use instead:
        Publish the copy ``safepost clean PHOTO --out DIR`` writes: no metadata at all. Turn
        off location tagging in the camera app of school devices.

    Known problems:
        Needs the photo file (``path`` or ``data``); a photo given only by name is not read.
        A position of exactly 0, 0 is taken as a placeholder and ignored.

    Known weaknesses:
        - **Not measured by the post figures.** The functional tests and the posts bench do not
          exercise this rule (only `pupil-name[image-field]`, 13 of 13, touches photos). Its recall
          depends on the photo file being supplied and on GPS tags being in EXIF/XMP; a position
          written elsewhere (a caption naming a place) is the text rules' job.
    """

    code = "MED301"
    name = "image-gps"
    family = N_("images and consent")
    default_severity = Severity.BLOCK
    summary = N_("A GPS position in a photo's metadata")

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        for index, result in sorted(image_results(env.extra).items()):
            if isinstance(result, ImageAnalysis) and result.gps is not None:
                lat, lon = result.gps
                where = f"{abs(lat):.4f}°{'N' if lat >= 0 else 'S'}, {abs(lon):.4f}°{'E' if lon >= 0 else 'W'}"
                yield f"image[{index}].exif", Hit(
                    None,
                    None,
                    message=phrase("This photo's metadata records where it was taken ({where}).", where=where),
                    explanation=phrase("GPS latitude and longitude found in the photo's metadata; publish "
                                     "the cleaned copy safepost makes, which has no metadata."),
                    text="GPS position",
                )
