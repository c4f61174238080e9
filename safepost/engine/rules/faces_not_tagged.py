"""MED303 faces-not-tagged: a photo with faces and no tagged pupils."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.images import ImageAnalysis, image_results
from safepost.engine.images.types import union
from safepost.engine.rules import DraftRule, Env


class FacesNotTagged(DraftRule):
    """A photo with faces and no tagged pupils.

    What it flags:
        A photo in which the face detector counts one or more faces while the author tagged
        no pupil, so nobody has checked consent for the people shown.

    Why it matters:
        Consent is recorded per pupil. Until the pupils in a photo are named (privately, as
        tags), nobody can check that each has consent for this channel, or that no child on
        the do-not-photograph list is in it.

    Example:
        A sports-day photo with four faces and no tags.

    Use instead:
        Tag the pupils shown (tags stay inside safepost and are never published), or confirm
        that the faces are adults or not pupils; or blur them with ``safepost clean --blur``.

    Known problems:
        Faces are counted by a detector, never recognised: drawings, posters and statues can
        count as faces, and small, turned or covered faces can be missed. Needs the photo file.

    Known weaknesses:
        - **Not measured by the post figures.** The functional tests and the posts bench do not
          exercise this rule (only `pupil-name[image-field]`, 13 of 13, touches photos). The face
          detector's misses (small, turned, covered faces) and false faces (posters, drawings) set its
          errors.
        - **Counts too few faces in crowded pictures.** `python bench/faces.py` (60 synthetic drawn
          scenes with 0-8 faces, no real photographs) counts exactly right on 56 of 60 (93.3%); all four
          errors are under-counts on scenes of 4-7 faces (one to two faces missed). Synthetic faces are
          easier than real ones (turned heads, hats, poor light), so expect more misses on school photos.
          For this rule an under-count matters only when every face is missed; the posters and drawings
          it can count as faces are not in that synthetic set, so false alarms are unmeasured.
    """

    code = "MED303"
    name = "faces-not-tagged"
    family = N_("images and consent")
    default_severity = Severity.REVIEW
    summary = N_("A photo with faces and no tagged pupils")

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        for index, result in sorted(image_results(env.extra).items()):
            if not isinstance(result, ImageAnalysis) or not result.faces or index >= len(draft.images):
                continue
            if draft.images[index].tagged_pupils:
                continue
            n = len(result.faces)
            yield f"image[{index}]", Hit(
                None, None,
                message=phrase("This photo shows {n} face and no pupil is tagged: tag the pupils shown so "
                             "their consent can be checked, or confirm none is a pupil.", n=n) if n == 1 else
                phrase("This photo shows {n} faces and no pupil is tagged: tag the pupils shown so "
                     "their consent can be checked, or confirm none is a pupil.", n=n),
                explanation=phrase("The face detector counted {n} face(s); faces are counted, never identified.", n=n),
                box=union([f.box for f in result.faces]),
                text=f"{n} face(s)",
            )
