"""The safeguarding route: a disclosure reaches the DSL (and deputies) at once, by email.

The email names no pupil and quotes no comment: it says that a concern was raised, on which
account and when, and links to the restricted record, which only the DSL and the headteacher
can open. Sending is claimed with a conditional update, so the task and the sweep (which
retries anything unsent) never send the same alert twice.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from safepost.audit.chain import record
from safepost.inbox.models import Comment, Priority, SafeguardingConcern
from safepost.schools.models import Membership, Role

log = logging.getLogger("safepost.inbox")

#: A claim older than this belongs to a sender that died; the sweep takes it over.
STALE_CLAIM = timedelta(minutes=2)


def base_url() -> str:
    """The address the site is reached at, for links in emails (``SAFEPOST_SITE_URL``)."""
    from safepost.web.links import site_url

    return site_url()


@transaction.atomic
def do_raise_concern(actor: Any, comment: Comment, reason: str) -> SafeguardingConcern:
    """Create the restricted concern for a comment (once) and send the alert after commit.
    ``actor`` is the person who marked it, or None when the engine's triage raised it."""
    concern, created = SafeguardingConcern.objects.get_or_create(
        comment=comment, defaults={"school_id": comment.school_id, "raised_by": actor if _is_user(actor) else None,
                                   "reason": reason[:2000]})
    if created:
        Comment.objects.filter(pk=comment.pk).exclude(priority=Priority.CLOSED).update(priority=Priority.URGENT)
        record(actor, comment.school, "inbox.safeguarding-raised", concern, comment=comment.pk,
               by="engine" if actor is None else "person")
        transaction.on_commit(lambda: queue_alerts([concern.pk]))
    return concern


def _is_user(actor: object) -> bool:
    return bool(getattr(actor, "is_authenticated", False))


def queue_alerts(concern_ids: list[int]) -> None:
    """Queue one alert task per concern (the worker sends it within seconds)."""
    from safepost.inbox.tasks import alert_dsl

    for concern_id in concern_ids:
        try:
            alert_dsl.enqueue(concern_id)
        except Exception:  # the sweep sends anything unsent within a minute
            log.exception("could not queue the safeguarding alert for concern %s", concern_id)


def recipients(school_id: int) -> list[tuple[int, str]]:
    """The DSL and deputies (every DSL member), else the headteacher: (user id, email)."""
    for roles in ([Role.DSL], [Role.HEADTEACHER]):
        people = sorted({(m.user_id, m.user.email) for m in Membership.objects.select_related("user")
                         .filter(school_id=school_id, role__in=roles) if m.user.email})
        if people:
            return people
    return []


def send_concern_alert(concern_id: int) -> int:
    """Email the alert for one concern unless it was sent already. Returns how many were told."""
    now = timezone.now()
    claimed = SafeguardingConcern.objects.filter(pk=concern_id, alerted_at__isnull=True).filter(
        Q(alert_claimed_at__isnull=True) | Q(alert_claimed_at__lt=now - STALE_CLAIM)).update(alert_claimed_at=now)
    if not claimed:
        return 0
    concern = SafeguardingConcern.objects.select_related("comment__account", "school").get(pk=concern_id)
    people = recipients(concern.school_id)
    try:
        if people:
            send_mail(*alert_message(concern), settings.DEFAULT_FROM_EMAIL, [email for _, email in people])
    except Exception:
        SafeguardingConcern.objects.filter(pk=concern_id).update(alert_claimed_at=None)
        raise
    with transaction.atomic():
        SafeguardingConcern.objects.filter(pk=concern_id).update(alerted_at=timezone.now(),
                                                                 alerted_to=[pk for pk, _ in people])
        record(None, concern.school, "inbox.safeguarding-alerted", concern, recipients=[pk for pk, _ in people])
    return len(people)


def alert_message(concern: SafeguardingConcern) -> tuple[str, str]:
    """Subject and body: where and when, and a link. No comment text, no name, no handle."""
    account = concern.comment.account
    path = reverse("inbox:show-concern", kwargs={"school": concern.school.slug, "pk": concern.pk})
    when = timezone.localtime(concern.comment.received_at).strftime("%H:%M on %d %B %Y")
    subject = f"safepost: safeguarding concern on {concern.school.name}'s {account.get_platform_display()} account"
    body = (f"A comment received at {when} on the school's {account.get_platform_display()} account "
            f"({account.name}) was marked as a possible safeguarding concern.\n\n"
            f"Open the record (only the DSL and the headteacher can read it):\n{base_url()}{path}\n\n"
            "The comment is not quoted here on purpose: read it in safepost.\n")
    return subject, body


def sweep_unsent_alerts() -> int:
    """Send every alert that is still unsent (the task failed or never ran)."""
    stale = timezone.now() - STALE_CLAIM
    pending = SafeguardingConcern.objects.filter(alerted_at__isnull=True).filter(
        Q(alert_claimed_at__isnull=True) | Q(alert_claimed_at__lt=stale)).values_list("pk", flat=True)[:200]
    sent = 0
    for pk in list(pending):
        try:
            sent += send_concern_alert(pk)
        except Exception:
            log.exception("the safeguarding alert for concern %s could not be sent; retrying next sweep", pk)
    return sent
