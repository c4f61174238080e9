"""Emails to a person, in their language, with links they can click.

Each email is a pair of templates, ``<name>_subject.txt`` and ``<name>.txt``, rendered with the
recipient's language (their ``Profile``; English without one) active, so every ``{% trans %}``
in them comes out in Welsh for a Welsh speaker. Links in the context are made absolute with
:func:`safepost.web.links.absolute` by the caller. No email carries a pupil's name.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

log = logging.getLogger("safepost.mail")


def language_of(user: AbstractBaseUser) -> str:
    """The language the person chose in safepost, else English."""
    from safepost.signin.models import Profile

    chosen = Profile.objects.filter(user_id=user.pk).values_list("language", flat=True).first()
    return chosen or "en"


def render_email(template: str, language: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) of ``template`` in ``language``."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return subject, body


def email_person(user: AbstractBaseUser, template: str, context: dict[str, Any]) -> bool:
    """Send ``template`` to the user's address in their language. False when they have none."""
    address = getattr(user, "email", "")
    if not address:
        log.warning("user %s has no email address: the %s email was not sent", user.pk, template)
        return False
    subject, body = render_email(template, language_of(user), context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
    return True
