"""Consent withdrawn -> takedown.

A sweep consumes unhandled withdrawals (``ConsentEvent.handled_at`` is null), whether recorded
by hand (``do_withdraw_consent``) or by a roster import, so consent stays independent of posts.
Every published publication on the withdrawn channel whose revision tags the pupil or names
them (the engine's pupil-name findings, stored as pupil ids) becomes a ``Takedown`` due
``posting.takedown_hours`` (24 by default) after the withdrawal was recorded. A second sweep
deletes through the connector where the platform allows it; the rest wait for a moderator to
take the post down by hand and say so.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from safepost.accounts.models import OfficialAccount
from safepost.audit.chain import record
from safepost.connectors import ConnectorError, connector_for
from safepost.consent.models import ConsentChange, ConsentEvent
from safepost.posts.checking import PostError, takedown_hours
from safepost.posts.models import Publication, Takedown
from safepost.posts.publishing import MissingLogin, channel_of, credentials_for, sync_post_status
from safepost.posts.states import (
    PUBLICATION_GRAPH,
    TAKEDOWN_GRAPH,
    PublicationStatus,
    TakedownStatus,
    require,
)
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, School, StaffMember

log = logging.getLogger("safepost.posts.takedowns")


def affected_publications(event: ConsentEvent) -> list[Publication]:
    """Published posts on the event's channel that tag or name the pupil."""
    pubs = (Publication.objects.filter(post__school_id=event.school_id, status=PublicationStatus.PUBLISHED)
            .filter(Q(revision__tagged_pupils=event.pupil_id) | Q(revision__named_pupils=event.pupil_id))
            .select_related("account__application").distinct())
    return [p for p in pubs if channel_of(p.account) == event.channel]


@transaction.atomic
def open_takedowns(event_id: int) -> list[Takedown]:
    """Turn one withdrawal into takedown tasks and mark it handled (exactly once)."""
    event = ConsentEvent.objects.select_for_update(of=("self",)).select_related("school").get(pk=event_id)
    if event.handled_at is not None or event.change != ConsentChange.WITHDRAWN:
        return []
    due = event.recorded_at + timedelta(hours=takedown_hours(event.school))
    created = []
    for pub in affected_publications(event):
        people = assignable_staff(pub.account)
        takedown, new = Takedown.objects.get_or_create(
            publication=pub, consent_event=event,
            defaults={"school": event.school, "pupil_id": event.pupil_id, "due_at": due,
                      "assignee": people[0] if people else None})
        if new:
            created.append(takedown)
            record(None, event.school, "post.takedown-opened", takedown, publication=pub.pk, pupil=event.pupil_id,
                   channel=event.channel, due_at=due.isoformat(),
                   assignee=takedown.assignee.staff_id if takedown.assignee else None)
    event.handled_at = timezone.now()
    event.save(update_fields=["handled_at"])
    for takedown in created:
        transaction.on_commit(lambda pk=takedown.pk: _tell_moderators(pk))  # type: ignore[misc]
    return created


def _tell_moderators(takedown_id: int) -> None:
    """Email the people who run the account (its lead and runners): ids and deadline only, no
    child's name and no words of the post."""
    takedown = Takedown.objects.select_related("publication__account__lead", "school").get(pk=takedown_id)
    account = takedown.publication.account
    to = sorted({p.email for p in [account.lead, *account.runners.all()] if p.email})
    if not to:
        return
    due = timezone.localtime(takedown.due_at).strftime("%d %B %Y at %H:%M")
    body = (f"Consent for a pupil was withdrawn, so post {takedown.publication.post_id} on {account.name} must come "
            f"down by {due}.\n\nsafepost deletes it itself where the platform allows; otherwise take it down and "
            f"mark takedown {takedown.pk} done in safepost:\n{takedowns_link(takedown.school)}\n")
    send_mail(f"Take down post {takedown.publication.post_id} by {due}", body, settings.DEFAULT_FROM_EMAIL, to)


def takedowns_link(school: School) -> str:
    from django.urls import reverse

    from safepost.web.links import absolute

    return absolute(reverse("posts:list-takedowns", kwargs={"school": school.slug}))


def assignable_staff(account: OfficialAccount) -> list[StaffMember]:
    """Who may be given a takedown on this account: its lead, then its runners, each only if
    they have not left and sign in to safepost at this school (a takedown is done in safepost)."""
    with_login = set(Membership.objects.filter(school_id=account.school_id, user__is_active=True,
                                               staff__isnull=False).values_list("staff_id", flat=True))
    people = [account.lead, *account.runners.order_by("last_name", "first_name", "pk")]
    seen: set[int] = set()
    out = []
    for person in people:
        if person.pk in with_login and person.pk not in seen and not person.has_left:
            seen.add(person.pk)
            out.append(person)
    return out


