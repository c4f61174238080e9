"""MED302 tagged-without-consent: a tagged pupil without consent for the channel."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.policy import consent_kind_for
from safepost.engine.rules import DraftRule, Env

_CHANNEL_WORDS = {"social_media": "social media", "website": "the school website", "class_platform": "the class platform"}


class TaggedWithoutConsent(DraftRule):
    """A tagged pupil without consent for the channel.

    What it flags:
        A photo in which the author tagged a pupil whose parents have not consented to photos
        on this kind of channel (social media, the school website or a closed class platform,
        each recorded separately in the roster), or a tag that is not a pupil on the roster,
        whose consent therefore cannot be checked.

    Why it matters:
        Publishing a child's photo without the written consent of the parents breaks every
        school's policy, and for some children (looked-after, adopted, at risk) it can put them
        in danger. Tags are how the author tells safepost who is in the picture.

    Example:
        A Facebook post whose photo is tagged with a pupil whose ``consent_social_media`` is
        ``no``.

    Use instead:
        Choose a photo without that pupil, crop them out, or blur them (``safepost clean
        --blur``); or post it where the parents did consent (a closed class page).

    Known problems:
        Only as good as the tags: a pupil in the photo who is not tagged is not checked (the
        face rules ask about untagged faces). Faces are never matched to pupils.
    """

    code = "MED302"
    name = "tagged-without-consent"
    family = "images and consent"
    default_severity = Severity.BLOCK
    summary = "A tagged pupil without consent for the channel"

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        kind = consent_kind_for(draft.channel)
        where = _CHANNEL_WORDS.get(str(kind), str(kind))
        for index, image in enumerate(draft.images):
            for pupil_id in image.tagged_pupils:
                pupil = env.school.pupil(pupil_id)
                if pupil is None:
                    yield f"image[{index}]", Hit(
                        None, None,
                        message=f"Tagged pupil {pupil_id} is not on the roster, so their consent cannot be checked.",
                        explanation="The tag names no pupil in roster.csv.",
                        text=pupil_id,
                    )
                elif not pupil.has_consent(kind):
                    yield f"image[{index}]", Hit(
                        None, None,
                        message=f"Tagged pupil {pupil_id} has no parental consent for photos on {where}.",
                        explanation=f"The roster records no consent for {where} for this pupil.",
                        text=pupil_id,
                    )
