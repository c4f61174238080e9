"""MED304 more-faces-than-tags: more faces than tagged pupils."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.images import ImageAnalysis, image_results
from safepost.engine.images.types import union
from safepost.engine.rules import DraftRule, Env


class MoreFacesThanTags(DraftRule):
    """More faces than tagged pupils.

    What it flags:
        A photo in which the face detector counts more faces than the author tagged pupils:
        who else is in this photo?

    Why it matters:
        An untagged child at the edge of the frame may be one whose parents refused consent, or
        who must not be shown at all (looked-after or adopted children, a court order). Their
        consent can only be checked once they are tagged.

    Example:
        A class photo with six faces and four tagged pupils.

    Use instead:
        Tag everyone shown who is a pupil, confirm the others are adults or not pupils, or crop
        or blur them (``safepost clean --blur``).

    Known problems:
        Faces are counted, never identified, so the rule cannot tell which face is untagged.
        Adults in the photo count as faces too. The detector can miss small or turned faces and
        count faces in posters. Needs the photo file.

    Known weaknesses:
        - **Not measured by the post figures.** The functional tests and the posts bench do not
          exercise this rule (only `pupil-name[image-field]`, 13 of 13, touches photos). The face
          detector's misses and false faces set its errors, and adults count as faces, so a photo with
          a teacher and one tagged pupil asks about the teacher.
        - **Counts too few faces in crowded pictures.** `python bench/faces.py` (60 synthetic drawn
          scenes with 0-8 faces, no real photographs) counts exactly right on 56 of 60 (93.3%); all four
          errors are under-counts on scenes of 4-7 faces (one to two faces missed). Synthetic faces are
          easier than real ones (turned heads, hats, poor light), so expect more misses on school photos.
          Every under-count can hide one untagged child: with five faces and four tags, a missed face
          means no question is asked.
    """

    code = "MED304"
    name = "more-faces-than-tags"
    family = N_("images and consent")
    default_severity = Severity.REVIEW
    summary = N_("More faces than tagged pupils")

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        for index, result in sorted(image_results(env.extra).items()):
            if not isinstance(result, ImageAnalysis) or index >= len(draft.images):
                continue
            tags = len(set(draft.images[index].tagged_pupils))
            faces = len(result.faces)
            if tags and faces > tags:
                yield f"image[{index}]", Hit(
                    None, None,
                    message=phrase("Who else is in this photo? It shows {faces} faces but only {tags} pupils "
                                 "are tagged.", faces=faces, tags=tags) if tags != 1 else
                    phrase("Who else is in this photo? It shows {faces} faces but only {tags} pupil is tagged.",
                         faces=faces, tags=tags),
                    explanation=phrase("More faces were counted than pupils tagged; faces are never identified."),
                    box=union([f.box for f in result.faces]),
                    text=f"{faces} faces, {tags} tagged",
                )
