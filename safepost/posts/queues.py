"""The post queues, the calendar and each account's history (read-only)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Prefetch, Q, QuerySet

from safepost.accounts.models import OfficialAccount
from safepost.posts.models import Approval, Post, Publication
from safepost.posts.states import Decision, PostStatus, PublicationStatus
from safepost.posts.takedowns import overdue_takedowns
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, School

__all__ = ["QUEUE_FILTERS", "account_history", "calendar", "overdue_takedowns", "queue"]

LONDON = ZoneInfo("Europe/London")
QUEUE_FILTERS: dict[str, Q] = {
    "waiting": Q(status=PostStatus.SUBMITTED),
    "scheduled": Q(status__in=[PostStatus.APPROVED, PostStatus.PUBLISHING]),
    "published": Q(status__in=[PostStatus.PUBLISHED, PostStatus.TAKEN_DOWN]),
    "failed": Q(status__in=[PostStatus.FAILED, PostStatus.EXPIRED]),
}


def queue(membership: Membership, name: str) -> QuerySet[Post]:
    """``mine`` (the member's own posts, any state), ``waiting`` (submitted posts this member
    may decide: never their own), ``scheduled``, ``published``, ``failed``."""
    posts = Post.objects.filter(school=membership.school).select_related("latest", "author")
    if name == "mine":
        return posts.filter(author_id=membership.user.pk)
    if name not in QUEUE_FILTERS:
        raise KeyError(f"unknown queue {name!r}; expected mine, {', '.join(QUEUE_FILTERS)}")
    posts = posts.filter(QUEUE_FILTERS[name])
    if name == "waiting":
        if not (holds(membership, Perm.APPROVE_POST) or holds(membership, Perm.APPROVE_CONTROVERSIAL)):
            return posts.none()
        mine = Approval.objects.filter(decided_by_id=membership.user.pk, decision=Decision.APPROVE)
        posts = posts.exclude(author_id=membership.user.pk).exclude(latest__created_by_id=membership.user.pk) \
            .exclude(latest__approvals__in=mine)
        if not holds(membership, Perm.APPROVE_POST):  # SLT-only members see the controversial ones
            posts = posts.filter(latest__needs_slt=True)
    return posts


def calendar(school: School, account_id: int | None, month: date) -> QuerySet[Publication]:
    """Publications due in the month (Europe/London), for one account or all."""
    start = datetime.combine(month.replace(day=1), time(), tzinfo=LONDON)
    end = datetime.combine((month.replace(day=1) + timedelta(days=32)).replace(day=1), time(), tzinfo=LONDON)
    pubs = Publication.objects.filter(post__school=school, due_at__gte=start, due_at__lt=end) \
        .exclude(status=PublicationStatus.CANCELLED).select_related("post", "revision", "account")
    return pubs.filter(account_id=account_id) if account_id is not None else pubs


def account_history(account: OfficialAccount) -> QuerySet[Publication]:
    """The account's published posts, newest first, with who wrote and who approved each revision."""
    approvals = Prefetch("revision__approvals", queryset=Approval.objects.filter(decision=Decision.APPROVE)
                         .select_related("decided_by"))
    return Publication.objects.filter(account=account, status__in=[PublicationStatus.PUBLISHED,
                                                                   PublicationStatus.DELETED]) \
        .select_related("revision__created_by", "post__author").prefetch_related(approvals) \
        .order_by("-published_at")