@transaction.atomic
def do_assign_takedown(membership: Membership, takedown: Takedown, staff: StaffMember) -> Takedown:
    """A moderator hands an open takedown to another of the account's lead and runners."""
    if not holds(membership, Perm.MANAGE_TAKEDOWN):
        raise PostError("your role cannot assign a takedown")
    takedown = Takedown.objects.select_for_update(of=("self",)).select_related(
        "publication__account", "assignee").get(pk=takedown.pk, school=membership.school)
    if takedown.status != TakedownStatus.OPEN:
        raise PostError("this takedown is already done", "assignee")
    if staff.pk not in {p.pk for p in assignable_staff(takedown.publication.account)}:
        raise PostError("choose the account's lead or one of the staff who run it (someone who signs in to "
                        "safepost)", "assignee")
    was = takedown.assignee.staff_id if takedown.assignee else None
    if takedown.assignee_id == staff.pk:
        return takedown
    takedown.assignee = staff
    takedown.save(update_fields=["assignee"])
    record(membership.user, membership.school, "post.takedown-assigned", takedown, assignee=staff.staff_id, was=was)
    return takedown


def sweep_withdrawals() -> int:
    """Open takedowns for every withdrawal not handled yet."""
    pending = ConsentEvent.objects.filter(change=ConsentChange.WITHDRAWN, handled_at__isnull=True)
    return sum(len(open_takedowns(pk)) for pk in pending.values_list("pk", flat=True)[:500])


def sweep_takedowns() -> int:
    """Delete through the connector every open takedown whose platform can delete."""
    done = 0
    for takedown in Takedown.objects.filter(status=TakedownStatus.OPEN).select_related(
            "publication__account")[:200]:
        if _delete_remote(takedown):
            done += 1
    return done


def _delete_remote(takedown: Takedown) -> bool:
    pub = takedown.publication
    try:
        connector = connector_for(pub.account.platform, credentials_for(pub.account))
    except (KeyError, MissingLogin):
        return False  # no connector or no login: a person takes it down by hand
    if not connector.capabilities.delete or not pub.remote_id:
        return False
    try:
        connector.delete(pub.remote_id)  # deleting one already gone is not an error: safe to repeat
    except ConnectorError as exc:
        log.warning("takedown %s: the platform refused the deletion (%s)", takedown.pk, exc.message)
        return False
    _finish(None, takedown.pk, f"deleted through {pub.account.get_platform_display()}")
    return True


@transaction.atomic
def _finish(membership: Membership | None, pk: int, how: str) -> Takedown:
    takedown = Takedown.objects.select_for_update(of=("self",)).select_related("publication", "school").get(pk=pk)
    if takedown.status == TakedownStatus.DONE:
        return takedown
    require(TAKEDOWN_GRAPH, takedown.status, TakedownStatus.DONE)
    takedown.status, takedown.done_at, takedown.how = TakedownStatus.DONE, timezone.now(), how[:200]
    takedown.done_by = membership.user if membership is not None else None
    takedown.save(update_fields=["status", "done_at", "how", "done_by"])
    pub = Publication.objects.select_for_update().get(pk=takedown.publication_id)
    if pub.status == PublicationStatus.PUBLISHED:
        require(PUBLICATION_GRAPH, pub.status, PublicationStatus.DELETED)
        pub.status = PublicationStatus.DELETED
        pub.save(update_fields=["status"])
        sync_post_status(pub.post_id)
    # Other open takedowns of the same publication (another pupil) are done by the same act.
    for other in Takedown.objects.select_for_update().filter(publication=pub, status=TakedownStatus.OPEN):
        require(TAKEDOWN_GRAPH, other.status, TakedownStatus.DONE)
        other.status, other.done_at, other.how, other.done_by = TakedownStatus.DONE, takedown.done_at, how[:200], \
            takedown.done_by
        other.save(update_fields=["status", "done_at", "how", "done_by"])
    # What a person typed may name a child: the trail keeps its digest; the connector's words are safe.
    how_detail = {"how": takedown.how} if membership is None else \
        {"how_sha256": hashlib.sha256(takedown.how.encode()).hexdigest()}
    record(membership.user if membership else None, takedown.school, "post.takedown-done", takedown,
           publication=pub.pk, late=takedown.done_at > takedown.due_at, **how_detail)
    return takedown


def do_mark_takedown_done(membership: Membership, takedown: Takedown, how: str) -> Takedown:
    """A moderator took the post down by hand; ``how`` says where and how (recorded with the time)."""
    if not holds(membership, Perm.MANAGE_TAKEDOWN):
        raise PostError("your role cannot mark a takedown done")
    if takedown.school_id != membership.school.pk:
        raise PostError("this takedown is not for this school")
    if not how.strip():
        raise PostError("say how the post was taken down (for example, deleted from the class page)", "how")
    if takedown.status == TakedownStatus.DONE:
        raise PostError("this takedown is already done")
    return _finish(membership, takedown.pk, how.strip())


def overdue_takedowns(school: School) -> QuerySet[Takedown]:
    """Open takedowns past their deadline, oldest first, for the headteacher's overview."""
    return Takedown.objects.filter(school=school, status=TakedownStatus.OPEN, due_at__lt=timezone.now()) \
        .select_related("publication__account", "publication__post", "assignee").order_by("due_at")
