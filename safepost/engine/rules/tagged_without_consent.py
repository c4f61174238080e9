"""MED302 tagged-without-consent: a tagged pupil without consent for the channel."""

from __future__ import annotations

from collections.abc import Iterable

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.policy import consent_kind_for
from safepost.engine.rules import DraftRule, Env

_CHANNEL_WORDS = {"social_media": N_("social media"), "website": N_("the school website"),
                  "class_platform": N_("the class platform")}


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

    Known weaknesses:
        - **Not measured by the post figures.** The functional tests and the posts bench do not
          exercise this rule (only `pupil-name[image-field]`, 13 of 13, touches photos). It is exactly
          as good as the tags: an untagged pupil is never checked here.
    """

    code = "MED302"
    name = "tagged-without-consent"
    family = N_("images and consent")
    default_severity = Severity.BLOCK
    summary = N_("A tagged pupil without consent for the channel")

    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        kind = consent_kind_for(draft.channel)
        where = phrase(_CHANNEL_WORDS[str(kind)]) if str(kind) in _CHANNEL_WORDS else str(kind)
        for index, image in enumerate(draft.images):
            for pupil_id in image.tagged_pupils:
                pupil = env.school.pupil(pupil_id)
                if pupil is None:
                    yield f"image[{index}]", Hit(
                        None, None,
                        message=phrase("Tagged pupil {pupil} is not on the roster, so their consent cannot be "
                                     "checked.", pupil=pupil_id),
                        explanation=phrase("The tag names no pupil on the school's roster."),
                        text=pupil_id,
                    )
                elif not pupil.has_consent(kind):
                    yield f"image[{index}]", Hit(
                        None, None,
                        message=phrase("Tagged pupil {pupil} has no parental consent for photos on {where}.",
                                     pupil=pupil_id, where=where),
                        explanation=phrase("The roster records no consent for {where} for this pupil.", where=where),
                        text=pupil_id,
                    )
